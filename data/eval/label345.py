#!/usr/bin/env python3
"""Writes the held-out gold of batch 345 (gold-345/*.nq) from the labels below.

Batch 345 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nytimes-2022-01-10-geneva-talks-ryabkov-sherman: NYT news story from Geneva,
  front matter, curly quotes, quotations split by "he said", a three-word
  "basis for a conversation" fragment, Baker/Gorbachev and Bucharest background,
  an analyst (Charap) who only mentions, the drafts described in passing.
- izvestia-2022-01-17-grushko-interview: Izvestia interview in machine
  translation, no front matter, dash Q/A, « » headline, questions that name
  Stoltenberg's positions (unlabelled), "Read also" lines; each answer
  paragraph is a direct quotation dated by publication.
- eeas-2022-01-14-borrell-press-conference-brest: EEAS transcript of Borrell's
  Gymnich press remarks, front matter, square-bracket insertions, journalist
  questions carrying Ryabkov's demand (unlabelled), Russia's demands named in
  passing inside Borrell's sentences.
- lrt-2022-01-27-landsbergis-written-answers: LRT English story with UTF-8 BOM
  and CRLF, no front matter (date 2022.01.27 in text), "Read more" line,
  Lithuanian officials rejecting a rollback, Kremlin/Lavrov reactions, an
  analyst quote with a Moscow demand in passing, single quotes nested in double.
- bbc-2022-02-01-what-does-russia-want-from-nato: BBC explainer, front matter,
  question crossheads, captions, a bullet list summarising the draft documents
  (not labelled), Putin's three demands in indirect speech, 1990 and 2008
  history, organisations offering talks.
- ecfr-2022-01-27-experts-react-written-answers: ECFR "experts react" page,
  front matter, expert paragraphs in their own voice (direct, undated by the
  text beyond publication), analysts with own stances vs mere mentions,
  Kremlin demands attributed in passing.
- house-armed-services-2022-02-02-russia-ukraine-posture-hearing: HASC hearing
  transcript, no front matter (date in the GPO header), speaker labels in
  capitals, members' questions unlabelled, procedural chairing unlabelled,
  witnesses rejecting/accepting demands, Russia's demands described in passing.

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
NYT_LEAD = "Senior American and Russian diplomats emerged on Monday from nearly eight hours of talks at the U.S. mission here with their positions seemingly unchanged, as Moscow pressed its demand that the West pull back from Eastern Europe and Washington warned of severe consequences if Russian troops crossed into Ukraine."
NYT_RY = "Sergei A. Ryabkov, Russia's deputy foreign minister, told reporters after the meeting that his delegation had made clear that the question of NATO's eastward march was the heart of the matter for Moscow."
NYT_SH = "But Ms. Sherman signaled that Washington was open to discussing the placement of missiles in Europe and limits on the size and scope of military exercises, as long as Russia reciprocated."
NYT_DR = "In December, Russia published two draft treaties — one with the United States and one with NATO — that would bar Ukraine from ever joining the alliance and would require NATO to withdraw troops and weapons from countries that joined after 1997, effectively rolling the alliance back to its borders of a quarter-century ago."
NYT_OPEN = "We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance."
L["nytimes-2022-01-10-geneva-talks-ryabkov-sherman"] = [
 (NYT_LEAD, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, D),
 (NYT_RY, "sergei-ryabkov", 1, "Sergei A. Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("difficult, long, very professional, deep, concrete,", "sergei-ryabkov", 1, "The Russian diplomat", "", "", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply nonstarters for the United States,", "wendy-sherman", 1, "Ms. Sherman", "", "", 1, D),
 (NYT_OPEN, "wendy-sherman", 1, "Ms. Sherman", "nato-open-door", "supports", 1, D),
 (NYT_OPEN, "wendy-sherman", 1, "Ms. Sherman", "nato-non-expansion", "rejects", 1, D),
 (NYT_SH, "wendy-sherman", 1, "Ms. Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (NYT_SH, "wendy-sherman", 1, "Ms. Sherman", "limit-military-exercises", "mentions", 0, D),
 ("We are open to discussing the future of certain missile systems in Europe,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("It’s hard to see how we can make progress in a climate of escalation, rather than de-escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 (NYT_DR, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (NYT_DR, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Nobody in Washington is going to sign a document that says Ukraine can never join NATO,", "samuel-charap", 1, "Samuel Charap", "no-ukraine-membership", "mentions", 1, D),
 ("That is just not something the alliance is capable of doing.", "samuel-charap", 1, "he", "no-ukraine-membership", "mentions", 1, D),
 ("We will see how our partners react.", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-17"
G = ("alexander-grushko", 1, "Alexander Grushko")
IZ1 = "The main result is that we have conveyed to our colleagues in the most clear way what are our red lines. We told them frankly: the further movement of NATO to the east is not acceptable for us, and we need this to be fixed in legal form, not in declarations which then are forgotten."
IZ2 = "The alliance, unfortunately, continues to live in the logic of the Cold War. They speak about \"open doors\" as if it is some sacred principle. But no international document obliges NATO to accept anybody. It is their political choice, and this choice creates threats for us."
IZ3 = "We heard this many times. Mr. Stoltenberg repeats the same mantra. But the principle of indivisibility of security, which all OSCE states signed in Istanbul in 1999 and in Astana in 2010, says clearly that no state can strengthen its security at the expense of security of others. Nobody remembers this second part."
IZ4 = "I will say simply: the decision of Bucharest summit of 2008 that Ukraine and Georgia will become members must be disavowed. While it stays on the paper, it is a time bomb under European security."
IZ5 = "This is not a whim. In 1997 we signed the Founding Act and there was a certain balance. After that, the infrastructure of the alliance came to our borders, there appeared rotational contingents in the Baltic states and Poland, the Aegis Ashore systems in Romania. We propose to return to the situation that was before, when nobody felt threatened."
IZ6 = "I want to underline that we are speaking about a package. It is impossible to take from it only the pieces that are comfortable for the Americans, for example about missiles, and to forget about the rest."
IZ7 = "Yes, and it is not bad. We ourselves proposed a moratorium on deployment of intermediate and shorter-range missiles in Europe back in 2019, and NATO did not even answer. If now they want to discuss it, we are ready. But these questions are secondary in comparison with the main thing — the non-enlargement."
IZ8 = "As for exercises, we see every year how the scale of NATO drills near our borders grows. We propose to agree on zones where large exercises are not conducted, on the distance from the contact line. This is also in our draft."
IZ9 = "Russian troops are on Russian territory. We move them where we consider necessary. Demands to \"de-escalate\" addressed to us are absolutely inappropriate, it is the alliance that brings weapons and instructors to Ukraine."
IZ10 = "It was NATO that broke them off, not us. We always said that the professional dialogue of the militaries is needed, especially in the situation when the aircraft and ships are close to each other over the Baltic and the Black Sea. Without such contacts the risk of incidents grows."
IZ11 = "We are not going to wait forever. Our American colleagues promised to give a written reaction to our proposals. We will study it very attentively. But if it will be again the set of general words, we will draw conclusions, and the answer will be of military-technical character."
L["izvestia-2022-01-17-grushko-interview"] = [
 (IZ1,) + G + ("nato-non-expansion", "supports", 1, D),
 (IZ1,) + G + ("written-legal-guarantees", "supports", 1, D),
 (IZ2,) + G + ("nato-open-door", "rejects", 1, D),
 (IZ3,) + G + ("nato-open-door", "rejects", 1, D),
 (IZ4,) + G + ("rescind-bucharest-2008", "supports", 1, D),
 (IZ5,) + G + ("rollback-to-1997", "supports", 1, D),
 (IZ6,) + G + ("no-intermediate-range-missiles", "supports", 1, D),
 (IZ7,) + G + ("no-intermediate-range-missiles", "supports", 1, D),
 (IZ7,) + G + ("nato-non-expansion", "supports", 1, D),
 (IZ8,) + G + ("limit-military-exercises", "supports", 1, D),
 (IZ9,) + G + ("russia-de-escalation", "rejects", 1, D),
 (IZ9,) + G + ("no-military-activity-ex-soviet", "supports", 1, D),
 (IZ10,) + G + ("resume-military-dialogue", "supports", 1, D),
 (IZ11,) + G + ("", "", 1, D),
]

D = "2022-01-14"
B_ = ("josep-borrell", 1, "Josep Borrell")
EE6 = "Some of the proposals that Russia has put on the table — for example, that the Alliance should go back to the situation of 1997, or that countries that are not members of NATO should be banned from cooperating with it — are, simply, not acceptable. We cannot go back to the times of Yalta."
EE6s = "Some of the proposals that Russia has put on the table — for example, that the Alliance should go back to the situation of 1997, or that countries that are not members of NATO should be banned from cooperating with it — are, simply, not acceptable."
EEA1 = "No. The answer is no. The European Union is not going to give guarantees that restrict the sovereign choices of our partners. Ukraine's future is for Ukrainians to decide, not for Moscow."
EEA2 = "I also want to recall that Russia's demand for a legally binding text is addressed to the United States and to NATO. But it concerns us directly, and this is why I insist that we must be part of these discussions."
L["eeas-2022-01-14-borrell-press-conference-brest"] = [
 ("Thank you, bonjour à tous, good afternoon.",) + B_ + ("", "", 1, D),
 ("We have had two days of very intense discussions here in Brest, and I want to thank the French Presidency for the excellent organisation, and Minister [Jean-Yves] Le Drian for his hospitality.",) + B_ + ("", "", 1, D),
 ("The first topic, and the most urgent one, was of course the security situation in Europe and the Russian military build-up around Ukraine. This week we have seen an intense diplomatic activity: the strategic stability dialogue in Geneva on Monday, the NATO-Russia Council on Wednesday and the OSCE Permanent Council yesterday in Vienna. I have been in permanent contact with Secretary [of State, Antony] Blinken and with Secretary General [of NATO, Jens] Stoltenberg, and I can say that there has been full coordination between the European Union, the United States and NATO.",) + B_ + ("", "", 1, D),
 ("Let me be clear on one thing. There cannot be any discussion about European security without the Europeans. European security is our security, and any agreement that affects it cannot be negotiated only between the United States and Russia, or between NATO and Russia. The Member States have been unanimous on that.",) + B_ + ("", "", 1, D),
 ("We also agreed that the principles on which European security is built are not negotiable. Every country has the sovereign right to choose its own alliances and its own security arrangements. This is written in the Helsinki Final Act and in the Charter of Paris, and Russia has signed them. We do not accept the idea of spheres of influence, and we do not accept that a third country has a veto over the decisions of others.",) + B_ + ("nato-open-door", "supports", 1, D),
 (EE6,) + B_ + ("rollback-to-1997", "rejects", 1, D),
 (EE6,) + B_ + ("no-military-activity-ex-soviet", "rejects", 1, D),
 (EE6s, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (EE6s, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("At the same time, we support dialogue. There are issues where we can find common ground: arms control, transparency measures, risk reduction. But dialogue cannot happen under the threat of 100,000 soldiers at the border. The first step has to be a de-escalation by Russia.",) + B_ + ("russia-de-escalation", "supports", 1, D),
 ("Ministers also discussed the preparation of a package of sanctions, in close coordination with our partners. Any further military aggression against Ukraine will have massive consequences and severe cost.",) + B_ + ("", "", 1, D),
 (EEA1,) + B_ + ("nato-non-expansion", "rejects", 1, D),
 (EEA1,) + B_ + ("nato-open-door", "supports", 1, D),
 (EEA1,) + B_ + ("no-ukraine-membership", "rejects", 1, D),
 (EEA2,) + B_ + ("written-legal-guarantees", "mentions", 1, D),
 ("I also want to recall that Russia's demand for a legally binding text is addressed to the United States and to NATO.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We are being consulted. I cannot tell you the details, but Secretary Blinken has assured me that there will be nothing about Europe without Europe. The drafting is the responsibility of the United States and of NATO, and we are contributing to it.",) + B_ + ("", "", 1, D),
 ("Transparency of military exercises is something that we have been proposing for years in the framework of the OSCE, the Vienna Document. If Russia is ready to engage on this, on a reciprocal basis, I think it is a good thing. But I want to stress: reciprocal. Russia is organising exercises with tens of thousands of troops, including in Belarus, without notification.",) + B_ + ("limit-military-exercises", "mentions", 1, D),
]

D = "2022-01-27"
LR_BLINKEN = "The US State Department said on Wednesday that it would not publish the text of its response, but Secretary of State Antony Blinken told reporters that it reaffirmed \"the principle of the open door\" and set out areas where the two sides could make progress, including reciprocal limits on missile deployments."
LR_JUR = "Moscow asked for a signature under a new Yalta and it received a letter on confidence-building measures. The Kremlin will not consider this an answer,"
L["lrt-2022-01-27-landsbergis-written-answers"] = [
 ("Russia had demanded, among other things, that NATO pull its forces back to where they stood before the 1999 and 2004 enlargement rounds – which would mean withdrawing allied troops from Lithuania, Latvia, Estonia and Poland.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The answers are clear and principled. There is no trade-off on the security of the Baltic states, no second-class members in NATO,", "gabrielius-landsbergis", 1, "Foreign Minister Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("The idea that allied battalions should leave Rukla or that our airspace should be left without the air policing mission was never on the table and never will be,", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("According to Landsbergis, the letters also made clear that the alliance would not close its doors to Ukraine or Georgia.", "gabrielius-landsbergis", 1, "Landsbergis", "nato-open-door", "supports", 0, D),
 ("Each country, he said, has the right to decide for itself which alliance to join, and Moscow has no say in it.", "gabrielius-landsbergis", 1, "he", "nato-open-door", "supports", 0, D),
 ("Vilnius also wants the allies to keep up pressure on the Kremlin to pull back the troops it has massed near Ukraine and in Belarus.", "lithuania", 0, "Vilnius", "russia-de-escalation", "supports", 0, ""),
 ("Russia can show tomorrow that it wants peace: send these soldiers back to their barracks,", "arvydas-anusauskas", 1, "Anušauskas", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("There are no grounds to say that our concerns have been heard,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Foreign Minister Sergei Lavrov said the American reply contained \"no positive response\" on the main question — the inadmissibility of NATO's further expansion to the east.", "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 ("Transparency talks are fine, but we must be careful that 'limits on exercises' does not become a Russian veto on our defence planning,", "laurynas-kasciunas", 1, "Laurynas Kasčiūnas", "limit-military-exercises", "rejects", 1, ""),
 ("If we agree not to train near the border, the border is here. The whole of Lithuania is near the border.", "laurynas-kasciunas", 1, "Laurynas Kasčiūnas", "limit-military-exercises", "rejects", 1, ""),
 (LR_JUR, "marius-jurgaitis", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (LR_JUR, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (LR_BLINKEN, "antony-blinken", 1, "Secretary of State Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (LR_BLINKEN, "antony-blinken", 1, "Secretary of State Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
]

D = "2022-02-01"
BB_P = "Those concerns, he explained, were preventing Nato's expansion, refusing to deploy strike weapons systems close to Russia's borders, and returning the bloc's military infrastructure in Europe to where it was in 1997."
BB_OFF = "Both the US and Nato have offered talks on arms control, transparency about military drills and risk-reduction measures - areas where Western officials say a deal may be possible."
L["bbc-2022-02-01-what-does-russia-want-from-nato"] = [
 ("We see that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, D),
 (BB_P, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, D),
 (BB_P, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, D),
 (BB_P, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, D),
 ("Mr Putin also questioned whether Ukraine's membership of Nato would make Europe safer.", "vladimir-putin", 1, "Mr Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine Ukraine is a Nato member and starts a military operation in Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to go to war with the Nato bloc? Has anyone thought about that? Seemingly not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Russia has also said it does not want a verbal promise: it wants a legally binding document.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We need a guarantee, signed and ratified,", "sergei-lavrov", 1, "Russia's Foreign Minister Sergei Lavrov", "written-legal-guarantees", "supports", 1, ""),
 ("On Monday, Mr Lavrov sent letters to his counterparts in the US, Canada and European states, arguing that they had all signed up to the principle that no country should strengthen its security at the expense of others.", "sergei-lavrov", 1, "Mr Lavrov", "nato-open-door", "rejects", 0, "2022-01-31"),
 ("Moscow believes that principle outranks a country's right to pick its alliances.", "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 ("Russia has never accepted that, and now wants the promise formally abandoned.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine and the right of states to choose their own security arrangements and alliances", "antony-blinken", 1, "Secretary of State Antony Blinken", "nato-open-door", "supports", 1, ""),
 ("We will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest.", "jens-stoltenberg", 1, "Nato Secretary General Jens Stoltenberg", "", "", 1, ""),
 (BB_OFF, "united-states", 0, "the US", "limit-military-exercises", "mentions", 0, ""),
 (BB_OFF, "nato", 0, "Nato", "limit-military-exercises", "mentions", 0, ""),
 ("He is not slamming the door. He is saying: you have not answered my main question, but let's keep talking,", "natalia-ostrowska", 1, "she", "", "", 1, ""),
 ("The problem is that his main question - can Nato ever take Ukraine - is the one question the West cannot answer in the way he wants.", "natalia-ostrowska", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]

D = "2022-01-27"
EC_INTRO = "Secretary of State Antony Blinken said the US response contained \"no concessions\" on the core issue, while NATO Secretary General Jens Stoltenberg said the alliance was ready to listen to Russia's concerns but \"cannot compromise\" on the right of each nation to choose its own path."
EC_S1 = "The Americans have done what they said they would do: they have put a serious arms control offer on paper, and they have said a clear \"no\" to the idea of a Russian droit de regard over Ukraine's foreign policy. That is the right balance. A formal pledge that Ukraine will never join NATO would have been a gift to Moscow and a betrayal of Kyiv, and no European capital would have ratified such a thing."
EC_S2 = "But Europeans should not fool themselves. For the Kremlin, the missile and exercise proposals were always the side dishes. What Vladimir Putin wants is a legally binding halt to enlargement and, more than that, a recognition that the post-1997 members are second-tier allies. The letters deny him both."
EC_W1 = "I would argue that the West should have gone further on the military side. Re-establishing the military hotlines between NATO and the Russian general staff, frozen since 2014, costs us nothing and lowers the risk of a catastrophic accident over the Baltic. It should not be traded for anything; it is in our own interest."
EC_W2 = "On everything else I am sceptical. Moscow has asked for guarantees \"without preconditions\" and with a deadline. Talks under the gun of 100,000 troops are not talks without preconditions — they are negotiations with a hostage. The first precondition is that Russia pulls its forces back."
EC_V1 = "The German debate has been stuck on one question: do we give Moscow something on Ukraine's membership or not? The US answer settles that. There will be no moratorium, no \"Finlandisation\" clause."
EC_V2 = "What the letters do offer is reciprocity. Washington is ready to talk about mutual restraint on the deployment of offensive missiles and about where each side places its exercises. If Russia is serious about its declared concern about strike systems near its border, it now has a channel to address it. I would not underestimate this. In 1987 the INF Treaty also began as a proposal that the Soviet side initially dismissed."
EC_P1 = "In Moscow, the letters will be read as a polite refusal. Sergei Ryabkov has already said that Russia did not want \"a menu of secondary topics\", and I expect Lavrov to say publicly within days that the main point — non-enlargement — has been ignored."
EC_P2 = "The Kremlin deliberately framed its demands as a package that could not be accepted. It wanted the West either to accept a rollback to 1997 and a neutral buffer zone from Tallinn to Tbilisi, or to be blamed for the failure of diplomacy. I personally do not believe that Russia expected agreement. The question now is what Putin considers an acceptable \"military-technical\" response."
EC_P2s = "It wanted the West either to accept a rollback to 1997 and a neutral buffer zone from Tallinn to Tbilisi, or to be blamed for the failure of diplomacy."
EC_M1 = "The European Union is the missing actor in this exchange. Josep Borrell has been right to insist that Europe cannot be a mere object of a US-Russia negotiation, but the EU has so far contributed statements rather than proposals."
EC_M2 = "There is a lot the EU can do: a serious offer on OSCE transparency, including snap-exercise notification under the Vienna Document, would put the onus back on Moscow. We should also be honest that the Vienna Document has been eroded by both sides."
HS = ("helena-strand", 1, "Helena Strand")
TW = ("tomasz-wierzbicki", 1, "Tomasz Wierzbicki")
AV = ("anneliese-vogt", 1, "Anneliese Vogt")
NP = ("nikolai-petrov-hartmann", 1, "Nikolai Petrov-Hartmann")
MS = ("maria-sarantopoulou", 1, "Maria Sarantopoulou")
L["ecfr-2022-01-27-experts-react-written-answers"] = [
 (EC_INTRO, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 (EC_S1,) + HS + ("no-ukraine-membership", "rejects", 1, D),
 (EC_S1,) + HS + ("nato-open-door", "supports", 1, D),
 (EC_S2,) + HS + ("nato-non-expansion", "mentions", 1, D),
 (EC_S2,) + HS + ("written-legal-guarantees", "mentions", 1, D),
 (EC_S2,) + HS + ("rollback-to-1997", "mentions", 1, D),
 (EC_S2,) + HS + ("no-intermediate-range-missiles", "mentions", 1, D),
 (EC_S2,) + HS + ("limit-military-exercises", "mentions", 1, D),
 (EC_W1,) + TW + ("resume-military-dialogue", "supports", 1, D),
 (EC_W2,) + TW + ("no-preconditions", "rejects", 1, D),
 (EC_W2,) + TW + ("russia-de-escalation", "supports", 1, D),
 ("Moscow has asked for guarantees \"without preconditions\" and with a deadline.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (EC_V1,) + AV + ("no-ukraine-membership", "mentions", 1, D),
 (EC_V2,) + AV + ("no-intermediate-range-missiles", "mentions", 1, D),
 (EC_V2,) + AV + ("limit-military-exercises", "mentions", 1, D),
 (EC_V2,) + AV + ("no-strike-weapons-near-borders", "mentions", 1, D),
 ("If Russia is serious about its declared concern about strike systems near its border, it now has a channel to address it.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (EC_P1,) + NP + ("nato-non-expansion", "mentions", 1, D),
 (EC_P2,) + NP + ("rollback-to-1997", "mentions", 1, D),
 (EC_P2,) + NP + ("no-military-activity-ex-soviet", "mentions", 1, D),
 (EC_P2s, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (EC_P2s, "russia", 0, "The Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 (EC_M1,) + MS + ("", "", 1, D),
 (EC_M2,) + MS + ("limit-military-exercises", "mentions", 1, D),
]

D = "2022-02-02"
AS = ("adam-smith", 1, "The CHAIRMAN")
MR = ("mike-rogers", 1, "Mr. ROGERS")
KW = ("karen-whitfield", 1, "Ms. WHITFIELD")
JH = ("james-holloway", 1, "General HOLLOWAY")
H_S2 = "Russia has moved well over 100,000 troops to Ukraine's borders and into Belarus. At the same time, Moscow has put forward a set of demands to the United States and to NATO that, frankly, no American administration of either party could accept. They want a guarantee that NATO will never again take in a new member. They want us to pull our forces out of the countries that joined the alliance after 1997. That is not a negotiating position; that is an ultimatum."
H_S3 = "I support the administration's decision to engage diplomatically, and I support its decision to say no to those demands. Our witnesses will tell us how we are positioned if diplomacy fails."
H_R2 = "I am also concerned about what we have offered in return. I read press reports that the written response to Moscow includes talks on limiting our own missile deployments and the scale of our exercises in Europe. I want to hear from our witnesses today that we are not going to negotiate away the defense of our allies in exchange for a promise from Vladimir Putin. Poland and the Baltic states did not join NATO to become second-class members."
H_W2 = "Let me begin with the bottom line. The United States will not bargain away the security of our allies, and we will not accept any proposal that would give Russia a say over which countries may join NATO. The alliance's door remains open, and that is not up for negotiation."
H_W3 = "Our written response to Moscow, which was delivered on January 26, makes that clear. It also identifies areas where we believe progress is possible on a reciprocal basis: conditions-based transparency measures and reciprocal commitments regarding offensive missile systems and force posture in Ukraine, and confidence-building measures on exercises in Europe. We have been equally clear that none of those conversations can move forward while Russia escalates. Russia needs to pull its forces back."
H_W4 = "No, sir. We have not, and we will not. Ukraine's relationship with NATO is a matter for Ukraine and the 30 allies."
H_H3 = "From a military standpoint, one item on the Russian list deserves attention. Moscow has asked that U.S. and NATO warships and aircraft stay out of areas from which they could strike Russian territory. Taken literally, that would keep our ships out of much of the Black Sea and the Baltic. The Joint Staff does not support that."
L["house-armed-services-2022-02-02-russia-ukraine-posture-hearing"] = [
 ("Good morning. The committee will come to order. We are here to discuss what is, I think, the most dangerous security situation in Europe in decades.",) + AS + ("", "", 1, D),
 (H_S2,) + AS + ("nato-non-expansion", "rejects", 1, D),
 (H_S2,) + AS + ("rollback-to-1997", "rejects", 1, D),
 ("They want a guarantee that NATO will never again take in a new member.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("They want us to pull our forces out of the countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (H_S3,) + AS + ("nato-non-expansion", "rejects", 1, D),
 (H_S3,) + AS + ("rollback-to-1997", "rejects", 1, D),
 ("Thank you, Mr. Chairman. I share your assessment of the threat. Where I differ is on how we got here. For a year, this administration has signaled weakness, and Mr. Putin has noticed.",) + MR + ("", "", 1, D),
 (H_R2,) + MR + ("no-intermediate-range-missiles", "rejects", 1, D),
 (H_R2,) + MR + ("limit-military-exercises", "rejects", 1, D),
 (H_R2,) + MR + ("rollback-to-1997", "rejects", 1, D),
 ("Chairman Smith, Ranking Member Rogers, members of the committee, thank you for the opportunity to testify.",) + KW + ("", "", 1, D),
 (H_W2,) + KW + ("nato-open-door", "supports", 1, D),
 (H_W2,) + KW + ("nato-non-expansion", "rejects", 1, D),
 (H_W3,) + KW + ("no-strike-weapons-near-borders", "mentions", 1, D),
 (H_W3,) + KW + ("limit-military-exercises", "mentions", 1, D),
 (H_W3,) + KW + ("russia-de-escalation", "supports", 1, D),
 ("Secretary Austin has placed approximately 8,500 U.S. personnel on heightened alert to deploy if NATO activates its response force.",) + KW + ("", "", 1, D),
 ("Chairman Smith, Ranking Member Rogers, distinguished members, I will be brief.",) + JH + ("", "", 1, D),
 ("The Russian force around Ukraine continues to grow. We now assess more than 60 battalion tactical groups within striking distance, along with enablers, medical units and fuel that you would not move for an exercise.",) + JH + ("", "", 1, D),
 (H_H3,) + JH + ("no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Moscow has asked that U.S. and NATO warships and aircraft stay out of areas from which they could strike Russian territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("What we do support is restoring routine military-to-military channels with the Russian general staff. Those lines reduce the chance of miscalculation, and we would welcome them.",) + JH + ("resume-military-dialogue", "supports", 1, D),
 (H_W4,) + KW + ("no-ukraine-membership", "rejects", 1, D),
 (H_W4,) + KW + ("nato-open-door", "supports", 1, D),
 ("That demand was also rejected. We will continue our security assistance to Ukraine, and our cooperation with Georgia and Moldova continues as well.",) + KW + ("no-military-activity-ex-soviet", "rejects", 1, D),
 ("Ma'am, I would defer to the State Department on treaty questions. What I can say is that the Founding Act of 1997 was a political document, not a treaty, and Russia signed it.",) + JH + ("written-legal-guarantees", "mentions", 1, D),
 ("Thank you, Mr. Chairman. I want to associate myself with the ranking member. I think our deterrent is far more credible if we put more American forces into the Baltics permanently, not fewer. If the Kremlin thinks we will give up our positions in Eastern Europe to buy quiet, it has misread this Congress.", "daniel-kessler", 1, "Mr. KESSLER", "rollback-to-1997", "rejects", 1, D),
]

write_gold(L, "articles-345", "gold-345")
