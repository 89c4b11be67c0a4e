#!/usr/bin/env python3
"""Writes the 159th held-out gold (gold-159/*.nq) from the labels below.

Batch 159 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- AFP wire copy (17 Dec 2021, front matter, straight quotes, "--" dashes,
  "- 'No veto' -" crosshead, attribution after the quotation, a quotation
  split by "he added", indirect speech running on into a second sentence,
  Moscow's demands in passing inside other speakers' sentences, the Baker 1990
  history paragraph);
- a BBC News live page (10 Jan 2022, no front matter, the date in the text,
  "Posted at" entries in reverse order, curly quotes, "Mr"/"Ms", a
  correspondent's analysis that is not a quotation, two speakers in one
  sentence);
- Deutsche Welle (12 Jan 2022, NATO-Russia Council, front matter, straight
  quotes and „ “ for translated German quotations, a quotation interrupted by
  the attribution, "according to the Russian Defense Ministry", "in an
  interview with DW", a link line);
- RIA Novosti machine-translated (13 Jan 2022, no front matter, dateline,
  « » quotations followed by "– declared X", passive "As was emphasized by",
  "According to him", two speakers in one sentence, a background sentence on
  what Moscow demands in the drafts);
- a US State Department transcript (26 Jan 2022, front matter, speaker labels
  SECRETARY BLINKEN / MR PRICE / QUESTION);
- a Kommersant interview with Alexander Grushko (28 Jan 2022, UTF-8 BOM and
  CRLF line ends, no front matter, questions and answers both opened by a dash,
  answers running over several paragraphs, headline quotation);
- a Financial Times analysis (2 Feb 2022, front matter, curly quotes,
  standfirst, invented analysts, Putin's history claim, "according to the
  readout", present-tense "says").

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
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
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["afp-2021-12-17-russia-draft-treaties"] = [
 ("We are not asking for favours. The United States and its allies must give us legally binding guarantees that NATO will not move further east, and this is the essence of the documents we have handed over,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("We are not asking for favours. The United States and its allies must give us legally binding guarantees that NATO will not move further east, and this is the essence of the documents we have handed over,", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("Any guarantees would have to be set down in a treaty ratified by the US Senate, not in a political declaration that a future administration could simply discard.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("The Russian side also wants Washington to refrain from deploying intermediate-range missiles within striking distance of Russia and to keep its warships and bombers out of areas from which they could hit Russian territory, the deputy minister said.", "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("The Russian side also wants Washington to refrain from deploying intermediate-range missiles within striking distance of Russia and to keep its warships and bombers out of areas from which they could hit Russian territory, the deputy minister said.", "sergei-ryabkov", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("Russia can live without NATO troops exercising a few dozen kilometres from Pskov,", "sergei-ryabkov", 1, "he", "limit-military-exercises", "supports", 1, "2021-12-17"),
 ("and it is high time the alliance moved its drills away from our borders.", "sergei-ryabkov", 1, "he", "limit-military-exercises", "supports", 1, "2021-12-17"),
 ("Kremlin spokesman Dmitry Peskov said earlier on Friday that Russia needed guarantees \"on paper\" because verbal assurances from the West had proved worthless.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("President Vladimir Putin said last month that the deployment of strike missile systems in Ukraine, which he said could reach Moscow within minutes, would cross a \"red line\" for Russia.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("White House press secretary Jen Psaki said on Friday that the United States was ready to discuss the proposals with its allies but would not compromise on \"the key principles\" of European security, including the right of every country to choose its own alliances.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 0, "2021-12-17"),
 ("Relations between NATO and Ukraine will be decided by Ukraine and the 30 NATO allies, no one else. Russia has no veto,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("Relations between NATO and Ukraine will be decided by Ukraine and the 30 NATO allies, no one else. Russia has no veto,", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Friday that the allied battlegroups in the Baltic states would stay, despite Moscow's demand that NATO pull its forces back to where they stood in 1997.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2021-12-17"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Friday that the allied battlegroups in the Baltic states would stay, despite Moscow's demand that NATO pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Ukrainian Foreign Minister Dmytro Kuleba on Friday dismissed Moscow's call for an end to Western military cooperation with Kyiv, saying Ukraine's partnerships were \"not up for negotiation\".", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("Ukrainian Foreign Minister Dmytro Kuleba on Friday dismissed Moscow's call for an end to Western military cooperation with Kyiv, saying Ukraine's partnerships were \"not up for negotiation\".", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("These are documents written to be rejected,", "pavel-lunin", 1, "Pavel Lunin", "", "", 1, ""),
 ("They contain things no American president can sign -- Ukraine out of NATO forever, allied troops out of Poland and the Baltics -- and Moscow knows it.", "pavel-lunin", 1, "Pavel Lunin", "no-ukraine-membership", "mentions", 1, ""),
 ("They contain things no American president can sign -- Ukraine out of NATO forever, allied troops out of Poland and the Baltics -- and Moscow knows it.", "pavel-lunin", 1, "Pavel Lunin", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow denies any such plans and says it is free to move forces on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

L["bbc-2022-01-10-geneva-talks-live"] = [
 ("Estonia will not cancel a single exercise to please anyone. That is not how sovereign countries behave,", "kaja-kallas", 1, "Kallas", "limit-military-exercises", "rejects", 1, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato’s open-door policy.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was open to discussing the future of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, as long as Russia did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was open to discussing the future of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, as long as Russia did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("It is very hard to make real progress while Russia keeps 100,000 troops on Ukraine’s border. De-escalation is the first step,", "wendy-sherman", 1, "the deputy secretary", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Asked about Western calls for Moscow to pull its troops back from the Ukrainian border, the deputy foreign minister said Russia would not be told where it could deploy forces on its own territory.", "sergei-ryabkov", 1, "the deputy foreign minister", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("He said the two delegations had also discussed restoring regular contacts between their militaries, but that no agreement had been reached.", "sergei-ryabkov", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("If the Americans are not ready to talk about the non-expansion of Nato, then frankly there is not much to talk about,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("We cannot end up in a situation where we have second-class Nato members, where Nato as an alliance is not allowed to protect them in the same way as other allies.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-07"),
 ("Talks are welcome, but talks while Russian tanks stand at our border cannot be talks without conditions. The first condition is that Russia pulls back,", "dmytro-kuleba", 1, "Kuleba", "no-preconditions", "rejects", 1, "2022-01-09"),
 ("Talks are welcome, but talks while Russian tanks stand at our border cannot be talks without conditions. The first condition is that Russia pulls back,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, "2022-01-09"),
 ("Ms Sherman and Mr Ryabkov both stressed on Sunday that they were ready to discuss arms control, including the deployment of intermediate-range missiles in Europe.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-09"),
 ("Ms Sherman and Mr Ryabkov both stressed on Sunday that they were ready to discuss arms control, including the deployment of intermediate-range missiles in Europe.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-09"),
]

L["dw-2022-01-12-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies had made clear that Russia could not veto Ukraine's path to membership and that every nation had the right to choose its own security arrangements.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("Stoltenberg said allies had made clear that Russia could not veto Ukraine's path to membership and that every nation had the right to choose its own security arrangements.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("He said NATO had proposed a series of further meetings on arms control and transparency about military exercises, and was ready to listen to Russia's concerns about intermediate-range missiles \"on a reciprocal basis.\"", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("He said NATO had proposed a series of further meetings on arms control and transparency about military exercises, and was ready to listen to Russia's concerns about intermediate-range missiles \"on a reciprocal basis.\"", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Allies called on Russia to restore our respective diplomatic missions in Moscow and Brussels, and to make full use of our military lines of communication to reduce risks and prevent incidents,", "jens-stoltenberg", 1, "the NATO chief", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("NATO must stop where it is today,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("and the infrastructure that crept up to our borders after 1997 must go back to where it was.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("He dismissed NATO's \"open door\" policy as a cover for expanding the alliance's military presence and said it \"must be abandoned.\"", "alexander-grushko", 1, "He", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("According to the Russian Defense Ministry, Fomin told Wednesday's meeting that NATO warships and aircraft had to stop operating in areas from which they could strike Russian territory.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("Romanian Foreign Minister Bogdan Aurescu said on Wednesday that Bucharest would not accept any restrictions on the allied systems stationed on Romanian soil, including the Aegis Ashore missile defense site at Deveselu, which Moscow claims could be converted to fire offensive missiles.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("We are ready for a serious dialogue with Russia, but no one can dictate to Ukraine which alliance it may join.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We are ready for a serious dialogue with Russia, but no one can dictate to Ukraine which alliance it may join.", "annalena-baerbock", 1, "Annalena Baerbock", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Germany leads the NATO battlegroup in Lithuania, and we will not withdraw a single soldier from there,", "christine-lambrecht", 1, "Christine Lambrecht", "rollback-to-1997", "rejects", 1, ""),
 ("We expect from our German friends not words of concern, but deeds,", "andriy-melnyk", 1, "Melnyk", "", "", 1, ""),
 ("Russia wants NATO ships and planes out of the Black Sea and the Baltic, and a legally binding signature under all of it,", "jonas-wehrmann", 1, "Jonas Wehrmann", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Russia wants NATO ships and planes out of the Black Sea and the Baltic, and a legally binding signature under all of it,", "jonas-wehrmann", 1, "Jonas Wehrmann", "written-legal-guarantees", "mentions", 1, ""),
 ("That is not a negotiating position. That is a list of things Moscow knows it will not get.", "jonas-wehrmann", 1, "Jonas Wehrmann", "", "", 1, ""),
 ("Wehrmann noted that the Russian drafts would also bar NATO from any military cooperation with Ukraine, Georgia and Moldova and from deploying strike weapons anywhere near Russia's borders.", "jonas-wehrmann", 1, "Wehrmann", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Wehrmann noted that the Russian drafts would also bar NATO from any military cooperation with Ukraine, Georgia and Moldova and from deploying strike weapons anywhere near Russia's borders.", "jonas-wehrmann", 1, "Wehrmann", "no-strike-weapons-near-borders", "mentions", 0, ""),
]

L["ria-2022-01-13-ryabkov-osce-vienna"] = [
 ("At the moment I do not see the bases to sit down in the next days again in Geneva and to begin the same talks anew", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("According to him, the American side is not ready to give the guarantees of the non-expansion of NATO, and without that the other elements of the Russian package «lose the sense».", "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("As was emphasized by Ryabkov, Moscow is ready to discuss the measures of the trust, including the mutual restriction of the exercises near the line of the contact, but only in the package with the main questions.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("We did not hear from the Americans anything new, except the demand to withdraw the troops from our own territory, which is absurd", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("Earlier the deputy ministers of foreign affairs Ryabkov and Grushko declared, that Russia insists on the legally binding guarantees, and not on the promises and the verbal assurances.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Earlier the deputy ministers of foreign affairs Ryabkov and Grushko declared, that Russia insists on the legally binding guarantees, and not on the promises and the verbal assurances.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, ""),
 ("The press secretary of the president Dmitry Peskov on Thursday declared to the journalists, that Vladimir Putin is ready to the contacts with the American colleague without any preconditions, if such necessity will arise.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Also Rau declared, that Poland will not accept any restrictions on the placement of the allied forces on its territory, «whatever anyone writes».", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("The permanent representative of Russia at OSCE Alexander Lukashevich warned, that the deployment of the strike weapon systems near to the Russian borders is the «red line», and Moscow will not allow its crossing.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("We approached the dangerous line. If the West will not react to our proposals, Russia will be forced to undertake the measures of the military-technical character", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("The permanent representative of USA at OSCE Michael Carpenter called Moscow to the de-escalation and to the return of the troops in the places of the permanent dislocation.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The drumbeat of war sounds loud, and the rhetoric has become rather shrill", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("The official representative of MFA of Russia Maria Zakharova on the briefing on Thursday declared, that Russia does not recognize the right of NATO to the policy of the «open doors» at the expense of the security of other states.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2022-01-13"),
 ("Moscow is waiting for the concrete written answers, point by point, and not the general words", "maria-zakharova", 1, "she", "", "", 1, "2022-01-13"),
 ("In them Moscow in particular demands the refusal of the further expansion of NATO and of the admission of Ukraine in the alliance.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("In them Moscow in particular demands the refusal of the further expansion of NATO and of the admission of Ukraine in the alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

B = ("antony-blinken", 1, "BLINKEN")
D = "2022-01-26"
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. Our NATO Allies are delivering their own response to Moscow in parallel.", *B, "", "", 1, D),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our Allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", *B, "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", *B, "nato-open-door", "supports", 1, D),
 ("We address the possibility of reciprocal transparency measures and of measures to increase confidence regarding military exercises and maneuvers in Europe. We also address arms control for intermediate-range missiles in Europe and our interest in a follow-on agreement to New START.", *B, "limit-military-exercises", "mentions", 1, D),
 ("We address the possibility of reciprocal transparency measures and of measures to increase confidence regarding military exercises and maneuvers in Europe. We also address arms control for intermediate-range missiles in Europe and our interest in a follow-on agreement to New START.", *B, "no-intermediate-range-missiles", "mentions", 1, D),
 ("And we propose to restore and strengthen military-to-military channels of communication, so that an incident in the air or at sea does not spiral into something that no one wants.", *B, "resume-military-dialogue", "supports", 1, D),
 ("The choice is Russia's. If Moscow is serious about diplomacy, the first step is to pull back the forces it has massed along Ukraine's borders.", *B, "russia-de-escalation", "supports", 1, D),
 ("There is no change; there will be no change. NATO's door is open and remains open, and that is our commitment and the commitment of every Ally.", *B, "nato-open-door", "supports", 1, D),
 ("We will not agree to any halt to NATO enlargement, and we say so plainly in the document.", *B, "nato-non-expansion", "rejects", 1, D),
 ("On Bucharest, the short answer is no. The commitment Allies made there stands, and we are not going to walk it back.", *B, "rescind-bucharest-2008", "rejects", 1, D),
 ("As for publishing the document, we've chosen not to, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We have shared it with our Allies and partners and with Congress.", *B, "", "", 1, D),
 ("It's not a treaty, and it doesn't purport to be one. It sets out ideas that could become the basis of agreements, and any agreement would have to go through our normal processes, including the Senate where that's required.", *B, "written-legal-guarantees", "mentions", 1, D),
 ("We're not going to accept any arrangement that creates second-class members of NATO. Our commitment to the defense of our Allies on the eastern flank is not up for discussion.", *B, "rollback-to-1997", "rejects", 1, D),
 ("I'm not going to speculate. Whether Russia chooses diplomacy or aggression, we'll be ready either way, together with our Allies and partners.", *B, "", "", 1, D),
]

G = ("alexander-grushko", 1, "Alexander Grushko")
D = "2022-01-27"
L["kommersant-2022-01-28-grushko-interview"] = [
 ("We have received it and we are studying it carefully, as the President instructed. But I can already say that on the main question, the non-expansion of NATO, there is no positive answer. The alliance simply repeats its mantra about open doors.", *G, "nato-non-expansion", "supports", 1, D),
 ("We have received it and we are studying it carefully, as the President instructed. But I can already say that on the main question, the non-expansion of NATO, there is no positive answer. The alliance simply repeats its mantra about open doors.", *G, "nato-open-door", "rejects", 1, D),
 ("For us this is not a question of theory. Every new wave of enlargement has brought NATO infrastructure closer to our borders, and we want this process to stop, and to stop in a legally binding form, not in the form of promises.", *G, "nato-non-expansion", "supports", 1, D),
 ("For us this is not a question of theory. Every new wave of enlargement has brought NATO infrastructure closer to our borders, and we want this process to stop, and to stop in a legally binding form, not in the form of promises.", *G, "written-legal-guarantees", "supports", 1, D),
 ("Restoring the offices is not an end in itself. We closed these channels in October after NATO expelled our diplomats, and we see no sense in returning to that format while the alliance calls Russia an adversary in all its documents.", *G, "resume-military-dialogue", "rejects", 1, D),
 ("We proposed concrete things: to move the zones of exercises away from the line of contact and to agree a minimum distance of approach for warships and combat aircraft. The Americans and their allies have to stop sending their ships and planes to places from which they can strike Russian territory.", *G, "limit-military-exercises", "supports", 1, D),
 ("We proposed concrete things: to move the zones of exercises away from the line of contact and to agree a minimum distance of approach for warships and combat aircraft. The Americans and their allies have to stop sending their ships and planes to places from which they can strike Russian territory.", *G, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("NATO instructors, weapons deliveries, exercises on Ukrainian territory: all this is the military development of Ukraine by the alliance, and it must stop.", *G, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Ukraine in NATO is a red line for us, and so is Georgia. The Bucharest decision of 2008, which promised them membership, must be disavowed; it is a direct threat to our security.", *G, "no-ukraine-membership", "supports", 1, D),
 ("Ukraine in NATO is a red line for us, and so is Georgia. The Bucharest decision of 2008, which promised them membership, must be disavowed; it is a direct threat to our security.", *G, "rescind-bucharest-2008", "supports", 1, D),
 ("Our troops are on our own territory. Nobody in Washington or Brussels will dictate to us where to keep our forces, and we reject attempts to link dialogue to such conditions. The dialogue must be without preconditions.", *G, "russia-de-escalation", "rejects", 1, D),
 ("Our troops are on our own territory. Nobody in Washington or Brussels will dictate to us where to keep our forces, and we reject attempts to link dialogue to such conditions. The dialogue must be without preconditions.", *G, "no-preconditions", "supports", 1, D),
 ("It is of interest, and we have been proposing a moratorium on such missiles in Europe since 2019. Neither side should deploy them where they can reach the territory of the other. But this cannot replace an answer on the main things.", *G, "no-intermediate-range-missiles", "supports", 1, D),
 ("We do not want war and we do not threaten anyone. But we will ensure our security by all the means available to us if our concerns are ignored.", *G, "", "", 1, D),
 ("The President will take the decision. We are not going to drag out this process endlessly, and we have said so many times.", *G, "", "", 1, D),
]

L["ft-2022-02-02-putin-concerns-ignored"] = [
 ("We have not seen adequate consideration of our three key demands regarding the prevention of Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands regarding the prevention of Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands regarding the prevention of Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Ukraine itself is just a tool to achieve this goal,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("Kremlin spokesman Dmitry Peskov said on Wednesday that the answers once again called on Russia to pull its troops back from the Ukrainian border, and that Moscow was “studying them carefully”.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "mentions", 0, "2022-02-02"),
 ("In Washington, secretary of state Antony Blinken said after a phone call with Sergei Lavrov, his Russian counterpart, on Tuesday that the US remained open to diplomacy but that Russia had to de-escalate and withdraw its forces from Ukraine’s borders.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("Lavrov, according to the Russian foreign ministry’s readout of the call, told Blinken that Moscow would not let the west “drag out” the discussion and insisted on a clear answer on the non-expansion of Nato.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Our co-operation with partners — the instructors, the joint exercises on Ukrainian soil, the weapons — none of this is for Russia to approve or to ban,", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-31"),
 ("President Volodymyr Zelensky told foreign journalists in Kyiv on Friday that only Ukraine and the 30 allies could decide whether it joined Nato, and that he remained ready to meet Putin without preconditions.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, "2022-01-28"),
 ("President Volodymyr Zelensky told foreign journalists in Kyiv on Friday that only Ukraine and the 30 allies could decide whether it joined Nato, and that he remained ready to meet Putin without preconditions.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-28"),
 ("President Volodymyr Zelensky told foreign journalists in Kyiv on Friday that only Ukraine and the 30 allies could decide whether it joined Nato, and that he remained ready to meet Putin without preconditions.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 0, "2022-01-28"),
 ("The Kremlin asked for a veto on Nato enlargement and got an offer to talk about missiles and military drills instead,", "margarethe-lindqvist", 1, "Margarethe Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin asked for a veto on Nato enlargement and got an offer to talk about missiles and military drills instead,", "margarethe-lindqvist", 1, "Margarethe Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Kremlin asked for a veto on Nato enlargement and got an offer to talk about missiles and military drills instead,", "margarethe-lindqvist", 1, "Margarethe Lindqvist", "limit-military-exercises", "mentions", 1, ""),
 ("Lindqvist said Moscow kept calling for talks without preconditions while setting out a long list of preconditions of its own.", "margarethe-lindqvist", 1, "Lindqvist", "no-preconditions", "mentions", 0, ""),
 ("Nobody in Moscow seriously expected Nato to sign a pledge never to take in Ukraine,", "dmitri-orlovsky", 1, "Dmitri Orlovsky", "no-ukraine-membership", "mentions", 1, ""),
 ("It is a familiar method of Russian diplomacy, and it usually works at home.", "dmitri-orlovsky", 1, "Dmitri Orlovsky", "", "", 1, ""),
 ("Orlovsky added that Moscow’s insistence on revoking the 2008 Bucharest pledge to Ukraine and Georgia would require a unanimous Nato decision that would never come.", "dmitri-orlovsky", 1, "Orlovsky", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Orlovsky added that Moscow’s insistence on revoking the 2008 Bucharest pledge to Ukraine and Georgia would require a unanimous Nato decision that would never come.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Banning intermediate-range missiles from Europe on Russia’s terms would be a gift to Moscow, which already has such systems in Kaliningrad. The allies should refuse it outright,", "anne-sophie-kerbrat", 1, "Anne-Sophie Kerbrat", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The Black Sea is not a Russian lake. Allied ships will keep sailing wherever international law allows them to, and no treaty should change that,", "hugh-carrow", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Any treaty that ties Nato’s hands would need 67 votes in the Senate, and it should not get a single one,", "christopher-hale", 1, "he", "written-legal-guarantees", "rejects", 1, ""),
 ("Everything in the Russian drafts comes back to one question: whether Nato keeps its door open,", "christopher-hale", 1, "Hale", "nato-open-door", "mentions", 1, ""),
]

write_gold(L, "articles-159", "gold-159")
