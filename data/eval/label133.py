#!/usr/bin/env python3
"""Writes the 133rd held-out gold (gold-133/*.nq) from the labels below.

Batch 133 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven forms:

- ap-2021-12-17-russia-draft-security-pacts: Associated Press wire copy with
  front matter and straight quotes (dateline, attribution after the
  quotation, a demand attributed in passing to Moscow, document paraphrase
  and the 1990/2008 background that must stay unlabelled);
- mid-2022-01-10-ryabkov-geneva-briefing: Russian Foreign Ministry transcript
  of Ryabkov's Geneva press conference, front matter, speaker labels
  ("Sergey Ryabkov:", "Question (TASS):"), answers running over several
  paragraphs;
- aljazeera-2022-01-12-nato-russia-council-live: Al Jazeera English live blog
  (timestamped entries in reverse order, curly quotes, two speakers in one
  sentence, a quotation interrupted by "he said", a photo caption, a
  background entry paraphrasing the drafts);
- state-2022-01-26-blinken-press-availability: State Department press
  availability without front matter (date in the header), "SECRETARY
  BLINKEN:" / "MR PRICE:" / "QUESTION:" labels;
- izvestia-mt-2022-01-27-grushko-interview: machine-translated aggregator copy
  of an Izvestia Q&A interview, UTF-8 BOM and CRLF line ends, « » quotes,
  questions and answers both introduced by a dash, link lines;
- unian-2022-01-27-kuleba-us-response: UNIAN copy without front matter,
  „ “ quotes, an embassy on each side, indirect speech whose day is given in
  the next sentence;
- spiegel-2022-01-28-what-moscow-really-wants: DER SPIEGEL International
  analysis with front matter, standfirst, crossheads and caption, invented
  experts, a senior EU official, a quotation split by "told the Bundestag".

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

AP_LEAD = "Russia on Friday published draft security documents demanding that NATO never admit Ukraine and roll back the alliance's military deployments in the Central and Eastern European countries that joined it after 1997."
AP_RYAB2 = "The line that NATO has pursued for decades, of expanding eastward, must be stopped, and stopped by a legal obligation, not by promises that are forgotten the next day,"
AP_KULEBA = "In Kyiv, Ukraine's Foreign Minister Dmytro Kuleba on Friday dismissed Moscow's demand that Ukraine be barred from the alliance as a non-starter and said no third country had a say in Kyiv's relations with NATO."
L["ap-2021-12-17-russia-draft-security-pacts"] = [
 (AP_LEAD, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (AP_LEAD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We are ready to go to Geneva literally tomorrow, to sit down without any preconditions and start working,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2021-12-17"),
 (AP_RYAB2, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-17"),
 (AP_RYAB2, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("Ryabkov also said Moscow wanted a firm U.S. commitment never again to deploy intermediate-range missiles in Europe within reach of Russian territory, a class of weapons banned until Washington pulled out of a Cold War-era treaty in 2019.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("We will not compromise on the key principles on which European security is built, including that all countries have the right to decide their own future and foreign policy free from outside interference,", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 1, "2021-12-17"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2021-12-17"),
 (AP_KULEBA, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2021-12-17"),
 (AP_KULEBA, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2021-12-17"),
 (AP_KULEBA, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow is asking NATO to go back to where it stood in 1997, and the Kremlin knows perfectly well that no American administration could sign that,", "maxim-dorofeyev", 1, "Maxim Dorofeyev", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-10"
MID_R5 = "The American side proposed to discuss intermediate-range missiles and some parameters of military exercises. These are useful topics, we do not reject them, but they cannot be separated from the main thing: the non-enlargement of NATO."
L["mid-2022-01-10-ryabkov-geneva-briefing"] = [
 ("Good evening, colleagues. We have just completed talks that were difficult, long, very professional, deep and concrete. The American side took the Russian proposals seriously and studied them in depth.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, D),
 ("We emphasised to our American colleagues that it is absolutely mandatory for us to ensure that Ukraine never, never, ever becomes a member of NATO. This is not a bargaining chip; this is a matter of national security for Russia.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees, with all the words 'shall' and 'must' in them.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We said clearly that the formula adopted in Bucharest, under which Ukraine and Georgia are to become members, must be disavowed. It was a mistake then and it remains a source of instability now. The Americans did not agree, but they listened.", "sergei-ryabkov", 1, "Sergey Ryabkov", "rescind-bucharest-2008", "supports", 1, D),
 (MID_R5, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-intermediate-range-missiles", "mentions", 1, D),
 (MID_R5, "sergei-ryabkov", 1, "Sergey Ryabkov", "limit-military-exercises", "mentions", 1, D),
 (MID_R5, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("For us the so-called open-door policy is not a principle of international law. It is a slogan, and we do not accept it as the basis for anything.", "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-open-door", "rejects", 1, D),
 ("There are no plans and no intention to attack Ukraine. Our troops are on our own territory, and nobody can dictate to us where and how to deploy forces on our own soil. Calls to withdraw them are simply out of place.", "sergei-ryabkov", 1, "Sergey Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("I would not draw conclusions about the future yet. But we are not going to wait for months; we need a rapid result, and the ball is now in the American court.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, D),
 ("Our delegation in Brussels will be led by Alexander Grushko, and in Vienna by our permanent representative Alexander Lukashevich. The positions are the same everywhere; there is no daylight between them, and nobody should hope to find it.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, D),
 ("Of course the history was mentioned. Everybody knows what was said to Gorbachev and what then happened in practice. But today we are dealing with the present, and we are looking for solutions that will hold.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, D),
]

D = "2022-01-12"
AJ_SUM = "Stoltenberg and Sherman both said on Wednesday that the allies were ready to discuss reciprocal limits on where missiles are deployed in Europe, but not to close the alliance's door to new members."
AJ_BEL = "The Americans will talk about the open door, the Russians will talk about the 1997 lines, and both will go home having said exactly what they came to say,"
AJ_STOL2 = "because every nation has the right to choose its own path, and Ukraine is no exception."
AJ_RAU = "Polish Foreign Minister Zbigniew Rau, whose country holds the rotating OSCE chairmanship this year, said in a statement on Wednesday that Warsaw had noted Russia's call for talks without preconditions and would offer Vienna as the venue for “a renewed European security dialogue open to all participating states”."
L["aljazeera-2022-01-12-nato-russia-council-live"] = [
 (AJ_SUM, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (AJ_SUM, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (AJ_SUM, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (AJ_SUM, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, D),
 (AJ_BEL, "artyom-beletsky", 1, "Artyom Beletsky", "nato-open-door", "mentions", 1, D),
 (AJ_BEL, "artyom-beletsky", 1, "Artyom Beletsky", "rollback-to-1997", "mentions", 1, D),
 ("Russia's Deputy Foreign Minister Alexander Grushko told reporters after the meeting that Moscow had demanded that NATO withdraw the forces and weapons it has deployed in the countries that joined the alliance after 1997.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, D),
 ("If NATO moves to a policy of containment, there will be counter-containment. If there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("We do not need military contacts for the sake of contacts while NATO treats us as an adversary,", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 1, D),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("The idea that NATO should stop admitting new members is simply not on the table,", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, D),
 (AJ_STOL2, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (AJ_STOL2, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He said allies had proposed reopening NATO's liaison office in Moscow and Russia's mission to the alliance, and restoring military lines of communication to avoid dangerous incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("This is not a menu from which one can choose individual dishes. It is a package,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (AJ_RAU, "zbigniew-rau", 1, "Zbigniew Rau", "no-preconditions", "mentions", 0, D),
 (AJ_RAU, "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("a renewed European security dialogue open to all participating states", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
]

D = "2022-01-26"
B = "antony-blinken"
BN = "Antony J. Blinken"
ST_B4 = "We also put forward ideas on arms control, including on intermediate-range and shorter-range missiles in Europe, and on reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine."
ST_B7 = "The response doesn't contain any legally binding promise that NATO will stop taking in new members, and it won't. What it offers is a serious diplomatic path, should Russia choose it."
ST_B11 = "We will engage in diplomacy, but we're not going to pretend that talks can succeed while Russia holds a gun to Ukraine's head. De-escalation has to come first."
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Government in Moscow. NATO is delivering its own response in parallel, and the two are fully coordinated.", B, 1, BN, "", "", 1, D),
 ("The document we've delivered sets out the concerns of the United States and our Allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", B, 1, BN, "", "", 1, D),
 ("We address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe.", B, 1, BN, "limit-military-exercises", "mentions", 1, D),
 (ST_B4, B, 1, BN, "no-intermediate-range-missiles", "mentions", 1, D),
 (ST_B4, B, 1, BN, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. NATO's door is open, remains open, and that is our commitment.", B, 1, BN, "nato-open-door", "supports", 1, D),
 ("We've also been clear that the path to diplomacy runs through de-escalation. Russia has massed more than 100,000 troops on Ukraine's borders, and it can pull them back whenever it chooses.", B, 1, BN, "russia-de-escalation", "supports", 1, D),
 ("With that, I'm happy to take a few questions.", B, 1, BN, "", "", 1, D),
 (ST_B7, B, 1, BN, "written-legal-guarantees", "rejects", 1, D),
 (ST_B7, B, 1, BN, "nato-non-expansion", "rejects", 1, D),
 ("As to publishing it, we are not making the document public. We think that diplomacy has the best chance to succeed if we provide space for confidential talks.", B, 1, BN, "", "", 1, D),
 ("We are not going to withdraw our forces from the eastern flank. If anything, if Russia renews its aggression against Ukraine, we will reinforce our Allies there, not pull back.", B, 1, BN, "rollback-to-1997", "rejects", 1, D),
 ("Our security assistance to Ukraine, our training programs, our exercises with partners like Ukraine and Georgia, those are decisions for us and for those sovereign countries. They are not up for negotiation with Moscow.", B, 1, BN, "no-military-activity-ex-soviet", "rejects", 1, D),
 (ST_B11, B, 1, BN, "no-preconditions", "rejects", 1, D),
 (ST_B11, B, 1, BN, "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-26"
G = "alexander-grushko"
GN = "Alexander Grushko"
IZ_A2 = "For us this is the question of life. The Ukraine in NATO is the red line, and the Bucharest formula, that Ukraine and Georgia «will become members», must be cancelled."
IZ_A3 = "NATO carries out near our borders the exercises with the worked-out scenarios of the war with Russia, the strategic bombers fly along our borders. We proposed to agree about limitation of the exercises and about the zones, from which the ships and the airplanes cannot strike on the territory of each other."
L["izvestia-mt-2022-01-27-grushko-interview"] = [
 ("We sent our proposals to the Americans and to NATO more than one month ago. We need not promises, but the legally obligatory guarantees, fixed on the paper and ratified. The verbal assurances we already received in 1990, and we know what they are worth.", G, 1, GN, "written-legal-guarantees", "supports", 1, D),
 (IZ_A2, G, 1, GN, "no-ukraine-membership", "supports", 1, D),
 (IZ_A2, G, 1, GN, "rescind-bucharest-2008", "supports", 1, D),
 (IZ_A3, G, 1, GN, "limit-military-exercises", "supports", 1, D),
 (IZ_A3, G, 1, GN, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Deployment of the strike systems in Poland and Romania we consider as the direct threat. Such weapons must not be located near our borders, this is the principal position.", G, 1, GN, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The demands to withdraw the troops from our own territory we consider as absolutely unacceptable. Russia moves its forces there, where it considers necessary, and does not report to anybody.", G, 1, GN, "russia-de-escalation", "rejects", 1, D),
 ("The western instructors, the deliveries of weapon, the joint exercises on the Ukrainian territory — all this is the military development of the territory of Ukraine, which must be stopped. The same concerns Georgia and the states of Central Asia.", G, 1, GN, "no-military-activity-ex-soviet", "supports", 1, D),
 ("This question was raised by the American side, we listened to it, and it can be discussed. But it does not replace the main thing.", G, 1, GN, "resume-military-dialogue", "mentions", 1, D),
 ("We are ready to continue the conversation without any preconditions, but not endlessly. If the answer is not constructive, we will take the measures of military-technical character.", G, 1, GN, "no-preconditions", "supports", 1, D),
]

D = "2022-01-27"
UN_HRY = "Moscow wants the West to sign a paper saying that Ukraine will never be in NATO. Neither Washington nor Brussels will sign it, and Putin knows this very well,"
UN_BUC = "The minister also stressed that the decision of the Bucharest summit of 2008 „remains valid and will not be revised“."
L["unian-2022-01-27-kuleba-us-response"] = [
 ("Ukraine's Foreign Minister Dmytro Kuleba has said that Kyiv will never accept any deal in which its path to NATO is traded away for promises from the Kremlin.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Ukraine saw the text of the American answer before it was handed over to Moscow, and we have no objections to it,", "dmytro-kuleba", 1, "the minister", "", "", 1, D),
 (UN_BUC, "dmytro-kuleba", 1, "The minister", "rescind-bucharest-2008", "rejects", 0, D),
 ("remains valid and will not be revised", "dmytro-kuleba", 1, "The minister", "rescind-bucharest-2008", "rejects", 1, D),
 ("We are not nervous, and we are not going to give in to panic. Our task is to keep the diplomatic process going,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("We support every format of talks that leads to de-escalation and to the withdrawal of Russian troops from our borders,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("The Embassy of Ukraine in the United States said in a statement on Thursday that US military cooperation with Ukraine, including training missions and weapons deliveries, is a bilateral matter on which Russia has no right of veto.", "ukraine", 0, "The Embassy of Ukraine in the United States", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("We still expect a clear answer to our main demand: guarantees that the bloc will not expand further to the east,", "russia", 0, "the Russian Embassy in Washington", "nato-non-expansion", "supports", 1, D),
 (UN_HRY, "taras-hrynchuk", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (UN_HRY, "taras-hrynchuk", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("According to Hrynchuk, the most dangerous clause of the Russian drafts is the ban on any military cooperation of the West with Ukraine, Georgia and Moldova, which would turn these countries into „a grey zone“.", "taras-hrynchuk", 1, "Hrynchuk", "no-military-activity-ex-soviet", "mentions", 0, ""),
]

SP_VOL2 = "The West is asking Moscow to pull its troops back from Ukraine’s border, and Moscow is asking the West to pull NATO back to 1997. Each side is asking for exactly what the other will not give,"
SP_RAU = "Poland’s Foreign Minister Zbigniew Rau said on Wednesday that Washington had not given in to Moscow’s demand that the alliance withdraw its forces from the countries that joined after 1997, calling such a withdrawal “out of the question.”"
SP_LOM = "Keeping warships and bombers out of each other’s strike range is something that could actually be negotiated, unlike a ban on NATO enlargement,"
L["spiegel-2022-01-28-what-moscow-really-wants"] = [
 ("It is obvious that our main concerns were not taken into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("Moscow wants the allies to take back the Bucharest promise of 2008, which in practice has been dormant for years anyway,", "katharina-vollmer", 1, "Katharina Vollmer", "rescind-bucharest-2008", "mentions", 1, ""),
 (SP_VOL2, "katharina-vollmer", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 (SP_VOL2, "katharina-vollmer", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Any discussion about European security has to be held with the Europeans, not over our heads,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-24"),
 ("A senior EU official said the bloc had told Washington it would not accept any arrangement that froze NATO’s enlargement.", "european-union", 0, "A senior EU official", "nato-non-expansion", "rejects", 0, ""),
 ("We are ready for serious dialogue with Russia, including on the transparency of military exercises,", "annalena-baerbock", 1, "Annalena Baerbock", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("but we will not allow anyone to dictate to sovereign states which alliances they may join.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-27"),
 (SP_RAU, "zbigniew-rau", 1, "Zbigniew Rau", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (SP_RAU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The missile-defense site at Deveselu is purely defensive, and it will stay where it is,", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-25"),
 ("Lithuania’s defense minister, Arvydas Anušauskas, told DER SPIEGEL that NATO would not cancel or scale back a single exercise in the Baltic region to please Moscow.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, ""),
 ("Any moratorium on American intermediate-range missiles in Europe would be a reward for Russia’s violation of the INF Treaty,", "tomasz-wierzbowski", 1, "Tomasz Wierzbowski", "no-intermediate-range-missiles", "rejects", 1, ""),
 (SP_LOM, "yevgeny-lomakin", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (SP_LOM, "yevgeny-lomakin", 1, "he", "nato-non-expansion", "mentions", 1, ""),
]

write_gold(L, "articles-133", "gold-133")
