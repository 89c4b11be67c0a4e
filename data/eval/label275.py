#!/usr/bin/env python3
"""Writes the held-out gold of batch 275 (gold-275/*.nq) from the labels below.

Batch 275 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-12-nato-russia-council-brussels: AFP wire story from Brussels on
  the NATO-Russia Council (front matter, dash crossheads, desk initials); a
  two-sentence quote, a quote split by "he added", Moscow's demand in passing
  inside Stoltenberg's reported sentence, an analyst naming Moscow's asks,
  Peskov on "all proposals" (unspecified, no label), Baker/Bucharest history.
- the-guardian-2022-01-26-what-does-russia-want-explainer: Guardian Q&A-style
  explainer (question crossheads, standfirst); Russia's demands in narration
  ("Moscow wants", "It also wants"), US officials as an organisation offering
  talks, Putin quoted on missiles "on our doorstep", 1990/1997/2008 history,
  an analyst quote split in two and a reported former diplomat.
- interfax-2022-01-13-ryabkov-lukashevich-no-basis-new-round: Interfax English,
  machine-translated (no front matter, dateline "Moscow. January 13.
  INTERFAX"); odd word order, "the Alliance", "Permanent Representative of
  USA", quote fragments, an "Interfax note" restating the 17 December drafts.
- kyiv-independent-2022-01-27-kuleba-us-response-no-concessions: Kyiv
  Independent news story (front matter, "Read also" lines, "Jan. 27" dates);
  nested 'red line' quote, Blinken's quote about "core principles" that is
  about the open door, a lawmaker and an analyst naming the Kremlin's demand.
- nato-2022-01-24-joint-press-point-stoltenberg-kallas: NATO transcript of a
  joint press point with Estonia's prime minister (UTF-8 BOM, CRLF, speaker
  labels, moderator and journalists' questions unlabelled); each answer
  paragraph is one quotation, demands expressed by meaning ("there to stay",
  "second-class members", "limits on where Allied troops can be deployed").
- kommersant-2022-02-02-putin-concerns-ignored: Kommersant news story in
  English translation (no front matter, « » quotes with ",—" attributions);
  Putin's three demands, a quote split by "he continued", the Crimea
  scenario, Lavrov's "main question", indivisibility of security (no demand),
  a Duma deputy and an IMEMO expert.
- sky-news-2022-01-21-blinken-lavrov-geneva-live: Sky News live page (reverse
  chronological time stamps, key points, entry headlines, analysis box);
  Blinken's "no change" understood from the question, Lavrov's rejection of
  pull-back calls in reported speech, Truss in Sydney, an analyst.

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

D = "2022-01-12"
S_STOLT = "Stoltenberg said the 30 allies had clearly rejected Moscow's call for the alliance to stop admitting new members, and would not give Russia a say over whether Ukraine could one day join."
S_GRU = "Grushko said Moscow would not accept that the alliance's \"open door\" remained a matter solely for NATO and the countries knocking on it, and insisted the bloc withdraw the military infrastructure it has brought up to Russia's frontiers since the late 1990s."
Q_WIER = "Moscow asked for things it knew it could not get -- a freeze on enlargement, a pull-back to 1997 -- and NATO offered things Moscow says it does not really want, such as talks on exercises and missiles,"
L["afp-2022-01-12-nato-russia-council-brussels"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 (S_STOLT, "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 0, D),
 (S_STOLT, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 (S_STOLT, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (S_STOLT, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine is a sovereign nation, and it is for Ukraine and the 30 allies alone to decide.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("The former Norwegian prime minister said NATO was ready to discuss arms control, the placement of missiles in Europe and greater transparency on military exercises, and had proposed a series of follow-up meetings.", "jens-stoltenberg", 1, "The former Norwegian prime minister", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The former Norwegian prime minister said NATO was ready to discuss arms control, the placement of missiles in Europe and greater transparency on military exercises, and had proposed a series of follow-up meetings.", "jens-stoltenberg", 1, "The former Norwegian prime minister", "limit-military-exercises", "mentions", 0, D),
 ("a lot of differences on fundamental issues", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("The non-enlargement of NATO is an absolute imperative for us, and we need it on paper, in a legally binding form,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The non-enlargement of NATO is an absolute imperative for us, and we need it on paper, in a legally binding form,", "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, D),
 (S_GRU, "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, D),
 (S_GRU, "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, D),
 ("We will not slam the door shut on NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said it was now up to Moscow to show it was serious about diplomacy by pulling back the troops it has assembled around Ukraine.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("If Russia walks away, it will be quite apparent they were never serious about pursuing diplomacy at all,", "wendy-sherman", 1, "she", "", "", 1, D),
 (Q_WIER, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "nato-non-expansion", "mentions", 1, ""),
 (Q_WIER, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "mentions", 1, ""),
 (Q_WIER, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "limit-military-exercises", "mentions", 1, ""),
 (Q_WIER, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-intermediate-range-missiles", "mentions", 1, ""),
 (Q_WIER, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (Q_WIER, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The question now is whether either side is willing to move before the snow melts,", "tomasz-wierzbicki", 1, "he", "", "", 1, ""),
]

D = "2022-01-26"
S_MW = "Moscow wants the alliance to commit, in a legally binding form, that it will admit no new members, and specifically that Ukraine will never join."
S_IW = "It also wants Nato to pull its forces and weapons back from the countries that joined after 1997 – which would mean the Baltic states, Poland, Romania and others – and to give up any military activity in Ukraine, the south Caucasus and central Asia."
S_MA = "Moscow also wants both sides barred from stationing intermediate-range missiles where they could hit each other's territory, and bombers and warships kept out of striking distance."
S_USO = "US officials have signalled they are open to talks on reciprocal limits on missile deployments in Europe and on the size and location of military exercises – issues left over from the collapse of the 1987 INF treaty."
S_NS = "Nato's secretary general, Jens Stoltenberg, said on Wednesday that the alliance's own reply, delivered the same day, proposed restoring military-to-military communication with Moscow and setting up a civilian hotline, and again urged Russia to pull its troops back from around Ukraine."
Q_VOL = "I think the Kremlin wanted to be able to say: we asked for guarantees in writing, and the west said no."
S_ELL = "Russia has used the threat of force to get the US to the table, and may be content with a partial deal on missiles and drills, said Mark Ellery, a former British diplomat who served in Moscow."
L["the-guardian-2022-01-26-what-does-russia-want-explainer"] = [
 (S_MW, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S_MW, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (S_MW, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (S_IW, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 (S_IW, "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 (S_MA, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (S_MA, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("It is not a buffet where you can pick and choose,", "sergei-ryabkov", 1, "he", "", "", 1, ""),
 ("Vladimir Putin has made clear that he regards the alliance's eastward drift as the root of the problem.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
 ("Are we putting missiles near the borders of the United States? No. It is the United States that has come to our home with its missiles, they are already standing on our doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 (S_USO, "united-states", 0, "US officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (S_USO, "united-states", 0, "US officials", "limit-military-exercises", "mentions", 0, ""),
 ("We will not allow anyone to slam closed Nato's open-door policy,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("Blinken said the document set out a serious diplomatic path but made no concessions on the principle that sovereign countries choose their own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (S_NS, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (S_NS, "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the core principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Russia has set the bar so high that a refusal was built in,", "ekaterina-volodina", 1, "Ekaterina Volodina", "", "", 1, ""),
 (Q_VOL, "ekaterina-volodina", 1, "Ekaterina Volodina", "written-legal-guarantees", "mentions", 1, ""),
 (Q_VOL, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (S_ELL, "mark-ellery", 1, "Mark Ellery", "no-intermediate-range-missiles", "mentions", 0, ""),
 (S_ELL, "mark-ellery", 1, "Mark Ellery", "limit-military-exercises", "mentions", 0, ""),
 ("Russia's foreign minister, Sergei Lavrov, said on Wednesday that Moscow would read the replies carefully, but that the key question was whether the west would give up further expansion to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
]

D = "2022-01-13"
Q_RY2 = "The American side says that it cannot go for the non-expansion of NATO. For us it is an absolute imperative, the obligation must be fixed legally, on paper, and not in words,"
Q_LU2 = "Non-expansion of the Alliance, the refusal from acceptance of Ukraine and Georgia, the non-deployment of strike systems near our borders - these are not wishes, these are requirements of our security,"
S_NOTE = "In them Moscow in particular demands from NATO not to expand to the East and to refuse military activity on the territory of Ukraine and other states of Eastern Europe, South Caucasus and Central Asia."
L["interfax-2022-01-13-ryabkov-lukashevich-no-basis-new-round"] = [
 ("There is, to a large extent, a dead end or difference of approaches. I do not see reasons to sit down in the next days, to gather again and to begin the same discussions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (Q_RY2, "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 (Q_RY2, "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("He also said that Russia insists on refusal from deployment of the strike weapon systems in the proximity of Russian borders, and that this question is not subject to bargaining.", "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("I want neither to confirm nor to exclude anything here,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We approach the moment of truth. If we do not hear constructive answer to our proposals in a reasonable time frame and aggressive line continues, we will be forced to take the necessary measures for elimination of the risks,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The diplomat underlined that Russia needs the guarantees in the legally binding form, since verbal assurances of the West already once turned out to be a deceit.", "alexander-lukashevich", 1, "The diplomat", "written-legal-guarantees", "supports", 0, D),
 (Q_LU2, "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D),
 (Q_LU2, "alexander-lukashevich", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (Q_LU2, "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("According to Lukashevich, Russia does not understand why the Western partners insist to discuss only \"secondary\" themes like the transparency of exercises, when the main issues remain without answer.", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "mentions", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau underlined that every state has the right freely to choose the means of ensuring its security, including the treaties of alliance.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 ("the drumbeat of war is sounding loud, and the rhetoric has become rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("He called on Russia to take the steps for de-escalation and to return the troops to the places of permanent deployment.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 (S_NOTE, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (S_NOTE, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("difficult, long, very professional, deep, concrete", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
]

D = "2022-01-27"
Q_KU2 = "It is important that the United States has firmly stood on its position: the door to NATO remains open, and there is no 'red line' that Russia can draw for us,"
S_RUP = "The U.S. and NATO delivered their written answers to the Kremlin on Jan. 26, more than a month after Russia published two draft treaties demanding, among other things, that the alliance never admit Ukraine."
Q_BL = "We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,"
S_BL2 = "Blinken said the response also offered Moscow a \"serious diplomatic path,\" including reciprocal transparency measures on military exercises and mutual limits on missile deployments in Europe."
Q_ZE = "Ukraine's path to the EU and NATO is enshrined in our Constitution, and no one else will decide it for us,"
Q_VA = "The Kremlin demands that we be frozen outside NATO forever. The West said no, and it was the right answer,"
Q_KL = "it gives Russia nothing on the one point Moscow cares about – keeping Ukraine out of NATO."
L["kyiv-independent-2022-01-27-kuleba-us-response-no-concessions"] = [
 ("We have reviewed the U.S. written response before it was delivered, and it has our full support. There are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (Q_KU2, "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 (Q_KU2, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Kuleba added that Ukraine would never agree to an arrangement under which its partners would be barred from training Ukrainian troops, supplying weapons or sending instructors to its territory.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 (S_RUP, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("U.S. Secretary of State Antony Blinken said on Jan. 26 that the document did not budge on the alliance's enlargement.", "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (Q_BL, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (S_BL2, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (S_BL2, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("It cannot be said that our thoughts were taken into account or that a willingness was shown to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("President Volodymyr Zelensky, who spoke with U.S. President Joe Biden by phone on the evening of Jan. 27, said Ukraine's course was not up for negotiation.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, D),
 (Q_ZE, "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, D),
 (Q_ZE, "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, D),
 (Q_VA, "mariia-vasylenko", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 (Q_VA, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (Q_KL, "andriy-klymenko", 1, "Andriy Klymenko", "no-ukraine-membership", "mentions", 1, ""),
 (Q_KL, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("That is exactly why we should expect more pressure, not less, in February,", "andriy-klymenko", 1, "Klymenko", "", "", 1, ""),
]

D = "2022-01-24"
P_S1 = "Good afternoon. Prime Minister, dear Kaja, it is great to see you again here at NATO Headquarters. Estonia is a highly valued Ally, and you make important contributions to our shared security, including by spending more than two percent of GDP on defence."
P_S2 = "We meet at a critical time for European security. Russia continues its military build-up in and around Ukraine, and in Belarus, with tens of thousands of combat-ready troops, heavy weapons and advanced capabilities. I call on Russia to de-escalate, to pull back its forces, and to choose the path of diplomacy."
P_S3 = "Today, Allies are putting forces on standby and sending additional ships and fighter jets to NATO deployments in eastern Europe. We will always respond to any deterioration of our security environment, including by strengthening our collective defence. Our presence in Estonia and the other Baltic countries is defensive, it is proportionate, and it is there to stay."
P_S4 = "Last week, at the NATO-Russia Council, Allies made clear that we are ready to sit down with Russia and discuss arms control, including on missiles, risk reduction and transparency on military activities and exercises. But we will not compromise on the core principles of European security. That includes the right of each nation to choose its own path, and NATO's ability to protect and defend all Allies. We do not accept the idea of second-class members of our Alliance."
P_K1 = "Thank you, Jens. It's good to be back in Brussels. Let me first thank NATO and all Allies for the very concrete solidarity shown to Estonia and to our whole region in these weeks."
P_K2 = "Russia's demands are clear, and they are not acceptable. Moscow wants NATO to turn back the clock to 1997, to withdraw from Estonia, from Latvia, from Lithuania, from Poland. Small countries also have the right to choose their own alliances, and nobody should take that right away from them."
P_K3 = "We also have to be very clear: any agreement with Russia must not be reached over the heads of Ukraine or of the Allies. Nothing about us without us."
P_A1 = "NATO will respond in writing, in parallel with the United States, and we will share our proposals with Russia. But what we will not do is to give up the principle that every nation has the right to choose its own path. NATO's door remains open. Whether Ukraine or any other country becomes a member is for that country and the 30 Allies to decide, and for no one else."
P_A2 = "At the same time, we are ready to look at how we can increase transparency, reduce risks and re-establish channels of communication, including military lines of communication between NATO and Russia. I think that is in the interest of all of us."
P_KA = "No, I do not fear that, because we are consulted at every step. Estonia's message is simple: Russia must pull its troops back. Diplomacy cannot work with a gun to the head. And we should not reward aggressive behaviour by accepting any limits on where Allied troops can be deployed on Allied territory."
P_A3 = "We see Russian troops moving into Belarus for what they call exercises, and this is part of a pattern. It is not NATO that is threatening Russia. NATO has never posed any threat to Russia."
P_A4 = "We are ready to discuss mutual transparency and limits on exercises, on a reciprocal basis. That is something Allies have proposed for many years, including in the OSCE."
JS, KK = ("jens-stoltenberg", 1, "Jens Stoltenberg"), ("kaja-kallas", 1, "Kaja Kallas")
L["nato-2022-01-24-joint-press-point-stoltenberg-kallas"] = [
 (P_S1, *JS, "", "", 1, D),
 (P_S2, *JS, "russia-de-escalation", "supports", 1, D),
 (P_S3, *JS, "rollback-to-1997", "rejects", 1, D),
 (P_S4, *JS, "no-intermediate-range-missiles", "mentions", 1, D),
 (P_S4, *JS, "limit-military-exercises", "mentions", 1, D),
 (P_S4, *JS, "nato-open-door", "supports", 1, D),
 (P_S4, *JS, "rollback-to-1997", "rejects", 1, D),
 (P_K1, *KK, "", "", 1, D),
 (P_K2, *KK, "rollback-to-1997", "rejects", 1, D),
 (P_K2, *KK, "nato-open-door", "supports", 1, D),
 (P_K2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (P_K3, *KK, "", "", 1, D),
 (P_A1, *JS, "nato-open-door", "supports", 1, D),
 (P_A1, *JS, "nato-non-expansion", "rejects", 1, D),
 (P_A1, *JS, "no-ukraine-membership", "rejects", 1, D),
 (P_A2, *JS, "resume-military-dialogue", "supports", 1, D),
 (P_KA, *KK, "russia-de-escalation", "supports", 1, D),
 (P_KA, *KK, "rollback-to-1997", "rejects", 1, D),
 (P_A3, *JS, "", "", 1, D),
 (P_A4, *JS, "limit-military-exercises", "mentions", 1, D),
]

D = "2022-02-01"
Q_PU1 = "We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed"
Q_LA = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation"
Q_OS = "The written answers create a basis for talks on second-tier issues: missiles, exercises, transparency. But on the first tier, on NATO expansion, the positions are mutually exclusive, and no wording will reconcile them"
Q_OS2 = "The Kremlin wants a package, and it wants it signed. Anything less it will regard as a delay"
L["kommersant-2022-02-02-putin-concerns-ignored"] = [
 ("fundamental concerns turned out to be ignored", "vladimir-putin", 1, "he", "", "", 1, D),
 (Q_PU1, "vladimir-putin", 1, "the president", "nato-non-expansion", "supports", 1, D),
 (Q_PU1, "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 1, D),
 (Q_PU1, "vladimir-putin", 1, "the president", "rollback-to-1997", "supports", 1, D),
 ("They say every state has the right to choose freely the ways of ensuring its security. But one cannot strengthen one's own security at the expense of the security of other states", "vladimir-putin", 1, "he", "nato-open-door", "rejects", 1, D),
 ("this is written in the Istanbul and Astana declarations of the OSCE", "vladimir-putin", 1, "he", "", "", 1, D),
 ("Imagine that Ukraine is a NATO member and begins a military operation in Crimea. What, are we to fight with the NATO bloc? Has anyone thought about this? It seems not", "vladimir-putin", 1, "Mr. Putin", "no-ukraine-membership", "supports", 1, D),
 ("The president will decide himself when to give his assessment", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-31"),
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-28"),
 (Q_LA, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (Q_LA, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("Mr. Blinken, according to the State Department, urged Russia to de-escalate immediately and to withdraw its troops and equipment from the Ukrainian border.", "antony-blinken", 1, "Mr. Blinken", "russia-de-escalation", "supports", 0, D),
 ("Without legal guarantees any talk about European security is empty. The words of Western politicians cost nothing, we learned this in the 1990s", "igor-semyonov", 1, "Igor Semyonov", "written-legal-guarantees", "supports", 1, ""),
 (Q_OS, "dmitry-ostrovsky", 1, "Dmitry Ostrovsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 (Q_OS, "dmitry-ostrovsky", 1, "Dmitry Ostrovsky", "limit-military-exercises", "mentions", 1, ""),
 (Q_OS, "dmitry-ostrovsky", 1, "Dmitry Ostrovsky", "nato-non-expansion", "mentions", 1, ""),
 (Q_OS2, "dmitry-ostrovsky", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 (Q_OS2, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-21"
S_LA = "Mr Lavrov said the central issue for Moscow remained guarantees that NATO would not move further east and would not place strike weapons in Ukraine."
Q_HA = "The Russians want the US to sign away the right of countries like Ukraine and Georgia to join NATO. Washington can't do that, and Moscow knows it can't, so the question is what else is on the table - missiles, exercises, perhaps some kind of moratorium,"
L["sky-news-2022-01-21-blinken-lavrov-geneva-live"] = [
 ("I cannot say whether we are on the right track or not. We will understand when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, D),
 (S_LA, "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 0, D),
 (S_LA, "sergei-lavrov", 1, "Mr Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("He repeated that Russia had never threatened the Ukrainian people, and dismissed Western calls to pull back forces from the border, saying Russia was free to move troops on its own territory as it saw fit.", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 ("I was clear with Foreign Minister Lavrov that if any Russian military forces move across Ukraine's border, that's a renewed invasion. It will be met with swift, severe and a united response from the United States and our partners and allies,", "antony-blinken", 1, "he", "", "", 1, D),
 ("The secretary of state said the best way for Russia to show it was not planning an attack was to pull back the forces it has massed near Ukraine.", "antony-blinken", 1, "The secretary of state", "russia-de-escalation", "supports", 0, D),
 ("There's no change, and there will be no change.", "antony-blinken", 1, "Mr Blinken", "nato-open-door", "supports", 1, D),
 (Q_HA, "fiona-hartley", 1, "Dr Fiona Hartley", "no-ukraine-membership", "mentions", 1, D),
 (Q_HA, "fiona-hartley", 1, "Dr Fiona Hartley", "no-intermediate-range-missiles", "mentions", 1, D),
 (Q_HA, "fiona-hartley", 1, "Dr Fiona Hartley", "limit-military-exercises", "mentions", 1, D),
 (Q_HA, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 ("Foreign Secretary Liz Truss, speaking in Sydney, has urged the Russian president to pull back.", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, D),
 ("Vladimir Putin must desist and step back from Ukraine before he makes a massive strategic mistake,", "liz-truss", 1, "she", "russia-de-escalation", "supports", 1, D),
]

write_gold(L, "articles-275", "gold-275")
