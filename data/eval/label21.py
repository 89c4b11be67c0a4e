#!/usr/bin/env python3
"""Writes the twenty-first held-out gold (gold-21/*.nq) from the labels below.

Batch 21 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches
from 10 on (only DESIGN.md, the curated gold, goldlib.py and batch 9 as a
format example). The seven articles were written for this batch: the events
and most speakers are real and the facts plausible for their dates, the
quotations are invented; outlets, styles and page furniture vary (a wire
story, a ministry transcript page without front matter and with site junk,
a broadcaster's live page in reverse chronological order, a machine
translation from Ukrainian, a think-tank commentary, a broadsheet with
honorifics, a broadcaster's web story).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices:
- One label per (speaker, demand) a passage expresses. When the same speaker
  says the same thing in an indirect sentence and again in a quotation, each
  passage gets its own label.
- Direct quotation: the words between the marks (trailing comma or full stop
  inside the marks kept; for «...», - the text inside the guillemets). A
  quotation of two or three sentences is one span. A quotation shorter than
  six words about no demand is not labelled ("not much ground for optimism",
  "peace mission", "in close co-ordination with our allies"); indirect
  sentences about no demand are not labelled either (as in batch 9).
- A direct quotation that itself carries the stance, even when the demand is
  named only in the surrounding indirect words, gets the demand on the quote
  (the NATO diplomat's "nothing to discuss" about the post-1997 withdrawal;
  Anand's "our soldiers are in Latvia ... will stay" answering Putin's
  1997 demand given two paragraphs earlier).
- When a sentence holds indirect speech with a demand and a six-word-plus
  quotation about no demand (Lavrov's "a serious conversation on secondary
  issues"), the whole sentence carries the demands and the quotation gets its
  own demand-less label, as in batch 9.
- Transcript (the ministry page): evidence is the sentence(s) of the answer
  carrying the position; the Kazakhstan answer, about no demand, is one
  demand-less label over the whole turn. Journalists' questions get no label.
  Speaker name is the turn label "Sergey Lavrov"; id sergei-lavrov.
- Speaker name is the words naming the speaker at that point, pronouns as
  written ("he", "the diplomat", "the chancellor"). In the DW story "he said"
  after "Lavrov advised Putin ..." is Lavrov (the subject), not the nearer
  "Putin".
- Anonymous officials speak for their actor: "a Kremlin official" -> russia,
  "A Nato diplomat" -> nato. The US written reply's content, told by
  unnamed officials, is the United States' statement (speaker name "the
  reply"), dated the day it was delivered (Wed 26 Jan 2022).
- Lukashevich recalling the content of the Russian draft is labelled as his
  own statement (he is the one speaking in the article), not as Russia's.
- Russian officials restating Russia's own proposals support them; a Russian
  leader saying Moscow is prepared "to keep talking" about missiles only
  within the package is `mentions` (as Ryabkov in batch 9). Western offers
  to discuss missiles, exercises or Aegis Ashore transparency are
  `mentions`; NATO proposing to restore regular contacts between military
  commanders supports resume-military-dialogue (a proposal to do it, not an
  offer to talk about it).
- Transparency checks for Tomahawk missiles at Aegis Ashore sites in Romania
  and Poland: read as no-strike-weapons-near-borders (mentions).
- "no first- and second-class members in this alliance" (Stoltenberg) read as
  rejecting rollback-to-1997, besides supporting nato-open-door.
- Lavrov's OSCE letter asking capitals how they square the freedom to choose
  alliances with not strengthening security at others' expense, and his
  "nobody is asking for a veto ... read only half of it": rejects
  nato-open-door (freedom bounded by Russia's security), as in the curated
  gold. The letter is dated the day it was sent ("on Friday" against a
  Wednesday publication = 28 Jan), not the day it was made public.
- Scholz's "Ukraine's membership of NATO is not on the agenda" is
  `mentions` no-ukraine-membership (he neither endorses a ban nor rejects it
  in those words); his separate "principles ... not negotiable" sentence
  supports nato-open-door only (Ukraine not named in it).
- Ukrainian speakers saying Ukraine itself decides its alliances / keeps
  moving towards NATO: supports nato-open-door and rejects
  no-ukraine-membership.
- Background not labelled: the INF treaty's end (2019), the NATO-Russia
  Council's history and the 2021 expulsions, the Helsinki Final Act, Aegis
  Ashore construction dates, Hungary's accession, the Bucharest summit of
  2008, the correspondent's and the think-tank author's own analysis, the
  Russian Defence Ministry's troop-return announcement, site furniture.
- Not labelled either: "Western officials fear the deployment could be the
  prelude to a new invasion" (no identifiable speaker), and indirect
  sentences naming no single demand (Russia denying invasion plans, Putin
  saying the West "brushed aside the heart of his proposals", Orbán's
  "peace mission", "Both men said diplomacy had not run its course",
  Lukashevich's warning of unspecified "measures").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia told the United States on Monday that it needed a firm guarantee that Ukraine would never join NATO, after nearly eight hours of talks in Geneva ended without a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("It is absolutely essential for us that Ukraine never, ever becomes a member of NATO. Everything else we have put on the table follows from that,", "sergei-ryabkov", 1, "Deputy Foreign Minister Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("legally binding guarantees on paper, not promises that can be forgotten the day after they are made", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("pushed back firmly on proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Deputy Secretary of State Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to close NATO's open door. That was never up for negotiation and it is not now,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said Washington was open to discussing the future deployment of certain missile systems in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Moscow made matching commitments.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said Washington was open to discussing the future deployment of certain missile systems in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Moscow made matching commitments.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("These are our troops on our own territory, and nobody is going to tell us where we may move them,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
]
L["mid-2022-01-14-lavrov-annual-press-conference"] = [
 ("We are not going to accept another verbal promise; this time the guarantee that NATO will not expand eastward must be on paper and legally binding.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("We are not going to accept another verbal promise; this time the guarantee that NATO will not expand eastward must be on paper and legally binding.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("The key element is the non-expansion of NATO and the non-deployment of strike weapons near our borders.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("The key element is the non-expansion of NATO and the non-deployment of strike weapons near our borders.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-14"),
 ("Nobody is asking for a veto. We are asking for what every OSCE state signed in Istanbul in 1999 and in Astana in 2010: that no one strengthens its own security at the expense of the security of others. The freedom to choose alliances is in the same sentence as that obligation, and our Western colleagues prefer to read only half of it.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("The decision taken in Bucharest in 2008, that Ukraine and Georgia will become members of NATO, contradicts this directly, and it has to be disavowed.", "sergei-lavrov", 1, "Sergey Lavrov", "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("And NATO must stop turning Ukraine and Georgia into its bridgeheads, with its instructors, its exercises and its arms deliveries, even while they are not members.", "sergei-lavrov", 1, "Sergey Lavrov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("The CSTO contingent went to Kazakhstan at the request of its legitimate authorities and for a limited period. The withdrawal has already begun, and it will be completed as soon as President Tokayev considers that the situation is stable. Those who are trying to see some hidden intention in this are only exposing their own way of thinking.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
]
L["bbc-live-2022-01-12-nato-russia-council"] = [
 ("American bombers flying along our borders and warships sailing in the Black Sea must stay out of the areas from which they can hit Russian territory. This was our demand before today and it remains our demand,", "alexander-grushko", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-12"),
 ("Alexander Fomin, the deputy defence minister who sat next to him, said Moscow's proposals for scaling back drills along the line where Russian and Nato forces meet had gone unanswered for two years.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("was not discussed at any length, because there is nothing to discuss", "nato", 0, "A Nato diplomat", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("There are significant differences between Nato allies and Russia, and these differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("He says allies are ready to discuss arms control, including the deployment of missiles, and greater transparency around military exercises to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("He says allies are ready to discuss arms control, including the deployment of missiles, and greater transparency around military exercises to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("We will not compromise on our core principles. Every nation has the right to choose its own path, and Ukraine's relationship with Nato is for Ukraine and the 30 allies alone to decide,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will not compromise on our core principles. Every nation has the right to choose its own path, and Ukraine's relationship with Nato is for Ukraine and the 30 allies alone to decide,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg adds that allies proposed reopening the Nato and Russian missions in Moscow and Brussels and restoring regular contacts between their military commanders to avoid dangerous misunderstandings.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
]
L["unian-mt-2022-01-13-osce-permanent-council"] = [
 ("It seems, that the risk of war in the OSCE area is today bigger than at any moment during the last thirty years", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We need the legal guarantees, because the political assurances were given to us many times and every time they were broken", "alexander-lukashevich", 1, "the Russian diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("He has reminded, that according to the Russian draft the NATO countries must not deploy the troops and the armaments on the territory of the states which joined the alliance after May 1997, except the exceptional cases with the consent of Russia.", "alexander-lukashevich", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-13"),
 ("According to Lukashevich, Russia is ready to conduct the negotiations without any preconditions, but the subject of the negotiations must be exactly the Russian proposals, and not the abstract themes.", "alexander-lukashevich", 1, "Lukashevich", "no-preconditions", "supports", 0, "2022-01-13"),
 ("The Russian Federation must withdraw the troops which it concentrated at the Ukrainian border, and return to the diplomacy without threats", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Ukraine itself will determine to which alliances to join, and nobody will decide it instead of us", "yevhenii-tsymbaliuk", 1, "the diplomat", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Ukraine itself will determine to which alliances to join, and nobody will decide it instead of us", "yevhenii-tsymbaliuk", 1, "the diplomat", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("The European Union in its statement at the meeting has underlined, that the fundamental principles of the European security, including the right of each state freely to choose the security arrangements, are not the subject for revision.", "european-union", 0, "The European Union", "nato-open-door", "supports", 0, "2022-01-13"),
]
L["ceass-2022-01-28-reading-the-replies"] = [
 ("There will be no change in our position on NATO's open door. We have said it in private, and now we have put it in writing,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("According to officials who briefed journalists, the reply proposes talks on reciprocal restrictions on intermediate-range missiles in Europe and a transparency mechanism to confirm that no Tomahawk cruise missiles are present at the Aegis Ashore sites in Romania and Poland, provided Russia allows similar checks at two of its own bases.", "united-states", 0, "the reply", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("According to officials who briefed journalists, the reply proposes talks on reciprocal restrictions on intermediate-range missiles in Europe and a transparency mechanism to confirm that no Tomahawk cruise missiles are present at the Aegis Ashore sites in Romania and Poland, provided Russia allows similar checks at two of its own bases.", "united-states", 0, "the reply", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("We will not give up the right of every nation to choose its own path, and there will be no first- and second-class members in this alliance,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We will not give up the right of every nation to choose its own path, and there will be no first- and second-class members in this alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Foreign Minister Sergei Lavrov said on Thursday that the replies left Russia's main demands, that NATO stop moving east and keep strike weapons away from Russia's borders, without an answer, although they opened the way to \"a serious conversation on secondary issues\".", "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Foreign Minister Sergei Lavrov said on Thursday that the replies left Russia's main demands, that NATO stop moving east and keep strike weapons away from Russia's borders, without an answer, although they opened the way to \"a serious conversation on secondary issues\".", "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("a serious conversation on secondary issues", "sergei-lavrov", 1, "Foreign Minister Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("reasonable security concerns should be taken seriously and resolved", "wang-yi", 1, "Chinese Foreign Minister Wang Yi", "", "", 1, "2022-01-27"),
]
L["globeandmail-2022-02-02-putin-ignored-demands"] = [
 ("Mr. Putin said on Tuesday that the Western replies had ignored Moscow's three key demands: an end to NATO's expansion, no strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Mr. Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Mr. Putin said on Tuesday that the Western replies had ignored Moscow's three key demands: an end to NATO's expansion, no strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Mr. Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Mr. Putin said on Tuesday that the Western replies had ignored Moscow's three key demands: an end to NATO's expansion, no strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Mr. Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("I have the impression that the United States cares less about Ukraine's security than about holding Russia back, and Ukraine is simply the instrument,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("In the letter, which Mr. Lavrov sent on Friday and the ministry made public on Tuesday, he asks each government to explain how it squares the freedom to choose alliances with its pledge not to strengthen its own security at the expense of others.", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("Our soldiers are in Latvia at the invitation of a sovereign ally, and they will stay there for as long as Latvia wants them,", "anita-anand", 1, "Defence Minister Anita Anand", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 ("Mr. Lavrov spoke by telephone on Tuesday with U.S. Secretary of State Antony Blinken, who pressed him to pull back the more than 100,000 troops Russia has massed around Ukraine, a State Department spokesman said.", "antony-blinken", 1, "U.S. Secretary of State Antony Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("a clear answer on the non-expansion of NATO", "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, "2022-02-01"),
]
L["dw-2022-02-15-scholz-putin-moscow"] = [
 ("We are told that Ukraine will not join NATO tomorrow. Then we will be told the same the day after tomorrow, and one morning it will be a member. We want this question settled now, in negotiations, by peaceful means,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("The Russian leader said Moscow was prepared to keep talking with Washington about intermediate-range missiles, but only together with its main proposals.", "vladimir-putin", 1, "The Russian leader", "no-intermediate-range-missiles", "mentions", 0, "2022-02-15"),
 ("Everybody knows that Ukraine's membership of NATO is not on the agenda, so it is strange to build a crisis around a question that nobody is asking right now,", "olaf-scholz", 1, "the chancellor", "no-ukraine-membership", "mentions", 1, "2022-02-15"),
 ("But he insisted that the principles of the alliance, including the right of each country to choose its own alliances, were not negotiable.", "olaf-scholz", 1, "he", "nato-open-door", "supports", 0, "2022-02-15"),
 ("That troops are being withdrawn is a good sign. We hope that more will follow,", "olaf-scholz", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-15"),
 ("Before the talks, a Kremlin official told reporters on condition of anonymity that verbal assurances on Ukraine were \"worth nothing\" and that Moscow wanted a written, legally binding pledge that Ukraine would stay outside the alliance.", "russia", 0, "a Kremlin official", "written-legal-guarantees", "supports", 0, "2022-02-15"),
 ("Before the talks, a Kremlin official told reporters on condition of anonymity that verbal assurances on Ukraine were \"worth nothing\" and that Moscow wanted a written, legally binding pledge that Ukraine would stay outside the alliance.", "russia", 0, "a Kremlin official", "no-ukraine-membership", "supports", 0, "2022-02-15"),
 ("I believe that our possibilities are far from exhausted, but they should not go on indefinitely,", "sergei-lavrov", 1, "he", "", "", 1, "2022-02-14"),
 ("Ukraine will keep moving towards NATO. It is written in our constitution, and nobody in Moscow can erase it,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-02-14"),
 ("Ukraine will keep moving towards NATO. It is written in our constitution, and nobody in Moscow can erase it,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-02-14"),
]

write_gold(L, "articles-21", "gold-21")
