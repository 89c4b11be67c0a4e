#!/usr/bin/env python3
"""Writes the held-out gold of batch 278 (gold-278/*.nq) from the labels below.

Batch 278 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cnn-2022-01-09-blinken-state-of-the-union: CNN State of the Union rush
  transcript, host BASH / BLINKEN / SEN. ROB PORTMAN labels; the host's questions
  carry the demands while the answers only allude to them ("we've heard that").
- ft-2022-01-27-written-answers-analysis: Financial Times analysis of the 26 January
  written answers; standfirst, interrupted quotes, "the alliance's own reply",
  anonymous officials, analysts, Baker-Gorbachev background, Moscow's demands
  summarised in the journalists' own sentence.
- vedomosti-2022-01-11-ryabkov-geneva-deadlock: Vedomosti machine-translated, no front
  matter, « » quotes, awkward word order, "the diplomat", "Head of the Russian
  delegation", a "Read also" line, analysts who voice Moscow's demand in passing.
- lrt-2022-01-12-nato-russia-council-baltics: LRT English news story on the NATO-Russia
  Council seen from Vilnius; Stoltenberg, Grushko, Landsbergis, Anusauskas (quotation
  split by "he told reporters"), a "Read more" line, Founding Act background.
- senate-2022-01-20-sfrc-european-security-hearing: US Senate Foreign Relations hearing
  transcript (UTF-8 BOM, CRLF); "The CHAIRMAN." / "Dr. DONFRIED." labels, senators'
  questions that name the demands, answers that reject them without naming them.
- kremlin-2022-02-01-putin-orban-news-conference: Kremlin transcript of Putin's news
  conference with Orban; journalists' questions with outlet in brackets, Putin
  listing three demands in one sentence, 1990 history told by Putin himself.
- politico-eu-2022-01-14-brussels-playbook-vienna: Politico Europe Brussels Playbook
  newsletter; capitalised run-in crossheads, the OSCE meeting in Vienna, anonymous
  EU diplomat, a reminder paragraph listing Moscow's draft demands, birthdays.

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

Batch-specific choices: in the hearing transcript the chairman's procedural lines and all
senators' questions are treated as the host's and get no label; opening statements and
senators' own remarks do. Anonymous officials speak for their side (united-states,
european-union).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-09"
L["cnn-2022-01-09-blinken-state-of-the-union"] = [
 ("Good morning, Dana. Thanks for having me.", "antony-blinken", 1, "ANTONY BLINKEN", "", "", 1, D),
 ("Look, some of what Russia has put out there is simply a non-starter. We're not going to tell Ukraine or any other country whose door it can knock on. That's a decision for Ukraine and for the 30 NATO allies, not for Moscow.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, D),
 ("Look, some of what Russia has put out there is simply a non-starter. We're not going to tell Ukraine or any other country whose door it can knock on. That's a decision for Ukraine and for the 30 NATO allies, not for Moscow.", "antony-blinken", 1, "BLINKEN", "nato-non-expansion", "rejects", 1, D),
 ("Look, some of what Russia has put out there is simply a non-starter. We're not going to tell Ukraine or any other country whose door it can knock on. That's a decision for Ukraine and for the 30 NATO allies, not for Moscow.", "antony-blinken", 1, "BLINKEN", "no-ukraine-membership", "rejects", 1, D),
 ("And I think the Russians know that. They put forward proposals they know we can't accept, and that raises the question of whether they're actually serious about diplomacy or whether they're building a pretext.", "antony-blinken", 1, "BLINKEN", "", "", 1, D),
 ("I don't think we're going to see breakthroughs this week. What we can do is test whether there's a path. It's very hard to see actual progress in an atmosphere of escalation with a gun to Ukraine's head. If Russia wants diplomacy to work, it needs to pull those forces back, it needs to de-escalate.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, D),
 ("That's certainly possible. We've seen that playbook before. But we're going to be there in good faith, and there are areas where there could be real progress if Russia is serious.", "antony-blinken", 1, "BLINKEN", "", "", 1, D),
 ("For example, the placement of missiles in Europe. The INF Treaty is gone; Russia violated it. We're prepared to talk about reciprocal limits on where those systems could be deployed. Same thing with the size and scope of exercises, on both sides, and more transparency around them. Those are things that would actually increase security for everyone, including Russia.", "antony-blinken", 1, "BLINKEN", "no-intermediate-range-missiles", "mentions", 1, D),
 ("For example, the placement of missiles in Europe. The INF Treaty is gone; Russia violated it. We're prepared to talk about reciprocal limits on where those systems could be deployed. Same thing with the size and scope of exercises, on both sides, and more transparency around them. Those are things that would actually increase security for everyone, including Russia.", "antony-blinken", 1, "BLINKEN", "limit-military-exercises", "mentions", 1, D),
 ("Reciprocal meaning that whatever we do, Russia does too. We're not going to make unilateral concessions, and we're not going to negotiate about forces that are on allied territory at the request of our allies. The idea that we'd go back to some line on the map from 1997 and withdraw from countries that are sovereign members of NATO, that's not something we're going to entertain.", "antony-blinken", 1, "BLINKEN", "rollback-to-1997", "rejects", 1, D),
 ("Well, we've heard that. What I'd say is, this isn't going to be done on an artificial timeline with Russia setting the deadlines. Real arms control takes time. We've done it before in the Cold War and after, and it's possible to do it again, but not with a gun on the table.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "mentions", 1, D),
 ("We've been very clear, and so have our European partners. There will be massive consequences, consequences that Russia has not seen before. Financial, economic, export controls, and NATO will reinforce its eastern flank. Ironically, the very thing President Putin says he wants to avoid, a stronger NATO presence closer to Russia, is exactly what he'll get.", "antony-blinken", 1, "BLINKEN", "", "", 1, D),
 ("And we agree completely. Nothing about Ukraine without Ukraine, nothing about Europe without Europe. I talked to Foreign Minister Kuleba again yesterday. We're coordinating every step of the way.", "antony-blinken", 1, "BLINKEN", "", "", 1, D),
 ("I think talking is fine, Dana, but I worry about what we signal. The Russians are asking us to abandon our partners, and Ukraine's right to choose its own alliances is not something that should even come up in Geneva.", "rob-portman", 1, "SEN. ROB PORTMAN", "nato-open-door", "supports", 1, D),
 ("We should be sending defensive weapons now, before anything happens, not after. That's the best way to make diplomacy work.", "rob-portman", 1, "SEN. ROB PORTMAN", "", "", 1, D),
]

W = "2022-01-26"
T = "2022-01-27"
MOSCOW_CORE = "The core of Moscow's December proposals was a legally binding pledge that the alliance would stop growing, in particular that Ukraine and Georgia would never be admitted, and that Nato would pull its forces back to where they stood in 1997, before the first post-cold war wave of enlargement."
US_LETTER = "According to people familiar with the text, the US letter offers talks on reciprocal transparency measures over offensive missile systems in Europe, including a possible mechanism to verify the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, in exchange for Russian access to two of its own bases."
US_LETTER2 = "It also proposes reciprocal limits on the scale of exercises near each other's borders and a revival of military-to-military channels that have been frozen for years."
BELYAEV = "Putin said from the start he wanted guarantees on paper,"
L["ft-2022-01-27-written-answers-analysis"] = [
 ("There is no change; there will be no change", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("The alliance's own reply, sent in parallel, said the same thing in more bureaucratic prose.", "nato", 0, "The alliance's own reply", "nato-open-door", "supports", 0, W),
 (MOSCOW_CORE, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MOSCOW_CORE, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (MOSCOW_CORE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MOSCOW_CORE, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We cannot compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, ""),
 (US_LETTER, "united-states", 0, "the US letter", "no-intermediate-range-missiles", "mentions", 0, W),
 (US_LETTER2, "united-states", 0, "It", "limit-military-exercises", "mentions", 0, W),
 (US_LETTER2, "united-states", 0, "It", "resume-military-dialogue", "supports", 0, W),
 ("We have put on the table a series of proposals that, if Russia engages, would genuinely make everyone safer,", "united-states", 0, "a senior administration official", "", "", 1, ""),
 ("there are no grounds to say that our concerns have been taken into account", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, T),
 ("a reaction that allows us to count on the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, ""),
 ("That main question, in Lavrov's telling, is enlargement.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, ""),
 ("What the Russians want is a sphere of influence certified in international law, and that is the one thing no American administration can sign,", "fiona-maddox-rhee", 1, "Fiona Maddox-Rhee", "", "", 1, ""),
 ("What the Americans are offering is a return to arms control, which is valuable, but it answers a question Moscow did not ask.", "fiona-maddox-rhee", 1, "Fiona Maddox-Rhee", "", "", 1, ""),
 ("Konstantin Belyaev, a former Russian diplomat now at the Carnegie Moscow Center, argued that the Kremlin could present limits on missiles and drills as a win at home.", "konstantin-belyaev", 1, "Konstantin Belyaev", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Konstantin Belyaev, a former Russian diplomat now at the Carnegie Moscow Center, argued that the Kremlin could present limits on missiles and drills as a win at home.", "konstantin-belyaev", 1, "Konstantin Belyaev", "limit-military-exercises", "mentions", 0, ""),
 (BELYAEV, "konstantin-belyaev", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (BELYAEV, "russia", 0, "Putin", "written-legal-guarantees", "supports", 1, ""),
 ("Now he has paper. It may not be the paper he asked for, but it is more than Moscow had in November.", "konstantin-belyaev", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Dmytro Kuleba, Ukraine's foreign minister, said he had seen the US answer before it was sent and had \"no objections\", and welcomed the fact that Washington had held firm on membership questions.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 ("Diplomacy is still possible, but only if Russia steps back,", "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 1, ""),
]

M = "2022-01-10"
GUAR = "According to him, the Russian side demanded not promises but «ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees»."
BUCH = "We told them that the decisions of the Bucharest summit of 2008 must be disavowed, that the formula that Ukraine and Georgia will become members of NATO must be removed"
TROOPS = "At the same time, he noted that the request of the American side to return troops to places of permanent deployment was rejected: Russia moves its forces on its own territory as it sees fit."
SHERMAN_MX = "At the same time, the American side is ready to discuss with Moscow the deployment of missiles in Europe and the parameters of exercises on a reciprocal basis, Sherman said."
BASIS = "Ryabkov called these ideas «a good basis», but noted that they are secondary for Moscow."
STRIKE = "Head of the Russian delegation also confirmed that Moscow insists on the refusal of NATO to deploy strike weapon systems in the territories of countries bordering Russia."
SUSLOV = "The Americans want to reduce everything to the missiles and exercises, and Moscow - to receive a written guarantee about the alliance borders. These are two different conversations"
L["vedomosti-2022-01-11-ryabkov-geneva-deadlock"] = [
 ("For us, it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, M),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 1, M),
 (GUAR, "russia", 0, "the Russian side", "written-legal-guarantees", "supports", 0, M),
 ("The diplomat stressed that the American side took the Russian proposals «seriously» and studied them in depth, but on the main issue - the non-expansion of the alliance - no understanding was found.", "sergei-ryabkov", 1, "The diplomat", "nato-non-expansion", "supports", 0, M),
 (BUCH, "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, M),
 (BUCH, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, M),
 ("According to the deputy minister, Russia has no plans to attack Ukraine, and the movements of troops on its own territory are not a subject of negotiations.", "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 0, M),
 ("There is no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "the diplomat", "", "", 1, M),
 (TROOPS, "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, M),
 (TROOPS, "united-states", 0, "the American side", "russia-de-escalation", "supports", 0, M),
 ("firmly pushed back against security proposals that are simply non-starters", "wendy-sherman", 1, "Sherman", "", "", 1, M),
 ("She said that Washington will not allow anyone to slam closed NATO's open door policy, and that the question of membership is decided by Ukraine and the allies.", "wendy-sherman", 1, "She", "nato-open-door", "supports", 0, M),
 (SHERMAN_MX, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, M),
 (SHERMAN_MX, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, M),
 (BASIS, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, M),
 (BASIS, "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 0, M),
 ("Without a solution to the question of non-expansion, everything else loses meaning", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, M),
 ("In his words, the issue of medium and shorter range missiles Russia raised already in 2019, when it proposed a moratorium on their deployment in Europe, but then did not receive answer.", "sergei-ryabkov", 1, "his", "no-intermediate-range-missiles", "supports", 0, M),
 (STRIKE, "sergei-ryabkov", 1, "Head of the Russian delegation", "no-strike-weapons-near-borders", "supports", 0, M),
 (STRIKE, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, M),
 ("We are talking about things which for us are vital, this is not a menu from which one can choose", "sergei-ryabkov", 1, "the diplomat", "", "", 1, M),
 (SUSLOV, "dmitry-suslov", 1, "Suslov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (SUSLOV, "dmitry-suslov", 1, "Suslov", "limit-military-exercises", "mentions", 1, ""),
 (SUSLOV, "dmitry-suslov", 1, "Suslov", "written-legal-guarantees", "mentions", 1, ""),
 (SUSLOV, "dmitry-suslov", 1, "Suslov", "nato-non-expansion", "mentions", 1, ""),
 (SUSLOV, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 (SUSLOV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 ("Nobody will sign anything in January. The question is whether the sides will continue to talk at all", "viktor-zlobin", 1, "he", "", "", 1, ""),
 ("I do not see that in the near future there will be grounds for new meeting in this format, if the Americans will not show flexibility", "sergei-ryabkov", 1, "he", "", "", 1, M),
 ("to wait for the results of the whole series", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, M),
]

X = "2022-01-12"
NATO_OFFER = "According to the alliance, NATO proposed a series of meetings on arms control, including on missile deployments, greater transparency over military exercises and risk-reduction, as well as reopening the offices in Moscow and Brussels that were closed last year."
YALTA = "The minister said Russia's demand that NATO withdraw forces from member states that joined after 1997 amounted to a call for \"a new Yalta\" in which larger powers decide the fate of smaller ones."
PACKAGE = "For the Kremlin, the package is a package. If it cannot get a legally binding promise that NATO stops growing, it will say the talks failed,"
L["lrt-2022-01-12-nato-russia-council-baltics"] = [
 ("Stoltenberg told reporters after the first NATO-Russia Council meeting in more than two years that allies had \"reaffirmed\" that each country has the right to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, X),
 ("NATO allies will not compromise on core principles: the right for each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, X),
 ("He added that the alliance would not give up its ability to protect and defend its members, including with a presence in the eastern part of the alliance.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, X),
 ("We will not end up in a situation where we have second-class NATO members, where NATO as an alliance is not allowed to protect them in the same way as we protect other allies,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, X),
 ("Grushko said that NATO's refusal to stop its eastward enlargement was \"a direct threat\" to Russian security, and that if the alliance continued to \"contain\" Russia, Moscow would respond in kind.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, X),
 ("If there's a threat, we will counter it,", "alexander-grushko", 1, "he", "", "", 1, X),
 (NATO_OFFER, "nato", 0, "the alliance", "no-intermediate-range-missiles", "mentions", 0, X),
 (NATO_OFFER, "nato", 0, "the alliance", "limit-military-exercises", "mentions", 0, X),
 ("Russia was hoping to split us, and it failed. No one in Brussels was ready to discuss turning the clock back to 1997 and pulling allied troops out of the Baltic states,", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, X),
 (YALTA, "gabrielius-landsbergis", 1, "The minister", "rollback-to-1997", "rejects", 0, X),
 (YALTA, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Landsbergis also said that Moscow should start by pulling its troops away from Ukraine's border if it was serious about talks.", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 0, X),
 ("Lithuania's Defence Minister Arvydas Anušauskas said the enhanced Forward Presence battlegroup, led by Germany, would remain in Rukla.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "rollback-to-1997", "rejects", 0, X),
 ("The battlegroup is here at our invitation, and it will stay here as long as we need it,", "arvydas-anusauskas", 1, "he", "rollback-to-1997", "rejects", 1, X),
 ("We are not going to let anyone in Moscow decide what forces are stationed in Lithuania.", "arvydas-anusauskas", 1, "he", "rollback-to-1997", "rejects", 1, X),
 ("Moscow put maximalist demands on the table knowing they would be refused. The question now is whether the Kremlin uses this refusal as a pretext,", "linas-kojala", 1, "Kojala", "", "", 1, X),
 ("In his view, the West's offer to talk about missiles and exercise transparency is serious, but Moscow has made clear that these are secondary.", "linas-kojala", 1, "his", "no-intermediate-range-missiles", "mentions", 0, X),
 ("In his view, the West's offer to talk about missiles and exercise transparency is serious, but Moscow has made clear that these are secondary.", "linas-kojala", 1, "his", "limit-military-exercises", "mentions", 0, X),
 (PACKAGE, "linas-kojala", 1, "he", "nato-non-expansion", "mentions", 1, X),
 (PACKAGE, "linas-kojala", 1, "he", "written-legal-guarantees", "mentions", 1, X),
 (PACKAGE, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 1, ""),
 (PACKAGE, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 1, ""),
 ("Negotiating under threat only encourages more threats.", "kaja-kallas", 1, "she", "", "", 1, X),
 ("Also on Wednesday, US Deputy Secretary of State Wendy Sherman, who led the US delegation in Brussels, said that Russia faced a stark choice between de-escalation and diplomacy on the one hand and confrontation on the other.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, X),
]

S = "2022-01-20"
MEN = "Last month, the Kremlin published two documents it called draft treaties. In them, Moscow asks the United States to promise that NATO will never admit Ukraine, to withdraw allied forces from every country that joined the alliance after 1997, and to stop military cooperation with the countries of the former Soviet Union. These are not proposals. They are ultimatums."
RISCH = "Thank you, Mr. Chairman. I share your view of these so-called treaties. But I am concerned that in Geneva the administration offered to talk about limits on our own missile deployments and exercises in Europe while 100,000 Russian troops sit on Ukraine's border. We should not be rewarding this kind of behavior with concessions."
RECIP = "Let me address Senator Risch's concern directly. Nothing we put on the table in Geneva is unilateral. If we discuss the placement of intermediate-range missiles in Europe, it is on the basis of reciprocity, and it would constrain Russian systems that already threaten our allies. The same goes for exercises."
ENL = "No, Mr. Chairman. We will not be making commitments on enlargement. Decisions about membership are between NATO and the aspirant countries."
L["senate-2022-01-20-sfrc-european-security-hearing"] = [
 (MEN, "robert-menendez", 1, "The CHAIRMAN", "no-ukraine-membership", "rejects", 1, S),
 (MEN, "robert-menendez", 1, "The CHAIRMAN", "rollback-to-1997", "rejects", 1, S),
 (MEN, "robert-menendez", 1, "The CHAIRMAN", "no-military-activity-ex-soviet", "rejects", 1, S),
 (MEN, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 (MEN, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (MEN, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("Let me be clear: the United States will not negotiate the sovereignty of Ukraine over the heads of Ukrainians, and no one in Moscow gets a veto over who joins NATO.", "robert-menendez", 1, "The CHAIRMAN", "nato-open-door", "supports", 1, S),
 (RISCH, "james-risch", 1, "Senator RISCH", "no-intermediate-range-missiles", "rejects", 1, S),
 (RISCH, "james-risch", 1, "Senator RISCH", "limit-military-exercises", "rejects", 1, S),
 ("Chairman Menendez, Ranking Member Risch, members of the committee, thank you for the opportunity to testify.", "karen-donfried", 1, "Dr. DONFRIED", "", "", 1, S),
 ("Last week, we engaged Russia in three formats: the Strategic Stability Dialogue in Geneva, the NATO-Russia Council in Brussels, and the OSCE Permanent Council in Vienna. In each, we and our allies delivered the same message. We are prepared to discuss reciprocal steps that address legitimate concerns of both sides, but we will not compromise on fundamental principles.", "karen-donfried", 1, "Dr. DONFRIED", "", "", 1, S),
 ("Chief among them is that every country has the sovereign right to choose its own alliances. NATO's door remains open, and that is not up for negotiation with Russia.", "karen-donfried", 1, "Dr. DONFRIED", "nato-open-door", "supports", 1, S),
 (RECIP, "karen-donfried", 1, "Dr. DONFRIED", "no-intermediate-range-missiles", "mentions", 1, S),
 (RECIP, "karen-donfried", 1, "Dr. DONFRIED", "limit-military-exercises", "mentions", 1, S),
 ("Finally, the most important step Russia can take right now is to de-escalate. Pull back the forces from Ukraine's borders. Diplomacy cannot succeed under these conditions.", "karen-donfried", 1, "Dr. DONFRIED", "russia-de-escalation", "supports", 1, S),
 (ENL, "karen-donfried", 1, "Dr. DONFRIED", "nato-non-expansion", "rejects", 1, S),
 (ENL, "karen-donfried", 1, "Dr. DONFRIED", "nato-open-door", "supports", 1, S),
 ("We will be responding in writing, because the Russians asked for a written response and we think it is useful to set out clearly where there are opportunities. But the content is what matters, not the format.", "karen-donfried", 1, "Dr. DONFRIED", "", "", 1, S),
 ("That is one reading, Senator, and it is one of the reasons we have said parts of the Russian drafts are simply non-starters. We are not going to accept restrictions that would prevent us from operating in international waters and airspace or from meeting our commitments to allies.", "karen-donfried", 1, "Dr. DONFRIED", "no-warships-aircraft-in-strike-range", "rejects", 1, S),
 ("That said, we are open to discussing incident-prevention measures and risk reduction, as we did with the Soviet Union in the 1972 Incidents at Sea Agreement.", "karen-donfried", 1, "Dr. DONFRIED", "", "", 1, S),
 ("We will continue to provide Ukraine with security assistance. We have delivered more this past year than in any previous year.", "karen-donfried", 1, "Dr. DONFRIED", "no-military-activity-ex-soviet", "rejects", 1, S),
 ("Yes, Senator. We have been consulting very closely with Kyiv and with our allies. Nothing about Ukraine without Ukraine.", "karen-donfried", 1, "Dr. DONFRIED", "", "", 1, S),
 ("Senator, there was never any such promise in any treaty or agreement. And whatever was said in 1990, the countries of Central and Eastern Europe made their own choices. They were sovereign decisions.", "karen-donfried", 1, "Dr. DONFRIED", "nato-open-door", "supports", 1, S),
 ("I agree. I would just say that we should be willing to restore the channels between our militaries. Those have atrophied, and that is dangerous.", "chris-murphy", 1, "Senator MURPHY", "resume-military-dialogue", "supports", 1, S),
 ("We agree, Senator. We have suggested that military-to-military lines of communication be reestablished, including through the NATO-Russia Council.", "karen-donfried", 1, "Dr. DONFRIED", "resume-military-dialogue", "supports", 1, S),
]

P = "2022-02-01"
THREE = "We did not see adequate consideration of our three key demands regarding preventing NATO expansion, refusing to deploy strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
SECOND = "There are some ideas in the replies that we are prepared to discuss, regarding intermediate-range missiles, transparency of exercises and some other things. By the way, we proposed many of them ourselves, long ago, and the Americans did not react at the time."
ADD = "If I may add. We are not the ones who are moving toward the borders of NATO. It is NATO that has come to our borders, with its infrastructure, and is now discussing the possibility of taking in Ukraine. Our position on this is well known: this is unacceptable to us."
L["kremlin-2022-02-01-putin-orban-news-conference"] = [
 ("We have held substantive talks with the Prime Minister of Hungary. We discussed trade, energy, including gas supplies under the long-term contract, and the construction of the Paks-2 nuclear power plant.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, P),
 ("Of course, we also discussed the situation in Europe, including in the context of our proposals on security guarantees.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, P),
 ("We have carefully studied the responses we received from the United States and NATO on 26 January. It is already clear, I told the Prime Minister this as well, that Russia's fundamental concerns were ignored.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, P),
 (THREE, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, P),
 (THREE, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, P),
 (THREE, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, P),
 ("They keep telling us about the open door policy, that every state is free to choose its own way of ensuring security. But this is only one half of the formula. The other half is that no one can strengthen their security at the expense of the security of other states. This is written in the Istanbul and Astana documents of the OSCE, which were signed by all, including the United States.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, P),
 ("Imagine that Ukraine is a NATO member and starts a military operation to return Crimea. What then? Are we supposed to fight with the NATO bloc? Has anyone given at least some thought to this? Apparently not.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, P),
 (SECOND, "vladimir-putin", 1, "Vladimir Putin", "no-intermediate-range-missiles", "supports", 1, P),
 (SECOND, "vladimir-putin", 1, "Vladimir Putin", "limit-military-exercises", "supports", 1, P),
 ("But we are talking about secondary issues. These are important things, but they do not replace the main thing. We need guarantees, and they must be legally binding, because all the verbal assurances we were given before turned out to be worth nothing.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, P),
 ("In 1990, when the question of German unification was being discussed, the Americans told the Soviet leadership that NATO would not expand an inch to the east. And then there were five waves of expansion. They simply deceived us.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, P),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy. We will continue to study the responses, and we will continue the dialogue.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, P),
 ("The Foreign Ministry will prepare our response, Mr Lavrov is working on this.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, P),
 ("I came here on a peace mission, as we say. Hungary is a member of NATO and the European Union, and I think that the differences between Russia and the West are not unbridgeable. It is possible to make an agreement that guarantees peace and also the security of Russia, which is acceptable for NATO members as well.", "viktor-orban", 1, "Viktor Orban", "", "", 1, P),
 ("We Hungarians do not want a new Cold War. We have bad memories of the last one. We are interested in cooperation, in energy, in trade, and I said this to the President as well.", "viktor-orban", 1, "Viktor Orban", "", "", 1, P),
 ("Hungary will always be together with the European Union and NATO. But I told my colleagues in Brussels that sanctions have not so far brought results, and that diplomacy is the better path.", "viktor-orban", 1, "Viktor Orban", "", "", 1, P),
 (ADD, "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, P),
 (ADD, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, P),
]

H = "2022-01-13"
CARP = "Asked whether Washington could accept Moscow's call for a halt to NATO enlargement, he was categorical: \"We're not going to be flexible on that. That's simply a non-starter.\""
REMIND = "For readers who joined late, the two Russian drafts published on December 17 ask, among other things, for NATO to forswear any further enlargement and to pull back to its 1997 footprint, and for the U.S. to keep its intermediate-range missiles out of range of Russian territory."
BOR = "He also insisted that the bloc would not accept a world of \"spheres of influence\", and that \"any discussion about European security must include the Europeans.\""
L["politico-eu-2022-01-14-brussels-playbook-vienna"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, H),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, H),
 ("We're not going to be flexible on that. That's simply a non-starter.", "michael-carpenter", 1, "he", "nato-non-expansion", "rejects", 1, H),
 (CARP, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "he", "", "", 1, H),
 ("If Russia were to move in that direction, we would deal with it decisively,", "jake-sullivan", 1, "he", "", "", 1, ""),
 (BOR, "josep-borrell", 1, "He", "nato-open-door", "supports", 0, H),
 ("any discussion about European security must include the Europeans.", "josep-borrell", 1, "He", "", "", 1, H),
 ("The Americans have been good at briefing us. But briefing is not the same as being at the table.", "european-union", 0, "A senior EU diplomat", "", "", 1, ""),
 ("Putin is not asking for a seat for us. He is asking the Americans to hand him half of Europe,", "rasa-jukneviciene", 1, "she", "", "", 1, ""),
 ("Our job is to make sure that never happens.", "rasa-jukneviciene", 1, "she", "", "", 1, ""),
 (REMIND, "russia", 0, "the two Russian drafts", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (REMIND, "russia", 0, "the two Russian drafts", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (REMIND, "russia", 0, "the two Russian drafts", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("These texts were written to be rejected,", "kadri-liik", 1, "Kadri Liik", "", "", 1, ""),
 ("The question is what Moscow does after they are.", "kadri-liik", 1, "Kadri Liik", "", "", 1, ""),
 ("Ukrainian Foreign Minister Dmytro Kuleba spoke with Borrell on Thursday and, according to Kyiv's readout, urged the EU to \"stand firm\" and to make clear that Russia must pull its troops back from the border.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, H),
]

write_gold(L, "articles-278", "gold-278")
