#!/usr/bin/env python3
"""Writes the fiftieth held-out gold (gold-50/*.nq) from the labels below.

Batch 50 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles, from outlets and in forms earlier
batches used little:

- cyprusmail-2021-12-18-moscow-draft-treaties: Cyprus Mail wire-style copy
  ("staff and agencies") with front matter and curly quotes; a quotation split
  by "the deputy minister said", Moscow's demands in passing inside other
  speakers' reported sentences, an unnamed "senior administration official",
  a "non-starters" rejection, Baker 1990 / Bucharest 2008 background, a photo
  caption.
- kathimerini-2022-01-14-osce-vienna-dendias: Kathimerini English Edition on
  the OSCE Permanent Council of 13 January; UTF-8 BOM and CRLF line ends,
  straight quotes, standfirst, crossheads, a passive sentence with two
  speakers ("was stressed by both Dendias and ... Christodoulides"), the 1999
  Istanbul declaration as background, attribution after the quotation.
- vrtnws-2022-01-12-nato-russia-council-live: VRT NWS live blog of the
  NATO-Russia Council, newest entry first, no front matter (date in the
  byline), timestamps and crossheads, a photo caption, a speaker named only as
  "the deputy minister", "absolutely unacceptable" said by Russia about NATO
  enlargement (which supports Russia's own demand), the 1997 Founding Act
  quoted as background.
- senat-2022-02-02-audition-le-drian: French Senate foreign affairs committee
  record (compte rendu, working translation), speaker labels, « » quotes, no
  front matter.
- wort-2022-02-05-russian-ambassador-interview: Luxemburger Wort interview
  with an invented Russian ambassador, numbered questions, „ “ quotes in the
  headline and intro; the headline repeats part of an answer.
- index-2022-02-01-orban-putin-moscow: Index.hu, machine-translated
  aggregator ("told", "– declared the Russian president", „ ” quotes), link
  lines at the end, a historical sentence attributed to Moscow.
- lemonde-2022-01-28-written-answers-analysis: Le Monde in English analysis
  with standfirst and crossheads, quoting invented French experts; Bucharest
  2008 background with Sarkozy and Merkel "at the time" (not labelled).

Conventions (as in earlier batches):
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans (a span under six words about no demand gets no label); a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions, the committee chair and senators' questions get no
  label; the interviewee's name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it (a
  Russian diplomat saying exercises "can be discussed" mentions; Russia's own
  "unacceptable" about enlargement supports);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns", "our proposals"), gets no label;
- historical background, words quoted from documents, headlines, crossheads,
  standfirsts, photo captions and link lines are not labelled; statements by
  unnamed groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("despite Moscow's demand that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given; inside an
  analyst's direct quotation ("Moscow wants NATO to declare ...") it is not,
  as with Julien Marchal in batch 9;
- speaker ids: persons as firstname-lastname slugs (diacritics folded); an
  unnamed senior US administration official -> united-states; speaker name =
  the words naming the speaker at that point, pronouns as written, titles
  dropped;
- dates: the day the words were said, resolved against the publication date
  (live blog: the day in its byline; interview: the day the intro gives);
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["cyprusmail-2021-12-18-moscow-draft-treaties"] = [
 ("Moscow on Friday published the draft texts of two agreements it wants to sign with the United States and Nato, demanding that the alliance halt its eastward expansion and withdraw the troops and weapons it has deployed in central and eastern Europe since 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Moscow on Friday published the draft texts of two agreements it wants to sign with the United States and Nato, demanding that the alliance halt its eastward expansion and withdraw the troops and weapons it has deployed in central and eastern Europe since 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("This is not a menu from which you can pick one dish and leave the rest on the table,", "sergei-ryabkov", 1, "he", "", "", 1, "2021-12-17"),
 ("We need legally binding guarantees, because our Western colleagues have time and again failed to honour the political commitments they made,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The rejection of any further expansion of Nato,", "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("and the renunciation of the formula of the 2008 Bucharest summit are for us an absolute imperative.", "sergei-ryabkov", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 1, "2021-12-17"),
 ("Ryabkov also said that Washington and Moscow should commit not to station ground-launched intermediate-range missiles in places from which they could reach each other’s territory.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("not in a year or two", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2021-12-17"),
 ("Asked on Friday whether Washington would accept Moscow’s call for negotiations without preconditions, Price said the administration would not bargain “under the threat of force” and that Russia had to pull back the forces it has massed near Ukraine before progress could be made.", "ned-price", 1, "Price", "no-preconditions", "rejects", 0, "2021-12-17"),
 ("Asked on Friday whether Washington would accept Moscow’s call for negotiations without preconditions, Price said the administration would not bargain “under the threat of force” and that Russia had to pull back the forces it has massed near Ukraine before progress could be made.", "ned-price", 1, "Price", "russia-de-escalation", "supports", 0, "2021-12-17"),
 ("Asked on Friday whether Washington would accept Moscow’s call for negotiations without preconditions, Price said the administration would not bargain “under the threat of force” and that Russia had to pull back the forces it has massed near Ukraine before progress could be made.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("A senior administration official, briefing reporters on condition of anonymity, said some of the Russian proposals could be discussed but that others, such as Moscow’s demand that Nato rule out membership for Ukraine, were “non-starters”.", "united-states", 0, "A senior administration official", "no-ukraine-membership", "rejects", 0, ""),
 ("A senior administration official, briefing reporters on condition of anonymity, said some of the Russian proposals could be discussed but that others, such as Moscow’s demand that Nato rule out membership for Ukraine, were “non-starters”.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Friday that Ukraine’s defence cooperation with its partners, including the Western training missions and joint exercises on Ukrainian soil that Moscow wants banned, was not a matter for Russia to decide.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Friday that Ukraine’s defence cooperation with its partners, including the Western training missions and joint exercises on Ukrainian soil that Moscow wants banned, was not a matter for Russia to decide.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Any discussion on European security must involve the European Union. We will not be spectators while others decide about our security,", "josep-borrell", 1, "Borrell", "", "", 1, "2021-12-17"),
 ("Dialogue is the only way forward, and the European Union must speak with one voice on this,", "nikos-christodoulides", 1, "he", "", "", 1, ""),
 ("These are the kind of terms a victor offers after a war, not the opening of a negotiation between equals,", "marios-kyriakides", 1, "he", "", "", 1, ""),
]
L["kathimerini-2022-01-14-osce-vienna-dendias"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau, asked later whether Warsaw would consider scaling back allied drills on Polish territory to ease tensions, said Poland would neither cancel nor reduce its exercises with its allies.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and if aggressive behavior towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("Asked by reporters about the estimated 100,000 Russian troops near Ukraine's border, the ambassador said Russia would not take orders from anyone about where it moved forces on its own territory.", "alexander-lukashevich", 1, "the ambassador", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Russia does not get to decide which weapons are deployed on the soil of sovereign NATO members.", "michael-carpenter", 1, "Carpenter", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-13"),
 ("The need for a genuine pullback of Russian forces from Ukraine's border was stressed by both Dendias and his Cypriot counterpart Nikos Christodoulides, who met in Athens on Thursday to prepare next month's EU foreign ministers' meeting.", "nikos-dendias", 1, "Dendias", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The need for a genuine pullback of Russian forces from Ukraine's border was stressed by both Dendias and his Cypriot counterpart Nikos Christodoulides, who met in Athens on Thursday to prepare next month's EU foreign ministers' meeting.", "nikos-christodoulides", 1, "Nikos Christodoulides", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Greece, Dendias added, would not ask the United States to scale back its naval presence at Souda Bay or in Alexandroupolis, despite Moscow's demand that American warships keep out of waters from which they could reach Russian territory.", "nikos-dendias", 1, "Dendias", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-13"),
 ("Greece, Dendias added, would not ask the United States to scale back its naval presence at Souda Bay or in Alexandroupolis, despite Moscow's demand that American warships keep out of waters from which they could reach Russian territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("A moratorium is not enough. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Moscow is not really asking the OSCE for anything. It came to Vienna to show that it had tried every forum before deciding what to do next,", "eleni-pavlopoulou", 1, "Eleni Pavlopoulou", "", "", 1, ""),
 ("Moscow says it is ready to talk without preconditions, yet it insists on a written yes to everything on its list,", "eleni-pavlopoulou", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("Moscow says it is ready to talk without preconditions, yet it insists on a written yes to everything on its list,", "eleni-pavlopoulou", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
]
L["vrtnws-2022-01-12-nato-russia-council-live"] = [
 ("Russia came for a promise that Nato would stop enlarging, and it leaves with an offer of talks on almost everything else. Now the Kremlin has to decide whether that is worth staying at the table for.", "tom-vandamme", 1, "Tom Vandamme", "nato-non-expansion", "mentions", 1, "2022-01-12"),
 ("We told Nato very clearly that the further expansion of the alliance, including to Ukraine and Georgia, is absolutely unacceptable for us,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("We told Nato very clearly that the further expansion of the alliance, including to Ukraine and Georgia, is absolutely unacceptable for us,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("If Nato moves to a policy of containment, there will be counter-containment from our side,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("We do not see why we should restore channels that Nato itself closed when it expelled our diplomats.", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 ("Fomin, a colonel general, said Nato's drills near Russia's borders had grown ever larger and that Moscow wanted them scaled down and moved away from its frontiers.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia's proposal that allies pull their forces out of the countries that joined after 1997 is simply a non-starter,", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("She added that if Moscow wanted commitments in writing, Washington was ready to put its own ideas on paper too.", "wendy-sherman", 1, "She", "written-legal-guarantees", "mentions", 0, "2022-01-12"),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all Nato allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies are ready to re-establish our offices in Moscow and Brussels and to use military lines of communication to reduce risks and prevent incidents,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("We will never accept a return to spheres of influence in Europe, where a big country decides for its neighbours which alliance they may join,", "sophie-wilmes", 1, "she", "nato-open-door", "supports", 1, "2022-01-12"),
]
L["senat-2022-02-02-audition-le-drian"] = [
 ("Thank you, Mr President. The crisis we are living through is not only about Ukraine. It concerns the security architecture of our whole continent, which Russia is trying to revise through the massing of troops and through « ultimatums ».", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, "2022-02-02"),
 ("Let me say it plainly: France will not accept that NATO renounce any further enlargement, nor that allied forces be withdrawn from the countries that joined the Alliance after 1997. These are not subjects for negotiation, and all our allies have said so.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-non-expansion", "rejects", 1, "2022-02-02"),
 ("Let me say it plainly: France will not accept that NATO renounce any further enlargement, nor that allied forces be withdrawn from the countries that joined the Alliance after 1997. These are not subjects for negotiation, and all our allies have said so.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("At the same time, there are subjects on which dialogue is possible and even desirable: intermediate-range missiles, the scale and transparency of military exercises, the mechanisms for reducing risks. Europeans have their own interests there, and they intend to be at the table, not on the menu.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "no-intermediate-range-missiles", "mentions", 1, "2022-02-02"),
 ("At the same time, there are subjects on which dialogue is possible and even desirable: intermediate-range missiles, the scale and transparency of military exercises, the mechanisms for reducing risks. Europeans have their own interests there, and they intend to be at the table, not on the menu.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "limit-military-exercises", "mentions", 1, "2022-02-02"),
 ("The right of each state to choose its alliances is a principle that Russia itself signed in Helsinki and in Paris. Nobody in Moscow can decide that Ukraine will never join NATO, and the Alliance will not disown what it said at Bucharest in 2008, whoever asks it to.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 1, "2022-02-02"),
 ("The right of each state to choose its alliances is a principle that Russia itself signed in Helsinki and in Paris. Nobody in Moscow can decide that Ukraine will never join NATO, and the Alliance will not disown what it said at Bucharest in 2008, whoever asks it to.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "no-ukraine-membership", "rejects", 1, "2022-02-02"),
 ("The right of each state to choose its alliances is a principle that Russia itself signed in Helsinki and in Paris. Nobody in Moscow can decide that Ukraine will never join NATO, and the Alliance will not disown what it said at Bucharest in 2008, whoever asks it to.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "rescind-bucharest-2008", "rejects", 1, "2022-02-02"),
 ("The answers were handed over on 26 January. They are confidential, and I will respect that confidentiality, as our American friends have asked. What I can tell you is that they are serious, that they were coordinated among all the allies, and that they open a path of negotiation if Moscow wants one.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, "2022-02-02"),
 ("On the so-called legally binding guarantees, my answer is simple: France will not put its signature to a treaty that freezes the security order of Europe in Moscow's favour.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "written-legal-guarantees", "rejects", 1, "2022-02-02"),
 ("The deployment to Romania, which the President of the Republic has proposed, is a defensive measure, taken at the request of an ally and within NATO. It is not negotiable with Moscow, and it will not be.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("And I would add that it is Russia, not NATO, that has massed more than 100,000 soldiers along the borders of Ukraine. What we expect from Moscow above all is a real and verifiable de-escalation.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("It is. The political advisers of the four countries met in Paris on 26 January, for eight hours, and they will meet again in Berlin in a fortnight. It is modest, but it is the only forum where Russians and Ukrainians sit at the same table with us.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, "2022-02-02"),
]
L["wort-2022-02-05-russian-ambassador-interview"] = [
 ("We have read them very carefully, as President Putin asked us to. There are elements in them that can be discussed, on the scale and transparency of military exercises for example, and we do not throw those away.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "limit-military-exercises", "mentions", 1, "2022-02-03"),
 ("But on the main question, the non-enlargement of NATO, there is no positive answer at all. For us this was the key point of the whole exercise, and it was simply ignored.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "nato-non-expansion", "supports", 1, "2022-02-03"),
 ("Freedom to choose alliances is only half of the principle. The other half, written in the same documents, is that no state may strengthen its security at the expense of another. You cannot take one half and throw away the other.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "nato-open-door", "rejects", 1, "2022-02-03"),
 ("Ukraine in NATO would mean NATO bases, and sooner or later strike systems, a few minutes' flight from Moscow. No Russian government could accept this, whoever sits in the Kremlin.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "no-ukraine-membership", "supports", 1, "2022-02-03"),
 ("Ukraine in NATO would mean NATO bases, and sooner or later strike systems, a few minutes' flight from Moscow. No Russian government could accept this, whoever sits in the Kremlin.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "no-strike-weapons-near-borders", "supports", 1, "2022-02-03"),
 ("The Bucharest declaration was a mistake, and many in Europe know it, including in Paris and Berlin. It must be withdrawn formally, not simply left to gather dust in a drawer.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "rescind-bucharest-2008", "supports", 1, "2022-02-03"),
 ("Our proposal is that NATO's military posture return to what it was in 1997, when NATO and Russia signed the Founding Act. There were no foreign battlegroups in the Baltic states then. This is not directed against Luxembourg or its soldiers.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "rollback-to-1997", "supports", 1, "2022-02-03"),
 ("Russia moves its troops on its own territory as it considers necessary. Nobody in Brussels or in Washington gives us orders about that.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "russia-de-escalation", "rejects", 1, "2022-02-03"),
 ("And I repeat what our leadership has said many times: we have no plans to attack anybody, and the talk of an invasion is propaganda.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "", "", 1, "2022-02-03"),
 ("It was NATO that expelled our diplomats last October, not the other way round. If the Alliance is serious, contacts between the military could be restored one day, but that cannot replace guarantees.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "resume-military-dialogue", "mentions", 1, "2022-02-03"),
 ("We have set no preconditions. We are ready to sit down at any time, at any level, and discuss everything on our list, as long as the other side does not use the talks to play for time.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "no-preconditions", "supports", 1, "2022-02-03"),
 ("American destroyers and strategic bombers come closer and closer to our borders, into zones from which they can strike Russian territory. We have proposed that both sides keep out of such zones. It is a mutual obligation, not a one-sided concession.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-02-03"),
 ("I remain an optimist, by profession. Diplomacy is slow, but it is the only tool we have, and Luxembourg has always been a good place for patient diplomats.", "vadim-lebedinsky", 1, "Vadim Lebedinsky", "", "", 1, "2022-02-03"),
]
L["index-2022-02-01-orban-putin-moscow"] = [
 ("It is already now clear that the fundamental Russian concerns were ignored", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("According to the Russian president, the answer did not take into consideration the three key demands of Moscow: the prevention of the expansion of the NATO, the renunciation of the deployment of the strike weapon systems near the Russian borders, and the returning of the military infrastructure of the bloc in Europe to the condition of 1997.", "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("According to the Russian president, the answer did not take into consideration the three key demands of Moscow: the prevention of the expansion of the NATO, the renunciation of the deployment of the strike weapon systems near the Russian borders, and the returning of the military infrastructure of the bloc in Europe to the condition of 1997.", "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("According to the Russian president, the answer did not take into consideration the three key demands of Moscow: the prevention of the expansion of the NATO, the renunciation of the deployment of the strike weapon systems near the Russian borders, and the returning of the military infrastructure of the bloc in Europe to the condition of 1997.", "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is the member of the NATO and starts a military operation for the Crimea. Then we should fight with the NATO? Did somebody think about this at all?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("The Russian president told that the principle of the indivisibility of security, which the OSCE states signed in Istanbul in 1999 and in Astana in 2010, cannot be replaced with the „open door” policy of the alliance, which the West in his opinion reads selectively.", "vladimir-putin", 1, "The Russian president", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("I hope that we find finally the solution, although this will not be simple", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("The differences of positions are bridgeable, and a good agreement can be made which ensures the peace and also the security of Russia and of the NATO member states", "viktor-orban", 1, "the prime minister", "", "", 1, "2022-02-01"),
 ("The Hungarian prime minister said that he asked Putin about the Russian troops concentrated at the Ukrainian border, and he told that he passed on to the Russian president the European request for the de-escalation.", "viktor-orban", 1, "The Hungarian prime minister", "russia-de-escalation", "mentions", 0, "2022-02-01"),
 ("Hungary does not need the stationing of the additional NATO troops, we have own army which is able to protect the country", "peter-szijjarto", 1, "the minister", "", "", 1, ""),
 ("The American foreign minister Antony Blinken on Tuesday in telephone conversation with Sergei Lavrov called Russia to the immediate de-escalation and the withdrawal of the troops from the Ukrainian border, announced the State Department.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("According to the announcement of the Russian foreign ministry, Lavrov in the conversation insisted that Moscow needs the legally binding guarantees and not the promises, and he warned that the West cannot drown the Russian proposals in endless talks.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, "2022-02-01"),
 ("Three Russian demands are on the table: no further expansion, no strike weapons at the borders, and the condition of 1997. Budapest will not break the NATO unity on any of these, and it will not question the open doors either", "daniel-keresztessy", 1, "Dániel Keresztessy", "nato-non-expansion", "mentions", 1, ""),
 ("Three Russian demands are on the table: no further expansion, no strike weapons at the borders, and the condition of 1997. Budapest will not break the NATO unity on any of these, and it will not question the open doors either", "daniel-keresztessy", 1, "Dániel Keresztessy", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Three Russian demands are on the table: no further expansion, no strike weapons at the borders, and the condition of 1997. Budapest will not break the NATO unity on any of these, and it will not question the open doors either", "daniel-keresztessy", 1, "Dániel Keresztessy", "rollback-to-1997", "mentions", 1, ""),
 ("Three Russian demands are on the table: no further expansion, no strike weapons at the borders, and the condition of 1997. Budapest will not break the NATO unity on any of these, and it will not question the open doors either", "daniel-keresztessy", 1, "Dániel Keresztessy", "nato-open-door", "mentions", 1, ""),
]
L["lemonde-2022-01-28-written-answers-analysis"] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path, should Russia choose it", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("ready to sit down and listen to Russia's concerns", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("We will not remove our battlegroups from our eastern allies. There will be no first- and second-class members in this alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("He also dismissed, once again, Moscow's offer of a mutual moratorium on intermediate-range missiles in Europe, saying it was not credible as long as Russia's own SSC-8 missiles remained deployed.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "rejects", 0, "2022-01-26"),
 ("He also dismissed, once again, Moscow's offer of a mutual moratorium on intermediate-range missiles in Europe, saying it was not credible as long as Russia's own SSC-8 missiles remained deployed.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("no positive reaction on the main issue", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There will be no rush to conclusions; the president will take his time to study the texts,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("The Americans have answered everything except the one thing Moscow really asked for: a legally binding promise that NATO will never take in Ukraine,", "camille-ardouin", 1, "Camille Ardouin", "written-legal-guarantees", "mentions", 1, ""),
 ("The Americans have answered everything except the one thing Moscow really asked for: a legally binding promise that NATO will never take in Ukraine,", "camille-ardouin", 1, "Camille Ardouin", "no-ukraine-membership", "mentions", 1, ""),
 ("Taken literally, the demand that American ships and bombers keep out of range of Russian territory would close the Black Sea and the Baltic to the US Navy,", "mathieu-ferrand", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The Russian drafts would also bar any Western military cooperation with Ukraine, Georgia or Moldova, Ferrand pointed out, including the training missions that have transformed the Ukrainian army since 2014.", "mathieu-ferrand", 1, "Ferrand", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Moscow wants NATO to declare that the Bucharest promise of 2008 is dead. The irony is that Paris and Berlin never wanted that promise in the first place,", "irina-volkova-lenoir", 1, "Irina Volkova-Lenoir", "rescind-bucharest-2008", "mentions", 1, ""),
]

write_gold(L, "articles-50", "gold-50")
