#!/usr/bin/env python3
"""Writes the held-out gold of batch 307 (gold-307/*.nq) from the labels below.

Batch 307 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-27-us-reply-gives-putin-a-choice: Financial Times analysis of the
  26 January written answers; interrupted Lavrov quote, narrative attribution
  to Moscow, Baker/Founding Act/Bucharest background, analyst, short quotes.
- sputnik-2022-01-12-grushko-nato-council: Sputnik aggregator page with site
  junk (menus, cookie banner, captions, "Also Read", tags, trending); Grushko,
  Fomin, Zakharova, Stoltenberg, Sherman; "the diplomat", a Kremlin rejection
  in passing inside a narrative sentence, a paraphrase of the draft texts.
- kremlin-2022-01-28-telephone-conversation-macron: Kremlin.ru readout of the
  Putin-Macron call (all reported speech) plus a Peskov Q/A transcript with
  speaker labels; UTF-8 BOM and CRLF line ends, no front matter.
- delfi-2022-01-13-estonia-rejects-1997-demand: Delfi (Estonia) English story;
  Liimets, Lukashevich at the OSCE, Kallas, Laanet, an invented MP, local
  official and ICDS analyst; crossheads, "Read also", captions, document text.
- washingtonpost-2022-01-21-blinken-lavrov-geneva: Washington Post news story
  on Blinken-Lavrov in Geneva; interrupted Kirby quote, Kremlin demand in
  narrative, invented congressman and analyst, Bucharest background, map.
- chathamhouse-2022-01-18-what-does-russia-want: Chatham House expert comment
  Q&A with one invented expert; each answer paragraph is one quotation; the
  expert mostly mentions, sometimes takes a side; Ryabkov reported inside.
- osce-2022-01-13-uk-statement-permanent-council: UK delegation statement at
  the OSCE Permanent Council (gov.uk page); each paragraph is one quotation
  of Ambassador Neil Bush; Russian demand described in passing.

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

L["ft-2022-01-27-us-reply-gives-putin-a-choice"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Russia's draft treaties, published on December 17, asked for far more: a legally binding promise that the alliance would never again take in new members, an end to allied drills close to Russia and the withdrawal of troops from the countries that joined Nato after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Russia's draft treaties, published on December 17, asked for far more: a legally binding promise that the alliance would never again take in new members, an end to allied drills close to Russia and the withdrawal of troops from the countries that joined Nato after 1997.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("Russia's draft treaties, published on December 17, asked for far more: a legally binding promise that the alliance would never again take in new members, an end to allied drills close to Russia and the withdrawal of troops from the countries that joined Nato after 1997.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("Russia's draft treaties, published on December 17, asked for far more: a legally binding promise that the alliance would never again take in new members, an end to allied drills close to Russia and the withdrawal of troops from the countries that joined Nato after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Kremlin has also insisted that any promises be written down and made legally binding, after what it calls three decades of broken verbal assurances.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("the beginning of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("There is no positive reaction in this document on the main issue,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of Nato's further expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of Nato's further expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Washington proposed talks on a successor to the defunct Intermediate-Range Nuclear Forces treaty covering ground-launched missiles in Europe, as well as reciprocal limits on the size and timing of military exercises on both sides of the line.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Washington proposed talks on a successor to the defunct Intermediate-Range Nuclear Forces treaty covering ground-launched missiles in Europe, as well as reciprocal limits on the size and timing of military exercises on both sides of the line.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Jens Stoltenberg, Nato's secretary-general, said on Wednesday that the alliance's own letter, delivered in parallel, invited Russia to reopen its mission in Brussels and to restore the military channels of communication that were cut last autumn.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ukraine's path into Nato is a matter for Ukraine and the 30 allies, and nobody else,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The Americans have handed the Kremlin an off-ramp dressed up as an arms control agenda,", "tatiana-voronova", 1, "Tatiana Voronova", "", "", 1, ""),
 ("Whether Putin takes it depends on whether the missiles and the drills were ever what he really wanted, or whether this was always about keeping Ukraine out of Nato.", "tatiana-voronova", 1, "Tatiana Voronova", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Whether Putin takes it depends on whether the missiles and the drills were ever what he really wanted, or whether this was always about keeping Ukraine out of Nato.", "tatiana-voronova", 1, "Tatiana Voronova", "limit-military-exercises", "mentions", 1, ""),
 ("Whether Putin takes it depends on whether the missiles and the drills were ever what he really wanted, or whether this was always about keeping Ukraine out of Nato.", "tatiana-voronova", 1, "Tatiana Voronova", "no-ukraine-membership", "mentions", 1, ""),
 ("there is always a prospect for continuing dialogue", "dmitry-peskov", 1, "He", "", "", 1, "2022-01-27"),
]

L["sputnik-2022-01-12-grushko-nato-council"] = [
 ("We told NATO very clearly that further movement of the alliance to the east is unacceptable for us,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The halt of expansion is an absolute imperative for us, and it must be fixed in a legally binding form.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The halt of expansion is an absolute imperative for us, and it must be fixed in a legally binding form.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("The diplomat added that Russia insisted the alliance disavow the decisions of its 2008 Bucharest summit, at which Kiev and Tbilisi were promised they would one day become members.", "alexander-grushko", 1, "The diplomat", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("If NATO moves to a policy of containment, there will be counter-containment on our side; if there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("He noted that Moscow had proposed to cut back exercises in the contact zone and to agree a minimum distance of approach for warships and combat aircraft.", "alexander-fomin", 1, "He", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("He noted that Moscow had proposed to cut back exercises in the contact zone and to agree a minimum distance of approach for warships and combat aircraft.", "alexander-fomin", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("Earlier, Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that Moscow expects the guarantees to be put on paper and made binding under international law, rather than \"verbal assurances\".", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, "2022-01-11"),
 ("He asserted that Russia has no say over whether Ukraine joins the bloc.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Allies will not go back to a time of spheres of influence, when big powers decide what smaller neighbours can do,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Stoltenberg also said the allies were ready to discuss arms control, including limits on missile deployments, and greater transparency about military exercises, but only on a reciprocal basis.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Stoltenberg also said the allies were ready to discuss arms control, including limits on missile deployments, and greater transparency about military exercises, but only on a reciprocal basis.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("The NATO chief once again urged Moscow to pull its troops back from the Ukrainian border, a demand the Kremlin has repeatedly dismissed, insisting that Russia is free to move forces on its own territory as it sees fit.", "jens-stoltenberg", 1, "The NATO chief", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("The NATO chief once again urged Moscow to pull its troops back from the Ukrainian border, a demand the Kremlin has repeatedly dismissed, insisting that Russia is free to move forces on its own territory as it sees fit.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("said Washington would not \"slam the door\" on NATO's open door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, ""),
]

L["kremlin-2022-01-28-telephone-conversation-macron"] = [
 ("The two leaders continued their discussion of the issue of providing Russia with long-term, legally binding security guarantees.", "vladimir-putin", 1, "The two leaders", "written-legal-guarantees", "mentions", 0, "2022-01-28"),
 ("The two leaders continued their discussion of the issue of providing Russia with long-term, legally binding security guarantees.", "emmanuel-macron", 1, "The two leaders", "written-legal-guarantees", "mentions", 0, "2022-01-28"),
 ("Vladimir Putin drew attention to the fact that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military capability and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("Vladimir Putin drew attention to the fact that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military capability and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("Vladimir Putin drew attention to the fact that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military capability and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("He noted that the Western side constantly refers to the right of states to freely choose their alliances, while ignoring the obligation not to strengthen their own security at the expense of the security of other states.", "vladimir-putin", 1, "He", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("The President of France stressed the need for de-escalation of tensions around Ukraine.", "emmanuel-macron", 1, "The President of France", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("In this context, Vladimir Putin noted that Russia was not planning any offensive actions and that the movement of Russian troops on Russia's own territory is exclusively its sovereign matter.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 0, "2022-01-28"),
 ("Not yet. This is voluminous work, it takes time, and we are not going to rush with conclusions.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-28"),
 ("The main thing for us is absolutely clear. We need guarantees that NATO will not move any further towards our borders and that Ukraine will not be drawn into the alliance. Neither the Americans nor NATO have given us an answer on this.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main thing for us is absolutely clear. We need guarantees that NATO will not move any further towards our borders and that Ukraine will not be drawn into the alliance. Neither the Americans nor NATO have given us an answer on this.", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 1, "2022-01-28"),
 ("There are certain elements in their texts on which a conversation can be started – on medium-range missiles, on confidence-building measures. But these are secondary things, and without the main thing they cannot satisfy us.", "dmitry-peskov", 1, "Dmitry Peskov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-28"),
 ("Of course. We have already heard oral promises, in the 1990s, and we all know what they turned out to be worth. Only a document that has legal force will do.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 1, "2022-01-28"),
 ("We have said many times that the movement of our armed forces on the territory of the Russian Federation is our internal affair. No one should be telling us where to keep our troops on our own land.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, "2022-01-28"),
 ("If necessary, the two presidents can talk at very short notice. But at the moment there are no such plans.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-28"),
 ("The President has familiarised himself with the documents. He will formulate his position when he considers it necessary. Please do not get ahead of events.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-28"),
]

L["delfi-2022-01-13-estonia-rejects-1997-demand"] = [
 ("Foreign minister Eva-Maria Liimets said on Thursday that Moscow's demand to remove NATO forces from the countries that joined the alliance after 1997 was \"simply not up for discussion\".", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Foreign minister Eva-Maria Liimets said on Thursday that Moscow's demand to remove NATO forces from the countries that joined the alliance after 1997 was \"simply not up for discussion\".", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Estonia's security is not something that will be negotiated over our heads, not in Geneva, not in Brussels and not in Vienna,", "eva-maria-liimets", 1, "Liimets", "", "", 1, "2022-01-13"),
 ("The allied battlegroup in Tapa is here because we asked for it, and it will stay as long as it is needed.", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("He added that NATO's so-called open door was not a sacred commandment and that the eastward expansion of the alliance had to stop once and for all.", "alexander-lukashevich", 1, "He", "nato-open-door", "rejects", 0, "2022-01-13"),
 ("He added that NATO's so-called open door was not a sacred commandment and that the eastward expansion of the alliance had to stop once and for all.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("Prime minister Kaja Kallas said on Wednesday that Russia must first withdraw its forces from Ukraine's borders if it is serious about talking.", "kaja-kallas", 1, "Kaja Kallas", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("You cannot hold a gun to your neighbour's head and call it diplomacy,", "kaja-kallas", 1, "Kallas", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("What Moscow calls security guarantees is in reality a demand that we go back to being a grey zone,", "riho-tammsaar", 1, "Riho Tammsaar", "rollback-to-1997", "rejects", 1, ""),
 ("They want no allied soldiers, no exercises and no infrastructure on our soil. That was the nineties, and we are not going back there.", "riho-tammsaar", 1, "Riho Tammsaar", "rollback-to-1997", "rejects", 1, ""),
 ("They want no allied soldiers, no exercises and no infrastructure on our soil. That was the nineties, and we are not going back there.", "riho-tammsaar", 1, "Riho Tammsaar", "limit-military-exercises", "rejects", 1, ""),
 ("The Russian text is constructed so that the West has no choice but to refuse it,", "maarja-toots", 1, "Maarja Toots", "", "", 1, ""),
 ("Moscow can then say it tried diplomacy. The real signal is the troops around Ukraine, not the paper.", "maarja-toots", 1, "Maarja Toots", "", "", 1, ""),
 ("Toots said she expected the United States to offer talks on missile deployments and on the transparency of exercises, which the allies had already floated in the past, but nothing on the alliance's membership policy.", "maarja-toots", 1, "Toots", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Toots said she expected the United States to offer talks on missile deployments and on the transparency of exercises, which the allies had already floated in the past, but nothing on the alliance's membership policy.", "maarja-toots", 1, "Toots", "limit-military-exercises", "mentions", 0, ""),
 ("Toots said she expected the United States to offer talks on missile deployments and on the transparency of exercises, which the allies had already floated in the past, but nothing on the alliance's membership policy.", "maarja-toots", 1, "Toots", "nato-non-expansion", "mentions", 0, ""),
 ("Defence minister Kalle Laanet said on Thursday that Estonia would ask allies to strengthen their presence in the region rather than reduce it.", "kalle-laanet", 1, "Kalle Laanet", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Any reduction of the allied presence here would only invite more pressure from Russia,", "kalle-laanet", 1, "Laanet", "rollback-to-1997", "rejects", 1, "2022-01-13"),
]

L["washingtonpost-2022-01-21-blinken-lavrov-geneva"] = [
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("The Kremlin has demanded that the United States and its allies rule out Ukraine ever joining NATO and pull the alliance's forces and weaponry back from the countries of Eastern Europe that joined after the Cold War.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("The Kremlin has demanded that the United States and its allies rule out Ukraine ever joining NATO and pull the alliance's forces and weaponry back from the countries of Eastern Europe that joined after the Cold War.", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("Blinken said he had told Lavrov plainly that NATO's policy of admitting new members was not negotiable.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 ("The best way for Russia to show it has no aggressive intent is simple: pull those forces back from Ukraine's borders,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("I can't say whether we are on the right track or not. We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 ("He said Moscow's central demand remained a guarantee that NATO would stop moving east and would not station strike weapons on Russia's doorstep.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("He said Moscow's central demand remained a guarantee that NATO would stop moving east and would not station strike weapons on Russia's doorstep.", "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-21"),
 ("Back in Washington, Pentagon press secretary John Kirby said Friday that the Russian buildup had continued over the past 24 hours and that the United States still wanted to see Moscow de-escalate.", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 0, "2022-01-21"),
 ("We haven't seen any sign that the Russians are pulling back,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("Quite the contrary, they continue to add forces.", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("We need to be absolutely clear that nobody in Moscow gets a vote on who joins NATO,", "daniel-orcutt", 1, "Orcutt", "nato-open-door", "supports", 1, ""),
 ("Lavrov needs something he can take back to Putin, and the administration has been careful to offer only things it would want anyway — limits on missiles in Europe and more transparency about exercises,", "samuel-greer", 1, "Samuel Greer", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Lavrov needs something he can take back to Putin, and the administration has been careful to offer only things it would want anyway — limits on missiles in Europe and more transparency about exercises,", "samuel-greer", 1, "Samuel Greer", "limit-military-exercises", "mentions", 1, ""),
 ("Greer said it was unlikely the Kremlin would accept those measures on their own, since Russian officials have consistently described them as secondary to their demand that NATO stop enlarging.", "samuel-greer", 1, "Greer", "nato-non-expansion", "mentions", 0, ""),
 ("Greer said it was unlikely the Kremlin would accept those measures on their own, since Russian officials have consistently described them as secondary to their demand that NATO stop enlarging.", "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 ("no decisions about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-21"),
]

HM = "helena-marsh"
CH_P1 = "In essence, two things. The first is a legally binding commitment that NATO will not take in any more members – Ukraine and Georgia above all, but the Russian text is drafted so that it would equally cover Finland or Sweden. The second is a return of the alliance's military posture in central and eastern Europe to where it stood in May 1997, which in practice would mean no allied battalions in the Baltic states or Poland."
CH_P2 = "Around those two core demands sits a long list of secondary items: no intermediate-range missiles anywhere they could reach the other side, restrictions on where bombers and warships may operate, and an end to any NATO military activity in Ukraine, the South Caucasus and Central Asia."
CH_P3 = "Some of it clearly is. An agreement on ground-launched missiles in Europe would serve Western interests as much as Russian ones, and I would argue NATO should put one on the table before Moscow withdraws the offer. Reciprocal limits on snap exercises close to borders are also achievable; they were discussed in the OSCE for years."
CH_P4 = "What is not negotiable is the idea that Russia should decide which countries may join the alliance. Conceding that would overturn the principles of Helsinki and the Charter of Paris, and I do not think any Western government could sign it and survive politically."
CH_P5 = "Publishing the texts within days of handing them over was highly unusual in diplomatic practice. It suggests the audience was domestic as much as Washington, and that the Kremlin wanted to be seen to have made an offer."
CH_P6 = "The insistence on written, legally binding guarantees reflects a genuine grievance about the 1990s, whatever the archival record says about what James Baker told Mikhail Gorbachev in 1990. But it also sets the bar so high that a refusal is almost certain."
CH_P7 = "Broadly, yes. The US, NATO and the EU have coordinated closely, and the message in all three formats last week was the same. Sergei Ryabkov complained in Geneva that the Americans were not taking Russia's concerns seriously, but the fact that he came back for two more rounds says something."
CH_P8 = "Russia has said it wants written answers, and Washington has said it will provide them. Meanwhile the troop concentrations around Ukraine continue to grow, and I think the West is right to insist that no deal is possible while those forces stay where they are."
CH_P9 = "Ryabkov said after Geneva that Russia would not accept a pause in expansion, only a permanent end to it. That is the line to watch in the weeks ahead."
CH_RY = "Ryabkov said after Geneva that Russia would not accept a pause in expansion, only a permanent end to it."
CH_P10 = "With some anxiety, understandably. Kyiv has been reassured that nothing will be decided without it, but Ukraine is the subject of the most important Russian demand and is not in the room in Geneva or Brussels."
D = "2022-01-18"
L["chathamhouse-2022-01-18-what-does-russia-want"] = [
 (CH_P1, HM, 1, "Helena Marsh", "written-legal-guarantees", "mentions", 1, D),
 (CH_P1, HM, 1, "Helena Marsh", "nato-non-expansion", "mentions", 1, D),
 (CH_P1, HM, 1, "Helena Marsh", "no-ukraine-membership", "mentions", 1, D),
 (CH_P1, HM, 1, "Helena Marsh", "rollback-to-1997", "mentions", 1, D),
 (CH_P2, HM, 1, "Helena Marsh", "no-intermediate-range-missiles", "mentions", 1, D),
 (CH_P2, HM, 1, "Helena Marsh", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (CH_P2, HM, 1, "Helena Marsh", "no-military-activity-ex-soviet", "mentions", 1, D),
 (CH_P3, HM, 1, "Helena Marsh", "no-intermediate-range-missiles", "supports", 1, D),
 (CH_P3, HM, 1, "Helena Marsh", "limit-military-exercises", "mentions", 1, D),
 (CH_P4, HM, 1, "Helena Marsh", "nato-open-door", "supports", 1, D),
 (CH_P4, HM, 1, "Helena Marsh", "nato-non-expansion", "rejects", 1, D),
 (CH_P5, HM, 1, "Helena Marsh", "", "", 1, D),
 (CH_P6, HM, 1, "Helena Marsh", "written-legal-guarantees", "mentions", 1, D),
 (CH_P7, HM, 1, "Helena Marsh", "", "", 1, D),
 (CH_P8, HM, 1, "Helena Marsh", "russia-de-escalation", "supports", 1, D),
 (CH_P9, HM, 1, "Helena Marsh", "nato-non-expansion", "mentions", 1, D),
 (CH_P9, HM, 1, "Helena Marsh", "written-legal-guarantees", "mentions", 1, D),
 (CH_RY, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 (CH_RY, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (CH_P10, HM, 1, "Helena Marsh", "no-ukraine-membership", "mentions", 1, D),
]

NB = "neil-bush"
OS_P1 = "Thank you, Mr Chair. Let me begin by warmly welcoming Minister Rau to the Permanent Council and thanking him for his opening address and for the priorities of the Polish Chairmanship."
OS_P2 = "Mr Chair, Russia has massed close to 100,000 troops, along with tanks, artillery and other heavy equipment, near Ukraine's borders and in illegally annexed Crimea. There is no credible justification for this build-up. We call on Russia to de-escalate, to withdraw its forces and to engage meaningfully in dialogue."
OS_P3 = "This week has seen intensive diplomacy. The United States and Russia met in Geneva on Monday, and the NATO-Russia Council met in Brussels yesterday. The OSCE, as the one forum in which all of us sit at the same table as equals, has an essential role to play."
OS_P4 = "Russia has put forward proposals which it says are about its security. Some of them would restrict the sovereign right of states to choose their own security arrangements, including whether or not to join an alliance. That right is set out in the Helsinki Final Act, the Charter of Paris and the Istanbul Charter, all of which Russia signed. It is not up for negotiation."
OS_RU = "Some of them would restrict the sovereign right of states to choose their own security arrangements, including whether or not to join an alliance."
OS_P5 = "Nor will we accept a return to spheres of influence, in which larger countries decide the future of their neighbours. The United Kingdom's forces in Estonia and Poland are there at the invitation of those governments. They are defensive, proportionate and pose no threat to Russia, and they will remain."
OS_P6 = "At the same time, we are ready to talk. There are areas where progress is possible, including arms control, risk reduction, and greater transparency about military exercises, on a reciprocal basis. The Vienna Document gives us a ready framework, and we regret that Russia has so far declined to engage on its modernisation."
OS_P7 = "Let me be clear, however: dialogue cannot take place under the threat of force. The most effective step Russia could take to show good faith would be to pull its troops back from Ukraine's borders and return them to their permanent bases."
OS_P8 = "Mr Chair, we pay tribute to the monitors of the Special Monitoring Mission, who continue to carry out their work in difficult and sometimes dangerous conditions. The Mission must have safe and unimpeded access throughout Ukraine, including in the areas not controlled by the government."
OS_P9 = "Any further military incursion into Ukraine would have massive consequences and carry a severe cost, as G7 foreign ministers made clear in Liverpool last month."
OS_P10 = "Finally, Mr Chair, the United Kingdom reaffirms its unwavering support for Ukraine's sovereignty and territorial integrity within its internationally recognised borders, including its territorial waters. Thank you."
D = "2022-01-13"
L["osce-2022-01-13-uk-statement-permanent-council"] = [
 (OS_P1, NB, 1, "Neil Bush", "", "", 1, D),
 (OS_P2, NB, 1, "Neil Bush", "russia-de-escalation", "supports", 1, D),
 (OS_P3, NB, 1, "Neil Bush", "", "", 1, D),
 (OS_P4, NB, 1, "Neil Bush", "nato-open-door", "supports", 1, D),
 (OS_P4, NB, 1, "Neil Bush", "nato-non-expansion", "rejects", 1, D),
 (OS_RU, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (OS_P5, NB, 1, "Neil Bush", "rollback-to-1997", "rejects", 1, D),
 (OS_P6, NB, 1, "Neil Bush", "limit-military-exercises", "mentions", 1, D),
 (OS_P7, NB, 1, "Neil Bush", "russia-de-escalation", "supports", 1, D),
 (OS_P8, NB, 1, "Neil Bush", "", "", 1, D),
 (OS_P9, NB, 1, "Neil Bush", "", "", 1, D),
 (OS_P10, NB, 1, "Neil Bush", "", "", 1, D),
]

write_gold(L, "articles-307", "gold-307")
