#!/usr/bin/env python3
"""Writes the fifty-fourth held-out gold (gold-54/*.nq) from the labels below.

Batch 54 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its seven articles vary the outlet and the form:

- ourcommons-2022-01-31-faae-ukraine-security: a Canadian House of Commons
  committee transcript (Evidence) with front matter, speaker labels of the
  form "Hon. Mélanie Joly (Minister of Foreign Affairs):", MPs' questions, a
  "[Translation]" passage and an invented departmental witness.
- aph-2022-02-16-fadt-estimates-russia: an Australian Senate estimates
  hearing (proof Hansard), UTF-8 BOM and CRLF line ends, no front matter
  (the date is in the heading), "Senator WONG:" / "Senator Payne:" labels and
  invented DFAT officials.
- shugiin-2022-02-02-foreign-affairs-committee: a Japanese Diet committee
  record in machine-assisted translation, no front matter, "○" speaker labels
  with roles (Government Witness, Minister for Foreign Affairs).
- jurnal-2022-01-28-popescu-neutrality-briefing: Jurnal.md news story on a
  Moldovan government briefing, front matter, Romanian quotation marks „ ”,
  crossheads, a quotation split by "X said", an invented analyst and a demand
  attributed in passing to Russia inside the analyst's sentence.
- gpb-2022-01-21-parliament-bucharest-debate: Georgian Public Broadcaster
  report on a parliamentary hearing, no front matter (dateline
  "21 Jan, 2022 18:40"), guillemets « », a historical paragraph on Bucharest
  2008 and the war that must not be labelled, invented opposition MP and
  researcher.
- kyivindependent-2022-01-27-live-us-nato-replies: Kyiv Independent live blog
  with timestamped entries (newest first), curly quotes and apostrophes,
  several speakers in one sentence, a passive rejection ("was rejected as ...
  by"), demands attributed in passing to Moscow.
- meduza-2022-01-09-guarantees-explainer: Meduza explainer with crossheads
  in the form of questions, straight quotes, invented analysts, indirect
  speech running over two sentences ("Nor, he said, ..."), Putin's history
  claims (labelled without a demand) next to Baker 1990 background (no label).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- transcripts: each paragraph of an answer is one direct quotation (evidence
  = the paragraph without the speaker label); MPs', senators' and Diet
  members' questions and the chair get no label; the speaker's name is the
  one the speaker label gives (titles and roles dropped);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "secondary
  issues", "part of the package"), gets no label;
- historical background (Baker 1990, Bucharest 2008, the 1999 Istanbul
  commitments), words quoted from documents, headlines, crossheads, live-blog
  entry titles and descriptions of the draft texts are not labelled;
  statements by unnamed groups ("Diplomats in Chișinău said") are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("Moscow's demands that Ukraine be barred", "at Moscow's request")
  is also Russia's label (speaker russia, not a person), undated when no day
  is given; a Russian official's own "Moscow will not accept" is only his;
- speaker ids: persons as firstname-lastname slugs, diacritics folded
  (melanie-joly, natalia-gavrilita); speaker name = the words naming the
  speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (transcripts: the sitting's date); "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-31"
L["ourcommons-2022-01-31-faae-ukraine-security"] = [
 ("Thank you, Mr. Chair, and thank you to the members of this committee for inviting us at such an important moment for Ukraine, for Europe and for the rules-based international order.", "melanie-joly", 1, "Mélanie Joly", "", "", 1, D),
 ("The draft treaties published by Moscow on December 17 would have the alliance promise never to admit Ukraine, and would have allied forces pulled back to where they stood in 1997. Let me be very clear: for Canada and for our allies, these are non-starters.", "melanie-joly", 1, "Mélanie Joly", "no-ukraine-membership", "rejects", 1, D),
 ("The draft treaties published by Moscow on December 17 would have the alliance promise never to admit Ukraine, and would have allied forces pulled back to where they stood in 1997. Let me be very clear: for Canada and for our allies, these are non-starters.", "melanie-joly", 1, "Mélanie Joly", "rollback-to-1997", "rejects", 1, D),
 ("Every sovereign nation has the right to choose its own security arrangements. That principle is not up for negotiation, not in Geneva, not in Brussels and not in Vienna.", "melanie-joly", 1, "Mélanie Joly", "nato-open-door", "supports", 1, D),
 ("At the same time, we have never closed the door to diplomacy. We are ready to talk about arms control, about the transparency of military exercises and about reducing risks, and allies have put concrete ideas on the table in the written response that was delivered to Moscow last week.", "melanie-joly", 1, "Mélanie Joly", "limit-military-exercises", "mentions", 1, D),
 ("Thank you, Mr. Chair. Russia has now massed well over 100,000 troops along Ukraine's borders, and it is moving forces and equipment into Belarus. Russia must de-escalate and pull those forces back.", "anita-anand", 1, "Anita Anand", "russia-de-escalation", "supports", 1, D),
 ("Operation UNIFIER has trained more than 33,000 members of the Security Forces of Ukraine, and last week I announced that we are extending and expanding it. Canada will not ask the Kremlin's permission to train Ukrainian soldiers.", "anita-anand", 1, "Anita Anand", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Yes, they will stay. Canada leads the enhanced forward presence battlegroup in Latvia, and we have just sent additional personnel and a frigate to the region. The presence of allied forces in Latvia is not something we will negotiate with Russia.", "anita-anand", 1, "Anita Anand", "rollback-to-1997", "rejects", 1, D),
 ("We are looking at all options, and we are in constant contact with Minister Kuleba and with our allies about what Ukraine needs.", "melanie-joly", 1, "Mélanie Joly", "", "", 1, D),
 ("Thank you for the question. Without going into the details of a document that remains confidential, I can tell the committee that the response proposes discussions on intermediate-range missiles on a reciprocal basis. For us, Russia's own 9M729 systems would have to be part of any such discussion.", "gregory-tremblay-hurst", 1, "Gregory Tremblay-Hurst", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We have always believed in dialogue. On January 12 the NATO-Russia Council met for the first time in more than two years, and Canada would welcome a return to regular military-to-military contacts to avoid accidents and miscalculation.", "melanie-joly", 1, "Mélanie Joly", "resume-military-dialogue", "supports", 1, D),
 ("The allies said at Bucharest that Ukraine would become a member of NATO, and that commitment stands. We will not take it back.", "melanie-joly", 1, "Mélanie Joly", "rescind-bucharest-2008", "rejects", 1, D),
]

D = "2022-02-16"
L["aph-2022-02-16-fadt-estimates-russia"] = [
 ("Thank you, Senator Wong. Australia was briefed by the United States both before and after the responses were delivered, and we have been in close contact with our partners since. The responses offer Russia a serious diplomatic path, and they do so without compromising on principle.", "marise-payne", 1, "Payne", "", "", 1, D),
 ("Those principles are not complicated. Every country, and that includes Ukraine, is entitled to choose its own partners and its own alliances. Moscow does not get a veto over that, and we have said so directly to the Russian ambassador here in Canberra.", "marise-payne", 1, "Payne", "nato-open-door", "supports", 1, D),
 ("What we want to see is Russia pulling its forces back from Ukraine's borders and engaging in good faith in the diplomacy that is on offer.", "marise-payne", 1, "Payne", "russia-de-escalation", "supports", 1, D),
 ("Russia has not yet given a formal written reply, Senator. Our assessment is that nothing has shifted on the two points at the centre of the Russian drafts: legally binding guarantees rather than political assurances, and no further enlargement of NATO.", "kathryn-wallbridge", 1, "Wallbridge", "written-legal-guarantees", "mentions", 1, D),
 ("Russia has not yet given a formal written reply, Senator. Our assessment is that nothing has shifted on the two points at the centre of the Russian drafts: legally binding guarantees rather than political assurances, and no further enlargement of NATO.", "kathryn-wallbridge", 1, "Wallbridge", "nato-non-expansion", "mentions", 1, D),
 ("The NATO response also proposes restoring military-to-military channels and reopening the respective missions in Brussels and Moscow. Whether the Russian side takes that up is, at this stage, an open question.", "kathryn-wallbridge", 1, "Wallbridge", "resume-military-dialogue", "mentions", 1, D),
 ("As we understand it, the US response offers to discuss reciprocal transparency measures and limits on ground-launched intermediate-range missiles in Europe, including visits to the Aegis Ashore sites in Romania and Poland and to agreed Russian bases. I would not want to go further than what has been made public.", "kathryn-wallbridge", 1, "Wallbridge", "no-intermediate-range-missiles", "mentions", 1, D),
 ("It is an offer to negotiate, Senator. The outcome would depend entirely on what Russia is prepared to put on the table in return.", "kathryn-wallbridge", 1, "Wallbridge", "", "", 1, D),
 ("No, Senator, I don't. That is the Kremlin's narrative. The countries of central and eastern Europe asked to join NATO and they were right to. The idea that the alliance should freeze its membership to satisfy Moscow is not one this government accepts.", "marise-payne", 1, "Payne", "nato-non-expansion", "rejects", 1, D),
 ("Exercise Allied Resolve began in Belarus on 10 February and is scheduled to run until 20 February. It is one of the largest Russian deployments to Belarus since the end of the Cold War, and it has not been notified in the way the Vienna Document would require.", "damian-corrigan", 1, "Corrigan", "", "", 1, D),
 ("We would support reciprocal limits on exercises and better notification on both sides, because that is in everyone's interest, Russia's included. But the first step has to be the withdrawal of these forces from Belarus and from Ukraine's borders.", "damian-corrigan", 1, "Corrigan", "limit-military-exercises", "supports", 1, D),
 ("We would support reciprocal limits on exercises and better notification on both sides, because that is in everyone's interest, Russia's included. But the first step has to be the withdrawal of these forces from Belarus and from Ukraine's borders.", "damian-corrigan", 1, "Corrigan", "russia-de-escalation", "supports", 1, D),
 ("We have temporarily moved our embassy operations from Kyiv to Lviv, and we continue to urge Australians in Ukraine to leave immediately by commercial means.", "marise-payne", 1, "Payne", "", "", 1, D),
]

D = "2022-02-02"
L["shugiin-2022-02-02-foreign-affairs-committee"] = [
 ("I will answer. The draft treaty published by the Russian side on December 17 last year contains a proposal that the parties refrain from deploying heavy bombers and surface warships in areas outside national airspace and territorial waters from which they can attack targets in the territory of the other party. The government has been following the US-Russia dialogue, including the strategic stability dialogue in Geneva on January 10, with strong interest, including from the viewpoint of its influence on the Indo-Pacific region.", "keisuke-nakahara", 1, "Keisuke Nakahara", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("On the details of the negotiations between the United States and Russia, I would like to refrain from answering on behalf of the government. However, I can say that Japan has confirmed with the United States at every level that no arrangement should weaken the deterrence and response capability of the Japan-US Alliance.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "", "", 1, D),
 ("The freedom of navigation and overflight in international waters and airspace is a basic principle of international law. The activities of US forces and the Self-Defense Forces in such waters and airspace cannot be restricted by a proposal of this kind, and Japan cannot accept it.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Each country has the right to choose its own security arrangements, and this is a basic principle confirmed in the OSCE documents, starting from the Helsinki Final Act. Japan supports this principle.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "nato-open-door", "supports", 1, D),
 ("Accordingly, the demand that NATO stop its enlargement is not something that can be accepted as a matter to be decided by Russia alone.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "nato-non-expansion", "rejects", 1, D),
 ("Also, the government strongly demands that Russia withdraw the forces gathered near the border with Ukraine and ease the tension through diplomatic means. Dialogue is important, but Russia cannot ask for talks without any conditions while keeping more than 100,000 troops at the border. The withdrawal of these forces should come first.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "russia-de-escalation", "supports", 1, D),
 ("Also, the government strongly demands that Russia withdraw the forces gathered near the border with Ukraine and ease the tension through diplomatic means. Dialogue is important, but Russia cannot ask for talks without any conditions while keeping more than 100,000 troops at the border. The withdrawal of these forces should come first.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "no-preconditions", "rejects", 1, D),
 ("I will answer. The Russian side has proposed to the United States that ground-launched intermediate-range and shorter-range missiles not be deployed outside national territory in areas from which they can reach the territory of the other party. On the other hand, Russia itself has deployed the 9M729 missile, which was the reason the INF Treaty lost its effect. A proposal which restricts only the other party while keeping Russia's own missiles is not acceptable, and we understand that the United States shares this recognition.", "keisuke-nakahara", 1, "Keisuke Nakahara", "no-intermediate-range-missiles", "rejects", 1, D),
 ("The security of Europe and the security of the Indo-Pacific cannot be separated. A unilateral change of the status quo by force must not be allowed in any region, and the government will continue to coordinate closely with the G7 and with the countries concerned.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "", "", 1, D),
]

D = "2022-01-27"
L["jurnal-2022-01-28-popescu-neutrality-briefing"] = [
 ("Moldova will not let others decide how it cooperates with NATO and the European Union, Deputy Prime Minister and Foreign Minister Nicu Popescu said at a government briefing on Thursday, a day after the United States and NATO handed Moscow their written replies to its demands for \"security guarantees\".", "nicu-popescu", 1, "Nicu Popescu", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Our neutrality is written into the Constitution, and it is for the citizens of the Republic of Moldova to decide how we cooperate with our partners, not for Moscow and not for Washington,", "nicu-popescu", 1, "Popescu", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Nothing about Moldova will be decided without Moldova, and this is what our partners have confirmed to us,", "nicu-popescu", 1, "he", "", "", 1, D),
 ("The foreign minister said the government welcomed the readiness expressed in the Western replies to discuss limits on military exercises and on intermediate-range missiles with Russia, calling it „a serious basis for talks”.", "nicu-popescu", 1, "The foreign minister", "limit-military-exercises", "mentions", 0, D),
 ("The foreign minister said the government welcomed the readiness expressed in the Western replies to discuss limits on military exercises and on intermediate-range missiles with Russia, calling it „a serious basis for talks”.", "nicu-popescu", 1, "The foreign minister", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We want de-escalation, and we want Russia to pull its troops back from the border with Ukraine,", "natalia-gavrilita", 1, "Gavrilița", "russia-de-escalation", "supports", 1, D),
 ("But Moldova will not be part of any of this, and nobody should count on Moldovan territory for anything.", "natalia-gavrilita", 1, "Gavrilița", "", "", 1, D),
 ("Russia's ambassador to Moldova, Oleg Vasnetsov, speaking to reporters on Wednesday at a reception in Chișinău, said Moscow expected „clear, legally binding answers” and that the post-Soviet space must not become „a platform for NATO infrastructure”.", "oleg-vasnetsov", 1, "Oleg Vasnetsov", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("Russia's ambassador to Moldova, Oleg Vasnetsov, speaking to reporters on Wednesday at a reception in Chișinău, said Moscow expected „clear, legally binding answers” and that the post-Soviet space must not become „a platform for NATO infrastructure”.", "oleg-vasnetsov", 1, "Oleg Vasnetsov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-26"),
 ("The Russian troops must leave the territory of the Republic of Moldova, as our Constitution and the Istanbul commitments require,", "maia-sandu", 1, "Maia Sandu", "", "", 1, D),
 ("What was put on paper in December amounts to a sphere of influence: no Western soldiers, no Western instructors and no Western bases anywhere from Chișinău to Tbilisi,", "vitalie-rusnac", 1, "Rusnac", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("He noted that Russia also wants NATO to promise that it will never take in Ukraine or Georgia, something which in his view no Western government could put its signature to.", "vitalie-rusnac", 1, "He", "no-ukraine-membership", "mentions", 0, ""),
 ("He noted that Russia also wants NATO to promise that it will never take in Ukraine or Georgia, something which in his view no Western government could put its signature to.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Chișinău has very few instruments. Its best protection is to stay very close to Bucharest and Brussels, and to say as little as possible in public,", "vitalie-rusnac", 1, "the analyst", "", "", 1, ""),
]

D = "2022-01-21"
L["gpb-2022-01-21-parliament-bucharest-debate"] = [
 ("Foreign Minister David Zalkaliani told lawmakers that the decision of the 2008 Bucharest summit, at which NATO leaders agreed that Georgia would become a member of the Alliance, «remains in force» and that no third country could revise it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, D),
 ("Nobody can take back the Bucharest decision on behalf of Georgia. Our partners have told us so at every level, in Washington and in Brussels,", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 1, D),
 ("Georgia's path to NATO is the choice of the Georgian people, and it is written into our Constitution,", "david-zalkaliani", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("Georgia's path to NATO is the choice of the Georgian people, and it is written into our Constitution,", "david-zalkaliani", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("A day earlier, Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow that the membership of Georgia and Ukraine in NATO would cross «a red line» for Russia and that the Bucharest formula had to be «disavowed».", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 0, "2022-01-20"),
 ("A day earlier, Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow that the membership of Georgia and Ukraine in NATO would cross «a red line» for Russia and that the Bucharest formula had to be «disavowed».", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, "2022-01-20"),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation at the Geneva talks on January 10, has repeatedly said that the Alliance must give guarantees that neither Ukraine nor Georgia will ever join it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 ("A signature saying that Georgia will never be in NATO and that American instructors must leave Vaziani – that is what is being discussed in Geneva today. The government must say clearly, from this rostrum, that this is unacceptable,", "tamar-gogoladze", 1, "she", "no-ukraine-membership", "rejects", 1, D),
 ("A signature saying that Georgia will never be in NATO and that American instructors must leave Vaziani – that is what is being discussed in Geneva today. The government must say clearly, from this rostrum, that this is unacceptable,", "tamar-gogoladze", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("trying to drag Georgia into someone else's war", "irakli-kobakhidze", 1, "Irakli Kobakhidze", "", "", 1, D),
 ("Georgia will not provoke anyone, and Georgia will not give anyone a reason to question its peaceful policy,", "irakli-kobakhidze", 1, "Kobakhidze", "", "", 1, D),
 ("Parliament Speaker Shalva Papuashvili told journalists after the hearing that he expected the Bucharest question to come up again at the OSCE Permanent Council in Vienna, and that the Georgian delegation would be there «to follow every word».", "shalva-papuashvili", 1, "Shalva Papuashvili", "rescind-bucharest-2008", "mentions", 0, D),
 ("The only things really on the table are missiles, military exercises and transparency. Nobody in the West is seriously talking about signing away Georgia's membership prospects,", "nino-tsertsvadze", 1, "Tsertsvadze", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The only things really on the table are missiles, military exercises and transparency. Nobody in the West is seriously talking about signing away Georgia's membership prospects,", "nino-tsertsvadze", 1, "Tsertsvadze", "limit-military-exercises", "mentions", 1, D),
 ("The only things really on the table are missiles, military exercises and transparency. Nobody in the West is seriously talking about signing away Georgia's membership prospects,", "nino-tsertsvadze", 1, "Tsertsvadze", "no-ukraine-membership", "mentions", 1, D),
]

D27, D26 = "2022-01-27", "2022-01-26"
L["kyivindependent-2022-01-27-live-us-nato-replies"] = [
 ("no positive reaction on the main question.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D27),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D27),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D27),
 ("Lavrov also dismissed NATO’s “open door” policy, saying the freedom to choose alliances could not be exercised at the expense of the security of other states.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D27),
 ("a serious conversation on secondary issues.", "sergei-lavrov", 1, "He", "", "", 1, D27),
 ("We move our troops on our own territory, and nobody can tell us where to keep them.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D27),
 ("Deputy Foreign Minister Alexander Grushko said on Jan. 27 that NATO’s reply ignored the proposal to pull back forces and weapons deployed in member states after 1997, which he called the “key to de-escalation” in Europe.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, D27),
 ("Moscow’s demand that NATO withdraw its forces from the countries that joined after 1997 was rejected as “a non-starter” by Lithuanian Foreign Minister Gabrielius Landsbergis on Jan. 27.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D27),
 ("Moscow’s demand that NATO withdraw its forces from the countries that joined after 1997 was rejected as “a non-starter” by Lithuanian Foreign Minister Gabrielius Landsbergis on Jan. 27.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Our allies’ troops in Lithuania are there because we invited them, and they will stay,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D27),
 ("Also on Thursday, Latvian Defense Minister Artis Pabriks said NATO would not scale back its exercises in the Baltic region at Moscow’s request.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 0, D27),
 ("Also on Thursday, Latvian Defense Minister Artis Pabriks said NATO would not scale back its exercises in the Baltic region at Moscow’s request.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("We will train on our own territory as much as we need, and with whom we want,", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 1, D27),
 ("There is not a word in this document that closes the door to Ukraine. NATO’s open-door policy stays,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D27),
 ("There is not a word in this document that closes the door to Ukraine. NATO’s open-door policy stays,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D27),
 ("Ukrainian Foreign Ministry spokesman Oleg Nikolenko said on Thursday that Kyiv welcomed the allies’ refusal to bow to Moscow’s demands that Ukraine be barred from the Alliance.", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-ukraine-membership", "rejects", 0, D27),
 ("Ukrainian Foreign Ministry spokesman Oleg Nikolenko said on Thursday that Kyiv welcomed the allies’ refusal to bow to Moscow’s demands that Ukraine be barred from the Alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Ukraine will decide for itself which weapons it needs to defend its land, and nobody in Moscow will dictate that to us,", "oleksii-reznikov", 1, "Reznikov", "no-strike-weapons-near-borders", "rejects", 1, D27),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D26),
 ("We make clear that there are core principles we will uphold, including the right of every country to choose its own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D26),
 ("There is no change on that, and there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D26),
 ("State Department spokesperson Ned Price said later on Jan. 26 that Washington was ready to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine.", "ned-price", 1, "Ned Price", "no-strike-weapons-near-borders", "mentions", 0, D26),
 ("State Department spokesperson Ned Price said later on Jan. 26 that Washington was ready to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine.", "ned-price", 1, "Ned Price", "no-military-activity-ex-soviet", "mentions", 0, D26),
 ("NATO Secretary General Jens Stoltenberg said on Jan. 26 the Alliance had proposed re-establishing each other’s offices in Moscow and Brussels and making better use of military-to-military channels to avoid incidents, but would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D26),
 ("NATO Secretary General Jens Stoltenberg said on Jan. 26 the Alliance had proposed re-establishing each other’s offices in Moscow and Brussels and making better use of military-to-military channels to avoid incidents, but would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D26),
 ("What we are offering is concrete measures and political commitments, not a legally binding treaty that would freeze the security architecture of Europe,", "jens-stoltenberg", 1, "Stoltenberg", "written-legal-guarantees", "rejects", 1, D26),
 ("Both Blinken and Stoltenberg stressed on Wednesday that Russia would have to pull back its troops from Ukraine’s borders for diplomacy to succeed.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D26),
 ("Both Blinken and Stoltenberg stressed on Wednesday that Russia would have to pull back its troops from Ukraine’s borders for diplomacy to succeed.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D26),
]

L["meduza-2022-01-09-guarantees-explainer"] = [
 ("Deputy Foreign Minister Sergei Ryabkov, who will lead the Russian delegation in Geneva, has insisted from the start that the guarantees be put in writing.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Verbal assurances are not enough for us. We have heard them before, and the West broke every one of them,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("We insist that the United States and NATO do not deploy intermediate-range and shorter-range missiles in places from which they can reach our territory,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-intermediate-range-missiles", "supports", 1, "2021-12-18"),
 ("Ryabkov has also said Moscow will not accept any preconditions for the talks.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, ""),
 ("Nor, he said, would Russia discuss the movement of its troops on its own territory, whatever the West demanded.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, ""),
 ("You promised us in the 1990s that NATO would not move an inch to the east,", "vladimir-putin", 1, "Putin", "", "", 1, "2021-12-23"),
 ("You cheated us, brazenly, and now you are surprised that we ask for guarantees.", "vladimir-putin", 1, "Putin", "", "", 1, "2021-12-23"),
 ("Are we deploying our strike systems near the borders of the United States? No. It is the United States that has come to our doorstep with its missiles,", "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Foreign Minister Sergei Lavrov said in a television interview on December 29 that the alliance's forces would have to \"go back to 1997\", when the NATO-Russia Founding Act was signed.", "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 0, "2021-12-29"),
 ("If NATO does not stop holding its exercises near our borders and does not keep its ships and aircraft away from the areas from which they can strike Russia, we will respond with military-technical means,", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 1, ""),
 ("If NATO does not stop holding its exercises near our borders and does not keep its ships and aircraft away from the areas from which they can strike Russia, we will respond with military-technical means,", "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("Grushko also dismissed the idea of restoring military contacts with the alliance as an end in itself, saying that talks between generals \"make no sense\" while NATO treats Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, ""),
 ("The missiles and the exercises are the part of the package where a deal is actually possible. The Americans have signalled they are ready to talk about where intermediate-range missiles can stand and how big drills can be,", "kirill-shchedrin", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The missiles and the exercises are the part of the package where a deal is actually possible. The Americans have signalled they are ready to talk about where intermediate-range missiles can stand and how big drills can be,", "kirill-shchedrin", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("The demand to roll back to 1997 would mean withdrawing the battlegroups from the Baltic states and Poland. Nobody in Brussels will even put that on the agenda,", "kirill-shchedrin", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("According to Shchedrin, Western calls for a pullback of Russian troops from the Ukrainian border will also come up in Geneva, \"like it or not\".", "kirill-shchedrin", 1, "Shchedrin", "russia-de-escalation", "mentions", 0, ""),
 ("For the Americans, the open-door policy is a question of principle, written into Article 10 of the Washington Treaty. For the Kremlin, it is the problem itself. That is why these talks are so hard,", "anna-voronova", 1, "Voronova", "nato-open-door", "mentions", 1, ""),
 ("Voronova noted that both sides say they want talks without preconditions, but each has a very different idea of what that means.", "anna-voronova", 1, "Voronova", "no-preconditions", "mentions", 0, ""),
 ("If the week ends with an agreement to keep talking, that will already be a small success,", "anna-voronova", 1, "she", "", "", 1, ""),
]

write_gold(L, "articles-54", "gold-54")
