#!/usr/bin/env python3
"""Writes the held-out gold of batch 221 (gold-221/*.nq) from the labels below.

Batch 221 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-26-us-written-answers: AFP wire story from Washington (no front
  matter, "Issued on" stamp, READ ALSO line, "- crosshead -"); Blinken quotes,
  a Kremlin demand in passing inside a Blinken sentence, Lavrov quotes too
  short to label, Baker/Gorbachev background, a Sherman fragment of six words.
- bloomberg-2022-01-27-kremlin-us-reply: Bloomberg from Moscow with front
  matter, bullet standfirst, "Read more" links; Peskov quotes about no demand,
  Putin's demands over two reported sentences, "The U.S. and its allies" as a
  speaker rejecting and offering to discuss, a market analyst.
- state-2022-01-26-blinken-press-availability: State Department transcript,
  SECRETARY BLINKEN / QUESTION / MR PRICE labels; every answer paragraph is a
  quotation; questions name Russian demands but get no label.
- interfax-2022-01-28-lavrov-radio-stations: Interfax, machine-translated
  (« » quotes with "- Lavrov said", "shock weapon systems", "juridically
  binding"), UTF-8 BOM and CRLF; OSCE-commitment background, Putin's call
  with Macron via the Kremlin press service, the 17 December drafts.
- dw-2022-01-27-kyiv-reacts-us-reply: DW from Kyiv with front matter, image
  credit and caption, "Read more" links, crossheads, curly quotes; Kuleba,
  Zelensky, an invented lawmaker and local official, an invented analyst,
  "as Moscow demands" in passing.
- ft-2022-01-28-putin-demands-analysis: Financial Times analysis with front
  matter, single curly quotes, present-tense "says"; invented analysts with
  and without a stance of their own, 1990/1997/2008 history with quoted
  document wording, Putin and Ryabkov reported, Sherman on 10 January.
- nato-2022-01-12-stoltenberg-doorstep-nrc: NATO transcript of a Stoltenberg
  doorstep before the NATO-Russia Council, with moderator and questions;
  paragraphs of answers labelled one by one, Founding Act mention in an answer.

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
L["afp-2022-01-26-us-written-answers"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend -- including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Asked whether Washington had given any ground on the Kremlin's insistence that the alliance never admit Ukraine, Blinken was blunt: \"There is no change, there will be no change.\"", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change, there will be no change.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Blinken said the response also laid out areas where the two sides could make progress, including reciprocal transparency measures on force posture in Ukraine, confidence-building steps around military exercises in Europe and arms control on missiles.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("Blinken said the response also laid out areas where the two sides could make progress, including reciprocal transparency measures on force posture in Ukraine, confidence-building steps around military exercises in Europe and arms control on missiles.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("we think it's more likely to advance diplomacy if we give space for confidential talks,", "antony-blinken", 1, "He", "", "", 1, D),
 ("The ball is in their court,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Russia, which has massed more than 100,000 troops near Ukraine's borders, has demanded legally binding guarantees that NATO will not expand further east and that the alliance pull its forces and weapons back from the countries that joined it after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia, which has massed more than 100,000 troops near Ukraine's borders, has demanded legally binding guarantees that NATO will not expand further east and that the alliance pull its forces and weapons back from the countries that joined it after 1997.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Russia, which has massed more than 100,000 troops near Ukraine's borders, has demanded legally binding guarantees that NATO will not expand further east and that the alliance pull its forces and weapons back from the countries that joined it after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russian Deputy Foreign Minister Sergei Ryabkov, who led Moscow's delegation at talks with US Deputy Secretary of State Wendy Sherman in Geneva on January 10, has said repeatedly that a guarantee Ukraine will never join NATO is an \"absolute must\" for Moscow.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 ("perhaps sometime between now and mid-February", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We still believe there's time and space for diplomacy, and we want to see Mr. Putin de-escalate and pull those forces back,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("more than Moscow expected on missiles, and exactly what it expected on Ukraine -- nothing.", "dana-whitcombe", 1, "Dana Whitcombe", "no-intermediate-range-missiles", "mentions", 1, D),
 ("more than Moscow expected on missiles, and exactly what it expected on Ukraine -- nothing.", "dana-whitcombe", 1, "Dana Whitcombe", "no-ukraine-membership", "mentions", 1, D),
 ("If the Russians want a deal on where intermediate-range missiles can and cannot go in Europe, there is one to be had,", "dana-whitcombe", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("But nobody in this town is going to put their name to a promise that Ukraine stays out of NATO forever.", "dana-whitcombe", 1, "she", "no-ukraine-membership", "mentions", 1, D),
 ("NATO Secretary General Jens Stoltenberg, presenting the alliance's own written proposals in Brussels on Wednesday, said allies were ready to listen to Russia's concerns but would not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
]

D = "2022-01-27"
W = "2022-01-26"
US = "The U.S. and its allies have called both demands non-starters, while offering to discuss arms control, missile deployments and limits on exercises."
PU = "Putin has demanded that the U.S.-led alliance never take in Ukraine or other former Soviet republics and that it scale its military presence in eastern Europe back to where it stood in 1997."
LQ = "The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
GQ = "Nobody seriously expected Washington to sign away NATO's right to take in new members."
L["bloomberg-2022-01-27-kremlin-us-reply"] = [
 ("It cannot be said that our views were taken into account or that a willingness was shown to take our concerns into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("But we won't rush with our assessments.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Foreign Minister Sergei Lavrov said late Wednesday that the U.S. reply contained no positive answer on the main issue for Moscow, the halt to NATO's advance toward Russia's borders, though it did offer a basis for serious talks on what he called secondary matters.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, W),
 (LQ, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, W),
 (LQ, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, W),
 (PU, "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, ""),
 (PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, ""),
 ("He wants those promises on paper and binding in international law, rather than what Russian officials describe as the empty assurances Moscow received at the end of the Cold War.", "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 0, ""),
 (US, "united-states", 0, "The U.S. and its allies", "no-ukraine-membership", "rejects", 0, ""),
 (US, "united-states", 0, "The U.S. and its allies", "rollback-to-1997", "rejects", 0, ""),
 (US, "united-states", 0, "The U.S. and its allies", "no-intermediate-range-missiles", "mentions", 0, ""),
 (US, "united-states", 0, "The U.S. and its allies", "limit-military-exercises", "mentions", 0, ""),
 ("Peskov also brushed off Western calls for Russia to pull its troops back from the Ukrainian border, saying the army moves units across Russian territory as it sees fit and that this \"shouldn't worry anyone.\"", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, D),
 ("He said the sides could still find common ground on intermediate-range missiles, an area in which the American answer was \"more concrete\" than on other questions.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The market read the Kremlin's tone as 'let's keep talking,' and that's the best anyone could hope for today,", "sergei-gorbunov", 1, "Sergei Gorbunov", "", "", 1, D),
 (GQ, "sergei-gorbunov", 1, "Sergei Gorbunov", "nato-non-expansion", "mentions", 1, D),
 (GQ, "sergei-gorbunov", 1, "Sergei Gorbunov", "nato-open-door", "mentions", 1, D),
]

D = "2022-01-26"
P4 = "At the same time, we address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We also address arms control concerns, including a willingness to discuss reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in the territory of Ukraine."
A1 = "No, there's no change, and there will be no change. NATO's door is open and it's going to stay open, and it's not for Russia or anyone else to decide who joins the Alliance. That's for Ukraine and for the thirty members of the Alliance to decide, and no one else."
B = ("antony-blinken", 1, "SECRETARY BLINKEN")
def b(ev, demand="", stance=""):
    return (ev,) + B + (demand, stance, 1, D)
L["state-2022-01-26-blinken-press-availability"] = [
 b("Good afternoon, everyone. Earlier today, our Ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. NATO is delivering its own response in parallel. Our response was fully coordinated with Ukraine and with our European allies and partners, and we've shared it with Congress as well."),
 b("The document we've delivered sets out a serious diplomatic path forward, should Russia choose it. It includes the concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground."),
 b("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. We've also reaffirmed our commitment to NATO's open-door policy. That door is open, it remains open, and that is our commitment.", "nato-open-door", "supports"),
 b(P4, "limit-military-exercises", "mentions"),
 b(P4, "no-intermediate-range-missiles", "mentions"),
 b(P4, "no-strike-weapons-near-borders", "mentions"),
 b("We're prepared as well to discuss how we can reestablish channels of communication between our militaries, so that the kind of incidents we've seen in the air and at sea don't spiral into something far more dangerous.", "resume-military-dialogue", "mentions"),
 b("We are serious about this path. But it is a lot harder to make progress in an environment of escalation, and so we continue to urge Russia to de-escalate, to pull back the forces it has deployed along Ukraine's borders.", "russia-de-escalation", "supports"),
 b("So the ball is in Russia's court now. Whatever it chooses, we're ready either way."),
 b(A1, "nato-open-door", "supports"),
 b(A1, "no-ukraine-membership", "rejects"),
 b("As to making it public, we're not going to do that. We think diplomacy has a better chance to succeed if we provide space for confidential talks. We'll leave it to Russia to decide whether it wants to share the document."),
 b("Look, some of the ideas we've put forward could well take the form of binding agreements down the road, if Russia engages seriously. That's how arms control has always worked between our two countries, and we've shown we can do it.", "written-legal-guarantees", "mentions"),
 b("But it's very hard to make real progress with a gun pointed at Ukraine's head. If Russia is serious, the best way to demonstrate it is to de-escalate, to pull back the forces it has massed on Ukraine's borders and in Belarus.", "russia-de-escalation", "supports"),
 b("It did, and our answer is very clear. We will not trade away the security of any of our Allies. The forces NATO has on its eastern flank are there because of Russia's conduct, not the other way around, and there's no going back to some earlier map of Europe where some Allies are more equal than others.", "rollback-to-1997", "rejects"),
 b("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and is ready to talk about next steps. Whether they answer in writing or some other way is really up to them."),
 b("Meanwhile, we're continuing to prepare, with Allies and partners, for the other path, if Russia chooses it: massive consequences and a strengthening of NATO's eastern flank."),
]

D = "2022-01-28"
MQ = "The main question is our clear position about the inadmissibility of further expansion of NATO on the east and the deployment of shock weapon systems which can threaten the territory of the Russian Federation. On this main question there is no positive reaction"
EX = "About the military exercises and the missiles of the medium and shorter range, Lavrov noted that Russia is ready to talk on these themes, but «only in the package»."
PM = "Earlier on Friday the President of Russia Vladimir Putin in the telephone conversation with the President of France Emmanuel Macron pointed out that the answers of the USA and NATO did not take into account the principal Russian concerns, including the prevention of NATO expansion, the refusal from deployment of shock weapon systems near the Russian borders, and also the return of the military potential and infrastructure of the bloc in Europe to the positions of 1997, when the Founding Act Russia-NATO was signed, the press-service of the Kremlin reported."
DR = "In them Moscow demands, in particular, the juridically binding refusal of the NATO from the further expansion, including the accession of Ukraine, and the refusal from the deployment of the strike weapons near the borders of Russia."
L["interfax-2022-01-28-lavrov-radio-stations"] = [
 ("If it depends on Russia, then there will be no war. We do not want wars. But we also will not allow that our interests are rudely trampled, are ignored", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("According to him, the answers which the USA and NATO have transmitted to Moscow on Wednesday contain «rational grains» on the secondary questions, but on the main question - the non-expansion of NATO to the east - the position of Russia was not taken into account.", "sergei-lavrov", 1, "him", "nato-non-expansion", "supports", 0, D),
 (MQ, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (MQ, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("They say that each country has the right to choose the alliances. Yes, but this right is bound with the obligation not to strengthen the own security at the expense of others. It is a package, and the West takes out from it only that part which is convenient to him", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, D),
 ("We will ask them to answer not collectively, not on behalf of the bloc, but each one personally, in the national capacity", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("must understand, that we need the guarantees on the paper, juridically binding, and not the verbal promises like in 1990", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 (EX, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 (EX, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The minister also rejected the claims of the Western capitals that Russia must withdraw the troops from the border with Ukraine.", "sergei-lavrov", 1, "The minister", "russia-de-escalation", "rejects", 0, D),
 ("We are on our own territory. Where to keep our armed forces, we will decide ourselves, and nobody will dictate to us", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 (PM, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 (PM, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PM, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, D),
 ("The answers were sent to the President, he will make the decision. We will be guided by this", "sergei-lavrov", 1, "he", "", "", 1, D),
 (DR, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
]

D = "2022-01-27"
KU = "He added that the path to NATO remained open for Ukraine and that no third country had the right to veto Kyiv's choice of alliances."
HR = "She said a promise by Washington never to admit Ukraine into the alliance, as Moscow demands, would have amounted to “a second Munich.”"
BQ = "There is no moratorium on our membership, no promise to stop training our army or to pull Western instructors out of Ukraine. For Kyiv, that is the real news of this week,"
RD = "Russia has demanded a legally binding pledge that Ukraine will never become a NATO member, as well as an end to Western military cooperation with Kyiv."
L["dw-2022-01-27-kyiv-reacts-us-reply"] = [
 ("There is nothing in this document that goes against Ukraine's interests. Nothing about Ukraine has been decided without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (KU, "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, D),
 (KU, "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("The best way to prevent a war is to make the price of a war too high for Russia to pay,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("Sanctions must be ready, and weapons must keep arriving.", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("We are strong, we are calm, and we will not let anyone frighten us. Panic is exactly what those who threaten us want to see,", "volodymyr-zelensky", 1, "the president", "", "", 1, "2022-01-26"),
 ("People here have lived next to this threat for eight years. They are worried, but nobody is packing their bags,", "oleksandr-marchenko", 1, "Marchenko", "", "", 1, ""),
 ("The West should stop asking Ukraine to be patient and start telling Russia to take its troops home,", "ivanna-hrytsenko", 1, "Hrytsenko", "russia-de-escalation", "supports", 1, D),
 (HR, "ivanna-hrytsenko", 1, "She", "no-ukraine-membership", "rejects", 0, D),
 (HR, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (BQ, "taras-bilyk", 1, "Bilyk", "no-ukraine-membership", "mentions", 1, ""),
 (BQ, "taras-bilyk", 1, "Bilyk", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Putin asked for things he knew he would not get. Now he can tell his own people that the West refused to listen,", "taras-bilyk", 1, "he", "", "", 1, ""),
 (RD, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (RD, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (RD, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Moscow also wants NATO to withdraw troops and weapons from member states in eastern Europe.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance had proposed to Russia a series of meetings of the NATO-Russia Council, but that it would not give up the principle that each nation chooses its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
]

DRF = "Moscow's drafts call for Nato to rule out any further enlargement, including to Ukraine and Georgia, to pull its forces back from the members that joined after 1997 and to refrain from any military activity in Ukraine, eastern Europe, the South Caucasus and central Asia."
BL = "Antony Blinken, the secretary of state, said on Wednesday that the US reply offered talks on missile deployments and on military exercises but no Russian veto over who joins Nato."
RY = "Sergei Ryabkov, the deputy foreign minister who led Russia's delegation at the Geneva talks, has insisted that Ukraine's non-membership is ‘an absolute must’ and that Moscow will no longer settle for verbal assurances of the kind it says it received in 1990."
TS = "There is a real grievance in Moscow about the missiles and about large drills right on the border, and those things could be negotiated tomorrow,"
LY = "I would go further than Washington did. Nato should say plainly that Kyiv's path to membership is Kyiv's business and nobody else's,"
RU = "Every conversation about missiles and drills is welcome, but none of it will go anywhere until those battalion tactical groups go back to their barracks,"
L["ft-2022-01-28-putin-demands-analysis"] = [
 (DRF, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DRF, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DRF, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (DRF, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("The Kremlin did not write these drafts to have them signed. It wrote them to have them rejected, and then to be able to say: we asked politely,", "hanna-ruutel", 1, "Hanna Ruutel", "", "", 1, ""),
 ("Ruutel argues that allies should refuse outright any talk of pulling their forces back to where they stood in 1997, which in her view would leave the Baltic states as ‘a buffer zone with flags’.", "hanna-ruutel", 1, "Ruutel", "rollback-to-1997", "rejects", 0, ""),
 ("At his annual press conference on December 23, he demanded that Nato halt its movement eastward.", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2021-12-23"),
 ("You must give us guarantees, and immediately, now,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("After the Geneva meeting on January 10, Wendy Sherman, the US deputy secretary of state, said Washington had firmly pushed back on proposals that were ‘simply non-starters’, among them any halt to Nato's enlargement.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 (BL, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (BL, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (BL, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (TS, "mikhail-tsvetkov", 1, "Mikhail Tsvetkov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (TS, "mikhail-tsvetkov", 1, "Mikhail Tsvetkov", "limit-military-exercises", "mentions", 1, ""),
 ("The problem is that Putin has tied them to Ukraine's membership, which no Nato government can give away.", "mikhail-tsvetkov", 1, "Mikhail Tsvetkov", "no-ukraine-membership", "mentions", 1, ""),
 (LY, "edward-lyle", 1, "he", "nato-open-door", "supports", 1, ""),
 (LY, "edward-lyle", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("Lyle also believes that a return to regular contacts between Russian and Nato military commanders, suspended since 2014, would serve the west's own interest.", "edward-lyle", 1, "Lyle", "resume-military-dialogue", "supports", 0, ""),
 ("When our pilots and theirs are flying this close, you want the generals to be able to pick up the phone,", "edward-lyle", 1, "he", "resume-military-dialogue", "supports", 1, ""),
 (RU, "hanna-ruutel", 1, "Ruutel", "russia-de-escalation", "supports", 1, ""),
 (RU, "hanna-ruutel", 1, "Ruutel", "no-intermediate-range-missiles", "mentions", 1, ""),
 (RU, "hanna-ruutel", 1, "Ruutel", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg")
def s(ev, demand="", stance=""):
    return (ev,) + S + (demand, stance, 1, D)
N4 = "But we will not compromise on core principles. Every nation has the right to choose its own path, and NATO's relationship with Ukraine will be decided by the thirty Allies and Ukraine, no one else. Russia does not have a veto, and it cannot establish a sphere of influence in its neighbourhood."
NA = "We are ready to put our own proposals in writing to Russia, in close consultation with all Allies. But we will not sign away the right of sovereign nations to decide their own future, neither in a verbal assurance nor on paper."
L["nato-2022-01-12-stoltenberg-doorstep-nrc"] = [
 s("Today, the NATO-Russia Council meets for the first time in more than two years. I welcome that Russia has accepted to sit down at the table with all thirty Allies. Russia is represented by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin, and Allies are represented by their Ambassadors and by Deputy Secretary of State Wendy Sherman."),
 s("We are ready to listen to Russia's concerns, and we are ready to engage in a substantive dialogue, including on arms control, on transparency and risk reduction, and on how we can make better use of our channels of communication, both military and civilian, to avoid incidents and accidents.", "resume-military-dialogue", "mentions"),
 s(N4, "nato-open-door", "supports"),
 s(N4, "no-ukraine-membership", "rejects"),
 s("We also do not accept that NATO should pull back from the territory of Allies that joined the Alliance after the end of the Cold War. We will not create first-class and second-class members of NATO.", "rollback-to-1997", "rejects"),
 s("The most urgent task now is that Russia de-escalates. Russia has amassed tens of thousands of combat-ready troops, heavy equipment and capabilities along Ukraine's borders, and we call on Russia to withdraw them and to engage in dialogue in good faith.", "russia-de-escalation", "supports"),
 s("So this is an important meeting. It will not solve all the problems, but it is a good start, and I hope it can be the beginning of a process."),
 s(NA, "nato-open-door", "supports"),
 s(NA, "nato-non-expansion", "rejects"),
 s(NA, "written-legal-guarantees", "rejects"),
 s("And let me add that the 1997 Founding Act is still valid. It set out principles we have respected, and it is Russia, not NATO, that has violated them, in Georgia in 2008 and in Ukraine since 2014."),
 s("We are ready to discuss more transparency and better notification of exercises, and reciprocal limits could be part of such a discussion, as long as it goes both ways.", "limit-military-exercises", "mentions"),
 s("Russia has conducted large snap exercises with no notice at all, including the one that brought tens of thousands of troops close to Ukraine's border last spring. So if we talk about predictability, Russia also has to do its part.", "limit-military-exercises", "mentions"),
 s("Yes. Nothing about Ukraine without Ukraine. That is a principle all thirty Allies stand by."),
 s("And NATO's support to Ukraine will continue, the training, the capacity building, the practical cooperation. Ukraine is a close and highly valued partner, and it is not for Russia to decide what we do together with a sovereign nation.", "no-military-activity-ex-soviet", "rejects"),
 s("No. This is going to be a process and we should not expect quick results after one meeting. What matters is that we keep talking and that we look for a political way forward."),
]

write_gold(L, "articles-221", "gold-221")
