#!/usr/bin/env python3
"""Writes the held-out gold of batch 121 (gold-121/*.nq) from the labels below.

Batch 121 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles, chosen to avoid the outlets that
recent batches used most:

- anadolu-2022-01-10-geneva-ryabkov-sherman: Anadolu Agency wire copy with
  front matter, a byline/date line and crossheads ("- Turkey offers to host
  talks"); straight quotes; a quotation split by "Sherman said"; attribution
  after the quotation; a Turkish minister and an invented Turkish analyst.
- izvestia-2021-12-20-grushko-interview: Izvestia Q&A interview in
  translated English with a UTF-8 BOM and CRLF line ends, no front matter
  (date line "20 December 2021, 00:01"); questions and answers both open
  with "— "; « » quotation marks inside answers; one answer runs over two
  paragraphs; the interview was held on Saturday 18 December, two days
  before publication; a question reporting what Stoltenberg said.
- lsm-2022-01-12-nato-russia-council-live: LSM (Latvian Public
  Broadcasting) live blog with front matter and time-stamped entries; curly
  quotes; Latvian ministers and an invented researcher; two speakers in one
  sentence (Kariņš and Levits); "despite Moscow’s demands that ..."; roles
  instead of names ("the secretary general", "the deputy foreign minister");
  a "for context" entry on the 1997 Founding Act.
- thehindu-2022-01-15-oped-after-vienna: The Hindu op-ed without front
  matter (date line "January 15, 2022 00:15 IST"); curly quotes; the OSCE
  session in Vienna (Rau, Lukashevich, Carpenter), Lavrov's press conference
  and Ryabkov on RTVI ("a day earlier"); quotation fragments inside reported
  sentences; a history section quoting Baker 1990, the 1997 Founding Act and
  the 2008 Bucharest declaration; an unnamed group ("Western diplomats");
  invented Indian and Russian experts.
- npr-2022-01-26-us-written-response-russia: NPR All Things Considered
  transcript with front matter; speaker labels in capitals (host,
  correspondent, soundbites of Blinken and Stoltenberg) and an interview with
  an invented former Pentagon official; the host's questions carry demands.
- zn-2022-01-27-lavrov-us-answer-reactions: Zerkalo Nedeli (ZN.UA)
  machine-translated aggregator copy without front matter (date line
  "27.01.2022 14:35"); „ “ quotation marks with "– X said" after them;
  Lavrov, Peskov, Zakharova, Kuleba, Zelensky and an invented Kyiv expert;
  a "We will remind" background paragraph and a "Read also" link line.
- ourcommons-2022-02-01-faae-ukraine: House of Commons of Canada committee
  evidence (Standing Committee on Foreign Affairs) with front matter; speaker
  labels with ridings and titles, "[Translation]" markers; the minister's
  opening statement, invented MPs' questions and an invented assistant deputy
  minister's answers.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator (here also the committee chair)
  get no label; the interviewee's name is the one the intro/speaker label
  gives (as written there, capitals included, titles dropped). Members of
  parliament are neither journalists nor moderators: their questions are
  their own direct quotations (stance mentions when they ask about a demand);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "the core
  of its proposals"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (diacritics folded); a
  senior EU official -> european-union, an embassy -> its country; speaker
  name = the words naming the speaker at that point, pronouns as written,
  titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
RYAB_CALLS = "Ryabkov dismissed Western calls for Russia to withdraw its troops from areas near the Ukrainian border before the dialogue could continue, saying the forces were on Russian soil and that talks could not be made conditional on their movements."
SHER_OPEN = "At the same time, Sherman said the United States was open to discussing the possible future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided any steps were mutual."
L["anadolu-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The deputy minister said his delegation had also pressed for NATO to pull back the forces and weapons it has deployed in countries that joined the alliance after 1997, describing it as an integral part of the package that could not be set aside.", "sergei-ryabkov", 1, "The deputy minister", "rollback-to-1997", "supports", 0, D),
 (RYAB_CALLS, "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 (RYAB_CALLS, "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("There is no risk that a war will be unleashed. We have no intention to attack Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("There will be no ban on NATO enlargement,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("and no country outside the alliance will have a veto over who joins it.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States,", "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, D),
 (SHER_OPEN, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (SHER_OPEN, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Those are areas where we can make progress, but only in a setting of de-escalation rather than escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Turkish Foreign Minister Mevlut Cavusoglu said on Sunday that Ankara was ready to host talks between the parties and that disagreement over whether such talks should come with or without preconditions should not be allowed to block diplomacy.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "no-preconditions", "mentions", 0, "2022-01-09"),
 ("Turkey is ready to contribute in every way to reducing the tension in the Black Sea region,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-09"),
 ("The Black Sea clause, keeping American warships and bombers out of range of the Russian coast, matters enormously to Ankara because of the Montreux Convention,", "ece-yalcinkaya", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Nobody in Geneva expected a deal today. The real question is whether both sides agree to keep talking,", "ece-yalcinkaya", 1, "Yalcinkaya", "", "", 1, D),
]

D = "2021-12-18"
G = ("alexander-grushko", 1, "Alexander Grushko")
P1 = "We did this consciously. The situation has reached a dangerous line, and we want our citizens and the citizens of the NATO countries to see what exactly we are proposing. There is no secret here. The main point is simple: the expansion of NATO to the east must stop, and this must be fixed legally, in a treaty, and not in words which were already given to us once and then forgotten."
P3 = "Yes. The Bucharest formula, that these countries «will become members of NATO», must be disavowed. As long as it remains in force, it is a time bomb. We insist that Ukraine and Georgia never become members of the alliance, and this is not a subject for bargaining."
P7 = "Yes. We propose that exercises above brigade level are not held in an agreed zone along the line of contact, and that warships and aircraft, including heavy bombers, do not operate in areas from which they can strike targets on the territory of the other side. These are ordinary measures of military restraint. They existed in the past, and they worked."
L["izvestia-2021-12-20-grushko-interview"] = [
 (P1, *G, "nato-non-expansion", "supports", 1, D),
 (P1, *G, "written-legal-guarantees", "supports", 1, D),
 ("The so-called «open door» policy is not a dogma and not a law of nature. No state is obliged to join NATO, and NATO is not obliged to accept everyone who knocks. Security is indivisible: one cannot strengthen one's own security at the expense of the security of others. All the leaders signed this principle in Istanbul in 1999 and in Astana in 2010, the Americans included.", *G, "nato-open-door", "rejects", 1, D),
 (P3, *G, "rescind-bucharest-2008", "supports", 1, D),
 (P3, *G, "no-ukraine-membership", "supports", 1, D),
 ("The military development of the territory of Ukraine by the NATO countries. Instructors, training centres, deliveries of weapons, joint exercises — all of this is happening right at our borders. The United States must not establish bases on the territory of former Soviet states that are not members of NATO and must not develop bilateral military cooperation with them. This is written in the draft directly.", *G, "no-military-activity-ex-soviet", "supports", 1, D),
 ("This is a key question. If American strike systems appear in Ukraine, the flight time to Moscow will be five to seven minutes. We cannot allow this. We propose that neither side deploys strike weapons in areas from which they can hit the territory of the other side.", *G, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The same applies to missiles. Intermediate-range and shorter-range ground-based missiles must not be deployed in places from which they can reach the territory of the other party. We proposed a moratorium long ago, and nobody answered us.", *G, "no-intermediate-range-missiles", "supports", 1, D),
 (P7, *G, "limit-military-exercises", "supports", 1, D),
 (P7, *G, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("It means that NATO does not deploy forces and weapons on the territory of the states that joined after 27 May 1997 in addition to those that were there on that date. This is the line of the Founding Act, and we want the alliance to go back to it. It is not a new idea, it is a return to what NATO itself accepted then.", *G, "rollback-to-1997", "supports", 1, D),
 ("We are not at a bazaar. We have put forward complete texts, and we are ready to start negotiations immediately, for example in Geneva, without any preconditions. But we will not be drawn into endless discussions: there must be a result, and a fast one.", *G, "no-preconditions", "supports", 1, D),
 ("The channels are very thin. The draft agreement provides for restoring the dialogue between the military, including hotlines for emergencies. We are ready to restore military-to-military contacts, but as a part of the whole package, not as a substitute for the guarantees.", *G, "resume-military-dialogue", "supports", 1, D),
 ("Then we will have to take the measures that we consider necessary. We have made it clear that we will switch to the creation of counter-threats. But then it will be too late to ask us why we made such decisions.", *G, "", "", 1, D),
]

D = "2022-01-12"
KL = "Prime Minister Krišjānis Kariņš and President Egils Levits both said on Wednesday that Russia must pull its troops back from Ukraine’s borders, Kariņš speaking after the weekly cabinet meeting and Levits during a visit to Daugavpils."
JS_VETO = "Allies reaffirmed that each nation has the right to choose its own path, and that Russia does not have a veto over whether Ukraine becomes a NATO member,"
JS_BG = "Stoltenberg said the allies would keep their battlegroups in the Baltic states and Poland, despite Moscow’s demands that NATO withdraw forces from the countries that joined after 1997."
JS_READY = "We are ready to sit down and discuss reciprocal limits on missiles and more transparency on military exercises,"
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Latvia will not accept any arrangement in which the allied presence in our region is negotiated away over our heads,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 ("Taking NATO back to where it stood in 1997 is a non-starter, and every ally knows that.", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 ("Our exercises take place on our own soil, together with our allies, and they will go ahead as planned,", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 1, D),
 ("Which weapons are stationed on Latvian soil is for Latvia and its allies to decide, not for the Kremlin,", "artis-pabriks", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("He also dismissed the idea that allied fighter jets should stop flying Baltic air policing missions close to the Russian border, saying the mission had guarded Baltic airspace since 2004 and would carry on.", "artis-pabriks", 1, "He", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("Ilze Kalniņa, a researcher at the Riga-based Centre for Baltic Security Studies, told LSM this morning that the open-door principle was what the whole negotiation would turn on.", "ilze-kalnina", 1, "Ilze Kalniņa", "nato-open-door", "mentions", 0, D),
 ("If you read the Russian drafts at face value, the battlegroups here in Ādaži and in Estonia and Lithuania would have to leave. That is the real content of the 1997 clause, and that is why nobody in the Baltics is relaxed today,", "ilze-kalnina", 1, "she", "rollback-to-1997", "mentions", 1, D),
 (KL, "krisjanis-karins", 1, "Krišjānis Kariņš", "russia-de-escalation", "supports", 0, D),
 (KL, "egils-levits", 1, "Egils Levits", "russia-de-escalation", "supports", 0, D),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (JS_VETO, "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, D),
 (JS_VETO, "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, D),
 (JS_BG, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 (JS_BG, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (JS_READY, "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 (JS_READY, "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("The secretary general also proposed reopening NATO’s and Russia’s missions in Moscow and Brussels and restoring military-to-military channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "The secretary general", "resume-military-dialogue", "supports", 0, D),
 ("The question of non-enlargement is the key one for us. Without it there is no sense in discussing anything else,", "alexander-grushko", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, D),
 ("Deputy Defence Minister Alexander Fomin complained that NATO had held dozens of large exercises near Russia’s borders over the past year and said such drills had to be scaled back.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("He dismissed the offer to restore contacts between military commanders, saying the Russian military saw no sense in it while the alliance treated Russia as an adversary.", "alexander-fomin", 1, "He", "resume-military-dialogue", "rejects", 0, D),
 ("Russia got a clear and united answer today. Now the ball is in the Kremlin’s court,", "edgars-rinkevics", 1, "he", "", "", 1, D),
]

CARP = "The U.S. Ambassador to the OSCE, Michael Carpenter, replied that “the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,” and that Washington would not trade away the principle that every state chooses its own alliances."
LAV = "We need guarantees on paper, legally binding ones. The key one is that NATO does not expand further to the east,"
SETHI = "Strip away the rhetoric and the core ask is a legally binding promise that NATO stops where it is today. The question now is what the West can offer short of that,"
L["thehindu-2022-01-15-oped-after-vienna"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau later that day told Polish journalists that Poland would never agree to allied troops leaving NATO’s eastern flank.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("We need legally binding guarantees, and we need them soon, because the situation is approaching a dangerous line,", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 (CARP, "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 (LAV, "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 (LAV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("A day earlier, Deputy Foreign Minister Sergei Ryabkov, in an interview with RTVI, said he saw no grounds for a new round of talks soon, refused to rule out Russian military deployments to Cuba or Venezuela, and insisted on a ban on American intermediate-range missiles in Europe.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-13"),
 (SETHI, "anuradha-sethi", 1, "Anuradha Sethi", "nato-non-expansion", "mentions", 1, ""),
 (SETHI, "anuradha-sethi", 1, "Anuradha Sethi", "written-legal-guarantees", "mentions", 1, ""),
 ("The Bucharest question is not bargaining theatre. For the people who wrote these drafts, undoing that promise is the core of the matter,", "viktor-lebedinsky", 1, "Lebedinsky", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Military cooperation between the West and Ukraine, Georgia or the Central Asian states gets less attention, but that is the part where I think a trade is actually possible,", "viktor-lebedinsky", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("a peaceful resolution through sustained diplomatic efforts", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-13"),
]

D = "2022-01-26"
KEL = "Blinken says the document does not give Moscow the one thing it has demanded most - a promise that Ukraine will never join NATO."
BL2 = "We're prepared to discuss reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems in Ukraine. We also address possible transparency measures regarding military exercises and maneuvers in Europe."
HW1 = "Look, there's a lot on the table, but boil the drafts down and it's three things - no more enlargement, no strike weapons near their borders and a pullback of NATO to where it stood in 1997. On the first and the third, the answer was always going to be no."
H = ("daniel-harwood", 1, "HARWOOD")
L["npr-2022-01-26-us-written-response-russia"] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "ANTONY BLINKEN", "nato-open-door", "supports", 1, D),
 (KEL, "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, D),
 (KEL, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (BL2, "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, D),
 (BL2, "antony-blinken", 1, "BLINKEN", "limit-military-exercises", "mentions", 1, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest. NATO's door remains open.", "jens-stoltenberg", 1, "JENS STOLTENBERG", "nato-open-door", "supports", 1, D),
 ("We also propose to re-establish our respective offices in Moscow and Brussels and to make full use of military lines of communication to promote transparency and reduce risks.", "jens-stoltenberg", 1, "STOLTENBERG", "resume-military-dialogue", "supports", 1, D),
 (HW1, *H, "nato-non-expansion", "mentions", 1, D),
 (HW1, *H, "no-strike-weapons-near-borders", "mentions", 1, D),
 (HW1, *H, "rollback-to-1997", "mentions", 1, D),
 ("Honestly, I think a written guarantee would be worth very little. Ukraine got one in Budapest in 1994, signed by Russia, and we saw what happened in 2014.", *H, "written-legal-guarantees", "rejects", 1, D),
 ("The offer to reopen the missions and restore the military channels is in there too. I'd watch whether Moscow picks it up, because that would tell you they want to keep talking.", *H, "resume-military-dialogue", "mentions", 1, D),
]

D = "2022-01-27"
KUL = "In it there is no one position, which contradicts the national interests of Ukraine. The way of Ukraine to NATO is decided by Ukraine and the 30 members of the Alliance, and not by Moscow"
HRAB = "The neutral buffer without any prospect in the Alliance – this is what is written in the Russian drafts for Ukraine. And also the ban on any strike weapons on our land"
L["zn-2022-01-27-lavrov-us-answer-reactions"] = [
 ("There is a reaction, which allows to count on the beginning of the serious conversation, but on the secondary questions. The main question is our clear position about the inadmissibility of the further expansion of NATO to the east", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The movement of the Russian troops on the territory of Russia does not concern anybody, we do not threaten to anybody", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("The official representative of the MFA of RF Maria Zakharova on the briefing on Thursday declared, that the decision of the Bucharest summit of NATO of 2008 about the future membership of Ukraine and Georgia in the Alliance must be cancelled.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, D),
 ("The military development of the Ukrainian territory by the countries of NATO, the deliveries of the weapons and the sending of the instructors must be stopped", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, D),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine does not need to ask anybody the permission to cooperate with the partners, including in the sphere of the defense", "volodymyr-zelensky", 1, "the president", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 (HRAB, "oksana-hrabovetska", 1, "Oksana Hrabovetska", "no-ukraine-membership", "mentions", 1, ""),
 (HRAB, "oksana-hrabovetska", 1, "Oksana Hrabovetska", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The next weeks will show, whether the Kremlin chooses the diplomacy or the war", "oksana-hrabovetska", 1, "the expert", "", "", 1, ""),
 ("We will remind, on December 17 Russia published the drafts of the treaty with the USA and of the agreement with NATO, in which it demanded in particular the refusal of any military activity of NATO on the territory of Ukraine, of the states of the Eastern Europe, of the Transcaucasia and of the Central Asia.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

D = "2022-02-01"
J = ("melanie-joly", 1, "Mélanie Joly")
J3 = "The right of sovereign nations to choose their own alliances is not up for negotiation. No country, including Russia, has a veto over Ukraine's aspiration to join NATO."
MCP = "Minister, some people say the talks should simply go ahead without preconditions. Isn't insisting that Russia pull back its troops first just handing Moscow an excuse to walk away?"
CLO = "Thank you, Minister. Our view, which is shared by all allies, is that there can be no serious negotiation while more than a hundred thousand troops are positioned at Ukraine's border. De-escalation has to come first. That is not a condition invented by Canada; it is the basic condition for any talks to succeed."
C = ("catherine-lavallee-okafor", 1, "Catherine Lavallée-Okafor")
L["ourcommons-2022-02-01-faae-ukraine"] = [
 ("Thank you, Mr. Chair, and thank you to the members of the committee. Less than two weeks ago I was in Kyiv, where I met President Zelensky and Foreign Minister Kuleba, and I visited the Canadian troops who are deployed in western Ukraine.", *J, "", "", 1, D),
 ("Canada's position is clear. Russia must de-escalate and withdraw the forces it has massed on Ukraine's border and in Belarus. Any further military incursion into Ukraine will have massive consequences and severe costs.", *J, "russia-de-escalation", "supports", 1, D),
 (J3, *J, "nato-open-door", "supports", 1, D),
 (J3, *J, "no-ukraine-membership", "rejects", 1, D),
 ("Last week the Prime Minister announced that Operation UNIFIER is being extended and expanded. Let me be clear: Canada will keep training Ukrainian soldiers, and no one in Moscow will decide where our trainers go.", *J, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("At the same time, we remain committed to diplomacy. Canada and our allies are open to discussing reciprocal transparency on military exercises and risk reduction, as NATO set out in its written answer last week.", *J, "limit-military-exercises", "mentions", 1, D),
 ("Thank you, Minister, for being here. The Russian draft agreement would have NATO pull its forces out of every country that joined after 1997, which would include our battlegroup in Latvia. Is there any scenario in which Canada discusses that?", "garnett-hollis", 1, "Garnett Hollis", "rollback-to-1997", "mentions", 1, D),
 ("No. Canada leads the NATO enhanced forward presence battlegroup in Latvia, at Latvia's invitation, and our troops will stay there. Returning the alliance to its 1997 posture is not something any ally is prepared to entertain.", *J, "rollback-to-1997", "rejects", 1, D),
 ("Madam Minister, the 2008 Bucharest declaration is also in the Russian drafts. Could the allies not make a gesture on that point to buy some time?", "luc-gervais-tremblay", 1, "Luc Gervais-Tremblay", "rescind-bucharest-2008", "mentions", 1, D),
 ("I don't think so. The commitment made in Bucharest was made by all the allies, and it is not up to Russia to rewrite it. What was said to Ukraine and Georgia in 2008 stands.", *J, "rescind-bucharest-2008", "rejects", 1, D),
 (MCP, "heather-mcphail", 1, "Heather McPhail", "no-preconditions", "mentions", 1, D),
 (MCP, "heather-mcphail", 1, "Heather McPhail", "russia-de-escalation", "mentions", 1, D),
 ("I will ask the assistant deputy minister to answer on the negotiating track.", *J, "", "", 1, D),
 (CLO, *C, "no-preconditions", "rejects", 1, D),
 (CLO, *C, "russia-de-escalation", "supports", 1, D),
 ("On missiles, allies have been clear as well. A Russian moratorium on intermediate-range missiles is not credible as long as the SSC-8 systems that led to the end of the INF Treaty remain deployed in Europe.", *C, "no-intermediate-range-missiles", "rejects", 1, D),
 ("Thank you. Minister, what is Canada doing to prepare for a possible wave of refugees from Ukraine?", "heather-mcphail", 1, "Heather McPhail", "", "", 1, D),
 ("We are working with our partners in Poland and in the region, and our consular teams are ready to support Canadians on the ground.", *J, "", "", 1, D),
]

write_gold(L, "articles-121", "gold-121")
