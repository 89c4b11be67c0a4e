#!/usr/bin/env python3
"""Writes the eighth held-out gold (gold-8/*.nq) from the labels below.

Batch 8 (seven articles on the December 2021 - February 2022 "security
guarantees" crisis: a Washington Post piece, an Interfax item, Deutsche
Welle, the Kyiv Post, a NATO press release, a Bloomberg Opinion column with
two invented analysts and a machine-translated aggregator item without front
matter) was written and labelled before the extractor ever ran on it, by a
writer who had not seen the extractor's code, its lexicon or batches 4-7.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["wapo-2022-01-26-blinken-written-response"] = [
 ("The United States on Wednesday handed Russia a written response to its demands for security guarantees, offering Moscow what Secretary of State Antony Blinken called a diplomatic path but refusing to give the Kremlin a veto over who may join NATO.", "united-states", 0, "The United States", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said the response, which Washington has asked Moscow to keep confidential, set out proposals on reciprocal transparency for military exercises and on arms control for intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Blinken said the response, which Washington has asked Moscow to keep confidential, set out proposals on reciprocal transparency for military exercises and on arms control for intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He added that the United States was prepared to discuss mutual commitments not to station offensive ground-launched missile systems in Ukraine, provided Russia did the same.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("If Moscow is serious about diplomacy, the first step is to pull back the forces it has massed along Ukraine's borders,", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("A senior State Department official, briefing reporters on condition of anonymity on Wednesday evening, said the response did not take up Russia's call to withdraw allied forces from the countries that joined NATO after 1997.", "us-state-department", 0, "A senior State Department official", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("That is not something we are going to entertain,", "us-state-department", 0, "the official", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("In Moscow, Kremlin spokesman Dmitry Peskov said earlier in the day that Russia still needed a legally binding guarantee that NATO would stop moving east, not “verbal assurances.”", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("In Moscow, Kremlin spokesman Dmitry Peskov said earlier in the day that Russia still needed a legally binding guarantee that NATO would stop moving east, not “verbal assurances.”", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-26"),
 ("We will read it carefully, and we will not draw conclusions overnight,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
]
L["interfax-2022-01-28-grushko-nato-answer"] = [
 ("According to Grushko, the alliance has once again confirmed its attachment to the \"open door\" policy, which Russia regards as a direct threat to its security.", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("The deputy minister stressed that Moscow needs legally binding guarantees that NATO will not move further east, and not \"declarations of good intentions.\"", "alexander-grushko", 1, "The deputy minister", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("The deputy minister stressed that Moscow needs legally binding guarantees that NATO will not move further east, and not \"declarations of good intentions.\"", "alexander-grushko", 1, "The deputy minister", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("We were told for decades that enlargement was not directed against us. Today the infrastructure of the alliance stands at our borders, and it must be pulled back to where it was in 1997,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-28"),
 ("He noted that the deployment of strike weapons in Ukraine or in other states bordering Russia would cross a \"red line.\"", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("The diplomat also pointed to NATO warships in the Black Sea and to US strategic bombers flying near Russian airspace, which, in his words, should stay out of areas from which they are able to strike Russian territory.", "alexander-grushko", 1, "The diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-28"),
 ("Grushko noted that the NATO document does contain ideas on transparency and on the scale of military exercises, but said such issues were \"secondary\" and could be considered only together with the main ones.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("According to the deputy minister, Russia is ready to extend its unilateral moratorium on deploying intermediate-range missiles in Europe if NATO undertakes a mirror commitment.", "alexander-grushko", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 0, "2022-01-28"),
 ("He also recalled that Russia's draft agreement proposed restoring military-to-military contacts with the alliance, which, he said, NATO itself had curtailed in 2014.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "supports", 0, "2022-01-28"),
 ("If our proposals are ignored, we will have to respond with military-technical measures,", "alexander-grushko", 1, "the deputy minister", "", "", 1, "2022-01-28"),
]
L["dw-2022-02-08-scholz-biden-washington"] = [
 ("German Chancellor Olaf Scholz and US President Joe Biden on Monday called on Russia to pull back the more than 100,000 troops it has massed near Ukraine, as the two leaders met at the White House for the first time since Scholz took office in December.", "olaf-scholz", 1, "Olaf Scholz", "russia-de-escalation", "supports", 0, "2022-02-07"),
 ("German Chancellor Olaf Scholz and US President Joe Biden on Monday called on Russia to pull back the more than 100,000 troops it has massed near Ukraine, as the two leaders met at the White House for the first time since Scholz took office in December.", "joe-biden", 1, "Joe Biden", "russia-de-escalation", "supports", 0, "2022-02-07"),
 ("If Russia invades, then there will be no longer a Nord Stream 2. We will bring an end to it,", "joe-biden", 1, "the president", "", "", 1, "2022-02-07"),
 ("We are acting together, we are absolutely united, and we will not be taking different steps,", "olaf-scholz", 1, "Scholz", "", "", 1, "2022-02-07"),
 ("What is needed now is de-escalation, and Russia is the one that has to take those steps,", "olaf-scholz", 1, "Scholz", "russia-de-escalation", "supports", 1, "2022-02-07"),
 ("Biden said any European democracy that met NATO's standards remained free to apply, and that Russia had no say in the matter.", "joe-biden", 1, "Biden", "nato-open-door", "supports", 0, "2022-02-07"),
 ("He also said Washington remained ready to discuss reciprocal limits on intermediate-range missiles and on military exercises in Europe, as proposed in the written answers sent to Moscow in January.", "joe-biden", 1, "Biden", "no-intermediate-range-missiles", "mentions", 0, "2022-02-07"),
 ("He also said Washington remained ready to discuss reciprocal limits on intermediate-range missiles and on military exercises in Europe, as proposed in the written answers sent to Moscow in January.", "joe-biden", 1, "Biden", "limit-military-exercises", "mentions", 0, "2022-02-07"),
 ("Every country in Europe decides for itself which alliance it wants to belong to. That is not negotiable,", "olaf-scholz", 1, "the chancellor", "nato-open-door", "supports", 1, "2022-02-07"),
]
L["kyivpost-2022-01-27-nikolenko-zelensky"] = [
 ("The principle of ‘nothing about Ukraine without Ukraine’ was fully respected by our partners,", "oleg-nikolenko", 1, "Nikolenko", "", "", 1, "2022-01-27"),
 ("The spokesman said the answers contained no concessions to Russia on Ukraine's path to NATO membership.", "oleg-nikolenko", 1, "The spokesman", "nato-open-door", "supports", 0, "2022-01-27"),
 ("The spokesman said the answers contained no concessions to Russia on Ukraine's path to NATO membership.", "oleg-nikolenko", 1, "The spokesman", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("He rejected Moscow's demand that the alliance end its military cooperation with non-member former Soviet republics, calling it an attempt to revive “spheres of influence.”", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("The promise we were given in Bucharest in 2008 has not been withdrawn, and it will not be withdrawn because the Kremlin demands it,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("Zelensky also urged Ukrainians not to panic and called on Russia to withdraw its troops from Ukraine's borders and return to talks in the Normandy format, whose political advisers met in Paris on Wednesday.", "volodymyr-zelensky", 1, "Zelensky", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Moscow has insisted that Ukraine and Georgia be barred from ever joining NATO, a demand Washington and its allies have repeatedly dismissed.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has insisted that Ukraine and Georgia be barred from ever joining NATO, a demand Washington and its allies have repeatedly dismissed.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
]
L["nato-2022-02-10-nrc-letter"] = [
 ("In the letter, Allies reiterated their readiness to engage with Russia on reciprocal transparency and risk reduction, including limits on and notification of large-scale military exercises, and on arms control, including land-based intermediate-range missiles in Europe.", "nato", 0, "Allies", "limit-military-exercises", "mentions", 0, "2022-02-10"),
 ("In the letter, Allies reiterated their readiness to engage with Russia on reciprocal transparency and risk reduction, including limits on and notification of large-scale military exercises, and on arms control, including land-based intermediate-range missiles in Europe.", "nato", 0, "Allies", "no-intermediate-range-missiles", "mentions", 0, "2022-02-10"),
 ("We also proposed to re-establish our respective offices in Moscow and Brussels and to make full use of military-to-military channels of communication to avoid incidents and accidents,", "jens-stoltenberg", 1, "Mr Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-02-10"),
 ("The right of every nation to choose its own path is not up for discussion, and NATO's door remains open,", "jens-stoltenberg", 1, "the Secretary General", "nato-open-door", "supports", 1, "2022-02-10"),
 ("Allies also called on Russia to de-escalate immediately and to withdraw its forces from in and around Ukraine, in line with its international commitments.", "nato", 0, "Allies", "russia-de-escalation", "supports", 0, "2022-02-10"),
 ("NATO is a defensive Alliance, and we do not seek confrontation with Russia. But we must be prepared for the worst,", "jens-stoltenberg", 1, "Mr Stoltenberg", "", "", 1, "2022-02-10"),
 ("In Vienna, the head of the Russian delegation to the negotiations on military security and arms control, Konstantin Gavrilov, said on Thursday that Moscow was not interested in talks on “secondary issues” while NATO refused to give legally binding guarantees against further enlargement.", "konstantin-gavrilov", 1, "Konstantin Gavrilov", "written-legal-guarantees", "supports", 0, "2022-02-10"),
 ("In Vienna, the head of the Russian delegation to the negotiations on military security and arms control, Konstantin Gavrilov, said on Thursday that Moscow was not interested in talks on “secondary issues” while NATO refused to give legally binding guarantees against further enlargement.", "konstantin-gavrilov", 1, "Konstantin Gavrilov", "nato-non-expansion", "supports", 0, "2022-02-10"),
 ("Letters and invitations do not change the essence of the problem,", "konstantin-gavrilov", 1, "Konstantin Gavrilov", "", "", 1, "2022-02-10"),
]
# Analysts speak for themselves (README convention): Marchenko (Moscow) leans
# to Russia's side, Osterhaut (London) to the West's; the columnist's own
# voice is not a speaker.
L["bloomberg-2022-02-02-column-polite-no"] = [
 ("Nobody in Moscow expected a yes, but many hoped for a maybe,", "yevgeny-marchenko", 1, "Yevgeny Marchenko", "", "", 1, ""),
 ("In his reading, the demand to pull NATO forces back to the 1997 lines was always the Kremlin's opening bid rather than a realistic goal.", "yevgeny-marchenko", 1, "Yevgeny Marchenko", "rollback-to-1997", "mentions", 0, ""),
 ("The West has to accept that there will be no NATO bases and no Western instructors in Ukraine or Georgia. For Moscow this is not a bargaining chip,", "yevgeny-marchenko", 1, "Marchenko", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("The offer of talks on intermediate-range missiles and on the size of exercises, she argues, is “a generous one” that Moscow should take seriously.", "rachel-osterhaut", 1, "Rachel Osterhaut", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The offer of talks on intermediate-range missiles and on the size of exercises, she argues, is “a generous one” that Moscow should take seriously.", "rachel-osterhaut", 1, "Rachel Osterhaut", "limit-military-exercises", "mentions", 0, ""),
 ("Handing Russia a veto over who joins the alliance would be a strategic error the West could never undo,", "rachel-osterhaut", 1, "Osterhaut", "nato-open-door", "supports", 1, ""),
]
L["aggregator-2022-02-02-slutsky-us-answers"] = [
 ("is not the answer, but the refusal", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, "2022-02-02"),
 ("We see in these documents the set of the general phrases about dialogue and transparency, but there is no word about the non-expansion of NATO to the east", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 1, "2022-02-02"),
 ("According to the deputy, Ukraine must never become the member of the North Atlantic alliance, and the West is obliged to fix this in the legally binding document, not in the words.", "leonid-slutsky", 1, "the deputy", "no-ukraine-membership", "supports", 0, "2022-02-02"),
 ("According to the deputy, Ukraine must never become the member of the North Atlantic alliance, and the West is obliged to fix this in the legally binding document, not in the words.", "leonid-slutsky", 1, "the deputy", "written-legal-guarantees", "supports", 0, "2022-02-02"),
 ("The door, which is open for Kiev - it is the door to the war", "leonid-slutsky", 1, "the parliamentarian", "nato-open-door", "rejects", 1, "2022-02-02"),
 ("The door, which is open for Kiev - it is the door to the war", "leonid-slutsky", 1, "the parliamentarian", "no-ukraine-membership", "supports", 1, "2022-02-02"),
 ("Slutsky also noted, that Moscow is ready to continue the negotiations without any preconditions, but \"not endlessly\".", "leonid-slutsky", 1, "Slutsky", "no-preconditions", "supports", 0, "2022-02-02"),
 ("Earlier the speaker of the Federation Council Valentina Matviyenko on Tuesday declared, that the decision of the Bucharest summit of NATO of 2008 about the future membership of Ukraine and Georgia must be disavowed.", "valentina-matviyenko", 1, "Valentina Matviyenko", "rescind-bucharest-2008", "supports", 0, "2022-02-01"),
 ("Russia moves the troops on own territory and nobody can dictate to us, where to hold them", "valentina-matviyenko", 1, "Matviyenko", "russia-de-escalation", "rejects", 1, "2022-02-01"),
]

write_gold(L, "articles-8", "gold-8")
