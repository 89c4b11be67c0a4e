#!/usr/bin/env python3
"""Writes the held-out gold of batch 270 (gold-270/*.nq) from the labels below.

Batch 270 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-hands-russia-written-reply: Bloomberg news story with
  bullets, byline and "Read more" line; quotation interrupted by "Blinken said",
  partial quotes inside reported speech, an unnamed official, an analyst naming
  Moscow's demand in passing, Baker/Gorbachev background.
- dw-2022-01-12-nato-russia-council-no-breakthrough: Deutsche Welle news story on
  the NATO-Russia Council; crossheads, "Read also", short partial quotes, a
  Moscow-wants list after a sentence about the drafts, analyst, Bucharest history.
- ria-2022-01-18-ryabkov-interview-guarantees: RIA Novosti interview with Ryabkov,
  machine-translated (odd English, « » quotes, dash Q/A); UTF-8 BOM and CRLF;
  several demands per answer paragraph, offers to discuss, a closing paragraph of
  reported speech.
- lrt-2022-01-21-blinken-lavrov-geneva-vilnius-reacts: LRT English story (no front
  matter, LRT date line) on Blinken-Lavrov in Geneva and Lithuanian reactions;
  "According to him", a 6-word partial quote carrying a rejection, analyst.
- seimas-2022-01-13-debate-russian-security-demands: Lithuanian Seimas transcript
  in translation; speaker labels with initials, chair and MPs' questions unlabelled,
  Russia's demands described inside a minister's answer, a quoted draft resolution.
- russian-mfa-2022-01-14-zakharova-osce-permanent-council: Russian MFA spokeswoman's
  answer to a media question on the OSCE Permanent Council; answer paragraphs as
  direct quotations, a reported lead sentence about Lukashevich, rejection of
  "de-escalation" preconditions.
- brookings-2022-01-28-qa-us-nato-responses-russia: Brookings expert Q&A with two
  invented analysts; analysts mostly mention, but take their own stance in places.

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

Batch note: a Russia label drawn in passing from another speaker's quotation
keeps that quotation as evidence but is direct 0 (Russia is not being quoted).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["bloomberg-2022-01-26-us-hands-russia-written-reply"] = [
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, offering talks on missiles and military drills while turning down Moscow's central insistence that Ukraine be barred from NATO for good.", "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, offering talks on missiles and military drills while turning down Moscow's central insistence that Ukraine be barred from NATO for good.", "united-states", 0, "The U.S.", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, offering talks on missiles and military drills while turning down Moscow's central insistence that Ukraine be barred from NATO for good.", "united-states", 0, "The U.S.", "limit-military-exercises", "mentions", 0, D),
 ("The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, offering talks on missiles and military drills while turning down Moscow's central insistence that Ukraine be barred from NATO for good.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles we are committed to uphold, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said the paper lays out possible reciprocal limits on where offensive missiles can be placed in Europe and transparency steps around large exercises, if Moscow is willing to engage.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the paper lays out possible reciprocal limits on where offensive missiles can be placed in Europe and transparency steps around large exercises, if Moscow is willing to engage.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Russia has demanded that NATO stop enlarging toward its frontiers, withdraw forces and weapons placed in eastern member states since 1997 and keep intermediate-range missiles out of reach of Russian territory.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia has demanded that NATO stop enlarging toward its frontiers, withdraw forces and weapons placed in eastern member states since 1997 and keep intermediate-range missiles out of reach of Russian territory.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia has demanded that NATO stop enlarging toward its frontiers, withdraw forces and weapons placed in eastern member states since 1997 and keep intermediate-range missiles out of reach of Russian territory.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("We need a legally binding document, not promises that can be forgotten the next morning,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("the right of each nation to choose its own path.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, D),
 ("Stoltenberg again urged Moscow to pull back the more than 100,000 troops it has massed near Ukraine's borders, saying that would be the clearest sign Russia wants a diplomatic outcome.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("The U.S. has put real things on the table -- missiles, exercises, risk reduction -- but not the thing Moscow wanted most, a closed door for Ukraine,", "jana-podlesna", 1, "Jana Podlesna", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The U.S. has put real things on the table -- missiles, exercises, risk reduction -- but not the thing Moscow wanted most, a closed door for Ukraine,", "jana-podlesna", 1, "Jana Podlesna", "limit-military-exercises", "mentions", 1, ""),
 ("The U.S. has put real things on the table -- missiles, exercises, risk reduction -- but not the thing Moscow wanted most, a closed door for Ukraine,", "jana-podlesna", 1, "Jana Podlesna", "no-ukraine-membership", "mentions", 1, ""),
 ("The U.S. has put real things on the table -- missiles, exercises, risk reduction -- but not the thing Moscow wanted most, a closed door for Ukraine,", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Whether that is enough depends on whether the Kremlin ever wanted a deal at all.", "jana-podlesna", 1, "Jana Podlesna", "", "", 1, ""),
 ("There are no positions in it that contradict Ukraine's interests,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("A senior administration official, speaking on condition of anonymity, said the paper also proposes restoring channels between the two militaries that were largely frozen after 2014.", "united-states", 0, "A senior administration official", "resume-military-dialogue", "supports", 0, ""),
]

D = "2022-01-12"
L["dw-2022-01-12-nato-russia-council-no-breakthrough"] = [
 ("NATO allies will not compromise on some core principles, and the open door is one of them,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("That includes the right of each nation to choose its own path, and that NATO's relationship with Ukraine is decided by the 30 allies and Ukraine, and no one else.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He added that the allies had proposed a series of follow-up meetings on arms control, on missiles and on more transparency about military exercises — but that Russia had not yet agreed to a timetable.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He added that the allies had proposed a series of follow-up meetings on arms control, on missiles and on more transparency about military exercises — but that Russia had not yet agreed to a timetable.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Stoltenberg also called on Moscow to reduce tensions.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("Russia must \"de-escalate\" and pull back forces stationed along Ukraine's border, he said, warning that any new aggression would carry \"a high price.\"", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("Speaking to journalists after the meeting, Grushko said Moscow had made clear that the further enlargement of NATO was unacceptable.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never becomes a member of NATO,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, D),
 ("The deputy minister said that NATO's policy of \"open doors\" was \"a relic of the Cold War,\" adding that Moscow would not accept a situation in which \"the security of one state is strengthened at the expense of the security of others.\"", "alexander-grushko", 1, "The deputy minister", "nato-open-door", "rejects", 0, D),
 ("the security of one state is strengthened at the expense of the security of others.", "alexander-grushko", 1, "The deputy minister", "", "", 1, D),
 ("US Deputy Secretary of State Wendy Sherman, who also took part in the talks, said on Wednesday that Washington would \"not slam the door\" on NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("That has never been up to anybody but the members of NATO and the countries that want to join,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Moscow wants NATO to scale back military drills near its borders, to rule out deployments of intermediate-range missiles in Europe, and to refrain from any military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Moscow wants NATO to scale back military drills near its borders, to rule out deployments of intermediate-range missiles in Europe, and to refrain from any military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Moscow wants NATO to scale back military drills near its borders, to rule out deployments of intermediate-range missiles in Europe, and to refrain from any military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Restrictions on exercises and missiles are the old bread and butter of European arms control, and the West has an interest in them too,", "henrik-vollmer", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Restrictions on exercises and missiles are the old bread and butter of European arms control, and the West has an interest in them too,", "henrik-vollmer", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A veto over who may join NATO is something no ally can give Moscow,", "henrik-vollmer", 1, "he", "nato-open-door", "supports", 1, ""),
 ("It would mean that Finland, Sweden or Ukraine are no longer sovereign in their choices.", "henrik-vollmer", 1, "he", "nato-open-door", "supports", 1, ""),
 ("Nothing about Ukraine without Ukraine — this principle was respected today,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
]

D = "2022-01-18"
R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
A1 = "The evaluation has not changed. The conversation was difficult, long, but concrete, without the diplomatic \"water\". The American side understood, I think, that we are not bluffing and not trading. But the main thing was not achieved: there is no readiness of Washington to take into account our key demands."
A2 = "I will repeat it once more, since somebody in the West pretends not to hear. It is the absolute imperative for us that the North Atlantic alliance stops to move in the direction of our borders. No new members, first of all Ukraine and Georgia, they must never become members of the alliance."
A3 = "We insist also that the decision of the Bucharest summit of 2008 about that Ukraine and Georgia «will become members» has to be disavowed officially. Without this, all the rest hangs in the air."
A4 = "And the third. The strike weapons systems, which can threaten the territory of Russia, must not be placed in the countries adjoining to us. This concerns also the infrastructure, which the alliance has built since 1997, it must be returned to the configuration of that year."
A5 = "It is interesting, but it is secondary. We do not refuse to talk about the medium-range missiles, about the parameters of exercises, about the incidents at sea and in the air. But to make from this the main course, and the non-enlargement to put aside — this does not work. The package is indivisible."
A6 = "No. The moratorium is not suitable. Moratorium today is, tomorrow is not. We need the guarantees in the written kind, juridically binding, which will be ratified. The verbal assurances we already received in 1990, and we know how it ended."
A7 = "We wait for the written answer from the Americans and from NATO, article by article, to our drafts. If it will be, we will study it. If it will be «no» again, or the attempt to drown everything in the endless consultations, we do not see the sense to continue. We will not go to the talks for the sake of talks."
A8 = "I neither confirm nor exclude. Everything depends on the actions of the American colleagues."
A9 = "These are our troops on our territory. We move them where we consider it necessary. To put it as the precondition for the dialogue is unacceptable, and the dialogue must go without any preconditions from both sides."
L["ria-2022-01-18-ryabkov-interview-guarantees"] = [
 (A1,) + R + ("", "", 1, D),
 (A2,) + R + ("nato-non-expansion", "supports", 1, D),
 (A2,) + R + ("no-ukraine-membership", "supports", 1, D),
 (A3,) + R + ("rescind-bucharest-2008", "supports", 1, D),
 (A4,) + R + ("no-strike-weapons-near-borders", "supports", 1, D),
 (A4,) + R + ("rollback-to-1997", "supports", 1, D),
 (A5,) + R + ("no-intermediate-range-missiles", "mentions", 1, D),
 (A5,) + R + ("limit-military-exercises", "mentions", 1, D),
 (A5,) + R + ("no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (A5,) + R + ("nato-non-expansion", "supports", 1, D),
 (A6,) + R + ("written-legal-guarantees", "supports", 1, D),
 (A7,) + R + ("", "", 1, D),
 (A8,) + R + ("", "", 1, D),
 (A9,) + R + ("russia-de-escalation", "rejects", 1, D),
 (A9,) + R + ("no-preconditions", "supports", 1, D),
 ("The US deputy secretary of state Wendy Sherman after the Geneva talks had declared that Washington will not allow anyone to close the \"open doors\" policy of NATO.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-21"
G = "Lithuania is not a bargaining chip. Our allies are here because we asked them to be here, and no one in Moscow gets to decide whether NATO troops stay in Rukla,"
DG = "What Moscow brought to Geneva is the same list as in December: no enlargement, no Ukraine in NATO, no allied forces east of the 1997 line. Only the envelope is different,"
L["lrt-2022-01-21-blinken-lavrov-geneva-vilnius-reacts"] = [
 ("US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov agreed on Friday in Geneva to keep talking, while Lithuanian officials warned that any deal on Russia's security demands must not touch NATO's presence on the alliance's eastern flank.", "lithuania", 0, "Lithuanian officials", "rollback-to-1997", "rejects", 0, D),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "he", "", "", 1, D),
 ("Blinken said he had reiterated to Lavrov that the United States would not trade away the principle that countries choose their own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("He also said the Russian side should prove its intentions by moving troops away from Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("According to him, Moscow's main concern remains that NATO should not expand to the east and should not deploy strike weapons systems near Russia's borders.", "sergei-lavrov", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("According to him, Moscow's main concern remains that NATO should not expand to the east and should not deploy strike weapons systems near Russia's borders.", "sergei-lavrov", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper,", "sergei-lavrov", 1, "the Russian minister", "", "", 1, D),
 (G, "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("The minister said that the Russian proposal to return NATO's military posture to where it stood in 1997 would, in practice, mean removing the German-led battlegroup deployed in Lithuania since 2017.", "gabrielius-landsbergis", 1, "The minister", "rollback-to-1997", "mentions", 0, D),
 ("The minister said that the Russian proposal to return NATO's military posture to where it stood in 1997 would, in practice, mean removing the German-led battlegroup deployed in Lithuania since 2017.", "russia", 0, "the Russian proposal", "rollback-to-1997", "supports", 0, ""),
 ("unacceptable today and will remain unacceptable tomorrow.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("Asked whether NATO should scale back its own drills in the Baltic states to calm the situation, Anušauskas said no.", "arvydas-anusauskas", 1, "Anušauskas", "limit-military-exercises", "rejects", 0, D),
 ("Our exercises are defensive, announced and transparent. Russia's are none of those things,", "arvydas-anusauskas", 1, "he", "limit-military-exercises", "rejects", 1, D),
 (DG, "ruta-daugeliene", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (DG, "ruta-daugeliene", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (DG, "ruta-daugeliene", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (DG, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (DG, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (DG, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Daugėlienė said the Baltic states would be most exposed if Washington agreed to negotiate on force posture.", "ruta-daugeliene", 1, "Daugėlienė", "rollback-to-1997", "mentions", 0, ""),
 ("If the rollback clause is even discussed, it will be read in Moscow as a sign that it works,", "ruta-daugeliene", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("I do not think the Americans will do it, but the fear in Vilnius is real.", "ruta-daugeliene", 1, "she", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-13"
GL = ("gabrielius-landsbergis", 1, "G. LANDSBERGIS")
S1 = "Thank you, Mr Chair. Dear colleagues, this week three formats met: the American and Russian delegations in Geneva on Monday, the NATO-Russia Council in Brussels yesterday and the OSCE Permanent Council in Vienna today."
S2 = "I will say it plainly: the Russian documents of December are not a basis for negotiation. They ask the alliance to promise that it will never again admit anyone, and they ask that the forces which came to the Baltic states after 2004 be withdrawn. For Lithuania, neither the one nor the other is acceptable, and our allies have told us clearly that they will not agree to it."
S3 = "At the same time, we do not reject dialogue where it strengthens our security. If there is a possibility to agree on mutual limits on missiles or on more transparency in exercises, on both sides of the border, including in Kaliningrad and Belarus, Lithuania will support such work."
S4 = "And finally, the real test is on the ground. Russia must withdraw the forces it has concentrated near Ukraine. Until that happens, all the words in Geneva are only words."
S5 = "I do not see such a risk. In all the conversations I have had with our allies in recent weeks, the answer was the same: the door stays open and the decision belongs to the applicant and to the allies."
S6 = "The position is that there is nothing to discuss unilaterally. Our exercises are planned and announced a year in advance. If Russia wants reciprocal restrictions, it can come with them to Vienna, where the Vienna Document exists for this purpose."
V1 = "Dear Chair, dear colleagues. We have heard the minister, and our group supports the line of the Government. I want to say something else. Moscow now speaks about \"legal guarantees\", about treaties on paper. But we remember the Budapest Memorandum, we remember the treaty on friendship with Ukraine. The signature of the Kremlin is worth exactly nothing."
V2 = "Therefore I ask my colleagues: let us not be naive. The demand that the alliance leave our territory is not a proposal, it is an ultimatum, and one does not answer an ultimatum with a compromise."
P1 = "Thank you. I would like to remind the hall of 1990 and 1991, when we also heard that we are \"within the sphere of interests\" of our neighbour. Thirty years later the same language returns."
P2 = "Let us say it from this tribune: Ukraine has the full right to choose the alliance it wants, and Georgia too. Nobody in Moscow has a veto over this."
M1 = "Thank you. I also support the common position, but I want to warn against the illusion that everything can be solved by tanks. The people in Visaginas, in Zarasai, ask me whether there will be war. We need to keep the channels with the Russian military open, so that an accident on the border does not become a catastrophe."
L["seimas-2022-01-13-debate-russian-security-demands"] = [
 (S1,) + GL + ("", "", 1, D),
 (S2,) + GL + ("nato-non-expansion", "rejects", 1, D),
 (S2,) + GL + ("rollback-to-1997", "rejects", 1, D),
 (S2, "russia", 0, "the Russian documents", "nato-non-expansion", "supports", 0, ""),
 (S2, "russia", 0, "the Russian documents", "rollback-to-1997", "supports", 0, ""),
 (S3,) + GL + ("no-intermediate-range-missiles", "mentions", 1, D),
 (S3,) + GL + ("limit-military-exercises", "mentions", 1, D),
 (S4,) + GL + ("russia-de-escalation", "supports", 1, D),
 (S5,) + GL + ("nato-open-door", "supports", 1, D),
 (S6,) + GL + ("limit-military-exercises", "rejects", 1, D),
 (V1, "vytautas-grigonis", 1, "V. GRIGONIS", "written-legal-guarantees", "rejects", 1, D),
 (V1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (V2, "vytautas-grigonis", 1, "V. GRIGONIS", "rollback-to-1997", "rejects", 1, D),
 (P1, "egidijus-pakalnis", 1, "E. PAKALNIS", "", "", 1, D),
 (P2, "egidijus-pakalnis", 1, "E. PAKALNIS", "nato-open-door", "supports", 1, D),
 (M1, "dalia-mockute", 1, "D. MOCKUTĖ", "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-14"
Z = ("maria-zakharova", 1, "Maria Zakharova")
Z1 = "We appreciate the fact that the discussion took place. At the same time, we must state that it once again showed the unwillingness of a number of Western delegations to address the substance of our concerns. Instead, we heard the usual set of accusations and lectures."
Z2 = "Let me remind you that it was within the OSCE, in Istanbul in 1999 and in Astana in 2010, that all participating States undertook not to strengthen their security at the expense of the security of others. This principle has been consistently ignored by NATO, which has moved its military infrastructure right up to our borders. The Russian draft agreements are designed to give legal force to these political commitments, because experience shows that political commitments alone do not work."
Z3 = "Our position is well known and has not changed. We need firm, legally binding guarantees that NATO will not expand further eastward, that Ukraine will not be drawn into the alliance, and that no offensive weapons that threaten Russia will be deployed on the territory of neighbouring states. This is not a menu from which one can pick the dishes one likes."
Z4 = "We note that some Western colleagues are again trying to make the continuation of the dialogue conditional on Russia \"de-escalating\" and \"withdrawing forces\" from areas on its own territory. We categorically reject such a formulation of the question. The movement of Russian troops within the Russian Federation is our sovereign business and does not concern anyone."
Z5 = "As for transferring the discussion to the OSCE, we see no reason for this. The OSCE is an important platform, and we will continue to use it, including for the discussion of confidence-building measures and of the Vienna Document. But the key issues raised in our drafts concern, first of all, the United States and NATO, and it is from them that we expect an answer. We will not allow the substance of our proposals to be dissolved in a discussion among 57 countries."
Z6 = "We also took note of the statements of the OSCE Chairmanship about the \"new European security dialogue\". We are ready to listen to any ideas, but a new dialogue for the sake of dialogue is not what is needed now. What is needed now is a concrete, article-by-article response to the texts that were handed over to the American side and to NATO on December 15 and published on December 17."
Z7 = "The Russian side will draw conclusions once these responses are received. We have said many times that our patience is not unlimited."
L["russian-mfa-2022-01-14-zakharova-osce-permanent-council"] = [
 ("On January 13, a meeting of the OSCE Permanent Council took place in Vienna, at which Permanent Representative of the Russian Federation to the OSCE Alexander Lukashevich presented the Russian initiatives on providing legally binding security guarantees in Europe.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 (Z1,) + Z + ("", "", 1, D),
 (Z2,) + Z + ("written-legal-guarantees", "supports", 1, D),
 (Z3,) + Z + ("written-legal-guarantees", "supports", 1, D),
 (Z3,) + Z + ("nato-non-expansion", "supports", 1, D),
 (Z3,) + Z + ("no-ukraine-membership", "supports", 1, D),
 (Z3,) + Z + ("no-strike-weapons-near-borders", "supports", 1, D),
 (Z4,) + Z + ("russia-de-escalation", "rejects", 1, D),
 (Z4,) + Z + ("no-preconditions", "supports", 1, D),
 (Z5,) + Z + ("limit-military-exercises", "mentions", 1, D),
 (Z6,) + Z + ("", "", 1, D),
 (Z7,) + Z + ("", "", 1, D),
]

D = "2022-01-28"
IB = ("ilana-brandt", 1, "Brandt")
MO = ("marcus-oyelaran", 1, "Oyelaran")
B1 = "From what Secretary Blinken and other officials have said, the U.S. reply is built around reciprocity. It reportedly proposes talks on where intermediate-range missiles may be based in Europe, on limits to the size and proximity of exercises, and on rules for aircraft and ships operating close to each other."
B2 = "These are serious ideas. Several of them resemble what arms controllers on both sides have discussed quietly for years, and some of them, such as a mutual ban on ground-launched intermediate-range missiles in Europe, are frankly in the American interest. I would like to see Washington pursue that one whatever happens with the rest."
O1 = "The reply also says what the United States will not do. It does not promise to close NATO's door to Ukraine or to anyone else, and it does not accept the idea of pulling allied forces back from Poland, the Baltic states or Romania."
O2 = "I doubt that anyone in the Russian Foreign Ministry expected the alliance to sign away Ukraine's future. Moscow's maximal ask — a legally binding end to enlargement — was designed to be refused, or at least to put the West on the defensive."
B3 = "I am less sure. Russian officials have been very consistent since December that non-enlargement is the point and everything else is a side dish. If that is true, then the U.S. and NATO answers, however creative, miss what the Kremlin cares about most."
B4 = "No. A formal promise that Ukraine will never join would trade away a principle the alliance has defended since 1949, and Moscow would pocket it and ask for the next thing."
O3 = "I would put it slightly differently. Nobody in NATO is going to admit Ukraine any time soon, and everyone knows it. But to write that down under Russian pressure, with 100,000 troops at the border, would reward coercion. The conversation about Ukraine's future should happen, but not at gunpoint."
O4 = "Putin's own reaction. Lavrov and the Foreign Ministry will say what they always say, but the decision on whether this becomes a negotiation or a war belongs to one man."
B5 = "And the troops. If the forces around Ukraine begin to pull back, that will tell us more than any statement. The United States and its allies have been right to insist that diplomacy and de-escalation go together."
L["brookings-2022-01-28-qa-us-nato-responses-russia"] = [
 (B1,) + IB + ("no-intermediate-range-missiles", "mentions", 1, D),
 (B1,) + IB + ("limit-military-exercises", "mentions", 1, D),
 (B1,) + IB + ("no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (B2,) + IB + ("no-intermediate-range-missiles", "supports", 1, D),
 (O1,) + MO + ("no-ukraine-membership", "mentions", 1, D),
 (O1,) + MO + ("nato-non-expansion", "mentions", 1, D),
 (O1,) + MO + ("rollback-to-1997", "mentions", 1, D),
 (O2,) + MO + ("no-ukraine-membership", "mentions", 1, D),
 (O2,) + MO + ("nato-non-expansion", "mentions", 1, D),
 (O2,) + MO + ("written-legal-guarantees", "mentions", 1, D),
 (O2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (O2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (B3,) + IB + ("nato-non-expansion", "mentions", 1, D),
 (B3, "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 (B4,) + IB + ("no-ukraine-membership", "rejects", 1, D),
 (B4,) + IB + ("nato-open-door", "supports", 1, D),
 (O3,) + MO + ("no-ukraine-membership", "rejects", 1, D),
 (O4,) + MO + ("", "", 1, D),
 (B5,) + IB + ("russia-de-escalation", "supports", 1, D),
]

write_gold(L, "articles-270", "gold-270")
