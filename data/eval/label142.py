#!/usr/bin/env python3
"""Writes the 142nd held-out gold (gold-142/*.nq) from the labels below.

Batch 142 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its seven invented articles vary outlet and form:

- pap-2022-01-13-rau-osce-vienna: PAP wire copy with front matter, straight
  quotes, crossheads in capitals, Rau at the OSCE Permanent Council, a recap of
  the NATO-Russia Council, Polish and Lithuanian reactions, an invented analyst.
- swissinfo-2022-01-10-geneva-ryabkov-sherman: SWI swissinfo.ch report with
  front matter and curly quotes; a quotation split by "he continued", two
  speakers in one sentence, a demand attributed to Moscow in passing.
- izvestia-2022-01-19-grushko-interview: Q&A interview without front matter
  (date in the text), questions labelled "Izvestia:", answers introduced by a
  dash, « » quotes; every answer paragraph is one direct quotation.
- abc-2022-01-27-us-nato-answers-liveblog: ABC News (Australia) live blog,
  UTF-8 BOM, CRLF line ends, front matter, timestamped entries newest first,
  key events and entry headings (not labelled).
- commons-2022-02-01-fac-russia-demands-evidence: House of Commons Foreign
  Affairs Committee oral evidence transcript, speaker labels with titles,
  members' questions (not labelled), invented witnesses.
- zn-2022-01-21-kuleba-reznikov-guarantees: machine-translated ZN.UA
  aggregator item without front matter, „ “ quotes with "– said X" after the
  quotation, crossheads in quotes and "Read also" link lines (not labelled).
- rusi-2022-02-04-guarantees-gambit: RUSI commentary with front matter,
  British single curly quotes, historical background (Baker 1990, Founding Act
  1997, Bucharest 2008) and words quoted from the draft agreement (not
  labelled), invented experts in the present tense ("says").

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "the minister", "", "", 1, "2022-01-13"),
 ("Rau, who was presenting the priorities of the Polish chairmanship, said Russia had to pull back the forces it had massed along Ukraine's borders and return to the principles of the Helsinki Final Act and the Charter of Paris.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("We should focus on how to achieve a peaceful resolution of the conflict in and around Ukraine, in full respect of its sovereignty and territorial integrity,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("He said the chairmanship was ready to launch a \"renewed European security dialogue\" in which military exercises and weapons deployments near Russia's borders could be discussed together with the concerns of Russia's neighbours.", "zbigniew-rau", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("He said the chairmanship was ready to launch a \"renewed European security dialogue\" in which military exercises and weapons deployments near Russia's borders could be discussed together with the concerns of Russia's neighbours.", "zbigniew-rau", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-13"),
 ("There are no first-class and second-class members of the Alliance. Poland will not become a buffer zone for anyone,", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("He also dismissed as unacceptable the proposal that the alliance commit itself never to admit new members, saying no OSCE state could be denied the right to choose its security arrangements.", "zbigniew-rau", 1, "He", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("He also dismissed as unacceptable the proposal that the alliance commit itself never to admit new members, saying no OSCE state could be denied the right to choose its security arrangements.", "zbigniew-rau", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("not a menu from which one can pick a few dishes", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not move further east and that strike weapons will not be deployed near our borders. Everything else is secondary,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not move further east and that strike weapons will not be deployed near our borders. Everything else is secondary,", "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not move further east and that strike weapons will not be deployed near our borders. Everything else is secondary,", "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("After that meeting NATO Secretary General Jens Stoltenberg said the allies had proposed restoring military-to-military channels with Moscow to reduce the risk of incidents and accidents, and had offered to reopen the liaison offices closed last autumn.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Deputy Foreign Minister Alexander Grushko, who headed the Russian delegation in Brussels, told reporters there on Wednesday that the alliance's approach was \"a dead end\" and that Moscow saw a halt to enlargement as \"an absolute imperative\".", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Decisions about what is deployed in Poland are taken in Warsaw and in NATO, not in the Kremlin,", "marcin-przydacz", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-13"),
 ("In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis said on Thursday that the allies would not scale back exercises on their own territory \"to please Moscow\".", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Tomasz Wroblewicz, an analyst at the Warsaw-based Centre for Eastern Policy Studies, said the call for NATO to withdraw its forces to the positions of 1997 was aimed less at Washington than at Warsaw and the Baltic capitals.", "tomasz-wroblewicz", 1, "Tomasz Wroblewicz", "rollback-to-1997", "mentions", 0, ""),
 ("Moscow is trying to use Vienna as a third table where it can play the Europeans against the Americans,", "tomasz-wroblewicz", 1, "he", "", "", 1, ""),
 ("The OSCE chairmanship gives Poland a seat at that table, and that is exactly what the Kremlin did not want.", "tomasz-wroblewicz", 1, "he", "", "", 1, ""),
]
L["swissinfo-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We do not trust the other side,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("and that is why we need ironclad, waterproof, bulletproof, legally binding guarantees – not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said the Americans had shown a readiness to discuss intermediate-range missiles, but that such topics were secondary as long as there was no movement on NATO’s eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Ryabkov said the Americans had shown a readiness to discuss intermediate-range missiles, but that such topics were secondary as long as there was no movement on NATO’s eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was prepared to discuss the future deployment of offensive missiles in Europe on a reciprocal basis, but warned that real progress was impossible unless Russia pulled back the troops it has gathered near Ukraine.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was prepared to discuss the future deployment of offensive missiles in Europe on a reciprocal basis, but warned that real progress was impossible unless Russia pulled back the troops it has gathered near Ukraine.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Sherman added that American security assistance to Kyiv would continue despite Moscow’s demand that the US and NATO halt all military cooperation with Ukraine and other former Soviet republics.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 ("Sherman added that American security assistance to Kyiv would continue despite Moscow’s demand that the US and NATO halt all military cooperation with Ukraine and other former Soviet republics.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Ryabkov and Sherman both said the question of restoring regular contacts between the two countries’ militaries had been raised, though neither would give details.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("Ryabkov and Sherman both said the question of restoring regular contacts between the two countries’ militaries had been raised, though neither would give details.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("In Moscow earlier on Monday, Kremlin spokesman Dmitry Peskov dismissed calls for a pullback of Russian forces, telling reporters that troop movements on Russia’s own territory were “nobody’s business”.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Switzerland is glad to offer its good offices whenever the parties believe that dialogue can make a difference,", "ignazio-cassis", 1, "Ignazio Cassis", "", "", 1, "2022-01-09"),
 ("The Russians came to Geneva for a yes or no on enlargement, and the Americans came with a list of things they were willing to talk about. That is not a negotiation, it is two monologues,", "anna-lena-brunner", 1, "Anna-Lena Brunner", "nato-non-expansion", "mentions", 1, ""),
]
G = ("alexander-grushko", 1, "Alexander Grushko")
L["izvestia-2022-01-19-grushko-interview"] = [
 ("The meeting was useful in one sense: we laid out our position frankly and in detail, and our NATO colleagues can no longer pretend that they do not understand it. But we did not hear a readiness to take our key concerns into account.", *G, "", "", 1, "2022-01-18"),
 ("Our proposal is very simple. NATO must return to the configuration of 1997, when the Founding Act was signed, and withdraw the forces and infrastructure that it has deployed since then on the territory of the states that joined later. This is not a whim, it is the minimum that would restore a balance of interests.", *G, "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("They may call it whatever they like. The so-called open-door policy is not a right of NATO to expand wherever it wants at the expense of the security of others. No one gave the alliance such a right, and we do not recognise it.", *G, "nato-open-door", "rejects", 1, "2022-01-18"),
 ("I do not see any point in this at the moment. Military channels are not a goal in themselves; for years the alliance used them mainly to lecture us. Until NATO shows that it is ready to talk about the substance of our proposals, restoring these contacts would only create an illusion of dialogue.", *G, "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("American warships and strategic bombers keep appearing in areas from which they can strike targets deep inside Russia. We have proposed a simple rule: neither side should send its warships and aircraft to such areas. The same applies to missiles. Nothing that can reach the territory of the other side should be deployed within range of it.", *G, "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("American warships and strategic bombers keep appearing in areas from which they can strike targets deep inside Russia. We have proposed a simple rule: neither side should send its warships and aircraft to such areas. The same applies to missiles. Nothing that can reach the territory of the other side should be deployed within range of it.", *G, "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("It is a step, but in the wrong direction. If the Americans think they can take the convenient elements of our package and leave aside the main thing, the non-expansion of NATO and the non-accession of Ukraine, that will not work.", *G, "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("It is a step, but in the wrong direction. If the Americans think they can take the convenient elements of our package and leave aside the main thing, the non-expansion of NATO and the non-accession of Ukraine, that will not work.", *G, "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("The Bucharest formula was a grave mistake, and it must be disavowed. As long as this promise stays on paper, it will push Kyiv towards adventures. We want a clear statement that the decision of 2008 is no longer valid.", *G, "rescind-bucharest-2008", "supports", 1, "2022-01-18"),
 ("Then we will take military-technical measures. We do not want to be put in a situation where we have to choose, but if the alliance insists on deterring us, we will respond with counter-deterrence. Nobody should have any doubts about that.", *G, "", "", 1, "2022-01-18"),
 ("Our troops are on our own territory, and we will not negotiate their movements with anyone. Talks should take place without preconditions; demands for a «withdrawal» are simply an attempt to shift the blame for the crisis onto Russia.", *G, "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("Our troops are on our own territory, and we will not negotiate their movements with anyone. Talks should take place without preconditions; demands for a «withdrawal» are simply an attempt to shift the blame for the crisis onto Russia.", *G, "no-preconditions", "supports", 1, "2022-01-18"),
 ("There is always a chance, as long as both sides are prepared to listen. We have put our cards on the table. Now it is up to them.", *G, "", "", 1, "2022-01-18"),
]
L["abc-2022-01-27-us-nato-answers-liveblog"] = [
 ("no positive answer on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Australia stands firmly with Ukraine and its people in the face of this pressure,", "marise-payne", 1, "Payne", "", "", 1, "2022-01-27"),
 ("We will not rush to conclusions. The President needs time to study these texts carefully,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Nobody in Canberra should expect this to be settled by a single exchange of letters. The Kremlin will read every line for what is missing,", "annika-solberg-reyes", 1, "she", "", "", 1, ""),
 ("Ukraine's path to NATO stays open, and nobody in Moscow will close it,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ukraine's path to NATO stays open, and nobody in Moscow will close it,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We are ready to listen to Russia's concerns. But we cannot compromise on the principles on which the security of our alliance rests, including the right of every nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Mr Stoltenberg also rejected Russia's demand that NATO pull its forces out of the allies on its eastern flank, saying there could be no \"second-class members\" of the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Mr Stoltenberg also rejected Russia's demand that NATO pull its forces out of the allies on its eastern flank, saying there could be no \"second-class members\" of the alliance.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("He said the allies had proposed reopening the NATO and Russian missions, closed last year, and restoring military-to-military contacts to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("we think that diplomacy has the best chance to succeed if we provide space for confidential talks", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
]
T = ("rosalind-tate", 1, "Rosalind Tate")
I = ("ivar-lindqvist", 1, "Ivar Lindqvist")
D = "2022-02-01"
L["commons-2022-02-01-fac-russia-demands-evidence"] = [
 ("Thank you, Chair. It is a long list, and it deliberately mixes things that could be negotiated with things that no alliance could accept and still remain an alliance.", *T, "", "", 1, D),
 ("Limits on snap exercises close to borders, and advance notification below the thresholds in the Vienna Document, would benefit both sides. That is an area where I think a deal is genuinely possible.", *T, "limit-military-exercises", "supports", 1, D),
 ("The Black Sea and the Baltic are international waters and international airspace. The idea that American ships and aircraft should stay out of any area from which they could in theory reach Russian territory would in practice shut the allies out of their own seas. It is a non-starter.", *T, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("I would not trust a moratorium on intermediate-range missiles that cannot be verified, and I would not accept one that covers the Aegis Ashore sites in Romania and Poland. Those sites are defensive and they should stay where they are.", *I, "no-intermediate-range-missiles", "rejects", 1, D),
 ("Where I see some room is in transparency: visits, inspections, data exchanges. None of that costs us anything, and all of it builds a little trust.", *I, "", "", 1, D),
 ("There are people in some capitals who think that a quiet moratorium on Ukraine's membership, or a softer reading of the Bucharest declaration, would give the Kremlin a face-saving exit. I am describing that idea, not recommending it.", *I, "no-ukraine-membership", "mentions", 1, D),
 ("There are people in some capitals who think that a quiet moratorium on Ukraine's membership, or a softer reading of the Bucharest declaration, would give the Kremlin a face-saving exit. I am describing that idea, not recommending it.", *I, "rescind-bucharest-2008", "mentions", 1, D),
 ("I would go further. Revoking the Bucharest language would be read from Chisinau to Tbilisi as NATO accepting a sphere of influence, and I would advise the Government strongly against it.", *T, "rescind-bucharest-2008", "rejects", 1, D),
 ("Negotiating with more than 100,000 troops on Ukraine's border is negotiating at gunpoint. Any substantive agreement has to follow a visible pullback, not precede it.", *T, "russia-de-escalation", "supports", 1, D),
 ("Negotiating with more than 100,000 troops on Ukraine's border is negotiating at gunpoint. Any substantive agreement has to follow a visible pullback, not precede it.", *T, "no-preconditions", "rejects", 1, D),
 ("The one thing I would prioritise is restoring military-to-military contact between NATO and Russia. Today a Russian pilot and a NATO pilot over the Baltic have nobody to call.", *I, "resume-military-dialogue", "supports", 1, D),
 ("At the same time, Ukraine's defence cooperation with this country, the NLAW deliveries and the training missions, should not be up for negotiation with anyone else.", *I, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("A legally binding treaty of the kind on the table would need ratification by the US Senate and by thirty national parliaments. Nobody in Washington is going to put that to a vote, and in Moscow they know it perfectly well.", *T, "written-legal-guarantees", "mentions", 1, D),
 ("They were written to be read by two audiences, the Kremlin and the allies, and I think they succeeded with the second.", *I, "", "", 1, D),
 ("I agree. The allies have held together far better than Moscow expected, and that in itself has changed the calculation.", *T, "", "", 1, D),
]
L["zn-2022-01-21-kuleba-reznikov-guarantees"] = [
 ("Ukraine will never accept the guarantees which are given at the expense of its sovereignty. Nobody has the right to close for us the door of NATO", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("Ukraine will never accept the guarantees which are given at the expense of its sovereignty. Nobody has the right to close for us the door of NATO", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-20"),
 ("According to Kuleba, any arrangements of the USA and Russia which will limit the military-technical cooperation of Ukraine with its partners will not be recognised by Kyiv.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-20"),
 ("knows everything that will be on the table", "dmytro-kuleba", 1, "He", "", "", 1, "2022-01-20"),
 ("We expect the concrete answers on our concrete proposals, first of all about the non-expansion of NATO to the east", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-21"),
 ("The official representative of MFA of Russia Maria Zakharova on Thursday called NATO to stop the exercises near the russian borders, which, by her words, become „more and more provocative“, and to stop the „military development“ of the territory of Ukraine.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 0, "2022-01-20"),
 ("The official representative of MFA of Russia Maria Zakharova on Thursday called NATO to stop the exercises near the russian borders, which, by her words, become „more and more provocative“, and to stop the „military development“ of the territory of Ukraine.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, "2022-01-20"),
 ("The minister of defence of Ukraine Oleksii Reznikov in the interview to ZN.UA stated, that the arriving of the instructors and the deliveries of the weapons from the partners will be continued „regardless of the Kremlin papers“.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("The russian troops near our border are the main threat, and exactly Moscow must take them away, if it wants the talks", "oleksii-reznikov", 1, "Reznikov", "russia-de-escalation", "supports", 1, ""),
 ("The russian troops near our border are the main threat, and exactly Moscow must take them away, if it wants the talks", "oleksii-reznikov", 1, "Reznikov", "no-preconditions", "rejects", 1, ""),
 ("We see the concentration of the russian forces, we analyse it every day, but today there are no grounds to say that the offensive is inevitable", "oleksii-reznikov", 1, "he", "", "", 1, ""),
 ("The secretary of the National security and defence council Oleksii Danilov on Wednesday named the demands of Moscow about the return of NATO to the borders of 1997 „the delirium“ and said that the Baltic countries and Poland will never agree to this.", "oleksii-danilov", 1, "Oleksii Danilov", "rollback-to-1997", "rejects", 0, "2022-01-19"),
 ("The secretary of the National security and defence council Oleksii Danilov on Wednesday named the demands of Moscow about the return of NATO to the borders of 1997 „the delirium“ and said that the Baltic countries and Poland will never agree to this.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Signature under the refusal from Bucharest-2008 – here is what is asked from the West. The West cannot give it, and everybody knows this very well", "taras-oliynychuk", 1, "the expert", "rescind-bucharest-2008", "mentions", 1, ""),
 ("By his words, the question of the written guarantees is first of all the instrument of pressure, and the real goal is „to fix Yalta-2“ in Europe.", "taras-oliynychuk", 1, "his", "written-legal-guarantees", "mentions", 0, ""),
 ("to keep calm and not to panic", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, "2022-01-19"),
]
L["rusi-2022-02-04-guarantees-gambit"] = [
 ("We need legally binding guarantees, and you must give them to us immediately, now,", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Are we putting our missiles near the borders of the United States? No. It is the United States that has come to our home with its missiles and is already standing at our doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Are we putting our missiles near the borders of the United States? No. It is the United States that has come to our home with its missiles and is already standing at our doorstep,", "vladimir-putin", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2021-12-23"),
 ("The notion that NATO would sign away its open door in a legally binding document is a non-starter,", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 1, "2022-01-13"),
 ("The notion that NATO would sign away its open door in a legally binding document is a non-starter,", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-13"),
 ("it is already clear that fundamental Russian concerns were ignored", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("He then sketched a scenario in which Ukraine, once inside the alliance, would try to retake Crimea by force and drag the allies into a war with Russia, his clearest statement yet of why Kyiv's membership must be excluded.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("The list has things that can be traded, such as where warships and bombers may go, and things that cannot, such as a freeze on enlargement,", "konstantin-vereshchagin", 1, "Konstantin Vereshchagin", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The list has things that can be traded, such as where warships and bombers may go, and things that cannot, such as a freeze on enlargement,", "konstantin-vereshchagin", 1, "Konstantin Vereshchagin", "nato-non-expansion", "mentions", 1, ""),
 ("That clause gets fewer headlines than enlargement but matters far more on the ground,", "hanna-kovalyk", 1, "Hanna Kovalyk", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Talks without preconditions versus de-escalation first: that is the whole quarrel in one line,", "hanna-kovalyk", 1, "Kovalyk", "no-preconditions", "mentions", 1, ""),
 ("Talks without preconditions versus de-escalation first: that is the whole quarrel in one line,", "hanna-kovalyk", 1, "Kovalyk", "russia-de-escalation", "mentions", 1, ""),
 ("Turkish Foreign Minister Mevlut Cavusoglu, whose government has offered to host talks, said on 2 February that NATO's open-door policy and Russia's security concerns could both be discussed ‘if there is goodwill’.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "nato-open-door", "mentions", 0, "2022-02-02"),
]

write_gold(L, "articles-142", "gold-142")
