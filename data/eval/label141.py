#!/usr/bin/env python3
"""Writes the held-out gold of batch 141 (gold-141/*.nq) from the labels below.

Batch 141 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, from mainstream outlets:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva
  (front matter, dateline, straight quotes, quotation interrupted by "the
  deputy foreign minister said", three demands in one reported sentence,
  "despite Moscow's demand" and "Russia's call to revoke" in passing, Baker
  1990 and Putin's complaints about the 1990s as unlabelled history);
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council (UTF-8 BOM, CRLF line ends, no front matter,
  date in the text, speaker labels, journalists' questions, moderator);
- whitehouse-2022-01-08-background-call-russia: White House background press
  call (front matter, MODERATOR / SENIOR ADMINISTRATION OFFICIAL / Q labels;
  the anonymous official is the white-house actor);
- skynews-2022-01-26-live-us-nato-written-answers: Sky News live blog on the
  written answers (front matter, timestamped entries, key points, crossheads,
  photo captions and link lines, curly quotes, two speakers in one sentence,
  a senior EU official, "Moscow's demand" and "the treaty it has asked for"
  in passing);
- kyivpost-2022-01-19-kostiv-interview: Kyiv Post Q&A interview with an
  invented analyst (no front matter, "Kyiv Post:" / "Kostiv:" labels, the
  interview given the day before publication, history only in questions);
- interfax-2022-01-27-peskov-no-optimism: machine-translated Interfax item on
  Peskov's press call (front matter, « » quotes with a dash and attribution
  after them, role names, indirect speech continued "in her words", an
  undated interview, an invented political scientist);
- lrt-2022-01-14-baltic-osce-reactions: LRT English / BNS wire on the OSCE
  meeting and Baltic reactions („ “ quotes, no front matter, date in the text,
  passive "was dismissed as ... by", Bucharest 2008 and the 1997 Founding Act
  as unlabelled history, an invented lecturer).

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country, a senior administration official
  on a White House call -> white-house; speaker name = the words naming the
  speaker at that point, pronouns as written, titles dropped;
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
R1 = "Ryabkov also said the principle that every country may choose its alliances could not be applied at the expense of Russia's security, and that Moscow would not accept any preconditions for the talks, including calls to pull back the roughly 100,000 troops it has massed near Ukraine."
SH1 = "She named among them the demand that NATO halt its enlargement, saying no country could be told whom it may or may not choose as an ally."
SH2 = "We are ready to look at reciprocal limits, but progress is only possible if Russia de-escalates. You cannot negotiate with a gun to your head,"
SH3 = "Asked whether Russia's call to revoke NATO's 2008 promise of eventual membership to Ukraine and Georgia had come up, Sherman said the Russian side had raised it but gave no further details."
KU = "In Kyiv, Foreign Minister Dmytro Kuleba said on Monday that Ukraine would keep working towards membership despite Moscow's demand that it be barred from the alliance forever."
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it was \"absolutely mandatory\" that Ukraine never join NATO, as nearly eight hours of talks in Geneva ended without a breakthrough on Moscow's demands for sweeping security guarantees.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We have no trust in the other side,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The American side has studied our proposals in depth,", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, D),
 ("but I would not say there is any reason for optimism yet.", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, D),
 (R1, "sergei-ryabkov", 1, "Ryabkov", "nato-open-door", "rejects", 0, D),
 (R1, "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 (R1, "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We have no intention of attacking Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 (SH1, "wendy-sherman", 1, "She", "nato-non-expansion", "rejects", 0, D),
 (SH1, "wendy-sherman", 1, "She", "nato-open-door", "supports", 0, D),
 (SH2, "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 (SH2, "wendy-sherman", 1, "she", "no-preconditions", "rejects", 1, D),
 (SH3, "wendy-sherman", 1, "Sherman", "rescind-bucharest-2008", "mentions", 0, D),
 (SH3, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (KU, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 (KU, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-12"
JS = "jens-stoltenberg"
P_OPEN = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
P_ENL = "No. NATO's enlargement is not up for negotiation with Russia, and we will not agree to anything that closes the door to countries that want to join. But we listened carefully to Russia's concerns, and we are ready to continue to listen."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was a very serious and direct exchange, and the first meeting of the Council in more than two years.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 ("Allies and Russia have significant differences on key issues. These differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics for almost four hours.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 (P_OPEN, JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P_OPEN, JS, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("Pulling back our forces and infrastructure from the Allies that joined after 1997 is not something we can accept. We will not have first-class and second-class members in this Alliance.", JS, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("Russia has amassed tens of thousands of troops, with heavy equipment, on Ukraine's borders. We called on Russia to de-escalate immediately and to pull back its forces.", JS, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 (P_ENL, JS, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 (P_ENL, JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Allies have the right to operate in international waters and in international airspace, in the Baltic Sea and in the Black Sea, as we have always done. That is not going to change because of a draft treaty.", JS, 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We have always wanted channels to stay open. It was Russia that closed its mission to NATO in October, and our information office in Moscow. We are ready to restore them, and we are ready to resume regular military-to-military talks with Russia.", JS, 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("They did not agree to a date for a new meeting, but they did not reject the idea either. We will consult among Allies and stay in touch with Moscow.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 ("There is a real risk of a new armed conflict in Europe. That is why dialogue matters, and that is why we will keep the door to diplomacy open even when it is difficult.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
]

D = "2022-01-08"
WH = "white-house"
SAO = "SENIOR ADMINISTRATION OFFICIAL"
W_EX = "We are also prepared to explore possible restrictions on the size and scope of military exercises, and on where strategic bombers and warships operate near each other's territory, on a reciprocal basis."
W_OFF = "Let me be equally clear about what is not on the table. We will not be discussing NATO's open-door policy with Russia, and we will not be making commitments about the force posture of NATO Allies over their heads. Pulling our forces out of Poland or the Baltic states is simply not going to happen."
W_TR = "I'm not going to get ahead of the talks. What I can tell you is that we are not going to sign a treaty drafted in Moscow, and we will not accept a legally binding ban on NATO enlargement, in any form."
W_PRE = "We are not setting preconditions for Monday. But it will be very hard to make real progress in an atmosphere of escalation, with a gun to Ukraine's head. If Russia wants diplomacy to succeed, it should de-escalate."
L["whitehouse-2022-01-08-background-call-russia"] = [
 ("Thanks, and good morning. Let me start with the week ahead: the Strategic Stability Dialogue in Geneva on Monday, the NATO-Russia Council in Brussels on Wednesday, and the OSCE Permanent Council in Vienna on Thursday. We have consulted closely with our Allies and with Ukraine at every step, and we will continue to do that after each round.", WH, 0, SAO, "", "", 1, D),
 ("There are some areas where we think we can make progress. One is the future deployment of offensive weapons systems in Ukraine, which is something we are prepared to discuss, if Russia is willing to discuss reciprocal commitments of its own.", WH, 0, SAO, "no-strike-weapons-near-borders", "mentions", 1, D),
 (W_EX, WH, 0, SAO, "limit-military-exercises", "mentions", 1, D),
 (W_EX, WH, 0, SAO, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (W_OFF, WH, 0, SAO, "nato-open-door", "supports", 1, D),
 (W_OFF, WH, 0, SAO, "rollback-to-1997", "rejects", 1, D),
 (W_TR, WH, 0, SAO, "written-legal-guarantees", "rejects", 1, D),
 (W_TR, WH, 0, SAO, "nato-non-expansion", "rejects", 1, D),
 (W_PRE, WH, 0, SAO, "no-preconditions", "supports", 1, D),
 (W_PRE, WH, 0, SAO, "russia-de-escalation", "supports", 1, D),
 ("I won't go into specific measures. We have been working with the Europeans on a package of severe economic costs, and the Russians should be under no illusion that we are bluffing.", WH, 0, SAO, "", "", 1, D),
 ("And I would add that the costs would not only be economic. We have been very direct with Moscow about that in our private conversations as well.", WH, 0, SAO, "", "", 1, D),
 ("Those reports are false. There is no discussion of a moratorium on Ukraine's membership, and nothing about Ukraine will be decided without Ukraine.", WH, 0, SAO, "no-ukraine-membership", "rejects", 1, D),
 ("I'll leave it to the Russians to describe their own priorities. Deputy Secretary Sherman will lead our delegation, and she will be candid about our concerns as well.", WH, 0, SAO, "", "", 1, D),
]

D = "2022-01-26"
BOTH = "Both Mr Blinken and Mr Stoltenberg insisted the replies had not traded away NATO’s open door, the principle that every country may choose its own alliances."
ZK = "We need a clear answer on non-expansion, on the non-deployment of strike weapons, on the return of NATO’s infrastructure to the 1997 positions. Not a discussion about a discussion,"
WA = "Defence secretary Ben Wallace told the Commons this afternoon that Britain would not accept any limit on where the Royal Navy sails or the RAF flies in international waters and airspace, calling Moscow’s demand to keep allied warships out of the Black Sea a ‘non-starter’."
TH = "Dr Rosalind Thewlis, who researches Russian security policy at King’s College London, told Sky News this afternoon that the key question was whether the Kremlin would settle for political commitments instead of the legally binding treaty it has asked for."
L["skynews-2022-01-26-live-us-nato-written-answers"] = [
 ("There is no change, there will be no change", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("The document sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, D),
 ("We are ready to listen to Russia’s concerns, but we cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (BOTH, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (BOTH, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (ZK, "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 1, D),
 (ZK, "maria-zakharova", 1, "she", "no-strike-weapons-near-borders", "supports", 1, D),
 (ZK, "maria-zakharova", 1, "she", "rollback-to-1997", "supports", 1, D),
 (WA, "ben-wallace", 1, "Ben Wallace", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 (WA, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (TH, "rosalind-thewlis", 1, "Rosalind Thewlis", "written-legal-guarantees", "mentions", 0, D),
 (TH, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("This is the most serious moment for European security since the end of the Cold War,", "rosalind-thewlis", 1, "she", "", "", 1, D),
 ("She added that the American reply, like NATO’s, still tied any progress to a Russian pullback from Ukraine’s borders.", "rosalind-thewlis", 1, "She", "russia-de-escalation", "mentions", 0, D),
 ("A senior EU official, briefing reporters in Brussels on condition of anonymity, said the bloc would back any US offer to discuss limits on military exercises in Europe, provided it was reciprocal and agreed with European allies.", "european-union", 0, "A senior EU official", "limit-military-exercises", "mentions", 0, D),
 ("There can be no security in Europe without the security of Ukraine, and no agreement about Europe without Europe,", "josep-borrell", 1, "he", "", "", 1, D),
]

D = "2022-01-18"
BK = "bohdana-kostiv"
K_LIST = "Everything at once. The draft asks NATO to promise that it will never take in Ukraine or Georgia, to pull its troops out of Poland and the Baltic states, and to stop any military cooperation with us. It reads like a list from 1945, not 2022."
K_NEU = "No. Neutrality did not protect us in 2014. A country that gives up the right to choose its alliances today will be asked to give up something else tomorrow."
K_TR = "That the troops are the problem. President Zelensky is trying to keep the economy calm, and I understand that. But the West should say loudly that those 100,000 soldiers must go home before anyone talks about treaties."
L["kyivpost-2022-01-19-kostiv-interview"] = [
 ("Calmer than in Western capitals, honestly. People here have lived with this war since 2014, and they have learned not to panic at every headline.", BK, 1, "Kostiv", "", "", 1, D),
 (K_LIST, BK, 1, "Kostiv", "no-ukraine-membership", "mentions", 1, D),
 (K_LIST, BK, 1, "Kostiv", "rollback-to-1997", "mentions", 1, D),
 (K_LIST, BK, 1, "Kostiv", "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Talks on missiles, yes. If Russia and the United States agree that neither side puts intermediate-range missiles where they can hit the other, Europe is safer and so are we. That is the one part of the package I would support.", BK, 1, "Kostiv", "no-intermediate-range-missiles", "supports", 1, D),
 ("I would not accept them. Russia holds the biggest drills in Europe right next to our border, with no limits at all. A ban that applies only to NATO is not a compromise, it is the disarmament of one side.", BK, 1, "Kostiv", "limit-military-exercises", "rejects", 1, D),
 ("Our cooperation with the United States, Britain, Canada or Lithuania is our sovereign business. Nobody in Moscow will decide whether a British instructor can train Ukrainian soldiers in Yavoriv.", BK, 1, "Kostiv", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Revoking Bucharest would be a gift to the Kremlin, and I do not believe a single ally would vote for it. But I also do not believe the promise means much without a date.", BK, 1, "Kostiv", "rescind-bucharest-2008", "rejects", 1, D),
 (K_NEU, BK, 1, "Kostiv", "nato-open-door", "supports", 1, D),
 (K_NEU, BK, 1, "Kostiv", "no-ukraine-membership", "rejects", 1, D),
 (K_TR, BK, 1, "Kostiv", "russia-de-escalation", "supports", 1, D),
 (K_TR, BK, 1, "Kostiv", "no-preconditions", "rejects", 1, D),
 ("I expect pressure, and I expect it to last for months. Whether it becomes a full-scale war depends on how united the West stays in February.", BK, 1, "Kostiv", "", "", 1, D),
 ("Thank you. And please tell your readers abroad that Ukrainians are not waiting to be rescued. We are waiting to be respected.", BK, 1, "Kostiv", "", "", 1, D),
]

D = "2022-01-27"
DP = "dmitry-peskov"
VO = "According to the expert, Moscow will continue to insist on the negotiations without any preconditions."
L["interfax-2022-01-27-peskov-no-optimism"] = [
 ("It is impossible to say that our considerations were taken into account or that the readiness was shown to take into account our concerns. But we will not hurry with the estimations", DP, 1, "Peskov", "", "", 1, D),
 ("On the main question, on the non-expansion of NATO, there is no positive reaction. There is the reaction on the secondary questions, which allows to count on the beginning of the serious conversation", DP, 1, "the representative of the Kremlin", "nato-non-expansion", "supports", 1, D),
 ("To the question, whether the Kremlin is ready to discuss the missiles of the medium and smaller range separately from the rest of the package, Peskov answered, that all the Russian proposals make the one whole and can not be divided.", DP, 1, "Peskov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The guarantees must be on the paper and legally obligatory, we said this many times, and here nothing changes", DP, 1, "Peskov", "written-legal-guarantees", "supports", 1, D),
 ("Russia moves its troops on its own territory at its discretion, and nobody has the right to dictate to us, where they must stand", DP, 1, "the press secretary", "russia-de-escalation", "rejects", 1, D),
 ("The president has all the texts, he will acquaint himself with them and then the decision will be taken", DP, 1, "he", "", "", 1, D),
 ("our position on the Bucharest formula remains the same: it must be disavowed", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-26"),
 ("According to the official representative of MFA Maria Zakharova, who spoke on the briefing on Thursday, the refusal of NATO from the military development of the territory of Ukraine, Georgia and other post-Soviet states is the «key element» of the package.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, D),
 ("In her words, NATO must also return its infrastructure to the configuration of 1997, as it is written in the Russian draft of the agreement.", "maria-zakharova", 1, "her", "rollback-to-1997", "supports", 0, D),
 ("The deputy minister Alexander Grushko, in the interview to RIA Novosti, has called the proposal of NATO to restore the channels of the military communication the «window-dressing» and has said, that there is no sense in the military contacts while the alliance considers Russia as the adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, ""),
 ("The West offered the big menu of the arms control, but the main dish, the non-expansion, is not in the menu", "arkady-voronkin", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (VO, "arkady-voronkin", 1, "the expert", "no-preconditions", "mentions", 0, ""),
 (VO, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Voronkin also noted, that both sides speak about the restoration of the military contacts between Russia and NATO.", "arkady-voronkin", 1, "Voronkin", "resume-military-dialogue", "mentions", 0, ""),
]

D = "2022-01-13"
LU = "Russia's permanent representative to the OSCE, Alexander Lukashevich, told the same meeting that the West must stop „the militarisation of Ukraine“ and the deployment of strike systems along Russia's borders."
PA = "Latvian Defence Minister Artis Pabriks said on Thursday that Riga would welcome more American equipment, including „long-range fires“, rejecting Moscow's demand that no offensive weapons be placed in states bordering Russia."
L["lrt-2022-01-14-baltic-osce-reactions"] = [
 ("an attempt to divide Europe into spheres of influence once again", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, D),
 ("Lithuania will not accept that anyone in Moscow decides how many allied soldiers can be stationed in Rukla or Pabradė. The troops that are here will stay, and more may come,", "gabrielius-landsbergis", 1, "the minister", "rollback-to-1997", "rejects", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-military-activity-ex-soviet", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("He also said NATO should scale back the exercises it holds near Russian borders, which he called „provocative“.", "alexander-lukashevich", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("We face a crisis in European security. Russia must choose de-escalation and diplomacy.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 (PA, "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 0, D),
 (PA, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("That idea was dismissed as „absurd“ by Defence Minister Arvydas Anušauskas, who said NATO's air policing mission over the Baltic states would continue.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "no-warships-aircraft-in-strike-range", "rejects", 0, ""),
 ("Russia has put Iskanders in Kaliningrad, a hundred kilometres from our border. A missile deal on Russian terms is one we should not sign,", "arvydas-anusauskas", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Ukrainian President Volodymyr Zelensky, in his video address on Thursday evening, said Ukraine's course towards NATO was written into the constitution and would not be traded away at any negotiating table.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, D),
 ("Nobody in Moscow seriously expects NATO to pull out of the Baltic states. The rollback is on the list so that they can later say they were refused,", "vaidas-jurgelionis", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("The open-door principle is what the whole dispute is really about,", "vaidas-jurgelionis", 1, "Jurgelionis", "nato-open-door", "mentions", 1, ""),
]

write_gold(L, "articles-141", "gold-141")
