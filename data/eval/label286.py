#!/usr/bin/env python3
"""Writes the held-out gold of batch 286 (gold-286/*.nq) from the labels below.

Batch 286 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-10-geneva-talks-no-breakthrough: AP wire story, dateline "GENEVA (AP) —",
  byline, no front matter; a Ryabkov quotation running over two sentences, one
  interrupted by "he said", Baker/Gorbachev 1990 and INF background, an analyst.
- interfax-ukraine-2022-01-27-kuleba-us-response: Interfax-Ukraine story with front
  matter; partial quotation inside reported speech, Lavrov's indirect speech over two
  sentences, "Read also" links, Moscow's demands attributed in passing, a Rada member
  and an analyst.
- kremlin-2022-01-28-putin-macron-telephone-conversation: Kremlin.ru readout, UTF-8 BOM
  and CRLF, no front matter; entirely reported speech, three demands in one sentence,
  "the Russian President"/"The President of France"/"He", site navigation junk.
- le-figaro-2022-01-19-meshkov-interview: Le Figaro Q&A in English translation with
  front matter; only the first question/answer carry the "LE FIGARO. -"/"Alexei
  MESHKOV. -" labels, « » quotes inside answers, translation oddities; the interview
  was conducted on Tuesday 18 January, so answers are dated 2022-01-18.
- sveriges-radio-2022-01-14-linde-russia-demands: Radio Sweden item with front matter,
  Swedish-style date line, caption, crossheads (one with a quotation), an FOI analyst
  who restates several Russian demands, "last week" (no day).
- iiss-2022-02-04-reading-the-written-answers: IISS analysis blog post with front
  matter; the author's own analytic prose and paraphrases of the documents are not
  labelled; Blinken's interrupted quotation, Putin's rhetorical question, an analyst.
- hansard-2022-01-31-ukraine-russian-security-proposals: Hansard urgent question, no
  front matter; minister James Cleverly answers MPs; each paragraph of his answers is a
  direct quotation; MPs' contributions are questions to the minister and get no label.

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

Writer's further choices: a journalist's sentence with Moscow/Russia as the agent of a
demanding verb ("Moscow also demanded ...") is Russia's reported speech; sentences whose agent
is a document ("Russia's draft agreements ... would bar", "The US text reportedly offers") are
paraphrases of documents and are not labelled. "No veto over enlargement" is nato-open-door.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["ap-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday with no breakthrough, as Moscow insisted the West must promise never to admit Ukraine into NATO and Washington called such demands a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday with no breakthrough, as Moscow insisted the West must promise never to admit Ukraine into NATO and Washington called such demands a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The veteran diplomat said Moscow had no intention of attacking its neighbor and described the presence of tens of thousands of Russian troops near the Ukrainian border as a matter for Russia alone.", "sergei-ryabkov", 1, "The veteran diplomat", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("There is no reason to fear some kind of escalatory scenario,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("Ryabkov added that Russia would not settle for anything less than a formal commitment that the alliance would stop moving toward its borders.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Ryabkov added that Russia would not settle for anything less than a formal commitment that the alliance would stop moving toward its borders.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("We need to see the Americans sign on the line that NATO goes no further east,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("We need to see the Americans sign on the line that NATO goes no further east,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("and that is not a bargaining chip.", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, said Washington had made clear it would not bargain over the alliance's membership policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the U.S. was prepared to discuss possible reciprocal limits on the size and scope of military exercises and on where certain missiles could be placed in Europe.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She said the U.S. was prepared to discuss possible reciprocal limits on the size and scope of military exercises and on where certain missiles could be placed in Europe.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("But Sherman said any such steps would require Russia to pull back the forces it has massed along Ukraine's frontier.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Real progress requires de-escalation, and we have not yet seen it,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("In draft documents released Dec. 17, Moscow also demanded that NATO withdraw troops and weapons from countries that joined the alliance after 1997, which would strip Poland, Romania and the Baltic states of allied forces.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("the right of each and every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-10"),
 ("He also called on Russia to withdraw the troops it has deployed near Ukraine and to choose the path of diplomacy.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We have to see whether the Americans are ready to take our concerns seriously,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-10"),
 ("Moscow has put demands on the table that it knows Washington cannot accept, starting with a veto over who gets to join NATO,", "thomas-grayson", 1, "Thomas Grayson", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow has put demands on the table that it knows Washington cannot accept, starting with a veto over who gets to join NATO,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("What the Russians may really be testing is whether they can get something on missiles and exercises.", "thomas-grayson", 1, "Thomas Grayson", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What the Russians may really be testing is whether they can get something on missiles and exercises.", "thomas-grayson", 1, "Thomas Grayson", "limit-military-exercises", "mentions", 1, ""),
 ("Grayson said a deal on intermediate-range missiles might be within reach, noting that both countries had lived under such limits for three decades.", "thomas-grayson", 1, "Grayson", "no-intermediate-range-missiles", "mentions", 0, ""),
]

L["interfax-ukraine-2022-01-27-kuleba-us-response"] = [
 ("The American side showed us the text of its answer before it was sent to Moscow. We have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("According to him, the document does not contain any concessions to the Russian Federation on the demand that Ukraine be forever closed from joining the North Atlantic Alliance.", "dmytro-kuleba", 1, "him", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("According to him, the document does not contain any concessions to the Russian Federation on the demand that Ukraine be forever closed from joining the North Atlantic Alliance.", "russia", 0, "the Russian Federation", "no-ukraine-membership", "supports", 0, ""),
 ("The door to NATO remains open, and the decision on our membership will be taken by Ukraine and the Allies, not by the Kremlin,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-27"),
 ("unrealistic and were never on the table for the Allies.", "dmytro-kuleba", 1, "Kuleba", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ('Kuleba also noted that the demands of Moscow to withdraw the Alliance\'s infrastructure to the borders of 1997 are "unrealistic and were never on the table for the Allies."', "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The minister called on partners to continue pressing the Russian side to withdraw troops concentrated near the Ukrainian border.", "dmytro-kuleba", 1, "The minister", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("The best guarantee of security in Europe today is a Russian soldier who goes home from the Ukrainian border,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("According to Blinken, the United States offered Moscow to discuss reciprocal transparency measures regarding military exercises and mutual commitments on ground-launched intermediate-range missiles in Europe, but made no concessions on the principle of NATO's open door.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("According to Blinken, the United States offered Moscow to discuss reciprocal transparency measures regarding military exercises and mutual commitments on ground-launched intermediate-range missiles in Europe, but made no concessions on the principle of NATO's open door.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("According to Blinken, the United States offered Moscow to discuss reciprocal transparency measures regarding military exercises and mutual commitments on ground-launched intermediate-range missiles in Europe, but made no concessions on the principle of NATO's open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("As Lavrov explained, the main question for Moscow is the clear position of Russia on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("As Lavrov explained, the main question for Moscow is the clear position of Russia on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("There is a reaction that allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("It takes time to study the answers, we will not hurry,", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("Russia will continue to demand a veto over our Euro-Atlantic choice. We must answer with one voice: no one has the right to decide for Ukrainians with whom they make alliances,", "yaroslav-hnatiuk", 1, "Hnatiuk", "nato-open-door", "supports", 1, ""),
 ("Russia will continue to demand a veto over our Euro-Atlantic choice. We must answer with one voice: no one has the right to decide for Ukrainians with whom they make alliances,", "yaroslav-hnatiuk", 1, "Hnatiuk", "no-ukraine-membership", "rejects", 1, ""),
 ("Russia will continue to demand a veto over our Euro-Atlantic choice. We must answer with one voice: no one has the right to decide for Ukrainians with whom they make alliances,", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("He also stressed that Ukraine should insist on a complete withdrawal of Russian forces from the occupied territories and from the border areas.", "yaroslav-hnatiuk", 1, "He", "russia-de-escalation", "supports", 0, ""),
 ("Ukraine is interested in limiting intermediate-range missiles and military exercises in Europe no less than Russia is. If the dialogue goes on this track, it will be good for us,", "iryna-savchuk", 1, "Savchuk", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Ukraine is interested in limiting intermediate-range missiles and military exercises in Europe no less than Russia is. If the dialogue goes on this track, it will be good for us,", "iryna-savchuk", 1, "Savchuk", "limit-military-exercises", "supports", 1, ""),
 ("According to her, Moscow will most likely declare the US response unsatisfactory because it does not guarantee in a legally binding form that Ukraine will never become a NATO member.", "iryna-savchuk", 1, "her", "written-legal-guarantees", "mentions", 0, ""),
 ("According to her, Moscow will most likely declare the US response unsatisfactory because it does not guarantee in a legally binding form that Ukraine will never become a NATO member.", "iryna-savchuk", 1, "her", "no-ukraine-membership", "mentions", 0, ""),
 ("According to her, Moscow will most likely declare the US response unsatisfactory because it does not guarantee in a legally binding form that Ukraine will never become a NATO member.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("According to her, Moscow will most likely declare the US response unsatisfactory because it does not guarantee in a legally binding form that Ukraine will never become a NATO member.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("In particular, Russia demands that NATO refrain from further expansion, including the accession of Ukraine, and from any military activity on the territory of Ukraine and other states of Eastern Europe, the Transcaucasus and Central Asia.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In particular, Russia demands that NATO refrain from further expansion, including the accession of Ukraine, and from any military activity on the territory of Ukraine and other states of Eastern Europe, the Transcaucasus and Central Asia.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("In particular, Russia demands that NATO refrain from further expansion, including the accession of Ukraine, and from any military activity on the territory of Ukraine and other states of Eastern Europe, the Transcaucasus and Central Asia.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

L["kremlin-2022-01-28-putin-macron-telephone-conversation"] = [
 ("The conversation focused on Russia's proposals on long-term, legally binding security guarantees for the Russian Federation and the responses of the United States and NATO received on January 26.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Vladimir Putin pointed out that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO's expansion, not deploying strike weapons systems close to Russia's borders, and bringing the bloc's military capability and infrastructure in Europe back to where they stood in 1997, when the NATO–Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("Vladimir Putin pointed out that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO's expansion, not deploying strike weapons systems close to Russia's borders, and bringing the bloc's military capability and infrastructure in Europe back to where they stood in 1997, when the NATO–Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("Vladimir Putin pointed out that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO's expansion, not deploying strike weapons systems close to Russia's borders, and bringing the bloc's military capability and infrastructure in Europe back to where they stood in 1997, when the NATO–Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("The President of France emphasised the importance of dialogue and of steps to de-escalate the situation around Ukraine.", "emmanuel-macron", 1, "The President of France", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("Vladimir Putin, in turn, stressed that it was necessary for Kiev to fulfil the Minsk Package of Measures, the only basis for a settlement of the internal Ukrainian conflict, and drew attention to the fact that Western countries keep pumping Ukraine with modern weapons, which encourages Kiev to engage in military adventures.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 0, "2022-01-28"),
 ("The Russian President also remarked that Russia had no intention of accepting lectures about the movement of its own troops on its own territory, and that the exercises being held in Russia and Belarus were of a planned, defensive nature.", "vladimir-putin", 1, "The Russian President", "russia-de-escalation", "rejects", 0, "2022-01-28"),
 ("The President of France also reiterated that France and its allies stand by the sovereign right of states to freely choose their security arrangements, including their alliances.", "emmanuel-macron", 1, "The President of France", "nato-open-door", "supports", 0, "2022-01-28"),
 ("Vladimir Putin expressed doubt that such an approach could be reconciled with the commitments made at the highest level in Istanbul in 1999 and in Astana in 2010, under which states should not strengthen their own security at the expense of others.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("He stressed that Russia did not seek confrontation but would firmly protect its interests and expected the West to treat its proposals seriously, including its insistence that the guarantees be fixed in a legally binding treaty rather than in political declarations.", "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("Vladimir Putin said the West should not manipulate this topic and noted that Western military activity near Russia's borders, including flights of strategic bombers and the movement of warships in the Black Sea, was a source of serious concern.", "vladimir-putin", 1, "Vladimir Putin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-28"),
]

M = ("alexei-meshkov", 1, "Alexei Meshkov")
D = "2022-01-18"
L["le-figaro-2022-01-19-meshkov-interview"] = [
 ("I would not speak of failure. For the first time in many years our Western partners sat at the table and listened to what we are saying for thirty years. But listening is not hearing. We received no answer to the essential.", *M, "", "", 1, D),
 ("And the essential is simple: NATO must stop moving towards our borders. This is not a whim, this is a question of survival of our state. We want this to be written in a treaty, signed and ratified, and not in a «political declaration» that one forgets the day after.", *M, "nato-non-expansion", "supports", 1, D),
 ("And the essential is simple: NATO must stop moving towards our borders. This is not a whim, this is a question of survival of our state. We want this to be written in a treaty, signed and ratified, and not in a «political declaration» that one forgets the day after.", *M, "written-legal-guarantees", "supports", 1, D),
 ("I do not accept this image. The Russian troops are on Russian territory, they move where the General Staff decides. Nobody asks France to explain why its regiments go to Brittany or to Provence. To demand from us a «withdrawal» from our own land is absurd.", *M, "russia-de-escalation", "rejects", 1, D),
 ("As for the timing, it is the Americans and their allies who have multiplied the exercises in the Black Sea, the flights of strategic bombers along our borders, the deliveries of weapons to Kiev. We have said many times that the Alliance must renounce the exercises near our borders and keep its ships and planes away from the zones from where they can hit our territory.", *M, "limit-military-exercises", "supports", 1, D),
 ("As for the timing, it is the Americans and their allies who have multiplied the exercises in the Black Sea, the flights of strategic bombers along our borders, the deliveries of weapons to Kiev. We have said many times that the Alliance must renounce the exercises near our borders and keep its ships and planes away from the zones from where they can hit our territory.", *M, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("As for the timing, it is the Americans and their allies who have multiplied the exercises in the Black Sea, the flights of strategic bombers along our borders, the deliveries of weapons to Kiev. We have said many times that the Alliance must renounce the exercises near our borders and keep its ships and planes away from the zones from where they can hit our territory.", *M, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Each country is free, yes, but not to the detriment of the security of others. This is written in black and white in the Charter of Istanbul of 1999, which all the heads of state, including the French president of the time, have signed. The so-called «open door» is a slogan, not a principle of international law.", *M, "nato-open-door", "rejects", 1, D),
 ("Ukraine will never be a member of NATO, it is our red line. The promise made to Kiev and Tbilisi at Bucharest in 2008 was a historic error and must be officially withdrawn.", *M, "no-ukraine-membership", "supports", 1, D),
 ("Ukraine will never be a member of NATO, it is our red line. The promise made to Kiev and Tbilisi at Bucharest in 2008 was a historic error and must be officially withdrawn.", *M, "rescind-bucharest-2008", "supports", 1, D),
 ("We propose to return to the situation of 1997, when the Founding Act between Russia and NATO was signed. At that time nobody in Warsaw felt threatened. The infrastructure which was advanced since then towards our borders must go back.", *M, "rollback-to-1997", "supports", 1, D),
 ("I understand that it is difficult to hear for some capitals. But we are not the ones who moved.", *M, "rollback-to-1997", "supports", 1, D),
 ("France presides the Council of the European Union, President Macron speaks with President Putin regularly, and we appreciate it. But the questions of strategic security are discussed first with Washington, it is a reality. Europeans must ask themselves if they want to be actors or spectators.", *M, "", "", 1, D),
 ("Then we will take measures of a military-technical nature, as the President said. I will not speculate on their content. But nobody should be surprised.", *M, "", "", 1, D),
 ("Russia does not want a war, and does not prepare one. This is pure American propaganda that I read every morning in the newspapers.", *M, "", "", 1, D),
]

L["sveriges-radio-2022-01-14-linde-russia-demands"] = [
 ("Sweden will not let Russia have a say over its security policy choices, Foreign Minister Ann Linde said on Friday, after a week of talks in which Moscow repeated its demand that NATO stop growing.", "ann-linde", 1, "Ann Linde", "nato-open-door", "supports", 0, "2022-01-14"),
 ("Sweden will not let Russia have a say over its security policy choices, Foreign Minister Ann Linde said on Friday, after a week of talks in which Moscow repeated its demand that NATO stop growing.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("It is Sweden, and only Sweden, that decides on our security policy line. That is not something we negotiate with Moscow or anyone else,", "ann-linde", 1, "Linde", "nato-open-door", "supports", 1, "2022-01-14"),
 ("Every country has the right to choose its own path and its own alliances, or to choose not to be in an alliance,", "ann-linde", 1, "she", "nato-open-door", "supports", 1, "2022-01-14"),
 ('Although Sweden and Finland are not named, the Russian foreign ministry spokesperson Maria Zakharova warned in December that any move by the two Nordic countries to join the alliance would have "serious military and political consequences."', "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, ""),
 ("We have no plans to apply for membership, but we will never accept that another country tells us what to do,", "magdalena-andersson", 1, "Andersson", "nato-open-door", "supports", 1, ""),
 ("We are taking the measures we think are necessary, and we do it calmly,", "peter-hultqvist", 1, "Hultqvist", "", "", 1, "2022-01-13"),
 ("He added that Russia should pull back the troops it has gathered close to Ukraine if it wanted anyone to take its talk of security seriously.", "peter-hultqvist", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Moscow asks for a written promise that NATO will never again enlarge, and that the alliance pulls back to where it stood in 1997. No western government can sign that,", "johan-ekstrom", 1, "Ekström", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow asks for a written promise that NATO will never again enlarge, and that the alliance pulls back to where it stood in 1997. No western government can sign that,", "johan-ekstrom", 1, "Ekström", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow asks for a written promise that NATO will never again enlarge, and that the alliance pulls back to where it stood in 1997. No western government can sign that,", "johan-ekstrom", 1, "Ekström", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow asks for a written promise that NATO will never again enlarge, and that the alliance pulls back to where it stood in 1997. No western government can sign that,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow asks for a written promise that NATO will never again enlarge, and that the alliance pulls back to where it stood in 1997. No western government can sign that,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow asks for a written promise that NATO will never again enlarge, and that the alliance pulls back to where it stood in 1997. No western government can sign that,", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("According to Ekström, the part of the Russian package that concerns Sweden most directly is the demand to keep warships and combat aircraft out of areas from which they could strike Russian territory, which could in practice cover much of the Baltic Sea.", "johan-ekstrom", 1, "Ekström", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("According to Ekström, the part of the Russian package that concerns Sweden most directly is the demand to keep warships and combat aircraft out of areas from which they could strike Russian territory, which could in practice cover much of the Baltic Sea.", "russia", 0, "Russian", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("If you read it literally, NATO ships could not sail in large parts of our neighbourhood. That would change the security situation for Sweden as well,", "johan-ekstrom", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Ekström believes there is still some room for talks on arms control issues, such as limits on military exercises, where both sides have made proposals before.", "johan-ekstrom", 1, "Ekström", "limit-military-exercises", "mentions", 0, ""),
 ("The Russian demands show exactly why Sweden should not leave its security to the goodwill of the Kremlin,", "hans-wallmark", 1, "Wallmark", "", "", 1, ""),
]

L["iiss-2022-02-04-reading-the-written-answers"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("uphold the principle that countries are free to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg was equally categorical the same day, saying the Alliance would not give up its ability to protect and defend its members, including with its presence in the eastern part of the Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("If this is not a response to our main question, then we will react,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Putin also argued that Ukraine's accession would drag the Alliance into a war with Russia over Crimea.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts these military operations. Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Without the main points, the rest has no foundation,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-02-02"),
 ("A verifiable ban on intermediate-range missiles in Europe is in Poland's interest too, as long as it is not bought with our security,", "katarzyna-wroblewska", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
]

C = ("james-cleverly", 1, "James Cleverly")
H = "2022-01-31"
L["hansard-2022-01-31-ukraine-russian-security-proposals"] = [
 ("I am grateful to my hon. Friend for raising this important matter. On 26 January, the United States and NATO delivered separate written responses to the draft treaties that Russia published on 17 December. The United Kingdom was closely consulted on both texts and we fully support them.", *C, "", "", 1, H),
 ("Let me be clear about what those responses do not do. They do not give Russia a veto over the choices of sovereign nations. NATO's door remains open, and it is for Ukraine and the 30 allies, and for nobody else, to decide whether Ukraine joins.", *C, "nato-open-door", "supports", 1, H),
 ("Nor will the alliance accept that it should pull its forces back from its eastern members. The battlegroups in Estonia, Latvia, Lithuania and Poland, including the British-led battlegroup in Estonia, are there at the request of those countries and they will stay.", *C, "rollback-to-1997", "rejects", 1, H),
 ("At the same time, the responses set out areas where we are ready to talk: reciprocal transparency on military exercises, risk reduction, and arms control, including the future of intermediate-range missiles in Europe. Those are serious offers and Russia should take them up.", *C, "limit-military-exercises", "mentions", 1, H),
 ("At the same time, the responses set out areas where we are ready to talk: reciprocal transparency on military exercises, risk reduction, and arms control, including the future of intermediate-range missiles in Europe. Those are serious offers and Russia should take them up.", *C, "no-intermediate-range-missiles", "mentions", 1, H),
 ("But diplomacy cannot succeed under the barrel of a gun. More than 100,000 Russian troops remain on Ukraine's borders. We call on the Kremlin to de-escalate, to withdraw those forces and to engage in meaningful dialogue.", *C, "russia-de-escalation", "supports", 1, H),
 ("I can reassure my hon. Friend that no ally has any intention of doing so. The commitment to collective defence is absolute and it is not up for negotiation with Moscow.", *C, "rollback-to-1997", "rejects", 1, H),
 ("As for contingency planning, the Foreign Secretary set out this morning the legislation we will bring forward to widen the range of Russian individuals and entities that can be sanctioned. Should Russia invade, there will be severe costs.", *C, "", "", 1, H),
 ("The right hon. Gentleman is right. The idea that Ukraine must be permanently shut out of the alliance as a condition of Russia not attacking it is simply unacceptable to this Government and to our allies.", *C, "no-ukraine-membership", "rejects", 1, H),
 ("On missiles and exercises, we have been in close contact with France, Germany and the other allies. We are prepared to discuss reciprocal limits on the scale of exercises close to borders, on both sides, provided Russia reciprocates in a verifiable way.", *C, "limit-military-exercises", "mentions", 1, H),
 ("On missiles and exercises, we have been in close contact with France, Germany and the other allies. We are prepared to discuss reciprocal limits on the scale of exercises close to borders, on both sides, provided Russia reciprocates in a verifiable way.", *C, "no-intermediate-range-missiles", "mentions", 1, H),
 ("The hon. Lady raises an important point. Our defence cooperation with Ukraine, including the training mission under Operation Orbital, is entirely a matter for the United Kingdom and Ukraine. We will not stop it because Moscow demands it.", *C, "no-military-activity-ex-soviet", "rejects", 1, H),
 ("We will not stop it because Moscow demands it.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("My right hon. Friend speaks with great experience. Russia's actions in Georgia in 2008 and in Ukraine since 2014 speak for themselves.", *C, "", "", 1, H),
 ("We are not going to sign a treaty that rewrites the security architecture of Europe at the dictation of one country. Where there is agreement on specific arms control measures, they can of course be formalised in the proper way, as arms control agreements always have been.", *C, "written-legal-guarantees", "rejects", 1, H),
]

write_gold(L, "articles-286", "gold-286")
