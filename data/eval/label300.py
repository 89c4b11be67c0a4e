#!/usr/bin/env python3
"""Writes the held-out gold of batch 300 (gold-300/*.nq) from the labels below.

Batch 300 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-10-us-russia-end-geneva-talks-without-breakthrough: Bloomberg
  news story (front matter, byline, 'Key Points' bullets not labelled); Ryabkov
  quote interrupted by "Ryabkov said", partial quotes, Baker/Gorbachev 1990 history,
  Stoltenberg "said Friday" (2022-01-07), analyst with "according to".
- interfax-ukraine-2022-01-27-kuleba-us-response-door-remains-open: Interfax-Ukraine
  story, no front matter, UTF-8 BOM and CRLF, "KYIV. Jan 27 (Interfax-Ukraine)"
  dateline, translation-flavoured English, "Read also" links, Bucharest recall.
- white-house-2022-01-21-remarks-by-president-biden-and-exchange-with-reporters:
  White House transcript (front matter), THE PRESIDENT / Q labels, each answer
  paragraph a direct quotation; demands named inside reporters' questions
  (not labelled); Moscow's wants named in passing inside Biden's answers.
- lsm-2022-01-13-latvia-says-allied-troops-stay-as-osce-meets: LSM English story,
  no front matter; rollback-to-1997 voiced by many Latvians, a tweet quoted,
  the NATO draft's content paraphrased (document, not labelled), OSCE speakers.
- axios-2022-01-26-us-hands-russia-written-response: Axios Smart Brevity (front
  matter), bolded-style section leads and bullets, short partial quotes under six
  words, the U.S. as an organisation acting, "said Tuesday"/"said Monday".
- war-on-the-rocks-2022-02-03-what-moscow-heard-in-the-written-answers: War on the
  Rocks commentary, no front matter; the author's own argument is not labelled
  (it is neither a quotation nor reported speech of a speaker), Putin's long
  three-demand quote, Founding Act 1997 history, an analyst "told me".
- poslanecka-snemovna-2022-01-19-foreign-affairs-committee-security-guarantees:
  Czech Chamber of Deputies committee stenographic record in English translation
  (front matter); speaker labels, each paragraph a direct quotation; the chairman
  (host) and a deputy's question get no label; the resolution text is a document.

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

Writer's notes: an explicit refusal to "close"/"slam shut" NATO's door against
Moscow's demand is labelled nato-open-door supports and nato-non-expansion
rejects; a bare affirmation of every nation's right to choose is nato-open-door
only. Where a reported sentence embeds a partial quotation of six or more words,
the label sits on the quoted words (direct 1) and the sentence gets no second
label for the same demand.
"""
import os
from goldlib import write_gold

