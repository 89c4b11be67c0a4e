#!/usr/bin/env python3
"""Writes the held-out gold of batch 207 (gold-207/*.nq) from the labels below.

Batch 207 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bbc-2022-01-27-what-does-russia-want-from-nato: BBC News explainer with
  crossheads and caption; the demands summarised in the narrator's voice with
  Moscow/Russia/"It" as subject, a pronoun ("that pledge") for Bucharest,
  Baker-Gorbachev background, a quote fragment inside reported speech.
- afp-2022-01-21-blinken-lavrov-geneva-no-breakthrough: AFP Geneva story with
  "- crosshead -" lines, quotes interrupted by "he said", Bucharest and Sofia
  rejecting the post-1997 pullback, an analyst, Moscow's demands in passing.
- dw-2022-01-18-baerbock-scholz-germany-russia-ukraine: Deutsche Welle report
  (standfirst, "Read more:" lines, Date/Author footer); Baerbock and Scholz on
  the freedom to choose alliances, Lavrov rejecting it, a Green MP and a DGAP
  analyst, the Founding Act quoted as background.
- state-2022-01-21-blinken-press-availability-geneva: State Department
  transcript without front matter; speaker labels, MR PRICE as host, questions
  that name demands (not labelled), every answer paragraph a quotation.
- ukrinform-2022-01-27-kuleba-zelensky-us-response: Ukrinform report without
  front matter (date 27.01.2022), "Read also:" lines, "As Ukrinform reported"
  background, titles as speaker names ("the Head of State", "the MP").
- interfax-2022-01-12-grushko-nato-russia-council: machine-translated Interfax
  report with BOM and CRLF, « » quotes, "declared"/"specified" verbs, a question
  answered "negatively", Ryabkov's Monday words.
- ft-2022-02-03-big-read-putin-demands-west-answer: FT Big Read with curly
  quotes, crossheads and invented analysts (one with her own stance), Putin's
  three demands, the US and NATO letters, quotes split by "she says".

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

# ---------------------------------------------------------------- BBC explainer
S1 = "Moscow's headline demand is a legally binding promise that Nato will stop growing: no new members at all, and above all no membership for Ukraine."
S2 = "It also wants the alliance to pull its forces and weapons back to where they stood in 1997, before it started taking in former communist states in central and eastern Europe."
S3 = "In the text addressed to Washington, Moscow asks the US to promise not to set up bases in former Soviet republics outside Nato or develop military co-operation with them, and wants both sides' warships and bombers kept out of areas from which they could hit each other's territory."
S4 = "Russia further proposes that neither side station medium-range missiles within reach of the other, and that large-scale drills near the borders be reined in."
P21 = "He told his top military officers on 21 December that if American missile systems appeared in Ukraine, they could reach Moscow in seven to 10 minutes, and that Russia had \"nowhere further to retreat\"."
US1 = "But the US says it is ready to discuss reciprocal limits on where missiles are based in Europe and ways of making military exercises less threatening - provided Russia first pulls its forces back from Ukraine."
LV = "The main question is our clear position that Nato must not expand further east and that strike weapons must not be deployed that could threaten Russian territory,"
EW1 = "A treaty banning enlargement was never going to get through the US Senate, and the Kremlin knows that perfectly well,"
EW2 = "But there is a real deal to be had on missiles and on exercises, if both sides actually want one,"
L["bbc-2022-01-27-what-does-russia-want-from-nato"] = [
 (S1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (S1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (S2, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 (S3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (S3, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (S4, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (S4, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("We are not going to accept a situation where they take the parts they like and put the rest on a shelf,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-14"),
 (P21, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2021-12-21"),
 ("It is not us who brought our missiles to the borders of the United States. It is the Americans who have come to our doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Russia now wants that pledge formally taken back.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("security proposals that are simply non-starters", "wendy-sherman", 1, "Deputy Secretary of State Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato's open-door policy,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Nato Secretary General Jens Stoltenberg has been just as blunt, saying the alliance will not trade away any country's right to choose its own alliances.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("It is for Ukraine and the 30 allies to decide when Ukraine is ready to join - nobody else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("It is for Ukraine and the 30 allies to decide when Ukraine is ready to join - nobody else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Nato's door will stay open, Secretary of State Antony Blinken said on Wednesday as he confirmed the US reply had been delivered to the Russian foreign ministry.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There will be no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (US1, "united-states", 0, "the US", "no-intermediate-range-missiles", "mentions", 0, ""),
 (US1, "united-states", 0, "the US", "limit-military-exercises", "mentions", 0, ""),
 (US1, "united-states", 0, "the US", "russia-de-escalation", "supports", 0, ""),
 (LV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("there is no need to rush to conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 (EW1, "eleanor-whitcombe", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (EW1, "eleanor-whitcombe", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (EW2, "eleanor-whitcombe", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (EW2, "eleanor-whitcombe", 1, "she", "limit-military-exercises", "mentions", 1, ""),
]

# ---------------------------------------------------------------- AFP Geneva
A0 = "The top US and Russian diplomats agreed Friday to keep talking after a tense 90-minute meeting in a lakeside Geneva hotel, but neither gave ground on Moscow's demand that Ukraine be barred from ever joining NATO."
A1 = "He said Moscow still wanted legally binding guarantees that NATO would not move further east and would not deploy strike weapons close to Russian soil."
A2 = "The top US diplomat said Washington was ready to explore reciprocal steps on missile deployments and on the scale of military exercises in Europe, but would not budge on the principle that countries are free to choose their own alliances."
A3 = "The Russians have set the bar so high - a written, binding ban on NATO enlargement - that almost any answer Washington gives will be called insufficient,"
A4 = "Blinken and Lavrov last met in Stockholm in early December, before Moscow unveiled its draft treaties demanding a halt to NATO's expansion and a pullback of the alliance's military infrastructure from eastern Europe."
L["afp-2022-01-21-blinken-lavrov-geneva-no-breakthrough"] = [
 (A0, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We didn't expect any breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("But I believe we are now on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("We will understand that when we receive the American response on paper to all the points in our proposals,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 (A1, "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-21"),
 (A1, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-21"),
 (A1, "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-21"),
 (A1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (A1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (A1, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Lavrov again brushed aside Western calls to withdraw the troops, saying Russia was entitled to move its forces as it saw fit on its own territory.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("If any Russian military forces move across Ukraine's border, that's a renewed invasion,", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("It will be met with swift, severe and a united response from the United States and our partners and allies.", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("The best way for Russia to show that it has no aggressive intentions is to pull its forces back from Ukraine's borders,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 (A2, "antony-blinken", 1, "The top US diplomat", "no-intermediate-range-missiles", "mentions", 0, "2022-01-21"),
 (A2, "antony-blinken", 1, "The top US diplomat", "limit-military-exercises", "mentions", 0, "2022-01-21"),
 (A2, "antony-blinken", 1, "The top US diplomat", "nato-open-door", "supports", 0, "2022-01-21"),
 ("Hours before the meeting, the Russian foreign ministry said in a statement that the guarantees it sought included the withdrawal of foreign troops and weaponry from countries that joined NATO after 1997, naming Bulgaria and Romania.", "russian-foreign-ministry", 0, "the Russian foreign ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("The statement drew a swift rebuke from Bucharest, where the foreign ministry called the demand \"unacceptable\" and said it could not be a subject of negotiation.", "romania", 0, "the foreign ministry", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Bulgarian Prime Minister Kiril Petkov said on Friday that his country alone would decide how to organise its defence and that this was \"not a matter for Moscow\".", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 (A3, "olivier-martel-brun", 1, "Olivier Martel-Brun", "nato-non-expansion", "mentions", 1, ""),
 (A3, "olivier-martel-brun", 1, "Olivier Martel-Brun", "written-legal-guarantees", "mentions", 1, ""),
 (A3, "russia", 0, "The Russians", "nato-non-expansion", "supports", 1, ""),
 (A3, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 1, ""),
 ("At the same time, nobody in this city wanted to be the one who walked away from the table,", "olivier-martel-brun", 1, "he", "", "", 1, ""),
 ("Nothing about Ukraine without Ukraine remains the rule,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-21"),
 (A4, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (A4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

# ---------------------------------------------------------------- DW
D1 = "The freedom to choose alliances cannot be interpreted in isolation from the obligation not to strengthen one's own security at the expense of the security of others,"
D2 = "Russia, he repeated, needed legally binding guarantees that NATO would stop its eastward expansion, adding that Moscow expected a reply to every point of its drafts and not \"just to the parts the West finds convenient.\""
D3 = "Moscow wants a formal veto over the alliance's enlargement and a rollback of NATO's posture in the east to the situation before 1997. No German government could agree to either,"
D4 = "Where Berlin can make a difference is in pushing for the missile and exercise questions to be taken seriously, because those are areas where a compromise is actually imaginable,"
L["dw-2022-01-18-baerbock-scholz-germany-russia-ukraine"] = [
 ("We are ready for a serious dialogue about mutual agreements and steps that bring more security for everyone in Europe,", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("We cannot and will not make compromises on the fundamental principles of the Helsinki Final Act - on the sovereignty of states, on the inviolability of borders and on every country's freedom to choose its own alliances,", "annalena-baerbock", 1, "she", "nato-open-door", "supports", 1, "2022-01-18"),
 ("It is hard not to understand that as anything other than a threat,", "annalena-baerbock", 1, "she", "", "", 1, "2022-01-18"),
 ("She called on Moscow to take concrete steps to de-escalate the situation.", "annalena-baerbock", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-18"),
 ("He rejected the argument that any country could simply join the military bloc of its choice.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, "2022-01-18"),
 (D1, "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-18"),
 (D2, "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-18"),
 (D2, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-18"),
 (D2, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (D2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("just to the parts the West finds convenient.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-18"),
 ("Asked about the troops, the Russian foreign minister said Russia was under no obligation to explain movements of its forces on its own soil and would not take orders to pull them back.", "sergei-lavrov", 1, "the Russian foreign minister", "russia-de-escalation", "rejects", 0, "2022-01-18"),
 ("It is clear that there would be a high price to pay, and that everything will have to be discussed if there is a military intervention against Ukraine,", "olaf-scholz", 1, "Scholz", "", "", 1, "2022-01-18"),
 ("The chancellor said Germany was committed to the talks launched in Geneva and Brussels last week, but that the basic principle remained that every country in Europe decides for itself which alliance it belongs to.", "olaf-scholz", 1, "The chancellor", "nato-open-door", "supports", 0, "2022-01-18"),
 ("is not up for debate with Moscow.", "olaf-scholz", 1, "He", "nato-open-door", "supports", 1, "2022-01-18"),
 ("We are prepared to sit down with Russia to discuss arms control, transparency on military exercises and risk reduction,", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-18"),
 ("But we will not compromise on core principles, including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-18"),
 ("Germany has a special responsibility, and our contribution is diplomacy, sanctions preparation and money, not guns,", "friederike-halloran-weiss", 1, "she", "", "", 1, ""),
 ("She said it would be \"a serious mistake\" to give Moscow any say over who joins NATO, and that Baerbock had been right to say so to Lavrov's face.", "friederike-halloran-weiss", 1, "She", "nato-open-door", "supports", 0, ""),
 (D3, "matthias-brandtner", 1, "Brandtner", "nato-non-expansion", "mentions", 1, ""),
 (D3, "matthias-brandtner", 1, "Brandtner", "rollback-to-1997", "mentions", 1, ""),
 (D3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (D3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (D4, "matthias-brandtner", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (D4, "matthias-brandtner", 1, "he", "limit-military-exercises", "mentions", 1, ""),
]

# ---------------------------------------------------------------- State Department transcript
B = ("antony-blinken", 1, "SECRETARY BLINKEN")
D = "2022-01-21"
T4 = "I made clear, once again, that there are core principles that the United States and our allies will defend. That includes the sovereignty and territorial integrity of Ukraine, and the right of every country to choose its own security arrangements and alliances. NATO's door is open, and it will stay open. That is not something we are going to negotiate away, with Russia or anyone else."
T5 = "At the same time, there are areas where we think we can make progress together that would enhance the security of Russia, of the United States, and of Europe. We have said that we are prepared to discuss reciprocal commitments on the deployment of offensive missile systems in Europe, and reciprocal transparency and limits on the size and scope of military exercises. Those ideas are on the table if Russia engages in good faith."
T6 = "Foreign Minister Lavrov reiterated Russia's position that NATO should commit never to admit Ukraine and should pull back its forces from the countries that joined the Alliance after 1997. I told him directly that those are not propositions we can accept."
T6s = "Foreign Minister Lavrov reiterated Russia's position that NATO should commit never to admit Ukraine and should pull back its forces from the countries that joined the Alliance after 1997."
T10 = "What we have said is that we will put our ideas in writing, and we'll do that. But I want to be very clear: no one is going to sign away the right of sovereign countries to decide their own futures. Whether Ukraine ever joins NATO is a decision for Ukraine and for the 30 members of the Alliance. It is not a decision for Russia."
T13 = "What we are prepared to do is talk about reciprocal measures: where intermediate-range missiles are deployed, how we can make military exercises more transparent and less risky, how we can avoid incidents at sea and in the air. Those are real areas of mutual interest."
T14 = "Because what that would mean in practice is that countries like Ukraine, Georgia or Moldova would be told that they may not have the partners they choose. We work with Ukraine because Ukraine has asked us to. That is its sovereign right, and it is not a threat to anybody."
L["state-2022-01-21-blinken-press-availability-geneva"] = [
 ("Good afternoon, everyone. Thanks for your patience.", *B, "", "", 1, D),
 ("I just concluded a meeting with Foreign Minister Lavrov. It was frank and substantive, and it followed a week of intensive diplomacy by the United States and our allies and partners, including the strategic stability dialogue here in Geneva on January 10th, the NATO-Russia Council in Brussels, and the OSCE Permanent Council in Vienna.", *B, "", "", 1, D),
 ("I came to Geneva for one reason: to see whether the path of diplomacy and dialogue remains open. I told the Foreign Minister that it does, but that it depends on Russia choosing it.", *B, "", "", 1, D),
 (T4, *B, "nato-open-door", "supports", 1, D),
 (T5, *B, "no-intermediate-range-missiles", "mentions", 1, D),
 (T5, *B, "limit-military-exercises", "mentions", 1, D),
 (T6, *B, "no-ukraine-membership", "rejects", 1, D),
 (T6, *B, "rollback-to-1997", "rejects", 1, D),
 (T6s, "sergei-lavrov", 1, "Foreign Minister Lavrov", "no-ukraine-membership", "supports", 0, D),
 (T6s, "sergei-lavrov", 1, "Foreign Minister Lavrov", "rollback-to-1997", "supports", 0, D),
 (T6s, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (T6s, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We agreed that after I consult with allies and partners, we will share with Russia our concerns and our ideas in more detail and in writing next week. And we agreed to further discussions after that.", *B, "", "", 1, D),
 ("I also underscored that the best way to demonstrate that Russia has no aggressive intent is to de-escalate: to pull back the forces it has massed on Ukraine's borders and stop the threatening rhetoric.", *B, "russia-de-escalation", "supports", 1, D),
 ("So with that, happy to take a few questions.", *B, "", "", 1, D),
 ("Andrea, the Foreign Minister repeated what Russia has said publicly: that it has no intention of invading Ukraine. But we look at actions, not words, and the actions we see are the movement of tens of thousands of troops and heavy equipment to Ukraine's borders and into Belarus.", *B, "", "", 1, D),
 ("If Russia wants to prove that it has no intention of aggression, the simplest thing it can do is to start bringing those forces home.", *B, "russia-de-escalation", "supports", 1, D),
 ("As for a summit, President Biden has always said he is prepared to meet President Putin if it is productive. We will see where our exchanges go over the coming days.", *B, "", "", 1, D),
 (T10, *B, "nato-open-door", "supports", 1, D),
 (T10, *B, "no-ukraine-membership", "rejects", 1, D),
 (T10, *B, "nato-non-expansion", "rejects", 1, D),
 ("And I would add that Russia itself signed up to those principles, in Helsinki, in Paris, in Budapest. We're simply asking it to live up to commitments it has already made.", *B, "nato-open-door", "supports", 1, D),
 ("We are not going to discuss reducing our force posture on the territory of NATO allies bilaterally with Russia, over the heads of those allies. Anything that touches on their security will be decided with them.", *B, "rollback-to-1997", "rejects", 1, D),
 (T13, *B, "no-intermediate-range-missiles", "mentions", 1, D),
 (T13, *B, "limit-military-exercises", "mentions", 1, D),
 (T13, *B, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (T14, *B, "no-military-activity-ex-soviet", "rejects", 1, D),
 (T14, *B, "nato-open-door", "supports", 1, D),
 ("And frankly, it's hard to take seriously the suggestion that Ukraine is the threat here, when it is Russia that has some 100,000 troops on Ukraine's borders and has occupied Crimea since 2014.", *B, "", "", 1, D),
 ("We discussed risk reduction broadly. We've long believed that regular military-to-military channels are important, particularly at a time of tension, to avoid miscalculation, and that is something we're ready to strengthen with Russia.", *B, "resume-military-dialogue", "supports", 1, D),
 ("There is no ambiguity. If any Russian military forces move across Ukraine's border, that's a renewed invasion, and it will be met with a swift, severe and united response from the United States and our allies and partners.", *B, "", "", 1, D),
 ("We've also been clear that Russia has other tools of aggression - cyberattacks, paramilitary tactics, efforts to destabilize the government in Kyiv - and those too will be met with a decisive response.", *B, "", "", 1, D),
 ("But our strong preference remains the path of diplomacy. That's why I came to Geneva, and that's why we'll stay at it. Thank you all very much.", *B, "", "", 1, D),
]

# ---------------------------------------------------------------- Ukrinform
U1 = "According to the minister, Washington and its allies did not accept the Kremlin's demand to close NATO's doors to Ukraine."
U2 = "The main result is that the attempts of Russia to force the Alliance to abandon the open door policy have failed. The door remains open, and no one decides for Ukraine which alliances it will join,"
U3 = "Kuleba called \"absurd\" Russia's idea that NATO should withdraw its forces and infrastructure to the positions of 1997."
U4 = "Our course towards membership in the European Union and NATO is enshrined in the Constitution of Ukraine. This is the choice of the Ukrainian people, and it is not the subject of anyone's negotiations,"
U5 = "Member of the Verkhovna Rada Committee on Foreign Policy and Inter-Parliamentary Cooperation Iryna Hnatyshyn-Vovk told Ukrinform that Russia's demand for a ban on Ukraine's accession to NATO is a violation of the Budapest Memorandum and of the Helsinki principles."
U6 = "The Kremlin wants a legally fixed guarantee that Ukraine will never be in NATO. Such a guarantee cannot be given by anyone except the Ukrainian people themselves, and our people have already made their choice,"
U7 = "Moscow received answers it did not want: no to the veto on enlargement, yes to talks on missiles and exercises. Now the question is whether the Kremlin chooses diplomacy or escalation,"
U8 = "As Ukrinform reported, on December 17, 2021, the Russian Foreign Ministry published draft agreements with the United States and NATO on \"security guarantees\", in which, in particular, it demands that NATO renounce further expansion, including the accession of Ukraine, and not deploy additional troops and weapons outside the countries in which they were located as of May 1997."
K = "2022-01-27"
L["ukrinform-2022-01-27-kuleba-zelensky-us-response"] = [
 ("We saw the text of the American response before it was handed over to the Russian side. We have no objections to it. Our position is reflected there in full,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, K),
 (U1, "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 0, K),
 (U1, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 (U1, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (U2, "dmytro-kuleba", 1, "the head of the Ukrainian diplomacy", "nato-open-door", "supports", 1, K),
 (U2, "dmytro-kuleba", 1, "the head of the Ukrainian diplomacy", "no-ukraine-membership", "rejects", 1, K),
 (U2, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, ""),
 (U3, "dmytro-kuleba", 1, "Kuleba", "rollback-to-1997", "rejects", 0, K),
 (U3, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("This is not a negotiating position, this is an attempt to revise the results of the Cold War,", "dmytro-kuleba", 1, "he", "rollback-to-1997", "rejects", 1, K),
 ("At the same time, the minister emphasized that the best guarantee of security in the region would be the withdrawal of Russian troops from the Ukrainian border.", "dmytro-kuleba", 1, "the minister", "russia-de-escalation", "supports", 0, K),
 ("If Russia really wants de-escalation, let it pull back its troops that it has concentrated near our borders. It's that simple,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, K),
 ("He also noted that Ukraine welcomes the readiness of the United States to discuss with Russia arms control and transparency of military exercises, provided that such issues are resolved with the participation of European partners.", "dmytro-kuleba", 1, "He", "limit-military-exercises", "mentions", 0, K),
 (U4, "volodymyr-zelensky", 1, "the Head of State", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (U4, "volodymyr-zelensky", 1, "the Head of State", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The fact that the Normandy format works is good news. We are ready for a meeting at the highest level,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
 (U5, "iryna-hnatyshyn-vovk", 1, "Iryna Hnatyshyn-Vovk", "no-ukraine-membership", "rejects", 0, ""),
 (U5, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (U6, "iryna-hnatyshyn-vovk", 1, "the MP", "no-ukraine-membership", "rejects", 1, ""),
 (U6, "iryna-hnatyshyn-vovk", 1, "the MP", "written-legal-guarantees", "rejects", 1, ""),
 (U6, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 1, ""),
 (U6, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 1, ""),
 ("In her opinion, the Western partners should also not agree to any restrictions on military cooperation with Ukraine.", "iryna-hnatyshyn-vovk", 1, "her", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("The partnership with the United States, the United Kingdom, Canada and other countries - trainings, instructors, supplies of defensive weapons - is our sovereign business and not Moscow's,", "iryna-hnatyshyn-vovk", 1, "Hnatyshyn-Vovk", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (U7, "volodymyr-tarasiuk-melnyk", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (U7, "volodymyr-tarasiuk-melnyk", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (U7, "volodymyr-tarasiuk-melnyk", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (U7, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (U8, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (U8, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (U8, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

# ---------------------------------------------------------------- Interfax (machine-translated)
G = "2022-01-12"
I1 = "According to him, the Russian delegation laid out to the NATO countries in detail the logic of the Russian proposals, including the need to stop the further expansion of the alliance to the east."
I2 = "We said that further expansion of NATO is categorically unacceptable for us, and that this must be fixed in legally binding form, not in declarations and not in promises which, as history shows, are forgotten,"
I3 = "Grushko noted that NATO representatives insisted on their «open door» policy."
I4 = "The diplomat emphasized that Moscow proposes to return the configuration of NATO military infrastructure in Europe to the state of 1997, when the Founding Act of Russia-NATO was signed."
I5 = "As for the deployment of weapons, Grushko said Russia seeks that the alliance refuse to place on the territory of the neighbouring countries strike systems capable of reaching the targets in Russia, as well as intermediate and shorter range missiles."
I6 = "Without a legal guarantee of the non-extension of NATO, all other topics lose sense,"
I7 = "Earlier in Geneva on Monday, the Deputy Foreign Minister Ryabkov after consultations with the US Deputy Secretary of State Wendy Sherman said that for Russia it is «absolutely mandatory» that Ukraine never becomes a member of NATO."
L["interfax-2022-01-12-grushko-nato-russia-council"] = [
 ("We told our interlocutors frankly: if there is an aspiration to find weaknesses in Russia's defense potential, we will respond with counter-containment. This will be our answer,", "alexander-grushko", 1, "Grushko", "", "", 1, G),
 (I1, "alexander-grushko", 1, "him", "nato-non-expansion", "supports", 0, G),
 (I1, "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 (I2, "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, G),
 (I2, "alexander-grushko", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, G),
 (I3, "alexander-grushko", 1, "Grushko", "nato-open-door", "mentions", 0, G),
 (I3, "nato", 0, "NATO representatives", "nato-open-door", "supports", 0, G),
 ("For us, this policy is not a dogma and not an obligation. It is a choice of the alliance, and it is the choice that creates threats for Russia,", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, G),
 (I4, "alexander-grushko", 1, "The diplomat", "rollback-to-1997", "supports", 0, G),
 (I4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It is not an ultimatum. It is a return to the agreements which were broken by the alliance itself,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, G),
 (I5, "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, G),
 (I5, "alexander-grushko", 1, "Grushko", "no-intermediate-range-missiles", "supports", 0, G),
 (I5, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (I5, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Such weapons near our borders in case of crisis will be destabilizing factor of the first order,", "alexander-grushko", 1, "he", "no-strike-weapons-near-borders", "supports", 1, G),
 ("To the question, whether Russia is ready to withdraw the troops from the regions bordering with Ukraine, the deputy minister responded negatively.", "alexander-grushko", 1, "the deputy minister", "russia-de-escalation", "rejects", 0, G),
 ("The movements of forces on the territory of Russia are our sovereign matter, and we do not accept demands from the alliance on this topic,", "alexander-grushko", 1, "he", "russia-de-escalation", "rejects", 1, G),
 ("At the same time, Grushko did not exclude that the sides can return to the restoration of channels of military communication, which were practically frozen after the decision of NATO to reduce the Russian mission in Brussels.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "mentions", 0, G),
 ("We are in favour of the military contacts to be restored, to avoid dangerous incidents and misunderstandings. But this is not a replacement for the main questions,", "alexander-grushko", 1, "the diplomat", "resume-military-dialogue", "supports", 1, G),
 ("will not participate in the negotiations for the sake of negotiations.", "alexander-grushko", 1, "He", "", "", 1, G),
 ("According to Grushko, the exercises of NATO near the Russian borders had become «more intensive and more provocative», and it is necessary to agree on the parameters of their limitation.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, G),
 ("We will not compromise on key principles, including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, G),
 ("According to him, NATO is ready to discuss with Russia the issues of arms control, including missiles, and transparency of military exercises.", "jens-stoltenberg", 1, "him", "no-intermediate-range-missiles", "mentions", 0, G),
 ("According to him, NATO is ready to discuss with Russia the issues of arms control, including missiles, and transparency of military exercises.", "jens-stoltenberg", 1, "him", "limit-military-exercises", "mentions", 0, G),
 ("Stoltenberg also said that the alliance called on Russia to de-escalate the situation near Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, G),
 ("confirm that the West is not ready to hear Russia", "igor-lyskovtsev", 1, "Igor Lyskovtsev", "", "", 1, ""),
 (I6, "igor-lyskovtsev", 1, "the senator", "nato-non-expansion", "supports", 1, ""),
 (I6, "igor-lyskovtsev", 1, "the senator", "written-legal-guarantees", "supports", 1, ""),
 (I7, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (I7, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
]

# ---------------------------------------------------------------- FT Big Read (curly quotes)
F1 = "We have not seen our three key demands adequately taken into account: preventing NATO expansion, refusing to deploy strike weapons systems near Russia’s borders and returning the bloc’s military infrastructure in Europe to where it stood in 1997,"
F2 = "He also gave one of his bleakest portraits yet of what Ukrainian membership might mean, suggesting that a Ukraine inside the alliance could one day try to retake Crimea by force and drag NATO into war with Russia."
F3 = "Alongside a ban on enlargement, Moscow wanted an end to western military activity in Ukraine, the Caucasus and Central Asia, and American bombers and warships kept well away from Russia’s coasts."
F4 = "In its written reply, which was published this week by the Spanish newspaper El Pais, Washington proposed talks on reciprocal limits on ground-launched intermediate-range missiles and offered Russian inspectors a look at the Aegis Ashore missile defence sites in Romania and Poland, provided Moscow allowed similar visits to two of its own bases."
F5 = "NATO’s separate letter offered to re-establish the two sides’ missions in Brussels and Moscow and to set up a civilian-military hotline to reduce the risk of accidents, while insisting that Russia pull back the troops massed around Ukraine and withdraw its forces from Georgia and Moldova, where they are stationed without the consent of the host governments."
F6 = "No American president can promise that Ukraine will never be allowed to join NATO, and no ally is going to agree to pull its forces out of Poland or the Baltics,"
F7 = "The Kremlin is not asking for a pause. It wants the Bucharest promise cancelled and the map of NATO’s deployments redrawn back to the nineties,"
F8 = "That is why Moscow keeps saying a moratorium is not enough - it wants signatures, ratified treaties, something a future US administration cannot simply walk away from."
F9 = "Ukraine is not going to join NATO in the next 20 years anyway. Writing that down would cost the west very little and would give Putin the victory he needs,"
F10 = "If you pull them out to satisfy Moscow, you are telling Putin that pressure works."
F11 = "But he also made clear that Moscow would not settle for talks on secondary issues while the question of enlargement was left open."
L["ft-2022-02-03-big-read-putin-demands-west-answer"] = [
 (F1, "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (F1, "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (F1, "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("We are studying the documents, and this work will take some time.", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 (F2, "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("What then, should we fight the NATO bloc?", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("On December 17 the Russian foreign ministry published two draft treaties and demanded that the US and NATO sign them.", "russian-foreign-ministry", 0, "the Russian foreign ministry", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (F3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (F3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (F3, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (F4, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (F5, "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 (F5, "nato", 0, "NATO", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("NATO’s door remains open and that is a position we share with our allies,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Daniel Ferraro, who handled Russia policy at the Pentagon under President Barack Obama, said the missile proposals were more substantive than many in Moscow had expected.", "daniel-ferraro", 1, "Daniel Ferraro", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("There is genuinely something here. A deal on where intermediate-range systems can and cannot go would be the most significant arms control step in Europe in a decade,", "daniel-ferraro", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (F6, "daniel-ferraro", 1, "Ferraro", "no-ukraine-membership", "mentions", 1, ""),
 (F6, "daniel-ferraro", 1, "Ferraro", "rollback-to-1997", "mentions", 1, ""),
 (F7, "tatyana-voronova", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 (F7, "tatyana-voronova", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (F7, "russia", 0, "The Kremlin", "rescind-bucharest-2008", "supports", 1, ""),
 (F7, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 1, ""),
 (F8, "tatyana-voronova", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (F8, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("Voronova herself thinks a formal freeze on Ukraine’s accession is the only realistic outcome.", "tatyana-voronova", 1, "Voronova", "no-ukraine-membership", "supports", 0, ""),
 (F9, "tatyana-voronova", 1, "she", "no-ukraine-membership", "supports", 1, ""),
 (F9, "tatyana-voronova", 1, "she", "written-legal-guarantees", "supports", 1, ""),
 ("Kristiina Saar, director of the Centre for Baltic Defence Studies, says any agreement that limited allied deployments on NATO’s eastern flank would be a mistake that Estonia “could never accept”.", "kristiina-saar", 1, "Kristiina Saar", "rollback-to-1997", "rejects", 0, ""),
 ("The troops in Estonia, Latvia and Lithuania are there because of 2014, not because of 1997,", "kristiina-saar", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 (F10, "kristiina-saar", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 (F10, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("if it depends on Russia, there will be no war", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 (F11, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (F11, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("We’ve put a serious diplomatic path on the table,", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-31"),
 ("If Russia is serious about de-escalation, it will start by moving those forces away from Ukraine’s border.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("The Kremlin has built a staircase it may find hard to come down,", "peter-hollings", 1, "he", "", "", 1, ""),
 ("The risk is that the demands were never meant to be met.", "peter-hollings", 1, "he", "", "", 1, ""),
]

write_gold(L, "articles-207", "gold-207")
