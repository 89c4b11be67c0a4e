#!/usr/bin/env python3
"""Writes the held-out gold of batch 237 (gold-237/*.nq) from the labels below.

Batch 237 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cnn-2022-01-10-geneva-talks-no-breakthrough: CNN news story (front matter,
  byline, "Geneva, Switzerland (CNN) —" dateline, RELATED link) on the Geneva
  talks; Ryabkov quotation interrupted by "he said", short sub-six-word
  fragments, Baker/Gorbachev 1990 history, analysts whose quotes name Moscow.
- bloomberg-2022-01-26-us-written-reply-nato-door: Bloomberg wire story
  (front matter, bullets, "(Bloomberg) --", "Read more:" lines, crossheads)
  on the US and NATO written answers; curly quotes, US rejecting in a
  narrator sentence, markets analysts, Dec. 17 drafts recalled.
- financial-times-2022-01-12-nato-russia-council-divide: FT print story without
  front matter (headline, standfirst, "January 12 2022") on the NATO-Russia
  Council; Stoltenberg quote split by "Stoltenberg said", a Latvian ambassador
  answering with a pronoun ("That is simply not on the table"), 1997 Founding
  Act quoted as a document (not labelled).
- axios-2022-01-21-blinken-lavrov-geneva: Axios smart-brevity piece (front
  matter, "Why it matters:", bullets) on Blinken-Lavrov; "written responses"
  that are not the written-guarantee demand, Romania and Bulgaria rejecting
  the 1997 roll-back, a Flashback section of history.
- interfax-2022-02-01-putin-concerns-ignored: Interfax English wire (UTF-8 BOM,
  CRLF, no front matter, "MOSCOW. Feb 1 (Interfax) -" dateline) with
  machine-translation English; Putin reporting Western demands (mentions) and
  then rejecting them in quotes, an MFA statement quoted, background paragraph.
- russian-mfa-2022-01-27-zakharova-briefing: Russian MFA transcript of
  Zakharova's weekly briefing (no front matter; table of contents, section
  headings, "Question:" / "Maria Zakharova:"); every paragraph of her remarks
  and answers is one quotation; questions carry other people's words
  (Kuleba, Niinistö) and are not labelled.
- european-parliament-2022-01-19-debate-russia-european-security: EP verbatim
  report (front matter, speaker labels with group and "(ES)"/"(DE)" language
  markers, blue-card question and answer, President's lines); each paragraph of
  a speech is one quotation; Borrell and MEPs restating Russia's demands.

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

Writer's choices beyond the conventions: a Western "every nation chooses its
alliances" is nato-open-door supports; it is also no-ukraine-membership
rejects only where the speaker explicitly dismisses a ban or neutrality for
Ukraine. Offers to talk about missiles or about transparency/limits on drills
are "mentions" of no-intermediate-range-missiles / limit-military-exercises.
A ministry's press statement or readout is the ministry (or the official it
reports) speaking, not a document. Romania's foreign ministry is
romanian-foreign-ministry. Reported speech with a quoted fragment of fewer
than six words is labelled as the whole sentence, direct 0.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["cnn-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("Nobody gets to shut NATO's open door. That has been at the heart of this alliance for seventy years, and it is not going to be traded away in a conference room in Geneva,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said Washington was prepared to discuss the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, provided Russia reciprocated, but that progress would be hard to imagine while Russia kept escalating on Ukraine's border.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said Washington was prepared to discuss the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, provided Russia reciprocated, but that progress would be hard to imagine while Russia kept escalating on Ukraine's border.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman said Washington was prepared to discuss the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, provided Russia reciprocated, but that progress would be hard to imagine while Russia kept escalating on Ukraine's border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("For us it is an absolute must that Ukraine never — never, ever — becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards — guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said Russia had no intention of attacking Ukraine, and he brushed aside the idea that Moscow should pull back the forces it has massed near the border, saying they were on Russian soil and their movements were nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("He warned that if the West did not take seriously Moscow's call to halt the alliance's eastward march, Russia would take whatever steps were necessary to guarantee its own security — a phrase US officials have read as a veiled military threat.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He warned that if the West did not take seriously Moscow's call to halt the alliance's eastward march, Russia would take whatever steps were necessary to guarantee its own security — a phrase US officials have read as a veiled military threat.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The demands at the heart of Monday's talks were laid out in two draft agreements Moscow published on December 17, which called for NATO to stop admitting new members and to pull forces and weapons back from the countries that joined the alliance after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The demands at the heart of Monday's talks were laid out in two draft agreements Moscow published on December 17, which called for NATO to stop admitting new members and to pull forces and weapons back from the countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We haven't seen any indication that the Russians are moving troops back. We'd like to see that. That would be a real sign of de-escalation,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("NATO Secretary General Jens Stoltenberg, who will host Russian officials in Brussels on Wednesday, said Monday that allies were ready to talk but would not compromise on the right of each nation to choose its own path, including the right of Ukraine to decide whether it wants to join.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Ukraine will not accept any decisions about us taken behind our back,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("The Russians put their maximalist wish list on the table and the Americans said no. Now both sides have to figure out whether there is a smaller deal on missiles and exercises buried in there.", "olivia-marchetti", 1, "Olivia Marchetti", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Russians put their maximalist wish list on the table and the Americans said no. Now both sides have to figure out whether there is a smaller deal on missiles and exercises buried in there.", "olivia-marchetti", 1, "Olivia Marchetti", "limit-military-exercises", "mentions", 1, ""),
 ("Moscow did not come to Geneva to bargain over the number of exercises,", "grigory-lebedev", 1, "Lebedev", "limit-military-exercises", "mentions", 1, ""),
 ("It came to get a signature saying NATO stops where it is. Anything less, the Kremlin will call a failure.", "grigory-lebedev", 1, "Lebedev", "nato-non-expansion", "mentions", 1, ""),
 ("It came to get a signature saying NATO stops where it is. Anything less, the Kremlin will call a failure.", "grigory-lebedev", 1, "Lebedev", "written-legal-guarantees", "mentions", 1, ""),
 ("It came to get a signature saying NATO stops where it is. Anything less, the Kremlin will call a failure.", "russia", 0, "It", "nato-non-expansion", "supports", 1, ""),
 ("It came to get a signature saying NATO stops where it is. Anything less, the Kremlin will call a failure.", "russia", 0, "It", "written-legal-guarantees", "supports", 1, ""),
 ("We will see. But I would not be too optimistic,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-26"
S = "The US delivered its long-awaited written response to Russia’s security demands on Wednesday, refusing Moscow’s call to bar Ukraine from NATO while offering talks on arms control and military transparency in a bid to head off a possible invasion."
BL = "Blinken said the document, which US Ambassador John Sullivan handed to Deputy Foreign Minister Alexander Grushko in Moscow, set out “a serious diplomatic path” if Russia chooses it, including reciprocal transparency measures on offensive weapons in Ukraine and talks on where missile systems can be deployed in Europe."
ST = "He said the alliance was ready to talk about limits on missiles and greater openness about drills, but added that Russia could not expect NATO to withdraw from the allies on its eastern flank."
DEC = "The exchange of papers caps a month of diplomacy that began when Russia published draft treaties on Dec. 17 demanding that NATO promise never to admit Ukraine, halt all military activity in Eastern Europe and Central Asia, and pull its forces back to where they stood in 1997."
L["bloomberg-2022-01-26-us-written-reply-nato-door"] = [
 (S, "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, D),
 (S, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (BL, "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Secretary-General Jens Stoltenberg said allies had proposed reopening the two sides’ missions in Moscow and Brussels and restoring regular contacts between their militaries, including a hotline, to reduce the risk of accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We cannot and will not compromise on the principles our security rests on, and that includes the right of every nation to decide its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (ST, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("There will be no first- and second-class members,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("Earlier in the day, Foreign Minister Sergei Lavrov told lawmakers in Moscow that Russia would not let its proposals be “drowned in endless discussions,” and that without an answer on the key point -- an end to NATO’s expansion eastward -- the Kremlin would take “retaliatory measures.”", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("We will not rush to conclusions, we will read what they send,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("The response is a polite no on everything the Kremlin really cares about and a yes on the things it was never that interested in,", "konstantin-varga", 1, "Konstantin Varga", "", "", 1, ""),
 ("Anna Brodsky, a Russia analyst at Castlerock Risk, said the offer on missiles and exercises was real but unlikely to be enough for Moscow.", "anna-brodsky", 1, "Anna Brodsky", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Anna Brodsky, a Russia analyst at Castlerock Risk, said the offer on missiles and exercises was real but unlikely to be enough for Moscow.", "anna-brodsky", 1, "Anna Brodsky", "limit-military-exercises", "mentions", 0, ""),
 ("Missiles and exercises were always the low-hanging fruit,", "anna-brodsky", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Missiles and exercises were always the low-hanging fruit,", "anna-brodsky", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("The question is whether Putin will take them as a consolation prize once NATO enlargement is off the table for him.", "anna-brodsky", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Russia denies it plans to attack and says it can move forces wherever it wants on its own territory.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("The White House has made clear that it sees a pullback as the test of Moscow’s intentions.", "white-house", 0, "The White House", "russia-de-escalation", "supports", 0, ""),
 ("The best way to demonstrate that diplomacy can work is for Russia to de-escalate, and we have not seen that,", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, D),
 ("Ukraine’s Foreign Minister Dmytro Kuleba said Kyiv had seen the American text before it was delivered and had “no objections,” adding that the question of Ukraine’s future membership in NATO was for Ukraine and the 30 allies to decide and nobody else.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 (DEC, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DEC, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (DEC, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

D = "2022-01-12"
STN = "Stoltenberg said the allies were ready to discuss missile deployments, greater transparency and limits on military exercises, and ways to prevent incidents in the air and at sea, but only on a reciprocal basis."
GR = "He said Moscow wanted the alliance to stop turning Ukraine into a military foothold and to withdraw the forces and infrastructure it had moved into central and eastern Europe since 1997, adding that Russia was not interested in piecemeal offers."
HB = "By insisting on a written, legally binding guarantee against enlargement, the Kremlin has created a pretext: either the west capitulates, or Russia announces that diplomacy has failed."
VA = "Others saw a narrow opening. Tomás Varela, a former Spanish diplomat now at the European Council on Foreign Relations, said the talks on missiles and military drills could yield a limited agreement if the Kremlin was prepared to accept less than it had asked for."
VA = VA.split("Others saw a narrow opening. ")[1]
L["financial-times-2022-01-12-nato-russia-council-divide"] = [
 ("real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "secretary-general", "", "", 1, D),
 ("The gaps between us are deep and they will not be closed in one afternoon, but it matters that all 30 allies and Russia sat at the same table and talked about substance,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("He said allies had made clear they would not bargain away Kyiv’s right to seek membership.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 ("It is only Ukraine and the 30 Nato allies who decide when Ukraine is ready to join,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto, and Russia does not have a say.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (STN, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (STN, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("The open-door policy is not a law of nature. It is a political choice, and it is a choice being made at the expense of our security,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 (GR, "alexander-grushko", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 (GR, "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 (GR, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (GR, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If Nato moves to deterrence, we will move to counter-deterrence. If there is intimidation, there will be counter-intimidation,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Fomin told reporters that Russia had proposed moving exercises away from the line of contact between Russia and the alliance, and that the allies had shown no interest in the idea.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("Fomin also complained that Nato reconnaissance aircraft and warships were operating “ever closer” to Russia’s borders in the Black Sea and the Baltic, and said they should be kept at a distance from which they could not threaten Russian territory.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Wendy Sherman, the US deputy secretary of state, who attended the Brussels meeting after leading the US delegation in Geneva on Monday, said she had heard nothing to suggest Russia was ready to pull back its forces from Ukraine’s border, and that without such a step it was hard to see how talks could move forward.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, D),
 ("We are not going to negotiate with a gun to Ukraine’s head,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Kristīne Ozola, Latvia’s ambassador to Nato, said the alliance could not accept being divided into members with different rights.", "kristine-ozola", 1, "Kristīne Ozola", "rollback-to-1997", "rejects", 0, ""),
 ("Latvia did not join Nato to be told by Moscow, 18 years later, that allied troops must leave,", "kristine-ozola", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("Latvia did not join Nato to be told by Moscow, 18 years later, that allied troops must leave,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("That is simply not on the table.", "kristine-ozola", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("Moscow has set the bar where it knows no one can reach it,", "bettina-hollerbach", 1, "Bettina Hollerbach", "", "", 1, ""),
 (HB, "bettina-hollerbach", 1, "Bettina Hollerbach", "written-legal-guarantees", "mentions", 1, ""),
 (HB, "bettina-hollerbach", 1, "Bettina Hollerbach", "nato-non-expansion", "mentions", 1, ""),
 (HB, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 1, ""),
 (HB, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 1, ""),
 (VA, "tomas-varela", 1, "Tomás Varela", "no-intermediate-range-missiles", "mentions", 0, ""),
 (VA, "tomas-varela", 1, "Tomás Varela", "limit-military-exercises", "mentions", 0, ""),
]

D = "2022-01-21"
LV = "Lavrov, speaking to Russian reporters at the Russian mission, said he had told Blinken Moscow expected concrete written answers to every point of its proposals, first of all on halting NATO's eastward expansion."
LQ = "Our position is that NATO must not expand further and that weapons which threaten us must not be placed in Ukraine or anywhere else along our borders,"
WX = "The Russians keep saying they want everything in writing and legally binding, because they don't believe a verbal promise from Washington is worth anything after 1990,"
L["axios-2022-01-21-blinken-lavrov-geneva"] = [
 ("We didn't expect any breakthroughs today, and we didn't get any. But I think we're now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("If Russia wants to begin to demonstrate that its intentions are peaceful, the best thing it can do is de-escalate — move those forces back from Ukraine's border,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Blinken said the U.S. had again told Lavrov that it would not budge on NATO's principle that every country gets to choose its own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (LV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (LQ, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 (LQ, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Russia's Foreign Ministry said Friday that its demand for NATO to return to its 1997 posture covered the withdrawal of foreign troops, weapons and other military equipment from Bulgaria and Romania.", "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 ("Romania's Foreign Ministry called the demand \"unacceptable\" and said the country's NATO membership and the allied presence on its soil were not up for discussion.", "romanian-foreign-ministry", 0, "Romania's Foreign Ministry", "rollback-to-1997", "rejects", 0, ""),
 ("Bulgarian Prime Minister Kiril Petkov said Sofia, as a sovereign state, would decide for itself how to organize its defense together with its allies.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, ""),
 ("Putin is not going to get a veto over who joins NATO, and he should not get one,", "mark-delaney", 1, "Rep. Mark Delaney", "nato-open-door", "supports", 1, D),
 ("The Kremlin's insistence on written, legally binding commitments reflects a deep distrust of verbal assurances from Washington, analysts say.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (WX, "leah-wexler", 1, "Leah Wexler", "written-legal-guarantees", "mentions", 1, ""),
 (WX, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 1, ""),
 ("That's also why they've made such a point of publishing their drafts. It lets them say: we put our cards on the table, you didn't,", "leah-wexler", 1, "Wexler", "", "", 1, ""),
 ("We have been living with this threat for eight years. Panic is the best friend of our enemies.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, D),
]

D = "2022-02-01"
P2 = "We did not see adequate consideration of our three key demands: to prevent the further expansion of NATO, to refuse from deploying strike weapon systems near the Russian borders, and to return the military potential and infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed,"
P4 = "Imagine that Ukraine is a NATO member, it is stuffed with weapons, on its territory are placed modern offensive systems, as in Poland and Romania. And who will stop it from starting an operation in Crimea, not to speak about Donbas? Then we must fight with the NATO bloc?"
P5 = "For that reason we say: Ukraine in NATO is unacceptable for us, and the guarantee on this must be reliable, fixed on paper, not words,"
MFA = "The Russian side underlined the unacceptability of the line of the US and NATO to bypass the key provisions of the Russian proposals, first of all about non-expansion of NATO and non-deployment of strike weapon systems near the Russian borders,"
SD = "The State Department in its own readout of the call said that Blinken urged Russia to pursue immediate de-escalation and the withdrawal of troops and equipment from Ukraine's borders, and reaffirmed the commitment of the US to the principle that every country is free to choose its alliances."
WA = "Washington earlier proposed to discuss with Moscow the mutual restrictions on the deployment of intermediate-range missiles and measures of transparency during exercises, but refused to give the guarantee of non-accession of Ukraine."
MO = "Moscow in particular insists on legal guarantees of the non-expansion of NATO to the East, including Ukraine, and on the refusal of the alliance from any military activity on the territory of Ukraine and other states of Eastern Europe, South Caucasus and Central Asia."
L["interfax-2022-02-01-putin-concerns-ignored"] = [
 ("It is already clear now - I informed the Prime Minister about this - that the fundamental Russian concerns turned out to be ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (P2, "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, D),
 (P2, "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 1, D),
 (P2, "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 1, D),
 ("According to him, instead of this the Western side refers to the right of states to freely choose the ways of ensuring their security.", "vladimir-putin", 1, "him", "nato-open-door", "mentions", 0, D),
 ("But nobody remembers that in the same documents of OSCE it is written that one cannot strengthen own security at the expense of the security of other states. This is the principle of indivisibility of security, and they simply pass by it,", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, D),
 (P4, "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (P4, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (P5, "vladimir-putin", 1, "the President", "no-ukraine-membership", "supports", 1, D),
 (P5, "vladimir-putin", 1, "the President", "written-legal-guarantees", "supports", 1, D),
 ("I hope that in the end we will find a solution, although it is not easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("Putin also noted that the West continues to demand from Russia to take away its troops from the border with Ukraine.", "vladimir-putin", 1, "Putin", "russia-de-escalation", "mentions", 0, D),
 ("They tell us - withdraw the troops. From where? From our own territory? This is not a serious conversation,", "vladimir-putin", 1, "the president", "russia-de-escalation", "rejects", 1, D),
 ("There are no some deadlines here, and to hurry also there is no need,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (MFA, "russian-foreign-ministry", 0, "the MFA", "nato-non-expansion", "supports", 1, D),
 (MFA, "russian-foreign-ministry", 0, "the MFA", "no-strike-weapons-near-borders", "supports", 1, D),
 ("As the ministry informed, Lavrov also drew attention of Blinken that the freedom to choose military alliances, on which the West insists, can not be separated from the obligation not to strengthen own security at the expense of others, which was taken at the OSCE summits in Istanbul in 1999 and Astana in 2010.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 (SD, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 (SD, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (WA, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (WA, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (WA, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 (MO, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (MO, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MO, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MO, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We need not a process for the process, we need a result, in the form of documents which are signed and ratified,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, ""),
 ("In Kiev, the Foreign Ministry of Ukraine said on Tuesday that Ukraine \"will decide itself\" on the issue of alliances and the Euro-Atlantic course of the state is fixed in the Constitution.", "ukrainian-foreign-ministry", 0, "the Foreign Ministry of Ukraine", "nato-open-door", "supports", 0, D),
]

D = "2022-01-27"
Z = "maria-zakharova"
Z2 = "I want to remind everyone once again that our proposals are a package. They are not a menu from which our partners can pick the items they find convenient and leave aside those that do not suit them, first and foremost the non-enlargement of NATO and the non-deployment of strike weapons near our borders."
Z9 = "As for Ukraine's membership in NATO, our position is well known and has not changed. Ukraine must not become a member of the alliance, and we expect this to be fixed not in words but in a document."
L["russian-mfa-2022-01-27-zakharova-briefing"] = [
 ("Yesterday, US Ambassador to Russia John Sullivan handed over to Deputy Foreign Minister Alexander Grushko Washington's written response to our draft treaty. NATO's response came through the channels of the Secretary General in parallel. Both documents are now being studied in the interagency format, and the conclusions will be reported to the President.", Z, 1, "Maria Zakharova", "", "", 1, D),
 (Z2, Z, 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, D),
 (Z2, Z, 1, "Maria Zakharova", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We need guarantees on paper, with signatures, legally binding. We have already been given verbal assurances once, in 1990, and everyone knows very well how that ended.", Z, 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, D),
 ("Western media continue to whip up hysteria about a supposedly \"imminent Russian invasion.\" Not a day goes by without new \"leaks\" from anonymous sources in Washington and London. This is an information campaign, and we see very clearly who is conducting it and why.", Z, 1, "Maria Zakharova", "", "", 1, D),
 ("We are told to \"de-escalate\" and to pull our troops back. I would like to ask: where exactly, in the opinion of our Western colleagues, should Russian troops be withdrawn from Russian territory? We move our units on our own land as we see fit, and nobody will dictate to us where they should stand.", Z, 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, D),
 ("At the same time, the United Kingdom, the United States and a number of other countries keep pumping Ukraine full of weapons, sending instructors and building up military infrastructure there. The military development of Ukraine's territory by NATO countries is a red line for us, and this is precisely why we insisted on it in our draft.", Z, 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, D),
 ("It is very revealing. It shows once again who in Kiev writes the script and who merely reads it aloud.", Z, 1, "Maria Zakharova", "", "", 1, D),
 (Z9, Z, 1, "Maria Zakharova", "no-ukraine-membership", "supports", 1, D),
 (Z9, Z, 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, D),
 ("The American side asked that the document be kept confidential, and we are treating that request with respect for now. I would note, however, that we published our own drafts openly in December, because we have nothing to hide from our citizens or from the international community.", Z, 1, "Maria Zakharova", "", "", 1, D),
 ("We have never refused to discuss intermediate-range missiles. It was Russia, I would remind you, that proposed a moratorium on deploying them in Europe back in 2019, and it was NATO that ignored it. We are ready to put this on paper too.", Z, 1, "Maria Zakharova", "no-intermediate-range-missiles", "supports", 1, D),
 ("But this cannot replace the main thing, which is a halt to the alliance's eastward expansion. If we are offered secondary issues instead of the main one, it is not a dialogue, it is an imitation of one.", Z, 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, D),
 ("This is exactly what our proposals were about. American warships and aircraft should not be operating in areas from which they can hit targets on Russian territory. When they come to our shores, we are entitled to ask what they are doing there.", Z, 1, "Maria Zakharova", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We have said many times that the accession of Finland and Sweden to NATO would have serious military and political consequences which would require an adequate response from our side. The alliance should stop moving towards our borders, and this applies to every direction, not only to Ukraine.", Z, 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, D),
 ("We are not talking about ultimatums. But we will not allow this process to be dragged out endlessly. The Minister said this yesterday in the State Duma and I can only repeat it.", Z, 1, "Maria Zakharova", "", "", 1, D),
]

D = "2022-01-19"
B = "josep-borrell-fontelles"
BN = "Josep Borrell Fontelles"
E2 = "Let me be very clear about the Russian proposals of 17 December. Russia demands that NATO stop enlarging, that Ukraine and Georgia never be allowed to join, and that the Alliance pull its forces out of the countries that joined after 1997. These are not proposals for dialogue. They are an attempt to go back to spheres of influence and to rewrite the European security order."
E6 = "At the same time, we are ready for dialogue. There are issues where we can talk – arms control, the deployment of intermediate-range missiles, transparency and limits on military exercises. These were on the table in Geneva, in Brussels and in Vienna, and they remain on the table."
K1 = "Madam President, High Representative, the Kremlin wants a signed, legally binding promise that NATO will close its doors forever. No European democracy can sign such a paper, and no European democracy should."
SJ = "Madam President, my country, Sweden, is not a member of NATO, nor is Finland. But Moscow's claim that the Alliance must stop where it is today, and that our two countries may never decide otherwise, is an insult to our sovereignty. Whether we join is for Swedes and Finns to decide, not for Mr Lavrov."
V2 = "Ukraine should be a neutral country, a bridge and not a bastion. The Alliance should stop where it stands today, and we should say so in writing, instead of sending more weapons."
KY = "Madam President, we condemn the concentration of Russian troops, and we demand that Russia withdraw them. But we also say that the logic of blocs has brought us here. Both sides should scale back the military exercises along the borders, which only add fuel to the fire."
C1 = "Madam President, thank you for this debate. Some of you have said that we should accept the neutrality of Ukraine. It is not for us, and certainly not for Moscow, to decide that. It is for the Ukrainian people."
L["european-parliament-2022-01-19-debate-russia-european-security"] = [
 ("Madam President, honourable Members, I have just come back from eastern Ukraine, from the contact line. We are facing the most dangerous moment for security on our continent since the end of the Cold War, and I do not say this lightly.", B, 1, BN, "", "", 1, D),
 (E2, B, 1, BN, "nato-non-expansion", "rejects", 1, D),
 (E2, B, 1, BN, "no-ukraine-membership", "rejects", 1, D),
 (E2, B, 1, BN, "rollback-to-1997", "rejects", 1, D),
 (E2, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, "2021-12-17"),
 (E2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 (E2, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, "2021-12-17"),
 ("Every country has the sovereign right to choose its own alliances and its own security arrangements. This principle was signed by Russia itself in Helsinki and in Paris. It is not negotiable, and it will not be negotiated over the heads of Ukrainians.", B, 1, BN, "nato-open-door", "supports", 1, D),
 ("The European Union will not be a spectator while others discuss our security. Any discussion about European security has to involve the European Union, and I have told this to Minister Lavrov and to Secretary Blinken.", B, 1, BN, "", "", 1, D),
 ("We call on Russia to de-escalate, to pull back its forces from the Ukrainian border and to engage in meaningful dialogue. Any further military aggression against Ukraine will have massive consequences and a severe cost.", B, 1, BN, "russia-de-escalation", "supports", 1, D),
 (E6, B, 1, BN, "no-intermediate-range-missiles", "mentions", 1, D),
 (E6, B, 1, BN, "limit-military-exercises", "mentions", 1, D),
 (K1, "gunther-kalbfleisch", 1, "Gunther Kalbfleisch", "written-legal-guarantees", "rejects", 1, D),
 (K1, "gunther-kalbfleisch", 1, "Gunther Kalbfleisch", "nato-non-expansion", "rejects", 1, D),
 (K1, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 1, ""),
 (K1, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 1, ""),
 ("What Mr Putin calls security guarantees is a licence to blackmail his neighbours. We must answer with unity, with sanctions prepared in advance, and with support for Ukraine.", "gunther-kalbfleisch", 1, "Gunther Kalbfleisch", "", "", 1, D),
 ("Madam President, diplomacy is not weakness. We support every effort to bring Russia back from the brink, and the first step is clear: the troops massed on the Ukrainian border must go back to their barracks.", "isabel-marin-ortega", 1, "Isabel Marín Ortega", "russia-de-escalation", "supports", 1, D),
 ("But we also need to rebuild what was destroyed. Since the end of the INF Treaty there is nothing that prevents intermediate-range missiles from returning to European soil. A new agreement keeping these missiles out of Europe would be in the interest of all Europeans, in the East and in the West.", "isabel-marin-ortega", 1, "Isabel Marín Ortega", "no-intermediate-range-missiles", "supports", 1, D),
 (SJ, "henrik-sjostrand", 1, "Henrik Sjöstrand", "nato-open-door", "supports", 1, D),
 (SJ, "henrik-sjostrand", 1, "Henrik Sjöstrand", "nato-non-expansion", "rejects", 1, D),
 (SJ, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 ("Madam President, let us be honest with ourselves. The West promised Gorbachev that NATO would not move eastwards, and the West broke that promise. Russia's concerns are not invented.", "maximilian-vogt-anders", 1, "Maximilian Vogt-Anders", "", "", 1, D),
 (V2, "maximilian-vogt-anders", 1, "Maximilian Vogt-Anders", "no-ukraine-membership", "supports", 1, D),
 (V2, "maximilian-vogt-anders", 1, "Maximilian Vogt-Anders", "nato-non-expansion", "supports", 1, D),
 (V2, "maximilian-vogt-anders", 1, "Maximilian Vogt-Anders", "written-legal-guarantees", "supports", 1, D),
 (V2, "maximilian-vogt-anders", 1, "Maximilian Vogt-Anders", "no-military-activity-ex-soviet", "supports", 1, D),
 ("I am not saying that Estonia should leave NATO. I am saying that we must listen to Russia as well, because peace in Europe is not possible against Russia.", "maximilian-vogt-anders", 1, "Maximilian Vogt-Anders", "", "", 1, D),
 (KY, "lefteris-kyriakidis", 1, "Lefteris Kyriakidis", "russia-de-escalation", "supports", 1, D),
 (KY, "lefteris-kyriakidis", 1, "Lefteris Kyriakidis", "limit-military-exercises", "supports", 1, D),
 (C1, B, 1, BN, "no-ukraine-membership", "rejects", 1, D),
 (C1, B, 1, BN, "nato-open-door", "supports", 1, D),
 ("Let me finish where I started. We want dialogue, but not at any price, and never without Ukraine at the table.", B, 1, BN, "", "", 1, D),
]

write_gold(L, "articles-237", "gold-237")
