#!/usr/bin/env python3
"""Writes the held-out gold of batch 328 (gold-328/*.nq) from the labels below.

Batch 328 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-12-nato-russia-council-no-breakthrough: Reuters wire story on the
  NATO-Russia Council; front matter, quotes interrupted by "he said", "told ... saying",
  anonymous diplomats, Moscow's demands in passing, Bucharest background.
- izvestia-2022-01-18-ryabkov-interview: Izvestia interview with Ryabkov in clumsy
  translation, dash turns, no front matter; inner quotes, a "Read also" line.
- state-department-2022-01-27-department-press-briefing: State Department briefing
  transcript (Price), MR PRICE:/QUESTION: labels; Moscow's demands only inside questions.
- err-news-2022-01-13-estonia-reacts-nato-russia-talks: ERR News story with front matter,
  caption, "Read also", an analyst, the headline repeated in the body, social-media quote.
- the-economist-2022-01-29-russia-answers-no-answer: Economist analysis, no byline,
  rubric and standfirst, Baker/Gorbachev and Founding Act history, draft treaty paraphrase.
- iiss-2022-02-04-after-the-written-answers: IISS expert analysis with front matter,
  crossheads, single-quoted quotations, authors' "in our view"/"we believe".
- house-of-lords-2022-01-20-russia-security-proposals: Hansard Lords oral question; UTF-8
  BOM and CRLF; speaker labels, peers' questions, each speech paragraph a quotation.

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
s_lede = "NATO and Russia failed to narrow their differences on Wednesday at their first formal talks in more than two years, with the alliance refusing Moscow's demand to bar Ukraine from ever joining and Russia's deputy foreign minister warning that the West was pushing Europe towards a dangerous standoff."
s_russia = "It denies planning an attack but says it needs legally binding guarantees that NATO will halt its eastward expansion and pull back forces and weapons from countries that joined after 1997."
s_stol = "Stoltenberg said allies had made clear that Russia could not have a say over whether Kyiv joined the alliance."
s_stol2 = "He said NATO was ready to discuss arms control, missile deployments and greater transparency on exercises, and had offered a series of further meetings, but that Russia had not yet accepted."
s_grush = "He said Russia wanted NATO to stop \"the policy of open doors\" and to formalise that decision in a document."
s_sher = "Sherman said it was now up to Moscow to choose between de-escalation and confrontation, and that the United States wanted to see Russian forces return to their barracks."
s_pesk = "\"We will continue to insist on our position,\" Peskov told reporters, saying that the question of Ukraine not being admitted to NATO was \"a matter of fundamental importance\" for Russia."
L["reuters-2022-01-12-nato-russia-council-no-breakthrough"] = [
 (s_lede, "nato", 0, "the alliance", "no-ukraine-membership", "rejects", 0, D),
 (s_lede, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 (s_stol, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (s_stol, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 ("No one else has anything to say, and of course Russia doesn't have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (s_stol2, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (s_stol2, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (s_russia, "russia", 0, "It", "nato-non-expansion", "supports", 0, ""),
 (s_russia, "russia", 0, "It", "written-legal-guarantees", "supports", 0, ""),
 (s_russia, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("It is absolutely imperative to ensure a legally binding guarantee of the non-enlargement of NATO,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("It is absolutely imperative to ensure a legally binding guarantee of the non-enlargement of NATO,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 (s_grush, "alexander-grushko", 1, "He", "nato-open-door", "rejects", 0, D),
 (s_grush, "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 (s_grush, "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("If someone is trying to contain us, then we will counter-contain,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("We cannot pick individual elements out of our proposals; they are a package,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the U.S. side in Geneva on Monday and attended Wednesday's meeting, told a conference call that Washington would not slam the door on NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("Nobody is going to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (s_sher, "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Another said several allies raised the need to restore the military hotlines that had fallen silent.", "nato", 0, "Another", "resume-military-dialogue", "supports", 0, D),
 ("We will continue to insist on our position,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (s_pesk, "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 0, D),
]

D = "2022-01-18"
R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
def ry(ev, demand="", stance=""):
    return (ev, R[0], R[1], R[2], demand, stance, 1, D)
i1 = "I would say that the conversation was difficult, but professional. The American side listened carefully, it asked questions, it took notes. But we did not hear from them the main thing. We do not need a pause, we need an answer, and an answer on paper."
i2 = "These are secondary issues. Yes, we are ready to talk about the intermediate-range missiles, about the reciprocal restrictions on deployment, it is our old proposal, still from 2019 when the treaty collapsed. But to discuss only this and to leave aside the main thing — the non-expansion of NATO — is for us absolutely unacceptable."
i3 = "We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees, with the words \"shall\" and \"shall not\" written in them. Ukraine must never, never ever become a member of NATO. And Georgia as well."
i4 = "I hear this mantra about the \"open door\" every day. Nobody asks the door. The Alliance was created against us and it moves toward our borders, wave after wave. The formula of Bucharest, that Ukraine and Georgia \"will become members\", must be disavowed. Without this, it is impossible to speak about stability in Europe."
i5 = "It is not unrealistic, it is a question of political will. We propose that the countries of the alliance will not deploy forces and weapons on the territory of other states in Europe in addition to those which were there on May 27, 1997. It is written in our draft, article four. It is a concrete, verifiable thing."
i6 = "We move our troops on our own territory. It is our sovereign right, exactly as they like to say about the choice of alliances. There is no plan of an attack, and I said this to Wendy Sherman directly. The talk about \"de-escalation\" from us is a substitution of the subject; first let the Americans stop the supplies of weapons to Kiev and the exercises in the Black Sea."
i7 = "We expect it this week or next week. The Americans promised to give a written reaction. If the answer will be negative, we will draw conclusions, and our military will propose the options. I do not want to dramatize, but there is no time to drag this out for months and years."
i8 = "The format exists, but the last session showed that NATO does not want to hear. They offered us a \"menu\" of topics: risk reduction, transparency, hotlines. By the way, we have always been for the restoration of normal contacts between the militaries, it is NATO who cut them in 2014. But a menu is not a substitute for a main course."
L["izvestia-2022-01-18-ryabkov-interview"] = [
 ry(i1),
 ry(i2, "no-intermediate-range-missiles", "supports"),
 ry(i2, "nato-non-expansion", "supports"),
 ry(i3, "written-legal-guarantees", "supports"),
 ry(i3, "no-ukraine-membership", "supports"),
 ry(i4, "nato-open-door", "rejects"),
 ry(i4, "nato-non-expansion", "supports"),
 ry(i4, "rescind-bucharest-2008", "supports"),
 ry(i5, "rollback-to-1997", "supports"),
 ry(i6, "russia-de-escalation", "rejects"),
 ry(i6, "no-military-activity-ex-soviet", "supports"),
 ry(i6, "limit-military-exercises", "supports"),
 ry(i7),
 ry(i8, "resume-military-dialogue", "supports"),
]

D = "2022-01-27"
def pr(ev, demand="", stance=""):
    return (ev, "ned-price", 1, "MR PRICE", demand, stance, 1, D)
p1 = "Good afternoon, everyone. A couple of things at the top, and then I'll be happy to take your questions."
p2 = "As you know, yesterday Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. Secretary Blinken spoke to that last evening. I won't go into the contents of the document beyond what he said, because we believe diplomacy has the best chance to succeed if we give it space."
p3 = "What I can say is that the document sets out a serious diplomatic path should Russia choose it. It addresses areas where we believe we can make progress together: reciprocal transparency measures regarding force posture in Ukraine, measures to increase confidence regarding military exercises and maneuvers in Europe, and arms control in the form of intermediate-range missile deployments."
p4 = "It also makes clear the core principles that we are committed to upholding, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. Those are not up for discussion. We have been crystal clear about that from the start, publicly and privately."
p5 = "Well, Matt, I will leave it to Moscow to characterize its reaction. But the notion that the United States would agree to close NATO's door to any country – that was never on the table, and the Russians knew that when they tabled their proposals on December 17th."
p6 = "NATO's door is open, NATO's door remains open, and that is the policy of the alliance and of the United States. Decisions on membership are a matter for NATO's 30 allies and the aspirant country, and nobody else."
p7 = "We've seen Foreign Minister Lavrov's remarks. We've also seen Kremlin spokesman Peskov say that Moscow is in no hurry to draw conclusions. We think that's reasonable. Take the time, read the document closely, and come back to us."
p8 = "We were clear in Geneva, and we are clear in writing, that we are not going to withdraw from the eastern flank. Our allies on the eastern flank did not choose to join NATO so they could be second-class members. The idea of pulling our forces and our allies' forces back to some prior line is a non-starter."
p9 = "I'm not going to get into the format, but we've said we are prepared to discuss arrangements that could be codified, in the appropriate form, where there is reciprocity. Arms control is that kind of area."
p10 = "It leaves diplomacy where it has been: as the path we prefer. But diplomacy is hard to carry out when there is a gun pointed at Ukraine's head. If Russia is serious, the most concrete thing it can do is to de-escalate, to pull those forces back to their garrisons."
p11 = "We haven't seen that. We have seen the opposite. And we will continue to coordinate closely with our allies and partners on severe consequences should Russia move further into Ukraine."
p12 = "Yes. We shared the document with our Ukrainian partners before it was transmitted, in keeping with our principle of nothing about Ukraine without Ukraine, and with our NATO allies as well."
L["state-department-2022-01-27-department-press-briefing"] = [
 pr(p1),
 pr(p2),
 pr(p3, "limit-military-exercises", "mentions"),
 pr(p3, "no-intermediate-range-missiles", "mentions"),
 pr(p4, "nato-open-door", "supports"),
 pr(p5, "nato-open-door", "supports"),
 pr(p5, "nato-non-expansion", "rejects"),
 pr(p5, "no-ukraine-membership", "rejects"),
 pr(p6, "nato-open-door", "supports"),
 pr(p7),
 pr(p8, "rollback-to-1997", "rejects"),
 pr(p9, "written-legal-guarantees", "mentions"),
 pr(p10, "russia-de-escalation", "supports"),
 pr(p11, "russia-de-escalation", "supports"),
 pr(p12),
]

D = "2022-01-13"
e_li1 = "Foreign minister Eva-Maria Liimets (Center) said on Thursday that the week of talks between Russia and the West had confirmed that the allies were united, and that Estonia would not accept any deal that would limit where NATO troops can be stationed on its territory."
e_li2 = "Speaking to ERR's \"Aktuaalne kaamera\" after the Organization for Security and Co-operation in Europe's (OSCE) Permanent Council meeting in Vienna, Liimets said Russia's draft treaties would in effect divide NATO members into two categories."
e_li3 = "The minister said the allies had agreed to continue talking about arms control and transparency, but not about the principle of open doors."
e_li4 = "Every country must be free to choose its alliances, and this was also said clearly by the NATO secretary general in Brussels on Wednesday, she said."
e_lu = "Lukashevich also repeated that Russia wanted NATO to stop drilling close to its frontier and said Western exercises in the Black Sea and the Baltic region were a provocation."
e_ca = "According to Carpenter, Washington was ready to look at reciprocal limits on exercises, but Russia first had to pull back the forces it had massed at Ukraine's border."
e_tk = "Liisa Tamm-Kaasik, research fellow at the International Centre for Defence and Security (ICDS), said that Moscow had put the rollback of allied forces to the 1997 line in its draft knowing well that the Baltic states would never agree."
e_tk2 = "It is a maximalist opening position. The Kremlin's real aim is a sphere of influence in which Ukraine, Georgia and Moldova are off-limits to Western cooperation,"
L["err-news-2022-01-13-estonia-reacts-nato-russia-talks"] = [
 (e_li1, "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, D),
 (e_li2, "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 0, D),
 ("The demand that allied forces leave the countries that joined after 1997 is simply not acceptable to us. Estonia is not a buffer zone,", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, D),
 ("We are a full member of NATO with the same guarantees as every other member,", "eva-maria-liimets", 1, "she", "", "", 1, D),
 (e_li3, "eva-maria-liimets", 1, "The minister", "nato-open-door", "supports", 0, D),
 (e_li4, "eva-maria-liimets", 1, "she", "nato-open-door", "supports", 0, D),
 (e_li4, "jens-stoltenberg", 1, "the NATO secretary general", "nato-open-door", "supports", 0, "2022-01-12"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 (e_lu, "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 0, D),
 (e_ca, "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, D),
 (e_ca, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("I have no worries that someone will decide over our heads,", "kaja-kallas", 1, "Kallas", "", "", 1, ""),
 ("The United States has been very clear that nothing will be decided about Europe without Europe.", "kaja-kallas", 1, "Kallas", "", "", 1, ""),
 (e_tk, "liisa-tamm-kaasik", 1, "Liisa Tamm-Kaasik", "rollback-to-1997", "mentions", 0, ""),
 (e_tk, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (e_tk2, "liisa-tamm-kaasik", 1, "Tamm-Kaasik", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (e_tk2, "russia", 0, "The Kremlin", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("I do not see any scenario where the allies sign a paper that says Estonia is a different kind of member,", "liisa-tamm-kaasik", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Russia is not negotiating; it is issuing ultimatums with a gun on the table,", "marko-mihkelson", 1, "Mihkelson", "", "", 1, ""),
]

c_us = "America instead offered talks on missile deployments, on the size and notice of exercises and on a mechanism to check that neither side had Tomahawk cruise missiles at its bases in Romania and Poland."
c_nato = "NATO's letter, sent separately, said much the same, and added an invitation to reopen the two sides' offices and the military-to-military channels that have been dark since 2021."
c_fa = "The 1997 NATO-Russia Founding Act, which Moscow now wants honoured to the letter, in fact says nothing that stops Poland or Estonia from hosting allied troops."
c_ko = "In his view, the West should be willing to put such limits into a binding treaty, provided they apply to both sides."
c_veto = "Russia wants a veto over the choices of its neighbours; America and its allies say no one gets one."
c_ko1 = "If the Russians wanted a deal on missiles and exercises, they have the makings of one,"
L["the-economist-2022-01-29-russia-answers-no-answer"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (c_us, "united-states", 0, "America", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (c_us, "united-states", 0, "America", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (c_nato, "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, ""),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east,", "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The treaties were never meant to be signed,", "tatiana-orlova-brandt", 1, "Tatiana Orlova-Brandt", "", "", 1, ""),
 ("They were meant to be refused, so that whatever comes next can be presented as the West's fault.", "tatiana-orlova-brandt", 1, "Tatiana Orlova-Brandt", "", "", 1, ""),
 (c_fa, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (c_ko1, "daniel-kessler-ong", 1, "Daniel Kessler-Ong", "no-intermediate-range-missiles", "mentions", 1, ""),
 (c_ko1, "daniel-kessler-ong", 1, "Daniel Kessler-Ong", "limit-military-exercises", "mentions", 1, ""),
 (c_ko, "daniel-kessler-ong", 1, "his", "written-legal-guarantees", "supports", 0, ""),
 (c_ko, "daniel-kessler-ong", 1, "his", "no-intermediate-range-missiles", "supports", 0, ""),
 (c_ko, "daniel-kessler-ong", 1, "his", "limit-military-exercises", "supports", 0, ""),
 (c_veto, "russia", 0, "Russia", "nato-open-door", "rejects", 0, ""),
 (c_veto, "united-states", 0, "America", "nato-open-door", "supports", 0, ""),
]

d_put = "'It is already clear that fundamental Russian concerns were ignored,' he said, naming the three that mattered most to Moscow: the prevention of NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and the return of the alliance's military infrastructure in Europe to the state of 1997."
d_put2 = "Putin also asked how the principle that every state may freely choose its alliances could be reconciled with commitments not to strengthen one's security at the expense of others."
d_off = "The US and NATO documents, delivered on 26 January, declined the core demands but opened several lines of negotiation: reciprocal transparency on exercises, limits on intermediate-range missile deployments, a verification mechanism for the Aegis Ashore sites in Romania and Poland, and the restoration of military-to-military communication."
d_gr = "Russia's deputy foreign minister, Alexander Grushko, acknowledged as much in a television interview on 2 February, saying there were 'elements on which we can work', but he insisted that these could not be separated from the question of enlargement."
d_all = "Allies have also made clear that no force posture rollback is possible: the eastern-flank states regard the presence of allied forces as the very reason for their membership."
d_view = "In our view, the demand to pull allied forces back to 1997 lines should be understood less as a negotiating position than as a statement of a desired order in Europe, one in which the states between Russia and Germany enjoy reduced sovereignty."
d_bel = "We believe the West should offer exactly that: binding, reciprocal limits on exercise size near the NATO-Russia contact line."
D = "2022-02-04"
L["iiss-2022-02-04-after-the-written-answers"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 (d_put, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (d_put, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (d_put, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (d_put2, "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("Why should Ukraine's membership of NATO be discussed at all, if it threatens us?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 (d_off, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (d_off, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (d_off, "united-states", 0, "The US", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 (d_off, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (d_off, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (d_off, "nato", 0, "NATO", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 (d_gr, "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 0, "2022-02-02"),
 (d_gr, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-02-02"),
 (d_all, "nato", 0, "Allies", "rollback-to-1997", "rejects", 0, ""),
 (d_view, "hannah-lindqvist-reyes", 1, "our", "rollback-to-1997", "mentions", 0, D),
 (d_view, "tomasz-wierzbicki", 1, "our", "rollback-to-1997", "mentions", 0, D),
 (d_bel, "hannah-lindqvist-reyes", 1, "We", "limit-military-exercises", "supports", 0, D),
 (d_bel, "tomasz-wierzbicki", 1, "We", "limit-military-exercises", "supports", 0, D),
 (d_bel, "hannah-lindqvist-reyes", 1, "We", "written-legal-guarantees", "supports", 0, D),
 (d_bel, "tomasz-wierzbicki", 1, "We", "written-legal-guarantees", "supports", 0, D),
 ("NATO Secretary General Jens Stoltenberg said on 3 February that the alliance had seen no sign of de-escalation and that Russia's build-up continued.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-02-03"),
]

D = "2022-01-20"
A = "Lord Ahmad of Wimbledon"
def ah(ev, demand="", stance=""):
    return (ev, "tariq-ahmad", 1, A, demand, stance, 1, D)
h1 = "My Lords, the Government have studied the Russian proposals carefully. They contain a number of demands that are clearly unacceptable, including a veto over which countries may join NATO and the withdrawal of allied forces from the territory of members who joined after 1997. We will not trade away the sovereignty of Ukraine or of any NATO ally."
h2 = "At the same time, we support the United States and NATO in pursuing dialogue. There are areas, such as arms control, the transparency of exercises and risk reduction, where discussion could serve the security of all. Any such discussion must be reciprocal and must take place while Russia reduces the tension it has created on Ukraine's borders."
h3 = "My Lords, I thank the noble Lord for that Answer. The Kremlin says that it wants a written, legally binding promise that NATO will move no further east, and it says it wants it now. We should be honest that no such promise will ever be given."
h4 = "My Lords, I agree with the noble Baroness. NATO is a defensive alliance, and the door to membership remains open to any European democracy that meets the criteria. It is for Ukraine and the 30 allies to decide, and for no one else."
h5 = "My Lords, my noble friend will recall that we have been here before. In 2008 at Bucharest, the alliance promised Ukraine and Georgia eventual membership while some allies made sure it would not happen soon."
h6 = "Is it not the case that Mr Putin's demand to tear up the Bucharest declaration is aimed less at NATO than at the Ukrainian people's right to decide their own future?"
h7 = "My noble friend makes an important point. The Bucharest commitment stands. Russia is asking allies to repudiate decisions they took freely, and we will not do so."
h8 = "The noble Lord raises an important issue. We are open to measures that reduce the risk of miscalculation, including military-to-military channels, and my right honourable friend the Defence Secretary has offered to meet his Russian counterpart."
h9 = "The noble Earl is right in his reading. Such a clause would be incompatible with freedom of navigation and with our commitments to allies. We will continue to operate in international waters and airspace in accordance with international law."
h10 = "My Lords, we have been clear, together with our G7 partners, that any further military incursion into Ukraine would be a massive strategic mistake with a severe cost. Russia must de-escalate, pull back its forces and engage in meaningful talks."
h11 = "My Lords, I have said in this House before that a world in which great powers carve up Europe into spheres of influence is not one we can accept, and I say so again today."
L["house-of-lords-2022-01-20-russia-security-proposals"] = [
 ah(h1, "nato-open-door", "supports"),
 ah(h1, "rollback-to-1997", "rejects"),
 ah(h2, "limit-military-exercises", "mentions"),
 ah(h2, "russia-de-escalation", "supports"),
 (h3, "baroness-whitcombe-hale", 1, "Baroness Whitcombe-Hale", "nato-non-expansion", "rejects", 1, D),
 (h3, "baroness-whitcombe-hale", 1, "Baroness Whitcombe-Hale", "written-legal-guarantees", "mentions", 1, D),
 (h3, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 1, ""),
 (h3, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 1, ""),
 ah(h4, "nato-open-door", "supports"),
 (h5, "lord-harrowby-sands", 1, "Lord Harrowby-Sands", "", "", 1, D),
 (h6, "vladimir-putin", 1, "Mr Putin", "rescind-bucharest-2008", "supports", 0, ""),
 ah(h7, "rescind-bucharest-2008", "rejects"),
 (h7, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 1, ""),
 ah(h8, "resume-military-dialogue", "supports"),
 ah(h9, "no-warships-aircraft-in-strike-range", "rejects"),
 ("build-up of more than 100,000 troops", "liz-truss", 1, "the Foreign Secretary", "", "", 1, "2022-01-19"),
 ah(h10, "russia-de-escalation", "supports"),
 (h11, "lord-harrowby-sands", 1, "Lord Harrowby-Sands", "", "", 1, D),
]

write_gold(L, "articles-328", "gold-328")
