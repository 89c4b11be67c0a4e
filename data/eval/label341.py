#!/usr/bin/env python3
"""Writes the held-out gold of batch 341 (gold-341/*.nq) from the labels below.

Batch 341 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-21-lavrov-blinken-geneva-no-breakthrough: AFP wire story with
  front matter, "- crosshead -" dashes, quotations interrupted by "he said",
  Baker-Gorbachev 1990 background, an analyst, a Kyiv lawmaker, "the Kremlin".
- tass-2022-01-27-lavrov-us-reply-main-issue: TASS story, no front matter,
  "MOSCOW, January 27. /TASS/." dateline, "Read also" links, Sergey spelling,
  a quote from an earlier day, an analyst with a patronymic, draft background.
- kremlin-2022-02-07-putin-macron-news-conference: kremlin.ru transcript with
  front matter, speaker labels, "(retranslated)", reporters' questions, one
  paragraph per direct quotation, Bucharest named in an answer.
- ukrinform-2022-01-13-osce-vienna-kuleba-lukashevich: Ukrinform story with a
  UTF-8 BOM and CRLF line ends, no front matter, translated English, "Read
  also:", Budapest Memorandum background, OSCE Permanent Council of 13 January.
- ft-2022-01-28-what-the-us-offered-moscow: Financial Times analysis with front
  matter, standfirst, an anonymous Russian diplomat and EU official, documents
  as speakers, 1997 Founding Act and Bucharest quoted as documents.
- atlanticcouncil-2022-01-11-geneva-talks-expert-qa: Atlantic Council expert
  Q&A, no front matter, "Q:"/"A:" paragraphs, an expert with own stances,
  Sherman and Ryabkov quoted in the intro, "Further reading" link lines.
- houseoflords-2022-02-02-irdc-russia-security-demands-evidence: House of Lords
  committee uncorrected oral evidence, no front matter, "Q1 The Chair:" labels,
  two witnesses, demands attributed in passing to Moscow and to named Russians.

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. A direct quotation of six or more words about none of the demands
gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words
quoted from documents, headlines, crossheads, standfirsts, captions and link
lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a
person, supports; undated when no day is given). Dates are the day the words
were said, resolved against the publication date; "" when the text gives no
day. Analysts and experts (independent people) speak for themselves and have
no side: they "support"/"reject" only when they voice the demand in their own
words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-21"
L["afp-2022-01-21-lavrov-blinken-geneva-no-breakthrough"] = [
 ("We didn't expect a major breakthrough to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("concerns and ideas in more detail in writing", "antony-blinken", 1, "He", "", "", 1, D),
 ("There are certain principles that the United States is committed to defend, including the right of countries to choose their own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("That is not up for negotiation.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("I cannot say whether we are on the right track or not. We will understand when we receive the American response on paper to all of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("The veteran minister insisted that Moscow wanted a guarantee that NATO would stop moving towards Russia's borders and that the alliance would roll back its deployments to where they stood in 1997, before it took in former Soviet bloc countries.", "sergei-lavrov", 1, "The veteran minister", "nato-non-expansion", "supports", 0, D),
 ("The veteran minister insisted that Moscow wanted a guarantee that NATO would stop moving towards Russia's borders and that the alliance would roll back its deployments to where they stood in 1997, before it took in former Soviet bloc countries.", "sergei-lavrov", 1, "The veteran minister", "rollback-to-1997", "supports", 0, D),
 ("We need legal guarantees, not political declarations,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("because we have been deceived too many times.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("We have repeatedly explained that we have never threatened the Ukrainian people,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("Lavrov also said he had told Blinken that the presence of Western military instructors and weapons in Ukraine was a threat Moscow could not ignore.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, D),
 ("The Kremlin has demanded that Ukraine never be admitted into NATO, a position that Washington and its allies have repeatedly called a non-starter.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("The Kremlin has demanded that Ukraine never be admitted into NATO, a position that Washington and its allies have repeatedly called a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 ("Blinken warned that any incursion into Ukraine would be met with \"swift, severe and united\" response, and urged Moscow to pull back the troops it has deployed along the border.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to begin to persuade the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("He said the United States was ready to discuss arms control and transparency around military exercises, areas where Washington believes there could be room for agreement.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Both sides are trapped by their own narratives about the 1990s,", "ulrich-kessler", 1, "Ulrich Kessler", "", "", 1, ""),
 ("The Russians want in writing what they believe they were promised orally, and the Americans cannot give them a veto over Kyiv's choices without abandoning the principle on which European security has rested since Helsinki.", "ulrich-kessler", 1, "Ulrich Kessler", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians want in writing what they believe they were promised orally, and the Americans cannot give them a veto over Kyiv's choices without abandoning the principle on which European security has rested since Helsinki.", "ulrich-kessler", 1, "Ulrich Kessler", "written-legal-guarantees", "mentions", 1, ""),
 ("The Russians want in writing what they believe they were promised orally, and the Americans cannot give them a veto over Kyiv's choices without abandoning the principle on which European security has rested since Helsinki.", "ulrich-kessler", 1, "Ulrich Kessler", "nato-open-door", "mentions", 1, ""),
 ("The Russians want in writing what they believe they were promised orally, and the Americans cannot give them a veto over Kyiv's choices without abandoning the principle on which European security has rested since Helsinki.", "russia", 0, "The Russians", "nato-non-expansion", "supports", 1, ""),
 ("The Russians want in writing what they believe they were promised orally, and the Americans cannot give them a veto over Kyiv's choices without abandoning the principle on which European security has rested since Helsinki.", "russia", 0, "The Russians", "written-legal-guarantees", "supports", 1, ""),
 ("the only good news of the day", "ulrich-kessler", 1, "Kessler", "", "", 1, ""),
 ("In Kyiv, Oleksandr Zavitnevych, who heads the Ukrainian parliament's defence committee, told AFP that any talk of limiting Western arms deliveries was \"a gift to the Kremlin\".", "oleksandr-zavitnevych", 1, "Oleksandr Zavitnevych", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("We need more Javelins, not more communiqués,", "oleksandr-zavitnevych", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, ""),
]

D = "2022-01-27"
L["tass-2022-01-27-lavrov-us-reply-main-issue"] = [
 ("The written response of the United States to Russia's proposals on security guarantees contains no positive reaction on the main issue, that is the non-expansion of NATO to the east, Russian Foreign Minister Sergey Lavrov said on Thursday.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 ("There is no positive response on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons which could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("There is no positive response on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons which could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("There is a reaction which gives hope for the start of a serious conversation, but on secondary matters,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("The document is now with the President. He will decide,", "sergei-lavrov", 1, "the Foreign Minister", "", "", 1, D),
 ("Our American colleagues asked us not to publish it. I think it will not remain a secret for long,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("It is hardly possible to say there are grounds for optimism,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Earlier, Deputy Foreign Minister Sergey Ryabkov said that Moscow would not accept vague wording and expected a clear commitment from Washington and its allies.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("For us, it is absolutely mandatory to ensure that Ukraine never, never ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("We cannot agree to a situation where the alliance picks from our package only those elements that suit it, such as the risk reduction measures, and ignores the rest,", "alexander-grushko", 1, "he", "", "", 1, ""),
 ("She added that the alliance was repeating its mantra about \"open doors\", which Moscow considers outdated.", "maria-zakharova", 1, "She", "nato-open-door", "rejects", 0, "2022-01-26"),
 ("She added that the alliance was repeating its mantra about \"open doors\", which Moscow considers outdated.", "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 ("is not ready to hear Russia", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, ""),
 ("We proposed a clear, verifiable mechanism: NATO withdraws its infrastructure to the 1997 lines and renounces deployment of attack weapons on our borders. Instead, we received a lecture about values,", "leonid-slutsky", 1, "Slutsky", "rollback-to-1997", "supports", 1, ""),
 ("We proposed a clear, verifiable mechanism: NATO withdraws its infrastructure to the 1997 lines and renounces deployment of attack weapons on our borders. Instead, we received a lecture about values,", "leonid-slutsky", 1, "Slutsky", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("Washington has indicated a readiness to talk about intermediate-range missiles in Europe and about the scale of exercises, and this is something that could be built upon,", "pavel-borisovich-ostankin", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington has indicated a readiness to talk about intermediate-range missiles in Europe and about the scale of exercises, and this is something that could be built upon,", "pavel-borisovich-ostankin", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("will remain the stumbling block for a long time", "pavel-borisovich-ostankin", 1, "his", "nato-non-expansion", "mentions", 1, ""),
]

D = "2022-02-07"
P, M = "vladimir-putin", "emmanuel-macron"
L["kremlin-2022-02-07-putin-macron-news-conference"] = [
 ("Our talks with the President of France lasted more than five hours. They were substantive and businesslike.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Naturally, we paid special attention to the issue of security guarantees for Russia. I informed Mr Macron in detail about our approach. We received the written responses of the United States and NATO on January 26. We have analysed them, and I must say that our principal concerns were ignored.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("We have not received an adequate reply to three key demands: the prevention of NATO's further expansion, the non-deployment of strike weapon systems close to Russia's borders, and the return of the bloc's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", P, 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 ("We have not received an adequate reply to three key demands: the prevention of NATO's further expansion, the non-deployment of strike weapon systems close to Russia's borders, and the return of the bloc's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", P, 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We have not received an adequate reply to three key demands: the prevention of NATO's further expansion, the non-deployment of strike weapon systems close to Russia's borders, and the return of the bloc's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", P, 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 ("They keep telling us that NATO's doors are open and that every country is free to choose. But what about our security? Why should the security of others be ensured at the expense of ours? The principle of indivisibility of security was written into the Istanbul and Astana OSCE documents, and no one is entitled to strengthen their security at the expense of others.", P, 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 ("At the same time, some of the ideas put forward by the President of France could, in my opinion, serve as a basis for further joint steps. We agreed to talk on the phone after his visit to Kiev.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Mr President, thank you for your hospitality.", M, 1, "Emmanuel Macron", "", "", 1, D),
 ("I came here to try to find the path to de-escalation. The priority today is to avoid war and to build trust. I said to President Putin very frankly that the concentration of forces on the border with Ukraine is worrying us all, and that a withdrawal of these forces would open the door to a serious discussion.", M, 1, "Emmanuel Macron", "russia-de-escalation", "supports", 1, D),
 ("I also said that we are ready to work on new mechanisms for stability in Europe, on arms control, on the transparency of military exercises. But these mechanisms cannot call into question the sovereignty of states, including Ukraine's right to decide its own future.", M, 1, "Emmanuel Macron", "limit-military-exercises", "mentions", 1, D),
 ("I also said that we are ready to work on new mechanisms for stability in Europe, on arms control, on the transparency of military exercises. But these mechanisms cannot call into question the sovereignty of states, including Ukraine's right to decide its own future.", M, 1, "Emmanuel Macron", "nato-open-door", "supports", 1, D),
 ("You know, the troops are on our own territory, and we decide where to station them. I would like to say this once again.", P, 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, D),
 ("Now about NATO. They say Ukraine will not become a member tomorrow. But the Bucharest summit declaration of 2008 still says it will. So they are not saying no, they are saying \"later\". This does not suit us. We need this to be fixed in legally binding documents, and that is what we have been talking about since December.", P, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 ("Now about NATO. They say Ukraine will not become a member tomorrow. But the Bucharest summit declaration of 2008 still says it will. So they are not saying no, they are saying \"later\". This does not suit us. We need this to be fixed in legally binding documents, and that is what we have been talking about since December.", P, 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, D),
 ("Now about NATO. They say Ukraine will not become a member tomorrow. But the Bucharest summit declaration of 2008 still says it will. So they are not saying no, they are saying \"later\". This does not suit us. We need this to be fixed in legally binding documents, and that is what we have been talking about since December.", P, 1, "Vladimir Putin", "rescind-bucharest-2008", "supports", 1, D),
 ("Do you understand that if Ukraine joins NATO and decides to return Crimea by military means, European countries will automatically be drawn into a military conflict with Russia? There will be no winners.", P, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 ("President Putin assured me that Russia will not be the source of an escalation. I consider this important.", M, 1, "Emmanuel Macron", "", "", 1, D),
 ("I do not think one can speak of guarantees in such a situation. There are commitments on both sides, and the coming days will be decisive.", M, 1, "Emmanuel Macron", "", "", 1, D),
 ("Let me add one thing. Several ideas and proposals voiced by Mr Macron can serve as the basis for further steps. We will do our best to find compromises that suit everyone.", P, 1, "Vladimir Putin", "", "", 1, D),
]

D = "2022-01-13"
T = "Russia demands that NATO does not cooperate with Ukraine, does not hold exercises on our territory, does not supply us weapons. In fact, this is demand to leave Ukraine alone with aggressor,"
LU = "He added that Russia considers the non-deployment of American missiles in Europe and the stop of eastward movement of the Alliance as \"absolutely mandatory\" elements of any agreement."
K = "Ukraine will never agree to be a zone of influence of anyone. Our path to NATO is our sovereign choice, and it is not for Moscow to decide whether we join or not,"
L["ukrinform-2022-01-13-osce-vienna-kuleba-lukashevich"] = [
 ("We need a substantive reaction to our proposals in the near future. If we do not hear a constructive response within a reasonable time frame, we will be forced to take the necessary measures to eliminate the risks to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "He", "no-intermediate-range-missiles", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (LU, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (LU, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We face a crisis in European security. We have to take it very seriously,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("without our European allies and partners", "michael-carpenter", 1, "He", "", "", 1, D),
 ("He underlined that the United States will not discuss European security \"without our European allies and partners\" and will not accept that one country can veto choice of other country.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("The principle that each state has the sovereign right to choose its security arrangements is not something we will negotiate away,", "michael-carpenter", 1, "the American diplomat", "nato-open-door", "supports", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (K, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, ""),
 (K, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, ""),
 ("The Minister also called on partners to keep pressure on Russia, so that Moscow withdraws troops from the border with Ukraine and goes back to diplomacy.", "dmytro-kuleba", 1, "The Minister", "russia-de-escalation", "supports", 0, ""),
 (T, "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (T, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("The Russians came with a maximalist list and hoped to split the allies. It did not work. No one in NATO is ready to promise that the door is closed for Ukraine,", "oksana-bilokin", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
]

D = "2022-01-26"
S1 = "The US document, which has not been published but whose outline was described to the Financial Times by three officials briefed on it, rejects outright Moscow's insistence that the alliance formally forswear further enlargement."
S2 = "It also declines to discuss pulling allied troops and equipment out of the countries that joined Nato after 1997, the other pillar of Russia's proposals."
S3 = "According to the officials, it proposes talks on reciprocal limits on the deployment of ground-launched intermediate-range missiles in Europe, a successor to the INF treaty that collapsed in 2019, as well as transparency measures for large exercises and mutual inspections of sites such as the Aegis Ashore missile defence base in Romania."
S4 = "Nato's reply, sent separately, proposes reopening the two sides' diplomatic missions, restoring military communication lines, and a fresh look at the Vienna Document that governs notification of drills."
RD = "What we asked for was a simple thing: no more expansion, and no weapons aimed at Moscow from Kharkiv. They answered everything except that,"
HW = "There is a real deal to be had on missiles and on exercises, and frankly it would be in Europe's interest,"
L["ft-2022-01-28-what-the-us-offered-moscow"] = [
 (S1, "united-states", 0, "The US document", "nato-non-expansion", "rejects", 0, D),
 (S1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S2, "united-states", 0, "It", "rollback-to-1997", "rejects", 0, D),
 (S2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 (S3, "united-states", 0, "it", "no-intermediate-range-missiles", "mentions", 0, D),
 (S3, "united-states", 0, "it", "limit-military-exercises", "mentions", 0, D),
 (S4, "nato", 0, "Nato", "resume-military-dialogue", "supports", 0, D),
 (S4, "nato", 0, "Nato", "limit-military-exercises", "mentions", 0, D),
 ("ready to listen to Russia's concerns", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, ""),
 ("compromise on the principles that are at the core of the security of our alliance", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, ""),
 ("We will not give up on our ability to protect and defend our allies, including with the presence of forces in the eastern part of the alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Behind the scenes, one senior Russian diplomat said the US offer on missiles was \"interesting but beside the point\".", "russian-foreign-ministry", 0, "one senior Russian diplomat", "no-intermediate-range-missiles", "mentions", 0, ""),
 (RD, "russian-foreign-ministry", 0, "the diplomat", "nato-non-expansion", "supports", 1, ""),
 (RD, "russian-foreign-ministry", 0, "the diplomat", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("The entire value of this package depends on whether Russia pulls its forces back,", "european-union", 0, "a senior EU official", "russia-de-escalation", "supports", 1, ""),
 ("If the build-up continues, none of it matters.", "european-union", 0, "a senior EU official", "russia-de-escalation", "supports", 1, ""),
 ("carefully designed to show that the west takes some Russian concerns seriously without conceding anything that matters to Ukraine", "fiona-hartwell", 1, "Fiona Hartwell", "", "", 1, ""),
 (HW, "fiona-hartwell", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (HW, "fiona-hartwell", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("But Moscow has wrapped those items inside a demand for a sphere of influence, and that part is simply undeliverable.", "fiona-hartwell", 1, "she", "", "", 1, ""),
 ("The drafts were never a negotiating position. They were a justification,", "kirill-rogov", 1, "he", "", "", 1, ""),
 ("The 2008 Bucharest summit's pledge that Ukraine and Georgia \"will become members\" remains, for Moscow, the original sin.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]

W = "daniel-r-whitcombe"
W1 = "No, and I think the Russians know it. A treaty that says NATO will never admit a given country would need ratification by the Senate and by thirty allied parliaments, and it would repudiate the alliance's own founding treaty. There is no administration, Democratic or Republican, that would send that to the Senate."
W2 = "What Washington can do is be honest about the timeline. Everyone in Brussels knows Ukraine is not joining next year, or the year after. But saying that out loud in a signed document is a different thing, because it gives Moscow a veto, and I would strongly advise against it."
W3 = "This is where it gets more interesting. Some of the items in the December drafts are recycled from proposals that Moscow has made since the INF Treaty died. Reciprocal restraint on where intermediate-range missiles can be based is one. Limits on the size and proximity of exercises on both sides of the line is another. Those are legitimate arms control topics, and frankly the United States and NATO should have been pursuing them anyway."
W4 = "Then there are the items that are really about rolling back the post-Cold War settlement, such as pulling allied forces out of Poland and the Baltic states. Those are dead on arrival, and they should be."
W5 = "As a claim to a sphere of influence, pure and simple. The draft asks the United States to give up bases and any bilateral military cooperation with every former Soviet republic that is not already in NATO. That would mean ending training missions in Ukraine in the middle of a Russian build-up. It is not going to happen."
W6 = "I don't think so. Talking is not conceding. The administration has been clear that nothing about Ukraine will be decided without Ukraine, and that the price of any agreement is that Russia pulls its forces back from the border. I would add that de-escalation has to be verifiable, not a press release about units returning to barracks."
W7 = "Whether Grushko walks out. If the Russian delegation stays at the table and agrees to another meeting, that is a modest win. If they declare the process exhausted, I would read that as a very bad sign for what comes next in February."
RY = "ironclad, waterproof, bulletproof, legally binding guarantees"
L["atlanticcouncil-2022-01-11-geneva-talks-expert-qa"] = [
 ("firmly pushed back on security proposals that are simply non-starters,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 (RY, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (RY, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (W1, W, 1, "Daniel R. Whitcombe", "no-ukraine-membership", "rejects", 1, ""),
 (W1, W, 1, "Daniel R. Whitcombe", "written-legal-guarantees", "rejects", 1, ""),
 (W2, W, 1, "Daniel R. Whitcombe", "no-ukraine-membership", "rejects", 1, ""),
 (W2, W, 1, "Daniel R. Whitcombe", "written-legal-guarantees", "rejects", 1, ""),
 (W2, W, 1, "Daniel R. Whitcombe", "nato-open-door", "supports", 1, ""),
 (W3, W, 1, "Daniel R. Whitcombe", "no-intermediate-range-missiles", "supports", 1, ""),
 (W3, W, 1, "Daniel R. Whitcombe", "limit-military-exercises", "supports", 1, ""),
 (W4, W, 1, "Daniel R. Whitcombe", "rollback-to-1997", "rejects", 1, ""),
 (W5, W, 1, "Daniel R. Whitcombe", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (W6, W, 1, "Daniel R. Whitcombe", "russia-de-escalation", "supports", 1, ""),
 (W7, W, 1, "Daniel R. Whitcombe", "", "", 1, ""),
]

D = "2022-02-02"
AP, HM = "adrian-pelham", "helen-marchant"
H1 = "Thank you, Chair. I think we should take the December drafts at face value, at least as a statement of maximum ambition. Moscow wants a written, legally binding undertaking that the alliance will take in no more members, with Ukraine and Georgia named in all but words."
H2 = "It also wants something that has had rather less attention: a return of allied forces to where they were before the 1999 and 2004 enlargements. In practice that means the battlegroups in the Baltic states and Poland would go home. I do not see any British Government accepting that, nor should they."
H3 = "I agree with Sir Adrian on the headline demands. I would add that the Russian side has been remarkably consistent since mid-December. Mr Ryabkov, Mr Grushko and the Foreign Minister himself have all used the same formula: the West must stop enlarging and stop putting strike systems on Russia's borders. Mr Lavrov said again on Monday that the replies ignored the main question."
H4 = "Yes, and I think it is important that we say so. Article 5 of the draft treaty with the United States, on keeping heavy bombers and surface warships out of areas from which they could strike the other side, is not absurd on its face. We had similar provisions in the Incidents at Sea Agreement of 1972. It would need to be reciprocal, and it would need to cover the Baltic and Black Sea in a way that does not disadvantage allies."
H5 = "Similarly, the idea of resuming regular contacts between the general staffs is something we ourselves have been arguing for since 2014. The absence of military-to-military channels is dangerous."
H6 = "I would be a little more cautious. The items that look negotiable were placed in a package whose core is unacceptable, and the Russians have said very clearly that they will not accept what they call cherry-picking."
H7 = "I would not call it a precondition, and I am not sure Ministers would either. But I do think the West is right to make clear that any agreement depends on a genuine pullback of the forces near Ukraine. There are now well over 100,000 Russian troops there, plus the deployments into Belarus."
H8 = "The Russians will say they can move troops anywhere on their own territory. That is technically true and strategically beside the point."
H9 = "Historians will argue about the Baker-Gorbachev conversations for a very long time. What is clear is that nothing was ever written down, and that the 1997 Founding Act, which Russia signed, recognised the right of states to choose their own security arrangements. I do not think the 1990 argument, however sincerely felt in Moscow, gives Russia a right to decide for Ukraine, and I would say that to any Russian interlocutor."
L["houseoflords-2022-02-02-irdc-russia-security-demands-evidence"] = [
 (H1, AP, 1, "Sir Adrian Pelham", "nato-non-expansion", "mentions", 1, D),
 (H1, AP, 1, "Sir Adrian Pelham", "written-legal-guarantees", "mentions", 1, D),
 (H1, AP, 1, "Sir Adrian Pelham", "no-ukraine-membership", "mentions", 1, D),
 (H1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (H1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 (H1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 (H2, AP, 1, "Sir Adrian Pelham", "rollback-to-1997", "rejects", 1, D),
 (H2, "russia", 0, "It", "rollback-to-1997", "supports", 1, ""),
 (H3, HM, 1, "Dr Helen Marchant", "nato-non-expansion", "mentions", 1, D),
 (H3, HM, 1, "Dr Helen Marchant", "no-strike-weapons-near-borders", "mentions", 1, D),
 (H3, "sergei-ryabkov", 1, "Mr Ryabkov", "nato-non-expansion", "supports", 1, ""),
 (H3, "sergei-ryabkov", 1, "Mr Ryabkov", "no-strike-weapons-near-borders", "supports", 1, ""),
 (H3, "alexander-grushko", 1, "Mr Grushko", "nato-non-expansion", "supports", 1, ""),
 (H3, "alexander-grushko", 1, "Mr Grushko", "no-strike-weapons-near-borders", "supports", 1, ""),
 (H3, "sergei-lavrov", 1, "the Foreign Minister", "nato-non-expansion", "supports", 1, ""),
 (H3, "sergei-lavrov", 1, "the Foreign Minister", "no-strike-weapons-near-borders", "supports", 1, ""),
 (H4, HM, 1, "Dr Helen Marchant", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (H5, HM, 1, "Dr Helen Marchant", "resume-military-dialogue", "supports", 1, D),
 (H6, AP, 1, "Sir Adrian Pelham", "", "", 1, D),
 (H7, AP, 1, "Sir Adrian Pelham", "russia-de-escalation", "supports", 1, D),
 (H8, AP, 1, "Sir Adrian Pelham", "russia-de-escalation", "supports", 1, D),
 (H9, HM, 1, "Dr Helen Marchant", "nato-open-door", "supports", 1, D),
]

write_gold(L, "articles-341", "gold-341")
