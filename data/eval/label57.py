#!/usr/bin/env python3
"""Writes the fifty-seventh held-out gold (gold-57/*.nq) from the labels below.

Batch 57 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. Its
seven invented articles cover the December 2021 - February 2022 crisis over
Russia's demands for security guarantees, in forms that lean on Russian
sources:

- kremlin-2022-02-01-putin-orban-press: a Kremlin transcript of Putin's press
  statements with Viktor Orbán (speaker labels with titles, journalists'
  questions tagged by outlet); front matter.
- mid-2022-01-20-zakharova-briefing: a Russian Foreign Ministry briefing by
  Maria Zakharova, opening remarks under crossheads then questions by outlet;
  no front matter (date line in the text), UTF-8 BOM and CRLF line ends,
  « » quotation marks.
- izvestia-2022-01-17-ryabkov-interview: an Izvestia Q&A interview with
  Sergei Ryabkov, dash-led questions and answers, a reported-speech lead;
  front matter, curly quotes.
- rt-2022-01-27-frontline-us-answers: an RT debate show transcript with an
  invented host and three invented guests (speaker labels in capitals);
  front matter, straight quotes.
- valdai-2022-01-18-security-guarantees-panel: a Valdai Club panel transcript
  (Grushko plus invented US, Chinese and Russian experts, a moderator); no
  front matter (date 18.01.2022 in the text).
- rossiya1-2022-01-30-vesti-nedeli: a machine-translated aggregator copy of
  the Rossiya 1 Sunday programme, presenter narration with indirect speech,
  « » clips of Lavrov, „ “ marks, the Baker 1990 story; no front matter.
- kommersant-2022-01-14-three-rounds-column: a Kommersant opinion column on
  the Geneva / Brussels / Vienna week quoting officials and invented experts,
  a quotation split by "Stoltenberg said", history from 1997 and 2008;
  front matter, curly quotes.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a quotation
running over two sentences is one span. In transcripts and Q/A interviews each
paragraph of an answer is one direct quotation (evidence = the paragraph
without the dash or speaker label); journalists' questions, hosts and
moderators get no label; the speaker's name is the one the speaker label or
intro gives, titles dropped. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance by the speaker's own position; "mentions" when the
speaker only reports a demand, analyses it, asks about it or offers to
discuss it. Every direct quotation of six or more words about none of the
demands gets one demand-less label; reported speech about no demand or about
unspecified demands ("fundamental concerns", "core principles") gets none.
Historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
Putin at Bucharest), words quoted from documents, headlines, standfirsts,
crossheads and the columnist's own voice are not labelled; unnamed groups
("some of our NATO interlocutors", "we are told") are left out. A demand
attributed in passing to Moscow inside another speaker's sentence is also
Russia's label (speaker russia, not a person, direct 0, undated when no day
is given). Dates: the day the words were said, resolved against the
publication date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-02-01"
L["kremlin-2022-02-01-putin-orban-press"] = [
 ("Our talks with Mr Orbán were, as always, businesslike and substantive. We discussed in detail the supply of Russian natural gas to Hungary under the long-term contract signed last autumn, as well as the construction of the new units of the Paks nuclear power plant.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("Naturally, we also touched upon the state of European security. I informed the Prime Minister of our initial assessment of the replies we received from the United States and NATO last week.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("This is my twelfth meeting with President Putin, and I came to Moscow on a peace mission. Hungary is a member of NATO and of the European Union, and nobody should have any doubts about our loyalty to either of them.", "viktor-orban", 1, "Viktor Orbán", "", "", 1, D),
 ("I told the President that, inside NATO, Hungary supports a genuine negotiation on the questions where an agreement is possible: on missiles, on offensive weapons close to Russia's borders and on military exercises. These are the areas where the two positions are not so far apart.", "viktor-orban", 1, "Viktor Orbán", "no-intermediate-range-missiles", "mentions", 1, D),
 ("I told the President that, inside NATO, Hungary supports a genuine negotiation on the questions where an agreement is possible: on missiles, on offensive weapons close to Russia's borders and on military exercises. These are the areas where the two positions are not so far apart.", "viktor-orban", 1, "Viktor Orbán", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("I told the President that, inside NATO, Hungary supports a genuine negotiation on the questions where an agreement is possible: on missiles, on offensive weapons close to Russia's borders and on military exercises. These are the areas where the two positions are not so far apart.", "viktor-orban", 1, "Viktor Orbán", "limit-military-exercises", "mentions", 1, D),
 ("We have studied the replies carefully; they arrived on January 26. It is already clear that Russia's fundamental concerns were ignored.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("We did not see adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 ("Our Western colleagues constantly refer to the principle that every state is free to choose its alliances. But the same Istanbul and Astana documents contain a second principle: no one may strengthen their own security at the expense of the security of others. They quote the first and forget the second, and this so-called open-door policy is simply not acceptable to us when it brings the alliance to our doorstep.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea, which is sovereign Russian territory. Are we supposed to go to war with the NATO bloc? Has anyone thought about this? That is why Ukraine must not be admitted to the alliance.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 ("We are also told that our troops must pull back from the Ukrainian border. These are Russian troops on Russian territory, and nobody in Washington or Brussels is going to tell us where to station them.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, D),
 ("Nevertheless, I hope that in the end we will find a solution, although I understand that it will not be easy. We will continue the dialogue.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("It is not a concession to anyone. Hungary has its own army, we are modernising it, and at this moment we do not need additional allied troops. That is a sovereign Hungarian decision.", "viktor-orban", 1, "Viktor Orbán", "", "", 1, D),
 ("But let me be very clear about one thing. Every country in Europe has the right to decide which alliance it belongs to; this is NATO's position, and Hungary is a member of NATO. I also told President Putin that Russia's security concerns must be heard, and that the differences can be bridged.", "viktor-orban", 1, "Viktor Orbán", "nato-open-door", "supports", 1, D),
 ("I would not want to get ahead of myself. We will analyse the replies, the Foreign Ministry is preparing its proposals, and then I will make decisions.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
]
D = "2022-01-20"
Z = ("maria-zakharova", 1, "Maria Zakharova")
L["mid-2022-01-20-zakharova-briefing"] = [
 ("Last week the Russian interagency delegation headed by Deputy Foreign Minister Sergey Ryabkov held consultations with the US delegation in Geneva. They were followed by the Russia-NATO Council meeting in Brussels and the OSCE Permanent Council in Vienna. We have explained once again, in the simplest possible terms, that for us it is absolutely mandatory to ensure that NATO does not expand further east, including to Ukraine and Georgia.", *Z, "nato-non-expansion", "supports", 1, D),
 ("Last week the Russian interagency delegation headed by Deputy Foreign Minister Sergey Ryabkov held consultations with the US delegation in Geneva. They were followed by the Russia-NATO Council meeting in Brussels and the OSCE Permanent Council in Vienna. We have explained once again, in the simplest possible terms, that for us it is absolutely mandatory to ensure that NATO does not expand further east, including to Ukraine and Georgia.", *Z, "no-ukraine-membership", "supports", 1, D),
 ("We insist that the guarantees must be legally binding and set out on paper. Verbal assurances are worth nothing, we have already been through that. A moratorium for a few years, which some in the West have hinted at, will not suit us either.", *Z, "written-legal-guarantees", "supports", 1, D),
 ("We keep hearing from Washington, from Brussels, from London that Russia must «de-escalate». I would like to ask: de-escalate what exactly? Russian troops are on Russian territory. We will move them as we see fit, and we do not intend to report to anyone about it.", *Z, "russia-de-escalation", "rejects", 1, D),
 ("We have noted that a number of Western media outlets have published what they claim are details of the future American response before it has even been handed over. This is a familiar method of information pressure, and we will not comment on anonymous sources.", *Z, "", "", 1, D),
 ("The Americans have said they are prepared to talk about intermediate-range missiles, about the parameters of exercises, about transparency measures. We do not refuse to discuss these things, they are important.", *Z, "no-intermediate-range-missiles", "mentions", 1, D),
 ("The Americans have said they are prepared to talk about intermediate-range missiles, about the parameters of exercises, about transparency measures. We do not refuse to discuss these things, they are important.", *Z, "limit-military-exercises", "mentions", 1, D),
 ("But let me stress: they are secondary. They cannot replace the answers to the key questions, and they cannot be pulled out of the package.", *Z, "", "", 1, D),
 ("We value our Turkish partners' readiness to help. President Erdoğan's proposal has been heard. Whether such a meeting could take place without any preconditions is a question for the Kremlin, not for me.", *Z, "no-preconditions", "mentions", 1, D),
 ("As for the Black Sea, I would remind you that American destroyers come within a few dozen kilometres of our coast, and B-52 bombers fly along our borders. That is exactly why we propose that warships and aircraft stay out of the areas from which they can strike the territory of the other side.", *Z, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Warsaw and the Baltic capitals are asking for more American battalions and air defence on their soil. This is exactly the infrastructure that we propose to roll back. Whatever NATO has moved into these countries since 1997 must go back to where it came from.", *Z, "rollback-to-1997", "supports", 1, D),
 ("Hundreds of Western instructors are already working in Ukraine, and now British planes are bringing in anti-tank systems. This is precisely the military development of Ukrainian territory that we demand be stopped, and not only in Ukraine, but in all the former Soviet republics that are not members of the alliance.", *Z, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Not yet. We are waiting for the written response; after that, we will see.", *Z, "", "", 1, D),
]
D = "2022-01-16"
R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
L["izvestia-2022-01-17-ryabkov-interview"] = [
 ("Russia will not settle for assurances that can be torn up by the next administration, Ryabkov said, insisting that only a legally binding treaty, signed and ratified, would give Moscow the guarantees it needs.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("We did not go to Geneva to bargain, and I told my American colleagues so directly. Our proposals are a single package; one cannot take out the elements one likes and put the rest aside for later.", *R, "", "", 1, D),
 ("The open-door policy is not a sacred cow. It is a principle NATO invented for itself, and nobody in Russia is obliged to respect it. For us it is an absolute imperative that Ukraine and Georgia never, never ever become members of NATO.", *R, "nato-open-door", "rejects", 1, D),
 ("The open-door policy is not a sacred cow. It is a principle NATO invented for itself, and nobody in Russia is obliged to respect it. For us it is an absolute imperative that Ukraine and Georgia never, never ever become members of NATO.", *R, "no-ukraine-membership", "supports", 1, D),
 ("The Bucharest formula must be disavowed, formally and once and for all. As long as it remains in force, it hangs over our relations like a sword.", *R, "rescind-bucharest-2008", "supports", 1, D),
 ("They have finally shown interest, yes. We proposed a moratorium on deploying such missiles in Europe long ago and got no answer. Now we want a firm commitment that no short- and intermediate-range missiles will be stationed where they can reach each other’s territory. But let me be clear: this cannot be a replacement for NATO’s non-expansion, which remains the core of everything.", *R, "no-intermediate-range-missiles", "supports", 1, D),
 ("They have finally shown interest, yes. We proposed a moratorium on deploying such missiles in Europe long ago and got no answer. Now we want a firm commitment that no short- and intermediate-range missiles will be stationed where they can reach each other’s territory. But let me be clear: this cannot be a replacement for NATO’s non-expansion, which remains the core of everything.", *R, "nato-non-expansion", "supports", 1, D),
 ("Exercises above a certain scale should be moved away from the borders, on both sides, and there should be advance notification. This is a normal, reasonable thing, and it would reduce the risk of accidents.", *R, "limit-military-exercises", "supports", 1, D),
 ("Military-to-military contacts should be restored, of course, between Moscow and Washington first of all. Incidents in the air and at sea happen, and there must be someone to call. But that is a technical matter, not a substitute for the guarantees.", *R, "resume-military-dialogue", "supports", 1, D),
 ("We do not set preconditions for dialogue, and we never have. We are ready to meet at any level and in any format. But we do have a bottom line, and our partners know it very well.", *R, "no-preconditions", "supports", 1, D),
 ("Then we will draw our own conclusions. I would not like to speculate about military-technical measures; the President has already spoken about that.", *R, "", "", 1, D),
]
D = "2022-01-27"
MD = ("mark-delaney", 1, "Mark Delaney")
DS = ("dmitry-sokolin", 1, "Dmitry Sokolin")
KZ = ("katarzyna-zelazna", 1, "Katarzyna Żelazna")
L["rt-2022-01-27-frontline-us-answers"] = [
 ("Well, we haven't seen the text, but from what the Secretary of State said you can see the shape of it. The Americans have put in writing what they are ready to talk about: reciprocal limits on where intermediate-range missiles can go, transparency and limits on military exercises, even a look at the Aegis Ashore sites in Romania and Poland. That's serious, that's real arms control.", *MD, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Well, we haven't seen the text, but from what the Secretary of State said you can see the shape of it. The Americans have put in writing what they are ready to talk about: reciprocal limits on where intermediate-range missiles can go, transparency and limits on military exercises, even a look at the Aegis Ashore sites in Romania and Poland. That's serious, that's real arms control.", *MD, "limit-military-exercises", "mentions", 1, D),
 ("But let's be honest with your audience. The idea that Washington would sign a paper promising that NATO will never take in another member, Ukraine included, was a non-starter from day one.", *MD, "nato-non-expansion", "rejects", 1, D),
 ("But let's be honest with your audience. The idea that Washington would sign a paper promising that NATO will never take in another member, Ukraine included, was a non-starter from day one.", *MD, "no-ukraine-membership", "rejects", 1, D),
 ("The answer is polite, it is long, and on the main points it is empty. Not a word about a legally binding guarantee. They offer \"political commitments\". We have heard political commitments since 1990, and we know what they are worth.", *DS, "written-legal-guarantees", "supports", 1, D),
 ("What Mark is describing is the American menu, not ours. They want to talk about what suits them and call it a dialogue.", *DS, "", "", 1, D),
 ("From Warsaw this whole exercise looks like an attempt to divide Europe into spheres of influence again. The demand that NATO pull its forces out of Poland and the Baltic states is absurd. We will not be second-class members of the alliance.", *KZ, "rollback-to-1997", "rejects", 1, D),
 ("And I want to add that Poland will not accept any deal in which the base at Redzikowo or American missiles in Europe become a bargaining chip negotiated over our heads.", *KZ, "no-intermediate-range-missiles", "rejects", 1, D),
 ("Of course. But there should be no negotiations under the threat of an invasion. First the hundred thousand soldiers go back to their barracks, then we talk.", *KZ, "no-preconditions", "rejects", 1, D),
 ("Of course. But there should be no negotiations under the threat of an invasion. First the hundred thousand soldiers go back to their barracks, then we talk.", *KZ, "russia-de-escalation", "supports", 1, D),
 ("Russia moves its divisions around its own country as it wants. It is not anyone's business in Warsaw or in Washington, and nobody is going to pull anything back because an institute in Warsaw says so.", *DS, "russia-de-escalation", "rejects", 1, D),
 ("And let me say something about the bombers. American B-52s fly along our borders over the Baltic and the Black Sea, reconnaissance aircraft fly near Crimea every day. This has to end. Their warships and their planes must stay out of range of our territory.", *DS, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Formally withdrawing the Bucharest language on Ukraine and Georgia - yes, that is on the list. That tells you how much of this is about symbolism and about history.", *MD, "rescind-bucharest-2008", "mentions", 1, D),
 ("Where I do see common ground is the military channel. Restoring the hotlines, getting the Pentagon and the General Staff talking regularly, getting NATO and Russian officers back in a room - I'd support all of that tomorrow.", *MD, "resume-military-dialogue", "supports", 1, D),
 ("And the first step is obvious: pull back the troops from Ukraine's border. Nobody negotiates well with a gun on the table.", *MD, "russia-de-escalation", "supports", 1, D),
 ("NATO's expansion to the east has to stop, full stop. Everything else is secondary.", *DS, "nato-non-expansion", "supports", 1, D),
]
D = "2022-01-18"
AG = ("alexander-grushko", 1, "Alexander Grushko")
RS = ("richard-sandler", 1, "Richard Sandler")
ZM = ("zhao-minghui", 1, "Zhao Minghui")
TG = ("timur-galiyev", 1, "Timur Galiyev")
L["valdai-2022-01-18-security-guarantees-panel"] = [
 ("Thank you. Last Wednesday in Brussels we had a frank, direct and, I would say, deep conversation with the thirty NATO countries. We told them clearly that the situation has become dangerous and that the further expansion of the alliance cannot continue. This is not a wish, it is a necessity for us.", *AG, "nato-non-expansion", "supports", 1, D),
 ("The alliance must also give up its military activity in Ukraine, in Georgia, in the South Caucasus and in Central Asia. The military development of these territories by NATO is a red line for us.", *AG, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Some of our NATO interlocutors proposed restoring military liaison channels and hotlines as if nothing had happened. Frankly, we see no point in this kind of cosmetic dialogue while our main proposals are being ignored.", *AG, "resume-military-dialogue", "rejects", 1, D),
 ("I think Moscow made a tactical mistake by putting everything into one package, because some of these ideas are actually good. I would personally support a verifiable ban on ground-launched intermediate-range missiles in Europe and limits on large exercises close to borders, and I think a lot of people in Washington would too.", *RS, "no-intermediate-range-missiles", "supports", 1, D),
 ("I think Moscow made a tactical mistake by putting everything into one package, because some of these ideas are actually good. I would personally support a verifiable ban on ground-launched intermediate-range missiles in Europe and limits on large exercises close to borders, and I think a lot of people in Washington would too.", *RS, "limit-military-exercises", "supports", 1, D),
 ("Moscow also wants American warships and bombers kept out of range of Russian territory, which in the Black Sea would mean, more or less, out of the Black Sea. That is a discussion for the navies.", *RS, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Moscow also wants American warships and bombers kept out of range of Russian territory, which in the Black Sea would mean, more or less, out of the Black Sea.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("But let me be blunt. No American administration is going to withdraw US forces from Poland or the Baltic states. That is a non-starter, in the Senate and among the allies.", *RS, "rollback-to-1997", "rejects", 1, D),
 ("Nor will any president formally repudiate what the allies said at Bucharest. And the most Moscow can realistically get is a set of political commitments, not a legally binding treaty - no Senate would ratify one.", *RS, "rescind-bucharest-2008", "rejects", 1, D),
 ("Nor will any president formally repudiate what the allies said at Bucharest. And the most Moscow can realistically get is a set of political commitments, not a legally binding treaty - no Senate would ratify one.", *RS, "written-legal-guarantees", "rejects", 1, D),
 ("Thank you. China understands Russia's legitimate security concerns. The security of one country should not be strengthened at the expense of others, and military blocs should not keep expanding.", *ZM, "nato-non-expansion", "supports", 1, D),
 ("We have also noted the calls from Washington and Brussels for Russia to pull back its troops from the border with Ukraine. China's position is that all sides should exercise restraint and solve their problems through dialogue and consultation.", *ZM, "russia-de-escalation", "mentions", 1, D),
 ("Honestly, I doubt that anyone in Moscow expects the Americans to sign a legally binding text on non-expansion. The demand for written guarantees is a way of making Washington say no on the record, and after that the conversation moves to Europe.", *TG, "nato-non-expansion", "mentions", 1, D),
 ("Honestly, I doubt that anyone in Moscow expects the Americans to sign a legally binding text on non-expansion. The demand for written guarantees is a way of making Washington say no on the record, and after that the conversation moves to Europe.", *TG, "written-legal-guarantees", "mentions", 1, D),
 ("Both sides say they want the military channels restored, and both are waiting for the other to pick up the phone first. That is the real state of military dialogue today.", *TG, "resume-military-dialogue", "mentions", 1, D),
 ("I would only add that we are not going to wait forever.", *AG, "", "", 1, D),
]
BS = "The US Secretary of State Antony Blinken and the NATO Secretary General Jens Stoltenberg on Wednesday both declared that the door of the alliance remains open and that there will be no changes on this principle."
AB = "According to Blinken, who spoke at the press conference in Washington on the same day, the American answer contains proposals on the control over the armaments, on the transparency of the manoeuvres and on the mutual measures concerning the missiles in Europe."
LV = "The key question is our clear position on the inadmissibility of the further expansion of NATO to the East and the deployment of strike weapons which could threaten the territory of the Russian Federation. On this main question there is no positive reaction in this document."
SR = "The demand of Moscow to remove the allied forces from the East of Europe he rejected, having called it „spheres of influence“."
L["rossiya1-2022-01-30-vesti-nedeli"] = [
 (BS, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (BS, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 (AB, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (AB, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Stoltenberg, speaking the same Wednesday in Brussels, demanded that Russia withdraw its troops from the border of Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (SR, "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (SR, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If it depends on Russia, there will be no war. We do not want wars. But we will not allow that our interests are rudely trampled and ignored.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-28"),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("Meanwhile, despite the demands of Moscow to stop the military development of the territory of Ukraine, this week in Kyiv landed the next British airplanes with the anti-tank complexes, and the Canadian instructors prolonged their mission.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The Ukrainian Minister of Defense Oleksii Reznikov on Saturday stated that Ukraine will continue to receive weapons from the partners and nobody can dictate to Kyiv with whom it cooperates in the military sphere.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-29"),
 ("He also declared that Kyiv does not intend to refuse the course to NATO, which is fixed in the Constitution of Ukraine.", "volodymyr-zelensky", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-28"),
 ("The Turkish leader Recep Tayyip Erdogan, who intends to visit Kyiv on the coming week, on Friday repeated that he is ready to host the meeting of Putin and Zelensky and that the parties must sit at the table without any preconditions.", "recep-tayyip-erdogan", 1, "Recep Tayyip Erdogan", "no-preconditions", "supports", 0, "2022-01-28"),
]
SS = "Both Jens Stoltenberg and Sherman, who flew in from Geneva, insisted afterwards that only NATO and the country concerned decide on membership."
KK = "Estonian Prime Minister Kaja Kallas said on Wednesday that NATO would “not ask Moscow’s permission” to hold exercises on allied territory, dismissing Russia’s call to restrict drills near its borders."
GG = "In Tbilisi, Prime Minister Irakli Garibashvili said on Wednesday that Georgia was following the talks closely, noting that Moscow wanted an end to NATO’s military cooperation with Georgia, whose soldiers train at the Krtsanisi centre alongside allied instructors."
VV = "In his view, Ukraine’s membership is the one item on the list that cannot be traded away, and Washington’s reply will be built around the open door."
L["kommersant-2022-01-14-three-rounds-column"] = [
 ("In Geneva on Monday, after almost eight hours with Wendy Sherman, Sergei Ryabkov told journalists that Russia needed “ironclad, bulletproof, legally binding guarantees”, not assurances and not safeguards.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("not allow anyone to slam closed NATO’s open-door policy", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (SS, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (SS, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 (KK, "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 (KK, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis had gone further a day earlier, dismissing as “absurd” the demand that no offensive weapons be stationed in countries bordering Russia and saying Lithuania alone would decide what it needs for its defence.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-11"),
 ("continue to fly, sail and operate wherever international law allows", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("He added that the Navy had no plans to keep its destroyers away from Russian shores.", "john-kirby", 1, "He", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-13"),
 (GG, "irakli-garibashvili", 1, "Irakli Garibashvili", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-12"),
 (GG, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The demand to pull NATO back to its 1997 lines is a maximalist opening bid,", "konstantin-varlamov", 1, "Konstantin Varlamov", "rollback-to-1997", "mentions", 1, ""),
 ("Everyone in Moscow knows it will never be met in full.", "konstantin-varlamov", 1, "Konstantin Varlamov", "rollback-to-1997", "mentions", 1, ""),
 (VV, "konstantin-varlamov", 1, "his", "no-ukraine-membership", "mentions", 0, ""),
 (VV, "konstantin-varlamov", 1, "his", "nato-open-door", "mentions", 0, ""),
 ("A verifiable regime for large exercises near the border is perfectly achievable, we practically had one in the Vienna Document and could strengthen it,", "anton-dreyer", 1, "he", "limit-military-exercises", "supports", 1, ""),
]

write_gold(L, "articles-57", "gold-57")
