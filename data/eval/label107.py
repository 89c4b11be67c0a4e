#!/usr/bin/env python3
"""Writes the 107th held-out gold (gold-107/*.nq) from the labels below.

Batch 107 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw, in seven forms:

- ap-2022-01-10-geneva-sherman-ryabkov: AP wire copy without front matter
  (date line in the text), straight quotes, a lede with two actors
  (Moscow / Washington) in one sentence, a quotation split by "Sherman said",
  passing attribution to "the Russian delegation", a quoted treaty clause
  and the Baker 1990 story (neither labelled), an invented analyst.
- guardian-2022-01-12-nato-russia-council: The Guardian, front matter, curly
  quotes and apostrophes, standfirst and photo caption (not labelled),
  indirect speech spanning sentences ("Nor, he added, ..."), Grushko named as
  "the diplomat", Wallace dismissing "Russia's demand", 1990 and 1997 history
  (not labelled), an invented Polish analyst whose quotation continues after
  "he said".
- state-2022-01-27-price-briefing: State Department press briefing
  transcript with "MR PRICE:" / "QUESTION:" labels and front matter; every
  paragraph of Price's answers is a direct quotation, questions (even when
  they quote Lavrov) get nothing; "Bucharest Nine" is not Bucharest 2008.
- kremlin-2022-02-01-putin-orban-press: kremlin.ru transcript of the
  Putin-Orban press conference, UTF-8 BOM and CRLF line ends before the front
  matter, speaker labels "Vladimir Putin:" / "Viktor Orbán (retranslated):",
  a moderator (Peskov) and journalists without labels, a Putin paragraph
  about the 1990 promise (a quotation, so demand-less, not a demand).
- ria-2022-01-13-lukashevich-osce: RIA Novosti machine-translated, no front
  matter (date "13.01.2022 15:47"), « » quotes with attribution after a
  dash ("- declared Lukashevich"), roles ("the diplomat", "the deputy
  minister", "the American diplomat"), a newspaper title in « », a quoted
  treaty clause and the Bucharest 2008 history (not labelled).
- dw-2022-01-28-hartwig-interview: DW Q&A interview with an invented expert,
  front matter, „ “ quotes in the intro, questions prefixed "DW:", answers
  as unlabelled paragraphs (one direct quotation each, undated: the text
  gives no day), mere mentions and her own positions.
- lrt-2022-01-27-live-reactions: LRT English live blog, no front matter,
  timestamped entries in reverse order, crossheads (not labelled), Baltic
  ministers, a senior EU official (-> european-union), Zelensky "brushing
  aside Russia's demand" (also Russia's label, undated), a Blinken quotation
  whose demand is named only by the attribution.

The labels were written by hand, from reading the articles, with these
conventions:
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
  gets one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

AP_LEDE = "Senior U.S. and Russian diplomats failed on Monday to narrow their differences over Ukraine and NATO, with Moscow insisting that the Western alliance must never admit its neighbor and Washington calling that demand a \"non-starter.\""
AP_SHERMAN_RAISED = "She told reporters that the Russian delegation had also raised its demands that the 2008 Bucharest declaration be revoked and that NATO end all military cooperation with Ukraine, Georgia and other former Soviet states, and that the U.S. side had listened without agreeing to anything."
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 (AP_LEDE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (AP_LEDE, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("For us it is absolutely mandatory that Ukraine never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, bulletproof guarantees that are legally binding. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The Americans take our proposals seriously, but on the key question I see no progress yet,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("Ryabkov repeated that Russia had no intention of attacking Ukraine and dismissed Western calls to pull back the tens of thousands of troops massed near the border, saying they were on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam shut NATO's open door. That door has always been central to the alliance, and it stays open,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 (AP_SHERMAN_RAISED, "wendy-sherman", 1, "She", "rescind-bucharest-2008", "mentions", 0, "2022-01-10"),
 (AP_SHERMAN_RAISED, "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-10"),
 (AP_SHERMAN_RAISED, "russia", 0, "the Russian delegation", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 (AP_SHERMAN_RAISED, "russia", 0, "the Russian delegation", "no-military-activity-ex-soviet", "supports", 0, "2022-01-10"),
 ("Russia has every opportunity to de-escalate and to pull its troops back to their barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("and if it does so, we are prepared to move quickly on the issues where we can make progress.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("Nobody expected a breakthrough in one day, and nobody got one,", "harriet-calloway", 1, "Harriet Calloway", "", "", 1, ""),
 ("But both sides are still at the table, and that is something you can build on.", "harriet-calloway", 1, "Harriet Calloway", "", "", 1, ""),
 ("Keeping bombers and destroyers out of each other's striking range is the kind of thing you would normally negotiate in an incidents-at-sea agreement, not in a grand treaty,", "harriet-calloway", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]

G_VETO = "Only Ukraine and the 30 allies decide when Ukraine is ready to join. Moscow cannot have a veto over that, and it will not get one,"
G_OFFER = "Stoltenberg said allies had proposed restoring the military-to-military channels of communication that were cut in recent years, and had offered a series of further meetings, but that Russia had not yet agreed to a date."
G_CONFIRMED = "He confirmed that the Russian delegation had again raised its demand that the alliance withdraw forces from the members that joined after 1997, but declined to say how allies had responded in the room."
G_GRUSHKO = "The policy of containment has gone on long enough. Nato must stop its eastward expansion,"
G_FOMIN = "Fomin said Nato’s exercises near Russia’s borders had become larger and more frequent, and called on the alliance to scale them back and to keep its warships and aircraft out of areas from which they could strike Russian territory."
G_WALLACE = "The UK defence secretary, Ben Wallace, said on Wednesday that the Royal Navy would go on sailing “wherever international law allows”, including in the Black Sea, dismissing Russia’s demand that western warships keep their distance."
G_WIERZ = "A legally binding treaty that freezes Nato forever? No. That is a non-starter, and it should be,"
L["guardian-2022-01-12-nato-russia-council"] = [
 ("There are real and deep differences between the allies and Russia on these issues. They will not be easy to overcome, but it is a positive sign that we all sat around the same table today and engaged on substantive topics,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 (G_VETO, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (G_VETO, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Nor would the alliance agree to a freeze on enlargement “in any form”, Stoltenberg added.", "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 (G_OFFER, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 (G_CONFIRMED, "jens-stoltenberg", 1, "He", "rollback-to-1997", "mentions", 0, "2022-01-12"),
 (G_CONFIRMED, "russia", 0, "the Russian delegation", "rollback-to-1997", "supports", 0, "2022-01-12"),
 (G_GRUSHKO, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("Nor, he added, would Moscow agree to see allied troops and infrastructure remain in the countries where they had been placed after 1997.", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("He also insisted that the promise of membership made to Ukraine and Georgia at Nato’s 2008 summit in Bucharest be formally withdrawn.", "alexander-grushko", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("We see no point in restoring military channels while Nato treats Russia as an adversary and draws up plans against us.", "alexander-grushko", 1, "the diplomat", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 (G_FOMIN, "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (G_FOMIN, "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 (G_WALLACE, "ben-wallace", 1, "Ben Wallace", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-12"),
 (G_WALLACE, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (G_WIERZ, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "written-legal-guarantees", "rejects", 1, ""),
 (G_WIERZ, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "nato-non-expansion", "rejects", 1, ""),
 ("The eastern flank heard exactly what it needed to hear from the allies today,", "tomasz-wierzbicki", 1, "he", "", "", 1, ""),
 ("And a ban on American intermediate-range missiles in Europe, while Russia keeps its Iskanders in Kaliningrad, would be a gift to Moscow. I would not sign it.", "tomasz-wierzbicki", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
]

S_DOOR = "When it comes to Ukraine's aspiration to join NATO, the decision is for Ukraine and the 30 Allies, not for Moscow. Our position on that has not changed in years, and it will not change now."
S_AREAS = "I wouldn't characterize it that way. We have put forward areas where we think real progress is possible. That includes reciprocal transparency measures and limits regarding military exercises and maneuvers in Europe, and it includes reciprocal commitments on the deployment of intermediate-range missiles."
S_TREATY = "We have been clear that we are prepared to talk about ways to write down reciprocal commitments, including in binding form where that makes sense, for example in arms control. What we are not going to do is sign something simply because Moscow has put a deadline on it."
P = ("ned-price", 1, "Price")
L["state-2022-01-27-price-briefing"] = [
 ("Good afternoon, everyone. I have one brief item at the top, and then I'm happy to turn to your questions.", *P, "", "", 1, "2022-01-27"),
 ("Today the Secretary spoke with his counterparts from the Bucharest Nine to brief them on the written response we delivered to Moscow yesterday, as part of our commitment to consult closely with every one of our Allies.", *P, "", "", 1, "2022-01-27"),
 ("Well, Matt, as the Secretary said yesterday, we are not going to publish the document, because we think diplomacy has the best chance to succeed when it is given some space. But I can tell you what is not in it. It does not contain any concession on the principle that every country has the right to choose its own security arrangements and alliances. That is a principle we will uphold, and that our Allies will uphold.", *P, "nato-open-door", "supports", 1, "2022-01-27"),
 (S_DOOR, *P, "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 (S_DOOR, *P, "nato-open-door", "supports", 1, "2022-01-27"),
 (S_AREAS, *P, "limit-military-exercises", "mentions", 1, "2022-01-27"),
 (S_AREAS, *P, "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("We are also prepared to discuss, on a reciprocal basis, the question of offensive weapons systems close to each other's borders, including arrangements to confirm that there are no offensive systems at the Aegis Ashore sites in Romania and Poland.", *P, "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 ("But let me be very clear: all of that is possible only in an environment of de-escalation. It is very difficult to make progress at the negotiating table with more than 100,000 Russian troops arrayed on Ukraine's borders. Russia should pull those forces back.", *P, "russia-de-escalation", "supports", 1, "2022-01-27"),
 (S_TREATY, *P, "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 ("No. NATO's force posture on Allied territory is not up for negotiation with Russia. Those deployments are defensive, they were made at the request of sovereign Allies, and they are a response to Russia's own behavior, going back to 2014.", *P, "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("The Allies' decisions at Bucharest are not going to be revoked at Moscow's request. NATO's commitments to Ukraine and to Georgia stand.", *P, "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("We've long said that military-to-military channels of communication are important, precisely in moments of tension like this one, to reduce the risk of miscalculation. We've made that point to the Russian side, and we would welcome their re-establishment.", *P, "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("We shared the document with our Ukrainian partners before it was delivered. There is nothing about Ukraine without Ukraine. That has been our guiding principle throughout, and it will remain so.", *P, "", "", 1, "2022-01-27"),
 ("Our travel advisory for Ukraine is at Level 4, do not travel, and we've been clear that U.S. citizens in Ukraine should consider departing now using commercially available options.", *P, "", "", 1, "2022-01-27"),
]

K_THREE = "We are analysing the written replies we received from the United States and NATO on January 26. But it is already clear that Russia’s fundamental concerns have been ignored. We did not see an adequate consideration of our three key demands: to prevent NATO’s further expansion, to refrain from deploying strike weapon systems near Russian borders, and to return the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
K_CRIMEA = "Imagine that Ukraine is a NATO member and starts a military operation in Crimea, which is sovereign Russian territory. What are we supposed to do? Fight the NATO bloc? That is why Ukraine must never be in the alliance, and that is why this has to be written down in a legally binding document, not promised on a handshake."
K_SECOND = "The Americans say they are ready to talk about intermediate-range missiles and about exercises. Fine, we proposed this ourselves some time ago: no such missiles within reach of each other’s territory, and fewer exercises near the borders. We are ready to discuss it. They also propose restoring contacts between the military; we will look at that too. But these are secondary questions, and they cannot be solved separately from the main ones."
VP = ("vladimir-putin", 1, "Vladimir Putin")
VO = ("viktor-orban", 1, "Viktor Orbán")
D = "2022-02-01"
L["kremlin-2022-02-01-putin-orban-press"] = [
 ("Our talks with Prime Minister Orbán were, as always, businesslike and substantive. We discussed in detail our energy cooperation, including gas supplies to Hungary under the long-term contract signed last autumn, and the construction of the Paks II nuclear power plant.", *VP, "", "", 1, D),
 ("Of course, we also exchanged views on the situation in Europe. I informed Mr Orbán of our approaches to the issue of security guarantees, and I am grateful to him for his balanced and thoughtful position.", *VP, "", "", 1, D),
 ("Thank you, Mr President. This is my thirteenth meeting with President Putin, and I came here on a peace mission.", *VO, "", "", 1, D),
 ("We also discussed the concentration of forces near the Ukrainian border, which our allies have asked Russia to reduce. I informed the President of the position of the NATO member states, and I listened to his.", *VO, "russia-de-escalation", "mentions", 1, D),
 (K_THREE, *VP, "nato-non-expansion", "supports", 1, D),
 (K_THREE, *VP, "no-strike-weapons-near-borders", "supports", 1, D),
 (K_THREE, *VP, "rollback-to-1997", "supports", 1, D),
 ("Instead, they talk about the right of every state to freely choose its way of ensuring its own security. But this principle has a second half: no one may strengthen their own security at the expense of the security of others. Where is that in their answer? We do not see it.", *VP, "nato-open-door", "rejects", 1, D),
 ("In 1990 we were told that NATO would not move an inch to the east. We were simply deceived, and the alliance has taken in fourteen countries since then.", *VP, "", "", 1, D),
 (K_CRIMEA, *VP, "no-ukraine-membership", "supports", 1, D),
 (K_CRIMEA, *VP, "written-legal-guarantees", "supports", 1, D),
 (K_SECOND, *VP, "no-intermediate-range-missiles", "supports", 1, D),
 (K_SECOND, *VP, "limit-military-exercises", "supports", 1, D),
 (K_SECOND, *VP, "resume-military-dialogue", "mentions", 1, D),
 ("I hope that we will eventually find a solution, although we realise it will not be easy. The dialogue will continue.", *VP, "", "", 1, D),
 ("Hungary is a member of NATO and of the European Union, and we stand by our commitments. But we are also a country that wants peace on its eastern border, and we want the energy to keep flowing.", *VO, "", "", 1, D),
 ("At the same time, I said to the President that the Russian demands are not unreasonable in themselves, and that there is room for an agreement that guarantees the security of Russia and of the NATO member states alike.", *VO, "", "", 1, D),
 ("Our troops are on our own territory, and nobody has the right to tell us where to keep them. Let those who demand a withdrawal first explain why NATO forces keep growing along our borders.", *VP, "russia-de-escalation", "rejects", 1, D),
 ("We are ready to continue the talks, but without any preconditions being put to us. That is the normal way to conduct a dialogue between equals.", *VP, "no-preconditions", "supports", 1, D),
]

R_MOMENT = "We have approached the moment of truth. Either the western partners will give us the legally binding guarantees that NATO will not move to the east, or we will be forced to take the military-technical measures"
R_PACKAGE = "If the Americans think that they will take from our package only the medium-range missiles and the exercises, and will put the rest aside, they are mistaken. We will not agree to this"
R_TROOPS = "Our troops are on our territory, and no one will dictate to us the preconditions for the dialogue"
R_PESKOV = "Russia needs the guarantees of the non-expansion of NATO fixed on the paper, and not verbally, as it was in the nineties"
T = "2022-01-13"
L["ria-2022-01-13-lukashevich-osce"] = [
 (R_MOMENT, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, T),
 (R_MOMENT, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, T),
 ("According to him, NATO must also renounce any military activity on the territory of Ukraine, as well as of the other states of Eastern Europe, Transcaucasia and Central Asia.", "alexander-lukashevich", 1, "him", "no-military-activity-ex-soviet", "supports", 0, T),
 ("The diplomat added, that the deployment of the strike weapons near the Russian borders is «the red line» for Moscow.", "alexander-lukashevich", 1, "The diplomat", "no-strike-weapons-near-borders", "supports", 0, T),
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, T),
 ("If Russia wants to talk about the limitations of the exercises and about the transparency, we are ready, but only on the basis of the reciprocity", "michael-carpenter", 1, "the American diplomat", "limit-military-exercises", "mentions", 1, T),
 (R_PACKAGE, "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, T),
 (R_PACKAGE, "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 1, T),
 ("Without the guarantee that Ukraine and Georgia will never become the members of the alliance, all the rest loses the meaning", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, T),
 (R_TROOPS, "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, T),
 (R_TROOPS, "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, T),
 (R_PESKOV, "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, T),
 (R_PESKOV, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, T),
]

W_LAVROV = "Russian Foreign Minister Sergei Lavrov said on Thursday that the documents contained „no positive answer on the main issue“ — Moscow's demand that NATO stop expanding eastward."
W_CORE = "On the core demands, no. Washington and Brussels said very clearly that NATO's door stays open and that Moscow gets no veto over Ukraine's membership."
W_SIGNED = "Anyone in Moscow who expected a signed, legally binding promise that the alliance stops at its current border was always going to be disappointed. That was never on offer, and the Kremlin knew it when it published its drafts."
W_LOT = "Quite a lot, actually, if you read what has been reported about the texts. There is an offer to talk about where intermediate-range missiles may be stationed, about transparency for the Aegis Ashore sites in Romania and Poland, and about risk reduction. That is essentially the arms-control agenda Russia itself put forward in 2018 and 2019."
W_CAREFUL = "I'd be careful with that. Insisting on a full withdrawal as a precondition would hand the Kremlin an excuse to walk away. The talks should go on without preconditions, while the pressure on Moscow stays on."
SH = ("sabine-hartwig", 1, "Sabine Hartwig")
L["dw-2022-01-28-hartwig-interview"] = [
 (W_LAVROV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (W_LAVROV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("no positive answer on the main issue", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("there can be no compromise on the fundamental principles of the Helsinki Final Act", "annalena-baerbock", 1, "Annalena Baerbock", "", "", 1, "2022-01-18"),
 (W_CORE, *SH, "nato-open-door", "mentions", 1, ""),
 (W_CORE, *SH, "no-ukraine-membership", "mentions", 1, ""),
 (W_SIGNED, *SH, "written-legal-guarantees", "mentions", 1, ""),
 (W_SIGNED, *SH, "nato-non-expansion", "mentions", 1, ""),
 (W_LOT, *SH, "no-intermediate-range-missiles", "mentions", 1, ""),
 ("In my view that is where real progress is possible, and the West should also press to reopen the military-to-military hotlines that were cut after 2014. Those channels are how you stop an incident in the Black Sea from turning into a war.", *SH, "resume-military-dialogue", "supports", 1, ""),
 ("No, and it is not meant to be. It would turn Poland, the Baltic states, Romania and Bulgaria into second-class members. For the eastern flank this is simply unacceptable, and I don't see any government in the alliance even considering it.", *SH, "rollback-to-1997", "rejects", 1, ""),
 ("That's an interesting case. Bucharest said Ukraine and Georgia \"will become members,\" without giving any date. Formally revoking that now would cost NATO a great deal of credibility and gain it nothing, because nobody is planning to admit Ukraine anytime soon anyway.", *SH, "rescind-bucharest-2008", "rejects", 1, ""),
 (W_CAREFUL, *SH, "no-preconditions", "supports", 1, ""),
 ("That one is a mirror image of the membership question. The Western answer is that Kyiv alone decides who trains its soldiers and who supplies its weapons, and that answer is the right one.", *SH, "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Lavrov will write letters to every capital, Putin will take his time, and the troops will stay where they are for now. I expect several more weeks of this.", *SH, "", "", 1, ""),
]

V_LAVROV = "The main question is our clear position on the inadmissibility of NATO's further expansion to the east and of deploying strike weapons that could threaten the territory of the Russian Federation. On this main question there is no positive reaction,"
V_LANDS2 = "There should be no more meetings with Moscow until it pulls its troops back from Ukraine's border. Talking while the guns are pointed at Kyiv only rewards blackmail,"
V_KULEBA = "There is nothing in the American answer that closes the door on our membership. Our Euro-Atlantic course is not a topic for negotiations with Russia,"
V_ZEL = "In his evening address on Wednesday, President Volodymyr Zelensky said Ukraine would keep receiving weapons and training from its Western partners, brushing aside Russia's demand that NATO end all military cooperation with Kyiv."
V_JANKUS = "Washington drew the line exactly where Vilnius wanted it: talks on missiles, yes, but no discussion of who may join NATO. That is the right answer,"
L["lrt-2022-01-27-live-reactions"] = [
 (V_LAVROV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (V_LAVROV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The NATO presence in Lithuania is not a bargaining chip. No one is going to trade away the security of the Baltic states for a signature in Geneva,", "gabrielius-landsbergis", 1, "the minister", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 (V_LANDS2, "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-27"),
 (V_LANDS2, "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Latvian Defence Minister Artis Pabriks said on Thursday that allied exercises in the Baltic states would go ahead in 2022 \"as planned\" and on a larger scale if necessary, rejecting any limits on drills in the region.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("Estonian Prime Minister Kaja Kallas told reporters in Tallinn on Thursday that what weapons, including strike systems, are stationed on Estonian soil was a matter for Estonia and its allies alone, and that Russia would get no say over it.", "kaja-kallas", 1, "Kaja Kallas", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-27"),
 (V_KULEBA, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 (V_KULEBA, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (V_ZEL, "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 (V_ZEL, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("A senior EU official told reporters in Brussels on Thursday that the bloc would discuss with Washington whether talks with Moscow could continue without preconditions.", "european-union", 0, "A senior EU official", "no-preconditions", "mentions", 0, "2022-01-27"),
 (V_JANKUS, "dovydas-jankus", 1, "Dovydas Jankus", "no-intermediate-range-missiles", "mentions", 1, ""),
 (V_JANKUS, "dovydas-jankus", 1, "Dovydas Jankus", "nato-open-door", "supports", 1, ""),
 ("Moscow will now try to split the allies by praising the parts it likes and ignoring the rest. We have seen this playbook before,", "dovydas-jankus", 1, "he", "", "", 1, ""),
 ("There is no change, and there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-107", "gold-107")
