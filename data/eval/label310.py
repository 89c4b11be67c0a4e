#!/usr/bin/env python3
"""Writes the held-out gold of batch 310 (gold-310/*.nq) from the labels below.

Batch 310 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-12-nato-russia-council-stoltenberg-grushko: Reuters wire story
  with front matter; quotations interrupted by "he said", Fomin and Sherman in reported
  speech, organisation positions ("NATO allies reject that outright"), anonymous diplomat.
- tass-2022-01-28-lavrov-us-response-main-question: TASS English, no front matter,
  machine-translated wording, dateline "MOSCOW, January 28. /TASS/.", lede in indirect
  speech across two sentences, "on Thursday" dates, background on the 17 December drafts.
- state-department-2022-01-24-department-press-briefing-price: State Department
  transcript with front matter; MR PRICE / QUESTION labels, each answer paragraph one quote,
  demands named only in reporters' questions, deflections.
- ukrinform-2022-01-13-osce-permanent-council-kuleba: Ukrinform story, no front matter,
  "13.01.2022 19:42" date, "Read also" link lines, Lukashevich/Carpenter/Tsymbaliuk, analyst,
  demand attributed in passing to Russia's drafts.
- guardian-2022-01-21-blinken-lavrov-geneva-analysis: Guardian analysis with front matter,
  curly quotes, split Blinken quotation, Baker/Gorbachev 1990, Founding Act and Bucharest
  history, Moscow's demands named in passing, analysts with and without a stance.
- carnegie-2022-02-02-putin-reply-security-guarantees-qa: Carnegie Q&A with front matter
  and an invented analyst; Putin's reactions reported inside her answers, nested Ryabkov quote.
- bundestag-2022-01-19-foreign-affairs-committee-russia-ukraine: Bundestag committee
  shorthand record in English translation; UTF-8 BOM and CRLF, speaker labels with party,
  chair gets no labels, MPs' questions unlabelled, Russian demands named by German speakers.

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

Writer's notes: when a reported sentence carries a quoted fragment of six or more words, the
label uses the fragment (direct 1) and carries the demands the sentence conveys. Anonymous
speakers ("a senior Western diplomat") get no label.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-12"
L["reuters-2022-01-12-nato-russia-council-stoltenberg-grushko"] = [
 ("NATO and Russia ended their first formal talks in more than two years on Wednesday without any sign of a breakthrough, with the alliance refusing to give Moscow a say over which countries may join it and Russian diplomats warning that the West was running out of time to engage seriously.", "nato", 0, "the alliance", "nato-open-door", "supports", 0, D),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Stoltenberg said allies had made clear they would not compromise on the principle that each nation has the right to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("No one else has anything to say, and of course Russia doesn't have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("No one else has anything to say, and of course Russia doesn't have a veto,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He said NATO had proposed a series of meetings on arms control, missile deployments and transparency about military exercises, but that Russia had not been ready to agree to a timetable.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said NATO had proposed a series of meetings on arms control, missile deployments and transparency about military exercises, but that Russia had not been ready to agree to a timetable.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("The alliance also called on Moscow to pull back the roughly 100,000 troops massed near Ukraine's border, he added.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("We call on Russia to de-escalate, and to refrain from any further aggressive actions against Ukraine,", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("Deputy Foreign Minister Alexander Grushko, who led the Russian delegation with Deputy Defence Minister Alexander Fomin, told reporters that the alliance's insistence on its \"open door\" was a non-starter for Moscow.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, D),
 ("It is absolutely imperative for us to ensure a legally binding guarantee that NATO will not move one step further to the east,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("It is absolutely imperative for us to ensure a legally binding guarantee that NATO will not move one step further to the east,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("This is not a matter of a wish list. This is a question of our national security.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("This is not a matter of a wish list. This is a question of our national security.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("Grushko also said that NATO had to stop deploying weapons in neighbouring countries that could be used against Russia, and that the alliance's exercises near Russian territory had become a source of constant tension.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Grushko also said that NATO had to stop deploying weapons in neighbouring countries that could be used against Russia, and that the alliance's exercises near Russian territory had become a source of constant tension.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, D),
 ("If NATO moves to a policy of containment, we will respond with counter-containment,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Fomin, for his part, said Russia had presented data showing growing NATO military activity in the Black Sea and the Baltic, and said the two sides should restore channels between their militaries that were cut after 2014.", "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 0, D),
 ("We will not slam the door shut on NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the allies were prepared to discuss reciprocal limits on exercises and on missile deployments, but only if Russia stepped back from the brink.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the allies were prepared to discuss reciprocal limits on exercises and on missile deployments, but only if Russia stepped back from the brink.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the allies were prepared to discuss reciprocal limits on exercises and on missile deployments, but only if Russia stepped back from the brink.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("Russia has said it wants NATO to withdraw forces and weapons from countries that joined the alliance after 1997, which would include Poland, the Baltic states and Romania.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("NATO allies reject that outright.", "nato", 0, "NATO allies", "rollback-to-1997", "rejects", 0, ""),
 ("They are asking us to create a second-class membership, and that is not going to happen,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, ""),
 ("We would become a buffer zone again.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, ""),
 ("Neither side expected to walk out with a deal, and nobody did,", "kristine-berzina", 1, "Kristine Berzina", "", "", 1, ""),
 ("The question now is whether Moscow treats this as a reason to keep talking or as a pretext.", "kristine-berzina", 1, "Kristine Berzina", "", "", 1, ""),
]

L["tass-2022-01-28-lavrov-us-response-main-question"] = [
 ("There is no positive reaction in the written responses of the United States and NATO to the main question raised by Russia, namely the non-expansion of the North Atlantic Alliance to the east and the non-deployment of strike weapon systems close to the Russian borders.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("There is no positive reaction in the written responses of the United States and NATO to the main question raised by Russia, namely the non-expansion of the North Atlantic Alliance to the east and the non-deployment of strike weapon systems close to the Russian borders.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive answer to this main question,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive answer to this main question,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("There is a reaction which allows to count on the beginning of a serious conversation, but on secondary questions,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("The West is chosing from this package only the freedom to choose alliances, and forgets the second part, that nobody can strengthen own security to the detriment of others,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("We want that they explain to us, how they intend to fulfill this obligation,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("Speaking about the so-called open door of the alliance, the minister said that NATO has no right to decide alone who will be accepted.", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("They say that NATO is defensive alliance and that the door is open and nobody, including Russia, can have a say. This we heard many times, it is not serious,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("According to her, Russia insists that the guarantees must be legally binding, and not political declarations which the West can forget at any time.", "maria-zakharova", 1, "her", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("We were already promised in 1990 not one inch to the east. What remained from these promises, everybody knows,", "maria-zakharova", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("Zakharova added that the demand of return of the NATO military infrastructure to the positions of 1997 year remains in force.", "maria-zakharova", 1, "Zakharova", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("Nobody removed this question from the agenda,", "maria-zakharova", 1, "she", "rollback-to-1997", "supports", 1, "2022-01-27"),
 ("It is obvious that on the main concerns, which we stated clearly, we cannot speak about the taking into account of our concerns,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Deputy Foreign Minister Sergey Ryabkov, in his turn, told TASS that Moscow continues to insist on a stop of the NATO military activity on the territory of Ukraine and other post-Soviet states which are not members of the alliance.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("This is for us a matter of principle, the development of territory of Ukraine by the alliance is unacceptable,", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("but not instead of the main thing", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The US Secretary of State Antony Blinken said that the American answer does not contain concessions on the main questions, including the open door policy of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-24"
P = "MR PRICE"
L["state-department-2022-01-24-department-press-briefing-price"] = [
 ("Good afternoon, everyone. Just one item at the top, and then I'm happy to take your questions.", "ned-price", 1, P, "", "", 1, D),
 ("As you know, on Sunday the Department ordered the departure of eligible family members from our Embassy in Kyiv, out of an abundance of caution, given the continued threat of Russian military action. Our embassy remains open, and our commitment to Ukraine's sovereignty and territorial integrity remains unwavering.", "ned-price", 1, P, "", "", 1, D),
 ("Well, Matt, the Secretary did say in Geneva that we expected to be in a position to share with Russia our concerns and ideas in more detail in writing this week, and that remains the case. I'm not going to get ahead of that document or characterize its contents before it's delivered.", "ned-price", 1, P, "", "", 1, D),
 ("But I can tell you what it will not do. It will not trade away the fundamental principles that underpin European security. Countries have the sovereign right to choose their own security arrangements and alliances. That is not something we are going to negotiate with the Russian Federation, and it is not something NATO is going to negotiate with the Russian Federation.", "ned-price", 1, P, "nato-open-door", "supports", 1, D),
 ("But I can tell you what it will not do. It will not trade away the fundamental principles that underpin European security. Countries have the sovereign right to choose their own security arrangements and alliances. That is not something we are going to negotiate with the Russian Federation, and it is not something NATO is going to negotiate with the Russian Federation.", "ned-price", 1, P, "no-ukraine-membership", "rejects", 1, D),
 ("The open door is just that – it's open. It's not for Moscow to close.", "ned-price", 1, P, "nato-open-door", "supports", 1, D),
 ("The open door is just that – it's open. It's not for Moscow to close.", "ned-price", 1, P, "no-ukraine-membership", "rejects", 1, D),
 ("We have been clear that there are areas where we think we can make progress, on a reciprocal basis, if Russia is serious. Things like the future deployment of offensive missile systems in Ukraine, things like arms control, things like transparency and limits on exercises. Those are discussions we had with our Russian counterparts on January 10th in Geneva, and we're prepared to continue them.", "ned-price", 1, P, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We have been clear that there are areas where we think we can make progress, on a reciprocal basis, if Russia is serious. Things like the future deployment of offensive missile systems in Ukraine, things like arms control, things like transparency and limits on exercises. Those are discussions we had with our Russian counterparts on January 10th in Geneva, and we're prepared to continue them.", "ned-price", 1, P, "limit-military-exercises", "mentions", 1, D),
 ("What form any understandings would ultimately take is something for down the road. We're not going to get there while Russia has a gun to Ukraine's head.", "ned-price", 1, P, "written-legal-guarantees", "mentions", 1, D),
 ("What form any understandings would ultimately take is something for down the road. We're not going to get there while Russia has a gun to Ukraine's head.", "ned-price", 1, P, "russia-de-escalation", "supports", 1, D),
 ("I'm not going to negotiate from this podium, Said.", "ned-price", 1, P, "", "", 1, D),
 ("We have not. In fact, we've seen the opposite. We've seen Russia continue to move forces into Belarus, ostensibly for exercises, and to add to the more than 100,000 that are already arrayed along Ukraine's borders. If Russia wants to demonstrate that it is serious about diplomacy, the simplest way to do that is to de-escalate – to pull those forces back to their barracks.", "ned-price", 1, P, "russia-de-escalation", "supports", 1, D),
 ("This is the classic play from the Russian playbook: accuse others of what you yourself are doing. There is one country that has amassed forces on the border of a neighbor. It's not the United States, and it's not Ukraine.", "ned-price", 1, P, "", "", 1, D),
 ("Foreign Minister Lavrov raised a number of the proposals that Russia has put forward publicly. We have been very clear, and our Allies have been very clear, that some of them are simply non-starters. The idea that NATO would pull back from the territory of its own members is one of them. Those are sovereign Allies, and our commitment to their defense under Article 5 is ironclad.", "ned-price", 1, P, "rollback-to-1997", "rejects", 1, D),
 ("We welcome the Polish chairmanship's efforts, and we think the OSCE has an important role, including on risk reduction and on transparency measures like the Vienna Document. Ambassador Carpenter spoke to this at the Permanent Council on the 13th.", "ned-price", 1, P, "", "", 1, D),
 ("I'd refer you to the German Government to speak to its own decisions. What I can say is that we remain in lockstep with our Allies, including Germany, on the costs Russia will face if it moves forward.", "ned-price", 1, P, "", "", 1, D),
 ("We'll have more to say on that when the document is delivered. Our preference is to give diplomacy space to work, and that does not necessarily mean negotiating in public.", "ned-price", 1, P, "", "", 1, D),
]

D = "2022-01-13"
LEDE = "Ukraine will not accept any agreements on European security concluded without its participation, and Russia has no right to dictate to Kyiv or to NATO who can and cannot join the Alliance."
NAUU = "Nothing about Ukraine without Ukraine. This principle is being respected by our partners, and we are grateful for that. The decision on membership in NATO is the business of Ukraine and the 30 Allies, and of nobody else,"
L["ukrinform-2022-01-13-osce-permanent-council-kuleba"] = [
 (LEDE, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 (LEDE, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 (NAUU, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (NAUU, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("an attempt to return to the logic of spheres of influence that Europe buried thirty years ago.", "dmytro-kuleba", 1, "him", "no-ukraine-membership", "rejects", 1, D),
 ("According to him, the demands set out in the Russian draft documents of December 17, in particular the demand to close the door of the Alliance to Ukraine, are \"an attempt to return to the logic of spheres of influence that Europe buried thirty years ago.\"", "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("The minister stressed that the first step to any settlement should be the withdrawal of Russian troops from the Ukrainian border.", "dmytro-kuleba", 1, "The minister", "russia-de-escalation", "supports", 0, D),
 ("If Russia is serious about dialogue, it should begin with de-escalation. The troops that are standing at our border must go back to where they came from,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Lukashevich also insisted that the guarantees of non-expansion of NATO must be fixed in a legal form.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("Lukashevich also insisted that the guarantees of non-expansion of NATO must be fixed in a legal form.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("We need legally binding guarantees. Promises on paper that can be thrown away as happened after 1990 are no longer enough for us,", "alexander-lukashevich", 1, "the Russian diplomat", "written-legal-guarantees", "supports", 1, D),
 ("He noted that the United States will not discuss European security without the Europeans and will not accept a veto on the sovereign choice of states.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("We will not bargain away the principle that every country is free to choose its own security arrangements,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("According to him, Washington is ready to discuss with Russia issues such as the placement of missiles and restrictions on military exercises, provided there is reciprocity.", "michael-carpenter", 1, "him", "no-intermediate-range-missiles", "mentions", 0, D),
 ("According to him, Washington is ready to discuss with Russia issues such as the placement of missiles and restrictions on military exercises, provided there is reciprocity.", "michael-carpenter", 1, "him", "limit-military-exercises", "mentions", 0, D),
 ("Ukraine's Permanent Representative to the International Organizations in Vienna Yevhenii Tsymbaliuk called on the OSCE participating States to demand that Russia return its troops to their permanent bases and to provide full information on the build-up in accordance with the Vienna Document.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, D),
 ("Russia keeps talking about its own security concerns, while it is Russia that has concentrated more than one hundred thousand troops along our borders,", "yevhenii-tsymbaliuk", 1, "the Ukrainian diplomat", "", "", 1, D),
 ("The West has drawn its red line: no veto for Moscow over NATO enlargement. The Kremlin has drawn its own. The question is who blinks first,", "volodymyr-fesenko", 1, "Fesenko", "nato-open-door", "mentions", 1, ""),
]

D = "2022-01-21"
MCD = "Moscow’s central demand – that Nato rule out, in a legally binding form, any further enlargement and in particular the admission of Ukraine – is precisely the thing the alliance says it cannot give."
RYA = "like discussing the furniture while the house is on fire"
LO = "A moratorium on new missile deployments, verified in both directions, is something Nato could live with, and the Kremlin has said it wants exactly that,"
USO = "US officials have signalled flexibility on reciprocal limits on the size and location of exercises, and on a revival of something like the Intermediate-Range Nuclear Forces treaty, which collapsed in 2019."
L["guardian-2022-01-21-blinken-lavrov-geneva-analysis"] = [
 ("We didn’t expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other’s concerns and each other’s positions,", "antony-blinken", 1, "he", "", "", 1, D),
 ("There are some issues that are not up for negotiation,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("including the right of every country to choose its own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("I cannot say whether we are on the right track or not,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("We will understand that when we receive the American response in writing.", "sergei-lavrov", 1, "he", "", "", 1, D),
 (MCD, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MCD, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MCD, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (MCD, "nato", 0, "the alliance", "nato-non-expansion", "rejects", 0, ""),
 (MCD, "nato", 0, "the alliance", "no-ukraine-membership", "rejects", 0, ""),
 ("stop the expansion of Nato to the east", "sergei-lavrov", 1, "The Russian foreign minister", "nato-non-expansion", "supports", 1, D),
 ("Moscow now wants to unpick that last promise and much of what came after it.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The draft agreement it sent to Nato would oblige the alliance to pull its forces back to where they stood in 1997 – in effect, out of Poland, Romania and the Baltic states.", "russia", 0, "it", "rollback-to-1997", "supports", 0, ""),
 (USO, "united-states", 0, "US officials", "limit-military-exercises", "mentions", 0, ""),
 (USO, "united-states", 0, "US officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (RYA, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, ""),
 (RYA, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Blinken said the US would regard any movement of Russian forces across Ukraine’s border as a renewed invasion, and called again on Russia to pull them back.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("The Kremlin insists the deployments are an internal matter.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("The Russians have built a situation in which every week without war looks like a success, and that is itself a form of pressure,", "nigel-gould-davies", 1, "Dr Nigel Gould-Davies", "", "", 1, ""),
 (LO, "hanna-liebermann-oyelaran", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (LO, "russia", 0, "the Kremlin", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The mistake would be to make that conditional on a settlement of the membership question, which nobody can deliver.", "hanna-liebermann-oyelaran", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]

EM = "Elena Marchetti-Sokolova"
EMS = "elena-marchetti-sokolova"
PUT = "He said, standing next to Viktor Orbán, that the American and NATO answers did not take into account Russia's three key demands: no further NATO enlargement, no deployment of strike weapons systems near Russia's borders, and a return of the alliance's military infrastructure to where it was in 1997."
A1 = "The headline was predictable. " + PUT + " That is the core of the December drafts, and he restated it almost word for word."
A2 = "What was more interesting was the tone. He did not slam the door. He said Russia would keep studying the replies and that dialogue would continue. If he had wanted to declare the diplomatic track dead, that was the moment, and he didn't."
SCEN = "Yes, he painted a scenario in which Ukraine is a member, tries to retake Crimea by force, and Russia ends up at war with the whole alliance."
A3 = SCEN + " It is an argument designed for Western audiences. The point is to say: keeping Ukraine out of NATO is not just a Russian preference, it is in your own interest."
MW = "What Moscow wants is not a delay; it wants a legal prohibition, a signature, and no Western government can give that without abandoning the principle that every country chooses its own alliances."
A4 = "I don't find it persuasive, frankly. Nobody in the alliance is offering Ukraine membership any time soon, and the Kremlin knows it. " + MW
A5 = "Quite a lot, actually. From what has leaked, Washington offered talks on reciprocal transparency for missile deployments in Romania and Poland, limits on the size and proximity of exercises, and a revived conversation on intermediate-range missiles. Ten years ago, Moscow would have been delighted to get any of that."
A6 = "Those are real security gains, and in my view Russia should take them. A mutual ban on ground-launched intermediate-range missiles in Europe would make everyone safer. It is also exactly what the Russians themselves proposed in 2019 after the INF Treaty collapsed."
A7 = "That is the official line, and it is partly negotiating posture. Ryabkov in particular has been very careful to say the missile proposals are interesting \"but not instead of the main thing.\" That leaves room. Lavrov's letter to OSCE capitals about the indivisibility of security is another way of keeping the process alive on Russia's terms."
A8 = "The Americans and Europeans have been consistent: there cannot be serious progress while more than 100,000 troops sit on Ukraine's borders. I think that is a legitimate demand and the right order of things. You do not negotiate arms control with a gun on the table."
A9 = "Bucharest was a compromise that satisfied nobody, and many of us said so at the time. But revoking it now, under military pressure, would be a gift to Moscow and a disaster for the alliance's credibility. I would not do it."
A10 = "There are two clocks running. One is diplomatic: Russia has promised a formal reply to the American paper, and there will likely be another Blinken–Lavrov meeting. The other is military: the joint exercises in Belarus run until February 20, and the weather and the ground in Ukraine matter for any operation."
A11 = "My honest answer is that I don't know which clock Putin is watching. I'm not sure he has decided."
L["carnegie-2022-02-02-putin-reply-security-guarantees-qa"] = [
 (A1, EMS, 1, EM, "nato-non-expansion", "mentions", 1, ""),
 (A1, EMS, 1, EM, "no-strike-weapons-near-borders", "mentions", 1, ""),
 (A1, EMS, 1, EM, "rollback-to-1997", "mentions", 1, ""),
 (PUT, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PUT, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PUT, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (A2, EMS, 1, EM, "", "", 1, ""),
 (A3, EMS, 1, EM, "no-ukraine-membership", "mentions", 1, ""),
 (SCEN, "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 (A4, EMS, 1, EM, "no-ukraine-membership", "rejects", 1, ""),
 (A4, EMS, 1, EM, "written-legal-guarantees", "mentions", 1, ""),
 (A4, EMS, 1, EM, "nato-open-door", "mentions", 1, ""),
 (MW, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MW, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (A5, EMS, 1, EM, "no-strike-weapons-near-borders", "mentions", 1, ""),
 (A5, EMS, 1, EM, "limit-military-exercises", "mentions", 1, ""),
 (A5, EMS, 1, EM, "no-intermediate-range-missiles", "mentions", 1, ""),
 (A6, EMS, 1, EM, "no-intermediate-range-missiles", "supports", 1, ""),
 (A7, EMS, 1, EM, "no-intermediate-range-missiles", "mentions", 1, ""),
 ("but not instead of the main thing.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (A8, EMS, 1, EM, "russia-de-escalation", "supports", 1, ""),
 (A9, EMS, 1, EM, "rescind-bucharest-2008", "rejects", 1, ""),
 (A10, EMS, 1, EM, "", "", 1, ""),
 (A11, EMS, 1, EM, "", "", 1, ""),
]

D = "2022-01-19"
TL = "Minister of State Dr Tobias Lindner"
TLS = "tobias-lindner"
B1 = "Thank you, Mr Chairman. Ladies and gentlemen, the situation is serious. Russia has concentrated more than 100,000 soldiers with heavy equipment around Ukraine, and in recent days further units have been moved into Belarus. The Federal Government's first and most urgent demand is that Russia take concrete steps towards de-escalation and withdraw these troops."
IDEA = "I am thinking above all of the idea that NATO should commit itself never again to admit a new member, and that it should be named explicitly that Ukraine may not join."
B2 = "The Russian side put forward two draft texts on 17 December. Some of what is in them is, frankly speaking, unacceptable for us and for all our Allies. " + IDEA + " The freedom of every state to choose its alliances is a principle that we ourselves signed in the Charter of Paris, and we will not give it up."
EQ = "Equally unacceptable is the demand that the Alliance withdraw troops and infrastructure from the states that joined after 1997."
B3 = EQ + " Our Baltic and Polish partners would become members of a second class. That will not happen with this Federal Government."
B4 = "At the same time, there are subjects on which we are ready to talk, and I want to say that clearly. Arms control, the question of intermediate-range systems in Europe, more transparency and notification in manoeuvres, better mechanisms to avoid incidents in the air and at sea. Such talks, however, can only take place on a basis of reciprocity."
W1 = "Thank you, Mr Chairman. Minister of State, I share your assessment of the Russian drafts. These are not negotiating proposals, this is an ultimatum. Moscow wants a veto over the alliance decisions of sovereign states, and we must say no to that without any ambiguity."
O1 = "Thank you. I would like to underline one point. For us, the path to Ukraine's membership is not on the agenda tomorrow, but it is not for Moscow to close it. We remain with the open door."
N1 = "Mr Chairman, dear colleagues. One must also understand the Russian side. In 1990 there were assurances to Gorbachev that the alliance would not expand eastwards. Since then NATO has expanded five times."
RD = "In our view, Russia's desire for written, legally binding guarantees is understandable after these experiences."
N2 = RD + " We call on the Federal Government to seriously examine the Russian proposals instead of rejecting them as a whole."
T1 = "Thank you. We consider it right that the military channels between NATO and Russia be reopened as quickly as possible. It is dangerous that today there is practically no direct line between the militaries."
R1 = "Thank you for the questions. On the OSCE: we support the initiative of the Polish chairmanship fully, and we see the Vienna Document as an instrument that should be modernised."
R2 = "On military contacts: yes, the Federal Government would welcome if channels of communication between the militaries were re-established, in particular to prevent dangerous incidents. This was also a subject in Brussels."
R3 = "On the question of weapons deliveries, the Federal Government is keeping to its established line. And on sanctions, I refer to the statements of the Chancellor: in the case of a military aggression, everything will be on the table."
R4 = "Let me add one remark to colleague Nonnenbruch. The so-called assurances of 1990 were never agreed in a treaty, and Russia itself signed the Founding Act in 1997 and the Charter of Paris. We will not negotiate with Moscow about a return to a Europe of zones of influence."
L["bundestag-2022-01-19-foreign-affairs-committee-russia-ukraine"] = [
 (B1, TLS, 1, TL, "russia-de-escalation", "supports", 1, D),
 (B2, TLS, 1, TL, "nato-non-expansion", "rejects", 1, D),
 (B2, TLS, 1, TL, "no-ukraine-membership", "rejects", 1, D),
 (B2, TLS, 1, TL, "nato-open-door", "supports", 1, D),
 (IDEA, "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (IDEA, "russia", 0, "The Russian side", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (B3, TLS, 1, TL, "rollback-to-1997", "rejects", 1, D),
 (EQ, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (B4, TLS, 1, TL, "no-intermediate-range-missiles", "mentions", 1, D),
 (B4, TLS, 1, TL, "limit-military-exercises", "mentions", 1, D),
 (B4, TLS, 1, TL, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (W1, "hendrik-wallmeyer", 1, "Dr. Hendrik Wallmeyer", "nato-open-door", "supports", 1, D),
 (W1, "hendrik-wallmeyer", 1, "Dr. Hendrik Wallmeyer", "nato-non-expansion", "rejects", 1, D),
 (O1, "marlene-oswiecki", 1, "Marlene Oswiecki", "nato-open-door", "supports", 1, D),
 (O1, "marlene-oswiecki", 1, "Marlene Oswiecki", "no-ukraine-membership", "rejects", 1, D),
 (N1, "jorg-nonnenbruch", 1, "Jörg Nonnenbruch", "", "", 1, D),
 (N2, "jorg-nonnenbruch", 1, "Jörg Nonnenbruch", "written-legal-guarantees", "supports", 1, D),
 (RD, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (T1, "ulrike-thiessenhausen", 1, "Dr. Ulrike Thießenhausen", "resume-military-dialogue", "supports", 1, D),
 (R1, TLS, 1, TL, "", "", 1, D),
 (R2, TLS, 1, TL, "resume-military-dialogue", "supports", 1, D),
 (R3, TLS, 1, TL, "", "", 1, D),
 (R4, TLS, 1, TL, "nato-non-expansion", "rejects", 1, D),
]

write_gold(L, "articles-310", "gold-310")
