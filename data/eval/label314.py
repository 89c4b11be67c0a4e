#!/usr/bin/env python3
"""Writes the held-out gold of batch 314 (gold-314/*.nq) from the labels below.

Batch 314 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-geneva-talks-no-breakthrough: AFP wire story from Geneva with
  front matter, dash crossheads, "Moscow's demand" in the lead, a two-sentence
  Ryabkov quote, Sherman on the open door, an anonymous official, Baker 1990 history.
- kommersant-2022-01-14-osce-vienna-moment-of-truth: Kommersant story in
  translation, no front matter, « » quotes with a nested "no", translation
  oddities, OSCE session and a Ryabkov TV interview, summary of the 17 December drafts, IMEMO expert.
- pentagon-2022-01-24-kirby-briefing-heightened-alert: DoD transcript with front
  matter; Kirby's paragraphs each a quotation, many demand-less; demands only in questions.
- delfi-2022-01-12-landsbergis-nato-russia-council: Delfi English, UTF-8 BOM and
  CRLF, no front matter; Stoltenberg and Grushko after the NATO-Russia Council,
  Lithuanian reactions to the 1997 rollback demand, Founding Act history, "Read also" lines.
- npr-2022-01-27-us-written-answer-russia-interview: NPR Morning Edition
  transcript, host and guest labels, a Blinken soundbite from the day before,
  an analyst who both mentions and (in one answer) takes a stance of her own.
- brookings-2022-02-02-putin-reply-three-demands: Brookings commentary with
  front matter; Putin's "three key demands" listed in reported speech, a Lavrov
  quote split by "Lavrov told reporters", the author's own first-person positions.
- russian-mfa-2022-01-28-statement-us-nato-replies: Russian MFA statement, no
  front matter; each paragraph of the statement is treated as one direct
  quotation of the ministry (like a transcript answer); a quoted draft article is not labelled.

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
L["afp-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday with no sign of progress on Moscow's demand that NATO rule out expanding into Ukraine, as tens of thousands of Russian troops remained massed near the border.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the veteran diplomat", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need a breakthrough, and it is not a matter of waiting weeks and months,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Ryabkov repeated that Russia had no intention of attacking its neighbour and brushed aside Western calls to pull back its forces, saying that troop movements on Russian soil were nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("firmly pushed back on security proposals that are simply non-starters to the United States", "wendy-sherman", 1, "US Deputy Secretary of State Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("She said the United States was ready to talk about where missiles might be deployed in Europe in future and about reciprocal limits on the size and scope of military exercises, ideas officials in Washington believe could reduce the risk of an accidental clash.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was ready to talk about where missiles might be deployed in Europe in future and about reciprocal limits on the size and scope of military exercises, ideas officials in Washington believe could reduce the risk of an accidental clash.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("But Sherman said it would be hard to make any real progress while Russia kept escalating, and she called on Moscow to pull its forces back from Ukraine's frontier to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("It is hard to do so when you have a gun to your head,", "us-state-department", 0, "a senior State Department official", "", "", 1, ""),
 ("Russia last month published two draft treaties setting out its demands, including a ban on NATO deploying troops and weapons in countries that joined the alliance after 1997, and an end to any Western military activity in Ukraine and other former Soviet republics.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia last month published two draft treaties setting out its demands, including a ban on NATO deploying troops and weapons in countries that joined the alliance after 1997, and an end to any Western military activity in Ukraine and other former Soviet republics.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Monday that only Ukrainians, and not Moscow, would decide whether their country joins the Western military alliance.", "dmytro-kuleba", 1, "Foreign Minister Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Monday that only Ukrainians, and not Moscow, would decide whether their country joins the Western military alliance.", "dmytro-kuleba", 1, "Foreign Minister Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("The Russians have put maximalist demands on the table knowing full well that Washington cannot accept them,", "mathieu-durand-keller", 1, "Mathieu Durand-Keller", "", "", 1, ""),
 ("The question now is whether Moscow takes the smaller things on offer -- missiles, exercises -- or walks away and blames the West,", "mathieu-durand-keller", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The question now is whether Moscow takes the smaller things on offer -- missiles, exercises -- or walks away and blames the West,", "mathieu-durand-keller", 1, "he", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-01-13"
L["kommersant-2022-01-14-osce-vienna-moment-of-truth"] = [
 ("If we do not hear a constructive answer to our proposals within a reasonable time frame and the aggressive line towards Russia continues, we will be forced to take the necessary measures to eliminate the unacceptable threats to our security", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("According to Mr. Lukashevich, Russia expects from the West obligations fixed on the legal level that the North Atlantic Alliance will not move further to the east and will not place strike weapon systems in the immediate proximity to Russian borders.", "alexander-lukashevich", 1, "Mr. Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("According to Mr. Lukashevich, Russia expects from the West obligations fixed on the legal level that the North Atlantic Alliance will not move further to the east and will not place strike weapon systems in the immediate proximity to Russian borders.", "alexander-lukashevich", 1, "Mr. Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("According to Mr. Lukashevich, Russia expects from the West obligations fixed on the legal level that the North Atlantic Alliance will not move further to the east and will not place strike weapon systems in the immediate proximity to Russian borders.", "alexander-lukashevich", 1, "Mr. Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "he", "", "", 1, D),
 ("According to Mr. Carpenter, Washington is ready to discuss with Moscow mutual steps on arms control and on transparency of military exercises, but will not give up the principle that every state is free to choose its allies.", "michael-carpenter", 1, "Mr. Carpenter", "limit-military-exercises", "mentions", 0, D),
 ("According to Mr. Carpenter, Washington is ready to discuss with Moscow mutual steps on arms control and on transparency of military exercises, but will not give up the principle that every state is free to choose its allies.", "michael-carpenter", 1, "Mr. Carpenter", "nato-open-door", "supports", 0, D),
 ("We will not go back to a world of spheres of influence", "michael-carpenter", 1, "the American diplomat", "", "", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Minister of Foreign Affairs of Poland Zbigniew Rau", "", "", 1, D),
 ('The American side in fact said "no" to our key demand — that NATO will not expand further. Without this there is a dead end, or, if you want, a difference of approaches', "sergei-ryabkov", 1, "Mr. Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("I do not want to confirm anything, and I will not exclude anything", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Among the requirements is renunciation of further enlargement of the alliance, including at the expense of Ukraine, and withdrawal of the military contingents of the alliance to positions of May 1997, when the Founding Act Russia-NATO was signed.", "russia", 0, "the Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Among the requirements is renunciation of further enlargement of the alliance, including at the expense of Ukraine, and withdrawal of the military contingents of the alliance to positions of May 1997, when the Founding Act Russia-NATO was signed.", "russia", 0, "the Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Among the requirements is renunciation of further enlargement of the alliance, including at the expense of Ukraine, and withdrawal of the military contingents of the alliance to positions of May 1997, when the Founding Act Russia-NATO was signed.", "russia", 0, "the Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Americans are ready to bargain about missiles and exercises, but non-expansion of NATO is for them a red line, and without it the Kremlin will hardly consider the package acceptable", "kirill-avdeyev", 1, "Kirill Avdeyev", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans are ready to bargain about missiles and exercises, but non-expansion of NATO is for them a red line, and without it the Kremlin will hardly consider the package acceptable", "kirill-avdeyev", 1, "Kirill Avdeyev", "limit-military-exercises", "mentions", 1, ""),
 ("The Americans are ready to bargain about missiles and exercises, but non-expansion of NATO is for them a red line, and without it the Kremlin will hardly consider the package acceptable", "kirill-avdeyev", 1, "Kirill Avdeyev", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans are ready to bargain about missiles and exercises, but non-expansion of NATO is for them a red line, and without it the Kremlin will hardly consider the package acceptable", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("In his opinion, the most realistic subject for an agreement is a moratorium on deployment of intermediate-range missiles in Europe, which Vladimir Putin proposed already in 2019.", "kirill-avdeyev", 1, "his", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("This is the thing on which both sides can agree without losing face", "kirill-avdeyev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "2022-01-24"
K = "john-kirby"
L["pentagon-2022-01-24-kirby-briefing-heightened-alert"] = [
 ("Good afternoon, everybody. Just a couple of things at the top here and then we'll get right to your questions.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, D),
 ("At the direction of the President, and following consultations with the Secretary, Secretary Austin has placed a range of units in the United States on a heightened preparedness to deploy. In total, about 8,500 personnel are on that heightened alert.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, D),
 ("These units would be there to support the NATO Response Force should NATO decide to activate it, or to respond to other developments. No decision has been made to deploy them, and I want to be very clear about that.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, D),
 ("We remain committed to a diplomatic path. But the Russians continue to add to the forces along Ukraine's border and in Belarus, and the best thing they could do right now is to de-escalate, to pull some of those troops back. That's what we'd like to see. We haven't seen it.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, D),
 ("He has not spoken to Minister Shoigu recently, Lita.", K, 1, "MR. KIRBY", "", "", 1, D),
 ("On your second question, I'd reject the premise. This is about reassuring our allies on the eastern flank. It's not about Ukraine, and it's certainly not about threatening Russia. The only country that is massing troops on somebody else's border right now is Russia.", K, 1, "MR. KIRBY", "", "", 1, D),
 ("No. That's not on the table. Those are sovereign nations, NATO allies, and the forces that are there are there at their invitation. We're not going to be talking about withdrawing from allied territory.", K, 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, D),
 ("I'm not going to get ahead of decisions that haven't been made. If anything, if there is a further incursion, you could see us reinforce the flank. I think the Secretary has been pretty clear about that.", K, 1, "MR. KIRBY", "", "", 1, D),
 ("Well, look, Secretary Blinken and Deputy Secretary Sherman have spoken to this. There are areas where we think we can have a productive conversation on a reciprocal basis -- things like the scale and the scope of exercises, how and where missile systems are placed. Those are things we've said we're willing to discuss.", K, 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, D),
 ("Well, look, Secretary Blinken and Deputy Secretary Sherman have spoken to this. There are areas where we think we can have a productive conversation on a reciprocal basis -- things like the scale and the scope of exercises, how and where missile systems are placed. Those are things we've said we're willing to discuss.", K, 1, "MR. KIRBY", "no-intermediate-range-missiles", "mentions", 1, D),
 ("But it's got to be reciprocal. It can't be a one-way street where we curtail what we do and they keep building up.", K, 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, D),
 ("But it's got to be reciprocal. It can't be a one-way street where we curtail what we do and they keep building up.", K, 1, "MR. KIRBY", "no-intermediate-range-missiles", "mentions", 1, D),
 ("That's a decision for Ukraine and for the 30 allies, nobody else. The door remains open, and Russia doesn't get a veto over who joins the alliance.", K, 1, "MR. KIRBY", "nato-open-door", "supports", 1, D),
 ("That's a decision for Ukraine and for the 30 allies, nobody else. The door remains open, and Russia doesn't get a veto over who joins the alliance.", K, 1, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, D),
 ("We've delivered, I think, upwards of $650 million in security assistance over the past year alone, and we'll keep supporting Ukraine's self-defense. I'm not going to get into specific requests from the Ukrainians.", K, 1, "MR. KIRBY", "", "", 1, D),
 ("He believes there is still time and space for diplomacy, and he very much wants to see that happen. But it is ultimately Mr. Putin's decision.", K, 1, "MR. KIRBY", "", "", 1, D),
]

D = "2022-01-12"
JM = "dovile-jakstaite-mazeike"
GR = "Russia's Deputy Foreign Minister Alexander Grushko, who led Moscow's delegation together with Deputy Defence Minister Alexander Fomin, told journalists that Moscow wanted the alliance to stop its eastward expansion and return its military infrastructure to where it was in 1997."
DJ = "Dovilė Jakštaitė-Mažeikė, an analyst at the Eastern Europe Studies Centre in Vilnius, said the Kremlin was probably not counting on the Alliance agreeing to pull back from the Baltics."
L["delfi-2022-01-12-landsbergis-nato-russia-council"] = [
 ("NATO and Russia did not bridge their differences at the first NATO-Russia Council meeting in two and a half years on Wednesday in Brussels, and Lithuanian politicians said the outcome confirmed that Moscow's demands concerning the Baltic states must be turned down flatly.", "lithuania", 0, "Lithuanian politicians", "rollback-to-1997", "rejects", 0, D),
 ("NATO and Russia did not bridge their differences at the first NATO-Russia Council meeting in two and a half years on Wednesday in Brussels, and Lithuanian politicians said the outcome confirmed that Moscow's demands concerning the Baltic states must be turned down flatly.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("NATO allies will not compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("We will not give up the possibility of deploying forces to protect and defend our allies in the eastern part of the Alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("He said the allies had offered Moscow a series of further meetings on arms control, on missiles and on transparency and risk reduction, and had asked Russia to de-escalate around Ukraine.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the allies had offered Moscow a series of further meetings on arms control, on missiles and on transparency and risk reduction, and had asked Russia to de-escalate around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 (GR, "alexander-grushko", 1, "Russia's Deputy Foreign Minister Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 (GR, "alexander-grushko", 1, "Russia's Deputy Foreign Minister Alexander Grushko", "rollback-to-1997", "supports", 0, D),
 ("If NATO shifts to a policy of containment, we will respond with counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("It is a question of our survival, not of the prestige of one or another bloc.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("In Vilnius, Foreign Minister Gabrielius Landsbergis said Lithuania would never accept any arrangement under which allied troops would leave Lithuanian soil.", "gabrielius-landsbergis", 1, "Foreign Minister Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, ""),
 ("Lithuania's security is not up for sale, and it is not a chip on someone else's table,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, ""),
 ("The troops in Rukla are here because we asked for them, and they will stay as long as we need them.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, ""),
 ("an attempt to rewrite the map of Europe", "gabrielius-landsbergis", 1, "The minister", "no-ukraine-membership", "rejects", 1, ""),
 ("The minister added that the Kremlin's wish to bar NATO from Ukraine and Georgia was \"an attempt to rewrite the map of Europe\".", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow is asking the Alliance to treat us as second-class members. No government in the West can sign that,", "tomas-daukantas-rimkus", 1, "the conservative lawmaker", "rollback-to-1997", "rejects", 1, ""),
 ("Moscow is asking the Alliance to treat us as second-class members. No government in the West can sign that,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (DJ, JM, 1, "Dovilė Jakštaitė-Mažeikė", "rollback-to-1997", "mentions", 0, ""),
 (DJ, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("It is a maximal position to bargain from. What Moscow really may want is a freeze on new deployments and some limits on exercises near its borders, and on that there could be a conversation,", JM, 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("It is a maximal position to bargain from. What Moscow really may want is a freeze on new deployments and some limits on exercises near its borders, and on that there could be a conversation,", JM, 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("It is a maximal position to bargain from. What Moscow really may want is a freeze on new deployments and some limits on exercises near its borders, and on that there could be a conversation,", JM, 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("In her view, the West should not trade anything until Russia pulls back the troops it has concentrated near Ukraine.", JM, 1, "her", "russia-de-escalation", "supports", 0, ""),
 ("Talks under the barrel of a gun are not talks,", JM, 1, "Jakštaitė-Mažeikė", "russia-de-escalation", "supports", 1, ""),
]

D = "2022-01-27"
V = "eleanor-voss"
P1 = "That's fair. The Russians asked for a promise, in a treaty, that the alliance would never take in another member to the east - Ukraine first and foremost. Washington has told them, essentially, you can't have that. Nobody in this administration was ever going to sign that."
P2 = "And frankly, I think that's the right call. If the alliance hands Moscow a veto over who gets to join, you've basically rebuilt a sphere of influence in Europe, and the countries in between pay for it."
P3 = "There is, and this is what's interesting. From what officials have described, the U.S. is offering to talk about the placement of offensive missiles in Europe - the sort of thing the old INF Treaty covered - and about reciprocal transparency measures, including for exercises near borders. There's also talk of mutual inspections at sites like the Aegis Ashore base in Romania."
P4 = "These are real things. They speak to concerns the Russians have raised for years. The question is whether Moscow wants a deal on the smaller items or whether the smaller items were never the point."
P6 = "Whether he says the door is shut or he leaves it ajar. The Russians have been very careful to say they need time to study the text. If Lavrov focuses on the missile and exercise proposals, that's a signal they want to keep talking."
L["npr-2022-01-27-us-written-answer-russia-interview"] = [
 ("There is no change; there will be no change. We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "ANTONY BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 (P1, V, 1, "VOSS", "nato-non-expansion", "mentions", 1, D),
 (P1, V, 1, "VOSS", "no-ukraine-membership", "mentions", 1, D),
 (P1, V, 1, "VOSS", "written-legal-guarantees", "mentions", 1, D),
 (P1, "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 (P1, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 (P1, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 (P2, V, 1, "VOSS", "nato-open-door", "supports", 1, D),
 (P2, V, 1, "VOSS", "nato-non-expansion", "rejects", 1, D),
 (P3, V, 1, "VOSS", "no-intermediate-range-missiles", "mentions", 1, D),
 (P3, V, 1, "VOSS", "limit-military-exercises", "mentions", 1, D),
 (P4, V, 1, "VOSS", "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, V, 1, "VOSS", "limit-military-exercises", "mentions", 1, D),
 ("As far as we know, that was rejected outright, as everyone expected it would be. It would mean pulling troops out of Poland and the Baltic states. I don't see any serious person in Washington or Brussels entertaining that.", V, 1, "VOSS", "rollback-to-1997", "mentions", 1, D),
 (P6, V, 1, "VOSS", "no-intermediate-range-missiles", "mentions", 1, D),
 (P6, V, 1, "VOSS", "limit-military-exercises", "mentions", 1, D),
 ("Right, and that's the piece that no written document fixes. Washington's message is pretty simple: pull those forces back and the diplomacy gets a lot easier.", V, 1, "VOSS", "russia-de-escalation", "mentions", 1, D),
]

D = "2022-02-01"
A = "margaret-l-hollings"
AD = "2022-02-02"
PS = "\"We did not see adequate consideration of our three key demands,\" Putin said, listing them as the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed."
DR = "The two draft documents also asked for a ban on Western military cooperation with Ukraine and other former Soviet states, limits on where warships and bombers could operate, and restrictions on drills."
WP = "Washington proposed talks on reciprocal commitments not to station ground-launched offensive missiles or permanent combat forces in Ukraine, on transparency measures for exercises, and on a reinvigorated military-to-military channel to prevent incidents."
ST = "NATO Secretary General Jens Stoltenberg said the alliance's reply made clear that NATO would not give up its ability to protect and defend allies, and that Russia should withdraw its forces from Ukraine's borders."
KU = "Ukrainian Foreign Minister Dmytro Kuleba, for his part, has urged Western capitals not to bargain away anything that belongs to Kyiv, saying that Ukraine's path to NATO is for Ukraine and the allies alone to decide."
LQ = "The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation."
LAST = "If the Kremlin is serious about the three demands Putin listed, it will find that one of them, on strike weapons, is negotiable in some form, while the other two are not."
L["brookings-2022-02-02-putin-reply-three-demands"] = [
 (PS, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (PS, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PS, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 (DR, "russia", 0, "The two draft documents", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "The two draft documents", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "The two draft documents", "limit-military-exercises", "supports", 0, "2021-12-17"),
 (LQ, "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LQ, "sergey-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (WP, "united-states", 0, "Washington", "no-strike-weapons-near-borders", "mentions", 0, ""),
 (WP, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (WP, "united-states", 0, "Washington", "resume-military-dialogue", "supports", 0, ""),
 (ST, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "rollback-to-1997", "rejects", 0, ""),
 (ST, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 0, ""),
 ("I believe the allies were right to refuse a legally binding ban on enlargement.", A, 1, "I", "nato-non-expansion", "rejects", 0, AD),
 ("The open door is not a favor NATO grants; it is a consequence of the principle, which Moscow itself signed at Helsinki in 1975 and Paris in 1990, that states choose their own alliances.", A, 1, "Margaret L. Hollings", "nato-open-door", "supports", 0, AD),
 ("But I also think Washington should treat the strike-weapons question more seriously than it has.", A, 1, "I", "no-strike-weapons-near-borders", "supports", 0, AD),
 ("A verifiable agreement keeping intermediate-range missiles out of Europe is in the interest of both sides, and the offer on missiles in the U.S. reply is a reasonable place to start.", A, 1, "Margaret L. Hollings", "no-intermediate-range-missiles", "supports", 0, AD),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 (KU, "dmytro-kuleba", 1, "Ukrainian Foreign Minister Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 (KU, "dmytro-kuleba", 1, "Ukrainian Foreign Minister Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, ""),
 (LAST, A, 1, "Margaret L. Hollings", "no-strike-weapons-near-borders", "mentions", 0, AD),
 (LAST, A, 1, "Margaret L. Hollings", "nato-non-expansion", "mentions", 0, AD),
 (LAST, A, 1, "Margaret L. Hollings", "rollback-to-1997", "mentions", 0, AD),
]

D = "2022-01-28"
M = "russian-foreign-ministry"
MN = "Foreign Ministry"
M1 = "On January 26, 2022, the Ambassador of the United States to the Russian Federation, John Sullivan, handed over to the Russian side the written response of the United States to the draft Treaty between the Russian Federation and the United States of America on security guarantees. On the same day, the response of the North Atlantic Treaty Organisation to the draft Agreement on measures to ensure the security of the Russian Federation and member States of NATO was received."
M2 = "Both documents are being carefully studied in Moscow by the relevant agencies. A comprehensive assessment will be presented to the leadership of the country. At the same time, certain preliminary conclusions can already be drawn."
M3 = "The main issue, which we raised and continue to raise as a matter of principle, has not received a positive answer. We are speaking of the inadmissibility of further eastward expansion of NATO, including through the admission of Ukraine and Georgia, and of the need for legally binding commitments to this effect rather than political declarations which are interpreted at one's discretion."
M4 = "The references of our partners to the \"open door policy\" of the Alliance do not withstand any criticism. The principle of the indivisibility of security, enshrined in the Charter for European Security signed in Istanbul in 1999 and in the Astana Declaration of 2010, obliges every state not to strengthen its security at the expense of the security of others. The right to choose alliances cannot be interpreted in isolation from this obligation."
M5 = "We also note the absence of a clear response to our proposal that the United States and NATO not deploy offensive strike weapons on the territory of states bordering Russia and withdraw the forces and equipment moved onto the territory of states which were not members of the Alliance as of 27 May 1997."
M7 = "At the same time, the responses contain a number of considerations on second-order issues, including the deployment of ground-launched intermediate-range and shorter-range missiles and the parameters of military exercises. We are prepared to consider these elements, but only as part of a comprehensive package and not in isolation from the key provisions of the Russian proposals."
L["russian-mfa-2022-01-28-statement-us-nato-replies"] = [
 (M1, M, 0, MN, "", "", 1, D),
 (M2, M, 0, MN, "", "", 1, D),
 (M3, M, 0, MN, "nato-non-expansion", "supports", 1, D),
 (M3, M, 0, MN, "no-ukraine-membership", "supports", 1, D),
 (M3, M, 0, MN, "written-legal-guarantees", "supports", 1, D),
 (M4, M, 0, MN, "nato-open-door", "rejects", 1, D),
 (M5, M, 0, MN, "no-strike-weapons-near-borders", "supports", 1, D),
 (M5, M, 0, MN, "rollback-to-1997", "supports", 1, D),
 ("This provision reflects the consistent and well-known position of the Russian side and remains fully relevant.", M, 0, MN, "rollback-to-1997", "supports", 1, D),
 (M7, M, 0, MN, "no-intermediate-range-missiles", "mentions", 1, D),
 (M7, M, 0, MN, "limit-military-exercises", "mentions", 1, D),
 ("We reject the attempts of Washington and Brussels to present the movements of Russian troops on Russian territory as a \"threat\" and to demand that Russia \"de-escalate\". The Russian Federation does not threaten anyone and will itself decide where to position its armed forces within its own borders.", M, 0, MN, "russia-de-escalation", "rejects", 1, D),
 ("We once again underline that the Russian side is interested in a resumption of regular contacts between the military departments of Russia and NATO countries in order to prevent dangerous incidents, and has repeatedly proposed this to our partners, so far without a response.", M, 0, MN, "resume-military-dialogue", "supports", 1, D),
 ("The further course of action will be determined after the analysis of the responses has been completed. The Russian side expects that the talks will continue in a businesslike manner and without attempts to set preconditions.", M, 0, MN, "no-preconditions", "supports", 1, D),
]

write_gold(L, "articles-314", "gold-314")
