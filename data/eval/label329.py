#!/usr/bin/env python3
"""Writes the held-out gold of batch 329 (gold-329/*.nq) from the labels below.

Batch 329 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-ryabkov-geneva-talks: AFP wire story from Geneva with front matter,
  "Geneva (AFP) -" dateline, dash crossheads; quotations interrupted by "the diplomat said",
  pronoun speakers, an invented analyst, a document-content sentence (not labelled).
- rt-2022-01-27-lavrov-us-response: RT story without front matter ("27 Jan, 2022 11:42"),
  standfirst, caption, READ MORE link; Sergey/Sergei spellings, a two-sentence quotation,
  "Russian officials" as speaker, Zakharova rejecting the pull-back demand.
- kremlin-2022-02-01-putin-orban-press-statements: Kremlin transcript (UTF-8 BOM, CRLF,
  front matter) with speaker labels and media questions; each answer paragraph is a quotation,
  1990 history inside Putin's answer, Orbán paragraphs about no demand.
- ukrainska-pravda-2022-01-13-kuleba-osce-vienna: Ukrainska Pravda news item without front
  matter ("THURSDAY, 13 JANUARY 2022, 15:27"), "Quote:" / "Source:" / "Background:" /
  "Reminder:" blocks and "Read also" lines; Russia's demands named in passing by others.
- spiegel-2022-01-22-blinken-lavrov-geneva-analysis: Der Spiegel English analysis with front
  matter, published Saturday about Friday's meeting; crossheads, anonymous officials
  (a German Foreign Office official, a NATO diplomat), two invented/real analysts, Baker 1990.
- carnegie-moscow-2022-01-18-after-three-rounds: Carnegie Moscow commentary in translation
  (date "18.01.2022", "– he said" dashes, translationese); author's own opinions are
  narration, not labelled; events placed by city without days ("" dates).
- sejm-2022-01-26-information-security-situation: Polish Sejm stenographic record in
  translation with front matter; speaker labels, (Applause), the presiding Marshal (host) and
  deputies' questions unlabelled; demands attributed to Moscow inside Polish speeches.

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

D = "2022-01-10"
L["afp-2022-01-10-ryabkov-geneva-talks"] = [
 ("Russia's chief negotiator told the United States on Monday that it was \"absolutely mandatory\" for NATO to give an ironclad pledge never to admit Ukraine, after nearly eight hours of talks in Geneva that ended without a breakthrough.", "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("Moscow wanted that commitment, he said, not in a speech or a communique but on paper that would bind the alliance in law.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("Moscow wanted that commitment, he said, not in a speech or a communique but on paper that would bind the alliance in law.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("He said Russia was not prepared to treat the Western demand for a pullback as a basis for discussion, insisting that troops moved on Russian territory were nobody's business but Moscow's.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("firmly pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, D),
 ("The US official said that Washington was ready to discuss reciprocal limits on the size and scope of military exercises and the placement of missiles in Europe, topics left dangling since Washington withdrew from the Intermediate-Range Nuclear Forces treaty in 2019.", "wendy-sherman", 1, "The US official", "limit-military-exercises", "mentions", 0, D),
 ("The US official said that Washington was ready to discuss reciprocal limits on the size and scope of military exercises and the placement of missiles in Europe, topics left dangling since Washington withdrew from the Intermediate-Range Nuclear Forces treaty in 2019.", "wendy-sherman", 1, "The US official", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We are open to discussing the future of certain missile systems in Europe,", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, D),
 ("She also urged Moscow to pull back its forces.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("De-escalation is the only way this works,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("It is very hard to have a constructive, productive diplomatic discussion with a gun to your head.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Ryabkov said the return of NATO's posture to where it stood that year was not a negotiating whim.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("This is not a menu from which you can pick and choose,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("There is no need to artificially dramatise the situation,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("will not let ourselves be dragged into endless talks", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("Ryabkov's team came with a list and Sherman came with a list, and the two lists barely touch,", "ulrich-haldenwang", 1, "Ulrich Haldenwang", "", "", 1, ""),
 ("The one area where they overlap is missiles and exercises, and that is exactly where the Americans tried to steer things today.", "ulrich-haldenwang", 1, "Ulrich Haldenwang", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The one area where they overlap is missiles and exercises, and that is exactly where the Americans tried to steer things today.", "ulrich-haldenwang", 1, "Ulrich Haldenwang", "limit-military-exercises", "mentions", 1, ""),
 ("Haldenwang said he believed Washington could not agree to close the door to Ukraine without undermining the whole alliance, and that Moscow knew it.", "ulrich-haldenwang", 1, "Haldenwang", "no-ukraine-membership", "mentions", 0, ""),
 ("We had a frank and forthright discussion,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will see whether Russia is serious.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We are not expecting breakthroughs on day one,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
]

D = "2022-01-27"
L["rt-2022-01-27-lavrov-us-response"] = [
 ("The written answer delivered by the United States to Moscow's security proposals fails to address the key question of NATO's eastward expansion, Russian Foreign Minister Sergey Lavrov said on Thursday, while acknowledging that there is a basis for a serious conversation on secondary topics.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 ("no positive response on the main issue.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main issue is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 ("The main issue is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("According to Lavrov, the US paper does offer room for discussion on questions of \"second order\" – among them, reciprocal restrictions on intermediate-range missiles and transparency measures for military drills.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("According to Lavrov, the US paper does offer room for discussion on questions of \"second order\" – among them, reciprocal restrictions on intermediate-range missiles and transparency measures for military drills.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("It's not about the right of each state to choose alliances. It's about the obligation not to strengthen one's own security at the expense of the security of others,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 ("Washington, for its part, has made clear that it will not budge on what it calls NATO's 'open door'.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("reiterates our commitment to uphold the principle", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Russian officials have repeatedly argued that the 'open door' is a myth rather than a principle.", "russia", 0, "Russian officials", "nato-open-door", "rejects", 0, ""),
 ("One cannot say that our thoughts were taken into account or that a readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But we won't rush with our assessments.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Russia's package, he said, was meant to be taken as a whole, and a freeze on Ukrainian membership would not be enough without a halt to NATO weapons deployments and drills near Russian borders.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, ""),
 ("Russia's package, he said, was meant to be taken as a whole, and a freeze on Ukrainian membership would not be enough without a halt to NATO weapons deployments and drills near Russian borders.", "sergei-ryabkov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Russia's package, he said, was meant to be taken as a whole, and a freeze on Ukrainian membership would not be enough without a halt to NATO weapons deployments and drills near Russian borders.", "sergei-ryabkov", 1, "he", "limit-military-exercises", "supports", 0, ""),
 ("We do not want war, but we will not allow our interests to be rudely trampled upon and ignored,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, ""),
 ("Foreign Ministry spokeswoman Maria Zakharova, meanwhile, took aim at Washington's insistence that Russia pull back its forces from the Ukrainian border.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, ""),
 ("They demand we remove troops from our own territory. Where else in the world do you hear such a thing?", "maria-zakharova", 1, "she", "russia-de-escalation", "rejects", 1, ""),
 ("classic exercise in changing the subject.", "dmitry-ostapchuk", 1, "Dmitry Ostapchuk", "", "", 1, ""),
 ("The Americans answered questions nobody asked them and ignored the ones they were asked. Russia put expansion first, and that is what the reply sidesteps,", "dmitry-ostapchuk", 1, "Ostapchuk", "nato-non-expansion", "mentions", 1, ""),
]

D = "2022-02-01"
P, O = "Vladimir Putin", "Viktor Orbán"
L["kremlin-2022-02-01-putin-orban-press-statements"] = [
 ("We have had substantive talks with Prime Minister of Hungary Viktor Orbán. We discussed energy cooperation, the Paks nuclear power plant, gas supplies and, of course, the situation in Europe.", "vladimir-putin", 1, P, "", "", 1, D),
 ("I informed Mr Orbán about our approaches to the issue of security guarantees. We are carefully analysing the written responses we received from the United States and NATO on January 26. It is already clear that Russia's fundamental concerns were ignored.", "vladimir-putin", 1, P, "", "", 1, D),
 ("We did not see adequate consideration of our three key demands regarding preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, P, "nato-non-expansion", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands regarding preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, P, "no-strike-weapons-near-borders", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands regarding preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, P, "rollback-to-1997", "supports", 1, D),
 ("Hungary is a member of NATO and of the European Union, and we do not question that. But we are also a country that remembers history, and we are interested in a peaceful Europe. I told the President that Hungary is for a peaceful solution, and I do not see an irreconcilable difference between the sides on many questions.", "viktor-orban", 1, O, "", "", 1, D),
 ("I believe that it is possible to conclude an agreement that guarantees peace and at the same time provides appropriate security for Russia. This is my impression after today's talks.", "viktor-orban", 1, O, "", "", 1, D),
 ("Look, we have been told for years that NATO's door is open. This is their principle, they say – every country may freely choose how to ensure its own security. But there is another principle, recorded in the Istanbul and Astana documents: that no one may strengthen their security at the expense of another's security. They simply pass over this in silence.", "vladimir-putin", 1, P, "nato-open-door", "rejects", 1, D),
 ("Now imagine that Ukraine becomes a member of NATO and starts a military operation in Crimea. What then, should we fight the NATO bloc? Has anyone thought about this? It seems not.", "vladimir-putin", 1, P, "no-ukraine-membership", "supports", 1, D),
 ("This is why we insist that Ukraine must not be admitted. It is not a whim; it is a question of our security.", "vladimir-putin", 1, P, "no-ukraine-membership", "supports", 1, D),
 ("These are things we can discuss, and we said so. Some of what they wrote about intermediate-range missiles and about exercises can be worked on. But these are secondary issues, and they are being offered instead of the main ones.", "vladimir-putin", 1, P, "no-intermediate-range-missiles", "mentions", 1, D),
 ("These are things we can discuss, and we said so. Some of what they wrote about intermediate-range missiles and about exercises can be worked on. But these are secondary issues, and they are being offered instead of the main ones.", "vladimir-putin", 1, P, "limit-military-exercises", "mentions", 1, D),
 ("We were promised in 1990 that NATO would not move an inch to the east. They deceived us, brazenly. There were five waves of expansion. Now they say that nothing was written down. Well, that is precisely why we want it written down this time, in a legally binding form, so that it cannot be reinterpreted tomorrow.", "vladimir-putin", 1, P, "written-legal-guarantees", "supports", 1, D),
 ("We were promised in 1990 that NATO would not move an inch to the east. They deceived us, brazenly. There were five waves of expansion. Now they say that nothing was written down. Well, that is precisely why we want it written down this time, in a legally binding form, so that it cannot be reinterpreted tomorrow.", "vladimir-putin", 1, P, "nato-non-expansion", "supports", 1, D),
 ("If I may add. Hungary's view is that dialogue must continue, in every format – bilateral, NATO-Russia, OSCE. I am here on a peace mission, if you like. We are not mediators, but we want the talks to go on.", "viktor-orban", 1, O, "", "", 1, D),
 ("Hungary makes its own decisions about its own defence, and that will not change. Hungary is not a country where foreign troops are needed today; we have said this before.", "viktor-orban", 1, O, "", "", 1, D),
 ("I hope that we will eventually find a solution, although we understand that it will not be simple.", "vladimir-putin", 1, P, "", "", 1, D),
 ("We will continue to study the answers, and then we will decide on further steps. The main thing is that our concerns are not being heard, but we are ready to continue the dialogue.", "vladimir-putin", 1, P, "", "", 1, D),
]

D = "2022-01-13"
L["ukrainska-pravda-2022-01-13-kuleba-osce-vienna"] = [
 ("Minister of Foreign Affairs of Ukraine Dmytro Kuleba has said that the Russian demands to the West regarding Ukraine's non-accession to NATO have no chance, and that Kyiv is not going to give up its Euro-Atlantic course.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Minister of Foreign Affairs of Ukraine Dmytro Kuleba has said that the Russian demands to the West regarding Ukraine's non-accession to NATO have no chance, and that Kyiv is not going to give up its Euro-Atlantic course.", "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wants to return to the world of spheres of influence, where big states decide the fate of small ones. This will not happen. No one, neither Moscow nor anyone else, has the right to veto Ukraine's choice to become a member of NATO.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Russia wants to return to the world of spheres of influence, where big states decide the fate of small ones. This will not happen. No one, neither Moscow nor anyone else, has the right to veto Ukraine's choice to become a member of NATO.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("The best way to make Russia pull its troops back from our border is to show the Kremlin in advance what price it will pay. Deterrence has to work before, not after.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 ("Lukashevich also said that Moscow expects a \"concrete, article-by-article\" response to its draft treaties, and that NATO's refusal to stop moving eastward is \"the root of the crisis\".", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("We need a quick answer. We cannot wait forever.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("The US ambassador to the OSCE, Michael Carpenter, after the meeting called the situation a \"crisis in European security\" and said that the US will not give up on the fundamental principles, including the right of every state to choose its own alliances.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Ryabkov also stated that Russia sees no reason to sit down for a new round of talks, as the US and NATO rejected the key demands – the non-expansion of the Alliance and the non-deployment of offensive weapons near Russian borders.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("Ryabkov also stated that Russia sees no reason to sit down for a new round of talks, as the US and NATO rejected the key demands – the non-expansion of the Alliance and the non-deployment of offensive weapons near Russian borders.", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("They wrote the conditions so that they would be refused. The demand that NATO withdraw from Poland and the Baltic states to the lines of 1997 — who could seriously accept this? It is a pretext, not a proposal.", "oleksandr-merezhko", 1, "Merezhko", "rollback-to-1997", "rejects", 1, ""),
 ("They wrote the conditions so that they would be refused. The demand that NATO withdraw from Poland and the Baltic states to the lines of 1997 — who could seriously accept this? It is a pretext, not a proposal.", "russia", 0, "They", "rollback-to-1997", "supports", 1, ""),
 ("Diplomacy did not lower the temperature on the ground. We see new equipment arriving in Bryansk, Voronezh and in Crimea, and now also in Belarus before the joint exercise.", "olena-prystaiko-lutsenko", 1, "Olena Prystaiko-Lutsenko", "", "", 1, ""),
]

D = "2022-01-21"
L["spiegel-2022-01-22-blinken-lavrov-geneva-analysis"] = [
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("I can't say whether we are on the right track or not,", "sergei-lavrov", 1, "the Russian minister", "", "", 1, D),
 ("We will understand when we receive the American response on paper to all of our proposals.", "sergei-lavrov", 1, "the Russian minister", "", "", 1, D),
 ("Since Dec. 17, when the Russian Foreign Ministry published two draft treaties, Moscow has been demanding something the West regards as impossible to give: a legally codified end to NATO enlargement, starting with Ukraine and Georgia, and a withdrawal of allied troops from the alliance's eastern flank.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Since Dec. 17, when the Russian Foreign Ministry published two draft treaties, Moscow has been demanding something the West regards as impossible to give: a legally codified end to NATO enlargement, starting with Ukraine and Georgia, and a withdrawal of allied troops from the alliance's eastern flank.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Since Dec. 17, when the Russian Foreign Ministry published two draft treaties, Moscow has been demanding something the West regards as impossible to give: a legally codified end to NATO enlargement, starting with Ukraine and Georgia, and a withdrawal of allied troops from the alliance's eastern flank.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Since Dec. 17, when the Russian Foreign Ministry published two draft treaties, Moscow has been demanding something the West regards as impossible to give: a legally codified end to NATO enlargement, starting with Ukraine and Georgia, and a withdrawal of allied troops from the alliance's eastern flank.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Blinken reiterated on Friday that Washington considered NATO's open door non-negotiable.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("The principle that countries are free to pick their own alliances, he said, was not something the U.S. would trade away.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, D),
 ("Moscow, he said, wanted NATO troops, weapons and infrastructure to leave Romania and Bulgaria, a point his ministry clarified in a statement later the same evening.", "sergei-lavrov", 1, "he", "rollback-to-1997", "supports", 0, D),
 ("Moscow, he said, wanted NATO troops, weapons and infrastructure to leave Romania and Bulgaria, a point his ministry clarified in a statement later the same evening.", "russian-foreign-ministry", 0, "his ministry", "rollback-to-1997", "supports", 0, D),
 ("We are part of the conversation, but we are not at the table where the conversation is taking place.", "germany", 0, "A senior official at the Foreign Office", "", "", 1, ""),
 ("Pull back your forces, and we can talk about everything else,", "nato", 0, "a NATO diplomat in Brussels", "russia-de-escalation", "supports", 1, ""),
 ("The alliance has said it is ready to discuss arms control, risk reduction and transparency – but only if Moscow de-escalates first.", "nato", 0, "The alliance", "russia-de-escalation", "supports", 0, ""),
 ("The draft treaties are less a negotiating position than a statement of the order Putin wants – one in which Russia has a say over the alliances of its neighbours,", "stefan-meister", 1, "Meister", "nato-open-door", "mentions", 1, ""),
 ("No Western government can sign that, and he knows it.", "stefan-meister", 1, "Meister", "", "", 1, ""),
 ("There is a real deal available on intermediate-range missiles and on the size and notification of exercises,", "katharina-eulenstein-rahn", 1, "Katharina Eulenstein-Rahn", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("There is a real deal available on intermediate-range missiles and on the size and notification of exercises,", "katharina-eulenstein-rahn", 1, "Katharina Eulenstein-Rahn", "limit-military-exercises", "mentions", 1, ""),
 ("That is where a compromise could start, and both sides know it. The problem is that Moscow has tied those issues to demands nobody in NATO will accept.", "katharina-eulenstein-rahn", 1, "she", "", "", 1, ""),
 ("We have not received any answers yet. We expect them next week,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("If any Russian military forces move across Ukraine's border, that's a renewed invasion. It will be met with swift, severe and a united response from the United States and our partners and allies.", "antony-blinken", 1, "Blinken", "", "", 1, D),
]

L["carnegie-moscow-2022-01-18-after-three-rounds"] = [
 ("For us, the non-expansion of NATO is an absolute imperative, it is not a subject of bargaining,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, ""),
 ("At the same time Ryabkov admitted that the American side was ready to talk about missiles and exercises, and that these themes are \"not without interest\" for Moscow.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("At the same time Ryabkov admitted that the American side was ready to talk about missiles and exercises, and that these themes are \"not without interest\" for Moscow.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, ""),
 ("If they want to talk in the language of military-technical measures, they will get military-technical measures,", "alexander-grushko", 1, "Grushko", "", "", 1, ""),
 ("Jens Stoltenberg, the Secretary General of NATO, for his part, again declared that Russia has no right of veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("Russia does not have a say over what NATO allies do,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("The NATO allies, according to him, are ready to restore the channels of military communication and to discuss reciprocal limitations on missiles, but only in a package with Russian steps towards de-escalation.", "jens-stoltenberg", 1, "him", "resume-military-dialogue", "supports", 0, ""),
 ("The NATO allies, according to him, are ready to restore the channels of military communication and to discuss reciprocal limitations on missiles, but only in a package with Russian steps towards de-escalation.", "jens-stoltenberg", 1, "him", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The NATO allies, according to him, are ready to restore the channels of military communication and to discuss reciprocal limitations on missiles, but only in a package with Russian steps towards de-escalation.", "jens-stoltenberg", 1, "him", "russia-de-escalation", "supports", 0, ""),
 ("Therefore the main requirement of Moscow is not even the content but the form: the guarantees must be juridically binding and ratified.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Kremlin spokesman Dmitry Peskov said in an interview with CNN on 16 January that the West's refusal to guarantee Ukraine's non-membership would mean that the talks had reached a \"dead end\".", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, "2022-01-16"),
 ("Wendy Sherman said this directly in Geneva: it is \"very hard\" to negotiate with a gun to your head.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, ""),
]

D = "2022-01-26"
R = "Zbigniew Rau"
RAU1 = "Madam Marshal! High Chamber! In December the Russian Federation presented two documents that it calls draft treaties. Their essence is simple. Russia demands that NATO withdraw its forces from the states that joined the Alliance after 1997, among them Poland. It demands that the Alliance close its door to Ukraine and Georgia forever. Poland rejects these demands in their entirety."
OBL = "Madam Marshal! High Chamber! I want to remind the opposition that it was this government that brought American troops to Poland. We will not return to the times when Poland was a grey zone. The Kremlin wants to push NATO back to the year 1997 – never again will we be a buffer state!"
SAC = "Madam Marshal! Let us not be naive. Russia says it wants guarantees on paper. But who will guarantee anything to us? Paper did not protect Ukraine in 2014, when the Budapest Memorandum turned out to be worth nothing."
RAU9 = "As for the Russian demand that NATO should not even conduct exercises or cooperate with Ukraine, Georgia or Moldova – this we consider to be an attempt to recreate a sphere of influence. Poland will continue to support Ukraine, including militarily."
L["sejm-2022-01-26-information-security-situation"] = [
 (RAU1, "zbigniew-rau", 1, R, "rollback-to-1997", "rejects", 1, D),
 (RAU1, "zbigniew-rau", 1, R, "no-ukraine-membership", "rejects", 1, D),
 (RAU1, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 (RAU1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, ""),
 ("Let me say it clearly: the presence of allied troops on Polish soil is not a subject of negotiation between Washington and Moscow. The sovereign decisions of Poland are not a subject of negotiation with anyone.", "zbigniew-rau", 1, R, "rollback-to-1997", "rejects", 1, D),
 ("As chairman of the OSCE, I said in Vienna on 13 January that the risk of war in our region is greater than at any time in the last thirty years. I maintain this assessment. The concentration of Russian forces near Ukraine and in Belarus must be reversed, and that is the first condition for any serious dialogue.", "zbigniew-rau", 1, R, "russia-de-escalation", "supports", 1, D),
 ("At the same time, Poland does not reject dialogue as such. We are ready, together with our allies, to discuss transparency of exercises, arms control and confidence-building measures – on the condition that they are reciprocal and that they do not touch the principle that each state chooses its alliances freely.", "zbigniew-rau", 1, R, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, Poland does not reject dialogue as such. We are ready, together with our allies, to discuss transparency of exercises, arms control and confidence-building measures – on the condition that they are reciprocal and that they do not touch the principle that each state chooses its alliances freely.", "zbigniew-rau", 1, R, "nato-open-door", "supports", 1, D),
 (OBL, "krystyna-obloza-szymanska", 1, "Krystyna Obłoza-Szymańska", "rollback-to-1997", "rejects", 1, D),
 (OBL, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 1, ""),
 (SAC, "jaroslaw-sachajko-wrobel", 1, "Jarosław Sachajko-Wróbel", "written-legal-guarantees", "mentions", 1, D),
 (SAC, "russia", 0, "Russia", "written-legal-guarantees", "supports", 1, ""),
 ("Madam Marshal! Thank you for the questions. To Deputy Wielgołaski: Poland was consulted, like all allies, at every stage. The American and allied position is identical on this: there will be no decisions about the eastern flank without the eastern flank, and there will be no withdrawal to 1997.", "zbigniew-rau", 1, R, "rollback-to-1997", "rejects", 1, D),
 ("To Deputy Grzesiewicz: the Americans proposed to discuss mutual transparency and limits on exercises, on a reciprocal basis, and such measures would apply equally to Russian exercises in Kaliningrad and in Belarus. This is nothing new; it is the logic of the Vienna Document, which Russia itself has been undermining for years.", "zbigniew-rau", 1, R, "limit-military-exercises", "mentions", 1, D),
 (RAU9, "zbigniew-rau", 1, R, "no-military-activity-ex-soviet", "rejects", 1, D),
 (RAU9, "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 1, ""),
]

write_gold(L, "articles-329", "gold-329")
