#!/usr/bin/env python3
"""Writes the held-out gold of batch 333 (gold-333/*.nq) from the labels below.

Batch 333 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-26-us-written-response-moscow: Washington Post news story
  with front matter, byline; quotes with "Blinken told reporters" after the quote, a
  background paragraph (Baker 1990, Bucharest 2008), anonymous official, two analysts.
- sputnik-2022-01-13-ryabkov-dead-end: Sputnik story in translation, no front matter,
  translated-English oddities, nested "open doors" quotation, short quoted fragments
  inside reported speech, demands from the December drafts, "Read also" links.
- eeas-2022-01-24-borrell-fac-press-conference: EU Foreign Affairs Council press
  conference transcript (Borrell), no front matter; each answer paragraph is a direct
  quotation, questions carry demands but get no label.
- euronews-2022-02-01-putin-ignored-concerns: Euronews story with front matter; Putin's
  three demands, an interrupted quotation, crossheads, a Lavrov quote dated "on Friday".
- sky-news-2022-01-21-blinken-lavrov-geneva-live: Sky News live page, reverse-chronological
  time stamps, key points and entry headings (unlabelled), analysis entry, Moscow's demands
  in the welcome post.
- gmf-2022-01-27-experts-react-us-nato-answers: German Marshall Fund "experts react" with
  front matter; each expert paragraph treated as a direct quotation, analysts' own stances,
  Founding Act history inside an expert's paragraph.
- canada-house-of-commons-2022-01-31-faae-evidence-ukraine: Canadian House of Commons
  committee Evidence (UTF-8 BOM, CRLF), speaker labels with ridings, MPs' questions
  unlabelled, official and professor answers.

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

D = "washington-post-2022-01-26-us-written-response-moscow"
L[D] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Secretary of State Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He added that the response laid out possible reciprocal limits on the placement of offensive missile systems and on the size and scope of military exercises, areas where he said \"we see the possibility of progress.\"", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He added that the response laid out possible reciprocal limits on the placement of offensive missile systems and on the size and scope of military exercises, areas where he said \"we see the possibility of progress.\"", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Russia, which has massed roughly 100,000 troops near Ukraine's borders, has insisted since mid-December that the United States and its allies sign binding treaties that would rule out any further expansion of the alliance and pull its forces back to where they stood in 1997, before former Warsaw Pact states joined.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia, which has massed roughly 100,000 troops near Ukraine's borders, has insisted since mid-December that the United States and its allies sign binding treaties that would rule out any further expansion of the alliance and pull its forces back to where they stood in 1997, before former Warsaw Pact states joined.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia, which has massed roughly 100,000 troops near Ukraine's borders, has insisted since mid-December that the United States and its allies sign binding treaties that would rule out any further expansion of the alliance and pull its forces back to where they stood in 1997, before former Warsaw Pact states joined.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("If there is no constructive answer and the West continues its aggressive line, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-26"),
 ("Peskov said Moscow's key concern remained ironclad commitments that NATO would stop moving toward Russia's frontiers.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, ""),
 ("Peskov said Moscow's key concern remained ironclad commitments that NATO would stop moving toward Russia's frontiers.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 0, ""),
 ("We cannot compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said NATO was ready to listen to Russia's concerns on arms control but that Russia would have to withdraw its forces from Ukraine's vicinity to show it was serious.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("The official said Washington wanted Russia to pull back its forces as a first step, but that the offer of talks was not conditioned on it.", "us-state-department", 0, "The official", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("The official said Washington wanted Russia to pull back its forces as a first step, but that the offer of talks was not conditioned on it.", "us-state-department", 0, "The official", "no-preconditions", "supports", 0, "2022-01-26"),
 ("A senior State Department official, briefing reporters on the condition of anonymity under ground rules set by the administration, said the response also proposed reviving conversations about military incidents at sea and in the air.", "us-state-department", 0, "A senior State Department official", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-26"),
 ("Sen. Robert Menendez (D-N.J.), chairman of the Foreign Relations Committee, said in a statement that the administration had been right to refuse Moscow a veto over the choices of sovereign nations.", "robert-menendez", 1, "Sen. Robert Menendez", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The offer on missiles is real and it is something Moscow asked for in 2019 and again in December,", "olivia-brandt-hastings", 1, "Olivia Brandt-Hastings", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("But the Kremlin put enlargement at the top of its list, and on that point the answer is a flat no. I do not see Putin calling that a win.", "olivia-brandt-hastings", 1, "Olivia Brandt-Hastings", "nato-non-expansion", "mentions", 1, "2022-01-26"),
 ("They said from the start they would not pick the convenient parts and drop the rest,", "natalia-voronova", 1, "she", "", "", 1, "2022-01-26"),
 ("There is nothing in it about Ukraine without Ukraine,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-26"),
]

D = "sputnik-2022-01-13-ryabkov-dead-end"
L[D] = [
 ("I do not see reasons to sit down in the coming days, to gather again and to start these same discussions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("We see a certain dead end or difference of approaches.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("According to the diplomat, the American side showed readiness to discuss secondary questions, while the main thing for Moscow - it is the non-enlargement of NATO and the refusal of the bloc from deploying attack weapons near Russian borders - was pushed aside.", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("According to the diplomat, the American side showed readiness to discuss secondary questions, while the main thing for Moscow - it is the non-enlargement of NATO and the refusal of the bloc from deploying attack weapons near Russian borders - was pushed aside.", "sergei-ryabkov", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("For us it is absolutely obligatory that Ukraine never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("The deputy minister said that Russia does not accept any idea of a moratorium on the expansion.", "sergei-ryabkov", 1, "The deputy minister", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The deputy minister said that Russia does not accept any idea of a moratorium on the expansion.", "sergei-ryabkov", 1, "The deputy minister", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("on paper, in legally binding form", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("I do not want to confirm anything, I do not want to exclude anything,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Grushko said after the meeting that Russia gave to NATO a clear message that the alliance must stop the policy of open doors, which is a threat to Russia.", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("Grushko said after the meeting that Russia gave to NATO a clear message that the alliance must stop the policy of open doors, which is a threat to Russia.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("The policy of \"open doors\" is not a sacred cow for us, it is a tool of the geopolitical expansion,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("According to Grushko, the alliance members are not ready to work on the Russian proposals about the non-placement of the intermediate-range missiles and about the reduction of military activity in the border zones.", "alexander-grushko", 1, "Grushko", "no-intermediate-range-missiles", "supports", 0, "2022-01-12"),
 ("According to Grushko, the alliance members are not ready to work on the Russian proposals about the non-placement of the intermediate-range missiles and about the reduction of military activity in the border zones.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("According to Grushko, the alliance members are not ready to work on the Russian proposals about the non-placement of the intermediate-range missiles and about the reduction of military activity in the border zones.", "russia", 0, "Russian", "no-intermediate-range-missiles", "supports", 0, ""),
 ("According to Grushko, the alliance members are not ready to work on the Russian proposals about the non-placement of the intermediate-range missiles and about the reduction of military activity in the border zones.", "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("He said that NATO instead put forward its \"de-escalation\" demand, which Moscow considers as attempt to dictate where Russia moves troops on its own territory.", "alexander-grushko", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-12"),
 ("He said that NATO instead put forward its \"de-escalation\" demand, which Moscow considers as attempt to dictate where Russia moves troops on its own territory.", "nato", 0, "NATO", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("There are also positive elements, nuances, but on the principal questions we saw disagreement,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-13"),
 ("concrete articles, and not talk", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Either we agree on legally binding guarantees of non-expansion of NATO to the east, or Russia will be forced to take adequate military-technical measures,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("Either we agree on legally binding guarantees of non-expansion of NATO to the east, or Russia will be forced to take adequate military-technical measures,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Our patience has come to the end,", "sergei-lavrov", 1, "he", "", "", 1, ""),
 ("US Deputy Secretary of State Wendy Sherman after the Geneva talks said that the US firmly rejected security proposals which are \"simply non-starters\", and that Washington will not allow anyone to close the open door policy of NATO.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
]

D = "eeas-2022-01-24-borrell-fac-press-conference"
JB = "josep-borrell"; DT = "2022-01-24"
L[D] = [
 ("Good afternoon. Thank you for being here.", JB, 1, "Josep Borrell", "", "", 1, DT),
 ("Today the Foreign Affairs Council was dominated, as you can imagine, by the situation around Ukraine and the broader questions of European security. We had the pleasure to have with us, by videoconference, the Secretary of State of the United States, Antony Blinken, who briefed the ministers on his meeting with Foreign Minister [Sergei] Lavrov in Geneva last Friday.", JB, 1, "Josep Borrell", "", "", 1, DT),
 ("Let me be very clear on the main message. The European Union is united, and we are in full coordination with the United States, with NATO and with the OSCE. Any further military aggression against Ukraine will have massive consequences and severe costs.", JB, 1, "Josep Borrell", "", "", 1, DT),
 ("We adopted conclusions today. In these conclusions we call on Russia to de-escalate, to abide by international law and to engage constructively in dialogue through the established international mechanisms. We are not going to accept that the build-up of more than 100,000 soldiers at the border of Ukraine becomes the new normal.", JB, 1, "Josep Borrell", "russia-de-escalation", "supports", 1, DT),
 ("On the Russian proposals. We have said it many times, and I repeat it today: the European security architecture cannot be discussed without the Europeans. The Russian drafts would have us go back to a world of spheres of influence, where big powers decide the fate of their neighbours. This is not the Europe of 2022. The principle that every country is free to choose its own alliances is not negotiable, and it is not for Moscow to decide who joins NATO and who does not.", JB, 1, "Josep Borrell", "nato-open-door", "supports", 1, DT),
 ("On the Russian proposals. We have said it many times, and I repeat it today: the European security architecture cannot be discussed without the Europeans. The Russian drafts would have us go back to a world of spheres of influence, where big powers decide the fate of their neighbours. This is not the Europe of 2022. The principle that every country is free to choose its own alliances is not negotiable, and it is not for Moscow to decide who joins NATO and who does not.", JB, 1, "Josep Borrell", "nato-non-expansion", "rejects", 1, DT),
 ("At the same time, we are ready to discuss. There are things on the table – arms control, transparency, risk reduction – where we can find common ground, and we support the efforts of our American friends and of NATO to bring these topics into the conversation.", JB, 1, "Josep Borrell", "", "", 1, DT),
 ("We have been consulted, closely consulted. Secretary Blinken assured me again this morning that nothing will be decided about European security without the Europeans. The answer will be given by the United States and by NATO, each on their own part, but the Member States of the European Union which are members of NATO are participating in this process.", JB, 1, "Josep Borrell", "", "", 1, DT),
]
P = "About the content, I will not anticipate. But I can tell you that there will be no written commitment to close the door of NATO to anybody. This is not something that can be given. Ukraine is a sovereign country and it decides its own future."
for d, s in [("nato-non-expansion", "rejects"), ("nato-open-door", "supports"), ("no-ukraine-membership", "rejects"), ("written-legal-guarantees", "rejects")]:
    L[D].append((P, JB, 1, "Josep Borrell", d, s, 1, DT))
P = "This is a Russian demand, yes, and it is completely unacceptable for us. I remind you that these are Member States of the European Union, with the same rights as everybody. You cannot have first-class and second-class members of an alliance or of a union. Nobody can ask the European Union to accept that part of its territory becomes a kind of buffer zone."
L[D] += [
 ("We are not going to do the same. We are not going to leave Ukraine. I do not think that we have to dramatise, as long as the negotiations are going on.", JB, 1, "Josep Borrell", "", "", 1, DT),
 ("On sanctions, the work is being done. I am not going to tell you the details. What I can tell you is that we are prepared, and that the response will be quick and it will be united.", JB, 1, "Josep Borrell", "", "", 1, DT),
 (P, JB, 1, "Josep Borrell", "rollback-to-1997", "rejects", 1, DT),
 (P, "russia", 0, "Russian demand", "rollback-to-1997", "supports", 0, ""),
]
P = "The same applies. Georgia has the right to choose. Bucharest is history, I am not going to reopen now what was said in 2008, but the principle is the principle."
for d, s in [("nato-open-door", "supports"), ("no-ukraine-membership", "rejects"), ("rescind-bucharest-2008", "rejects")]:
    L[D].append((P, JB, 1, "Josep Borrell", d, s, 1, DT))

D = "euronews-2022-02-01-putin-ignored-concerns"
VP = "vladimir-putin"; DT = "2022-02-01"
P = "We did not see an adequate consideration of our three key demands regarding NATO's expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997."
Q = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
M = "For the domestic audience, he repeats the three demands. For Europe, he says he is still open to talk. The West should test that, on missiles and exercises, where it has something to offer."
Z = "Ukraine's NATO aspirations were not up for negotiation with Moscow, Zelensky's office said in a statement."
L[D] = [
 ("It is already clear now, I informed the Prime Minister about this, that fundamental Russian concerns were ignored,", VP, 1, "Putin", "", "", 1, DT),
 (P, VP, 1, "Putin", "nato-non-expansion", "supports", 1, DT),
 (P, VP, 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, DT),
 (P, VP, 1, "Putin", "rollback-to-1997", "supports", 1, DT),
 ("The Russian leader also took aim at the idea, repeated by Western capitals, that every nation is free to pick its own allies.", VP, 1, "The Russian leader", "nato-open-door", "rejects", 0, DT),
 ("He argued that the principle of \"indivisible security\", written into OSCE documents signed in Istanbul in 1999 and Astana in 2010, meant no state could strengthen its security at the expense of others.", VP, 1, "He", "nato-open-door", "rejects", 0, DT),
 ("Let's imagine Ukraine is a NATO member and starts these military operations", VP, 1, "Putin", "no-ukraine-membership", "supports", 1, DT),
 ("What, are we supposed to go to war with the NATO bloc? Has anyone thought about that? It appears not.", VP, 1, "Putin", "no-ukraine-membership", "supports", 1, DT),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy,", VP, 1, "he", "", "", 1, DT),
 ("State Department spokesman Ned Price said the United States remained ready for \"serious diplomacy\" but would not budge on the open-door policy.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, DT),
 ("We are not going to compromise on the principle that countries get to choose their own partners,", "ned-price", 1, "Price", "nato-open-door", "supports", 1, DT),
 ("Lavrov earlier told Russian radio stations that the written answers contained some \"rational grains\" on secondary issues, such as intermediate-range missiles, but nothing on the main question.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 (Q, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (Q, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("European Commission spokesperson Peter Stano said that the EU's line was clear: Russia must pull back its forces and return to diplomacy.", "peter-stano", 1, "Peter Stano", "russia-de-escalation", "supports", 0, DT),
 ("Hungary is interested in peace and in a Europe where no cold war returns,", "peter-szijjarto", 1, "he", "", "", 1, DT),
 ("Putin is playing to two audiences,", "helene-martinot-duval", 1, "Hélène Martinot-Duval", "", "", 1, DT),
 (M, "helene-martinot-duval", 1, "Hélène Martinot-Duval", "no-intermediate-range-missiles", "mentions", 1, DT),
 (M, "helene-martinot-duval", 1, "Hélène Martinot-Duval", "limit-military-exercises", "mentions", 1, DT),
 (Z, "ukraine", 0, "Zelensky's office", "no-ukraine-membership", "rejects", 0, DT),
 (Z, "ukraine", 0, "Zelensky's office", "nato-open-door", "supports", 0, DT),
]

D = "sky-news-2022-01-21-blinken-lavrov-geneva-live"
DT = "2022-01-21"; AB = "antony-blinken"
W = "Russia has demanded that NATO rule out membership for Ukraine and roll back its deployments in eastern Europe."
N = "The US and its allies have called those demands non-starters."
L[D] = [
 ("We must all make every effort to find a diplomatic way through this,", "ben-wallace", 1, "he", "", "", 1, DT),
 ("Moscow wants the West to shut the door to Ukraine forever.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Washington says that is not its decision to make.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 ("Washington says that is not its decision to make.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("I cannot say whether we are on the right track or not. We will understand when we receive the American answer on paper to all our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, DT),
 ("Lavrov also repeated that the presence of NATO instructors and weapons in Ukraine was unacceptable to Moscow, and called on the West to stop \"pumping\" weapons into the country.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, DT),
 ("We were clear there are core principles that the United States and our partners and allies will defend, even as we engage in diplomacy,", AB, 1, "he", "", "", 1, DT),
 ("That includes the principle that NATO's door is open. No country, no country, can dictate the alliance's choices.", AB, 1, "he", "nato-open-door", "supports", 1, DT),
 ("Blinken said he had raised the question of a Russian pullback.", AB, 1, "Blinken", "russia-de-escalation", "supports", 0, DT),
 ("If Russia wants to begin to persuade the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating, by bringing its forces back,", AB, 1, "Blinken", "russia-de-escalation", "supports", 1, DT),
 ("I can't tell you whether that's going to work or not. But we are on a clear path in terms of understanding each other's concerns.", AB, 1, "he", "", "", 1, DT),
 ("Kremlin spokesman Dmitry Peskov told reporters that troop movements on Russian territory were nobody else's business and rejected calls for Moscow to pull back.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, DT),
 ("There is a threat, but it is no greater than it was a year ago,", "dmytro-kuleba", 1, "he", "", "", 1, DT),
 ("He added that Ukraine would never accept any deal \"about us, without us\", and that its choice of alliances would not be discussed with Moscow.", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, DT),
 ("Ukraine must be able to defend itself, and we are helping it do that.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "", "", 1, DT),
 (W, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (W, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (N, "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, ""),
 (N, "united-states", 0, "The US", "rollback-to-1997", "rejects", 0, ""),
]

D = "gmf-2022-01-27-experts-react-us-nato-answers"
DT = "2022-01-27"
T1 = "Moscow has gotten something it did not have in December: a structured offer on arms control, including reciprocal transparency for the Aegis Ashore sites in Romania and Poland and possible limits on land-based missiles in Europe. That is not trivial. Russia has wanted exactly this since the INF Treaty died in 2019."
T2 = "But the Kremlin framed its drafts as a take-it-or-leave-it package, and the heart of the package is that NATO stops growing. The West has said no to that, and it is right to do so. No alliance can sign away the sovereign choices of countries that are not even at the table. If Putin now walks away from the missile offer, we will know that the arms control part was never the point."
A1 = "I would watch the sequencing. Washington has now asked, publicly and in writing, that Russia pull its forces back from Ukraine's border as a sign of good faith. Moscow has said for weeks it will not accept conditions on its own territory. So each side is asking the other to move first."
A2 = "The more dangerous piece is the one nobody talks about: Russia's demand that NATO send no troops to, and hold no exercises with, countries like Ukraine, Georgia, and Moldova. That would turn a third of the former Soviet space into a zone where Russia alone decides. I think Europe should say so more clearly than it has. Restraint on exercises close to borders, mutually agreed and verifiable, is another matter entirely, and it is something the West can and should offer."
M1 = "In Warsaw and Vilnius the reading is simple. The Russian draft would send NATO back behind the line of 1997 and leave us as a grey zone without allied troops. That was never negotiable, and yesterday's letters confirm it. I am relieved."
M2 = "History matters here. The 1997 Founding Act committed NATO not to permanently station \"substantial combat forces\" on new members' territory under the security environment of the time. Russia's invasion of Georgia in 2008 and of Crimea in 2014 changed that environment, and the enhanced forward presence of 2016 was the answer."
J1 = "The paper reportedly revives something that got lost in the noise: a return to regular military-to-military channels and incident-prevention talks. Frankly, this should not be controversial. During the Cold War our militaries talked more than they do now. Whatever Russia decides on the big questions, resuming those lines is in everyone's interest and I would support doing it immediately."
J2 = "On the timing: the Kremlin says it wants legally binding guarantees, not promises, and it has said it will not be strung along. Peskov told reporters on Wednesday that Moscow would not rush to conclusions. I take that to mean they already know what they will say."
S1 = "Ukrainians read these letters for one thing: did anybody trade our future? The answer, as far as we know, is no. The Bucharest promise of 2008 has not been withdrawn, even if no one in Brussels expects Ukraine to join soon."
S2 = "But I would caution against celebrating. Russia says it needs a guarantee that Ukraine will never join. It cannot get that from NATO, so it may try to get it on the ground. The 100,000 troops have not gone home."
TL = "tobias-lindqvist-aro"; AO = "amara-okonjo-reyes"; MZ = "marek-zielinski-fox"; JW = "jonathan-whitcombe"; SH = "sofiya-hrytsenko"
L[D] = [
 ("Neither text has been made public, but US Secretary of State Antony Blinken said the answer offers \"a serious diplomatic path\" while leaving the alliance's open-door policy untouched.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("can be the basis for a serious conversation on secondary topics.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, DT),
 (T1, TL, 1, "Tobias Lindqvist-Aro", "no-intermediate-range-missiles", "mentions", 1, DT),
 (T2, TL, 1, "Tobias Lindqvist-Aro", "nato-non-expansion", "rejects", 1, DT),
 (T2, TL, 1, "Tobias Lindqvist-Aro", "nato-open-door", "supports", 1, DT),
 (T2, TL, 1, "Tobias Lindqvist-Aro", "no-intermediate-range-missiles", "mentions", 1, DT),
 (T2, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (A1, AO, 1, "Dr. Amara Okonjo-Reyes", "russia-de-escalation", "mentions", 1, DT),
 (A2, AO, 1, "Dr. Amara Okonjo-Reyes", "no-military-activity-ex-soviet", "rejects", 1, DT),
 (A2, AO, 1, "Dr. Amara Okonjo-Reyes", "limit-military-exercises", "supports", 1, DT),
 (A2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (M1, MZ, 1, "Marek Zieliński-Fox", "rollback-to-1997", "rejects", 1, DT),
 (M1, "russia", 0, "The Russian draft", "rollback-to-1997", "supports", 0, ""),
 (M2, MZ, 1, "Marek Zieliński-Fox", "", "", 1, DT),
 (J1, JW, 1, "Jonathan Whitcombe", "resume-military-dialogue", "supports", 1, DT),
 (J2, JW, 1, "Jonathan Whitcombe", "written-legal-guarantees", "mentions", 1, DT),
 (J2, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (S1, SH, 1, "Sofiya Hrytsenko", "rescind-bucharest-2008", "mentions", 1, DT),
 (S2, SH, 1, "Sofiya Hrytsenko", "no-ukraine-membership", "mentions", 1, DT),
 (S2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
]

D = "canada-house-of-commons-2022-01-31-faae-evidence-ukraine"
DT = "2022-01-31"; CD = "catherine-dufresne-hall"; RH = "roman-hnatyshyn"
C2 = "Since the fall, Russia has assembled more than 100,000 troops, with armour, artillery and air support, around Ukraine's borders and, more recently, in Belarus. Canada's position is clear and has been shared with our allies: Russia must de-escalate and pull those forces back, and any further incursion would be met with severe and coordinated costs."
C3 = "On December 17, Moscow published two draft documents, one addressed to the United States and one to NATO. I will not read them to you, but in essence they ask the alliance to renounce any further enlargement, including to Ukraine and Georgia, and to remove forces stationed on the territory of allies who joined after May 1997. That would include the Canadian-led battlegroup in Latvia."
C4 = "Canada has been clear that these are not acceptable. The minister said so to her Russian counterpart's deputy, and she said so publicly in Kyiv on January 18. NATO's door remains open, and it is for Ukrainians, and only Ukrainians, to decide whether to seek membership."
C5 = "At the same time, Canada supported the written responses that the United States and NATO delivered on January 26. Those responses propose discussions on reciprocal transparency, on risk reduction, and on the restoration of channels of communication between NATO and Russia, including military ones."
C6 = "No. I want to be precise. There is no scenario in which Canada would sign a legal instrument that closes the alliance to a third country. That would contradict the Helsinki Final Act and the Paris Charter, which Russia itself signed."
C7 = "What we are prepared to look at, with allies, are confidence-building measures. Notification of exercises, for example, and limits agreed on a reciprocal basis. That is something that serves our security too."
C8 = "Yes. The government's position is that the enhanced forward presence is defensive and proportionate, and that allies will not withdraw it because Moscow asks."
H1 = "I do not think anyone in Moscow believes that. The drafts were written to be refused. They give the Kremlin a record that says, \"We asked, and we were ignored.\" Mr. Lavrov has already used that line."
H2 = "At the same time, I would not dismiss everything in them. The proposal to keep warships and bombers out of ranges from which they can strike each other's territory is an old arms control idea. It existed in various forms in the 1980s. If the West can take that idea back and make it reciprocal, I think it should."
H3 = "But the core of the Russian position is the claim that Ukraine belongs in a Russian sphere. The demand that Ukraine never join NATO is, in my view, unacceptable, and Canadians of Ukrainian origin, more than 1.3 million people, understand that very well."
C9 = "The minister heard from President Zelensky and from Minister Kuleba that Ukraine wants diplomacy to succeed and that it will not accept any decisions on its future taken without it."
C10 = "Minister Kuleba also asked for support in the form of defensive equipment and for economic support, and the government announced a loan of up to $120 million."
N = "Ms. Catherine Dufresne-Hall"
L[D] = [
 ("Thank you, Mr. Chair, and thank you to the members for the invitation.", CD, 1, N, "", "", 1, DT),
 (C2, CD, 1, N, "russia-de-escalation", "supports", 1, DT),
 (C3, CD, 1, N, "nato-non-expansion", "mentions", 1, DT),
 (C3, CD, 1, N, "no-ukraine-membership", "mentions", 1, DT),
 (C3, CD, 1, N, "rollback-to-1997", "mentions", 1, DT),
 (C3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (C3, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (C3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (C4, CD, 1, N, "nato-open-door", "supports", 1, DT),
 (C4, CD, 1, N, "nato-non-expansion", "rejects", 1, DT),
 (C4, CD, 1, N, "no-ukraine-membership", "rejects", 1, DT),
 (C4, CD, 1, N, "rollback-to-1997", "rejects", 1, DT),
 (C5, CD, 1, N, "resume-military-dialogue", "mentions", 1, DT),
 (C6, CD, 1, N, "written-legal-guarantees", "rejects", 1, DT),
 (C6, CD, 1, N, "nato-non-expansion", "rejects", 1, DT),
 (C6, CD, 1, N, "nato-open-door", "supports", 1, DT),
 (C7, CD, 1, N, "limit-military-exercises", "mentions", 1, DT),
 (C8, CD, 1, N, "rollback-to-1997", "rejects", 1, DT),
 (C8, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (H1, RH, 1, "Prof. Roman Hnatyshyn", "", "", 1, DT),
 (H2, RH, 1, "Prof. Roman Hnatyshyn", "no-warships-aircraft-in-strike-range", "supports", 1, DT),
 (H3, RH, 1, "Prof. Roman Hnatyshyn", "no-ukraine-membership", "rejects", 1, DT),
 (H3, "russia", 0, "Russian position", "no-ukraine-membership", "supports", 0, ""),
 (C9, CD, 1, N, "", "", 1, DT),
 (C10, CD, 1, N, "", "", 1, DT),
]

write_gold(L, "articles-333", "gold-333")
