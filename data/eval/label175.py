#!/usr/bin/env python3
"""Writes the held-out gold of batch 175 (gold-175/*.nq) from the labels below.

Batch 175 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven different forms:

- ap-2022-01-10-geneva-sherman-ryabkov: AP wire copy from Geneva (front
  matter, straight quotes, dateline, byline, contributor line); a lede with two
  actors (Moscow, Washington) in one sentence, attribution after quotations,
  pronouns and roles ("the deputy minister"), a 1990 Baker passage and an
  invented analyst.
- state-2022-01-10-sherman-press-call: US State Department transcript of
  Wendy Sherman's telephonic press call (no front matter, date in the header,
  speaker labels in capitals, Ned Price as moderator, journalists' questions
  that themselves report Russian demands).
- skynews-2022-01-12-nato-russia-council-live: Sky News live blog of the
  NATO-Russia Council (front matter, reverse-chronological timestamped
  entries, key-points bullets, curly quotes, a quotation split by "Grushko
  said", a tweet quoted without a verb, an invented analyst).
- osce-2022-01-13-rau-schmid-press-conference: OSCE press-conference
  transcript in Vienna (front matter, "Name:" speaker labels, moderator,
  questions from agencies, multi-paragraph answers).
- aljazeera-2022-01-27-us-nato-written-response: Al Jazeera English report on
  the reactions to the written answers of 26 January (no front matter,
  "Published On" line, standfirst, photo caption, crossheads, demands
  attributed to Moscow in passing inside other speakers' sentences, two
  speakers in one sentence, invented analysts in Moscow and Kyiv).
- izvestia-2022-01-28-ryabkov-written-answers: machine-translated Izvestia
  piece (UTF-8 BOM, CRLF line ends, no front matter, date line,
  « » quotation marks with „ “ nested, attribution after a dash, a passive
  "as it was underlined by", words quoted from the draft agreement, a 1990
  reminder, "Read also" link lines, an invented political scientist).
- spiegel-2022-02-03-landsbergis-interview: DER SPIEGEL International Q&A
  with Gabrielius Landsbergis (front matter, standfirst, photo caption,
  "DER SPIEGEL:" questions and "Landsbergis:" answers; the interview took
  place on Tuesday, two days before publication).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday without a breakthrough, as Moscow insisted that Ukraine must never be admitted to NATO and Washington called the demand a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday without a breakthrough, as Moscow insisted that Ukraine must never be admitted to NATO and Washington called the demand a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov, who led Moscow's delegation, told reporters after the meeting that it was \"absolutely mandatory\" for Russia to obtain guarantees that Ukraine and Georgia would never join the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The American side treats the non-expansion of NATO as something to be put off for later, while for us it is the absolute priority,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Our troops are on our own territory, and they will move wherever our command considers necessary,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The deputy minister said the proposed ban on deploying intermediate-range missiles within reach of each other's territory remained on the table, but he warned that Moscow would not allow Washington to \"cherry-pick\" the parts of its proposals it found convenient.", "sergei-ryabkov", 1, "The deputy minister", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("Both sides got to say their lines, and both sides left the room without slamming the door. In this climate, that counts as a result,", "roderick-aldane", 1, "Aldane", "", "", 1, ""),
 ("The open-door policy is the one thing the administration has said it will not put on the table, so Ryabkov knew going in that this part of the conversation was a dead end,", "roderick-aldane", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("There will be no decisions about Ukraine without Ukraine, and our partners have confirmed that again today,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-10"),
 ("with a clear-eyed understanding of the situation", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-10"),
 ("We will see whether there is any point in continuing these contacts after this week,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
L["state-2022-01-10-sherman-press-call"] = [
 ("Thank you, Ned, and thank you all for joining us so late in the evening here in Geneva. Our delegation spent nearly eight hours today with the Russian delegation, led by Deputy Foreign Minister Ryabkov, and I want to say at the outset that it was a frank and forthright discussion.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance.", "wendy-sherman", 1, "SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We also made clear that the United States will not negotiate over the heads of our European allies and partners. Nothing will be agreed in these discussions without them at the table.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("At the same time, there are areas where we believe we can make progress, and we agreed with the Russian delegation that our teams will continue to work on them in the coming weeks.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
 ("Finally, I told the Russian delegation that real progress is very hard to imagine in an atmosphere of escalation. Russia can show that it wants diplomacy by pulling back the forces it has massed along Ukraine's border.", "wendy-sherman", 1, "SHERMAN", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("They did raise that, and I was very straightforward: we will not make that commitment. Decisions about membership belong to NATO and to the country that applies, and to nobody else. Nothing about Ukraine without Ukraine.", "wendy-sherman", 1, "SHERMAN", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("They did raise that, and I was very straightforward: we will not make that commitment. Decisions about membership belong to NATO and to the country that applies, and to nobody else. Nothing about Ukraine without Ukraine.", "wendy-sherman", 1, "SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("I heard what the deputy foreign minister said. We did not agree to any moratorium on enlargement, and there will not be one.", "wendy-sherman", 1, "SHERMAN", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("What I can tell you is that we are prepared to meet again soon, and we told our Russian counterparts that we want to restore the military-to-military channels between our two countries that have atrophied, because those channels are what prevent an accident from becoming a crisis.", "wendy-sherman", 1, "SHERMAN", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("It came up. We fly and sail in international airspace and international waters, and we will continue to do so. We are not going to accept a line drawn on a map that keeps American ships and aircraft out of whole regions of Europe.", "wendy-sherman", 1, "SHERMAN", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-10"),
 ("We came here without preconditions, and that is how diplomacy should work. We will continue at the NATO-Russia Council in Brussels on Wednesday and at the OSCE in Vienna on Thursday, and our allies and partners have been with us every step of the way.", "wendy-sherman", 1, "SHERMAN", "no-preconditions", "supports", 1, "2022-01-10"),
 ("I'd also say that nobody should mistake the seriousness of the consequences if Russia chooses the path of further aggression. We have been coordinating closely with the European Union and the G7 on the costs that Russia would face.", "wendy-sherman", 1, "SHERMAN", "", "", 1, "2022-01-10"),
]
L["skynews-2022-01-12-nato-russia-council-live"] = [
 ("The UK stands shoulder to shoulder with our NATO allies and with the people of Ukraine,", "liz-truss", 1, "Liz Truss", "", "", 1, "2022-01-12"),
 ("No one will tell Ukraine with whom it may hold exercises or from whom it may buy weapons. Moscow's demand to ban Western military cooperation with us is an attempt to restore a sphere of influence.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("No one will tell Ukraine with whom it may hold exercises or from whom it may buy weapons. Moscow's demand to ban Western military cooperation with us is an attempt to restore a sphere of influence.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("The situation has become unacceptable. We need NATO to stop its expansion and to take its forces and infrastructure back to where they stood in 1997,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The situation has become unacceptable. We need NATO to stop its expansion and to take its forces and infrastructure back to where they stood in 1997,", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("We insist that no strike weapons are deployed in the countries bordering Russia,", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("and we will not wait forever for an answer.", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("All the mechanisms of military dialogue were dismantled by NATO itself. We are not going to chase after contacts for the sake of contacts,", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else. Russia does not have a veto.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else. Russia does not have a veto.", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("The decisions we took in Bucharest stand, and we will not revoke them,", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("What is on the table is a return to the map of 1997, with NATO troops pulled out of Poland and the Baltic states, and an end to any Western training of Ukrainian soldiers.", "fenella-oakridge", 1, "Fenella Oakridge", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("What is on the table is a return to the map of 1997, with NATO troops pulled out of Poland and the Baltic states, and an end to any Western training of Ukrainian soldiers.", "fenella-oakridge", 1, "Fenella Oakridge", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-12"),
 ("Then there is the demand to keep NATO ships and planes out of range of Russia, which in the Black Sea would mean almost everywhere,", "fenella-oakridge", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-12"),
 ("We will keep sailing the Black Sea and flying where international law allows us, whatever Moscow writes in a draft treaty,", "ben-wallace", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
]
L["osce-2022-01-13-rau-schmid-press-conference"] = [
 ("Good afternoon. Thank you for coming. Today I presented to the participating States the programme of the Polish Chairmanship for 2022. It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years, and the Chairmanship cannot pretend otherwise.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("In recent weeks proposals have been put on the table, among them that NATO should not admit any new members. The task of the Chairmanship is to make sure such ideas are discussed where all fifty-seven participating States have a voice, and not over the heads of those concerned.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-non-expansion", "mentions", 1, "2022-01-13"),
 ("Let me be clear about one principle. Every participating State has the right to choose its own security arrangements, including treaties of alliance. This is written into the commitments we have all signed, and it is not negotiable.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Thank you, Minister. Let me add only that this Organization was built for moments like this one. We have the platforms, the expertise and the people on the ground, and we intend to use them.", "helga-schmid", 1, "Helga Schmid", "", "", 1, "2022-01-13"),
 ("Whether there will be legally binding guarantees is a question for those who negotiate them, not for the Chairmanship. The OSCE is a platform for dialogue, not a notary.", "zbigniew-rau", 1, "Zbigniew Rau", "written-legal-guarantees", "mentions", 1, "2022-01-13"),
 ("But I have proposed a renewed European security dialogue under the OSCE roof, and I hope the Russian Federation will join it without preconditions.", "zbigniew-rau", 1, "Zbigniew Rau", "no-preconditions", "supports", 1, "2022-01-13"),
 ("If participating States want to reduce the scale of military exercises near their borders, or to restore the military-to-military contacts that have been frozen, the OSCE has the tools to help them, above all the Vienna Document, and the Secretariat is ready to support them.", "helga-schmid", 1, "Helga Schmid", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("If participating States want to reduce the scale of military exercises near their borders, or to restore the military-to-military contacts that have been frozen, the OSCE has the tools to help them, above all the Vienna Document, and the Secretariat is ready to support them.", "helga-schmid", 1, "Helga Schmid", "resume-military-dialogue", "mentions", 1, "2022-01-13"),
 ("I will not comment on every statement made in the Council. What we are witnessing is a massive concentration of Russian forces near Ukraine's border. The first step towards de-escalation must be taken by the one who escalated, so I call on the Russian Federation to withdraw its troops.", "zbigniew-rau", 1, "Zbigniew Rau", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Ukraine, Georgia and Moldova are sovereign states. They may invite whomever they wish to train with their soldiers, and no treaty between two other parties can take that right away from them.", "zbigniew-rau", 1, "Zbigniew Rau", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-13"),
 ("We will also continue to support the OSCE's work on the ground in Ukraine, including the Special Monitoring Mission, whose mandate runs until the end of March.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
]
L["aljazeera-2022-01-27-us-nato-written-response"] = [
 ("There is no positive answer on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive answer on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our concerns have been taken into account,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the written reply was not a legally binding document and that Washington had no intention of turning it into one.", "antony-blinken", 1, "He", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters on Wednesday that Russia’s request to revoke the 2008 Bucharest pledge had been “passed on to our allies”, without saying what the response had been.", "ned-price", 1, "Ned Price", "rescind-bucharest-2008", "mentions", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters on Wednesday that Russia’s request to revoke the 2008 Bucharest pledge had been “passed on to our allies”, without saying what the response had been.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("We cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Stoltenberg said NATO would not withdraw its forces from its eastern members, as Moscow has asked, but had proposed re-establishing military-to-military channels with Russia to avoid dangerous incidents.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Stoltenberg said NATO would not withdraw its forces from its eastern members, as Moscow has asked, but had proposed re-establishing military-to-military channels with Russia to avoid dangerous incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Stoltenberg said NATO would not withdraw its forces from its eastern members, as Moscow has asked, but had proposed re-establishing military-to-military channels with Russia to avoid dangerous incidents.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Pentagon spokesman John Kirby said on Wednesday that US military trainers would remain in Ukraine despite Moscow’s demands that NATO end all military activity on the territory of former Soviet states.", "john-kirby", 1, "John Kirby", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("Pentagon spokesman John Kirby said on Wednesday that US military trainers would remain in Ukraine despite Moscow’s demands that NATO end all military activity on the territory of former Soviet states.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Our demand that American warships and bombers stay out of areas from which they can strike Russia has simply been brushed aside,", "maria-zakharova", 1, "Zakharova", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-27"),
 ("In Kyiv, President Volodymyr Zelenskyy and Foreign Minister Dmytro Kuleba both welcomed the US reply on Thursday, saying it upheld Ukraine’s right to choose its own alliances.", "volodymyr-zelensky", 1, "Volodymyr Zelenskyy", "nato-open-door", "supports", 0, "2022-01-27"),
 ("In Kyiv, President Volodymyr Zelenskyy and Foreign Minister Dmytro Kuleba both welcomed the US reply on Thursday, saying it upheld Ukraine’s right to choose its own alliances.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-27"),
 ("Ukraine has seen the text of the response before it was delivered, and there is nothing in it that we object to,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("Two things mattered above all: no Ukraine in NATO and no strike weapons on Russia’s doorstep. On both, the answer was the politest possible no,", "lyudmila-serebrennikova", 1, "Lyudmila Serebrennikova", "no-ukraine-membership", "mentions", 1, ""),
 ("Two things mattered above all: no Ukraine in NATO and no strike weapons on Russia’s doorstep. On both, the answer was the politest possible no,", "lyudmila-serebrennikova", 1, "Lyudmila Serebrennikova", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("For Ukraine, the important thing is that nothing was decided behind our backs, and that is already a great deal,", "ostap-hrynevych", 1, "he", "", "", 1, ""),
]
L["izvestia-2022-01-28-ryabkov-written-answers"] = [
 ("For us it is important to receive the legally fixed guarantees that NATO will not move further to the east. Not the promises, not the declarations, but the obligations on paper, which can be checked,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("For us it is important to receive the legally fixed guarantees that NATO will not move further to the east. Not the promises, not the declarations, but the obligations on paper, which can be checked,", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("According to him, the American answer contains «some rational grains» concerning the missiles of medium and shorter range, but Moscow considers this topic as secondary in comparison with the principal questions.", "sergei-ryabkov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("As it was underlined by the deputy minister, Russia insists on the cancellation of the decision of the Bucharest summit of NATO of 2008, according to which Ukraine and Georgia «will become the members of NATO».", "sergei-ryabkov", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 0, "2022-01-27"),
 ("The formula of Bucharest is the mine under the European security. While it exists, no declarations about the „open doors“ will convince us,", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("The formula of Bucharest is the mine under the European security. While it exists, no declarations about the „open doors“ will convince us,", "sergei-ryabkov", 1, "Ryabkov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("Ukraine never should become the member of NATO. This is for us the question of the national security, and not the subject of the bargaining,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("Besides, the USA must refuse the creation of the military bases on the territory of the former Soviet republics which are not the members of NATO, and also the military cooperation with them, told the diplomat.", "sergei-ryabkov", 1, "the diplomat", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("We proposed to agree about the limitation of the exercises of the brigade level and above in the agreed zone along the line of contact of Russia and NATO. This is the concrete, measurable step,", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 1, "2022-01-27"),
 ("We do not slam the door, but we also will not conduct the endless consultations for the consultations,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-27"),
 ("The answers of the West were written for the public, and not for the Kremlin. In Moscow nobody expected anything other,", "arseny-tulchinsky", 1, "the political scientist", "", "", 1, ""),
 ("The Americans and Europeans speak about the talks without the preconditions, but the precondition is already named: the withdrawal of the troops from the border,", "arseny-tulchinsky", 1, "Tulchinsky", "no-preconditions", "mentions", 1, ""),
 ("The Americans and Europeans speak about the talks without the preconditions, but the precondition is already named: the withdrawal of the troops from the border,", "arseny-tulchinsky", 1, "Tulchinsky", "russia-de-escalation", "mentions", 1, ""),
 ("fully correspond to the Ukrainian position", "dmytro-kuleba", 1, "Dmitry Kuleba", "", "", 1, "2022-01-27"),
 ("It is important that the partners consulted us at every stage of the preparation of the answers,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("is not in the hurry with the conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
]
L["spiegel-2022-02-03-landsbergis-interview"] = [
 ("We take it very seriously, because it tells us what the Kremlin wants: a Europe divided again into zones of influence. But the answer is simple. The NATO battlegroup in Lithuania stays, and the German soldiers in Rukla stay. Withdrawing the allied presence to the lines of 1997 is not something any ally is prepared to discuss.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 ("Transparency is fine, we have always supported more observers and more notification. But limiting the exercises NATO holds on its own territory, while Russia moves 30,000 soldiers into Belarus for \"Union Resolve,\" would be absurd. We will not accept ceilings on our own defense.", "gabrielius-landsbergis", 1, "Landsbergis", "limit-military-exercises", "rejects", 1, "2022-02-01"),
 ("Russia has Iskander missiles in Kaliningrad, a few dozen kilometers from our border. What we deploy on Lithuanian territory for our defense is decided in Vilnius and in NATO, not in Moscow.", "gabrielius-landsbergis", 1, "Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, "2022-02-01"),
 ("The proposed ban on intermediate-range missiles is a trick: it would forbid American missiles in Europe while leaving Russia's own systems exactly where they are. As it stands, that is unacceptable to us.", "gabrielius-landsbergis", 1, "Landsbergis", "no-intermediate-range-missiles", "rejects", 1, "2022-02-01"),
 ("Talks without preconditions sound reasonable until you remember that there are 100,000 Russian soldiers at Ukraine's border. Negotiating with a gun on the table is not diplomacy. First those troops must go back to their barracks.", "gabrielius-landsbergis", 1, "Landsbergis", "no-preconditions", "rejects", 1, "2022-02-01"),
 ("Talks without preconditions sound reasonable until you remember that there are 100,000 Russian soldiers at Ukraine's border. Negotiating with a gun on the table is not diplomacy. First those troops must go back to their barracks.", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("I would rather not lecture Berlin. Germany is an important ally, and the soldiers of the Bundeswehr in Lithuania are very welcome here.", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, "2022-02-01"),
 ("But I would say this: every country that sits at the table with Russia should remember that Ukraine is not an object of negotiation. We will keep supporting Ukraine's army in every way we can, with Stingers, with training, with whatever it needs, and no treaty signed between Moscow and Washington will change that.", "gabrielius-landsbergis", 1, "Landsbergis", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-01"),
 ("Arms control, yes. Risk reduction, yes. I am also in favor of restoring the military hotlines between NATO and Russia, because soldiers talking to soldiers is how you prevent an incident over the Baltic Sea from becoming a war.", "gabrielius-landsbergis", 1, "Landsbergis", "resume-military-dialogue", "supports", 1, "2022-02-01"),
 ("But the idea that Ukraine or Georgia must sign away their future in NATO is a non-starter. Neither Moscow nor anyone else has a veto over that.", "gabrielius-landsbergis", 1, "Landsbergis", "no-ukraine-membership", "rejects", 1, "2022-02-01"),
 ("But the idea that Ukraine or Georgia must sign away their future in NATO is a non-starter. Neither Moscow nor anyone else has a veto over that.", "gabrielius-landsbergis", 1, "Landsbergis", "nato-open-door", "supports", 1, "2022-02-01"),
 ("That promise was made in 2008 by all allies, Germany and France included, and I remember how hard the negotiations were. Whether Ukraine is ready to join is another question, and nobody claims it will happen tomorrow.", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, "2022-02-01"),
]

write_gold(L, "articles-175", "gold-175")
