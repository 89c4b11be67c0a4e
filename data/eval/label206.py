#!/usr/bin/env python3
"""Writes the held-out gold of batch 206 (gold-206/*.nq) from the labels below.

Batch 206 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-12-nato-russia-council-brussels: Associated Press wire story
  from Brussels on the NATO-Russia Council (front matter, straight quotes,
  caps byline); quotations interrupted by "she said", the diplomat/the Russian
  diplomat as pronoun-like speakers, Russia's demands in passing in the lede and
  in an analyst's sentence, "Allies" speaking as NATO, Baker 1990 / Founding Act /
  Bucharest background.
- reuters-2022-01-27-kremlin-us-reply-peskov-ryabkov: Reuters story from Moscow
  quoting Peskov and Ryabkov on the US written reply (front matter); a lede
  about unspecified "security demands" (no label), a quotation running over two
  sentences, indirect speech continued in a second sentence ("he added"),
  Blinken dated the day before, an analyst who only mentions.
- guardian-2022-01-28-putin-demands-west-answer-analysis: Guardian analysis by
  its diplomatic editor (front matter, standfirst, curly quotes and apostrophes,
  "Nato"); the drafts of 17 December paraphrased, Putin via the Kremlin readout,
  long history passages with quoted document words (not labelled), analysts with
  a stance of their own (support / reject), an undated "In December" statement.
- kremlin-2022-02-01-putin-orban-news-conference: kremlin.ru transcript of the
  Putin-Orban news conference (no front matter, date in the header, caption,
  speaker labels, "(retranslated)"); every answer or statement paragraph is one
  quotation, questions unlabelled, demand-less paragraphs about gas and Crimea.
- ria-novosti-2022-01-14-lavrov-press-conference-written-answer: RIA Novosti
  report of Lavrov's annual press conference in machine-translated English
  (UTF-8 BOM, CRLF line ends, « » quotes followed by "— said he", "Read also"
  lines); Ryabkov dated "on Thursday", the draft treaties, the US and NATO as
  joint speakers of one sentence.
- cnn-2022-01-26-russia-ukraine-live-updates: CNN live-updates page with ET
  time stamps, post headlines and "From CNN's ..." lines (front matter); a
  partial quotation of six-plus words inside reported speech, a headline that
  repeats a quotation without its full stop, many short demand-less quotations,
  an explainer post about Russia's demands.
- meduza-2022-01-22-what-does-russia-want: Meduza explainer in English ("What
  does Russia want?", no front matter, question crossheads, photo caption,
  "Read more" line); the drafts paraphrased without a day, Ryabkov and Putin
  quoted from earlier dates, a six-word partial quotation, analysts who mention
  and one who supports/rejects in her own words.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position; mentions when
the speaker only reports a demand, asks about it or offers to discuss it. A direct quotation
of six or more words about none of the demands gets one demand-less label (demand "", stance
""); reported speech about no demand or about demands left unspecified gets none. Background
history, words quoted from documents, headlines, crossheads, standfirsts, captions and link
lines are not labelled. A demand attributed in passing to Moscow inside another speaker's
sentence is also Russia's label (speaker russia, not a person, supports; undated when no day
is given). Dates are the day the words were said, resolved against the publication date; ""
when the text gives no day. Analysts and experts (independent people) speak for themselves
and have no side: they "support"/"reject" only when they voice the demand in their own words
with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-12"
L["ap-2022-01-12-nato-russia-council-brussels"] = [
 ("NATO and Russia laid out starkly different visions of European security on Wednesday during four hours of talks in Brussels, but neither side budged on Moscow's demand that the alliance close its doors to Ukraine and pull its forces back out of Eastern Europe.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("NATO and Russia laid out starkly different visions of European security on Wednesday during four hours of talks in Brussels, but neither side budged on Moscow's demand that the alliance close its doors to Ukraine and pull its forces back out of Eastern Europe.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There are significant differences between NATO allies and Russia, and they will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("But it is a positive sign that all 30 allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Stoltenberg said the allies had been united in telling the Russian delegation that they would not compromise on the core principles of European security, including the right of every nation to decide for itself which alliances it joins.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Russia does not have a veto on whether Ukraine can join NATO,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can join NATO,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He said the allies were ready to sit down with Moscow on arms control, including possible limits on where missiles are deployed and more transparency about large military exercises, but that the alliance's \"open door\" was not up for negotiation.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the allies were ready to sit down with Moscow on arms control, including possible limits on where missiles are deployed and more transparency about large military exercises, but that the alliance's \"open door\" was not up for negotiation.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the allies were ready to sit down with Moscow on arms control, including possible limits on where missiles are deployed and more transparency about large military exercises, but that the alliance's \"open door\" was not up for negotiation.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 ("According to a Western diplomat who attended the meeting and spoke on condition of anonymity to discuss the closed-door session, the Russian side told the allies that halting NATO's eastward march was \"an absolute imperative\" for Moscow.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, D),
 ("If the alliance moves toward a policy of deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("If there is containment, there will be counter-containment.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("He said Moscow needed guarantees \"on paper, with signatures\" that would put an end to the alliance's enlargement and keep Ukraine and Georgia out of it for good.", "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("He said Moscow needed guarantees \"on paper, with signatures\" that would put an end to the alliance's enlargement and keep Ukraine and Georgia out of it for good.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He said Moscow needed guarantees \"on paper, with signatures\" that would put an end to the alliance's enlargement and keep Ukraine and Georgia out of it for good.", "alexander-grushko", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("NATO keeps telling us that its door is open. For us, an open door is precisely the problem,", "alexander-grushko", 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 ("Grushko also said Russia had repeated its call for NATO to stop deploying offensive weapons in countries bordering Russia, saying that any such deployments created \"a direct threat\" to Russian security.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation at Monday's talks with Deputy Foreign Minister Sergei Ryabkov in Geneva, told reporters Wednesday that Washington had made clear that Russian proposals such as barring Ukraine from NATO were \"non-starters.\"", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation at Monday's talks with Deputy Foreign Minister Sergei Ryabkov in Geneva, told reporters Wednesday that Washington had made clear that Russian proposals such as barring Ukraine from NATO were \"non-starters.\"", "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 ("Nobody is going to shut NATO's door on the countries that want to walk through it,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the way forward depended on Russia pulling back the forces it has gathered near Ukraine.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("If Russia is serious, it will de-escalate,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("and it will do so in a way that we can see and verify.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("In draft documents published on Dec. 17, Moscow also demanded that NATO withdraw troops and weapons from countries that joined the alliance after 1997 and refrain from drills near Russia's borders.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("In draft documents published on Dec. 17, Moscow also demanded that NATO withdraw troops and weapons from countries that joined the alliance after 1997 and refrain from drills near Russia's borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("Allies have rejected the first demand outright but have hinted that some form of mutual restraint on exercises could be discussed.", "nato", 0, "Allies", "rollback-to-1997", "rejects", 0, ""),
 ("Allies have rejected the first demand outright but have hinted that some form of mutual restraint on exercises could be discussed.", "nato", 0, "Allies", "limit-military-exercises", "mentions", 0, ""),
 ("In Kyiv, Ukrainian Foreign Minister Dmytro Kuleba said Wednesday that no other country had the right to tell Ukraine which alliances it could or could not join.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("In Kyiv, Ukrainian Foreign Minister Dmytro Kuleba said Wednesday that no other country had the right to tell Ukraine which alliances it could or could not join.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("It was never realistic to expect a breakthrough in a single afternoon,", "tomas-vandersteen", 1, "Vandersteen", "", "", 1, ""),
 ("The Russians came to read out their list, and the allies came to read out their principles.", "tomas-vandersteen", 1, "Vandersteen", "", "", 1, ""),
 ("He said the Kremlin's insistence on a written pledge that NATO would never take in new members was something no allied government could sign, though there was \"real room\" for a deal on missiles and exercises.", "tomas-vandersteen", 1, "He", "nato-non-expansion", "mentions", 0, ""),
 ("He said the Kremlin's insistence on a written pledge that NATO would never take in new members was something no allied government could sign, though there was \"real room\" for a deal on missiles and exercises.", "tomas-vandersteen", 1, "He", "written-legal-guarantees", "mentions", 0, ""),
 ("He said the Kremlin's insistence on a written pledge that NATO would never take in new members was something no allied government could sign, though there was \"real room\" for a deal on missiles and exercises.", "tomas-vandersteen", 1, "He", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("He said the Kremlin's insistence on a written pledge that NATO would never take in new members was something no allied government could sign, though there was \"real room\" for a deal on missiles and exercises.", "tomas-vandersteen", 1, "He", "limit-military-exercises", "mentions", 0, ""),
 ("He said the Kremlin's insistence on a written pledge that NATO would never take in new members was something no allied government could sign, though there was \"real room\" for a deal on missiles and exercises.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("He said the Kremlin's insistence on a written pledge that NATO would never take in new members was something no allied government could sign, though there was \"real room\" for a deal on missiles and exercises.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("We are ready to listen, but we will not wait forever,", "alexander-grushko", 1, "the Russian diplomat", "", "", 1, D),
]

D = "2022-01-27"
W = "He said Russia had been explicit that it needed an unambiguous, legally binding commitment that Ukraine would never become a member of the alliance."
V = "A vague assurance that membership was \"not on the agenda today,\" he added, would not satisfy Moscow."
B = "Secretary of State Antony Blinken said on Wednesday that the U.S. document reaffirmed Washington's commitment to NATO's \"open door\" policy while setting out areas where the two sides could make progress, including reciprocal transparency measures on exercises and possible arms control on missiles in Europe."
P = "Peskov said the replies did touch on what he called secondary matters, such as intermediate-range missiles and notification of military drills, where there were grounds \"to continue the conversation.\""
VO = "Voloshinov said the Kremlin's core demand - that NATO formally rule out any further expansion - was a bar no U.S. administration could ever clear, and predicted that Moscow would try to split the issue into smaller pieces."
L["reuters-2022-01-27-kremlin-us-reply-peskov-ryabkov"] = [
 ("It cannot be said that our thoughts were taken into account or that any readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But we are not going to rush to any conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (P, "dmitry-peskov", 1, "Peskov", "no-intermediate-range-missiles", "mentions", 0, D),
 (P, "dmitry-peskov", 1, "Peskov", "limit-military-exercises", "mentions", 0, D),
 ("Asked whether Moscow would again be told to pull back the forces it has stationed near Ukraine's border, he said Russia moved troops around its own territory as it saw fit and would not take instructions from anyone on the matter.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("Our troops are on our own land, and that is nobody's concern but ours,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("The main issue is perfectly clear - the non-enlargement of NATO. On this main issue there is no positive reaction in the document,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 (W, "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (W, "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, D),
 (V, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 (V, "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, D),
 ("We will not be fobbed off with promises,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We had enough verbal promises in the nineties, and we know what they turned out to be worth.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said the U.S. paper did contain ideas that Moscow could work with on the stationing of missiles in Europe, a subject on which the two countries have talked since the collapse in 2019 of the Intermediate-Range Nuclear Forces (INF) Treaty.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We cannot take the parts we like and leave the rest on the table. It is a package, and it stays a package,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 (B, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (B, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (B, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("There is no change, and there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The Americans have given Moscow just enough to keep the conversation going and nothing that the Kremlin can present at home as a victory,", "andrei-voloshinov", 1, "he", "", "", 1, ""),
 (VO, "andrei-voloshinov", 1, "Voloshinov", "nato-non-expansion", "mentions", 0, ""),
 (VO, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-28"
G1 = "The documents demanded that Nato rule out membership for Ukraine and any other former Soviet republic, pull its forces back to where they stood in 1997 and halt all military activity in eastern Europe, the south Caucasus and central Asia."
G3 = "In a phone call with Emmanuel Macron on Friday, Vladimir Putin complained that the replies had ignored Russia’s “fundamental concerns”, according to the Kremlin, listing them as a halt to Nato’s expansion, a ban on strike weapons near Russia’s borders and a return of the alliance’s military infrastructure in Europe to its 1997 positions."
G7 = "The main thing for us is that Nato does not expand eastward and that strike weapons which could threaten Russian territory are not deployed,"
G8 = "The US paper, handed over on Wednesday and which Washington has asked Moscow not to publish, proposes talks on reciprocal limits on missiles in Europe, on transparency about exercises and on reviving the channels that once allowed soldiers on both sides to pick up the phone to one another."
G15 = "Maria Zakharova, the foreign ministry spokeswoman, went further on Thursday, saying Moscow would not accept a “moratorium” on Ukrainian membership in place of a ban that was binding in international law."
L["guardian-2022-01-28-putin-demands-west-answer-analysis"] = [
 (G1, "russia", 0, "The documents", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (G1, "russia", 0, "The documents", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (G1, "russia", 0, "The documents", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (G1, "russia", 0, "The documents", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (G3, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 (G3, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (G3, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, D),
 ("If it is up to Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "he", "", "", 1, D),
 (G7, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (G7, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 (G8, "united-states", 0, "The US paper", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (G8, "united-states", 0, "The US paper", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (G8, "united-states", 0, "The US paper", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot and will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Antony Blinken, the US secretary of state, said on Wednesday that the reply left no doubt that Washington would defend the right of countries such as Ukraine to choose their own alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("In December the deputy foreign minister, Sergei Ryabkov, said Nato had to formally disavow the 2008 decision before any serious conversation about European security could begin.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 (G15, "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 (G15, "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 0, "2022-01-27"),
 ("The demands were framed so that any answer short of total capitulation could be presented at home as a rejection,", "miriam-ellacott", 1, "she", "", "", 1, ""),
 ("Reciprocal limits on snap exercises near borders are in everybody’s interest, and the west should say so loudly rather than sound as if it is making a painful concession.", "miriam-ellacott", 1, "She", "limit-military-exercises", "supports", 1, ""),
 ("Any promise that Ukraine will never join Nato, even an informal one, would be read in Moscow as an invitation,", "kostiantyn-hrynenko", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("We cannot be spectators while our own security is being negotiated over our heads,", "josep-borrell", 1, "he", "", "", 1, "2022-01-27"),
]

D = "2022-02-01"
K2 = "We have not seen any adequate consideration of our three key demands: preventing further expansion of NATO, refusing to deploy strike weapon systems close to the Russian borders, and returning the bloc’s military capabilities and infrastructure in Europe to where they were in 1997, when the Russia-NATO Founding Act was signed. These central demands of ours were simply ignored."
K3 = "They keep telling us that every country is free to choose its own way of ensuring its security, including joining military alliances. Yes, but that is only half of the formula. The other half, which was signed in Istanbul in 1999 and in Astana in 2010, says that no one may strengthen their security at the expense of the security of other states. They are simply silent about this."
K4 = "In Bucharest in 2008 they announced that Ukraine and Georgia would become members. This decision has not been disavowed, and it must be disavowed, not with words at a press conference but officially."
K5 = "I want to draw attention to another point. Imagine that Ukraine is a NATO member, that it is filled with weapons and that modern strike systems are deployed on its territory, just like in Poland and Romania. Who will stop it from launching an operation in Crimea? Are we supposed to go to war with the NATO bloc? Has anyone thought about this? Apparently not."
K8 = "Nevertheless, I hope that we will find a solution in the end, although it will not be easy. There are certain things in the responses that can be discussed, such as intermediate-range missiles, and we are ready to discuss them, but only as part of a comprehensive agreement."
K9 = "We are moving our troops on our own territory. We have not demanded that anyone withdraw forces from the territory of the United States or from Poland, where American soldiers are now being stationed. Why should we be told where to keep our own army?"
def vp(ev, demand="", stance=""):
    return (ev, "vladimir-putin", 1, "Vladimir Putin", demand, stance, 1, D)
def vo(ev, demand="", stance=""):
    return (ev, "viktor-orban", 1, "Viktor Orban", demand, stance, 1, D)
L["kremlin-2022-02-01-putin-orban-news-conference"] = [
 vp("Our talks with the Prime Minister of Hungary took place in a businesslike and constructive atmosphere. We discussed trade and investment, energy cooperation, including the construction of new units at the Paks nuclear power plant, and a number of international issues."),
 vp("Russian gas supplies to Hungary are carried out under a long-term contract signed last year, at prices several times lower than spot prices in Europe. I would like to thank Mr Orban for his consistent position on these matters."),
 vp("Naturally, we also touched upon the situation in Europe and the proposals we have made to the United States and NATO on security guarantees. I informed the Prime Minister about our assessment of the written replies we have received."),
 vo("This is our thirteenth meeting, and I came here on a peace mission. Hungary is a member of NATO and the European Union, and everyone knows that. But Hungary also has an interest in a stable and predictable relationship between Russia and the European Union."),
 vo("We agreed to increase gas deliveries to Hungary. I also told the President that there is no European leader today who wants a war, and that the differences between the positions of the sides, in my opinion, can be bridged."),
 vo("I do not think we should speak of sanctions before any decision has been taken. Hungary always acts in line with its own interests and its commitments as a member of the alliance."),
 vo("As for the security guarantees, I think a reasonable agreement is possible that would ensure both Russia’s security and the security of the NATO member states. Hungary does not need additional foreign troops on its soil; we can defend ourselves."),
 vp("We have carefully analysed the written responses received from the United States and NATO on January 26. It is already clear to us – I told the Prime Minister about this as well – that Russia’s fundamental concerns have been ignored."),
 vp(K2, "nato-non-expansion", "supports"),
 vp(K2, "no-strike-weapons-near-borders", "supports"),
 vp(K2, "rollback-to-1997", "supports"),
 vp(K3, "nato-open-door", "rejects"),
 vp(K4, "rescind-bucharest-2008", "supports"),
 vp(K4, "written-legal-guarantees", "supports"),
 vp(K5, "no-ukraine-membership", "supports"),
 vp(K5, "no-strike-weapons-near-borders", "supports"),
 vp("Ukraine’s official documents say that Crimea must be returned, including by military means. This is not a statement made by some random person; it is written in their doctrine."),
 vp("So, in effect, Ukraine is an instrument for achieving one goal: to contain Russia. I believe the United States is not so much concerned about Ukraine’s security as about holding back the development of Russia."),
 vp(K8, "no-intermediate-range-missiles", "mentions"),
 vp(K9, "russia-de-escalation", "rejects"),
 vp("Today they are talking about some kind of invasion of Ukraine, and they are delivering weapons there. But we did not start this. It was NATO that came to our borders, not the other way round."),
 vo("May I add something? I told the President that Hungary, as a NATO member, will not take part in any steps that escalate the situation. We are interested in the talks continuing at all levels."),
 vp("Let us hope that we will be able to continue this dialogue. We are preparing our response, and I have asked the Foreign Ministry to complete it soon."),
]

D = "2022-01-14"
R3 = "The head of Russian diplomacy underlined that for Moscow the key is the non-expansion of NATO on the East and the non-deployment of the strike weapon systems near the Russian borders."
R4 = "According to him, without these two points the whole construction of the agreements «will not hold»."
R6 = "Answering to the question of the journalist of American agency about whether Moscow is ready to agree to the moratorium on the admission of Ukraine to NATO for some years, the minister said that Russia needs not the moratorium and not the promises but the legal obligations."
R13 = "At the same time the minister admitted that in the positions of the Western side, voiced in Geneva and Brussels, there are the elements which can be discussed, in the first place the questions of the deployment of the medium-range and shorter-range missiles and also the measures of the trust at the carrying out of military exercises."
R14 = "But these questions, he underlined, are secondary in comparison with the main Russian demands."
R17 = "Earlier on Thursday the deputy minister of foreign affairs Sergei Ryabkov declared in the interview to the TV channel RTVI that he sees no reasons for the new round of the negotiations in the nearest time, because the USA and NATO reject the key Russian demand about the non-admission of Ukraine and Georgia into the alliance."
R19 = "They contain in particular the obligation of the alliance not to expand on the East, and also the refusal of the carrying out of any military activity on the territory of Ukraine and other states of the Eastern Europe, South Caucasus and Central Asia."
R21 = "The USA and NATO previously declared that they are ready to discuss with Moscow the control over armaments, but they do not accept the Russian demand about the non-expansion of NATO."
L["ria-novosti-2022-01-14-lavrov-press-conference-written-answer"] = [
 ("We wait the written answer, article on article, on our proposals. Not the general words, but concrete answer on the text which we gave", "sergei-lavrov", 1, "he", "", "", 1, D),
 (R3, "sergei-lavrov", 1, "The head of Russian diplomacy", "nato-non-expansion", "supports", 0, D),
 (R3, "sergei-lavrov", 1, "The head of Russian diplomacy", "no-strike-weapons-near-borders", "supports", 0, D),
 (R4, "sergei-lavrov", 1, "him", "nato-non-expansion", "supports", 0, D),
 (R4, "sergei-lavrov", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Our patience has come to an end. We are not going to sit at the table for the sake of the sitting", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (R6, "sergei-lavrov", 1, "the minister", "written-legal-guarantees", "supports", 0, D),
 (R6, "sergei-lavrov", 1, "the minister", "no-ukraine-membership", "supports", 0, D),
 ("The moratorium — it is the pause, after which everything returns. We passed this already. We need the guarantees which are fixed on the paper and ratified", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("He also criticized the position of the Western colleagues, who, in his words, make from the policy of the «open doors» of NATO the sacred cow.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, D),
 ("They tell us: every state has the right to choose the alliances. But the same documents of OSCE say that nobody can strengthen own security on the account of the security of others. This part they forget", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, D),
 ("Lavrov named «unacceptable» the calls of the Western countries to withdraw the Russian troops from the regions near the border with Ukraine.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("In his words, Russia moves the armed forces on own territory and does not owe to explain this to anybody.", "sergei-lavrov", 1, "his", "russia-de-escalation", "rejects", 0, D),
 ("We do not tell to the Americans where to hold their troops in Texas or in Alaska", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 (R13, "sergei-lavrov", 1, "the minister", "no-intermediate-range-missiles", "mentions", 0, D),
 (R13, "sergei-lavrov", 1, "the minister", "limit-military-exercises", "mentions", 0, D),
 (R14, "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 (R14, "sergei-lavrov", 1, "he", "limit-military-exercises", "mentions", 0, D),
 ("There were the statements, but there was no conversation on the essence", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (R17, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 (R17, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 ("We see a certain dead end, the difference of the approaches", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 (R19, "russia", 0, "They", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (R19, "russia", 0, "They", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (R21, "united-states", 0, "The USA", "nato-non-expansion", "rejects", 0, ""),
 (R21, "nato", 0, "NATO", "nato-non-expansion", "rejects", 0, ""),
 (R21, "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-26"
C5 = "He said the document offered Moscow reciprocal transparency measures on force posture in Ukraine, steps to build confidence about military exercises and maneuvers in Europe, and talks on arms control covering missiles in Europe."
C15 = "Speaking at a news conference in Brussels, Stoltenberg said NATO was offering to re-establish military channels of communication with Russia, set up a civilian hotline, and discuss limits on missiles and reciprocal transparency on exercises."
C17 = "NATO will not sacrifice the right of every nation to choose its own path, and we will not accept second-class membership for allies that joined after 1997,"
C20 = "He said Moscow's bottom line remained a halt to NATO's enlargement and a ban on offensive weapons in countries neighboring Russia."
C26 = "In December, Moscow demanded that NATO deny membership to Ukraine, halt its eastward expansion and roll back troop deployments in Eastern European member states."
C28 = "US and NATO officials have said the first demand is a non-starter, but have signaled they are open to talks on missiles and military exercises."
KU = "It is important that the US position remains firm: NATO's door stays open, and only Ukraine and the allies will decide on our membership,"
L["cnn-2022-01-26-russia-ukraine-live-updates"] = [
 (KU, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KU, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 (C5, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (C5, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said the US had also made clear it would uphold \"core principles,\" including the right of countries to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "The top US diplomat", "", "", 1, D),
 ("It is very hard to make progress while Russia keeps a gun pointed at Ukraine's head. It needs to pull back,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("We're not going to negotiate in public, and the Russians know exactly where we stand,", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("This is about reassuring our NATO allies on the eastern flank,", "john-kirby", 1, "Kirby", "", "", 1, D),
 ("We continue to see Russian forces arriving,", "john-kirby", 1, "he", "", "", 1, D),
 ("The Russians should de-escalate, and they should do it now.", "john-kirby", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("We are strong enough to keep everything under control and to derail any provocation,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, D),
 ("Despite all the differences in interpretation, we agreed that the ceasefire must be observed by all parties,", "dmitry-kozak", 1, "Kozak", "", "", 1, D),
 (C15, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (C15, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (C15, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("We are prepared for the worst, but we are ready to sit down and talk seriously,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (C17, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (C17, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("If we do not get a constructive response and the West continues its aggressive course, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (C20, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (C20, "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We will not let our proposals get bogged down in endless discussions,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("Moscow wants to show that it can keep up the pressure for as long as it takes,", "olivia-kessler", 1, "Kessler", "", "", 1, D),
 ("Every new drill is a reminder of what happens if the talks go nowhere.", "olivia-kessler", 1, "Kessler", "", "", 1, D),
 (C26, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (C26, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (C26, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It also wants a ban on US intermediate-range missiles in Europe.", "russia", 0, "It", "no-intermediate-range-missiles", "supports", 0, ""),
 (C28, "united-states", 0, "US", "no-ukraine-membership", "rejects", 0, ""),
 (C28, "united-states", 0, "US", "no-intermediate-range-missiles", "mentions", 0, ""),
 (C28, "united-states", 0, "US", "limit-military-exercises", "mentions", 0, ""),
 (C28, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, ""),
 (C28, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, ""),
 (C28, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
]

F = "2022-01-21"
M3 = "Under the drafts, NATO would promise not to admit any new members — Ukraine first among them — and the United States would undertake not to set up military bases in the former Soviet republics that are not in the alliance, or to cooperate militarily with them."
M4 = "Both sides would agree not to station intermediate-range missiles where they could hit each other’s territory, and not to send warships and bombers into areas from which they could strike the other side."
M17 = "NATO, for its part, has said it is willing to talk about missile deployments and about transparency during military exercises, but not about closing its doors to new members."
M19 = "Parts of this package are negotiable: missiles, exercises, bombers flying along the border. These are things diplomats have been trading for decades,"
M22 = "Frankly, I think Moscow is right to want a ban on intermediate-range missiles in Europe. We had one for thirty years, and everyone was safer,"
M23 = "But nobody has the right to decide for Ukrainians which alliance they may join."
L["meduza-2022-01-22-what-does-russia-want"] = [
 (M3, "russia", 0, "the drafts", "nato-non-expansion", "supports", 0, ""),
 (M3, "russia", 0, "the drafts", "no-ukraine-membership", "supports", 0, ""),
 (M3, "russia", 0, "the drafts", "no-military-activity-ex-soviet", "supports", 0, ""),
 (M4, "russia", 0, "the drafts", "no-intermediate-range-missiles", "supports", 0, ""),
 (M4, "russia", 0, "the drafts", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Finally, NATO would pull its forces and weapons back to where they were in May 1997.", "russia", 0, "the drafts", "rollback-to-1997", "supports", 0, ""),
 ("We need to be absolutely sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The Russian side also insists that any promises be set down in a treaty.", "russia", 0, "The Russian side", "written-legal-guarantees", "supports", 0, ""),
 ("What we need are ironclad, bulletproof, legally binding guarantees — not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("You promised us in the nineties that NATO would not move an inch to the east. You cheated us, brazenly,", "vladimir-putin", 1, "he", "", "", 1, "2021-12-23"),
 ("We need long-term, legally binding guarantees. Not tomorrow — now.", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("After Friday’s meeting, Blinken said Washington would share its ideas with Moscow in writing next week, but that the United States would not bargain over NATO’s open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, F),
 ("We didn’t expect any major breakthroughs today, but I believe we are now on a clearer path in understanding each other’s concerns,", "antony-blinken", 1, "Blinken", "", "", 1, F),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper,", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("has never threatened the Ukrainian people", "sergei-lavrov", 1, "He", "", "", 1, F),
 (M17, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, ""),
 (M17, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
 (M17, "nato", 0, "NATO", "nato-open-door", "supports", 0, ""),
 (M19, "kirill-zavyalov", 1, "Kirill Zavyalov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (M19, "kirill-zavyalov", 1, "Kirill Zavyalov", "limit-military-exercises", "mentions", 1, ""),
 (M19, "kirill-zavyalov", 1, "Kirill Zavyalov", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The demand that NATO turn the clock back to 1997 is another matter. No one in Warsaw or Vilnius will agree to become a second-class ally.", "kirill-zavyalov", 1, "Kirill Zavyalov", "rollback-to-1997", "mentions", 1, ""),
 (M22, "yekaterina-moroz", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (M22, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (M23, "yekaterina-moroz", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 (M23, "yekaterina-moroz", 1, "she", "nato-open-door", "supports", 1, ""),
 ("It is too early to talk about results; we will assess everything once we see the text,", "dmitry-peskov", 1, "he", "", "", 1, F),
 ("The Kremlin denies any plans to attack Ukraine and has rejected Western calls to withdraw them, saying that Russia is free to move its troops within its own borders.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
]

write_gold(L, "articles-206", "gold-206")
