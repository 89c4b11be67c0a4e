#!/usr/bin/env python3
"""Writes the held-out gold of batch 233 (gold-233/*.nq) from the labels below.

Batch 233 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-27-written-answers-analysis: Washington Post news
  analysis (front matter, curly quotes, caption, "[Read: ...]" link, crossheads);
  Baker-Gorbachev 1990 / Founding Act / Bucharest background, analysts who only
  mention, "Moscow asked ..." attributions inside analysts' quotes, Dec. 17 drafts.
- state-department-2022-01-11-press-briefing: State Department briefing transcript
  (MR PRICE / QUESTION labels, no front matter); every Price paragraph is a span,
  questions carry reported Russian demands but get no label, several demand-less answers.
- ria-novosti-2022-01-18-ryabkov-no-concessions: RIA Novosti machine translation
  (UTF-8 BOM, CRLF, «» quotes with "- said X", a quotation interrupted Russian-style
  "- Ryabkov stressed. -", READ ALSO line, document paraphrase not labelled).
- ukrinform-2022-01-13-kuleba-osce-week-of-talks: Ukrinform news (straight quotes,
  "Read also" links, OSCE Permanent Council, Lukashevich reported, an MP and an
  analyst whose quotes attribute demands to Moscow in passing).
- euractiv-2022-01-12-nato-russia-council-differences: Euractiv report (front matter,
  standfirst, caption, "Read more" links, crossheads, quote split around "he said",
  a quote ending mid-sentence, Borrell, an invented MEP, an anonymous diplomat).
- nezavisimaya-gazeta-2022-02-03-shestopalov-interview: Russian analyst interview
  translated, Q&A with dashes for both questions and answers; Putin quoted in «»
  inside an answer; the analyst supports some demands, rejects one, mentions others.
- sky-news-2022-01-30-kelin-heappey-ridge-interview: Sky News TV interview transcript
  (front matter, SOPHY RIDGE / ANDREI KELIN / JAMES HEAPPEY labels); multi-paragraph
  answers, host questions that name demands, short replies without labels.

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

D = "washington-post-2022-01-27-written-answers-analysis"
WP_RU = "In draft treaties made public on Dec. 17, Moscow demanded that NATO rule out admitting Ukraine and any other new members, and that the alliance pull its forces and weaponry back to where they stood in 1997, before it took in the former Warsaw Pact states of Central Europe."
WP_TW = "The administration gave the Russians a menu of things they could realistically order — missile limits, exercise notifications — and the one dish they really wanted, a promise that Ukraine never joins NATO, is simply not on it,"
WP_BL = "Blinken said the written reply laid out areas where the two sides could make progress, including reciprocal transparency over the size and timing of military exercises and possible limits on where certain missiles may be placed in Europe."
WP_LV = "The main issue, he made clear, is a halt to the alliance's march eastward — the point on which Russian officials have said for weeks that everything else depends."
WP_SK = "Moscow asked Washington to freeze Europe as it was in 1997, and Putin knew perfectly well he would not get that,"
L[D] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (WP_BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (WP_BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("It is obvious that there is no positive answer on the main issue,", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (WP_LV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (WP_LV, "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 ("We will not hurry with our assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (WP_RU, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (WP_RU, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (WP_RU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Secretary General Jens Stoltenberg said the alliance was ready to listen to Russia's concerns but would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("He also called on Moscow to immediately pull back the more than 100,000 troops it has massed near Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (WP_TW, "rebecca-tanaka-whitfield", 1, "Rebecca Tanaka-Whitfield", "no-intermediate-range-missiles", "mentions", 1, ""),
 (WP_TW, "rebecca-tanaka-whitfield", 1, "Rebecca Tanaka-Whitfield", "limit-military-exercises", "mentions", 1, ""),
 (WP_TW, "rebecca-tanaka-whitfield", 1, "Rebecca Tanaka-Whitfield", "no-ukraine-membership", "mentions", 1, ""),
 (WP_TW, "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 (WP_SK, "irina-solovyova-kent", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (WP_SK, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The question now is whether he wants an off-ramp or a pretext.", "irina-solovyova-kent", 1, "she", "", "", 1, ""),
]

D = "state-department-2022-01-11-press-briefing"
SD2 = "As you know, Deputy Secretary Sherman led our delegation to the Strategic Stability Dialogue with the Russian Federation in Geneva yesterday. The discussion was frank and forthright. We made clear to our Russian counterparts that some of their proposals are simply non-starters, including the idea that Ukraine should be barred, now and forever, from joining the Alliance. No country gets to dictate another country's alliance choices, and we will not slam shut the door that NATO has kept open since 1949."
SD2R = "We made clear to our Russian counterparts that some of their proposals are simply non-starters, including the idea that Ukraine should be barred, now and forever, from joining the Alliance."
SD3 = "At the same time, there are areas where we may be able to make progress bilaterally. We're prepared to discuss the future deployment of certain missile systems in Europe, along the lines of the old INF Treaty, and we're willing to explore reciprocal restrictions on the size and scope of military exercises. But all of that has to be reciprocal, and it has to happen in a context of de-escalation rather than escalation."
SD5 = "Well, Shaun, I'd make a couple of points. First, the notion that Ukraine's aspirations are something the United States could bargain away in a bilateral channel is simply not how we operate. Whether Ukraine joins the Alliance is a decision for Ukraine and the 30 NATO Allies – not for Russia, and not for the United States alone."
SD6 = "Second, on the form. Moscow keeps insisting on a legally binding treaty on its own terms. We've said we're willing to write down reciprocal commitments on arms control and transparency, but we are not going to sign a document that codifies a Russian veto over who may or may not join NATO."
L[D] = [
 ("Good afternoon, everyone. A couple of things at the top, and then I'm happy to take your questions.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-11"),
 (SD2, "ned-price", 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 (SD2, "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, "2022-01-11"),
 (SD2R, "russia", 0, "our Russian counterparts", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (SD3, "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, "2022-01-11"),
 (SD3, "ned-price", 1, "MR PRICE", "limit-military-exercises", "mentions", 1, "2022-01-11"),
 (SD3, "ned-price", 1, "MR PRICE", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("Tomorrow, the NATO-Russia Council will meet in Brussels, and on Thursday the OSCE Permanent Council will convene in Vienna. Nothing about Europe without Europe; nothing about Ukraine without Ukraine. That principle has guided us from the start, and it will continue to guide us.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-11"),
 (SD5, "ned-price", 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 (SD5, "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, "2022-01-11"),
 (SD6, "ned-price", 1, "MR PRICE", "written-legal-guarantees", "mentions", 1, "2022-01-11"),
 (SD6, "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, "2022-01-11"),
 (SD6, "ned-price", 1, "MR PRICE", "nato-non-expansion", "rejects", 1, "2022-01-11"),
 ("Moscow keeps insisting on a legally binding treaty on its own terms.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("I'd say that NATO never made such a promise, and the historical record bears that out. Those who want to relitigate the 1990s are welcome to spend some time in the archives.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-11"),
 ("We haven't seen it. We continue to see some 100,000 Russian troops arrayed along Ukraine's borders, with the capacity to add more on short notice. If Moscow is serious about diplomacy, the most constructive step it could take right now would be to send those forces back to their barracks.", "ned-price", 1, "MR PRICE", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("We've said for some time that the United States has no intention of deploying offensive strike missiles in Ukraine. That remains the case. And it is something we would be willing to discuss in the context of reciprocal arrangements that also address Russia's own deployments.", "ned-price", 1, "MR PRICE", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-11"),
 ("I'm not going to negotiate from the podium, Said.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-11"),
 ("I'm not going to characterize the other side's positions for them. What I'd say is that we came to Geneva prepared to listen, and we did listen. We will now consult closely with our Allies and partners before we determine next steps.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-11"),
 ("We've long believed that channels of communication between our militaries reduce the risk of miscalculation, and that's a conversation we're open to having. That has been our position for some time.", "ned-price", 1, "MR PRICE", "resume-military-dialogue", "supports", 1, "2022-01-11"),
 ("We've seen the announcement that the CSTO mission will begin to draw down. We'll be watching closely to see whether that actually happens, and we continue to call for a peaceful resolution that respects the rights of the Kazakh people.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-11"),
]

D = "ria-novosti-2022-01-18-ryabkov-no-concessions"
RQ1 = "We are not going to retreat from the principal positions, this is absolutely excluded. The non-expansion of the alliance, including to Ukraine, is for us an imperative, not a subject of the bargaining"
RG = "After the talks Ryabkov declared that Russia needs the \"iron-concrete\", legally binding guarantees that Ukraine will never-never become the member of NATO."
L[D] = [
 ("Russia will not make unilateral concessions on the key elements of its proposals for the security guarantees, first of all on the non-expansion of NATO, Deputy Minister of Foreign Affairs of Russia Sergei Ryabkov told RIA Novosti on Tuesday.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-18"),
 (RQ1, "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-18"),
 (RQ1, "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("We need not the words, not the promises of the good will. We need the legally binding guarantees, fixed on the paper,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("The verbal assurances we have already heard in the nineties, and we know what they cost", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("The deputy minister also noted that the Russian side insists on the non-deployment of the strike weapon systems near the Russian borders, which would create threat to the national security of Russia.", "sergei-ryabkov", 1, "The deputy minister", "no-strike-weapons-near-borders", "supports", 0, "2022-01-18"),
 ("In this regard, he reminded that in the draft agreement with the United States there is provision about the refusal of deployment of ground-based intermediate and shorter range missiles in the areas from which they can reach the territory of the other party.", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "supports", 0, "2022-01-18"),
 ("The American side showed the certain interest to the missile topic. But to isolate it from the package, to take only what is convenient to them, it will not work", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-18"),
 ("Answering the question about the exercises, the diplomat said that Russia is ready to discuss the measures of the mutual restraint in the military activity, but only in the complex with the main questions.", "sergei-ryabkov", 1, "the diplomat", "limit-military-exercises", "mentions", 0, "2022-01-18"),
 ("He stressed that the return of the alliance infrastructure to the positions of 1997 remains the basic element of the Russian proposals.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, ""),
 ("Everything that was placed on the territory of the new members after 1997 — the forces, the weapons, the infrastructure — must be withdrawn. It is not maximalism, this is the restoration of the balance which was destroyed", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-17"),
 ("The official representative of the Foreign Ministry Maria Zakharova, in her turn, commented on the demands of Western capitals to withdraw the Russian troops from the border with Ukraine.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "mentions", 0, ""),
 ("Russia moves its troops on its own territory, where it considers necessary. We do not intend to report to anyone, and even less to withdraw something on the demand of Washington", "maria-zakharova", 1, "Zakharova", "russia-de-escalation", "rejects", 1, ""),
 (RG, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (RG, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
]

D = "ukrinform-2022-01-13-kuleba-osce-week-of-talks"
UK1 = "Ukraine's Foreign Minister Dmytro Kuleba has said that the three rounds of talks held by Russia with the United States, NATO and the OSCE this week showed that none of Ukraine's partners is ready to accept the Kremlin's demand to close the Alliance's door to Ukraine."
UK2 = "Russia came to Geneva, to Brussels and to Vienna with an ultimatum, and it left with nothing. Not a single partner said: yes, let us promise Moscow that Ukraine will never be in NATO. This is a very important result of this week,"
UK3 = "Kuleba stressed that the decision on membership in the Alliance is a matter exclusively for Ukraine and the NATO member states, and no third country has the right of veto."
UKT = "They want the West to agree that Ukraine, Georgia, Moldova are a Russian zone, where NATO cannot even hold an exercise or open a training centre. No Ukrainian government will ever accept this, and I am glad that our partners do not accept it either,"
UKK = "The Russians asked for three things they knew they would not get: a ban on enlargement, the removal of everything NATO has built in the East since 1997, and a legally binding treaty instead of declarations. What they may get is a conversation about missiles and about notifications of exercises. The question is whether Moscow needs this conversation at all, or whether it needs a refusal,"
L[D] = [
 (UK1, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 (UK1, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (UK2, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 (UK2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The principle 'nothing about Ukraine without Ukraine' is being observed. I want to thank our partners for this,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-13"),
 (UK3, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, "2022-01-13"),
 (UK3, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("The best way to avoid war is to show Putin today the price he will pay tomorrow,", "dmytro-kuleba", 1, "the head of Ukrainian diplomacy", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Ukraine's Permanent Representative to the OSCE Yevhenii Tsymbaliuk said at the meeting that Russia must withdraw the troops it has concentrated along the Ukrainian border and in the temporarily occupied Crimea.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Instead of demanding guarantees from others, the Russian Federation should start by fulfilling its own commitments. The first step is obvious: to pull back its forces and stop the threats,", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Lukashevich also claimed that Western countries are pumping Ukraine with weapons and said that Russia cannot accept strike systems of NATO countries appearing on the territory of its neighbours.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 (UKT, "yaroslava-tkachuk", 1, "Tkachuk", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (UKT, "russia", 0, "They", "no-military-activity-ex-soviet", "supports", 0, ""),
 (UKK, "vasyl-khomenko-leshchuk", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (UKK, "vasyl-khomenko-leshchuk", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 (UKK, "vasyl-khomenko-leshchuk", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 (UKK, "vasyl-khomenko-leshchuk", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (UKK, "vasyl-khomenko-leshchuk", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (UKK, "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 (UKK, "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
 (UKK, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
]

D = "euractiv-2022-01-12-nato-russia-council-differences"
EA5 = "According to Stoltenberg, allies are ready to discuss reciprocal limits on missile deployments, greater transparency on military exercises and the reopening of communication channels between the militaries, including the restoration of NATO's and Russia's respective offices in Moscow and Brussels."
EA6 = "We are ready to sit down and to discuss arms control, including on missiles, and we are ready to look into ways to make our exercises more predictable,"
EG1 = "He said NATO's continued expansion to the east posed a direct threat to Russia and that only legally binding guarantees, not political promises, would do."
EG2 = "We told them clearly: the further expansion of the alliance must stop, and this must be fixed legally. Otherwise we will use military-technical means to neutralise the threats,"
EG3 = "The deputy minister also said NATO must stop its military activity in Ukraine and the other former Soviet republics outside the alliance, and dismantle what he called the infrastructure brought up to Russia's borders since 1997."
EB = "Borrell said the EU stood fully behind the principle that states are free to choose their alliances and insisted that Russia must pull back its troops from Ukraine's borders before any real progress could be made."
EL = "What Moscow calls 'security guarantees' is a demand that half of Europe be turned into a grey zone. If we accept that troops and weapons must leave Estonia because they arrived after 1997, we have accepted that we are second-class allies,"
EST2 = "It is for Ukraine and 30 allies to decide when Ukraine is ready for membership."
L[D] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Asked about the Russian demand that NATO formally renounce further enlargement, the NATO chief was unequivocal.", "russia", 0, "the Russian demand", "nato-non-expansion", "supports", 0, ""),
 ("No one else has anything to say, and Russia does not have a veto", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (EST2, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (EST2, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg also said allies had called on Russia to de-escalate and to refrain from what he described as aggressive rhetoric and troop movements around Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-12"),
 (EA5, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (EA5, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (EA5, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 (EA6, "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 (EA6, "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 (EG1, "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (EG1, "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 (EG2, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (EG2, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 (EG3, "alexander-grushko", 1, "The deputy minister", "no-military-activity-ex-soviet", "supports", 0, "2022-01-12"),
 (EG3, "alexander-grushko", 1, "The deputy minister", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("Fomin, for his part, accused the alliance of staging ever larger drills close to Russia's borders and said these had to be scaled back.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("We are not a spectator here. European security is being discussed, and there can be no agreement on European security without the Europeans,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-12"),
 (EB, "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, "2022-01-12"),
 (EB, "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 0, "2022-01-12"),
 (EL, "kadri-laaneots", 1, "Kadri Laaneots", "rollback-to-1997", "rejects", 1, ""),
 (EL, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

D = "nezavisimaya-gazeta-2022-02-03-shestopalov-interview"
NA1 = "As a very measured signal. He did not slam the door. He said, and I quote from memory, «it is already clear that the fundamental Russian concerns were ignored», and he listed them: no further enlargement of NATO, no strike systems near our borders, and the return of the bloc's military infrastructure to where it stood in 1997. But then he said that the dialogue would continue. For me the second part matters more than the first."
NP = "it is already clear that the fundamental Russian concerns were ignored"
NA2 = "On non-enlargement, on the strike systems and on 1997, yes, it is a refusal, and nobody in Moscow expected anything else. The Americans repeated the formula about the «open door» almost word for word. But the documents are not empty. There are things in them which ten years ago we could only dream about."
NA3 = "Missiles first of all. The Americans are ready to talk about a mutual renunciation of deploying ground-based intermediate- and shorter-range missiles in Europe, and about a verification mechanism for the Aegis Ashore sites in Romania and Poland. Frankly, I consider such an agreement both achievable and necessary, for us and for the Europeans. Without it we will return to the situation of the early eighties."
NA4 = "There is an offer of reciprocal restrictions and notifications — the size of drills, their distance from the line of contact, bombers flying near borders. This is technical work, and it is very useful. The Foreign Ministry, as far as I understand, does not want to take these elements out of the package and discuss them separately, because then the main questions simply disappear from the agenda."
NA5 = "It is an attempt to use the West's own documents — Istanbul 1999, Astana 2010 — where it is written that no state should strengthen its security at the expense of others. The Western side answers with the other half of the same sentence, about the freedom to choose alliances. Both halves are there. This argument will not be won by quotations."
NA6 = "I will be honest: I do not consider that a serious demand. The troops are on Russian territory, and to make their withdrawal a condition of talks is to put the cart before the horse. If there is progress on substance, military activity will decrease by itself."
NA7 = "Yes, and it is not discussed enough: the channels between the militaries. Since 2014 our generals and NATO's generals have practically not talked. I am convinced that regular contacts between the general staffs must be restored whatever happens with the treaties; it is the cheapest insurance against an accident over the Baltic or the Black Sea."
NA8 = "The official position has not changed: Moscow wants a document with legal force, ratified, not a declaration that can be forgotten after the next elections in Washington. Whether that is achievable is another question. My personal view is that a treaty on missiles is possible, a treaty on non-enlargement is not."
NA8R = "The official position has not changed: Moscow wants a document with legal force, ratified, not a declaration that can be forgotten after the next elections in Washington."
NA9 = "Here there is no room for manoeuvre on either side. For Moscow, Ukraine's membership in NATO is a red line; for the alliance, to say «never» publicly is impossible. The only solution I can imagine is a long informal pause that both sides describe differently. Something like this happened with Finland and Sweden for decades."
NA10 = "There will be a Russian answer to the answers, probably in writing. There will be the exercises in Belarus. And there will be a lot of nervousness. I would very much like to be wrong, but I think the most dangerous weeks are still ahead of us."
GS = ("gleb-shestopalov", 1, "Gleb Shestopalov")
def g(ev, demand, stance):
    return (ev, GS[0], GS[1], GS[2], demand, stance, 1, "2022-02-02")
L[D] = [
 g(NA1, "nato-non-expansion", "mentions"),
 g(NA1, "no-strike-weapons-near-borders", "mentions"),
 g(NA1, "rollback-to-1997", "mentions"),
 (NP, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (NP, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (NP, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, "2022-02-01"),
 g(NA2, "nato-non-expansion", "mentions"),
 g(NA2, "no-strike-weapons-near-borders", "mentions"),
 g(NA2, "rollback-to-1997", "mentions"),
 g(NA2, "nato-open-door", "mentions"),
 g(NA3, "no-intermediate-range-missiles", "supports"),
 g(NA4, "limit-military-exercises", "supports"),
 g(NA4, "no-warships-aircraft-in-strike-range", "supports"),
 g(NA5, "nato-open-door", "mentions"),
 g(NA6, "russia-de-escalation", "rejects"),
 g(NA6, "no-preconditions", "supports"),
 g(NA7, "resume-military-dialogue", "supports"),
 g(NA8, "written-legal-guarantees", "mentions"),
 g(NA8, "no-intermediate-range-missiles", "mentions"),
 g(NA8, "nato-non-expansion", "mentions"),
 (NA8R, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 g(NA9, "no-ukraine-membership", "mentions"),
 ("For Moscow, Ukraine's membership in NATO is a red line", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 g(NA10, "", ""),
]

D = "sky-news-2022-01-30-kelin-heappey-ridge-interview"
K = ("andrei-kelin", 1, "ANDREI KELIN")
H = ("james-heappey", 1, "JAMES HEAPPEY")
def k(ev, demand, stance):
    return (ev, K[0], K[1], K[2], demand, stance, 1, "2022-01-30")
def h(ev, demand, stance):
    return (ev, H[0], H[1], H[2], demand, stance, 1, "2022-01-30")
SK3 = "We are studying them, and the President will make his assessment. But I can tell you already that the main question is not answered. We asked for a simple thing: that NATO stops moving towards our borders, and that this is written in a treaty which is legally binding, not in a speech."
SK5 = "Every state has the right to choose, yes, but no state has the right to strengthen its security at the expense of another. This is also written in OSCE documents which Britain signed. And I would remind you that it was NATO, in Bucharest in 2008, that promised Ukraine and Georgia membership without asking anybody. That decision was a mistake, and it should be formally taken back."
SH4 = "Look, NATO's open door isn't up for negotiation. It's a sovereign choice for Ukraine, for Finland, for Sweden, for anyone who meets the criteria. What we've said, and what the Americans and NATO set out in writing last week, is that there are genuine things to talk about – arms control, transparency over exercises, the way our aircraft and ships operate near each other – and we're up for that conversation."
SH5 = "The British soldiers in Estonia are there because Estonia asked for them, after 2014, and they'll stay as long as Estonia wants them there. We're not going to turn the clock back to the 1990s because the Kremlin would like us to."
L[D] = [
 k("Thank you, Sophy. No, Russia is not going to attack anyone. We have said this many, many times, and I will say it again on your programme. This whole story about an imminent invasion is being manufactured in Washington and, I am sorry to say, here in London.", "", ""),
 k("Because they are on our own territory, and we are not going to take instructions on where to keep our army. Britain moves its soldiers around Salisbury Plain and nobody in Moscow demands that they go somewhere else. So no, there will be no withdrawal on request.", "russia-de-escalation", "rejects"),
 k(SK3, "nato-non-expansion", "supports"),
 k(SK3, "written-legal-guarantees", "supports"),
 k("The Americans say that the door of NATO is open for everybody. For us this is not acceptable when the door opens straight onto the Russian border.", "nato-open-door", "rejects"),
 k(SK5, "rescind-bucharest-2008", "supports"),
 k(SK5, "nato-open-door", "rejects"),
 k("Of course. Last June your destroyer Defender entered our territorial waters near Crimea. American bombers fly along our borders every week. We want an agreement that warships and aircraft will not come into areas from which they can strike the other side – and this must work both ways, for us also.", "no-warships-aircraft-in-strike-range", "supports"),
 h("Well, Sophy, I'm afraid the evidence doesn't support what the ambassador has just told you. You don't move field hospitals, blood supplies and bridging equipment to a border for an exercise. The intelligence picture is very concerning, and we think an invasion is highly likely.", "", ""),
 h("If Russia wants to show the world that it has no hostile intent, the answer is simple: de-escalate, and bring those battlegroups back to where they came from.", "russia-de-escalation", "supports"),
 h("That would be a more persuasive argument if they weren't pointing at a neighbour.", "russia-de-escalation", "supports"),
 h(SH4, "nato-open-door", "supports"),
 h(SH4, "no-ukraine-membership", "rejects"),
 h(SH4, "limit-military-exercises", "mentions"),
 h(SH4, "no-warships-aircraft-in-strike-range", "mentions"),
 h(SH5, "rollback-to-1997", "rejects"),
 ("We're not going to turn the clock back to the 1990s because the Kremlin would like us to.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
]

write_gold(L, "articles-233", "gold-233")
