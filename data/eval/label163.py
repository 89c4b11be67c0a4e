#!/usr/bin/env python3
"""Writes the held-out gold of batch 163 (gold-163/*.nq) from the labels below.

Batch 163 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.

Outlets and forms (all articles invented, with real and invented speakers):
- pap-2021-12-18-rau-draft-treaties: PAP wire copy with front matter, Polish
  „…” quotation marks, a dateline, a role-only speaker ("the deputy
  minister", "the Lithuanian minister"), a demand attributed to Moscow in
  passing, a history paragraph (Bucharest 2008, Founding Act 1997).
- npr-2022-01-10-geneva-talks-transcript: NPR radio transcript with upper-case
  speaker labels, archived soundbites, a correspondent's reported speech and
  a Q&A with an invented analyst; the host's questions are not labelled.
- anadolu-2022-01-12-nato-russia-council: Anadolu Agency wire without front
  matter (byline date "12.01.2022"), curly quotes, crossheads, an invented
  Turkish analyst, a quoted document (Bucharest) that is not labelled.
- thehindu-2022-01-15-three-cities-op-ed: The Hindu op-ed with front matter,
  straight quotes, standfirst and crossheads, "Mr." titles, a quotation split
  by "says X", "A day later" dates, invented experts with undated remarks.
- izvestia-2022-01-27-grushko-interview: Izvestia Q&A in translation without
  front matter, « » marks, dash-led questions and answers; the interview was
  given the day before publication.
- lsm-2022-01-26-us-nato-replies-live: LSM (Latvian Public Broadcasting) live
  blog, UTF-8 BOM and CRLF line ends, reverse-chronological timestamped
  entries, two speakers in one sentence, a quotation split by "X told".
- obozrevatel-2022-02-02-putin-orban-press: machine-translated aggregator
  without front matter, „…“ marks with "– declared X" attributions, a link
  line and a background paragraph that are not labelled.

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
L["pap-2021-12-18-rau-draft-treaties"] = [
 ("an attempt to turn the clock back to a Europe of spheres of influence", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2021-12-18"),
 ("Poland is a sovereign state and a full member of the Alliance. There are no first-class and second-class members of NATO, and nobody in Moscow will decide where allied soldiers are stationed,", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 1, "2021-12-18"),
 ("The security of Europe is not a commodity to be traded between two capitals over the heads of the nations concerned,", "zbigniew-rau", 1, "the minister", "", "", 1, "2021-12-18"),
 ("We will never ask the Kremlin for permission to train our own soldiers on our own land,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2021-12-18"),
 ("There can be no negotiations with a gun on the table. Russia must first pull its troops back from Ukraine's border, and only then can we talk about anything,", "gabrielius-landsbergis", 1, "the Lithuanian minister", "no-preconditions", "rejects", 1, "2021-12-18"),
 ("There can be no negotiations with a gun on the table. Russia must first pull its troops back from Ukraine's border, and only then can we talk about anything,", "gabrielius-landsbergis", 1, "the Lithuanian minister", "russia-de-escalation", "supports", 1, "2021-12-18"),
 ("Deputy Foreign Minister Marcin Przydacz told Polish Radio on Saturday that Moscow's proposal to ban intermediate-range missiles from Europe was „hypocritical”, because Russia itself had deployed the 9M729 cruise missile that led to the collapse of the INF Treaty in 2019.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, "2021-12-18"),
 ("Deputy Foreign Minister Marcin Przydacz told Polish Radio on Saturday that Moscow's proposal to ban intermediate-range missiles from Europe was „hypocritical”, because Russia itself had deployed the 9M729 cruise missile that led to the collapse of the INF Treaty in 2019.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("This is not a menu from which one can pick a single dish and leave the rest. We need legally binding guarantees, and we need them quickly,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("He added that Moscow was ready to sit down with the Americans in Geneva „without delay” and that neither side should set any preconditions for the talks.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2021-12-18"),
 ("Moscow knows perfectly well that no NATO government can promise never to admit Ukraine. The point of publishing the drafts is to be able to say later that the West refused,", "piotr-sadowiec", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
]
L["npr-2022-01-10-geneva-talks-transcript"] = [
 ("We were firm in pushing back on security proposals that are simply nonstarters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She also said Washington was open to talking about where missiles can be placed in Europe and about reciprocal limits on the size and scope of military exercises, as long as Moscow does the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She also said Washington was open to talking about where missiles can be placed in Europe and about reciprocal limits on the size and scope of military exercises, as long as Moscow does the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("And she said the clearest sign of good faith would be for Russia to pull back the roughly 100,000 troops it has gathered near Ukraine.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov also rejected the idea that Russia should move its forces away from the Ukrainian border, saying the troops are on Russian soil and Moscow will not be told where to keep them.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("More than people think. The INF Treaty collapsed in 2019, and since then nothing has stopped either side from putting intermediate-range missiles back into Europe. I think a mutual ban on those missiles would be good for both sides, and it is the part of the package I would start with.", "dana-whitcombe", 1, "WHITCOMBE", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("The rest is a different story. Pulling NATO back to where it stood in 1997 would mean taking troops out of Poland and the Baltic states. No American administration of either party is going to do that, and frankly it shouldn't. That one is a nonstarter.", "dana-whitcombe", 1, "WHITCOMBE", "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("The drafts also ask NATO, in effect, to disown the Bucharest language about Ukraine and Georgia joining one day. That is mostly symbolic. Nobody expects either country to get a membership plan any time soon, but symbols matter a great deal in this crisis.", "dana-whitcombe", 1, "WHITCOMBE", "rescind-bucharest-2008", "mentions", 1, "2022-01-10"),
 ("Everybody in Geneva says they want talks without preconditions, and then each side reads out its preconditions. That's normal. What worries me is the clock. There are a lot of troops sitting in the snow, and I'm not sure the Kremlin designed these proposals to be accepted.", "dana-whitcombe", 1, "WHITCOMBE", "no-preconditions", "mentions", 1, "2022-01-10"),
]
L["anadolu-2022-01-12-nato-russia-council"] = [
 ("We will not close NATO’s door, and we will not agree to any commitment that the alliance stops growing,", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("We will not close NATO’s door, and we will not agree to any commitment that the alliance stops growing,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Stoltenberg also dismissed Moscow’s demand that the alliance withdraw forces and infrastructure from the allies that joined after 1997, saying NATO would not accept a situation with “first- and second-class members.”", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Stoltenberg also dismissed Moscow’s demand that the alliance withdraw forces and infrastructure from the allies that joined after 1997, saying NATO would not accept a situation with “first- and second-class members.”", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We stand by the decisions we took at the Bucharest summit in 2008, and we have not changed them at anyone’s request,", "jens-stoltenberg", 1, "the secretary general", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("We are ready to sit down and discuss arms control, including intermediate-range missiles and the deployment of offensive systems,", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("We are ready to sit down and discuss arms control, including intermediate-range missiles and the deployment of offensive systems,", "jens-stoltenberg", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-12"),
 ("He said he had also proposed restoring the NATO and Russian diplomatic missions in Moscow and Brussels and reopening military lines of communication to reduce the risk of incidents, but that the Russian side had not yet given an answer.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Grushko told reporters after Wednesday’s meeting that the eastward expansion of NATO had to stop, and that Russia would not be satisfied with half measures.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("If NATO moves to a policy of containment, we will respond with counter-containment. If it is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("Fomin said on Wednesday that NATO drills near Russia’s frontiers had grown in scale and frequency, and that Moscow wanted the alliance to move them away from the border and cap their size.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Turkey, as a NATO ally and a neighbor of both Russia and Ukraine, is ready to do its part to help the dialogue succeed,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-12"),
 ("Keeping allied warships and aircraft out of range of the Russian coast would turn the Black Sea into a Russian lake and upset the Montreux balance that Turkey has guarded for decades,", "selim-tanriverdi", 1, "Tanrıverdi", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Everyone in Ankara hears the same two arguments: pull the troops back from the border first, or talk first and pull back later. Turkey’s job is to keep both conversations alive,", "selim-tanriverdi", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("Everyone in Ankara hears the same two arguments: pull the troops back from the border first, or talk first and pull back later. Turkey’s job is to keep both conversations alive,", "selim-tanriverdi", 1, "he", "no-preconditions", "mentions", 1, ""),
]
L["thehindu-2022-01-15-three-cities-op-ed"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has grown rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Mr. Carpenter said Washington would not negotiate away NATO's open-door policy and called on Russia to pull back the forces it has concentrated along Ukraine's border.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Mr. Carpenter said Washington would not negotiate away NATO's open-door policy and called on Russia to pull back the forces it has concentrated along Ukraine's border.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Russia's permanent representative, Alexander Lukashevich, called the session \"disappointing\" and insisted that Ukraine and Georgia must never be admitted to the alliance.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("A day later, Foreign Minister Sergei Lavrov used his annual press conference in Moscow to argue that the freedom to choose alliances could not be read in isolation from the obligation not to strengthen one's own security at the expense of others, and that NATO's \"open door\" was therefore no argument at all.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 0, "2022-01-14"),
 ("The rules on where warships and bombers may operate are classic arms control, the kind of thing Moscow and Washington negotiated all through the Cold War,", "anjali-seshadri", 1, "Anjali Seshadri", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("What cannot be negotiated is the demand that NATO close its doors for ever. No Western government could sign that, and everyone in Moscow knows it.", "anjali-seshadri", 1, "Anjali Seshadri", "nato-non-expansion", "mentions", 1, ""),
 ("In an interview with this newspaper, he said Moscow's insistence on keeping American warships and bombers out of striking range of Russian territory was \"entirely legitimate\", recalling that Washington had made much the same demand of the Soviet Union during the Cuban missile crisis in 1962.", "vikram-khosla", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("In an interview with this newspaper, he said Moscow's insistence on keeping American warships and bombers out of striking range of Russian territory was \"entirely legitimate\", recalling that Washington had made much the same demand of the Soviet Union during the Cuban missile crisis in 1962.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Mr. Khosla also noted that the draft treaty would bar the United States from military cooperation with former Soviet republics outside NATO, including the Central Asian states with which India has defence ties of its own.", "vikram-khosla", 1, "Khosla", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("New Delhi has always held that security is indivisible and that no country should strengthen its own at the expense of another. That principle cuts both ways, and we should say so,", "vikram-khosla", 1, "he", "", "", 1, ""),
 ("a peaceful resolution of the situation through sustained diplomatic efforts", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-13"),
]
G = ("alexander-grushko", 1, "Alexander Grushko")
L["izvestia-2022-01-27-grushko-interview"] = [
 ("We are studying the texts carefully, and the final assessment will be made by the president. But I can already say that the answer on the main question, the non-expansion of NATO, does not satisfy us. There is no positive reaction there to our key demand.", *G, "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("Intermediate-range missiles, the transparency and the scale of exercises — these are proposals that we ourselves have been putting forward for years, and we insist on them. But they are secondary. They cannot be torn out of the package and discussed instead of the main thing.", *G, "no-intermediate-range-missiles", "supports", 1, "2022-01-26"),
 ("Intermediate-range missiles, the transparency and the scale of exercises — these are proposals that we ourselves have been putting forward for years, and we insist on them. But they are secondary. They cannot be torn out of the package and discussed instead of the main thing.", *G, "limit-military-exercises", "supports", 1, "2022-01-26"),
 ("The so-called open door policy is not a dogma. The members of the alliance themselves signed documents in Istanbul and in Astana which say that nobody may strengthen its security at the expense of the security of others. The freedom to choose alliances is not absolute, and Ukraine's right to join a military bloc cannot be paid for with the security of Russia.", *G, "nato-open-door", "rejects", 1, "2022-01-26"),
 ("The so-called open door policy is not a dogma. The members of the alliance themselves signed documents in Istanbul and in Astana which say that nobody may strengthen its security at the expense of the security of others. The freedom to choose alliances is not absolute, and Ukraine's right to join a military bloc cannot be paid for with the security of Russia.", *G, "no-ukraine-membership", "supports", 1, "2022-01-26"),
 ("The Bucharest formula, according to which Ukraine and Georgia will become members of NATO, must be disavowed. As long as it stands, all talk of stability in Europe remains empty words.", *G, "rescind-bucharest-2008", "supports", 1, "2022-01-26"),
 ("They answered that they do not intend to discuss it. We will insist. The forces and infrastructure deployed on the territory of the new members after 27 May 1997 are a direct threat to us, and their withdrawal remains our requirement.", *G, "rollback-to-1997", "supports", 1, "2022-01-26"),
 ("We see no sense in that now. It was NATO that cut practical cooperation in 2014. Now it offers us «channels of communication» and at the same time sends its ships to the Black Sea. Military contacts cannot be restored as a favour while the alliance keeps building up its forces along our borders.", *G, "resume-military-dialogue", "rejects", 1, "2022-01-26"),
 ("Every shipment, every instructor who arrives in Ukraine pushes Kyiv towards a military solution in Donbass. The military development of Ukrainian territory by NATO countries must stop — this is one of our key demands.", *G, "no-military-activity-ex-soviet", "supports", 1, "2022-01-26"),
 ("Then we will respond with military-technical measures. I will not go into details. We are not bluffing.", *G, "", "", 1, "2022-01-26"),
 ("The decision will be made by the president after the analysis. We do not close the door to diplomacy, but we will not negotiate for the sake of negotiating.", *G, "", "", 1, "2022-01-26"),
]
L["lsm-2022-01-26-us-nato-replies-live"] = [
 ("We are ready to listen to Russia’s concerns. But we cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("a serious diplomatic path forward should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the reply offered Moscow talks on missile deployments in Europe, while making clear that Washington would not agree to shut Ukraine out of NATO.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He said the reply offered Moscow talks on missile deployments in Europe, while making clear that Washington would not agree to shut Ukraine out of NATO.", "antony-blinken", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Prime Minister Krišjānis Kariņš and his Estonian counterpart Kaja Kallas, speaking after a video call on Wednesday, both said NATO must not accept any limits on exercises on the territory of its eastern members.", "krisjanis-karins", 1, "Krišjānis Kariņš", "limit-military-exercises", "rejects", 0, "2022-01-26"),
 ("Prime Minister Krišjānis Kariņš and his Estonian counterpart Kaja Kallas, speaking after a video call on Wednesday, both said NATO must not accept any limits on exercises on the territory of its eastern members.", "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 0, "2022-01-26"),
 ("there are no objections from the Ukrainian side.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-26"),
 ("Ukraine’s path to NATO is our own sovereign choice, and it is not up for discussion with Russia,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ukraine’s path to NATO is our own sovereign choice, and it is not up for discussion with Russia,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Moscow would not rush to conclusions about the replies, and dismissed Western calls to pull Russian troops back from near Ukraine, saying their movements on Russian territory were nobody else's business.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-26"),
 ("A legally binding treaty on NATO’s future is something no democracy can sign, because it would bind parliaments that have not even been elected yet. Political commitments are the most Russia can get, and that is how it should be,", "ilze-vitola-krauze", 1, "Ilze Vītola-Krauze", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("She said the open-door principle would be the real battleground of the coming weeks, since the written replies were expected to leave most other topics open for talks.", "ilze-vitola-krauze", 1, "She", "nato-open-door", "mentions", 0, "2022-01-26"),
 ("Allied fighter jets will keep patrolling right up to the Russian border, exactly as before,", "artis-pabriks", 1, "Pabriks", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("No one in Moscow decides where allied planes fly over allied territory.", "artis-pabriks", 1, "Pabriks", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("We want more allied firepower here, not less, and nobody should be telling us what weapons we may put on our own soil,", "artis-pabriks", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-26"),
 ("The security of the Baltic states is not negotiable, and allied troops will stay here for as long as they are needed,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, "2022-01-26"),
]
P = "It is already clear, that the principled Russian concerns turned out to be ignored. We did not see the adequate consideration of our three key demands concerning the prevention of NATO expansion, the refusal of deployment of strike weapon systems near the Russian borders and the returning of the military infrastructure of the bloc in Europe to the state of 1997 year"
K = "Minister of foreign affairs of Ukraine Dmytro Kuleba on Tuesday declared, that only Ukraine and members of the Alliance decide about its membership in NATO, and Kremlin has no right of veto."
Z = "The list is the same as in December: the guarantee on paper, legally binding, and the NATO back on the lines of 1997 year. The West will not give this, and in Kremlin they know it"
L["obozrevatel-2022-02-02-putin-orban-press"] = [
 (P, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (P, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (P, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("He also declared, that if Ukraine will be accepted into NATO and will try to return the Crimea by military way, the European countries automatically will be drawn into the military conflict with Russia.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("We hope, that in the end we will find this solution, although it is very not simple", "vladimir-putin", 1, "the Russian leader", "", "", 1, "2022-02-01"),
 ("The Russian president added, that Moscow is ready to continue the dialogue about the medium-range missiles, but only in the package with the main questions.", "vladimir-putin", 1, "The Russian president", "no-intermediate-range-missiles", "mentions", 0, "2022-02-01"),
 ("Press secretary of the President of Russia Dmitry Peskov on Wednesday declared, that Kremlin has taken into account the offer of NATO to restore the military channels of communication, but to give the assessment is early.", "dmitry-peskov", 1, "Dmitry Peskov", "resume-military-dialogue", "mentions", 0, "2022-02-02"),
 (K, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-02-01"),
 (K, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-02-01"),
 ("Minister of defence Oleksii Reznikov declared, that the military-technical cooperation of Ukraine with the partners, including the joint exercises and the deliveries of weapons, is not the subject of negotiations with Russia.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("We do not need panic, we need calmness and unity. The strongest guarantee of our security is our army", "volodymyr-zelensky", 1, "the head of state", "", "", 1, "2022-02-01"),
 (Z, "taras-zhovtenko-pryma", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (Z, "taras-zhovtenko-pryma", 1, "he", "rollback-to-1997", "mentions", 1, ""),
]

write_gold(L, "articles-163", "gold-163")
