#!/usr/bin/env python3
"""Writes the held-out gold of batch 335 (gold-335/*.nq) from the labels below.

Batch 335 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-13-osce-permanent-council-vienna: AFP wire story from Vienna with
  front matter, " - " crossheads, a quotation interrupted by "the diplomat added", an
  anonymous Western diplomat, an analyst (Liana Fix), document paraphrase, Helsinki/Paris history.
- rossiyskaya-gazeta-2022-01-27-grushko-interview: Rossiyskaya Gazeta interview in
  translation, no front matter, em-dash Q/A turns, translation oddities, Baker 1990 background,
  a "Read also" line; each answer paragraph is one quotation; the interview day is not given.
- nato-2022-01-26-press-conference-secretary-general: NATO transcript with front matter,
  "NATO Secretary General:" labels, spokesperson as host, agency names as questioners.
- ukrinform-2022-01-21-kuleba-blinken-lavrov-geneva: Ukrinform story, UTF-8 BOM and
  CRLF, no front matter, "Read also" links, a lawmaker and an analyst, demands in passing.
- politico-europe-2022-02-02-putin-breaks-silence-answers: Politico Europe analysis with
  front matter, interrupted quotations, anonymous EU/Baltic officials, analysts, relative days.
- carnegie-2022-01-19-what-geneva-left-unsaid: Carnegie commentary with front matter; the
  author's own first-person argument is not quoted or reported speech and gets no label.
- hansard-2022-01-11-russia-ukraine-security-talks: Commons urgent question; each
  paragraph of a member's non-question speech is one quotation; questions and the Speaker get none.

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

D = "2022-01-13"
L["afp-2022-01-13-osce-permanent-council-vienna"] = [
 ("If we do not hear a constructive answer to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He insisted that the Western alliance must give up any further move towards Russia's frontiers, and that Ukraine and Georgia must never be brought in.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He insisted that the Western alliance must give up any further move towards Russia's frontiers, and that Ukraine and Georgia must never be brought in.", "alexander-lukashevich", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("We need guarantees that are legally binding,", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("not assurances on paper that can be torn up the next morning.", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("He said the United States would not slam shut NATO's door on countries that wanted to join and that no outside power could dictate Kyiv's choices.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("He said the United States would not slam shut NATO's door on countries that wanted to join and that no outside power could dictate Kyiv's choices.", "michael-carpenter", 1, "He", "nato-non-expansion", "rejects", 0, D),
 ("He said the United States would not slam shut NATO's door on countries that wanted to join and that no outside power could dictate Kyiv's choices.", "michael-carpenter", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("Carpenter also said Russia had to pull back the troops it had massed near Ukraine if it was serious about diplomacy, adding that Washington was ready to talk about arms control and transparency on exercises on a reciprocal basis.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("Carpenter also said Russia had to pull back the troops it had massed near Ukraine if it was serious about diplomacy, adding that Washington was ready to talk about arms control and transparency on exercises on a reciprocal basis.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, D),
 ("It was the same list again,", "western-diplomat", 1, "the diplomat", "", "", 1, D),
 ("Everything they want is about what others may not do.", "western-diplomat", 1, "the diplomat", "", "", 1, D),
 ("No third country has a veto on our path to Euro-Atlantic integration.", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "nato-open-door", "supports", 1, D),
 ("No third country has a veto on our path to Euro-Atlantic integration.", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "no-ukraine-membership", "rejects", 1, D),
 ("Moscow published two draft documents in December -- one for Washington, one for NATO -- that would bar the alliance from admitting new members and from carrying out military activity in Ukraine, eastern Europe, the Caucasus and Central Asia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow published two draft documents in December -- one for Washington, one for NATO -- that would bar the alliance from admitting new members and from carrying out military activity in Ukraine, eastern Europe, the Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("There is, in general, a dead end or a difference of approaches,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("The OSCE is the one forum where Russia sits as an equal with everyone else, and Moscow uses it as a stage,", "liana-fix", 1, "Liana Fix", "", "", 1, ""),
 ("She said the Kremlin's wish to see troop drills near its borders cut back was one area where the West could make some offers of its own, though a promise to keep Ukraine out of the alliance was not on the table.", "liana-fix", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("She said the Kremlin's wish to see troop drills near its borders cut back was one area where the West could make some offers of its own, though a promise to keep Ukraine out of the alliance was not on the table.", "liana-fix", 1, "She", "no-ukraine-membership", "mentions", 0, ""),
 ("She said the Kremlin's wish to see troop drills near its borders cut back was one area where the West could make some offers of its own, though a promise to keep Ukraine out of the alliance was not on the table.", "russia", 0, "the Kremlin", "limit-military-exercises", "supports", 0, ""),
 ("We have to use the platform we have, rather than invent new ones,", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("The Polish minister recalled that the 1990 Charter of Paris, signed as the Cold War was ending, recognised the right of each state to choose its own security arrangements, including alliances.", "zbigniew-rau", 1, "The Polish minister", "nato-open-door", "supports", 0, D),
]

G = "alexander-grushko"
L["rossiyskaya-gazeta-2022-01-27-grushko-interview"] = [
 ("We are studying the documents carefully, and the final assessment will be given by the President. But already now I can say that the main question is not answered. Our key demand is simple and is understandable for everybody: the alliance must stop moving to the east. This is not a wish, this is the basis of the whole package.", G, 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, ""),
 ("We heard this, yes. They tell us that every state has right to choose alliances. But there is a second half of the same principle, which they prefer to forget: no state may strengthen its security at the expense of the security of others. It was signed in Istanbul in 1999 and in Astana in 2010, at the highest level. The \"open doors\" are not a sacred cow, it is the internal policy of the bloc, and it is not an obligation to take anyone.", G, 1, "Alexander Grushko", "nato-open-door", "rejects", 1, ""),
 ("For us the question of Ukraine and Georgia is a question of principle. Their membership in NATO would be a red line, and I think our partners in the alliance understand this very well, even if they say the opposite in public. Our position is that this must be closed, juridically closed, once and for all.", G, 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, ""),
 ("For us the question of Ukraine and Georgia is a question of principle. Their membership in NATO would be a red line, and I think our partners in the alliance understand this very well, even if they say the opposite in public. Our position is that this must be closed, juridically closed, once and for all.", G, 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, ""),
 ("Of course. The formula of 2008 that Ukraine and Georgia \"will become members\" must be disavowed. It is a time bomb which was put under European security, and it was put by the alliance itself.", G, 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, ""),
 ("There are very concrete things there. We propose not to place strike systems on the territory of states where they can reach Russia, and in turn we are ready for the same. Also we propose that warships and aircraft of both sides do not go into zones from where they can hit targets on the territory of the other side. These are mirror measures, nobody loses here.", G, 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("There are very concrete things there. We propose not to place strike systems on the territory of states where they can reach Russia, and in turn we are ready for the same. Also we propose that warships and aircraft of both sides do not go into zones from where they can hit targets on the territory of the other side. These are mirror measures, nobody loses here.", G, 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("If they are ready, very good. We have raised for a long time the issue of the scale of exercises near our borders, the flights of strategic bombers. We are ready to talk about this seriously. But I underline: this cannot be a replacement for the main things. They want to take from our package the convenient parts and to put aside the rest. This will not work.", G, 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, ""),
 ("If they are ready, very good. We have raised for a long time the issue of the scale of exercises near our borders, the flights of strategic bombers. We are ready to talk about this seriously. But I underline: this cannot be a replacement for the main things. They want to take from our package the convenient parts and to put aside the rest. This will not work.", G, 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("NATO's infrastructure has come close to our borders. Our proposal is that the forces and equipment which appeared on the territory of the new members after May 1997 should be withdrawn. This is the state of affairs which existed when the Founding Act was signed. We did not invent this date.", G, 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, ""),
 ("It is their choice. But then they must explain to their own citizens why the security of Europe is worse every year.", G, 1, "Alexander Grushko", "", "", 1, ""),
 ("The alliance itself destroyed the channels. Our mission in Brussels does not work since November, their information office in Moscow is closed. We have no military dialogue with NATO, there is no communication line which works as it should. We said in Brussels: if they want to reduce risks, let us restore normal contacts between the militaries. But it must be a dialogue of equals.", G, 1, "Alexander Grushko", "resume-military-dialogue", "supports", 1, ""),
 ("We do not reject diplomacy. But we will not allow our proposals to be drowned in endless discussions. We need a result, and the result must be fixed in a legally binding form. Promises in words we already had in 1990, and we know how it ended.", G, 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, ""),
]

S = "jens-stoltenberg"
N = "NATO Secretary General"
D = "2022-01-26"
L["nato-2022-01-26-press-conference-secretary-general"] = [
 ("Today, we have sent written proposals to Russia, in parallel with the United States. We have done so after close consultation among all 30 Allies, and with Ukraine and our partners Finland, Sweden, Georgia and the European Union.", S, 1, N, "", "", 1, D),
 ("We are ready to listen to Russia's concerns, and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we all signed up to, including in the Helsinki Final Act.", S, 1, N, "", "", 1, D),
 ("At the same time, we will not compromise on the right of each nation to choose its own path. NATO's door remains open, and the relationship between NATO and Ukraine will be decided by the 30 Allies and Ukraine, and by no one else.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("At the same time, we will not compromise on the right of each nation to choose its own path. NATO's door remains open, and the relationship between NATO and Ukraine will be decided by the 30 Allies and Ukraine, and by no one else.", S, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("At the same time, we will not compromise on the right of each nation to choose its own path. NATO's door remains open, and the relationship between NATO and Ukraine will be decided by the 30 Allies and Ukraine, and by no one else.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("We call on Russia to immediately de-escalate the situation. Russia has continued its military build-up in and around Ukraine, and in Belarus, with tens of thousands of combat-ready troops, armour and air defence.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("Our proposals cover a number of areas. We propose to re-establish our respective offices in Moscow and Brussels. And to set up and use civilian and military channels of communication, including a hotline, to reduce risks and prevent incidents.", S, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("We propose reciprocal briefings on exercises and nuclear policies in the NATO-Russia Council, and we are prepared to discuss how to use the Vienna Document to make military activities more transparent. We are also ready to work on arms control, including on land-based missiles and on the placement of missiles on each other's territory.", S, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("We propose reciprocal briefings on exercises and nuclear policies in the NATO-Russia Council, and we are prepared to discuss how to use the Vienna Document to make military activities more transparent. We are also ready to work on arms control, including on land-based missiles and on the placement of missiles on each other's territory.", S, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("NATO will also not go back to what we call a \"second-class\" membership for Allies who joined after the end of the Cold War. We will not withdraw our forces from the eastern part of the Alliance. We have a responsibility to protect all Allies.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("We have been very clear. We reject the idea that Russia, or anyone else, should be able to decide whether Ukraine or any other country can become a member. This is a fundamental principle.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("We have been very clear. We reject the idea that Russia, or anyone else, should be able to decide whether Ukraine or any other country can become a member. This is a fundamental principle.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("We have been very clear. We reject the idea that Russia, or anyone else, should be able to decide whether Ukraine or any other country can become a member. This is a fundamental principle.", S, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("It is for Ukraine and 30 Allies to decide when Ukraine is ready, and that is the same for any aspiring country. The decisions we made at Bucharest in 2008 still stand.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("It is for Ukraine and 30 Allies to decide when Ukraine is ready, and that is the same for any aspiring country. The decisions we made at Bucharest in 2008 still stand.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("It is for Ukraine and 30 Allies to decide when Ukraine is ready, and that is the same for any aspiring country. The decisions we made at Bucharest in 2008 still stand.", S, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("NATO is a defensive alliance. We do not threaten anyone. What we are offering Russia is a path to dialogue, and we have put on the table concrete ideas which can improve the security of all of us.", S, 1, N, "", "", 1, D),
 ("But we cannot sign up to a text that would deny sovereign nations their right to choose. That is not something we can put in writing or in any other form.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("But we cannot sign up to a text that would deny sovereign nations their right to choose. That is not something we can put in writing or in any other form.", S, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("But we cannot sign up to a text that would deny sovereign nations their right to choose. That is not something we can put in writing or in any other form.", S, 1, N, "written-legal-guarantees", "rejects", 1, D),
 ("At the meeting on the 12th of January, the Russian delegation made clear that they would need to go back to Moscow and consult. We have now sent our proposals, and I hope they will come back and engage.", S, 1, N, "", "", 1, D),
 ("I also proposed in that meeting a series of meetings on the whole range of issues, and the Russian side was not ready to agree to a timetable. So we are still ready for that. Russia has to decide.", S, 1, N, "", "", 1, D),
 ("Several Allies have announced deployments of ships and fighter jets, and we are considering deploying battlegroups in the south-east of the Alliance, as we have in the Baltic countries and Poland. These are defensive and proportionate measures.", S, 1, N, "", "", 1, D),
 ("We hope for de-escalation, but we must be prepared for the worst. If Russia once again uses force against Ukraine, it will pay a high price.", S, 1, N, "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-21"
K = "dmytro-kuleba"
MZ = "Moscow's demand to remove the infrastructure of the Alliance from the countries that joined after 1997 is \"a demand of an ultimatum, not a subject for negotiation.\""
UK = "Among other things, Moscow demands that NATO renounce further enlargement, including the accession of Ukraine, and not deploy troops and weapons in the countries that joined after May 1997."
MQ = "Their demand not to accept Ukraine and Georgia into NATO is the demand to recognize Ukraine as a Russian sphere of influence. It is a revision of the Helsinki Act and the Budapest Memorandum,"
PS = "I think the Americans will offer something on missiles and on exercises, because this is the zone where they can talk. But on the open door policy, they will not move even one millimeter,"
L["ukrinform-2022-01-21-kuleba-blinken-lavrov-geneva"] = [
 ("Secretary Blinken called me right after the meeting. He confirmed once again that there was not a single word about Ukraine that was said without Ukraine. The principle works,", K, 1, "Kuleba", "", "", 1, D),
 ("According to him, the Russian side repeated its demands to close the door of NATO to Ukraine, but the American side did not accept this.", K, 1, "him", "no-ukraine-membership", "mentions", 0, D),
 ("According to him, the Russian side repeated its demands to close the door of NATO to Ukraine, but the American side did not accept this.", "russia", 0, "the Russian side", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wants to have a veto on our choice. This will never happen. We decide ourselves with whom to be in alliance, and Ukrainians decided it in the Constitution,", K, 1, "the minister", "nato-open-door", "supports", 1, D),
 ("Russia wants to have a veto on our choice. This will never happen. We decide ourselves with whom to be in alliance, and Ukrainians decided it in the Constitution,", K, 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("Kuleba also said that the main task for the coming weeks is to force Russia to withdraw the troops it has concentrated near the Ukrainian border and in the temporarily occupied Crimea.", K, 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 ("The only way to lower the temperature is the withdrawal of Russian troops. Not words, not papers, but real steps on the ground,", K, 1, "he", "russia-de-escalation", "supports", 1, D),
 ("We were not expecting any breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("The Secretary of State stressed that Washington will not retreat from the principles that allow countries to choose their own alliances.", "antony-blinken", 1, "The Secretary of State", "nato-open-door", "supports", 0, D),
 ("There are certain principles that we are committed to uphold, including the sovereignty and territorial integrity of Ukraine and the right of countries to choose their own security arrangements,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Lavrov, in turn, said at a separate press conference that Moscow expects a written response to \"all points\" of its proposals, and first of all to the demand of non-expansion of NATO.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("We are waiting for a response to the main question: the guarantee that NATO will not move further to the east, and that strike weapons will not be deployed near our borders,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("We are waiting for a response to the main question: the guarantee that NATO will not move further to the east, and that strike weapons will not be deployed near our borders,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 (MQ, "oleksandr-merezhko", 1, "Merezhko", "no-ukraine-membership", "rejects", 1, ""),
 (MQ, "russia", 0, "Their", "no-ukraine-membership", "supports", 0, ""),
 ("a demand of an ultimatum, not a subject for negotiation.", "oleksandr-merezhko", 1, "him", "rollback-to-1997", "rejects", 1, ""),
 ("According to him, " + MZ, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Political analyst of the Ukrainian Institute for the Future Ihor Petrenko-Sadovyi believes that the West will give Russia the answer on arms control, but not on enlargement.", "ihor-petrenko-sadovyi", 1, "Ihor Petrenko-Sadovyi", "nato-non-expansion", "mentions", 0, ""),
 (PS, "ihor-petrenko-sadovyi", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (PS, "ihor-petrenko-sadovyi", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (PS, "ihor-petrenko-sadovyi", 1, "the expert", "nato-open-door", "mentions", 1, ""),
 (UK, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (UK, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (UK, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

P = "vladimir-putin"
D = "2022-02-01"
PQ = "We did not see adequate consideration of our three key demands regarding prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997."
LS = "His foreign minister, Sergei Lavrov, had said on Thursday that the American paper contained \"a reaction which allows us to count on the start of a serious conversation on secondary issues,\" while the \"main question\" — no further enlargement — went unanswered."
WN = "What it does not do is give Moscow what it asked for in December: a written, legally binding promise that the alliance will take no new members, and a pullback of NATO forces from the countries that joined after the Cold War."
BO = "One official from a Baltic country said the worry was not Ukraine's membership — \"nobody is expecting that anytime soon\" — but the demand to turn back the clock to 1997."
MW = "But he warned that the Kremlin's insistence on treaty-level guarantees would likely doom any wider bargain."
ML = "Legally binding guarantees on enlargement are simply not something any Western government could get through its parliament,"
L["politico-europe-2022-02-02-putin-breaks-silence-answers"] = [
 ("It is already clear now that the fundamental Russian concerns were ignored,", P, 1, "Putin", "", "", 1, D),
 (PQ, P, 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (PQ, P, 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (PQ, P, 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("that we will eventually find a solution,", P, 1, "the Russian leader", "", "", 1, D),
 ("He kept every option open, including the diplomatic one,", "eu-diplomat", 1, "one senior EU diplomat", "", "", 1, ""),
 ("That is either reassuring or terrifying, depending on the day.", "eu-diplomat", 1, "one senior EU diplomat", "", "", 1, ""),
 ("a reaction which allows us to count on the start of a serious conversation on secondary issues,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 (LS, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (WN, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (WN, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (WN, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We've been very clear about where we cannot budge,", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-31"),
 ("NATO's open door is one of those places.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-31"),
 ("White House Press Secretary Jen Psaki said the path of diplomacy remained available, but that it was up to Moscow to take it, starting with pulling its troops back.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, ""),
 ("There will be no security in Europe without the security of Ukraine, and it is clear that any discussion on European security must include the EU,", "josep-borrell", 1, "Josep Borrell", "", "", 1, ""),
 (BO, "baltic-official", 1, "One official from a Baltic country", "rollback-to-1997", "rejects", 0, ""),
 ("nobody is expecting that anytime soon", "baltic-official", 1, "One official from a Baltic country", "no-ukraine-membership", "mentions", 1, ""),
 ("That's about us. That's our security, our battlegroups, our air policing,", "baltic-official", 1, "the official", "rollback-to-1997", "rejects", 1, ""),
 ("Putin doesn't need a yes or a no from Washington. He needs a process in which his demands stay on the table,", "tatiana-stanovaya", 1, "Stanovaya", "", "", 1, ""),
 ("Gerhard Mangott, a professor of international relations at the University of Innsbruck, said both sides had more in common on missiles than they let on.", "gerhard-mangott", 1, "Gerhard Mangott", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A new arrangement on intermediate-range missiles in Europe is in everyone's interest,", "gerhard-mangott", 1, "Mangott", "no-intermediate-range-missiles", "supports", 1, ""),
 ("A moratorium, verified on both sides, is the most realistic piece of this whole package.", "gerhard-mangott", 1, "Mangott", "no-intermediate-range-missiles", "supports", 1, ""),
 (MW, "gerhard-mangott", 1, "he", "written-legal-guarantees", "mentions", 0, ""),
 (MW, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (ML, "gerhard-mangott", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (ML, "gerhard-mangott", 1, "he", "nato-non-expansion", "mentions", 1, ""),
]

D = "2022-01-10"
SH = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,"
SR = "According to officials familiar with the talks, Sherman told Ryabkov that Washington was willing to discuss the future deployment of offensive missile systems in Ukraine and the scope of exercises, on the condition that everything was reciprocal."
L["carnegie-2022-01-19-what-geneva-left-unsaid"] = [
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (SH, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (SH, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, D),
 ("The third kind is procedural: Moscow wants everything signed as a treaty, ratified by the Senate, rather than as political commitments that it says the West has broken before.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (SR, "wendy-sherman", 1, "Sherman", "no-strike-weapons-near-borders", "mentions", 0, D),
 (SR, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("We need a result, a quick result,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("and not on the margins, but on the main things.", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("as long as we possibly can,", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-19"),
]

C = "james-cleverly"
CN = "James Cleverly"
D = "2022-01-11"
C2 = "Russia has put forward two draft texts which would, among other things, prevent any further enlargement of NATO and prevent allies from stationing forces in member states that joined the alliance after 1997. Let me be clear with the House: those proposals are not a basis for agreement. NATO's open-door policy is a matter for NATO allies and for the countries that wish to join, and not for Russia."
C2a = "Russia has put forward two draft texts which would, among other things, prevent any further enlargement of NATO and prevent allies from stationing forces in member states that joined the alliance after 1997."
DO = "Russia's build-up of troops on the border with Ukraine is deeply alarming, and the whole House stands united in support of Ukraine's sovereignty and territorial integrity. We on these Benches are clear that no outside power can tell Ukraine which alliances it may or may not seek to join."
CV = "My right hon. Friend puts it well. Russia is asking, in effect, for a veto on the decisions of sovereign democracies, and that is not something the United Kingdom or our allies can agree to. The principles of the Helsinki Final Act and the Paris Charter are not up for renegotiation."
L["hansard-2022-01-11-russia-ukraine-security-talks"] = [
 ("I thank my right hon. Friend for securing this urgent question. Yesterday, US Deputy Secretary of State Wendy Sherman led talks with the Russian delegation, headed by Deputy Foreign Minister Ryabkov, in Geneva. We have been in close contact with our American friends before and after the meeting, and I spoke to the Ukrainian Foreign Minister this morning.", C, 1, CN, "", "", 1, D),
 (C2, C, 1, CN, "nato-non-expansion", "rejects", 1, D),
 (C2, C, 1, CN, "rollback-to-1997", "rejects", 1, D),
 (C2, C, 1, CN, "nato-open-door", "supports", 1, D),
 (C2a, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (C2a, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We will not accept a situation in which the allies who joined the alliance after the end of the cold war are treated as second-tier members. Our commitment to Estonia and to the enhanced forward presence in the Baltic states is unshakeable.", C, 1, CN, "rollback-to-1997", "rejects", 1, D),
 ("We continue to call on Russia to de-escalate, to withdraw its forces from the border with Ukraine and to engage in meaningful dialogue. Any further military incursion into Ukraine would be a massive strategic mistake, and it would carry a severe cost.", C, 1, CN, "russia-de-escalation", "supports", 1, D),
 (DO, "stephen-doughty", 1, "Stephen Doughty", "nato-open-door", "supports", 1, D),
 (DO, "stephen-doughty", 1, "Stephen Doughty", "no-ukraine-membership", "rejects", 1, D),
 ("The hon. Gentleman is right that unity is our greatest strength. We are working with the G7 and with our European partners on a package of measures that would be co-ordinated and severe. I will not speculate on their content at the Dispatch Box.", C, 1, CN, "", "", 1, D),
 ("We are clear that dialogue is the way forward, and we have said that we are willing to talk about arms control and about greater transparency on military exercises, provided that Russia does the same.", C, 1, CN, "limit-military-exercises", "mentions", 1, D),
 (CV, C, 1, CN, "nato-open-door", "supports", 1, D),
 (CV, C, 1, CN, "nato-non-expansion", "rejects", 1, D),
 ("The UK will continue to support Ukraine, including through Operation Orbital, which has trained more than 20,000 Ukrainian troops since 2015. That co-operation is defensive. The suggestion that Russia should be able to forbid it is one that we simply do not accept.", C, 1, CN, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Bucharest declaration remains the position of the alliance, and I can give the hon. Gentleman that assurance. We will not be party to any agreement that reopens that decision over the heads of Ukraine and Georgia.", C, 1, CN, "rescind-bucharest-2008", "rejects", 1, D),
 ("I will of course keep the House updated. The NATO-Russia Council meets in Brussels tomorrow, and the OSCE Permanent Council meets in Vienna on Thursday. The Foreign Secretary will be speaking to allies throughout the week.", C, 1, CN, "", "", 1, D),
 ("I can confirm that, and I thank my right hon. Friend for raising this important matter.", C, 1, CN, "", "", 1, D),
]

write_gold(L, "articles-335", "gold-335")
