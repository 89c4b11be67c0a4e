#!/usr/bin/env python3
"""Writes the 78th held-out gold (gold-78/*.nq) from the labels below.

Batch 78 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers saw, December 2021 - January 2022:

- reuters-2021-12-17-russia-security-demands: Reuters wire copy on the
  publication of the draft treaties, with front matter, straight quotes, a
  quotation split by "he told reporters", words quoted from the drafts,
  history (Bucharest 2008, 1990) and an unnamed diplomat;
- kremlin-2021-12-23-putin-annual-news-conference: Kremlin transcript (front
  matter), speaker labels, the moderator (Peskov) and journalists' questions;
- bbc-2021-12-31-biden-putin-call: BBC News report without front matter (date
  in the text), headline, standfirst, image caption, crossheads, a
  related-topics link line; the Biden-Putin call of 30 December, Putin's
  remarks of 21 and 23 December, an invented analyst, two speakers in one
  sentence;
- state-2022-01-10-sherman-geneva-briefing: State Department teleconference
  transcript after Geneva, without front matter, moderator and operator,
  upper-case speaker labels;
- tass-2022-01-13-ryabkov-grushko-dead-end: TASS-style machine-translated
  copy with a UTF-8 BOM and CRLF line ends, no front matter, « » quotes;
  NATO-Russia Council (12 Jan), OSCE (13 Jan), Ryabkov on RTVI;
- guardian-2022-01-26-russia-ukraine-live: Guardian live blog on the written
  answers (front matter, curly quotes, timestamps, summary, photo caption,
  "Read more" line, a senior EU official);
- dw-2022-01-28-vollmer-interview-us-answers: DW Q&A interview (front matter)
  with an invented analyst, answers introduced by a dash, „ “ quotes,
  Lavrov's and Zelensky's reactions.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In transcripts and Q&A interviews each
paragraph of an answer is one direct quotation (without the dash or the
speaker label); questions and the moderator get no label; the speaker name is
the one the speaker label gives (Q&A with dashes: the intro). Reported speech:
the whole sentence (dateline excluded), direct 0. Stance by the speaker's own
position; "mentions" when the speaker only reports a demand, asks about it or
offers to discuss it. Every direct quotation of six or more words about none
of the demands gets one demand-less label; reported speech about no demand or
about unspecified ones ("the main issue", "key principles") gets none.
History, words quoted from documents, headlines, standfirsts, crossheads,
captions and link lines are not labelled, nor are unnamed speakers with no
identifiable actor. A demand attributed in passing to Moscow inside another
speaker's sentence is also Russia's label (speaker russia, direct 0,
undated unless a day is given). A senior EU official is european-union.
Speaker name: the words naming the speaker at that point, pronouns as
written, titles dropped. Dates: the day the words were said, resolved
against the publication date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2021-12-17-russia-security-demands"] = [
 ("Russia on Friday demanded that NATO halt all military activity in Ukraine, eastern Europe, the Caucasus and Central Asia, setting out a sweeping list of security conditions that Western governments have long said are off the table.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Deputy Foreign Minister Sergei Ryabkov, who presented the drafts to reporters on Friday, said Moscow wanted negotiations to start immediately, possibly as soon as Saturday in Geneva, and that they should not be tied to any preconditions.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("We need legally binding guarantees, not promises made on a handshake that can be forgotten as soon as the political winds change,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The NATO line on open doors is for us absolutely unacceptable,", "sergei-ryabkov", 1, "he", "nato-open-door", "rejects", 1, "2021-12-17"),
 ("and we are not going to accept explanations that every country is free to choose.", "sergei-ryabkov", 1, "he", "nato-open-door", "rejects", 1, "2021-12-17"),
 ("He added that the decision of NATO's 2008 Bucharest summit, which said Ukraine and Georgia would one day become members, had to be formally disavowed.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("We are ready to go to Geneva tomorrow. The ball is in their court,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2021-12-17"),
 ("with our European allies and partners", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2021-12-17"),
 ("it is only Ukraine and the 30 NATO allies that decide when Ukraine is ready to join NATO", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("it is only Ukraine and the 30 NATO allies that decide when Ukraine is ready to join NATO", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("Ukraine's Foreign Minister Dmytro Kuleba on Friday called Moscow's demand for an end to Western military cooperation with Kyiv \"a non-starter\" and said Ukraine would keep working with its partners on defence.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("Ukraine's Foreign Minister Dmytro Kuleba on Friday called Moscow's demand for an end to Western military cooperation with Kyiv \"a non-starter\" and said Ukraine would keep working with its partners on defence.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia's diplomacy by ultimatum will not work with us, and it will not work with our partners,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2021-12-17"),
 ("These are not proposals meant to be accepted,", "hanna-lindqvist", 1, "Hanna Lindqvist", "", "", 1, ""),
 ("Pulling NATO troops out of Poland and the Baltic states, or promising that Ukraine will never join, is not something any American president can sign, and everyone in the Kremlin knows it.", "hanna-lindqvist", 1, "Hanna Lindqvist", "rollback-to-1997", "mentions", 1, ""),
 ("Pulling NATO troops out of Poland and the Baltic states, or promising that Ukraine will never join, is not something any American president can sign, and everyone in the Kremlin knows it.", "hanna-lindqvist", 1, "Hanna Lindqvist", "no-ukraine-membership", "mentions", 1, ""),
]
P = ("vladimir-putin", 1, "Vladimir Putin")
D = "2021-12-23"
L["kremlin-2021-12-23-putin-annual-news-conference"] = [
 ("You want a guarantee from me? It is you who must give us guarantees, and you must give them to us immediately, now, and not drag it out for decades. We have made it clear that any further movement of NATO to the east is unacceptable. What is unclear about that?", *P, "nato-non-expansion", "supports", 1, D),
 ("Are we deploying our missiles near the borders of the United States? No, we are not. It is the United States that has come to our home with its missiles, and it is already standing at our doorstep. Is it asking too much to demand that no strike systems be deployed near our home?", *P, "no-strike-weapons-near-borders", "supports", 1, D),
 ("How would the Americans react if we deployed missiles on the border between Canada and the United States, or between Mexico and the United States? That is why we have proposed that neither side place intermediate- and shorter-range missiles where they can reach the other's territory.", *P, "no-intermediate-range-missiles", "supports", 1, D),
 ("In the early 1990s we were told that NATO would not move an inch to the east. They cheated us, vulgarly cheated us. There were five waves of NATO expansion, one after another, and each time we were told it was not directed against us.", *P, "", "", 1, D),
 ("The talks will begin in Geneva early next year, our American partners have told us they are ready to start this work. We see a positive reaction so far.", *P, "", "", 1, D),
 ("But we must receive legally binding guarantees. Verbal assurances are not enough, because we know what they are worth: we have been given such assurances before, and they were forgotten the very next day.", *P, "written-legal-guarantees", "supports", 1, D),
 ("What we want is simple. Ukraine must not be admitted to NATO, and the decision taken in Bucharest in 2008 that Ukraine and Georgia would become members must be revoked. This is not an ultimatum; this is a question of our security.", *P, "no-ukraine-membership", "supports", 1, D),
 ("What we want is simple. Ukraine must not be admitted to NATO, and the decision taken in Bucharest in 2008 that Ukraine and Georgia would become members must be revoked. This is not an ultimatum; this is a question of our security.", *P, "rescind-bucharest-2008", "supports", 1, D),
 ("As for what we will do if our proposals are rejected, I already said this at the Defence Ministry Board meeting: we will take adequate military-technical measures.", *P, "", "", 1, D),
 ("We are told: withdraw your troops, de-escalate. Where should we withdraw them to? These are our troops, on our own territory, and we will not take instructions from anyone on where to keep them.", *P, "russia-de-escalation", "rejects", 1, D),
 ("It is NATO that holds large-scale exercises right next to our borders, with strategic bombers flying twenty kilometres from our border. We have proposed to agree on limits for such exercises, at least in the zones along the line of contact between Russia and the alliance, and to keep warships and aircraft out of the areas from which they can strike each other's territory.", *P, "limit-military-exercises", "supports", 1, D),
 ("It is NATO that holds large-scale exercises right next to our borders, with strategic bombers flying twenty kilometres from our border. We have proposed to agree on limits for such exercises, at least in the zones along the line of contact between Russia and the alliance, and to keep warships and aircraft out of the areas from which they can strike each other's territory.", *P, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("And I will say one more thing. Ukraine's territory is being developed militarily by NATO countries, with their instructors, their weapons and their bases for training. This is also a threat to us, and it must stop.", *P, "no-military-activity-ex-soviet", "supports", 1, D),
]
L["bbc-2021-12-31-biden-putin-call"] = [
 ("The first thing Russia can do is pull those troops back. That's the best way to get something done in Geneva,", "joe-biden", 1, "he", "russia-de-escalation", "supports", 1, "2021-12-31"),
 ("Our president made it clear that Russia will act as the United States would act if offensive weapons were deployed next to its borders,", "yuri-ushakov", 1, "Ushakov", "no-strike-weapons-near-borders", "supports", 1, "2021-12-30"),
 ("Mr Ushakov and Kremlin spokesman Dmitry Peskov have both said that Moscow expects the January talks to produce guarantees that Nato will not expand any further to the east.", "yuri-ushakov", 1, "Ushakov", "nato-non-expansion", "supports", 0, ""),
 ("Mr Ushakov and Kremlin spokesman Dmitry Peskov have both said that Moscow expects the January talks to produce guarantees that Nato will not expand any further to the east.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, ""),
 ("Speaking at an expanded meeting of the defence ministry board on 21 December, he said Russia needed long-term, legally binding guarantees rather than verbal assurances, because it had been deceived before.", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 0, "2021-12-21"),
 ("They must understand that we have nowhere further to retreat to,", "vladimir-putin", 1, "he", "", "", 1, "2021-12-21"),
 ("A signed, legally binding promise that Nato will never take in Ukraine is something no American president can give, and the Kremlin knows it,", "miriam-okafor", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("A signed, legally binding promise that Nato will never take in Ukraine is something no American president can give, and the Kremlin knows it,", "miriam-okafor", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("She said a smaller deal was still possible, and could include reciprocal limits on military exercises and a return to regular contacts between Russian and Western military commanders.", "miriam-okafor", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("She said a smaller deal was still possible, and could include reciprocal limits on military exercises and a return to regular contacts between Russian and Western military commanders.", "miriam-okafor", 1, "She", "resume-military-dialogue", "mentions", 0, ""),
 ("The real question for January is whether either side can come away with something it can sell at home,", "miriam-okafor", 1, "Okafor", "", "", 1, ""),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Thursday that Ukraine would not accept any deal made over its head, and that the country's path to Nato membership was \"for Ukrainians alone to decide\".", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2021-12-30"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Thursday that Ukraine would not accept any deal made over its head, and that the country's path to Nato membership was \"for Ukrainians alone to decide\".", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2021-12-30"),
]
S = ("wendy-sherman", 1, "SHERMAN")
D = "2022-01-10"
PAR = "We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance, and we will not agree that the alliance must stop where it is today. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States."
OFFER = "We did, however, indicate that we are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty, and to exploring reciprocal limits on the size and scope of military exercises."
Q1 = "We told the Russian delegation plainly that this is a non-starter. No one outside the alliance gets to decide who joins it, and we will not be making any promises about Ukraine behind Ukraine's back."
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, Ned, and good evening, everyone. Today's discussion with the Russian delegation was frank and forthright, and it went on for nearly eight hours.", *S, "", "", 1, D),
 (PAR, *S, "nato-open-door", "supports", 1, D),
 (PAR, *S, "nato-non-expansion", "rejects", 1, D),
 (PAR, *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 (OFFER, *S, "no-intermediate-range-missiles", "mentions", 1, D),
 (OFFER, *S, "limit-military-exercises", "mentions", 1, D),
 ("We also made clear that it is very hard to see how real progress can be made while Russia keeps some 100,000 troops near Ukraine's borders. De-escalation would create the best environment for diplomacy, and we urged Russia to take that step.", *S, "russia-de-escalation", "supports", 1, D),
 (Q1, *S, "no-ukraine-membership", "rejects", 1, D),
 (Q1, *S, "nato-open-door", "supports", 1, D),
 ("I'll be very direct about that. The United States will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. That is not up for negotiation.", *S, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("What we can discuss is how to reduce risk. We believe it would be useful to restore military-to-military channels that have atrophied over the years, so that an incident in the air or at sea does not spiral into something none of us wants.", *S, "resume-military-dialogue", "supports", 1, D),
 ("We did not hear a deadline today, and we don't work to artificial deadlines. We will brief our allies in Brussels on Wednesday and the OSCE in Vienna on Thursday, and then we will see where we go from there.", *S, "", "", 1, D),
]
GR = "If NATO really wants to reduce the risks, then the alliance must take the decision that Ukraine and Georgia never will become its members, and this decision must be formalized juridically, not by the words,"
L["tass-2022-01-13-ryabkov-grushko-dead-end"] = [
 ("There is a dead end or a difference of approaches. I do not see the reasons to sit down in the coming days and to start again the same discussions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("According to the diplomat, the alliance as before must give up the deployment of the strike weapons near the Russian borders and must return its military infrastructure to the positions of 1997.", "sergei-ryabkov", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("According to the diplomat, the alliance as before must give up the deployment of the strike weapons near the Russian borders and must return its military infrastructure to the positions of 1997.", "sergei-ryabkov", 1, "the diplomat", "rollback-to-1997", "supports", 0, "2022-01-13"),
 ("We are not going to wait for ever, but we also do not slam the door", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2022-01-13"),
 ("As Grushko and Fomin told journalists after the session, Russia demanded from the alliance the withdrawal of the forces and weapons which were deployed in the countries of Eastern Europe after 1997.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("As Grushko and Fomin told journalists after the session, Russia demanded from the alliance the withdrawal of the forces and weapons which were deployed in the countries of Eastern Europe after 1997.", "alexander-fomin", 1, "Fomin", "rollback-to-1997", "supports", 0, "2022-01-12"),
 (GR, "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 (GR, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("He added, that the Russian side told the colleagues that the decision of the Bucharest summit of 2008 «must be disavowed».", "alexander-grushko", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("We do not see the sense in the military channels while the alliance is declaring Russia its adversary and is sending more and more troops to our borders", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 ("The troops of Russia are on its own territory, and nobody will dictate to us where to keep them.", "alexander-grushko", 1, "the deputy minister", "russia-de-escalation", "rejects", 1, "2022-01-12"),
 ("We propose the concrete measures: to limit the exercises in the agreed zones and to notify about them in advance. If our partners reject also this, they will bear the responsibility for the consequences", "alexander-lukashevich", 1, "the Russian diplomat", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("the risk of the war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The permanent representative of the USA at the OSCE Michael Carpenter called Russia to return its troops to the places of permanent deployment.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The drum of the war is sounding loud, and the rhetoric became rather shrill,", "michael-carpenter", 1, "the American diplomat", "", "", 1, "2022-01-13"),
 ("We are not satisfied with the results of these negotiations so far, but we will continue to analyse them", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-13"),
]
D = "2022-01-26"
BU = "“The decisions we took at the Bucharest summit stand, and we are not going to take them back,” he said, dismissing Moscow’s demand that the alliance disavow its 2008 pledge to Ukraine and Georgia."
LA = "He also said there should be no further rounds of talks while Russia kept its troops massed at Ukraine’s border, and that Moscow had to pull them back first."
L["guardian-2022-01-26-russia-ukraine-live"] = [
 ("The document we’ve delivered includes the concerns of the United States and our allies and partners about Russia’s actions that undermine security, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the US was prepared to discuss reciprocal commitments by Washington and Moscow not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("It’s up to Russia now. We are ready either way, for dialogue or for a firm response,", "antony-blinken", 1, "he", "", "", 1, D),
 ("We’re not making the document public because we think that diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "he", "", "", 1, D),
 ("We are ready to listen to Russia’s concerns and to engage in a real conversation, but we cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "the secretary general", "", "", 1, D),
 ("Stoltenberg said Nato had proposed reopening the two sides’ offices in Moscow and Brussels and making full use of military-to-military channels of communication to reduce risks and prevent incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We will not have first-class and second-class members in Nato. We will not remove our battlegroups from the eastern part of the alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("The decisions we took at the Bucharest summit stand, and we are not going to take them back,", "jens-stoltenberg", 1, "he", "rescind-bucharest-2008", "rejects", 1, D),
 (BU, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("a concrete answer on each point", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("If there is no constructive answer and the West continues its aggressive line, Moscow will take the necessary response measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("He also said the so-called open-door policy was Nato’s own internal rule and not a principle of international law, and that Russia would not accept it as an argument.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, D),
 ("We will not ask Moscow’s permission to train our soldiers on our own soil, or to invite our allies to train with them,", "gabrielius-landsbergis", 1, "Landsbergis", "limit-military-exercises", "rejects", 1, D),
 (LA, "gabrielius-landsbergis", 1, "He", "no-preconditions", "rejects", 0, D),
 (LA, "gabrielius-landsbergis", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Ukraine itself will decide which weapons are deployed on its territory, and Russia has no say in it,", "dmytro-kuleba", 1, "Kuleba", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("A senior EU official told reporters in Brussels on Wednesday that the bloc had been consulted on the US reply and that it reaffirmed the right of every country in Europe to choose its own alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, D),
]
V = ("katrin-vollmer", 1, "Katrin Vollmer")
D = "2022-01-28"
A2 = "On non-expansion and on the Bucharest promise to Ukraine and Georgia, the American text offers nothing, and it restates the open-door policy. I expect all of these points to come back in every round from now on, whatever the format."
A3 = "The harder questions are the naval and air patrols close to Russia's coasts and the Western training missions in Ukraine. Both will be on the table if the talks go on, and I see no easy compromise on either."
A4 = "This has been the chicken-and-egg question since December: de-escalation first, or talks without preconditions? In practice the talks happened while the troops stayed, so events have settled that debate."
L["dw-2022-01-28-vollmer-interview-us-answers"] = [
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that the replies contained \"no positive answer\" on the main issue, the non-expansion of NATO, although they offered a basis for talks on \"secondary matters\".", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Every country in Europe must be able to decide freely which alliance it belongs to. That is not negotiable.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Ukrainian President Volodymyr Zelensky told foreign reporters in Kyiv on Friday that the best way to lower tensions was for Russia to pull back its forces from the border, and warned Western partners against spreading panic.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 0, D),
 ("Much less than it asked for, but more than many in Moscow expected. The Americans put arms control, transparency and risk reduction on the table, but nothing the Kremlin can present at home as a victory.", *V, "", "", 1, D),
 (A2, *V, "nato-non-expansion", "mentions", 1, D),
 (A2, *V, "rescind-bucharest-2008", "mentions", 1, D),
 (A2, *V, "nato-open-door", "mentions", 1, D),
 ("Personally, I think a legally binding treaty was never the right instrument. No US Senate would ratify it, and political commitments can be just as durable if both sides want them to be.", *V, "written-legal-guarantees", "rejects", 1, D),
 ("Missiles are the obvious candidate, but I would be careful. A moratorium on intermediate-range missiles that leaves Russia's own 9M729 systems in place while tying NATO's hands would be a bad deal, and I would advise against it.", *V, "no-intermediate-range-missiles", "rejects", 1, D),
 (A3, *V, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (A3, *V, "no-military-activity-ex-soviet", "mentions", 1, D),
 (A4, *V, "russia-de-escalation", "mentions", 1, D),
 (A4, *V, "no-preconditions", "mentions", 1, D),
 ("I don't know, and anyone who tells you they know is guessing. What I do know is that the next two or three weeks will decide a great deal.", *V, "", "", 1, D),
]

write_gold(L, "articles-78", "gold-78")
