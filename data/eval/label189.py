#!/usr/bin/env python3
"""Writes the held-out gold of batch 189 (gold-189/*.nq) from the labels below.

Batch 189 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- ap-2022-01-10-geneva-us-russia-talks: AP wire copy without front matter
  (date line "January 10, 2022", dateline "GENEVA (AP) —"), straight quotes;
  a speaker named only by role in the lead ("Russia's top negotiator"), a
  quotation split by "X told reporters", a demand attributed in passing to
  Moscow inside Sherman's sentences, Baker 1990 history, a four-word quote
  and "the Kremlin's central demand" (unspecified, no label).
- mid-2022-01-10-ryabkov-geneva-remarks: Russian Foreign Ministry transcript
  of Ryabkov's press conference ("Sergey Ryabkov:" speaker labels, questions
  from agencies), front matter; each answer paragraph is one quotation.
- aljazeera-2022-01-12-nato-russia-council: Al Jazeera English news story
  with front matter, straight quotes, crossheads; two speakers in one
  sentence, "according to", a quotation split by "X told Al Jazeera", a
  six-word demand-less fragment, a document quoted from Bucharest 2008.
- osce-2022-01-13-rau-press-conference: OSCE press-conference transcript,
  UTF-8 BOM and CRLF line ends, front matter; moderator and journalists'
  questions (which name Lukashevich and Moscow's red line) get no label.
- skynews-2022-01-26-ukraine-russia-live: Sky News live blog without front
  matter (date line "Wednesday 26 January 2022 22:45, UK"), reverse
  chronological entries with times and crossheads, key points, curly quotes,
  "Mr" titles, a tweet, an editor's summary of the draft treaties (document,
  no label).
- kommersant-2022-01-27-us-answer-mt: machine-translated Kommersant report
  without front matter ("27.01.2022, 10:41"), « » quotes with attribution
  after a dash ("— has added the minister"), passive ("as it was explained
  by the minister"), "the main question" (unspecified), a clause quoted
  from the Russian draft (document, no label).
- spiegel-2022-02-03-lindenkamp-interview: DER SPIEGEL International Q&A
  interview with an invented retired general, front matter, „ “ quotes in
  headline and intro; the interview day is given ("on Tuesday").

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's
  sentence ("despite Moscow's demands that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["ap-2022-01-10-geneva-us-russia-talks"] = [
 ("Russia's top negotiator insisted Monday that NATO must halt its eastward expansion, as nearly eight hours of talks with U.S. officials in Geneva ended with no breakthrough and with Washington calling several of Moscow's key proposals non-starters.", "sergei-ryabkov", 1, "Russia's top negotiator", "nato-non-expansion", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards — guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, dismissed Moscow's demand that NATO rule out any further enlargement.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, dismissed Moscow's demand that NATO rule out any further enlargement.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the two sides had discussed possible reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be placed in Europe.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the two sides had discussed possible reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be placed in Europe.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said Moscow had asked for the talks to continue without preconditions, but she would not say when or where the two delegations might meet again.", "wendy-sherman", 1, "Sherman", "no-preconditions", "mentions", 0, D),
 ("Sherman said Moscow had asked for the talks to continue without preconditions, but she would not say when or where the two delegations might meet again.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Russia moves its troops across its own territory as it sees fit, and nobody is going to tell us where they should stand,", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 ("The Russians put their maximalist menu on the table, and the Americans picked out the two or three items they can actually talk about,", "olena-hartmann", 1, "Olena Hartmann", "", "", 1, ""),
 ("Everything else, starting with tearing up the Bucharest promise, is going nowhere.", "olena-hartmann", 1, "Olena Hartmann", "rescind-bucharest-2008", "mentions", 1, ""),
]

R = "Sergey Ryabkov"
L["mid-2022-01-10-ryabkov-geneva-remarks"] = [
 ("Good evening. We have just concluded a long, difficult and very professional conversation with the American delegation led by Deputy Secretary of State Wendy Sherman. It lasted almost eight hours, and I would not call it a waste of time.", "sergei-ryabkov", 1, R, "", "", 1, D),
 ("We explained to our American colleagues that we need legally binding guarantees that NATO will not expand further east. Not promises, not assurances, not declarations of intent, but guarantees on paper, signed and ratified. This is the core of our proposals, and without it everything else loses its meaning.", "sergei-ryabkov", 1, R, "nato-non-expansion", "supports", 1, D),
 ("We explained to our American colleagues that we need legally binding guarantees that NATO will not expand further east. Not promises, not assurances, not declarations of intent, but guarantees on paper, signed and ratified. This is the core of our proposals, and without it everything else loses its meaning.", "sergei-ryabkov", 1, R, "written-legal-guarantees", "supports", 1, D),
 ("We also proposed that neither side deploy intermediate- and shorter-range missiles in areas from which they can reach the territory of the other. This is not a new idea: President Putin put forward a moratorium of this kind back in 2019, and it remains on the table.", "sergei-ryabkov", 1, R, "no-intermediate-range-missiles", "supports", 1, D),
 ("Of course we raised it. The Bucharest formula, that Ukraine and Georgia will become members of NATO, must be disavowed. It is a time bomb under European security, and as long as it stands nobody can speak seriously about stability.", "sergei-ryabkov", 1, R, "rescind-bucharest-2008", "supports", 1, D),
 ("I will not hide that on this point we heard nothing encouraging. We keep hearing the mantra about the open door. For us the 'open door' is not a principle, it is a pretext for moving military infrastructure closer to our borders, and we do not accept it.", "sergei-ryabkov", 1, R, "nato-open-door", "rejects", 1, D),
 ("We said that there must be no strike weapons systems near our borders, whether in Ukraine or anywhere else, and that American warships and heavy bombers must stay out of areas from which they can hit targets on Russian territory. This is a mirror approach: we are prepared to take on the same obligations.", "sergei-ryabkov", 1, R, "no-strike-weapons-near-borders", "supports", 1, D),
 ("We said that there must be no strike weapons systems near our borders, whether in Ukraine or anywhere else, and that American warships and heavy bombers must stay out of areas from which they can hit targets on Russian territory. This is a mirror approach: we are prepared to take on the same obligations.", "sergei-ryabkov", 1, R, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We also raised the question of military exercises. The scale of NATO drills near our borders, including with the participation of countries that are not members of the alliance, grows every year. This has to be restricted, and we made concrete proposals on how to do it.", "sergei-ryabkov", 1, R, "limit-military-exercises", "supports", 1, D),
 ("There is no reason for fears of an escalation, and I repeat that we have no intention of attacking Ukraine. But I categorically reject the idea that we must move troops on our own territory in order to please someone. The movements of our armed forces are our sovereign business.", "sergei-ryabkov", 1, R, "russia-de-escalation", "rejects", 1, D),
 ("Yes. We insist that the alliance return to the configuration of 1997 and withdraw the forces and infrastructure it has deployed since then on the territory of the states that joined later. This is the logic of the Founding Act, which NATO itself has eroded step by step.", "sergei-ryabkov", 1, R, "rollback-to-1997", "supports", 1, D),
 ("There is no date yet. We will report to the leadership, and then we will see whether it makes sense to continue. We need quick results; we cannot wait for months while the other side makes up its mind.", "sergei-ryabkov", 1, R, "", "", 1, D),
 ("No. On Wednesday the conversation continues in Brussels, where my colleague Alexander Grushko will lead our delegation.", "sergei-ryabkov", 1, R, "", "", 1, D),
]

D = "2022-01-12"
L["aljazeera-2022-01-12-nato-russia-council"] = [
 ("will not be easy to bridge", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Speaking to reporters after the meeting of the NATO-Russia Council, Stoltenberg said the alliance was ready to discuss arms control as well as the activities of warships and military aircraft close to each other's borders, but would not compromise on its core principles.", "jens-stoltenberg", 1, "Stoltenberg", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 ("Russia does not have a veto on whether Ukraine can join NATO. Every nation has the right to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can join NATO. Every nation has the right to choose its own path,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He also rejected Russia's demand that the alliance withdraw its troops and weapons from the countries that joined after 1997, saying NATO would not accept \"first- and second-class members\".", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He also rejected Russia's demand that the alliance withdraw its troops and weapons from the countries that joined after 1997, saying NATO would not accept \"first- and second-class members\".", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Both he and US Deputy Secretary of State Wendy Sherman, who headed the American delegation, called on Moscow to pull back the estimated 100,000 troops it has massed near Ukraine.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("Both he and US Deputy Secretary of State Wendy Sherman, who headed the American delegation, called on Moscow to pull back the estimated 100,000 troops it has massed near Ukraine.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, D),
 ("It is absolutely necessary that the policy of open doors is stopped. This policy has brought Europe nothing but new dividing lines,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("According to Grushko, Moscow saw no point in resuming military contacts with the alliance as long as NATO treated Russia as an adversary, even though allies had offered to restore such channels.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("Fomin said NATO warships and reconnaissance aircraft had to stay out of areas from which they could strike Russian territory, describing their activity in the Black Sea as \"a direct threat\".", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("A rollback to 1997 and an end to NATO's partnerships with Ukraine and Georgia were never going to be signed in Brussels,", "ingrid-sandvold", 1, "Ingrid Sandvold", "rollback-to-1997", "mentions", 1, ""),
 ("A rollback to 1997 and an end to NATO's partnerships with Ukraine and Georgia were never going to be signed in Brussels,", "ingrid-sandvold", 1, "Ingrid Sandvold", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The interesting question now is whether the Kremlin takes what is actually on offer.", "ingrid-sandvold", 1, "Ingrid Sandvold", "", "", 1, ""),
]

D = "2022-01-13"
ZR = "Zbigniew Rau"
HS = "Helga Maria Schmid"
L["osce-2022-01-13-rau-press-conference"] = [
 ("Good afternoon. Today the Permanent Council met at a moment when the risk of war in the OSCE area is greater than at any time in the past thirty years. I am grateful to all participating States for a serious and, I would say, sober discussion.", "zbigniew-rau", 1, ZR, "", "", 1, D),
 ("Poland, as Chair, has proposed a renewed European security dialogue under the OSCE umbrella. This is the right place for it: all 57 participating States sit at this table, including Ukraine, the country most directly concerned.", "zbigniew-rau", 1, ZR, "", "", 1, D),
 ("Let me be very clear about our principles. Every participating State has the sovereign right to choose its own security arrangements, including treaties of alliance. This is written in the Helsinki Final Act and in the Charter of Paris, and the Russian Federation signed both.", "zbigniew-rau", 1, ZR, "nato-open-door", "supports", 1, D),
 ("We also heard today, from many delegations, deep concern about the situation in and around Ukraine. I will report on this discussion to the participating States in the coming days.", "zbigniew-rau", 1, ZR, "", "", 1, D),
 ("Thank you, Minister. The OSCE has the tools for transparency and risk reduction, from the Vienna Document to our Special Monitoring Mission in Ukraine. Participating States can use these tools to discuss limits on military exercises and better notification of them, and my office stands ready to support such a discussion.", "helga-maria-schmid", 1, HS, "limit-military-exercises", "mentions", 1, D),
 ("Many delegations spoke today about the concentration of forces along Ukraine's borders and asked for de-escalation. It is not my role to pass judgement, but I note that this concern was expressed very widely around the table.", "helga-maria-schmid", 1, HS, "russia-de-escalation", "mentions", 1, D),
 ("I do not see room for such a compromise. The idea that Ukraine should be barred from NATO forever because Moscow wants it is unacceptable to Poland and, I believe, to the overwhelming majority of participating States.", "zbigniew-rau", 1, ZR, "no-ukraine-membership", "rejects", 1, D),
 ("I do not see room for such a compromise. The idea that Ukraine should be barred from NATO forever because Moscow wants it is unacceptable to Poland and, I believe, to the overwhelming majority of participating States.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("As for the proposals that NATO remove its forces from Poland and the other states that joined after 1997, I can say simply: this is a non-starter. There will be no first-class and second-class members of the alliance.", "zbigniew-rau", 1, ZR, "rollback-to-1997", "rejects", 1, D),
 ("Poland will not agree to any arrangement that turns its territory into a zone of lesser security. Decisions about allied deployments on our soil, including air defence and strike capabilities, are taken by Poland and its allies and are not negotiated with Moscow.", "zbigniew-rau", 1, ZR, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("If there is to be a conversation about intermediate-range missiles, it must include the Russian systems already deployed in Kaliningrad, and it must take place with the allies at the table, not over our heads.", "zbigniew-rau", 1, ZR, "no-intermediate-range-missiles", "mentions", 1, D),
 ("I would not say so. Dialogue is never a waste of time, and the Chair will continue it in whatever format proves useful in the coming weeks.", "zbigniew-rau", 1, ZR, "", "", 1, D),
]

D = "2022-01-26"
L["skynews-2022-01-26-ukraine-russia-live"] = [
 ("Do not run to the shops for salt and buckwheat, do not empty your bank accounts — keep calm,", "volodymyr-zelensky", 1, "he", "", "", 1, D),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said the United States had made clear it would uphold NATO’s open door, while offering to discuss reciprocal commitments by both sides not to deploy offensive weapons systems in Ukraine.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, D),
 ("He said the United States had made clear it would uphold NATO’s open door, while offering to discuss reciprocal commitments by both sides not to deploy offensive weapons systems in Ukraine.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("He also urged Moscow to pull back the more than 100,000 troops it has massed near Ukraine’s borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("State Department spokesman Ned Price told his daily briefing that the United States would not put its security commitments to Russia into a legally binding treaty, adding that the reply was a confidential document rather than a draft for negotiation.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, D),
 ("We are not going to negotiate in public,", "ned-price", 1, "Price", "", "", 1, D),
 ("We are ready to re-establish our offices in Moscow and Brussels and to use military lines of communication to avoid dangerous incidents,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("We stand by the Bucharest decision. It is not for Russia to rewrite it.", "jens-stoltenberg", 1, "he", "rescind-bucharest-2008", "rejects", 1, D),
 ("There is nothing in the American text that would limit our defence cooperation with our partners, and we will not accept anything that does,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Defence Secretary Ben Wallace has told Sky News that Moscow’s demand for NATO to pull its forces out of the countries that joined the alliance after 1997 is “not going to happen”.", "ben-wallace", 1, "Ben Wallace", "rollback-to-1997", "rejects", 0, D),
 ("Defence Secretary Ben Wallace has told Sky News that Moscow’s demand for NATO to pull its forces out of the countries that joined the alliance after 1997 is “not going to happen”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("I’m not going to speculate about what President Putin will do next,", "ben-wallace", 1, "he", "", "", 1, D),
]

L["kommersant-2022-01-27-us-answer-mt"] = [
 ("there is no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question, as it was explained by the minister, is the inadmissibility of the further expansion of NATO to the east.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("We are ready to continue the conversation, but without the ultimatums and preconditions from the side of the West, which demands from us first to withdraw the troops from our own territory", "sergei-lavrov", 1, "the minister", "no-preconditions", "supports", 1, "2022-01-27"),
 ("We are ready to continue the conversation, but without the ultimatums and preconditions from the side of the West, which demands from us first to withdraw the troops from our own territory", "sergei-lavrov", 1, "the minister", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("It will take time, we will not hurry with the estimations", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("According to the deputy minister Sergei Ryabkov, who gave comment to «Kommersant» on Wednesday evening, in the answers there is the proposal to restore the channels of the military communication, and Moscow «will study it attentively».", "sergei-ryabkov", 1, "Sergei Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("But we insist that the American warships and the strategic bombers do not come into the zones from which they can strike on our territory, and on this point there is no answer", "sergei-ryabkov", 1, "the diplomat", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-26"),
 ("The military cooperation of NATO with Ukraine and Georgia, the supplies of the weapons and the sending of the instructors must be stopped. It is the direct threat to security of Russia", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2022-01-26"),
 ("Washington will never sign the paper which forbids to Kiev to enter NATO, for any administration it is the politically impossible thing", "arkady-zhemchuzhnikov", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 ("Now the Kremlin must decide, whether it wants the agreement or only the pretext", "arkady-zhemchuzhnikov", 1, "he", "", "", 1, ""),
]

D = "2022-02-01"
ML = "Lindenkamp"
L["spiegel-2022-02-03-lindenkamp-interview"] = [
 ("Strip away the diplomatic language and you are left with one thing: a written, legally binding promise that NATO will not move one step further east. Everything else in the two drafts is packaging. Whether anyone in Brussels could ever sign such a thing is another matter.", "matthias-lindenkamp", 1, ML, "nato-non-expansion", "mentions", 1, D),
 ("Strip away the diplomatic language and you are left with one thing: a written, legally binding promise that NATO will not move one step further east. Everything else in the two drafts is packaging. Whether anyone in Brussels could ever sign such a thing is another matter.", "matthias-lindenkamp", 1, ML, "written-legal-guarantees", "mentions", 1, D),
 ("Yes, I think so. Talks without preconditions while more than 100,000 soldiers stand at Ukraine's border are talks at gunpoint, and talks at gunpoint are not negotiations. The first step has to be a visible pullback of those troops; only then does it make sense to sit down.", "matthias-lindenkamp", 1, ML, "no-preconditions", "rejects", 1, D),
 ("Yes, I think so. Talks without preconditions while more than 100,000 soldiers stand at Ukraine's border are talks at gunpoint, and talks at gunpoint are not negotiations. The first step has to be a visible pullback of those troops; only then does it make sense to sit down.", "matthias-lindenkamp", 1, ML, "russia-de-escalation", "supports", 1, D),
 ("I am sceptical. A new moratorium on intermediate-range missiles in Europe would freeze an imbalance, because the Russians already have their 9M729 systems in place. I would not accept a ban on our side that leaves theirs untouched.", "matthias-lindenkamp", 1, ML, "no-intermediate-range-missiles", "rejects", 1, D),
 ("That is out of the question. Exercises are how we make deterrence credible on the eastern flank, and we will not reduce them because Moscow objects. Notifying them properly, inviting observers, yes. Reducing them, no.", "matthias-lindenkamp", 1, ML, "limit-military-exercises", "rejects", 1, D),
 ("That is out of the question. Exercises are how we make deterrence credible on the eastern flank, and we will not reduce them because Moscow objects. Notifying them properly, inviting observers, yes. Reducing them, no.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The Black Sea is international water, and the Royal Navy and the US Navy will sail there as they always have. Keeping ships and aircraft out of striking range of each other's territory sounds reasonable on paper, but in practice it would hand the Black Sea to Russia.", "matthias-lindenkamp", 1, ML, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Military contacts. During the Cold War, generals on both sides talked to each other regularly, and it prevented accidents. Today there is almost nothing left. Reopening those military channels should be the first thing both sides agree on.", "matthias-lindenkamp", 1, ML, "resume-military-dialogue", "supports", 1, D),
 ("That is the official line in Brussels: every country chooses its own alliances. Whether it survives contact with a Ukrainian application, I honestly cannot tell you.", "matthias-lindenkamp", 1, ML, "nato-open-door", "mentions", 1, D),
 ("More dangerous than at any point since the autumn of 1983. Diplomats like to say that a crisis is also an opportunity. For once, I hope they are right.", "matthias-lindenkamp", 1, ML, "", "", 1, D),
]

write_gold(L, "articles-189", "gold-189")
