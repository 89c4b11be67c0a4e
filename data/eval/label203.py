#!/usr/bin/env python3
"""Writes the held-out gold of batch 203 (gold-203/*.nq) from the labels below.

Batch 203 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-02-01-putin-says-west-ignored-key-demands: AP wire story from Moscow
  (no front matter, byline and date line, curly quotes) on Putin's first public
  reaction to the written answers; quotations interrupted by "Putin said", a
  quotation continued after "there, he said", Moscow's demands named in passing
  inside Putin's and the U.S./NATO sentences, a UN Security Council aside dated
  "Monday", an analyst listing the demands, the 2008 Bucharest background.
- euronews-2022-01-21-blinken-lavrov-geneva-answers-in-writing: Euronews report
  (front matter, "By Euronews with AP, AFP", photo caption, READ MORE link lines,
  a crosshead) on Blinken-Lavrov in Geneva; "answers in writing" that are not the
  demand for written legal guarantees, the Foreign Ministry's 1997 clarification
  quoted over two sentences, Romania and Bulgaria answering it, Sherman and
  Ryabkov from 10 January, an analyst whose quote attributes the package to Moscow.
- ukrinform-2022-01-27-kuleba-no-objections-us-response: Ukrinform report
  (front matter, translated-English turns of phrase, "Read also" lines, "As
  Ukrinform reported") quoting Kuleba and an invented MP; Russia's demands named
  inside their sentences, a December background paragraph in the agency's voice.
- white-house-2022-01-26-press-briefing-psaki: White House press briefing
  transcript (UTF-8 BOM, CRLF, no front matter) with "Q" questions and "MS. PSAKI:"
  answers; every answer paragraph is a quotation, the questions name Russian
  demands that get no label, offers to discuss (mentions) against principles.
- tass-2022-01-29-grushko-interview-nato-response: TASS interview with Grushko
  (front matter, standfirst, "MOSCOW, January 29. /TASS/." line, em-dash Q&A,
  multi-paragraph answers whose later paragraphs carry no dash); Grushko's answers
  cover many demands, with 1990/1999/2008/2014 history inside his own answers.
- novaya-gazeta-2022-02-02-the-answer-nobody-wanted: Novaya Gazeta commentary
  translated into English (no front matter, date "02.02.2022", « » quotes,
  "yesterday", "today", "On Monday"); El Pais document wording quoted (not
  labelled), the columnist's own voice (not labelled), Moscow's position stated
  by the columnist, two invented experts, Baker/Founding Act/Bucharest history.
- politico-europe-2022-01-27-brussels-playbook-answers-on-paper: Politico Europe
  Brussels Playbook section (front matter, capitalised run-in heads, "told
  Playbook", reading list); Blinken and Stoltenberg from the day before, NATO's
  offer reported "per Stoltenberg", an invented MEP with diacritics in her name,
  an invented think-tank director, German helmets as a distraction.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations:
the evidence is the words between the marks (punctuation inside kept), direct 1; a
quotation interrupted by "X said" is two spans; one running over two sentences is one
span. In Q/A interviews and transcripts each paragraph of an answer is one direct
quotation (without the dash or speaker label); questions and the host get no label.
Reported speech: the whole sentence (dateline excluded), direct 0. Stance by the
speaker's own position; mentions when the speaker only reports a demand, asks about it
or offers to discuss it. A direct quotation of six or more words about none of the
demands gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words quoted
from documents, headlines, crossheads, standfirsts, captions and link lines are not
labelled. A demand attributed in passing to Moscow inside another speaker's sentence is
also Russia's label (speaker russia, not a person, supports; undated when no day is
given). Dates are the day the words were said, resolved against the publication date;
"" when the text gives no day. Analysts and experts (independent people) speak for
themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".

Writer's notes on judgement calls: the Russia-in-passing labels are direct 0 even when
the attribution sits inside someone else's quotation; a statement of Moscow's position
in the journalist's or columnist's own voice ("Russia published draft agreements ...
demanding", "It wants a signature under a promise") is labelled as Russia's; the
columnist's own opinions and the contents of the leaked documents are not. A day given
for an event earlier in the same paragraph dates the statements made at that event.
Transcript and interview answers are dated by the briefing / publication day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-02-01"
S = "Speaking at a news conference after talks with Hungarian Prime Minister Viktor Orbán, Putin said the written replies that Washington and NATO delivered last week did not address what Moscow regards as the three pillars of its proposals: a halt to the alliance’s eastward march, a pledge not to station offensive weapons close to Russia’s frontiers and a pullback of NATO forces and hardware to the positions they held in 1997."
U = "The U.S. and NATO have firmly rejected Moscow’s demand for a pledge that Ukraine will never be admitted to the alliance, saying that any country that meets the criteria is free to apply."
K = "He repeated the core demands — no more enlargement, no strike weapons on Russia’s doorstep, NATO back to its 1997 lines — but he left himself room to bargain over intermediate-range missiles and military drills."
L["ap-2022-02-01-putin-says-west-ignored-key-demands"] = [
 (S, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (S, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (S, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 (S, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (S, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are carefully analyzing the answers we received from the United States and NATO on Jan. 26,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("But it’s already clear that the fundamental Russian concerns have turned out to be ignored.", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (U, "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, ""),
 (U, "united-states", 0, "The U.S.", "nato-open-door", "supports", 0, ""),
 (U, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, ""),
 (U, "nato", 0, "NATO", "nato-open-door", "supports", 0, ""),
 (U, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Putin zeroed in on that refusal, arguing that Ukraine’s membership in NATO would pose a direct threat to Russia because Kyiv’s official strategy envisages the return of Crimea, which Moscow annexed in 2014, by force if necessary.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to fight against the NATO bloc? Has anyone given any thought to that? Apparently not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("He said the U.S. and its allies keep citing the right of every nation to freely choose its alliances while ignoring their own pledge, made at summits of the Organization for Security and Cooperation in Europe in 1999 and 2010, not to strengthen their security at the expense of others.", "vladimir-putin", 1, "He", "nato-open-door", "rejects", 0, D),
 ("I hope that in the end we will find a solution, although we realize it is not going to be simple,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("I am convinced that a deal which ensures peace and also takes Russia’s security concerns into account is possible,", "viktor-orban", 1, "he", "", "", 1, D),
 ("According to the State Department, Blinken urged Russia to pull its troops and equipment back from Ukraine’s borders immediately and said Washington remained ready to continue a substantive exchange with Moscow.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("At a heated session of the U.N. Security Council on Monday, U.S. Ambassador Linda Thomas-Greenfield urged Moscow to pull back its forces and “return to the path of diplomacy,” while Russian envoy Vasily Nebenzia accused the U.S. of whipping up hysteria and meddling in Ukraine’s internal affairs.", "linda-thomas-greenfield", 1, "Linda Thomas-Greenfield", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("vital that Russia steps back and chooses the path of diplomacy.", "boris-johnson", 1, "Boris Johnson", "russia-de-escalation", "supports", 1, D),
 ("Putin was careful not to declare the talks dead,", "yulia-krivonosova", 1, "Yulia Krivonosova", "", "", 1, ""),
 (K, "yulia-krivonosova", 1, "Yulia Krivonosova", "nato-non-expansion", "mentions", 1, ""),
 (K, "yulia-krivonosova", 1, "Yulia Krivonosova", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (K, "yulia-krivonosova", 1, "Yulia Krivonosova", "rollback-to-1997", "mentions", 1, ""),
 (K, "yulia-krivonosova", 1, "Yulia Krivonosova", "no-intermediate-range-missiles", "mentions", 1, ""),
 (K, "yulia-krivonosova", 1, "Yulia Krivonosova", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-01-21"
B = "He said he had told Lavrov that Washington was ready to look at Moscow's worries about missile deployments in Europe and about the size and proximity of military exercises, on a reciprocal basis, but that some of the Kremlin's demands were simply off the table."
V = "Lavrov said he had reminded Blinken that NATO must stop moving eastwards and that Washington and its allies must provide guarantees that are legally binding, not verbal promises, that Ukraine will not be pulled into the alliance."
M = "We are talking about the withdrawal of foreign forces, equipment and armaments, as well as other steps to return to the configuration of 1997 in the countries that were not members of NATO at that time. This includes Bulgaria and Romania."
A = "Moscow has framed everything as a package — no further enlargement, no offensive weapons on its doorstep, no foreign troops east of the old line — precisely so that Washington cannot cherry-pick the parts it likes,"
L["euronews-2022-01-21-blinken-lavrov-geneva-answers-in-writing"] = [
 ("We didn't expect any breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("But I believe we are now on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (B, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (B, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (B, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (B, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("There are core principles that we are committed to uphold, including the right of every country to decide its own future and its own alliances. That is not up for negotiation,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He repeated Washington's call for Russia to de-escalate by pulling back the forces it has deployed along Ukraine's borders, and warned that any incursion would be met with a \"swift, severe and united\" response.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, D),
 (V, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (V, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 (V, "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, D),
 ("We have never threatened the Ukrainian people and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "the Russian minister", "", "", 1, D),
 ("Earlier on Friday, the Russian Foreign Ministry spelled out what it meant by its call for NATO to return to its 1997 posture, saying the alliance should take foreign troops and weapons out of the countries that joined after that date.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 (M, "russian-foreign-ministry", 0, "the ministry", "rollback-to-1997", "supports", 1, D),
 ("Romania on Friday called the demand \"unacceptable\" and said it could not be part of any negotiation.", "romania", 0, "Romania", "rollback-to-1997", "rejects", 0, D),
 ("In Sofia, Bulgarian Prime Minister Kiril Petkov said on Friday that only Bulgaria and its allies would decide how the country's defence was organised and which NATO troops were stationed on its soil.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, D),
 ("not allow anyone to slam closed NATO's open door policy", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (A, "ana-lucia-mendivil", 1, "Ana Lucía Mendívil", "nato-non-expansion", "mentions", 1, ""),
 (A, "ana-lucia-mendivil", 1, "Ana Lucía Mendívil", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (A, "ana-lucia-mendivil", 1, "Ana Lucía Mendívil", "rollback-to-1997", "mentions", 1, ""),
 (A, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (A, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (A, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The danger is that a reply which says yes to the small things and no to the big ones will be read in Moscow as a no,", "ana-lucia-mendivil", 1, "she", "", "", 1, ""),
 ("There can be no discussion about European security without the Europeans at the table,", "josep-borrell", 1, "Borrell", "", "", 1, D),
]

D = "2022-01-27"
R = "The minister called the demand of the Russian side that Ukraine renounce its Euro-Atlantic course \"a road to nowhere\"."
C = "The course of Ukraine towards membership in NATO is enshrined in our Constitution, and no ultimatums of Moscow will change it,"
H = "The Kremlin wanted to return Europe to 1997 and to push NATO out of Poland, the Baltic states and Romania. It did not get it and it will not get it,"
N = "We must be realistic: medium-range missiles and the transparency of military exercises are topics on which the West can talk with Russia, and Ukraine should be at that table,"
X = "In December 2021, Russia published draft agreements with the United States and NATO, demanding in particular that the Alliance not expand further to the east, including at the expense of Ukraine, and that no strike weapons be deployed near Russian borders."
L["ukrinform-2022-01-27-kuleba-no-objections-us-response"] = [
 ("We saw the American response before it was handed over to the Russian side. There are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Most important for us is that the document firmly confirms the principle of the open door of NATO. No one, including the Russian Federation, will decide instead of Ukraine and the Allies, whether Ukraine will be a member of the Alliance,", "dmytro-kuleba", 1, "the Head of the Ukrainian MFA", "nato-open-door", "supports", 1, D),
 (R, "dmytro-kuleba", 1, "The minister", "no-ukraine-membership", "rejects", 0, D),
 (R, "russia", 0, "the Russian side", "no-ukraine-membership", "supports", 0, ""),
 (C, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (C, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("At the same time, Kuleba called on the partners to keep up pressure so that Russia withdraws its troops from the Ukrainian border and abandons its aggressive rhetoric.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 ("The fact that the meeting in Paris took place and that the parties agreed to meet again in Berlin in two weeks is a positive signal. It shows that diplomacy works,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (H, "taras-hnatyshyn", 1, "the MP", "rollback-to-1997", "rejects", 1, ""),
 (H, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (N, "taras-hnatyshyn", 1, "Hnatyshyn", "no-intermediate-range-missiles", "mentions", 1, ""),
 (N, "taras-hnatyshyn", 1, "Hnatyshyn", "limit-military-exercises", "mentions", 1, ""),
 ("He stressed that Ukraine will insist that any de-escalation mean a real withdrawal of Russian troops from our borders, not only words.", "taras-hnatyshyn", 1, "He", "russia-de-escalation", "supports", 0, ""),
 ("If Russia wants to be taken seriously, let it first take its tanks away from the borders of Kharkiv and Chernihiv regions. Then we can talk about everything else,", "taras-hnatyshyn", 1, "the deputy", "russia-de-escalation", "supports", 1, ""),
 ("U.S. Secretary of State Antony Blinken the same day stated that the document sets out a \"serious diplomatic path\" for Moscow and reaffirms the principle of the open door of NATO.", "antony-blinken", 1, "U.S. Secretary of State Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (X, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (X, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (X, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
]

D = "2022-01-26"
P = ("jen-psaki", 1, "MS. PSAKI")
W3 = "Sure, in broad strokes. It lays out a serious diplomatic path, should Russia choose it. It addresses the areas where we believe we can make progress together — arms control, including where intermediate-range missiles can and can't be based in Europe, and reciprocal transparency measures on the size and location of military exercises."
W5 = "No. NATO's door is open, and that includes Ukraine. We are not going to sign on to anyone telling Ukraine that it can never apply to join the Alliance. That's not a decision for Russia to make, and frankly it's not a decision for us alone either — it's for Ukraine and for the 30 NATO Allies."
W8 = "But let me be clear about the broader point. The idea that NATO would pull its forces back from Allies who joined after 1997 is not on the table. And if President Putin further invades Ukraine, he'll see more NATO on the eastern flank, not less — which is exactly the opposite of what Moscow says it wants."
L["white-house-2022-01-26-press-briefing-psaki"] = [
 ("Hi, everyone. Just one item at the top. As many of you saw, a short time ago Secretary Blinken confirmed that Ambassador Sullivan has delivered our written response to the Russian government in Moscow. NATO is delivering its own response in parallel, and both have been closely coordinated with our Allies and partners, and with the government of Ukraine.", *P, "", "", 1, D),
 ("We're not planning to make it public at this point. We believe diplomacy has a better chance of succeeding if we give space for confidential talks, and we'd expect the Russian side to respect that as well.", *P, "", "", 1, D),
 (W3, *P, "no-intermediate-range-missiles", "mentions", 1, D),
 (W3, *P, "limit-military-exercises", "mentions", 1, D),
 ("It also makes clear the principles we won't compromise on, including Ukraine's sovereignty and territorial integrity and the right of sovereign countries to choose their own security arrangements and alliances.", *P, "nato-open-door", "supports", 1, D),
 (W5, *P, "nato-open-door", "supports", 1, D),
 (W5, *P, "no-ukraine-membership", "rejects", 1, D),
 ("I'm not going to negotiate the form of any agreement from the podium. Some of the ideas we've put forward, like arms control, have historically been reflected in formal agreements, and we're not ruling that out. But we're a long way from that conversation.", *P, "written-legal-guarantees", "mentions", 1, D),
 ("No decision has been made about deploying those troops. They're on heightened alert so that they can move quickly to support the NATO Response Force if it's activated.", *P, "", "", 1, D),
 (W8, *P, "rollback-to-1997", "rejects", 1, D),
 (W8, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("That's one of the areas where we've said we're prepared to talk about commitments, including on offensive missile systems in Ukraine, as long as Russia is prepared to make reciprocal commitments of its own.", *P, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We have not. What we've seen is a continued buildup, including in Belarus. We continue to call on Russia to de-escalate and pull back its troops, and the best way to show it's serious about diplomacy would be to do exactly that.", *P, "russia-de-escalation", "supports", 1, D),
 ("We've seen those comments. I'll let the Russians speak for themselves. The ball is in their court now; they have our response, and we'll see how they respond.", *P, "", "", 1, D),
 ("There's no call scheduled at this point. The President has been clear that he's ready to engage directly with President Putin whenever that would be useful.", *P, "", "", 1, D),
 ("What Ned said is consistent with what we've been saying for some time: if Russia invades Ukraine, one way or another, Nord Stream 2 will not move forward.", *P, "", "", 1, D),
 ("The same principles apply. It's up to the people of Georgia to decide their future and their alliances, not Moscow.", *P, "nato-open-door", "supports", 1, D),
]

D = "2022-01-29"
G = ("alexander-grushko", 1, "Alexander Grushko")
T2 = "But I can already say that the main thing is missing. There is no answer to our key question, which is the non-expansion of NATO. The alliance once again repeats its mantra about the \"open door,\" which we consider a relic of the Cold War."
T6 = "There are elements on which one can work: intermediate-range missiles, parameters of exercises, restrictions on where warships and heavy bombers may operate. These are issues that we ourselves raised several years ago, and NATO then rejected them."
T10 = "Meanwhile, NATO conducts exercises right along our borders, and strategic bombers fly a few dozen kilometers from our airspace. That is what has to stop if we are talking about de-escalation."
L["tass-2022-01-29-grushko-interview-nato-response"] = [
 ("We have received the document, and it is being studied very carefully, including by our military colleagues. I will not go into details: NATO, unlike us, asked that the text not be made public, and we respect diplomatic practice.", *G, "", "", 1, D),
 (T2, *G, "nato-non-expansion", "supports", 1, D),
 (T2, *G, "nato-open-door", "rejects", 1, D),
 ("They quote only half of the principle. In the same documents, in Istanbul in 1999 and in Astana in 2010, it is written that states shall not strengthen their security at the expense of the security of others. One cannot take one half and throw away the other.", *G, "nato-open-door", "rejects", 1, D),
 ("If the alliance continues to drag Ukraine and Georgia into its orbit, this is a direct threat to us, and we will never agree to it. This is not a question of sympathies or antipathies, it is a question of the security of our country.", *G, "no-ukraine-membership", "supports", 1, D),
 ("The Bucharest formula, that Ukraine and Georgia \"will become members of NATO,\" is what pushed Saakashvili to his adventure in August 2008. This formula must be disavowed, it must be buried, otherwise it will continue to poison the situation in Europe.", *G, "rescind-bucharest-2008", "supports", 1, D),
 (T6, *G, "no-intermediate-range-missiles", "supports", 1, D),
 (T6, *G, "limit-military-exercises", "supports", 1, D),
 (T6, *G, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("But I want to emphasize: for us, our proposals are a package. One cannot take out the convenient parts and put the rest on the shelf.", *G, "", "", 1, D),
 ("It was not we who destroyed these channels. Military contacts between Russia and NATO were frozen by the alliance in 2014, not by us. If there is a genuine interest in reducing risks, the first step is obvious: to restore normal military-to-military contacts, including between our General Staff and the NATO Supreme Allied Commander in Europe.", *G, "resume-military-dialogue", "supports", 1, D),
 ("We move our troops on our own territory as we see fit, and no one has the right to tell us where to keep our divisions. These demands are not serious.", *G, "russia-de-escalation", "rejects", 1, D),
 (T10, *G, "limit-military-exercises", "supports", 1, D),
 (T10, *G, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We mean the configuration that existed when the Founding Act was signed. The infrastructure and forces that the alliance has moved to the territory of the new members since then must be withdrawn. This is not an ultimatum, this is a return to the balance on which European security rested.", *G, "rollback-to-1997", "supports", 1, D),
 ("No. We need legally binding guarantees. The assurances given to the Soviet leadership in 1990 turned out to be worth nothing as soon as the political situation changed. We will not repeat that mistake.", *G, "written-legal-guarantees", "supports", 1, D),
 ("Then we will respond with military-technical measures. We have said this openly, we are not bluffing. But we do not want to get to that point, and this is why we put our proposals on the table.", *G, "", "", 1, D),
 ("We are not in a hurry. First we need to understand whether the alliance is ready to discuss our proposals in substance, and not just the list of topics that is convenient for it.", *G, "", "", 1, D),
]

D = "2022-02-01"
Q2 = "We see that our three key demands were not taken into account — about the non-expansion of NATO, about the refusal to deploy strike weapons systems near Russian borders, and about the return of the military infrastructure of the bloc in Europe to the state of 1997"
RY = "On Monday, Deputy Foreign Minister Sergei Ryabkov repeated that without a legally binding renunciation of further enlargement there would be no deal."
OB = "If you read the American answer carefully, there are things which our General Staff has been asking for since 2018: limits on exercises near the borders, intermediate-range missiles, rules for the flights of bombers along the borders. In any other year this would be called a success"
OB2 = "But the Kremlin has tied everything to enlargement, and on enlargement the answer is no"
KR = "A legally binding promise not to enlarge the alliance is something which no American Senate will ratify. In Moscow they know this perfectly well. It means the demand was written so as to be refused"
L["novaya-gazeta-2022-02-02-the-answer-nobody-wanted"] = [
 ("Already now it is clear that the principled Russian concerns were ignored", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 (Q2, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 (Q2, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (Q2, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("The president once again drew a picture in which Ukraine, already a member of NATO, tries to return Crimea by force and Russia is obliged to fight the whole alliance.", "vladimir-putin", 1, "The president", "no-ukraine-membership", "supports", 0, D),
 ("I hope that in the end we will find this way out, although it is not simple", "vladimir-putin", 1, "the president", "", "", 1, D),
 ("The president has not yet determined the timing of our reaction, and nobody is going to rush here", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-02-02"),
 ("It wants a signature under a promise which nobody in Washington is able to give, and it has received instead an offer to talk about everything except the main thing.", "russia", 0, "It", "written-legal-guarantees", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Deputy Foreign Minister Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-31"),
 (RY, "sergei-ryabkov", 1, "Deputy Foreign Minister Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-31"),
 ("For us the non-expansion of NATO is an absolute imperative, and it is not a subject for any bargaining", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-31"),
 (OB, "gennady-oborin", 1, "Gennady Oborin", "limit-military-exercises", "mentions", 1, ""),
 (OB, "gennady-oborin", 1, "Gennady Oborin", "no-intermediate-range-missiles", "mentions", 1, ""),
 (OB, "gennady-oborin", 1, "Gennady Oborin", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (OB2, "gennady-oborin", 1, "Oborin", "nato-non-expansion", "mentions", 1, ""),
 (OB2, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (KR, "vladislav-kremnev", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (KR, "vladislav-kremnev", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("Each of these episodes is now cited in Moscow as proof that words are worth nothing and only a treaty counts.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-26"
PN = "What's in NATO's letter, per Stoltenberg: Reopening the two sides' offices in Moscow and Brussels; making full use of military-to-military channels to cut the risk of incidents; reciprocal briefings on exercises; and talks on arms control, including missiles in Europe."
ZP = "If the Kremlin's worries about missiles and drills are real, this reply gives it plenty to work with,"
L["politico-europe-2022-01-27-brussels-playbook-answers-on-paper"] = [
 ("a serious diplomatic path forward should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "the U.S. secretary of state", "nato-open-door", "supports", 1, D),
 ("We are ready to listen to Russia's concerns and engage in a real conversation,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("But we cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 (PN, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (PN, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 (PN, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said the alliance was proposing to restore those military channels “as soon as possible.”", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("We will not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the alliance.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 1, D),
 ("He also called on Moscow to pull back its forces from around Ukraine and to withdraw the troops it keeps in Georgia and Moldova without the consent of those countries' governments.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("if there is no constructive answer and the West continues its aggressive course, Moscow will take the necessary retaliatory measures.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
 ("Taking NATO back to 1997 would mean leaving the Baltic states without allied troops on their soil. That is not a compromise, it is capitulation,", "ilze-vitola-berzina", 1, "Ilze Vītola-Bērziņa", "rollback-to-1997", "rejects", 1, ""),
 (ZP, "marek-zawadzki-pohl", 1, "Marek Zawadzki-Pohl", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ZP, "marek-zawadzki-pohl", 1, "Marek Zawadzki-Pohl", "limit-military-exercises", "mentions", 1, ""),
 (ZP, "russia", 0, "the Kremlin", "no-intermediate-range-missiles", "supports", 0, ""),
 (ZP, "russia", 0, "the Kremlin", "limit-military-exercises", "supports", 0, ""),
 ("If this was only ever about keeping Ukraine out of NATO, then nothing on paper was going to be enough.", "marek-zawadzki-pohl", 1, "Marek Zawadzki-Pohl", "no-ukraine-membership", "mentions", 1, ""),
 ("We have been consulted, fully, and we are satisfied that the reply reflects our views,", "josep-borrell", 1, "Borrell", "", "", 1, ""),
]

write_gold(L, "articles-203", "gold-203")
