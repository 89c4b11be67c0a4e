#!/usr/bin/env python3
"""Writes the sixty-seventh held-out gold (gold-67/*.nq) from the labels below.

Batch 67 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers saw, from mainstream outlets, in seven
different forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter, dateline, byline, a capitalised crosshead and a credit line;
  straight quotation marks; quotations split by "X said", attribution by
  role ("the deputy foreign minister"), two speakers in one sentence
  (Russia / Washington), history (Baker 1990) and a paraphrase of the draft
  treaty that are not labelled.
- whitehouse-2022-01-26-psaki-briefing: White House press briefing
  transcript, no front matter (date in the heading), "MS. PSAKI:" and "Q"
  speaker labels; journalists' questions name Russia's demands but get no
  label; answers referring to the question by pronoun ("That's a
  non-starter"); short answers under six words get no label.
- kommersant-2022-01-19-grushko-interview: Kommersant Q&A interview with
  front matter, questions as "Kommersant:", answers opened by a dash and
  continued in undashed paragraphs; curly quotation marks; the interview was
  given "on Tuesday" (2022-01-18).
- dw-2022-01-12-nato-russia-council-live: DW live blog without front matter
  (date "12.01.2022"), timestamped entries with crossheads, a summary box,
  curly quotation marks; a quotation over two sentences (Landsbergis),
  a statement by unnamed "diplomats", quotation of the draft agreement and of
  the 1997 Founding Act (not labelled), Moscow's moratorium proposal named in
  passing in a sentence about Stoltenberg.
- mid-2022-01-27-zakharova-briefing: Russian Foreign Ministry briefing in the
  ministry's English, UTF-8 BOM and CRLF line ends, front matter, table of
  contents and crossheads, « » quotation marks, "Question:" / "Maria
  Zakharova:" labels; the opening monologue counts as her words paragraph by
  paragraph.
- up-2022-01-27-kuleba-us-answer: Ukrainska Pravda story in machine-translated
  English, no front matter (date line "Thursday, 27 January 2022"), „ “
  quotation marks with attribution after the quotation ("– Kuleba
  declared"), "Read also" link lines and a "Reference" paragraph of
  background (not labelled), Moscow's Bucharest demand named in passing.
- politico-2022-01-28-nato-answers-analysis: Politico Europe analysis with
  front matter, standfirst, crossheads, curly quotation marks and
  apostrophes; invented experts, a senior EU official (european-union),
  "Despite Moscow's demands ..." and a passive construction ("Russia's call
  ... was brushed aside ... by John Kirby"), Lavrov and Peskov on "the main
  issue" (no demand, fragments under six words).

Conventions (as in earlier batches):
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
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it must guarantee Ukraine will never join NATO, while Washington called the demand a non-starter as nearly eight hours of talks in Geneva ended without a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it must guarantee Ukraine will never join NATO, while Washington called the demand a non-starter as nearly eight hours of talks in Geneva ended without a breakthrough.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We do not trust the other side, and we have good reasons for that.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("We also want American bombers and warships to stay away from areas from where they can hit targets on our territory,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Nor will we make decisions about Ukraine without Ukraine, about Europe without Europe or about NATO without NATO.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("She said the U.S. side had told the Russians that Washington was prepared to discuss the future deployment of offensive missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the U.S. side had told the Russians that Washington was prepared to discuss the future deployment of offensive missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Russia needs to de-escalate and send those forces back to their barracks if it is serious about diplomacy,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Kremlin spokesman Dmitry Peskov told reporters in Moscow on Monday that Russia had come to Geneva without preconditions and expected the same approach from Washington.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("A promise that NATO stops where it is was never on offer, and no U.S. administration could give it,", "hendrik-vollmer", 1, "Hendrik Vollmer", "nato-non-expansion", "mentions", 1, ""),
 ("The realistic agenda is much smaller, and it starts with getting the generals talking to each other again.", "hendrik-vollmer", 1, "Hendrik Vollmer", "resume-military-dialogue", "mentions", 1, ""),
]
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone. Okay, a couple of items for you at the top. As many of you have seen, Ambassador Sullivan delivered our written response to the Russian government in Moscow earlier today, and NATO is delivering its own response in parallel. Secretary Blinken is speaking to this at the State Department as we speak, so I'm not going to get too far ahead of him on the details.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("The response sets out a serious diplomatic path forward, should Russia choose it. It reflects input from our Allies and partners, including Ukraine, and we have consulted with them every step of the way.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("We've been very clear, publicly and privately: NATO's door is open, and it remains open. Who Ukraine partners with is a decision for Ukraine and the Allies, not for Moscow.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We've been very clear, publicly and privately: NATO's door is open, and it remains open. Who Ukraine partners with is a decision for Ukraine and the Allies, not for Moscow.", "jen-psaki", 1, "Jen Psaki", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("There is no commitment of that kind in the document, no. That's a non-starter, and the Russians have known that since before Geneva.", "jen-psaki", 1, "Jen Psaki", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("Our force posture on the eastern flank is not up for negotiation with Russia. If anything, the President has been clear that if Russia invades, we will reinforce our Allies there, not pull back.", "jen-psaki", 1, "Jen Psaki", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Decisions taken at Bucharest were taken by all of the Allies, and they stand. We're not going to revisit them because Moscow asks us to.", "jen-psaki", 1, "Jen Psaki", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("The President has said he's prepared to talk about things that are of mutual concern, on a reciprocal basis. But it's very hard to see progress while more than 100,000 Russian troops sit on Ukraine's border. The path forward is de-escalation, and that's what we're asking Russia to choose.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("I'll let the Kremlin speak for itself. We've delivered the response, and now the ball is in Russia's court.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("Not at this time. We don't think it would be constructive for diplomacy to negotiate in public, and we've told the Russians as much.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("He has not spoken with him today, but Secretary Blinken spoke with Foreign Minister Kuleba this morning, and the President spoke with President Zelensky earlier this month. Nothing about Ukraine without Ukraine; that has been our principle from the start.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("The Secretary of Defense has put them on a heightened state of readiness. No decision has been made to deploy them, and I'd point you to the Pentagon for any more details.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
]
L["kommersant-2022-01-19-grushko-interview"] = [
 ("We heard a great deal about the “open door”, which for us is not a principle at all but a tool of expansion. No country has the right to strengthen its security at the expense of ours, and no one will persuade us that NATO moving towards our borders is simply the sovereign choice of some applicant. Enlargement has to stop, and it has to stop now.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("We heard a great deal about the “open door”, which for us is not a principle at all but a tool of expansion. No country has the right to strengthen its security at the expense of ours, and no one will persuade us that NATO moving towards our borders is simply the sovereign choice of some applicant. Enlargement has to stop, and it has to stop now.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("This is not a whim. Since 1997 the alliance has moved its infrastructure, its battlegroups and its aircraft right up to our borders. We are proposing to return to the configuration that existed when the Founding Act was signed, and that is the core of the security guarantees we are talking about.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("The Bucharest formula must be disavowed. As long as it remains on the books, it is a time bomb under European security.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-18"),
 ("It is not only about declarations. The instructors, the arms deliveries, the exercises on Ukrainian soil — all of this is the military development of Ukraine by NATO countries, and it has to stop.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-18"),
 ("Transparency is useful, and we proposed many of these measures ourselves years ago. But we want large-scale drills moved away from the line of contact between Russia and NATO, not merely announced in advance.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-18"),
 ("I don’t see the point of ritual military contacts for their own sake. It was NATO that curtailed practical cooperation in 2014. Reopening a hotline while the alliance refuses to discuss the substance would be decoration, not security.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("Then we will respond with military-technical measures. We have said this openly, and we are not bluffing.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("We need legally binding guarantees, not a set of good intentions, and we need them in weeks, not in years of talks.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("That is a convenient explanation for those who do not want to read our drafts. Every point in them is open for discussion, but the discussion has to be about the substance.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("Diplomacy is our profession. But diplomacy cannot consist of one side explaining to the other why its concerns do not matter.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
]
L["dw-2022-01-12-nato-russia-council-live"] = [
 ("The agenda today was essentially the December draft, including pulling allied troops back behind the 1997 line,", "olena-marchuk", 1, "Olena Marchuk", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("We are ready to talk, but not without conditions: the troops on Ukraine's border have to move back first,", "annalena-baerbock", 1, "she", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("We are ready to talk, but not without conditions: the troops on Ukraine's border have to move back first,", "annalena-baerbock", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("NATO will not withdraw a single soldier from the Baltic states. Not this year, not ever.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Russian Deputy Defence Minister Alexander Fomin said NATO had to scale back the exercises it holds near Russia's borders, accusing the alliance of rehearsing scenarios “directed against our country.”", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("The alliance has returned to the schemes and patterns of the Cold War,", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-12"),
 ("He said NATO's enlargement had to stop and that the alliance must not deploy “weapons systems that threaten us” anywhere near Russian territory.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("He said NATO's enlargement had to stop and that the alliance must not deploy “weapons systems that threaten us” anywhere near Russian territory.", "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("reaffirmed that each nation has the right to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("The secretary general said the alliance was ready to reopen military-to-military channels with Moscow and had proposed a series of meetings on arms control and risk reduction.", "jens-stoltenberg", 1, "The secretary general", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Asked about Moscow's proposal for a moratorium on intermediate-range missiles in Europe, he was dismissive.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("A moratorium is not credible as long as Russia keeps deploying its SSC-8 missiles in Europe,", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-12"),
]
L["mid-2022-01-27-zakharova-briefing"] = [
 ("Yesterday, US Ambassador to Russia John Sullivan handed over the US written response to our draft treaty on security guarantees to Deputy Foreign Minister Alexander Grushko. The NATO Secretary General sent a response on behalf of the alliance. Both documents are being studied, and the President of Russia has been informed of them.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
 ("I would like to remind you once again what we are talking about. Russia needs legally binding guarantees that NATO will not expand further eastwards. This is not an item on a menu from which our partners may choose what they like and leave the rest.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("I would like to remind you once again what we are talking about. Russia needs legally binding guarantees that NATO will not expand further eastwards. This is not an item on a menu from which our partners may choose what they like and leave the rest.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The so-called «open door policy» is not a dogma carved in stone. Article 10 of the Washington Treaty says that the allies «may» invite other European states, not that they are obliged to. Our Western colleagues prefer to forget this, just as they forget their commitment not to strengthen their security at the expense of the security of others.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We note that Western capitals continue to whip up hysteria about an alleged «Russian invasion». We have said many times that Russia is not threatening anyone and has no intention of attacking anyone.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
 ("Today we mark the 78th anniversary of the complete lifting of the siege of Leningrad. For 872 days the city resisted, and more than 600,000 of its residents died of hunger, cold and bombardment. We will never allow this feat and this tragedy to be forgotten or falsified.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
 ("Kiev is satisfied because nobody asked it anything, it was simply informed. But let me be clear: Ukraine's accession to NATO is a red line for us, and the collective West knows this very well.", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("We have insisted for years that American intermediate-range missiles must not appear in Europe. We proposed a moratorium back in 2019 and received no answer at all.", "maria-zakharova", 1, "Maria Zakharova", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 ("But these issues cannot be separated from the main ones. One cannot take the secondary topics and ignore what is fundamental for us.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
 ("We have always been ready for dialogue without any preconditions, and we expect the same from our partners. It is Washington that invents conditions, demanding a «pullback» of Russian troops from Russian territory. This is absurd: we will move our forces on our own territory as we see fit.", "maria-zakharova", 1, "Maria Zakharova", "no-preconditions", "supports", 1, "2022-01-27"),
 ("We have always been ready for dialogue without any preconditions, and we expect the same from our partners. It is Washington that invents conditions, demanding a «pullback» of Russian troops from Russian territory. This is absurd: we will move our forces on our own territory as we see fit.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("If such contacts are agreed, we will certainly inform you. For now I have nothing to announce.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-27"),
]
L["up-2022-01-27-kuleba-us-answer"] = [
 ("We saw the American answer before it was passed to Moscow. There is in it no position which would be against the interests of Ukraine", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("According to the minister, the policy of open doors of NATO remains untouched, and the decision about the membership of Ukraine in the Alliance will be accepted only by Ukraine and 30 allies, and not by Moscow.", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 0, "2022-01-27"),
 ("According to the minister, the policy of open doors of NATO remains untouched, and the decision about the membership of Ukraine in the Alliance will be accepted only by Ukraine and 30 allies, and not by Moscow.", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("The minister also rejected the demand of Moscow to cancel the decision of the Bucharest summit of 2008, having named it „return to spheres of influence“.", "dmytro-kuleba", 1, "The minister", "rescind-bucharest-2008", "rejects", 0, "2022-01-27"),
 ("The minister also rejected the demand of Moscow to cancel the decision of the Bucharest summit of 2008, having named it „return to spheres of influence“.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("American instructors, Javelins, the British NLAW – it is our sovereign choice, and not the subject of bargaining with Kremlin", "volodymyr-zelensky", 1, "Zelensky", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("The president also repeated the readiness to meet with Vladimir Putin in any format and without preconditions.", "volodymyr-zelensky", 1, "The president", "no-preconditions", "supports", 0, "2022-01-26"),
 ("Any legally binding document which closes for Ukraine the road to NATO, Kyiv will not sign and will not recognise", "mykhailo-podolyak", 1, "he", "written-legal-guarantees", "rejects", 1, ""),
 ("Any legally binding document which closes for Ukraine the road to NATO, Kyiv will not sign and will not recognise", "mykhailo-podolyak", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 ("Concerning Ukraine, the Russian drafts contain two things: no Western instructors on our territory and no weapons near Russian borders", "taras-hrytsenko", 1, "Taras Hrytsenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Concerning Ukraine, the Russian drafts contain two things: no Western instructors on our territory and no weapons near Russian borders", "taras-hrytsenko", 1, "Taras Hrytsenko", "no-strike-weapons-near-borders", "mentions", 1, ""),
]
L["politico-2022-01-28-nato-answers-analysis"] = [
 ("We cannot compromise on the core principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("Despite Moscow’s demands that the alliance pull its forces out of the countries that joined after 1997, Stoltenberg said on Wednesday that NATO would not remove troops from its eastern members and was considering sending more.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Despite Moscow’s demands that the alliance pull its forces out of the countries that joined after 1997, Stoltenberg said on Wednesday that NATO would not remove troops from its eastern members and was considering sending more.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("no third country can have a veto over the sovereign decisions of others.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, "2022-01-26"),
 ("A senior EU official, speaking on condition of anonymity, said Brussels would insist on a seat at the table if Washington and Moscow began discussing where intermediate-range missiles could be stationed in Europe.", "european-union", 0, "A senior EU official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The answers are more generous than many in Moscow expected, but on the wrong questions,", "marta-kowalczyk-brandt", 1, "Marta Kowalczyk-Brandt", "", "", 1, ""),
 ("What they will not offer is a legally binding promise that Ukraine never joins, or a retraction of the Bucharest pledge. No allied parliament would ratify either.", "marta-kowalczyk-brandt", 1, "Marta Kowalczyk-Brandt", "written-legal-guarantees", "mentions", 1, ""),
 ("What they will not offer is a legally binding promise that Ukraine never joins, or a retraction of the Bucharest pledge. No allied parliament would ratify either.", "marta-kowalczyk-brandt", 1, "Marta Kowalczyk-Brandt", "no-ukraine-membership", "mentions", 1, ""),
 ("What they will not offer is a legally binding promise that Ukraine never joins, or a retraction of the Bucharest pledge. No allied parliament would ratify either.", "marta-kowalczyk-brandt", 1, "Marta Kowalczyk-Brandt", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Russia’s call to keep American warships and bombers away from its shores was brushed aside on Wednesday by Pentagon press secretary John Kirby, who said U.S. ships and aircraft would go on operating wherever international law allowed, the Black Sea included.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("Russia’s call to keep American warships and bombers away from its shores was brushed aside on Wednesday by Pentagon press secretary John Kirby, who said U.S. ships and aircraft would go on operating wherever international law allowed, the Black Sea included.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We’re not going to stop exercising with our allies and partners because Moscow doesn’t like it,", "john-kirby", 1, "Kirby", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("Moscow will not decide what weapons Poland deploys on its own soil,", "zbigniew-rau", 1, "Rau", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("One side wants talks without preconditions, the other says nothing moves until the troops pull back, and the open door sits between them like a wall,", "pavel-lisitsyn", 1, "Pavel Lisitsyn", "no-preconditions", "mentions", 1, ""),
 ("One side wants talks without preconditions, the other says nothing moves until the troops pull back, and the open door sits between them like a wall,", "pavel-lisitsyn", 1, "Pavel Lisitsyn", "russia-de-escalation", "mentions", 1, ""),
 ("One side wants talks without preconditions, the other says nothing moves until the troops pull back, and the open door sits between them like a wall,", "pavel-lisitsyn", 1, "Pavel Lisitsyn", "nato-open-door", "mentions", 1, ""),
 ("The drafts also ask Washington to keep bombers and warships out of range of Russian territory, which in the Black Sea would mean staying out altogether,", "pavel-lisitsyn", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]

write_gold(L, "articles-67", "gold-67")