os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold-300"), exist_ok=True)

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["bloomberg-2022-01-10-us-russia-end-geneva-talks-without-breakthrough"] = [
 ("Deputy Foreign Minister Sergei Ryabkov, who led Moscow's delegation, told reporters after the meeting at the U.S. mission that Russia wanted it put on paper that Ukraine and Georgia would never be admitted to the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov, who led Moscow's delegation, told reporters after the meeting at the U.S. mission that Russia wanted it put on paper that Ukraine and Georgia would never be admitted to the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said Moscow was prepared to talk about missiles and the scale of drills but only as part of a package.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Ryabkov said Moscow was prepared to talk about missiles and the scale of drills but only as part of a package.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, D),
 ("We cannot have a situation where the topics that interest the Americans are discussed and our central question, non-enlargement, is simply left aside,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("He also brushed off Western calls to move troops away from the Ukrainian frontier.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("Our forces are on our own territory and we will move them where we consider necessary,", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 1, D),
 ("no reason to fear some kind of escalation scenario.", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, D),
 ("Sherman said Washington was willing to explore reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be stationed in Europe, areas she said could form the basis of further talks.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman said Washington was willing to explore reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be stationed in Europe, areas she said could form the basis of further talks.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said Russia could show it was serious about diplomacy by pulling its forces back from Ukraine's borders.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("The Kremlin's insistence on a formal ban on enlargement makes a deal nearly impossible, according to Tatiana Belova, a Russia analyst at Eurasia Group in London, because no U.S. administration could deliver it and the alliance's other 29 members would never sign on.", "tatiana-belova", 1, "Tatiana Belova", "nato-non-expansion", "mentions", 0, ""),
 ("The Kremlin's insistence on a formal ban on enlargement makes a deal nearly impossible, according to Tatiana Belova, a Russia analyst at Eurasia Group in London, because no U.S. administration could deliver it and the alliance's other 29 members would never sign on.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Neither side expected a breakthrough, and neither side got one,", "tatiana-belova", 1, "Belova", "", "", 1, ""),
 ("The question now is whether Moscow treats this as the start of a process or as proof that the West isn't listening.", "tatiana-belova", 1, "Belova", "", "", 1, ""),
 ("with a clear understanding of our position and a clear list of what we need,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Stoltenberg said Friday that allies were ready to talk with Moscow about arms control and transparency but would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-07"),
 ("We will not compromise on the core principles, including the right for every nation to decide its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-07"),
]

D = "2022-01-27"
L["interfax-ukraine-2022-01-27-kuleba-us-response-door-remains-open"] = [
 ("We saw the American answer before it was handed over to the Russian side. There is no element in it that would not suit Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("According to him, the main thing for Kyiv is that the United States did not agree to close the door of the Alliance.", "dmytro-kuleba", 1, "him", "nato-open-door", "supports", 0, D),
 ("According to him, the main thing for Kyiv is that the United States did not agree to close the door of the Alliance.", "dmytro-kuleba", 1, "him", "nato-non-expansion", "rejects", 0, D),
 ("The door of NATO remains open, and this is the answer to the main demand of the Kremlin. Nobody in Washington or Brussels is going to decide for Ukraine with whom Ukraine should be in union,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("The door of NATO remains open, and this is the answer to the main demand of the Kremlin. Nobody in Washington or Brussels is going to decide for Ukraine with whom Ukraine should be in union,", "dmytro-kuleba", 1, "the minister", "nato-non-expansion", "rejects", 1, D),
 ("The door of NATO remains open, and this is the answer to the main demand of the Kremlin. Nobody in Washington or Brussels is going to decide for Ukraine with whom Ukraine should be in union,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("Russia brought its troops to our borders, Russia must take them away. De-escalation is the only way, and we expect from Moscow concrete steps, not words,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("At the same time, Kuleba said Ukraine supports the dialogue of the USA and NATO with the Russian Federation on arms control and transparency of military exercises, if it is conducted on the principle of reciprocity and does not concern the sovereign choice of Ukraine.", "dmytro-kuleba", 1, "Kuleba", "limit-military-exercises", "mentions", 0, D),
 ("As Russian Foreign Minister Sergei Lavrov said on Thursday, the American document contains no positive reaction on the main question – the non-expansion of NATO eastward and the non-deployment of strike weapons systems near Russian borders.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("As Russian Foreign Minister Sergei Lavrov said on Thursday, the American document contains no positive reaction on the main question – the non-expansion of NATO eastward and the non-deployment of strike weapons systems near Russian borders.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("It will take time to analyze the answers, we will not rush,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("People's deputy of Ukraine, member of the Verkhovna Rada Committee on Foreign Policy and Interparliamentary Cooperation Vadym Kostiuk told Interfax-Ukraine that the Russian demand to fix legally the non-admission of Ukraine to NATO is \"an attempt to return to the world of spheres of influence, which ended in 1991.\"", "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 ("People's deputy of Ukraine, member of the Verkhovna Rada Committee on Foreign Policy and Interparliamentary Cooperation Vadym Kostiuk told Interfax-Ukraine that the Russian demand to fix legally the non-admission of Ukraine to NATO is \"an attempt to return to the world of spheres of influence, which ended in 1991.\"", "russia", 0, "Russian", "written-legal-guarantees", "supports", 0, ""),
 ("an attempt to return to the world of spheres of influence, which ended in 1991.", "vadym-kostiuk", 1, "Vadym Kostiuk", "no-ukraine-membership", "rejects", 1, ""),
 ("Ukraine's path to the Alliance is written in our Constitution, and no paper signed in Moscow can change it,", "vadym-kostiuk", 1, "the deputy", "no-ukraine-membership", "rejects", 1, ""),
 ("According to him, the Rada intends to appeal to the parliaments of the NATO member states with a call to confirm the decisions of the Bucharest summit.", "vadym-kostiuk", 1, "him", "rescind-bucharest-2008", "rejects", 0, ""),
 ("Putin needs a result he can show at home. If he does not get it on paper, he will try to get it in other ways, and this is what worries me most,", "oksana-prykhodko", 1, "the expert", "", "", 1, ""),
 ("we cannot and will not compromise on the principles on which the security of our Alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
]

D = "2022-01-21"
P = "THE PRESIDENT"
L["white-house-2022-01-21-remarks-by-president-biden-and-exchange-with-reporters"] = [
 ("Well, thank you all for being here.  Before we get to the agenda for today, I want to say a word about where we are with Russia and Ukraine.", "joe-biden", 1, P, "", "", 1, D),
 ("This morning, Secretary Blinken met with Foreign Minister Lavrov in Geneva.  It was a frank meeting, as Tony put it.  No one expected a breakthrough today, and there wasn't one.  But the diplomacy is continuing, and that's a good thing.", "joe-biden", 1, P, "", "", 1, D),
 ("I've been clear with President Putin from the very beginning: we're prepared to talk about things that matter to both of us.  We can talk about where offensive missiles are placed in Europe.  We can talk about the size and the number of military exercises and how we make them more transparent, on a reciprocal basis.  Those are real issues, and we're ready to put ideas down in writing.", "joe-biden", 1, P, "no-intermediate-range-missiles", "mentions", 1, D),
 ("I've been clear with President Putin from the very beginning: we're prepared to talk about things that matter to both of us.  We can talk about where offensive missiles are placed in Europe.  We can talk about the size and the number of military exercises and how we make them more transparent, on a reciprocal basis.  Those are real issues, and we're ready to put ideas down in writing.", "joe-biden", 1, P, "limit-military-exercises", "mentions", 1, D),
 ("But there are some things that are not on the table, period.  We're not going to let anyone decide for Ukraine whether or not it joins NATO.  That's up to Ukraine and the Alliance.  That's been the case since 1949, and it's not going to change because Russia has moved troops to the border.", "joe-biden", 1, P, "no-ukraine-membership", "rejects", 1, D),
 ("But there are some things that are not on the table, period.  We're not going to let anyone decide for Ukraine whether or not it joins NATO.  That's up to Ukraine and the Alliance.  That's been the case since 1949, and it's not going to change because Russia has moved troops to the border.", "joe-biden", 1, P, "nato-open-door", "supports", 1, D),
 ("And if he wants to show he's serious, the first step is simple: pull those forces back.  You've got over a hundred thousand troops sitting on Ukraine's border.  That's not the way you negotiate.", "joe-biden", 1, P, "russia-de-escalation", "supports", 1, D),
 ("So, with that, I'll take a couple of questions, and then we're going to get to work.", "joe-biden", 1, P, "", "", 1, D),
 ("We will share our ideas in writing, yes.  Secretary Blinken told him that.  We're going to consult with our allies and partners first — nothing about Ukraine without Ukraine, nothing about Europe without Europe.", "joe-biden", 1, P, "", "", 1, D),
 ("But let me be clear: writing something down doesn't mean we're going to sign a treaty that says NATO stops where Russia wants it to stop.  That's not happening.", "joe-biden", 1, P, "nato-non-expansion", "rejects", 1, D),
 ("But let me be clear: writing something down doesn't mean we're going to sign a treaty that says NATO stops where Russia wants it to stop.  That's not happening.", "joe-biden", 1, P, "written-legal-guarantees", "rejects", 1, D),
 ("But let me be clear: writing something down doesn't mean we're going to sign a treaty that says NATO stops where Russia wants it to stop.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("No.  No.  Look, we've got commitments to our NATO Allies, Article 5 is a sacred obligation.  We are not going to withdraw forces from the eastern flank because Moscow doesn't like them there.  If anything, if Russia moves, we'll be sending more.", "joe-biden", 1, P, "rollback-to-1997", "rejects", 1, D),
 ("We are not going to withdraw forces from the eastern flank because Moscow doesn't like them there.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("I don't think he's made the decision yet.  I think he's still weighing it.  But I also think he's got to — he's going to have to pay a heavy price if he does.", "joe-biden", 1, P, "", "", 1, D),
 ("We've talked about it.  I'm not going to get ahead of the Pentagon.  Secretary Austin is working on options, and I'll have more to say on that.", "joe-biden", 1, P, "", "", 1, D),
 ("Look, the likelihood that Ukraine is going to join NATO in the near term is not very likely, based on where they are on reforms and everything else.  Everybody knows that.", "joe-biden", 1, P, "no-ukraine-membership", "mentions", 1, D),
 ("But that's a decision for Ukraine and for the thirty members of the Alliance.  It's not a decision for Vladimir Putin, and we're not going to sign away Ukraine's right to ask.", "joe-biden", 1, P, "nato-open-door", "supports", 1, D),
 ("But that's a decision for Ukraine and for the thirty members of the Alliance.  It's not a decision for Vladimir Putin, and we're not going to sign away Ukraine's right to ask.", "joe-biden", 1, P, "no-ukraine-membership", "rejects", 1, D),
]

D = "2022-01-13"
L["lsm-2022-01-13-latvia-says-allied-troops-stay-as-osce-meets"] = [
 ("Latvian officials on Thursday rejected any suggestion that NATO could scale back its presence in the Baltic states to satisfy Moscow, as the third round of this week's talks with Russia ended at the Organization for Security and Co-operation in Europe (OSCE) in Vienna without progress.", "latvia", 0, "Latvian officials", "rollback-to-1997", "rejects", 0, D),
 ("Latvian officials on Thursday rejected any suggestion that NATO could scale back its presence in the Baltic states to satisfy Moscow, as the third round of this week's talks with Russia ended at the Organization for Security and Co-operation in Europe (OSCE) in Vienna without progress.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("written as an ultimatum, not as an invitation to negotiate.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, D),
 ("Some of the things Russia is asking for would mean that we, Latvia, Lithuania, Estonia, Poland, become a kind of second-class members of NATO, where allied soldiers cannot be present,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 ("Some of the things Russia is asking for would mean that we, Latvia, Lithuania, Estonia, Poland, become a kind of second-class members of NATO, where allied soldiers cannot be present,", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("This is not acceptable and will never be acceptable.", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 ("Russia wants NATO to pack up and go home from the Baltics. The answer is no.", "artis-pabriks", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("Russia wants NATO to pack up and go home from the Baltics.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Pabriks told LSM later that the multinational battle group led by Canada at Ādaži would not be reduced and that Latvia would welcome a larger US presence.", "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 0, D),
 ("He said the principle of indivisible security meant that no state could strengthen its own security at the expense of others, and that the expansion of NATO had violated precisely this principle.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We need a clear answer to the question of non-expansion of NATO. If it is not there, we will be forced to take measures to eliminate the risks,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("US Ambassador to the OSCE Michael Carpenter told reporters that \"the drumbeat of war is sounding loud\" and that Washington would not compromise on the sovereign right of every state to choose its own security arrangements.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, D),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("He said the United States remained ready to discuss transparency measures for military exercises and risk reduction, provided Russia stepped back from the brink.", "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the United States remained ready to discuss transparency measures for military exercises and risk reduction, provided Russia stepped back from the brink.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("At least now everyone hears the same thing from Moscow. Nobody can say that the Baltic view is exaggerated,", "andris-vitols", 1, "Vītols", "", "", 1, ""),
 ("Ilze Bērziņa, a security analyst at the Latvian Institute of International Affairs, said the Kremlin's demand for a return to the 1997 borders of NATO infrastructure was designed to be rejected.", "ilze-berzina", 1, "Ilze Bērziņa", "rollback-to-1997", "mentions", 0, ""),
 ("Ilze Bērziņa, a security analyst at the Latvian Institute of International Affairs, said the Kremlin's demand for a return to the 1997 borders of NATO infrastructure was designed to be rejected.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("It is a maximalist opening position. Moscow knows perfectly well that no allied government can accept removing troops from the Baltics, so the question is what it will do when the rejection comes in writing,", "ilze-berzina", 1, "Bērziņa", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-26"
L["axios-2022-01-26-us-hands-russia-written-response"] = [
 ("The U.S. on Wednesday delivered its written response to Russia's sweeping security demands, offering talks on arms control and military drills but refusing to shut NATO's door to Ukraine.", "united-states", 0, "The U.S.", "limit-military-exercises", "mentions", 0, D),
 ("The U.S. on Wednesday delivered its written response to Russia's sweeping security demands, offering talks on arms control and military drills but refusing to shut NATO's door to Ukraine.", "united-states", 0, "The U.S.", "nato-open-door", "supports", 0, D),
 ("The U.S. on Wednesday delivered its written response to Russia's sweeping security demands, offering talks on arms control and military drills but refusing to shut NATO's door to Ukraine.", "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, D),
 ("There is no change; there will be no change", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, D),
 ("confidence-building measures regarding military exercises and maneuvers in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 ("He said the U.S. also proposed talks on arms control for missiles in Europe, building on Russia's own stated interest in limits on intermediate-range systems.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the U.S. also proposed talks on arms control for missiles in Europe, building on Russia's own stated interest in limits on intermediate-range systems.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Secretary-General Jens Stoltenberg said allies were ready to talk but \"will not compromise\" on the right of every nation to choose its path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Nothing in either document gives Moscow the binding, signed guarantee against enlargement it has insisted on since December — and both sides knew it.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Nothing in either document gives Moscow the binding, signed guarantee against enlargement it has insisted on since December — and both sides knew it.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("They asked for a treaty that freezes NATO. They got an invitation to negotiate on everything else,", "sasha-lindgren", 1, "Sasha Lindgren", "nato-non-expansion", "mentions", 1, ""),
 ("They asked for a treaty that freezes NATO. They got an invitation to negotiate on everything else,", "sasha-lindgren", 1, "Sasha Lindgren", "written-legal-guarantees", "mentions", 1, ""),
 ("They asked for a treaty that freezes NATO.", "russia", 0, "They", "nato-non-expansion", "supports", 0, ""),
 ("They asked for a treaty that freezes NATO.", "russia", 0, "They", "written-legal-guarantees", "supports", 0, ""),
 ("Lavrov's deputy, Alexander Grushko, has said Russia wants NATO to stop its \"exercises and reconnaissance flights\" near Russia's borders, not just discuss them.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, ""),
 ("Lavrov's deputy, Alexander Grushko, has said Russia wants NATO to stop its \"exercises and reconnaissance flights\" near Russia's borders, not just discuss them.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("not something that is up for discussion.", "ned-price", 1, "Ned Price", "rollback-to-1997", "rejects", 1, "2022-01-25"),
 ("If Russia invades, we will be sending more troops, not fewer, to our allies,", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
]

L["war-on-the-rocks-2022-02-03-what-moscow-heard-in-the-written-answers"] = [
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("He did not mention exercises, bombers, or the warships whose movements Russian diplomats had spent weeks complaining about.", "russia", 0, "Russian diplomats", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("uphold the principle of Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Foreign Minister Sergei Lavrov said on Jan. 28 that the response contained \"reasonable\" elements on secondary matters, but that on the main one — the refusal to take Ukraine and others into NATO — there was nothing.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("Foreign Minister Sergei Lavrov said on Jan. 28 that the response contained \"reasonable\" elements on secondary matters, but that on the main one — the refusal to take Ukraine and others into NATO — there was nothing.", "sergei-lavrov", 1, "Sergei Lavrov", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 ("If it depends on Russia, there will be no war,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("But we will not allow our interests to be rudely trampled on or ignored.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("He told Russian news agencies on Jan. 27 that Moscow would not accept a \"salami\" approach in which missiles and exercises were settled first and non-enlargement later, if ever.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("He told Russian news agencies on Jan. 27 that Moscow would not accept a \"salami\" approach in which missiles and exercises were settled first and non-enlargement later, if ever.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("He told Russian news agencies on Jan. 27 that Moscow would not accept a \"salami\" approach in which missiles and exercises were settled first and non-enlargement later, if ever.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("Moscow now reads that language as a cap on everything east of the old inner-German border.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There are no first- and second-class allies. Either Article 5 applies to all of us, or it applies to none.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 1, ""),
 ("Olga Vetrova, a former Russian diplomat now at the Geneva Centre for Security Policy, argues that the Kremlin can pocket such gains only if they are wrapped in language that lets it claim movement on the core.", "olga-vetrova", 1, "Olga Vetrova", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Olga Vetrova, a former Russian diplomat now at the Geneva Centre for Security Policy, argues that the Kremlin can pocket such gains only if they are wrapped in language that lets it claim movement on the core.", "olga-vetrova", 1, "Olga Vetrova", "limit-military-exercises", "mentions", 0, ""),
 ("Moscow can live without a treaty that bans enlargement forever. It cannot live with an answer that says enlargement is none of its business,", "olga-vetrova", 1, "Vetrova", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow can live without a treaty that bans enlargement forever. It cannot live with an answer that says enlargement is none of its business,", "olga-vetrova", 1, "Vetrova", "written-legal-guarantees", "mentions", 1, ""),
 ("The Biden administration has been consistent that no country gets a veto over another's alliance choices.", "united-states", 0, "The Biden administration", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-19"
J = "Jan Lipavský"
L["poslanecka-snemovna-2022-01-19-foreign-affairs-committee-security-guarantees"] = [
 ("Thank you, Mr. Chairman, dear members of committee. Last week we have seen three rounds of talks with the Russian Federation, and I must say that the results are, let us say, very modest. The Russian side came with the same positions which it published on 17 December, and did not move from them by a single millimetre.", "jan-lipavsky", 1, J, "", "", 1, D),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997. This would mean also from the Czech Republic, I want to underline this. For the government of the Czech Republic these demands are unacceptable, and I said this also to our allies in Brussels.", "jan-lipavsky", 1, J, "nato-non-expansion", "rejects", 1, D),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997. This would mean also from the Czech Republic, I want to underline this. For the government of the Czech Republic these demands are unacceptable, and I said this also to our allies in Brussels.", "jan-lipavsky", 1, J, "no-ukraine-membership", "rejects", 1, D),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997. This would mean also from the Czech Republic, I want to underline this. For the government of the Czech Republic these demands are unacceptable, and I said this also to our allies in Brussels.", "jan-lipavsky", 1, J, "rollback-to-1997", "rejects", 1, D),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997. This would mean also from the Czech Republic, I want to underline this. For the government of the Czech Republic these demands are unacceptable, and I said this also to our allies in Brussels.", "jan-lipavsky", 1, J, "written-legal-guarantees", "mentions", 1, D),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997.", "russia", 0, "The Russian Federation", "nato-non-expansion", "supports", 0, ""),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997.", "russia", 0, "The Russian Federation", "no-ukraine-membership", "supports", 0, ""),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997.", "russia", 0, "The Russian Federation", "rollback-to-1997", "supports", 0, ""),
 ("The Russian Federation demands that NATO commits itself in legally binding form that it will not enlarge any more, that it will not admit Ukraine and Georgia, and that allied forces will be withdrawn from the states which joined after 1997.", "russia", 0, "The Russian Federation", "written-legal-guarantees", "supports", 0, ""),
 ("The position of the government is clear: every sovereign state has the right to choose its alliances, and no third country has a right of veto over the decisions of NATO. On this point there is full unity among the allies, and the United States consulted with us before Geneva and after it.", "jan-lipavsky", 1, J, "nato-open-door", "supports", 1, D),
 ("At the same time we do not refuse dialogue. We are ready to discuss arms control, transparency of military exercises, the incidents at sea and in the air. But first the Russian Federation must withdraw its troops from the borders of Ukraine. The concentration of more than one hundred thousand soldiers is not a gesture for dialogue.", "jan-lipavsky", 1, J, "limit-military-exercises", "mentions", 1, D),
 ("At the same time we do not refuse dialogue. We are ready to discuss arms control, transparency of military exercises, the incidents at sea and in the air. But first the Russian Federation must withdraw its troops from the borders of Ukraine. The concentration of more than one hundred thousand soldiers is not a gesture for dialogue.", "jan-lipavsky", 1, J, "russia-de-escalation", "supports", 1, D),
 ("The Czech Republic is informed by the American side in the framework of NATO consultations, and we will see the text. About the exercises, I cannot anticipate anything, but I can tell you that we would not agree to any restriction which would apply only to allies and not to the Russian side. Reciprocity is the condition.", "jan-lipavsky", 1, J, "limit-military-exercises", "mentions", 1, D),
 ("Thank you, Mr. Chairman. I would like to say that not everybody in this room sees the situation only in black and white. The Russian side says it does not want the missiles of the Americans five minutes from Moscow. This is a legitimate concern, whether we like it or not, and I think we should say so openly, because a war is not in the interest of anyone.", "jiri-sedlacek", 1, "Jiří Sedláček", "no-intermediate-range-missiles", "supports", 1, D),
 ("The Russian side says it does not want the missiles of the Americans five minutes from Moscow.", "russia", 0, "The Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 ("I do not say that we should accept everything. The withdrawal from the Czech Republic, this is nonsense, nobody here wants it. But to say that Ukraine will not be in NATO in the next twenty years, this is simply reality, and I do not see why it is a tragedy to put it on paper.", "jiri-sedlacek", 1, "Jiří Sedláček", "rollback-to-1997", "rejects", 1, D),
 ("I do not say that we should accept everything. The withdrawal from the Czech Republic, this is nonsense, nobody here wants it. But to say that Ukraine will not be in NATO in the next twenty years, this is simply reality, and I do not see why it is a tragedy to put it on paper.", "jiri-sedlacek", 1, "Jiří Sedláček", "no-ukraine-membership", "supports", 1, D),
 ("I do not say that we should accept everything. The withdrawal from the Czech Republic, this is nonsense, nobody here wants it. But to say that Ukraine will not be in NATO in the next twenty years, this is simply reality, and I do not see why it is a tragedy to put it on paper.", "jiri-sedlacek", 1, "Jiří Sedláček", "written-legal-guarantees", "supports", 1, D),
 ("Just briefly. Mr. Deputy, I respect your opinion, but we cannot sign on behalf of Ukraine a paper which closes its way. This is the logic of 1938, that big powers decide about smaller states without them. The Czech Republic, of all countries, should not accept this.", "jan-lipavsky", 1, J, "no-ukraine-membership", "rejects", 1, D),
 ("Just briefly. Mr. Deputy, I respect your opinion, but we cannot sign on behalf of Ukraine a paper which closes its way. This is the logic of 1938, that big powers decide about smaller states without them. The Czech Republic, of all countries, should not accept this.", "jan-lipavsky", 1, J, "nato-open-door", "supports", 1, D),
]

write_gold(L, "articles-300", "gold-300")
