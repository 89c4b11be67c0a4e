#!/usr/bin/env python3
"""Writes the held-out gold of batch 343 (gold-343/*.nq) from the labels below.

Batch 343 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-02-01-putin-says-us-ignored-russia-concerns: Bloomberg wire story
  (front matter, bullet standfirst, "Read more" line); Putin's list of three demands inside one
  quote, interrupted quotes, US/NATO positions paraphrased from the written answers, analysts.
- interfax-2022-01-27-ryabkov-grushko-response: Interfax story in clumsy translation, no front
  matter, "Moscow. January 27. INTERFAX" dateline, crossheads, "the deputy minister" /
  "the diplomat" pronouns, Founding Act background, Duma and Rada voices.
- nato-2022-01-18-geoana-speech-bucharest: NATO speech transcript (Geoana, as delivered); every
  paragraph is his direct quotation; Bucharest 2008 and 1997 Founding Act recalled in his voice.
- kyivpost-2022-01-21-kuleba-geneva-blinken-lavrov: Kyiv Post story, UTF-8 BOM and CRLF, no front
  matter; "Read also" line, crossheads, Kuleba/Blinken/Lavrov, a Rada deputy and an analyst
  describing Russia's demands.
- npr-2022-01-10-geneva-talks-sherman-ryabkov: NPR All Things Considered transcript, no front
  matter; host and correspondent (no labels) paraphrase Ryabkov and Sherman; soundbites with
  "(Through interpreter)"; an analyst Q&A.
- chathamhouse-2022-01-28-what-the-written-answers-tell-us: Chatham House expert comment by two
  authors (front matter); the authors' own stances are labelled for each author (their
  descriptive summary of events is treated as narration); Baker 1990 background.
- europarl-2022-01-25-afet-exchange-borrell-security-guarantees: European Parliament AFET minutes
  (front matter); summary-record reported speech, a three-paragraph verbatim extract, MEPs asking
  questions, one invented MEP.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence
is the words between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X
said" is two spans; one running over two sentences is one span. In Q/A interviews and transcripts
each paragraph of an answer is one direct quotation (without the dash or speaker label); questions
and the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0.
Stance by the speaker's own position; mentions when the speaker only reports a demand, asks about
it or offers to discuss it. A direct quotation of six or more words about none of the demands gets
one demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people) speak
for themselves and have no side: they "support"/"reject" only when they voice the demand in their
own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-02-01"
ev_putin3 = "the prevention of NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,"
ev_answers = "The U.S. and NATO handed Moscow separate written responses on Jan. 26 that offered talks on arms control, missile deployments and transparency for exercises, but rejected the core demand that the alliance shut its door to Ukraine."
ev_usoff = "U.S. officials have said they're prepared to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe and on the size and scope of drills, ideas Russia itself floated in its December drafts."
L["bloomberg-2022-02-01-putin-says-us-ignored-russia-concerns"] = [
 ("It's already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (ev_putin3, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 (ev_putin3, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (ev_putin3, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("are we supposed to fight with the NATO bloc? Has anyone thought about that? Apparently not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("The Russian president said the alliance's policy of admitting any country that wants in was being used selectively.", "vladimir-putin", 1, "The Russian president", "nato-open-door", "rejects", 0, D),
 ("They are using the principle of indivisibility of security, which they themselves signed, very selectively,", "vladimir-putin", 1, "he", "nato-open-door", "rejects", 1, D),
 (ev_answers, "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (ev_answers, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (ev_answers, "united-states", 0, "The U.S.", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (ev_answers, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (ev_answers, "united-states", 0, "The U.S.", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (ev_answers, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (ev_answers, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("I hope that we will in the end find a solution, although it's not simple,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("We state that,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("this is not an easy question.", "vladimir-putin", 1, "he", "", "", 1, D),
 ("present his position in due course", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("the principle of NATO's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (ev_usoff, "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (ev_usoff, "united-states", 0, "U.S. officials", "limit-military-exercises", "mentions", 0, ""),
 (ev_usoff, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (ev_usoff, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("A senior administration official, who asked not to be identified describing private discussions, said Washington would consider a \"transparency mechanism\" to confirm the absence of Tomahawk cruise missiles at Aegis Ashore sites in Romania and Poland if Russia offered reciprocal steps at two of its own bases.", "united-states", 0, "A senior administration official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("White House press secretary Jen Psaki said Monday that the path to diplomacy remained open but that Russia needed to pull back its forces.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("The ball is in Moscow's court,", "tatiana-stanovaya", 1, "Tatiana Stanovaya", "", "", 1, ""),
 ("Putin is showing he doesn't want to slam the door, but his core ask -- no more NATO enlargement -- hasn't moved an inch.", "tatiana-stanovaya", 1, "Tatiana Stanovaya", "nato-non-expansion", "mentions", 1, ""),
 ("Putin's tone was measured, which suggests he wants to extract more from the talks before deciding anything,", "christopher-granville", 1, "he", "", "", 1, ""),
]

D = "2022-01-27"
ev_ry1 = "On the main question there is no positive reaction in this document. The main question is our clear position on inadmissibility of further expansion of NATO to the East and deployment of strike weapons that could threaten the territory of the Russian Federation,"
ev_slu = "the West plays for time while Russia waits for concrete answers on the non-expansion of NATO and non-deployment of strike systems near our borders."
ev_mer = "no one in Moscow has a right of veto on the future of Ukraine in the Euro-Atlantic space."
L["interfax-2022-01-27-ryabkov-grushko-response"] = [
 (ev_ry1, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 (ev_ry1, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("There are grains of rationality on the issue of medium-range missiles and on some of confidence measures,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We need the package. Without the key points about non-enlargement the remaining is not interesting for us in the same degree,", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, D),
 ("In his words, the Russian side insists that guarantees must be fixed juridically.", "sergei-ryabkov", 1, "his", "written-legal-guarantees", "supports", 0, D),
 ("Verbal assurances we have heard already in 1990, we know how they ended. Now only legally obligating documents,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("a reaction which allows to count on beginning of serious talk on secondary questions,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, ""),
 ("Deputy Foreign Minister Alexander Grushko, who heads the Russian delegation at talks with NATO, on Wednesday told Interfax that the alliance must pull back its forces from the eastern flank.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-26"),
 ("Our proposal is about the withdrawal of forces and weapons that have been deployed on the territory of countries that joined the alliance after May 1997. This is not an ultimatum, this is a precondition for restoring of the normal security in Europe,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-26"),
 ("According to him, NATO in response offers only \"small steps\" on transparency of exercises and risk reduction.", "alexander-grushko", 1, "him", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("We are ready to discuss reduction of exercises' scale near the contact line, but this cannot replace the basic agreements,", "alexander-grushko", 1, "the deputy minister", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("Grushko also recalled that the contacts between the militaries of Russia and NATO were frozen by the alliance's decision in 2014.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("We do not refuse the military channels, it was NATO who cut them,", "alexander-grushko", 1, "he", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("It is obvious that these are not the answers that would satisfy us on the main issues. There is no reason to hurry with conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He did not answer the question whether Russia will withdraw its troops from border regions of Ukraine, having noted that the movement of troops on own territory is the internal affair of Russia.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We move our troops where we consider necessary on our territory, it threatens nobody,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("NATO Secretary General Jens Stoltenberg the same day said that the alliance is ready to listen to Russia's concerns but will not compromise on the principle that every nation has the right to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 (ev_mer, "oleksandr-merezhko", 1, "Oleksandr Merezhko", "nato-open-door", "supports", 1, ""),
 (ev_mer, "oleksandr-merezhko", 1, "Oleksandr Merezhko", "no-ukraine-membership", "rejects", 1, ""),
 (ev_slu, "leonid-slutsky", 1, "Leonid Slutsky", "nato-non-expansion", "supports", 1, ""),
 (ev_slu, "leonid-slutsky", 1, "Leonid Slutsky", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("A military expert, colonel in reserve Viktor Litovkin, in comment to Interfax said the question of intermediate-range missiles could become the first point of real agreement.", "viktor-litovkin", 1, "Viktor Litovkin", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Both sides are interested in ban on such missiles in Europe, it was the same logic of the INF treaty,", "viktor-litovkin", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "2022-01-18"
G = ("mircea-geoana", 1, "Mircea Geoană")
p4 = "Let me be frank. Russia came to the table with a list of proposals that would, in effect, divide Europe again into spheres of influence. Moscow wants Allies to commit that NATO will never again admit new members. It wants us to pull our forces out of the countries that joined the Alliance after 1997, including Romania, including Poland, including the Baltic states. These are not proposals that NATO can accept."
p5 = "We will not compromise on core principles. Every nation has the sovereign right to decide its own future and its own security arrangements. That includes Ukraine. That includes Georgia. That includes Finland and Sweden, should they ever wish to apply. Only Ukraine and the thirty Allies decide when Ukraine is ready to join NATO. Russia does not have a veto, and it does not have a say."
p7 = "At the same time, we are ready to talk. Allies put forward concrete topics at the NATO-Russia Council. We are prepared to discuss arms control, including on missiles, both nuclear and conventional. We are ready to talk about greater transparency and risk reduction for military exercises. And we proposed to re-establish our respective offices in Moscow and in Brussels, and to make better use of military lines of communication to avoid incidents and accidents."
p11 = "Romania knows better than most what NATO membership means. When this country joined the Alliance in 2004, after years of hard reforms, it was a sovereign choice of the Romanian people. At Bucharest in 2008, NATO leaders agreed that Ukraine and Georgia will become members of NATO. That decision stands."
L["nato-2022-01-18-geoana-speech-bucharest"] = [
 ("Thank you, Ambassador Nicolae, and good afternoon to all of you.",) + G + ("", "", 1, D),
 ("It is a pleasure to be with you, even if only virtually, and to be speaking to a Romanian audience at such a consequential moment for our security.",) + G + ("", "", 1, D),
 ("Last week, NATO Allies sat down with Russia in the NATO-Russia Council for the first time in more than two years. It was a serious and substantive meeting. We listened carefully to Russia's concerns. And we set out, very clearly, our own.",) + G + ("", "", 1, D),
 (p4,) + G + ("nato-non-expansion", "rejects", 1, D),
 (p4,) + G + ("rollback-to-1997", "rejects", 1, D),
 (p4, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (p4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (p5,) + G + ("nato-open-door", "supports", 1, D),
 (p5,) + G + ("no-ukraine-membership", "rejects", 1, D),
 ("Nor will we create two classes of Allies. We will not accept a situation where Allies that joined after the end of the Cold War have second-class security. The battlegroups in Poland and the Baltic states, and our tailored Forward Presence here in Romania, are defensive, proportionate and fully in line with our international commitments.",) + G + ("rollback-to-1997", "rejects", 1, D),
 (p7,) + G + ("no-intermediate-range-missiles", "mentions", 1, D),
 (p7,) + G + ("limit-military-exercises", "mentions", 1, D),
 (p7,) + G + ("resume-military-dialogue", "supports", 1, D),
 ("I should recall that it was Russia that suspended the work of its mission to NATO last October. The door to dialogue remains open on our side.",) + G + ("", "", 1, D),
 ("But dialogue has to take place in an atmosphere of de-escalation. Russia has amassed tens of thousands of combat-ready troops, tanks, artillery and armoured units along Ukraine's border and now in Belarus. We call on Russia to de-escalate, immediately and verifiably, and to pull these forces back. Any further aggression against Ukraine will carry a high price.",) + G + ("russia-de-escalation", "supports", 1, D),
 (p11,) + G + ("rescind-bucharest-2008", "rejects", 1, D),
 (p11,) + G + ("no-ukraine-membership", "rejects", 1, D),
 ("We also remember that in the 1997 Founding Act, NATO and Russia committed to respect the sovereignty and territorial integrity of all states and their right to choose the means to ensure their own security. It is Russia, not NATO, that has walked away from these commitments, in Georgia in 2008, in Crimea and Donbas in 2014.",) + G + ("nato-open-door", "supports", 1, D),
 ("Let me say a few words about the Black Sea. The security of this region is now of strategic importance for the whole Alliance. We have increased our naval presence and our air policing. We will continue to do so, and we will not accept that Russia tells us where our ships may sail in international waters or where our aircraft may fly in international airspace.",) + G + ("no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("In the coming days, NATO Allies will put our ideas in writing. We will share them with Russia, in parallel with the United States. Our aim is to find a political way forward. But we must also be prepared for the worst.",) + G + ("", "", 1, D),
 ("NATO is a defensive alliance. We do not seek confrontation. But we will do what it takes to protect and defend every Ally, every inch of Allied territory. That is our solemn commitment, and we will honour it.",) + G + ("", "", 1, D),
]

D = "2022-01-21"
ev_lav = "Lavrov, for his part, said Moscow expected \"written answers to all our proposals,\" and repeated that Russia's key demand was a guarantee that NATO would not move further east and would not take in Ukraine."
ev_ch1 = "They want NATO to leave us alone with them, no exercises, no instructors, no weapons. That is what their draft treaty says: no Western military cooperation with Ukraine at all,"
ev_fes = "Moscow is asking for things that nobody in Washington can give: a written promise that Ukraine will never be in NATO. The Americans will offer missiles talks and exercises limits instead,"
L["kyivpost-2022-01-21-kuleba-geneva-blinken-lavrov"] = [
 ("We have received from our American partners a detailed readout. Nothing about Ukraine without Ukraine – this principle is being respected,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Afterwards, Blinken said the United States would share written ideas with Russia next week, but insisted that Washington would not budge on the alliance's open-door policy.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("We were clear, as we have been throughout, that there are core principles that the United States and our partners and allies are committed to defending, and that includes the right of countries to choose their own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (ev_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (ev_lav, "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, D),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Kuleba said the only real path to peace was for Russia to withdraw the forces it had massed near Ukraine's borders.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 ("De-escalation is not a favour to the West. It is an obligation of Russia, and we expect to see it on the ground, not in statements,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("The minister also rejected any suggestion that Ukraine could declare neutrality or freeze its Euro-Atlantic course as part of a deal.", "dmytro-kuleba", 1, "The minister", "no-ukraine-membership", "rejects", 0, D),
 ("Ukraine's path to NATO is written in our Constitution. No one in Moscow will rewrite it,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (ev_ch1, "yehor-cherniev", 1, "Cherniev", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (ev_ch1, "russia", 0, "They", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We cannot accept it, and our partners have told us they will not accept it.", "yehor-cherniev", 1, "Cherniev", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (ev_fes, "volodymyr-fesenko", 1, "Fesenko", "no-ukraine-membership", "mentions", 1, ""),
 (ev_fes, "volodymyr-fesenko", 1, "Fesenko", "written-legal-guarantees", "mentions", 1, ""),
 (ev_fes, "volodymyr-fesenko", 1, "Fesenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ev_fes, "volodymyr-fesenko", 1, "Fesenko", "limit-military-exercises", "mentions", 1, ""),
 (ev_fes, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (ev_fes, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Putin wants to be able to say he got a legally binding document. If he doesn't get it, he will say the West ignored Russia,", "volodymyr-fesenko", 1, "Fesenko", "written-legal-guarantees", "mentions", 1, ""),
 ("Our army is strong. Our partners are with us. We are not going anywhere,", "volodymyr-zelensky", 1, "he", "", "", 1, D),
]

D = "2022-01-10"
ev_sh1 = "We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance."
ev_sh2 = "Sherman said the U.S. is willing to discuss some things - the future deployment of certain missiles in Europe, limits on the size and scope of military exercises, but only on a reciprocal basis."
ev_k1 = "There's a narrow one. There's a potential agreement on intermediate-range missiles, on exercises, on some confidence-building measures. Those are things the U.S. has been willing to talk about for years."
ev_k2 = "But the core Russian demands - no further expansion of NATO, essentially the withdrawal of allied forces from Eastern Europe - those are nonstarters, and Moscow knows they're nonstarters. So the question is whether Moscow wants a partial deal or wants a pretext."
L["npr-2022-01-10-geneva-talks-sherman-ryabkov"] = [
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, D),
 ("He said Russia needs what he called ironclad, bulletproof, legally binding guarantees - not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("And Ryabkov said Moscow doesn't need a moratorium that could be lifted at any time.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("Russia also wants NATO to roll back its military presence in Eastern Europe to where it was in 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (ev_sh1, "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, D),
 (ev_sh1, "wendy-sherman", 1, "WENDY SHERMAN", "nato-non-expansion", "rejects", 1, D),
 (ev_sh2, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (ev_sh2, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("And she said none of that can go forward while Russia has, by U.S. estimates, about 100,000 troops massed near Ukraine.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("It's hard to have constructive, productive talks when there are tanks and artillery on the border. The best thing Russia can do is de-escalate and return those troops to their barracks.", "wendy-sherman", 1, "SHERMAN", "russia-de-escalation", "supports", 1, D),
 ("We are not going to offer any concessions in a situation where we are under pressure and under threats. The American side should treat our proposals in a much more serious way.", "sergei-ryabkov", 1, "RYABKOV", "", "", 1, D),
 (ev_k1, "michael-kofman", 1, "KOFMAN", "no-intermediate-range-missiles", "mentions", 1, D),
 (ev_k1, "michael-kofman", 1, "KOFMAN", "limit-military-exercises", "mentions", 1, D),
 (ev_k2, "michael-kofman", 1, "KOFMAN", "nato-non-expansion", "mentions", 1, D),
 (ev_k2, "michael-kofman", 1, "KOFMAN", "rollback-to-1997", "mentions", 1, D),
 (ev_k2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (ev_k2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("No. If anything, the force is still building. We're seeing units arrive from the Eastern Military District, which is thousands of kilometers away. You don't move that kind of force for a bluff.", "michael-kofman", 1, "KOFMAN", "", "", 1, D),
]

D = "2022-01-28"
A = [("eleanor-whitcombe", 1, "Dr Eleanor Whitcombe"), ("tomasz-wierzbicki", 1, "Tomasz Wierzbicki")]
ev_mos = "Moscow wants a binding commitment that the alliance will stop enlarging, with Ukraine and Georgia named explicitly; it wants allied troops and hardware that arrived on the territory of new members after May 1997 to go home; and it wants no American or allied military activity at all in Ukraine, the South Caucasus or Central Asia."
ev_lv = "Sergei Lavrov restated all three on 27 January, calling the replies a basis only for 'secondary' discussions."
ev_bl = "Secretary of State Antony Blinken said on 26 January that the US response contained 'no change' on the open door, and Jens Stoltenberg said the same day that NATO 'will not compromise on the right of each nation to choose its own path'."
ev_veto = "It would hand Russia a veto over the choices of sovereign states and hollow out the commitment made at Bucharest in 2008, however imperfectly it has been honoured since."
own = [
 ("A verifiable, reciprocal ban on deploying such missiles within range of each other's territory would be a genuine security gain for Europe, and allies should pursue it regardless of what happens in Ukraine.", "no-intermediate-range-missiles", "supports"),
 ("Equally, the restoration of military-to-military channels should not be treated as a concession to Moscow.", "resume-military-dialogue", "supports"),
 ("But no Western government can accept a legally binding ban on enlargement.", "nato-non-expansion", "rejects"),
 (ev_veto, "nato-open-door", "supports"),
 (ev_veto, "rescind-bucharest-2008", "rejects"),
 ("Nor can the alliance agree to turn the countries that joined after 1997 into a buffer zone with second-class security.", "rollback-to-1997", "rejects"),
 ("For Western governments, the priority must be twofold: keep the diplomatic offer on the table and keep insisting that the troops massed around Ukraine are withdrawn.", "russia-de-escalation", "supports"),
]
L["chathamhouse-2022-01-28-what-the-written-answers-tell-us"] = [
 (ev_mos, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (ev_mos, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (ev_mos, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (ev_mos, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (ev_mos, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (ev_lv, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (ev_lv, "sergei-lavrov", 1, "Sergei Lavrov", "no-ukraine-membership", "supports", 0, "2022-01-27"),
 (ev_lv, "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 0, "2022-01-27"),
 (ev_lv, "sergei-lavrov", 1, "Sergei Lavrov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 (ev_bl, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("will not compromise on the right of each nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
] + [(ev, sp, p, nm, dm, st, 0, D) for (ev, dm, st) in own for (sp, p, nm) in A]

D = "2022-01-25"
B = ("josep-borrell", 1)
ev_b3 = "But the first thing is de-escalation. Russia has to pull back the troops from the Ukrainian border, and this is the message the 27 foreign ministers sent unanimously yesterday."
ev_b2 = "At the same time, we want diplomacy to succeed. If there can be an agreement on limiting missiles, on more transparency in exercises, we support it, on condition that it is reciprocal and that we are at the table."
ev_gah = "Russia cannot be allowed to decide on behalf of Kyiv which alliance it may or may not join."
ev_mar = "would cost Europe nothing and could avoid a war."
ev_kub = "Nobody in Vilnius will accept that the allied battalion leaves because Moscow asks it,"
L["europarl-2022-01-25-afet-exchange-borrell-security-guarantees"] = [
 ("He stated that the Union rejected the logic of spheres of influence and that the choice of alliances was the sovereign right of every state, Ukraine included.",) + B + ("He", "nato-open-door", "supports", 0, D),
 ("We are not going to accept that Russia writes the rules of European security alone, in two drafts sent to Washington and to Brussels. A promise never to enlarge NATO is not something the Europeans can give, and not something Ukraine would accept.",) + B + ("the High Representative", "nato-non-expansion", "rejects", 1, D),
 (ev_b2,) + B + ("the High Representative", "no-intermediate-range-missiles", "supports", 1, D),
 (ev_b2,) + B + ("the High Representative", "limit-military-exercises", "supports", 1, D),
 (ev_b3,) + B + ("the High Representative", "russia-de-escalation", "supports", 1, D),
 (ev_b3, "european-union", 0, "the 27 foreign ministers", "russia-de-escalation", "supports", 0, "2022-01-24"),
 (ev_gah, "michael-gahler", 1, "Michael Gahler", "nato-open-door", "supports", 1, D),
 (ev_gah, "michael-gahler", 1, "Michael Gahler", "no-ukraine-membership", "rejects", 1, D),
 ("an attempt to create first- and second-class members of the Alliance, which we reject completely.", "nathalie-loiseau", 1, "Nathalie Loiseau", "rollback-to-1997", "rejects", 1, D),
 ("Sergey Lagodinsky (Greens/EFA) asked the High Representative whether the Union would support a resumption of the NATO-Russia military contacts and of the OSCE mechanisms for risk reduction.", "sergey-lagodinsky", 1, "Sergey Lagodinsky", "resume-military-dialogue", "mentions", 0, D),
 (ev_mar, "thierry-mariani", 1, "Thierry Mariani", "nato-non-expansion", "supports", 1, D),
 (ev_mar, "thierry-mariani", 1, "Thierry Mariani", "written-legal-guarantees", "supports", 1, D),
 ("Thierry Mariani (ID) said that Russia's concerns about the eastward expansion of NATO were legitimate and had been ignored for thirty years, and that a written guarantee of non-enlargement \"would cost Europe nothing and could avoid a war.\"", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (ev_kub, "andrius-kubilius", 1, "Andrius Kubilius", "rollback-to-1997", "rejects", 1, D),
 (ev_kub, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Ilse Moerbeek (Renew, NL), rapporteur for the Eastern Partnership, asked whether the Union was prepared for a scenario in which Russia demanded an end to all Western defence cooperation with Ukraine, Georgia and Moldova, and what the Union's answer would be.", "ilse-moerbeek", 1, "Ilse Moerbeek", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("In reply, the High Representative stated that the Union would not accept any limitation on its cooperation with its Eastern partners.",) + B + ("the High Representative", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("We will continue to work with Ukraine, with Georgia, with Moldova, including on security and defence, and no third country has a say on this,",) + B + ("he", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("He welcomed the idea of restoring military channels between NATO and Russia, as a matter of avoiding accidents, and said the Union would continue to press for the OSCE to be used as a platform.",) + B + ("He", "resume-military-dialogue", "supports", 0, D),
]

write_gold(L, "articles-343", "gold-343")
