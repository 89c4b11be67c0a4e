#!/usr/bin/env python3
"""Writes the held-out gold of batch 230 (gold-230/*.nq) from the labels below.

Batch 230 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ekathimerini-2022-01-27-athens-backs-nato-open-door: Kathimerini English
  Edition news report with front matter, curly quotes; Greek angle (Dendias,
  government spokesman), Blinken and Lavrov reactions to the 26 January
  answers, an ELIAMEP analyst whose quote attributes demands to Moscow in
  passing, Bucharest 2008 background, short quote fragments.
- hina-2022-01-26-milanovic-ukraine-nato: Croatian HINA English wire (UTF-8
  BOM, CRLF, no front matter, "ZAGREB, Jan 26 (Hina) -" dateline, undiacritised
  names); the president says Ukraine does not belong in NATO, the government
  says the opposite; a short fragment quote inside a reported sentence, a
  wire summary of the Russian drafts, an analyst.
- rte-2022-01-24-coveney-russian-naval-drills: RTÉ News report with front
  matter and "Updated /" stamp; Russian naval drills off Cork, Coveney,
  Borrell, Taoiseach, a fishermen's leader, a UCC lecturer who reports and
  discusses Moscow's warships-and-bombers demand, Stoltenberg; "Read more" link.
- tweedekamer-2022-02-02-debate-russia-ukraine: unofficial English translation
  of an extract of the Dutch Tweede Kamer verbatim record (no front matter),
  speaker labels "Mr Van Rijswijk (VVD):", "Minister Hoekstra:"; every
  paragraph of a speech is one quotation; interruptions that are questions and
  the chair get no label; Baker-Gorbachev history inside an MP's speech.
- interpressnews-2022-01-27-zalkaliani-bucharest-decision: Georgian
  Interpressnews report with front matter, machine-translation English and the
  quote-then-dash attribution ("...," - Zalkaliani noted); Bucharest 2008
  rescission demand rejected, Ryabkov's Geneva words, opposition and ruling
  party, an expert, Stoltenberg "has repeatedly stated" (no day).
- sipri-2022-01-19-three-rounds-what-is-negotiable: SIPRI-style topical
  backgrounder with front matter and crossheads; single quotation marks;
  the author's own analytic prose and paraphrases of the draft texts and of
  the Founding Act are not attributed speech and get no label; quoted
  officials (Ryabkov, Sherman, Grushko, Carpenter, Lukashevich) and an
  outside expert.
- alarabiya-2022-02-01-putin-west-ignored-concerns: Al Arabiya English report
  (no front matter, "Published: 01 February ,2022: 08:52 PM GST"), curly
  quotes, a quotation split in two by "Putin said", readouts relayed by a
  spokesman ("Price said Blinken had urged"), a Gulf analyst listing demands,
  "Read more" links and a "With Reuters and AFP" credit.

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

Writer's notes on judgement calls: a journalist's own sentence of the form
"Moscow wants / Russia has demanded / Russia ... published drafts in which it
demands" is labelled as Russia's (reported, undated unless a day is given);
a bare paraphrase of what the draft texts contain, with no speaker in the
sentence (the SIPRI backgrounder), is not. Western offers to talk about
missiles or exercises are "mentions"; a call to restore military channels is
"supports" resume-military-dialogue. nato-non-expansion "rejects" is given
only where the speaker refers to Russia's demand to close the door, beside
nato-open-door "supports".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-27"
L["ekathimerini-2022-01-27-athens-backs-nato-open-door"] = [
 ("Greece will not accept any arrangement that allows a third country to decide who may or may not join the North Atlantic Treaty Organization, Foreign Minister Nikos Dendias said on Thursday, a day after Washington and the alliance handed Moscow their written responses to its demands for sweeping security guarantees.",
  "nikos-dendias", 1, "Nikos Dendias", "nato-open-door", "supports", 0, D),
 ("Every sovereign state has the right to choose its own path and its own alliances. This is not a Greek position or an American position, it is the position of international law,",
  "nikos-dendias", 1, "Dendias", "nato-open-door", "supports", 1, D),
 ("We want de-escalation, we want the troops to go back to their barracks, and we want dialogue. Nobody in our region needs another war,",
  "nikos-dendias", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Moscow wants a legally binding promise that the alliance will never admit Ukraine, and it wants allied forces pulled back from the Central and Eastern European countries that joined after 1997.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow wants a legally binding promise that the alliance will never admit Ukraine, and it wants allied forces pulled back from the Central and Eastern European countries that joined after 1997.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow wants a legally binding promise that the alliance will never admit Ukraine, and it wants allied forces pulled back from the Central and Eastern European countries that joined after 1997.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no change, there will be no change,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, ""),
 ("Judging by what our colleagues have said publicly, one cannot say that our main concerns have been taken into account,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("He said on Thursday that the American document contained no positive answer on what he called the main issue, the further eastward expansion of NATO.",
  "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("There is a reaction which gives hope for the start of a serious conversation, but on secondary matters,",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Moscow is asking for a written pledge that Ukraine and Georgia stay outside the alliance forever, and for the allies to take their troops out of the Baltic states and Poland,",
  "katerina-mavrogeni", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow is asking for a written pledge that Ukraine and Georgia stay outside the alliance forever, and for the allies to take their troops out of the Baltic states and Poland,",
  "katerina-mavrogeni", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow is asking for a written pledge that Ukraine and Georgia stay outside the alliance forever, and for the allies to take their troops out of the Baltic states and Poland,",
  "katerina-mavrogeni", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow is asking for a written pledge that Ukraine and Georgia stay outside the alliance forever, and for the allies to take their troops out of the Baltic states and Poland,",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow is asking for a written pledge that Ukraine and Georgia stay outside the alliance forever, and for the allies to take their troops out of the Baltic states and Poland,",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow is asking for a written pledge that Ukraine and Georgia stay outside the alliance forever, and for the allies to take their troops out of the Baltic states and Poland,",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("In my view the open door cannot be traded away, because once you concede that, you concede everything. But there is real room on missiles and on exercises, and Greece could be useful there,",
  "katerina-mavrogeni", 1, "she", "nato-open-door", "supports", 1, ""),
 ("In my view the open door cannot be traded away, because once you concede that, you concede everything. But there is real room on missiles and on exercises, and Greece could be useful there,",
  "katerina-mavrogeni", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("In my view the open door cannot be traded away, because once you concede that, you concede everything. But there is real room on missiles and on exercises, and Greece could be useful there,",
  "katerina-mavrogeni", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("There is no reason for panic, but we have plans for every scenario and we are ready to implement them,",
  "giannis-oikonomou", 1, "Oikonomou", "", "", 1, ""),
]

D = "2022-01-26"
L["hina-2022-01-26-milanovic-ukraine-nato"] = [
 ("Croatian President Zoran Milanovic on Wednesday stood by his statement that Ukraine does not belong in NATO, while Prime Minister Andrej Plenkovic said the president's views did not reflect the position of the Croatian state and that they sounded \"as if they had been written in Moscow\".",
  "zoran-milanovic", 1, "Zoran Milanovic", "no-ukraine-membership", "supports", 0, D),
 ("as if they had been written in Moscow",
  "andrej-plenkovic", 1, "Andrej Plenkovic", "", "", 1, D),
 ("Speaking to reporters in Zagreb, Milanovic said that Ukraine's membership in the Alliance was not on the table and that nobody in the West seriously intended to bring it in, so the issue should be taken off the agenda in talks with Russia.",
  "zoran-milanovic", 1, "Milanovic", "no-ukraine-membership", "supports", 0, D),
 ("Ukraine is not a candidate for NATO and will not be one. Everybody knows that, in Brussels and in Washington, and it is time someone says it out loud,",
  "zoran-milanovic", 1, "Milanovic", "no-ukraine-membership", "supports", 1, D),
 ("He said that a solution should be found \"which takes into account the security interests of Russia\", adding that Russia had for years been warning that it would not tolerate the Alliance's expansion up to its borders.",
  "zoran-milanovic", 1, "He", "nato-non-expansion", "mentions", 0, D),
 ("He said that a solution should be found \"which takes into account the security interests of Russia\", adding that Russia had for years been warning that it would not tolerate the Alliance's expansion up to its borders.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("which takes into account the security interests of Russia",
  "zoran-milanovic", 1, "He", "", "", 1, D),
 ("I am the commander-in-chief and I will not send Croatian soldiers into a conflict that has nothing to do with Croatia.",
  "zoran-milanovic", 1, "he", "", "", 1, D),
 ("Croatia supports the sovereignty and territorial integrity of Ukraine. Croatia supports NATO's open door policy, because we ourselves walked through that door in 2009,",
  "andrej-plenkovic", 1, "the prime minister", "nato-open-door", "supports", 1, D),
 ("He said that every country had the right to decide freely which alliances it would join, and that neither Russia nor anyone else could have a say in that.",
  "andrej-plenkovic", 1, "He", "nato-open-door", "supports", 0, D),
 ("Foreign and European Affairs Minister Gordan Grlic Radman said on Wednesday that Croatia expected Russia to withdraw its forces from the Ukrainian border and to return to dialogue within the NATO-Russia Council and the OSCE.",
  "gordan-grlic-radman", 1, "Gordan Grlic Radman", "russia-de-escalation", "supports", 0, D),
 ("Tens of thousands of troops on the border of a sovereign country are not a contribution to security. We call on Moscow to pull them back and to sit at the negotiating table,",
  "gordan-grlic-radman", 1, "Grlic Radman", "russia-de-escalation", "supports", 1, D),
 ("He said that Croatia was in favour of talks with Russia on arms control and on confidence-building measures, but that the principles of European security, including the freedom of states to choose their alliances, were not negotiable.",
  "gordan-grlic-radman", 1, "He", "nato-open-door", "supports", 0, D),
 ("Russia last month published draft agreements with the United States and NATO in which it demands, among other things, that the Alliance renounce any further enlargement and give up military activities in Ukraine and other countries of Eastern Europe, the South Caucasus and Central Asia.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia last month published draft agreements with the United States and NATO in which it demands, among other things, that the Alliance renounce any further enlargement and give up military activities in Ukraine and other countries of Eastern Europe, the South Caucasus and Central Asia.",
  "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Milanovic is saying what a part of the public wants to hear, but he is also saying something that some West European politicians think and do not say, namely that Ukraine will not be admitted any time soon,",
  "tihomir-vukelic", 1, "Vukelic", "no-ukraine-membership", "mentions", 1, ""),
 ("He said that Croatia, as a NATO member, could not formally endorse Russia's demand that the Alliance close its door, because that would go against the Alliance's founding treaty.",
  "tihomir-vukelic", 1, "He", "nato-non-expansion", "mentions", 0, ""),
 ("He said that Croatia, as a NATO member, could not formally endorse Russia's demand that the Alliance close its door, because that would go against the Alliance's founding treaty.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The president can have his opinion, but foreign policy is conducted by the government and it is the government that speaks for Croatia in NATO,",
  "tihomir-vukelic", 1, "he", "", "", 1, ""),
]

D = "2022-01-24"
L["rte-2022-01-24-coveney-russian-naval-drills"] = [
 ("This is not a time to increase military activity and tension in the context of what's happening with Ukraine at the moment,",
  "simon-coveney", 1, "Mr Coveney", "russia-de-escalation", "supports", 1, D),
 ("We want to see Russia step back from the border. There are well over 100,000 troops there now, and that is not the behaviour of a country that is looking for a diplomatic solution,",
  "simon-coveney", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Washington has promised to give Moscow written answers this week to the security proposals Russia put forward in December, which include a demand that NATO rule out membership for Ukraine and withdraw the forces it has stationed in member states that joined after the Cold War.",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Washington has promised to give Moscow written answers this week to the security proposals Russia put forward in December, which include a demand that NATO rule out membership for Ukraine and withdraw the forces it has stationed in member states that joined after the Cold War.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We are not going to let security in Europe be discussed without Europeans. We are not in a Yalta situation, we are in 2022,",
  "josep-borrell", 1, "he", "", "", 1, D),
 ("Mr Borrell said the EU stood ready to discuss Russia's concerns, but not at the expense of the principle that sovereign countries choose their own alliances.",
  "josep-borrell", 1, "Mr Borrell", "nato-open-door", "supports", 0, D),
 ("We have no quarrel with anybody. We just want to be able to fish in our own waters,",
  "brendan-o-sullivan", 1, "Mr O'Sullivan", "", "", 1, ""),
 ("Russia, she said, had asked the United States in its draft treaty to keep its warships and bombers out of areas from which they could strike Russian territory, while sending its own fleet to the edge of the Atlantic.",
  "ciara-mcgrath", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Russia, she said, had asked the United States in its draft treaty to keep its warships and bombers out of areas from which they could strike Russian territory, while sending its own fleet to the edge of the Atlantic.",
  "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Moscow wants a rule that applies to others but not to itself. Having said that, incidents at sea are a genuine risk, and there is a good case for both sides to talk about how their navies and air forces operate near each other,",
  "ciara-mcgrath", 1, "Dr McGrath", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("We are not in NATO, we are not going to be in NATO, but neutrality does not mean we have no view,",
  "ciara-mcgrath", 1, "she", "", "", 1, ""),
 ("Speaking in Dublin, he said Ireland would continue to support a diplomatic resolution and would back Ukraine's right to decide for itself which alliances it joins.",
  "micheal-martin", 1, "he", "nato-open-door", "supports", 0, D),
 ("We will always respond to any deterioration of our security environment, including through strengthening our collective defence,",
  "jens-stoltenberg", 1, "he", "", "", 1, D),
]

D = "2022-02-02"
VR = "Chair, thank you. More than 100,000 Russian soldiers, tanks and artillery are gathered along the Ukrainian border, and now also in Belarus. My group wants to be very clear: it is Russia that must withdraw these troops, and it is Russia that can end this crisis tomorrow."
VR2 = "In December Moscow put two draft treaties on the table. In them it demands that NATO promise never to take in new members, and that the allied troops which have been stationed in Poland and the Baltic states since 2017 go home. Chair, the Netherlands has soldiers in Lithuania. The VVD will never accept that our allies in the east become members of a second class."
VR3 = "There are no NATO missiles in Ukraine, and nobody is proposing to put them there. If Russia is worried about missiles, there is a forum for that: arms control talks. We are in favour of those talks. But that is something quite different from deciding for the Ukrainians which club they may join."
HO1 = "Chair. The written answers which the United States and NATO sent to Moscow last week show that the West is not slamming the door on diplomacy. There are concrete proposals in them on missiles, on transparency around exercises, on reopening the lines of communication between the militaries. My group supports that approach fully."
HO2 = "At the same time we say: the sovereignty of Ukraine is not for sale. The people of Ukraine decide their own future, and that includes the question whether they ever want to join NATO. No country, also not Russia, has a veto on that."
HO3 = "Yes. Europe must not be a spectator when our own security is negotiated over our heads."
VD1 = "Chair. The SP has always been critical of NATO, and we remain so. But nothing justifies massing an army on the border of a neighbouring country. Our message to Moscow is: pull back."
VD2 = "We also say to the government: make sure the door to talks remains open. Dialogue between the militaries, the old hotlines, the meetings between generals, that is what prevented accidents during the Cold War. Let the minister plead for that in NATO."
KR1 = "Chair. In 1990 the Americans promised Gorbachev that NATO would not move one inch to the east. That promise was broken five times. It is not strange that Russia now wants it on paper, with a signature under it."
KR2 = "My group says: give the Russians their guarantee. Ukraine is not going to become a member anyway; everybody knows that. Say so, sign it, and this whole crisis is over. Why should Dutch soldiers risk their lives for a membership that will never come?"
WH1 = "Chair, thank you. Let me begin where most speakers began. The build-up of Russian forces on the border of Ukraine is unprecedented and deeply worrying. The cabinet calls on Russia, together with all our allies, to de-escalate and to choose the path of dialogue."
WH2 = "Mr Kramer says: give the Russians their guarantee. I want to be clear about what that guarantee means. It means that a third country decides about the alliances of a sovereign state. That is not going to happen. The principle that every country chooses its own security arrangements is laid down in the Helsinki Final Act and in the Charter of Paris, and Russia has signed both."
WH3 = "The same goes for the demand to withdraw allied troops from the countries that joined after 1997. There are Dutch soldiers in Rukla, in Lithuania. They are there at the request of Lithuania, and they stay there."
WH4 = "Mrs Hoogendijk is right that the answers of last week contain a serious offer. We are ready to talk about ceilings on missiles in Europe and about mutual restrictions on the size of exercises near each other's borders. And we want the military channels that were cut to be restored as soon as possible; the cabinet will press for that in NATO."
WH5 = "I am willing to talk about everything that makes Europe safer. I am not willing to trade away the freedom of other countries. That is the difference."
L["tweedekamer-2022-02-02-debate-russia-ukraine"] = [
 (VR, "joost-van-rijswijk", 1, "Mr Van Rijswijk", "russia-de-escalation", "supports", 1, D),
 (VR2, "joost-van-rijswijk", 1, "Mr Van Rijswijk", "nato-non-expansion", "mentions", 1, D),
 (VR2, "joost-van-rijswijk", 1, "Mr Van Rijswijk", "rollback-to-1997", "rejects", 1, D),
 (VR2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (VR2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (VR3, "joost-van-rijswijk", 1, "Mr Van Rijswijk", "no-strike-weapons-near-borders", "mentions", 1, D),
 (VR3, "joost-van-rijswijk", 1, "Mr Van Rijswijk", "no-intermediate-range-missiles", "mentions", 1, D),
 (VR3, "joost-van-rijswijk", 1, "Mr Van Rijswijk", "nato-open-door", "supports", 1, D),
 (HO1, "marieke-hoogendijk", 1, "Mrs Hoogendijk", "no-intermediate-range-missiles", "mentions", 1, D),
 (HO1, "marieke-hoogendijk", 1, "Mrs Hoogendijk", "limit-military-exercises", "mentions", 1, D),
 (HO1, "marieke-hoogendijk", 1, "Mrs Hoogendijk", "resume-military-dialogue", "supports", 1, D),
 (HO2, "marieke-hoogendijk", 1, "Mrs Hoogendijk", "nato-open-door", "supports", 1, D),
 (HO3, "marieke-hoogendijk", 1, "Mrs Hoogendijk", "", "", 1, D),
 (VD1, "harm-van-dalen", 1, "Mr Van Dalen", "russia-de-escalation", "supports", 1, D),
 (VD2, "harm-van-dalen", 1, "Mr Van Dalen", "resume-military-dialogue", "supports", 1, D),
 (KR1, "bastiaan-kramer", 1, "Mr Kramer", "nato-non-expansion", "supports", 1, D),
 (KR1, "bastiaan-kramer", 1, "Mr Kramer", "written-legal-guarantees", "supports", 1, D),
 (KR1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (KR1, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (KR2, "bastiaan-kramer", 1, "Mr Kramer", "nato-non-expansion", "supports", 1, D),
 (KR2, "bastiaan-kramer", 1, "Mr Kramer", "no-ukraine-membership", "supports", 1, D),
 (KR2, "bastiaan-kramer", 1, "Mr Kramer", "written-legal-guarantees", "supports", 1, D),
 (WH1, "wopke-hoekstra", 1, "Minister Hoekstra", "russia-de-escalation", "supports", 1, D),
 (WH2, "wopke-hoekstra", 1, "Minister Hoekstra", "nato-open-door", "supports", 1, D),
 (WH2, "wopke-hoekstra", 1, "Minister Hoekstra", "nato-non-expansion", "rejects", 1, D),
 (WH3, "wopke-hoekstra", 1, "Minister Hoekstra", "rollback-to-1997", "rejects", 1, D),
 (WH4, "wopke-hoekstra", 1, "Minister Hoekstra", "no-intermediate-range-missiles", "mentions", 1, D),
 (WH4, "wopke-hoekstra", 1, "Minister Hoekstra", "limit-military-exercises", "mentions", 1, D),
 (WH4, "wopke-hoekstra", 1, "Minister Hoekstra", "resume-military-dialogue", "supports", 1, D),
 (WH5, "wopke-hoekstra", 1, "Minister Hoekstra", "nato-open-door", "supports", 1, D),
]

D = "2022-01-27"
Z1 = "The decision of the Bucharest summit remains in force and nobody can cancel it. Georgia will become member of NATO, this is the choice of our people, which is written in our Constitution,"
RYQ = "We need iron-clad, legally binding guarantees that Ukraine and Georgia will never, never, never become members of NATO,"
RYR = "Russian Deputy Foreign Minister Sergey Ryabkov said on January 10 after the talks in Geneva that Moscow requires from Washington the guarantees that Georgia and Ukraine will never become NATO members."
MFA = "As a reminder, on December 17 the Ministry of Foreign Affairs of Russia published draft agreements with the USA and NATO, according to which the Alliance must refuse further enlargement, including with the accession of Ukraine and Georgia, and must not conduct military activity on territory of Ukraine, states of Eastern Europe, South Caucasus and Central Asia."
TS = "The Government speaks about open door, but it does nothing so that Georgia really passes through this door. While Russia demands to close the door, our Government is silent,"
AB = "The West said clearly no to the Russian demand to revise Bucharest, this is important. But Russia can try to reach its goal with other methods, with pressure on Georgia and with the occupied territories,"
ST = "NATO Secretary General Jens Stoltenberg has repeatedly stated that the decision of the Bucharest summit remains valid and that only Georgia and 30 allies decide when Georgia is ready for membership."
L["interpressnews-2022-01-27-zalkaliani-bucharest-decision"] = [
 (Z1, "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, D),
 (Z1, "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 1, D),
 (Z1, "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 1, D),
 ("According to him, Georgia was informed by the American partners about the written answers which the USA and NATO handed over to Russia yesterday, and the principle of \"open door\" is fully reflected in them.",
  "david-zalkaliani", 1, "him", "nato-open-door", "supports", 0, D),
 ("We received assurances from our partners that no decision will be made about Georgia without Georgia. No third country can have the right of veto on the foreign policy choice of sovereign state,",
  "david-zalkaliani", 1, "Zalkaliani", "nato-open-door", "supports", 1, D),
 ("The Minister was asked about the demand of Russian side that NATO should refuse the promise given to Ukraine and Georgia in Bucharest in 2008.",
  "russia", 0, "Russian side", "rescind-bucharest-2008", "supports", 0, ""),
 ("This demand is unacceptable for us and for our partners. Russia wants to return Europe to the times of spheres of influence, but this will not happen,",
  "david-zalkaliani", 1, "the Minister", "rescind-bucharest-2008", "rejects", 1, D),
 (MFA, "russian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (MFA, "russian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (MFA, "russian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Defence Minister of Georgia Juansher Burchuladze stated today that the defence cooperation with the US and NATO will continue in full volume, including the joint exercises and the trainings at the Krtsanisi training area.",
  "juansher-burchuladze", 1, "Juansher Burchuladze", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Nobody will dictate to us with whom we cooperate and where we hold the exercises. The Noble Partner exercises will take place also this year,",
  "juansher-burchuladze", 1, "Burchuladze", "no-military-activity-ex-soviet", "rejects", 1, D),
 (RYR, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (RYR, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (RYQ, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (RYQ, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (TS, "giorgi-tskhadaia", 1, "Tskhadaia", "nato-open-door", "supports", 1, ""),
 (TS, "giorgi-tskhadaia", 1, "Tskhadaia", "nato-non-expansion", "rejects", 1, ""),
 (TS, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Georgia's course to NATO and EU is irreversible and no negotiation between Russia and the West can change that,",
  "irakli-kobakhidze", 1, "Kobakhidze", "no-ukraine-membership", "rejects", 1, ""),
 (AB, "levan-abashidze", 1, "Abashidze", "rescind-bucharest-2008", "mentions", 1, ""),
 (AB, "russia", 0, "Russian", "rescind-bucharest-2008", "supports", 0, ""),
 ("If the diplomacy fails in Ukraine, Georgia will feel it first,",
  "levan-abashidze", 1, "the expert", "", "", 1, ""),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 0, ""),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]

SH = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,"
SG = "He added, however, that the allies were ready to discuss arms control, including on missiles, and greater transparency of military exercises, and he proposed a series of meetings of the NATO–Russia Council to take these issues forward."
AL = "If Moscow is ready to accept verification at its own sites, including the Iskander bases in Kaliningrad, then a deal on intermediate-range systems is within reach,"
L["sipri-2022-01-19-three-rounds-what-is-negotiable"] = [
 ("Moscow has insisted that the outcome must take the form of legally binding instruments, not political declarations.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,",
  "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,",
  "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("In Brussels on 12 January, NATO Secretary General Jens Stoltenberg said the allies would not compromise on core principles, including the right of each nation to choose its own path.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (SG, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (SG, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("If the allies are not prepared to stop the movement of their infrastructure towards our borders, we will have to restore the balance by other means,",
  "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,",
  "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("'The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,' he said, and called on Russia to pull back its forces from Ukraine's borders.",
  "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("an agenda that ignores the security interests of Russia",
  "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("A former German delegate to the Treaty on Conventional Armed Forces in Europe negotiations, Thomas Albrecht, told SIPRI that the missile provisions were 'the most serious part of the Russian package'.",
  "thomas-albrecht", 1, "Thomas Albrecht", "no-intermediate-range-missiles", "mentions", 0, ""),
 (AL, "thomas-albrecht", 1, "Albrecht", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("He cautioned that restrictions on exercises would have to apply on both sides of the line, including to Russian manoeuvres in the Western Military District and Belarus.",
  "thomas-albrecht", 1, "He", "limit-military-exercises", "mentions", 0, ""),
]

D = "2022-02-01"
PU2 = "We did not see an adequate consideration of our three key demands: the non-expansion of NATO, the refusal to deploy strike weapons near our borders, and the return of the bloc’s military infrastructure in Europe to where it stood in 1997."
RU = "Russia has repeatedly denied planning an attack but has demanded guarantees that Ukraine will never be admitted to NATO and that the alliance will pull back its forces and weapons from the eastern European members it took in after the Cold War."
LV = "The ministry said Lavrov had stressed that Moscow expected a “concrete answer” on the question of NATO enlargement."
HM = "He repeated the three headline demands, but he did not slam the door. The Russians know that nobody in Washington will sign a paper saying NATO stops at the Russian border, so the question is what they will accept instead: limits on missiles, on exercises, maybe a moratorium on Ukraine’s membership,"
L["alarabiya-2022-02-01-putin-west-ignored-concerns"] = [
 ("It is already clear that the fundamental Russian concerns were ignored,",
  "vladimir-putin", 1, "Putin", "", "", 1, D),
 (PU2, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (PU2, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (PU2, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("He said that Western countries were using Ukraine as “a tool” to contain Russia and warned of the danger of Ukraine joining the alliance.",
  "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What then, are we supposed to fight with NATO? Has anyone thought about that? It seems not,",
  "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("in the end we will find a solution, although it will not be easy.",
  "vladimir-putin", 1, "Putin", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (LV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, D),
 ("State Department spokesman Ned Price said Blinken had urged “immediate de-escalation” and the withdrawal of Russian troops and equipment from Ukraine’s borders during the call.",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("The secretary made clear that the United States remains open to a diplomatic path, but that Russia must choose it,",
  "ned-price", 1, "Price", "", "", 1, D),
 ("Price said Blinken had also reiterated Washington’s commitment to the principle that countries are free to choose their own security arrangements and alliances.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (RU, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (RU, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There is no deadline here. The president will make his decision when he considers it necessary,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (HM, "hamad-al-mansouri", 1, "al-Mansouri", "nato-non-expansion", "mentions", 1, ""),
 (HM, "hamad-al-mansouri", 1, "al-Mansouri", "written-legal-guarantees", "mentions", 1, ""),
 (HM, "hamad-al-mansouri", 1, "al-Mansouri", "no-intermediate-range-missiles", "mentions", 1, ""),
 (HM, "hamad-al-mansouri", 1, "al-Mansouri", "limit-military-exercises", "mentions", 1, ""),
 (HM, "hamad-al-mansouri", 1, "al-Mansouri", "no-ukraine-membership", "mentions", 1, ""),
]

write_gold(L, "articles-230", "gold-230")
