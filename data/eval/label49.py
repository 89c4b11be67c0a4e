#!/usr/bin/env python3
"""Writes the forty-ninth held-out gold (gold-49/*.nq) from the labels below.

Batch 49 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, each in a different form:

- kyivpost-2021-12-18-kuleba-draft-treaties: Kyiv Post news story with front
  matter and straight quotation marks; Kuleba, Ryabkov ("he", "the deputy
  minister"), Nikolenko, Zelensky and Stoltenberg in one sentence, the White
  House, an invented analyst; Bucharest 2008 and the 1990s assurances as
  unlabelled background; an anonymous administration official and
  "analysts in Kyiv" left out.
- bbcr4-2022-01-10-today-kelin-heappey: BBC Radio 4 Today programme
  transcript without front matter (date in the header), speaker labels with
  full names, a presenter whose questions carry no label, two interviewees
  (Ambassador Andrei Kelin, James Heappey), answers of several paragraphs.
- brookings-2022-01-14-after-geneva-panel: Brookings webinar transcript with
  front matter (published the day after the event, Thursday 13 January),
  invented panellists named by "Mr." / "Ms." / "Ambassador" labels, a
  moderator and an audience question with no label.
- civilge-2022-01-27-zalkaliani-us-nato-answers: Civil.ge news with curly
  quotation marks; Zalkaliani, Lavrov (dated January 21), Rudenko, the U.S.
  Embassy (-> united-states), Zourabichvili "in an interview with", an
  invented analyst whose quotation is split by "Gelashvili said"; words
  quoted from the Russian draft and the Bucharest declaration, the 2008 war,
  a link line: no label.
- sejm-2022-01-19-foreign-affairs-committee: record of a Polish Sejm
  committee sitting in unofficial English translation, UTF-8 BOM and CRLF
  line ends, no front matter; speakers introduced by their office
  ("Secretary of State in the Ministry of ... Marcin Przydacz:"), the chair
  acting as moderator.
- derstandard-2022-02-01-schallenberg-neutral: Der Standard article in
  machine translation, no front matter, „German“ quotation marks, "so the
  minister" attributions, crossheads repeating quoted words, Peskov spelt
  Dmitri, a senior EU official (-> european-union), Lavrov recalling Baker
  1990 (history, no label), an invented expert ("the expert").
- bnn-2022-01-27-live-us-nato-answers: Baltic News Network live blog with
  front matter and «guillemets», entries under day headings (Wednesday 26 /
  Thursday 27 January), a demand attributed in passing to Moscow inside
  Pabriks's sentence (also Russia's label, undated).

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
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
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
L["kyivpost-2021-12-18-kuleba-draft-treaties"] = [
 ("Foreign Minister Dmytro Kuleba on Friday dismissed the draft security treaties published by Moscow as an attempt to carve Europe into spheres of influence, insisting that Russia has no say over whether Ukraine joins NATO.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2021-12-17"),
 ("Foreign Minister Dmytro Kuleba on Friday dismissed the draft security treaties published by Moscow as an attempt to carve Europe into spheres of influence, insisting that Russia has no say over whether Ukraine joins NATO.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2021-12-17"),
 ("The documents published today are not a proposal for negotiations. They are a list of ultimatums written for a world that no longer exists,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2021-12-17"),
 ("We need to move away from the practice of NATO creeping eastwards step by step. The alliance must renounce any further enlargement, and this must be fixed in law, not in words,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("We need to move away from the practice of NATO creeping eastwards step by step. The alliance must renounce any further enlargement, and this must be fixed in law, not in words,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("He said Moscow was ready to start talks in Geneva \"as early as possible\" and that neither side should attach preconditions to them.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2021-12-17"),
 ("The deputy minister also said the United States and its allies must halt all military activity in Ukraine, the South Caucasus and Central Asia, and commit not to deploy intermediate-range missiles in areas from which they could reach Russian territory.", "sergei-ryabkov", 1, "The deputy minister", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("The deputy minister also said the United States and its allies must halt all military activity in Ukraine, the South Caucasus and Central Asia, and commit not to deploy intermediate-range missiles in areas from which they could reach Russian territory.", "sergei-ryabkov", 1, "The deputy minister", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Foreign Ministry spokesman Oleg Nikolenko wrote on Facebook late on Friday that the demand to annul the decisions of NATO's 2008 Bucharest summit was \"legally and politically absurd.\"", "oleg-nikolenko", 1, "Oleg Nikolenko", "rescind-bucharest-2008", "rejects", 0, "2021-12-17"),
 ("On Thursday in Brussels, President Volodymyr Zelensky and NATO Secretary General Jens Stoltenberg both called on Russia to pull back its forces and return to diplomacy.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 0, "2021-12-16"),
 ("On Thursday in Brussels, President Volodymyr Zelensky and NATO Secretary General Jens Stoltenberg both called on Russia to pull back its forces and return to diplomacy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2021-12-16"),
 ("and not afterwards, when it is too late.", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2021-12-16"),
 ("no talks about European security without Europeans.", "white-house", 0, "the White House", "", "", 1, "2021-12-17"),
 ("What the Kremlin is asking for is a written promise that Ukraine stays outside NATO forever, a grey zone between Russia and the West,", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "written-legal-guarantees", "mentions", 1, ""),
 ("What the Kremlin is asking for is a written promise that Ukraine stays outside NATO forever, a grey zone between Russia and the West,", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow has wrapped a couple of reasonable arms-control ideas in a package that nobody in the West can sign,", "oksana-hrytsenko", 1, "Hrytsenko", "", "", 1, ""),
]
L["bbcr4-2022-01-10-today-kelin-heappey"] = [
 ("Our delegation, led by Deputy Minister Ryabkov, has gone to Geneva with a very clear position. We need legally binding guarantees that NATO will not move any further to the east, and that includes Ukraine and Georgia. Not promises, not a communique - a treaty.", "andrei-kelin", 1, "Andrei Kelin", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Our delegation, led by Deputy Minister Ryabkov, has gone to Geneva with a very clear position. We need legally binding guarantees that NATO will not move any further to the east, and that includes Ukraine and Georgia. Not promises, not a communique - a treaty.", "andrei-kelin", 1, "Andrei Kelin", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Our delegation, led by Deputy Minister Ryabkov, has gone to Geneva with a very clear position. We need legally binding guarantees that NATO will not move any further to the east, and that includes Ukraine and Georgia. Not promises, not a communique - a treaty.", "andrei-kelin", 1, "Andrei Kelin", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("These are our troops, on our own territory. We move them where we consider necessary, and nobody in London or in Washington is entitled to tell us otherwise.", "andrei-kelin", 1, "Andrei Kelin", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("There is no plan to invade anybody, and this story has been repeated by Western media for weeks now.", "andrei-kelin", 1, "Andrei Kelin", "", "", 1, "2022-01-10"),
 ("We are ready to talk without any preconditions, and we expect the same from our partners. If the Americans arrive with a list of conditions before the conversation has even started, that is not a dialogue.", "andrei-kelin", 1, "Andrei Kelin", "no-preconditions", "supports", 1, "2022-01-10"),
 ("Missiles are important. We ourselves proposed that intermediate-range missiles should not be deployed anywhere they can reach the territory of the other side. But this is secondary, and nobody should pretend that it answers our concerns.", "andrei-kelin", 1, "Andrei Kelin", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("We want the situation as it was in 1997, before the enlargement began. The forces and infrastructure that have appeared in the new member states since then are the source of the tension, not Russia.", "andrei-kelin", 1, "Andrei Kelin", "rollback-to-1997", "supports", 1, "2022-01-10"),
 ("We closed the mission because NATO expelled our diplomats. I do not see any sense in restoring military contacts with the alliance as a gesture while it treats us as an adversary.", "andrei-kelin", 1, "Andrei Kelin", "resume-military-dialogue", "rejects", 1, "2022-01-10"),
 ("Look, the ambassador can say what he likes, but there is no Russian veto over who joins NATO. That is a sovereign decision for Ukraine and for the allies, and it simply isn't on the table in Geneva.", "james-heappey", 1, "James Heappey", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Look, the ambassador can say what he likes, but there is no Russian veto over who joins NATO. That is a sovereign decision for Ukraine and for the allies, and it simply isn't on the table in Geneva.", "james-heappey", 1, "James Heappey", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("What we want to see is Russian troops going back to their barracks, and until that happens nobody should be surprised that we take the threat seriously.", "james-heappey", 1, "James Heappey", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("It's a non-starter. British soldiers are in Estonia because the Estonians asked us to be there, and they will stay for as long as the Estonians want them.", "james-heappey", 1, "James Heappey", "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("Where there is room is on things like transparency around exercises, where we have always said a reciprocal arrangement could be looked at. That's where the Americans will be probing today.", "james-heappey", 1, "James Heappey", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("Then the Kremlin will have chosen that, and the costs will be severe. But I'd rather not speculate on the morning the talks begin.", "james-heappey", 1, "James Heappey", "", "", 1, "2022-01-10"),
]
L["brookings-2022-01-14-after-geneva-panel"] = [
 ("Thanks, Miriam. There are really three baskets. The first is a halt to NATO enlargement, full stop. The second is a pullback of allied forces to where they stood in 1997. The third is a ban on strike weapons anywhere near Russia's borders.", "thomas-lindqvist", 1, "Lindqvist", "nato-non-expansion", "mentions", 1, "2022-01-13"),
 ("Thanks, Miriam. There are really three baskets. The first is a halt to NATO enlargement, full stop. The second is a pullback of allied forces to where they stood in 1997. The third is a ban on strike weapons anywhere near Russia's borders.", "thomas-lindqvist", 1, "Lindqvist", "rollback-to-1997", "mentions", 1, "2022-01-13"),
 ("Thanks, Miriam. There are really three baskets. The first is a halt to NATO enlargement, full stop. The second is a pullback of allied forces to where they stood in 1997. The third is a ban on strike weapons anywhere near Russia's borders.", "thomas-lindqvist", 1, "Lindqvist", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-13"),
 ("The missile piece, yes. Frankly, a reciprocal ban on ground-launched intermediate-range missiles in Europe is something Washington should have pursued the day the INF Treaty died in 2019, and I would support it tomorrow.", "thomas-lindqvist", 1, "Lindqvist", "no-intermediate-range-missiles", "supports", 1, "2022-01-13"),
 ("I'd push back on Tom there. A moratorium on intermediate-range deployments, agreed now, under this kind of pressure, would simply reward the troop build-up. Not now, and not like this.", "anya-berezina", 1, "Berezina", "no-intermediate-range-missiles", "rejects", 1, "2022-01-13"),
 ("I think they were written to be rejected. When you publish, before the talks have even begun, a demand that the United States end all military cooperation with Ukraine, Georgia and Moldova, you are not negotiating. You are building a pretext.", "anya-berezina", 1, "Berezina", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-13"),
 ("For me the tell is the insistence on a treaty ratified by the Senate. Everybody at Smolenskaya Square knows the Senate will never ratify anything of the sort.", "anya-berezina", 1, "Berezina", "written-legal-guarantees", "mentions", 1, "2022-01-13"),
 ("I'll say this: the military-to-military channel is the one thing both sides should want back. We suspended practical cooperation in 2014, and Moscow walked away from its Brussels mission in October. Restoring regular contacts between the general staffs costs nobody anything, and I'd push for it hard.", "richard-halloway", 1, "Halloway", "resume-military-dialogue", "supports", 1, "2022-01-13"),
 ("On exercises, I would go further than the administration. We could agree to cap the size of snap exercises near the borders, on both sides, with notification and observers. That's in the spirit of the Vienna Document, and it doesn't touch anyone's sovereignty.", "richard-halloway", 1, "Halloway", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("But the idea that we would pull American ships and aircraft out of the Black Sea and the Baltic because Russia finds them threatening - no. Those are international waters and international airspace.", "richard-halloway", 1, "Halloway", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("And I would not put any of this into a legally binding treaty. Politically binding commitments, properly verified, the way we did it in Helsinki, are what's achievable.", "richard-halloway", 1, "Halloway", "written-legal-guarantees", "rejects", 1, "2022-01-13"),
 ("Both sides are now accusing each other of setting preconditions. One side says the talks have to go ahead with no conditions attached; the other says de-escalation first. That's the real deadlock, and I don't see it breaking before the written answers go to Moscow.", "thomas-lindqvist", 1, "Lindqvist", "no-preconditions", "mentions", 1, "2022-01-13"),
 ("Both sides are now accusing each other of setting preconditions. One side says the talks have to go ahead with no conditions attached; the other says de-escalation first. That's the real deadlock, and I don't see it breaking before the written answers go to Moscow.", "thomas-lindqvist", 1, "Lindqvist", "russia-de-escalation", "mentions", 1, "2022-01-13"),
 ("I'd be surprised if they answered quickly. Moscow has every interest in keeping us guessing for as long as the troops stay in the field.", "richard-halloway", 1, "Halloway", "", "", 1, "2022-01-13"),
 ("Watch what the Russian military does over the next two weeks, not what the diplomats say. The diplomats are the warm-up act.", "anya-berezina", 1, "Berezina", "", "", 1, "2022-01-13"),
]
L["civilge-2022-01-27-zalkaliani-us-nato-answers"] = [
 ("Foreign Minister David Zalkaliani said on Thursday that the written answers handed to Moscow by Washington and NATO on Wednesday “fully reflect” Georgia’s position that no third country can veto its membership in the Alliance.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 0, "2022-01-27"),
 ("Foreign Minister David Zalkaliani said on Thursday that the written answers handed to Moscow by Washington and NATO on Wednesday “fully reflect” Georgia’s position that no third country can veto its membership in the Alliance.", "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("The Bucharest decision is not something that can be cancelled by a letter from Moscow. Our Allies understand this perfectly well,", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("In Geneva on January 21, Russian Foreign Minister Sergei Lavrov told reporters after meeting Secretary of State Antony Blinken that NATO should “formally disavow” the Bucharest formula on Ukraine and Georgia.", "sergei-lavrov", 1, "Sergei Lavrov", "rescind-bucharest-2008", "supports", 0, "2022-01-21"),
 ("On Thursday, Deputy Foreign Minister Andrei Rudenko, who oversees relations with the CIS countries, said Moscow would not accept the presence of NATO instructors in Georgia and that Western military cooperation programs in the South Caucasus “must be wound down.”", "andrei-rudenko", 1, "Andrei Rudenko", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("The U.S. Embassy in Tbilisi said on Wednesday that security cooperation with Georgia, including the Georgia Defense Readiness Program, “will continue” and was “not negotiable.”", "united-states", 0, "The U.S. Embassy in Tbilisi", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("What we are seeing around Ukraine is the same pressure Georgia lived through in 2008, and we recognize every step of it.", "salome-zourabichvili", 1, "she", "", "", 1, "2022-01-26"),
 ("Moscow is asking the West to take back what it promised in Bucharest and to sign away Georgia’s right to train with NATO,", "nino-gelashvili", 1, "Nino Gelashvili", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Moscow is asking the West to take back what it promised in Bucharest and to sign away Georgia’s right to train with NATO,", "nino-gelashvili", 1, "Nino Gelashvili", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The American answer leaves the door open on missiles,", "nino-gelashvili", 1, "Gelashvili", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("but it shuts the door on every demand that concerns Georgia, and that is what matters to us.", "nino-gelashvili", 1, "Gelashvili", "", "", 1, ""),
 ("Georgia is the next window in the same house.", "nino-gelashvili", 1, "She", "", "", 1, ""),
 ("We do not see any unusual activity at the moment,", "tamar-mchedlishvili", 1, "Tamar Mchedlishvili", "", "", 1, "2022-01-27"),
]
L["sejm-2022-01-19-foreign-affairs-committee"] = [
 ("Mr Chairman, High Committee, let me briefly summarise the state of play after last week's meetings in Geneva, Brussels and Vienna, where Poland, as chair of the OSCE, opened the Permanent Council with Minister Zbigniew Rau presenting the priorities of our chairmanship.", "marcin-przydacz", 1, "Marcin Przydacz", "", "", 1, "2022-01-19"),
 ("The Russian drafts of 17 December contain demands which, from Poland's point of view, are unacceptable. The demand to withdraw allied forces from the territory of states that joined NATO after 1997 would make Poland a member of the second category. We will not agree to it, and no ally has suggested that we should.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 ("Equally unacceptable is the demand that no strike weapons be deployed on the territory of states neighbouring Russia. It is aimed directly at the base in Redzikowo and at the presence of American forces in Poland. Redzikowo is a defensive installation, and it will be completed.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-19"),
 ("I also want to say clearly that Poland does not accept the thesis that talks must take place without preconditions while one hundred thousand soldiers stand at Ukraine's border. The first step must be a Russian withdrawal.", "marcin-przydacz", 1, "Marcin Przydacz", "no-preconditions", "rejects", 1, "2022-01-19"),
 ("I also want to say clearly that Poland does not accept the thesis that talks must take place without preconditions while one hundred thousand soldiers stand at Ukraine's border. The first step must be a Russian withdrawal.", "marcin-przydacz", 1, "Marcin Przydacz", "russia-de-escalation", "supports", 1, "2022-01-19"),
 ("No. The Allies are ready to talk, on a reciprocal basis and within the Vienna Document, about greater transparency of exercises and about restoring contacts between the militaries. That is an offer, not a concession.", "marcin-przydacz", 1, "Marcin Przydacz", "limit-military-exercises", "mentions", 1, "2022-01-19"),
 ("No. The Allies are ready to talk, on a reciprocal basis and within the Vienna Document, about greater transparency of exercises and about restoring contacts between the militaries. That is an offer, not a concession.", "marcin-przydacz", 1, "Marcin Przydacz", "resume-military-dialogue", "mentions", 1, "2022-01-19"),
 ("Mr Chairman, from the point of view of the Ministry of National Defence I want to say plainly that we will not limit the exercises planned for this year on Polish territory, including those with allied participation. Our national exercises and the allied ones will go ahead as planned.", "marcin-ociepa", 1, "Marcin Ociepa", "limit-military-exercises", "rejects", 1, "2022-01-19"),
 ("At the same time Russia itself is conducting exercises on a huge scale. The Union Resolve exercise with Belarus, announced yesterday, will bring Russian forces right up to our border and to the border of Ukraine.", "marcin-ociepa", 1, "Marcin Ociepa", "", "", 1, "2022-01-19"),
 ("We will answer in writing, of course. I would only add that the contacts with our American partners before and after Geneva were very close, and nothing was decided about us without us.", "marcin-przydacz", 1, "Marcin Przydacz", "", "", 1, "2022-01-19"),
]
L["derstandard-2022-02-01-schallenberg-neutral"] = [
 ("The freedom of every state to choose its alliances is not negotiable, also not for a neutral state like Austria, which itself does not want to join", "alexander-schallenberg", 1, "Schallenberg", "nato-open-door", "supports", 1, "2022-01-31"),
 ("but we are not neutral when it comes to the values", "alexander-schallenberg", 1, "the minister", "", "", 1, "2022-01-31"),
 ("The foreign minister demanded that Russia as a first sign of goodwill withdraws its troops from the Ukrainian border.", "alexander-schallenberg", 1, "The foreign minister", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("In Moscow, Kremlin spokesman Dmitri Peskov said on Monday, Russia insists further on „legally binding guarantees“ that the NATO does not expand further to the east.", "dmitry-peskov", 1, "Dmitri Peskov", "written-legal-guarantees", "supports", 0, "2022-01-31"),
 ("In Moscow, Kremlin spokesman Dmitri Peskov said on Monday, Russia insists further on „legally binding guarantees“ that the NATO does not expand further to the east.", "dmitry-peskov", 1, "Dmitri Peskov", "nato-non-expansion", "supports", 0, "2022-01-31"),
 ("Russia moves its troops on its own territory, where it considers it necessary.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-31"),
 ("Foreign Minister Sergei Lavrov rejected on Monday in Moscow that the principle of the free alliance choice may be considered in isolation.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 0, "2022-01-31"),
 ("We will not allow that our proposals are drowned in endless discussions", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-31"),
 ("A senior EU official said on Monday in Brussels, the EU will not accept a Europe of spheres of influence, and the open door of the NATO is „no bargaining chip“.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-31"),
 ("A war in Europe would be a catastrophe for all of us, also for Austria.", "karl-nehammer", 1, "Karl Nehammer", "", "", 1, ""),
 ("Moscow wants that the NATO promises in writing never to take up Ukraine. That the West will not do that, Moscow knows exactly", "wolfgang-reiterer", 1, "Reiterer", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow wants that the NATO promises in writing never to take up Ukraine. That the West will not do that, Moscow knows exactly", "wolfgang-reiterer", 1, "Reiterer", "no-ukraine-membership", "mentions", 1, ""),
 ("The open door of the NATO is for the West a principle, for Moscow a provocation. Between these two positions there is currently no bridge.", "wolfgang-reiterer", 1, "the expert", "nato-open-door", "mentions", 1, ""),
]
L["bnn-2022-01-27-live-us-nato-answers"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He added that Washington had made no commitment to halt NATO enlargement and would not make one.", "antony-blinken", 1, "He", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our Alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Stoltenberg said NATO had proposed to Russia to re-establish military-to-military channels of communication and to reopen the respective offices in Moscow and Brussels.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Latvian Defence Minister Artis Pabriks told BNN that Latvia would not scale back any of its exercises and dismissed Moscow's demand that NATO aircraft stay out of range of Russian territory as «absurd», noting that the Baltic air policing mission would continue as before.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 0, "2022-01-26"),
 ("Latvian Defence Minister Artis Pabriks told BNN that Latvia would not scale back any of its exercises and dismissed Moscow's demand that NATO aircraft stay out of range of Russian territory as «absurd», noting that the Baltic air policing mission would continue as before.", "artis-pabriks", 1, "Artis Pabriks", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("Latvian Defence Minister Artis Pabriks told BNN that Latvia would not scale back any of its exercises and dismissed Moscow's demand that NATO aircraft stay out of range of Russian territory as «absurd», noting that the Baltic air policing mission would continue as before.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("the allies are united, and Moscow's attempts to split them did not work", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, "2022-01-27"),
 ("There is no positive reaction on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive reaction on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It would be reckless to jump to any conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Deputy Foreign Minister Alexander Grushko said on Thursday that NATO must scale down its exercises near Russia's borders and keep its warships and aircraft away from areas from which they could strike Russian territory, complaining that the alliance's reply ignored both points.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, "2022-01-27"),
 ("Deputy Foreign Minister Alexander Grushko said on Thursday that NATO must scale down its exercises near Russia's borders and keep its warships and aircraft away from areas from which they could strike Russian territory, complaining that the alliance's reply ignored both points.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-27"),
 ("must pull back its troops, and only then can we talk about confidence-building", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("must pull back its troops, and only then can we talk about confidence-building", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("Moscow asked for NATO to be rolled back to 1997 and for allied warships and aircraft to keep away from its coast. What it got instead is an offer of talks on transparency and risk reduction,", "maris-ozolins", 1, "Ozoliņš", "rollback-to-1997", "mentions", 1, "2022-01-27"),
 ("Moscow asked for NATO to be rolled back to 1997 and for allied warships and aircraft to keep away from its coast. What it got instead is an offer of talks on transparency and risk reduction,", "maris-ozolins", 1, "Ozoliņš", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
]

write_gold(L, "articles-49", "gold-49")
