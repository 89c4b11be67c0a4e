#!/usr/bin/env python3
"""Writes the forty-fifth held-out gold (gold-45/*.nq) from the labels below.

Batch 45 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Its outlets are mainly Canadian, Australian, Irish, Dutch, Belgian, Swiss and
Austrian ones, plus a newsletter briefing and a Kremlin transcript:

- globeandmail-2022-01-27-joly-anand-us-reply: The Globe and Mail (Ottawa),
  news story with front matter, curly quotes, "Ms."/"Mr." titles, a quotation
  split by "Mr. Lavrov said"-style attribution, an analyst, Baker-1990 history.
- abc-2022-01-13-rn-breakfast-pavlenko: ABC Radio National (Australia),
  edited interview transcript with "Name:" speaker labels, no front matter;
  the host's questions get no label, each answer paragraph is one quotation.
- irishtimes-2022-01-14-week-of-talks-analysis: The Irish Times, analysis
  piece with straight quotes, pronoun speakers, indirect speech spanning a
  sentence, Bucharest-2008 history, Irish experts.
- nos-2022-01-11-hoekstra-russia-no-say: NOS (Netherlands), machine-
  translated from Dutch with Dutch word order and „ “ quotation marks.
- brusselstimes-2022-01-12-nato-russia-council: The Brussels Times, UTF-8
  BOM and CRLF line ends, front matter; NATO-Russia Council, Belgian and
  Lithuanian ministers, a senior EU official, Founding-Act history.
- nzz-2022-02-02-morning-briefing: NZZ English newsletter briefing with
  bold leads, bullets and « » quotation marks; Swiss and Austrian angle;
  words quoted from Lavrov's letter and 1999/2010 history are not labelled.
- kremlin-2021-12-23-annual-news-conference: Kremlin transcript (excerpts)
  with speaker labels; Peskov as moderator and the journalists get no label.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions: one label per (speaker, demand) a passage expresses; a direct
quotation's evidence is the words between the marks (punctuation inside
kept), a quotation interrupted by "X said" is two spans; in transcripts each
answer paragraph is one quotation; reported speech is the whole sentence
(direct 0); stance is the speaker's own position, "mentions" when the speaker
only reports, asks about or offers to discuss a demand; a direct quotation of
six or more words about no demand gets one demand-less label (history told
in a speaker's own quoted words included); reported speech about no demand or
about unspecified demands gets none; history, document wording, headlines,
crossheads, bold leads, link lines and unnamed groups are not labelled; a
demand attributed in passing to Moscow inside another speaker's sentence is
also Russia's (speaker russia, undated); speaker name = the words naming the
speaker at that point, titles (Mr., Ms., ministerial titles) dropped; dates
are the day the words were said, resolved against the publication date, ""
when the text gives none.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["globeandmail-2022-01-27-joly-anand-us-reply"] = [
 ("There is no question of Russia deciding who joins NATO. Canada will not accept a world in which a big country dictates the alliances of its neighbours,", "melanie-joly", 1, "Joly", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ms. Joly, who visited Kyiv and a checkpoint near the line of contact in eastern Ukraine last week, said on Wednesday that diplomacy could only succeed if Russia pulled back the more than 100,000 troops it has massed around Ukraine.", "melanie-joly", 1, "Joly", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Defence Minister Anita Anand on Wednesday dismissed Moscow’s insistence that Western countries end all military co-operation with Ukraine and other former Soviet republics.", "anita-anand", 1, "Anita Anand", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("Defence Minister Anita Anand on Wednesday dismissed Moscow’s insistence that Western countries end all military co-operation with Ukraine and other former Soviet republics.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Our training mission is a matter between Canada and Ukraine, two sovereign countries. It is not something we will negotiate with the Kremlin, and it is not something the Kremlin gets to veto,", "anita-anand", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("We remain firmly committed to diplomacy, but diplomacy is not the same thing as giving in,", "justin-trudeau", 1, "he", "", "", 1, "2022-01-26"),
 ("We address the possibility of reciprocal transparency measures on force posture in Ukraine, and of measures to build confidence about military exercises and manoeuvres in Europe,", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("We make clear that there are core principles we are committed to uphold, including the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no positive reaction on the main issue,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It would be wrong to rush with any assessment; the President will study the texts, and that will take time,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("Moscow asked for three things it knew it could not get – a guarantee that Ukraine never joins NATO, a pullback of allied forces to where they stood in 1997, and a treaty to lock it all in – and it got a polite no on all three,", "corinne-albrecht-wylie", 1, "Corinne Albrecht-Wylie", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow asked for three things it knew it could not get – a guarantee that Ukraine never joins NATO, a pullback of allied forces to where they stood in 1997, and a treaty to lock it all in – and it got a polite no on all three,", "corinne-albrecht-wylie", 1, "Corinne Albrecht-Wylie", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow asked for three things it knew it could not get – a guarantee that Ukraine never joins NATO, a pullback of allied forces to where they stood in 1997, and a treaty to lock it all in – and it got a polite no on all three,", "corinne-albrecht-wylie", 1, "Corinne Albrecht-Wylie", "written-legal-guarantees", "mentions", 1, ""),
 ("If the Kremlin really wants a deal on where intermediate-range missiles go in Europe, the Americans have opened that door quite wide,", "corinne-albrecht-wylie", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Liberals have been a step behind our allies on this file from the start, and Ukrainians have noticed,", "michael-chong", 1, "Chong", "", "", 1, "2022-01-26"),
]
L["abc-2022-01-13-rn-breakfast-pavlenko"] = [
 ("Australia supports the right of Ukraine, like any sovereign nation, to choose its own security arrangements free of coercion,", "marise-payne", 1, "Marise Payne", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Not much that's new. Russia came with exactly the list it published in December: a guarantee that NATO stops expanding, and above all that Ukraine and Georgia never get in.", "lidia-pavlenko", 1, "Lidia Pavlenko", "nato-non-expansion", "mentions", 1, "2022-01-13"),
 ("Not much that's new. Russia came with exactly the list it published in December: a guarantee that NATO stops expanding, and above all that Ukraine and Georgia never get in.", "lidia-pavlenko", 1, "Lidia Pavlenko", "no-ukraine-membership", "mentions", 1, "2022-01-13"),
 ("The allies' answer was the one everybody expected. The door stays open, every country in Europe chooses its own alliances, and Moscow doesn't get a veto over that.", "lidia-pavlenko", 1, "Lidia Pavlenko", "nato-open-door", "mentions", 1, "2022-01-13"),
 ("Frankly, that one is a non-starter, and I'd say rightly so. You can't ask Poland or Estonia to become second-class members of the alliance because of where they happened to sit on the map in 1997.", "lidia-pavlenko", 1, "Lidia Pavlenko", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("On missiles and on exercises. Where intermediate-range missiles can be based, how big drills can be and how much notice you give — those are old arms-control ideas from the late Cold War, and they're genuinely negotiable.", "lidia-pavlenko", 1, "Lidia Pavlenko", "no-intermediate-range-missiles", "mentions", 1, "2022-01-13"),
 ("On missiles and on exercises. Where intermediate-range missiles can be based, how big drills can be and how much notice you give — those are old arms-control ideas from the late Cold War, and they're genuinely negotiable.", "lidia-pavlenko", 1, "Lidia Pavlenko", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("The strike-weapons clause in the Russian draft is much vaguer. Almost anything NATO has in Poland or Romania could be called a strike weapon if Moscow wanted it to be.", "lidia-pavlenko", 1, "Lidia Pavlenko", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-13"),
 ("And NATO also put on the table restoring the military hotlines and reopening the two missions, the ones Moscow shut down in October last year.", "lidia-pavlenko", 1, "Lidia Pavlenko", "resume-military-dialogue", "mentions", 1, "2022-01-13"),
 ("Talks without preconditions is the official line from Moscow, and Washington says much the same thing. The trouble is that nobody agrees on what the talks are actually about.", "lidia-pavlenko", 1, "Lidia Pavlenko", "no-preconditions", "mentions", 1, "2022-01-13"),
 ("I'd keep expectations very low. The troops are still on the border, and the single most useful thing Moscow could do this week is to send some of those units back to their barracks.", "lidia-pavlenko", 1, "Lidia Pavlenko", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Partly because of the Indo-Pacific parallels, and partly because Australian exporters would feel any sanctions shock quite quickly, in energy and in grain.", "lidia-pavlenko", 1, "Lidia Pavlenko", "", "", 1, "2022-01-13"),
]
L["irishtimes-2022-01-14-week-of-talks-analysis"] = [
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("NATO secretary general Jens Stoltenberg said allies had proposed reopening Russia's mission to NATO and the alliance's office in Moscow, and re-establishing military lines of communication \"to reduce risks and prevent incidents\".", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Military contacts, he told reporters at the Russian mission afterwards, were \"not an end in themselves\" and would make no sense as long as the alliance treated Russia as an adversary.", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("What we will not accept is any restriction on where our ships sail or our aircraft fly in international waters and airspace,", "michael-carpenter", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("Ireland is militarily neutral, but we are not neutral on the right of a sovereign country to choose its own path and its own partners,", "simon-coveney", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Moscow isn't after a better arms-control regime; it wants a receipt - a signed, ratified treaty that says the West accepts a Russian sphere of influence,", "ciaran-mac-giolla-rua", 1, "Ciarán Mac Giolla Rua", "written-legal-guarantees", "mentions", 1, ""),
 ("Mac Giolla Rua said Moscow's demand that NATO formally disown the 2008 Bucharest pledge was \"as much about Georgia as about Ukraine\", since Tbilisi had been promised exactly the same thing.", "ciaran-mac-giolla-rua", 1, "Mac Giolla Rua", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Mac Giolla Rua said Moscow's demand that NATO formally disown the 2008 Bucharest pledge was \"as much about Georgia as about Ukraine\", since Tbilisi had been promised exactly the same thing.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("as much about Georgia as about Ukraine", "ciaran-mac-giolla-rua", 1, "Mac Giolla Rua", "", "", 1, ""),
 ("Offering Moscow a deal on missile deployments while its tanks sit on Ukraine's border rewards blackmail, and the missile question should stay off the table,", "aoife-brennan-kowalczyk", 1, "Aoife Brennan-Kowalczyk", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The West wants the troops to go home first and Moscow wants its treaties first. Neither side is going to blink this month,", "ciaran-mac-giolla-rua", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("The West wants the troops to go home first and Moscow wants its treaties first. Neither side is going to blink this month,", "ciaran-mac-giolla-rua", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
]
L["nos-2022-01-11-hoekstra-russia-no-say"] = [
 ("Foreign Minister Hoekstra finds that Russia has no say about which countries member become of NATO.", "wopke-hoekstra", 1, "Hoekstra", "nato-open-door", "supports", 0, "2022-01-11"),
 ("The Netherlands stands firmly behind the principle that every country itself chooses to which alliance it wants to belong. That counts also for Ukraine,", "wopke-hoekstra", 1, "Hoekstra", "nato-open-door", "supports", 1, "2022-01-11"),
 ("The Netherlands stands firmly behind the principle that every country itself chooses to which alliance it wants to belong. That counts also for Ukraine,", "wopke-hoekstra", 1, "Hoekstra", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 ("The minister called the demand of Moscow to withdraw NATO troops from the Eastern European member states „unacceptable“.", "wopke-hoekstra", 1, "The minister", "rollback-to-1997", "rejects", 0, "2022-01-11"),
 ("The minister called the demand of Moscow to withdraw NATO troops from the Eastern European member states „unacceptable“.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The American vice-minister Wendy Sherman let yesterday evening know that the United States the demand of Moscow that Ukraine never NATO member may become, firmly had rejected.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("The American vice-minister Wendy Sherman let yesterday evening know that the United States the demand of Moscow that Ukraine never NATO member may become, firmly had rejected.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow that someone the open-door policy of NATO closes,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were firm, but also open and honest,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("and Russia must its troops from the border of Ukraine to the barracks back-send.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("He rejected calls to pull the troops back.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Our troops stand on our own territory and we let nobody prescribe where we them move,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("Ryabkov said yesterday further that Russia wants that the US and NATO no intermediate-range missiles more place on spots from where they Russian territory can reach, and that American warships and bombers stay away from the Russian borders.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("Ryabkov said yesterday further that Russia wants that the US and NATO no intermediate-range missiles more place on spots from where they Russian territory can reach, and that American warships and bombers stay away from the Russian borders.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Which weapons allies on their own territory place, is for the allies to decide, and not for Moscow,", "kajsa-ollongren", 1, "Ollongren", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-11"),
 ("Moscow wants that the West in writing promises that Ukraine never in NATO comes. That will never happen, and Putin knows that also,", "maarten-oosterbeek", 1, "Oosterbeek", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow wants that the West in writing promises that Ukraine never in NATO comes. That will never happen, and Putin knows that also,", "maarten-oosterbeek", 1, "Oosterbeek", "no-ukraine-membership", "mentions", 1, ""),
 ("According to Oosterbeek is there indeed room for agreements about military exercises, for example about announcing large exercises earlier and about inviting observers.", "maarten-oosterbeek", 1, "Oosterbeek", "limit-military-exercises", "mentions", 0, ""),
 ("Earlier announcing of exercises is old work from the Cold War, and there have both sides interest in,", "maarten-oosterbeek", 1, "he", "limit-military-exercises", "mentions", 1, ""),
]
L["brusselstimes-2022-01-12-nato-russia-council"] = [
 ("There are significant differences between NATO Allies and Russia on these issues, and these differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies had made clear to the Russian delegation that they would not compromise on core principles, including the right of each nation in Europe to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("No one else has a say, and Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("No one else has a say, and Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He also dismissed Moscow's demand that the alliance pull its forces and infrastructure out of the countries that joined after 1997, calling it an attempt to create \"first- and second-class members\".", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("He also dismissed Moscow's demand that the alliance pull its forces and infrastructure out of the countries that joined after 1997, calling it an attempt to create \"first- and second-class members\".", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Asked whether allies might revisit the 2008 Bucharest summit declaration, Stoltenberg said the decision stood and that there was \"no question\" of revoking it.", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("NATO would not give up its enlargement policy, he said, but allies were ready to discuss arms control, including limits on intermediate-range missiles in Europe.", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("NATO would not give up its enlargement policy, he said, but allies were ready to discuss arms control, including limits on intermediate-range missiles in Europe.", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("The freedom to choose alliances cannot be ensured at the expense of the security of others. NATO's open door is not a sacred principle for us,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("If NATO chooses the path of containment, there will be counter-containment,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("Fomin told the same news conference that Russia had proposed that both sides keep large-scale exercises away from the line where Russian and allied forces meet, and that NATO had so far given no answer.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Security in Europe cannot be negotiated over the heads of Europeans, and certainly not over the head of Ukraine,", "sophie-wilmes", 1, "Wilmès", "", "", 1, "2022-01-12"),
 ("Our troops are in Lithuania at the request of an ally, and they will stay there as long as they are needed.", "ludivine-dedonder", 1, "Ludivine Dedonder", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Lithuania will not scale down exercises on its own soil because the Kremlin dislikes them, and there should be no more rounds of talks until Russia pulls its troops back from Ukraine's border,", "gabrielius-landsbergis", 1, "Landsbergis", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("Lithuania will not scale down exercises on its own soil because the Kremlin dislikes them, and there should be no more rounds of talks until Russia pulls its troops back from Ukraine's border,", "gabrielius-landsbergis", 1, "Landsbergis", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("Lithuania will not scale down exercises on its own soil because the Kremlin dislikes them, and there should be no more rounds of talks until Russia pulls its troops back from Ukraine's border,", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("A senior EU official said on Wednesday that the bloc would go ahead with its European Peace Facility support for the armed forces of Ukraine, Georgia and Moldova, despite Moscow's demand that outsiders stay out of military cooperation with former Soviet states.", "european-union", 0, "A senior EU official", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-12"),
 ("A senior EU official said on Wednesday that the bloc would go ahead with its European Peace Facility support for the armed forces of Ukraine, Georgia and Moldova, despite Moscow's demand that outsiders stay out of military cooperation with former Soviet states.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]
L["nzz-2022-02-02-morning-briefing"] = [
 ("We have not seen adequate consideration of our three key demands: to prevent NATO's expansion, to refuse to deploy strike weapons near Russia's borders, and to return the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands: to prevent NATO's expansion, to refuse to deploy strike weapons near Russia's borders, and to return the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands: to prevent NATO's expansion, to refuse to deploy strike weapons near Russia's borders, and to return the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("US Secretary of State Antony Blinken told Sergei Lavrov in a call on Tuesday that Washington was prepared to keep talking, but that Russia had to de-escalate immediately and withdraw its forces from Ukraine's borders.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("We are not going to sign a treaty that hands Moscow a veto over who joins our alliance.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("We are not going to sign a treaty that hands Moscow a veto over who joins our alliance.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-02-01"),
 ("in coordination with our EU partners", "alexander-schallenberg", 1, "Alexander Schallenberg", "", "", 1, "2022-02-01"),
 ("Austria will not join any military alliance, but we will always defend the right of others to choose one,", "alexander-schallenberg", 1, "Schallenberg", "nato-open-door", "supports", 1, "2022-02-01"),
 ("Vienna is and remains a place where adversaries can sit down and talk to each other.", "karl-nehammer", 1, "Karl Nehammer", "", "", 1, "2022-01-31"),
 ("Switzerland is ready to host a new round in Geneva, without preconditions and at whatever level the parties choose,", "ignazio-cassis", 1, "Cassis", "no-preconditions", "supports", 1, "2022-02-01"),
 ("Ukraine's President Volodymyr Zelensky, receiving Britain's prime minister Boris Johnson on Tuesday, said that British, American and Canadian instructors training Ukrainian troops would remain in the country «as long as needed».", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-military-activity-ex-soviet", "rejects", 0, "2022-02-01"),
 ("Moscow's list is long: no Ukraine in NATO, no Western instructors in Kyiv, no missiles within range. The Americans answered only the last item, and only with an offer to talk,", "beat-walchli-morozov", 1, "Wälchli-Morozov", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow's list is long: no Ukraine in NATO, no Western instructors in Kyiv, no missiles within range. The Americans answered only the last item, and only with an offer to talk,", "beat-walchli-morozov", 1, "Wälchli-Morozov", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Moscow's list is long: no Ukraine in NATO, no Western instructors in Kyiv, no missiles within range. The Americans answered only the last item, and only with an offer to talk,", "beat-walchli-morozov", 1, "Wälchli-Morozov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Taken literally, the clause on warships and bombers would close most of the Black Sea and the Baltic to the US Navy and Air Force.", "beat-walchli-morozov", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]
L["kremlin-2021-12-23-annual-news-conference"] = [
 ("You know, for us this is not an academic question. Further movement of NATO to the east is unacceptable. What is unclear about that? Are we deploying strike systems near the borders of the United States? No, we are not. It is the United States that has come to our home with its strike systems and is already standing at our doorstep.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("You know, for us this is not an academic question. Further movement of NATO to the east is unacceptable. What is unclear about that? Are we deploying strike systems near the borders of the United States? No, we are not. It is the United States that has come to our home with its strike systems and is already standing at our doorstep.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("It is not us who are threatening anyone. Where we move our troops on our own territory is our business, and nobody should tell us to pull them back. It is NATO's exercises right next to our borders that must be scaled down, not our training on our own land.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2021-12-23"),
 ("It is not us who are threatening anyone. Where we move our troops on our own territory is our business, and nobody should tell us to pull them back. It is NATO's exercises right next to our borders that must be scaled down, not our training on our own land.", "vladimir-putin", 1, "Vladimir Putin", "limit-military-exercises", "supports", 1, "2021-12-23"),
 ("In the 1990s we were told that NATO would not move one inch to the east. We were told that directly, and then there were five waves of expansion. They simply deceived us, brazenly.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("That is why we need long-term, legally binding guarantees, not words. Words, as we have seen, are not worth much; they can be forgotten the very next day.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("We are not asking for anything extraordinary. Ukraine must not be drawn into NATO. And there must be no Western bases, no instructors and no weapons on its territory that threaten us.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2021-12-23"),
 ("We are not asking for anything extraordinary. Ukraine must not be drawn into NATO. And there must be no Western bases, no instructors and no weapons on its territory that threaten us.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, "2021-12-23"),
 ("As for ships and aircraft: their destroyers come into the Black Sea, their strategic bombers fly twenty kilometres from our border. Imagine if our ships were doing the same off the coast of California. This has to stop.", "vladimir-putin", 1, "Vladimir Putin", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-23"),
 ("The Bucharest decision says that Ukraine and Georgia will become members of NATO. As long as that remains on paper, it hangs over us, and it has to be disavowed.", "vladimir-putin", 1, "Vladimir Putin", "rescind-bucharest-2008", "supports", 1, "2021-12-23"),
 ("Our American partners have told us they are ready to start talks in Geneva at the beginning of the year. I consider this a positive reaction.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("We are ready to talk with anyone, at any level, without any preconditions. But the talks must not be drowned in chatter; we need results, and quickly.", "vladimir-putin", 1, "Vladimir Putin", "no-preconditions", "supports", 1, "2021-12-23"),
 ("The ball is in their court. They have to answer us with something.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
]

write_gold(L, "articles-45", "gold-45")
