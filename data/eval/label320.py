#!/usr/bin/env python3
"""Writes the held-out gold of batch 320 (gold-320/*.nq) from the labels below.

Batch 320 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-27-lavrov-us-answers-main-question: AFP wire story, no front
  matter, "Moscow (AFP) –" dateline, "- crosshead -" style; Lavrov quote over
  two sentences, Peskov quote interrupted by "told reporters", Russia's drafts
  described in passing, Baker/Gorbachev background, an analyst.
- izvestia-2022-01-11-ryabkov-half-solutions: Izvestia in clumsy translation,
  « », — quotes, "According to him/her" reported speech, a "Read also" line,
  the drafts' content described (document, unlabelled), Russian experts.
- state-department-2022-01-26-department-press-briefing: transcript, MR PRICE /
  QUESTION labels; every answer paragraph a quotation, questions unlabelled,
  Moscow's demand named inside Price's answer.
- kyiv-independent-2022-01-21-blinken-lavrov-geneva: Kyiv Independent news
  story, Jan. 21 style dates, Bucharest background, lawmaker attributing the
  Bucharest demand to Russia, Zelensky quoted from two days earlier.
- guardian-2022-01-13-week-of-talks-analysis: Guardian analysis, UTF-8 BOM and
  CRLF, curly quotes, week recap (Geneva, NRC, OSCE), Founding Act background,
  think-tank analysts, a demand attributed in passing to Putin.
- atlantic-council-2022-01-26-experts-react-written-answers: expert roundup,
  no front matter; each expert paragraph taken as the expert's own words
  (direct); experts with own stances vs. mere mentions.
- european-parliament-2022-01-19-plenary-russia-security-ukraine: EP verbatim
  report, speaker labels with groups, a blue-card question, the President
  unlabelled, demands attributed to Moscow/Putin/the Kremlin by MEPs.

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

L["afp-2022-01-27-lavrov-us-answers-main-question"] = [
 ("Russian Foreign Minister Sergei Lavrov said Thursday that Washington's written replies to Moscow's sweeping security demands offered no positive answer on the central issue of NATO's eastward expansion, though they left room for a \"serious conversation\" on secondary matters.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is no positive reaction on the main question in this document. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive reaction on the main question in this document. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("for the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "The 71-year-old minister", "", "", 1, "2022-01-27"),
 ("If there is no constructive response and the West continues its aggressive line, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 ("It cannot be said that our views were taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("but we will not rush to conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Russia in December published two draft agreements demanding that NATO refuse membership to Ukraine and other former Soviet states and pull its forces back from the eastern European countries that joined the alliance after 1997.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia in December published two draft agreements demanding that NATO refuse membership to Ukraine and other former Soviet states and pull its forces back from the eastern European countries that joined the alliance after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg, who delivered the alliance's own reply the same day, said the allies were ready to listen to Russia's concerns but would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Moscow denies planning an invasion, but Washington has repeatedly urged Russia to pull back the more than 100,000 troops it has gathered near Ukraine's frontier.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("The Kremlin got what it expected: a polite no on the big things and an invitation to haggle over the small ones,", "konstantin-veretennikov", 1, "Konstantin Veretennikov", "", "", 1, ""),
 ("The question now is whether Putin considers the small things worth his while,", "konstantin-veretennikov", 1, "he", "", "", 1, ""),
]

L["izvestia-2022-01-11-ryabkov-half-solutions"] = [
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-11"),
 ("According to him, the key thing for Moscow remains the refusal of the alliance from the further expansion, including at the expense of Ukraine and Georgia.", "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, "2022-01-11"),
 ("According to him, the key thing for Moscow remains the refusal of the alliance from the further expansion, including at the expense of Ukraine and Georgia.", "sergei-ryabkov", 1, "him", "no-ukraine-membership", "supports", 0, "2022-01-11"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The Americans are ready to talk about the deployment of intermediate-range missiles and about the parameters of exercises, but these are not priority questions for us. We will not allow that the main topics are drowned in the secondary ones", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-11"),
 ("The Americans are ready to talk about the deployment of intermediate-range missiles and about the parameters of exercises, but these are not priority questions for us. We will not allow that the main topics are drowned in the secondary ones", "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-11"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the North Atlantic alliance", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the North Atlantic alliance", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("According to her, the American delegation also called on Russia to de-escalate and to return the troops which are gathered near the Ukrainian border to the places of permanent deployment.", "wendy-sherman", 1, "her", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Ryabkov rejected this American demand as unacceptable in the conversation with \"Izvestia\".", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-11"),
 ("We are on our own territory, and nobody will dictate to us where to hold our units and how to conduct our exercises", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-11"),
 ("We are on our own territory, and nobody will dictate to us where to hold our units and how to conduct our exercises", "sergei-ryabkov", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-11"),
 ("We will not make any conclusions before the meetings in Brussels and in Vienna are over", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-11"),
 ("The West has no intention to cancel the Bucharest decisions of 2008, and in Moscow this is understood perfectly well", "viktor-malinin", 1, "Viktor Malinin", "rescind-bucharest-2008", "mentions", 1, ""),
 ("According to the expert, the talks nevertheless make sense, since the sides can agree on so-called secondary topics — missiles, the transparency of manoeuvres and the incidents at sea and in the air.", "viktor-malinin", 1, "the expert", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("According to the expert, the talks nevertheless make sense, since the sides can agree on so-called secondary topics — missiles, the transparency of manoeuvres and the incidents at sea and in the air.", "viktor-malinin", 1, "the expert", "limit-military-exercises", "mentions", 0, ""),
 ("This is not what Moscow asked for, but this is what can realistically be obtained in the next months", "viktor-malinin", 1, "he", "", "", 1, ""),
 ("Even the fact that Washington sat down at the table with our text on the table is already a result", "galina-yermolenko-sand", 1, "she", "", "", 1, ""),
]

SD = "2022-01-26"
L["state-department-2022-01-26-department-press-briefing"] = [
 ("Earlier today, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. As the Secretary said a short while ago, it sets out a serious diplomatic path should Russia choose it. It addresses the concerns Russia has raised, including on the placement of offensive missile systems in Europe and on transparency and notification around military exercises, and it lays out our own concerns about Russia's actions.", "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, SD),
 ("Earlier today, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. As the Secretary said a short while ago, it sets out a serious diplomatic path should Russia choose it. It addresses the concerns Russia has raised, including on the placement of offensive missile systems in Europe and on transparency and notification around military exercises, and it lays out our own concerns about Russia's actions.", "ned-price", 1, "MR PRICE", "limit-military-exercises", "mentions", 1, SD),
 ("We have been equally clear about what is not on the table. The principle of NATO's open door is not up for negotiation. No country gets to dictate to another which alliances it may seek to join.", "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, SD),
 ("We have been equally clear about what is not on the table. The principle of NATO's open door is not up for negotiation. No country gets to dictate to another which alliances it may seek to join.", "ned-price", 1, "MR PRICE", "nato-non-expansion", "rejects", 1, SD),
 ("And we continue to call on Moscow to de-escalate, to pull back the more than 100,000 troops it has amassed along Ukraine's borders, and to choose the path of diplomacy over confrontation.", "ned-price", 1, "MR PRICE", "russia-de-escalation", "supports", 1, SD),
 ("With that, happy to take your questions.", "ned-price", 1, "MR PRICE", "", "", 1, SD),
 ("We are not going to release the document publicly. We think diplomacy has the best chance to succeed if we give it some space behind closed doors. We have shared it with our Allies and partners, including with Ukraine, and we would expect Moscow to treat it the same way.", "ned-price", 1, "MR PRICE", "", "", 1, SD),
 ("Our position on that has not changed, and it will not change. Decisions about Ukraine's membership are for Ukraine and for the 30 NATO Allies, and for no one else. Moscow asked for a guarantee that Ukraine will never be admitted; that is not something we are going to give.", "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, SD),
 ("Our position on that has not changed, and it will not change. Decisions about Ukraine's membership are for Ukraine and for the 30 NATO Allies, and for no one else. Moscow asked for a guarantee that Ukraine will never be admitted; that is not something we are going to give.", "ned-price", 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, SD),
 ("Our position on that has not changed, and it will not change. Decisions about Ukraine's membership are for Ukraine and for the 30 NATO Allies, and for no one else. Moscow asked for a guarantee that Ukraine will never be admitted; that is not something we are going to give.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Let me be very clear: we will not withdraw our forces from the territory of our Allies, and we will not create two classes of membership within the Alliance. What the Alliance has done on its eastern flank is defensive, and it is proportionate to the threat that Russia has created.", "ned-price", 1, "MR PRICE", "rollback-to-1997", "rejects", 1, SD),
 ("There is no deadline on our end. The ball is now in Russia's court. We are prepared to move forward where there is room for reciprocal steps, on arms control, on transparency, on risk reduction, and we are prepared to do so quickly.", "ned-price", 1, "MR PRICE", "", "", 1, SD),
 ("We have said for some time that we see value in regular, predictable communication between our militaries, including to avoid incidents and miscalculation. That is something we are open to exploring, on a reciprocal basis.", "ned-price", 1, "MR PRICE", "resume-military-dialogue", "mentions", 1, SD),
 ("We have been in lockstep with our Ukrainian partners throughout. The Secretary spoke with Foreign Minister Kuleba yesterday, and the document reflects input from Ukraine and from our European Allies.", "ned-price", 1, "MR PRICE", "", "", 1, SD),
 ("It is not Washington that has moved more than 100,000 troops to the border of a sovereign neighbor. It is not Washington that has moved units from the Far East into Belarus. If Moscow wants to lower the temperature, it knows exactly what it can do: send those forces back to their barracks.", "ned-price", 1, "MR PRICE", "russia-de-escalation", "supports", 1, SD),
 ("Let's stay on this for just a moment, and then we'll move on.", "ned-price", 1, "MR PRICE", "", "", 1, SD),
 ("I am not going to get ahead of the document's contents. What I can say is that we have put forward ideas on reciprocal transparency measures regarding offensive missile systems, and that we believe there is an area where progress can be made if Russia engages seriously.", "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, SD),
]

KI = "2022-01-21"
KUL = "Nothing about Ukraine without Ukraine. No one will decide for us whether we join NATO or not; this is our sovereign choice, and our partners understand it,"
DOV = "Russia wants the West to sign away the Bucharest promise and turn us into a buffer zone. That is not diplomacy, that is blackmail,"
L["kyiv-independent-2022-01-21-blinken-lavrov-geneva"] = [
 ("U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met in Geneva on Jan. 21 for about 90 minutes, agreeing to keep talking but reporting no breakthrough on Russia's demands that NATO close its doors to Ukraine.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We didn't expect a breakthrough today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, KI),
 ("Blinken said he had warned Lavrov that any Russian forces crossing Ukraine's border would be met with a \"swift, severe\" response, and he again called on Moscow to pull its troops back from the border.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, KI),
 ("We expect that next week we will receive a written response to all of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, KI),
 ("The Russian minister dismissed the Western argument that every country is free to choose its alliances, saying that the principle is limited by the commitment, signed by all members of the OSCE, not to strengthen one's own security at the expense of others.", "sergei-lavrov", 1, "The Russian minister", "nato-open-door", "rejects", 0, KI),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "Lavrov", "", "", 1, KI),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, KI),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, KI),
 ("The strength of Ukraine is in its army and in its partners,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-19"),
 (DOV, "iryna-dovhan-stepaniuk", 1, "Iryna Dovhan-Stepaniuk", "rescind-bucharest-2008", "rejects", 1, ""),
 (DOV, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("If our partners give in on this once, the Kremlin will come back for more – first for Ukraine, then for the Baltics,", "iryna-dovhan-stepaniuk", 1, "she", "rescind-bucharest-2008", "rejects", 1, ""),
 ("For now, Washington has kept its word and has not traded anything away. But the pressure to offer Moscow something will only grow as the troops stay where they are,", "mykola-bielieskov", 1, "Bielieskov", "", "", 1, ""),
]

GRU = "The situation is very dangerous. We need a legally enshrined commitment that the alliance will stop moving towards our borders,"
CAR = "Carpenter said Washington was willing to discuss reciprocal limits on the size and scope of exercises and on missile deployments, but only if Russia pulled back the forces it has gathered around Ukraine."
DRAFTS = "What Moscow wants has not changed since 17 December, when its foreign ministry published two draft treaties demanding a halt to Nato enlargement, the withdrawal of allied forces from the countries that joined after 1997 and sharp limits on military drills near Russia\u2019s borders."
VAI = "Jonas Vaitkevi\u010dius, a former Lithuanian deputy defence minister, said the demand to keep Ukraine permanently out of Nato was the one item Vladimir Putin genuinely cared about."
OPEN = "For now, the answer from Washington and Brussels is the same: Ukraine\u2019s future is for Ukraine to decide."
L["guardian-2022-01-13-week-of-talks-analysis"] = [
 (DRAFTS, "russian-foreign-ministry", 0, "its foreign ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DRAFTS, "russian-foreign-ministry", 0, "its foreign ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (DRAFTS, "russian-foreign-ministry", 0, "its foreign ministry", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies had made clear they would not pull back troops or infrastructure from members in eastern Europe, and that they would never accept a \u201csecond-class\u201d membership for countries on the alliance\u2019s eastern flank.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (GRU, "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 (GRU, "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("Without a constructive response in a reasonable time frame, we will be forced to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 (CAR, "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 (CAR, "michael-carpenter", 1, "Carpenter", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 (CAR, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("I see no grounds to sit down in the coming days, to gather again and start the same discussions,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Moscow has set out maximalist demands it knows cannot be met, which is precisely why they are useful to it,", "fiona-adeyemi-clarke", 1, "Dr Fiona Adeyemi-Clarke", "", "", 1, ""),
 ("A refusal can be presented at home as proof that the west never wanted to listen.", "fiona-adeyemi-clarke", 1, "Dr Fiona Adeyemi-Clarke", "", "", 1, ""),
 (VAI, "jonas-vaitkevicius", 1, "Jonas Vaitkevi\u010dius", "no-ukraine-membership", "mentions", 0, ""),
 (VAI, "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 0, ""),
 ("If the alliance ever gives way on Ukraine, it will not be because of a treaty \u2013 it will be because of tanks.", "jonas-vaitkevicius", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (OPEN, "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 (OPEN, "nato", 0, "Brussels", "nato-open-door", "supports", 0, ""),
]

AC = "2022-01-26"
INTRO = "Moscow has demanded, among other things, that NATO stop enlarging and pull its forces out of the alliance's eastern members, and it has surrounded Ukraine on three sides with troops while it waits."
KLB1 = "The most important thing about today's replies is what they refuse to do. Washington and its allies have declined to promise that Ukraine and Georgia will be kept out of NATO forever, and they were right to decline. The alliance does not have the authority to bargain away the choices of sovereign nations, and it should never pretend otherwise."
KLB2 = "That said, the allies should be honest with Kyiv: an open door is not an invitation, and no one expects Ukraine to join in the next decade. Both things can be true at once."
AM1 = "The Kremlin will pocket every concession it can get on missiles and exercises and then declare that its \"main concerns\" were ignored. Sergei Lavrov has already told us which ones matter to him: non-enlargement and keeping strike weapons away from Russia's borders."
AM1L = "Sergei Lavrov has already told us which ones matter to him: non-enlargement and keeping strike weapons away from Russia's borders."
AM2 = "Moscow does not really expect the West to roll NATO back to its 1997 borders. That demand was written to be refused. The more interesting question is whether the Kremlin will now insist on a legally binding treaty for the secondary issues too, which would let it drag out talks for months while keeping its forces in place."
AM2R = "Moscow does not really expect the West to roll NATO back to its 1997 borders."
TW1 = "There is real substance to work with here. A reciprocal, verifiable moratorium on ground-launched intermediate-range missiles in Europe would serve our security as much as Russia's, and Washington should pursue it whatever happens on the rest of the agenda."
TW2 = "The same goes for restoring regular contacts between the militaries. The lack of a working channel between Russian and NATO commanders is a danger in itself, and reopening it costs the alliance nothing. What the United States must not do is accept limits on exercises on allied territory that apply to NATO but not to Russia's own enormous drills in Belarus."
RO1 = "Whatever the documents say, the answer that matters will come from the Russian General Staff, not from the Foreign Ministry. More than a hundred thousand troops are still in position, and more are moving into Belarus."
RO2 = "Western leaders have rightly made Russian de-escalation the test of Moscow's sincerity. Until those battalion tactical groups go back to their bases, every conversation about treaties is a conversation held at gunpoint."
L["atlantic-council-2022-01-26-experts-react-written-answers"] = [
 (INTRO, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (INTRO, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (KLB1, "karen-lindqvist-baird", 1, "Karen Lindqvist-Baird", "no-ukraine-membership", "rejects", 1, AC),
 (KLB1, "karen-lindqvist-baird", 1, "Karen Lindqvist-Baird", "nato-open-door", "supports", 1, AC),
 (KLB2, "karen-lindqvist-baird", 1, "Karen Lindqvist-Baird", "nato-open-door", "mentions", 1, AC),
 (AM1, "anatol-mirenko", 1, "Anatol Mirenko", "no-intermediate-range-missiles", "mentions", 1, AC),
 (AM1, "anatol-mirenko", 1, "Anatol Mirenko", "limit-military-exercises", "mentions", 1, AC),
 (AM1, "anatol-mirenko", 1, "Anatol Mirenko", "nato-non-expansion", "mentions", 1, AC),
 (AM1, "anatol-mirenko", 1, "Anatol Mirenko", "no-strike-weapons-near-borders", "mentions", 1, AC),
 (AM1L, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 (AM1L, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, ""),
 (AM2, "anatol-mirenko", 1, "Anatol Mirenko", "rollback-to-1997", "mentions", 1, AC),
 (AM2, "anatol-mirenko", 1, "Anatol Mirenko", "written-legal-guarantees", "mentions", 1, AC),
 (AM2R, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (TW1, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-intermediate-range-missiles", "supports", 1, AC),
 (TW2, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "resume-military-dialogue", "supports", 1, AC),
 (TW2, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "limit-military-exercises", "rejects", 1, AC),
 (RO1, "rachel-okonkwo-hale", 1, "Rachel Okonkwo-Hale", "", "", 1, AC),
 (RO2, "rachel-okonkwo-hale", 1, "Rachel Okonkwo-Hale", "russia-de-escalation", "supports", 1, AC),
]

EP = "2022-01-19"
JB = "josep-borrell-fontelles"
JBN = "Josep Borrell Fontelles"
B1 = "Madam President, honourable Members, the massing of more than 100 000 Russian soldiers around Ukraine is the most serious threat to security on our continent since the end of the Cold War. Russia must de-escalate, and it must do so now, in a verifiable way."
B2 = "The draft treaties that Moscow presented last month ask us to accept spheres of influence, to give up the right of sovereign states to choose their alliances and to withdraw from the territory of our own Member States. This is not acceptable. The European security order is not negotiable, and it will not be negotiated without the European Union at the table."
B2R = "The draft treaties that Moscow presented last month ask us to accept spheres of influence, to give up the right of sovereign states to choose their alliances and to withdraw from the territory of our own Member States."
B3 = "I have just come back from Kyiv and from the line of contact in Donbas. What I saw there is a country that wants peace and is ready for dialogue, but not for capitulation."
B4 = "We are in full coordination with the United States and with NATO ahead of the written answers that will be given to Moscow. We stand ready to discuss arms control, transparency and risk reduction on a basis of reciprocity, and at the same time we are preparing, together with our partners, a package of massive consequences if Russia chooses aggression."
WL = "Madam President, High Representative, in 2008 in Bucharest, NATO told Ukraine and Georgia that they would one day become members. Putin now wants this promise torn up, as if the sovereignty of two nations were a chip on his poker table. We must not give him the Bucharest decision as a New Year present. Ukraine's path to NATO is for Ukrainians to decide, and for no one in Moscow."
WLP = "Putin now wants this promise torn up, as if the sovereignty of two nations were a chip on his poker table."
MH = "Madam President, we should not be naive, but we also should not close the door to talks. If Moscow is serious about limiting military exercises near the borders and about the missiles that threaten European cities, those are topics on which Europe has an interest of its own and must have a voice of its own."
MHR = "If Moscow is serious about limiting military exercises near the borders and about the missiles that threaten European cities"
PD = "Madame la Présidente, let us be frank. Russia has legitimate security interests, and this House never wants to hear them. A neutral Ukraine, outside of any military bloc, would be safer for everybody, including for the Ukrainians themselves."
EV = "Madam President, colleagues, the Kremlin wants a written, legally binding veto over its neighbours. We should answer in writing too: no veto, no spheres of influence and full support for Ukraine's sovereignty and its right to choose its friends."
EVR = "the Kremlin wants a written, legally binding veto over its neighbours."
JK1 = "Madam President, my country knows what it means when Moscow decides that it has 'legitimate interests' in our territory. We remember 1968. No one should ask Poland, the Baltic states or Romania to go back to being a grey zone, and no one should ask the allied soldiers who protect them to go home."
JK2 = "There are no American missiles a few minutes from Moscow. There are Russian missiles in Kaliningrad a few minutes from Warsaw, Vilnius and Berlin."
LB = "Madam President, diplomacy is not weakness. The talks in Geneva, Brussels and Vienna must continue, but dialogue cannot mean that we discuss the fate of Ukraine without Ukraine. And the first step must come from the side that has moved the troops: Moscow must send them back."
B5 = "Madam President, thank you for this debate, which shows a broad unity in this House. Let me say it once more: there will be no deal on European security that is concluded over the heads of Europeans, and no deal that closes the door to any European democracy that wishes to open it."
L["european-parliament-2022-01-19-plenary-russia-security-ukraine"] = [
 (B1, JB, 1, JBN, "russia-de-escalation", "supports", 1, EP),
 (B2, JB, 1, JBN, "nato-non-expansion", "rejects", 1, EP),
 (B2, JB, 1, JBN, "nato-open-door", "supports", 1, EP),
 (B2, JB, 1, JBN, "rollback-to-1997", "rejects", 1, EP),
 (B2R, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (B2R, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (B3, JB, 1, JBN, "", "", 1, EP),
 (B4, JB, 1, JBN, "", "", 1, EP),
 (WL, "radoslaw-wisniewski-lenz", 1, "Radosław Wiśniewski-Lenz", "rescind-bucharest-2008", "rejects", 1, EP),
 (WL, "radoslaw-wisniewski-lenz", 1, "Radosław Wiśniewski-Lenz", "nato-open-door", "supports", 1, EP),
 (WLP, "vladimir-putin", 1, "Putin", "rescind-bucharest-2008", "supports", 0, ""),
 (MH, "margarethe-holm", 1, "Margarethe Holm", "limit-military-exercises", "mentions", 1, EP),
 (MH, "margarethe-holm", 1, "Margarethe Holm", "no-intermediate-range-missiles", "mentions", 1, EP),
 (MHR, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (MHR, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (PD, "pierre-yves-delacroix", 1, "Pierre-Yves Delacroix", "no-ukraine-membership", "supports", 1, EP),
 (EV, "elina-vaara", 1, "Elina Vaara", "nato-non-expansion", "rejects", 1, EP),
 (EV, "elina-vaara", 1, "Elina Vaara", "nato-open-door", "supports", 1, EP),
 (EVR, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (EVR, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (JK1, "jaromir-kundera", 1, "Jaromír Kundera", "rollback-to-1997", "rejects", 1, EP),
 (JK2, "jaromir-kundera", 1, "Jaromír Kundera", "no-intermediate-range-missiles", "mentions", 1, EP),
 (LB, "lukas-brennecke", 1, "Lukas Brennecke", "russia-de-escalation", "supports", 1, EP),
 (B5, JB, 1, JBN, "nato-open-door", "supports", 1, EP),
 (B5, JB, 1, JBN, "nato-non-expansion", "rejects", 1, EP),
]

write_gold(L, "articles-320", "gold-320")
