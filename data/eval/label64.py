#!/usr/bin/env python3
"""Writes the sixty-fourth held-out gold (gold-64/*.nq) from the labels below.

Batch 64 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles, in forms the earlier batches used little:

- swissinfo-2022-01-10-geneva-strategic-dialogue: SWI swissinfo.ch wire copy
  (Keystone-SDA/Reuters) on the Geneva talks, front matter, straight quotes,
  a quotation split by "Ryabkov said" and one split by "Sherman said", a
  crosshead, a "published on" line, Baker 1990 background, an invented
  Geneva analyst;
- riigikogu-2022-01-19-question-time: Estonian Riigikogu verbatim record in
  unofficial English translation, no front matter (date in the heading),
  speaker labels on their own line, MPs' questions (labelled: MPs are not
  journalists; the presiding President gets no label), answers of several
  paragraphs, a Bucharest 2008 reference inside a current stance;
- newsinenglish-2022-01-27-norway-backs-nato-reply: Views and News from
  Norway style report, UTF-8 BOM and CRLF line ends, no front matter
  (date line "January 27, 2022"), two speakers in one sentence, "in an
  interview with", a speaker named only by role ("The Kremlin spokesman"),
  reported speech about unspecified demands, a NUPI analyst;
- irishtimes-2022-01-25-russian-drills-cork: Irish Times analysis with
  standfirst and byline, curly quotes, "Mr" titles, "January 12th", an
  embassy statement, a senior EU official, passive attribution, experts in the
  present tense ("she says", "he adds"), 1999 background;
- chathamhouse-2022-01-28-russia-demands-after-replies: Chatham House online
  event transcript, speaker labels on their own line, a chair and an
  anonymous participant's question (no labels), closing one-liners;
- mae-ro-2022-01-21-aurescu-allied-presence: Romanian Foreign Ministry press
  release in stiff translated English, no front matter (date "21.01.2022"),
  „ ” quotes with the comma outside, "today", two ministers in one sentence,
  a speaker named by role ("the head of Romanian diplomacy"), Bucharest 2008
  background, a Moldovan minister;
- espreso-2022-01-30-pravda-tyzhnia-talk-show: machine-translated YouTube
  transcript of a Ukrainian TV talk show, « » quotes, timestamps and
  "Name:" speaker labels, a clip of a press conference two days earlier, a
  host whose questions carry no label.

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
  quotation (evidence = the paragraph without the dash, timestamp or speaker
  label); journalists' questions and the moderator get no label; the
  interviewee's name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question" without
  naming it, "core concerns", "non-starters"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out; a demand attributed to a document ("the
  drafts would forbid ...") inside a speaker's quotation is that speaker's
  mention or rejection, not Russia's label;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (ASCII); a senior EU
  official -> european-union, an embassy -> its country; speaker name = the
  words naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts quoted without a day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["swissinfo-2022-01-10-geneva-strategic-dialogue"] = [
 ("It is absolutely mandatory for us that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The same goes for Georgia.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need guarantees that are legally binding, not promises and not a moratorium that could be lifted tomorrow,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov also said on Monday that NATO should formally disavow the pledge made at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("We cannot live with a situation in which strike weapons appear in Ukraine, a few minutes' flying time from Moscow,", "sergei-ryabkov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-10"),
 ("Asked about the tens of thousands of troops Russia has massed near Ukraine, Ryabkov repeated that Moscow had no intention of attacking its neighbour and said Russia would not be told where it could move forces on its own territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("According to Ryabkov, Russia was prepared to discuss confidence-building measures, including regular contacts between the two countries' militaries, but only once its central concerns had been answered.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Nor will we agree to freeze the alliance where it stands today.", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("Sherman said she had also made clear that the alliance would not discuss Moscow's demand that NATO withdraw troops and weapons from the countries that joined it after 1997, among them Poland and the Baltic states.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 ("Sherman said she had also made clear that the alliance would not discuss Moscow's demand that NATO withdraw troops and weapons from the countries that joined it after 1997, among them Poland and the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("She said Washington was ready to discuss the future placement of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Moscow was prepared to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was ready to discuss the future placement of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Moscow was prepared to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Geneva is a place where even the most difficult conversations can take place, and we are glad to offer it,", "ignazio-cassis", 1, "Cassis", "", "", 1, "2022-01-09"),
 ("Moscow is asking Washington to promise things it cannot promise alone, such as keeping Ukraine out of NATO for ever,", "livia-marchetti-roux", 1, "Livia Marchetti-Roux", "no-ukraine-membership", "mentions", 1, ""),
]
L["riigikogu-2022-01-19-question-time"] = [
 ("Honourable President! Honourable Prime Minister! Last week, on Monday, the Americans met the Russian delegation in Geneva, and on Wednesday the allies met it in Brussels. The drafts published in December propose that allied troops leave the countries that joined NATO after 1997, which means Estonia too. Could the government ever accept fewer allied soldiers in Estonia as part of some larger deal?", "heiki-aavasalu", 1, "Heiki Aavasalu", "rollback-to-1997", "mentions", 1, "2022-01-19"),
 ("Thank you, honourable President! Honourable questioner! The answer is simply no. The idea that allied forces should leave the countries that joined NATO after 1997 is unacceptable to Estonia, and to every ally I have spoken to. The battlegroup in Tapa stays, and we are asking our allies for more presence, not less.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 ("No one can give Russia a veto over the choices of sovereign democracies. Whether Ukraine or Georgia, Finland or Sweden join an alliance is for them and for the allies to decide, not for the Kremlin.", "kaja-kallas", 1, "Kaja Kallas", "nato-open-door", "supports", 1, "2022-01-19"),
 ("No one can give Russia a veto over the choices of sovereign democracies. Whether Ukraine or Georgia, Finland or Sweden join an alliance is for them and for the allies to decide, not for the Kremlin.", "kaja-kallas", 1, "Kaja Kallas", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("Honourable Prime Minister! In several European capitals one hears that we should simply sit down with Moscow without any preconditions and hear it out. What is the government's position on talks without preconditions?", "rein-talvik", 1, "Rein Talvik", "no-preconditions", "mentions", 1, "2022-01-19"),
 ("Thank you! We are talking to Russia: in Geneva, in Brussels, in Vienna, and Estonia sat at the table in Brussels. But talks without any conditions while a hundred thousand Russian soldiers stand at Ukraine's border would simply reward blackmail. The first condition is that Russia pulls its troops back.", "kaja-kallas", 1, "Kaja Kallas", "no-preconditions", "rejects", 1, "2022-01-19"),
 ("Thank you! We are talking to Russia: in Geneva, in Brussels, in Vienna, and Estonia sat at the table in Brussels. But talks without any conditions while a hundred thousand Russian soldiers stand at Ukraine's border would simply reward blackmail. The first condition is that Russia pulls its troops back.", "kaja-kallas", 1, "Kaja Kallas", "russia-de-escalation", "supports", 1, "2022-01-19"),
 ("Dear Minister! At the OSCE Permanent Council in Vienna last Thursday, the Bucharest summit of 2008 came up yet again. How does Estonia answer those who want the Bucharest decision withdrawn?", "liina-oravmets", 1, "Liina Oravmets", "rescind-bucharest-2008", "mentions", 1, "2022-01-19"),
 ("Thank you for the question! In Bucharest in 2008 the allies agreed that Ukraine and Georgia will become members of NATO. That decision stands, and it is not for anyone outside the alliance to annul it.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 ("In Vienna, the Polish chairmanship has launched a renewed dialogue on European security. Estonia supports that dialogue, and we will take part in it actively, together with our allies and partners.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "", "", 1, "2022-01-19"),
 ("Honourable Minister! Some commentators have suggested scaling back this year's Spring Storm exercise in order to lower the temperature. Is the ministry considering that?", "andres-pajula", 1, "Andres Pajula", "limit-military-exercises", "mentions", 1, "2022-01-19"),
 ("No. Spring Storm will take place as planned, together with our allies. Russia holds snap exercises with tens of thousands of soldiers right next to our border, and now also in Belarus; it is in no position to ask NATO to cut its drills.", "kalle-laanet", 1, "Kalle Laanet", "limit-military-exercises", "rejects", 1, "2022-01-19"),
 ("What I do support is keeping military channels open. NATO has offered to restore military lines of communication with Moscow, and that is wise, because in such a situation the greatest risk is an accident or a miscalculation.", "kalle-laanet", 1, "Kalle Laanet", "resume-military-dialogue", "supports", 1, "2022-01-19"),
]
L["newsinenglish-2022-01-27-norway-backs-nato-reply"] = [
 ("Allied aircraft and ships will keep operating in the north, also close to where our neighbour operates. That is not something Norway will negotiate away,", "anniken-huitfeldt", 1, "Huitfeldt", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("Huitfeldt and Defence Minister Odd Roger Enoksen both said on Thursday that Norway would not accept any restrictions on allied exercises on Norwegian territory, including the large winter exercise Cold Response planned for March.", "anniken-huitfeldt", 1, "Huitfeldt", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("Huitfeldt and Defence Minister Odd Roger Enoksen both said on Thursday that Norway would not accept any restrictions on allied exercises on Norwegian territory, including the large winter exercise Cold Response planned for March.", "odd-roger-enoksen", 1, "Odd Roger Enoksen", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("Stoltenberg, a former Labour Party prime minister of Norway, said at NATO headquarters in Brussels on Wednesday that the alliance was ready to listen to Russia's concerns but would not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We propose to re-establish our respective offices in Moscow and in Brussels, and to make full use of military lines of communication to reduce risks,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("This is a serious offer of dialogue, and Russia should take it seriously,", "jonas-gahr-store", 1, "Støre", "", "", 1, "2022-01-26"),
 ("There is no positive answer on the main question, which is NATO's further expansion to the east,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The Kremlin spokesman also dismissed Western calls for Russia to pull its troops back from the Ukrainian border, saying Russia moved forces on its own territory as it saw fit.", "dmitry-peskov", 1, "The Kremlin spokesman", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("The Russians wanted a legally binding no to Ukraine. They got a polite, written no instead,", "kjersti-haugsvoll", 1, "Kjersti Haugsvoll", "no-ukraine-membership", "mentions", 1, ""),
 ("The Russians wanted a legally binding no to Ukraine. They got a polite, written no instead,", "kjersti-haugsvoll", 1, "Kjersti Haugsvoll", "written-legal-guarantees", "mentions", 1, ""),
 ("For Norway, the part of the draft treaty that bites is the one on bombers and warships keeping out of range of Russia. It would mean no more allied patrols in the Barents Sea,", "kjersti-haugsvoll", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("In the end everything comes down to the open door. One side calls it a principle, the other calls it the problem,", "kjersti-haugsvoll", 1, "Haugsvoll", "nato-open-door", "mentions", 1, ""),
]
L["irishtimes-2022-01-25-russian-drills-cork"] = [
 ("This is not the time to be increasing military activity. Russia needs to de-escalate, to pull its forces back from Ukraine’s border and to engage seriously in diplomacy,", "simon-coveney", 1, "Coveney", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("It is Nato, not Russia, that sends its warships and strategic bombers right up to our borders, and that is what must stop,", "russia", 0, "the embassy", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-23"),
 ("Ukraine, Georgia and Moldova, like every country in Europe, have the sovereign right to choose their alliances. That is not up for negotiation with anyone,", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, "2022-01-24"),
 ("Ukraine, Georgia and Moldova, like every country in Europe, have the sovereign right to choose their alliances. That is not up for negotiation with anyone,", "josep-borrell", 1, "Josep Borrell", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 ("A senior EU official said on Monday that the bloc saw no reason for allies to scale back exercises in the Baltic states while Russian forces were drilling in Belarus.", "european-union", 0, "A senior EU official", "limit-military-exercises", "rejects", 0, "2022-01-24"),
 ("Speaking afterwards on Friday, Mr Lavrov insisted that Nato must end its “military development” of Ukraine and of other former Soviet republics outside the alliance.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-21"),
 ("He also argued that the freedom to choose alliances could not be exercised at the expense of the security of others.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, "2022-01-21"),
 ("Nato’s offer to restore military contacts had already been dismissed by Alexander Grushko, the deputy foreign minister who headed Russia’s delegation at the Nato-Russia Council, after that meeting in Brussels on January 12th, with Mr Grushko saying there was “no point” while the alliance ignored Moscow’s core concerns.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("The list was built to be refused: a ban on enlargement, the rollback of Nato to its 1997 borders. Nobody in Moscow expected a yes,", "aoife-kinsella", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The list was built to be refused: a ban on enlargement, the rollback of Nato to its 1997 borders. Nobody in Moscow expected a yes,", "aoife-kinsella", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("A mutual ban on intermediate-range missiles in Europe would be good for everyone, Ireland included, and so would tighter limits on snap exercises near borders,", "conor-brophy", 1, "Conor Brophy", "no-intermediate-range-missiles", "supports", 1, ""),
 ("A mutual ban on intermediate-range missiles in Europe would be good for everyone, Ireland included, and so would tighter limits on snap exercises near borders,", "conor-brophy", 1, "Conor Brophy", "limit-military-exercises", "supports", 1, ""),
 ("Neutrality doesn’t mean we have no view. It means we should be the ones arguing for arms control when the big powers are shouting,", "conor-brophy", 1, "he", "", "", 1, ""),
 ("We’ll be out there fishing, the same as any other week in February,", "donal-creedon", 1, "Dónal Creedon", "", "", 1, ""),
]
L["chathamhouse-2022-01-28-russia-demands-after-replies"] = [
 ("Thanks, Rosalind. The first thing to say is that the US letter doesn't say yes or no to the big Russian asks; it offers a menu of things to talk about. There is reciprocal transparency on the Aegis Ashore sites in Romania and Poland, there is an offer to talk about intermediate-range missiles, and there's language on not deploying offensive ground-launched missile systems and permanent combat forces in Ukraine, provided Russia reciprocates.", "tamsin-orlova-reid", 1, "Tamsin Orlova-Reid", "no-intermediate-range-missiles", "mentions", 1, "2022-01-28"),
 ("Thanks, Rosalind. The first thing to say is that the US letter doesn't say yes or no to the big Russian asks; it offers a menu of things to talk about. There is reciprocal transparency on the Aegis Ashore sites in Romania and Poland, there is an offer to talk about intermediate-range missiles, and there's language on not deploying offensive ground-launched missile systems and permanent combat forces in Ukraine, provided Russia reciprocates.", "tamsin-orlova-reid", 1, "Tamsin Orlova-Reid", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-28"),
 ("What it does not do is accept the core demands. The request that NATO formally disavow its 2008 Bucharest language is not addressed at all, and neither is the ban on Western military activity in Ukraine, the South Caucasus and Central Asia.", "tamsin-orlova-reid", 1, "Tamsin Orlova-Reid", "rescind-bucharest-2008", "mentions", 1, "2022-01-28"),
 ("What it does not do is accept the core demands. The request that NATO formally disavow its 2008 Bucharest language is not addressed at all, and neither is the ban on Western military activity in Ukraine, the South Caucasus and Central Asia.", "tamsin-orlova-reid", 1, "Tamsin Orlova-Reid", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-28"),
 ("From Warsaw the single most important thing is that the alliance said no to the idea of second-class members. The suggestion that NATO should pull its forces and infrastructure back to where they were in 1997 is unacceptable, full stop. Poland and the Baltic states are not a buffer zone.", "bartosz-wierzbowski", 1, "Bartosz Wierzbowski", "rollback-to-1997", "rejects", 1, "2022-01-28"),
 ("And I would add: a legally binding treaty in which NATO signs away its future enlargement? No allied parliament would ratify it, and no government should sign it.", "bartosz-wierzbowski", 1, "Bartosz Wierzbowski", "written-legal-guarantees", "rejects", 1, "2022-01-28"),
 ("And I would add: a legally binding treaty in which NATO signs away its future enlargement? No allied parliament would ratify it, and no government should sign it.", "bartosz-wierzbowski", 1, "Bartosz Wierzbowski", "nato-non-expansion", "rejects", 1, "2022-01-28"),
 ("Honestly, we read it with relief. We were afraid of a deal over our heads, and there was none. The door stays open, and that is how it must be: whether Ukraine joins NATO is our choice and the allies' choice, not Moscow's.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "nato-open-door", "supports", 1, "2022-01-28"),
 ("Honestly, we read it with relief. We were afraid of a deal over our heads, and there was none. The door stays open, and that is how it must be: whether Ukraine joins NATO is our choice and the allies' choice, not Moscow's.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "no-ukraine-membership", "rejects", 1, "2022-01-28"),
 ("The drafts would forbid our cooperation with Britain, with the United States, with Canada: the instructors, the Javelins and NLAWs that arrived last week, the joint exercises. That will not happen. Ukraine will decide with whom it trains.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-28"),
 ("And the idea that Ukraine must never host any weapon that can reach Russian territory, while Russia keeps Iskanders in Crimea and is now bringing more of them into Belarus, is not acceptable for us.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-28"),
 ("Yes, and I'd argue that is the most urgent thing in the whole package. NATO has offered to re-establish military lines of communication and a civilian hotline. Restoring military-to-military dialogue is, in my view, what we need most right now, because accidents happen when nobody picks up the phone.", "tamsin-orlova-reid", 1, "Tamsin Orlova-Reid", "resume-military-dialogue", "supports", 1, "2022-01-28"),
 ("Unity. As long as the allies say the same thing in Washington, Berlin and Warsaw, the strategy of splitting us will not work.", "bartosz-wierzbowski", 1, "Bartosz Wierzbowski", "", "", 1, "2022-01-28"),
 ("Sanctions should be ready before the tanks move, not after.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "", "", 1, "2022-01-28"),
 ("Patience. This will be a long negotiation, if it is a negotiation at all.", "tamsin-orlova-reid", 1, "Tamsin Orlova-Reid", "", "", 1, "2022-01-28"),
]
L["mae-ro-2022-01-21-aurescu-allied-presence"] = [
 ("On 21 January 2022, the Ministry of Foreign Affairs of the Russian Federation stated that its demand for the withdrawal of foreign forces, equipment and weapons from the countries which were not members of NATO in 1997 refers also to Romania and Bulgaria.", "russian-foreign-ministry", 0, "the Ministry of Foreign Affairs of the Russian Federation", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Romania is a NATO member state with full rights, and the Allied presence on its territory is decided by Romania together with its Allies, not in discussions with third parties. There are no first-class and second-class Allies", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("Minister Aurescu and the Minister of National Defence, Vasile Dîncu, agreed in a telephone conversation today that the Aegis Ashore system at Deveselu is strictly defensive and cannot be included in any ban on intermediate-range missiles.", "bogdan-aurescu", 1, "Aurescu", "no-intermediate-range-missiles", "rejects", 0, "2022-01-21"),
 ("Minister Aurescu and the Minister of National Defence, Vasile Dîncu, agreed in a telephone conversation today that the Aegis Ashore system at Deveselu is strictly defensive and cannot be included in any ban on intermediate-range missiles.", "vasile-dincu", 1, "Vasile Dîncu", "no-intermediate-range-missiles", "rejects", 0, "2022-01-21"),
 ("The presence of Allied ships and aircraft in the Black Sea, in full accordance with international law, is not negotiable and will continue", "bogdan-aurescu", 1, "the head of Romanian diplomacy", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-21"),
 ("Allied exercises in Romania are defensive, transparent and notified under the Vienna Document. Romania will not accept limitations on them imposed from outside the Alliance", "bogdan-aurescu", 1, "Aurescu", "limit-military-exercises", "rejects", 1, "2022-01-21"),
 ("We are following the developments with great concern and we remain in permanent contact with our partners in Bucharest, Brussels and Washington", "nicu-popescu", 1, "Nicu Popescu", "", "", 1, "2022-01-21"),
]
L["espreso-2022-01-30-pravda-tyzhnia-talk-show"] = [
 ("I am ready to meet with the President of Russia in any format, without any preconditions, to talk about ending the war in Donbas and about the security of our people.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 1, "2022-01-28"),
 ("We do not need this panic. The risks exist, they exist since 2014, and I do not see them bigger today than they were in spring.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, "2022-01-28"),
 ("Good evening. Yes, the Americans showed us the text before it went to Moscow, and I can say responsibly: there is no concession in it on our Euro-Atlantic course. The door stays open, and nobody in Moscow holds the key to it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-30"),
 ("Good evening. Yes, the Americans showed us the text before it went to Moscow, and I can say responsibly: there is no concession in it on our Euro-Atlantic course. The door stays open, and nobody in Moscow holds the key to it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-30"),
 ("Some people would like to cancel that promise, to pretend that Bucharest never happened. We want it implemented, not cancelled, and our partners told us clearly that nobody will withdraw it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "rescind-bucharest-2008", "rejects", 1, "2022-01-30"),
 ("I will say honestly: even in some European capitals they think it would be simpler if we just said «we will never join NATO». Ukrainians will never agree to this, and any government that signs such a thing will not survive one week.", "oleksandra-movchanivska", 1, "Oleksandra Movchanivska", "no-ukraine-membership", "rejects", 1, "2022-01-30"),
 ("Five thousand helmets is not a position, it is a joke, and Kyiv said this to Berlin directly.", "oleksandra-movchanivska", 1, "Oleksandra Movchanivska", "", "", 1, "2022-01-30"),
 ("Look, the whole week all the talk was about pulling Russian troops back from our border, about de-escalation. I am a military man, I count battalion tactical groups, not statements, and there are more of them, not fewer, plus what is coming into Belarus for «Allied Resolve».", "viktor-yaremchuk", 1, "Viktor Yaremchuk", "russia-de-escalation", "mentions", 1, "2022-01-30"),
 ("The drafts published in December say: no Western instructors, no joint exercises, no bases in Ukraine. Translated into human language it means Ukraine should stay alone with Russia. This will not happen, because the Javelins and the NLAWs are already here.", "viktor-yaremchuk", 1, "Viktor Yaremchuk", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-30"),
 ("If the Americans and the Russians agree to keep intermediate-range missiles out of Europe, I will only welcome it, it is good for us too. But nobody will sell Ukraine for that, I think the partners understood this.", "viktor-yaremchuk", 1, "Viktor Yaremchuk", "no-intermediate-range-missiles", "supports", 1, "2022-01-30"),
]

write_gold(L, "articles-64", "gold-64")
