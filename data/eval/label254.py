#!/usr/bin/env python3
"""Writes the held-out gold of batch 254 (gold-254/*.nq) from the labels below.

Batch 254 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- voa-2022-01-26-us-nato-deliver-written-responses-to-russia: Voice of America
  news story (front matter) on the 26 January written answers; quotations split by
  "Blinken said", a "he" quotation, a reported lead with the US as actor, unspecified
  Lavrov/Zakharova reports, Baker 1990 background, an analyst who only mentions.
- economist-2022-01-15-do-not-reward-the-kremlins-blackmail: The Economist leader
  (no front matter, edition date only); editorial voice (not labelled) mixed with
  "Moscow wants ..." summaries, Putin/Ryabkov/Sherman/Stoltenberg quotations with
  dates given as "January 10th", a Bucharest 2008 quotation from a document.
- rossiyskaya-gazeta-2022-01-21-grushko-nato-must-stop-pumping-weapons: machine-
  translated Rossiyskaya Gazeta interview with Grushko (no front matter, dd.mm.yyyy
  date); dash-led questions and answers, « » quotes, "non-extension", one answer in
  two paragraphs, a rejection of the Western de-escalation demand.
- yle-news-2022-01-20-finland-nato-option-not-up-for-negotiation: Yle News story
  (front matter) on Finland's NATO option; caption and "Read also" lines, Niinistö's
  New Year speech in indirect speech, Zakharova with short quoted fragments, an FIIA
  analyst who only mentions, Russia's demands named in passing.
- eduskunta-2022-02-02-topical-debate-european-security: Finnish parliament plenary
  minutes in translation (UTF-8 BOM, CRLF, no front matter); time-stamped speaker
  labels with party tags, the chairing Speaker (not labelled), MPs' rhetorical
  questions, Russia's demands named inside MPs' sentences.
- eeas-2022-01-14-gymnich-borrell-press-remarks: EEAS press release (front matter)
  with a third-person summary, "Check against delivery!" remarks, bracketed
  editorial insertions, Q./answer paragraphs; questions name Ryabkov and a demand.
- podcast-2022-01-28-inside-the-ring-paper-answers: podcast transcript (no front
  matter) with time stamps, a host (not labelled), two analysts (one with stances
  of her own, one with a stance against the 1997 rollback), interpreted Lavrov clips
  from "yesterday".

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

Writer's notes: a sentence of narration that reports what Russia demanded ("In draft
treaties published in December, it demanded ...", "Moscow wants ...") is labelled as
Russia's reported speech, undated unless a day is given. Positions of the US or NATO
reported inside another speaker's quotation are not given labels of their own (only
Moscow's, as the conventions say). In the Eduskunta record the party-tagged MPs are
politicians with a side; the chairing Speaker is the host.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["voa-2022-01-26-us-nato-deliver-written-responses-to-russia"] = [
 ("The United States delivered its long-awaited written response to Russia's security demands on Wednesday, refusing to close NATO's doors to Ukraine while offering Moscow talks on arms control and on the scale of military exercises in Europe.", "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 ("The United States delivered its long-awaited written response to Russia's security demands on Wednesday, refusing to close NATO's doors to Ukraine while offering Moscow talks on arms control and on the scale of military exercises in Europe.", "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, D),
 ("The document we've delivered includes concerns of the United States and our allies and partners about Russia's actions that undermine security, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "Secretary of State Antony Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "He", "", "", 1, D),
 ("Blinken said Washington was ready to discuss reciprocal transparency about the size and timing of drills, as well as the future of ground-launched intermediate-range missiles in Europe, but insisted that any progress depended on Russia pulling back the forces it has massed along Ukraine's frontier.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("Blinken said Washington was ready to discuss reciprocal transparency about the size and timing of drills, as well as the future of ground-launched intermediate-range missiles in Europe, but insisted that any progress depended on Russia pulling back the forces it has massed along Ukraine's frontier.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said Washington was ready to discuss reciprocal transparency about the size and timing of drills, as well as the future of ground-launched intermediate-range missiles in Europe, but insisted that any progress depended on Russia pulling back the forces it has massed along Ukraine's frontier.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("That includes the right of every nation in Europe to choose its own path, including which alliances it wants to be part of.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("The alliance chief said NATO had also proposed reopening the two sides' liaison offices and reviving military communication channels to avoid accidents and incidents, which were suspended after Moscow shut NATO's information office last year.", "jens-stoltenberg", 1, "The alliance chief", "resume-military-dialogue", "supports", 0, D),
 ("We expect a point-by-point answer on paper, and the key point for us is that the alliance does not take one more step eastward,", "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, D),
 ("In draft treaties published in December, it demanded that NATO withdraw troops and weapons from the member states that joined after 1997 and formally rule out membership for Ukraine.", "russia", 0, "it", "rollback-to-1997", "supports", 0, ""),
 ("In draft treaties published in December, it demanded that NATO withdraw troops and weapons from the member states that joined after 1997 and formally rule out membership for Ukraine.", "russia", 0, "it", "no-ukraine-membership", "supports", 0, ""),
 ("NATO has called both ideas non-starters.", "nato", 0, "NATO", "rollback-to-1997", "rejects", 0, ""),
 ("NATO has called both ideas non-starters.", "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, ""),
 ("It is important for us that the United States has not given up anything on the question of Ukraine's future membership in NATO,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Washington has said no to the things Moscow wanted most and yes to the things Moscow said it did not much care about,", "andrew-kessler", 1, "Andrew Kessler", "", "", 1, D),
 ("Kessler said the Kremlin now had to decide whether an agreement limiting missile deployments and exercises was worth taking without a promise on Ukraine.", "andrew-kessler", 1, "Kessler", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Kessler said the Kremlin now had to decide whether an agreement limiting missile deployments and exercises was worth taking without a promise on Ukraine.", "andrew-kessler", 1, "Kessler", "limit-military-exercises", "mentions", 0, D),
 ("Kessler said the Kremlin now had to decide whether an agreement limiting missile deployments and exercises was worth taking without a promise on Ukraine.", "andrew-kessler", 1, "Kessler", "no-ukraine-membership", "mentions", 0, D),
 ("If Putin wants a face-saving exit, it is in that document. If he wants a pretext, he will say he was ignored,", "andrew-kessler", 1, "he", "", "", 1, D),
]

L["economist-2022-01-15-do-not-reward-the-kremlins-blackmail"] = [
 ("Moscow wants NATO to promise never to admit Ukraine, Georgia or anyone else.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants NATO to promise never to admit Ukraine, Georgia or anyone else.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("It wants the alliance to pull its soldiers and weapons out of the 14 countries that have joined since 1997.", "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("It wants America to keep its warships and bombers out of range of Russia and to set up no bases in any former Soviet republic outside the alliance.", "russia", 0, "It", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("It wants America to keep its warships and bombers out of range of Russia and to set up no bases in any former Soviet republic outside the alliance.", "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("And it wants all of this written down in treaties, ratified and binding, because, as Vladimir Putin told his defence chiefs on December 21st, \"verbal assurances are not enough for us\".", "russia", 0, "it", "written-legal-guarantees", "supports", 0, ""),
 ("verbal assurances are not enough for us", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("He added that the allies would not give Moscow a say over whether Kyiv joins.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("He claims that the West tricked Russia in 1990, when James Baker, then America's secretary of state, mused to Mikhail Gorbachev about NATO not moving \"one inch\" east.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, ""),
 ("You promised us in the 1990s that NATO would not move an inch to the east. You cheated us brazenly,", "vladimir-putin", 1, "Mr Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("America would be willing to discuss where intermediate-range missiles may be placed in Europe and mutual limits on the size and scope of military exercises, provided Russia does the same.", "united-states", 0, "America", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("America would be willing to discuss where intermediate-range missiles may be placed in Europe and mutual limits on the size and scope of military exercises, provided Russia does the same.", "united-states", 0, "America", "limit-military-exercises", "mentions", 0, ""),
 ("He called the question of NATO's expansion the \"key\" issue and the rest secondary.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-14"),
]

D = "2022-01-21"
G = ("alexander-grushko", 1, "Alexander Grushko")
RG = [
 ("The conversation was direct, frank, without the diplomatic wrapping. We explained our position in detail, article by article, and we heard questions. But I would not say that our partners came with any readiness to discuss the essence.", [("", "")]),
 ("The essence is very simple. We need legally binding guarantees that NATO will not continue the movement to the east, that there will be no more expansion, including at the expense of Ukraine and Georgia. Not words, not promises, not the «political declarations» which the alliance likes so much, but a document with signatures and ratification. We already had verbal assurances in 1990, and we know how they ended.",
  [("nato-non-expansion", "supports"), ("no-ukraine-membership", "supports"), ("written-legal-guarantees", "supports")]),
 ("Yes, we heard this mantra many times. The policy of «open doors» is not a law of nature, it is a political decision of the alliance, and it can be changed by political decision. In 1997 the Founding Act was signed, and NATO committed itself to not deploy substantial combat forces on the territory of new members. Since then we see the opposite: rotating battalions, air policing, exercises at the very border.",
  [("nato-open-door", "rejects"), ("rollback-to-1997", "supports"), ("limit-military-exercises", "supports")]),
 ("Therefore our proposal is to return to the configuration which existed at the moment of signing of the Founding Act. Forces and infrastructure which appeared on the territory of states that entered after May 1997 should be withdrawn. This is not an ultimatum, it is an invitation to return to the basis that the alliance itself signed.",
  [("rollback-to-1997", "supports")]),
 ("We move our troops on our own territory, and we do not intend to report to anyone about it. It is NATO which comes to our borders, not the opposite. To demand from us «de-escalation» on our own land, while the alliance pumps the territory of neighbours with weapons, is cynicism.",
  [("russia-de-escalation", "rejects"), ("no-strike-weapons-near-borders", "supports")]),
 ("We heard it. Questions of intermediate and shorter-range missiles, of limiting of exercises near the line of contact, of the distance at which warships and strategic bombers approach our borders - all this is important, and all this is in our drafts. But we will not allow to take these elements out of the package and to discuss them separately, leaving aside the main thing. Without guarantees of non-extension the rest loses its sense.",
  [("no-intermediate-range-missiles", "supports"), ("limit-military-exercises", "supports"), ("no-warships-aircraft-in-strike-range", "supports"), ("nato-non-expansion", "supports")]),
 ("The military contacts were frozen by the decision of NATO in 2014, not by us. We always said that professional dialogue of the military is necessary, especially when the situation is so tense. If the alliance is ready to return to this, we are ready.",
  [("resume-military-dialogue", "supports")]),
 ("We are waiting for written answers to our drafts. Not general words, but a concrete reaction to each article. Then the leadership will decide. Our position is clear: we cannot allow the situation when Ukraine is turned into a platform for the deployment of strike systems against Russia. If our proposals are not accepted, we will use military-technical means to eliminate unacceptable threats to our security. This is not a threat, this is the statement of a fact.",
  [("no-strike-weapons-near-borders", "supports")]),
]
L["rossiyskaya-gazeta-2022-01-21-grushko-nato-must-stop-pumping-weapons"] = [
 (ev,) + G + (dm, st, 1, D) for ev, ds in RG for dm, st in ds]

D = "2022-01-20"
L["yle-news-2022-01-20-finland-nato-option-not-up-for-negotiation"] = [
 ("Finland's Foreign Minister Pekka Haavisto (Green) said on Thursday that Finland's right to apply for Nato membership was \"not a bargaining chip\" in the talks between Russia, the United States and the military alliance.", "pekka-haavisto", 1, "Finland's Foreign Minister Pekka Haavisto", "nato-open-door", "supports", 0, D),
 ("Nobody is going to negotiate about Finland without Finland. That has been made very clear to us by Washington and by Brussels,", "pekka-haavisto", 1, "Haavisto", "", "", 1, D),
 ("Russia last month published two draft agreements which would commit Nato to stop admitting new members and bar the alliance from any military activity in Ukraine and other former Soviet states that are not members.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia last month published two draft agreements which would commit Nato to stop admitting new members and bar the alliance from any military activity in Ukraine and other former Soviet states that are not members.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Each country has the right to choose its own security arrangements. This is a principle that Russia has also signed up to, in Helsinki in 1975 and in Paris in 1990,", "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, D),
 ("President Sauli Niinistö set the tone for Finland's response in his New Year's speech on 1 January, when he said that Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for Nato membership, should Finland itself so decide.", "sauli-niinisto", 1, "President Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-01"),
 ("Prime Minister Sanna Marin (SDP) has repeatedly stressed that the option remains open even though her government has no plans to use it.", "sanna-marin", 1, "Prime Minister Sanna Marin", "nato-open-door", "supports", 0, ""),
 ("Finland makes its own decisions. We do not take instructions from Moscow on this, and we do not take them from anywhere else either,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-19"),
 ("But she added that Finnish membership of the alliance would have \"serious military and political consequences\" which Russia would have to respond to.", "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 0, D),
 ("Russia has said it wants the alliance's reply in the form of legally binding treaties, arguing that political assurances given to Soviet leaders in the early 1990s were broken.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Katri Lehtovaara, a senior research fellow at the Finnish Institute of International Affairs (FIIA), said Moscow's attempt to dictate who could join the alliance had backfired in the Nordic countries.", "katri-lehtovaara", 1, "Katri Lehtovaara", "nato-non-expansion", "mentions", 0, ""),
 ("Katri Lehtovaara, a senior research fellow at the Finnish Institute of International Affairs (FIIA), said Moscow's attempt to dictate who could join the alliance had backfired in the Nordic countries.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("What the Kremlin has achieved is that Finns are now discussing Nato at their kitchen tables. If the aim was to keep Finland out, it has been a counterproductive way to go about it,", "katri-lehtovaara", 1, "Lehtovaara", "nato-non-expansion", "mentions", 1, ""),
 ("She said it was unlikely that Washington would agree to Russia's demand to pull allied troops back from the Baltic states, Finland's neighbours across the Gulf of Finland.", "katri-lehtovaara", 1, "She", "rollback-to-1997", "mentions", 0, ""),
 ("She said it was unlikely that Washington would agree to Russia's demand to pull allied troops back from the Baltic states, Finland's neighbours across the Gulf of Finland.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The Baltic governments see the battlegroups as a lifeline. Withdrawing them to the 1997 positions is simply not something any US administration could sell,", "katri-lehtovaara", 1, "she", "rollback-to-1997", "mentions", 1, ""),
]

def para(ev, who, pairs, date, direct=1):
    """One passage, one label per (demand, stance) pair."""
    return [(ev,) + who + (dm, st, direct, date) for dm, st in pairs]


D = "2022-02-02"
HA = ("pekka-haavisto", 1, "Minister for Foreign Affairs Pekka Haavisto")
KO = ("elina-koskimaa", 1, "Elina Koskimaa")
RA = ("juhani-rautavaara", 1, "Juhani Rautavaara")
PY = ("merja-pyykkonen", 1, "Merja Pyykkönen")
SA = ("antti-salonsaari", 1, "Antti Salonsaari")
L["eduskunta-2022-02-02-topical-debate-european-security"] = (
 para("Honourable Speaker! The security situation in our neighbourhood is more serious than at any time in recent decades. Russia has concentrated well over one hundred thousand soldiers on the borders of Ukraine and in Belarus, and at the same time it has put forward demands that would reshape the European security order.", HA, [("", "")], D)
 + para("In December Russia presented two draft treaties. Among other things, it demands that NATO renounce any further enlargement and that the alliance withdraw its forces to the positions of 1997. The United States and NATO gave their written replies last week. They are ready to discuss arms control, risk reduction and transparency of exercises, but they do not accept that any third country could decide on the alliance choices of another.", HA,
        [("nato-non-expansion", "mentions"), ("rollback-to-1997", "mentions"), ("limit-military-exercises", "mentions"), ("nato-open-door", "mentions")], D)
 + para("Among other things, it demands that NATO renounce any further enlargement and that the alliance withdraw its forces to the positions of 1997.", ("russia", 0, "it"),
        [("nato-non-expansion", "supports"), ("rollback-to-1997", "supports")], "", 0)
 + para("Finland's position is clear and has been expressed by the President of the Republic and by the Government alike. Finland has the right to choose its security policy solutions, and that includes the possibility of applying for NATO membership. This possibility is not something we will negotiate away, and it has not been on anybody's table.", HA,
        [("nato-open-door", "supports")], D)
 + para("We call on Russia to reduce the tension and to pull its troops back. The way forward is dialogue, in the OSCE, in the NATO-Russia Council and between Washington and Moscow. Thank you.", HA,
        [("russia-de-escalation", "supports")], D)
 + para("Honourable Speaker! The Minister spoke of the NATO option. I would like to ask the Government directly: if Russia now demands in writing that NATO's door be shut, is this not exactly the moment to state aloud that the door must stay open for Finland as well?", KO,
        [("nato-open-door", "supports"), ("nato-non-expansion", "rejects")], D)
 + para("I would like to ask the Government directly: if Russia now demands in writing that NATO's door be shut, is this not exactly the moment to state aloud that the door must stay open for Finland as well?", ("russia", 0, "Russia"),
        [("nato-non-expansion", "supports")], "", 0)
 + para("The National Coalition Party's position is known. We believe that the right of Finland and of every European country to choose its alliances is not just a principle to be repeated in speeches. It must be defended in practice, and the best defence is that we keep our options real.", ("elina-koskimaa", 1, "Koskimaa"),
        [("nato-open-door", "supports")], D)
 + para("Honourable Speaker! We must not be naive. Russia's leadership has now said openly what it wants: a zone of influence, where neighbours do not choose their own path. That we cannot accept. But Finland must also be careful not to be dragged into other people's conflicts. I hope that the Government informs Parliament in time and does not make decisions behind closed doors.", RA,
        [("nato-open-door", "supports")], D)
 + para("Russia's leadership has now said openly what it wants: a zone of influence, where neighbours do not choose their own path.", ("russia", 0, "Russia's leadership"),
        [("nato-open-door", "rejects")], "", 0)
 + para("Honourable Speaker! The Left Alliance does not support Finnish membership in NATO, and that has not changed. At the same time I want to say very clearly that no great power, neither Russia nor any other, can dictate to Finland what we decide. Russia's demand that NATO stop enlarging does not bind Finland, and Finland does not need Moscow's permission.", PY,
        [("nato-open-door", "supports"), ("nato-non-expansion", "rejects")], D)
 + para("Russia's demand that NATO stop enlarging does not bind Finland, and Finland does not need Moscow's permission.", ("russia", 0, "Russia"),
        [("nato-non-expansion", "supports")], "", 0)
 + para("What Europe needs now is arms control. The proposals on limiting exercises and on medium-range missiles that both sides have made are worth taking seriously, and Finland should support every effort to return to the negotiating table.", ("merja-pyykkonen", 1, "Pyykkönen"),
        [("limit-military-exercises", "supports"), ("no-intermediate-range-missiles", "supports")], D)
 + para("Honourable Speaker! Sweden and Finland have stood together in this situation, and this is important. I want to remind the House that in 1995, when we joined the European Union, we did so on our own decision, and there were those who warned us then too. Nobody can veto the choices of a free nation.", SA,
        [("nato-open-door", "supports")], D)
 + para("Honourable Speaker! I thank the representatives for the broad unity in this debate. To the question of representative Koskimaa: Finland's NATO option is valid, and we have said so to Moscow as well as to Washington. Russia's demand for legally binding guarantees against enlargement concerns NATO as a whole, but we follow very closely how it would be applied to Finland and Sweden.", HA,
        [("nato-open-door", "supports"), ("nato-non-expansion", "mentions"), ("written-legal-guarantees", "mentions")], D)
 + para("Russia's demand for legally binding guarantees against enlargement concerns NATO as a whole, but we follow very closely how it would be applied to Finland and Sweden.", ("russia", 0, "Russia"),
        [("nato-non-expansion", "supports"), ("written-legal-guarantees", "supports")], "", 0)
 + para("The Government will of course keep Parliament informed. The Foreign Affairs Committee will be briefed again this week.", HA, [("", "")], D)
)

D = "2022-01-14"
JB = ("josep-borrell", 1, "Josep Borrell")
L["eeas-2022-01-14-gymnich-borrell-press-remarks"] = (
 para("The High Representative underlined that any change to the European security order must be discussed with the European Union and that Russia's massing of troops must end.", ("josep-borrell", 1, "The High Representative"),
      [("russia-de-escalation", "supports")], D, 0)
 + para("Good afternoon, and thank you to the French Presidency, to Jean-Yves [Le Drian, French Minister for Europe and Foreign Affairs] and to the city of Brest for hosting us.", JB, [("", "")], D)
 + para("We have had two days of very intense and very useful discussions, together with the Defence Ministers yesterday. This week we have seen a lot of diplomacy: the Strategic Stability Dialogue in Geneva, the NATO-Russia Council in Brussels, the OSCE Permanent Council in Vienna. The European Union has been in close coordination with the United States at every step, and I want to thank Secretary [of State Antony] Blinken for this.", JB, [("", "")], D)
 + para("But let me be clear. Russia's draft treaties are not only about Ukraine. They are about the whole European security architecture, and they are about us. When Russia asks for a NATO that does not enlarge any more, for allied forces to go back to where they were in 1997, it is asking to redraw the map of Europe. This cannot be discussed without the Europeans at the table.", JB,
        [("nato-non-expansion", "rejects"), ("rollback-to-1997", "rejects")], D)
 + para("When Russia asks for a NATO that does not enlarge any more, for allied forces to go back to where they were in 1997, it is asking to redraw the map of Europe.", ("russia", 0, "Russia"),
        [("nato-non-expansion", "supports"), ("rollback-to-1997", "supports")], "", 0)
 + para("We reject the idea of spheres of influence. This belongs to the 19th century, not to the 21st. Every country has the sovereign right to choose its own alliances and its own foreign policy, and this is a principle that we will not negotiate. Ukraine, Georgia, Moldova - they decide their future, nobody else.", JB,
        [("nato-open-door", "supports")], D)
 + para("At the same time, we are ready for dialogue. There are issues where there can be progress: arms control, transparency of military exercises, risk reduction, confidence-building measures. These are things we can talk about, and we support the United States in putting them on the table.", JB,
        [("limit-military-exercises", "mentions")], D)
 + para("Russia has to de-escalate. You cannot negotiate with a gun to the head. More than 100,000 soldiers at the border of Ukraine is not a climate for dialogue, and I call on Russia once again to withdraw them.", JB,
        [("russia-de-escalation", "supports")], D)
 + para("Ministers also agreed that any further military aggression against Ukraine will have massive consequences and severe cost. We are working on the options, in coordination with our partners.", JB, [("", "")], D)
 + para("I would not say that. It is normal that after the first round each side stays on its positions. Russia has asked for answers in writing, and the answers will come. I hope Russia does not close the door that it opened itself.", JB, [("", "")], D)
 + para("Diplomacy takes time, and we are ready to give it time. But it cannot be used as a cover for preparing something else.", JB, [("", "")], D)
 + para("On missiles, this is a question in the first place for the United States and NATO, but of course it concerns Europe very directly. We remember the INF Treaty. If there is a possibility to come back to an arrangement on intermediate-range missiles, that would be good for European security.", JB,
        [("no-intermediate-range-missiles", "supports")], D)
 + para("On Ukraine, I have said it already: the decision on membership belongs to Ukraine and to the members of NATO. It is not for Russia to decide, and a promise that Ukraine will never be a member is not something anyone is going to give.", JB,
        [("nato-open-door", "supports"), ("no-ukraine-membership", "rejects")], D)
)

D = "2022-01-28"
SL = ("sergei-lavrov", 1, "SERGEI LAVROV")
JC = ("jennifer-callaghan", 1, "JENNIFER CALLAGHAN")
TW = ("tomasz-wierzbicki", 1, "TOMASZ WIERZBICKI")
L["podcast-2022-01-28-inside-the-ring-paper-answers"] = (
 para("There is a reaction in this document which allows us to count on the start of a serious conversation, but on secondary issues.", SL, [("", "")], "2022-01-27")
 + para("The main question is our clear position that further expansion of NATO to the east is inadmissible, and that strike weapons which could threaten the territory of the Russian Federation must not be deployed. On this main question there is no positive reaction.", SL,
        [("nato-non-expansion", "supports"), ("no-strike-weapons-near-borders", "supports")], "2022-01-27")
 + para("From Moscow's point of view, sure. Look, what the US offered is basically the menu it has been talking about since Geneva: a conversation about where intermediate-range missiles go in Europe, reciprocal limits and notifications on exercises, maybe some transparency about the Aegis Ashore sites in Romania and Poland. That's a real offer. It's just not what Lavrov put at the top of his list.", JC,
        [("no-intermediate-range-missiles", "mentions"), ("limit-military-exercises", "mentions")], D)
 + para("And honestly, I think Washington should go further on the missile piece. A mutual, verifiable ban on ground-launched intermediate-range missiles in Europe is in our interest, not a gift to Russia. If we'd had that conversation in 2019 we wouldn't be here.", JC,
        [("no-intermediate-range-missiles", "supports")], D)
 + para("Relief, mostly. There was a real fear in Poland and in the Baltic states that the Americans would trade something over our heads. The Russian drafts asked, in black and white, for NATO to take its troops and equipment out of every country that joined after 1997. That's us. That's the enhanced forward presence battlegroup in Orzysz.", TW,
        [("rollback-to-1997", "mentions")], D)
 + para("The Russian drafts asked, in black and white, for NATO to take its troops and equipment out of every country that joined after 1997.", ("russia", 0, "The Russian drafts"),
        [("rollback-to-1997", "supports")], "", 0)
 + para("And I'll be very direct about it: pulling those forces back to the 1997 line would be a catastrophic mistake. It would tell Moscow that pressure works, and it would leave the eastern flank exactly as exposed as we were before 2014. Nobody in Warsaw would accept it, and I don't think anyone in Washington seriously considered it.", TW,
        [("rollback-to-1997", "rejects")], D)
 + para("And it got the answer everyone expected, because the US and NATO answered it the only way they can, which is to say the door stays open. Now, everybody in that room also knows Ukraine isn't joining NATO any time soon. So there's a slightly odd situation where Russia is demanding a legal guarantee of something that is, in practice, already true for the foreseeable future.", JC,
        [("no-ukraine-membership", "mentions"), ("nato-open-door", "mentions"), ("written-legal-guarantees", "mentions")], D)
 + para("So there's a slightly odd situation where Russia is demanding a legal guarantee of something that is, in practice, already true for the foreseeable future.", ("russia", 0, "Russia"),
        [("no-ukraine-membership", "supports"), ("written-legal-guarantees", "supports")], "", 0)
 + para("But that's precisely why the guarantee matters so much to Putin. It's not about the next five years. It's about the principle that Russia has a veto. In 2008 at Bucharest NATO said Ukraine and Georgia will become members, and Moscow has never forgiven that.", TW,
        [("no-ukraine-membership", "mentions"), ("nato-open-door", "mentions")], D)
 + para("As far as we know, no. And I don't see how it could. It would mean no training missions, no exercises, no defence cooperation with Kyiv or Tbilisi. That's a non-starter.", JC,
        [("no-military-activity-ex-soviet", "rejects")], D)
 + para("I'm afraid I think the troops are not there for decoration. I hope I'm wrong.", TW, [("", "")], D)
 + para("I'd say the door to a deal on the secondary issues, as Lavrov calls them, is actually wider than it's been in years. Whether the Kremlin wants to walk through it is a different question, and I genuinely don't know the answer.", JC, [("", "")], D)
)

write_gold(L, "articles-254", "gold-254")
