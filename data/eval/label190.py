#!/usr/bin/env python3
"""Writes the 190th held-out gold (gold-190/*.nq) from the labels below.

Batch 190 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw, seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter, straight quotes, dateline; Geneva talks (Ryabkov, Sherman, Peskov,
  an invented analyst); a quotation split by "X said", speakers named by role
  and pronoun, a lead sentence with two speakers, passing attributions of
  demands to Moscow, a Bucharest/enlargement history paragraph.
- state-2022-01-26-blinken-written-response: State Department transcript of
  a press availability, UTF-8 BOM and CRLF line ends, no front matter (date in
  the text), speaker labels, a moderator (MR PRICE) and journalists'
  questions (one of them states Moscow's demand; not labelled).
- tass-2022-01-27-peskov-no-optimism: machine-translated TASS copy from an
  aggregator, no front matter (date line "27 Jan, 2022 14:05"), « » quotes
  followed by ", - said X", crossheads, a background paragraph and a link line.
- npr-2022-01-13-stoltenberg-interview: NPR Q&A transcript with front matter;
  the interview was recorded the day before publication ("on Wednesday"),
  host questions that state Russia's demands (not labelled), answers of two
  paragraphs.
- kyivpost-2022-01-14-kuleba-bargaining-chip: Kyiv Post news story, no front
  matter, curly quotes with nested single quotes, OSCE Vienna session of the
  day before, an invented analyst, a Bucharest history sentence.
- euronews-2022-01-12-nato-russia-council-live: Euronews live blog with
  timestamps, key-point bullets, a senior EU official, „ “ quotes of a
  translated Bundestag speech, a photo caption, a 1997 Founding Act history
  entry, unnamed diplomats.
- nyt-2022-01-29-us-offer-kremlin-unmoved: New York Times news analysis with
  standfirst and crossheads, curly quotes, invented experts, "in an interview",
  "according to a Kremlin account", a Baker 1990 / Founding Act history
  paragraph, relative days against a Saturday publication date.

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
- a demand attributed in passing to Moscow inside another speaker's
  (reported) sentence ("despite Moscow's demands that ...") is also Russia's
  label (speaker russia, not a person), undated when no day is given; inside
  a direct quotation such an attribution is the quoted speaker's only;
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
LEAD = "Russia told the United States on Monday that it was essential to receive legally binding guarantees that NATO would not expand further east, but Washington said a freeze on the alliance's enlargement was a \"non-starter\" after nearly eight hours of talks in Geneva that produced no breakthrough."
SHERMAN_UA = "U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said the United States had \"firmly pushed back\" on proposals that were \"simply non-starters,\" among them Moscow's demand that NATO rule out ever admitting Ukraine."
SHERMAN_SHIPS = "She added that the United States would keep sailing and flying wherever international law allowed, rejecting Moscow's proposal that U.S. warships and aircraft stay out of range of Russian territory."
RYAB_MISSILES = "Ryabkov, who led the Russian delegation, said a mutual moratorium on deploying intermediate-range missiles in Europe was still needed, but that the missile question could not be separated from a guarantee that NATO would stop enlarging."
VETRENKO2 = "Moscow wants NATO frozen in place and pushed back to its 1997 lines; Washington is offering to talk about missiles and drills. Those two things don't meet."
SHERMAN_SPLIT1 = "We are prepared to talk about missiles and about the scale of exercises, on a strictly reciprocal basis,"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 (LEAD, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 (LEAD, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, D),
 (LEAD, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, D),
 ("We need ironclad, bulletproof, waterproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (RYAB_MISSILES, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 (RYAB_MISSILES, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("He also said U.S. warships and strategic bombers should keep out of areas from which they could hit targets on Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("The deputy foreign minister dismissed Western calls for Russia to pull back its forces from the Ukrainian border, saying the troops were on Russian soil and that their movements were nobody else's business.", "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 ("Kremlin spokesman Dmitry Peskov told reporters earlier on Monday that verbal assurances would not be enough and that guarantees had to have legal force.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 (SHERMAN_UA, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 (SHERMAN_UA, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SHERMAN_SPLIT1, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, D),
 (SHERMAN_SPLIT1, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 1, D),
 ("But it is very hard to see how that happens in an atmosphere of escalation, and the best way to show good faith would be for Russia to pull its forces back.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 (SHERMAN_SHIPS, "wendy-sherman", 1, "She", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 (SHERMAN_SHIPS, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("It was a frank and forthright discussion, and nothing was agreed because nothing can be agreed without our allies,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("The Russians came to Geneva with a list of demands and the Americans came with a menu,", "olga-vetrenko", 1, "Olga Vetrenko", "", "", 1, ""),
 (VETRENKO2, "olga-vetrenko", 1, "Olga Vetrenko", "nato-non-expansion", "mentions", 1, ""),
 (VETRENKO2, "olga-vetrenko", 1, "Olga Vetrenko", "rollback-to-1997", "mentions", 1, ""),
 (VETRENKO2, "olga-vetrenko", 1, "Olga Vetrenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VETRENKO2, "olga-vetrenko", 1, "Olga Vetrenko", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-01-26"
B = "antony-blinken"
P2 = "The document sets out a serious diplomatic path forward, should Russia choose it. It addresses areas where we believe we can find common ground, including measures to increase confidence regarding military exercises and maneuvers in Europe, and arms control for intermediate-range missiles in Europe, building on what was lost when the INF Treaty ended."
P3 = "We are also prepared to discuss reciprocal commitments by both sides not to station offensive strike systems or permanent combat forces in Ukraine, and to look, again on a reciprocal basis, at Russia's ideas about naval and air activity near each other's territory."
P6 = "No. On Ukraine, the answer is the same one we have given in public and in private: whether Ukraine joins NATO is for Ukraine and the 30 Allies to decide, and no one else."
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. Earlier today our Ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. NATO is delivering its own paper to Moscow in parallel, and the two are fully coordinated.", B, 1, "Blinken", "", "", 1, D),
 (P2, B, 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 (P2, B, 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, D),
 (P3, B, 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 1, D),
 (P3, B, 1, "Blinken", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("And we proposed restoring regular contacts between our militaries, including a hotline, so that an accident or a misreading of intentions does not turn into a crisis.", B, 1, "Blinken", "resume-military-dialogue", "supports", 1, D),
 ("Let me be equally clear about what is not in it. There is no change in our position: we will uphold the principle of NATO's open door. Every country has the sovereign right to choose its own security arrangements, and that is not negotiable.", B, 1, "Blinken", "nato-open-door", "supports", 1, D),
 (P6, B, 1, "Blinken", "no-ukraine-membership", "rejects", 1, D),
 (P6, B, 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("As for the idea that Allies who joined after 1997 should somehow become second-class members, with no Allied forces on their territory, that is simply a non-starter. We will not withdraw our forces from Poland or the Baltic states.", B, 1, "Blinken", "rollback-to-1997", "rejects", 1, D),
 ("We are not going to publish the document, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. But we've shared it with our Allies and with Ukraine, and we hope Russia will read it seriously.", B, 1, "Blinken", "", "", 1, D),
 ("What we have delivered is a set of ideas, not a draft treaty, and we are not going to put our signature to legally binding guarantees about what a sovereign alliance may or may not do.", B, 1, "Blinken", "written-legal-guarantees", "rejects", 1, D),
 ("A promise that NATO will never take in another member is not something we can give, today or at any time.", B, 1, "Blinken", "nato-non-expansion", "rejects", 1, D),
 ("We've seen the opposite, frankly. More forces have moved toward Ukraine's borders and into Belarus over the past week. If Russia is serious about diplomacy, the first and most obvious step is to de-escalate and to pull back the forces it has massed along Ukraine's borders.", B, 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("The ball is in their court now. We'll see how Moscow responds, and we are ready either way.", B, 1, "Blinken", "", "", 1, D),
]

D = "2022-01-27"
P = "dmitry-peskov"
PESKOV_HIM = "According to him, on the secondary questions there are bases for the continuation of conversation, but on the principal questions, on the NATO non-expansion and on the non-deployment of the shock weapons near the Russian borders, the positive reaction was not."
LAVROV_MAIN = "The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the shock weapons which could threaten the territory of Russian Federation"
ZAKH = "The official representative of MFA of Russia Maria Zakharova in the evening on Wednesday declared that the legal obligations are needed, and not the political declarations, including the refusal of any military activity of NATO on the territory of Ukraine, Transcaucasia and Central Asia."
L["tass-2022-01-27-peskov-no-optimism"] = [
 ("The Kremlin does not see in the written answers of USA and NATO the basis for the optimism on the main question, the non-expansion of alliance to the East, declared the press secretary of the president of Russian Federation Dmitry Peskov to journalists on Thursday.", P, 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("It is impossible to say that our considerations were taken into account or that the readiness was shown to take into account our concerns", P, 1, "Peskov", "", "", 1, D),
 (PESKOV_HIM, P, 1, "him", "nato-non-expansion", "supports", 0, D),
 (PESKOV_HIM, P, 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The President will familiarise himself with the documents, after this the decision about the further steps will be made, it is not necessary to hurry", P, 1, "the representative of Kremlin", "", "", 1, D),
 ("The press secretary also rejected the calls to remove the troops from the Ukrainian border.", P, 1, "The press secretary", "russia-de-escalation", "rejects", 0, D),
 ("Russia moves its troops on own territory as it considers necessary, and nobody has the right to indicate to us where to hold them", P, 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("We are ready to continue the contacts without any preconditions, it is our principled position", P, 1, "he", "no-preconditions", "supports", 1, D),
 (LAVROV_MAIN, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LAVROV_MAIN, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The minister was dismissive also about the principle of «open doors».", "sergei-lavrov", 1, "The minister", "nato-open-door", "rejects", 0, D),
 ("The open doors do not give the right to one country to ensure its security at the expense of the others. It is not the dogma, it is the political choice which was made and which can be changed", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 (ZAKH, "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 (ZAKH, "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, "2022-01-26"),
 ("We will give our assessment after the careful study of the texts, not before", "maria-zakharova", 1, "she", "", "", 1, "2022-01-26"),
 ("We are not going to wait endlessly for the reaction of our partners", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("The diplomat also said that NATO must disavow the Bucharest formula of 2008 about the future membership of Ukraine and Georgia.", "sergei-ryabkov", 1, "The diplomat", "rescind-bucharest-2008", "supports", 0, D),
]

D = "2022-01-12"
S = "jens-stoltenberg"
SN = "Jens Stoltenberg"
A3 = "The decision we took in Bucharest stands. Ukraine and Georgia will become members of NATO when they meet the standards and when 30 Allies agree, and Russia has no veto over that."
A2b = "We made it clear that we will not compromise on the core principle that each nation has the right to choose its own path, and that NATO will not sign anything that freezes the alliance as it is today."
A5a = "We proposed a series of meetings on arms control, including on missiles, and on more transparency and risk reduction around military exercises. Those are areas where both sides have an interest."
L["npr-2022-01-13-stoltenberg-interview"] = [
 ("Russia's deputy foreign minister, Alexander Grushko, who led Moscow's delegation, told reporters afterward that the alliance's refusal to stop expanding was \"a very serious problem.\"", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 ("It was a difficult meeting, but it was a good meeting, because for the first time in more than two years all 30 Allies and Russia sat at the same table and talked about European security.", S, 1, SN, "", "", 1, D),
 ("No. There are significant differences between NATO Allies and Russia, and they will not be easy to bridge. We heard again the proposal that NATO should close its door.", S, 1, SN, "nato-non-expansion", "mentions", 1, D),
 (A2b, S, 1, SN, "nato-non-expansion", "rejects", 1, D),
 (A2b, S, 1, SN, "nato-open-door", "supports", 1, D),
 (A3, S, 1, SN, "rescind-bucharest-2008", "rejects", 1, D),
 (A3, S, 1, SN, "no-ukraine-membership", "rejects", 1, D),
 (A3, S, 1, SN, "nato-open-door", "supports", 1, D),
 ("We will not end up in a situation where we have first-class and second-class members. Our battlegroups in Estonia, Latvia, Lithuania and Poland are there to stay, and if anything we may have to do more to protect those Allies.", S, 1, SN, "rollback-to-1997", "rejects", 1, D),
 (A5a, S, 1, SN, "no-intermediate-range-missiles", "mentions", 1, D),
 (A5a, S, 1, SN, "limit-military-exercises", "mentions", 1, D),
 ("We also proposed to re-establish our offices in Moscow and in Brussels and to restore the military lines of communication, so that we can avoid incidents and accidents and prevent them from spiraling out of control.", S, 1, SN, "resume-military-dialogue", "supports", 1, D),
 ("Russia was not in a position to agree to that program of meetings today. They said they needed time to come back to us, and we are ready to sit down again.", S, 1, SN, "", "", 1, D),
 ("The risk of a new armed conflict in Europe is real. We call on Russia to de-escalate, to withdraw its forces from around Ukraine, and to engage in good faith in diplomacy.", S, 1, SN, "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-14"
K = "dmytro-kuleba"
KLEAD = "Ukraine’s Foreign Minister Dmytro Kuleba on Friday dismissed Russia’s demand for a ban on Ukraine’s NATO membership as “pure fantasy,” a day after the Organization for Security and Co-operation in Europe wrapped up a week of talks between Russia and the West in Vienna without any progress."
KCHIP = "Ukraine is not a bargaining chip. No one will decide our future behind our back, and no one in Moscow will tell us which alliance to join,"
KPRE = "Kuleba also rejected Moscow’s position that talks should go on without preconditions while more than 100,000 Russian troops remain near Ukraine’s borders."
KFIRST = "First Russia pulls its troops back from our borders, then we talk."
L["kyivpost-2022-01-14-kuleba-bargaining-chip"] = [
 (KLEAD, K, 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 (KLEAD, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (KCHIP, K, 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KCHIP, K, 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Our partnership with the U.S., the U.K. and Canada, the instructors, the joint exercises – that is our sovereign business, and it will continue,", K, 1, "he", "no-military-activity-ex-soviet", "rejects", 1, D),
 (KPRE, K, 1, "Kuleba", "no-preconditions", "rejects", 0, D),
 (KPRE, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("We want diplomacy, and we want it to succeed,", K, 1, "Kuleba", "", "", 1, D),
 (KFIRST, K, 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 (KFIRST, K, 1, "Kuleba", "no-preconditions", "rejects", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We are not going to negotiate away the right of countries to choose their own alliances, not in Geneva, not in Brussels and not here in Vienna,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("In his evening video address on Thursday, President Volodymyr Zelensky said Ukraine expected NATO to honor the promise made at the Bucharest summit in 2008 rather than quietly bury it.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "rescind-bucharest-2008", "rejects", 0, "2022-01-13"),
 ("What Moscow calls ‘no military activity’ in the former Soviet space would turn Ukraine into a grey zone, and no Ukrainian government can sign up to that,", "mykola-dorosh", 1, "Dorosh", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Moscow also wants the Bucharest promise torn up, but even the most cautious allies are not proposing that,", "mykola-dorosh", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Everyone in Brussels keeps repeating the words ‘open door,’ but nobody is saying when that door will actually open for Kyiv,", "mykola-dorosh", 1, "he", "nato-open-door", "mentions", 1, ""),
]

D = "2022-01-12"
G = "alexander-grushko"
GLEGAL = "The expansion of NATO must stop, and this must be fixed in an international legal form, not in promises made at a dinner table,"
SHERMAN_EN = "Wendy Sherman, the US Deputy Secretary of State who led the American delegation, said it remained unclear whether Moscow intended to pull back its forces, adding that she had told Grushko the allies would look at limits on exercises only if Russia reciprocated."
PABRIKS = "Latvia's Defence Minister Artis Pabriks went further on Wednesday, calling Moscow's demand to keep strike weapons away from its borders \"absurd\" and saying NATO should station more, not fewer, capabilities on its eastern flank."
DRAFTS = "In draft documents published on 17 December, Moscow asked NATO to promise never to admit Ukraine and to pull back forces it has deployed in countries that joined the alliance after 1997."
KRALJ = "Both sides know Ukraine is not joining NATO any time soon. The real fight is over whether Russia gets that promise in writing,"
L["euronews-2022-01-12-nato-russia-council-live"] = [
 ("If NATO continues to look at Russia as an adversary, then there is no reason to restore the military contacts, and we will not do it just to create an illusion of dialogue,", G, 1, "Grushko", "resume-military-dialogue", "rejects", 1, D),
 ("He added that the alliance had to cut back the scale of its drills near Russia's borders and stop what he called \"provocative\" exercises in the Black Sea.", G, 1, "He", "limit-military-exercises", "supports", 0, D),
 (GLEGAL, G, 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, D),
 (GLEGAL, G, 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (SHERMAN_EN, "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "mentions", 0, D),
 (SHERMAN_EN, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, D),
 ("A senior EU official, speaking on condition of anonymity, told Euronews on Wednesday that the bloc would \"never accept\" spheres of influence in Europe and rejected any idea of ending military cooperation with Ukraine, Georgia and Moldova.", "european-union", 0, "A senior EU official", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Any discussion on European security must include the European Union.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("Lithuania's Foreign Minister Gabrielius Landsbergis told Euronews on Wednesday that Vilnius would not scale back its exercises with allied troops \"just to please Moscow\".", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, D),
 (PABRIKS, "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 0, D),
 (PABRIKS, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Poland's Deputy Foreign Minister Marcin Przydacz said on Wednesday that Warsaw would not accept any deal under which Washington promised never to station intermediate-range missiles in Poland.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Every country in Europe has the right to choose its own alliance, and this principle is not up for negotiation, not this week and not later", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, D),
 (DRAFTS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DRAFTS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (KRALJ, "ivan-kralj", 1, "Ivan Kralj", "no-ukraine-membership", "mentions", 1, ""),
 (KRALJ, "ivan-kralj", 1, "Ivan Kralj", "written-legal-guarantees", "mentions", 1, ""),
]

D = "2022-01-28"
PUTIN = "President Vladimir V. Putin said on Friday that the American and NATO responses to his demands had ignored Russia’s “fundamental concerns,” naming the alliance’s eastward expansion, the deployment of strike weapons near Russia’s borders and the return of NATO’s military infrastructure in Europe to where it stood in 1997, according to a Kremlin account of his phone call with President Emmanuel Macron of France."
W1 = "The American letter is a serious piece of work. It offers Moscow more on missiles and on exercises than anyone in Washington would have offered a year ago,"
W2 = "But it gives Russia nothing on the thing Mr. Putin cares about most, which is a written, legally binding promise that NATO stops where it is."
LAV = "Foreign Minister Sergey V. Lavrov said on Friday, in an interview with four Russian radio stations, that the United States had offered talks on missiles and on exercises, but that those were secondary topics."
PRICE = "At the State Department, the spokesman, Ned Price, said on Friday that the United States had taken note of Moscow’s call for talks without preconditions and would respond through diplomatic channels."
SOK = "For the Kremlin, the open door is not a principle, it is a pretext. NATO should admit honestly that Ukraine will not join, and put that on paper with a signature,"
L["nyt-2022-01-29-us-offer-kremlin-unmoved"] = [
 (PUTIN, "vladimir-putin", 1, "Vladimir V. Putin", "nato-non-expansion", "supports", 0, D),
 (PUTIN, "vladimir-putin", 1, "Vladimir V. Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PUTIN, "vladimir-putin", 1, "Vladimir V. Putin", "rollback-to-1997", "supports", 0, D),
 ("Mr. Macron, according to the Élysée Palace, told Mr. Putin that any lasting arrangement required Russian forces to pull back from Ukraine’s borders first.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, D),
 (W1, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-intermediate-range-missiles", "mentions", 1, ""),
 (W1, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "limit-military-exercises", "mentions", 1, ""),
 (W2, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "nato-non-expansion", "mentions", 1, ""),
 (W2, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "written-legal-guarantees", "mentions", 1, ""),
 ("The offer to restore military hotlines and regular contacts between the two militaries is the sleeper item in the letter, and nobody in Moscow has mentioned it yet,", "eleanor-whitcombe", 1, "she", "resume-military-dialogue", "mentions", 1, ""),
 (LAV, "sergei-lavrov", 1, "Sergey V. Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 (LAV, "sergei-lavrov", 1, "Sergey V. Lavrov", "limit-military-exercises", "mentions", 0, D),
 (PRICE, "ned-price", 1, "Ned Price", "no-preconditions", "mentions", 0, D),
 (PRICE, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (SOK, "dmitri-sokolin", 1, "Dmitri Sokolin", "nato-open-door", "rejects", 1, "2022-01-27"),
 (SOK, "dmitri-sokolin", 1, "Dmitri Sokolin", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 (SOK, "dmitri-sokolin", 1, "Dmitri Sokolin", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("That is the clause people in Tbilisi read first: the Russian draft would end joint exercises and training missions in Georgia, Ukraine and Moldova,", "tamar-gelashvili", 1, "Tamar Gelashvili", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("If he were to move in, it would be the largest invasion since World War II,", "joe-biden", 1, "Biden", "", "", 1, "2022-01-25"),
]

write_gold(L, "articles-190", "gold-190")
