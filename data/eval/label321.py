#!/usr/bin/env python3
"""Writes the held-out gold of batch 321 (gold-321/*.nq) from the labels below.

Batch 321 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-27-us-written-answer-analysis: Washington Post analysis with
  front matter; partial quotes inside reported sentences, history (Baker 1990, Bucharest),
  analysts with no side, Moscow's demand named in passing, a demand-less Peskov fragment.
- sputnik-2022-01-10-ryabkov-geneva-talks: Sputnik English story, no front matter, GMT
  timestamp; "Read also" links, draft-treaty contents paraphrased (not labelled), pronoun
  speakers ("the diplomat", "the deputy minister"), Moscow's rejection in passing.
- mid-2022-01-20-zakharova-briefing: Russian MFA briefing transcript with front matter,
  table of contents and crossheads; each paragraph of Zakharova a direct quotation, media
  questions unlabelled.
- err-2022-01-14-kivistik-interview: ERR News interview (UTF-8 BOM, CRLF) with an invented
  former ambassador; Q/A without speaker labels, expert voicing own stances, Russian
  delegations and Ryabkov reported inside his answers.
- npr-2022-01-26-us-delivers-written-response: NPR All Things Considered transcript,
  soundbites, host reporting Blinken and Lavrov, invented former official as guest.
- brookings-2022-02-02-putin-written-answers-qa: Brookings expert Q&A with front matter;
  Putin's and Lavrov's positions reported by the expert, expert's own view on missiles.
- hansard-2022-01-25-russia-and-ukraine: Commons urgent question in Hansard form; minister
  and invented MPs, questions unlabelled, Kremlin demands named in passing.

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

L["washington-post-2022-01-27-us-written-answer-analysis"] = [
 ("reiterates our commitment to uphold the principle of NATO's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Secretary General Jens Stoltenberg said the allies were ready to sit down on missile limits and on making large drills more predictable, but would not give up \"the right of each nation to choose its own path.\"", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Secretary General Jens Stoltenberg said the allies were ready to sit down on missile limits and on making large drills more predictable, but would not give up \"the right of each nation to choose its own path.\"", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("slam closed NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("The written answers were the administration's way of saying: we'll negotiate the furniture, not the house,", "lena-marchetti-hoyt", 1, "Lena Marchetti-Hoyt", "", "", 1, ""),
 ("She said the offer on missiles — a possible mutual ban on ground-launched intermediate-range missiles in Europe, echoing the INF Treaty that collapsed in 2019 — was real, and that Moscow had asked for something very similar in its own drafts.", "lena-marchetti-hoyt", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("She said the offer on missiles — a possible mutual ban on ground-launched intermediate-range missiles in Europe, echoing the INF Treaty that collapsed in 2019 — was real, and that Moscow had asked for something very similar in its own drafts.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("But on the question Putin actually cares about, which is Ukraine and the alliance, there is no room at all,", "lena-marchetti-hoyt", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("there is little ground for optimism", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("The American paper contained \"a positive reaction\" only on secondary matters, he said, while on the main question — Russia's insistence that the alliance stop expanding eastward and keep offensive weapons away from Russian borders — there was none.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The American paper contained \"a positive reaction\" only on secondary matters, he said, while on the main question — Russia's insistence that the alliance stop expanding eastward and keep offensive weapons away from Russian borders — there was none.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("The American paper contained \"a positive reaction\" only on secondary matters, he said, while on the main question — Russia's insistence that the alliance stop expanding eastward and keep offensive weapons away from Russian borders — there was none.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The American paper contained \"a positive reaction\" only on secondary matters, he said, while on the main question — Russia's insistence that the alliance stop expanding eastward and keep offensive weapons away from Russian borders — there was none.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We need legally binding guarantees, not assurances that can be forgotten the next morning,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("to pull back its forces and choose diplomacy.", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Nobody in this town believes a letter changes Putin's calculus,", "daniel-okafor-reyes", 1, "Daniel Okafor-Reyes", "", "", 1, ""),
 ("The question now is whether he was ever looking for an answer, or for a pretext.", "daniel-okafor-reyes", 1, "Daniel Okafor-Reyes", "", "", 1, ""),
]

SP = "sputnik-2022-01-10-ryabkov-geneva-talks"
MOSCOW_US = "She also claimed that the US had urged Russia to de-escalate and return its troops to their permanent bases, an accusation Moscow has repeatedly dismissed, saying troop movements within Russia are nobody else's business."
RY_MISSILES = "He added that the sides had a useful exchange on intermediate-range missiles, an area where Moscow wants mutual restrictions, but that Washington had shown no readiness to budge on the key points."
L[SP] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the consultations with the US delegation on security guarantees had been difficult but stressed that Moscow needs a firm commitment that NATO will not move any further eastward.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("The talks were difficult, long, very professional, deep, concrete, without attempts to smooth over any sharp corners,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("According to the diplomat, ensuring that Ukraine and Georgia never join the alliance is a matter of national security for Russia, and this was conveyed to the Americans in the clearest terms.", "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (RY_MISSILES, "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 (RY_MISSILES, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Ryabkov also dismissed Western calls to pull Russian troops back from the Ukrainian border, saying that Russia moves forces on its own territory as it sees fit and that the exercises pose no threat to anyone.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Ryabkov also said that it would be useful to restore regular contacts between the two militaries, which have been \"frozen for years\".", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "supports", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("According to Sherman, Washington will not allow anyone to shut NATO's \"open door\" policy, which she said has always been central to the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 (MOSCOW_US, "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 (MOSCOW_US, "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

MZ = ("maria-zakharova", 1, "Maria Zakharova")
D = "2022-01-20"
def z(ev, demand, stance):
    return (ev,) + MZ + (demand, stance, 1, D)
Z_P2 = "We expect a concrete, article-by-article reaction from Washington. I would like to remind that our proposals are a package. It is impossible to pull out of it only those parts that suit the Western side and leave aside the key element, namely the guarantees of non-expansion of NATO to the east and of non-deployment of strike weapon systems near the Russian borders."
Z_P3 = "Last week in Brussels, Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin explained our position to the alliance in detail. Unfortunately, in response we heard the same mantra about the \"open door\", which for us means only one thing: the alliance reserves for itself the right to drag in Ukraine and Georgia regardless of the security interests of other states."
L["mid-2022-01-20-zakharova-briefing"] = [
 z("On January 21, Foreign Minister Sergey Lavrov will hold talks in Geneva with US Secretary of State Antony Blinken. The ministers will discuss the progress of the dialogue on the Russian proposals on security guarantees, which were handed over to the American side on December 15 of last year and published on December 17.", "", ""),
 z(Z_P2, "nato-non-expansion", "supports"),
 z(Z_P2, "no-strike-weapons-near-borders", "supports"),
 z(Z_P3, "nato-open-door", "rejects"),
 z(Z_P3, "no-ukraine-membership", "supports"),
 z("Our colleagues also did not want to discuss returning the NATO military infrastructure to the configuration of 1997, when the Russia-NATO Founding Act was signed. We consider this question fundamental, and we will come back to it again and again.", "rollback-to-1997", "supports"),
 z("We note with concern that London, Washington and the Baltic capitals continue to pump Ukraine with weapons, including anti-tank systems. Instead of persuading Kiev to implement the Minsk agreements, they are turning Ukraine into a military foothold against Russia. This is exactly the military development of the territory of neighbouring states, which are not members of the alliance, that our draft treaty proposes to exclude.", "no-military-activity-ex-soviet", "supports"),
 z("We have been told many times that the reply will be on paper. We are waiting for it. Let me stress once again: we need not verbal assurances, not a moratorium that can be lifted at any moment, but legally binding guarantees fixed in documents.", "written-legal-guarantees", "supports"),
 z("As for the timing, this is a question for Washington. The ministers will meet tomorrow, and I would not want to run ahead of them.", "", ""),
 z("These are not just exercises. It is a constant build-up of military activity along our borders. We have proposed to agree on limiting the scale of drills and on holding them at an agreed distance from the line of contact. This proposal remains on the table.", "limit-military-exercises", "supports"),
 z("Meanwhile, they demand that we pull our troops back from our own territory. Russia moves its forces within its own borders as it sees fit, and nobody will dictate to us where to hold our exercises.", "russia-de-escalation", "rejects"),
 z("There is no talk of ultimatums. But there should be no endless talks either. We have said openly that if our proposals are ignored, we will take the necessary military-technical measures.", "", ""),
]

AK = ("andres-kivistik", 1, "Andres Kivistik")
D = "2022-01-13"
def k(ev, demand, stance):
    return (ev,) + AK + (demand, stance, 1, D)
K1 = "That Russia came with a list, not with questions. The Russian delegations in all three cities said the same thing in slightly different words: NATO has to give a legally binding promise that it will never take in another member to the east, and Ukraine and Georgia first of all."
K3 = "Yes, and I think it should. The INF treaty is gone, and a mutual arrangement on where intermediate-range missiles can be placed would serve us too. The same goes for reciprocal limits on large drills near the borders, on both sides — we have wanted Russia to be honest about Zapad for years."
K4 = "But the door must stay open. If Ukraine one day meets the criteria and the allies agree, that is for Kyiv and the thirty allies to decide, not for Moscow."
K5 = "A moratorium would be a gift to the Kremlin, and it would not even satisfy them. Ryabkov said it himself in Geneva: they do not want a moratorium, they want a treaty. So you would give up a principle and get nothing back."
K6 = "I don't expect it, no. The Russians were told in Geneva, Brussels and Vienna that de-escalation is the first step, and they answered that they move troops on their own soil as they please."
L["err-2022-01-14-kivistik-interview"] = [
 k(K1, "nato-non-expansion", "mentions"),
 k(K1, "no-ukraine-membership", "mentions"),
 k(K1, "written-legal-guarantees", "mentions"),
 (K1, "russia", 0, "The Russian delegations", "nato-non-expansion", "supports", 0, ""),
 (K1, "russia", 0, "The Russian delegations", "no-ukraine-membership", "supports", 0, ""),
 (K1, "russia", 0, "The Russian delegations", "written-legal-guarantees", "supports", 0, ""),
 k("The only new thing was the tone. In Vienna, the Polish chairmanship spoke of the greatest risk of war in Europe in thirty years, and nobody in the room disagreed.", "", ""),
 k("It would mean the end of the enhanced forward presence battlegroup in Tapa, the air policing mission at Ämari, everything that came after we joined in 2004. In practice, it would create two classes of NATO members, and Estonia would be in the second class. That is not acceptable to any ally, and it should not be.", "rollback-to-1997", "rejects"),
 k(K3, "no-intermediate-range-missiles", "supports"),
 k(K3, "limit-military-exercises", "supports"),
 k(K4, "nato-open-door", "supports"),
 k(K4, "no-ukraine-membership", "rejects"),
 k(K5, "nato-non-expansion", "rejects"),
 k(K5, "written-legal-guarantees", "mentions"),
 ("Ryabkov said it himself in Geneva: they do not want a moratorium, they want a treaty.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 k(K6, "russia-de-escalation", "mentions"),
 (K6, "russia", 0, "The Russians", "russia-de-escalation", "rejects", 0, ""),
 k("Worried is the wrong word. Estonians have lived next to this neighbour for a very long time. But I would say we are more alert now than at any moment since 2014.", "", ""),
]

D = "2022-01-26"
RL = ("rebecca-lindqvist-moore", 1, "Rebecca Lindqvist-Moore")
def r(ev, demand, stance):
    return (ev,) + RL + (demand, stance, 1, D)
R2 = "What's interesting is the rest of the package. Russia proposed keeping intermediate-range missiles out of range of each other, and the U.S. response apparently picks that up - reciprocal commitments, verification, maybe even inspections at the Aegis Ashore site in Romania in exchange for looking at some Russian bases."
L["npr-2022-01-26-us-delivers-written-response"] = [
 ("The document we've delivered includes our concerns and those of our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("Blinken also said the U.S. would not budge on NATO's so-called open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 r("No, not really. Nobody in this administration, or any administration, was going to sign a paper saying Ukraine can never join. And the Kremlin knew that from the start.", "no-ukraine-membership", "mentions"),
 r(R2, "no-intermediate-range-missiles", "mentions"),
 (R2, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 r("That one was dead on arrival, and frankly it should have been. You can't ask allies who joined through a democratic process to accept second-class membership. I'd be surprised if the U.S. response even dignified it with a paragraph.", "rollback-to-1997", "rejects"),
 r("Not by itself. Russia needs to pull those forces back, and so far there's no sign of that - if anything, we're seeing more units moving west and into Belarus.", "russia-de-escalation", "supports"),
 r("And remember, Putin himself hasn't said a word yet. Lavrov and Peskov will react, but the decision is his, and he likes to keep everyone guessing.", "", ""),
 ("And in Moscow, Foreign Minister Sergei Lavrov told lawmakers today that Russia would study the American answer, but that if the West kept refusing to guarantee that NATO would stop moving east, Moscow would respond with what he called appropriate measures.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
]

NP = ("nadia-petrosyan-hale", 1, "Nadia Petrosyan-Hale")
def n(ev, demand, stance):
    return (ev,) + NP + (demand, stance, 1, "")
PUT = "He listed three things he said the West had ignored: no further NATO expansion, no deployment of strike weapons near Russia's borders, and returning the alliance's military infrastructure in Europe to where it was in 1997."
N1 = PUT + " That list matters, because it tells us what Moscow considers non-negotiable, and none of it is arms control in the usual sense."
N3 = "Quite a lot, on paper. Both letters reportedly propose talks on reciprocal limits on ground-launched missiles in Europe, more transparency and possibly limits on exercises, and a restoration of military-to-military channels that have been largely frozen since 2014. The NATO letter also invites Russia back into the NATO-Russia Council on a regular basis."
LAV = "Lavrov's argument, in a radio interview on January 28, is that this principle cancels out the freedom of countries to choose their alliances."
N5 = "It is a phrase from the OSCE's 1999 Istanbul and 2010 Astana documents: states should not strengthen their security at the expense of others. " + LAV + " The Western reading is that both principles stand side by side."
L["brookings-2022-02-02-putin-written-answers-qa"] = [
 (PUT, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PUT, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PUT, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 n(N1, "nato-non-expansion", "mentions"),
 n(N1, "no-strike-weapons-near-borders", "mentions"),
 n(N1, "rollback-to-1997", "mentions"),
 n("It is also striking what he did not say. He did not close the door on talks, and he did not repeat the threats of \"military-technical\" responses that his diplomats had been making since December.", "", ""),
 n(N3, "no-intermediate-range-missiles", "mentions"),
 n(N3, "limit-military-exercises", "mentions"),
 n(N3, "resume-military-dialogue", "mentions"),
 n("My own view is that Washington should take the missile piece seriously. A verifiable ban on intermediate-range systems in Europe was in America's interest in 1987, and it still is.", "no-intermediate-range-missiles", "supports"),
 n(N5, "nato-open-door", "mentions"),
 (LAV, "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-28"),
 n("I think the risk is the highest it has been since 2014, and it is rising. Russia has not pulled back a single battalion, and it is moving forces into Belarus for the Allied Resolve exercise. The West has been right to insist on de-escalation as the first step, but it should not pretend that insisting is the same as achieving it.", "russia-de-escalation", "supports"),
 n("At the same time, I would not read Putin's February 1 remarks as a door slammed shut. He said he hoped a solution would eventually be found, and that dialogue would continue.", "", ""),
]

D = "2022-01-25"
def c(ev, demand, stance, name="James Cleverly"):
    return (ev, "james-cleverly", 1, name, demand, stance, 1, D)
C2 = "On 17 December, Russia published two draft treaties. Some of what they contain is simply unacceptable. No third country can have a veto over the sovereign choices of a country that wishes to join NATO, and we will not return to a Europe of spheres of influence. Nor will we accept that allies who joined the alliance after 1997 should become members of a lesser rank, with the forces that protect them sent home."
C3 = "But we have been clear that there are areas where we are prepared to talk: arms control, including on intermediate-range missiles, greater transparency and risk reduction around military exercises, and better channels of communication between our armed forces. The United States and NATO have set that out in the talks in Geneva, Brussels and Vienna, and we have been in close contact with our allies throughout."
KREM = "That story is false, but the demand that now flows from it is real: the Kremlin wants a veto over NATO enlargement and the removal of allied forces from our eastern flank."
B1 = "I thank the Minister for his answer. For three decades, Moscow has told itself a story about promises made in 1990 and broken. " + KREM + " Neither can be conceded."
C4 = "My hon. Friend is absolutely right. NATO's door remains open, and it is for Ukraine and the 30 allies, and nobody else, to decide whether Ukraine joins. I can assure him that our allies share that view."
MA = "The Minister mentions military exercises. Russia has itself put forward mutual limits on drills near borders. Limits of that kind would serve the Baltic states as much as anyone, and the Government should say so."
C6 = "We are open to discussing reciprocal limits on exercises, as I said, but only as part of a genuine de-escalation, not while 100,000 troops sit on Ukraine's border."
TREATY = "NATO is a defensive alliance, and the Kremlin's call for a legally binding treaty that would freeze NATO's membership is an attempt to rewrite the security architecture of Europe, not to protect Russia."
C7 = "I do agree. " + TREATY
L["hansard-2022-01-25-russia-and-ukraine"] = [
 c("Russia has now amassed more than 100,000 troops, with tanks, artillery and short-range ballistic missiles, close to Ukraine's borders. We call on the Kremlin to de-escalate, to withdraw those forces and to engage in meaningful dialogue.", "russia-de-escalation", "supports"),
 c(C2, "nato-open-door", "supports"),
 c(C2, "rollback-to-1997", "rejects"),
 c(C3, "no-intermediate-range-missiles", "mentions"),
 c(C3, "limit-military-exercises", "mentions"),
 c(C3, "resume-military-dialogue", "mentions"),
 (B1, "alastair-brereton", 1, "Alastair Brereton", "nato-non-expansion", "rejects", 1, D),
 (B1, "alastair-brereton", 1, "Alastair Brereton", "rollback-to-1997", "rejects", 1, D),
 (KREM, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (KREM, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 c(C4, "nato-open-door", "supports"),
 c(C4, "no-ukraine-membership", "rejects"),
 ("The Opposition stand fully behind the Government on this. Russia's troops must be pulled back from Ukraine's border, and the Kremlin's demands for a sphere of influence must be rejected. But I say to the Minister that unity means more than words.", "rachel-okonjo", 1, "Rachel Okonjo", "russia-de-escalation", "supports", 1, D),
 c("The hon. Lady raises an important point, and I am grateful for the Opposition's support. We are working with partners on a package of sanctions that would be severe and swift if Russia were to invade.", "", ""),
 (MA, "fergus-macaulay", 1, "Fergus MacAulay", "limit-military-exercises", "supports", 1, D),
 ("Russia has itself put forward mutual limits on drills near borders.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 c(C6, "limit-military-exercises", "mentions"),
 c(C6, "russia-de-escalation", "supports"),
 c(C7, "written-legal-guarantees", "rejects"),
 c(C7, "nato-non-expansion", "rejects"),
 (TREATY, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (TREATY, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 c("The hon. Lady is right to raise this. We have provided £88 million of economic support, and we will keep standing with the people of Ukraine, whatever pressure they face.", "", ""),
]

write_gold(L, "articles-321", "gold-321")
