#!/usr/bin/env python3
"""Writes the held-out gold of batch 298 (gold-298/*.nq) from the labels below.

Batch 298 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-27-factbox-russia-demands-western-answers: Reuters 'Factbox'
  with crossheads; document paraphrases (not labelled), Moscow's demands in the
  journalist's voice, a partial Blinken quote, a Lavrov quote split by "he said".
- tass-2022-01-24-grushko-interview-nato-guarantees: TASS Q&A with Deputy FM
  Alexander Grushko, dash-led questions and answers, multi-paragraph answers,
  a Founding Act / Istanbul 1999 aside inside answers; no front matter.
- us-mission-nato-2022-01-11-ambassador-smith-briefing-nrc: US Mission to NATO
  telephonic briefing transcript (MODERATOR / AMBASSADOR SMITH / QUESTION
  labels); questions that name the demands get no label.
- ukrinform-2022-01-13-osce-permanent-council-security-guarantees: Ukrinform
  story with 'Read also' link lines; UTF-8 BOM and CRLF; Russia's demands
  attributed in passing inside Ukrainian speakers' words; no front matter.
- the-times-2022-02-02-putin-says-west-ignored-concerns: The Times news story
  with standfirst and byline; Putin's quotes split by "he said", the Baker /
  Gorbachev 1990 history, British ministers and MPs, an academic who mentions.
- chatham-house-2022-01-28-expert-comment-western-replies: Chatham House expert
  roundup, four invented experts each answering in paragraphs (treated as
  direct quotations); analysts mostly mention, some take a stance of their own.
- hungarian-government-2022-02-01-orban-moscow-press-statement: Hungarian
  government press statement in clumsy English translation (Orban in Moscow);
  "told that", "informed that"; mostly demand-less quotations.

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

L["reuters-2022-01-27-factbox-russia-demands-western-answers"] = [
 ("We need to be sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Sherman said the same day that the United States would not slam the door on any country's aspirations.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("core principles that we are committed to uphold and defend, including the right of countries to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary-General Jens Stoltenberg said on the same day that allies would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Moscow also wants the alliance to formally disavow its 2008 Bucharest summit declaration, which said Ukraine and Georgia would one day become members.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The Bucharest formula has to be buried, once and for all, and on paper,", "sergei-lavrov", 1, "Sergei Lavrov", "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("The Bucharest formula has to be buried, once and for all, and on paper,", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Romania said in December that it would not accept any arrangement that turned its soil into a second-class zone of the alliance.", "romania", 0, "Romania", "rollback-to-1997", "rejects", 0, ""),
 ("We are not a buffer, and we will not become one,", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 1, "2021-12-18"),
 ("The United States has said it is ready to talk about reciprocal limits on missile deployments and on the size and scope of military exercises, as long as Russia does the same.", "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The United States has said it is ready to talk about reciprocal limits on missile deployments and on the size and scope of military exercises, as long as Russia does the same.", "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, ""),
 ("We're prepared to talk about reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe,", "ned-price", 1, "Ned Price", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("Ryabkov called the missile proposals \"a step in the right direction\" but said last week that they were secondary.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Without the main thing, which is non-enlargement, all the rest hangs in the air,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, ""),
 ("The best way to show that they are serious about diplomacy is to de-escalate, to move those troops away,", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("The Kremlin has said troop movements on Russian territory are nobody else's business.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("There is no positive answer on the main question,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
]

G = "alexander-grushko"
D = "2022-01-24"
L["tass-2022-01-24-grushko-interview-nato-guarantees"] = [
 ("It was a frank, deep and, I would say, very sobering conversation. We made it clear to our colleagues that the situation in European security has reached a critical point and that it cannot continue like this.", G, 1, "Grushko", "", "", 1, D),
 ("We presented our proposals in detail. The key ones are well known: the non-expansion of NATO, the non-deployment of strike weapon systems near our borders and the return of the alliance's military configuration to the one that existed in 1997, when the Russia-NATO Founding Act was signed. These are not a menu from which one can choose the dishes one likes.", G, 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We presented our proposals in detail. The key ones are well known: the non-expansion of NATO, the non-deployment of strike weapon systems near our borders and the return of the alliance's military configuration to the one that existed in 1997, when the Russia-NATO Founding Act was signed. These are not a menu from which one can choose the dishes one likes.", G, 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We presented our proposals in detail. The key ones are well known: the non-expansion of NATO, the non-deployment of strike weapon systems near our borders and the return of the alliance's military configuration to the one that existed in 1997, when the Russia-NATO Founding Act was signed. These are not a menu from which one can choose the dishes one likes.", G, 1, "Grushko", "rollback-to-1997", "supports", 1, D),
 ("The so-called open-door policy is not a sacred cow. It is a decision of the alliance, not a law of nature, and the alliance can change it. Nobody has the right to strengthen own security at the expense of the security of others - this is what all the OSCE states signed in Istanbul in 1999 and in Astana in 2010.", G, 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("As for Ukraine and Georgia, the Bucharest decision of 2008 was a grave mistake, and it must be disavowed. These countries must not be drawn into the alliance, neither tomorrow nor in ten years, and this should be fixed in the text.", G, 1, "Grushko", "rescind-bucharest-2008", "supports", 1, D),
 ("As for Ukraine and Georgia, the Bucharest decision of 2008 was a grave mistake, and it must be disavowed. These countries must not be drawn into the alliance, neither tomorrow nor in ten years, and this should be fixed in the text.", G, 1, "Grushko", "no-ukraine-membership", "supports", 1, D),
 ("As for Ukraine and Georgia, the Bucharest decision of 2008 was a grave mistake, and it must be disavowed. These countries must not be drawn into the alliance, neither tomorrow nor in ten years, and this should be fixed in the text.", G, 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("We expect a written answer, article by article, to our drafts. If they again offer us some political declarations or a moratorium for some years, this does not suit us. We need legally binding guarantees, which cannot be revised by the next administration.", G, 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("We do not refuse to discuss these issues. We ourselves proposed in our draft to limit the scale of exercises near the line of contact, so this is our idea, not theirs. But these measures cannot be a substitute for the main thing.", G, 1, "Grushko", "limit-military-exercises", "supports", 1, D),
 ("I will add that the channels of military communication were cut by NATO itself, in 2014. We have always said that a direct and regular dialogue between the military is necessary to avoid incidents, and we are ready to restore it.", G, 1, "Grushko", "resume-military-dialogue", "supports", 1, D),
 ("Our troops are on our own territory. The demands that we pull them back are absolutely unacceptable - we do not tell the Americans where to keep their divisions in Texas or in Alaska.", G, 1, "Grushko", "russia-de-escalation", "rejects", 1, D),
 ("The President has spoken about this quite clearly: if the West continues its obviously aggressive line, we will take appropriate military-technical retaliatory measures. I would not like to speculate now.", G, 1, "Grushko", "", "", 1, D),
]

S = "julianne-smith"
D = "2022-01-11"
L["us-mission-nato-2022-01-11-ambassador-smith-briefing-nrc"] = [
 ("Thanks so much, and thanks to all of you for joining. Tomorrow the NATO-Russia Council will meet here in Brussels for the first time in over two years, and I want to say a few words about how allies are approaching it.", S, 1, "Ambassador Smith", "", "", 1, D),
 ("Yesterday Deputy Secretary Sherman had a long and candid exchange with Deputy Foreign Minister Ryabkov in Geneva. She briefed the North Atlantic Council this morning, and I can tell you that all 30 allies are on exactly the same page going into tomorrow.", S, 1, "Ambassador Smith", "", "", 1, D),
 ("We will listen carefully to Russia's concerns. But we will also be very clear that some of what Moscow has put on the table is simply a non-starter. No one is going to tell Ukraine or any other sovereign country that it cannot one day apply for membership in this alliance. NATO's door remains open, and that is not up for negotiation.", S, 1, "Ambassador Smith", "nato-open-door", "supports", 1, D),
 ("We will listen carefully to Russia's concerns. But we will also be very clear that some of what Moscow has put on the table is simply a non-starter. No one is going to tell Ukraine or any other sovereign country that it cannot one day apply for membership in this alliance. NATO's door remains open, and that is not up for negotiation.", S, 1, "Ambassador Smith", "no-ukraine-membership", "rejects", 1, D),
 ("Likewise, we will not accept the notion that allies who joined after 1997 are somehow second-tier members. The idea that we would pull our forces out of Poland or the Baltic states and go back to some map from a quarter century ago is not something we will discuss.", S, 1, "Ambassador Smith", "rollback-to-1997", "rejects", 1, D),
 ("Look, the Russians have been very clear about what they want, and we've been very clear about what we can't do. Allies will not sign up to any text that takes away the right of aspirant countries to knock on NATO's door. That applies to Ukraine, it applies to Georgia, it applies to everyone.", S, 1, "Ambassador Smith", "nato-open-door", "supports", 1, D),
 ("Look, the Russians have been very clear about what they want, and we've been very clear about what we can't do. Allies will not sign up to any text that takes away the right of aspirant countries to knock on NATO's door. That applies to Ukraine, it applies to Georgia, it applies to everyone.", S, 1, "Ambassador Smith", "no-ukraine-membership", "rejects", 1, D),
 ("Look, the Russians have been very clear about what they want, and we've been very clear about what we can't do. Allies will not sign up to any text that takes away the right of aspirant countries to knock on NATO's door. That applies to Ukraine, it applies to Georgia, it applies to everyone.", S, 1, "Ambassador Smith", "nato-non-expansion", "rejects", 1, D),
 ("But there are areas where we think we can make progress. Arms control, risk reduction, transparency around exercises, the placement of certain missile systems in Europe - these are topics where we are ready to sit down with the Russians on a reciprocal basis.", S, 1, "Ambassador Smith", "limit-military-exercises", "mentions", 1, D),
 ("But there are areas where we think we can make progress. Arms control, risk reduction, transparency around exercises, the placement of certain missile systems in Europe - these are topics where we are ready to sit down with the Russians on a reciprocal basis.", S, 1, "Ambassador Smith", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We've said for a long time that we'd like to see more military-to-military communication, not less, because that's how you avoid accidents and miscalculation. It was Moscow that chose to close its mission and to shut down our offices in Moscow. So if the Russians want to put those channels back together, I think you'll find allies interested.", S, 1, "Ambassador Smith", "resume-military-dialogue", "supports", 1, D),
 ("It's hard to imagine real progress at the table while there are 100,000 Russian troops sitting on Ukraine's border with their guns pointed at it. We are asking Russia to de-escalate, to pull those forces back. That is the clearest signal they could send that they're serious about diplomacy.", S, 1, "Ambassador Smith", "russia-de-escalation", "supports", 1, D),
 ("We're not setting preconditions for tomorrow's meeting; we're going into the room. But we're also not going to negotiate under the barrel of a gun.", S, 1, "Ambassador Smith", "no-preconditions", "supports", 1, D),
 ("We're not setting preconditions for tomorrow's meeting; we're going into the room. But we're also not going to negotiate under the barrel of a gun.", S, 1, "Ambassador Smith", "russia-de-escalation", "supports", 1, D),
 ("Then they walk out. Allies are united, and we are prepared for either path - the path of dialogue or the path of massive consequences.", S, 1, "Ambassador Smith", "", "", 1, D),
]

D = "2022-01-13"
TQ = "The Russian Federation came to Vienna not with proposals but with an ultimatum. It demands that a sovereign state, Ukraine, be deprived of the right to choose its own alliances. This will never happen,"
KS = "As Ukrinform reported, Ukrainian Foreign Minister Dmytro Kuleba earlier on Thursday said that the three rounds of talks in Geneva, Brussels and Vienna showed that the West is united in not accepting Moscow's demands to stop NATO enlargement."
KQ = "Russia wanted to divide the West, and it failed. Everyone said no to Russia's demand to close the door to NATO for Ukraine,"
LS = "Russia's Permanent Representative to the OSCE Alexander Lukashevich, in turn, insisted that Moscow needs a \"legally fixed\" commitment that NATO will not move further east and that no strike weapons will be placed close to Russian borders."
MS = "In particular, Moscow demands that NATO give up further expansion, including at the expense of Ukraine, and not deploy strike weapons near Russia's borders."
CR = "Speaking to journalists after the meeting, Carpenter said the US was ready to discuss reciprocal restrictions on exercises and on missile deployments, but only in close coordination with European partners."
L["ukrinform-2022-01-13-osce-permanent-council-security-guarantees"] = [
 (TQ, "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "nato-open-door", "supports", 1, D),
 (TQ, "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "no-ukraine-membership", "rejects", 1, D),
 (TQ, "russia", 0, "The Russian Federation", "no-ukraine-membership", "supports", 1, ""),
 ("He called on Moscow to withdraw these forces to the places of permanent deployment.", "yevhenii-tsymbaliuk", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("We should focus on a peaceful resolution of the conflict in and around Ukraine,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("We will not compromise on the fundamental principles. Every country has the sovereign right to choose its own security arrangements, including to be a party to treaties of alliance,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud.", "michael-carpenter", 1, "He", "", "", 1, D),
 (CR, "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, D),
 (CR, "michael-carpenter", 1, "Carpenter", "no-intermediate-range-missiles", "mentions", 0, D),
 (LS, "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, D),
 (LS, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 (LS, "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and if aggressive behavior towards Russia continues, we will have to take necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He also claimed that Russia is not going to attack anyone and that the movement of troops on its own territory is \"a sovereign affair\".", "alexander-lukashevich", 1, "He", "russia-de-escalation", "rejects", 0, D),
 (KS, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-non-expansion", "rejects", 0, D),
 (KS, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (KQ, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (KQ, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KQ, "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, ""),
 (MS, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MS, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
]

P = "vladimir-putin"
D = "2022-02-01"
PQ = "We did not see adequate consideration of our three key demands regarding the prevention of Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-Nato Founding Act was signed."
JQ = "It is for Ukraine and for Ukrainians alone to decide which clubs they join. That is not something the Kremlin gets a vote on,"
KK = "He is no longer talking about the treaty line by line. He is talking about three things - enlargement, strike weapons and the 1997 line - and those three are exactly the ones the West has said it cannot give,"
L["the-times-2022-02-02-putin-says-west-ignored-concerns"] = [
 ("Vladimir Putin accused the United States and Nato yesterday of brushing aside Russia’s “fundamental concerns”, ending weeks of public silence on the standoff over Ukraine with a warning that the alliance’s expansion could yet drag Europe into a war.", P, 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 ("It is already clear now that fundamental Russian concerns were ignored,", P, 1, "Putin", "", "", 1, D),
 (PQ, P, 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (PQ, P, 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (PQ, P, 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("Imagine that Ukraine is a Nato member and starts these military operations,", P, 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to fight with the Nato bloc? Has anyone given any thought to that?", P, 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("We were told then, not an inch. And where is Nato now? In the Baltics, in Romania, in Poland,", P, 1, "Putin", "nato-non-expansion", "supports", 1, D),
 ("Mr Putin said that Moscow was still studying the replies and that he hoped dialogue would continue, but he made clear that anything short of guarantees written into a binding document would not satisfy him.", P, 1, "Mr Putin", "written-legal-guarantees", "supports", 0, D),
 ("Verbal promises are worth nothing to us, we have been through this,", P, 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Asked about the deployments, Dmitry Peskov, his spokesman, said earlier in the day that Russia would move its forces “wherever it considers necessary” on its own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 (JQ, "boris-johnson", 1, "the prime minister", "nato-open-door", "supports", 1, D),
 (JQ, "boris-johnson", 1, "the prime minister", "no-ukraine-membership", "rejects", 1, D),
 ("Liz Truss, the foreign secretary, told the Commons on Monday that Britain was ready to talk to Moscow “about arms control”, but that Russia must first step back.", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("We urge the Kremlin to de-escalate and to pull its troops back from the border. That is the only way forward,", "liz-truss", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("If we start pulling Nato troops out of the Baltics to soothe Mr Putin, we will be doing it again in five years’ time,", "gareth-moreland", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 (KK, "sophie-kerrigan", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (KK, "sophie-kerrigan", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (KK, "sophie-kerrigan", 1, "she", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-28"
W1 = "The replies handed over on 26 January are, by all accounts, polite, detailed and firm on the points that matter. Moscow asked for a written, legally binding promise that the alliance would stop growing. It has received instead an offer to talk about almost everything except that."
W2 = "In my view the West is right to hold the line. A guarantee that NATO will never admit another member would not buy stability; it would simply tell Moscow that pressure works, and the price of the next crisis would be higher. The principle that states choose their own alliances is not a Western slogan; it is written into the Helsinki Final Act and the 1990 Charter of Paris, both of which the Soviet Union and then Russia signed."
W3 = "What Moscow does next depends less on the letters than on the 100,000 troops around Ukraine. If the Kremlin wanted a diplomatic exit, the simplest one would be a visible pullback."
O1 = "The Russian documents of 17 December mixed two very different kinds of demand. Some of them - an end to enlargement, a withdrawal of allied forces from the states that joined after 1997 - would rewrite the European order and were always going to be refused. Others, such as limits on intermediate-range missiles, restraint in the size of exercises near borders and keeping bombers and warships out of each other's strike range, are classic arms control and have real substance."
O2 = "The smartest thing Washington has done is to take the second basket seriously. Frankly, a reciprocal deal on missiles in Europe is something NATO should want for its own sake, regardless of what happens with the rest of the Russian package."
O3 = "There is also a quieter point. Military-to-military channels between Russia and NATO have been largely dormant since 2014. The Russian side keeps saying it wants them restored; the allies say the same. If nothing else comes out of this, that ought to."
H1 = "For Kyiv, the most important thing in the replies is what is not there: no deal on Ukraine's future made over Ukraine's head. Foreign Minister Dmytro Kuleba said on Wednesday that Ukraine had seen the US text before it was delivered and had no objections to it."
H2 = "But Ukrainians are realistic. Nobody in Kyiv expects to join NATO this year or next, and the Bucharest promise of 2008 has remained a promise without a timetable for 14 years. What Moscow is asking for is that the promise be formally taken back, and that NATO stop training and equipping Ukraine's army altogether. The second would matter far more on the ground than the first."
A1 = "Russia's insistence on guarantees that are 'legally binding' and not merely political is worth taking at face value. Moscow has concluded - wrongly, but sincerely - that political commitments given to it in the 1990s were broken, and it now wants signatures and ratification."
A2 = "That is precisely why the West cannot offer what it asks for. No US administration could get a treaty closing NATO's door through the Senate, and no allied government would try. The gap here is not a drafting problem."
A3 = "The next signals to watch are Sergei Lavrov's formal response, which the Russian foreign minister has said will come after the Kremlin has studied the texts, and whether Russian forces in Belarus go home after the Allied Resolve exercises end in February."
EW, RO, NH, JA = "eleanor-whitcombe", "rainer-opitz", "natalia-hrytsenko", "julian-ashworth"
RD = "2021-12-17"
L["chatham-house-2022-01-28-expert-comment-western-replies"] = [
 (W1, EW, 1, "Dr Eleanor Whitcombe", "nato-non-expansion", "mentions", 1, D),
 (W1, EW, 1, "Dr Eleanor Whitcombe", "written-legal-guarantees", "mentions", 1, D),
 (W1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (W1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 (W2, EW, 1, "Dr Eleanor Whitcombe", "nato-non-expansion", "rejects", 1, D),
 (W2, EW, 1, "Dr Eleanor Whitcombe", "nato-open-door", "supports", 1, D),
 (W3, EW, 1, "Dr Eleanor Whitcombe", "russia-de-escalation", "supports", 1, D),
 (O1, RO, 1, "Professor Rainer Opitz", "nato-non-expansion", "mentions", 1, D),
 (O1, RO, 1, "Professor Rainer Opitz", "rollback-to-1997", "mentions", 1, D),
 (O1, RO, 1, "Professor Rainer Opitz", "no-intermediate-range-missiles", "mentions", 1, D),
 (O1, RO, 1, "Professor Rainer Opitz", "limit-military-exercises", "mentions", 1, D),
 (O1, RO, 1, "Professor Rainer Opitz", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (O1, "russia", 0, "The Russian documents", "nato-non-expansion", "supports", 1, RD),
 (O1, "russia", 0, "The Russian documents", "rollback-to-1997", "supports", 1, RD),
 (O1, "russia", 0, "The Russian documents", "no-intermediate-range-missiles", "supports", 1, RD),
 (O1, "russia", 0, "The Russian documents", "limit-military-exercises", "supports", 1, RD),
 (O1, "russia", 0, "The Russian documents", "no-warships-aircraft-in-strike-range", "supports", 1, RD),
 (O2, RO, 1, "Professor Rainer Opitz", "no-intermediate-range-missiles", "supports", 1, D),
 (O3, RO, 1, "Professor Rainer Opitz", "resume-military-dialogue", "supports", 1, D),
 (O3, "russia", 0, "The Russian side", "resume-military-dialogue", "supports", 1, ""),
 (O3, "nato", 0, "the allies", "resume-military-dialogue", "supports", 1, ""),
 (H1, NH, 1, "Dr Natalia Hrytsenko", "", "", 1, D),
 (H2, NH, 1, "Dr Natalia Hrytsenko", "rescind-bucharest-2008", "mentions", 1, D),
 (H2, NH, 1, "Dr Natalia Hrytsenko", "no-military-activity-ex-soviet", "mentions", 1, D),
 (H2, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 1, ""),
 (H2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 (A1, JA, 1, "Julian Ashworth", "written-legal-guarantees", "mentions", 1, D),
 (A1, "russia", 0, "Russia", "written-legal-guarantees", "supports", 1, ""),
 (A2, JA, 1, "Julian Ashworth", "nato-non-expansion", "mentions", 1, D),
 (A3, JA, 1, "Julian Ashworth", "russia-de-escalation", "mentions", 1, D),
]

D = "2022-02-01"
L["hungarian-government-2022-02-01-orban-moscow-press-statement"] = [
 ("Hungary is a member of the EU and NATO, we are not coming here as somebody who wants to mediate, we have no such ambition. But we would like to see that the differences of opinion between the West and Russia are bridged, and I think this is possible,", "viktor-orban", 1, "Viktor Orbán", "", "", 1, D),
 ("Reasonable security guarantees for all parties can be negotiated, and the Russian side has also submitted such proposals which can be a basis for the negotiation.", "viktor-orban", 1, "he", "", "", 1, D),
 ("Regarding the Russian demands of security guarantees, the Prime Minister told that the question of which alliance a country is joining is in the competence of that country and of the alliance, but the differences about this question shall be managed through dialogue and not through the movements of soldiers.", "viktor-orban", 1, "the Prime Minister", "nato-open-door", "supports", 0, D),
 ("President Vladimir Putin, on his part, said at the press conference that Moscow has not received answer to its main concerns in the American and NATO replies, including the non-expansion of NATO and the non-deployment of offensive weapon systems close to Russian borders.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 ("President Vladimir Putin, on his part, said at the press conference that Moscow has not received answer to its main concerns in the American and NATO replies, including the non-expansion of NATO and the non-deployment of offensive weapon systems close to Russian borders.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We are still analysing the answers, but it is already clear that the principal Russian concerns were left without attention,", "vladimir-putin", 1, "the Russian president", "", "", 1, D),
 ("We are a country in Central Europe. If there is a conflict between East and West, Central Europe always has been the loser of it, history is proving this very clearly,", "peter-szijjarto", 1, "the Minister", "", "", 1, D),
 ("It is in our interest that the dialogue continues, in every possible format, the NATO-Russia Council, the OSCE and the bilateral Russian-American talks.", "peter-szijjarto", 1, "He", "", "", 1, D),
]

write_gold(L, "articles-298", "gold-298")
