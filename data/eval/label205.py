#!/usr/bin/env python3
"""Writes the held-out gold of batch 205 (gold-205/*.nq) from the labels below.

Batch 205 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- valdai-club-2022-01-31-after-the-letters: Valdai Discussion Club "Expert
  Opinions" commentary by an invented MGIMO scholar; no front matter, date as
  31.01.2022; the author's own prose is unlabelled (neither quotation nor
  reported speech); Baker 1990 / Founding Act / Bucharest quoted as history;
  a quotation interrupted by "Peskov told journalists"; "repeated the formula".
- carnegie-endowment-2022-01-27-lind-us-nato-replies: Carnegie Q&A with an
  invented senior fellow; each answer paragraph is one quotation; analyst who
  mostly "mentions" but takes her own side on enlargement and exercises;
  Moscow's demands attributed in passing inside her answers.
- yonhap-2022-01-27-us-written-response-russia: Yonhap (LEAD) wire story from
  Washington with a Seoul reaction; UTF-8 BOM and CRLF line ends; Yonhap
  dateline "WASHINGTON, Jan. 26 (Yonhap) --", ATTN line, (END); "Russia has
  demanded" background sentence; Korean spokesperson and analyst with
  demand-less quotations.
- lrt-2022-01-13-landsbergis-nato-1997-line: LRT English report, Lithuanian
  foreign and defence ministers on the 1997 line after the NATO-Russia
  Council; photo caption, "Read more" lines, Background crosshead with the
  Founding Act quoted; Grushko and Lukashevich in reported speech.
- al-jazeera-2022-01-21-geneva-blinken-lavrov-explainer: Al Jazeera explainer
  with question crossheads and Inside Story guests; a "written response" that
  is not the written-guarantees demand; "Moscow denies ... says it is free to
  move troops"; US and NATO speaking as organisations.
- irish-times-2022-02-01-security-council-ukraine-clash: Irish Times report
  from the UN Security Council on 31 January; curly quotes; neutral Ireland on
  the right to choose alliances; a quotation split by "she said"; China's
  envoy only mentioning Moscow's concern.
- european-parliament-2022-01-19-plenary-security-eastern-europe: extract of
  the verbatim report of a plenary debate: speaker labels "on behalf of the
  X Group. –", the President's procedural lines, a blue-card question (a
  question: unlabelled) and answer, applause notes; every speech paragraph is
  one quotation.

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

Writer's own choices where the conventions leave room:
- Russia's in-passing label uses the same evidence span as the sentence or
  quotation that carries it, with direct 0 (the words are not Moscow's).
- A quotation that rejects barring Ukraine (or Ukraine and Georgia) from NATO
  gets both nato-open-door (supports) and no-ukraine-membership (rejects); a
  general "every nation chooses its alliances" gets nato-open-door only.
- Q&A answers and plenary speeches carry the publication / sitting date.
- The Valdai author's own argument is not labelled; only the people he quotes
  or reports are.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["valdai-club-2022-01-31-after-the-letters"] = [
 ("There is no positive answer on the main question – that NATO must not expand to the east and that strike weapons which could threaten the territory of the Russian Federation must not be deployed,",
  "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("There is no positive answer on the main question – that NATO must not expand to the east and that strike weapons which could threaten the territory of the Russian Federation must not be deployed,",
  "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("It cannot be said that our views were taken into account or that any readiness to take our concerns into account was shown,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("But we will not rush with assessments.",
  "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,",
  "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He also made clear that Moscow would not settle for political declarations this time and that any guarantee would have to be fixed on paper and carry legal force.",
  "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("The American deputy secretary answered in the same city on the same day that Washington would not allow anyone \"to slam closed\" the Alliance's open door.",
  "wendy-sherman", 1, "The American deputy secretary", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Antony Blinken repeated the formula when the letter was delivered on 26 January.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change; there will be no change,",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said on Wednesday that the document proposed discussing arms control arrangements for ground-launched missiles in Europe and greater transparency around large military exercises on both sides.",
  "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Blinken said on Wednesday that the document proposed discussing arms control arrangements for ground-launched missiles in Europe and greater transparency around large military exercises on both sides.",
  "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
]

C1 = "Two separate documents, and they are different in tone. The U.S. letter is a bilateral text; NATO's is a collective one agreed by all thirty allies. Neither has been published. Secretary Blinken has described the American one in general terms, and he made clear that Washington would rather keep the text confidential to give diplomacy some room."
C2 = "On substance, the letter does two things. It restates, without any hedging, that the alliance's door stays open and that Ukraine's future relationship with NATO is for Ukraine and the allies to decide. And it offers a menu of things that can be negotiated: reciprocal limits on where ground-launched intermediate-range missiles can be placed in Europe, notification and observation arrangements for big exercises on both sides, and a revival of the military-to-military channels that have gone quiet since 2014."
C3 = "Parts of it, yes. The missile piece builds on ideas that have circulated in both capitals since the INF Treaty died in 2019, and a transparency mechanism for the Aegis Ashore sites in Romania and Poland, which the letter reportedly offers, is the kind of thing Russian military planners genuinely care about. If the General Staff were writing the reply, I think it would see real value there."
C4 = "What Moscow cannot live with is what the letter leaves out. The Kremlin asked for a legally binding promise that the alliance will take in no new members, and for NATO to pull its forces and infrastructure back to where they stood in 1997. The answer on both is a flat no, and I do not think anyone in Washington expected otherwise."
C5 = "I would not have offered more on enlargement, and I say that as someone who thinks the Bucharest language of 2008 was a mistake. You cannot trade away a country's right to choose its alliances under the pressure of a hundred thousand troops on its border; if you do, you have taught Moscow that massing forces works. Where I think Washington could be more creative is on exercises. Snap drills of the size Russia runs in its Western Military District, and the large allied exercises in the Baltic region, both ought to be capped in the zone close to the line of contact, with observers invited, and I would say so publicly."
C6 = "The short-range question deserves more attention too. Russia worries about missile launchers in Poland and Romania; the allies worry about Iskanders in Kaliningrad. There is a trade there, if both sides want it."
C7 = "Watch what Lavrov and Putin say rather than what the spokespeople say. The real signal will be whether Lavrov answers in writing, and whether Moscow keeps the so-called second-tier issues—missiles, exercises, risk reduction—on the table or dismisses them as a distraction from the main question of NATO expansion."
C8 = "And watch the border. Everything depends on whether Russia starts pulling back the forces it has moved toward Ukraine since the autumn. If those battalion tactical groups start going home, the letters will have mattered; if they keep arriving, nothing on paper will."
ML = ("margarethe-lind", 1, "Margarethe Lind")
D = "2022-01-27"
L["carnegie-endowment-2022-01-27-lind-us-nato-replies"] = [
 (C1, *ML, "", "", 1, D),
 (C2, *ML, "nato-open-door", "mentions", 1, D),
 (C2, *ML, "no-ukraine-membership", "mentions", 1, D),
 (C2, *ML, "no-intermediate-range-missiles", "mentions", 1, D),
 (C2, *ML, "limit-military-exercises", "mentions", 1, D),
 (C2, *ML, "resume-military-dialogue", "mentions", 1, D),
 (C3, *ML, "no-intermediate-range-missiles", "mentions", 1, D),
 (C4, *ML, "nato-non-expansion", "mentions", 1, D),
 (C4, *ML, "written-legal-guarantees", "mentions", 1, D),
 (C4, *ML, "rollback-to-1997", "mentions", 1, D),
 (C4, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 (C4, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (C4, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (C5, *ML, "nato-non-expansion", "rejects", 1, D),
 (C5, *ML, "nato-open-door", "supports", 1, D),
 (C5, *ML, "rescind-bucharest-2008", "mentions", 1, D),
 (C5, *ML, "limit-military-exercises", "supports", 1, D),
 (C6, *ML, "no-intermediate-range-missiles", "mentions", 1, D),
 (C6, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (C7, *ML, "no-intermediate-range-missiles", "mentions", 1, D),
 (C7, *ML, "limit-military-exercises", "mentions", 1, D),
 (C7, *ML, "nato-non-expansion", "mentions", 1, D),
 (C8, *ML, "russia-de-escalation", "mentions", 1, D),
]

Y1 = "The United States on Wednesday handed Russia its written answer to Moscow's demands for security guarantees, refusing to close NATO's door to Ukraine while proposing talks on missiles and military exercises in Europe, Secretary of State Antony Blinken said."
Y2 = "Russia has demanded legally binding guarantees that NATO will not expand eastward and that the alliance will pull back troops and weapons deployed in eastern European member states."
Y3 = "Asked whether the U.S. response meets Moscow's call for a halt to NATO enlargement, Blinken said the answer on that point was clear."
Y4 = "We've addressed the possibility of reciprocal transparency measures, measures to increase confidence regarding military exercises and maneuvers in Europe, and arms control related to missiles in Europe,"
AB = ("antony-blinken", 1)
W = "2022-01-26"
L["yonhap-2022-01-27-us-written-response-russia"] = [
 (Y1, *AB, "Secretary of State Antony Blinken", "nato-open-door", "supports", 0, W),
 (Y1, *AB, "Secretary of State Antony Blinken", "no-ukraine-membership", "rejects", 0, W),
 (Y1, *AB, "Secretary of State Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 (Y1, *AB, "Secretary of State Antony Blinken", "limit-military-exercises", "mentions", 0, W),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,",
  *AB, "the top U.S. diplomat", "nato-open-door", "supports", 1, W),
 (Y2, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (Y2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (Y2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (Y3, *AB, "Blinken", "nato-non-expansion", "rejects", 0, W),
 (Y3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The door is open and remains open, and that is our commitment,",
  *AB, "he", "nato-open-door", "supports", 1, W),
 (Y4, *AB, "he", "limit-military-exercises", "mentions", 1, W),
 (Y4, *AB, "he", "no-intermediate-range-missiles", "mentions", 1, W),
 ("Stoltenberg said NATO was ready to listen to Russia's concerns, but that it would not compromise on the right of every nation to choose its own path.",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, W),
 ("He also urged Moscow to pull back the forces it has gathered around Ukraine.",
  "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, W),
 ("If there is no constructive answer and the West continues its aggressive line, Russia will take the necessary retaliatory measures,",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, W),
 ("The government hopes that the situation will be resolved peacefully through diplomacy and dialogue,",
  "lim-soo-kyung", 1, "Lim Soo-kyung", "", "", 1, "2022-01-27"),
 ("The U.S. answer shows that Washington will not cut deals about a partner's security over that partner's head. That matters a lot to countries that rely on American commitments, including Korea,",
  "yoon-seo-jin", 1, "Yoon Seo-jin", "", "", 1, ""),
]

GL = ("gabrielius-landsbergis", 1)
T = "2022-01-13"
Wd = "2022-01-12"
A1 = "On Wednesday, Defence Minister Arvydas Anušauskas said Lithuania would ask its allies to increase their military presence in the region, and called Russia's demands to limit military exercises in the Baltic region unacceptable."
G1 = "Russia's delegation was led by Deputy Foreign Minister Alexander Grushko, who told reporters afterwards that NATO's movement eastwards had to stop and that the alliance's infrastructure had to be pulled back to the positions of 1997."
L["lrt-2022-01-13-landsbergis-nato-1997-line"] = [
 ("Lithuania's position is very simple: the alliance cannot negotiate about the security of its members without those members, and it cannot go back to 1997, not even in conversation,",
  *GL, "Foreign Minister Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, T),
 ("According to Landsbergis, the multinational battalion led by Germany has been stationed in Rukla since 2017 at the invitation of the Lithuanian government and will stay for as long as Lithuania needs it.",
  *GL, "Landsbergis", "rollback-to-1997", "rejects", 0, T),
 ("What Moscow calls security guarantees is in reality a demand to have a sphere of influence. We were part of such a sphere once, and we remember very well what it means,",
  *GL, "the minister", "", "", 1, T),
 ("He also said that the talks could not be used to question the sovereign choices of others.",
  *GL, "He", "nato-open-door", "supports", 0, T),
 ("Every nation in Europe decides for itself which alliances to join. Nobody in Moscow has a right to a veto on that,",
  *GL, "Landsbergis", "nato-open-door", "supports", 1, T),
 (A1, "arvydas-anusauskas", 1, "Defence Minister Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, Wd),
 (A1, "arvydas-anusauskas", 1, "Defence Minister Arvydas Anušauskas", "rollback-to-1997", "rejects", 0, Wd),
 (A1, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("We will not ask anyone for permission to train our soldiers on our own land,",
  "arvydas-anusauskas", 1, "Anušauskas", "limit-military-exercises", "rejects", 1, Wd),
 ("NATO allies stood together and made it clear that we will not renounce our ability to protect and defend one another, including with the presence of troops in the eastern part of the alliance,",
  "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, Wd),
 (G1, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, Wd),
 (G1, "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, Wd),
 ("If we do not hear a constructive response to our proposals within a reasonable time, we will have to draw conclusions and take the necessary measures,",
  "alexander-lukashevich", 1, "Lukashevich", "", "", 1, T),
 ("If NATO accepted the 1997 line, the battalion in Rukla would have to pack up and leave. That is not a negotiating position, it is an ultimatum, and the alliance must not accept it,",
  "paulius-dambrauskas", 1, "Dambrauskas", "rollback-to-1997", "rejects", 1, ""),
]

F = "2022-01-21"
Th = "2022-01-20"
J1 = "Our proposals are a package, and their main elements – no further enlargement of NATO and no deployment of strike weapons near our borders – cannot be separated from each other,"
J2 = "In two draft documents published in December, Russia demanded that NATO rule out membership for Ukraine and other former Soviet states, and that the alliance halt all military activity in Eastern Europe, Ukraine, the South Caucasus and Central Asia."
J3 = "Moscow also wants the US to give up deploying intermediate-range missiles within striking distance of Russia, and it has insisted that any deal must take the form of legally binding treaties rather than political statements."
J4 = "The US and NATO have rejected the core Russian demands as non-starters, but have said they are willing to discuss arms control, the placement of missiles and the scale of military exercises."
J5 = "NATO Secretary-General Jens Stoltenberg said on Thursday that Russia did not have the right to \"establish a sphere of influence\" and that Ukraine's relationship with NATO was a matter for Kyiv and the 30 allies alone."
J6 = "The Americans keep saying they will not discuss NATO enlargement, but that is the only thing Russia came to Geneva to discuss. Everything else is decoration,"
L["al-jazeera-2022-01-21-geneva-blinken-lavrov-explainer"] = [
 ("We didn't expect a breakthrough today, but I believe we are now on a clearer path to understanding each other's concerns,",
  "antony-blinken", 1, "Blinken", "", "", 1, F),
 ("We will share with Russia our concerns and ideas in more detail in writing next week,",
  "antony-blinken", 1, "he", "", "", 1, F),
 ("Blinken also warned that the best way for Russia to show it had no aggressive intentions was to de-escalate and move its forces away from Ukraine's border.",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, F),
 (J1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, F),
 (J1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, F),
 (J2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (J2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (J2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (J3, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (J3, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("On Friday, the Russian foreign ministry said in a statement that its demands included the withdrawal of foreign forces, equipment and weapons from Romania and Bulgaria, which joined NATO in 2004.",
  "russian-foreign-ministry", 0, "the Russian foreign ministry", "rollback-to-1997", "supports", 0, F),
 (J4, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, ""),
 (J4, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, ""),
 (J4, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, ""),
 (J4, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
 (J5, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, Th),
 (J5, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, Th),
 (J6, "oleg-ivashin", 1, "Ivashin", "nato-non-expansion", "mentions", 1, ""),
 (J6, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Washington can and should talk about missiles and about exercises, because those are real risks for both sides,",
  "rebecca-ashdown", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington can and should talk about missiles and about exercises, because those are real risks for both sides,",
  "rebecca-ashdown", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("What it cannot do is agree that Ukraine is forever barred from an alliance it may one day want to join.",
  "rebecca-ashdown", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 ("What it cannot do is agree that Ukraine is forever barred from an alliance it may one day want to join.",
  "rebecca-ashdown", 1, "she", "nato-open-door", "supports", 1, ""),
 ("Ukrainians are watching two great powers discuss our future in a hotel in Geneva, without us in the room. Blinken promised nothing about Ukraine would be decided without Ukraine, and we will hold him to that,",
  "halyna-marchuk", 1, "she", "", "", 1, ""),
 ("Moscow denies planning an invasion and says it is free to move troops on its own territory.",
  "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

M = "2022-01-31"
I1 = "The United States and Russia traded accusations at the United Nations Security Council on Monday in the first open meeting of the 15-member body on the build-up of Russian troops near Ukraine, with Ireland's ambassador calling on Moscow to step back from the border."
I2 = "The root of the problem is that NATO keeps moving towards our borders, and we have asked for that to stop, in writing and with legal force,"
I3 = "Ukraine will decide for itself which alliances to join, and no other capital will decide that for us,"
GB = ("geraldine-byrne-nason", 1)
VN = ("vassily-nebenzia", 1)
L["irish-times-2022-02-01-security-council-ukraine-clash"] = [
 (I1, *GB, "Ireland's ambassador", "russia-de-escalation", "supports", 0, M),
 ("We have made clear that the path of diplomacy is open, but Russia must step back from the border for that path to lead anywhere,",
  "linda-thomas-greenfield", 1, "she", "russia-de-escalation", "supports", 1, M),
 ("If Russia is serious, it will de-escalate.",
  "linda-thomas-greenfield", 1, "she", "russia-de-escalation", "supports", 1, M),
 ("We have said many times that we are not planning any invasion, and yet our colleagues keep announcing dates,",
  *VN, "he", "", "", 1, M),
 ("Mr Nebenzia said Russian forces were deployed on Russian territory and that Moscow did not have to explain to anybody where it moved its own troops.",
  *VN, "Mr Nebenzia", "russia-de-escalation", "rejects", 0, M),
 (I2, *VN, "he", "nato-non-expansion", "supports", 1, M),
 (I2, *VN, "he", "written-legal-guarantees", "supports", 1, M),
 ("Ireland’s message is simple. Russia should de-escalate, and it should engage in good faith in the dialogue that is on offer,".replace("’", "'"),
  *GB, "Geraldine Byrne Nason", "russia-de-escalation", "supports", 1, M),
 ("She said Ireland, as a militarily neutral state, fully respected the right of every country to decide on its own security arrangements, including whether to join an alliance.",
  *GB, "She", "nato-open-door", "supports", 0, M),
 ("No country in Europe should have a veto over the choices of its neighbours, whether those neighbours are neutral, as we are, or choose to be part of NATO,",
  "simon-coveney", 1, "Mr Coveney", "nato-open-door", "supports", 1, M),
 (I3, "sergiy-kyslytsya", 1, "he", "nato-open-door", "supports", 1, M),
 (I3, "sergiy-kyslytsya", 1, "he", "no-ukraine-membership", "rejects", 1, M),
 ("China's ambassador, Zhang Jun, said Russia's concerns about NATO's eastward expansion deserved to be taken seriously, and criticised what he called the “megaphone diplomacy” of the US.",
  "zhang-jun", 1, "Zhang Jun", "nato-non-expansion", "mentions", 0, M),
 ("What is urgently needed now is quiet diplomacy, not megaphone diplomacy,",
  "zhang-jun", 1, "he", "", "", 1, M),
]

E = "2022-01-19"
B1 = "Madam President, honourable Members, we are facing the most dangerous moment for security in Europe since the end of the Cold War. Russia has massed more than 100 000 troops, with heavy equipment, along Ukraine's borders, and it has put on the table two draft treaties that would, if accepted, redraw the security architecture of our continent."
B2 = "Let me be clear about what these drafts ask for. They ask NATO to close its door to any new member, starting with Ukraine. They ask the Allies to withdraw their forces from the territory of Member States that joined after 1997 – and I remind you that this means eleven of our Member States, from Estonia to Bulgaria. They ask that the neighbours of Russia have no military cooperation with anyone else. This is not a proposal for dialogue; it is a list of demands for a sphere of influence."
B3 = "We support dialogue. The United States has consulted us closely before and after Geneva, and I welcome that. But I have said it and I repeat it here: there cannot be a discussion about European security without Europe at the table. We are not spectators, and we will not accept that decisions about us are taken between two powers, as in Yalta."
B4 = "Our principles are not negotiable. Every country has the sovereign right to choose its alliances. Russia must de-escalate and pull back its troops. And any further military aggression against Ukraine will have massive consequences and severe costs, prepared in coordination with our partners."
B5 = "At the same time, there are things we can discuss, on the basis of reciprocity: transparency of military exercises, risk reduction, arms control. These are issues in which the security of the Union is directly at stake, and the OSCE is the natural place to discuss them."
K1 = "Madam President, Mr High Representative, in 1997 NATO and Russia signed the Founding Act, and some people in Moscow now pretend it was a promise to keep half of Europe in a grey zone. It was not. My country joined NATO in 1999 by its own free choice, and no Russian deputy minister will now tell us to send our allies home."
K2 = "The answer to blackmail is not concessions. It is more allied presence on the eastern flank, more support for Ukraine, including defensive weapons, and a clear message that if Putin moves his troops further, sanctions will hit him where it hurts."
S1 = "Madam President, we Social Democrats want diplomacy to succeed. That is why I welcome the talks in Geneva, in Brussels and in Vienna. But diplomacy means that both sides put something on the table. Russia says it is worried about missiles in Europe – then let us talk about missiles, on both sides. It complains about our exercises – then let us talk also about the exercises it is running in Belarus."
S2 = "What we cannot do is negotiate the sovereignty of Ukraine or of Georgia. Their path is theirs to choose."
V1 = "Madam President, I come from Riga. For Latvians, the words 'sphere of influence' are not a theory from a textbook. Moscow wants a written promise that NATO will never take another step towards the east, and it wants that promise signed in Washington over our heads. Colleagues, that is not security, that is the Molotov–Ribbentrop method, and we reject it."
V2 = "We ask the High Representative for one thing: make sure the European Union is not only informed after the fact."
D1 = "Madam President, let us be honest for once. NATO promised Mr Gorbachev in 1990 that it would not move one inch to the east, and then it moved a thousand kilometres. Russia's demand that this stops, and that Ukraine stays outside the Alliance, is not madness; it is what any great power would ask. France should be a bridge, not Washington's echo."
D2 = "No, Madam, I do not, and I never said so. But nobody in Warsaw or Tallinn is safer because Kyiv was promised in Bucharest a membership it will never get. That promise should be withdrawn, honestly, and Ukraine should be neutral."
JB = "Madam President, the Greens have always been for disarmament, and we still are. A new agreement on intermediate-range missiles in Europe would be in everybody's interest, and the European Union should push for it. But disarmament is negotiated between equals; it is not dictated by a hundred thousand soldiers at a border. Mr Putin should send them back to their barracks, and then we can talk."
TR = "Madam President, the Kremlin does not want guarantees; it wants Ukraine back. It wants no NATO instructor in Ukraine, no NATO exercise in the Black Sea and no allied soldier in the Baltic states. We should answer with more of all three."
DK = "Madam President, the Left in this House does not defend Mr Putin's troop movements, and they should stop. But we also say: the endless expansion of NATO has not made Europe safer. Europe needs a new architecture of common security, with the OSCE at its centre, and not a new arms race."
BO = ("josep-borrell", 1, "Josep Borrell Fontelles")
KW = ("katarzyna-wisniewska-holm", 1, "Katarzyna Wiśniewska-Holm")
HS = ("henrik-sandahl", 1, "Henrik Sandahl")
IV = ("ilze-vitola", 1, "Ilze Vītola")
MD = ("marc-delorme", 1, "Marc Delorme")
RU = ("russia", 0)
L["european-parliament-2022-01-19-plenary-security-eastern-europe"] = [
 (B1, *BO, "", "", 1, E),
 (B2, *BO, "nato-non-expansion", "rejects", 1, E),
 (B2, *BO, "no-ukraine-membership", "rejects", 1, E),
 (B2, *BO, "rollback-to-1997", "rejects", 1, E),
 (B2, *BO, "no-military-activity-ex-soviet", "rejects", 1, E),
 (B2, *RU, "these drafts", "nato-non-expansion", "supports", 0, ""),
 (B2, *RU, "these drafts", "no-ukraine-membership", "supports", 0, ""),
 (B2, *RU, "these drafts", "rollback-to-1997", "supports", 0, ""),
 (B2, *RU, "these drafts", "no-military-activity-ex-soviet", "supports", 0, ""),
 (B3, *BO, "", "", 1, E),
 (B4, *BO, "nato-open-door", "supports", 1, E),
 (B4, *BO, "russia-de-escalation", "supports", 1, E),
 (B5, *BO, "limit-military-exercises", "mentions", 1, E),
 (K1, *KW, "rollback-to-1997", "rejects", 1, E),
 (K1, *RU, "Russian deputy minister", "rollback-to-1997", "supports", 0, ""),
 (K2, *KW, "rollback-to-1997", "rejects", 1, E),
 (K2, *KW, "no-military-activity-ex-soviet", "rejects", 1, E),
 (S1, *HS, "no-intermediate-range-missiles", "mentions", 1, E),
 (S1, *HS, "limit-military-exercises", "mentions", 1, E),
 (S1, *RU, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (S1, *RU, "Russia", "limit-military-exercises", "supports", 0, ""),
 (S2, *HS, "nato-open-door", "supports", 1, E),
 (S2, *HS, "no-ukraine-membership", "rejects", 1, E),
 (V1, *IV, "nato-non-expansion", "rejects", 1, E),
 (V1, *IV, "written-legal-guarantees", "rejects", 1, E),
 (V1, *RU, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (V1, *RU, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (V2, *IV, "", "", 1, E),
 (D1, *MD, "nato-non-expansion", "supports", 1, E),
 (D1, *MD, "no-ukraine-membership", "supports", 1, E),
 (D1, *RU, "Russia", "nato-non-expansion", "supports", 0, ""),
 (D1, *RU, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (D2, *MD, "rollback-to-1997", "rejects", 1, E),
 (D2, *MD, "rescind-bucharest-2008", "supports", 1, E),
 (D2, *MD, "no-ukraine-membership", "supports", 1, E),
 (JB, "jonas-brandauer", 1, "Jonas Brandauer", "no-intermediate-range-missiles", "supports", 1, E),
 (JB, "jonas-brandauer", 1, "Jonas Brandauer", "russia-de-escalation", "supports", 1, E),
 (TR, *RU, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 (TR, *RU, "the Kremlin", "limit-military-exercises", "supports", 0, ""),
 (TR, *RU, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (TR, "tomasz-rybicki", 1, "Tomasz Rybicki", "no-military-activity-ex-soviet", "rejects", 1, E),
 (TR, "tomasz-rybicki", 1, "Tomasz Rybicki", "limit-military-exercises", "rejects", 1, E),
 (TR, "tomasz-rybicki", 1, "Tomasz Rybicki", "rollback-to-1997", "rejects", 1, E),
 (DK, "dimitrios-karalis", 1, "Dimitrios Karalis", "russia-de-escalation", "supports", 1, E),
 (DK, "dimitrios-karalis", 1, "Dimitrios Karalis", "nato-non-expansion", "supports", 1, E),
]

write_gold(L, "articles-205", "gold-205")
