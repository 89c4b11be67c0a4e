#!/usr/bin/env python3
"""Writes the held-out gold of batch 309 (gold-309/*.nq) from the labels below.

Batch 309 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- guardian-2022-01-27-us-nato-answers-analysis: Guardian analysis with front matter,
  curly quotes; Lavrov quotation split by "he added" with the demand inside a dash
  aside; a short Peskov fragment (under six words, no label); Baker/Gorbachev 1990 and
  Founding Act background; an analyst whose quote attributes the missile idea to Moscow.
- interfax-2022-01-18-ryabkov-grushko-peskov-items: Interfax English wire items, UTF-8
  BOM and CRLF, no front matter, "MOSCOW. Jan 18 (Interfax) -" datelines, straight
  quotes, items on different days, "the diplomat added", a question in indirect speech.
- russian-mfa-2022-02-03-zakharova-briefing: MFA briefing transcript with front matter,
  table of contents and crossheads, « » scare quotes; the spokeswoman's monologue and
  each answer paragraph are direct quotations; questions (which cite Stoltenberg) unlabelled.
- hromadske-2022-01-26-live-blog-us-nato-response: Hromadske English live blog, no front
  matter, time stamps newest first, an UPDATE line, READ ALSO links and a photo caption,
  an analyst voicing her own stance, a Tuesday statement reported on Wednesday.
- politico-europe-2022-01-13-brussels-playbook-nato-russia: Politico Brussels Playbook
  with front matter, caps crossheads ("Grushko's verdict:"), organisation speaking
  ("Allies offered"), Bucharest background with a bare "Moscow wants" sentence, an MEP
  with diacritics, undated quote.
- iiss-2022-01-20-geneva-brussels-vienna-commentary: IISS commentary with front matter,
  single straight quotes, description of the draft treaties' articles (document, not
  labelled), the author's own prose (not labelled), two analysts, one with own stances.
- senate-armed-services-2022-02-01-hearing-russia-europe-excerpt: SASC hearing transcript
  excerpt, no front matter, date in the header, speaker labels; senators' questions
  (which attribute demands to "the Russians") unlabelled; multi-demand answer paragraphs.

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

G = "guardian-2022-01-27-us-nato-answers-analysis"
g_us = "US officials said on Wednesday the reply offers talks on reciprocal limits on where intermediate-range missiles can be stationed and on more transparency around military drills, but promises neither that Ukraine will be kept out of Nato nor that allied troops will leave eastern Europe."
g_ru = "Moscow has demanded since December that the alliance rule out, in a legally binding form, any further eastward enlargement and pull back the forces it has stationed in the members that joined after 1997."
g_lav = "on the main question – and that is our clear position on the inadmissibility of Nato’s further expansion to the east – there is no positive reaction"
g_lin = "What Washington has put on the table on missiles is genuinely significant – it is close to what Moscow itself floated in 2019,"
g_kul = "It is important that Washington has not given an inch on the principle that Ukraine decides where Ukraine belongs,"
L[G] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "the secretary of state", "nato-open-door", "supports", 1, "2022-01-26"),
 (g_us, "united-states", 0, "US officials", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (g_us, "united-states", 0, "US officials", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (g_us, "united-states", 0, "US officials", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (g_us, "united-states", 0, "US officials", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Blinken said the reply also urged Russia once again to pull back the forces it has massed along Ukraine’s borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (g_ru, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (g_ru, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (g_ru, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("a reaction which allows us to count on the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "The foreign minister", "", "", 1, "2022-01-27"),
 (g_lav, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("a serious path for diplomacy, should Russia choose to engage", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (g_lin, "hannah-lindqvist", 1, "Hannah Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 (g_lin, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 1, ""),
 ("But nobody in the Kremlin ever believed that was the prize.", "hannah-lindqvist", 1, "Hannah Lindqvist", "", "", 1, ""),
 (g_kul, "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, ""),
 (g_kul, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
]

I = "interfax-2022-01-18-ryabkov-grushko-peskov-items"
i_rya = "Moscow will not be satisfied with a moratorium on NATO's expansion in place of legally binding guarantees, Russian Deputy Foreign Minister Sergei Ryabkov told journalists on Tuesday."
i_gru = "Russia expects the written response of the United States and NATO to address first of all the non-deployment of strike weapons systems near Russian borders and an end to NATO's movement to the east, Deputy Foreign Minister Alexander Grushko said on Tuesday."
i_pes = "We continue to insist that the non-admission of Ukraine to NATO must be fixed legally, and this is not a subject for bargaining,"
i_kul = "Ukrainian Foreign Minister Dmytro Kuleba said on Wednesday that decisions on Ukraine's membership in NATO are taken only by Ukraine and the 30 allies, and no third country has a veto over them."
L[I] = [
 (i_rya, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-18"),
 (i_rya, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-18"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("Otherwise there is simply nothing to talk about,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, "2022-01-18"),
 ("instructions on where to move units on its own territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 (i_gru, "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-18"),
 (i_gru, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("If our proposals are not heard, we will have to respond with military-technical measures, and nobody should have any illusions about that,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-18"),
 ("The alliance offers to restore channels of military communication, but this cannot replace answers on the substance,", "alexander-grushko", 1, "he", "resume-military-dialogue", "mentions", 1, "2022-01-18"),
 (i_pes, "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2022-01-19"),
 (i_pes, "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-19"),
 ("He dismissed Western demands that Russia pull its troops back from the border, saying no one could tell Moscow where to station its army on its own soil.", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-18"),
 ("We are not threatening anyone. But we hear threats against us all the time, and we are expected to take them as if nothing is happening,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-18"),
 (i_kul, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-19"),
 (i_kul, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-19"),
 ("Russia is trying to sell the idea that the world should be divided into spheres of influence again. This will not happen,", "dmytro-kuleba", 1, "the minister", "", "", 1, "2022-01-19"),
 ("All this noise is needed to cover up the pumping of Ukraine with weapons and the preparation of large-scale provocations,", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-19"),
]

M = "russian-mfa-2022-02-03-zakharova-briefing"
D = "2022-02-03"
m1 = "As you know, on January 26 we received the written responses of the United States and NATO to our draft treaty and agreement of December 17, 2021. We are studying them carefully. The President of Russia has been informed and will take a decision on further steps. I would like to note once again that our position was set out in the drafts clearly and in full, and it has not changed."
m2 = "Yesterday a number of media published what they say are the texts of these documents. We will not comment on leaks. But I will say one thing: if the American side seriously expected that an offer to discuss «confidence-building measures» and the transparency of exercises would make us forget about the main thing, it was mistaken. The main thing is that NATO must stop moving eastward and that the countries of the alliance must renounce the deployment of strike systems near our borders."
m3 = "And one more. Our Western colleagues keep repeating like a mantra the phrase about an «open door». Let me remind them that in Istanbul in 1999 and in Astana in 2010 all OSCE states, including the United States, signed up to the principle that no state shall strengthen its security at the expense of the security of others. The freedom to choose alliances cannot be separated from this obligation, and it does not give anyone the right to drag Kiev into the bloc."
m4 = "Against this background we see the continued pumping of Ukraine with weapons. British, American, Canadian instructors, deliveries of anti-tank systems, plans to build naval bases – all this is happening on the territory of a state which is not a member of NATO. This is exactly what we proposed to exclude in our draft agreement: any military activity of the alliance on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia."
m5 = "As for the statements in Washington that Russia must «de-escalate», I would like to ask: de-escalate what? Russian troops are on Russian territory. It is not we who are moving our military infrastructure closer to American borders."
a1 = "We have never refused dialogue. We ourselves proposed, back in 2019, a moratorium on the deployment of intermediate-range and shorter-range missiles in Europe, and NATO simply ignored it. If the Americans are now ready to talk about this, it is good. But it is not a substitute for answers on the key issues."
a2 = "I want to stress: the key issues are the non-expansion of NATO, the non-deployment of strike weapons, and the return of the alliance's military infrastructure to the configuration of 1997. No «package» will replace them."
a3 = "Mr Stoltenberg has been saying this for many years. I would advise him to reread the documents signed by NATO itself, including the Founding Act of 1997. Nobody there gave the alliance a mandate to expand indefinitely."
a4 = "The Minister sent messages to his counterparts in the United States, Canada and a number of European countries. We expect a clear answer from each of them on how they understand their commitment not to strengthen their security at the expense of others. Not a collective answer on behalf of NATO or the European Union, but a national one."
a5 = "So far we have received nothing. We have noticed that some capitals were advised to wait for a «consolidated» reply. This says a lot about how independent their foreign policy really is."
a6 = "We are ready for contacts that bring results. Meetings for the sake of photographs are not what we need. Kiev must finally start implementing the Minsk agreements, including direct dialogue with Donetsk and Lugansk."
Z = ("maria-zakharova", 1, "Maria Zakharova")
L[M] = [
 (m1, *Z, "", "", 1, D),
 (m2, *Z, "limit-military-exercises", "mentions", 1, D),
 (m2, *Z, "nato-non-expansion", "supports", 1, D),
 (m2, *Z, "no-strike-weapons-near-borders", "supports", 1, D),
 (m3, *Z, "nato-open-door", "rejects", 1, D),
 (m3, *Z, "no-ukraine-membership", "supports", 1, D),
 (m4, *Z, "no-military-activity-ex-soviet", "supports", 1, D),
 (m5, *Z, "russia-de-escalation", "rejects", 1, D),
 (a1, *Z, "no-intermediate-range-missiles", "supports", 1, D),
 (a2, *Z, "nato-non-expansion", "supports", 1, D),
 (a2, *Z, "no-strike-weapons-near-borders", "supports", 1, D),
 (a2, *Z, "rollback-to-1997", "supports", 1, D),
 (a3, *Z, "nato-open-door", "rejects", 1, D),
 (a3, *Z, "nato-non-expansion", "supports", 1, D),
 (a4, *Z, "", "", 1, D),
 (a5, *Z, "", "", 1, D),
 (a6, *Z, "", "", 1, D),
]

H = "hromadske-2022-01-26-live-blog-us-nato-response"
D = "2022-01-26"
h_kul = "There are no objections from the Ukrainian side. It is important that the United States firmly holds a position of principle: Ukraine’s path to NATO is for Ukraine and the Allies to decide, not for Moscow,"
h_hr1 = "Moscow wants to turn Ukraine into a grey zone where NATO cannot even send instructors,"
L[H] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He added that the document offered Moscow talks on reciprocal transparency measures concerning force posture and on limiting the scale of exercises in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Secretary General Jens Stoltenberg said the alliance had proposed to reopen the NATO office in Moscow and the Russian mission in Brussels and to make full use of military-to-military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("NATO is a defensive alliance, and we will not give up our ability to protect and defend each other, including with our presence in the eastern part of the alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("The conversation was difficult but constructive, and we agreed to meet again in two weeks in Berlin,", "andriy-yermak", 1, "Yermak", "", "", 1, D),
 (h_kul, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (h_kul, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("There is no reason to panic, but we must be ready,", "oleksii-reznikov", 1, "he", "", "", 1, D),
 (h_hr1, "oleksandra-hrytsenko", 1, "Hrytsenko", "no-military-activity-ex-soviet", "mentions", 1, D),
 (h_hr1, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("The West must not agree even to a moratorium on enlargement – the Kremlin would treat it as a veto,", "oleksandra-hrytsenko", 1, "she", "nato-non-expansion", "rejects", 1, D),
 ("White House Press Secretary Jen Psaki said on Tuesday that the number of Russian troops on the border kept growing and that Washington still wanted Moscow to pull its forces back from the border and choose diplomacy.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, "2022-01-25"),
]

P = "politico-europe-2022-01-13-brussels-playbook-nato-russia"
D = "2022-01-12"
p_gru = "Alexander Grushko, Russia’s deputy foreign minister, who led the Russian delegation, told reporters that the alliance’s attachment to its open-door policy was a relic of the Cold War and that Moscow needed guarantees, in writing, that the bloc would stop growing."
p_nato = "Allies offered to talk about arms control, missile deployments and “risk reduction” — and, according to two diplomats in the room, proposed bringing back the regular military contacts that died when Moscow shuttered its mission to NATO last autumn."
p_mep = "Any paper that trades away Ukraine’s right to pick its allies is a paper we would vote down in this house,"
L[P] = [
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "the NATO secretary-general", "", "", 1, D),
 (p_gru, "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, D),
 (p_gru, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 (p_gru, "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (p_nato, "nato", 0, "Allies", "no-intermediate-range-missiles", "mentions", 0, D),
 (p_nato, "nato", 0, "Allies", "resume-military-dialogue", "supports", 0, D),
 ("Moscow wants allies to disown that promise outright.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Russia’s envoy to the OSCE, Alexander Lukashevich, told RIA Novosti on Wednesday that Moscow would use Vienna to press its case that NATO must withdraw forces deployed on the territory of states that joined after 1997.", "alexander-lukashevich", 1, "Alexander Lukashevich", "rollback-to-1997", "supports", 0, D),
 ("take concrete steps to de-escalate.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 ("European security is not something that can be discussed between two parties only, and certainly not in the form of spheres of influence,", "josep-borrell", 1, "he", "", "", 1, D),
 (p_mep, "ingrida-ozola-berzina", 1, "Ingrīda Ozola-Bērziņa", "nato-open-door", "supports", 1, ""),
 (p_mep, "ingrida-ozola-berzina", 1, "Ingrīda Ozola-Bērziņa", "no-ukraine-membership", "rejects", 1, ""),
]

S = "iiss-2022-01-20-geneva-brussels-vienna-commentary"
s_she = "Sherman said Washington was nevertheless willing to discuss, on a reciprocal basis, the future deployment of missiles in Europe and limits on the size and scope of exercises."
s_ach2 = "He believes allies should offer reciprocal limits on missile deployments only if Russia first withdraws the forces it has gathered around Ukraine."
L[S] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He also insisted that the Alliance pull back forces and weapons from the countries that had joined it after 1997, which he described as the key to the whole package.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("We firmly pushed back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 (s_she, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (s_she, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("He said the key to everything was the guarantee that NATO would not expand eastward.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("Moscow knows perfectly well that a ban on enlargement is something no allied parliament would ever ratify,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "nato-non-expansion", "mentions", 1, ""),
 ("The interesting question is how much of the rest they will take if they can present it at home as a win.", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "", "", 1, ""),
 ("Dr Samuel Achterberg of the University of St Andrews argues that the substantive demands – above all the rollback of forces from NATO's eastern flank – would, if accepted, restore a Russian sphere of influence in Central and Eastern Europe.", "samuel-achterberg", 1, "Dr Samuel Achterberg", "rollback-to-1997", "rejects", 0, ""),
 (s_ach2, "samuel-achterberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, ""),
 (s_ach2, "samuel-achterberg", 1, "He", "russia-de-escalation", "supports", 0, ""),
]

T = "senate-armed-services-2022-02-01-hearing-russia-europe-excerpt"
D = "2022-02-01"
t1 = "Senator, the written response we delivered on January 26 does not accept the proposition that NATO should pull its forces back to where they were in 1997. We told the Russians that plainly in Geneva, and we put it in writing."
t2 = "What we did say is that we are prepared to discuss reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in Ukraine, and to have a conversation about the scale and notification of exercises."
t3 = "Senator, the Russian force posture around Ukraine has continued to grow. We assess well over 100,000 troops, and in the last two weeks we have seen enablers arriving – medical units, fuel, engineering. That is not a force that is returning to garrison."
t4 = "Until those units go back to their home bases, we will keep saying to Moscow, in every channel we have, that it has to pull them back."
t5 = "Absolutely not. No one outside the Alliance gets a veto over whether Ukraine or Georgia joins. That is a decision for the applicant and for the thirty Allies, and we made that the first point of our reply."
t6 = "No, Senator. The Bucharest declaration stands. Allies reaffirmed it at the Brussels summit last June, and nothing in our reply walks it back."
t7 = "We are, Senator. Since mid-December we have exercised the deconfliction channels with the Russian General Staff, and the Chairman has spoken with General Gerasimov. We believe a regular military-to-military dialogue reduces the risk of miscalculation, and we have offered to put it on a more structured footing."
t8 = "The Russians have also raised the question of our aircraft and ships operating close to their territory. We have told them we will keep operating in international airspace and international waters, as we always have."
t9 = "The Aegis Ashore sites are defensive, Senator, and they are not negotiable as such. We have said we are willing to discuss transparency measures so Russia can confirm that the launchers there cannot fire Tomahawk cruise missiles. That is a confidence-building step, not a concession."
t10 = "None, Senator. We have worked with the State Department on every line of the reply, and with Allies on theirs."
t11 = "I would not want to put a date on it in an open session, Senator. The ground will be frozen hard enough for heavy vehicles by mid-February, and Russia will have the capability to act by then. Whether President Putin has decided to act, we do not know."
W = ("douglas-r-whitcombe", 1, "Mr. Whitcombe")
O = ("marianne-ostrowski", 1, "General Ostrowski")
L[T] = [
 (t1, *W, "rollback-to-1997", "rejects", 1, D),
 (t2, *W, "no-intermediate-range-missiles", "mentions", 1, D),
 (t2, *W, "no-strike-weapons-near-borders", "mentions", 1, D),
 (t2, *W, "no-military-activity-ex-soviet", "mentions", 1, D),
 (t2, *W, "limit-military-exercises", "mentions", 1, D),
 (t3, *O, "russia-de-escalation", "mentions", 1, D),
 (t4, *O, "russia-de-escalation", "supports", 1, D),
 (t5, *W, "nato-open-door", "supports", 1, D),
 (t5, *W, "no-ukraine-membership", "rejects", 1, D),
 (t6, *W, "rescind-bucharest-2008", "rejects", 1, D),
 (t7, *O, "resume-military-dialogue", "supports", 1, D),
 (t8, *O, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 (t8, "russia", 0, "The Russians", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 (t9, *W, "no-strike-weapons-near-borders", "rejects", 1, D),
 (t9, *W, "no-intermediate-range-missiles", "mentions", 1, D),
 (t10, *W, "", "", 1, D),
 (t11, *O, "", "", 1, D),
]

write_gold(L, "articles-309", "gold-309")
