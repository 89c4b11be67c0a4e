#!/usr/bin/env python3
"""Writes the held-out gold for batch 168 (gold-168/*.nq) from the labels below.

Batch 168 was written and labelled by hand before the extractor ever ran on
it, by a writer who saw neither the extractor nor its lexicon nor any other
batch. It imitates the mainstream coverage most readers saw of the December
2021 - January 2022 crisis over Russia's demands for "security guarantees":

- ap-2021-12-17-russia-draft-security-pacts: AP wire copy, no front matter
  (byline date in the text), curly quotes, a quotation split by "Ryabkov
  said", a split analyst quote, quotations from the draft documents and the
  Baker 1990 background (neither labelled).
- mid-2022-01-10-ryabkov-geneva-briefing: Russian Foreign Ministry transcript
  of Ryabkov's Geneva press conference, front matter, speaker labels
  ("Sergey Ryabkov:", "Question (Outlet):"), answers running over several
  paragraphs without a label.
- aljazeera-2022-01-12-nato-russia-council-live: Al Jazeera English live
  blog of the NATO-Russia Council, front matter, timestamped entries with
  crossheads, standfirst bullets, single curly quotes in headings, a demand
  attributed in passing to Moscow inside Kirby's sentence.
- nbc-2022-01-27-blinken-interview: NBC News interview transcript with
  Blinken, no front matter, upper-case speaker labels ("SECRETARY OF STATE
  ANTONY BLINKEN:", then "SEC. BLINKEN:"), demands named in the
  interviewer's questions (not labelled).
- kommersant-2022-01-28-grushko-answers: Kommersant, machine-translated,
  UTF-8 BOM and CRLF line ends, front matter, « » quotes with the Russian
  «...», — declared X construction, a dash-style Q/A interview with Grushko
  in which questions and answers both start with a dash (questions end
  with "?").
- spiegel-2022-01-21-what-putin-wants: DER SPIEGEL International analysis,
  front matter, German „ “ quotes next to curly ones, invented experts,
  a history section (Baker 1990, the 1997 Founding Act, Bucharest 2008)
  with quoted document words (not labelled), reported speech with the
  attribution in mid-sentence, relative days (Tuesday, Wednesday).
- interfaxua-2022-01-27-kuleba-us-response: Interfax-Ukraine wire, no front
  matter (date line "27.01.2022 14:22"), straight quotes, role names
  ("the minister"), pronouns, demands attributed in passing to Moscow /
  Russia inside Kuleba's and Price's sentences, Bucharest 2008 as
  background (not labelled) next to a labelled mention of the demand to
  revoke it.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's
  sentence ("despite Moscow's demands that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2021-12-17"
L["ap-2021-12-17-russia-draft-security-pacts"] = [
 ("The situation has reached a dangerous point. We need firm, legally binding guarantees, not promises that can be taken back tomorrow,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("He insisted that NATO must give up any military activity in Ukraine, the South Caucasus and Central Asia, and said the alliance’s pledge at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members “must be disavowed.”", "sergei-ryabkov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("He insisted that NATO must give up any military activity in Ukraine, the South Caucasus and Central Asia, and said the alliance’s pledge at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members “must be disavowed.”", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("We are not asking for anything exotic,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("NATO members would not deploy intermediate-range missiles in places from which they can hit the territory of the other side, and neither would we.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("Kremlin spokesman Dmitry Peskov said Friday that Russia was ready to sit down with the Americans without any preconditions and expected the same approach from Washington.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, D),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("we will not compromise on the key principles on which European security is built, including that all countries have the right to decide their own future and foreign policy free from outside interference.", "jen-psaki", 1, "She", "nato-open-door", "supports", 1, D),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said Friday that Russia’s proposals amounted to an attempt to decide Ukraine’s fate over its head, and that Kyiv would not accept any deal that limited its defense cooperation with Western partners.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("In effect, the drafts ask NATO to go back to where it stood in 1997 and to turn the whole post-Soviet space into a zone where only Russia has a say,", "tatyana-vorobyova-hale", 1, "Tatyana Vorobyova-Hale", "rollback-to-1997", "mentions", 1, ""),
 ("In effect, the drafts ask NATO to go back to where it stood in 1997 and to turn the whole post-Soviet space into a zone where only Russia has a say,", "tatyana-vorobyova-hale", 1, "Tatyana Vorobyova-Hale", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Nobody in Brussels thinks that is a serious starting point.", "tatyana-vorobyova-hale", 1, "Tatyana Vorobyova-Hale", "", "", 1, ""),
 ("Moscow now gets to say it offered diplomacy and the West said no,", "mark-delacroix", 1, "he", "", "", 1, ""),
]

D = "2022-01-10"
R = ("sergei-ryabkov", 1, "Sergey Ryabkov")
P1 = "Good evening, colleagues. We have just completed a long, difficult, very professional conversation with the US delegation headed by Deputy Secretary of State Wendy Sherman. It lasted almost eight hours, with a short break."
P2 = "I explained to our American colleagues that for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees."
P3 = "The Americans told us they are prepared to discuss intermediate-range missiles and the scale of military exercises on a reciprocal basis. We do not refuse such a dialogue, but only as part of a package. Without progress on the non-enlargement of NATO there will be no progress on the rest."
P4 = "They did raise it, and I will tell you frankly what I told them. We move our forces on our own territory as we see fit. There is no reason to fear an escalation, and we are not going to withdraw anyone under pressure."
P5 = "This so-called open-door policy is not a sacred cow for us. Nobody has an inherent right to join the alliance, and the principle of indivisible security says that no state may strengthen its security at the expense of others."
P6 = "I repeat: we insist that NATO return to the configuration of 1997, when the Founding Act was signed. The forces and the infrastructure that have appeared on the territory of the new members since then must be withdrawn."
P7 = "Yes, we drew attention to this. American strategic bombers fly along our borders, warships come into the Black Sea with increasing regularity. All this must stop. They should stay out of the areas from which they can strike Russian territory."
P8 = "Equally, we cannot accept the deployment of offensive strike systems in the countries that border Russia. This is a red line for us, and the Americans have heard it."
P9 = "I cannot say yet. Everything depends on how the meetings in Brussels and in Vienna go this week. I would not like to make any predictions."
P10 = "We came to Geneva without preconditions and we expect the same from our partners. Attempts to talk to us in the language of ultimatums and sanctions will lead nowhere."
P11 = "The leadership will be informed in the established order. Thank you."
L["mid-2022-01-10-ryabkov-geneva-briefing"] = [
 (P1, *R, "", "", 1, D),
 (P2, *R, "no-ukraine-membership", "supports", 1, D),
 (P2, *R, "written-legal-guarantees", "supports", 1, D),
 (P3, *R, "no-intermediate-range-missiles", "mentions", 1, D),
 (P3, *R, "limit-military-exercises", "mentions", 1, D),
 (P3, *R, "nato-non-expansion", "supports", 1, D),
 (P4, *R, "russia-de-escalation", "rejects", 1, D),
 (P5, *R, "nato-open-door", "rejects", 1, D),
 (P6, *R, "rollback-to-1997", "supports", 1, D),
 (P7, *R, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (P8, *R, "no-strike-weapons-near-borders", "supports", 1, D),
 (P9, *R, "", "", 1, D),
 (P10, *R, "no-preconditions", "supports", 1, D),
 (P11, *R, "", "", 1, D),
]

D = "2022-01-12"
S1 = "He said NATO had proposed a series of meetings on arms control, including on missile deployments and on transparency and risk reduction around military exercises, and had called on Moscow to reopen the two sides’ missions in Brussels and Moscow and to restore military lines of communication."
S2 = "Allies will not compromise on the right of each nation to choose its own path, and Russia does not have a veto over whether Ukraine can become a NATO member,"
G = "NATO must stop the drills near our borders and pull back its warships and aircraft from the areas where they threaten us. Otherwise the risk of incidents will only grow,"
LI = "We cannot have talks that make progress while Russian troops stand at Ukraine’s border. De-escalation has to come first,"
K = "Pentagon press secretary John Kirby said on Tuesday that the US Navy would continue to sail and fly wherever international law allows, including in the Black Sea, despite Moscow’s demand that American warships and aircraft stay away from its shores."
LQ = "Moscow is asking for a signed promise that Ukraine will never join, and everyone at that table knows it will not get one,"
L["aljazeera-2022-01-12-nato-russia-council-live"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (S1, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (S1, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (S1, "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 (S2, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (S2, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (G, "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 1, D),
 (G, "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("It is Russia that has escalated this crisis, and it is on Russia to de-escalate, to pull its troops back and to give diplomacy a chance,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 (LI, "eva-maria-liimets", 1, "Liimets", "russia-de-escalation", "supports", 1, D),
 (LI, "eva-maria-liimets", 1, "Liimets", "no-preconditions", "rejects", 1, D),
 (K, "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-11"),
 (K, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (LQ, "rasmus-lindqvist", 1, "he", "no-ukraine-membership", "mentions", 1, D),
 (LQ, "rasmus-lindqvist", 1, "he", "written-legal-guarantees", "mentions", 1, D),
 ("Kremlin spokesman Dmitry Peskov told reporters in Moscow earlier on Wednesday that Russia was not setting “any deadlines” but expected concrete results, and that Moscow would not be content with “oral assurances” from the West.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 ("There can be no decisions about Ukraine without Ukraine, and our partners have confirmed this to us again,", "oleg-nikolenko", 1, "Nikolenko", "", "", 1, D),
]

D = "2022-01-27"
A = ("antony-blinken", 1, "ANTONY BLINKEN")
B = ("antony-blinken", 1, "BLINKEN")
N1 = "What we put on paper is a serious diplomatic path, if Russia chooses to take it. We set out areas where we think we can make progress together: reciprocal transparency measures on military exercises, reciprocal commitments on the placement of offensive missile systems in Ukraine, and arms control on intermediate-range missiles in Europe."
N2 = "We've also said we're ready to talk about what happens when ships and planes come too close to each other, in the Black Sea and elsewhere. Those incidents are dangerous for everyone."
N3 = "We made clear that there are core principles we are committed to uphold, including the right of every country to choose its own security arrangements and alliances. NATO's door is open, it remains open, and that includes Ukraine."
N4 = "That's a non-starter. Allies are not going to withdraw forces from their own territory because Russia asks them to. If anything, what Russia has done in the last few months has led us to reinforce the eastern flank."
N5 = "There is no change, and there will be no change, in our position on a legally binding ban on NATO enlargement. We are not going to sign a treaty that shuts the alliance's door."
L["nbc-2022-01-27-blinken-interview"] = [
 (N1, *A, "limit-military-exercises", "mentions", 1, D),
 (N1, *A, "no-strike-weapons-near-borders", "mentions", 1, D),
 (N1, *A, "no-intermediate-range-missiles", "mentions", 1, D),
 (N2, *A, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (N3, *B, "nato-open-door", "supports", 1, D),
 (N3, *B, "no-ukraine-membership", "rejects", 1, D),
 (N4, *B, "rollback-to-1997", "rejects", 1, D),
 (N5, *B, "nato-non-expansion", "rejects", 1, D),
 (N5, *B, "written-legal-guarantees", "rejects", 1, D),
 ("The Bucharest declaration stands, and nobody in the alliance is going to rewrite or revoke it.", *B, "rescind-bucharest-2008", "rejects", 1, D),
 ("The best thing Russia can do right now is to de-escalate, to pull those forces back. It's very hard to make real progress on diplomacy with a gun pointed at Ukraine's head.", *B, "russia-de-escalation", "supports", 1, D),
 ("We have also proposed reopening channels between our militaries, including on risk reduction, so that an accident doesn't turn into a crisis.", *B, "resume-military-dialogue", "supports", 1, D),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had time to read the document carefully and respond.", *B, "", "", 1, D),
 ("We think diplomacy has the best chance to succeed if we give it some space. Our allies and Ukraine have seen the text, and nothing in it will surprise them.", *B, "", "", 1, D),
 ("Then we will respond swiftly, severely and in a united way with our allies. President Biden has been very clear about that.", *B, "", "", 1, D),
]

D = "2022-01-27"
GR = ("alexander-grushko", 1, "Alexander Grushko")
K4 = "For us the non-admission of Ukraine into NATO is the question of the national security. The alliance must refuse from any military development of the territory of Ukraine, including the deliveries of weapons and the sending of the instructors."
L["kommersant-2022-01-28-grushko-answers"] = [
 ("There is no positive reaction in this document on the main question — our clear position on the inadmissibility of the further expansion of NATO to the east", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, D),
 ("the hope for the beginning of the serious conversation", "sergei-lavrov", 1, "him", "", "", 1, D),
 ("At the same press conference Mr. Lavrov noted that the Americans proposed to restore the contacts between the military, but stressed that it does not replace the answer on the key questions.", "sergei-lavrov", 1, "Lavrov", "resume-military-dialogue", "mentions", 0, D),
 ("it is not necessary to hurry with the conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("We have studied the document attentively. It is written in the spirit of the cold war, and there is practically nothing in it about our proposals. The alliance again repeats the mantra about the «open doors», which for us is unacceptable.", *GR, "nato-open-door", "rejects", 1, ""),
 ("We do not see the sense in this while the alliance considers Russia as the adversary and builds up the forces on our borders. The military contacts were cut off not by us.", *GR, "resume-military-dialogue", "rejects", 1, ""),
 ("This is the key element of our proposals. The return to the configuration of 1997 is the minimum necessary for the restoration of the military security in Europe, and we will insist on it.", *GR, "rollback-to-1997", "supports", 1, ""),
 (K4, *GR, "no-ukraine-membership", "supports", 1, ""),
 (K4, *GR, "no-military-activity-ex-soviet", "supports", 1, ""),
 ("There is some movement about the incidents at the sea and in the air, but this is not what we asked. We asked that the American warships and the strategic bombers do not come into the zones from which they can strike at the Russian territory.", *GR, "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("In words the alliance speaks about the dialogue, but in deeds it does the opposite. We judge by the deeds, not by the words.", *GR, "", "", 1, ""),
 ("The president will decide. Our analysis will be reported to him, and then the Russian reaction will be formulated.", *GR, "", "", 1, ""),
]

KA = "Moscow wants NATO to stop where it is, and it wants no Western soldier or military instructor ever to set foot in a former Soviet republic again"
L["spiegel-2022-01-21-what-putin-wants"] = [
 ("We are ready for a serious dialogue, but the principle that every country decides freely on its alliances is not negotiable", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 ("Our proposals are a package, not a menu from which one can pick the dishes one likes,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-18"),
 (KA, "friederike-kallmann", 1, "Friederike Kallmann", "nato-non-expansion", "mentions", 1, ""),
 (KA, "friederike-kallmann", 1, "Friederike Kallmann", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("A reciprocal ban on intermediate-range missiles in Europe would be in Germany's interest, too. That is where the West should engage.", "friederike-kallmann", 1, "Kallmann", "no-intermediate-range-missiles", "supports", 1, ""),
 ("For the Kremlin, the written form is the whole point. Verbal promises, as Moscow sees it, were given in 1990 and broken,", "dmitri-voskresensky", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Both sides have put NATO's open door at the center of the dispute, and that is exactly why neither of them can move,", "dmitri-voskresensky", 1, "Voskresensky", "nato-open-door", "mentions", 1, ""),
 ("Poland alone will decide whether American strike weapons or other offensive systems are stationed on its territory, Deputy Foreign Minister Marcin Przydacz told DER SPIEGEL, and no list from Moscow will change that.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, ""),
 ("We are not going to cancel a single exercise on our own soil, and we will not ask our allies to cancel theirs,", "arvydas-anusauskas", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-19"),
 ("His Latvian counterpart, Artis Pabriks, dismissed a Europe-wide ban on intermediate-range missiles as “a trap,” arguing that Russia had already deployed such weapons in Kaliningrad and would not give them up.", "artis-pabriks", 1, "Artis Pabriks", "no-intermediate-range-missiles", "rejects", 0, ""),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
]

D = "2022-01-27"
IK = "Nobody will decide for Ukraine whether it joins NATO. The door remains open, and this is written in the response,"
IB = "According to Kuleba, the U.S. response did not address Moscow's demand that NATO revoke the 2008 Bucharest summit decision on the future membership of Ukraine and Georgia."
IP = "U.S. State Department spokesman Ned Price said at a briefing in Washington on Wednesday that Russia had asked for further talks \"without preconditions\" and that the United States would decide on the next steps after consulting its allies and Ukraine."
L["interfaxua-2022-01-27-kuleba-us-response"] = [
 ("Ukraine has seen the American response before it was delivered, and we have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (IK, "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 (IK, "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 (IB, "dmytro-kuleba", 1, "Kuleba", "rescind-bucharest-2008", "mentions", 0, D),
 (IB, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("are our sovereign business and not a subject for bargaining with the Kremlin.", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("We are strong enough to keep everything under control and to derail any attempts at destabilization,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
 (IP, "ned-price", 1, "Ned Price", "no-preconditions", "mentions", 0, "2022-01-26"),
 (IP, "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("It cannot be said that our concerns were taken into account, including on strike weapons near our borders,", "dmitry-peskov", 1, "Dmitry Peskov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Asked at the same briefing about Western calls to pull Russian troops back from the Ukrainian border, Peskov said the issue \"had been discussed\" and declined to comment further.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "mentions", 0, D),
 ("The Normandy format is alive, and we will use it to the maximum,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("We are preparing for every scenario, and we are doing it calmly and without panic,", "olha-stefanishyna", 1, "she", "", "", 1, D),
]

write_gold(L, "articles-168", "gold-168")
