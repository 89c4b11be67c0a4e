#!/usr/bin/env python3
"""Writes the fifty-sixth held-out gold (gold-56/*.nq) from the labels below.

Batch 56 was labelled by hand, by an independent second annotator who saw
neither the extractor nor its lexicon nor any other batch or its labels.

The seven articles and their forms:
- Camera dei Deputati (Italy), 2 February 2022: stenographic record of a
  question time with Luigi Di Maio (English working translation, front
  matter); speaker labels "Name (Group)." / "Name, Minister of ...", the
  PRESIDENT chairing.
- NOS (Netherlands), 10 January 2022: news report on the Geneva talks,
  machine-translated from Dutch (word order kept), no front matter, dateline
  line "10 January 2022, 21:47"; quotation marks „...“ and "...".
- Publico (Portugal), 14 January 2022: analysis in the English edition, with
  front matter, standfirst, byline line and crossheads.
- Riksdagen (Sweden), 25 January 2022: unofficial translation of the record
  of an interpellation debate (Ann Linde), no front matter, UTF-8 with BOM
  and CRLF; speeches headed "Speech N" and a speaker label line; the record
  runs on into the next, unrelated item (regional airports).
- RTE (Ireland), 26 January 2022: live blog, no front matter, "Updated /
  Wednesday, 26 Jan 2022 22:41", key points, timestamped entries with
  crossheads.
- Tweede Kamer (Netherlands), 19 January 2022: unofficial translation of a
  plenary debate (Hoekstra, Ollongren), front matter, speaker labels
  "Mr X (Party):" / "Minister X:", the Chair presiding.
- Yle News (Finland), 27 January 2022: news intro followed by an edited Q/A
  interview (speaker labels "Yle:" and "Ilkka Rautavaara:"), front matter.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer (each
  paragraph of a speech in a parliamentary record) is one direct quotation,
  evidence = the paragraph without the speaker label; journalists' questions
  and the chair / president / moderator get no label; members' questions and
  replies in parliament are labelled like any speech; the speaker's name is
  the one the speaker label gives (titles dropped);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "the Russian
  proposals", "the American line"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, key
  points, photo captions and link lines are not labelled; statements by
  unnamed groups with no identifiable actor ("the West", "the allies") are
  left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("Moscow's demand that ...") is also Russia's label (speaker russia, not a
  person), undated when no day is given; the reporter's own "Russia demands
  ..." is Russia's label too;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (a day given earlier in the same paragraph for the same occasion carries
  over); "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-02-02"
L["camera-2022-02-02-question-time-di-maio"] = [
 ("Mr President, Minister, for weeks we have heard only about sanctions and troops. I ask the Government whether Italy intends to take seriously the proposals Moscow has put forward, or whether it will simply align itself with Washington.", "marco-galimberti", 1, "Marco Galimberti", "", "", 1, D),
 ("Thank you, Mr President. I thank the honourable Galimberti for the question. Italy is working, with its allies and with the European Union, to keep the channel of dialogue with Moscow open at every level, and I spoke with Minister Lavrov myself a few days ago.", "luigi-di-maio", 1, "Luigi Di Maio", "", "", 1, D),
 ("Italy supports a dialogue without preconditions on the whole European security architecture, in the OSCE, in the NATO-Russia Council and bilaterally. We are ready to sit at any table, and we ask the same willingness of Moscow.", "luigi-di-maio", 1, "Luigi Di Maio", "no-preconditions", "supports", 1, D),
 ("But we have read the Russian proposals carefully. A treaty that would bind the Alliance, in legally binding form, to decisions that belong only to sovereign States is not something Italy can subscribe to. The Helsinki Final Act recognises the right of every State «to be or not to be a party to treaties of alliance», and we do not intend to renegotiate it.", "luigi-di-maio", 1, "Luigi Di Maio", "written-legal-guarantees", "rejects", 1, D),
 ("But we have read the Russian proposals carefully. A treaty that would bind the Alliance, in legally binding form, to decisions that belong only to sovereign States is not something Italy can subscribe to. The Helsinki Final Act recognises the right of every State «to be or not to be a party to treaties of alliance», and we do not intend to renegotiate it.", "luigi-di-maio", 1, "Luigi Di Maio", "nato-non-expansion", "rejects", 1, D),
 ("But we have read the Russian proposals carefully. A treaty that would bind the Alliance, in legally binding form, to decisions that belong only to sovereign States is not something Italy can subscribe to. The Helsinki Final Act recognises the right of every State «to be or not to be a party to treaties of alliance», and we do not intend to renegotiate it.", "luigi-di-maio", 1, "Luigi Di Maio", "nato-open-door", "supports", 1, D),
 ("We are also ready to discuss, on the basis of strict reciprocity, the presence of warships and military aircraft close to each other's borders, which creates a real risk of incidents in the Black Sea and elsewhere.", "luigi-di-maio", 1, "Luigi Di Maio", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Dialogue will be easier if Russia reduces the tension on the Ukrainian border, and we ask it to do so without delay.", "luigi-di-maio", 1, "Luigi Di Maio", "russia-de-escalation", "supports", 1, D),
 ("Mr President, I am not satisfied. For thirty years we have been told that NATO's open door is a sacred principle. It is a slogan, and it is the slogan that has brought us to the edge of a war.", "marco-galimberti", 1, "Marco Galimberti", "nato-open-door", "rejects", 1, D),
 ("A written and binding commitment that Ukraine will not join the Alliance would cost Italy nothing and could save thousands of lives. The Government should have the courage to say so in Brussels.", "marco-galimberti", 1, "Marco Galimberti", "no-ukraine-membership", "supports", 1, D),
 ("A written and binding commitment that Ukraine will not join the Alliance would cost Italy nothing and could save thousands of lives. The Government should have the courage to say so in Brussels.", "marco-galimberti", 1, "Marco Galimberti", "written-legal-guarantees", "supports", 1, D),
 ("Mr President, Minister, Italian soldiers are deployed in Latvia with the NATO battlegroup, and our aircraft take part in air policing in Romania. What will the Government answer to the request that the Alliance withdraw all its forces from the countries that joined it after 1997?", "giulia-rinaldi", 1, "Giulia Rinaldi", "rollback-to-1997", "mentions", 1, D),
 ("The Italian soldiers in Latvia and our pilots in Romania are there at the request of sovereign allies, and they will stay there. On this point there is nothing to negotiate, and I said so to my Russian counterpart.", "luigi-di-maio", 1, "Luigi Di Maio", "rollback-to-1997", "rejects", 1, D),
 ("I am satisfied with the answer, and I thank the Minister for his clarity. I hope we will hear the same words at the next European Council.", "giulia-rinaldi", 1, "Giulia Rinaldi", "rollback-to-1997", "rejects", 1, D),
]

D = "2022-01-10"
L["nos-2022-01-10-geneve-gesprekken"] = [
 ("The Russian deputy minister of Foreign affairs Sergei Ryabkov said that it for Moscow \"absolutely obligatory\" is that Ukraine never member becomes of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("We need iron-concrete, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("Our troops stand on our own territory. There is no reason for escalation and we see no reason to withdraw anything,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("We will nobody permit to close the open door policy of NATO, that always central has been for the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said also that Washington prepared is to speak about the positioning of missiles in Europe, provided that Russia the same does.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Russia must de-escalate, she said, and its troops back send to the barracks.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("Russia demands besides that NATO no military activities more develops in Ukraine, Georgia and the former Soviet republics in Central Asia, and that the alliance the promise from 2008 formally withdraws that Ukraine and Georgia once member would become.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia demands besides that NATO no military activities more develops in Ukraine, Georgia and the former Soviet republics in Central Asia, and that the alliance the promise from 2008 formally withdraws that Ukraine and Georgia once member would become.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("A withdrawal of NATO to the borders of 1997 would be a capitulation, and the alliance should that not even want to discuss,", "marloes-veldkamp", 1, "Veldkamp", "rollback-to-1997", "rejects", 1, ""),
 ("It is telling that Moscow at the same time with a hundred thousand soldiers on the border stands,", "marloes-veldkamp", 1, "she", "", "", 1, ""),
 ("If not, then we draw our own conclusions,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

L["publico-2022-01-14-three-rounds-analysis"] = [
 ("We are not going to negotiate under a sword of Damocles, and we will not accept any preconditions for this dialogue,", "alexander-lukashevich", 1, "he", "no-preconditions", "supports", 1, "2022-01-13"),
 ("Lukashevich added that Russia could not accept American and British warships operating in parts of the Black Sea from which they could strike Russian territory.", "alexander-lukashevich", 1, "Lukashevich", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-13"),
 ("Speaking to Polish reporters after the session, Rau said he had asked the Russian delegation whether Moscow was ready to discuss a pullback of its forces from the Ukrainian border, and had received no answer.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "mentions", 0, "2022-01-13"),
 ("He also said the chairmanship would examine which of the Russian proposals could be turned into legally binding commitments within the OSCE framework, but that Warsaw would not accept limits on allied exercises on Polish territory while Russia was holding snap drills next to Ukraine.", "zbigniew-rau", 1, "He", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("He also said the chairmanship would examine which of the Russian proposals could be turned into legally binding commitments within the OSCE framework, but that Warsaw would not accept limits on allied exercises on Polish territory while Russia was holding snap drills next to Ukraine.", "zbigniew-rau", 1, "He", "written-legal-guarantees", "mentions", 0, "2022-01-13"),
 ("Deputy Foreign Minister Alexander Grushko told reporters afterwards that the West's calls for de-escalation were addressed to the wrong side.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 0, "2022-01-12"),
 ("Russian troops, he said, were on Russian soil and would stay wherever the general staff decided.", "alexander-grushko", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-12"),
 ("Grushko also dismissed NATO's offer to restore military-to-military channels, saying Moscow saw \"no sense\" in them while the alliance treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("In Lisbon, Foreign Minister Augusto Santos Silva told Público on Thursday that the open-door policy had come up at all three meetings and would be addressed in the allies' written reply.", "augusto-santos-silva", 1, "Augusto Santos Silva", "nato-open-door", "mentions", 0, "2022-01-13"),
 ("Real negotiations, he added, could only begin once Russia had pulled back its troops.", "augusto-santos-silva", 1, "he", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Asked about Moscow's demand that no strike weapons be deployed near Russia's borders, Santos Silva said it mainly concerned the allies on the eastern flank and that Portugal would follow their lead.", "augusto-santos-silva", 1, "Santos Silva", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-13"),
 ("Asked about Moscow's demand that no strike weapons be deployed near Russia's borders, Santos Silva said it mainly concerned the allies on the eastern flank and that Portugal would follow their lead.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The Americans are right to refuse a freeze on intermediate-range missiles in Europe as long as the Russian 9M729 stays deployed. A moratorium now would simply lock in Russia's advantage,", "rui-carvalhal", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Ukraine's membership is not even on the agenda in Brussels for the next decade, which is exactly why it is strange to see it at the centre of a crisis,", "rui-carvalhal", 1, "Carvalhal", "no-ukraine-membership", "mentions", 1, ""),
 ("Carvalhal noted that Moscow had also asked allies to disavow the 2008 Bucharest declaration, which promised Ukraine and Georgia eventual membership.", "rui-carvalhal", 1, "Carvalhal", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Carvalhal noted that Moscow had also asked allies to disavow the 2008 Bucharest declaration, which promised Ukraine and Georgia eventual membership.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("According to Carvalhal, an end to NATO training missions and arms deliveries in Ukraine and Georgia would be the hardest of all the items to verify.", "rui-carvalhal", 1, "Carvalhal", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Whether a next round would be held without preconditions, he said, was still an open question.", "rui-carvalhal", 1, "he", "no-preconditions", "mentions", 0, ""),
]

D = "2022-01-25"
L["riksdagen-2022-01-25-interpellation-2021-22-245"] = [
 ("Madam Speaker! Jonas Ekberg has asked me how the government intends to act in light of the Russian proposals of 17 December and what consequences I see for Sweden.", "ann-linde", 1, "Ann Linde", "", "", 1, D),
 ("Let me be very clear. Sweden's security policy is decided in Stockholm, by the Riksdag and the government, and by no one else. The right of every state to choose its own security arrangements is at the heart of the European security order. It is written into the Helsinki Final Act and the Charter of Paris, and Russia has signed up to it many times.", "ann-linde", 1, "Ann Linde", "nato-open-door", "supports", 1, D),
 ("A NATO that renounced any further enlargement and ended its cooperation with partners from Ukraine to the South Caucasus is not something the government can accept. It would take away from our partners, and in effect from Sweden and Finland as well, choices that belong to them alone.", "ann-linde", 1, "Ann Linde", "nato-non-expansion", "rejects", 1, D),
 ("A NATO that renounced any further enlargement and ended its cooperation with partners from Ukraine to the South Caucasus is not something the government can accept. It would take away from our partners, and in effect from Sweden and Finland as well, choices that belong to them alone.", "ann-linde", 1, "Ann Linde", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("A NATO that renounced any further enlargement and ended its cooperation with partners from Ukraine to the South Caucasus is not something the government can accept. It would take away from our partners, and in effect from Sweden and Finland as well, choices that belong to them alone.", "ann-linde", 1, "Ann Linde", "nato-open-door", "supports", 1, D),
 ("At the same time, the government believes that arms control, transparency about military exercises and risk reduction are areas where a dialogue with Russia can produce real results. The OSCE has an important role to play there, and Sweden will take part constructively.", "ann-linde", 1, "Ann Linde", "limit-military-exercises", "mentions", 1, D),
 ("Madam Speaker! I thank the minister for the answer, and I share her analysis of the Russian texts. But words are not enough.", "jonas-ekberg", 1, "Jonas Ekberg", "", "", 1, D),
 ("The demand that no strike weapons be placed anywhere near Russia's borders is aimed directly at Gotland and at the Baltic Sea region. My party rejects it outright, and I would like to hear the government say so just as clearly from this rostrum.", "jonas-ekberg", 1, "Jonas Ekberg", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Madam Speaker! I can give that answer. Where Sweden places its forces and its weapons systems on Swedish territory, including on Gotland, is not a matter for negotiation with any other country, and that includes Russia.", "ann-linde", 1, "Ann Linde", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Let me add one thing. Sweden's policy of military non-alignment serves us well and remains in place. The government is not going to change it because of pressure from anyone, in either direction.", "ann-linde", 1, "Ann Linde", "", "", 1, D),
 ("Madam Speaker! I want to bring in another perspective. My party is against Swedish NATO membership, and we are also worried about the ever larger military presence around the Baltic Sea. I would like the minister to push, in the OSCE, for both Russia and the Western countries to scale down their large exercises in our region.", "elin-sandqvist", 1, "Elin Sandqvist", "limit-military-exercises", "supports", 1, D),
 ("Madam Speaker! I agree that fewer and more transparent exercises, on both sides, would lower the risk of incidents, and Sweden will argue for exactly that in Vienna. That is a position the government has held for a long time.", "ann-linde", 1, "Ann Linde", "limit-military-exercises", "supports", 1, D),
 ("Madam Speaker! Finally, I note that we agree on the essentials, and I thank the minister for a clear debate. I will follow closely how the government acts in the weeks to come.", "jonas-ekberg", 1, "Jonas Ekberg", "", "", 1, D),
 ("Madam Speaker! Anders Hallberg has asked me what measures I intend to take to secure the future of regional airports in the north of Sweden.", "tomas-eneroth", 1, "Tomas Eneroth", "", "", 1, D),
]

D = "2022-01-26"
L["rte-2022-01-26-live-us-nato-replies"] = [
 ("Speaking on RTÉ's Six One News this evening, Minister for Foreign Affairs Simon Coveney said Ireland was “not a member of NATO and has no intention of becoming one”, but that it stood firmly behind the principle that every European country should be free to choose its own alliances.", "simon-coveney", 1, "Simon Coveney", "nato-open-door", "supports", 0, D),
 ("not a member of NATO and has no intention of becoming one", "simon-coveney", 1, "Simon Coveney", "", "", 1, D),
 ("Leonid Slutsky, who chairs the foreign affairs committee of the State Duma, said on Wednesday evening that Russia would not accept any answer that ignored the need for NATO to pull its forces back to where they stood in 1997.", "leonid-slutsky", 1, "Leonid Slutsky", "rollback-to-1997", "supports", 0, D),
 ("What is on the table tonight and what would satisfy the Kremlin are still miles apart, and I don't see how that closes quickly,", "aoife-brannigan", 1, "she", "", "", 1, D),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the security of all,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("right of each nation to choose", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("But he insisted that NATO would not give up the “right of each nation to choose” and called on Russia to pull its troops back from around Ukraine.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 0, D),
 ("But he insisted that NATO would not give up the “right of each nation to choose” and called on Russia to pull its troops back from around Ukraine.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("sets out a serious diplomatic path should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He added that the document also responded to Moscow's demands on missiles and military exercises with proposals for “reciprocal transparency measures”, but he declined to publish it, saying confidentiality gave diplomacy its best chance.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He added that the document also responded to Moscow's demands on missiles and military exercises with proposals for “reciprocal transparency measures”, but he declined to publish it, saying confidentiality gave diplomacy its best chance.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He added that the document also responded to Moscow's demands on missiles and military exercises with proposals for “reciprocal transparency measures”, but he declined to publish it, saying confidentiality gave diplomacy its best chance.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("He added that the document also responded to Moscow's demands on missiles and military exercises with proposals for “reciprocal transparency measures”, but he declined to publish it, saying confidentiality gave diplomacy its best chance.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Ukraine's foreign minister Dmytro Kuleba and his Lithuanian counterpart Gabrielius Landsbergis said at a joint news conference in Kyiv on Wednesday that Ukraine's path to NATO membership remained open and was for Ukraine and the allies alone to decide.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("Ukraine's foreign minister Dmytro Kuleba and his Lithuanian counterpart Gabrielius Landsbergis said at a joint news conference in Kyiv on Wednesday that Ukraine's path to NATO membership remained open and was for Ukraine and the allies alone to decide.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Ukraine's foreign minister Dmytro Kuleba and his Lithuanian counterpart Gabrielius Landsbergis said at a joint news conference in Kyiv on Wednesday that Ukraine's path to NATO membership remained open and was for Ukraine and the allies alone to decide.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 0, D),
 ("Ukraine's foreign minister Dmytro Kuleba and his Lithuanian counterpart Gabrielius Landsbergis said at a joint news conference in Kyiv on Wednesday that Ukraine's path to NATO membership remained open and was for Ukraine and the allies alone to decide.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-ukraine-membership", "rejects", 0, D),
]

D = "2022-01-19"
L["tk-2022-01-19-debat-oekraine-veiligheidsgaranties"] = [
 ("Chair, thank you. Last week the Russian delegations sat down with the Americans in Geneva, with NATO in Brussels and with the OSCE in Vienna. The result is plain for everyone to see: Moscow has not moved one centimetre, and neither should we.", "joost-van-raalte", 1, "Van Raalte", "", "", 1, D),
 ("My party's position is simple. Every sovereign country in Europe chooses its own alliances, and the door of NATO stays open, whoever knocks on it.", "joost-van-raalte", 1, "Van Raalte", "nato-open-door", "supports", 1, D),
 ("I do have one question for the minister. Does the Netherlands support talking with Russia about limits on military exercises near the borders, and if so, under which conditions?", "joost-van-raalte", 1, "Van Raalte", "limit-military-exercises", "mentions", 1, D),
 ("Chair, nobody in this chamber defends what Russia is doing at the Ukrainian border. But honesty is also part of diplomacy. I would like the government to be open to a moratorium on any further enlargement of NATO, for ten or twenty years, if that is the price of preventing a war.", "femke-oosterwijk", 1, "Oosterwijk", "nato-non-expansion", "supports", 1, D),
 ("Is the member of the SP really proposing a freeze on enlargement because Mr Putin has parked a hundred thousand soldiers on a border? That would be rewarding blackmail, and my party will never support it.", "harm-lindeboom", 1, "Lindeboom", "nato-non-expansion", "rejects", 1, D),
 ("I am proposing it because a war would be infinitely worse than a difficult compromise, and my party will keep saying so, however unpopular that is here.", "femke-oosterwijk", 1, "Oosterwijk", "nato-non-expansion", "supports", 1, D),
 ("Chair, my party wants it on the record that the Bucharest declaration still stands, whatever Moscow says about it, and that we expect the government to defend it. Does the minister agree?", "harm-lindeboom", 1, "Lindeboom", "rescind-bucharest-2008", "rejects", 1, D),
 ("Chair, let me begin with the facts. Russia presented two draft texts on 17 December, one for the United States and one for NATO. Together with our allies we are preparing the answers; the United States will send its own, and NATO will send one on behalf of all thirty allies.", "wopke-hoekstra", 1, "Hoekstra", "", "", 1, D),
 ("On the core of the Russian proposals the cabinet is unambiguous. The idea that Ukraine should be told, now and forever, that it may never join NATO is a non-starter. Who joins the alliance is for the candidate country and the allies to decide, and for nobody else.", "wopke-hoekstra", 1, "Hoekstra", "no-ukraine-membership", "rejects", 1, D),
 ("On the core of the Russian proposals the cabinet is unambiguous. The idea that Ukraine should be told, now and forever, that it may never join NATO is a non-starter. Who joins the alliance is for the candidate country and the allies to decide, and for nobody else.", "wopke-hoekstra", 1, "Hoekstra", "nato-open-door", "supports", 1, D),
 ("Mr Lindeboom asked about Bucharest. Yes, the decision taken there by all allies in 2008 stands, and there is no question of withdrawing it. That applies to Georgia as much as to Ukraine.", "wopke-hoekstra", 1, "Hoekstra", "rescind-bucharest-2008", "rejects", 1, D),
 ("Mr Van Raalte asked about exercises. The cabinet is open to reciprocal arrangements on the size and the notification of exercises and on risk reduction, provided that they are verifiable and that Russia does the same. That is a conversation we are willing to have.", "wopke-hoekstra", 1, "Hoekstra", "limit-military-exercises", "mentions", 1, D),
 ("Chair, a brief addition on the military side. The Netherlands has offered two F-35s for air policing in Bulgaria and a frigate for NATO's maritime groups. The idea that allied ships and aircraft should stay out of the Black Sea or the Baltic because that suits Moscow is unacceptable to us.", "kajsa-ollongren", 1, "Ollongren", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("I also want to say something about channels. During the Cold War, military commanders on both sides talked to each other even at the worst moments. That channel has been largely silent since 2014, and I think it would be wise to restore it, precisely now.", "kajsa-ollongren", 1, "Ollongren", "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-27"
L["yle-2022-01-27-rautavaara-interview"] = [
 ("Washington did not publish its letter, but Secretary of State Antony Blinken said it laid out ”a serious diplomatic path” and made clear that NATO's door would stay open.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("In Moscow, Foreign Minister Sergei Lavrov said on Thursday that the replies contained ”no positive response” on what he called the main question, NATO's further expansion eastwards.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("He said Russia wanted a clear answer in particular on the non-deployment of strike weapons near its borders.", "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Not much, and that was the point. The Americans and NATO have now repeated in writing what they have been saying since December: a halt to NATO enlargement is not something they can promise. What is new is the level of detail on the things they are willing to discuss.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "nato-non-expansion", "mentions", 1, D),
 ("Missiles, above all. The Americans appear ready to look at a mutual arrangement under which neither side deploys ground-launched intermediate-range missiles in Europe, with inspections on both sides.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "no-intermediate-range-missiles", "mentions", 1, D),
 ("There is also an offer on transparency and on reopening the channels between the two militaries. Those are old ideas, but they are not nothing.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "resume-military-dialogue", "mentions", 1, D),
 ("I think they will pocket what is on the table and keep pressing for the rest. The Kremlin has invested too much in this campaign to declare it finished after one letter.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "", "", 1, D),
 ("Indirectly. The reply reportedly says that the allied presence in the east is defensive and a response to Russia's own actions. I would not expect the allies to spend much time on the 1997 line either way; it is the kind of item that gets put in a draft so that it can later be dropped and called a concession.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "rollback-to-1997", "mentions", 1, D),
 ("For Finland the key sentence is the reaffirmation that every country chooses its own security arrangements. That is the principle on which the Finnish NATO option rests, and I think Helsinki should defend it without any hesitation.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "nato-open-door", "supports", 1, D),
 ("Honestly, I do not know. The military build-up has continued throughout the talks. If Moscow is serious about diplomacy, the first step is to pull some of those battalions back from the Ukrainian border.", "ilkka-rautavaara", 1, "Ilkka Rautavaara", "russia-de-escalation", "supports", 1, D),
]

write_gold(L, "articles-56", "second-56", second=True)
