#!/usr/bin/env python3
"""Writes the held-out gold of batch 202 (gold-202/*.nq) from the labels below.

Batch 202 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-14-three-meetings-one-impasse: Financial Times analysis (front
  matter, curly quotes) of the Geneva/Brussels/Vienna week; weekday dates
  (Monday/Wednesday/Thursday/Friday), a quotation split by "Stoltenberg said"
  with a pronoun ("That is for Ukraine..."), Grushko's quote and reported
  clause in one sentence, Baker/Founding Act background, short fragments that
  get no label, Moscow's drafts paraphrased with their date, an unnamed EU
  diplomat.
- reuters-2022-01-27-factbox-russia-demands-western-answers: Reuters factbox
  (front matter, straight quotes, bullet lists under capitalised crossheads);
  almost every demand named once for Moscow and once for the Western answer,
  organisations and unnamed officials as speakers, a quoted fragment inside
  a reported sentence, Dec. 23 / Jan. 14 / Jan. 21 dates.
- ria-2022-01-28-ryabkov-us-answer-main-concerns: RIA Novosti English report
  (no front matter, "15:42 28.01.2022" stamp, machine-translated English,
  « » quotes followed by ", - Ryabkov said"), interrupted quotations whose two
  halves carry different demands, a Telegram fragment, a Duma deputy, an
  MGIMO expert attributing a demand to Moscow in passing, "Read also" lines.
- pentagon-2022-01-24-kirby-press-briefing: defense.gov transcript (no front
  matter; "PRESS SECRETARY JOHN F. KIRBY:", "MR. KIRBY:", "Q:"); every
  paragraph of Kirby's opening and answers is one quotation (demand-less when
  about none), questions unlabelled though they name demands, Moscow's draft
  named in passing inside an answer.
- mid-2022-01-27-zakharova-briefing: Russian MFA briefing transcript (UTF-8
  BOM, CRLF, no front matter, table of contents and crossheads,
  "Question:"/"Maria Zakharova:"); her opening statement paragraphs are
  labelled like answer paragraphs; packages of several demands in one
  paragraph; rejection of the Western troop demand; no-preconditions.
- kyivindependent-2022-01-27-kuleba-no-concessions: Kyiv Independent news
  story (front matter, byline, photo caption and "Read also:" lines not
  labelled), Kuleba's quotes split in two, Russia's demands named in passing
  in a narrative sentence and inside a lawmaker's quote, an analyst with a
  stance of her own, Bucharest 2008 background, Zelensky dated to his Jan. 26
  address.
- washingtonpost-2022-02-02-putin-got-his-answer: Washington Post opinion
  column by an invented former ambassador (no front matter; "February 2, 2022
  at 7:00 a.m. EST"). The columnist's own prose is neither quotation nor
  reported speech of anyone and is not labelled (he is the author, not a
  quoted speaker); only the people he quotes or reports are. Putin "on
  Tuesday" = Feb. 1; a 2008 dinner anecdote is background; Kuleba's
  five-word slogan gets no label.

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

Writer's own choices within these conventions: a demand Moscow is said to make
inside another speaker's words gets the russia label with direct 0 (the words
are not Russia's); a narrative sentence that reports what Moscow, its drafts or
its ministry demanded is that actor's reported speech; a span that points back
to a demand by a pronoun ("That is for Ukraine...", "Without this...") carries
that demand; "no one has a veto on Ukraine joining" is both nato-open-door
supports and no-ukraine-membership rejects (nato-non-expansion rejects when it
is said of enlargement in general).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["ft-2022-01-14-three-meetings-one-impasse"] = [
 ("For us it is absolutely obligatory that Ukraine never, never, never becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We do not trust the other side, and we need guarantees that are ironclad and on paper, not words.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The starting point was the pair of drafts Moscow published on December 17 — a treaty with Washington and an agreement with Nato — which would bar the alliance from admitting Ukraine or anyone else, pull its forces back to where they stood in 1997 and ban intermediate-range missiles from anywhere they could reach Russian territory.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("The starting point was the pair of drafts Moscow published on December 17 — a treaty with Washington and an agreement with Nato — which would bar the alliance from admitting Ukraine or anyone else, pull its forces back to where they stood in 1997 and ban intermediate-range missiles from anywhere they could reach Russian territory.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The starting point was the pair of drafts Moscow published on December 17 — a treaty with Washington and an agreement with Nato — which would bar the alliance from admitting Ukraine or anyone else, pull its forces back to where they stood in 1997 and ban intermediate-range missiles from anywhere they could reach Russian territory.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The starting point was the pair of drafts Moscow published on December 17 — a treaty with Washington and an agreement with Nato — which would bar the alliance from admitting Ukraine or anyone else, pull its forces back to where they stood in 1997 and ban intermediate-range missiles from anywhere they could reach Russian territory.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("The US, Sherman said, was prepared to discuss with Russia where intermediate-range missiles may or may not be deployed in Europe, and reciprocal limits on the size and scope of military exercises, provided Moscow stepped back from the brink on Ukraine’s border.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The US, Sherman said, was prepared to discuss with Russia where intermediate-range missiles may or may not be deployed in Europe, and reciprocal limits on the size and scope of military exercises, provided Moscow stepped back from the brink on Ukraine’s border.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The US, Sherman said, was prepared to discuss with Russia where intermediate-range missiles may or may not be deployed in Europe, and reciprocal limits on the size and scope of military exercises, provided Moscow stepped back from the brink on Ukraine’s border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato’s open-door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato’s open-door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("No one else has a say, no one else has a veto, on whether Ukraine can one day become a Nato member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("No one else has a say, no one else has a veto, on whether Ukraine can one day become a Nato member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("That is for Ukraine and the 30 allies to decide.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("That is for Ukraine and the 30 allies to decide.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He said allies had proposed a series of meetings on arms control, transparency of exercises and the reopening of the channels between militaries that have been largely dormant since 2014 — an offer Nato diplomats describe as the most substantial menu put to Moscow in a decade.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("He said allies had proposed a series of meetings on arms control, transparency of exercises and the reopening of the channels between militaries that have been largely dormant since 2014 — an offer Nato diplomats describe as the most substantial menu put to Moscow in a decade.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("The open-door policy is not a commandment carved in stone, it is a political choice, and it is a choice that leads Europe into a dead end,", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("“The open-door policy is not a commandment carved in stone, it is a political choice, and it is a choice that leads Europe into a dead end,” he told reporters, adding that Moscow would not tolerate the alliance moving forces and strike weapons ever closer to Russia’s borders.", "alexander-grushko", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("the drumbeat of war is sounding loud and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Carpenter told journalists afterwards that Washington would not negotiate over the heads of Ukrainians and that Russia must pull back the forces it has assembled on its neighbour’s frontier before any real progress could be made.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("Dmitry Peskov, Putin’s spokesman, said on Thursday that there were “positive elements” in the talks, but that on the main points — a halt to Nato’s eastward march above all — the two sides remained at odds.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("The Kremlin has asked for things it knows it cannot get, so that it can say later that it was refused,", "gleb-arkhipov", 1, "Gleb Arkhipov", "", "", 1, ""),
 ("The question is what it intends to do with that refusal.", "gleb-arkhipov", 1, "Gleb Arkhipov", "", "", 1, ""),
 ("On missile deployments and on exercises there is real substance that both sides could work with,", "kristin-dahl", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("On missile deployments and on exercises there is real substance that both sides could work with,", "kristin-dahl", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("On Ukraine’s membership there is no space at all, and everybody in the room knows it.", "kristin-dahl", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("This was the week everybody showed their cards,", "european-union", 0, "the diplomat", "", "", 1, ""),
 ("Now we find out whether Putin was bluffing.", "european-union", 0, "the diplomat", "", "", 1, ""),
]

L["reuters-2022-01-27-factbox-russia-demands-western-answers"] = [
 ("The draft agreement with NATO released by Russia's foreign ministry on Dec. 17 would commit the alliance to admit no new members, Ukraine included.", "russian-foreign-ministry", 0, "Russia's foreign ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The draft agreement with NATO released by Russia's foreign ministry on Dec. 17 would commit the alliance to admit no new members, Ukraine included.", "russian-foreign-ministry", 0, "Russia's foreign ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("It is not us who are moving towards the borders of the United States. It is they who have come right up to our doorstep with their infrastructure,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("U.S. Secretary of State Antony Blinken said on Wednesday that the U.S. document made no concessions on the alliance's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary-General Jens Stoltenberg said the alliance could not and would not give up its right to take in new members, adding that membership of Ukraine was a matter for Kyiv and the 30 allies alone.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg said the alliance could not and would not give up its right to take in new members, adding that membership of Ukraine was a matter for Kyiv and the 30 allies alone.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg said the alliance could not and would not give up its right to take in new members, adding that membership of Ukraine was a matter for Kyiv and the 30 allies alone.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov has said NATO must formally disavow the decision taken at its 2008 Bucharest summit that Ukraine and Georgia will one day become members.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 ("NATO diplomats said the alliance's letter reaffirmed that decision rather than retreating from it.", "nato", 0, "NATO diplomats", "rescind-bucharest-2008", "rejects", 0, ""),
 ("Russia wants NATO to withdraw troops and weapons from countries that joined the alliance after May 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The Russian foreign ministry said on Jan. 21 that this applied to \"foreign forces, equipment and weapons\" in countries including Romania and Bulgaria.", "russian-foreign-ministry", 0, "The Russian foreign ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("We will not compromise on the right of NATO to protect and defend all allies, including by adding more presence in the eastern part of the alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("The draft treaty with the United States would ban both sides from stationing ground-launched intermediate- and shorter-range missiles anywhere they could hit the other's territory, and from sending heavy bombers or surface warships to areas from which they could strike targets on the other side.", "russia", 0, "The draft treaty", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The draft treaty with the United States would ban both sides from stationing ground-launched intermediate- and shorter-range missiles anywhere they could hit the other's territory, and from sending heavy bombers or surface warships to areas from which they could strike targets on the other side.", "russia", 0, "The draft treaty", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("U.S. officials said on Wednesday the American reply offered talks on reciprocal limits on the placement of offensive missiles in Europe, building on the defunct Intermediate-Range Nuclear Forces Treaty, as well as on transparency measures.", "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("A senior State Department official, speaking on condition of anonymity, said Washington had also put forward \"reciprocal transparency\" ideas about heavy bomber flights and naval activity near borders, but would discuss them only if Russia did the same.", "us-state-department", 0, "A senior State Department official", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Russia's draft caps military drills near the line of contact at brigade level and asks for notification well ahead of time.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("NATO's letter proposes more notice of exercises, briefings on the alliance's and Russia's drills and the restoration of military hotlines, according to two diplomats who have seen it.", "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
 ("NATO's letter proposes more notice of exercises, briefings on the alliance's and Russia's drills and the restoration of military hotlines, according to two diplomats who have seen it.", "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, ""),
 ("to re-establish our respective offices in Moscow and Brussels", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("Stoltenberg said allies were ready \"to re-establish our respective offices in Moscow and Brussels\" and to improve military-to-military communication.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("Moscow's treaty draft would bar the United States from setting up bases in, or developing bilateral military cooperation with, former Soviet republics that are not in NATO, such as Ukraine, Georgia and Moldova.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("There are no decisions about Ukraine without Ukraine, and there are no compromises on our right to choose our partners,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Russia insists the guarantees must be legally binding treaties ratified by the U.S. Senate, not political declarations.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We do not need promises. We had promises in 1990 and we know what they were worth,", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Blinken said the U.S. would not publish its document but declined to say whether Washington would consider a treaty.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "mentions", 0, ""),
 ("Washington and its NATO allies have repeatedly called on Moscow to withdraw the troops it has sent to Ukraine's borders, warning of \"massive consequences\" if Russia attacks.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("Washington and its NATO allies have repeatedly called on Moscow to withdraw the troops it has sent to Ukraine's borders, warning of \"massive consequences\" if Russia attacks.", "nato", 0, "its NATO allies", "russia-de-escalation", "supports", 0, ""),
 ("The Kremlin says it can move troops on its own territory as it sees fit and has denied planning an invasion.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("There is no positive response to the main question in this document. The main question is our clear position that further expansion of NATO to the east is unacceptable,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
]

L["ria-2022-01-28-ryabkov-us-answer-main-concerns"] = [
 ("The American side did not take into account our main concerns. The question of non-expansion of NATO remains the key one for us, and here we see no movement", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("We insist that the deployment of strike weapons near the Russian borders must be excluded", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("and the Americans still refuse to speak about the return of the NATO military infrastructure to the configuration of 1997", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, "2022-01-28"),
 ("The diplomat added that the Russian side sees «certain rational grains» in the proposals of Washington on medium-range missiles and on the transparency of military exercises, but they cannot replace the answer to the main question.", "sergei-ryabkov", 1, "The diplomat", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 ("The diplomat added that the Russian side sees «certain rational grains» in the proposals of Washington on medium-range missiles and on the transparency of military exercises, but they cannot replace the answer to the main question.", "sergei-ryabkov", 1, "The diplomat", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("If it depends on the Russian Federation, then there will be no war. We do not want wars", "sergei-lavrov", 1, "the minister", "", "", 1, ""),
 ("At the same time Lavrov pointed out that the Western partners cannot interpret the principle of indivisibility of security selectively: according to him, no state may strengthen its security at the expense of the security of others, and therefore NATO's promises to accept Kiev and Tbilisi must be cancelled.", "sergei-lavrov", 1, "Lavrov", "rescind-bucharest-2008", "supports", 0, ""),
 ("We will not allow our proposals to be dragged out", "sergei-lavrov", 1, "Lavrov", "", "", 1, ""),
 ("if there is no constructive answer, the President will be informed, and he will decide on the next steps", "sergei-lavrov", 1, "Lavrov", "", "", 1, ""),
 ("Analysis will take some time, we are not going to hurry with the conclusions", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("He also noted that the Kremlin considers unacceptable the demands of Western countries to withdraw Russian troops from the Russian territory.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, ""),
 ("Russia moves its troops over its own territory as it considers necessary, and nobody can tell us where our soldiers must be", "dmitry-peskov", 1, "the Kremlin representative", "russia-de-escalation", "rejects", 1, ""),
 ("tries to substitute legally binding guarantees with paper promises of secondary importance", "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 1, ""),
 ("According to him, only a treaty ratified by the parliaments can be a reliable guarantee.", "leonid-slutsky", 1, "him", "written-legal-guarantees", "supports", 0, ""),
 ("Member of the Duma committee on defence Vyacheslav Tyurin considers that Moscow must insist on the complete withdrawal of the NATO contingents from the Baltic states, Poland and Romania.", "vyacheslav-tyurin", 1, "Vyacheslav Tyurin", "rollback-to-1997", "supports", 0, ""),
 ("Without this the whole conversation loses sense", "vyacheslav-tyurin", 1, "the deputy", "rollback-to-1997", "supports", 1, ""),
 ("Proposals about medium-range missiles and about exercises are useful, but this is from a different opera: Moscow asked about the expansion of NATO, and about this they are silent", "igor-zhuravlev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Proposals about medium-range missiles and about exercises are useful, but this is from a different opera: Moscow asked about the expansion of NATO, and about this they are silent", "igor-zhuravlev", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("Proposals about medium-range missiles and about exercises are useful, but this is from a different opera: Moscow asked about the expansion of NATO, and about this they are silent", "igor-zhuravlev", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("Proposals about medium-range missiles and about exercises are useful, but this is from a different opera: Moscow asked about the expansion of NATO, and about this they are silent", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("In his opinion, the answer of NATO, which once again speaks about the «open doors», shows that the alliance is not ready to reconsider its policy.", "igor-zhuravlev", 1, "his", "nato-open-door", "mentions", 0, ""),
 ("Now the ball is on the side of Moscow, and the next steps will be taken in the Kremlin, not in the Foreign Ministry", "igor-zhuravlev", 1, "Zhuravlev", "", "", 1, ""),
 ("On December 17, the Russian Foreign Ministry published the drafts of the treaty with the USA and the agreement with NATO on security guarantees, in which Moscow demanded, in particular, the refusal of NATO from further expansion to the East, including to Ukraine, and the non-deployment of offensive weapons near the borders of Russia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("On December 17, the Russian Foreign Ministry published the drafts of the treaty with the USA and the agreement with NATO on security guarantees, in which Moscow demanded, in particular, the refusal of NATO from further expansion to the East, including to Ukraine, and the non-deployment of offensive weapons near the borders of Russia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("On December 17, the Russian Foreign Ministry published the drafts of the treaty with the USA and the agreement with NATO on security guarantees, in which Moscow demanded, in particular, the refusal of NATO from further expansion to the East, including to Ukraine, and the non-deployment of offensive weapons near the borders of Russia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
]

K = ("john-kirby", 1)
D = "2022-01-24"
L["pentagon-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top and then we'll get to your questions.", *K, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, D),
 ("At the direction of the president, and after consultation with the Chairman and the service chiefs, Secretary Austin has placed a range of units here in the United States on a heightened preparedness to deploy. In total, about 8,500 personnel are on this heightened alert status.", *K, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, D),
 ("Let me be very clear about what this is and what it is not. No decisions have been made to deploy these forces anywhere. This is about reassuring our NATO allies, and it is about making sure that if the alliance activates the NATO Response Force, we are ready to contribute to it quickly.", *K, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, D),
 ("We continue to see no signs that the Russians are pulling back. Quite the contrary. What we want to see is Moscow take its forces away from Ukraine's border and choose the path of diplomacy, and the Secretary still believes there is time and space for that.", *K, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, D),
 ("Look, I'm not going to negotiate in public here from the podium, and the secretary's not going to either. But NATO is a defensive alliance, and the idea that we would pull our troops and capabilities out of allied nations on the eastern flank because Moscow has written that into a draft treaty is simply not something that's on the table.", *K, "MR. KIRBY", "rollback-to-1997", "rejects", 1, D),
 ("Look, I'm not going to negotiate in public here from the podium, and the secretary's not going to either. But NATO is a defensive alliance, and the idea that we would pull our troops and capabilities out of allied nations on the eastern flank because Moscow has written that into a draft treaty is simply not something that's on the table.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("These are sovereign nations. They're our allies. We have commitments to them under Article 5 and we take those commitments seriously.", *K, "MR. KIRBY", "", "", 1, D),
 ("We are certainly in close contact with our colleagues at the State Department, and I won't get ahead of Secretary Blinken on the content of the response. What I can tell you is that there are areas where we think reciprocal steps could improve transparency and reduce the risk of miscalculation, things like notification of exercises and how and where certain missile systems are positioned. Those are things we've talked about with the Russians before, in other settings, and we're willing to talk about them again.", *K, "MR. KIRBY", "limit-military-exercises", "mentions", 1, D),
 ("We are certainly in close contact with our colleagues at the State Department, and I won't get ahead of Secretary Blinken on the content of the response. What I can tell you is that there are areas where we think reciprocal steps could improve transparency and reduce the risk of miscalculation, things like notification of exercises and how and where certain missile systems are positioned. Those are things we've talked about with the Russians before, in other settings, and we're willing to talk about them again.", *K, "MR. KIRBY", "no-intermediate-range-missiles", "mentions", 1, D),
 ("But it's got to be reciprocal. It can't be a one-way street where only NATO and the United States make commitments.", *K, "MR. KIRBY", "", "", 1, D),
 ("I'm just not going to get into specific proposals. Our ships and our aircraft operate in accordance with international law, in international waters and international airspace, and we're going to continue to do that.", *K, "MR. KIRBY", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We continue to assess well over 100,000, and we have seen the Russians move additional forces into Belarus, ostensibly for exercises. I'm not going to get into intel assessments beyond that.", *K, "MR. KIRBY", "", "", 1, D),
 ("That's a decision for Ukraine and the 30 NATO allies, and nobody else. Russia doesn't get to decide who NATO takes in, and it doesn't get a veto over the sovereign choices of its neighbors.", *K, "MR. KIRBY", "nato-open-door", "supports", 1, D),
 ("That's a decision for Ukraine and the 30 NATO allies, and nobody else. Russia doesn't get to decide who NATO takes in, and it doesn't get a veto over the sovereign choices of its neighbors.", *K, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, D),
 ("That's a decision for Ukraine and the 30 NATO allies, and nobody else. Russia doesn't get to decide who NATO takes in, and it doesn't get a veto over the sovereign choices of its neighbors.", *K, "MR. KIRBY", "nato-non-expansion", "rejects", 1, D),
 ("We've been very clear that NATO's door remains open, and the Secretary has said so himself many times.", *K, "MR. KIRBY", "nato-open-door", "supports", 1, D),
 ("Whether any of this ends up in a treaty is really a question for the State Department and for the White House. I'm not going to speculate.", *K, "MR. KIRBY", "written-legal-guarantees", "mentions", 1, D),
 ("I don't have any calls to read out or to speak to today. The Secretary values the ability to communicate with his counterparts, including with Russia, and he would welcome more regular military-to-military contact. Lines of communication are always important, but they're especially important during times of tension like this.", *K, "MR. KIRBY", "resume-military-dialogue", "supports", 1, D),
 ("These troops are not going to Ukraine. They are for the NATO Response Force or for other contingencies in support of our allies. The president has been clear that we are not going to put U.S. troops into combat in Ukraine.", *K, "MR. KIRBY", "", "", 1, D),
]

Z = ("maria-zakharova", 1, "Maria Zakharova")
DZ = "2022-01-27"
L["mid-2022-01-27-zakharova-briefing"] = [
 ("Yesterday, US Ambassador John Sullivan handed over to Deputy Foreign Minister Alexander Grushko the written response of the United States to our draft treaty on security guarantees. The response of NATO was delivered in the evening through the alliance's channels. The documents are now being studied by the relevant departments, and we will present our assessment once this work is complete.", *Z, "", "", 1, DZ),
 ("I would like to remind everyone what this is about. We did not send the West a list of wishes. We proposed concrete, legally formulated texts, with articles that can be signed and ratified, because experience has taught us that political declarations and oral assurances are worth nothing. This is why we insist on guarantees that are legally binding.", *Z, "written-legal-guarantees", "supports", 1, DZ),
 ("The key element is clear and has been repeated at every level: NATO must stop moving eastwards. There must be no further enlargement of the alliance, and the promise given to Kiev and Tbilisi at Bucharest must be withdrawn, not \"frozen\" or \"postponed\".", *Z, "nato-non-expansion", "supports", 1, DZ),
 ("The key element is clear and has been repeated at every level: NATO must stop moving eastwards. There must be no further enlargement of the alliance, and the promise given to Kiev and Tbilisi at Bucharest must be withdrawn, not \"frozen\" or \"postponed\".", *Z, "rescind-bucharest-2008", "supports", 1, DZ),
 ("We see that in Washington and in Brussels they prefer to speak about secondary things – about transparency, about confidence-building measures, about risk reduction. These are important issues, we do not deny it. But they cannot replace the answer to the main question.", *Z, "", "", 1, DZ),
 ("We note the continuing supply of lethal weapons to Ukraine by the United States, the United Kingdom, the Baltic states and others. Every new plane of ammunition that lands in Borispol makes the situation more explosive, not less.", *Z, "", "", 1, DZ),
 ("The \"open door\" is not a principle of international law, it is an internal rule of a military bloc. The principle of international law, fixed in the OSCE documents signed by all of us, including in Istanbul in 1999 and in Astana in 2010, is the indivisibility of security: no state can strengthen its own security at the expense of the security of others.", *Z, "nato-open-door", "rejects", 1, DZ),
 ("When we hear that \"the door remains open\", we hear that NATO reserves the right to come even closer to our borders. That is exactly what we cannot accept.", *Z, "nato-open-door", "rejects", 1, DZ),
 ("When we hear that \"the door remains open\", we hear that NATO reserves the right to come even closer to our borders. That is exactly what we cannot accept.", *Z, "nato-non-expansion", "supports", 1, DZ),
 ("Russian troops are on Russian territory. Where they are deployed is decided by the Russian Ministry of Defence and by no one else. The demand to \"pull back\" troops from our own land is absurd, and we have said this many times.", *Z, "russia-de-escalation", "rejects", 1, DZ),
 ("I would add that we never set preconditions for dialogue. We were ready to talk without any preconditions, and we still are. It is the other side that tries to attach conditions.", *Z, "no-preconditions", "supports", 1, DZ),
 ("The American side asked that the document not be made public. We have heard this request. But I would not exclude that our partners themselves will \"leak\" it, as has happened many times before, and then we will comment.", *Z, "", "", 1, DZ),
 ("We proposed a package, and it is a package. Restrictions on exercises, on where intermediate- and shorter-range missiles can be deployed, on where heavy bombers and warships can operate – all of this is important, and we are ready to work on it. But to take out of the package only what is convenient for the West and leave aside the main thing, the non-expansion of NATO, will not work.", *Z, "limit-military-exercises", "supports", 1, DZ),
 ("We proposed a package, and it is a package. Restrictions on exercises, on where intermediate- and shorter-range missiles can be deployed, on where heavy bombers and warships can operate – all of this is important, and we are ready to work on it. But to take out of the package only what is convenient for the West and leave aside the main thing, the non-expansion of NATO, will not work.", *Z, "no-intermediate-range-missiles", "supports", 1, DZ),
 ("We proposed a package, and it is a package. Restrictions on exercises, on where intermediate- and shorter-range missiles can be deployed, on where heavy bombers and warships can operate – all of this is important, and we are ready to work on it. But to take out of the package only what is convenient for the West and leave aside the main thing, the non-expansion of NATO, will not work.", *Z, "no-warships-aircraft-in-strike-range", "supports", 1, DZ),
 ("We proposed a package, and it is a package. Restrictions on exercises, on where intermediate- and shorter-range missiles can be deployed, on where heavy bombers and warships can operate – all of this is important, and we are ready to work on it. But to take out of the package only what is convenient for the West and leave aside the main thing, the non-expansion of NATO, will not work.", *Z, "nato-non-expansion", "supports", 1, DZ),
 ("Kiev should first implement the Minsk agreements, which it signed and which it has been sabotaging for seven years. That would be the best contribution of the Ukrainian authorities to European security.", *Z, "", "", 1, DZ),
 ("As for the activity of NATO on Ukrainian territory, the instructors, the joint drills, the supply of weapons – this must stop. Ukraine, like other states of the post-Soviet space that are not members of the alliance, must not be turned into a military foothold of the United States.", *Z, "no-military-activity-ex-soviet", "supports", 1, DZ),
]

DK = "2022-01-27"
L["kyivindependent-2022-01-27-kuleba-no-concessions"] = [
 ("We have seen the text. I can say that there are no red lines for Ukraine that have been crossed in it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, DK),
 ("Our position was taken into account in full.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, DK),
 ("The U.S. and NATO delivered their replies to Moscow on Jan. 26, more than a month after Russia published two draft agreements demanding that the alliance shut its door to Ukraine, pull its forces out of Eastern Europe and end military cooperation with Kyiv.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The U.S. and NATO delivered their replies to Moscow on Jan. 26, more than a month after Russia published two draft agreements demanding that the alliance shut its door to Ukraine, pull its forces out of Eastern Europe and end military cooperation with Kyiv.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The U.S. and NATO delivered their replies to Moscow on Jan. 26, more than a month after Russia published two draft agreements demanding that the alliance shut its door to Ukraine, pull its forces out of Eastern Europe and end military cooperation with Kyiv.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("No one can forbid Ukraine to join an alliance or to choose its partners,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, DK),
 ("No one can forbid Ukraine to join an alliance or to choose its partners,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, DK),
 ("This is our sovereign right, and it is not for sale.", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, DK),
 ("This is our sovereign right, and it is not for sale.", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, DK),
 ("Moscow has repeatedly said it wants a legally binding guarantee that Ukraine will never become a NATO member.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has repeatedly said it wants a legally binding guarantee that Ukraine will never become a NATO member.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Russian Foreign Minister Sergei Lavrov said on Jan. 27 that the U.S. reply had failed to address that central demand, though it left room for talks on what he called \"secondary\" issues.", "sergei-lavrov", 1, "Sergei Lavrov", "no-ukraine-membership", "supports", 0, "2022-01-27"),
 ("Kuleba dismissed Russia's insistence on a veto.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, DK),
 ("Kuleba dismissed Russia's insistence on a veto.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, DK),
 ("Kuleba dismissed Russia's insistence on a veto.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The Kremlin wants to return to a world of spheres of influence, where big countries decide the fate of small ones,", "dmytro-kuleba", 1, "the minister", "", "", 1, DK),
 ("That world ended in 1991, and it is not coming back.", "dmytro-kuleba", 1, "the minister", "", "", 1, DK),
 ("Kuleba also said that diplomacy could only succeed if Russia pulled back the more than 100,000 troops it has massed along Ukraine's borders and in occupied Crimea.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, DK),
 ("Ukraine's future is in Ukraine's hands, and it will be decided in Kyiv, not in Moscow or anywhere else,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-26"),
 ("We are watching very closely. The Russians are asking the Americans to stop training our soldiers and stop supplying us weapons, and that would be a betrayal,", "ivanna-kostyuk", 1, "Ivanna Kostyuk", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("We are watching very closely. The Russians are asking the Americans to stop training our soldiers and stop supplying us weapons, and that would be a betrayal,", "russia", 0, "The Russians", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("She said that, based on briefings she had received, Kyiv had no grounds to suspect that Washington had agreed to anything of the kind.", "ivanna-kostyuk", 1, "She", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("The West has offered Russia talks on missiles, on exercises and on transparency, and these are serious offers,", "oksana-lytvynenko", 1, "Lytvynenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The West has offered Russia talks on missiles, on exercises and on transparency, and these are serious offers,", "oksana-lytvynenko", 1, "Lytvynenko", "limit-military-exercises", "mentions", 1, ""),
 ("But I don't think the Kremlin ever wanted arms control. It wanted a new Yalta.", "oksana-lytvynenko", 1, "Lytvynenko", "", "", 1, ""),
 ("She said that whatever happens next, Ukraine's bid to join NATO, enshrined in the country's constitution in 2019, would not be withdrawn, and that the West had been right not to discuss it with Moscow.", "oksana-lytvynenko", 1, "She", "no-ukraine-membership", "rejects", 0, ""),
 ("Russia's Foreign Ministry spokeswoman Maria Zakharova said on Jan. 27 that Moscow would study the responses before deciding on its next steps, and that the West was trying to \"change the subject\" from NATO expansion to secondary issues.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2022-01-27"),
]

L["washingtonpost-2022-02-02-putin-got-his-answer"] = [
 ("It is already clear that our fundamental concerns have been ignored,", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("He listed them: no further expansion of NATO, no strike weapons near Russia's borders, and a return of the alliance's military infrastructure to where it stood in 1997, and he said that none had received a serious answer.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("He listed them: no further expansion of NATO, no strike weapons near Russia's borders, and a return of the alliance's military infrastructure to where it stood in 1997, and he said that none had received a serious answer.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("He listed them: no further expansion of NATO, no strike weapons near Russia's borders, and a return of the alliance's military infrastructure to where it stood in 1997, and he said that none had received a serious answer.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("They are trying to drag us into a war,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("There will be no change; there is no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg went further, saying that the alliance would not abandon a single ally on its eastern flank.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, ""),
 ("According to people who have read it, the U.S. document proposes reciprocal limits on intermediate-range missiles in Europe, more transparency about exercises and new rules for bombers and warships operating near each other's borders.", "united-states", 0, "the U.S. document", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("According to people who have read it, the U.S. document proposes reciprocal limits on intermediate-range missiles in Europe, more transparency about exercises and new rules for bombers and warships operating near each other's borders.", "united-states", 0, "the U.S. document", "limit-military-exercises", "mentions", 0, ""),
 ("According to people who have read it, the U.S. document proposes reciprocal limits on intermediate-range missiles in Europe, more transparency about exercises and new rules for bombers and warships operating near each other's borders.", "united-states", 0, "the U.S. document", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Sergei Lavrov, Russia's foreign minister, has dismissed the offers on missiles and exercises as \"secondary.\"", "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Sergei Lavrov, Russia's foreign minister, has dismissed the offers on missiles and exercises as \"secondary.\"", "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "mentions", 0, ""),
 ("Either it is a package, or there is no conversation,", "sergei-lavrov", 1, "Lavrov", "", "", 1, ""),
]

write_gold(L, "articles-202", "gold-202")
