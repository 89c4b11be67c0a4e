#!/usr/bin/env python3
"""Writes the 145th held-out gold (gold-145/*.nq) from the labels below.

Batch 145 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers saw, in seven forms:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy from the Geneva talks
  (front matter, straight quotes, a quotation split by "Ryabkov added", an
  AFP crosshead, a speaker named by role, a Baker-1990 history sentence);
- guardian-2022-01-12-nato-russia-council: The Guardian news report on the
  NATO-Russia Council (front matter, curly quotes, standfirst, photo caption
  and crosshead, in-passing "Moscow's demand", Founding Act history);
- mid-2022-01-14-lavrov-press-conference: the Russian Foreign Ministry's
  transcript of Lavrov's annual news conference (speaker labels, journalists'
  questions, Zakharova as moderator, « » inside answers, an answer paragraph
  about 1990 history);
- euronews-2022-01-26-written-answers-live: a Euronews live blog on the day
  of the written answers (no front matter, dd/mm/yyyy date, timestamped
  entries, „ “ quotes for Baerbock, a senior EU official, an embassy);
- ria-2022-01-27-peskov-lavrov-us-answer: RIA Novosti machine-translated
  (UTF-8 BOM, CRLF line ends, no front matter, « » quotes with "- X said",
  document contents and Bucharest history that are not statements);
- meduza-2022-01-19-tarasova-interview: a Meduza Q/A interview with an
  invented analyst (answers as dash paragraphs, questions unlabelled, the
  interview held "on Tuesday" before publication);
- nyt-2022-01-28-russia-demands-west-answers: a New York Times news analysis
  (no front matter, "Mr." titles, passive attribution, a quoted draft-treaty
  article and Founding Act phrase, unnamed officials, invented experts).

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
 ("Russia and the United States ended nearly eight hours of talks on European security in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never join NATO and Washington calling that demand a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia and the United States ended nearly eight hours of talks on European security in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never join NATO and Washington calling that demand a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards -- guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The American side took our proposals seriously,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("but on the fundamental issues we heard nothing that would let us say there is movement.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("Asked whether Moscow could settle for a moratorium on enlargement rather than a treaty, the deputy minister said a temporary pledge would not be enough.", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Ryabkov said Russia had come to Geneva \"without any preconditions\" and expected the same of Washington, adding that Russian forces would not be pulled back from positions on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("Ryabkov said Russia had come to Geneva \"without any preconditions\" and expected the same of Washington, adding that Russian forces would not be pulled back from positions on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters to the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said Washington was nonetheless open to discussing the future deployment of short- and intermediate-range missiles in Europe, along the lines of the defunct INF Treaty, as well as reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said Washington was nonetheless open to discussing the future deployment of short- and intermediate-range missiles in Europe, along the lines of the defunct INF Treaty, as well as reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We are not going to negotiate over the heads of Ukraine or of our European allies,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("The first round was always going to be each side reading out its list. The real test is whether anyone is still talking in February,", "maxime-fournel", 1, "Maxime Fournel", "", "", 1, ""),
 ("no decisions about Ukraine will be taken without Ukraine.", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, "2022-01-10"),
 ("We will report to the leadership, and the decision will be taken in Moscow,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
L["guardian-2022-01-12-nato-russia-council"] = [
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("It is only Ukraine and 30 Nato allies that decide when Ukraine is ready to join Nato. Russia does not have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("It is only Ukraine and 30 Nato allies that decide when Ukraine is ready to join Nato. Russia does not have a veto,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg said allies had also turned down Moscow’s demand that Nato withdraw troops and weapons from the countries that joined after 1997, insisting there could be no “first- and second-class members” of the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Stoltenberg said allies had also turned down Moscow’s demand that Nato withdraw troops and weapons from the countries that joined after 1997, insisting there could be no “first- and second-class members” of the alliance.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Asked whether the alliance could revisit its pledge that Ukraine and Georgia would one day join, as Moscow has demanded, the secretary general said the decision taken at Bucharest “still stands”.", "jens-stoltenberg", 1, "the secretary general", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("Asked whether the alliance could revisit its pledge that Ukraine and Georgia would one day join, as Moscow has demanded, the secretary general said the decision taken at Bucharest “still stands”.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The situation is very dangerous, and so far the alliance has shown that it is not ready to hear us,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("He said Russia wanted an end to the alliance’s military cooperation with Ukraine and Georgia, including training missions and the supply of weapons, and warned that if Nato tried to contain Russia, Moscow would respond with “counter-containment”.", "alexander-grushko", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-12"),
 ("We see no point in restoring the offices or the military channels while Nato describes Russia as an adversary in every document it writes,", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 ("Lithuania will not sign up to a Europe in which we may host no missiles able to reach Russia while Iskanders sit in Kaliningrad. That is simply unacceptable,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-intermediate-range-missiles", "rejects", 1, "2022-01-12"),
 ("Our exercises are defensive and we will keep holding them. We do not ask anyone’s permission to train on our own territory,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("Which weapons Poland hosts near the Russian border is decided in Warsaw and nowhere else. No one in Moscow gets a vote,", "mariusz-blaszczak", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("This was never going to be the meeting where anything was agreed. It was the meeting where everyone read out their positions for the record,", "ruth-ashworth", 1, "she", "", "", 1, ""),
 ("We are not afraid, and we are not going to panic. We are ready for any scenario,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, "2022-01-12"),
]
D = "2022-01-14"
SL = ("sergei-lavrov", 1, "Sergey Lavrov")
L["mid-2022-01-14-lavrov-press-conference"] = [
 ("We are running out of patience. Our Western colleagues have been given a clear picture of our position, and its key element is well known: no further eastward expansion of NATO.", *SL, "nato-non-expansion", "supports", 1, D),
 ("We will wait for a written response, article by article, to our draft texts. We are not going to accept verbal assurances. We have been through that before, and such assurances were forgotten the moment they were given.", *SL, "written-legal-guarantees", "supports", 1, D),
 ("We move our troops on our own territory as we see fit, and nobody is going to tell us to withdraw them from our own land.", *SL, "russia-de-escalation", "rejects", 1, D),
 ("What we have proposed instead is that both sides agree not to hold exercises above brigade level near the line of contact between Russia and NATO. That proposal is on the table, and so far we have heard nothing serious in reply.", *SL, "limit-military-exercises", "supports", 1, D),
 ("Our Western colleagues keep repeating the mantra about the right of every state to choose its alliances. But they forget the second half of that commitment: no state may strengthen its security at the expense of the security of others.", *SL, "nato-open-door", "rejects", 1, D),
 ("Ukraine and Georgia must not be drawn into NATO, and the Bucharest formula that they «will become members» must be disavowed by the alliance itself.", *SL, "no-ukraine-membership", "supports", 1, D),
 ("Ukraine and Georgia must not be drawn into NATO, and the Bucharest formula that they «will become members» must be disavowed by the alliance itself.", *SL, "rescind-bucharest-2008", "supports", 1, D),
 ("NATO instructors, NATO weapons deliveries, NATO bases in all but name on Ukrainian territory - all of this must stop. The same applies to Georgia and to our allies in Central Asia.", *SL, "no-military-activity-ex-soviet", "supports", 1, D),
 ("In 1990 we were promised that NATO would not move one inch to the east. That promise has been broken five times since then.", *SL, "", "", 1, D),
 ("We have said it many times: no American intermediate-range missiles within reach of our territory. If this issue is settled, we can move on to other things.", *SL, "no-intermediate-range-missiles", "supports", 1, D),
 ("We are also ready to resume the channels between our militaries that NATO itself froze in 2014, but not as a substitute for answers on the main questions.", *SL, "resume-military-dialogue", "supports", 1, D),
 ("We did not put forward any preconditions for these talks, and we do not accept preconditions from others. This is not an ultimatum, it is an invitation to negotiate.", *SL, "no-preconditions", "supports", 1, D),
 ("We expect the answers next week, and then we will decide what to do.", *SL, "", "", 1, D),
]
D = "2022-01-26"
L["euronews-2022-01-26-written-answers-live"] = [
 ("Washington has answered the questions Moscow put at the bottom of its list and politely declined the ones at the top. That is diplomacy, not capitulation,", "olga-brennan", 1, "Olga Brennan", "", "", 1, D),
 ("A senior EU official told Euronews on Wednesday that the bloc would not accept “any deal that divides Europe into spheres of influence” and that the withdrawal of allied troops from eastern member states that Moscow wants was “out of the question”.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, D),
 ("A senior EU official told Euronews on Wednesday that the bloc would not accept “any deal that divides Europe into spheres of influence” and that the withdrawal of allied troops from eastern member states that Moscow wants was “out of the question”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("any deal that divides Europe into spheres of influence", "european-union", 0, "A senior EU official", "", "", 1, D),
 ("European security cannot be negotiated by two parties while Europeans wait in the corridor.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("We are prepared for serious dialogue with Russia, but the troops on Ukraine’s border must be withdrawn", "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 1, D),
 ("Diplomacy has not failed; it has only just begun", "annalena-baerbock", 1, "she", "", "", 1, D),
 ("Ukraine’s path to NATO is our choice alone, and the answer sent to Moscow today confirms it,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine’s path to NATO is our choice alone, and the answer sent to Moscow today confirms it,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Earlier in the day he told a news conference that Ukraine would not negotiate “at gunpoint”: first the Russian troops had to go back, and only then could there be talks.", "dmytro-kuleba", 1, "he", "no-preconditions", "rejects", 0, D),
 ("Earlier in the day he told a news conference that Ukraine would not negotiate “at gunpoint”: first the Russian troops had to go back, and only then could there be talks.", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("We are studying it. Legally binding guarantees, not promises, remain the cornerstone of our proposals,", "russia", 0, "the embassy", "written-legal-guarantees", "supports", 1, D),
 ("We are ready to listen to Russia’s concerns. But we cannot and will not compromise on the principles on which the security of our alliance, and of Europe, rests,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("He said NATO’s own written proposals, sent in parallel with the US document, included restoring military-to-military communication channels to avoid incidents and accidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including NATO’s open door. There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("diplomacy has the best chance to succeed if we give it space", "antony-blinken", 1, "he", "", "", 1, D),
]
D = "2022-01-27"
L["ria-2022-01-27-peskov-lavrov-us-answer"] = [
 ("it is impossible to say that our thoughts were taken into account", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("On the main questions there is no positive reaction - on the non-expansion of NATO and on the non-deployment of the strike systems near our borders", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("On the main questions there is no positive reaction - on the non-expansion of NATO and on the non-deployment of the strike systems near our borders", "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("According to him, the Russian troops will stay where the command considers it necessary, and the demands of the West to withdraw them from own territory are not subject to discussion.", "dmitry-peskov", 1, "him", "russia-de-escalation", "rejects", 0, D),
 ("basis for the beginning of serious conversation", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main question is our clear position: the inadmissibility of the further expansion of NATO to the east and the return of the alliance infrastructure to the configuration of 1997 year. On this there is no positive answer", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position: the inadmissibility of the further expansion of NATO to the east and the return of the alliance infrastructure to the configuration of 1997 year. On this there is no positive answer", "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 1, D),
 ("The answer again repeats the mantra about the open doors of alliance. For us it is unacceptable, it is the road to nowhere", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, D),
 ("The deputy minister of foreign affairs Sergei Ryabkov in interview to RIA Novosti on Thursday declared, that Moscow will study the proposals of USA about the missiles of medium and shorter range, but it is not ready «to be satisfied with crumbs».", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The deputy minister added, that the requirement that the American ships and the strategic bombers do not enter the areas from which they can strike the territory of Russia remains in force.", "sergei-ryabkov", 1, "The deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("the West again chose the path of the confrontation", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, "2022-01-26"),
 ("The vice-speaker of the Federation Council Konstantin Kosachev, on the contrary, considered that the answer is not final, and there remains the window for the dialogue, including about the restoration of the military contacts between Russia and NATO.", "konstantin-kosachev", 1, "Konstantin Kosachev", "resume-military-dialogue", "mentions", 0, ""),
 ("Russia on 17 December published the projects of the treaty with the USA and the agreement with NATO, in which it demands the legally binding guarantees of its security.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2021-12-17"),
]
D = "2022-01-18"
YT = ("yelena-tarasova", 1, "Yelena Tarasova")
A1 = "Put simply, three things. First, a guarantee that Ukraine will never join NATO. Second, a pullback of allied forces and infrastructure to where they stood in 1997, before Poland, the Baltic states and the others joined. Third, and this gets far less attention, an end to Western military cooperation with Ukraine, Georgia and the Central Asian states."
A5 = "Yes, this is where a deal is actually possible. Limits on intermediate-range missiles in Europe, roughly along the lines of the old INF Treaty, could be agreed on a reciprocal basis. Keeping warships and bombers out of strike range is much harder, because for the Americans it touches on freedom of navigation."
A7 = "I don’t think so. For the West, a pullback is the test of good faith. For Moscow, the troops are the reason anyone is talking at all. Whether talks can go on without preconditions is exactly what the two sides are now arguing about."
L["meduza-2022-01-19-tarasova-interview"] = [
 (A1, *YT, "no-ukraine-membership", "mentions", 1, D),
 (A1, *YT, "rollback-to-1997", "mentions", 1, D),
 (A1, *YT, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Because Russian officials genuinely believe they were deceived once. The draft texts ask for something legally binding, ratified by the US Senate, not a communiqué that can be reinterpreted by the next administration. That is why the word “moratorium” is treated in Moscow almost as an insult.", *YT, "written-legal-guarantees", "mentions", 1, D),
 ("In February 1990 James Baker told Gorbachev that NATO would not move “one inch” eastward, but that conversation was about German unification, and it was never written down. Gorbachev himself later said the expansion of NATO was not discussed at the time. Historians have argued about this for thirty years.", *YT, "", "", 1, D),
 ("Because for the Kremlin that one sentence, that Ukraine and Georgia “will become members,” is the root of everything that has happened since. Formally disowning it would cost NATO little on paper, but politically it is almost impossible.", *YT, "rescind-bucharest-2008", "mentions", 1, D),
 (A5, *YT, "no-intermediate-range-missiles", "mentions", 1, D),
 (A5, *YT, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Interestingly, nobody in Washington has rejected that outright. Whether offensive systems near Russia’s borders can be limited is a question for a serious arms-control process, not for a two-page treaty.", *YT, "no-strike-weapons-near-borders", "mentions", 1, D),
 (A7, *YT, "russia-de-escalation", "mentions", 1, D),
 (A7, *YT, "no-preconditions", "mentions", 1, D),
 ("Formally, yes. Article 10 of the Washington Treaty allows the allies to invite any European state, and every allied leader has repeated this month that the door stays open. In practice the door opens very slowly, which is why some in Moscow still hope for a face-saving formula.", *YT, "nato-open-door", "mentions", 1, D),
 ("Military-to-military contacts. Personally, I think the channels between the general staffs should be restored tomorrow, whatever happens with everything else. Since they were frozen in 2014, every incident over the Baltic or the Black Sea has been a potential catastrophe.", *YT, "resume-military-dialogue", "supports", 1, D),
 ("Moscow has said it is waiting for written answers. If those answers are a polite no on everything important, I expect the Kremlin to declare that diplomacy has been exhausted. What it does after that, I honestly cannot predict.", *YT, "", "", 1, D),
]
L["nyt-2022-01-28-russia-demands-west-answers"] = [
 ("When Russia published two draft treaties on Dec. 17, it spelled out in unusually blunt language what it wanted from the United States and NATO: a halt to the alliance's expansion and a ban on Western military activity in the former Soviet republics.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("When Russia published two draft treaties on Dec. 17, it spelled out in unusually blunt language what it wanted from the United States and NATO: a halt to the alliance's expansion and a ban on Western military activity in the former Soviet republics.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("I'm not accepting anybody's red lines. Whether Ukraine joins NATO is up to Ukraine and the alliance, not to Moscow,", "joe-biden", 1, "Biden", "nato-open-door", "supports", 1, "2022-01-25"),
 ("I'm not accepting anybody's red lines. Whether Ukraine joins NATO is up to Ukraine and the alliance, not to Moscow,", "joe-biden", 1, "Biden", "no-ukraine-membership", "rejects", 1, "2022-01-25"),
 ("Moscow's demand for a legally binding halt to enlargement was dismissed on Thursday by Ned Price, the State Department spokesman, as \"a nonstarter.\"", "ned-price", 1, "Ned Price", "nato-non-expansion", "rejects", 0, "2022-01-27"),
 ("Moscow's demand for a legally binding halt to enlargement was dismissed on Thursday by Ned Price, the State Department spokesman, as \"a nonstarter.\"", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, "2022-01-27"),
 ("Moscow's demand for a legally binding halt to enlargement was dismissed on Thursday by Ned Price, the State Department spokesman, as \"a nonstarter.\"", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow's demand for a legally binding halt to enlargement was dismissed on Thursday by Ned Price, the State Department spokesman, as \"a nonstarter.\"", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("there are some things in those documents that the Russians know will be unacceptable.", "jake-sullivan", 1, "Jake Sullivan", "", "", 1, ""),
 ("We have put serious ideas on the table. What we have not put on the table is Ukraine's sovereignty,", "ned-price", 1, "Price", "", "", 1, "2022-01-27"),
 ("He added that the United States would go on training and arming Ukrainian forces, whatever Moscow said about it.", "ned-price", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("We will continue to fly, sail and operate wherever international law allows, including in the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Is it us who are putting missiles near the American border? No. It is the United States that has come to our doorstep with its missiles,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("There was never a written promise in 1990. There were conversations, and each side remembers them differently,", "marina-kessler", 1, "Marina Kessler", "", "", 1, ""),
 ("Moscow now wants that sentence formally withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("What is on the table is a promise about the choices of countries that are not yet in the alliance, and that is the one thing NATO cannot legally give,", "samuel-hirsch", 1, "Samuel Hirsch", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow was told by Mr. Blinken in Geneva on Jan. 21 that NATO's door would stay open.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 ("The Russians now have to decide whether they want a negotiation or a pretext,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-145", "gold-145")
