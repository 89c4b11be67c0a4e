#!/usr/bin/env python3
"""Writes the held-out gold of batch 223 (gold-223/*.nq) from the labels below.

Batch 223 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nyt-2022-01-10-geneva-talks-no-breakthrough: New York Times report from
  Geneva (front matter, curly quotes, "Mr."/"Ms." forms); interrupted quotes,
  partial quotes inside reported sentences, a lead sentence carrying both
  sides, a paraphrase of the draft treaties (a document, unlabelled), Baker
  1990 / Bucharest 2008 background, "Kremlin officials" as an actor.
- washington-post-2022-01-27-written-answers-analysis: Washington Post
  analysis (front matter, columnist byline); the columnist's own judgements
  (unlabelled), "as Blinken described it", demands attributed in passing to
  Moscow and to Putin, days resolved from "Wednesday"/"Thursday".
- pentagon-2022-01-24-kirby-press-briefing: defense.gov transcript (no front
  matter, date line "Jan. 24, 2022"); opening statement and answers split in
  paragraphs, each one quotation; questions that state Russian demands (no
  label); many demand-less paragraphs.
- kommersant-2022-01-13-vienna-osce-security-guarantees: Kommersant report,
  machine-translated (UTF-8 BOM, CRLF, « » quotes followed by "— he declared",
  "13.01.2022" date line); Lukashevich, Grushko, Fomin, Ryabkov, Stoltenberg,
  an unnamed Foreign Ministry voice, a Russian analyst; "A day earlier".
- kyiv-independent-2022-01-27-kuleba-us-response: Kyiv Independent report
  (front matter, straight quotes, "on Jan. 27", "Read also" line); moratorium
  talk, a sentence that carries Moscow and Ryabkov together, a Ukrainian MP,
  the Georgian minister, an invented analyst.
- euronews-2022-01-12-nato-russia-council-brussels: Euronews report from
  Brussels (front matter, "By Euronews with AFP, AP", "WATCH:" line, crosshead
  "EU sidelined?"); Stoltenberg, Sherman, Grushko, Borrell, an invented MEP
  with a diacritic name, an invented researcher, Zakharova.
- npr-2022-02-02-former-pentagon-official-putin-remarks: NPR Morning Edition
  transcript (no front matter, "February 2, 2022"); a Putin soundbite through
  an interpreter, an invented host (no labels) and an invented former Pentagon
  official whose answer paragraphs report Putin and Moscow in passing.

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

Writer's choices where the conventions leave room: a short quoted fragment
inside a reported sentence, when the demand is named only outside the marks,
is labelled as the whole reported sentence (direct 0); a fragment that itself
names the demand is labelled as the fragment (direct 1); a fragment of six or
more words about no demand gets its own demand-less label. An interrupted
quotation gets at most one demand-less label (on its first span), and a later
span is labelled only if it expresses a demand by itself. Paraphrases of the
draft treaties' content ("The drafts would bar ...") are document content, not
a speaker, and are unlabelled. The reporter's narration that Russia/Moscow
demands something is a Russia statement (passing attribution). Moscow/Russia
named in passing inside a quotation gets a russia label with that quotation's
evidence, direct 0. "Written answers" demanded by Moscow are counted as the
written-legal-guarantees demand.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["nyt-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("Senior American and Russian diplomats emerged on Monday from nearly eight hours of talks at the United States mission here with little to show but a promise to keep talking, as Russia pressed its demand that Ukraine never be admitted to NATO and the United States said flatly that it would not bargain away the alliance’s open door.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Senior American and Russian diplomats emerged on Monday from nearly eight hours of talks at the United States mission here with little to show but a promise to keep talking, as Russia pressed its demand that Ukraine never be admitted to NATO and the United States said flatly that it would not bargain away the alliance’s open door.", "united-states", 0, "the United States", "nato-open-door", "supports", 0, D),
 ("Senior American and Russian diplomats emerged on Monday from nearly eight hours of talks at the United States mission here with little to show but a promise to keep talking, as Russia pressed its demand that Ukraine never be admitted to NATO and the United States said flatly that it would not bargain away the alliance’s open door.", "united-states", 0, "the United States", "no-ukraine-membership", "rejects", 0, D),
 ("We were firm in pushing back on security proposals that are simply nonstarters for the United States,", "wendy-sherman", 1, "Wendy R. Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy R. Sherman", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy R. Sherman", "nato-non-expansion", "rejects", 1, D),
 ("difficult, long, very professional, deep, concrete,", "sergei-ryabkov", 1, "Sergei A. Ryabkov", "", "", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said Russia did not trust promises made across a negotiating table.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The alliance, she said, would not agree to withdraw troops from its eastern members, and Washington would not negotiate about Ukraine without Ukraine in the room.", "wendy-sherman", 1, "she", "rollback-to-1997", "rejects", 0, D),
 ("The United States, she said, was prepared to talk about where intermediate-range missiles could be placed in Europe and about reciprocal limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The United States, she said, was prepared to talk about where intermediate-range missiles could be placed in Europe and about reciprocal limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, D),
 ("Those are areas where we think we can make progress,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Those are areas where we think we can make progress,", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("but they cannot be addressed in an atmosphere of escalation, with a gun to Ukraine’s head.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("American officials have said that any agreement would have to begin with Russia pulling back the battalion tactical groups it has deployed around Ukraine’s eastern and northern borders.", "united-states", 0, "American officials", "russia-de-escalation", "supports", 0, ""),
 ("Ms. Sherman said she had told the Russian side that de-escalation was the clearest signal Moscow could send that it was serious.", "wendy-sherman", 1, "Ms. Sherman", "russia-de-escalation", "supports", 0, D),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("The American offers on missiles and exercises were “not bad in themselves,” he said, but they could not substitute for a guarantee of non-enlargement, which he called “the core of the problem.”", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("The American offers on missiles and exercises were “not bad in themselves,” he said, but they could not substitute for a guarantee of non-enlargement, which he called “the core of the problem.”", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The American offers on missiles and exercises were “not bad in themselves,” he said, but they could not substitute for a guarantee of non-enlargement, which he called “the core of the problem.”", "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 0, D),
 ("We do not need a partial deal,", "sergei-ryabkov", 1, "Mr. Ryabkov", "", "", 1, D),
 ("The Russians came to Geneva to negotiate the architecture of Europe, and the Americans came to negotiate arms control,", "renata-okafor-lindqvist", 1, "Renata Okafor-Lindqvist", "", "", 1, ""),
 ("Ms. Okafor-Lindqvist said she believed Washington was right to offer talks on missile deployments and exercises, which she called “the old toolbox of the Cold War, and it still works.”", "renata-okafor-lindqvist", 1, "Ms. Okafor-Lindqvist", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Ms. Okafor-Lindqvist said she believed Washington was right to offer talks on missile deployments and exercises, which she called “the old toolbox of the Cold War, and it still works.”", "renata-okafor-lindqvist", 1, "Ms. Okafor-Lindqvist", "limit-military-exercises", "mentions", 0, ""),
 ("But she said the demand that NATO roll back to its 1997 footprint was “a nonstarter that Moscow knows is a nonstarter.”", "renata-okafor-lindqvist", 1, "she", "rollback-to-1997", "rejects", 0, ""),
 ("But she said the demand that NATO roll back to its 1997 footprint was “a nonstarter that Moscow knows is a nonstarter.”", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Kremlin officials have portrayed that declaration as a provocation that must be undone, and Mr. Ryabkov on Monday repeated that Moscow wanted the Bucharest promise formally withdrawn.", "russia", 0, "Kremlin officials", "rescind-bucharest-2008", "supports", 0, ""),
 ("Kremlin officials have portrayed that declaration as a provocation that must be undone, and Mr. Ryabkov on Monday repeated that Moscow wanted the Bucharest promise formally withdrawn.", "sergei-ryabkov", 1, "Mr. Ryabkov", "rescind-bucharest-2008", "supports", 0, D),
 ("We are not sure whether Russia is serious about the diplomatic path,", "wendy-sherman", 1, "she", "", "", 1, D),
]

W = "2022-01-26"
L["washington-post-2022-01-27-written-answers-analysis"] = [
 ("For five weeks, Russia has said it wanted answers on paper.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, W),
 ("The American answer, as Blinken described it, declined to make that promise and instead offered a menu of things Washington has long been willing to discuss: reciprocal limits on where offensive missiles can be placed, transparency measures around exercises, a restart of arms-control conversations that largely stalled during the Trump years.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 0, W),
 ("The American answer, as Blinken described it, declined to make that promise and instead offered a menu of things Washington has long been willing to discuss: reciprocal limits on where offensive missiles can be placed, transparency measures around exercises, a restart of arms-control conversations that largely stalled during the Trump years.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 ("The American answer, as Blinken described it, declined to make that promise and instead offered a menu of things Washington has long been willing to discuss: reciprocal limits on where offensive missiles can be placed, transparency measures around exercises, a restart of arms-control conversations that largely stalled during the Trump years.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, W),
 ("The response, he said, contained “no positive reaction on the main issue,” which he defined as the non-expansion of NATO and the non-deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, ""),
 ("The response, he said, contained “no positive reaction on the main issue,” which he defined as the non-expansion of NATO and the non-deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The Intermediate-Range Nuclear Forces Treaty, from which the Trump administration withdrew in 2019, left a vacuum that Russia has been trying to fill with proposals for a moratorium.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("If the Russians were purely looking for a pretext, they would dismiss this out of hand,", "marcus-feldhaus-reyes", 1, "Marcus Feldhaus-Reyes", "", "", 1, ""),
 ("Administration officials have been careful to say they take the Russian complaints about exercises seriously, and the response reportedly proposes mutual limits on the scale of drills close to the line where NATO and Russian forces meet.", "united-states", 0, "Administration officials", "limit-military-exercises", "mentions", 0, ""),
 ("Administration officials have been careful to say they take the Russian complaints about exercises seriously, and the response reportedly proposes mutual limits on the scale of drills close to the line where NATO and Russian forces meet.", "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("Cap the size of exercises on both sides of the line, make the notification rules binding, and dare Moscow to say no,", "marcus-feldhaus-reyes", 1, "he", "limit-military-exercises", "supports", 1, ""),
 ("Third, and most important, the response contains the same demand Washington has made since November: that Russia pull back the more than 100,000 troops it has massed around Ukraine.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("de-escalation in Russia’s threatening actions toward Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, W),
 ("The question is whether Putin, who has invested enormous personal capital in the demand that NATO stop moving east, can accept a deal in which that demand is quietly left on the table.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wrote demands it knew could not be met, so it could say it tried,", "olena-marchuk-davies", 1, "she", "", "", 1, ""),
 ("The Kremlin’s insistence on getting its answers in writing was itself a substantive point: Russian officials have said for years that they were deceived by verbal assurances about NATO enlargement after German reunification, and they argue that only signatures bind.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
]

K = "2022-01-24"
L["pentagon-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. A couple of things at the top, and then we'll get to your questions.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, K),
 ("At the direction of the president, and after consultations with the secretary, Secretary Austin has placed a range of units in the United States on a heightened preparedness to deploy. In total, that's about 8,500 personnel. No decision has been made to deploy them. They are being prepared to move quickly if NATO activates the NATO Response Force or if other situations develop.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, K),
 ("I want to be clear about what this is and what it isn't. This is about reassurance to our NATO allies on the eastern flank. It is not about sending troops to fight in Ukraine, and it is not a signal that we have given up on diplomacy.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, K),
 ("We continue to see no sign that the Russians are pulling back. If anything, we've seen the buildup continue, including the movement of forces into Belarus. The best thing Mr. Putin could do right now is de-escalate, move those troops away from Ukraine's border and let the diplomatic process play out.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, K),
 ("With that, we'll go to questions. Lita.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, K),
 ("Well, I'd say a couple of things. First, the buildup of forces that we're talking about is happening on the Russian side of the border, not ours. It's Russia that has put more than 100,000 troops in a position to threaten a sovereign neighbor.", "john-kirby", 1, "MR. KIRBY", "", "", 1, K),
 ("Second, NATO is a defensive alliance. These are sovereign nations who chose to be members, and they're entitled to ask their allies for help in defending themselves. Nobody gets a vote on that from outside the alliance, least of all Moscow.", "john-kirby", 1, "MR. KIRBY", "nato-open-door", "supports", 1, K),
 ("No. We're not going to pull back forces from allies who have asked for them. The idea that we would withdraw our troops from Poland or the Baltic states to where things were in 1997 is just not something that's on the table.", "john-kirby", 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, K),
 ("Sure. I mean, the department supports the State Department's diplomacy, and we've been closely involved. We're open to talking about reciprocal transparency on exercises and about the placement of certain missile systems, on a reciprocal basis. Those are areas where there are legitimate concerns on both sides.", "john-kirby", 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, K),
 ("Sure. I mean, the department supports the State Department's diplomacy, and we've been closely involved. We're open to talking about reciprocal transparency on exercises and about the placement of certain missile systems, on a reciprocal basis. Those are areas where there are legitimate concerns on both sides.", "john-kirby", 1, "MR. KIRBY", "no-intermediate-range-missiles", "mentions", 1, K),
 ("But I'd also remind you that it's not the United States and NATO that have been conducting snap exercises with tens of thousands of troops near somebody else's borders. So when Russia says it wants limits on exercises, we'd welcome them applying that to themselves.", "john-kirby", 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, K),
 ("But I'd also remind you that it's not the United States and NATO that have been conducting snap exercises with tens of thousands of troops near somebody else's borders. So when Russia says it wants limits on exercises, we'd welcome them applying that to themselves.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("I'm not going to get into unit-by-unit detail today. The services will be able to talk more about that as we go forward. And again, these are forces for the NATO Response Force and for bilateral reassurance of allies. They're not going into Ukraine.", "john-kirby", 1, "MR. KIRBY", "", "", 1, K),
 ("The secretary believes that keeping lines of communication open between militaries is always valuable, especially at a time of tension. He's spoken with Minister Shoigu before, and he'd be open to doing so again. That's not something that's been scheduled.", "john-kirby", 1, "MR. KIRBY", "resume-military-dialogue", "supports", 1, K),
 ("I'm not going to speak for the alliance, but the United States' position has been consistent and it's been made very clear by the president and Secretary Blinken. Decisions about membership are between NATO and the country in question. Ukraine's future is for Ukraine to decide.", "john-kirby", 1, "MR. KIRBY", "nato-open-door", "supports", 1, K),
 ("And look, a written piece of paper saying a country can never make a choice about its own security, that's not a guarantee of anything except that you've taken away somebody's sovereignty. We're not going to be party to that.", "john-kirby", 1, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, K),
 ("And look, a written piece of paper saying a country can never make a choice about its own security, that's not a guarantee of anything except that you've taken away somebody's sovereignty. We're not going to be party to that.", "john-kirby", 1, "MR. KIRBY", "written-legal-guarantees", "rejects", 1, K),
 ("They're there, ostensibly, for an exercise next month. We're watching it very closely. We've seen a lot of capability flow into Belarus, and we don't believe it's all about an exercise. I'll leave it at that.", "john-kirby", 1, "MR. KIRBY", "", "", 1, K),
]

V = "2022-01-13"
B = "2022-01-12"
L["kommersant-2022-01-13-vienna-osce-security-guarantees"] = [
 ("The moment of truth is coming. Either our partners accept our proposals, or we will be forced to take measures of the military-technical character", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, V),
 ("a concrete answer, point by point, in written form, and not general words about dialogue", "alexander-lukashevich", 1, "him", "written-legal-guarantees", "supports", 1, V),
 ("Mr. Lukashevich reminded that the Russian draft agreements, published by the Ministry of Foreign Affairs on December 17, contain the requirement of the refusal of NATO from further movement to the east and from the deployment of strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "Mr. Lukashevich", "nato-non-expansion", "supports", 0, V),
 ("Mr. Lukashevich reminded that the Russian draft agreements, published by the Ministry of Foreign Affairs on December 17, contain the requirement of the refusal of NATO from further movement to the east and from the deployment of strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "Mr. Lukashevich", "no-strike-weapons-near-borders", "supports", 0, V),
 ("We do not ask for something extraordinary. We ask that the alliance stops to come closer to our houses", "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, V),
 ("a useful platform, but not a substitute for the conversation with Washington and Brussels", "alexander-lukashevich", 1, "The Russian diplomat", "", "", 1, V),
 ("If the alliance does not hear us, we will use the military means to neutralize the threats. There will be no other way", "alexander-grushko", 1, "Mr. Grushko", "", "", 1, B),
 ("He stressed that the question of non-enlargement is for Moscow «the question of the life and death», not of bargain.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, B),
 ("Mr. Grushko also said that the policy of the «open doors» of NATO is from the point of view of Moscow a relic of the Cold War and that the alliance itself, by its declaration of Bucharest in 2008, created the problem of Ukraine and Georgia, which now it must undo.", "alexander-grushko", 1, "Mr. Grushko", "nato-open-door", "rejects", 0, B),
 ("Mr. Grushko also said that the policy of the «open doors» of NATO is from the point of view of Moscow a relic of the Cold War and that the alliance itself, by its declaration of Bucharest in 2008, created the problem of Ukraine and Georgia, which now it must undo.", "alexander-grushko", 1, "Mr. Grushko", "rescind-bucharest-2008", "supports", 0, B),
 ("That decision was a mistake, and it must be disavowed officially", "alexander-grushko", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 1, B),
 ("According to Mr. Fomin, the West must reduce the intensity of its military drills near the Russian border and return to the practice of the contacts between the military.", "alexander-fomin", 1, "Mr. Fomin", "limit-military-exercises", "supports", 0, B),
 ("According to Mr. Fomin, the West must reduce the intensity of its military drills near the Russian border and return to the practice of the contacts between the military.", "alexander-fomin", 1, "Mr. Fomin", "resume-military-dialogue", "supports", 0, B),
 ("We propose to reduce the scale of the exercises and to agree about the minimal distance from the line of contact. We also consider necessary to restore the normal channels between the military departments", "alexander-fomin", 1, "he", "limit-military-exercises", "supports", 1, B),
 ("We propose to reduce the scale of the exercises and to agree about the minimal distance from the line of contact. We also consider necessary to restore the normal channels between the military departments", "alexander-fomin", 1, "he", "resume-military-dialogue", "supports", 1, B),
 ("NATO Secretary General Jens Stoltenberg on his part after the same session said that the allies are ready to discuss with Russia the arms control and the transparency of the exercises, but not the principle of the open doors.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, B),
 ("NATO Secretary General Jens Stoltenberg on his part after the same session said that the allies are ready to discuss with Russia the arms control and the transparency of the exercises, but not the principle of the open doors.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, B),
 ("NATO will not compromise on the core principles: the right of every nation to choose its own path", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, B),
 ("I do not see the grounds to sit down in the coming days, to gather again in the same composition and to begin the same discussions", "sergei-ryabkov", 1, "Mr. Ryabkov", "", "", 1, V),
 ("He added that Moscow waits for the written answers and that without them to continue the talks «makes no sense».", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, V),
 ("As Kommersant was told in the Ministry of Foreign Affairs of Russia, Moscow was irritated that in all three formats the Western delegations began the conversation with the demand to withdraw the troops from the Ukrainian border.", "russian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Russia", "russia-de-escalation", "rejects", 0, ""),
 ("They say to us: first pull back, then we will talk. But these are our troops on our territory", "russian-foreign-ministry", 0, "the ministry", "russia-de-escalation", "rejects", 1, ""),
 ("Moscow put on the table the demand, which in Washington nobody can fulfill — to close the door of NATO by the treaty. Therefore the result of the week was predetermined", "fyodor-vereshchagin-lomov", 1, "Fyodor Vereshchagin-Lomov", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow put on the table the demand, which in Washington nobody can fulfill — to close the door of NATO by the treaty. Therefore the result of the week was predetermined", "fyodor-vereshchagin-lomov", 1, "Fyodor Vereshchagin-Lomov", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow put on the table the demand, which in Washington nobody can fulfill — to close the door of NATO by the treaty. Therefore the result of the week was predetermined", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow put on the table the demand, which in Washington nobody can fulfill — to close the door of NATO by the treaty. Therefore the result of the week was predetermined", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

J = "2022-01-27"
L["kyiv-independent-2022-01-27-kuleba-us-response"] = [
 ("We had the opportunity to see the American response before it was handed over to Russia. We have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, J),
 ("Among them, Moscow wants a legally binding ban on Ukraine ever joining NATO and an end to Western military cooperation with Kyiv.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Among them, Moscow wants a legally binding ban on Ukraine ever joining NATO and an end to Western military cooperation with Kyiv.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Among them, Moscow wants a legally binding ban on Ukraine ever joining NATO and an end to Western military cooperation with Kyiv.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The choice of which alliance to join belongs to Ukraine and to the members of that alliance, and to nobody else,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, J),
 ("The Kremlin does not have a veto here, and it will not get one.", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, J),
 ("He added that Kyiv expected the West to keep up pressure on Russia to withdraw the troops it has concentrated along Ukraine's borders and in occupied Crimea, and that talk of diplomacy would be \"empty\" as long as those forces remained in place.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, J),
 ("Kremlin spokesman Dmitry Peskov said the Kremlin was studying the texts and would not rush to conclusions, while Foreign Minister Sergei Lavrov complained that the U.S. response did not address Moscow's \"main question\" — NATO's eastward expansion.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 ("Kuleba also dismissed speculation that the Western allies might offer Russia an informal moratorium on Ukraine's accession as a way to defuse the crisis.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, J),
 ("I don't see such a possibility. Nobody has proposed it to us, and we would not accept it,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, J),
 ("Moscow has rejected that idea too: Deputy Foreign Minister Sergei Ryabkov said in December that a verbal pause was \"not enough\" and that Russia needed guarantees \"in legal form.\"", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has rejected that idea too: Deputy Foreign Minister Sergei Ryabkov said in December that a verbal pause was \"not enough\" and that Russia needed guarantees \"in legal form.\"", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has rejected that idea too: Deputy Foreign Minister Sergei Ryabkov said in December that a verbal pause was \"not enough\" and that Russia needed guarantees \"in legal form.\"", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Today we do not see grounds for statements about a full-scale offensive. But we are preparing for any scenario, and our army is ready,", "oleksiy-danilov", 1, "Danilov", "", "", 1, J),
 ("Russia asked the Americans to sign away our future, and the Americans said no. That is the headline for us,", "ivanna-tkachenko-horbal", 1, "Tkachenko-Horbal", "no-ukraine-membership", "rejects", 1, ""),
 ("Russia asked the Americans to sign away our future, and the Americans said no. That is the headline for us,", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Every time we ask for anti-tank weapons, someone in Europe says it will provoke Putin,", "ivanna-tkachenko-horbal", 1, "she", "", "", 1, ""),
 ("no third country can decide for Georgia.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 1, ""),
 ("Moscow will now say: you see, the West refused us, so we have our hands free,", "yaroslav-bilous-kemp", 1, "he", "", "", 1, ""),
]

E = "2022-01-12"
L["euronews-2022-01-12-nato-russia-council-brussels"] = [
 ("Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, E),
 ("No one else has anything to say, and Russia, of course, does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, E),
 ("No one else has anything to say, and Russia, of course, does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, E),
 ("Only Ukraine and 30 NATO allies decide.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, E),
 ("Stoltenberg added that allies would not give up their ability to protect and defend each other, \"including with the presence of troops in the eastern part of the alliance,\" a reference to Moscow's call for NATO to withdraw forces it has deployed since 1997 to countries such as Poland and the Baltic states.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, E),
 ("Stoltenberg added that allies would not give up their ability to protect and defend each other, \"including with the presence of troops in the eastern part of the alliance,\" a reference to Moscow's call for NATO to withdraw forces it has deployed since 1997 to countries such as Poland and the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The NATO chief said the alliance had proposed a series of meetings on arms control, including on missiles, on greater transparency about military exercises and on reducing the risk of incidents in the air and at sea.", "jens-stoltenberg", 1, "The NATO chief", "no-intermediate-range-missiles", "mentions", 0, E),
 ("The NATO chief said the alliance had proposed a series of meetings on arms control, including on missiles, on greater transparency about military exercises and on reducing the risk of incidents in the air and at sea.", "jens-stoltenberg", 1, "The NATO chief", "limit-military-exercises", "mentions", 0, E),
 ("The NATO chief said the alliance had proposed a series of meetings on arms control, including on missiles, on greater transparency about military exercises and on reducing the risk of incidents in the air and at sea.", "jens-stoltenberg", 1, "The NATO chief", "no-warships-aircraft-in-strike-range", "mentions", 0, E),
 ("He also said NATO wanted to reopen the two sides' offices, which were closed in 2021, and restore the military lines of communication that have been largely frozen.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, E),
 ("We made proposals to reduce space and air risks, to increase transparency about exercises and to discuss missiles in Europe,", "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, E),
 ("We made proposals to reduce space and air risks, to increase transparency about exercises and to discuss missiles in Europe,", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, E),
 ("We made proposals to reduce space and air risks, to increase transparency about exercises and to discuss missiles in Europe,", "jens-stoltenberg", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, E),
 ("US Deputy Secretary of State Wendy Sherman, who led the American delegation, told reporters that Russia had not committed either to de-escalate or to leave the talks.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "mentions", 0, E),
 ("She said Washington had again urged Moscow to send its troops back to their barracks if it was serious about diplomacy.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, E),
 ("Russia's delegation, led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin, insisted that the alliance's eastward enlargement posed a direct threat to Russian security.", "russia", 0, "Russia's delegation", "nato-non-expansion", "supports", 0, E),
 ("legally binding guarantees", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, E),
 ("a further deterioration of the security situation for all.", "alexander-grushko", 1, "Grushko", "", "", 1, E),
 ("There is no security in Europe without the security of Ukraine,", "josep-borrell", 1, "Borrell", "", "", 1, E),
 ("He said the EU stood behind the principle that every European country has the right to make its own choices about its alliances, and warned that any Russian aggression would be met with \"massive consequences and severe costs.\"", "josep-borrell", 1, "He", "nato-open-door", "supports", 0, E),
 ("If NATO had agreed to pull its troops out of the Baltics, as Moscow demands, I would be sitting here in a country that nobody defends,", "raimonds-ozolins-berg", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("If NATO had agreed to pull its troops out of the Baltics, as Moscow demands, I would be sitting here in a country that nobody defends,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The alliance is offering the Russians a menu of risk reduction measures, and the Kremlin keeps asking for the one dish that is not on the menu,", "marie-laure-descamps", 1, "she", "", "", 1, ""),
 ("We need answers, not consultations about consultations,", "maria-zakharova", 1, "she", "", "", 1, E),
]

N = "2022-02-02"
P = "2022-02-01"
LH = "katherine-lindqvist-hale"
p_put = "It is already clear that our fundamental concerns were ignored. We did not see adequate consideration of our three key demands - that NATO not expand further, that strike weapons not be deployed near our borders and that the bloc's military infrastructure in Europe be returned to where it was in 1997."
p1 = "Not really. He's been answered; he just didn't like the answer. The U.S. letter engages on a lot of what Russia put in its draft treaty. It offers talks on intermediate-range missiles, on limits to exercises, on transparency at the missile defense sites in Romania and Poland. What it doesn't do is give him the three things he just listed."
p2 = "And I think it's important to hear how he listed them. He didn't say Ukraine first. He said NATO not expanding, no strike weapons near Russia's borders and going back to 1997. That's a vision of Europe where a big chunk of the continent becomes a kind of neutral zone under Russian supervision."
p3 = "A formal promise, in a treaty, that NATO will never take in another member? No. I don't think any administration could sign that, and I don't think it should. The open door is written into the North Atlantic Treaty. Sweden and Finland aren't members, but they value having the option, and we should protect that option for them."
p4 = "Now, is Ukraine going to join NATO anytime soon? Also no, and everybody in the room knows it. So there's a kind of strange situation where Russia is demanding a guarantee against something that isn't going to happen for years, and the West is refusing to give a guarantee about something it isn't going to do."
p5 = "Because the moment you say, \"Ukraine can't join because Russia objects,\" you've handed Moscow a veto over the alliance. And Moscow has already told you it won't accept a moratorium anyway. They said it in Geneva - they want it legally binding, on paper, forever. A pause doesn't satisfy them."
p6 = "That's the one that should worry people the most. When Russia says go back to 1997, it's talking about the battlegroups in Poland and the Baltic states, the air policing, the exercises. I sat in meetings with the Baltic defense ministers. For them, pulling that back isn't a concession. It's abandonment, and I'd say it's a nonstarter."
p7 = "Some background is useful here. The NATO-Russia Founding Act of 1997 did say the alliance would not permanently station substantial combat forces in new members, under the security conditions of the time. Those conditions changed in 2014, when Russia annexed Crimea."
p8 = "The first thing is very simple. Move the troops back. There are well over a hundred thousand Russian soldiers around Ukraine, and now in Belarus too. As long as they stay there, any talks happen with a gun on the table."
p9 = "And I'd add, the arms control offers in the letter are serious. If I were advising the Russians, I would take the missile talks and the exercise limits and declare victory. There's a real deal there on reducing the risk of an accident turning into a war."
p10 = "I honestly don't know. He also said yesterday that Ukraine in NATO could drag Russia into a war with the whole alliance over Crimea. That's an argument he's building for the Russian public, that keeping Ukraine out of NATO is about avoiding a catastrophe. Whether it's preparation for a deal or for an invasion, I can't tell you."
LHN = "LINDQVIST-HALE"
L["npr-2022-02-02-former-pentagon-official-putin-remarks"] = [
 (p_put, "vladimir-putin", 1, "PRESIDENT VLADIMIR PUTIN", "nato-non-expansion", "supports", 1, P),
 (p_put, "vladimir-putin", 1, "PRESIDENT VLADIMIR PUTIN", "no-strike-weapons-near-borders", "supports", 1, P),
 (p_put, "vladimir-putin", 1, "PRESIDENT VLADIMIR PUTIN", "rollback-to-1997", "supports", 1, P),
 (p1, LH, 1, LHN, "no-intermediate-range-missiles", "mentions", 1, N),
 (p1, LH, 1, LHN, "limit-military-exercises", "mentions", 1, N),
 (p2, LH, 1, LHN, "nato-non-expansion", "mentions", 1, N),
 (p2, LH, 1, LHN, "no-strike-weapons-near-borders", "mentions", 1, N),
 (p2, LH, 1, LHN, "rollback-to-1997", "mentions", 1, N),
 ("He said NATO not expanding, no strike weapons near Russia's borders and going back to 1997.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, P),
 ("He said NATO not expanding, no strike weapons near Russia's borders and going back to 1997.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, P),
 ("He said NATO not expanding, no strike weapons near Russia's borders and going back to 1997.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, P),
 (p3, LH, 1, LHN, "nato-non-expansion", "rejects", 1, N),
 (p3, LH, 1, LHN, "nato-open-door", "supports", 1, N),
 (p4, LH, 1, LHN, "no-ukraine-membership", "mentions", 1, N),
 (p4, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (p5, LH, 1, LHN, "nato-open-door", "supports", 1, N),
 (p5, LH, 1, LHN, "no-ukraine-membership", "rejects", 1, N),
 (p5, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (p5, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (p6, LH, 1, LHN, "rollback-to-1997", "rejects", 1, N),
 (p6, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (p7, LH, 1, LHN, "", "", 1, N),
 (p8, LH, 1, LHN, "russia-de-escalation", "supports", 1, N),
 (p9, LH, 1, LHN, "no-intermediate-range-missiles", "mentions", 1, N),
 (p9, LH, 1, LHN, "limit-military-exercises", "mentions", 1, N),
 (p10, LH, 1, LHN, "no-ukraine-membership", "mentions", 1, N),
 ("He also said yesterday that Ukraine in NATO could drag Russia into a war with the whole alliance over Crimea.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, P),
]

write_gold(L, "articles-223", "gold-223")
