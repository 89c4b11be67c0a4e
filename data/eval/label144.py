#!/usr/bin/env python3
"""Writes the 144th held-out gold (gold-144/*.nq) from the labels below.

Batch 144 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva
  (front matter, dateline, straight quotes; a quotation split by "she said",
  a quotation over two sentences, Moscow's demand in passing inside
  Sherman's sentence, the Baker 1990 story as unlabelled history).
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press-conference
  transcript after the NATO-Russia Council (no front matter, date in the
  text; speaker labels, a moderator and journalists' questions; every answer
  paragraph is one quotation).
- dw-2022-01-13-osce-vienna-live: DW live blog on the OSCE day (front
  matter, timestamped entries with crossheads, a "What you need to know"
  box; curly quotes and German „ “; passive "was rejected by", quotation
  fragments, indirect speech carried into a second sentence).
- tass-2022-01-27-peskov-us-response: TASS wire on the Kremlin's reaction to
  the US/NATO answers (no front matter, UTF-8 BOM, CRLF line ends, « »
  quotes; roles such as "the Kremlin official", "The presidential
  spokesman"; "according to"; a Russian MFA commentary).
- state-2022-01-26-blinken-press-availability: State Department transcript
  of Blinken's press availability (no front matter, speaker labels
  "Secretary Blinken:", "Mr Price:" moderating, "Question:").
- interfax-2022-01-21-grushko-interview: Interfax Q&A interview with
  Grushko (front matter; questions labelled "Interfax:", answers opened by a
  dash, answers of two paragraphs).
- politico-2022-02-03-west-answers-analysis: Politico Europe analysis
  quoting invented experts and real officials (front matter, standfirst,
  crossheads, curly quotes; leaked-document wording, Baker 1990, the 1997
  Founding Act and Bucharest 2008 as unlabelled history; "a senior EU
  official"; two speakers in one sentence).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
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

L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("difficult, long, very professional, deep, concrete,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("We need a guarantee that American intermediate-range missiles will never again appear in Europe, where they can reach our territory in a matter of minutes,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She also dismissed as a non-starter Moscow's demand that NATO withdraw its forces and weapons from the countries that joined the alliance after 1997, such as Poland and the Baltic states.", "wendy-sherman", 1, "She", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 ("She also dismissed as a non-starter Moscow's demand that NATO withdraw its forces and weapons from the countries that joined the alliance after 1997, such as Poland and the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are ready to talk about where missiles are deployed in Europe and about the scale of military exercises, on a reciprocal basis,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We are ready to talk about where missiles are deployed in Europe and about the scale of military exercises, on a reciprocal basis,", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("but there is a great deal of work still to do before anyone can talk about an agreement.", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("The Russians want a written promise that NATO will never take Ukraine. The whole question now is whether there is anything short of that they can live with,", "kirsten-vahl", 1, "Kirsten Vahl", "no-ukraine-membership", "mentions", 1, ""),
 ("The Russians want a written promise that NATO will never take Ukraine. The whole question now is whether there is anything short of that they can live with,", "kirsten-vahl", 1, "Kirsten Vahl", "written-legal-guarantees", "mentions", 1, ""),
 ("We will see whether the other side is ready to take our concerns seriously, and then we will report to the president,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]

L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies and Russia set out their views on the situation in and around Ukraine and on European security more broadly. NATO Allies called on Russia to immediately de-escalate the situation, to withdraw its forces from Ukraine's borders and to engage in good faith in diplomacy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("It is only for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to join our Alliance. Russia's request that NATO close its door to new members is not something we can accept. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("It is only for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to join our Alliance. Russia's request that NATO close its door to new members is not something we can accept. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("It is only for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to join our Alliance. Russia's request that NATO close its door to new members is not something we can accept. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("Russia's request that NATO close its door to new members is not something we can accept.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("At the same time, Allies are ready to engage in a meaningful dialogue with Russia. We proposed a series of meetings on arms control, including on missiles in Europe, and on transparency and the notification of military exercises. We also proposed to reopen our respective offices in Moscow and Brussels and to restore our military lines of communication, to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a meaningful dialogue with Russia. We proposed a series of meetings on arms control, including on missiles in Europe, and on transparency and the notification of military exercises. We also proposed to reopen our respective offices in Moscow and Brussels and to restore our military lines of communication, to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a meaningful dialogue with Russia. We proposed a series of meetings on arms control, including on missiles in Europe, and on transparency and the notification of military exercises. We also proposed to reopen our respective offices in Moscow and Brussels and to restore our military lines of communication, to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("The Russian delegation was not in a position to agree to these proposals today, but they did not reject them either. They told us they needed time to come back to us, and we are ready to meet again.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We are ready to put our proposals in writing, and we will consult closely with the United States, which is preparing its own answer. But a written answer is not a treaty. NATO will not sign any legally binding document that gives Russia a say over what Allies do on their own territory.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("NATO is a defensive Alliance, and what Allies deploy on Allied territory is for Allies to decide. We will not accept that Russia draws a line around its borders inside which Allies cannot place the forces and capabilities they need for their defence. That is a principle we will not give up.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("Our position has not changed. We stand by the decision we took at the Bucharest Summit in 2008 on Ukraine and Georgia, and we are not going to withdraw it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe. That is exactly why it is important that we sit down and talk, and why I welcome that Russia came to the table today.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We do not have any illusions. The differences between NATO Allies and Russia are significant and they will not be easy to bridge. But it is a positive sign that all Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]

L["dw-2022-01-13-osce-vienna-live"] = [
 ("Russia's demand that NATO halt large-scale exercises near its borders was rejected on Thursday by Lithuania's defense minister, Arvydas Anusauskas.", "arvydas-anusauskas", 1, "Arvydas Anusauskas", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Russia's demand that NATO halt large-scale exercises near its borders was rejected on Thursday by Lithuania's defense minister, Arvydas Anusauskas.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Lithuania will hold every exercise it has planned for this year, with our allies and on our own territory,", "arvydas-anusauskas", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("There are positive elements, but there are also disagreements on fundamental issues, and these are the issues that matter most to us,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-13"),
 ("Every country has the right to decide freely which alliance it wants to belong to, and that is not something we will negotiate with anyone,", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-13"),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("We need to take this very seriously. Russia has to de-escalate and pull its troops back from Ukraine's borders, and it has to stop threatening its neighbors,", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("He added that Washington would not accept any limits on its defense cooperation with Ukraine, Georgia or other partners that are not members of NATO.", "michael-carpenter", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("a constructive response to our proposals within a reasonable time,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("Neutrality is not an option for Ukraine. Our strategic course towards membership of NATO is written into our constitution,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("Ryabkov said a guarantee that NATO would not deploy strike weapons in Ukraine or in other countries bordering Russia was “an absolute imperative” for Moscow.", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("I would not want to confirm anything or exclude anything,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("The alliance had to stop large-scale exercises near Russia's borders and keep its rapid reaction forces away from them.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("If NATO switches to a policy of containment, there will be counter-containment from our side,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
]

L["tass-2022-01-27-peskov-us-response"] = [
 ("It is obvious that on the main categories, which we laid out in the draft documents, we cannot speak about our concerns being taken into account,", "dmitry-peskov", 1, "the Kremlin official", "", "", 1, "2022-01-27"),
 ("There is not much ground for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("But there is always a prospect for continuing a dialogue, it is in our interests and in the interests of the Americans.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("We need legally binding guarantees, not verbal assurances and not a moratorium, and this remains our principled position,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("Peskov dismissed the calls by Western capitals for Russia to pull back its troops from areas bordering Ukraine, saying that the movement of Russian forces on Russian territory was an internal matter of the Russian Federation and concerned nobody else.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the East and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the East and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("We will now study the document carefully, and the President will decide on the next steps.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("According to Zakharova, the so-called open-door policy of NATO has only produced new dividing lines in Europe and must be abandoned.", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 0, "2022-01-27"),
 ("In a commentary published on the ministry's website on Thursday, the Russian Foreign Ministry said the United States had ignored the Russian proposal to return NATO's military presence in Europe to the configuration of May 1997, when the Russia-NATO Founding Act was signed.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("The Americans were willing to talk about missiles, and they were silent on NATO enlargement, which is the heart of the matter,", "yevgeny-kolobov", 1, "Yevgeny Kolobov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans were willing to talk about missiles, and they were silent on NATO enlargement, which is the heart of the matter,", "yevgeny-kolobov", 1, "Yevgeny Kolobov", "nato-non-expansion", "mentions", 1, ""),
]

L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own paper to Moscow in parallel, and the two are fully coordinated.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our Allies and partners about Russia's actions, and a principled and pragmatic evaluation of the concerns Russia has raised.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("Let me be clear about what is not in it. There is no change, there will be no change, in our position on NATO's open door. We will uphold the principle that countries have the right to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Where we see real possibilities is in arms control. We propose to discuss with Russia the deployment of intermediate-range missiles in Europe, on a reciprocal basis, as well as other measures that can increase confidence on both sides.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("None of this can succeed in an atmosphere of escalation. Russia must pull back the forces it has massed on Ukraine's borders. The choice between diplomacy and confrontation is Russia's to make, and we are prepared either way.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("On Ukraine's membership, the answer is very straightforward. We will not agree to close the door to Ukraine, or to anyone else, and we will not trade away the sovereign choices of Ukrainians over their heads.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("On Ukraine's membership, the answer is very straightforward. We will not agree to close the door to Ukraine, or to anyone else, and we will not trade away the sovereign choices of Ukrainians over their heads.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("As for publishing it, we are not making the document public, because we think diplomacy has a better chance to succeed if we give it space for confidential talks. We have shared it with our Allies and partners, and with Congress.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("I expect I will speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the paper and is ready to discuss next steps.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("I think it is very hard to see gas flowing through Nord Stream 2 or the pipeline becoming operational if Russia renews its aggression against Ukraine. Our German friends have been very clear about that, and we are in close contact with them.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We are not setting any preconditions for continuing to talk. We are prepared to keep the diplomatic path open even as we prepare for the alternative, together with our Allies and partners.", "antony-blinken", 1, "Blinken", "no-preconditions", "supports", 1, "2022-01-26"),
]

L["interfax-2022-01-21-grushko-interview"] = [
 ("We had a frank and, I would say, useful conversation, but it confirmed that the alliance is not prepared to treat our key proposals seriously. Our partners in the dialogue listened to us; I am not sure they heard us.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-21"),
 ("No. The open-door policy is not a law of nature, it is a political choice, and the alliance can and must abandon it. We need a legally binding guarantee that NATO will not expand any further, first of all to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-21"),
 ("No. The open-door policy is not a law of nature, it is a political choice, and the alliance can and must abandon it. We need a legally binding guarantee that NATO will not expand any further, first of all to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 ("No. The open-door policy is not a law of nature, it is a political choice, and the alliance can and must abandon it. We need a legally binding guarantee that NATO will not expand any further, first of all to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-21"),
 ("No. The open-door policy is not a law of nature, it is a political choice, and the alliance can and must abandon it. We need a legally binding guarantee that NATO will not expand any further, first of all to Ukraine and Georgia.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-21"),
 ("The Bucharest formula, according to which these two countries will become members of NATO, has to be disavowed. As long as it stands, it remains a time bomb under European security.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-21"),
 ("After NATO expelled our diplomats in October, we suspended the work of our mission and closed the alliance's offices in Moscow. Restoring military channels just for the sake of appearances makes no sense. We see no point in it as long as NATO treats us as an adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-21"),
 ("They should return to the configuration of 1997, when the Founding Act was signed. The troops, the weapons, the infrastructure that appeared on the territory of the new members after that must be withdrawn.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-21"),
 ("And there must be no military activity of NATO in Ukraine, in Georgia, in the South Caucasus or in Central Asia. No bases, no instructors, no training missions.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-21"),
 ("International waters are not the issue. American destroyers and strategic bombers should not operate in areas from which they can strike targets on Russian territory, and we are ready to take the same obligation in return.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-21"),
 ("The OSCE can be a useful platform for discussing the principle of indivisible security, which all of its participating states signed up to in Istanbul and in Astana. But the key questions are addressed to Washington and Brussels, and it is they who must answer them.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-21"),
 ("Then we will use military-technical means to neutralise the threats. This is not a threat on our part, it is a statement of fact. Nobody should have any illusions about this.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-21"),
 ("We are not putting forward any preconditions for continuing the dialogue. But we expect answers to our proposals article by article, not general words about our common values.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-21"),
]

L["politico-2022-02-03-west-answers-analysis"] = [
 ("The papers are a restatement of NATO’s open-door policy with an arms-control annex stapled to the back,", "daniel-okafor", 1, "Daniel Okafor", "nato-open-door", "mentions", 1, ""),
 ("The first ask in both is that Russia pull its troops back from Ukraine’s border. Everything else hangs on that,", "daniel-okafor", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("The U.S. Navy is not going to stop sailing in the Black Sea because someone in Moscow has drawn a circle on a map,", "daniel-okafor", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Annika Lindqvist, who heads the Russia program at the Nordic Centre for Security Studies in Stockholm, said the Russian drafts had always gone far beyond Ukraine, seeking also to keep U.S. warships and bombers out of range of Russian territory and to bar any NATO military activity in former Soviet states.", "annika-lindqvist", 1, "Annika Lindqvist", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Annika Lindqvist, who heads the Russia program at the Nordic Centre for Security Studies in Stockholm, said the Russian drafts had always gone far beyond Ukraine, seeking also to keep U.S. warships and bombers out of range of Russian territory and to bar any NATO military activity in former Soviet states.", "annika-lindqvist", 1, "Annika Lindqvist", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("The papers do not contain a single word about the Bucharest declaration,", "annika-lindqvist", 1, "Lindqvist", "rescind-bucharest-2008", "mentions", 1, ""),
 ("She noted that the NATO paper does propose restoring military-to-military channels and reopening the liaison offices that were closed last autumn.", "annika-lindqvist", 1, "She", "resume-military-dialogue", "mentions", 0, ""),
 ("If we give up the right to host American intermediate-range missiles, we hand Moscow exactly what it failed to win in the 1980s,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Wierzbicki argued that the West should hold no further talks with Moscow until Russian troops had been pulled back from Ukraine’s border.", "tomasz-wierzbicki", 1, "Wierzbicki", "no-preconditions", "rejects", 0, ""),
 ("Wierzbicki argued that the West should hold no further talks with Moscow until Russian troops had been pulled back from Ukraine’s border.", "tomasz-wierzbicki", 1, "Wierzbicki", "russia-de-escalation", "supports", 0, ""),
 ("The real question is whether talks without preconditions can survive another month of this build-up,", "daniel-okafor", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("A senior EU official said on Wednesday that the bloc had been briefed on every line of the NATO paper, including its answer to Moscow’s demand that allied troops leave the countries that joined after 1997.", "european-union", 0, "A senior EU official", "rollback-to-1997", "mentions", 0, "2022-02-02"),
 ("A senior EU official said on Wednesday that the bloc had been briefed on every line of the NATO paper, including its answer to Moscow’s demand that allied troops leave the countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("EU foreign policy chief Josep Borrell said on Wednesday that the EU was ready to discuss the deployment of offensive weapons near Russia’s borders as part of a broader conversation on European security, but not “spheres of influence.”", "josep-borrell", 1, "Josep Borrell", "no-strike-weapons-near-borders", "mentions", 0, "2022-02-02"),
 ("Both Borrell and NATO Secretary General Jens Stoltenberg insisted on Wednesday that Moscow would get no veto over who joins the alliance.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, "2022-02-02"),
 ("Both Borrell and NATO Secretary General Jens Stoltenberg insisted on Wednesday that Moscow would get no veto over who joins the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-02-02"),
 ("It’s important that we send a strong signal to Mr. Putin and, frankly, to the world that NATO matters to the United States and it matters to our allies.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
 ("Nobody in this story wants to be the one who walks away from the table first,", "daniel-okafor", 1, "Okafor", "", "", 1, ""),
]

write_gold(L, "articles-144", "gold-144")
