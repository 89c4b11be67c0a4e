#!/usr/bin/env python3
"""Writes the 72nd held-out gold (gold-72/*.nq) from the labels below.

Batch 72 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its seven invented articles are parliamentary and government records and
small-outlet copy from countries the earlier batches left out:

- dail-2022-01-25-coveney-ukraine-questions: Irish Dáil Éireann priority
  questions, Oireachtas record style ("Deputy X:" speaker labels, a written
  question, the Ceann Comhairle as chair); no front matter, the date in the
  heading; history (Baker 1990) inside a TD's speech; demands attributed in
  passing to Russia inside TDs' speeches.
- stortinget-2022-01-12-question-hour-huitfeldt: Norwegian Storting oral
  question hour in English translation, speaker labels with party and
  timestamp; UTF-8 BOM, CRLF line ends and front matter; Norway 1949 and
  the 1950s base policy as history; a draft treaty's content (not labelled).
- senat-2022-01-19-qag-ukraine-russia: French Senate current-affairs
  questions in English translation ("Mr X. –" speaker labels, « » marks);
  a senator quoting Ryabkov inside his own speech; no front matter.
- rijksoverheid-2022-01-27-hoekstra-ollongren-press-conference: Dutch
  ministers' press conference transcript with journalists' questions (not
  labelled) and "Minister X:" labels; front matter; Lavrov's "main
  question" (unspecified, not labelled).
- noticiasaominuto-2021-12-18-russia-drafts-reactions: Portuguese
  aggregator in machine translation (Serguei Riabkov, Aleksandr Grushko,
  Dmitri Peskov), straight quotes, a quotation split by "said Riabkov",
  the draft documents' content (not labelled), an invented analyst; no front
  matter, date line "18 December 2021 - 15:47".
- hina-2022-01-26-milanovic-ukraine-nato-reactions: Croatian news agency
  wire in English with „ “ marks and a dateline; two speakers in one
  sentence; president/prime minister/minister named by role; an invented
  analyst; front matter.
- congreso-2022-02-02-albares-foreign-affairs-committee: Spanish Congress
  Foreign Affairs Committee record in translation, the minister labelled by
  role and surnames "(Albares Bueno)", deputies by surnames; the chair not
  labelled; front matter.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a
quotation over two sentences is one span. Transcripts: each paragraph of a
speaker's contribution is one direct quotation (evidence = the paragraph
without the speaker label); journalists' questions and the chair/moderator
get no label; the name is the one the speaker label gives (titles dropped).
Reported speech: the whole sentence, dateline excluded, direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand,
asks about it or offers to discuss it. Every direct quotation of six or more
words about none of the demands gets one demand-less label; reported speech
about no demand or about unspecified demands gets none. Historical
background, words quoted from documents or describing a document's content,
headlines, link lines and statements by unnamed groups are not labelled. A
demand attributed in passing to Moscow/Russia inside another speaker's
sentence is also Russia's label (speaker russia, not a person, the sentence
as evidence, direct 0, undated when no day is given). Dates: the day the
words were said, resolved against the publication date; "" when no day is
given.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-25"
kil1 = "This is a very dangerous moment for Europe. Russia has more than 100,000 troops around Ukraine, and in the last fortnight there have been talks in Geneva, in Brussels and in Vienna with very little to show for them. Will the Minister tell the House what Ireland's position is on the proposals that NATO should promise not to expand any further and should disown the commitment given at Bucharest in 2008 that Ukraine and Georgia would one day become members?"
cov1 = "I thank the Deputy for raising this. Ireland's position is clear and it has been consistent: every state in Europe has the sovereign right to choose its own security arrangements. That principle is written into the Helsinki Final Act and the Charter of Paris, Russia signed up to both, and it is not up for negotiation."
cov2 = "The idea that Ukraine should be told, in a treaty negotiated over its head between Moscow and Washington, that it can never join NATO is one we regard as unacceptable. Equally, the demand that NATO revoke what was said at Bucharest is, frankly, a non-starter. Nobody is pretending Ukraine is about to join the alliance tomorrow, but its future is not a bargaining chip for others."
moran = "We hear a great deal from Moscow about a promise supposedly given to Gorbachev in 1990 that NATO would not move “one inch eastward”. Whatever James Baker said in a conversation 32 years ago, it was never written into any treaty, and it cannot be used to justify what Russia is actually asking for now, which is that NATO's forces be pulled back to where they stood in 1997, out of Poland and out of the Baltic states. That is not a proposal. It is an attempt to carve Europe back into spheres of influence, and I hope the Minister will say so plainly."
fen = "With respect, the Minister is reading from NATO's script. Russia has asked for something any country would want, a guarantee that offensive weapons will not be stationed on its doorstep, and Ireland as a neutral country should be saying that concern is legitimate instead of lining up behind Washington."
L["dail-2022-01-25-coveney-ukraine-questions"] = [
 (kil1, "niamh-kilbride", 1, "Niamh Kilbride", "nato-non-expansion", "mentions", 1, D),
 (kil1, "niamh-kilbride", 1, "Niamh Kilbride", "rescind-bucharest-2008", "mentions", 1, D),
 (cov1, "simon-coveney", 1, "Simon Coveney", "nato-open-door", "supports", 1, D),
 (cov2, "simon-coveney", 1, "Simon Coveney", "no-ukraine-membership", "rejects", 1, D),
 (cov2, "simon-coveney", 1, "Simon Coveney", "rescind-bucharest-2008", "rejects", 1, D),
 ("That does not mean there is nothing to talk about. There are serious issues of arms control, risk reduction and transparency on which dialogue is possible and, I would argue, necessary, and Ireland will support every effort in the OSCE to make progress on them.", "simon-coveney", 1, "Simon Coveney", "", "", 1, D),
 ("I welcome the Minister's reply. I would ask him to reassure the House that nothing agreed at the Foreign Affairs Council commits this State to anything beyond diplomacy and sanctions. We are a neutral country and people are worried.", "niamh-kilbride", 1, "Niamh Kilbride", "", "", 1, D),
 ("I can give that assurance. Ireland's military neutrality is not in question, but neutrality does not mean we have no view. The single most important thing Russia can do now is to pull back the troops it has massed around Ukraine. De-escalation has to come first, and that is the message I gave to the Russian ambassador yesterday.", "simon-coveney", 1, "Simon Coveney", "russia-de-escalation", "supports", 1, D),
 ("I also made clear to the ambassador that the naval exercise Russia is planning some 240 kilometres off our south-west coast, inside the Irish exclusive economic zone, is not welcome. This is not the time to increase military activity and tension in the context of what is happening with Ukraine.", "simon-coveney", 1, "Simon Coveney", "", "", 1, D),
 (moran, "cathal-moran", 1, "Cathal Moran", "rollback-to-1997", "rejects", 1, D),
 ("Whatever James Baker said in a conversation 32 years ago, it was never written into any treaty, and it cannot be used to justify what Russia is actually asking for now, which is that NATO's forces be pulled back to where they stood in 1997, out of Poland and out of the Baltic states.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("I will say so plainly. The demand that allies withdraw their forces from the countries that joined NATO after 1997 is a non-starter, and that was the view of all 27 ministers around the table at the Foreign Affairs Council yesterday.", "simon-coveney", 1, "Simon Coveney", "rollback-to-1997", "rejects", 1, D),
 (fen, "ruairi-fennessy", 1, "Ruairí Fennessy", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Russia has asked for something any country would want, a guarantee that offensive weapons will not be stationed on its doorstep, and Ireland as a neutral country should be saying that concern is legitimate instead of lining up behind Washington.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("I do not accept that characterisation, and I do not think most people in this House would accept it either. Ireland reads nobody's script. We make our own judgments, and we have made them on the basis of what is happening on the ground.", "simon-coveney", 1, "Simon Coveney", "", "", 1, D),
]

D = "2022-01-12"
mj1 = "Thank you, President. Today the NATO–Russia Council meets in Brussels for the first time in more than two years, and on Monday the Americans and the Russians sat for eight hours in Geneva. Among the proposals now being discussed are limits on allied exercises close to Russia's borders. Norway borders Russia in the north. I would like the foreign minister to tell the Storting whether the government could accept any arrangement that restricts allied exercises in Norway, such as Cold Response."
hu2 = "The same applies to NATO's open door. The right of every state to choose its own security arrangements is a fundamental principle of the European security order. It applied to Norway in 1949, when Moscow protested loudly against our membership, and it applies to Ukraine and Georgia today."
tv1 = "The Progress Party believes the government is far too soft. Restoring military contacts with Moscow while Russian tanks stand on Ukraine's border would be a reward for blackmail. And there should be no negotiations at all until those forces have been pulled back. Will the minister make that clear to the Russian side?"
hu4 = "We believe in talking, also with those we profoundly disagree with, and we do not think it would be wise to set conditions for sitting down at the table. But talking is not the same as giving in. The best thing Russia can do now is to withdraw its forces and lower the tension, and that is the message Norway is giving in Brussels today."
L["stortinget-2022-01-12-question-hour-huitfeldt"] = [
 (mj1, "kari-mjosvold", 1, "Kari Mjøsvold", "limit-military-exercises", "mentions", 1, D),
 ("Let me be very clear. Norway will not accept any arrangement under which Russia decides which exercises allies may hold on Norwegian territory. Cold Response will go ahead in March as planned, with around 30,000 troops from 27 countries, and it has been notified in accordance with our obligations under the Vienna Document.", "anniken-huitfeldt", 1, "Anniken Huitfeldt", "limit-military-exercises", "rejects", 1, D),
 (hu2, "anniken-huitfeldt", 1, "Anniken Huitfeldt", "nato-open-door", "supports", 1, D),
 (hu2, "anniken-huitfeldt", 1, "Anniken Huitfeldt", "no-ukraine-membership", "rejects", 1, D),
 ("I thank the minister for a clear answer. Russia's draft treaty with the United States would also keep American warships and bombers out of areas from which they could strike Russian territory. In practice that would cover the Barents Sea and much of the Norwegian Sea. Does the government regard that as something that can be negotiated at all?", "kari-mjosvold", 1, "Kari Mjøsvold", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("No. The waters off northern Norway are Norwegian waters and international waters, and allied ships and aircraft will continue to operate there in accordance with international law, as they have done for decades. That is not something Norway will discuss with Russia over the heads of our allies.", "anniken-huitfeldt", 1, "Anniken Huitfeldt", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 (tv1, "per-arne-tveit", 1, "Per-Arne Tveit", "resume-military-dialogue", "rejects", 1, D),
 (tv1, "per-arne-tveit", 1, "Per-Arne Tveit", "no-preconditions", "rejects", 1, D),
 (tv1, "per-arne-tveit", 1, "Per-Arne Tveit", "russia-de-escalation", "supports", 1, D),
 (hu4, "anniken-huitfeldt", 1, "Anniken Huitfeldt", "no-preconditions", "supports", 1, D),
 (hu4, "anniken-huitfeldt", 1, "Anniken Huitfeldt", "russia-de-escalation", "supports", 1, D),
 ("As for military contacts, Norway has kept its own channels with the Northern Fleet, and we would welcome a resumption of regular military-to-military talks between NATO and Russia. Such channels are not a reward to anybody; they reduce the risk of incidents and accidents.", "anniken-huitfeldt", 1, "Anniken Huitfeldt", "resume-military-dialogue", "supports", 1, D),
 ("Then I hope the minister will at least make clear that Norway alone decides what weapons are stationed in Finnmark and Troms, whatever Moscow's draft treaty says about offensive weapons near Russia's borders.", "per-arne-tveit", 1, "Per-Arne Tveit", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Norway's base and nuclear weapons policy was laid down by Norwegian governments in the 1950s and has served us well ever since. It is a Norwegian policy, decided in this chamber, and it remains unchanged.", "anniken-huitfeldt", 1, "Anniken Huitfeldt", "", "", 1, D),
]

D = "2022-01-19"
cad1 = "Minister, on 10 January in Geneva, the Russian deputy minister for foreign affairs, Mr Sergei Ryabkov, declared: « For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. » Moscow also demands that the Alliance renounce any military activity in Ukraine, in Georgia, in Moldova and in Central Asia. These are not the demands of a State worried about its security; they are the demands of a power that wants to rebuild an empire, and they must be rejected as such."
ld2 = "What Russia is proposing is a new Yalta: a NATO forbidden to admit new members, and a Europe divided into zones of influence. That is not acceptable to France, and it is not acceptable to any of our partners."
vau = "My question is addressed to the Minister of the Armed Forces. While diplomats talk in Geneva, in Brussels and in Vienna, Russia has massed more than 100,000 soldiers on Ukraine's borders and is now moving troops into Belarus for exercises. Some of our partners say we must keep talking with Moscow without any preconditions; others say nothing can be discussed while those troops remain where they are. Which line does France defend, and what is it doing to obtain a genuine de-escalation?"
par1 = "Madam Senator, France defends firmness and dialogue together. Dialogue, because there is no alternative to it, and we have never made it conditional on anything. Firmness, because the first condition of any genuine de-escalation is that Russia withdraws the forces it has deployed around Ukraine. We say so to Moscow through every channel."
L["senat-2022-01-19-qag-ukraine-russia"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Moscow also demands that the Alliance renounce any military activity in Ukraine, in Georgia, in Moldova and in Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (cad1, "olivier-cadiou", 1, "Olivier Cadiou", "no-ukraine-membership", "rejects", 1, D),
 (cad1, "olivier-cadiou", 1, "Olivier Cadiou", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("France holds the presidency of the Council of the European Union until June. What will the Government do so that Europe is not a mere spectator of a negotiation between Washington and Moscow about its own security?", "olivier-cadiou", 1, "Olivier Cadiou", "", "", 1, D),
 ("Senator, Europe is not a spectator and it will not be one. I have said so to our American partners, and the President of the Republic will say so this afternoon before the European Parliament in Strasbourg. The principles on which European security has rested since the Helsinki Final Act, the inviolability of borders and the free choice of alliances, were not granted by Moscow, and they are not Moscow's to withdraw.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 1, D),
 (ld2, "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-non-expansion", "rejects", 1, D),
 ("What Russia is proposing is a new Yalta: a NATO forbidden to admit new members, and a Europe divided into zones of influence.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("That does not mean that we refuse to talk. On strategic stability and on confidence-building measures there is matter for discussion, and France is ready for it, in the OSCE, in the NATO–Russia Council and in the Normandy format, whose political advisers I hope will meet in Paris next week.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, D),
 (vau, "helene-vautrin", 1, "Hélène Vautrin", "no-preconditions", "mentions", 1, D),
 (vau, "helene-vautrin", 1, "Hélène Vautrin", "russia-de-escalation", "mentions", 1, D),
 (par1, "florence-parly", 1, "Florence Parly", "no-preconditions", "supports", 1, D),
 (par1, "florence-parly", 1, "Florence Parly", "russia-de-escalation", "supports", 1, D),
 ("France will also contribute to the reassurance of our allies on the eastern flank, and we are ready to lead a NATO battlegroup in Romania if the Alliance so decides.", "florence-parly", 1, "Florence Parly", "", "", 1, D),
]

D = "2022-01-27"
hk2 = "The answer is firm on principles. NATO's door stays open. Whether Ukraine will one day join is for Ukraine and the thirty allies to decide, and for nobody else."
hk4 = "No, and it was never meant to be. This is an answer to a set of proposals, not a treaty. If there is progress on arms control, that may eventually lead to binding agreements, but we are not going to sign a legally binding text that closes NATO's door."
L["rijksoverheid-2022-01-27-hoekstra-ollongren-press-conference"] = [
 ("Good afternoon. Last night the United States and NATO handed their written answers to Moscow. They respond to the proposals that Russia put on the table in December, and the Netherlands was closely involved in drafting the Alliance's reply. Let me say at the outset that we stand fully behind it.", "wopke-hoekstra", 1, "Hoekstra", "", "", 1, D),
 (hk2, "wopke-hoekstra", 1, "Hoekstra", "nato-open-door", "supports", 1, D),
 (hk2, "wopke-hoekstra", 1, "Hoekstra", "no-ukraine-membership", "rejects", 1, D),
 ("At the same time, the answer offers Russia a serious path of dialogue, on arms control, on transparency and on reducing risks. It is now up to Moscow to choose which path it takes.", "wopke-hoekstra", 1, "Hoekstra", "", "", 1, D),
 ("From the defence side, we will send two F-35 fighter aircraft to Bulgaria from April to help protect NATO airspace, and we are placing a ship and land units on higher readiness for the NATO Response Force. These are defensive and proportionate steps, taken in full coordination with our allies.", "kajsa-ollongren", 1, "Ollongren", "", "", 1, D),
 (hk4, "wopke-hoekstra", 1, "Hoekstra", "written-legal-guarantees", "rejects", 1, D),
 (hk4, "wopke-hoekstra", 1, "Hoekstra", "nato-non-expansion", "rejects", 1, D),
 ("The Bucharest declaration stands; allies agreed it in 2008 and have reaffirmed it many times since. We are not going to revoke it because Moscow asks us to.", "wopke-hoekstra", 1, "Hoekstra", "rescind-bucharest-2008", "rejects", 1, D),
 ("We are not going to revoke it because Moscow asks us to.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("I am not going to speculate about what Mr Lavrov means. We will study Moscow's reaction carefully, together with our allies, and we will judge Russia above all by what it does on the ground.", "wopke-hoekstra", 1, "Hoekstra", "", "", 1, D),
 ("We will not accept a situation in which Russia decides which exercises allies may hold on allied territory.", "kajsa-ollongren", 1, "Ollongren", "limit-military-exercises", "rejects", 1, D),
 ("What we can talk about are limits and notification rules that are reciprocal, verifiable and apply to both sides. The Vienna Document already offers a framework for that, and Russia itself is a party to it.", "kajsa-ollongren", 1, "Ollongren", "limit-military-exercises", "mentions", 1, D),
 ("Yes. Channels between military staffs reduce the risk of incidents and misunderstandings, and restoring them is in everybody's interest, including ours.", "kajsa-ollongren", 1, "Ollongren", "resume-military-dialogue", "supports", 1, D),
]

D = "2021-12-18"
lead = "Russia published on Friday the projects of two agreements with the United States and with the NATO, in which it demands legally binding guarantees that the Atlantic Alliance will not expand more to the east."
rb = "Riabkov insisted also that the promise made to Kiev and Tbilisi in the summit of Bucharest, in 2008, \"must be annulled\", and that the warships and the bombers American must stay away from the zones from where they can strike the Russian territory."
acc = "According to the investigator, the points that will dominate the eventual negotiations in January are others: the renunciation of military activity in the ex-Soviet space, the weapons of attack near the Russian borders and the withdrawal of the Alliance to the positions of 1997."
L["noticiasaominuto-2021-12-18-russia-drafts-reactions"] = [
 (lead, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (lead, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("For us it is not a menu,", "sergei-ryabkov", 1, "Riabkov", "", "", 1, D),
 ("it is a package, and we will not accept that they take only the points that interest them and throw away the rest.", "sergei-ryabkov", 1, "Riabkov", "", "", 1, D),
 (rb, "sergei-ryabkov", 1, "Riabkov", "rescind-bucharest-2008", "supports", 0, D),
 (rb, "sergei-ryabkov", 1, "Riabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("In interview to the agency RIA Novosti published this Saturday, the also vice-minister Aleksandr Grushko warned that, if the Occidentals do not take the proposals seriously, Russia \"will be forced to respond with military-technical means\", and reaffirmed the demand of withdrawal of the forces of the NATO to the positions of 1997.", "alexander-grushko", 1, "Aleksandr Grushko", "rollback-to-1997", "supports", 0, D),
 ("will be forced to respond with military-technical means", "alexander-grushko", 1, "Aleksandr Grushko", "", "", 1, D),
 ("We must reduce the military activity along the line of contact. The exercises, the manoeuvres near the borders, all this must be limited in a strip of territory agreed between the parts,", "alexander-grushko", 1, "the vice-minister", "limit-military-exercises", "supports", 1, D),
 ("The spokesman of the Kremlin, Dmitri Peskov, rejected on Friday, once more, the calls of the Occident to withdraw the troops from the border with Ukraine, affirming that Russia moves its forces in its own territory \"as it understands\".", "dmitry-peskov", 1, "Dmitri Peskov", "russia-de-escalation", "rejects", 0, "2021-12-17"),
 ("In Lisbon, the minister of the Foreign Affairs, Augusto Santos Silva, considered today in declarations to the Lusa that to close the door of the NATO to new members \"is not acceptable\" for Portugal nor for any of the allies.", "augusto-santos-silva", 1, "Augusto Santos Silva", "nato-non-expansion", "rejects", 0, D),
 ("Portugal is, as always, at the side of its allies, and the European Union must speak with a single voice,", "augusto-santos-silva", 1, "the Portuguese minister", "", "", 1, D),
 ("Moscow knows perfectly that Washington will never sign a document that forbids Ukraine to enter in the NATO. It is a maximalist text, for internal consumption and to justify what comes after,", "ines-valadares", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (acc, "ines-valadares", 1, "the investigator", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (acc, "ines-valadares", 1, "the investigator", "no-strike-weapons-near-borders", "mentions", 0, ""),
 (acc, "ines-valadares", 1, "the investigator", "rollback-to-1997", "mentions", 0, ""),
 ("Also the reestablishment of the channels of military communication between Russia and the NATO, interrupted since October, could be \"a possible point of understanding\", she added.", "ines-valadares", 1, "she", "resume-military-dialogue", "mentions", 0, ""),
]

D = "2022-01-25"
both = "Plenković and Foreign Minister Gordan Grlić Radman both said on Tuesday that Croatia respected Ukraine's sovereignty and territorial integrity and the right of every country, including Ukraine, to choose its alliances."
luk = "Nobody in Paris or Berlin expects Ukraine to join NATO any time soon. The real question is whether anyone will ever put that in writing, and I do not think anyone will,"
L["hina-2022-01-26-milanovic-ukraine-nato-reactions"] = [
 ("President Zoran Milanović said on Tuesday that Ukraine did not belong in NATO and that Croatia would withdraw its soldiers from the Alliance's forces in the east if the crisis turned into a war, drawing a sharp rebuke from Prime Minister Andrej Plenković and an apology from the government to Kyiv.", "zoran-milanovic", 1, "Zoran Milanović", "no-ukraine-membership", "supports", 0, D),
 ("Ukraine is not for NATO, and everybody who is honest knows that,", "zoran-milanovic", 1, "Milanović", "no-ukraine-membership", "supports", 1, D),
 ("that takes into account Russia's security interests", "zoran-milanovic", 1, "He", "", "", 1, D),
 ("We will not send troops. On the contrary, in the event of an escalation, Croatia will withdraw every last soldier,", "zoran-milanovic", 1, "the president", "", "", 1, D),
 ("It sounds as if it was said by a Russian official,", "andrej-plenkovic", 1, "Plenković", "", "", 1, D),
 ("I apologise to the Ukrainian people for what they heard from the Croatian head of state,", "andrej-plenkovic", 1, "the prime minister", "", "", 1, D),
 (both, "andrej-plenkovic", 1, "Plenković", "nato-open-door", "supports", 0, D),
 (both, "andrej-plenkovic", 1, "Plenković", "no-ukraine-membership", "rejects", 0, D),
 (both, "gordan-grlic-radman", 1, "Gordan Grlić Radman", "nato-open-door", "supports", 0, D),
 (both, "gordan-grlic-radman", 1, "Gordan Grlić Radman", "no-ukraine-membership", "rejects", 0, D),
 ("Russia must pull its troops back from the Ukrainian border. The road to de-escalation leads through dialogue, not through ultimatums,", "gordan-grlic-radman", 1, "the minister", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("There are politicians in Europe who understand that dragging Ukraine into NATO is a direct threat to Russia's security,", "maria-zakharova", 1, "she", "no-ukraine-membership", "supports", 1, "2022-01-26"),
 ("She said the Alliance's so-called open-door policy had to be abandoned, because it had become „a machine for expansion“.", "maria-zakharova", 1, "She", "nato-open-door", "rejects", 0, "2022-01-26"),
 (luk, "davor-luksic", 1, "Lukšić", "no-ukraine-membership", "mentions", 1, ""),
 (luk, "davor-luksic", 1, "Lukšić", "written-legal-guarantees", "mentions", 1, ""),
 ("Under the constitution the president and the government share responsibility for foreign policy, so this is a domestic power struggle as much as anything else,", "davor-luksic", 1, "he", "", "", 1, ""),
]

D = "2022-02-02"
al3 = "Spain will not accept that a third country decide who can and who cannot be a member of the Atlantic Alliance. But on intermediate-range missiles, on transparency and on confidence-building measures there is room to negotiate, and Spain supports negotiating."
gr2 = "We ask you for firmness. Spain must not accept any limit on where the allies can deploy their missiles, nor any restriction on where our ships and aircraft can operate."
arr = "Minister, a great deal is said these days about NATO's open-door policy. I would like to know what it means in practice for Ukraine: membership in a few years, in a few decades, or never? Because that is precisely the question Moscow is asking, and the Ukrainians also deserve an honest answer."
al8 = "Mr Arregi, the honest answer is that membership depends on Ukraine and on the allies, and on nobody else. There is no date, but there is no veto either."
L["congreso-2022-02-02-albares-foreign-affairs-committee"] = [
 ("Thank you very much, Chair. I appear at my own request to report to this committee on the situation on the borders of Ukraine and on the answers that the United States and NATO delivered to Russia on 26 January, whose content has been published this morning in the press.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 ("Spain's position rests on three principles. First, Russia must de-escalate: the more than 100,000 soldiers concentrated on the border with Ukraine and now in Belarus are the origin of this crisis, and not the other way round. Second, dialogue, always and in every format. Third, the unity of the European Union and of the Alliance, which Moscow has tried, unsuccessfully, to break.", "jose-manuel-albares", 1, "Albares Bueno", "russia-de-escalation", "supports", 1, D),
 (al3, "jose-manuel-albares", 1, "Albares Bueno", "nato-open-door", "supports", 1, D),
 (al3, "jose-manuel-albares", 1, "Albares Bueno", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Spain has sent the frigate Blas de Lezo to the Black Sea and the minesweeper Meller to the Baltic, within NATO's standing naval groups, and has offered Eurofighter aircraft for air policing in Bulgaria. These are deterrent and defensive deployments, decided by allies in the exercise of their sovereignty.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 ("Thank you, Chair. Minister, on the essentials you will have the support of my group. But you sit in a Government whose junior partner says that NATO is to blame for this crisis, and that weakens the voice of Spain in Brussels and in Washington.", "ignacio-garcia-rojo-pineda", 1, "García-Rojo Pineda", "", "", 1, D),
 (gr2, "ignacio-garcia-rojo-pineda", 1, "García-Rojo Pineda", "no-intermediate-range-missiles", "rejects", 1, D),
 (gr2, "ignacio-garcia-rojo-pineda", 1, "García-Rojo Pineda", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Thank you, Chair. Nobody in my group justifies the concentration of Russian troops, and nobody in my group wants a war in Europe.", "lucia-montero-arribas", 1, "Montero Arribas", "", "", 1, D),
 ("But it also has to be said that the expansion of NATO towards the east has been part of the problem over the last twenty years, and that a Europe free of intermediate-range missiles, like the one we had after the 1987 treaty, is as much in the interest of Spaniards as of Russians. Spain should support that proposal without reservations.", "lucia-montero-arribas", 1, "Montero Arribas", "no-intermediate-range-missiles", "supports", 1, D),
 (arr, "josu-arregi-etxeberria", 1, "Arregi Etxeberria", "nato-open-door", "mentions", 1, D),
 (arr, "josu-arregi-etxeberria", 1, "Arregi Etxeberria", "no-ukraine-membership", "mentions", 1, D),
 ("Thank you, Chair. Mr García-Rojo, the Government speaks with one voice in foreign policy, and in this matter that voice is the voice of the minister who is speaking to you.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 ("Ms Montero, Spain is not going to support a proposal because it comes from Moscow, nor oppose it for that reason; we judge proposals on their merits.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 (al8, "jose-manuel-albares", 1, "Albares Bueno", "nato-open-door", "supports", 1, D),
 (al8, "jose-manuel-albares", 1, "Albares Bueno", "no-ukraine-membership", "rejects", 1, D),
]

write_gold(L, "articles-72", "gold-72")
