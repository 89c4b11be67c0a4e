#!/usr/bin/env python3
"""Writes the tenth held-out gold (gold-10/*.nq) from the labels below.

Batch 10 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor its earlier results.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions used in this batch, beyond those of label9.py:
- Transcripts (Kremlin, NATO): a speaker's own words are direct (direct=1);
  the evidence is the sentence(s) of the turn that carry the position. A turn
  about none of the demands gets one demand-less label with the whole turn as
  evidence. Moderator lines are kept under six words; journalists' questions
  take no position and get no label, and an answer that only refers back to
  the question ("That is not on the table.") is labelled by what it answers.
- Indirect statements about none of the demands are not labelled (as in
  label9.py); background history (Baker's 1990 assurance) is not labelled.
- An unbalanced quotation (opening mark, no closing mark) is labelled as
  direct, with the words from the opening mark up to the attribution.
- Analysts describing what Moscow wants or will do take no side: mentions.
- A Western official proposing the thing itself (reopening military
  channels) supports resume-military-dialogue; a Russian official offering
  to discuss part of Moscow's own package "only together with the main
  questions" mentions it (as label9.py does for Ryabkov).
- Speaker name: the words naming the speaker at that point, pronoun or
  possessive included ("he", "his", "she").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["tass-2022-01-11-grushko-nato-russia-council"] = [
 ("Moscow expects NATO to give clear answers at Wednesday's meeting of the Russia-NATO Council in Brussels on the non-expansion of the alliance and the non-deployment of strike weapons systems near Russian borders, Russian Deputy Foreign Minister Alexander Grushko said on Tuesday.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-11"),
 ("Moscow expects NATO to give clear answers at Wednesday's meeting of the Russia-NATO Council in Brussels on the non-expansion of the alliance and the non-deployment of strike weapons systems near Russian borders, Russian Deputy Foreign Minister Alexander Grushko said on Tuesday.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-11"),
 ("We are going to Brussels not to listen to lectures about the 'open door', but to receive concrete answers to our concrete proposals. The open door policy is a relic of the Cold War that only creates new dividing lines in Europe,", "alexander-grushko", 1, "the diplomat", "nato-open-door", "rejects", 1, "2022-01-11"),
 ("In his words, NATO must return to the configuration of 1997, when the Russia-NATO Founding Act was signed, and withdraw the forces and infrastructure it has deployed since then on the territory of the states that joined the alliance later.", "alexander-grushko", 1, "his", "rollback-to-1997", "supports", 0, "2022-01-11"),
 ("Grushko also insisted that the alliance scale down its exercises near Russian borders, including in the Black Sea region, which he called \"provocative\".", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-11"),
 ("We are in favor of restoring the channels of military contacts, which NATO itself dismantled in 2014, but this cannot replace a serious conversation on the main issues,", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "supports", 1, "2022-01-11"),
 ("If our proposals are ignored, we will have to respond by military-technical means, and no one should have any illusions about that,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-11"),
 ("Earlier, Russian Deputy Foreign Minister Sergey Ryabkov, who headed the Russian delegation at the strategic stability talks with the United States, told reporters in Geneva on Monday that Moscow insists on NATO renouncing any military activity in Ukraine, Georgia and other post-Soviet states that are not members of the alliance.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-10"),
 ("NATO Secretary General Jens Stoltenberg said on Friday after an extraordinary videoconference of the alliance's foreign ministers that NATO would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-07"),
]
L["kremlin-2021-12-23-putin-annual-news-conference"] = [
 ("It is you who must give us guarantees, and give them immediately, right now, instead of talking about it for decades more. And not verbal assurances, which we have already heard, but legally binding guarantees, on paper.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("We have made it clear that any further movement of NATO to the east is unacceptable.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("And all we are asking is that no strike systems be placed in Ukraine or anywhere else right next to our borders.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("What also worries us is the military development of Ukrainian territory by NATO countries: instructors, weapons, training centres. This must stop.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, "2021-12-23"),
 ("As for the Bucharest summit of 2008, where it was written that Ukraine and Georgia will become members of NATO: that decision has never been revoked. It must be revoked, because for us it is a direct threat.", "vladimir-putin", 1, "Vladimir Putin", "rescind-bucharest-2008", "supports", 1, "2021-12-23"),
 ("After the United States withdrew from the INF Treaty, we declared a unilateral moratorium on deploying intermediate- and shorter-range missiles in Europe and proposed that NATO do the same.", "vladimir-putin", 1, "Vladimir Putin", "no-intermediate-range-missiles", "supports", 1, "2021-12-23"),
]
L["reuters-2022-01-10-us-russia-geneva-talks"] = [
 ("The United States told Russia on Monday that it would not let anyone close NATO's door to new members, as the two sides held nearly eight hours of talks in Geneva that ended with no sign of a breakthrough on the crisis over Ukraine.", "united-states", 0, "The United States", "nato-open-door", "supports", 0, "2022-01-10"),
 ("We were firm: nobody will slam shut NATO's open door, and there will be no decisions about Ukraine without Ukraine,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were firm: nobody will slam shut NATO's open door, and there will be no decisions about Ukraine without Ukraine,", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("Sherman said Washington was prepared to discuss reciprocal limits on where offensive missiles could be based in Europe, an idea the two countries explored before the Intermediate-Range Nuclear Forces Treaty collapsed in 2019.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("It is hard to have a constructive conversation while 100,000 troops sit on a neighbour's border. Pulling them back would be the single most useful thing Moscow could do,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("that are legally binding and cast in iron, not promises and not assurances", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely essential that Ukraine never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Ryabkov said Russia was disappointed that the U.S. side had so far shown no willingness to discuss pulling allied forces and infrastructure back to where they stood in 1997, before NATO admitted its first former Warsaw Pact members.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("The conversation was difficult and long, and nobody tried to hide the differences between us,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
L["politico-2022-01-27-west-written-answers-analysis"] = [
 ("On the open door we did not move an inch, and we told Moscow so in writing,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance’s own reply proposed restoring the two sides’ diplomatic missions and making fuller use of military-to-military channels to prevent incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Foreign Minister Sergei Lavrov said on Thursday that the documents contained no positive answer to “the main question” — NATO’s non-expansion — while leaving room to talk about “secondary issues.”", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Moscow asked for a legally binding veto over NATO’s future and got a menu of arms-control talks instead. The question now is whether the Kremlin treats that menu as an insult or as an exit ramp,", "anna-kowalczyk", 1, "Anna Kowalczyk", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow asked for a legally binding veto over NATO’s future and got a menu of arms-control talks instead. The question now is whether the Kremlin treats that menu as an insult or as an exit ramp,", "anna-kowalczyk", 1, "Anna Kowalczyk", "nato-non-expansion", "mentions", 1, ""),
 ("Pulling allied troops out of Poland and the Baltic states is simply not on the table, and no government in this alliance would survive agreeing to it,", "thomas-brenner", 1, "Thomas Brenner", "rollback-to-1997", "rejects", 1, ""),
 ("The right of every country to choose its own alliances is not negotiable, and we are not going back to spheres of influence,", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-24"),
 ("He also urged Moscow to pull back the more than 100,000 troops it has massed near Ukraine’s borders as a first step toward any lasting arrangement.", "josep-borrell", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-24"),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies also rejected the idea that NATO should commit to never admitting Ukraine or any other country.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Allies also rejected the idea that NATO should commit to never admitting Ukraine or any other country.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control, including on intermediate-range missiles, and on risk reduction, on a reciprocal basis.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("We called on Russia to de-escalate and to withdraw its forces from Ukraine's borders, because there is a real risk of a new armed conflict in Europe.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("On your question about 1997: no. We will not have first- and second-class members. The battlegroups in the eastern part of the Alliance are there because of Russia's actions, and they will stay.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("That is not on the table. Whether and when Ukraine joins is for Ukraine and the 30 Allies to decide, and for nobody else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("That is not on the table. Whether and when Ukraine joins is for Ukraine and the 30 Allies to decide, and for nobody else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We proposed to re-establish our respective offices in Moscow and Brussels and to make better use of military-to-military channels of communication, to reduce risks and prevent incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Allies proposed a series of meetings on the whole range of issues. The Russian side said they needed time to come back to us. Dialogue is hard, but it is the only way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["moscow-times-2022-02-01-putin-west-ignored-concerns"] = [
 ("We are carefully analyzing the written replies we received on Jan. 26, but it is already clear that our fundamental concerns have been ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("He listed those concerns as preventing NATO’s further expansion, the refusal to deploy strike weapons near Russia’s borders and returning the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("He listed those concerns as preventing NATO’s further expansion, the refusal to deploy strike weapons near Russia’s borders and returning the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("He listed those concerns as preventing NATO’s further expansion, the refusal to deploy strike weapons near Russia’s borders and returning the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Putin also dismissed Washington’s argument that every state is free to choose its alliances, saying that OSCE documents signed in Istanbul in 1999 and in Astana in 2010 equally oblige states not to strengthen their own security at the expense of others.", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("The spokesman said Moscow was ready to keep talking, but not if the West made the withdrawal of Russian troops from areas near Ukraine a condition for further negotiations.", "dmitry-peskov", 1, "The spokesman", "no-preconditions", "supports", 0, "2022-02-01"),
 ("Russian troops are on Russian territory, and nobody has the right to tell us where to move them,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-02-01"),
 ("Moscow has nothing to show for two months of ultimatums, but it cannot simply walk away from the table either,", "kirill-strelnikov", 1, "he", "", "", 1, ""),
 ("According to Strelnikov, the Kremlin is likely to seize on the parts of the U.S. reply that deal with intermediate-range missiles, while continuing to insist that American bombers and warships stay out of range of Russian territory.", "kirill-strelnikov", 1, "Strelnikov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("According to Strelnikov, the Kremlin is likely to seize on the parts of the U.S. reply that deal with intermediate-range missiles, while continuing to insist that American bombers and warships stay out of range of Russian territory.", "kirill-strelnikov", 1, "Strelnikov", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Nobody in the Kremlin seriously expected Washington to shut the door on Ukraine. The question was always how much else could be squeezed out of it,", "kirill-strelnikov", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
]
L["aggregator-2022-02-15-scholz-putin-kremlin"] = [
 ("The Federal chancellor of Germany Olaf Scholz after the negotiations with the president of Russia Vladimir Putin in the Kremlin on Tuesday has declared, that the question of the entry of Ukraine into NATO at present is not on the agenda.", "olaf-scholz", 1, "Olaf Scholz", "no-ukraine-membership", "mentions", 0, "2022-02-15"),
 ("The principle, that each state itself chooses the alliances, remains in force. But everybody knows, that the question of the membership now does not stand on the agenda", "olaf-scholz", 1, "Scholz", "nato-open-door", "supports", 1, "2022-02-15"),
 ("The principle, that each state itself chooses the alliances, remains in force. But everybody knows, that the question of the membership now does not stand on the agenda", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 1, "2022-02-15"),
 ("To us they say, that Ukraine is not ready to join the NATO tomorrow. And when it will be ready, for us it will be already late. This question must be solved now, in the course of the negotiation process, and to be solved on the legal basis", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("To us they say, that Ukraine is not ready to join the NATO tomorrow. And when it will be ready, for us it will be already late. This question must be solved now, in the course of the negotiation process, and to be solved on the legal basis", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("According to the Russian president, Moscow is ready to continue the dialogue with the West about the limitation of the deployment of the missiles of medium and shorter range, about the transparency of the military exercises and about the measures of the trust, but only in the package with the main questions.", "vladimir-putin", 1, "the Russian president", "no-intermediate-range-missiles", "mentions", 0, "2022-02-15"),
 ("According to the Russian president, Moscow is ready to continue the dialogue with the West about the limitation of the deployment of the missiles of medium and shorter range, about the transparency of the military exercises and about the measures of the trust, but only in the package with the main questions.", "vladimir-putin", 1, "the Russian president", "limit-military-exercises", "mentions", 0, "2022-02-15"),
 ("The head of the state has reminded also, that the Russian project of the treaty envisages the refusal of the deployment of the warships and of the heavy bombers in the zones, from where they can strike on the territory of the other side.", "vladimir-putin", 1, "The head of the state", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-02-15"),
 ("It is the good signal, that Russia has informed about the withdrawal of the part of the troops. We hope, that the further steps will follow", "olaf-scholz", 1, "the chancellor", "russia-de-escalation", "supports", 1, "2022-02-15"),
 ("The Americans are ready to speak about the secondary questions, but on the key questions, the non-expansion of NATO and the non-deployment of the strike weapons near our borders, the answer is unsatisfactory", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-02-14"),
 ("The Americans are ready to speak about the secondary questions, but on the key questions, the non-expansion of NATO and the non-deployment of the strike weapons near our borders, the answer is unsatisfactory", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-02-14"),
]

write_gold(L, "articles-10", "gold-10")
