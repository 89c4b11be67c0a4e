#!/usr/bin/env python3
"""Writes the sixty-eighth held-out gold (gold-68/*.nq) from the labels below.

Batch 68 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.

Outlets and forms (all invented texts, real and invented speakers mixed):
- lrs-2022-01-13-seimas-security-guarantees: Lithuanian Seimas verbatim record
  in unofficial English translation, front matter, speaker labels of the form
  "G. LANDSBERGIS." (initial + upper-case surname, the full name given by the
  chair or the heading), a chair whose lines get no label.
- sejm-2022-01-19-foreign-affairs-committee: Polish Sejm committee record,
  working translation, no front matter (date in the heading), UTF-8 BOM and
  CRLF line ends, speaker labels on their own line ("Deputy Jerzy Malczyk
  (Konfederacja):"), the answer in the following paragraphs.
- kormany-2022-01-27-szijjarto-press-conference: Hungarian government press
  conference, translation-flavoured English, front matter, « » quotation
  marks, reported lead paragraphs, then journalists' questions (no label) and
  "Péter Szijjártó:" answers.
- shugiin-2022-02-02-budget-committee: Japanese Diet (House of
  Representatives Budget Committee) record in provisional translation, no
  front matter, "○Minister for Foreign Affairs (HAYASHI Yoshimasa):" labels
  with family names first.
- thenational-2022-01-27-moscow-studies-replies: The National (Abu Dhabi),
  wire-style report with curly quotes, several speakers in one sentence, a
  quotation split by "X said", a speaker named only as "a senior EU official"
  and "a senior State Department official", a demand attributed in passing to
  Moscow, the 1990 Baker remark as unlabelled history.
- cbc-2022-01-10-the-current-geneva-talks: CBC Radio (The Current) transcript
  with a web intro, audio clips under speaker labels, an interview with an
  invented analyst; host questions get no label.
- zdf-2022-01-19-baerbock-heute-journal: ZDF heute journal interview
  transcript in translation, „ “ quotation marks, reported intro and
  reactions, Bucharest 2008 as unlabelled history.

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
  journalists' questions and the moderator (here also the chair of a sitting)
  get no label; the interviewee's name is the one the intro/speaker label
  gives; members of parliament speaking or asking in a sitting are speakers,
  not moderators (a question about a demand is "mentions");
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

D = "2022-01-13"
GL = ("gabrielius-landsbergis", 1, "G. LANDSBERGIS")
L["lrs-2022-01-13-seimas-security-guarantees"] = [
 ("Madam Speaker, dear colleagues. Yesterday in Brussels the NATO–Russia Council met for the first time since the summer of 2019. The Russian delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. The meeting lasted four hours, and I have been briefed in detail by our permanent representative, who was at the table.", *GL, "", "", 1, D),
 ("Let me be clear about what a return to 1997 would mean. For Lithuania it would mean that the battlegroup in Rukla, the air policing mission in Šiauliai, every allied soldier in our country would have to leave. This is not a proposal for negotiation, it is an ultimatum, and yesterday the Alliance told Russia with one voice that a withdrawal of allied forces from the eastern flank is unacceptable.", *GL, "rollback-to-1997", "rejects", 1, D),
 ("The second point is the open door. No third country has a veto over who joins NATO, and nobody will decide over the heads of Ukraine or Georgia. Lithuania will not support any formula that closes the door, not now and not in exchange for promises from the Kremlin.", *GL, "nato-open-door", "supports", 1, D),
 ("The second point is the open door. No third country has a veto over who joins NATO, and nobody will decide over the heads of Ukraine or Georgia. Lithuania will not support any formula that closes the door, not now and not in exchange for promises from the Kremlin.", *GL, "no-ukraine-membership", "rejects", 1, D),
 ("Some commentators in Western capitals suggest that the Bucharest declaration of 2008 could be quietly shelved to calm the situation down. Lithuania will never agree to that. The decision taken in Bucharest remains valid, and withdrawing it now would reward blackmail.", *GL, "rescind-bucharest-2008", "rejects", 1, D),
 ("At the same time, we do not reject dialogue, and the allies said so clearly yesterday. But dialogue is one thing and a column of tanks on the border of Ukraine is another. The first step must be taken by Russia, and that step is de-escalation.", *GL, "russia-de-escalation", "supports", 1, D),
 ("Thank you, Minister. I want to say plainly what many people in Lithuania are thinking. Lithuania will not cancel a single exercise on its own territory, and nobody should expect us to. Iron Wolf will take place as planned. Russia held Zapad last September with, by its own count, two hundred thousand soldiers, and after that nobody in Moscow is in a position to lecture us about drills.", "ona-grigaitiene", 1, "O. GRIGAITIENĖ", "limit-military-exercises", "rejects", 1, D),
 ("Colleagues, let me add two things. Lithuanian instructors will continue to train Ukrainian soldiers, and we will keep delivering what Ukraine asks for. Military cooperation with a partner country is not something we clear with the Kremlin.", "arvydas-anusauskas", 1, "A. ANUŠAUSKAS", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Second, what weapons Lithuania and its allies station on Lithuanian territory, air defence, artillery or anything else, will be decided in Vilnius and in NATO, not in Moscow. We are a sovereign state, and our territory is not somebody's buffer zone.", "arvydas-anusauskas", 1, "A. ANUŠAUSKAS", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("I do not share the enthusiasm for saying no to everything. If the Americans and the Russians agree to restore regular contacts between their general staffs, that lowers the risk of an accident over the Baltic Sea, and Lithuania should welcome it. Such channels existed even in the worst years of the Cold War.", "kestutis-stasiulis", 1, "K. STASIULIS", "resume-military-dialogue", "supports", 1, D),
 ("I will answer briefly. Risk reduction is welcome, but let us not confuse it with concessions. History teaches us in this region what happens when great powers agree about spheres of influence over the heads of small nations.", *GL, "", "", 1, D),
]

D = "2022-01-19"
MP = ("marcin-przydacz", 1, "Marcin Przydacz")
L["sejm-2022-01-19-foreign-affairs-committee"] = [
 ("Thank you, Mr Chairman. As Chairman-in-Office of the OSCE, Minister Zbigniew Rau opened the Permanent Council in Vienna last Thursday, the third of the three rounds of talks with the Russian Federation. I would like to report briefly on the results and on the position of the government.", *MP, "", "", 1, D),
 ("The Russian side presented nothing new in Vienna. Our answer, and the answer of all the allies, is that there will be no legally binding treaty giving anyone outside the Alliance a say over the defence of Poland. Political commitments on risk reduction, yes; a veto written into international law, no.", *MP, "written-legal-guarantees", "rejects", 1, D),
 ("As regards missiles, Poland does not agree that the location of American missile systems in Europe should be decided in talks with Moscow over our heads. The Aegis Ashore base in Redzikowo is a defensive installation, and the claims that it can launch Tomahawk cruise missiles are propaganda that we have been hearing for ten years.", *MP, "no-intermediate-range-missiles", "rejects", 1, D),
 ("The ministry is in constant contact with the American side. Deputy Secretary Wendy Sherman briefed the allies immediately after Geneva, and we have received assurances that nothing about Europe will be decided without Europe.", *MP, "", "", 1, D),
 ("Thank you, Mr Chairman. Minister, I have a question about the Black Sea. Is the government aware of any allied discussion about keeping American warships and aircraft out of areas from which they could strike Russian territory, and what is Poland's position on such an idea?", "halina-ostrowska", 1, "Halina Ostrowska", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("We are not aware of any such discussion, and we would oppose it. The Black Sea is not a Russian lake. Freedom of navigation is not negotiable, and allied ships and aircraft will continue to operate there in accordance with international law.", *MP, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("I would like to say something the majority in this room does not want to hear. Poland should support talks with Moscow without any preconditions, because every week without talks brings war closer. Some of the Russian proposals, for example on exercises near the borders and on offensive weapons, deserve serious discussion instead of a reflexive no.", "jerzy-malczyk", 1, "Jerzy Malczyk", "no-preconditions", "supports", 1, D),
 ("I would like to say something the majority in this room does not want to hear. Poland should support talks with Moscow without any preconditions, because every week without talks brings war closer. Some of the Russian proposals, for example on exercises near the borders and on offensive weapons, deserve serious discussion instead of a reflexive no.", "jerzy-malczyk", 1, "Jerzy Malczyk", "limit-military-exercises", "mentions", 1, D),
 ("I would like to say something the majority in this room does not want to hear. Poland should support talks with Moscow without any preconditions, because every week without talks brings war closer. Some of the Russian proposals, for example on exercises near the borders and on offensive weapons, deserve serious discussion instead of a reflexive no.", "jerzy-malczyk", 1, "Jerzy Malczyk", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("The idea of talks without preconditions is naive. Talks held while one hundred thousand Russian soldiers stand at Ukraine's border are talks under the threat of force. First Russia must withdraw those troops, and only then can we sit down at the table.", "pawel-grzelczyk", 1, "Paweł Grzelczyk", "no-preconditions", "rejects", 1, D),
 ("The idea of talks without preconditions is naive. Talks held while one hundred thousand Russian soldiers stand at Ukraine's border are talks under the threat of force. First Russia must withdraw those troops, and only then can we sit down at the table.", "pawel-grzelczyk", 1, "Paweł Grzelczyk", "russia-de-escalation", "supports", 1, D),
 ("Nor should NATO reopen military contacts with Moscow as a reward. The Russian mission was expelled in October for espionage, and that decision was right. Restoring those channels now would be read in the Kremlin as weakness.", "pawel-grzelczyk", 1, "Paweł Grzelczyk", "resume-military-dialogue", "rejects", 1, D),
 ("Let me add one thing. Poland has never said no to dialogue with Russia. Minister Rau offered the OSCE as the platform for a renewed European security dialogue, and that offer stands. But the agenda of such a dialogue cannot be written in Moscow alone.", *MP, "", "", 1, D),
]

D = "2022-01-27"
PS = ("peter-szijjarto", 1, "Péter Szijjártó")
L["kormany-2022-01-27-szijjarto-press-conference"] = [
 ("Szijjártó said Hungary stood behind the common NATO reply and did not support Moscow's demand that the alliance stop admitting new members, but added that the answer had to be followed by further talks.", "peter-szijjarto", 1, "Szijjártó", "nato-non-expansion", "rejects", 0, D),
 ("Szijjártó said Hungary stood behind the common NATO reply and did not support Moscow's demand that the alliance stop admitting new members, but added that the answer had to be followed by further talks.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We have always said that the conflict between East and West has never brought anything good to Central Europe. We are interested in the talks being successful", "peter-szijjarto", 1, "he", "", "", 1, D),
 ("We were informed about the American answer by our allies before it was handed over. I will not speak about its content, because our American partners asked that it remain confidential, and we respect this. What I can say is that the answer keeps the door of diplomacy open, and from a Central European point of view this is the most important.", *PS, "", "", 1, D),
 ("Hungary is a member of NATO and stands by the principles of the Alliance, including the open-door policy. Every country has the right to decide on its own which alliance it wants to join, and this is true for Ukraine as well. At the same time, everyone knows that the membership of Ukraine is not on the agenda today, so it should not be the question on which peace in Europe fails.", *PS, "nato-open-door", "supports", 1, D),
 ("Hungary is a member of NATO and stands by the principles of the Alliance, including the open-door policy. Every country has the right to decide on its own which alliance it wants to join, and this is true for Ukraine as well. At the same time, everyone knows that the membership of Ukraine is not on the agenda today, so it should not be the question on which peace in Europe fails.", *PS, "no-ukraine-membership", "rejects", 1, D),
 ("We have our own disputes with Kyiv about the rights of the Hungarian community in Transcarpathia, and these disputes have not disappeared, but this is a separate matter which we will settle with Kyiv directly.", *PS, "", "", 1, D),
 ("The presence of allied forces in the countries that joined NATO after 1997 is not something to be negotiated with Moscow, and Hungary will not accept any two-tier membership. But let me be honest: we have not asked for additional allied troops on Hungarian territory, and we do not need them, because the Hungarian Defence Forces are capable of protecting the country. This is our sovereign decision, not a concession to anyone.", *PS, "rollback-to-1997", "rejects", 1, D),
 ("Our position is that the talks must continue in every format, in Geneva, in Brussels and in Vienna, and without preconditions from any side. If the parties start setting conditions even for sitting down at the table, then soon there will be no table left.", *PS, "no-preconditions", "supports", 1, D),
 ("We also consider it important that the military leaders talk to each other directly, because the greatest danger in such a situation is an accident or a misunderstanding.", *PS, "resume-military-dialogue", "supports", 1, D),
 ("We are aware of what our allies are asking of Moscow regarding the troops at the border, and we discussed it at the security cabinet today. Hungary is not in the business of lecturing anyone; we call on all sides to show restraint.", *PS, "russia-de-escalation", "mentions", 1, D),
 ("The Prime Minister will travel to Moscow on 1 February. The visit was agreed long ago, and it is mainly about gas deliveries, the expansion of the Paks nuclear power plant and the production of vaccines. Of course the security situation will also be discussed, and the Prime Minister will represent the position that Hungary wants peace and does not want a new Cold War.", *PS, "", "", 1, D),
]

D = "2022-02-02"
YH = ("yoshimasa-hayashi", 1, "HAYASHI Yoshimasa")
KS = ("kenta-shirasaka", 1, "SHIRASAKA Kenta")
RE = ("ryota-enomoto", 1, "ENOMOTO Ryota")
ENQ = "Some experts in Europe argue that the West should simply agree to halt NATO enlargement in order to avoid war. Is there anything in the Russian proposals that Japan can support, for example the restoration of military hotlines, or limits on foreign military activity in the former Soviet republics?"
HAY3 = "Dialogue between military authorities is important to avoid accidents and miscalculation, and the government welcomes the readiness expressed by NATO to re-establish military lines of communication with Russia. On the other hand, the idea that an alliance should close its door to further members at the request of a third country cannot be accepted."
L["shugiin-2022-02-02-budget-committee"] = [
 ("Thank you, Chair. I would like to ask about the situation surrounding Ukraine. Last week the United States and NATO handed over their written replies to Russia. If the United States and Russia were to agree to ban the deployment of intermediate-range missiles outside their own territories, would such an arrangement cover Asia as well, and has the government conveyed Japan's view on this to Washington?", *KS, "no-intermediate-range-missiles", "mentions", 1, D),
 ("The talks between the United States and Russia concern European security, but any arrangement on intermediate-range missiles has implications for the security environment of the Indo-Pacific. Japan has conveyed to the United States, at various levels, that any arms control arrangement must take into account the situation in Asia, including China's growing missile capabilities. We will continue to coordinate closely with the United States.", *YH, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Then I would like to ask the Minister about the government's basic position on the security of Ukraine itself.", *KS, "", "", 1, D),
 ("Japan's position is that each country has the right to freely choose its own security arrangements, as confirmed in the Helsinki Final Act and the Charter of Paris. This principle must be respected, and any unilateral change of the status quo by force or by the threat of force cannot be allowed in any region.", *YH, "nato-open-door", "supports", 1, D),
 ("Japan strongly hopes that Russia will ease tensions, including by pulling back the forces it has massed near the border with Ukraine, and that the situation will be resolved through diplomatic dialogue.", *YH, "russia-de-escalation", "supports", 1, D),
 ("I understand that the Ministry of Foreign Affairs has raised the travel advisory for all of Ukraine. How many Japanese nationals remain in the country, and how does the government plan to ensure their safety?", "naoko-hirabayashi", 1, "HIRABAYASHI Naoko", "", "", 1, D),
 ("As of 1 February, about 150 Japanese nationals remain in Ukraine. The Embassy in Kyiv is contacting each of them directly and strongly recommends that they leave the country by commercial flights while these are still available.", "hiroshi-kanzaki", 1, "KANZAKI Hiroshi", "", "", 1, D),
 (ENQ, *RE, "nato-non-expansion", "mentions", 1, D),
 (ENQ, *RE, "resume-military-dialogue", "mentions", 1, D),
 (ENQ, *RE, "no-military-activity-ex-soviet", "mentions", 1, D),
 (HAY3, *YH, "resume-military-dialogue", "supports", 1, D),
 (HAY3, *YH, "nato-non-expansion", "rejects", 1, D),
 (HAY3, *YH, "nato-open-door", "supports", 1, D),
 ("Prime Minister, Japan also has a territorial problem with Russia. Will the government continue the peace treaty negotiations while this crisis continues?", *RE, "", "", 1, D),
 ("Our basic policy of resolving the territorial issue and concluding a peace treaty remains unchanged. At the same time, with regard to the situation in Ukraine, Japan will act in close coordination with the G7 and the international community, and if there is an attack, we will respond appropriately, including with sanctions.", "fumio-kishida", 1, "KISHIDA Fumio", "", "", 1, D),
]

LAV = "The main question is our clear position on the inadmissibility of further Nato expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
BOTH = "Both Mr Blinken and Nato Secretary General Jens Stoltenberg said on Wednesday that Russia must pull back the more than 100,000 troops it has massed near Ukraine’s borders if it wanted diplomacy to succeed."
STR97 = "He also rejected Moscow’s demand that the alliance pull its forces back from the eastern members that joined after 1997, saying Nato would not create “first- and second-class members”."
GRU = "Alexander Grushko, the deputy foreign minister who led the Russian delegation at the Nato-Russia Council on January 12, told the RIA Novosti agency on Thursday that Moscow would keep insisting that Nato scale back its drills near Russian borders and keep its warships and aircraft out of striking range."
HAD = "Moscow asked for two things it knew it would not get, a promise that Ukraine never joins Nato and a rollback to 1997, and for a number of things it could get, such as limits on missiles,"
L["thenational-2022-01-27-moscow-studies-replies"] = [
 (LAV, "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LAV, "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("We will not rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (BOTH, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (BOTH, "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance, and of Europe, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 (STR97, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (STR97, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A senior EU official, speaking in Brussels on Wednesday on condition of anonymity, said the bloc had been consulted on both documents and that nothing in them limited the freedom of Ukraine, Georgia or Moldova to choose their partners.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Washington was also prepared to discuss reciprocal limits on the size and scope of military exercises in Europe, according to a senior State Department official who briefed reporters on Wednesday.", "us-state-department", 0, "a senior State Department official", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (GRU, "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, "2022-01-27"),
 (GRU, "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-27"),
 ("We are not going to wait forever,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-27"),
 ("Without guarantees on paper, legally binding guarantees, there will be no deal.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("Maria Zakharova, the ministry’s spokeswoman, went further, saying Nato should formally “disavow” the promise made to Ukraine and Georgia at the alliance’s 2008 summit in Bucharest.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, ""),
 (HAD, "rasha-haddad", 1, "Rasha Haddad", "no-ukraine-membership", "mentions", 1, ""),
 (HAD, "rasha-haddad", 1, "Rasha Haddad", "rollback-to-1997", "mentions", 1, ""),
 (HAD, "rasha-haddad", 1, "Rasha Haddad", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The question now is whether the Kremlin treats the second list as a success or the first list as a pretext,", "rasha-haddad", 1, "she", "", "", 1, ""),
]

D = "2022-01-10"
WS = ("wendy-sherman", 1, "WENDY SHERMAN")
SR = ("sergei-ryabkov", 1, "SERGEI RYABKOV")
IK = ("irena-kovalchuk", 1, "IRENA KOVALCHUK")
JOLY = "Foreign Affairs Minister Mélanie Joly said on Sunday that Canada's training mission in Ukraine would carry on, rejecting Moscow's demand that NATO countries end their military cooperation with former Soviet republics."
RY1 = "For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees."
IK1 = "Two sides talking past each other. The Russian delegation came with one demand above all: that NATO commit, in writing, never to take in Ukraine. The Americans came to defend the open door and to talk about arms control. Those are two very different conversations."
L["cbc-2022-01-10-the-current-geneva-talks"] = [
 (JOLY, "melanie-joly", 1, "Mélanie Joly", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-09"),
 (JOLY, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", *WS, "nato-open-door", "supports", 1, D),
 ("It was a frank and forthright discussion, and it was not a negotiation; we are not yet at that point.", *WS, "", "", 1, D),
 (RY1, *SR, "no-ukraine-membership", "supports", 1, D),
 (RY1, *SR, "written-legal-guarantees", "supports", 1, D),
 ("We also insist that American intermediate-range missiles never again appear in Europe. Here, I must say, we see some understanding on the American side.", *SR, "no-intermediate-range-missiles", "supports", 1, D),
 (IK1, *IK, "no-ukraine-membership", "mentions", 1, D),
 (IK1, *IK, "written-legal-guarantees", "mentions", 1, D),
 (IK1, *IK, "nato-open-door", "mentions", 1, D),
 ("There's a deal to be had on risk reduction, yes. Both sides have an interest in not having an accident in the Baltic or in the Black Sea. But that was never what this crisis was about, and both delegations know it.", *IK, "", "", 1, D),
 ("There's a genuine historical debate about what James Baker said to Gorbachev in February 1990, and historians will keep arguing about it. But nothing was ever signed, and the Soviet Union that heard those words no longer exists.", *IK, "", "", 1, D),
 ("For now, nothing changes. The trainers in Ukraine are still in Ukraine, and the battlegroup at Adazi is still at Adazi. What I'd watch is whether Ottawa sends more equipment, and whether the government renews Unifier before the mandate runs out in March.", *IK, "", "", 1, D),
 ("Brussels on Wednesday, Vienna on Thursday, and then Moscow decides whether it has heard enough. My worry is that the talks become a box to tick before something much worse. I hope I'm wrong.", *IK, "", "", 1, D),
]

D = "2022-01-18"
AB = ("annalena-baerbock", 1, "Annalena Baerbock")
AB2 = "No. I said very clearly in Moscow that the sovereignty of Ukraine is not negotiable, and that includes the freedom of every country to choose its own alliances. We cannot go back to a time when great powers decided over the heads of smaller states where they belong."
KW = "Moscow wants two things that no German government can sign: the clock turned back to 1997 and the Bucharest promise of 2008 withdrawn"
L["zdf-2022-01-19-baerbock-heute-journal"] = [
 ("At the joint press conference afterwards, Lavrov insisted that NATO's eastward expansion had to stop and said Russia expected a reply to its proposals „article by article“.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("He dismissed the argument that every state was free to choose its alliances, saying this principle could not be separated from the commitment not to strengthen one's own security at the expense of others.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, D),
 ("It was a long and frank conversation, and yes, in parts a tough one. We agreed on one thing: that we must keep talking, in the Normandy format, in the NATO–Russia Council and in the OSCE. That is not nothing in times like these.", *AB, "", "", 1, D),
 (AB2, *AB, "nato-open-door", "supports", 1, D),
 (AB2, *AB, "no-ukraine-membership", "rejects", 1, D),
 ("The decisions taken in Bucharest in 2008 were taken in a very different situation, and the historians can debate them. What matters now is that Russia has moved more than one hundred thousand soldiers to the border with Ukraine without any understandable reason, and these troops must be pulled back.", *AB, "russia-de-escalation", "supports", 1, D),
 ("The German soldiers in Rukla are there because our Lithuanian friends asked us, and they will stay there. A withdrawal of allied troops from the countries that joined NATO after 1997 is not on the table, full stop.", *AB, "rollback-to-1997", "rejects", 1, D),
 ("We agreed within the European Union and with our American partners that, in case of further escalation, a wide range of measures is on the table, and that includes Nord Stream 2. I will not go into the details tonight.", *AB, "", "", 1, D),
 ("On Wednesday, Kremlin spokesman Dmitry Peskov rejected the calls for a pullback, telling reporters that the movement of Russian troops on Russian territory was „nobody's business but ours“.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-19"),
 (KW, "konstantin-wehrle", 1, "Konstantin Wehrle", "rollback-to-1997", "mentions", 1, ""),
 (KW, "konstantin-wehrle", 1, "Konstantin Wehrle", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Both sides say they want talks without preconditions, and both sides arrive with a list of preconditions", "konstantin-wehrle", 1, "he", "no-preconditions", "mentions", 1, ""),
]

write_gold(L, "articles-68", "gold-68")
