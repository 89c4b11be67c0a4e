#!/usr/bin/env python3
"""Writes the thirty-eighth held-out gold (gold-38/*.nq) from the labels below.

Batch 38 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.
The seven articles are invented but plausible; their outlets and forms are:
an Associated Press story on the OSCE Permanent Council of 13 January 2022;
a TASS item on Dmitry Peskov's daily briefing (« » quotation marks, "Read
more" links and tags); a Washington Post opinion column by an invented former
ambassador; a Pentagon press briefing transcript (John Kirby, reporters named
by outlet); a Slovak Spectator article on the Slovak government's position
(UTF-8 BOM, CRLF line ends, cookie banner, share buttons, photo credits); a
Ukrinform question-and-answer interview with Ukraine's First Deputy Foreign
Minister; and a Russian Security Council news page on a meeting held by
Nikolai Patrushev, without front matter (id = file name, date only in the
dateline under the title).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Labelling conventions (those of the curated gold and of label9.py):
- One label per (speaker, demand) that a passage expresses; one passage may
  give several labels (several demands, or two speakers in one sentence).
- Direct quotation: the evidence is the words between the marks (punctuation
  inside kept), direct 1. A quotation interrupted by "he said" is two spans.
  Reported speech: the whole sentence, direct 0.
- Stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it
  (an analyst describing what Moscow wants; "willing to talk about" limits).
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""). Shorter quoted fragments and
  reported speech about no demand get no label.
- Historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the 1999 Istanbul summit) is not a statement, and words quoted from a
  document (the Bucharest declaration) are not labelled. A reporter's account
  of what the Russian drafts contain, tied to Moscow or the ministry that
  published them, is Russia's (or the ministry's) statement, dated with the
  publication of the drafts when the day is given.
- Transcript and interview: the journalists' questions get no label. Each
  answer is the speaker's own words, so direct 1: a demand is labelled with
  the sentence(s) of the answer that express it (Kirby) or with the whole
  answer (Dzhaparova, whose answers are short); an answer about none of the
  demands gets one demand-less label whose evidence is the whole answer.
  Speaker name is the turn's prefix as printed ("MR. KIRBY", "Dzhaparova").
- Opinion column: the author's own sentences that take a position on a demand
  are his statements, direct 0, speaker name the byline name, dated with the
  publication date.
- Speakers: persons by the slug of their full name (middle initials dropped,
  diacritics folded: ivan-korcok); anonymous officials and institutions map to
  their country or organisation as in the curated data (a senior EU official
  -> european-union, a Russian diplomat -> russia). Speaker name is the words
  naming the speaker at that point, pronouns and role nouns as written.
- Dates are the day the words were said, resolved against the publication
  date; "" when the text gives no day ("told TASS", "said", "last week").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["ap-2022-01-13-osce-permanent-council"] = [
 ("Russia's envoy to Europe's largest security organization warned Thursday that Moscow would not wait indefinitely for the West to accept its demand that NATO stop expanding eastward, as a week of high-stakes diplomacy over Ukraine ended in Vienna with neither side giving ground.", "alexander-lukashevich", 1, "Russia's envoy to Europe's largest security organization", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive answer to our proposals within a reasonable time, we will be forced to draw conclusions and take the necessary measures to ensure our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("This is not a threat. It is a statement of fact.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The diplomat added that Moscow wanted the guarantees spelled out in a legally binding treaty, not in \"political declarations\" that the next U.S. administration could set aside.", "alexander-lukashevich", 1, "The diplomat", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("Rau urged Moscow to pull back the troops it has massed near Ukraine's border and offered the OSCE as a venue for a renewed dialogue on European security.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "U.S. Ambassador Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Carpenter said the United States was willing to discuss reciprocal limits on military exercises and other steps to reduce the risk of an accident, but that the alliance's open-door policy was not up for negotiation.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Carpenter said the United States was willing to discuss reciprocal limits on military exercises and other steps to reduce the risk of an accident, but that the alliance's open-door policy was not up for negotiation.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We will not accept that any country can veto another country's choice of alliances. That principle is at the heart of this organization, and Russia signed up to it,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Under the draft agreement with NATO that Moscow published on Dec. 17, the alliance would also have to withdraw forces and weapons from the countries that joined it after May 1997, when NATO and Russia signed their Founding Act.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Our path toward NATO is a sovereign choice. It is not subject to approval in Moscow,", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "nato-open-door", "supports", 1, ""),
 ("Our path toward NATO is a sovereign choice. It is not subject to approval in Moscow,", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-ukraine-membership", "rejects", 1, ""),
 ("In Moscow, Deputy Foreign Minister Sergei Ryabkov said Russia saw no reason to sit down for another round of talks in the coming days if the West kept insisting on NATO's open door.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 0, ""),
 ("The question now is whether this week becomes the start of a real process or only an alibi for what comes next,", "liesl-brandner", 1, "Liesl Brandner", "", "", 1, ""),
]
L["tass-2022-01-27-peskov-us-nato-responses"] = [
 ("The written replies of the United States and NATO to Russia's proposals on security guarantees do not take into account Moscow's main concern, the non-expansion of the North Atlantic Alliance, Kremlin Spokesman Dmitry Peskov told reporters on Thursday.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("It cannot be said that our considerations were taken into account, or that a readiness to take our concerns into account was shown. There is little ground for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("According to him, these concern secondary issues such as medium-range missiles.", "dmitry-peskov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("Of course, no hasty conclusions will follow. The President has the documents, they will be analysed, and this will take some time,", "dmitry-peskov", 1, "the Kremlin spokesman", "", "", 1, "2022-01-27"),
 ("Our position is well known, and it has not changed. For us it is a matter of principle that the bloc does not move further to the east and that Ukraine does not become its member.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Our position is well known, and it has not changed. For us it is a matter of principle that the bloc does not move further to the east and that Ukraine does not become its member.", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-26"),
 ("Without a guarantee on paper that the bloc will not move east, we will keep coming back to the same questions again and again, and the situation will only get worse,", "leonid-slutsky", 1, "the parliamentarian", "written-legal-guarantees", "supports", 1, ""),
 ("Without a guarantee on paper that the bloc will not move east, we will keep coming back to the same questions again and again, and the situation will only get worse,", "leonid-slutsky", 1, "the parliamentarian", "nato-non-expansion", "supports", 1, ""),
 ("Washington agreed to talk about transparency and about reducing risks, which is what suits it. But what Moscow asked for first of all, a guarantee that Ukraine and Georgia will never be admitted, is exactly what the Americans refuse even to discuss,", "yevgeny-korostelev", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
]
L["washingtonpost-2022-01-30-opinion-dunmore-nato-door"] = [
 ("their flight time to Moscow will be seven to ten minutes.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-21"),
 ("The administration was right to refuse to slam NATO’s door.", "robert-dunmore", 1, "Robert L. Dunmore", "nato-open-door", "supports", 0, "2022-01-30"),
 ("NATO’s door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Nor should Washington entertain the demand that NATO pull its forces out of Poland, Romania and the Baltic states.", "robert-dunmore", 1, "Robert L. Dunmore", "rollback-to-1997", "rejects", 0, "2022-01-30"),
 ("A mutual ban on ground-launched intermediate-range missiles in Europe, of the kind the INF Treaty provided until it collapsed in 2019, is in America’s interest as much as Russia’s.", "robert-dunmore", 1, "Robert L. Dunmore", "no-intermediate-range-missiles", "supports", 0, "2022-01-30"),
 ("So are limits on the size of snap exercises close to each other’s borders, with observers invited as a matter of routine.", "robert-dunmore", 1, "Robert L. Dunmore", "limit-military-exercises", "supports", 0, "2022-01-30"),
 ("And our generals should be talking to theirs every week, not only when a crisis is already under way.", "robert-dunmore", 1, "Robert L. Dunmore", "resume-military-dialogue", "supports", 0, "2022-01-30"),
 ("Nobody in Moscow expects you to say yes to everything. They want to see how far you can bend.", "russia", 0, "A Russian diplomat", "", "", 1, ""),
 ("The first step has to be Putin’s: pull them back.", "robert-dunmore", 1, "Robert L. Dunmore", "russia-de-escalation", "supports", 0, "2022-01-30"),
]
L["dod-2022-01-24-kirby-press-briefing"] = [
 ("What we want to see is for Moscow to de-escalate, to pull those forces back, and to engage in good faith on the diplomatic path that's still open.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("The notion that we would roll the alliance's posture back to where it was in 1997 is a non-starter.", "john-kirby", 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, "2022-01-24"),
 ("Reciprocal limits on the size and scope of military exercises is one of them.", "john-kirby", 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, "2022-01-24"),
 ("Where intermediate-range missiles can be placed in Europe is another.", "john-kirby", 1, "MR. KIRBY", "no-intermediate-range-missiles", "mentions", 1, "2022-01-24"),
 ("But we believe lines of communication between our two militaries matter, particularly at a time of tension like this one, and we want them used, not just kept on the shelf.", "john-kirby", 1, "MR. KIRBY", "resume-military-dialogue", "supports", 1, "2022-01-24"),
 ("NATO's door is open, and it's going to stay open.", "john-kirby", 1, "MR. KIRBY", "nato-open-door", "supports", 1, "2022-01-24"),
 ("Whether Ukraine joins the alliance is a decision for Ukraine and for the 30 allies to make.", "john-kirby", 1, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 ("The security assistance we provide to Ukraine is defensive in nature, and it's a sovereign decision between two sovereign nations.", "john-kirby", 1, "MR. KIRBY", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-24"),
 ("I'd refer you to the Navy for the details, because they're still collecting information. What I can tell you is the pilot ejected safely and was recovered by helicopter, and several sailors on the flight deck were injured. The incident is under investigation.", "john-kirby", 1, "MR. KIRBY", "", "", 1, "2022-01-24"),
]
L["spectator-2022-01-21-korcok-nato-1997"] = [
 ("Slovakia will not be a bargaining chip in negotiations between Moscow and Washington, Foreign Affairs Minister Ivan Korčok said on Friday, after the Russian Foreign Ministry specified earlier in the day that its demand for NATO to withdraw foreign forces from the countries that joined the alliance after 1997 covered Bulgaria and Romania too.", "ivan-korcok", 1, "Ivan Korčok", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Slovakia will not be a bargaining chip in negotiations between Moscow and Washington, Foreign Affairs Minister Ivan Korčok said on Friday, after the Russian Foreign Ministry specified earlier in the day that its demand for NATO to withdraw foreign forces from the countries that joined the alliance after 1997 covered Bulgaria and Romania too.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Nobody in Moscow will decide which allied troops can be present on Slovak territory. The idea that the alliance should go back to the situation of 1997 is simply unacceptable for us,", "ivan-korcok", 1, "Korčok", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("Defence Minister Jaroslav Naď said the real source of tension was the more than 100,000 Russian soldiers deployed around Ukraine, and that it was up to Moscow to pull them back.", "jaroslav-nad", 1, "Jaroslav Naď", "russia-de-escalation", "supports", 0, ""),
 ("There will be no permanent American base in Slovakia, and there has never been such a plan. The agreement is about modernising two of our airports, Sliač and Kuchyňa, with American money,", "jaroslav-nad", 1, "he", "", "", 1, ""),
 ("selling Slovakia's sovereignty to the Americans for a few runways", "robert-fico", 1, "Robert Fico", "", "", 1, "2022-01-20"),
 ("Moscow wants a veto over who can join NATO and where its soldiers can stand. Slovakia cannot give Russia that veto, not over Ukraine and not over ourselves,", "peter-hrnciar", 1, "Peter Hrnčiar", "nato-open-door", "supports", 1, ""),
 ("Moscow wants a veto over who can join NATO and where its soldiers can stand. Slovakia cannot give Russia that veto, not over Ukraine and not over ourselves,", "peter-hrnciar", 1, "Peter Hrnčiar", "no-ukraine-membership", "rejects", 1, ""),
 ("In Brussels, a senior EU official said that the bloc would not accept any European security arrangement that gave Russia a say over the alliance choices of its neighbours, and that EU foreign ministers would discuss the crisis on Monday.", "european-union", 0, "a senior EU official", "nato-open-door", "supports", 0, ""),
 ("A legally binding end to NATO enlargement was something no allied government could sign, she said, and Moscow knew that perfectly well.", "zuzana-bodova", 1, "she", "nato-non-expansion", "mentions", 0, ""),
 ("A legally binding end to NATO enlargement was something no allied government could sign, she said, and Moscow knew that perfectly well.", "zuzana-bodova", 1, "she", "written-legal-guarantees", "mentions", 0, ""),
 ("The danger for Slovakia is not that the Americans will sell us out in Geneva. The danger is that we start to doubt ourselves,", "zuzana-bodova", 1, "she", "", "", 1, ""),
]
L["ukrinform-2022-02-03-dzhaparova-interview"] = [
 ("Yes, and this is very important for us. Our American partners showed us the text before it was delivered, and Minister Kuleba said publicly that Ukraine had no objections to it. The principle “nothing about Ukraine without Ukraine” has been respected, and we are grateful for that.", "emine-dzhaparova", 1, "Dzhaparova", "", "", 1, "2022-02-02"),
 ("No. Our course towards membership in NATO is written into the Constitution, and no government in Kyiv can trade it away. Russia is not a party to the relationship between Ukraine and the Alliance, so it cannot have a veto over it.", "emine-dzhaparova", 1, "Dzhaparova", "no-ukraine-membership", "rejects", 1, "2022-02-02"),
 ("No. Our course towards membership in NATO is written into the Constitution, and no government in Kyiv can trade it away. Russia is not a party to the relationship between Ukraine and the Alliance, so it cannot have a veto over it.", "emine-dzhaparova", 1, "Dzhaparova", "nato-open-door", "supports", 1, "2022-02-02"),
 ("The Bucharest declaration says clearly that Ukraine and Georgia will become members. Russia wants the Allies to disown their own words, and it must not get that. I was in Brussels last week and I heard the same thing from every delegation: Bucharest stands.", "emine-dzhaparova", 1, "Dzhaparova", "rescind-bucharest-2008", "rejects", 1, "2022-02-02"),
 ("Javelins and Stingers do not threaten anyone who does not cross our border. Our cooperation with partners, including joint exercises and training missions, is our sovereign right, and we will not ask Moscow's permission for it.", "emine-dzhaparova", 1, "Dzhaparova", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-02"),
 ("It is very simple: withdraw the troops. More than 120,000 Russian soldiers are near our borders and in occupied Crimea. De-escalation is the only real security guarantee in Europe today, and our partners must keep saying it, every day and at every level.", "emine-dzhaparova", 1, "Dzhaparova", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("The occupation of Crimea in 2014 is where all of this began. We are already preparing the second summit of the Crimea Platform for this year, and we will not let the world forget about the peninsula or about the Crimean Tatars who are in Russian prisons for their views.", "emine-dzhaparova", 1, "Dzhaparova", "", "", 1, "2022-02-02"),
 ("We did not, and we did not expect to. Russia quotes the Istanbul and Astana documents selectively. It remembers indivisible security and forgets the right of every state to choose its alliances, which stands in the same paragraph.", "emine-dzhaparova", 1, "Dzhaparova", "nato-open-door", "supports", 1, "2022-02-02"),
]
L["scrf-patrushev-meeting-military-political-situation-europe"] = [
 ("As President of the Russian Federation Vladimir Putin noted on 1 February, Russia's fundamental concerns, namely preventing NATO expansion, refusing to deploy strike weapon systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997, were ignored in these responses.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("As President of the Russian Federation Vladimir Putin noted on 1 February, Russia's fundamental concerns, namely preventing NATO expansion, refusing to deploy strike weapon systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997, were ignored in these responses.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("As President of the Russian Federation Vladimir Putin noted on 1 February, Russia's fundamental concerns, namely preventing NATO expansion, refusing to deploy strike weapon systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997, were ignored in these responses.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("The American side is ready to discuss what is convenient for it. But the main question, the guarantee that NATO will not advance further to the east and that Ukraine will not be drawn into the Alliance, remains without an answer.", "nikolai-patrushev", 1, "Nikolai Patrushev", "nato-non-expansion", "supports", 1, "2022-02-02"),
 ("The American side is ready to discuss what is convenient for it. But the main question, the guarantee that NATO will not advance further to the east and that Ukraine will not be drawn into the Alliance, remains without an answer.", "nikolai-patrushev", 1, "Nikolai Patrushev", "no-ukraine-membership", "supports", 1, "2022-02-02"),
 ("Security cannot be strengthened at the expense of the security of others. Russia needs not promises but legally binding guarantees fixed on paper,", "nikolai-patrushev", 1, "the Secretary of the Security Council", "written-legal-guarantees", "supports", 1, "2022-02-02"),
 ("He drew attention to the growing military development of Ukrainian territory by NATO countries, the deliveries of weapons and the presence of Western instructors, which, in his words, pose a direct threat to the security of the Russian Federation.", "nikolai-patrushev", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-02-02"),
 ("Nikolai Patrushev noted that Russia remained open to dialogue, including the restoration of regular contacts between the military departments of Russia and the United States, but would not allow negotiations to be used to drag out time.", "nikolai-patrushev", 1, "Nikolai Patrushev", "resume-military-dialogue", "supports", 0, "2022-02-02"),
 ("The Security Council Secretary described as unacceptable the demands of Western countries that Russia withdraw its troops from its own territory as a precondition for continuing the talks.", "nikolai-patrushev", 1, "The Security Council Secretary", "no-preconditions", "supports", 0, "2022-02-02"),
 ("The Security Council Secretary described as unacceptable the demands of Western countries that Russia withdraw its troops from its own territory as a precondition for continuing the talks.", "nikolai-patrushev", 1, "The Security Council Secretary", "russia-de-escalation", "rejects", 0, "2022-02-02"),
 ("a coordinated information campaign about an imminent Russian invasion that does not exist", "alexander-venediktov", 1, "Alexander Venediktov", "", "", 1, "2022-02-02"),
]

write_gold(L, "articles-38", "gold-38")
