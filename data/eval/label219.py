#!/usr/bin/env python3
"""Writes the held-out gold of batch 219 (gold-219/*.nq) from the labels below.

Batch 219 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- apa-2022-01-27-south-caucasus-stakes-security-talks: APA (Azerbaijan), English,
  front matter, "Baku, January 27, APA" dateline, crossheads, "Read also" lines; the
  South Caucasus angle (Georgia's Bucharest promise, Azerbaijan's partnership
  programmes); Lavrov quote on two demands, a Russian demand in passing inside an
  analyst's two-sentence quote, reported speech with no demand (Peskov, Hasanzade).
- reuters-breakingviews-2022-01-11-putin-nato-ultimatum-price: Breakingviews column,
  no front matter, "LONDON, Jan 11 (Reuters Breakingviews)"; the columnist's own
  analysis (not labelled) mixed with narrator sentences that report the Kremlin's and
  Putin's demands; a four-word quoted fragment about legal guarantees; a CONTEXT NEWS
  block with bullets.
- kazinform-2022-01-14-lavrov-written-answer-csto: Kazinform, UTF-8 BOM and CRLF, no
  front matter, date line at the top, machine-translation English, « » quotes;
  Lavrov's press conference (written guarantees with the 1990 "not one inch" history
  inside a quote), CSTO Kazakhstan material with no demand, Kazakh analysts who voice
  demands in their own words (supports) or only assess them (mentions).
- senat-2022-01-12-questions-government-ukraine-security: French Senate record,
  translated, front matter; speaker labels with titles ("Mr Jean-Yves Le Drian,
  Minister for Europe and Foreign Affairs. –"), applause stage directions (kept out of
  the spans), senators' questions (no label) and their replies (labelled, one
  paragraph = one quotation), background 1990/Bucharest inside a question.
- bns-2022-01-27-lithuania-welcomes-us-nato-replies: BNS wire, no front matter, time
  stamp line and "VILNIUS, Jan 27, BNS –" dateline; the 1997 rollback demand seen from
  Lithuania (Rukla battalion), Russia's demand in passing inside the minister's
  sentence, a quote interrupted by "she said" and "the analyst added", background on
  the Founding Act.
- brookings-2022-01-28-qa-what-washington-put-in-writing: Brookings Q&A with an
  invented scholar, front matter, "Q:"/"A:" labels; every answer paragraph is one
  quotation, dated by "on Thursday" in the standfirst; the scholar supports/rejects
  where she argues in her own voice, else mentions; questions (which also name
  demands) get no label.
- prostir-tv-2022-02-02-talk-show-putin-concerns-ignored: YouTube talk-show
  transcript of an (invented) Ukrainian channel, translated, front matter, [hh:mm:ss]
  stamps, upper-case speaker labels, [inaudible]/[music] tags; clips of Putin (said
  "yesterday", 1 Feb) and Kuleba (today); host gets no label.

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

Batch-specific choices: the in-passing Russia label reuses the span of the sentence or
quotation it sits in, with direct 0. A columnist's or narrator's own sentence that
reports what Russia/Putin demands is labelled as reported speech of that actor. The
parliamentary "reply" of a senator after the minister's answer is a statement, not a
question, and is labelled; stage directions in parentheses are kept out of spans.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["apa-2022-01-27-south-caucasus-stakes-security-talks"] = [
 ("The main question is our clear position on the inadmissibility of NATO's further expansion to the East and of deploying strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of NATO's further expansion to the East and of deploying strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("At the same time, he said the American text left room for a serious conversation on secondary matters, such as the deployment of intermediate-range missiles and transparency of exercises.", "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("At the same time, he said the American text left room for a serious conversation on secondary matters, such as the deployment of intermediate-range missiles and transparency of exercises.", "sergei-lavrov", 1, "he", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("Secretary of State Antony Blinken told reporters in Washington on Wednesday that the US document upheld the principle that NATO's doors remain open to any country that wishes to apply.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance was ready to listen to Russia's concerns but would not compromise on the right of every nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("He again urged Moscow to pull back the more than 100,000 troops it has massed near Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("In the draft treaty it published on December 17, Moscow demanded that the alliance give up any further enlargement and formally close the door to Ukraine and \"other states\".", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In the draft treaty it published on December 17, Moscow demanded that the alliance give up any further enlargement and formally close the door to Ukraine and \"other states\".", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Georgia's path to NATO is written into our Constitution. No third country will decide for Georgians which alliance they may join,", "nino-kereselidze", 1, "Nino Kereselidze", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Georgia's path to NATO is written into our Constitution. No third country will decide for Georgians which alliance they may join,", "nino-kereselidze", 1, "Nino Kereselidze", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("Russian diplomats have repeatedly argued that the 2008 promise must be withdrawn.", "russia", 0, "Russian diplomats", "rescind-bucharest-2008", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov told journalists in Geneva on January 10 that NATO should abandon the Bucharest formula on Ukraine and Georgia once and for all.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("Azerbaijan does not seek membership in any military alliance, so the enlargement question does not touch us directly. But the Russian demand to freeze all NATO military cooperation with post-Soviet states that are not members would hit our partnership programmes, from military education to demining,", "elnur-mammadli", 1, "Elnur Mammadli", "nato-non-expansion", "mentions", 1, ""),
 ("Azerbaijan does not seek membership in any military alliance, so the enlargement question does not touch us directly. But the Russian demand to freeze all NATO military cooperation with post-Soviet states that are not members would hit our partnership programmes, from military education to demining,", "elnur-mammadli", 1, "Elnur Mammadli", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Azerbaijan does not seek membership in any military alliance, so the enlargement question does not touch us directly. But the Russian demand to freeze all NATO military cooperation with post-Soviet states that are not members would hit our partnership programmes, from military education to demining,", "russia", 0, "the Russian demand", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Small and medium states should not become small change in a bargain between great powers,", "elnur-mammadli", 1, "he", "", "", 1, ""),
 ("We saw in 2020 how quickly the balance in the South Caucasus can shift.", "elnur-mammadli", 1, "he", "", "", 1, ""),
 ("that would reduce tensions in our wider neighbourhood", "ararat-mirzoyan", 1, "Ararat Mirzoyan", "", "", 1, ""),
 ("The worst outcome for us would be a new dividing line drawn from the Black Sea to the Caspian,", "tural-hasanzade", 1, "he", "", "", 1, ""),
]

L["reuters-breakingviews-2022-01-11-putin-nato-ultimatum-price"] = [
 ("Russia's president wants the United States and its allies to sign away the right to admit new members, to pull their forces back to where they stood a quarter of a century ago and to keep their missiles and warships out of range.", "vladimir-putin", 1, "Russia's president", "nato-non-expansion", "supports", 0, ""),
 ("Russia's president wants the United States and its allies to sign away the right to admit new members, to pull their forces back to where they stood a quarter of a century ago and to keep their missiles and warships out of range.", "vladimir-putin", 1, "Russia's president", "rollback-to-1997", "supports", 0, ""),
 ("Russia's president wants the United States and its allies to sign away the right to admit new members, to pull their forces back to where they stood a quarter of a century ago and to keep their missiles and warships out of range.", "vladimir-putin", 1, "Russia's president", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Russia's president wants the United States and its allies to sign away the right to admit new members, to pull their forces back to where they stood a quarter of a century ago and to keep their missiles and warships out of range.", "vladimir-putin", 1, "Russia's president", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The draft treaties the Kremlin published on Dec. 17 read less like an opening bid than a bill of surrender: NATO would have to rule out further enlargement, including of Ukraine, and withdraw troops and hardware from every country that joined after May 1997.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The draft treaties the Kremlin published on Dec. 17 read less like an opening bid than a bill of surrender: NATO would have to rule out further enlargement, including of Ukraine, and withdraw troops and hardware from every country that joined after May 1997.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("The draft treaties the Kremlin published on Dec. 17 read less like an opening bid than a bill of surrender: NATO would have to rule out further enlargement, including of Ukraine, and withdraw troops and hardware from every country that joined after May 1997.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The United States has already signalled it is willing to talk about both, on a reciprocal basis.", "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The United States has already signalled it is willing to talk about both, on a reciprocal basis.", "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, ""),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Sherman said the United States would not allow anyone to slam shut NATO's open-door policy and urged Russia to de-escalate.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Sherman said the United States would not allow anyone to slam shut NATO's open-door policy and urged Russia to de-escalate.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
]

L["kazinform-2022-01-14-lavrov-written-answer-csto"] = [
 ("We are waiting for a written answer, point by point, to our draft documents. Our patience has run out,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
 ("The Russian Foreign Minister noted that the key for Moscow is to receive guarantees in a legally binding form and not only political statements.", "sergei-lavrov", 1, "The Russian Foreign Minister", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("Promises were given to us before, orally, that NATO will not move one inch to the East. We know how it ended. That is why now we insist on guarantees which are fixed on paper and have legal force,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Promises were given to us before, orally, that NATO will not move one inch to the East. We know how it ended. That is why now we insist on guarantees which are fixed on paper and have legal force,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("Lavrov underlined that the main issue for the Russian side is that NATO does not expand further eastward and that Ukraine is not admitted to the alliance.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("Lavrov underlined that the main issue for the Russian side is that NATO does not expand further eastward and that Ukraine is not admitted to the alliance.", "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, "2022-01-14"),
 ("He also said that the deployment near Russian borders of weapons which create a threat to Russia is unacceptable.", "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-14"),
 ("The CSTO peacekeepers fulfilled their mission with honour. I want to stress that the operation was carried out in strict accordance with the Collective Security Treaty, at the request of the legitimate authorities of Kazakhstan,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("For Kazakhstan as a country which carries out multi-vector foreign policy, any confrontation between Russia and the West is not profitable. We have partners both in Moscow and in Washington, Brussels, Beijing,", "daniyar-seitkali", 1, "Daniyar Seitkali", "", "", 1, ""),
 ("If the sides agree to reduce scale of military exercises near borders and to restore the regular contacts between militaries, it will be good not only for Europe but for the whole Eurasia. Here I see the real field for agreement,", "daniyar-seitkali", 1, "the expert", "limit-military-exercises", "supports", 1, ""),
 ("If the sides agree to reduce scale of military exercises near borders and to restore the regular contacts between militaries, it will be good not only for Europe but for the whole Eurasia. Here I see the real field for agreement,", "daniyar-seitkali", 1, "the expert", "resume-military-dialogue", "supports", 1, ""),
 ("At the same time, in the opinion of Seitkali, the demand that NATO never accepts new members is hardly realisable.", "daniyar-seitkali", 1, "Seitkali", "nato-non-expansion", "mentions", 0, ""),
 ("Alliance will not sign such obligation, it is clear to everybody,", "daniyar-seitkali", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("Until the troops are standing at the border, any talks will be held under pressure. The first step must be de-escalation, then it is possible to speak about the treaties,", "aigerim-tokhtarova", 1, "Aigerim Tokhtarova", "russia-de-escalation", "supports", 1, ""),
]

D = "2022-01-12"
LD = "Mr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs"
CB = "Mr Clément Beaune, Secretary of State to the Minister for Europe and Foreign Affairs, for European Affairs"
L["senat-2022-01-12-questions-government-ukraine-security"] = [
 ("Madam Senator, you are right to recall that the security of Europe cannot be discussed without the Europeans. That is the message that the President of the Republic passed to President Putin and to President Biden, and that I myself passed to Secretary of State Blinken, with whom I am in contact almost every day.", "jean-yves-le-drian", 1, LD, "", "", 1, D),
 ("Let me be very clear about the substance. There will be no return to spheres of influence on our continent. Each State, and Ukraine first of all, is free to choose its alliances; this is a principle of the Helsinki Final Act and of the Paris Charter, which Russia itself has signed. It is not for Moscow to decide who may or may not join the Atlantic Alliance.", "jean-yves-le-drian", 1, LD, "nato-open-door", "supports", 1, D),
 ("Let me be very clear about the substance. There will be no return to spheres of influence on our continent. Each State, and Ukraine first of all, is free to choose its alliances; this is a principle of the Helsinki Final Act and of the Paris Charter, which Russia itself has signed. It is not for Moscow to decide who may or may not join the Atlantic Alliance.", "jean-yves-le-drian", 1, LD, "no-ukraine-membership", "rejects", 1, D),
 ("Let me be very clear about the substance. There will be no return to spheres of influence on our continent. Each State, and Ukraine first of all, is free to choose its alliances; this is a principle of the Helsinki Final Act and of the Paris Charter, which Russia itself has signed. It is not for Moscow to decide who may or may not join the Atlantic Alliance.", "jean-yves-le-drian", 1, LD, "nato-non-expansion", "rejects", 1, D),
 ("As for the demand to withdraw allied forces from the countries that joined after 1997, I say to you plainly: it is out of the question. Our soldiers are in Estonia, and they will remain there as long as our allies need them.", "jean-yves-le-drian", 1, LD, "rollback-to-1997", "rejects", 1, D),
 ("That does not mean that there is nothing to discuss. On arms control, on transparency of military exercises, on the prevention of incidents, there is room for dialogue, provided that it is reciprocal. But the first condition for any dialogue is de-escalation. Russia has massed more than 100,000 men at Ukraine's border. It must withdraw them. Any new military aggression against Ukraine would have massive consequences and a high cost.", "jean-yves-le-drian", 1, LD, "limit-military-exercises", "mentions", 1, D),
 ("That does not mean that there is nothing to discuss. On arms control, on transparency of military exercises, on the prevention of incidents, there is room for dialogue, provided that it is reciprocal. But the first condition for any dialogue is de-escalation. Russia has massed more than 100,000 men at Ukraine's border. It must withdraw them. Any new military aggression against Ukraine would have massive consequences and a high cost.", "jean-yves-le-drian", 1, LD, "russia-de-escalation", "supports", 1, D),
 ("Minister, I take note of your firmness, and I share it. But firmness in words is not enough. The Europeans will only be listened to in Moscow if they speak with one voice and if France uses its presidency of the Council of the European Union to build that voice. We will be attentive.", "helene-marchetti-lavaud", 1, "Mrs Hélène Marchetti-Lavaud", "", "", 1, D),
 ("Senator, the President of the Republic has said it since 2019: we need a dialogue with Russia on the security architecture of Europe, and we need it to be demanding. We are not naïve.", "clement-beaune", 1, CB, "", "", 1, D),
 ("This dialogue already exists. It has a place, the OSCE, which meets tomorrow in Vienna, and it has a format, the Normandy format, which we have revived with Germany; the political advisers will meet in Paris in the coming weeks.", "clement-beaune", 1, CB, "", "", 1, D),
 ("But a dialogue is not an ultimatum. One cannot ask the Alliance to renounce the principle of the open door, nor demand that Ukraine give up for ever a choice that belongs to the Ukrainians alone. And one does not negotiate with a pistol on the table: the Russian troops must move away from the border.", "clement-beaune", 1, CB, "nato-open-door", "supports", 1, D),
 ("But a dialogue is not an ultimatum. One cannot ask the Alliance to renounce the principle of the open door, nor demand that Ukraine give up for ever a choice that belongs to the Ukrainians alone. And one does not negotiate with a pistol on the table: the Russian troops must move away from the border.", "clement-beaune", 1, CB, "no-ukraine-membership", "rejects", 1, D),
 ("But a dialogue is not an ultimatum. One cannot ask the Alliance to renounce the principle of the open door, nor demand that Ukraine give up for ever a choice that belongs to the Ukrainians alone. And one does not negotiate with a pistol on the table: the Russian troops must move away from the border.", "clement-beaune", 1, CB, "russia-de-escalation", "supports", 1, D),
 ("Secretary of State, the open door must not become a dogma that prevents us from thinking. Ukraine's neutrality, guaranteed by all, would perhaps be better protection for the Ukrainians than a membership that nobody intends to grant them.", "claude-varenne", 1, "Mr Claude Varenne", "nato-open-door", "mentions", 1, D),
 ("Secretary of State, the open door must not become a dogma that prevents us from thinking. Ukraine's neutrality, guaranteed by all, would perhaps be better protection for the Ukrainians than a membership that nobody intends to grant them.", "claude-varenne", 1, "Mr Claude Varenne", "no-ukraine-membership", "supports", 1, D),
]

D = "2022-01-27"
L["bns-2022-01-27-lithuania-welcomes-us-nato-replies"] = [
 ("Lithuanian Foreign Minister Gabrielius Landsbergis says the written replies delivered to Russia by the United States and NATO on Wednesday stick to the principles the allies agreed on and leave no room for talks on the presence of allied troops in the Baltic states.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("We have seen the main lines of both documents, and I can say that our red lines are respected. There is no discussion about the allied presence in Lithuania, and there will be none,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("According to the minister, Russia's demand that NATO pull its forces back to the positions of 1997 would in practice mean that the Baltic states and Poland become members of a \"second category\".", "gabrielius-landsbergis", 1, "the minister", "rollback-to-1997", "rejects", 0, D),
 ("According to the minister, Russia's demand that NATO pull its forces back to the positions of 1997 would in practice mean that the Baltic states and Poland become members of a \"second category\".", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Our security is not a coin to be exchanged in negotiations between big powers. The battalion in Rukla is here because our allies decided so, together with us, and it is not for the Kremlin to decide when it leaves,", "gabrielius-landsbergis", 1, "the minister", "rollback-to-1997", "rejects", 1, D),
 ("Landsbergis also said that Lithuania supports dialogue with Russia on arms control and risk reduction, if Moscow first takes \"real steps\" to reduce tensions around Ukraine, where it has concentrated more than 100,000 troops.", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 0, D),
 ("US Secretary of State Antony Blinken told a press conference in Washington on Wednesday that the document reaffirmed NATO's open-door policy but offered Moscow \"a serious diplomatic path\" on reciprocal transparency measures and on the placement of offensive missiles in Europe.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("US Secretary of State Antony Blinken told a press conference in Washington on Wednesday that the document reaffirmed NATO's open-door policy but offered Moscow \"a serious diplomatic path\" on reciprocal transparency measures and on the placement of offensive missiles in Europe.", "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said in Brussels on Wednesday the alliance was ready to re-establish its mission in Moscow and the Russian one at NATO headquarters, and to discuss a hotline for military contacts, but would not give up its defence posture in the east.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said in Brussels on Wednesday the alliance was ready to re-establish its mission in Moscow and the Russian one at NATO headquarters, and to discuss a hotline for military contacts, but would not give up its defence posture in the east.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Russia has repeatedly demanded that NATO withdraw its multinational battalions from Lithuania, Latvia, Estonia and Poland, deployed after the 2016 Warsaw summit.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("On Thursday, Russian Foreign Minister Sergey Lavrov said the replies did not answer Russia's key concern about the non-expansion of NATO, but added that some elements could be the basis for a serious discussion.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 ("We should not have any illusions that Moscow will be satisfied. Russia wants to return to the logic of Yalta, where the great powers divide Europe into zones,", "rasa-petrauskiene", 1, "she", "", "", 1, ""),
 ("The answer to that can only be more unity and more allied presence in our region, not less.", "rasa-petrauskiene", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("The Kremlin knew from the first day that the United States would not sign a paper closing NATO's door to Ukraine or sending troops home from the Baltics. These demands were written to be rejected,", "dovydas-jurgelevicius", 1, "Jurgelevičius", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin knew from the first day that the United States would not sign a paper closing NATO's door to Ukraine or sending troops home from the Baltics. These demands were written to be rejected,", "dovydas-jurgelevicius", 1, "Jurgelevičius", "rollback-to-1997", "mentions", 1, ""),
 ("The Kremlin knew from the first day that the United States would not sign a paper closing NATO's door to Ukraine or sending troops home from the Baltics. These demands were written to be rejected,", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("The Kremlin knew from the first day that the United States would not sign a paper closing NATO's door to Ukraine or sending troops home from the Baltics. These demands were written to be rejected,", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The question now is whether Russia takes the smaller items that are on the table – missiles, exercises, military communication – or uses the rejection as a pretext,", "dovydas-jurgelevicius", 1, "the analyst", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The question now is whether Russia takes the smaller items that are on the table – missiles, exercises, military communication – or uses the rejection as a pretext,", "dovydas-jurgelevicius", 1, "the analyst", "limit-military-exercises", "mentions", 1, ""),
 ("The question now is whether Russia takes the smaller items that are on the table – missiles, exercises, military communication – or uses the rejection as a pretext,", "dovydas-jurgelevicius", 1, "the analyst", "resume-military-dialogue", "mentions", 1, ""),
 ("I am afraid that the second scenario cannot be excluded.", "dovydas-jurgelevicius", 1, "the analyst", "", "", 1, ""),
]

D = "2022-01-27"
W = "caroline-whitcombe"
A1 = "Less than Moscow asked for, and more than some people expected. From what Secretary Blinken and other officials have said, the reply proposes reciprocal transparency measures for exercises, talks on where offensive missile systems can be based in Europe, and a return to something like the old INF limits, including possible inspections at Aegis Ashore sites in Romania and Poland in exchange for access to Russian bases."
A2 = "What the reply does not do is touch the principle of the open door. The administration was explicit about that, and so was NATO in its own letter."
A3 = "That is the argument you hear most often, and I understand its appeal. But I think a formal pledge to keep Ukraine out would be a serious mistake. It would tell every country on Russia's periphery that its choices are subject to a Russian veto, and it would turn the alliance's founding logic upside down."
A4 = "In hindsight, Bucharest was the worst of both worlds: a promise of membership with no plan to deliver it. I wrote at the time that it was a mistake. But taking the promise back now, with a hundred thousand troops at the border, would reward coercion, and that lesson would not be lost on anyone."
A5 = "Not in the form Moscow has in mind. Moscow insists on a treaty rather than political commitments, precisely because it says the assurances of the 1990s were verbal and were broken. But a treaty needs two-thirds of the Senate, and no administration could get a non-enlargement treaty ratified. The Russians know that."
A6 = "There is a narrower space where binding texts are possible. Arms control agreements on specific missile systems have been ratified before, and they could be again."
A7 = "Seriously, in the sense that it tells you what Moscow really wants, which is a buffer zone. Practically, it's a non-starter, and it should be. You cannot ask Poland or Lithuania to accept second-class membership."
A8 = "I would add that the battalions in the Baltic states and Poland are small. They are a tripwire, not an invasion force, and the alliance has been careful to keep them on a rotational basis in light of the Founding Act."
A9 = "Moscow has told us for weeks that non-expansion is its main issue, and nothing in the Western reply changes the answer on that. So I don't expect the Kremlin to declare victory. The question is whether it decides that the secondary items are worth pocketing."
A10 = "From Washington's side, the single most important thing is still de-escalation. As long as Russian battalion tactical groups stay in Belarus and along Ukraine's eastern border, any negotiation happens under duress. The first ask should be for those forces to go back to their garrisons."
A11 = "I would also push hard to restore military-to-military channels. The NATO–Russia Council met on January 12 for the first time in more than two years. That's a low bar. We need regular contact between the commanders, not just between diplomats."
A12 = "Neutrality can work when a country chooses it, as Finland and Austria did. It can't be imposed by a neighbor that has already taken Crimea. If Ukrainians ever decide that neutrality backed by real guarantees serves them, that's their call, not ours and not Moscow's."
A13 = "Very. I've spent a long time reading Russian military signals, and the logistics we are seeing now are not the logistics of a bluff. I hope I'm wrong."
L["brookings-2022-01-28-qa-what-washington-put-in-writing"] = [
 (A1, W, 1, "Caroline Whitcombe", "limit-military-exercises", "mentions", 1, D),
 (A1, W, 1, "Caroline Whitcombe", "no-intermediate-range-missiles", "mentions", 1, D),
 (A2, W, 1, "Caroline Whitcombe", "nato-open-door", "mentions", 1, D),
 (A3, W, 1, "Caroline Whitcombe", "no-ukraine-membership", "rejects", 1, D),
 (A3, W, 1, "Caroline Whitcombe", "nato-open-door", "supports", 1, D),
 (A4, W, 1, "Caroline Whitcombe", "rescind-bucharest-2008", "rejects", 1, D),
 (A5, W, 1, "Caroline Whitcombe", "written-legal-guarantees", "mentions", 1, D),
 (A5, W, 1, "Caroline Whitcombe", "nato-non-expansion", "mentions", 1, D),
 (A5, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (A6, W, 1, "Caroline Whitcombe", "written-legal-guarantees", "mentions", 1, D),
 (A6, W, 1, "Caroline Whitcombe", "no-intermediate-range-missiles", "mentions", 1, D),
 (A7, W, 1, "Caroline Whitcombe", "rollback-to-1997", "rejects", 1, D),
 (A8, W, 1, "Caroline Whitcombe", "rollback-to-1997", "mentions", 1, D),
 (A9, W, 1, "Caroline Whitcombe", "nato-non-expansion", "mentions", 1, D),
 (A9, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (A10, W, 1, "Caroline Whitcombe", "russia-de-escalation", "supports", 1, D),
 (A11, W, 1, "Caroline Whitcombe", "resume-military-dialogue", "supports", 1, D),
 (A12, W, 1, "Caroline Whitcombe", "no-ukraine-membership", "rejects", 1, D),
 (A12, W, 1, "Caroline Whitcombe", "nato-open-door", "supports", 1, D),
 (A13, W, 1, "Caroline Whitcombe", "", "", 1, D),
]

D = "2022-02-02"
P1 = "It is already clear now that the fundamental Russian concerns were ignored. We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the NATO–Russia Founding Act was signed."
P2 = "Imagine that Ukraine is a member of NATO and begins a military operation in Crimea. What, are we supposed to fight with the NATO bloc? Has anyone thought about this at all? It seems not."
K1 = "Honestly, I think he expected exactly this answer. These documents from December were written so that nobody in the West could sign them. Ukraine never in NATO, troops out of Poland and the Baltics, no weapons closer than some line — this is not a negotiating position, this is an ultimatum."
K2 = "And our position is very simple and it is in our Constitution. The course to membership in NATO and the EU is the choice of Ukrainians, and nobody in Moscow, in Washington or in Berlin has the right to cancel it. I am glad that both answers, American and NATO, said the same thing."
K3 = "No moratoriums. We already had the Budapest Memorandum, we gave away nuclear weapons for paper guarantees, and you see where we are. Any moratorium on Ukraine's membership is a gift to the Kremlin and a signal that pressure works."
H1 = "concretely he is speaking first of all about two things. About the Aegis Ashore bases in Romania and Poland, which, as Moscow says, can be converted to launch Tomahawks. And about the possible deployment of new American intermediate-range missiles in Europe after the INF Treaty died in 2019."
H2 = "And here is the paradox. Exactly on this the Americans are ready to talk. They offered mutual inspections, transparency, limits. If the Kremlin really cared about missiles, it could take this today. That it does not take it tells us that missiles are not the main thing."
H3 = "The main thing is Ukraine. Control over Ukraine. Everything else is packaging."
KU = "The best way for Russia to show that it wants diplomacy is to pull back its troops from our borders. Not words — troops. As long as they stand there, we will not believe in any Russian peacefulness."
H4 = "No. On the contrary. By our estimates there are already more than 120,000 near our borders, plus what is arriving in Belarus for the exercises on 10 February. The exercises are a separate question: the Russians in their draft wanted to limit NATO exercises near their borders, and at the same time they themselves hold the largest exercises in Belarus since the Zapad of last year. This is hypocrisy, and it must be said directly."
K4 = "Fear — no. Be vigilant — yes. Let them talk about hotlines between the militaries, let them talk about missiles, that is their business and it even helps security. But the principle \"nothing about Ukraine without Ukraine\" the Americans have confirmed to us at every level, and Blinken repeated it in Kyiv in January."
AK = "ANDRIY KOVALCHUK"
VH = "VIKTOR HNATYUK"
L["prostir-tv-2022-02-02-talk-show-putin-concerns-ignored"] = [
 (P1, "vladimir-putin", 1, "VLADIMIR PUTIN", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (P1, "vladimir-putin", 1, "VLADIMIR PUTIN", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (P1, "vladimir-putin", 1, "VLADIMIR PUTIN", "rollback-to-1997", "supports", 1, "2022-02-01"),
 (P2, "vladimir-putin", 1, "VLADIMIR PUTIN", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 (K1, "andriy-kovalchuk", 1, AK, "no-ukraine-membership", "rejects", 1, D),
 (K1, "andriy-kovalchuk", 1, AK, "rollback-to-1997", "rejects", 1, D),
 (K1, "andriy-kovalchuk", 1, AK, "no-strike-weapons-near-borders", "rejects", 1, D),
 (K2, "andriy-kovalchuk", 1, AK, "nato-open-door", "supports", 1, D),
 (K2, "andriy-kovalchuk", 1, AK, "no-ukraine-membership", "rejects", 1, D),
 (K3, "andriy-kovalchuk", 1, AK, "no-ukraine-membership", "rejects", 1, D),
 (H1, "viktor-hnatyuk", 1, VH, "no-strike-weapons-near-borders", "mentions", 1, D),
 (H1, "viktor-hnatyuk", 1, VH, "no-intermediate-range-missiles", "mentions", 1, D),
 (H2, "viktor-hnatyuk", 1, VH, "no-intermediate-range-missiles", "mentions", 1, D),
 (H3, "viktor-hnatyuk", 1, VH, "", "", 1, D),
 (KU, "dmytro-kuleba", 1, "DMYTRO KULEBA", "russia-de-escalation", "supports", 1, D),
 (H4, "viktor-hnatyuk", 1, VH, "limit-military-exercises", "mentions", 1, D),
 (H4, "russia", 0, "the Russians", "limit-military-exercises", "supports", 0, ""),
 (K4, "andriy-kovalchuk", 1, AK, "resume-military-dialogue", "supports", 1, D),
 (K4, "andriy-kovalchuk", 1, AK, "no-intermediate-range-missiles", "mentions", 1, D),
]

write_gold(L, "articles-219", "gold-219")
