#!/usr/bin/env python3
"""Writes the ninety-fifth held-out gold (gold-95/*.nq) from the labels below.

Batch 95 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw of the December 2021 -
February 2022 crisis over Russia's "security guarantees":

- ap-2022-01-10-geneva-ryabkov-sherman: AP wire copy from the Geneva talks,
  front matter, straight quotes; a lede with two speakers, a quotation split
  by "Sherman told reporters", attribution after the quotation, indirect
  speech running on into a second sentence ("he went on"), quoted text of
  the draft treaty and the 1990 Gorbachev story (not labelled).
- state-2022-01-10-sherman-geneva-press-call: State Department transcript of
  Sherman's telephone briefing, no front matter (date in the heading), speaker
  labels in capitals, Price as moderator and journalists' questions (no
  labels), answers of one and two paragraphs.
- rusnews24-2022-01-14-lavrov-patience-guarantees: machine-translated
  aggregator, no front matter ("14 Jan, 2022 15:06"), « » and „ “ quotes
  closed by "– has told Lavrov", roles ("the head of the Russian diplomacy",
  "the diplomat"), Baker 1990 recalled (not labelled), "Read also" link lines.
- politico-2022-01-12-nato-russia-council-live: Politico Europe live blog,
  reverse-chronological timestamped entries with crossheads, curly quotes, a
  senior EU official, Moscow's demands mentioned in passing in Western
  speakers' sentences.
- bbcm-2022-01-27-russian-tv-us-reply: BBC Monitoring digest of Russian TV
  after the written answers, UTF-8 BOM and CRLF line ends, [Presenter] and
  [Speaker] labels, a summary (not labelled), Blinken quoted from the day
  before, a passive attribution ("was also repeated by").
- kyivpost-2022-01-28-kuleba-interview: Kyiv Post Q&A with Kuleba, interview
  held the day before publication, two-paragraph answers.
- economist-2022-02-05-what-russia-wants: Economist analysis without front
  matter ("Feb 5th 2022"), curly quotes, invented analysts quoted with "says",
  Putin's 1 February verdict, two speakers in one sentence, a long
  historical paragraph (Baker 1990, Founding Act 1997, Bucharest 2008) and
  quotations from documents and from unnamed diplomats (not labelled).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label);
  journalists' questions and the moderator get no label; the speaker name is
  the one the speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label; reported speech about no demand, or about demands
  left unspecified ("the main issues", "fundamental concerns"), gets none;
- historical background, words quoted from documents, headlines, crossheads,
  standfirsts, summaries and link lines are not labelled; statements by
  unnamed groups ("Western diplomats", "Russian officials") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  is also Russia's label (speaker russia, not a person), undated when no day
  is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union; speaker name = the words naming the speaker at that point,
  pronouns as written, titles (Mr, Ms, Foreign Minister ...) dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-10"
lede = "Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow's chief negotiator insisted that Ukraine must never be allowed to join NATO and Washington refused to give up the alliance's policy of keeping its door open to new members."
ry2 = "It would also insist, he went on, that U.S. warships and bombers stay out of areas from which they could strike Russian territory."
L["ap-2022-01-10-geneva-ryabkov-sherman"] = [
 (lede, "sergei-ryabkov", 1, "Moscow's chief negotiator", "no-ukraine-membership", "supports", 0, d),
 (lede, "united-states", 0, "Washington", "nato-open-door", "supports", 0, d),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, d),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, d),
 ("He said Russia had no plans to attack Ukraine, but he dismissed as unacceptable Western calls for Moscow to pull back the roughly 100,000 troops it has massed near the Ukrainian border, saying the country was free to move its forces around its own territory.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, d),
 ("Ryabkov said Russia still wanted a mutual ban on deploying intermediate-range missiles within reach of each other's territory.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, d),
 (ry2, "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 0, d),
 ("Asked whether Moscow would keep talking if the U.S. did not budge, Ryabkov said Russia had come to Geneva without any preconditions and expected Washington to negotiate in the same spirit, but warned that there was \"no point\" in more meetings without progress on the key issues.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, d),
 ("We firmly pushed back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, d),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, d),
 ("But the American diplomat rejected the idea that the United States would negotiate the withdrawal of U.S. and allied troops from countries that joined NATO after the Cold War, saying no decision about allies' forces would be made without those allies at the table.", "wendy-sherman", 1, "the American diplomat", "rollback-to-1997", "rejects", 0, d),
 ("We cannot make real progress in an atmosphere of escalation and threats, with tanks and troops massed at Ukraine's border,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, d),
 ("We are not going to negotiate for the sake of negotiating,", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
]

S = "SHERMAN"
p2 = "We firmly pushed back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance. And we will not forgo bilateral cooperation with sovereign states that wish to work with the United States, Ukraine and Georgia included."
p3 = "At the same time, we made clear that we are prepared to move forward in areas that are of interest to both of us. We discussed the placement of intermediate-range missiles in Europe, and we indicated that we are open to discussing it on a reciprocal basis. The same goes for the size and scope of military exercises and for greater transparency about them."
a1 = "On the second part, the answer is no as well. NATO membership is for Ukraine and the 30 allies to decide, and nobody else. We are not going to make commitments on NATO's behalf, and we are certainly not going to bargain away the right of any country to choose its own alliances."
L["state-2022-01-10-sherman-geneva-press-call"] = [
 ("Thank you very much, Ned, and good evening, everyone. Today the United States and Russia met here in Geneva for an extraordinary session of the Strategic Stability Dialogue. I led the U.S. interagency delegation, and Deputy Foreign Minister Ryabkov led the Russian side. We had a frank and forthright discussion that lasted nearly eight hours.", "wendy-sherman", 1, S, "", "", 1, d),
 (p2, "wendy-sherman", 1, S, "nato-open-door", "supports", 1, d),
 (p2, "wendy-sherman", 1, S, "no-military-activity-ex-soviet", "rejects", 1, d),
 (p3, "wendy-sherman", 1, S, "no-intermediate-range-missiles", "mentions", 1, d),
 (p3, "wendy-sherman", 1, S, "limit-military-exercises", "mentions", 1, d),
 ("These are two-way streets. Any understanding would have to address our concerns as well as Russia's, and it would have to be reached in full coordination with our allies and partners in Europe. We will be in Brussels on Wednesday and in Vienna on Thursday to do exactly that.", "wendy-sherman", 1, S, "", "", 1, d),
 ("Finally, we were clear that real progress will be very difficult in an atmosphere of escalation. Russia can demonstrate that it is serious about diplomacy by pulling back the forces it has massed along Ukraine's borders. With that, I'm happy to take your questions.", "wendy-sherman", 1, S, "russia-de-escalation", "supports", 1, d),
 ("On the first part, no, we did not get any such assurance, and I would not expect one after a single day of talks.", "wendy-sherman", 1, S, "", "", 1, d),
 (a1, "wendy-sherman", 1, S, "no-ukraine-membership", "rejects", 1, d),
 (a1, "wendy-sherman", 1, S, "nato-open-door", "supports", 1, d),
 ("We are not going to agree to a moratorium on NATO enlargement, now or later.", "wendy-sherman", 1, S, "nato-non-expansion", "rejects", 1, d),
 ("As for paper, we have said all along that if we see a basis to make progress, we are prepared to put ideas in writing, and that some arms control and transparency arrangements could eventually take a legally binding form. But we are a long way from that.", "wendy-sherman", 1, S, "written-legal-guarantees", "mentions", 1, d),
 ("We have not set preconditions for these talks, and we will keep talking. But we are realistic about the environment in which we are talking.", "wendy-sherman", 1, S, "no-preconditions", "supports", 1, d),
 ("On military channels, yes. We believe more regular contact between our militaries reduces the risk of accidents and miscalculation, and we told the Russian delegation we would welcome that. Chairman Milley and General Gerasimov already speak, and we would like to see more of that at every level.", "wendy-sherman", 1, S, "resume-military-dialogue", "supports", 1, d),
]

d = "2022-01-14"
lv2 = "According to the minister, the key for Moscow remains the guarantee of the non-expansion of NATO to the east and of the non-deployment of the strike weapon systems near the Russian borders."
ra = "The chairman-in-office of the OSCE, the head of the MFA of Poland Zbigniew Rau, on Thursday in Vienna has declared, that Moscow has asked for the dialogue without the preconditions and that the OSCE is ready to give for it the platform."
L["rusnews24-2022-01-14-lavrov-patience-guarantees"] = [
 ("The minister of foreign affairs of Russia Sergei Lavrov on Friday at the annual press conference on the results of the Russian diplomacy in 2021 has declared, that Russia needs the guarantees fixed on the paper and legally obligatory, and not the verbal promises of the western partners.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, d),
 ("We are at the end of our patience. The West got carried away and behaved arrogantly for many years", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 (lv2, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, d),
 (lv2, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 0, d),
 ("The minister has added, that the movements of the troops on the territory of Russia are the internal affair and nobody has the right to demand from Moscow their withdrawal.", "sergei-lavrov", 1, "The minister", "russia-de-escalation", "rejects", 0, d),
 ("Without the guarantee about the non-deployment of the warships and the strategic bombers in the zones, from where they can strike our territory, the balance cannot be restored", "sergei-ryabkov", 1, "the diplomat", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("He has stated also, that Russia insists on the reduction of the scale of the military exercises of NATO near the Russian borders.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("We consider it necessary to continue the dialogue, without any preliminary conditions", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, d),
 (ra, "zbigniew-rau", 1, "Zbigniew Rau", "no-preconditions", "mentions", 0, "2022-01-13"),
 (ra, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("The risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The West has offered to Russia the crumbs, and Moscow will not agree to the crumbs", "gennady-borovikov", 1, "he", "", "", 1, ""),
 ("In them Moscow asks in particular the refusal of NATO from any military activity on the territory of Ukraine and other states of Eastern Europe, of the South Caucasus and of the Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

d = "2022-01-12"
s1 = "US Deputy Secretary of State Wendy Sherman, who led the American delegation at the council, told reporters that Russia’s insistence that NATO rule out ever admitting Ukraine was “a non-starter,” and that allies had been united in saying so."
s2 = "She said the two sides had also discussed Russia’s objections to Western military training missions in Ukraine and Georgia."
sr = "Asked about Moscow’s demand that allied forces leave the eastern flank, Stoltenberg said NATO would have no “second-class members” and would not pull troops out of Poland and the Baltic states."
sv = "Russia does not have a veto on whether Ukraine can become a NATO member."
L["politico-2022-01-12-nato-russia-council-live"] = [
 ("NATO is deliberately building up its military presence along our borders, and we told our colleagues frankly: the deployment of strike weapons in neighbouring countries is a red line for us,", "alexander-grushko", 1, "he", "no-strike-weapons-near-borders", "supports", 1, d),
 ("If the alliance continues down this path, we will respond with military-technical measures,", "alexander-grushko", 1, "Grushko", "", "", 1, d),
 ("The deputy minister dismissed NATO’s offer to reopen military-to-military communication channels as a “secondary” matter, saying it could not replace guarantees on the main issues.", "alexander-grushko", 1, "The deputy minister", "resume-military-dialogue", "rejects", 0, d),
 ("Allies made clear that we will not compromise on core principles,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, d),
 (sv, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, d),
 (sv, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, d),
 ("He said allies had suggested reopening the military communication lines that were cut last year, and were ready to hold further meetings with Moscow on arms control.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, d),
 (sr, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, d),
 (sr, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Our exercises on our own soil are not up for negotiation with Russia,", "kalle-laanet", 1, "Laanet", "limit-military-exercises", "rejects", 1, d),
 ("It is not for Moscow to decide what weapons NATO allies deploy on their own territory,", "zbigniew-rau", 1, "Rau", "no-strike-weapons-near-borders", "rejects", 1, d),
 (s1, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, d),
 (s1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (s2, "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "mentions", 0, d),
 (s2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We heard Russia out, and Russia heard us out. That is what diplomacy looks like,", "wendy-sherman", 1, "Sherman", "", "", 1, d),
 ("There can be no return to spheres of influence in Europe. Every country is free to choose its alliances,", "european-union", 0, "a senior EU official", "nato-open-door", "supports", 1, d),
 ("We are going to Brussels with a constructive attitude, but also with a very clear understanding of what we need,", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
]

d = "2022-01-27"
l1 = "There is no positive response in this document on the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
l2 = "At the same time, the response gives grounds to expect the start of a serious conversation, but on secondary issues: on intermediate-range missiles and on transparency and limits for military exercises."
r1 = "The Bucharest formula has to be disavowed. Without that, we cannot speak of any real guarantee that Ukraine will not be dragged into NATO."
L["bbcm-2022-01-27-russian-tv-us-reply"] = [
 (l1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, d),
 (l1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, d),
 (l2, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 1, d),
 (l2, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 1, d),
 ("The minister stressed that the West's talk of each country's right to choose its alliances was a \"selective\" reading of the commitments made at the OSCE, and that Moscow did not accept it.", "sergei-lavrov", 1, "The minister", "nato-open-door", "rejects", 0, d),
 ("There is no change, there will be no change. NATO's door is open and remains open.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It would be wrong to expect any quick conclusions. We need time to analyse this. President Putin has familiarized himself with the documents.", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
 ("But it can already be said that our concerns about NATO's non-expansion were not taken into account, and that does not give grounds for much optimism.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, d),
 (r1, "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, d),
 (r1, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, d),
 ("The demand that NATO stop its military activity in Ukraine was also repeated by Foreign Ministry spokeswoman Mariya Zakharova, speaking on Channel One's morning programme today.", "maria-zakharova", 1, "Mariya Zakharova", "no-military-activity-ex-soviet", "supports", 0, d),
 ("The chairman of the State Duma international affairs committee, Leonid Slutsky, said earlier today that Russia would keep insisting that no US intermediate-range missiles be deployed in Europe, and called the US reply \"a polite refusal\".", "leonid-slutsky", 1, "Leonid Slutsky", "no-intermediate-range-missiles", "supports", 0, d),
]

d = "2022-01-27"  # the interview was held the day before publication
K = "Kuleba"
k1 = "We saw it, and I can tell you with confidence that there is nothing in it that closes the door to Ukraine. The United States has been absolutely consistent: the open-door policy stays, and Ukraine's path to NATO is a matter for Ukraine and the allies, not for Moscow."
k5 = "We are ready to talk, in the Normandy format or anywhere else. But talks without preconditions while more than 120,000 Russian troops stand on our border would be talks at gunpoint. The first step is for Russia to withdraw them."
L["kyivpost-2022-01-28-kuleba-interview"] = [
 (k1, "dmytro-kuleba", 1, K, "nato-open-door", "supports", 1, d),
 (k1, "dmytro-kuleba", 1, K, "no-ukraine-membership", "rejects", 1, d),
 ("There will be no promise, signed or unsigned, that Ukraine will never join. Not from Washington and not from Brussels.", "dmytro-kuleba", 1, K, "no-ukraine-membership", "rejects", 1, d),
 ("No. Bucharest is not something you cancel because someone in the Kremlin does not like it. The allies said Ukraine will become a member, and that decision stands.", "dmytro-kuleba", 1, K, "rescind-bucharest-2008", "rejects", 1, d),
 ("Our defense cooperation with our partners is our sovereign business. The British NLAWs, the American Javelins, the Canadian instructors: none of that is a subject for discussion with Russia, and none of it will stop.", "dmytro-kuleba", 1, K, "no-military-activity-ex-soviet", "rejects", 1, d),
 ("It does not, as long as everything is reciprocal and Ukraine is consulted. We would welcome real limits on military exercises near our borders, starting with the huge drills Russia is about to stage in Belarus.", "dmytro-kuleba", 1, K, "limit-military-exercises", "supports", 1, d),
 (k5, "dmytro-kuleba", 1, K, "no-preconditions", "rejects", 1, d),
 (k5, "dmytro-kuleba", 1, K, "russia-de-escalation", "supports", 1, d),
 ("Secretary Blinken and I speak almost every day. He told me again yesterday that nothing will be decided about Ukraine without Ukraine, and I believe him.", "dmytro-kuleba", 1, K, "", "", 1, d),
 ("Keep calm and keep working. Our army is much stronger than it was in 2014, our diplomacy has never had so much support, and panic is exactly what the Kremlin wants to see.", "dmytro-kuleba", 1, K, "", "", 1, d),
 ("I also want to say something to our partners. Evacuating diplomats before there is any real need sends the wrong signal, and I have told my colleagues so directly.", "dmytro-kuleba", 1, K, "", "", 1, d),
]

d = "2022-02-01"
pu = "We did not see adequate consideration of our three key demands regarding NATO’s expansion, the refusal to deploy strike weapons systems near Russian borders and the return of the bloc’s military infrastructure in Europe to the state of 1997,"
lp = "Both Sergei Lavrov, the foreign minister, and Dmitry Peskov, Mr Putin’s spokesman, have since insisted that Russia will not pull back troops that it is free to move around its own territory."
h1 = "The Americans have offered Moscow everything that was negotiable — missiles, military hotlines — and nothing that wasn’t,"
h2 = "A treaty that freezes NATO’s borders where they are today would never get through the Senate, and everyone in the Kremlin knows it,"
kv3 = "Everyone in Moscow understands that NATO will not formally close its door. The question is whether the West can find a formula that says Ukraine will not walk through it for twenty years."
li = "We will not accept any legally binding document that gives Russia a say over NATO’s decisions,"
L["economist-2022-02-05-what-russia-wants"] = [
 ("Antony Blinken, America’s secretary of state, said on January 26th that America was ready to discuss commitments not to deploy offensive missile systems in Ukraine, provided Russia made similar commitments of its own.", "antony-blinken", 1, "Antony Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, d),
 (pu, "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, d),
 (pu, "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 1, d),
 (pu, "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 1, d),
 (lp, "sergei-lavrov", 1, "Sergei Lavrov", "russia-de-escalation", "rejects", 0, ""),
 (lp, "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, ""),
 (h1, "maren-holtby", 1, "Maren Holtby", "no-intermediate-range-missiles", "mentions", 1, ""),
 (h1, "maren-holtby", 1, "Maren Holtby", "resume-military-dialogue", "mentions", 1, ""),
 (h2, "maren-holtby", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (h2, "maren-holtby", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Keeping American ships out of the Black Sea and bombers out of Baltic skies is not a guarantee of anything. It is asking NATO to stop defending its own members, and that is a non-starter.", "maren-holtby", 1, "Holtby", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("The Bucharest promise is the one thing that could be quietly reworded, and the Russians know it. But no ally will say so out loud,", "maren-holtby", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Rolling NATO back to 1997 was never a serious demand. It was put in the draft so that Moscow had something to give up,", "dmitri-kovrigin", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Keeping warships and bombers out of each other’s striking range was always an opening bid, something to trade away later,", "dmitri-kovrigin", 1, "Kovrigin", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (kv3, "dmitri-kovrigin", 1, "he", "nato-open-door", "mentions", 1, ""),
 (kv3, "dmitri-kovrigin", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("A ban on American missiles in Europe, while Russia keeps its 9M729s pointed at Berlin and Warsaw, would be unilateral disarmament dressed up as arms control,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-intermediate-range-missiles", "rejects", 1, ""),
 (li, "eva-maria-liimets", 1, "Eva-Maria Liimets", "written-legal-guarantees", "rejects", 1, "2022-02-03"),
 (li, "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-open-door", "supports", 1, "2022-02-03"),
 ("Volodymyr Zelensky, Ukraine’s president, told foreign reporters on January 28th that Ukraine would not drop its bid to join NATO to appease Moscow, and accused Western leaders of stoking panic.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-28"),
 ("Every Western capital now says Russia must pull its troops back before anything is signed. What nobody has explained is what happens if it doesn’t,", "katrin-vosswinkel", 1, "Katrin Vosswinkel", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-95", "gold-95")
