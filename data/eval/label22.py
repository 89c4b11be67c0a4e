#!/usr/bin/env python3
"""Writes the twenty-second held-out gold (gold-22/*.nq) from the labels below.

Batch 22 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other held-out
batch except batch 9 (used only as a format example). The seven articles were
written for this batch: seven outlets and styles (a news wire, an
international organisation's press-conference transcript, a state news
agency, a broadcaster's live page with site junk, a machine translation
without front matter, a think-tank commentary with site furniture, a
broadcaster's web article). The quotations are invented but plausible for
their dates; the background facts follow the public record of December 2021
- February 2022.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices (following data/curated/statements.nq and label9.py):
- One label per (speaker, demand) a passage expresses. A direct quotation of
  six or more words about none of the demands gets one label without demand
  and stance; indirect speech about none of the demands gets no label.
- Evidence: direct quotation = the words between the marks (trailing comma or
  full stop inside the marks kept); a quotation spanning two or three
  sentences inside one pair of marks is one span. Indirect speech = the whole
  sentence. Transcript (NATO press conference): the sentence(s) of the turn
  that carry the position, direct=1; a turn about no demand = the whole turn,
  no demand. Journalists' questions get no label.
- Speaker name = the words naming the speaker at that point, as written
  ("She", "he", "the head of the state", "the diplomat", "The alliance's
  secretary general"); a bare name keeps only the name ("Wendy Sherman", not
  "U.S. Deputy Secretary of State Wendy Sherman"). In the transcript the turn
  label ("NATO Secretary General Jens Stoltenberg", "NATO Secretary General").
- Anonymous officials speak for their actor ("A senior administration
  official" -> united-states). An unnamed but identifiable office-holder is
  labelled with the person ("The Kremlin's spokesman" on 8 Feb 2022 ->
  dmitry-peskov). A draft's or a document's content is its author's
  statement (Russian draft treaty -> russia; US document, NATO reply ->
  united-states, nato), dated the day it was published or delivered, speaker
  name the words naming the document.
- Stoltenberg reporting what the Russian delegation said (transcript) is a
  statement by russia, direct=0, dated with the meeting.
- Stances: offers to discuss missiles / exercises = mentions; "not on the
  table right now" about Ukraine's membership = mentions; a Western or
  Ukrainian official insisting Ukraine/Kyiv decides = supports nato-open-door
  and rejects no-ukraine-membership; a remark that defends only Ukraine's own
  course towards NATO (Zelensky) = rejects no-ukraine-membership only.
  Refusing verbal assurances = supports written-legal-guarantees; "the problem is not a lack of documents" in answer
  to a question on legally binding guarantees = rejects it. "Movement of
  troops on Russian territory is nobody else's business" / refusing calls to
  move troops = rejects russia-de-escalation. Calls to withdraw Russian
  forces from Ukraine, Georgia and Moldova = russia-de-escalation. Rejecting
  the West's reading of freedom to choose alliances (Putin, indivisible
  security) = rejects nato-open-door; the bare indivisible-security quotation
  ("Nobody may strengthen ...") and Lavrov's letter question name no demand.
- "would not settle for verbal assurances" is read as
  written-legal-guarantees only (the object of the guarantee is not named in
  that sentence); the following quotation likewise only
  written-legal-guarantees. "According to Ryabkov, the Russian side also
  pressed ..." is Ryabkov's (he led the Russian side).
- Factual announcements that are no position on a demand get no label
  (Russia's Defense Ministry saying some units return to garrison; Putin's
  "found them wanting on the main points"; Lukashevich's threat to "draw the
  necessary conclusions" in indirect speech). "together with the main
  questions" and "in an atmosphere of escalation" are under six words.
- Headlines inside the body (live-page entry titles) that report a position
  on a demand are labelled like indirect speech ("Blinken: no change on
  NATO's open door"); those naming no demand ("... awaits answer on 'main
  question'", "Read also" links) are not.
- Background history is not labelled: the INF treaty's collapse and Putin's
  2019/2020 moratorium proposal, the 1975 Helsinki Final Act, Baker's 1990
  assurance to Gorbachev, the 2008 Bucharest summit in the DW piece, Berlin's
  arms-export policy.
- Date: the day the words were said, resolved against the publication date
  ("on Monday" etc.); live-page entries are dated the live page's day
  (26 Jan 2022); Lavrov's letter is dated the day it was sent (28 Jan 2022);
  remarks in the same press conference as a dated sentence take its day;
  "" when the article gives no day ("Moscow has since added ...").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("We will not allow anyone to slam shut NATO's open-door policy. That policy has always been central to the alliance, and it is not Moscow's to rewrite,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the U.S. delegation had told the Russians it was prepared to discuss the possible future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Moscow was willing to do the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the U.S. delegation had told the Russians it was prepared to discuss the possible future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Moscow was willing to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She added that progress would be hard to achieve \"in an atmosphere of escalation\" and urged Russia to pull back the roughly 100,000 troops it has massed near the Ukrainian border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("For us it is an absolute imperative that Ukraine never becomes a member of NATO, and the same goes for Georgia,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The deputy minister said Moscow would not settle for verbal assurances.", "sergei-ryabkov", 1, "The deputy minister", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("We need guarantees that are written down and legally binding, not a promise that can be forgotten in ten years,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("According to Ryabkov, the Russian side also pressed its demand that NATO pull back the forces and weapons it has deployed in the countries that joined the alliance after 1997.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("He insisted that Russia had no plans to attack Ukraine and that the movement of troops on Russian territory was nobody else's business.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("A senior administration official, briefing reporters on Monday evening on condition of anonymity, said the U.S. side had also proposed restoring regular contacts between the two countries' militaries, but that the Russian delegation had shown little interest.", "united-states", 0, "A senior administration official", "resume-military-dialogue", "supports", 0, "2022-01-10"),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("The Russian delegation made clear that Moscow wants a commitment that NATO will not enlarge any further, and that Allies should withdraw their forces and infrastructure from the countries that joined the Alliance after 1997.", "russia", 0, "The Russian delegation", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("The Russian delegation made clear that Moscow wants a commitment that NATO will not enlarge any further, and that Allies should withdraw their forces and infrastructure from the countries that joined the Alliance after 1997.", "russia", 0, "The Russian delegation", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("Each nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Each nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("There will be no first- and second-class members of this Alliance, and our battlegroups in the eastern part of the Alliance are there to stay.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia to discuss arms control, including on intermediate-range missiles, and greater transparency and risk reduction around military exercises.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia to discuss arms control, including on intermediate-range missiles, and greater transparency and risk reduction around military exercises.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("The problem is not a lack of documents. The problem is that Russia does not respect the documents it has already signed.", "jens-stoltenberg", 1, "NATO Secretary General", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("Yes. Ukraine was at the centre of the discussion. Nothing will be decided about Ukraine without Ukraine, and nothing about the security of Europe without our European partners. I spoke to President Zelensky yesterday, and I will keep him informed.", "jens-stoltenberg", 1, "NATO Secretary General", "", "", 1, "2022-01-12"),
]
L["ukrinform-2022-01-13-osce-permanent-council-vienna"] = [
 ("We must focus on a peaceful settlement of the conflict in and around Ukraine, with full respect for its sovereignty and territorial integrity within its internationally recognised borders,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("He again demanded that NATO give up any further eastward expansion and stop its military cooperation with Ukraine and other former Soviet republics.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("He again demanded that NATO give up any further eastward expansion and stop its military cooperation with Ukraine and other former Soviet republics.", "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("According to Lukashevich, Russia will not accept any preconditions for the talks, including Western calls to move Russian troops on Russian territory.", "alexander-lukashevich", 1, "Lukashevich", "no-preconditions", "supports", 0, "2022-01-13"),
 ("According to Lukashevich, Russia will not accept any preconditions for the talks, including Western calls to move Russian troops on Russian territory.", "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("will not bargain over the principle that every state is free to choose its own alliances", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Russia must withdraw its troops from the border with Ukraine and from the temporarily occupied territories of Ukraine and return to genuine dialogue.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Decisions about Ukraine’s future, including its membership in NATO, are taken in Kyiv and by the Allies, and nowhere else,", "yevhenii-tsymbaliuk", 1, "the diplomat", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Decisions about Ukraine’s future, including its membership in NATO, are taken in Kyiv and by the Allies, and nowhere else,", "yevhenii-tsymbaliuk", 1, "the diplomat", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
]
L["sky-2022-01-26-ukraine-russia-live-written-answers"] = [
 ("Blinken: no change on NATO's open door", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("On NATO's open door, nothing has changed and nothing will change. It is for Ukraine and for NATO's members to decide, no one else.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("On NATO's open door, nothing has changed and nothing will change. It is for Ukraine and for NATO's members to decide, no one else.", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Mr Blinken said the response offered talks on arms control covering missiles in Europe and on measures to build confidence around military exercises, on a reciprocal basis.", "antony-blinken", 1, "Mr Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Mr Blinken said the response offered talks on arms control covering missiles in Europe and on measures to build confidence around military exercises, on a reciprocal basis.", "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("The United States has kept us informed at every step, and this answer reflects our common position,", "josep-borrell", 1, "he", "", "", 1, "2022-01-26"),
 ("The alliance's secretary general said allies were ready to reopen their diplomatic missions, set up a civilian hotline and make better use of military-to-military channels to avoid incidents and accidents.", "jens-stoltenberg", 1, "The alliance's secretary general", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Speaking in the State Duma earlier today, Foreign Minister Sergei Lavrov said Moscow expected the West to answer on the key point, the non-expansion of NATO, rather than only on secondary issues.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-26"),
 ("If no constructive answer comes and the West continues its aggressive line, Russia will take the necessary response measures,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-26"),
]
L["izvestia-2022-02-01-putin-concerns-ignored"] = [
 ("Already now it is possible to state that the principal Russian concerns have appeared ignored. We did not see the adequate consideration of our three key requirements concerning the prevention of NATO expansion, the refusal of deployment of strike weapon systems near the Russian borders and the returning of the military infrastructure of the bloc to the positions of 1997", "vladimir-putin", 1, "the head of the state", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("Already now it is possible to state that the principal Russian concerns have appeared ignored. We did not see the adequate consideration of our three key requirements concerning the prevention of NATO expansion, the refusal of deployment of strike weapon systems near the Russian borders and the returning of the military infrastructure of the bloc to the positions of 1997", "vladimir-putin", 1, "the head of the state", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("Already now it is possible to state that the principal Russian concerns have appeared ignored. We did not see the adequate consideration of our three key requirements concerning the prevention of NATO expansion, the refusal of deployment of strike weapon systems near the Russian borders and the returning of the military infrastructure of the bloc to the positions of 1997", "vladimir-putin", 1, "the head of the state", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("According to the Russian leader, in Washington and Brussels they refer to the right of states freely to choose the alliances, but forget the principle of indivisibility of security, fixed in the documents of OSCE in Istanbul in 1999 and in Astana in 2010.", "vladimir-putin", 1, "the Russian leader", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("Nobody may strengthen own security at the expense of security of other states. It is written there in black and white", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("Hungary is the member of NATO and of the European Union, but we consider that the differences between the positions of Russia and the West can be bridged", "viktor-orban", 1, "the Hungarian premier", "", "", 1, "2022-02-01"),
 ("Earlier on Tuesday the official representative of the Kremlin Dmitry Peskov has declared, that Moscow does not intend to refuse the requirement of juridically obliging guarantees and will not be satisfied with the political declarations.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-02-01"),
 ("We ask to explain clearly, how each of our partners understands its obligation not to strengthen own security at the expense of security of other states", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
]
L["ncsa-2022-02-09-leaked-answers-macron-shuttle"] = [
 ("The US document, dated 26 January, offers to discuss \"conditions-based reciprocal commitments\" by both sides to refrain from deploying offensive ground-launched missile systems on the territory of Ukraine.", "united-states", 0, "The US document", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("NATO's own reply, sent the same day, reaffirms the alliance's commitment to the open-door policy under Article 10 of the Washington Treaty and calls on Russia to withdraw its forces from Ukraine, Georgia and Moldova, where they are stationed without the consent of the host countries.", "nato", 0, "NATO", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO's own reply, sent the same day, reaffirms the alliance's commitment to the open-door policy under Article 10 of the Washington Treaty and calls on Russia to withdraw its forces from Ukraine, Georgia and Moldova, where they are stationed without the consent of the host countries.", "nato", 0, "NATO", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("The Russian draft treaty of 17 December asks Washington to rule out any further eastward enlargement of NATO.", "russia", 0, "The Russian draft treaty", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The same draft asks that heavy bombers and surface warships be kept out of areas from which they could strike targets on the other side's territory.", "russia", 0, "The same draft", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("Moscow has since added the demand that the alliance formally disavow the 2008 Bucharest promise of membership to Ukraine and Georgia.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Standing next to Macron in Kyiv on 8 February, Volodymyr Zelensky said Ukraine would not give up its course towards membership of the EU and NATO, which is written into the country's constitution.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-02-08"),
 ("In the current situation Moscow and Paris simply could not have reached any deals.", "dmitry-peskov", 1, "The Kremlin's spokesman", "", "", 1, "2022-02-08"),
]
L["dw-2022-02-15-scholz-putin-kremlin"] = [
 ("We are told that Ukraine will not join NATO tomorrow. But what will they tell us the day after tomorrow? We want this question to be resolved now, in the course of negotiations,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("He said Russia was ready to keep talking about the proposals Washington and NATO had made on intermediate-range missiles and on the transparency of military exercises, but only \"together with the main questions\".", "vladimir-putin", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-02-15"),
 ("He said Russia was ready to keep talking about the proposals Washington and NATO had made on intermediate-range missiles and on the transparency of military exercises, but only \"together with the main questions\".", "vladimir-putin", 1, "He", "limit-military-exercises", "mentions", 0, "2022-02-15"),
 ("For my generation, war in Europe has become unthinkable. We have a duty to make sure it stays that way,", "olaf-scholz", 1, "the chancellor", "", "", 1, "2022-02-15"),
 ("He called the reported withdrawal of some Russian units \"a good signal\" and said he hoped further steps would follow.", "olaf-scholz", 1, "He", "russia-de-escalation", "supports", 0, "2022-02-15"),
 ("Everyone knows that NATO membership for Ukraine is not on the table right now,", "olaf-scholz", 1, "he", "no-ukraine-membership", "mentions", 1, "2022-02-15"),
 ("But the principle that every country decides freely on its alliances is not negotiable.", "olaf-scholz", 1, "he", "nato-open-door", "supports", 1, "2022-02-15"),
 ("We have a rule: we believe what we see, not what we hear. When we see a withdrawal, we will believe in de-escalation,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-15"),
]

write_gold(L, "articles-22", "gold-22")
