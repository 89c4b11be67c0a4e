#!/usr/bin/env python3
"""Writes the held-out gold of batch 331 (gold-331/*.nq) from the labels below.

Batch 331 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-28-lavrov-no-war: Bloomberg markets-flavoured story with
  front matter, curly quotes and apostrophes, bullet standfirst, "Read more"
  link, crosshead; Lavrov interrupted quotes, a Kremlin call readout quoted,
  analysts, "U.S. officials", Stoltenberg named in passing inside Lavrov's sentence.
- kommersant-2022-01-11-geneva-ryabkov: Kommersant in stiff translation, no
  front matter (date as "11.01.2022"), UTF-8 BOM and CRLF, « » quotes with
  "», —" attribution dashes, Ryabkov/Sherman after Geneva, a Duma member, an
  expert, an anonymous delegation source, a "Let us remind" recap of the drafts.
- pentagon-2022-01-24-kirby-briefing: DoD transcript with front matter,
  speaker labels and Q: lines; Kirby's opening and answers are labelled one
  paragraph each; questions (which also name Russian demands) are not.
- kyiv-post-2022-01-13-osce-vienna-kuleba: Kyiv Post story, no front matter,
  "Jan. 13, 2022" byline date, straight quotes, a nested single-quoted term,
  an interrupted Merezhko quote, Bucharest 2008 background followed by
  Russia's demand to withdraw it, Blinken's words relayed by Kuleba.
- le-monde-2022-01-27-editorial-reponses-ecrites: Le Monde editorial in
  translation with front matter and « » quotes; the editorial voice itself is
  not labelled (no attributed speaker); Baker 1990 and the 1997 Founding Act
  are background; Blinken, Stoltenberg, Peskov, Lavrov quoted briefly.
- rusi-2022-02-02-putin-answers-commentary: RUSI commentary, no front matter,
  single quotes, en-dash asides; Putin's 1 February remarks; the author's own
  first-person analysis is not labelled; paraphrases of the Russian drafts and
  the leaked US answer, a document quotation left unlabelled.
- osce-2022-01-13-eu-statement-permanent-council: EU statement to the OSCE
  Permanent Council, numbered paragraphs (each paragraph the EU's direct
  words, labelled without its number), alignment clause unlabelled, and a
  circulated summary of the Russian reply (reported speech, speaker russia).

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

D = "2022-01-28"
s1 = "Russia won’t be the one to start a war over Ukraine, Foreign Minister Sergei Lavrov said, while insisting that the U.S. and its allies must still meet Moscow’s central demand that NATO stop expanding toward its borders."
s_grains = "Lavrov said the written responses that Washington and NATO handed over on Wednesday contained “rational grains” on secondary issues such as missile deployments and the transparency of drills, but failed on the main point."
s_main = "The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
s_aim = "The foreign minister also took aim at the argument, repeated by NATO Secretary-General Jens Stoltenberg, that every country is free to choose its own alliances."
s_readout = "Russia’s fundamental concerns, including preventing NATO expansion, not deploying strike weapons systems near Russian borders and returning the bloc’s military capabilities and infrastructure in Europe to the state of 1997."
s_tik = "Moscow still wants a written promise that NATO won’t grow, and the U.S. still says that it can’t give one."
s_bl = "Secretary of State Antony Blinken said on Wednesday the U.S. document set out “a serious diplomatic path” and proposed talks on reciprocal limits on missiles in Europe and on the scale of exercises."
L["bloomberg-2022-01-28-lavrov-no-war"] = [
 (s1, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 (s1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("If it depends on Russia, then there will be no war,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We don’t want wars. But we also won’t allow our interests to be rudely trampled on or ignored.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (s_grains, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 (s_grains, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("The U.S. “didn’t give a positive reaction” to the demand that the alliance rule out taking in new members, he said.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 (s_main, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (s_main, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 (s_aim, "sergei-lavrov", 1, "The foreign minister", "nato-open-door", "rejects", 0, D),
 (s_aim, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("That principle, Lavrov said, is hemmed in by a commitment signed in Istanbul in 1999 and Astana in 2010 that no state should strengthen its security at the expense of others.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("They are pulling out of that package only one thing they like — the right to choose alliances,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 ("And they forget the second half.", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 ("Russia has demanded a pullback of allied forces and weapons to positions they held in 1997, before the alliance took in former Soviet-bloc nations in central and eastern Europe.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("U.S. officials have said the pullback demand is a non-starter.", "united-states", 0, "U.S. officials", "rollback-to-1997", "rejects", 0, ""),
 ("We have been clear that there are some things that are just nonnegotiable, like NATO’s open door,", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-27"),
 (s_bl, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (s_bl, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Blinken added that there was “no change” in the U.S. position on enlargement.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (s_readout, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 1, D),
 (s_readout, "russia", 0, "The Kremlin", "no-strike-weapons-near-borders", "supports", 1, D),
 (s_readout, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 1, D),
 ("Lavrov’s tone is what investors were desperate to hear, but the substance hasn’t moved an inch,", "vladimir-tikhomirov", 1, "Vladimir Tikhomirov", "", "", 1, ""),
 (s_tik, "vladimir-tikhomirov", 1, "Vladimir Tikhomirov", "nato-non-expansion", "mentions", 1, ""),
 (s_tik, "vladimir-tikhomirov", 1, "Vladimir Tikhomirov", "written-legal-guarantees", "mentions", 1, ""),
 (s_tik, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (s_tik, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (s_tik, "united-states", 0, "the U.S.", "nato-non-expansion", "rejects", 0, ""),
 ("As long as they are talking, the market prices a lower risk of a full-scale invasion,", "olena-bilan", 1, "Olena Bilan", "", "", 1, ""),
 ("Russia says it is free to move forces on its own territory and denies planning an attack.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
]

G = "2022-01-10"
k_iron = "As Mr. Ryabkov explained to journalists already in the evening, Moscow needs «iron-clad, waterproof, bulletproof, legally binding guarantees», and not assurances, not safeguards."
k_att = "According to him, the Russian side drew the attention of the Americans that the question of non-enlargement of the alliance is not a subject for bargaining."
k_basket = "At the same time the diplomat did not exclude that on the «second basket» — the medium-range missiles and the parameters of exercises — the work can be continued."
k_sh = "Ms. Sherman at the same time named as possible themes of further conversation the mutual restrictions on the deployment of missiles in Europe and on the scale of military exercises, on condition of reciprocity."
k_remind = "In them, among other things, the renunciation of the Alliance from the further expansion and the return of forces to the configuration of May 1997 is proposed."
k_sus = "According to him, the more realistic outcome is a «package on missiles and exercises», which would be a partial success for both."
k_ple = "If the West refuses to fix in a treaty the non-expansion of NATO, Russia will have to take measures of a military-technical character, the President has already said so"
L["kommersant-2022-01-11-geneva-ryabkov"] = [
 ("iron-clad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Mr. Ryabkov", "written-legal-guarantees", "supports", 1, G),
 (k_iron, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, G),
 (k_att, "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, G),
 (k_att, "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
 ("We do not trust the other side. We need ironclad guarantees", "sergei-ryabkov", 1, "Mr. Ryabkov", "written-legal-guarantees", "supports", 1, G),
 ("He added that without the solution of this question it is senseless to discuss other items of the package.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, G),
 (k_basket, "sergei-ryabkov", 1, "the diplomat", "no-intermediate-range-missiles", "mentions", 0, G),
 (k_basket, "sergei-ryabkov", 1, "the diplomat", "limit-military-exercises", "mentions", 0, G),
 ("On missiles there are some things where we can find common ground, the Americans took our ideas seriously", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, G),
 ("There is no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "he", "", "", 1, G),
 ("We will not allow anyone to slam closed NATO's open-door policy", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, G),
 (k_sh, "wendy-sherman", 1, "Ms. Sherman", "no-intermediate-range-missiles", "mentions", 0, G),
 (k_sh, "wendy-sherman", 1, "Ms. Sherman", "limit-military-exercises", "mentions", 0, G),
 ("She also called on Moscow to take steps to reduce tensions on the Ukrainian border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, G),
 ("According to her, «it is hard to imagine» constructive work while more than 100,000 Russian military are concentrated near Ukraine.", "wendy-sherman", 1, "her", "russia-de-escalation", "supports", 0, G),
 ("the next week will show whether there is any sense to continue", "russia", 0, "The source of Kommersant in the Russian delegation", "", "", 1, ""),
 (k_remind, "russian-foreign-ministry", 0, "the MFA of Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (k_remind, "russian-foreign-ministry", 0, "the MFA of Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Americans cannot give in the question of the open door, it is the foundation of the whole Atlantic construction, and Moscow knows this", "dmitry-suslov", 1, "Dmitry Suslov", "nato-open-door", "mentions", 1, ""),
 (k_sus, "dmitry-suslov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, ""),
 (k_sus, "dmitry-suslov", 1, "him", "limit-military-exercises", "mentions", 0, ""),
 (k_ple, "arkady-pletnyov", 1, "Arkady Pletnyov", "nato-non-expansion", "supports", 1, ""),
 (k_ple, "arkady-pletnyov", 1, "Arkady Pletnyov", "written-legal-guarantees", "supports", 1, ""),
 ("We have not agreed anything on timing. Everything depends on the reaction in Washington and in Brussels", "sergei-ryabkov", 1, "he", "", "", 1, G),
]

P = "2022-01-24"
K = "john-kirby"
p_a5 = "No. That's a decision for Ukraine and for the 30 allies, not for Moscow. Nobody gets a veto over who applies for membership in NATO."
p_roll = "On your second question, look, the Russians have made their demands known, and some of them are, frankly, just non-starters. The idea that we would roll back the alliance's posture to where it was a quarter century ago, that countries that have joined the alliance since then would somehow be second-class members, is not something that we are going to entertain."
p_recip = "We've said we're willing to talk about reciprocal measures — and I want to stress reciprocal — on things like the size and scope of exercises. It can't be a one-way street. And you can't look at this and ignore the fact that it's the Russians that have put, you know, well over 100,000 troops along the border with Ukraine."
L["pentagon-2022-01-24-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, P),
 ("At the direction of the President, and following a recommendation from the Secretary, the Department is placing a range of units in the United States on heightened preparedness to deploy. In total, that's about 8,500 personnel. No decisions have been made to deploy forces outside the United States right now. This is about reassuring our NATO allies.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, P),
 ("What this is about is making sure that we are ready to meet our commitments to the alliance, should NATO activate the NATO Response Force, or should other situations develop. It's very clear that the Russians have no intention right now of de-escalating.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, P),
 ("And I want to be clear again: we still believe there's time and space for diplomacy. The Secretary has been in close touch with his counterparts, and he fully supports the efforts of Secretary Blinken. The best outcome here is for Mr. Putin to pull his forces back and choose the diplomatic path.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, P),
 ("I'm not going to get into the specific units today. We'll be informing the units as they're notified.", K, 1, "MR. KIRBY", "", "", 1, P),
 (p_roll, K, 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, P),
 (p_roll, "russia", 0, "the Russians", "rollback-to-1997", "supports", 0, ""),
 ("What we have said is that there are areas where we can make progress. Things like transparency on exercises, risk reduction, arms control. Those are areas where, if the Russians are serious, we're prepared to sit down.", K, 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, P),
 (p_recip, K, 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, P),
 (p_recip, K, 1, "MR. KIRBY", "russia-de-escalation", "supports", 1, P),
 (p_a5, K, 1, "MR. KIRBY", "nato-open-door", "supports", 1, P),
 (p_a5, K, 1, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, P),
 ("I think the pretext argument is a bit backwards. These are defensive measures, they're about reassuring our allies on the eastern flank. The Russians are the ones escalating. If they want to see less tension, well, they can start by pulling back some of those battalion tactical groups.", K, 1, "MR. KIRBY", "russia-de-escalation", "supports", 1, P),
 ("We've seen the Russians continue to flow forces into Belarus, ostensibly for an exercise next month. We're watching that very, very closely. I'm not going to go into more detail than that.", K, 1, "MR. KIRBY", "", "", 1, P),
 ("We've been in constant contact with the State Department, and the Department of Defense has certainly provided its views. But the response is the State Department's to deliver, and I'll let my colleagues over there talk about timing.", K, 1, "MR. KIRBY", "", "", 1, P),
]

V = "2022-01-13"
v_path = "Ukraine's path to NATO is our sovereign choice, and nobody in Moscow will be allowed to take it away,"
v_luk = "Lukashevich insisted that the alliance must make a legally binding commitment not to grow any further."
v_carp = "U.S. Ambassador to the OSCE Michael Carpenter told reporters that \"the drumbeat of war is sounding loud\" and that the U.S. would not negotiate on the principle that every nation decides its own alliances."
v_mer = "Oleksandr Merezhko, chairman of the Verkhovna Rada's foreign affairs committee from the ruling Servant of the People party, told the Kyiv Post that Moscow's proposals were effectively a demand that Ukraine accept a buffer-zone status."
v_zol = "Russia put on the table things that it knows the West cannot give, like a written ban on NATO enlargement,"
L["kyiv-post-2022-01-13-osce-vienna-kuleba"] = [
 (v_path, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, V),
 (v_path, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, V),
 ("We are grateful to our partners for a united position: nothing about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, V),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, V),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, V),
 (v_luk, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, V),
 (v_luk, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, V),
 ("He called the Western position on the \"open door\" a \"slogan\" that ignores Russia's security.", "alexander-lukashevich", 1, "He", "nato-open-door", "rejects", 0, V),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, V),
 (v_carp, "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, V),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, V),
 ("Kuleba said Ukraine had been fully consulted by Washington before and after Geneva, and that Kyiv saw \"no signs\" that Russia was pulling its troops back from the border.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, V),
 ("The Russian Federation must withdraw its forces from our borders and from the occupied territories. This is the only real de-escalation,", "dmytro-kuleba", 1, "the minister", "russia-de-escalation", "supports", 1, V),
 (v_mer, "oleksandr-merezhko", 1, "Oleksandr Merezhko", "no-military-activity-ex-soviet", "rejects", 0, ""),
 (v_mer, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("What the Kremlin calls 'security guarantees' is an attempt to return to spheres of influence, where Ukraine would have no right to host Western instructors, hold joint exercises or buy weapons,", "oleksandr-merezhko", 1, "Merezhko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("For us, this is absolutely unacceptable.", "oleksandr-merezhko", 1, "Merezhko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (v_zol, "mariia-zolkina", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (v_zol, "mariia-zolkina", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (v_zol, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (v_zol, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("So the question is not whether these talks fail, but what Moscow does after they fail.", "mariia-zolkina", 1, "she", "", "", 1, ""),
 ("Russia has demanded that the promise be formally withdrawn.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("reaffirmed that no decisions on Ukraine will be taken without Ukraine.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-12"),
 ("We want peace, but we are ready to defend ourselves,", "volodymyr-zelensky", 1, "he", "", "", 1, ""),
 ("Our army is stronger than ever.", "volodymyr-zelensky", 1, "he", "", "", 1, ""),
]

m_dr = "The United States and, separately, NATO thus answered in writing the two draft treaties that Russia had made public on 17 December, and which, in substance, demanded of the West that it give up any further enlargement of the alliance, that it renounce forever the membership of Ukraine and Georgia, and that it withdraw its forces to the lines of 1997."
m_cg = "They are, in fact, the subjects on which Russia itself had said, in Geneva, that « common ground » could be found."
m_lav = "The foreign minister, Sergei Lavrov, was more explicit: the American document, he said on Thursday, gives no « positive answer » on the main question, that of the non-expansion of NATO, but allows to hope for « the beginning of a serious conversation » on secondary questions."
L["le-monde-2022-01-27-editorial-reponses-ecrites"] = [
 (m_dr, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (m_dr, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (m_dr, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances", "antony-blinken", 1, "Mr. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("cannot compromise on the core principles", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (m_cg, "russia", 0, "Russia", "no-intermediate-range-missiles", "mentions", 0, ""),
 (m_cg, "russia", 0, "Russia", "limit-military-exercises", "mentions", 0, ""),
 (m_lav, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("the beginning of a serious conversation", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
]

R = "2022-02-01"
r_list = "He listed them: the prevention of NATO's expansion, the refusal to deploy strike weapon systems near Russian borders, and the return of the alliance's military infrastructure in Europe to where it stood in 1997."
r_three = "We did not see adequate consideration of our three key demands,"
r_some = "Some – a ban on intermediate-range missiles in range of the other side, limits on bomber and warship patrols, exercise restrictions near the contact line – echo ideas discussed in the late Cold War and are, in principle, negotiable."
r_oth = "Others – the end of enlargement, the withdrawal of allied forces from the states that joined after 1997, and a prohibition on any Western military cooperation with Ukraine, Georgia or the Central Asian republics – would rewrite the post-1991 settlement."
r_us = "It offers talks on reciprocal transparency at the Aegis Ashore sites in Romania and Poland, on missile deployments and on exercise notification."
L["rusi-2022-02-02-putin-answers-commentary"] = [
 ("principal concerns turned out to be ignored", "vladimir-putin", 1, "Putin", "", "", 1, R),
 (r_list, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, R),
 (r_list, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, R),
 (r_list, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, R),
 (r_three, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, R),
 (r_three, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, R),
 (r_three, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, R),
 ("Suppose, Putin argued, that Ukraine joins NATO and then decides to retake Crimea by military means; 'Are we supposed to fight with the NATO bloc?' he asked.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, R),
 ("Are we supposed to fight with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, R),
 (r_some, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (r_some, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 (r_some, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2021-12-17"),
 (r_oth, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (r_oth, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (r_oth, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (r_us, "united-states", 0, "The US answer", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (r_us, "united-states", 0, "The US answer", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("in the end, we will find a solution, although this is not easy", "vladimir-putin", 1, "Putin", "", "", 1, R),
 ("NATO Secretary-General Jens Stoltenberg has called on Russia to pull back those forces, and the US has warned that any further incursion would bring severe sanctions.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, ""),
]

O = "2022-01-13"
EU = "european-union"
o6 = "Proposals to divide Europe into zones, to restrict the sovereign choices of Ukraine, Georgia or the Republic of Moldova, or to limit the presence of allied forces on the territory of EU Member States are not a basis for discussion. Ukraine's future is for Ukraine alone to decide."
o_rep = "The Representative of the Russian Federation stated that the Russian proposals were addressed primarily to the United States and NATO and that the key issue remained a legally binding exclusion of further eastward expansion of the alliance."
L["osce-2022-01-13-eu-statement-permanent-council"] = [
 ("The European Union welcomes the opportunity to discuss European security in the Permanent Council, the inclusive forum in which all 57 participating States sit at the same table as equals. We thank the Polish Chairpersonship for its efforts and for convening this exchange at such a critical moment.", EU, 0, "The European Union", "", "", 1, O),
 ("The European Union remains deeply concerned by the continued, unprovoked and unjustified Russian military build-up along Ukraine's borders and in the illegally annexed Autonomous Republic of Crimea and the city of Sevastopol. We call on the Russian Federation to de-escalate, to withdraw its forces and to engage in good faith in a meaningful dialogue.", EU, 0, "The European Union", "russia-de-escalation", "supports", 1, O),
 ("Any further military aggression against Ukraine will have massive consequences and severe costs, including restrictive measures coordinated with partners.", EU, 0, "The European Union", "", "", 1, O),
 ("The European Union has taken note of the draft documents published by the Russian Federation on 17 December 2021. Security in Europe is indivisible, and the security of the European Union is directly at stake. Any discussion about European security must take place in coordination with, and with the participation of, the European Union and its Member States.", EU, 0, "The European Union", "", "", 1, O),
 ("We reiterate our commitment to the fundamental principles on which European security is built, as enshrined in the Helsinki Final Act and the Charter of Paris. Each participating State has the inherent right to be free to choose or change its security arrangements, including treaties of alliance. We cannot accept a return to spheres of influence in the 21st century, nor the creation of a system in which one state claims a right to decide the foreign policy orientation of its neighbours.", EU, 0, "We", "nato-open-door", "supports", 1, O),
 (o6, EU, 0, "The European Union", "no-ukraine-membership", "rejects", 1, O),
 (o6, EU, 0, "The European Union", "rollback-to-1997", "rejects", 1, O),
 (o6, EU, 0, "The European Union", "nato-open-door", "supports", 1, O),
 ("At the same time, the European Union stands ready to engage on concrete steps that would strengthen the security of all, on the basis of reciprocity. The OSCE offers a wealth of tools for this purpose: the modernisation of the Vienna Document on Confidence- and Security-Building Measures, greater transparency and prior notification of large-scale military exercises, and mechanisms for risk reduction and incident prevention. We call on the Russian Federation to engage constructively on the revision of the Vienna Document, which it has so far blocked.", EU, 0, "the European Union", "limit-military-exercises", "mentions", 1, O),
 ("We recall that under Chapter III of the Vienna Document, participating States have the right to request explanations about unusual military activities. We regret that the Russian Federation has not provided transparency regarding its deployments near Ukraine.", EU, 0, "We", "", "", 1, O),
 ("The European Union expresses its full support for the sovereignty and territorial integrity of Ukraine within its internationally recognised borders, and for the work of the Special Monitoring Mission to Ukraine, whose unhindered access throughout the country, including in Crimea and in the areas of Donetsk and Luhansk not controlled by the government, must be ensured.", EU, 0, "The European Union", "", "", 1, O),
 ("We also commend the Chairperson-in-Office, Minister Zbigniew Rau, for his initiative of a Renewed OSCE European Security Dialogue, and we are ready to contribute actively.", EU, 0, "We", "", "", 1, O),
 (o_rep, "russia", 0, "The Representative of the Russian Federation", "nato-non-expansion", "supports", 0, O),
 (o_rep, "russia", 0, "The Representative of the Russian Federation", "written-legal-guarantees", "supports", 0, O),
]

write_gold(L, "articles-331", "gold-331")
