#!/usr/bin/env python3
"""Writes the held-out gold of batch 312 (gold-312/*.nq) from the labels below.

Batch 312 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-delivers-written-reply: Bloomberg news story with
  bullets and a "Read more" line; interrupted quotations, an organisation's
  position as the lede, anonymous officials, market analyst, Baker 1990 history.
- interfax-2022-01-10-geneva-ryabkov-items: Interfax English wire items (no
  front matter), datelines "GENEVA. Jan 10 (Interfax) -", headline-like leads,
  Ryabkov/Sherman/Peskov/Duma deputy/expert, pronoun speakers ("the diplomat").
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO transcript with
  speaker labels and journalists' questions (unlabelled), each answer paragraph
  one quotation; Founding Act and 2008 named inside answers.
- kyivindependent-2022-01-21-blinken-lavrov-geneva-live: Kyiv Independent live
  blog, time stamps newest first, "Read also" links; UTF-8 BOM and CRLF line
  ends; Kirby quoted a day earlier ("on Jan. 20"); short quotes about demands.
- economist-2022-01-15-a-week-of-talking-past-each-other: The Economist
  analysis, days given as weekdays (Monday 10th ... Friday 14th), demands
  listed by the writer for Moscow, analysts quoted in the present tense.
- atlanticcouncil-2022-01-27-experts-react-written-responses: Atlantic Council
  expert roundup (no front matter), multi-paragraph quotations (each paragraph
  one span), demands attributed to Moscow in passing inside experts' words.
- hansard-2022-01-20-lords-ukraine-russian-security-demands: House of Lords
  oral question (no front matter); each contribution paragraph is a direct
  quotation of the peer (peers' questions are debate speeches, not a host's
  questions, so they are labelled, as "mentions" where they only ask); peers
  without given names get the slug of their title.

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
L["bloomberg-2022-01-26-us-delivers-written-reply"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, refusing Moscow's call for a guarantee that Ukraine will never join NATO while offering to negotiate on missile deployments and military drills.", "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, refusing Moscow's call for a guarantee that Ukraine will never join NATO while offering to negotiate on missile deployments and military drills.", "united-states", 0, "The U.S.", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, refusing Moscow's call for a guarantee that Ukraine will never join NATO while offering to negotiate on missile deployments and military drills.", "united-states", 0, "The U.S.", "limit-military-exercises", "mentions", 0, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, refusing Moscow's call for a guarantee that Ukraine will never join NATO while offering to negotiate on missile deployments and military drills.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "he", "", "", 1, D),
 ("The reply caps weeks of diplomacy triggered when Russia published two draft treaties on Dec. 17 that would have barred NATO from taking in new members and forced it to pull forces back from eastern members that joined after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The reply caps weeks of diplomacy triggered when Russia published two draft treaties on Dec. 17 that would have barred NATO from taking in new members and forced it to pull forces back from eastern members that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Blinken said the document lays out \"a serious diplomatic path forward\" and proposes reciprocal transparency measures on force posture in Ukraine, as well as limits on where offensive missiles and exercises could be placed.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said the document lays out \"a serious diplomatic path forward\" and proposes reciprocal transparency measures on force posture in Ukraine, as well as limits on where offensive missiles and exercises could be placed.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("If Russia is genuinely interested in addressing its concerns, we're ready,", "antony-blinken", 1, "he", "", "", 1, D),
 ("We will uphold the principle of NATO's open door,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Speaking in Brussels, he said NATO was ready to listen to Moscow's concerns but would not compromise on the right of each nation to choose its own path, and he called on Russia to immediately pull back its forces from around Ukraine.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 0, D),
 ("Speaking in Brussels, he said NATO was ready to listen to Moscow's concerns but would not compromise on the right of each nation to choose its own path, and he called on Russia to immediately pull back its forces from around Ukraine.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("It's too early to talk about our reaction,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Foreign Minister Sergei Lavrov told lawmakers in Moscow that Russia would not allow its proposals to be \"drowned in endless discussions\" and that the main question remained the non-expansion of the alliance to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("If there is no constructive answer, Moscow will take retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Senior administration officials, briefing reporters on condition of anonymity, said the U.S. had not offered Moscow any moratorium on Ukrainian membership, an idea floated by some European diplomats as a way to defuse the crisis.", "united-states", 0, "Senior administration officials", "no-ukraine-membership", "rejects", 0, D),
 ("The market is pricing a binary outcome, and today's letter doesn't change the binary,", "ilya-sokolovsky", 1, "Ilya Sokolovsky", "", "", 1, D),
 ("Investors will read Putin's face, not the letter.", "ilya-sokolovsky", 1, "Ilya Sokolovsky", "", "", 1, D),
 ("Former U.S. Ambassador to NATO Douglas Lute said the offer on missiles echoed the Intermediate-Range Nuclear Forces Treaty, which collapsed in 2019.", "douglas-lute", 1, "Douglas Lute", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Lute said a deal limiting such missiles in Europe would serve both sides, and argued Washington should press it hard.", "douglas-lute", 1, "Lute", "no-intermediate-range-missiles", "supports", 0, D),
]

D = "2022-01-10"
L["interfax-2022-01-10-geneva-ryabkov-items"] = [
 ("Russia needs iron-clad, legally binding guarantees that NATO will not move further east, Russian Deputy Foreign Minister Sergei Ryabkov told journalists after talks with U.S. Deputy Secretary of State Wendy Sherman in Geneva.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("Russia needs iron-clad, legally binding guarantees that NATO will not move further east, Russian Deputy Foreign Minister Sergei Ryabkov told journalists after talks with U.S. Deputy Secretary of State Wendy Sherman in Geneva.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said the Russian side had explained to the Americans that the non-enlargement issue was the cornerstone of the package.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We need reinforced concrete, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("The demand that NATO return to its 1997 configuration remains on the table, Ryabkov said.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("We insist that the alliance's forces and weapons be returned to where they were in May 1997, when the Founding Act was signed,", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("a divergence of approaches on fundamental issues.", "sergei-ryabkov", 1, "him", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the U.S. was ready to discuss with Russia reciprocal limits on the size and scope of military exercises and the deployment of missiles in Europe, but only in a context of de-escalation.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the U.S. was ready to discuss with Russia reciprocal limits on the size and scope of military exercises and the deployment of missiles in Europe, but only in a context of de-escalation.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the U.S. was ready to discuss with Russia reciprocal limits on the size and scope of military exercises and the deployment of missiles in Europe, but only in a context of de-escalation.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("We cannot make progress under the barrel of a gun,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Let us wait for the negotiators to report to the president, and then we will be able to say something,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("No, this is a package, and we expect a response to the package as a whole, in writing.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Deputy chairman of the State Duma's international affairs committee Alexei Chepa said Russia would not be satisfied with oral assurances from Washington.", "alexei-chepa", 1, "Alexei Chepa", "written-legal-guarantees", "supports", 0, D),
 ("They deceived us once, in 1990, with words. We now want signatures,", "alexei-chepa", 1, "Chepa", "written-legal-guarantees", "supports", 1, D),
 ("He also said U.S. and NATO bombers and warships should not approach Russian borders to within a distance from which they can strike targets on Russian territory.", "alexei-chepa", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Washington may be prepared to discuss the placement of medium-range missiles in Europe but will not give a promise on Ukraine's membership, Viktor Lazarenko, leading researcher at the Institute for Strategic Assessments, told Interfax.", "viktor-lazarenko", 1, "Viktor Lazarenko", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Washington may be prepared to discuss the placement of medium-range missiles in Europe but will not give a promise on Ukraine's membership, Viktor Lazarenko, leading researcher at the Institute for Strategic Assessments, told Interfax.", "viktor-lazarenko", 1, "Viktor Lazarenko", "no-ukraine-membership", "mentions", 0, D),
 ("The Americans will talk about missiles and exercises, because that suits them too. On the bloc's expansion, they will say no, and everyone in Geneva knew this in advance,", "viktor-lazarenko", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The Americans will talk about missiles and exercises, because that suits them too. On the bloc's expansion, they will say no, and everyone in Geneva knew this in advance,", "viktor-lazarenko", 1, "the expert", "limit-military-exercises", "mentions", 1, D),
 ("The Americans will talk about missiles and exercises, because that suits them too. On the bloc's expansion, they will say no, and everyone in Geneva knew this in advance,", "viktor-lazarenko", 1, "the expert", "nato-non-expansion", "mentions", 1, D),
 ("Today we do not see a reason for optimism, but we do not lose hope,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("in the near future, not in months.", "sergei-ryabkov", 1, "He", "", "", 1, D),
 ("The ball is in the court of the United States,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
]

D = "2022-01-12"
S = "jens-stoltenberg"; N = "NATO Secretary General"
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 ("We have just concluded a meeting of the NATO-Russia Council. It was a very serious and direct exchange. Allies and Russia sat at the same table, and engaged on substantive topics. This was the first meeting of the Council in more than two years.", S, 1, N, "", "", 1, D),
 ("The Russian delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. Allies were clear that we will not compromise on core principles. Each nation's right to choose its own path. And NATO's relationship with any country is for that country and the 30 Allies to decide, not for Russia.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("Russia cannot have a veto on whether Ukraine can become a member of NATO. And Russia cannot have a say about whether NATO Allies deploy troops and capabilities on their own territory. We will not go back to a world where big powers have spheres of influence and can decide what smaller neighbours can do.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("Russia cannot have a veto on whether Ukraine can become a member of NATO. And Russia cannot have a say about whether NATO Allies deploy troops and capabilities on their own territory. We will not go back to a world where big powers have spheres of influence and can decide what smaller neighbours can do.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("Russia cannot have a veto on whether Ukraine can become a member of NATO. And Russia cannot have a say about whether NATO Allies deploy troops and capabilities on their own territory. We will not go back to a world where big powers have spheres of influence and can decide what smaller neighbours can do.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to sit down with Russia to talk about arms control, including missiles, about greater transparency on military exercises, and about risk reduction. We also proposed to re-open our respective offices in Moscow and in Brussels.", S, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies are ready to sit down with Russia to talk about arms control, including missiles, about greater transparency on military exercises, and about risk reduction. We also proposed to re-open our respective offices in Moscow and in Brussels.", S, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all Allies and Russia sat down around the same table.", S, 1, N, "", "", 1, D),
 ("We called on Russia to de-escalate immediately, and to refrain from any aggressive action against Ukraine.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("We discussed all the proposals Russia has put on the table, including the one you mention. Let me be very clear: NATO will not renounce the capacity to protect and defend Allies, including Allies in the eastern part of the Alliance. There will be no first-class and second-class members of NATO.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("The deployments in the east are defensive, they are proportionate, and they were a response to Russia's illegal annexation of Crimea in 2014. If Russia wants fewer NATO troops near its borders, the best way is to reduce its own military threat.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("The deployments in the east are defensive, they are proportionate, and they were a response to Russia's illegal annexation of Crimea in 2014. If Russia wants fewer NATO troops near its borders, the best way is to reduce its own military threat.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("We are ready to put our proposals in writing, yes. And we will do so in the coming days, working closely with the United States. But our written proposals will reflect the core principles I just outlined.", S, 1, N, "written-legal-guarantees", "mentions", 1, D),
 ("We are ready to put our proposals in writing, yes. And we will do so in the coming days, working closely with the United States. But our written proposals will reflect the core principles I just outlined.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("We are open to dialogue. We are not open to compromising on the right of sovereign nations to decide their own security arrangements.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("No, there was no commitment. Russia did not commit to de-escalation, and Russia did not agree to any timeline for new meetings either, but it expressed readiness to continue the dialogue.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("There is a real risk of new armed conflict in Europe. That is why we continue to call on Russia to pull back its forces.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("No. That is not on the table. The 1997 Founding Act, which Russia signed, commits us all to respect the right of states to choose the means to ensure their own security. Russia's proposals would undermine that.", S, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("No. That is not on the table. The 1997 Founding Act, which Russia signed, commits us all to respect the right of states to choose the means to ensure their own security. Russia's proposals would undermine that.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("Ukraine is a close partner. We have stated in the past, also in 2008, that Ukraine will become a member. It is for Ukraine and the 30 Allies to decide when.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("Ukraine is a close partner. We have stated in the past, also in 2008, that Ukraine will become a member. It is for Ukraine and the 30 Allies to decide when.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine is a close partner. We have stated in the past, also in 2008, that Ukraine will become a member. It is for Ukraine and the 30 Allies to decide when.", S, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
]

D = "2022-01-21"
L["kyivindependent-2022-01-21-blinken-lavrov-geneva-live"] = [
 ("Our path to the European Union and NATO is written into our Constitution, and nobody in Moscow or anywhere else will erase it,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, D),
 ("Our path to the European Union and NATO is written into our Constitution, and nobody in Moscow or anywhere else will erase it,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, D),
 ("The idea that Ukraine should be neutral, like a buffer, is an idea from the 20th century, and it should stay there,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("We decide, nobody else.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Kuleba said Russia was trying to use the threat of force to extract concessions, and that the only real de-escalation would be Russian troops going back to their permanent bases.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 ("I cannot say whether we are on the right track or not. We will understand this when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Lavrov insisted that Russia's main demand remained that NATO not expand eastward and that no strike weapons be placed near Russia's borders.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lavrov insisted that Russia's main demand remained that NATO not expand eastward and that no strike weapons be placed near Russia's borders.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said the U.S. would share its ideas in writing next week, but added that Washington would not trade away the principle that countries choose their own alliances.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, D),
 ("That's not up for negotiation,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("a swift, severe, and united response.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We see no sign of de-escalation. We see the opposite,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("He called on Russia to pull those forces back.", "john-kirby", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-20"),
 ("Oleksandra Hrytsenko, a member of parliament from the Servant of the People party who sits on the foreign affairs committee, said she feared any deal on military drills could tie Ukraine's hands.", "oleksandra-hrytsenko", 1, "Oleksandra Hrytsenko", "limit-military-exercises", "rejects", 0, D),
 ("If the Americans agree to limit exercises in the region, they must mean Russian exercises too, in Belarus, in Crimea, everywhere. Otherwise it is a gift to Moscow,", "oleksandra-hrytsenko", 1, "Hrytsenko", "limit-military-exercises", "mentions", 1, D),
 ("It is the latest in a string of talks after Russia published its draft agreements with the U.S. and NATO in December, in which it demanded, among other things, that NATO end all military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Oleh Zhdanov, a Kyiv-based military analyst, said the talks would not change Russia's deployments by themselves.", "oleh-zhdanov", 1, "Oleh Zhdanov", "russia-de-escalation", "mentions", 0, D),
 ("Troops don't move because of meetings. They move because of orders, and we have not seen the order to go home,", "oleh-zhdanov", 1, "Zhdanov", "russia-de-escalation", "mentions", 1, D),
]

L["economist-2022-01-15-a-week-of-talking-past-each-other"] = [
 ("Moscow wants NATO to promise never to admit Ukraine, Georgia or anyone else; to withdraw troops and weapons from the countries that joined after 1997; and to stop exercising, basing or co-operating militarily anywhere in the former Soviet Union outside its membership.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow wants NATO to promise never to admit Ukraine, Georgia or anyone else; to withdraw troops and weapons from the countries that joined after 1997; and to stop exercising, basing or co-operating militarily anywhere in the former Soviet Union outside its membership.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants NATO to promise never to admit Ukraine, Georgia or anyone else; to withdraw troops and weapons from the countries that joined after 1997; and to stop exercising, basing or co-operating militarily anywhere in the former Soviet Union outside its membership.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow wants NATO to promise never to admit Ukraine, Georgia or anyone else; to withdraw troops and weapons from the countries that joined after 1997; and to stop exercising, basing or co-operating militarily anywhere in the former Soviet Union outside its membership.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("It wants all this in a treaty, ratified and binding.", "russia", 0, "It", "written-legal-guarantees", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Ukraine, he said, must \"never, never, ever\" become a member.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("It is a matter of principle for us that the alliance stops its expansion,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("Otherwise we will reply with the means at our disposal.", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("America said it was prepared to talk about where intermediate-range missiles might be placed, and about reciprocal limits on military exercises.", "united-states", 0, "America", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("America said it was prepared to talk about where intermediate-range missiles might be placed, and about reciprocal limits on military exercises.", "united-states", 0, "America", "limit-military-exercises", "mentions", 0, ""),
 ("We are ready to discuss arms control. We are not ready to discuss the sovereignty of our allies and partners.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 1, ""),
 ("He also insisted that the issue of non-expansion was key, and said Russia's patience had run out.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("The maximalist list was designed to be rejected,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "", "", 1, ""),
 ("A rejection gives Putin a pretext, and he can tell his people he tried.", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "", "", 1, ""),
 ("Andrei Soldatenkov, a Moscow-based analyst, thinks the Kremlin would settle for less, perhaps a formal moratorium on Ukraine joining NATO for 20 or 25 years.", "andrei-soldatenkov", 1, "Andrei Soldatenkov", "no-ukraine-membership", "mentions", 0, ""),
 ("A moratorium is something Putin could sell at home,", "andrei-soldatenkov", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
]

D = "2022-01-27"
L["atlanticcouncil-2022-01-27-experts-react-written-responses"] = [
 ("Washington did not release its document, but Secretary of State Antony Blinken said it offers Russia \"a serious diplomatic path\" on arms control and transparency while standing by the principle that Ukraine and other nations choose their own alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("hope for the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The United States and NATO did what they had to do: they said no to a Russian veto over NATO enlargement and no to a Russian sphere of influence, and yes to talks on things that actually make Europe safer.", "daniel-fried", 1, "Daniel Fried", "nato-open-door", "supports", 1, D),
 ("The United States and NATO did what they had to do: they said no to a Russian veto over NATO enlargement and no to a Russian sphere of influence, and yes to talks on things that actually make Europe safer.", "daniel-fried", 1, "Daniel Fried", "nato-non-expansion", "rejects", 1, D),
 ("There is nothing in Russia's demand to roll NATO back to its 1997 posture that any Polish or Baltic government could accept, and nothing that Washington should accept on their behalf. The response reportedly says as much.", "daniel-fried", 1, "Daniel Fried", "rollback-to-1997", "rejects", 1, D),
 ("There is nothing in Russia's demand to roll NATO back to its 1997 posture that any Polish or Baltic government could accept, and nothing that Washington should accept on their behalf. The response reportedly says as much.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The hard part now is not the paper. It is whether Putin wants a deal at all.", "daniel-fried", 1, "Daniel Fried", "", "", 1, D),
 ("Ukrainians were watching one thing: whether the West would trade our future for Putin's promise of calm. It did not.", "alina-bortnyk", 1, "Alina Bortnyk", "", "", 1, D),
 ("Ukraine does not need anyone's permission to seek membership, and it should not accept even a quiet, informal pause. The Kremlin's talk of 'neutrality' for Ukraine is a demand for a protectorate.", "alina-bortnyk", 1, "Alina Bortnyk", "nato-open-door", "supports", 1, D),
 ("Ukraine does not need anyone's permission to seek membership, and it should not accept even a quiet, informal pause. The Kremlin's talk of 'neutrality' for Ukraine is a demand for a protectorate.", "alina-bortnyk", 1, "Alina Bortnyk", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine does not need anyone's permission to seek membership, and it should not accept even a quiet, informal pause. The Kremlin's talk of 'neutrality' for Ukraine is a demand for a protectorate.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("The real test is military. Russia has not moved a single battalion back. Until it does, the West should keep saying, every day, that the troops must go home.", "alina-bortnyk", 1, "Alina Bortnyk", "russia-de-escalation", "supports", 1, D),
 ("The part of the US response that deserves attention is the offer on missiles. Washington has reportedly proposed a transparency mechanism to confirm there are no Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, if Russia reciprocates at two of its own bases.", "richard-hollis", 1, "Richard Hollis", "no-intermediate-range-missiles", "mentions", 1, D),
 ("That is a genuine concession in the spirit of the old INF Treaty, and it shows the United States is willing to address a Russian concern about weapons that could hit Moscow within minutes. A mutual ban on ground-launched intermediate-range missiles in Europe would be good for both sides, and I would negotiate it tomorrow.", "richard-hollis", 1, "Richard Hollis", "no-intermediate-range-missiles", "supports", 1, D),
 ("That is a genuine concession in the spirit of the old INF Treaty, and it shows the United States is willing to address a Russian concern about weapons that could hit Moscow within minutes. A mutual ban on ground-launched intermediate-range missiles in Europe would be good for both sides, and I would negotiate it tomorrow.", "russia", 0, "Russian", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The same goes for exercises. Advance notification and caps on snap drills near borders would lower the risk of accidents. Russia has asked for restrictions; the West should call its bluff.", "richard-hollis", 1, "Richard Hollis", "limit-military-exercises", "supports", 1, D),
 ("The same goes for exercises. Advance notification and caps on snap drills near borders would lower the risk of accidents. Russia has asked for restrictions; the West should call its bluff.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Expect Moscow to say it has not been heard. Lavrov and Peskov have already signaled that anything short of a guarantee on non-enlargement will be treated as a non-answer.", "valentina-rostova", 1, "Valentina Rostova", "nato-non-expansion", "mentions", 1, D),
 ("Russian officials will also point out that the written reply is not legally binding, which was the whole point of their demand for a treaty. The Kremlin asked for signatures and received a letter.", "valentina-rostova", 1, "Valentina Rostova", "written-legal-guarantees", "mentions", 1, D),
 ("Russian officials will also point out that the written reply is not legally binding, which was the whole point of their demand for a treaty. The Kremlin asked for signatures and received a letter.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("Whether Putin takes the off-ramp depends less on the text than on his calculation of costs. On that, sanctions messaging from Brussels and Berlin matters more than anything in the document.", "valentina-rostova", 1, "Valentina Rostova", "", "", 1, D),
]

D = "2022-01-20"
A = "tariq-ahmad"; AN = "Lord Ahmad of Wimbledon"
P1 = "My Lords, the United Kingdom has been clear that Russia's proposals contain elements that are simply unacceptable. The suggestion that NATO should commit never to admit Ukraine, or any other European democracy, cuts across the fundamental principle that sovereign states are free to choose their own alliances. That principle is not up for negotiation. We have also made it clear that the deployment of NATO forces on the territory of Allies since 1997 is a matter for those Allies and not for the Russian Federation. Any further Russian incursion into Ukraine would be a massive strategic mistake, and we continue to urge Moscow to de-escalate and pull back its forces."
W1 = "My Lords, I thank my noble friend for that Answer. Is it not the case that Moscow's insistence on written, legally binding guarantees is designed precisely so that it can be refused, and that the Kremlin then intends to present that refusal as justification for whatever it has already decided to do? Will the Government resist any temptation among our allies to offer a moratorium on enlargement as a sweetener?"
P2 = "My noble friend raises an important point. I can assure him that there is no such offer from Her Majesty's Government, nor, as far as I am aware, from any NATO ally. We are, however, open to discussing with Russia reciprocal measures on transparency, on the notification of military exercises and on arms control, as the United States and NATO have said. Those are areas in which genuine dialogue can improve security for everyone."
H1 = "My Lords, those of us who remember the 1990s know that Russia has long complained about the way NATO enlargement was handled, and some of those complaints deserve a hearing. But does the Minister agree that none of them justify massing 100,000 troops on a neighbour's border? Can he tell the House what conversations the Government have had with Kyiv about the talks in Geneva and Brussels, so that nothing is agreed about Ukraine without Ukraine?"
P3 = "The noble Baroness is right. My right honourable friend the Foreign Secretary has spoken to Foreign Minister Kuleba several times this month, and I met the Ukrainian ambassador on Tuesday. We have made it clear that the future of Ukraine is a matter for the Ukrainian people."
PE = "My Lords, the Secretary of State for Defence announced on Monday that we are supplying light anti-armour defensive weapons to Ukraine. The Russian Foreign Ministry has described this as dangerous. Can the Minister confirm that these weapons are short-range and defensive, and that there is no question of deploying offensive systems that could threaten Russian territory, which is what Moscow claims to fear?"
P4 = "I can confirm that. The systems are defensive and short-range. They are not strategic weapons and they pose no threat to Russia. I would add that it is Russia, not the United Kingdom, that has placed offensive forces on the borders of a neighbouring state."
T1 = "My Lords, I was a member of the Joint Committee on the National Security Strategy when we last examined the NATO–Russia Founding Act. That Act said that the Alliance would carry out its collective defence without additional permanent stationing of substantial combat forces. Is it not true that Moscow will argue that we have broken that promise, and how do the Government answer?"
P5 = "My Lords, the Founding Act was agreed in the security environment of 1997. The rotational presence of NATO forces in the Baltic states and Poland is a proportionate response to Russia's own conduct since 2014, including the illegal annexation of Crimea. It is not a breach of the Act, and we will not withdraw it at Russia's request."
W2 = "My Lords, is it not the case that Mr Ryabkov himself has said that Russia will not tolerate any more military co-operation between NATO and Ukraine, including exercises in Ukraine?"
P6 = "My noble friend is correct that Russian officials have said that. Our bilateral training mission, Operation Orbital, has trained more than 22,000 Ukrainian personnel since 2015 and will continue."
L["hansard-2022-01-20-lords-ukraine-russian-security-demands"] = [
 (P1, A, 1, AN, "no-ukraine-membership", "rejects", 1, D),
 (P1, A, 1, AN, "nato-non-expansion", "rejects", 1, D),
 (P1, A, 1, AN, "nato-open-door", "supports", 1, D),
 (P1, A, 1, AN, "rollback-to-1997", "rejects", 1, D),
 (P1, A, 1, AN, "russia-de-escalation", "supports", 1, D),
 (P1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (P1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (W1, "lord-wrenfield", 1, "Lord Wrenfield", "written-legal-guarantees", "mentions", 1, D),
 (W1, "lord-wrenfield", 1, "Lord Wrenfield", "nato-non-expansion", "mentions", 1, D),
 (W1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (P2, A, 1, AN, "nato-non-expansion", "rejects", 1, D),
 (P2, A, 1, AN, "limit-military-exercises", "mentions", 1, D),
 (H1, "baroness-hartley-gowan", 1, "Baroness Hartley-Gowan", "nato-non-expansion", "mentions", 1, D),
 (H1, "baroness-hartley-gowan", 1, "Baroness Hartley-Gowan", "russia-de-escalation", "supports", 1, D),
 (P3, A, 1, AN, "nato-open-door", "supports", 1, D),
 (PE, "lord-pemberton-of-ashcombe", 1, "Lord Pemberton of Ashcombe", "no-strike-weapons-near-borders", "mentions", 1, D),
 (PE, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (P4, A, 1, AN, "no-strike-weapons-near-borders", "mentions", 1, D),
 (T1, "lord-tennant-of-calder", 1, "Lord Tennant of Calder", "rollback-to-1997", "mentions", 1, D),
 (P5, A, 1, AN, "rollback-to-1997", "rejects", 1, D),
 (P5, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (W2, "lord-wrenfield", 1, "Lord Wrenfield", "no-military-activity-ex-soviet", "mentions", 1, D),
 (W2, "sergei-ryabkov", 1, "Mr Ryabkov", "no-military-activity-ex-soviet", "supports", 0, ""),
 (P6, A, 1, AN, "no-military-activity-ex-soviet", "rejects", 1, D),
]

write_gold(L, "articles-312", "gold-312")
