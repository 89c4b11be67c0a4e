#!/usr/bin/env python3
"""Writes the hundredth held-out gold (gold-100/*.nq) from the labels below.

Batch 100 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven forms:

- ap-2022-01-10-geneva-sherman-ryabkov: AP wire copy from Geneva, with front
  matter, straight quotes, a lede with two actors in one sentence (Moscow and
  Washington), attribution after the quotation, a quotation over two
  sentences, a quotation split by "said X", pronouns, an invented analyst and
  a background paragraph on Baker 1990 and Bucharest 2008 (not labelled).
- state-2022-01-26-blinken-press-availability: State Department press
  availability transcript, no front matter (date in the heading), speaker
  labels in capitals (SECRETARY BLINKEN, MR PRICE, QUESTION); the moderator
  and the journalists get no label.
- interfax-2022-01-27-peskov-press-call: Interfax "main points" of the Kremlin
  press call, front matter, "Question:"/"Peskov:" transcript after a wire
  intro, plus a short reported Lavrov fragment.
- mid-2022-01-12-grushko-nrc-press-conference: Russian Foreign Ministry
  transcript of Grushko's press conference after the NATO-Russia Council,
  two Russian speakers (Grushko, Fomin), questions labelled by agency; the
  file starts with a UTF-8 BOM before its front matter and has CRLF line ends.
- rg-2022-01-14-ryabkov-lavrov-dead-end: Rossiyskaya Gazeta machine
  translation, no front matter (date "14.01.2022 12:40"), « » quotes with the
  attribution after a dash ("– has told Ryabkov"), roles for speakers ("the
  head of the Russian diplomacy", "the diplomat"), a demand of Moscow named in
  passing in Stoltenberg's sentence, words quoted from the Bucharest
  declaration inside a reported sentence, link lines at the end.
- spiegel-2022-01-29-falkenrath-interview: DER SPIEGEL International Q&A with
  an invented former German diplomat, „ “ quotes in the standfirst and in a
  question (document words and Baker 1990, not labelled), interview day given
  as Thursday.
- lrt-2022-01-27-live-reactions-written-answers: LRT English live blog with
  timestamped entries over two days, curly “ ” and single ‘ ’ quotes, Baltic
  and Ukrainian ministers, an invented Lithuanian analyst with a diacritic
  name, a senior EU official, a background entry on Bucharest 2008 and the
  1997 Founding Act (not labelled), a "Read more" link line.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives (titles such as SECRETARY
  dropped, case normalised: "Blinken");
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
  no identifiable actor ("Western calls", "Russian officials often cite") are
  left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite the demands of Moscow to ...", "Russia's demand to ...") is also
  Russia's label (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (diacritics folded); a
  senior EU official -> european-union, an embassy -> its country; speaker
  name = the words naming the speaker at that point, pronouns as written,
  titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Senior U.S. and Russian officials ended nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington called that demand a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Senior U.S. and Russian officials ended nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington called that demand a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said the Russian side had also told the Americans that U.S. bombers and warships must keep out of areas from which they could hit targets on Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Ryabkov dismissed Western calls for a pullback, saying Russian troops were exercising on Russian soil and that there was no reason to fear an escalation.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was open to discussing the future of intermediate-range missiles in Europe and the scope and size of military exercises on both sides, provided any limits were reciprocal.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was open to discussing the future of intermediate-range missiles in Europe and the scope and size of military exercises on both sides, provided any limits were reciprocal.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We were firm that Russia needs to de-escalate and bring its troops back to their barracks if it wants diplomacy to succeed,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Sherman said neither side had set preconditions for Monday's meeting, and that the format of any further talks would be settled after consultations with the allies this week.", "wendy-sherman", 1, "Sherman", "no-preconditions", "mentions", 0, "2022-01-10"),
 ("State Department spokesman Ned Price said on Sunday that questions about NATO's open-door policy would be discussed not in Geneva but with all the allies at the NATO-Russia Council on Wednesday.", "ned-price", 1, "Ned Price", "nato-open-door", "mentions", 0, "2022-01-09"),
 ("The maximalist items came first — no more NATO enlargement, and allied forces pulled back to where they stood in 1997,", "halvard-dunmore", 1, "Halvard Dunmore", "nato-non-expansion", "mentions", 1, ""),
 ("The maximalist items came first — no more NATO enlargement, and allied forces pulled back to where they stood in 1997,", "halvard-dunmore", 1, "Halvard Dunmore", "rollback-to-1997", "mentions", 1, ""),
 ("Whether Ukraine can ever join NATO is the one question on which neither side can move an inch.", "halvard-dunmore", 1, "Halvard Dunmore", "no-ukraine-membership", "mentions", 1, ""),
 ("nothing about Ukraine will be decided without Ukraine.", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, "2022-01-10"),
]
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. Earlier today, Ambassador John Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own response in parallel, and the two are fully coordinated with each other, with Ukraine and with our European partners.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our allies and partners about Russian actions that undermine security, a principled and pragmatic evaluation of the concerns Russia has raised, and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. NATO's door is open and remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We address the possibility of reciprocal transparency measures regarding military exercises and maneuvers in Europe, and we put forward ideas on arms control related to missiles in Europe, including the ground-launched intermediate-range systems once covered by the INF Treaty.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("We address the possibility of reciprocal transparency measures regarding military exercises and maneuvers in Europe, and we put forward ideas on arms control related to missiles in Europe, including the ground-launched intermediate-range systems once covered by the INF Treaty.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("At the same time, the best way to make progress is for Russia to de-escalate. That means pulling back the more than 100,000 troops it has amassed along Ukraine's borders and ending the threatening rhetoric.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("There is no change; there will be no change. NATO's door stays open, and we will not give anyone a veto over whether Ukraine one day joins the alliance.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change; there will be no change. NATO's door stays open, and we will not give anyone a veto over whether Ukraine one day joins the alliance.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("As for publishing it, we are not making the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. If Russia chooses to share it, that is its decision.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("What we delivered today is a written response. It is not a treaty, and it is not the legally binding guarantee on NATO enlargement that has been demanded of us; that was never on offer.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("What we delivered today is a written response. It is not a treaty, and it is not the legally binding guarantee on NATO enlargement that has been demanded of us; that was never on offer.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("Where we can work toward binding commitments is on things like arms control and risk reduction, on a reciprocal basis, and that is where we see a real opportunity if Moscow is serious.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We said we are prepared to discuss conditions-based, reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission on the territory of Ukraine. That would be discussed in full consultation with Kyiv, and nothing would be decided without Ukraine.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("We said we are prepared to discuss conditions-based, reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission on the territory of Ukraine. That would be discussed in full consultation with Kyiv, and nothing would be decided without Ukraine.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-26"),
 ("Our ships and aircraft will continue to operate in international waters and airspace, including over and in the Black Sea, as they always have. That is not something we are going to give up.", "antony-blinken", 1, "Blinken", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("We also proposed restoring regular channels between our militaries, so that an incident at sea or in the air does not spiral into something none of us want.", "antony-blinken", 1, "Blinken", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("And yes, I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and consider it seriously.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
]
L["interfax-2022-01-27-peskov-press-call"] = [
 ("The documents have been received, they are being read, and President Putin has been familiarised with them. We will not rush to conclusions. It will take some time, and the analysis will go through all the relevant agencies.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("But I can already say that you cannot claim our views were taken into account, or that there was any readiness to take our concerns into account. The main questions were not addressed.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("The so-called open-door policy cannot be a reason to ignore the security of other states. Freedom to choose alliances does not give anyone the right to strengthen their own security at the expense of Russia's security, and this is precisely what we are talking about.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("For us it is a matter of principle that NATO does not move any further toward our borders and that Ukraine does not become a member of the alliance. There was no positive response on this main issue.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("For us it is a matter of principle that NATO does not move any further toward our borders and that Ukraine does not become a member of the alliance. There was no positive response on this main issue.", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("Russia moves its troops around its own territory as it sees fit, and no one should tell us where our units are to be deployed. This is not a subject for negotiation with anyone.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("There are some considerations on secondary issues, on intermediate-range missiles, on exercises, which can be discussed. But they are secondary. They cannot replace the answer to our key question.", "dmitry-peskov", 1, "Peskov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("There are some considerations on secondary issues, on intermediate-range missiles, on exercises, which can be discussed. But they are secondary. They cannot replace the answer to our key question.", "dmitry-peskov", 1, "Peskov", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("We have said many times that we need guarantees in writing and legally binding, and this remains our position. Verbal assurances are not enough; we went through that in the 1990s.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("We do not see any sense in restoring these formats now. Talking about offices and hotlines while our main proposals are being ignored would be an imitation of dialogue.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("There are no such plans at the moment, but if necessary such a conversation can be organised very quickly. Both presidents have expressed readiness for contacts.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Let us not get ahead of ourselves. First the analysis, then the president will decide.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
]
L["mid-2022-01-12-grushko-nrc-press-conference"] = [
 ("Good evening. We have just had a frank, direct and in-depth conversation with the NATO member states, the first meeting of the Russia–NATO Council in more than two years. The Russian delegation also included Deputy Defence Minister Alexander Fomin.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-12"),
 ("We made it clear that the situation in Euro-Atlantic security has become extremely dangerous and that the continued expansion of the alliance is unacceptable to us. We need legally binding guarantees that NATO will stop its movement to the east, including to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("We made it clear that the situation in Euro-Atlantic security has become extremely dangerous and that the continued expansion of the alliance is unacceptable to us. We need legally binding guarantees that NATO will stop its movement to the east, including to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("We made it clear that the situation in Euro-Atlantic security has become extremely dangerous and that the continued expansion of the alliance is unacceptable to us. We need legally binding guarantees that NATO will stop its movement to the east, including to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("We also said that NATO must return to the configuration of 1997, when the Founding Act was signed, and withdraw the forces and infrastructure that were brought into the new member states after that.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("We heard the well-known mantra about the freedom to choose alliances. But this freedom is not absolute: the OSCE documents also say that no state may strengthen its security at the expense of the security of others.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("I will add a few words about the military aspects. NATO exercises near our borders have become larger and more provocative every year. We propose to agree on limits, on the size of drills and on their distance from the line of contact, and to notify each other in advance.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("American and British warships come into the Black Sea, strategic bombers fly along our borders. We insist that they stay out of areas from which they can strike Russian territory.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-12"),
 ("The Russian side proposed restoring the channels between our militaries, which NATO itself froze in 2014. Dialogue between soldiers is the best insurance against incidents.", "alexander-fomin", 1, "Alexander Fomin", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("These are important issues, and we are ready to discuss intermediate-range missiles and the parameters of exercises. But we said very clearly that this cannot be a menu from which NATO picks only the dishes it likes. The package is a package.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("These are important issues, and we are ready to discuss intermediate-range missiles and the parameters of exercises. But we said very clearly that this cannot be a menu from which NATO picks only the dishes it likes. The package is a package.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("No, there was no agreement on this. We consider that the military development of the territory of Ukraine and of other states that are not members of the alliance must stop; this is one of the key elements of our draft.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-12"),
 ("The question of de-escalation should be addressed to those who are pumping Ukraine full of weapons. Russian troops are on Russian territory, and we do not accept any demands to pull them back.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-12"),
 ("The question of restoring military contacts was raised, and we will report on it to the leadership in Moscow, like on everything else we heard today.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "mentions", 1, "2022-01-12"),
 ("We did not agree on any date for a new meeting. We will report to the leadership and then decide. I cannot predict the outcome today.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-12"),
]
L["rg-2022-01-14-ryabkov-lavrov-dead-end"] = [
 ("Without the guarantee of the non-expansion of NATO we do not see the sense to continue, it is for us the key demand", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("According to him, the USA and NATO should not deploy the strike weapon systems in the immediate proximity to the Russian borders, including on the territory of Ukraine.", "sergei-ryabkov", 1, "him", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("The NATO secretary general Jens Stoltenberg after the session of the Council Russia-NATO on Wednesday has stated, that the allies will not refuse the policy of «open doors» despite the demands of Moscow to stop the further expansion of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("The NATO secretary general Jens Stoltenberg after the session of the Council Russia-NATO on Wednesday has stated, that the allies will not refuse the policy of «open doors» despite the demands of Moscow to stop the further expansion of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("The NATO secretary general Jens Stoltenberg after the session of the Council Russia-NATO on Wednesday has stated, that the allies will not refuse the policy of «open doors» despite the demands of Moscow to stop the further expansion of the alliance.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We need the legally obliging guarantees, the verbal assurances, as the experience has shown, are worth nothing. The temporary moratorium on it also does not arrange us", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("The key thing is the non-expansion of NATO and the non-deployment of the strike weapon systems near our borders", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("The key thing is the non-expansion of NATO and the non-deployment of the strike weapon systems near our borders", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-14"),
 ("The head of the Russian diplomacy has demanded also from the alliance to cancel formally the formula of the Bucharest summit of the year 2008, according to which Ukraine and Georgia «will become the members of NATO».", "sergei-lavrov", 1, "The head of the Russian diplomacy", "rescind-bucharest-2008", "supports", 0, "2022-01-14"),
 ("The so-called policy of the open doors is not the dogma. The alliance is not the charity organisation, it decides itself whom to accept, and no country has the right to the membership", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("the risk of the war in the OSCE area is now greater than ever in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We insist: the negotiations should go without the preliminary conditions and without the attempts to put to us the ultimatums about our own troops", "alexander-lukashevich", 1, "the diplomat", "no-preconditions", "supports", 1, "2022-01-13"),
 ("We insist: the negotiations should go without the preliminary conditions and without the attempts to put to us the ultimatums about our own troops", "alexander-lukashevich", 1, "the diplomat", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("The one side will talk about the withdrawal of the troops from the border, the other about the non-expansion, and they will call it the dialogue", "gennady-pletnyov", 1, "Pletnyov", "russia-de-escalation", "mentions", 1, ""),
 ("The one side will talk about the withdrawal of the troops from the border, the other about the non-expansion, and they will call it the dialogue", "gennady-pletnyov", 1, "Pletnyov", "nato-non-expansion", "mentions", 1, ""),
]
L["spiegel-2022-01-29-falkenrath-interview"] = [
 ("Both. The form is an ultimatum: you don't publish a draft treaty before you have even sat down with the other side. But part of the content is the ordinary stuff of arms control, and it would be a mistake to throw it all out together.", "ingrid-falkenrath", 1, "Falkenrath", "", "", 1, "2022-01-27"),
 ("Missiles, first of all. Since the INF Treaty collapsed in 2019, nothing stops either side from placing intermediate-range missiles in Europe. A mutual ban, with inspections, would be in Germany's own interest.", "ingrid-falkenrath", 1, "Falkenrath", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 ("Then exercises, and the movement of bombers and ships. Both sides fly and sail ever closer to each other's borders. Agreed distances and notifications could be negotiated, and they would not cost NATO anything essential.", "ingrid-falkenrath", 1, "Falkenrath", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("Then exercises, and the movement of bombers and ships. Both sides fly and sail ever closer to each other's borders. Agreed distances and notifications could be negotiated, and they would not cost NATO anything essential.", "ingrid-falkenrath", 1, "Falkenrath", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 ("The rest is unacceptable. Pulling allied forces out of every country that joined NATO after 1997 would turn Poland and the Baltic states into second-class members. No German government can agree to that.", "ingrid-falkenrath", 1, "Falkenrath", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("The same goes for renouncing what NATO said about Ukraine and Georgia in Bucharest in 2008. You cannot cancel a political promise because the neighbour objects to it.", "ingrid-falkenrath", 1, "Falkenrath", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("That is exactly the argument you hear in the corridors in Berlin, and I think it is dangerous. Whether Ukraine joins is for Ukraine and the allies to decide. If we sign away that right on paper, we have accepted that Russia has a sphere of influence.", "ingrid-falkenrath", 1, "Falkenrath", "nato-open-door", "supports", 1, "2022-01-27"),
 ("That is exactly the argument you hear in the corridors in Berlin, and I think it is dangerous. Whether Ukraine joins is for Ukraine and the allies to decide. If we sign away that right on paper, we have accepted that Russia has a sphere of influence.", "ingrid-falkenrath", 1, "Falkenrath", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("I know. I have sat through many of those lectures.", "ingrid-falkenrath", 1, "Falkenrath", "", "", 1, "2022-01-27"),
 ("A treaty ratified by the US Senate and, on the NATO side, by thirty parliaments. That is what the drafts ask for, as opposed to a political declaration like the ones signed in the 1990s.", "ingrid-falkenrath", 1, "Falkenrath", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 ("Above all, a return to talking between soldiers. The NATO-Russia Council has barely met in two years, and the military hotlines are mostly dormant. Reopening them costs nothing and could stop an accident in the Black Sea from turning into a war.", "ingrid-falkenrath", 1, "Falkenrath", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("It must pull its troops back from the Ukrainian border. That is the first and most important thing, and everybody in Moscow knows it.", "ingrid-falkenrath", 1, "Falkenrath", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("I was asked that in 2014 and I was wrong then. I will not make predictions now.", "ingrid-falkenrath", 1, "Falkenrath", "", "", 1, "2022-01-27"),
]
L["lrt-2022-01-27-live-reactions-written-answers"] = [
 ("Russia's Foreign Minister Sergei Lavrov said on Thursday that the US reply contained no positive response on the non-expansion of NATO.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is no positive response on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive response on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Foreign Ministry spokeswoman Maria Zakharova on Thursday accused Western capitals of “hysteria” and said Moscow would not be lectured by anyone about where it keeps its own troops.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Ukraine’s Defence Minister Oleksii Reznikov on Thursday rejected the idea that Kyiv’s military ties could be part of any US–Russia bargain.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("Ukraine will decide for itself which partners train our army and which weapons we deploy on our own land. Nobody else gets a say over either,", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("Ukraine will decide for itself which partners train our army and which weapons we deploy on our own land. Nobody else gets a say over either,", "oleksii-reznikov", 1, "Reznikov", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("There is nothing in it that harms Ukraine’s interests. Our partners did not trade away our future in NATO behind our back,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("President Volodymyr Zelensky, in an interview with Lithuanian and Polish journalists, said Ukraine would not give up its course toward NATO membership, which is written into its constitution.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, ""),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told LRT RADIO on Thursday that the Western answer was “firm and united” and that Russia’s demand to pull NATO troops out of the Baltic states “will not be negotiated, ever”.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told LRT RADIO on Thursday that the Western answer was “firm and united” and that Russia’s demand to pull NATO troops out of the Baltic states “will not be negotiated, ever”.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We will not talk about our security with a gun held to Ukraine’s head. First Russia must pull back its troops, then we can talk,", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("We will not talk about our security with a gun held to Ukraine’s head. First Russia must pull back its troops, then we can talk,", "gabrielius-landsbergis", 1, "Landsbergis", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("Defence Minister Arvydas Anušauskas said on Thursday that allied drills in the Baltic region this year would go ahead at the planned scale and that Lithuania would not accept any cap on allied exercises on its territory.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("NATO will put on its own territory whatever is needed for deterrence, missiles included, and it is not for Moscow to decide their range,", "arvydas-anusauskas", 1, "Anušauskas", "no-intermediate-range-missiles", "rejects", 1, "2022-01-27"),
 ("NATO will put on its own territory whatever is needed for deterrence, missiles included, and it is not for Moscow to decide their range,", "arvydas-anusauskas", 1, "Anušauskas", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("The real prize is a promise that there will never be American soldiers, instructors or bases in Ukraine, Georgia or Moldova,", "ruta-vaitkeviciute", 1, "Rūta Vaitkevičiūtė", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Everything else in the drafts is negotiating material.", "ruta-vaitkeviciute", 1, "Rūta Vaitkevičiūtė", "", "", 1, ""),
 ("Revoking the Bucharest language is also on the list, but it is symbolic, and nobody in Brussels will ever put it to a vote,", "ruta-vaitkeviciute", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("NATO will not deny the right of every nation to choose its own path, and we do not accept a return to spheres of influence,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("At the same news conference, Stoltenberg said NATO had proposed re-establishing the NATO and Russian offices in Moscow and Brussels and using military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("A senior EU official, speaking on condition of anonymity on Wednesday, said the bloc wanted new limits and notifications for large military exercises on both sides to be part of any European security talks.", "european-union", 0, "A senior EU official", "limit-military-exercises", "supports", 0, "2022-01-26"),
 ("We are ready for dialogue, but dialogue is not capitulation,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-100", "gold-100")
