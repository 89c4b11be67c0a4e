#!/usr/bin/env python3
"""Writes the fifty-third held-out gold (gold-53/*.nq) from the labels below.

Batch 53 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its seven invented articles come from outlets and forms the earlier batches
hardly used, mostly Asian and Turkic-world media:

- fmprc-2022-01-27-wang-wenbin-presser: a Chinese MFA regular press
  conference transcript (front matter; journalists' questions labelled by
  outlet, answers by "Wang Wenbin:", multi-paragraph answers, off-topic
  Olympics questions, an embedded "open door" in scare quotes);
- mea-2022-02-03-weekly-briefing: an Indian MEA weekly briefing transcript
  (no front matter, UTF-8 BOM, CRLF line ends, long speaker labels
  "Official Spokesperson, Shri Arindam Bagchi:", mostly non-committal
  answers and mere mentions);
- scmp-2022-01-27-wang-yi-blinken-ukraine: South China Morning Post news
  story (front matter, curly quotes, standfirst bullets, a crosshead, a
  quotation split by "Shen said", indirect speech by "He" over sentences,
  "despite Moscow's demands that ..." in passing, Bucharest background);
- trtworld-2022-01-26-live-written-replies: TRT World live blog (no front
  matter, straight quotes, timestamped entries in reverse order, a split
  quotation whose first half is too short to label, Lavrov recalling Baker
  1990, "rejecting Russia's call ..." in passing, a draft-treaty paraphrase);
- nikkei-2022-01-14-asia-watches-osce: Nikkei Asia analysis of the OSCE
  meeting with invented Japanese and Korean analysts (front matter, curly
  quotes, a speaker named by role, "In his view" indirect speech, Helsinki
  1975 background);
- trend-2022-01-10-ryabkov-sherman-geneva: Trend News Agency (Baku)
  machine-translated wire copy (no front matter, « » and „ “ quotes,
  "the diplomat", "the Russian deputy minister", a history statement by
  Ryabkov, a closing paraphrase of the draft treaties);
- diplomat-2022-01-20-temirkhanova-central-asia: The Diplomat Q&A with an
  invented Almaty analyst (front matter, "The Diplomat:" questions and
  "Temirkhanova:" answers, multi-paragraph answers, interview held on
  Tuesday, a history paragraph about Bucharest that gets no demand).

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
  russia, not a person, direct 0), undated when no day is given;
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
import os

from goldlib import write_gold

os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold-53"), exist_ok=True)

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

WW = "China's position on this issue is consistent and clear. The security of one country should not come at the expense of the security of others, and regional security should not be guaranteed by strengthening or even expanding military blocs. NATO should stop moving eastward, and Russia's legitimate security concerns should be taken seriously and addressed."
WW_OPEN = "Sovereign equality is a basic norm governing international relations, and China respects the sovereignty, independence and territorial integrity of all countries. At the same time, the so-called \"open door\" must not become a licence for one military bloc to keep expanding eastward to the doorstep of another major country. That is a lesson Europe should draw from its own history."
WW_LEGAL = "Russia has put forward its demand for legally binding security guarantees, and the US and NATO have given their replies. This is a matter for Russia, the US and NATO to work out among themselves, and we hope they will take each other's concerns into account through consultation."
L["fmprc-2022-01-27-wang-wenbin-presser"] = [
 ("So far, more than 30 heads of state, heads of government, members of royal families and heads of international organizations have confirmed that they will attend the opening ceremony or related events. China is ready to work with all sides to present a simple, safe and splendid Games to the world, and we welcome friends from every country to come together for the Olympic spirit.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-27"),
 ("We have noted the relevant reports. " + WW, "wang-wenbin", 1, "Wang Wenbin", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("We hope all parties concerned will stay calm and exercise restraint, and will sit down and resolve their differences through dialogue and consultation without setting preconditions for each other. Pressure, threats and sanctions cannot solve the problem.", "wang-wenbin", 1, "Wang Wenbin", "no-preconditions", "supports", 1, "2022-01-27"),
 (WW_OPEN, "wang-wenbin", 1, "Wang Wenbin", "nato-open-door", "rejects", 1, "2022-01-27"),
 (WW_OPEN, "wang-wenbin", 1, "Wang Wenbin", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The new Minsk agreement is the fundamental political document for resolving the Ukraine issue, and it has been endorsed by the UN Security Council. All parties should return to its implementation.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-27"),
 ("The US withdrew from the INF Treaty in 2019 and has since been pressing ahead with plans to deploy land-based intermediate-range missiles abroad. China firmly opposes the deployment of US land-based intermediate-range missiles in the Asia-Pacific, and we believe that the same concern about such missiles is equally legitimate in Europe. We urge the US to refrain from deploying such missiles anywhere near the territory of other countries. China's position on trilateral arms control negotiations has not changed.", "wang-wenbin", 1, "Wang Wenbin", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 ("Demanding that Russia withdraw troops from its own territory while sending more soldiers and weapons to Eastern Europe is a typical double standard. Russia has the right to arrange its forces on its own soil as it sees fit.", "wang-wenbin", 1, "Wang Wenbin", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("We urge the US side to abandon the Cold War mentality, stop hyping up the so-called threat of war and do more things that are conducive to peace and stability, instead of the opposite.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-27"),
 (WW_LEGAL, "wang-wenbin", 1, "Wang Wenbin", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 (WW_LEGAL, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("China is not a party to these talks, but China will continue to play a constructive role in promoting peace and stability in Europe.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-27"),
 ("I have answered this question many times. The Olympic Games are a grand gathering for athletes and sports lovers all over the world, and the success of the Beijing Winter Olympics does not depend on the attendance of a few politicians.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-27"),
]

AB = ("arindam-bagchi", 1, "Arindam Bagchi")
AB_MENTION = "I would not like to get into the specific proposals on the table, whether it is the call for a pullback of troops from near Ukraine's borders or the question of Ukraine's future membership of NATO. These are matters for the parties concerned, and they are discussing them directly in various formats, bilaterally and in Geneva, Brussels and Vienna."
L["mea-2022-02-03-weekly-briefing"] = [
 ("Good afternoon friends. Thank you for joining us at this weekly briefing. I have a couple of announcements before I take your questions, but let me start with the questions since I know many of you have been waiting on a number of issues.",) + AB + ("", "", 1, "2022-02-03"),
 ("Our position was clearly articulated by our Permanent Representative in New York on Monday. India's interest is in finding a solution through peaceful means, one that takes into account the legitimate security interests of all countries and is aimed at securing long-term peace and stability in the region and beyond.",) + AB + ("", "", 1, "2022-02-03"),
 ("We believe that quiet and constructive diplomacy is the need of the hour, and that steps which increase tensions should be avoided by all sides in the larger interest of international peace and security.",) + AB + ("", "", 1, "2022-02-03"),
 (AB_MENTION,) + AB + ("russia-de-escalation", "mentions", 1, "2022-02-03"),
 (AB_MENTION,) + AB + ("no-ukraine-membership", "mentions", 1, "2022-02-03"),
 ("Whether the talks proceed with or without preconditions is for the parties to decide. We have consistently called for dialogue and diplomacy and we have been in touch with all sides.",) + AB + ("no-preconditions", "mentions", 1, "2022-02-03"),
 ("Our Embassy in Kyiv is closely monitoring the situation and is in touch with the Indian community, including students in different cities. The well-being of Indian nationals, including students, is our priority. We will issue advisories as and when required.",) + AB + ("", "", 1, "2022-02-03"),
 ("It is indeed regrettable that the Chinese side has chosen to politicize an event like the Olympics. I would like to inform you that the Charge d'Affaires of the Embassy of India in Beijing will not attend the opening or closing ceremony of the Beijing 2022 Winter Olympics.",) + AB + ("", "", 1, "2022-02-03"),
 ("EAM and Secretary Blinken discussed a range of regional and global issues, including the situation in Ukraine. I do not have anything more to share on the details of that conversation.",) + AB + ("", "", 1, "2022-02-03"),
 ("Thank you all for joining. Have a good evening.",) + AB + ("", "", 1, "2022-02-03"),
]

SHEN1 = "Beijing sees in Moscow's demand that Nato stop at its present borders a mirror of its own complaints about American alliances in Asia,"
SHEN2 = "But it has not endorsed any demand that tells Ukraine whom it may or may not ally with, because Moscow's insistence that Kyiv never join Nato sits awkwardly with what Beijing says about sovereignty."
BL_ARMS = "Blinken also said Washington would keep delivering defensive weapons to Ukraine despite Moscow's demands that the West stop arming and training the Ukrainian military."
BL_DOC = "He said the document set out areas where the two sides could make progress, including reciprocal limits on the deployment of ground-launched missiles in Europe and greater transparency over military exercises."
LAV = "The main question is our clear position on the inadmissibility of further Nato expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation,"
KUL = "It is important for us that there is nothing in this document that compromises Ukraine's interests or our right to choose our own alliances,"
L["scmp-2022-01-27-wang-yi-blinken-ukraine"] = [
 ("In a phone call with US Secretary of State Antony Blinken on Thursday, Wang Yi said the security of one country could not come at the expense of the security of others and that regional security could not be guaranteed by strengthening or even expanding military blocs, according to a Chinese foreign ministry statement.", "wang-yi", 1, "Wang Yi", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("de-escalation and diplomacy are the responsible way forward", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of every state to choose its own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (BL_DOC, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (BL_DOC, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (BL_ARMS, "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 (BL_ARMS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (LAV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LAV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (SHEN1, "shen-yiran", 1, "Shen Yiran", "nato-non-expansion", "mentions", 1, ""),
 (SHEN1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("China will speak up for Russia's security concerns,", "shen-yiran", 1, "Shen", "", "", 1, ""),
 (SHEN2, "shen-yiran", 1, "Shen", "no-ukraine-membership", "mentions", 1, ""),
 (SHEN2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("According to Shen, Washington will keep repeating that Nato's door stays open to any European country that meets its criteria, and no phone call from Beijing will change that.", "shen-yiran", 1, "Shen", "nato-open-door", "mentions", 0, ""),
 ("Beijing does not want a war in Europe two weeks before the Winter Olympics open,", "lin-haoran", 1, "Lin", "", "", 1, ""),
 ("Its priority is stability and a successful Games, not Russia's wish list.", "lin-haoran", 1, "Lin", "", "", 1, ""),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
]

ST_SIGN = "NATO will not sign any legally binding document that takes away the right of nations to choose their own path,"
ST_1997 = "Stoltenberg said the alliance would not pull back the battlegroups it has deployed to the Baltic states and Poland, rejecting Russia's call for NATO to return to its 1997 posture."
BL_TRT = "Blinken said the response proposed reciprocal transparency measures on force posture in Ukraine, confidence-building steps on military exercises and manoeuvres in Europe, and arms control talks covering missiles in Europe."
D = "2022-01-26"
L["trtworld-2022-01-26-live-written-replies"] = [
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (ST_SIGN, "jens-stoltenberg", 1, "he", "written-legal-guarantees", "rejects", 1, D),
 (ST_SIGN, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (ST_1997, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 (ST_1997, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("He also proposed that NATO and Russia reopen their offices in Brussels and Moscow and re-establish military-to-military communication channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("The document gives Moscow a genuine choice between diplomacy and confrontation,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (BL_TRT, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (BL_TRT, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We're prepared to restore regular channels between our militaries so that an incident at sea or in the air does not turn into something far worse,", "antony-blinken", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("Under the draft treaty Russia proposed to the United States, American warships and heavy bombers would be barred from areas from which they could strike Russian territory.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Lithuania will decide which weapons are deployed on its soil, and nobody in Moscow will have a say in that.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Russian Deputy Foreign Minister Alexander Grushko told the Izvestia newspaper on Wednesday that Moscow saw little value in the alliance's offer to restore communication channels.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("We are not interested in restoring military contacts with NATO for the sake of contacts, as if nothing had happened,", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, D),
 ("He said NATO must still withdraw the forces and weapons it had moved into the countries that joined the alliance after 1997.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("we will respond with military-technical measures.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("We were deceived once, and we will not settle for verbal assurances again; this time the guarantees must be on paper and legally binding,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("NATO's door is open, and whether a country joins is the decision of that country and of the allies, nobody else,", "mevlut-cavusoglu", 1, "Cavusoglu", "nato-open-door", "supports", 1, D),
 ("We would be happy to host a meeting between Mr Putin and Mr Zelensky in our country.", "recep-tayyip-erdogan", 1, "Recep Tayyip Erdogan", "", "", 1, D),
 ("Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Russia would not respond to Western calls to pull back its forces.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("The movement of our troops on our own territory is our internal affair and cannot be the subject of anyone's demands,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("No one will ever make Ukraine give up its course towards membership of the alliance,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-25"),
]

RY_VIEW = "In his view, Washington and its allies remained unwilling to address Russia's key demands: an end to NATO's eastward expansion and a ban on deploying strike weapons near Russia's borders."
ISH_SHIPS = "Moscow's request that American warships and bombers stay out of striking range of Russia would, applied to the Pacific, push the Seventh Fleet out of the Sea of Japan,"
ISH_BUCH = "According to Ishizaki, Moscow also wants the allies to disown the promise of eventual membership that NATO gave Ukraine and Georgia at its 2008 Bucharest summit, which she said was the clearest sign that the Kremlin was seeking to reopen the post-Cold War settlement as a whole."
V = "2022-01-13"
L["nikkei-2022-01-14-asia-watches-osce"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, V),
 ("NATO's exercises on allied territory are not a subject for bargaining with a country that has just held snap drills involving 100,000 troops,", "zbigniew-rau", 1, "the Polish minister", "limit-military-exercises", "rejects", 1, V),
 ("We need legally binding guarantees, not promises that can be forgotten the next day,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, V),
 ("He also called on NATO to scale back large exercises near Russia's borders and to agree on a minimum distance between such drills and the line of contact.", "alexander-lukashevich", 1, "He", "limit-military-exercises", "supports", 0, V),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, V),
 ("Carpenter said Russia had to pull back the forces it had massed around Ukraine if it wanted diplomacy to have a chance.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, V),
 (RY_VIEW, "sergei-ryabkov", 1, "his", "nato-non-expansion", "supports", 0, V),
 (RY_VIEW, "sergei-ryabkov", 1, "his", "no-strike-weapons-near-borders", "supports", 0, V),
 ("We strongly hope that Russia will reduce tensions by withdrawing the troops it has massed near the Ukrainian border,", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "russia-de-escalation", "supports", 1, "2022-01-14"),
 ("A missile moratorium that leaves Russia's own SSC-8s in place is a non-starter, and Tokyo would say so loudly if anyone tried to extend it to Asia,", "tomoko-ishizaki", 1, "Tomoko Ishizaki", "no-intermediate-range-missiles", "rejects", 1, ""),
 (ISH_SHIPS, "tomoko-ishizaki", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (ISH_SHIPS, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (ISH_BUCH, "tomoko-ishizaki", 1, "Ishizaki", "rescind-bucharest-2008", "mentions", 0, ""),
 (ISH_BUCH, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The principle that neighbors' alliances are their own business is exactly what Japan needs to defend in Asia, so Tokyo cannot be neutral on this,", "tomoko-ishizaki", 1, "Ishizaki", "nato-open-door", "supports", 1, ""),
 ("If Washington ever agreed to pull its forces back to where they stood in 1997, every American ally in Asia would start asking whether its own garrison was next,", "park-ji-hoon", 1, "Park Ji-hoon", "rollback-to-1997", "mentions", 1, ""),
 ("The Europeans are negotiating about Europe, but the precedents they set will travel,", "park-ji-hoon", 1, "Park", "", "", 1, ""),
]

G = "2022-01-10"
RY_MIS = "The diplomat said the question of the medium and shorter range missiles and the question of the military exercises were discussed in detail, but for Moscow they are „not the main thing“."
SH_NE = "Sherman has also dismissed as a non-starter Moscow's demand for a guarantee that NATO would not expand further to the east."
SH_OPEN = "According to Sherman, the US is open to discussing the future deployment of certain missile systems in Europe and also the reciprocal limits on the size and scope of the military exercises."
SH_GUN = "It is difficult to speak about progress at the point of a gun. Russia must return its troops to the barracks first, then we can talk seriously,"
TR_DRAFT = "Russia proposed, among other things, that NATO refuses the further expansion, including the accession of Ukraine, and does not deploy strike weapons near the Russian borders."
L["trend-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia Deputy Minister of Foreign Affairs Sergey Ryabkov has declared after the talks with the American delegation in Geneva that for Moscow it is absolutely obligatory that Ukraine never, never, ever becomes the member of NATO, Trend reports with reference to RIA Novosti.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, G),
 ("We need iron, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, G),
 ("Ryabkov also insisted that the American warships and strategic bombers must not be present in the areas from where they can strike on the Russian territory.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, G),
 ("The formula of Bucharest of 2008, that Ukraine and Georgia will become members of NATO, must be disavowed, it must go to the past,", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 1, G),
 (RY_MIS, "sergei-ryabkov", 1, "The diplomat", "no-intermediate-range-missiles", "mentions", 0, G),
 (RY_MIS, "sergei-ryabkov", 1, "The diplomat", "limit-military-exercises", "mentions", 0, G),
 ("Also, according to Ryabkov, the restoration of the channels of military contacts between Russia and the US was touched upon, but there are «no concrete agreements».", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, G),
 ("He rejected the calls to withdraw the troops from the Ukrainian border, having stated that Russia moves its forces «on its own territory» and does not threaten anybody.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, G),
 ("We do not see the reason for optimism yet, but we also do not close the door, the work will continue,", "sergei-ryabkov", 1, "the Russian deputy minister", "", "", 1, G),
 ("We will not allow anybody to slam shut the open-door policy of NATO, which was always central for the Alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, G),
 ("We will not refuse the bilateral cooperation with sovereign states which wish to work with the United States,", "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, G),
 (SH_NE, "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 0, G),
 (SH_NE, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (SH_OPEN, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, G),
 (SH_OPEN, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, G),
 (SH_GUN, "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, G),
 (SH_GUN, "wendy-sherman", 1, "Sherman", "no-preconditions", "rejects", 1, G),
 ("Azerbaijan supports the settlement of all the disagreements exclusively by peaceful means and through dialogue,", "leyla-abdullayeva", 1, "Abdullayeva", "", "", 1, G),
 (TR_DRAFT, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (TR_DRAFT, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (TR_DRAFT, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
]

AT = ("aliya-temirkhanova", 1, "Temirkhanova")
T = "2022-01-18"
AT_SPHERE = "Moscow is asking Washington to give up any military presence and any military cooperation in the former Soviet states that are not in NATO, and that includes Kazakhstan, Uzbekistan and the rest of Central Asia. From Astana or Tashkent, that reads as a request to recognize a sphere of influence over their heads."
AT_LEGAL = "Moscow wants everything in a treaty, legally binding and ratified, because it says the verbal assurances of the 1990s turned out to be worthless. I understand the logic, but I cannot see the U.S. Senate ratifying a text like this."
AT_STRIKE = "Russia also wants no strike weapons deployed in the states that border it, and on paper that covers Central Asia too, even though nobody is proposing to put American missiles in the steppe."
L["diplomat-2022-01-20-temirkhanova-central-asia"] = [
 (AT_SPHERE,) + AT + ("no-military-activity-ex-soviet", "mentions", 1, T),
 (AT_SPHERE, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Nobody in the region has asked Washington for anything of the kind. But governments here are careful: they do not want to be seen choosing sides in a quarrel between great powers.",) + AT + ("", "", 1, T),
 ("The CSTO deployment was requested by President Tokayev and it was short; the troops left within two weeks. But it reminded everyone in the region how quickly Moscow can move forces when it wants to.",) + AT + ("", "", 1, T),
 ("Kazakhstan should be free to keep its peacekeeping cooperation with NATO partners, Steppe Eagle included, without asking anybody's permission. That is what a multi-vector foreign policy means.",) + AT + ("no-military-activity-ex-soviet", "rejects", 1, T),
 ("In April 2008 in Bucharest, the allies told Georgia and Ukraine they would one day become members, but gave them no membership action plan. Four months later came the war in South Ossetia.",) + AT + ("", "", 1, T),
 ("Personally, I think asking NATO to take back the Bucharest promise is a non-starter, and it should be. You cannot ask an alliance to un-promise something because a neighbor objects.",) + AT + ("rescind-bucharest-2008", "rejects", 1, T),
 (AT_LEGAL,) + AT + ("written-legal-guarantees", "mentions", 1, T),
 (AT_LEGAL, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (AT_STRIKE,) + AT + ("no-strike-weapons-near-borders", "mentions", 1, T),
 (AT_STRIKE, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("China's interest in Central Asia is stability and trade routes, not a new confrontation between Russia and the West. Beijing will say the right words for Moscow, but it does not want the region to become a battlefield of blocs.",) + AT + ("", "", 1, T),
 ("The written answers from Washington and Brussels. If they offer something concrete, Moscow will have a way to claim partial success without a war. If they offer nothing, the pressure on Ukraine will grow, and all of us in the neighborhood will feel it.",) + AT + ("", "", 1, T),
]

write_gold(L, "articles-53", "gold-53")
