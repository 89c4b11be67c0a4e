#!/usr/bin/env python3
"""Writes the held-out gold of batch 282 (gold-282/*.nq) from the labels below.

Batch 282 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-delivers-written-reply-to-russia: Bloomberg news story
  with front matter, bullet standfirst, "Read more" line, crosshead; quotations
  interrupted by "Blinken told reporters ... when asked"; analysts; Kremlin in passing.
- ria-novosti-2022-01-10-ryabkov-geneva-guarantees: RIA Novosti machine-translated
  English, no front matter, « » quotes with ", - said X", "Read also" links,
  pronoun/"the diplomat" attributions, background drafts and Baker 1990 unlabelled.
- russian-mfa-2022-01-27-zakharova-briefing: MFA briefing transcript (UTF-8 BOM,
  CRLF), statement paragraphs and Q/A; each answer paragraph one quotation;
  questions (which report Stoltenberg, Kuleba) unlabelled.
- err-news-2022-01-13-liimets-spheres-of-influence: ERR News story, no front
  matter, date as "13.01.2022 18:05", caption, crossheads; Estonian reactions to
  the rollback-to-1997 demand, Moscow's demand in passing, ICDS analyst.
- cnn-2022-01-21-blinken-lavrov-geneva-live: CNN live updates, time-stamped posts,
  a tweet, an analyst, a Foreign Ministry statement, "Remember" background.
- chatham-house-2022-02-02-putin-reply-to-western-answers: Chatham House expert
  comment, no front matter; author's own analysis unlabelled; Putin and Lavrov
  reported with absolute dates; Stoltenberg reported.
- osce-2022-01-13-chairman-in-office-permanent-council: OSCE press release plus the
  Chairman-in-Office's remarks (each paragraph one quotation); delegations
  (Russia, US, EU) speaking as organisations; Russia's concerns in passing.

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
L["bloomberg-2022-01-26-us-delivers-written-reply-to-russia"] = [
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend -- including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Blinken said the U.S. was ready to discuss reciprocal limits on where offensive missiles can be based in Europe and on the scale of military exercises, provided Russia takes the same steps.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said the U.S. was ready to discuss reciprocal limits on where offensive missiles can be based in Europe and on the scale of military exercises, provided Russia takes the same steps.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("If Russia is serious about its concerns, the place to show it is by pulling its forces back from Ukraine's border,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Secretary General Jens Stoltenberg told a news conference in Brussels that the alliance was prepared to sit down with Russia on arms control and on greater openness about its drills.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest. That includes the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Certainly we are not going to rush with any assessments,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Deputy Foreign Minister Sergei Ryabkov said Tuesday that Russia would accept nothing less than guarantees set down on paper and binding under international law, and that Western assurances that Ukraine's membership was a distant prospect were worthless to Moscow.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-25"),
 ("Deputy Foreign Minister Sergei Ryabkov said Tuesday that Russia would accept nothing less than guarantees set down on paper and binding under international law, and that Western assurances that Ukraine's membership was a distant prospect were worthless to Moscow.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-25"),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The U.S. has put everything on the table except the one thing the Kremlin actually asked for, which is a promise to shut NATO's door to the east,", "olga-vetrova", 1, "Olga Vetrova", "nato-non-expansion", "mentions", 1, ""),
 ("The U.S. has put everything on the table except the one thing the Kremlin actually asked for, which is a promise to shut NATO's door to the east,", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 1, ""),
 ("The question is whether the Kremlin treats talks on missiles as a consolation prize or as an insult.", "olga-vetrova", 1, "Olga Vetrova", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Thomas Reinholt, a former German defense ministry official now at the Berlin-based consultancy Sicherheit und Strategie, said the offer on missiles revived ideas from the collapsed Intermediate-Range Nuclear Forces Treaty and could appeal to Russia's military.", "thomas-reinholt", 1, "Thomas Reinholt", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("This is about reassurance to our NATO allies,", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
]

D = "2022-01-10"
R1 = "Russia at the talks in Geneva insisted that NATO must not move further to the east and that the question of entry of Ukraine into the alliance must be closed once and forever, declared the deputy foreign minister of the Russian Federation Sergey Ryabkov at the press conference after meeting with the American delegation."
R2 = "According to Ryabkov, the Russian side is ready to discuss the question of the intermediate-range missiles, but this topic cannot replace the main issue of non-expansion of the bloc."
R3 = "We told to American colleagues that the exercises of NATO near our borders, the flights of strategic bombers along our borders must be stopped or at least seriously limited"
R4 = "She added that the United States is ready to discuss with Russia the possible mutual limitations on the size and scope of the military exercises and on the deployment of missiles in Europe."
R5 = "If Washington again will answer us with the words about open doors, then the talks lose any sense. Nobody in Russia will accept the bases and instructors of NATO on Ukrainian land, near Kharkov"
L["ria-novosti-2022-01-10-ryabkov-geneva-guarantees"] = [
 (R1, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, D),
 (R1, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("According to him, Moscow does not trust the verbal assurances of the West anymore.", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("The conversation was difficult, long, very professional, but the basic questions of ours remain without the answer", "sergei-ryabkov", 1, "he", "", "", 1, D),
 (R2, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 (R2, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 (R3, "sergei-ryabkov", 1, "the deputy minister", "limit-military-exercises", "supports", 1, D),
 (R3, "sergei-ryabkov", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("There are no reasons to fear some escalation scenario. Our troops are located on our own territory, and we will not take them back on the demand of anybody", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("Earlier the first deputy secretary of state of the USA Wendy Sherman declared to journalists that Washington will not allow anybody to close the policy of the open doors of NATO.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (R4, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 (R4, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (R5, "igor-matveychuk", 1, "the senator", "nato-open-door", "rejects", 1, ""),
 (R5, "igor-matveychuk", 1, "the senator", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("Nobody expected the breakthrough in one day. It is important that the Americans did not leave the table and did not say the word \"no\" to everything", "vadim-korolyov", 1, "he", "", "", 1, ""),
]

D = "2022-01-27"
Z = "maria-zakharova"
Zn = "Maria Zakharova"
Z2 = "I want to remind you once again what we are talking about. We did not ask anyone for favours. We proposed that the North Atlantic Alliance stop moving towards our borders, that it formally give up the idea of admitting Ukraine and Georgia, and that the military infrastructure moved into Eastern Europe after 1997 be returned to where it stood then. These are not \"wishes\". This is the minimum necessary for security in Europe."
Z4 = "Judging by the statements that Washington and Brussels made public even before handing over the documents, the main question – the non-expansion of NATO – has not received a positive answer. The so-called \"open door\" policy is, to put it mildly, a fiction. No one has ever given any country an unconditional right to join a military bloc at the expense of others' security."
L["russian-mfa-2022-01-27-zakharova-briefing"] = [
 ("Yesterday, US Ambassador to Russia John Sullivan handed over to Deputy Foreign Minister Alexander Grushko the written response of the United States to our draft documents. NATO's response arrived a little later. We are studying them carefully. Our assessments will be made public in due time, and the final word belongs to the President of Russia.", Z, 1, Zn, "", "", 1, D),
 (Z2, Z, 1, Zn, "nato-non-expansion", "supports", 1, D),
 (Z2, Z, 1, Zn, "no-ukraine-membership", "supports", 1, D),
 (Z2, Z, 1, Zn, "rollback-to-1997", "supports", 1, D),
 ("We also said quite clearly that all of this has to be set down in a legally binding form. Verbal assurances have been given to us before. In 1990, Moscow was told that NATO would not move one inch to the east. We all know how that ended.", Z, 1, Zn, "written-legal-guarantees", "supports", 1, D),
 (Z4, Z, 1, Zn, "nato-non-expansion", "supports", 1, D),
 (Z4, Z, 1, Zn, "nato-open-door", "rejects", 1, D),
 ("We continue to observe an unprecedented information campaign in Western media about an alleged \"imminent invasion\". Every day we are given new dates. I would like to ask our Western colleagues to publish their schedule in advance so that we can plan our holidays.", Z, 1, Zn, "", "", 1, D),
 ("We have heard these proposals. Let me remind you that restricting drills near the line of contact between Russia and the alliance was our own proposal, set out in the draft agreement. We never refused to discuss it. But it cannot replace the main thing.", Z, 1, Zn, "limit-military-exercises", "supports", 1, D),
 ("The main thing is a guarantee that the bloc will not expand any further. Without it, the rest becomes a conversation about the colour of the curtains in a house that is on fire.", Z, 1, Zn, "nato-non-expansion", "supports", 1, D),
 ("Russian troops are on the territory of the Russian Federation. Where and how they are moved is our sovereign business, and we do not intend to ask anyone for permission, let alone withdraw them at someone's request.", Z, 1, Zn, "russia-de-escalation", "rejects", 1, D),
 ("I'd like to ask a counter-question. Why does no one in Washington ask about the American warships that sail in the Black Sea, or the reconnaissance aircraft that fly along our borders almost every day?", Z, 1, Zn, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Mr Kuleba likes to talk about choice. I would advise him to reread the documents that Ukraine itself signed, including the principle of indivisible security, under which the freedom to choose alliances cannot be exercised at the expense of the security of other states. That is written in black and white in the Istanbul and Astana documents of the OSCE.", Z, 1, Zn, "nato-open-door", "rejects", 1, D),
 ("Contacts will continue. Sergey Lavrov and Antony Blinken have agreed to stay in touch, and a telephone conversation is possible in the coming days. But we will not take part in talks for the sake of talks.", Z, 1, Zn, "", "", 1, D),
]

D = "2022-01-13"
E1 = "Estonia will not accept any agreement that would limit where allied troops can be stationed on its territory, Foreign Minister Eva-Maria Liimets (Center) said on Thursday, as a week of security talks between Russia and the West ended in Vienna without a breakthrough."
E2 = "NATO's door must stay open for every European democracy that wants to walk through it, and that includes Ukraine and Georgia."
E3 = "Prime Minister Kaja Kallas (Reform) said on Thursday that Moscow's demand that NATO withdraw its forces from the countries that joined the alliance after 1997 was unacceptable and would not even be discussed by the allies."
E4 = "What Moscow is asking for is, in effect, that allied forces go back to where they stood in 1997, which would mean no battlegroup in Tapa and no air policing from Ämari,"
E5 = "She said that the more interesting question was whether Washington and Moscow could agree on limits to exercises and on missile deployments, which had been discussed in Geneva."
L["err-news-2022-01-13-liimets-spheres-of-influence"] = [
 (E1, "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, D),
 ("Estonia is a sovereign country, and the decision on which allied forces are stationed on our soil is made in Tallinn, not in Moscow,", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, D),
 (E2, "eva-maria-liimets", 1, "Liimets", "nato-open-door", "supports", 1, D),
 (E2, "eva-maria-liimets", 1, "Liimets", "no-ukraine-membership", "rejects", 1, D),
 (E3, "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, D),
 (E3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He also said the alliance must guarantee that no strike weapons would be deployed in the states bordering Russia, including the Baltic countries.", "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Carpenter said the United States would not negotiate over the heads of Ukraine or its European allies and would not accept any proposal to shut NATO's door to new members.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("Nothing about us without us – that principle has held up so far, and the Americans have briefed us after every single round,", "kalle-tammsaar", 1, "Tammsaar", "", "", 1, ""),
 (E4, "kristi-raudsepp", 1, "Raudsepp", "rollback-to-1997", "mentions", 1, ""),
 (E4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("I do not think the allies should treat that as something to be bargained over, not even partially.", "kristi-raudsepp", 1, "Raudsepp", "rollback-to-1997", "rejects", 1, ""),
 (E5, "kristi-raudsepp", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 (E5, "kristi-raudsepp", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Those are areas where Estonia also has an interest, because large snap exercises on the other side of our border are exactly what worries us,", "kristi-raudsepp", 1, "she", "limit-military-exercises", "supports", 1, ""),
]

D = "2022-01-21"
C1 = "We have not asked for anything unusual. We want NATO to stop expanding, and we want the alliance to stop deploying weapons that threaten us near our borders,"
C2 = "Ukraine's path to NATO is a matter for Ukraine and the 30 Allies, and no one else. We are grateful to partners for standing firm on this,"
C3 = "Look past the rhetoric and you see that Moscow also wants limits on missiles and on exercises, and on those there is a deal to be had,"
L["cnn-2022-01-21-blinken-lavrov-geneva-live"] = [
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper to all of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (C1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (C1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Lavrov repeated that Russia has no plans to attack Ukraine and dismissed Western calls to pull troops back from the border as interference in Russia's internal affairs.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("I didn't expect any major breakthroughs to come out of this meeting, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions,", "antony-blinken", 1, "he", "", "", 1, D),
 ("There are some things that are not up for negotiation, and NATO's open door is one of them,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("If Russia wants to begin to persuade the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating, bringing its forces away from Ukraine's borders.", "antony-blinken", 1, "The secretary", "russia-de-escalation", "supports", 1, D),
 (C2, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (C2, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (C3, "daniel-whitcombe", 1, "Daniel Whitcombe", "no-intermediate-range-missiles", "mentions", 1, D),
 (C3, "daniel-whitcombe", 1, "Daniel Whitcombe", "limit-military-exercises", "mentions", 1, D),
 (C3, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 1, ""),
 (C3, "russia", 0, "Moscow", "limit-military-exercises", "supports", 1, ""),
 ("Whitcombe said the sticking point remains NATO enlargement, on which he does not expect either side to move.", "daniel-whitcombe", 1, "Whitcombe", "nato-non-expansion", "mentions", 0, D),
 ("Neither Washington nor Moscow can give ground there without it looking like a defeat at home,", "daniel-whitcombe", 1, "he", "nato-non-expansion", "mentions", 1, D),
 ("We're going to continue to press for de-escalation, and we're going to continue to prepare for every scenario,", "jen-psaki", 1, "Psaki", "russia-de-escalation", "supports", 1, D),
 ("The Russian Foreign Ministry said in a statement after the talks that foreign forces, equipment and weapons must be withdrawn from countries that were not NATO members in 1997, naming Romania and Bulgaria.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 ("Romania's government called the demand unacceptable and said its place in the alliance was not negotiable.", "romania", 0, "Romania's government", "rollback-to-1997", "rejects", 0, D),
]

H1 = "We have not seen any serious consideration of the three things that matter to us: that the alliance stops expanding, that strike systems are not placed next to our borders, and that the bloc's military infrastructure goes back to where it was in 1997."
L["chatham-house-2022-02-02-putin-reply-to-western-answers"] = [
 ("Our key concerns have been, let us say it plainly, ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (H1, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (H1, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (H1, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and launches an operation in Crimea. Are we supposed to fight with NATO then? Has anyone thought about that?", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("In a radio interview on 28 January, the foreign minister said the main question, the non-enlargement of NATO, had been answered negatively, while conceding that the Western letters contained ideas on secondary issues that could be discussed.", "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("He also insisted that Moscow would not settle for political declarations: only a treaty ratified by the US Senate would do.", "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("As Jens Stoltenberg put it on 26 January, the alliance is ready to listen to Russia's concerns but will not compromise on each nation's right to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
]

D = "2022-01-13"
O1 = "In the discussion that followed, the Russian Federation reiterated its call for legally binding security guarantees, while the United States and the European Union stressed the right of every participating State to choose its own security arrangements, including treaties of alliance."
O3 = "At the same time, let me be clear about what cannot be the subject of any bargain. The Helsinki principles apply equally to every participating State: sovereign equality, the inviolability of frontiers, territorial integrity, and the right of each State to be free to choose its own security arrangements, including treaties of alliance. These are commitments we have all signed, in Helsinki, in Paris, in Istanbul and in Astana."
O4 = "We note the concerns expressed by the Russian Federation in its recent proposals, including those regarding the deployment of weapons and the conduct of military exercises close to its borders. Some of these concerns can be addressed through instruments we already have: the Vienna Document, the experience of the Open Skies regime, and our mechanisms for risk reduction and military contacts."
R = "zbigniew-rau"
L["osce-2022-01-13-chairman-in-office-permanent-council"] = [
 ("He said that the OSCE could offer a platform to discuss confidence- and security-building measures, including greater transparency of military exercises and mechanisms for risk reduction.", R, 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("The OSCE remains the only platform where all the parties to this crisis sit at one table, and we must make full use of it,", "helga-maria-schmid", 1, "Helga Maria Schmid", "", "", 1, D),
 (O1, "russia", 0, "the Russian Federation", "written-legal-guarantees", "supports", 0, D),
 (O1, "united-states", 0, "the United States", "nato-open-door", "supports", 0, D),
 (O1, "european-union", 0, "the European Union", "nato-open-door", "supports", 0, D),
 ("I address you at a moment when the risk of war in the OSCE area is greater than at any time in the last thirty years. For several weeks we have been facing the prospect of a major military escalation in Eastern Europe.", R, 1, "Zbigniew Rau", "", "", 1, D),
 ("The Chairpersonship will not stand aside. We propose to use this Organization to hold a renewed dialogue on European security, open to all participating States, inclusive and transparent, and rooted in the commitments we have made together.", R, 1, "Zbigniew Rau", "", "", 1, D),
 (O3, R, 1, "Zbigniew Rau", "nato-open-door", "supports", 1, D),
 (O4, R, 1, "Zbigniew Rau", "no-strike-weapons-near-borders", "mentions", 1, D),
 (O4, R, 1, "Zbigniew Rau", "limit-military-exercises", "mentions", 1, D),
 (O4, "russia", 0, "the Russian Federation", "no-strike-weapons-near-borders", "supports", 1, ""),
 (O4, "russia", 0, "the Russian Federation", "limit-military-exercises", "supports", 1, ""),
 ("But confidence cannot be built while tens of thousands of troops stand along the borders of a neighbour. Above all, we call on the Russian Federation to step back. Military build-ups along Ukraine's borders do not create security; they destroy it. De-escalation is the first step without which no dialogue can succeed.", R, 1, "Zbigniew Rau", "russia-de-escalation", "supports", 1, D),
 ("Let me also say a word about Ukraine's eastern regions. The OSCE Special Monitoring Mission continues to record ceasefire violations every day. Its monitors must have safe and unhindered access to the whole of Ukraine, including along the border.", R, 1, "Zbigniew Rau", "", "", 1, D),
 ("Poland, as Chair, will act as an honest broker. We are ready to host meetings at any level and in any format that the participating States find useful, and I will be travelling to Kyiv and, I hope, to Moscow in the coming weeks.", R, 1, "Zbigniew Rau", "", "", 1, D),
]

write_gold(L, "articles-282", "gold-282")
