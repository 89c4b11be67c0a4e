#!/usr/bin/env python3
"""Writes the twenty-sixth held-out gold (gold-26/*.nq) from the labels below.

Batch 26 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.

Outlets and forms (seven invented but plausible articles):
- ap-2022-01-10-geneva-sherman-ryabkov: AP wire story (straight quotes).
- mid-2022-01-27-zakharova-briefing: Russian MFA briefing transcript
  (excerpts), Zakharova's opening remarks and "Question (Outlet):" /
  "Answer:" turns.
- moscowtimes-2022-01-28-putin-macron-call: a news site's rewrite of the
  Kremlin readout of the Putin-Macron call (curly and straight quotes, photo
  credit).
- state-2022-02-01-price-briefing: State Department press briefing transcript
  (MR PRICE / QUESTION); UTF-8 BOM and CRLF line ends.
- euronews-2022-01-12-explainer-russia-demands: Euronews explainer with two
  analysts, history section, share buttons, photo credit, "Read more".
- ukrnews24-2022-01-14-osce-vienna-lukashevich: machine-translated Ukrainian
  aggregator, no front matter (id = file name, date only in the dateline
  "14.01.2022 09:47"), « » quotes, site junk and related-link headlines.
- lrt-2022-01-20-zemaitis-interview: Lithuanian outlet (LRT English)
  interviewing an opposition MP.

Labelling conventions (as in the curated gold and label9.py):
- One label per (speaker, demand) a passage expresses; a passage expressing
  several demands gets one label per demand over the same evidence.
- Direct quotations: the evidence is the words between the marks (marks
  excluded, punctuation inside kept), direct 1; a quotation interrupted by
  "he said" is two spans; a quotation running over two sentences is one span.
- Reported speech: the whole sentence, direct 0. When a sentence reports a
  position and also quotes a fragment of six or more words about no demand,
  the fragment gets its own demand-less direct label.
- Stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports, describes, asks or offers to discuss (analysts
  describing Moscow's demands; offers to talk about missiles or exercises).
- A defence of the open door is nato-open-door supports; it also rejects
  no-ukraine-membership only where Ukraine (or Georgia) is named in terms.
  Refusing to pull troops back is rejects russia-de-escalation; refusing
  troop withdrawal "as a condition for talks" also supports no-preconditions.
  A demand for a written *reply* is not written-legal-guarantees.
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""). Reported speech about no
  demand gets no label. Historical background (Baker 1990, the 1997 Founding
  Act, Bucharest 2008) and words quoted from documents (the Founding Act, the
  Bucharest declaration) are not labelled; a sentence saying what Russia's
  draft asks for is a statement of Russia's, dated with the drafts' 17 Dec
  publication. Journalists' questions in transcripts, headlines, front-matter
  titles and related-link headlines are not labelled.
- Transcripts: each paragraph of an official's turn counts as one quotation
  (evidence = the paragraph without its "MR PRICE:" / "Answer:" label,
  direct 1); a paragraph that only reports what another person said (Price
  on Blinken's call) is that person's reported speech instead; a paragraph
  about none of the demands gets one demand-less label. speakerName is the
  label when it names the speaker ("MR PRICE"), otherwise the name the
  transcript gives ("Maria Zakharova").
- Speaker ids: person slugs (firstname-lastname, diacritics dropped:
  dainius-zemaitis); Moscow, the Kremlin, a Russian delegation or embassy ->
  russia; Washington -> united-states. speakerName = the words naming the
  speaker at that point, pronouns and role nouns as written.
- Dates: the day the words were said, resolved against the publication date
  (ISO); "" when the text gives no day (analysts' comments, "has repeatedly
  said", a statement without a day).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("The United States and Russia ended nearly eight hours of talks in Geneva on Monday without a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington called that demand a \"non-starter.\"", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("The United States and Russia ended nearly eight hours of talks in Geneva on Monday without a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington called that demand a \"non-starter.\"", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters after the meeting at the U.S. mission that it was \"absolutely mandatory\" for Russia that Ukraine \"never, never, never\" become a member of the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as Russia reciprocated.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as Russia reciprocated.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Sherman also said it was hard to see how real progress could be made while some 100,000 Russian troops remained massed near Ukraine, and she urged Moscow to pull them back.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We cannot accept the idea that we should withdraw forces from our own territory as a condition for these talks,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("We cannot accept the idea that we should withdraw forces from our own territory as a condition for these talks,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2022-01-10"),
 ("Both sides came in with their maximum positions, and both left with them intact,", "lauren-whitcombe", 1, "Lauren Whitcombe", "", "", 1, ""),
 ("Nobody should expect the next round to look very different.", "lauren-whitcombe", 1, "Lauren Whitcombe", "", "", 1, ""),
]

L["mid-2022-01-27-zakharova-briefing"] = [
 ("As you know, yesterday US Ambassador John Sullivan handed over the American response to our draft treaty to Deputy Foreign Minister Alexander Grushko, and the NATO reply arrived later in the evening. The texts are being studied carefully. The President has been informed, and our conclusions will be announced in due course.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
 ("I can already say one thing. Our position has not changed and has been set out many times: NATO must not move further east, and strike weapons that threaten our country must not be deployed near Russian borders. On these main questions we do not see a positive reaction.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("I can already say one thing. Our position has not changed and has been set out many times: NATO must not move further east, and strike weapons that threaten our country must not be deployed near Russian borders. On these main questions we do not see a positive reaction.", "maria-zakharova", 1, "Maria Zakharova", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Let me remind you that in Istanbul in 1999 and in Astana in 2010 all OSCE states, including the United States, signed up to the principle that no one may strengthen their own security at the expense of the security of others. Our Western colleagues cannot keep pulling out of this package only the freedom to choose alliances and forget the rest.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We have said many times that we are ready to talk about intermediate-range missiles and about transparency of military exercises. But not separately and not instead of the main thing. A package is a package.", "maria-zakharova", 1, "Maria Zakharova", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("We have said many times that we are ready to talk about intermediate-range missiles and about transparency of military exercises. But not separately and not instead of the main thing. A package is a package.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("Kiev can say whatever it likes. Ukraine joining NATO is a red line for Russia, and we wrote this in black and white in our drafts. Those who keep repeating such slogans are only raising the temperature.", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("Russian troops are on Russian territory, and where they are deployed is our sovereign business. We are not going to take orders on this from anyone. It is the United States and Britain that are flooding Ukraine with weapons and instructors, and that is what has to stop.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Russian troops are on Russian territory, and where they are deployed is our sovereign business. We are not going to take orders on this from anyone. It is the United States and Britain that are flooding Ukraine with weapons and instructors, and that is what has to stop.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("This is not a decision we take alone. Diplomacy still has rules, even if some of our partners prefer to leak everything to the newspapers before the ink is dry.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
 ("This formula was a provocation from the very beginning, and it has to be disavowed once and for all. As long as it stays on paper, there will be people in Kiev and Tbilisi who count on it.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("Soon. The minister will explain everything himself.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
]

L["moscowtimes-2022-01-28-putin-macron-call"] = [
 ("According to the Kremlin's readout of the call, Putin singled out three issues that Washington and Brussels had ignored: preventing further NATO expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the alliance's military capabilities and infrastructure in Europe to where they stood in 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("According to the Kremlin's readout of the call, Putin singled out three issues that Washington and Brussels had ignored: preventing further NATO expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the alliance's military capabilities and infrastructure in Europe to where they stood in 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("According to the Kremlin's readout of the call, Putin singled out three issues that Washington and Brussels had ignored: preventing further NATO expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the alliance's military capabilities and infrastructure in Europe to where they stood in 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("In its own account of the hour-long conversation, the Elysee Palace said Macron had stressed the need for de-escalation and told Putin that Russian forces near Ukraine's border had to be reduced for a dialogue on European security to succeed.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("There are some elements in them that can form the basis of a conversation, but on the main issues the answers do not reassure us,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-28"),
 ("What we need are legally binding guarantees, not declarations of good intentions.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-28"),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("Putin is reducing the whole debate to three words: expansion, weapons, 1997. Everything else the Kremlin treats as a side dish,", "yevgeny-samoilov", 1, "Samoilov", "nato-non-expansion", "mentions", 1, ""),
 ("Putin is reducing the whole debate to three words: expansion, weapons, 1997. Everything else the Kremlin treats as a side dish,", "yevgeny-samoilov", 1, "Samoilov", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Putin is reducing the whole debate to three words: expansion, weapons, 1997. Everything else the Kremlin treats as a side dish,", "yevgeny-samoilov", 1, "Samoilov", "rollback-to-1997", "mentions", 1, ""),
 ("Macron can carry messages, but he cannot deliver what Moscow wants.", "yevgeny-samoilov", 1, "Samoilov", "", "", 1, ""),
]

L["state-2022-02-01-price-briefing"] = [
 ("Good afternoon, everyone. Just one item at the top, and then we'll turn to your questions.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-02-01"),
 ("The Secretary urged Russia to take immediate steps to de-escalate and to withdraw its troops and equipment from Ukraine's borders, and he underscored the United States' willingness to continue a substantive exchange with Russia on mutual security concerns.", "antony-blinken", 1, "The Secretary", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("Well, we've seen the comments, and I'd make a couple of points. First, we put forward a serious diplomatic path. The written response identifies areas where we believe we can make progress together, including arms control for intermediate-range missiles in Europe and confidence-building measures regarding military exercises and maneuvers.", "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, "2022-02-01"),
 ("Well, we've seen the comments, and I'd make a couple of points. First, we put forward a serious diplomatic path. The written response identifies areas where we believe we can make progress together, including arms control for intermediate-range missiles in Europe and confidence-building measures regarding military exercises and maneuvers.", "ned-price", 1, "MR PRICE", "limit-military-exercises", "mentions", 1, "2022-02-01"),
 ("Second, there are principles we will not compromise on. NATO's door is open and it will remain open, and we made that clear in writing as well.", "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, "2022-02-01"),
 ("We are not going to negotiate in public, but I'll say this much. We are not in a position to offer Moscow a legally binding commitment that Ukraine will never join the Alliance. That is a decision for Ukraine and for NATO's 30 members, and for no one else.", "ned-price", 1, "MR PRICE", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("We are not going to negotiate in public, but I'll say this much. We are not in a position to offer Moscow a legally binding commitment that Ukraine will never join the Alliance. That is a decision for Ukraine and for NATO's 30 members, and for no one else.", "ned-price", 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, "2022-02-01"),
 ("We are not going to negotiate in public, but I'll say this much. We are not in a position to offer Moscow a legally binding commitment that Ukraine will never join the Alliance. That is a decision for Ukraine and for NATO's 30 members, and for no one else.", "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, "2022-02-01"),
 ("We have received the letter, and we will respond as appropriate, in close coordination with our Allies and partners. What we will not do is let Moscow peel off capitals one by one.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-02-01"),
 ("No. The idea that the United States would withdraw forces from countries that have been members of this Alliance for nearly two decades is a nonstarter. If anything, we are moving in the opposite direction, as you've seen with the forces the President has placed on heightened alert.", "ned-price", 1, "MR PRICE", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 ("Our Embassy in Kyiv remains open and is continuing to function. The ordered departure applies to family members and some non-emergency staff, and we keep it under review every day.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-02-01"),
]

L["euronews-2022-01-12-explainer-russia-demands"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("He said allies had reaffirmed that every nation has the right to choose its own security arrangements, and that Russia would have no veto over whether Ukraine joins the alliance.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("He said allies had reaffirmed that every nation has the right to choose its own security arrangements, and that Russia would have no veto over whether Ukraine joins the alliance.", "jens-stoltenberg", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("Russia's delegation, led by Deputy Foreign Minister Alexander Grushko, told the allies that Moscow saw NATO's eastward expansion as a direct threat and that it had to stop, according to a statement from the Russian mission.", "russia", 0, "Russia's delegation", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("In two draft documents published on 17 December, one addressed to Washington and one to NATO, Moscow demanded that the alliance rule out membership for Ukraine and Georgia and stop all military activity in Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("In two draft documents published on 17 December, one addressed to Washington and one to NATO, Moscow demanded that the alliance rule out membership for Ukraine and Georgia and stop all military activity in Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("The draft agreement with NATO also asks members to refrain from deploying forces and weapons in any European country beyond those stationed there on 27 May 1997.", "russia", 0, "The draft agreement with NATO", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("President Vladimir Putin has repeatedly said that the West \"cheated\" Russia by expanding the alliance after the Cold War.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
 ("That is the demand which tells you this is not really a negotiating position. Moscow is asking NATO to turn fourteen members into second-class allies, and it knows nobody in the alliance will sign that,", "henrik-lindqvist", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Where there is room is on missiles. The INF Treaty is dead, and both sides have an interest in something replacing it.", "henrik-lindqvist", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Everything else in the drafts can be traded. What cannot be traded is a promise that Kyiv stays out,", "olga-lebedeva", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Nobody in Moscow expected Brussels to say yes this week.", "olga-lebedeva", 1, "she", "", "", 1, ""),
]

L["ukrnews24-2022-01-14-osce-vienna-lukashevich"] = [
 ("We must concentrate on the peaceful settlement of the conflict in Ukraine and around it, on the basis of the international law", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The expansion of NATO to the east must be stopped, and the promises given in Bucharest in 2008 to Ukraine and Georgia must be cancelled", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("The expansion of NATO to the east must be stopped, and the promises given in Bucharest in 2008 to Ukraine and Georgia must be cancelled", "alexander-lukashevich", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, "2022-01-13"),
 ("The drumbeat of war sounds loudly, and the rhetoric has become rather sharp", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("He has declared, that the USA will not discuss with Russia the question of the membership of Ukraine in NATO, and that Russia must withdraw its forces from the Ukrainian border if it really wants the diplomacy.", "michael-carpenter", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("He has declared, that the USA will not discuss with Russia the question of the membership of Ukraine in NATO, and that Russia must withdraw its forces from the Ukrainian border if it really wants the diplomacy.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("no one can decide about Ukraine without Ukraine", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "", "", 1, "2022-01-13"),
 ("The permanent representative of Ukraine at the international organizations in Vienna Yevhenii Tsymbaliuk has underlined, that «no one can decide about Ukraine without Ukraine», and the right of every state to choose the alliances is not the subject of the negotiations.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We cannot accept, that NATO moves to the east without the end. We need not the promises, but the legally binding documents", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("We cannot accept, that NATO moves to the east without the end. We need not the promises, but the legally binding documents", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Our patience has run out, we will not wait endlessly", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("The Kremlin knows, that nobody will give it the withdrawal of NATO to the borders of 1997, therefore it is the ultimatum, and not the negotiations", "taras-mykhailiuk", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
]

L["lrt-2022-01-20-zemaitis-interview"] = [
 ("Russia's demand that NATO pull its troops out of the countries that joined the alliance after 1997 would turn Lithuania back into a buffer state, an opposition member of the Seimas' national security committee has told LRT English.", "dainius-zemaitis", 1, "an opposition member of the Seimas' national security committee", "rollback-to-1997", "rejects", 0, "2022-01-19"),
 ("What Moscow is asking for is that we go back to being a grey zone. Not occupied, not formally, but with no allies on our soil and nobody obliged to come,", "dainius-zemaitis", 1, "Dainius Žemaitis", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 ("No Lithuanian government could sign that, and no NATO government should.", "dainius-zemaitis", 1, "Dainius Žemaitis", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 ("Nobody in Moscow gets to decide whether Ukraine or Georgia joins NATO, just as nobody in Moscow decided for us in 2004,", "dainius-zemaitis", 1, "Žemaitis", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Nobody in Moscow gets to decide whether Ukraine or Georgia joins NATO, just as nobody in Moscow decided for us in 2004,", "dainius-zemaitis", 1, "Žemaitis", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("I would not bet a single euro on Geneva producing anything this week,", "dainius-zemaitis", 1, "he", "", "", 1, "2022-01-19"),
 ("not accept any deal over our heads", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, "2022-01-18"),
 ("Foreign Minister Gabrielius Landsbergis said on Tuesday that Lithuania would “not accept any deal over our heads” and that NATO's open-door policy was “not up for negotiation”.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 0, "2022-01-18"),
 ("The Russian embassy in Vilnius, in a statement posted on Facebook, said Russia's proposals were aimed at restoring the military situation on the continent as it existed in 1997 and would make Europe “safer for everybody”.", "russia", 0, "The Russian embassy in Vilnius", "rollback-to-1997", "supports", 0, ""),
 ("If Moscow chooses escalation, the cost has to be clear to it in advance. Deterrence is the only language the Kremlin understands,", "dainius-zemaitis", 1, "he", "", "", 1, "2022-01-19"),
]

write_gold(L, "articles-26", "gold-26")
