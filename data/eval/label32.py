#!/usr/bin/env python3
"""Writes the thirty-second held-out gold (gold-32/*.nq) from the labels below.

Batch 32 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later
(only the design notes, the curated gold, batch 9 and goldlib.py).

The seven articles are invented but plausible coverage of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":
  - reuters-...-factbox-...: a Reuters factbox ("What Russia wants and what
    the West says"), bulleted, straight quotes, "said X" inversion;
  - nato-...-written-proposals-...: a NATO press release with the numbered
    text of a North Atlantic Council statement and Secretary General quotes;
  - kommersant-...: a Kommersant item machine-translated into English, with
    no front matter (id = file name, date only in the "27.01.2022, 19:40"
    line), quotations in « »;
  - sky-...-live: a Sky News live blog, newest entry first, timestamps, share
    buttons and "Read more" junk;
  - government-se-...: a Swedish government press release ("says Ann Linde"),
    saved with a UTF-8 BOM and CRLF line ends;
  - rferl-...: a Radio Free Europe/Radio Liberty Q/A interview with a Georgian
    deputy foreign minister;
  - digi24-...: a Digi24 (English) report on US troops in Romania, with cookie
    banner, share buttons, photo credit and "Read more" links.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (those of the curated gold and label9.py):
  - one label per (speaker, demand) that a passage expresses;
  - direct quotation: the evidence is the words between the marks (closing
    comma or full stop inside the marks included), direct 1; a quotation
    spanning two sentences is one evidence; a quotation interrupted by
    "he said" is two;
  - reported speech: the evidence is the whole sentence, direct 0;
  - a short quoted fragment (fewer than six words) inside reported speech
    leaves the sentence reported (direct 0); a quoted fragment of six or more
    words inside reported speech that names no demand gets its own demand-less
    direct label, and the sentence keeps its demand label (as Macron's "with
    the will to avoid war..." in batch 9);
  - stance: supports / rejects by the speaker's own position; mentions when the
    speaker only reports, asks, or offers to discuss a demand (an analyst
    describing what each side wants; "prepared to discuss" missiles or drills);
    proposing a measure oneself (re-opening military channels) is supports;
  - every direct quotation of six or more words about none of the demands gets
    one demand-less label (demand "", stance ""); reported speech about no
    demand gets no label;
  - text published verbatim under the speaker's own name without quotation
    marks counts as direct quotation: each numbered paragraph of the North
    Atlantic Council statement (speaker nato, name "The North Atlantic
    Council") and each answer in the RFE/RL interview (the whole answer after
    the "Name:" prefix) is one evidence, direct 1;
  - interviewer questions, headlines, key-point bullets, front-matter titles,
    historical background (Baker 1990, the Founding Act 1997, Bucharest 2008,
    the INF treaty) and words quoted from documents are not labelled;
    a sentence describing what a Russian draft would do is a reported statement
    of its author (russia, or russian-foreign-ministry when the ministry is
    named as speaker), with the noun phrase as speaker name;
  - speaker ids: person slugs (firstname-lastname, ASCII, e.g. andrei-lupascu);
    the Kremlin, Moscow, Russia's drafts -> russia; the Russian Foreign
    Ministry -> russian-foreign-ministry; Washington, the US answer, the US
    embassy -> united-states; a senior EU official -> european-union; the North
    Atlantic Council -> nato;
  - speaker name: the words naming the speaker at that point, titles dropped
    from named people, role nouns and pronouns as written;
  - date: the day the words were said or written, resolved against the
    publication date (ISO); "" when no day is given ("in December", "last
    week", an undated "said X").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-09-factbox-russia-security-demands"] = [
 ("Russia wants NATO to rule out any further eastward expansion, and in particular membership for Ukraine, which it regards as a red line.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia wants NATO to rule out any further eastward expansion, and in particular membership for Ukraine, which it regards as a red line.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("President Vladimir Putin told his annual news conference on Dec. 23 that the West had \"cheated us, shamelessly\" by enlarging the alliance after the Cold War and that Russia now needed guarantees that were legally binding.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2021-12-23"),
 ("President Vladimir Putin told his annual news conference on Dec. 23 that the West had \"cheated us, shamelessly\" by enlarging the alliance after the Cold War and that Russia now needed guarantees that were legally binding.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-23"),
 ("It is only Ukraine and the 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto, Russia has no say,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("It is only Ukraine and the 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto, Russia has no say,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("The draft treaty would bar the United States from deploying ground-launched intermediate- and short-range missiles in areas from which they could strike Russian territory, with Russia making a mirror commitment.", "russia", 0, "The draft treaty", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Moscow also wants a ban on U.S. and Russian warships and heavy bombers operating in areas from which they could hit each other's territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Russia proposes that both sides refrain from exercises above brigade level in an agreed zone along the line between Russia and its ally Belarus on one side and NATO member states on the other.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Reciprocal limits on the size and location of exercises are something we have discussed with Russia before, and we are prepared to discuss them again,", "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 1, "2022-01-07"),
 ("The draft agreement with NATO would commit the alliance not to station forces or weapons in any country beyond those it had on May 27, 1997, when the NATO-Russia Founding Act was signed - in effect a pullback from the 14 countries, mostly in central and eastern Europe, that have joined since.", "russia", 0, "The draft agreement with NATO", "rollback-to-1997", "supports", 0, ""),
 ("Under the treaty text, the United States would give up military bases in former Soviet republics that are not NATO members and would not develop bilateral military cooperation with them.", "russia", 0, "the treaty text", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov, who will lead Russia's delegation in Geneva, said on Friday that Moscow would not accept any preconditions for the talks, including Western calls for it to pull back troops from near Ukraine.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, "2022-01-07"),
 ("Deputy Foreign Minister Sergei Ryabkov, who will lead Russia's delegation in Geneva, said on Friday that Moscow would not accept any preconditions for the talks, including Western calls for it to pull back troops from near Ukraine.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-07"),
 ("We will not make any concessions under pressure and threats,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-07"),
 ("There can be no discussion about European security without Europeans at the table,", "european-union", 0, "a senior EU official", "", "", 1, "2022-01-08"),
 ("Moscow has bundled a few items that can be negotiated with several it knows the West can never sign. That way, whatever happens, it can say it was rebuffed,", "olga-merkulova", 1, "Olga Merkulova", "", "", 1, ""),
]
L["nato-2022-01-26-written-proposals-russia"] = [
 ("We are ready to listen to Russia’s concerns and to sit down for real talks. But we cannot compromise on the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "the Secretary General", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Mr Stoltenberg said Allies had proposed to re-establish military-to-military channels of communication with Russia and to reopen the respective offices in Moscow and Brussels, which were closed last year.", "jens-stoltenberg", 1, "Mr Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("NATO does not seek confrontation. But we will never compromise on our ability to protect and defend one another, and we will always do what is necessary,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("NATO is a defensive Alliance and poses no threat to Russia. We remain committed to the NATO-Russia Council as a forum for frank dialogue and are ready to continue meaningful talks with Russia on European security.", "nato", 0, "The North Atlantic Council", "", "", 1, "2022-01-26"),
 ("We call on Russia to immediately de-escalate the situation, including by withdrawing the forces it has massed in and around Ukraine, and to choose the path of diplomacy.", "nato", 0, "The North Atlantic Council", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("We reaffirm our commitment to NATO’s Open Door Policy under Article 10 of the Washington Treaty. Each nation has the right to choose its own security arrangements. We reject any attempt to re-establish spheres of influence in Europe.", "nato", 0, "The North Atlantic Council", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We stand by the decision taken at the 2008 Bucharest Summit that Ukraine and Georgia will become members of the Alliance, and by all elements of that decision.", "nato", 0, "The North Atlantic Council", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("We stand by the decision taken at the 2008 Bucharest Summit that Ukraine and Georgia will become members of the Alliance, and by all elements of that decision.", "nato", 0, "The North Atlantic Council", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Allied deployments in the eastern part of the Alliance are defensive, proportionate and fully consistent with our international commitments. There can be no first- and second-class Allies, and we will not withdraw forces from the territory of those Allies who joined NATO after 1997.", "nato", 0, "The North Atlantic Council", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Allies are prepared to discuss with Russia reciprocal commitments on the deployment of land-based intermediate- and shorter-range missiles, as well as arms control, risk reduction and greater military transparency, including through the modernisation of the Vienna Document.", "nato", 0, "The North Atlantic Council", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("We will continue to consult closely with partners, including Ukraine, Georgia, Finland, Sweden and the European Union, and we remain united in our approach.", "nato", 0, "The North Atlantic Council", "", "", 1, "2022-01-26"),
]
L["kommersant-2022-01-27-answer-without-the-main-thing"] = [
 ("On the main question there is no positive reaction in this document. The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("On the main question there is no positive reaction in this document. The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It would be a stretch to say that our considerations were taken into account or that a readiness to take into account our concerns was demonstrated", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("not the list of the good intentions, but the legally binding guarantees", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-24"),
 ("As became known to \"Kommersant\", the American answer contains the proposals about the mutual restrictions on the deployment of the missiles of medium and shorter range in Europe and about the measures of transparency during the military exercises.", "united-states", 0, "the American answer", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("As became known to \"Kommersant\", the American answer contains the proposals about the mutual restrictions on the deployment of the missiles of medium and shorter range in Europe and about the measures of transparency during the military exercises.", "united-states", 0, "the American answer", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("the principles which we are obliged to uphold and defend", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("The secretary of state of the USA Antony Blinken on Wednesday in Washington confirmed that the document reaffirms «the principles which we are obliged to uphold and defend», including the right of the states to choose the alliances themselves.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("the tactics of drowning the main demands in the discussion of the secondary ones", "viktor-samoilov", 1, "Viktor Samoilov", "", "", 1, ""),
 ("Washington is ready to talk about the missiles, that is, about what was discussed already in the eighties. But without the non-expansion of NATO the Russian package does not work", "viktor-samoilov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington is ready to talk about the missiles, that is, about what was discussed already in the eighties. But without the non-expansion of NATO the Russian package does not work", "viktor-samoilov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
]
L["sky-2022-01-12-nato-russia-council-live"] = [
 ("If we trade away the battlegroups in the Baltic states and Poland to get Moscow back to the table, we will have rewarded exactly the behaviour we are trying to deter,", "rachel-hartley", 1, "Rachel Hartley", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("NATO must stop moving eastwards. We need legally binding guarantees of that, because we no longer believe in promises,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("NATO must stop moving eastwards. We need legally binding guarantees of that, because we no longer believe in promises,", "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("There are practically no channels left through which our militaries can talk to each other, and that is dangerous for everyone,", "alexander-fomin", 1, "the general", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge. But it is a positive sign that all NATO allies and Russia sat around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Ukraine's relationship with NATO will be decided by Ukraine and the 30 NATO allies. No one else has anything to say, and Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Ukraine's relationship with NATO will be decided by Ukraine and the 30 NATO allies. No one else has anything to say, and Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He said NATO was ready to talk about arms control and risk reduction, and called on Russia to pull its troops back from Ukraine's border.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("We will not slam the door shut on NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-12"),
 ("The Kremlin said on Wednesday that a temporary moratorium on NATO enlargement would not satisfy Moscow and that Russia expected \"iron-clad\" guarantees in legal form.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("Moscow has put a maximalist package on the table and the alliance has answered with a much smaller one. Neither side expects the other to fold today.", "helen-ashby", 1, "Helen Ashby", "", "", 1, "2022-01-12"),
]
L["government-se-2022-01-13-linde-osce-permanent-council"] = [
 ("The European security order is not something that two countries, or two blocs, can renegotiate over the heads of everybody else. It was built together, in the Helsinki Final Act and the Charter of Paris, and it belongs to all 57 participating States,", "ann-linde", 1, "Ann Linde", "", "", 1, "2022-01-13"),
 ("Russia's draft agreement with NATO, published on 17 December, would oblige the members of the alliance to refrain from any further enlargement.", "russia", 0, "Russia's draft agreement with NATO", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("On 24 December, the Russian Ministry of Foreign Affairs stated that Swedish and Finnish membership of NATO would have \"serious military and political consequences\".", "russian-foreign-ministry", 0, "the Russian Ministry of Foreign Affairs", "nato-non-expansion", "supports", 0, "2021-12-24"),
 ("Every state has the right to choose its own security arrangements. That principle applies to Ukraine and Georgia, and it applies to Sweden and Finland,", "ann-linde", 1, "the Minister", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Every state has the right to choose its own security arrangements. That principle applies to Ukraine and Georgia, and it applies to Sweden and Finland,", "ann-linde", 1, "the Minister", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("Prime Minister Magdalena Andersson made clear on 2 January that Sweden will not allow any other country to dictate its foreign and security policy choices.", "magdalena-andersson", 1, "Magdalena Andersson", "nato-open-door", "supports", 0, "2022-01-02"),
 ("We are ready to talk about greater transparency and limits around military exercises, and the Vienna Document is the natural place to start,", "ann-linde", 1, "Ann Linde", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("The Minister also called on Russia to pull back its forces from the border with Ukraine and from the illegally annexed Crimean peninsula, and to engage constructively in the OSCE's work.", "ann-linde", 1, "The Minister", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The discussion today was frank, and in that sense it showed that the OSCE still has a role to play when other channels are strained,", "henrik-lindqvist", 1, "Henrik Lindqvist", "", "", 1, "2022-01-13"),
]
L["rferl-2022-01-19-georgia-deputy-foreign-minister-interview"] = [
 ("Moscow's draft treaty with Washington, published on December 17, would bar NATO from admitting Georgia and Ukraine and would rule out U.S. bases in, and military cooperation with, former Soviet republics that are not members of the alliance.", "russia", 0, "Moscow's draft treaty with Washington", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Moscow's draft treaty with Washington, published on December 17, would bar NATO from admitting Georgia and Ukraine and would rule out U.S. bases in, and military cooperation with, former Soviet republics that are not members of the alliance.", "russia", 0, "Moscow's draft treaty with Washington", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("No. We have been told very clearly, in Washington and in Brussels, that nothing about Georgia will be decided without Georgia. The Bucharest decision stands, and no treaty between two other countries can cancel it.", "irakli-mamaladze", 1, "Irakli Mamaladze", "rescind-bucharest-2008", "rejects", 1, "2022-01-18"),
 ("No. We have been told very clearly, in Washington and in Brussels, that nothing about Georgia will be decided without Georgia. The Bucharest decision stands, and no treaty between two other countries can cancel it.", "irakli-mamaladze", 1, "Irakli Mamaladze", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("It will. Our cooperation with the United States and with NATO is about our own defense capabilities, and who trains Georgian soldiers is nobody's business in Moscow.", "irakli-mamaladze", 1, "Mamaladze", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-18"),
 ("We are not quiet, we are careful. Twenty percent of our territory is occupied, and our first duty is to make sure there is no new war in our region.", "irakli-mamaladze", 1, "Mamaladze", "", "", 1, "2022-01-18"),
 ("A moratorium would be a veto by another name. If NATO froze its enlargement because Moscow has tanks on Ukraine's border, every small country in Europe would learn that threats work.", "irakli-mamaladze", 1, "Mamaladze", "nato-non-expansion", "rejects", 1, "2022-01-18"),
 ("Russia wants everyone to accept that no Western weapons can stand anywhere near its borders, while its own troops stand 40 kilometers from our capital. We do not accept that logic.", "irakli-mamaladze", 1, "Mamaladze", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-18"),
 ("I expect the United States to say what it has said all along: that Russia must pull its forces back from Ukraine's borders before anything else. Dialogue is good, but not with a gun on the table.", "irakli-mamaladze", 1, "Mamaladze", "russia-de-escalation", "supports", 1, "2022-01-18"),
]
L["digi24-2022-02-08-us-stryker-troops-kogalniceanu"] = [
 ("American soldiers are here because Russia has massed more than 100,000 troops next to Ukraine, not the other way around,", "vasile-dincu", 1, "the minister", "", "", 1, "2022-02-08"),
 ("On January 21, the Russian Foreign Ministry said Moscow's proposal that NATO return to its 1997 configuration meant the withdrawal of “foreign forces, equipment and weapons” from countries that were not members of the alliance at that time, such as Bulgaria and Romania.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("There are no first- and second-class allies in NATO. Romania's security will not be negotiated without Romania, and certainly not by going back to a map from 1997,", "bogdan-aurescu", 1, "Aurescu", "rollback-to-1997", "rejects", 1, "2022-02-08"),
 ("Kremlin spokesman Dmitry Peskov last Thursday called the US deployments to Romania, Poland and Germany “destructive” and said they showed Moscow was right to insist that NATO pull its forces back from the countries that joined after 1997.", "dmitry-peskov", 1, "Dmitry Peskov", "rollback-to-1997", "supports", 0, "2022-02-03"),
 ("In its written answer of January 26, which the Spanish newspaper El País made public last week, Washington offered Russia a “transparency mechanism” to confirm that there are no Tomahawk cruise missiles at the Aegis Ashore missile defence site at Deveselu, in southern Romania, provided Moscow allowed similar checks at two of its own bases.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("We also need the Black Sea to stay open to allied ships and aircraft, whatever Moscow writes in its treaties,", "andrei-lupascu", 1, "Andrei Lupașcu", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("It would be a historic mistake to pull back to 1997 in exchange for promises from Moscow. What the Strykers change is not the military balance in the Black Sea, but the message,", "radu-vladescu", 1, "Radu Vlădescu", "rollback-to-1997", "rejects", 1, ""),
 ("reinforce our commitment to Romania and to collective defence in the region", "united-states", 0, "A spokesperson for the US Embassy in Bucharest", "", "", 1, ""),
]

write_gold(L, "articles-32", "gold-32")
