#!/usr/bin/env python3
"""Writes the held-out gold of batch 347 (gold-347/*.nq) from the labels below.

Batch 347 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-27-peskov-us-answers: AFP wire story (front matter), Peskov on the
  US/NATO written answers; interrupted quotes, "he said" pronouns, Moscow's draft
  demands in a journalist's sentence, NATO speaking as an organisation, analyst.
- gazeta-ru-2022-01-10-ryabkov-geneva-results: Gazeta.Ru in clumsy translation,
  no front matter, « » quotes with "— said X", crossheads and a "Read also" line,
  Duma deputies and an IMEMO expert, Baker-Gorbachev background.
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO transcript (front matter),
  speaker labels, opening statement plus Q&A; every answer paragraph is a quote;
  Russia's demands reported inside Stoltenberg's answers; journalists' questions.
- ukrainska-pravda-2022-01-19-tochytskyi-haidai-interview: Ukrainska Pravda
  interview with dash turns (questions and answers both start with a dash), UTF-8
  BOM and CRLF, no front matter; Ryabkov's position reported inside an answer.
- the-times-2022-01-22-blinken-lavrov-geneva: The Times of London (front matter),
  standfirst, byline, caption; "yesterday" dates; 1997 Founding Act background;
  Whitehall sources; an expert voicing what "Moscow wants".
- carnegie-endowment-2022-01-28-us-nato-answers-qa: Carnegie expert Q&A (front
  matter) with two scholars labelled by name; analysts with their own stances
  (one favours a moratorium), officials' words reported inside answers.
- riksdag-2022-01-18-interpellation-russian-security-demands: Swedish Riksdag
  interpellation debate in translation (Anf. numbers, "Madam Speaker!"), no front
  matter; Zakharova and the Russian Foreign Ministry reported inside speeches.

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
L["afp-2022-01-27-peskov-us-answers"] = [
 ("It cannot be said that our views were taken into account or that any readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Kremlin spokesman Dmitry Peskov", "", "", 1, D),
 ("But we will not hurry with conclusions.", "dmitry-peskov", 1, "Kremlin spokesman Dmitry Peskov", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Russia wants a firm, legally binding commitment that the alliance will stop moving towards its frontiers, he said, and Ukraine above all must stay out.", "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("Russia wants a firm, legally binding commitment that the alliance will stop moving towards its frontiers, he said, and Ukraine above all must stay out.", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("Russia wants a firm, legally binding commitment that the alliance will stop moving towards its frontiers, he said, and Ukraine above all must stay out.", "dmitry-peskov", 1, "he", "no-ukraine-membership", "supports", 0, D),
 ("The key question is the non-expansion of NATO, and on this key question we do not see a positive reaction,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("Beyond a halt to enlargement, Moscow wants the alliance to pull its forces back to where they stood in 1997 and is seeking a ban on deploying intermediate-range missiles within striking distance of the other side.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Beyond a halt to enlargement, Moscow wants the alliance to pull its forces back to where they stood in 1997 and is seeking a ban on deploying intermediate-range missiles within striking distance of the other side.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Beyond a halt to enlargement, Moscow wants the alliance to pull its forces back to where they stood in 1997 and is seeking a ban on deploying intermediate-range missiles within striking distance of the other side.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The president has familiarised himself with the answers, and time is needed to analyse them,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("We do not intend to make hasty announcements.", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Earlier in the day, Foreign Minister Sergei Lavrov said the US response contained elements that could lead to talks on \"secondary matters\", such as arms control and transparency on exercises, but insisted that Russia's central demand was ignored.", "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("There is no positive response in this document on the main question,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Moscow denies any plans to attack and says it is free to move troops on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("Dialogue is always better than the absence of dialogue, this is obvious.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("on the right of each nation to choose its own path", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The alliance has said it is prepared to discuss reciprocal limits on missile deployments and more notice of military drills, but it has repeatedly demanded that Moscow first pull back its troops from the Ukrainian border.", "nato", 0, "The alliance", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The alliance has said it is prepared to discuss reciprocal limits on missile deployments and more notice of military drills, but it has repeatedly demanded that Moscow first pull back its troops from the Ukrainian border.", "nato", 0, "The alliance", "limit-military-exercises", "mentions", 0, ""),
 ("The alliance has said it is prepared to discuss reciprocal limits on missile deployments and more notice of military drills, but it has repeatedly demanded that Moscow first pull back its troops from the Ukrainian border.", "nato", 0, "The alliance", "russia-de-escalation", "supports", 0, ""),
 ("Putin is not going to declare victory or defeat this week,", "tatiana-stanovaya", 1, "Tatiana Stanovaya", "", "", 1, ""),
 ("He wants to keep all options open, including the military one.", "tatiana-stanovaya", 1, "she", "", "", 1, ""),
]

D = "2022-01-10"
G = "gazeta-ru-2022-01-10-ryabkov-geneva-results"
L[G] = [
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("According to the diplomat, the Russian side explained to the Americans in detail that it is «absolutely mandatory» to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 0, D),
 ("He stressed that for Moscow this is a matter of national security and not subject of bargaining.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("We do not trust the other side. The American side must take this seriously", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, D),
 ("Ryabkov also reported that the parties discussed the topic of the intermediate- and shorter-range missiles.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("By his words, the US showed some readiness to work on this direction, but it is «not the main thing» for Moscow.", "sergei-ryabkov", 1, "his", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Without the solution of the question of non-expansion of NATO, we will not be able to move forward on other questions. This is the core, this is the foundation", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("There are no such plans, there cannot be such plans", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("According to him, the troops are on the territory of Russia and Moscow will not discuss their withdrawal with anyone.", "sergei-ryabkov", 1, "him", "russia-de-escalation", "rejects", 0, D),
 ("She declared that the USA will not allow anyone to close the open-door policy of NATO, which was always central for the alliance.", "wendy-sherman", 1, "She", "nato-open-door", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("By her words, the Americans are ready to discuss with Russia the mutual limitations on the scale and scope of exercises and the possible deployments of missiles in Europe, but only on the reciprocal basis.", "wendy-sherman", 1, "her", "limit-military-exercises", "mentions", 0, D),
 ("By her words, the Americans are ready to discuss with Russia the mutual limitations on the scale and scope of exercises and the possible deployments of missiles in Europe, but only on the reciprocal basis.", "wendy-sherman", 1, "her", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman also called Moscow to de-escalate and to return the troops to the places of permanent deployment.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("It is difficult to negotiate when a gun is pointing at your head", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("In his opinion, the American side must understand that without a written refusal from further enlargement of the alliance there will be no deal.", "leonid-slutsky", 1, "his", "nato-non-expansion", "supports", 0, ""),
 ("In his opinion, the American side must understand that without a written refusal from further enlargement of the alliance there will be no deal.", "leonid-slutsky", 1, "his", "written-legal-guarantees", "supports", 0, ""),
 ("The West must once and for all fix on paper that NATO will not approach our borders. The time of verbal promises passed in 1990", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 1, ""),
 ("The West must once and for all fix on paper that NATO will not approach our borders. The time of verbal promises passed in 1990", "leonid-slutsky", 1, "Slutsky", "written-legal-guarantees", "supports", 1, ""),
 ("If Washington continues to pretend that it does not hear us, Russia will take the military-technical measures about which the President spoke", "anatoly-veretennikov", 1, "he", "", "", 1, ""),
 ("Both sides have reiterated their positions, and this is normal for the first meeting. The question is whether Washington is ready to go beyond the symbolic measures on exercises and missiles", "pavel-dorogin", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Both sides have reiterated their positions, and this is normal for the first meeting. The question is whether Washington is ready to go beyond the symbolic measures on exercises and missiles", "pavel-dorogin", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("According to Dorogin, the main demand of Moscow — the rejection of further expansion of the alliance — the USA cannot accept in principle, since it would mean to revise the basic principles of NATO.", "pavel-dorogin", 1, "Dorogin", "nato-non-expansion", "mentions", 0, ""),
 ("According to Dorogin, the main demand of Moscow — the rejection of further expansion of the alliance — the USA cannot accept in principle, since it would mean to revise the basic principles of NATO.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("For the Americans this is a red line, in the same way as for us Ukraine in NATO is a red line", "pavel-dorogin", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("For the Americans this is a red line, in the same way as for us Ukraine in NATO is a red line", "pavel-dorogin", 1, "the expert", "no-ukraine-membership", "supports", 1, ""),
]

D = "2022-01-12"
S = "jens-stoltenberg"
N = "NATO Secretary General"
P3 = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
P4 = "Russia's demand that NATO withdraw forces and capabilities from Allies that joined the Alliance after 1997 is also not acceptable. We will not end up with first-class and second-class members. We will continue to protect and defend all Allies."
P5 = "At the same time, Allies are ready to engage in arms control, including on the deployment of intermediate-range and shorter-range missiles, and to seek reciprocal transparency and risk reduction measures on military exercises and exercises' notification. We also proposed to re-establish our respective offices in Moscow and Brussels, and to use military lines of communication to avoid incidents."
A11 = "The Russian delegation repeated their positions, and they were very clear about that. They want legally binding assurances that NATO will stop enlarging, and they want us to pull back from the eastern part of the Alliance."
A12 = "We repeated our position, which is that we will never compromise on the right of every nation in Europe to decide its own path. It is not for Russia to decide whether Ukraine should become a member or not. This is a decision for Ukraine and the 30 Allies."
A21 = "We are not setting preconditions for dialogue. We are ready to sit down and talk, and we did that today. But, of course, it is much more difficult to have meaningful talks when there are tens of thousands of combat-ready troops, heavy equipment, and intelligence capabilities massed along the borders of Ukraine."
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 ("We have just finished a meeting of the NATO-Russia Council. It was a serious and direct exchange, lasting around four hours. Allies and Russia sat at the same table and engaged on substance, which is positive in itself. It was the first meeting of the Council in over two years.", S, 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, D),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all Allies and Russia sat around the same table and engaged on substantive topics.", S, 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, D),
 (P3, S, 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P3, S, 1, "NATO Secretary General Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 (P4, S, 1, "NATO Secretary General Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 (P4, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (P5, S, 1, "NATO Secretary General Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (P5, S, 1, "NATO Secretary General Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 (P5, S, 1, "NATO Secretary General Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("Allies called on Russia to immediately de-escalate the situation in and around Ukraine, and to refrain from aggressive rhetoric. There is a real risk of new armed conflict in Europe.", S, 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("The Russian representatives, Deputy Foreign Minister Grushko and Deputy Defence Minister Fomin, did not reject the idea of a series of meetings, but they were not in a position to agree to a timeline. Now they need time to go back to Moscow.", S, 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, D),
 (A11, S, 1, N, "nato-non-expansion", "mentions", 1, D),
 (A11, S, 1, N, "written-legal-guarantees", "mentions", 1, D),
 (A11, S, 1, N, "rollback-to-1997", "mentions", 1, D),
 (A11, "russia", 0, "The Russian delegation", "nato-non-expansion", "supports", 0, D),
 (A11, "russia", 0, "The Russian delegation", "written-legal-guarantees", "supports", 0, D),
 (A11, "russia", 0, "The Russian delegation", "rollback-to-1997", "supports", 0, D),
 (A12, S, 1, N, "nato-open-door", "supports", 1, D),
 (A12, S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("I don't think it is realistic to expect that all the issues were solved today. But the fact that we met, that we had this meeting, is a step in the right direction.", S, 1, N, "", "", 1, D),
 (A21, S, 1, N, "no-preconditions", "supports", 1, D),
 (A21, S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("The best way forward is for Russia to pull back those forces. That will create the conditions for a real political process.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("The decision from Bucharest stands. We have made that decision, and it has been reiterated at several summits since. There is no change.", S, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("But let me add that NATO's relationship with Ukraine is about partnership. We help Ukraine to uphold its right to self-defence, and we will continue to do so.", S, 1, N, "no-military-activity-ex-soviet", "rejects", 1, D),
]

D = "2022-01-19"
T = "mykola-tochytskyi-haidai"
A2 = "Our partners have told us clearly, both in Washington and in Brussels, that they will not accept a ban on enlargement. And for us the question is closed by the Constitution: the course to membership in NATO and the EU is written there. No one in the Kremlin can cross it out."
A3 = "I have heard this idea from some experts. I would say it is not on the table, and Ryabkov himself said a moratorium does not suit them, they want everything on paper and forever. So it is a strange situation when our opponents reject the compromise that some in the West are ready to invent for them."
A3s = "I would say it is not on the table, and Ryabkov himself said a moratorium does not suit them, they want everything on paper and forever."
A4 = "Some of this is a normal subject for arms control between Russia and the United States, and we don't object if it is done honestly and both ways. But the point that no Western country may hold exercises with us or send us instructors is absolutely unacceptable. Ukraine is a sovereign state, and we will train with whomever we want, on our own land."
L["ukrainska-pravda-2022-01-19-tochytskyi-haidai-interview"] = [
 ("I will not retell confidential conversations. But I can say this: before Geneva, during Geneva and after Geneva we were informed in detail. The principle \"nothing about Ukraine without Ukraine\" is being observed, and so far I see no reason to doubt it.", T, 1, "Mykola Tochytskyi-Haidai", "", "", 1, D),
 (A2, T, 1, "Mykola Tochytskyi-Haidai", "no-ukraine-membership", "rejects", 1, D),
 (A2, T, 1, "Mykola Tochytskyi-Haidai", "nato-non-expansion", "rejects", 1, D),
 (A2, T, 1, "Mykola Tochytskyi-Haidai", "nato-open-door", "supports", 1, D),
 (A3, T, 1, "Mykola Tochytskyi-Haidai", "written-legal-guarantees", "mentions", 1, D),
 (A3, T, 1, "Mykola Tochytskyi-Haidai", "no-ukraine-membership", "rejects", 1, D),
 (A3s, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (A3s, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 (A4, T, 1, "Mykola Tochytskyi-Haidai", "no-military-activity-ex-soviet", "rejects", 1, D),
 (A4, T, 1, "Mykola Tochytskyi-Haidai", "no-intermediate-range-missiles", "mentions", 1, D),
 (A4, T, 1, "Mykola Tochytskyi-Haidai", "limit-military-exercises", "mentions", 1, D),
 ("This is classic. They concentrate more than one hundred thousand soldiers on our borders and in occupied Crimea, and then they say that our Javelins threaten them. The first step must be very simple: Russia must take its troops back to the places where they are permanently stationed. Then we can talk about anything.", T, 1, "Mykola Tochytskyi-Haidai", "russia-de-escalation", "supports", 1, D),
 ("We do not see today a strike group that is ready for a full-scale offensive in the coming days. But the threat is real, and it is growing. That is why we ask partners for sanctions before, not after.", T, 1, "Mykola Tochytskyi-Haidai", "", "", 1, D),
 ("Bucharest was a compromise between Washington, Berlin and Paris, and we paid for it in 2008 and in 2014. I would be glad if someone now explained to us when exactly \"will become members\" happens. But to cancel that decision now, under the barrels of Russian tanks, would be a gift to Putin, and our partners understand that.", T, 1, "Mykola Tochytskyi-Haidai", "rescind-bucharest-2008", "rejects", 1, D),
 ("Support, including defensive. And a very clear signal that the United States will give Russia written answers, but that the answers will not contain what the Kremlin wants on NATO.", T, 1, "Mykola Tochytskyi-Haidai", "nato-non-expansion", "mentions", 1, D),
 ("He added that Ukraine would never agree to give up its aspiration to join NATO in exchange for any promises from Russia.", "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-18"),
 ("In Moscow, Kremlin spokesman Dmitry Peskov repeated on Wednesday that Russia was waiting for a written reply and that the key issue remained guarantees that the alliance will not expand.", "dmitry-peskov", 1, "Kremlin spokesman Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
]

D = "2022-01-21"
TM = "the-times-2022-01-22-blinken-lavrov-geneva"
LV = "Lavrov, who arrived with a smaller delegation and left first, said that Moscow expected “concrete answers to our concrete proposals”, chief among them a binding pledge that Nato would expand no further."
AP = "But there is no version of that reply in which Washington says Ukraine can never join. That’s the one thing Moscow wants and the one thing it can’t have."
L[TM] = [
 ("We were clear that there are core principles that we are committed to uphold and defend, including the right of countries to choose their own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("That’s not going to change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("a good place to start would be by de-escalating, by removing its forces from Ukraine’s borders", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "the Russian foreign minister", "", "", 1, D),
 ("Our position is that we need legal guarantees, and the Americans have understood this. Whether they will give them is another question.", "sergei-lavrov", 1, "the Russian foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("He added that Russia wanted Nato to honour what he described as its obligations from the 1990s and pull back its “military infrastructure” to where it had been in 1997, when the alliance and Moscow signed the Founding Act that governed their relations.", "sergei-lavrov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("desist and step back from Ukraine before it makes a massive strategic mistake", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 1, ""),
 ("I’ve always said that dialogue is the right way,", "ben-wallace", 1, "Wallace", "", "", 1, ""),
 ("We will listen to Russia’s concerns, but we will not trade away the sovereignty of our friends.", "ben-wallace", 1, "Wallace", "", "", 1, ""),
 ("Whitehall sources said the government would not support any arrangement under which Britain and other allies stopped training Ukrainian troops.", "united-kingdom", 0, "Whitehall sources", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Marek Jabłonowski, a senior Polish diplomat at Nato headquarters, said that Moscow’s insistence on rolling back the alliance to its 1997 borders would effectively turn Poland into a “second-class” ally.", "marek-jablonowski", 1, "Marek Jabłonowski", "rollback-to-1997", "rejects", 0, ""),
 ("Marek Jabłonowski, a senior Polish diplomat at Nato headquarters, said that Moscow’s insistence on rolling back the alliance to its 1997 borders would effectively turn Poland into a “second-class” ally.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It is not a serious proposal. It is an ultimatum dressed up as a treaty,", "marek-jablonowski", 1, "Jabłonowski", "rollback-to-1997", "rejects", 1, ""),
 ("It keeps the Russians at the table for another few weeks, which is worth a great deal,", "helen-ashworth-pryce", 1, "she", "", "", 1, ""),
 (AP, "helen-ashworth-pryce", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (AP, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-27"
E = "eleanor-vance-hartley"
K = "dmitri-sokolov-brandt"
EN = "Eleanor Vance-Hartley"
KN = "Dmitri Sokolov-Brandt"
E1 = "More than many people expected, and less than Moscow demanded. The U.S. text, as far as we can tell from the officials who have described it, offers talks on reciprocal restraints on ground-launched missiles in Europe, a transparency mechanism for the Aegis Ashore sites in Romania and Poland, and new notification rules for large exercises. These are serious ideas. Some of them are things the Russian side itself floated in 2018 and 2019."
E2 = "What it does not contain is anything on enlargement. Both the U.S. and NATO responses restate that the alliance's door remains open. In practical terms, that means Moscow's headline request, a treaty clause that rules out any further eastward expansion and specifically Ukraine, has been turned down."
K1 = "I would put it even more bluntly. The Kremlin built the whole exercise around one question and it got a no. Lavrov said on Thursday that there was no positive answer \"on the main question,\" and I think that is an honest reading of the documents from the Russian point of view."
K2 = "Personally, I think a formal moratorium on Ukrainian membership, say for ten or fifteen years, would be a sensible price to pay for de-escalation. Ukraine is not going to join in that time anyway. Everyone in Brussels knows it. Writing down what is already true would cost the alliance very little."
E3 = "I disagree. I don't think NATO should ever hand Russia a say over who joins. The moment you accept that a third party can veto a sovereign decision, you have conceded the principle on which European security has rested since Helsinki. And Moscow has said it would not accept a moratorium anyway; Ryabkov was explicit about that in Geneva."
E3s = "And Moscow has said it would not accept a moratorium anyway; Ryabkov was explicit about that in Geneva."
E4 = "That was never going to fly. It would mean pulling the multinational battlegroups out of the Baltic states and Poland, and it would create exactly the two tiers of membership that the allies have spent twenty years avoiding. Stoltenberg said so in so many words after the NATO-Russia Council."
K3 = "I'd add one nuance. The Russians know this clause is unacceptable. I read it as a bargaining chip, a maximalist opening position that allows them to claim later that they \"compromised\" by dropping it."
K4 = "Yes, and that is the interesting part. If the Kremlin wanted a face-saving exit, the missile and exercise track is where it would find it. My sense is that the military establishment in Moscow actually values these proposals more than the diplomats do."
E5 = "I agree, with a caveat. The United States also wants Russia to pull back the roughly 100,000 troops it has around Ukraine before any of this moves forward. Blinken said as much on Wednesday. So the door to arms control is conditional on de-escalation, and it is not clear Putin is willing to pay that price."
L["carnegie-endowment-2022-01-28-us-nato-answers-qa"] = [
 (E1, E, 1, EN, "no-intermediate-range-missiles", "mentions", 1, D),
 (E1, E, 1, EN, "limit-military-exercises", "mentions", 1, D),
 (E2, E, 1, EN, "nato-open-door", "mentions", 1, D),
 (E2, E, 1, EN, "nato-non-expansion", "mentions", 1, D),
 (E2, E, 1, EN, "no-ukraine-membership", "mentions", 1, D),
 (E2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (E2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (K1, K, 1, KN, "nato-non-expansion", "mentions", 1, D),
 (K2, K, 1, KN, "no-ukraine-membership", "supports", 1, D),
 (K2, K, 1, KN, "russia-de-escalation", "mentions", 1, D),
 (E3, E, 1, EN, "nato-open-door", "supports", 1, D),
 (E3, E, 1, EN, "no-ukraine-membership", "rejects", 1, D),
 (E3, E, 1, EN, "written-legal-guarantees", "mentions", 1, D),
 (E3s, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (E3s, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (E4, E, 1, EN, "rollback-to-1997", "rejects", 1, D),
 ("Stoltenberg said so in so many words after the NATO-Russia Council.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, ""),
 (K3, K, 1, KN, "rollback-to-1997", "mentions", 1, D),
 (K4, K, 1, KN, "no-intermediate-range-missiles", "mentions", 1, D),
 (K4, K, 1, KN, "limit-military-exercises", "mentions", 1, D),
 (E5, E, 1, EN, "russia-de-escalation", "mentions", 1, D),
 ("Blinken said as much on Wednesday.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Putin has not spoken yet, and the Kremlin says he is studying the texts. Peskov's line that there is \"little room for optimism\" is carefully chosen: it neither closes the process nor embraces it.", E, 1, EN, "", "", 1, D),
 ("I expect a long Russian reply, perhaps in writing, that pockets the arms control proposals and keeps repeating the demand for guarantees. Whether it comes with tanks or without them is the question nobody can answer today.", K, 1, KN, "", "", 1, D),
]

D = "2022-01-18"
AL = "ann-linde"
ALN = "Foreign Minister ANN LINDE"
KE = "karin-engstrom-lund"
KEN = "KARIN ENGSTRÖM-LUND"
R1 = "Madam Speaker! Karin Engström-Lund has asked me what the government is doing to ensure that Sweden's freedom of action in the security policy is not restricted by the demands that Russia presented in December, and whether the government will clearly reject the Russian demand that NATO shall not take in more members."
R3 = "The Russian proposals would mean that NATO could never more enlarge itself and that the alliance would need to withdraw troops from countries which became members after 1997. It is unacceptable for us. It would create a sphere of influence in Europe, and it is not a European security order that Sweden can ever accept."
R4 = "At the same time, we stand behind the dialogue. We welcome that the United States and NATO meet with Russia, and we welcome the OSCE's role. Some of the questions that Russia raises, for example transparency around military exercises and the risks with intermediate-range missiles, can be discussed in the correct format, together with Europe and on reciprocal basis."
K22 = "Madam Speaker! I thank the Foreign Minister for the answer. I share much of what she says. But I want to remind that the Russian Foreign Ministry already in December said publicly that Swedish and Finnish membership in NATO would have \"serious military and political consequences\". Is that not exactly the kind of veto that the Foreign Minister says Russia shall not have?"
K22s = "But I want to remind that the Russian Foreign Ministry already in December said publicly that Swedish and Finnish membership in NATO would have \"serious military and political consequences\"."
L23 = "Madam Speaker! I have already answered that question. When the spokeswoman Maria Zakharova made these threats on 24 December, the government answered the same day: we decide ourselves. That was then and it is now."
L23s = "When the spokeswoman Maria Zakharova made these threats on 24 December, the government answered the same day: we decide ourselves."
H24 = "Madam Speaker! I want to ask the Foreign Minister about Gotland. The government has reinforced the island in the last days, which is correct. Russia demands in its draft agreement that no one shall have forces or weapons near its borders. Does the Foreign Minister understand this as a demand also on Sweden as a neutral country?"
L["riksdag-2022-01-18-interpellation-russian-security-demands"] = [
 (R1, AL, 1, ALN, "nato-non-expansion", "mentions", 1, D),
 (R1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Let me be completely clear. Sweden's security policy line is firm. It is Sweden that decides over Sweden's security policy, no one else. The right of every state to choose its own security arrangements, including to join alliances, is written in the Helsinki Final Act and the Paris Charter, which Russia also has signed.", AL, 1, ALN, "nato-open-door", "supports", 1, D),
 (R3, AL, 1, ALN, "nato-non-expansion", "rejects", 1, D),
 (R3, AL, 1, ALN, "rollback-to-1997", "rejects", 1, D),
 (R3, "russia", 0, "The Russian proposals", "nato-non-expansion", "supports", 0, ""),
 (R3, "russia", 0, "The Russian proposals", "rollback-to-1997", "supports", 0, ""),
 (R4, AL, 1, ALN, "limit-military-exercises", "mentions", 1, D),
 (R4, AL, 1, ALN, "no-intermediate-range-missiles", "mentions", 1, D),
 ("But dialogue cannot happen under threat. Russia must de-escalate and pull back the forces it has gathered at the border of Ukraine.", AL, 1, ALN, "russia-de-escalation", "supports", 1, D),
 (K22, KE, 1, KEN, "nato-non-expansion", "mentions", 1, D),
 (K22, KE, 1, KEN, "nato-open-door", "supports", 1, D),
 (K22s, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, ""),
 ("I believe the time has come for the government to say that the NATO option is real for Sweden. We must keep the door open, and it must be our decision alone when and if we walk through it.", KE, 1, KEN, "nato-open-door", "supports", 1, D),
 (L23, AL, 1, ALN, "nato-open-door", "supports", 1, D),
 (L23s, "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2021-12-24"),
 (L23s, "sweden", 0, "the government", "nato-open-door", "supports", 0, "2021-12-24"),
 ("The government has no plans to apply for membership in NATO. But that is our choice, not a concession to Moscow, and I will not be drawn into a debate where every position of Sweden is read as an answer to Russian ultimatums.", AL, 1, ALN, "nato-open-door", "supports", 1, D),
 (H24, "hakan-pettersson-vik", 1, "HÅKAN PETTERSSON-VIK", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Russia demands in its draft agreement that no one shall have forces or weapons near its borders.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Madam Speaker! The Russian drafts are addressed to the United States and NATO. But yes, their content touches all of Europe, and the demand that no state shall place weapons that Russia considers threatening near its borders is something we reject. Sweden decides where Sweden deploys its own forces, on its own territory, including on Gotland.", AL, 1, ALN, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Madam Speaker! I thank again the Foreign Minister. I note that we agree on the principle. I hope we will also agree on the conclusion when the time comes.", KE, 1, KEN, "", "", 1, D),
]

write_gold(L, "articles-347", "gold-347")
