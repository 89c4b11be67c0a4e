#!/usr/bin/env python3
"""Writes the held-out gold of batch 323 (gold-323/*.nq) from the labels below.

Batch 323 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-12-nato-russia-council-talks: AP wire story (front matter, byline,
  BRUSSELS (AP) dateline) on the NATO-Russia Council; quotations interrupted by
  "Stoltenberg said", short quoted fragments inside reported speech, Moscow's
  demands in passing, a Polish analyst, 1997/1990 background.
- kommersant-2022-01-14-ryabkov-interview: Kommersant Q&A with Ryabkov in
  translation (no front matter, date "14.01.2022"), « » headline, dash answers
  with no speaker label, a quoted document note, a caption, a "Read also" line,
  an analyst at the end; answers carry no day of their own.
- kremlin-2022-01-27-peskov-call: Kremlin transcript of Peskov's call with
  journalists (front matter, "Question:" / "Dmitry Peskov:" labels); many
  demand-less answers, questions that name demands (unlabelled).
- ukrinform-2022-01-26-kuleba-written-answers: Ukrinform news story (no front
  matter, "26.01.2022 21:47"), "According to him" / "In his words" reported
  speech, a lawmaker, a regional governor, an analyst, a Read also line and the
  17 December drafts recalled with their date.
- dw-2022-01-21-what-russia-wants-explainer: Deutsche Welle explainer (front
  matter, UTF-8 BOM and CRLF line ends), question crossheads, caption,
  Baker/Gorbachev and Bucharest background, German experts.
- ecfr-2022-02-02-putin-answer-commentary: ECFR commentary (no front matter,
  "2 February 2022"), summary bullets, Putin and Lavrov "on Tuesday" (1 Feb);
  the author's own arguments are the narrative voice and are not labelled.
- bundestag-2022-01-13-plenary-russia-security: Bundestag plenary record in
  translation (front matter), speaker labels with party, applause and
  interjections in brackets, the presiding officer unlabelled; each speech
  paragraph is one direct quotation; Russia's demands named inside MPs' speeches.

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

D = "2022-01-12"
L["ap-2022-01-12-nato-russia-council-talks"] = [
 ("NATO and Russia failed on Wednesday to find common ground over Moscow's demands that the military alliance pull back from Eastern Europe and never admit Ukraine, with Secretary-General Jens Stoltenberg warning that \"there is a real risk for new armed conflict in Europe.\"", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("NATO and Russia failed on Wednesday to find common ground over Moscow's demands that the military alliance pull back from Eastern Europe and never admit Ukraine, with Secretary-General Jens Stoltenberg warning that \"there is a real risk for new armed conflict in Europe.\"", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("there is a real risk for new armed conflict in Europe.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("He said allies had made clear that they would not give up their policy of admitting any European country that qualifies.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 ("No one else has anything to say, and Russia of course does not have a veto, on whether Ukraine should become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("No one else has anything to say, and Russia of course does not have a veto, on whether Ukraine should become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("Moscow wants a legally binding promise that the alliance will stop moving east and that it will roll back its troops and equipment to where they stood in 1997, before it took in former Warsaw Pact countries.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a legally binding promise that the alliance will stop moving east and that it will roll back its troops and equipment to where they stood in 1997, before it took in former Warsaw Pact countries.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow wants a legally binding promise that the alliance will stop moving east and that it will roll back its troops and equipment to where they stood in 1997, before it took in former Warsaw Pact countries.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Speaking to reporters later, Grushko said that NATO's insistence on an open door was \"a road to nowhere.\"", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, D),
 ("He said Russia would not accept a situation in which the alliance continues \"to creep toward our borders,\" adding that Moscow needed answers \"article by article\" to the drafts it had handed over in December.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("If NATO moves to a policy of containment, then there will be counter-containment from our side,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("If there's deterrence, there will be counter-deterrence.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who also led Washington's team in Geneva, said the Russian side had not committed to pulling back the roughly 100,000 troops massed near Ukraine's borders.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, D),
 ("It would be a very hard thing to have real diplomacy when you have that kind of force posture,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("de-escalate, and choose the path of diplomacy.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 1, D),
 ("Sherman said the U.S. and its allies were ready to talk about arms control and about limits on where missiles could be placed, \"on a reciprocal basis.\"", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But she said proposals to bar Ukraine from joining were \"simply non-starters.\"", "wendy-sherman", 1, "she", "no-ukraine-membership", "rejects", 0, D),
 ("But she said proposals to bar Ukraine from joining were \"simply non-starters.\"", "russia", 0, "proposals", "no-ukraine-membership", "supports", 0, ""),
 ("Stoltenberg said the alliance had offered to hold further talks on a series of meetings, including on missile deployments and on greater transparency about military exercises, and to restore the missions that the two sides closed last year.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said the alliance had offered to hold further talks on a series of meetings, including on missile deployments and on greater transparency about military exercises, and to restore the missions that the two sides closed last year.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("Russia was not in a position to agree to that today,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("but they also didn't reject it.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("We will not discuss European security without our European allies, and we will not discuss Ukraine without Ukraine,", "ned-price", 1, "Price", "", "", 1, ""),
 ("Marek Jablonski, a former Polish defense official now at the Warsaw Institute for Strategic Studies, said the allies could live with reciprocal curbs on exercises.", "marek-jablonski", 1, "Marek Jablonski", "limit-military-exercises", "supports", 0, ""),
 ("Nobody in Warsaw is afraid of talking about the size of drills or notifying them earlier,", "marek-jablonski", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("What we cannot accept is being told which troops can stand on our own soil.", "marek-jablonski", 1, "he", "rollback-to-1997", "rejects", 1, ""),
]

R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
K1 = "The result is that we have said everything we wanted to say, clearly and in detail. Now the ball is on the American side. I cannot say that we have seen any movement on the main thing. The Americans told us they are not ready to discuss what for us is the core."
K2 = "Yes. For us it is absolutely mandatory to ensure that Ukraine never, never, ever becomes a member of NATO. And not only Ukraine. We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees, with the words \"shall\" and \"shall not\"."
K3 = "We heard this many times. The so-called open door is for us not a principle, it is a tool of expansion, and this door must be closed. The decision of Bucharest, when it was said that Ukraine and Georgia will become members, must be disavowed. As long as this formula stays on paper, it is a time bomb."
K4 = "There are topics where the Americans are ready to work: intermediate-range missiles, some parameters of exercises, confidence-building measures. We do not refuse this. But it is impossible to take out of the package only what is convenient for Washington and leave aside what is important for us. Our proposals are a package. Also I will remind that we proposed that the alliance return to the configuration of 1997. This remains on the table."
K5 = "I do not exclude anything in the future, but now I do not see sense to talk about pieces separately. If there is no progress on the key element, the rest loses meaning."
K6 = "This is a rhetorical game. Our troops are on our own territory, and we will move them where we consider necessary. Nobody will dictate to us where to hold exercises inside Russia. We do not accept any demands to withdraw anything from our own land."
K7 = "I would not like to make guesses. The president has said that we will have different options, and the military will propose them. I would only say that I see no reasons to continue contacts in such format if there is nothing concrete on the table. We do not need another round of talk for the sake of talk."
K8 = "It is one of the things that could be restored quickly, if there is political will. We always stood for regular contacts between militaries, it reduces risks of incidents. But this is not instead of the guarantees, it is in addition."
K9 = "Of course. The Americans must not place strike systems in Ukraine or other countries near us, and they must stop military cooperation with the former Soviet republics which are not in NATO. Such activity is a direct threat for us. It is written in our draft agreement, article by article."
KG = "Washington will offer missiles and exercises and refuse everything about the enlargement, and Moscow will then have to decide whether half a loaf is better than no bread,"
L["kommersant-2022-01-14-ryabkov-interview"] = [
 (K1, *R, "", "", 1, ""),
 (K2, *R, "no-ukraine-membership", "supports", 1, ""),
 (K2, *R, "nato-non-expansion", "supports", 1, ""),
 (K2, *R, "written-legal-guarantees", "supports", 1, ""),
 (K3, *R, "nato-open-door", "rejects", 1, ""),
 (K3, *R, "nato-non-expansion", "supports", 1, ""),
 (K3, *R, "rescind-bucharest-2008", "supports", 1, ""),
 (K4, *R, "no-intermediate-range-missiles", "supports", 1, ""),
 (K4, *R, "limit-military-exercises", "supports", 1, ""),
 (K4, *R, "rollback-to-1997", "supports", 1, ""),
 (K5, *R, "", "", 1, ""),
 (K6, *R, "russia-de-escalation", "rejects", 1, ""),
 (K7, *R, "", "", 1, ""),
 (K8, *R, "resume-military-dialogue", "supports", 1, ""),
 (K9, *R, "no-strike-weapons-near-borders", "supports", 1, ""),
 (K9, *R, "no-military-activity-ex-soviet", "supports", 1, ""),
 (KG, "alexander-gabuev", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (KG, "alexander-gabuev", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (KG, "alexander-gabuev", 1, "he", "nato-non-expansion", "mentions", 1, ""),
]

P = ("dmitry-peskov", 1, "Dmitry Peskov")
D = "2022-01-27"
L["kremlin-2022-01-27-peskov-call"] = [
 ("Yes, the documents have been received, they have been reported to the President, and he has familiarised himself with them. It is necessary to take time for analysis; we will not rush with conclusions. I would only say that, judging by what Secretary Blinken said publicly yesterday, one cannot say that our views were taken into account.", *P, "", "", 1, D),
 ("Our key concern is clear, and we have spoken about it a hundred times. It is the non-expansion of NATO to the east, it is the non-deployment of offensive weapons near our borders. On these main points we see no positive reaction.", *P, "nato-non-expansion", "supports", 1, D),
 ("Our key concern is clear, and we have spoken about it a hundred times. It is the non-expansion of NATO to the east, it is the non-deployment of offensive weapons near our borders. On these main points we see no positive reaction.", *P, "no-strike-weapons-near-borders", "supports", 1, D),
 ("I did not say that. I said that on the main questions there is no positive reaction. At the same time, there are certain elements on secondary issues, on which it is possible to begin a serious conversation. But these are secondary issues.", *P, "", "", 1, D),
 ("I would not go into details. The documents are not public, the Americans asked not to publish them, and we are for the moment respecting this. Let the experts work.", *P, "", "", 1, D),
 ("No, it does not close the topic. It is precisely the topic. The principle of the indivisibility of security says that no state may strengthen its own security at the expense of the security of others. This is what all countries of the OSCE signed in Istanbul and in Astana. The freedom to choose alliances cannot be interpreted in isolation from this, and our Western colleagues prefer to forget the second half of the formula.", *P, "nato-open-door", "rejects", 1, D),
 ("This is a question for the Foreign Ministry. The interagency work will take some time. The President will of course set the direction.", *P, "", "", 1, D),
 ("We have commented on this before. Such sanctions would be politically destructive, but they would not be painful for the President. This is not the language that helps to build a dialogue.", *P, "", "", 1, D),
 ("The movement of our armed forces on our own territory is our sovereign business. It does not threaten anyone and should not worry anyone. It is strange to hear demands to withdraw troops from our own territory, while NATO is building up forces near our borders and sending weapons to Ukraine.", *P, "russia-de-escalation", "rejects", 1, D),
 ("There is a telephone conversation with President Macron planned for Friday. We will inform you.", *P, "", "", 1, D),
 ("For the moment nothing concrete. The presidents are in contact, and the possibility of a conversation always exists if there is a need.", *P, "", "", 1, D),
]

D = "2022-01-26"
U_MER = "The chairman of the Verkhovna Rada Committee on Foreign Policy and Interparliamentary Cooperation, Oleksandr Merezhko, told Ukrinform that the Kremlin's demand to close NATO's door is \"a demand of the nineteenth century, of spheres of influence.\""
U_BON = "The Russian side asked for a promise that NATO will never grow eastwards. The Americans answered with proposals on missiles and transparency. It is a conversation of the deaf,"
U_RUS = "Meanwhile, Russia continues to insist that NATO must legally commit not to admit Ukraine and not to deploy strike weapons on its territory."
U_DEC = "As Ukrinform reported, on December 17 Russia published draft agreements with the United States and NATO in which it demands, in particular, that the Alliance abandon further expansion, including the accession of Ukraine, and not deploy additional forces and weapons outside the countries in which they were as of May 1997."
L["ukrinform-2022-01-26-kuleba-written-answers"] = [
 ("We have seen the text of the American response before it was handed to the Russian side. There are no objections from the Ukrainian side. It is important that the United States remains in close contact with Ukraine before and after every step,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("According to him, the US position on the principle of the \"open door\" of NATO remains firm.", "dmytro-kuleba", 1, "him", "nato-open-door", "supports", 0, D),
 ("The position of the United States is unchanged: NATO's doors are open, and it is Ukraine and the Allies who decide on our membership, not Moscow,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("The position of the United States is unchanged: NATO's doors are open, and it is Ukraine and the Allies who decide on our membership, not Moscow,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("In his words, the main task now is to keep Russia at the negotiating table and to force it to withdraw the troops gathered near the Ukrainian border.", "dmytro-kuleba", 1, "his", "russia-de-escalation", "supports", 0, D),
 ("The only way to lower the tension is for Russia to pull back its forces and to stop the blackmail. We are working with partners to make the price of a new aggression unacceptably high for the Kremlin,", "dmytro-kuleba", 1, "the head of Ukrainian diplomacy", "russia-de-escalation", "supports", 1, D),
 ("NATO, he said, will not give up the right of each nation to choose its own path, including the security arrangements it wants to be part of.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 0, D),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, ""),
 ("no change, there will be no change", "antony-blinken", 1, "He", "nato-open-door", "supports", 1, ""),
 (U_RUS, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (U_RUS, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (U_RUS, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("a demand of the nineteenth century, of spheres of influence.", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "nato-non-expansion", "rejects", 1, ""),
 (U_MER, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Russia wants the right to decide for its neighbours which alliances they may join. No civilized country can accept this,", "oleksandr-merezhko", 1, "Merezhko", "nato-open-door", "supports", 1, ""),
 ("We see the reports about Russian forces near our border, but life in the region goes on as usual. The authorities are ready for any development,", "oleh-syniehubov", 1, "he", "", "", 1, ""),
 (U_BON, "iryna-bondarenko", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (U_BON, "iryna-bondarenko", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (U_BON, "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, ""),
 (U_DEC, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (U_DEC, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (U_DEC, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

D = "2022-01-21"
W_BL = "The US was ready to talk about reciprocal limits on the deployment of missiles in Europe and about the scale of military drills, he said."
L["dw-2022-01-21-what-russia-wants-explainer"] = [
 ("Speaking to reporters after the talks, Lavrov repeated that Russia wants firm guarantees and not vague promises.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("We need guarantees that are legally binding, because the political promises that were made to us in the past were not kept,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("He added that the West should stop \"pumping Ukraine with weapons.\"", "sergei-lavrov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("There are certain things that are not up for negotiation. One of them is the right of countries like Ukraine to choose their own alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (W_BL, "antony-blinken", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 (W_BL, "antony-blinken", 1, "he", "limit-military-exercises", "mentions", 0, D),
 ("as a way of showing that it is serious about diplomacy.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 1, D),
 ("The maximal demands serve to show that the West refuses to listen to Russia,", "sabine-fischer", 1, "she", "", "", 1, ""),
 ("Thomas Richter, a former German arms control negotiator, said the old INF framework could be revived in a new form.", "thomas-richter", 1, "Thomas Richter", "no-intermediate-range-missiles", "supports", 0, ""),
 ("If both sides agree not to station land-based intermediate-range missiles in Europe, that would be a real gain for security, and Germany should push for it,", "thomas-richter", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Every country has the sovereign right to decide its own alliances. This is not negotiable for us,", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, ""),
]

D = "2022-02-01"
E_PU = "We have not seen an adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near the Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed,"
L["ecfr-2022-02-02-putin-answer-commentary"] = [
 (E_PU, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 (E_PU, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (E_PU, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("I hope that we will eventually find a solution, although it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("The Russian foreign minister argued on Tuesday that the West was \"cherry-picking\" from these documents, quoting only the right of states to choose alliances.", "sergei-lavrov", 1, "The Russian foreign minister", "nato-open-door", "rejects", 0, D),
 ("He insisted that this right is limited by the obligation not to harm the security of others, and that NATO enlargement therefore must stop.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
]

D = "2022-01-13"
B_H1 = "Madam President! Dear colleagues! This week the West has spoken with Russia three times: in Geneva on Monday, in the NATO-Russia Council yesterday, and today in Vienna at the OSCE. That is good. But let us be honest about what Moscow has put on the table. Russia demands that NATO promise in a treaty never again to accept a new member. It demands that the alliance withdraw from the states of Central Europe which joined after 1997. These are not negotiating positions, these are ultimatums."
B_H2 = "Nobody in this house can accept that Poland or Lithuania become members of second class. And nobody can accept that Moscow decides whether Ukraine one day joins the alliance. The federal government must say this clearly, and it must say clearly what the price of a further invasion would be."
B_S1 = "Madam President! Ladies and gentlemen! Colleague Hardt, we agree on the principles. The right of every state to choose its alliance is the foundation of the European peace order, the Charter of Paris, and we will not sacrifice it."
B_S2 = "But diplomacy is more than repeating principles. There are points in the Russian proposals on which one can talk: the stationing of intermediate-range missiles, the transparency of manoeuvres, the restoration of the military channels of communication between NATO and Russia. We Social Democrats say: If Russia is ready to talk seriously about this, then we are ready too. At the same time, the Russian troops must move away from the Ukrainian border. That is the precondition for any trust."
B_B1 = "Madam President! Dear colleagues! For thirty years the West has moved NATO eastwards, although Gorbachev was promised the opposite. Now Russia says: Stop. And here everyone is outraged. Russia asks for something quite normal, namely that no foreign missiles stand at its border. We would not accept that either."
B_B2 = "The federal government should stop the arms shipments talk and take the Russian proposals seriously."
B_G1 = "Madam President! Dear colleagues! Mr Bystron, you have just repeated Kremlin propaganda word for word."
B_G2 = "Russia has surrounded Ukraine with more than 100,000 soldiers, and you speak of NATO threats. The truth is: the states of Eastern Europe came to NATO because they wanted to, not because anyone pulled them. A sphere of influence in which Moscow decides about its neighbours is something we will never recognise."
B_G3 = "Our foreign minister has said it clearly: The federal government is ready for serious dialogue, but Russia must first de-escalate. And I add: the first step of de-escalation is the withdrawal of these troops."
B_G3a = "Our foreign minister has said it clearly: The federal government is ready for serious dialogue, but Russia must first de-escalate."
B_L1 = "Madam President! Ladies and gentlemen! I would like to remind us of something. In 1997 NATO and Russia signed the Founding Act. In 2008 in Bucharest, NATO said Ukraine and Georgia would become members. The history is long, and Russia likes to tell it selectively."
B_L2 = "What Moscow wants today is not dialogue but a veto. And I ask the federal government: Is it really so that Russia also demands an end to all exercises of NATO in the eastern member states? If this is so, then this is a demand for the demilitarisation of half of our alliance."
B_D1 = "Madam President! Ladies and gentlemen! One should finally take seriously what Russia says. Russia says that it wants legally binding security guarantees, in writing. After the experience of the last decades, that is not surprising. We call on the federal government to support a treaty on the non-enlargement of NATO, instead of further escalating the situation."
H = ("jurgen-hardt", 1, "Jürgen Hardt")
S = ("nils-schmid", 1, "Nils Schmid")
BY = ("petr-bystron", 1, "Petr Bystron")
G = ("agnieszka-brugger", 1, "Agnieszka Brugger")
LE = ("ulrich-lechte", 1, "Ulrich Lechte")
DA = ("sevim-dagdelen", 1, "Sevim Dağdelen")
RU = ("russia", 0, "Russia")
L["bundestag-2022-01-13-plenary-russia-security"] = [
 (B_H1, *H, "nato-non-expansion", "rejects", 1, D),
 (B_H1, *H, "rollback-to-1997", "rejects", 1, D),
 (B_H1, *RU, "nato-non-expansion", "supports", 0, ""),
 (B_H1, *RU, "written-legal-guarantees", "supports", 0, ""),
 (B_H1, *RU, "rollback-to-1997", "supports", 0, ""),
 (B_H2, *H, "rollback-to-1997", "rejects", 1, D),
 (B_H2, *H, "nato-open-door", "supports", 1, D),
 (B_H2, *H, "no-ukraine-membership", "rejects", 1, D),
 (B_S1, *S, "nato-open-door", "supports", 1, D),
 (B_S2, *S, "no-intermediate-range-missiles", "mentions", 1, D),
 (B_S2, *S, "limit-military-exercises", "mentions", 1, D),
 (B_S2, *S, "resume-military-dialogue", "mentions", 1, D),
 (B_S2, *S, "russia-de-escalation", "supports", 1, D),
 (B_S2, "russia", 0, "the Russian proposals", "no-intermediate-range-missiles", "supports", 0, ""),
 (B_S2, "russia", 0, "the Russian proposals", "limit-military-exercises", "supports", 0, ""),
 (B_S2, "russia", 0, "the Russian proposals", "resume-military-dialogue", "supports", 0, ""),
 (B_B1, *BY, "nato-non-expansion", "supports", 1, D),
 (B_B1, *BY, "no-strike-weapons-near-borders", "supports", 1, D),
 (B_B1, *RU, "nato-non-expansion", "supports", 0, ""),
 (B_B1, *RU, "no-strike-weapons-near-borders", "supports", 0, ""),
 (B_B2, *BY, "", "", 1, D),
 (B_G1, *G, "", "", 1, D),
 (B_G2, *G, "nato-open-door", "supports", 1, D),
 (B_G3, *G, "russia-de-escalation", "supports", 1, D),
 (B_G3a, "annalena-baerbock", 1, "Our foreign minister", "russia-de-escalation", "supports", 0, ""),
 (B_L1, *LE, "", "", 1, D),
 (B_L2, *LE, "nato-open-door", "supports", 1, D),
 (B_L2, *LE, "limit-military-exercises", "rejects", 1, D),
 (B_D1, *DA, "written-legal-guarantees", "supports", 1, D),
 (B_D1, *DA, "nato-non-expansion", "supports", 1, D),
 (B_D1, *RU, "written-legal-guarantees", "supports", 0, ""),
]

write_gold(L, "articles-323", "gold-323")
