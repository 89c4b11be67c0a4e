#!/usr/bin/env python3
"""Writes the 117th held-out gold (gold-117/*.nq) from the labels below.

Batch 117 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven mainstream forms:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy with front matter,
  straight quotes, a "Geneva (AFP) -" dateline, a crosshead, a quotation split
  by "the veteran diplomat said", a speaker named by role, a 1990 Baker
  history paragraph (not labelled) and an invented analyst;
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog (newest
  entry first), UTF-8 BOM and CRLF line ends, no front matter (date in the
  byline), curly quotes, timestamps and crossheads, two speakers in one
  sentence, a senior EU official, passing attributions of demands to Moscow,
  a 2008 Bucharest background paragraph quoting the declaration;
- osce-2022-01-13-rau-schmid-press-conference: OSCE press-conference
  transcript with front matter and speaker labels ("Zbigniew Rau:",
  "Helga Schmid:"), agency questions and a moderator;
- whitehouse-2022-01-26-psaki-briefing: White House press briefing, no front
  matter, "MS. PSAKI:" answers and "Q" questions;
- mid-2022-01-14-lavrov-press-conference: Russian Foreign Ministry transcript
  of Lavrov's annual news conference, front matter, "Sergey Lavrov:" answers,
  Zakharova as moderator;
- ria-2022-01-27-peskov-lavrov-answers: RIA Novosti machine-translated,
  no front matter ("14:37 27.01.2022"), « » quotes with „ “ nested, attribution
  after the quotation with a dash, an invented expert, history reminder;
- kyivindependent-2022-02-03-lozynska-interview: Kyiv Independent Q&A with
  an invented former diplomat, front matter, straight quotes, reported-speech
  intro, answers introduced by a dash, a link line.

Conventions: one label per (speaker, demand) a passage expresses; direct
quotations are the words between the marks (punctuation inside kept), direct
1; a quotation interrupted by "X said" is two spans, a quotation over several
sentences one span; in transcripts and Q&A each answer paragraph is one direct
quotation (without dash or speaker label), questions and moderator unlabelled,
the speaker name is the one the speaker label / intro gives; reported speech
is the whole sentence (dateline excluded), direct 0; stance supports/rejects
by the speaker's own position, mentions when the speaker only reports a
demand, asks about it or offers to discuss it; a direct quotation of six or
more words about no demand gets one demand-less label; reported speech about
no demand or about unspecified demands ("the main question", "core
principles", "Russian concerns") gets none; history (Baker 1990, the Founding
Act, Bucharest 2008), words quoted from documents, headlines, crossheads,
standfirsts, link lines and unnamed groups ("Russian officials", "the
experts") are not labelled; a demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (org russia), undated; a
senior EU official is european-union; speaker name as written at that point
(pronouns kept, titles dropped); dates are the day the words were said,
resolved against the publication date, "" when no day is given.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia and the United States wrapped up nearly eight hours of talks on Ukraine and European security in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington rejecting the demand outright.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("Russia and the United States wrapped up nearly eight hours of talks on Ukraine and European security in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington rejecting the demand outright.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said the American side had taken Moscow's proposals \"seriously\" but warned that Russia would not accept a situation in which the Western alliance kept moving closer to its borders.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("We insist that NATO must never again move a single step to the east,", "sergei-ryabkov", 1, "the veteran diplomat", "nato-non-expansion", "supports", 1, D),
 ("and we need legally binding guarantees on paper, not verbal promises that can be broken.", "sergei-ryabkov", 1, "the veteran diplomat", "written-legal-guarantees", "supports", 1, D),
 ("He also said Moscow was ready to discuss a moratorium on deploying intermediate-range missiles in Europe, but only as part of a broader package.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said she had made clear to Ryabkov that Washington would not agree to any ban on further enlargement of the alliance.", "wendy-sherman", 1, "She", "nato-non-expansion", "rejects", 0, D),
 ("But the United States was open, she said, to discussing the future deployment of offensive strike weapons in Ukraine and reciprocal limits on the size and scope of military exercises, provided Moscow made similar commitments.", "wendy-sherman", 1, "she", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("But the United States was open, she said, to discussing the future deployment of offensive strike weapons in Ukraine and reciprocal limits on the size and scope of military exercises, provided Moscow made similar commitments.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, D),
 ("It is very hard to have constructive, productive diplomacy with a gun to Ukraine's head. De-escalation is what we need to see,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("There is no reason to fear an escalation scenario. We are moving our troops on our own territory, and we answer to no one for that,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("We are ready to listen, but we will hold our position firmly,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said after meeting Ukraine's Deputy Prime Minister Olha Stefanishyna that allies would \"not compromise on core principles\", and called \"unacceptable\" Moscow's demand that the alliance withdraw its forces from members that joined after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said after meeting Ukraine's Deputy Prime Minister Olha Stefanishyna that allies would \"not compromise on core principles\", and called \"unacceptable\" Moscow's demand that the alliance withdraw its forces from members that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The missiles are the one place where both sides' interests genuinely overlap, which is why they came up first,", "helene-castaing", 1, "Helene Castaing", "no-intermediate-range-missiles", "mentions", 1, ""),
]
D = "2022-01-12"
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("If Nato goes down the path of deterrence, there will be counter-deterrence. It is as simple as that,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Weapons that can reach Moscow in five or seven minutes, placed on the territory of our neighbours, are a threat we will not tolerate,", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("He also poured cold water on the alliance’s offer to restore military communication channels, saying there was “no point” in re-establishing contacts as long as Nato treated Russia as an adversary.", "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, D),
 ("Alexander Fomin, the deputy defence minister who accompanied Grushko, said Russia wanted the alliance to scale back its exercises near Russia’s borders and to keep its warships and aircraft out of areas from which they could strike Russian territory.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("Alexander Fomin, the deputy defence minister who accompanied Grushko, said Russia wanted the alliance to scale back its exercises near Russia’s borders and to keep its warships and aircraft out of areas from which they could strike Russian territory.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "the Nato secretary general", "", "", 1, D),
 ("We will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia will not have a veto on whether Ukraine can become a Nato member. That is for Ukraine and the 30 allies to decide.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia will not have a veto on whether Ukraine can become a Nato member. That is for Ukraine and the 30 allies to decide.", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He also dismissed Moscow’s demand that allied warships and aircraft keep out of areas within striking range of Russia, saying they would “keep flying and sailing” wherever international law allowed.", "jens-stoltenberg", 1, "He", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("He also dismissed Moscow’s demand that allied warships and aircraft keep out of areas within striking range of Russia, saying they would “keep flying and sailing” wherever international law allowed.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Stoltenberg said allies had proposed a series of further meetings, the reopening of Nato’s and Russia’s missions in Brussels and Moscow, and the use of military lines of communication to reduce risk and avoid incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("According to a Nato diplomat briefed on the four-hour meeting, both Wendy Sherman, the US deputy secretary of state, and Stoltenberg told the Russian delegation that Moscow must pull back its troops from Ukraine’s borders before any agreement could be reached.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, D),
 ("According to a Nato diplomat briefed on the four-hour meeting, both Wendy Sherman, the US deputy secretary of state, and Stoltenberg told the Russian delegation that Moscow must pull back its troops from Ukraine’s borders before any agreement could be reached.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("A senior EU official said today that the bloc had asked Washington to keep it informed of any discussion about Nato’s presence and military cooperation in non-member states such as Ukraine and Georgia, which Moscow wants ended.", "european-union", 0, "A senior EU official", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("A senior EU official said today that the bloc had asked Washington to keep it informed of any discussion about Nato’s presence and military cooperation in non-member states such as Ukraine and Georgia, which Moscow wants ended.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Our cooperation with Nato, the joint exercises and the training missions on Ukrainian soil are not something Russia can negotiate away over our heads,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, told reporters in Vilnius on Wednesday that allies alone would decide what capabilities they stationed on their territory, dismissing Moscow’s demand that no strike weapons be deployed near Russia’s borders.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, told reporters in Vilnius on Wednesday that allies alone would decide what capabilities they stationed on their territory, dismissing Moscow’s demand that no strike weapons be deployed near Russia’s borders.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We will not cancel a single exercise because Moscow is unhappy about it. Exercises are how we make deterrence credible,", "kaja-kallas", 1, "she", "limit-military-exercises", "rejects", 1, D),
 ("Everything in this process turns on one question, a halt to enlargement, and everything else on the table is decoration,", "marta-wysocka", 1, "she", "nato-non-expansion", "mentions", 1, D),
 ("Talks without preconditions sound fine until you notice that the opening paper is itself a list of preconditions,", "marta-wysocka", 1, "she", "no-preconditions", "mentions", 1, D),
]
D = "2022-01-13"
R = ("zbigniew-rau", 1, "Zbigniew Rau")
S = ("helga-schmid", 1, "Helga Schmid")
L["osce-2022-01-13-rau-schmid-press-conference"] = [
 ("Thank you. It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years. For several weeks we have been faced with the prospect of a major military escalation in Eastern Europe.", *R, "", "", 1, D),
 ("Today the participating States held an open and, I would say, frank discussion on the state of European security. I proposed that we use this Organization for a renewed dialogue, because the OSCE is the only place where all of us, from Vancouver to Vladivostok, sit at one table.", *R, "", "", 1, D),
 ("Thank you, Minister. Let me add only this. The Vienna Document already gives us the tools for notifying, observing and limiting military exercises. What is missing is the political will to use them, and the Secretariat is ready to host that discussion tomorrow if participating States wish.", *S, "limit-military-exercises", "mentions", 1, D),
 ("No. The demand that the allies who joined after 1997 should be left without allied forces on their territory is unacceptable to Poland and, I believe, to every one of them. We are sovereign states, not a buffer zone.", *R, "rollback-to-1997", "rejects", 1, D),
 ("We are ready to talk without preconditions, here in Vienna, about every concern that any participating State brings to the table, including transparency and limits on military exercises, and risk reduction.", *R, "no-preconditions", "supports", 1, D),
 ("We are ready to talk without preconditions, here in Vienna, about every concern that any participating State brings to the table, including transparency and limits on military exercises, and risk reduction.", *R, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, the first step towards de-escalation must come from the side that has concentrated more than one hundred thousand soldiers along the border of Ukraine.", *R, "russia-de-escalation", "supports", 1, D),
 ("A legally binding treaty that divides Europe into spheres of influence is something Poland will never sign, and I do not think any OSCE participating State should.", *R, "written-legal-guarantees", "rejects", 1, D),
 ("Every participating State has the right to belong or not to belong to international organizations, to be or not to be a party to treaties of alliance. We all signed up to this in Helsinki and in Paris, and it is not negotiable.", *R, "nato-open-door", "supports", 1, D),
 ("I would not say sidelined. The formats complement each other, and this week shows that there is still an appetite for talking rather than shooting.", *S, "", "", 1, D),
 ("We will consult all fifty-seven participating States in the coming weeks. It is too early to announce a date, but I am ready to travel wherever it is useful, including to Moscow.", *R, "", "", 1, D),
]
D = "2022-01-26"
P = ("jen-psaki", 1, "Psaki")
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone. As you all know, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow earlier today, and Secretary Blinken has just spoken to it at the State Department, so I'll keep this short at the top.", *P, "", "", 1, D),
 ("We are not going to publish the document. We think diplomacy has the best chance to succeed if we give it some space, and the Russians are free to decide whether they want to make it public.", *P, "", "", 1, D),
 ("I'm not going to get into the details of a private diplomatic document. But I can tell you what it doesn't do: it doesn't close NATO's door. Whether Ukraine joins NATO is a decision for NATO and for Ukraine, not for Russia.", *P, "nato-open-door", "supports", 1, D),
 ("I'm not going to get into the details of a private diplomatic document. But I can tell you what it doesn't do: it doesn't close NATO's door. Whether Ukraine joins NATO is a decision for NATO and for Ukraine, not for Russia.", *P, "no-ukraine-membership", "rejects", 1, D),
 ("It lays out areas where we believe we can make progress if Russia is serious: reciprocal transparency measures, commitments on where intermediate-range and other offensive missile systems can be deployed in Europe, and confidence-building measures around military exercises. Those are all things we've said we're willing to discuss since Geneva.", *P, "no-intermediate-range-missiles", "mentions", 1, D),
 ("It lays out areas where we believe we can make progress if Russia is serious: reciprocal transparency measures, commitments on where intermediate-range and other offensive missile systems can be deployed in Europe, and confidence-building measures around military exercises. Those are all things we've said we're willing to discuss since Geneva.", *P, "limit-military-exercises", "mentions", 1, D),
 ("What we've offered is a serious diplomatic path. Whether any of that ends up in a treaty or some other kind of agreement is something that would be worked out in negotiations, and anything we agree to would have to be reciprocal.", *P, "written-legal-guarantees", "mentions", 1, D),
 ("Nobody is going to revisit the Bucharest declaration in a letter to Moscow. That's not how NATO works, and the allies have been crystal clear about it.", *P, "rescind-bucharest-2008", "rejects", 1, D),
 ("Again, I'm not going to read the document out from here. But the question of bombers and warships operating close to each other's territory is one of the issues on the table, and it is addressed.", *P, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("The message is the same as it has been: the path of diplomacy is open, but Russia needs to de-escalate and pull back the troops it has amassed along Ukraine's border if it wants that path to lead anywhere.", *P, "russia-de-escalation", "supports", 1, D),
 ("Not today, but I expect he will speak with President Zelensky soon. Secretary Blinken spoke with Foreign Minister Kuleba this morning.", *P, "", "", 1, D),
 ("We're not going to put a clock on it from here. We'd rather they take the time to read it carefully than rush to a decision that takes us all down a much more dangerous path.", *P, "", "", 1, D),
]
D = "2022-01-14"
V = ("sergei-lavrov", 1, "Sergey Lavrov")
G = "We need legally binding guarantees, not promises, that NATO will not expand eastward and that weapon systems threatening the Russian Federation will not be deployed in the immediate vicinity of our territory. The key words here are “legally binding”."
O = "Our Western colleagues keep repeating the mantra about the “open door” and the right of every state to choose alliances. But the same documents say that no state may strengthen its security at the expense of the security of others. They read these commitments selectively, and we do not accept such a reading."
L["mid-2022-01-14-lavrov-press-conference"] = [
 ("Good afternoon. This year, as you know, much of our attention has been taken up by the issue of security guarantees, and I suggest that we move straight to your questions.", *V, "", "", 1, D),
 ("Our patience has run out. We are very patient people, everyone knows this, but sometimes our patience does run out.", *V, "", "", 1, D),
 (G, *V, "written-legal-guarantees", "supports", 1, D),
 (G, *V, "nato-non-expansion", "supports", 1, D),
 (G, *V, "no-strike-weapons-near-borders", "supports", 1, D),
 ("We expect a written response, article by article, to our draft documents next week. Our American colleagues promised this in Geneva, and we will hold them to it.", *V, "", "", 1, D),
 ("A package is a package. We will not allow our main proposals to be drowned in endless discussions about secondary matters, however important they may be.", *V, "", "", 1, D),
 ("The decision of the Bucharest summit, which said that Ukraine and Georgia would become members of NATO, must be disavowed. It was a provocation in 2008, and it remains one today.", *V, "rescind-bucharest-2008", "supports", 1, D),
 ("We are not going to take instructions from anyone about where our army should be on our own territory. The demand to “pull back” is absurd, and it shows that our Western colleagues are not interested in discussing the substance.", *V, "russia-de-escalation", "rejects", 1, D),
 (O, *V, "nato-open-door", "rejects", 1, D),
 ("We want NATO to return to the configuration of 1997, when the Founding Act was signed, and to take its forces and weapons out of the countries that joined it later.", *V, "rollback-to-1997", "supports", 1, D),
 ("We are in favour of restoring normal channels between the military, including between our General Staff and the NATO command. But this cannot replace answers to our main questions.", *V, "resume-military-dialogue", "supports", 1, D),
 ("When American destroyers and strategic bombers operate near our borders and rehearse strikes on Russian territory, what are we supposed to think? We propose simply that both sides keep their warships and planes out of areas from which they can hit each other.", *V, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Then we will take the measures we consider necessary. President Vladimir Putin has spoken about this more than once.", *V, "", "", 1, D),
]
M = "The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of strike weapons which can threaten the territory of the Russian Federation"
Y = "The military development of Ukraine by NATO — the instructors, the bases, the deliveries of weapons — must be stopped, and stopped in the legally binding form"
W = "Washington offered to Moscow everything except that which Moscow asked: there is the conversation about the limits on the exercises, but the door of NATO remains open for everybody"
L["ria-2022-01-27-peskov-lavrov-answers"] = [
 ("It is impossible to say that our thoughts were taken into account or that a readiness was shown to take into account our concerns", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("According to him, the Kremlin took note of the proposal of the alliance about the restoration of the military channels of communication, but this proposal will require the analysis.", "dmitry-peskov", 1, "him", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 (M, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (M, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The West demands from us to „de-escalate“ on our own land. It is a demand which we do not recognise and will not recognise", "maria-zakharova", 1, "she", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 (Y, "sergei-ryabkov", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-26"),
 (Y, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-26"),
 ("According to the diplomat, the Russian proposal about the prohibition of the deployment of the missiles of medium and shorter range in Europe «remains on the table».", "sergei-ryabkov", 1, "the diplomat", "no-intermediate-range-missiles", "supports", 0, "2022-01-26"),
 ("He also proposed to restore the work of the missions in Moscow and Brussels and to create the civil hotline and the military channels of communication.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("an attempt to drown the main question in the secondary details and the procedures", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, ""),
 (W, "vadim-sukhorukov", 1, "Vadim Sukhorukov", "limit-military-exercises", "mentions", 1, ""),
 (W, "vadim-sukhorukov", 1, "Vadim Sukhorukov", "nato-open-door", "mentions", 1, ""),
 ("The withdrawal of the troops from the border will again be the first Western condition, and so the conversation will go around in a circle", "vadim-sukhorukov", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]
I = ("iryna-lozynska", 1, "Iryna Lozynska")
B = "NATO Secretary General Jens Stoltenberg said on Jan. 26 that the alliance's reply also addressed Russia's call to revoke the 2008 Bucharest summit pledge to Ukraine and Georgia."
K = "Kremlin spokesman Dmitry Peskov, meanwhile, insisted on Wednesday that a legally binding answer on NATO's non-expansion was still expected."
A = "A moratorium is just another word for a veto. Ukraine's right to choose its alliances is written into our constitution, and nobody in Washington or Brussels has asked us to give it up."
T = "Talks are good. But talks without any conditions while 130,000 soldiers stand at our border are not diplomacy, they are blackmail. The first condition is that those troops go home."
L["kyivindependent-2022-02-03-lozynska-interview"] = [
 (B, "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "mentions", 0, "2022-01-26"),
 (B, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (K, "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-02-02"),
 (K, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-02-02"),
 ("What the Americans and NATO wrote is, frankly, better than many of us in Kyiv feared. There is nothing in those papers that trades away our future.", *I, "", "", 1, ""),
 ("The question of membership is not on anyone's agenda for the next few years anyway, and everybody knows it, in Moscow too. What matters is what happens in the meantime.", *I, "no-ukraine-membership", "mentions", 1, ""),
 ("If we accept that no Western instructor ever sets foot here again and no allied ship calls at Odesa, we become a grey zone. That would be far more dangerous than any delay in membership.", *I, "no-military-activity-ex-soviet", "rejects", 1, ""),
 (A, *I, "nato-open-door", "supports", 1, ""),
 (A, *I, "no-ukraine-membership", "rejects", 1, ""),
 (T, *I, "no-preconditions", "rejects", 1, ""),
 (T, *I, "russia-de-escalation", "supports", 1, ""),
 ("Withdrawing the Bucharest promise now would be a humiliation, not only for us but for the alliance itself, and I don't believe any ally will agree to it.", *I, "rescind-bucharest-2008", "rejects", 1, ""),
 ("Reciprocal limits on large exercises near borders would help us too, and we would welcome them, if they cover the Russian troops in Belarus and Crimea.", *I, "limit-military-exercises", "supports", 1, ""),
 ("On intermediate-range missiles I would be more careful. A moratorium that leaves the Iskanders in Kaliningrad and Belarus untouched is a bad deal for Europe.", *I, "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Pulling allied troops out of Poland and the Baltic states is the one item nobody in Washington will even discuss, and I suspect the people who wrote it knew that perfectly well.", *I, "rollback-to-1997", "mentions", 1, ""),
 ("Military hotlines save lives. I would be happy to see NATO and Russian generals talking again, as long as they are not talking about us without us.", *I, "resume-military-dialogue", "supports", 1, ""),
 ("Nervous weeks. Deterrence is what keeps diplomacy alive, and right now Ukraine needs both, so keep an eye on the deliveries, not only on the statements.", *I, "", "", 1, ""),
]

write_gold(L, "articles-117", "gold-117")
