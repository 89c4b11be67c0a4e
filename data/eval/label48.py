#!/usr/bin/env python3
"""Writes the 48th held-out gold (gold-48/*.nq) from the labels below.

Batch 48 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles, in forms the earlier batches used
little:

- irishexaminer-2022-01-11-coveney-geneva-talks: Irish Examiner news story
  with front matter, straight quotes, a quotation split by "Mr Coveney said",
  the Geneva talks of 10 January reported a day later, an invented UCC
  lecturer, history (Founding Act, Bucharest) and an anonymous "Government
  source" that must stay unlabelled.
- smh-2022-01-27-written-answers-analysis: Sydney Morning Herald analysis
  without front matter (date in the byline), curly quotes, headline,
  standfirst, crosshead, photo caption and link line; Blinken and Stoltenberg
  on the written answers of 26 January, an embassy statement, two invented
  Australian analysts, the Baker 1990 story as history.
- japantimes-2022-01-13-nato-russia-council: Japan Times / Kyodo report with
  front matter on the NATO-Russia Council of 12 January, Grushko, Japanese
  ministers (Matsuno, Hayashi) and an invented Hokkaido University analyst;
  demands attributed to Moscow in passing.
- swissinfo-2022-01-14-osce-vienna-interview: SWI swissinfo.ch Q&A after the
  OSCE Permanent Council of 13 January; reported intro (Rau, Lukashevich,
  Cassis), then questions labelled "SWI" and answers labelled "Nadine
  Sauterel:" / "N.S.:", some answers two paragraphs long.
- ep-2022-01-19-plenary-russia-security-demands: European Parliament verbatim
  report of a plenary debate (UTF-8 BOM, CRLF line ends, front matter); the
  President's chairing gets no label, each paragraph of a speech is one
  direct quotation; Council (Beaune), High Representative (Borrell) and
  invented MEPs.
- nv-2022-02-02-kuleba-answers-putin: machine-translated Novoye Vremya
  aggregator copy without front matter, „ “ quotes, attribution after the
  quotation with a dash, Putin's words of 1 February reported in a relative
  clause, the Lavrov letter (demand left unspecified), Bucharest as history.
- kremlinpool-2022-01-28-telegram-digest: Kremlin press pool Telegram digest
  with timestamped entries, « » quotes, Peskov, Lavrov, Zakharova (the day
  before), an invented Duma deputy, the Kremlin readout of the Putin-Macron
  call (unspecified concerns, unlabelled) and the Élysée's version.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given; as in batch 9, this is
  applied to reported sentences, not inside another speaker's direct
  quotation (an analyst's "Moscow is asking ..." is only the analyst's
  mention);
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (an entry of the dated digest is dated the
  digest's day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["irishexaminer-2022-01-11-coveney-geneva-talks"] = [
 ("The single most useful thing Russia could do this week is to pull those troops back to their barracks. That would change the atmosphere around every one of these meetings overnight,", "simon-coveney", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("Every country in Europe has the right to choose its own path,", "simon-coveney", 1, "Mr Coveney", "nato-open-door", "supports", 1, "2022-01-11"),
 ("It cannot be for one state to decide which alliances its neighbours may or may not join.", "simon-coveney", 1, "Mr Coveney", "nato-open-door", "supports", 1, "2022-01-11"),
 ("The minister also dismissed Moscow's argument that the talks should simply go ahead without preconditions, saying nobody could negotiate in good faith with 100,000 troops \"pointed at the table\".", "simon-coveney", 1, "The minister", "no-preconditions", "rejects", 0, "2022-01-11"),
 ("The minister also dismissed Moscow's argument that the talks should simply go ahead without preconditions, saying nobody could negotiate in good faith with 100,000 troops \"pointed at the table\".", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Ms Sherman told reporters afterwards that the US had \"firmly\" pushed back on proposals that were \"simply non-starters\", including Moscow's call for a guarantee that Ukraine would never be admitted to Nato.", "wendy-sherman", 1, "Ms Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Ms Sherman told reporters afterwards that the US had \"firmly\" pushed back on proposals that were \"simply non-starters\", including Moscow's call for a guarantee that Ukraine would never be admitted to Nato.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was, however, prepared to discuss where intermediate-range missiles could be deployed in Europe, provided Russia showed the same restraint.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Mr Ryabkov insisted Russia had no plans to attack its neighbour and rejected calls for Russian troops to move back from the border, saying Moscow was free to deploy its forces \"on its own territory\" as it saw fit.", "sergei-ryabkov", 1, "Mr Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("He also repeated that Russia wanted an end to flights by American strategic bombers and to the presence of US warships close to Russian waters in the Black Sea and the Baltic.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Moscow is asking Washington to promise that Nato will never take in another member and to pull its troops out of Poland and the Baltic states. No American administration could sign that, and the Kremlin knows it,", "ciaran-mulvey", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking Washington to promise that Nato will never take in another member and to pull its troops out of Poland and the Baltic states. No American administration could sign that, and the Kremlin knows it,", "ciaran-mulvey", 1, "he", "rollback-to-1997", "mentions", 1, ""),
]
L["smh-2022-01-27-written-answers-analysis"] = [
 ("Speaking at the State Department on Wednesday, Blinken said the document, which Washington will not publish, restated the alliance’s commitment to admitting any European country that meets its criteria.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the US was ready to discuss reciprocal transparency measures on missile deployments in Europe, including at the Aegis Ashore sites in Romania and Poland, as well as limits on the size of military exercises near the borders.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He said the US was ready to discuss reciprocal transparency measures on missile deployments in Europe, including at the Aegis Ashore sites in Romania and Poland, as well as limits on the size of military exercises near the borders.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("If Russia is serious about its security concerns, the first thing it can do is pull back the forces it has massed on Ukraine’s borders,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("In Brussels on Wednesday, NATO Secretary-General Jens Stoltenberg said the alliance had separately proposed reopening the two sides’ missions and setting up military hotlines so that commanders could talk to each other in a crisis.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("NATO is ready to sit down with Russia, and we have put our proposals in writing,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("In a statement posted on social media, the Russian embassy in Canberra said the West continued to ignore “the legitimate concerns of the Russian Federation” and that Moscow still expected a firm commitment to “no further expansion” of NATO.", "russia", 0, "the Russian embassy in Canberra", "nato-non-expansion", "supports", 0, ""),
 ("the legitimate concerns of the Russian Federation", "russia", 0, "the Russian embassy in Canberra", "", "", 1, ""),
 ("Foreign Minister Marise Payne said on Wednesday that Australia stood with Ukraine and urged Russia to withdraw its forces from the border and “engage in good faith”.", "marise-payne", 1, "Marise Payne", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("What Putin asked for in December was essentially a sphere of influence with a legal seal on it: no more NATO members, no NATO troops east of the 1997 line, and a Western signature on all of it,", "tamsin-hartigan", 1, "Tamsin Hartigan", "nato-non-expansion", "mentions", 1, ""),
 ("What Putin asked for in December was essentially a sphere of influence with a legal seal on it: no more NATO members, no NATO troops east of the 1997 line, and a Western signature on all of it,", "tamsin-hartigan", 1, "Tamsin Hartigan", "rollback-to-1997", "mentions", 1, ""),
 ("What Putin asked for in December was essentially a sphere of influence with a legal seal on it: no more NATO members, no NATO troops east of the 1997 line, and a Western signature on all of it,", "tamsin-hartigan", 1, "Tamsin Hartigan", "written-legal-guarantees", "mentions", 1, ""),
 ("The Americans have given him the bits that were always negotiable,", "tamsin-hartigan", 1, "she", "", "", 1, ""),
 ("The thing he actually cares about is Ukraine, and on Ukraine they have given him nothing.", "tamsin-hartigan", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("His officials now want NATO to tear up what it promised Ukraine and Georgia at Bucharest in 2008, which tells you how far back they want to wind the clock,", "tamsin-hartigan", 1, "Hartigan", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The draft treaty would keep American warships and bombers out of huge stretches of the Baltic and the Black Sea. No Western government should ever accept that, and a maritime nation like ours least of all,", "gareth-ellery", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Ellery believes the offer on missiles is the most promising thread, but warned that Moscow had set itself up to dismiss anything short of its full list.", "gareth-ellery", 1, "Ellery", "no-intermediate-range-missiles", "mentions", 0, ""),
]
L["japantimes-2022-01-13-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO’s relationship with Ukraine will be decided by the 30 allies and Ukraine, nobody else,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO’s relationship with Ukraine will be decided by the 30 allies and Ukraine, nobody else,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("The secretary-general also rejected Moscow’s proposal that the alliance withdraw troops and infrastructure from the countries that joined after 1997, saying NATO would not accept “first- and second-class members.”", "jens-stoltenberg", 1, "The secretary-general", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("The secretary-general also rejected Moscow’s proposal that the alliance withdraw troops and infrastructure from the countries that joined after 1997, saying NATO would not accept “first- and second-class members.”", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He added that NATO stood by the decisions taken at its 2008 summit in Bucharest and would not reverse them.", "jens-stoltenberg", 1, "He", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("Stoltenberg said NATO had offered to reopen military communication channels and to restore the two sides’ missions in Brussels and Moscow, which were closed last year after a spying row.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Grushko told a news conference in Brussels that NATO’s insistence on its open-door policy could not be squared with Russia’s security, and that the freedom to choose alliances could not be exercised “at the expense of others.”", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("For us it is now absolutely clear that non-enlargement of NATO and the non-deployment of intermediate-range missiles within reach of our territory are not subjects for bargaining. These are the conditions of our security,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("For us it is now absolutely clear that non-enlargement of NATO and the non-deployment of intermediate-range missiles within reach of our territory are not subjects for bargaining. These are the conditions of our security,", "alexander-grushko", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2022-01-12"),
 ("The deputy minister dismissed NATO’s offer to restore military communication channels as dealing with “secondary matters,” saying contacts between the militaries would mean little if the alliance kept building up forces on Russia’s doorstep.", "alexander-grushko", 1, "The deputy minister", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("If NATO moves to a policy of containment, there will be counter-containment,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said Thursday that the government was aware NATO had reaffirmed its open-door policy at the meeting and would stay in close contact with its Group of Seven partners.", "hirokazu-matsuno", 1, "Hirokazu Matsuno", "nato-open-door", "mentions", 0, "2022-01-13"),
 ("Foreign Minister Yoshimasa Hayashi, speaking at a regular news conference on Tuesday, said Japan was closely following Russia’s demands that NATO not admit Ukraine and that no offensive weapons be deployed near Russia’s borders, adding that “any unilateral change to the status quo by force” would be unacceptable.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "no-ukraine-membership", "mentions", 0, "2022-01-11"),
 ("Foreign Minister Yoshimasa Hayashi, speaking at a regular news conference on Tuesday, said Japan was closely following Russia’s demands that NATO not admit Ukraine and that no offensive weapons be deployed near Russia’s borders, adding that “any unilateral change to the status quo by force” would be unacceptable.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-11"),
 ("Foreign Minister Yoshimasa Hayashi, speaking at a regular news conference on Tuesday, said Japan was closely following Russia’s demands that NATO not admit Ukraine and that no offensive weapons be deployed near Russia’s borders, adding that “any unilateral change to the status quo by force” would be unacceptable.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Foreign Minister Yoshimasa Hayashi, speaking at a regular news conference on Tuesday, said Japan was closely following Russia’s demands that NATO not admit Ukraine and that no offensive weapons be deployed near Russia’s borders, adding that “any unilateral change to the status quo by force” would be unacceptable.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("any unilateral change to the status quo by force", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "", "", 1, "2022-01-11"),
 ("Japan is not a party to these talks, but what is decided in Europe will be read very carefully in Beijing,", "yoshimasa-hayashi", 1, "Hayashi", "", "", 1, "2022-01-11"),
 ("Moscow says it wants talks with no preconditions, yet its drafts read like a list of preconditions,", "yuko-hirasawa", 1, "Yuko Hirasawa", "no-preconditions", "mentions", 1, ""),
 ("One item that matters for Japan is the demand that American warships and bombers stay out of waters and airspace from which they could strike Russia,", "yuko-hirasawa", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Tokyo will be watching very closely how Washington answers that point in writing later this month.", "yuko-hirasawa", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]
L["swissinfo-2022-01-14-osce-vienna-interview"] = [
 ("Russia's ambassador to the OSCE, Alexander Lukashevich, told reporters afterwards that a commitment not to take Ukraine and Georgia into NATO, set down in a legally binding document, remained at the heart of the Russian proposals.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("Russia's ambassador to the OSCE, Alexander Lukashevich, told reporters afterwards that a commitment not to take Ukraine and Georgia into NATO, set down in a legally binding document, remained at the heart of the Russian proposals.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("Without a constructive answer within a reasonable time, we will have to take measures to ensure our own security,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("Not a failure, but not a success either. Each side has now heard the other's position three times, in three formats, and the positions have not moved an inch.", "nadine-sauterel", 1, "Nadine Sauterel", "", "", 1, "2022-01-13"),
 ("In its drafts, Russia asks for a legally binding promise that NATO will not grow any further, and it wants that promise on paper, signed and ratified, not in a communiqué.", "nadine-sauterel", 1, "Nadine Sauterel", "nato-non-expansion", "mentions", 1, "2022-01-13"),
 ("In its drafts, Russia asks for a legally binding promise that NATO will not grow any further, and it wants that promise on paper, signed and ratified, not in a communiqué.", "nadine-sauterel", 1, "Nadine Sauterel", "written-legal-guarantees", "mentions", 1, "2022-01-13"),
 ("There is a second layer that gets less attention. Russia also wants the alliance to stop all military activity in Ukraine, in the South Caucasus and in Central Asia, which would end the training missions and the joint drills with Kyiv and Tbilisi.", "nadine-sauterel", 1, "Nadine Sauterel", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-13"),
 ("Yes. Missiles are the obvious candidate. Neither side wants to go back to the 1980s, and the Americans said in Geneva that they were ready to talk about where intermediate-range systems can be placed.", "nadine-sauterel", 1, "Nadine Sauterel", "no-intermediate-range-missiles", "mentions", 1, "2022-01-13"),
 ("Personally I think the West should also take up the idea of limiting exercises near the borders. Snap drills with tens of thousands of troops are dangerous whoever holds them, and a mutual ceiling would cost NATO very little.", "nadine-sauterel", 1, "Nadine Sauterel", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("That is where it stops. No Western government will promise that Ukraine can never join; to do so would hand Moscow a veto over a sovereign state, and I think they are right to refuse.", "nadine-sauterel", 1, "Nadine Sauterel", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("That is where it stops. No Western government will promise that Ukraine can never join; to do so would hand Moscow a veto over a sovereign state, and I think they are right to refuse.", "nadine-sauterel", 1, "Nadine Sauterel", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Officially, no. In practice Washington and Brussels keep saying that real progress is impossible while Russian troops stay massed on Ukraine's border, which is a precondition in all but name. I understand why they say it, but I would not make it a condition for sitting down.", "nadine-sauterel", 1, "Nadine Sauterel", "no-preconditions", "supports", 1, "2022-01-13"),
 ("Officially, no. In practice Washington and Brussels keep saying that real progress is impossible while Russian troops stay massed on Ukraine's border, which is a precondition in all but name. I understand why they say it, but I would not make it a condition for sitting down.", "nadine-sauterel", 1, "Nadine Sauterel", "russia-de-escalation", "mentions", 1, "2022-01-13"),
 ("The OSCE is the only forum where Russia, Ukraine and the Americans sit at one table with everybody else. Mr Rau's idea of a renewed dialogue on European security deserves a chance, even if Moscow has so far shown little interest.", "nadine-sauterel", 1, "Nadine Sauterel", "", "", 1, "2022-01-13"),
 ("Switzerland can offer rooms, coffee and discretion. That sounds modest, but this week it was exactly what both sides needed.", "nadine-sauterel", 1, "Nadine Sauterel", "", "", 1, "2022-01-13"),
]
D = "2022-01-19"
L["ep-2022-01-19-plenary-russia-security-demands"] = [
 ("Madam President, the Council fully shares the assessment that the High Representative will present. The principles of the Helsinki Final Act and the Charter of Paris are not up for negotiation: each state is free to choose its alliances, and no country holds a right of veto over the decisions of others.", "clement-beaune", 1, "Clément Beaune", "nato-open-door", "supports", 1, D),
 ("The French Presidency will keep every channel open, in the OSCE and in the Normandy format, whose political advisers will meet in Paris next week.", "clement-beaune", 1, "Clément Beaune", "", "", 1, D),
 ("Madam President, honourable Members, we are facing the most dangerous moment for security on our continent since the end of the Cold War. More than 100 000 Russian troops are massed on Ukraine's borders, and Russia must pull them back if it wants us to believe that it is serious about dialogue.", "josep-borrell", 1, "Josep Borrell Fontelles", "russia-de-escalation", "supports", 1, D),
 ("Russia has put on the table two drafts that would divide Europe into spheres of influence. They ask the Alliance to renounce any further enlargement and to withdraw from the Member States that joined after 1997. Let me be very clear: these are not proposals, they are ultimatums, and they are unacceptable to us.", "josep-borrell", 1, "Josep Borrell Fontelles", "nato-non-expansion", "rejects", 1, D),
 ("Russia has put on the table two drafts that would divide Europe into spheres of influence. They ask the Alliance to renounce any further enlargement and to withdraw from the Member States that joined after 1997. Let me be very clear: these are not proposals, they are ultimatums, and they are unacceptable to us.", "josep-borrell", 1, "Josep Borrell Fontelles", "rollback-to-1997", "rejects", 1, D),
 ("We are ready to talk about arms control, about transparency, about risk reduction. But there can be no discussion about European security without the Europeans, and no discussion about Ukraine without Ukraine.", "josep-borrell", 1, "Josep Borrell Fontelles", "", "", 1, D),
 ("Madam President, in Vilnius people remember very well what it means when others decide about our security. Now we are told that NATO should pull its soldiers out of Lithuania. My answer is simple: the German-led battalion in Rukla is there because we asked for it, and it will stay.", "dainius-sabaliauskas", 1, "Dainius Sabaliauskas", "rollback-to-1997", "rejects", 1, D),
 ("And let nobody in this House suggest that we should calm the Kremlin by cancelling our exercises. Our exercises are defensive, they are announced in advance, and Russia held Zapad with 200 000 soldiers only four months ago.", "dainius-sabaliauskas", 1, "Dainius Sabaliauskas", "limit-military-exercises", "rejects", 1, D),
 ("Madam President, dialogue is not weakness. I welcome that the Americans sat down with the Russians in Geneva and that the NATO-Russia Council met again after two and a half years.", "ingeborg-thalmann", 1, "Ingeborg Thalmann", "", "", 1, D),
 ("We should go further: reopen the military channels that were cut in October, restore the hotlines between commanders, bring the generals back to the same table. Accidents start wars, too.", "ingeborg-thalmann", 1, "Ingeborg Thalmann", "resume-military-dialogue", "supports", 1, D),
 ("Madam President, we hear from the Russian side that the Aegis Ashore site at Deveselu could launch intermediate-range missiles and must go. It cannot: it carries interceptors, and Romania will not dismantle its defences to reassure anyone who masses tanks on our neighbour's border.", "andrei-mitrea-valcu", 1, "Andrei Mitrea-Vâlcu", "no-intermediate-range-missiles", "rejects", 1, D),
 ("I also call on the Commission to prepare, now and not after an invasion, the sanctions package that our leaders have promised.", "andrei-mitrea-valcu", 1, "Andrei Mitrea-Vâlcu", "", "", 1, D),
 ("Madam President, Poland will decide for itself which weapons stand on Polish soil. The idea that we should first ask the Kremlin whether an American battery or a Polish rocket launcher is too close to Russia's border is simply unacceptable.", "anna-wierzbicka-sowa", 1, "Anna Wierzbicka-Sowa", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("No treaty, signed or unsigned, should give anyone a legal claim over our security. Written guarantees of that kind are a trap, and the allies are right not to put their names to them.", "anna-wierzbicka-sowa", 1, "Anna Wierzbicka-Sowa", "written-legal-guarantees", "rejects", 1, D),
 ("Madam President, I do not defend the Kremlin, but we should be honest in this Chamber. For thirty years NATO has kept moving eastwards, and the demand for a written guarantee that this will now stop is not madness; it is a security concern that any great power would raise.", "padraig-colreavy", 1, "Pádraig Colreavy", "nato-non-expansion", "supports", 1, D),
 ("Madam President, I do not defend the Kremlin, but we should be honest in this Chamber. For thirty years NATO has kept moving eastwards, and the demand for a written guarantee that this will now stop is not madness; it is a security concern that any great power would raise.", "padraig-colreavy", 1, "Pádraig Colreavy", "written-legal-guarantees", "supports", 1, D),
 ("Ireland and Austria, Finland and Sweden have shown that neutrality works. A neutral Ukraine, outside any military bloc, would be safer than a Ukraine that is promised membership and never given it.", "padraig-colreavy", 1, "Pádraig Colreavy", "no-ukraine-membership", "supports", 1, D),
]
L["nv-2022-02-02-kuleba-answers-putin"] = [
 ("Minister of foreign affairs of Ukraine Dmytro Kuleba on Wednesday has declared, that the question of the membership of Ukraine in NATO will be decided by Ukraine and the member states of the Alliance, and Russia has not any right of veto.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-02-02"),
 ("Minister of foreign affairs of Ukraine Dmytro Kuleba on Wednesday has declared, that the question of the membership of Ukraine in NATO will be decided by Ukraine and the member states of the Alliance, and Russia has not any right of veto.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-02-02"),
 ("Putin again tries to frighten Europe by the war which he himself creates. The door of NATO is open, and the key from it is not in the Kremlin", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-02-02"),
 ("So the minister has reacted to the words of the president of Russia Vladimir Putin, who on Tuesday after the negotiations with the prime minister of Hungary Viktor Orban has stated, that the USA and NATO have ignored the principal concerns of Russia – the non-expansion of the alliance, the refusal from the deployment of the shock weapon systems near the Russian borders and the return of the military infrastructure of the bloc to the positions of 1997.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("So the minister has reacted to the words of the president of Russia Vladimir Putin, who on Tuesday after the negotiations with the prime minister of Hungary Viktor Orban has stated, that the USA and NATO have ignored the principal concerns of Russia – the non-expansion of the alliance, the refusal from the deployment of the shock weapon systems near the Russian borders and the return of the military infrastructure of the bloc to the positions of 1997.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("So the minister has reacted to the words of the president of Russia Vladimir Putin, who on Tuesday after the negotiations with the prime minister of Hungary Viktor Orban has stated, that the USA and NATO have ignored the principal concerns of Russia – the non-expansion of the alliance, the refusal from the deployment of the shock weapon systems near the Russian borders and the return of the military infrastructure of the bloc to the positions of 1997.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Imagine, that Ukraine is the member of NATO and begins the military operation in Crimea. What, we must fight with the NATO bloc? Has somebody thought about it?", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("We hope, that finally we will find the solution, though it will be not easy", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("The secretary of the Council of national security and defence Oleksiy Danilov in the interview with the Ukrainian service of Radio Svoboda on Tuesday has declared, that Ukraine does not intend to ask the permission of Moscow for the military cooperation with the partners.", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-military-activity-ex-soviet", "rejects", 0, "2022-02-01"),
 ("The instructors of the British and the Canadians are here on our invitation and they will remain, whatever Moscow writes in its papers", "oleksiy-danilov", 1, "Danilov", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-01"),
 ("Our way to the European Union and NATO is written in the Constitution, and nobody will change it from outside.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 1, "2022-02-01"),
 ("Our way to the European Union and NATO is written in the Constitution, and nobody will change it from outside.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 1, "2022-02-01"),
 ("According to the State Department, Blinken in the telephone conversation with Lavrov on Tuesday has called to the immediate de-escalation and the withdrawal of Russian troops and equipment from the borders of Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("The demand that the American bombers do not fly above the Black Sea and the ships of NATO do not enter it, is absurd. The Black Sea is not the Russian lake", "ihor-zavalnyi", 1, "Ihor Zavalnyi", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Everything depends on one person, and nobody knows what he has decided", "ihor-zavalnyi", 1, "the expert", "", "", 1, ""),
]
K = "2022-01-28"
L["kremlinpool-2022-01-28-telegram-digest"] = [
 ("The conversation will take place this evening, the topic is obvious: security guarantees and Ukraine.", "dmitry-peskov", 1, "Peskov", "", "", 1, K),
 ("There is no reason to say that our concerns have been taken into account. On the main issue we did not hear a response we could be satisfied with.", "dmitry-peskov", 1, "Peskov", "", "", 1, K),
 ("The Russian Federation moves its armed forces around its own territory as it sees fit. This concerns no one and threatens no one", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, K),
 ("We have seen these ideas. The Defence Ministry will study them, and we will not comment before that.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 1, K),
 ("Western instructors and weapons pouring into Ukraine only raise the temperature. The military development of Ukrainian territory by NATO is a red line for us, the President has said this many times", "dmitry-peskov", 1, "Peskov", "no-military-activity-ex-soviet", "supports", 1, K),
 ("The Kremlin spokesman also said Moscow had always been ready for dialogue \"without any preconditions\", but that the dialogue \"cannot be endless\" and must lead to results.", "dmitry-peskov", 1, "The Kremlin spokesman", "no-preconditions", "supports", 0, K),
 ("If it depends on Russia, there will be no war. We do not want wars. But we will not allow our interests to be rudely trampled on and ignored.", "sergei-lavrov", 1, "Lavrov", "", "", 1, K),
 ("There is a rational grain in the answers on secondary matters. But on the main question, our clear position on the inadmissibility of further NATO expansion to the east and of deploying strike weapons that could threaten Russian territory, there is no positive reaction.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, K),
 ("There is a rational grain in the answers on secondary matters. But on the main question, our clear position on the inadmissibility of further NATO expansion to the east and of deploying strike weapons that could threaten Russian territory, there is no positive reaction.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, K),
 ("The Bucharest formula that Ukraine and Georgia \"will become members\" must be disavowed. As long as it stands, all the talk of Ukraine's neutrality is just words.", "maria-zakharova", 1, "Zakharova", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("If NATO is not ready to give us everything, let them at least stop sending their bombers and destroyers within striking distance of Crimea and Kaliningrad.", "gennady-tolkachyov", 1, "Gennady Tolkachyov", "no-warships-aircraft-in-strike-range", "supports", 1, K),
 ("According to the Élysée, Macron stressed the need for de-escalation and told Putin that Russian troops near Ukraine had to be pulled back for talks to progress.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, K),
]

write_gold(L, "articles-48", "gold-48")
