#!/usr/bin/env python3
"""Writes the held-out gold of batch 204 (gold-204/*.nq) from the labels below.

Batch 204 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- pap-2022-01-13-rau-osce-risk-of-war: PAP English wire (front matter, "13.01.2022 17:05"
  stamp, "(PAP)" sign-off and initials); Rau at the OSCE Permanent Council, Lukashevich,
  Carpenter, Przydacz (quoted on Wednesday), an OSW analyst; Founding Act words quoted
  from the document; a quotation interrupted by "Rau said"; indirect speech over two sentences.
- kyodo-2022-01-27-japan-backs-us-nato-replies: Kyodo News from Tokyo, no front matter
  ("KYODO NEWS - Jan 27, 2022 - 20:14 | World, All"), a [Photo] caption and "Related
  coverage" link lines; Matsuno, Kishida, Blinken (Wednesday), Lavrov/Peskov (Thursday),
  Russia's ambassador Galuzin, an anonymous official (speaker japan), a university analyst.
- aa-2022-01-25-cavusoglu-nato-open-door: Anadolu Agency from Ankara, UTF-8 BOM and CRLF,
  no front matter; standfirst, "Author |25.01.2022 - Update" byline, "- " crossheads, the
  AA subscription footer; Cavusoglu, Erdogan (Monday), Russian ambassador Yerkhov, Montreux
  and the Black Sea, a Bilkent lecturer.
- err-2022-01-20-kallas-1997-demand-baltics: ERR News (front matter, "News" kicker, photo
  credit line, crossheads, "Read more:" link, "Follow ERR News" and "Editor:" footer);
  Kallas's words given in the present tense and then dated to Wednesday evening; Laanet,
  Liimets, Mihkelson on social media, an ICDS analyst.
- swissinfo-2022-01-10-geneva-talks-no-breakthrough: swissinfo.ch (front matter,
  standfirst, "This content was published on" stamp, agency credit, caption, crossheads,
  "Also on swissinfo.ch" links); Ryabkov and Sherman after the Geneva talks, Cassis on
  Twitter the day before, a GCSP analyst; one-word scare quotes inside reported speech.
- thehindu-2022-02-01-india-abstains-unsc-ukraine: The Hindu (no front matter; "NEW DELHI,
  FEBRUARY 01, 2022 01:12 IST", Indian numbering "1,00,000", "Mr."/"Ms."/"Prof."/"Col."
  honorifics, "Also Read:" line); India's abstention at the UNSC on Monday 31 January,
  Tirumurti's call for de-escalation "of tensions" (not aimed at Russia: no demand),
  Thomas-Greenfield, Nebenzia, Bagchi (Thursday), two Indian analysts, 2014 background.
- hansard-lords-2022-01-27-russia-security-proposals: House of Lords oral question in
  Hansard style (front matter, "Volume 818: debated on Thursday 27 January 2022",
  "Asked by", speakers' labels with titles and party tags); the Minister (Lord Ahmad of
  Wimbledon) and invented peers; supplementaries phrased as questions but voicing stances;
  Baker-Gorbachev 1990 inside a peer's speech.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position; mentions when
the speaker only reports a demand, asks about it or offers to discuss it. A direct quotation
of six or more words about none of the demands gets one demand-less label (demand "",
stance ""); reported speech about no demand or about demands left unspecified gets none.
Background history, words quoted from documents, headlines, crossheads, standfirsts,
captions and link lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the
demand in their own words with a stance of their own, else "mentions".

Writer's decisions where the conventions leave room:
- A short scare-quote fragment (fewer than six words) inside a reported sentence is not a
  quotation of its own: the whole sentence is the reported-speech evidence (direct 0).
- Russia's in-passing label takes the evidence of the passage that contains it (the quote
  span or the reported sentence) and is direct 0; it is also given when a Russian official
  says "Moscow wants ..." and when narration attributes a demand to Moscow (draft treaties
  of 17 December are dated 2021-12-17).
- Hansard: peers are named by the title the House uses, since Hansard prints no forenames
  (lord-ahmad-of-wimbledon, baroness-penrose-of-kilmory, ...). Each paragraph of a peer's
  contribution is a direct quotation, including supplementaries that end in a question,
  labelled by the stance they voice; the formal "To ask Her Majesty's Government" question
  and the Lord Speaker (the chair) get no label.
- Words of a report whose day is given elsewhere in the article for the same interview
  (Kallas on "Esimene stuudio", Przydacz on RMF FM) take that day.
"""
import os

