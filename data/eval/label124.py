#!/usr/bin/env python3
"""Writes the 124th held-out gold (gold-124/*.nq) from the labels below.

Batch 124 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's "security guarantees" demands:

- afp-2022-01-10-geneva-sherman-ryabkov: AFP wire copy from the Geneva talks,
  front matter, straight quotes, a crosshead, history (Baker 1990), a demand
  attributed to Moscow inside a sentence of unnamed "Western diplomats", a
  two-sentence quotation, "the deputy minister" as speaker.
- whitehouse-2022-01-26-psaki-briefing: White House press briefing transcript,
  no front matter (date in the title line), "MS. PSAKI:" speaker labels and
  "Q" questions; every answer paragraph is one quotation.
- mid-2022-01-14-lavrov-press-conference: Russian Foreign Ministry transcript of
  Lavrov's annual news conference, UTF-8 BOM and CRLF line ends, front matter,
  "Sergey Lavrov:" / "Question (outlet):" labels; a present-day demand about
  Bucharest 2008 (labelled) next to background about 1999/2010 documents.
- ria-2022-01-13-grushko-lukashevich-nato-osce: RIA Novosti, machine-translated,
  no front matter (date "13.01.2022 14:27"), « » quotes with „ “ nested,
  "- said X" after the quotation, NATO-Russia Council (Wednesday) and OSCE
  (today) statements, a "Read also" link line.
- bbc-2022-01-26-ukraine-us-nato-answers-live: BBC News live blog, front matter,
  curly quotes and apostrophes, summary bullets and entry headlines (not
  labelled), a quotation split by "Mr Blinken told reporters", an embassy as
  speaker, a Nato document quoted in history (not labelled).
- meduza-2022-02-03-voronikhina-interview: Meduza Q&A interview with an invented
  former diplomat, no front matter, answers introduced by a dash, questions
  unlabelled, a reported Putin statement with three demands in the intro.
- politico-2021-12-18-russia-draft-treaties: Politico Europe analysis of the
  17 December drafts, front matter, standfirst and crosshead, quotations from
  the draft texts and from the Founding Act (not labelled), two speakers in
  one sentence, a senior EU official, invented analysts.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a quotation
running over two sentences is one span. In transcripts and Q&A interviews each
answer paragraph is one direct quotation (evidence without the dash or speaker
label); questions and moderators get no label; the speaker name is the one the
speaker label or the intro gives. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance by the speaker's own position; "mentions" when the
speaker only reports a demand, asks about it or offers to discuss it. Every
direct quotation of six or more words about none of the demands gets one
demand-less label; reported speech about no demand or about unspecified
demands ("the issues Moscow considers fundamental", "key principles",
"non-starters" without saying which) gets none. History, words quoted from
documents, headlines, crossheads, standfirsts, summaries, link lines and
statements by unnamed groups are not labelled. A demand attributed in passing
to Moscow inside another speaker's sentence is also Russia's label (undated
when no day is given). An embassy speaks for its country, a senior EU official
for the european-union. Speaker name: the words naming the speaker at that
point, pronouns as written, titles (Mr, Dr, MS.) dropped. Dates: the day the
words were said, resolved against the publication date; "" when the text gives
no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

_ry1 = "Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters after the meeting at the US mission that Moscow needed \"ironclad, bulletproof, legally binding guarantees\" that the Western alliance would not move further east."
_ry2 = "He added that Moscow would not accept any preconditions for the dialogue and that the movement of Russian troops on Russian soil was not a subject for discussion with Washington."
_tes = "The most anyone can hope for this week is talks on missiles and on keeping bombers at a distance from each other, and that is not what the Kremlin came for,"
_wd = "Western diplomats said Washington was equally unwilling to meet Moscow's demand that US warships and bombers keep out of areas from which they could strike Russian territory."
L["afp-2022-01-10-geneva-sherman-ryabkov"] = [
 (_ry1, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (_ry1, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We have no intention of attacking Ukraine, and we have explained this to our colleagues many times,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 (_ry2, "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2022-01-10"),
 (_ry2, "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("The Americans treat our demand that NATO return to the positions of 1997 as something exotic. It is not exotic, it is the heart of the matter,", "sergei-ryabkov", 1, "the deputy minister", "rollback-to-1997", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said it would be hard to make real progress \"in an atmosphere of escalation\" and that Russia should pull back the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 (_wd, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (_tes, "olivier-tessandier", 1, "Olivier Tessandier", "no-intermediate-range-missiles", "mentions", 1, ""),
 (_tes, "olivier-tessandier", 1, "Olivier Tessandier", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("This week is about both sides being seen to talk, not about agreeing on anything,", "olivier-tessandier", 1, "he", "", "", 1, ""),
]

_ps2 = "The response sets out areas where we see real potential for progress: an arrangement on intermediate-range missiles in Europe, reciprocal transparency measures and limits on the scope of military exercises and maneuvers, and other confidence-building steps. We are prepared to sit down with the Russians and negotiate on every one of those."
_ps4 = "No. We have been clear from the beginning that we are not going to sign any legally binding commitment that Ukraine will never join the Alliance. That's a non-starter, and the Russians knew that going in."
_P = ("jen-psaki", 1, "PSAKI")
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone. Okay, a couple of items for you at the top. As you all know, earlier today Ambassador John Sullivan delivered our written response to the Russian Foreign Ministry in Moscow, and NATO is delivering its own response in parallel. Secretary Blinken will speak to this in more detail at the State Department, so I will just give you a few of the top lines.", *_P, "", "", 1, "2022-01-26"),
 (_ps2, *_P, "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 (_ps2, *_P, "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("What the response does not do is give Russia a veto over who joins NATO. The open-door policy is not up for negotiation, and we put that in writing.", *_P, "nato-open-door", "supports", 1, "2022-01-26"),
 (_ps4, *_P, "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (_ps4, *_P, "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("We're not planning to release it publicly. We think diplomacy has the best chance of succeeding if we give it some space behind closed doors.", *_P, "", "", 1, "2022-01-26"),
 ("The question of where offensive strike systems are placed is something we told the Russians in Geneva we are willing to discuss, on a reciprocal basis.", *_P, "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("But let me be clear: it is very hard to have a real negotiation with 100,000 troops on the border. The path forward is for Russia to de-escalate and pull those forces back.", *_P, "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Absolutely. Secretary Austin and Chairman Milley have made clear that the channels between our militaries should be used more regularly, precisely to avoid miscalculation.", *_P, "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("No. We're not going to pull our troops out of Poland or the Baltic states. Those are sovereign NATO Allies, and our commitment to them is ironclad.", *_P, "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("It's still on the table. The President has been very clear that if Russia further invades Ukraine, the consequences will be swift and severe, and that includes sanctions on individuals.", *_P, "", "", 1, "2022-01-26"),
 ("I'll have to move on, but we'll have more for you on that tomorrow.", *_P, "", "", 1, "2022-01-26"),
 ("They did. We shared the text with our Ukrainian partners and with our European Allies before it was delivered, as we said we would. Nothing about Ukraine without Ukraine.", *_P, "", "", 1, "2022-01-26"),
]

_lv2 = "We are running out of patience. We need legally binding guarantees, on paper, that NATO will not expand eastward. Not a moratorium, not a promise that can be withdrawn tomorrow, but a treaty."
_lv6 = "At the same time NATO holds exercises right next to our borders, with strategic bombers and warships in the Black Sea that fly and sail within a few minutes of our cities. This must stop. The scale of the exercises near our borders must be reduced, and the bombers and warships must stay out of the zones from which they can strike Russian territory. These were precisely the points of our draft agreement."
_LV = ("sergei-lavrov", 1, "Sergey Lavrov")
L["mid-2022-01-14-lavrov-press-conference"] = [
 ("The results are well known, my colleagues Sergey Ryabkov and Alexander Grushko have spoken about them in detail. I will only say that we expect an answer on paper, article by article, and our American colleagues have promised to give it next week.", *_LV, "", "", 1, "2022-01-14"),
 ("We have been told many times in these days that the principle of the freedom to choose alliances is sacred. But the same OSCE documents, signed at the highest level in Istanbul in 1999 and in Astana in 2010, say that no state may strengthen its security at the expense of the security of others. Our Western colleagues prefer to forget this second half. The freedom to choose alliances is not absolute, and nobody will be allowed to use it as an excuse.", *_LV, "nato-open-door", "rejects", 1, "2022-01-14"),
 (_lv2, *_LV, "written-legal-guarantees", "supports", 1, "2022-01-14"),
 (_lv2, *_LV, "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("We cannot accept a situation in which the Americans choose from our proposals what is convenient for them and leave the main thing aside. Missiles are important, of course. We are ready to agree that intermediate-range and shorter-range missiles will not be deployed where they can reach the territory of the other side, but only as part of the package.", *_LV, "no-intermediate-range-missiles", "supports", 1, "2022-01-14"),
 ("And let me remind you that the decision adopted at the Bucharest summit, that Ukraine and Georgia will become members of NATO, is still in force. It must be disavowed. As long as it stands, it poisons the whole situation in Europe.", *_LV, "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("We are moving our troops on our own territory. We do not tell the British where to hold exercises in Scotland, and we expect the same courtesy. Demands that we withdraw forces from our own regions are absurd, and we will not discuss them.", *_LV, "russia-de-escalation", "rejects", 1, "2022-01-14"),
 (_lv6, *_LV, "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-14"),
 (_lv6, *_LV, "limit-military-exercises", "supports", 1, "2022-01-14"),
 ("Contacts between the military are useful, we have never refused them, and restoring regular channels between the military would be a good step. But this is secondary. It cannot replace answers on the substance.", *_LV, "resume-military-dialogue", "supports", 1, "2022-01-14"),
 ("Then we will take the decisions that our military experts propose to the President. I will not speculate about what they might be, and I would advise our Western colleagues not to speculate either.", *_LV, "", "", 1, "2022-01-14"),
 ("This is a conversation between Russia and the United States, and between Russia and NATO. Kiev is not a party to it.", *_LV, "", "", 1, "2022-01-14"),
]

_gr1 = "We directly said that for us it is of fundamental importance that NATO stops the further expansion, including at the expense of Ukraine and Georgia, and that this is fixed in the legally binding form"
_rau = "Rau also insisted that the withdrawal of the Russian troops from the Ukrainian border must be the first step for the de-escalation, and that the members of NATO will themselves decide which defensive and offensive means to place on their territory."
L["ria-2022-01-13-grushko-lukashevich-nato-osce"] = [
 (_gr1, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (_gr1, "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 (_gr1, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("According to him, the alliance must withdraw the forces and the infrastructure which were deployed on the territory of the countries which joined NATO after 1997.", "alexander-grushko", 1, "him", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("The deputy minister also declared that the restoration of the military contacts with NATO is «not on the agenda» for Moscow while the alliance ignores the main questions.", "alexander-grushko", 1, "The deputy minister", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("The situation is very dangerous, and the alliance must understand that we will respond to any threat to our security", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("There can be no members of the first and second class in NATO. We will not withdraw the forces from the eastern part of the alliance", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 (_rau, "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (_rau, "zbigniew-rau", 1, "Rau", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("The offensive weapons which can reach Moscow in few minutes must not be placed on the territory of our neighbors. This is the red line for us", "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("If there will be no constructive answer in the reasonable time, Russia will be forced to take the measures for ensuring its security", "alexander-lukashevich", 1, "the diplomat", "", "", 1, "2022-01-13"),
 ("The question of the military contacts and the hotlines is also on the table, we will study it, but it is not the main thing for us", "dmitry-peskov", 1, "he", "resume-military-dialogue", "mentions", 1, "2022-01-13"),
 ("Our proposals are not a menu from which the West can choose the dishes it likes. They must be considered entirely, including the renunciation of the so-called „open doors“", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, ""),
]

_kul = "Mr Kuleba said deliveries of Western weapons to Ukraine would continue despite Moscow’s demand that Nato halt all military co-operation with Kyiv."
_oka = "The request was for a written promise that Nato would stop growing. The answer is a written restatement of the open door, plus an offer of talks on arms control,"
L["bbc-2022-01-26-ukraine-us-nato-answers-live"] = [
 ("There are no surprises in it for us and nothing that goes against Ukraine’s interests,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-26"),
 (_kul, "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 (_kul, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("We will not ask Moscow’s permission to train on our own territory,", "kalle-laanet", 1, "Kalle Laanet", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("We are waiting for a response to our proposals, not an invitation to discuss secondary matters. The non-expansion of Nato is the key issue,", "russia", 0, "the embassy", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("Nato’s door is open, remains open,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We stand by the decision we took at the Bucharest summit in 2008, and we will not revisit it,", "jens-stoltenberg", 1, "he", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 (_oka, "miriam-okafor-lind", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (_oka, "miriam-okafor-lind", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (_oka, "miriam-okafor-lind", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("The real question now is whether the Kremlin treats this as a starting point or as a pretext,", "miriam-okafor-lind", 1, "she", "", "", 1, ""),
]

_put = "On Tuesday, Vladimir Putin said that the answers had ignored Russia’s “fundamental concerns”: the non-expansion of NATO, the refusal to deploy strike weapons systems near Russia’s borders, and the return of the bloc’s military infrastructure in Europe to where it stood in 1997."
_v1 = "The Kremlin got what it expected: a polite refusal on the main points. There is no promise that NATO will stop expanding and no disavowal of the Bucharest declaration of 2008. Everything else is details."
_v4 = "Both sides have conditions; they just call them by different names. One side talks about dialogue without preconditions, the other says the first step must be a pullback of troops from the border. Each describes the other’s position as an ultimatum."
_KV = ("ksenia-voronikhina", 1, "Ksenia Voronikhina")
L["meduza-2022-02-03-voronikhina-interview"] = [
 (_put, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (_put, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (_put, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (_v1, *_KV, "nato-non-expansion", "mentions", 1, "2022-02-02"),
 (_v1, *_KV, "rescind-bucharest-2008", "mentions", 1, "2022-02-02"),
 ("That was always the maximal position. Nobody at Smolenskaya Square seriously expected American troops to leave Poland or the Baltic states. It was written into the draft so that there would be something to give up later.", *_KV, "rollback-to-1997", "mentions", 1, "2022-02-02"),
 ("Ukraine itself: the instructors, the Javelins, the Bayraktars, the joint exercises. The December draft asked NATO to refrain from any military activity in Ukraine and in the other post-Soviet countries outside the alliance. That is the point that will not go away, whatever happens to the others.", *_KV, "no-military-activity-ex-soviet", "mentions", 1, "2022-02-02"),
 (_v4, *_KV, "no-preconditions", "mentions", 1, "2022-02-02"),
 (_v4, *_KV, "russia-de-escalation", "mentions", 1, "2022-02-02"),
 ("Quickly, and by very few people. The December drafts were not the product of a long interagency process. They were written as a political signal, and the people who wrote them knew perfectly well that the Americans could not sign them.", *_KV, "", "", 1, "2022-02-02"),
 ("I think a war would be a catastrophe for Russia first of all, and I still hope that the people who make the decisions understand this.", *_KV, "", "", 1, "2022-02-02"),
 ("The restoration of contacts between the militaries: the hotlines, the regular meetings of the general staffs, the notifications about flights near the border. I think that would be very useful, and both sides should do it immediately, whatever else happens.", *_KV, "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("More letters. Lavrov has already written to his Western colleagues about the indivisibility of security, and there will be answers to the answers. Diplomacy by correspondence is slow, but as long as people are writing letters, they are not shooting.", *_KV, "", "", 1, "2022-02-02"),
]

_bb = "German Foreign Minister Annalena Baerbock and EU foreign policy chief Josep Borrell both said on Friday that no outside power could have a veto over NATO's enlargement."
_eu = "A senior EU official, speaking on condition of anonymity, called Moscow's demand that NATO pull its forces back to where they stood in 1997 \"a non-starter.\""
_lan = "There can be no talks with a gun pointed at Ukraine's head. Russia must first pull back its troops, and only then can we talk about anything,"
_tlh = "These drafts amount, in effect, to a veto over Ukraine's alliances and an end to Western military help to Kyiv,"
L["politico-2021-12-18-russia-draft-treaties"] = [
 ("We are ready to go to Geneva tomorrow, without any preconditions,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2021-12-17"),
 ("The American side must understand that this is not a menu from which one can pick one or two dishes. This is a package,", "sergei-ryabkov", 1, "he", "", "", 1, "2021-12-17"),
 ("State Department spokesperson Ned Price told reporters on Friday that Washington would not sign up to any pledge to halt NATO enlargement, and that it would not compromise on \"key principles\" of European security.", "ned-price", 1, "Ned Price", "nato-non-expansion", "rejects", 0, "2021-12-17"),
 (_bb, "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, "2021-12-17"),
 (_bb, "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 0, "2021-12-17"),
 ("Any discussion about security in Europe has to include the Europeans. We will not be spectators,", "josep-borrell", 1, "Borrell", "", "", 1, "2021-12-17"),
 (_eu, "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, ""),
 (_eu, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (_lan, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 1, ""),
 (_lan, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 1, ""),
 ("The Kremlin wants to negotiate with tanks parked on the Ukrainian border, and it wants the West to pretend they are not there,", "kristof-vandeweghe", 1, "Kristof Vandeweghe", "", "", 1, ""),
 (_tlh, "tobias-lindqvist-haug", 1, "Tobias Lindqvist-Haug", "no-ukraine-membership", "mentions", 1, ""),
 (_tlh, "tobias-lindqvist-haug", 1, "Tobias Lindqvist-Haug", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Nobody expects them to be signed as written.", "tobias-lindqvist-haug", 1, "Tobias Lindqvist-Haug", "", "", 1, ""),
 ("A mutual ban on intermediate-range missiles in Europe was a good idea in 1987, and it still is. That part of the Russian list deserves a serious answer,", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Signing up to a missile moratorium now would freeze in place the Iskanders already sitting in Kaliningrad. The alliance should say no,", "agnieszka-wolanin", 1, "Agnieszka Wolanin", "no-intermediate-range-missiles", "rejects", 1, ""),
]

write_gold(L, "articles-124", "gold-124")
