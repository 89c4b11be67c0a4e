#!/usr/bin/env python3
"""Writes the held-out gold of batch 269 (gold-269/*.nq) from the labels below.

Batch 269 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-geneva-talks-end-without-breakthrough: AFP wire story (front
  matter), Geneva 10 January; "- crosshead -" lines, quotation split by "he
  said", a quotation running over two sentences, "the veteran diplomat",
  Moscow's demands in passing, an analyst, Baker-Gorbachev background.
- guardian-2022-01-26-us-delivers-written-response: Guardian news story (no
  front matter; section label, headline, standfirst, byline, date line); US and
  NATO written answers; Blinken, Stoltenberg, Lavrov, Kuleba, analysts, an
  anonymous senior administration official, "Western diplomats said".
- tass-2022-01-28-lavrov-radio-interview: TASS machine-translated report
  (front matter) of Lavrov's radio interview; « » quotes, odd English,
  indirect speech over two sentences, Grushko "on Thursday", a closing
  paragraph describing the draft treaties (document content, unlabelled).
- kyiv-independent-2022-01-21-reznikov-interview: Kyiv Independent Q&A with
  Defence Minister Reznikov (front matter; conducted Jan. 20, so answers are
  dated 2022-01-20); "Read also" lines; questions that name Russian demands.
- state-department-2022-01-13-press-briefing-price: State Department briefing
  transcript (UTF-8 BOM, CRLF, no front matter); MR PRICE / QUESTION labels;
  questions quote Ryabkov and Carpenter (unlabelled).
- european-parliament-2022-01-19-debate-european-security: European
  Parliament verbatim report (no front matter); one speech paragraph = one
  direct quotation; Russia's demands named in passing inside MEPs' speeches.
- washington-post-2022-02-01-op-ed-dont-trade-the-open-door: Washington Post
  op-ed (no front matter) by an invented former official; quotes Putin (on
  Tuesday), Ryabkov (no day), Shaheen ("last week"), "the Kremlin says"; the
  author's own first-person stance sentences are labelled as her statements
  (direct 0, dated the publication day); her description of the draft treaty
  text is document content and unlabelled.

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
lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a
person, supports; undated when no day is given). Dates are the day the words
were said, resolved against the publication date; "" when the text gives no
day. Analysts and experts (independent people) speak for themselves and have
no side: they "support"/"reject" only when they voice the demand in their own
words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-10"
s1 = "Russia and the United States ended more than seven hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that NATO halt its eastward expansion and Washington calling the demand a \"non-starter\"."
s4 = "He said Russia needed \"ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees\", adding that promises made on paper in a communique would not be enough."
s5 = "The veteran diplomat also said Moscow wanted the alliance to formally drop the pledge made at its 2008 summit in Bucharest that Ukraine and Georgia would one day join."
s8 = "Sherman said the two sides had discussed possible reciprocal limits on the size and scope of military exercises and a renewed look at where intermediate-range missiles could be deployed in Europe, areas where Washington sees room for progress."
s14 = "Russia published two draft treaties in mid-December, one with the United States and one with NATO, which among other things would bar the alliance from deploying troops or weapons in countries that joined after 1997 and from conducting any military activity in Ukraine, other ex-Soviet states or the South Caucasus."
L["afp-2022-01-10-geneva-talks-end-without-breakthrough"] = [
 (s1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, d),
 (s1, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, d),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, d),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, d),
 (s4, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, d),
 (s5, "sergei-ryabkov", 1, "The veteran diplomat", "rescind-bucharest-2008", "supports", 0, d),
 (s5, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, d),
 ("We need this so-called Bucharest formula to be buried,", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 1, d),
 ("and replaced with something that is binding.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, d),
 ("firmly pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, d),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, d),
 (s8, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, d),
 (s8, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, d),
 ("We were open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, d),
 ("The United States, she said, wanted to see \"de-escalation\" and a return of those forces to their barracks before any serious agreement could be reached.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, d),
 ("no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, d),
 ("Asked whether Moscow would pull back its forces, he told reporters that Russian troops were on Russian territory and that nobody could tell Moscow where to hold exercises on its own soil.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, d),
 (s14, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (s14, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The Russians are testing whether the allies will trade the security of their eastern members for a few months of calm,", "ingrid-solheim", 1, "Ingrid Solheim", "", "", 1, d),
 ("I don't see any Western government signing up to pulling troops out of Poland or the Baltic states. That simply isn't going to happen,", "ingrid-solheim", 1, "she", "rollback-to-1997", "mentions", 1, d),
 ("It is too early to draw conclusions, but we are not seeing any cause for optimism yet,", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
 ("The American side must show flexibility. If there is no flexibility, there will be no deal,", "sergei-ryabkov", 1, "he", "", "", 1, d),
]

d = "2022-01-26"
g1 = "The US has delivered its written response to Russia's demands for security guarantees, refusing to close Nato's door to Ukraine but offering talks on arms control and military exercises in what the secretary of state, Antony Blinken, called \"a serious diplomatic path forward, should Russia choose it\"."
g5 = "Blinken said the response also contained proposals on \"reciprocal transparency measures regarding force posture in Ukraine\", on confidence-building steps for exercises and manoeuvres in Europe, and on arms control for missiles in Europe – areas on which he said progress was possible \"if Russia engages in good faith\"."
g7 = "He added that Nato would also not accept Moscow's call to remove allied troops from countries that had joined the alliance since the end of the cold war."
g9 = "Stoltenberg said the alliance had called on Russia to immediately pull back its forces from Ukraine's borders and proposed restarting the regular work of the Nato-Russia Council as well as reopening military lines of communication."
g12 = "He said the main issue for Russia remained the non-deployment of offensive weapons near its borders and a guarantee that the alliance would stop moving east."
g14 = "Western diplomats said privately that the US and Nato had deliberately left the most contentious Russian demands – a permanent ban on Ukrainian membership and a withdrawal of forces to 1997 positions – outside the scope of any negotiation."
g19 = "A senior administration official, briefing reporters on condition of anonymity, said the US would also be willing to discuss Russian concerns about the placement of offensive missile systems in Ukraine, noting that the US had no intention of stationing such weapons there."
L["guardian-2022-01-26-us-delivers-written-response"] = [
 (g1, "united-states", 0, "The US", "nato-open-door", "supports", 0, d),
 (g1, "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, d),
 (g1, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, d),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, d),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, d),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, d),
 (g5, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, d),
 (g5, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, d),
 ("reciprocal transparency measures regarding force posture in Ukraine", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("not compromise on the principles on which the security of our alliance and security in Europe and North America rest", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, d),
 (g7, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, d),
 (g7, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not have first- and second-class members,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, d),
 ("We will not give up our ability to protect and defend each other.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, d),
 (g9, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, d),
 (g9, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, d),
 (g12, "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, d),
 (g12, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, d),
 (g12, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, d),
 (g12, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, d),
 ("There are no surprises in it for us,", "dmytro-kuleba", 1, "he", "", "", 1, d),
 ("It does not contain a single word that would harm Ukraine's interests.", "dmytro-kuleba", 1, "he", "", "", 1, d),
 (g14, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 (g14, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("Everyone in Moscow understood in advance that these two points would be refused,", "olga-dubrovina", 1, "Olga Dubrovina", "no-ukraine-membership", "mentions", 1, d),
 ("Everyone in Moscow understood in advance that these two points would be refused,", "olga-dubrovina", 1, "Olga Dubrovina", "rollback-to-1997", "mentions", 1, d),
 ("The question now is whether the Kremlin treats the rest as a partial win or as a pretext.", "olga-dubrovina", 1, "Olga Dubrovina", "", "", 1, d),
 ("A draft treaty that demands a veto over who joins Nato was never a negotiating position; it was a statement of grievance,", "sam-greene", 1, "he", "nato-non-expansion", "mentions", 1, d),
 (g19, "white-house", 0, "A senior administration official", "no-strike-weapons-near-borders", "mentions", 0, d),
 (g19, "russia", 0, "Russian", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("If there is no constructive response and the west continues its aggressive line, then Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "he", "", "", 1, d),
]

d = "2022-01-28"
t1 = "The main question is our clear position on inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten the territory of the Russian Federation,"
t7 = "These are questions of intermediate and shorter-range missiles, of transparency of exercises and of rules to prevent incidents at sea and in the air."
t12 = "He also called absurd the claims of the West that Moscow must withdraw troops from the border with Ukraine, underlining that NATO does not answer for its own exercises near the Russian borders."
t13 = "The West speaks about de-escalation, but it is they who send weapons to Kiev and fly the strategic bombers near our borders,"
t10a = "Lavrov repeated that Russia insists on the legal form of the guarantees."
t10b = "In his words, the political promises given to Soviet leadership in 1990 were forgotten very quickly, so today Russia will not be satisfied with verbal assurances."
t16 = "He underlined that Moscow insists on the return of the NATO military infrastructure to the configuration of the year 1997, when was signed the Founding Act of Russia and NATO."
L["tass-2022-01-28-lavrov-radio-interview"] = [
 (t1, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, d),
 (t1, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, d),
 ("On this main question there is no positive reaction", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, d),
 ("On this main question there is no positive reaction", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, d),
 ("They are saying to us that each country has right to choose alliances. But they forget the second part of this formula, which says that nobody can strengthen his security to the detriment of others,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, d),
 ("We will demand that they answer not collectively, not on behalf of the block, but each nationally,", "sergei-lavrov", 1, "the minister", "", "", 1, d),
 (t7, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, d),
 (t7, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, d),
 ("On secondary questions there is something to talk about,", "sergei-lavrov", 1, "he", "", "", 1, d),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "he", "", "", 1, d),
 ("But we will not allow that our interests are rudely trampled and ignored", "sergei-lavrov", 1, "he", "", "", 1, d),
 (t10a, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, d),
 (t10a, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, d),
 (t10b, "sergei-lavrov", 1, "his", "written-legal-guarantees", "supports", 0, d),
 (t10b, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, d),
 ("We need guarantees which are legally binding, on paper, signed and ratified,", "sergei-lavrov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, d),
 ("Answering the question about the Western accusations, Lavrov said that Russian troops are located on own territory and their movement is the sovereign affair of Russia.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, d),
 (t12, "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, d),
 (t12, "sergei-lavrov", 1, "He", "limit-military-exercises", "supports", 0, d),
 (t13, "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 1, d),
 (t13, "sergei-lavrov", 1, "Lavrov", "no-warships-aircraft-in-strike-range", "supports", 1, d),
 ("cannot say that our concerns were taken into account", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 (t16, "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-27"),
 (t16, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("This is not negotiable for us, this is the essence of the problem,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-27"),
]

d = "2022-01-20"
R = ("oleksii-reznikov", 1, "Reznikov")
L["kyiv-independent-2022-01-21-reznikov-interview"] = [(e,) + R + x + (1, d) for e, x in [
 ("According to our intelligence, there are around 127,000 Russian servicemen in the vicinity of Ukraine, including in occupied Crimea and the occupied parts of Donbas. This is a lot, but as of today we do not see a strike group formed that would allow a full-scale offensive tomorrow.", ("", "")),
 ("The Kremlin wants us to panic. Panic is also a weapon. We will not give them that.", ("", "")),
 ("No. I have spoken with my colleagues in Washington, London, Berlin and the Baltic capitals, and the answer is the same everywhere: decisions about Ukraine are not made without Ukraine. Only Ukraine and the 30 allies decide when Ukraine is ready to join. Russia has no vote in this.", ("nato-open-door", "supports")),
 ("No. I have spoken with my colleagues in Washington, London, Berlin and the Baltic capitals, and the answer is the same everywhere: decisions about Ukraine are not made without Ukraine. Only Ukraine and the 30 allies decide when Ukraine is ready to join. Russia has no vote in this.", ("no-ukraine-membership", "rejects")),
 ("What Moscow is asking for is a new Yalta, where the big powers sit at a table and divide Europe into spheres of influence. Ukraine will not be on the menu.", ("", "")),
 ("It would mean that a sovereign state cannot choose with whom it trains its soldiers. The British, Canadian, American instructors have been working in Yavoriv for years. They will continue to work. This is not for the Kremlin to decide.", ("no-military-activity-ex-soviet", "rejects")),
 ("I do not believe in such deals. In 1994 we gave up the third largest nuclear arsenal in exchange for the Budapest Memorandum, and we all know what happened in 2014. Paper guarantees without force behind them mean nothing.", ("no-ukraine-membership", "rejects")),
 ("Anti-tank weapons, air defense, electronic warfare. And sanctions announced in advance, so the Kremlin knows the price before, not after.", ("", "")),
 ("We are grateful to the United States, the U.K., the Baltic states for the deliveries. Every Javelin and every NLAW is an argument for diplomacy, because they raise the cost of aggression.", ("", "")),
 ("Very simple. Take the troops back to their permanent bases, far from our border. Stop the exercises in Belarus and near Crimea. Withdraw from the occupied territories. That would be real de-escalation, not words.", ("russia-de-escalation", "supports")),
 ("Talk, yes, about arms control, about transparency of drills, both sides. We are not against mutual limits if they apply to Russia too. But we cannot talk about Ukraine's right to choose its alliances. That is not a concern, that is a demand to surrender.", ("limit-military-exercises", "mentions")),
 ("Talk, yes, about arms control, about transparency of drills, both sides. We are not against mutual limits if they apply to Russia too. But we cannot talk about Ukraine's right to choose its alliances. That is not a concern, that is a demand to surrender.", ("nato-open-door", "supports")),
 ("Our army is not the army of 2014. We have 250,000 people in the armed forces and hundreds of thousands of veterans with combat experience. We also have territorial defense, from January 1 it is a separate branch of the military.", ("", "")),
 ("If Russia attacks, it will pay a very high price. Ukrainians will defend every city, every village.", ("", "")),
]]

d = "2022-01-13"
P = ("ned-price", 1, "MR PRICE")
p7 = "The principle that every country has the right to choose its own alliances is not something that we're prepared to trade away. That is not something that is up for negotiation. It's not a concession that the United States can make, and it's not one that NATO can make on behalf of its members or aspirants."
p13 = "We don't accept preconditions of that kind. But we have said we're willing to talk about exercises – ours and theirs – on a reciprocal basis. That's an area where we've had productive discussions in the past, including under the Vienna Document."
L["state-department-2022-01-13-press-briefing-price"] = [(e,) + P + x + (1, d) for e, x in [
 ("Good afternoon, everyone. Just one item at the top, and then I'll be happy to take your questions.", ("", "")),
 ("This week we've engaged in intensive diplomacy with Russia: the Strategic Stability Dialogue in Geneva on Monday, the NATO-Russia Council in Brussels yesterday, and today the OSCE Permanent Council in Vienna, where Ambassador Carpenter laid out our positions alongside our European allies and partners. Throughout, we have been clear that there are areas where we can make progress together and there are proposals that are simply non-starters.", ("", "")),
 ("We are prepared to continue this dialogue, but it has to take place in a context of de-escalation rather than escalation. It is very difficult to make real progress with a gun pointed at Ukraine's head.", ("russia-de-escalation", "supports")),
 ("With that, happy to take your questions.", ("", "")),
 ("Well, we've seen those comments. We've also seen other comments from Russian officials that point in a somewhat different direction. What we've said all along is that we're not going to negotiate in public, and we're not going to respond to every statement made to a Russian news outlet.", ("", "")),
 ("What I can tell you is that we have put forward ideas on which we think there can be reciprocal progress: arms control, transparency, risk reduction, including possible reciprocal limits on the size and scope of exercises in the region. Those are ideas that would benefit Russia's security as much as ours.", ("limit-military-exercises", "mentions")),
 (p7, ("nato-open-door", "supports")),
 (p7, ("nato-non-expansion", "rejects")),
 ("We are not going to discuss the withdrawal of forces from allied territory. Our commitment to Article 5 is ironclad. If anything, the Russian military build-up has led our allies on the Eastern flank to ask for more, not less.", ("rollback-to-1997", "rejects")),
 ("Ambassador Carpenter spoke to the scale of what we're seeing on the ground. Russia has stationed tens of thousands of troops along Ukraine's border, and we have not seen any signs of meaningful de-escalation.", ("russia-de-escalation", "supports")),
 ("We're not in a position to say that President Putin has made a decision. But if Russia is serious about diplomacy, the clearest signal it could send would be to pull those forces back to their garrisons.", ("russia-de-escalation", "supports")),
 ("We share the concern that the Chairman-in-Office expressed. It's precisely why the OSCE has a role to play, and it's why we are pursuing the diplomatic path as vigorously as we are.", ("", "")),
 ("We have committed to consulting closely with our allies and partners on every step. I'm not going to get ahead of the format that our engagement will take going forward.", ("", "")),
 (p13, ("no-preconditions", "supports")),
 (p13, ("limit-military-exercises", "mentions")),
]]

d = "2022-01-19"
BN = "Josep Borrell Fontelles"
b2 = "Russia has put on the table two draft treaties which would, if accepted, divide Europe again into spheres of influence. They ask that NATO renounces any further enlargement, that allied forces go back to where they were in 1997, and that Ukraine, Georgia and others have no right to decide their own future. We cannot accept this. European security is not a matter to be discussed between two powers over the heads of Europeans."
b4 = "At the same time, we are ready to discuss arms control, transparency of military exercises and risk reduction, because these are things that also serve our own security. But the first step has to come from Moscow. Russia must de-escalate and withdraw its troops from the border with Ukraine."
gah = "Madam President, the Kremlin wants us to believe that it is NATO that threatens Russia. It is the other way round. Mr Putin's so-called security guarantees are nothing but a demand that the Baltic states and Poland become second-class members of the Alliance, protected on paper only. This House must say clearly: no Russian veto over the choices of sovereign nations."
pic = "Madam President, we have to be sober. Russia will not get a written promise that Ukraine never joins NATO, and it knows it. The question is whether we can build a framework of confidence-building measures that gives both sides something. I welcome that the United States offered reciprocal limits on exercises. The European Union must not be a spectator in talks that concern our own continent."
aus = "Madam President, in 2008 in Bucharest NATO leaders promised Ukraine and Georgia that they would become members. Today Moscow demands that we tear up this promise. If we do that, we do not buy peace, we buy the next war. Appeasement did not work in 1938 and it will not work in 2022."
mar = "Madam President, let us be honest: Russia's concerns are not invented. Moscow was told in 1990 that NATO would not move one inch to the east, and since then the Alliance has moved more than a thousand kilometres. Russia is asking for a simple thing, a guarantee that Ukraine will stay neutral, and I do not see why Europe should go to war to refuse it."
fot = "Madam President, what Moscow calls security guarantees is a list of ultimatums. They want us to withdraw American soldiers from Poland and from the Baltic states. They want no NATO exercises on our own territory. Colleagues, we will not accept this, not today, not ever."
sch = "Madam President, I am against the militarisation of this conflict. We need a new Helsinki, a conference on security and cooperation in which the concerns of all sides are heard, including Russia's concerns about intermediate-range missiles in Europe. Sending more weapons to the region does not make anyone safer."
L["european-parliament-2022-01-19-debate-european-security"] = [
 ("Madam President, honourable Members, I have just come back from Kyiv and from the line of contact in Donbas. What I saw there is a country under pressure, with more than 100 000 Russian soldiers massed along its borders.", "josep-borrell", 1, BN, "", "", 1, d),
 (b2, "josep-borrell", 1, BN, "nato-non-expansion", "rejects", 1, d),
 (b2, "josep-borrell", 1, BN, "rollback-to-1997", "rejects", 1, d),
 (b2, "josep-borrell", 1, BN, "no-ukraine-membership", "rejects", 1, d),
 (b2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (b2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (b2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Let me be very clear: the principles of the Helsinki Final Act and the Charter of Paris are not negotiable. Every country is free to choose its alliances.", "josep-borrell", 1, BN, "nato-open-door", "supports", 1, d),
 (b4, "josep-borrell", 1, BN, "limit-military-exercises", "mentions", 1, d),
 (b4, "josep-borrell", 1, BN, "russia-de-escalation", "supports", 1, d),
 (gah, "michael-gahler", 1, "Michael Gahler", "rollback-to-1997", "rejects", 1, d),
 (gah, "michael-gahler", 1, "Michael Gahler", "nato-open-door", "supports", 1, d),
 (pic, "tonino-picula", 1, "Tonino Picula", "no-ukraine-membership", "rejects", 1, d),
 (pic, "tonino-picula", 1, "Tonino Picula", "limit-military-exercises", "supports", 1, d),
 (pic, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (aus, "petras-austrevicius", 1, "Petras Auštrevičius", "rescind-bucharest-2008", "rejects", 1, d),
 (aus, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Madam President, I want to speak about something that is often forgotten in these debates: the people of eastern Ukraine, who have been living with this war for eight years. Whatever is agreed in Geneva or Brussels, their lives must come first.", "viola-von-cramon-taubadel", 1, "Viola von Cramon-Taubadel", "", "", 1, d),
 (mar, "thierry-mariani", 1, "Thierry Mariani", "no-ukraine-membership", "supports", 1, d),
 (mar, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (fot, "anna-fotyga", 1, "Anna Fotyga", "rollback-to-1997", "rejects", 1, d),
 (fot, "anna-fotyga", 1, "Anna Fotyga", "limit-military-exercises", "rejects", 1, d),
 (fot, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (fot, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (sch, "helmut-scholz", 1, "Helmut Scholz", "no-intermediate-range-missiles", "mentions", 1, d),
 (sch, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Madam President, I was a minister of defence of Lithuania. I remember very well how Russia's promises looked in practice. The only guarantee that works is Article 5. Nobody in Vilnius will accept that NATO troops leave Lithuania because Mr Lavrov asks for it.", "rasa-jukneviciene", 1, "Rasa Juknevičienė", "rollback-to-1997", "rejects", 1, d),
 ("Madam President, thank you for this debate. I have heard broad support for the unity of the European Union and for our principles. I will repeat what I said in Kyiv: there is no European security without the security of Ukraine, and any discussion about European security must involve the Europeans.", "josep-borrell", 1, BN, "", "", 1, d),
]

d = "2022-02-01"
MH = ("margaret-ellison-hardcastle", 1, "Margaret Ellison Hardcastle")
w1 = "We see no adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to 1997,"
w3 = "He is right about one thing: Those demands were not met. They should not be, and nobody in Washington should apologize for that."
w6 = "Its reply to Moscow, by most accounts, turned down the maximalist demands but put real offers on the table: reciprocal limits on missile deployments in Europe, transparency for exercises, incident-prevention rules, a fresh start for military-to-military channels that have been largely dormant since 2014."
w9 = "Nor should Washington accept Moscow's insistence on a legally binding treaty as a precondition for calm."
L["washington-post-2022-02-01-op-ed-dont-trade-the-open-door"] = [
 (w1, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, d),
 (w1, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, d),
 (w1, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, d),
 (w3,) + MH + ("nato-non-expansion", "rejects", 0, d),
 (w3,) + MH + ("no-strike-weapons-near-borders", "rejects", 0, d),
 (w3,) + MH + ("rollback-to-1997", "rejects", 0, d),
 ("In other words, Moscow asked the alliance to dismantle the security of a hundred million Europeans in exchange for the absence of a war that Russia itself is threatening.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It is absolutely mandatory", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, ""),
 (w6, "united-states", 0, "The Biden administration", "no-intermediate-range-missiles", "mentions", 0, ""),
 (w6, "united-states", 0, "The Biden administration", "limit-military-exercises", "mentions", 0, ""),
 (w6, "united-states", 0, "The Biden administration", "resume-military-dialogue", "mentions", 0, ""),
 ("What is not achievable, and should never be, is a Russian veto over whether Kyiv or Tbilisi may one day join NATO.",) + MH + ("no-ukraine-membership", "rejects", 0, d),
 ("Every sovereign country must be free to choose its own alliances.",) + MH + ("nato-open-door", "supports", 0, d),
 ("Nobody is asking Russia to love NATO,", "jeanne-shaheen", 1, "Sen. Jeanne Shaheen", "", "", 1, ""),
 ("We are asking it to stop threatening its neighbors.", "jeanne-shaheen", 1, "Sen. Jeanne Shaheen", "russia-de-escalation", "supports", 1, ""),
 (w9,) + MH + ("written-legal-guarantees", "rejects", 0, d),
 (w9, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("on paper, signed and ratified.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 1, ""),
 ("The first test of Russian seriousness is simple: Pull back the more than 100,000 troops now surrounding Ukraine on three sides, including the forces moving into Belarus for drills next month.",) + MH + ("russia-de-escalation", "supports", 0, d),
 ("Until that happens, every offer from Washington should be conditional on de-escalation.",) + MH + ("russia-de-escalation", "supports", 0, d),
 ("we will eventually find a solution, although it will not be easy.", "vladimir-putin", 1, "Putin", "", "", 1, d),
]

write_gold(L, "articles-269", "gold-269")
