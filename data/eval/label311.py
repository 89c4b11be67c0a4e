#!/usr/bin/env python3
"""Writes the held-out gold of batch 311 (gold-311/*.nq) from the labels below.

Batch 311 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-10-us-russia-geneva-talks: AP wire story with a GENEVA (AP) dateline;
  Ryabkov's quote running over two sentences, Sherman's quote split by "told reporters",
  Baker/Gorbachev background, a 5-word Psaki fragment, an analyst who attributes demands to the Kremlin.
- ria-2022-01-27-lavrov-ryabkov-zakharova-answer: four RIA Novosti items in machine-translated
  English with « » quotes and "- said he" tails, READ ALSO link lines, a Duma deputy.
- kremlin-2022-01-24-peskov-conference-call: Kremlin.ru transcript, "Question:" / "Dmitry Peskov:"
  labels; answers refer to the demand named only in the question ("We know this position").
- lrt-2022-01-13-landsbergis-nato-russia-council: LRT English story with curly quotes, photo caption,
  "Read more" links, Moscow's demand named in passing, Founding Act quoted as a document.
- politico-2022-01-12-brussels-playbook-nato-russia: Politico Europe Brussels Playbook newsletter,
  caps crossheads, run-in labels ("The allied line:"), diary and birthdays junk, short quotes.
- rusi-2022-01-28-written-answers-what-next: RUSI commentary with British single curly quotes;
  the author's own analysis is not labelled (she is neither quoted nor reported); a quoted analyst.
- osce-2022-01-13-eu-statement-permanent-council: EU delegation statement to the OSCE Permanent
  Council (UTF-8 BOM, CRLF). The whole statement is the EU speaking, so, like a transcript, each
  paragraph of it is one direct quotation by european-union on 13 January.

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
L["ap-2022-01-10-us-russia-geneva-talks"] = [
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("Ryabkov said Russia also wanted the alliance to pull back the forces and weapons it has deployed in Central and Eastern European countries that joined NATO after 1997.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said Washington was open to discussing reciprocal limits on the size and scope of military exercises and the future placement of missiles in Europe, but that any deal would depend on Russia pulling back the troops it has gathered near Ukraine.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman said Washington was open to discussing reciprocal limits on the size and scope of military exercises and the future placement of missiles in Europe, but that any deal would depend on Russia pulling back the troops it has gathered near Ukraine.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said Washington was open to discussing reciprocal limits on the size and scope of military exercises and the future placement of missiles in Europe, but that any deal would depend on Russia pulling back the troops it has gathered near Ukraine.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("It's hard to see how you get to real progress in an atmosphere of escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("The Russians have put a set of maximalist demands on the table, and the Americans have a set of things they can offer on arms control and transparency, but the two lists barely overlap,", "marek-lindqvist", 1, "Lindqvist", "", "", 1, D),
 ("He said the Kremlin was unlikely to drop its insistence on a written promise that NATO will stop growing eastward, but might settle for a partial deal on missiles if it could present it at home as a win.", "marek-lindqvist", 1, "He", "nato-non-expansion", "mentions", 0, D),
 ("He said the Kremlin was unlikely to drop its insistence on a written promise that NATO will stop growing eastward, but might settle for a partial deal on missiles if it could present it at home as a win.", "marek-lindqvist", 1, "He", "written-legal-guarantees", "mentions", 0, D),
 ("He said the Kremlin was unlikely to drop its insistence on a written promise that NATO will stop growing eastward, but might settle for a partial deal on missiles if it could present it at home as a win.", "marek-lindqvist", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the Kremlin was unlikely to drop its insistence on a written promise that NATO will stop growing eastward, but might settle for a partial deal on missiles if it could present it at home as a win.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("He said the Kremlin was unlikely to drop its insistence on a written promise that NATO will stop growing eastward, but might settle for a partial deal on missiles if it could present it at home as a win.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-27"
ZA = "According to her, Moscow expects the answer exactly on the key points, including the return of the military infrastructure of NATO to the positions of 1997 year, and not \"cosmetic\" proposals."
KU = "According to the deputy, the West itself is conducting the exercises near Russian borders and delivers weapon to Kiev, and therefore has no moral right to demand anything."
LV = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which can threaten the territory of the Russian Federation"
ZQ = "They told us that it was only words, not a document. Now we want a document"
L["ria-2022-01-27-lavrov-ryabkov-zakharova-answer"] = [
 (LV, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We will not allow that our proposals will be drowned in endless discussions without result", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("The diplomat emphasized that the theme of non-deployment of short and medium range missiles in Europe is possible to discuss with Americans.", "sergei-ryabkov", 1, "The diplomat", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But the fundamental for Moscow remains the question of Ukraine and Georgia not entering into the alliance never, he added.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, D),
 ("Without this, all the rest loses the sense", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("Earlier US Secretary of State Antony Blinken declared on Wednesday that the answer of Washington contains no concessions on the principles of the open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The official representative of MFA of Russia Maria Zakharova on the briefing on Thursday criticised the so-called policy of open doors of the North Atlantic alliance.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, D),
 ("The so-called policy of open doors is not more than a mantra, which the West repeats in order not to hear the concerns of Russia", "maria-zakharova", 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 (ZA, "maria-zakharova", 1, "her", "rollback-to-1997", "supports", 0, D),
 (ZQ, "maria-zakharova", 1, "she", "written-legal-guarantees", "supports", 1, D),
 (ZQ, "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 1, D),
 ("The Americans again speak about \"de-escalation\", but the movement of troops on our own territory is our own affair and nobody's else", "andrei-kuzmichev", 1, "the parliamentarian", "russia-de-escalation", "rejects", 1, D),
 (KU, "andrei-kuzmichev", 1, "the deputy", "russia-de-escalation", "rejects", 0, D),
 (KU, "andrei-kuzmichev", 1, "the deputy", "limit-military-exercises", "supports", 0, D),
 ("Let NATO first remove its battalions from Baltic, then we will talk", "andrei-kuzmichev", 1, "Kuzmichev", "rollback-to-1997", "supports", 1, D),
 ("Earlier the press secretary of the White House Jen Psaki declared that the USA is waiting from Russia steps on reduction of tension, including the withdrawal of the forces.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, ""),
]

D = "2022-01-24"
P = ("dmitry-peskov", 1, "Dmitry Peskov")
MP = "Our American counterparts promised to hand over the written responses this week. We expect that they will be substantive and that they will address precisely the main points: the non-enlargement of the Alliance, the non-deployment of strike systems near our borders, and the return of NATO's military infrastructure to where it stood in 1997."
L["kremlin-2022-01-24-peskov-conference-call"] = [
 ("We see the statements of the North Atlantic Alliance about reinforcement, about pulling forces and means to the eastern flank. All this leads to the fact that tension is growing.", *P, "", "", 1, D),
 ("This is not happening because of what we, Russia, are doing. This is happening because of what NATO and the United States are doing, and because of the information they are spreading.", *P, "", "", 1, D),
 ("We have said many times that the movement of our armed forces on our own territory is our sovereign business and cannot be a subject of anyone's concern, let alone a subject for demands from Washington.", *P, "russia-de-escalation", "rejects", 1, D),
 ("We know this position very well. We do not agree with it, and we have explained why many times: the security of one state cannot be strengthened at the expense of the security of another.", *P, "nato-open-door", "rejects", 1, D),
 (MP, *P, "nato-non-expansion", "supports", 1, D),
 (MP, *P, "no-strike-weapons-near-borders", "supports", 1, D),
 (MP, *P, "rollback-to-1997", "supports", 1, D),
 ("We need these guarantees to be fixed on paper, in a legally binding form. Verbal assurances we have already had, and we know how that ended.", *P, "written-legal-guarantees", "supports", 1, D),
 ("If the answers are not what we expect, the President will analyse the situation and decide on further steps.", *P, "", "", 1, D),
 ("No such conversation is planned at the moment, but if necessary it can be organised very quickly. You know that the two presidents have maintained a dialogue.", *P, "", "", 1, D),
 ("The negotiations are with the United States and with NATO, because it is with them that we have the fundamental disagreements. The Europeans are represented in NATO.", *P, "", "", 1, D),
 ("We did not set any preconditions for these talks, and we do not accept preconditions now.", *P, "no-preconditions", "supports", 1, D),
 ("We are not discussing anyone's sovereignty. We are talking about our own security, about what happens near our borders.", *P, "", "", 1, D),
 ("Any such step, of course, would only aggravate the situation. We have always said that the build-up of NATO forces and infrastructure in the countries that joined the Alliance after 1997 is a red line for us.", *P, "rollback-to-1997", "supports", 1, D),
]

D = "2022-01-13"
LA1 = "Lithuanian Foreign Minister Gabrielius Landsbergis said on Thursday that Moscow's demand to withdraw allied forces from the countries that joined NATO after 1997 was “a non-starter for Lithuania and for the Alliance as a whole”."
KR = "The Kremlin published two draft agreements in December, demanding, among other things, that NATO rule out membership for Ukraine and that the Alliance return its forces to where they were in 1997, before the first post-Cold War wave of enlargement."
ST = "In Brussels on Wednesday, NATO Secretary General Jens Stoltenberg said that allies were prepared to discuss arms control, the deployment of missiles and more transparency around military exercises, but would not compromise on core principles."
VA = "Rūta Vaitkevičienė, a member of the Seimas Committee on National Security and Defence, said the Russian demands on military exercises were hypocritical."
VQ = "If the Kremlin wants fewer exercises near its borders, it can start by sending its own battalions home from Belarus,"
L["lrt-2022-01-13-landsbergis-nato-russia-council"] = [
 ("a non-starter for Lithuania and for the Alliance as a whole", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, D),
 (LA1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Every nation, including Ukraine, has the right to choose its alliances, and no one in Moscow gets a veto on that,", "gabrielius-landsbergis", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("This is not something we are going to trade away in a negotiation.", "gabrielius-landsbergis", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("He added that Lithuania would not accept any arrangement under which the NATO battalion stationed in Rukla would be reduced or sent home.", "gabrielius-landsbergis", 1, "He", "rollback-to-1997", "rejects", 0, D),
 (KR, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (KR, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia's delegation was led by Deputy Foreign Minister Alexander Grushko, who said after the meeting that Russia needed a firm commitment that NATO would stop moving towards its borders.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("He said the Alliance's open-door policy was a relic of the Cold War and could not serve as the basis for European security.", "alexander-grushko", 1, "He", "nato-open-door", "rejects", 0, "2022-01-12"),
 (VA, "ruta-vaitkeviciene", 1, "Rūta Vaitkevičienė", "limit-military-exercises", "rejects", 0, ""),
 (VA, "russia", 0, "the Russian", "limit-military-exercises", "supports", 0, ""),
 (VQ, "ruta-vaitkeviciene", 1, "Vaitkevičienė", "russia-de-escalation", "supports", 1, ""),
 (VQ, "russia", 0, "the Kremlin", "limit-military-exercises", "supports", 0, ""),
 ("De-escalation has to begin where the troops are, and the troops are on the Russian side.", "ruta-vaitkeviciene", 1, "Vaitkevičienė", "russia-de-escalation", "supports", 1, ""),
 ("What Moscow is really asking is that the West accept a sphere of influence reaching into the European Union itself,", "linas-daugela", 1, "Daugėla", "", "", 1, ""),
 ("According to him, the chances that the allies would agree to pull back the multinational battlegroups deployed in the Baltic states and Poland since 2017 were close to zero.", "linas-daugela", 1, "him", "rollback-to-1997", "mentions", 0, ""),
 ("We should be ready for a long winter,", "gabrielius-landsbergis", 1, "he", "", "", 1, D),
]

D = "2022-01-11"
RF = "The Russian Foreign Ministry said on Tuesday that it expected NATO to put in writing, in a legally binding form, that it would not expand further and would not deploy strike weapons near Russia's borders."
BR = "Brecht said the EU should back any U.S. offer of reciprocal limits on military drills, but only once Russia withdraws the troops it has massed around Ukraine."
L["politico-2022-01-12-brussels-playbook-nato-russia"] = [
 (RF, "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "written-legal-guarantees", "supports", 0, D),
 (RF, "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "nato-non-expansion", "supports", 0, D),
 (RF, "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, D),
 ("arms control, disarmament, transparency and risk reduction", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Stoltenberg told reporters on Tuesday that the alliance is willing to talk about \"arms control, disarmament, transparency and risk reduction\" — but not about who gets to join.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("It's only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia doesn't have a veto.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("European security is our security, and we cannot be spectators while others discuss it,", "josep-borrell", 1, "Borrell", "", "", 1, ""),
 ("Europe cannot let Moscow and Washington carve up our security over our heads.", "anna-lena-brecht", 1, "Anna-Lena Brecht", "", "", 1, D),
 (BR, "anna-lena-brecht", 1, "Brecht", "limit-military-exercises", "supports", 0, D),
 (BR, "anna-lena-brecht", 1, "Brecht", "russia-de-escalation", "supports", 0, D),
 ("Ukraine's path to NATO is for Ukraine and the 30 allies to decide, not for Moscow,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("We will not accept any deal about us that is made without us.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Asked whether Kyiv was worried that Washington might agree to limit U.S. military cooperation with Ukraine in exchange for Russian concessions, Kuleba said he had received clear assurances that no such trade was on the table.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("The best thing Europe can do right now is to tell Russia, with one voice, to take its troops back to their barracks.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-26"
BL = "Blinken said on 26 January that Washington was prepared to discuss reciprocal commitments on offensive missiles in Europe and on the scale of exercises, provided these were negotiated in a genuinely reciprocal way."
LV = "Speaking to Russian radio stations on 28 January, Sergei Lavrov said the answers contained a ‘rational grain’ on secondary matters such as intermediate-range missiles and exercises, but that the central question of NATO's non-expansion had gone unanswered."
WZ = "Tomasz Wierzbicki, a Polish deputy defence minister, told a Warsaw conference on 25 January that any discussion of exercise limits had to start with the Russian units in Belarus."
L["rusi-2022-01-28-written-answers-what-next"] = [
 ("There is no change; there will be no change", "antony-blinken", 1, "the secretary of state", "nato-open-door", "supports", 1, D),
 ("Jens Stoltenberg, presenting the Alliance's letter the same day, said NATO was ready to listen to Russian concerns but would not give up the right of every nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("If it depends on Russia, there will be no war", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("The Kremlin never expected a yes on Ukraine", "pavel-sokolin", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin never expected a yes on Ukraine", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("What it wanted was a written no, so that it could say it had tried.", "pavel-sokolin", 1, "he", "", "", 1, ""),
 (WZ, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "limit-military-exercises", "mentions", 0, "2022-01-25"),
 (WZ, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "russia-de-escalation", "supports", 0, "2022-01-25"),
 ("We will talk about our drills when they stop theirs,", "tomasz-wierzbicki", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-25"),
]

D = "2022-01-13"
E = ("european-union", 0, "The European Union")
L["osce-2022-01-13-eu-statement-permanent-council"] = [
 ("The European Union warmly welcomes Foreign Minister Zbigniew Rau to the Permanent Council and thanks the Polish Chairpersonship for placing European security at the top of this year's agenda.", *E, "", "", 1, D),
 ("We have followed closely the discussions in Geneva on 10 January and in the NATO-Russia Council on 12 January. The EU has been in constant contact with the United States and with NATO Allies, and we stress that there can be no discussion of European security without the Europeans, and no decision about Ukraine without Ukraine.", *E, "", "", 1, D),
 ("The EU remains gravely concerned about the continued concentration of Russian forces and military equipment along Ukraine's borders and in illegally annexed Crimea. We call on the Russian Federation to de-escalate, to withdraw its forces from the vicinity of Ukraine's borders and to engage constructively in the established formats.", *E, "russia-de-escalation", "supports", 1, D),
 ("The EU reaffirms its unwavering commitment to the fundamental principles of European security, as enshrined in the Helsinki Final Act, the Charter of Paris and the Istanbul Charter for European Security. Every participating State has the inherent right to be free to choose or change its security arrangements, including treaties of alliance. Spheres of influence have no place in the 21st century.", *E, "nato-open-door", "supports", 1, D),
 ("We therefore cannot accept proposals that would give one participating State a say over the choices of another, or that would divide the OSCE area into zones of different levels of security. We reject the idea that countries which joined the Alliance after 1997 should be treated as members of a second class, with restrictions on where allied forces may be present.", *E, "nato-open-door", "supports", 1, D),
 ("We therefore cannot accept proposals that would give one participating State a say over the choices of another, or that would divide the OSCE area into zones of different levels of security. We reject the idea that countries which joined the Alliance after 1997 should be treated as members of a second class, with restrictions on where allied forces may be present.", *E, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, the EU is ready to support dialogue on concrete steps that strengthen military transparency and reduce risks, including through the modernisation of the Vienna Document, the notification and observation of large-scale exercises, and arms control. Such steps must be reciprocal and must take into account the security concerns of all participating States, not only some.", *E, "limit-military-exercises", "mentions", 1, D),
 ("The OSCE has the tools for this dialogue, and the Polish Chairpersonship's proposal for a renewed European security dialogue deserves the full support of all participating States. We encourage the Russian Federation to use this forum, in which all 57 participating States sit as equals.", *E, "", "", 1, D),
 ("Let me be clear: any further military aggression against Ukraine will have massive consequences and severe costs, in coordination with our partners.", *E, "", "", 1, D),
 ("The EU reiterates its unwavering support for the sovereignty and territorial integrity of Ukraine within its internationally recognised borders, and for the work of the Special Monitoring Mission, whose unhindered access throughout Ukraine must be ensured.", *E, "", "", 1, D),
 ("The candidate countries North Macedonia, Montenegro, Albania, and the country of the Stabilisation and Association Process and potential candidate Bosnia and Herzegovina, as well as Iceland, Liechtenstein and Norway, members of the European Free Trade Association and members of the European Economic Area, as well as Ukraine, the Republic of Moldova and Georgia align themselves with this statement.", *E, "", "", 1, D),
]

write_gold(L, "articles-311", "gold-311")
