#!/usr/bin/env python3
"""Writes the fifty-first held-out gold (gold-51/*.nq) from the labels below.

Batch 51 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.

The seven articles are invented but plausible and vary the forms coverage takes:
- mk-2021-12-18-ryabkov-guarantees: Moskovsky Komsomolets, machine-translated
  from Russian (stilted word order, « » quotation marks, attribution after the
  quotation with "– declared ..."), no front matter, date in the text; a 1990
  Baker episode as history; "despite the demands of Moscow" inside a pronoun
  speaker's sentence.
- rbc-2022-01-10-geneva-live: RBC online broadcast (live blog with time marks),
  front matter, curly quotes; a Background entry (Bucharest 2008, document
  words) followed by Moscow's demand; an unnamed delegation source; a
  "non-starters" quotation with no demand named.
- belta-2022-01-13-osce-vienna: BelTA wire from the OSCE Permanent Council,
  UTF-8 BOM, CRLF line ends, front matter, straight quotes, dateline; two
  speakers with opposite stances in one sentence; Istanbul 1999 as history.
- duma-2022-01-18-plenary-grushko: State Duma plenary transcript (stenogram),
  speaker labels on their own lines, a presiding chairman (moderator, no
  labels), no front matter; each paragraph of a speech is one quotation.
- rada-2022-01-20-foreign-committee: Verkhovna Rada committee record, chair
  (moderator, no labels), MPs and invited deputy ministers; a member's
  question counts as "asks about" (mentions).
- ng-2022-01-28-us-answers-analysis: Nezavisimaya Gazeta analysis with
  invented experts, front matter, „ “ quotes; words quoted from the NATO text
  (not labelled); "despite Moscow's demand" and "Moscow's request" inside
  other speakers' sentences (russia, undated); Bucharest 2008 history.
- censor-2022-02-02-talk-show-transcript: Censor.net transcript of a TV talk
  show that aired the evening before publication (Tuesday), a host (no
  labels) and five guests; an intro paragraph in reported speech; a headline
  and a link line with quotations (not labelled).

Conventions (as in the earlier batches):
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation running over two
  sentences is one span;
- transcripts: each paragraph of a speaker's turn is one direct quotation
  (evidence = the paragraph without the speaker label); the chairman, host
  and journalists get no label; the name is the one the speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance by the speaker's own position; mentions when the speaker only
  reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label; reported speech about no demand or about demands
  left unspecified gets none;
- history, words quoted from documents, headlines, standfirsts, captions and
  link lines are not labelled; unnamed groups and sources are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  is also Russia's label (speaker russia, not a person), undated when no day
  is given;
- speaker name = the words naming the speaker at that point, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["mk-2021-12-18-ryabkov-guarantees"] = [
 ("We need the guarantees legally fixed, juridically binding, and not the promises, which, as the experience shows, are forgotten on the next day", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("The reaction of the Americans I would call business-like, without the hysteria. This is already something", "sergei-ryabkov", 1, "the diplomat", "", "", 1, "2021-12-18"),
 ("We are ready to sit at the table literally tomorrow, in Geneva or in any other place, without any preliminary conditions. Now the ball is on the American side", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2021-12-18"),
 ("Ukraine in NATO is the red line for us, and nobody will wash this line off", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 ("The Americans will hardly agree to give up the right to put the medium-range missiles in Europe, for them this is the question of the prestige. But about the ships and the strategic bombers, which fly along our borders, it is possible to talk, here there is a space for the compromise", "viktor-sennikov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans will hardly agree to give up the right to put the medium-range missiles in Europe, for them this is the question of the prestige. But about the ships and the strategic bombers, which fly along our borders, it is possible to talk, here there is a space for the compromise", "viktor-sennikov", 1, "the expert", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The press secretary of the White House Jen Psaki on Friday declared, that the USA is ready to discuss the Russian proposals together with the allies, but the principle of the open doors of NATO is not subject to the discussion.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 0, "2021-12-17"),
 ("Washington, despite the demands of Moscow to stop the military cooperation with Kiev, will continue the deliveries of the defensive weapon to Ukraine, she added.", "jen-psaki", 1, "she", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("Washington, despite the demands of Moscow to stop the military cooperation with Kiev, will continue the deliveries of the defensive weapon to Ukraine, she added.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The deputy minister of foreign affairs of Poland Marcin Przydacz declared on Friday, that Poland will not allow «anybody from outside» to decide, which weapon the allies will place on the Polish territory, including the base of the anti-missile defence in Redzikowo.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, "2021-12-17"),
]
L["rbc-2022-01-10-geneva-live"] = [
 ("We are going to Geneva to get concrete answers to concrete questions, not to exchange pleasantries,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-10"),
 ("Moscow has demanded that this promise be formally disavowed.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Talks without any preconditions were the whole point of the exercise, and now both sides have had them. The question is what comes out of them,", "nikita-zolotaryov", 1, "Nikita Zolotaryov", "no-preconditions", "mentions", 1, "2022-01-10"),
 ("The idea of rolling NATO back to the lines of 1997 will now travel to Brussels, where all thirty allies will have to discuss it on Wednesday,", "nikita-zolotaryov", 1, "he", "rollback-to-1997", "mentions", 1, "2022-01-10"),
 ("The talks were difficult, long, very professional, deep and concrete, without any attempt to embellish anything,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said the delegations had also touched on the restoration of contacts between the militaries of the two countries, but gave no details.", "sergei-ryabkov", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("There is no need for any de-escalation, because there is no escalation on our side. Our troops are on our own territory.", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The Bucharest formula must be disavowed. It was a mistake then, and it is a source of danger now,", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "the deputy secretary of state", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said Washington was open to discussing the future deployment of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, provided Russia was ready to do the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said Washington was open to discussing the future deployment of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, provided Russia was ready to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("NATO’s door stays open, and no Kremlin ultimatum is going to close it,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-10"),
]
L["belta-2022-01-13-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau offered the OSCE as a platform for a renewed dialogue on European security, including on military exercises and on the military activity of NATO countries in the states of the former Soviet Union that are not members of the alliance.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Rau offered the OSCE as a platform for a renewed dialogue on European security, including on military exercises and on the military activity of NATO countries in the states of the former Soviet Union that are not members of the alliance.", "zbigniew-rau", 1, "Rau", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-13"),
 ("Russia's Permanent Representative to the OSCE Alexander Lukashevich told the Council that Moscow wanted the principle of indivisible security to be fixed in legally binding agreements and not in political declarations that the West \"interprets as it likes\".", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("NATO exercises near our borders have become larger, more frequent and more provocative, and this must stop,", "alexander-lukashevich", 1, "the Russian diplomat", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures to eliminate the risks,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter rejected the idea that NATO should pull its forces and infrastructure back from the member states that joined the alliance after 1997, saying that their security arrangements were \"not up for negotiation with Moscow\".", "michael-carpenter", 1, "Carpenter", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("The representative of Ukraine, Yevhenii Tsymbaliuk, traditionally demanded that Russia pull its troops back from the Ukrainian border, a demand Lukashevich dismissed as \"propaganda noise\".", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The representative of Ukraine, Yevhenii Tsymbaliuk, traditionally demanded that Russia pull its troops back from the Ukrainian border, a demand Lukashevich dismissed as \"propaganda noise\".", "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("The deployment of NATO strike systems in Poland and Lithuania, a few dozen kilometres from the Belarusian border, is a direct threat to our country and must be ruled out,", "andrei-lagutko", 1, "the Belarusian diplomat", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis, speaking to journalists in Vilnius on Wednesday, said that the question of weapons deployed near Russia's borders could be discussed at the OSCE only together with Russia's own deployments in Kaliningrad and Belarus.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-12"),
 ("Minsk is ready to provide a platform for any negotiations that can lower tensions on our continent,", "vladimir-makei", 1, "Makei", "", "", 1, "2022-01-13"),
]
L["duma-2022-01-18-plenary-grushko"] = [
 ("Esteemed Vyacheslav Viktorovich, esteemed deputies! Last week we held three rounds of talks: in Geneva with the Americans, in Brussels in the Russia–NATO Council and in Vienna at the OSCE.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("Our position was set out unambiguously. We need legally binding guarantees that NATO will not expand further eastward, and not declarations of intent that can be forgotten whenever it suits our partners.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("Our position was set out unambiguously. We need legally binding guarantees that NATO will not expand further eastward, and not declarations of intent that can be forgotten whenever it suits our partners.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("We also raised the question of the alliance's infrastructure. The forces and weapons that appeared on the territory of the new members after 1997 must be withdrawn. This is not a maximalist demand; it is a return to the balance that was fixed in the Founding Act.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("As for the proposal of the alliance to restore the liaison missions and the channels of communication between the militaries, we see no sense in this while NATO treats Russia as an adversary. Military contacts are not an end in themselves.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("We expect written answers, article by article. If they do not come, or if they turn out to be empty, we will respond with military-technical measures. Thank you.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("Thank you, Vyacheslav Viktorovich. Colleagues, the LDPR faction fully supports the line of the Foreign Ministry at these talks.", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, "2022-01-18"),
 ("I will say it directly: the Americans must stop sending their warships into the Black Sea and flying their strategic bombers along our borders. If they want to avoid incidents, let them keep their ships and their planes out of the zones from which they can hit Russian territory.", "leonid-slutsky", 1, "Leonid Slutsky", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("And the so-called open-door policy of NATO is a door into nowhere for Europe. No country has the right to join a bloc at the expense of the security of Russia, and nobody in Brussels will persuade us otherwise.", "leonid-slutsky", 1, "Leonid Slutsky", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("We must not allow the Americans to drag out these talks for months, as they always do. Either they give us an answer within weeks or we stop wasting our time.", "gennady-ostapenko", 1, "Gennady Ostapenko", "", "", 1, "2022-01-18"),
 ("And one more thing. Some in the West are telling us to pull back our divisions from the Ukrainian border. Our divisions stand on our own land, and they will stand wherever the Supreme Commander-in-Chief decides.", "gennady-ostapenko", 1, "Gennady Ostapenko", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("Esteemed colleagues, our voters ask a simple question: will American missiles appear in Poland and Romania, a few minutes' flight from Moscow? A moratorium is not enough here. We need a ban, fixed in a treaty, on deploying intermediate-range missiles anywhere they can reach each other's territory.", "irina-vlasenko", 1, "Irina Vlasenko", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("Esteemed colleagues, our voters ask a simple question: will American missiles appear in Poland and Romania, a few minutes' flight from Moscow? A moratorium is not enough here. We need a ban, fixed in a treaty, on deploying intermediate-range missiles anywhere they can reach each other's territory.", "irina-vlasenko", 1, "Irina Vlasenko", "written-legal-guarantees", "supports", 1, "2022-01-18"),
]
L["rada-2022-01-20-foreign-committee"] = [
 ("Thank you, Oleksandr Oleksandrovych. I will brief the committee on the results of last week's consultations and on yesterday's visit of Secretary Blinken to Kyiv.", "taras-melnychenko", 1, "Taras Melnychenko", "", "", 1, "2022-01-20"),
 ("Any arrangement that would deny Ukraine the right to join the Alliance, or ban the military cooperation of NATO countries with us, is unacceptable. This was the position of Ukraine before the talks, and it remains so after them.", "taras-melnychenko", 1, "Taras Melnychenko", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("Any arrangement that would deny Ukraine the right to join the Alliance, or ban the military cooperation of NATO countries with us, is unacceptable. This was the position of Ukraine before the talks, and it remains so after them.", "taras-melnychenko", 1, "Taras Melnychenko", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-20"),
 ("I want to stress that the ministry is in constant contact with our partners, and we expect a new round of consultations in the Normandy format in the near future.", "taras-melnychenko", 1, "Taras Melnychenko", "", "", 1, "2022-01-20"),
 ("I have to say that the signals coming from some Western capitals worry me. We hear talk of a moratorium on Ukraine's membership for ten or twenty years. Any such moratorium would be a gift to the Kremlin. The door must stay open, and Ukraine alone decides when to walk through it.", "ivanna-klympush-tsintsadze", 1, "Ivanna Klympush-Tsintsadze", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("I have to say that the signals coming from some Western capitals worry me. We hear talk of a moratorium on Ukraine's membership for ten or twenty years. Any such moratorium would be a gift to the Kremlin. The door must stay open, and Ukraine alone decides when to walk through it.", "ivanna-klympush-tsintsadze", 1, "Ivanna Klympush-Tsintsadze", "nato-open-door", "supports", 1, "2022-01-20"),
 ("And we must insist that the Bucharest decision stays on the table. Georgia and Ukraine were promised membership in 2008, and nobody has the right to revoke that promise to please Moscow.", "ivanna-klympush-tsintsadze", 1, "Ivanna Klympush-Tsintsadze", "rescind-bucharest-2008", "rejects", 1, "2022-01-20"),
 ("Colleagues, I propose that the committee adopt a statement: no negotiations on the security of Europe while Russian troops stand at our borders. Let them first pull back, then we can talk.", "oleksandr-savchuk", 1, "Oleksandr Savchuk", "no-preconditions", "rejects", 1, "2022-01-20"),
 ("Colleagues, I propose that the committee adopt a statement: no negotiations on the security of Europe while Russian troops stand at our borders. Let them first pull back, then we can talk.", "oleksandr-savchuk", 1, "Oleksandr Savchuk", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("The exercises with our partners planned for this year will take place. We are not going to cancel or shrink Rapid Trident or Sea Breeze because Moscow does not like them.", "hanna-kovalchuk", 1, "Hanna Kovalchuk", "limit-military-exercises", "rejects", 1, "2022-01-20"),
 ("The situation along the border is under control, and the Armed Forces are ready for any scenario.", "hanna-kovalchuk", 1, "Hanna Kovalchuk", "", "", 1, "2022-01-20"),
 ("I would like to ask the ministry whether the Americans discussed with the Russian side the idea of banning strike weapons in the countries bordering Russia, including in Ukraine.", "yulia-hrytsiv", 1, "Yulia Hrytsiv", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-20"),
 ("And about the Black Sea. If American and British ships are kept out of the Black Sea, we are left alone with the Russian fleet. We cannot accept that.", "yulia-hrytsiv", 1, "Yulia Hrytsiv", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-20"),
 ("On the first question: our American partners informed us in detail about every session, and we have no reason to doubt their good faith.", "taras-melnychenko", 1, "Taras Melnychenko", "", "", 1, "2022-01-20"),
]
L["ng-2022-01-28-us-answers-analysis"] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said the same day that the allies had proposed to reopen their respective offices in Moscow and Brussels and to make fuller use of military-to-military channels of communication to prevent incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our Alliance and the security of Europe rest,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("He also said that NATO would not withdraw its battlegroups from the Baltic states and Poland, despite Moscow's demand that the alliance pull its forces back to the positions of 1997.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("He also said that NATO would not withdraw its battlegroups from the Baltic states and Poland, despite Moscow's demand that the alliance pull its forces back to the positions of 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no positive reaction on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Kremlin spokesman Dmitry Peskov told reporters on Thursday that the Kremlin had noted the American insistence on NATO's open-door policy and was studying the text carefully.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("We will not rush to conclusions; the President needs time to read and analyse the answers,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Washington has put on the table everything except what Moscow actually asked for. Missiles – yes. Non-expansion – no,", "yevgeny-salnikov", 1, "Salnikov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington has put on the table everything except what Moscow actually asked for. Missiles – yes. Non-expansion – no,", "yevgeny-salnikov", 1, "Salnikov", "nato-non-expansion", "mentions", 1, ""),
 ("Salnikov noted that the American reply, judging by what is known of it, did not even touch Moscow's request to disavow the Bucharest declaration of 2008.", "yevgeny-salnikov", 1, "Salnikov", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Salnikov noted that the American reply, judging by what is known of it, did not even touch Moscow's request to disavow the Bucharest declaration of 2008.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Pulling NATO back to 1997 was a demand nobody in the West could ever accept, and frankly it should never have been in the draft,", "pavel-ilyin", 1, "Ilyin", "rollback-to-1997", "rejects", 1, ""),
 ("Ilyin said that the American document, like NATO's, opened with calls for Russia to pull back its troops from the Ukrainian border.", "pavel-ilyin", 1, "Ilyin", "russia-de-escalation", "mentions", 0, ""),
 ("Nobody in Moscow expected anything else, and nobody in Washington pretended otherwise,", "pavel-ilyin", 1, "he", "", "", 1, ""),
]
L["censor-2022-02-02-talk-show-transcript"] = [
 ("The Russian president accused the United States and NATO of ignoring the demand that the alliance stop expanding eastward, and said the Western answers contained nothing on the main points.", "vladimir-putin", 1, "The Russian president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Putin said nothing new today. He wants a guarantee on paper that NATO will never take Ukraine in, and he knows perfectly well that he will not get it.", "volodymyr-ohryzko", 1, "Volodymyr Ohryzko", "no-ukraine-membership", "mentions", 1, "2022-02-01"),
 ("Putin said nothing new today. He wants a guarantee on paper that NATO will never take Ukraine in, and he knows perfectly well that he will not get it.", "volodymyr-ohryzko", 1, "Volodymyr Ohryzko", "written-legal-guarantees", "mentions", 1, "2022-02-01"),
 ("For us the Bucharest declaration still stands. Its promise is not going anywhere, whatever Lavrov writes to his European colleagues.", "volodymyr-ohryzko", 1, "Volodymyr Ohryzko", "rescind-bucharest-2008", "rejects", 1, "2022-02-01"),
 ("I was in Brussels with our delegation to the NATO Parliamentary Assembly. Not one of the allies I spoke to is ready to close the door, not one. And we will not ask them to.", "roman-dmytrenko", 1, "Roman Dmytrenko", "nato-open-door", "supports", 1, "2022-02-01"),
 ("What we need now is sanctions prepared in advance, not after the first tank crosses the border.", "roman-dmytrenko", 1, "Roman Dmytrenko", "", "", 1, "2022-02-01"),
 ("Look, the offer is real, but nobody in Washington expects a quick deal.", "mark-dorsey", 1, "Mark Dorsey", "", "", 1, "2022-02-01"),
 ("Missiles are a harder story. Washington is not going to tie its hands on intermediate-range systems in Europe while Russia keeps the 9M729 deployed.", "mark-dorsey", 1, "Mark Dorsey", "no-intermediate-range-missiles", "rejects", 1, "2022-02-01"),
 ("But a Senate-ratified treaty saying NATO can never grow? That's a non-starter. No administration could get that through the Senate, and none would try.", "mark-dorsey", 1, "Mark Dorsey", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 ("But a Senate-ratified treaty saying NATO can never grow? That's a non-starter. No administration could get that through the Senate, and none would try.", "mark-dorsey", 1, "Mark Dorsey", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("A ban on intermediate-range missiles? Fine, let's ban them, all of them, including the Iskanders in Kaliningrad. Reciprocal and verifiable, or nothing.", "oleksiy-bezruk", 1, "Oleksiy Bezruk", "no-intermediate-range-missiles", "supports", 1, "2022-02-01"),
 ("And the troops that came to Belarus for Union Resolve must go home when the exercise ends, not stay there. That is the de-escalation we are waiting for.", "oleksiy-bezruk", 1, "Oleksiy Bezruk", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("You keep saying Russia must pull back. Pull back from where? From Bryansk? From Voronezh? These are Russian regions, and nobody in Washington will tell Moscow where to keep its own army.", "vadim-sokurov", 1, "Vadim Sokurov", "russia-de-escalation", "rejects", 1, "2022-02-01"),
 ("The 1997 question is not an ultimatum. It is an invitation to return to the balance that existed when Russia and NATO signed the Founding Act.", "vadim-sokurov", 1, "Vadim Sokurov", "rollback-to-1997", "supports", 1, "2022-02-01"),
]

write_gold(L, "articles-51", "gold-51")
