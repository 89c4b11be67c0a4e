#!/usr/bin/env python3
"""Writes the fifty-second held-out gold (gold-52/*.nq) from the labels below.

Batch 52 was labelled by hand, by an independent second annotator, from
reading the seven articles; the annotator saw neither the extractor nor its
lexicon nor any other batch's gold.

Outlets and forms:
- Breaking Defense (front matter, 2022-01-26): news report with direct
  quotations, reported speech, an anonymous senior State Department official
  and analysts quoted without a day.
- Presse- und Informationsamt der Bundesregierung (front matter, 2022-01-28):
  automatic translation of the government press conference transcript;
  speaker labels "StS Hebestreit", "Burger (AA)", "Wellershoff (BMVg)",
  journalists' questions and the chair.
- Eduskunta (no front matter, BOM, CRLF; session of Thursday 20 January 2022):
  plenary minutes of oral question time, every speech a paragraph after a
  "Name /party:" or "Title Name:" label; the presiding Speaker is the
  moderator.
- Lawfare (no front matter; "Thursday, February 3, 2022"): analysis essay
  with direct quotations of officials and lawyers, historical background and
  words quoted from documents.
- NATO Parliamentary Assembly (front matter, published 2022-02-22; meeting of
  Monday 14 February 2022): numbered summary record, all reported speech.
- ORF (no front matter; "Published 13 January 2022"): news intro with
  guillemet quotations, then a Q/A interview (ZIB2) with Schallenberg.
- The Spectator (front matter, 2022-01-12): live blog with timestamps.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

BD_KIRBY = "Kirby said US military trainers would keep working with Ukrainian forces despite Moscow's insistence that the alliance end all military cooperation with Kyiv."
BD_RYAB = "If there is no answer on the key provisions — the non-enlargement of NATO and the non-deployment of strike weapons near our borders — we will draw our own conclusions,"
L["breakingdefense-2022-01-26-us-written-response"] = [
 ("NATO's door is open and it stays open. That was never on the table, and it is not in this document as something we would trade,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said the paper, which the administration does not plan to publish, set out areas where Washington and Moscow could make progress, including reciprocal limits on the deployment of intermediate-range missiles in Europe and confidence-building measures around military exercises and maneuvers.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Blinken said the paper, which the administration does not plan to publish, set out areas where Washington and Moscow could make progress, including reciprocal limits on the deployment of intermediate-range missiles in Europe and confidence-building measures around military exercises and maneuvers.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the proposals included a transparency mechanism to confirm the absence of intermediate-range cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia granted reciprocal access at two bases of its choosing.", "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said the alliance's own reply proposed reopening NATO's office in Moscow and Russia's mission to the alliance, and restoring military hotlines to avoid dangerous incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("This is about reassuring our allies on the eastern flank. It's not about provoking anybody,", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 (BD_KIRBY, "john-kirby", 1, "Kirby", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 (BD_KIRBY, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Asked whether Defense Secretary Lloyd Austin would seek a call with Russian Defense Minister Sergei Shoigu to restore regular military contacts, Kirby said that was \"a question for another day.\"", "john-kirby", 1, "Kirby", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 (BD_RYAB, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 (BD_RYAB, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-26"),
 ("Thomas Reardon, who worked on INF Treaty compliance at the Pentagon and is now a fellow at the Arlington Strategy Group, said Moscow had floated a moratorium of its own as far back as 2019.", "thomas-reardon", 1, "Thomas Reardon", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("There's a real deal to be had on missiles. Both sides lost something when the INF Treaty collapsed, and a reciprocal ban on ground-launched intermediate-range systems in Europe would serve American interests too,", "thomas-reardon", 1, "Reardon", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Ceding the Black Sea to Russia would be a strategic blunder. American destroyers have every right to sail there, and they should keep doing it,", "rebecca-okafor", 1, "Okafor", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]

BR_H2 = "Regarding the reactions: the Chancellor has taken note that Moscow is now studying the answers. He expects from Russia clear steps of de-escalation. The deployment of more than 100,000 soldiers at the Ukrainian border is an extremely serious situation, and every further military aggression would have high costs for Russia."
BR_H3 = "The Chancellor has said this several times, also last week in Madrid: the question of an accession is currently not on the agenda. But whether and when a country joins the Alliance is decided by this country and by the Allies, and not by third parties. That is a principle of the European peace order which we will not give up."
BR_B2 = "On the side of the possible I would name arms control, in particular the question of the intermediate-range missiles in Europe after the end of the INF Treaty. We would welcome a binding arrangement under which neither side again stations land-based intermediate-range missiles in Europe. We are also ready to talk about the transparency and the scale of manoeuvres, in the framework of the Vienna Document of the OSCE."
BR_B3 = "Unacceptable is for us everything which restricts the sovereignty of other states, so for example Moscow's demand that NATO should in future refrain from any military cooperation with partners such as Ukraine or Georgia. There is no way back to a Europe of spheres of influence."
BR_B4 = "Moscow has said repeatedly that it is ready for talks without preconditions. We take it at its word. The next opportunities are the „Normandy format“, whose political advisers met in Paris on Wednesday, and the OSCE, where the Polish chairmanship has proposed a renewed dialogue on European security."
L["bundesregierung-2022-01-28-regpk"] = [
 ("The American answer was closely coordinated with the allies, and so also with the Federal Government, before it was handed over in Moscow. I ask for understanding that I do not go into the content of a confidential document here.", "steffen-hebestreit", 1, "Hebestreit", "", "", 1, "2022-01-28"),
 (BR_H2, "steffen-hebestreit", 1, "Hebestreit", "russia-de-escalation", "supports", 1, "2022-01-28"),
 (BR_H3, "steffen-hebestreit", 1, "Hebestreit", "nato-open-door", "supports", 1, "2022-01-28"),
 (BR_H3, "steffen-hebestreit", 1, "Hebestreit", "no-ukraine-membership", "rejects", 1, "2022-01-28"),
 ("We have always said that there are elements in the Russian proposals about which one can talk, and elements which are for us unacceptable.", "christofer-burger", 1, "Burger", "", "", 1, "2022-01-28"),
 (BR_B2, "christofer-burger", 1, "Burger", "no-intermediate-range-missiles", "supports", 1, "2022-01-28"),
 (BR_B2, "christofer-burger", 1, "Burger", "limit-military-exercises", "mentions", 1, "2022-01-28"),
 (BR_B3, "christofer-burger", 1, "Burger", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-28"),
 (BR_B3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The Bundeswehr remains in Lithuania. We lead the multinational battlegroup in Rukla since 2017, and a withdrawal is not up for discussion for us; the Minister has also made this clear.", "wellershoff", 1, "Wellershoff", "rollback-to-1997", "rejects", 1, "2022-01-28"),
 ("As for a reinforcement, I ask for understanding that I cannot anticipate here the decisions of the Minister and of the Alliance.", "wellershoff", 1, "Wellershoff", "", "", 1, "2022-01-28"),
 (BR_B4, "christofer-burger", 1, "Burger", "no-preconditions", "supports", 1, "2022-01-28"),
 (BR_B4, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("To be clear: talks are no replacement for de-escalation. If Russia is serious, it can show this by withdrawing its troops from the border region with Ukraine.", "christofer-burger", 1, "Burger", "russia-de-escalation", "supports", 1, "2022-01-28"),
 ("Concerns about offensive systems near the own borders exist on both sides. We are prepared to discuss them reciprocally and in a verifiable way, in the framework of arms control, as the Alliance has offered in its answer.", "christofer-burger", 1, "Burger", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-28"),
 ("I will not take part in speculation about individual measures. Everything is on the table, as the Chancellor has said.", "steffen-hebestreit", 1, "Hebestreit", "", "", 1, "2022-01-28"),
]

ED_KIV1 = "Honourable Speaker! In December Russia published draft treaties in which it demands that NATO not expand any further. In practice that would mean Moscow deciding on Finland's security policy on Finland's behalf, and this is unacceptable to us. I ask the Prime Minister: will the government say clearly that Finland keeps the option to apply for NATO membership?"
ED_NUR = "Honourable Speaker! Moscow also wants limits on military exercises near its borders. Let it be said in this hall: the exercises of the Finnish Defence Forces on our own soil, and the partners with whom we exercise, are not something on which Moscow or anyone else gets to set limits. I ask the Minister of Defence whether the government agrees."
ED_FOR = "Honourable Speaker! Russia's draft demands that American warships and aircraft keep away from areas from which they could strike Russian territory. In the Baltic Sea that would mean closing the Gulf of Finland to our partners. Freedom of navigation is not negotiable. What does the Foreign Minister intend to do?"
D = "2022-01-20"
L["eduskunta-2022-01-20-question-time"] = [
 (ED_KIV1, "jaana-kivisto", 1, "Jaana Kivistö", "nato-non-expansion", "rejects", 1, D),
 (ED_KIV1, "jaana-kivisto", 1, "Jaana Kivistö", "nato-open-door", "supports", 1, D),
 (ED_KIV1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Honourable Speaker! Finland's room for manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide. This has been the line of the President of the Republic and of the Government, and it will not change.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 1, D),
 ("At the same time the Government supports the dialogue that the United States, NATO and the OSCE have begun with Russia this month. Dialogue is always better than confrontation, even when the positions are far apart.", "sanna-marin", 1, "Sanna Marin", "", "", 1, D),
 (ED_NUR, "petteri-nurmela", 1, "Petteri Nurmela", "limit-military-exercises", "rejects", 1, D),
 (ED_NUR, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Honourable Speaker! The Defence Forces plan and carry out their exercises independently, and we will continue to exercise with our partners, with Sweden, the United States and other NATO countries, as before. Nobody will set limits on that from outside.", "antti-kaikkonen", 1, "Antti Kaikkonen", "limit-military-exercises", "rejects", 1, D),
 ("The United States and the European Union have called on Russia to pull its troops back from the Ukrainian border; we will see in the coming weeks whether that happens.", "antti-kaikkonen", 1, "Antti Kaikkonen", "russia-de-escalation", "mentions", 1, D),
 (ED_FOR, "mikael-forsberg", 1, "Mikael Forsberg", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 (ED_FOR, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Honourable Speaker! Russia's proposals contain elements that Finland cannot accept, above all anything that would limit the right of states to choose their own security arrangements. Finland and the European Union have said this to Russia directly.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-open-door", "supports", 1, D),
 ("As for the Baltic Sea, Finland's position is clear: it is international waters, and the freedom of navigation and overflight applies to all, also to the ships and aircraft of our partners.", "pekka-haavisto", 1, "Pekka Haavisto", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Honourable Speaker! Russia's demands are unacceptable, that is clear. But we must also ask how the risk of accidents in our neighbourhood can be reduced. When the military leaders of Russia and NATO no longer talk to each other, an incident over the Baltic Sea can escalate quickly. Restoring these military channels of communication must be a priority.", "aino-leppalahti", 1, "Aino Leppälahti", "resume-military-dialogue", "supports", 1, D),
 ("Honourable Speaker! I agree with the representative that a resumption of military contacts between Russia and NATO would reduce the risk of incidents, and Finland supports it. Our own border guard and defence forces maintain their contacts with the Russian authorities, and these work.", "sanna-marin", 1, "Sanna Marin", "resume-military-dialogue", "supports", 1, D),
 ("Honourable Speaker! In 2008 in Bucharest NATO promised Ukraine and Georgia that they would one day become members. Thirteen years later Ukraine is still waiting, and Russia has troops on its border. Finland must not be left in such a grey zone.", "jaana-kivisto", 1, "Jaana Kivistö", "", "", 1, D),
 ("Honourable Speaker! Finland is not in a grey zone. We have a strong defence, we are a member of the European Union, and we have close partnerships. We make our decisions ourselves, at a time of our own choosing.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 1, D),
]

LF_PUTIN = "He then listed the three demands he said Washington had sidestepped: no further enlargement of NATO, no deployment of strike weapons near Russia’s borders, and a return of the alliance’s military infrastructure in Europe to where it stood in 1997."
LF_SHERMAN = "Sherman, for her part, told reporters the same evening that Washington would not make “decisions about Ukraine without Ukraine” and called Moscow’s demand that NATO formally renounce its 2008 Bucharest pledge a non-starter."
LF_SOLHEIM = "What Moscow calls a legally binding guarantee is only as binding as the parties’ willingness to stay in the treaty. Washington walked out of the ABM Treaty, the INF Treaty and Open Skies, and Moscow knows it,"
LF_OCAMPO = "No administration could get a treaty barring NATO enlargement through the Senate, and none should try. Handing Moscow a legal veto over who joins the alliance is a non-starter,"
L["lawfare-2022-02-03-treaty-not-promise"] = [
 ("It is already clear now that fundamental Russian concerns have been ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 (LF_PUTIN, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (LF_PUTIN, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (LF_PUTIN, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("We have had enough of assurances and promises. What we need is a signature on a treaty that can be checked,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (LF_SHERMAN, "wendy-sherman", 1, "Sherman", "rescind-bucharest-2008", "rejects", 0, "2022-01-10"),
 (LF_SHERMAN, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (LF_SOLHEIM, "ingrid-solheim", 1, "Ingrid Solheim", "written-legal-guarantees", "mentions", 1, ""),
 (LF_SOLHEIM, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (LF_OCAMPO, "daniel-ocampo", 1, "he", "nato-non-expansion", "rejects", 1, ""),
 (LF_OCAMPO, "daniel-ocampo", 1, "he", "written-legal-guarantees", "rejects", 1, ""),
 (LF_OCAMPO, "daniel-ocampo", 1, "he", "nato-open-door", "supports", 1, ""),
 ("The Bucharest formula has to be withdrawn. As long as it stands, every Western promise of restraint is worth nothing,", "kirill-aksenov", 1, "Kirill Aksenov", "rescind-bucharest-2008", "supports", 1, ""),
]

NP_GEO3 = "He stressed that NATO would not compromise on its open-door policy and that it was for Ukraine and the 30 Allies alone to decide whether Ukraine would one day join the Alliance."
NP_ION = "Radu IONESCU (Romania) said that the Aegis Ashore site at Deveselu was purely defensive and that Romania would never accept Moscow’s demand that Allies refrain from deploying offensive strike systems on the territory of member states close to Russia."
NP_HRY = "She described Moscow’s demand that NATO end all military cooperation with Kyiv as an attempt to make Ukraine ‘a buffer zone’ and urged Allies to insist that Russia pull its forces back from Ukraine’s borders before any further talks took place."
NP_REI = "Dr Reinikainen noted that Moscow’s draft treaties combined demands that were ‘designed to be rejected’, such as a ban on any Allied military activity in Ukraine, Georgia and Central Asia, with items such as intermediate-range missiles on which agreement was possible."
D = "2022-02-14"
L["natopa-2022-02-14-political-committee"] = [
 (NP_GEO3, "mircea-geoana", 1, "He", "nato-open-door", "supports", 0, D),
 (NP_GEO3, "mircea-geoana", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("The Deputy Secretary General said that the Alliance had proposed to re-establish the NATO Military Liaison Mission in Moscow and Russia’s mission to NATO, and to make full use of military-to-military channels to prevent incidents and reduce risks.", "mircea-geoana", 1, "The Deputy Secretary General", "resume-military-dialogue", "supports", 0, D),
 ("Mr Geoană also underlined that Russia must withdraw its forces from around Ukraine and from Belarus, warning that any further aggression would carry ‘a very high price’.", "mircea-geoana", 1, "Geoană", "russia-de-escalation", "supports", 0, D),
 ("Tomasz WIERZBICKI (Poland) rejected any moratorium on the deployment of intermediate-range missiles in Europe for as long as Russia kept its 9M729 cruise missiles, calling such an arrangement ‘a reward for cheating’.", "tomasz-wierzbicki", 1, "Tomasz WIERZBICKI", "no-intermediate-range-missiles", "rejects", 0, D),
 (NP_ION, "radu-ionescu", 1, "Radu IONESCU", "no-strike-weapons-near-borders", "rejects", 0, D),
 (NP_ION, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Kemal ARIKAN (Turkey) said that his country would continue to implement the Montreux Convention ‘to the letter’ and suggested that naval and air activity in the Black Sea could be discussed between the parties within that framework.", "kemal-arikan", 1, "Kemal ARIKAN", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 (NP_HRY, "oksana-hrytsenko", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, D),
 (NP_HRY, "oksana-hrytsenko", 1, "She", "russia-de-escalation", "supports", 0, D),
 (NP_HRY, "oksana-hrytsenko", 1, "She", "no-preconditions", "rejects", 0, D),
 (NP_HRY, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (NP_REI, "paavo-reinikainen", 1, "Reinikainen", "no-military-activity-ex-soviet", "mentions", 0, D),
 (NP_REI, "paavo-reinikainen", 1, "Reinikainen", "no-intermediate-range-missiles", "mentions", 0, D),
 (NP_REI, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (NP_REI, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("In reply to a question from Mr Wierzbicki, the speaker said that the demand to revoke the 2008 Bucharest declaration was largely symbolic, since the Alliance had never set a timetable for either country’s accession.", "paavo-reinikainen", 1, "the speaker", "rescind-bucharest-2008", "mentions", 0, D),
 ("He added that the Alliance’s refusal to halt enlargement had been expected in Moscow and would not by itself end the diplomatic track, and that the Kremlin’s next moves would depend on its reading of the military balance rather than on the texts exchanged.", "paavo-reinikainen", 1, "He", "nato-non-expansion", "mentions", 0, D),
]

OR_S2 = "Precisely because we are neutral, we know what that means: neutrality is something a country chooses for itself. Nobody can promise on behalf of Ukraine that it will never join an alliance, and nobody in Moscow or anywhere else has a right of veto over that decision."
OR_S4 = "Yes, there are elements where I see room, the intermediate-range missiles for example. And I could well imagine that both sides agree to hold fewer and smaller manoeuvres close to each other's borders. That would be in everyone's interest, Austria's included."
D = "2022-01-13"
L["orf-2022-01-13-zib2-schallenberg"] = [
 ("We are not talking about a menu from which one picks individual dishes. Our proposals are a package,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("In Moscow, deputy foreign minister Sergei Ryabkov said on Thursday in an interview with the broadcaster RTVI that he saw no reason to sit down again in the coming days if the West did not move on the non-expansion of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("It was worth it, because for the first time in years Russia and the West are sitting at one table and talking about European security at all. But I will not pretend that we are close to a result.", "alexander-schallenberg", 1, "Schallenberg", "", "", 1, D),
 (OR_S2, "alexander-schallenberg", 1, "Schallenberg", "no-ukraine-membership", "rejects", 1, D),
 (OR_S2, "alexander-schallenberg", 1, "Schallenberg", "nato-open-door", "supports", 1, D),
 ("It concerns all of us, because it would divide Europe into states of first and second class. Our neighbours Slovakia, Hungary and Slovenia decided freely to join, and nobody can ask them now to accept less protection than the others.", "alexander-schallenberg", 1, "Schallenberg", "rollback-to-1997", "rejects", 1, D),
 (OR_S4, "alexander-schallenberg", 1, "Schallenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (OR_S4, "alexander-schallenberg", 1, "Schallenberg", "limit-military-exercises", "supports", 1, D),
 ("We should stay at the table without preconditions and without ultimatums, from whichever side they come. The OSCE, here in Vienna, is the right place for that, because it is the only forum where Russia, the United States, Ukraine and all the others sit as equals.", "alexander-schallenberg", 1, "Schallenberg", "no-preconditions", "supports", 1, D),
 ("Then the European Union will react with sanctions of a kind we have not seen before, and Austria will be part of that. But the key lies in Moscow. The first thing that has to happen is a withdrawal of the more than 100,000 soldiers from the Ukrainian border.", "alexander-schallenberg", 1, "Schallenberg", "russia-de-escalation", "supports", 1, D),
]

SP_COL1 = "Moscow wants Nato to turn the clock back a quarter of a century, and there isn’t a government in the eastern half of the alliance that could sell that to its voters,"
SP_SHER2 = "and about where certain missile systems are placed — but only if Russia chooses de-escalation over escalation."
SP_STOL1 = "Russia does not have a say on whether Ukraine should join Nato,"
SP_STOL2 = "That is for Ukraine and the 30 allies to decide, and for nobody else."
SP_STOL3 = "Stoltenberg said allies had proposed a series of further meetings on arms control and on transparency around exercises, and had offered to reopen military lines of communication with Moscow to reduce the risk of accidents."
SP_GRU = "We told our colleagues honestly: the further expansion of the alliance, above all to Ukraine and Georgia, is a red line for us. It has to be stopped, and stopped in a legally binding way,"
D = "2022-01-12"
L["spectator-2022-01-12-nrc-live"] = [
 ("Nobody in this building is going to trade away the right of sovereign nations to choose their own partners,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("less a negotiation than a reading of two separate scripts", "harriet-colquhoun", 1, "Harriet Colquhoun", "", "", 1, D),
 (SP_COL1, "harriet-colquhoun", 1, "she", "rollback-to-1997", "mentions", 1, D),
 (SP_COL1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The open door is the hill both sides have chosen to stand on. Everything else is negotiable, at least in principle.", "harriet-colquhoun", 1, "she", "nato-open-door", "mentions", 1, D),
 ("Russia is interested in results, not in conversation for the sake of conversation,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Peskov rejected Western calls to thin out the forces gathered near Ukraine, adding that where Russia moved its own troops on its own territory was a matter for Moscow alone.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, D),
 ("We are prepared to talk about reciprocal limits on the size and scope of exercises,", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 (SP_SHER2, "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 (SP_SHER2, "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 (SP_STOL1, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (SP_STOL1, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (SP_STOL2, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (SP_STOL2, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Nor are we going to pull back the battlegroups that protect Estonia, Latvia, Lithuania and Poland. That is not on the table,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 (SP_STOL3, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 (SP_STOL3, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("There is a real risk of a new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (SP_GRU, "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 (SP_GRU, "alexander-grushko", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, D),
 (SP_GRU, "alexander-grushko", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("a relic Nato hides behind whenever it wants to grow", "alexander-grushko", 1, "He", "nato-open-door", "rejects", 1, D),
 ("Grushko dismissed the idea of restoring military contacts with the alliance, which Moscow suspended in October, saying there was “no point” in such channels while Nato treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("He repeated that American and allied warships and bombers should stay out of areas from which they could hit Russian territory.", "alexander-grushko", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Nobody walked out, which in this climate counts as a result.", "harriet-colquhoun", 1, "Colquhoun", "", "", 1, D),
]

write_gold(L, "articles-52", "second-52", second=True)
