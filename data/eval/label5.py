#!/usr/bin/env python3
"""Writes the fifth held-out gold (gold-5/*.nq) from the labels below.

Batch 5 (10 articles about the December 2021 - February 2022 security
guarantees crisis: an RIA Novosti report on Lavrov's letter on indivisible
security, an explainer in Q&A form quoting the draft treaties, a White House
press briefing, DW on Scholz and Putin in Moscow, Bloomberg on Ryabkov and
Peskov, France 24 on Macron, Le Drian and "Finlandisation" with « » quotes,
Xinhua on the China-Russia joint statement, a Georgian outlet on Bucharest
2008, a machine-translated aggregator without front matter (BOM, CRLF), and
a NATO interview with a wire paragraph on Fomin) was written and labelled
before the extractor ever ran on it, and committed alone. It is kept sealed
and run once, at the end of the session.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["ria-2022-02-01-lavrov-indivisible-security"] = [
 # The letter was sent on Friday 28 Jan; published on Tuesday 1 Feb. The lead and the
 # Istanbul/Astana recital name no demand (indivisible security as a principle): no row.
 # A bounded right to choose alliances = rejects the open door (as the curated Ontikov row).
 ("The right of states to freely choose their alliances cannot be read in isolation from this obligation. It is a package, and our Western colleagues are trying to take from it only what suits them,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("According to the minister, the continued expansion of NATO to the east and the deployment of weapons ever closer to Russia's borders are a direct violation of the commitments undertaken at the highest level in Istanbul and Astana.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("According to the minister, the continued expansion of NATO to the east and the deployment of weapons ever closer to Russia's borders are a direct violation of the commitments undertaken at the highest level in Istanbul and Astana.", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("We ask you to answer the question of how your government understands its obligation not to strengthen its security at the expense of the security of others,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 # Grushko on Monday 31 Jan. "Moscow's main demand" unnamed: no row for that clause.
 ("We need guarantees on paper, legally binding guarantees, and not promises of good behaviour,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-31"),
 ("The Istanbul document, the diplomat noted, also confirms the right of states to choose their security arrangements, including treaties of alliance, but Western countries “quote only this half”.", "alexander-grushko", 1, "the diplomat", "nato-open-door", "rejects", 0, "2022-01-31"),
 # "has repeatedly said": no single day.
 ("NATO Secretary General Jens Stoltenberg has repeatedly said that the alliance will not give up its “open door” policy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]

L["aljazeera-2022-01-09-explainer-russia-demands"] = [
 # The explainer's own voice (lead, questions, "Not on the main points.") is no speaker.
 # The drafts' words and content are Russia's position, dated with their publication
 # (17 Dec); SpeakerName the nearest name of the author ("Moscow").
 ("undertake to prevent further eastward expansion of the North Atlantic Treaty Organization and deny accession to the Alliance to the States of the former Union of Soviet Socialist Republics", "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("undertake to prevent further eastward expansion of the North Atlantic Treaty Organization and deny accession to the Alliance to the States of the former Union of Soviet Socialist Republics", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 ("It would also bar the US from setting up military bases in former Soviet states that are not NATO members, and from developing \"bilateral military cooperation\" with them.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("The draft agreement with NATO goes further: the allies would not deploy forces or weapons in any other European country beyond those stationed there on May 27, 1997, before former Warsaw Pact states joined.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Both texts would also ban short- and intermediate-range missiles from areas where they could hit the other side's territory, and keep warships and heavy bombers out of areas \"from where they can attack targets in the territory of the other Party\".", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Both texts would also ban short- and intermediate-range missiles from areas where they could hit the other side's territory, and keep warships and heavy bombers out of areas \"from where they can attack targets in the territory of the other Party\".", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 # The quoted words of the draft inside that sentence: a direct quotation of its own.
 ("from where they can attack targets in the territory of the other Party", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-17"),
 ("Any further movement of NATO to the east is unacceptable,", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 # Missiles "to our doorstep": near the borders = strike weapons (curated reading).
 ("Is it us who put missiles near the borders of the United States? No, it is the United States that came with its missiles to our doorstep.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 # "have said": no day. Two speakers (Washington; its NATO allies).
 ("Washington and its NATO allies have said the alliance's \"open door\" is not up for negotiation, though they have signalled readiness to talk about missile deployments and the scale of military exercises.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("Washington and its NATO allies have said the alliance's \"open door\" is not up for negotiation, though they have signalled readiness to talk about missile deployments and the scale of military exercises.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Washington and its NATO allies have said the alliance's \"open door\" is not up for negotiation, though they have signalled readiness to talk about missile deployments and the scale of military exercises.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("Washington and its NATO allies have said the alliance's \"open door\" is not up for negotiation, though they have signalled readiness to talk about missile deployments and the scale of military exercises.", "nato", 0, "its NATO allies", "nato-open-door", "supports", 0, ""),
 ("Washington and its NATO allies have said the alliance's \"open door\" is not up for negotiation, though they have signalled readiness to talk about missile deployments and the scale of military exercises.", "nato", 0, "its NATO allies", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Washington and its NATO allies have said the alliance's \"open door\" is not up for negotiation, though they have signalled readiness to talk about missile deployments and the scale of military exercises.", "nato", 0, "its NATO allies", "limit-military-exercises", "mentions", 0, ""),
 # "on Friday" against Sunday 9 Jan = 7 Jan. Progress blocked by escalation = de-escalation demand.
 ("It's hard to see progress being made in an atmosphere of escalation, with a gun pointed at Ukraine's head,", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 1, "2022-01-07"),
 ("We will not make any concessions under pressure and threats,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-09"),
 ("and we will not be talking for the sake of talking.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-09"),
]

P = ("jen-psaki", 1, "Jen Psaki")
L["whitehouse-2022-01-18-psaki-briefing"] = [
 # Transcript: Psaki's words are direct; the reporters' questions take no position.
 ("Tomorrow Secretary Blinken will travel to Kyiv to meet President Zelenskyy, then to Berlin, and on Friday he will meet Foreign Minister Lavrov in Geneva.", *P, "", "", 1, "2022-01-18"),
 ("Our view is that this is an extremely dangerous situation. We're now at a stage where Russia could at any point launch an attack in Ukraine.", *P, "", "", 1, "2022-01-18"),
 ("The way out of this is for Russia to de-escalate, pull back its forces from the border, and choose the path of diplomacy.", *P, "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("I'm not going to get ahead of the Secretary's meeting on Friday. We've been clear that we will continue to engage, but we're not going to negotiate in public.", *P, "", "", 1, "2022-01-18"),
 ("There are areas where we can have a discussion: the future of certain missile deployments in Europe, reciprocal limits on exercises. Those are open for discussion.", *P, "no-intermediate-range-missiles", "mentions", 1, "2022-01-18"),
 ("There are areas where we can have a discussion: the future of certain missile deployments in Europe, reciprocal limits on exercises. Those are open for discussion.", *P, "limit-military-exercises", "mentions", 1, "2022-01-18"),
 ("What's not on the table is NATO's open-door policy.", *P, "nato-open-door", "supports", 1, "2022-01-18"),
 ("Nobody is going to tell Ukraine, or any other country, that it can't join an alliance it chooses.", *P, "nato-open-door", "supports", 1, "2022-01-18"),
 ("Nobody is going to tell Ukraine, or any other country, that it can't join an alliance it chooses.", *P, "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 # Pulling forces back from the eastern flank (states that joined after 1997) = rollback.
 ("That's a non-starter. We're not going to pull our forces back from the eastern flank, and if Russia invades, we will reinforce our allies there, not the opposite.", *P, "rollback-to-1997", "rejects", 1, "2022-01-18"),
 ("We're also not going to stop providing security assistance to Ukraine or working with partners like Georgia because Moscow asks us to.", *P, "no-military-activity-ex-soviet", "rejects", 1, "2022-01-18"),
 ("I don't have a call to preview at this point. But diplomacy is the President's preferred path, and he has been very clear about that.", *P, "", "", 1, "2022-01-18"),
]

L["dw-2022-02-15-scholz-putin-moscow"] = [
 # Press conference of Tuesday 15 Feb. "far from exhausted" (both leaders) names no demand: no row.
 ("Scholz called the news of a partial withdrawal of Russian troops from the border with Ukraine “a good sign” at a joint news conference with Putin after the meeting.", "olaf-scholz", 1, "Scholz", "russia-de-escalation", "supports", 0, "2022-02-15"),
 ("We have heard that some units are being withdrawn. We hope that more will follow,", "olaf-scholz", 1, "Scholz", "russia-de-escalation", "supports", 1, "2022-02-15"),
 # "not on the agenda": describes, neither demands that Ukraine never join nor defends its joining.
 ("Everyone knows that NATO membership for Ukraine is not on the agenda,", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 1, "2022-02-15"),
 ("At the same time, Scholz said the principles of European security, including the right of every state to choose its alliances, were not up for debate.", "olaf-scholz", 1, "Scholz", "nato-open-door", "supports", 0, "2022-02-15"),
 ("The sovereignty and territorial integrity of Ukraine are not negotiable for us,", "olaf-scholz", 1, "Scholz", "", "", 1, "2022-02-15"),
 # Putin's reply: "not tomorrow" is not enough; he wants the question (Ukraine's membership) settled now.
 ("They tell us it will not happen tomorrow,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("Then when will it happen? The day after tomorrow? What does that change for us? Nothing.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("We want to resolve this question now, in the course of negotiations, by peaceful means,", "vladimir-putin", 1, "the Russian president", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("Putin said Russia had still received no answer to its main demand, a legally binding guarantee that NATO will not expand further east.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-15"),
 ("Putin said Russia had still received no answer to its main demand, a legally binding guarantee that NATO will not expand further east.", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, "2022-02-15"),
 # Ready to keep talking about the West's ideas = an offer to discuss: mentions.
 ("He said Moscow was nonetheless ready to keep talking about the ideas the West had put forward on intermediate-range missiles and the transparency of military exercises, but only together with the main questions.", "vladimir-putin", 1, "Putin", "no-intermediate-range-missiles", "mentions", 0, "2022-02-15"),
 ("He said Moscow was nonetheless ready to keep talking about the ideas the West had put forward on intermediate-range missiles and the transparency of military exercises, but only together with the main questions.", "vladimir-putin", 1, "Putin", "limit-military-exercises", "mentions", 0, "2022-02-15"),
 # The Kremlin -> russia; "On Monday" = 14 Feb.
 ("On Monday, the Kremlin had said that Moscow would not settle for anything less than a written commitment that the alliance will stop expanding eastward.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, "2022-02-14"),
 ("On Monday, the Kremlin had said that Moscow would not settle for anything less than a written commitment that the alliance will stop expanding eastward.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, "2022-02-14"),
 ("For my generation, war in Europe has become unthinkable,", "olaf-scholz", 1, "Scholz", "", "", 1, "2022-02-15"),
 ("We have to make sure it stays that way.", "olaf-scholz", 1, "Scholz", "", "", 1, "2022-02-15"),
]

L["bloomberg-2022-01-27-ryabkov-peskov-us-response"] = [
 # Lead ("ignored its central concerns") and "Putin will study the document" name no demand: no rows.
 ("It can’t be said that our thoughts were taken into account or that a willingness to take our concerns into account was shown,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("But we won’t rush to conclusions.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 # "the main issue" is defined in the next sentence as NATO's non-expansion.
 ("There is a main issue, and on this main issue there is no positive reaction,", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue, he said, is Moscow’s insistence that NATO stop expanding eastward.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 # The paper was handed over on Wednesday; the day Blinken SAID it is not given: no date.
 ("The U.S. response, handed over Wednesday in Moscow, offered talks on limits to missile deployments in Europe and on greater transparency for military drills, Secretary of State Antony Blinken said.", "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The U.S. response, handed over Wednesday in Moscow, offered talks on limits to missile deployments in Europe and on greater transparency for military drills, Secretary of State Antony Blinken said.", "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, ""),
 ("Blinken also said the paper made no concessions on Ukraine’s right to seek NATO membership.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, ""),
 ("Blinken also said the paper made no concessions on Ukraine’s right to seek NATO membership.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, ""),
 # Ryabkov's remarks of Thursday continued.
 ("Ryabkov said Russia was prepared to discuss missiles and drills, but only as “secondary” issues.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("Ryabkov said Russia was prepared to discuss missiles and drills, but only as “secondary” issues.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("He rejected U.S. calls for Russia to pull back troops from the border with Ukraine as a condition for progress.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("He rejected U.S. calls for Russia to pull back troops from the border with Ukraine as a condition for progress.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-27"),
 ("We will not accept any preconditions, least of all demands about where we keep troops on our own territory,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2022-01-27"),
 ("We will not accept any preconditions, least of all demands about where we keep troops on our own territory,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Peskov also said Moscow would not settle for a political declaration.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("A verbal assurance or a moratorium won’t do — it has to be a legally binding document,", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
]

L["france24-2022-02-13-macron-putin-call"] = [
 # Call of Saturday 12 Feb, reported by the Élysée (Macron's words) and the Kremlin (Putin's).
 ("French President Emmanuel Macron told Vladimir Putin in a telephone call on Saturday that a «sincere dialogue» was not compatible with an escalation on Ukraine's borders, the Élysée said.", "emmanuel-macron", 1, "Emmanuel Macron", "russia-de-escalation", "supports", 0, "2022-02-12"),
 ("According to the Kremlin, Putin told Macron that the Western replies to Moscow's proposals had ignored its key demands, including an end to NATO's expansion and a refusal to deploy strike weapons near Russia's borders.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-12"),
 ("According to the Kremlin, Putin told Macron that the Western replies to Moscow's proposals had ignored its key demands, including an end to NATO's expansion and a refusal to deploy strike weapons near Russia's borders.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-12"),
 # Monday 7 Feb on the plane. Neutrality ("Finlandisation") as a model on the table: discussed, no side.
 ("It is one of the models on the table,", "emmanuel-macron", 1, "Macron", "no-ukraine-membership", "mentions", 1, "2022-02-07"),
 # Le Drian on Sunday 13 Feb.
 ("The Finlandisation of Ukraine is not an option. Ukraine, like any sovereign state, is free to choose its alliances,", "jean-yves-le-drian", 1, "Le Drian", "nato-open-door", "supports", 1, "2022-02-13"),
 ("The Finlandisation of Ukraine is not an option. Ukraine, like any sovereign state, is free to choose its alliances,", "jean-yves-le-drian", 1, "Le Drian", "no-ukraine-membership", "rejects", 1, "2022-02-13"),
 # Russia's demands as a whole: no single demand.
 ("The demands that Russia put on paper in December are unacceptable as they stand,", "jean-yves-le-drian", 1, "Le Drian", "", "", 1, "2022-02-13"),
 ("starting with the withdrawal of NATO to its borders of 1997.", "jean-yves-le-drian", 1, "Le Drian", "rollback-to-1997", "rejects", 1, "2022-02-13"),
 # Ukraine's sovereignty, not its alliance choice: no demand. "Before his trip": no day.
 ("the security and sovereignty of Ukraine or of any other European state cannot be the object of any compromise", "emmanuel-macron", 1, "Macron", "", "", 1, ""),
]

L["xinhua-2022-02-05-china-russia-joint-statement"] = [
 # Joint statement of Friday 4 Feb: two speakers.
 ("China and Russia have voiced their opposition to further enlargement of NATO in a joint statement released Friday after talks between Chinese President Xi Jinping and Russian President Vladimir Putin in Beijing.", "china", 0, "China", "nato-non-expansion", "supports", 0, "2022-02-04"),
 ("China and Russia have voiced their opposition to further enlargement of NATO in a joint statement released Friday after talks between Chinese President Xi Jinping and Russian President Vladimir Putin in Beijing.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-02-04"),
 ("The sides oppose further enlargement of NATO and call on the North Atlantic Alliance to abandon its ideologized Cold War approaches, to respect the sovereignty, security and interests of other countries,", "china", 0, "the statement", "nato-non-expansion", "supports", 1, "2022-02-04"),
 ("The sides oppose further enlargement of NATO and call on the North Atlantic Alliance to abandon its ideologized Cold War approaches, to respect the sovereignty, security and interests of other countries,", "russia", 0, "the statement", "nato-non-expansion", "supports", 1, "2022-02-04"),
 # "The Chinese side" supports Russia's proposals for legally binding guarantees: China only.
 ("The Chinese side is sympathetic to and supports the proposals put forward by the Russian Federation to create long-term legally binding security guarantees in Europe,", "china", 0, "the document", "written-legal-guarantees", "supports", 1, "2022-02-04"),
 # "Legitimate security concerns" as a whole: no single demand.
 ("Russia's legitimate security concerns should be taken seriously and addressed.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-28"),
 # "expanding military blocs" = NATO enlargement.
 ("The security of one country cannot come at the expense of the security of others, and regional security cannot be guaranteed by strengthening or even expanding military blocs,", "zhao-lijian", 1, "the spokesperson", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("On Saturday, the Chinese foreign ministry said the joint statement was not directed against any third party, and that NATO, as a product of the Cold War, should stop expanding eastward and stop \"drawing ideological lines\" in Europe and the Asia-Pacific.", "china", 0, "the Chinese foreign ministry", "nato-non-expansion", "supports", 0, "2022-02-05"),
 # One sentence, two speakers; "has rejected": no day.
 ("Washington has rejected Moscow's call for a halt to NATO's eastward expansion, citing the alliance's \"open door\" policy.", "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, ""),
 ("Washington has rejected Moscow's call for a halt to NATO's eastward expansion, citing the alliance's \"open door\" policy.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("Washington has rejected Moscow's call for a halt to NATO's eastward expansion, citing the alliance's \"open door\" policy.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

L["georgiatoday-2022-01-20-garibashvili-bucharest"] = [
 # "on Wednesday" against Thursday 20 Jan = 19 Jan. One sentence, two speakers (Moscow's demand undated).
 ("Prime Minister Irakli Garibashvili said on Wednesday that the decision of NATO's 2008 Bucharest summit on Georgia's future membership “remains in force”, rejecting Moscow's demand that the alliance disavow the promise.", "irakli-garibashvili", 1, "Irakli Garibashvili", "rescind-bucharest-2008", "rejects", 0, "2022-01-19"),
 ("Prime Minister Irakli Garibashvili said on Wednesday that the decision of NATO's 2008 Bucharest summit on Georgia's future membership “remains in force”, rejecting Moscow's demand that the alliance disavow the promise.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 # "Georgia and Ukraine will become members" = rejects barring Ukraine; "cannot be cancelled because one country does not like it" = no veto (open door).
 ("The Bucharest decision says clearly that Georgia and Ukraine will become members of NATO. That decision was taken by all the allies together, and it cannot be cancelled because one country does not like it,", "irakli-garibashvili", 1, "Garibashvili", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 ("The Bucharest decision says clearly that Georgia and Ukraine will become members of NATO. That decision was taken by all the allies together, and it cannot be cancelled because one country does not like it,", "irakli-garibashvili", 1, "Garibashvili", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("The Bucharest decision says clearly that Georgia and Ukraine will become members of NATO. That decision was taken by all the allies together, and it cannot be cancelled because one country does not like it,", "irakli-garibashvili", 1, "Garibashvili", "nato-open-door", "supports", 1, "2022-01-19"),
 # US military cooperation with a non-NATO ex-Soviet state continues.
 ("He added that Georgia would continue joint exercises and training with its American partners, including at the Krtsanisi training area near Tbilisi.", "irakli-garibashvili", 1, "Garibashvili", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-19"),
 ("Russia's Foreign Ministry first made the demand on December 10, calling on NATO to formally disavow the Bucharest summit's statement that Ukraine and Georgia would become members of the alliance.", "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "rescind-bucharest-2008", "supports", 0, "2021-12-10"),
 # "after his talks ... in Geneva last week": the Geneva talks of Monday 10 Jan.
 ("Deputy Foreign Minister Sergei Ryabkov repeated it after his talks with US officials in Geneva last week.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 # The 2008 history paragraph (MAP refused, the August war) is background, not a statement: no rows.
 # "last week" with no event to pin a day: no date.
 ("Foreign Minister David Zalkaliani said last week that every country, Georgia included, had the sovereign right to choose its own alliances, and that Tbilisi was in close contact with Washington and Brussels.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 0, ""),
 # Analyst (Georgian): arguing against disavowal in her own words = Georgia's side, rejects.
 ("If NATO disavows Bucharest, it tells Moscow that pressure works, and every small country in the region will draw its own conclusions,", "nino-lomidze", 1, "Nino Lomidze", "rescind-bucharest-2008", "rejects", 1, ""),
]

L["aggregator-2022-01-25-slutsky-guarantees"] = [
 # No front matter: id from the file name, date "25 Jan, 2022" in the text; the remarks are
 # those of "on Monday" = 24 Jan (the headline and lead report them).
 ("Slutsky: the guarantees of the USA must be on paper and legally binding", "leonid-slutsky", 1, "Slutsky", "written-legal-guarantees", "supports", 0, "2022-01-24"),
 ("The chairman of the committee of the State Duma on the international affairs Leonid Slutsky has declared, that Russia waits from Washington not the verbal assurances, but the written answer on each point of the project of the treaty on the security guarantees.", "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 0, "2022-01-24"),
 ("The verbal promises we already received in 1990 year, and we know what they cost. Now we need the signature under the document", "leonid-slutsky", 1, "Slutsky", "written-legal-guarantees", "supports", 1, "2022-01-24"),
 ("He stressed, that the main point for Moscow remains the refusal of NATO from the further expansion to the east and from the acceptance in the alliance of Ukraine and Georgia.", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 0, "2022-01-24"),
 ("He stressed, that the main point for Moscow remains the refusal of NATO from the further expansion to the east and from the acceptance in the alliance of Ukraine and Georgia.", "leonid-slutsky", 1, "Slutsky", "no-ukraine-membership", "supports", 0, "2022-01-24"),
 # Missiles of middle and smaller range; strategic bombers flying near the borders.
 ("According to the deputy, the deployment of the american missiles of middle and smaller range in Europe and the flights of the strategic bombers of the USA near the Russian borders create \"the direct threat\" for the country.", "leonid-slutsky", 1, "the deputy", "no-intermediate-range-missiles", "supports", 0, "2022-01-24"),
 ("According to the deputy, the deployment of the american missiles of middle and smaller range in Europe and the flights of the strategic bombers of the USA near the Russian borders create \"the direct threat\" for the country.", "leonid-slutsky", 1, "the deputy", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-24"),
 # Withdrawal as a condition for talks called absurd: rejects de-escalation, supports talks without preconditions.
 ("The demands of the West to withdraw the Russian troops from the Ukrainian border as the condition for the negotiations Slutsky named \"absurd\", because the troops are situated on the own territory of Russia.", "leonid-slutsky", 1, "Slutsky", "russia-de-escalation", "rejects", 0, "2022-01-24"),
 ("The demands of the West to withdraw the Russian troops from the Ukrainian border as the condition for the negotiations Slutsky named \"absurd\", because the troops are situated on the own territory of Russia.", "leonid-slutsky", 1, "Slutsky", "no-preconditions", "supports", 0, "2022-01-24"),
 ("We do not threaten anybody, but we will not allow to speak with Russia in the language of the ultimatums", "leonid-slutsky", 1, "Slutsky", "", "", 1, "2022-01-24"),
 # Peskov's closing line (waiting for the answer) names no demand: no row.
]

G = ("mircea-geoana", 1, "Mircea Geoană")
L["euractiv-2022-02-03-geoana-interview"] = [
 # Interview of Wednesday 2 Feb; the answers (unlabelled paragraphs after each question) are Geoană's words.
 ("We sent Moscow a written proposal with very concrete ideas: reciprocal transparency on military exercises, risk reduction, arms control including on intermediate-range missiles.", *G, "limit-military-exercises", "mentions", 1, "2022-02-02"),
 ("We sent Moscow a written proposal with very concrete ideas: reciprocal transparency on military exercises, risk reduction, arms control including on intermediate-range missiles.", *G, "no-intermediate-range-missiles", "mentions", 1, "2022-02-02"),
 # A moratorium on enlargement refused as a veto.
 ("The open door is written into our founding treaty, and it is not up for negotiation. Russia does not get to decide who joins our alliance, and a moratorium is just another word for a veto.", *G, "nato-open-door", "supports", 1, "2022-02-02"),
 ("The open door is written into our founding treaty, and it is not up for negotiation. Russia does not get to decide who joins our alliance, and a moratorium is just another word for a veto.", *G, "nato-non-expansion", "rejects", 1, "2022-02-02"),
 # NATO's own proposal to restore military channels: supports the resumption (a proposal to do it, not only to discuss it).
 ("We have always believed that military lines of communication save lives. We have proposed to re-establish our liaison offices and to use military-to-military channels to reduce risks. That offer stands.", *G, "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("We see more than 30,000 Russian troops arriving in Belarus, with S-400s, Iskanders and fighter jets. This is the biggest Russian deployment there since the Cold War. Russia must de-escalate and send these forces home.", *G, "russia-de-escalation", "supports", 1, "2022-02-02"),
 # Wire paragraph: Fomin on Wednesday 2 Feb.
 ("In Moscow, Deputy Defence Minister Alexander Fomin told foreign military attachés on Wednesday that NATO had frozen practically all military contacts with Russia since 2014 and that Moscow was proposing to restore a regular dialogue between the general staffs.", "alexander-fomin", 1, "Alexander Fomin", "resume-military-dialogue", "supports", 0, "2022-02-02"),
 ("Without channels between the militaries, any incident in the air or at sea can turn into something nobody wants,", "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("He also repeated Moscow's proposal to agree on a zone on both sides of the border where no exercises above brigade level would be held, saying the scale of NATO drills near Russia had grown.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-02-02"),
]

write_gold(L, "articles-5", "gold-5")
