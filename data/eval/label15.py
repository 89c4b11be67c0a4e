#!/usr/bin/env python3
"""Writes the fifteenth held-out gold (gold-15/*.nq) from the labels below.

Batch 15 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10-14 (nor
their first-run reports); the only models were DESIGN.md, the curated gold
(data/curated/statements.nq), goldlib.py, label9.py and articles-9.

The seven articles are invented in the style of their outlets (RT, a NATO
press-conference transcript, Sky News, Ukrinform, SWI swissinfo.ch, the
Helsinki Times with site furniture, a TASS wire item without front matter);
facts follow the calendar of December 2021 - February 2022, quotations are
invented but realistic. The labels were written by hand, from reading the
articles. Each label names its evidence by a unique substring of the
article; this script only turns it into code-point offsets (into the whole
file, BOM and front matter included) and N-Quads.

Convention choices (following the curated gold and label9.py):
- One label per (speaker, demand) a passage expresses; a quotation running
  over two or three sentences is one passage. A direct quotation of six or
  more words about none of the demands gets one label with demand "" and
  stance "". Indirect speech about none of the demands is not labelled
  (as in label9.py), nor are quoted fragments of fewer than six words that
  carry no demand (Peskov's "not rush to conclusions", Johnson's "probably
  the most dangerous moment").
- Evidence: direct quotation = the words between the marks, punctuation
  inside kept. A quoted fragment inside a reported sentence is its own
  (direct) evidence only when the quoted words themselves name the demand
  (Zakharova's "Bucharest formula", Ryabkov's "legally binding
  guarantees"); a demand expressed outside the marks takes the whole
  sentence, direct 0 (Ryabkov on Ukraine and Georgia, Kuleba on 1997,
  Lukashevich, Sherman).
- Transcript (NATO): a Stoltenberg turn that carries positions gives the
  sentence(s) carrying each position; his turn about none of the demands
  (battlegroup leadership) is labelled whole with demand "". The
  moderator's chairing turns and the journalists' questions are not
  labelled. direct=1 for all transcript answers.
- Unbalanced quote (TASS): the opening mark of "The freedom to choose
  alliances ..." is never closed; the quotation is taken to end at the
  comma before "the Russian leader stressed" (comma kept, as for closed
  quotations).
- Speaker name: the words naming the speaker at that point, titles
  dropped ("Foreign Ministry spokeswoman Maria Zakharova" -> "Maria
  Zakharova"), role nouns and pronouns kept as written ("the top
  diplomat", "the Russian leader", "the Head of State", "he", "his" in "In
  his opinion"). Transcript turns: the name in the turn label.
- Speakers: anonymous "senior Nato diplomat" -> nato; the Russian and the
  Ukrainian foreign ministries -> their actor ids; Shoigu's complaint as
  reported in a defence-ministry statement -> Shoigu. A position a quoted
  speaker attributes to a third party (Lavrov on the US offer, Kuleba on
  "the Americans", Wallace on Shoigu's assurances) is labelled only for
  the quoted speaker, never for the third party.
- Stances: refusing Moscow a say over who joins, with explicit reference to
  Russia's demand (Truss, Marin's "nobody in Moscow ... can take that
  option away") = supports nato-open-door AND rejects nato-non-expansion;
  affirming a country's freedom of choice without referring to the demand
  (Niinistö, Linde, Rau, Johnson) = nato-open-door only; when Ukraine's
  membership is named = also rejects no-ukraine-membership. Offering to
  discuss missiles or exercises = mentions; NATO proposing to restore
  military-to-military channels = supports resume-military-dialogue;
  "we have not set any preconditions" = supports no-preconditions; Peskov's
  "nobody's business but ours" about troop movements = rejects
  russia-de-escalation. Reznikov's exercises with NATO on Ukrainian soil
  going ahead "regardless of Russia's demands to curb such drills" = rejects
  limit-military-exercises and no-military-activity-ex-soviet. Putin on
  Mk 41 launchers able to take Tomahawks = supports
  no-intermediate-range-missiles and no-strike-weapons-near-borders.
  Shoigu's complaint about bombers and warships = supports
  no-warships-aircraft-in-strike-range.
- Not labelled: background history (the 1975 Helsinki Final Act sentence,
  Gorbachev's 1990 "one inch", the Bucharest 2008 facts), the Russian
  leader's indirect remark on indivisible security (no demand), the
  Helsinki Times related-article headlines and photo caption (no speaker),
  the closing "Diplomats in Vienna said ..." (no demand).
- Dates: the day the words were said, resolved against the publication
  date ("on Wednesday evening" in RT = 2022-01-26; "last Friday" in the
  Helsinki Times = 2022-01-21; "a day after" Friday = Thursday). A follow-up
  "he said"/"stressed" on the same occasion takes that occasion's day. ""
  when no day is given: "said in a statement" (Ukrainian MFA), "a month
  after" (Russian MFA), "this week" (Linde), the anonymous Nato diplomat,
  the analyst's words to RT. The TASS item's dateline gives no year; 2022
  follows from its content (the answers "received ... on January 26"), so
  its labels are dated 2022-02-01.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["rt-2022-01-27-lavrov-us-reply-secondary-issues"] = [
 ("Washington's written reply to Moscow's security proposals contains no positive answer on the main issue – the eastward expansion of NATO – Russian Foreign Minister Sergey Lavrov said on Thursday, adding that the document nevertheless leaves room for a serious conversation on secondary matters.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The central issue for us is that NATO must not expand any further east and must not place strike weapons that can reach Russian territory. On that, there is no positive reaction in this document,", "sergei-lavrov", 1, "the top diplomat", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The central issue for us is that NATO must not expand any further east and must not place strike weapons that can reach Russian territory. On that, there is no positive reaction in this document,", "sergei-lavrov", 1, "the top diplomat", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Lavrov said the US had offered to talk about where intermediate-range missiles may be deployed, but stressed that this was not the question Moscow had put first.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("We need a legally binding document, not assurances that are given at a meeting and forgotten the next day,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("will have to explain to their own public why they cling to the Bucharest formula on Ukraine and Georgia.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("is a political slogan, not an obligation, and certainly not a reason to ignore Russia's security.", "sergei-ryabkov", 1, "his", "nato-open-door", "rejects", 1, "2022-01-26"),
 ("The Americans have answered the questions they wanted to be asked, not the questions Moscow actually put to them,", "viktor-sobolev", 1, "Viktor Sobolev", "", "", 1, ""),
]
L["nato-2022-02-16-stoltenberg-defence-ministers-presser"] = [
 ("We call on Russia to step back and to withdraw its forces from Ukraine's borders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-02-16"),
 ("Moscow has demanded that NATO remove its forces and infrastructure from the Allies that joined us after 1997. That is not going to happen. We will not have first- and second-class members in this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-02-16"),
 ("We are ready to discuss arms control, including on intermediate-range missiles, and greater transparency and notification of military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-02-16"),
 ("We are ready to discuss arms control, including on intermediate-range missiles, and greater transparency and notification of military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-02-16"),
 ("We have also proposed to re-open our offices in Moscow and Brussels and to restore military-to-military channels of communication, so that incidents do not spiral out of control.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-02-16"),
 ("It is for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO, not for Russia. We stand by the decisions we took at the Bucharest Summit in 2008, and NATO's door remains open.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-02-16"),
 ("It is for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO, not for Russia. We stand by the decisions we took at the Bucharest Summit in 2008, and NATO's door remains open.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-02-16"),
 ("It is for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO, not for Russia. We stand by the decisions we took at the Bucharest Summit in 2008, and NATO's door remains open.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-02-16"),
 ("It is too early to say which Allies will contribute to what. Our military commanders will now work out the details, and ministers will come back to this when we meet again in June. But I welcome that France has expressed its readiness to lead a battlegroup in Romania, and that many Allies have already offered more ships, more planes and more troops.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-02-16"),
 ("We have not set any preconditions for a meeting of the NATO-Russia Council. We are ready to meet as soon as Russia is ready.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-preconditions", "supports", 1, "2022-02-16"),
]
L["skynews-2022-02-11-wallace-shoigu-moscow"] = [
 ("Defence Secretary Ben Wallace has urged Russia to pull back the troops it has massed on Ukraine’s borders, after the first talks between British and Russian defence ministers in Moscow for almost a decade.", "ben-wallace", 1, "Ben Wallace", "russia-de-escalation", "supports", 0, "2022-02-11"),
 ("We will judge them by their actions. We need to see those forces go back to their barracks, because more than 130,000 soldiers sitting on the border of a sovereign country is not the behaviour of a country that means no harm,", "ben-wallace", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-11"),
 ("Ministers talking to ministers, and generals talking to generals, is how you stop a mistake turning into a war,", "ben-wallace", 1, "he", "resume-military-dialogue", "supports", 1, "2022-02-11"),
 ("In a statement, the Russian defence ministry said Mr Shoigu had complained to his British guest about flights of American strategic bombers close to Russia’s borders and about Nato warships in the Black Sea.", "sergei-shoigu", 1, "Mr Shoigu", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-02-11"),
 ("The movement of troops on our own territory is nobody’s business but ours,", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, "2022-02-11"),
 ("a conversation between the mute and the deaf", "sergei-lavrov", 1, "the Russian foreign minister", "", "", 1, "2022-02-10"),
 ("Russia’s demand that Nato shuts its door to new members is a non-starter. It is not for Moscow to decide who joins the alliance,", "liz-truss", 1, "she", "nato-non-expansion", "rejects", 1, "2022-02-10"),
 ("Russia’s demand that Nato shuts its door to new members is a non-starter. It is not for Moscow to decide who joins the alliance,", "liz-truss", 1, "she", "nato-open-door", "supports", 1, "2022-02-10"),
 ("A senior Nato diplomat in Brussels said the alliance would not discuss the withdrawal of its battlegroups from Poland and the Baltic states with Moscow “under any circumstances”.", "nato", 0, "A senior Nato diplomat", "rollback-to-1997", "rejects", 0, ""),
 ("We cannot compromise on the principle of Nato’s open door. Every country in Europe has the right to choose its own path,", "boris-johnson", 1, "the prime minister", "nato-open-door", "supports", 1, "2022-02-10"),
]
L["ukrinform-2022-01-27-kuleba-us-response"] = [
 ("There is not a single word in this document that crosses Ukraine's red lines. Nobody will decide for Ukraine whether it joins NATO, and the Americans made that clear to Moscow once again,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-27"),
 ("There is not a single word in this document that crosses Ukraine's red lines. Nobody will decide for Ukraine whether it joins NATO, and the Americans made that clear to Moscow once again,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("According to Kuleba, Moscow's demand that NATO pull its forces and infrastructure back to the positions of 1997 \"has no prospects at all\" and is an attempt to turn the clock back to a Europe of spheres of influence.", "dmytro-kuleba", 1, "Kuleba", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("The Ukrainian Foreign Ministry said in a statement that the decisions of the 2008 NATO Summit in Bucharest remain valid and that no third country has the right to demand their revision.", "ukrainian-foreign-ministry", 0, "The Ukrainian Foreign Ministry", "rescind-bucharest-2008", "rejects", 0, ""),
 ("Defense Minister Oleksii Reznikov said on Tuesday that multinational exercises with NATO countries planned on Ukrainian territory this year, including Rapid Trident and Sea Breeze, would take place regardless of Russia's demands to curb such drills.", "oleksii-reznikov", 1, "Oleksii Reznikov", "limit-military-exercises", "rejects", 0, "2022-01-25"),
 ("Defense Minister Oleksii Reznikov said on Tuesday that multinational exercises with NATO countries planned on Ukrainian territory this year, including Rapid Trident and Sea Breeze, would take place regardless of Russia's demands to curb such drills.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-25"),
 ("Who trains with our soldiers and who supplies our army with weapons is for Ukraine to decide, not for the Kremlin,", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-25"),
 ("Today we do not see any grounds to say that a full-scale offensive is possible tomorrow or the day after,", "oleksiy-danilov", 1, "Danilov", "", "", 1, "2022-01-24"),
 ("The key to de-escalation lies in Moscow, not in Kyiv. Russia must withdraw its troops from our borders and stop the blackmail,", "volodymyr-zelensky", 1, "the Head of State", "russia-de-escalation", "supports", 1, "2022-01-26"),
]
L["swissinfo-2022-01-14-osce-geneva-talks"] = [
 ("We need legally binding guarantees, and we need them quickly, not endless discussions about discussions,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Lukashevich warned that Russia would respond with “military-technical” measures if the West ignored its concerns about NATO’s eastward expansion.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("He reminded participating states that each of them had the right to choose its own security arrangements, including treaties of alliance.", "zbigniew-rau", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("If the concern is military exercises close to borders, the Vienna Document already gives us a toolbox, and it can be modernised,", "helga-schmid", 1, "she", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov told reporters afterwards that Moscow needed “ironclad, waterproof, bulletproof, legally binding guarantees” that Ukraine and Georgia would never become members of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Sherman told a telephone briefing the same evening that the United States had firmly pushed back on proposals that were “simply non-starters”, among them the demand that Ukraine be barred from ever joining the alliance.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Geneva has shown once again that it is a place where adversaries can sit down together, and we will offer our good offices for as long as they are needed,", "ignazio-cassis", 1, "Cassis", "", "", 1, "2022-01-12"),
]
L["helsinkitimes-2022-01-26-marin-nato-option"] = [
 ("Prime Minister Sanna Marin (SDP) said on Tuesday that Finland has no plans to apply for Nato membership during her government's term, but that the option of joining the alliance remains Finland's own to use.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, "2022-01-25"),
 ("We are not a member of Nato and we are not going to apply during this government's term. But whether Finland ever joins is for Finns to decide, and nobody in Moscow or anywhere else can take that option away from us,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-25"),
 ("We are not a member of Nato and we are not going to apply during this government's term. But whether Finland ever joins is for Finns to decide, and nobody in Moscow or anywhere else can take that option away from us,", "sanna-marin", 1, "Marin", "nato-non-expansion", "rejects", 1, "2022-01-25"),
 ("Her comments came a month after the Russian Foreign Ministry warned that the accession of Finland and Sweden to Nato would have \"serious military and political consequences\" and should be ruled out.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, ""),
 ("Russia has gathered its troops next to Ukraine, and it is Russia that has to pull them back,", "sanna-marin", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-25"),
 ("President Sauli Niinistö, who discussed European security with Vladimir Putin by telephone last Friday, told the Russian president that Finland's freedom of choice was not up for negotiation, according to a statement from the President's office.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-21"),
 ("Swedish Foreign Minister Ann Linde struck a similar note in Stockholm this week, saying that Sweden alone would \"decide its security policy\" and that no outside country could make that choice for it.", "ann-linde", 1, "Ann Linde", "nato-open-door", "supports", 0, ""),
]
L["tass-2022-02-01-putin-orban-press"] = [
 ("We have carefully studied the answers we received from the United States and NATO on January 26. It is already clear that our three key demands were not taken into account: no further expansion of NATO, no deployment of strike weapon systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We have carefully studied the answers we received from the United States and NATO on January 26. It is already clear that our three key demands were not taken into account: no further expansion of NATO, no deployment of strike weapon systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We have carefully studied the answers we received from the United States and NATO on January 26. It is already clear that our three key demands were not taken into account: no further expansion of NATO, no deployment of strike weapon systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("The freedom to choose alliances cannot be read selectively, without the obligation not to strengthen one's own security at the expense of others,", "vladimir-putin", 1, "the Russian leader", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What then - are we supposed to go to war with the whole bloc? Has anyone thought about this?", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("If these launchers can be loaded with Tomahawks with a range of 2,500 kilometers, then they threaten our territory directly, and we cannot ignore that,", "vladimir-putin", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2022-02-01"),
 ("If these launchers can be loaded with Tomahawks with a range of 2,500 kilometers, then they threaten our territory directly, and we cannot ignore that,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("There is no European leader today who wants a war with Russia,", "viktor-orban", 1, "the Hungarian Prime Minister", "", "", 1, "2022-02-01"),
]

write_gold(L, "articles-15", "gold-15")
