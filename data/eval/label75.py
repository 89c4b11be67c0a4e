#!/usr/bin/env python3
"""Writes the seventy-fifth held-out gold (gold-75/*.nq) from the labels below.

Batch 75 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:
- Reuters wire copy from Geneva (front matter, straight quotes; a quotation
  split by "Ryabkov told a news conference", two speakers in one sentence,
  Moscow's demand mentioned in passing inside Sherman's sentence, the 1990
  Baker promise as unlabelled background, an invented analyst);
- a Kommersant interview with Alexander Grushko (no front matter, date line
  "14 Jan, 2022 07:00", "Question:" / "Alexander Grushko:" labels, answers of
  two paragraphs, a question that quotes Stoltenberg and gets no label);
- a machine-translated Vedomosti report on the OSCE Permanent Council in
  Vienna (no front matter, « » and „ “ marks, "— said X" after the quotation,
  speakers named only as "the diplomat", "the Polish minister", "the American
  diplomat", history and a link line that are not labelled);
- a Pentagon press briefing transcript (no front matter, "John Kirby:" speaker
  labels, reporters' questions that name demands and get no label);
- a Moscow Times live blog (front matter, UTF-8 BOM and CRLF line ends,
  curly quotes, timestamped entries with crossheads, a background entry that
  describes the drafts and is not labelled);
- a Telegraph comment piece quoting invented experts (front matter, curly
  quotes, a standfirst, a photo caption and a related-link line, a passive
  sentence, history of 1990/1997/2008 quoted from documents);
- a Bloomberg wire story on the publication of the drafts on 17 December
  (no front matter, bullet standfirst, words quoted from the draft treaty, an
  anonymous official who is left out).

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
  quotation (evidence = the paragraph without the speaker label); journalists'
  questions get no label; the interviewee's name is the one the speaker label
  gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label; reported speech about no demand, or about demands
  left unspecified, gets no label;
- historical background, words quoted from documents, headlines, crossheads,
  standfirsts, captions and link lines are not labelled; statements by
  unnamed officials are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence is also Russia's label (speaker russia, not a person), undated;
- speaker name = the words naming the speaker at that point, pronouns as
  written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday it was absolutely mandatory that Ukraine never join NATO, after almost eight hours of talks with a U.S. delegation in Geneva ended without a breakthrough on Moscow's sweeping demands for security guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman told reporters after the meeting that Washington had pushed back firmly on proposals that were \"simply non-starters\", among them Moscow's demand that NATO rule out any further eastward expansion.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman told reporters after the meeting that Washington had pushed back firmly on proposals that were \"simply non-starters\", among them Moscow's demand that NATO rule out any further eastward expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("The American side has shown a serious and professional approach,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("but on the central question, that NATO must not move further east, we are still very far apart.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("We will not allow our fundamental concerns to be drowned in secondary issues.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Sherman said the United States was open to discussing the future deployment of certain missile systems in Europe, as long as Russia made matching commitments, and that the two delegations had agreed to come back to the issue.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Both Ryabkov and Sherman said they wanted regular talks between military officials to resume, to reduce the risk of dangerous incidents in the air and at sea.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "supports", 0, D),
 ("Both Ryabkov and Sherman said they wanted regular talks between military officials to resume, to reduce the risk of dangerous incidents in the air and at sea.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 0, D),
 ("Everybody knew going in that some of the Russian items were real and some were packaging,", "irina-voskresenskaya", 1, "Irina Voskresenskaya", "", "", 1, ""),
 ("The warships-and-bombers clause is the one nobody in Washington has even started to think about,", "irina-voskresenskaya", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]

D = "2022-01-13"
G = "alexander-grushko"
N = "Alexander Grushko"
L["kommersant-2022-01-14-grushko-interview"] = [
 ("It was a frank and rather deep conversation, and I would not call it a failure. But we saw no readiness on the part of the allies to take our key concerns into account, and we told them so directly.", G, 1, N, "", "", 1, D),
 ("The so-called open door policy is not a commandment handed down from above. The Washington Treaty says the allies may invite a state, not that they must accept everyone who knocks. Freedom to choose alliances cannot mean freedom to undermine the security of others.", G, 1, N, "nato-open-door", "rejects", 1, D),
 ("For us the main thing is that Ukraine and Georgia never become members of the alliance. And the Bucharest formula, that they \"will become members\", must be formally disavowed by the alliance itself, not explained away in individual capitals.", G, 1, N, "no-ukraine-membership", "supports", 1, D),
 ("For us the main thing is that Ukraine and Georgia never become members of the alliance. And the Bucharest formula, that they \"will become members\", must be formally disavowed by the alliance itself, not explained away in individual capitals.", G, 1, N, "rescind-bucharest-2008", "supports", 1, D),
 ("We have proposed for years to move exercise areas away from the line of contact and to limit the scale of drills near our borders. That proposal is still on the table, and we are ready to negotiate on it seriously. But the alliance offers us side dishes without a main course.", G, 1, N, "limit-military-exercises", "supports", 1, D),
 ("As for restoring our mission in Brussels and the NATO information office in Moscow, I see no point in it while the alliance openly calls us an adversary. Military contacts are not an end in themselves, and we are not going to restore them for the sake of a photograph.", G, 1, N, "resume-military-dialogue", "rejects", 1, D),
 ("The draft is clear. Forces and infrastructure must go back to where they stood on 27 May 1997, when the Founding Act was signed. Everything deployed since then on the territory of the new members is a direct threat to us, and we are not going to pretend otherwise.", G, 1, N, "rollback-to-1997", "supports", 1, D),
 ("We are not interested in a moratorium or in political declarations. We need legally binding guarantees, signed and ratified, because we have already been given verbal assurances once, and we know what became of them.", G, 1, N, "written-legal-guarantees", "supports", 1, D),
 ("Then we will respond with military-technical measures. I want to stress that this is not a threat. It is simply a description of what any responsible state does when its security is ignored.", G, 1, N, "", "", 1, D),
 ("The OSCE is a useful platform, but it cannot replace a direct answer from Washington and Brussels to the questions we put on paper in December.", G, 1, N, "", "", 1, D),
]

D = "2022-01-13"
LU = "alexander-lukashevich"
L["vedomosti-2022-01-13-osce-vienna-lukashevich"] = [
 ("If we do not hear the constructive answer to our proposals in the reasonable terms, we will be forced to take the necessary measures for the elimination of the threats", LU, 1, "Lukashevich", "", "", 1, D),
 ("According to the diplomat, the deployment of the American attack systems near the Russian borders, including on the territory of Ukraine, is for Moscow the «red line».", LU, 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We insist, that the dialogue goes without any preconditions and without the ultimatums from the Western side", LU, 1, "the diplomat", "no-preconditions", "supports", 1, D),
 ("On the question about the restoring of the military contacts with NATO Lukashevich answered, that it can be considered «only after the main questions».", LU, 1, "Lukashevich", "resume-military-dialogue", "mentions", 0, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Every participating state has the sovereign right to choose its alliances, and nobody has the right of veto on this", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, D),
 ("The Polish minister asked the Russian delegation, whether Moscow is ready to discuss the withdrawal of its troops from the Ukrainian border.", "zbigniew-rau", 1, "The Polish minister", "russia-de-escalation", "mentions", 0, D),
 ("He noted also, that the Russian side wants to exclude any cooperation of the alliance with Ukraine, Georgia and Moldova, but this question „concerns not only Russia and the USA“.", "zbigniew-rau", 1, "He", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("He noted also, that the Russian side wants to exclude any cooperation of the alliance with Ukraine, Georgia and Moldova, but this question „concerns not only Russia and the USA“.", "russia", 0, "the Russian side", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("the drumbeat of war is sounding loud and the rhetoric has become rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("At the same time the American diplomat noted, that Washington is ready to discuss the measures of risk reduction and the question of the placement of the offensive systems «on a mutual basis».", "michael-carpenter", 1, "the American diplomat", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("But we will not accept any restrictions on where the American ships and aircraft can go in the international waters and airspace", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("I do not see the bases to gather in the coming days and to begin again the same discussions", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, D),
 ("I do not want to confirm anything, I will not exclude anything", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("There can be no dialogue without preconditions with a side that speaks the language of ultimatums", "dmytro-kuleba", 1, "Dmitry Kuleba", "no-preconditions", "rejects", 1, D),
]

D = "2022-01-24"
K = "john-kirby"
N = "John Kirby"
L["pentagon-2022-01-24-kirby-briefing"] = [
 ("Good afternoon, everybody. A couple of things at the top. At the direction of the President, Secretary Austin has placed a range of units here in the United States, up to about 8,500 personnel in total, on a heightened preparedness to deploy. This is about reassurance to our NATO allies, and it's in the context of the NATO Response Force, should NATO decide to activate it.", K, 1, N, "", "", 1, D),
 ("We continue to believe there's time and space for diplomacy, and the Secretary remains in close touch with Secretary Blinken and with his counterparts across the alliance. With that, I'll take your questions.", K, 1, N, "", "", 1, D),
 ("No. That's a non-starter. We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", K, 1, N, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("There are areas where we think progress is possible, on a reciprocal basis: the placement of certain missile systems in Europe, transparency and limits on the scale of military exercises. I'm not going to get ahead of the diplomats on what's in the written response, but those are things we've said we're willing to talk about.", K, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("There are areas where we think progress is possible, on a reciprocal basis: the placement of certain missile systems in Europe, transparency and limits on the scale of military exercises. I'm not going to get ahead of the diplomats on what's in the written response, but those are things we've said we're willing to talk about.", K, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("We've heard that argument, and I'll let the Russians speak for themselves about what they mean by it. What we need to see, and what would make any talks go a lot better, is de-escalation: those troops going back to their garrisons.", K, 1, N, "no-preconditions", "mentions", 1, D),
 ("We've heard that argument, and I'll let the Russians speak for themselves about what they mean by it. What we need to see, and what would make any talks go a lot better, is de-escalation: those troops going back to their garrisons.", K, 1, N, "russia-de-escalation", "supports", 1, D),
 ("We're not going to let Moscow decide what kind of security assistance Ukraine receives. The Javelins, the ammunition, the training, all of it is defensive, it's been going on since 2014, and it's going to continue.", K, 1, N, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("We're not going to let Moscow decide what kind of security assistance Ukraine receives. The Javelins, the ammunition, the training, all of it is defensive, it's been going on since 2014, and it's going to continue.", K, 1, N, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("That's a decision for Ukraine and the 30 allies to make. It's not for Moscow to decide, and it's certainly not for me to predict from this podium.", K, 1, N, "nato-open-door", "supports", 1, D),
 ("That's a decision for Ukraine and the 30 allies to make. It's not for Moscow to decide, and it's certainly not for me to predict from this podium.", K, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("He has not spoken to Minister Shoigu recently. I don't have any calls to read out or to preview for you today.", K, 1, N, "", "", 1, D),
 ("The units on prepare-to-deploy orders are for the NATO Response Force or for bilateral reassurance to allies in Europe. I'm not going to speculate beyond that, and I'd point you to what the President has said.", K, 1, N, "", "", 1, D),
 ("I don't have anything more on timing. No decision has been made to deploy any forces, and when we have something to announce, we will announce it.", K, 1, N, "", "", 1, D),
]

D = "2022-01-26"
L["moscowtimes-2022-01-26-us-nato-answers-live"] = [
 ("Georgian Foreign Minister David Zalkaliani said on Wednesday evening that the promise of membership Tbilisi received at NATO’s Bucharest summit in 2008 was “irreversible” and could not be traded away in talks between Moscow and Washington.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, D),
 ("The answer is exactly what Moscow said it didn’t want: talk about missiles, and silence on expansion,", "konstantin-bereznyakov", 1, "Konstantin Bereznyakov", "nato-non-expansion", "mentions", 1, D),
 ("The answer is exactly what Moscow said it didn’t want: talk about missiles, and silence on expansion,", "konstantin-bereznyakov", 1, "Konstantin Bereznyakov", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Nobody should expect a quick Russian reply. This text will be read very slowly in the Kremlin,", "konstantin-bereznyakov", 1, "he", "", "", 1, D),
 ("It is important that the American position is built on the principle of nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that the ministry would look closely at how Washington justified its commitment to NATO’s “open door” before giving any assessment.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "mentions", 0, D),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the right of every nation in Europe to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said NATO would not pull back from its eastern members despite Moscow’s demand that the alliance remove forces and weapons from the countries that joined after 1997.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He said NATO would not pull back from its eastern members despite Moscow’s demand that the alliance remove forces and weapons from the countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Asked whether the United States would sign a legally binding document ruling out further NATO enlargement, he said that was “not on the table.”", "antony-blinken", 1, "he", "written-legal-guarantees", "rejects", 0, D),
 ("Asked whether the United States would sign a legally binding document ruling out further NATO enlargement, he said that was “not on the table.”", "antony-blinken", 1, "he", "nato-non-expansion", "rejects", 0, D),
 ("Russian troops are on Russian territory, and nobody can tell us where to keep them,", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 ("If the answer is not constructive, we will propose appropriate measures to the president,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
]

L["telegraph-2022-02-01-putin-red-lines"] = [
 ("Estonia’s prime minister, Kaja Kallas, said in an interview with The Telegraph on Monday that a promise to freeze Nato’s borders would be “a betrayal” of everything the alliance has stood for since 1949.", "kaja-kallas", 1, "Kaja Kallas", "nato-non-expansion", "rejects", 0, "2022-01-31"),
 ("Moscow’s demand that no offensive weapons be stationed near Russia’s borders was dismissed by Lithuania’s defence minister, Arvydas Anušauskas, as “absurd” for a country that keeps Iskander missiles in Kaliningrad.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "no-strike-weapons-near-borders", "rejects", 0, ""),
 ("Moscow’s demand that no offensive weapons be stationed near Russia’s borders was dismissed by Lithuania’s defence minister, Arvydas Anušauskas, as “absurd” for a country that keeps Iskander missiles in Kaliningrad.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("What is on the table is not a gentlemen’s agreement about the future. It is pulling allied troops and infrastructure out of Poland and the Baltic states, back to where they were a quarter of a century ago,", "piotr-zawadzki", 1, "Piotr Zawadzki", "rollback-to-1997", "mentions", 1, ""),
 ("We will never accept that,", "piotr-zawadzki", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("American and Polish soldiers train together on Polish soil, and how often and how close to the border they do it is not up for negotiation.", "piotr-zawadzki", 1, "he", "limit-military-exercises", "rejects", 1, ""),
 ("Keeping intermediate-range missiles out of each other’s reach is in everyone’s interest. Washington should simply say yes to that article and pocket it,", "helena-marsh-whitcombe", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Revoking the Bucharest language, on the other hand, is something no Nato summit could deliver even if every leader in the room wanted to,", "helena-marsh-whitcombe", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("A moratorium on new missiles in Europe while Russia keeps its 9M729s just beyond the Urals would be a gift to the Kremlin,", "tomas-lindqvist", 1, "Tomas Lindqvist", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Russia needs it on paper, signed and ratified by the US Senate. We were given verbal promises in 1990, and everyone knows what happened to them,", "anatoly-sevastyanov", 1, "Anatoly Sevastyanov", "written-legal-guarantees", "supports", 1, ""),
]

D = "2021-12-17"
R = "sergei-ryabkov"
S1 = "Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow on Friday that the documents required NATO to formally renounce any further enlargement, including to Ukraine, and to abstain from military activity on the territory of Ukraine and other states in Eastern Europe, the South Caucasus and Central Asia."
S2 = "In Kyiv, Mykhailo Podolyak, an adviser to the head of President Volodymyr Zelensky's office, on Friday called Russia's demand that NATO stay out of Ukraine \"unacceptable\", saying Kyiv's military cooperation with the U.S., U.K. and Canada would continue."
S3 = "Nobody in Washington is going to put a treaty in front of the Senate promising that Ukraine stays out of NATO,"
L["bloomberg-2021-12-17-russia-draft-treaties"] = [
 (S1, R, 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 (S1, R, 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 (S1, R, 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We are ready to fly to Geneva as early as tomorrow. We don't set any preconditions, and we don't expect the Americans to set any either,", R, 1, "Ryabkov", "no-preconditions", "supports", 1, D),
 ("The deployment of intermediate-range missiles in places from which they can hit the territory of the other side must be excluded, full stop,", R, 1, "he", "no-intermediate-range-missiles", "supports", 1, D),
 ("He added that Russian and U.S. warships and heavy bombers should stay out of areas from which they could strike each other's territory.", R, 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Asked whether NATO had to revoke its 2008 promise that Ukraine and Georgia would one day join, the deputy foreign minister said the decision taken in Bucharest \"must be disavowed\".", R, 1, "the deputy foreign minister", "rescind-bucharest-2008", "supports", 0, D),
 ("The president wants a serious, substantive conversation, and he wants it soon,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 (S2, "mykhailo-podolyak", 1, "Mykhailo Podolyak", "no-military-activity-ex-soviet", "rejects", 0, D),
 (S2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Publishing the drafts before the talks even begin tells you they were written to be refused,", "yevgenia-trusova", 1, "Yevgenia Trusova", "", "", 1, ""),
 (S3, "yevgenia-trusova", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (S3, "yevgenia-trusova", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]

write_gold(L, "articles-75", "gold-75")
