#!/usr/bin/env python3
"""Writes the held-out gold of batch 243 (gold-243/*.nq) from the labels below.

Batch 243 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- abc-news-2022-01-27-us-nato-written-response-live: ABC News (Australia) live
  blog with AEDT time stamps in reverse order; US-time "Wednesday" remarks in a
  Thursday blog, a reader question answered by the blogger, interrupted quotes,
  Key-events bullets and headings that quote speakers (not labelled).
- the-hindu-2022-01-20-interview-russia-red-lines: The Hindu Q&A interview with
  an invented former ambassador; unmarked answer paragraphs (one quotation
  each), Moscow's demands attributed in passing, an analyst's own stance on a
  moratorium, Baker-Gorbachev 1990 and the 1997 Founding Act as background.
- south-china-morning-post-2022-01-27-wang-yi-blinken-call: SCMP news story with
  bullet standfirst, "Advertisement", caption and "Read more" lines; short
  quoted fragments inside reported speech, a question put to a spokesman,
  Xi/Ushakov support for unspecified "security guarantees" (no label).
- xinhua-2022-02-02-putin-fundamental-concerns-ignored: Xinhua wire with
  "Source/Editor" header and MOSCOW dateline; "Tuesday" and "last Wednesday"
  relative to a 2 February (Beijing) stamp, a three-demand list in one quote,
  organisation statements via ministry and spokesperson readouts.
- sputnik-2022-01-27-lavrov-us-response-secondary-issues: Sputnik English with
  UTF-8 BOM and CRLF; GMT time stamp, READ MORE links, an interrupted Lavrov
  quotation whose halves differ in stance, undated "earlier" remarks, "Kiev".
- balkan-insight-2022-01-14-balkan-nato-members-1997-rollback: BIRN feature
  with crossheads, photo caption and "Read more"; Balkan officials reacting to
  the 1997 rollback demand, a ministry statement, a pro-Russian MP, Bucharest
  2008 and 1999 as background; Monday/Wednesday/Thursday against 14 January.
- saeima-foreign-affairs-committee-2022-02-01-us-nato-answers-hearing: minutes of
  a Latvian Saeima Foreign Affairs Committee hearing in unofficial translation;
  initials-only speaker labels (full names in the attendance list), the chair
  and MPs' questions unlabelled, each answer paragraph one quotation.

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

Writer's notes on choices within the conventions: a short quoted fragment
inside a reported sentence is labelled as the fragment (direct 1) when the
demand lies in the fragment; otherwise the whole sentence is the evidence
(direct 0). Russia's in-passing labels are direct 0 and use the evidence of
the passage that carries them. A statement that Ukraine's own membership is
for Ukraine and the allies alone (no Russian veto on Ukraine) is labelled both
nato-open-door supports and no-ukraine-membership rejects; a general
"every state chooses its alliances" only nato-open-door.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

A = "abc-news-2022-01-27-us-nato-written-response-live"
hal1 = ("What Moscow put on the table in December was never really a negotiating position. Asking the alliance "
        "to promise in a treaty that it will never take in another eastern member, and to pull its troops out of "
        "every country that joined after 1997, is asking NATO to give up its own eastern flank,")
hal2 = "Where there is some room is the second tier: missiles, exercises, transparency. That's where the US letter seems to be pointing."
thanks = "Moscow wants exactly that promise, in writing and legally binding."
sacred = ("But for NATO, the principle that countries pick their own alliances is close to sacred, and ruling a country "
          "out at Russia's request would, in the allies' eyes, hand the Kremlin a veto.")
st_ukr = "It is for Ukraine and the 30 allies to decide when Ukraine is ready to join. Russia does not get a say, and Russia does not get a veto."
bl_offer = ("Mr Blinken said the response did offer to discuss reciprocal limits on where offensive missiles could be placed "
            "in Europe, along with more transparency around military drills, but only if Russia dialled down the tension on Ukraine's border.")
lav = "Our key demand is clear: no further eastward expansion of NATO and no deployment of strike weapons systems that threaten Russian territory,"
intro = ("Russia has demanded that NATO rule out membership for Ukraine and Georgia, pull its forces and weapons out of the "
         "former Soviet-bloc countries that joined after 1997, and put all of it down on paper in a legally binding form.")
asked = "Asked whether the letter left any opening at all on Moscow's demand that Ukraine be barred from the alliance, he was blunt."
L[A] = [
 (hal1, "kirsten-haldane", 1, "she", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (hal1, "kirsten-haldane", 1, "she", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 (hal1, "kirsten-haldane", 1, "she", "rollback-to-1997", "mentions", 1, "2022-01-27"),
 (hal1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (hal1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (hal1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (hal2, "kirsten-haldane", 1, "she", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 (hal2, "kirsten-haldane", 1, "she", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("is not going anywhere this week", "kirsten-haldane", 1, "Dr Haldane", "russia-de-escalation", "mentions", 1, "2022-01-27"),
 (thanks, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (thanks, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (sacred, "nato", 0, "NATO", "nato-open-door", "supports", 0, ""),
 (sacred, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, ""),
 (sacred, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We are ready to listen to Russia's concerns and to have a real conversation about how to strengthen European security,",
  "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("But we will not compromise on the principles that our security rests on.", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Mr Stoltenberg said the alliance was offering to restore the offices that NATO and Russia closed last year and to make better use of military lines of communication to avoid accidents.",
  "jens-stoltenberg", 1, "Mr Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We propose that we re-establish our respective offices in Moscow and Brussels, and that our militaries talk to each other more, not less,",
  "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 (st_ukr, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (st_ukr, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("He again called on Russia to pull back the tens of thousands of troops it has massed near Ukraine and to de-escalate immediately.",
  "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it,",
  "antony-blinken", 1, "Mr Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles we are committed to uphold and defend, including the right of countries to choose their own security arrangements and alliances.",
  "antony-blinken", 1, "Mr Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (asked, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change. There will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change. There will be no change,", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (bl_offer, "antony-blinken", 1, "Mr Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (bl_offer, "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (bl_offer, "antony-blinken", 1, "Mr Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We think diplomacy has the best chance to succeed if we give it room for confidential talks,",
  "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 (lav, "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 (lav, "sergei-lavrov", 1, "Mr Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-26"),
 ("Foreign Minister Marise Payne has put out a statement this morning urging Moscow to pull its forces back from Ukraine's border.",
  "marise-payne", 1, "Marise Payne", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("Australia calls on Russia to de-escalate and to step back from the brink,",
  "marise-payne", 1, "Senator Payne", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("She said Australia strongly supported Ukraine's sovereignty and its right to determine its own future, including its own security arrangements, free from coercion.",
  "marise-payne", 1, "She", "nato-open-door", "supports", 0, "2022-01-27"),
 (intro, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (intro, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (intro, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
]

H = "the-hindu-2022-01-20-interview-russia-red-lines"
h1 = ("There are two drafts, one addressed to Washington and one to NATO, and the Russian Foreign Ministry put both on its "
      "website on December 17. The headline items are that the alliance should stop moving east, that Ukraine and Georgia "
      "should be told plainly they will never join, and that NATO should take its forces back to where they stood in 1997, "
      "before the first wave of enlargement.")
h2 = ("The second layer of Moscow's asks is about hardware: no intermediate-range missiles placed where they can hit the "
      "other side, no warships or bombers loitering within striking distance, and fewer large exercises near the border. "
      "On that layer, frankly, there is room to talk.")
h3 = ("No, and I do not think anyone in Moscow seriously expected it. No American administration can sign a document that "
      "tells a third country which alliance it may join. The open-door principle is written into the North Atlantic Treaty itself.")
h4 = ("But I would not dismiss everything. My own view is that a formal moratorium on Ukraine's membership for, say, twenty "
      "years would cost NATO very little, since nobody in the alliance is proposing to admit Ukraine anyway, and it would give "
      "Mr. Putin something to take home. Moscow has said a moratorium is not enough, of course. It wants a treaty obligation, "
      "ratified, with no expiry date.")
h5 = ("History. The Russians believe they were promised in 1990 that NATO would not move “one inch” eastward, and that the "
      "promise was never put on paper. Whether that reading of the Baker-Gorbachev conversations is correct is a question for "
      "historians. What matters is that the Russian establishment believes it, and so today it says: no more verbal assurances, "
      "we want signatures.")
h6 = ("The build-up is the leverage. Nobody in Washington will sign anything while a hundred thousand soldiers are sitting a "
      "few hours' drive from Kharkiv, and Moscow knows that. The Western insistence that Russia pull those units back before "
      "anything else is simply the mirror image of Moscow's insistence on binding guarantees before anything else.")
h7 = ("In an uncomfortable spot. We have a special and privileged strategic partnership with Russia, and a comprehensive "
      "global strategic partnership with the United States. New Delhi has spoken of quiet and constructive diplomacy, and of "
      "the legitimate security interests of all countries. That is a formula both sides can read their own way, and I think that is deliberate.")
h8 = ("The risk for us is a slow freeze. If the Russia-West relationship collapses into sanctions and counter-sanctions, our "
      "defence supplies, our payments and even our Quad diplomacy become harder to manage. We should be quietly encouraging "
      "both sides to keep the Geneva channel open.")
h9 = ("A partial one, yes. Missiles, exercises, perhaps re-opening the military-to-military channels that were cut after 2014. "
      "Those are things Russia proposed and the Americans, by all accounts, found interesting. The big questions, enlargement "
      "and the 1997 line, will simply be parked, because neither side can say yes.")
h10 = ("The Founding Act of 1997 was supposed to settle precisely these questions. It said NATO had no intention, no plan and "
       "no reason to deploy nuclear weapons on the territory of new members. The irony is that both sides still quote it, to opposite ends.")
VR, D = "venkatesh-raghavan", "2022-01-19"
L[H] = [
 ("for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("slam closed NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (h1, VR, 1, "Venkatesh Raghavan", "nato-non-expansion", "mentions", 1, D),
 (h1, VR, 1, "Venkatesh Raghavan", "no-ukraine-membership", "mentions", 1, D),
 (h1, VR, 1, "Venkatesh Raghavan", "rollback-to-1997", "mentions", 1, D),
 (h1, "russia", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (h1, "russia", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (h1, "russia", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (h2, VR, 1, "Venkatesh Raghavan", "no-intermediate-range-missiles", "mentions", 1, D),
 (h2, VR, 1, "Venkatesh Raghavan", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (h2, VR, 1, "Venkatesh Raghavan", "limit-military-exercises", "mentions", 1, D),
 (h2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (h2, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (h2, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (h3, VR, 1, "Venkatesh Raghavan", "nato-open-door", "mentions", 1, D),
 (h3, VR, 1, "Venkatesh Raghavan", "no-ukraine-membership", "mentions", 1, D),
 (h4, VR, 1, "Venkatesh Raghavan", "no-ukraine-membership", "supports", 1, D),
 (h4, VR, 1, "Venkatesh Raghavan", "written-legal-guarantees", "mentions", 1, D),
 (h4, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (h5, VR, 1, "Venkatesh Raghavan", "written-legal-guarantees", "mentions", 1, D),
 (h5, "russia", 0, "the Russian establishment", "written-legal-guarantees", "supports", 0, ""),
 (h6, VR, 1, "Venkatesh Raghavan", "russia-de-escalation", "mentions", 1, D),
 (h6, VR, 1, "Venkatesh Raghavan", "written-legal-guarantees", "mentions", 1, D),
 (h6, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (h7, VR, 1, "Venkatesh Raghavan", "", "", 1, D),
 (h8, VR, 1, "Venkatesh Raghavan", "", "", 1, D),
 (h9, VR, 1, "Venkatesh Raghavan", "no-intermediate-range-missiles", "mentions", 1, D),
 (h9, VR, 1, "Venkatesh Raghavan", "limit-military-exercises", "mentions", 1, D),
 (h9, VR, 1, "Venkatesh Raghavan", "resume-military-dialogue", "mentions", 1, D),
 (h9, VR, 1, "Venkatesh Raghavan", "nato-non-expansion", "mentions", 1, D),
 (h9, VR, 1, "Venkatesh Raghavan", "rollback-to-1997", "mentions", 1, D),
 (h9, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (h9, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (h9, "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 (h10, VR, 1, "Venkatesh Raghavan", "", "", 1, D),
]

S = "south-china-morning-post-2022-01-27-wang-yi-blinken-call"
wash = ("Washington declined Moscow’s central demand, a pledge that Ukraine would never be admitted to Nato, while offering "
        "to talk about arms control and confidence-building steps.")
gu1 = ("It says Russia’s concerns are legitimate, it criticises bloc expansion in general terms, but it never says Ukraine "
       "must stay out of Nato. That is the line China will not cross,")
ng2 = ("There is no chance Beijing will publicly back the Russian demand that Nato pull its forces back to the 1997 positions, "
       "because that would sound like China wanting to redraw the map of Europe,")
L[S] = [
 ("strengthening or even expanding military blocs", "wang-yi", 1, "Wang Yi", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Russia’s legitimate security concerns should be taken seriously and resolved,", "wang-yi", 1, "Wang", "", "", 1, "2022-01-27"),
 ("underscored the global security and economic risks posed by further Russian aggression against Ukraine",
  "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-27"),
 ("de-escalation and diplomacy are the responsible way forward", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-27"),
 (wash, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (wash, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("spokesman Zhao Lijian was asked whether China agreed with Russia that Nato should halt its expansion.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("As a product of the cold war, Nato should adjust itself to the times. It should not keep expanding eastward and creating confrontation,",
  "zhao-lijian", 1, "Zhao", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("always advocates resolving disputes through dialogue and consultation", "zhao-lijian", 1, "He", "", "", 1, "2022-01-27"),
 (gu1, "gu-weiming", 1, "Gu", "nato-non-expansion", "mentions", 1, ""),
 (gu1, "gu-weiming", 1, "Gu", "no-ukraine-membership", "mentions", 1, ""),
 ("China does not want to be seen endorsing the redrawing of anyone’s borders, and Ukraine is also an important trading partner for China under the Belt and Road Initiative,",
  "gu-weiming", 1, "he", "", "", 1, ""),
 ("If the Americans are serious about capping where intermediate-range missiles can go in Europe, that is a conversation China will follow very closely, because the same logic could one day be applied in Asia,",
  "alfred-ng-chun-kit", 1, "Ng", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ng2, "alfred-ng-chun-kit", 1, "Ng", "rollback-to-1997", "mentions", 1, ""),
 (ng2, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
 ("Washington has repeatedly called on Russia to pull those forces back.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
]

X = "xinhua-2022-02-02-putin-fundamental-concerns-ignored"
x3 = ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the "
      "refusal to deploy strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in "
      "Europe to the state of 1997, when the Russia-NATO Founding Act was signed,")
crimea = ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What, are we supposed to fight "
          "with the NATO bloc? Has anyone thought about that? It seems not,")
lvb = ("According to the Russian Foreign Ministry, Lavrov told Blinken that Moscow still expected legally binding guarantees, "
       "set down on paper, that NATO would not move further eastward.")
dec = ("Russia in December proposed two draft agreements on security guarantees to the United States and NATO, seeking to stop "
       "NATO's eastward expansion and to bar the deployment of offensive weapons near its borders.")
resp = ("Washington and NATO handed over their written responses last Wednesday, rejecting Moscow's demand to halt the "
        "alliance's enlargement while offering talks on arms control, transparency and confidence-building measures.")
dor_s = ("In an interview with Xinhua, Alexei Dorofeyev, a senior research fellow at the Institute of World Economy and "
         "International Relations of the Russian Academy of Sciences, said Moscow's written proposals had been \"an attempt to "
         "fix the post-Cold War security order in international law rather than in verbal promises.\"")
dor_f = "an attempt to fix the post-Cold War security order in international law rather than in verbal promises."
dor2 = ("The West will not accept the 1997 line, but there is real room for agreement on intermediate-range missiles and on "
        "the scale of military drills near the borders,")
P, F1 = "vladimir-putin", "2022-02-01"
L[X] = [
 ("It is already clear now that the fundamental Russian concerns turned out to be ignored,", P, 1, "Putin", "", "", 1, F1),
 (x3, P, 1, "he", "nato-non-expansion", "supports", 1, F1),
 (x3, P, 1, "he", "no-strike-weapons-near-borders", "supports", 1, F1),
 (x3, P, 1, "he", "rollback-to-1997", "supports", 1, F1),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy,", P, 1, "Putin", "", "", 1, F1),
 ("They simply cite the part that suits them, about the freedom to choose alliances, and forget the rest,",
  P, 1, "he", "nato-open-door", "rejects", 1, F1),
 ("Putin warned that Ukraine's membership in NATO could drag Russia into a military conflict with the alliance.",
  P, 1, "Putin", "no-ukraine-membership", "supports", 0, F1),
 (crimea, P, 1, "the Russian leader", "no-ukraine-membership", "supports", 1, F1),
 ("not so far apart that an agreement cannot be reached.", "viktor-orban", 1, "Orban", "", "", 1, F1),
 (lvb, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, F1),
 (lvb, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, F1),
 ("take immediate steps to de-escalate", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, F1),
 ("The president has repeatedly said that NATO's non-expansion is a matter of principle for us, and this position has not changed,",
  "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, F1),
 (dec, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (dec, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (resp, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (resp, "nato", 0, "NATO", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (resp, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (dor_f, "alexei-dorofeyev", 1, "Alexei Dorofeyev", "written-legal-guarantees", "mentions", 1, ""),
 (dor_s, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (dor2, "alexei-dorofeyev", 1, "Dorofeyev", "rollback-to-1997", "mentions", 1, ""),
 (dor2, "alexei-dorofeyev", 1, "Dorofeyev", "no-intermediate-range-missiles", "mentions", 1, ""),
 (dor2, "alexei-dorofeyev", 1, "Dorofeyev", "limit-military-exercises", "mentions", 1, ""),
]

K = "sputnik-2022-01-27-lavrov-us-response-secondary-issues"
main = ("The main issue is our clear position on the inadmissibility of NATO's further expansion to the east and the "
        "deployment of strike weapons which could threaten the territory of the Russian Federation,")
sp1 = "The Americans now write about intermediate-range missiles and about the transparency of exercises,"
sp2 = ("and we ourselves proposed limits on such missiles and on drills near the borders back in 2019 and 2020, when "
       "Washington did not want to hear us.")
zak = ("Washington prefers to talk about the open door, but the door it keeps open leads straight to our borders, and we "
       "have said many times that we will not accept NATO creeping ever closer to them,")
rya = ("For us the question of Ukraine's non-accession to NATO is an absolute imperative, and we cannot be satisfied with "
       "vague formulas about the 'open door',")
she = ("The Americans are ready to discuss where to put missiles, but they are not ready to discuss where to put NATO. For "
       "Moscow this is the wrong way round,")
she2 = ("He suggested the US proposals on exercises and missile deployments could nevertheless become the basis for a "
        "\"step-by-step\" process if both sides showed political will.")
mfa = ("In December, Russia's Foreign Ministry published draft agreements with the US and NATO that, among other things, "
       "would bar the alliance from expanding eastward, ban the deployment of intermediate-range missiles in areas from which "
       "they could hit the other side's territory, and oblige NATO not to conduct military activity on the territory of "
       "Ukraine and other Eastern European, South Caucasus and Central Asian states.")
T = "2022-01-27"
L[K] = [
 ("There is a reaction which allows us to count on the beginning of a serious conversation, but on secondary issues,",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, T),
 (main, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, T),
 (main, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 (sp1, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 1, T),
 (sp1, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 1, T),
 (sp2, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "supports", 1, T),
 (sp2, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "supports", 1, T),
 ("It cannot be said that our considerations were taken into account or that a readiness to take our concerns into account was demonstrated,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("We will not rush to conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("Foreign Ministry spokeswoman Maria Zakharova, speaking at her weekly briefing, criticised Western statements on the alliance's so-called \"open door\" policy.",
  "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, ""),
 (zak, "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, ""),
 (zak, "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, ""),
 ("has nothing to hide from its own citizens", "maria-zakharova", 1, "She", "", "", 1, ""),
 (rya, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, ""),
 (rya, "sergei-ryabkov", 1, "Ryabkov", "nato-open-door", "rejects", 1, ""),
 ("the experience of verbal assurances, including those given to the Soviet leadership, has been very sad for us",
  "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 1, ""),
 ("On Wednesday, US Secretary of State Antony Blinken said the US response did not contain any concessions regarding NATO's open-door policy and that Washington remained committed to the right of every state to choose its alliances.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg, for his part, said that the alliance would not compromise on the right of every country, including Ukraine, to choose its own path.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 (she, "igor-sheremetev", 1, "Sheremetev", "no-intermediate-range-missiles", "mentions", 1, T),
 (she, "igor-sheremetev", 1, "Sheremetev", "nato-non-expansion", "mentions", 1, T),
 (she2, "igor-sheremetev", 1, "He", "limit-military-exercises", "mentions", 0, T),
 (she2, "igor-sheremetev", 1, "He", "no-intermediate-range-missiles", "mentions", 0, T),
 ("Russia has repeatedly dismissed Western claims of an impending \"invasion\" of Ukraine, stressing that it has the right to move troops within its own territory and that it does not threaten anyone.",
  "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 (mfa, "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "nato-non-expansion", "supports", 0, ""),
 (mfa, "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "no-intermediate-range-missiles", "supports", 0, ""),
 (mfa, "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, ""),
]

B = "balkan-insight-2022-01-14-balkan-nato-members-1997-rollback"
draft = ("The draft agreement with NATO that Moscow published on December 17 would require the alliance not to station troops "
         "or weapons in any country that joined after May 27, 1997, the day the NATO-Russia Founding Act was signed.")
der = ("Albania did not join NATO by accident, and we will not be sent back to the waiting room because Moscow is nostalgic "
       "for the map of 1997,")
carp = ("Carpenter said Washington would not entertain Russia's call for NATO to withdraw its forces from countries that "
        "joined after 1997, and urged Moscow to pull back the troops it has massed on Ukraine's borders.")
rad = ("Montenegro should have stayed neutral. Russia is only asking what any big country would ask, that a military "
       "alliance does not keep marching up to its doorstep,")
gru = ("Russia's Deputy Foreign Minister, Alexander Grushko, who led Moscow's delegation in Brussels, said on Wednesday that "
       "it was \"absolutely necessary\" for Russia to receive legally binding guarantees that NATO would stop expanding, and "
       "that NATO's open-door policy was not a \"sacred cow\".")
vuk2 = ("She warned, however, that the Russian demand for a rollback to 1997 had an uncomfortable implication for Serbia's "
        "neighbours, because it would effectively divide the Balkans into zones where NATO forces could and could not be stationed.")
Th = "2022-01-13"
L[B] = [
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures to ensure strategic balance,",
  "alexander-lukashevich", 1, "Lukashevich", "", "", 1, Th),
 (draft, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We are not asking for anything new. We are asking NATO to return to the commitments of 1997 and to the military configuration that existed then,",
  "alexander-lukashevich", 1, "Lukashevich", "rollback-to-1997", "supports", 1, Th),
 ("Albania's Deputy Foreign Minister, Ilir Dervishi, said Tirana would not accept any arrangement that treated it as a second-class ally.",
  "ilir-dervishi", 1, "Ilir Dervishi", "rollback-to-1997", "rejects", 0, ""),
 (der, "ilir-dervishi", 1, "Dervishi", "rollback-to-1997", "rejects", 1, ""),
 (der, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("not negotiable with anybody, in Moscow or anywhere else", "marija-trajkovska", 1, "Marija Trajkovska", "rollback-to-1997", "rejects", 1, ""),
 ("She added that Skopje fully backed the right of every European country, including Ukraine and Georgia, to decide for itself which alliances to join.",
  "marija-trajkovska", 1, "She", "nato-open-door", "supports", 0, ""),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, Th),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, Th),
 (carp, "michael-carpenter", 1, "Carpenter", "rollback-to-1997", "rejects", 0, Th),
 (carp, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, Th),
 (carp, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,",
  "zbigniew-rau", 1, "he", "", "", 1, Th),
 (rad, "nikola-radonjic", 1, "Radonjić", "nato-non-expansion", "supports", 1, ""),
 (rad, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The Defence Ministry in Podgorica said in a statement that Montenegro's membership was a permanent strategic choice of its citizens and that no third country could question it, or the presence of allied forces on its soil.",
  "montenegro", 0, "The Defence Ministry in Podgorica", "rollback-to-1997", "rejects", 0, ""),
 ("On Wednesday, after the first meeting of the NATO-Russia Council in more than two years, NATO Secretary General Jens Stoltenberg said allies would not compromise on core principles, including the right of each nation to choose its own path.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (gru, "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 (gru, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (gru, "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("Belgrade is neutral, so it can say it understands Moscow's worries about NATO expansion without paying any price for it. Nobody is asking Serbia to choose,",
  "jelena-vukovic", 1, "Vuković", "nato-non-expansion", "mentions", 1, ""),
 (vuk2, "jelena-vukovic", 1, "She", "rollback-to-1997", "mentions", 0, ""),
 (vuk2, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
]

R = "saeima-foreign-affairs-committee-2022-02-01-us-nato-answers-hearing"
IB, MK, F = "ilze-berzina-ozola", "martins-kalnins", "2022-02-01"
r2 = ("On 26 January the United States and the Alliance handed their written replies to Moscow. Latvia was consulted on the "
      "text of the Alliance reply at every step. I want to underline: there is nothing in these replies which gives to Russia "
      "the right of veto on the enlargement, and there is nothing which foresees the withdrawal of Allied forces from our territory.")
r3 = ("The Russian side in its draft documents demanded, as you know, that the Alliance returns to the configuration of 27 May "
      "1997, and that no forces of other Allies are stationed on the territory of the states which joined after that date. For "
      "Latvia this would mean that the enhanced Forward Presence battlegroup in Ādaži leaves. This is not a subject for any "
      "discussion, not now and not later.")
r4 = ("At the same time, the replies contain the proposals which Latvia can support: reciprocal transparency and notification "
      "of exercises, talks on the intermediate-range missiles, and the restoring of the channels of military communication "
      "between NATO and Russia. Here is a space for dialogue, if Russia de-escalates.")
r5 = ("No, colleague, we do not see such a risk. The decisions about the membership of Ukraine or Georgia are taken by the "
      "Allies and the candidate country itself, not in Moscow. The American side assured us in the bilateral format repeatedly: "
      "nothing about Europe without Europe.")
r6 = ("Regarding the moratorium, Moscow itself has said publicly that a moratorium does not satisfy it, because it wants the "
      "legally binding treaty. So, the scenario which you describe is not on the table from both sides.")
k1 = ("Thank you, Chairman. Concerning the military situation: around Ukraine Russia has concentrated more than 100 thousand "
      "troops, and in Belarus the units are arriving for the joint exercise \"Union Resolve 2022\", which is planned for 10 to "
      "20 February. From the military point of view, we see no de-escalation, rather the opposite.")
k2 = ("Our position, together with the Allies, remains unchanged: Russia must withdraw these forces to the places of permanent "
      "deployment. Without this, any talk about the security guarantees is talk under the gun.")
k3 = ("Regarding the missiles. The Russian demand not to deploy intermediate-range missiles in Europe is, frankly speaking, a "
      "demand which Russia itself violated with the 9M729 system, because of which the INF Treaty ended in 2019. The Allies are "
      "ready to talk about reciprocal restrictions, but only in a package and only verifiable.")
k4 = ("And I must add: Latvia does not have and does not plan any offensive strike systems which would threaten Russia. This is "
      "a fact, not a concession.")
r7 = ("We do not have the exact date. Minister Lavrov has said that the Russian side will send its own questions on the "
      "indivisibility of security to all OSCE and NATO capitals. We will reply to them in coordination with the Allies.")
L[R] = [
 ("Thank you, Mr. Chairman, honourable members of the committee. I will briefly inform about the state of play after the last weeks.",
  IB, 1, "I. Bērziņa-Ozola", "", "", 1, F),
 (r2, IB, 1, "I. Bērziņa-Ozola", "nato-open-door", "supports", 1, F),
 (r2, IB, 1, "I. Bērziņa-Ozola", "rollback-to-1997", "rejects", 1, F),
 (r3, IB, 1, "I. Bērziņa-Ozola", "rollback-to-1997", "rejects", 1, F),
 (r3, "russia", 0, "The Russian side", "rollback-to-1997", "supports", 0, ""),
 (r4, IB, 1, "I. Bērziņa-Ozola", "limit-military-exercises", "mentions", 1, F),
 (r4, IB, 1, "I. Bērziņa-Ozola", "no-intermediate-range-missiles", "mentions", 1, F),
 (r4, IB, 1, "I. Bērziņa-Ozola", "resume-military-dialogue", "supports", 1, F),
 (r4, IB, 1, "I. Bērziņa-Ozola", "russia-de-escalation", "supports", 1, F),
 (r5, IB, 1, "I. Bērziņa-Ozola", "nato-open-door", "supports", 1, F),
 (r5, IB, 1, "I. Bērziņa-Ozola", "no-ukraine-membership", "rejects", 1, F),
 (r6, IB, 1, "I. Bērziņa-Ozola", "written-legal-guarantees", "mentions", 1, F),
 (r6, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (k1, MK, 1, "M. Kalniņš", "russia-de-escalation", "mentions", 1, F),
 (k2, MK, 1, "M. Kalniņš", "russia-de-escalation", "supports", 1, F),
 (k3, MK, 1, "M. Kalniņš", "no-intermediate-range-missiles", "mentions", 1, F),
 (k3, "russia", 0, "The Russian demand", "no-intermediate-range-missiles", "supports", 0, ""),
 (k4, MK, 1, "M. Kalniņš", "no-strike-weapons-near-borders", "mentions", 1, F),
 (r7, IB, 1, "I. Bērziņa-Ozola", "", "", 1, F),
]

write_gold(L, "articles-243", "gold-243")
