#!/usr/bin/env python3
"""Writes the held-out gold of batch 265 (gold-265/*.nq) from the labels below.

Batch 265 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cnn-2022-01-26-us-nato-written-responses-live: CNN live blog (front matter,
  time-stamped posts, bullets, "Read more" line); quotes interrupted by "he said",
  a quote repeated in a post headline, a "refresher" post attributing the drafts'
  demands to Moscow, analysts (one real, one invented), Zakharova's "bury".
- economist-2022-01-15-talking-past-each-other: The Economist news analysis (no
  front matter, "Jan 15th 2022" in the rubric, "Mr Ryabkov" style); quotes over
  two sentences, short quoted fragments, Baker/Gorbachev, 1997 and Bucharest as
  background, the draft treaty "asking" things, analysts split by "says".
- izvestia-2022-01-11-ryabkov-geneva-results: Izvestia, machine-translated
  (front matter, « » quotes followed by ", — the diplomat stressed", "Read also",
  a "Reference" box paraphrasing the drafts); moratorium vs legal guarantees,
  Bucharest, 1997 configuration, an expert of the Valdai club.
- euronews-2022-01-12-nato-russia-council-brussels: Euronews (front matter,
  curly quotes, "Read more |" line, crossheads); Stoltenberg, Grushko, Sherman,
  Landsbergis, an invented Czech analyst; "it must be stopped" about open doors.
- whitehouse-2022-01-13-press-briefing-psaki: White House press briefing
  transcript (UTF-8 BOM, CRLF, no front matter; "MS. PSAKI:" / "Q" labels);
  reporters' questions carry the demands, Psaki's answers reject them by
  reference ("That's not on the table"); Sherman reported inside an answer.
- eu-council-2022-01-14-gymnich-brest-borrell-remarks: Council of the EU press
  release with Borrell's remarks and Q&A (no front matter); a press-release
  preamble, "Check against delivery!", a Background box; Moscow's demand named
  inside Borrell's own paragraph.
- bbc-2022-02-01-today-kelin-interview: BBC Radio 4 Today transcript (no front
  matter; speaker labels, time codes, two guests); the ambassador's answers
  split over paragraphs, an analyst who voices her own stance on membership but
  only assesses others; Lavrov reported in the host's question.

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

D = "2022-01-26"
L["cnn-2022-01-26-us-nato-written-responses-live"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Asked whether the US had given any ground on Moscow's insistence that NATO stop taking in new members, he was blunt.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-non-expansion", "rejects", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken added that the US had put forward ideas on arms control, including reciprocal transparency measures on the deployment of offensive missile systems in Europe and on the scale of exercises.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken added that the US had put forward ideas on arms control, including reciprocal transparency measures on the deployment of offensive missile systems in Europe and on the scale of exercises.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "he", "", "", 1, D),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("But we cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("He said NATO had also called on Russia to immediately de-escalate the situation and pull its forces back from around Ukraine, and that allies were proposing to reopen their respective offices in Moscow and Brussels.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Stoltenberg rejected the idea that the alliance would withdraw from its eastern members.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 ("have first- and second-class members.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("We will not immediately make any assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Russian Foreign Minister Sergey Lavrov, speaking to lawmakers earlier Wednesday, said Moscow was waiting for answers on its main points, above all that the alliance stop moving east.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Among other things, Moscow wants a legally binding pledge that Ukraine will never become a member, a ban on NATO deploying troops and weapons in countries that joined after May 1997, and an end to allied military activity in Eastern Europe, Central Asia and the South Caucasus.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Among other things, Moscow wants a legally binding pledge that Ukraine will never become a member, a ban on NATO deploying troops and weapons in countries that joined after May 1997, and an end to allied military activity in Eastern Europe, Central Asia and the South Caucasus.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Among other things, Moscow wants a legally binding pledge that Ukraine will never become a member, a ban on NATO deploying troops and weapons in countries that joined after May 1997, and an end to allied military activity in Eastern Europe, Central Asia and the South Caucasus.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Among other things, Moscow wants a legally binding pledge that Ukraine will never become a member, a ban on NATO deploying troops and weapons in countries that joined after May 1997, and an end to allied military activity in Eastern Europe, Central Asia and the South Caucasus.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("It is important for us that the US position remains firm on the key principle: nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("A senior Ukrainian official, who spoke on condition of anonymity, told CNN that Kyiv was satisfied that the reply did not close any doors on its future membership.", "ukraine", 0, "A senior Ukrainian official", "nato-open-door", "supports", 0, D),
 ("A former US ambassador to NATO, Douglas Lute, has argued for weeks that the alliance has room to talk about missiles and drills but none on membership.", "douglas-lute", 1, "Douglas Lute", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A former US ambassador to NATO, Douglas Lute, has argued for weeks that the alliance has room to talk about missiles and drills but none on membership.", "douglas-lute", 1, "Douglas Lute", "limit-military-exercises", "mentions", 0, ""),
 ("A former US ambassador to NATO, Douglas Lute, has argued for weeks that the alliance has room to talk about missiles and drills but none on membership.", "douglas-lute", 1, "Douglas Lute", "nato-open-door", "supports", 0, ""),
 ("You can negotiate about where a missile sits or how big an exercise is. You cannot negotiate away another country's right to knock on NATO's door,", "karen-whitfield", 1, "Karen Whitfield", "no-intermediate-range-missiles", "mentions", 1, D),
 ("You can negotiate about where a missile sits or how big an exercise is. You cannot negotiate away another country's right to knock on NATO's door,", "karen-whitfield", 1, "Karen Whitfield", "limit-military-exercises", "mentions", 1, D),
 ("You can negotiate about where a missile sits or how big an exercise is. You cannot negotiate away another country's right to knock on NATO's door,", "karen-whitfield", 1, "Karen Whitfield", "nato-open-door", "supports", 1, D),
 ("study it and decide on further steps.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, D),
 ("She said earlier in the week that the West was trying to \"bury\" Russia's proposals in endless consultations instead of answering the question about the alliance's eastward push.", "maria-zakharova", 1, "She", "nato-non-expansion", "supports", 0, ""),
]

L["economist-2022-01-15-talking-past-each-other"] = [
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, guarantees.", "sergei-ryabkov", 1, "Mr Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He added that it was \"absolutely mandatory\" for Russia that Ukraine \"never, never, never\" become a member of the alliance.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("slam closed NATO's open-door policy", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("He did offer talks on missiles and on notification of exercises.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("He did offer talks on missiles and on notification of exercises.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("Some of these are serious arms-control ideas dressed up as ultimatums,", "fiona-marsh", 1, "Fiona Marsh", "", "", 1, ""),
 ("The others are simply demands that NATO dissolve itself on its eastern flank.", "fiona-marsh", 1, "Fiona Marsh", "rollback-to-1997", "mentions", 1, ""),
 ("The point of the exercise may be the refusal itself,", "pavel-lebedev", 1, "Pavel Lebedev", "", "", 1, ""),
 ("Then Moscow can say it tried diplomacy.", "pavel-lebedev", 1, "Pavel Lebedev", "", "", 1, ""),
 ("Mr Lebedev adds that the Russian leadership genuinely believes that NATO membership for Ukraine must be stopped, and will use whatever leverage it has to stop it.", "pavel-lebedev", 1, "Mr Lebedev", "no-ukraine-membership", "mentions", 0, ""),
 ("Mr Lebedev adds that the Russian leadership genuinely believes that NATO membership for Ukraine must be stopped, and will use whatever leverage it has to stop it.", "russia", 0, "the Russian leadership", "no-ukraine-membership", "supports", 0, ""),
 ("It is hard to see how you make actual progress in an atmosphere of escalation with a gun to Ukraine's head,", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 1, "2022-01-07"),
]

G = "2022-01-10"
L["izvestia-2022-01-11-ryabkov-geneva-results"] = [
 ("difficult, long, very professional, deep, specific, without attempts to smooth over any sharp corners", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, G),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 1, G),
 ("The danger of the confrontation increasing should not be underestimated", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, G),
 ("The deputy minister explained that the Russian side does not need a moratorium or promises on paper which can be revoked at any moment.", "sergei-ryabkov", 1, "The deputy minister", "written-legal-guarantees", "supports", 0, G),
 ("We need iron-concrete, legally binding guarantees, not assurances, not promises, — namely guarantees", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, G),
 ("According to Ryabkov, the decisions of the 2008 Bucharest summit about the future membership of Ukraine and Georgia must be cancelled, since they «contradict the principle of indivisible security».", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, G),
 ("The diplomat also drew attention that Moscow presented to the Americans its vision about the non-deployment of strike weapons systems near Russian borders.", "sergei-ryabkov", 1, "The diplomat", "no-strike-weapons-near-borders", "supports", 0, G),
 ("He stressed that Russia has no intentions to attack Ukraine and that the movement of troops on the Russian territory is not the business of anyone.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, G),
 ("remains central for us and is not subject to trade", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, G),
 ("The American side, according to the deputy minister, showed readiness to discuss the topic of intermediate- and shorter-range missiles, but in a linked way to other subjects which were not of primary interest for Moscow.", "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "mentions", 0, G),
 ("We are not going to agree to a situation where our proposals are taken apart into pieces and the convenient ones are chosen", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, G),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, G),
 ("According to her, the USA is ready to discuss the reciprocal limits on the scale of exercises and the placement of missiles, but only if Russia takes steps to de-escalation.", "wendy-sherman", 1, "her", "limit-military-exercises", "mentions", 0, G),
 ("According to her, the USA is ready to discuss the reciprocal limits on the scale of exercises and the placement of missiles, but only if Russia takes steps to de-escalation.", "wendy-sherman", 1, "her", "no-intermediate-range-missiles", "mentions", 0, G),
 ("According to her, the USA is ready to discuss the reciprocal limits on the scale of exercises and the placement of missiles, but only if Russia takes steps to de-escalation.", "wendy-sherman", 1, "her", "russia-de-escalation", "supports", 0, G),
 ("The Americans heard us. Whether they are ready to hear further, this will be shown by Brussels and Vienna", "timofei-voronin", 1, "the political scientist", "", "", 1, ""),
 ("According to Voronin, the demand for legally binding guarantees of non-expansion is the minimal condition for Moscow, without which the rest of the package loses sense.", "timofei-voronin", 1, "Voronin", "nato-non-expansion", "mentions", 0, ""),
 ("According to Voronin, the demand for legally binding guarantees of non-expansion is the minimal condition for Moscow, without which the rest of the package loses sense.", "timofei-voronin", 1, "Voronin", "written-legal-guarantees", "mentions", 0, ""),
 ("According to Voronin, the demand for legally binding guarantees of non-expansion is the minimal condition for Moscow, without which the rest of the package loses sense.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("According to Voronin, the demand for legally binding guarantees of non-expansion is the minimal condition for Moscow, without which the rest of the package loses sense.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

B = "2022-01-12"
L["euronews-2022-01-12-nato-russia-council-brussels"] = [
 ("real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "the alliance’s chief", "", "", 1, B),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, B),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, B),
 ("Stoltenberg said allies had made it clear that they would not give Moscow a say over who joins the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, B),
 ("No one else has anything to say, and of course Russia doesn’t have a veto on whether Ukraine should become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, B),
 ("No one else has anything to say, and of course Russia doesn’t have a veto on whether Ukraine should become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, B),
 ("He said the allies had called on Russia to de-escalate and to withdraw its forces from the Ukrainian border, but had also offered a series of meetings on arms control, the transparency of military exercises and risk reduction.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, B),
 ("He said the allies had called on Russia to de-escalate and to withdraw its forces from the Ukrainian border, but had also offered a series of meetings on arms control, the transparency of military exercises and risk reduction.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, B),
 ("Grushko, speaking to reporters after the talks, said Moscow had told the allies plainly that further expansion of the bloc was a threat.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, B),
 ("We told them that the policy of open doors is a source of the crisis, and it must be stopped,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, B),
 ("We told them that the policy of open doors is a source of the crisis, and it must be stopped,", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, B),
 ("For us it is a question of national security.", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, B),
 ("The deputy minister said NATO had to stop what he called the “military development” of Ukraine and of other countries bordering Russia, and said the allies should abandon their military activity in the region.", "alexander-grushko", 1, "The deputy minister", "no-military-activity-ex-soviet", "supports", 0, B),
 ("If there are attempts to contain Russia, we will counter-contain,", "alexander-grushko", 1, "Grushko", "", "", 1, B),
 ("He also said Moscow was prepared to see military-to-military channels with the alliance restored, but that the West had chosen to dismantle the mechanisms of dialogue over the past years.", "alexander-grushko", 1, "He", "resume-military-dialogue", "supports", 0, B),
 ("US Deputy Secretary of State Wendy Sherman, who led the American side, said Russia had been told that its demand to pull back allied troops from Eastern Europe was unacceptable.", "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, B),
 ("US Deputy Secretary of State Wendy Sherman, who led the American side, said Russia had been told that its demand to pull back allied troops from Eastern Europe was unacceptable.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We were firm, that we will not slam the door on NATO’s open door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, B),
 ("It is up to sovereign nations to decide their alliances, not Russia.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, B),
 ("Any talk of going back to 1997 means taking allied troops out of Lithuania. That is simply not going to happen,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, B),
 ("Marek Dvořák, a security researcher at the Prague Institute for International Affairs, said the offer of talks on missiles and drills was significant, but warned against reading too much into it.", "marek-dvorak", 1, "Marek Dvořák", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Marek Dvořák, a security researcher at the Prague Institute for International Affairs, said the offer of talks on missiles and drills was significant, but warned against reading too much into it.", "marek-dvorak", 1, "Marek Dvořák", "limit-military-exercises", "mentions", 0, ""),
 ("Moscow wants everything or nothing. NATO offers a little bit of something,", "marek-dvorak", 1, "Dvořák", "", "", 1, ""),
 ("The gap between those two positions is where the danger lies.", "marek-dvorak", 1, "Dvořák", "", "", 1, ""),
]

W = "2022-01-13"
P3 = "Our approach has been the same throughout. We've been clear that there are areas where we can make progress if Russia is serious, including on arms control and on the transparency of military exercises. And we have been equally clear that there are things that are not up for discussion, including NATO's open-door policy."
A3 = "That's not on the table. NATO members decide who is a member of NATO, not Russia. That's how it has worked since the alliance was founded, and it's not going to change because President Putin has troops on the border."
A4 = "I'd point you to what the Deputy Secretary said on Monday, which is that we will not allow anyone to slam that door shut. That has not changed."
A7 = "And I would add that we have been very clear that there are a set of issues — limits on missile deployments in Europe, for example, reciprocal constraints on the size and scope of exercises — where there's room to talk. We've said that from the beginning."
L["whitehouse-2022-01-13-press-briefing-psaki"] = [
 ("Hi, everyone. Okay, a couple of items for you at the top.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, W),
 ("As you all know, this week we have engaged in an intensive period of diplomacy with Russia: the Strategic Stability Dialogue in Geneva on Monday, the NATO-Russia Council in Brussels yesterday, and the OSCE Permanent Council in Vienna today. Deputy Secretary Sherman has briefed the President on all three.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, W),
 (P3, "jen-psaki", 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, W),
 (P3, "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, W),
 ("No, we don't. We've always said this would take time, and we did not expect to come out of one week with a breakthrough.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, W),
 ("We're going to continue to coordinate with our allies and partners on next steps. And we're prepared to continue diplomacy, but it's got to be a two-way street. It's hard to make progress while Russia has tens of thousands of troops amassed on Ukraine's border. What we'd like to see is for them to pull those troops back.", "jen-psaki", 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, W),
 ("I'm not going to get ahead of what the next steps will be. We'll take our time, we'll consult with our allies, and we'll determine what the right format for any response is.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, W),
 (A3, "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, W),
 (A3, "jen-psaki", 1, "MS. PSAKI", "no-ukraine-membership", "rejects", 1, W),
 (A4, "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, W),
 (A4, "jen-psaki", 1, "MS. PSAKI", "no-ukraine-membership", "rejects", 1, W),
 ("I'd point you to what the Deputy Secretary said on Monday, which is that we will not allow anyone to slam that door shut.", "wendy-sherman", 1, "the Deputy Secretary", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Our commitment to our Eastern Flank allies is ironclad. We are not going to be discussing the withdrawal of forces from NATO member states with Russia. If anything, if Russia further invades Ukraine, we will reinforce those allies.", "jen-psaki", 1, "MS. PSAKI", "rollback-to-1997", "rejects", 1, W),
 ("We've been engaged closely with Senator Menendez and others on this, and we share the goal of imposing severe costs on Russia if it invades.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, W),
 ("There's no deadline on our side. We are ready to have these conversations for as long as it takes to see if there's a diplomatic path forward, and the choice is really up to Russia.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, W),
 (A7, "jen-psaki", 1, "MS. PSAKI", "no-intermediate-range-missiles", "mentions", 1, W),
 (A7, "jen-psaki", 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, W),
]

E = "2022-01-14"
B3 = "The message of the ministers is very clear. Russia has to de-escalate. We cannot discuss the security of Europe while more than 100,000 troops are stationed at the border of Ukraine. This is the first thing, and it is a precondition for any meaningful discussion."
B6 = "Let me be very clear on this. Moscow asks for a guarantee that Ukraine will never be part of NATO. It is not for Russia, and it is not for the European Union, to decide this. It is for Ukraine and for the members of NATO."
L["eu-council-2022-01-14-gymnich-brest-borrell-remarks"] = [
 ("Good afternoon. We have had two days of very intense discussions here in Brest, and I want to thank the French Presidency and Jean-Yves Le Drian for the excellent organisation.", "josep-borrell", 1, "High Representative Josep Borrell", "", "", 1, E),
 ("We have discussed first of all the security situation in Europe. We have been following very closely this week of talks – the Strategic Stability Dialogue in Geneva, the NATO-Russia Council, and yesterday the OSCE Permanent Council in Vienna. The unity of the European Union and our coordination with the United States and NATO have been total. Secretary General Stoltenberg was with us, and we have been in permanent contact with Secretary Blinken.", "josep-borrell", 1, "Josep Borrell", "", "", 1, E),
 (B3, "josep-borrell", 1, "Josep Borrell", "russia-de-escalation", "supports", 1, E),
 ("Second, the European Union has to be at the table. I have said it many times and I will say it again: European security is not only a matter between the United States and Russia. We cannot be mere spectators while our security is being discussed. If there is a negotiation about the security architecture of Europe, the Europeans have to be part of it.", "josep-borrell", 1, "Josep Borrell", "", "", 1, E),
 ("Third, some of the principles on which European security has been built are not negotiable. The freedom of every country to choose its alliances is one of them. The Russian proposals would take us back to the times of spheres of influence, to Yalta. We will not go back to Yalta.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, E),
 (B6, "josep-borrell", 1, "Josep Borrell", "no-ukraine-membership", "rejects", 1, E),
 (B6, "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, E),
 ("Moscow asks for a guarantee that Ukraine will never be part of NATO.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("At the same time, ministers agreed that we are ready to engage in dialogue with Russia on issues of mutual interest, such as arms control, confidence-building measures and transparency about military exercises. Dialogue is always better than confrontation.", "josep-borrell", 1, "Josep Borrell", "limit-military-exercises", "mentions", 1, E),
 ("We have been working on the sanctions, and we are ready. I will not give you details – it is not the moment – but everything is prepared, in full coordination with our partners.", "josep-borrell", 1, "Josep Borrell", "", "", 1, E),
 ("As for the statements from Moscow, I read them, and I have read also the statements of Minister Lavrov. What I can tell you is that the United States has not given anything away behind our backs. Nobody is negotiating over the heads of the Europeans.", "josep-borrell", 1, "Josep Borrell", "", "", 1, E),
 ("This is for NATO to answer. But let me say that many of the member states of the European Union are also members of NATO, and for them this demand is simply unacceptable. You cannot ask sovereign states to have a limited sovereignty.", "josep-borrell", 1, "Josep Borrell", "rollback-to-1997", "rejects", 1, E),
]

F = "2022-02-01"
K2 = "Well, the answers are, let me say, partially useful. There are some elements which we can discuss – on missiles, on exercises, on transparency. But our main concern has been simply ignored. Our main concern is that NATO should not expand any further to the east. This is what we put at the top of the list, and there is no answer on this."
H1 = "There is a deal to be had on the second-tier issues. If you look at what the Americans and NATO sent last week, as far as we understand it, there are offers on intermediate-range missiles, on reciprocal limits on exercises, on reopening the military hotlines. Those are things Moscow itself asked for in December."
H1R = "Those are things Moscow itself asked for in December."
H2 = "What there isn't is any movement on membership. Nobody in Washington or Brussels is going to sign a piece of paper saying Ukraine can never join. And frankly, I don't think they should. That would be handing Moscow a veto over the choices of a sovereign country."
L["bbc-2022-02-01-today-kelin-interview"] = [
 (K2, "andrei-kelin", 1, "ANDREI KELIN", "nato-non-expansion", "supports", 1, F),
 (K2, "andrei-kelin", 1, "ANDREI KELIN", "no-intermediate-range-missiles", "mentions", 1, F),
 (K2, "andrei-kelin", 1, "ANDREI KELIN", "limit-military-exercises", "mentions", 1, F),
 ("And the second thing, we asked that no offensive weapons be placed near our borders, in Ukraine or in other neighbouring countries. Again, nothing concrete.", "andrei-kelin", 1, "ANDREI KELIN", "no-strike-weapons-near-borders", "supports", 1, F),
 ("There is another principle, which our Western partners always forget. It is written in the documents of the OSCE, in Istanbul in 1999, in Astana in 2010: no state should strengthen its security at the expense of the security of others. You cannot pick one principle and forget the other.", "andrei-kelin", 1, "ANDREI KELIN", "nato-open-door", "rejects", 1, F),
 ("No. We have said it many times. We have no intention to attack anybody. Our troops are on our own territory, and where they move is our own business.", "andrei-kelin", 1, "ANDREI KELIN", "russia-de-escalation", "rejects", 1, F),
 ("I understand that there is a lot of hysteria in the media, and in London especially. But let me ask you: what would Britain say if Russian troops and missiles were deployed in Ireland? This is how we see NATO's infrastructure in Poland, in the Baltic states, in Romania. We simply want this to go back to where it was in 1997, when we signed the Founding Act.", "andrei-kelin", 1, "ANDREI KELIN", "rollback-to-1997", "supports", 1, F),
 ("I will not speak for the president. But diplomacy is not finished. Minister Lavrov has written to his colleagues in the OSCE and NATO countries asking how they understand their commitment on indivisible security. We are waiting for their answers, and we want them in writing, not just words at press conferences.", "andrei-kelin", 1, "ANDREI KELIN", "", "", 1, F),
 (H1, "helen-ashworth", 1, "HELEN ASHWORTH", "no-intermediate-range-missiles", "mentions", 1, F),
 (H1, "helen-ashworth", 1, "HELEN ASHWORTH", "limit-military-exercises", "mentions", 1, F),
 (H1, "helen-ashworth", 1, "HELEN ASHWORTH", "resume-military-dialogue", "mentions", 1, F),
 (H1R, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (H1R, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (H1R, "russia", 0, "Moscow", "resume-military-dialogue", "supports", 0, ""),
 (H2, "helen-ashworth", 1, "HELEN ASHWORTH", "no-ukraine-membership", "rejects", 1, F),
 (H2, "helen-ashworth", 1, "HELEN ASHWORTH", "nato-open-door", "supports", 1, F),
 ("That's a non-starter, and I think the Russians know it is a non-starter. What's interesting is how little the ambassador talked about it just now compared with December. It may be that they are quietly prioritising.", "helen-ashworth", 1, "HELEN ASHWORTH", "rollback-to-1997", "mentions", 1, F),
 ("I'd say slightly less likely than the worst days of last week, simply because they are still talking. But the troops haven't gone anywhere, and until they do, I wouldn't relax.", "helen-ashworth", 1, "HELEN ASHWORTH", "russia-de-escalation", "mentions", 1, F),
]

write_gold(L, "articles-265", "gold-265")
