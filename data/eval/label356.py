#!/usr/bin/env python3
"""Writes the held-out gold of batch 356 (gold-356/*.nq) from the labels below.

Batch 356 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-26-us-written-response-russia: Washington Post news
  story (front matter) on the US written answers; quotes split by "he added",
  partial quotes inside reported sentences, an anonymous State Department
  official, analysts, Baker 1990 / Bucharest history, a link line.
- interfax-2022-01-13-ryabkov-no-grounds-new-round: Interfax story in
  translation (no front matter, date line in text); interrupted Ryabkov quote,
  "According to him", crossheads, Grushko reporting NATO's offer, the drafts'
  content paraphrased as background, Sherman reported at the end.
- state-department-2022-01-11-price-briefing: State Department press briefing
  transcript (front matter); MR PRICE / QUESTION labels, questions naming demands,
  an off-topic Kazakhstan answer, short courtesy lines.
- lrt-english-2022-01-20-interview-jankauskiene: LRT English interview (no
  front matter) with an invented Lithuanian vice minister; questions without
  labels, answers after dashes, "they"/"Moscow" demands inside her answers,
  a history question, a "Read also" line.
- bbc-2022-01-27-what-does-russia-want: BBC explainer (front matter, UTF-8 BOM,
  CRLF); crossheads as questions, "the Kremlin wants" narration, draft content,
  Putin's multi-sentence quote, caption, related-topics block.
- chatham-house-2022-02-02-putin-answer-is-no-answer: Chatham House expert
  comment (no front matter); author's own analysis (not labelled, except a
  Russian demand reported in it), Putin's listed three demands, quotes split by
  "he argued", a leaked document, Founding Act history.
- riigikogu-2022-01-19-information-hour-security-guarantees: Estonian Riigikogu
  information-hour record in translation (front matter); chairman and MPs'
  questions (some voicing demands) unlabelled, the prime minister's answer
  paragraphs labelled, the US and the foreign minister reported inside them.

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

A = "washington-post-2022-01-26-us-written-response-russia"
w_rep = "Blinken said the document laid out a path for Moscow that could include reciprocal limits on where offensive missiles may be based in Europe and more transparency around large military exercises on both sides."
w_moscow = "In two draft treaties made public on Dec. 17, Moscow demanded that NATO withdraw troops and weapons from the countries that joined after 1997, including Poland and the Baltic states, and that the United States keep its missiles and combat forces away from Russia's borders."
w_lv = "Moscow now has to decide whether limits on missiles and some transparency on exercises are enough to declare victory, or whether all it ever really wanted was a veto over Ukraine."
w_hal = "Viktor Halloran, a former U.S. arms control negotiator now at Georgetown University, said Russia's insistence on a treaty rather than political assurances left little room for compromise."
L[A] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (w_rep, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (w_rep, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("The ball is in their court, and it is up to Moscow to decide how it wants to proceed,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("ready to listen to Russia's concerns", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We call on Russia to step back from the brink and to pull its forces back from around Ukraine,", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-26"),
 (w_moscow, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (w_moscow, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("The main thing for us is our clear position that the further expansion of NATO to the east is unacceptable,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("There are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("The administration has found a way to say no to the big things and yes to the small things,", "samantha-lerner-voss", 1, "Samantha Lerner-Voss", "", "", 1, ""),
 (w_lv, "samantha-lerner-voss", 1, "Samantha Lerner-Voss", "no-intermediate-range-missiles", "mentions", 1, ""),
 (w_lv, "samantha-lerner-voss", 1, "Samantha Lerner-Voss", "limit-military-exercises", "mentions", 1, ""),
 (w_lv, "samantha-lerner-voss", 1, "Samantha Lerner-Voss", "no-ukraine-membership", "mentions", 1, ""),
 (w_hal, "viktor-halloran", 1, "Viktor Halloran", "written-legal-guarantees", "mentions", 0, ""),
 (w_hal, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Washington cannot sign away the futures of countries that are not even at the table, and the Russians know that perfectly well,", "viktor-halloran", 1, "Halloran", "nato-open-door", "supports", 1, ""),
 ("A senior State Department official, speaking on the condition of anonymity under ground rules set by the department, said the United States was also prepared to discuss restoring channels between militaries that had fallen silent in recent years.", "us-state-department", 0, "A senior State Department official", "resume-military-dialogue", "mentions", 0, ""),
]

A = "interfax-2022-01-13-ryabkov-no-grounds-new-round"
i_him = "According to him, the American side at the Geneva meeting on January 10 gave no answer to Russia's insistence that strike weapons not be placed in proximity to its borders."
i_s1 = "The non-expansion of NATO and the pulling back of the alliance's infrastructure to where it stood in 1997,"
i_s2 = "are not dishes on a menu from which the Americans can pick what they like."
i_ban = "Ryabkov said Moscow still wants a ban on ground-based intermediate-range missiles in Europe and limitations on drills along the line of contact between Russia and NATO, but will not accept that these topics be separated from the main package."
i_gr = "He also said that Russia proposed to NATO a complete cessation of military activity of the alliance in Ukraine, Georgia and other former Soviet republics which are not members of the bloc."
i_nato = "According to Grushko, NATO representatives said in return that the alliance is ready to restore the work of military channels of communication and to discuss risk reduction."
i_luk = "The key element is a legally fixed non-enlargement of NATO, including to Ukraine and Georgia,"
L[A] = [
 ("There is a kind of dead end, or a difference of approaches,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 (i_him, "sergei-ryabkov", 1, "him", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 (i_him, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (i_s1, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 (i_s1, "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, "2022-01-13"),
 (i_s2, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 (i_s2, "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, "2022-01-13"),
 (i_ban, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-13"),
 (i_ban, "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 0, "2022-01-13"),
 (i_ban, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (i_ban, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("We are not slamming the door, but we do not intend to run after the Americans and beg them for a meeting,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Speaking after the session of the Russia-NATO Council in Brussels on Wednesday, Deputy Foreign Minister Alexander Grushko, who headed the Russian delegation, said that the \"open doors\" policy of NATO is not a sacred cow and the alliance can revise it if there is political will.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("If the alliance moves to a policy of containment, there will be counter-containment from our side,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 (i_gr, "alexander-grushko", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-12"),
 (i_gr, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (i_nato, "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 (i_nato, "nato", 0, "NATO representatives", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Allies propose to us the things which are secondary for us, while our main concerns are not taken into account,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and the aggressive behaviour towards Russia continues, we will have to take necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 (i_luk, "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-13"),
 (i_luk, "alexander-lukashevich", 1, "the diplomat", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 (i_luk, "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We will not let anyone drag us into an endless process of consultations,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-13"),
 ("US Deputy Secretary of State Wendy Sherman said after the Geneva talks that Washington \"firmly pushed back\" against proposals that are \"simply non-starters\" for the US, including those on NATO enlargement.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
]

A = "state-department-2022-01-11-price-briefing"
P = lambda ev, d="", s="": (ev, "ned-price", 1, "MR PRICE", d, s, 1, "2022-01-11")
p_rec = "We also said that there are areas where we can work together on a reciprocal basis, including the future of certain missile systems in Europe and transparency and limits on the scale of military exercises."
L[A] = [
 P("Good afternoon. I want to start with a few words on yesterday's Strategic Stability Dialogue in Geneva before turning to your questions."),
 P("Deputy Secretary Sherman and her interagency delegation spent nearly eight hours with Deputy Foreign Minister Ryabkov and his team. It was a frank and forthright discussion. We listened, and we explained where we see room to make progress together."),
 P("We made clear to our Russian counterparts that we will not allow anyone to slam closed NATO's open-door policy. That is a decision for NATO allies and for the countries that aspire to membership, not for Moscow.", "nato-open-door", "supports"),
 P(p_rec, "no-intermediate-range-missiles", "mentions"),
 P(p_rec, "limit-military-exercises", "mentions"),
 P("Look, the Deputy Secretary was very clear in Geneva, and she was clear publicly afterward. Security proposals such as shutting the door on Ukraine's membership are simply non-starters for the United States.", "no-ukraine-membership", "rejects"),
 P("No one is going to decide for Ukraine with whom it associates. And we are not going to negotiate about Ukraine without Ukraine, or about Europe without Europe.", "nato-open-door", "supports"),
 P("We are not going to bargain away the security of our allies on NATO's eastern flank. The force posture of the Alliance is a matter for the Alliance, and it is defensive.", "rollback-to-1997", "rejects"),
 P("We will consult closely with our Allies and partners this week, first at the NATO-Russia Council tomorrow and then at the OSCE on Thursday. After that, we will take stock."),
 P("What I can tell you is that real progress is very difficult to achieve in an environment of escalation. If Russia is serious, the most important thing it can do is pull back the forces it has amassed along Ukraine's border and return them to their barracks.", "russia-de-escalation", "supports"),
 P("We will judge Russia by its actions, not its words. When we see a buildup of some 100,000 troops, we have to take that seriously. And we will continue to prepare for any eventuality."),
 P("Let me finish one point on Russia. We have also heard Moscow say that it wants answers quickly, within days. Diplomacy does not work on ultimatums. It works by engaging in good faith, at the table, with give and take."),
 P("The Secretary spoke with Foreign Minister Tileuberdi over the weekend. We welcome the announcement that the CSTO forces will begin to withdraw, and we will continue to follow the situation closely."),
 P("What we have said is that we are prepared to discuss reciprocal restrictions on the size and scope of exercises, as well as greater notification and transparency. That would have to be mutual. It cannot be a one-way street.", "limit-military-exercises", "mentions"),
]

A = "lrt-english-2022-01-20-interview-jankauskiene"
R = lambda ev, d="", s="": (ev, "ruta-jankauskiene", 1, "Rūta Jankauskienė", d, s, 1, "2022-01-19")
l1 = "It would mean that the allied battalion in Rukla, the German, Dutch, Norwegian and other soldiers who are here with us, would have to leave. It would mean no air policing by allies over our skies. In practice, Moscow is asking NATO to decide that we are a different kind of member."
l3 = "Because what they want on paper is a sphere of influence. They want a signature under the idea that Ukraine and Georgia can never choose NATO, and that the alliance cannot even hold an exercise with them."
l3r = "They want a signature under the idea that Ukraine and Georgia can never choose NATO, and that the alliance cannot even hold an exercise with them."
L[A] = [
 R(l1, "rollback-to-1997", "rejects"),
 ("In practice, Moscow is asking NATO to decide that we are a different kind of member.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 R("Let me be very direct. This is not acceptable to Lithuania, and I have not heard a single ally say it is acceptable. The presence of allied forces on our territory is not a threat to anyone and it is not up for negotiation with Russia.", "rollback-to-1997", "rejects"),
 R(l3, "no-ukraine-membership", "rejects"),
 R(l3, "no-military-activity-ex-soviet", "rejects"),
 R(l3, "written-legal-guarantees", "rejects"),
 (l3r, "russia", 0, "They", "no-ukraine-membership", "supports", 0, ""),
 (l3r, "russia", 0, "They", "no-military-activity-ex-soviet", "supports", 0, ""),
 R("Every nation has the right to choose its own alliances. That principle was signed by Russia itself, in Helsinki, in Paris, in Istanbul. We cannot give Moscow a veto over who joins.", "nato-open-door", "supports"),
 R("The fact that the meeting happened is something. The allies spoke with one voice. We are ready to talk about things that make everyone safer: arms control, transparency of exercises, incidents at sea and in the air. Those are reasonable topics.", "limit-military-exercises", "mentions"),
 R("But a conversation is not possible while more than 100,000 Russian troops stand around Ukraine. The first step has to be de-escalation, a real withdrawal of those forces, not just words.", "russia-de-escalation", "supports"),
 R("I will not make predictions. We see the build-up, we see the equipment moving from the Far East, we see the preparations in Belarus for exercises next month. We take all of it seriously and we are preparing for different scenarios."),
 R("We have delivered Stinger air defence systems to Ukraine, and we are discussing with our allies how to strengthen the eastern flank. We would welcome more American troops in the Baltic region."),
 R("I say: read the drafts. They are not about concerns. They are about returning to a Europe divided into zones. When I studied history we learned about Yalta. We do not want a second Yalta."),
 R("History is important, but we should not let Moscow rewrite it. Nobody promised Russia that the Baltic states would stay outside forever. We joined because our people wanted it.", "nato-open-door", "supports"),
 R("Of course. Firmness is the best way to avoid a war."),
]

A = "bbc-2022-01-27-what-does-russia-want"
b3 = "It also wants a commitment that no US or Nato strike weapons will be stationed close to Russia's borders, and that American warships and bombers stay out of range of Russian territory."
b13 = "Western diplomats say some Russian proposals - such as limits on intermediate-range missiles and on the size of exercises - could be the basis for talks, if both sides make commitments."
b16 = "The US and UK have urged Moscow to pull them back."
L[A] = [
 ("Moscow says the main issue - Nato's expansion - has not been addressed.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The Kremlin wants Nato to pull its forces and weapons back from countries that joined after 1997 - in effect, from Poland, the Baltic states, Romania and Bulgaria.", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (b3, "russia", 0, "It", "no-strike-weapons-near-borders", "supports", 0, ""),
 (b3, "russia", 0, "It", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("And Russia insists all of this must be legally binding.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We need legal guarantees, because our Western colleagues have not fulfilled the verbal obligations they took on,", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 1, ""),
 ("Are we placing missiles near the US border? No. It is the US that has come to our home with its missiles,", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Russia fears Nato could one day use Ukrainian territory to place missiles within minutes of Moscow.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("But Secretary of State Antony Blinken said it upheld the principle that countries can choose their own security arrangements.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "Mr Blinken", "", "", 1, "2022-01-26"),
 ("Russia has no veto over whether Ukraine becomes a Nato member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 (b13, "russia", 0, "Russian proposals", "no-intermediate-range-missiles", "supports", 0, ""),
 (b13, "russia", 0, "Russian proposals", "limit-military-exercises", "supports", 0, ""),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, ""),
 (b16, "united-states", 0, "The US", "russia-de-escalation", "supports", 0, ""),
 (b16, "united-kingdom", 0, "UK", "russia-de-escalation", "supports", 0, ""),
 ("The best way to show that Russia has no intention to invade is to withdraw those troops,", "anna-whitcombe", 1, "Dr Anna Whitcombe", "russia-de-escalation", "supports", 1, ""),
 ("Until that happens, I think the talk about treaties is a sideshow.", "anna-whitcombe", 1, "Dr Anna Whitcombe", "", "", 1, ""),
]

A = "chatham-house-2022-02-02-putin-answer-is-no-answer"
c2 = "He then listed them: that NATO should stop expanding, that strike weapons should not be deployed near Russian borders, and that the alliance's military infrastructure in Europe should be returned to where it stood in 1997."
c3 = "None of these three points received an adequate response,"
c_ins = "The third is whether the Russian leadership continues to insist that nothing short of a legally binding renunciation of enlargement will do."
L[A] = [
 (c2, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (c2, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (c2, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (c3, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (c3, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (c3, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Ukraine's membership in NATO is not a matter for the distant future,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("it is being used as an instrument to contain Russia.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("we would have to fight with the NATO bloc.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("If it depends on Russia, there will be no war,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("But we will not allow our interests to be rudely trampled on, to be ignored.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("NATO Secretary General Jens Stoltenberg said on 31 January that the alliance would \"not give up\" on its core principles, including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-31"),
 ("We are prepared for dialogue, but we are not prepared to compromise on those principles,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-31"),
 ("pull back its troops if it is serious about de-escalation.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, "2022-01-31"),
 (c_ins, "russia", 0, "the Russian leadership", "nato-non-expansion", "supports", 0, ""),
 (c_ins, "russia", 0, "the Russian leadership", "written-legal-guarantees", "supports", 0, ""),
]

A = "riigikogu-2022-01-19-information-hour-security-guarantees"
K = lambda ev, d="", s="": (ev, "kaja-kallas", 1, "Prime Minister Kaja Kallas", d, s, 1, "2022-01-19")
k4 = "Every state decides itself to which alliances it belongs. Estonia made this choice thirty years ago and Ukraine has the right to make its own. To give a third country the right of veto over the enlargement of NATO would mean the end of the security architecture on which Europe has been built since Helsinki."
k10 = "The foreign minister has said, and I repeat, that Estonia will not accept any agreement that creates spheres of influence or two categories of allies in NATO."
L[A] = [
 K("Thank you, honoured chairman! Honoured questioner! I can give this assurance, and I have also received it from our allies. Nothing about us without us – this is the principle that the allies confirmed in Brussels on 12 January at the NATO–Russia Council, and that the United States has confirmed at every level.", "rollback-to-1997", "rejects"),
 K("The demand that NATO return to its 1997 positions is not a basis for negotiations. The allied battlegroup in Tapa is here because of Russian aggression in Georgia in 2008 and in Ukraine in 2014. It is defensive, and it will stay.", "rollback-to-1997", "rejects"),
 K("I would also say that the allies are not naïve. We are ready to speak about transparency of exercises, about risk reduction, about arms control, but these are subjects where both sides must give something.", "limit-military-exercises", "mentions"),
 K(k4, "nato-open-door", "supports"),
 K(k4, "no-ukraine-membership", "rejects"),
 K("And I would remind that Russia itself signed these principles. It signed them in the Helsinki Final Act and in the Paris Charter.", "nato-open-door", "supports"),
 K("Thank you for the question! The answer is that the aggressor does not get rewarded. Russia has gathered more than one hundred thousand soldiers near the borders of Ukraine. It is Russia who must reduce tension, by withdrawing these troops, not NATO.", "russia-de-escalation", "supports"),
 K("If we give in now to blackmail, the next demand will come next year, and it will be about us. That is the lesson of history and we have learned it in this country very well."),
 K("On missiles, I have said already: the United States has said that it is ready to talk about mutual limitations on missile deployments. This is a question for negotiation on a reciprocal basis, not a one-sided concession.", "no-intermediate-range-missiles", "mentions"),
 ("the United States has said that it is ready to talk about mutual limitations on missile deployments.", "united-states", 0, "the United States", "no-intermediate-range-missiles", "mentions", 0, ""),
 K("Yes, the allies have been consulted and will be consulted. The United States has been in contact with us continuously, also Secretary Blinken personally with the foreign minister."),
 K(k10, "rollback-to-1997", "rejects"),
 ("that Estonia will not accept any agreement that creates spheres of influence or two categories of allies in NATO.", "eva-maria-liimets", 1, "The foreign minister", "rollback-to-1997", "rejects", 0, ""),
]

write_gold(L, "articles-356", "gold-356")
