#!/usr/bin/env python3
"""Writes the 86th held-out gold (gold-86/*.nq) from the labels below.

Batch 86 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw, in seven forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy with front
  matter, straight quotes, byline and reporting credits, a Geneva dateline,
  a crosshead in capitals, a quotation split by "Ryabkov said", a quotation
  running over two sentences, a lead with two speakers (Russia, Washington),
  an invented analyst and the 1990 Baker background.
- nato-2022-01-12-stoltenberg-nrc-presser: a NATO press-conference transcript
  after the NATO-Russia Council, no front matter (date in the text), UTF-8
  BOM and CRLF line ends, speaker labels ("NATO Secretary General Jens
  Stoltenberg:"), a moderator and journalists' questions, multi-paragraph
  answers.
- interfax-2022-01-19-ryabkov-interview: an Interfax Q&A interview with
  front matter; "Question:" / "Answer:" labels, so the interviewee's name is
  the one the intro gives; a short reported-speech outro (Lavrov, Baerbock
  with an embedded quotation).
- state-2022-01-26-blinken-written-response: a State Department press
  availability transcript with front matter; "SECRETARY BLINKEN:",
  "MR PRICE:" (moderator) and "QUESTION:" labels.
- guardian-2022-01-27-russia-ukraine-live: a Guardian live blog with front
  matter, curly quotes, reverse-chronological timestamped entries, key-event
  lines, an embassy speaker, a senior EU official, a speaker named only by
  role ("The deputy foreign minister"), a sentence with Kuleba and Moscow,
  and the 2008 Bucharest background.
- ria-2021-12-23-putin-guarantees: a machine-translated aggregator copy of
  RIA Novosti without front matter (date "23.12.2021, 15:12" in the text),
  « » quotes with attribution after the quotation ("- said Putin"), odd
  word order, an undated "Earlier ... has declared", an unnamed State
  Department representative, link lines, and Putin's 1990 grievance (history).
- dw-2022-02-03-guarantees-analysis: a DW opinion piece with front matter,
  German „ “ quotes, invented experts, a passive construction ("was dismissed
  ... by"), a standfirst, crossheads, and the 1997 Founding Act quoted as a
  document (history).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

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
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia told the United States on Monday that it was essential to guarantee that Ukraine would never join NATO, but Washington called such proposals non-starters as the two sides ended nearly eight hours of talks in Geneva with no breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it was essential to guarantee that Ukraine would never join NATO, but Washington called such proposals non-starters as the two sides ended nearly eight hours of talks in Geneva with no breakthrough.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("not assurances, not safeguards, but guarantees with the words 'shall' and 'must' in them.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters to the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said Washington was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia was ready to do the same on a reciprocal basis.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said Washington was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia was ready to do the same on a reciprocal basis.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("It is hard to see how you make real progress with a gun to Ukraine's head. De-escalation is the way to get there,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Moscow wants the clock turned back to 1997, with NATO troops and kit gone from everywhere east of Germany,", "dorian-mackechnie", 1, "Dorian Mackechnie", "rollback-to-1997", "mentions", 1, ""),
 ("The gap is not a gap, it is a canyon.", "dorian-mackechnie", 1, "Dorian Mackechnie", "", "", 1, ""),
 ("Nothing about Ukraine without Ukraine remains our shared principle,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-10"),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was a very serious and direct discussion on a difficult issue, and all 30 Allies and Russia sat around the table for around four hours. That in itself is important, because the last time we met in this format was more than two years ago.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("The Russian delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. Allies spoke with one voice, and I thank every Ally for the close consultations we have had in the run-up to this meeting.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will also not withdraw our forces and infrastructure from the Allies that joined NATO after 1997. There will be no first- and second-class members in this Alliance. Our battlegroups in the eastern part of the Alliance are defensive, proportionate, and a direct response to Russia's own actions.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a dialogue on arms control and disarmament, on greater transparency and risk reduction around military exercises, and on restoring the military lines of communication between NATO and Russia, which we believe is in everybody's interest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a dialogue on arms control and disarmament, on greater transparency and risk reduction around military exercises, and on restoring the military lines of communication between NATO and Russia, which we believe is in everybody's interest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("But we also called on Russia to immediately de-escalate the situation along Ukraine's borders. The massive military build-up continues, and the risk of a new armed conflict in Europe is real.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Russia was not in a position today to agree to a schedule of further meetings. Allies are ready to meet again and to put our proposals in writing.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("No. The decision taken at the Bucharest Summit stands, and it has been reaffirmed by all Allies at every summit since. We are not going to revise it because Russia demands it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("We are following very closely the build-up of Russian forces in Belarus, which is the biggest Russian deployment there since the end of the Cold War. We have seen it before, and it is part of a pattern.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("And we have called on Russia to be transparent and to respect its international commitments. That is what responsible countries do.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Finland and Sweden are our closest partners. If they one day decide to apply, that is for them and for the 30 Allies to decide, and for no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("It is too early to be disappointed. Today was not an easy meeting, but that is exactly why such meetings are important. We will continue the discussions at the OSCE tomorrow, and I have invited Russia to a new series of meetings.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["interfax-2022-01-19-ryabkov-interview"] = [
 ("There is no progress, and I want to say it directly. The American side keeps telling us that it is ready to talk about secondary issues, while ignoring the main thing. We hear a lot of words, but we have not yet seen a single concrete step in our direction.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-19"),
 ("We proposed a moratorium on the deployment of intermediate-range and shorter-range missiles in Europe long ago, and we still want a verifiable ban on such systems anywhere from which they can reach the territory of the other side. If the Americans are finally ready to take this up, good.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2022-01-19"),
 ("But this is not a substitute for the key element. The key element is the non-enlargement of NATO. Without an answer on that, nothing else will work, and we will not trade it for a package of so-called confidence-building measures.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-19"),
 ("No. A moratorium is a political gesture that can be cancelled at any moment by the next administration. We need a legally binding guarantee that Ukraine and Georgia will never become members of the alliance, and a signature under it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-19"),
 ("No. A moratorium is a political gesture that can be cancelled at any moment by the next administration. We need a legally binding guarantee that Ukraine and Georgia will never become members of the alliance, and a signature under it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-19"),
 ("The Bucharest formula that Ukraine and Georgia \"will become members\" must be disavowed, officially. As long as it remains on the books, it is a time bomb under European security.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-19"),
 ("Of course. American strategic bombers and warships must stay out of the areas from which they can hit targets on Russian territory, and we are ready to undertake the same. This is reciprocal, this is fair, and I do not see why the Americans should fear it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-19"),
 ("The same applies to NATO exercises. Large-scale drills right on our borders, with scenarios that are openly directed against Russia, must be limited by agreed distances and thresholds.", "sergei-ryabkov", 1, "Sergei Ryabkov", "limit-military-exercises", "supports", 1, "2022-01-19"),
 ("We do not accept such linkage. The dialogue must continue without any preconditions, and Russian troops will stay wherever the General Staff considers it necessary on Russian territory. Nobody will dictate to us where to hold our own units.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 1, "2022-01-19"),
 ("We do not accept such linkage. The dialogue must continue without any preconditions, and Russian troops will stay wherever the General Staff considers it necessary on Russian territory. Nobody will dictate to us where to hold our own units.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-19"),
 ("We expect a response article by article to our drafts. Not general words about dialogue, and not a lecture about the open door. The so-called open-door policy is a dogma that the alliance invented for itself, and we do not recognise it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 1, "2022-01-19"),
 ("I would not like to make forecasts. We will receive the response, study it carefully, and then the country's leadership will take its decisions.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-19"),
 ("cannot be read as anything other than a threat", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("Baerbock, for her part, told the same news conference that the concentration of Russian troops near Ukraine \"cannot be read as anything other than a threat\" and had to be reduced.", "annalena-baerbock", 1, "Baerbock", "russia-de-escalation", "supports", 0, "2022-01-18"),
]
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own response in parallel, and the two documents are fully coordinated with our Allies and with Ukraine.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document we've delivered sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our Allies and partners about Russia's actions that undermine security, and a principled and pragmatic evaluation of the concerns that Russia has raised.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. We're not going to change those principles, and NATO's door remains open.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("At the same time, we put forward ideas on reciprocal commitments by the United States and Russia not to deploy offensive ground-launched missile systems or permanent forces with a combat mission in Ukraine, and we are ready to discuss them in detail.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("What we are not going to do is make a deal over the heads of our Allies, or over Ukraine's head. Nothing about Ukraine without Ukraine, nothing about Europe without Europe.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("And let me be equally clear about the immediate problem in front of us: Russia should de-escalate and pull back the forces it has massed along Ukraine's borders. That is the best way to give diplomacy a real chance to succeed.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("On Ukraine's membership, the answer is the one you have heard from us many times: that is a decision for Ukraine and for NATO's 30 members, and Russia has no say in it.", "antony-blinken", 1, "BLINKEN", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("On Ukraine's membership, the answer is the one you have heard from us many times: that is a decision for Ukraine and for NATO's 30 members, and Russia has no say in it.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("As for the form, we're not going to get into a signed treaty that codifies Russian spheres of influence. The document we delivered is not a treaty, and it's not meant to be one.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("We've also chosen not to publish the document, because we think diplomacy has a better chance to make progress if we provide space for confidential talks. We would hope and expect that Russia will take the same view.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("It did, and the answer is no. The Allies who joined after 1997 are full members of the Alliance, and the forces that are there to defend them are going to stay.", "antony-blinken", 1, "BLINKEN", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and is ready to discuss next steps. We're prepared either way, whether Russia chooses diplomacy or renewed aggression.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
]
L["guardian-2022-01-27-russia-ukraine-live"] = [
 ("We see no sense in restoring military channels with an alliance that has officially declared us its adversary,", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("The deputy foreign minister also repeated that Nato must renounce any military activity in Ukraine, Georgia and the rest of the former Soviet space.", "alexander-grushko", 1, "The deputy foreign minister", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("Washington must stop turning Ukraine into a Nato military foothold on our doorstep,", "russia", 0, "the Russian embassy in Washington", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("It says no, politely, to the things Moscow cares about most, Ukraine and the 2008 Bucharest promise, and yes to talking about almost everything else,", "tamsin-heathcote", 1, "Heathcote", "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("It says no, politely, to the things Moscow cares about most, Ukraine and the 2008 Bucharest promise, and yes to talking about almost everything else,", "tamsin-heathcote", 1, "Heathcote", "rescind-bucharest-2008", "mentions", 1, "2022-01-27"),
 ("The United States Navy will continue to sail and our aircraft will continue to fly wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("We will not cancel a single drill on our own soil to make the Kremlin comfortable,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-27"),
 ("A senior EU official told reporters in Brussels today that the bloc had been consulted on the Nato letter and would never accept Moscow’s demands to withdraw allied troops from the member states that joined after 1997.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("A senior EU official told reporters in Brussels today that the bloc had been consulted on the Nato letter and would never accept Moscow’s demands to withdraw allied troops from the member states that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Any discussion about European security must include the Europeans, and I am glad that the United States has kept that promise,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-27"),
 ("He also rejected Moscow’s insistence on talks “without preconditions”, arguing that the withdrawal of the Russian forces massed on Ukraine’s borders had to come first.", "dmytro-kuleba", 1, "He", "no-preconditions", "rejects", 0, "2022-01-27"),
 ("He also rejected Moscow’s insistence on talks “without preconditions”, arguing that the withdrawal of the Russian forces massed on Ukraine’s borders had to come first.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("He also rejected Moscow’s insistence on talks “without preconditions”, arguing that the withdrawal of the Russian forces massed on Ukraine’s borders had to come first.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Kuleba’s comments come after Ukraine’s president, Volodymyr Zelenskiy, said in his nightly video address on Wednesday that Ukraine would keep buying western weapons and training with western instructors “whatever Moscow thinks”.", "volodymyr-zelensky", 1, "Volodymyr Zelenskiy", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position that further expansion of Nato to the east and the deployment of strike weapons that could threaten Russian territory are inadmissible,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position that further expansion of Nato to the east and the deployment of strike weapons that could threaten Russian territory are inadmissible,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Based on what our colleagues said yesterday, it is clear that on the main issue there is no positive reaction,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
]
L["ria-2021-12-23-putin-guarantees"] = [
 ("The Russian president Vladimir Putin at the annual big press conference on Thursday has declared, that the West must give to Russia the guarantees of the security immediately, and the further moving of NATO to the east is unacceptable.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2021-12-23"),
 ("The further movement of NATO to the east is unacceptable. What here is incomprehensible? We put our strike systems near the borders of the USA? No. It is the USA with its strike systems came to our house, they already stand on the threshold of our house", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("The further movement of NATO to the east is unacceptable. What here is incomprehensible? We put our strike systems near the borders of the USA? No. It is the USA with its strike systems came to our house, they already stand on the threshold of our house", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("You must give us the guarantees, and immediately, now, on the paper and legally obligating, and not the words, and not talk about it for the decades", "vladimir-putin", 1, "the president", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("NATO must refuse from any military activity on the territory of Ukraine, in the South Caucasus and in the Central Asia. This is not the subject for the bargaining", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, "2021-12-22"),
 ("Earlier the deputy minister of the foreign affairs Sergei Ryabkov has declared, that Moscow is ready to begin the talks at any moment and without any preconditions, the Russian delegation is already formed.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, ""),
 ("We expect, that the answer will be serious, and not the attempt to drown our proposals in the endless consultations", "sergei-ryabkov", 1, "the diplomat", "", "", 1, ""),
 ("The restoration of the contacts on the military line also is among the subjects which can be discussed, if the partners are ready for it", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 1, "2021-12-22"),
 ("The press secretary of the State department Ned Price on Friday has told at the briefing, that the USA is ready to discuss the Russian proposals, including about the military ships and airplanes near the borders of each other, but in the documents there are the things which the Russians know to be unacceptable.", "ned-price", 1, "Ned Price", "no-warships-aircraft-in-strike-range", "mentions", 0, "2021-12-17"),
 ("The representative of the State Department told to RIA Novosti, that Washington is ready to consider the Russian offer to begin the talks without preconditions in January.", "us-state-department", 0, "The representative of the State Department", "no-preconditions", "mentions", 0, ""),
 ("In his turn, the general secretary of NATO Jens Stoltenberg on 16 December has declared, that the alliance will not refuse from the policy of the open doors and that Russia has no right of the veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2021-12-16"),
 ("the attempt to return to the logic of the spheres of influence", "dmytro-kuleba", 1, "Dmitry Kuleba", "", "", 1, ""),
]
L["dw-2022-02-03-guarantees-analysis"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: no further NATO expansion, the renunciation of deploying strike weapons near Russian borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: no further NATO expansion, the renunciation of deploying strike weapons near Russian borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: no further NATO expansion, the renunciation of deploying strike weapons near Russian borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("The Kremlin has always read NATO's open-door policy as an invitation to encirclement, and what it wants now is that door welded shut,", "henrike-obermaier", 1, "Henrike Obermaier", "nato-open-door", "mentions", 1, ""),
 ("The Kremlin has always read NATO's open-door policy as an invitation to encirclement, and what it wants now is that door welded shut,", "henrike-obermaier", 1, "Henrike Obermaier", "nato-non-expansion", "mentions", 1, ""),
 ("What Moscow asks for is a signature under a legally binding text, not another communiqué,", "henrike-obermaier", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("We will never sign up to a Europe in which Moscow decides where NATO's borders end", "annalena-baerbock", 1, "Annalena Baerbock", "nato-non-expansion", "rejects", 1, "2022-02-02"),
 ("We will never sign up to a Europe in which Moscow decides where NATO's borders end", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-02-02"),
 ("The demand that Ukraine be barred from the alliance forever was dismissed on Wednesday by Ukrainian Foreign Minister Dmytro Kuleba as „a Cold War fantasy“.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-02-02"),
 ("In Warsaw, Defence Minister Mariusz Błaszczak on Wednesday dismissed Moscow's demand to keep strike systems away from Russia's borders as „unacceptable“, saying Poland alone would decide which allied weapons were stationed on its territory.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 0, "2022-02-02"),
 ("In Warsaw, Defence Minister Mariusz Błaszczak on Wednesday dismissed Moscow's demand to keep strike systems away from Russia's borders as „unacceptable“, saying Poland alone would decide which allied weapons were stationed on its territory.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Russia asks the Americans to keep intermediate-range missiles out of Europe while the Iskanders in Kaliningrad stay exactly where they are. That is not a negotiating position, it is a non-starter,", "marten-kaljuvee", 1, "Marten Kaljuvee", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Moscow also wants NATO to stop training Ukrainian and Georgian soldiers, and that part of the package gets far less attention than it deserves,", "marten-kaljuvee", 1, "Kaljuvee", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Washington keeps asking Moscow to pull its troops back from Ukraine's border, and Moscow keeps answering with a list of demands about NATO,", "anouk-verhaegen", 1, "Anouk Verhaegen", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-86", "gold-86")
