#!/usr/bin/env python3
"""Writes the held-out gold of batch 245 (gold-245/*.nq) from the labels below.

Batch 245 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-russia-us-geneva-talks: AFP wire story (front matter, "Geneva (AFP) -"
  dateline, "- crosshead -" lines, bureau tag); Ryabkov quote interrupted by "he said",
  short scare quotes below six words, Peskov's and Stoltenberg's (Friday) reported speech,
  Washington rejecting in passing, a Bucharest 2008 background line, an analyst.
- the-new-york-times-2022-01-27-written-reply-analysis: NYT news analysis (front matter,
  kicker, standfirst, crossheads, "Mr."/middle initials); quotes whose demand is only in
  the context ("There is no change"), the two-pile paragraph in indirect speech over two
  sentences, Putin's 23 Dec quote, Baker 1990 and the Founding Act as background, an
  anonymous State Department official, analysts.
- tass-2022-01-14-lavrov-press-conference: TASS, machine-translated English, UTF-8 BOM and
  CRLF, no front matter ("MOSCOW, January 14. /TASS/."), « » quotes, awkward verbs
  ("told", "stated"), Lavrov arguing against the open door, rejecting de-escalation.
- kyiv-independent-2022-01-21-blinken-lavrov-geneva: Kyiv Independent (front matter,
  byline with time, "Read also:" link lines, crossheads); Blinken, Lavrov, Kuleba on
  Twitter, Zelensky, an invented MP and analyst; Moscow's demands listed in passing.
- nato-2022-01-13-stoltenberg-doorstep-brest: NATO transcript of a doorstep (no front
  matter, speaker labels, "Question [outlet]:" lines); every answer paragraph is a
  quotation, most of them about no demand; a question quoting Grushko (not labelled).
- meduza-2022-02-02-putin-answers-explainer: Meduza in English, Q&A-style explainer
  (front matter, question crossheads); Putin's three demands of 1 Feb, the drafts and
  the leaked answers paraphrased, Ryabkov on 18 Dec, Lavrov on indivisible security,
  two analysts.
- bbc-news-2022-01-12-nato-russia-council-live: BBC News live page (no front matter,
  reverse-chronological "Posted at" time stamps, summary bullets, a correspondent's
  analysis post, a history post); Grushko, Fomin, Stoltenberg, Sherman, Kuleba, Kosachev.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without
the dash or speaker label); questions and the host get no label. Reported speech: the
whole sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to discuss it. A
direct quotation of six or more words about none of the demands gets one demand-less
label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines,
crossheads, standfirsts, captions and link lines are not labelled. A demand attributed in
passing to Moscow inside another speaker's sentence is also Russia's label (speaker
russia, not a person, supports; undated when no day is given). Dates are the day the
words were said, resolved against the publication date; "" when the text gives no day.
Analysts and experts (independent people) speak for themselves and have no side: they
"support"/"reject" only when they voice the demand in their own words with a stance of
their own, else "mentions".

Writer's notes on borderline calls: a Russian official's own sentence saying what
"Moscow wants" gets no extra russia label (the official speaks for Moscow); journalists'
narration of what Moscow demands is russia's label; analysts' quotations with no anchor
to a day are undated; the draft documents and the leaked answers, when paraphrased with
their authors as actors, are labelled for their authors on the day they were delivered.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["afp-2022-01-10-russia-us-geneva-talks"] = [
 ("Russia told the United States on Monday it would settle for nothing less than a guarantee that Ukraine never joins NATO, as nearly eight hours of talks in Geneva ended without a breakthrough and with Washington insisting the alliance's door would stay open.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia told the United States on Monday it would settle for nothing less than a guarantee that Ukraine never joins NATO, as nearly eight hours of talks in Geneva ended without a breakthrough and with Washington insisting the alliance's door would stay open.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The veteran diplomat added that a temporary freeze on enlargement, an idea floated by some Western commentators in recent weeks, would not satisfy Moscow, which wants the alliance's eastward march halted for good.", "sergei-ryabkov", 1, "The veteran diplomat", "written-legal-guarantees", "supports", 0, D),
 ("The veteran diplomat added that a temporary freeze on enlargement, an idea floated by some Western commentators in recent weeks, would not satisfy Moscow, which wants the alliance's eastward march halted for good.", "sergei-ryabkov", 1, "The veteran diplomat", "nato-non-expansion", "supports", 0, D),
 ("He also said the Russian side had stressed that American and allied forces should not be stationed in countries that joined NATO after 1997, a demand Washington has called a non-starter.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("He also said the Russian side had stressed that American and allied forces should not be stationed in countries that joined NATO after 1997, a demand Washington has called a non-starter.", "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("The American side has taken our proposals seriously and studied them in depth, but I cannot say there is any convergence on the key points,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was ready to explore reciprocal limits on the size and scope of military exercises and a possible new understanding on where missiles could be placed in Europe, provided Russia pulled its forces back.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the United States was ready to explore reciprocal limits on the size and scope of military exercises and a possible new understanding on where missiles could be placed in Europe, provided Russia pulled its forces back.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was ready to explore reciprocal limits on the size and scope of military exercises and a possible new understanding on where missiles could be placed in Europe, provided Russia pulled its forces back.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("These are areas where we can make progress, but only in a context of de-escalation rather than escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("It is hard to see how you can have constructive diplomacy with a gun pointed at Ukraine's head.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Spokesman Dmitry Peskov told reporters in Moscow that Russia would judge the talks by whether they produced \"concrete results\", adding that Moscow's opposition to any further expansion of the alliance was well known.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("Moscow also wants the alliance to stop deploying weapons capable of striking Russian territory in neighbouring countries.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Russia has put maximalist demands on the table knowing full well that the core of them is unacceptable to Washington,", "katarzyna-zielinska-hart", 1, "Katarzyna Zielińska-Hart", "", "", 1, ""),
 ("The real question is whether there is a smaller package -- intermediate-range missiles, exercises, risk reduction -- that both sides can live with,", "katarzyna-zielinska-hart", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The real question is whether there is a smaller package -- intermediate-range missiles, exercises, risk reduction -- that both sides can live with,", "katarzyna-zielinska-hart", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("Foreign Minister Dmytro Kuleba said in Kyiv that he had spoken to Secretary of State Antony Blinken before the talks and had been assured that Washington would not trade away his country's right to choose its own alliances.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("Foreign Minister Dmytro Kuleba said in Kyiv that he had spoken to Secretary of State Antony Blinken before the talks and had been assured that Washington would not trade away his country's right to choose its own alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("Nobody can veto Ukraine's aspirations, and nobody will decide our future for us,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("NATO Secretary-General Jens Stoltenberg said on Friday he hoped the council could agree a way forward, but warned that allies would not \"compromise on core principles\", including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-07"),
]

W, T = "2022-01-26", "2022-01-27"
NYT_PILE1 = "In one are the items the United States was prepared to discuss even before the crisis: limits on where intermediate-range missiles can be based, now that the 1987 treaty banning them is dead; notifications and caps on snap drills; and the restoration of channels between militaries that have barely spoken since 2014."
NYT_PILE2 = "In the other pile are the demands that, in the view of the Biden administration, would rewrite the settlement that ended the Cold War: a legally binding ban on further enlargement, and the pullback of allied troops and equipment from the Baltic States, Poland and Romania to where they stood in 1997."
NYT_NO = "But on the point that Moscow has placed at the center of the crisis — a promise that NATO will take in no more members, Ukraine above all — the answer was a flat no."
L["the-new-york-times-2022-01-27-written-reply-analysis"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, W),
 (NYT_NO, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (NYT_NO, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (NYT_NO, "united-states", 0, "the answer", "nato-non-expansion", "rejects", 0, W),
 (NYT_NO, "united-states", 0, "the answer", "no-ukraine-membership", "rejects", 0, W),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Mr. Blinken", "nato-open-door", "supports", 1, W),
 ("He said the document also offered what he called \"reciprocal transparency measures\" regarding force posture in Ukraine, as well as ideas on arms control for missiles in Europe and on confidence-building steps around military exercises.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, W),
 ("He said the document also offered what he called \"reciprocal transparency measures\" regarding force posture in Ukraine, as well as ideas on arms control for missiles in Europe and on confidence-building steps around military exercises.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, W),
 ("a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "he", "", "", 1, T),
 ("There is no positive response on the main question,", "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, T),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, T),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Mr. Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 (NYT_PILE1, "united-states", 0, "Officials in Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (NYT_PILE1, "united-states", 0, "Officials in Washington", "limit-military-exercises", "mentions", 0, ""),
 (NYT_PILE1, "united-states", 0, "Officials in Washington", "resume-military-dialogue", "mentions", 0, ""),
 (NYT_PILE2, "united-states", 0, "the Biden administration", "nato-non-expansion", "rejects", 0, ""),
 (NYT_PILE2, "united-states", 0, "the Biden administration", "rollback-to-1997", "rejects", 0, ""),
 (NYT_PILE2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (NYT_PILE2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (NYT_PILE2, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We tried to make clear what is negotiable and what is not,", "us-state-department", 0, "a senior State Department official", "", "", 1, ""),
 ("Whether the Russians want to take yes for an answer on the first set is up to them.", "us-state-department", 0, "a senior State Department official", "", "", 1, ""),
 ("Its secretary general, Jens Stoltenberg, said in Brussels that the alliance had proposed reopening the offices in Moscow and Brussels that were shut last year and resuming meetings of the NATO-Russia Council, and he renewed a call for Russia to withdraw its forces from around Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, W),
 ("You promised us in the 1990s that NATO would not move an inch to the east. You cheated us shamelessly,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("Putin has asked for something no American president could give him, and he knew it when he asked,", "fiona-adebayo-lund", 1, "Fiona Adebayo-Lund", "", "", 1, ""),
 ("The open question is whether he wants a face-saving arms-control deal or a pretext.", "fiona-adebayo-lund", 1, "Fiona Adebayo-Lund", "", "", 1, ""),
 ("the one thing on the table that could genuinely change Russia's threat perception,", "mikhail-troitsky-vance", 1, "Mikhail Troitsky-Vance", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Whether they choose the path of diplomacy and dialogue or decide to renew aggression against Ukraine, we're prepared,", "antony-blinken", 1, "he", "", "", 1, ""),
 ("The United States has shown that there will be no decisions about Ukraine without Ukraine,", "volodymyr-zelensky", 1, "he", "", "", 1, W),
]

F = "2022-01-14"
L["tass-2022-01-14-lavrov-press-conference"] = [
 ("We are waiting for a written answer, and we expect that it will be concrete, article by article, on our draft texts", "sergei-lavrov", 1, "the minister", "", "", 1, F),
 ("We have run out of patience.", "sergei-lavrov", 1, "the minister", "", "", 1, F),
 ("The key is that the main point of our proposals is non-expansion of NATO to the East and non-deployment of strike weapons systems near our borders, which pose threat to the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, F),
 ("The key is that the main point of our proposals is non-expansion of NATO to the East and non-deployment of strike weapons systems near our borders, which pose threat to the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, F),
 ("Without this, there can be no talks about anything else.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, F),
 ("Without this, there can be no talks about anything else.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, F),
 ("The NATO countries, the minister said, interpret these commitments selectively and insist only on the right to choose alliances.", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 0, F),
 ("They are saying that every country has the right to freely choose alliances. Yes, it is written there. But it is written in the same sentence that no one must do it to the detriment of the security of others", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, F),
 ("As the minister noted, Moscow needs legal guarantees, because the verbal promises were already broken.", "sergei-lavrov", 1, "the minister", "written-legal-guarantees", "supports", 0, F),
 ("We need the legally binding guarantees, not promises on word, we already went through this", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, F),
 ("At the same time, he positively assessed the readiness of the American side to discuss the topics of the intermediate-range and shorter-range missiles and of the military exercises.", "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "supports", 0, F),
 ("At the same time, he positively assessed the readiness of the American side to discuss the topics of the intermediate-range and shorter-range missiles and of the military exercises.", "sergei-lavrov", 1, "he", "limit-military-exercises", "supports", 0, F),
 ("These are important things, we ourselves proposed them for a long time, but they are secondary in relation to our main demand", "sergei-lavrov", 1, "the minister", "no-intermediate-range-missiles", "supports", 1, F),
 ("These are important things, we ourselves proposed them for a long time, but they are secondary in relation to our main demand", "sergei-lavrov", 1, "the minister", "limit-military-exercises", "supports", 1, F),
 ("Lavrov also commented the statements of the Western capitals that Russia should withdraw its troops from the border with Ukraine.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, F),
 ("We are moving our troops on our own territory, and no one has the right to tell us where and how to do it", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, F),
 ("According to the minister, the demand of the West for «de-escalation» is addressed to the wrong address, since it is the NATO which is carrying out the exercises near Russian borders.", "sergei-lavrov", 1, "the minister", "russia-de-escalation", "rejects", 0, F),
 ("According to the minister, the demand of the West for «de-escalation» is addressed to the wrong address, since it is the NATO which is carrying out the exercises near Russian borders.", "sergei-lavrov", 1, "the minister", "limit-military-exercises", "supports", 0, F),
 ("On the question about the possibility of the return of the NATO forces to the positions of 1997, the Foreign Minister said that Russia is waiting for the answer on this part of the draft agreement as well.", "sergei-lavrov", 1, "the Foreign Minister", "rollback-to-1997", "supports", 0, F),
 ("We want that the configuration of the alliance returns to that which was at the moment of the signing of the Russia-NATO Founding Act", "sergei-lavrov", 1, "he", "rollback-to-1997", "supports", 1, F),
 ("If they want the war, it is their choice. We do not want any war", "sergei-lavrov", 1, "the minister", "", "", 1, F),
 ("If our concerns will be ignored, we will take measures for ensuring our security, the military will propose the options to the President", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("The Ukraine must not become the member of the NATO, this is clear to everybody, including in Kiev", "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 1, F),
]

K = "2022-01-21"
KI_MP1 = "turn the clock back to 1997 and rebuild a sphere of influence."
KI_MP2 = "The Kremlin wants NATO troops out of Poland and the Baltics and wants us in a waiting room forever,"
KI_DEM = "Among other things, Moscow has demanded that NATO rule out membership for Ukraine and Georgia, refrain from any military activity on the territory of Ukraine and other post-Soviet countries outside the alliance, and withdraw its forces from countries that joined after 1997."
L["kyiv-independent-2022-01-21-blinken-lavrov-geneva"] = [
 ("U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met in Geneva on Jan. 21 for 90 minutes of talks that both sides described as frank but which produced no breakthrough on Russia's demands to keep Ukraine out of NATO.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We were clear: there are core principles that we are committed to uphold and defend, including the right of countries like Ukraine to decide their own future and their own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, K),
 ("He warned that any movement of Russian forces across Ukraine's border would be met with \"a swift, severe and united response,\" and urged the Kremlin to show that it was serious about diplomacy by pulling back its troops.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, K),
 ("If Russia wants to begin to convince the world that it has no aggressive intent, a very good place to start would be de-escalating,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, K),
 ("Lavrov, speaking separately, said Moscow was waiting for \"written answers to all of our proposals,\" and repeated that Russia's main concern was the alliance's further advance toward its borders.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, K),
 ("written answers to all of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, K),
 ("We have not received an answer on the key point — that NATO should not expand further east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, K),
 ("has never threatened the Ukrainian people.", "sergei-lavrov", 1, "He", "", "", 1, K),
 ("I am grateful to the U.S. for its firm position: there will be no deals behind Ukraine's back,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, K),
 ("Ukraine's path to NATO is our sovereign choice, and no other state can take it away.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, K),
 ("someone in another capital decides whether we can or cannot join an alliance.", "volodymyr-zelensky", 1, "He", "nato-open-door", "supports", 1, K),
 (KI_MP1, "maryna-bondarenko-vasylenko", 1, "Maryna Bondarenko-Vasylenko", "rollback-to-1997", "rejects", 1, ""),
 ("Maryna Bondarenko-Vasylenko, a lawmaker from the ruling Servant of the People party who sits on the parliament's foreign affairs committee, said Russia's December drafts were an attempt to \"turn the clock back to 1997 and rebuild a sphere of influence.\"", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (KI_MP2, "maryna-bondarenko-vasylenko", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 (KI_MP2, "maryna-bondarenko-vasylenko", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 (KI_MP2, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (KI_MP2, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Neither of those things is going to happen.", "maryna-bondarenko-vasylenko", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("Neither of those things is going to happen.", "maryna-bondarenko-vasylenko", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 (KI_DEM, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (KI_DEM, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (KI_DEM, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Americans are playing for time to prepare sanctions, and the Russians are playing for time to finish their deployments,", "volodymyr-fesenko-holub", 1, "Volodymyr Fesenko-Holub", "", "", 1, ""),
 ("For Ukraine, the most dangerous scenario is a compromise on our neutrality agreed without us.", "volodymyr-fesenko-holub", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
]

B = "2022-01-13"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
def st(ev, demand="", stance=""):
    return (ev,) + S + (demand, stance, 1, B)
L["nato-2022-01-13-stoltenberg-doorstep-brest"] = [
 st("Good morning. It is good to be here in Brest, and I thank the French Presidency for inviting me to this meeting of EU defence ministers."),
 st("Yesterday we had a long and serious meeting of the NATO-Russia Council in Brussels. It was not an easy discussion, but that is exactly why it was important. All 30 Allies spoke with one voice, and we made our positions clear to Russia."),
 st("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all Euro-Atlantic Allies and Russia sat down around the same table and engaged on substance."),
 st("Allies made it clear that we will not compromise on some core principles: the right for each nation to choose its own path, including what kind of security arrangements it wants to be part of. And NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, and no one else.", "nato-open-door", "supports"),
 st("At the same time, we are ready to sit down and discuss arms control, including on missiles, transparency on military exercises, and ways to reduce risks and avoid incidents. We also proposed to re-establish our offices in Moscow and Brussels, and Russia's mission to NATO.", "no-intermediate-range-missiles", "mentions"),
 st("At the same time, we are ready to sit down and discuss arms control, including on missiles, transparency on military exercises, and ways to reduce risks and avoid incidents. We also proposed to re-establish our offices in Moscow and Brussels, and Russia's mission to NATO.", "limit-military-exercises", "mentions"),
 st("And we call on Russia to de-escalate, to pull back its forces from the borders of Ukraine, and to engage in good faith in the process we have started.", "russia-de-escalation", "supports"),
 st("We will, of course, follow up in writing where that is useful, and we will consult closely among Allies on the next steps. But let me be very clear: there are issues on which we will not move."),
 st("Russia does not have a veto on whether Ukraine can become a NATO member. Russia has no right to establish a sphere of influence to control its neighbours. And we cannot end up in a situation where we have second-class members of NATO, where NATO as an Alliance is not allowed to protect them in the way we do today.", "nato-open-door", "supports"),
 st("Russia does not have a veto on whether Ukraine can become a NATO member. Russia has no right to establish a sphere of influence to control its neighbours. And we cannot end up in a situation where we have second-class members of NATO, where NATO as an Alliance is not allowed to protect them in the way we do today.", "rollback-to-1997", "rejects"),
 st("So the Russian demand that we withdraw our forces from the Allies that joined after 1997, from Poland, the Baltic countries and others, that is not something we can accept.", "rollback-to-1997", "rejects"),
 ("So the Russian demand that we withdraw our forces from the Allies that joined after 1997, from Poland, the Baltic countries and others, that is not something we can accept.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 st("There is a real risk for a new armed conflict in Europe. That is why we are engaging in diplomacy, and that is why we have also made clear that if Russia once again uses force against Ukraine, it will pay a high price."),
 st("We do not see any de-escalation on the ground. On the contrary, we see a continued build-up of Russian forces, with combat-ready troops, armour, artillery and electronic warfare capabilities.", "russia-de-escalation", "supports"),
 st("The European Union is a unique and essential partner for NATO. I work very closely with High Representative Borrell and with President von der Leyen, and we are coordinating closely on the economic and financial measures."),
 st("NATO and the EU complement each other. I welcome the strong message from the European Union that it stands with Ukraine and supports Ukraine's sovereignty and territorial integrity."),
 st("We are ready to discuss more transparency and notification of exercises, and we have proposed this for a long time, including through the Vienna Document in the OSCE. That should be reciprocal. But we will not accept limits that make it impossible for NATO to defend its Allies.", "limit-military-exercises", "rejects"),
]

P1 = "2022-02-01"
M_DRAFT = "Taken together, they would require the alliance to stop admitting new members, to refrain from military activity in Ukraine, the South Caucasus and Central Asia, and to pull its forces back to where they were stationed before the eastward enlargement of 1999."
M_PUT = "We did not see an adequate consideration of our three key demands regarding the prevention of NATO's expansion, the refusal to deploy strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed."
M_US = "According to the documents, the United States offered to discuss a mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, in exchange for Russian transparency at two of its own bases, as well as mutual restrictions on missile deployments and exercises."
M_OD = "On the question of NATO enlargement, both documents repeated the alliance's position on an open door."
M_MEZ = "Putin set the bar at the level of legally binding guarantees on non-expansion, which cannot be delivered by anybody,"
M_MEZ2 = "Now any compromise on missiles or exercises will look like a retreat to his own audience."
L["meduza-2022-02-02-putin-answers-explainer"] = [
 ("Russia's fundamental concerns have turned out to be ignored,", "vladimir-putin", 1, "he", "", "", 1, P1),
 (M_PUT, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, P1),
 (M_PUT, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, P1),
 (M_PUT, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, P1),
 (M_DRAFT, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (M_DRAFT, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (M_DRAFT, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("It is not a situation where they can take one element and put aside another,", "sergei-ryabkov", 1, "he", "", "", 1, "2021-12-18"),
 ("This is a comprehensive set of proposals.", "sergei-ryabkov", 1, "he", "", "", 1, "2021-12-18"),
 (M_US, "united-states", 0, "the United States", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (M_US, "united-states", 0, "the United States", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (M_OD, "united-states", 0, "both documents", "nato-open-door", "supports", 0, "2022-01-26"),
 (M_OD, "nato", 0, "the alliance", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said that principle, signed by every OSCE member in Istanbul in 1999 and Astana in 2010, cannot be reduced to the right to join alliances.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("They are trying to pull out of the whole package only one element that suits them — freedom to choose alliances,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("But that freedom is conditioned by the obligation not to harm the security of others.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("Peskov also repeated that Russia's troops were on Russian soil and would not be moved at anyone's request.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-02-02"),
 (M_MEZ, "irina-mezhuyeva-stark", 1, "Irina Mezhuyeva-Stark", "written-legal-guarantees", "mentions", 1, ""),
 (M_MEZ, "irina-mezhuyeva-stark", 1, "Irina Mezhuyeva-Stark", "nato-non-expansion", "mentions", 1, ""),
 (M_MEZ, "russia", 0, "Putin", "written-legal-guarantees", "supports", 0, ""),
 (M_MEZ, "russia", 0, "Putin", "nato-non-expansion", "supports", 0, ""),
 (M_MEZ2, "irina-mezhuyeva-stark", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (M_MEZ2, "irina-mezhuyeva-stark", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("The answers give the Kremlin something to discuss for months,", "gleb-pavlenko-ross", 1, "Pavlenko-Ross", "", "", 1, ""),
 ("Whether it wants to discuss anything is a different question.", "gleb-pavlenko-ross", 1, "Pavlenko-Ross", "", "", 1, ""),
]

C = "2022-01-12"
B_GR = "We need legally binding guarantees of non-enlargement. Without them, everything else loses its meaning,"
B_FO = "We proposed to move the exercise areas away from the line of contact and to agree on a minimum distance for ships and aircraft,"
B_ST = "He said allies had offered to hold talks on arms control, on missile deployments, and on greater transparency around military exercises, and that Russia had neither accepted nor rejected the offer."
B_ST2 = "He repeated Nato's call for Russia to reduce tensions by pulling back its troops from Ukraine's border, and said allies would not accept the withdrawal of forces from eastern members."
B_AN = "Russia wants two things that Nato cannot give: a halt to enlargement and a rollback of the forces deployed in eastern Europe since the end of the Cold War."
B_NO = "Nato officials say the alliance is willing to explore those."
L["bbc-news-2022-01-12-nato-russia-council-live"] = [
 ("is not ready to hear us", "konstantin-kosachev", 1, "Konstantin Kosachev", "", "", 1, C),
 ("If the alliance is not ready to give up its expansion, we will have to draw our own conclusions and ensure our security by other means,", "konstantin-kosachev", 1, "he", "nato-non-expansion", "supports", 1, C),
 ("Allies have once again confirmed that Russia has no say in Ukraine's relations with Nato,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, C),
 ("We are grateful for this unity.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, C),
 (B_GR, "alexander-grushko", 1, "Mr Grushko", "written-legal-guarantees", "supports", 1, C),
 (B_GR, "alexander-grushko", 1, "Mr Grushko", "nato-non-expansion", "supports", 1, C),
 ("He said Russia had also made clear that Nato should halt all military co-operation with Ukraine, Georgia and other former Soviet states that are not members of the alliance - including the training missions and weapons supplies.", "alexander-grushko", 1, "He", "no-military-activity-ex-soviet", "supports", 0, C),
 ("Deputy Defence Minister Alexander Fomin, who also attended the meeting, accused Nato of turning Ukraine into a \"bridgehead\" and said the alliance was holding exercises of increasing scale close to Russian borders.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, C),
 (B_FO, "alexander-fomin", 1, "Mr Fomin", "limit-military-exercises", "supports", 1, C),
 (B_FO, "alexander-fomin", 1, "Mr Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, C),
 ("No one will deny Ukraine's right to decide for itself whether it wants to join Nato or not, and Nato's door remains open,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, C),
 (B_ST, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, C),
 (B_ST, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, C),
 (B_ST2, "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, C),
 (B_ST2, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, C),
 (B_AN, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (B_AN, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (B_NO, "nato", 0, "Nato officials", "no-intermediate-range-missiles", "mentions", 0, C),
 (B_NO, "nato", 0, "Nato officials", "limit-military-exercises", "mentions", 0, C),
 ("Russia's delegation did not commit to de-escalation, nor did they say they would not. It is now up to Russia to decide,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, C),
 ("We are here to engage in a real dialogue, and we are prepared to listen,", "jens-stoltenberg", 1, "he", "", "", 1, C),
 ("Moscow has massed an estimated 100,000 troops near the Ukrainian border and has demanded that Nato stop all eastward expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

write_gold(L, "articles-245", "gold-245")
