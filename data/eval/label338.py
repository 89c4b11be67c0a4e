#!/usr/bin/env python3
"""Writes the held-out gold of batch 338 (gold-338/*.nq) from the labels below.

Batch 338 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nyt-2022-01-27-answers-analysis: The New York Times news analysis of the US written
  answer; interrupted quotations, "Mr." honorifics with middle initials, 1990/1997 background,
  analyst quotes, a Moscow demand named in passing inside an analyst's quotation.
- tass-2022-01-10-geneva-live: TASS live updates from Geneva (UTF-8 BOM, CRLF, no front matter);
  time stamps, "Russian diplomat"/"the diplomat" speaker forms, a two-sentence quotation,
  reported speech with several demands, a Read also line and a photo caption.
- kremlin-2022-01-27-peskov-call: Kremlin transcript of Peskov's conference call; Question:/
  Dmitry Peskov: labels, one answer per paragraph, demand packages, open-door rejection.
- lrt-2022-01-14-interview-mikalauskiene: LRT English Q&A with an invented Lithuanian
  vice-minister (diacritics in the name), no front matter; multi-paragraph answers, a moratorium
  rejected, Russia's wish named in passing, Read more links.
- dw-2022-01-13-osce-vienna: Deutsche Welle story on the OSCE Permanent Council, curly quotes,
  crossheads, a standfirst, an invented German envoy and Austrian analyst, demands in passing.
- atlanticcouncil-2022-01-26-experts-react: Atlantic Council "Experts react" with four invented
  experts writing in their own words (each paragraph treated as the expert's direct words),
  jump links, bios, further reading.
- senate-armed-services-2022-01-20-european-security-hearing: SASC hearing transcript, senators'
  opening statements, witness statements and answers, questions unlabelled, 1990 history.

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

D = "2022-01-26"
L["nyt-2022-01-27-answers-analysis"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, D),
 ("What the document did do, officials said, was lay out areas where Washington believes a deal is possible: reciprocal limits on where offensive missiles can be based, transparency measures for large exercises, and a fresh look at the arms control architecture that collapsed when the Intermediate-Range Nuclear Forces Treaty died in 2019.", "united-states", 0, "officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("What the document did do, officials said, was lay out areas where Washington believes a deal is possible: reciprocal limits on where offensive missiles can be based, transparency measures for large exercises, and a fresh look at the arms control architecture that collapsed when the Intermediate-Range Nuclear Forces Treaty died in 2019.", "united-states", 0, "officials", "limit-military-exercises", "mentions", 0, ""),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Mr. Blinken", "", "", 1, D),
 ("no positive reaction on the main question", "sergey-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("a serious conversation on secondary issues.", "sergey-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 ("The Russians asked for a sweeping revision of the post-Cold War order, and they got a menu of confidence-building measures,", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "", "", 1, ""),
 ("Those are not trivial. A mutual ban on ground-launched intermediate-range missiles in Europe is something Moscow has said it wants. But it is not what Putin said he had to have.", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A mutual ban on ground-launched intermediate-range missiles in Europe is something Moscow has said it wants.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Matthew Rojansky-Hale, who directs a Russia program at a Washington research institute, noted that Mr. Putin had personally framed the demands as requiring \"legally binding\" assurances, and that the American answer was, by design, not a treaty.", "matthew-rojansky-hale", 1, "Matthew Rojansky-Hale", "written-legal-guarantees", "mentions", 0, ""),
 ("Matthew Rojansky-Hale, who directs a Russia program at a Washington research institute, noted that Mr. Putin had personally framed the demands as requiring \"legally binding\" assurances, and that the American answer was, by design, not a treaty.", "vladimir-putin", 1, "Mr. Putin", "written-legal-guarantees", "supports", 0, ""),
 ("If you read the Russian drafts as an opening bid, the reply is a counteroffer,", "matthew-rojansky-hale", 1, "he", "", "", 1, ""),
 ("If you read them as an ultimatum, it is a rejection.", "matthew-rojansky-hale", 1, "he", "", "", 1, ""),
 ("It is important that the United States did not make any concessions on the principle of the open door,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("We've not seen any sign of de-escalation,", "john-kirby", 1, "he", "russia-de-escalation", "supports", 1, ""),
 ("and we would like to see them pull back.", "john-kirby", 1, "he", "russia-de-escalation", "supports", 1, ""),
]

D = "2022-01-10"
L["tass-2022-01-10-geneva-live"] = [
 ("We are not going to make any concessions under pressure and threats, which are constantly coming from the Western participants of these talks,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Russian diplomat noted that for Moscow it is absolutely mandatory to make sure that NATO never, never, ever becomes a member — of Ukraine.", "sergei-ryabkov", 1, "Russian diplomat", "no-ukraine-membership", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("The Russian Foreign Ministry recalled that the draft documents handed to the American side on December 15 and published on December 17 contain, among other things, provisions on the non-deployment of intermediate- and shorter-range missiles in areas from which they can hit the territory of the other side.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "no-intermediate-range-missiles", "supports", 0, D),
 ("the last chance for the West to show that it hears Russia.", "konstantin-kosachev", 1, "Konstantin Kosachev", "", "", 1, D),
 ("the conversation will simply lose its meaning.", "konstantin-kosachev", 1, "him", "nato-non-expansion", "supports", 1, D),
 ("The US State Department spokesman Ned Price said in Washington that the American side is ready to discuss the future of certain missile systems in Europe and the mutual limits on the scale of exercises, but not the questions of NATO's open door policy.", "ned-price", 1, "Ned Price", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The US State Department spokesman Ned Price said in Washington that the American side is ready to discuss the future of certain missile systems in Europe and the mutual limits on the scale of exercises, but not the questions of NATO's open door policy.", "ned-price", 1, "Ned Price", "limit-military-exercises", "mentions", 0, D),
 ("The US State Department spokesman Ned Price said in Washington that the American side is ready to discuss the future of certain missile systems in Europe and the mutual limits on the scale of exercises, but not the questions of NATO's open door policy.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "ned-price", 1, "Price", "nato-open-door", "supports", 1, D),
 ("We emphasized that the return of NATO to the configuration of 1997 is a key element for us. It is about the withdrawal of forces and means which were deployed since then on the territory of the new members,", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("There are no grounds to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("At the same time he said that the movements of Russian troops on its own territory is a sovereign matter and Russia will not be dictated where to hold them.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("It is not our position that we will be endlessly discussing the same thing,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("She said that Washington will not allow anyone to close NATO's door and that the US will not make decisions about Ukraine without Ukraine.", "wendy-sherman", 1, "She", "nato-open-door", "supports", 0, D),
 ("Sherman called on Russia to de-escalate and said that it was not possible to make real progress \"in an atmosphere of escalation.\"", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Deputy Defense Minister Alexander Fomin said the military departments of the two countries should restore the channels of communication.", "alexander-fomin", 1, "Alexander Fomin", "resume-military-dialogue", "supports", 0, D),
 ("The mechanisms of contacts between the military which have been frozen must be restored as soon as possible,", "alexander-fomin", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("not ready to hear Russia's concerns about the NATO expansion to the East.", "leonid-slutsky", 1, "Leonid Slutsky", "nato-non-expansion", "supports", 1, D),
]

D = "2022-01-27"
P = ("dmitry-peskov", 1, "Dmitry Peskov")
def pk(ev, demand="", stance=""):
    return (ev, P[0], P[1], P[2], demand, stance, 1, D)
a2 = "It would be a mistake to say that our concerns were taken into account. There is no room for optimism on the main issues. On the fundamental points which we outlined — namely that NATO must not expand further and that strike weapons must not be deployed near our borders — there is no positive response. But there is reason to continue the dialogue; it is in both our and the Americans' interest."
a3 = "Foreign Minister Lavrov has already spoken in detail. I would not want to add anything. Our position is unchanged: the questions that are of fundamental importance to us are non-enlargement, the non-deployment of strike systems and the return to the 1997 configuration. They are a package, they cannot be separated."
L["kremlin-2022-01-27-peskov-call"] = [
 pk("Yes, the President has familiarised himself with the responses. Of course, he received them yesterday, the Foreign Ministry has delivered everything, and the documents are being analysed now by our interagency structures. It will take some time. We will not rush to conclusions."),
 pk(a2, "nato-non-expansion", "supports"),
 pk(a2, "no-strike-weapons-near-borders", "supports"),
 pk("On some secondary issues, I would say, there are points that could be used for the start of a serious conversation. But I repeat: the key issues have not received an answer."),
 pk(a3, "nato-non-expansion", "supports"),
 pk(a3, "no-strike-weapons-near-borders", "supports"),
 pk(a3, "rollback-to-1997", "supports"),
 pk("When the analysis is complete, the President will decide. Certainly, he will not leave this without attention, but there are no time limits here. Let us not get ahead of ourselves."),
 pk("We have heard these statements many times. The so-called open door policy is not a dogma, and it is not written in stone. Every state has the right to choose its alliances, yes, but not at the expense of the security of other states. This is the principle of indivisibility of security, which all of us signed in Istanbul in 1999 and in Astana in 2010. For some reason our Western partners prefer to remember only half of this principle.", "nato-open-door", "rejects"),
 pk("We have said many times that Russia moves its troops on its own territory as it sees fit. This does not threaten anyone and should not worry anyone. We are not going to report to anyone on these movements, and the demands to pull them back are inappropriate.", "russia-de-escalation", "rejects"),
 pk("There are no concrete plans so far. If necessary, such a conversation can be organised very quickly, you know that. But there are no plans now."),
 pk("Yes, there is such an intention. A telephone conversation with President Macron is possible tomorrow. We will inform you."),
 pk("We do not see any progress yet on the key issue: that Kiev should start a direct dialogue with Donetsk and Lugansk. Kozak spent more than eight hours there, this is a long conversation, and they agreed to meet again in two weeks in Berlin. That is, the contacts continue, and this is good."),
 pk("This is absolutely absurd. Russia has never attacked anyone and is not going to. We are doing everything to ensure that our concerns are heard by diplomatic means. This hysteria is being pumped up artificially, and it is dangerous in itself."),
 pk("I would not give an unambiguous answer now. Let the analysis be completed. Everything is interconnected, and it is very difficult to take one element out of context."),
]

D = "2022-01-14"
def rm(ev, demand="", stance=""):
    return (ev, "ruta-mikalauskiene", 1, "Rūta Mikalauskienė", demand, stance, 1, D)
q3 = "No. Every nation has the sovereign right to choose its own path, and only Ukraine and the thirty allies can decide on Ukraine's membership. Russia has no veto and no say. This is the principle we agreed to in Helsinki in 1975 and that Russia itself signed."
q7 = "I would tell them that a moratorium is exactly what Russia wants, just with a different name. It would reward the pressure. And it would tell every country in the region that its future is decided in Moscow. This is not acceptable to Lithuania, and I think not to most allies."
L["lrt-2022-01-14-interview-mikalauskiene"] = [
 rm("It was a serious meeting, four hours long, and no one pretended otherwise. The Russian delegation, led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin, repeated their proposals almost word for word. The allies, all thirty of us, answered with one voice. That was, for me, the most important thing."),
 rm("Very clearly. The forward presence in Lithuania, Latvia, Estonia and Poland is not up for negotiation. We did not join NATO to be second-class members. If you accept that some allies can have troops on their territory and others cannot, then you no longer have one alliance, you have two.", "rollback-to-1997", "rejects"),
 rm("And I want to be clear: the German-led battlegroup is here because of what Russia did in Crimea and Donbas in 2014, not the other way around.", "rollback-to-1997", "rejects"),
 rm(q3, "no-ukraine-membership", "rejects"),
 rm(q3, "nato-open-door", "supports"),
 rm("Yes, we support it, as long as it is reciprocal. If we talk about notification of exercises, then Russia must also stop its so-called snap exercises, which have been used to move tens of thousands of troops to our borders without any warning. Zapad-2021 was officially 200,000 troops. So if the Russians want limits on drills near borders, we are ready to listen, but they should start with their own.", "limit-military-exercises", "mentions"),
 rm("I have to say, so far, yes. The Americans have been in constant contact. Deputy Secretary Sherman called our minister before Geneva and after. We have no signs that anything is being agreed over our heads. But of course we are watching very carefully. History teaches us to do so."),
 rm("I think it is both. The demands were written so that they could not be accepted. Then Moscow can say: we tried, the West refused. At the same time, they have more than 100,000 troops around Ukraine and now moving units into Belarus. So we must take the diplomacy seriously and the threat seriously."),
 rm("If Russia is serious, the first step is simple. Withdraw the forces from Ukraine's borders, send the soldiers back to the barracks, and then we can talk about everything else.", "russia-de-escalation", "supports"),
 rm(q7, "nato-non-expansion", "rejects"),
 rm(q7, "nato-open-door", "supports"),
 ("I would tell them that a moratorium is exactly what Russia wants, just with a different name.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 rm("The Russian side said they need to report to their leadership. Mr Grushko said in Brussels that they expect written answers. The allies will prepare their proposals, and we will see. But Lithuania will not be a bargaining chip in anyone's negotiations."),
]

D = "2022-01-13"
cw = "Asked about Russia's insistence on written guarantees, he said he could not imagine Washington “signing a document that would take away the sovereign right of Ukraine or any other country.”"
cwq = "signing a document that would take away the sovereign right of Ukraine or any other country."
hb = "Hornbach said the Russian demand for a NATO pullback to its 1997 lines was “not a negotiating position that any alliance government could accept,” though he added that a deal on missiles might still be possible."
ts = "Moscow's push to stop NATO cooperating with former Soviet republics, he said, was “a demand to restore the Soviet sphere of influence.”"
L["dw-2022-01-13-osce-vienna"] = [
 ("The third round of talks between Russia and the West in a week ended in Vienna on Thursday with no sign of a breakthrough, as Moscow repeated its demand that NATO rule out further expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behavior toward Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He said the principle of indivisible security meant that no country could strengthen its own security at the expense of others, and he singled out what he called the “dangerous” presence of NATO weapons close to Russia's borders.", "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("He said Washington was prepared to work on reciprocal measures, but would not accept proposals that would limit the sovereign choices of other nations.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("We are not going to compromise on the principles, including the principle that every country has the right to choose its own alliances,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 (cwq, "michael-carpenter", 1, "he", "written-legal-guarantees", "rejects", 1, D),
 (cwq, "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 (cw, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("The best contribution Russia can make to de-escalation is to withdraw its troops from the border with Ukraine,", "gesa-brunning-laake", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Brünning-Laake also told DW that Germany was open to discussing Russia's concerns about military exercises, provided that the talks covered Russian drills as well.", "gesa-brunning-laake", 1, "Brünning-Laake", "limit-military-exercises", "mentions", 0, D),
 ("a demand to restore the Soviet sphere of influence.", "yevhenii-tsymbaliuk", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, D),
 (ts, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The OSCE is where everybody can speak, but nobody has to agree,", "christian-hornbach", 1, "Christian Hornbach", "", "", 1, ""),
 ("Its value now is to keep the Europeans in the conversation that Washington and Moscow are having over their heads.", "christian-hornbach", 1, "Christian Hornbach", "", "", 1, ""),
 ("not a negotiating position that any alliance government could accept,", "christian-hornbach", 1, "Hornbach", "rollback-to-1997", "mentions", 1, ""),
 (hb, "christian-hornbach", 1, "he", "no-intermediate-range-missiles", "mentions", 0, ""),
 (hb, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
 ("Putin has repeatedly said that NATO's eastward expansion is a threat to Russia.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-26"
kl1 = "Nobody in the Kremlin seriously expected Washington to sign a pledge that Ukraine will never join NATO. The Russian drafts were maximalist by design. The question now is whether Vladimir Putin wants to bank what is on offer — talks on missile deployments, exercise limits, transparency — or whether he wants the refusal itself, as a justification."
kl2 = "I lean toward the second reading, and I'd add that Washington did the right thing. Any commitment to freeze enlargement, even a temporary moratorium, would have rewarded a military build-up with a veto over the choices of sovereign states. That is a precedent the alliance cannot afford."
oh2 = "But Ukrainians know that Moscow's demand to keep NATO trainers, weapons and exercises out of Ukraine is not going away just because it was refused on paper. That demand is, in fact, already being enforced by the hundred thousand troops on the border. The West should respond by speeding up deliveries of defensive weapons, not by slowing them to avoid \"provoking\" Russia."
tr1 = "Buried in the coverage is a point that deserves attention: the United States appears willing to negotiate reciprocal limits on ground-launched intermediate-range missiles in Europe. That is, in part, what Russia asked for in its draft treaty, and it is what the INF Treaty used to provide before it collapsed in 2019."
ma2 = "Europeans can propose what Washington cannot: a new framework for conventional forces, a revived OSCE agenda, and the return of regular contacts between militaries, which have been frozen since 2014. Russia says it wants to restore those channels. Let's hold Moscow to that."
def ex(ev, sp, name, demand="", stance=""):
    return (ev, sp, 1, name, demand, stance, 1, D)
L["atlanticcouncil-2022-01-26-experts-react"] = [
 ("US Secretary of State Antony Blinken said the American response \"sets out a serious diplomatic path\" while holding firm on core principles, including NATO's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("we cannot compromise on the principles on which the security of our alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ex(kl1, "karen-lindqvist", "Karen Lindqvist", "no-ukraine-membership", "mentions"),
 ex(kl1, "karen-lindqvist", "Karen Lindqvist", "no-intermediate-range-missiles", "mentions"),
 ex(kl1, "karen-lindqvist", "Karen Lindqvist", "limit-military-exercises", "mentions"),
 ("Nobody in the Kremlin seriously expected Washington to sign a pledge that Ukraine will never join NATO.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ex(kl2, "karen-lindqvist", "Karen Lindqvist", "nato-non-expansion", "rejects"),
 ex(kl2, "karen-lindqvist", "Karen Lindqvist", "nato-open-door", "supports"),
 ex("In Kyiv, the main fear of the past six weeks was a \"Yalta 2.0,\" a deal about Ukraine made without Ukraine. Today's documents remove that fear. Foreign Minister Dmytro Kuleba has already said that Ukraine saw the American text before it went to Moscow.", "oleksandr-havryliuk", "Oleksandr Havryliuk"),
 ex(oh2, "oleksandr-havryliuk", "Oleksandr Havryliuk", "no-military-activity-ex-soviet", "rejects"),
 ("But Ukrainians know that Moscow's demand to keep NATO trainers, weapons and exercises out of Ukraine is not going away just because it was refused on paper.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ex(tr1, "thomas-reardon", "Thomas J. Reardon", "no-intermediate-range-missiles", "mentions"),
 ("That is, in part, what Russia asked for in its draft treaty, and it is what the INF Treaty used to provide before it collapsed in 2019.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ex("Both sides would benefit from a verifiable ban on these systems in Europe. I would go further: Washington should propose reciprocal inspections at Aegis Ashore sites in Romania and Poland in exchange for access to Russian missile bases in Kaliningrad. Moscow has long claimed those sites could launch offensive missiles. Let's test the claim.", "thomas-reardon", "Thomas J. Reardon", "no-intermediate-range-missiles", "supports"),
 ex("What I would not do is bundle this with the enlargement question. Moscow has insisted its demands are a package. That is a negotiating tactic, and we should not accept it.", "thomas-reardon", "Thomas J. Reardon", "nato-non-expansion", "mentions"),
 ex("The most striking thing about the past month is how little Europe has shaped the agenda. The Russian drafts were addressed to Washington and to NATO, and the European Union was not even mentioned. Josep Borrell said in early January that the EU must be part of any talks on European security, and he was right. But being at the table requires bringing something to it.", "miriam-abend-stahl", "Miriam Abend-Stahl"),
 ex(ma2, "miriam-abend-stahl", "Miriam Abend-Stahl", "resume-military-dialogue", "supports"),
 ("Russia says it wants to restore those channels.", "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 ex("Germany, in particular, has to decide. It cannot simultaneously insist on the right of Ukraine to choose its alliances and refuse to supply it with weapons. Berlin's credibility is on the line.", "miriam-abend-stahl", "Miriam Abend-Stahl", "nato-open-door", "mentions"),
]

D = "2022-01-20"
def sa(ev, sp, name, demand="", stance=""):
    return (ev, sp, 1, name, demand, stance, 1, D)
jr2 = "Last month, the Russian government published two draft documents which would, among other things, require NATO to close its door to new members and to remove forces from allies that joined after 1997. These are not serious proposals. They are demands that no American administration of either party could accept, and I am glad that the administration made that clear in Geneva and Brussels last week."
jr2s = "Last month, the Russian government published two draft documents which would, among other things, require NATO to close its door to new members and to remove forces from allies that joined after 1997."
ji1 = "Thank you, Mr. Chairman. I agree with much of what you said. I would add that I worry the administration is even willing to discuss some of what Putin has put on the table. When you start talking about limiting where our missiles go and how many exercises we hold, you are negotiating with a man who has a gun to Ukraine's head."
lw2 = "Russia's proposals fall into two groups. The first group contains ideas the United States has itself put forward in the past: reciprocal restrictions on intermediate-range missiles, risk reduction measures for air and naval activity, limits on the size and location of exercises. These can be negotiated, and some of them would serve American interests."
lw3 = "The second group is a set of political demands that would effectively give Moscow a veto over NATO: a legally binding pledge of no further enlargement, a ban on any allied military activity in Ukraine, Georgia, the South Caucasus and Central Asia, and the withdrawal of allied forces from the eastern flank. Those should be, and have been, rejected."
lw3s = "The second group is a set of political demands that would effectively give Moscow a veto over NATO: a legally binding pledge of no further enlargement, a ban on any allied military activity in Ukraine, Georgia, the South Caucasus and Central Asia, and the withdrawal of allied forces from the eastern flank."
rc3 = "The practical point: I sat across from Russian delegations in Vienna for three years. When Moscow says it wants \"guarantees in writing,\" it means it wants a text it can point to when it objects to something we do later. We should be extremely careful about signing any text whose interpretation would be left to the Kremlin."
rc3s = "When Moscow says it wants \"guarantees in writing,\" it means it wants a text it can point to when it objects to something we do later."
lwm = "No, Senator. In practice, Ukraine is not going to join NATO in the near term, and everyone knows that. But a formal moratorium would concede the principle that Russia decides, and that would follow Ukraine into every future crisis, with Georgia, with Moldova, with Finland and Sweden."
R, I, W, C = "jack-reed", "james-inhofe", "laura-westbrook", "robert-caldwell"
L["senate-armed-services-2022-01-20-european-security-hearing"] = [
 sa("Good morning. The committee meets today to receive testimony on the security situation in Europe. I want to welcome our witnesses: Dr. Laura Westbrook, former Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia, and Ambassador Robert Caldwell, former U.S. Permanent Representative to the OSCE.", R, "Chairman Reed"),
 sa(jr2, R, "Chairman Reed", "nato-non-expansion", "rejects"),
 sa(jr2, R, "Chairman Reed", "rollback-to-1997", "rejects"),
 (jr2s, "russia", 0, "the Russian government", "nato-non-expansion", "supports", 0, ""),
 (jr2s, "russia", 0, "the Russian government", "rollback-to-1997", "supports", 0, ""),
 sa("At the same time, Russia has assembled more than 100,000 troops along Ukraine's borders and is now moving forces into Belarus under the cover of exercises. Mr. Putin should pull those forces back. That is the only real test of whether Moscow wants a diplomatic outcome.", R, "Chairman Reed", "russia-de-escalation", "supports"),
 sa(ji1, I, "Senator Inhofe", "no-intermediate-range-missiles", "rejects"),
 sa(ji1, I, "Senator Inhofe", "limit-military-exercises", "rejects"),
 sa("Ukraine has a right to decide who its friends are. That's not something Moscow gets a vote on. And we should be sending Ukraine the weapons it needs right now, not after the invasion.", I, "Senator Inhofe", "nato-open-door", "supports"),
 sa("Thank you, Chairman Reed, Ranking Member Inhofe, members of the committee. I will summarize my written statement.", W, "Dr. Westbrook"),
 sa(lw2, W, "Dr. Westbrook", "no-intermediate-range-missiles", "mentions"),
 sa(lw2, W, "Dr. Westbrook", "no-warships-aircraft-in-strike-range", "mentions"),
 sa(lw2, W, "Dr. Westbrook", "limit-military-exercises", "mentions"),
 sa(lw3, W, "Dr. Westbrook", "nato-non-expansion", "rejects"),
 sa(lw3, W, "Dr. Westbrook", "no-military-activity-ex-soviet", "rejects"),
 sa(lw3, W, "Dr. Westbrook", "rollback-to-1997", "rejects"),
 (lw3s, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (lw3s, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (lw3s, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 sa("My recommendation is that we keep the two groups separate. The Kremlin insists they are a single package. We should not accept that framing.", W, "Dr. Westbrook"),
 sa("Thank you, Mr. Chairman. I'd like to make one historical point and then one practical one.", C, "Ambassador Caldwell"),
 sa("Russian officials, including President Putin, claim that the West promised in 1990 that NATO would not expand. What Secretary Baker discussed with Gorbachev concerned the territory of the former East Germany, and nothing was ever written down or ratified. In 1997, Russia signed the Founding Act, which explicitly recognizes the right of every state to choose the means of ensuring its own security.", C, "Ambassador Caldwell"),
 sa(rc3, C, "Ambassador Caldwell", "written-legal-guarantees", "rejects"),
 (rc3s, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 sa("It would tell us that the security concerns were a pretext. If Moscow genuinely worried about offensive missiles in Romania or Poland, it would take a verifiable arrangement on those systems. If it refuses, then the goal was never the missiles; it was Ukraine.", W, "Dr. Westbrook", "no-strike-weapons-near-borders", "mentions"),
 sa("I think we should, Senator. Deconfliction channels save lives. We had a hotline culture during the Cold War that we've allowed to erode. Restoring regular contacts between our militaries is in our interest regardless of what else happens.", C, "Ambassador Caldwell", "resume-military-dialogue", "supports"),
 sa("It can host discussions, but it cannot deliver Russia. Moscow sees the OSCE as a platform where it is outnumbered.", C, "Ambassador Caldwell"),
 sa(lwm, W, "Dr. Westbrook", "no-ukraine-membership", "rejects"),
 sa(lwm, W, "Dr. Westbrook", "nato-open-door", "supports"),
 sa("Russia's concerns about some weapons systems are not entirely invented, Senator, and we can address them reciprocally. But the idea that Estonia threatens Russia is not a serious one.", W, "Dr. Westbrook", "no-strike-weapons-near-borders", "mentions"),
]

write_gold(L, "articles-338", "gold-338")
