#!/usr/bin/env python3
"""Writes the held-out gold of batch 319 (gold-319/*.nq) from the labels below.

Batch 319 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-12-nato-russia-council: Financial Times news story on the
  NATO-Russia Council; curly-free straight quotes, quotes interrupted by "he
  said", anonymous NATO official, analyst, Baker/Bucharest background, Moscow's
  demands in passing inside other speakers' sentences.
- kommersant-2022-01-28-interview-zhdanov: Kommersant Q&A in translation with an
  invented MGIMO analyst (dash-led paragraphs, « » quotes); answers report
  Lavrov, Stoltenberg, Moscow and Washington in passing; questions name demands
  and get no label; 1990 history inside an answer.
- white-house-2022-01-09-background-press-call: transcript of a background call,
  speaker labels "SENIOR ADMINISTRATION OFFICIAL" (labelled as white-house),
  moderator and reporters' questions unlabelled, offers to discuss = mentions.
- delfi-2022-01-13-landsbergis-osce-vienna: Delfi English story (UTF-8 BOM, CRLF),
  Lithuanian officials and an analyst, Lukashevich and Carpenter at the OSCE,
  a caption, crossheads, "Read also" links and Founding Act background.
- cnn-2022-01-26-ukraine-russia-live-updates: CNN live blog with time stamps,
  summary bullets (unlabelled, like a standfirst), a correspondent's analysis
  naming Russia's demands, short quotes under six words.
- chatham-house-2022-01-24-geneva-blinken-lavrov-comment: Chatham House expert
  comment by one invented expert writing in her own voice; only her sentences
  that take a stance of her own (or offer to negotiate) are labelled as hers,
  dated on publication; her description of the drafts gives Russia's labels.
- newsfront-agregator-2022-02-01-putin-ignored-concerns: machine-translated
  Russian aggregator page (« » quotes with "— said", broken grammar), Putin's
  1 February reaction, a Duma deputy and a political scientist; anonymous
  reader comments are not statements of identifiable speakers and get no label.

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
import os
from goldlib import write_gold

HERE = os.path.dirname(os.path.abspath(__file__))


def P(doc, prefix):
    """The whole paragraph (line) of an article that starts with prefix,
    without a leading Q&A dash or transcript speaker label."""
    with open(os.path.join(HERE, "articles-319", doc + ".txt"), encoding="utf-8", newline="") as f:
        lines = f.read().replace("\r\n", "\n").split("\n")
    hits = []
    for ln in lines:
        for lead in ("— ", "SENIOR ADMINISTRATION OFFICIAL: ", ""):
            if ln.startswith(lead + prefix):
                hits.append(ln[len(lead):])
                break
    assert len(hits) == 1, (doc, prefix, len(hits))
    return hits[0]


# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "ft-2022-01-12-nato-russia-council"
L[D] = [
 ("Nato and Russia ended their first formal talks in more than two years without any sign of a breakthrough on Wednesday, as the alliance flatly rejected Moscow's demand that it close its doors to new members and the Kremlin refused to pull back the troops it has massed on Ukraine's border.", "nato", 0, "the alliance", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("Nato and Russia ended their first formal talks in more than two years without any sign of a breakthrough on Wednesday, as the alliance flatly rejected Moscow's demand that it close its doors to new members and the Kremlin refused to pull back the troops it has massed on Ukraine's border.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Nato and Russia ended their first formal talks in more than two years without any sign of a breakthrough on Wednesday, as the alliance flatly rejected Moscow's demand that it close its doors to new members and the Kremlin refused to pull back the troops it has massed on Ukraine's border.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, "2022-01-12"),
 ("will not be easy to bridge", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("No one can veto Ukraine's aspirations to join the alliance, and Russia has no say over what sovereign nations decide,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("No one can veto Ukraine's aspirations to join the alliance, and Russia has no say over what sovereign nations decide,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will not compromise on core principles, including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("He added that allies had offered Moscow a series of further meetings on arms control, missile deployments and transparency around military exercises, and said Russia had neither accepted nor rejected the offer.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("He added that allies had offered Moscow a series of further meetings on arms control, missile deployments and transparency around military exercises, and said Russia had neither accepted nor rejected the offer.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("If there is a threat to our security, we will respond to it. We will have to restore the balance by military-technical means,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("Grushko said Russia needed firm, legally binding commitments rather than assurances, and that an end to Nato's move eastward was \"an absolute imperative\" for Moscow.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("Grushko said Russia needed firm, legally binding commitments rather than assurances, and that an end to Nato's move eastward was \"an absolute imperative\" for Moscow.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Grushko also said Russia expected Nato to take its proposal to return to the military posture of 1997 seriously, a demand that would in effect require the withdrawal of allied forces from Poland, the Baltic states and Romania.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("Sherman, who also attended Wednesday's session, said on Wednesday that Washington had told Moscow it would not \"slam the door shut\" on the alliance's open-door policy.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-12"),
 ("We will not allow anyone to shut Nato's open-door policy.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia's demands, set out in two draft treaties published by the foreign ministry on December 17, would bar Ukraine and Georgia from joining the alliance and forbid the deployment of offensive weapons near Russia's frontiers.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia's demands, set out in two draft treaties published by the foreign ministry on December 17, would bar Ukraine and Georgia from joining the alliance and forbid the deployment of offensive weapons near Russia's frontiers.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("The best way forward is for Russia to pull its forces back,", "nato", 0, "one senior Nato official", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Talks under the barrel of a gun are not talks.", "nato", 0, "one senior Nato official", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Katarzyna Wolska-Brennan, a senior fellow at the European Council on Foreign Relations, said the alliance could not give up enlargement without abandoning the principle on which post-cold war security in Europe was built.", "katarzyna-wolska-brennan", 1, "Katarzyna Wolska-Brennan", "nato-non-expansion", "rejects", 0, ""),
 ("Moscow is asking Nato to rewrite its own founding treaty, and no ally will sign that,", "katarzyna-wolska-brennan", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Dmitry Peskov, President Vladimir Putin's spokesman, said Moscow would not accept a situation in which talks dragged on without results, and repeated that Russia wanted guarantees put down on paper.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("We need a concrete result, not endless conversations,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies were prepared to revive military communication channels that had been suspended since 2021, when Russia closed its mission to Nato, and to reopen the alliance's liaison office in Moscow.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("We are ready to sit down again, but we will not do so at the expense of the security of any ally,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
]

D = "kommersant-2022-01-28-interview-zhdanov"
K = "2022-01-28"
a1 = P(D, "Formally, yes.")
a2 = P(D, "As far as one can judge")
a3 = P(D, "It is a negotiating position.")
a4 = P(D, "Personally, I think")
a5 = P(D, "I would be careful here.")
a6 = P(D, "Also not in the form")
a7 = P(D, "Yes, and that is normal.")
a8 = P(D, "Moscow says these are our troops")
a9 = P(D, "There were verbal statements in 1990")
a10 = P(D, "I do. Any political assurance")
a11 = P(D, "I do not believe in a large war.")
L[D] = [
 (a1, "pavel-zhdanov", 1, "Pavel Zhdanov", "nato-non-expansion", "mentions", 1, K),
 (a1 , "pavel-zhdanov", 1, "Pavel Zhdanov", "nato-open-door", "mentions", 1, K),
 ("The main question for Moscow is the non-enlargement of the alliance, and here Washington said the same thing it said in Geneva: the door stays open.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The main question for Moscow is the non-enlargement of the alliance, and here Washington said the same thing it said in Geneva: the door stays open.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("Lavrov put it very clearly — there is no positive reaction on the main issue.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (a2, "pavel-zhdanov", 1, "Pavel Zhdanov", "no-intermediate-range-missiles", "mentions", 1, K),
 (a2 , "pavel-zhdanov", 1, "Pavel Zhdanov", "limit-military-exercises", "mentions", 1, K),
 (a2 , "pavel-zhdanov", 1, "Pavel Zhdanov", "no-warships-aircraft-in-strike-range", "mentions", 1, K),
 ("As far as one can judge from the leaks and from what Secretary Blinken said in his press conference, the Americans propose to talk about the deployment of intermediate- and shorter-range missiles in Europe, about reciprocal transparency at exercises, about incidents at sea and in the air.", "united-states", 0, "the Americans", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("As far as one can judge from the leaks and from what Secretary Blinken said in his press conference, the Americans propose to talk about the deployment of intermediate- and shorter-range missiles in Europe, about reciprocal transparency at exercises, about incidents at sea and in the air.", "united-states", 0, "the Americans", "limit-military-exercises", "mentions", 0, ""),
 (a3, "pavel-zhdanov", 1, "Pavel Zhdanov", "nato-non-expansion", "mentions", 1, K),
 (a3 , "pavel-zhdanov", 1, "Pavel Zhdanov", "no-ukraine-membership", "mentions", 1, K),
 (a4, "pavel-zhdanov", 1, "Pavel Zhdanov", "no-intermediate-range-missiles", "supports", 1, K),
 (a5, "pavel-zhdanov", 1, "Pavel Zhdanov", "rollback-to-1997", "rejects", 1, K),
 (a6, "pavel-zhdanov", 1, "Pavel Zhdanov", "no-ukraine-membership", "mentions", 1, K),
 (a6 , "pavel-zhdanov", 1, "Pavel Zhdanov", "nato-open-door", "mentions", 1, K),
 ("They have their principle of the «open door», and NATO Secretary General Stoltenberg repeats it every week.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, ""),
 (a7, "pavel-zhdanov", 1, "Pavel Zhdanov", "", "", 1, K),
 (a8, "pavel-zhdanov", 1, "Pavel Zhdanov", "russia-de-escalation", "mentions", 1, K),
 ("Moscow says these are our troops on our territory, and it does not accept this demand as a condition of anything.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("From the Russian point of view, the Americans are asking for de-escalation without offering anything on the core issues.", "united-states", 0, "the Americans", "russia-de-escalation", "supports", 0, ""),
 (a9, "pavel-zhdanov", 1, "Pavel Zhdanov", "written-legal-guarantees", "mentions", 1, K),
 ("That is why this time Moscow insists on legally binding guarantees and not on promises.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (a10, "pavel-zhdanov", 1, "Pavel Zhdanov", "written-legal-guarantees", "supports", 1, K),
 (a11, "pavel-zhdanov", 1, "Pavel Zhdanov", "", "", 1, K),
]

D = "white-house-2022-01-09-background-press-call"
W = "2022-01-09"
S = "SENIOR ADMINISTRATION OFFICIAL"
w1 = P(D, "Great. Thanks so much")
w2 = P(D, "Let me be very clear")
w3 = P(D, "At the same time, there are areas")
w4 = P(D, "The second area is exercises.")
w5 = P(D, "That's not on the table.")
w6 = P(D, "No. Decisions about membership")
w7 = P(D, "And if I could just add one thing.")
w8 = P(D, "Look, we've seen that playbook")
w9 = P(D, "I'm not going to get ahead")
w10 = P(D, "We've always believed")
L[D] = [
 (w1, "white-house", 0, S, "", "", 1, W),
 (w2, "white-house", 0, S, "nato-open-door", "supports", 1, W),
 (w2 , "white-house", 0, S, "nato-non-expansion", "rejects", 1, W),
 (w3, "white-house", 0, S, "no-intermediate-range-missiles", "mentions", 1, W),
 (w3 , "white-house", 0, S, "no-strike-weapons-near-borders", "mentions", 1, W),
 ("In the past, Russia has indicated an interest in talking about the deployment of offensive missile systems in Ukraine.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (w4, "white-house", 0, S, "limit-military-exercises", "mentions", 1, W),
 (w5, "white-house", 0, S, "rollback-to-1997", "rejects", 1, W),
 (w6, "white-house", 0, S, "no-ukraine-membership", "rejects", 1, W),
 (w6 , "white-house", 0, S, "nato-open-door", "supports", 1, W),
 (w7, "white-house", 0, S, "russia-de-escalation", "supports", 1, W),
 (w8, "white-house", 0, S, "", "", 1, W),
 (w9, "white-house", 0, S, "written-legal-guarantees", "mentions", 1, W),
 (w9 , "white-house", 0, S, "no-intermediate-range-missiles", "mentions", 1, W),
 (w10, "white-house", 0, S, "resume-military-dialogue", "supports", 1, W),
]

D = "delfi-2022-01-13-landsbergis-osce-vienna"
T = "2022-01-13"
L[D] = [
 ("Lithuania will not accept any arrangement between the West and Russia that would limit NATO's presence in the Baltic states, Foreign Minister Gabrielius Landsbergis said on Thursday, as the OSCE Permanent Council met in Vienna for the last round of this week's talks with Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, T),
 ("What the Kremlin has put forward is an ultimatum, not a proposal. We cannot discuss our own security as if it were a bargaining chip,", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, T),
 ("The minister said that the Russian demand to pull allied forces out of the countries that joined NATO after 1997 was \"absolutely unacceptable\" for Lithuania, which hosts a German-led NATO battlegroup in Rukla.", "gabrielius-landsbergis", 1, "The minister", "rollback-to-1997", "rejects", 0, T),
 ("The minister said that the Russian demand to pull allied forces out of the countries that joined NATO after 1997 was \"absolutely unacceptable\" for Lithuania, which hosts a German-led NATO battlegroup in Rukla.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("There will be no second-class members in the alliance,", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, T),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, T),
 ("Lukashevich said, adding that the key element was a guarantee that NATO would stop moving east.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, T),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, T),
 ("The drumbeat of war is sounding loud.", "michael-carpenter", 1, "Carpenter", "", "", 1, T),
 ("greater now than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, T),
 ("Lithuanian Defence Minister Arvydas Anušauskas said on Thursday that the allies should respond to the Russian military build-up by strengthening, not weakening, NATO's eastern flank.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "rollback-to-1997", "rejects", 0, T),
 ("The answer to the concentration of Russian troops near Ukraine and in Belarus must be more allied forces in the region, not fewer,", "arvydas-anusauskas", 1, "Anušauskas", "rollback-to-1997", "rejects", 1, T),
 ("In his words, the idea that Russia could decide whether Ukraine or Georgia may one day join NATO \"belongs to the era of Yalta\".", "laurynas-kasciunas", 1, "his", "no-ukraine-membership", "rejects", 0, ""),
 ("NATO's door must remain open. Every country chooses its alliances itself, and no one in Moscow can make that choice for them,", "laurynas-kasciunas", 1, "Kasčiūnas", "nato-open-door", "supports", 1, ""),
 ("The demands were formulated so that the West could not accept them. Moscow wants to be able to say afterwards that it tried diplomacy and was refused,", "ruta-vaitkeviciene", 1, "she", "", "", 1, ""),
 ("According to her, the more realistic topics were arms control and military exercises, where both sides have an interest in more transparency.", "ruta-vaitkeviciene", 1, "her", "limit-military-exercises", "mentions", 0, ""),
 ("Transparency about exercises is something we have asked Russia for since Zapad 2017. If this is what comes out of the talks, it would be good for us too,", "ruta-vaitkeviciene", 1, "Vaitkevičienė", "limit-military-exercises", "supports", 1, ""),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday after the NATO-Russia Council in Brussels that allies would not give up their ability to protect and defend each other, including with troops in the eastern part of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
]

D = "cnn-2022-01-26-ukraine-russia-live-updates"
C = "2022-01-26"
L[D] = [
 ("Secretary of State Antony Blinken said the written response delivered to Moscow Wednesday makes clear that the US will not budge on NATO's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, C),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, C),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, C),
 ("a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, C),
 ("reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in the territory of Ukraine.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 1, C),
 ("reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in the territory of Ukraine.", "antony-blinken", 1, "He", "no-military-activity-ex-soviet", "mentions", 1, C),
 ("We are ready to listen to Russia's concerns and engage in a real conversation on how to uphold and strengthen the fundamental principles of European security,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, C),
 ("But we cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, C),
 ("He said NATO proposed reopening the respective offices in Moscow and Brussels and establishing a civilian hotline, and urged Russia to \"immediately de-escalate.\"", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, C),
 ("We will not rush to conclusions. First we need to read it,", "dmitry-peskov", 1, "Peskov", "", "", 1, C),
 ("It is important that the US position remains firm on the principle that the countries decide on their alliances themselves,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, C),
 ("We continue to see Russian forces build up and we continue to call on Mr. Putin to de-escalate,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, C),
 ("Russia's central demand — a binding promise that Ukraine will never become a NATO member — has been rejected outright, while the US offer on missiles and exercises addresses what Russian officials have treated as secondary items.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The US has put real arms control on the table. If the Kremlin walks away from that, it tells you the security guarantees were never the real point,", "samuel-greene-whitfield", 1, "Samuel Greene-Whitfield", "", "", 1, ""),
 ("Among other things, they call on NATO to renounce any military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

D = "chatham-house-2022-01-24-geneva-blinken-lavrov-comment"
E = "eleanor-marchetti-hale"
EN = "Dr Eleanor Marchetti-Hale"
H = "2022-01-24"
THEY = "They ask the alliance to freeze its membership for good, to renounce the 2008 Bucharest statement that Ukraine and Georgia will become members, and to pull its forces back to where they stood before the first post-Cold War enlargement."
L[D] = [
 (THEY, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (THEY, "russia", 0, "the Kremlin", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 (THEY, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Russia also wants a ban on US forces and bases in any former Soviet republic outside NATO.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("In Geneva, Lavrov restated that the main thing for Russia was a guarantee that the alliance would not move further east.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("We expect to receive a written response to all our proposals,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("That is a consistent line: Moscow has repeatedly said that political assurances are worthless and that only a treaty will do.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Enlargement is not something NATO does to its neighbours; it is something its neighbours ask for.", E, 1, EN, "nato-open-door", "supports", 0, H),
 ("To sign away the right of Ukraine, Georgia, Finland or Sweden to apply would be to accept a Russian sphere of influence in Europe by treaty — something no Western government has done since the end of the Cold War.", E, 1, EN, "no-ukraine-membership", "rejects", 0, H),
 ("To sign away the right of Ukraine, Georgia, Finland or Sweden to apply would be to accept a Russian sphere of influence in Europe by treaty — something no Western government has done since the end of the Cold War.", E, 1, EN, "nato-non-expansion", "rejects", 0, H),
 ("Nor is a return to the force posture of 1997 a subject for negotiation.", E, 1, EN, "rollback-to-1997", "rejects", 0, H),
 ("Agreed distances between aircraft and warships and the other side's territory could reduce the risk of accidents in the Baltic and Black Seas.", E, 1, EN, "no-warships-aircraft-in-strike-range", "supports", 0, H),
 ("And reciprocal limits on the size and location of exercises near borders would benefit Europe's security as much as Russia's.", E, 1, EN, "limit-military-exercises", "supports", 0, H),
 ("On these, the West should be willing to negotiate seriously and in detail, and it appears from Wendy Sherman's comments after the 10 January talks that Washington intends to do so.", E, 1, EN, "no-intermediate-range-missiles", "mentions", 0, H),
 ("The US and its allies have said that such talks require Russia to pull back the forces it has massed around Ukraine.", "united-states", 0, "The US", "russia-de-escalation", "supports", 0, ""),
 ("The US and its allies have said that such talks require Russia to pull back the forces it has massed around Ukraine.", "nato", 0, "its allies", "russia-de-escalation", "supports", 0, ""),
 ("De-escalation should come first.", E, 1, EN, "russia-de-escalation", "supports", 0, H),
 ("They must be equally clear that on the alliance's open door there is nothing to negotiate.", E, 1, EN, "nato-open-door", "supports", 0, H),
]

D = "newsfront-agregator-2022-02-01-putin-ignored-concerns"
F = "2022-02-01"
PQ = "Already now it is possible to say that the principal Russian concerns turned out to be ignored. We did not see adequate account of our three key demands concerning the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders and the return of military potential and infrastructure of the bloc in Europe to the state of 1997 year, when was signed the Founding Act Russia-NATO"
L[D] = [
 (PQ, "vladimir-putin", 1, "the head of state", "nato-non-expansion", "supports", 1, F),
 (PQ, "vladimir-putin", 1, "the head of state", "no-strike-weapons-near-borders", "supports", 1, F),
 (PQ, "vladimir-putin", 1, "the head of state", "rollback-to-1997", "supports", 1, F),
 ("Nobody has right to strengthen own security at expense of security of other states", "vladimir-putin", 1, "he", "", "", 1, F),
 ("The President also stated, that the admission of Ukraine in NATO can drag Russia in war with alliance.", "vladimir-putin", 1, "The President", "no-ukraine-membership", "supports", 0, F),
 ("Imagine that Ukraine is member of NATO and begins military operation in Crimea. What, we must fight with NATO bloc? Has someone thought about it? Seems not", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, F),
 ("not in collective form on behalf of NATO or European Union", "sergei-lavrov", 1, "Lavrov", "", "", 1, ""),
 ("Deputy of State Duma, member of committee on international affairs Igor Bessonov-Krutov said in his Telegram channel that without legal guarantees about non-enlargement of alliance any conversation is «empty loss of time».", "igor-bessonov-krutov", 1, "Igor Bessonov-Krutov", "nato-non-expansion", "supports", 0, ""),
 ("Deputy of State Duma, member of committee on international affairs Igor Bessonov-Krutov said in his Telegram channel that without legal guarantees about non-enlargement of alliance any conversation is «empty loss of time».", "igor-bessonov-krutov", 1, "Igor Bessonov-Krutov", "written-legal-guarantees", "supports", 0, ""),
 ("We need the paper with signatures, and not the beautiful words of Blinken", "igor-bessonov-krutov", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("The Americans proposed the topic of missiles and exercises, it is not nothing. But the key item for Kremlin is Ukraine, and there they said no", "anatoly-sedykh", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans proposed the topic of missiles and exercises, it is not nothing. But the key item for Kremlin is Ukraine, and there they said no", "anatoly-sedykh", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("The Americans proposed the topic of missiles and exercises, it is not nothing. But the key item for Kremlin is Ukraine, and there they said no", "anatoly-sedykh", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 ("But the key item for Kremlin is Ukraine, and there they said no", "russia", 0, "Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("But the key item for Kremlin is Ukraine, and there they said no", "united-states", 0, "The Americans", "no-ukraine-membership", "rejects", 0, ""),
]

write_gold(L, "articles-319", "gold-319")
