#!/usr/bin/env python3
"""Writes the held-out gold of batch 136 (gold-136/*.nq) from the labels below.

Batch 136 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.

Outlets and forms (seven invented but plausible articles, December 2021 -
February 2022):
- anadolu-2021-12-18-russia-draft-treaties: Anadolu Agency wire copy, no
  front matter (date "18.12.2021" in the byline), straight quotes, dash
  crossheads; reactions to the draft treaties of 17 December (Ryabkov,
  Zakharova, Peskov, Stoltenberg, Cavusoglu, an anonymous senior EU official,
  an invented Turkish analyst); document paraphrase and the 1990 "one inch"
  story, neither labelled.
- npr-2022-01-10-sherman-geneva: NPR All Things Considered transcript with
  front matter and upper-case speaker labels (host, reporter, soundbites
  "(Through interpreter)", a Q/A interview with Wendy Sherman whose answers
  run over several paragraphs).
- lsm-2022-01-12-nato-russia-council-live: LSM.lv live blog of the
  NATO-Russia Council day, UTF-8 BOM, CRLF line ends, front matter, curly
  quotes, timestamps; Latvian ministers, Stoltenberg, Grushko, an invented
  LIIA researcher; a quotation split by "Rinkevics told", speakers named
  only by role ("the minister", "the deputy minister", "the NATO chief").
- swissinfo-2022-01-13-osce-vienna: SWI swissinfo.ch / Keystone-SDA wire, no
  front matter ("This content was published on January 13, 2022"), « »
  quotes; OSCE Permanent Council (Rau, Lukashevich, Carpenter, Tsymbaliuk,
  Cassis, Schmid, an invented ETH analyst whose indirect speech runs over two
  sentences).
- rg-2022-01-28-antonov-us-answer: Rossiyskaya Gazeta Q&A interview in
  translation, front matter, questions as plain paragraphs, answers led by
  an em dash, one answer split into two paragraphs; the interview was given
  on Thursday 27 January, published on the 28th.
- zn-2022-01-27-kuleba-us-answer: ZN.ua (Zerkalo Nedeli) machine-translated
  aggregator copy, no front matter, „ “ quotes with the attribution after
  them ("– has declared Kuleba"), two speakers in one sentence (Kuleba and
  Landsbergis), a demand attributed to Moscow by the narrator, background
  ("We will remind") not labelled.
- hindu-2022-02-03-oped-security-guarantees: The Hindu op-ed, front matter,
  curly double and single quotes, "Mr."/"Dr." titles, invented experts in the
  present tense ("he says"), history (Baker 1990, the Founding Act,
  Bucharest 2008) and document wording not labelled; Putin's "fundamental
  concerns" left unlabelled as unspecified.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label, and
  without "(Through interpreter)"); journalists' questions and the moderator
  get no label; the interviewee's name is the one the intro/speaker label
  gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["anadolu-2021-12-18-russia-draft-treaties"] = [
 ("legally binding guarantees, not promises and not assurances that can be forgotten the next day.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The non-expansion of NATO is the cornerstone of the whole package. Further movement of the alliance to the east is simply unacceptable for us,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("He also said that Washington would have to rule out the deployment of intermediate-range missiles in places from which they could reach Russian territory, and that Moscow was ready to take the same obligation in return.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("must stop the military development of the territory of Ukraine, Georgia and other post-Soviet states, which it has been carrying out under the guise of training missions.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2021-12-17"),
 ("We expect talks to begin without delay and without preconditions, and we expect a substantive answer rather than a polite refusal,", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 1, "2021-12-18"),
 ("On Saturday, Peskov also dismissed Western calls for Russia to pull back the troops it has concentrated near Ukraine, saying the movement of forces on Russian territory was \"exclusively Russia's own business.\"", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2021-12-18"),
 ("It is for Ukraine and 30 NATO allies to decide when Ukraine is ready to join NATO. Russia has no veto, and no right to establish a sphere of influence,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("It is for Ukraine and 30 NATO allies to decide when Ukraine is ready to join NATO. Russia has no veto, and no right to establish a sphere of influence,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("will never accept a Europe divided again into spheres of influence.", "european-union", 0, "A senior EU official", "", "", 1, ""),
 ("Turkish Foreign Minister Mevlut Cavusoglu said on Saturday that Ankara had taken note of Moscow's call for US warships and strategic bombers to stay out of range of Russian territory, but that any arrangement touching on the Black Sea would have to respect the 1936 Montreux Convention.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "no-warships-aircraft-in-strike-range", "mentions", 0, "2021-12-18"),
 ("We are in favor of resolving all problems through dialogue and diplomacy, and Turkey is ready to contribute to this process,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2021-12-18"),
 ("Moscow is asking the West to sign away NATO enlargement and to roll the alliance back to where it stood in 1997, and it knows perfectly well that Washington cannot say yes to either,", "selim-karaoglan", 1, "Selim Karaoglan", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking the West to sign away NATO enlargement and to roll the alliance back to where it stood in 1997, and it knows perfectly well that Washington cannot say yes to either,", "selim-karaoglan", 1, "Selim Karaoglan", "rollback-to-1997", "mentions", 1, ""),
]
L["npr-2022-01-10-sherman-geneva"] = [
 ("Deputy Foreign Minister Sergei Ryabkov told reporters the Americans had treated Moscow's proposals seriously, but he said there had been no progress on the central issue for Russia: a legally binding promise that NATO will stop expanding eastward.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Deputy Foreign Minister Sergei Ryabkov told reporters the Americans had treated Moscow's proposals seriously, but he said there had been no progress on the central issue for Russia: a legally binding promise that NATO will stop expanding eastward.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He also said Moscow saw no reason to pull back troops that, in his words, are on Russian soil and threaten no one.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("They asked for everything at once - no more expansion, no American missiles in Europe, NATO back to the borders of 1997. Now they will see what the Americans are really ready to put on the table.", "vadim-stolyarenko", 1, "Vadim Stolyarenko", "nato-non-expansion", "mentions", 1, ""),
 ("They asked for everything at once - no more expansion, no American missiles in Europe, NATO back to the borders of 1997. Now they will see what the Americans are really ready to put on the table.", "vadim-stolyarenko", 1, "Vadim Stolyarenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("They asked for everything at once - no more expansion, no American missiles in Europe, NATO back to the borders of 1997. Now they will see what the Americans are really ready to put on the table.", "vadim-stolyarenko", 1, "Vadim Stolyarenko", "rollback-to-1997", "mentions", 1, ""),
 ("No, and I was very clear with Deputy Foreign Minister Ryabkov that Ukraine's future in NATO is not something Russia gets to decide. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("No, and I was very clear with Deputy Foreign Minister Ryabkov that Ukraine's future in NATO is not something Russia gets to decide. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Look, we are not going to sign a treaty that rewrites the security architecture of Europe over the heads of our allies and of Ukraine. Nothing about Ukraine without Ukraine, nothing about Europe without Europe.", "wendy-sherman", 1, "Wendy Sherman", "written-legal-guarantees", "rejects", 1, "2022-01-10"),
 ("But that doesn't mean there's nothing to talk about. We told the Russian delegation we are prepared to discuss the future deployment of intermediate-range missiles in Europe on a reciprocal basis, and we're open to talking about the size and scope of military exercises on both sides.", "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("But that doesn't mean there's nothing to talk about. We told the Russian delegation we are prepared to discuss the future deployment of intermediate-range missiles in Europe on a reciprocal basis, and we're open to talking about the size and scope of military exercises on both sides.", "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("The United States is not going to stop sailing and flying wherever international law allows. We'll keep operating in the Black Sea and over the Baltic, as our allies expect us to.", "wendy-sherman", 1, "Wendy Sherman", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-10"),
 ("What we did say is that we could look at transparency and risk reduction, and frankly our militaries should be talking to each other far more regularly than they do today, so that an incident at sea doesn't turn into something nobody wants.", "wendy-sherman", 1, "Wendy Sherman", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("It is very hard to make real progress while 100,000 troops sit on Ukraine's border. If Russia is serious about diplomacy, it needs to de-escalate and send those forces back to their barracks.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("We take every statement seriously. We have made clear to Moscow that any further invasion of Ukraine would be met with severe costs, and that we are united with our allies on that.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We go to Brussels on Wednesday for the NATO-Russia Council and to Vienna on Thursday for the OSCE. We will consult closely with our allies at every step of the way.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
]
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Latvia will not become a second-class ally without NATO troops on its soil,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Moscow’s demand to return to the 1997 lines is unacceptable, and we will not even discuss it.", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("The Bucharest decisions stand. Nobody is going to cancel them just because Moscow has written a draft treaty,", "edgars-rinkevics", 1, "he", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("There can be no negotiations with a gun held to Ukraine’s head. First Russia pulls back its troops, then we talk.", "artis-pabriks", 1, "Artis Pabriks", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("There can be no negotiations with a gun held to Ukraine’s head. First Russia pulls back its troops, then we talk.", "artis-pabriks", 1, "Artis Pabriks", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("Speaking to LSM later, Pabriks dismissed the idea that the allies should give Moscow a say over where intermediate-range missiles or other strike weapons are stationed, or over the exercises they hold, saying that Latvia’s defence planning would not be negotiated with Russia.", "artis-pabriks", 1, "Pabriks", "no-intermediate-range-missiles", "rejects", 0, "2022-01-12"),
 ("Speaking to LSM later, Pabriks dismissed the idea that the allies should give Moscow a say over where intermediate-range missiles or other strike weapons are stationed, or over the exercises they hold, saying that Latvia’s defence planning would not be negotiated with Russia.", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("Speaking to LSM later, Pabriks dismissed the idea that the allies should give Moscow a say over where intermediate-range missiles or other strike weapons are stationed, or over the exercises they hold, saying that Latvia’s defence planning would not be negotiated with Russia.", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("We waited half a century for allied troops to be here. We are not going to send them home because the Kremlin asks,", "artis-pabriks", 1, "the minister", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Despite Moscow’s demand that NATO stop holding drills near Russia’s borders, two multinational exercises involving allied troops are scheduled to take place in Latvia in February and March.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Moscow wants to negotiate about the Baltic states without the Baltic states in the room,", "maris-ozolins-vilks", 1, "he", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Only Ukraine and 30 NATO allies decide when Ukraine is ready to join NATO. Russia does not have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Only Ukraine and 30 NATO allies decide when Ukraine is ready to join NATO. Russia does not have a veto,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("NATO will not compromise on its core principles, Stoltenberg said, including the right of each nation to choose its own path, and it will not sign anything that would stop it from admitting new members.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("NATO will not compromise on its core principles, Stoltenberg said, including the right of each nation to choose its own path, and it will not sign anything that would stop it from admitting new members.", "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("He said the allies had proposed to reopen the NATO and Russian missions in Moscow and Brussels and to re-establish military-to-military channels of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("We called on Russia to immediately de-escalate the situation along Ukraine’s borders,", "jens-stoltenberg", 1, "the NATO chief", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("a large number of fundamental differences", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-12"),
 ("If NATO keeps expanding and moving its strike weapons towards our borders, we will respond with military-technical means. This is not a threat, it is a description of reality,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("If NATO keeps expanding and moving its strike weapons towards our borders, we will respond with military-technical means. This is not a threat, it is a description of reality,", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("The deputy minister said Moscow saw no point in restoring military channels with the alliance as long as NATO treated Russia as an adversary.", "alexander-grushko", 1, "The deputy minister", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("NATO’s door stays open, and our allies stay in Latvia,", "krisjanis-karins", 1, "Kariņš", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO’s door stays open, and our allies stay in Latvia,", "krisjanis-karins", 1, "Kariņš", "rollback-to-1997", "rejects", 1, "2022-01-12"),
]
L["swissinfo-2022-01-13-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau said the Polish chairmanship would propose a renewed dialogue on European security within the OSCE, covering arms control, confidence-building measures and the transparency of military exercises.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not expand any further and that strike weapons will not be deployed near our borders. Not declarations, not a moratorium,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not expand any further and that strike weapons will not be deployed near our borders. Not declarations, not a moratorium,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not expand any further and that strike weapons will not be deployed near our borders. Not declarations, not a moratorium,", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("He added that Moscow had come to Vienna without preconditions and expected the same from its partners, and that Russia would not accept being told where to move troops on its own territory.", "alexander-lukashevich", 1, "He", "no-preconditions", "supports", 0, "2022-01-13"),
 ("He added that Moscow had come to Vienna without preconditions and expected the same from its partners, and that Russia would not accept being told where to move troops on its own territory.", "alexander-lukashevich", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("We face a crisis in European security. The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington was prepared to discuss reciprocal limits on the deployment of offensive weapons systems in Europe, but would not accept a freeze on NATO enlargement.", "michael-carpenter", 1, "Carpenter", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-13"),
 ("Carpenter said Washington was prepared to discuss reciprocal limits on the deployment of offensive weapons systems in Europe, but would not accept a freeze on NATO enlargement.", "michael-carpenter", 1, "Carpenter", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("Ukraine's envoy to the OSCE, Yevhenii Tsymbaliuk, said the only real de-escalation would be for Russia to withdraw the troops it has massed near Ukraine's borders and in occupied Crimea.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Switzerland is ready to host further rounds of these talks, in Geneva or elsewhere,", "ignazio-cassis", 1, "Cassis", "", "", 1, "2022-01-13"),
 ("The OSCE remains the one place where all of us sit at the same table,", "helga-schmid", 1, "she", "", "", 1, ""),
 ("Moscow is asking for a return to 1997 and for treaties signed in ink, and it is asking for them in a format where the Ukrainians are not even at the table,", "lukas-brandli-osterwalder", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow is asking for a return to 1997 and for treaties signed in ink, and it is asking for them in a format where the Ukrainians are not even at the table,", "lukas-brandli-osterwalder", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("The researcher noted that Russia wanted the talks to continue without preconditions.", "lukas-brandli-osterwalder", 1, "The researcher", "no-preconditions", "mentions", 0, ""),
 ("It would, however, refuse any Western demand to pull its troops back first, he added.", "lukas-brandli-osterwalder", 1, "he", "russia-de-escalation", "mentions", 0, ""),
]
L["rg-2022-01-28-antonov-us-answer"] = [
 ("The document was handed over in confidential form, and I will not reveal its content. I can say one thing: our main question, the non-expansion of NATO, has not received a positive answer.", "anatoly-antonov", 1, "Anatoly Antonov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("We have long insisted on limits on exercises near our borders, and it is good that the Americans are finally ready to discuss this.", "anatoly-antonov", 1, "Anatoly Antonov", "limit-military-exercises", "supports", 1, "2022-01-27"),
 ("But these are secondary topics. Without a guarantee that Ukraine will never join NATO and that the alliance will return its forces to the configuration of 1997, the rest hangs in the air.", "anatoly-antonov", 1, "Anatoly Antonov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("But these are secondary topics. Without a guarantee that Ukraine will never join NATO and that the alliance will return its forces to the configuration of 1997, the rest hangs in the air.", "anatoly-antonov", 1, "Anatoly Antonov", "rollback-to-1997", "supports", 1, "2022-01-27"),
 ("For us it is not history. The promise given to Kyiv and Tbilisi in Bucharest must be disavowed, officially and in writing.", "anatoly-antonov", 1, "Anatoly Antonov", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("For us it is not history. The promise given to Kyiv and Tbilisi in Bucharest must be disavowed, officially and in writing.", "anatoly-antonov", 1, "Anatoly Antonov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("The so-called open-door policy is a myth. No state has an automatic right to join a military bloc, and no one may strengthen their own security at the expense of others.", "anatoly-antonov", 1, "Anatoly Antonov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We want American bombers and warships to stay out of the zones from which they can hit our territory. Imagine Russian destroyers patrolling off the coast of Virginia — how would Washington react?", "anatoly-antonov", 1, "Anatoly Antonov", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-27"),
 ("Just as unacceptable is the way the Americans continue to pump weapons into Ukraine and send their instructors there. This must stop.", "anatoly-antonov", 1, "Anatoly Antonov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("Contacts between militaries are useful, but NATO itself destroyed those channels. We are not going to run after the alliance and beg.", "anatoly-antonov", 1, "Anatoly Antonov", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("Our troops are on our own territory. We do not accept demands to withdraw them from where the Supreme Commander-in-Chief decided to hold them.", "anatoly-antonov", 1, "Anatoly Antonov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Constantly. They answer that nothing was written down. That is exactly why this time we insist on a treaty with signatures.", "anatoly-antonov", 1, "Anatoly Antonov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("The NATO text is more ideological. The American one at least contains some ideas that can be worked on, and we will study it carefully in Moscow.", "anatoly-antonov", 1, "Anatoly Antonov", "", "", 1, "2022-01-27"),
 ("The President will decide. Our reaction will not be long in coming.", "anatoly-antonov", 1, "Anatoly Antonov", "", "", 1, "2022-01-27"),
]
L["zn-2022-01-27-kuleba-us-answer"] = [
 ("The answer contains no concession on the membership of Ukraine in NATO, and it can not contain it, because this question is decided by Ukraine and the allies, and not by Moscow", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("The answer contains no concession on the membership of Ukraine in NATO, and it can not contain it, because this question is decided by Ukraine and the allies, and not by Moscow", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("any written guarantees from the West to Russia about the neutrality of Ukraine are impossible, and all our partners understand this", "dmytro-kuleba", 1, "his", "written-legal-guarantees", "rejects", 1, "2022-01-27"),
 ("any written guarantees from the West to Russia about the neutrality of Ukraine are impossible, and all our partners understand this", "dmytro-kuleba", 1, "his", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("Earlier Kuleba and the minister of foreign affairs of Lithuania Gabrielius Landsbergis at the joint press conference in Kyiv on Wednesday have stated, that Russia must withdraw its troops from the borders of Ukraine and return to the diplomacy.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Earlier Kuleba and the minister of foreign affairs of Lithuania Gabrielius Landsbergis at the joint press conference in Kyiv on Wednesday have stated, that Russia must withdraw its troops from the borders of Ukraine and return to the diplomacy.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("is not the subject of the negotiations with the aggressor", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("He has added, that the trainings of the Ukrainian military with the instructors from Great Britain, Canada and the USA will continue, independently of what is said in Moscow.", "oleksii-reznikov", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("At that Moscow demands, that NATO refuses from any military activity on the territory of Ukraine, Eastern Europe, Transcaucasia and Central Asia, and the USA do not create military bases in the states of the former USSR.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We do not give ultimatums and we do not accept ultimatums. The way of Ukraine into the EU and NATO is our choice, written into the Constitution", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 1, "2022-01-27"),
 ("We do not give ultimatums and we do not accept ultimatums. The way of Ukraine into the EU and NATO is our choice, written into the Constitution", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("The withdrawal of the Russian troops from our borders – this is the only de-escalation which we are waiting for", "oleksiy-danilov", 1, "Danilov", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("In Moscow meanwhile the head of the MFA of the RF Sergey Lavrov on Thursday has declared, that in the American answer there is no positive reaction on the main question – the impermissibility of the further expansion of NATO to the East, but there is hope for the beginning of a serious conversation on the secondary questions.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("it is not necessary to hurry with the conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 ("The Kremlin wants that the West promises in the written form, that Ukraine will stay in the grey zone forever. This is not the diplomacy, this is the division of the spheres of influence", "taras-semenyuk-horodetskyi", 1, "Taras Semenyuk-Horodetskyi", "written-legal-guarantees", "mentions", 1, ""),
 ("The Kremlin wants that the West promises in the written form, that Ukraine will stay in the grey zone forever. This is not the diplomacy, this is the division of the spheres of influence", "taras-semenyuk-horodetskyi", 1, "Taras Semenyuk-Horodetskyi", "no-ukraine-membership", "mentions", 1, ""),
 ("According to the expert, the American answer leaves for Moscow the space for the negotiations on the missiles and the exercises, but not on the main demands of the Kremlin.", "taras-semenyuk-horodetskyi", 1, "the expert", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("According to the expert, the American answer leaves for Moscow the space for the negotiations on the missiles and the exercises, but not on the main demands of the Kremlin.", "taras-semenyuk-horodetskyi", 1, "the expert", "limit-military-exercises", "mentions", 0, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
]
L["hindu-2022-02-03-oped-security-guarantees"] = [
 ("We did not see an adequate consideration of our three key demands: the non-expansion of NATO, the renunciation of deploying strike weapons near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see an adequate consideration of our three key demands: the non-expansion of NATO, the renunciation of deploying strike weapons near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see an adequate consideration of our three key demands: the non-expansion of NATO, the renunciation of deploying strike weapons near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("U.S. Secretary of State Antony Blinken, presenting Washington’s answer on January 26, said NATO’s door “remains open” and that the document set out “a serious diplomatic path forward, should Russia choose it”.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("Moscow never expected a yes on enlargement. What it wanted was a conversation on missiles and exercises that it can now claim to have forced,", "rohan-dasgupta-mehra", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow never expected a yes on enlargement. What it wanted was a conversation on missiles and exercises that it can now claim to have forced,", "rohan-dasgupta-mehra", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Moscow never expected a yes on enlargement. What it wanted was a conversation on missiles and exercises that it can now claim to have forced,", "rohan-dasgupta-mehra", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington’s position is simple: every country chooses its alliances. Moscow’s position is equally simple: not on my border,", "marta-oksanen-pihl", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("Washington’s position is simple: every country chooses its alliances. Moscow’s position is equally simple: not on my border,", "marta-oksanen-pihl", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The Bucharest pledge is the ghost at this table. Moscow wants it formally buried, the West will not say it out loud, and Kyiv is left in between.", "marta-oksanen-pihl", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Keshav Iyengar-Bose of the Delhi-based Centre for Eurasian Policy argues that the Russian demand to bar any Western military cooperation with Ukraine, Georgia and the Central Asian republics is the part of the package that matters most for India’s own neighbourhood.", "keshav-iyengar-bose", 1, "Keshav Iyengar-Bose", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("The West says the troops must go back first; Moscow says the talks must go on without conditions. Each side is demanding that the other blink first,", "keshav-iyengar-bose", 1, "Iyengar-Bose", "russia-de-escalation", "mentions", 1, ""),
 ("The West says the troops must go back first; Moscow says the talks must go on without conditions. Each side is demanding that the other blink first,", "keshav-iyengar-bose", 1, "Iyengar-Bose", "no-preconditions", "mentions", 1, ""),
 ("Both sides claim to want their generals talking to each other again, and each blames the other for cutting the line,", "keshav-iyengar-bose", 1, "he", "resume-military-dialogue", "mentions", 1, ""),
 ("a peaceful resolution of the situation through sustained diplomatic efforts for long-term peace and stability in the region and beyond", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-27"),
]

write_gold(L, "articles-136", "gold-136")
