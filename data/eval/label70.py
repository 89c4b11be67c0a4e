#!/usr/bin/env python3
"""Writes the seventieth held-out gold (gold-70/*.nq) from the labels below.

Batch 70 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter and a dateline, straight quotes, a crosshead, a quotation split by
  "X said", a quoted passage of the draft agreement and history (Baker 1990,
  Bucharest 2008) that are not labelled.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press conference
  transcript after the NATO-Russia Council, no front matter (date in the
  text), speaker labels, moderator and journalists' questions.
- interfax-2022-01-14-lavrov-osce-ryabkov: machine-translated Interfax wire
  (Lavrov's annual press conference, Ryabkov on RTVI, the OSCE Permanent
  Council), « » quotes with the dash attribution after the quotation.
- dw-2022-01-18-baerbock-moscow-brenneisen-interview: DW Q&A interview with
  an analyst (answers carry no speaker label; the intro names her), intro
  with „ “ quotes for Baerbock and Lavrov.
- guardian-2022-01-26-us-written-response-live: Guardian live blog of the
  day of the written answers, no front matter, curly quotes, timestamps,
  crossheads that repeat quotations, a photo caption and a link line.
- nyt-2022-01-28-russia-demands-analysis: New York Times news analysis
  quoting officials and invented experts, indirect speech over two
  sentences, two speakers in one sentence, passing attributions to Moscow.
- kremlin-2022-02-01-putin-orban-press: Kremlin transcript of the
  Putin-Orbán press conference, UTF-8 BOM, CRLF line ends, front matter,
  curly quotes, speaker labels ("(retranslated)").

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
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
  russia, not a person, direct 0), undated when no day is given; a Russian
  official's own "Moscow needs ..." is only that official's label;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters at the Russian mission after the meeting that what Russia needed were \"legally binding guarantees\" that NATO would not expand any further eastward, not verbal assurances.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters at the Russian mission after the meeting that what Russia needed were \"legally binding guarantees\" that NATO would not expand any further eastward, not verbal assurances.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("It is absolutely mandatory for us that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("The deputy foreign minister also brushed aside Western calls for Russia to pull back the tens of thousands of troops it has massed near Ukraine's border, saying they were on Russian soil and that their movements were \"nobody's business but ours\".", "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 ("We have no intention of attacking Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("There is no reason to fear some kind of escalation scenario, but our partners must understand that our proposals are a package, not a menu from which they can pick what they like.", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We were firm in pushing back on proposals that are simply non-starters for us,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("Nobody will be allowed to slam shut NATO's open-door policy, which has always been at the heart of the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was open to discussing future deployments of intermediate-range missiles in Europe on a reciprocal basis, but that Moscow's demand that NATO pull its forces back from the eastern members that joined after 1997 was \"not something we can accept\".", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was open to discussing future deployments of intermediate-range missiles in Europe on a reciprocal basis, but that Moscow's demand that NATO pull its forces back from the eastern members that joined after 1997 was \"not something we can accept\".", "wendy-sherman", 1, "She", "rollback-to-1997", "rejects", 0, D),
 ("She said the United States was open to discussing future deployments of intermediate-range missiles in Europe on a reciprocal basis, but that Moscow's demand that NATO pull its forces back from the eastern members that joined after 1997 was \"not something we can accept\".", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russia has set no preconditions for these talks and we expect our partners not to set any either,", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, D),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz told Polish public radio on Monday that Poland alone would decide \"what stands on Polish soil\", dismissing Moscow's demand for a ban on offensive weapons in countries bordering Russia.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz told Polish public radio on Monday that Poland alone would decide \"what stands on Polish soil\", dismissing Moscow's demand for a ban on offensive weapons in countries bordering Russia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The Russians came with a list of demands and the Americans came with a list of things they are willing to talk about, and the two lists barely overlap,", "helena-marcussen", 1, "Helena Marcussen", "", "", 1, ""),
 ("The next few days will show whether Moscow is really interested in diplomacy or only in a pretext,", "helena-marcussen", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Today, the NATO-Russia Council met here at NATO Headquarters for the first time in over two years. All 30 Allies were represented, and the Russian delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin.", *S, "", "", 1, D),
 ("We had a very serious and direct exchange. It was not an easy discussion, but that is exactly why this meeting was so important. There are significant differences between NATO Allies and Russia on these issues, and our differences will not be easy to bridge.", *S, "", "", 1, D),
 ("NATO Allies called on Russia to immediately de-escalate the situation in and around Ukraine, to pull back the forces it has massed along Ukraine's borders and to refrain from any further aggressive actions.", *S, "russia-de-escalation", "supports", 1, D),
 ("Allies also made clear that NATO will not compromise on its core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Russia does not have a veto.", *S, "nato-open-door", "supports", 1, D),
 ("Russia's demand that NATO withdraw its forces and infrastructure from the Allies that joined after 1997 is not acceptable. We will not create first- and second-class members of this Alliance, and we will continue to protect and defend all Allies.", *S, "rollback-to-1997", "rejects", 1, D),
 ("Russia's demand that NATO withdraw its forces and infrastructure from the Allies that joined after 1997 is not acceptable. We will not create first- and second-class members of this Alliance, and we will continue to protect and defend all Allies.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("At the same time, Allies are ready to sit down and discuss arms control and disarmament, and to look at greater transparency and risk reduction around military exercises, so that exercises do not lead to incidents or misunderstandings.", *S, "limit-military-exercises", "mentions", 1, D),
 ("We also proposed to re-open our respective offices in Moscow and Brussels and to make better use of military-to-military channels of communication, to avoid dangerous incidents.", *S, "resume-military-dialogue", "supports", 1, D),
 ("Russia was not in a position to agree on a schedule for future meetings today, but the Russian delegation did not reject one either. Allies are ready to meet again.", *S, "", "", 1, D),
 ("No. There is no way we can sign an agreement that would close the door to new members. That would mean accepting a world where big powers decide what smaller neighbours can do, and that is a world we left behind a long time ago.", *S, "nato-non-expansion", "rejects", 1, D),
 ("No. There is no way we can sign an agreement that would close the door to new members. That would mean accepting a world where big powers decide what smaller neighbours can do, and that is a world we left behind a long time ago.", *S, "nato-open-door", "supports", 1, D),
 ("But the fact that we had this meeting, that all 30 Allies and Russia sat around the same table and engaged on substantive issues, is a positive sign.", *S, "", "", 1, D),
 ("The decision we took in Bucharest stands, and Allies have not changed their position on that.", *S, "rescind-bucharest-2008", "rejects", 1, D),
 ("And we will continue to provide support to Ukraine, with training, with equipment and with capacity building. That is in full accordance with international law and with the UN Charter.", *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("NATO Allies will continue to fly and sail wherever international law allows, including in the Black Sea and in the Baltic Sea. That said, we are ready to discuss risk reduction measures, to prevent incidents at sea and in the air.", *S, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
]

D = "2022-01-14"
T = "2022-01-13"
L["interfax-2022-01-14-lavrov-osce-ryabkov"] = [
 ("Our patience has come to an end. We are not going to wait endlessly, we need the answer article by article to our proposals", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The key for us is the guarantees of the non-expansion of NATO to the east and the non-deployment of the strike weapon systems which threaten the territory of Russia", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 ("The key for us is the guarantees of the non-expansion of NATO to the east and the non-deployment of the strike weapon systems which threaten the territory of Russia", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("According to the head of the Russian diplomacy, the principle of the freedom of choice of the alliances cannot be interpreted separately from the obligation not to strengthen the own security at the expense of the security of others, accepted in Istanbul in 1999 and in Astana in 2010.", "sergei-lavrov", 1, "the head of the Russian diplomacy", "nato-open-door", "rejects", 0, D),
 ("He has added, that the military development of the territory of Ukraine by the NATO countries, the sending of the instructors and the weapon, must be stopped.", "sergei-lavrov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("In the interview to the TV channel RTVI on Thursday the deputy minister of foreign affairs Sergey Ryabkov has declared, that he does not see the reasons for the new round of the talks in the coming days, since the USA refused to give the main thing - the guarantees that Ukraine and Georgia never will become the members of NATO.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, T),
 ("I do not want to confirm anything and I do not want to exclude anything", "sergei-ryabkov", 1, "the diplomat", "", "", 1, T),
 ("The deputy minister Alexander Grushko, who headed the Russian delegation on the session of the Council Russia-NATO in Brussels on Wednesday, on Thursday has declared to the journalists, that he does not see the sense in the restoration of the mission at NATO and of the military contacts while the alliance ignores the Russian proposals.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, T),
 ("If NATO passes to the policy of the containment, then there will be the counter-containment, if there will be the intimidation, then there will be the counter-intimidation", "alexander-grushko", 1, "Grushko", "", "", 1, T),
 ("It seems that the risk of the war in the OSCE area is now bigger than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, T),
 ("Rau has declared also, that the OSCE is ready to become the platform for the dialogue about the European security, and that Moscow has asked that the talks would take place without any preconditions.", "zbigniew-rau", 1, "Rau", "no-preconditions", "mentions", 0, T),
 ("Rau has declared also, that the OSCE is ready to become the platform for the dialogue about the European security, and that Moscow has asked that the talks would take place without any preconditions.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("We need the guarantee that the forces, which NATO has deployed after 1997 on the territory of the new members, will be withdrawn to the positions where they were", "alexander-lukashevich", 1, "Alexander Lukashevich", "rollback-to-1997", "supports", 1, T),
 ("the drumbeat of the war sounds loudly", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, T),
 ("The official representative of the MFA Maria Zakharova on Friday has called the NATO exercises near the Russian borders the «provocation» and has demanded the reduction of the scale and the number of such manoeuvres in the zones of contact.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 0, D),
]

D = "2022-01-18"
B = ("annika-brenneisen", 1, "Annika Brenneisen")
L["dw-2022-01-18-baerbock-moscow-brenneisen-interview"] = [
 ("Every country has the right to choose its own alliances, and that is not up for negotiation,", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, D),
 ("Lavrov, for his part, insisted that Moscow was not interested in declarations of goodwill and needed „legally binding“ guarantees of its security, signed by the United States and NATO.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("In essence, the two drafts would oblige NATO to take in no new members at all and to give that promise in a legally binding form, not as a political declaration. They would also require the alliance to move its troops and infrastructure back to where they stood in 1997, which means no multinational battlegroups in Poland and the Baltic states.", *B, "nato-non-expansion", "mentions", 1, D),
 ("In essence, the two drafts would oblige NATO to take in no new members at all and to give that promise in a legally binding form, not as a political declaration. They would also require the alliance to move its troops and infrastructure back to where they stood in 1997, which means no multinational battlegroups in Poland and the Baltic states.", *B, "written-legal-guarantees", "mentions", 1, D),
 ("In essence, the two drafts would oblige NATO to take in no new members at all and to give that promise in a legally binding form, not as a political declaration. They would also require the alliance to move its troops and infrastructure back to where they stood in 1997, which means no multinational battlegroups in Poland and the Baltic states.", *B, "rollback-to-1997", "mentions", 1, D),
 ("On top of that, NATO would have to give up any military activity in Ukraine, in the South Caucasus and in Central Asia, even training missions that already exist.", *B, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Some of it, yes. A mutual agreement that keeps intermediate-range missiles out of range of each other's territory is something Washington should accept, because it would make Europe safer. Arms control of this kind has worked before.", *B, "no-intermediate-range-missiles", "supports", 1, D),
 ("But the core demand, a halt to NATO enlargement, is a non-starter. No German government will put its name to that.", *B, "nato-non-expansion", "rejects", 1, D),
 ("At the Bucharest summit in April 2008, the allies declared that Ukraine and Georgia would become members one day, but they gave them neither a date nor a Membership Action Plan. It was a compromise between Washington, which wanted more, and Berlin and Paris, which wanted less.", *B, "", "", 1, D),
 ("Moscow now wants that promise formally withdrawn, which would be a humiliation for the alliance. I do not see any ally proposing it.", *B, "rescind-bucharest-2008", "mentions", 1, D),
 ("Moscow now wants that promise formally withdrawn, which would be a humiliation for the alliance. I do not see any ally proposing it.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Yes. The West keeps repeating that every state is free to choose its alliances, and that principle is written in the OSCE documents. But the same documents also speak of the indivisibility of security, the idea that nobody may strengthen their own security at the expense of others, and each side reads only half of them.", *B, "nato-open-door", "mentions", 1, D),
 ("It is a serious offer, and Moscow would be wise to take it. But the Kremlin has said again and again that it will not accept a menu from which the West picks only the easy dishes.", *B, "", "", 1, D),
 ("First, insist that Russia pulls its troops back from the Ukrainian border. There can be no serious negotiation while 100,000 soldiers are standing there with their artillery.", *B, "russia-de-escalation", "supports", 1, D),
 ("First, insist that Russia pulls its troops back from the Ukrainian border. There can be no serious negotiation while 100,000 soldiers are standing there with their artillery.", *B, "no-preconditions", "rejects", 1, D),
 ("Second, keep talking to the Russian military. Since Moscow closed its mission to NATO in October, there is practically no direct line between the generals, and that is dangerous.", *B, "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-26"
L["guardian-2022-01-26-us-written-response-live"] = [
 ("He said the document sets out “a serious diplomatic path forward, should Russia choose it”, and that it offers reciprocal transparency measures on military exercises.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "He", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("We’re ready either way. It is up to Russia to decide whether it chooses diplomacy and dialogue or confrontation and aggression,", "antony-blinken", 1, "he", "", "", 1, D),
 ("we cannot and will not compromise on the principles on which the security of our alliance and security in Europe rest", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("It is important that the United States has not given an inch on Ukraine’s future membership of Nato,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("The Kremlin spokesman, Dmitry Peskov, dismissed western calls for Russia to withdraw its troops from near Ukraine as “absurd”, saying the soldiers were on Russian soil and threatened nobody.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Promises, memorandums, moratoriums: none of this will do. We need legally binding commitments,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Estonia’s prime minister, Kaja Kallas, said the Baltic states would be asking for more allied troops, not fewer, despite Moscow’s demands that Nato pull its forces back to where they stood in 1997.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, D),
 ("Estonia’s prime minister, Kaja Kallas, said the Baltic states would be asking for more allied troops, not fewer, despite Moscow’s demands that Nato pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Deterrence on the eastern flank is working. It will be strengthened, not dismantled,", "kaja-kallas", 1, "she", "rollback-to-1997", "rejects", 1, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, said any arrangement banning allied missile systems from the Baltic region while Russia kept Iskander missiles in Kaliningrad would be “unacceptable”, and added that Vilnius would not scale back exercises on its own territory.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, said any arrangement banning allied missile systems from the Baltic region while Russia kept Iskander missiles in Kaliningrad would be “unacceptable”, and added that Vilnius would not scale back exercises on its own territory.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, D),
 ("If a constructive answer does not come and the west continues its aggressive line, then Moscow will take the necessary response measures,", "sergei-lavrov", 1, "he", "", "", 1, D),
]

D = "2022-01-28"
H = ("rebecca-halloran", 1)
L["nyt-2022-01-28-russia-demands-analysis"] = [
 ("If it depends on Russia, then there will be no war,", "sergei-lavrov", 1, "Sergey V. Lavrov", "", "", 1, D),
 ("We don't want wars. But we also will not allow our interests to be rudely trampled on or ignored.", "sergei-lavrov", 1, "Sergey V. Lavrov", "", "", 1, D),
 ("The main question, he said, was NATO's refusal to stop expanding eastward and to keep strike weapons away from Russia's borders, and on that question the answer was negative.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("The main question, he said, was NATO's refusal to stop expanding eastward and to keep strike weapons away from Russia's borders, and on that question the answer was negative.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Both Mr. Lavrov and Dmitri S. Peskov, the Kremlin spokesman, have said since Wednesday that without a guarantee that Ukraine will never join NATO, the rest of the American offer is of secondary importance.", "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, ""),
 ("Both Mr. Lavrov and Dmitri S. Peskov, the Kremlin spokesman, have said since Wednesday that without a guarantee that Ukraine will never join NATO, the rest of the American offer is of secondary importance.", "dmitry-peskov", 1, "Dmitri S. Peskov", "no-ukraine-membership", "supports", 0, ""),
 ("there is always the prospect of continuing a dialogue.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("President Biden, at a news conference on Jan. 19, acknowledged that Ukraine was not likely to join NATO in the near term but said the United States would not give Moscow a pledge to keep it out.", "joe-biden", 1, "Biden", "no-ukraine-membership", "rejects", 0, "2022-01-19"),
 ("The administration did something clever: it took the parts of the Russian drafts that can be negotiated, like keeping offensive weapons out of Ukraine, and offered them back as reciprocal measures,", *H, "Rebecca Halloran", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("What it could never do is promise that Ukraine stays out of NATO forever.", *H, "Rebecca Halloran", "no-ukraine-membership", "mentions", 1, ""),
 ("No Senate would ever ratify a treaty of that kind, and a legally binding guarantee is the wrong tool for this anyway,", *H, "she", "written-legal-guarantees", "rejects", 1, ""),
 ("She added that Moscow's demand to keep American warships and bombers out of striking range was \"simply not up for discussion\" at the Pentagon.", *H, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("She added that Moscow's demand to keep American warships and bombers out of striking range was \"simply not up for discussion\" at the Pentagon.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("For the Kremlin, Bucharest is the original sin. As long as that promise stands, every Russian general assumes that Ukraine will one day be a NATO base,", "kirill-vostrikov", 1, "Kirill Vostrikov", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Mr. Vostrikov said the American offer to restore military hotlines would probably be accepted, but that it was \"small change\" to the generals.", "kirill-vostrikov", 1, "Vostrikov", "resume-military-dialogue", "mentions", 0, ""),
 ("Every Western statement now ends with a call for Russia to pull its troops back, but nobody has explained what Russia gets if it does,", "kirill-vostrikov", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("In Tbilisi, Foreign Minister David Zalkaliani insisted this week that Georgia's cooperation with NATO, including joint exercises on Georgian soil, would go on, and that no third country could dictate otherwise.", "david-zalkaliani", 1, "David Zalkaliani", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Nobody in Moscow will decide which alliance Ukraine belongs to. That is our choice and only ours,", "volodymyr-zelensky", 1, "he", "nato-open-door", "supports", 1, D),
 ("Nobody in Washington believes the Russians will take yes for an answer on the small things,", *H, "Halloran", "", "", 1, ""),
]

D = "2022-02-01"
P = ("vladimir-putin", 1, "Vladimir Putin")
O = ("viktor-orban", 1, "Viktor Orbán")
L["kremlin-2022-02-01-putin-orban-press"] = [
 ("Our talks with Prime Minister Orbán were, as always, substantive and businesslike. We discussed trade, energy, and the implementation of our long-term contract for the supply of Russian gas to Hungary, which is being fulfilled in full and on time.", *P, "", "", 1, D),
 ("Of course, we also discussed the situation in European security and the proposals Russia has made to the United States and NATO. I informed Mr Orbán of our approach in detail.", *P, "", "", 1, D),
 ("Thank you, Mr President. Hungary is a member of NATO and of the European Union, and we are bound by their decisions. But I came here on a peace mission, and I believe that an agreement that ensures Russia’s security and is acceptable to NATO member states is possible.", *O, "", "", 1, D),
 ("We are carefully analysing the written answers we received from the United States and NATO on January 26. But it is already clear that Russia’s fundamental concerns have been ignored.", *P, "", "", 1, D),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", *P, "nato-non-expansion", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", *P, "no-strike-weapons-near-borders", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", *P, "rollback-to-1997", "supports", 1, D),
 ("They tell us about the “open door” policy and the freedom of every state to choose its alliances. But there is another principle, the indivisibility of security: no one may strengthen their own security at the expense of others. Where is that in their answers?", *P, "nato-open-door", "rejects", 1, D),
 ("Let me explain once again. Ukraine’s official documents say it will return Crimea, including by military means. Imagine that Ukraine is a NATO member and starts such an operation. Are we supposed to go to war with the NATO bloc? Has anyone thought about that?", *P, "no-ukraine-membership", "supports", 1, D),
 ("American destroyers come into the Black Sea, strategic bombers fly a few dozen kilometres from our border. We have proposed that such activity stop on both sides. There is no answer to this either.", *P, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("As for intermediate-range missiles, this is something we are ready to discuss. But these are secondary questions, and we will not allow the main issue to be replaced by them.", *P, "no-intermediate-range-missiles", "mentions", 1, D),
 ("I hope that in the end we will find a solution, although it will not be easy. We will continue the dialogue.", *P, "", "", 1, D),
 ("Contacts between the military are useful, and our General Staff has never refused them. But a hotline is no substitute for legally binding guarantees, written down and ratified.", *P, "resume-military-dialogue", "supports", 1, D),
 ("Contacts between the military are useful, and our General Staff has never refused them. But a hotline is no substitute for legally binding guarantees, written down and ratified.", *P, "written-legal-guarantees", "supports", 1, D),
 ("And I will repeat: Russian troops are on Russian territory. No one should tell us where to station them or demand that we pull them back.", *P, "russia-de-escalation", "rejects", 1, D),
 ("I would like to add that Hungary supports every format of dialogue, the NATO-Russia Council, the OSCE and the bilateral talks. The worst outcome would be for the talks to stop.", *O, "", "", 1, D),
]

write_gold(L, "articles-70", "gold-70")
