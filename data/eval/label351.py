#!/usr/bin/env python3
"""Writes the held-out gold of batch 351 (gold-351/*.nq) from the labels below.

Batch 351 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-26-us-nato-written-replies: Financial Times news story with front
  matter, multiple bylines, standfirst; Blinken and Stoltenberg on the 26 January
  replies, an interrupted quote by an invented Danish ambassador, paraphrase of
  the 17 December drafts, analysts (one mentions, one demand-less), "Read more" link.
- izvestia-2022-01-20-grushko-interview: Izvestia Q&A with Grushko in translation,
  em-dash turns, several demands per answer, one paragraph per label, a closing
  indirect exchange, "Read also" link; translated phrasing ("strike weapon systems").
- eeas-2022-01-24-borrell-fac-press-remarks: EEAS transcript of Borrell's remarks
  after the FAC; unlabelled-speaker paragraphs of remarks, Q. lines with outlet tags,
  a Russian demand reported inside Borrell's own sentence, a quoted hypothetical text.
- notesfrompoland-2022-01-13-rau-osce-vienna: Notes from Poland story without front
  matter; OSCE Permanent Council, Rau, Lukashevich, Przydacz, Carpenter, a Polish
  analyst; short embedded quotes inside reported sentences, "Polish officials".
- npr-2022-01-11-geneva-talks-no-breakthrough: NPR Morning Edition transcript (BOM,
  CRLF), host/correspondent speaker labels, soundbites "(Through interpreter)", the
  correspondent's reported speech of Ryabkov and Sherman, "yesterday"/"last night".
- ecfr-2022-02-02-putin-answers-indivisible-security: ECFR commentary, no front
  matter; Putin's 1 February list of three demands, Lavrov on 28 January, the
  authors' own unattributed views (not labelled), crossheads, document paraphrase.
- czech-chamber-2022-01-25-debate-russia-security: Czech Chamber of Deputies
  stenographic record in machine-assisted translation; chair lines, stage directions
  splitting a speech, a pro-Russian deputy endorsing demands, a deputy's question.

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
L["ft-2022-01-26-us-nato-written-replies"] = [
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("The secretary of state said the response left room for \"reciprocal\" arrangements on the placement of offensive missiles in Europe and on the scale of military drills, two areas where US officials have privately acknowledged Moscow has legitimate concerns.", "antony-blinken", 1, "The secretary of state", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The secretary of state said the response left room for \"reciprocal\" arrangements on the placement of offensive missiles in Europe and on the scale of military drills, two areas where US officials have privately acknowledged Moscow has legitimate concerns.", "antony-blinken", 1, "The secretary of state", "limit-military-exercises", "mentions", 0, D),
 ("diplomacy has the best chance to succeed if we provide space for confidential talks", "antony-blinken", 1, "He", "", "", 1, D),
 ("We are ready to listen to Russia's concerns, and engage in a real conversation on how to uphold and strengthen the fundamental principles of European security,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("But we cannot and will not compromise on the principles on which the security of our alliance rests.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Stoltenberg said allies had proposed restoring the Nato and Russian diplomatic missions that were shut last year and reopening channels between military commanders to avoid accidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("He said Russia should withdraw the more than 100,000 troops it has massed near Ukraine's borders, calling the build-up \"the biggest concentration of forces in Europe since the end of the cold war\".", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Moscow's draft treaties, published on December 17, asked the alliance to rule out any further enlargement, to pull back forces and weapons from states that joined after 1997 and to halt military activity in Ukraine, the Caucasus and central Asia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Moscow's draft treaties, published on December 17, asked the alliance to rule out any further enlargement, to pull back forces and weapons from states that joined after 1997 and to halt military activity in Ukraine, the Caucasus and central Asia.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Moscow's draft treaties, published on December 17, asked the alliance to rule out any further enlargement, to pull back forces and weapons from states that joined after 1997 and to halt military activity in Ukraine, the Caucasus and central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("a concrete answer, point by point", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("If the answer is not constructive, the president will take the decision about further steps,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("Dmitry Peskov, Vladimir Putin's spokesman, said the Kremlin would study the documents before commenting, but added that there was \"little ground for optimism\" if the US had again sidestepped the question of Nato's eastward march.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("Lars Hvidt-Jensen, Denmark's ambassador to Nato, who was involved in drafting the alliance's reply, said the hardest task had been agreeing language on Nato's open-door policy that central and eastern European members could accept.", "lars-hvidt-jensen", 1, "Lars Hvidt-Jensen", "nato-open-door", "mentions", 0, D),
 ("Nobody in the room was willing to give Moscow a veto on who joins,", "lars-hvidt-jensen", 1, "the ambassador", "nato-open-door", "supports", 1, D),
 ("That sentence was never going to move.", "lars-hvidt-jensen", 1, "the ambassador", "nato-open-door", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Washington is putting the things on the table that can be negotiated, missiles and exercises, and taking off the table the things that can't,", "eugenia-marchetti", 1, "Eugenia Marchetti", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington is putting the things on the table that can be negotiated, missiles and exercises, and taking off the table the things that can't,", "eugenia-marchetti", 1, "Eugenia Marchetti", "limit-military-exercises", "mentions", 1, ""),
 ("a negotiating position designed to be refused", "eugenia-marchetti", 1, "her", "rollback-to-1997", "mentions", 1, ""),
 ("In her view, the Kremlin's demand to roll back the alliance to its 1997 footprint was \"a negotiating position designed to be refused\".", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("What matters now is whether Putin decides that half a loaf is better than none,", "andrei-kortunov", 1, "he", "", "", 1, ""),
]

D = "2022-01-20"
G = "alexander-grushko"
L["izvestia-2022-01-20-grushko-interview"] = [
 ("The main result is that we have put our cards on the table very clearly. We explained to our partners that the situation has reached a dangerous point and that the former methods no longer work. NATO is trying to talk with us in the language of deterrence, and we don't accept that.", G, 1, "Grushko", "", "", 1, D),
 ("We told them directly: the alliance must stop moving towards our borders. We need legally binding guarantees that there will be no further expansion of NATO to the east, including Ukraine and Georgia. This is the essence of our proposals, not a detail.", G, 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We told them directly: the alliance must stop moving towards our borders. We need legally binding guarantees that there will be no further expansion of NATO to the east, including Ukraine and Georgia. This is the essence of our proposals, not a detail.", G, 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("We told them directly: the alliance must stop moving towards our borders. We need legally binding guarantees that there will be no further expansion of NATO to the east, including Ukraine and Georgia. This is the essence of our proposals, not a detail.", G, 1, "Grushko", "no-ukraine-membership", "supports", 1, D),
 ("This so-called open door policy is a myth. No one is obliged to accept anyone; NATO itself decides whom to invite. So when they tell us that every country has the right to choose alliances, they forget the second half of the principle — that no state should strengthen its security at the expense of others. This is written in Istanbul, in Astana, signed at the highest level.", G, 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("They are prepared to talk about secondary things: about transparency of exercises, about risk reduction, about some measures of confidence. These topics are not bad in themselves, and we proposed many of them ourselves in the past. But if they want to reduce everything to this, it will not work. We will not accept a consolation prize instead of the main thing.", G, 1, "Grushko", "limit-military-exercises", "mentions", 1, D),
 ("I mean the return to the configuration of 1997. We insist that NATO forces and weapons which appeared on the territory of new members after May 1997 must be withdrawn. The countries of eastern flank now host battlegroups, the rotating American brigades, and this all appeared after the Founding Act was signed.", G, 1, "Grushko", "rollback-to-1997", "supports", 1, D),
 ("We also said that there should be no deployment of strike weapon systems in the countries that border Russia. It is a question of our survival, not of geopolitics.", G, 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("That is their interpretation. We are not speaking about any class of members. We are speaking about the military situation on the ground.", G, 1, "Grushko", "", "", 1, D),
 ("We have not closed the door. But there must be a concrete reaction to our drafts, article by article, in written form. Verbal promises we have already heard in 1990, and everybody knows how it ended.", G, 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("Russian troops are on Russian territory. We do not accept any demands of this kind. It is the West that pumps weapons into Ukraine and sends instructors there. If they want de-escalation, let them start with themselves.", G, 1, "Grushko", "russia-de-escalation", "rejects", 1, D),
 ("The NATO side destroyed them. After 2014 they cut all the practical cooperation. We are ready for professional contacts of the military, but this cannot replace the political decision on guarantees.", G, 1, "Grushko", "resume-military-dialogue", "supports", 1, D),
 ("Then we will take measures of a military-technical character. I want to be understood correctly: this is not a threat, it is a statement. We will ensure our security by other means.", G, 1, "Grushko", "", "", 1, D),
 ("We are used to such evaluations.", G, 1, "Grushko", "", "", 1, D),
]

D = "2022-01-24"
B = "josep-borrell"
L["eeas-2022-01-24-borrell-fac-press-remarks"] = [
 ("We had a long and substantive Foreign Affairs Council today, and, as you can imagine, a large part of it was devoted to Russia and to the security situation in and around Ukraine.", B, 1, "Josep Borrell", "", "", 1, D),
 ("We were joined by the Secretary of State of the United States, Antony Blinken, via videoconference. He briefed us on his meeting with Minister Lavrov in Geneva on Friday, and I thank him for the constant coordination between us. There is no daylight between the European Union and the United States on this.", B, 1, "Josep Borrell", "", "", 1, D),
 ("Let me be very clear about the message of the Ministers. Any further military aggression by Russia against Ukraine will have massive consequences and severe costs. We are preparing these measures together with our partners, and we will be ready.", B, 1, "Josep Borrell", "", "", 1, D),
 ("But our preferred option is diplomacy. We call on Russia to de-escalate, to withdraw the forces it has concentrated along the border with Ukraine and in Belarus, and to engage in a meaningful dialogue. This is the only way.", B, 1, "Josep Borrell", "russia-de-escalation", "supports", 1, D),
 ("The Ministers also reaffirmed the principles on which European security is built. The sovereign right of every state to choose its own security arrangements is not negotiable. There cannot be spheres of influence in Europe in the 21st century. The Helsinki Final Act and the Charter of Paris are not a menu from which you can pick the dishes you like.", B, 1, "Josep Borrell", "nato-open-door", "supports", 1, D),
 ("Russia has asked for a world where some countries can decide on behalf of others. Moscow wants the Alliance to promise that Ukraine will never become a member. This is not something that we can accept, and I think it is not something that the Ukrainians will accept.", B, 1, "Josep Borrell", "no-ukraine-membership", "rejects", 1, D),
 ("Moscow wants the Alliance to promise that Ukraine will never become a member.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("I have heard that some people say the European Union is not at the table. Let me say: European security is our security. We are not spectators. Any discussion about European security has to include the European Union, and this has been guaranteed by our American friends.", B, 1, "Josep Borrell", "", "", 1, D),
 ("Concerning the Russian proposals on arms control, on transparency of military exercises, on the placement of missiles, we are ready to look at what is reasonable, on the basis of reciprocity. These are issues that deserve to be discussed within the OSCE and the NATO-Russia Council.", B, 1, "Josep Borrell", "limit-military-exercises", "mentions", 1, D),
 ("Concerning the Russian proposals on arms control, on transparency of military exercises, on the placement of missiles, we are ready to look at what is reasonable, on the basis of reciprocity. These are issues that deserve to be discussed within the OSCE and the NATO-Russia Council.", B, 1, "Josep Borrell", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We are not going to do the same. We are not going to dramatise, as long as negotiations are going on. I don't think that we have to leave Ukraine. Secretary Blinken explained to us the reasons for the US decision, and I respect them, but we do not see specific reasons to withdraw.", B, 1, "Josep Borrell", "", "", 1, D),
 ("The European Union is not NATO, and it is not for me to answer in the name of the Alliance. The United States and NATO will present written answers to the Russian proposals, as they have said, probably this week.", B, 1, "Josep Borrell", "", "", 1, D),
 ("But, again, what I can say is that nobody can give to a third party a veto on the decisions of sovereign countries. Nobody can sign a document that says: \"this country will never, ever be allowed to join this organisation\". That is against everything we have signed together with Russia since 1975.", B, 1, "Josep Borrell", "nato-open-door", "supports", 1, D),
 ("But, again, what I can say is that nobody can give to a third party a veto on the decisions of sovereign countries. Nobody can sign a document that says: \"this country will never, ever be allowed to join this organisation\". That is against everything we have signed together with Russia since 1975.", B, 1, "Josep Borrell", "no-ukraine-membership", "rejects", 1, D),
 ("My message is that we are with you. We have approved another €1.2 billion macro-financial assistance proposal for Ukraine, and we are also working on cyber defence.", B, 1, "Josep Borrell", "", "", 1, D),
 ("We did not go into specific measures. I will not give you a list today. Everything is on the table, and everything has been prepared.", B, 1, "Josep Borrell", "", "", 1, D),
]

D = "2022-01-13"
L["notesfrompoland-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau told delegates that the OSCE should be a place where \"difficult conversations\" can take place, but made clear that Poland's chairmanship would not accept any arrangement that limits the freedom of countries to decide their own alliances.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 ("that right is not subject to anyone's approval", "zbigniew-rau", 1, "he", "nato-open-door", "supports", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to eliminate the threats,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("Lukashevich said that Russia wanted guarantees that NATO would not move closer to its borders and that American and allied troops would not be deployed in Ukraine.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("Lukashevich said that Russia wanted guarantees that NATO would not move closer to its borders and that American and allied troops would not be deployed in Ukraine.", "alexander-lukashevich", 1, "Lukashevich", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We are not going to wait forever,", "alexander-lukashevich", 1, "the Russian diplomat", "", "", 1, D),
 ("a mine under European security which must be cleared", "alexander-lukashevich", 1, "he", "rescind-bucharest-2008", "supports", 1, D),
 ("Russia's draft proposals, published in December, would bar NATO from stationing forces or weapons in member states that joined after 1997 – including Poland – beyond those present at that time.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Polish officials have repeatedly rejected the idea.", "poland", 0, "Polish officials", "rollback-to-1997", "rejects", 0, ""),
 ("Russia's proposal effectively demands that Poland return to a grey zone of security, and that is something no Polish government will ever accept,", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, ""),
 ("Russia's proposal effectively demands that Poland return to a grey zone of security", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The presence of allied troops on our territory is not a bargaining chip.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, ""),
 ("Przydacz also said Warsaw supported the US line that Moscow should pull back the troops it has concentrated near the Ukrainian border before any agreement could be reached.", "marcin-przydacz", 1, "Przydacz", "russia-de-escalation", "supports", 0, ""),
 ("We're facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("He said that the United States would not negotiate \"about our allies without our allies\" and that the principle that every nation can choose its partners was not up for discussion.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("Russia wants a new Yalta, with Poland back in Moscow's sphere,", "marek-swierczynski", 1, "Marek Świerczyński", "", "", 1, ""),
 ("The OSCE chair cannot deliver that even if it wanted to, and Rau clearly does not.", "marek-swierczynski", 1, "Marek Świerczyński", "", "", 1, ""),
 ("the part of the package aimed squarely at Warsaw", "marek-swierczynski", 1, "his", "rollback-to-1997", "mentions", 1, ""),
 ("In his view, Russia's call for a rollback of allied deployments from the eastern flank was", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-10"
R = "sergei-ryabkov"
S = "wendy-sherman"
L["npr-2022-01-11-geneva-talks-no-breakthrough"] = [
 ("He said Russia came to Geneva to get one thing in particular, and that is a guarantee that Ukraine will never join NATO.", R, 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", R, 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, D),
 ("And he also repeated that Russia wants this on paper, signed, something binding in international law.", R, 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("He said Russia has no plans to attack Ukraine and that the troops near the border are on Russian soil and are none of Washington's business.", R, 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", S, 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, D),
 ("But she did say there were areas where the two sides could maybe do business — the future of intermediate-range missiles in Europe, for example, and limits on the size and scope of military exercises.", S, 1, "she", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But she did say there were areas where the two sides could maybe do business — the future of intermediate-range missiles in Europe, for example, and limits on the size and scope of military exercises.", S, 1, "she", "limit-military-exercises", "mentions", 0, D),
 ("The missiles, the exercises, these are things the Russian side has been asking about for years, and it is good they are talking. But for the Kremlin the first article, the non-expansion, is the heart. Without this, Moscow will say it got nothing.", "olga-lebedeva", 1, "OLGA LEBEDEVA", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The missiles, the exercises, these are things the Russian side has been asking about for years, and it is good they are talking. But for the Kremlin the first article, the non-expansion, is the heart. Without this, Moscow will say it got nothing.", "olga-lebedeva", 1, "OLGA LEBEDEVA", "limit-military-exercises", "mentions", 1, D),
 ("The missiles, the exercises, these are things the Russian side has been asking about for years, and it is good they are talking. But for the Kremlin the first article, the non-expansion, is the heart. Without this, Moscow will say it got nothing.", "olga-lebedeva", 1, "OLGA LEBEDEVA", "nato-non-expansion", "mentions", 1, D),
 ("The missiles, the exercises, these are things the Russian side has been asking about for years", "russia", 0, "the Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The missiles, the exercises, these are things the Russian side has been asking about for years", "russia", 0, "the Russian side", "limit-military-exercises", "supports", 0, ""),
 ("But for the Kremlin the first article, the non-expansion, is the heart.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Sherman said the U.S. had asked Russia to de-escalate, to pull the forces back, and that it was hard to have a real negotiation with a gun to your head.", S, 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Ryabkov, for his part, said there was no reason to fear an escalation, but he didn't offer to move anyone.", R, 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
]

P = "vladimir-putin"
L["ecfr-2022-02-02-putin-answers-indivisible-security"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", P, 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997.", P, 1, "He", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997.", P, 1, "He", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997.", P, 1, "He", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("and then what – we must fight with the NATO bloc?", P, 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("On 28 January the foreign minister told Russian radio stations that the American document contained \"a grain of rationality\" on secondary issues such as missile deployments and exercises, but that the main question – the non-enlargement of NATO – had gone unanswered.", "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("On 28 January the foreign minister told Russian radio stations that the American document contained \"a grain of rationality\" on secondary issues such as missile deployments and exercises, but that the main question – the non-enlargement of NATO – had gone unanswered.", "sergei-lavrov", 1, "the foreign minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 ("On 28 January the foreign minister told Russian radio stations that the American document contained \"a grain of rationality\" on secondary issues such as missile deployments and exercises, but that the main question – the non-enlargement of NATO – had gone unanswered.", "sergei-lavrov", 1, "the foreign minister", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("We want them to explain, in their national capacity, how they intend to fulfil this obligation,", "sergei-lavrov", 1, "he", "", "", 1, ""),
 ("Washington proposed a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, reciprocal talks on ground-launched intermediate-range missiles, and limits on exercises near borders.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Washington proposed a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, reciprocal talks on ground-launched intermediate-range missiles, and limits on exercises near borders.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("NATO offered to re-establish the missions in Brussels and Moscow and to restore military-to-military hotlines.", "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("The Kremlin continues to insist these movements are purely internal affairs.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("Dmitry Peskov said on Monday that Russia \"does not threaten anyone\" and that the troops were none of NATO's concern.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-31"),
 ("There is a camp in Moscow that says: take the missiles deal, declare victory, and come back for the rest later,", "pavel-zharikov", 1, "Pavel Zharikov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("And there is a camp that says the rest is the only thing that matters.", "pavel-zharikov", 1, "he", "", "", 1, ""),
]

D = "2022-01-25"
LI = "jan-lipavsky"
DV = "karel-dvoracek"
C = "jana-cernochova"
L2 = "The Russian Federation has concentrated on the borders of Ukraine and in Belarus more than one hundred thousand soldiers with heavy technique. At the same time, in December, it sent to the United States and to the North Atlantic Alliance two drafts of treaties, in which it demands, that the Alliance closes itself to new members, that it withdraws its forces from the countries which entered after the year 1997, that means also from the Czech Republic, and that it does not carry out any military activity in Ukraine or in the other countries of the former Soviet Union."
R2 = "in which it demands, that the Alliance closes itself to new members, that it withdraws its forces from the countries which entered after the year 1997, that means also from the Czech Republic, and that it does not carry out any military activity in Ukraine or in the other countries of the former Soviet Union."
L3 = "I want to say clearly: the Czech government considers these demands unacceptable. We were not members of the Alliance to be put back into a waiting room. The Czech Republic is a sovereign state and about its security decides the Czech Republic together with its allies, and not Moscow."
L4 = "At the same time, we support the dialogue. We participated on the preparation of the Alliance's answer, which will be handed over to Russia in these days. The Alliance is ready to talk about the transparency of exercises, about the risk reduction and about the arms control. But the first step must be done by Russia – it must withdraw its troops from the Ukrainian border and stop the escalation."
D2 = "But I ask: is it really in the Czech interest that Ukraine becomes a member of NATO and we have to go to die for Donbas? I think not. I think that a neutral Ukraine, which will not be in NATO, is the best for everybody, also for us. Our movement has said this always."
D3 = "And also, who needs American rockets here in Europe near Russia? Nobody. The Russian side says it does not want missiles at its border, and I understand it."
C2 = "If there will be an agreement about reciprocal limitations of exercises, which would apply also to Russia and Belarus, we are ready to discuss it. But the withdrawal of allied structures from our region, the return to the year 1997, this is not a subject of any negotiations. We are in NATO since 1999 and we will stay a full member."
C3 = "And I want to say also to colleague Dvořáček: the door of the Alliance stays open. It is not Russia who decides who will be member of NATO. This was so for the Czech Republic and it is so for Ukraine."
D4 = "Only shortly. Madam Minister, the Russian Federation wants guarantees on paper, because it does not believe the words anymore, and after thirty years I am not surprised. Thank you."
L["czech-chamber-2022-01-25-debate-russia-security"] = [
 ("Thank you, Mr. Chairman. Honourable Chamber, ladies and gentlemen, I come to inform you about the most serious security crisis in Europe since the end of the Cold War.", LI, 1, "Jan Lipavský", "", "", 1, D),
 (L2, LI, 1, "Jan Lipavský", "nato-non-expansion", "mentions", 1, D),
 (L2, LI, 1, "Jan Lipavský", "rollback-to-1997", "mentions", 1, D),
 (L2, LI, 1, "Jan Lipavský", "no-military-activity-ex-soviet", "mentions", 1, D),
 (R2, "russia", 0, "it", "nato-non-expansion", "supports", 0, ""),
 (R2, "russia", 0, "it", "rollback-to-1997", "supports", 0, ""),
 (R2, "russia", 0, "it", "no-military-activity-ex-soviet", "supports", 0, ""),
 (L3, LI, 1, "Jan Lipavský", "nato-non-expansion", "rejects", 1, D),
 (L3, LI, 1, "Jan Lipavský", "rollback-to-1997", "rejects", 1, D),
 (L3, LI, 1, "Jan Lipavský", "no-military-activity-ex-soviet", "rejects", 1, D),
 (L4, LI, 1, "Jan Lipavský", "limit-military-exercises", "mentions", 1, D),
 (L4, LI, 1, "Jan Lipavský", "russia-de-escalation", "supports", 1, D),
 ("Thank you for the word. Mr. Minister, you speak here like the Czech Republic is in the war already. I must say that Russia is asking for something that it was promised already in 1990, when Mr. Baker said to Mr. Gorbachev that NATO will not move one inch to the east.", DV, 1, "Karel Dvořáček", "nato-non-expansion", "supports", 1, D),
 ("Russia is asking for something that it was promised already in 1990", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Yes, I know that it is not written anywhere.", DV, 1, "Karel Dvořáček", "", "", 1, D),
 (D2, DV, 1, "Karel Dvořáček", "no-ukraine-membership", "supports", 1, D),
 (D3, DV, 1, "Karel Dvořáček", "no-intermediate-range-missiles", "supports", 1, D),
 ("The Russian side says it does not want missiles at its border", "russia", 0, "The Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Thank you, Mr. Chairman. Dear colleagues, I do not share the opinion of colleague Dvořáček, but I have a question for the government. Minister Lipavský, will the Czech Republic accept some limitation of the military exercises on our territory, if it would be part of some agreement of the United States with Russia? Because such a thing cannot be decided without this Chamber.", "alena-safrankova", 1, "Alena Šafránková", "limit-military-exercises", "mentions", 1, D),
 ("Thank you. I will answer Mrs. Deputy instead of the minister of foreign affairs, because it concerns my resort. Nobody will decide about us without us. The Alliance does not negotiate about its members behind their back, and the American side has confirmed it to us many times.", C, 1, "Jana Černochová", "", "", 1, D),
 (C2, C, 1, "Jana Černochová", "limit-military-exercises", "mentions", 1, D),
 (C2, C, 1, "Jana Černochová", "rollback-to-1997", "rejects", 1, D),
 (C3, C, 1, "Jana Černochová", "nato-open-door", "supports", 1, D),
 (C3, C, 1, "Jana Černochová", "no-ukraine-membership", "rejects", 1, D),
 (D4, DV, 1, "Karel Dvořáček", "written-legal-guarantees", "supports", 1, D),
 ("the Russian Federation wants guarantees on paper", "russia", 0, "the Russian Federation", "written-legal-guarantees", "supports", 0, ""),
]

write_gold(L, "articles-351", "gold-351")
