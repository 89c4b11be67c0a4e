#!/usr/bin/env python3
"""Writes the eighty-ninth held-out gold (gold-89/*.nq) from the labels below.

Batch 89 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw, seven articles in seven
forms:
- Reuters wire copy from the Geneva talks (10 Jan), front matter, straight
  quotes, a quotation split by "Sherman said", a quotation running on after
  "said X", a quoted passage of the draft treaty, Bucharest 2008 background;
- the NATO press conference after the NATO-Russia Council (12 Jan), an
  official transcript without front matter ("12 Jan. 2022" in the text),
  speaker labels, moderator and journalists' questions;
- a Kyiv Post Q&A interview with Dmytro Kuleba (given on Thursday 20 Jan,
  published 21 Jan), front matter, curly quotes, "Kuleba:" answer labels;
- a RIA Novosti report machine-translated into English (27 Jan), no front
  matter, UTF-8 BOM and CRLF line ends, « » quotation marks, "– has said X"
  attribution after the quotation, link lines, role names ("the diplomat",
  "the representative of the Kremlin");
- a White House press briefing by Jen Psaki (26 Jan), front matter, "Q:" and
  "MS. PSAKI:" labels;
- a DW live blog from the OSCE Permanent Council in Vienna (13 Jan), no front
  matter ("Date 13.01.2022"), „ “ quotation marks, timestamped entries with
  crossheads, key points, a photo caption, two speakers in one sentence, a
  senior EU official, unnamed Western diplomats;
- a Politico Europe analysis quoting invented experts (2 Feb), front matter,
  curly quotes, an embassy statement, a quoted NATO document, Baker 1990 and
  the 1997 Founding Act as background.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
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
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it needed firm guarantees that Ukraine would never join NATO, as the two sides ended nearly eight hours of talks in Geneva without a breakthrough and with Western capitals still fearing a Russian attack on its neighbour.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, legally binding guarantees, not words and not a moratorium that can be lifted tomorrow,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("This is a package, and it cannot be taken apart into the pieces that happen to suit Washington.", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Ryabkov said Russia had come to Geneva without setting any preconditions and expected Washington to negotiate on the same basis.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("He again denied that Moscow planned to invade Ukraine and brushed aside Western calls for a pullback, saying Russian units were training on Russian territory and would stay there as long as the General Staff saw fit.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("The deputy foreign minister also said Moscow still wanted a ban on the deployment of U.S. intermediate-range missiles in Europe.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-intermediate-range-missiles", "supports", 0, D),
 ('U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, told reporters in a telephone briefing that Washington had firmly pushed back on Russia\'s demand for an end to NATO enlargement, calling it and several other Russian proposals "non-starters".', "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ('U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, told reporters in a telephone briefing that Washington had firmly pushed back on Russia\'s demand for an end to NATO enlargement, calling it and several other Russian proposals "non-starters".', "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Our first ask was simple: de-escalation, which means Russian troops going back to their barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("and we made clear that we will not negotiate over the heads of our European allies.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("Polish Foreign Minister Zbigniew Rau, whose country chairs the OSCE this year, said on Monday that NATO's eastern flank would not be weakened despite Moscow's demands that the alliance pull its forces back to where they stood in 1997.", "zbigniew-rau", 1, "Zbigniew Rau", "rollback-to-1997", "rejects", 0, D),
 ("Polish Foreign Minister Zbigniew Rau, whose country chairs the OSCE this year, said on Monday that NATO's eastern flank would not be weakened despite Moscow's demands that the alliance pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Everything hinges on NATO's open door, and that is the one thing neither side can move on,", "vera-lindqvist", 1, "Vera Lindqvist", "nato-open-door", "mentions", 1, ""),
 ("Geneva was only ever going to be the opening round.", "vera-lindqvist", 1, "Vera Lindqvist", "", "", 1, ""),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting in more than two years, and the discussion was serious, frank and at times difficult.", *S, "", "", 1, D),
 ("The Russian delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. NATO Allies and Russia expressed their views openly. There are significant differences between us on these issues, and they will not be easy to bridge. But it is a positive sign that all Allies and Russia sat down around the same table and engaged on substantive topics.", *S, "", "", 1, D),
 ("Allies made clear that we will not compromise on core principles. Every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", *S, "nato-open-door", "supports", 1, D),
 ("Allies made clear that we will not compromise on core principles. Every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", *S, "no-ukraine-membership", "rejects", 1, D),
 ("The idea that NATO should stop admitting new members, or withdraw forces and infrastructure from the Allies that joined after 1997, is unacceptable to all of us. We will not have first and second class members in NATO, and we will not give up our ability to protect and defend each other.", *S, "nato-non-expansion", "rejects", 1, D),
 ("The idea that NATO should stop admitting new members, or withdraw forces and infrastructure from the Allies that joined after 1997, is unacceptable to all of us. We will not have first and second class members in NATO, and we will not give up our ability to protect and defend each other.", *S, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to meet with Russia in a series of meetings to discuss a broad range of topics. We are ready to talk about arms control, including on intermediate-range missiles in Europe, and about more transparency and reciprocal limits on military exercises.", *S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies are ready to meet with Russia in a series of meetings to discuss a broad range of topics. We are ready to talk about arms control, including on intermediate-range missiles in Europe, and about more transparency and reciprocal limits on military exercises.", *S, "limit-military-exercises", "mentions", 1, D),
 ("We also proposed to re-establish our offices in Moscow and Brussels and to restore regular military-to-military channels, so that our commanders can talk to each other and reduce the risk of incidents and accidents. I hope Russia will take up that offer.", *S, "resume-military-dialogue", "supports", 1, D),
 ("There is a real risk for new armed conflict in Europe. Russia has amassed tens of thousands of combat-ready troops, heavy weapons and capabilities in and around Ukraine. We call on Russia to de-escalate, to pull back its forces and to choose the path of diplomacy.", *S, "russia-de-escalation", "supports", 1, D),
 ("The decision we took in Bucharest still stands. It is not up for negotiation with Moscow, and nobody is going to rewrite it because Russia asks us to.", *S, "rescind-bucharest-2008", "rejects", 1, D),
 ("What matters now is that Allies continue to train Ukrainian forces, to help Ukraine modernise its armed forces and to support its right to self-defence. That is not going to change.", *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We have listened carefully to what Russia said today about weapons systems close to its borders. Allies are ready to sit down and go through those concerns in detail, in the NATO-Russia Council and in other formats.", *S, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("But let me be clear: the security concerns are not only Russian. Allies also have concerns, including about the Russian deployments in Belarus, and any dialogue has to address those as well.", *S, "", "", 1, D),
 ("I'm not going to speculate about dates. Russia did not accept and did not reject the offer of further meetings. They said they needed time to get back to us, and I think that is understandable.", *S, "", "", 1, D),
]

D = "2022-01-20"
K = ("dmytro-kuleba", 1, "Kuleba")
L["kyivpost-2022-01-21-kuleba-interview"] = [
 ("Russia’s draft treaties are not a negotiating position, they are a list of demands written as if Ukraine does not exist. Ukraine will decide for itself whether and when to join NATO, and nobody in Moscow gets a vote on that.", *K, "no-ukraine-membership", "rejects", 1, D),
 ("Russia’s draft treaties are not a negotiating position, they are a list of demands written as if Ukraine does not exist. Ukraine will decide for itself whether and when to join NATO, and nobody in Moscow gets a vote on that.", *K, "nato-open-door", "supports", 1, D),
 ("Moscow says it wants written, legally binding guarantees from the Americans. That is a matter for Washington and Moscow to discuss between themselves, but nothing about Ukraine can be signed without Ukraine.", *K, "written-legal-guarantees", "mentions", 1, D),
 ("We are a sovereign state, and we will deploy on our own territory whatever weapons we need to defend ourselves. The Kremlin does not get to decide what our army keeps in its arsenal, whether it is Javelins, Bayraktars or anything else.", *K, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("There can be no talks without conditions while more than 100,000 Russian soldiers stand at our borders. De-escalation comes first: Russia must pull its troops back, and only then can diplomacy deliver anything.", *K, "no-preconditions", "rejects", 1, D),
 ("There can be no talks without conditions while more than 100,000 Russian soldiers stand at our borders. De-escalation comes first: Russia must pull its troops back, and only then can diplomacy deliver anything.", *K, "russia-de-escalation", "supports", 1, D),
 ("I was disappointed by some statements from Berlin this week, I will not hide that. But I believe our German partners will make the right choice in the end.", *K, "", "", 1, D),
 ("No. I have spoken to Secretary Blinken several times this week, and he has assured me there will be no decisions about Ukraine without Ukraine.", *K, "", "", 1, D),
 ("We are not naive. But we also see that the West has never been as united as it is now, and that is something Moscow did not expect.", *K, "", "", 1, D),
 ("Stay calm and trust our army and our diplomats. Panic is exactly what the Kremlin wants to create, and we will not give it that gift.", *K, "", "", 1, D),
]

D = "2022-01-27"
L["ria-2022-01-27-lavrov-otvet-ssha"] = [
 ("The main question is our clear position about inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position about inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Such selective reading is unacceptable for us. The freedom to choose the alliances cannot be realised at the expense of the security of other states", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, D),
 ("Do not expect the quick conclusions, it is necessary time for analysis, the president will acquaint with the documents", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Nobody can dictate to us where to keep our troops on our own land", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("We need not the words and not the promises, but the legally fixed guarantees, on the paper and with the signatures", "dmitry-peskov", 1, "the representative of the Kremlin", "written-legal-guarantees", "supports", 1, D),
 ("The official representative of MFA Maria Zakharova on the briefing on Thursday has declared, that Russia insists on the cancellation of the Bucharest formula of 2008 about the future membership of Ukraine and Georgia in NATO.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, D),
 ("The aircraft of the US strategic aviation and the warships have nothing to do near our borders, in the zones from where they can strike on the Russian territory", "maria-zakharova", 1, "the diplomat", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Every day we hear about the date of the invasion, then the date is changed, and the Western press does not apologise", "maria-zakharova", 1, "Zakharova", "", "", 1, D),
 ("The deputy minister of foreign affairs Sergei Ryabkov in the interview to the «Kommersant» has reminded, that Russia needs the refusal of the NATO countries from any military activity on the territory of Ukraine, of the states of Eastern Europe, of the Transcaucasia and of the Central Asia.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2022-01-26"
P = ("jen-psaki", 1, "PSAKI")
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi everyone. Good afternoon. As you all know, our Ambassador in Moscow delivered our written response to the Russian government earlier today, and Secretary Blinken is speaking about it at the State Department as we speak, so I won't get too far ahead of him.", *P, "", "", 1, D),
 ("The response sets out a serious diplomatic path if Russia chooses it, and it is clear about the principles we are not going to compromise on. We've consulted closely with our Allies and partners, including Ukraine, on every word of it.", *P, "", "", 1, D),
 ("It does, and the answer is the one we have given publicly for weeks. NATO's door is open, and it is not for Moscow to decide who walks through it. Ukraine's future in the Alliance is for Ukraine and the Allies to decide, not for Russia.", *P, "nato-open-door", "supports", 1, D),
 ("It does, and the answer is the one we have given publicly for weeks. NATO's door is open, and it is not for Moscow to decide who walks through it. Ukraine's future in the Alliance is for Ukraine and the Allies to decide, not for Russia.", *P, "no-ukraine-membership", "rejects", 1, D),
 ("No. It's a written response, not a treaty, and we are not going to turn it into a legally binding pledge. That was never on the table.", *P, "written-legal-guarantees", "rejects", 1, D),
 ("We've said we're willing to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems or forces with a combat mission in Ukraine. That is something we put on the table in a serious way, and it's up to Russia whether to engage.", *P, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We're going to keep the door to diplomacy open. But diplomacy can't make real progress while more than 100,000 troops sit on Ukraine's border. The fastest way to de-escalate is for Russia to pull those forces back, and that's what we're calling for.", *P, "russia-de-escalation", "supports", 1, D),
 ("No. Our aircraft and our ships operate in international airspace and international waters, consistent with international law, and that isn't going to change.", *P, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("He spoke with President Zelensky earlier this month, and I expect they will speak again soon. I don't have a call to preview for you at this point.", *P, "", "", 1, D),
 ("I'd point you to the German government on their own decisions. We are in close coordination with all of our Allies, including Germany, every step of the way.", *P, "", "", 1, D),
 ("There's no deadline on our end. We've delivered what we said we would deliver, and the ball is now in Russia's court.", *P, "", "", 1, D),
 ("Then we are prepared for that too. We've been very clear about the severe economic consequences, and we've been working with our partners on them for weeks.", *P, "", "", 1, D),
]

D = "2022-01-13"
L["dw-2022-01-13-osce-vienna-live"] = [
 ("We will not be asking the Kremlin for permission to train our soldiers on our own soil,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, D),
 ("Russian Deputy Foreign Minister Alexander Grushko and Moscow's envoy to the OSCE, Alexander Lukashevich, both insisted on Thursday that NATO must scale back its military exercises near Russia's borders.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, D),
 ("Russian Deputy Foreign Minister Alexander Grushko and Moscow's envoy to the OSCE, Alexander Lukashevich, both insisted on Thursday that NATO must scale back its military exercises near Russia's borders.", "alexander-lukashevich", 1, "Alexander Lukashevich", "limit-military-exercises", "supports", 0, D),
 ("Restoring military channels makes no sense as long as NATO treats Russia as an adversary,", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time, we will be forced to take measures to eliminate the threats,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He also said NATO's training missions and military advisers in Ukraine and Georgia amounted to military activity on Russia's doorstep that Moscow would no longer tolerate.", "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("We listened carefully as the Russian delegation explained why it wants Ukraine kept out of NATO, and we will respond after consulting our allies,", "michael-carpenter", 1, "he", "no-ukraine-membership", "mentions", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau said on Thursday the chairmanship was ready to host talks in Vienna on restoring regular contacts between Russian and Western military officers.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, D),
 ("A senior EU official said in Brussels on Thursday that the bloc would not accept any arrangement that divided Europe into spheres of influence and that every country had the right to choose its own alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, D),
 ("There is no security in Europe without the security of Ukraine.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("Polish Defense Minister Mariusz Błaszczak said on Thursday that US troops stationed in Poland would stay, rejecting Russia's call for NATO to pull its forces back to their 1997 positions as „a fantasy from the Kremlin.“", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "rollback-to-1997", "rejects", 0, D),
 ("Polish Defense Minister Mariusz Błaszczak said on Thursday that US troops stationed in Poland would stay, rejecting Russia's call for NATO to pull its forces back to their 1997 positions as „a fantasy from the Kremlin.“", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Moscow wants far more than a halt to NATO enlargement. Its list also includes a ban on any NATO activity in Ukraine, Georgia or Central Asia, and keeping US ships and planes out of striking range,", "katrin-esswein", 1, "Katrin Esswein", "nato-non-expansion", "mentions", 1, D),
 ("Moscow wants far more than a halt to NATO enlargement. Its list also includes a ban on any NATO activity in Ukraine, Georgia or Central Asia, and keeping US ships and planes out of striking range,", "katrin-esswein", 1, "Katrin Esswein", "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Moscow wants far more than a halt to NATO enlargement. Its list also includes a ban on any NATO activity in Ukraine, Georgia or Central Asia, and keeping US ships and planes out of striking range,", "katrin-esswein", 1, "Katrin Esswein", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
]

L["politico-2022-02-02-putin-list-analysis"] = [
 ("We see that our fundamental concerns have been ignored: preventing NATO expansion and returning the bloc’s military infrastructure in Europe to where it stood in 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We see that our fundamental concerns have been ignored: preventing NATO expansion and returning the bloc’s military infrastructure in Europe to where it stood in 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("confirm that the key demand of NATO non-expansion has simply been ignored.", "russia", 0, "The Russian embassy in Washington", "nato-non-expansion", "supports", 1, "2022-02-02"),
 ("Moscow is asking for two things at once: that NATO’s 2008 promise to Ukraine and Georgia be formally withdrawn, and that the alliance take back out everything it has built in the east since 1997,", "halina-okruszko", 1, "Halina Okruszko", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Moscow is asking for two things at once: that NATO’s 2008 promise to Ukraine and Georgia be formally withdrawn, and that the alliance take back out everything it has built in the east since 1997,", "halina-okruszko", 1, "Halina Okruszko", "rollback-to-1997", "mentions", 1, ""),
 ("And it wants every line of that signed and ratified, not just announced.", "halina-okruszko", 1, "Halina Okruszko", "written-legal-guarantees", "mentions", 1, ""),
 ("The Kremlin says it wants talks without preconditions, but its own draft reads like one long precondition,", "markus-tiedtke", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("The West’s first ask is that Russia pulls its troops back; Moscow’s first ask is its treaty. Neither side wants to go first,", "markus-tiedtke", 1, "Tiedtke", "russia-de-escalation", "mentions", 1, ""),
 ("The path forward is immediate de-escalation and the withdrawal of Russian troops from Ukraine’s borders,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-31"),
 ("Poland’s Deputy Foreign Minister Marcin Przydacz said on Monday that the U.S. missile defense base at Redzikowo was “not a bargaining chip” and that Warsaw would not accept any U.S.-Russian deal on intermediate-range missiles that limited what can be stationed on Polish soil.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, "2022-01-31"),
 ("In Kyiv, Ukrainian President Volodymyr Zelenskyy, hosting British Prime Minister Boris Johnson on Tuesday, said Ukraine would not give up its goal of joining NATO.", "volodymyr-zelensky", 1, "Volodymyr Zelenskyy", "no-ukraine-membership", "rejects", 0, "2022-02-01"),
 ("Everyone is waiting to see whether Putin thinks he has got enough to declare victory,", "halina-okruszko", 1, "Okruszko", "", "", 1, ""),
]

write_gold(L, "articles-89", "gold-89")
