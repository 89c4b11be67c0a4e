#!/usr/bin/env python3
"""Writes the held-out gold of batch 295 (gold-295/*.nq) from the labels below.

Batch 295 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- financial-times-2022-01-28-putin-paper-ultimatum: FT Big Read with front matter,
  standfirst, byline, crossheads; curly quotes, "Nato" spelling, Baker/Founding Act/Bucharest
  history, a quotation introduced by "The main question, he added, was", Moscow's demand in
  passing inside Kuleba's sentence, analysts with and without a stance of their own.
- rt-2022-01-13-ryabkov-dead-end: RT story, no front matter (date "13 Jan, 2022 15:42"),
  photo caption, READ MORE link lines, quotations over several sentences, Grushko on Wednesday,
  OSCE Permanent Council on Thursday, a closing paragraph describing the drafts (not labelled).
- pentagon-2022-01-28-austin-milley-briefing: DoD transcript, speaker labels (full, then
  "SEC. AUSTIN"/"GEN. MILLEY"), Kirby as host and reporters' questions (not labelled) that name
  demands; each answer paragraph is one quotation, many of them about no demand.
- kyiv-independent-2022-01-27-explainer-russia-demands: explainer with front matter, question
  crossheads, "Read also" lines, Jan. 26 / Jan. 27 / Jan. 10 dates, Moscow's demands attributed
  inside Stoltenberg's and an analyst's sentences, organisations speaking ("U.S. and NATO officials").
- cnn-2022-01-21-analysis-blinken-lavrov-geneva: CNN analysis by an invented analyst; UTF-8
  BOM and CRLF; quotation interrupted by "he said"; "The White House has been saying the same
  thing"; a former official with a stance of her own; an unnamed Russian diplomat. The
  analyst-author's own prose is not attributed speech and is not labelled.
- german-marshall-fund-2021-12-20-experts-react-russian-drafts: expert roundup with front
  matter; each expert paragraph counts as one direct quotation (said on Saturday, December 18);
  titles of the drafts quoted from documents and the Background section are not labelled.
- novosti-agregator-2022-02-02-putin-concerns-ignored: machine-translated Russian aggregator,
  « » quotes with em-dash attributions, "02.02.2022" date, READ ALSO lines, reader comments by
  anonymous handles (not labelled: not news statements by identifiable speakers).

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

FT = "financial-times-2022-01-28-putin-paper-ultimatum"
ft_kuleba = "Dmytro Kuleba, Ukraine’s foreign minister, said on Thursday that his government had seen the US text before it was delivered and welcomed the fact that Moscow’s demand for a veto on Ukraine joining Nato had been turned down."
ft_blinken = "He added that the reply set out ideas for reciprocal limits on where ground-launched intermediate-range missiles may be based and for greater transparency around military exercises in Europe, proposals he said Washington would discuss only on a mutual basis."
ft_lavrov = "our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
ft_pellow2 = "What it can do is talk about missiles, about exercises, about transparency — the things that actually make soldiers on both sides nervous."
L[FT] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The Kremlin asked for things it knew it could not get, so that the refusal itself becomes the argument,", "irina-shestakova", 1, "Irina Shestakova", "", "", 1, ""),
 ("makes clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (ft_blinken, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (ft_blinken, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Jens Stoltenberg, the alliance’s secretary-general, said on Wednesday that allies were ready to re-establish military-to-military channels with Moscow to avoid accidents and to reopen the two sides’ diplomatic missions.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We cannot compromise on the principles on which the security of our alliance, and of Europe, rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("There is a reaction which allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 (ft_lavrov, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (ft_lavrov, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (ft_kuleba, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 (ft_kuleba, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-27"),
 (ft_kuleba, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("by pulling back its forces from Ukraine’s borders", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, ""),
 ("Nato cannot trade away its open door without ceasing to be Nato,", "gareth-pellow", 1, "he", "nato-open-door", "supports", 1, ""),
 (ft_pellow2, "gareth-pellow", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ft_pellow2, "gareth-pellow", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("If the written answer had said yes to the main points, he would have been surprised,", "irina-shestakova", 1, "she", "", "", 1, ""),
 ("Now he has a document to wave.", "irina-shestakova", 1, "she", "", "", 1, ""),
]

RT = "rt-2022-01-13-ryabkov-dead-end"
rt_ryab = "We need a legal guarantee that NATO will not take in Ukraine, Georgia or anyone else. Not a promise, not a moratorium – a legal guarantee,"
rt_grushko = "It is absolutely necessary to stop NATO’s expansion, to stop dragging Ukraine into the bloc and to return to the configuration that existed in 1997,"
rt_stolt = "Stoltenberg claimed the allies were ready to discuss arms control, including missiles, as well as transparency around exercises – but only as part of a package that Moscow has already dismissed as secondary."
L[RT] = [
 ("There is, on the whole, a dead end or a difference in approaches,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 (rt_ryab, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
 (rt_ryab, "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 (rt_ryab, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 (rt_grushko, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (rt_grushko, "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 (rt_grushko, "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("Otherwise we will answer with the means available to us.", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg, for his part, insisted on Wednesday that Russia had no say in who joins the US-led military bloc.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("It’s only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (rt_stolt, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (rt_stolt, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("slam the door shut on NATO’s open-door policy,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-12"),
 ("She also urged Moscow to de-escalate and pull back its forces from the Ukrainian border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("The deployment of American strike systems next to our borders is a red line, not a bargaining chip,", "maria-zakharova", 1, "she", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
]

PG = "pentagon-2022-01-28-austin-milley-briefing"
D = "2022-01-28"
AU, MI = "lloyd-austin", "mark-milley"
pg_a4 = "This week, as you know, the United States delivered its written response to Moscow. We've been clear that we will not compromise on the principle that nations are free to choose their own alliances. But we also put forward areas where we believe we can make progress, including reciprocal transparency about military exercises and measures to reduce the risk of accidents."
pg_a6 = "Again, NATO's open door policy is not something that's up for negotiation. Who joins the alliance is a decision for NATO and for the aspirant nations, not for Moscow."
L[PG] = [
 ("Thanks, John. Good afternoon, everyone. I want to start with the situation in Europe, which is obviously on everyone's mind.", AU, 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "", "", 1, D),
 ("Over the past several months, Russia has continued to mass forces in Crimea and along Ukraine's border, and in recent days it has moved units into Belarus as well. We still don't believe that President Putin has made a final decision to use these forces against Ukraine. He clearly now has that capability.", AU, 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "", "", 1, D),
 ("Conflict is not inevitable. There is still time and space for diplomacy. Mr. Putin can do the right thing. He can choose to de-escalate, and he can order his troops back from Ukraine's borders.", AU, 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "russia-de-escalation", "supports", 1, D),
 (pg_a4, AU, 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "nato-open-door", "supports", 1, D),
 (pg_a4, AU, 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "limit-military-exercises", "mentions", 1, D),
 ("As the President has said, we've placed about 8,500 U.S. personnel on heightened alert so that they're ready to deploy to the NATO Response Force if NATO activates it. No decision has been made to deploy them, and none of them are going to Ukraine.", AU, 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "", "", 1, D),
 ("Thank you, Mr. Secretary. What we are seeing in terms of the size and scale of Russian forces is larger than anything we've seen in recent memory, and it includes ground forces, air and naval forces, special operations, cyber and electronic warfare.", MI, 1, "GEN. MARK A. MILLEY", "", "", 1, D),
 ("Given the type of forces that are deployed, if that were unleashed on Ukraine it would be significant, very significant, and it would result in a significant amount of casualties.", MI, 1, "GEN. MARK A. MILLEY", "", "", 1, D),
 ("Russia should step back from the border and choose the path of diplomacy. That is the advice I would give, and I think it's shared widely.", MI, 1, "GEN. MARK A. MILLEY", "russia-de-escalation", "supports", 1, D),
 (pg_a6, AU, 1, "SEC. AUSTIN", "nato-open-door", "supports", 1, D),
 (pg_a6, AU, 1, "SEC. AUSTIN", "nato-non-expansion", "rejects", 1, D),
 ("And, you know, I'd point out that it's the alliance that has been transparent here. NATO is a defensive alliance. It doesn't pose a threat to Russia.", AU, 1, "SEC. AUSTIN", "", "", 1, D),
 ("I'll let the diplomats speak to the specifics of what's in the paper. What I'd say is that arms control has historically made both sides safer, and we've offered to talk about missile deployments on a reciprocal basis.", MI, 1, "GEN. MILLEY", "no-intermediate-range-missiles", "mentions", 1, D),
 ("On the ships and aircraft, we operate in international waters and international airspace in accordance with international law, and we're going to continue to do that.", MI, 1, "GEN. MILLEY", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We'll continue to consult closely with our allies, and I don't have any announcements today. But we will make sure that our allies have the support they need.", AU, 1, "SEC. AUSTIN", "", "", 1, D),
 ("We're not going to cancel our training with our allies. What we've said is that we're willing to sit down and talk about reciprocal limits and notifications on exercises, and that's in the response.", AU, 1, "SEC. AUSTIN", "limit-military-exercises", "rejects", 1, D),
 ("President Zelensky knows his country and his people. I'm speaking to the military capabilities we observe, which are significant and which we have to take seriously.", MI, 1, "GEN. MILLEY", "", "", 1, D),
]

KI = "kyiv-independent-2022-01-27-explainer-russia-demands"
ki_ryab = "Russia wants the alliance to stop growing eastward and to close the door to Ukraine and Georgia for good, Ryabkov told reporters after the Geneva talks."
ki_stolt = "NATO Secretary General Jens Stoltenberg said on Jan. 26 that the alliance's own letter rejected Russia's call to withdraw forces from eastern allies."
ki_both = "Both documents, according to U.S. and NATO officials, instead offer talks on arms control, on transparency around military drills and on the missiles that were banned under the INF treaty until 2019."
ki_kuleba = "Nothing about Ukraine without Ukraine. The decision on our membership in NATO will be made by Ukraine and the Allies, and by no one else,"
ki_pol1 = "Moscow does not really expect NATO to sign a pledge never to take Ukraine. It wants a pretext,"
ki_pol2 = "According to Polishchuk, the Kremlin's demand that the West stay out of the former Soviet space – including training missions and arms deliveries to Ukraine – is the one most dangerous for Kyiv."
L[KI] = [
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards – guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (ki_ryab, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 (ki_ryab, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("to the configuration that existed in 1997.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (ki_stolt, "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (ki_stolt, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We will not sacrifice the ability of every NATO ally to defend and protect each other,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 (ki_both, "united-states", 0, "U.S. and NATO officials", "limit-military-exercises", "mentions", 0, ""),
 (ki_both, "united-states", 0, "U.S. and NATO officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (ki_both, "nato", 0, "U.S. and NATO officials", "limit-military-exercises", "mentions", 0, ""),
 (ki_both, "nato", 0, "U.S. and NATO officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("It is obvious that our considerations were not taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (ki_kuleba, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 (ki_kuleba, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 (ki_pol1, "daria-polishchuk", 1, "Daria Polishchuk", "no-ukraine-membership", "mentions", 1, ""),
 (ki_pol1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 (ki_pol2, "daria-polishchuk", 1, "Polishchuk", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (ki_pol2, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("If Washington ever agreed to that, it would mean that we are, once again, somebody's sphere of influence,", "daria-polishchuk", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("U.S. officials have repeatedly demanded that Russia pull its troops back from Ukraine's borders as the first step.", "united-states", 0, "U.S. officials", "russia-de-escalation", "supports", 0, ""),
]

CN = "cnn-2022-01-21-analysis-blinken-lavrov-geneva"
cn_lav = "Russia, he said, wants a firm, written commitment that NATO will expand no further, and it wants the alliance to stop placing offensive weapons near its borders."
L[CN] = [
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 (cn_lav, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-21"),
 (cn_lav, "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-21"),
 (cn_lav, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-21"),
 ("We expect that next week we will receive written responses to all of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("He said he had told Lavrov directly that the United States would not bargain away the right of Ukraine, or any other country, to choose its own alliances.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, "2022-01-21"),
 ("If Russia wants to begin to convince the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("by bringing its forces back from Ukraine's borders.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("The White House has been saying the same thing for weeks.", "white-house", 0, "The White House", "russia-de-escalation", "supports", 0, ""),
 ("Press secretary Jen Psaki told reporters on Thursday that the path to diplomacy ran through de-escalation, and that the administration would not negotiate \"about Ukraine without Ukraine.\"", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, "2022-01-20"),
 ("The missile piece is actually negotiable,", "rebecca-altmann", 1, "Rebecca Altmann", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles in Europe, with inspections on both sides — that's something the US could live with, and frankly it's in our interest.", "rebecca-altmann", 1, "Rebecca Altmann", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Altmann says the same goes for limits on how close to each other's borders the two militaries hold exercises.", "rebecca-altmann", 1, "Altmann", "limit-military-exercises", "supports", 0, ""),
 ("Notification, observers, distance from the border. We've done this before in the OSCE. It's boring, and boring is good,", "rebecca-altmann", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("the main issue, the alpha and omega.", "russia", 0, "A senior Russian diplomat", "nato-non-expansion", "supports", 1, ""),
 ("We are at a decisive moment,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
]

GM = "german-marshall-fund-2021-12-20-experts-react-russian-drafts"
E = "2021-12-18"
gm_m1 = "The drafts read less like an opening bid than like terms of surrender for the post-Cold War order. Article 4 of the NATO text would commit the allies to refrain from any further enlargement, including the accession of Ukraine. No allied government can sign that, and none will."
gm_m2 = "What worries me more is Article 4 of the treaty with Washington, which would prohibit the United States from establishing bases in, or developing bilateral military cooperation with, former Soviet states that are not NATO members. That would freeze Ukraine, Georgia, and Moldova into a grey zone with Moscow holding the key. Our governments should say so plainly: the choice of partners belongs to those countries."
L[GM] = [
 (gm_m1, "helena-marjanovic", 1, "Helena Marjanović", "nato-non-expansion", "rejects", 1, E),
 (gm_m1, "helena-marjanovic", 1, "Helena Marjanović", "no-ukraine-membership", "rejects", 1, E),
 (gm_m2, "helena-marjanovic", 1, "Helena Marjanović", "no-military-activity-ex-soviet", "rejects", 1, E),
 (gm_m2, "helena-marjanovic", 1, "Helena Marjanović", "nato-open-door", "supports", 1, E),
 ("There are items in these texts that deserve a serious answer. Russia proposes that neither side deploy ground-launched intermediate- and shorter-range missiles in areas from which they can reach the other’s territory. Washington and Moscow had exactly such a ban until the INF Treaty collapsed in 2019, and I think restoring something like it would be in the alliance’s own interest.", "thomas-kjaergaard", 1, "Thomas Kjærgaard", "no-intermediate-range-missiles", "supports", 1, E),
 ("Likewise, proposals on limiting exercises near the line of contact and on incident prevention at sea and in the air are the ordinary material of European arms control. I would separate them out and negotiate them, on a reciprocal basis, in the OSCE and bilaterally.", "thomas-kjaergaard", 1, "Thomas Kjærgaard", "limit-military-exercises", "supports", 1, E),
 ("Seen from Warsaw, the most striking line is the one asking NATO to withdraw to its positions of May 1997. It would mean that the forces in Poland and the Baltic states, which exist because of what Russia did in 2014, would have to go. This is not a security proposal. It is a demand that Central Europe accept second-class membership, and it should be rejected without hesitation.", "aleksandra-wisniewska", 1, "Aleksandra Wiśniewska", "rollback-to-1997", "rejects", 1, E),
 ("I also note that the Kremlin has publicly set these texts against the backdrop of roughly 100,000 troops near Ukraine. Any negotiation has to begin with those forces going home.", "aleksandra-wisniewska", 1, "Aleksandra Wiśniewska", "russia-de-escalation", "supports", 1, E),
 ("It is tempting to dismiss the whole exercise, but I would be careful. Moscow has chosen to publish, which suggests it expects to be turned down and wants the record to show it. The question for Washington is how to answer in a way that keeps the conversation on the issues where both sides could gain.", "jonathan-reese", 1, "Jonathan Reese", "", "", 1, E),
 ("NATO Secretary General Jens Stoltenberg said on December 16, a day before publication, that any dialogue would have to take allies’ concerns into account and respect the principle that each nation chooses its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2021-12-16"),
]

NA = "novosti-agregator-2022-02-02-putin-concerns-ignored"
P = "2022-02-01"
na_put2 = "We did not see adequate consideration of our three key demands concerning the non-admission of NATO expansion, the refusal to deploy strike weapon systems near the Russian borders, and the return of the military infrastructure of the bloc in Europe to the state of 1997, when was signed the Founding act Russia — NATO"
L[NA] = [
 ("It is already clear now, I informed about this also the Prime Minister, that the fundamental Russian concerns turned out to be ignored", "vladimir-putin", 1, "Putin", "", "", 1, P),
 (na_put2, "vladimir-putin", 1, "the head of state", "nato-non-expansion", "supports", 1, P),
 (na_put2, "vladimir-putin", 1, "the head of state", "no-strike-weapons-near-borders", "supports", 1, P),
 (na_put2, "vladimir-putin", 1, "the head of state", "rollback-to-1997", "supports", 1, P),
 ("Imagine that Ukraine is member of NATO and begins military operation in Crimea. What, we must fight with NATO bloc? Has anyone thought about it? Looks like no", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, P),
 ("I hope that in the end we will find this solution, although it is not easy", "vladimir-putin", 1, "Putin", "", "", 1, P),
 ("On his words, the main points of Russian proposals — about non-enlargement of the alliance — remain without answer.", "dmitry-peskov", 1, "his", "nato-non-expansion", "supports", 0, ""),
 ("We will demand a clear answer why our partners do not wish to fulfil the obligations", "sergei-lavrov", 1, "the minister", "", "", 1, ""),
 ("verbal assurances which West already gave and did not fulfill", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, "2022-02-02"),
 ("Meanwhile the State department of USA again call on Moscow to withdraw the troops from the Ukrainian border.", "us-state-department", 0, "the State department of USA", "russia-de-escalation", "supports", 0, ""),
 ("The way to diplomacy is through de-escalation", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, P),
]

write_gold(L, "articles-295", "gold-295")
