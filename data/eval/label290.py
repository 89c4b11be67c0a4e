#!/usr/bin/env python3
"""Writes the held-out gold of batch 290 (gold-290/*.nq) from the labels below.

Batch 290 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-nato-written-answers-quicktake: Bloomberg QuickTake
  explainer, numbered questions as crossheads; Moscow's drafts summarised in one
  sentence, "There is no change" quote, interrupted Kirby quote, analyst.
- vedomosti-2022-01-11-ryabkov-geneva-no-progress: Vedomosti story in clumsy
  translation, « » quotes with "— said X", nested "must"/"shall", a quotation
  interrupted by "— says Volynets. —", a 4-word quote, Bucharest history.
- kremlin-2022-01-27-peskov-conference-call: Kremlin.ru transcript (UTF-8 BOM,
  CRLF), "Question:" / "Dmitry Peskov:" labels, several demand-less answers.
- yle-2022-01-20-haavisto-nato-option: Yle News story with front matter, caption,
  crossheads, "Read also" lines; open door for Finland, Moscow's demand in passing
  in Haavisto's sentence, weekday dates, New Year's speech.
- bbc-russian-2022-01-14-lavrov-patience-run-out: BBC Russian piece in English
  translation, no front matter; Lavrov's press conference, history of 1990/1997
  in reported speech, quoted headline and crossheads, analyst with the Kremlin in
  passing.
- ecfr-2022-02-02-putin-breaks-silence-europe: ECFR commentary; Putin's 1 Feb
  list of three demands, rhetorical questions, Lavrov's letters, the author's own
  unattributed voice (not labelled: the author is not a quoted speaker).
- osce-2022-01-13-eu-statement-permanent-council: EU statement at the OSCE
  Permanent Council, numbered paragraphs; each paragraph is a direct quotation of
  the European Union (numbers excluded); Russia's demands named in passing.

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
S1 = "In two drafts published on Dec. 17, Moscow demanded that NATO rule out taking in Ukraine or any other new member, pull allied troops and hardware back to where they stood in 1997, and keep American missiles out of range of Russian territory."
S2 = "Deputy Foreign Minister Sergei Ryabkov has since said the promises must be \"legally binding\" and that a political declaration or a memorandum wouldn't do."
B1 = "We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,"
W1 = "According to people familiar with the text, Washington proposed reciprocal transparency measures for military drills in Europe and talks on where offensive missile systems could be placed, ideas U.S. negotiators floated in Geneva on Jan. 10."
W2 = "The U.S. has also said it's willing to discuss a mechanism that would let Russia check there are no Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia offers similar access at two of its own bases."
M2 = "Everything else in these papers — missiles, exercises, hotlines — is valuable, but the Kremlin has said many times that it is secondary."
L["bloomberg-2022-01-26-us-nato-written-answers-quicktake"] = [
 (S1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (S1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (S1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (S1, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (S2, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (B1, "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (W1, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, D),
 (W1, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, D),
 (W2, "united-states", 0, "The U.S.", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("That includes the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He added that the allies had called on Moscow to immediately pull back the forces it has gathered around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("The central question for Moscow is whether NATO stops moving east, and on that the answer is clearly no,", "ilse-marchetti", 1, "Ilse Marchetti", "nato-non-expansion", "mentions", 1, ""),
 (M2, "ilse-marchetti", 1, "Ilse Marchetti", "no-intermediate-range-missiles", "mentions", 1, ""),
 (M2, "ilse-marchetti", 1, "Ilse Marchetti", "limit-military-exercises", "mentions", 1, ""),
 ("We see that the United States sticks to its principle: nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("We still want to see the Russians pull their forces back and choose de-escalation,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("Our commitment to the security of NATO's eastern flank is ironclad, whatever happens.", "john-kirby", 1, "Kirby", "", "", 1, D),
]

D = "2022-01-10"
V1 = "According to him, the Russian side «does not trust» the other side and needs «ironclad, waterproof, bulletproof, legally binding guarantees», not assurances and not safeguards."
V2 = "At the same time, according to Sherman, Washington is ready to discuss on a reciprocal basis the future deployment of missiles in Europe and limitations on the scale of military exercises."
V3 = "The most realistic outcome is agreements on intermediate-range missiles and on exercises, that is, approximately what Russia proposed already in 2019"
V4 = "Washington can not formally close the door of NATO for Ukraine, this would be a political suicide for the Biden administration, even if nobody in Brussels is actually going to accept Kiev in the nearest ten years"
L["vedomosti-2022-01-11-ryabkov-geneva-no-progress"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 (V1, "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, D),
 ('The words "must" and "shall" must stand in the document, not "should" and "could"', "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov also said that the formula of the NATO summit in Bucharest about the future membership of Ukraine and Georgia must be disavowed by the alliance.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, D),
 ("We do not accept any demands about where our troops must be located on our own territory — they are where we consider necessary, and there they will be", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("We have no intention to attack Ukraine", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (V2, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (V2, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman also said that she called on the Russian side to take steps for de-escalation and to return the troops to their permanent bases.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("We were firm, but we were not confrontational", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Grushko on Monday evening told journalists that Moscow expects from the alliance a clear answer to the question of whether it is ready to give up the further movement to the east.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("If NATO continues to say that this is not its business, we will draw the conclusions", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The demand to withdraw NATO infrastructure to the borders of 1997 is hardly a subject for bargaining, it is rather a lever,", "grigory-volynets", 1, "Volynets", "rollback-to-1997", "mentions", 1, ""),
 (V3, "grigory-volynets", 1, "Volynets", "no-intermediate-range-missiles", "mentions", 1, ""),
 (V3, "grigory-volynets", 1, "Volynets", "limit-military-exercises", "mentions", 1, ""),
 (V4, "grigory-volynets", 1, "Volynets", "no-ukraine-membership", "mentions", 1, ""),
 (V4, "grigory-volynets", 1, "Volynets", "nato-open-door", "mentions", 1, ""),
 ("If NATO does not refuse expansion, it takes on itself the whole responsibility for the consequences", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 1, ""),
]

D = "2022-01-27"
P = ("dmitry-peskov", 1, "Dmitry Peskov")
K2 = "Judging by what Sergey Lavrov said yesterday, it cannot be said that our considerations were taken into account or that any readiness to take our concerns into account was shown. And on the main questions – our main concern is that NATO must not move further to the east, and that offensive strike weapons must not appear near our borders – there is not much reason for optimism."
K8 = "We continue to insist that the question of Ukraine's membership in NATO must be closed once and for all – in a form that is legally binding and does not allow any reinterpretation. A verbal assurance will not work; we have already been through that."
L["kremlin-2022-01-27-peskov-conference-call"] = [
 ("Yes, the texts have been submitted to the President, and he has familiarised himself with them. The analysis will take some time, we will not rush to conclusions, and the President will set out his own assessment when he considers it necessary.",) + P + ("", "", 1, D),
 (K2,) + P + ("nato-non-expansion", "supports", 1, D),
 (K2,) + P + ("no-strike-weapons-near-borders", "supports", 1, D),
 ("At the same time, there are secondary questions, such as confidence-building measures and missiles of intermediate and shorter range, where, in our opinion, one can see the basis for continuing the conversation. But those are secondary questions.",) + P + ("no-intermediate-range-missiles", "mentions", 1, D),
 ("We have heard this many times. The right of every state to choose its alliances cannot be ensured at the expense of the security of other states. This is the principle of indivisibility of security, and Washington put its signature under it in Istanbul and in Astana, as did all other OSCE members.",) + P + ("nato-open-door", "rejects", 1, D),
 ("No, we do not consider it right to publish them. This is diplomatic correspondence, and it is up to our American colleagues to decide whether they want to make it public.",) + P + ("", "", 1, D),
 ("The movement of our troops on our own territory is our business and should not worry anyone. We are not going to take instructions from anyone about where to deploy our armed forces inside Russia.",) + P + ("russia-de-escalation", "rejects", 1, D),
 ("It is premature to talk about a summit. The President will have a telephone conversation with Emmanuel Macron tomorrow, and the topic of security guarantees will certainly be raised in that conversation.",) + P + ("", "", 1, D),
 (K8,) + P + ("no-ukraine-membership", "supports", 1, D),
 (K8,) + P + ("written-legal-guarantees", "supports", 1, D),
 ("I would not like to get ahead of ourselves. The President has said many times that we need a result, and that we are not going to wait endlessly. Let the experts work, and then there will be decisions.",) + P + ("", "", 1, D),
]

W = "2022-01-19"
Y3 = "Haavisto said Moscow's demand that the alliance stop admitting new members was unacceptable to Helsinki, because it would in practice give Russia a veto over decisions that belong to Finland and Sweden alone."
Y14 = "In practice, the demand that Nato should take in nobody else would mean that the door would be closed to Finland and Sweden as well. That is why Helsinki and Stockholm have reacted so quickly,"
Y15 = "According to Rautiainen, Moscow is also aiming at the presence of allied forces in the Baltic states, which it would like to see rolled back to the situation of the late 1990s."
L["yle-2022-01-20-haavisto-nato-option"] = [
 ("Foreign Minister Pekka Haavisto (Greens) says Finland will not accept any arrangement between the great powers that would limit its freedom to decide on its own security policy.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-open-door", "supports", 0, W),
 ("Finland is not a party to these negotiations, but we have made it very clear that nobody can dictate our security policy choices from outside,", "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, W),
 (Y3, "pekka-haavisto", 1, "Haavisto", "nato-non-expansion", "rejects", 0, W),
 (Y3, "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 0, W),
 (Y3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Prime Minister Sanna Marin (SDP) said on Tuesday that Finland's possibility of applying for membership of the military alliance remained intact, regardless of what is being discussed in Geneva or Brussels.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, "2022-01-18"),
 ("That option is ours, and it is not going anywhere,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-18"),
 ("President Sauli Niinistö already underlined the point in his New Year's speech, saying that Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for Nato membership.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-01"),
 ("On December 24, Russian Foreign Ministry spokeswoman Maria Zakharova said that if Finland and Sweden joined Nato, it would have \"serious military and political consequences\" which would require a response from Russia.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2021-12-24"),
 ("Nato Secretary General Jens Stoltenberg said last week that if Finland or Sweden decided to apply, the allies could welcome them \"very quickly\", and that no third country had a say in the matter.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("Senior researcher Ilkka Rautiainen of the Finnish Institute of International Affairs says the Russian drafts are written in such a way that they would freeze both Nordic countries outside the alliance, even if neither is named.", "ilkka-rautiainen", 1, "Ilkka Rautiainen", "nato-non-expansion", "mentions", 0, ""),
 (Y14, "ilkka-rautiainen", 1, "Rautiainen", "nato-non-expansion", "mentions", 1, ""),
 (Y14, "ilkka-rautiainen", 1, "Rautiainen", "nato-open-door", "mentions", 1, ""),
 (Y15, "ilkka-rautiainen", 1, "Rautiainen", "rollback-to-1997", "mentions", 0, ""),
 (Y15, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("For Finland the Baltic question is not abstract. If the Nato troops in Estonia are pulled out, our neighbourhood changes too,", "ilkka-rautiainen", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("People here follow the news from Ukraine very closely, but life goes on as normal,", "satu-heikkila", 1, "Satu Heikkilä", "", "", 1, ""),
 ("The border crossing is still mostly closed because of the coronavirus, so we see fewer Russians than usual anyway.", "satu-heikkila", 1, "Satu Heikkilä", "", "", 1, ""),
]

D = "2022-01-14"
T = "2022-01-13"
R5 = "We need a legally binding guarantee that NATO will not move eastward, and we need it on paper, not in the form of oral assurances which were given to us and then forgotten,"
R18 = "Kirill Sosnovsky, an international relations expert at the Higher School of Economics in Moscow, told BBC Russian that the Kremlin has deliberately asked for things the West cannot give, such as the return of NATO to the 1997 lines."
R21 = "Limits on exercises near borders and on intermediate-range missiles are quite realistic; in 2019 Moscow itself proposed a moratorium on missiles,"
L["bbc-russian-2022-01-14-lavrov-patience-run-out"] = [
 ("We have run out of patience. The West has been leading us by the nose for too long, and we are not going to sit and wait forever,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The minister repeated that the central point of the Russian proposals remains the refusal of the further expansion of NATO to the east.", "sergei-lavrov", 1, "The minister", "nato-non-expansion", "supports", 0, D),
 (R5, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 (R5, "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The minister rejected the argument of the Western side that every country has the right to choose the alliances, saying that the same OSCE documents oblige states not to strengthen their security at the expense of the security of others.", "sergei-lavrov", 1, "The minister", "nato-open-door", "rejects", 0, D),
 ("We are holding exercises on our own territory, and nobody can tell us where we may or may not move our units.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 1, D),
 ("He called the Western demands to withdraw the troops an attempt to \"shift the blame\".", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("I do not see a reason to sit down again in the coming days and start the same discussions over again,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, T),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, T),
 ("He also reiterated that Russia insists on ending the military activity of NATO countries on the territory of Ukraine and other former Soviet republics that are not members of the alliance.", "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, T),
 ("We have information that indicates Russia is laying the groundwork to have the option of fabricating a pretext for invasion,", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("We are not going to negotiate about Ukraine's right to choose its own alliances, and we are not going to accept a Russian veto on that,", "jake-sullivan", 1, "Sullivan", "nato-open-door", "supports", 1, T),
 (R18, "kirill-sosnovsky", 1, "Kirill Sosnovsky", "rollback-to-1997", "mentions", 0, ""),
 (R18, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The written answer is needed in order to fix on paper that the West refused. After that Moscow can say: we offered, we warned,", "kirill-sosnovsky", 1, "the expert", "", "", 1, ""),
 (R21, "kirill-sosnovsky", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (R21, "kirill-sosnovsky", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("It is much harder to imagine Washington agreeing to anything concerning Ukraine.", "kirill-sosnovsky", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
]

D = "2022-02-01"
E2 = "We did not see adequate consideration of our three key demands regarding prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
E12 = "Arms control on missiles and transparency for exercises – that is where Europe can make a difference, and we should put our own offers on the table,"
L["ecfr-2022-02-02-putin-breaks-silence-europe"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (E2, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, D),
 (E2, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, D),
 (E2, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, D),
 ("Putin painted a scenario in which Ukraine, once inside the alliance, would try to retake Crimea by force.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts these military operations. Are we supposed to go to war with the NATO bloc? Has anyone thought about this?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("On Friday the foreign minister said he had written to his counterparts in the United States, Canada and European capitals demanding that each explain how it reconciles the right of states to choose alliances with the OSCE commitment not to strengthen one's security at the expense of others.", "sergei-lavrov", 1, "the foreign minister", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("We are not in 1945 and there is no Yalta in the 21st century. There are no spheres of influence in Europe, and every country decides for itself which alliances to join,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, ""),
 (E12, "dietmar-holzhauer", 1, "Dietmar Holzhauer", "no-intermediate-range-missiles", "mentions", 1, ""),
 (E12, "dietmar-holzhauer", 1, "Dietmar Holzhauer", "limit-military-exercises", "mentions", 1, ""),
 ("He added that Germany would insist that any such package be conditional on Russia reducing its forces near Ukraine's border.", "dietmar-holzhauer", 1, "He", "russia-de-escalation", "supports", 0, ""),
 ("NATO Secretary General Jens Stoltenberg said on Monday that the alliance was ready to restore military lines of communication with Moscow and to discuss risk reduction.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-31"),
 ("We are ready to sit down, but we will not trade away the security of any ally,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-31"),
]

D = "2022-01-13"
EU = ("european-union", 0, "The European Union")
O4 = "We have taken note of the draft documents published by the Russian Federation on 17 December 2021. Some of the proposals put forward, including the call to halt any further enlargement of NATO and to bar the sovereign states of our region from choosing their security arrangements, run contrary to the fundamental principles to which all participating States have subscribed. We will not accept them."
O6 = "The Russian demand that NATO forces and infrastructure be withdrawn from the territory of Member States that joined the Alliance after 1997 is equally unacceptable. It would create different categories of security in Europe, and it is not for a third country to decide where the armed forces of EU Member States, at their own request, host allied troops."
O7 = "At the same time, the European Union is ready to engage in dialogue on reciprocal measures that would strengthen military transparency and reduce risks. We stand ready to contribute to a discussion on modernising the Vienna Document, including on prior notification and observation of military exercises, and on arms control arrangements, including on intermediate-range missile systems in Europe, on the basis of reciprocity."
L["osce-2022-01-13-eu-statement-permanent-council"] = [
 ("The European Union welcomes the opportunity to discuss European security in the Permanent Council today, following the US–Russia Strategic Stability Dialogue in Geneva on 10 January and the meeting of the NATO–Russia Council in Brussels yesterday. We thank the Chairperson-in-Office, Foreign Minister Zbigniew Rau, for his address and for the Polish Chairpersonship's efforts to use the OSCE as a platform for dialogue.",) + EU + ("", "", 1, D),
 ("Let us be clear at the outset: the OSCE is the right place for this conversation. Any discussion on European security must take place in coordination with, and with the participation of, the European Union and its Member States. There can be no discussion about European security without Europe.",) + EU + ("", "", 1, D),
 ("The European Union remains deeply concerned by the continued large-scale Russian military build-up along Ukraine's borders and in illegally annexed Crimea. We call on the Russian Federation to de-escalate, to pull back its forces, and to engage in good faith in the existing diplomatic formats, including the Normandy format and the Trilateral Contact Group. Any further military aggression against Ukraine will have massive consequences and severe costs in response.",) + EU + ("russia-de-escalation", "supports", 1, D),
 (O4,) + EU + ("nato-non-expansion", "rejects", 1, D),
 (O4,) + EU + ("nato-open-door", "supports", 1, D),
 (O4, "russia", 0, "the Russian Federation", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The European security order rests on the Helsinki Final Act, the Charter of Paris and the Charter for European Security. These commitments include the right of every participating State to be free to choose or change its security arrangements, including treaties of alliance, as reaffirmed in Istanbul in 1999 and in Astana in 2010. The principle of indivisible security cannot be read selectively: it does not give any State the right to decide on the choices of its neighbours or to establish spheres of influence.",) + EU + ("nato-open-door", "supports", 1, D),
 (O6,) + EU + ("rollback-to-1997", "rejects", 1, D),
 (O6, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 (O7,) + EU + ("limit-military-exercises", "mentions", 1, D),
 (O7,) + EU + ("no-intermediate-range-missiles", "mentions", 1, D),
 ("As High Representative Josep Borrell said in Kyiv on 5 January, \"Ukraine's security is Europe's security.\" The European Union reiterates its unwavering support for the sovereignty and territorial integrity of Ukraine within its internationally recognised borders.",) + EU + ("", "", 1, D),
 ("Mr Chairperson, the coming weeks will show whether the Russian Federation is willing to choose the path of dialogue and de-escalation. The European Union and its Member States will remain united and will continue to coordinate closely with our partners and allies, including in the OSCE.",) + EU + ("russia-de-escalation", "supports", 1, D),
 ("The Candidate Countries the Republic of North Macedonia, Montenegro, Serbia and Albania, the Country of the Stabilisation and Association Process and Potential Candidate Bosnia and Herzegovina, and the EFTA countries Iceland and Liechtenstein, members of the European Economic Area, as well as Ukraine, the Republic of Moldova and Georgia align themselves with this statement.",) + EU + ("", "", 1, D),
]

write_gold(L, "articles-290", "gold-290")
