#!/usr/bin/env python3
"""Writes the held-out gold of batch 308 (gold-308/*.nq) from the labels below.

Batch 308 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire story with a "Geneva (AFP) -"
  dateline, no front matter (date as "10/01/2022"); a two-speaker lead sentence,
  a quotation interrupted by "he said", a short quoted fragment inside reported
  speech, "Moscow published ... its demands" (Russia), Baker 1990 and Bucharest
  background, an analyst with demand-less quotes.
- rbc-2022-01-13-ryabkov-dead-end: RBC story in machine-translated English,
  « » quotes followed by "— said X", "According to him", a "Read also on RBC"
  link, document content (not labelled), one sentence holding Washington's
  demand and the Kremlin's rejection of it.
- pentagon-2022-01-24-kirby-briefing: DoD transcript with front matter; Kirby's
  answer paragraphs are direct quotations, questions unlabelled; Kirby reports
  Austin ("what the secretary said on Friday") and what "the Russians" want.
- lrt-2022-01-27-landsbergis-second-class-allies: LRT English story with front
  matter, curly quotes, crossheads, a "Read more" line, "as Moscow wants" in a
  minister's sentence, Founding Act background, Lavrov reported.
- economist-2022-02-03-putins-wish-list: Economist leader with front matter;
  the paper's own editorial voice is not a speaker and is not labelled; Putin
  quoted over three sentences and across an interruption, Baker 1990 and
  Lavrov's "indivisibility" argument (no demand), Biden reported, the
  17 December document paraphrased ("It asked America ...", not labelled).
- brookings-2022-01-27-experts-us-nato-responses: Brookings Q&A with front
  matter and three invented experts; each answer paragraph is one quotation
  dated the publication day; experts support/reject only when they take a side.
- tweede-kamer-2022-02-01-debate-russia-ukraine: Dutch parliamentary record in
  English translation, UTF-8 BOM and CRLF; ministers' and members' speech
  paragraphs are quotations, the chair and members' question paragraphs
  (interruptions ending in a question) are not labelled.

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

D = "2022-01-10"
LEAD = "Russia's chief negotiator left talks with the United States in Geneva on Monday insisting that Washington put in writing a promise that Ukraine will never be admitted to NATO, while US officials said they had told Moscow that such a pledge was off the table."
SH = "The US number two diplomat said Washington was nevertheless ready to talk about the basing of medium-range missiles in Europe and about reciprocal limits on the size and scope of military drills, two areas where she said \"both sides have concerns.\""
PK = "Kremlin spokesman Dmitry Peskov had said earlier on Monday that Moscow would not settle for anything less than a binding halt to the alliance's eastward drift, calling the issue \"vital\" for Russia."
MD = "Moscow published two draft treaties on December 17 setting out its demands, including an end to NATO enlargement and a ban on Western military activity in Ukraine and other former Soviet states."
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 (LEAD, "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, D),
 (LEAD, "sergei-ryabkov", 1, "Russia's chief negotiator", "written-legal-guarantees", "supports", 0, D),
 (LEAD, "united-states", 0, "US officials", "no-ukraine-membership", "rejects", 0, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("On paper, signed, ratified -- not assurances that evaporate the next time there is a new administration in Washington.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov added that Russia had again raised its demand that the alliance pull back the forces and weapons it has deployed on the territory of countries that joined after 1997, but that the Americans had shown no readiness to discuss it.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("pushed back firmly on proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (SH, "wendy-sherman", 1, "The US number two diplomat", "no-intermediate-range-missiles", "mentions", 0, D),
 (SH, "wendy-sherman", 1, "The US number two diplomat", "limit-military-exercises", "mentions", 0, D),
 ("in a context of de-escalation rather than escalation", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 (PK, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 (PK, "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 ("NATO Secretary General Jens Stoltenberg, who will host the Russian delegation in Brussels, said on Friday that the allies would not \"compromise on core principles\", including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-07"),
 ("In Kyiv, foreign ministry spokesman Oleg Nikolenko said on Monday that only Ukraine and the 30 NATO members could decide whether and when Ukraine joins the alliance.", "oleg-nikolenko", 1, "Oleg Nikolenko", "nato-open-door", "supports", 0, D),
 (MD, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (MD, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Moscow has now set the bar so high that it can walk away whenever it likes and say the West refused,", "irina-vasquez-lund", 1, "Irina Vasquez-Lund", "", "", 1, ""),
 ("But the Americans have also shown they are ready to talk about the nuts and bolts of European security, which was not a given a month ago,", "irina-vasquez-lund", 1, "she", "", "", 1, ""),
]

D = "2022-01-13"
RY = "According to him, for Russia principal is the non-expansion of NATO to the east and the non-deployment of strike weapon systems near Russian borders."
FO = "Fomin, in his turn, called the partners to stop the unfriendly exercises near Russian borders and to return to normal channels of military communication, which were frozen since 2014."
ST = "NATO Secretary General Jens Stoltenberg after the meeting stated that allies are ready to discuss with Moscow arms control and transparency of exercises, but will not give up principle of «open door»."
WA = "Washington demands from Moscow to withdraw troops from border with Ukraine; in Kremlin they name this demand interference in internal affairs, since troops move on own territory."
L["rbc-2022-01-13-ryabkov-dead-end"] = [
 ("There is a kind of dead end or difference of approaches. I see no reasons to sit down in the coming days, to gather again in Geneva or in Vienna and to start same negotiations", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (RY, "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, D),
 (RY, "sergei-ryabkov", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 ("I do not want to confirm anything, I will not exclude anything either", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("According to his words, Russia proposed to alliance to refuse from deploying of armed forces and weapons on territories of states which entered in it after 1997, but the allies did not want to hear it.", "alexander-grushko", 1, "his", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("If NATO will stand on the course of containment, then we will answer by counter-containment. If it will be deterrence, there will be counter-deterrence", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 (FO, "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (FO, "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Without restoration of contacts between militaries risk of incidents grows, he underlined.", "alexander-fomin", 1, "he", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Russia does not have the veto on who will be member of NATO", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Permanent Representative of Russia at the OSCE Alexander Lukashevich declared that Moscow needs legally fixed guarantees, and not political declarations which the West interprets as it is convenient to it.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("If we will not hear constructive answer to our proposals in reasonable time, Russia will be forced to take measures for ensuring strategic balance", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("There were positive moments, but they were on questions which are not principal for us", "dmitry-peskov", 1, "he", "", "", 1, D),
 (WA, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 (WA, "russia", 0, "Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("Secretary of State of USA Antony Blinken declared earlier that real progress is hard to achieve in the atmosphere of escalation, when Russia holds gun at head of Ukraine.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, ""),
]

D = "2022-01-24"
K = "john-kirby"
P5 = "Look, the Russians have made it clear they'd like NATO to pull its forces and infrastructure back to where they were in the late nineties. That's not on the table, and I don't think anybody should be surprised by that. Where allies station their forces is a sovereign decision for those allies."
P8 = "What I can tell you is that there are areas where we think there's room for progress -- reciprocal transparency on exercises, risk reduction, and arms control, including a conversation about where certain offensive missile systems are based in Europe. Frankly, those are concerns we've been raising with the Russians for years."
P9 = "No. And I'd point you to what the secretary said on Friday: Ukraine's aspirations are a matter between Ukraine and the 30 allies, period. Moscow doesn't get a vote and it doesn't get a veto."
P13 = "The secretary has always believed in keeping lines of communication open with his Russian counterpart, and he's certainly willing to pick up the phone. That's not a concession to anybody; it's just good practice between two militaries this size."
L["pentagon-2022-01-24-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top, and then we'll get to your questions.", K, 1, "John F. Kirby", "", "", 1, D),
 ("At the direction of President Biden, and upon the recommendation of Secretary Austin, the department has placed a range of units here in the United States on a heightened preparedness to deploy. In total, this is about 8,500 personnel, and they'd be available for the NATO Response Force if NATO activates it.", K, 1, "Kirby", "", "", 1, D),
 ("I want to stress that no decision has been made to deploy these forces outside the United States. This is about reassurance to our allies on the eastern flank, and it comes in light of a continued buildup of Russian forces along Ukraine's borders and now in Belarus. Mr. Putin could pull those forces back tomorrow. He has chosen not to.", K, 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 (P5, K, 1, "Kirby", "rollback-to-1997", "rejects", 1, D),
 ("the Russians have made it clear they'd like NATO to pull its forces and infrastructure back to where they were in the late nineties", "russia", 0, "the Russians", "rollback-to-1997", "supports", 0, ""),
 ("On escalatory -- no. What's escalatory is more than 100,000 Russian troops parked on Ukraine's doorstep with no explanation. The way to lower the temperature is for Moscow to move them back to their garrisons.", K, 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("I'm not going to get ahead of the secretary of state and the written response. That's for the State Department to speak to, and they'll do it when it's delivered.", K, 1, "Kirby", "", "", 1, D),
 (P8, K, 1, "Kirby", "limit-military-exercises", "mentions", 1, D),
 (P8, K, 1, "Kirby", "no-intermediate-range-missiles", "mentions", 1, D),
 (P9, K, 1, "Kirby", "no-ukraine-membership", "rejects", 1, D),
 (P9, K, 1, "Kirby", "nato-open-door", "supports", 1, D),
 ("And I'd point you to what the secretary said on Friday: Ukraine's aspirations are a matter between Ukraine and the 30 allies, period.", "lloyd-austin", 1, "the secretary", "nato-open-door", "supports", 0, "2022-01-21"),
 ("I'm not going to respond to every bit of bluster that comes out of Moscow. We're focused on what the Russians are actually doing on the ground, and right now that's a buildup, not a drawdown.", K, 1, "Kirby", "", "", 1, D),
 ("We're watching it very closely. I won't get into intelligence assessments, but the numbers we're seeing are well beyond what you would expect for a routine bilateral drill, and we've been consistent that those forces should go home when the drill is over.", K, 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("Most of them are brigade combat teams, logistics, medical, aviation support. I'll let the services speak to the specific units. Where they go would depend on what NATO decides and what Ukraine's neighbors ask for.", K, 1, "Kirby", "", "", 1, D),
 (P13, K, 1, "Kirby", "resume-military-dialogue", "supports", 1, D),
 ("The secretary has always believed in keeping lines of communication open with his Russian counterpart, and he's certainly willing to pick up the phone.", "lloyd-austin", 1, "The secretary", "resume-military-dialogue", "supports", 0, ""),
 ("If the Russians are serious about their security concerns, there's a diplomatic path -- that's what Geneva, Brussels and Vienna were about -- and we remain committed to it. But it has to be diplomacy in an atmosphere of de-escalation, and we haven't seen that yet.", K, 1, "Kirby", "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-27"
LB = "gabrielius-landsbergis"
LE = "Moscow's demand that NATO withdraw from countries that joined after 1997 would leave Lithuania a \"second-class\" member of the alliance, Foreign Minister Gabrielius Landsbergis said after Washington handed its written reply to Russia's security proposals."
Q1 = "What Russia is asking for is that we, the Baltic states, become second-class allies, with no allied troops and no allied infrastructure on our soil,"
AN = "Defence Minister Arvydas Anušauskas said there could be no question of withdrawing the NATO battlegroup stationed in Rukla, as Moscow wants, and that allied exercises in the region would go ahead as planned."
AQ = "We did not invite our allies here in order to send them home because the Kremlin asked,"
VQ = "The Kremlin received a polite no on the big items and an offer to talk about missiles and exercises. The question now is whether Moscow wants a deal or a pretext,"
L["lrt-2022-01-27-landsbergis-second-class-allies"] = [
 (LE, LB, 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 (LE, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (Q1, LB, 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 (Q1, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("This is not negotiable, and I am glad that our partners see it the same way,", LB, 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("We make clear that there are principles we are committed to uphold, including the right of countries to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (AN, "arvydas-anusauskas", 1, "Arvydas Anušauskas", "rollback-to-1997", "rejects", 0, ""),
 (AN, "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, ""),
 (AN, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (AQ, "arvydas-anusauskas", 1, "Anušauskas", "rollback-to-1997", "rejects", 1, ""),
 (AQ, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("On the contrary, we are talking to our partners about a larger presence, including air defence.", "arvydas-anusauskas", 1, "Anušauskas", "rollback-to-1997", "rejects", 1, ""),
 ("We will not trade our security for a few weeks of illusory calm,", "gitanas-nauseda", 1, "Nausėda", "", "", 1, D),
 ("In Moscow, Russian Foreign Minister Sergei Lavrov said on Thursday that the American document gave \"no positive answer\" on what he called the main question, the refusal to expand NATO further east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lavrov said the reply could still open the way to \"a serious conversation\" on secondary issues, such as intermediate-range missiles, but that the Russian side would wait for President Vladimir Putin to decide how to respond.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We need time to study the answers carefully, there is no rush here,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 (VQ, "marius-vaitkevicius", 1, "Vaitkevičius", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VQ, "marius-vaitkevicius", 1, "Vaitkevičius", "limit-military-exercises", "mentions", 1, ""),
 ("If the aim was to keep Ukraine out of NATO for ever, that was never something Washington could sign, and everyone in Moscow knew it,", "marius-vaitkevicius", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Landsbergis also called on Moscow to pull its forces back from Ukraine's borders, saying dialogue could not take place “with a gun on the table”.", LB, 1, "Landsbergis", "russia-de-escalation", "supports", 0, ""),
]

D = "2022-02-01"
PC = "America and NATO, he complained, had ignored Russia's fundamental concerns: the alliance's expansion, the placing of strike systems close to Russia's borders and the return of NATO's military infrastructure to where it stood in 1997."
US = "Leaked to a Spanish newspaper, they show that America offered to discuss reciprocal limits on the stationing of offensive missiles in Europe, a transparency regime for the Aegis Ashore sites in Poland and Romania, and new rules on the scale and notice of military exercises."
BL = "Antony Blinken, the secretary of state, says these ideas are meant to “address legitimate concerns on both sides”."
L["economist-2022-02-03-putins-wish-list"] = [
 (PC, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, D),
 (PC, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, D),
 (PC, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a member of NATO, that it is stuffed with weapons and that it sets out to take back Crimea. What then? Are we supposed to go to war with the whole alliance?", "vladimir-putin", 1, "Mr Putin", "no-ukraine-membership", "supports", 1, D),
 (US, "united-states", 0, "America", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (US, "united-states", 0, "America", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (BL, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, ""),
 (BL, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, ""),
 ("It is not we who have put missiles on America's doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("It is they who have come to ours.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("will not compromise on the right of every nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, ""),
 ("Joe Biden has muddied the water a little, musing aloud that Ukraine is unlikely to join the alliance any time soon — a statement of fact that Moscow heard as a wobble.", "joe-biden", 1, "Joe Biden", "no-ukraine-membership", "mentions", 0, ""),
 ("you do not negotiate about the furniture while someone is setting fire to the house.", "kaja-kallas", 1, "Kaja Kallas", "russia-de-escalation", "supports", 1, ""),
]

D = "2022-01-27"
CA, DO, EM = "caroline-ashworth-meyer", "daniel-okafor", "elena-marchetti"
A1 = "The short answer is that the West said no to the core of the Russian package. There will be no legally binding pledge to stop enlargement, no promise to keep Ukraine or Georgia out, and no pullback of allied forces from the countries that joined after 1997. That was always going to be the outcome, and I think it is the right one."
A2 = "What the United States did offer is more interesting than the headlines suggest: talks on reciprocal transparency for missile defense sites, on where ground-launched missiles can be based, and on the size and notification of exercises. Those are real items, and several of them were on Moscow's own list."
A3 = "No. An alliance that lets a neighbor dictate who may apply has stopped being an alliance of free choices. The right of European states to choose their own security arrangements is the foundation of the post-Cold War settlement, and giving it up under the pressure of 100,000 troops would invite the next ultimatum."
A4 = "I'd watch whether Russia engages on the arms control items at all. If Ryabkov's team comes back with specific counterproposals on missile deployments and exercises, there is a negotiation. If they come back with the same two drafts, there is not."
E2 = "I'm less absolutist. Everyone in Brussels knows Ukraine is not joining in this decade. An informal understanding to that effect, without any treaty, might have cost the West nothing. But Moscow has insisted it wants guarantees in writing and ratified, not a wink, and no Western government can hand it that."
ML = "Those are real items, and several of them were on Moscow's own list."
L["brookings-2022-01-27-experts-us-nato-responses"] = [
 ("Secretary of State Antony Blinken said the U.S. paper offered \"a serious diplomatic path forward\" while making no concessions on the alliance's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (A1, CA, 1, "Caroline Ashworth-Meyer", "nato-non-expansion", "rejects", 1, D),
 (A1, CA, 1, "Caroline Ashworth-Meyer", "written-legal-guarantees", "rejects", 1, D),
 (A1, CA, 1, "Caroline Ashworth-Meyer", "no-ukraine-membership", "rejects", 1, D),
 (A1, CA, 1, "Caroline Ashworth-Meyer", "rollback-to-1997", "rejects", 1, D),
 (A2, CA, 1, "Caroline Ashworth-Meyer", "no-intermediate-range-missiles", "mentions", 1, D),
 (A2, CA, 1, "Caroline Ashworth-Meyer", "limit-military-exercises", "mentions", 1, D),
 (ML, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (ML, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("I would add the military-to-military piece. The U.S. reply reportedly proposes restoring the channels between the two defense establishments that have largely atrophied since 2014. Frankly, that is overdue regardless of this crisis. When you have bombers and warships operating this close to one another in the Black Sea and the Baltic, you want generals who can call each other.", DO, 1, "Daniel Okafor", "resume-military-dialogue", "supports", 1, D),
 ("I'm more skeptical than my colleagues. Moscow framed its drafts as a take-it-or-leave-it package, and Sergei Lavrov has already said the main question went unanswered. The Kremlin can now tell its domestic audience that it tried diplomacy and was rebuffed.", EM, 1, "Elena Marchetti", "", "", 1, D),
 (A3, CA, 1, "Caroline Ashworth-Meyer", "nato-open-door", "supports", 1, D),
 (A3, CA, 1, "Caroline Ashworth-Meyer", "no-ukraine-membership", "rejects", 1, D),
 (E2, EM, 1, "Elena Marchetti", "no-ukraine-membership", "supports", 1, D),
 (E2, EM, 1, "Elena Marchetti", "written-legal-guarantees", "mentions", 1, D),
 ("But Moscow has insisted it wants guarantees in writing and ratified, not a wink, and no Western government can hand it that.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The problem with a moratorium is that it rewards the troop buildup. If the West makes a concession on membership while Russian battalion tactical groups sit on Ukraine's border, it has taught the Kremlin that coercion works.", DO, 1, "Daniel Okafor", "no-ukraine-membership", "rejects", 1, D),
 ("Watch the Belarus exercises in February. If Russian forces that arrived for the drills stay after they end, that tells us more than any diplomatic letter. The single most useful thing Moscow could do for its own security right now is to pull some of those units back.", DO, 1, "Daniel Okafor", "russia-de-escalation", "supports", 1, D),
 ("Putin has not spoken yet. Peskov says the Kremlin needs time to study the texts, and I would take that literally; I do not think the decision has been made.", EM, 1, "Elena Marchetti", "", "", 1, D),
 (A4, CA, 1, "Caroline Ashworth-Meyer", "no-intermediate-range-missiles", "mentions", 1, D),
 (A4, CA, 1, "Caroline Ashworth-Meyer", "limit-military-exercises", "mentions", 1, D),
]

D = "2022-02-01"
H, BV = "wopke-hoekstra", "hanneke-de-boer-vos"
B2 = "In December the Russian Federation sent two draft treaties in which it demands, among other things, that NATO never again admits a new member and that the alliance takes its troops out of the countries that joined after 1997. For my group this is unacceptable. Lithuania, Poland and Romania are not second-class allies."
B2R = "In December the Russian Federation sent two draft treaties in which it demands, among other things, that NATO never again admits a new member and that the alliance takes its troops out of the countries that joined after 1997."
H1 = "Yes, and I have done so. The Dutch position is that every country may choose for itself to which alliance it wants to belong. That applies to Ukraine, to Georgia, to Finland and to Sweden. Russia does not have a say in that, and the American and NATO answers of 26 January also state that very clearly."
H2 = "At the same time, I want to be honest with this House. The answers also contain proposals on which we can indeed talk with Russia: transparency about exercises, agreements about where certain missiles may and may not be placed, and restoring contacts between militaries to avoid incidents. The cabinet supports that path."
H3 = "I understand very well that Russia has security interests, and we take them seriously where they are legitimate. But I do not accept that a large country decides on behalf of its neighbours. That is exactly what the Russian proposal for a ban on any NATO activity in Ukraine, Georgia and the other former Soviet states comes down to."
S2 = "Then I will put it differently. My group believes that the West should now, today, offer Russia a serious agreement on medium-range missiles in Europe. That is in the interest of the Netherlands too. We should not allow the question of NATO membership of Ukraine, which is not going to happen for years anyway, to block everything else."
O2 = "As to the exercises: NATO conducts its exercises transparently, with observers where the OSCE agreements require it, and we are prepared to make additional agreements about scale and notification. But a unilateral ban on exercises on our own allied territory, as Russia proposes, is not something we will accept."
H5 = "Let me add one thing. The Kremlin says that it wants guarantees on paper, legally binding, and not merely promises. I can understand the wish for certainty, but certainty for one country cannot be bought with the uncertainty of its neighbours."
L["tweede-kamer-2022-02-01-debate-russia-ukraine"] = [
 ("Chair, more than one hundred thousand Russian soldiers are standing at the border of a European country. My group says clearly: the first step has to come from Moscow. Russia must withdraw these troops before anyone can speak seriously about its so-called security guarantees.", BV, 1, "Mrs De Boer-Vos", "russia-de-escalation", "supports", 1, D),
 (B2, BV, 1, "Mrs De Boer-Vos", "nato-non-expansion", "rejects", 1, D),
 (B2, BV, 1, "Mrs De Boer-Vos", "rollback-to-1997", "rejects", 1, D),
 (B2R, "russia", 0, "the Russian Federation", "nato-non-expansion", "supports", 0, ""),
 (B2R, "russia", 0, "the Russian Federation", "rollback-to-1997", "supports", 0, ""),
 (H1, H, 1, "Minister Hoekstra", "nato-open-door", "supports", 1, D),
 (H1, H, 1, "Minister Hoekstra", "no-ukraine-membership", "rejects", 1, D),
 (H2, H, 1, "Minister Hoekstra", "limit-military-exercises", "mentions", 1, D),
 (H2, H, 1, "Minister Hoekstra", "no-intermediate-range-missiles", "mentions", 1, D),
 (H2, H, 1, "Minister Hoekstra", "resume-military-dialogue", "mentions", 1, D),
 (H3, H, 1, "Minister Hoekstra", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("That is exactly what the Russian proposal for a ban on any NATO activity in Ukraine, Georgia and the other former Soviet states comes down to.", "russia", 0, "the Russian proposal", "no-military-activity-ex-soviet", "supports", 0, ""),
 (S2, "pieter-stulemeijer", 1, "Mr Stulemeijer", "no-intermediate-range-missiles", "supports", 1, D),
 (S2, "pieter-stulemeijer", 1, "Mr Stulemeijer", "no-ukraine-membership", "mentions", 1, D),
 ("Chair, the PVV does not want Dutch soldiers to die for Ukraine. This is not our war. The cabinet must not send one more Dutch F-35 to the east.", "joost-van-raalten", 1, "Mr Van Raalten", "", "", 1, D),
 ("Chair, let me respond to Mr Van Raalten. The F-35s that the Netherlands sends to Bulgaria in the framework of NATO are there to protect an ally, and that is also in our interest. That is a decision the alliance makes together. We will not ask Moscow for permission for it.", "kajsa-ollongren", 1, "Minister Ollongren", "rollback-to-1997", "rejects", 1, D),
 (O2, "kajsa-ollongren", 1, "Minister Ollongren", "limit-military-exercises", "rejects", 1, D),
 ("But a unilateral ban on exercises on our own allied territory, as Russia proposes, is not something we will accept.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("The letter was received on Saturday. We will answer it, and we will do that in coordination with the EU partners and via the OSCE, where this conversation belongs. The Netherlands will not let itself be divided.", H, 1, "Minister Hoekstra", "", "", 1, D),
 (H5, H, 1, "Minister Hoekstra", "written-legal-guarantees", "rejects", 1, D),
 ("The Kremlin says that it wants guarantees on paper, legally binding, and not merely promises.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
]

write_gold(L, "articles-308", "gold-308")
