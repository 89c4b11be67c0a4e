#!/usr/bin/env python3
"""Writes the held-out gold of batch 257 (gold-257/*.nq) from the labels below.

Batch 257 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-geneva-talks-ryabkov-sherman: AFP wire (front matter, "Geneva (AFP) -"
  dateline, "- crosshead -" lines, bur- sign-off); a lede with two actors, a quotation
  running over two sentences inside reported speech, an interrupted Sherman quote,
  short quotes under six words, analysts, the 1990 "one inch" history.
- washington-post-2022-01-27-written-answers-analysis: Washington Post analysis (front
  matter, caption, "Read more" link, question crossheads) of the US written answer;
  Blinken quote interrupted by "he went on", Lavrov naming two demands, an analyst who
  supports a missile deal in her own voice, a congressman in two reported sentences,
  an anonymous official, Baker-Gorbachev history, Russia's draft described by the writer.
- interfax-2022-01-13-grushko-nato-dead-end: Interfax English machine translation (no front
  matter, "Moscow. 13 January. INTERFAX -" dateline, "A.Grushko" initials, articles in odd
  places, "the Council Russia-NATO"); Grushko, Fomin, Lukashevich, Zakharova, Carpenter;
  a ministry speaking; the drafts' demands listed in a background paragraph.
- kyiv-independent-2022-01-21-blinken-lavrov-geneva: Kyiv Independent news story, UTF-8 BOM
  and CRLF, curly quotes, "Read also" link, crossheads; Kuleba tweets and briefing,
  Zelensky quote interrupted, an MP quoting the Kremlin's demand and rejecting it,
  an analyst, Bucharest 2008 background.
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO transcript without front matter,
  "NATO Secretary General Jens Stoltenberg:" labels, moderator and outlet-named
  questions; Stoltenberg reports Russia's requests and rejects them, offers talks.
- kremlin-2022-02-01-putin-news-conference-orban: Kremlin transcript (front matter) of
  Putin's news conference with Orban; "Question (TASS):" labels, "(retranslated)",
  a paragraph naming three demands at once, rhetorical questions, 1990 inside Putin's answer.
- dw-2022-01-28-explainer-what-russia-wants: DW explainer without front matter ("Date
  28.01.2022"), standfirst, caption, question crossheads, "Related content"; the drafts'
  demands summarised, organisations (the US, NATO, Washington) as speakers, analysts.

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

Writer's own readings, applied throughout: a Russian official saying "Moscow needs X" gets
only his own label (the russia label is for non-Russian voices attributing a demand to Moscow,
and for the writer describing Moscow's drafts); a Western official who says he will not let
the door be closed both supports nato-open-door and rejects the matching Russian demand, one who
only states the principle gets nato-open-door alone.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["afp-2022-01-10-geneva-talks-ryabkov-sherman"] = [
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that NATO must never admit Ukraine and Washington calling that demand a \"non-starter\".", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that NATO must never admit Ukraine and Washington calling that demand a \"non-starter\".", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "He", "", "", 1, D),
 ("The Russian side also pressed its call for the alliance to pull back forces and weapons from countries that joined after 1997, a demand Ryabkov said was \"not a matter of bargaining\".", "russia", 0, "The Russian side", "rollback-to-1997", "supports", 0, D),
 ("not a matter of bargaining", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("She said the United States was willing to discuss the future deployment of missiles in Europe and the scale of military exercises, provided Russia did the same, but stressed that nothing would be agreed about Ukraine without Ukraine.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was willing to discuss the future deployment of missiles in Europe and the scale of military exercises, provided Russia did the same, but stressed that nothing would be agreed about Ukraine without Ukraine.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("If Russia takes further aggression into Ukraine,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman said Washington wanted Russia to pull back the troops it has positioned along Ukraine's frontier, and that de-escalation would create the best conditions for progress.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("The Kremlin, for its part, has repeatedly said it will not be lectured on where it moves troops on its own territory.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("Moscow has put on the table a list that no American administration could sign,", "lukas-brenner", 1, "Lukas Brenner", "", "", 1, ""),
 ("But the fact that the two delegations sat together for eight hours is in itself not nothing.", "lukas-brenner", 1, "Lukas Brenner", "", "", 1, ""),
 ("A return to limits on intermediate-range missiles, which disappeared when the INF Treaty collapsed in 2019, could interest both sides, he said.", "lukas-brenner", 1, "he", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Tatiana Voronova, a political scientist at the Moscow-based Higher School of Economics, said the Kremlin's insistence on a written, binding pledge reflected deep mistrust.", "tatiana-voronova", 1, "Tatiana Voronova", "written-legal-guarantees", "mentions", 0, ""),
 ("Tatiana Voronova, a political scientist at the Moscow-based Higher School of Economics, said the Kremlin's insistence on a written, binding pledge reflected deep mistrust.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("The Russian leadership simply does not believe verbal promises any more,", "tatiana-voronova", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("I would not want to say that everything is lost,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

W = "2022-01-26"
T = "2022-01-27"
L["washington-post-2022-01-27-written-answers-analysis"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "", "", 1, W),
 ("including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("Russia's draft treaty of Dec. 17 asked the United States to promise that the alliance would stop growing, and in particular that Ukraine would never be admitted.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Russia's draft treaty of Dec. 17 asked the United States to promise that the alliance would stop growing, and in particular that Ukraine would never be admitted.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("The document, which the administration declined to publish, instead offers what U.S. officials call a \"serious diplomatic path\": talks on reciprocal limits on where missiles can be placed, on the size and notice of military exercises, and on transparency measures around them.", "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The document, which the administration declined to publish, instead offers what U.S. officials call a \"serious diplomatic path\": talks on reciprocal limits on where missiles can be placed, on the size and notice of military exercises, and on transparency measures around them.", "united-states", 0, "U.S. officials", "limit-military-exercises", "mentions", 0, ""),
 ("conditions-based reciprocal transparency measures regarding force posture in Ukraine", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "mentions", 1, W),
 ("It's obvious that there are no grounds to say that our thoughts have been taken into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, T),
 ("The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, T),
 ("The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("Russian officials have said for weeks that they did not trust spoken assurances,", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("The form is a concession. The content isn't,", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "", "", 1, ""),
 ("What the U.S. has done is pick out the pieces of the Russian list that were always negotiable — missiles, drills — and leave the rest on the floor.", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What the U.S. has done is pick out the pieces of the Russian list that were always negotiable — missiles, drills — and leave the rest on the floor.", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "limit-military-exercises", "mentions", 1, ""),
 ("What the U.S. has done is pick out the pieces of the Russian list that were always negotiable — missiles, drills — and leave the rest on the floor.", "russia", 0, "Russian", "no-intermediate-range-missiles", "supports", 0, ""),
 ("What the U.S. has done is pick out the pieces of the Russian list that were always negotiable — missiles, drills — and leave the rest on the floor.", "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("If you can get a verifiable arrangement that keeps ground-launched intermediate-range missiles out of Europe, that's worth more than most of what's been signed in the last ten years,", "eleanor-whitcombe", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Rep. Daniel Okafor (D-Md.), a member of the House Armed Services Committee, said that the administration should not be discussing any limits on allied exercises while Russian troops remain massed along Ukraine's border.", "daniel-okafor", 1, "Daniel Okafor", "limit-military-exercises", "rejects", 0, ""),
 ("Russia, he said, must first pull those forces back.", "daniel-okafor", 1, "he", "russia-de-escalation", "supports", 0, ""),
 ("the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, W),
 ("A senior administration official, speaking on the condition of anonymity to discuss the confidential text, said the United States had also made clear that it was ready to restart regular channels between the two militaries, which have withered since 2014.", "united-states", 0, "A senior administration official", "resume-military-dialogue", "supports", 0, ""),
]

W = "2022-01-12"
T = "2022-01-13"
L["interfax-2022-01-13-grushko-nato-dead-end"] = [
 ("Russia will not be able to accept the situation when the North Atlantic alliance continues to consider Ukraine and Georgia as the future members, the Deputy Minister of Foreign Affairs of the RF Alexander Grushko declared following the results of the session of the Council Russia-NATO in Brussels.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 0, W),
 ("We have told to our colleagues very clearly that the further movement of NATO to the east is the red line for us, and that this question for Russia is the question of the national security,", "alexander-grushko", 1, "A.Grushko", "nato-non-expansion", "supports", 1, W),
 ("According to him, the Russian side suggested NATO to make the decisions in the legally obligatory form, and not in the form of the political declarations, which, as the experience shows, the West does not carry out.", "alexander-grushko", 1, "him", "written-legal-guarantees", "supports", 0, W),
 ("The moratorium, the pause, the good wishes - all this does not suit us. We need the guarantees which it is impossible to cancel by the decision of one parliament,", "alexander-grushko", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, W),
 ("He also noted that the Russian side at the meeting proposed to return to the configuration of the forces of the alliance which existed in 1997, when the Founding Act Russia-NATO was signed.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, W),
 ("This is not the ultimatum, this is the offer to return to the normality,", "alexander-grushko", 1, "the diplomat", "rollback-to-1997", "supports", 1, W),
 ("A.Fomin, in his turn, declared that the NATO countries conduct the exercises near the Russian borders with the growing intensity, and Russia considers it necessary that such activity will be reduced.", "alexander-fomin", 1, "A.Fomin", "limit-military-exercises", "supports", 0, W),
 ("The scenarios of these exercises are directed against our country, this is obvious,", "alexander-fomin", 1, "the deputy minister of defense", "limit-military-exercises", "supports", 1, W),
 ("We consider the package as the whole. To take from it only the questions of the missiles and of the exercises and to forget about the non-expansion of NATO - it will not work,", "alexander-lukashevich", 1, "A.Lukashevich", "nato-non-expansion", "supports", 1, T),
 ("We consider the package as the whole. To take from it only the questions of the missiles and of the exercises and to forget about the non-expansion of NATO - it will not work,", "alexander-lukashevich", 1, "A.Lukashevich", "no-intermediate-range-missiles", "supports", 1, T),
 ("We consider the package as the whole. To take from it only the questions of the missiles and of the exercises and to forget about the non-expansion of NATO - it will not work,", "alexander-lukashevich", 1, "A.Lukashevich", "limit-military-exercises", "supports", 1, T),
 ("will be forced to take the measures for the elimination of the unacceptable threats", "alexander-lukashevich", 1, "the permanent representative", "", "", 1, T),
 ("We do not need the talks for the sake of the talks. We need the result,", "maria-zakharova", 1, "she", "", "", 1, ""),
 ("The Ministry of Foreign Affairs of Russia also repeated that the deployment of the American weapons of the attack on the territory of the neighboring with Russia states is unacceptable for Moscow.", "russian-foreign-ministry", 0, "The Ministry of Foreign Affairs of Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("He told that the United States will not accept the idea that Russia can decide for the other countries in which the unions they will enter.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, T),
 ("We will not retreat from the principles of the Helsinki Final Act,", "michael-carpenter", 1, "M.Carpenter", "nato-open-door", "supports", 1, T),
 ("In them Moscow in particular demands the refusal from the further expansion of NATO and from the deployment of the strike weapons near the Russian borders, and also the abstaining of the alliance from any military activity on the territory of Ukraine and other states of the Eastern Europe, of the South Caucasus and of the Central Asia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("In them Moscow in particular demands the refusal from the further expansion of NATO and from the deployment of the strike weapons near the Russian borders, and also the abstaining of the alliance from any military activity on the territory of Ukraine and other states of the Eastern Europe, of the South Caucasus and of the Central Asia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("In them Moscow in particular demands the refusal from the further expansion of NATO and from the deployment of the strike weapons near the Russian borders, and also the abstaining of the alliance from any military activity on the territory of Ukraine and other states of the Eastern Europe, of the South Caucasus and of the Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2022-01-21"
L["kyiv-independent-2022-01-21-blinken-lavrov-geneva"] = [
 ("We've been clear: there is no trade-off of principles,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("The United States will not compromise on the right of Ukraine and every other country to decide its own future, including which alliances it joins.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He urged Russia to prove it had no intention of invading by pulling its forces back from Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("He said Russia was still waiting for a written, article-by-article response to its draft agreements, and repeated that Moscow wanted NATO to withdraw the troops and weapons it had deployed in Eastern Europe after 1997.", "sergei-lavrov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("We are not threatening the Ukrainian people,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Blinken has reaffirmed to me that there will be no decisions about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("We are grateful for this unwavering position.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Kuleba said Ukraine's course towards NATO membership is enshrined in its Constitution and no other country can veto it.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, ""),
 ("Kuleba said Ukraine's course towards NATO membership is enshrined in its Constitution and no other country can veto it.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, ""),
 ("Russia does not decide whether Ukraine joins NATO or not. Ukrainians and the 30 Allies decide,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-20"),
 ("Our partners have told us many times: the door to NATO is open,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-19"),
 ("But I want them to tell us honestly when we will walk through it.", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Moscow's draft agreement with NATO, published on Dec. 17, effectively demands that this decision be withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("The Kremlin wants the Alliance to tear up the Bucharest declaration as if it had never been written,", "oleksiy-tkachuk", 1, "Oleksiy Tkachuk", "rescind-bucharest-2008", "rejects", 1, ""),
 ("The Kremlin wants the Alliance to tear up the Bucharest declaration as if it had never been written,", "russia", 0, "The Kremlin", "rescind-bucharest-2008", "supports", 0, ""),
 ("That is not going to happen, and nobody in Washington or Brussels is even seriously considering it.", "oleksiy-tkachuk", 1, "Oleksiy Tkachuk", "rescind-bucharest-2008", "rejects", 1, ""),
 ("Tkachuk added that Ukraine would also oppose any deal restricting the presence of Western military instructors in the country.", "oleksiy-tkachuk", 1, "Tkachuk", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Under one of Russia's proposals, NATO would be barred from any military activity in Ukraine, Georgia and other post-Soviet states that are not members.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("This would make us a grey zone, a buffer,", "oleksiy-tkachuk", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("We have seen where that leads.", "oleksiy-tkachuk", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("The Russians have tied themselves to maximalist demands. Now they need something they can call a victory,", "hanna-shelest", 1, "Shelest", "", "", 1, ""),
 ("She said the most likely compromise would be on arms control, including on medium-range missiles, an issue that is important to both Russia and the U.S.", "hanna-shelest", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("a significant contribution to our defense capability.", "oleksii-reznikov", 1, "Oleksii Reznikov", "", "", 1, ""),
]

D = "2022-01-12"
S = "jens-stoltenberg"
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 ("We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years. All 30 Allies and Russia sat around the table and we had a very serious and direct exchange.", S, 1, "Jens Stoltenberg", "", "", 1, D),
 ("It was not an easy discussion. But that is exactly why such meetings are so important.", S, 1, "Jens Stoltenberg", "", "", 1, D),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", S, 1, "Jens Stoltenberg", "", "", 1, D),
 ("Russia requested that NATO stop admitting new members. Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path. And it is only for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto.", S, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 ("Russia requested that NATO stop admitting new members. Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path. And it is only for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto.", S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia requested that NATO stop admitting new members.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("Russia also asked NATO to pull back its forces and infrastructure from the Allies that joined after 1997. That would create first and second class members. We will not accept that. We will not abandon our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance.", S, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("Russia also asked NATO to pull back its forces and infrastructure from the Allies that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("At the same time, Allies are ready to engage in dialogue with Russia. We proposed a series of meetings to discuss a broad range of issues, including arms control, such as the deployment of missiles, and transparency and risk reduction on military activities and exercises.", S, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies are ready to engage in dialogue with Russia. We proposed a series of meetings to discuss a broad range of issues, including arms control, such as the deployment of missiles, and transparency and risk reduction on military activities and exercises.", S, 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 ("We also called on Russia to immediately de-escalate the situation along Ukraine's borders. The massing of tens of thousands of combat-ready troops, heavy capabilities and cyber operations is not helping to ease tensions.", S, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("The Russian representatives were not in a position to agree to the programme of meetings. They said they needed time to come back to us. We are ready to meet again.", S, 1, "Jens Stoltenberg", "", "", 1, D),
 ("The Russian side restated their well-known positions, also on NATO enlargement and the idea of written, legally binding agreements.", S, 1, "Jens Stoltenberg", "nato-non-expansion", "mentions", 1, D),
 ("The Russian side restated their well-known positions, also on NATO enlargement and the idea of written, legally binding agreements.", S, 1, "Jens Stoltenberg", "written-legal-guarantees", "mentions", 1, D),
 ("The Russian side restated their well-known positions, also on NATO enlargement and the idea of written, legally binding agreements.", "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, D),
 ("The Russian side restated their well-known positions, also on NATO enlargement and the idea of written, legally binding agreements.", "russia", 0, "The Russian side", "written-legal-guarantees", "supports", 0, D),
 ("There is no flexibility on the core principles. NATO's door remains open. That's a principle enshrined in the Washington Treaty, in the Helsinki Final Act and in many other documents that Russia has also signed.", S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("There is no flexibility on the core principles. NATO's door remains open. That's a principle enshrined in the Washington Treaty, in the Helsinki Final Act and in many other documents that Russia has also signed.", S, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("No. These are issues that are in our own interest. We have been proposing more transparency and limits on missiles and more risk reduction for years, long before the current crisis.", S, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "supports", 1, D),
 ("We also proposed to re-establish our respective offices in Moscow and in Brussels, and to make better use of the military lines of communication. We believe it is important to talk to each other, especially when tensions are high.", S, 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("We are ready to discuss transparency and risk reduction on exercises on a reciprocal basis. But NATO will not unilaterally downscale its defensive posture in the east while Russia continues its military build-up. It is Russia that has moved around 100,000 troops close to Ukraine.", S, 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 ("We are ready to discuss transparency and risk reduction on exercises on a reciprocal basis. But NATO will not unilaterally downscale its defensive posture in the east while Russia continues its military build-up. It is Russia that has moved around 100,000 troops close to Ukraine.", S, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("Let me add: NATO is a defensive alliance. We do not threaten Russia. Everything we do is proportionate and measured.", S, 1, "Jens Stoltenberg", "", "", 1, D),
 ("We stand by the decision taken at the Bucharest Summit in 2008 and reaffirmed many times since. Ukraine will become a member of the Alliance. That decision stands.", S, 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, D),
 ("We stand by the decision taken at the Bucharest Summit in 2008 and reaffirmed many times since. Ukraine will become a member of the Alliance. That decision stands.", S, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
]

D = "2022-02-01"
P = "vladimir-putin"
THREE = "We did not see adequate consideration of our three key demands regarding the non-expansion of NATO, the refusal to deploy strike weapon systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to where it was in 1997, when the Russia-NATO Founding Act was signed. These are the fundamental points for us, and nobody has answered them."
L["kremlin-2022-02-01-putin-news-conference-orban"] = [
 ("The talks with Mr Orban were held in a businesslike and constructive atmosphere. We discussed energy cooperation, the Paks nuclear power plant, and the supply of Russian gas under the long-term contract.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Of course, we also exchanged views on European security and on the situation around Ukraine.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("I informed the Prime Minister about our proposals to the United States and NATO. I would like to say once again that these proposals are not some kind of ultimatum; they reflect concerns that have accumulated over many years.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Hungary is interested in a peaceful solution. We are a member of NATO and the European Union, and at the same time we believe that dialogue with Russia is in the interests of all Europeans.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
 ("We have carefully studied the answers we received from the United States and NATO on January 26. It is already clear – I informed the Prime Minister of this as well – that Russia's fundamental concerns have been ignored.", P, 1, "Vladimir Putin", "", "", 1, D),
 (THREE, P, 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 (THREE, P, 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (THREE, P, 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 ("We are told all the time that Russia must withdraw its forces. From where? From our own territory? We do not tell the Americans where to move their units inside the United States.", P, 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, D),
 ("It seems to me that the United States is not so much concerned about the security of Ukraine. Its main task is to contain Russia's development. Ukraine is simply a tool for achieving this goal.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation to return Crimea. What then? Do we go to war with the NATO bloc? Has anyone given any thought to this? Apparently not.", P, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 ("There are some things in the answers that are worth discussing, and our Foreign Ministry will do so. I mean issues of intermediate- and shorter-range missiles, some military-technical matters. We proposed this long ago, by the way.", P, 1, "Vladimir Putin", "no-intermediate-range-missiles", "supports", 1, D),
 ("But these are secondary matters. They cannot replace the main thing. We were promised in 1990 that NATO would not move an inch to the east. They deceived us, simply cheated us. So when we now say that we need legally binding guarantees, it is because we have learned that verbal promises mean nothing.", P, 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, D),
 ("They refer to the principle that every state is free to choose the ways to ensure its own security. But there is another principle, agreed in Istanbul and in Astana: nobody may strengthen their security at the expense of the security of other states. Why do they forget this part?", P, 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 ("I hope we will eventually find a solution, although it will not be easy. We are ready to continue the dialogue. Mr Lavrov is in contact with Mr Blinken.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("I would like to add that, in my view, the differences are large but bridgeable. I said so to the President. Hungary will support every step that leads to agreement.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
]

F = "2022-01-28"
W = "2022-01-26"
MOS = "In them, Moscow demands that NATO stop taking in new members, above all Ukraine and Georgia, and that the alliance pull its troops and weaponry back to where they stood in May 1997, before the first wave of eastern enlargement."
MOS2 = "Moscow also insists that no intermediate-range or shorter-range missiles be deployed where they could hit the other side, that US nuclear weapons stay on US soil, and that warships and bombers keep out of zones from which they could strike the other party's territory."
REJ = "In their replies on Wednesday, the US and NATO rejected the demand to close the alliance's door."
BOTH = "Both Washington and NATO offered talks on arms control, transparency about exercises and risk reduction."
FI2 = "One contains things that are simply unacceptable for NATO, like rolling the alliance back to 1997. The other contains classic arms control, which can be negotiated."
FI3 = "Moscow knew in advance that the demand for a ban on NATO enlargement would be rejected,"
L["dw-2022-01-28-explainer-what-russia-wants"] = [
 ("The main question is not answered,", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("It is the question of how each of us understands the obligation not to strengthen our own security at the expense of others.", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 (MOS, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (MOS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (MOS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (MOS2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (MOS2, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("Moscow wanted \"legally binding guarantees,\" he stressed, because NATO had ignored political promises before.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (REJ, "united-states", 0, "the US", "nato-non-expansion", "rejects", 0, W),
 (REJ, "nato", 0, "NATO", "nato-non-expansion", "rejects", 0, W),
 ("NATO's door is open and remains open,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 (BOTH, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, W),
 (BOTH, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, W),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance was prepared to restore its contacts with Moscow and to resume military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("Washington also called once again for Russia to reduce its forces near Ukraine.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("There are two baskets in the Russian proposals,", "sabine-fischer", 1, "Sabine Fischer", "", "", 1, ""),
 (FI2, "sabine-fischer", 1, "Sabine Fischer", "rollback-to-1997", "mentions", 1, ""),
 (FI2, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 (FI3, "sabine-fischer", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (FI3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("A partial agreement on missiles and exercises, he said, could allow both sides to save face.", "andrei-kortunov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A partial agreement on missiles and exercises, he said, could allow both sides to save face.", "andrei-kortunov", 1, "he", "limit-military-exercises", "mentions", 0, ""),
]

write_gold(L, "articles-257", "gold-257")
