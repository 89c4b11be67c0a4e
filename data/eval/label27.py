#!/usr/bin/env python3
"""Writes the twenty-seventh held-out gold (gold-27/*.nq) from the labels below.

Batch 27 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later
(only the design notes, the curated gold, and batch 9 as a format example).

The seven articles are invented but plausible, in these outlets and forms:
  - AFP wire story from Geneva (10 Jan 2022, Ryabkov / Sherman);
  - TASS English with «» quotation marks (Peskov, Grushko, Fomin, Ryabkov,
    Lukashevich at the OSCE, Rau);
  - a Russian Foreign Ministry transcript of a Lavrov news conference the
    day after the 26 January written answers (no front matter: the id is the
    file name, the date is in the title and dateline; questions by
    journalists);
  - a Guardian analysis with the 1990 Baker / 1997 Founding Act / 2008
    Bucharest background, photo credit and newsletter junk;
  - an EURACTIV interview with NATO Deputy Secretary General Mircea Geoana;
  - a Deccan Herald rewrite of Reuters copy (cookie banner, share buttons,
    "Also Read" / "Read more" junk; India at the UN Security Council);
  - a Yle News item on Finland's (and Sweden's) Nato option, saved with a
    UTF-8 BOM and CRLF line ends.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Labelling conventions (those of the curated gold and label9.py):
  - one label per (speaker, demand) that a passage expresses; a passage that
    expresses several demands gets several labels with the same evidence;
  - direct quotation: the evidence is exactly the words between the marks
    (a trailing comma inside the marks included), direct = 1; a quotation
    running over two or more sentences is one passage; a quotation broken by
    an attribution ("... ," he said. "...") is two passages;
  - reported speech: the evidence is the whole sentence, direct = 0; a
    partial quotation of six or more words inside reported speech that itself
    carries the demand or is about none is labelled on the quoted words;
  - stance: supports / rejects by the speaker's own position; mentions when
    the speaker only reports, analyses, asks or offers to discuss;
  - every direct quotation of six or more words about none of the demands
    gets one demand-less label (demand "", stance ""); reported speech about
    no demand gets no label;
  - not labelled: historical background (Baker 1990, the 1997 Founding Act,
    Bucharest 2008, the 1948 Finnish-Soviet treaty), words quoted from
    documents (the draft treaty and agreement, OSCE declarations, the Founding
    Act, the Bucharest declaration), descriptions of what the drafts contain
    when no actor is given as saying it, and questions by journalists;
  - the transcript: the minister's answers are his own words with no
    quotation marks, so passages of them that express a demand are labelled
    direct = 1 with the sentence(s) as evidence, and the rest of his answers
    get no demand-less labels;
  - speaker ids are slugs of the full name (firstname-lastname, diacritics
    folded) or actor ids (russia, nato, european-union,
    russian-foreign-ministry, ...); the Kremlin as an institution is russia;
    an unnamed "senior EU official" is european-union; "Nato officials" is
    nato;
  - speaker name: the words naming the speaker at that point of the text,
    pronouns and role nouns as written ("he", "the diplomat", "the
    researcher");
  - date: the day the statement was made, resolved against the publication
    date ("on Monday", "last Wednesday", "on 24 December"); a follow-on
    quotation from the same occasion takes that day; "" when the text gives
    no day ("said", "says", "has made clear", "last week").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The diplomat, who led the Russian delegation, said Moscow was also waiting for a commitment that no strike weapons would be deployed near Russia's borders, and that the alliance would withdraw the forces and infrastructure it had moved into eastern Europe since 1997.", "sergei-ryabkov", 1, "The diplomat", "no-strike-weapons-near-borders", "supports", 0, "2022-01-10"),
 ("The diplomat, who led the Russian delegation, said Moscow was also waiting for a commitment that no strike weapons would be deployed near Russia's borders, and that the alliance would withdraw the forces and infrastructure it had moved into eastern Europe since 1997.", "sergei-ryabkov", 1, "The diplomat", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the two sides had discussed the possible future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, issues on which Washington was prepared to go further.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the two sides had discussed the possible future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, issues on which Washington was prepared to go further.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The US negotiator said she had pressed Moscow to pull back the roughly 100,000 troops it has massed near Ukraine and return them to their barracks, as a sign that it was serious about diplomacy.", "wendy-sherman", 1, "The US negotiator", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("It was a frank and forthright discussion, but it was not a negotiation,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("NATO Secretary General Jens Stoltenberg said on Friday that the allies would not compromise on \"core principles\", including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-07"),
 ("There can be no discussion about European security without Europeans at the table,", "european-union", 0, "the official", "", "", 1, ""),
 ("The Russians have put the bar so high that almost any outcome lets them say the West refused to listen,", "ulrich-kessler", 1, "Ulrich Kessler", "", "", 1, ""),
 ("Nobody in Washington is going to promise that NATO stops where it is today,", "ulrich-kessler", 1, "he", "nato-non-expansion", "mentions", 1, ""),
]
L["tass-2022-01-13-peskov-grushko-talks"] = [
 ("There were positive elements, there were nuances, but on the main, fundamental issues we see divergences, and this is bad,", "dmitry-peskov", 1, "the Kremlin spokesman", "", "", 1, "2022-01-13"),
 ("According to Peskov, Moscow will keep insisting on its proposals on the non-expansion of NATO and on the non-deployment of strike weapon systems near Russian borders, which are «of principled importance» for Russia.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("According to Peskov, Moscow will keep insisting on its proposals on the non-expansion of NATO and on the non-deployment of strike weapon systems near Russian borders, which are «of principled importance» for Russia.", "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("We told our colleagues very frankly that the non-expansion of NATO is an absolute imperative for us, a matter of our national security,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The deputy minister recalled that Russia had proposed moving the zones of military exercises away from the line of contact between Russia and NATO and agreeing on a minimum distance for the approach of warships and aircraft.", "alexander-grushko", 1, "The deputy minister", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("The deputy minister recalled that Russia had proposed moving the zones of military exercises away from the line of contact between Russia and NATO and agreeing on a minimum distance for the approach of warships and aircraft.", "alexander-grushko", 1, "The deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("If NATO switches to a policy of deterrence, we will respond with counter-deterrence. If it chooses intimidation, there will be counter-intimidation,", "alexander-grushko", 1, "the diplomat", "", "", 1, "2022-01-12"),
 ("NATO's strike capabilities are being moved ever closer to our borders, and we cannot ignore this,", "alexander-fomin", 1, "Fomin", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("The American side says no to what is most important for us: a guarantee that NATO will not come closer to our borders and will not take in Ukraine and Georgia,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("The American side says no to what is most important for us: a guarantee that NATO will not come closer to our borders and will not take in Ukraine and Georgia,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("I do not want to confirm anything, and I will not rule anything out.", "sergei-ryabkov", 1, "the diplomat", "", "", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Russia's Permanent Representative to the OSCE Alexander Lukashevich said Moscow needed legally binding guarantees rather than «vague political promises».", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("Russia also proposes that NATO not deploy troops and weapons in European countries in addition to the forces that were stationed there as of May 27, 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]
L["mid-lavrov-news-conference-2022-01-27"] = [
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is a reaction that allows us to count on the start of a serious conversation, but on secondary issues, such as intermediate-range missiles and confidence-building measures. We are ready to discuss these things, but not instead of the main thing.", "sergei-lavrov", 1, "Sergey Lavrov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("Our Western colleagues keep repeating that every state has the right to choose its alliances, as if this were the only principle, and they forget the other half of the package.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We are talking about returning to the configuration of May 1997, when the Founding Act was signed, in the countries that joined the alliance after that.", "sergei-lavrov", 1, "Sergey Lavrov", "rollback-to-1997", "supports", 1, "2022-01-27"),
 ("The Bucharest formula, according to which Ukraine and Georgia will become members of NATO, must be disavowed.", "sergei-lavrov", 1, "Sergey Lavrov", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("For us, the non-admission of Ukraine to NATO is not a subject for bargaining either.", "sergei-lavrov", 1, "Sergey Lavrov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("This military development of Ukraine by NATO countries must stop.", "sergei-lavrov", 1, "Sergey Lavrov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("That is why we need legally binding guarantees, on paper, signed and ratified. A moratorium that can be lifted at any moment does not solve anything.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
]
L["guardian-2022-01-24-not-one-inch-analysis"] = [
 ("You promised us in the 1990s that Nato would not move an inch to the east. You cheated us shamelessly,", "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("Are we putting our missiles near the borders of the United States? No. It is the United States that has come to our home with its missiles, and they are already standing on our doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("The Kremlin has made clear that, having been deceived once, it will accept nothing less than guarantees in writing.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("There was never a treaty, never a signed promise. But there was a conversation, and Moscow has spent 30 years turning that conversation into a grievance,", "catriona-weld", 1, "Dr Catriona Weld", "", "", 1, ""),
 ("return to the 1997 line or live with the consequences", "leonid-slutsky", 1, "Leonid Slutsky", "rollback-to-1997", "supports", 1, "2022-01-21"),
 ("The Founding Act was meant to give Moscow a voice, not a veto. Asking Nato to take its troops out of Poland and the Baltic states now would create two classes of ally, and no government in those countries would survive agreeing to it,", "nigel-ashcombe", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Nato officials insist that the alliance never promised to stop expanding, and that the Founding Act itself commits both sides to respect the right of every state to choose the means of ensuring its own security.", "nato", 0, "Nato officials", "nato-open-door", "supports", 0, ""),
 ("Nato has never promised not to expand. That was never on the table,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
]
L["euractiv-2022-01-25-geoana-interview"] = [
 ("We are ready to sit down with Russia and talk seriously about reciprocal limits on missiles, about risk reduction, about more transparency for our exercises and for theirs,", "mircea-geoana", 1, "Geoană", "no-intermediate-range-missiles", "mentions", 1, "2022-01-24"),
 ("We are ready to sit down with Russia and talk seriously about reciprocal limits on missiles, about risk reduction, about more transparency for our exercises and for theirs,", "mircea-geoana", 1, "Geoană", "limit-military-exercises", "mentions", 1, "2022-01-24"),
 ("But we will not go back to a Europe of spheres of influence, where big powers decide the fate of their smaller neighbours,", "mircea-geoana", 1, "he", "nato-open-door", "supports", 1, "2022-01-24"),
 ("The Russian foreign ministry said on Friday that its demand for NATO to pull back to its 1997 positions meant, among other things, the withdrawal of all foreign forces, equipment and weapons from Romania and Bulgaria.", "russian-foreign-ministry", 0, "The Russian foreign ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Romania has exactly the same rights and the same protection as any other ally. Nobody in Moscow decides where allied troops are stationed on our territory,", "mircea-geoana", 1, "the deputy secretary general", "rollback-to-1997", "rejects", 1, "2022-01-24"),
 ("The decision we took in Bucharest stands. Ukraine's path is for Ukraine and the 30 allies to decide, and nobody else,", "mircea-geoana", 1, "he", "rescind-bucharest-2008", "rejects", 1, "2022-01-24"),
 ("The decision we took in Bucharest stands. Ukraine's path is for Ukraine and the 30 allies to decide, and nobody else,", "mircea-geoana", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 ("The decision we took in Bucharest stands. Ukraine's path is for Ukraine and the 30 allies to decide, and nobody else,", "mircea-geoana", 1, "he", "nato-open-door", "supports", 1, "2022-01-24"),
 ("He said that NATO had also proposed reopening its liaison office in Moscow and Russia's mission to the alliance, both shut last year, and making better use of military-to-military lines of communication to prevent incidents and accidents.", "mircea-geoana", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-24"),
 ("Deterrence and dialogue are two sides of the same coin for us,", "mircea-geoana", 1, "he", "", "", 1, "2022-01-24"),
 ("My grandparents lived in a grey zone between empires. We are not going back there just because Moscow wants allied troops out of Romania,", "sorin-vadeanu", 1, "Sorin Vădeanu", "rollback-to-1997", "rejects", 1, ""),
]
L["deccanherald-2022-02-02-putin-security-demands-ignored"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("In a phone call with Russian Foreign Minister Sergei Lavrov on Tuesday, US Secretary of State Antony Blinken urged Moscow to pursue immediate de-escalation and to withdraw its troops and equipment from Ukraine's borders, the State Department said.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("no change, and there will be no change", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Quiet and constructive diplomacy is the need of the hour,", "t-s-tirumurti", 1, "T.S. Tirumurti", "", "", 1, "2022-01-31"),
 ("For Moscow, keeping Ukraine out of NATO is existential; for Washington it is a matter of principle. That is a very hard gap to close,", "ashutosh-rane", 1, "Ashutosh Rane", "no-ukraine-membership", "mentions", 1, ""),
]
L["yle-2022-01-19-marin-nato-option"] = [
 ("Prime Minister Sanna Marin (SDP) said on Wednesday that it was \"very unlikely\" Finland would apply to join Nato during her government's current term, but stressed that Helsinki would not give up its right to do so.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, "2022-01-19"),
 ("Finland has the right to make its own choices, and that is not something we are going to negotiate with anyone. Not with Russia, and not with the United States either,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for Nato membership, should we ourselves so decide,", "sauli-niinisto", 1, "the president", "nato-open-door", "supports", 1, "2022-01-01"),
 ("would have serious military and political consequences which would require an adequate response from the Russian side", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, "2021-12-24"),
 ("contradict the basic principles of the European security order", "pekka-haavisto", 1, "Pekka Haavisto", "", "", 1, "2022-01-18"),
 ("We will not let any other country dictate our choices. Sweden's security policy is decided in Stockholm,", "ann-linde", 1, "Ann Linde", "nato-open-door", "supports", 1, "2022-01-18"),
 ("I have been sceptical of membership for twenty years, but if Moscow now tells us we may not even ask the question, then the discussion changes,", "aino-lehtimaki", 1, "Aino Lehtimäki", "nato-open-door", "supports", 1, ""),
 ("Read literally, the draft agreement would close the door to Finland and Sweden just as much as to Ukraine or Georgia,", "tuomas-rautio", 1, "the researcher", "nato-non-expansion", "mentions", 1, ""),
 ("Read literally, the draft agreement would close the door to Finland and Sweden just as much as to Ukraine or Georgia,", "tuomas-rautio", 1, "the researcher", "no-ukraine-membership", "mentions", 1, ""),
]

write_gold(L, "articles-27", "gold-27")
