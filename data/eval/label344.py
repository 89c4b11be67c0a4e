#!/usr/bin/env python3
"""Writes the held-out gold of batch 344 (gold-344/*.nq) from the labels below.

Batch 344 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washingtonpost-2022-01-27-us-answer-moscow-analysis: Washington Post analysis with
  front matter and crossheads; Baker/Gorbachev and Bucharest background, an anonymous
  official, analysts who only report Moscow's demands, quotes interrupted by "Stoltenberg said".
- sputnik-2022-01-10-ryabkov-geneva-nato-expansion: Sputnik story, no front matter,
  "21:14 GMT 10.01.2022" dateline, GENEVA (Sputnik) lead, READ MORE links, Ryabkov's
  two-sentence quote, Sherman offering to discuss missiles and drills, a Russian analyst.
- russian-mfa-2022-01-27-zakharova-briefing: MFA briefing transcript with front matter,
  table of contents, "Maria Zakharova:" speaker labels, press questions (unlabelled),
  every answer paragraph a quotation, many about no demand.
- delfi-2022-01-13-osce-vienna-baltic-diplomats: Delfi story with UTF-8 BOM and CRLF,
  OSCE Permanent Council; Lukashevich's interrupted quote naming three demands, Lithuanian
  and Ukrainian envoys, an analyst who takes a side, the 1997 Founding Act as background.
- sky-news-2022-01-12-nato-russia-council-live: Sky News live page, reverse-chronological
  time stamps and key points; Stoltenberg rejecting "Russia's demand" (Russia's label in
  passing), an MP's reported question, Kuleba tweet split by "he wrote on Twitter".
- brookings-2022-01-21-blinken-lavrov-geneva-qa: Brookings expert Q&A with front matter;
  "Q:" questions unlabelled, each answer paragraph one quotation, the expert voicing some
  positions of her own and only describing others; a nested Blinken quotation.
- riigikogu-2022-01-19-security-situation-debate: Estonian Riigikogu verbatim record in
  unofficial translation (awkward English), speaker labels, chairman and MPs' questions
  unlabelled, minister and faction speeches, Ryabkov and Russia cited in passing.

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
L["washingtonpost-2022-01-27-us-answer-moscow-analysis"] = [
 ("For six weeks, Moscow has insisted that the crisis it manufactured on Ukraine's border could be defused with a single piece of paper.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("But Secretary of State Antony Blinken described its contents in broad strokes at the State Department on Wednesday afternoon, and the outline is clear enough: Washington is willing to talk about missiles, exercises and transparency, and it is not willing to tell Ukraine that it can never join NATO.", "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, D),
 ("But Secretary of State Antony Blinken described its contents in broad strokes at the State Department on Wednesday afternoon, and the outline is clear enough: Washington is willing to talk about missiles, exercises and transparency, and it is not willing to tell Ukraine that it can never join NATO.", "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But Secretary of State Antony Blinken described its contents in broad strokes at the State Department on Wednesday afternoon, and the outline is clear enough: Washington is willing to talk about missiles, exercises and transparency, and it is not willing to tell Ukraine that it can never join NATO.", "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("The principle that countries pick their own partners, he added, was one the United States would \"uphold\" no matter how many troops Russia massed.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov has repeatedly said that the core of the package is not negotiable, and that a promise made in a press conference would be worth nothing.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("ironclad, waterproof, bulletproof, legally binding — not assurances, not safeguards, guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("has to happen in an environment of de-escalation,", "united-states", 0, "A senior administration official", "russia-de-escalation", "supports", 1, ""),
 ("Secretary General Jens Stoltenberg said the alliance was prepared to restore its channels with Moscow, including military contacts, and to reopen the offices each side closed last year.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("but we cannot compromise on the core principles on which the security of our alliance, and of Europe, rests.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("What the U.S. has done is answer the questions Russia didn't ask,", "helen-varga-lindqvist", 1, "Helen Varga-Lindqvist", "", "", 1, ""),
 ("Moscow's demand is that the expansion stops, full stop, and in a treaty. Nobody in this administration is going to sign that, and nobody in the Senate would ratify it.", "helen-varga-lindqvist", 1, "Helen Varga-Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow's demand is that the expansion stops, full stop, and in a treaty. Nobody in this administration is going to sign that, and nobody in the Senate would ratify it.", "helen-varga-lindqvist", 1, "Helen Varga-Lindqvist", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow's demand is that the expansion stops, full stop, and in a treaty. Nobody in this administration is going to sign that, and nobody in the Senate would ratify it.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow's demand is that the expansion stops, full stop, and in a treaty. Nobody in this administration is going to sign that, and nobody in the Senate would ratify it.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Marcus Delacroix-Bell, a Russia scholar at Georgetown University, noted that Ryabkov himself has said missile deployments and drills were worth discussing.", "marcus-delacroix-bell", 1, "Marcus Delacroix-Bell", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Marcus Delacroix-Bell, a Russia scholar at Georgetown University, noted that Ryabkov himself has said missile deployments and drills were worth discussing.", "marcus-delacroix-bell", 1, "Marcus Delacroix-Bell", "limit-military-exercises", "mentions", 0, ""),
 ("It would be wrong to rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("no positive response on the main question,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, ""),
 ("no positive response on the main question,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("There are no decisions about Ukraine without Ukraine,", "dmytro-kuleba", 1, "he", "", "", 1, ""),
]

D = "2022-01-10"
L["sputnik-2022-01-10-ryabkov-geneva-nato-expansion"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the strategic stability dialogue with the United States in Geneva had been \"difficult, long, very professional,\" but that Washington had not yet offered Moscow what it needs on the key issue of NATO enlargement.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("According to the diplomat, the Russian side explained to the Americans in detail why Moscow wants the alliance's further eastward advance to stop, and why a verbal promise is not enough.", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 0, D),
 ("According to the diplomat, the Russian side explained to the Americans in detail why Moscow wants the alliance's further eastward advance to stop, and why a verbal promise is not enough.", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("He said Moscow did not see \"an understanding\" from Washington on non-expansion.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("no reason to fear some kind of escalation scenario.", "sergei-ryabkov", 1, "The deputy minister", "", "", 1, D),
 ("Asked about the American insistence that Russia pull back its forces from the Ukrainian border, Ryabkov said such demands were unacceptable.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We cannot accept that someone tells us where to keep our army within our own country,", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 1, D),
 ("At the same time, Ryabkov noted that Moscow was ready to discuss issues proposed by the US side, such as the deployment of intermediate-range missiles, but only as part of a package and not instead of the main Russian demands.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We will not allow our initiatives to be drowned,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("He recalled that Russia also wants NATO to return its military infrastructure to the positions of 1997, when the NATO-Russia Founding Act was signed.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("This is not something we invented at night,", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("It is a logical conclusion from everything that has happened in the last 25 years.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman also said the US was open to discussing the future of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, in line with proposals the Russian side had raised.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman also said the US was open to discussing the future of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, in line with proposals the Russian side had raised.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman also said the US was open to discussing the future of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, in line with proposals the Russian side had raised.", "russia", 0, "the Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Sherman also said the US was open to discussing the future of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, in line with proposals the Russian side had raised.", "russia", 0, "the Russian side", "limit-military-exercises", "supports", 0, ""),
 ("According to her, the talks can only make real progress in a climate of de-escalation rather than escalation.", "wendy-sherman", 1, "her", "russia-de-escalation", "supports", 0, D),
 ("The Americans want to split the Russian package into pieces: take what suits them, missiles and exercises, and leave the main thing, non-expansion of NATO, for later, which means never,", "vladimir-sotnikov-arbatov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans want to split the Russian package into pieces: take what suits them, missiles and exercises, and leave the main thing, non-expansion of NATO, for later, which means never,", "vladimir-sotnikov-arbatov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans want to split the Russian package into pieces: take what suits them, missiles and exercises, and leave the main thing, non-expansion of NATO, for later, which means never,", "vladimir-sotnikov-arbatov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("with a clear understanding of our interests", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
]

D = "2022-01-27"
Z = ("maria-zakharova", 1, "Maria Zakharova")
def z(ev, demand="", stance=""):
    return (ev,) + Z + (demand, stance, 1, D)
L["russian-mfa-2022-01-27-zakharova-briefing"] = [
 z("As you know, yesterday evening the US Ambassador to Russia John Sullivan handed over to Deputy Foreign Minister Alexander Grushko the written response of the American side to our draft treaty on security guarantees. The NATO response was also received."),
 z("These documents are now being studied in the relevant agencies. I would like to say right away that we will not be conducting the analysis through the media. But some preliminary things can already be said."),
 z("Our position has not changed. The key to everything is the non-expansion of NATO to the east and the non-deployment of strike weapons systems near the Russian borders. These are not wishes. These are the requirements that we formulated in the draft documents of December 17.", "nato-non-expansion", "supports"),
 z("Our position has not changed. The key to everything is the non-expansion of NATO to the east and the non-deployment of strike weapons systems near the Russian borders. These are not wishes. These are the requirements that we formulated in the draft documents of December 17.", "no-strike-weapons-near-borders", "supports"),
 z("We note that the American side asked that its response not be made public. We respect this. At the same time, we see that the content is already being discussed in the Western press, selectively and with leaks. This is the usual practice of our colleagues."),
 z("The Kiev regime continues to receive weapons from NATO countries. Dozens of flights with lethal cargo have arrived in recent days. At the same time, Western capitals demand that Russia withdraw its troops from its own territory. This is absurd. Where Russian units are located on Russian land is the business of the Russian Federation alone.", "russia-de-escalation", "rejects"),
 z("We have repeatedly said that NATO military development of Ukrainian territory, the training missions, the instructors, the joint exercises, all of this creates a direct threat to our security and must stop.", "no-military-activity-ex-soviet", "supports"),
 z("The Secretary of State has been saying this for many weeks. We have heard it. The so-called \"open door\" policy is not a principle of international law. It is a political slogan of the alliance.", "nato-open-door", "rejects"),
 z("Nobody has the right to strengthen their security at the expense of the security of others. This was signed by all OSCE heads of state in Istanbul in 1999 and in Astana in 2010. You cannot take half of the principle and forget the other half.", "nato-open-door", "rejects"),
 z("We have never refused to discuss these topics. By the way, it was Russia that proposed a moratorium on the deployment of intermediate-range missiles in Europe, and the West ignored it for years.", "no-intermediate-range-missiles", "supports"),
 z("We have never refused to discuss these topics. By the way, it was Russia that proposed a moratorium on the deployment of intermediate-range missiles in Europe, and the West ignored it for years.", "limit-military-exercises", "mentions"),
 z("But let me be clear. These are secondary issues. They cannot replace the main thing, which is a legally binding guarantee that the alliance will not move further.", "nato-non-expansion", "supports"),
 z("But let me be clear. These are secondary issues. They cannot replace the main thing, which is a legally binding guarantee that the alliance will not move further.", "written-legal-guarantees", "supports"),
 z("This slogan is interesting. When the Minsk agreements are being implemented, Kiev forgets about it."),
 z("I want to remind you who destroyed these channels. It was NATO that expelled our mission in Brussels last October. We are not the ones who closed the door.", "resume-military-dialogue", "mentions"),
 z("This is a question for the Kremlin. The President will study the documents and, I am sure, will say everything that he considers necessary."),
 z("Minister Lavrov has said that contacts will continue. A telephone conversation is possible in the coming days. I have nothing to announce now."),
]

D = "2022-01-13"
LUK = "We are talking about the non-enlargement of the alliance, about the non-deployment of weapons that threaten us, about returning to the configuration of 1997,"
TJ1 = "It is a demand that NATO becomes two-tier alliance, where some members are protected and some are only on paper,"
L["delfi-2022-01-13-osce-vienna-baltic-diplomats"] = [
 ("The risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The Russian envoy said that Moscow is not interested in talking only about exercises and confidence-building measures.", "alexander-lukashevich", 1, "The Russian envoy", "limit-military-exercises", "mentions", 0, D),
 ("According to him, the West must first agree that NATO will stop moving towards Russia's borders.", "alexander-lukashevich", 1, "him", "nato-non-expansion", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "rollback-to-1997", "supports", 1, D),
 ("and these three things are a package.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("and these three things are a package.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("and these three things are a package.", "alexander-lukashevich", 1, "Lukashevich", "rollback-to-1997", "supports", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("negotiate about the sovereign choices of third countries", "michael-carpenter", 1, "He", "nato-open-door", "supports", 1, D),
 ("Carpenter said Russia must de-escalate and pull back its forces from the border with Ukraine if it is serious about diplomacy.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("Lithuania's permanent representative to the OSCE, Ambassador Rasa Kavaliauskienė-Stonys, said in her intervention that the Baltic states will not accept any arrangement that would limit allied presence on their territory.", "rasa-kavaliauskiene-stonys", 1, "Rasa Kavaliauskienė-Stonys", "rollback-to-1997", "rejects", 0, D),
 ("The demand to withdraw allied troops from countries that joined NATO after 1997 is a demand to divide Europe again into zones of influence. Lithuania will never agree to it,", "rasa-kavaliauskiene-stonys", 1, "the diplomat", "rollback-to-1997", "rejects", 1, D),
 ("We remember what happens when big powers decide about small nations.", "rasa-kavaliauskiene-stonys", 1, "the diplomat", "", "", 1, D),
 ("She told Delfi after the session that NATO's battlegroup in Rukla is \"a guarantee, not a provocation.\"", "rasa-kavaliauskiene-stonys", 1, "She", "rollback-to-1997", "rejects", 0, D),
 ("cannot be the basis for negotiations", "eva-maria-liimets", 1, "Eva-Maria Liimets", "", "", 1, D),
 ("According to Liimets, the right of every country to choose its own security arrangements is not a topic for bargaining.", "eva-maria-liimets", 1, "Liimets", "nato-open-door", "supports", 0, D),
 ("Political scientist Tomas Jermalavičius-Kairys of the Vilnius Institute for Security Studies said that the Russian text on 1997 effectively means the departure of allied forces from the Baltics, Poland and Romania.", "tomas-jermalavicius-kairys", 1, "Tomas Jermalavičius-Kairys", "rollback-to-1997", "mentions", 0, ""),
 (TJ1, "tomas-jermalavicius-kairys", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("It is good that in Vienna everyone said it openly: no.", "tomas-jermalavicius-kairys", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("The Kremlin knows what the answer is. The question is what it does after the answer,", "tomas-jermalavicius-kairys", 1, "the analyst", "", "", 1, ""),
 ("Ukraine's representative at the OSCE, Yevhenii Tsymbaliuk, said that Kyiv counts on the support of partners and that Russia must withdraw its forces.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, D),
 ("Ukraine's path to NATO is written in our Constitution, and no one in Moscow can cross it out,", "yevhenii-tsymbaliuk", 1, "the ambassador", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine's path to NATO is written in our Constitution, and no one in Moscow can cross it out,", "yevhenii-tsymbaliuk", 1, "the ambassador", "nato-open-door", "supports", 1, D),
]

D = "2022-01-12"
S2 = "No one else has anything to say, and of course Russia does not have a veto on whether Ukraine can become a NATO member."
L["sky-news-2022-01-12-nato-russia-council-live"] = [
 ("It is absolutely necessary to stop the expansion of NATO. For us this is the key issue.", "alexander-grushko", 1, "Mr Grushko", "nato-non-expansion", "supports", 1, D),
 ("The Russian delegation also complained that NATO has not answered its demand that the alliance end all military activity in Ukraine, Georgia and the other former Soviet states.", "russia", 0, "The Russian delegation", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Russia's demand that NATO should not admit any new members is not acceptable,", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, D),
 ("Russia's demand that NATO should not admit any new members is not acceptable,", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (S2, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (S2, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He said the allies were ready to discuss arms control, including missiles, and transparency around exercises, and had proposed a series of meetings.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the allies were ready to discuss arms control, including missiles, and transparency around exercises, and had proposed a series of meetings.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Mr Stoltenberg also said NATO had called on Russia to \"immediately de-escalate\" and to withdraw its troops.", "jens-stoltenberg", 1, "Mr Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("We will not renounce our ability to protect and defend all allies, including allies in the eastern part of the alliance.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("One senior diplomat described the Russian presentation as \"a lecture on 1997,\" a reference to the Russian demand that the alliance pull its forces back to where they were before the first post-Cold War enlargement.", "nato", 0, "One senior diplomat", "rollback-to-1997", "mentions", 0, D),
 ("One senior diplomat described the Russian presentation as \"a lecture on 1997,\" a reference to the Russian demand that the alliance pull its forces back to where they were before the first post-Cold War enlargement.", "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
 ("The United Kingdom will not sign up to anything that tells sovereign nations who they may or may not ally with,", "ben-wallace", 1, "Mr Wallace", "nato-open-door", "supports", 1, D),
 ("Conservative MP Richard Hollis-Grant, who sits on the defence committee, asked whether Britain would consider reducing its presence in Estonia.", "richard-hollis-grant", 1, "Richard Hollis-Grant", "rollback-to-1997", "mentions", 0, D),
 ("No. Our troops in Estonia are there at the invitation of the Estonian government, and they are staying.", "ben-wallace", 1, "Mr Wallace", "rollback-to-1997", "rejects", 1, D),
 ("He said Russia would continue the dialogue, but repeated that the West had to give Moscow written guarantees rather than words.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("Russia is trying to make NATO's open door policy a subject of bargaining,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 ("This will not work.", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
]

D = "2022-01-21"
W = ("eleanor-whitcombe-nair", 1, "Whitcombe-Nair")
def w(ev, demand="", stance=""):
    return (ev,) + W + (demand, stance, 1, D)
A2 = "Not in the form he has asked for. What Russia wants is a treaty in which the United States promises that Ukraine and Georgia will never be admitted and that the alliance will take in nobody else to its east. No American administration can give that, both as a matter of principle and because the Senate would never ratify it."
A2b = "I would actually go further. I think it would be a mistake to give Moscow a veto over the choices of its neighbors, even informally, even through some kind of quiet moratorium. Every country in Europe has the right to decide its own alliances, and that right is what the post-1975 order in Europe is built on."
A2c = "There are things short of that. The honest truth is that Ukraine is not going to join NATO any time soon, and everybody in the room knows it. Some people in Washington think you could say that more clearly without closing the door. I'm skeptical the Russians would take it, because they have said again and again that they want legal commitments, not statements of fact."
A4 = "This is where there is real room. The Russian texts include limits on intermediate-range missiles, on heavy bombers and warships operating near each other's territory, and on large exercises close to borders. Some of these are genuinely negotiable on a reciprocal basis, and some echo ideas the U.S. itself has floated in the past."
L["brookings-2022-01-21-blinken-lavrov-geneva-qa"] = [
 w("Very little, except to keep talking, which in this situation is not nothing. Blinken said the meeting was \"not a negotiation, but a candid exchange of concerns and ideas.\" Lavrov described it as \"constructive and useful.\" Neither man pretended there had been movement on substance."),
 ("not a negotiation, but a candid exchange of concerns and ideas.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 w("The one concrete outcome is procedural. Washington will put its response in writing. That was something Moscow had pressed for from the beginning, and I think the administration concluded that refusing would hand the Kremlin a pretext."),
 w(A2, "no-ukraine-membership", "mentions"),
 w(A2, "nato-non-expansion", "mentions"),
 w(A2, "written-legal-guarantees", "mentions"),
 (A2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (A2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (A2, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 w(A2b, "nato-open-door", "supports"),
 w(A2b, "nato-non-expansion", "rejects"),
 w(A2c, "no-ukraine-membership", "mentions"),
 w(A2c, "written-legal-guarantees", "mentions"),
 (A2c, "russia", 0, "the Russians", "written-legal-guarantees", "supports", 0, ""),
 w("Officially, no. The administration says it will talk regardless. But Blinken was very clear today that if a single Russian unit crosses the border, there will be a \"swift, severe\" response, and the U.S. has said de-escalation is the environment in which progress is possible.", "russia-de-escalation", "mentions"),
 w("In my own view, the West is right to insist on a pullback. You cannot negotiate seriously with 100,000 troops pointed at the table.", "russia-de-escalation", "supports"),
 w(A4, "no-intermediate-range-missiles", "mentions"),
 w(A4, "no-warships-aircraft-in-strike-range", "mentions"),
 w(A4, "limit-military-exercises", "mentions"),
 w("Remember that the INF Treaty collapsed in 2019. Both sides have an interest in not seeing a new generation of ground-launched missiles in Europe. A reciprocal agreement there would be in America's interest, not a concession.", "no-intermediate-range-missiles", "supports"),
 w("I take it seriously as a signal of intent, not as a negotiating position. It would mean pulling allied forces out of Poland, the Baltic states, Romania, and so on. That is a non-starter, and Lavrov knows it.", "rollback-to-1997", "rejects"),
 w("The content of the written response, whether it leaks, and how Putin reacts. Lavrov is not the decision-maker here. I'd also watch the Belarus exercises in February, which will put Russian forces north of Kyiv."),
]

D = "2022-01-19"
def p(sp, name, ev, demand="", stance=""):
    return (ev, sp, 1, name, demand, stance, 1, D)
LI = ("eva-maria-liimets", "Eva-Maria Liimets")
R2 = "The Russian Federation handed to the United States on 15 December two documents, a treaty and an agreement, and published them two days later. In these documents Russia requires that NATO will not accept new members, that allies will not hold forces or weapons on the territory of states that joined after May 1997, and that the alliance does not conduct military activity in Ukraine, in the South Caucasus and in Central Asia."
R3 = "Let me say clearly what is the position of the Government of the Republic of Estonia. These demands are unacceptable to us. The presence of allied forces in Estonia is not a subject of negotiation between Russia and the United States, and it will not be a subject of negotiation between anyone."
R7 = "Thank you! Because this would mean to give Russia the right to decide the fate of the neighbour. If we give it for Ukraine today, tomorrow it will be asked for us. NATO does not sign such paper, and Estonia will not support such paper."
M2 = "What Moscow calls the security guarantees is in reality an ultimatum. Its aim is to push the line of NATO back to 1997 and to create again the grey zone between Russia and Europe, where Ukraine, Georgia and Moldova are left alone. The Foreign Affairs Committee is unanimous on this, we do not accept it."
K1 = "Respected chairman! The Russian side speaks about intermediate-range missiles as if it were the victim, but it was Russia who deployed the 9M729 and violated the INF Treaty. When Mr Ryabkov says in Geneva that Russia wants that no missiles of that class stand in Europe, we should remember who put them there first."
L["riigikogu-2022-01-19-security-situation-debate"] = [
 p(*LI, "Esteemed Chairman, honourable members of the Riigikogu!"),
 p(*LI, R2, "nato-non-expansion", "mentions"),
 p(*LI, R2, "rollback-to-1997", "mentions"),
 p(*LI, R2, "no-military-activity-ex-soviet", "mentions"),
 (R2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (R2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (R2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 p(*LI, R3, "nato-non-expansion", "rejects"),
 p(*LI, R3, "rollback-to-1997", "rejects"),
 p(*LI, R3, "no-military-activity-ex-soviet", "rejects"),
 p(*LI, "Also the principle that every state itself chooses its security arrangements is not negotiable. It was agreed in Helsinki in 1975 and in Paris in 1990, and Russia signed these documents also.", "nato-open-door", "supports"),
 p(*LI, "At the same time we support the dialogue of our allies with Russia in the questions of arms control and transparency, if it happens in reciprocal way. Russia must however first withdraw its forces from the Ukrainian border and stop the escalation which it itself has created. Thank you!", "russia-de-escalation", "supports"),
 p(*LI, "Thank you for the question! No, I do not see such danger. The United States and the allies have confirmed to us at all levels that there will be no decisions about Estonia without Estonia. About exercises, they can be discussed only on the basis of reciprocity and only if Russia also limits its very big exercises like Zapad.", "limit-military-exercises", "mentions"),
 p(*LI, R7, "no-ukraine-membership", "rejects"),
 p(*LI, R7, "nato-open-door", "supports"),
 p("marko-mihkelson", "Marko Mihkelson", M2, "rollback-to-1997", "rejects"),
 p("marko-mihkelson", "Marko Mihkelson", M2, "no-military-activity-ex-soviet", "rejects"),
 (M2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 p("marko-mihkelson", "Marko Mihkelson", "I was in Kyiv last week. Ukrainians do not ask us to fight for them. They ask that we do not trade their future. We must keep the door open and say it loud.", "nato-open-door", "supports"),
 p("tonis-koiv-saarepera", "Tõnis Kõiv-Saarepera", "Respected chairman, respected colleagues! Our faction supports the government position. I want to add one thing. It is also in Estonia's interest that the military lines of communication between NATO and Russia are restored, because in a crisis the biggest danger is the accident, the misunderstanding. Let there be talk between the generals, it costs nothing.", "resume-military-dialogue", "supports"),
 p("tonis-koiv-saarepera", "Tõnis Kõiv-Saarepera", "But this talk cannot be the price for which we give away our security."),
 p("leo-kunnas", "Leo Kunnas", K1, "no-intermediate-range-missiles", "mentions"),
 (K1, "sergei-ryabkov", 1, "Mr Ryabkov", "no-intermediate-range-missiles", "supports", 0, ""),
 (K1, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 p("leo-kunnas", "Leo Kunnas", "I do not believe in these talks. I believe in the allied battalion in Tapa and in our own reservists."),
]

write_gold(L, "articles-344", "gold-344")
