#!/usr/bin/env python3
"""Writes the held-out gold of batch 272 (gold-272/*.nq) from the labels below.

Batch 272 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cnn-2022-01-27-written-answers-analysis: CNN news analysis of the 26 January
  written answers; front matter; weekday dates (Wednesday/Thursday), a quotation
  split by "Tamashiro said", Moscow's demand in passing inside Blinken's and an
  analyst's sentences, Baker 1990 / Founding Act background, an anonymous State
  Department official, "Washington's consistent message".
- thetimes-2022-01-22-kelin-interview: The Times interview with Andrei Kelin;
  no front matter; headline quote, standfirst and caption (unlabelled), Q/A
  section whose questions are bare lines and whose answers are paragraphs,
  Bucharest quoted from the declaration, a Foreign Office spokesman (country).
- izvestia-2022-01-13-grushko-ryabkov-dead-end: Izvestia machine-translated;
  front matter; « » quotes with nested "open doors", em-dash attribution, "the
  day before, on January 12", indirect speech over two sentences, draft-treaty
  contents as background, Russian expert and senator.
- err-2022-01-13-liimets-osce-vienna: ERR News; front matter; lede in present
  tense, party tags "(Center)", OSCE Permanent Council, rollback-to-1997 from the
  Baltic point of view, an ICDS analyst with a split quotation, "Read more" lines.
- defense-gov-2022-01-24-kirby-press-briefing: Pentagon transcript (Kirby);
  UTF-8 BOM and CRLF; opening statement paragraphs, Q:/MR. KIRBY: labels, each
  answer paragraph one quotation, questions that name the demands.
- belta-2022-01-18-makei-security-guarantees: BelTA in English; no front
  matter; dateline "MINSK, 18 January (BelTA) –", Lukashenko on 17 January,
  a rhetorical question inside a quotation, "Read also" lines, a Belarusian
  political scientist who voices a demand himself.
- rand-2022-02-03-putin-reply-commentary: RAND blog commentary; no front
  matter; Putin's 1 February reply listing three demands in one reported
  sentence, Lavrov's letters, the US answer quoted as a document (unlabelled),
  the author's own views (unlabelled), Kirby's short quotation (< 6 words).

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
T = "2022-01-27"
L["cnn-2022-01-27-written-answers-analysis"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("Blinken said the US response makes plain that Washington will keep defending the principle that every country gets to pick its own partners and alliances, a line that goes straight to Moscow's demand that Ukraine be shut out of NATO for good.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("Blinken said the US response makes plain that Washington will keep defending the principle that every country gets to pick its own partners and alliances, a line that goes straight to Moscow's demand that Ukraine be shut out of NATO for good.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Secretary General Jens Stoltenberg, speaking in Brussels, said the alliance was ready to sit down on arms control, on greater transparency around military drills and on reopening the channels of communication between the two sides' militaries that have been largely frozen since the Kremlin shut NATO's liaison office in Moscow last autumn.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("Secretary General Jens Stoltenberg, speaking in Brussels, said the alliance was ready to sit down on arms control, on greater transparency around military drills and on reopening the channels of communication between the two sides' militaries that have been largely frozen since the Kremlin shut NATO's liaison office in Moscow last autumn.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, D),
 ("We cannot compromise on the core principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("On missiles, US officials have for weeks floated the idea of mutual limits on where certain land-based missiles can be stationed in Europe, an echo of the INF Treaty that collapsed in 2019.", "united-states", 0, "US officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A senior State Department official, briefing reporters on condition of anonymity, described that offer as \"reciprocal\" and conditional on Russia pulling back its forces from Ukraine's borders.", "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A senior State Department official, briefing reporters on condition of anonymity, described that offer as \"reciprocal\" and conditional on Russia pulling back its forces from Ukraine's borders.", "us-state-department", 0, "A senior State Department official", "russia-de-escalation", "supports", 0, ""),
 ("Washington's consistent message has been that the talks cannot flourish while that force stays where it is.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("It would be very reckless to rush into any conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("He said there was no positive reaction in the US document to what he called the main question: that NATO stop moving any further eastward.", "sergey-lavrov", 1, "He", "nato-non-expansion", "supports", 0, T),
 ("He added that the document offered the beginnings of a serious conversation on what he called secondary issues, including missiles and military exercises.", "sergey-lavrov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, T),
 ("He added that the document offered the beginnings of a serious conversation on what he called secondary issues, including missiles and military exercises.", "sergey-lavrov", 1, "He", "limit-military-exercises", "mentions", 0, T),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the East,", "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, T),
 ("The Kremlin asked for a veto over who joins the alliance, and it was never going to get one,", "evelyn-marchetti", 1, "Evelyn Marchetti", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin asked for a veto over who joins the alliance, and it was never going to get one,", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("But the missile and exercise pieces are real. If I were in Moscow, I would not throw them away.", "evelyn-marchetti", 1, "Evelyn Marchetti", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("But the missile and exercise pieces are real. If I were in Moscow, I would not throw them away.", "evelyn-marchetti", 1, "Evelyn Marchetti", "limit-military-exercises", "mentions", 1, ""),
 ("Gregory Tamashiro, a former Pentagon Russia analyst now at Georgetown University, said the Kremlin had framed the demand for binding, written guarantees so publicly that anything less would look like a retreat at home.", "gregory-tamashiro", 1, "Gregory Tamashiro", "written-legal-guarantees", "mentions", 0, ""),
 ("Gregory Tamashiro, a former Pentagon Russia analyst now at Georgetown University, said the Kremlin had framed the demand for binding, written guarantees so publicly that anything less would look like a retreat at home.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("He painted himself into a corner by publishing the drafts,", "gregory-tamashiro", 1, "Tamashiro", "", "", 1, ""),
 ("Paper is the one thing Washington cannot give him on enlargement.", "gregory-tamashiro", 1, "Tamashiro", "written-legal-guarantees", "mentions", 1, ""),
 ("Paper is the one thing Washington cannot give him on enlargement.", "gregory-tamashiro", 1, "Tamashiro", "nato-non-expansion", "mentions", 1, ""),
 ("State Department spokesman Ned Price, asked on Wednesday whether the administration had considered a formal moratorium on Ukraine's membership as a face-saving gesture, said the US would not make decisions about Ukraine without Ukraine.", "ned-price", 1, "Ned Price", "no-ukraine-membership", "rejects", 0, D),
 ("Nothing about Ukraine without Ukraine — that has been our principle from day one,", "ned-price", 1, "Price", "no-ukraine-membership", "rejects", 1, D),
]

F = "2022-01-21"
K = ("andrei-kelin", 1)
L["thetimes-2022-01-22-kelin-interview"] = [
 ("Earlier the same day Liz Truss, the foreign secretary, had used a speech in Sydney to warn that Britain would stand with Ukraine and that it was for Kyiv, and Kyiv alone, to decide whether it wished to join the western alliance.", "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 0, F),
 ("There is always room to talk. But I must be honest with you: the question of Ukraine in Nato is not, for us, a matter of taste. Ukraine must not join this alliance. Not in five years, not in fifteen. That is the essence of what we put on the table in December.", *K, "Kelin", "no-ukraine-membership", "supports", 1, F),
 ("Because it is not defensive from where we sit. Since 1999 we have seen fourteen new members, every step closer to our border. We are asking for a very simple thing, that this movement eastward stops, and that it stops in a way that is written down and binding.", *K, "Kelin", "nato-non-expansion", "supports", 1, F),
 ("Because it is not defensive from where we sit. Since 1999 we have seen fourteen new members, every step closer to our border. We are asking for a very simple thing, that this movement eastward stops, and that it stops in a way that is written down and binding.", *K, "Kelin", "written-legal-guarantees", "supports", 1, F),
 ("It is something, yes. We welcome any conversation on missiles, we proposed it ourselves. But it is secondary. You cannot give us a discussion about the number of drills and call it an answer to our main concern.", *K, "Kelin", "no-intermediate-range-missiles", "supports", 1, F),
 ("It is something, yes. We welcome any conversation on missiles, we proposed it ourselves. But it is secondary. You cannot give us a discussion about the number of drills and call it an answer to our main concern.", *K, "Kelin", "limit-military-exercises", "mentions", 1, F),
 ("That we receive guarantees on paper, with legal force. We were given words in 1990, and you know what happened to the words. Verbal assurances, political declarations, a moratorium for some years: none of this is acceptable any more.", *K, "Kelin", "written-legal-guarantees", "supports", 1, F),
 ("It is not a threat to anybody. It is a return to the situation in which everybody felt secure. The forces and the infrastructure that have come since then to Poland, to the Baltic republics, to Romania, they should go back. This is what we proposed and I do not see anything extreme in it.", *K, "Kelin", "rollback-to-1997", "supports", 1, F),
 ("Our troops are on our own territory. We move them where we want, as Britain moves its soldiers around Salisbury Plain. Nobody in London asks our permission for that and we do not ask London's.", *K, "Kelin", "russia-de-escalation", "rejects", 1, F),
 ("Nobody will dictate to us where our army stands. I think that is clear enough.", *K, "Kelin", "russia-de-escalation", "rejects", 1, F),
 ("No. There is no plan to invade anyone. I have said this many times, and the Kremlin has said it many, many times.", *K, "Kelin", "", "", 1, F),
 ("Then we will draw our conclusions. Mr Lavrov has said it: we will not wait forever. I cannot tell you what the military-technical measures would be, because I am a diplomat, not a general.", *K, "Kelin", "", "", 1, F),
 ("That declaration was a mistake then and it is a mistake now, he said, and Moscow wanted the alliance formally to take it back.", *K, "he", "rescind-bucharest-2008", "supports", 0, F),
 ("That declaration was a mistake then and it is a mistake now, he said, and Moscow wanted the alliance formally to take it back.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("It was written in one night by people who did not think about consequences,", *K, "he", "rescind-bucharest-2008", "supports", 1, F),
 ("I believe that reasonable people can reconsider. Whether reasonable people are in charge, we will see.", *K, "Kelin", "rescind-bucharest-2008", "supports", 1, F),
 ("A Foreign Office spokesman said on Friday evening that Nato's door \"remains open\" and that Russia had \"no veto\" over the choices of sovereign states.", "united-kingdom", 0, "A Foreign Office spokesman", "nato-open-door", "supports", 0, F),
]

Th = "2022-01-13"
W = "2022-01-12"
L["izvestia-2022-01-13-grushko-ryabkov-dead-end"] = [
 ("There is, let's say, a dead end or a difference of approaches. I do not see reasons in the coming days to gather and start again these same negotiations", "sergei-ryabkov", 1, "the diplomat", "", "", 1, Th),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never ever becomes member of NATO", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, Th),
 ("NATO insists on its \"open doors\" policy, which for us is unacceptable. We have explained that continuation of this policy creates direct threat to security of Russia", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, W),
 ("The deputy minister reminded that the Russian proposal includes to return the military configuration of alliance to the state of 1997, when was signed the Founding Act Russia-NATO.", "alexander-grushko", 1, "The deputy minister", "rollback-to-1997", "supports", 0, W),
 ("The deputy minister reminded that the Russian proposal includes to return the military configuration of alliance to the state of 1997, when was signed the Founding Act Russia-NATO.", "russia", 0, "the Russian proposal", "rollback-to-1997", "supports", 0, ""),
 ("In his words, it is about withdrawal of forces and armaments that appeared after this on the territory of the states of Eastern Europe.", "alexander-grushko", 1, "his", "rollback-to-1997", "supports", 0, W),
 ("We need legally binding guarantees. Not promises, not assurances — guarantees", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, W),
 ("At the same time the diplomat pointed that the alliance did not reject the theme of restoring military contacts.", "alexander-grushko", 1, "the diplomat", "resume-military-dialogue", "mentions", 0, W),
 ("Alexander Fomin, for his part, said that the Russian side proposed to NATO to stop the practice of the exercises near Russian borders and to not deploy there strike weapons systems.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, W),
 ("Alexander Fomin, for his part, said that the Russian side proposed to NATO to stop the practice of the exercises near Russian borders and to not deploy there strike weapons systems.", "alexander-fomin", 1, "Alexander Fomin", "no-strike-weapons-near-borders", "supports", 0, W),
 ("Alexander Fomin, for his part, said that the Russian side proposed to NATO to stop the practice of the exercises near Russian borders and to not deploy there strike weapons systems.", "russia", 0, "the Russian side", "limit-military-exercises", "supports", 0, ""),
 ("Alexander Fomin, for his part, said that the Russian side proposed to NATO to stop the practice of the exercises near Russian borders and to not deploy there strike weapons systems.", "russia", 0, "the Russian side", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We are ready for concrete work, but on basis of equality and mutual consideration of interests", "alexander-fomin", 1, "the deputy minister of defense", "", "", 1, W),
 ("According to him, no one has the right to decide instead of Ukraine and other states which alliances they join.", "jens-stoltenberg", 1, "him", "nato-open-door", "supports", 0, W),
 ("Three meetings in one week — this is marathon. Now the sides must digest what they heard", "konstantin-bliznyuk", 1, "the expert", "", "", 1, ""),
 ("In his opinion, the key question is that the West is not ready to fix in document the refusal of expansion, and Moscow will not agree to less.", "konstantin-bliznyuk", 1, "his", "nato-non-expansion", "mentions", 0, ""),
 ("In his opinion, the key question is that the West is not ready to fix in document the refusal of expansion, and Moscow will not agree to less.", "konstantin-bliznyuk", 1, "his", "written-legal-guarantees", "mentions", 0, ""),
 ("In his opinion, the key question is that the West is not ready to fix in document the refusal of expansion, and Moscow will not agree to less.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("In his opinion, the key question is that the West is not ready to fix in document the refusal of expansion, and Moscow will not agree to less.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Without the point about non-expansion the whole package for Moscow loses meaning, this is obvious", "konstantin-bliznyuk", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("We laid on table our proposals not for bargaining. Either the West takes them seriously, or we will think about our security ourselves", "vladimir-dzhabarov", 1, "the senator", "", "", 1, ""),
]

E = "2022-01-13"
L["err-2022-01-13-liimets-osce-vienna"] = [
 ("Foreign Minister Eva-Maria Liimets (Center) says Russia's demand that NATO pull its allied troops out of Estonia and the other Eastern flank countries is a non-starter, and that no decision about Estonia's security will be made without Estonia.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, E),
 ("Foreign Minister Eva-Maria Liimets (Center) says Russia's demand that NATO pull its allied troops out of Estonia and the other Eastern flank countries is a non-starter, and that no decision about Estonia's security will be made without Estonia.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Estonia's security is not something that can be traded away at a table where we are not sitting,", "eva-maria-liimets", 1, "Liimets", "", "", 1, E),
 ("The allied presence here is a result of Russia's own behavior, and it stays.", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, E),
 ("The minister said that Moscow's draft agreements, published in mid-December, would in practice return the alliance to its 1997 borders of military presence, something she said no ally was prepared to consider.", "eva-maria-liimets", 1, "The minister", "rollback-to-1997", "rejects", 0, E),
 ("The minister said that Moscow's draft agreements, published in mid-December, would in practice return the alliance to its 1997 borders of military presence, something she said no ally was prepared to consider.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Prime Minister Kaja Kallas (Reform) said at the government press conference on Thursday that Russia's effort to limit the choices of its neighbors would not succeed.", "kaja-kallas", 1, "Kaja Kallas", "nato-open-door", "supports", 0, E),
 ("Every country has the right to decide its own future and its own alliances. That was true for Estonia in 2004 and it is true for Ukraine and Georgia today,", "kaja-kallas", 1, "Kallas", "nato-open-door", "supports", 1, E),
 ("Kallas added that Russia should start by withdrawing the forces it has gathered near Ukraine, if it is serious about talking.", "kaja-kallas", 1, "Kallas", "russia-de-escalation", "supports", 0, E),
 ("De-escalation is the first step, and it is a step only Moscow can take,", "kaja-kallas", 1, "she", "russia-de-escalation", "supports", 1, E),
 ("If we do not hear a constructive answer to our proposals within a reasonable time, and if aggressive behavior toward Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, E),
 ("Lukashevich also said Moscow would insist on legally binding guarantees that NATO would not move any further east.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, E),
 ("Lukashevich also said Moscow would insist on legally binding guarantees that NATO would not move any further east.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, E),
 ("Lukashevich also said Moscow would insist on legally binding guarantees that NATO would not move any further east.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Lukashevich also said Moscow would insist on legally binding guarantees that NATO would not move any further east.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Russia came to these talks with ultimatums, not with proposals. That is not a negotiation, that is a demand for capitulation,", "marko-mihkelson", 1, "Mihkelson", "", "", 1, ""),
 ("He said that the Kremlin's request that the United States stop military cooperation with Ukraine, Georgia and the other former Soviet republics outside the alliance would amount to recognizing a Russian sphere of influence.", "marko-mihkelson", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("He said that the Kremlin's request that the United States stop military cooperation with Ukraine, Georgia and the other former Soviet republics outside the alliance would amount to recognizing a Russian sphere of influence.", "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("There is a package that can be negotiated, missiles, exercises, incidents at sea, and a package that cannot, which is the sovereignty of other states,", "kadri-parnpuu", 1, "Pärnpuu", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("There is a package that can be negotiated, missiles, exercises, incidents at sea, and a package that cannot, which is the sovereignty of other states,", "kadri-parnpuu", 1, "Pärnpuu", "limit-military-exercises", "mentions", 1, ""),
 ("There is a package that can be negotiated, missiles, exercises, incidents at sea, and a package that cannot, which is the sovereignty of other states,", "kadri-parnpuu", 1, "Pärnpuu", "nato-open-door", "mentions", 1, ""),
 ("The West has drawn that line clearly this week.", "kadri-parnpuu", 1, "Pärnpuu", "", "", 1, ""),
 ("Pärnpuu said she did not expect Russia to give up its demand on intermediate-range missiles, which Moscow had pursued since the collapse of the INF Treaty in 2019.", "kadri-parnpuu", 1, "Pärnpuu", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Pärnpuu said she did not expect Russia to give up its demand on intermediate-range missiles, which Moscow had pursued since the collapse of the INF Treaty in 2019.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("She noted that a reduction of the scale of drills near the borders, which Moscow also wants, could in principle interest Estonia as well, if it applied to the large Russian exercises in the Leningrad and Pskov regions.", "kadri-parnpuu", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("She noted that a reduction of the scale of drills near the borders, which Moscow also wants, could in principle interest Estonia as well, if it applied to the large Russian exercises in the Leningrad and Pskov regions.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
]

P = "2022-01-24"
KB = ("john-kirby", 1)
L["defense-gov-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top, and then we'll get to your questions.", *KB, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, P),
 ("As you know, at the direction of the President, and after consultations with the Chairman and the combatant commanders, Secretary Austin has placed a range of units in the United States on a heightened preparedness to deploy. In total, that is approximately 8,500 personnel.", *KB, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, P),
 ("This is about reassuring our NATO allies. It's about sending a signal that we take our commitments to NATO seriously. It is not about Ukraine. No decisions have been made to deploy forces outside the United States at this time.", *KB, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, P),
 ("The Secretary believes there is still room for diplomacy, and we want to see that path succeed. But we have also seen no sign that the Russians are de-escalating. In fact, quite the contrary. They continue to add forces in the western part of their country and in Belarus. The best outcome here is that Mr. Putin pulls those forces back and chooses the diplomatic path, and that's the outcome we're going to keep pushing for.", *KB, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, P),
 ("Well, I'd say a couple of things. First, the idea that NATO ought to withdraw from the territory of its own members to some arbitrary line from a quarter of a century ago is a nonstarter. It's not on the table, and I think the Secretary General made that very clear in Brussels.", *KB, "MR. KIRBY", "rollback-to-1997", "rejects", 1, P),
 ("Second, the narrative you refer to is a Russian narrative. It's the Russians who have put more than 100,000 troops on the border with Ukraine. The deployment order, if it's executed, would be to the NATO Response Force, which is a defensive force.", *KB, "MR. KIRBY", "", "", 1, P),
 ("We've said, and Secretary Blinken has said, that we're willing to talk about reciprocal transparency on exercises and about risk reduction. I'm not going to negotiate it from the podium, Lita. That's a conversation the State Department is leading, and it would have to be reciprocal.", *KB, "MR. KIRBY", "limit-military-exercises", "mentions", 1, P),
 ("We're watching it very closely. The proximity of those forces to Ukraine's northern border is of concern, and it's one more reason why we're calling on Moscow to de-escalate.", *KB, "MR. KIRBY", "russia-de-escalation", "supports", 1, P),
 ("Look, I'm not going to get ahead of the written response that's going to be delivered to the Russians, I think later this week. I'll just say that our force posture decisions are sovereign decisions made with our allies, and we're not going to let another nation dictate them.", *KB, "MR. KIRBY", "no-strike-weapons-near-borders", "rejects", 1, P),
 ("No. Let me be crystal clear about this. These forces are for NATO. We've been very clear that U.S. forces will not be fighting in Ukraine.", *KB, "MR. KIRBY", "", "", 1, P),
 ("NATO's open door policy is NATO's open door policy. It's not up to Moscow to decide who joins the alliance, and it's not up to the Pentagon either. That's a decision for the allies and for the aspirant countries themselves.", *KB, "MR. KIRBY", "nato-open-door", "supports", 1, P),
 ("NATO's open door policy is NATO's open door policy. It's not up to Moscow to decide who joins the alliance, and it's not up to the Pentagon either. That's a decision for the allies and for the aspirant countries themselves.", *KB, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, P),
 ("I don't have any calls to read out today. The Chairman has maintained a channel of communication with his counterpart and values it. We think those lines of communication are important, especially at a time of tension, and we'd certainly welcome more regular dialogue between our militaries, not less.", *KB, "MR. KIRBY", "resume-military-dialogue", "supports", 1, P),
]

B = "2022-01-18"
LU = "2022-01-17"
M = ("vladimir-makei", 1)
L["belta-2022-01-18-makei-security-guarantees"] = [
 ("We are in the same boat with Russia. The proposals put forward by our Russian partners are not an ultimatum, they are an invitation to an honest conversation about security that should be equal for all,", *M, "the minister", "", "", 1, B),
 ("According to Vladimir Makei, the North Atlantic alliance has been moving towards the borders of the Union State for more than two decades, despite the assurances given to the Soviet leadership at the beginning of the 1990s.", *M, "Vladimir Makei", "nato-non-expansion", "supports", 0, B),
 ("All we hear in response is that the doors of NATO are open. But when doors are open for some, walls are built for others,", *M, "he", "nato-open-door", "rejects", 1, B),
 ("The minister stressed that Minsk considers it necessary to stop further NATO expansion and to give such a commitment a binding legal form.", *M, "The minister", "nato-non-expansion", "supports", 0, B),
 ("The minister stressed that Minsk considers it necessary to stop further NATO expansion and to give such a commitment a binding legal form.", *M, "The minister", "written-legal-guarantees", "supports", 0, B),
 ("In his words, political declarations have proved their worthlessness many times.", *M, "his", "written-legal-guarantees", "supports", 0, B),
 ("In Poland and Lithuania, the number of foreign troops and equipment has increased many times over. Exercises are held one after another, literally a few kilometers from our territory. Who is threatening whom here?", *M, "the foreign minister", "limit-military-exercises", "supports", 1, B),
 ("He said that Belarus would welcome an agreement under which the alliance and Russia would refrain from holding large-scale drills in the border areas.", *M, "He", "limit-military-exercises", "supports", 0, B),
 ("We need to work out a specific plan to counter this whole gathering, both in the west and in the south,", "aleksandr-lukashenko", 1, "Aleksandr Lukashenko", "", "", 1, LU),
 ("The President also stated that Belarus would not allow NATO to set up bases or deploy weapons on the territory of Ukraine aimed at Belarus and Russia.", "aleksandr-lukashenko", 1, "The President", "no-military-activity-ex-soviet", "supports", 0, LU),
 ("The President also stated that Belarus would not allow NATO to set up bases or deploy weapons on the territory of Ukraine aimed at Belarus and Russia.", "aleksandr-lukashenko", 1, "The President", "no-strike-weapons-near-borders", "supports", 0, LU),
 ("If they deploy there, in Ukraine, these strike systems, we will not sit and watch,", "aleksandr-lukashenko", 1, "the head of state", "no-strike-weapons-near-borders", "supports", 1, LU),
 ("This exercise is our response to the activity we see at our borders. There is nothing aggressive in it,", "aleksandr-volfovich", 1, "Aleksandr Volfovich", "", "", 1, ""),
 ("If Washington gives a written answer that takes at least part of the Russian concerns into account, for example on medium-range missiles, this will be a sign that the dialogue is alive,", "pavel-drozdovsky", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("In his opinion, the demand that Ukraine never join NATO will remain the main stumbling block, since the United States and its allies have repeatedly said that they will not give up the open door principle.", "pavel-drozdovsky", 1, "his", "no-ukraine-membership", "mentions", 0, ""),
 ("In his opinion, the demand that Ukraine never join NATO will remain the main stumbling block, since the United States and its allies have repeatedly said that they will not give up the open door principle.", "pavel-drozdovsky", 1, "his", "nato-open-door", "mentions", 0, ""),
 ("For Belarus, it is critically important that NATO infrastructure does not come closer to our borders. This is not a question of politics, this is a question of geography,", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "nato-non-expansion", "supports", 1, ""),
]

PU = "2022-02-01"
L["rand-2022-02-03-putin-reply-commentary"] = [
 ("It is already clear now, I informed the prime minister about this, that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, PU),
 ("Putin named three issues: preventing NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed, and said none of them had received an adequate answer.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, PU),
 ("Putin named three issues: preventing NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed, and said none of them had received an adequate answer.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, PU),
 ("Putin named three issues: preventing NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed, and said none of them had received an adequate answer.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, PU),
 ("I hope that we will eventually find a solution, although we understand that this is not easy,", "vladimir-putin", 1, "he", "", "", 1, PU),
 ("Lavrov's argument is that the right of states to choose their alliances, which the West invokes, is limited by the obligation not to strengthen one's security at the expense of others.", "sergey-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, ""),
 ("We will not compromise on the principles we are committed to uphold,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-21"),
 ("Deputy Foreign Minister Alexander Grushko, for his part, told the Kommersant newspaper this week that the written answers had not moved Moscow an inch on the question of legal guarantees.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, ""),
 ("Deputy Foreign Minister Alexander Grushko, for his part, told the Kommersant newspaper this week that the written answers had not moved Moscow an inch on the question of legal guarantees.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("If our proposals are not heard, we will make the necessary military-technical conclusions, as the president has said,", "alexander-grushko", 1, "Grushko", "", "", 1, ""),
 ("Moscow knows it will not get a veto on Ukraine. The question is whether it can get enough elsewhere to call it a win.", "dmitri-ivanchenko", 1, "Dmitri Ivanchenko", "no-ukraine-membership", "mentions", 1, ""),
 ("Washington's condition for progress remains that Russia pull back.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
]

write_gold(L, "articles-272", "gold-272")
