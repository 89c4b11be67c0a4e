#!/usr/bin/env python3
"""Writes the held-out gold of batch 263 (gold-263/*.nq) from the labels below.

Batch 263 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-26-us-nato-written-replies-russia: AP wire story (front matter, byline,
  WASHINGTON (AP) dateline, straight quotes); a quotation interrupted by "he said",
  a lead sentence carrying Moscow's demand in passing, "Russian officials" speaking as
  Russia, a pronoun-resolved demand ("that question"), analyst fragments, INF and
  draft-treaty background, a correction line.
- politico-2022-01-10-sherman-ryabkov-geneva: Politico news story (front matter, standfirst,
  curly quotes, time stamp); Sherman vs Ryabkov, an anonymous State Department official,
  invented lawmakers, an analyst quotation interrupted by "said X", Baker-1990 background
  attributed vaguely to "Russian officials", "Moscow's call" inside Ryabkov's sentence.
- ria-novosti-2022-01-20-zakharova-briefing: RIA Novosti machine-translated briefing report
  (no front matter, date in the header, « » quotes with "- she declared", "Read also"
  links); Blinken reported inside Zakharova's story, Bucharest formula quoted from the
  document, a boilerplate paragraph on the drafts' contents (document content, unlabelled).
- err-news-2022-01-12-estonia-nato-russia-council: ERR News (front matter, party tags,
  photo caption, "Editor:" line); Estonia speaking as a country, "Thursday last week",
  indirect speech over two sentences, ICDS analyst, a local official, Bucharest invoked
  by a lawmaker as settled.
- nato-2022-01-12-press-conference-nrc: NATO press-conference transcript (UTF-8 BOM, CRLF,
  no front matter, speaker labels, moderator and journalists' questions); each paragraph
  of Stoltenberg's remarks is one quotation; Russia's demands reported inside them.
- kommersant-2022-01-14-grushko-interview: Kommersant Q&A with Grushko (no front matter,
  em-dash turns, headline that is itself a quotation, standfirst giving the day of the
  conversation); several demands per answer; questions that state demands get no label.
- chatham-house-2022-02-02-kremlin-reads-the-replies: Chatham House expert comment (front
  matter, author block, crossheads, curly single quotes); Putin's three demands, a
  rhetorical question, Lavrov reported with a short quoted fragment, 1990/1997/2008
  background, analysts who mention vs. one who endorses. The author's own prose is not a
  statement of a speaker and gets no label.

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

D = "2022-01-26"
L["ap-2022-01-26-us-nato-written-replies-russia"] = [
 ("The United States and NATO on Wednesday handed Russia written responses to its sweeping security demands, refusing Moscow's insistence that Ukraine be permanently barred from the alliance but holding out the prospect of talks on arms control and military transparency, Secretary of State Antony Blinken said.",
  "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, D),
 ("The United States and NATO on Wednesday handed Russia written responses to its sweeping security demands, refusing Moscow's insistence that Ukraine be permanently barred from the alliance but holding out the prospect of talks on arms control and military transparency, Secretary of State Antony Blinken said.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "", "", 1, D),
 ("including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said Washington was prepared to discuss mutual restrictions on where intermediate- and shorter-range missiles could be placed in Europe and reciprocal transparency measures for large military drills, as long as Moscow pulled its forces back from the Ukrainian frontier.",
  "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said Washington was prepared to discuss mutual restrictions on where intermediate- and shorter-range missiles could be placed in Europe and reciprocal transparency measures for large military drills, as long as Moscow pulled its forces back from the Ukrainian frontier.",
  "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said Washington was prepared to discuss mutual restrictions on where intermediate- and shorter-range missiles could be placed in Europe and reciprocal transparency measures for large military drills, as long as Moscow pulled its forces back from the Ukrainian frontier.",
  "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("We will read it carefully, and then the president will decide what comes next,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Russian officials have insisted for weeks that the one answer they need is a firm, written commitment that NATO will take in no new members to the east.",
  "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 ("Russian officials have insisted for weeks that the one answer they need is a firm, written commitment that NATO will take in no new members to the east.",
  "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov said Tuesday that Moscow would not accept a reply that sidestepped that question.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-25"),
 ("In Brussels, NATO Secretary-General Jens Stoltenberg said the alliance's own letter proposed reopening the NATO and Russian diplomatic missions that were closed last year and re-establishing regular contacts between military commanders to reduce the risk of accidents.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot and will not compromise on the principles on which the security of our alliance rests,",
  "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Ukrainian Foreign Minister Dmytro Kuleba said his government had seen the American text before it was sent and had no objections, adding that nothing in it closed Ukraine's road to NATO membership.",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("We still don't believe that President Putin has made a final decision,", "john-kirby", 1, "he", "", "", 1, D),
 ("The administration has essentially told Moscow that the headline items are non-starters but the small print is open for business,",
  "samantha-greer", 1, "Samantha Greer", "", "", 1, ""),
 ("Greer said reviving limits on intermediate-range missiles, lost when the 1987 treaty banning them collapsed, was the area where the two sides were closest, but that Russia's demand for a Ukraine ban \"was always going to get a no.\"",
  "samantha-greer", 1, "Greer", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("was always going to get a no.", "samantha-greer", 1, "Greer", "no-ukraine-membership", "mentions", 1, ""),
 ("Greer said reviving limits on intermediate-range missiles, lost when the 1987 treaty banning them collapsed, was the area where the two sides were closest, but that Russia's demand for a Ukraine ban \"was always going to get a no.\"",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("did not hand Vladimir Putin a veto over who joins NATO.", "martin-osgood", 1, "Martin Osgood", "nato-open-door", "supports", 1, ""),
]

D = "2022-01-10"
L["politico-2022-01-10-sherman-ryabkov-geneva"] = [
 ("firmly pushed back on security proposals that are simply non-starters.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the U.S. had signaled it was willing to explore reciprocal limits on the size and scope of military exercises in Europe and on where certain missile systems could be deployed, a nod to the intermediate-range weapons that were banned under a Cold War-era treaty until 2019.",
  "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the U.S. had signaled it was willing to explore reciprocal limits on the size and scope of military exercises in Europe and on where certain missile systems could be deployed, a nod to the intermediate-range weapons that were banned under a Cold War-era treaty until 2019.",
  "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe or about NATO without NATO,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding — not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov dismissed Western warnings about the roughly 100,000 Russian troops near the Ukrainian border, saying there was no reason to fear an escalation and that Russia would move forces on its own territory as it saw fit.",
  "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("He also repeated Moscow's call for the alliance to withdraw forces and weapons from countries that joined after 1997, describing it as a matter of “restoring the balance” in Europe.",
  "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("He also repeated Moscow's call for the alliance to withdraw forces and weapons from countries that joined after 1997, describing it as a matter of “restoring the balance” in Europe.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the U.S. delegation had also raised Russia's troop buildup repeatedly and told the Russians that any progress would be difficult “in an atmosphere of escalation.”",
  "us-state-department", 0, "A senior State Department official", "russia-de-escalation", "supports", 0, D),
 ("any deal that gives Putin a veto over who joins NATO would be dead on arrival in this Congress.", "tom-halvorsen", 1, "Tom Halvorsen", "nato-open-door", "supports", 1, ""),
 ("The Russians came to Geneva with a wish list drafted in 1997 and they left with the same list,", "elaine-corrigan", 1, "she", "", "", 1, ""),
 ("The Russians opened with maximalist demands and the Americans opened with a narrow menu of confidence-building measures,", "olivia-pratt", 1, "Olivia Pratt", "", "", 1, ""),
 ("The question is whether there is any overlap at all.", "olivia-pratt", 1, "Olivia Pratt", "", "", 1, ""),
 ("Pratt said the one area of genuine common interest was a return to regular contact between the two militaries, which has withered since 2014, though she doubted Moscow would accept it as a substitute for what it is really after.",
  "olivia-pratt", 1, "Pratt", "resume-military-dialogue", "mentions", 0, ""),
 ("We do not see a reason to continue if the main issues are ignored,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-20"
L["ria-novosti-2022-01-20-zakharova-briefing"] = [
 ("The Russian side expects that the answers will be given in written form and that the guarantees will be juridically binding, and not the promises which were given to us in the nineties and then were thrown in the basket",
  "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, D),
 ("According to her, the formula of the Bucharest summit of NATO of 2008, according to which Ukraine and Georgia «will become members of the alliance», must be disavowed by the alliance officially.",
  "maria-zakharova", 1, "her", "rescind-bucharest-2008", "supports", 0, D),
 ("This decision was the mine under European security, and it is time to remove it. We speak about this openly",
  "maria-zakharova", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, D),
 ("Earlier on Wednesday in Kiev the US Secretary of State Antony Blinken declared that the door of NATO remains open for Ukraine and nobody will be able to impose a veto on it.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-19"),
 ("Earlier on Wednesday in Kiev the US Secretary of State Antony Blinken declared that the door of NATO remains open for Ukraine and nobody will be able to impose a veto on it.",
  "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-19"),
 ("Commenting these words, Zakharova noted that talk about the absence of veto is ignoring the principle of indivisibility of security, fixed in documents of OSCE.",
  "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 0, D),
 ("To say that nobody has veto, it is to say that the security of one is more important than the security of other. Such \"open door\" we do not accept",
  "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, D),
 ("The deliveries of lethal weapons, the instructors of NATO countries, the joint exercises on territory of Ukraine - all this is the military development of territory of the country which is not member of the alliance, directly near our borders. It must stop",
  "maria-zakharova", 1, "Zakharova", "no-military-activity-ex-soviet", "supports", 1, D),
 ("She also called «cynical» the demands of the Western capitals that Russia withdraw troops from the border with Ukraine.",
  "maria-zakharova", 1, "She", "russia-de-escalation", "rejects", 0, D),
 ("Russia moves its troops on its own territory and is not going to ask anybody the permission for it. We are not threatening anybody",
  "maria-zakharova", 1, "Zakharova", "russia-de-escalation", "rejects", 1, D),
 ("Zakharova also reported that Moscow remains open to the resumption of contacts on military line between Russia and NATO, which were broken off by the alliance in 2014, but they do not substitute the main theme.",
  "maria-zakharova", 1, "Zakharova", "resume-military-dialogue", "supports", 0, D),
 ("We are not going to conduct the negotiations for negotiations. The time of endless consultations has passed",
  "maria-zakharova", 1, "she", "", "", 1, D),
 ("The Deputy Minister of Foreign Affairs of Russia Sergey Ryabkov on Wednesday declared that Russia sees no sense in new meeting if the USA will not give answers on key positions, first of all on non-expansion of NATO to the east.",
  "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-19"),
 ("During them the American side refused to give guarantees on non-expansion of the alliance, and Moscow named the proposals on the control over armaments the secondary questions.",
  "united-states", 0, "the American side", "nato-non-expansion", "rejects", 0, ""),
]

D = "2022-01-12"
L["err-news-2022-01-12-estonia-nato-russia-council"] = [
 ("Estonian officials said on Wednesday that the country will not accept any arrangement between NATO and Russia which would reduce the allied presence on its territory, as the NATO-Russia Council met in Brussels for the first time since 2019.",
  "estonia", 0, "Estonian officials", "rollback-to-1997", "rejects", 0, D),
 ("The security of Estonia cannot become a bargaining chip. Decisions about allied troops in Estonia are taken by Estonia and NATO, not by Moscow,",
  "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, D),
 ("The minister added that Estonia would not agree to any deal that pushed allied forces out of countries which joined the alliance in 2004.",
  "eva-maria-liimets", 1, "The minister", "rollback-to-1997", "rejects", 0, D),
 ("simply unacceptable for us and for all allies.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 1, "2022-01-06"),
 ("Prime Minister Kaja Kallas (Reform) said at the government's weekly press conference on Thursday last week that Russia's demand to roll back NATO to its 1997 borders was \"simply unacceptable for us and for all allies.\"",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Speaking to journalists after the meeting, NATO Secretary General Jens Stoltenberg said that allies had been united and that they would not compromise on the right of every nation to decide its own security arrangements.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Grushko, speaking separately to Russian media, said that the alliance's refusal to halt its expansion toward Russia's borders was the root of the problem, and that Moscow would not accept further enlargement under any circumstances.",
  "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("We would welcome a larger allied presence, including from the United States, and we have said so clearly,", "kalle-laanet", 1, "Laanet", "", "", 1, D),
 ("Moscow is not really interested in mutual limits on exercises or missiles. What it wants is a sphere of influence, and the Baltic states are in the part of the map it considers its own,",
  "kadri-tammsaar", 1, "Tammsaar", "limit-military-exercises", "mentions", 1, ""),
 ("Moscow is not really interested in mutual limits on exercises or missiles. What it wants is a sphere of influence, and the Baltic states are in the part of the map it considers its own,",
  "kadri-tammsaar", 1, "Tammsaar", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("She said the West could nevertheless talk about transparency for military drills, as this had been on the OSCE table for years, but that talks on restricting exercises should never touch the defense plans of the Baltic countries.",
  "kadri-tammsaar", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("This is going to be a long winter,", "kadri-tammsaar", 1, "she", "", "", 1, ""),
 ("People here watch Russian television, and some ask me whether there will be war. I tell them that NATO is here and it is staying,", "aivar-kask", 1, "Kask", "", "", 1, ""),
 ("Riigikogu foreign affairs committee member Juhan Rüütel (Isamaa) said that the West should not let Russia turn talks into a question of whether Ukraine and Georgia might one day join NATO.",
  "juhan-ruutel", 1, "Juhan Rüütel", "no-ukraine-membership", "rejects", 0, ""),
 ("Riigikogu foreign affairs committee member Juhan Rüütel (Isamaa) said that the West should not let Russia turn talks into a question of whether Ukraine and Georgia might one day join NATO.",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("That question was answered in Bucharest in 2008 and nobody in Moscow gets to reopen it,", "juhan-ruutel", 1, "he", "rescind-bucharest-2008", "rejects", 1, ""),
 ("That question was answered in Bucharest in 2008 and nobody in Moscow gets to reopen it,", "juhan-ruutel", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
P4 = "The Russian delegation again insisted that NATO should stop admitting new members. Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path. And only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
Q1 = "Russia repeated today its demand that NATO withdraw its forces and infrastructure from Allies that joined after 1997. That is not acceptable and it is not on the table."
Q2 = "We are ready to put our proposals in writing, and we will do so in the coming days. But the form is not the issue. The issue is that we cannot sign up to agreements that would give Russia a say over what sovereign neighbours decide."
P6 = "At the same time, Allies are ready to engage in a meaningful dialogue. We are ready to discuss arms control, including reciprocal limits on intermediate-range and shorter-range missiles in Europe, and to explore greater transparency and risk reduction when it comes to military exercises."
L["nato-2022-01-12-press-conference-nrc"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. The first in more than two years, and I welcome that all Allies and Russia sat down around the same table and engaged on substance.", *S, "", "", 1, D),
 ("The meeting was not easy. But that is exactly why it was important to have it. NATO Allies and Russia had a very serious and direct exchange on the situation in and around Ukraine and the implications for European security.", *S, "", "", 1, D),
 ("Allies called on Russia to immediately de-escalate the situation, to withdraw the forces it has massed along Ukraine's borders, and to refrain from aggressive rhetoric and malign activities directed at Ukraine.", *S, "russia-de-escalation", "supports", 1, D),
 (P4, *S, "nato-non-expansion", "rejects", 1, D),
 (P4, *S, "nato-open-door", "supports", 1, D),
 (P4, *S, "no-ukraine-membership", "rejects", 1, D),
 ("The Russian delegation again insisted that NATO should stop admitting new members.", "russia", 0, "The Russian delegation", "nato-non-expansion", "supports", 0, D),
 ("We will also not renounce our ability to protect and defend our Allies, including with our presence in the eastern part of the Alliance. There are no first-class and second-class members of NATO.", *S, "rollback-to-1997", "rejects", 1, D),
 (P6, *S, "no-intermediate-range-missiles", "mentions", 1, D),
 (P6, *S, "limit-military-exercises", "mentions", 1, D),
 ("Allies also proposed to restore our respective offices in Moscow and in Brussels, and to make full use of our military lines of communication, to prevent incidents and accidents and to reduce risks.", *S, "resume-military-dialogue", "supports", 1, D),
 ("Russia was not in a position to agree today to this programme of work, but the Russian delegation did not reject it either. I think it is a positive sign that all Allies and Russia expressed the need to resume dialogue and to explore a schedule of future meetings.", *S, "", "", 1, D),
 ("There is a real risk of new armed conflict in Europe. Differences will not be easy to bridge, but we must continue to try.", *S, "", "", 1, D),
 (Q1, *S, "rollback-to-1997", "rejects", 1, D),
 ("Russia repeated today its demand that NATO withdraw its forces and infrastructure from Allies that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("We will not have two tiers of membership. Romania, Bulgaria, Poland and the Baltic countries are sovereign members of this Alliance, and they have the same security guarantees as every other Ally.", *S, "rollback-to-1997", "rejects", 1, D),
 (Q2, *S, "written-legal-guarantees", "mentions", 1, D),
 (Q2, *S, "nato-open-door", "supports", 1, D),
 ("And let me add that we have seen a significant Russian military build-up close to Ukraine's borders, with heavy weapons, tanks, artillery and tens of thousands of combat-ready troops. We call on Russia to reduce tensions and to pull back.", *S, "russia-de-escalation", "supports", 1, D),
 ("We have proposed a series of meetings on a broad range of issues. Russia has said it needs time to consider, and we respect that. Our door to dialogue remains open.", *S, "", "", 1, D),
]

D = "2022-01-13"
G = ("alexander-grushko", 1, "Alexander Grushko")
A2 = "Our main point is simple. The movement of NATO to the east must stop, and this must be fixed in a legally binding form. We have heard verbal assurances before. In 1990 they were given to Gorbachev, and we know what happened to them afterwards."
A4 = "For us, Ukraine's membership in NATO is a red line, and I said this directly to our colleagues. The Bucharest decision of 2008, that Ukraine and Georgia will become members, must be annulled. It was a grave mistake which to a great extent created the present situation."
A9 = "This is nonsense. We put the texts on the table precisely so that there would be a serious negotiation, and we did not attach any preconditions to it. We expect the same from our partners, not ultimatums about our own territory."
L["kommersant-2022-01-14-grushko-interview"] = [
 ("The conversation was frank and deep, I would even say useful, because everyone could hear everyone else. But we did not see any readiness on the side of the alliance to take into account our key concerns. There was a lot of talk about dialogue as such, about procedures, about future meetings.", *G, "", "", 1, D),
 (A2, *G, "nato-non-expansion", "supports", 1, D),
 (A2, *G, "written-legal-guarantees", "supports", 1, D),
 ("The so-called open door policy is not a norm of international law. Article 10 of the Washington Treaty says the allies may invite a state, it does not say they are obliged to. And there is the principle, signed at the OSCE by all the leaders, including in Istanbul and Astana, that no one strengthens his own security at the expense of the security of others.", *G, "nato-open-door", "rejects", 1, D),
 (A4, *G, "no-ukraine-membership", "supports", 1, D),
 (A4, *G, "rescind-bucharest-2008", "supports", 1, D),
 ("We are ready to discuss intermediate-range missiles; we proposed a moratorium on their deployment in Europe long ago, and nobody answered us. But these are secondary questions. If someone thinks that he can take the convenient items from our package and leave aside the main ones, it will not work.", *G, "no-intermediate-range-missiles", "supports", 1, D),
 ("We want NATO ships and aircraft not to come to our borders at distances from which they can hit targets on Russian territory. Look at what is happening in the Black Sea, where American destroyers and strategic bombers operate practically every week.", *G, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We will not discuss where our troops are stationed on our own territory. This is a completely artificial agenda, which is imposed to divert attention from the substance.", *G, "russia-de-escalation", "rejects", 1, D),
 ("The military channels were frozen by NATO itself in 2014. If the alliance wants to restore them, we are not against it, we have always favoured professional military contacts. But this cannot replace the substance.", *G, "resume-military-dialogue", "supports", 1, D),
 (A9, *G, "no-preconditions", "supports", 1, D),
 (A9, *G, "russia-de-escalation", "rejects", 1, D),
 ("We will wait for the written response of the Americans and of NATO, point by point. Then the leadership of the country will decide. If there is no constructive answer, we will take military-technical measures, as the president has said.", *G, "", "", 1, D),
]

D = "2022-02-01"
PU = "We did not see adequate consideration of our three key demands: preventing NATO expansion, refusing to deploy strike weapon systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997."
LEM = "The drafts were written to be refused. A legally binding ban on enlargement was never something Washington could sign, and everybody in Moscow knew it,"
L["chatham-house-2022-02-02-kremlin-reads-the-replies"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (PU, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (PU, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation to return Crimea,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("The foreign minister said the American reply offered no positive answer on the main question – NATO’s non-enlargement – though he allowed that it could open ‘a serious conversation on secondary issues’.",
  "sergei-lavrov", 1, "The foreign minister", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("but we will not give up on the principle that countries choose their own alliances", "antony-blinken", 1, "the secretary of state", "nato-open-door", "supports", 1, "2022-01-31"),
 ("there can be no discussion about European security without the Europeans at the table", "josep-borrell", 1, "Josep Borrell", "", "", 1, ""),
 (LEM, "pavel-lemeshev", 1, "Pavel Lemeshev", "nato-non-expansion", "mentions", 1, ""),
 (LEM, "pavel-lemeshev", 1, "Pavel Lemeshev", "written-legal-guarantees", "mentions", 1, ""),
 ("If the two sides agree to keep intermediate-range missiles out of Europe, that alone would be the most important security agreement in a decade,",
  "ingrid-solberg", 1, "Ingrid Solberg", "no-intermediate-range-missiles", "supports", 1, ""),
 ("She argued that the West should pursue such a ban on its own merits, whatever Moscow decides on the rest of its package.",
  "ingrid-solberg", 1, "She", "no-intermediate-range-missiles", "supports", 0, ""),
]

write_gold(L, "articles-263", "gold-263")
