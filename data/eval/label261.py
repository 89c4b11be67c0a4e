#!/usr/bin/env python3
"""Writes the held-out gold of batch 261 (gold-261/*.nq) from the labels below.

Batch 261 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- axios-2022-01-26-us-hands-russia-written-response: Axios "smart brevity"
  news story (front matter, "Why it matters:" crossheads, dash bullets); quote
  fragment after "because", Russian demands stated by the narrator, "Biden
  administration officials" as an organisation speaker, analyst quote
  attributing demands to Putin in passing, 1990 flashback.
- thetimes-2022-01-13-russia-warns-of-dangerous-impasse: The Times of London
  news report (no front matter, standfirst, byline/date line, curly quotes,
  "Mr Grushko"); quotations interrupted by "he said", analyst who first
  reports Moscow's framing and then rejects it, anonymous NATO diplomat,
  Baker/Founding Act/Bucharest background, "yesterday"/"Monday" dates.
- gazeta-ru-2022-01-21-lavrov-blinken-geneva: Gazeta.ru machine-translated
  (UTF-8 BOM, CRLF, « » quotes with ", — said he", "shock weapon systems",
  "medium and smaller range"); "According to him" reported speech, Russian
  drafts summarised as "In them Moscow demands", Telegram quote, expert.
- hromadske-2022-01-27-kuleba-us-response-no-surprises-for-kyiv: Hromadske in
  English (front matter, READ ALSO lines, crossheads, nested quote marks);
  Ukrainian MP and analysts whose quotes attribute demands to Moscow in
  passing, en-dash reported speech by Lavrov, Normandy-format side story.
- senat-2022-02-02-hearing-russian-demands-european-security: French Senate
  foreign affairs committee summary record in translation (front matter,
  "Mr X, title. –" speaker labels); each answer paragraph is one direct
  quotation, senators' questions and the chair unlabelled, Putin and Macron
  reported inside a witness's paragraph, 1990/1997 history in an answer.
- kremlin-2021-12-31-putin-biden-telephone-conversation: Kremlin readout of
  the 30 December 2021 call (reported speech of both presidents) followed by
  a wire-style news story (dateline, Ushakov quoting Putin, Psaki statement
  reporting Biden, Biden in Wilmington the next day, analyst).
- carnegie-2022-02-03-putin-answers-the-answers: Carnegie Endowment
  commentary (front matter, standfirst, crossheads, author bio, disclaimer);
  Putin quote interrupted by "Putin said", rhetorical question by Putin,
  Lavrov's letter (a document, unlabelled), the author's prose attributing
  demands to Moscow; the author's own analysis is narration, not labelled.

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

A = "axios-2022-01-26-us-hands-russia-written-response"
LIND1 = "The administration has put on the table everything it can short of the two things Putin actually asked for — Ukraine and the 1997 lines,"
L[A] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We're prepared to talk about reciprocal transparency and confidence-building measures on military exercises and maneuvers in Europe,", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("The Russians have demanded a guarantee that Ukraine will never be admitted to NATO and that the alliance pull its forces back from members that joined after 1997.", "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 ("The Russians have demanded a guarantee that Ukraine will never be admitted to NATO and that the alliance pull its forces back from members that joined after 1997.", "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
 ("Biden administration officials have repeatedly called both ideas non-starters.", "united-states", 0, "Biden administration officials", "no-ukraine-membership", "rejects", 0, ""),
 ("Biden administration officials have repeatedly called both ideas non-starters.", "united-states", 0, "Biden administration officials", "rollback-to-1997", "rejects", 0, ""),
 ("Russia also wants any deal to be legally binding, and Kremlin officials have said verbal promises won't do.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("If a constructive answer does not come and the West continues its aggressive line, then Moscow will take the necessary response measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-26"),
 ("We will not compromise on the right of each and every nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Stoltenberg said NATO was ready to reopen its office in Moscow and restore Russia's mission to the alliance, and proposed setting up military-to-military contact lines to prevent dangerous incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("It's very clear the Russians have no intention right now of de-escalating,", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 1, "2022-01-24"),
 (LIND1, "rebecca-lindqvist", 1, "Rebecca Lindqvist", "no-ukraine-membership", "mentions", 1, ""),
 (LIND1, "rebecca-lindqvist", 1, "Rebecca Lindqvist", "rollback-to-1997", "mentions", 1, ""),
 ("the two things Putin actually asked for — Ukraine and the 1997 lines", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, ""),
 ("the two things Putin actually asked for — Ukraine and the 1997 lines", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, ""),
 ("If Moscow wants a deal on missiles, this letter gives it one. If it wants a sphere of influence, nothing will,", "rebecca-lindqvist", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
]

T = "thetimes-2022-01-13-russia-warns-of-dangerous-impasse"
HART1 = "Moscow has framed this as an ultimatum, with no further enlargement and a pullback to the 1997 lines as non-negotiable,"
HART2 = "Nato should not give that, because it would mean ceasing to be Nato."
ALLI = "The alliance offered to discuss arms control, the placement of intermediate-range missiles in Europe and greater transparency over exercises, and proposed to restore the two sides’ diplomatic missions, which were closed last autumn after a spying row."
L[T] = [
 ("Alexander Grushko, the deputy foreign minister who led the Russian delegation, said that the alliance had refused to abandon its “open door” policy, which Moscow regards as a direct threat to its security.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("It is extremely important for us that Nato stops its eastward march,", "alexander-grushko", 1, "Mr Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The freedom to choose alliances cannot come at the price of somebody else’s security.", "alexander-grushko", 1, "Mr Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("He said that Russia would resort to “military-technical” measures if the West paid no heed to its concerns about strike weapons being stationed close to its frontiers.", "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("There are significant differences between Nato allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all Nato allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("He made plain that Moscow could not be handed a veto over Ukraine’s future.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Russia does not have a say on whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (ALLI, "nato", 0, "The alliance", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (ALLI, "nato", 0, "The alliance", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("The path to diplomacy runs through de-escalation, and it is Russia that has to take the first step by pulling its troops back,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Sergei Ryabkov, who led Moscow’s team at Monday’s talks with Ms Sherman in Geneva, said that day that Russia needed cast-iron assurances that Ukraine would never be admitted to the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (HART1, "fiona-hartley", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (HART1, "fiona-hartley", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (HART1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (HART1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (HART2, "fiona-hartley", 1, "she", "nato-non-expansion", "rejects", 1, ""),
 (HART2, "fiona-hartley", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("She added that there was “real substance” in the offer on missiles, but that it was unlikely to satisfy Mr Putin on its own.", "fiona-hartley", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("We did not walk away, and neither did they,", "nato", 0, "the diplomat", "", "", 1, "2022-01-12"),
]

G = "gazeta-ru-2022-01-21-lavrov-blinken-geneva"
LAV1 = "Lavrov stressed that the main demand of Moscow remains the non-expansion of NATO to the east and the non-deployment of shock weapon systems near the Russian borders."
BLK3 = "Blinken said that Washington is ready to discuss with Moscow the questions of the placement of the missiles of medium and smaller range in Europe, and also the measures of trust in the sphere of the military exercises."
SED = "The Americans will never sign the paper that Ukraine never will enter NATO, this for them is the question of principle. But the question of the missiles and of the exercises may become the subject of the bargaining"
DRAFT = "In them Moscow demands, in particular, the refusal of NATO from further expansion, including the accession of Ukraine, and also the non-deployment of the forces and weapons in the countries which were not members of the alliance in May 1997."
L[G] = [
 ("I can't say whether we are on the right path or not. We will understand this when we receive the American answer on the paper", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-21"),
 (LAV1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 (LAV1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-21"),
 ("According to him, Russia insists also on the return of the military configuration of the alliance to the year 1997, when was signed the Founding Act Russia — NATO.", "sergei-lavrov", 1, "him", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Our troops are on our own territory, and we will not take them anywhere on someone's demand", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-21"),
 ("We have clearly let know that there are principles on which we are not going to compromise, among them the right of every country itself to choose with whom to be in the alliance", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-21"),
 ("If Russia wants to convince the world that it has no aggressive intentions, the best way is to withdraw the troops from the borders of Ukraine", "antony-blinken", 1, "the head of the State Department", "russia-de-escalation", "supports", 1, "2022-01-21"),
 (BLK3, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-21"),
 (BLK3, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-21"),
 ("It would be naive to expect some breakthrough from this meeting, but the dialogue is necessary", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-21"),
 (SED, "viktor-sedykh", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (SED, "viktor-sedykh", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (SED, "viktor-sedykh", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("We need the legally binding guarantees, and not the promises, which the West already gave in the 1990s and broke", "leonid-slutsky", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 (DRAFT, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DRAFT, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DRAFT, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

H = "hromadske-2022-01-27-kuleba-us-response-no-surprises-for-kyiv"
LAVH = "Russian Foreign Minister Sergei Lavrov said on Thursday there was no positive response on the main issue – the inadmissibility of NATO’s further eastward expansion and of deploying offensive weapons that could threaten Russian territory."
BOND = "Moscow wants a written promise that we will stay outside the Alliance forever. No one in Washington or Brussels has the right to give such a promise on our behalf,"
BONDR = "Moscow wants a written promise that we will stay outside the Alliance forever."
KOTS = "The West offered Moscow a conversation on missiles and on the scale of drills. That was what the Kremlin asked for ten years ago, but today Moscow wants something else – a zone across the former Soviet space where the Alliance has no presence at all,"
LYT = "Another expert, Oleksandr Lytvynenko-Haidai of the Kyiv-based Centre for Euro-Atlantic Studies, believes that the pressure on Ukraine will continue until Moscow gets guarantees that the Alliance will not accept new members."
L[H] = [
 ("The document contains no provisions that would close the door to NATO for Ukraine or that would go against our interests,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Our partners keep to the principle ‘nothing about Ukraine without Ukraine’, and we see that it works in practice,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-27"),
 ("Russia is continuing to build up its forces, and we must be ready for any scenario, but there is no reason for panic,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("It cannot be said that our considerations were taken into account or that any concern was shown for our concerns,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (LAVH, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (LAVH, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 (BOND, "iryna-bondarenko", 1, "Iryna Bondarenko", "no-ukraine-membership", "rejects", 1, ""),
 (BONDR, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (BONDR, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("She said that Ukraine’s course towards NATO is written into the Constitution and cannot be traded away in talks between other countries.", "iryna-bondarenko", 1, "She", "no-ukraine-membership", "rejects", 0, ""),
 (KOTS, "mariana-kotsiuba", 1, "Mariana Kotsiuba", "no-intermediate-range-missiles", "mentions", 1, ""),
 (KOTS, "mariana-kotsiuba", 1, "Mariana Kotsiuba", "limit-military-exercises", "mentions", 1, ""),
 (KOTS, "mariana-kotsiuba", 1, "Mariana Kotsiuba", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("today Moscow wants something else – a zone across the former Soviet space where the Alliance has no presence at all", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The Kremlin is testing how far the West is prepared to go. If it sees division, it will press harder,", "mariana-kotsiuba", 1, "Kotsiuba", "", "", 1, ""),
 (LYT, "oleksandr-lytvynenko-haidai", 1, "Oleksandr Lytvynenko-Haidai", "nato-non-expansion", "mentions", 0, ""),
 ("until Moscow gets guarantees that the Alliance will not accept new members", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("It was not easy, but we have a result, and we will meet again in Berlin in two weeks,", "andriy-yermak", 1, "Yermak", "", "", 1, "2022-01-26"),
]

S = "senat-2022-02-02-hearing-russian-demands-european-security"
V1 = "Thank you, Mr Chair. The texts that Moscow made public on 17 December are not a negotiating offer in the usual sense. They ask the Alliance to renounce any further enlargement, to withdraw its forces to where they stood in 1997 and to refrain from any military activity in Ukraine, in the Caucasus and in Central Asia. They were published before being negotiated, which says a great deal about their purpose."
V1R = "They ask the Alliance to renounce any further enlargement, to withdraw its forces to where they stood in 1997 and to refrain from any military activity in Ukraine, in the Caucasus and in Central Asia."
V2 = "France’s position, which is that of all the Allies, has not changed: the choice of alliances belongs to each sovereign state, and no third country can claim a right of veto over it. We will not negotiate the future of Ukraine or Georgia over their heads."
V3 = "That being said, there are subjects on which Europeans have their own interest in talking: the limitation of intermediate-range missiles, since the end of the INF Treaty left a void on our continent; greater predictability around exercises; and the restoration of channels between military staffs to avoid incidents. These subjects appeared in the American and Allied letters of 26 January."
LF1 = "On 1990, the archives show that James Baker did speak of “not one inch eastward”, but in the context of German reunification, and nothing was ever signed. The Founding Act of 1997 contains no prohibition on enlargement; it records a unilateral intention of the Alliance not to station substantial combat forces permanently on the territory of new members, in the security environment of the time."
LF2 = "What Moscow demands today is of another nature. Mr Putin said it again yesterday, with Mr Orbán at his side: the three central Russian requests – no further enlargement, no offensive systems near Russia’s borders, a return to the 1997 configuration – were, in his words, ignored. In my view, the first and the third cannot be accepted by any Ally; the second deserves to be discussed seriously in an arms control negotiation."
LF2P = "Mr Putin said it again yesterday, with Mr Orbán at his side: the three central Russian requests – no further enlargement, no offensive systems near Russia’s borders, a return to the 1997 configuration – were, in his words, ignored."
LF3 = "Let me add one point. The Russian insistence on a treaty ratified by the US Senate is not a detail. Moscow no longer believes in political declarations, and wants texts with legal force. Whatever we think of it, this distrust will not go away quickly."
LF3R = "Moscow no longer believes in political declarations, and wants texts with legal force."
V4 = "The Bucharest declaration remains the position of the Alliance, and France has no intention of calling it into question under pressure. To do so today would reward the massing of troops on a neighbour’s border."
V5 = "The first condition for any progress is a visible reduction of the forces massed around Ukraine, including in Belarus. Without it, no discussion can go very far, and the President of the Republic said so to Mr Putin on Friday."
V5M = "Without it, no discussion can go very far, and the President of the Republic said so to Mr Putin on Friday."
V6 = "The political advisers met in Paris on 26 January and will meet again in Berlin. It is modest, but it is the only forum where Russians and Ukrainians sit at the same table with us."
V7 = "As for the risk of a bilateral arrangement, we have had constant contact with Washington. The American response was drafted with the Europeans, and the OSCE remains the place where all our countries, including Russia, discuss the security of the continent."
LF4 = "I would be slightly less reassuring. When Mr Lavrov writes to each OSCE capital separately, as he did last week, he is trying to divide us, and the Alliance must answer with one voice."
D = "2022-02-02"
L[S] = [
 (V1, "helene-verdier", 1, "Ms Hélène Verdier", "nato-non-expansion", "mentions", 1, D),
 (V1, "helene-verdier", 1, "Ms Hélène Verdier", "rollback-to-1997", "mentions", 1, D),
 (V1, "helene-verdier", 1, "Ms Hélène Verdier", "no-military-activity-ex-soviet", "mentions", 1, D),
 (V1R, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (V1R, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (V1R, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (V2, "helene-verdier", 1, "Ms Hélène Verdier", "nato-open-door", "supports", 1, D),
 (V2, "helene-verdier", 1, "Ms Hélène Verdier", "no-ukraine-membership", "rejects", 1, D),
 (V3, "helene-verdier", 1, "Ms Hélène Verdier", "no-intermediate-range-missiles", "mentions", 1, D),
 (V3, "helene-verdier", 1, "Ms Hélène Verdier", "limit-military-exercises", "mentions", 1, D),
 (V3, "helene-verdier", 1, "Ms Hélène Verdier", "resume-military-dialogue", "mentions", 1, D),
 (LF1, "arnaud-lefranc", 1, "Mr Arnaud Lefranc", "", "", 1, D),
 (LF2, "arnaud-lefranc", 1, "Mr Arnaud Lefranc", "nato-non-expansion", "rejects", 1, D),
 (LF2, "arnaud-lefranc", 1, "Mr Arnaud Lefranc", "rollback-to-1997", "rejects", 1, D),
 (LF2, "arnaud-lefranc", 1, "Mr Arnaud Lefranc", "no-strike-weapons-near-borders", "mentions", 1, D),
 (LF2P, "vladimir-putin", 1, "Mr Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (LF2P, "vladimir-putin", 1, "Mr Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (LF2P, "vladimir-putin", 1, "Mr Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (LF3, "arnaud-lefranc", 1, "Mr Arnaud Lefranc", "written-legal-guarantees", "mentions", 1, D),
 (LF3R, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (V4, "helene-verdier", 1, "Ms Hélène Verdier", "rescind-bucharest-2008", "rejects", 1, D),
 (V5, "helene-verdier", 1, "Ms Hélène Verdier", "russia-de-escalation", "supports", 1, D),
 (V5M, "emmanuel-macron", 1, "the President of the Republic", "russia-de-escalation", "supports", 0, "2022-01-28"),
 (V6, "helene-verdier", 1, "Ms Hélène Verdier", "", "", 1, D),
 (V7, "helene-verdier", 1, "Ms Hélène Verdier", "", "", 1, D),
 (LF4, "arnaud-lefranc", 1, "Mr Arnaud Lefranc", "", "", 1, D),
]

K = "kremlin-2021-12-31-putin-biden-telephone-conversation"
PUT = "Vladimir Putin explained in detail the logic of the Russian approach, stressing that Russia needs reliable, legally formalised guarantees that would exclude NATO’s further eastward expansion and the deployment of offensive weapons systems in the countries neighbouring Russia."
USH = "He said that Biden had assured Putin that the United States did not plan to place offensive strike weapons in Ukraine, and called this a signal that Moscow had been heard."
DRK = "Moscow published draft treaties on December 17 that would bar Ukraine and other former Soviet republics from joining NATO and restrict Western military deployments in eastern Europe."
ROZ = "The Kremlin got a personal channel with Biden and a calendar of talks. But on the thing Moscow wants most, a ban on Ukraine joining NATO, Washington has not moved an inch,"
L[K] = [
 ("The main focus was on the upcoming talks on providing Russia with long-term, legally binding security guarantees.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2021-12-30"),
 (PUT, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-30"),
 (PUT, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2021-12-30"),
 (PUT, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2021-12-30"),
 ("Joseph Biden, for his part, said that Washington had no intention of deploying offensive strike weapons in Ukraine.", "joe-biden", 1, "Joseph Biden", "no-strike-weapons-near-borders", "supports", 0, "2021-12-30"),
 ("It would be a colossal mistake that would have the gravest consequences,", "vladimir-putin", 1, "Putin", "", "", 1, "2021-12-30"),
 ("Our president made it clear that what we need is a result — a legally fixed result — and not endless discussion,", "yuri-ushakov", 1, "Ushakov", "written-legal-guarantees", "supports", 1, "2021-12-30"),
 (USH, "yuri-ushakov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2021-12-30"),
 (USH, "joe-biden", 1, "Biden", "no-strike-weapons-near-borders", "supports", 0, "2021-12-30"),
 ("In Washington, White House press secretary Jen Psaki said in a statement that Biden urged Russia to de-escalate tensions with Ukraine and made clear that the United States and its allies would respond decisively if Russia further invaded its neighbour.", "joe-biden", 1, "Biden", "russia-de-escalation", "supports", 0, "2021-12-30"),
 ("I made it clear to President Putin that if he makes any more moves into Ukraine, we will have severe sanctions,", "joe-biden", 1, "he", "", "", 1, "2021-12-31"),
 (DRK, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DRK, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DRK, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Kremlin readout made no mention of Ukraine’s aspirations to join NATO, an issue that Russian officials have described as a red line.", "russia", 0, "Russian officials", "no-ukraine-membership", "supports", 0, ""),
 (ROZ, "dmitry-rozanov", 1, "Rozanov", "no-ukraine-membership", "mentions", 1, ""),
 ("on the thing Moscow wants most, a ban on Ukraine joining NATO", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

C = "carnegie-2022-02-03-putin-answers-the-answers"
P2 = "nor on the refusal to deploy strike systems near our borders, nor on returning the bloc’s infrastructure to where it stood in 1997."
CORE = "These three points are the core of the package Moscow put forward in December, and the Kremlin has insisted that they cannot be separated from one another."
ELSE = "Everything else in the two drafts—hotlines, notification of exercises, the minimum distance for warships and bombers—was, in the Russian reading, secondary."
USR = "The American reply, by most accounts, offered talks on reciprocal limits on missile deployments in Europe, on transparency for exercises, and on risk reduction."
PRICE = "We remain ready to discuss reciprocal limits on missile deployments, but not to reopen the question of who may join the alliance,"
MEL = "Without a written renunciation of expansion, there is simply nothing to talk about,"
CENT = "The central Russian demand—that NATO should formally close its doors to Ukraine and Georgia—remains incompatible with the position of every allied government, which was restated by Secretary General Jens Stoltenberg in Brussels on January 26."
L[C] = [
 ("Our fundamental concerns have been ignored: we have seen no adequate answer on NATO expansion,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (P2, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (P2, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 (CORE, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (CORE, "russia", 0, "the Kremlin", "no-strike-weapons-near-borders", "supports", 0, ""),
 (CORE, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (ELSE, "russia", 0, "the Russian reading", "resume-military-dialogue", "supports", 0, ""),
 (ELSE, "russia", 0, "the Russian reading", "limit-military-exercises", "supports", 0, ""),
 (ELSE, "russia", 0, "the Russian reading", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("He also offered a new argument for why Ukraine’s membership was unacceptable to Moscow.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea. Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("In a radio interview on January 28, he argued that the West cherry-picks OSCE commitments, upholding the freedom of states to choose alliances while ignoring the pledge not to strengthen one’s security at the expense of others.", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 (USR, "united-states", 0, "The American reply", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (USR, "united-states", 0, "The American reply", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (PRICE, "ned-price", 1, "Price", "no-intermediate-range-missiles", "mentions", 1, "2022-02-01"),
 (PRICE, "ned-price", 1, "Price", "nato-open-door", "supports", 1, "2022-02-01"),
 ("Arkady Melnichuk, deputy chairman of the State Duma’s committee on CIS affairs, said on January 31 that a missile deal alone would be “a consolation prize”.", "arkady-melnichuk", 1, "Arkady Melnichuk", "no-intermediate-range-missiles", "mentions", 0, "2022-01-31"),
 (MEL, "arkady-melnichuk", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-31"),
 (MEL, "arkady-melnichuk", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-31"),
 (CENT, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 (CENT, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
]

write_gold(L, "articles-261", "gold-261")
