#!/usr/bin/env python3
"""Writes the held-out gold of batch 249 (gold-249/*.nq) from the labels below.

Batch 249 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- axios-2022-01-26-us-written-response-russia: Axios "smart brevity" news story
  (Why it matters / Driving the news / bullets); quotes split by "he said",
  "U.S. officials have said" as an organisation, Baker 1990 and the Founding Act
  as background, an analyst, a quote dated "earlier this month" (no day).
- al-jazeera-2022-01-21-explainer-what-russia-wants: Al Jazeera explainer with
  question crossheads, caption and "Read more" links; paraphrase of the draft
  treaties, "Moscow wants", "Russia says", analysts who mention or endorse,
  Lavrov denying the troop threat.
- xinhua-2022-01-13-russia-nato-council-differences: Xinhua wire (no front matter,
  "BRUSSELS, Jan. 12 (Xinhua) --", Enditem); Grushko, Fomin, Stoltenberg, Sherman,
  a Chinese spokesperson and a Chinese researcher; Ryabkov quoted from Monday.
- nikkei-asia-2022-02-03-putin-concerns-ignored-japan: Nikkei Asia feature with a
  Japan angle; Putin's list of three concerns in reported speech, Lavrov via the
  ministry's readout, Blinken via the State Department, Japanese officials, analysts.
- auswaertiges-amt-2022-01-17-regierungspressekonferenz: translated transcript of
  the German government press conference (UTF-8 BOM, CRLF); speaker labels in
  capitals, multi-paragraph answers, questions that carry the demands themselves.
- nato-pa-2022-01-14-connolly-security-talks: NATO Parliamentary Assembly press
  release (no front matter); rejection of Bucharest being undone, quoted
  declaration, a note to editors.
- radio-prague-2022-01-27-former-ambassador-interview: Radio Prague International
  interview, questions as plain paragraphs, answers in quotes running over several
  paragraphs (no closing mark), demands attributed in passing to Moscow and Ryabkov.

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
L["axios-2022-01-26-us-written-response-russia"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "he", "", "", 1, D),
 ("Blinken said the paper lays out areas where progress is possible, including reciprocal limits on the placement of offensive missile systems in Ukraine and greater transparency around military exercises in Europe.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("Blinken said the paper lays out areas where progress is possible, including reciprocal limits on the placement of offensive missile systems in Ukraine and greater transparency around military exercises in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "", "", 1, D),
 ("including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Stoltenberg said NATO was ready to listen to Russia's concerns and proposed reopening the offices in Moscow and Brussels that were shut last year, and restoring military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("Russian officials have insisted for weeks that they need a binding guarantee that the alliance stops moving east, not promises.", "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 ("Russian officials have insisted for weeks that they need a binding guarantee that the alliance stops moving east, not promises.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, ""),
 ("Russia's headline asks — that Ukraine never be admitted and that NATO pull forces and weapons out of the countries that joined after 1997 — were always non-starters, U.S. officials have said.", "united-states", 0, "U.S. officials", "no-ukraine-membership", "rejects", 0, ""),
 ("Russia's headline asks — that Ukraine never be admitted and that NATO pull forces and weapons out of the countries that joined after 1997 — were always non-starters, U.S. officials have said.", "united-states", 0, "U.S. officials", "rollback-to-1997", "rejects", 0, ""),
 ("Russia's headline asks — that Ukraine never be admitted and that NATO pull forces and weapons out of the countries that joined after 1997 — were always non-starters, U.S. officials have said.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia's headline asks — that Ukraine never be admitted and that NATO pull forces and weapons out of the countries that joined after 1997 — were always non-starters, U.S. officials have said.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The Kremlin asked for a sphere of influence and got an arms control offer,", "elena-marchetti", 1, "Elena Marchetti", "", "", 1, ""),
 ("Whether Putin takes it depends on whether the sphere of influence was ever the real goal.", "elena-marchetti", 1, "Elena Marchetti", "", "", 1, ""),
 ("Marchetti said the offer on missile deployments resembles the old Intermediate-Range Nuclear Forces Treaty, which collapsed in 2019, and could in principle meet a genuine Russian worry.", "elena-marchetti", 1, "Marchetti", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("It's about reassurance to our NATO allies,", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
 ("He urged Moscow to pull its forces back rather than \"play with the nerves of the whole continent.\"", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("The ball is in their court,", "antony-blinken", 1, "Blinken", "", "", 1, D),
]

D = "2022-01-21"
L["al-jazeera-2022-01-21-explainer-what-russia-wants"] = [
 ("written answers to all our proposals", "sergey-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Moscow wants all of this in a legally binding form.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("President Vladimir Putin has said that verbal assurances given to the Soviet leadership in 1990 were broken, and that Russia will not be fooled a second time.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("President Vladimir Putin has said that verbal assurances given to the Soviet leadership in 1990 were broken, and that Russia will not be fooled a second time.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
 ("We are not asking for anything extraordinary,", "sergey-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We want a guarantee that NATO's expansion stops where it is now.", "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Russia says the alliance has crept too close.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Kremlin spokesman Dmitry Peskov has repeatedly described Ukraine's possible accession as a \"red line\" for Moscow.", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, ""),
 ("Anatol Vashchenko, a Kyiv-based military analyst, told Al Jazeera that the timing had more to do with Ukraine's growing defence ties with the West – Turkish-made drones, British naval projects and US training missions – than with any membership bid, which he noted was not on NATO's agenda.", "anatol-vashchenko", 1, "Anatol Vashchenko", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Anatol Vashchenko, a Kyiv-based military analyst, told Al Jazeera that the timing had more to do with Ukraine's growing defence ties with the West – Turkish-made drones, British naval projects and US training missions – than with any membership bid, which he noted was not on NATO's agenda.", "anatol-vashchenko", 1, "Anatol Vashchenko", "no-ukraine-membership", "mentions", 0, ""),
 ("Nobody in Brussels is offering Ukraine a membership action plan. What worries Moscow is that Ukraine is becoming a Western military partner without being a member,", "anatol-vashchenko", 1, "Vashchenko", "no-ukraine-membership", "mentions", 1, ""),
 ("Nobody in Brussels is offering Ukraine a membership action plan. What worries Moscow is that Ukraine is becoming a Western military partner without being a member,", "anatol-vashchenko", 1, "Vashchenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Nobody in Brussels is offering Ukraine a membership action plan. What worries Moscow is that Ukraine is becoming a Western military partner without being a member,", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("In all three, Washington and its NATO allies said they were prepared to discuss arms control, missile placement and the scale of military exercises.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("In all three, Washington and its NATO allies said they were prepared to discuss arms control, missile placement and the scale of military exercises.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("In all three, Washington and its NATO allies said they were prepared to discuss arms control, missile placement and the scale of military exercises.", "nato", 0, "its NATO allies", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("In all three, Washington and its NATO allies said they were prepared to discuss arms control, missile placement and the scale of military exercises.", "nato", 0, "its NATO allies", "limit-military-exercises", "mentions", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("NATO Secretary-General Jens Stoltenberg has said that only Ukraine and the 30 allies can decide when Kyiv is ready to join, and that Russia has no veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg has said that only Ukraine and the 30 allies can decide when Kyiv is ready to join, and that Russia has no veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, ""),
 ("This was not a negotiation, but a candid exchange of ideas,", "antony-blinken", 1, "he", "", "", 1, D),
 ("a swift, severe and united response", "antony-blinken", 1, "He", "", "", 1, D),
 ("Blinken also pressed Moscow to pull back its forces.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to begin to prove that it has no aggressive intentions, it should start by de-escalating,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Lavrov, for his part, insisted that Russia had \"never threatened the Ukrainian people\" and that the troop deployments were taking place on Russian soil.", "sergey-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("Yasmin Karakaş, professor of international relations at Kadir Has University in Istanbul, said the demand to roll NATO back to its 1997 borders was \"clearly designed to be rejected\".", "yasmin-karakas", 1, "Yasmin Karakaş", "rollback-to-1997", "mentions", 0, ""),
 ("You do not ask the Poles and the Lithuanians to send the Americans home unless you want a refusal you can point to,", "yasmin-karakas", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("A moratorium on new missile deployments and a mutual limit on exercises near the border are things both sides could live with,", "dmitri-solonin", 1, "Dmitri Solonin", "no-intermediate-range-missiles", "supports", 1, ""),
 ("A moratorium on new missile deployments and a mutual limit on exercises near the border are things both sides could live with,", "dmitri-solonin", 1, "Dmitri Solonin", "limit-military-exercises", "supports", 1, ""),
]

D = "2022-01-12"
L["xinhua-2022-01-13-russia-nato-council-differences"] = [
 ("We told our partners very clearly that the further expansion of the alliance is unacceptable for us, and that the principle of the open door cannot be a dogma when it creates threats to the security of Russia,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We told our partners very clearly that the further expansion of the alliance is unacceptable for us, and that the principle of the open door cannot be a dogma when it creates threats to the security of Russia,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("If there is a policy of containment, there will be a policy of counter-containment,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Grushko said Moscow was waiting for concrete written answers from the alliance on each point of the Russian draft agreement, including the non-deployment of strike weapon systems close to Russian borders.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Fomin, for his part, told reporters that the Russian side had proposed to reduce the intensity of military drills on both sides of the Russia-NATO contact line and to agree on a minimum distance for the approach of warships and aircraft.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("Fomin, for his part, told reporters that the Russian side had proposed to reduce the intensity of military drills on both sides of the Russia-NATO contact line and to agree on a minimum distance for the approach of warships and aircraft.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("We propose to stop the practice of flights and passages of warships in areas where they can be perceived as a threat,", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("NATO allies reaffirmed the core principle that each nation has the right to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("Stoltenberg said the allies had also called on Russia to immediately de-escalate the situation around Ukraine, and had offered a series of meetings on arms control, transparency of military exercises and risk reduction.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("Stoltenberg said the allies had also called on Russia to immediately de-escalate the situation around Ukraine, and had offered a series of meetings on arms control, transparency of military exercises and risk reduction.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("He said NATO was ready to discuss the reopening of the two sides' missions in Moscow and Brussels, and to re-establish military-to-military channels of communication, which have been largely frozen since 2014.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("Meanwhile, in Beijing, Chinese Foreign Ministry spokesperson Zhao Lijian said Wednesday that NATO should abandon the Cold War mentality and should not keep expanding eastward at the expense of other countries' security.", "zhao-lijian", 1, "Zhao Lijian", "nato-non-expansion", "supports", 0, D),
 ("Russia's legitimate security concerns should be taken seriously and addressed,", "zhao-lijian", 1, "Zhao", "", "", 1, D),
 ("The NATO-Russia Council talks followed the Russia-U.S. Strategic Stability Dialogue held in Geneva on Monday, at which Russian Deputy Foreign Minister Sergei Ryabkov said that Moscow needed \"reinforced concrete\" guarantees that Ukraine would never become a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("The NATO-Russia Council talks followed the Russia-U.S. Strategic Stability Dialogue held in Geneva on Monday, at which Russian Deputy Foreign Minister Sergei Ryabkov said that Moscow needed \"reinforced concrete\" guarantees that Ukraine would never become a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who also attended Wednesday's meeting in Brussels, told reporters that the United States and its allies had been \"united\" in rejecting the Russian proposal to pull back NATO troops from Eastern Europe.", "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who also attended Wednesday's meeting in Brussels, told reporters that the United States and its allies had been \"united\" in rejecting the Russian proposal to pull back NATO troops from Eastern Europe.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("We will not agree to withdraw our forces from the territories of our allies,", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 1, D),
 ("The core of Russia's demand is simple: NATO should stop its expansion to the east. If this question is not solved, the crisis will not be solved,", "zhou-mingxuan", 1, "Zhou", "nato-non-expansion", "mentions", 1, ""),
 ("The core of Russia's demand is simple: NATO should stop its expansion to the east. If this question is not solved, the crisis will not be solved,", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-02-01"
E = "2022-02-02"
NAK = "What he is really asking for is a legally binding promise on NATO enlargement. That is the one thing Washington cannot give."
NAK2 = "Nakagawa said the U.S. offer to discuss missile deployments and exercise transparency could form the basis for a limited agreement, but only if Moscow was willing to separate those issues from its insistence that Ukraine be kept out of the alliance for good."
PUT = "He listed them as the prevention of NATO's expansion, the renunciation of deploying strike weapon systems near Russian borders, and the return of the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed."
HAY = "Asked whether Tokyo backed NATO's position that Kyiv is free to choose its alliances, Hayashi said it was for Ukraine and NATO members to decide, not a third country."
L["nikkei-asia-2022-02-03-putin-concerns-ignored-japan"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (PUT, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (PUT, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (PUT, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts military operations to take back Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to go to war with the NATO bloc? Has anyone thought about this? Apparently not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("According to the Russian Foreign Ministry, Lavrov told Blinken that Washington had to explain how it squares the principle of the indivisibility of security with its insistence on NATO's \"open door.\"", "sergey-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("The ministry said Lavrov also stressed that Russia would not accept a reply that leaves the question of the alliance's eastward push unresolved.", "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("The State Department said Blinken had urged \"immediate de-escalation\" and the withdrawal of Russian troops and equipment from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("We will respond appropriately in cooperation with the international community, including the G7, while paying close attention to the situation,", "hirokazu-matsuno", 1, "Matsuno", "", "", 1, E),
 (HAY, "yoshimasa-hayashi", 1, "Hayashi", "nato-open-door", "supports", 0, D),
 (HAY, "yoshimasa-hayashi", 1, "Hayashi", "no-ukraine-membership", "rejects", 0, D),
 ("He rejected the Western answers as a whole, but he did not slam the door,", "ayumi-nakagawa", 1, "Ayumi Nakagawa", "", "", 1, ""),
 (NAK, "ayumi-nakagawa", 1, "Ayumi Nakagawa", "nato-non-expansion", "mentions", 1, ""),
 (NAK, "ayumi-nakagawa", 1, "Ayumi Nakagawa", "written-legal-guarantees", "mentions", 1, ""),
 (NAK2, "ayumi-nakagawa", 1, "Nakagawa", "no-intermediate-range-missiles", "mentions", 0, ""),
 (NAK2, "ayumi-nakagawa", 1, "Nakagawa", "limit-military-exercises", "mentions", 0, ""),
 (NAK2, "ayumi-nakagawa", 1, "Nakagawa", "no-ukraine-membership", "mentions", 0, ""),
 (NAK2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Troops are still arriving in Belarus for exercises. This is not the behavior of a country that is planning to pull back,", "tetsuya-ogura", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("They are responding to the current security environment.", "john-kirby", 1, "Kirby", "", "", 1, E),
 ("in Europe or in the Indo-Pacific.", "japan", 0, "A senior Japanese Foreign Ministry official", "", "", 1, ""),
]

D = "2022-01-17"
L["auswaertiges-amt-2022-01-17-regierungspressekonferenz"] = [
 ("Thank you. As you know, Foreign Minister Baerbock travelled to Kyiv this morning, where she is meeting President Zelensky and Foreign Minister Kuleba. Tomorrow she will travel on to Moscow for her first meeting with Foreign Minister Lavrov.", "christofer-burger", 1, "BURGER", "", "", 1, D),
 ("The minister wants to use the trip above all to listen, but also to make clear the position of the Federal Government: that there is no alternative to a diplomatic solution, and that any further military aggression against Ukraine would have massive consequences for Russia.", "christofer-burger", 1, "BURGER", "", "", 1, D),
 ("I do not know what you mean by \"secretly\". The position of the Federal Government is the position of the alliance, and it is unambiguous: every state in Europe has the right to choose its alliances freely, and no third state can have a veto over that. The minister will say exactly that in Moscow as well.", "christofer-burger", 1, "BURGER", "nato-open-door", "supports", 1, D),
 ("I do not know what you mean by \"secretly\". The position of the Federal Government is the position of the alliance, and it is unambiguous: every state in Europe has the right to choose its alliances freely, and no third state can have a veto over that. The minister will say exactly that in Moscow as well.", "christofer-burger", 1, "BURGER", "no-ukraine-membership", "rejects", 1, D),
 ("As for the history you refer to, the decisions of 2008 are well known, and I do not want to reinterpret them here.", "christofer-burger", 1, "BURGER", "", "", 1, D),
 ("The proposals that Russia put on the table in December contain some elements that are simply not acceptable to us and to our partners. That includes the idea that sovereign members of the alliance should in future be second-class members, on whose territory allied troops may no longer be stationed. That will not happen.", "christofer-burger", 1, "BURGER", "rollback-to-1997", "rejects", 1, D),
 ("The proposals that Russia put on the table in December contain some elements that are simply not acceptable to us and to our partners. That includes the idea that sovereign members of the alliance should in future be second-class members, on whose territory allied troops may no longer be stationed. That will not happen.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("At the same time, we have said that there are also points on which it is worth talking, for example on arms control, on transparency in military manoeuvres, on confidence-building measures. We are prepared to discuss these things within the NATO-Russia Council and the OSCE.", "christofer-burger", 1, "BURGER", "limit-military-exercises", "mentions", 1, D),
 ("The Federal Government's position on arms exports to crisis regions is known and has not changed. Beyond that, I can tell you that the Bundeswehr contributes to the NATO presence in Lithuania, where Germany leads the battlegroup, and that this contribution remains in place.", "arne-collatz", 1, "COLLATZ", "", "", 1, D),
 ("The Chancellor has said that it is good that people are talking to each other again, and that this format of talks should be continued. Last week showed that there are very different ideas on the table. But it also showed that Russia is prepared to talk, and that is something.", "steffen-hebestreit", 1, "STS HEBESTREIT", "", "", 1, D),
 ("What the Chancellor expects is a visible de-escalation. The concentration of Russian troops on the border with Ukraine is a cause of great concern to us, and we expect Russia to take steps to reduce tensions.", "steffen-hebestreit", 1, "STS HEBESTREIT", "russia-de-escalation", "supports", 1, D),
 ("I will not take part in historical seminars here. What applies is the Charter of Paris and the NATO-Russia Founding Act, which Russia itself signed. Both say that every state is free to choose its own security arrangements.", "steffen-hebestreit", 1, "STS HEBESTREIT", "nato-open-door", "supports", 1, D),
 ("We are not going to negotiate publicly here. What I can say is this: the Russian side has made clear that it wants its proposals answered in writing, and our American partners have said that they will give such an answer in close consultation with their allies. That is the right way.", "christofer-burger", 1, "BURGER", "", "", 1, D),
 ("Whether at the end of this process there are agreements that are binding under international law, for example in the field of arms control, is something that will have to be seen. That cannot be the starting point of the talks.", "christofer-burger", 1, "BURGER", "written-legal-guarantees", "mentions", 1, D),
 ("I cannot anticipate the talks in Kyiv, which are still ongoing.", "christofer-burger", 1, "BURGER", "", "", 1, D),
 ("Our exercises are planned long in advance, they are announced in accordance with the Vienna Document, and they are defensive in nature. There is no reason to cancel them because of Russian demands.", "arne-collatz", 1, "COLLATZ", "limit-military-exercises", "rejects", 1, D),
 ("Where we would see room is reciprocity: if both sides give each other more transparency about manoeuvres, including observers, then that would be a gain for everyone. But that applies to Russian exercises as well, for example those announced in Belarus.", "arne-collatz", 1, "COLLATZ", "limit-military-exercises", "mentions", 1, D),
]

D = "2022-01-14"
CON = "The Kremlin's demand that the Alliance close its door for ever to Ukraine and Georgia is a non-starter,"
ROL = "On the Russian proposal that NATO remove forces and infrastructure from the territory of Allies who joined after 1997, President Connolly said the idea would create \"two classes of Allies\", adding that no parliament in the Alliance would ratify such an arrangement."
NEG = "At the same time, the President said there were areas in which parliamentarians would support serious negotiations, including on the placement of intermediate-range missiles in Europe, on reciprocal transparency and limits for large-scale exercises, and on restoring the channels of military communication that could prevent an accident from turning into a conflict."
L["nato-pa-2022-01-14-connolly-security-talks"] = [
 ("This week the Allies spoke with one voice in Geneva, in Brussels and in Vienna,", "gerald-e-connolly", 1, "President Connolly", "", "", 1, D),
 ("That unity is our greatest strength, and Moscow should not mistake our readiness to talk for a readiness to concede.", "gerald-e-connolly", 1, "President Connolly", "", "", 1, D),
 ("The President recalled that the Assembly, which brings together 269 members of the parliaments of the 30 NATO member countries, has consistently supported the Alliance's Open Door policy since its creation.", "gerald-e-connolly", 1, "The President", "nato-open-door", "supports", 0, D),
 ("He stressed that the decision of whether to apply for membership belongs to the people of each country and their elected representatives, and to nobody else.", "gerald-e-connolly", 1, "He", "nato-open-door", "supports", 0, D),
 (CON, "gerald-e-connolly", 1, "President Connolly", "no-ukraine-membership", "rejects", 1, D),
 (CON, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("We do not accept spheres of influence in 21st-century Europe, and we will not go back on the commitment Allied leaders made to both countries at Bucharest.", "gerald-e-connolly", 1, "President Connolly", "rescind-bucharest-2008", "rejects", 1, D),
 (ROL, "gerald-e-connolly", 1, "President Connolly", "rollback-to-1997", "rejects", 0, D),
 (ROL, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("The forward presence in the Baltic states and Poland exists because of Russia's actions in 2014, not in spite of them,", "gerald-e-connolly", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("It is defensive, it is proportionate, and it is there at the invitation of sovereign governments.", "gerald-e-connolly", 1, "he", "rollback-to-1997", "rejects", 1, D),
 (NEG, "gerald-e-connolly", 1, "the President", "no-intermediate-range-missiles", "mentions", 0, D),
 (NEG, "gerald-e-connolly", 1, "the President", "limit-military-exercises", "mentions", 0, D),
 (NEG, "gerald-e-connolly", 1, "the President", "resume-military-dialogue", "mentions", 0, D),
 ("Arms control saved Europe from catastrophe during the Cold War, and it can do so again, if Moscow engages in good faith,", "gerald-e-connolly", 1, "he", "", "", 1, D),
 ("For us this is not an abstract debate. We remember what it meant when others decided about our future over our heads,", "martins-kalnins-ozols", 1, "Mr Kalniņš-Ozols", "", "", 1, D),
 ("Latvia will never accept that Moscow and Washington negotiate about where Allied soldiers may stand on Latvian soil.", "martins-kalnins-ozols", 1, "Mr Kalniņš-Ozols", "rollback-to-1997", "rejects", 1, D),
 ("Mr Kalniņš-Ozols also called on Russia to withdraw the more than 100,000 troops it has massed along Ukraine's borders and in occupied Crimea, saying that no serious conversation about European security could take place \"with a gun on the table\".", "martins-kalnins-ozols", 1, "Mr Kalniņš-Ozols", "russia-de-escalation", "supports", 0, D),
 ("It is for Ukrainians, and Ukrainians alone, to decide their future. Not for Moscow, and not for any great-power bargain,", "ingrid-vestergaard-holm", 1, "Ms Vestergaard Holm", "nato-open-door", "supports", 1, D),
]

V = "michal-vanecek"
RYA = "And Moscow has been very clear, Mr Ryabkov has said it many times, that a moratorium is not enough for them."
P1 = "It gave Russia a lot of things Russia did not ask for, and none of the things it asked for most. That was predictable. If you read the two drafts from December, the key elements – no more enlargement, and the removal of allied forces from the countries which joined after 1997, which means also from us – were written in such a way that no NATO government could ever sign them."
P2 = "What the allies offered instead is a serious package: talks on missiles, on the scale and notification of exercises, on reopening the missions in Brussels and Moscow. I would say these are the things that actually make Europe safer, and I think it was right to put them on the table."
P6 = "I understand that argument, and it is true that Ukraine is not going to join NATO this year or probably in the next ten years. But I am against giving Russia a formal veto on it, even a temporary one, because the next day there would be a list of other countries. Moldova, Georgia, maybe Finland and Sweden. The door should stay open; whether anybody walks through it is a different matter."
L["radio-prague-2022-01-27-former-ambassador-interview"] = [
 (P1, V, 1, "Michal Vaněček", "nato-non-expansion", "mentions", 1, ""),
 (P1, V, 1, "Michal Vaněček", "rollback-to-1997", "mentions", 1, ""),
 (P1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (P1, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (P2, V, 1, "Michal Vaněček", "no-intermediate-range-missiles", "mentions", 1, ""),
 (P2, V, 1, "Michal Vaněček", "limit-military-exercises", "mentions", 1, ""),
 ("Well, it would be, if anybody took it seriously. Nobody does. There are no large allied combat units stationed on Czech territory, so in our case it is more a question of principle. But for the Baltic states and Poland it is about very concrete battalions. And the principle is the same: we are not second-class members. I personally find the idea that our membership would be somehow conditional on what Moscow thinks quite unacceptable.", V, 1, "Michal Vaněček", "rollback-to-1997", "rejects", 1, ""),
 ("I should add that in 1999 we were told very clearly by Moscow that our membership was a mistake, and the sky did not fall.", V, 1, "Michal Vaněček", "", "", 1, ""),
 ("Historians can argue about what James Baker said in one conversation in February 1990. There was no treaty, and the Soviet Union that was being talked to no longer exists. In 1997 Russia signed the Founding Act, which recognises the right of every state to choose the means of ensuring its own security. So the legal situation is quite clear.", V, 1, "Michal Vaněček", "nato-open-door", "supports", 1, ""),
 (P6, V, 1, "Michal Vaněček", "nato-open-door", "supports", 1, ""),
 (P6, V, 1, "Michal Vaněček", "no-ukraine-membership", "rejects", 1, ""),
 ("And Moscow has been very clear, Mr Ryabkov has said it many times, that a moratorium is not enough for them. They want it in a legally binding form. So even this compromise would not really satisfy the Kremlin.", V, 1, "Michal Vaněček", "written-legal-guarantees", "mentions", 1, ""),
 (RYA, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (RYA, "sergei-ryabkov", 1, "Mr Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("That is the real question. The documents can be discussed for months. But if Russia does not pull those troops back, all the talk about arms control is somewhat theoretical. I hope the Russian leadership understands that de-escalation is the precondition for any of this.", V, 1, "Michal Vaněček", "russia-de-escalation", "supports", 1, ""),
 ("We are a small country, but we are not without a voice. The government has offered to send soldiers to Slovakia or to the Baltic states if the alliance asks, and that is an important signal. And I think we should be the ones who keep reminding our partners in Western Europe what it means to live in somebody's sphere of influence. We have that experience, and it was not a pleasant one.", V, 1, "Michal Vaněček", "", "", 1, ""),
 ("Foreign Minister Jan Lipavský said on Thursday that the Czech Republic had been consulted on the NATO text and fully supported it, adding that the alliance's eastern members would never again become a \"buffer zone\" between Russia and the West.", "jan-lipavsky", 1, "Jan Lipavský", "rollback-to-1997", "rejects", 0, "2022-01-27"),
]

write_gold(L, "articles-249", "gold-249")
