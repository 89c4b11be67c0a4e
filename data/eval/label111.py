#!/usr/bin/env python3
"""Writes the 111th held-out gold (gold-111/*.nq) from the labels below.

Batch 111 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw, seven articles in seven
forms:

- reuters-2021-12-17-russia-draft-treaties: Reuters wire copy with front
  matter, straight quotes, dateline; the draft treaties of 17 December, a
  quotation split by "Ryabkov said", a role as speaker name ("the deputy
  foreign minister"), history paragraphs (Gorbachev 1990, Founding Act 1997,
  Bucharest 2008) that carry no label.
- ap-2022-01-10-geneva-sherman-ryabkov: AP wire without front matter (the
  date is a byline line), curly quotes and apostrophes; Geneva talks;
  "non-starters" with Moscow's demand in passing (also Russia's label), split
  quotation, invented analyst (Lionel Barreau).
- cnn-2022-01-12-nato-russia-council-live: CNN live blog with front matter,
  timestamped entries and entry headlines; NATO-Russia Council. The "What
  we're covering" summary box and the entry headlines are standfirst and
  crossheads: no label. Each entry header gives the day, so statements in an
  entry are dated 2022-01-12 even where the sentence names no day. Two
  speakers in one sentence ("Both Sherman and Stoltenberg"), a senior EU
  official (european-union), Russia's demands in passing.
- spiegel-2022-01-19-interview-vossberg: Der Spiegel International Q&A
  without front matter, date as "19.01.2022, 17.04 Uhr"; „ “ quotes in the
  intro; invented interviewee Henrike Vossberg, interviewed on Tuesday
  (2022-01-18); headline and standfirst (which state Russia's demands) carry
  no label; each answer paragraph is one direct quotation.
- dod-2022-02-02-kirby-briefing: Pentagon briefing transcript with front
  matter, speaker labels in capitals ("PRESS SECRETARY JOHN F. KIRBY:",
  "MR. KIRBY:") and "Q:" questions; questions get no label even where they
  report Grushko's words; "non-starter"; opening statement paragraphs are
  direct quotations too.
- izvestia-2022-01-27-answers-reaction: machine-translated Izvestia, UTF-8
  BOM and CRLF line ends, no front matter ("27 January 2022, 14:35"),
  « » quotes followed by "— has noted the minister"; reactions to the written
  answers of 26 January; Kuleba spelt "Dmitry"; "Read also" link lines carry
  no label; a quotation split by "— has added Arkhipenko, —".
- wapo-2021-12-29-russia-demands-explained: Washington Post analysis with
  front matter, standfirst and crossheads; experts (invented: Okonjo-Hart,
  Wierzbicki, Brandvold) and Putin's 23 December news conference; a history
  paragraph (Baker 1990, Founding Act, Bucharest) with no label.

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
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "our
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor ("Western officials", "several Western officials")
  are left out;
- a demand attributed in passing to Moscow (or Washington) inside another
  speaker's sentence ("despite Moscow's demands that ...") is also that
  country's label (not a person), undated when no day is given; inside a
  direct quotation it gets no label of its own;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming the speaker at that point,
  pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2021-12-17-russia-draft-treaties"] = [
 ("According to the ministry, the draft treaty with Washington would bar the United States from establishing military bases in former Soviet states that are not members of NATO and from using their infrastructure for any military activity.", "russian-foreign-ministry", 0, "the ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Deputy Foreign Minister Sergei Ryabkov, who presented the documents to reporters on Friday, said Russia wanted talks to begin immediately, possibly as soon as Saturday in Geneva, and that Moscow was not setting any preconditions for them.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("We need legally binding guarantees, not promises, because the promises we were given in the past turned out to be worthless,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The Western side has broken its word to us many times.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2021-12-17"),
 ("He said the alliance should also formally drop the promise of eventual membership it gave Kyiv and Tbilisi at its 2008 summit in Bucharest.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("Ryabkov said the draft agreement with NATO would also oblige the alliance's members not to deploy intermediate-range missiles in areas from which they could hit Russian territory, and to refrain from holding exercises above brigade level in a zone along the border.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Ryabkov said the draft agreement with NATO would also oblige the alliance's members not to deploy intermediate-range missiles in areas from which they could hit Russian territory, and to refrain from holding exercises above brigade level in a zone along the border.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("It is not a menu. We are not offering to choose one item and leave the rest,", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, "2021-12-17"),
 ("the key principles on which European security is built.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2021-12-17"),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "Psaki", "", "", 1, "2021-12-17"),
 ("Any dialogue with Russia would also need to address NATO's concerns about Russia's actions,", "jens-stoltenberg", 1, "he", "", "", 1, "2021-12-16"),
 ("But a promise that Ukraine will never join NATO is written to be refused, and the people who drafted it know that,", "pavel-trubin", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Kremlin spokesman Dmitry Peskov dismissed the warnings on Friday, telling reporters that Russia would move troops on its own territory \"as it sees fit\" and that it was not threatening anyone.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2021-12-17"),
]
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had firmly pushed back on proposals that were “simply non-starters,” among them Moscow’s demand that NATO pledge never to take in Ukraine.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had firmly pushed back on proposals that were “simply non-starters,” among them Moscow’s demand that NATO pledge never to take in Ukraine.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We’re ready to talk about missiles,", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("but we will not be told by Moscow which of our partners we may cooperate with.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("Sherman also urged Russia to de-escalate, saying it was difficult to see real progress “in an atmosphere of escalation” while more than 100,000 Russian troops remained near Ukraine’s border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Ryabkov rejected the call, telling reporters there was “no reason to fear” an escalation and that Russian forces were exercising on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Without progress on non-expansion, on the principal issues, all the rest is of little value,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("He also said the Russian delegation had repeated its demand that the U.S. and its allies stop flying bombers and sailing warships close to Russia’s borders, in areas from which they could strike Russian targets.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("The Americans came with a long list of things they are willing to discuss, and that is not nothing,", "lionel-barreau", 1, "he", "", "", 1, "2022-01-10"),
 ("What they will not put on the table is NATO’s door, and the Russians came to Geneva for the door.", "lionel-barreau", 1, "he", "nato-open-door", "mentions", 1, "2022-01-10"),
 ("What they will not put on the table is NATO’s door, and the Russians came to Geneva for the door.", "lionel-barreau", 1, "he", "nato-non-expansion", "mentions", 1, "2022-01-10"),
]
L["cnn-2022-01-12-nato-russia-council-live"] = [
 ("The alliance must return to the configuration of 1997. It is not a question of taste, it is a question of our security,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("Asked about restoring military contacts, the deputy minister said Russia saw no point in re-establishing a military channel with an alliance that \"treats us as an adversary\" and has chosen a policy of deterrence.", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("We told our colleagues frankly: the weapons that can reach Moscow in minutes must go,", "alexander-fomin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("will not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will not compromise on core principles. Each nation has the right to choose its own path, and NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will not compromise on core principles. Each nation has the right to choose its own path, and NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg said NATO would not give up its ability to protect and defend its eastern allies, rejecting Russia's call for the alliance to withdraw its forces from the countries that joined after 1997.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Stoltenberg said NATO would not give up its ability to protect and defend its eastern allies, rejecting Russia's call for the alliance to withdraw its forces from the countries that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("He said allies had suggested reopening NATO's and Russia's offices in each other's capitals and restoring military lines of communication.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Russia was not in a position to agree to a future schedule of meetings today, but they also did not reject it,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Both Sherman and Stoltenberg stressed that the alliance would keep its door open to new members, despite Moscow's demands that it close it.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Both Sherman and Stoltenberg stressed that the alliance would keep its door open to new members, despite Moscow's demands that it close it.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Both Sherman and Stoltenberg stressed that the alliance would keep its door open to new members, despite Moscow's demands that it close it.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("There can be no real negotiations with a gun pointed at Ukraine's head. Russia has to withdraw first, and then we can talk,", "gabrielius-landsbergis", 1, "Landsbergis", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("There can be no real negotiations with a gun pointed at Ukraine's head. Russia has to withdraw first, and then we can talk,", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("A senior EU official, speaking on condition of anonymity, said the bloc would reject any arrangement that restricted allied military exercises on the territory of EU member states.", "european-union", 0, "A senior EU official", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("Europe cannot be a spectator while the future of its security architecture is being discussed,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-12"),
 ("The time of spheres of influence is over. No country can decide the alliances of another.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Ukraine's cooperation with its partners, from joint exercises to training missions, is not something Russia gets a say in,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("Russia's demands, laid out in two draft documents published last month, include a halt to NATO military activity in Ukraine and other former Soviet states.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
]
L["spiegel-2022-01-19-interview-vossberg"] = [
 ("It is not negotiable that every country in Europe chooses its own alliances.", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 ("Serious in the sense that Moscow really wants these things, yes. But the drafts were written so that they cannot be accepted in full. The demand that NATO pull its troops out of every country that joined after 1997 would turn Poland and the Baltic states into second-class members, and I would advise no allied government to agree to it.", "henrike-vossberg", 1, "Vossberg", "rollback-to-1997", "rejects", 1, "2022-01-18"),
 ("Ukraine is not going to join NATO any time soon, everybody in Brussels knows that. That is exactly why a formal promise never to admit it would be so damaging, and so unnecessary.", "henrike-vossberg", 1, "Vossberg", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("That one is mostly symbolic. I understand why Russian diplomats keep raising it; Bucharest was a compromise that satisfied no one. But revoking a summit declaration is not something that happens in a negotiation with a third party, and I would be surprised if it got any further than the Russian talking points.", "henrike-vossberg", 1, "Vossberg", "rescind-bucharest-2008", "mentions", 1, "2022-01-18"),
 ("On missiles, clearly. Both sides lost the INF Treaty in 2019, and both have an interest in keeping intermediate-range systems out of range of each other's capitals. I would start there, and I would insist that it is verifiable on both sides of the line.", "henrike-vossberg", 1, "Vossberg", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("The third thing is military dialogue. When I was in Moscow, we could still pick up the phone to the General Staff. That channel has been largely dead since 2014, and restoring it costs nothing.", "henrike-vossberg", 1, "Vossberg", "resume-military-dialogue", "supports", 1, "2022-01-18"),
 ("The insistence on a legally binding treaty is where I would draw the line. A treaty on non-enlargement would have to be ratified by 30 parliaments, including the US Senate, and it would freeze Europe's security order on Moscow's terms. The West should not offer one, and it should not promise that the alliance will stop growing.", "henrike-vossberg", 1, "Vossberg", "written-legal-guarantees", "rejects", 1, "2022-01-18"),
 ("The insistence on a legally binding treaty is where I would draw the line. A treaty on non-enlargement would have to be ratified by 30 parliaments, including the US Senate, and it would freeze Europe's security order on Moscow's terms. The West should not offer one, and it should not promise that the alliance will stop growing.", "henrike-vossberg", 1, "Vossberg", "nato-non-expansion", "rejects", 1, "2022-01-18"),
 ("I understand the argument, but I disagree. If you make de-escalation a precondition, you hand the Kremlin an excuse to say the West refused to talk. I would keep talking without preconditions and keep the sanctions package ready at the same time.", "henrike-vossberg", 1, "Vossberg", "no-preconditions", "supports", 1, "2022-01-18"),
 ("I understand the argument, but I disagree. If you make de-escalation a precondition, you hand the Kremlin an excuse to say the West refused to talk. I would keep talking without preconditions and keep the sanctions package ready at the same time.", "henrike-vossberg", 1, "Vossberg", "russia-de-escalation", "mentions", 1, "2022-01-18"),
 ("That is the demand I would watch most closely, because it is the one that describes a sphere of influence. Whether the West concedes any part of it will tell us more about the outcome than anything said about Ukraine's membership.", "henrike-vossberg", 1, "Vossberg", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-18"),
 ("Then we are in a very dangerous winter. I do not believe an invasion is inevitable, but I no longer rule it out.", "henrike-vossberg", 1, "Vossberg", "", "", 1, "2022-01-18"),
]
L["dod-2022-02-02-kirby-briefing"] = [
 ("Good afternoon, everybody. At the direction of the President, Secretary Austin has ordered the movement of approximately 3,000 additional U.S. troops to Poland, Germany and Romania over the coming days.", "john-kirby", 1, "JOHN F. KIRBY", "", "", 1, "2022-02-02"),
 ("These moves are not permanent. They are in response to the current security environment, and they are meant to reassure our allies and deter aggression. We are not going to be fighting in Ukraine.", "john-kirby", 1, "JOHN F. KIRBY", "", "", 1, "2022-02-02"),
 ("We continue to call on Russia to de-escalate. Mr. Putin can pull these forces back from Ukraine's borders any time he wants, and the door to diplomacy remains open. With that, we'll take questions. Lita?", "john-kirby", 1, "JOHN F. KIRBY", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Well, he's right about one thing: we're not pulling back. The demand that NATO withdraw its forces from the allies that joined after 1997 is a non-starter, and it has been since the day it was made. These are sovereign nations. They've asked for our help, and we're providing it.", "john-kirby", 1, "KIRBY", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("I'm not going to get into the details of a document that the State Department has said we won't make public. What I can say is that we're willing to talk about transparency measures on exercises and about conventional force posture, on a reciprocal basis, and we've said so in writing.", "john-kirby", 1, "KIRBY", "limit-military-exercises", "mentions", 1, "2022-02-02"),
 ("Yes. We're going to continue to fly, sail and operate wherever international law allows, and that includes international waters and airspace over the Black Sea. Nobody gets to tell us where we can and can't operate in international waters.", "john-kirby", 1, "KIRBY", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-02"),
 ("We've said we're prepared to discuss reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems in Ukraine. That's an area where we think there's real room for progress, if Russia is serious.", "john-kirby", 1, "KIRBY", "no-strike-weapons-near-borders", "mentions", 1, "2022-02-02"),
 ("No. We will continue to provide security assistance to Ukraine, including training, and we will continue to work with our partners in Georgia and elsewhere in the region. That's not a subject for negotiation with Moscow.", "john-kirby", 1, "KIRBY", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-02"),
 ("Not since the last call that we read out. The Secretary believes strongly that the lines of communication between our militaries need to stay open, particularly at a time of tension like this, and he'd welcome another conversation with Minister Shoigu, as General Milley would with General Gerasimov.", "john-kirby", 1, "KIRBY", "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("We're not going to speak for the Ukrainian government. What we see on the ground is a buildup that continues to grow, including in Belarus, and we're going to keep calling that out.", "john-kirby", 1, "KIRBY", "", "", 1, "2022-02-02"),
 ("No. The forces going to Poland are there to reassure Poland and to be ready to help with any evacuation of Americans if needed. They're not going into Ukraine.", "john-kirby", 1, "KIRBY", "", "", 1, "2022-02-02"),
]
L["izvestia-2022-01-27-answers-reaction"] = [
 ("It is impossible to say that our considerations were taken into account or that the readiness to take into account our concerns was shown,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("there is no need to hurry with the conclusions", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("To the question about the calls of Washington to withdraw the troops from the Ukrainian border the representative of the Kremlin has answered sharply.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("The movement of the Russian troops on the own territory is the internal affair of Russia, and we will not discuss it with anybody,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the shock weapons which can threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the shock weapons which can threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The so-called policy of the open doors does not give to the alliance the right to expand at the expense of the security of the others. We never agreed with such interpretation,", "sergei-lavrov", 1, "the head of the Russian diplomacy", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("again tries to substitute the subject", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-26"),
 ("We need not the words and not the promises, but the legally binding guarantees which are fixed on the paper. The verbal assurances we already heard in the 1990 year,", "alexander-grushko", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-26"),
 ("The head of the committee of the State Duma on the international affairs Leonid Slutsky on Thursday has called the answer «the cold shower» and has demanded, that NATO officially will refuse the decisions of the Bucharest summit of the 2008 year about the future membership of Ukraine and Georgia.", "leonid-slutsky", 1, "Leonid Slutsky", "rescind-bucharest-2008", "supports", 0, "2022-01-27"),
 ("In Washington the state secretary Antony Blinken on Wednesday has declared, that the USA will not change their position on the open doors of NATO, and that the answer offers «the serious diplomatic way, if Russia chooses it».", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("the serious diplomatic way, if Russia chooses it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("Ukraine has seen the text of the answer before its sending and has no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 ("The West has made clear that it is ready to talk about many things, but not about the non-expansion. For Moscow such answer is the half of the loaf, and the question is whether it will take it,", "vsevolod-arkhipenko", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("I think that the negotiations must continue without any preconditions from both sides,", "vsevolod-arkhipenko", 1, "Arkhipenko", "no-preconditions", "supports", 1, ""),
 ("otherwise we will receive the escalation which is not necessary to anybody.", "vsevolod-arkhipenko", 1, "Arkhipenko", "", "", 1, ""),
 ("Earlier Russia has demanded from the USA and NATO the legally fixed guarantees of the non-expansion of the alliance to the east.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Earlier Russia has demanded from the USA and NATO the legally fixed guarantees of the non-expansion of the alliance to the east.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
]
L["wapo-2021-12-29-russia-demands-explained"] = [
 ("We have nowhere further to retreat,", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("We need guarantees that are legally binding, and we need them now, not in decades,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Are we putting our strike systems on the American border? No. It is the United States that has come with its strike systems to our doorstep.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("The easiest thing to agree is the missile piece. Both sides were inside the INF Treaty until 2019, and both know how to verify it,", "rachel-okonjo-hart", 1, "Rachel Okonjo-Hart", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Putting our own missile deployments on the table rewards a country that violated the INF Treaty for years. I would not give Moscow that,", "jakub-wierzbicki", 1, "Jakub Wierzbicki", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Limiting where we can train on allied territory would be a gift to Moscow and a betrayal of the Baltic states. I wouldn't put it on the table at all,", "thomas-brandvold", 1, "he", "limit-military-exercises", "rejects", 1, ""),
 ("Almost anything is in strike range of something. Taken at its word, it would keep the Navy out of the Black Sea and the Baltic, and the negotiators will have to decide what it really means,", "rachel-okonjo-hart", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Read literally, the 1997 clause would mean pulling the American rotational forces out of Poland and the Baltic states. That is what Moscow has put on paper, and it is worth knowing what it means before anyone sits down,", "rachel-okonjo-hart", 1, "Okonjo-Hart", "rollback-to-1997", "mentions", 1, ""),
 ("On Tuesday, Latvian Defense Minister Artis Pabriks said his country would decide for itself which allied strike weapons, if any, were stationed on its soil and would not let any other country dictate what was deployed there.", "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 0, "2021-12-28"),
 ("As for Bucharest, there is nothing to rescind. The promise was deliberately vague, and taking it back now, under pressure, would tell every one of Russia's neighbors that threats work,", "thomas-brandvold", 1, "Brandvold", "rescind-bucharest-2008", "rejects", 1, ""),
 ("Restoring the hotlines between the two militaries is on the list too, and it is the one item nobody talks about,", "rachel-okonjo-hart", 1, "Okonjo-Hart", "resume-military-dialogue", "mentions", 1, ""),
 ("Moscow has said it wants talks to begin without preconditions and as soon as possible.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Moscow says it wants talks without preconditions, but a deadline for written, legally binding answers is a precondition of its own,", "thomas-brandvold", 1, "Brandvold", "no-preconditions", "mentions", 1, ""),
 ("Moscow says it wants talks without preconditions, but a deadline for written, legally binding answers is a precondition of its own,", "thomas-brandvold", 1, "Brandvold", "written-legal-guarantees", "mentions", 1, ""),
 ("Washington, for its part, wants Russia to pull its troops back first. Somebody will have to blink.", "thomas-brandvold", 1, "Brandvold", "russia-de-escalation", "mentions", 1, ""),
 ("Secretary of State Antony Blinken said on Monday that the United States would \"engage in diplomacy\" with Russia but that \"any progress\" would require Moscow to de-escalate along Ukraine's border.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2021-12-27"),
 ("any decisions about Ukraine made without Ukraine,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, ""),
]

write_gold(L, "articles-111", "gold-111")
