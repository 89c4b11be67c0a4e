#!/usr/bin/env python3
"""Writes the held-out gold of batch 130 (gold-130/*.nq) from the labels below.

Batch 130 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
January 2022 crisis over Russia's "security guarantees":

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy with front
  matter, straight quotes, a quotation split by "Ryabkov said", a quotation
  interrupted by "Sherman told reporters", a speaker named by role ("The
  deputy foreign minister") and by pronoun, history (Baker 1990, Bucharest
  2008) and a description of the draft treaties that are not labelled.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  with a UTF-8 BOM and CRLF line ends, speaker labels, a moderator and
  journalists' questions (a question reporting Grushko's demand is not
  labelled).
- ukrinform-2022-01-13-osce-vienna: Ukrinform wire without front matter
  (date in the text), curly quotes, a standfirst and a link line, several
  speakers in one sentence (Rau and, in passing, Moscow; Tsymbaliuk and
  Moscow), reported speech about unspecified "key demands" (no label), the
  Helsinki Final Act as history.
- interfax-2022-01-24-grushko-interview: Interfax Q&A interview with front
  matter; answers are dash paragraphs, questions start with "Q:"; guillemets
  inside the answers.
- state-2022-01-26-price-briefing: State Department press briefing
  transcript without front matter ("MR PRICE:" / "QUESTION:").
- bbc-2022-01-27-live-us-nato-replies: BBC News live page with front matter,
  timestamps, crossheads and a summary (not labelled), curly quotes, two
  ministers in one reported sentence, a senior EU official, an invented
  analyst, Lavrov's "main issue" (unspecified, no label).
- tass-2021-12-18-ryabkov-draft-treaties: machine-translated TASS item
  without front matter, „ “ quotes followed by ", — said ...", passive
  attribution ("It was also underlined by the diplomat"), "Kiev" as an
  actor, Stoltenberg's and Psaki's statements about no demand (no label).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "key
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia told the United States on Monday it had no intention of invading Ukraine, but Deputy Foreign Minister Sergei Ryabkov said Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that Ukraine would never be admitted to NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("Russia told the United States on Monday it had no intention of invading Ukraine, but Deputy Foreign Minister Sergei Ryabkov said Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that Ukraine would never be admitted to NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("After nearly eight hours of talks at the U.S. mission in Geneva, U.S. Deputy Secretary of State Wendy Sherman said Washington had firmly pushed back on what she called \"non-starter\" proposals, among them the demand that the alliance shut its door to Ukraine for good.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("For us it is absolutely mandatory,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("The deputy foreign minister dismissed Western calls for Russia to pull its forces back from the border, saying the troops were on Russian soil and there was \"no reason to fear escalation\".", "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 ("Sherman said the two sides had also touched on the idea of restoring regular military-to-military contacts, which she said \"could be explored\" in further meetings.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, D),
 ("Today was not a negotiation. It was a discussion to better understand each other's priorities and concerns,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("This was never going to be the day of a breakthrough. Both sides came to Geneva mainly to show that they had tried,", "marta-ekholm", 1, "Marta Ekholm", "", "", 1, ""),
 ("Ekholm said NATO's Bucharest pledge to Ukraine and Georgia would sooner or later come up in any serious negotiation, although revoking it had so far drawn far less attention in Western capitals than other items on the agenda.", "marta-ekholm", 1, "Ekholm", "rescind-bucharest-2008", "mentions", 0, ""),
 ("She said any Russian pullback from the border would be easy to verify from commercial satellite imagery, and that so far there was no sign of one.", "marta-ekholm", 1, "She", "russia-de-escalation", "mentions", 0, ""),
]
D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and we had a very serious and direct exchange.", *S, "", "", 1, D),
 ("NATO Allies and Russia expressed their views, and there are significant differences between us that will not be easy to bridge. But it was a positive sign that all Allies and Russia sat down around the same table and engaged on substantive topics.", *S, "", "", 1, D),
 ("Allies made it clear that Russia does not have a veto over whether Ukraine can become a NATO member. Ukraine's relationship with NATO will be decided by the 30 Allies and Ukraine, nobody else.", *S, "no-ukraine-membership", "rejects", 1, D),
 ("Allies made it clear that Russia does not have a veto over whether Ukraine can become a NATO member. Ukraine's relationship with NATO will be decided by the 30 Allies and Ukraine, nobody else.", *S, "nato-open-door", "supports", 1, D),
 ("We also cannot accept the idea that NATO should withdraw its forces and infrastructure from the Allies that joined after 1997. That would create first- and second-class members of the Alliance, and that is a non-starter.", *S, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to engage in dialogue with Russia on arms control, including on intermediate-range missiles, and on greater transparency and risk reduction for military exercises. We proposed a series of meetings on these issues.", *S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies are ready to engage in dialogue with Russia on arms control, including on intermediate-range missiles, and on greater transparency and risk reduction for military exercises. We proposed a series of meetings on these issues.", *S, "limit-military-exercises", "mentions", 1, D),
 ("We also suggested that NATO and Russia reopen their offices in Moscow and in Brussels, and that we re-establish military lines of communication to reduce risks and to avoid incidents and accidents.", *S, "resume-military-dialogue", "supports", 1, D),
 ("Russia was not in a position to agree to this programme of work today, but the Russian delegation did not reject it either. They said they needed time to come back to us.", *S, "", "", 1, D),
 ("And we call on Russia to de-escalate, to pull back its forces from Ukraine's borders, and to choose the path of diplomacy.", *S, "russia-de-escalation", "supports", 1, D),
 ("NATO's door remains open. No agreement between NATO and Russia can change the right of every European country to apply for membership, and no third country can decide that NATO will stop enlarging.", *S, "nato-open-door", "supports", 1, D),
 ("NATO's door remains open. No agreement between NATO and Russia can change the right of every European country to apply for membership, and no third country can decide that NATO will stop enlarging.", *S, "nato-non-expansion", "rejects", 1, D),
 ("Russia wants a legally binding treaty. Let me be very clear: Allies will not sign such a treaty. What we can offer is dialogue and concrete steps on arms control and transparency, not a legal document that rewrites the rules of European security.", *S, "written-legal-guarantees", "rejects", 1, D),
 ("NATO's deployments in the eastern part of the Alliance are defensive, proportionate and a response to Russia's own actions. We cannot accept a situation where Russia decides where Allies can deploy their own forces on their own territory.", *S, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("There is a real risk for a new armed conflict in Europe. That is exactly why we meet, and that is why we will continue to look for a political way forward, even when the differences are as deep as they are today.", *S, "", "", 1, D),
]
D = "2022-01-13"
L["ukrinform-2022-01-13-osce-vienna"] = [
 ("Ukraine will never accept an arrangement between Russia and the West that would close NATO’s door to it, Foreign Minister Dmytro Kuleba said on Thursday, as the Organization for Security and Co-operation in Europe held a special meeting in Vienna on Russia’s proposals for “security guarantees.”", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Any promise that NATO will stop enlarging is a promise made at the expense of others, and Ukraine will never accept it,", "dmytro-kuleba", 1, "Kuleba", "nato-non-expansion", "rejects", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau told the ambassadors that the Polish chairmanship stood ready to host a renewed dialogue on European security, but that the freedom of every participating State to choose its own security arrangements, including treaties of alliance, was “not up for negotiation.”", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 ("Asked by reporters about Moscow’s demand that Ukraine never be admitted to NATO, Rau said it was not for the OSCE chairmanship to take sides on questions of alliance membership.", "zbigniew-rau", 1, "Rau", "no-ukraine-membership", "mentions", 0, D),
 ("Asked by reporters about Moscow’s demand that Ukraine never be admitted to NATO, Rau said it was not for the OSCE chairmanship to take sides on questions of alliance membership.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("The Russian envoy insisted that American strike systems in Poland and Romania and the presence of NATO instructors in Ukraine amounted to “red lines” for Moscow.", "alexander-lukashevich", 1, "The Russian envoy", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The Russian envoy insisted that American strike systems in Poland and Romania and the presence of NATO instructors in Ukraine amounted to “red lines” for Moscow.", "alexander-lukashevich", 1, "The Russian envoy", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Ukraine’s Permanent Representative to the International Organisations in Vienna, Yevhenii Tsymbaliuk, said dialogue could only continue once Russia pulled its troops back from Ukraine’s border, and dismissed Moscow’s calls for talks “without preconditions.”", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, D),
 ("Ukraine’s Permanent Representative to the International Organisations in Vienna, Yevhenii Tsymbaliuk, said dialogue could only continue once Russia pulled its troops back from Ukraine’s border, and dismissed Moscow’s calls for talks “without preconditions.”", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-preconditions", "rejects", 0, D),
 ("Ukraine’s Permanent Representative to the International Organisations in Vienna, Yevhenii Tsymbaliuk, said dialogue could only continue once Russia pulled its troops back from Ukraine’s border, and dismissed Moscow’s calls for talks “without preconditions.”", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("The whole fight in Vienna is about two words, ‘open door’, and whether they still mean anything in 2022,", "oksana-dmytrenko", 1, "Oksana Dmytrenko", "nato-open-door", "mentions", 1, ""),
]
D = "2022-01-24"
G = ("alexander-grushko", 1, "Alexander Grushko")
L["interfax-2022-01-24-grushko-interview"] = [
 ("The conversation was frank and quite deep. But the alliance did not show any readiness to take our key concerns into account. We heard the familiar mantra about the «open door», which for us is a mantra about the unlimited expansion of NATO.", *G, "nato-open-door", "rejects", 1, D),
 ("I want to stress: we are not asking for favours. If NATO wants to avoid a military-technical response, it must give us legally binding guarantees that it will not expand further to the east, including to Ukraine and Georgia. Verbal assurances were already given to us once, and they turned out to be worthless.", *G, "written-legal-guarantees", "supports", 1, D),
 ("I want to stress: we are not asking for favours. If NATO wants to avoid a military-technical response, it must give us legally binding guarantees that it will not expand further to the east, including to Ukraine and Georgia. Verbal assurances were already given to us once, and they turned out to be worthless.", *G, "nato-non-expansion", "supports", 1, D),
 ("I want to stress: we are not asking for favours. If NATO wants to avoid a military-technical response, it must give us legally binding guarantees that it will not expand further to the east, including to Ukraine and Georgia. Verbal assurances were already given to us once, and they turned out to be worthless.", *G, "no-ukraine-membership", "supports", 1, D),
 ("We proposed returning to the configuration of 1997, when the Founding Act was signed. This means the withdrawal of foreign forces and military infrastructure from the countries that joined the alliance after that date. There is nothing exotic in this demand.", *G, "rollback-to-1997", "supports", 1, D),
 ("The same logic applies at sea and in the air. NATO warships and aircraft should not operate in areas from which they can strike targets on Russian territory, and we are ready to take on mirror commitments.", *G, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("It was not Russia that froze military cooperation in 2014. Today the restoration of military contacts with NATO is not on our agenda: we do not need contacts for the sake of contacts while the alliance refuses to discuss the substance.", *G, "resume-military-dialogue", "rejects", 1, D),
 ("Where we deploy our troops on our own territory is our sovereign business, and we will not accept any demands for «de-escalation» from those who have been pumping weapons into Ukraine for years.", *G, "russia-de-escalation", "rejects", 1, D),
 ("Then we will draw conclusions. The President has already said that we have a whole range of options. I would not like to speculate about them today.", *G, "", "", 1, D),
 ("The OSCE is a useful platform, and Minister Lavrov has written to his colleagues there about the principle of indivisible security. But the key issues are decided with the United States and NATO.", *G, "", "", 1, D),
]
D = "2022-01-26"
P = ("ned-price", 1, "Ned Price")
L["state-2022-01-26-price-briefing"] = [
 ("Good afternoon. Earlier today, Ambassador Sullivan delivered our written response to the Russian Government in Moscow, and NATO is delivering its own response in parallel. The Secretary will speak to this in more detail later this afternoon.", *P, "", "", 1, D),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes the concerns of the United States and our Allies and partners about Russia's actions that undermine security, and a principled and pragmatic evaluation of the concerns that Russia has raised.", *P, "", "", 1, D),
 ("It also makes clear the core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the inviolability of borders in Europe.", *P, "", "", 1, D),
 ("We have put forward ideas on reciprocal transparency measures and on reciprocal commitments by both the United States and Russia to refrain from deploying offensive strike systems on the territory of Ukraine. We are prepared to discuss these ideas with Russia.", *P, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("With that, happy to take your questions.", *P, "", "", 1, D),
 ("Matt, we are not going to negotiate in public, and I'm not going to characterize every element of the document. But I can tell you there is no change, and there will be no change, to our position on NATO's open door. That is a decision for NATO Allies and aspirants alone.", *P, "nato-open-door", "supports", 1, D),
 ("It is a written response, which is what the Russians asked for. It's not a treaty, and it was never intended to be one. What any legally binding arrangement might look like down the road is something that would have to be negotiated, and it would have to involve our Allies.", *P, "written-legal-guarantees", "mentions", 1, D),
 ("We are not going to release it publicly. We think diplomacy has the best chance to succeed if we provide space for confidential talks.", *P, "", "", 1, D),
 ("That is not going to happen. We are not going to withdraw forces from the territory of NATO Allies, full stop. If anything, Russia's continued buildup would lead to more NATO on the eastern flank, not less.", *P, "rollback-to-1997", "rejects", 1, D),
 ("We've been very clear that Russia should de-escalate and pull its forces back. But we are not setting that as a precondition for further conversations. We will pursue diplomacy for as long as the door to diplomacy is open.", *P, "russia-de-escalation", "supports", 1, D),
 ("We've been very clear that Russia should de-escalate and pull its forces back. But we are not setting that as a precondition for further conversations. We will pursue diplomacy for as long as the door to diplomacy is open.", *P, "no-preconditions", "supports", 1, D),
 ("Our security assistance to Ukraine is defensive, and it will continue. We are not going to ask Moscow for permission to help a sovereign partner defend itself.", *P, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Bucharest declaration was a decision of all NATO Allies, and it stands. We are not going to revisit it.", *P, "rescind-bucharest-2008", "rejects", 1, D),
 ("He has. The Secretary spoke with Foreign Minister Kuleba before the response was delivered, and we have consulted Kyiv closely on every element. Nothing about Ukraine without Ukraine.", *P, "", "", 1, D),
 ("We've seen those comments. The ball is now in Russia's court.", *P, "", "", 1, D),
]
D = "2022-01-27"
L["bbc-2022-01-27-live-us-nato-replies"] = [
 ("The United States will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Lithuania’s Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both warned on Thursday against accepting a proposal by Moscow for a moratorium on intermediate-range missiles in Europe, pointing out that Russia has already deployed its 9M729 cruise missile.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Lithuania’s Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both warned on Thursday against accepting a proposal by Moscow for a moratorium on intermediate-range missiles in Europe, pointing out that Russia has already deployed its 9M729 cruise missile.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Lithuania’s Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both warned on Thursday against accepting a proposal by Moscow for a moratorium on intermediate-range missiles in Europe, pointing out that Russia has already deployed its 9M729 cruise missile.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Washington sends instructors and weapons to Kyiv and then speaks of peace. The military development of Ukrainian territory by Nato countries must stop,", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, D),
 ("There can be no discussion about European security without the Europeans being at the table,", "josep-borrell", 1, "Borrell", "", "", 1, D),
 ("A senior EU official, briefing journalists on Thursday on condition of anonymity, said member states had seen the US text in advance and would not accept any arrangement under which allies needed Russia’s permission to hold exercises on their own territory.", "european-union", 0, "A senior EU official", "limit-military-exercises", "rejects", 0, D),
 ("The Americans have said no on enlargement and no on pulling troops out of the countries that joined Nato after 1997. For Moscow, those were always the point,", "tomas-brennagh", 1, "he", "nato-non-expansion", "mentions", 1, D),
 ("The Americans have said no on enlargement and no on pulling troops out of the countries that joined Nato after 1997. For Moscow, those were always the point,", "tomas-brennagh", 1, "he", "rollback-to-1997", "mentions", 1, D),
 ("There is nothing in the American answer that closes Nato’s door to Ukraine or that was decided behind our backs,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 ("Let’s not rush. It will take some time to analyse the answers,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Asked whether the talks could go on without any preconditions, he said that was “a question for the president”.", "dmitry-peskov", 1, "he", "no-preconditions", "mentions", 0, D),
 ("no positive response on the main issue", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main issue is our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The main issue is our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
]
D = "2021-12-17"
L["tass-2021-12-18-ryabkov-draft-treaties"] = [
 ("We propose to start the negotiations already in January, in Geneva, and we do not put any preliminary conditions. But the work must go on the basis of our drafts, and not to be dissolved in endless consultations", "sergei-ryabkov", 1, "the diplomat", "no-preconditions", "supports", 1, D),
 ("According to him, the draft treaty with the USA foresees that the parties do not deploy ground-launched missiles of intermediate and shorter range outside of national territory, and also in the areas of national territory, from which such missiles can strike the targets on the territory of other party.", "sergei-ryabkov", 1, "him", "no-intermediate-range-missiles", "supports", 0, D),
 ("Also the sides must refrain from the flights of the heavy bombers and from the presence of the surface warships in the areas, from which they can strike the targets on the territory of other side, pointed out the deputy minister.", "sergei-ryabkov", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("It was also underlined by the diplomat, that NATO must disavow the decision of Bucharest summit of 2008 about that Ukraine and Georgia will become the members of the alliance.", "sergei-ryabkov", 1, "the diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("This is not a menu, from which one can choose the dishes. Our proposals are the package, and to them must be answered in complex", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("As the MFA of Russia informed on Friday, the draft of the agreement with NATO also foresees, that the sides will not conduct the exercises with the participation of more than one brigade in the agreed zone along the borders, and will exchange the information about the exercises on regular basis.", "russian-foreign-ministry", 0, "the MFA of Russia", "limit-military-exercises", "supports", 0, D),
 ("To the verbal assurances we do not believe any more, we need the legally fixed obligations, and on paper", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, D),
 ("The official representative of the MFA Maria Zakharova on Saturday in her Telegram-channel called the statements of the western capitals about the „open doors“ of NATO a „propaganda cliché“.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2021-12-18"),
 ("Kiev already declared, that the demand of Moscow to not accept Ukraine into NATO is the interference in the internal affairs of the sovereign state.", "ukraine", 0, "Kiev", "no-ukraine-membership", "rejects", 0, ""),
 ("Kiev already declared, that the demand of Moscow to not accept Ukraine into NATO is the interference in the internal affairs of the sovereign state.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("About the bombers and the ships near our borders the Americans will speak, it is for them also the question of the safety. But about the military bases in Ukraine and in Central Asia they will not speak at all", "vadim-sorokoumov", 1, "the expert", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("About the bombers and the ships near our borders the Americans will speak, it is for them also the question of the safety. But about the military bases in Ukraine and in Central Asia they will not speak at all", "vadim-sorokoumov", 1, "the expert", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

write_gold(L, "articles-130", "gold-130")
