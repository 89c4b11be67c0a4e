#!/usr/bin/env python3
"""Writes the held-out gold of batch 183 (gold-183/*.nq) from the labels below.

Batch 183 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers saw, in seven forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy with front
  matter and curly quotes; a two-actor lead (Russia / Washington), quotations
  split by "Ryabkov said, adding:", a role-only speaker ("the deputy
  minister"), a demand attributed to Moscow in passing ("despite Moscow's
  demands that ..."), a Sunday quote in a Monday story, Baker 1990 and the
  1997 Founding Act as background.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press-conference
  transcript after the NATO-Russia Council, no front matter (date in the
  text), speaker labels, a moderator and journalists' questions (one of them
  reporting Grushko's demands), answers on Bucharest and the Founding Act.
- interfax-ukraine-2022-01-13-osce-vienna-rau: Interfax-Ukraine wire in
  translated English, no front matter ("13.01.2022 18:27"), straight quotes
  and German-style „ “ quotes, OSCE Permanent Council (Rau, Lukashevich,
  Carpenter), Kuleba, Zalkaliani, Ryabkov, Grushko "a day earlier", "Read
  also" link lines.
- novayagazeta-2022-01-19-ostashevsky-interview: Novaya Gazeta Europe Q&A
  interview with an invented former diplomat; UTF-8 BOM before the front
  matter, CRLF line ends, « » quotes, dash-led questions and answers, Lavrov
  quoted in the intro, Baker 1990 as background.
- mid-2022-01-27-zakharova-briefing: Russian Foreign Ministry transcript of
  Zakharova's weekly briefing with front matter, crossheads, a table of
  contents, opening-statement paragraphs (each one quotation) and "Question (outlet):"
  / "Maria Zakharova:" exchanges.
- skynews-2022-01-26-us-written-response-live: Sky News live blog, no front
  matter, timestamped entries with their own headlines, bullet summary, photo
  caption, "Read more" lines, an explainer paraphrasing the draft treaty, a
  senior EU official and the Russian Embassy in London as speakers.
- telegraph-2022-01-28-putin-replies-analysis: The Telegraph analysis with
  front matter, standfirst and single curly quotes; the Kremlin readout of the
  Putin-Macron call, Lavrov split by attribution, indirect speech carried
  over two sentences ("the deputy foreign minister added"), invented experts
  quoted without a day, the Founding Act and Bucharest quoted as history.

Conventions (the same as the earlier batches):
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia told the United States on Monday that Ukraine must never be allowed to join NATO, and Washington dismissed the demand as a non-starter, at nearly eight hours of talks in Geneva that ended with no sign that either side was ready to give ground.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia told the United States on Monday that Ukraine must never be allowed to join NATO, and Washington dismissed the demand as a non-starter, at nearly eight hours of talks in Geneva that ended with no sign that either side was ready to give ground.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov, who led the Russian delegation, said he had also told U.S. Deputy Secretary of State Wendy Sherman that there must be no U.S. intermediate-range missiles stationed within reach of Russian territory.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("He said U.S. warships and strategic bombers also had to be kept out of areas from which they could hit Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("The Bucharest formula, that Ukraine and Georgia will one day be members, has to be disavowed,", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, D),
 ("And disavowed formally, on paper, not in a speech.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, D),
 ("The American side took our proposals very seriously, but we have not seen any movement on the main thing,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("She said Washington would also keep providing Kyiv with defensive military assistance and training, despite Moscow's demands that Western military cooperation with Ukraine come to an end.", "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("She said Washington would also keep providing Kyiv with defensive military assistance and training, despite Moscow's demands that Western military cooperation with Ukraine come to an end.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("It is very hard to make real progress while there are 100,000 troops sitting on Ukraine’s border. Russia can de-escalate, and it should,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("We will not compromise on the right of every nation in Europe to decide its own path, including whether it wants to be part of NATO,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-09"),
 ("no decision about Ukraine will be taken without Ukraine", "ukrainian-foreign-ministry", 0, "Ukraine's foreign ministry", "", "", 1, D),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was a serious and direct exchange, not an easy discussion, but that is exactly why this meeting was so important.", *S, "", "", 1, D),
 ("NATO Allies and Russia have significant differences on these issues. Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Russia does not have a veto over whether Ukraine can become a NATO member.", *S, "nato-open-door", "supports", 1, D),
 ("NATO Allies and Russia have significant differences on these issues. Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Russia does not have a veto over whether Ukraine can become a NATO member.", *S, "no-ukraine-membership", "rejects", 1, D),
 ("Allies also rejected the idea of a NATO with first- and second-class members. We will not withdraw our battlegroups from the eastern part of the Alliance, and we will not accept any arrangement that leaves some Allies with less protection than others.", *S, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to sit down again to discuss a broad range of issues: risk reduction and transparency, including the notification of military exercises, and arms control, including on intermediate-range and shorter-range missiles. These are areas where we can make real progress if there is good faith.", *S, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, Allies are ready to sit down again to discuss a broad range of issues: risk reduction and transparency, including the notification of military exercises, and arms control, including on intermediate-range and shorter-range missiles. These are areas where we can make real progress if there is good faith.", *S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We also proposed to reopen our respective offices in Moscow and Brussels, and to make full use of military-to-military channels of communication, so that incidents and misunderstandings do not spiral out of control.", *S, "resume-military-dialogue", "supports", 1, D),
 ("And Allies called on Russia to de-escalate. The massive military build-up in and around Ukraine is unprovoked and unjustified, and it is Russia's responsibility to pull its forces back.", *S, "russia-de-escalation", "supports", 1, D),
 ("I will not speak on behalf of the Russian delegation. They have their own press conference, and they will describe their own positions.", *S, "", "", 1, D),
 ("What I can say is that Allies will not sign a legally binding document that gives Russia a say over the enlargement of NATO. That is not on the table and it will not be on the table.", *S, "written-legal-guarantees", "rejects", 1, D),
 ("What I can say is that Allies will not sign a legally binding document that gives Russia a say over the enlargement of NATO. That is not on the table and it will not be on the table.", *S, "nato-non-expansion", "rejects", 1, D),
 ("What I can say is that Allies will not sign a legally binding document that gives Russia a say over the enlargement of NATO. That is not on the table and it will not be on the table.", *S, "nato-open-door", "supports", 1, D),
 ("It was raised. The decision we took in Bucharest stands. We stand by it, and nobody else can take it away from Ukraine or from Georgia.", *S, "rescind-bucharest-2008", "rejects", 1, D),
 ("Russia did not agree to a new meeting, but they did not reject it either. I proposed a series of meetings and we are ready to set dates.", *S, "", "", 1, D),
 ("On missiles, a moratorium is not credible when SSC-8 missiles able to reach European capitals are already deployed. A freeze on something that is already in place is no answer to our concerns.", *S, "no-intermediate-range-missiles", "rejects", 1, D),
 ("There is a real risk for new armed conflict in Europe. I will not go into intelligence, but the message from all Allies today was very clear and very united.", *S, "", "", 1, D),
 ("Yes. We have respected the Founding Act ever since we signed it, including the commitments on substantial combat forces. It is Russia that has violated the principles of that document, in Georgia, in Crimea and in Donbas.", *S, "", "", 1, D),
]

D = "2022-01-13"
L["interfax-ukraine-2022-01-13-osce-vienna-rau"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("at the expense of the principles on which the organization was founded", "zbigniew-rau", 1, "him", "", "", 1, D),
 ("Russian Permanent Representative to the OSCE Alexander Lukashevich at the meeting stressed that Moscow needs legally binding guarantees that NATO will not expand to the east.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("Russian Permanent Representative to the OSCE Alexander Lukashevich at the meeting stressed that Moscow needs legally binding guarantees that NATO will not expand to the east.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("He also called on the alliance to scale back its military drills near the borders of Russia and Belarus.", "alexander-lukashevich", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and the aggressive line towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("Any attempt to stop NATO cooperation with Ukraine is unacceptable. Our partnership with the Alliance, the joint exercises and the training missions on our territory are our sovereign choice", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Ukraine will not accept a neutral status imposed from outside, and the membership in NATO remains our strategic course", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("The Minister of Foreign Affairs of Georgia David Zalkaliani, on his part, stated on Thursday that the decision of the Bucharest summit on the future membership of Georgia in NATO remains valid and cannot be revised under pressure from third countries.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, D),
 ("a dead end or a difference in approaches", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, D),
 ("We do not need talks for the sake of talks. We will not accept preconditions of any kind, including the demand to withdraw our troops from our own territory,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, D),
 ("We do not need talks for the sake of talks. We will not accept preconditions of any kind, including the demand to withdraw our troops from our own territory,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("A day earlier, after the session of the Russia-NATO Council in Brussels, Russian Deputy Foreign Minister Alexander Grushko said that Moscow at this stage does not see the need to restore military contacts with the alliance.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("a further degradation of the security situation", "alexander-grushko", 1, "He", "", "", 1, "2022-01-12"),
]

D = "2022-01-19"
K = ("kirill-ostashevsky", 1, "Kirill Ostashevsky")
A1 = "The core is simple. The Kremlin wants a promise that NATO stops where it is, and that Ukraine and Georgia stay outside. Everything else — the medium-range missiles, the limits on exercises, the warships and bombers kept out of range — is the wrapping."
A4 = "That is the trap. Washington says: pull the troops back, then we talk. Moscow says: talk to us without conditions, or the troops stay where they are. Each side's precondition is the other side's red line."
L["novayagazeta-2022-01-19-ostashevsky-interview"] = [
 ("We expect a written, article-by-article answer to our proposals next week", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-18"),
 (A1, *K, "nato-non-expansion", "mentions", 1, D),
 (A1, *K, "no-ukraine-membership", "mentions", 1, D),
 (A1, *K, "no-intermediate-range-missiles", "mentions", 1, D),
 (A1, *K, "limit-military-exercises", "mentions", 1, D),
 (A1, *K, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Completely. In those years we argued about everything, but we argued over lunch. Today the two delegations sit for eight hours in Geneva and leave without agreeing even on what was said in the room.", *K, "", "", 1, D),
 ("No. The Senate would never ratify such a treaty, and everybody in Moscow knows that. A signed document is what the Kremlin asks for; whether it is what it will get is another question.", *K, "written-legal-guarantees", "mentions", 1, D),
 (A4, *K, "russia-de-escalation", "mentions", 1, D),
 (A4, *K, "no-preconditions", "mentions", 1, D),
 ("I think this is the one thing both sides should restore tomorrow. Generals talking to generals is how you stop an accident over the Black Sea from becoming a war.", *K, "resume-military-dialogue", "supports", 1, D),
 ("Quietly, yes. But nobody who takes the decisions, and nobody who wants to keep his office on Smolenskaya Square.", *K, "", "", 1, D),
 ("It will repeat the open-door formula in the first paragraph, that is a given. The interesting part will be in the annexes, on transparency and arms control.", *K, "nato-open-door", "mentions", 1, D),
 ("I am afraid it does not end quickly. The best outcome is a long, boring negotiation on the secondary items, and the worst outcome I prefer not to name.", *K, "", "", 1, D),
]

D = "2022-01-27"
Z = ("maria-zakharova", 1, "Maria Zakharova")
L["mid-2022-01-27-zakharova-briefing"] = [
 ("Yesterday, the US Ambassador to Russia handed over the American response to our proposals at the Foreign Ministry, and NATO sent its own document. We are studying both texts carefully, and the assessment will be given by the President and by Minister Sergey Lavrov. I will not run ahead of them.", *Z, "", "", 1, D),
 ("However, I can already say that the main question has not been answered. There is no positive reaction to the key provision, the non-expansion of NATO to the east. Without this, everything else is of secondary importance.", *Z, "nato-non-expansion", "supports", 1, D),
 ("Our Western colleagues once again refer to the so-called open-door policy. Let me be clear: this is not a principle of international law, it is a political slogan, and we do not accept it as an argument in a conversation about security.", *Z, "nato-open-door", "rejects", 1, D),
 ("Russia moves its troops on its own territory as it sees fit. We will not take orders from Washington about where our units should stand, and we do not intend to \"de-escalate\" anything at anyone's request.", *Z, "russia-de-escalation", "rejects", 1, D),
 ("The flights of British transport aircraft to Kiev, the instructors, the so-called training centres that are in reality bases: all this is exactly the military development of Ukrainian territory that our proposals are meant to stop. NATO must get out of the post-Soviet space.", *Z, "no-military-activity-ex-soviet", "supports", 1, D),
 ("It is not a question of \"as before\". The return to the configuration of 1997 is part of our proposals, and it remains on the table.", *Z, "rollback-to-1997", "supports", 1, D),
 ("We also remember very well what Western leaders promised Mikhail Gorbachev in 1990. Those promises were oral, and they were broken. That is why this time we need everything on paper, in a legally binding form.", *Z, "written-legal-guarantees", "supports", 1, D),
 ("This is a question for the Defence Ministry. I will only say that the dialogue between the militaries was frozen not by us, and that the alliance knows very well why.", *Z, "resume-military-dialogue", "mentions", 1, D),
 ("We talk to those who make decisions on European security, and these decisions are taken in Washington and Brussels, not in Kiev. That is why our proposals were addressed to them.", *Z, "", "", 1, D),
 ("We are grateful to our Chinese friends for their understanding and support. Our positions on European and Asian security are close, and we will continue to coordinate them.", *Z, "", "", 1, D),
 ("The ministers spoke in Geneva on January 21 and agreed to stay in contact. When there is a date, we will announce it. There is nothing to add at this point.", *Z, "", "", 1, D),
]

D = "2022-01-26"
L["skynews-2022-01-26-us-written-response-live"] = [
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change; there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He said the US was prepared to discuss reciprocal commitments by both sides not to deploy offensive weapons systems in Ukraine, as part of a broader package of transparency measures.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("we think diplomacy has the best chance to succeed if we provide space for confidential talks", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which European security rests.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("He insisted that Russia would not cancel or scale down its joint exercises with Belarus next month, which he said were taking place \"on allied territory\".", "dmitry-peskov", 1, "He", "limit-military-exercises", "rejects", 0, D),
 ("Boris Johnson told the Commons at Prime Minister's Questions today that there could be no serious negotiation \"at gunpoint\" and that Russia must first pull its forces back from Ukraine's border.", "boris-johnson", 1, "Boris Johnson", "russia-de-escalation", "supports", 0, D),
 ("Boris Johnson told the Commons at Prime Minister's Questions today that there could be no serious negotiation \"at gunpoint\" and that Russia must first pull its forces back from Ukraine's border.", "boris-johnson", 1, "Boris Johnson", "no-preconditions", "rejects", 0, D),
 ("Foreign Secretary Liz Truss said earlier today that Britain would never accept Russia's demand that Ukraine be barred from NATO forever.", "liz-truss", 1, "Liz Truss", "no-ukraine-membership", "rejects", 0, D),
 ("Foreign Secretary Liz Truss said earlier today that Britain would never accept Russia's demand that Ukraine be barred from NATO forever.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We are calm, we are strong, and we are working with our partners every hour. There is no reason for panic.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, D),
 ("If there is no constructive answer and the West continues its aggressive line, Moscow will take the necessary response measures.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("A senior EU official told reporters in Brussels this afternoon that the bloc had been consulted on the text, and insisted that no third country could veto a European nation's choice of alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, D),
 ("No one in Moscow gets to tell the Royal Navy or the RAF where they may sail or fly. Our ships will stay in the Black Sea for as long as international law allows.", "ben-wallace", 1, "Ben Wallace", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("NATO's eastward expansion must stop, and this must be written down in a legally binding document. Nothing less will do.", "russia", 0, "The Russian Embassy in London", "nato-non-expansion", "supports", 1, D),
 ("NATO's eastward expansion must stop, and this must be written down in a legally binding document. Nothing less will do.", "russia", 0, "The Russian Embassy in London", "written-legal-guarantees", "supports", 1, D),
]

D = "2022-01-28"
C1 = "Moscow asked for three things it knew it could not get – a ban on Ukraine, the Bucharest promise withdrawn and Nato’s retreat to the 1997 line – and Washington has politely said no to all three,"
P = "Vladimir Putin told Emmanuel Macron in a telephone call on Friday that the American and Nato replies had ignored Russia’s ‘fundamental concerns’ – preventing Nato’s further expansion, refusing to deploy strike weapons near Russia’s borders and returning the alliance’s forces and infrastructure in Europe to where they stood in 1997, according to the Kremlin."
L["telegraph-2022-01-28-putin-replies-analysis"] = [
 (P, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 (P, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (P, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, D),
 ("If it depends on Russia, there will be no war,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("But we will not allow our interests to be rudely trampled on and ignored.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("Without a clear answer on non-expansion, the deputy foreign minister added, there could be no progress on anything else.", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (C1, "harriet-colquhoun", 1, "Harriet Colquhoun", "no-ukraine-membership", "mentions", 1, ""),
 (C1, "harriet-colquhoun", 1, "Harriet Colquhoun", "rescind-bucharest-2008", "mentions", 1, ""),
 (C1, "harriet-colquhoun", 1, "Harriet Colquhoun", "rollback-to-1997", "mentions", 1, ""),
 ("The clause banning Nato activity in Ukraine, Georgia and Central Asia is the one the Kremlin will fight hardest for, because it is the one it can dress up as self-defence,", "harriet-colquhoun", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The idea that the American brigade leaves Poland because Mr Putin wants it is a fantasy. It will not happen, and it should not happen,", "piotr-zawadzki", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("What weapons stand on Lithuanian soil is for Lithuania and its allies to decide, not for the Kremlin,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("Both sides have now said what they will not do,", "harriet-colquhoun", 1, "Colquhoun", "", "", 1, ""),
 ("The next month will show what each of them is actually willing to live with.", "harriet-colquhoun", 1, "Colquhoun", "", "", 1, ""),
]

write_gold(L, "articles-183", "gold-183")
