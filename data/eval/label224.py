#!/usr/bin/env python3
"""Writes the held-out gold of batch 224 (gold-224/*.nq) from the labels below.

Batch 224 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nrk-2022-01-12-stoltenberg-nato-russia-council: NRK (Norway) English web
  report with front matter, byline block, photo caption, "Read also" lines and
  crossheads in quotes; NATO-Russia Council; Stoltenberg rejecting a Russian
  veto; a NUPI researcher reporting Moscow's demands (Russia in passing);
  Norwegian background policy that is not a statement.
- agerpres-2022-01-21-aurescu-russian-demand-unacceptable: Agerpres English
  wire, no front matter, "Bucharest, Jan 21 /Agerpres/ -" dateline and the
  RO/EN author trailer; the Russian MFA's 1997/Romania-Bulgaria demand,
  rejected by Aurescu, Iohannis, Dincu; Lavrov and Blinken in Geneva; an
  SNSPA analyst. Lead sentence names the demand in passing as Russia's.
- kyodo-2022-01-27-russia-us-response-japan: Kyodo News with front matter and
  "KYODO NEWS - Jan 27, 2022 - 21:18 | World, All" line; Lavrov on the written
  answers, Blinken's quotation interrupted by "Blinken said" (two spans),
  quoted fragments of six+ words inside reported sentences, "senior U.S.
  officials", Dec. 17 background of Russia's asks, Japanese officials, a Keio
  professor.
- senate-estimates-2022-02-16-dfat-russia-ukraine: extract of an Australian
  Senate estimates Hansard transcript, no front matter; speaker labels with
  titles (Senator WONG:, Ms Campbell:, Mr Tulloch:, Senator Payne:, CHAIR:);
  senators' questions unlabelled; every answer paragraph a direct quotation,
  several about no demand; officials summarising Russia's drafts (Russia in
  passing) and Ryabkov nested inside an official's answer.
- newsmaker-2022-01-27-popescu-moldova-not-subject-of-negotiations: NewsMaker
  (Moldova) English, UTF-8 BOM and CRLF line ends, curly quotes, no front
  matter; the ex-Soviet military-cooperation demand rejected by Popescu,
  backed by a Socialist MP, described by an analyst; Transnistria troop
  withdrawal (not one of the demands); undated "told NewsMaker" statements.
- carnegie-moscow-2022-02-03-all-or-nothing-diplomacy: Carnegie Moscow Center
  commentary by an invented scholar, front matter, standfirst, crossheads,
  disclaimer; Putin's 1 February "three key demands", Ryabkov undated,
  Baker 1990 / Founding Act / Bucharest 2008 background with document words
  in quotes; the author's own analysis is not a statement, but what it
  reports Moscow, Washington, NATO or officials as saying is.
- trt-world-2022-01-28-putin-macron-turkiye-mediation: TRT World report with
  front matter, standfirst, quoted crossheads, "Read more" line and
  "Source: TRT World and agencies"; Kremlin readout of Putin-Macron, an
  anonymous Elysee official (france), Lavrov's radio interview, Erdogan and
  Cavusoglu, an Ankara analyst quoted without a day.

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

Writer's further decisions: a Russian official's own "Moscow needs X" gets
no extra russia label (he is Moscow's voice); the in-passing russia label
takes the same evidence as the passage that carries it, direct 0; a
non-Russian actor reported inside another speaker's direct quotation (Ryabkov,
Stoltenberg, the US inside Mr Tulloch's answers) gets no label of its own;
a passage that rejects a Russian veto on membership ("Russia does not have a
veto on whether Ukraine...", "cannot be closed by a third country") is both
nato-open-door supports and a rejection of the matching Russian demand, while
a bare open-door statement is nato-open-door only; a quoted fragment of six
or more words inside a reported sentence gets its own direct label when it
stands on its own (demand-less if about no demand), none when its subject is
outside the marks.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["nrk-2022-01-12-stoltenberg-nato-russia-council"] = [
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics,",
  "jens-stoltenberg", 1, "Secretary General Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will not compromise on core principles. Each nation has the right to choose its own path. Russia does not have a veto on whether Ukraine can become a NATO member,",
  "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will not compromise on core principles. Each nation has the right to choose its own path. Russia does not have a veto on whether Ukraine can become a NATO member,",
  "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg added that the allies had offered Moscow talks on arms control, on the placement of missiles in Europe and on more openness around military exercises, and that NATO was ready to hold a series of further meetings.",
  "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Stoltenberg added that the allies had offered Moscow talks on arms control, on the placement of missiles in Europe and on more openness around military exercises, and that NATO was ready to hold a series of further meetings.",
  "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("Russia was not in a position to agree to that today, but they also did not reject it,",
  "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Speaking to Russian reporters after the meeting, Grushko said Moscow still needed a legally binding commitment that the alliance would not move any further east.",
  "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Speaking to Russian reporters after the meeting, Grushko said Moscow still needed a legally binding commitment that the alliance would not move any further east.",
  "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("If NATO goes on with its policy of so-called containment, we will answer with counter-containment. Either the allies take our proposals seriously, or they face a military-technical alternative,",
  "alexander-grushko", 1, "the deputy minister", "", "", 1, "2022-01-12"),
 ("US Deputy Secretary of State Wendy Sherman, who also took part, told reporters on Wednesday that Washington would not let anyone \"slam closed NATO's open-door policy\".",
  "wendy-sherman", 1, "US Deputy Secretary of State Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 ("It is not for Russia to decide whether Ukraine or Georgia or anyone else applies for membership. That is a matter for those countries and for the 30 allies, nobody else,",
  "anniken-huitfeldt", 1, "Huitfeldt", "nato-open-door", "supports", 1, "2022-01-12"),
 ("It is not for Russia to decide whether Ukraine or Georgia or anyone else applies for membership. That is a matter for those countries and for the 30 allies, nobody else,",
  "anniken-huitfeldt", 1, "Huitfeldt", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("It is not for Russia to decide whether Ukraine or Georgia or anyone else applies for membership. That is a matter for those countries and for the 30 allies, nobody else,",
  "anniken-huitfeldt", 1, "Huitfeldt", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("She called it \"positive that Russia came to the table\", but stressed that the troops gathered along Ukraine's border had to be moved away if the talks were to mean anything.",
  "anniken-huitfeldt", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("There are about 100,000 Russian soldiers near the border. The best thing Russia can do now is to pull them back,",
  "anniken-huitfeldt", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("What Moscow is asking for – a written promise that Ukraine will never join, and that the alliance pulls its forces back out of Poland and the Baltic states – is something no allied government can sign,",
  "havard-lunde-eriksen", 1, "he", "no-ukraine-membership", "mentions", 1, "2022-01-12"),
 ("What Moscow is asking for – a written promise that Ukraine will never join, and that the alliance pulls its forces back out of Poland and the Baltic states – is something no allied government can sign,",
  "havard-lunde-eriksen", 1, "he", "written-legal-guarantees", "mentions", 1, "2022-01-12"),
 ("What Moscow is asking for – a written promise that Ukraine will never join, and that the alliance pulls its forces back out of Poland and the Baltic states – is something no allied government can sign,",
  "havard-lunde-eriksen", 1, "he", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("What Moscow is asking for – a written promise that Ukraine will never join, and that the alliance pulls its forces back out of Poland and the Baltic states – is something no allied government can sign,",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("What Moscow is asking for – a written promise that Ukraine will never join, and that the alliance pulls its forces back out of Poland and the Baltic states – is something no allied government can sign,",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("What Moscow is asking for – a written promise that Ukraine will never join, and that the alliance pulls its forces back out of Poland and the Baltic states – is something no allied government can sign,",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The fact that they agreed to sit down in Geneva, Brussels and Vienna in the same week tells us that both sides still want a channel open. That is not nothing,",
  "havard-lunde-eriksen", 1, "he", "", "", 1, "2022-01-12"),
]

AG_LEAD = "Foreign Minister Bogdan Aurescu said on Friday that Russia's demand for the withdrawal of foreign forces and military equipment from Romania and Bulgaria is unacceptable and cannot be the subject of any negotiation, stressing that decisions on the Alliance's defence posture on the Eastern Flank are taken exclusively by the Allies."
AG_IV = "Moscow is in fact asking NATO to go back to the map of 1997, to the situation before Romania and Bulgaria joined. In Bucharest this is read as a political message, not as a negotiating proposal,"
L["agerpres-2022-01-21-aurescu-russian-demand-unacceptable"] = [
 (AG_LEAD, "bogdan-aurescu", 1, "Foreign Minister Bogdan Aurescu", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 (AG_LEAD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Such a demand is unacceptable and cannot be part of a negotiation. Romania is a sovereign state and a member of NATO, and the presence of allied troops on its territory is decided exclusively by Romania together with its Allies,",
  "bogdan-aurescu", 1, "Aurescu", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("The reaction comes after the Russian Foreign Ministry stated earlier on Friday, in an answer posted on its website, that the security guarantees sought by Moscow provide for the withdrawal of foreign forces, equipment and weaponry from the countries that were not NATO members in 1997, \"including Bulgaria and Romania.\"",
  "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("We cannot go back to spheres of influence. The Eastern Flank of NATO is not a grey zone and it will not become one,",
  "bogdan-aurescu", 1, "the head of Romanian diplomacy", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("President Klaus Iohannis stated in a message posted on social media on Friday that Romania's membership of the Alliance and the allied presence on its territory \"are not subject to discussion with third parties.\"",
  "klaus-iohannis", 1, "President Klaus Iohannis", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Minister of National Defence Vasile Dincu said, in an interview with a private television station on Friday evening, that Romania is discussing with its partners an increase of the allied military presence, not a reduction.",
  "vasile-dincu", 1, "Minister of National Defence Vasile Dincu", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("We are talking with our Allies about more troops, not fewer. The request of the Russian Federation has no basis whatsoever and Romania will not be a topic of negotiation over its head,",
  "vasile-dincu", 1, "Dincu", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("Lavrov told a press conference in Geneva that Washington had promised to hand over written answers to the Russian proposals next week, and reiterated that stopping NATO's expansion to the east remains \"the key\" for Moscow.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("We expect that the United States will give us a response on paper to all of our proposals, and we will see whether our concerns have been heard,",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 ("For his part, Blinken told reporters that the United States had made clear to his Russian counterpart that it would not give ground on the principle that every country has the right to choose its own alliances.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 ("He also called on Russia to prove it has no intention to invade Ukraine by pulling back the troops massed near the Ukrainian border, according to the US State Department.",
  "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-21"),
 (AG_IV, "radu-ionescu-vlad", 1, "Ionescu-Vlad", "rollback-to-1997", "mentions", 1, "2022-01-21"),
 (AG_IV, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("I expect decisions on a battle group in Romania in the coming weeks, similar to the one in Poland,",
  "radu-ionescu-vlad", 1, "he", "", "", 1, "2022-01-21"),
]

KY_LAV = "There is no positive response in this document on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
KY_BL = "Secretary of State Antony Blinken told a press conference in Washington on Wednesday that the U.S. response \"sets out a serious diplomatic path forward, should Russia choose it,\" while restating that the alliance would not shut its doors."
KY_US = "Senior U.S. officials told reporters on Wednesday that the reply proposes reciprocal transparency measures and talks on limiting military exercises in Europe, as well as mutual commitments on not deploying offensive ground-launched missile systems in Ukraine, but makes no concession on NATO enlargement."
KY_DEC = "Russia submitted two draft accords, one with the United States and one with NATO, on Dec. 17, asking the West to rule out membership for Ukraine and other former Soviet republics and to withdraw forces from Eastern European countries that joined the alliance after 1997."
KY_MAT = "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said at a regular press conference Thursday that Japan \"will continue to coordinate closely with the United States and other Group of Seven partners\" on the situation, and urged Russia to reduce tensions by withdrawing its forces from the Ukrainian border area."
KY_HAM = "Russia asked for a legally binding promise that NATO would stop growing. What it received is a letter saying, in effect, let us discuss missiles and exercises,"
L["kyodo-2022-01-27-russia-us-response-japan"] = [
 ("Russia said Thursday that written replies from the United States and NATO to its demands for security guarantees failed to address its central concern, the eastward expansion of the Western military alliance, while leaving some room for talks on secondary issues.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (KY_LAV, "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (KY_LAV, "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our views were taken into account, or that a readiness was shown to take our concerns into account. But we will not rush to conclusions,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("sets out a serious diplomatic path forward, should Russia choose it,",
  "antony-blinken", 1, "Secretary of State Antony Blinken", "", "", 1, "2022-01-26"),
 (KY_BL, "antony-blinken", 1, "Secretary of State Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO's door is open, remains open,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("and that is our commitment, whatever Moscow puts in a draft treaty.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (KY_US, "united-states", 0, "Senior U.S. officials", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (KY_US, "united-states", 0, "Senior U.S. officials", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 (KY_US, "united-states", 0, "Senior U.S. officials", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (KY_DEC, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (KY_DEC, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (KY_DEC, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("will continue to coordinate closely with the United States and other Group of Seven partners",
  "hirokazu-matsuno", 1, "Chief Cabinet Secretary Hirokazu Matsuno", "", "", 1, "2022-01-27"),
 (KY_MAT, "hirokazu-matsuno", 1, "Chief Cabinet Secretary Hirokazu Matsuno", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("We are watching developments with serious concern. Any attempt to change the status quo by force is unacceptable, whether in Europe or in Asia,",
  "hirokazu-matsuno", 1, "Matsuno", "", "", 1, "2022-01-27"),
 (KY_HAM, "takeshi-hamano", 1, "Hamano", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 (KY_HAM, "takeshi-hamano", 1, "Hamano", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (KY_HAM, "takeshi-hamano", 1, "Hamano", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 (KY_HAM, "takeshi-hamano", 1, "Hamano", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 (KY_HAM, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (KY_HAM, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("For Japan, the worry is that whatever happens in Ukraine will be studied very carefully in Beijing,",
  "takeshi-hamano", 1, "he", "", "", 1, "2022-01-27"),
]

D = "2022-02-16"
SE_C2 = "On 17 December Russia published two draft texts, a treaty with the United States and an agreement with NATO members. Taken together, they would have NATO rule out any further enlargement, including Ukraine, and pull back the forces and infrastructure it has placed in allied states that joined after 1997."
SE_C3 = "The department's assessment, which is shared by our partners, is that those central elements, a NATO door closed to Ukraine and everyone else and a rollback of the alliance's eastern presence, were never a realistic basis for agreement. The United States and NATO gave their written responses on 26 January, and Russia has been clear that it does not consider those responses satisfactory."
SE_T2 = "What I can say, from the public statements of the United States and NATO, is that they proposed to discuss reciprocal limits on where intermediate-range missiles can be based in Europe, transparency and notification arrangements for large exercises, and a re-establishment of military-to-military channels, including through the NATO-Russia Council."
SE_T3 = "On the other side, both have said very plainly that they will not agree to close the door to new members. Secretary General Stoltenberg has put it in terms of each nation's right to choose its own security arrangements, and that is a position Australia supports."
SE_P2 = "And I would make the point that Ukraine is a sovereign nation. It is entitled to make its own choices about its security and its alliances. It is not for Moscow to determine that for it."
SE_T6 = "That is difficult to answer with certainty, Senator. Russian officials, including Deputy Foreign Minister Ryabkov, have said that the package cannot be split up and that Russia wants legally binding guarantees rather than political assurances."
L["senate-estimates-2022-02-16-dfat-russia-ukraine"] = [
 ("Thank you, Senator. I will make some opening remarks and then ask Mr Tulloch, who heads our Europe and Latin America Division, to go into the detail.",
  "kathryn-campbell", 1, "Ms Campbell", "", "", 1, D),
 (SE_C2, "kathryn-campbell", 1, "Ms Campbell", "nato-non-expansion", "mentions", 1, D),
 (SE_C2, "kathryn-campbell", 1, "Ms Campbell", "no-ukraine-membership", "mentions", 1, D),
 (SE_C2, "kathryn-campbell", 1, "Ms Campbell", "rollback-to-1997", "mentions", 1, D),
 (SE_C2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (SE_C2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (SE_C2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (SE_C3, "kathryn-campbell", 1, "Ms Campbell", "no-ukraine-membership", "rejects", 1, D),
 (SE_C3, "kathryn-campbell", 1, "Ms Campbell", "nato-non-expansion", "rejects", 1, D),
 (SE_C3, "kathryn-campbell", 1, "Ms Campbell", "rollback-to-1997", "rejects", 1, D),
 ("I am referring principally to President Putin's comments on 1 February, when he said that Russia's fundamental concerns had been ignored, and to Foreign Minister Lavrov's statements in the days after the responses were delivered.",
  "kathryn-campbell", 1, "Ms Campbell", "", "", 1, D),
 ("The documents were not published by the United States or NATO, Senator, although a Spanish newspaper has since printed what it says are the texts. I would be cautious about going into the detail of documents that belong to our partners.",
  "graham-tulloch", 1, "Mr Tulloch", "", "", 1, D),
 (SE_T2, "graham-tulloch", 1, "Mr Tulloch", "no-intermediate-range-missiles", "mentions", 1, D),
 (SE_T2, "graham-tulloch", 1, "Mr Tulloch", "limit-military-exercises", "mentions", 1, D),
 (SE_T2, "graham-tulloch", 1, "Mr Tulloch", "resume-military-dialogue", "mentions", 1, D),
 (SE_T3, "graham-tulloch", 1, "Mr Tulloch", "nato-open-door", "supports", 1, D),
 (SE_T3, "graham-tulloch", 1, "Mr Tulloch", "nato-non-expansion", "rejects", 1, D),
 ("Our view is that decisions about the presence of allied forces in, for example, Poland, Romania or the Baltic states are decisions for those sovereign countries and their allies. They are not something a third country can veto.",
  "graham-tulloch", 1, "Mr Tulloch", "rollback-to-1997", "rejects", 1, D),
 ("Our most recent assessment is that Russia has assembled well in excess of 100,000 troops near Ukraine's borders, including in Belarus for the Allied Resolve exercises. We, along with our partners, have called on Russia to de-escalate and to withdraw those forces.",
  "graham-tulloch", 1, "Mr Tulloch", "russia-de-escalation", "supports", 1, D),
 ("The government has been consistent on this. Russia must step back from its threatening posture on Ukraine's border. I have said that publicly, I said it to my counterparts at the G7 and I say it again here this morning.",
  "marise-payne", 1, "Senator Payne", "russia-de-escalation", "supports", 1, D),
 (SE_P2, "marise-payne", 1, "Senator Payne", "nato-open-door", "supports", 1, D),
 (SE_P2, "marise-payne", 1, "Senator Payne", "no-ukraine-membership", "rejects", 1, D),
 ("We are in close contact with our partners, Senator, but I am not going to go into the content of those discussions in this forum.",
  "marise-payne", 1, "Senator Payne", "", "", 1, D),
 ("Yes, Senator. Our advice has been at 'do not travel' since 11 February, and the embassy in Kyiv has temporarily relocated to Lviv. I can ask the consular division to take you through the numbers of registered Australians.",
  "kathryn-campbell", 1, "Ms Campbell", "", "", 1, D),
 (SE_T6, "graham-tulloch", 1, "Mr Tulloch", "written-legal-guarantees", "mentions", 1, D),
 (SE_T6, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("At the same time, Russia has not walked away from the talks. Our judgement is that there is still a diplomatic channel, even if it is a narrow one.",
  "graham-tulloch", 1, "Mr Tulloch", "", "", 1, D),
]

NM_LEAD = "Moldova’s foreign minister Nicu Popescu said on Thursday that no agreement between Russia, the United States and NATO can decide on Moldova’s behalf with whom it cooperates, after Moscow demanded that Western countries give up military cooperation with former Soviet republics outside the alliance."
NM_P1 = "Moldova is a neutral state, this is written in our Constitution, and we are not seeking to join NATO. But neutrality does not mean that someone else chooses our partners for us. Every state has the sovereign right to decide on its own security arrangements,"
NM_LAV = "Russian Foreign Minister Sergei Lavrov said on Thursday that the key question for Moscow remains the non-expansion of NATO and that no strike weapons must be deployed close to Russia’s borders."
NM_RUS1 = "Socialist MP Valentin Rusnac told NewsMaker that Russia “has every right” to demand guarantees that NATO will not approach its borders."
NM_RUS2 = "Moldova must not become a training ground for foreign armies. Russia is right when it asks the Americans not to come with their military to the countries of the former USSR, and our government should listen to this,"
NM_S1 = "Expert of the Eastern Security Studies Centre Mihail Sîrbu believes that the Russian proposals regarding post-Soviet states are addressed primarily to Ukraine and Georgia, but that Moldova is affected as well."
NM_S2 = "In the Russian draft it is written in black and white: no American military cooperation with countries of the former USSR that are not in NATO. That includes Moldova, whether Chisinau likes it or not,"
X = "no-military-activity-ex-soviet"
L["newsmaker-2022-01-27-popescu-moldova-not-subject-of-negotiations"] = [
 (NM_LEAD, "nicu-popescu", 1, "Nicu Popescu", X, "rejects", 0, "2022-01-27"),
 (NM_LEAD, "russia", 0, "Moscow", X, "supports", 0, ""),
 (NM_P1, "nicu-popescu", 1, "Popescu", X, "rejects", 1, "2022-01-27"),
 (NM_P1, "nicu-popescu", 1, "Popescu", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The minister was asked about the draft agreement that Russia published on December 17, which provides that the United States must not set up military bases in former Soviet states that are not NATO members and must not develop bilateral military cooperation with them.",
  "russia", 0, "Russia", X, "supports", 0, "2021-12-17"),
 ("According to Popescu, Chisinau will continue its programs with the United States, the European Union and other partners, including training of the National Army and the demining and modernisation projects.",
  "nicu-popescu", 1, "Popescu", X, "rejects", 0, "2022-01-27"),
 ("Our cooperation with partners is transparent, it is not directed against anyone and it will continue. We do not accept that these programs become a bargaining chip in talks in which Moldova is not even at the table,",
  "nicu-popescu", 1, "the minister", X, "rejects", 1, "2022-01-27"),
 (NM_LAV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (NM_LAV, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("We want the Russian soldiers to leave Transnistria. This is not a new position and it has nothing to do with the talks in Geneva or Brussels,",
  "maia-sandu", 1, "Sandu", "", "", 1, "2022-01-26"),
 (NM_RUS1, "valentin-rusnac", 1, "Socialist MP Valentin Rusnac", "nato-non-expansion", "supports", 0, ""),
 (NM_RUS1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (NM_RUS2, "valentin-rusnac", 1, "Rusnac", X, "supports", 1, ""),
 (NM_RUS2, "russia", 0, "Russia", X, "supports", 0, ""),
 (NM_S1, "mihail-sirbu", 1, "Mihail Sîrbu", X, "mentions", 0, ""),
 (NM_S1, "russia", 0, "Russian", X, "supports", 0, ""),
 (NM_S2, "mihail-sirbu", 1, "Sîrbu", X, "mentions", 1, ""),
 (NM_S2, "russia", 0, "Russian", X, "supports", 0, ""),
 ("The expert noted that the US and NATO responses, as far as is known from public statements, do not accept this provision.",
  "mihail-sirbu", 1, "The expert", X, "mentions", 0, ""),
 ("Washington will not sign away its right to train the Moldovan army. The more realistic risk for us is not a treaty, but destabilisation — energy, gas prices, information pressure,",
  "mihail-sirbu", 1, "he", X, "mentions", 1, ""),
]

CA_P2 = "We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed,"
CA_W = "According to what is known about the replies delivered on January 26, Washington and Brussels offered to discuss the deployment of intermediate-range missiles, the scale of exercises, and a return to military contacts — precisely the \"secondary issues\" that Lavrov acknowledged on January 27 could be \"the basis for serious talks.\""
CA_PH = "Suppose, he said on February 1, that Ukraine were admitted to NATO and then tried to take Crimea back by force — would Russia then be at war with the entire alliance?"
L["carnegie-moscow-2022-02-03-all-or-nothing-diplomacy"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 (CA_P2, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (CA_P2, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (CA_P2, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees,",
  "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 (CA_W, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (CA_W, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (CA_W, "united-states", 0, "Washington", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 (CA_W, "nato", 0, "Brussels", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (CA_W, "nato", 0, "Brussels", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (CA_W, "nato", 0, "Brussels", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 (CA_W, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (CA_W, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 (CA_W, "sergei-lavrov", 1, "Lavrov", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Moscow has drawn from these three episodes the conclusion that only a legally binding document is worth anything.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("That is why the Foreign Ministry has insisted since December that political declarations, moratoriums and verbal promises would not be acceptable.",
  "russian-foreign-ministry", 0, "the Foreign Ministry", "written-legal-guarantees", "supports", 0, ""),
 ("It is also why the demand to return to the military map of 1997 is not, from the Kremlin's point of view, an exaggeration: it is an attempt to turn the Founding Act's vague words into an enforceable obligation.",
  "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (CA_PH, "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("The implication is that Ukraine's membership is not a negotiating position but a red line, and that for Moscow it matters more than any agreement on missiles.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The president's position is well known. We are not going to wait forever,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-28"),
]

TR_PU = "According to a Kremlin readout of the phone call on Friday, Putin told Macron that Washington and the alliance had ignored Moscow's demands to prevent NATO expansion, to refuse to deploy offensive weapons near Russia's borders and to return the bloc's military infrastructure in Europe to where it stood in 1997."
TR_LV = "The main question is NATO's non-expansion and the non-deployment of strike weapons near our borders, and here the response is negative,"
TR_CS = "Foreign Minister Mevlut Cavusoglu said on Friday that Türkiye, as a NATO ally, supported the alliance's position that every country had the right to decide its own future, but that Russia's security concerns should also be listened to."
TR_CQ = "The door of NATO cannot be closed by a third country. But sitting down and talking about the concerns of the other side is not a weakness,"
TR_A1 = "Moscow says it wants a guarantee that Ukraine never enters NATO; Washington says that nobody can promise such a thing. Between those two sentences there is not much space left,"
TR_A3 = "In my view, the talks on missiles and on limiting exercises are where a compromise can be found. That is what Ankara should push for, because a war in the Black Sea would hit Türkiye directly,"
L["trt-world-2022-01-28-putin-macron-turkiye-mediation"] = [
 (TR_PU, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (TR_PU, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 (TR_PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("President Macron told President Putin that the withdrawal of forces from the border with Ukraine would be the clearest signal of Moscow's goodwill,",
  "france", 0, "an Elysee official", "russia-de-escalation", "supports", 1, "2022-01-28"),
 ("If it depends on Russia, then there will be no war. We do not want wars,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 (TR_LV, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (TR_LV, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("We are ready to do our part so that tensions between two friendly neighbours are resolved through dialogue. We have told both Mr Putin and Mr Zelenskyy that Türkiye can host such a meeting,",
  "recep-tayyip-erdogan", 1, "Erdogan", "", "", 1, "2022-01-28"),
 (TR_CS, "mevlut-cavusoglu", 1, "Foreign Minister Mevlut Cavusoglu", "nato-open-door", "supports", 0, "2022-01-28"),
 (TR_CQ, "mevlut-cavusoglu", 1, "Cavusoglu", "nato-open-door", "supports", 1, "2022-01-28"),
 (TR_CQ, "mevlut-cavusoglu", 1, "Cavusoglu", "nato-non-expansion", "rejects", 1, "2022-01-28"),
 (TR_A1, "selin-arikan-yuce", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (TR_A1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Arıkan Yüce said the offers made by Washington on arms control and exercises could still open a narrow path if both sides wanted it.",
  "selin-arikan-yuce", 1, "Arıkan Yüce", "limit-military-exercises", "mentions", 0, ""),
 (TR_A3, "selin-arikan-yuce", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (TR_A3, "selin-arikan-yuce", 1, "she", "limit-military-exercises", "mentions", 1, ""),
]

write_gold(L, "articles-224", "gold-224")
