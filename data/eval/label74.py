#!/usr/bin/env python3
"""Writes the seventy-fourth held-out gold (gold-74/*.nq) from the labels below.

Batch 74 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven mainstream outlets
and forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva
  (front matter, straight quotes, dateline, a quotation split by "Ryabkov
  said", a speaker first named only by role, a sentence in which Sherman
  reports three of Moscow's demands at once, Bucharest 2008 as background);
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press conference
  transcript after the NATO-Russia Council (no front matter, UTF-8 BOM and
  CRLF line ends, speaker labels, journalists' questions, the date in the
  text as "12 Jan. 2022");
- ria-2022-01-14-grushko-interview: RIA Novosti Q&A interview with Alexander
  Grushko (front matter, dash-led questions and answers, « » inside answers,
  an answer running over two paragraphs, "written answers" that are not
  written guarantees);
- state-2022-01-26-price-press-briefing: State Department press briefing
  transcript (no front matter, MR PRICE / QUESTION labels, the date in the
  header line);
- guardian-2022-01-27-russia-ukraine-live: Guardian live blog, newest entry
  first (front matter, curly quotes, standfirst, crossheads, photo captions
  and a "Related:" link line, a senior EU official, an embassy, a readout of
  Wang Yi's call about unspecified "security concerns");
- interfax-2022-02-01-putin-concerns-ignored: Interfax English wire in
  machine-translated style (no front matter, date line "1 Feb, 2022 18:40",
  „ “ quotes with "- X has said" after the quotation, a passive "As it was
  underlined by ...");
- politico-2022-02-03-west-said-no-analysis: Politico Europe analysis quoting
  invented experts next to real officials (front matter, curly quotes,
  standfirst and crossheads, Baker 1990 / Founding Act 1997 / Bucharest 2008 /
  Munich 2007 as history that is not labelled).

Conventions: one label per (speaker, demand) a passage expresses. A direct
quotation's evidence is the words between the marks (punctuation inside kept),
direct 1; a quotation interrupted by "X said" is two spans; one running over
several sentences is one span. In transcripts and Q&A interviews each
paragraph of an answer is one direct quotation (evidence = the paragraph
without dash or speaker label), named as the intro/speaker label names the
speaker; questions and the moderator get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. Every direct quotation of six or more words about none of the
demands gets one demand-less label; reported speech about no demand or about
unspecified ones ("main concerns", "the main question") gets none. History,
words quoted from documents, headlines, standfirsts, crossheads, captions and
link lines are not labelled, nor are unnamed groups ("Western officials").
A demand attributed in passing to Moscow inside another speaker's reported
sentence is also Russia's label (undated when no day is given); inside a
direct quotation it is not. Speaker ids: persons as firstname-lastname slugs,
a senior EU official -> european-union, an embassy -> its country; speaker
name = the words naming the speaker at that point, pronouns as written,
titles dropped. Dates: the day the words were said, resolved against the
publication date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia's chief negotiator said on Monday it was \"absolutely mandatory\" for Moscow that Ukraine never join NATO, after almost eight hours of talks with U.S. officials in Geneva produced no breakthrough on the security guarantees the Kremlin is seeking.", "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, D),
 ("We need guarantees that are legally binding, put on paper and signed, not promises that can be forgotten the next morning,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("The American side listened to us very carefully,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("but on the key question, the non-expansion of NATO, we heard nothing that we could take back to Moscow.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("He rejected the idea that Russia should pull back the troops it has massed near Ukraine, saying Moscow had come to Geneva without preconditions and would not allow the movement of forces on its own territory to be turned into one.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("He rejected the idea that Russia should pull back the troops it has massed near Ukraine, saying Moscow had come to Geneva without preconditions and would not allow the movement of forces on its own territory to be turned into one.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, D),
 ("There is no reason to fear an escalation. We have no plans to attack Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said Washington was prepared to discuss the future of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as any steps were reciprocal.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said Washington was prepared to discuss the future of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as any steps were reciprocal.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("It is hard to see how you get real diplomatic progress with 100,000 Russian troops sitting on Ukraine's border, and that is why we asked Russia to de-escalate,", "wendy-sherman", 1, "the deputy secretary", "russia-de-escalation", "supports", 1, D),
 ("According to Sherman, the two delegations also talked about restoring regular contacts between their militaries, though no decision was taken.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, D),
]
S = "She said the Russian side had also raised at Monday's meeting its calls for NATO to disavow the 2008 Bucharest pledge of membership to Ukraine and Georgia, to withdraw forces from allies that joined after 1997 and to halt drills and deployments in former Soviet republics, and that the U.S. delegation had listened."
for dm in ("rescind-bucharest-2008", "rollback-to-1997", "no-military-activity-ex-soviet"):
    L["reuters-2022-01-10-geneva-ryabkov-sherman"].append((S, "wendy-sherman", 1, "She", dm, "mentions", 0, D))
for dm in ("rescind-bucharest-2008", "rollback-to-1997", "no-military-activity-ex-soviet"):
    L["reuters-2022-01-10-geneva-ryabkov-sherman"].append((S, "russia", 0, "the Russian side", dm, "supports", 0, D))
L["reuters-2022-01-10-geneva-ryabkov-sherman"] += [
 ("Moscow denies any such plan and says it is free to move forces around its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("We will see after Vienna whether there is any sense in continuing,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-12"
JS = "Jens Stoltenberg"
P2 = "NATO Allies and Russia expressed their views openly and in a respectful way. Allies made clear that we are ready to discuss arms control, including on intermediate-range missiles, and greater transparency and risk reduction for military exercises. These are areas where we can make real progress, if Russia engages in good faith."
P3 = "At the same time, Allies were united in rejecting the idea that NATO should close its door to new members. Each nation has the right to choose its own path. Russia does not have a veto over whether Ukraine can become a NATO member."
BU = "The decision we took at the Bucharest summit in 2008 stands, and it will not be revoked. It will be up to Ukraine and the 30 Allies to decide when Ukraine is ready to become a member, and nobody else."
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. Today the NATO-Russia Council met for the first time in more than two years. It was not an easy discussion, but that is exactly why such a meeting is important.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 (P2, "jens-stoltenberg", 1, JS, "no-intermediate-range-missiles", "mentions", 1, D),
 (P2, "jens-stoltenberg", 1, JS, "limit-military-exercises", "mentions", 1, D),
 (P3, "jens-stoltenberg", 1, JS, "nato-open-door", "supports", 1, D),
 (P3, "jens-stoltenberg", 1, JS, "nato-non-expansion", "rejects", 1, D),
 (P3, "jens-stoltenberg", 1, JS, "no-ukraine-membership", "rejects", 1, D),
 ("I proposed to Russia that we reopen our respective offices in Moscow and in Brussels, and that we restore military lines of communication, so that we can reduce risks and prevent incidents from spiralling out of control. Russia was not yet in a position to agree to a schedule for such steps.", "jens-stoltenberg", 1, JS, "resume-military-dialogue", "supports", 1, D),
 ("We call on Russia to de-escalate the situation and to withdraw its forces from Ukraine's borders. There is a real risk of a new armed conflict in Europe.", "jens-stoltenberg", 1, JS, "russia-de-escalation", "supports", 1, D),
 ("So we have a long way to go. But we are ready to continue the dialogue, and we will stay united.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 (BU, "jens-stoltenberg", 1, JS, "rescind-bucharest-2008", "rejects", 1, D),
 (BU, "jens-stoltenberg", 1, JS, "nato-open-door", "supports", 1, D),
 (BU, "jens-stoltenberg", 1, JS, "no-ukraine-membership", "rejects", 1, D),
 ("No. We will not accept a situation where Allies are divided into first and second class members, with fewer rights to be protected. The battlegroups in the Baltic countries and in Poland are there because of Russia's behaviour, and they will stay.", "jens-stoltenberg", 1, JS, "rollback-to-1997", "rejects", 1, D),
 ("We will not reduce our exercises because someone asks us to. What we are ready to do is to make them more transparent, to notify each other and to invite observers, and that is something we also expect from Russia.", "jens-stoltenberg", 1, JS, "limit-military-exercises", "rejects", 1, D),
 ("Finland and Sweden are close partners of NATO. It is for them, and only for them, to decide their own path.", "jens-stoltenberg", 1, JS, "nato-open-door", "supports", 1, D),
 ("Russia did not agree to a new meeting, but they did not reject it either. We are ready to sit down again, and we now need to hear from Moscow whether it is ready to engage.", "jens-stoltenberg", 1, JS, "", "", 1, D),
]

D = "2022-01-13"
AG = "Alexander Grushko"
A0 = "The main result is that the alliance heard our proposals at first hand and can no longer pretend that it does not understand them. We did not go to Brussels to talk for the sake of talking. The first of our proposals is simple: NATO must stop moving eastwards, and this must be fixed in a legally binding form, not in declarations that can be reinterpreted tomorrow."
A1 = "These are important topics, and we are ready to work on them. We proposed to reduce the scale of exercises along the line of contact between Russia and NATO and to agree on a minimum distance for flights of combat aircraft and passages of warships, so that they cannot strike each other's territory. But if someone in Brussels thinks that we will be satisfied with this and forget about the main thing, he is mistaken."
L["ria-2022-01-14-grushko-interview"] = [
 (A0, "alexander-grushko", 1, AG, "nato-non-expansion", "supports", 1, D),
 (A0, "alexander-grushko", 1, AG, "written-legal-guarantees", "supports", 1, D),
 (A1, "alexander-grushko", 1, AG, "limit-military-exercises", "supports", 1, D),
 (A1, "alexander-grushko", 1, AG, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Our troops are on our own territory, and we are not going to discuss their movements with anyone. The «de-escalation» that everyone is talking about should begin with NATO itself, which for years has been pulling forces and weapons closer to our borders.", "alexander-grushko", 1, AG, "russia-de-escalation", "rejects", 1, D),
 ("Our position is simple: NATO must return to the configuration of 1997. The forces and infrastructure that appeared on the territory of the new members after that must be withdrawn. This is not an ultimatum, it is the restoration of a balance that was destroyed.", "alexander-grushko", 1, AG, "rollback-to-1997", "supports", 1, D),
 ("We see no point in it at the moment. As long as NATO regards Russia as an adversary and not as a partner, the restoration of military contacts will change nothing, it will be contacts for the sake of contacts.", "alexander-grushko", 1, AG, "resume-military-dialogue", "rejects", 1, D),
 ("The so-called «open door policy» is a cover for geopolitical expansion. The freedom to choose alliances cannot be exercised at the expense of the security of others, and NATO prefers to read the OSCE documents selectively, taking from them only what suits it.", "alexander-grushko", 1, AG, "nato-open-door", "rejects", 1, D),
 ("The Bucharest formula that Ukraine and Georgia «will become members» must be disavowed. While it remains on paper, it encourages provocations, and we all saw what that led to in August 2008.", "alexander-grushko", 1, AG, "rescind-bucharest-2008", "supports", 1, D),
 ("We also want NATO to renounce any military activity in Ukraine, in the South Caucasus and in Central Asia. Instructors, joint exercises, supplies of weapons — all this creates threats right at our borders.", "alexander-grushko", 1, AG, "no-military-activity-ex-soviet", "supports", 1, D),
 ("The ball is in NATO's court. We expect written answers, article by article, and after that we will decide what to do next. If the answer is negative, our military will propose measures to ensure the security of the country.", "alexander-grushko", 1, AG, "", "", 1, D),
 ("We are not setting ultimatums, but we cannot wait for months either. The situation is too serious for that.", "alexander-grushko", 1, AG, "", "", 1, D),
]

D = "2022-01-26"
NP = "Ned Price"
PD = "The document sets out a serious diplomatic path, should Russia choose it. It lays out our concerns and those of our Allies, and it puts forward proposals in areas where we believe we can make progress together, including reciprocal transparency measures regarding force posture and military exercises in Europe, and reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine."
PU = "Matt, the Russians have been very clear about what they want, and we have been equally clear that it is a non-starter. We are not going to sign on to any commitment that would deny Ukraine, or any other country, the sovereign right to choose its own security arrangements."
PT = "We have said that we are prepared to consider arrangements that are binding, if they are reciprocal and if they enhance our security and the security of our Allies as well. What we are not going to do is write into a treaty a permanent halt to NATO enlargement."
PP = "It is not a precondition. We are prepared to keep talking in any case, but it is very difficult to see genuine progress while more than 100,000 Russian troops remain on Ukraine's borders. De-escalation is the single most important step Moscow could take."
L["state-2022-01-26-price-press-briefing"] = [
 ("Good afternoon, everyone. As you heard from the Secretary a short while ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow earlier today. That response has been fully coordinated with Ukraine and with our European Allies and partners, and NATO is delivering its own response in parallel.", "ned-price", 1, NP, "", "", 1, D),
 (PD, "ned-price", 1, NP, "limit-military-exercises", "mentions", 1, D),
 (PD, "ned-price", 1, NP, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("It also reaffirms the core principles that we are committed to uphold. I want to be very clear about this: NATO's door is open and remains open. That is a commitment the United States and every one of our Allies will continue to uphold.", "ned-price", 1, NP, "nato-open-door", "supports", 1, D),
 (PU, "ned-price", 1, NP, "no-ukraine-membership", "rejects", 1, D),
 (PU, "ned-price", 1, NP, "nato-open-door", "supports", 1, D),
 ("We are not going to publish it. We think diplomacy has the best chance of succeeding if we give it space to play out behind closed doors.", "ned-price", 1, NP, "", "", 1, D),
 (PT, "ned-price", 1, NP, "written-legal-guarantees", "mentions", 1, D),
 (PT, "ned-price", 1, NP, "nato-non-expansion", "rejects", 1, D),
 (PP, "ned-price", 1, NP, "no-preconditions", "supports", 1, D),
 (PP, "ned-price", 1, NP, "russia-de-escalation", "supports", 1, D),
 ("I'm not going to detail what is in the document. What I will say is that the United States Navy will continue to sail, and our aircraft will continue to fly, wherever international law allows, including in the Black Sea, and we will not accept restrictions that apply only to us.", "ned-price", 1, NP, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Our security assistance to Ukraine is defensive in nature, and it will continue. And we do not accept the notion that the United States needs Moscow's permission to work with sovereign partners like Ukraine or Georgia.", "ned-price", 1, NP, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I'll leave it to the Russians to speak to their own timeline. The ball is in their court now, and we'll be ready either way.", "ned-price", 1, NP, "", "", 1, D),
 ("We'll have more to say on the Secretary's schedule in the coming days.", "ned-price", 1, NP, "", "", 1, D),
 ("Our Allies have been unanimous. We have consulted with them at every step, and we will continue to do so. Thanks, everyone.", "ned-price", 1, NP, "", "", 1, D),
]

D = "2022-01-27"
ZE = "In a video address on Thursday evening, President Volodymyr Zelensky said Ukraine alone would decide which alliances it joins, and urged Ukrainians not to give in to panic."
WI = "The answer restates the open door and says nothing about a Nato that stops at its current borders. Expect the Kremlin to call that a non-answer."
BO = "We are ready to talk about arms control, about the transparency of exercises, about risk reduction. We are not ready to give anyone a veto over the choices of sovereign states,"
EU = "A senior EU official, briefing reporters afterwards, said Moscow’s call to withdraw Nato troops from the alliance’s eastern members was “simply not on the table”."
KU = "There are no concessions in it on Ukraine’s path to Nato, and nothing that would give Moscow a say over our defence cooperation with partners,"
PE = "It is obvious that the Americans did not take our main concerns into account – the non-deployment of strike weapons near our borders and the non-expansion of the alliance,"
L["guardian-2022-01-27-russia-ukraine-live"] = [
 (ZE, "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, D),
 (ZE, "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, D),
 (WI, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "nato-open-door", "mentions", 1, D),
 (WI, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "nato-non-expansion", "mentions", 1, D),
 ("We will not cancel a single exercise because the Kremlin does not like it,", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, D),
 (BO, "josep-borrell", 1, "Josep Borrell", "limit-military-exercises", "mentions", 1, D),
 (BO, "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, D),
 (EU, "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, D),
 (EU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (KU, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (KU, "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, D),
 (PE, "dmitry-peskov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (PE, "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("must stay out of the areas from which they can strike Russian territory", "russia", 0, "The Russian embassy in Washington", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-26"),
 ("The embassy said the “provocative” patrols in the Black Sea and near Kaliningrad had to stop.", "russia", 0, "The embassy", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-26"),
 ("Russia’s foreign minister, Sergei Lavrov, said on Thursday that the US response gave hope for a “serious conversation” on secondary issues but contained “no positive answer” on the main question – Nato’s further expansion eastward.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("There is a reaction which gives hope for the start of a serious conversation, but on secondary questions,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("On the main question, there is no positive answer.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("doing things that stir up tension and hype up the crisis", "wang-yi", 1, "Wang", "", "", 1, ""),
]

D = "2022-02-01"
PK = "Nobody may strengthen own security at the expense of the security of other states, and the freedom of choice of the alliances, about which they talk to us all the time, is not unlimited"
P3D = "We did not see the adequate consideration of our three key demands: the non-expansion of NATO, the refusal from the deployment of the strike weapon systems near the Russian borders and the returning of the military infrastructure of the bloc in Europe to the state of the year 1997"
PS = "As it was underlined earlier on Tuesday by the press secretary of the president Dmitry Peskov, Moscow is ready to continue the dialogue „without any preconditions“, but the question of the non-expansion of NATO cannot be removed from the agenda."
L["interfax-2022-02-01-putin-concerns-ignored"] = [
 ("It is already clear now - I have informed the Mr. Prime minister about it, - that the principal Russian concerns turned out to be ignored", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (P3D, "vladimir-putin", 1, "the president", "nato-non-expansion", "supports", 1, D),
 (P3D, "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 1, D),
 (P3D, "vladimir-putin", 1, "the president", "rollback-to-1997", "supports", 1, D),
 ("According to the head of state, the West presents the principle of the freedom of choice of the alliances as absolute, though the OSCE documents signed in Istanbul in 1999 and in Astana in 2010 speak also about the indivisibility of security.", "vladimir-putin", 1, "the head of state", "nato-open-door", "rejects", 0, D),
 (PK, "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, D),
 ("They tell us: take away the troops. From where? From our own territory? Nobody will dictate us, where to hold the Russian army", "vladimir-putin", 1, "Putin", "russia-de-escalation", "rejects", 1, D),
 ("I hope, that in the end we will find this decision, though it is not simple", "vladimir-putin", 1, "he", "", "", 1, D),
 ("Hungary is interested in the peace, which will not contradict the interests of Hungary and of the European Union", "viktor-orban", 1, "the Hungarian prime minister", "", "", 1, D),
 (PS, "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, D),
 (PS, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("The deputy minister of foreign affairs Sergei Ryabkov in the interview to Interfax on Tuesday has stated, that the Russian offer about the moratorium on the deployment of the ground-based missiles of medium and shorter range in Europe remains in force.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("We are ready to this, but we demand, that the Americans fix the corresponding obligations legally, in the form of the agreement, and not by the words or by the letters", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("Our cooperation with NATO, the joint exercises and the training of our military will continue, whatever would be written in Moscow", "david-zalkaliani", 1, "the Georgian minister", "no-military-activity-ex-soviet", "rejects", 1, D),
]

VA = "Moscow is not really asking for a treaty. It is asking the West to admit that Ukraine will never be a member, and to put that in writing,"
LA = "Talking with a gun on the table is not negotiation. Russia has to pull its troops back first, and then we can talk about everything else,"
KA = "We should not be signing legally binding documents with Russia that tell allies which weapons they may deploy on their own soil,"
L["politico-2022-02-03-west-said-no-analysis"] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of countries to choose their own security arrangements and alliances,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (VA, "liesbeth-vanhoutte", 1, "Liesbeth Vanhoutte", "no-ukraine-membership", "mentions", 1, ""),
 (VA, "liesbeth-vanhoutte", 1, "Liesbeth Vanhoutte", "written-legal-guarantees", "mentions", 1, ""),
 ("The modest things on offer, like restoring military-to-military hotlines, are exactly what prevents accidents. The Kremlin has treated them as crumbs,", "liesbeth-vanhoutte", 1, "she", "resume-military-dialogue", "supports", 1, ""),
 ("Keeping bombers and warships out of each other’s strike range is the kind of thing Cold War negotiators haggled over for years,", "dorian-kessel", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("A mutual ban on ground-launched intermediate-range missiles in Europe would serve our security too. That is where I would start,", "dorian-kessel", 1, "Kessel", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Every Western offer comes with the word de-escalation attached, and every Russian reply ignores it,", "dorian-kessel", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles now would simply freeze in place the SSC-8s that Russia has already deployed. That is not arms control, and we should say no to it,", "marek-zielinski", 1, "Marek Zieliński", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Pulling NATO back to 1997 would turn Poland and the Baltic states into second-class allies. Nobody in Warsaw or Vilnius will accept that, and nobody should,", "oleksandra-hrytsenko", 1, "Oleksandra Hrytsenko", "rollback-to-1997", "rejects", 1, ""),
 ("Talks without preconditions sound reasonable until you read the draft treaties, which are nothing but a list of preconditions,", "oleksandra-hrytsenko", 1, "she", "no-preconditions", "mentions", 1, ""),
 (LA, "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-01"),
 (LA, "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-02-01"),
 (KA, "kaja-kallas", 1, "she", "written-legal-guarantees", "rejects", 1, "2022-01-31"),
 (KA, "kaja-kallas", 1, "she", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-31"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("At the same meeting, Rau told the organization’s Permanent Council that European security could only rest on the right of every state to choose its own alliances.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals in a reasonable time frame, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
]

write_gold(L, "articles-74", "gold-74")
