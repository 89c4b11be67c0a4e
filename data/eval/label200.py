#!/usr/bin/env python3
"""Writes the held-out gold of batch 200 (gold-200/*.nq) from the labels below.

Batch 200 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-10-russia-us-geneva-talks: Reuters wire from Geneva (front
  matter); quotes interrupted by "Sherman said", a two-sentence quote, "the
  diplomat added", Moscow's demands in a relative clause, Baker 1990 history,
  analysts whose quotes name no day and refer back by pronoun ("That is ...").
- ap-2022-01-27-explainer-us-written-response: AP explainer in Q-and-A sections
  (front matter); Blinken's open-door quote whose demand is only outside the
  marks, a fragment quote, "On that, he said" indirect speech, analysts
  attributing demands to Moscow/the Kremlin in passing, Kirby split quote.
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog with time
  stamps, newest first (no front matter); summary bullets, key-event crossheads,
  a tweet, a six-word fragment quote, Russia's Bucharest demand in the welcome
  block, a Grushko rejection of military contacts.
- state-department-2022-01-25-press-briefing-price: State Department briefing
  transcript (no front matter); every answer paragraph of Ned Price is one
  quotation, reporters' questions that name demands get nothing, off-topic
  answers get demand-less labels, Russian demands cited in passing by Price.
- tass-2022-01-28-lavrov-us-response-no-positive-reaction: TASS wire in
  translated style with UTF-8 BOM and CRLF line ends (no front matter);
  "the top diplomat noted", "Earlier" with no day, nested 'open door' quote,
  OSCE document background, draft-treaty contents paraphrased from documents.
- meduza-2022-02-01-putin-breaks-silence-us-nato-replies: Meduza English news
  piece (front matter); Putin's three demands in a quote with no attribution in
  its paragraph, a readout-reported Blinken demand, the Foreign Ministry as
  speaker, analysts without a day, "Read also" link.
- cnn-2022-01-30-newsroom-interview-benedetti: CNN rush transcript (front
  matter); host gets nothing even when naming Russia's demands, video clips of
  Blinken (Wednesday) and Lavrov (Friday), a former official who voices her own
  stances (supports/rejects) as well as only reporting Moscow's (mentions).

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. A direct quotation of six or more words about none of the demands
gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words
quoted from documents, headlines, crossheads, standfirsts, captions and link
lines are not labelled. A demand attributed in passing to Moscow inside another
speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said,
resolved against the publication date; "" when the text gives no day. Analysts
and experts (independent people) speak for themselves and have no side: they
"support"/"reject" only when they voice the demand in their own words with a
stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "reuters-2022-01-10-russia-us-geneva-talks"
L[D] = [
 ("Russia's chief negotiator said on Monday that Moscow needed an iron-clad promise that Ukraine would never be admitted to NATO, after nearly eight hours of talks with U.S. officials in Geneva produced no breakthrough in a standoff that has raised fears of a new war in Europe.", "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never - never, ever - becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said Russia could not accept a situation in which the alliance kept moving closer to its frontiers and put new weapons systems on the territory of its neighbours capable of reaching Moscow within minutes.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Ryabkov said Russia could not accept a situation in which the alliance kept moving closer to its frontiers and put new weapons systems on the territory of its neighbours capable of reaching Moscow within minutes.", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-10"),
 ("Moscow, which last month set out its demands in two draft treaties, wants NATO to shut its doors to Ukraine and other former Soviet republics and to pull back forces and weaponry from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow, which last month set out its demands in two draft treaties, wants NATO to shut its doors to Ukraine and other former Soviet republics and to pull back forces and weaponry from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow, which last month set out its demands in two draft treaties, wants NATO to shut its doors to Ukraine and other former Soviet republics and to pull back forces and weaponry from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of certain missile systems in Europe and possible limits on the size and scope of military exercises, provided Moscow took reciprocal steps.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of certain missile systems in Europe and possible limits on the size and scope of military exercises, provided Moscow took reciprocal steps.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We are prepared to move forward in a few areas of mutual interest,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("but only on a reciprocal basis and only in real consultation with our allies and partners.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("Sherman said it was not clear whether Russia was serious about diplomacy, and that the best way to show it was for Moscow to pull back the roughly 100,000 troops it has massed within reach of Ukraine's border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Real progress is very hard to imagine in an atmosphere of escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Asked about the troop build-up, Ryabkov said the forces were on Russian soil and that Moscow owed nobody an explanation for their movements.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Our troops are where they are because this is our land, and nobody is going to tell us where to move them,", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("Russia has set the bar so high that it almost guarantees failure, and then it can say that it tried diplomacy,", "olena-marchuk", 1, "Olena Marchuk", "", "", 1, ""),
 ("A written guarantee that NATO will never take in Ukraine is something no American administration can sign, and the Kremlin knows it,", "olena-marchuk", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("A written guarantee that NATO will never take in Ukraine is something no American administration can sign, and the Kremlin knows it,", "olena-marchuk", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Henrik Aalto, a former Finnish defence official now with the Nordic Institute of Security Studies, said an agreement keeping ground-launched intermediate-range missiles out of Europe, an issue left open since the collapse of the Intermediate-Range Nuclear Forces Treaty in 2019, was within reach.", "henrik-aalto", 1, "Henrik Aalto", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("That is the one place where I can see a real text emerging,", "henrik-aalto", 1, "Aalto", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Everything else on the Russian list is about Ukraine, and on Ukraine nobody in Washington is going to move.", "henrik-aalto", 1, "Aalto", "", "", 1, ""),
 ("It is for Ukrainians and for the 30 allies, and for nobody in Moscow, to decide whether Ukraine joins NATO,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, ""),
]

D = "ap-2022-01-27-explainer-us-written-response"
_moscow = "Moscow wants the alliance to promise it will never take in Ukraine, Georgia or any other former Soviet republic, to keep offensive weapons out of countries bordering Russia and to withdraw troops and equipment from nations that joined NATO after 1997, including Poland and the Baltic states."
_lav = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
_lav2 = "On that, he said, the American paper offered nothing positive."
_lav3 = "Lavrov said the U.S. reply did leave some room for what he called a serious conversation on secondary topics, such as missiles and military drills."
_blk = "Blinken said the response also set out areas where the two sides might make progress together, among them arms control related to missiles in Europe and confidence-building measures regarding military exercises and maneuvers."
L[D] = [
 (_moscow, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (_moscow, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_moscow, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (_moscow, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russian President Vladimir Putin has said the guarantees must be legally binding, arguing that the West cannot be trusted to keep its word.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("But he made clear that Washington had not given ground on the question that matters most to Moscow: whether NATO will keep its doors open to new members.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (_blk, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (_blk, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("U.S. officials, speaking on condition of anonymity to discuss a confidential diplomatic document, said the United States had proposed that both sides consider a mechanism to verify that no ground-launched cruise missiles were stationed at two U.S. missile defense sites in Romania and Poland, if Russia offered similar transparency at bases of its choosing.", "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Secretary-General Jens Stoltenberg said at a news conference in Brussels on Wednesday that the alliance proposed reopening the NATO and Russian missions in each other's capitals and restoring military hotlines to reduce the risk of incidents at sea and in the air.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance, and of Europe and North America, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He also called on Moscow to withdraw its forces from Ukraine's borders and from Belarus.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_lav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (_lav2, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (_lav2, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 (_lav3, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (_lav3, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("Moscow has long wanted intermediate-range missiles kept out of Europe, and on that there is a deal to be had,", "thomas-reinholt", 1, "Thomas Reinholt", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Moscow has long wanted intermediate-range missiles kept out of Europe, and on that there is a deal to be had,", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The template exists. It's called the INF Treaty.", "thomas-reinholt", 1, "Thomas Reinholt", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Kremlin's core demand, that Ukraine be kept out of NATO forever, is the one thing no American president can give,", "maria-ilyina", 1, "Maria Ilyina", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin's core demand, that Ukraine be kept out of NATO forever, is the one thing no American president can give,", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Everything else is a side dish.", "maria-ilyina", 1, "Maria Ilyina", "", "", 1, ""),
 ("We continue to call on Russia to de-escalate and to move those forces back,", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("There's still time and space for diplomacy.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
 ("President Volodymyr Zelenskyy urged Ukrainians on Wednesday not to panic and said the written replies confirmed that Ukraine's path to NATO was a matter for Ukraine and the alliance alone.", "volodymyr-zelensky", 1, "Volodymyr Zelenskyy", "nato-open-door", "supports", 0, "2022-01-26"),
]

D = "guardian-2022-01-12-nato-russia-council-live"
G = "2022-01-12"
_st = "Jens Stoltenberg, the Nato secretary general, said allies had turned down Russia's demand that the alliance rule out admitting Ukraine, but had offered to talk about arms control and military transparency."
_gr = "We have told Nato very clearly that the expansion of the alliance must stop, and that this must be fixed in a legally binding way, not in declarations,"
_gr2 = "He said Moscow saw little point in restoring military contacts with the alliance while Nato treated Russia as an adversary and held exercises close to its borders."
_st2 = "He said allies were willing to discuss reciprocal limits on where missiles could be deployed in Europe, and better advance notice of military exercises, as long as Russia was willing to do the same."
_pe = "We need guarantees that Nato will not move eastward and will not put its weapons right next to our borders. That is the essence,"
_kz = "What Moscow is really demanding is that Nato pull its troops out of the Baltic states and Poland and stop training soldiers in Ukraine and Georgia,"
_kz2 = "No alliance could agree to that and survive."
_sh = "Sherman said some of the Russian proposals, including a ban on Ukraine ever joining the alliance, were simply not on the table."
_ru = "Russia wants guarantees that the alliance will not expand further east, will not station missiles close to its borders and will scale back its presence in eastern Europe."
L[D] = [
 (_st, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, G),
 (_st, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The US deputy secretary of state, Wendy Sherman, said the Kremlin now had to choose between pulling its troops back from Ukraine's border and confrontation.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, G),
 (_gr, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, G),
 (_gr, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, G),
 (_gr2, "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, G),
 (_gr2, "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, G),
 ("If Nato goes over to a policy of containment, we will respond with counter-containment. If it is deterrence, then there will be counter-deterrence,", "alexander-grushko", 1, "he", "", "", 1, G),
 ("The open door is not some sacred principle. Nobody is obliged to take in new members, and Nato's own founding treaty says exactly that,", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, G),
 (_st2, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, G),
 (_st2, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, G),
 ("Allies also called on Russia to re-establish our respective offices in Moscow and Brussels, and to use military-to-military channels of communication to avoid dangerous incidents,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, G),
 ("a very serious and direct exchange", "jens-stoltenberg", 1, "He", "", "", 1, G),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, G),
 ("Russia cannot have a veto on whether Ukraine can become a Nato member. Ukraine, as a sovereign nation, has the right to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, G),
 ("We call on Russia to de-escalate the situation and to withdraw its forces from the border with Ukraine,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, G),
 (_pe, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, G),
 (_pe, "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 1, G),
 ("Nato's door stays open. No third country has a say on who joins our Alliance.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 1, G),
 (_kz, "katarzyna-zielinska", 1, "she", "rollback-to-1997", "mentions", 1, G),
 (_kz, "katarzyna-zielinska", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, G),
 (_kz, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (_kz, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (_kz2, "katarzyna-zielinska", 1, "she", "rollback-to-1997", "mentions", 1, G),
 (_kz2, "katarzyna-zielinska", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, G),
 ("Ukraine will never accept any deal about Ukraine made over its head, and no one will dictate to us whether we join Nato,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, G),
 ("The Ukrainian foreign ministry said in a statement that any attempt to restrict Ukraine's right to choose its alliances was unacceptable.", "ukrainian-foreign-ministry", 0, "The Ukrainian foreign ministry", "nato-open-door", "supports", 0, G),
 ("Russia will have to decide whether it is serious about diplomacy and whether it chooses the path of de-escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, G),
 (_sh, "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, G),
 (_sh, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 (_ru, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (_ru, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (_ru, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Moscow has also demanded that the alliance formally disown that promise.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]

D = "state-department-2022-01-25-press-briefing-price"
S = "2022-01-25"
def P(ev, demand="", stance=""):
    return (ev, "ned-price", 1, "MR PRICE", demand, stance, 1, S)
_a2 = "Look, we have heard the Russian demand that NATO pledge never to grow again. That is a non-starter, and Moscow has known that it is a non-starter from the very start of this process."
_a2b = "What we are prepared to do is to discuss, on a reciprocal basis, the future of intermediate-range missile deployments in Europe, the scope and scale of military exercises, and other measures that would reduce the risk of miscalculation."
_a3 = "These are not secondary issues. The Russians themselves have told us for years that they want limits on intermediate-range missiles in Europe. We are prepared to have that conversation."
_a6 = "No. A moratorium on Ukraine's membership is simply another way of closing the door to Ukraine, and it is not for the United States, nor for Russia, to make that decision."
L[D] = [
 P("Good afternoon. Just one element at the top, and then I'm happy to turn to your questions."),
 P("Tomorrow the Secretary will travel to Capitol Hill to brief members of the House and Senate on our ongoing diplomacy with our European allies and partners, and with the Russian Federation, regarding Russia's military build-up on and near Ukraine's borders."),
 P("It has not yet been delivered. We expect to deliver it this week. It will lay out areas where we see potential for progress, and it will be very clear about the principles on which we are not going to budge."),
 P("Among those principles, and I want to be very clear about this, is NATO's open door. That is not something that is up for negotiation with the Russian Federation or with anyone else.", "nato-open-door", "supports"),
 P("As for making it public, we are not going to conduct this negotiation in public. We'll leave it to Moscow to decide what it wants to do with the document."),
 P(_a2, "nato-non-expansion", "rejects"),
 (_a2, "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 P(_a2b, "no-intermediate-range-missiles", "mentions"),
 P(_a2b, "limit-military-exercises", "mentions"),
 P(_a3, "no-intermediate-range-missiles", "mentions"),
 (_a3, "russia", 0, "The Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 P("We have not seen any meaningful de-escalation. To the contrary, we continue to see Russian forces moving toward Ukraine's borders and into Belarus. We continue to call on Moscow to pull those forces back.", "russia-de-escalation", "supports"),
 P("If Russia is serious about diplomacy, the most effective way to demonstrate that would be to de-escalate. Diplomacy simply cannot make real progress with a gun pointed at Ukraine's head.", "russia-de-escalation", "supports"),
 P("We have not attached preconditions to these talks. We went to Geneva, we went to Brussels, we went to Vienna, and we will continue to engage.", "no-preconditions", "supports"),
 P(_a6, "no-ukraine-membership", "rejects"),
 P(_a6, "nato-open-door", "supports"),
 P("That is a decision for Ukraine and for the 30 NATO allies, full stop.", "nato-open-door", "supports"),
 P("The Bucharest declaration stands. Allies reaffirmed it at the Brussels summit last June, and there is no discussion of walking it back.", "rescind-bucharest-2008", "rejects"),
 P("What the Pentagon announced is a prudent step to reassure our allies on NATO's eastern flank. It is defensive in nature."),
 P("And let me be clear: we will not accept any notion that NATO must pull its forces back to where they were in 1997, leaving some of our allies as second-class members of the alliance.", "rollback-to-1997", "rejects"),
 P("We have provided more security assistance to Ukraine this past year than in any year before, and that will continue. No third country gets to tell us whom we may train or equip.", "no-military-activity-ex-soviet", "rejects"),
 P("Once the Russians have had a chance to review the written response, I would expect the Secretary and Foreign Minister Lavrov to speak again. I'm not in a position to preview a meeting today."),
 P("Our special envoy remains engaged with the parties, and we continue to urge an end to the hostilities and unhindered humanitarian access. I don't have anything more to share today."),
]

D = "tass-2022-01-28-lavrov-us-response-no-positive-reaction"
F = "2022-01-28"
_lq = "The main issue is our clear position on the unacceptability of NATO's further eastward expansion and the deployment of strike armaments that could threaten the Russian Federation's territory. There is no positive reaction on this main issue in this document,"
_lu = "Lavrov recalled that Russia had made clear its demand that Ukraine and Georgia should never be accepted into the alliance, and said that the West \"pretends\" not to hear it."
_ry = "Earlier, Russian Deputy Foreign Minister Sergey Ryabkov told journalists that Moscow would not be satisfied with a temporary moratorium on NATO enlargement instead of legally binding guarantees."
_ry2 = "A moratorium is not what we need. We need guarantees, fixed in a legal form, that the alliance will not move further,"
_za = "The so-called 'open door' is a door through which the alliance is pushing itself ever closer to our borders,"
_pu = "During a telephone conversation with French President Emmanuel Macron on Friday, Putin drew attention to the fact that the US and NATO replies did not take into account Russia's fundamental concerns, including preventing NATO expansion, the non-deployment of strike weapon systems near Russian borders and returning the bloc's military potential and infrastructure in Europe to the state of 1997, the Kremlin press service reported."
L[D] = [
 ("The written response of the United States to Russia's proposals on security guarantees contains no positive reaction on the main issue, which is the non-expansion of NATO to the east, Russian Foreign Minister Sergey Lavrov said on Friday in an interview with the heads of leading Russian radio stations.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, F),
 (_lq, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, F),
 (_lq, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, F),
 ("According to him, the American answer at the same time contains some rational grain on secondary issues, including mutual restraint in the deployment of intermediate-range missiles in Europe and measures to reduce the risk of military incidents.", "sergei-lavrov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, F),
 (_lu, "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, F),
 (_lu, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We will now send an official request to all our partners in the OSCE and ask them to explain how they intend to fulfil their commitment not to strengthen their own security at the expense of the security of others,", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("In this regard, the top diplomat noted that Western countries keep speaking only about the right of states to freely choose alliances, \"forgetting\" the second half of the same formula.", "sergei-lavrov", 1, "the top diplomat", "nato-open-door", "rejects", 0, F),
 ("The freedom to choose alliances is not absolute. It cannot be realized at the expense of the security of Russia, and we will not accept that NATO decides alone who joins it,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, F),
 ("If it depends on Russia, there will be no war. We do not want wars. But we will not allow our interests to be rudely trampled on and ignored,", "sergei-lavrov", 1, "the minister", "", "", 1, F),
 (_ry, "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (_ry, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, ""),
 (_ry2, "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, ""),
 (_ry2, "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, ""),
 ("Russian Foreign Ministry Spokeswoman Maria Zakharova at a briefing on Thursday called the Western statements on the alliance's openness a myth.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2022-01-27"),
 (_za, "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, "2022-01-27"),
 (_za, "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("She also demanded that Western countries stop supplying weapons to Kiev and conducting military training on Ukrainian territory, which, in her words, pushes the Kiev regime to provocations.", "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("The President has been informed, he has the texts. There is no need to rush to conclusions, the analysis will take some time,", "dmitry-peskov", 1, "Peskov", "", "", 1, F),
 ("Peskov once again emphasized that the movement of Russian troops on Russian territory is exclusively the internal affair of Russia and should not worry anyone.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, F),
 (_pu, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, F),
 (_pu, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, F),
 (_pu, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, F),
]

D = "meduza-2022-02-01-putin-breaks-silence-us-nato-replies"
M = "2022-02-01"
_p3 = "We did not see adequate consideration of our three key demands: preventing NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997."
_mo = "Moscow demanded in mid-December, in a pair of draft treaties addressed to the United States and to NATO, that the alliance give up any further expansion to the east and withdraw forces and weapons from the Eastern European countries that joined it after 1997."
_ze = "In Kyiv, President Volodymyr Zelensky told the Verkhovna Rada on Tuesday that Ukraine would not give up its course toward NATO membership, whatever Moscow demanded."
_tl = "The Kremlin wants American troops out of Poland and the Baltics, and that is far more important to it than Ukraine's NATO membership, which nobody is offering anyway,"
L[D] = [
 ("It's already clear — I informed the prime minister about this today — that Russia's fundamental concerns have been ignored,", "vladimir-putin", 1, "Putin", "", "", 1, M),
 (_p3, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, M),
 (_p3, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, M),
 (_p3, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, M),
 ("Putin then spent several minutes explaining why, in his view, Ukraine can never be allowed to become a member of the alliance.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, M),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What, are we supposed to fight with the NATO bloc? Has anyone thought about that? Apparently not,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, M),
 ("The president also took aim at the argument, repeated by Western officials for weeks, that every country is free to pick its own allies.", "vladimir-putin", 1, "The president", "nato-open-door", "rejects", 0, M),
 ("They say every state has the right to choose its alliances. Fine. But there is also a principle that nobody may strengthen their security at the expense of others,", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, M),
 ("I hope that we will eventually find a solution, although it will not be easy,", "vladimir-putin", 1, "Putin", "", "", 1, M),
 (_mo, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_mo, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("According to a State Department readout, Blinken urged Russia to take immediate steps to de-escalate and to withdraw its forces from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, M),
 ("The Russian Foreign Ministry said in a statement on Tuesday that the alliance's continued expansion remained “unacceptable” for Moscow and that Lavrov had asked for a direct answer on indivisible security.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "nato-non-expansion", "supports", 0, M),
 ("On Monday, Kremlin spokesman Dmitry Peskov dismissed Western talk of an imminent invasion as “hysteria” and said Russian troops would remain wherever the Defense Ministry considered necessary.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-31"),
 (_ze, "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, M),
 (_ze, "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, M),
 ("Putin is clearly leaving room for more talks. If he really thought diplomacy was finished, he would not have spoken about finding a solution at all,", "andrei-kolesov", 1, "Andrei Kolesov", "", "", 1, ""),
 (_tl, "tatiana-lebedinskaya", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (_tl, "tatiana-lebedinskaya", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (_tl, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The Americans cannot give that, and Putin knows they cannot.", "tatiana-lebedinskaya", 1, "she", "rollback-to-1997", "mentions", 1, ""),
]

D = "cnn-2022-01-30-newsroom-interview-benedetti"
C = "2022-01-30"
def B(ev, demand="", stance=""):
    return (ev, "laura-benedetti", 1, "BENEDETTI", demand, stance, 1, C)
_b2 = "What is in it is actually quite substantive: an offer to talk about where intermediate-range missiles can and can't go in Europe, and about notifying and limiting exercises on both sides. Those are things Moscow has asked for in the past."
_b3 = "I'd be against that, frankly. I don't think NATO should ever let a country that is threatening its neighbor decide who gets to join the alliance. The moment you accept that, you've given Moscow a veto."
_b4 = "And the Russians have said very clearly that they want everything in writing, legally binding, ratified by the Senate. They don't want a handshake, and they don't want a temporary pause."
_b9 = "But tearing up that sentence now, under pressure, which is exactly what the Kremlin is asking for, would be a terrible mistake."
L[D] = [
 ("The document we've delivered includes the concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "ANTONY BLINKEN", "", "", 1, "2022-01-26"),
 ("We want good, equal, mutually respectful relations with the United States, as with every country. But we will not accept that NATO keeps creeping closer and closer to our borders. This is our main question.", "sergei-lavrov", 1, "SERGEY LAVROV", "nato-non-expansion", "supports", 1, "2022-01-28"),
 B("Well, Pamela, I think the most important thing about the American reply is what's not in it. There is no promise that Ukraine stays out of NATO, and there was never going to be one.", "no-ukraine-membership", "mentions"),
 B(_b2, "no-intermediate-range-missiles", "mentions"),
 B(_b2, "limit-military-exercises", "mentions"),
 (_b2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (_b2, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 B(_b3, "nato-open-door", "supports"),
 B(_b3, "no-ukraine-membership", "rejects"),
 B(_b4, "written-legal-guarantees", "mentions"),
 (_b4, "russia", 0, "the Russians", "written-legal-guarantees", "supports", 0, ""),
 B("Very. You now have well over 100,000 troops, you have forces moving into Belarus, you have blood supplies moving forward. That is not what a country does if it is bluffing."),
 B("The single best thing Moscow could do right now to show it wants a diplomatic outcome is to start pulling those units back to their garrisons. I'd like to see that, and I think our allies would too.", "russia-de-escalation", "supports"),
 B("There's the channel between General Milley and General Gerasimov, which matters. But at the NATO level, almost everything was cut last year when Russia shut down its mission in Brussels."),
 B("Getting NATO and Russian officers back on the phone with each other should be the first thing on the table. It costs nobody anything, and it could keep an accident from turning into a war.", "resume-military-dialogue", "supports"),
 B("Look, Bucharest was a compromise that satisfied nobody. The Germans and the French blocked a membership action plan, and the Americans got a sentence promising membership someday. We've been living with that ambiguity ever since."),
 B(_b9, "rescind-bucharest-2008", "rejects"),
 (_b9, "russia", 0, "the Kremlin", "rescind-bucharest-2008", "supports", 0, ""),
 B("Watch for the formal Russian reply, and watch the Security Council meeting tomorrow. And honestly, watch the weather. When the ground freezes, the military options open up."),
]

write_gold(L, "articles-200", "gold-200")
