#!/usr/bin/env python3
"""Writes the twelfth held-out gold (gold-12/*.nq) from the labels below.

Batch 12 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10, 11 or 13
nor any first-run report; only DESIGN.md, data/curated/statements.nq, goldlib.py
and batch 9 (articles and labels) were read, for the format and conventions.
The seven articles are invented but plausible for their dates (quotes are made
up); each imitates one outlet style: Global Times item, Pentagon briefing
transcript, Euronews web page with site junk, RFE/RL Q&A interview without
speaker labels, Guardian live blog ("Nato"), Anadolu wire, machine-translated
aggregator item (no front matter, UTF-8 BOM, CRLF, « » quotes).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices (following statements.nq and label9.py where they speak):
- One label per (speaker, demand) a passage expresses. Direct quotation:
  evidence = the words between the marks, inner punctuation kept (trailing
  comma included); two quotations around "X told reporters." are two spans.
  Indirect speech: the whole sentence, direct=0.
- Reported speech about none of the demands gets no label (as in batch 9);
  a direct quotation of six or more words about none of them gets one label
  with demand "" and stance "". Short quoted fragments (< 6 words) inside
  indirect sentences are not labelled on their own.
- Transcript (Pentagon): only Kirby's turns are labelled, never the "Q:"
  questions. Evidence = the sentence(s) of the turn carrying the position; a
  turn about no demand = the whole turn ("Thanks, everybody." is under six
  words: no label). Sentences of a turn that carries a position but are
  themselves about no demand (e.g. "these are not permanent moves") are not
  labelled separately. "No, it's not." is labelled from its question (rollback
  to 1997). Kirby reporting the Secretary's wish for mil-to-mil talks: speaker
  is Kirby, who says the words. Speaker name: the turn label ("MR. KIRBY",
  "PRESS SECRETARY JOHN F. KIRBY" for the opening turn).
- Interview without speaker labels (RFE/RL): every answer paragraph is
  Pabriks's, direct=1, speaker name "Artis Pabriks" (as the intro names him),
  dated with the interview ("in Riga on January 20"). Evidence = the
  sentence(s) carrying the position, a contiguous span (so background inside
  an answer, e.g. Zapad-2021, may be inside it); "Absolutely not." / "Pull back
  its troops." answers are read with their questions.
- Speaker name = the words naming the speaker at that point, pronouns and role
  nouns kept as written ("he", "she", "the minister", "the official", "the
  deputy"), as batch 9 does.
- Anonymous "senior Nato official" -> nato; "the Kremlin" -> russia;
  "NATO said in a statement" -> nato. The content of a draft treaty is its
  author's position: "The draft agreement ... that Russia's foreign ministry
  published on 17 December" -> russian-foreign-ministry, dated 2021-12-17;
  "Russia's draft treaty ..., published in December" -> russia, no date.
- Stances: offering to discuss = mentions (Kirby, Le Drian, the Nato official
  on missiles/exercises, Stoltenberg on mil-to-mil communication; Pabriks's
  conditional openness to reciprocal transparency on exercises). Refusing a
  temporary moratorium instead of legal guarantees = supports
  written-legal-guarantees and nato-non-expansion (statements.nq). A Western
  speaker defending Ukraine's free choice supports nato-open-door and rejects
  no-ukraine-membership. Calling Russia to pull its troops back =
  russia-de-escalation; Cavusoglu's "tensions must be eased" (all sides) is
  not. Russian complaints that Nato drills / warships / strike weapons come
  ever closer = supports the matching demand. Asking for more air defence and
  refusing Russia's say on weapons on Latvian soil = rejects
  no-strike-weapons-near-borders. Kosachev complaining that the answer says
  nothing on "the return of NATO to the configuration of 1997" = supports
  rollback-to-1997. Slutsky's Bucharest sentence: rescind-bucharest-2008 only.
- Not labelled: background history (NATO enlargement since 1999, the 1999
  Belgrade embassy bombing, the 2002 council, the 2008 Bucharest summit, the
  1997 Founding Act, the Montreux Convention, the Gymnich name), photo
  captions and site junk, the aggregator headline (names no demand), Peskov's
  and Zhao's indirect remarks about no demand, Cavusoglu's Montreux remark
  ("impartially and to the letter" is five words).
- Dates: the day the words were said, resolved against the publication date;
  Sherman's Geneva remark is dated with the Monday talks of the paragraph
  before; Song's and Kosachev's remarks carry no day: "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["globaltimes-2022-01-11-zhao-lijian-security-concerns"] = [
 ("NATO is a product of the Cold War. For years it has kept moving eastward in disregard of Russia's repeated objections, and it is time for the alliance to stop where it is,", "zhao-lijian", 1, "Zhao", "nato-non-expansion", "supports", 1, "2022-01-11"),
 ("The security of one country should not come at the expense of others. The US should give up its Cold War mentality and respond to Russia's concerns with a serious attitude, instead of hyping up the so-called threat of an invasion,", "zhao-lijian", 1, "the spokesperson", "", "", 1, "2022-01-11"),
 ("Deploying more and more weapons ever closer to Russia's borders will not bring lasting peace to Europe,", "zhao-lijian", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-11"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("US Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had \"firmly pushed back\" on proposals that were \"simply non-starters\" and would not allow anyone to slam closed NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Ukraine's membership in NATO is Russia's bottom line. If the US really wants to avoid a crisis, it should give Moscow a clear answer on this instead of playing with words,", "song-lixin", 1, "Song", "no-ukraine-membership", "supports", 1, ""),
]
L["dod-2022-02-02-kirby-press-briefing"] = [
 ("We continue to call on Mr. Putin to de-escalate, to pull back the more than 100,000 troops he has arrayed along Ukraine's border, and to choose the path of diplomacy.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Russia doesn't get a say in where NATO allies station their forces. Poland and Romania are sovereign members of this alliance, and our Article 5 commitment to them is sacrosanct. We're not going to roll back our posture to some line on a map from 1997.", "john-kirby", 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("No, it's not.", "john-kirby", 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("What I can tell you is that we have said publicly that we're willing to discuss reciprocal limits on intermediate-range and shorter-range missiles in Europe, as well as reciprocal transparency about the size and scope of military exercises.", "john-kirby", 1, "MR. KIRBY", "no-intermediate-range-missiles", "mentions", 1, "2022-02-02"),
 ("What I can tell you is that we have said publicly that we're willing to discuss reciprocal limits on intermediate-range and shorter-range missiles in Europe, as well as reciprocal transparency about the size and scope of military exercises.", "john-kirby", 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, "2022-02-02"),
 ("We're going to continue to help Ukraine defend itself. Security assistance has been flowing and it will keep flowing, including in the last couple of weeks, and that's not something we're going to negotiate with Moscow.", "john-kirby", 1, "MR. KIRBY", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-02"),
 ("He would welcome the opportunity, and he believes very strongly that keeping military-to-military lines of communication open is vital, especially at a time of tension like this one, to avoid miscalculation.", "john-kirby", 1, "MR. KIRBY", "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("NATO's door is open, and it's going to stay open. Who joins is a decision for the allies and for Ukraine, not for Moscow.", "john-kirby", 1, "MR. KIRBY", "nato-open-door", "supports", 1, "2022-02-02"),
 ("NATO's door is open, and it's going to stay open. Who joins is a decision for the allies and for Ukraine, not for Moscow.", "john-kirby", 1, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, "2022-02-02"),
 ("I don't have a timeline for you. They'll be there as long as they're needed, and we'll keep evaluating that in close consultation with our allies.", "john-kirby", 1, "MR. KIRBY", "", "", 1, "2022-02-02"),
]
L["euronews-2022-01-14-le-drian-brest-gymnich"] = [
 ("We are ready to talk with Russia about arms control, about the placement of intermediate-range missiles, about risk reduction. But the right of every European country, Ukraine included, to choose its own security arrangements is not negotiable,", "jean-yves-le-drian", 1, "Le Drian", "no-intermediate-range-missiles", "mentions", 1, "2022-01-14"),
 ("We are ready to talk with Russia about arms control, about the placement of intermediate-range missiles, about risk reduction. But the right of every European country, Ukraine included, to choose its own security arrangements is not negotiable,", "jean-yves-le-drian", 1, "Le Drian", "nato-open-door", "supports", 1, "2022-01-14"),
 ("We are ready to talk with Russia about arms control, about the placement of intermediate-range missiles, about risk reduction. But the right of every European country, Ukraine included, to choose its own security arrangements is not negotiable,", "jean-yves-le-drian", 1, "Le Drian", "no-ukraine-membership", "rejects", 1, "2022-01-14"),
 ("The minister added that Russia would first have to pull back the tens of thousands of troops massed near Ukraine's border if it wanted the discussions to lead anywhere.", "jean-yves-le-drian", 1, "The minister", "russia-de-escalation", "supports", 0, "2022-01-14"),
 ("Any discussion about European security must involve the Europeans. We are not in 1945, and two powers cannot decide the fate of the continent alone,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-14"),
 ("In Vienna on Thursday, Russia's ambassador to the Organization for Security and Co-operation in Europe, Alexander Lukashevich, told the OSCE Permanent Council that Moscow expected answers to its draft treaties \"in writing, article by article\" and would not be satisfied with vague assurances.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("We cannot accept NATO instructors, NATO weapons and NATO exercises on the territory of our neighbours that are not members of the alliance,", "alexander-lukashevich", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
]
L["rferl-2022-01-21-pabriks-interview"] = [
 ("As Russia masses troops near Ukraine's borders, Latvian Defense Minister Artis Pabriks says NATO must strengthen, not thin out, its presence on the alliance's eastern flank.", "artis-pabriks", 1, "Latvian Defense Minister Artis Pabriks", "rollback-to-1997", "rejects", 0, "2022-01-20"),
 ("It would mean that we are members of NATO on paper only. Latvia joined in 2004 as a full member, with the same rights and the same Article 5 guarantee as Germany or France. We will never accept being a second-class ally, and I don't know a single ally that would agree to it.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 1, "2022-01-20"),
 ("A battalion cannot invade anyone, and the people in Moscow know that very well. We are not going to ask Russia's permission for what weapons we keep on our own territory. In fact, we have asked our allies for more air defense.", "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-20"),
 ("Absolutely not. That would be rewarding blackmail. If we close the door to Ukraine because Russia has put 100,000 soldiers on its border, tomorrow Moscow will ask for a veto over Moldova, over Georgia, or over our own decisions. Every nation must be free to choose its alliances.", "artis-pabriks", 1, "Artis Pabriks", "nato-open-door", "supports", 1, "2022-01-20"),
 ("Absolutely not. That would be rewarding blackmail. If we close the door to Ukraine because Russia has put 100,000 soldiers on its border, tomorrow Moscow will ask for a veto over Moldova, over Georgia, or over our own decisions. Every nation must be free to choose its alliances.", "artis-pabriks", 1, "Artis Pabriks", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("I am not against more transparency on exercises if it is truly reciprocal. But remember that Zapad-2021 last September involved some 200,000 troops by Moscow's own count, and now Russia and Belarus are preparing new drills right on the borders of Ukraine and Poland. So any limits must apply to Russia first.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "mentions", 1, "2022-01-20"),
 ("Pull back its troops. Diplomacy can only work when there is no gun pointed at Ukraine's head.", "artis-pabriks", 1, "Artis Pabriks", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("We are spending 2.2 percent of GDP this year, and the government has agreed to reach 2.5 percent by 2025. It is a question of trust: when allies come to help us, we must show that we are doing our own homework.", "artis-pabriks", 1, "Artis Pabriks", "", "", 1, "2022-01-20"),
]
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("The draft agreement with Nato that Russia’s foreign ministry published on 17 December would commit the alliance to rule out any further enlargement and to deploy no troops or weapons in the countries that joined it after May 1997.", "russian-foreign-ministry", 0, "Russia’s foreign ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The draft agreement with Nato that Russia’s foreign ministry published on 17 December would commit the alliance to rule out any further enlargement and to deploy no troops or weapons in the countries that joined it after May 1997.", "russian-foreign-ministry", 0, "Russia’s foreign ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("A senior Nato official, briefing reporters on condition of anonymity before the talks, said allies would offer to discuss arms control, including limits on where missiles can be deployed in Europe.", "nato", 0, "A senior Nato official", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("We are not going back to a world of spheres of influence, where big powers decide for their neighbours which alliances they may join,", "nato", 0, "the official", "nato-open-door", "supports", 1, "2022-01-12"),
 ("The Kremlin said on Wednesday that Russia would not settle for a temporary moratorium on Nato’s eastward expansion instead of the legally binding guarantees it has demanded.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("The Kremlin said on Wednesday that Russia would not settle for a temporary moratorium on Nato’s eastward expansion instead of the legally binding guarantees it has demanded.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Allies made it clear that we will not compromise on the right of each nation to choose its own path. Nato’s relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies made it clear that we will not compromise on the right of each nation to choose its own path. Nato’s relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He added that allies had called on Russia to immediately de-escalate along Ukraine’s borders, and had offered a series of meetings on arms control, risk reduction and military-to-military communication.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("He added that allies had called on Russia to immediately de-escalate along Ukraine’s borders, and had offered a series of meetings on arms control, risk reduction and military-to-military communication.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("For us, it is absolutely imperative to ensure that Nato does not expand any further,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The Bucharest decision that Ukraine and Georgia will one day join the alliance is a time bomb, and it has to be taken off the table.", "alexander-grushko", 1, "Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-12"),
 ("Fomin, according to the Russian defence ministry, told the council that Nato’s exercises near Russia’s borders had grown in scale and had to be curtailed, and that allied warships and aircraft were operating ever closer to Russian territory.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Fomin, according to the Russian defence ministry, told the council that Nato’s exercises near Russia’s borders had grown in scale and had to be curtailed, and that allied warships and aircraft were operating ever closer to Russian territory.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
]
L["aa-2022-01-27-cavusoglu-security-guarantees"] = [
 ("Turkey does not want a war in its region. Tensions must be eased through dialogue and diplomacy, and we are ready to do our part,", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "", "", 1, "2022-01-27"),
 ("Cavusoglu said talks between Russia and the West should continue \"without preconditions from either side,\" adding that Turkey was ready to host a meeting if the parties wished.", "mevlut-cavusoglu", 1, "Cavusoglu", "no-preconditions", "supports", 0, "2022-01-27"),
 ("Asked about Moscow's demand that NATO halt its enlargement, the minister said the alliance's open-door policy was one of its founding principles and that Turkey had always backed it.", "mevlut-cavusoglu", 1, "the minister", "nato-open-door", "supports", 0, "2022-01-27"),
 ("Russia's draft treaty with the US, published in December, would oblige both sides to refrain from sending warships and heavy bombers to areas from which they could strike each other's territory.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Meanwhile, Russian Deputy Foreign Minister Alexander Grushko said on Thursday the replies showed that the US and NATO were not prepared to take into account Russia's main concern, the non-expansion of the alliance, according to the RIA Novosti news agency.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("If our proposals on the non-deployment of strike weapons near our borders are not accepted, we will have to respond with military-technical measures,", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("In a statement on Wednesday, NATO said it had proposed steps to reduce risks and increase transparency, and had called on Russia to withdraw its forces from Ukraine's borders.", "nato", 0, "NATO", "russia-de-escalation", "supports", 0, "2022-01-26"),
]
L["aggregator-2022-01-27-slutsky-kosachev-us-answer"] = [
 ("The chairman of the committee of the State Duma on the international affairs Leonid Slutsky has declared on Thursday, that the written answer of the USA and NATO on the Russian proposals about the guarantees of security does not contain the main thing - the refusal from the further expansion of the alliance to the east.", "leonid-slutsky", 1, "Leonid Slutsky", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Again they tell us about the \"open doors\" of NATO, as if the security of Russia does not cost anything. These doors lead only to the new confrontation", "leonid-slutsky", 1, "Slutsky", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("According to the deputy, Russia insists, that the formula of the Bucharest summit of 2008 about the future membership of Ukraine and Georgia in NATO must be cancelled, and Washington must not hide behind the collective position of the allies.", "leonid-slutsky", 1, "the deputy", "rescind-bucharest-2008", "supports", 0, "2022-01-27"),
 ("The official representative of MFA of Russia Maria Zakharova on Wednesday evening has stated on the air of the TV channel «Russia-1», that Moscow needs not the promises, but the juridically obliging documents with the signatures.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("The Americans asked us to not publish their answer. We will respect it, but we will not pretend, that this answer satisfies us", "maria-zakharova", 1, "she", "", "", 1, "2022-01-26"),
 ("The Americans are ready to discuss everything, except the main thing. About the return of NATO to the configuration of 1997 in the answer there is not a single word", "konstantin-kosachev", 1, "Konstantin Kosachev", "rollback-to-1997", "supports", 1, ""),
]

write_gold(L, "articles-12", "gold-12")
