#!/usr/bin/env python3
"""Writes the held-out gold of batch 305 (gold-305/*.nq) from the labels below.

Batch 305 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-26-us-written-reply-russia-nato: AP wire story with front matter;
  the US written answer, a lede that is the United States' own position, Blinken
  quoted in two spans, Stoltenberg's one sentence mixing an offer and a refusal,
  "Russia wants ..." background in the journalist's voice, Baker/Gorbachev history,
  an analyst in two spans, demand-less quotes from Peskov, Lavrov, Kuleba, Kirby.
- kommersant-2022-01-11-geneva-ryabkov-sherman: Kommersant story in translation,
  UTF-8 BOM and CRLF, « » quotes with "— said the ..." dashes, a quotation
  interrupted by "the diplomat added", a 7-word quoted fragment inside reported
  speech, an IMEMO analyst in two spans with different demands, "Moscow demands"
  in passing, Grushko "on Sunday", a "Read also" link line.
- white-house-2022-01-13-psaki-press-briefing: White House briefing transcript;
  every Psaki paragraph is a quotation (many demand-less), reporters' questions
  name Russian demands but get no label.
- err-2022-01-19-liimets-interview-security-guarantees: ERR News interview with
  the Estonian foreign minister, speaker labels, interview on Tuesday (the day
  before publication), a paragraph paraphrasing the Russian draft (document, not
  labelled), Moscow's demands reported inside her answers (Russia's labels).
- the-atlantic-2022-02-03-what-putin-asked-for: The Atlantic essay; Putin's
  three demands in one interrupted quotation, long background history
  (1990, 1997, Bucharest) that is not labelled, the writer's own prose, "last
  Friday" and "on Monday" dates, two analysts with their own stances.
- carnegie-moscow-2021-12-22-ultimatum-diplomacy: Carnegie Moscow commentary by
  an invented Russian analyst (his own prose unlabelled); Ryabkov and Putin on
  written guarantees, Grushko's quote plus reported tail in one sentence, "The
  Russian side wants" and "Moscow has tied them to" in passing, the drafts'
  content described as documents, Stoltenberg's short quoted fragment.
- european-council-2022-01-27-michel-statement-european-security: European
  Council press release; Michel's statement over six quoted paragraphs (one
  span each), "Russia's demand that ..." inside his words, a joint
  Michel-Zelensky position, Borrell without a demand, quoted conclusions
  (document) unlabelled.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

A = "ap-2022-01-26-us-written-reply-russia-nato"
lede = "The United States on Wednesday delivered its written response to Russia's security demands, refusing to bar Ukraine from NATO but offering to talk about where intermediate-range missiles may be placed in Europe."
blk2 = "We make clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine, and the right of states to choose their own security arrangements and alliances."
blrep = "He said the U.S. was prepared to discuss reciprocal limits on intermediate-range missile deployments and on the size and scope of military drills in Europe, provided Russia pulled back the estimated 100,000 troops it has massed near Ukraine's borders."
strep = "He said allies were ready to re-establish military-to-military communication channels with Moscow but would not pull forces out of the eastern members that joined the alliance after the Cold War."
ruwants = "Russia wants binding guarantees that NATO will not take in Ukraine or other former Soviet nations, and that the alliance will roll back troops and weapons from Eastern Europe."
dorf2 = "But on the thing Putin cares about most — a promise that Ukraine never joins NATO — the answer is no, and he knew it would be."
L[A] = [
 (lede, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (lede, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (blk2, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (blrep, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (blrep, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (blrep, "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We cannot and will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 (strep, "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 (strep, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (ruwants, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (ruwants, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (ruwants, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (ruwants, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We will not rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
 ("If we don't get a constructive answer and the West continues its aggressive line, Moscow will take the necessary response measures,", "sergey-lavrov", 1, "Lavrov", "", "", 1, "2022-01-26"),
 ("It is important that the United States remains in close contact with Ukraine before and after every step,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 ("The Russians got a serious offer on missiles and on exercises,", "rachel-dorfman", 1, "Rachel Dorfman", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Russians got a serious offer on missiles and on exercises,", "rachel-dorfman", 1, "Rachel Dorfman", "limit-military-exercises", "mentions", 1, ""),
 (dorf2, "rachel-dorfman", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("It's not about escalating, it's about reassuring our allies,", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
]

K = "kommersant-2022-01-11-geneva-ryabkov-sherman"
ryrep = "According to Mr. Ryabkov, the American side treated the Russian proposals «seriously», but on the key question — the non-expansion of NATO to the east — the positions of the sides remain opposite."
ryrep2 = "According to him, the Americans expressed readiness to discuss the deployment of intermediate- and shorter-range missiles in Europe and also parameters of exercises, but Moscow does not intend to «split the package into separate pieces»."
shrep = "She added that the US is ready to discuss with Moscow the mutual limitation of the scale of exercises and the deployment of missiles, but only if the situation at the Ukrainian border de-escalates."
moscow = "Among other things, Moscow demands to exclude any further expansion of NATO and to refuse the deployment of strike weapon systems near Russian borders."
grep_ = "Mr. Grushko warned on Sunday that Moscow would not accept a «moratorium» on the expansion of the alliance instead of a legal obligation."
lun1 = "The Americans will not sign anything that closes the door to Ukraine, this is clear to everybody, including in Smolenskaya square"
lun2 = "But on missiles and on exercises a deal is quite realistic, if both sides want it"
L[K] = [
 (ryrep, "sergei-ryabkov", 1, "Mr. Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He underlined that Moscow is not satisfied with promises given orally.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "Mr. Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (ryrep2, "sergei-ryabkov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (ryrep2, "sergei-ryabkov", 1, "him", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Without a solution of the question of non-expansion, everything else is", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("a conversation for the sake of conversation", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("There are no reasons to fear some escalation scenario", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam shut the open-door policy of NATO, which has always been central for the alliance", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 (shrep, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (shrep, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (shrep, "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 (moscow, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (moscow, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("the last chance for the West to listen", "vadim-tsaregorodtsev", 1, "Vadim Tsaregorodtsev", "", "", 1, ""),
 ("If NATO does not return to the configuration of 1997, Russia will draw its own conclusions, including military-technical ones", "vadim-tsaregorodtsev", 1, "the deputy", "rollback-to-1997", "supports", 1, ""),
 (lun1, "pavel-lunin", 1, "Pavel Lunin", "no-ukraine-membership", "mentions", 1, ""),
 (lun2, "pavel-lunin", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (lun2, "pavel-lunin", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (grep_, "alexander-grushko", 1, "Mr. Grushko", "written-legal-guarantees", "supports", 0, "2022-01-09"),
 (grep_, "alexander-grushko", 1, "Mr. Grushko", "nato-non-expansion", "supports", 0, "2022-01-09"),
]

W = "white-house-2022-01-13-psaki-press-briefing"
D = "2022-01-13"
ps3 = "We were clear throughout the week that there are some proposals the Russians put on the table that are simply non-starters, including the idea that NATO would close its door to Ukraine or to any other country that wants to join. That is not something we are going to negotiate."
ps5 = "There are also areas where we think we can make progress — on the placement of intermediate-range missiles in Europe, on reciprocal limits on the size and scope of exercises, on transparency. We've said that publicly, and we said it to the Russians in the room."
ps9 = "No. Whether Ukraine joins NATO is a decision for Ukraine and the 30 NATO Allies. It is not a decision for Russia, and it's not something Russia gets a veto over."
L[W] = [
 ("Hi, everyone. Okay, just one item for you at the top, and then we'll get to your questions.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("As you all know, this has been a week of intensive diplomacy. Deputy Secretary Sherman led our delegation in Geneva on Monday, she was in Brussels yesterday for the NATO-Russia Council, and today our Ambassador Michael Carpenter represented the United States at the OSCE Permanent Council in Vienna.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 (ps3, "jen-psaki", 1, "Psaki", "no-ukraine-membership", "rejects", 1, D),
 (ps3, "jen-psaki", 1, "Psaki", "nato-non-expansion", "rejects", 1, D),
 (ps3, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 ("We do. And we're going to continue to pursue diplomacy as long as it's available. We've heard a lot of different statements from Russian officials this week, some of them contradictory, and we're not going to make policy based on the latest comment at a press conference.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 (ps5, "jen-psaki", 1, "Psaki", "no-intermediate-range-missiles", "mentions", 1, D),
 (ps5, "jen-psaki", 1, "Psaki", "limit-military-exercises", "mentions", 1, D),
 ("But it has to happen in an atmosphere of de-escalation. It's very hard to see progress when you have 100,000 troops amassed on the border of Ukraine.", "jen-psaki", 1, "Psaki", "russia-de-escalation", "supports", 1, D),
 ("We'll be in touch with the Russians on next steps, and I'm not going to get ahead of that process from here.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("I'm not going to respond to bluster in the public domain. If Russia were to move in that direction, we would deal with it decisively.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 (ps9, "jen-psaki", 1, "Psaki", "no-ukraine-membership", "rejects", 1, D),
 (ps9, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 ("And I'd just reiterate what the President has said many times: nothing about Ukraine without Ukraine, nothing about Europe without Europe.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("We're not going to be pulling back forces from our NATO Allies on the Eastern Flank. If anything, if Russia invades, we will reinforce them, and the President has been very clear about that.", "jen-psaki", 1, "Psaki", "rollback-to-1997", "rejects", 1, D),
 ("That's still the case. We don't know that President Putin has made a decision. What we do know is that he has put in place the capacity to take military action on very short notice.", "jen-psaki", 1, "Psaki", "", "", 1, D),
]

E = "err-2022-01-19-liimets-interview-security-guarantees"
D = "2022-01-18"
li2 = "Secondly, that Russia's positions have not changed. Moscow still wants NATO to pull its troops out of the countries that joined after 1997, and for us this is completely unacceptable. Estonia is a full member of the alliance, and there cannot be first-class and second-class allies."
li5 = "Every country has the right to choose its alliances. This was agreed by all OSCE states, including Russia, in Helsinki and in Paris. Estonia itself made this choice thirty years ago, and nobody had the right to forbid it."
li6 = "Russia is also asking that the allies stop all military cooperation with Ukraine — training, exercises, even advisers. We continue to support Ukraine, and we have decided to send Javelin anti-tank missiles there together with our allies."
L[E] = [
 ("First of all, that the allies are united. Before every meeting, the United States consulted us, and after every meeting they informed us. That is very important for a small country.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "", "", 1, D),
 (li2, "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 1, D),
 (li2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("No. The enhanced forward presence is here because of Russia's behaviour since 2014, not the other way round. Nobody in Washington or in Brussels has suggested trading it away, and I have heard that very clearly from Secretary Blinken and from Secretary General Stoltenberg.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 1, D),
 ("We are open to talking about transparency, about notification of exercises, about risk reduction — in the OSCE, in the Vienna Document. That is the right format. But we will not agree that Russia decides how many exercises we hold on our own territory, while it moves tens of thousands of soldiers to the Ukrainian border without any notice.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "limit-military-exercises", "rejects", 1, D),
 (li5, "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-open-door", "supports", 1, D),
 (li5, "eva-maria-liimets", 1, "Eva-Maria Liimets", "no-ukraine-membership", "rejects", 1, D),
 (li6, "eva-maria-liimets", 1, "Eva-Maria Liimets", "no-military-activity-ex-soviet", "rejects", 1, D),
 (li6, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia must de-escalate. It must pull its troops back from the border of Ukraine. Then there can be real dialogue.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "russia-de-escalation", "supports", 1, D),
 ("I am not worried. The principle \"nothing about us without us\" has been respected, and I expect that it will also be respected in the written answers the United States and NATO will give to Moscow.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "", "", 1, D),
]

T = "the-atlantic-2022-02-03-what-putin-asked-for"
pu1 = "It is already clear that our fundamental concerns have been ignored,"
pu2 = "We did not see adequate consideration of our three key demands: that NATO stop expanding, that strike weapons not be stationed near Russia's borders, and that the alliance's military infrastructure in Europe be returned to where it stood in 1997."
usl = "But the U.S. letter, which El País published on Wednesday, also offered talks on missile deployments, on a transparency regime for the Aegis Ashore sites in Romania and Poland, and on the scale of exercises in Europe."
lav = "In a radio interview last Friday he said the main question was still unanswered, and he insisted again that Moscow needed the West's promise of non-expansion in a form lawyers could enforce."
gor = "Ilya Gorelik, a fellow at the Brookings Institution who grew up in Kharkiv, notes that Moscow never proposed limiting its own exercises, only NATO's."
gq1 = "They want a monopoly on military activity in what they call their neighborhood,"
L[T] = []
for ev in (pu1, pu2):
    for dm in ("nato-non-expansion", "no-strike-weapons-near-borders", "rollback-to-1997"):
        L[T].append((ev, "vladimir-putin", 1, "Putin", dm, "supports", 1, "2022-02-01"))
L[T] += [
 ("There will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (usl, "united-states", 0, "the U.S. letter", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (usl, "united-states", 0, "the U.S. letter", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (lav, "sergey-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (lav, "sergey-lavrov", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("If it depends on Russia, there will be no war,", "sergey-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("We don't want wars. But we will not allow our interests to be rudely trampled on or ignored.", "sergey-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("At the UN Security Council on Monday, Ambassador Linda Thomas-Greenfield called on Moscow to pull back the more than 100,000 soldiers it has assembled around Ukraine and return to the negotiating table.", "linda-thomas-greenfield", 1, "Linda Thomas-Greenfield", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("Margaret Oduya, who negotiated arms-control agreements at the State Department for two decades, thinks the missile section of the Russian draft is the most serious thing in it.", "margaret-oduya", 1, "Margaret Oduya", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The intermediate-range-missile piece is real, and frankly it's something Washington should want for its own sake,", "margaret-oduya", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("We lost the INF Treaty in 2019. If the Russians are offering to put something like it back together, we'd be foolish to walk away.", "margaret-oduya", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (gor, "ilya-gorelik", 1, "Ilya Gorelik", "limit-military-exercises", "mentions", 0, ""),
 (gor, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (gq1, "ilya-gorelik", 1, "Gorelik", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (gq1, "russia", 0, "They", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("That's not a security proposal. That's a sphere of influence with a treaty number.", "ilya-gorelik", 1, "Gorelik", "no-military-activity-ex-soviet", "rejects", 1, ""),
]

C = "carnegie-moscow-2021-12-22-ultimatum-diplomacy"
side = "The Russian side wants NATO to renounce any further enlargement, including to Ukraine; to refrain from deploying forces and weapons on the territory of states that joined after May 1997; and to abstain from any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia."
grs = "\"Either they take seriously what we put on the table, or they face a military-technical alternative,\" he said, adding that the alliance must give up its plans to put strike systems in Ukraine and elsewhere close to Russian territory."
tied = "Moscow has tied them to the one demand no NATO government can accept—a formal, permanent closing of the door to Ukraine and Georgia, which would mean rescinding what the allies promised both countries at Bucharest in 2008."
L[C] = [
 ("We need legally binding guarantees, not a moratorium that can be dropped at any moment by a new administration,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("Our Western colleagues like to say that promises were never written down. Now we are writing them down.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 (side, "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, ""),
 (side, "russia", 0, "The Russian side", "no-ukraine-membership", "supports", 0, ""),
 (side, "russia", 0, "The Russian side", "rollback-to-1997", "supports", 0, ""),
 (side, "russia", 0, "The Russian side", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Either they take seriously what we put on the table, or they face a military-technical alternative,", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2021-12-17"),
 (grs, "alexander-grushko", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("If American missile systems appeared in Ukraine, he said, their flight time to Moscow would be seven to ten minutes, and Russia had nowhere further to retreat.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2021-12-21"),
 ("We need long-term, legally binding guarantees,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("Even legal guarantees are not entirely reliable, because the United States easily withdraws from international treaties that have become uninteresting for it. But at least it is something, not just verbal assurances.", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("This is not a menu from which one can pick individual dishes,", "dmitry-peskov", 1, "he", "", "", 1, "2021-12-20"),
 (tied, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (tied, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("the right of each country to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
]

M = "european-council-2022-01-27-michel-statement-european-security"
D = "2022-01-27"
m2 = "Russia's demand that NATO pull back its forces and infrastructure from the Member States that joined the Alliance after 1997 is unacceptable. There are no first- and second-class members of the European Union, and there will be no first- and second-class allies."
m5 = "At the same time, the EU is ready to engage in dialogue. We are ready to discuss arms control, transparency and risk reduction, including limits on military exercises and on the deployment of missiles, in the framework of the OSCE and together with our partners."
two = "The two leaders agreed that Ukraine's path towards the EU and its choice of alliances are a sovereign matter for Ukraine alone."
L[M] = [
 ("The European Union stands united and in full solidarity with Ukraine. We have been closely consulted by our American partners at every stage, and I welcome the coordination between the EU, the United States and NATO over the past weeks.", "charles-michel", 1, "Charles Michel", "", "", 1, D),
 (m2, "charles-michel", 1, "Charles Michel", "rollback-to-1997", "rejects", 1, D),
 (m2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The fundamental principles of European security are not up for negotiation. Every country has the sovereign right to choose its own alliances and its own security arrangements. No third country can have a veto over this.", "charles-michel", 1, "Charles Michel", "nato-open-door", "supports", 1, D),
 ("We will not accept a return to spheres of influence in which Moscow would decide whether its neighbours may cooperate with the EU or with NATO on defence and security.", "charles-michel", 1, "Charles Michel", "no-military-activity-ex-soviet", "rejects", 1, D),
 (m5, "charles-michel", 1, "Charles Michel", "limit-military-exercises", "mentions", 1, D),
 (m5, "charles-michel", 1, "Charles Michel", "no-intermediate-range-missiles", "mentions", 1, D),
 ("I call on Russia to de-escalate, to pull back its troops from the border of Ukraine and to choose the path of diplomacy. Any further military aggression against Ukraine will have massive consequences and severe costs.", "charles-michel", 1, "Charles Michel", "russia-de-escalation", "supports", 1, D),
 (two, "charles-michel", 1, "The two leaders", "nato-open-door", "supports", 0, "2022-01-26"),
 (two, "volodymyr-zelensky", 1, "The two leaders", "nato-open-door", "supports", 0, "2022-01-26"),
]

write_gold(L, "articles-305", "gold-305")
