#!/usr/bin/env python3
"""Writes the held-out gold of batch 264 (gold-264/*.nq) from the labels below.

Batch 264 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-hands-russia-written-reply: Bloomberg wire story with
  front matter, bullet standfirst, "Read more" lines; quotation interrupted by
  "Stoltenberg said", pronoun speakers, analyst, Kremlin/Moscow/"allied
  governments" as organisation speakers, a lead sentence reporting the US reply.
- guardian-2022-01-13-russia-demands-hit-a-wall: Guardian analysis without front
  matter (date "Thu 13 Jan 2022"), standfirst, Baker-Gorbachev 1990 and 1997
  Founding Act background, weekday dates (Monday/Wednesday/Thursday), Chatham
  House analyst with a stance of her own, a reader-appeal footer.
- interfax-2022-01-10-ryabkov-geneva-results: Interfax English in machine
  translation (odd word order, "said journalists the Deputy Minister", " - said
  he"), dateline inside the lead, straight quotes, a paraphrase of the 17
  December drafts, "Read also" links.
- delfi-2022-01-21-landsbergis-geneva-rollback: Delfi English (BNS) with front
  matter, photo caption, READ ALSO lines; Lithuanian angle on the 1997 rollback,
  "earlier this week"/"on Thursday" dates, analyst.
- sejm-2022-01-12-plenary-security-guarantees: Polish Sejm stenographic record in
  translation, UTF-8 BOM and CRLF, no front matter; speaker labels, chair (host,
  unlabelled), interjections and "(Applause)"; each speech paragraph one quotation.
- kremlin-2022-01-28-security-council-meeting: Kremlin transcript of a Putin
  meeting with the Security Council (no front matter; dateline "January 28,
  2022"); Putin, Lavrov and Shoigu paragraphs, procedural turns unlabelled.
- csis-2022-02-02-putin-breaks-his-silence: CSIS commentary with front matter and
  "What ...?" crossheads; the authors' own argument is prose, not a statement,
  and is unlabelled; Putin's 1 February remarks, Lavrov's 31 January letter,
  Price, the White House.

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
L["bloomberg-2022-01-26-us-hands-russia-written-reply"] = [
 ("The U.S. delivered its written response to Russia’s sweeping security demands on Wednesday, refusing the Kremlin’s call to shut NATO’s door to Ukraine while offering talks on arms control and military exercises as more than 100,000 Russian troops remain massed near the Ukrainian border.", "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, D),
 ("The U.S. delivered its written response to Russia’s sweeping security demands on Wednesday, refusing the Kremlin’s call to shut NATO’s door to Ukraine while offering talks on arms control and military exercises as more than 100,000 Russian troops remain massed near the Ukrainian border.", "united-states", 0, "The U.S.", "limit-military-exercises", "mentions", 0, D),
 ("The U.S. delivered its written response to Russia’s sweeping security demands on Wednesday, refusing the Kremlin’s call to shut NATO’s door to Ukraine while offering talks on arms control and military exercises as more than 100,000 Russian troops remain massed near the Ukrainian border.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles we are committed to uphold, including the right of every country to pick its own partners and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the paper puts forward ideas on reciprocal restrictions on where ground-launched intermediate-range missiles could be based in Europe and on the size and scope of military drills, provided Russia steps back from confrontation.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said the paper puts forward ideas on reciprocal restrictions on where ground-launched intermediate-range missiles could be based in Europe and on the size and scope of military drills, provided Russia steps back from confrontation.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("Blinken said the paper puts forward ideas on reciprocal restrictions on where ground-launched intermediate-range missiles could be based in Europe and on the size and scope of military drills, provided Russia steps back from confrontation.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("It’s up to Russia to decide how to respond. We are ready either way,", "antony-blinken", 1, "he", "", "", 1, D),
 ("Secretary General Jens Stoltenberg told a press conference in Brussels on Wednesday that the alliance had proposed reopening the two sides’ missions in Moscow and Brussels and wants to restore military-to-military channels so that incidents don’t spiral out of control.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We are ready to listen to Russia’s concerns,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("But we will not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("the best way to reduce tensions is for Russia to pull back.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 1, D),
 ("The Kremlin has insisted for weeks that it needs a cast-iron guarantee the alliance won’t move further east and that Ukraine will never be admitted.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("The Kremlin has insisted for weeks that it needs a cast-iron guarantee the alliance won’t move further east and that Ukraine will never be admitted.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow also wants NATO to remove forces and weaponry it has stationed in eastern members since the late 1990s, a demand allied governments have refused to entertain.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow also wants NATO to remove forces and weaponry it has stationed in eastern members since the late 1990s, a demand allied governments have refused to entertain.", "nato", 0, "allied governments", "rollback-to-1997", "rejects", 0, ""),
 ("We will study it carefully and will not hurry with conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Speaking to lawmakers in Moscow, he said the Kremlin was still waiting for a clear answer on its main demand, that the alliance stop enlarging.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("If a constructive answer does not come and the West continues its aggressive line, Moscow will take the necessary response measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("What matters is that the document defends the principle that Ukraine alone decides which alliances it joins,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Harriet Colvin, a Russia analyst at Eurasia Group in London, said the American offer on intermediate-range missiles could give Putin a way to claim a partial victory without backing down in public.", "harriet-colvin", 1, "Harriet Colvin", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Washington has said no to the things Putin cares most about and yes to the things he cares about less,", "harriet-colvin", 1, "Colvin", "", "", 1, ""),
 ("The question is whether he wants a deal at all.", "harriet-colvin", 1, "Colvin", "", "", 1, ""),
 ("We are not going to be caught flat-footed if the alliance needs to reassure its eastern members,", "john-kirby", 1, "Kirby", "", "", 1, ""),
]

W, M, T = "2022-01-12", "2022-01-10", "2022-01-13"
L["guardian-2022-01-13-russia-demands-hit-a-wall"] = [
 ("We need a legally binding guarantee that the eastward expansion of the alliance stops – not promises that are forgotten the moment they become inconvenient,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, W),
 ("We need a legally binding guarantee that the eastward expansion of the alliance stops – not promises that are forgotten the moment they become inconvenient,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, W),
 ("He added that Moscow also wanted Nato to stop conducting large-scale exercises close to Russian territory, describing them as rehearsals for a conflict.", "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, W),
 ("Russia’s insistence that we close the door to Ukraine is not something allies can ever agree to,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, W),
 ("Russia’s insistence that we close the door to Ukraine is not something allies can ever agree to,", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("It is for Ukraine and 30 allies to decide, nobody else.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, W),
 ("She said Washington would not let anyone slam shut Nato’s open door, and that the US had told the Russians their proposals on membership were “non-starters”.", "wendy-sherman", 1, "She", "nato-open-door", "supports", 0, ""),
 ("She said Washington would not let anyone slam shut Nato’s open door, and that the US had told the Russians their proposals on membership were “non-starters”.", "wendy-sherman", 1, "She", "no-ukraine-membership", "rejects", 0, ""),
 ("She said Washington would not let anyone slam shut Nato’s open door, and that the US had told the Russians their proposals on membership were “non-starters”.", "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 ("In it, the Kremlin demands that Nato withdraw forces from every country that joined after May 1997, which includes Poland, the Baltic states and Romania.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Russians have written a document that no Nato government could sign and survive politically,", "sophie-aldridge", 1, "she", "", "", 1, ""),
 ("Either Moscow knows that, and the treaty is a pretext, or it has badly misread the alliance.", "sophie-aldridge", 1, "she", "", "", 1, ""),
 ("Aldridge argued that allies were right to refuse any rollback of their deployments in eastern Europe, but that there was more room on missiles and drills.", "sophie-aldridge", 1, "Aldridge", "rollback-to-1997", "rejects", 0, ""),
 ("Aldridge argued that allies were right to refuse any rollback of their deployments in eastern Europe, but that there was more room on missiles and drills.", "sophie-aldridge", 1, "Aldridge", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Aldridge argued that allies were right to refuse any rollback of their deployments in eastern Europe, but that there was more room on missiles and drills.", "sophie-aldridge", 1, "Aldridge", "limit-military-exercises", "mentions", 0, ""),
 ("There is a real deal to be had on where intermediate-range systems can go and on notification of exercises. That is old-fashioned arms control, and it works,", "sophie-aldridge", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("There is a real deal to be had on where intermediate-range systems can go and on notification of exercises. That is old-fashioned arms control, and it works,", "sophie-aldridge", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, T),
 ("The US ambassador to the organisation, Michael Carpenter, urged Russia to pull its troops back from Ukraine’s borders.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, T),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, T),
 ("There are some positive elements, but on the fundamental issues there are disagreements,", "dmitry-peskov", 1, "he", "", "", 1, T),
 ("Asked whether Russia still needed the alliance to rule out Ukrainian accession, he said the demand was “absolutely mandatory” and not up for bargaining.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, ""),
]

G = "2022-01-10"
L["interfax-2022-01-10-ryabkov-geneva-results"] = [
 ("The Russian side at the talks with the USA on the security guarantees in Geneva insisted that Ukraine never, never shall become member of the North Atlantic alliance, said journalists the Deputy Minister of Foreign Affairs of RF Sergey Ryabkov following the results of the meeting.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, G),
 ("We have explained to American colleagues that for us it is absolutely obligatory to ensure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, G),
 ("difficult, long, very professional, deep, concrete, without attempts to gloss over the sharp angles", "sergei-ryabkov", 1, "him", "", "", 1, G),
 ("The diplomat stressed that Moscow needs not assurances and not declarations of intention.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, G),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, G),
 ('Ryabkov noted that the American side showed understanding of need to talk about the missiles of medium and shorter range, but in this question Russia does not see "serious approach" to the key topics.', "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, G),
 ("The issue of the non-deployment of the medium-range and shorter-range missiles in Europe is important, but it cannot be separated from the package. For us the main thing is the non-expansion of NATO,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "supports", 1, G),
 ("The issue of the non-deployment of the medium-range and shorter-range missiles in Europe is important, but it cannot be separated from the package. For us the main thing is the non-expansion of NATO,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, G),
 ("There is no reason for fears about some escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, G),
 ("According to Ryabkov, the Russian military exercises are conducted on own territory and nobody can dictate to Russia where to move its troops.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, G),
 ('On the question of journalists, whether Russia is ready to the mutual restrictions of the exercises in the border zone, Ryabkov answered that such theme is "possible for discussion", but only together with the main demands.', "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, G),
 ("We are not against that the exercises of both sides near the line of contact were limited and made more transparent, this was in our drafts from the beginning,", "sergei-ryabkov", 1, "the diplomat", "limit-military-exercises", "supports", 1, G),
 ("Ryabkov also stated that Moscow insists that NATO refuse from the formula of Bucharest summit of 2008, according to which Ukraine and Georgia will become members of the alliance.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, G),
 ("This formula must be disavowed, it is a harmful formula,", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 1, G),
 ("We will not allow anyone to slam close the open-door policy of NATO, which was always central for the alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, G),
 ("According to Sherman, the USA is ready to discuss with Russia the possible reciprocal limits on the size and on the scope of exercises, and also the future of missiles, which were under the treaty on the RIAC.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, G),
 ("According to Sherman, the USA is ready to discuss with Russia the possible reciprocal limits on the size and on the scope of exercises, and also the future of missiles, which were under the treaty on the RIAC.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, G),
 ("We were firm in pushing back on proposals that are simply non-starters for the United States. We will not make decisions about Ukraine without Ukraine, about Europe without Europe,", "wendy-sherman", 1, "Sherman", "", "", 1, G),
 ("She also called Russia to take the steps for de-escalation and to return the troops in the places of permanent deployment.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, G),
 ("Russia can show that it is serious about diplomacy by de-escalating,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, G),
 ("We are realistic, but we would like that our concerns be taken into account in full volume,", "dmitry-peskov", 1, "Peskov", "", "", 1, G),
 ("In them the Russian side proposes, in particular, to fix the refusal from further expansion of NATO, the non-deployment of strike weapons systems near the borders of Russia and the refusal of the alliance from any military activity on the territory of Ukraine and other states of Eastern Europe, South Caucasus and Central Asia.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In them the Russian side proposes, in particular, to fix the refusal from further expansion of NATO, the non-deployment of strike weapons systems near the borders of Russia and the refusal of the alliance from any military activity on the territory of Ukraine and other states of Eastern Europe, South Caucasus and Central Asia.", "russia", 0, "the Russian side", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("In them the Russian side proposes, in particular, to fix the refusal from further expansion of NATO, the non-deployment of strike weapons systems near the borders of Russia and the refusal of the alliance from any military activity on the territory of Ukraine and other states of Eastern Europe, South Caucasus and Central Asia.", "russia", 0, "the Russian side", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

F = "2022-01-21"
L["delfi-2022-01-21-landsbergis-geneva-rollback"] = [
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Friday that no agreement between Washington and Moscow could require NATO to withdraw allied troops from Lithuania, after US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met in Geneva.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, F),
 ("Any talk of returning NATO to the positions of 1997 is a talk about leaving the Baltic states without protection. That will not happen,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, F),
 ("According to him, Lithuania expects the allies to strengthen, not reduce, their presence on the eastern flank.", "gabrielius-landsbergis", 1, "him", "rollback-to-1997", "rejects", 0, F),
 ("Afterwards, Blinken said he had told Lavrov that the US would respond in writing to Russia's proposals next week, but that there would be no trade-off on NATO's open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, F),
 ("We didn't expect any major breakthroughs to come out of today's meeting, but I believe we are now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, F),
 ("a written answer to all our proposals", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("Our main concern is that NATO should not move further east and should not deploy strike weapons near our borders,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, F),
 ("Our main concern is that NATO should not move further east and should not deploy strike weapons near our borders,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, F),
 ("In Moscow's draft agreement with NATO, published in December, Russia asks the alliance not to deploy troops and weapons on the territory of countries that joined after 27 May 1997, except in exceptional cases agreed with Moscow.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("unacceptable and cannot be the basis for any negotiations", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "", "", 1, ""),
 ("We do not ask Russia's permission to host our allies, and we will not start asking now,", "arvydas-anusauskas", 1, "Anušauskas", "rollback-to-1997", "rejects", 1, "2022-01-20"),
 ('President Gitanas Nausėda, speaking on Friday at a meeting with the diplomatic corps, said Russia was trying to "rewrite the security architecture of Europe" and that every nation must be free to choose which alliance to join.', "gitanas-nauseda", 1, "Gitanas Nausėda", "nato-open-door", "supports", 0, F),
 ("rewrite the security architecture of Europe", "gitanas-nauseda", 1, "Gitanas Nausėda", "", "", 1, F),
 ("The Kremlin wants to return to spheres of influence. Lithuania knows very well what that means,", "gitanas-nauseda", 1, "the president", "", "", 1, F),
 ("Rūta Valančiūtė, an analyst at the Eastern Europe Studies Centre in Vilnius, told Delfi that the 1997 demand was the most dangerous part of the Russian package for the Baltic states.", "ruta-valanciute", 1, "Rūta Valančiūtė", "rollback-to-1997", "rejects", 0, ""),
 ("Everyone talks about Ukraine, but for us the real threat is the paragraph about 1997. If that were accepted, NATO membership for Lithuania would become a second-class membership,", "ruta-valanciute", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("She said, however, that she did not expect the US to give in on the issue.", "ruta-valanciute", 1, "She", "rollback-to-1997", "mentions", 0, ""),
 ("The Americans have been very consistent. I would be more worried about some Western European capitals, where there is a temptation to find a compromise at any price,", "ruta-valanciute", 1, "Valančiūtė", "", "", 1, ""),
 ("Valančiūtė said Russia's demand for legally binding written guarantees was designed so that the West would have to refuse it, giving Moscow an argument for escalation.", "ruta-valanciute", 1, "Valančiūtė", "written-legal-guarantees", "mentions", 0, ""),
 ("Valančiūtė said Russia's demand for legally binding written guarantees was designed so that the West would have to refuse it, giving Moscow an argument for escalation.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
]

S = "2022-01-12"
P = "Marcin Przydacz"
L["sejm-2022-01-12-plenary-security-guarantees"] = [
 ("Madam Marshal! High Chamber! Today in Brussels the NATO-Russia Council is meeting for the first time in more than two years, and tomorrow in Vienna, under the Polish chairmanship of the OSCE, the Permanent Council will discuss the same subject. Poland is taking part in this process actively and in full coordination with our allies.", "marcin-przydacz", 1, P, "", "", 1, S),
 ("The documents which the Russian Federation published on 17 December are not a proposal for dialogue. They are an attempt to divide Europe again into spheres of influence. Russia demands that the alliance withdraw its forces and infrastructure from the states which joined it after 1997, that is also from Poland. This is a demand which the Polish government rejects categorically, and which none of our allies is prepared to accept.", "marcin-przydacz", 1, P, "rollback-to-1997", "rejects", 1, S),
 ("The documents which the Russian Federation published on 17 December are not a proposal for dialogue. They are an attempt to divide Europe again into spheres of influence. Russia demands that the alliance withdraw its forces and infrastructure from the states which joined it after 1997, that is also from Poland. This is a demand which the Polish government rejects categorically, and which none of our allies is prepared to accept.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Let me say it very clearly: there will be no second-class members of NATO. The presence of allied troops on our territory is the decision of sovereign states, and nobody in Moscow has a veto over it.", "marcin-przydacz", 1, P, "rollback-to-1997", "rejects", 1, S),
 ("The same applies to Ukraine. Every state has the sovereign right to choose its alliances, and the doors of NATO remain open. The Bucharest declaration of 2008 was a decision of the allies, and the allies do not intend to revoke it because Moscow wishes so.", "marcin-przydacz", 1, P, "nato-open-door", "supports", 1, S),
 ("The same applies to Ukraine. Every state has the sovereign right to choose its alliances, and the doors of NATO remain open. The Bucharest declaration of 2008 was a decision of the allies, and the allies do not intend to revoke it because Moscow wishes so.", "marcin-przydacz", 1, P, "rescind-bucharest-2008", "rejects", 1, S),
 ("The same applies to Ukraine. Every state has the sovereign right to choose its alliances, and the doors of NATO remain open. The Bucharest declaration of 2008 was a decision of the allies, and the allies do not intend to revoke it because Moscow wishes so.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("At the same time, we do not reject dialogue. We are prepared to talk about transparency of military exercises and about risk-reduction mechanisms, on the basis of reciprocity, provided that Russia withdraws the forces concentrated at the Ukrainian border. Thank you very much.", "marcin-przydacz", 1, P, "limit-military-exercises", "mentions", 1, S),
 ("At the same time, we do not reject dialogue. We are prepared to talk about transparency of military exercises and about risk-reduction mechanisms, on the basis of reciprocity, provided that Russia withdraws the forces concentrated at the Ukrainian border. Thank you very much.", "marcin-przydacz", 1, P, "russia-de-escalation", "supports", 1, S),
 ("Madam Marshal! Mr Minister! High Chamber! Our club fully supports the position of the government. The year 1997 is not a magic date after which the map of Europe was frozen. Anyone who demands that American soldiers leave Poland is demanding that Poland become a buffer zone again.", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 1, S),
 ("We remember what the agreements of great powers over our heads meant in 1939 and in 1945. That is why we say: not a single step back.", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 1, S),
 ("Madam Marshal! High Chamber! In this matter there is no opposition and no government, there is Poland. We support the rejection of the Russian ultimatum. But I have a question for the minister: why did Poland learn about the agenda of the Geneva talks from the American press? What guarantee do we have that the question of missile deployments in Europe will not be decided without us?", "agnieszka-roszak-bielecka", 1, "Agnieszka Roszak-Bielecka", "no-intermediate-range-missiles", "mentions", 1, S),
 ("I also ask whether the government intends to seek a permanent American base, because this is the best answer to the Kremlin.", "agnieszka-roszak-bielecka", 1, "Agnieszka Roszak-Bielecka", "", "", 1, S),
 ("Madam Marshal! High Chamber! We must be realistic. Russia says openly that it wants a legally binding guarantee that NATO will not grow any further, and that it wants this on paper. One can dislike it, but one must know the position of the other side. Our interest is that the war does not spread to Poland, and not that Ukraine joins NATO at any cost.", "krzysztof-mazurek", 1, "Krzysztof Mazurek", "nato-non-expansion", "mentions", 1, S),
 ("Madam Marshal! High Chamber! We must be realistic. Russia says openly that it wants a legally binding guarantee that NATO will not grow any further, and that it wants this on paper. One can dislike it, but one must know the position of the other side. Our interest is that the war does not spread to Poland, and not that Ukraine joins NATO at any cost.", "krzysztof-mazurek", 1, "Krzysztof Mazurek", "written-legal-guarantees", "mentions", 1, S),
 ("Madam Marshal! High Chamber! We must be realistic. Russia says openly that it wants a legally binding guarantee that NATO will not grow any further, and that it wants this on paper. One can dislike it, but one must know the position of the other side. Our interest is that the war does not spread to Poland, and not that Ukraine joins NATO at any cost.", "krzysztof-mazurek", 1, "Krzysztof Mazurek", "no-ukraine-membership", "mentions", 1, S),
 ("Madam Marshal! High Chamber! We must be realistic. Russia says openly that it wants a legally binding guarantee that NATO will not grow any further, and that it wants this on paper. One can dislike it, but one must know the position of the other side. Our interest is that the war does not spread to Poland, and not that Ukraine joins NATO at any cost.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Madam Marshal! High Chamber! We must be realistic. Russia says openly that it wants a legally binding guarantee that NATO will not grow any further, and that it wants this on paper. One can dislike it, but one must know the position of the other side. Our interest is that the war does not spread to Poland, and not that Ukraine joins NATO at any cost.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("I am finishing. I ask the minister whether the government has analysed the costs for Polish farmers and enterprises if sanctions are introduced. Thank you.", "krzysztof-mazurek", 1, "Krzysztof Mazurek", "", "", 1, S),
 ("Madam Marshal! Regarding the question of Ms Roszak-Bielecka: Poland was informed by the American side before and after the Geneva talks, and I had a conversation with Deputy Secretary Sherman myself. The United States has assured us that nothing about the security of the eastern flank will be decided without the states of the eastern flank.", "marcin-przydacz", 1, P, "", "", 1, S),
 ("As for the missiles: the Americans are ready to discuss mutual restrictions on intermediate-range systems, but only on the basis of reciprocity, and on this question we are consulted on an ongoing basis.", "marcin-przydacz", 1, P, "no-intermediate-range-missiles", "mentions", 1, S),
 ("To Mr Mazurek I will say only one thing: the sovereignty of Ukraine is not a cost, it is also our security. Thank you.", "marcin-przydacz", 1, P, "", "", 1, S),
]

K = "2022-01-28"
V = "Vladimir Putin"
L["kremlin-2022-01-28-security-council-meeting"] = [
 ("Today we will start with the international agenda. As you know, on Wednesday we received the written responses of the United States and the North Atlantic Alliance to our draft documents. The Foreign Ministry and other agencies have been studying them for two days.", "vladimir-putin", 1, V, "", "", 1, K),
 ("I would like to say right away that we will analyse these papers calmly and thoroughly, without emotion. But it is already obvious that our principal concerns have not been taken into account. I mean, first of all, the non-expansion of NATO, the refusal to deploy offensive strike systems near Russian borders, and bringing the military potential and infrastructure of the bloc back to where they were in 1997, when the Founding Act was signed.", "vladimir-putin", 1, V, "nato-non-expansion", "supports", 1, K),
 ("I would like to say right away that we will analyse these papers calmly and thoroughly, without emotion. But it is already obvious that our principal concerns have not been taken into account. I mean, first of all, the non-expansion of NATO, the refusal to deploy offensive strike systems near Russian borders, and bringing the military potential and infrastructure of the bloc back to where they were in 1997, when the Founding Act was signed.", "vladimir-putin", 1, V, "no-strike-weapons-near-borders", "supports", 1, K),
 ("I would like to say right away that we will analyse these papers calmly and thoroughly, without emotion. But it is already obvious that our principal concerns have not been taken into account. I mean, first of all, the non-expansion of NATO, the refusal to deploy offensive strike systems near Russian borders, and bringing the military potential and infrastructure of the bloc back to where they were in 1997, when the Founding Act was signed.", "vladimir-putin", 1, V, "rollback-to-1997", "supports", 1, K),
 ("The American and NATO answers were handed over on January 26. At the request of our partners, we are not making them public, although, as you know, the Americans have said they would not object.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, K),
 ('On the main question, the question of the non-expansion of NATO, the answer is negative. Our colleagues repeat the mantra about the "open door" and the right of every state to choose alliances. But they forget the second half of the same OSCE documents, which say that no state may strengthen its security at the expense of the security of others. We will insist on this principle, and I intend to send a letter to my counterparts asking each of them how they understand their obligations.', "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, K),
 ('On the main question, the question of the non-expansion of NATO, the answer is negative. Our colleagues repeat the mantra about the "open door" and the right of every state to choose alliances. But they forget the second half of the same OSCE documents, which say that no state may strengthen its security at the expense of the security of others. We will insist on this principle, and I intend to send a letter to my counterparts asking each of them how they understand their obligations.', "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 1, K),
 ("There are also elements in the American document that can be the subject of serious conversation, but these are secondary issues. They concern intermediate- and shorter-range missiles, confidence-building measures during exercises, and the restoration of channels of communication between the military. We are ready to work on these topics, but not at the expense of the main thing.", "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "mentions", 1, K),
 ("There are also elements in the American document that can be the subject of serious conversation, but these are secondary issues. They concern intermediate- and shorter-range missiles, confidence-building measures during exercises, and the restoration of channels of communication between the military. We are ready to work on these topics, but not at the expense of the main thing.", "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "mentions", 1, K),
 ("There are also elements in the American document that can be the subject of serious conversation, but these are secondary issues. They concern intermediate- and shorter-range missiles, confidence-building measures during exercises, and the restoration of channels of communication between the military. We are ready to work on these topics, but not at the expense of the main thing.", "sergei-lavrov", 1, "Sergei Lavrov", "resume-military-dialogue", "mentions", 1, K),
 ("As for the demand that we withdraw our troops from our own territory, this is not even a subject for discussion. Russian forces are where they need to be, on Russian soil.", "sergei-lavrov", 1, "Sergei Lavrov", "russia-de-escalation", "rejects", 1, K),
 ("The armed forces are carrying out planned combat training activities. I would like to report that in recent weeks NATO has substantially increased the intensity of reconnaissance flights along our borders and the number of warships in the Black Sea. Strategic bombers and reconnaissance aircraft of the United States are operating at a distance that allows them to strike targets on Russian territory. That is exactly what our draft treaty proposed to rule out.", "sergei-shoigu", 1, "Sergei Shoigu", "no-warships-aircraft-in-strike-range", "supports", 1, K),
 ("Colleagues, I want everyone to understand: we are not asking for anything exceptional. We are asking that the promises which were given to us in the 1990s be fixed in legally binding form, on paper, so that nobody can later say that nothing was signed.", "vladimir-putin", 1, V, "written-legal-guarantees", "supports", 1, K),
 ("Colleagues, I want everyone to understand: we are not asking for anything exceptional. We are asking that the promises which were given to us in the 1990s be fixed in legally binding form, on paper, so that nobody can later say that nothing was signed.", "vladimir-putin", 1, V, "nato-non-expansion", "supports", 1, K),
 ("We have been deceived before, and we do not intend to be deceived again. In any case, the dialogue will continue. Let us now move on to the main item on the agenda.", "vladimir-putin", 1, V, "", "", 1, K),
]

O = "2022-02-01"
L["csis-2022-02-02-putin-breaks-his-silence"] = [
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, O),
 ("He then listed them: no further NATO expansion, no deployment of strike weapons close to Russia’s borders, and a return of the alliance’s military infrastructure in Europe to its 1997 configuration.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, O),
 ("He then listed them: no further NATO expansion, no deployment of strike weapons close to Russia’s borders, and a return of the alliance’s military infrastructure in Europe to its 1997 configuration.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, O),
 ("He then listed them: no further NATO expansion, no deployment of strike weapons close to Russia’s borders, and a return of the alliance’s military infrastructure in Europe to its 1997 configuration.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, O),
 ("we will eventually find a solution, although it is not easy,", "vladimir-putin", 1, "He", "", "", 1, O),
 ("Foreign Minister Sergei Lavrov made the same move on January 31 in a letter to his OSCE counterparts, which asks each government to explain how it reconciles that principle with NATO’s open door.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "mentions", 0, "2022-01-31"),
 ("Imagine Ukraine is a NATO member and starts a military operation in Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, O),
 ("Are we supposed to fight with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, O),
 ("Russian officials, including Deputy Foreign Minister Alexander Grushko, have repeatedly described it as an integral part of the package.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, ""),
 ("We are not going to negotiate in public,", "ned-price", 1, "Price", "", "", 1, O),
 ("The White House, for its part, has continued to insist that any progress depends on Russia pulling back its forces from Ukraine’s borders.", "white-house", 0, "The White House", "russia-de-escalation", "supports", 0, ""),
]

write_gold(L, "articles-264", "gold-264")
