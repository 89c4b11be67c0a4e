#!/usr/bin/env python3
"""Writes the 131st held-out gold (gold-131/*.nq) from the labels below.

Batch 131 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy from the Geneva talks,
  front matter, straight quotes, crossheads in "- ... -" form, a quotation
  split by "the deputy minister said", an unspecified "non-starters"-style
  rejection, a demand attributed in passing to Moscow, history (1990) left
  unlabelled, an invented analyst with attribution after the quotation.
- ria-2022-01-12-grushko-nato-russia-council: RIA Novosti, machine-translated
  English, UTF-8 BOM and CRLF line ends, no front matter (date in the text),
  « » quotes with nested straight quotes, a passive construction ("By the
  deputy minister ... it was stated"), a quoted passage of the draft agreement
  (a document, not labelled), "the Russian side" as Russia in passing.
- euronews-2022-01-13-osce-vienna-live: Euronews live blog of the OSCE day in
  Vienna, front matter, timestamped entries newest first, „ “ quotes, two
  speakers in one sentence, an unnamed group of diplomats (left out), a recap
  of the draft treaties and a link line (not labelled).
- mid-2022-01-14-lavrov-press-conference: Russian Foreign Ministry transcript
  of Lavrov's annual news conference, no front matter, speaker labels
  ("Sergey Lavrov:", "Question (CNN):"), Zakharova as moderator (no label),
  answers of several paragraphs.
- whitehouse-2022-01-26-psaki-briefing: White House press briefing transcript
  on the day of the written answers, no front matter, "MS. PSAKI:" and "Q"
  labels, short greetings of fewer than six words.
- guardian-2022-01-27-russia-response-optimism: The Guardian, reactions and
  analysis with experts, front matter, curly quotes, standfirst, byline, photo
  caption and crosshead (not labelled), a quotation split by "Lavrov said",
  "on the same day" to resolve, words quoted from the 2008 Bucharest
  declaration (not labelled).
- meduza-2022-02-01-sholokhova-interview: Meduza Q&A interview with an
  invented analyst, front matter, Russian-style dashes for questions and
  answers, answers of two paragraphs (the second without a dash); the
  interview took place on January 31, so that is the date of her words.

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
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("There is nothing for us to celebrate today,", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2022-01-10"),
 ("What we need are ironclad, legally binding guarantees, on paper, that NATO will not take in anyone else, not a moratorium that can be lifted tomorrow.", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("What we need are ironclad, legally binding guarantees, on paper, that NATO will not take in anyone else, not a moratorium that can be lifted tomorrow.", "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Ryabkov dismissed Western calls for Moscow to pull back its forces from the Ukrainian border, saying Russian units were training on Russian soil and that there was \"no reason to fear an escalation\".", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe as well as reciprocal limits on the size and scope of military exercises, provided that Russia was willing to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe as well as reciprocal limits on the size and scope of military exercises, provided that Russia was willing to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("It was a frank and forthright discussion, a better understanding of each other's priorities,", "wendy-sherman", 1, "the US diplomat", "", "", 1, "2022-01-10"),
 ("In Brussels on Monday, NATO Secretary General Jens Stoltenberg said the alliance would keep training and equipping Ukraine's armed forces despite Moscow's demands that NATO end all military cooperation with Kyiv.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 ("In Brussels on Monday, NATO Secretary General Jens Stoltenberg said the alliance would keep training and equipping Ukraine's armed forces despite Moscow's demands that NATO end all military cooperation with Kyiv.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("a real risk of a new armed conflict in Europe", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-10"),
 ("Nothing about Ukraine can be decided without Ukraine, and we heard that clearly today,", "olga-stefanishyna", 1, "Stefanishyna", "", "", 1, "2022-01-10"),
 ("Moscow is asking Washington to turn the clock back to 1997 and pull NATO out of Poland and the Baltics. Everybody in that room knows it is not going to happen,", "olivier-castaing", 1, "Olivier Castaing", "rollback-to-1997", "mentions", 1, ""),
 ("The real question is whether the Kremlin wants a deal at all or is building a pretext,", "olivier-castaing", 1, "he", "", "", 1, ""),
 ("with a clear understanding of our red lines", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-10"),
]
L["ria-2022-01-12-grushko-nato-russia-council"] = [
 ("Russia demands from NATO the termination of the expansion of the alliance to the east and the withdrawal of the forces and the armaments deployed in the countries which entered the block after 1997, declared the deputy minister of foreign affairs of the Russian Federation Alexander Grushko after the meeting of the Council Russia-NATO in Brussels.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Russia demands from NATO the termination of the expansion of the alliance to the east and the withdrawal of the forces and the armaments deployed in the countries which entered the block after 1997, declared the deputy minister of foreign affairs of the Russian Federation Alexander Grushko after the meeting of the Council Russia-NATO in Brussels.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("We have pointed out to our colleagues that the continuation of the policy of \"open doors\" is fraught with the most serious consequences for the European security. This is not a dogma, but a political decision which can be revised", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("not a menu, from which it is possible to choose separate dishes", "alexander-grushko", 1, "He", "", "", 1, "2022-01-12"),
 ("According to the diplomat, the strike weapons capable to reach the territory of Russia in the minutes must not be deployed near the Russian borders, as for Moscow this is the question of the national survival.", "alexander-grushko", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("By the deputy minister of defense Alexander Fomin it was stated, that the alliance must stop the flights of the strategic aviation and the approach of its warships to the Russian borders, from where they are able to strike on the Russian territory.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("We came here not for the propaganda, but for the serious professional conversation", "alexander-fomin", 1, "Fomin", "", "", 1, "2022-01-12"),
 ("Answering the question about the proposal of the alliance to restore the channels of military communication, Grushko declared that Moscow does not see in it the sense while NATO officially considers Russia as the adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("The secretary general of NATO Jens Stoltenberg at the press conference after the meeting declared, that the alliance will not refuse from its policy of the expansion, and that Russia does not have the right of the veto on the entry of new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("The secretary general of NATO Jens Stoltenberg at the press conference after the meeting declared, that the alliance will not refuse from its policy of the expansion, and that Russia does not have the right of the veto on the entry of new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("According to him, the allies propose to restore the work of the missions in Moscow and Brussels and to establish the channels of military communication for the decrease of the risks.", "jens-stoltenberg", 1, "him", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("There are significant differences between the NATO allies and Russia. Our differences will not be easy to bridge", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("The first deputy secretary of state of USA Wendy Sherman, who headed the American delegation, declared, that Washington will not agree to the requirement of the Russian side to stop the enlargement of the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("The first deputy secretary of state of USA Wendy Sherman, who headed the American delegation, declared, that Washington will not agree to the requirement of the Russian side to stop the enlargement of the alliance.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
]
L["euronews-2022-01-13-osce-vienna-live"] = [
 ("Kremlin spokesman Dmitry Peskov said on Thursday that a meeting between Vladimir Putin and Volodymyr Zelensky could not be held without preconditions and would only make sense once Kyiv began implementing the Minsk agreements.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "rejects", 0, "2022-01-13"),
 ("Zelensky had said in his nightly video address on Wednesday that he was ready to meet Putin and US President Joe Biden „in any format“ and without any preconditions.", "volodymyr-zelensky", 1, "Zelensky", "no-preconditions", "supports", 0, "2022-01-12"),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington would not even consider Moscow's demand that NATO withdraw its forces from members that joined after 1997, calling it „a non-starter“.", "michael-carpenter", 1, "Carpenter", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Carpenter said Washington would not even consider Moscow's demand that NATO withdraw its forces from members that joined after 1997, calling it „a non-starter“.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau said participants had discussed the deployment of strike weapons near Russia's borders, and offered the OSCE as a venue for talks on risk reduction, transparency and limits on military exercises.", "zbigniew-rau", 1, "Rau", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-13"),
 ("Rau said participants had discussed the deployment of strike weapons near Russia's borders, and offered the OSCE as a venue for talks on risk reduction, transparency and limits on military exercises.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("NATO's expansion to the east violates the principle that no state may strengthen its security at the expense of others. It has to stop", "alexander-lukashevich", 1, "the Russian envoy", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both said on Thursday that their countries would not scale back military exercises with their allies to accommodate Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both said on Thursday that their countries would not scale back military exercises with their allies to accommodate Moscow.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Poland alone decides which allied systems are deployed on its territory, including strike capabilities if we judge them necessary. Moscow does not get a say", "marcin-przydacz", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-13"),
 ("I don't want to confirm anything, nor will I exclude anything", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Ryabkov said the offer of a mutual ban on intermediate-range missiles within range of each other's territory remained on the table.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-13"),
]
L["mid-2022-01-14-lavrov-press-conference"] = [
 ("Good afternoon, colleagues. The past year was not an easy one, and the year that has just begun has started with a series of contacts on security guarantees, which I am of course ready to talk about.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
 ("The talks were frank, and that in itself is useful. But we are running out of patience. We have explained our position many times, and now we expect a written answer, point by point, to the draft documents we handed over in December.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
 ("The key point is clear. NATO must not expand further east, and this must be fixed in a legally binding form, not in political declarations that are forgotten the day after they are made.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("The key point is clear. NATO must not expand further east, and this must be fixed in a legally binding form, not in political declarations that are forgotten the day after they are made.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("We also expect the alliance to return its forces and military infrastructure to where they were in 1997, when the Founding Act was signed. Those who joined later would lose nothing except foreign troops on their soil.", "sergei-lavrov", 1, "Sergey Lavrov", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("In 2008 in Bucharest, NATO declared that Ukraine and Georgia would become members. That formula must be disavowed. It is a mine laid under European security, and it is still there.", "sergei-lavrov", 1, "Sergey Lavrov", "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("Our Western colleagues keep repeating that every state is free to choose its alliances. They conveniently forget the second half of the same OSCE commitments: no one may strengthen their security at the expense of the security of others.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("We ourselves proposed that neither side deploy intermediate-range missiles in places from which they can reach the territory of the other. If the Americans are now ready to talk about this, good. But it cannot be separated from the main issue.", "sergei-lavrov", 1, "Sergey Lavrov", "no-intermediate-range-missiles", "supports", 1, "2022-01-14"),
 ("As for our troops, we move them on our own territory, as every state does. Demands that we withdraw them from our own border are unacceptable. Nobody is threatening anyone.", "sergei-lavrov", 1, "Sergey Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("They have proposed restoring channels between the militaries. We will look at this, we do not refuse anything in advance, but such technical steps cannot replace an answer to our main proposals.", "sergei-lavrov", 1, "Sergey Lavrov", "resume-military-dialogue", "mentions", 1, "2022-01-14"),
 ("What we want is simple. The United States and NATO must stop the military development of Ukraine's territory: the supplies of weapons, the instructors, the joint exercises. The same applies to Georgia and to other former Soviet republics that are not members of the alliance.", "sergei-lavrov", 1, "Sergey Lavrov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("And, of course, Ukraine's membership in NATO is a red line for us. It must be ruled out once and for all.", "sergei-lavrov", 1, "Sergey Lavrov", "no-ukraine-membership", "supports", 1, "2022-01-14"),
 ("We have no such plans at the moment. If the Americans propose a meeting, we will consider it, as we always do.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
]
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Earlier today in Moscow, Ambassador John Sullivan delivered our written response to the Russian government, and NATO is delivering its own. Secretary Blinken spoke to it a little while ago, so I won't repeat everything, but let me give you a sense of how we approached it.", "jen-psaki", 1, "PSAKI", "", "", 1, "2022-01-26"),
 ("The response sets out a serious diplomatic path forward, should Russia choose it. It covers areas where we believe we can make progress together: arms control on intermediate-range missiles in Europe, reciprocal transparency measures, reciprocal limits on the scale of military exercises, and risk reduction.", "jen-psaki", 1, "PSAKI", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("The response sets out a serious diplomatic path forward, should Russia choose it. It covers areas where we believe we can make progress together: arms control on intermediate-range missiles in Europe, reciprocal transparency measures, reciprocal limits on the scale of military exercises, and risk reduction.", "jen-psaki", 1, "PSAKI", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("It also makes clear the core principles we're committed to uphold, and where there is no room for compromise. We coordinated every line of it with our Ukrainian partners and our European Allies.", "jen-psaki", 1, "PSAKI", "", "", 1, "2022-01-26"),
 ("No. We're not going to sign a legally binding treaty, or any other document, that closes NATO's door to Ukraine or to anyone else. That's not on the table, and the Russians know it.", "jen-psaki", 1, "PSAKI", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("No. We're not going to sign a legally binding treaty, or any other document, that closes NATO's door to Ukraine or to anyone else. That's not on the table, and the Russians know it.", "jen-psaki", 1, "PSAKI", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("No. We're not going to sign a legally binding treaty, or any other document, that closes NATO's door to Ukraine or to anyone else. That's not on the table, and the Russians know it.", "jen-psaki", 1, "PSAKI", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We've seen those comments. That's a non-starter. We're not going to withdraw forces from the territory of NATO Allies, whether they joined the Alliance in 1949 or in 2004.", "jen-psaki", 1, "PSAKI", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We will continue to provide defensive security assistance to Ukraine, as we have for years, and so will our Allies. That's not something Russia gets to veto.", "jen-psaki", 1, "PSAKI", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("The U.S. Navy will continue to sail and our aircraft will continue to fly wherever international law allows, including in the Black Sea. What we have offered is a conversation about transparency.", "jen-psaki", 1, "PSAKI", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("I'd point you to the State Department on the specifics. But broadly, we've said we're open to discussing ways to reduce the risk of miscalculation, including better communication between our militaries.", "jen-psaki", 1, "PSAKI", "resume-military-dialogue", "mentions", 1, "2022-01-26"),
 ("I don't have a call to preview at this point. What I can tell you is that the best way for Russia to show it is serious about diplomacy is to de-escalate and pull its troops back from Ukraine's borders.", "jen-psaki", 1, "PSAKI", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Then we're prepared for that, too. The President has been clear about the severe economic consequences, and we're ready to act in lockstep with our Allies.", "jen-psaki", 1, "PSAKI", "", "", 1, "2022-01-26"),
]
L["guardian-2022-01-27-russia-response-optimism"] = [
 ("There is no positive reaction in this document on the main issue,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further Nato expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further Nato expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It is obvious that there is not much room for optimism,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Speaking in Brussels on the same day, Nato’s secretary general, Jens Stoltenberg, said allies stood by the decision taken at the Bucharest summit that Ukraine and Georgia would one day join the alliance, rejecting Moscow’s call for it to be withdrawn.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("Speaking in Brussels on the same day, Nato’s secretary general, Jens Stoltenberg, said allies stood by the decision taken at the Bucharest summit that Ukraine and Georgia would one day join the alliance, rejecting Moscow’s call for it to be withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("We are ready to re-establish our offices in Moscow and in Brussels, and to make full use of military lines of communication to reduce risks,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("Moscow asked for a Nato frozen in 1997, with no allied troops in Poland or the Baltic states, precisely so that it could present the refusal as a provocation,", "marta-kowalczyk", 1, "Marta Kowalczyk", "rollback-to-1997", "mentions", 1, ""),
 ("Any freeze on missiles in Europe would lock in the Russian advantage, because their 9M729s are already deployed. Allies should refuse it,", "marta-kowalczyk", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("There is a real deal to be had on exercises. Reciprocal limits near the borders would make everyone safer, and the West should pursue them quickly,", "tobias-lindqvist", 1, "he", "limit-military-exercises", "supports", 1, ""),
]
L["meduza-2022-02-01-sholokhova-interview"] = [
 ("Moscow asked for a package. The headline item is a guarantee that NATO will not expand any further east, and Moscow wants it in a legally binding treaty, not a promise and not a moratorium that can be lifted whenever it suits Washington.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "nato-non-expansion", "mentions", 1, "2022-01-31"),
 ("Moscow asked for a package. The headline item is a guarantee that NATO will not expand any further east, and Moscow wants it in a legally binding treaty, not a promise and not a moratorium that can be lifted whenever it suits Washington.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "written-legal-guarantees", "mentions", 1, "2022-01-31"),
 ("Then there are the things nobody talks about. The draft says NATO should not conduct any military activity in Ukraine, Georgia, Moldova or Central Asia: no exercises, no instructors, no bases. And there is a clause under which American warships and bombers would have to stay out of areas from which they could strike Russian territory. For the US Navy, that alone is a big deal.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-31"),
 ("Then there are the things nobody talks about. The draft says NATO should not conduct any military activity in Ukraine, Georgia, Moldova or Central Asia: no exercises, no instructors, no bases. And there is a clause under which American warships and bombers would have to stay out of areas from which they could strike Russian territory. For the US Navy, that alone is a big deal.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-31"),
 ("Because the maximalist items are the point. Moscow wants Ukraine’s path to membership closed formally, and it knows it cannot get that. The demand to revoke the Bucharest declaration is the same: it is about rewriting the last fifteen years, not about anything that can be implemented.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "no-ukraine-membership", "mentions", 1, "2022-01-31"),
 ("Because the maximalist items are the point. Moscow wants Ukraine’s path to membership closed formally, and it knows it cannot get that. The demand to revoke the Bucharest declaration is the same: it is about rewriting the last fifteen years, not about anything that can be implemented.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "rescind-bucharest-2008", "mentions", 1, "2022-01-31"),
 ("NATO gives the same answer every time: each country chooses its own alliances, the door stays open, Russia has no veto. Both sides are repeating themselves, and neither is listening.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "nato-open-door", "mentions", 1, "2022-01-31"),
 ("That is the American position, yes: de-escalation first, then everything else. The Kremlin, for its part, says it is ready to talk without preconditions, yet it has made everything conditional on the answer to its main points.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "russia-de-escalation", "mentions", 1, "2022-01-31"),
 ("That is the American position, yes: de-escalation first, then everything else. The Kremlin, for its part, says it is ready to talk without preconditions, yet it has made everything conditional on the answer to its main points.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "no-preconditions", "mentions", 1, "2022-01-31"),
 ("Yes, and it is the least glamorous thing. Russian and NATO militaries should restore regular contacts, starting tomorrow. When generals stop calling each other, one incident over the Black Sea can turn into something nobody wants.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "resume-military-dialogue", "supports", 1, "2022-01-31"),
 ("I would not bet on a grand bargain, though. Both sides are playing for time, and time is not neutral here.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "", "", 1, "2022-01-31"),
 ("Honestly, I do not know. Putin will have to speak about it himself sooner or later, and then we will understand much more.", "yevgenia-sholokhova", 1, "Yevgenia Sholokhova", "", "", 1, "2022-01-31"),
]

write_gold(L, "articles-131", "gold-131")
