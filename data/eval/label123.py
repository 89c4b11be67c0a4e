#!/usr/bin/env python3
"""Writes the held-out gold of batch 123 (gold-123/*.nq) from the labels below.

Batch 123 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers saw, from mainstream outlets:

- reuters-2021-12-17-russia-draft-treaties: Reuters wire copy with front
  matter, dateline, straight quotes, a crosshead, a quotation from the draft
  agreement, historical background (1999/2004 enlargement, Bucharest 2008) and
  an invented Brussels analyst;
- state-2022-01-10-sherman-geneva-briefing: State Department transcript of
  Sherman's call with reporters after Geneva, no front matter (date in the
  heading), speaker labels, a moderator (Price) and journalists' questions;
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council, front matter, UTF-8 BOM and CRLF line ends,
  speaker labels "Jens Stoltenberg (NATO Secretary General):";
- interfax-2022-01-18-ryabkov-interview: Interfax Q&A interview (questions
  marked "Question:", answers introduced by a dash), « » quotes, reported
  speech by Lavrov after the interview;
- rusnewsdigest-2022-01-13-lukashevich-osce: machine-translated aggregator
  relaying TASS/RIA, no front matter (date "13.01.2022"), „ “ quotes with
  attribution after a dash, two speakers in one sentence, link lines;
- guardian-2022-01-26-russia-ukraine-live: Guardian live blog, front matter,
  curly quotes, timestamped entries with headlines, a senior EU official,
  demands attributed in passing to Moscow;
- dw-2022-02-03-analysis-west-answers: DW analysis quoting invented experts,
  no front matter (date "03.02.2022"), a quotation split by "X told DW",
  words quoted from the leaked documents, Baker 1990 background.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2021-12-17"
L["reuters-2021-12-17-russia-draft-treaties"] = [
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and NATO, demanding that the alliance deny membership to Ukraine and roll back its military deployments in central and eastern Europe.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and NATO, demanding that the alliance deny membership to Ukraine and roll back its military deployments in central and eastern Europe.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("The line of NATO expansion must be stopped, and we need this in the form of legally binding guarantees, not promises that can be forgotten,", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("The line of NATO expansion must be stopped, and we need this in the form of legally binding guarantees, not promises that can be forgotten,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We are ready to go to Geneva as soon as tomorrow, with no preconditions on our side,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, D),
 ("The deputy foreign minister said Moscow also wanted a halt to large-scale NATO exercises near Russia's borders, a ban on intermediate-range missiles within reach of each other's territory and an agreement that neither side would send warships and bombers into areas from which they could strike the other.", "sergei-ryabkov", 1, "The deputy foreign minister", "limit-military-exercises", "supports", 0, D),
 ("The deputy foreign minister said Moscow also wanted a halt to large-scale NATO exercises near Russia's borders, a ban on intermediate-range missiles within reach of each other's territory and an agreement that neither side would send warships and bombers into areas from which they could strike the other.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-intermediate-range-missiles", "supports", 0, D),
 ("The deputy foreign minister said Moscow also wanted a halt to large-scale NATO exercises near Russia's borders, a ban on intermediate-range missiles within reach of each other's territory and an agreement that neither side would send warships and bombers into areas from which they could strike the other.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("The alliance must return to where it stood in 1997. That is the configuration we are talking about, nothing more exotic than that,", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("Kremlin spokesman Dmitry Peskov said on Friday that Moscow expected Washington to treat the proposals seriously, and insisted that the movement of Russian troops on Russian territory was nobody else's business.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Relations between NATO and Ukraine are a matter for the 30 allies and Ukraine, nobody else. Russia has no veto,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Relations between NATO and Ukraine are a matter for the 30 allies and Ukraine, nobody else. Russia has no veto,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("We are not going to negotiate about Europe without Europe,", "jen-psaki", 1, "she", "", "", 1, D),
 ("there are some things in there that the Russians know will be unacceptable.", "karen-donfried", 1, "Karen Donfried", "", "", 1, "2021-12-16"),
 ("Moscow is asking Washington to give up the open-door principle in writing, and it knows no U.S. administration can sign that,", "anatol-vreeland", 1, "Anatol Vreeland", "nato-open-door", "mentions", 1, ""),
 ("Moscow is asking Washington to give up the open-door principle in writing, and it knows no U.S. administration can sign that,", "anatol-vreeland", 1, "Anatol Vreeland", "written-legal-guarantees", "mentions", 1, ""),
 ("On paper they also want the alliance to disown what it promised Kyiv and Tbilisi at Bucharest, which no member state would ever accept,", "anatol-vreeland", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
]
D = "2022-01-10"
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, Ned, and good evening, everyone. I have just finished nearly eight hours of discussion with Deputy Foreign Minister Ryabkov and his interagency delegation. It was a frank and forthright discussion that gave us a better understanding of each other's priorities and concerns, but it was not what one would call a negotiation.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance. And we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance. And we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We did say that we are open to discussing the future of certain missile systems in Europe, along the lines of the old INF Treaty, and that we are willing to explore reciprocal limits on the size and scope of military exercises. Any such steps would have to be reciprocal, and they would have to be discussed with our Allies.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We did say that we are open to discussing the future of certain missile systems in Europe, along the lines of the old INF Treaty, and that we are willing to explore reciprocal limits on the size and scope of military exercises. Any such steps would have to be reciprocal, and they would have to be discussed with our Allies.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 1, D),
 ("The Russian delegation also set out its ideas on where U.S. ships and aircraft may operate. We listened carefully, and we told them we would consult with our Allies and partners.", "wendy-sherman", 1, "Sherman", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("We also discussed the value of keeping our militaries talking to each other. Regular military-to-military channels reduce the risk of miscalculation, and we would like to see them strengthened.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 1, D),
 ("Finally, we made clear that real progress will be very hard to achieve while Russia keeps a hundred thousand troops on Ukraine's border. The best way for Russia to show it is serious is to de-escalate and return those forces to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("They did raise it, and I was very clear with them. No one outside the Alliance gets a veto over who joins it. Ukraine's relationship with NATO is for Ukraine and the 30 Allies to decide.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 1, D),
 ("They did raise it, and I was very clear with them. No one outside the Alliance gets a veto over who joins it. Ukraine's relationship with NATO is for Ukraine and the 30 Allies to decide.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Our forces and those of our Allies are where they are at the invitation of sovereign governments, and they are not going anywhere. The idea that NATO would pull back to where it stood in 1997 is a non-starter.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 1, D),
 ("As for the form that any agreement might take, it is far too early to talk about treaties. Some of these ideas could be taken forward on a reciprocal basis, and if they are, we will see what shape that takes.", "wendy-sherman", 1, "Sherman", "written-legal-guarantees", "mentions", 1, D),
 ("We did not set a date for another round. The Russian delegation will go back to Moscow to consult, and all of us will be in Brussels on Wednesday for the NATO-Russia Council and in Vienna on Thursday for the OSCE.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("I would not speak for Mr. Ryabkov. He told me, as he has said publicly, that Russia has no intention of invading Ukraine, and we will judge that by actions, not words.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
]
D = "2022-01-12"
S = "Jens Stoltenberg"
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years. It was not an easy discussion, but that is exactly why this meeting was so important.", "jens-stoltenberg", 1, S, "", "", 1, D),
 ("NATO Allies and Russia have significant differences on these issues, and our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, S, "", "", 1, D),
 ("Allies were clear that we will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, S, "nato-open-door", "supports", 1, D),
 ("Allies were clear that we will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, S, "no-ukraine-membership", "rejects", 1, D),
 ("We will also not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance. There will be no first-class and second-class members of NATO.", "jens-stoltenberg", 1, S, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to meet again to discuss arms control and disarmament, including on missiles, and more transparency and risk reduction on military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make full use of military lines of communication to prevent incidents.", "jens-stoltenberg", 1, S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies are ready to meet again to discuss arms control and disarmament, including on missiles, and more transparency and risk reduction on military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make full use of military lines of communication to prevent incidents.", "jens-stoltenberg", 1, S, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, Allies are ready to meet again to discuss arms control and disarmament, including on missiles, and more transparency and risk reduction on military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make full use of military lines of communication to prevent incidents.", "jens-stoltenberg", 1, S, "resume-military-dialogue", "supports", 1, D),
 ("Allies called on Russia to immediately de-escalate the situation in and around Ukraine and to refrain from aggressive rhetoric. There is a real risk of new armed conflict in Europe.", "jens-stoltenberg", 1, S, "russia-de-escalation", "supports", 1, D),
 ("No. NATO will not sign any treaty that says there will be no further enlargement of the Alliance. That would violate the very principles that the Russian Federation itself signed up to in Helsinki and in Paris.", "jens-stoltenberg", 1, S, "nato-non-expansion", "rejects", 1, D),
 ("No. NATO will not sign any treaty that says there will be no further enlargement of the Alliance. That would violate the very principles that the Russian Federation itself signed up to in Helsinki and in Paris.", "jens-stoltenberg", 1, S, "written-legal-guarantees", "rejects", 1, D),
 ("What I can say is that Russia did not agree to a programme of further meetings today, but it did not rule them out either. We are ready to sit down again, at any level.", "jens-stoltenberg", 1, S, "", "", 1, D),
 ("The decision we took in Bucharest stands. It has been restated at every summit since, and there is no discussion among Allies about changing it.", "jens-stoltenberg", 1, S, "rescind-bucharest-2008", "rejects", 1, D),
 ("NATO will continue to provide political and practical support to Ukraine, including training and capacity building, as we have done for years. That is not a threat to anyone.", "jens-stoltenberg", 1, S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I will not speak on behalf of the Russian delegation. Allies will now assess today's meeting, and we will consult closely with Ukraine, Georgia and the European Union.", "jens-stoltenberg", 1, S, "", "", 1, D),
]
D = "2022-01-18"
S = "Sergei Ryabkov"
L["interfax-2022-01-18-ryabkov-interview"] = [
 ("I would not call it movement. There is a process, and that in itself is something. But on the main issue, the non-expansion of NATO, the Americans have given us nothing so far, and without that everything else loses its meaning.", "sergei-ryabkov", 1, S, "nato-non-expansion", "supports", 1, D),
 ("Missiles and the parameters of exercises are important subjects, and we are ready to discuss them, but only as part of a package. We are not going to let the Americans pick out the items that suit them and put aside what is vital for us.", "sergei-ryabkov", 1, S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Missiles and the parameters of exercises are important subjects, and we are ready to discuss them, but only as part of a package. We are not going to let the Americans pick out the items that suit them and put aside what is vital for us.", "sergei-ryabkov", 1, S, "limit-military-exercises", "mentions", 1, D),
 ("For us the key is this: Ukraine must never, never become a member of NATO. And this must be written down, in a legally binding form, not in a declaration of intent that can be thrown away tomorrow.", "sergei-ryabkov", 1, S, "no-ukraine-membership", "supports", 1, D),
 ("For us the key is this: Ukraine must never, never become a member of NATO. And this must be written down, in a legally binding form, not in a declaration of intent that can be thrown away tomorrow.", "sergei-ryabkov", 1, S, "written-legal-guarantees", "supports", 1, D),
 ("The so-called open-door policy is not a sacred principle. It is a political choice, and political choices can be changed. NATO is not obliged to take in anyone, and it is time the alliance admitted it honestly.", "sergei-ryabkov", 1, S, "nato-open-door", "rejects", 1, D),
 ("We also want the Americans to disavow what was said in Bucharest in 2008. That formula about Ukraine and Georgia becoming members has done enormous damage to European security.", "sergei-ryabkov", 1, S, "rescind-bucharest-2008", "supports", 1, D),
 ("Their strategic bombers and reconnaissance aircraft fly along our borders almost daily, and their warships keep coming into the Black Sea. This has to stop.", "sergei-ryabkov", 1, S, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Our troops are on our own territory, and we do not intend to reduce them just because someone in Washington or Brussels demands it.", "sergei-ryabkov", 1, S, "russia-de-escalation", "rejects", 1, D),
 ("Then we will draw our own conclusions. I will not speculate about military-technical measures, that is a question for our military.", "sergei-ryabkov", 1, S, "", "", 1, D),
 ("We were promised it this week. I hope it comes, although I am not very optimistic about its content.", "sergei-ryabkov", 1, S, "", "", 1, D),
 ("Ryabkov's remarks echo those of Foreign Minister Sergei Lavrov, who said at his annual news conference on Friday that Moscow expected a written, article-by-article response and would not accept a «moratorium» on enlargement in place of a legally binding treaty.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("Ryabkov's remarks echo those of Foreign Minister Sergei Lavrov, who said at his annual news conference on Friday that Moscow expected a written, article-by-article response and would not accept a «moratorium» on enlargement in place of a legally binding treaty.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("Our patience has run out. We are not going to be strung along for years,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
]
D = "2022-01-13"
L["rusnewsdigest-2022-01-13-lukashevich-osce"] = [
 ("If we will not receive the constructive answer in the reasonable terms and the aggressive line of behaviour towards Russia will continue, we will be compelled to take the necessary measures for maintenance of the strategic balance", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("According to the diplomat, Russia insists on the legally fixed guarantees of non-expansion of the North Atlantic alliance and on refusal of deployment of strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 0, D),
 ("According to the diplomat, Russia insists on the legally fixed guarantees of non-expansion of the North Atlantic alliance and on refusal of deployment of strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 0, D),
 ("According to the diplomat, Russia insists on the legally fixed guarantees of non-expansion of the North Atlantic alliance and on refusal of deployment of strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We do not need the promises on the word. We already have been deceived once, in the nineties", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau also has called Russia to take away the troops from the border with Ukraine and to return to the dialogue within the frames of the organisation.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, D),
 ("The ambassador of the USA at OSCE Michael Carpenter has declared, that Washington is ready to discuss with Moscow the measures of transparency and the restriction of the military exercises on the reciprocal basis.", "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 0, D),
 ("No country has the right to veto the choice of other country about its alliances", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("Day before, after the session of the Council Russia–NATO in Brussels, the deputy minister of foreign affairs Alexander Grushko has declared, that the alliance should return to the configuration of 1997 and take away its forces from the countries of the Eastern Europe.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("We have told them honestly: the expansion of NATO must be stopped. It is the principal question for us", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("Grushko and the deputy minister of defence Alexander Fomin, who also participated in the session, have both demanded from the alliance to stop the large-scale exercises near the Russian borders.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Grushko and the deputy minister of defence Alexander Fomin, who also participated in the session, have both demanded from the alliance to stop the large-scale exercises near the Russian borders.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("To restore the military contacts for the sake of contacts is senseless, while the alliance is not ready to listen to us on the main questions", "alexander-grushko", 1, "the diplomat", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 ("The minister of foreign affairs of Lithuania Gabrielius Landsbergis on Thursday has written in Twitter, that the allied battalions will remain in the Baltic countries despite the demands of Moscow to withdraw them.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("The minister of foreign affairs of Lithuania Gabrielius Landsbergis on Thursday has written in Twitter, that the allied battalions will remain in the Baltic countries despite the demands of Moscow to withdraw them.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The military development of the territory of Ukraine by the NATO countries – the instructors, the bases, the arsenals – must be stopped", "maria-zakharova", 1, "Zakharova", "no-military-activity-ex-soviet", "supports", 1, D),
]
D = "2022-01-26"
L["guardian-2022-01-26-russia-ukraine-live"] = [
 ("We make clear that there are core principles we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the document set out “a serious diplomatic path”, including possible reciprocal commitments on the deployment of offensive weapons systems in Ukraine.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rest,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Stoltenberg said Nato had proposed reopening its liaison office in Moscow and Russia’s mission to the alliance in Brussels, and restoring regular contacts between military commanders.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("It will take time to read them carefully, and we will not rush to conclusions,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Peskov said the Kremlin had taken note of Nato’s proposal to restore military channels of communication and would study it “like everything else”.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 0, D),
 ("The main issue is our clear position on the inadmissibility of further expansion of Nato to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main issue is our clear position on the inadmissibility of further expansion of Nato to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Despite all the differences in interpretations, we agreed that the ceasefire must be observed by all sides.", "dmitry-kozak", 1, "Dmitry Kozak", "", "", 1, D),
 ("There are no concessions on Ukraine’s path to Nato. Our future in the alliance is not for Moscow to decide,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("There are no concessions on Ukraine’s path to Nato. Our future in the alliance is not for Moscow to decide,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("He also dismissed as “fantasy” Moscow’s insistence that western countries end their training missions and arms deliveries to Ukraine.", "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("He also dismissed as “fantasy” Moscow’s insistence that western countries end their training missions and arms deliveries to Ukraine.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Latvia’s foreign minister, Edgars Rinkēvičs, said on Wednesday that Moscow’s call for allied forces to leave the countries that joined Nato after 1997 was “absolutely unacceptable”.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, D),
 ("Latvia’s foreign minister, Edgars Rinkēvičs, said on Wednesday that Moscow’s call for allied forces to leave the countries that joined Nato after 1997 was “absolutely unacceptable”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Talks cannot be held with a gun pointed at Ukraine’s head. First Russia pulls back its troops, then we talk,", "edgars-rinkevics", 1, "he", "no-preconditions", "rejects", 1, D),
 ("Talks cannot be held with a gun pointed at Ukraine’s head. First Russia pulls back its troops, then we talk,", "edgars-rinkevics", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Estonia’s defence minister, Kalle Laanet, said on Wednesday that Nato exercises planned in the Baltic region this spring would go ahead as scheduled, despite Moscow’s demand that the alliance scale back drills near Russia’s borders.", "kalle-laanet", 1, "Kalle Laanet", "limit-military-exercises", "rejects", 0, D),
 ("Estonia’s defence minister, Kalle Laanet, said on Wednesday that Nato exercises planned in the Baltic region this spring would go ahead as scheduled, despite Moscow’s demand that the alliance scale back drills near Russia’s borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Europe cannot be a spectator while its security architecture is discussed between Washington and Moscow.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("A senior EU official told reporters in Brussels that the bloc would back US-Russian talks on reciprocal limits to missile deployments, but that any deal dividing Europe into “spheres of influence” was out of the question.", "european-union", 0, "A senior EU official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("We are strong enough to keep everything under control and derail any attempts at destabilisation,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-25"),
]
D = "2022-02-01"
L["dw-2022-02-03-analysis-west-answers"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "the Russian president", "", "", 1, D),
 ("We did not see an adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 ("We did not see an adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We did not see an adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("The West has said yes to talking about missiles and exercises,", "ingrid-solheim", 1, "Ingrid Solheim", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The West has said yes to talking about missiles and exercises,", "ingrid-solheim", 1, "Ingrid Solheim", "limit-military-exercises", "mentions", 1, ""),
 ("and no to everything that touches on NATO enlargement.", "ingrid-solheim", 1, "Ingrid Solheim", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow likes to say it wants talks without preconditions, but its draft treaties are themselves one long list of preconditions,", "ingrid-solheim", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("The Kremlin never seriously expected Washington to shut the door on Ukraine. What it wants is for the West to stop turning Ukraine into a forward base: no instructors, no bases, no Javelins,", "kirill-verkhovsky", 1, "Kirill Verkhovsky", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin never seriously expected Washington to shut the door on Ukraine. What it wants is for the West to stop turning Ukraine into a forward base: no instructors, no bases, no Javelins,", "kirill-verkhovsky", 1, "Kirill Verkhovsky", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The 1997 demand is there so that Moscow has something to trade away,", "kirill-verkhovsky", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Washington wants Russian troops pulled back before anything else is discussed, and for the Kremlin that is the wrong way round,", "kirill-verkhovsky", 1, "Verkhovsky", "russia-de-escalation", "mentions", 1, ""),
 ("Poland's deputy foreign minister, Marcin Przydacz, said on Wednesday that Warsaw would deploy whatever weapons it needed on its own territory and that Moscow would never decide \"what stands on Polish soil\".", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, "2022-02-02"),
 ("Pentagon press secretary John Kirby said on Monday that US ships and aircraft would keep operating in international waters and airspace, including over the Black Sea, \"wherever international law allows\".", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-31"),
 ("Any moratorium on missiles that leaves Russia's Iskanders in Kaliningrad untouched would be a gift to the Kremlin,", "tomasz-wilczek", 1, "Tomasz Wilczek", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("We are ready for serious dialogue with Russia, but not at the price of the security of our partners,", "annalena-baerbock", 1, "she", "", "", 1, "2022-02-03"),
]

write_gold(L, "articles-123", "gold-123")
