#!/usr/bin/env python3
"""Writes the sixtieth held-out gold (gold-60/*.nq) from the labels below.

Batch 60 holds seven articles on the December 2021 - February 2022 crisis over
Russia's demands for security guarantees, in several outlets and forms:
- a DW Q/A interview with a Polish security expert (no front matter, site
  junk, date 27.01.2022 in the text), each answer paragraph after a
  "Wierzbicka:" speaker label;
- a Financial Times analysis (front matter, curly quotes) that also quotes the
  leaked written answers, background on Baker 1990 and the 1997 Founding Act,
  analysts and a senior EU official;
- a Guardian live blog from the OSCE Vienna day (front matter, time-stamped
  entries, quotations set off after a colon, a "Related:" link line);
- an Interfax item machine-translated on a Russian aggregator (no front
  matter, datelines "Moscow. 28 January. INTERFAX -" and "Kiev.", guillemets
  and low-high quotes, "Read also" link lines);
- a Reuters report on the publication of the two draft pacts (front matter,
  dateline, words quoted from the draft agreement);
- a State Department telephonic briefing transcript (BOM, CRLF, speaker labels
  "DEPUTY SECRETARY SHERMAN:", moderator and journalists' questions);
- a TASS report on the Russia-NATO Council (front matter, dateline, words
  quoted from the draft agreement in its background section).

The labels were written by hand, from reading the articles, by an annotator
who saw neither the extractor nor its lexicon nor any other batch's labels.
Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the speaker label gives (titles dropped);
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
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["dw-2022-01-27-wierzbicka-interview"] = [
 ("Not everything, because the texts are confidential. From what we hear, the allies put forward a long list of ideas for further talks and explained where they see their own red lines.", "hanna-wierzbicka", 1, "Wierzbicka", "", "", 1, "2022-01-27"),
 ("That was predictable. Nobody in Washington was ever going to agree to a ban on Ukraine's membership, and the Kremlin knew this from the very start.", "hanna-wierzbicka", 1, "Wierzbicka", "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("No. The battlegroups are there because of what Russia did in 2014, and they will stay. Talk of pulling NATO back to where it stood in 1997 is simply not serious.", "hanna-wierzbicka", 1, "Wierzbicka", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("I would be against any limitation on exercises on allied territory. Exercises are how we show our own societies, and Moscow, that we can defend ourselves.", "hanna-wierzbicka", 1, "Wierzbicka", "limit-military-exercises", "rejects", 1, "2022-01-27"),
 ("Absolutely. We need the hotlines and the military-to-military talks back, precisely because relations are so bad. In a crisis, the generals have to be able to pick up the phone to each other.", "hanna-wierzbicka", 1, "Wierzbicka", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("There can be no talk of negotiations without preconditions while 100,000 Russian soldiers stand on Ukraine's border. Any serious negotiation has to start with those troops going home.", "hanna-wierzbicka", 1, "Wierzbicka", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("There can be no talk of negotiations without preconditions while 100,000 Russian soldiers stand on Ukraine's border. Any serious negotiation has to start with those troops going home.", "hanna-wierzbicka", 1, "Wierzbicka", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Kyiv wants weapons, instructors and training, and it has every right to get them from whoever it chooses. Western cooperation with Ukraine is not something the Kremlin can veto.", "hanna-wierzbicka", 1, "Wierzbicka", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("I expect so, because both sides need time. Moscow wants to show that it is being taken seriously, and the West wants to show that it has tried everything.", "hanna-wierzbicka", 1, "Wierzbicka", "", "", 1, "2022-01-27"),
 ("I am cautious. The letters bought a few weeks, nothing more, and the Russian troops are still there.", "hanna-wierzbicka", 1, "Wierzbicka", "", "", 1, "2022-01-27"),
]
L["ft-2022-02-03-written-answers-analysis"] = [
 ("There is no change; there will be no change. Nato’s door is open and remains open,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Jens Stoltenberg, Nato’s secretary-general, presenting the alliance’s own reply the same day, said Nato was ready to re-establish its liaison office in Moscow and to reopen military channels with the Russian general staff to avoid incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("He added that the allies were ready to discuss limits on the deployment of offensive weapons near the borders of Russia and of Nato members, provided any limits were reciprocal.", "jens-stoltenberg", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("We are told that every state is free to choose its alliances. Yes, but you cannot strengthen your own security at the expense of the security of others,", "vladimir-putin", 1, "the Russian president", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("In Washington, Ned Price, the state department spokesman, on Monday dismissed the idea that the US proposals could become a legally binding treaty, saying they were ideas for negotiation and that Washington would not be drawn into “negotiating in public”.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, "2022-01-31"),
 ("The Russians know this offer is serious. A verifiable ban on ground-launched intermediate-range missiles in Europe is in everybody’s interest,", "rosalind-ferrers", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Agreeing never to station strike weapons in Poland or Romania would leave the eastern flank defended on paper only,", "thomas-eckhoff", 1, "Thomas Eckhoff", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("Nor should Nato give up the option of intermediate-range missiles in Europe while Russia keeps its 9M729s.", "thomas-eckhoff", 1, "Thomas Eckhoff", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The Kremlin set itself a test it could not pass, and now it has to decide what to do with the result,", "gleb-averintsev", 1, "he", "", "", 1, ""),
 ("Pulling Nato back to its 1997 lines is the demand nobody in the west even pretends to discuss,", "gleb-averintsev", 1, "Averintsev", "rollback-to-1997", "mentions", 1, ""),
 ("saw nothing in it that would compromise Ukraine’s sovereignty", "european-union", 0, "A senior EU official", "", "", 1, ""),
]
L["guardian-2022-01-13-osce-vienna-live"] = [
 ("Sweden’s foreign minister, Ann Linde, and her Finnish counterpart, Pekka Haavisto, both insisted today that their countries’ freedom to choose their own security arrangements, including the option of applying to join Nato, was not up for negotiation with Moscow.", "ann-linde", 1, "Ann Linde", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Sweden’s foreign minister, Ann Linde, and her Finnish counterpart, Pekka Haavisto, both insisted today that their countries’ freedom to choose their own security arrangements, including the option of applying to join Nato, was not up for negotiation with Moscow.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The Kremlin spokesman, Dmitry Peskov, told reporters today that the question of a pullback of Russian troops from near Ukraine’s border had come up in Geneva, but declined to comment further.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "mentions", 0, "2022-01-13"),
 ("Ukraine will decide for itself when and with whom to unite. Neither Moscow nor anyone else has a veto over that.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Ukraine will decide for itself when and with whom to unite. Neither Moscow nor anyone else has a veto over that.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("We cannot be spectators while our own security is being discussed over our heads.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("He said the United States would not accept Moscow’s demand that Nato stop enlarging, and that the decision on who joins belonged to the alliance and the countries concerned.", "michael-carpenter", 1, "He", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("He said the United States would not accept Moscow’s demand that Nato stop enlarging, and that the decision on who joins belonged to the alliance and the countries concerned.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("He said the United States would not accept Moscow’s demand that Nato stop enlarging, and that the decision on who joins belonged to the alliance and the countries concerned.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Carpenter said Washington was prepared to talk about the activity of bombers and warships close to each other’s territory, but only on a reciprocal basis.", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-13"),
 ("We need legally binding guarantees, and we need them quickly. We cannot drag this out until the end of time,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Whether Nato trainers and equipment stay in Ukraine is now the real bargaining chip, and Kyiv knows it,", "mariana-dovzhuk", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
]
L["interfax-2022-01-28-lavrov-radio-aggregator"] = [
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("If it depends on Russia, then there will be no war. We do not want the wars", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-28"),
 ("They take from the Istanbul declaration only the right to choose the alliances and forget all the rest", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("For us it is absolutely obligatory to make sure that Ukraine never, never will become the member of NATO", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("He also said, that Moscow will not be satisfied with any moratorium or with verbal assurances.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("Russia needs the legally binding obligations, as he noted, and not the promises which can be forgotten in any moment.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("The exercises of NATO near the borders of Russia „must be reduced“, and not increased, it was declared by the official representative of MFA Maria Zakharova on the briefing on Thursday.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 0, "2022-01-27"),
 ("She named the demands of the West to withdraw the Russian troops from the Ukrainian border „the interference into the internal affairs“.", "maria-zakharova", 1, "She", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("The deputy minister of defence Alexander Fomin on the meeting with the foreign military attaches on Friday declared, that the question of the renewal of the military contacts between Russia and NATO can be discussed „after the main questions“.", "alexander-fomin", 1, "Alexander Fomin", "resume-military-dialogue", "mentions", 0, "2022-01-28"),
 ("The president of Ukraine Volodymyr Zelensky on the press-conference for the foreign mass media on Friday said, that the question of the „open doors“ of NATO was discussed in his telephone conversation with the president of the USA Joe Biden on Thursday.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "mentions", 0, "2022-01-28"),
 ("I do not think that the situation now is more tense than in the spring of last year", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-28"),
]
L["reuters-2021-12-17-russia-security-drafts"] = [
 ("Russia on Friday demanded that NATO halt all military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia, publishing the texts of two draft security pacts it wants to sign with the United States and the Western alliance.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("We have handed the Americans a substantive package, and we are ready to fly to Geneva as early as Saturday,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2021-12-17"),
 ("But this is not a menu. We need legally binding guarantees, not promises of good behaviour.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The deputy foreign minister said the promise NATO leaders gave Kyiv and Tbilisi at Bucharest in 2008 had to be formally disavowed, calling it \"a mine under European security\".", "sergei-ryabkov", 1, "The deputy foreign minister", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("Kremlin spokesman Dmitry Peskov on Friday dismissed suggestions that the documents amounted to an ultimatum and said talks on them should start \"without delay and without preconditions\".", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("She said Washington would keep up its security assistance to Kyiv despite Moscow's demand that Western military cooperation with Ukraine end.", "jen-psaki", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("She said Washington would keep up its security assistance to Kyiv despite Moscow's demand that Western military cooperation with Ukraine end.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("less like an opening bid than a list of terms of surrender", "ilse-marquardt", 1, "Ilse Marquardt", "", "", 1, ""),
 ("The real question is whether Washington is willing to talk about the alliance's enlargement at all,", "ilse-marquardt", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Marquardt said Moscow's insistence on annulling the Bucharest pledge was aimed as much at Georgia as at Ukraine.", "ilse-marquardt", 1, "Marquardt", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Marquardt said Moscow's insistence on annulling the Bucharest pledge was aimed as much at Georgia as at Ukraine.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, Ned, and good evening to everyone. I have just come from nearly eight hours of talks with the Russian delegation led by Deputy Foreign Minister Sergey Ryabkov, and I want to thank our Swiss hosts for their hospitality.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("Today was a frank and forthright discussion. We listened closely to each other, and I think we both came away with a better understanding of each other's priorities.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance.", "wendy-sherman", 1, "SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States, and that includes our security assistance to Ukraine and Georgia. And we will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO.", "wendy-sherman", 1, "SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("We did say that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of the former INF Treaty, and that we are prepared to talk about reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "SHERMAN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We did say that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of the former INF Treaty, and that we are prepared to talk about reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "SHERMAN", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("Russia needs to de-escalate and return its troops to their barracks. That is the clearest way for Moscow to show that it is serious about diplomacy.", "wendy-sherman", 1, "SHERMAN", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("I was very clear today that a ban on Ukraine's membership in NATO is not something the United States will ever agree to.", "wendy-sherman", 1, "SHERMAN", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("As for what the Russian delegation said in the room, I will let them characterize their own positions.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("I am not going to negotiate in public. Whether any of this ends up in a treaty, in an executive agreement or in some other form is very, very far down the road.", "wendy-sherman", 1, "SHERMAN", "written-legal-guarantees", "mentions", 1, "2022-01-10"),
 ("What I can say is that any outcome will have to be reciprocal and will have to be worked out in full consultation with our Allies and partners.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("U.S. ships and aircraft will continue to sail and fly wherever international law allows, in the Black Sea and elsewhere, and that is not going to change.", "wendy-sherman", 1, "SHERMAN", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-10"),
 ("We agreed that our experts should keep talking. I would very much like to see regular military-to-military channels restored, because they reduce the risk of an accident or a miscalculation.", "wendy-sherman", 1, "SHERMAN", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("We will be in Brussels on Wednesday for the NATO-Russia Council and in Vienna on Thursday at the OSCE, and after that we will take stock together with our Allies and partners.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
]
L["tass-2022-01-12-grushko-russia-nato-council"] = [
 ("We told our partners very clearly that further expansion of the alliance, including the admission of Ukraine and Georgia, is a direct threat to Russia's security, and this line must be stopped,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("We told our partners very clearly that further expansion of the alliance, including the admission of Ukraine and Georgia, is a direct threat to Russia's security, and this line must be stopped,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("It is absolutely mandatory for us that NATO returns to the configuration of 1997,", "alexander-grushko", 1, "the deputy minister", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("We did not come to Brussels to bargain over details.", "alexander-grushko", 1, "the deputy minister", "", "", 1, "2022-01-12"),
 ("According to Grushko, Russia also expects NATO to stop flights of its aircraft and the passage of its warships in areas from which they could strike targets on Russian territory.", "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("The so-called open door policy is a mantra, not a law of nature,", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("The diplomat said Moscow saw no point in restoring military contacts with the alliance as long as NATO continued to treat Russia as an adversary.", "alexander-grushko", 1, "The diplomat", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("Asked whether Russia would insist on talks without preconditions at the next round, Grushko said that was \"a matter for the leadership\".", "alexander-grushko", 1, "Grushko", "no-preconditions", "mentions", 0, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("The secretary general said the allies stood by the decisions taken at the alliance's Bucharest summit in 2008.", "jens-stoltenberg", 1, "The secretary general", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
]

write_gold(L, "articles-60", "second-60", second=True)
