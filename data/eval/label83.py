#!/usr/bin/env python3
"""Writes the 83rd held-out gold (gold-83/*.nq) from the labels below.

Batch 83 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
January 2022 crisis over Russia's demands for "security guarantees":

- moscowtimes-2021-12-17-draft-treaties: The Moscow Times news story on the
  publication of the draft treaties (front matter, curly double quotes,
  quotations from the draft texts, a 1990 Baker background paragraph, a
  quotation split by "the deputy foreign minister said", invented analysts);
- reuters-2022-01-10-geneva-talks: Reuters wire copy from Geneva (no front
  matter, date line in the text, straight quotes, attribution after the
  quotation and inverted "said the deputy foreign minister", a speaker named
  only by role or pronoun, short fragments under six words, a Bucharest 2008
  background sentence);
- kommersant-2022-01-11-grushko-interview: Kommersant Q&A interview in
  English translation (dash-led questions and answers, « » inside an answer;
  the interviewee is named in the intro; the interview was given on Monday);
- euronews-2022-01-13-osce-vienna-live: Euronews live blog from the OSCE in
  Vienna (UTF-8 BOM, CRLF line ends, front matter, reverse-chronological
  timestamped entries with crossheads, curly and straight quotes mixed, a
  passive "was quoted by RIA Novosti as telling", "in an interview with
  RTVI", a recap of Wednesday's NATO-Russia Council);
- whitehouse-2022-01-26-psaki-briefing: White House press briefing
  transcript (speaker label "MS. PSAKI:", journalists' questions as "Q", one
  answer running over two paragraphs, a question that quotes Lavrov);
- ukrainskapravda-2022-01-27-kuleba-us-answer: Ukrainska Pravda in clumsy
  machine translation (no front matter, date line in the text, „ “ quotes,
  "According to him" carrying an indirect speech over into the next
  sentence, a "Recall, in April 2008" background paragraph);
- ft-2022-01-27-written-answers-analysis: Financial Times analysis of the
  written answers (front matter, single curly quotes with curly apostrophes,
  two speakers in one sentence, a senior EU official, demands attributed in
  passing to Moscow / the Kremlin inside other speakers' sentences, invented
  analysts, an unnamed Nato ambassador left out).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
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
  concerns", "core principles"), gets no label;
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
L["moscowtimes-2021-12-17-draft-treaties"] = [
 ("Russia on Friday demanded that the United States and NATO guarantee the Western military alliance will not expand further east, publishing two draft agreements that Moscow says should form the basis of urgent talks.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("We are not going to accept another verbal promise. We need guarantees that are legally binding, written down and signed,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("NATO's eastward movement must stop, and that means first of all that Ukraine and Georgia will never become members,", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("NATO's eastward movement must stop, and that means first of all that Ukraine and Georgia will never become members,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 ("These are not items on a wish list. For us, these are the minimum.", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, "2021-12-17"),
 ("Ryabkov said Russia also wanted the alliance to agree to limits on military exercises near the line where Russian and NATO forces meet, arguing that large-scale drills on both sides had brought the risk of an incident to a dangerous level.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("The president has explained our concerns many times, and now everything is on paper,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2021-12-17"),
 ("Russia has no right to veto Ukraine's choice of partners, and it will never get one,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2021-12-17"),
 ("It's only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto, Russia has no say.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("It's only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto, Russia has no say.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("Moscow has put forward demands it knows cannot be accepted in full, such as pulling NATO back to where it stood in 1997,", "yevgenia-loktionova", 1, "Yevgenia Loktionova", "rollback-to-1997", "mentions", 1, ""),
 ("The real question is whether this is an opening bid or a pretext.", "yevgenia-loktionova", 1, "Yevgenia Loktionova", "", "", 1, ""),
 ("The texts read like an ultimatum, but the people who wrote them still want a negotiation,", "dmitry-vasilchenko", 1, "he", "", "", 1, ""),
]
L["reuters-2022-01-10-geneva-talks"] = [
 ("Russia told the United States on Monday that it had no plans to invade Ukraine but needed guarantees that NATO would never admit Ukraine as a member, as security talks in Geneva ended with no sign of a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said Washington had shown a willingness to discuss where intermediate-range missiles could be deployed in Europe, but that this could not replace an answer on the main demand of halting NATO's eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Ryabkov said Washington had shown a willingness to discuss where intermediate-range missiles could be deployed in Europe, but that this could not replace an answer on the main demand of halting NATO's eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("He dismissed Western calls for Russia to pull back the estimated 100,000 troops it has massed near Ukraine's border, saying the movements took place on Russian territory and were nobody else's business.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We have no intention of attacking anyone. That is simply not on the agenda,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were firm, but we were also open to ideas, and we told them so.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("She said it was hard to see how diplomacy could succeed \"in an atmosphere of escalation\" and urged Moscow to de-escalate by returning its troops to their barracks or explaining what they were there for.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Kremlin spokesman Dmitry Peskov told reporters on Monday morning that Russia was going into the meeting without any preconditions and expected the Americans to do the same.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("significant costs and consequences well beyond what they faced in 2014.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
]
G = ("alexander-grushko", 1, "Alexander Grushko")
L["kommersant-2022-01-11-grushko-interview"] = [
 ("We expect a concrete conversation about our draft agreement, article by article, and not another general exchange of views. The time for general discussions has passed, and we have said this to our NATO colleagues directly.", *G, "", "", 1, "2022-01-10"),
 ("That is exactly the problem. They want to take the elements that suit them out of the package and discuss them separately, while putting aside the key issue, which is the non-expansion of NATO. If there is no answer on non-expansion, everything else loses its meaning for us.", *G, "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Of course. Ukraine and Georgia must never become members of the alliance. And the Bucharest formula, according to which these countries «will become members of NATO», must be disavowed officially. It cannot simply be left hanging in the air as a promise that is never fulfilled but never withdrawn either.", *G, "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Of course. Ukraine and Georgia must never become members of the alliance. And the Bucharest formula, according to which these countries «will become members of NATO», must be disavowed officially. It cannot simply be left hanging in the air as a promise that is never fulfilled but never withdrawn either.", *G, "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("The so-called open door policy is a myth, and for us it is unacceptable as a basis for talks. No one is obliged to accept new members. The principle of indivisible security, which all OSCE states signed up to in Istanbul and Astana, says that no state may strengthen its security at the expense of the security of others. We do not recognise any right of NATO to expand wherever it wants.", *G, "nato-open-door", "rejects", 1, "2022-01-10"),
 ("We have proposed that neither side deploy ground-based intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other side. We are ready to work on the verification details. But this must be part of the overall package, not a separate deal that lets the Americans close the topic and walk away.", *G, "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("It is not unrealistic. It is a return to the configuration that existed when the Founding Act was signed. The infrastructure that the alliance has built in the new member states since then must go back to where it was in 1997.", *G, "rollback-to-1997", "supports", 1, "2022-01-10"),
 ("Not now. Our military have no one to talk to in Brussels, and there is no point in restoring channels while NATO treats Russia as an adversary and expels our officers. Military contacts are not an end in themselves.", *G, "resume-military-dialogue", "rejects", 1, "2022-01-10"),
 ("Our troops are on our own territory, and we will not take instructions from anyone on where to keep them.", *G, "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("We are going to Brussels without preconditions, and we do not accept preconditions from the other side. That is the normal way to negotiate between equals.", *G, "no-preconditions", "supports", 1, "2022-01-10"),
 ("Then we will respond with military-technical measures. I would not like to speculate on what exactly these would be, but our partners should not have any illusions.", *G, "", "", 1, "2022-01-10"),
]
CARP = "Carpenter rejected Moscow's argument that talks should simply go ahead with no conditions attached, insisting that Russia first had to pull back the forces it has gathered around Ukraine."
L["euronews-2022-01-13-osce-vienna-live"] = [
 ("Alexander Lukashevich, Russia's envoy, was quoted by RIA Novosti as telling Thursday's closed-door session that the United States and its allies must stop building military infrastructure in Ukraine and sending instructors to other former Soviet republics outside NATO.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("NATO will not cancel a single exercise under pressure, and not a single allied soldier will leave Estonia,", "kalle-laanet", 1, "Laanet", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("NATO will not cancel a single exercise under pressure, and not a single allied soldier will leave Estonia,", "kalle-laanet", 1, "Laanet", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Allies had proposed restoring military-to-military channels with Moscow to reduce the risk of incidents and accidents, Stoltenberg said on Wednesday.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("If the Americans are not ready to give us an answer on stopping NATO's expansion, I do not see any point in sitting down again,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("I don't want to confirm anything, and I won't rule anything out.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 (CARP, "michael-carpenter", 1, "Carpenter", "no-preconditions", "rejects", 0, "2022-01-13"),
 (CARP, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (CARP, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
]
P = ("jen-psaki", 1, "Psaki")
OFFER = "It lays out areas where we think there's room for progress if Russia is serious: arms control, including the placement of intermediate-range missiles in Europe; reciprocal transparency measures around military exercises; and risk reduction, including better communication between our militaries. We're ready to talk about all of those on a reciprocal basis, as we've said from the beginning."
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Good afternoon, everyone. I have a couple of items for you at the top, and then we'll get to your questions.", *P, "", "", 1, "2022-01-26"),
 ("As you all know, our Ambassador in Moscow, John Sullivan, delivered our written response to the Kremlin's proposals earlier today. Secretary Blinken is speaking to it in more detail at the State Department this afternoon, so I won't get ahead of him.", *P, "", "", 1, "2022-01-26"),
 ("We're not going to release it publicly. We think diplomacy has a better chance of succeeding if there is space for it to happen behind closed doors, and we've shared it closely with our allies and with Ukraine.", *P, "", "", 1, "2022-01-26"),
 ("It reaffirms what we've been saying publicly for weeks: NATO's door is open, and that's not up for negotiation. Countries get to choose their own alliances. That's a bedrock principle, and the President has been clear with President Putin about it.", *P, "nato-open-door", "supports", 1, "2022-01-26"),
 ("No. There's no promise in there that Ukraine will never join, and there won't be one.", *P, "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (OFFER, *P, "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 (OFFER, *P, "limit-military-exercises", "mentions", 1, "2022-01-26"),
 (OFFER, *P, "resume-military-dialogue", "mentions", 1, "2022-01-26"),
 ("Look, I'm not going to respond to every comment from the Russian foreign minister. We've put a serious diplomatic path on the table, and it's up to Russia to decide whether to take it.", *P, "", "", 1, "2022-01-26"),
 ("We've been clear that de-escalation is the best path forward. Russia has more than 100,000 troops on Ukraine's border. If they want to show they're serious about diplomacy, pulling those forces back would be a good place to start.", *P, "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("But we're not setting preconditions for continuing the conversation. We'll keep talking, even as we prepare for every scenario.", *P, "no-preconditions", "supports", 1, "2022-01-26"),
 ("That's a non-starter. We are not going to pull troops out of our NATO allies on the eastern flank, period. If anything, as the President has said, if Russia invades, we'll strengthen that presence.", *P, "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Yes. Our security assistance to Ukraine, including the $200 million package the President approved in December, will continue. We're not going to let Russia dictate which partners we work with or where.", *P, "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("It is. As he said, nothing is off the table, and we have been coordinating closely with our European partners on a package of economic measures that would be swift and severe.", *P, "", "", 1, "2022-01-26"),
 ("I don't have a call to preview for you at this point. He speaks with him regularly, and our national security team is in touch with their Ukrainian counterparts every day, multiple times a day.", *P, "", "", 1, "2022-01-26"),
]
LAV = "our clear position about inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which can create threat to the territory of the Russian Federation"
ZEL = "The question of our membership in NATO will be decided in Kyiv and in Brussels, and not in Moscow,"
L["ukrainskapravda-2022-01-27-kuleba-us-answer"] = [
 ("We have seen the written answer of the USA before its transfer to Russia. There are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 (ZEL, "volodymyr-zelensky", 1, "the President", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (ZEL, "volodymyr-zelensky", 1, "the President", "nato-open-door", "supports", 1, "2022-01-26"),
 ("hope for the beginning of serious conversation on secondary questions", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 (LAV, "sergei-lavrov", 1, "him", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LAV, "sergei-lavrov", 1, "him", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("there is no need to hurry with conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("The official representative of the MFA of Russia Maria Zakharova on the briefing on Thursday named the presence of the ships of NATO in the Black Sea a „provocation“ and declared that American and British warships must not approach to the Russian shores at a distance from which they can strike.", "maria-zakharova", 1, "Maria Zakharova", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-27"),
 ("The Minister of Foreign Affairs of Georgia David Zalkaliani on Wednesday declared that the decision of the Bucharest summit of NATO remains in force and any attempts to cancel it are unacceptable for Tbilisi.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("The idea to ban Western instructors, bases and joint exercises in Ukraine, Georgia or Moldova is a non-starter for Washington, and everybody in the Kremlin knows it,", "oksana-pylypchuk", 1, "the expert", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Do not run to buy buckwheat and matches,", "oleksii-reznikov", 1, "the minister", "", "", 1, "2022-01-25"),
]
ASK = "Asked whether the document amounted to the legally binding guarantees in writing that Russia had sought, Blinken noted only that it was, indeed, written, and said it was now up to Moscow to respond."
BOTH = "Jens Stoltenberg, Nato’s secretary-general, and Blinken both said on Wednesday that Russia should pull back the troops it has massed near Ukraine if it wanted the talks to produce results."
RUD = "The real issue is military geography: where strike systems, bombers and warships can sit relative to Russian territory,"
LEPP = "Kadri Lepp, of the Tallinn Centre for Defence Analysis, said the Kremlin’s insistence that Ukraine never join the alliance, and that the 2008 Bucharest pledge be withdrawn, was aimed as much at Kyiv’s domestic politics as at Washington."
BORR = "Josep Borrell, the EU’s foreign policy chief, said in Brussels on Wednesday that he wanted to understand what Moscow meant when it called for talks without preconditions while presenting its own drafts as a package to be accepted in full."
L["ft-2022-01-27-written-answers-analysis"] = [
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("Blinken made clear that the reply offered no halt to Nato enlargement, saying the US would not trade away a principle it had defended for decades.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (ASK, "antony-blinken", 1, "Blinken", "written-legal-guarantees", "mentions", 0, "2022-01-26"),
 (ASK, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (BOTH, "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (BOTH, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the core principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("A senior EU official told the FT there was ‘no prospect whatsoever’ of western governments signing a legally binding treaty on Europe’s security order ‘with a gun on the table’.", "european-union", 0, "A senior EU official", "written-legal-guarantees", "rejects", 0, ""),
 ("Nobody in Moscow will decide what weapons Poland keeps on its own territory,", "mariusz-blaszczak", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("Ben Wallace, the UK defence secretary, said in a speech on Monday that Royal Navy ships would keep sailing ‘wherever international law allows’, dismissing calls for western warships and aircraft to stay out of range of Russia’s coast.", "ben-wallace", 1, "Ben Wallace", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-24"),
 (RUD, "tatiana-rudneva", 1, "Tatiana Rudneva", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (RUD, "tatiana-rudneva", 1, "Tatiana Rudneva", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Non-enlargement made the headlines, but everyone knew it would be refused.", "tatiana-rudneva", 1, "Tatiana Rudneva", "nato-non-expansion", "mentions", 1, ""),
 ("Rudneva said the alliance’s open-door principle, rather than any weapons system, had become the real sticking point.", "tatiana-rudneva", 1, "Rudneva", "nato-open-door", "mentions", 0, ""),
 ("A moratorium on intermediate-range missiles in Europe would be a bad deal for the west, because Russia’s 9M729s are already deployed and we have nothing comparable there,", "matthew-sandell", 1, "Matthew Sandell", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Sandell said the more important test was not the letter itself but whether Russia heeded western calls to pull its forces back from around Ukraine.", "matthew-sandell", 1, "Sandell", "russia-de-escalation", "mentions", 0, ""),
 (LEPP, "kadri-lepp", 1, "Kadri Lepp", "no-ukraine-membership", "mentions", 0, ""),
 (LEPP, "kadri-lepp", 1, "Kadri Lepp", "rescind-bucharest-2008", "mentions", 0, ""),
 (LEPP, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (LEPP, "russia", 0, "the Kremlin", "rescind-bucharest-2008", "supports", 0, ""),
 (BORR, "josep-borrell", 1, "Josep Borrell", "no-preconditions", "mentions", 0, "2022-01-26"),
 (BORR, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
]

write_gold(L, "articles-83", "gold-83")