from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-13"
L["pap-2022-01-13-rau-osce-risk-of-war"] = [
 ("For several weeks, we have been faced with the prospect of a major military escalation in eastern Europe,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("The Polish minister said the chairmanship would be guided by the principles of the 1975 Helsinki Final Act and the 1990 Charter of Paris, including the right of every participating state to choose its own security arrangements, treaties of alliance included.", "zbigniew-rau", 1, "The Polish minister", "nato-open-door", "supports", 0, D),
 ("We cannot accept a Europe in which spheres of influence are drawn once again and in which the freedom of a sovereign nation to decide its future depends on the consent of its bigger neighbour,", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, D),
 ("He added that Poland was ready to use the OSCE as a forum for \"a renewed European security dialogue\", which in his view could cover arms control, confidence-building measures and greater transparency of military exercises.", "zbigniew-rau", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Moscow published two draft documents on December 17 - a treaty with the United States and an agreement with NATO member states - in which it demanded, among other things, legally binding guarantees that the alliance would not enlarge further eastwards and that NATO would withdraw forces and weapons deployed on the territory of states that joined it after May 1997, including Poland.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Moscow published two draft documents on December 17 - a treaty with the United States and an agreement with NATO member states - in which it demanded, among other things, legally binding guarantees that the alliance would not enlarge further eastwards and that NATO would withdraw forces and weapons deployed on the territory of states that joined it after May 1997, including Poland.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("Moscow published two draft documents on December 17 - a treaty with the United States and an agreement with NATO member states - in which it demanded, among other things, legally binding guarantees that the alliance would not enlarge further eastwards and that NATO would withdraw forces and weapons deployed on the territory of states that joined it after May 1997, including Poland.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures to restore the strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The Russian diplomat said Moscow needed guarantees that NATO would stop moving closer to Russia's borders and would not station offensive weapons systems in countries neighbouring Russia.", "alexander-lukashevich", 1, "The Russian diplomat", "nato-non-expansion", "supports", 0, D),
 ("The Russian diplomat said Moscow needed guarantees that NATO would stop moving closer to Russia's borders and would not station offensive weapons systems in countries neighbouring Russia.", "alexander-lukashevich", 1, "The Russian diplomat", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The Russian diplomat said Moscow needed guarantees that NATO would stop moving closer to Russia's borders and would not station offensive weapons systems in countries neighbouring Russia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The Russian diplomat said Moscow needed guarantees that NATO would stop moving closer to Russia's borders and would not station offensive weapons systems in countries neighbouring Russia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("This is a package, not a menu from which our partners can pick the dishes they like,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("The drumbeat of war is sounding loudly, and the rhetoric coming out of Moscow has become rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Carpenter said Washington would not negotiate anything concerning European security without the Europeans, and rejected the idea that Russia could decide which countries may join NATO.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("If Russia is serious about diplomacy, the first step is obvious: pull back the troops it has massed along Ukraine's border,", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Poland's Deputy Foreign Minister Marcin Przydacz said on Wednesday that Warsaw would never agree to become a \"second-category\" member of the alliance, referring to Moscow's call for NATO to pull its troops and infrastructure back to where they were before the alliance's first post-Cold War enlargement.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Poland's Deputy Foreign Minister Marcin Przydacz said on Wednesday that Warsaw would never agree to become a \"second-category\" member of the alliance, referring to Moscow's call for NATO to pull its troops and infrastructure back to where they were before the alliance's first post-Cold War enlargement.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Our membership in NATO is not up for negotiation, and neither is the presence of allied troops on the eastern flank,", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Katarzyna Pełczyńska-Wróbel, who heads the Russia programme at the Warsaw-based Centre for Eastern Studies (OSW), told PAP that the Russian demand concerning the 1997 line was aimed above all at Poland and the Baltic states.", "katarzyna-pelczynska-wrobel", 1, "Katarzyna Pełczyńska-Wróbel", "rollback-to-1997", "mentions", 0, ""),
 ("Katarzyna Pełczyńska-Wróbel, who heads the Russia programme at the Warsaw-based Centre for Eastern Studies (OSW), told PAP that the Russian demand concerning the 1997 line was aimed above all at Poland and the Baltic states.", "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
 ("Moscow knows perfectly well that no NATO government can accept this. The Kremlin is either setting the talks up to fail, or it is raising the stakes so that it can later present much smaller concessions as a victory,", "katarzyna-pelczynska-wrobel", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("What the West can realistically offer is arms control - missiles, exercises, transparency. That is not nothing, but it is not what Putin asked for,", "katarzyna-pelczynska-wrobel", 1, "Pełczyńska-Wróbel", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What the West can realistically offer is arms control - missiles, exercises, transparency. That is not nothing, but it is not what Putin asked for,", "katarzyna-pelczynska-wrobel", 1, "Pełczyńska-Wróbel", "limit-military-exercises", "mentions", 1, ""),
]

T, W = "2022-01-27", "2022-01-26"
BL = "U.S. Secretary of State Antony Blinken told reporters in Washington on Wednesday that the reply offered talks on reciprocal transparency measures concerning military exercises and on the deployment of offensive missiles in Europe, while making clear that the United States would not compromise on NATO's \"open door\" to new members."
LV = "In Moscow, Russian Foreign Minister Sergei Lavrov said Thursday the written response contained no positive answer to the main question, namely Russia's insistence that NATO stop expanding eastward and refrain from deploying strike weapons that could threaten Russian territory."
NI = "Akihiro Nishimura, a professor at Hokkaido University's Slavic-Eurasian Research Center, said Moscow's demand for a halt to NATO enlargement was aimed at Europe but that Japan had its own stake in how the standoff ends."
L["kyodo-2022-01-27-japan-backs-us-nato-replies"] = [
 ("Japan strongly hopes that the situation will be resolved through diplomatic means, and we will respond appropriately in cooperation with the international community,", "hirokazu-matsuno", 1, "Matsuno", "", "", 1, T),
 (BL, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, W),
 (BL, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 (BL, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, W),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, W),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, T),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, T),
 (LV, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (LV, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("There is always a prospect for continuing the dialogue, it is in our interests and in the interests of the Americans,", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("Prime Minister Fumio Kishida, answering questions at a House of Representatives Budget Committee session on Thursday, said Japan opposes any unilateral change to the status quo by force and stressed that every country has the right to choose its own security arrangements.", "fumio-kishida", 1, "Fumio Kishida", "nato-open-door", "supports", 0, T),
 ("The sovereignty and territorial integrity of Ukraine must be respected. This is not a problem of Europe alone,", "fumio-kishida", 1, "Kishida", "", "", 1, T),
 ("Russia's draft treaty with the United States, published Dec. 17, would bar both sides from deploying ground-launched intermediate- and shorter-range missiles in areas from which they could strike the other's territory.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Russian Ambassador to Japan Mikhail Galuzin said in an interview with Kyodo News on Wednesday that the proposal covered \"the whole of Eurasia\" and that Moscow was closely watching U.S. plans to station new missile systems in the Asia-Pacific region.", "mikhail-galuzin", 1, "Mikhail Galuzin", "no-intermediate-range-missiles", "supports", 0, W),
 ("If American intermediate-range missiles appear in Japan, this will directly affect the security of Russia, and we will be obliged to respond,", "mikhail-galuzin", 1, "the ambassador", "no-intermediate-range-missiles", "supports", 1, W),
 ("Japan, which hosts about 55,000 U.S. troops, has said it has no concrete plan to accept such missiles on its soil.", "japan", 0, "Japan", "no-intermediate-range-missiles", "mentions", 0, ""),
 (NI, "akihiro-nishimura", 1, "Akihiro Nishimura", "nato-non-expansion", "mentions", 0, ""),
 (NI, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("If Russia is rewarded for using military pressure to redraw the security map of Europe, Beijing will draw its own conclusions about Taiwan. That is why Tokyo cannot stay neutral,", "akihiro-nishimura", 1, "Nishimura", "", "", 1, ""),
 ("Any unilateral change to the status quo by force cannot be tolerated, wherever it takes place,", "japan", 0, "a senior Japanese government official", "", "", 1, ""),
]

A, M = "2022-01-25", "2022-01-24"
YE = "Russia's ambassador to Ankara, Alexei Yerkhov, said in a written statement to Anadolu Agency on Monday that warships and aircraft of non-regional NATO countries operating near Russia's Black Sea coast posed a direct threat, and that Moscow wanted binding commitments that would keep them out of range of Russian territory."
RU = "Moscow has demanded that Ukraine never be admitted to NATO and that the alliance scale back its military deployments in Eastern Europe, and says it expects written answers from Washington and Brussels this week."
AY = "Russia's demand to keep allied warships away from its coasts goes straight to the Black Sea, and that makes Turkey, as the guardian of the Straits, a key actor whether it likes it or not,"
L["aa-2022-01-25-cavusoglu-nato-open-door"] = [
 ("Turkey supports NATO's open-door policy but believes Russia's security concerns should be addressed through dialogue, the Turkish foreign minister said on Tuesday.", "mevlut-cavusoglu", 1, "the Turkish foreign minister", "nato-open-door", "supports", 0, A),
 ("As a NATO ally, we support the open-door policy of the alliance. Decisions on membership are taken by the allies and the candidate countries, not by third parties,", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "nato-open-door", "supports", 1, A),
 ("At the same time, we believe that the concerns of all sides, including Russia, should be discussed around the table, not on the battlefield,", "mevlut-cavusoglu", 1, "he", "", "", 1, A),
 ("Cavusoglu said a withdrawal of the troops massed near Ukraine's border would be \"an important confidence-building step\" and would open the way for meaningful negotiations.", "mevlut-cavusoglu", 1, "Cavusoglu", "russia-de-escalation", "supports", 0, A),
 ("We do not want a war in our region. We hope that Mr. Putin and Mr. Zelensky will come together in Turkey and solve this problem through dialogue,", "recep-tayyip-erdogan", 1, "Erdogan", "", "", 1, M),
 ("Turkey, as a NATO member, will of course do what is necessary, but we will also keep all channels open with both of our friends,", "recep-tayyip-erdogan", 1, "he", "", "", 1, M),
 (RU, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (RU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (YE, "alexei-yerkhov", 1, "Alexei Yerkhov", "no-warships-aircraft-in-strike-range", "supports", 0, M),
 (YE, "alexei-yerkhov", 1, "Alexei Yerkhov", "written-legal-guarantees", "supports", 0, M),
 (YE, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (YE, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We are not threatening anyone. The Russian troops are on Russian territory, and we will not take orders from anyone about where to deploy them,", "alexei-yerkhov", 1, "Yerkhov", "russia-de-escalation", "rejects", 1, M),
 ("The Black Sea has seen increased activity by NATO warships in recent months, including US and British destroyers, which Moscow has described as provocative.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Ankara wants to be the place where the deal is made, not the battlefield where it fails,", "kerem-oktay-aydin", 1, "Aydin", "", "", 1, ""),
 (AY, "kerem-oktay-aydin", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (AY, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
]

K, E = "2022-01-19", "2022-01-20"
KA = "Prime Minister Kaja Kallas (Reform) says Russia's demand that NATO withdraw its forces from the member states which joined the alliance after 1997 is unacceptable to Estonia, and that the allies have made it clear Moscow's proposals cannot be accepted as they stand."
KU = "Ukraine has the right to decide for itself which alliances it wants to be part of. Nobody else, least of all Russia, can decide that for Ukraine,"
KB = "She added that she did not expect Ukraine to join NATO any time soon, but that the principle itself could not be traded away in talks with Moscow."
LA = "Russia is demanding that NATO pull back from our region. The answer to that has to be the opposite - more allied presence, not less,"
MI = "Marko Mihkelson (Reform), chair of the Riigikogu's foreign affairs committee, wrote on social media that the Kremlin's insistence on written, legally binding guarantees showed that it \"wants a new Yalta.\""
KS = "Moscow's real target is not Ukraine's membership, which nobody is offering, but the allied presence in the Baltics and Poland. The 1997 clause is the heart of the whole package,"
KS2 = "If there is a deal on missiles or on notifying large exercises, we should not panic. Transparency has always worked in our favor, because we are the ones who have nothing to hide,"
L["err-2022-01-20-kallas-1997-demand-baltics"] = [
 (KA, "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, K),
 (KA, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There are no first- and second-class allies in NATO. If the allied battlegroup were to leave Tapa, it would mean leaving Estonia defenseless, and that is simply not on the table,", "kaja-kallas", 1, "Kallas", "rollback-to-1997", "rejects", 1, K),
 (KU, "kaja-kallas", 1, "Kallas", "nato-open-door", "supports", 1, K),
 (KU, "kaja-kallas", 1, "Kallas", "no-ukraine-membership", "rejects", 1, K),
 (KB, "kaja-kallas", 1, "She", "nato-open-door", "supports", 0, K),
 (KB, "kaja-kallas", 1, "She", "no-ukraine-membership", "rejects", 0, K),
 (LA, "kalle-laanet", 1, "Laanet", "rollback-to-1997", "rejects", 1, E),
 (LA, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We support the talks, and we support discussing arms control and the transparency of exercises, where there is room for reciprocity. What we cannot discuss are the fundamental principles,", "eva-maria-liimets", 1, "Liimets", "limit-military-exercises", "mentions", 1, ""),
 (MI, "marko-mihkelson", 1, "Marko Mihkelson", "written-legal-guarantees", "rejects", 0, ""),
 (MI, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (KS, "liisa-kurvits-saar", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (KS, "liisa-kurvits-saar", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (KS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (KS2, "liisa-kurvits-saar", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (KS2, "liisa-kurvits-saar", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("The NATO-Russia Founding Act, which Moscow cites as the cut-off point, was signed in Paris in May 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

G = "2022-01-10"
SM = "She said Washington was open to discussing future deployments of missiles in Europe and limits on the size and scope of military exercises, provided Russia was ready to make reciprocal commitments."
AE = "The Russians are asking for a rewrite of the European security order - an end to enlargement and a return to 1997 positions. Nobody in Washington can sign that, but there is a deal to be had on missiles and exercises,"
L["swissinfo-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("It is absolutely essential for us that Ukraine never - never, ever - becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, G),
 ("He said Russia needed \"ironclad, bulletproof\" guarantees written into a legally binding document rather than assurances, because it no longer trusted the West's word.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, G),
 ("Not assurances, not safeguards, but guarantees. We have been given promises before, and we know what they were worth,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, G),
 ("Asked whether Russian forces would be pulled back from the border, he said Moscow would move troops on its own territory as it saw fit and would not accept instructions on the matter from anyone.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, G),
 ("Sherman told a telephone briefing that the US delegation had been firm in pushing back on security proposals that were simply \"non-starters\" for Washington, including any ban on the further enlargement of NATO.", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 0, G),
 ("We will not allow anyone to slam shut NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, G),
 ("We will not give up bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, G),
 (SM, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, G),
 (SM, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, G),
 ("She also said it would be hard to make real progress as long as Russian troops remained massed along Ukraine's border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, G),
 ("Russia can demonstrate that it is serious about diplomacy by de-escalating and returning its troops to their barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, G),
 ("Switzerland is pleased to offer its good offices, and Geneva is once again the place where dialogue happens,", "ignazio-cassis", 1, "Cassis", "", "", 1, "2022-01-09"),
 ("Both delegations came to Geneva to state their positions, not to bargain. The real test comes on Wednesday in Brussels and on Thursday in Vienna,", "delphine-aebischer", 1, "she", "", "", 1, ""),
 (AE, "delphine-aebischer", 1, "Aebischer", "nato-non-expansion", "mentions", 1, ""),
 (AE, "delphine-aebischer", 1, "Aebischer", "rollback-to-1997", "mentions", 1, ""),
 (AE, "delphine-aebischer", 1, "Aebischer", "no-intermediate-range-missiles", "mentions", 1, ""),
 (AE, "delphine-aebischer", 1, "Aebischer", "limit-military-exercises", "mentions", 1, ""),
 (AE, "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 (AE, "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
]

U = "2022-01-31"
DT = "Nor has it commented on the draft treaties Russia published on December 17, which seek a ban on Ukraine's entry into NATO and a rollback of the alliance's deployments in Eastern Europe."
NB = "He said the root cause of the crisis was NATO's steady expansion towards Russia's borders, which Moscow wanted halted through legally binding guarantees."
MH = "New Delhi sees merit in some of Russia's arguments about NATO expansion, but it cannot say so openly at a time when it needs Washington on China. Abstention is the only vote that offends nobody too much,"
SO = "The Russians are asking for a written promise that Ukraine will stay out of NATO forever. Washington cannot give that in writing, and Moscow knows it,"
L["thehindu-2022-02-01-india-abstains-unsc-ukraine"] = [
 ("India's interest is in finding a solution that can result in immediate de-escalation of tensions, taking into account the legitimate security interests of all countries and aimed at securing long-term peace and stability in the region and beyond,", "t-s-tirumurti", 1, "Mr. Tirumurti", "", "", 1, U),
 ("Quiet and constructive diplomacy is the need of the hour. Any step which increases tension is best avoided by all sides in the larger interest of securing international peace and security,", "t-s-tirumurti", 1, "he", "", "", 1, U),
 (DT, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DT, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We have called on Russia to step back from the border and choose the path of diplomacy. If Russia is not planning an invasion, it has nothing to lose by pulling its forces back,", "linda-thomas-greenfield", 1, "Ms. Thomas-Greenfield", "russia-de-escalation", "supports", 1, U),
 ("Russia's Permanent Representative Vassily Nebenzia accused Washington of \"megaphone diplomacy\" and said the movement of Russian troops within Russian territory was nobody else's business.", "vassily-nebenzia", 1, "Vassily Nebenzia", "russia-de-escalation", "rejects", 0, U),
 ("Our Western colleagues are talking about the need for de-escalation, but first of all they themselves need to stop pumping Ukraine full of weapons,", "vassily-nebenzia", 1, "Mr. Nebenzia", "russia-de-escalation", "rejects", 1, U),
 (NB, "vassily-nebenzia", 1, "He", "nato-non-expansion", "supports", 0, U),
 (NB, "vassily-nebenzia", 1, "He", "written-legal-guarantees", "supports", 0, U),
 (NB, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (NB, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We are following developments relating to Ukraine, including ongoing high-level security talks between Russia and the U.S. We favour a peaceful resolution of the situation through sustained diplomatic efforts for long-term peace and stability in the region and beyond,", "arindam-bagchi", 1, "Mr. Bagchi", "", "", 1, "2022-01-27"),
 (MH, "nandini-mehrotra", 1, "Prof. Mehrotra", "nato-non-expansion", "mentions", 1, ""),
 (MH, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (SO, "rajiv-sodhi", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (SO, "rajiv-sodhi", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (SO, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 (SO, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 ("For India, the real worry is a Russia that is pushed even closer to China. Any settlement that avoids that is good for us,", "rajiv-sodhi", 1, "Col. Sodhi", "", "", 1, ""),
]

H = "2022-01-27"
AH = "lord-ahmad-of-wimbledon"
AN = "Lord Ahmad of Wimbledon"
P1 = "My Lords, the United States and NATO delivered their written responses to Russia yesterday."
HA = "My Lords, I thank my noble friend for that Answer. Does he agree that the Kremlin's demand"
P2 = "My Lords, I agree with my noble friend. The proposal to roll back NATO's presence"
TR = "My Lords, we on these Benches fully support the Government's position"
P3 = "My Lords, the noble Lord will appreciate that I cannot go into the detail"
PE = "My Lords, is it not the case that the Kremlin has wanted a veto over Ukraine's future"
P4 = "The noble Baroness is right. NATO's open door is a founding principle of the alliance"
DA = "My Lords, may I offer a less fashionable view?"
P5 = "My Lords, I respect the noble Lord's long experience, but I must disagree with him."
FE = "My Lords, Moscow has also demanded that NATO conduct no military activity whatever"
P6 = "I do agree. Operation Orbital has trained more than 22,000 Ukrainian personnel"


def para(doc, start):
    """The whole paragraph of the transcript that begins with start."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "articles-204", doc + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    assert text.count(start) == 1, start
    i = text.index(start)
    return text[i:text.index("\n", i)]


HD = "hansard-lords-2022-01-27-russia-security-proposals"
p = {k: para(HD, v) for k, v in dict(P1=P1, HA=HA, P2=P2, TR=TR, P3=P3, PE=PE, P4=P4, DA=DA, P5=P5, FE=FE, P6=P6).items()}
L[HD] = [
 (p["P1"], AH, 1, AN, "nato-open-door", "supports", 1, H),
 (p["HA"], "lord-hartwell-of-ashby", 1, "Lord Hartwell of Ashby", "rollback-to-1997", "rejects", 1, H),
 (p["HA"], "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (p["P2"], AH, 1, AN, "rollback-to-1997", "rejects", 1, H),
 (p["TR"], "lord-tremayne-of-hoxton", 1, "Lord Tremayne of Hoxton", "no-intermediate-range-missiles", "supports", 1, H),
 (p["TR"], "lord-tremayne-of-hoxton", 1, "Lord Tremayne of Hoxton", "limit-military-exercises", "supports", 1, H),
 (p["P3"], AH, 1, AN, "limit-military-exercises", "mentions", 1, H),
 (p["P3"], AH, 1, AN, "no-intermediate-range-missiles", "mentions", 1, H),
 (p["P3"], AH, 1, AN, "russia-de-escalation", "supports", 1, H),
 (p["PE"], "baroness-penrose-of-kilmory", 1, "Baroness Penrose of Kilmory", "no-ukraine-membership", "rejects", 1, H),
 (p["PE"], "baroness-penrose-of-kilmory", 1, "Baroness Penrose of Kilmory", "nato-open-door", "supports", 1, H),
 (p["PE"], "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (p["P4"], AH, 1, AN, "nato-open-door", "supports", 1, H),
 (p["P4"], AH, 1, AN, "no-ukraine-membership", "rejects", 1, H),
 (p["DA"], "lord-davenant", 1, "Lord Davenant", "nato-non-expansion", "supports", 1, H),
 (p["DA"], "lord-davenant", 1, "Lord Davenant", "russia-de-escalation", "supports", 1, H),
 (p["P5"], AH, 1, AN, "nato-non-expansion", "rejects", 1, H),
 (p["P5"], AH, 1, AN, "written-legal-guarantees", "mentions", 1, H),
 (p["P5"], "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (p["P5"], "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (p["FE"], "lord-fenwick-of-alnmouth", 1, "Lord Fenwick of Alnmouth", "no-military-activity-ex-soviet", "rejects", 1, H),
 (p["FE"], "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (p["P6"], AH, 1, AN, "no-military-activity-ex-soviet", "rejects", 1, H),
]

write_gold(L, "articles-204", "gold-204")
