#!/usr/bin/env python3
"""Writes the held-out gold of batch 336 (gold-336/*.nq) from the labels below.

Batch 336 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-14-lavrov-press-conference: AP wire story on Lavrov's annual news
  conference; interrupted quotes, quote fragments inside reported sentences, "Friday"
  dates, Sherman/Price reported, an analyst, Bucharest background, Kuleba statement.
- interfax-2022-01-27-ryabkov-written-response: Interfax wire, "MOSCOW. Jan 27 (Interfax) -"
  dateline, no front matter; translated phrasing, "the diplomat noted", Stoltenberg/Blinken
  on Wednesday, Duma chairman, IMEMO expert, "Moscow proposed" draft-treaty paragraph.
- mid-2022-02-02-comment-written-answers: Russian MFA Information and Press Department
  comment (UTF-8 BOM, CRLF); first-person "we insist" institutional text, quoted US
  document words, Zakharova briefing quotes, Putin reported with a day in the previous sentence.
- notes-from-poland-2022-01-13-rau-osce-vienna: Notes from Poland story on the OSCE
  Permanent Council; Rau, Lukashevich, Carpenter, Przydacz, PISM analyst with her own
  stance on exercises, "Read also" line, image credit.
- bbc-radio-4-2022-01-27-today-kelin-interview: Today programme transcript with speaker
  labels; multi-paragraph answers, host questions, RUSI analyst, 1990 Baker background.
- ecfr-2022-01-20-europe-at-the-table: ECFR commentary; author's own argument (not
  labelled), standfirst, Borrell interrupted quote, anonymous German diplomat, Ryabkov
  "never, never, never" fragments, "on Monday" date.
- bundestag-2022-01-19-foreign-affairs-committee-record: Bundestag Committee on Foreign
  Affairs summary record in translation; „ “ quotes, indirect speech throughout, MPs'
  questions, Lavrov reported via Baerbock, Grushko reported via a state secretary.

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

Writer's notes: the MFA comment's own first-person sentences are labelled as the ministry's
(russian-foreign-ministry), direct 0, since they stand outside quotation marks. Paraphrases
of the draft documents with the documents as subject are not labelled; "Moscow proposed ..."
with Moscow as subject is. An ECFR author's own argument is not a quoted speaker and gets no label.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-14"
L["ap-2022-01-14-lavrov-press-conference"] = [
 ("He insisted that the key issue for Russia was a firm commitment that NATO would stop moving toward its borders.", "sergey-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("The West has been promising us for decades that the alliance would not come a single inch closer, and then it came right up to our doorstep.", "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("He said the Kremlin wanted that promise written down this time.", "sergey-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("He said the Kremlin wanted that promise written down this time.", "sergey-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We need legally binding guarantees, not assurances that can be forgotten by the next administration,", "sergey-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("are worth nothing to us now.", "sergey-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("Lavrov dismissed the Western insistence that Russia pull back the estimated 100,000 troops massed near Ukraine.", "sergey-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("will not take orders on this from anyone.", "sergey-lavrov", 1, "He", "russia-de-escalation", "rejects", 1, D),
 ("Asked whether Moscow was prepared to discuss limits on missile deployments, as U.S. officials have proposed, Lavrov said such issues were \"secondary\" and could only be addressed after the main question was settled.", "sergey-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Missiles are important, but the fundamental thing is non-expansion,", "sergey-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("Missiles are important, but the fundamental thing is non-expansion,", "sergey-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("U.S. officials have said many of those demands are nonstarters.", "united-states", 0, "U.S. officials", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("U.S. officials have said many of those demands are nonstarters.", "united-states", 0, "U.S. officials", "rollback-to-1997", "rejects", 0, ""),
 ("no one will slam shut NATO's open-door policy,", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-13"),
 ("At the Geneva talks, Sherman told reporters the U.S. had firmly pushed back on proposals that were \"simply nonstarters,\" and that Washington would not allow anyone to close the alliance's door.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("She said the U.S. was willing to talk about the placement of missiles in Europe and about limits on exercises, on a reciprocal basis.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the U.S. was willing to talk about the placement of missiles in Europe and about limits on exercises, on a reciprocal basis.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Lavrov on Friday also made clear that Russia did not accept the notion that countries are free to pick their alliances without regard for others.", "sergey-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("The freedom to choose alliances is not absolute, it is conditioned by the obligation not to harm the security of others,", "sergey-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 ("Lavrov is laying down a marker: if the answer doesn't address expansion head-on, Moscow will call it unserious,", "olga-ivanchenko", 1, "Olga Ivanchenko", "nato-non-expansion", "mentions", 1, ""),
 ("She said she doubted the U.S. would ever put in writing that Ukraine could not join NATO, because that would break a principle the alliance had defended for decades.", "olga-ivanchenko", 1, "She", "no-ukraine-membership", "mentions", 0, ""),
 ("She said she doubted the U.S. would ever put in writing that Ukraine could not join NATO, because that would break a principle the alliance had defended for decades.", "olga-ivanchenko", 1, "She", "nato-open-door", "mentions", 0, ""),
 ("Ukraine's path to NATO is our sovereign business, and it will not be negotiated behind our back,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("Ukraine's path to NATO is our sovereign business, and it will not be negotiated behind our back,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, ""),
]

D = "2022-01-27"
W = "2022-01-26"
L["interfax-2022-01-27-ryabkov-written-response"] = [
 ("There is no positive reaction on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the East,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("These are issues of medium-range missiles, of transparency of exercises, of some confidence-building measures. We do not refuse to discuss them, but not instead of the main thing,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("These are issues of medium-range missiles, of transparency of exercises, of some confidence-building measures. We do not refuse to discuss them, but not instead of the main thing,", "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("Ryabkov stressed that Russia had no intention of giving up on its demand that Ukraine not be admitted into the North Atlantic Alliance.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("He also said that Moscow considered the return of NATO's military infrastructure to the configuration of 1997 as an integral part of the package.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("We did not invent this demand from nothing, it is a return to the situation when the Founding Act was signed,", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("cannot and will not compromise on the principles on which the security of our alliance and of Europe rests.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, W),
 ("He said the alliance's proposals included a return of ambassadors to the respective missions, improved military-to-military communication and risk-reduction mechanisms.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, W),
 ("US Secretary of State Antony Blinken said on Wednesday that the response reaffirmed the US commitment to NATO's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("Blinken added that the US document also demands that Russia de-escalate and withdraw its troops from the border with Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, W),
 ("It is obvious that it will take time for analysis,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("one cannot say that our concerns were taken into account.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("will be studied in detail, without haste.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, ""),
 ("an invitation to a normal, civilized dialogue.", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, ""),
 ("If the West once again shows that it is not ready to refuse from eastward expansion, then the situation will not become calmer,", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 1, ""),
 ("told Interfax that the Russian side might accept a step-by-step approach in which missiles and exercises come first.", "pavel-kravtsov", 1, "Pavel Kravtsov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("told Interfax that the Russian side might accept a step-by-step approach in which missiles and exercises come first.", "pavel-kravtsov", 1, "Pavel Kravtsov", "limit-military-exercises", "mentions", 0, ""),
 ("as a bargaining position and not as the final goal.", "pavel-kravtsov", 1, "his", "rollback-to-1997", "mentions", 1, ""),
 ("In his opinion, the demand for a return to the 1997 configuration was initially designed \"as a bargaining position and not as the final goal.\"", "russia", 0, "Russian side", "rollback-to-1997", "supports", 0, ""),
 ("Among other things, Moscow proposed that NATO refrain from any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

D = "2022-02-02"
M = "russian-foreign-ministry"
L["mid-2022-02-02-comment-written-answers"] = [
 ("The Russian side insists on a legally binding refusal of NATO to further enlarge, including at the expense of Ukraine and Georgia.", M, 0, "The Russian side", "nato-non-expansion", "supports", 0, D),
 ("The Russian side insists on a legally binding refusal of NATO to further enlarge, including at the expense of Ukraine and Georgia.", M, 0, "The Russian side", "no-ukraine-membership", "supports", 0, D),
 ("The Russian side insists on a legally binding refusal of NATO to further enlarge, including at the expense of Ukraine and Georgia.", M, 0, "The Russian side", "written-legal-guarantees", "supports", 0, D),
 ("We insist on the non-deployment of strike weapon systems close to Russian borders.", M, 0, "We", "no-strike-weapons-near-borders", "supports", 0, D),
 ("And we insist on the return of the military potential and infrastructure of the alliance to the state of 1997, when the Russia-NATO Founding Act was signed.", M, 0, "we", "rollback-to-1997", "supports", 0, D),
 ("Instead, we are offered once again the worn-out thesis of the so-called \"open door\" policy, which, it is claimed, gives every state the right to choose its alliances.", M, 0, "we", "nato-open-door", "rejects", 0, D),
 ("We consider this approach unacceptable.", M, 0, "We", "nato-open-door", "rejects", 0, D),
 ("We also note that the American document contains a demand that Russia \"de-escalate\" on the border with Ukraine.", M, 0, "We", "russia-de-escalation", "mentions", 0, D),
 ("We reject such formulations.", M, 0, "We", "russia-de-escalation", "rejects", 0, D),
 ("Russian troops are on their own territory, and their movement is the sovereign business of the Russian Federation.", M, 0, "the Russian Federation", "russia-de-escalation", "rejects", 0, D),
 ("The US side expresses readiness to discuss reciprocal transparency measures regarding ground-launched missiles in Europe and limitations on exercises.", M, 0, "The US side", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The US side expresses readiness to discuss reciprocal transparency measures regarding ground-launched missiles in Europe and limitations on exercises.", M, 0, "The US side", "limit-military-exercises", "mentions", 0, D),
 ("These are topics which the Russian side itself raised many times in recent years and which remained without any answer.", M, 0, "the Russian side", "no-intermediate-range-missiles", "supports", 0, D),
 ("These are topics which the Russian side itself raised many times in recent years and which remained without any answer.", M, 0, "the Russian side", "limit-military-exercises", "supports", 0, D),
 ("We were told for thirty years that NATO is a defensive alliance which threatens no one. And each time it moved closer to our borders, it was explained to us that this is not directed against Russia.", "maria-zakharova", 1, "M.V.Zakharova", "nato-non-expansion", "supports", 1, D),
 ("Enough. We want guarantees on paper, signed and ratified, and not one more promise,", "maria-zakharova", 1, "she", "written-legal-guarantees", "supports", 1, D),
 ("He stressed that the West had ignored Russia's demands to halt NATO's expansion, to refrain from deploying offensive weapons near Russian borders and to return the alliance's infrastructure to 1997 positions.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("He stressed that the West had ignored Russia's demands to halt NATO's expansion, to refrain from deploying offensive weapons near Russian borders and to return the alliance's infrastructure to 1997 positions.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("He stressed that the West had ignored Russia's demands to halt NATO's expansion, to refrain from deploying offensive weapons near Russian borders and to return the alliance's infrastructure to 1997 positions.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
]

D = "2022-01-13"
L["notes-from-poland-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("peaceful resolution of the conflict in and around Ukraine.", "zbigniew-rau", 1, "He", "", "", 1, D),
 ("Rau did not name Russia directly in that passage, but later said that Europe's security order could not be rebuilt \"on the basis of spheres of influence\" and that every state had the sovereign right to choose its own security arrangements, \"including treaties of alliance\".", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 ("We need a clear legal guarantee that NATO will not expand further and that strike weapons will not be deployed on our borders,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("We need a clear legal guarantee that NATO will not expand further and that strike weapons will not be deployed on our borders,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, D),
 ("We need a clear legal guarantee that NATO will not expand further and that strike weapons will not be deployed on our borders,", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("If we do not hear a constructive answer to our proposals within a reasonable time frame, we will be forced to take the necessary measures.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The drumbeat of war is sounding loud,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("Carpenter said the US would not negotiate on Ukraine's right to seek membership of NATO, and called on Russia to pull back its forces from the Ukrainian border.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("Carpenter said the US would not negotiate on Ukraine's right to seek membership of NATO, and called on Russia to pull back its forces from the Ukrainian border.", "michael-carpenter", 1, "Carpenter", "no-ukraine-membership", "rejects", 0, D),
 ("Carpenter said the US would not negotiate on Ukraine's right to seek membership of NATO, and called on Russia to pull back its forces from the Ukrainian border.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("We're not going to be deterred from the principle of open doors,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("Deputy foreign minister Marcin Przydacz told Notes from Poland that Warsaw would never accept a return to the situation before its accession.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, ""),
 ("Poland is not a grey zone. We will not allow anyone to decide over our heads where NATO troops can and cannot be stationed,", "marcin-przydacz", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Przydacz added that Poland's government saw no room for compromise on that demand, which he described as an attempt \"to rewrite the outcome of the Cold War\".", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 0, ""),
 ("said the OSCE was a useful forum for transparency measures, such as limits on snap drills and better notification of exercises, which she argued both sides should agree on regardless of the wider stand-off.", "agnieszka-wroblewska-szulc", 1, "Agnieszka Wróblewska-Szulc", "limit-military-exercises", "supports", 0, ""),
 ("The OSCE has the tools – the Vienna Document, inspections, notification. Those tools should be used to reduce the scale of exercises along the borders, on both sides,", "agnieszka-wroblewska-szulc", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("But she warned that the Russian demands on enlargement were not something the OSCE could address.", "agnieszka-wroblewska-szulc", 1, "she", "nato-non-expansion", "mentions", 0, ""),
 ("But she warned that the Russian demands on enlargement were not something the OSCE could address.", "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("Moscow is asking for a veto over NATO membership. No OSCE format will give it that,", "agnieszka-wroblewska-szulc", 1, "Wróblewska-Szulc", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking for a veto over NATO membership. No OSCE format will give it that,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("with Europe, not about Europe without it", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-12"),
]

D = "2022-01-27"
K = "andrei-kelin"
F = "fiona-hartigan"
L["bbc-radio-4-2022-01-27-today-kelin-interview"] = [
 ("I have not seen the full text, it is being studied in Moscow. But from what Mr Blinken said publicly, I am afraid the main question has not been answered. The main question is very simple. We asked for a guarantee that NATO does not expand any further towards our borders, and especially that Ukraine is not taken into the alliance.", K, 1, "ANDREI KELIN", "nato-non-expansion", "supports", 1, D),
 ("I have not seen the full text, it is being studied in Moscow. But from what Mr Blinken said publicly, I am afraid the main question has not been answered. The main question is very simple. We asked for a guarantee that NATO does not expand any further towards our borders, and especially that Ukraine is not taken into the alliance.", K, 1, "ANDREI KELIN", "no-ukraine-membership", "supports", 1, D),
 ("And we asked for this not in the form of words, of speeches, but on paper, as a legal treaty. Because in 1990 we were told by Mr Baker and others that NATO would not move one inch to the east, and we all know what happened after that.", K, 1, "ANDREI KELIN", "written-legal-guarantees", "supports", 1, D),
 ("And we asked for this not in the form of words, of speeches, but on paper, as a legal treaty. Because in 1990 we were told by Mr Baker and others that NATO would not move one inch to the east, and we all know what happened after that.", K, 1, "ANDREI KELIN", "nato-non-expansion", "supports", 1, D),
 ("Every country has the right to choose, yes, but not at the expense of the security of its neighbour. This is written in OSCE documents signed by Britain as well. You cannot take one half of the principle and forget the other.", K, 1, "ANDREI KELIN", "nato-open-door", "rejects", 1, D),
 ("These troops are on Russian territory. We are not going to invade anybody, this is not our intention at all. But I should say that we see no reason why we should be told where we can put our own forces in our own country, while NATO brings its forces and its weapons closer and closer to us.", K, 1, "ANDREI KELIN", "russia-de-escalation", "rejects", 1, D),
 ("These troops are on Russian territory. We are not going to invade anybody, this is not our intention at all. But I should say that we see no reason why we should be told where we can put our own forces in our own country, while NATO brings its forces and its weapons closer and closer to us.", K, 1, "ANDREI KELIN", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Well, it was very much the script we've heard from Moscow since December. The ambassador kept returning to the same point, that the Russians want a written, legally binding promise that NATO will never take Ukraine in. And that is the one thing the Americans simply cannot give, because the alliance's whole model rests on the idea that membership is decided between NATO and the applicant, not by a third country.", F, 1, "DR FIONA HARTIGAN", "no-ukraine-membership", "mentions", 1, D),
 ("Well, it was very much the script we've heard from Moscow since December. The ambassador kept returning to the same point, that the Russians want a written, legally binding promise that NATO will never take Ukraine in. And that is the one thing the Americans simply cannot give, because the alliance's whole model rests on the idea that membership is decided between NATO and the applicant, not by a third country.", F, 1, "DR FIONA HARTIGAN", "written-legal-guarantees", "mentions", 1, D),
 ("Well, it was very much the script we've heard from Moscow since December. The ambassador kept returning to the same point, that the Russians want a written, legally binding promise that NATO will never take Ukraine in. And that is the one thing the Americans simply cannot give, because the alliance's whole model rests on the idea that membership is decided between NATO and the applicant, not by a third country.", F, 1, "DR FIONA HARTIGAN", "nato-open-door", "mentions", 1, D),
 ("The ambassador kept returning to the same point, that the Russians want a written, legally binding promise that NATO will never take Ukraine in.", "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 ("The ambassador kept returning to the same point, that the Russians want a written, legally binding promise that NATO will never take Ukraine in.", "russia", 0, "the Russians", "written-legal-guarantees", "supports", 0, ""),
 ("I'd also just say, on the 1990 point, the historical record is genuinely contested. There were conversations, Baker said certain things to Gorbachev, but none of it was written into any treaty, and it was in the context of German reunification.", F, 1, "DR FIONA HARTIGAN", "", "", 1, D),
 ("I think there is. Washington has signalled it's willing to talk about where intermediate-range missiles are placed in Europe, and about reciprocal limits on exercises. Frankly, I think both of those are overdue and the West should be pushing them regardless of this crisis. The Russians spent years complaining about Aegis Ashore in Romania and Poland, and now they've been offered a verification mechanism.", F, 1, "DR FIONA HARTIGAN", "no-intermediate-range-missiles", "supports", 1, D),
 ("I think there is. Washington has signalled it's willing to talk about where intermediate-range missiles are placed in Europe, and about reciprocal limits on exercises. Frankly, I think both of those are overdue and the West should be pushing them regardless of this crisis. The Russians spent years complaining about Aegis Ashore in Romania and Poland, and now they've been offered a verification mechanism.", F, 1, "DR FIONA HARTIGAN", "limit-military-exercises", "supports", 1, D),
 ("The question is whether the Kremlin actually wants a deal on those secondary issues, or whether it put forward demands it knew would be refused in order to have a pretext.", F, 1, "DR FIONA HARTIGAN", "", "", 1, D),
 ("The troops haven't moved back, and the Americans have been very clear that de-escalation has to come first. I'm not sure it's realistic to expect that before any talks, but that's their position.", F, 1, "DR FIONA HARTIGAN", "russia-de-escalation", "mentions", 1, D),
]

L["ecfr-2022-01-20-europe-at-the-table"] = [
 ("with those who have the power to decide", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, ""),
 ("There is no security in Europe without the security of Europe,", "josep-borrell", 1, "he", "", "", 1, ""),
 ("We are not a spectator, and any discussion on European security must include the European Union.", "josep-borrell", 1, "he", "", "", 1, ""),
 ("Borrell also said that the EU would not accept a return to a Europe of \"spheres of influence\" in which Russia decides the foreign policy of its neighbours.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, ""),
 ("not close the door to any discussion on arms control that makes Europe safer, including on missiles,", "germany", 0, "A senior German diplomat", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A senior German diplomat told me this week that Berlin would \"not close the door to any discussion on arms control that makes Europe safer, including on missiles,\" but that Germany would never agree to a treaty that rules out membership for any European state.", "germany", 0, "A senior German diplomat", "nato-non-expansion", "rejects", 0, ""),
 ("Ukraine's foreign minister, Dmytro Kuleba, said on Monday that nothing about Ukraine could be decided without Ukraine, and that Kyiv expected its partners to make clear to Moscow that Ukrainian membership of NATO is not on the table for negotiation with Russia.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-17"),
 ("Ukraine's foreign minister, Dmytro Kuleba, said on Monday that nothing about Ukraine could be decided without Ukraine, and that Kyiv expected its partners to make clear to Moscow that Ukrainian membership of NATO is not on the table for negotiation with Russia.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-17"),
 ("Ryabkov said after Geneva that for Moscow it is \"absolutely mandatory\" that Ukraine \"never, never, never\" becomes a member of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-19"
B = "annalena-baerbock"
L["bundestag-2022-01-19-foreign-affairs-committee-record"] = [
 ("The freedom of each country to choose its own alliances is not a negotiable concession, it is the foundation of the European peace order", B, 1, "the Minister", "nato-open-door", "supports", 1, D),
 ("Minister Lavrov had stated in the talk that for Russia the binding renunciation of further enlargement of the alliance was the central point, and that Moscow did not regard the other elements as a substitute for it.", "sergey-lavrov", 1, "Minister Lavrov", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("Minister Lavrov had stated in the talk that for Russia the binding renunciation of further enlargement of the alliance was the central point, and that Moscow did not regard the other elements as a substitute for it.", "sergey-lavrov", 1, "Minister Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-18"),
 ("The Minister stressed that the Federal Government expected Russia to take concrete steps of de-escalation.", B, 1, "The Minister", "russia-de-escalation", "supports", 0, D),
 ("More than 100,000 soldiers with tanks and artillery at the border of a neighbouring country, that cannot be understood otherwise than as a threat", B, 1, "she", "russia-de-escalation", "supports", 1, D),
 ("We expect that Russia withdraws these troops.", B, 1, "she", "russia-de-escalation", "supports", 1, D),
 ("On the question of arms control, the Minister said that the Federal Government was prepared to talk within NATO and the OSCE about transparency for military manoeuvres and about confidence-building measures.", B, 1, "the Minister", "limit-military-exercises", "mentions", 0, D),
 ("The restoration of channels of communication between the militaries was also in the interest of both sides, she stated.", B, 1, "she", "resume-military-dialogue", "supports", 0, D),
 ("Deputy Jürgen Hardt (CDU/CSU) asked whether the Federal Government shared the assessment that the Russian demand for a withdrawal of NATO forces from the eastern member states was in fact an attempt to create a zone of second-class security.", "jurgen-hardt", 1, "Jürgen Hardt", "rollback-to-1997", "mentions", 0, D),
 ("Deputy Jürgen Hardt (CDU/CSU) asked whether the Federal Government shared the assessment that the Russian demand for a withdrawal of NATO forces from the eastern member states was in fact an attempt to create a zone of second-class security.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("Minister Baerbock replied that there would be no members of first and second class in the alliance.", B, 1, "Minister Baerbock", "rollback-to-1997", "rejects", 0, D),
 ("A withdrawal of the allied presence from the Baltic states and Poland is out of question for us", B, 1, "she", "rollback-to-1997", "rejects", 1, D),
 ("The Minister answered that no such commitment had ever been agreed in a treaty, and that the states of central Europe had joined the alliance out of their own free decision.", B, 1, "The Minister", "nato-open-door", "supports", 0, D),
 ("If we want peace, we must also take seriously that Russia does not want NATO troops and missiles directly at its border", "sevim-dagdelen", 1, "the Deputy", "no-strike-weapons-near-borders", "supports", 1, D),
 ("If we want peace, we must also take seriously that Russia does not want NATO troops and missiles directly at its border", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("She called on the Federal Government to support a moratorium on the stationing of intermediate-range missiles in Europe.", "sevim-dagdelen", 1, "She", "no-intermediate-range-missiles", "supports", 0, D),
 ("He said Germany should not give Moscow the impression that the accession of Ukraine can be traded away.", "ulrich-brenneke", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("Who grants the Kremlin a veto over NATO membership of Ukraine, betrays the principle of Helsinki", "ulrich-brenneke", 1, "Brenneke", "no-ukraine-membership", "rejects", 1, D),
 ("Who grants the Kremlin a veto over NATO membership of Ukraine, betrays the principle of Helsinki", "ulrich-brenneke", 1, "Brenneke", "nato-open-door", "supports", 1, D),
 ("At the meeting of 12 January, the Russian Deputy Foreign Minister Alexander Grushko had declared that Russia could not accept the principle of the open door, and had described the alliance's enlargement as a direct threat to Russian security.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("At the meeting of 12 January, the Russian Deputy Foreign Minister Alexander Grushko had declared that Russia could not accept the principle of the open door, and had described the alliance's enlargement as a direct threat to Russian security.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
]

write_gold(L, "articles-336", "gold-336")
