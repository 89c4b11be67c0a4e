#!/usr/bin/env python3
"""Writes the held-out gold of batch 227 (gold-227/*.nq) from the labels below.

Batch 227 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-02-01-putin-says-west-ignored-security-demands: AFP wire from Moscow
  on Putin's remarks after meeting Orban; "- crosshead -" lines, a quotation
  interrupted by "Putin said", Cold War grievance inside a quote, Blinken and
  Lavrov via phone-call readouts, Peskov's denial, Moscow's demands in the
  journalist's background sentence, Kuleba, agency sign-off.
- cnn-2022-01-11-geneva-talks-analysis: CNN analysis after Geneva (no front
  matter, "Updated 0412 GMT" date line), "Read More"/"Related" links,
  crossheads, Sherman's quote split into a demand-less and an open-door span,
  Blinken on "Sunday", two analysts (mentions only), the Kremlin in passing.
- state-2022-01-27-department-press-briefing: State Department transcript of
  Ned Price (MR PRICE / QUESTION labels); every answer paragraph is a direct
  quotation, including procedural ones; Russia's demands named in passing in
  Price's answers; a one-word answer "No." that rejects a demand.
- tass-2022-01-28-lavrov-us-response-main-question: TASS translated wire on
  Lavrov's radio interview (UTF-8 BOM, CRLF, "MOSCOW, January 28. /TASS/."
  dateline, no front matter); quotations over two sentences, "so-called open
  door", a background paragraph on the 17 December drafts naming demands.
- dw-2022-01-21-what-does-russia-want-from-nato: DW explainer with question
  crossheads, image captions and "Read more" lines; Moscow's demands set out in
  the explainer's own voice (dated to the drafts or undated), the 1997 Founding
  Act as background with document quotes, Baerbock "on Tuesday", undated
  Stoltenberg and Borrell ("last week"), two analysts.
- ft-2022-01-26-us-delivers-written-response: Financial Times report from
  Washington on the US written answer; standfirst, lowercase titles, quotes
  with the full stop outside, a Kremlin demand inside the journalist's
  sentence, an anonymous senior US official, an invented congresswoman.
- kyivpost-2022-01-14-demchuk-koval-interview: Kyiv Post Q/A interview with an
  invented Ukrainian MP ("Kyiv Post:" / "Demchuk-Koval:" labels, no front
  matter); multi-paragraph answers, Ryabkov's words only in a question, Moscow's
  demands named inside her answers, "Read also" link lines.

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

D = "2022-02-01"
L["afp-2022-02-01-putin-says-west-ignored-security-demands"] = [
 ("It is already clear -- and I told the prime minister so -- that our fundamental concerns were simply ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("The Russian leader said Washington and its allies had given no adequate answer on the three points Moscow considers essential: halting NATO's eastward enlargement, keeping offensive weapons systems away from Russia's frontiers, and pulling the alliance's military infrastructure in Europe back to where it stood in 1997.", "vladimir-putin", 1, "The Russian leader", "nato-non-expansion", "supports", 0, D),
 ("The Russian leader said Washington and its allies had given no adequate answer on the three points Moscow considers essential: halting NATO's eastward enlargement, keeping offensive weapons systems away from Russia's frontiers, and pulling the alliance's military infrastructure in Europe back to where it stood in 1997.", "vladimir-putin", 1, "The Russian leader", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The Russian leader said Washington and its allies had given no adequate answer on the three points Moscow considers essential: halting NATO's eastward enlargement, keeping offensive weapons systems away from Russia's frontiers, and pulling the alliance's military infrastructure in Europe back to where it stood in 1997.", "vladimir-putin", 1, "The Russian leader", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and launches a military operation in Crimea,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("What then -- are we supposed to go to war with NATO? Has anyone thought about that? It seems not.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("The United States is not so much worried about Ukraine's security as about holding back Russia's development. Ukraine is just a tool for that,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("We were told NATO would not move an inch to the east. They lied to us, brazenly,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("I hope that we will eventually find a solution, although it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("a deal that guarantees peace and security for Russia too is possible.", "viktor-orban", 1, "Orban", "", "", 1, D),
 ("Blinken urged Moscow to de-escalate immediately and to pull its troops and equipment back from Ukraine's borders, a senior State Department official told reporters afterwards.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("According to the Russian foreign ministry, Lavrov told Blinken that Moscow still wanted a clear explanation of why Washington refused to rule out further NATO enlargement.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Earlier in the day Kremlin spokesman Dmitry Peskov dismissed Western calls for Moscow to thin out its forces, saying Russia was free to move troops wherever it liked on its own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("In its December drafts, Moscow demanded a legally binding guarantee that Ukraine would never be admitted to NATO, a demand Washington and the alliance have repeatedly dismissed as a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("In its December drafts, Moscow demanded a legally binding guarantee that Ukraine would never be admitted to NATO, a demand Washington and the alliance have repeatedly dismissed as a non-starter.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("In its December drafts, Moscow demanded a legally binding guarantee that Ukraine would never be admitted to NATO, a demand Washington and the alliance have repeatedly dismissed as a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 ("In its December drafts, Moscow demanded a legally binding guarantee that Ukraine would never be admitted to NATO, a demand Washington and the alliance have repeatedly dismissed as a non-starter.", "nato", 0, "the alliance", "no-ukraine-membership", "rejects", 0, ""),
 ("no one in Moscow decides which alliances Ukraine will join.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, D),
 ("Our path is our choice, and our partners have confirmed that again and again,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
]

D = "2022-01-10"
L["cnn-2022-01-11-geneva-talks-analysis"] = [
 ("For us it is absolutely essential to make sure that Ukraine never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("We need guarantees that are ironclad, watertight and legally binding -- not promises, not assurances,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("The Kremlin also wants NATO to roll the clock back to 1997, withdrawing the troops and hardware the alliance has sent to members that joined after that year, from Poland to the Baltic states.", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("Ryabkov bristled when asked whether Russia would thin out the estimated 100,000 troops it has gathered within reach of Ukraine, insisting that troop movements on Russian soil were nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("But Sherman said the United States was prepared to explore, on a reciprocal basis, where missiles are placed in Europe and how large and how close to borders military exercises can be -- provided Russia is serious.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But Sherman said the United States was prepared to explore, on a reciprocal basis, where missiles are placed in Europe and how large and how close to borders military exercises can be -- provided Russia is serious.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She also made clear where she thought the burden lies, saying it was up to Moscow to show good faith by pulling back the forces it has massed on Ukraine's doorstep.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("It's very hard to see how we make real progress while there's a gun pointed at Ukraine's head,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-09"),
 ("No American administration could sign a treaty closing NATO's door, and the people who drafted these texts in Moscow know that perfectly well,", "marek-dunleavy", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("The interesting part is the middle of the list: intermediate-range missiles, limits on drills, transparency. That's where a deal could live.", "marek-dunleavy", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The interesting part is the middle of the list: intermediate-range missiles, limits on drills, transparency. That's where a deal could live.", "marek-dunleavy", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Irina Podolskaya, a Moscow-based political analyst who has advised Russian parliamentary committees, said the Kremlin genuinely sees the question of NATO expansion as existential.", "irina-podolskaya", 1, "Irina Podolskaya", "nato-non-expansion", "mentions", 0, ""),
 ("Irina Podolskaya, a Moscow-based political analyst who has advised Russian parliamentary committees, said the Kremlin genuinely sees the question of NATO expansion as existential.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("If the Americans think they can buy us off with a missile agreement, they are misreading Putin,", "irina-podolskaya", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("For the Kremlin, the question of Ukraine in NATO is not a bargaining chip.", "irina-podolskaya", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("For the Kremlin, the question of Ukraine in NATO is not a bargaining chip.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("NATO Secretary General Jens Stoltenberg, who will chair Wednesday's council, has already signaled that the alliance will not budge on membership, while offering to discuss arms control and risk reduction.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-27"
P = "ned-price"
S = "state-2022-01-27-department-press-briefing"
p4 = "Well, Matt, I'd make a couple of points. First, the Foreign Minister is right about one thing: the response does not give Moscow what it has sought on that question. We have been clear, publicly and privately, that Russia's demand for a pledge that the Alliance will never take in another member is not something we are prepared to entertain."
p8 = "What I can say is that we've put forward ideas on arms control, including on the class of ground-launched missiles that used to be covered by the INF Treaty, and on reciprocal transparency measures regarding military exercises in Europe. These are areas Russia itself has raised, and we are prepared to discuss them on the basis of reciprocity."
p9 = "Moscow has asked the Alliance to disavow what all Allies agreed at Bucharest. That is not going to happen. That declaration was a decision of the Alliance, and it is not Russia's to rewrite."
L[S] = [
 ("Good afternoon, everyone. Just one item at the top before we turn to your questions.", P, 1, "MR PRICE", "", "", 1, D),
 ("Today the Secretary spoke with his counterparts in the Baltic states to brief them on the written response we delivered yesterday in Moscow. As we have said from the start, there will be nothing about our European Allies without our European Allies.", P, 1, "MR PRICE", "", "", 1, D),
 ("With that, happy to take your questions.", P, 1, "MR PRICE", "", "", 1, D),
 (p4, P, 1, "MR PRICE", "nato-non-expansion", "rejects", 1, D),
 (p4, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The principle that every country has the sovereign right to decide its own security arrangements, including which alliances it joins, is not up for negotiation. It wasn't in Geneva, it wasn't in Brussels, and it isn't now.", P, 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 ("But I'd also point out that the document is much more than that one point. It lays out areas where we believe we can make real progress together if Russia chooses the path of diplomacy.", P, 1, "MR PRICE", "", "", 1, D),
 ("We're not going to publish the document, and I'm not going to go line by line through it. We think diplomacy has the best chance of succeeding when it is given some space to breathe.", P, 1, "MR PRICE", "", "", 1, D),
 (p8, P, 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, D),
 (p8, P, 1, "MR PRICE", "limit-military-exercises", "mentions", 1, D),
 (p8, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (p8, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (p9, P, 1, "MR PRICE", "rescind-bucharest-2008", "rejects", 1, D),
 (p9, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("What we need to see is de-escalation. Russia has massed more than 100,000 troops along Ukraine's borders, and it has moved forces into Belarus in what it says are exercises. The path of diplomacy can only really go forward in an atmosphere of de-escalation, not escalation.", P, 1, "MR PRICE", "russia-de-escalation", "supports", 1, D),
 ("So our message is the same as it was two weeks ago: pull those forces back, and let's see if we can address each other's concerns at the negotiating table.", P, 1, "MR PRICE", "russia-de-escalation", "supports", 1, D),
 ("I've seen those reports. I'm not going to speak for other governments. I can tell you that there is no change, and there will be no change, in our position on NATO's open door. Ukraine's aspirations are a matter for Ukraine and the 30 NATO Allies, and no one else.", P, 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 ("We have always said this would be a difficult process. We did not expect Moscow to embrace every element of our response. The question now is whether Russia is willing to engage seriously on the substance we put forward.", P, 1, "MR PRICE", "", "", 1, D),
 ("The Secretary has said he is prepared to continue engaging with Foreign Minister Lavrov once Moscow has had a chance to study our paper. We'll see what comes back.", P, 1, "MR PRICE", "", "", 1, D),
 ("There are ideas in the response on improving military-to-military communication and reducing the risk of incidents. I'll leave the details to the document itself, which again we will not be publishing.", P, 1, "MR PRICE", "resume-military-dialogue", "mentions", 1, D),
 ("No.", P, 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, D),
 ("No.", P, 1, "MR PRICE", "written-legal-guarantees", "rejects", 1, D),
]

D = "2022-01-28"
P = "sergei-lavrov"
q1 = "The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which can threaten the territory of the Russian Federation. On this main question there is no positive reaction,"
q3 = "There are rational grains there regarding intermediate-range missiles, regarding the transparency of military exercises, regarding confidence-building measures. We ourselves proposed these things for years, the Americans did not want to discuss them. But these are secondary topics,"
q4 = "We have already been promised once, in words, that NATO will not move one inch to the East. We know how it ended. Therefore we need legally binding guarantees, and not promises,"
bg = "Among other things, Moscow proposed that the alliance renounce further expansion, including the accession of Ukraine, and refrain from deploying strike weapons systems near Russian borders."
L["tass-2022-01-28-lavrov-us-response-main-question"] = [
 (q1, P, 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (q1, P, 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ('According to him, the American side in its document once again refers to the so-called "open door" policy of the alliance.', P, 1, "him", "nato-open-door", "mentions", 0, D),
 ("They tell us: every state has the right to choose its alliances. But they forget the second half of the formula, which is signed by all OSCE leaders — that no one can strengthen his security at the expense of the security of others,", P, 1, "Lavrov", "nato-open-door", "rejects", 1, D),
 ("This freedom of choice is not absolute, it is limited by the obligation not to harm the others.", P, 1, "Lavrov", "nato-open-door", "rejects", 1, D),
 (q3, P, 1, "he", "no-intermediate-range-missiles", "supports", 1, D),
 (q3, P, 1, "he", "limit-military-exercises", "supports", 1, D),
 ("He emphasized that Moscow will insist on guarantees fixed on paper and having legal force.", P, 1, "He", "written-legal-guarantees", "supports", 0, D),
 (q4, P, 1, "the head of the Russian diplomacy", "written-legal-guarantees", "supports", 1, D),
 (q4, P, 1, "the head of the Russian diplomacy", "nato-non-expansion", "supports", 1, D),
 ("Lavrov rejected Western demands that Russia withdraw its troops from the border areas with Ukraine.", P, 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("We are moving our troops on our own territory, and we do not have to give account to anybody about it,", P, 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("If it depends on Russia, then there will be no war. We do not want wars. But we will not allow that our interests are rudely trampled and ignored,", P, 1, "the minister", "", "", 1, D),
 (bg, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (bg, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (bg, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
]

D = "2022-01-21"
dr = "In those drafts, Moscow demanded that the alliance rule out admitting any new members — above all Ukraine and Georgia — and that these promises be set down in binding international law rather than in political declarations."
kr = "Further, the Kremlin wants an end to Western military cooperation with former Soviet republics outside NATO, such as Ukraine, Georgia and Moldova, and a ban on deploying US medium-range missiles anywhere within striking distance of Russia."
sh = "In Geneva on January 10, US Deputy Secretary of State Wendy Sherman said Washington was ready to talk about the placement of missiles in Europe and about limits on the size and scope of military exercises, if Russia reciprocated."
ex = "Russia wants restrictions on large-scale drills near its borders, and NATO has said it is willing to discuss greater transparency and notification of maneuvers."
vh = "Moscow's demand to return to the 1997 status quo would mean stripping NATO's eastern flank of almost everything it has built since Crimea,"
L["dw-2022-01-21-what-does-russia-want-from-nato"] = [
 ("I did not expect a breakthrough today, and we did not get one,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("on the key issue — that NATO does not move any further east.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (dr, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (dr, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (dr, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("Russia also wants NATO to withdraw the forces and equipment it has stationed in countries that joined after May 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (kr, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 (kr, "russia", 0, "the Kremlin", "no-intermediate-range-missiles", "supports", 0, ""),
 (vh, "katrin-vollmer-hasse", 1, "Katrin Vollmer-Hasse", "rollback-to-1997", "mentions", 1, ""),
 (vh, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("No government in Warsaw or Vilnius would ever accept that, and Moscow knows it.", "katrin-vollmer-hasse", 1, "Katrin Vollmer-Hasse", "rollback-to-1997", "mentions", 1, ""),
 ("NATO Secretary General Jens Stoltenberg has repeatedly made clear that the alliance will not give Moscow a say over who joins.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("It is only Ukraine and the 30 NATO allies who decide when Ukraine is ready to join. Russia has no veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("the right of every country to choose its own alliances.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 (sh, "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (sh, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (ex, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (ex, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
 ("The best way to start a dialogue is to pull these troops back,", "josep-borrell", 1, "Josep Borrell", "russia-de-escalation", "supports", 1, ""),
 ("Tomasz Zielinski, a security analyst at the Warsaw Institute of Strategic Affairs, said he expected the US to offer confidence-building measures rather than concessions on enlargement.", "tomasz-zielinski", 1, "Tomasz Zielinski", "nato-non-expansion", "mentions", 0, ""),
 ("A formal promise that NATO will never grow again is simply not going to be signed,", "tomasz-zielinski", 1, "he", "nato-non-expansion", "mentions", 1, ""),
]

D = "2022-01-26"
lead = "The US has handed Russia a written response to its sweeping demands for security guarantees, refusing to bar Ukraine from Nato but offering talks on arms control and confidence-building measures in an effort to head off a military confrontation in eastern Europe."
off = "The offer reflects an attempt by the Biden administration to separate the elements of Moscow's proposals it considers negotiable from those it has dismissed as non-starters, chief among them the Kremlin's demand that Nato pull its forces out of the alliance's eastern members."
st2 = "He added that allies were also ready to discuss reciprocal limits on missiles and greater transparency over exercises, but said Russia should \"immediately de-escalate\" and withdraw its troops from around Ukraine."
L["ft-2022-01-26-us-delivers-written-response"] = [
 (lead, "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, D),
 ("We have been clear that there are principles we will stand by, including the right of every country to decide its own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("There is no change there, and there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "he", "", "", 1, D),
 ("According to Blinken, the US had proposed reciprocal transparency measures on force posture in Ukraine and talks on arms control covering missiles in Europe.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (off, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (off, "united-states", 0, "the Biden administration", "rollback-to-1997", "rejects", 0, ""),
 ("In Brussels, Jens Stoltenberg, Nato's secretary-general, said the alliance had sent Moscow a separate set of proposals, including the restoration of military-to-military contacts and the reopening of the two sides' missions in Moscow and Brussels, which were suspended last year.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("But we will not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (st2, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (st2, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (st2, "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Nato's expansion to our borders is a direct threat to Russia's security", "anatoly-antonov", 1, "Anatoly Antonov", "nato-non-expansion", "supports", 1, D),
 ("Moscow asked for a veto over Nato membership and the administration has given it an arms control conversation instead,", "daniel-oyelaran-pierce", 1, "Daniel Oyelaran-Pierce", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow asked for a veto over Nato membership and the administration has given it an arms control conversation instead,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("That is probably the best deal on offer. Whether the Kremlin wants a deal at all is another question.", "daniel-oyelaran-pierce", 1, "Daniel Oyelaran-Pierce", "", "", 1, ""),
 ("any hint of a moratorium on Ukraine joining Nato would be a gift to Putin.", "gloria-ferncastle", 1, "Gloria Ferncastle", "no-ukraine-membership", "rejects", 1, ""),
 ("He has said repeatedly that Russia requires ironclad commitments that Nato will halt its eastward march.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, ""),
 ("Nobody in this building is under any illusions,", "united-states", 0, "one senior US official", "", "", 1, D),
 ("We have given them an off-ramp. It's up to them whether they take it.", "united-states", 0, "one senior US official", "", "", 1, D),
]

D = "2022-01-13"
P = "yaroslava-demchuk-koval"
N = "Demchuk-Koval"
a3 = "What Moscow wants is written in black and white in its drafts. It wants a guarantee that Ukraine never joins NATO, and it wants the Alliance to pull out of every country that joined after 1997. That is not a security proposal. That is a demand to redraw the map of Europe, and we reject it completely."
a4 = "Like something from 1945. Nobody in Moscow gets to say \"never\" for Ukraine. Our course toward NATO membership has been in our Constitution since 2019, and the decision belongs to Ukrainians and to the 30 allies. No one else has a vote, and certainly no one has a veto."
a5 = "We have nothing against mutual transparency on exercises or mutual limits on missiles in Europe. If Russia and the U.S. can agree that neither side puts intermediate-range missiles where they threaten the other, good. That makes everybody safer, including us."
a6 = "What is not acceptable is a deal in which Ukraine becomes a grey zone — where we cannot train with our partners on our own soil, where American or British instructors are forbidden to come here. That is what the Russian draft actually says, if you read it carefully, and no Ukrainian government could accept it."
L["kyivpost-2022-01-14-demchuk-koval-interview"] = [
 ("Not nervous. Alert. The Americans and the Europeans promised us \"nothing about Ukraine without Ukraine,\" and so far, honestly, they have kept that promise. We were briefed before and after Geneva, and the NATO allies coordinated with us before Brussels.", P, 1, N, "", "", 1, D),
 ("But I would be lying if I said I slept well this week. When two big powers sit down and talk about your country, you always count the chairs.", P, 1, N, "", "", 1, D),
 (a3, P, 1, N, "no-ukraine-membership", "rejects", 1, D),
 (a3, P, 1, N, "rollback-to-1997", "rejects", 1, D),
 (a3, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (a3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (a4, P, 1, N, "nato-open-door", "supports", 1, D),
 (a4, P, 1, N, "no-ukraine-membership", "rejects", 1, D),
 (a4, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (a5, P, 1, N, "limit-military-exercises", "supports", 1, D),
 (a5, P, 1, N, "no-intermediate-range-missiles", "supports", 1, D),
 (a6, P, 1, N, "no-military-activity-ex-soviet", "rejects", 1, D),
 (a6, "russia", 0, "the Russian draft", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("They have more than 100,000 soldiers around us — in Crimea, near Kharkiv, near Donbas, and now they are moving units into Belarus. If Russia wants to be taken seriously at the negotiating table, the first step is obvious: take the troops home. Talking about \"security guarantees\" with tanks at our border is not diplomacy, it is blackmail.", P, 1, N, "russia-de-escalation", "supports", 1, D),
 ("Three things. First, sanctions prepared in advance, so that Moscow knows the price before it acts, not after. Second, defensive weapons — and I am grateful to those who are already delivering. Third, no compromise on the open door.", P, 1, N, "nato-open-door", "supports", 1, D),
 ("In Bucharest in 2008 NATO told us we would become members. Fourteen years later we are still waiting. We understand membership is not tomorrow. But please, do not take that promise back now to make Mr. Putin feel better.", P, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("Next week we will put forward a resolution calling on our partners to reject any arrangement that is negotiated about Ukraine without Ukraine. I expect a large majority to support it, across factions.", P, 1, N, "", "", 1, D),
 ("I believe Putin wants us to think there will be a war. Fear is also a weapon. My job, and the job of every politician in Kyiv right now, is not to give him that.", P, 1, N, "", "", 1, D),
]

write_gold(L, "articles-227", "gold-227")
