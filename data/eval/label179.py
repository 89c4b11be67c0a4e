#!/usr/bin/env python3
"""Writes the held-out gold for batch 179 (gold-179/*.nq) from the labels below.

Batch 179 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
January 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy from the Geneva
  talks (front matter, dateline, straight quotes, a quotation split by
  "Sherman told reporters", attribution after the quotation, pronouns, a
  Baker-1990 history paragraph, an invented analyst);
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO's transcript of the
  Secretary General's press conference after the NATO-Russia Council (speaker
  labels, a moderator, journalists' questions that themselves report Russian
  demands, Russia's demands reported inside Stoltenberg's answers);
- bbc-2022-01-13-osce-vienna-live: BBC News live page of the OSCE day (no
  front matter, date in the text, reverse-chronological posts with crossheads,
  curly quotes, two ministers in one sentence, a correspondent's analysis
  quoting an invented former attache);
- interfax-2022-01-27-peskov-lavrov-answers: machine-translated Interfax
  aggregator copy on the reactions to the written answers (UTF-8 BOM, CRLF
  line ends, guillemets followed by "- he said", "According to him", "the
  main question" left unspecified, a day given only for some speakers);
- dw-2022-01-19-vesterholm-interview: DW Q&A with an invented expert (front
  matter, German low-high quotes in the intro, "DW:" questions and
  "Jana Vesterholm:" answers);
- politico-2022-01-05-russia-wish-list-analysis: Politico Europe analysis
  quoting experts and officials (text quoted from the draft treaty and the
  1997 Founding Act, "Despite Moscow's demands that ...", invented analysts);
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written answer (no front matter,
  SECRETARY BLINKEN / MR PRICE / QUESTION labels).

The labels were written by hand, from reading the articles, following these
conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label); journalists'
  questions and the moderator get no label; the interviewee's name is the one
  the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label; reported speech about no demand, or about demands
  left unspecified ("the main question", "security proposals"), gets none;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, recap
  bullets that only repeat unspecified points, and link lines are not
  labelled; statements by unnamed groups ("Western calls", "U.S. officials")
  are left out;
- a demand attributed in passing to Moscow/Russia inside another speaker's
  sentence or answer is also Russia's label (speaker russia, not a person,
  direct 0), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (ASCII); speaker name = the
  words naming the speaker at that point, pronouns as written, titles (Mr,
  Col (retd), Secretary) dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (interviews without a date, "last month").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
LEAD = "The United States on Monday rejected Moscow's demand for a halt to NATO's eastward expansion, as nearly eight hours of talks between U.S. and Russian diplomats in Geneva ended with both sides holding firm but agreeing to keep talking."
MISS = "Asked about the U.S. ideas on missiles, Ryabkov said Moscow wanted a firm ban on deploying intermediate-range missiles within range of each other's territory, but that such an arrangement was of secondary importance compared with a guarantee that NATO would not expand further."
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 (LEAD, "united-states", 0, "The United States", "nato-non-expansion", "rejects", 0, D),
 (LEAD, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("It is hard to see how you could have constructive diplomacy when you have 100,000 troops on the border of Ukraine. The way to prove that Russia is serious is to de-escalate,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Russia's delegation was led by Deputy Foreign Minister Sergei Ryabkov, who told a separate news conference that Moscow needed \"legally binding guarantees\" from Washington, not promises that could be dropped by the next administration.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said the alliance must also formally disavow the promise of eventual membership it made to Kyiv and Tbilisi at its 2008 summit in Bucharest.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("Ryabkov said the Russian side had come to Geneva without preconditions and expected Washington to do the same, but he warned that Moscow would not let the process \"drag on for months\".", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("He dismissed Western calls for Russia to pull back the estimated 100,000 troops it has massed near Ukraine, saying the movement of forces on Russian territory was nobody else's business.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 (MISS, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 (MISS, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("This was a list of maximalist demands, written to be refused, and both sides knew it walking in,", "marguerite-lindqvist", 1, "Marguerite Lindqvist", "", "", 1, ""),
]

D = "2022-01-12"
JS = ("jens-stoltenberg", 1, "Jens Stoltenberg")
ROLL = "Russia's demand that NATO withdraw its forces and infrastructure from the Allies that joined after 1997 is unacceptable. We will not have first- and second-class members in NATO, and we will not give up our ability to protect and defend each other."
BUCH = "Russia also asked us to withdraw the decision we took at the Bucharest Summit in 2008 on Ukraine and Georgia. That decision stands."
OPEN = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. Today, NATO Allies and Russia met in the NATO-Russia Council, for the first time in more than two years. We had a very serious and direct exchange. It was not an easy discussion, but that is exactly why this meeting was so important.", *JS, "", "", 1, D),
 (OPEN, *JS, "nato-open-door", "supports", 1, D),
 (OPEN, *JS, "no-ukraine-membership", "rejects", 1, D),
 (ROLL, *JS, "rollback-to-1997", "rejects", 1, D),
 (ROLL, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (BUCH, *JS, "rescind-bucharest-2008", "rejects", 1, D),
 (BUCH, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("At the same time, Allies are ready to meet again and to engage in dialogue on arms control, on transparency and risk reduction, and on the issues of concern to all of us. These are areas where we can make progress that benefits the security of all of us.", *JS, "", "", 1, D),
 ("I proposed that we re-establish our respective offices in Moscow and in Brussels, and that we make full use of our military lines of communication to avoid incidents and accidents. Russia was not in a position to agree to a schedule for further meetings.", *JS, "resume-military-dialogue", "supports", 1, D),
 ("Russia must de-escalate. We call on Russia to withdraw its forces from around Ukraine's borders and to choose the path of diplomacy.", *JS, "russia-de-escalation", "supports", 1, D),
 ("The Russian side listened to what we had to say, and they presented their proposals once again. I will not go into the details of what Deputy Minister Grushko said in the room; he will speak for himself.", *JS, "", "", 1, D),
 ("But let me be clear: NATO's partnership with Ukraine and with Georgia is a matter for NATO and for those two countries. Our support, our training, our exercises with partners, that is not something we will negotiate with Russia.", *JS, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("NATO exercises are defensive, they are transparent and they are announced in advance. We will not scale down our exercises in the eastern part of the Alliance. It is Russia that holds large snap exercises without notice, as we have seen many times in recent years.", *JS, "limit-military-exercises", "rejects", 1, D),
 ("We did not negotiate any text today. Allies will now consult among themselves, and we will be ready to put our proposals on paper in the coming days. I think that is the right way to move forward.", *JS, "", "", 1, D),
]

D = "2022-01-13"
KUL = "He said Kyiv’s ambition to join Nato was “not a bargaining chip”, and described Russia’s demand that Nato take back its 2008 promise of membership to Ukraine and Georgia as “a fantasy from another era”."
BALT = "Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs, speaking together in Vilnius earlier today, both said Russia must pull its troops back from Ukraine’s border before there could be any serious negotiation on European security."
L["bbc-2022-01-13-osce-vienna-live"] = [
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("any proposal that limits the sovereign right of countries to choose their own alliances", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("No decision about Ukraine will be taken without Ukraine, and every one of our partners has confirmed this to us,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 (KUL, "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 (KUL, "dmytro-kuleba", 1, "He", "rescind-bucharest-2008", "rejects", 0, D),
 (KUL, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (BALT, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 0, D),
 (BALT, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 0, D),
 (BALT, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "russia-de-escalation", "supports", 0, D),
 (BALT, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "no-preconditions", "rejects", 0, D),
 ("We in the Baltic states hear this language from Moscow and we know exactly what it means,", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("Mr Lukashevich said Nato had to stop its military activity in Ukraine, Georgia and other former Soviet republics that are not members of the alliance.", "alexander-lukashevich", 1, "Lukashevich", "no-military-activity-ex-soviet", "supports", 0, D),
 ("There is a dead end, or a difference of approaches, on the key issues,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("Without a guarantee that Nato will not expand any further, there is nothing for us to discuss.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("The deputy minister also said the US and its allies must keep their warships and bombers out of areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "The deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Limiting exercises near the border is one of the few Russian ideas the West can actually work with, because it cuts both ways,", "graham-whitlock", 1, "Graham Whitlock", "limit-military-exercises", "supports", 1, ""),
]

D = "2022-01-27"
LAV = "The main question is our clear position about the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which can threaten the territory of the Russian Federation"
GRU = "The deputy minister of foreign affairs Alexander Grushko in an interview to the newspaper «Izvestia» declared that Russia insists on the reduction of the scale of military exercises near the line of contact of Russia and NATO and on an agreed maximum distance of approach for warships and military aircraft."
L["interfax-2022-01-27-peskov-lavrov-answers"] = [
 ("There is little basis for optimism. But there is always a prospect for continuation of the dialogue, it is in the interests both of us and of the Americans", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("According to him, the Russian side expects exactly legally obligating guarantees, and not political declarations, which can be forgotten at any moment.", "dmitry-peskov", 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("It is obvious that non-enlargement of NATO to the east is the key for us, and on this question we did not see an answer which would satisfy us", "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The movement of our armed forces on our own territory is not the business of anybody else", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 (LAV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LAV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Lavrov also declared that the principle of «open doors» of NATO cannot stand above the principle of indivisibility of security, which all OSCE states signed in Istanbul in 1999 and in Astana in 2010.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("NATO must return its military infrastructure to the positions of the year 1997, when the Founding Act Russia-NATO was signed. This is for us the test of the seriousness of the answers", "maria-zakharova", 1, "Zakharova", "rollback-to-1997", "supports", 1, "2022-01-26"),
 (GRU, "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, ""),
 (GRU, "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("About the restoration of military contacts with NATO there is no sense to speak, while the alliance considers us as an adversary", "alexander-grushko", 1, "the diplomat", "resume-military-dialogue", "rejects", 1, ""),
 ("There are no surprises for Ukraine in it, and nothing was decided behind our back", "dmytro-kuleba", 1, "he", "", "", 1, D),
]

JV = ("jana-vesterholm", 1, "Jana Vesterholm")
A1 = "Not necessarily. The Russian package is maximalist: a promise that NATO will never take in another member, and that Ukraine and Georgia will never join. Nobody in Washington or Brussels is going to sign that, and the Russians know it."
A4 = "I would not make it a precondition. Talking without preconditions is in our interest too, because we want transparency about what Russian forces are doing. Washington's position is that a pull-back has to come first; I understand that, but it may simply freeze the process."
L["dw-2022-01-19-vesterholm-interview"] = [
 ("an ultimatum dressed up as a treaty", "jana-vesterholm", 1, "She", "", "", 1, ""),
 (A1, *JV, "nato-non-expansion", "mentions", 1, ""),
 (A1, *JV, "no-ukraine-membership", "mentions", 1, ""),
 ("But the package also contains things the West can work with. When the Americans say they are ready to talk about where intermediate-range missiles may be deployed, that is a real offer. It echoes the INF Treaty, which both sides once valued.", *JV, "no-intermediate-range-missiles", "mentions", 1, ""),
 ("That one is dead on arrival, and rightly so. It would turn Poland, the Baltic states and Romania into second-class allies. No alliance can accept that, and I don't think it should be on the table at all.", *JV, "rollback-to-1997", "rejects", 1, ""),
 ("Here the picture is more complicated than the public statements suggest. Nobody is planning NATO bases in Ukraine. Whether Western instructors keep training Ukrainian soldiers is being discussed quietly in some capitals, but publicly no one will give it up while Russian troops stand at the border.", *JV, "no-military-activity-ex-soviet", "mentions", 1, ""),
 (A4, *JV, "no-preconditions", "supports", 1, ""),
 (A4, *JV, "russia-de-escalation", "mentions", 1, ""),
 ("Military-to-military channels. Since Russia closed its mission to NATO in October, generals on both sides have had no regular line to each other. Restoring that dialogue costs nothing and reduces the risk of an accident over the Baltic or the Black Sea.", *JV, "resume-military-dialogue", "supports", 1, ""),
 ("That is much harder to write down, because international waters and airspace are open to everyone. I expect Washington to answer that it will keep sailing and flying wherever international law allows, and to offer rules against dangerous incidents instead.", *JV, "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("A legally binding treaty of the kind now on the table is a non-starter. No US Senate would ratify such a text. What is realistic is a set of political commitments and, later perhaps, a proper arms control agreement.", *JV, "written-legal-guarantees", "rejects", 1, ""),
]

PUT = "We have made it clear that any further movement of NATO to the east is unacceptable. Is there anything unclear about that? Are we deploying missiles near the U.S. border? No. It is the United States that has come to our home with its missiles, and it is already standing at our doorstep,"
ANA = "Despite Moscow’s demands that the West end all military cooperation with Ukraine, Canadian Defense Minister Anita Anand said on Tuesday that Canada’s training mission in the country, Operation Unifier, would continue."
L["politico-2022-01-05-russia-wish-list-analysis"] = [
 (PUT, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 (PUT, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Taken literally, the 1997 clause would mean pulling the four battlegroups out of the Baltic states and Poland, and closing the missile defense site in Romania,", "anders-fjellstrom", 1, "Anders Fjellström", "rollback-to-1997", "mentions", 1, ""),
 ("Fjellström said the demand to rescind the 2008 Bucharest promise that Ukraine and Georgia “will become members” was largely symbolic, since neither country has been offered a membership action plan.", "anders-fjellstrom", 1, "Fjellström", "rescind-bucharest-2008", "mentions", 0, ""),
 ("A zone without intermediate-range missiles that leaves Russia's Iskanders in Kaliningrad pointing at Warsaw is not arms control, it is the disarmament of one side,", "halina-wrzesinska", 1, "Halina Wrzesińska", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("an arrangement in which Moscow decides which weapons can stand on Polish soil", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 1, ""),
 (ANA, "anita-anand", 1, "Anita Anand", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-04"),
 (ANA, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("There is no way a legally binding treaty on these terms gets 67 votes in the Senate, and there is no reason to try,", "robert-kessling", 1, "Robert Kessling", "written-legal-guarantees", "rejects", 1, ""),
 ("The Russians have not said yes or no to restoring military contacts with NATO. That tells you something about their priorities,", "robert-kessling", 1, "Kessling", "resume-military-dialogue", "mentions", 1, ""),
 ("the first thing the Russians attack and the last thing Washington gives up", "robert-kessling", 1, "He", "nato-open-door", "mentions", 1, ""),
]

D = "2022-01-26"
AB = ("antony-blinken", 1, "Blinken")
P4 = "We address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We also address the possibility of conditions-based reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and their launchers in Ukraine."
P5 = "We will not agree to a freeze on NATO enlargement, and we will not tell Ukraine or Georgia that they can never become members of the Alliance. There is no change; there will be no change."
Q2 = "Russia has said it wants talks without preconditions, and we are having those talks. But it is very hard to make real progress while Russia keeps a gun to Ukraine's head, and the clearest sign that Moscow is serious would be to pull those forces back."
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short while ago, our ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. NATO is delivering its own response in parallel, and the two reinforce each other.", *AB, "", "", 1, D),
 ("The document we've delivered sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns, a principled and pragmatic evaluation of the concerns Russia has raised, and our own proposals for areas where we may be able to find common ground.", *AB, "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", *AB, "nato-open-door", "supports", 1, D),
 (P4, *AB, "limit-military-exercises", "mentions", 1, D),
 (P4, *AB, "no-strike-weapons-near-borders", "mentions", 1, D),
 (P5, *AB, "nato-non-expansion", "rejects", 1, D),
 (P5, *AB, "no-ukraine-membership", "rejects", 1, D),
 ("We did not make the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We will see what Russia has to say in the coming days.", *AB, "", "", 1, D),
 ("What we have given is a written response, not a draft treaty. If we make progress, some of these ideas could eventually be turned into agreements, including legally binding ones on arms control, and we've said so to our Russian counterparts.", *AB, "written-legal-guarantees", "mentions", 1, D),
 ("As for the idea that NATO should withdraw its forces from Allies that joined after 1997, we've made clear that is not going to happen. Our commitment to Article 5 is ironclad, and the forces we have in Poland and the Baltic states are there precisely because of Russia's actions in Ukraine since 2014.", *AB, "rollback-to-1997", "rejects", 1, D),
 ("Our ships and our aircraft will continue to sail and fly wherever international law allows, including in the Black Sea. What we have proposed is greater transparency and better rules to prevent incidents at sea and in the air.", *AB, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 (Q2, *AB, "no-preconditions", "mentions", 1, D),
 (Q2, *AB, "russia-de-escalation", "supports", 1, D),
 (Q2, "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("We have been in close touch with our Ukrainian partners throughout. Nothing in this document was written without their input, and President Zelensky saw it before we delivered it.", *AB, "", "", 1, D),
]

write_gold(L, "articles-179", "gold-179")
