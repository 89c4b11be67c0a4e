#!/usr/bin/env python3
"""Writes the held-out gold of batch 173 (gold-173/*.nq) from the labels below.

Batch 173 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven forms:

- bloomberg-2022-01-10-geneva-sherman-ryabkov: Bloomberg wire copy with front
  matter, bullet standfirst, straight quotation marks, a quotation split by
  "X said", role-only and pronoun speakers, two speakers in one sentence, a
  dateline-led first sentence, history (Baker 1990) and quoted draft-treaty text.
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog without
  front matter (date in the byline), reverse-chronological timestamped
  entries, summary bullets, crossheads, photo captions, a "Related:" link line,
  curly quotation marks, a tweet, and a sentence with two named speakers plus
  a passing "Moscow's demand".
- ria-2022-01-18-ryabkov-interview: RIA Novosti interview in machine
  translation, UTF-8 BOM and CRLF line ends, no front matter (date line
  "18.01.2022, 06:00"), « » and „ “ quotation marks, dash-led Q/A paragraphs
  with multi-paragraph answers, "on Friday" resolved against the publication
  date, a "Read also" link line.
- whitehouse-2022-01-27-psaki-briefing: White House press briefing transcript
  without front matter, "MS. PSAKI:" speaker labels and "Q" questions (the
  questions quote Lavrov and Zelensky and get no label), off-topic answers.
- ft-2022-01-31-what-russia-wants: Financial Times analysis quoting invented
  experts, FT single curly quotation marks (’ also as apostrophe), present
  tense "says", split quotations, historical background (Baker 1990, the
  1997 Founding Act, Bucharest 2008) that is not labelled, OSCE Vienna and
  Brest on "January 13" / "the same day", an unnamed senior EU official.
- kyivindependent-2022-01-27-kuleba-us-response: Kyiv Independent news story
  with front matter, curly quotation marks, an embassy as speaker, Blinken's
  Wednesday remarks reported a day later, Lavrov's "main question" first left
  unspecified and then spelled out, a passing "Moscow's demand".
- rusnewsdigest-2022-01-20-zakharova-briefing: an aggregator's machine
  translation of a Zakharova briefing, with front matter, „ “ quotation
  marks, crossheads, an unlabelled monologue followed by "Question:" /
  "Maria Zakharova:" exchanges.

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
D = "2022-01-10"
_lead = "The U.S. and Russia ended almost eight hours of talks in Geneva on Monday without a breakthrough, as Moscow repeated its demand for a legally binding guarantee that NATO will stop expanding east and Washington signaled it was ready to discuss only parts of the Kremlin's proposals."
_she = "She said Washington was open to discussing reciprocal limits on the size and scope of military exercises and on the future deployment of offensive missiles in Europe, provided any agreement was verifiable and applied to both sides."
_both = "Both Sherman and Ryabkov said their delegations had discussed a possible resumption of regular contacts between the two countries' militaries, though neither gave details."
L["bloomberg-2022-01-10-geneva-sherman-ryabkov"] = [
 (_lead, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, D),
 (_lead, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, D),
 ("We have stressed that for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need guarantees that NATO will not expand any further,", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, D),
 ("Not promises that can be forgotten tomorrow, not a moratorium, but a legally binding document.", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("pushing back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 (_she, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 (_she, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("It's very hard to make real progress while there is a gun pointed at Ukraine's head. Russia needs to de-escalate and show us it is serious,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 (_both, "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, D),
 (_both, "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, D),
 ("Ryabkov, for his part, insisted on firm assurances that U.S. intermediate-range missiles would never again be deployed in Europe, and described the American approach to that part of the package as \"serious.\"", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("The deputy foreign minister dismissed Western calls for Russia to pull back its forces from near the Ukrainian border, saying troop movements on Russian territory were nobody else's business and that Moscow had \"no intention\" of attacking its neighbor.", "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 ("Secretary of State Antony Blinken said on Sunday that real progress was hard to imagine \"in an atmosphere of escalation\" and urged Russia to pull its forces back from Ukraine's borders.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-01-09"),
 ("The Russians put everything on the table at once so that they can later say the West refused to negotiate,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "", "", 1, ""),
 ("The missile questions are real. The rest is theatre.", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "2022-01-12"
_fomin = "We proposed moving exercise areas away from the line of contact and agreeing a minimum distance for the approach of warships and combat aircraft,"
_door = "Russia does not have a veto over whether Ukraine can become a Nato member. It is for Ukraine and the 30 allies to decide, and no one else."
_arms = "Stoltenberg said allies had offered to restore the military lines of communication that have been frozen since 2014, and had proposed a series of meetings on arms control and risk reduction."
_smith = "The US ambassador to Nato, Julianne Smith, and the alliance’s deputy secretary general, Mircea Geoană, both told reporters ahead of the press conference that allies would not accept Moscow’s demand that Nato withdraw forces from the members that joined after 1997."
_laanet = "We do not ask Moscow’s permission to hold exercises on our own territory, and we never will."
_lands = "There can be no business as usual with 100,000 Russian troops at Ukraine’s border. De-escalation must come first, then talks."
L["guardian-2022-01-12-nato-russia-council-live"] = [
 (_laanet, "kalle-laanet", 1, "He", "limit-military-exercises", "rejects", 1, D),
 (_lands, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 1, D),
 (_lands, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 1, D),
 ("We told our partners very clearly that the so-called open-door policy is unacceptable to us when it brings the alliance’s infrastructure right up to our borders,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("If Nato moves to a policy of containment, we will respond with counter-containment,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("We cannot tolerate strike systems that could reach Moscow within minutes being deployed next to us.", "alexander-grushko", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("He said there was no point in restoring military channels with the alliance for now, noting that Nato had expelled eight members of Russia’s mission in October.", "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, D),
 (_fomin, "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 1, D),
 (_fomin, "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("There are significant differences between Nato allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all Nato allies and Russia sat around the same table.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (_door, "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, D),
 (_door, "jens-stoltenberg", 1, "He", "no-ukraine-membership", "rejects", 1, D),
 ("We will not end up in a situation where we have first- and second-class Nato members, where Nato as an alliance is not allowed to protect them in the same way,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 (_arms, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We also called on Russia to immediately de-escalate and to refrain from any further military build-up along Ukraine’s borders,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, D),
 (_smith, "julianne-smith", 1, "Julianne Smith", "rollback-to-1997", "rejects", 0, D),
 (_smith, "mircea-geoana", 1, "Mircea Geoană", "rollback-to-1997", "rejects", 0, D),
 (_smith, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-18"
R = ("sergei-ryabkov", 1, "Sergey Ryabkov")
_a1 = "We expect the answer on each point, and not general phrases about the dialogue. The main thing for us is that NATO does not move further to the east and that Ukraine never becomes the member of the alliance. Without this all the rest loses the sense."
_a3 = "The same concerns the exercises. The Americans proposed also to restore the channels of the military dialogue. We will study it attentively, but the contacts of the military are not the substitute of the guarantees."
_a4 = "The Russian troops are on the Russian territory. We will not withdraw them on somebody's order, and we will not accept any preconditions for the talks."
L["ria-2022-01-18-ryabkov-interview"] = [
 ("The minister of foreign affairs Sergey Lavrov on Friday declared, that «the patience ran out» and that he waits the answer on the key point — the non-expansion of NATO to the east.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("Earlier the Secretary of State of the USA Antony Blinken declared, that Washington will not discuss with Moscow the policy of «open doors» of the North Atlantic alliance.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (_a1,) + R + ("nato-non-expansion", "supports", 1, D),
 (_a1,) + R + ("no-ukraine-membership", "supports", 1, D),
 ("The formula of the Bucharest summit of 2008, according to which Ukraine and Georgia „will become members of NATO“, must be disavowed. It is not our whim, it is the minimum.",) + R + ("rescind-bucharest-2008", "supports", 1, D),
 ("It is not enough, but we do not refuse. We are ready to discuss the missiles of medium and shorter range, but only as part of the package, and not separately from the main questions.",) + R + ("no-intermediate-range-missiles", "mentions", 1, D),
 (_a3,) + R + ("limit-military-exercises", "mentions", 1, D),
 (_a3,) + R + ("resume-military-dialogue", "mentions", 1, D),
 (_a4,) + R + ("russia-de-escalation", "rejects", 1, D),
 (_a4,) + R + ("no-preconditions", "supports", 1, D),
 ("The American destroyers and strategic bombers near our borders are the direct provocation. We insist, that the warships and the airplanes of the USA do not appear in the zones, from which they can strike the targets on the territory of Russia.",) + R + ("no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("The turning of Ukraine into a springboard of NATO is for us the red line. No bases, no instructors, no joint exercises on the territory of Ukraine and of the other post-Soviet countries.",) + R + ("no-military-activity-ex-soviet", "supports", 1, D),
 ("Then we will take the measures, which we consider necessary. I do not want to speculate now, but nobody should doubt in our determination.",) + R + ("", "", 1, D),
 ("The dates are not determined yet. Everything depends on the answer.",) + R + ("", "", 1, D),
]

D = "2022-01-27"
P = ("jen-psaki", 1, "PSAKI")
_p3 = "It includes areas where we believe we can make progress together: confidence-building measures regarding military exercises and maneuvers in Europe, arms control on missiles in Europe, and reciprocal commitments by both sides not to deploy offensive strike systems in Ukraine.  We've been clear those would have to be reciprocal."
_p4 = "No.  Ukraine's membership is a decision for Ukraine and for NATO's 30 Allies, not for Moscow.  NATO's door is open, it remains open, and that is a principle we are going to continue to uphold."
_p5 = "We're not going to sign a legally binding commitment that shuts the door on sovereign countries, if that's what you're asking.  What we've offered are areas where we can reach agreements, and those agreements could take a variety of forms."
L["whitehouse-2022-01-27-psaki-briefing"] = [
 ("Good afternoon, everyone.  I have one item for you at the top, and then we'll get to your questions.",) + P + ("", "", 1, D),
 ("As you all know, yesterday Ambassador Sullivan delivered our written response to the Russian government in Moscow.  It sets out a serious diplomatic path, should Russia choose it, and it reflects input from our Allies and our Ukrainian partners.",) + P + ("", "", 1, D),
 (_p3,) + P + ("limit-military-exercises", "mentions", 1, D),
 (_p3,) + P + ("no-intermediate-range-missiles", "mentions", 1, D),
 (_p3,) + P + ("no-strike-weapons-near-borders", "mentions", 1, D),
 (_p4,) + P + ("no-ukraine-membership", "rejects", 1, D),
 (_p4,) + P + ("nato-open-door", "supports", 1, D),
 (_p5,) + P + ("written-legal-guarantees", "rejects", 1, D),
 (_p5,) + P + ("nato-non-expansion", "rejects", 1, D),
 ("That's a non-starter, and our Allies have said as much.  We're not going to withdraw from NATO's eastern flank.  If anything, we are reinforcing it.",) + P + ("rollback-to-1997", "rejects", 1, D),
 ("I'd point you to the Department of Defense for operational details.  But the United States is going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.",) + P + ("no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We haven't seen any sign of de-escalation.  If anything, the buildup continues.  We continue to call on Russia to pull back its forces and to take the path of diplomacy, and that's a choice President Putin has to make.",) + P + ("russia-de-escalation", "supports", 1, D),
 ("We've long believed that regular communication between our militaries is important, especially at a moment like this, and we would welcome restoring those channels.",) + P + ("resume-military-dialogue", "supports", 1, D),
 ("Whether to meet President Putin, and whether to do it with or without preconditions, is a decision for President Zelensky and the Ukrainian government.  Nothing about Ukraine without Ukraine.",) + P + ("no-preconditions", "mentions", 1, D),
 ("I don't have any call to preview at this point.",) + P + ("", "", 1, D),
 ("The President has said he will announce his nominee by the end of February, and he'll be meeting with senators from both parties in the coming weeks.  I'm not going to get ahead of that process.",) + P + ("", "", 1, D),
]

_brandt = "What is on the table is a promise that Nato will never take in another member, written into a treaty ratified by the US Senate. No alliance of 30 democracies has ever signed anything like it,"
_luka = "Alexander Lukashevich, Russia’s envoy to the OSCE, told the same meeting that nothing short of a legally binding guarantee that Nato would not expand would do, and warned of unspecified ‘consequences’ if it did not get one."
_soro1 = "A commitment that Ukraine will never join is the one item that really matters. Everything else on the list is negotiable,"
L["ft-2022-01-31-what-russia-wants"] = [
 (_brandt, "anneliese-brandt", 1, "Anneliese Brandt", "nato-non-expansion", "mentions", 1, ""),
 (_brandt, "anneliese-brandt", 1, "Anneliese Brandt", "written-legal-guarantees", "mentions", 1, ""),
 ("Asking Nato to revoke Bucharest is asking it to admit in public that a promise was a mistake,", "anneliese-brandt", 1, "Brandt", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Nobody wants to be the government that stands up and says Nato’s door is shut.", "anneliese-brandt", 1, "Brandt", "nato-open-door", "mentions", 1, ""),
 ("A blanket ban on intermediate-range missiles anywhere within reach of Russian territory is a non-starter, because Russia already has such systems in Kaliningrad,", "tobias-lindqvist", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The demand to pull back to the lines of 1997 is what really alarmed the Baltic capitals,", "tobias-lindqvist", 1, "Lindqvist", "rollback-to-1997", "mentions", 1, ""),
 ("We should focus on a peaceful resolution of the conflict in and around Ukraine,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 (_luka, "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 (_luka, "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("A senior EU official said the bloc would not accept any arrangement that dictated what weapons member states could station on their own soil.", "european-union", 0, "A senior EU official", "no-strike-weapons-near-borders", "rejects", 0, ""),
 (_soro1, "yevgeny-sorokin", 1, "Yevgeny Sorokin", "no-ukraine-membership", "mentions", 1, ""),
 ("The clause keeping American warships and bombers out of striking range is a bargaining chip. The Kremlin expects to trade it away.", "yevgeny-sorokin", 1, "Yevgeny Sorokin", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Western capitals have made de-escalation the price of any deal, and that is a price no Kremlin can be seen to pay,", "yevgeny-sorokin", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("Both sides accuse each other of setting preconditions. In practice both are negotiating with conditions attached.", "yevgeny-sorokin", 1, "he", "no-preconditions", "mentions", 1, ""),
]

_kul2 = "There is not a single word in it about Ukraine giving up its path to NATO. Nobody in Washington or Brussels will decide this for us."
_kulmil = "Kuleba on Wednesday also dismissed Moscow’s demand that the West end its military cooperation with Kyiv, saying Ukraine’s partners would keep supplying weapons and training Ukrainian troops."
_lavrov = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
L["kyivindependent-2022-01-27-kuleba-us-response"] = [
 ("We have seen the American response before it was handed over to Russia, and we have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 (_kul2, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (_kul2, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 (_kulmil, "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 (_kulmil, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Asked about the 2008 Bucharest summit declaration, which promised Ukraine and Georgia eventual membership, the minister said on Thursday that the decision was “not up for revision” and that Ukraine would not allow Russia to rewrite the alliance’s commitments.", "dmytro-kuleba", 1, "the minister", "rescind-bucharest-2008", "rejects", 0, "2022-01-27"),
 ("The U.S. Embassy in Kyiv said on Thursday that Washington would continue providing security assistance to Ukraine, including defensive weapons and training, “as long as it takes.”", "united-states", 0, "The U.S. Embassy in Kyiv", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He added that the U.S. had offered Russia talks on arms control and transparency and called on Moscow once again to pull its troops back from Ukraine’s borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (_lavrov, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_lavrov, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Ukraine is ready for any format of talks with Russia, without any preconditions. I am ready to look the Russian president in the eye,", "volodymyr-zelensky", 1, "Zelensky", "no-preconditions", "supports", 1, "2022-01-27"),
 ("The risks exist, they have not become smaller, but they have not become bigger either,", "volodymyr-zelensky", 1, "the president", "", "", 1, "2022-01-27"),
 ("The draft asks the West to promise that no NATO instructor, no NATO drone, no NATO exercise will ever be seen on Ukrainian soil,", "mykyta-doroshenko", 1, "Mykyta Doroshenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

D = "2022-01-20"
Z = ("maria-zakharova", 1, "Maria Zakharova")
_z2 = "We want to remind once again: our proposals are not a menu, from which one can choose the convenient dishes. The non-expansion of NATO, the refusal of the deployment of the strike weapon systems near the Russian borders, the return of the military infrastructure of the alliance to the positions of 1997 — this is one package."
_z8 = "Tbilisi, as well as Kiev, must understand that the decision of the Bucharest summit was a provocation, and it must be cancelled. The drawing of Georgia and Ukraine into NATO will not bring security to anybody."
L["rusnewsdigest-2022-01-20-zakharova-briefing"] = [
 ("the concrete answers on every article, and not the general words about the dialogue",) + Z + ("", "", 1, D),
 ("Tomorrow in Geneva the Minister of foreign affairs of Russia Sergey Lavrov will hold the talks with the Secretary of State of the USA Antony Blinken. The parties will continue the discussion of the Russian proposals on the security guarantees.",) + Z + ("", "", 1, D),
 (_z2,) + Z + ("nato-non-expansion", "supports", 1, D),
 (_z2,) + Z + ("no-strike-weapons-near-borders", "supports", 1, D),
 (_z2,) + Z + ("rollback-to-1997", "supports", 1, D),
 ("The American and NATO ships and planes more and more often make the provocative flights and passages near our borders, in the Black sea and in the Baltic. We insist, that they do not approach to the distance, from which they can strike the targets on our territory.",) + Z + ("no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("In Washington and in Brussels they repeat like a mantra about the „open doors“ of NATO. Such doors, through which the alliance brings its weapons to our borders, we consider unacceptable.",) + Z + ("nato-open-door", "rejects", 1, D),
 ("We hear the demands to „de-escalate“, to withdraw the troops. From where? From our own territory? Russia moves its troops on its own territory as it considers necessary, and will not report to anybody about it.",) + Z + ("russia-de-escalation", "rejects", 1, D),
 ("We paid attention to the statement of the Secretary General of NATO J. Stoltenberg, that the alliance „will not compromise“ on the core principles. We will give our assessment after the talks in Geneva.",) + Z + ("", "", 1, D),
 ("We need the answer on paper. The oral assurances we already had, and we know what they are worth. Only the legally binding guarantees, not the moratorium and not the declarations.",) + Z + ("written-legal-guarantees", "supports", 1, D),
 ("The talks with preconditions are not talks, it is the ultimatum. We offered the dialogue without any preconditions, and we expect the same from our partners.",) + Z + ("no-preconditions", "supports", 1, D),
 (_z8,) + Z + ("rescind-bucharest-2008", "supports", 1, D),
 (_z8,) + Z + ("no-ukraine-membership", "supports", 1, D),
 ("The military contacts were broken off not by us. When the alliance expelled our diplomats from the mission in Brussels, it made its choice. We do not see now the conditions for restoring these channels.",) + Z + ("resume-military-dialogue", "rejects", 1, D),
 ("The platform of the OSCE is important, but the security guarantees will be discussed first of all with the USA and NATO. We do not see the sense in dissolving this topic in the multilateral discussions.",) + Z + ("", "", 1, D),
 ("Sergey Alekseevich spoke about it in detail. I can add only that everything depends on the answer, which we expect in the nearest time.",) + Z + ("", "", 1, D),
]

write_gold(L, "articles-173", "gold-173")
