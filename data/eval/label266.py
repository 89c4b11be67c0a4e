#!/usr/bin/env python3
"""Writes the held-out gold of batch 266 (gold-266/*.nq) from the labels below.

Batch 266 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- axios-2022-01-26-us-written-response-russia: Axios "smart brevity" story
  (crossheads "Why it matters:", bullets), partial quotes inside reported
  speech, an anonymous official, Russia's demands summarised by the writer,
  Baker-Gorbachev 1990 flashback that is not labelled.
- financial-times-2022-01-12-nato-russia-council: FT news story with curly
  quotes and standfirst, a quote running over two sentences, a quotation
  fragment inside reported speech, Moscow's demand attributed in passing
  inside a Lithuanian diplomat's quote, Founding Act / Bucharest background.
- vedomosti-2022-01-27-lavrov-main-question: Vedomosti machine-translated
  (UTF-8 BOM, CRLF, « » quotes with em-dash attributions, awkward word
  order), "on Wednesday evening" resolving to the day before publication,
  a paragraph summarising the draft treaties (document, not labelled).
- kyiv-post-2022-01-21-blinken-lavrov-geneva: Kyiv Post story with "Read also"
  link lines, Zelensky "on Thursday" (the day before), an analyst's indirect
  speech over two sentences ("Rather, she said, ..."), a short quote under
  six words, Bucharest 2008 background.
- czech-chamber-of-deputies-2022-01-19-security-guarantees-debate: stenographic
  record in translation; each speech paragraph is a direct quotation; the
  chair is treated like a host; stage directions excluded; rhetorical
  questions from an opposition MP; Czech diacritics in names.
- us-mission-osce-2022-01-13-carpenter-permanent-council: US Mission to the
  OSCE statement as delivered by Ambassador Carpenter, no quotation marks at
  all (each paragraph one direct quotation by him), offers to discuss
  (mentions) beside refusals, Russia's draft summarised in passing.
- eastern-flank-podcast-2022-02-03-what-the-answers-said: podcast transcript
  with speaker labels, recorded the day before publication (Wednesday
  2 February), guests reporting Putin's "Tuesday" words (1 February),
  analysts who mostly mention and once reject in their own voice; the
  host's questions are not labelled.

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

Writer's notes: in same-day news stories (Axios, FT, Vedomosti, Kyiv Post)
quotations given to the outlet without a named day are dated the publication
day; the podcast guests' words are dated the recording day. An explicit
"no veto / Ukraine decides which alliance to join" is labelled both
nato-open-door (supports) and no-ukraine-membership (rejects); the general
"every nation chooses its path" only nato-open-door.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

AX = "2022-01-26"
L["axios-2022-01-26-us-written-response-russia"] = [
 ("The U.S. on Wednesday delivered its written response to Russia's sweeping security demands, with Secretary of State Antony Blinken telling reporters the document makes no concessions on NATO membership.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, AX),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, AX),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, AX),
 ("Blinken said the response lays out possible reciprocal steps on where offensive missiles can be placed in Europe and on transparency around military drills, but only if Moscow first steps back from its build-up around Ukraine.",
  "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, AX),
 ("Blinken said the response lays out possible reciprocal steps on where offensive missiles can be placed in Europe and on transparency around military drills, but only if Moscow first steps back from its build-up around Ukraine.",
  "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, AX),
 ("Blinken said the response lays out possible reciprocal steps on where offensive missiles can be placed in Europe and on transparency around military drills, but only if Moscow first steps back from its build-up around Ukraine.",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, AX),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, AX),
 ("Moscow has demanded an ironclad, legally binding pledge that Ukraine will never be admitted to NATO and that the alliance pull its troops and weapons out of the countries that joined after the Cold War.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has demanded an ironclad, legally binding pledge that Ukraine will never be admitted to NATO and that the alliance pull its troops and weapons out of the countries that joined after the Cold War.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has demanded an ironclad, legally binding pledge that Ukraine will never be admitted to NATO and that the alliance pull its troops and weapons out of the countries that joined after the Cold War.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not jump to conclusions right away,", "dmitry-peskov", 1, "Peskov", "", "", 1, AX),
 ("Deputy Foreign Minister Sergei Ryabkov, who led Russia's delegation in Geneva, told the Interfax news agency earlier Wednesday that Moscow would not accept any answer that sidesteps its core demand of halting NATO's march toward Russia's borders.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, AX),
 ("If the answer is 'no' on the main point, we will draw our own conclusions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, AX),
 ("NATO Secretary General Jens Stoltenberg said the alliance's letter offers to reopen the NATO and Russian missions in Brussels and Moscow that were shut last year and to restore hotlines between military commanders to avoid accidents.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, AX),
 ("We cannot compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, AX),
 ("nothing that would surprise anyone who has been listening to us for the past two months.", "united-states", 0, "One senior administration official", "", "", 1, AX),
 ("basically answered the questions Russia didn't ask and ignored the ones it did.", "miriam-okafor-lind", 1, "Miriam Okafor-Lind", "", "", 1, AX),
 ("Nobody in Washington was ever going to sign away Ukraine's right to apply, and Putin knows it,", "miriam-okafor-lind", 1, "she", "no-ukraine-membership", "mentions", 1, AX),
 ("Nobody in Washington was ever going to sign away Ukraine's right to apply, and Putin knows it,", "miriam-okafor-lind", 1, "she", "nato-open-door", "mentions", 1, AX),
 ("The question now is whether he wants a face-saving deal on missiles and exercises or a pretext.", "miriam-okafor-lind", 1, "she", "no-intermediate-range-missiles", "mentions", 1, AX),
 ("The question now is whether he wants a face-saving deal on missiles and exercises or a pretext.", "miriam-okafor-lind", 1, "she", "limit-military-exercises", "mentions", 1, AX),
]

FT = "2022-01-12"
ft_lede = "Nato and Russia failed to narrow their differences over European security at their first formal meeting in more than two years, as the alliance rejected Moscow’s demands for a halt to its eastward enlargement while offering talks on arms control and military transparency."
ft_disc = "ready to sit down and discuss arms control, including on missiles, and greater transparency around military exercises"
ft_gru = "It is absolutely necessary that Nato’s expansion stops, and we need guarantees of that which are legally binding and not just words,"
ft_rag = "Moscow wants us to pack up and go home from Vilnius, Riga and Tallinn, and that is simply not going to happen,"
ft_off = "Several Nato officials said they had been struck by the Russian delegation’s refusal to discuss specifics of the proposals the alliance put forward, including on reciprocal limits on exercises near borders."
ft_sap = "He said that the real question was whether Moscow would treat the offers on missiles and exercises as a starting point."
L["financial-times-2022-01-12-nato-russia-council"] = [
 (ft_lede, "nato", 0, "the alliance", "nato-non-expansion", "rejects", 0, FT),
 (ft_lede, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("There are significant differences between Nato allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, FT),
 ("Our differences will not be easy to bridge, but it is a positive sign that all Nato allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, FT),
 ("Stoltenberg said allies had been united in refusing to give Moscow a say over the alliance’s membership.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, FT),
 ("Russia does not have a veto over whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, FT),
 ("Russia does not have a veto over whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, FT),
 (ft_disc, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 1, FT),
 (ft_disc, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 1, FT),
 ("Wendy Sherman, the US deputy secretary of state, who led Washington’s delegation, said Russia would need to pull back the forces it had concentrated around Ukraine if it wanted the diplomatic process to produce results.",
  "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, FT),
 ("We will not allow anyone to slam closed Nato’s open-door policy,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, FT),
 (ft_gru, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, FT),
 (ft_gru, "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, FT),
 ("Grushko said Moscow also wanted the alliance to withdraw the troops and weaponry it had deployed on the territory of members that joined after 1997, a demand that would affect Poland, the Baltic states and much of central Europe.",
  "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, FT),
 (ft_rag, "tomas-ragauskas", 1, "Tomas Ragauskas", "rollback-to-1997", "rejects", 1, FT),
 (ft_rag, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (ft_off, "nato", 0, "Several Nato officials", "limit-military-exercises", "mentions", 0, FT),
 ("The Kremlin packaged its maximalist wish list as a take-it-or-leave-it offer, and the west has politely declined to take it,", "oleg-sapozhnikov", 1, "he", "", "", 1, FT),
 (ft_sap, "oleg-sapozhnikov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, FT),
 (ft_sap, "oleg-sapozhnikov", 1, "He", "limit-military-exercises", "mentions", 0, FT),
 ("If Putin wants a deal, there is a deal to be had on the second-tier issues. If he wants the first-tier issues or nothing, then it’s nothing,", "oleg-sapozhnikov", 1, "Sapozhnikov", "", "", 1, FT),
]

VD = "2022-01-27"
vd_lav = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and deployment of shock weapons which could threaten the territory of the Russian Federation"
vd_pes = "At the same time he noted that on the key issue — the non-expansion of the alliance — Washington took the Russian concerns into account very little, and that the work with the text will need some time."
vd_zak = "Guarantees must be fixed legally, on paper and with signatures, and not be promises on the word, which the West already gave in 1990 and then forgot"
vd_gl1 = "The expert of the Russian Council on International Affairs Pavel Glebovich considers that the answer of Washington shows readiness to discuss the placement of medium-range missiles and the limitation of exercises near the borders, that is what Moscow itself offered back in 2019 and 2020."
vd_gl2 = "But the demand about the return of NATO to the configuration of 1997, in his opinion, nobody in the West seriously considered, and in Moscow this understood from the beginning."
L["vedomosti-2022-01-27-lavrov-main-question"] = [
 (vd_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, VD),
 (vd_lav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, VD),
 ("There is a reaction which allows to count on the beginning of a serious conversation, but on secondary questions", "sergei-lavrov", 1, "the minister", "", "", 1, VD),
 (vd_pes, "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 0, VD),
 (vd_zak, "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, "2022-01-26"),
 (vd_zak, "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("If Ukraine will be dragged into the alliance, Russia will have to answer by military-technical measures, this is not a threat but a statement of fact", "vladimir-krutikhin", 1, "Vladimir Krutikhin", "no-ukraine-membership", "supports", 1, VD),
 ("has to understand that the red lines are red lines", "vladimir-krutikhin", 1, "him", "", "", 1, VD),
 (vd_gl1, "pavel-glebovich", 1, "Pavel Glebovich", "no-intermediate-range-missiles", "mentions", 0, VD),
 (vd_gl1, "pavel-glebovich", 1, "Pavel Glebovich", "limit-military-exercises", "mentions", 0, VD),
 (vd_gl1, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (vd_gl1, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (vd_gl2, "pavel-glebovich", 1, "his", "rollback-to-1997", "mentions", 0, VD),
 ("The Russian side set the bar very high deliberately in order to receive at least something. Now the question is whether the Kremlin will agree to consider a half of loaf as the victory", "pavel-glebovich", 1, "Glebovich", "", "", 1, VD),
 ("there are no positions that would contradict the interests of Ukraine", "dmytro-kuleba", 1, "Dmitry Kuleba", "", "", 1, VD),
]

KP = "2022-01-21"
kp_bl = "Blinken said the United States would give Russia its ideas in writing next week, and that Washington had made clear to Lavrov that Moscow must pull back the forces it had gathered on Ukraine's doorstep if it was serious about diplomacy."
kp_bl2 = "We will not trade away the principle that Ukraine, like every other country, gets to pick its own partners,"
kp_ku = "Ukraine will decide for itself which alliances to join, and no meeting in Geneva or anywhere else will change that,"
kp_b1 = "said the Kremlin's real target is not a formal ban on Ukraine's NATO membership, which she noted is not on the table for years anyway."
kp_b2 = "Rather, she said, Moscow wants the United States and its allies to stop sending weapons and military instructors to Ukraine."
L["kyiv-post-2022-01-21-blinken-lavrov-geneva"] = [
 ("U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met for 90 minutes in Geneva on Jan. 21 and agreed to continue talking, but neither side signaled any movement on the core issue dividing them – Russia's demand that Ukraine be barred from NATO forever.",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, KP),
 (kp_bl, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, KP),
 (kp_bl2, "antony-blinken", 1, "he", "nato-open-door", "supports", 1, KP),
 (kp_bl2, "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, KP),
 ("We will understand that when we receive the American response on paper,", "sergei-lavrov", 1, "he", "", "", 1, KP),
 ("The Russian minister repeated that troop movements on Russia's own territory were nobody else's business and dismissed Western calls to send the units back to their bases.",
  "sergei-lavrov", 1, "The Russian minister", "russia-de-escalation", "rejects", 0, KP),
 (kp_ku, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, KP),
 (kp_ku, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, KP),
 ("President Volodymyr Zelensky, in his nightly video address on Thursday, said that Ukraine's course toward membership in the European Union and NATO is irreversible and written into the country's Constitution.",
  "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-20"),
 ("Roman Tkachuk-Lysenko, a member of parliament from the ruling Servant of the People party who sits on the national security committee, said any compromise on enlargement would embolden the Kremlin.",
  "roman-tkachuk-lysenko", 1, "Roman Tkachuk-Lysenko", "nato-non-expansion", "rejects", 0, KP),
 ("If the West ever agrees to freeze NATO enlargement to please Putin, it will be a new Munich,", "roman-tkachuk-lysenko", 1, "Tkachuk-Lysenko", "nato-non-expansion", "rejects", 1, KP),
 ("And Ukraine will be the Czechoslovakia of this story.", "roman-tkachuk-lysenko", 1, "Tkachuk-Lysenko", "", "", 1, KP),
 ("Iryna Bondarchuk, an analyst at the Kyiv-based Institute for Euro-Atlantic Studies, " + kp_b1, "iryna-bondarchuk", 1, "Iryna Bondarchuk", "no-ukraine-membership", "mentions", 0, KP),
 (kp_b2, "iryna-bondarchuk", 1, "she", "no-military-activity-ex-soviet", "mentions", 0, KP),
 (kp_b2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("What Russia fears is a Ukrainian army that is trained and armed to NATO standards, whether or not Ukraine is in NATO.", "iryna-bondarchuk", 1, "Bondarchuk", "no-military-activity-ex-soviet", "mentions", 1, KP),
]

CZ = "2022-01-19"
cz_l1 = "Thank you, Madam Chair. Ladies and gentlemen, allow me to inform the Chamber about the course of last week's negotiations between the Russian Federation, the United States and the North Atlantic Alliance, which took place in Geneva, in Brussels and in Vienna, and about the position the Government took in the Alliance."
cz_l2 = "The Russian side has demanded that NATO commit never to admit any new members and that it withdraw allied forces from the states which joined after 1997, and that list, I remind you, includes the Czech Republic. I want to say it quite clearly from this rostrum: these demands are unacceptable for the Government of the Czech Republic. We are not going back to a grey zone between East and West, we were there once and we know how it ended."
cz_l2r = "The Russian side has demanded that NATO commit never to admit any new members and that it withdraw allied forces from the states which joined after 1997, and that list, I remind you, includes the Czech Republic."
cz_l3 = "Our position is that every sovereign state, Ukraine included, has the right to choose its own security arrangements, and that Moscow has no say in the decisions of the Alliance. At the same time the Government supports dialogue, including on transparency and on limiting military exercises, but only if Russia withdraws the troops it has concentrated on the Ukrainian border. Thank you for your attention."
cz_h1 = "Madam Chair, Minister, members of the Government, colleagues. I have listened carefully to the Minister, and I have a question. Why should Czech soldiers die for Ukraine? Who asked the Czech citizens?"
cz_h2 = "The Russians are saying openly that they do not want American missiles and NATO bases right next to their border. Is that so unreasonable? Would the Americans tolerate Russian missiles in Mexico or in Cuba? We all remember how that ended in 1962."
cz_h2r = "The Russians are saying openly that they do not want American missiles and NATO bases right next to their border."
cz_h3 = "I say that the Czech Republic should support a neutral status for Ukraine, the way Austria or Finland stayed outside the blocs, and that would calm the whole situation. Instead, this Government wants to send ammunition to Kyiv and pour oil on the fire."
cz_d1 = "Thank you for the floor. Colleague Hrabal has just repeated, almost word for word, the talking points that we read every day on Russian state television. I would remind him that Austria chose its neutrality itself in 1955; nobody imposed it from Moscow with a hundred thousand soldiers standing at the border."
cz_d2 = "Ukraine must be able to decide for itself whether it wants to join the Alliance or not, and neither Prague nor Moscow will decide that for it. That is the whole point of the sovereignty we fought for in 1989."
cz_c1 = "Very briefly. Nobody will dictate to us where allied soldiers may be stationed, not on our territory and not on the territory of our allies. A withdrawal of NATO to the lines of 1997 is out of the question, and I said the same to our Polish and Slovak colleagues on Monday."
L["czech-chamber-of-deputies-2022-01-19-security-guarantees-debate"] = [
 (cz_l1, "jan-lipavsky", 1, "Jan Lipavský", "", "", 1, CZ),
 (cz_l2, "jan-lipavsky", 1, "Jan Lipavský", "nato-non-expansion", "rejects", 1, CZ),
 (cz_l2, "jan-lipavsky", 1, "Jan Lipavský", "rollback-to-1997", "rejects", 1, CZ),
 (cz_l2r, "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, ""),
 (cz_l2r, "russia", 0, "The Russian side", "rollback-to-1997", "supports", 0, ""),
 (cz_l3, "jan-lipavsky", 1, "Jan Lipavský", "nato-open-door", "supports", 1, CZ),
 (cz_l3, "jan-lipavsky", 1, "Jan Lipavský", "no-ukraine-membership", "rejects", 1, CZ),
 (cz_l3, "jan-lipavsky", 1, "Jan Lipavský", "limit-military-exercises", "mentions", 1, CZ),
 (cz_l3, "jan-lipavsky", 1, "Jan Lipavský", "russia-de-escalation", "supports", 1, CZ),
 (cz_h1, "ondrej-hrabal", 1, "Ondřej Hrabal", "", "", 1, CZ),
 (cz_h2, "ondrej-hrabal", 1, "Ondřej Hrabal", "no-strike-weapons-near-borders", "supports", 1, CZ),
 (cz_h2r, "russia", 0, "The Russians", "no-strike-weapons-near-borders", "supports", 0, ""),
 (cz_h3, "ondrej-hrabal", 1, "Ondřej Hrabal", "no-ukraine-membership", "supports", 1, CZ),
 (cz_d1, "katerina-dvorakova", 1, "Kateřina Dvořáková", "no-ukraine-membership", "rejects", 1, CZ),
 (cz_d2, "katerina-dvorakova", 1, "Kateřina Dvořáková", "nato-open-door", "supports", 1, CZ),
 (cz_d2, "katerina-dvorakova", 1, "Kateřina Dvořáková", "no-ukraine-membership", "rejects", 1, CZ),
 (cz_c1, "jana-cernochova", 1, "Jana Černochová", "rollback-to-1997", "rejects", 1, CZ),
]

OS = "2022-01-13"
os_p2 = "Ambassador Lukashevich, in his remarks this morning, suggested that the United States and our Allies have ignored Russia's security concerns for thirty years. That is simply not the case, and the record of this Organization shows it."
os_p3 = "Over the past week, we have engaged the Russian Federation in three separate formats: the Strategic Stability Dialogue in Geneva on Monday, the NATO-Russia Council in Brussels yesterday, and here today at the Permanent Council. We came to these talks in good faith. We are prepared to discuss reciprocal limits on the size and scope of military exercises, and the future of ground-launched intermediate-range missiles in Europe, on the basis of reciprocity and with verification."
os_p4 = "But let me be equally clear about what we will not discuss. We will not negotiate away the sovereign right of any participating State to choose its own security arrangements, including to join or not to join a treaty of alliance, a principle this Organization enshrined in the Helsinki Final Act and reaffirmed in the Charter of Paris and at Istanbul in 1999. Nor will we accept a Europe divided into spheres of influence, in which one country can insist that Ukraine or Georgia remain outside of an alliance they may wish to join."
os_p5 = "Russia's draft treaty also asks the United States to forswear any military cooperation with Ukraine, Georgia, Moldova, and the states of the South Caucasus and Central Asia. This is, in effect, a demand for a veto over the foreign and defense policies of sovereign nations. It is a non-starter."
os_p5r = "Russia's draft treaty also asks the United States to forswear any military cooperation with Ukraine, Georgia, Moldova, and the states of the South Caucasus and Central Asia."
os_p6 = "Meanwhile, the Russian Federation has massed more than 100,000 troops along Ukraine's borders and in occupied Crimea, backed by tanks, artillery, and short-range ballistic missiles. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill."
os_p7 = "Russia has also refused, time and again, to use the risk-reduction mechanisms of the Vienna Document. When Ukraine invoked Chapter III last spring to request an explanation of unusual military activity, the Russian delegation did not even attend the meeting. Transparency cannot be a one-way street."
os_p8 = "We call on Russia to de-escalate: to return its forces to their regular garrisons, to cease its inflammatory rhetoric, and to choose the path of diplomacy. If Russia does so, we are ready to restore the military-to-military channels between NATO and Russia that Moscow itself closed in October."
os_p9 = "Mr. Chair, we have also heard the argument that written, legally binding guarantees are the only guarantees worth having. We take our commitments seriously. But the commitments that already bind all 57 of us, from Helsinki to Astana, are being violated today by the very State that now demands new ones."
os_p10 = "Finally, to those who say these matters should be settled between Washington and Moscow alone: nothing about Europe without Europe, and nothing about Ukraine without Ukraine. This Council, with its 57 participating States, is the proper place for that conversation, and the United States will continue to use it."
MC = ("michael-carpenter", 1, "Michael Carpenter")
L["us-mission-osce-2022-01-13-carpenter-permanent-council"] = [
 (os_p2,) + MC + ("", "", 1, OS),
 (os_p3,) + MC + ("limit-military-exercises", "mentions", 1, OS),
 (os_p3,) + MC + ("no-intermediate-range-missiles", "mentions", 1, OS),
 (os_p4,) + MC + ("nato-open-door", "supports", 1, OS),
 (os_p4,) + MC + ("no-ukraine-membership", "rejects", 1, OS),
 (os_p5,) + MC + ("no-military-activity-ex-soviet", "rejects", 1, OS),
 (os_p5r, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (os_p6,) + MC + ("", "", 1, OS),
 (os_p7,) + MC + ("", "", 1, OS),
 (os_p8,) + MC + ("russia-de-escalation", "supports", 1, OS),
 (os_p8,) + MC + ("resume-military-dialogue", "supports", 1, OS),
 (os_p9,) + MC + ("written-legal-guarantees", "rejects", 1, OS),
 (os_p10,) + MC + ("", "", 1, OS),
]

PC = "2022-02-02"
pc_a1 = "Sure. So he stood next to Viktor Orbán and, for the first time in weeks, talked about this at length. Putin said on Tuesday that the US and NATO had simply ignored Russia's three key demands: no further expansion, no strike systems near Russian borders, and NATO's military infrastructure returned to where it was in 1997. That was his list, in that order, and I think the order matters."
pc_a1r = "Putin said on Tuesday that the US and NATO had simply ignored Russia's three key demands: no further expansion, no strike systems near Russian borders, and NATO's military infrastructure returned to where it was in 1997."
pc_a2 = "And then he did something very characteristic. He said, look, Ukraine in NATO, Ukraine tries to take back Crimea by force, and then what, we go to war with NATO? He was talking to a European audience, not an American one."
pc_a2r = "He said, look, Ukraine in NATO, Ukraine tries to take back Crimea by force, and then what, we go to war with NATO?"
pc_m1 = "What's striking is how much is in there that Moscow could actually take. There's an offer on reciprocal limits for exercises near borders, there's language on ground-launched missiles in Europe, on notification of strategic bomber flights. That's real substance, and a year ago the Russians would have jumped at it."
pc_m2 = "What isn't in there is anything that gives ground on the open door. The letter says in so many words that the U.S. remains firmly committed to NATO's open-door policy. So on the thing Putin says he cares about most, the answer is no, and honestly it was always going to be no."
pc_m2r = "The letter says in so many words that the U.S. remains firmly committed to NATO's open-door policy."
pc_a3 = "I don't think they walk away, not yet. Lavrov has now sent letters to his counterparts in all the OSCE capitals asking each one individually how they understand the indivisibility of security. That's a lawyer's move. They want to show that the West signed up in Istanbul and in Astana to not strengthening its own security at the expense of others, and then broke its word."
pc_a4 = "Personally, I think the demand to pull NATO back to 1997 was a mistake from the start. It's a non-starter for the Poles and the Balts, it made the whole package look unserious, and I said so to people I know in Moscow in December. If they had led with missiles and exercises, they would have a deal by now."
pc_m3 = "I agree with Dmitri on that. And look, the other piece is the troops. You can't negotiate with a gun on the table. Washington's line is that Russia has to pull those battalion tactical groups back from the border before any of this gets signed, and I think that's the right line."
pc_m3r = "Washington's line is that Russia has to pull those battalion tactical groups back from the border before any of this gets signed, and I think that's the right line."
pc_a5 = "There are people in Moscow who would take that. There are very few people in Kyiv who would offer it."
pc_m4 = "And nobody in Washington is going to ask them to. That's the whole point of the exercise, from our side."
DA = ("dmitri-averin", 1, "Dmitri Averin")
KM = ("katherine-mullaney", 1, "Katherine Mullaney")
L["eastern-flank-podcast-2022-02-03-what-the-answers-said"] = [
 (pc_a1,) + DA + ("nato-non-expansion", "mentions", 1, PC),
 (pc_a1,) + DA + ("no-strike-weapons-near-borders", "mentions", 1, PC),
 (pc_a1,) + DA + ("rollback-to-1997", "mentions", 1, PC),
 (pc_a1r, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (pc_a1r, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (pc_a1r, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (pc_a2,) + DA + ("no-ukraine-membership", "mentions", 1, PC),
 (pc_a2r, "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 (pc_m1,) + KM + ("limit-military-exercises", "mentions", 1, PC),
 (pc_m1,) + KM + ("no-intermediate-range-missiles", "mentions", 1, PC),
 (pc_m1,) + KM + ("no-warships-aircraft-in-strike-range", "mentions", 1, PC),
 (pc_m2,) + KM + ("nato-open-door", "mentions", 1, PC),
 (pc_m2r, "united-states", 0, "the U.S.", "nato-open-door", "supports", 0, ""),
 (pc_a3,) + DA + ("", "", 1, PC),
 (pc_a4,) + DA + ("rollback-to-1997", "rejects", 1, PC),
 (pc_a4,) + DA + ("no-intermediate-range-missiles", "mentions", 1, PC),
 (pc_a4,) + DA + ("limit-military-exercises", "mentions", 1, PC),
 (pc_m3,) + KM + ("russia-de-escalation", "supports", 1, PC),
 (pc_m3r, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 (pc_a5,) + DA + ("no-ukraine-membership", "mentions", 1, PC),
 (pc_m4,) + KM + ("no-ukraine-membership", "mentions", 1, PC),
]

write_gold(L, "articles-266", "gold-266")
