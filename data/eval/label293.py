#!/usr/bin/env python3
"""Writes the held-out gold of batch 293 (gold-293/*.nq) from the labels below.

Batch 293 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-21-what-to-know-blinken-lavrov-geneva: Associated Press 'What to
  know' explainer with capitalised question crossheads; "Moscow wants" summaries,
  a quotation split by "he said", the 1990 Baker-Gorbachev background, analysts.
- interfax-2022-01-12-nato-russia-council-wire: Interfax English wire, five items
  with "BRUSSELS. Jan 12 (Interfax) -" datelines, straight quotes, " - " dashes
  inside quotations, pronoun speakers ("the diplomat", "the deputy"), short quotes
  embedded in reported speech.
- us-state-department-2022-01-21-blinken-press-availability-geneva: State
  Department transcript, SECRETARY BLINKEN / MR PRICE / QUESTION labels; each
  answer paragraph is a quotation; questions carry demands but get no label.
- hromadske-2022-01-27-interview-hrytsenko-us-answers: Hromadske English Q&A with
  an invented Kyiv analyst, em-dash questions and answers alike, "Read also" line,
  Russia's demands attributed in passing inside her answers.
- deutsche-welle-2022-01-11-interview-vossberg-geneva-talks: DW interview with an
  invented SPD lawmaker, "DW:" host label, "Date 11.01.2022", RELATED line; the
  host's questions name demands (unlabelled).
- le-monde-2022-01-28-editorial-russia-answers: Le Monde editorial in English
  translation, UTF-8 BOM and CRLF, « » quotes, 1990/1997 history; the
  editorial's own opinions are not statements (no speaker), but the demands it
  attributes to Moscow, Washington and "the Europeans" are.
- radio-prague-international-2022-01-13-czech-reaction-russian-demands: Radio
  Prague International story, caption line, Czech names with diacritics
  (Lipavský, Černochová, Kořínek), the OSCE Permanent Council of 13 January.

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

Writer's additional choices: a short quotation (under six words) embedded in a
reported sentence makes the whole sentence reported speech (direct 0); an
embedded quotation of six or more words is labelled as the direct span and
carries the demands of its sentence. Interviews with no stated interview day
are undated. Open-door statements are labelled nato-open-door supports, plus
nato-non-expansion rejects only when they explicitly refuse Russia's say over
enlargement.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-21"
L["ap-2022-01-21-what-to-know-blinken-lavrov-geneva"] = [
 ("We didn't expect to resolve our differences here today, but I think we are now on a clearer path to understanding each other's concerns and positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Moscow wants a legally binding pledge that NATO will never take in Ukraine, Georgia or any other new members to the east.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a legally binding pledge that NATO will never take in Ukraine, Georgia or any other new members to the east.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow wants a legally binding pledge that NATO will never take in Ukraine, Georgia or any other new members to the east.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("It also wants the alliance to pull its troops and weapons back from the Central and Eastern European countries that joined after 1997, a move that would return NATO's military map to where it stood before Poland, the Baltic states and others joined.", "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("Lavrov said on Friday that Russia was not looking for promises that could be walked back later.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("We need guarantees on paper, signed and ratified, not verbal reassurances that evaporate the next morning,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The U.S. and its allies have flatly refused to close NATO's door.", "united-states", 0, "The U.S.", "nato-non-expansion", "rejects", 0, ""),
 ("The U.S. and its allies have flatly refused to close NATO's door.", "united-states", 0, "The U.S.", "nato-open-door", "supports", 0, ""),
 ("Blinken said Friday that the alliance's policy of admitting any European country that qualifies was \"not up for negotiation,\" and that Russia did not get to decide who joins.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("Blinken said Friday that the alliance's policy of admitting any European country that qualifies was \"not up for negotiation,\" and that Russia did not get to decide who joins.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 0, D),
 ("At the same time, Washington has said it is willing to discuss arms control questions, such as reciprocal limits on where missiles can be placed in Europe and more transparency around military exercises.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("At the same time, Washington has said it is willing to discuss arms control questions, such as reciprocal limits on where missiles can be placed in Europe and more transparency around military exercises.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready for NATO membership,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-19"),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready for NATO membership,", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("Russia doesn't have a veto.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Russia doesn't have a veto.", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, "2022-01-19"),
 ("Blinken said the simplest way to ease tensions was for Moscow to bring its soldiers home.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to demonstrate that it has no aggressive intentions, the best way to do that is to pull back the forces it has massed on Ukraine's border,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Russia denies it is planning an invasion and says it can move its troops wherever it likes on its own territory.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("Kremlin spokesman Dmitry Peskov said Friday that Russia would not take orders from anyone about where its army is stationed.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("The Russians asked for things they knew they would never get, like a veto over who joins NATO, and now they can point to the refusal,", "eleanor-whitcombe", 1, "Whitcombe", "nato-non-expansion", "mentions", 1, ""),
 ("The question is whether they use that as a pretext.", "eleanor-whitcombe", 1, "Whitcombe", "", "", 1, ""),
 ("Konstantin Belov, a former Russian diplomat who now teaches at a private university in Moscow, said limits on intermediate-range missiles were the one area where the two sides' interests overlapped.", "konstantin-belov", 1, "Konstantin Belov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("We will understand that when we receive the American answer on paper to all of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, D),
]

D = "2022-01-12"
L["interfax-2022-01-12-nato-russia-council-wire"] = [
 ("a large number of differences on fundamental issues,", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, D),
 ("We told our colleagues frankly: the policy of the so-called open door is not a dogma for us, it is a threat, and the further expansion of the alliance must be stopped in a legally binding form,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We told our colleagues frankly: the policy of the so-called open door is not a dogma for us, it is a threat, and the further expansion of the alliance must be stopped in a legally binding form,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("We told our colleagues frankly: the policy of the so-called open door is not a dogma for us, it is a threat, and the further expansion of the alliance must be stopped in a legally binding form,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("According to him, the Russian delegation set out in detail the provisions of the draft agreement with NATO handed over in December, including the proposal that the alliance withdraw the forces and armaments it has deployed on the territory of states that joined after May 1997.", "alexander-grushko", 1, "him", "rollback-to-1997", "supports", 0, D),
 ("If NATO moves to a policy of containment, we will respond with counter-containment. If it is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "the deputy minister", "", "", 1, D),
 ("Grushko said the NATO side had offered to discuss risk reduction, transparency of exercises and incidents at sea and in the air, but noted that such topics \"cannot replace\" the main questions raised by Moscow.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "mentions", 0, D),
 ("On the key issues - the non-enlargement of NATO, the non-deployment of strike weapon systems near our borders - we hear a categorical refusal from the American side,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("On the key issues - the non-enlargement of NATO, the non-deployment of strike weapon systems near our borders - we hear a categorical refusal from the American side,", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("He added that Moscow was ready to discuss intermediate-range missiles and the parameters of military exercises, but only \"as a package\" together with the main demands, and not instead of them.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He added that Moscow was ready to discuss intermediate-range missiles and the parameters of military exercises, but only \"as a package\" together with the main demands, and not instead of them.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("We do not need a moratorium, we need guarantees,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("The talks were initiated in order to get specific answers to specific concerns, which we have outlined very clearly. There are no such answers yet,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("is the sovereign affair of the Russian Federation", "dmitry-peskov", 1, "the Kremlin spokesman", "russia-de-escalation", "rejects", 1, D),
 ("NATO Secretary General Jens Stoltenberg said after the Russia-NATO Council meeting that the allies were ready for dialogue with Moscow on arms control but would not give up the principle that each country chooses its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("We will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said allies had called on Russia to de-escalate the situation around Ukraine and had proposed a series of meetings in the council to discuss missile deployments, military transparency and the restoration of communication channels between the militaries.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("He said allies had called on Russia to de-escalate the situation around Ukraine and had proposed a series of meetings in the council to discuss missile deployments, military transparency and the restoration of communication channels between the militaries.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said allies had called on Russia to de-escalate the situation around Ukraine and had proposed a series of meetings in the council to discuss missile deployments, military transparency and the restoration of communication channels between the militaries.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("They are offering us conversations about transparency of exercises, but we asked about something else entirely - that Ukraine and Georgia are never taken into the bloc,", "oleg-kovrigin", 1, "Kovrigin", "no-ukraine-membership", "supports", 1, D),
 ("They are offering us conversations about transparency of exercises, but we asked about something else entirely - that Ukraine and Georgia are never taken into the bloc,", "oleg-kovrigin", 1, "Kovrigin", "limit-military-exercises", "mentions", 1, D),
 ("it will be difficult to speak of any progress.", "oleg-kovrigin", 1, "The deputy", "rescind-bucharest-2008", "supports", 1, D),
 ("speak about dialogue, but act as if Russia has no interests at all.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, D),
]

D = "2022-01-21"
B = "antony-blinken"
L["us-state-department-2022-01-21-blinken-press-availability-geneva"] = [
 ("Good afternoon, everyone. I just concluded a meeting of about an hour and a half with Foreign Minister Lavrov. It was a frank and substantive conversation, and I appreciate the Swiss Government for hosting us once again here in Geneva.", B, 1, "SECRETARY BLINKEN", "", "", 1, D),
 ("I came here today with two goals in mind. The first was to share directly with Foreign Minister Lavrov some of our ideas, ideas that we've developed in close consultation with our Allies and partners, for how we can address some of the concerns that Russia has raised, and how they can address ours. The second was to make very clear once again that if any Russian military forces move across Ukraine's border, that will be met with a swift, severe, and united response.", B, 1, "SECRETARY BLINKEN", "", "", 1, D),
 ("I told the foreign minister that there are some things that are simply not on the table. The principle that every country gets to decide for itself with whom it wants to associate, in what alliance it wants to be, is not something we will trade away. NATO's door is open, and it's going to stay open.", B, 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, D),
 ("I told the foreign minister that there are some things that are simply not on the table. The principle that every country gets to decide for itself with whom it wants to associate, in what alliance it wants to be, is not something we will trade away. NATO's door is open, and it's going to stay open.", B, 1, "SECRETARY BLINKEN", "nato-non-expansion", "rejects", 1, D),
 ("We also discussed areas where I believe we can make progress on a reciprocal basis, if Russia is serious. That includes the placement of intermediate-range missiles in Europe, the scale and scope of military exercises, and steps to avoid dangerous incidents between our forces at sea and in the air. Those are issues where Russia has real concerns, and so do we.", B, 1, "SECRETARY BLINKEN", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We also discussed areas where I believe we can make progress on a reciprocal basis, if Russia is serious. That includes the placement of intermediate-range missiles in Europe, the scale and scope of military exercises, and steps to avoid dangerous incidents between our forces at sea and in the air. Those are issues where Russia has real concerns, and so do we.", B, 1, "SECRETARY BLINKEN", "limit-military-exercises", "mentions", 1, D),
 ("Finally, I made the point that the surest path to a diplomatic solution is de-escalation. Russia has amassed troops on Ukraine's borders with no discernible reason other than to threaten. Pulling those forces back would be the clearest signal that Moscow wants diplomacy to succeed.", B, 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, D),
 ("We anticipate that we will be able to share with Russia our concerns and ideas in more detail and in writing next week, and we agreed to further discussions after that. I'm not going to get ahead of what's in that document.", B, 1, "SECRETARY BLINKEN", "", "", 1, D),
 ("But I can tell you what won't be in it. There won't be a commitment that NATO will never admit Ukraine. That decision belongs to Ukraine and to the 30 NATO Allies, and to no one else.", B, 1, "SECRETARY BLINKEN", "no-ukraine-membership", "rejects", 1, D),
 ("But I can tell you what won't be in it. There won't be a commitment that NATO will never admit Ukraine. That decision belongs to Ukraine and to the 30 NATO Allies, and to no one else.", B, 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, D),
 ("He did raise it. And I was very clear that we are not going to be pulling back our forces from Allies on NATO's eastern flank. If anything, Russia's actions have been the reason those deployments exist. We're not going to create first- and second-class members of the Alliance.", B, 1, "SECRETARY BLINKEN", "rollback-to-1997", "rejects", 1, D),
 ("We are going to continue to provide Ukraine with security assistance, including defensive lethal assistance, as we have for years. That's not a concession we're going to make.", B, 1, "SECRETARY BLINKEN", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I don't think the foreign minister gave me any indication of that, and I'm not in a position to say whether President Putin has made a final decision. What I can say is that we will continue to press for de-escalation, and that the choice of whether to pursue diplomacy or confrontation rests with Moscow.", B, 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, D),
 ("Foreign Minister Lavrov told me that Russia has no intention of invading Ukraine. We've heard that before. The best way to demonstrate it is to move those troops away from the border and back to their barracks.", B, 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, D),
]

H = "oleksandra-hrytsenko"
L["hromadske-2022-01-27-interview-hrytsenko-us-answers"] = [
 ("makes clear the core principles that we're committed to uphold,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Kuleba added that the text contained nothing that would close Ukraine's path to the alliance.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("It is a relief, not a victory. For six weeks there was a fear in Kyiv, especially among people who remember the Budapest Memorandum, that something would be decided about us without us. That did not happen. The Americans consulted Kuleba's team before sending the text, and the line on the open door is intact.", H, 1, "Hrytsenko", "nato-open-door", "mentions", 1, ""),
 ("But let's be honest. The door is open, yet no one is inviting us in. Nobody in Brussels is talking about a membership action plan for Ukraine this year or next year. So Moscow is demanding a guarantee against something that is not on the agenda anyway.", H, 1, "Hrytsenko", "nato-open-door", "mentions", 1, ""),
 ("But let's be honest. The door is open, yet no one is inviting us in. Nobody in Brussels is talking about a membership action plan for Ukraine this year or next year. So Moscow is demanding a guarantee against something that is not on the agenda anyway.", H, 1, "Hrytsenko", "no-ukraine-membership", "mentions", 1, ""),
 ("So Moscow is demanding a guarantee against something that is not on the agenda anyway.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Because the demand is not really about Ukraine's membership. The demand is about a sphere of influence. If you read the draft agreement, Moscow wants the West to stop any military cooperation with Ukraine, Georgia, Moldova, Central Asia — no exercises, no instructors, no bases, nothing. That would be a much bigger change than a line in a NATO communique.", H, 1, "Hrytsenko", "no-ukraine-membership", "mentions", 1, ""),
 ("Because the demand is not really about Ukraine's membership. The demand is about a sphere of influence. If you read the draft agreement, Moscow wants the West to stop any military cooperation with Ukraine, Georgia, Moldova, Central Asia — no exercises, no instructors, no bases, nothing. That would be a much bigger change than a line in a NATO communique.", H, 1, "Hrytsenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("If you read the draft agreement, Moscow wants the West to stop any military cooperation with Ukraine, Georgia, Moldova, Central Asia — no exercises, no instructors, no bases, nothing.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("I think the United States and NATO were right to refuse to discuss that. No country in Europe should have to ask Moscow for permission to buy weapons or train its army with a partner.", H, 1, "Hrytsenko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Ryabkov already answered that. He said a moratorium is not enough, they want it legally binding. So a moratorium would not buy peace, it would only show that pressure works. And the next demand would be about the Baltic states.", H, 1, "Hrytsenko", "written-legal-guarantees", "mentions", 1, ""),
 ("Ryabkov already answered that. He said a moratorium is not enough, they want it legally binding. So a moratorium would not buy peace, it would only show that pressure works. And the next demand would be about the Baltic states.", H, 1, "Hrytsenko", "nato-non-expansion", "rejects", 1, ""),
 ("He said a moratorium is not enough, they want it legally binding.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, ""),
 ("Those are real proposals, and I expect Russia will take them, quietly. Mutual restrictions on intermediate-range missiles in Europe are in Russia's interest; Moscow has wanted to talk about this since the INF Treaty collapsed in 2019. Transparency for exercises is useful for us too, because our biggest problem is exactly the \"exercises\" that end with troops staying near our border.", H, 1, "Hrytsenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Those are real proposals, and I expect Russia will take them, quietly. Mutual restrictions on intermediate-range missiles in Europe are in Russia's interest; Moscow has wanted to talk about this since the INF Treaty collapsed in 2019. Transparency for exercises is useful for us too, because our biggest problem is exactly the \"exercises\" that end with troops staying near our border.", H, 1, "Hrytsenko", "limit-military-exercises", "mentions", 1, ""),
 ("Mutual restrictions on intermediate-range missiles in Europe are in Russia's interest; Moscow has wanted to talk about this since the INF Treaty collapsed in 2019.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("I expect the Kremlin to say that the main question was not answered, which is true, and to keep the troops where they are, which is the real danger. The West's demand that Russia pull its forces back from our borders has been repeated by everyone from Biden to Borrell, and nothing has moved. On the contrary, more units are arriving in Belarus.", H, 1, "Hrytsenko", "russia-de-escalation", "mentions", 1, ""),
 ("We should stop panicking in public and keep working with partners. Zelensky is right that panic is also a weapon. And we should remember that the Bucharest promise from 2008 has never been withdrawn. Moscow wants it cancelled. For us it is still a political commitment, even if it has no date attached.", H, 1, "Hrytsenko", "rescind-bucharest-2008", "rejects", 1, ""),
 ("Moscow wants it cancelled.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]

V = "henrike-vossberg"
L["deutsche-welle-2022-01-11-interview-vossberg-geneva-talks"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow needed \"ironclad\" guarantees that Ukraine would never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("US Deputy Secretary of State Wendy Sherman told reporters the US would not allow anyone to \"slam closed NATO's open-door policy.\"", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("US Deputy Secretary of State Wendy Sherman told reporters the US would not allow anyone to \"slam closed NATO's open-door policy.\"", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("Something was achieved, and I don't want to be dismissive of it. For months we were worried that there would be no conversation at all. Now there is a format, there are three meetings in one week, and both sides have said they will report back to their capitals. That's not nothing.", V, 1, "Henrike Vossberg", "", "", 1, ""),
 ("But on the core of what Moscow wants, there is no movement, and there can't be. Russia is asking that NATO formally renounce any further enlargement and put that in a treaty. No alliance government can sign that, and no German government will.", V, 1, "Vossberg", "nato-non-expansion", "rejects", 1, ""),
 ("But on the core of what Moscow wants, there is no movement, and there can't be. Russia is asking that NATO formally renounce any further enlargement and put that in a treaty. No alliance government can sign that, and no German government will.", V, 1, "Vossberg", "written-legal-guarantees", "rejects", 1, ""),
 ("Russia is asking that NATO formally renounce any further enlargement and put that in a treaty.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia is asking that NATO formally renounce any further enlargement and put that in a treaty.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("That's true, and I remember Bucharest very well. But there's a big difference between allies deciding, for their own reasons, that the time is not right, and Russia demanding a written veto. The first is the alliance using its sovereignty. The second is giving it away. We will not accept that a third country decides who can apply and who cannot.", V, 1, "Vossberg", "nato-non-expansion", "rejects", 1, ""),
 ("That's true, and I remember Bucharest very well. But there's a big difference between allies deciding, for their own reasons, that the time is not right, and Russia demanding a written veto. The first is the alliance using its sovereignty. The second is giving it away. We will not accept that a third country decides who can apply and who cannot.", V, 1, "Vossberg", "nato-open-door", "supports", 1, ""),
 ("But there's a big difference between allies deciding, for their own reasons, that the time is not right, and Russia demanding a written veto.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("I take it seriously as a sign of how Moscow thinks, not as a negotiating position. Our soldiers in Lithuania are there because our Lithuanian friends asked for them after 2014. The idea that we withdraw them because Moscow doesn't like it is completely out of the question.", V, 1, "Vossberg", "rollback-to-1997", "rejects", 1, ""),
 ("Yes, and I think we should say so clearly. The question of where intermediate-range missiles are stationed in Europe is a German question as much as a Russian one — we lived through the 1980s. If Russia is ready for a verifiable agreement that neither side deploys such missiles in Europe, we should go for it.", V, 1, "Vossberg", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Also, we have almost no channels between militaries anymore. A return to regular contacts between the general staffs, hotlines, notification of maneuvers, all of that would reduce the risk of an accident turning into a war.", V, 1, "Vossberg", "resume-military-dialogue", "supports", 1, ""),
 ("Then Russia has to decide what it actually wants — security or a sphere of influence. And the first step would be very simple: bring the 100,000 soldiers back from the Ukrainian border. You can't negotiate seriously with a gun on the table.", V, 1, "Vossberg", "russia-de-escalation", "supports", 1, ""),
 ("The chancellor has said that everything will be on the table if there is a military escalation. I think that's clear enough, and I'm not going to negotiate sanctions packages in an interview.", V, 1, "Vossberg", "", "", 1, ""),
]

L["le-monde-2022-01-28-editorial-russia-answers"] = [
 ("They were delivered in Moscow, in sealed envelopes, to a Russian government which had demanded exactly that: not words, but writing.", "russia", 0, "a Russian government", "written-legal-guarantees", "supports", 0, ""),
] + [
 ("In two drafts published on December 17 with a haste that itself said much, Russia asked the United States and NATO to renounce, by treaty, any enlargement of the alliance, to give up all military activity in Ukraine, in the Caucasus and in Central Asia, and to withdraw from the countries of Central Europe the forces and installations deployed there after 1997.", "russia", 0, "Russia", d, "supports", 0, "2021-12-17")
 for d in ("nato-non-expansion", "written-legal-guarantees", "no-military-activity-ex-soviet", "rollback-to-1997")
] + [
 ("there is no change, there will be no change", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The American secretary of state was careful, however, to underline that his country proposes « a serious diplomatic path » on subjects where Russian concerns can be heard: the deployment of missiles in Europe, the transparency of military manoeuvres, mechanisms to prevent incidents.", "antony-blinken", 1, "The American secretary of state", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The American secretary of state was careful, however, to underline that his country proposes « a serious diplomatic path » on subjects where Russian concerns can be heard: the deployment of missiles in Europe, the transparency of military manoeuvres, mechanisms to prevent incidents.", "antony-blinken", 1, "The American secretary of state", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("compromise on the principles on which European security rests", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("no positive answer on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The Europeans, whose Emmanuel Macron holds the presidency of the Council of the European Union since January 1, have rightly joined Washington in demanding a de-escalation before anything else.", "european-union", 0, "The Europeans", "russia-de-escalation", "supports", 0, ""),
 ("The Europeans, whose Emmanuel Macron holds the presidency of the Council of the European Union since January 1, have rightly joined Washington in demanding a de-escalation before anything else.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("enough to begin a real negotiation, if Moscow wants it", "france", 0, "The diplomats of the Quai d'Orsay", "", "", 1, ""),
 ("obtained more in six weeks of threats than in ten years of complaints", "pierre-alain-dufresne", 1, "Pierre-Alain Dufresne", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("obtained more in six weeks of threats than in ten years of complaints", "pierre-alain-dufresne", 1, "Pierre-Alain Dufresne", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-01-13"
K = "tomas-korinek"
L["radio-prague-international-2022-01-13-czech-reaction-russian-demands"] = [
 ("Czech Foreign Minister Jan Lipavský has rejected a Russian proposal that NATO should withdraw troops and military infrastructure from countries that joined the alliance after 1997, a group that includes the Czech Republic.", "jan-lipavsky", 1, "Jan Lipavský", "rollback-to-1997", "rejects", 0, D),
 ("Czech Foreign Minister Jan Lipavský has rejected a Russian proposal that NATO should withdraw troops and military infrastructure from countries that joined the alliance after 1997, a group that includes the Czech Republic.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("not a subject for negotiation with anybody, least of all with Moscow.", "jan-lipavsky", 1, "the minister", "rollback-to-1997", "rejects", 1, D),
 ("We are a sovereign country. We decided freely, in a democratic way, to join the alliance, and no one in the Kremlin will decide for us where allied soldiers can be and where they cannot,", "jan-lipavsky", 1, "Lipavský", "rollback-to-1997", "rejects", 1, D),
 ("We are a sovereign country. We decided freely, in a democratic way, to join the alliance, and no one in the Kremlin will decide for us where allied soldiers can be and where they cannot,", "jan-lipavsky", 1, "Lipavský", "nato-open-door", "supports", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Mr. Rau", "", "", 1, D),
 ("We are not going to discuss our proposals endlessly. We need a concrete, written, legally binding reply, and quickly,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, D),
 ("The US envoy to the OSCE, Michael Carpenter, said afterwards that Washington was ready to talk about arms control and confidence-building, but that Russia must first pull back the troops it has concentrated near Ukraine.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants fewer NATO soldiers in this part of Europe, it has chosen the worst possible way to achieve it,", "jana-cernochova", 1, "she", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Prime Minister Petr Fiala, asked about the Russian demands at a press conference after the cabinet meeting, said the Czech Republic fully supported the position of the United States and NATO allies that the door to the alliance must remain open to all European democracies that wish to join.", "petr-fiala", 1, "Petr Fiala", "nato-open-door", "supports", 0, D),
 ("Prime Minister Petr Fiala, asked about the Russian demands at a press conference after the cabinet meeting, said the Czech Republic fully supported the position of the United States and NATO allies that the door to the alliance must remain open to all European democracies that wish to join.", "petr-fiala", 1, "Petr Fiala", "nato-non-expansion", "rejects", 0, D),
 ("listen to what Russia is saying", "radek-hruska", 1, "Radek Hruška", "nato-non-expansion", "mentions", 1, ""),
 ("Tomáš Kořínek, a security analyst at the Association for International Affairs in Prague, says the Russian demand concerning the countries that joined after 1997 is aimed above all at sowing division within the alliance.", K, 1, "Tomáš Kořínek", "rollback-to-1997", "mentions", 0, ""),
 ("Tomáš Kořínek, a security analyst at the Association for International Affairs in Prague, says the Russian demand concerning the countries that joined after 1997 is aimed above all at sowing division within the alliance.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("Nobody in Moscow seriously expects NATO to leave Prague or Warsaw. The purpose is to show Central Europeans that their security is something Russia considers negotiable, and to see whether the big Western countries will defend them,", K, 1, "Kořínek", "rollback-to-1997", "mentions", 1, ""),
 ("He added that the Czech Republic, with no allied troops permanently stationed on its territory, was in a different position from Poland or the Baltic states, but that any concession on the principle \"would affect us just as much.\"", K, 1, "He", "rollback-to-1997", "mentions", 0, ""),
]

write_gold(L, "articles-293", "gold-293")
