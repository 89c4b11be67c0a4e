#!/usr/bin/env python3
"""Writes the held-out gold of batch 222 (gold-222/*.nq) from the labels below.

Batch 222 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-27-explainer-russia-security-demands: AP explainer with all-caps
  question crossheads; Moscow's demands summarised in reported speech, Baker/
  Gorbachev, Founding Act and Bucharest background, a two-part Lavrov quote,
  "Stoltenberg said" then a pronoun sentence, an invented analyst who mentions.
- reuters-2022-01-13-osce-permanent-council-lukashevich: Reuters wire story on the
  OSCE Permanent Council; dateline, Lukashevich in reported and direct speech, an
  anonymous diplomat, the Helsinki Final Act as background, Moscow's proposals
  named in passing inside Carpenter's sentence.
- kremlin-2022-02-01-putin-orban-news-conference: Kremlin transcript with speaker
  labels, "(retranslated)" and questions; every answer paragraph is a quotation,
  most about no demand; demands expressed by meaning (a Crimea hypothetical, troops
  "on our own territory").
- ria-2022-01-27-ryabkov-american-answer: RIA Novosti, machine-translated English
  with « » quotes and "- said he" tags; UTF-8 BOM and CRLF line ends; MT oddities
  ("shock weapons", "legally obligatory"); drafts described as background.
- ukrinform-2022-01-19-zelensky-blinken-nato-membership: Ukrinform report; a lead
  sentence whose speaker is named only in the next sentence, "The Head of State",
  "Read also" link lines, an MP and an analyst quoting Russia's demands in passing.
- politico-2022-01-13-brussels-playbook-nato-russia-council: Politico Europe
  Brussels Playbook item; all-caps item tags, run-in "What he won't do:" labels,
  short quoted fragments, an invented MEP.
- meduza-2022-01-28-markelova-interview-us-answers: Meduza interview with an
  invented Russian analyst in dash Q/A form, curly quotes; the analyst mostly
  mentions, but supports limits on exercises/bombers and rejects the insistence
  on legally binding guarantees in her own words.

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

Writer's own choices where the conventions leave room: a Russia label that comes
from a demand attributed in passing uses the same evidence as the passage that
carries it, with direct 0 (Russia's own words are not quoted); a run-in
Playbook tag ("What he won't do:") is left out of the evidence like a dateline;
a day is taken from the immediately surrounding sentences of the same event
when the sentence itself names none (Stoltenberg on the Wednesday answers);
Moscow's 2019 moratorium proposal in the Meduza interview is background history
and gives no Russia label.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "ap-2022-01-27-explainer-russia-security-demands"
ev = "In them, Moscow demanded a legally binding promise that the alliance would not admit Ukraine or expand any further east, and that U.S. and allied forces would stay out of former Soviet republics that are not already members."
ev2 = "Moscow also wants NATO to pull its troops and weapons back from Central and Eastern European countries that joined after 1997, including Poland, Romania and the three Baltic states, and to rule out deploying intermediate-range missiles where they could reach Russian territory."
ev3 = "Secretary of State Antony Blinken said Wednesday the U.S. reply offers Moscow talks on reciprocal limits on military exercises and on where short- and intermediate-range missiles may be placed in Europe, as well as on broader transparency measures."
ev4 = "But Peskov also noted that the U.S. reply did not address what he called Moscow's main concern, a guarantee that NATO stops growing."
ev5 = "But the U.S. answer does leave space for a deal on missiles and exercises, and that is not nothing."
L[d] = [
 (ev, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (ev, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (ev, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (ev, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (ev2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (ev2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("We need ironclad guarantees, and they must be legally binding — not promises, not assurances, but guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For 30 years we were told one thing and shown another,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
 ("This is why, this time, we are insisting on a document on paper, with signatures, and not on words.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 (ev3, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (ev3, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary-General Jens Stoltenberg said the alliance had delivered its own, separate reply, proposing among other things to restore regular military-to-military contacts with Moscow and to reopen the two sides' offices in Brussels and Moscow.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He added that the allies were equally clear that Russia must pull back the forces it has massed around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("No decision about Ukraine will be taken without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("It would be wrong to expect a reaction in a day or two,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (ev4, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (ev4, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("What is on the table is something no NATO government can sign: a permanent freeze on who joins the club,", "thomas-reddick", 1, "Reddick", "nato-non-expansion", "mentions", 1, ""),
 (ev5, "thomas-reddick", 1, "Reddick", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ev5, "thomas-reddick", 1, "Reddick", "limit-military-exercises", "mentions", 1, ""),
]

d = "reuters-2022-01-13-osce-permanent-council-lukashevich"
ev = "He said the central issue remained guarantees that NATO would not move further east and would not deploy strike weapons on Ukrainian soil, dismissing Western offers to discuss confidence-building steps in isolation."
ev2 = "U.S. Ambassador to the OSCE Michael Carpenter told reporters Washington would not entertain Moscow's proposals to halt NATO enlargement or to pull allied forces out of members that joined the alliance after the Cold War."
L[d] = [
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 (ev, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (ev, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("For us, it is fundamentally important to get legally binding guarantees — not declarations, not good intentions,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau proposed a renewed European security dialogue under the OSCE's umbrella, saying confidence-building steps such as advance notice of and limits on large military drills could be discussed there.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 (ev2, "michael-carpenter", 1, "Michael Carpenter", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 (ev2, "michael-carpenter", 1, "Michael Carpenter", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 (ev2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (ev2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("He said the United States wanted Russia to pull its forces back from Ukraine's border and return them to their barracks \"so that diplomacy can succeed.\"", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Ukraine's ambassador to the OSCE, Yevhenii Tsymbaliuk, told the council that no country had the right to dictate to Kyiv which alliances it could join.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Russia is not a party to the decision on Ukraine's membership in NATO and never will be,", "yevhenii-tsymbaliuk", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
]

d = "kremlin-2022-02-01-putin-orban-news-conference"
P, O = "vladimir-putin", "viktor-orban"
D = "2022-02-01"
p3 = "We did not see any adequate consideration of our three key demands: preventing NATO's further expansion, refusing to deploy strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997, when the Russia–NATO Founding Act was signed."
p5 = "I will tell you what worries us. Imagine that Ukraine is a NATO member, it is stuffed with weapons, and modern strike systems are deployed on its territory, just as in Poland and Romania. And then it starts an operation in Crimea – which is sovereign Russian territory, as far as we are concerned. What then? Are we supposed to go to war with the NATO bloc? Has anyone thought about it? Apparently not."
p8 = "At the same time, NATO holds exercises right next to our borders, and American strategic bombers fly twenty kilometres from our state border. These are the things we would like to see limited on a mutual basis."
L[d] = [
 ("Our talks with Mr Orban were, as always, held in a businesslike and frank atmosphere. Hungary is one of Russia's important partners in Europe, and today we discussed energy cooperation, including long-term gas supplies, and the construction of the new units at the Paks nuclear power plant.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Of course, we also discussed the situation concerning European security. I informed the Prime Minister about our approach to the proposals we sent to Washington and Brussels in December.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Mr President, thank you for the invitation.", O, 1, "Viktor Orban", "", "", 1, D),
 ("Hungary is a member of NATO and a member of the European Union, and we are bound by their common decisions. But Hungary is interested in peace, and we believe that a reasonable agreement between Russia and the West is possible, one that would provide lasting security for all of us.", O, 1, "Viktor Orban", "", "", 1, D),
 ("We are carefully studying the written replies we received from the United States and NATO on January 26. But it is already clear that Russia's fundamental concerns have been ignored.", P, 1, "Vladimir Putin", "", "", 1, D),
 (p3, P, 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 (p3, P, 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (p3, P, 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 ("They tell us that every state is free to choose the way it ensures its own security and to choose its alliances. But the same documents, including the OSCE Istanbul declaration of 1999, also say that nobody may strengthen their security at the expense of the security of others. This is the indivisibility of security, and it is written down. Our partners simply prefer to forget about the second half.", P, 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 (p5, P, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 (p5, P, 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Nevertheless, I hope that we will eventually find a solution, although it will not be easy. We are prepared to continue the dialogue.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Decisions on enlargement are taken in NATO by consensus, and at the moment there is no proposal for a moratorium on the table.", O, 1, "Viktor Orban", "nato-non-expansion", "mentions", 1, D),
 ("What I can say is that the Hungarian position is in favour of dialogue. I came here on a peace mission. The differences are big, but I believe they can be bridged.", O, 1, "Viktor Orban", "", "", 1, D),
 ("Our troops are on our own territory, and we move them where we consider necessary. Nobody can dictate to us where to deploy our units inside our own country.", P, 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, D),
 (p8, P, 1, "Vladimir Putin", "limit-military-exercises", "supports", 1, D),
 (p8, P, 1, "Vladimir Putin", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("I am confident that sooner or later our American partners will understand that these issues need to be resolved. Thank you.", P, 1, "Vladimir Putin", "", "", 1, D),
]

d = "ria-2022-01-27-ryabkov-american-answer"
R = "sergei-ryabkov"
D = "2022-01-27"
ev = "The answer of the USA to the Russian proposals on the security guarantees does not give the grounds for optimism on the key topic for Moscow — the non-expansion of NATO, however in it there are elements on which it is possible to work, declared the Deputy Minister of Foreign Affairs of Russia Sergey Ryabkov."
ev2 = "We see that the Americans are ready to discuss the questions of the medium-range missiles and the parameters of the exercises. This is not nothing, but this is not the main thing for us"
ev3 = "The diplomat also told that the Russian side waits from the West the refusal from the Bucharest formula of 2008 about the future membership of Ukraine and Georgia in the alliance."
L[d] = [
 (ev, R, 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, D),
 (ev, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("On the main question, the question of the non-expansion of NATO, on which we insist, there is no positive reaction. It is impossible to say that our position was heard", R, 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 (ev2, R, 1, "the diplomat", "no-intermediate-range-missiles", "mentions", 1, D),
 (ev2, R, 1, "the diplomat", "limit-military-exercises", "mentions", 1, D),
 ("We need the legally obligatory guarantees, fixed on the paper. The verbal assurances we already had in 1990, and we know how it ended", R, 1, "he", "written-legal-guarantees", "supports", 1, D),
 (ev3, R, 1, "The diplomat", "rescind-bucharest-2008", "supports", 0, D),
 (ev3, "russia", 0, "the Russian side", "rescind-bucharest-2008", "supports", 0, ""),
 ("Ukraine and Georgia must never become the members of NATO, this is for us the red line, and the American colleagues know it very well", R, 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("The Secretary of State of the USA Antony Blinken declared that the document offers \"the serious diplomatic way\", but it does not contain the concessions on the key principles, including the \"open doors\" of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The West tries to drown our proposals in the endless consultations, this will not pass", "maria-zakharova", 1, "Zakharova", "", "", 1, ""),
 ("We do not intend to refuse from the dialogue, but also we will not wait infinitely", R, 1, "he", "", "", 1, D),
 ("In the Kremlin repeatedly denied it, declaring that Russia does not threaten anybody, and the movement of the troops on its own territory is its internal business.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, ""),
]

d = "ukrinform-2022-01-19-zelensky-blinken-nato-membership"
Z = "volodymyr-zelensky"
D = "2022-01-19"
ev = "Commenting on Moscow's demands for so-called \"security guarantees\", Zelensky said that Russia's attempts to return Europe to the situation of 1997 and to draw new \"spheres of influence\" were unacceptable for Ukraine."
ev2 = "The Kremlin wants a promise that Ukraine will never join NATO. That is not going to happen, because it is not Russia's decision to make,"
ev3 = "Political analyst Oksana Melnychuk, director of the Kyiv-based Center for Euro-Atlantic Studies, told Ukrinform that the West's offer to talk with Moscow about missiles and exercises was \"not a concession to Putin, but an attempt to test whether he wants diplomacy at all\"."
ev4 = "Russia is demanding that NATO withdraw to the borders of 1997 and that the Alliance never admit Ukraine. The West cannot accept either, and in Moscow they understand this perfectly well,"
L[d] = [
 ("Ukraine's future membership in NATO is a matter for Ukraine and the 30 member states of the Alliance only, and no third country has the right of veto.", Z, 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, D),
 ("We are grateful to the United States for its clear and principled position. Our course towards membership in NATO is enshrined in the Constitution of Ukraine, and we are not going to give it up under pressure from anyone,", Z, 1, "Zelensky", "no-ukraine-membership", "rejects", 1, D),
 ("The Head of State emphasized that Russia must withdraw its troops from the border with Ukraine and that de-escalation is the only way to reduce tension in the region.", Z, 1, "The Head of State", "russia-de-escalation", "supports", 0, D),
 ("The United States will not make any decision about Ukraine without Ukraine, about Europe without Europe,", "antony-blinken", 1, "the Secretary of State", "", "", 1, D),
 ("According to Blinken, Washington has told Moscow plainly that NATO's door remains open.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (ev, Z, 1, "Zelensky", "rollback-to-1997", "rejects", 0, D),
 (ev, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We do not need anyone's permission to be friends with the Alliance. No one can forbid Ukraine to hold exercises with our partners on our own land,", Z, 1, "the President", "no-military-activity-ex-soviet", "rejects", 1, D),
 (ev2, "taras-hordiienko", 1, "the MP", "no-ukraine-membership", "rejects", 1, ""),
 (ev2, "taras-hordiienko", 1, "the MP", "nato-open-door", "supports", 1, ""),
 (ev2, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (ev3, "oksana-melnychuk", 1, "Oksana Melnychuk", "no-intermediate-range-missiles", "mentions", 0, ""),
 (ev3, "oksana-melnychuk", 1, "Oksana Melnychuk", "limit-military-exercises", "mentions", 0, ""),
 ("not a concession to Putin, but an attempt to test whether he wants diplomacy at all", "oksana-melnychuk", 1, "Oksana Melnychuk", "", "", 1, ""),
 (ev4, "oksana-melnychuk", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (ev4, "oksana-melnychuk", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (ev4, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (ev4, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
]

d = "politico-2022-01-13-brussels-playbook-nato-russia-council"
D = "2022-01-12"
ev = "Stoltenberg said NATO was ready to talk about risk reduction, about limits on where intermediate-range missiles can be deployed, and about more notice and transparency for military drills."
ev2 = "His message: the alliance must commit, in a legally binding form, to stop enlarging, and talks on side issues are no substitute."
ev3 = "We told NATO clearly that further expansion of the alliance and the deployment of strike weapons on the territory of Ukraine are red lines for us,"
ev4 = "Moscow is asking us to send NATO troops out of Estonia. Estonia is not going to be anybody's buffer zone again,"
L[d] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Stoltenberg said allies had firmly rejected any arrangement that would give a third country a say over who joins the alliance, and told the Russian delegation that Europe could not go back to a world of \"spheres of influence.\"", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (ev, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (ev, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 (ev2, "alexander-grushko", 1, "His", "nato-non-expansion", "supports", 0, D),
 (ev2, "alexander-grushko", 1, "His", "written-legal-guarantees", "supports", 0, D),
 (ev3, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 (ev3, "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Fomin, for his part, complained that NATO had been \"brushing aside\" Russian proposals for years and said the two sides' militaries should start talking to each other again, so that an incident in the Baltic or Black Sea does not spiral.", "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 0, D),
 ("will not slam the door shut on NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman also urged Russia to de-escalate and said its troop build-up near Ukraine was hard to read as anything but a threat.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("European security is our security. We will not accept that it is discussed without us,", "josep-borrell", 1, "Borrell", "", "", 1, D),
 (ev4, "kaarel-vahtra", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 (ev4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

d = "meduza-2022-01-28-markelova-interview-us-answers"
M = "yevgenia-markelova"
N = "Yevgenia Markelova"
D = "2022-01-27"
a3 = "On paper, quite a lot, if you believe what has leaked. The Americans are offering to talk about mutual commitments not to deploy ground-based intermediate-range missiles, and, separately, about not putting offensive missile systems in Ukraine. Moscow proposed a moratorium on intermediate-range missiles back in 2019, when the INF Treaty collapsed, and Washington ignored it then."
a4 = "There is also a section on exercises: advance notification, limits on their scale near the line where NATO and Russia meet, and something on flights of strategic bombers close to each other’s borders."
a5 = "Honestly, I think these are sensible things, and Russia should take them. A deal on exercises and bombers would make the Baltic region a lot safer than it is now, for us and for them."
a6 = "On the main points — Ukraine, the open door, pulling NATO back to the 1997 lines — the answer is no, and it was always going to be no."
a8 = "The Kremlin trusts only a signed and ratified treaty, because of the way it reads the 1990s: Putin genuinely believes he was deceived over NATO expansion. But in practice even a ratified treaty can be abandoned — look at the ABM Treaty or the INF. Paper is not a guarantee either, and I think insisting on it has been a mistake."
a12 = "Then everything we have just been discussing — missiles, exercises, bombers — will be off the table for a decade. That is what frightens me most."
L[d] = [
 ("I don’t think so. Anyone who has worked with the Americans knows that no U.S. administration can sign a treaty promising that NATO will never take in another country. It would never pass the Senate, and the allies would revolt.", M, 1, N, "nato-non-expansion", "mentions", 1, D),
 ("The maximalist wording in December was deliberate. The drafts were written as an ultimatum, so that whatever came back could be presented at home either as a concession or as proof that the West isn’t listening.", M, 1, N, "", "", 1, D),
 (a3, M, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 (a3, M, 1, N, "no-strike-weapons-near-borders", "mentions", 1, D),
 (a4, M, 1, N, "limit-military-exercises", "mentions", 1, D),
 (a4, M, 1, N, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (a5, M, 1, N, "limit-military-exercises", "supports", 1, D),
 (a5, M, 1, N, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (a6, M, 1, N, "no-ukraine-membership", "mentions", 1, D),
 (a6, M, 1, N, "nato-open-door", "mentions", 1, D),
 (a6, M, 1, N, "rollback-to-1997", "mentions", 1, D),
 ("Personally, I think the demand to withdraw allied forces from Poland and the Baltic states was never serious. Nobody on Smolenskaya Square believed it would be met.", M, 1, N, "rollback-to-1997", "mentions", 1, D),
 (a8, M, 1, N, "written-legal-guarantees", "rejects", 1, D),
 (a8, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("He will say that Russia’s fundamental concerns were ignored, that’s obvious. He will probably bring up the indivisibility of security and the Istanbul and Astana documents; Lavrov has been doing that for weeks, writing letters to his Western counterparts.", M, 1, N, "", "", 1, D),
 ("But I don’t think the answer is the end of the story. Moscow wanted the Americans to sit down and talk seriously, and they have. Whether the troops now go back to their bases is a different question, and I honestly don’t know the answer to it.", M, 1, N, "russia-de-escalation", "mentions", 1, D),
 ("I don’t want to speculate. I will say only this: the concentration of forces near Ukraine is real, and it is unlike anything we have seen since 2014.", M, 1, N, "", "", 1, D),
 (a12, M, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 (a12, M, 1, N, "limit-military-exercises", "mentions", 1, D),
 (a12, M, 1, N, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
]

write_gold(L, "articles-222", "gold-222")
