#!/usr/bin/env python3
"""Writes the held-out gold of batch 284 (gold-284/*.nq) from the labels below.

Batch 284 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bbc-2022-01-10-russia-us-geneva-talks-live: BBC News live page (front matter,
  time-stamped entries); quotations interrupted by "he said", short fragment quote
  inside reported speech, correspondent analysis attributing demands to Russia,
  Baker/Gorbachev background, demand-less Peskov quotes.
- kommersant-2022-01-14-grushko-interview: Kommersant Q&A in translation (dashes),
  no front matter; Grushko's answers (given the day after the NRC) carry many
  demands per paragraph; questions unlabelled.
- usosce-2022-01-13-carpenter-permanent-council: US Mission to the OSCE statement,
  BOM + CRLF, no front matter; the statement is the ambassador's own words, so each
  paragraph is labelled as one direct quotation (like an answer paragraph); Russia's
  demands reported in passing.
- euronews-2022-01-26-us-nato-written-replies: Euronews story (front matter); embedded
  fragment quotes in reported speech, institutions speaking in the lead, description of
  the draft treaties (document content, unlabelled), an analyst.
- izvestia-2022-02-01-putin-fundamental-concerns: Izvestia article in translation with
  translation oddities, no front matter; Putin's three key demands, Zakharova on the
  open door, a Duma deputy, analysts with undated words, background paragraph.
- npr-2022-01-21-blinken-lavrov-geneva-interview: NPR transcript (front matter); host
  unlabelled; soundbites of Blinken and Lavrov; the guest (ex-diplomat, analyst) takes
  her own stances in some answers and only reports in others.
- atlanticcouncil-2022-01-27-experts-react-written-answers: Atlantic Council roundup
  (front matter); each expert paragraph is labelled as a direct quotation; crossheads,
  bios and image caption unlabelled; paraphrases of the draft treaties are document
  content (no Russia label) while "Moscow asked for" is Russia's.

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

Extra notes of this batch: a quotation fragment of fewer than six words inside a reported
sentence is labelled with the whole sentence (direct 0) when the demand lives in the reported
part; live-page entries and same-day reports with "on Wednesday" etc. are dated to that day;
summary bullets of the live page are treated as a standfirst.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["bbc-2022-01-10-russia-us-geneva-talks-live"] = [
 ("Speaking before the talks ended, Ukraine's Foreign Minister Dmytro Kuleba said it was \"not for Moscow to decide\" whether his country could one day join the alliance.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("Speaking before the talks ended, Ukraine's Foreign Minister Dmytro Kuleba said it was \"not for Moscow to decide\" whether his country could one day join the alliance.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Nothing about Ukraine without Ukraine - that is our red line and our partners understand it,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("Oleksandr Merezhko, who chairs the Ukrainian parliament's foreign affairs committee, said the real test would come only when Russian tanks began to move away from the border.", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "russia-de-escalation", "supports", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance.", "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, D),
 ("She said the US delegation had told the Russians it was open to talking about reciprocal limits on the size and scope of military exercises, and about where missiles could be placed in Europe.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the US delegation had told the Russians it was open to talking about reciprocal limits on the size and scope of military exercises, and about where missiles could be placed in Europe.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But any progress, she added, would be hard to imagine while Moscow kept its forces poised on Ukraine's doorstep.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("It's hard to see how you get there if Russia does not de-escalate,", "wendy-sherman", 1, "Ms Sherman", "russia-de-escalation", "supports", 1, D),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("He said Moscow was not looking for promises but for commitments that would survive a change of government in Washington.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Mr Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Mr Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Exercises on Russian soil were nobody else's business, he said, and Moscow would not pull its units back because Washington demanded it.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("The Russian side went into these talks with a maximalist list: no further enlargement of Nato to the east, no return of US intermediate-range missiles to Europe, and an end to Western military activity in former Soviet states such as Ukraine.", "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, D),
 ("The Russian side went into these talks with a maximalist list: no further enlargement of Nato to the east, no return of US intermediate-range missiles to Europe, and an end to Western military activity in former Soviet states such as Ukraine.", "russia", 0, "The Russian side", "no-intermediate-range-missiles", "supports", 0, D),
 ("The Russian side went into these talks with a maximalist list: no further enlargement of Nato to the east, no return of US intermediate-range missiles to Europe, and an end to Western military activity in former Soviet states such as Ukraine.", "russia", 0, "The Russian side", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We are not going to rush to conclusions after one meeting,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("but we will not accept an endless discussion either.", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("another round of talking for the sake of talking", "dmitry-peskov", 1, "Mr Peskov", "", "", 1, D),
 ("Nato's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Nato's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
]

D = "2022-01-13"
G = ("alexander-grushko", 1, "Grushko")
K = "kommersant-2022-01-14-grushko-interview"
k1 = "It was a frank and deep conversation, I agree with this. But frankness is not a result. We explained in detail, point by point, why the present situation in Europe is unacceptable for us, and we did not hear on the key questions any answer which could be called constructive."
k2 = "First of all, the non-enlargement of NATO. We said clearly that the further movement of the alliance to the east, including the admission of Ukraine and Georgia, must be stopped, and stopped in a legally binding way. The Bucharest formula of 2008, that these countries \"will become members of NATO\", must be disavowed. Without this there is no basis for a normal conversation about European security."
k3 = "Yes, they repeat this like a mantra. But the same documents of the OSCE, which they quote, say also that no state may strengthen its security at the expense of the security of others. They take one half of the principle and forget the second half. This selective reading is not acceptable for us."
k4 = "We are proposing to return to the configuration of the NATO-Russia Founding Act, when the allies themselves said there would be no substantial combat forces permanently stationed on the territory of new members. Everything that has been deployed after May 1997 in those countries, the forces, the infrastructure, must go back. This is not a fantasy, this is a return to what they once signed themselves."
k5 = "Such topics are important, and we have been proposing them for years, including a moratorium on the deployment of intermediate-range missiles in Europe. But they cannot be a substitute for the main thing. If they want to discuss only the secondary questions and put the principal ones aside, this will not work."
k6 = "The movement of troops on our own territory is our sovereign business. I want to say directly: we will not pull back our units because someone in Brussels sets it as a precondition. The tension is created not by our exercises, but by NATO's activity near our borders: the flights of strategic bombers, the ships in the Black Sea, the drills which are getting bigger every year."
k7 = "We said that we do not close the door for contacts through military channels, but the alliance itself destroyed all of them. It is not we who ended the dialogue."
k8 = "We will wait for the written answer point by point, as was agreed. If the reaction is again a refusal, we will use other means to ensure our security. I say this without any threat, this is simply a statement of fact. We are not going to continue this conversation forever."
L[K] = [(e,) + G + (d, s, 1, D) for e, d, s in [
 (k1, "", ""),
 (k2, "nato-non-expansion", "supports"), (k2, "no-ukraine-membership", "supports"),
 (k2, "written-legal-guarantees", "supports"), (k2, "rescind-bucharest-2008", "supports"),
 (k3, "nato-open-door", "rejects"),
 (k4, "rollback-to-1997", "supports"),
 (k5, "no-intermediate-range-missiles", "supports"), (k5, "limit-military-exercises", "supports"),
 (k6, "russia-de-escalation", "rejects"), (k6, "no-preconditions", "supports"),
 (k6, "no-warships-aircraft-in-strike-range", "supports"), (k6, "limit-military-exercises", "supports"),
 (k7, "resume-military-dialogue", "mentions"),
 (k8, "", ""),
]]

D = "2022-01-13"
C = ("michael-carpenter", 1, "Ambassador Michael Carpenter")
u1 = "Today this Council meets at a moment of crisis for European security. More than 100,000 Russian troops, with tanks, artillery, and supporting units, remain deployed near Ukraine's borders, and Russia has yet to offer any credible explanation for them. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill."
u2 = "This week, my government met with the Russian Federation in Geneva, and our NATO Allies met with Russia in Brussels. We listened carefully. We were clear that we are prepared to engage in dialogue on issues that matter to the security of all of us: reciprocal transparency on military exercises, risk reduction measures, and arms control, including on the future of ground-launched missiles in Europe. These are areas where concrete progress is possible, if Russia chooses it."
u3 = "But we were equally clear that certain things are not on the table. The Russian Federation has demanded that NATO forswear any future enlargement and that Allies pull their forces back to where they stood a quarter of a century ago. We will not negotiate away the sovereign right of Ukraine, or of any other participating State, to choose its own security arrangements. That principle is written into the Helsinki Final Act, the Charter of Paris, and the 1999 Istanbul Charter, and every state at this table, including the Russian Federation, has signed up to it."
u3r = "The Russian Federation has demanded that NATO forswear any future enlargement and that Allies pull their forces back to where they stood a quarter of a century ago."
u4 = "Nor will we accept the idea that some OSCE participating States belong to a sphere of influence in which their neighbors may dictate whom they partner with, whom they train with, or whom they invite to exercises. The sovereign choices of Georgia, Moldova, and Ukraine are theirs to make."
u5 = "Colleagues, dialogue cannot take place under the barrel of a gun. The first and most important step Russia can take is to de-escalate: to return its forces to their normal garrisons and to stop the threatening rhetoric. We call on the Russian Federation to do so without delay."
u6 = "We have heard Russian officials say that they want answers in writing and that they will not wait forever. We are prepared to put our ideas on paper, in coordination with our Allies and partners. But let me be clear: no one will be pressured into a false choice between war and capitulation to Moscow's terms."
u7 = "The OSCE has tools for precisely this kind of moment. The Vienna Document provides for consultations on unusual military activities, and the Chairmanship-in-Office has proposed a renewed European security dialogue. The United States supports that initiative and encourages all participating States to use it in good faith."
u8 = "Finally, Mr. Chair, let me address the suggestion, heard again this week, that the United States once promised that NATO would never expand. The Alliance made no such commitment, and in 1997 Russia itself signed the Founding Act recognizing the right of states to choose the means to ensure their own security."
u9 = "The United States stands with Ukraine. We stand with Georgia and Moldova. And we stand by the principles that have kept the peace in Europe for decades."
L["usosce-2022-01-13-carpenter-permanent-council"] = [(e,) + C + (d, s, 1, D) for e, d, s in [
 (u1, "", ""),
 (u2, "limit-military-exercises", "mentions"), (u2, "no-intermediate-range-missiles", "mentions"),
 (u3, "nato-non-expansion", "rejects"), (u3, "rollback-to-1997", "rejects"),
 (u3, "nato-open-door", "supports"), (u3, "no-ukraine-membership", "rejects"),
 (u4, "no-military-activity-ex-soviet", "rejects"), (u4, "nato-open-door", "supports"),
 (u5, "russia-de-escalation", "supports"),
 (u6, "", ""),
 (u7, "", ""),
 (u8, "nato-open-door", "supports"), (u8, "nato-non-expansion", "rejects"),
 (u9, "", ""),
]] + [
 (u3r, "russia", 0, "The Russian Federation", "nato-non-expansion", "supports", 0, ""),
 (u3r, "russia", 0, "The Russian Federation", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-26"
e1 = "The United States and NATO on Wednesday delivered their long-awaited written responses to Russia's demands for security guarantees, offering talks on arms control and military transparency while rejecting Moscow's central insistence that the alliance rule out Ukraine's membership."
e2 = "He said it included proposals on reciprocal transparency measures regarding force posture in Ukraine, on steps to increase confidence around military exercises and manoeuvres in Europe, and on arms control for missiles in Europe."
e3 = "He said allies would not \"withdraw troops from the eastern part of the alliance\" as Moscow wanted, and would instead continue to strengthen their presence in the region if Russia did not stand down."
e4 = "Camille Ferrand-Dubois, a senior researcher at the European Policy Centre, said on Wednesday the written replies gave Moscow enough to claim partial success on missiles and exercises but nothing on the questions it had called fundamental."
e5 = "Russia asked the West to sign away our right to join NATO, and the West said no,"
L["euronews-2022-01-26-us-nato-written-replies"] = [
 (e1, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 (e1, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, D),
 (e1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (e2, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (e2, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("We also propose to improve military-to-military channels of communication,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("because we need them most when tensions are high.", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("Stoltenberg also repeated that any agreement would require Russia to pull back from Ukraine's borders.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("withdraw troops from the eastern part of the alliance", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 1, D),
 (e3, "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 (e3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not rush to make any conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("to be drowned in endless discussions", "sergey-lavrov", 1, "Foreign Minister Sergey Lavrov", "", "", 1, D),
 ("It is important that the US position has no red lines crossed for Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (e5, "mariana-bezuhla", 1, "she", "no-ukraine-membership", "rejects", 1, D),
 (e5, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (e4, "camille-ferrand-dubois", 1, "Camille Ferrand-Dubois", "no-intermediate-range-missiles", "mentions", 0, D),
 (e4, "camille-ferrand-dubois", 1, "Camille Ferrand-Dubois", "limit-military-exercises", "mentions", 0, D),
 ("The Kremlin has been told in writing what it has been hearing orally for a month,", "camille-ferrand-dubois", 1, "she", "", "", 1, D),
 ("The question is whether that is enough for Putin to climb down, or whether he wanted a refusal all along.", "camille-ferrand-dubois", 1, "she", "", "", 1, D),
]

D = "2022-02-01"
i1 = "According to the president, Moscow did not see in the answers an adequate consideration of three key demands: the prevention of NATO expansion, the refusal to deploy strike weapon systems near the Russian borders and the return of the military infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
i2 = "We did not see an adequate consideration of our three key demands,"
i3 = "Our partners again want to reduce everything to the technical questions, to the missiles and exercises. But the main question — will NATO move to our borders or not — they simply do not want to discuss,"
i4 = "The Kremlin is studying not only what is written but what is not written. The fact that the Americans agreed to talk about missiles in Europe is already a certain result of the Russian pressure,"
i5 = "Political scientist Dmitry Suslov from the Higher School of Economics noted that the non-expansion of the bloc to the east is for Moscow \"not the subject of bargaining\" and that it is for this reason Russia insisted on the written, legally binding form of guarantees."
i6 = "In Washington, meanwhile, the Department of State press secretary Ned Price repeated on Tuesday that the door of NATO remains open and that the question of Ukraine's membership \"is not a matter for Moscow\"."
P = ("vladimir-putin", 1)
L["izvestia-2022-02-01-putin-fundamental-concerns"] = [
 ("It is already clear now — I informed Mr. Prime Minister about this — that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (i1, "vladimir-putin", 1, "the president", "nato-non-expansion", "supports", 0, D),
 (i1, "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 0, D),
 (i1, "vladimir-putin", 1, "the president", "rollback-to-1997", "supports", 0, D),
 (i2, "vladimir-putin", 1, "the president", "nato-non-expansion", "supports", 1, D),
 (i2, "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 1, D),
 (i2, "vladimir-putin", 1, "the president", "rollback-to-1997", "supports", 1, D),
 ("Putin also once again explained why the entry of Ukraine into the alliance is for Russia a question of principle.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a member of NATO and starts these military operations. What, we must fight with the NATO bloc? Has anybody thought about this? It seems not,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("They cannot choose from this principle only what is convenient for them, the freedom to choose alliances, and forget about the obligation not to strengthen their own security at the expense of others,", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, D),
 ("a collective response on behalf of NATO or the European Union", "maria-zakharova", 1, "She", "", "", 1, D),
 ("cannot be regarded as a basis for agreement", "alexander-grushko", 1, "him", "", "", 1, D),
 ("can be subject of separate conversation", "alexander-grushko", 1, "him", "no-intermediate-range-missiles", "mentions", 1, D),
 ("can be subject of separate conversation", "alexander-grushko", 1, "him", "limit-military-exercises", "mentions", 1, D),
 (i6, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, D),
 ("is not a matter for Moscow", "ned-price", 1, "Ned Price", "no-ukraine-membership", "rejects", 1, D),
 (i3, "alexei-chepa", 1, "the parliamentarian", "nato-non-expansion", "supports", 1, D),
 (i3, "alexei-chepa", 1, "the parliamentarian", "no-intermediate-range-missiles", "mentions", 1, D),
 (i3, "alexei-chepa", 1, "the parliamentarian", "limit-military-exercises", "mentions", 1, D),
 (i4, "artem-kovrizhnykh", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The worst variant now is the silence. While the diplomats are talking, the guns are silent,", "artem-kovrizhnykh", 1, "Kovrizhnykh", "", "", 1, ""),
 (i5, "dmitry-suslov", 1, "Dmitry Suslov", "nato-non-expansion", "mentions", 0, ""),
 (i5, "dmitry-suslov", 1, "Dmitry Suslov", "written-legal-guarantees", "mentions", 0, ""),
 (i5, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (i5, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-21"
n1 = "It's a procedural concession, not a substantive one. The Russians have been saying since December that they want this on paper, they want something with signatures on it, something a future president can't just walk away from. Agreeing to write a reply doesn't mean agreeing to what they asked for."
n1r = "The Russians have been saying since December that they want this on paper, they want something with signatures on it, something a future president can't just walk away from."
n2 = "Boiled down, two things. One, that Ukraine and Georgia will never be NATO members, and NATO won't take anybody else from the east either. Two, that the alliance pulls back its forces and weapons to roughly where they were in 1997, before Poland and the Baltic states joined. Everything else in those drafts is, frankly, decoration around those two points."
n2a = "One, that Ukraine and Georgia will never be NATO members, and NATO won't take anybody else from the east either."
n2b = "Two, that the alliance pulls back its forces and weapons to roughly where they were in 1997, before Poland and the Baltic states joined."
n3 = "No. And I'd say it shouldn't. I sat across the table from Russian diplomats for a long time, and I'm convinced that if Washington signs away Ukraine's right to apply, Moscow will simply come back with the next list. Countries pick their own alliances. That has to stay that way."
n4 = "There's real room on missiles. The INF Treaty is dead, both sides worry about short- and intermediate-range systems, and the Russians have floated a moratorium. There's room on exercises too: notification, observers, maybe limits on how close to the border big drills can happen. Those are old-fashioned arms control ideas, and honestly they're good ones."
n4r = "The INF Treaty is dead, both sides worry about short- and intermediate-range systems, and the Russians have floated a moratorium."
n5 = "I don't think he can take it as the answer, because his boss set the bar at NATO enlargement. But he can take it as a start."
n6 = "I think they're hearing that the sanctions threat is real. Whether it changes the calculation, I honestly can't tell you. Nobody outside a very small circle in the Kremlin can."
n7 = "There was that conversation between James Baker and Gorbachev about German reunification, and \"not one inch eastward\" was said. But it was never put in any treaty, and it was about East Germany. Moscow signed the Founding Act in 1997 knowing exactly what was coming."
R = ("rebecca-lindqvist", 1, "LINDQVIST")
L["npr-2022-01-21-blinken-lavrov-geneva-interview"] = [
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions.", "antony-blinken", 1, "ANTONY BLINKEN", "", "", 1, D),
 ("We are waiting for a written response to all of our proposals, point by point, and first of all on the nonexpansion of NATO.", "sergey-lavrov", 1, "SERGEY LAVROV", "nato-non-expansion", "supports", 1, D),
] + [(e,) + R + (d, s, 1, D) for e, d, s in [
 (n1, "written-legal-guarantees", "mentions"),
 (n2, "no-ukraine-membership", "mentions"), (n2, "nato-non-expansion", "mentions"), (n2, "rollback-to-1997", "mentions"),
 (n3, "no-ukraine-membership", "rejects"), (n3, "nato-non-expansion", "rejects"),
 (n3, "rollback-to-1997", "rejects"), (n3, "nato-open-door", "supports"),
 (n4, "no-intermediate-range-missiles", "supports"), (n4, "limit-military-exercises", "supports"),
 (n5, "nato-non-expansion", "mentions"),
 (n6, "", ""),
 (n7, "", ""),
]] + [
 (n1r, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 (n2a, "russia", 0, "they", "no-ukraine-membership", "supports", 0, ""),
 (n2a, "russia", 0, "they", "nato-non-expansion", "supports", 0, ""),
 (n2b, "russia", 0, "they", "rollback-to-1997", "supports", 0, ""),
 (n4r, "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
]

D = "2022-01-27"
a1 = "The most important thing about both documents is what they did not do. They did not trade away Ukraine's or Georgia's right to knock on NATO's door, and they did not accept the idea that Poland, Romania, or the Baltic states are second-class allies whose defenses should be dismantled to 1997 levels. Any other answer would have rewarded a military blackmail campaign."
a2 = "What the West should do now is simple to say and hard to do: keep reinforcing the eastern flank, fast, and keep the sanctions package ready. Putin needs to see that every battalion he sends toward Ukraine brings NATO closer, not further away."
a3 = "The part of the US answer that deserves more attention is the proposal on missiles. Russia's draft asked that neither side deploy ground-launched intermediate- and shorter-range missiles where they could hit the other's territory. Parts of that are actually negotiable, and Washington has said so in writing."
a4 = "I would go further than the administration: a verifiable, reciprocal ban on those systems in Europe would serve US interests, and we should say so publicly. It costs us little and it tests whether Moscow wants a deal or a pretext."
a5 = "Moscow asked for three things above all: a legally binding end to enlargement, no offensive weapons near its frontiers, and a rollback of allied forces to the 1997 line. It got none of them, and we should expect the Kremlin to say loudly that its core concerns were brushed aside."
a5r = "Moscow asked for three things above all: a legally binding end to enlargement, no offensive weapons near its frontiers, and a rollback of allied forces to the 1997 line."
a6 = "That does not mean the answers were wrong. It means the West should prepare for the Kremlin to use the rejection as a story line, whatever it decides to do with its troops."
a7 = "Buried in the Russian drafts is a demand that US warships and bombers stay out of areas from which they could strike Russian territory. In practice, that would mean the US Navy staying out of the Black Sea and much of the Baltic. The written answers reportedly offered confidence-building measures at sea, which is sensible, but allied navies must keep sailing where international law allows."
a8 = "Watch the water. If Russia closes parts of the Black Sea for \"exercises\" in February, that will tell us more about its intentions than anything Lavrov says."
W = ("katarzyna-wisniewska-hale", 1, "Katarzyna Wiśniewska-Hale")
T = ("thomas-reardon", 1, "Thomas Reardon")
E = ("elena-dobrescu", 1, "Elena Dobrescu")
B = ("pavel-konstantinov-burke", 1, "Pavel Konstantinov-Burke")
L["atlanticcouncil-2022-01-27-experts-react-written-answers"] = [(e,) + sp + (d, s, 1, D) for e, sp, d, s in [
 (a1, W, "nato-open-door", "supports"), (a1, W, "no-ukraine-membership", "rejects"), (a1, W, "rollback-to-1997", "rejects"),
 (a2, W, "rollback-to-1997", "rejects"),
 (a3, T, "no-intermediate-range-missiles", "mentions"),
 (a4, T, "no-intermediate-range-missiles", "supports"),
 (a5, E, "nato-non-expansion", "mentions"), (a5, E, "written-legal-guarantees", "mentions"),
 (a5, E, "no-strike-weapons-near-borders", "mentions"), (a5, E, "rollback-to-1997", "mentions"),
 (a6, E, "", ""),
 (a7, B, "no-warships-aircraft-in-strike-range", "rejects"),
 (a8, B, "", ""),
]] + [
 (a5r, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (a5r, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (a5r, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (a5r, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

write_gold(L, "articles-284", "gold-284")
