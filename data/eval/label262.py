#!/usr/bin/env python3
"""Writes the held-out gold of batch 262 (gold-262/*.nq) from the labels below.

Batch 262 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-27-kyiv-kuleba-us-reply: Reuters Kyiv wire story, no front
  matter (dateline "KYIV, Jan 27 (Reuters) -"); quotes interrupted by "X told",
  indirect speech over two sentences, a capitalised crosshead, Bucharest 2008
  background, an analyst, Moscow's demands named in passing.
- the-independent-2022-01-13-what-does-russia-want-explained: Independent
  explainer with front matter, question crossheads, "Read more" links, Baker
  1990 history, demands summarised by the journalist, an independent analyst.
- tass-2022-01-12-grushko-nato-russia-council: TASS machine-translated, UTF-8
  BOM and CRLF line ends, no front matter ("BRUSSELS, January 12. /TASS/.");
  clumsy articles ("the counter-deterrence"), "according to him" oddities,
  reported speech whose speaker is named in the following sentence.
- ukrainska-pravda-2022-01-19-blinken-kyiv-kuleba: Ukrainska Pravda English,
  front matter, "Quote from X:" paragraphs, "Source:", "Details:",
  "Background:", "Read also:" link lines with quotations in them.
- state-department-2022-01-10-sherman-press-call-geneva: State Department
  transcript of Sherman's Geneva call, no front matter, speaker labels,
  moderator (Price) and questions not labelled, one label per answer paragraph.
- novaya-gazeta-2022-01-22-lavrov-blinken-geneva-ninety-minutes: Novaya Gazeta
  in English, front matter, « » quotation marks, "on Friday" against a Saturday
  publication date, 1990/1997 history, a Duma deputy and an analyst.
- sky-news-2022-01-30-kelin-interview-transcript: Sky News TV interview
  transcript (Sophy Ridge / Andrei Kelin), no front matter, host questions
  that name demands (not labelled), answer paragraphs, a reported coda.

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

D = "2022-01-27"
E1 = "Ukraine's foreign minister said on Thursday he had seen the U.S. response to Russia's security demands before it was handed to Moscow and that it contained no concessions on Ukraine's right to seek NATO membership."
E4 = "Secretary of State Antony Blinken said on Wednesday that the document set out \"a serious diplomatic path\" but made clear that the United States would not bar Ukraine or any other country from joining the alliance."
E6 = "Russia has demanded legally binding guarantees that NATO will not expand further and that the alliance pull back troops and weapons from countries in Central and Eastern Europe that joined after 1997."
E10 = "He said the replies did not answer what Moscow regards as its main concern, that the alliance stop moving eastward towards Russia's borders."
E17 = "Moscow wants to keep Ukraine in a grey zone for ever, outside any alliance, and it wanted Washington to sign that away on our behalf,"
E21 = "Nobody in Brussels is going to put their name to a paper promising never to take Ukraine in. The Kremlin knows that perfectly well, which is why it asked for it,"
L["reuters-2022-01-27-kyiv-kuleba-us-reply"] = [
 (E1, "dmytro-kuleba", 1, "Ukraine's foreign minister", "nato-open-door", "supports", 0, D),
 ("We have seen the text before it went to Moscow, and I can tell you there are no positions in it that Ukraine would object to,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 ("Nothing about Ukraine without Ukraine, and that principle held.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 (E4, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (E6, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (E6, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (E6, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Judging by what we have heard, there is not much ground for optimism,", "dmitry-peskov", 1, "he", "", "", 1, D),
 (E10, "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (E10, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The best way to deter Russia is to make it clear that the price of any new aggression will be unbearable, and for Russia to pull back the forces it has piled up along our border,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("He added that he did not expect the membership question to be settled any time soon, but that Ukraine would not sign up to any arrangement under which it renounced the goal.", "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("The country's right to pick its own alliances, he said, was written into its constitution.", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 0, D),
 (E17, "iryna-hnatiuk", 1, "Iryna Hnatiuk", "no-ukraine-membership", "rejects", 1, ""),
 (E17, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("That did not happen, and it will not happen.", "iryna-hnatiuk", 1, "Iryna Hnatiuk", "no-ukraine-membership", "rejects", 1, ""),
 (E21, "mykola-dovhan", 1, "Dovhan", "no-ukraine-membership", "mentions", 1, ""),
 (E21, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("It now has a refusal in writing that it can present at home as proof that the West ignores Russia.", "mykola-dovhan", 1, "Dovhan", "", "", 1, ""),
 ("A separate NATO reply, delivered at the same time, offered talks on arms control, transparency over military exercises and the reopening of the alliance's mission in Moscow, according to diplomats who have seen it.", "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("a very serious threat which no one should underestimate", "oleksiy-danilov", 1, "Oleksiy Danilov", "", "", 1, D),
 ("Moscow has called the deliveries provocative.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Our position has not changed: we want peace, we are ready for talks, and we will defend ourselves if necessary,", "dmytro-kuleba", 1, "he", "", "", 1, D),
]

D = "2022-01-13"
K1 = "The Kremlin wants a legally binding promise that the alliance will admit no new members in the east, most obviously Ukraine and Georgia."
K2 = "It also wants Nato to pull its forces and equipment back to where they stood in 1997, before the former Warsaw Pact states of central Europe joined, and to refrain from any military activity in Ukraine, the South Caucasus and Central Asia."
K3 = "Other clauses would ban the deployment of intermediate-range missiles anywhere they could hit the other side's territory and keep warships and bombers out of areas from which they could attack."
S1 = "He said allies had proposed a series of meetings on arms control, missile deployments and transparency over military exercises, and had urged Russia to pull back its troops."
U1 = "The United States has signalled that it would be willing to talk about limits on where short- and medium-range missiles can be stationed in Europe – a subject both sides lost a framework for when the INF treaty collapsed in 2019 – and about reciprocal curbs on the size and scope of exercises."
W1 = "The missile and exercise proposals are the kind of thing diplomats can work with, and frankly Europe would be safer with some of them,"
L["the-independent-2022-01-13-what-does-russia-want-explained"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (K1, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 (K1, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (K1, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (K2, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 (K2, "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 (K3, "russian-foreign-ministry", 0, "Other clauses", "no-intermediate-range-missiles", "supports", 0, ""),
 (K3, "russian-foreign-ministry", 0, "Other clauses", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need guarantees, and they must be long-term and legally binding, because we know very well that verbal promises mean nothing,", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Nato will not compromise on core principles – the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "Mr Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 (S1, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (S1, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (S1, "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 (U1, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, ""),
 (U1, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, ""),
 (W1, "hannah-whitcombe", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (W1, "hannah-whitcombe", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("The rollback to 1997 is another matter entirely. It would turn Poland and the Baltic states into second-class members, and no Nato government could agree to that.", "hannah-whitcombe", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("for the possibility that diplomacy fails", "jens-stoltenberg", 1, "Mr Stoltenberg", "", "", 1, ""),
]

D = "2022-01-12"
G = "alexander-grushko"
T1 = "Russia at the meeting of the Russia-NATO Council (RNC) explained in detail to the alliance members that the further expansion of NATO to the East is unacceptable for it, and the question of the non-expansion is a question of principle."
T2 = "We said with all frankness that the further advancement of the alliance to the East is a red line for us, and it is necessary to stop this process, not in words, but in a legally binding form,"
T3 = "The diplomat noted that the formula of Bucharest summit 2008, according to which Ukraine and Georgia will become NATO members, continues to create the danger for the security of Europe."
T4 = "Grushko also said that Moscow demands that NATO does not carry out military activity on the territory of Ukraine and of other states of post-Soviet space that are not the members of alliance."
T5 = "According to the Deputy Minister, the NATO representatives during the meeting repeated again their thesis of \"open doors\"."
T6 = "He noted that the alliance declared readiness to discuss a number of issues, including the questions of the missiles and the exercises."
T7 = "We do not refuse to discuss these questions, but they are secondary, they can be considered only in a package, only together with the main questions,"
T8 = "In them, in particular, is provided the refusal of the further expansion of NATO, including the joining of Ukraine, and the non-deployment of the strike weapon systems near the borders of Russia."
T9 = "According to him, NATO increased the intensity of the exercises near the Russian borders, the flights of the reconnaissance aircraft and the activity of the warships in the Black Sea."
L["tass-2022-01-12-grushko-nato-russia-council"] = [
 (T1, G, 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 (T2, G, 1, "the Deputy Minister", "nato-non-expansion", "supports", 1, D),
 (T2, G, 1, "the Deputy Minister", "written-legal-guarantees", "supports", 1, D),
 ("According to him, the Russian side explained to the NATO members that the guarantees must be fixed in the documents which the alliance members will sign.", G, 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("We were told many times orally, and we know what has become with these oral promises. Therefore we need the paper, which has legal force,", G, 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 (T3, G, 1, "The diplomat", "rescind-bucharest-2008", "supports", 0, D),
 (T3, G, 1, "The diplomat", "no-ukraine-membership", "supports", 0, D),
 ("The decision of Bucharest must be cancelled, it is the source of the instability, and all members of the alliance understand it perfectly,", G, 1, "he", "rescind-bucharest-2008", "supports", 1, D),
 (T4, G, 1, "Grushko", "no-military-activity-ex-soviet", "supports", 0, D),
 (T4, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The development of the territory of Ukraine by the military structures of NATO, the appearance of the instructors, the supplies of weapons, - all this is not acceptable for us,", G, 1, "he", "no-military-activity-ex-soviet", "supports", 1, D),
 (T5, G, 1, "the Deputy Minister", "nato-open-door", "mentions", 0, D),
 (T5, "nato", 0, "the NATO representatives", "nato-open-door", "supports", 0, D),
 ("The allies told us that every state has the right to choose the alliances. But this right can not be realized at the expense of the security of other states, this is the principle of indivisibility of security which all OSCE countries signed in Istanbul and Astana,", G, 1, "Grushko", "nato-open-door", "rejects", 1, D),
 (T6, G, 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (T6, G, 1, "He", "limit-military-exercises", "mentions", 0, D),
 (T7, G, 1, "the diplomat", "no-intermediate-range-missiles", "mentions", 1, D),
 (T7, G, 1, "the diplomat", "limit-military-exercises", "mentions", 1, D),
 ("If they choose the line of the deterrence, we will answer with the counter-deterrence. If it will be the line of the intimidation, we will answer with the counter-intimidation,", G, 1, "he", "", "", 1, D),
 ("Grushko reported that Russia does not exclude the possibility of the restoration of the channels of the military communication with the alliance, which were frozen since 2014.", G, 1, "Grushko", "resume-military-dialogue", "supports", 0, D),
 ("At the moment all channels of the military cooperation are frozen, and the alliance itself did it. We do not insist on something, but without the dialogue of the militaries the risks of the incidents only grow,", G, 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("Earlier NATO Secretary General Jens Stoltenberg at the press conference after the meeting declared that the alliance will not refuse the policy of the \"open doors\" and that Russia has no right of the veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("In addition, Stoltenberg, according to him, called Russia to the de-escalation and the withdrawal of the troops from the border with Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("We came with the concrete proposals. The conversation was direct, frank, deep. But there is no agenda which would be positive and unifying,", G, 1, "Grushko", "", "", 1, D),
 (T8, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (T8, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (T8, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 (T9, "alexander-fomin", 1, "him", "limit-military-exercises", "supports", 0, D),
 (T9, "alexander-fomin", 1, "him", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("We proposed to reduce the scale of the exercises and to move them away from the line of contact, this proposal remains on the table,", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 1, D),
]

D = "2022-01-19"
P1 = "Russia's demand that NATO not conduct any military cooperation with Ukraine is aimed precisely at preventing such deliveries."
P2 = "When Moscow writes in its draft treaty that no NATO country may help Ukraine militarily, it is writing our death sentence. No Ukrainian politician will accept this."
B1 = "On 17 December 2021 the Russian Foreign Ministry published draft treaties with the United States and NATO, in which Moscow demands that the Alliance give up any further enlargement to the east, in particular with the accession of Ukraine, and not deploy its troops in countries which joined NATO after May 1997."
L["ukrainska-pravda-2022-01-19-blinken-kyiv-kuleba"] = [
 ("US Secretary of State Antony Blinken, who arrived in Kyiv on 19 January, has stated that the United States will not accept any agreement with Russia which restricts Ukraine's right to choose its allies.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("The door of NATO is open, and it will remain open. It is for Ukraine and the 30 NATO Allies, and for nobody else, to decide when Ukraine is ready to join. Russia does not get a say in that.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We call on Russia to choose the path of diplomacy, to pull back its forces and to de-escalate. That is the simplest way to show that it is serious about talking.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("Russia wants to return to a world of spheres of influence, where big countries decide the fate of smaller ones. That world is gone, and Ukraine will not go back to it.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Kuleba added that Kyiv does not intend to give up its course towards the EU and NATO, which is enshrined in the Constitution of Ukraine.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Our strategic course towards membership in NATO is not a subject for negotiation with Moscow. Never.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (B1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (B1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (B1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Blinken said all the right words about the open door. But the Kremlin is not afraid of open doors, it is afraid of Javelins. We need air defence, we need anti-ship missiles, and we need them now, not after an invasion.", "taras-pavliuk", 1, "Pavliuk", "nato-open-door", "mentions", 1, ""),
 ("According to Pavliuk, " + P1, "taras-pavliuk", 1, "Pavliuk", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("According to Pavliuk, " + P1, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (P2, "taras-pavliuk", 1, "Pavliuk", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (P2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("the situation is not developing in a positive direction", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 ("We insist on an answer on paper, point by point, not on general words about dialogue and open doors.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, ""),
]

D = "2022-01-10"
W = "wendy-sherman"
A2 = "We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO Alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States."
A4 = "We did, however, hear the Russian side out on the things they care about, and we put some ideas of our own on the table. We said we are open to discussing the future of certain missile systems in Europe, along the lines of the Intermediate-Range Nuclear Forces Treaty. We also expressed openness to talking about reciprocal limits on the size and scope of military exercises, and to improving notification arrangements so that an exercise is not mistaken for something else."
A5 = "These are areas where we can make progress, but only on a reciprocal basis, and only in consultation with our Allies and partners. Nothing we discussed today commits either side to anything."
A8 = "On the second part of your question: yes, the Russian side put a great deal of emphasis on the demand that Ukraine never become a member of NATO and that the Alliance stop enlarging. We were very clear that that is not a decision for Russia to make. It is for Ukraine and for the 30 NATO Allies."
A11 = "He did tell me something very similar, and I think he would tell you the same thing he told me: Russia is looking for guarantees in legal form. I would just say that there are many ways to make commitments binding, and on the issues where we see room for agreement, such as missiles and exercises, we are certainly prepared to look at what form an agreement should take."
L["state-department-2022-01-10-sherman-press-call-geneva"] = [
 ("Thank you, Ned, and good evening to all of you. We've just finished a long day – almost eight hours – of discussions with the Russian delegation led by Deputy Foreign Minister Ryabkov. It was a frank and forthright discussion, and I want to be clear about where things stand.", W, 1, "DEPUTY SECRETARY SHERMAN", "", "", 1, D),
 (A2, W, 1, "DEPUTY SECRETARY SHERMAN", "nato-open-door", "supports", 1, D),
 (A2, W, 1, "DEPUTY SECRETARY SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("And we will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO. That is the principle we came into this room with and the principle we are leaving with.", W, 1, "DEPUTY SECRETARY SHERMAN", "", "", 1, D),
 (A4, W, 1, "DEPUTY SECRETARY SHERMAN", "no-intermediate-range-missiles", "mentions", 1, D),
 (A4, W, 1, "DEPUTY SECRETARY SHERMAN", "limit-military-exercises", "mentions", 1, D),
 (A5, W, 1, "DEPUTY SECRETARY SHERMAN", "no-intermediate-range-missiles", "mentions", 1, D),
 (A5, W, 1, "DEPUTY SECRETARY SHERMAN", "limit-military-exercises", "mentions", 1, D),
 ("Finally, I made clear that it is very difficult to have a constructive diplomatic conversation while Russia has some 100,000 troops at Ukraine's border. Genuine progress will require de-escalation, and we are not yet seeing it. With that, I'm happy to take some questions.", W, 1, "DEPUTY SECRETARY SHERMAN", "russia-de-escalation", "supports", 1, D),
 ("Thank you, Andrea. The Russian delegation said, as they have said publicly, that they have no intention of invading Ukraine. We have heard that before, and we will judge them by their actions, not their words. If they want to prove it, they can return their forces to their barracks.", W, 1, "DEPUTY SECRETARY SHERMAN", "russia-de-escalation", "supports", 1, D),
 (A8, W, 1, "DEPUTY SECRETARY SHERMAN", "no-ukraine-membership", "rejects", 1, D),
 (A8, W, 1, "DEPUTY SECRETARY SHERMAN", "nato-non-expansion", "rejects", 1, D),
 (A8, W, 1, "DEPUTY SECRETARY SHERMAN", "nato-open-door", "supports", 1, D),
 (A8, "russia", 0, "the Russian side", "no-ukraine-membership", "supports", 0, D),
 (A8, "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, D),
 ("The proposal to roll back NATO's posture to 1997 is, frankly, a non-starter. Our Allies on the eastern flank joined the Alliance as sovereign democracies and they are not second-class members. We will not discuss their security without them, and we did not discuss it today.", W, 1, "DEPUTY SECRETARY SHERMAN", "rollback-to-1997", "rejects", 1, D),
 ("As for next steps, the Russian delegation will go home and report to President Putin. We will consult with Allies in Brussels on Wednesday and at the OSCE in Vienna on Thursday. I did not set a date, and neither did they.", W, 1, "DEPUTY SECRETARY SHERMAN", "", "", 1, D),
 (A11, W, 1, "DEPUTY SECRETARY SHERMAN", "written-legal-guarantees", "mentions", 1, D),
 (A11, W, 1, "DEPUTY SECRETARY SHERMAN", "no-intermediate-range-missiles", "mentions", 1, D),
 (A11, W, 1, "DEPUTY SECRETARY SHERMAN", "limit-military-exercises", "mentions", 1, D),
 (A11, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, D),
 ("But let me be equally clear: there are some things that no form of words will change, and the right of countries to choose their own partners is one of them.", W, 1, "DEPUTY SECRETARY SHERMAN", "nato-open-door", "supports", 1, D),
]

D = "2022-01-21"
N1 = "Our main demand is that the alliance stops expanding, and that it gives legally binding guarantees of this. Everything else is derivative,"
N2 = "At the same time, Blinken said the US was ready to look at reciprocal steps on missile deployments and on military exercises, and said he was willing to meet Lavrov again after Moscow had studied the reply."
N3 = "Nobody in the Foreign Ministry seriously thinks that Washington will sign a promise never to accept Ukraine or to withdraw from Poland,"
N4 = "These are bargaining positions. What Russia can realistically get is an agreement on medium-range missiles and on limiting exercises near the borders, and that would actually be quite a lot."
L["novaya-gazeta-2022-01-22-lavrov-blinken-geneva-ninety-minutes"] = [
 ("We have agreed that we will receive the American response on paper, and after that it will become clear whether we are on the right track,", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("He stressed that Moscow was waiting for an answer on every point, and above all on the question of NATO's eastward movement.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (N1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (N1, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("Asked whether Russia was preparing to attack Ukraine, he repeated that Moscow had «never threatened the Ukrainian people» and that the troops on Russian territory were no one else's business.", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("He then accused the West of «pumping Ukraine with weapons».", "sergei-lavrov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("not a negotiation, but a candid exchange of ideas", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There are some things that are not up for negotiation, and one of them is the principle that every country is free to choose its own alliances,", "antony-blinken", 1, "the Secretary of State", "nato-open-door", "supports", 1, D),
 ("We are not going to trade that away.", "antony-blinken", 1, "the Secretary of State", "nato-open-door", "supports", 1, D),
 (N2, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (N2, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("They will send us pretty words about transparency and hotlines. But we asked for one simple thing: take your troops and your bases back to where they were in 1997. If they refuse, then the conversation is over,", "viktor-plotnikov", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-22"),
 (N3, "yekaterina-sidorenko", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (N3, "yekaterina-sidorenko", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (N4, "yekaterina-sidorenko", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (N4, "yekaterina-sidorenko", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("According to Sidorenko, the troop concentration is the main instrument of this bargaining, and Moscow will not pull its units back before it receives something in writing.", "yekaterina-sidorenko", 1, "Sidorenko", "russia-de-escalation", "mentions", 0, ""),
 ("The partners confirmed once again: no concessions to Russia at the expense of Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
]

D = "2022-01-30"
K = "andrei-kelin"
KN = "ANDREI KELIN"
Q3 = "There are some elements we can discuss. On intermediate-range missiles, on the transparency of exercises, some of this is interesting, and we proposed these things ourselves years ago."
Q4 = "But the main question, the question that we put first, is not answered. We asked for a legally binding guarantee that NATO will not expand eastwards, and that Ukraine and Georgia will not become members. The answer we received is that the door is open. That is not an answer, that is a refusal."
Y1 = "Mr Wallace said Moscow should pull back its troops if it wanted to be taken seriously, and repeated that Nato would not close its door to new members."
L["sky-news-2022-01-30-kelin-interview-transcript"] = [
 ("Good morning. No, we are not going to invade Ukraine. There is no intention to attack anyone. These troops are on Russian territory, they are on exercises, and it is our sovereign right to move them wherever we want inside our own country.", K, 1, KN, "russia-de-escalation", "rejects", 1, D),
 ("I understand that there is a lot of hysteria, and a lot of it is coming from London, I have to say. But look at the map. It is not Russia that has moved towards NATO. It is NATO that has come 1,000 kilometres closer to our borders in the last 25 years.", K, 1, KN, "nato-non-expansion", "supports", 1, D),
 (Q3, K, 1, KN, "no-intermediate-range-missiles", "supports", 1, D),
 (Q3, K, 1, KN, "limit-military-exercises", "supports", 1, D),
 (Q4, K, 1, KN, "nato-non-expansion", "supports", 1, D),
 (Q4, K, 1, KN, "written-legal-guarantees", "supports", 1, D),
 (Q4, K, 1, KN, "no-ukraine-membership", "supports", 1, D),
 (Q4, K, 1, KN, "nato-open-door", "rejects", 1, D),
 ("Of course, every country can choose its alliances. But there is another principle, which NATO countries also signed in Istanbul in 1999, that no country should strengthen its security at the expense of the security of others. You cannot take one principle and forget the other.", K, 1, KN, "nato-open-door", "rejects", 1, D),
 ("We are asking to return to the situation of 1997, when the Founding Act was signed. After that, NATO moved infrastructure right up to our borders. We would like this to be reversed. It is a subject for negotiation, and we are ready to negotiate.", K, 1, KN, "rollback-to-1997", "supports", 1, D),
 ("Sanctions will not change our policy. We have lived with sanctions since 2014. I would say to the British government that it would be better to spend this energy on diplomacy.", K, 1, KN, "", "", 1, D),
 ("Yes, it is a problem, because these weapons are being delivered to a country where there is a civil conflict, in the Donbas. We have said very clearly that we want no NATO military presence, no instructors, no weapons supplies in Ukraine. This is part of our proposal, and it is very important for us.", K, 1, KN, "no-military-activity-ex-soviet", "supports", 1, D),
 ("A moratorium is not enough. A moratorium can be cancelled at any moment. We have had many promises in the past, since 1990, and they were all forgotten. That is why we want something on paper, signed and ratified.", K, 1, KN, "written-legal-guarantees", "supports", 1, D),
 ("Then we will take measures to ensure our security. I will not speculate what kind of measures. President Putin has said this will be military-technical measures. But I want to stress that we prefer diplomacy.", K, 1, KN, "", "", 1, D),
 ("I can tell you that there will be no war from the Russian side. We do not want war. Nobody wants war. But we want to be heard.", K, 1, KN, "", "", 1, D),
 ("not credible while Russia's forces continue to grow on the border", "ben-wallace", 1, "Ben Wallace", "russia-de-escalation", "supports", 1, D),
 (Y1, "ben-wallace", 1, "Mr Wallace", "russia-de-escalation", "supports", 0, D),
 (Y1, "ben-wallace", 1, "Mr Wallace", "nato-open-door", "supports", 0, D),
]

write_gold(L, "articles-262", "gold-262")
