#!/usr/bin/env python3
"""Writes the 109th held-out gold (gold-109/*.nq) from the labels below.

Batch 109 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 "security guarantees" crisis, in seven different forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy from the
  Geneva talks, front matter, straight quotes, a dateline, a quotation split
  by "he said", Moscow's demands attributed in passing inside Sherman's
  sentences, a Kremlin crosshead, the Baker 1990 background (not labelled).
- state-2022-01-26-price-briefing: State Department press briefing
  transcript, no front matter (the date is in the text), "MR PRICE:" and
  "QUESTION:" speaker labels; a journalist's question reports Ryabkov (no
  label).
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press conference after the
  NATO-Russia Council, transcript with moderator and journalists' questions,
  front matter, UTF-8 BOM and CRLF line ends.
- tass-2022-01-14-grushko-interview: TASS Q&A interview with Deputy Foreign
  Minister Grushko, no front matter, questions and answers both opened by a
  dash, answers running over several paragraphs, history inside an answer.
- ria-2022-01-27-lavrov-peskov-answer: RIA Novosti, machine-translated
  English, no front matter, « » quotes with the attribution after the
  quotation ("- the minister has told"), speakers by role ("the diplomat"),
  undated statements, unspecified "main question" / "main concerns".
- guardian-2022-01-26-us-written-response-live: Guardian live blog with
  timestamped entries (words dated to the blog's day unless the text says
  otherwise), curly quotes, crossheads, a standfirst, a photo caption and a
  link line (none labelled), a senior EU official, an embassy, an invented
  analyst, a tweet.
- dw-2022-01-14-osce-vienna-analysis: DW analysis of the OSCE meeting in
  Vienna quoting invented experts, „ “ quotes, a quotation from the draft
  treaty (not labelled), Bucharest 2008 and the 1997 Founding Act as history
  (not labelled), a quotation split by "Lukashevich added".

The labels were written by hand, from reading the articles. Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
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

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

_sherman_enl = "U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by telephone after the meeting, said Washington had \"firmly pushed back on security proposals that are simply non-starters for the United States,\" including Russia's demand that NATO rule out any further enlargement."
_sherman_disc = "She said the United States was open to discussing the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same."
_sherman_buch = "The two delegations also discussed the promise NATO made to Ukraine and Georgia at its 2008 Bucharest summit, which Moscow wants revoked, Sherman said, but she declined to say whether the U.S. side had offered any flexibility on the issue."
_sherman_ships = "She said the talks had also touched on Russia's proposals on where warships and bombers should be allowed to operate, without going into detail."
_peskov_mor = "In Moscow, Kremlin spokesman Dmitry Peskov told reporters on a conference call on Monday that Russia would not be satisfied with \"a temporary moratorium\" on NATO enlargement and wanted any guarantees fixed in a signed, legally binding treaty."
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia told the United States on Monday that it was \"absolutely mandatory\" that Ukraine never be allowed to join NATO, as nearly eight hours of talks in Geneva ended with no sign that either side was ready to give ground on Moscow's demands for sweeping security guarantees.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We need to be absolutely sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The veteran diplomat said Russia had no plans to attack Ukraine and there was no reason to fear an escalation, brushing aside Western calls for Moscow to pull back the estimated 100,000 troops it has massed near the border.", "sergei-ryabkov", 1, "The veteran diplomat", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Our forces are on our own territory, and we will move them wherever we consider necessary,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("There is no reason for pessimism yet,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("but I have to say there are no grounds for optimism either.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 (_sherman_enl, "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 (_sherman_enl, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (_sherman_disc, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (_sherman_disc, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (_sherman_buch, "wendy-sherman", 1, "Sherman", "rescind-bucharest-2008", "mentions", 0, "2022-01-10"),
 (_sherman_buch, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (_sherman_ships, "wendy-sherman", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-10"),
 (_sherman_ships, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("But Sherman said it was \"hard to see\" how diplomacy could succeed \"in an atmosphere of escalation,\" and called on Moscow to de-escalate and return its troops to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We were firm, but we were also clear that we are ready to keep talking,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("A lot will depend on what Russia decides to do in the coming days.", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 (_peskov_mor, "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (_peskov_mor, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-10"),
]

_p_top = "As the Secretary said a short while ago, Ambassador John Sullivan delivered our written response to the Russian Foreign Ministry in Moscow this afternoon. It sets out a serious diplomatic path, should Russia choose it. It addresses areas where we believe we can make progress – arms control related to missiles in Europe, reciprocal transparency measures and limits on military exercises, and risk reduction – and it makes clear our core principles, including the right of states to choose their own security arrangements and alliances."
_p_door = "We have been clear from the start, publicly and privately: NATO's door is open, and it remains open. That is not a matter for negotiation with Moscow. Whether Ukraine joins the Alliance is a decision for Ukraine and the 30 NATO Allies, and for no one else."
_p_paper = "What we have put forward are ideas and proposals. Some of them could, if the Russians engage constructively, eventually take the form of binding agreements – on arms control, for example, as has been the case in the past. But we are not going to sign a piece of paper that closes off the choices of sovereign nations."
L["state-2022-01-26-price-briefing"] = [
 ("Good afternoon, everyone. I have one item at the top, and then I'm happy to turn to your questions.", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-26"),
 (_p_top, "ned-price", 1, "Ned Price", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 (_p_top, "ned-price", 1, "Ned Price", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 (_p_top, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-26"),
 (_p_door, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-26"),
 (_p_door, "ned-price", 1, "Ned Price", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Look, that is a non-starter. The idea that NATO would withdraw forces from the territory of Allies that joined after 1997, sovereign members of this Alliance, is not something we would entertain, and our Allies have made that very point in their own response.", "ned-price", 1, "Ned Price", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We are not going to publish it. We believe diplomacy has the best chance to succeed if we provide space for confidential talks. We have shared it with our Allies and partners, including Ukraine, and with Congress.", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-26"),
 (_p_paper, "ned-price", 1, "Ned Price", "written-legal-guarantees", "mentions", 1, "2022-01-26"),
 (_p_paper, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We've heard that rhetoric before. What we are looking for is de-escalation. Russia has now amassed more than 100,000 troops along Ukraine's borders, and it continues to add to them. If Moscow is serious about diplomacy, the most meaningful thing it could do is to pull those forces back.", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("We will continue to fly, sail and operate wherever international law allows. We are not going to accept limits on where our ships and our aircraft can operate in international waters and international airspace.", "ned-price", 1, "Ned Price", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Allies decide for themselves how to defend their own territory. We are not going to accept a ban on defensive capabilities on the territory of NATO Allies because Moscow finds them inconvenient.", "ned-price", 1, "Ned Price", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-26"),
 ("We have always valued those channels. Chairman Milley spoke with his Russian counterpart, General Gerasimov, in December, and in the response we propose ways to make those lines of communication more regular, including between our militaries, to reduce the risk of miscalculation.", "ned-price", 1, "Ned Price", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("I think the last reports we had indicated that the CSTO forces have largely departed. We'll continue to watch that closely, and we've been in touch with the government in Nur-Sultan.", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-26"),
 ("Not today. The Secretary and Foreign Minister Lavrov expect to speak in the coming days, once Moscow has had time to study the document. I don't have anything to preview beyond that.", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-26"),
]

_s_1997 = "Allies made clear that we will not withdraw our forces or our infrastructure from Allies that joined NATO after 1997. We will not create first- and second-class members of the Alliance. NATO will not compromise on core principles. Each nation has the right to choose its own path, and it is only for Ukraine and 30 NATO Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto."
_s_dialogue = "At the same time, Allies are ready to engage in a serious dialogue on arms control, including on land-based intermediate-range missiles, on greater transparency and risk reduction around military exercises, and on reopening our offices in Brussels and Moscow, as well as our military lines of communication."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was a serious and direct exchange, and the first meeting of the Council in more than two years.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies and Russia expressed their views on the situation in and around Ukraine. Allies called on Russia to immediately de-escalate the situation, to withdraw its forces from Ukraine's borders, and to choose the path of dialogue rather than military build-up.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 (_s_1997, "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 (_s_1997, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 (_s_1997, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 (_s_dialogue, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 (_s_dialogue, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 (_s_dialogue, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 1, "2022-01-12"),
 ("The Russian delegation, led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin, did not agree to a timetable, but they did not reject the idea of further meetings either.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe. We should not be naive about that.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia made it very clear that they want legally binding guarantees, and that they want them in writing. Allies responded that we are ready to put our own proposals in writing, but not in a way that undermines the fundamental principles of European security.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "mentions", 1, "2022-01-12"),
 ("The Bucharest decision stands. We are not going to revisit it, and we are not going to take it back because Russia asks us to. That is a decision for the 30 Allies and for no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("NATO's exercises are defensive, they are transparent, and we invite observers. We will not scale back exercises on Allied territory because Russia demands it, especially when Russia itself is conducting snap exercises with tens of thousands of troops without notification.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("We proposed a series of meetings, and we will now have consultations among Allies. It is too early to say when the next meeting will take place, but I am encouraged that all 30 Allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]

_g_a1 = "It was a frank, deep conversation, but it confirmed that the alliance continues to live in the paradigm of the Cold War. We told our colleagues plainly that the continued expansion of NATO to the east is a direct threat to Russia's security and that it must stop, and that we need guarantees that are legally binding, not political declarations."
_g_pkg = "We are ready to discuss these questions, but only as a package. We proposed that neither side deploy intermediate-range and shorter-range missiles in areas from which they can hit the territory of the other, and that exercises above brigade level be held only at an agreed distance from the line of contact. These are concrete, verifiable measures."
_g_pre = "We do not accept any preconditions. Russian troops are on Russian territory, and their movement is our sovereign affair. We proposed talks without preconditions, and we expect the same approach from our partners."
L["tass-2022-01-14-grushko-interview"] = [
 ("Russia will not allow its proposals on security guarantees to be drowned in endless discussions, and it expects NATO to abandon its policy of expansion to the east, Russian Deputy Foreign Minister Alexander Grushko told TASS on Friday.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-14"),
 (_g_a1, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-14"),
 (_g_a1, "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("The representatives of the bloc answered us with the mantra about the \"open door\". But the open door policy is not a law of nature. Nobody gave NATO the right to decide alone where the line of European security runs, while ignoring the interests of others.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-14"),
 (_g_pkg, "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-14"),
 (_g_pkg, "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-14"),
 ("The same applies to the sea and the air. NATO ships and aircraft regularly approach our borders in the Black Sea and the Baltic. Our draft proposes that they stay out of areas from which they can strike targets on Russian territory, and we are ready to assume a mirror obligation.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-14"),
 ("But if our partners want to take only the convenient elements and leave aside the key question, which is non-enlargement, it will not work.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("This is not some whim. In 1997 we signed the Founding Act, and NATO said it would not permanently station substantial combat forces on the territory of new members. Since then battalion after battalion has been moved closer to our borders. We are asking for the situation to be restored as it was when the Founding Act was signed: the forces and infrastructure deployed after May 1997 should be withdrawn.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-14"),
 (_g_pre, "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-14"),
 (_g_pre, "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("NATO itself froze all practical cooperation with us in 2014 and then expelled our staff from the mission in Brussels. Under these conditions we see no sense in restoring military channels for show, while the alliance officially treats us as an adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-14"),
 ("Then we will have to respond with military-technical measures to compensate for the threats that will be created for us. We have said so openly. This is not a threat, it is a statement of fact.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
 ("The OSCE is a useful platform, but the key questions are in Washington and in the NATO headquarters. We will listen to what our partners in Vienna say, but we do not expect Vienna to replace direct talks.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
]

_l_main = "There is no positive reaction on the main question in this document. The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons which can threaten the territory of the Russian Federation"
L["ria-2022-01-27-lavrov-peskov-answer"] = [
 (_l_main, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_l_main, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("At the same time, according to Lavrov, the answer contains «rational grains» on the secondary questions, for example about the missiles of medium and shorter range, which Moscow is ready to discuss as part of the dialogue.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("We will report to the president, he will decide. I do not want to run ahead", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("It is obvious that the main concerns of Russia were not taken into account, but it is necessary to read it carefully, the president has it in his hands", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Peskov also said that in the Kremlin «do not understand the logic» of NATO, which speaks about the open doors but refuses to take into account the security of Russia, and he called the principle of the free choice of the alliances the selective reading of the OSCE documents.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 0, "2022-01-27"),
 ("The official representative of the MFA Maria Zakharova at the briefing named the demand to withdraw the Russian troops from the border with Ukraine «the absurdity».", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, ""),
 ("Russia moves its troops on its own territory, and nobody will dictate us where to hold them. We will not negotiate about this", "maria-zakharova", 1, "she", "russia-de-escalation", "rejects", 1, ""),
 ("The deputy minister Sergei Ryabkov, in his turn, declared in the interview to the agency that without the refusal of NATO from the decisions of the Bucharest summit of 2008 the real progress is impossible.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 ("The promise, which was given to Kiev and Tbilisi in Bucharest, that they will become the members of NATO, must be cancelled. It is a mine under the European security", "sergei-ryabkov", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, ""),
 ("We insist that the USA and NATO refuse any military activity on the territory of Ukraine, in the countries of the South Caucasus and the Central Asia, including the creation of the bases", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("Meanwhile in Kiev the head of the MFA of Ukraine Dmitry Kuleba declared that Ukraine got acquainted with the American answer before its sending and that in it there are no concessions to Moscow in the matter of the open doors of NATO, which Kiev considers «the red line».", "dmytro-kuleba", 1, "Dmitry Kuleba", "nato-open-door", "supports", 0, ""),
 ("We are grateful to the partners that nothing about Ukraine was decided without Ukraine", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("The general secretary of NATO Jens Stoltenberg declared that the alliance also passed its answer, in which it offers to Moscow the dialogue on the control of the armaments and on the transparency of the military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, ""),
]

_b_said = "He said the written response “sets out a serious diplomatic path should Russia choose it”, but that Washington would not offer a legally binding guarantee against further Nato enlargement."
_b_nato = "The Nato secretary general said the alliance had offered to discuss limits on missiles and to re-establish the Nato and Russian missions, but that it would not reduce its presence in the eastern part of the alliance."
_b_zel = "We are not going to ask anyone’s permission to choose our partners, and nobody will decide for Ukraine whether it joins Nato,"
_b_moon = "Moscow asked for the moon – a signed promise that Nato will never take in another member – and it knew it would not get it,"
L["guardian-2022-01-26-us-written-response-live"] = [
 ("sets out a serious diplomatic path should Russia choose it", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 (_b_said, "antony-blinken", 1, "He", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 (_b_said, "antony-blinken", 1, "He", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 (_b_nato, "jens-stoltenberg", 1, "The Nato secretary general", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (_b_nato, "jens-stoltenberg", 1, "The Nato secretary general", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Russia’s embassy in Washington said on its Telegram channel that the US reply must contain “a clear and unequivocal answer” on the non-deployment of strike weapons near Russia’s borders.", "russia", 0, "Russia’s embassy in Washington", "no-strike-weapons-near-borders", "supports", 0, "2022-01-26"),
 ("Our defence cooperation with our partners, the training missions and the weapons we receive, is not up for discussion with Moscow, and it never will be,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("Poland’s deputy foreign minister, Marcin Przydacz, told the private radio station RMF FM that Warsaw would not accept any US-Russian deal restricting where American missiles could be based on Polish soil.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, "2022-01-26"),
 ("The demand to pull Nato troops out of the Baltic states is a demand to leave us defenceless. It will never happen.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("A senior EU official told reporters in Brussels that the bloc had been consulted on the US text and that any arrangement on the size of military exercises in Europe would have to involve EU member states.", "european-union", 0, "A senior EU official", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("there can be no discussion about European security without the Europeans", "josep-borrell", 1, "Josep Borrell", "", "", 1, ""),
 (_b_moon, "maren-holtby", 1, "she", "nato-non-expansion", "mentions", 1, "2022-01-26"),
 (_b_moon, "maren-holtby", 1, "she", "written-legal-guarantees", "mentions", 1, "2022-01-26"),
 ("Washington will keep saying the first step is a pullback of Russian troops, and Moscow will keep saying that the troops are none of Washington’s business. Until one of them blinks, we are stuck,", "maren-holtby", 1, "Holtby", "russia-de-escalation", "mentions", 1, "2022-01-26"),
 (_b_zel, "volodymyr-zelensky", 1, "the president", "nato-open-door", "supports", 1, "2022-01-26"),
 (_b_zel, "volodymyr-zelensky", 1, "the president", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("The foreign secretary, Liz Truss, told MPs that Britain would never accept Russia dictating to sovereign democracies which alliances they may join.", "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We will not allow our proposals to be drowned in endless discussions,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-26"),
 ("Peskov also said Moscow still insisted on “a clear answer” to its demand that Nato halt its eastward expansion.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-01-26"),
]

_d_rau = "Rau called on Russia to pull its troops back from Ukraine's border and said the OSCE was ready to host a renewed dialogue on European security, including on the notification and scale of military exercises."
_d_pre = "He said the chairmanship had also heard Moscow's call for talks without preconditions and would consult all 57 participating states on how to respond."
_d_carp = "Carpenter said talks could not simply continue as if nothing were happening on Ukraine's border and insisted that a Russian pullback was „a precondition for real progress.“"
_d_clock = "Moscow is asking NATO to turn the clock back to 1997 and to close the door on Ukraine forever. No alliance member can sign that,"
_d_off = "Wessling sees one area in which a compromise could be conceivable: Moscow's demand that no offensive weapons be stationed near Russia's borders."
_d_treaty = "The Kremlin does not need a treaty for the sake of a treaty. It needs NATO to stop where it is now, and it believes a signature in Washington is worth more than words in Brussels,"
L["dw-2022-01-14-osce-vienna-analysis"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 (_d_rau, "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (_d_rau, "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 (_d_pre, "zbigniew-rau", 1, "He", "no-preconditions", "mentions", 0, "2022-01-13"),
 (_d_pre, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 (_d_carp, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (_d_carp, "michael-carpenter", 1, "Carpenter", "no-preconditions", "rejects", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals in a reasonable time frame, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("The guarantees must be legally binding,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("not declarations that nobody is obliged to respect.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 (_d_clock, "katrin-wessling", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (_d_clock, "katrin-wessling", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (_d_off, "katrin-wessling", 1, "Wessling", "no-strike-weapons-near-borders", "mentions", 0, ""),
 (_d_off, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("If you reframe that as mutual limits on specific systems, verifiable on both sides, there is something to talk about,", "katrin-wessling", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (_d_treaty, "pavel-lebedinsky", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (_d_treaty, "pavel-lebedinsky", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("According to Lebedinsky, Moscow is equally serious about keeping Western bases, instructors and exercises out of Ukraine, Georgia and Central Asia, which it regards as its own sphere.", "pavel-lebedinsky", 1, "Lebedinsky", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("For the Kremlin, the open-door policy is the heart of the problem, not a detail,", "pavel-lebedinsky", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("Everything else can be traded, if Washington really wants a deal.", "pavel-lebedinsky", 1, "he", "", "", 1, ""),
 ("We are not in a negotiation, we are in a test of nerves,", "katrin-wessling", 1, "she", "", "", 1, ""),
]

write_gold(L, "articles-109", "gold-109")
