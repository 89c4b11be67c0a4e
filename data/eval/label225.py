#!/usr/bin/env python3
"""Writes the held-out gold of batch 225 (gold-225/*.nq) from the labels below.

Batch 225 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- postimees-2022-01-13-liimets-allies-will-not-trade-estonia-security: Postimees
  (English) report with front matter, byline block, caption and "Read also" lines; the
  1997 clause named many ways, two officials in one sentence, Kallas quoted from Twitter,
  an analyst whose quotation attributes the demand to Moscow in passing.
- bta-2022-01-21-bulgaria-rejects-moscow-1997-configuration: BTA wire, no front matter,
  UTF-8 BOM and CRLF line ends, "Sofia, January 21 (BTA) -" dateline, ministries
  speaking, a background paragraph on the drafts, Lavrov in Geneva in a second strand.
- n1-2022-01-10-geneva-ryabkov-sherman-serbia-watches: N1 (Serbia) English report with
  curly quotes and nested single quotes, capitalised crossheads, a short quoted fragment,
  Serbian analyst and MPs, a question put to an MP that names a Russian demand.
- riksdagen-2022-01-18-interpellation-russian-demands-swedish-security: extract of the
  Riksdag record in English, "Anf. N NAME (party):" labels; each paragraph is one
  quotation; "Mr Speaker!" lines; an MP asking a question in debate (mentions).
- fiia-2022-01-28-written-answers-agenda-without-the-main-demand: FIIA Comment by an
  invented researcher with front matter, summary and crossheads, ” … ” Finnish-style
  quotation marks; author's own analysis unlabelled, her reports of Moscow labelled.
- globaltimes-2022-01-27-wang-yi-blinken-call-legitimate-security-concerns: Global Times
  report with front matter; Wang Yi's "legitimate security concerns" (no demand),
  readouts, Zhao Lijian, Chinese experts, the 1990 "one inch" background.
- twitter-2022-01-26-whitcombe-thread-written-answers: X/Twitter thread by an invented
  journalist, numbered posts with time stamps, no front matter; terse quotations,
  a background briefing by a State Department official, a reply at the end.

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

Writer's notes: Russia's in-passing labels are direct 0 (the words are not Russia's own).
Analysts quoted without a day ("told N1", "said") are undated.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-13"
L["postimees-2022-01-13-liimets-allies-will-not-trade-estonia-security"] = [
 ("Foreign Minister Eva-Maria Liimets (Centre) told Postimees on Thursday that the first sitting of the NATO-Russia Council in more than two years had shown the allies standing together, and that Estonia saw no room for any arrangement that would send allied troops home from the Baltic states.",
  "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, D),
 ("Nobody in Brussels is going to sign a paper that sends allied soldiers home from Estonia and turns us into a second-class member of the alliance,",
  "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, D),
 ("The battlegroup in Tapa is here because of what Russia did in Crimea and Donbas in 2014, and it stays.",
  "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, D),
 ("In its draft agreement with NATO, published on 17 December, Moscow demanded that the allies station no troops or weapons on the territory of states that were not members in May 1997 beyond what was already there at the time.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("At the council in Brussels on Wednesday, Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin repeated that demand across the table.",
  "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("At the council in Brussels on Wednesday, Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin repeated that demand across the table.",
  "alexander-fomin", 1, "Alexander Fomin", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg told reporters afterwards that the allies were prepared to talk about arms control, about missile deployments and about more transparency around exercises, but that the alliance would not reopen the question of its forces in the east.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg told reporters afterwards that the allies were prepared to talk about arms control, about missile deployments and about more transparency around exercises, but that the alliance would not reopen the question of its forces in the east.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg told reporters afterwards that the allies were prepared to talk about arms control, about missile deployments and about more transparency around exercises, but that the alliance would not reopen the question of its forces in the east.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia,",
  "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.",
  "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Liimets said Estonia had no objection to Washington and Moscow discussing where intermediate-range missiles may or may not be placed, as long as the Baltic capitals were consulted before anything was agreed.",
  "eva-maria-liimets", 1, "Liimets", "no-intermediate-range-missiles", "mentions", 0, D),
 ("It is not for Moscow to tell a sovereign country which door it may knock on. Estonia knocked on that door in the nineties, and we were told yes,",
  "eva-maria-liimets", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("It is not for Moscow to tell a sovereign country which door it may knock on. Estonia knocked on that door in the nineties, and we were told yes,",
  "eva-maria-liimets", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("Russia does not get a veto over who joins NATO. The door stays open, full stop.",
  "kaja-kallas", 1, "Kaja Kallas", "nato-open-door", "supports", 1, "2022-01-12"),
 ("A day after the meeting, Grushko told Russian journalists in Moscow that NATO had again refused to give Russia a firm commitment that it would stop moving east.",
  "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("We are not going to sit for years waiting for an answer. Either there is an answer that suits us, or there will be a response of a different kind,",
  "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("Defence Minister Kalle Laanet (Reform) said on Thursday that Estonia expected its allies to send more troops to the region, not fewer, and that Russia's call for a return to the configuration of 1997 had been written in order to be rejected.",
  "kalle-laanet", 1, "Kalle Laanet", "rollback-to-1997", "rejects", 0, D),
 ("Defence Minister Kalle Laanet (Reform) said on Thursday that Estonia expected its allies to send more troops to the region, not fewer, and that Russia's call for a return to the configuration of 1997 had been written in order to be rejected.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia's ambassador to the organisation, Alexander Lukashevich, told the council that Russia wanted a treaty, not declarations.",
  "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("We need legal guarantees, on paper and binding, and not another set of promises that will be forgotten the moment it becomes convenient,",
  "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, D),
 ("The US ambassador to the OSCE, Michael Carpenter, told reporters after the meeting that the drumbeat of war was \"sounding loud\" and that the United States would keep pressing Russia to pull its forces back from Ukraine's borders.",
  "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, D),
 ("What Moscow is asking for is that allied troops leave the Baltic countries and Poland. It is written right there in the 1997 clause,",
  "tonis-kask", 1, "Tõnis Kask", "rollback-to-1997", "mentions", 1, ""),
 ("What Moscow is asking for is that allied troops leave the Baltic countries and Poland. It is written right there in the 1997 clause,",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We should be relaxed about talking on exercises and on missiles. That is where a real negotiation could happen, and Estonia loses nothing there,",
  "tonis-kask", 1, "Kask", "limit-military-exercises", "mentions", 1, ""),
 ("We should be relaxed about talking on exercises and on missiles. That is where a real negotiation could happen, and Estonia loses nothing there,",
  "tonis-kask", 1, "Kask", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Committee chairman Marko Mihkelson (Reform) said on Thursday that he expected the government to make clear in Brussels that Estonia would oppose any reduction of the allied presence, \"even a symbolic one.\"",
  "marko-mihkelson", 1, "Marko Mihkelson", "rollback-to-1997", "rejects", 0, D),
]

D = "2022-01-21"
L["bta-2022-01-21-bulgaria-rejects-moscow-1997-configuration"] = [
 ("Bulgaria's Foreign Ministry on Friday rejected as unacceptable a statement by the Russian Foreign Ministry that Moscow's demand for NATO to withdraw forces to the positions of 1997 also applies to Bulgaria and Romania.",
  "bulgarian-foreign-ministry", 0, "Bulgaria's Foreign Ministry", "rollback-to-1997", "rejects", 0, D),
 ("Bulgaria's Foreign Ministry on Friday rejected as unacceptable a statement by the Russian Foreign Ministry that Moscow's demand for NATO to withdraw forces to the positions of 1997 also applies to Bulgaria and Romania.",
  "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 ("Bulgaria's Foreign Ministry on Friday rejected as unacceptable a statement by the Russian Foreign Ministry that Moscow's demand for NATO to withdraw forces to the positions of 1997 also applies to Bulgaria and Romania.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are talking about the withdrawal of foreign forces, equipment and weapons and other steps for a return to the configuration of 1997 in the countries that were not NATO members at that time. Bulgaria and Romania are among them,",
  "russian-foreign-ministry", 0, "the ministry", "rollback-to-1997", "supports", 1, D),
 ("In its position, the Bulgarian Foreign Ministry said that Bulgaria is a sovereign state which made its choice to become a member of NATO back in 2004, and that the country alone, together with its allies, decides how to organize the defence of its territory.",
  "bulgarian-foreign-ministry", 0, "the Bulgarian Foreign Ministry", "rollback-to-1997", "rejects", 0, D),
 ("In its position, the Bulgarian Foreign Ministry said that Bulgaria is a sovereign state which made its choice to become a member of NATO back in 2004, and that the country alone, together with its allies, decides how to organize the defence of its territory.",
  "bulgarian-foreign-ministry", 0, "the Bulgarian Foreign Ministry", "nato-open-door", "supports", 0, D),
 ("Such demands are unacceptable and do not correspond to the spirit of partnership between sovereign states in Europe. Bulgaria does not accept that third countries decide on the presence of allied forces on its territory,",
  "bulgarian-foreign-ministry", 0, "the Bulgarian Ministry", "rollback-to-1997", "rejects", 1, D),
 ("I want to make it clear: Bulgaria is not a subject of negotiations between the Russian Federation and anybody. We are at the table as a member of the Alliance,",
  "teodora-genchovska", 1, "Genchovska", "rollback-to-1997", "rejects", 1, D),
 ("Prime Minister Kiril Petkov told reporters on Friday on the margins of a government meeting that Bulgaria's membership in NATO and the EU \"is not up for discussion\" and that decisions on allied forces on Bulgarian soil are taken in Sofia, together with the partners.",
  "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, D),
 ("We want de-escalation, and we want it through diplomacy. Russia must pull back the troops from the Ukrainian border, this is the first step,",
  "kiril-petkov", 1, "Petkov", "russia-de-escalation", "supports", 1, D),
 ("Bulgaria has been a sovereign member of NATO for 18 years, and no one can dictate to us what troops we host and on what terms,",
  "rumen-radev", 1, "Radev", "rollback-to-1997", "rejects", 1, D),
 ("Among other things, Moscow demands that NATO refrain from further enlargement, including Ukraine's accession, and that the Alliance does not deploy additional troops and weapons outside the countries in which they were present as of May 1997.",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Among other things, Moscow demands that NATO refrain from further enlargement, including Ukraine's accession, and that the Alliance does not deploy additional troops and weapons outside the countries in which they were present as of May 1997.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Among other things, Moscow demands that NATO refrain from further enlargement, including Ukraine's accession, and that the Alliance does not deploy additional troops and weapons outside the countries in which they were present as of May 1997.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Security analyst Svetla Marinova of the Institute for Regional and International Studies told BTA that the Russian position on Bulgaria and Romania is not new, but now it is formulated explicitly.",
  "svetla-marinova", 1, "Svetla Marinova", "rollback-to-1997", "mentions", 0, ""),
 ("Security analyst Svetla Marinova of the Institute for Regional and International Studies told BTA that the Russian position on Bulgaria and Romania is not new, but now it is formulated explicitly.",
  "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("The demand for Bulgaria and Romania was in the draft of 17 December from the beginning, only nobody read the text carefully. What is new is that Moscow named us by name,",
  "svetla-marinova", 1, "Marinova", "rollback-to-1997", "mentions", 1, ""),
 ("The demand for Bulgaria and Romania was in the draft of 17 December from the beginning, only nobody read the text carefully. What is new is that Moscow named us by name,",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We expect that the United States will give us written answers to all of our proposals, and first of all the main one - that NATO must not move further to the East,",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Blinken said that Washington had made clear to the Russian side that the United States will not renounce the principles on which European security is based, including the right of each country to choose its own alliances.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("He said that if Russia chooses de-escalation and diplomacy, \"there is a path forward\".",
  "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
]

D = "2022-01-10"
L["n1-2022-01-10-geneva-ryabkov-sherman-serbia-watches"] = [
 ("Senior diplomats of the United States and Russia ended almost eight hours of talks in Geneva on Monday without any breakthrough, with Moscow insisting that Ukraine must never become a member of NATO and Washington saying it will not let anyone close the Alliance door.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("Senior diplomats of the United States and Russia ended almost eight hours of talks in Geneva on Monday without any breakthrough, with Moscow insisting that Ukraine must never become a member of NATO and Washington saying it will not let anyone close the Alliance door.",
  "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("Russian Deputy Foreign Minister Sergei Ryabkov told reporters after the meeting at the US mission that the conversation was “difficult, long, very professional”, but that Russia did not see that the American side understood how important the question of NATO enlargement is for Moscow.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,",
  "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("iron-clad, waterproof, bulletproof, legally binding guarantees",
  "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees, with words like ‘shall’ and ‘must’ in them,",
  "sergei-ryabkov", 1, "the Russian diplomat", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said that Moscow also raised the question of the 2008 Bucharest summit, where NATO leaders declared that Ukraine and Georgia will become members, and that this formula must be disavowed.",
  "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO Alliance,",
  "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.",
  "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("According to her, Washington is ready to discuss with Moscow the future of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, but only on a reciprocal basis and in an atmosphere without escalation.",
  "wendy-sherman", 1, "her", "no-intermediate-range-missiles", "mentions", 0, D),
 ("According to her, Washington is ready to discuss with Moscow the future of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, but only on a reciprocal basis and in an atmosphere without escalation.",
  "wendy-sherman", 1, "her", "limit-military-exercises", "mentions", 0, D),
 ("According to her, Washington is ready to discuss with Moscow the future of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, but only on a reciprocal basis and in an atmosphere without escalation.",
  "wendy-sherman", 1, "her", "russia-de-escalation", "supports", 0, D),
 ("It is hard to have constructive, productive discussions when you have 100,000 troops at the border of Ukraine. The way forward is de-escalation,",
  "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("no reason to fear some kind of escalation scenario",
  "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("He said that talks about withdrawing the troops from the border were out of place, because the forces are on Russian territory.",
  "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("Moscow is asking the West to give up on the principle that every state chooses its alliances, and nobody in Washington can sign that. Even if they wanted, the Congress would not let them,",
  "vuk-stanojevic", 1, "Stanojević", "nato-open-door", "mentions", 1, ""),
 ("Moscow is asking the West to give up on the principle that every state chooses its alliances, and nobody in Washington can sign that. Even if they wanted, the Congress would not let them,",
  "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 ("In his opinion, the more realistic part of the package is about missiles and exercises.",
  "vuk-stanojevic", 1, "his", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("In his opinion, the more realistic part of the package is about missiles and exercises.",
  "vuk-stanojevic", 1, "his", "limit-military-exercises", "mentions", 0, ""),
 ("There is room there. In the 1980s they agreed to remove whole classes of missiles from Europe, so it is not impossible,",
  "vuk-stanojevic", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("respects the security interests of all sides",
  "nenad-jovicic", 1, "Nenad Jovičić", "", "", 1, ""),
 ("Serbia is militarily neutral and it will stay that way. Our position is that great powers should talk, and we are glad that they talk,",
  "nenad-jovicic", 1, "Jovičić", "", "", 1, ""),
 ("Asked whether the Russian demand that NATO stops its expansion to the east could influence the Western Balkans, where Montenegro and North Macedonia already joined the Alliance, Jovičić said that it is “a question for Brussels and Moscow”, not for Belgrade.",
  "nenad-jovicic", 1, "Jovičić", "nato-non-expansion", "mentions", 0, ""),
 ("Asked whether the Russian demand that NATO stops its expansion to the east could influence the Western Balkans, where Montenegro and North Macedonia already joined the Alliance, Jovičić said that it is “a question for Brussels and Moscow”, not for Belgrade.",
  "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("When someone says that the sovereign countries cannot decide which alliance to join, that should concern also a neutral country. Today it is Ukraine, tomorrow it can be anyone,",
  "jelena-radulovic", 1, "she", "nato-open-door", "supports", 1, ""),
 ("When someone says that the sovereign countries cannot decide which alliance to join, that should concern also a neutral country. Today it is Ukraine, tomorrow it can be anyone,",
  "jelena-radulovic", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 ("He said that Russia will not be satisfied with talks for the sake of talks and that the question of non-expansion of NATO is the key one.",
  "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("NATO Secretary General Jens Stoltenberg said last week that the Alliance is ready to talk, but that it will not compromise on the right of every country to choose its own path.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-18"
LI = ("ann-linde", 1, "ANN LINDE")
JL = ("johan-lindqvist", 1, "JOHAN LINDQVIST")
HS = ("hakan-svard", 1, "HÅKAN SVÄRD")
P1 = "Johan Lindqvist has asked me what the government is doing to ensure that Sweden's freedom to choose its own security policy is not restricted by the demands Russia presented in December, and whether the government has made this position clear to Moscow."
P2 = "Let me be very clear. It is Sweden, and only Sweden, that decides on Sweden's security policy line. The right of every state to choose its own security arrangements is laid down in the Helsinki Final Act and in the Charter of Paris, and Russia has signed both."
P3 = "The Russian demands would in practice give Moscow a veto over which states may join NATO and over where allied forces may be stationed on the territory of existing members. The government rejects such a sphere-of-influence order. It belongs to another century."
P4 = "At the same time, we welcome that the United States and NATO are prepared to discuss arms control, transparency around military exercises and other confidence-building measures with Russia. Sweden has argued for this within the OSCE for many years, and we stand ready to contribute."
P5 = "Russia must de-escalate. The build-up of well over 100 000 soldiers along Ukraine's borders is a threat against Ukraine and against European security as a whole, and it is Russia that has created this situation."
Q1 = "I thank the minister for the answer. But words in this chamber are not enough. Before Christmas Moscow threatened Sweden and Finland with serious military and political consequences if we were to join NATO. That is a threat against our sovereignty, and the government's reply has been far too muted."
Q2 = "The Moderates want Sweden to apply for membership of NATO. Even those who disagree with us on that question should be able to agree that it is not for Russia to decide it. The door must stay open for Sweden and for Finland, whatever we choose to do."
Q3 = "Will the minister state here today that the government will never accept an agreement between Russia and the United States that closes the door of the alliance to new members?"
A1 = "I can give Johan Lindqvist that assurance without hesitation. The government will not accept any agreement that shuts NATO's door to countries that may wish to apply, whether that is Sweden, Finland, Ukraine or Georgia. I have said this to Foreign Minister Lavrov directly, and I said it again in Vienna last Thursday."
A2 = "But I do not share the view that Sweden's security is best served by an application now, in the middle of a crisis. Our military non-alignment has served us well, and it is combined with deep cooperation with Finland, with NATO and with the United States. Predictability is in itself a contribution to stability in our region."
S1 = "The Left Party has no sympathy whatsoever for the regime in Moscow. But it is a mistake to dismiss every Russian proposal out of hand. Moscow wants limits on missiles and exercises close to its borders; so do we, close to ours."
S2 = "Sweden should push for a new European agreement that bans intermediate-range missiles on our continent, the kind of treaty that was lost when the INF Treaty collapsed in 2019. And Sweden should propose that large exercises near borders in the Baltic Sea region be scaled down on all sides."
A3 = "I agree with Håkan Svärd that arms control must return to the European agenda, and Sweden will work for that. But negotiations on missiles and on exercises cannot be held with a gun to Ukraine's head. First Russia has to pull its forces back."
Z1 = "I thank the minister for a clear answer. We will return to the question of membership in the spring."
L["riksdagen-2022-01-18-interpellation-russian-demands-swedish-security"] = [
 (P1, *LI, "nato-open-door", "mentions", 1, D),
 (P2, *LI, "nato-open-door", "supports", 1, D),
 (P3, *LI, "nato-non-expansion", "rejects", 1, D),
 (P3, *LI, "rollback-to-1997", "rejects", 1, D),
 (P3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (P3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (P4, *LI, "limit-military-exercises", "mentions", 1, D),
 (P5, *LI, "russia-de-escalation", "supports", 1, D),
 (Q1, *JL, "nato-non-expansion", "rejects", 1, D),
 (Q1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (Q2, *JL, "nato-open-door", "supports", 1, D),
 (Q3, *JL, "nato-non-expansion", "mentions", 1, D),
 (Q3, *JL, "nato-open-door", "mentions", 1, D),
 (A1, *LI, "nato-open-door", "supports", 1, D),
 (A1, *LI, "nato-non-expansion", "rejects", 1, D),
 (A1, *LI, "no-ukraine-membership", "rejects", 1, D),
 (A2, *LI, "", "", 1, D),
 (S1, *HS, "no-intermediate-range-missiles", "supports", 1, D),
 (S1, *HS, "limit-military-exercises", "supports", 1, D),
 (S1, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (S1, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (S2, *HS, "no-intermediate-range-missiles", "supports", 1, D),
 (S2, *HS, "limit-military-exercises", "supports", 1, D),
 (A3, *LI, "no-intermediate-range-missiles", "mentions", 1, D),
 (A3, *LI, "limit-military-exercises", "mentions", 1, D),
 (A3, *LI, "russia-de-escalation", "supports", 1, D),
 (Z1, *JL, "", "", 1, D),
]

B26 = "2022-01-26"
DR = "In them, Moscow wanted NATO to renounce any further enlargement, Ukraine and Georgia included, and to withdraw forces and infrastructure from the members that joined after May 1997."
DS = "Moscow also sought a ban on US military activity in the post-Soviet space outside the Alliance, and wanted intermediate-range missiles and large exercises close to the Russian border put off-limits."
LV = "On 27 January, Foreign Minister Sergei Lavrov said that the documents contained no positive response on the main issue, namely Russia's clear position on the inadmissibility of further NATO expansion to the east and of deploying strike weapons that could threaten Russian territory."
RY = "Russia, he said, would not agree to talk about missiles and exercises in isolation from the guarantees on NATO's eastward expansion."
L["fiia-2022-01-28-written-answers-agenda-without-the-main-demand"] = [
 ("a serious diplomatic path forward, should Russia choose it",
  "antony-blinken", 1, "Antony Blinken", "", "", 1, B26),
 ("He said it contained proposals on reciprocal transparency measures regarding force posture in Ukraine, on confidence-building measures for military exercises and manoeuvres in Europe, and on arms control covering missiles in Europe.",
  "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, B26),
 ("He said it contained proposals on reciprocal transparency measures regarding force posture in Ukraine, on confidence-building measures for military exercises and manoeuvres in Europe, and on arms control covering missiles in Europe.",
  "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, B26),
 ("There is no change, there will be no change",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 1, B26),
 ("At NATO headquarters, Secretary General Jens Stoltenberg said on the same day that the Alliance had sent its own proposals, which included the reopening of the NATO and Russian missions in Brussels and Moscow and the use of military hotlines.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, B26),
 ("Stoltenberg stressed that the Alliance could not compromise on the principles on which European security rests, including the right of each nation to choose its own path.",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, B26),
 (DR, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DR, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (DS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (DS, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (DS, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("Moscow insisted, moreover, that all this be laid down in legally binding treaties rather than political declarations, which Russian officials argued the West had broken before.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("The main question is our clear position that NATO must not expand further eastwards,",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive reaction on this main question in the document.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (RY, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, ""),
 (RY, "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 0, ""),
 ("Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide.",
  "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 1, "2022-01-01"),
 ("Prime Minister Sanna Marin made the same point in her own New Year's message, stating that Finland retains the right to apply for NATO membership if it so chooses.",
  "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-27"
LQ = "The US is ready to talk about missiles and drills because that costs it little. But Russia has made clear that the key is a legally binding commitment that NATO will stop at where it is now, and on that the US has only repeated its slogans,"
L["globaltimes-2022-01-27-wang-yi-blinken-call-legitimate-security-concerns"] = [
 ("The phone call came a day after the US and NATO delivered written replies to Russia's proposals on security guarantees, which Chinese experts said showed that Washington still refuses to touch the core issue raised by Moscow - the eastward expansion of NATO.",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("According to a readout released by the Chinese Foreign Ministry, Wang said that regional security cannot be guaranteed by strengthening or even expanding military blocs.",
  "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 0, D),
 ("The security of one country cannot be at the expense of the security of other countries,",
  "wang-yi", 1, "he", "", "", 1, D),
 ("We call on all parties to stay calm and refrain from doing things that agitate tensions and hype up the crisis,",
  "wang-yi", 1, "Wang", "", "", 1, D),
 ("The US side said in its own readout that Blinken stressed the global security and economic risks posed by further Russian aggression against Ukraine and conveyed that de-escalation and diplomacy are the responsible way forward.",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("On Wednesday, Blinken told a press conference in Washington that the US reply to Moscow does not compromise on NATO's so-called open-door policy.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Chinese Foreign Ministry spokesperson Zhao Lijian said at a routine press conference on Thursday that the Cold War has long ended and NATO, as a product of the Cold War, should adjust itself accordingly instead of continuing its eastward expansion.",
  "zhao-lijian", 1, "Zhao Lijian", "nato-non-expansion", "supports", 0, D),
 ("NATO keeps expanding eastwards, five rounds in total after the end of the Cold War. Has Europe become safer as a result? The answer is obviously no,",
  "zhao-lijian", 1, "Zhao", "nato-non-expansion", "supports", 1, D),
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that the US reply did not contain a positive answer to Russia's main question, namely NATO's non-expansion, but that it did open the way for serious talks on secondary issues.",
  "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lü Jingxian, a research fellow at the Shanghai Institutes for International Studies, told the Global Times on Thursday that the US written reply is typical of Washington's approach - it offers something on arms control and military exercises in order to avoid the real question.",
  "lu-jingxian", 1, "Lü Jingxian", "limit-military-exercises", "mentions", 0, D),
 (LQ, "lu-jingxian", 1, "Lü", "no-intermediate-range-missiles", "mentions", 1, D),
 (LQ, "lu-jingxian", 1, "Lü", "limit-military-exercises", "mentions", 1, D),
 (LQ, "lu-jingxian", 1, "Lü", "nato-non-expansion", "mentions", 1, D),
 (LQ, "lu-jingxian", 1, "Lü", "written-legal-guarantees", "mentions", 1, D),
 (LQ, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (LQ, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Think of how the US would react if a military bloc led by another power put missiles in Mexico or Canada. The US reaction would be much stronger than Russia's,",
  "lu-jingxian", 1, "the expert", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The Europeans are sitting at the side of the table while their own security is being discussed. If they want a stable security architecture on their continent, they must speak with their own voice,",
  "han-lu", 1, "Han", "", "", 1, ""),
]

D = "2022-01-26"
SQ = "Stoltenberg: NATO's own reply proposes reopening the NATO and Russian missions, setting up a civilian-military hotline, and reciprocal talks on missiles and on exercises."
LT = "Lavrov also repeated that what Russia needs is a legally binding commitment that NATO won't expand any further east, not political declarations that he said the West had ignored since the 1990s."
TW = "Moscow's top asks in the Dec 17 drafts — Ukraine never in NATO, allied forces pulled back to the 1997 map, no Western military activity in the ex-Soviet states — don't appear to be in either document, as far as anyone will say on the record."
OQ = "This is the maximum the alliance can give without breaking itself. Missiles and exercises, yes. A Russian veto on membership, no."
L["twitter-2022-01-26-whitcombe-thread-written-answers"] = [
 ("We've addressed the concerns that Russia raised, and we've put forward our own proposals for areas where we may be able to find common ground.",
  "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There is no change; there will be no change.",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the US reply offers reciprocal transparency on force posture in Ukraine, confidence-building steps on exercises in Europe and arms control talks that include missiles.",
  "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the US reply offers reciprocal transparency on force posture in Ukraine, confidence-building steps on exercises in Europe and arms control talks that include missiles.",
  "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("A senior State Dept official, briefing on background afterwards, said the US is offering a \"transparency mechanism\" to confirm there are no Tomahawks at the Aegis Ashore sites in Romania and Poland, if Russia lets us look at two of its bases in return.",
  "us-state-department", 0, "A senior State Dept official", "no-intermediate-range-missiles", "mentions", 0, D),
 (SQ, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, D),
 (SQ, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (SQ, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("We cannot and will not compromise on the right of every nation in Europe to choose its own path.",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia must de-escalate. We call on Russia to pull its forces back from Ukraine.",
  "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("will take the necessary response measures.",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (LT, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (LT, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("There are no objections from the Ukrainian side. Nothing about Ukraine without Ukraine,",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (TW, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (TW, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (TW, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (OQ, "rachel-oduya", 1, "Rachel Oduya", "no-intermediate-range-missiles", "mentions", 1, D),
 (OQ, "rachel-oduya", 1, "Rachel Oduya", "limit-military-exercises", "mentions", 1, D),
 (OQ, "rachel-oduya", 1, "Rachel Oduya", "nato-open-door", "mentions", 1, D),
 ("The question now is whether Putin wants a negotiation or a pretext. The paper gives him the first if he wants it.",
  "rachel-oduya", 1, "Oduya", "", "", 1, D),
]

write_gold(L, "articles-225", "gold-225")
