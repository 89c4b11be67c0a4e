#!/usr/bin/env python3
"""Writes the held-out gold of batch 352 (gold-352/*.nq) from the labels below.

Batch 352 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-12-grushko-nato-russia-council: Reuters wire story (front
  matter, dateline, byline, READ MORE links); Grushko quote interrupted by "Grushko
  said", Stoltenberg quotes split by "told a news conference", Moscow's rollback
  demand inside Stoltenberg's reported sentence, Fomin and Sherman in reported speech.
- vedomosti-2022-01-17-ryabkov-interview: Vedomosti interview in translation, dash
  turns, stiff machine-like English; recorded on 15 January (editor's note at the
  end) so answers date to 2022-01-15; Baker/Gorbachev history; headline repeats a quote.
- pentagon-2022-01-24-kirby-press-briefing: DoD transcript (front matter), speaker
  labels "PRESS SECRETARY JOHN F. KIRBY:" / "MR. KIRBY:" / "Q:"; reporters' questions
  carry Russian demands and Grushko's words but get no label; offers to discuss
  exercises and missiles are mentions.
- err-2022-01-27-estonia-reacts-us-nato-answers: ERR News story, no front matter,
  "27.01.2022 16:42" date line, crossheads, "Related" links; Kallas, Liimets, Lavrov,
  an invented ICDS analyst; history paragraph about the Founding Act.
- newyorker-2022-01-29-what-putin-wants: New Yorker Q. & A. (front matter) with an
  invented historian; questions are unmarked paragraphs; answers mix history (Baker
  1990, I.N.F.) with her own stances; Lavrov's paraphrased words and Russia in passing.
- iiss-2022-02-03-security-guarantees-after-the-answers: IISS analysis with UTF-8 BOM
  and CRLF line ends, single quotes; Putin's three points (1 February), Lavrov's
  28 January letter, Stoltenberg and Blinken on 26 January; the authors' own
  assessment prose is not a quoted statement and gets no label; document contents
  ("the US answer proposed...") are not labelled.
- sejm-2022-01-19-foreign-affairs-committee-record: Polish Sejm committee stenographic
  record in translation, speaker labels with party tags; the chair (host) and MPs'
  question turns get no label, but a Russian demand named inside a question gets
  Russia's label; Przydacz reports Ryabkov and the allies.

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

D = "2022-01-12"
L["reuters-2022-01-12-grushko-nato-russia-council"] = [
 ("Russia's Deputy Foreign Minister Alexander Grushko told NATO on Wednesday that the alliance must give a legally binding promise to stop moving east, as the first NATO-Russia Council meeting in more than two years ended with the two sides far apart.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 ("Russia's Deputy Foreign Minister Alexander Grushko told NATO on Wednesday that the alliance must give a legally binding promise to stop moving east, as the first NATO-Russia Council meeting in more than two years ended with the two sides far apart.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, D),
 ("If NATO moves to a policy of containment, there will be counter-containment. If there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("He said Moscow wanted NATO's military posture returned to where it stood before the former Warsaw Pact states joined, and repeated that Russia would never accept Ukraine as a member of the bloc.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("He said Moscow wanted NATO's military posture returned to where it stood before the former Warsaw Pact states joined, and repeated that Russia would never accept Ukraine as a member of the bloc.", "alexander-grushko", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("We have told our partners that this is not about another round of talks,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("it is about whether the alliance is ready to treat our proposals as seriously as we do.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("Deputy Defence Minister Alexander Fomin, who sat beside Grushko, said the scale of allied drills close to Russian territory had grown year after year and had to be cut back.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("NATO Secretary-General Jens Stoltenberg said allies were ready to talk about arms control, the placement of missiles and the transparency of military exercises, but would not compromise on the right of each country to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("NATO Secretary-General Jens Stoltenberg said allies were ready to talk about arms control, the placement of missiles and the transparency of military exercises, but would not compromise on the right of each country to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("NATO Secretary-General Jens Stoltenberg said allies were ready to talk about arms control, the placement of missiles and the transparency of military exercises, but would not compromise on the right of each country to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("He said allies had also rejected Moscow's call to pull troops and equipment out of the alliance's eastern members, and had urged Russia to de-escalate and move some of the roughly 100,000 soldiers it has gathered near Ukraine back to their bases.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He said allies had also rejected Moscow's call to pull troops and equipment out of the alliance's eastern members, and had urged Russia to de-escalate and move some of the roughly 100,000 soldiers it has gathered near Ukraine back to their bases.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("He said allies had also rejected Moscow's call to pull troops and equipment out of the alliance's eastern members, and had urged Russia to de-escalate and move some of the roughly 100,000 soldiers it has gathered near Ukraine back to their bases.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the U.S. delegation, said Washington had made clear to the Russian side that NATO's door would stay open.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("She told reporters Moscow had offered no commitment to pull back its forces, which she called the real test of whether Russia wants diplomacy.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("In Moscow, Kremlin spokesman Dmitry Peskov said on Wednesday that Russia was in no hurry to judge the outcome but expected \"concrete answers\" in a form that would bind the West legally, not promises of goodwill.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 ("Moscow has put on the table things it knows NATO cannot give,", "karin-lundqvist-bauer", 1, "Karin Lundqvist-Bauer", "", "", 1, D),
 ("The question is whether the narrower talks on missiles and on exercises can survive that.", "karin-lundqvist-bauer", 1, "Karin Lundqvist-Bauer", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The question is whether the narrower talks on missiles and on exercises can survive that.", "karin-lundqvist-bauer", 1, "Karin Lundqvist-Bauer", "limit-military-exercises", "mentions", 1, D),
 ("She said the alliance's offer to discuss reciprocal limits on intermediate-range missiles was a real opening, but one Moscow might refuse to take up unless it came with the enlargement pledge it wants.", "karin-lundqvist-bauer", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the alliance's offer to discuss reciprocal limits on intermediate-range missiles was a real opening, but one Moscow might refuse to take up unless it came with the enlargement pledge it wants.", "karin-lundqvist-bauer", 1, "She", "nato-non-expansion", "mentions", 0, D),
 ("She said the alliance's offer to discuss reciprocal limits on intermediate-range missiles was a real opening, but one Moscow might refuse to take up unless it came with the enlargement pledge it wants.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We need results, and we need them soon,", "alexander-grushko", 1, "he", "", "", 1, D),
]

D = "2022-01-15"
R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
L["vedomosti-2022-01-17-ryabkov-interview"] = [
 ("Remains the feeling that the American side understands what we want, but does not want to hear it. We said clearly: for us it is absolutely mandatory that Ukraine never, never becomes a member of NATO. Not in ten years, not in twenty.",) + R + ("no-ukraine-membership", "supports", 1, D),
 ("This formula about the open door is a mantra. Nobody has the right to strengthen his security at the expense of the security of others, this is written in the documents of the OSCE which the Americans also signed. So their open door is not an argument for us.",) + R + ("nato-open-door", "rejects", 1, D),
 ("We demand that the Bucharest formula be disavowed, officially. It is the root of many problems, including the events of August 2008. Without this we cannot speak about a stable situation.",) + R + ("rescind-bucharest-2008", "supports", 1, D),
]
A4 = "Yes, on the deployment of intermediate-range and shorter-range missiles there is some movement, I do not deny it. But these are secondary for us. If the Americans think they can give us the missiles and keep everything else, they are mistaken. The main thing is the non-expansion of NATO, and it must be fixed in a treaty, legally, with signatures and ratification. Verbal assurances we have already had in 1990, and we know how it ended."
L["vedomosti-2022-01-17-ryabkov-interview"] += [
 (A4,) + R + ("no-intermediate-range-missiles", "supports", 1, D),
 (A4,) + R + ("nato-non-expansion", "supports", 1, D),
 (A4,) + R + ("written-legal-guarantees", "supports", 1, D),
 ("Not only this. But yes, also this.",) + R + ("", "", 1, D),
 ("We do not reject further contacts, but we will not be satisfied with a conversation for the sake of conversation. We need a written answer, point by point, to our drafts of 17 December. After that we will decide.",) + R + ("", "", 1, D),
 ("We move our troops on our own territory as we consider necessary. Nobody will dictate to us where to keep them. To put this as a precondition is simply not serious.",) + R + ("russia-de-escalation", "rejects", 1, D),
 ("We move our troops on our own territory as we consider necessary. Nobody will dictate to us where to keep them. To put this as a precondition is simply not serious.",) + R + ("no-preconditions", "supports", 1, D),
 ("It is not a question of format. I repeat: we are not interested in endless discussions. Also I must say, restoring the channels between the militaries would be useful, we have said this to the Americans — but again, this is not instead of the main thing.",) + R + ("resume-military-dialogue", "supports", 1, D),
 ("Then we will take measures, including military-technical. I will not specify which ones. Everybody understands.",) + R + ("", "", 1, D),
]

D = "2022-01-24"
K = ("john-kirby", 1, "MR. KIRBY")
K0 = ("john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY")
P1 = "Look, we're not going to let the Russian side dictate the force posture of the alliance on its own territory. These are sovereign decisions of allies, made with allies."
P5 = "But there are also things that are non-starters. Whom NATO admits is a decision for NATO and for the countries that want to join, and nobody else."
L["pentagon-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top here. As you all know, at the direction of the president, Secretary Austin has placed a range of units here in the United States on a heightened preparedness to deploy. In total, that is about 8,500 personnel.",) + K0 + ("", "", 1, D),
 ("These units would be part of the NATO Response Force if NATO activates it, or they could be used in other contingencies. I want to stress that no decision has been made to deploy them, and none of them are going to Ukraine.",) + K0 + ("", "", 1, D),
 ("What this is about is reassurance to our NATO allies on the eastern flank. The secretary has been very clear: we take our Article 5 commitments seriously, and they are ironclad.",) + K0 + ("", "", 1, D),
 ("And with that, we'll take questions. Lita.",) + K0 + ("", "", 1, D),
 (P1,) + K + ("rollback-to-1997", "rejects", 1, D),
 ("It's a bit rich, frankly, to hear talk of escalation from a country that has more than 100,000 troops arrayed along the border with Ukraine and in Belarus. If they want to see tensions go down, the first thing they can do is pull those forces back.",) + K + ("russia-de-escalation", "supports", 1, D),
 ("We continue to see the Russians add capability, combined arms, some of it moving from the Eastern Military District. I won't get into intelligence assessments, but it has not stopped.",) + K + ("", "", 1, D),
 ("The State Department has the lead on the response, and I'm not going to front-run it. What I can tell you is the secretary has been consulted, and we've said all along that there are areas where we might be able to make progress, reciprocal transparency on exercises and risk-reduction measures among them, if Russia is serious.",) + K + ("limit-military-exercises", "mentions", 1, D),
 (P5,) + K + ("nato-open-door", "supports", 1, D),
 (P5,) + K + ("nato-non-expansion", "rejects", 1, D),
 ("Not since the call in December. The secretary believes military-to-military communication is important, especially at a time like this, and he's open to it. I have no call to read out today.",) + K + ("resume-military-dialogue", "supports", 1, D),
 ("I'd refer you to the Russians to explain what they mean. We're watching closely, and we're ready for a range of contingencies.",) + K + ("", "", 1, D),
 ("No, I wouldn't characterize it that way at all. We are in close contact with our Ukrainian partners. We continue to believe there is still time and space for diplomacy, and that the Russians can make a different choice.",) + K + ("", "", 1, D),
 ("Again, I'm not going to negotiate from this podium. We've said that we're prepared to discuss the future of certain missile systems in Europe, on a reciprocal basis. That's about as far as I'm going to go today.",) + K + ("no-intermediate-range-missiles", "mentions", 1, D),
]

D = "2022-01-27"
V = "He added that Moscow would likely pick out whatever it could use from the answers — on missiles, perhaps — while continuing to insist that Ukraine be kept out of the alliance."
LI = "Foreign Minister Eva-Maria Liimets (Center) said that the replies also offered Russia talks on confidence-building, such as notification of large exercises, but that such talks could only take place if Moscow stopped threatening Ukraine."
L["err-2022-01-27-estonia-reacts-us-nato-answers"] = [
 ("We were consulted at every step, and I can say clearly: there is no agreement to pull allied troops out of Estonia, and there will be none,", "kaja-kallas", 1, "Kallas", "rollback-to-1997", "rejects", 1, D),
 ("Our security is not something that can be bargained over between Washington and Moscow.", "kaja-kallas", 1, "Kallas", "", "", 1, D),
 ("Kallas said the government had been briefed on the replies on Wednesday and was satisfied that they restated the alliance's principle that every country picks its own alliances.", "kaja-kallas", 1, "Kallas", "nato-open-door", "supports", 0, D),
 (LI, "eva-maria-liimets", 1, "Eva-Maria Liimets", "limit-military-exercises", "mentions", 0, ""),
 (LI, "eva-maria-liimets", 1, "Eva-Maria Liimets", "russia-de-escalation", "supports", 0, ""),
 ("Russia has to withdraw its forces from the Ukrainian border. That is the condition for any serious conversation,", "eva-maria-liimets", 1, "Liimets", "russia-de-escalation", "supports", 1, ""),
 ("The main question, he told reporters in Moscow, was NATO's refusal to stop enlarging, and on that there was no positive answer.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("Kristjan Vahtra, a research fellow at the International Centre for Defence and Security (ICDS) in Tallinn, told ERR News the demand concerning Eastern Europe was never realistic.", "kristjan-vahtra", 1, "Kristjan Vahtra", "rollback-to-1997", "mentions", 0, ""),
 ("Nobody in NATO seriously considered turning Estonia into a buffer zone again. The Russians knew that when they wrote it,", "kristjan-vahtra", 1, "Vahtra", "rollback-to-1997", "mentions", 1, ""),
 (V, "kristjan-vahtra", 1, "He", "no-intermediate-range-missiles", "mentions", 0, ""),
 (V, "kristjan-vahtra", 1, "He", "no-ukraine-membership", "mentions", 0, ""),
 (V, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The question is not whether Russia is satisfied with the paper. It is what the 100,000 soldiers do next,", "kristjan-vahtra", 1, "he", "", "", 1, ""),
]

D = "2022-01-29"
M = ("miriam-talbott-voss", 1, "Miriam Talbott-Voss")
A2 = "Some of it was old. Russian officials have been saying for years that they want NATO to stop where it is. What was new was the demand to take everything back to 1997, to undo the presence in Poland and the Baltics. That is not something any American Administration could sign."
A3 = "James Baker did use the phrase, in a conversation with Gorbachev in February, 1990, about the territory of East Germany. It never became a treaty, and the Soviets didn't ask for one. But I understand why the memory matters in Moscow. It is the reason Lavrov keeps saying, in effect, \"we will not accept verbal assurances again.\""
A4b = "I think the instinct is understandable. The specific content is not. A legally binding ban on any further enlargement would mean telling Ukraine, or Finland, that their choices are made in Moscow. I don't see how you can square that with the Helsinki Final Act, which the Soviet Union signed."
A5 = "It's not nothing. In the nineteen-eighties, the I.N.F. Treaty was exactly that kind of deal, and it worked for thirty years. If you could get reciprocal limits on where missiles go, and some rules for snap drills near borders, that would make Europe safer. But Ryabkov has said very plainly that these are secondary for Russia."
L["newyorker-2022-01-29-what-putin-wants"] = [
 ("My first reaction was that these were not negotiating documents. You don't publish your opening position two days after handing it over unless you want an audience other than the people across the table.",) + M + ("", "", 1, ""),
 (A2,) + M + ("nato-non-expansion", "mentions", 1, ""),
 (A2,) + M + ("rollback-to-1997", "mentions", 1, ""),
 ("Russian officials have been saying for years that they want NATO to stop where it is.", "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 ("What was new was the demand to take everything back to 1997, to undo the presence in Poland and the Baltics.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (A3,) + M + ("written-legal-guarantees", "mentions", 1, ""),
 ("It is the reason Lavrov keeps saying, in effect, \"we will not accept verbal assurances again.\"", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, ""),
 (A4b,) + M + ("nato-non-expansion", "rejects", 1, ""),
 (A4b,) + M + ("written-legal-guarantees", "mentions", 1, ""),
 (A4b,) + M + ("nato-open-door", "supports", 1, ""),
 (A5,) + M + ("no-intermediate-range-missiles", "supports", 1, ""),
 (A5,) + M + ("limit-military-exercises", "supports", 1, ""),
 ("He likes to let others speak first. Lavrov set the tone on Thursday: “There is no positive answer on the main question.” I would expect him to say something similar himself, maybe with the Hungarian Prime Minister, who visits next week.",) + M + ("", "", 1, ""),
 ("There is no positive answer on the main question.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("I'm a historian, so I try not to predict. But I'll say this: the demands were written in a way that makes a yes almost impossible. Whether that was designed as a pretext or as a maximal opening, I genuinely don't know. I'm not sure the people who wrote them know either.",) + M + ("", "", 1, ""),
]

PU = "He named three: preventing NATO's expansion, not deploying strike weapon systems close to Russia's borders, and returning the alliance's military infrastructure in Europe to where it was in 1997."
PL = "Putin also argued, as Foreign Minister Sergei Lavrov had done in a letter to his OSCE counterparts on 28 January, that the principle that no state may strengthen its security at the expense of others overrides the freedom to choose alliances."
F1 = "2022-02-01"
L["iiss-2022-02-03-security-guarantees-after-the-answers"] = [
 (PU, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, F1),
 (PU, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, F1),
 (PU, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, F1),
 ("These are the three key points,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, F1),
 ("These are the three key points,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, F1),
 ("These are the three key points,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, F1),
 (PL, "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 0, F1),
 (PL, "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("Secretary-General Jens Stoltenberg said on 26 January that NATO 'cannot and will not compromise' on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO's door is open, remains open", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
]

D = "2022-01-19"
Z = ("marcin-przydacz", 1, "Marcin Przydacz")
S1 = "Madam Chairwoman, High Committee. Last week we had three meetings with the Russian side, in Geneva, in Brussels and in Vienna, where Poland, as chairmanship of the OSCE, hosted the Permanent Council on 13 January. I want to say at the very beginning: the Russian proposals, especially the demand that NATO remove its forces and infrastructure from countries which joined after 1997, are for Poland completely unacceptable. This would create in Europe zones of different security, first and second category members. We will not agree to this and our allies have confirmed, in Brussels, that they will not agree either."
S2 = "Secondly, the demand that the alliance close the door to Ukraine and Georgia. Poland stands firmly on the position that every state has the sovereign right to choose its alliances. This is the principle of the Helsinki Final Act and the Paris Charter."
S3 = "At the same time, Madam Chairwoman, we do not reject dialogue. In Vienna the Foreign Minister, Minister Rau, proposed a renewed dialogue on European security in the OSCE. There are areas, such as transparency of military exercises or risk reduction, where it is possible to talk — but on the basis of reciprocity and only if Russia withdraws its troops from the Ukrainian border and stops the escalation."
S4 = "Thank you for the questions. Concerning Redzikowo: the base in Redzikowo is a defensive installation, and this has been explained to the Russian side many times. The Americans have assured us that any talks touching on our territory will be held only in consultation with Poland. Nothing about us without us — this is not only a slogan, it is a commitment which we received from Secretary Blinken and from Deputy Secretary Sherman."
S5 = "Concerning a moratorium: I do not see any readiness among the allies for such a step. And I must say that from the Russian side, too, a moratorium is not enough — Minister Ryabkov said openly that they want legally binding guarantees and not political promises. So this scenario is not on the table."
S6 = "Poland's position has not changed since 2008: the door of the alliance must remain open and it is for Ukraine and for the allies to decide, not for Moscow."
L["sejm-2022-01-19-foreign-affairs-committee-record"] = [
 (S1,) + Z + ("rollback-to-1997", "rejects", 1, D),
 ("I want to say at the very beginning: the Russian proposals, especially the demand that NATO remove its forces and infrastructure from countries which joined after 1997, are for Poland completely unacceptable.", "russia", 0, "the Russian proposals", "rollback-to-1997", "supports", 0, ""),
 ("We will not agree to this and our allies have confirmed, in Brussels, that they will not agree either.", "nato", 0, "our allies", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (S2,) + Z + ("no-ukraine-membership", "rejects", 1, D),
 (S2,) + Z + ("nato-open-door", "supports", 1, D),
 ("Secondly, the demand that the alliance close the door to Ukraine and Georgia.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (S3,) + Z + ("limit-military-exercises", "mentions", 1, D),
 (S3,) + Z + ("russia-de-escalation", "supports", 1, D),
 ("Because the Russians demand that no intermediate-range missiles be stationed where they can reach Russian territory, and we read in the press that Washington is ready to talk about it.", "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 (S4,) + Z + ("no-intermediate-range-missiles", "mentions", 1, D),
 (S5,) + Z + ("nato-non-expansion", "mentions", 1, D),
 (S5,) + Z + ("written-legal-guarantees", "mentions", 1, D),
 ("Minister Ryabkov said openly that they want legally binding guarantees and not political promises.", "sergei-ryabkov", 1, "Minister Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (S6,) + Z + ("nato-open-door", "supports", 1, D),
 (S6,) + Z + ("no-ukraine-membership", "rejects", 1, D),
]

write_gold(L, "articles-352", "gold-352")
