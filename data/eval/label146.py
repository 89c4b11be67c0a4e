#!/usr/bin/env python3
"""Writes the held-out gold of batch 146 (gold-146/*.nq) from the labels below.

Batch 146 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's "security guarantees":

- reuters-2021-12-17-...: Reuters wire copy with front matter, dateline, a
  crosshead, straight quotes, a quotation split by "Ryabkov said", a quotation
  running over three sentences, a sentence mixing a quotation and "adding that",
  an invented analyst, document wording and 1990/2008 background;
- nato-2022-01-12-...: NATO press-conference transcript after the NATO-Russia
  Council, no front matter (date "12 Jan. 2022" in the text), speaker labels,
  a moderator and journalists' questions (one quoting Grushko);
- kommersant-2022-01-11-...: Kommersant Q&A interview with Ryabkov in
  translation, front matter, « » quotes, dash-led questions and answers,
  an answer of two paragraphs, an intro quoting Sherman, a Founding Act aside;
- up-2022-01-27-...: Ukrainska Pravda, machine-translated English, UTF-8 BOM
  and CRLF line ends, no front matter, „ “ quotes with "– said X" after them,
  a split quotation, an embassy as speaker, explicit-date background, link lines;
- cnn-2022-01-26-...: CNN live blog with timestamped entries, headlines and a
  "What we're covering" standfirst, curly quotes, a Pentagon briefing item,
  two speakers in one sentence, an unnamed senior EU official, an analyst;
- ft-2022-01-14-...: Financial Times analysis (front matter, standfirst) of
  the Geneva/Brussels/OSCE week quoting real officials and invented experts,
  with "Moscow's demand that ..." inside other speakers' words;
- mid-2022-02-03-...: Russian MFA transcript of a Zakharova briefing, no front
  matter, crossheads and a table of contents, "Question:" / "Maria Zakharova:".

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
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
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2021-12-17"
RY = "sergei-ryabkov"
L["reuters-2021-12-17-russia-draft-security-pacts"] = [
 ("Russia on Friday demanded that NATO rule out membership for Ukraine and give up any military activity in Ukraine and other former Soviet states, publishing a sweeping set of security demands it wants to negotiate with the United States and the Western alliance.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia on Friday demanded that NATO rule out membership for Ukraine and give up any military activity in Ukraine and other former Soviet states, publishing a sweeping set of security demands it wants to negotiate with the United States and the Western alliance.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov told reporters on Friday that Moscow was ready to start talks with Washington without delay, possibly as soon as Saturday in Geneva, and that it was setting no preconditions for them.", RY, 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, D),
 ("We need legally binding guarantees, because our colleagues have failed to honour the verbal commitments they gave us,", RY, 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("This is not a menu from which you pick one dish. It is a package, and it has to be treated as one.", RY, 1, "Ryabkov", "", "", 1, D),
 ("He said Moscow wanted NATO to pull back the forces and weapons it had deployed in countries that joined the alliance after 1997, and to stop holding large-scale drills close to Russia's borders.", RY, 1, "He", "rollback-to-1997", "supports", 0, D),
 ("He said Moscow wanted NATO to pull back the forces and weapons it had deployed in countries that joined the alliance after 1997, and to stop holding large-scale drills close to Russia's borders.", RY, 1, "He", "limit-military-exercises", "supports", 0, D),
 ("The deployment of strike weapons that could reach Moscow within minutes is a red line for us,", RY, 1, "the deputy foreign minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ('"The deployment of strike weapons that could reach Moscow within minutes is a red line for us," the deputy foreign minister said, adding that regular contacts between the Russian and NATO militaries should be restored.', RY, 1, "the deputy foreign minister", "resume-military-dialogue", "supports", 0, D),
 ("In a statement accompanying the documents, the foreign ministry said NATO should formally disavow the decision of its 2008 Bucharest summit that Ukraine and Georgia would one day become members.", "russian-foreign-ministry", 0, "the foreign ministry", "rescind-bucharest-2008", "supports", 0, D),
 ("There will be no talks about European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, D),
 ("The relationship between NATO and Ukraine will be decided by the 30 allies and Ukraine, and no one else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("The relationship between NATO and Ukraine will be decided by the 30 allies and Ukraine, and no one else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("The documents read like an ultimatum dressed up as a treaty,", "markus-lindqvist", 1, "he", "", "", 1, ""),
 ("Moscow is asking NATO to slam the door on Ukraine for good, and the West will answer with its open-door principle. Everybody knows that in advance.", "markus-lindqvist", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow is asking NATO to slam the door on Ukraine for good, and the West will answer with its open-door principle. Everybody knows that in advance.", "markus-lindqvist", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("Moscow is asking NATO to slam the door on Ukraine for good, and the West will answer with its open-door principle. Everybody knows that in advance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-12"
JS, N = "jens-stoltenberg", "Jens Stoltenberg"
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Thank you so much, Oana. We have just finished a meeting of the NATO-Russia Council. It was the first in more than two years, and it was a very serious and direct exchange on the situation in and around Ukraine and on the implications for European security.", JS, 1, N, "", "", 1, D),
 ("Allies called on Russia to immediately de-escalate the situation and to pull back the tens of thousands of troops and the heavy equipment it has massed along Ukraine's borders. There is a real risk for a new armed conflict in Europe.", JS, 1, N, "russia-de-escalation", "supports", 1, D),
 ("Allies made clear that we will not compromise on core principles, including the right of each nation to choose its own path and NATO's ability to protect and defend all Allies.", JS, 1, N, "nato-open-door", "supports", 1, D),
 ("At the same time, Allies are ready to engage in a dialogue on arms control and risk reduction, and we have put forward concrete proposals, which Russia has promised to consider.", JS, 1, N, "", "", 1, D),
 ("We also proposed to reopen our respective offices in Moscow and Brussels, and to make full use of military-to-military channels of communication to avoid incidents and accidents.", JS, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", JS, 1, N, "", "", 1, D),
 ("The Russian delegation did not commit to pull back its forces. But they did not reject the idea of further meetings, and I think that is something we should explore.", JS, 1, N, "russia-de-escalation", "mentions", 1, D),
 ("On membership: it is for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto, and we will not go back to a world of spheres of influence.", JS, 1, N, "nato-open-door", "supports", 1, D),
 ("On membership: it is for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto, and we will not go back to a world of spheres of influence.", JS, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("No. The Bucharest decision stands, and Allies are not going to rewrite decisions that were taken by consensus.", JS, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("We will not have first- and second-class members in this Alliance. Our battlegroups in Poland and the Baltic countries are defensive, they are proportionate, and they will stay where they are.", JS, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("We did not agree on a date. The Russian delegation said they needed to consult in Moscow, and we are ready to meet again whenever they are ready.", JS, 1, N, "", "", 1, D),
]

D = "2022-01-11"
N = "Sergei Ryabkov"
L["kommersant-2022-01-11-ryabkov-interview"] = [
 ("in pushing back on security proposals that are simply non-starters", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("Eight hours is not a small amount. The conversation was difficult, long, very professional, deep and concrete, without attempts to smooth over the sharp corners. But I cannot say that we have moved forward on the things that matter most to us.", RY, 1, N, "", "", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", RY, 1, N, "no-ukraine-membership", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", RY, 1, N, "written-legal-guarantees", "supports", 1, D),
 ("The Americans told us once again that the «open door» is a sacred principle for them. We heard it. We do not accept it, and we will not accept it.", RY, 1, N, "nato-open-door", "rejects", 1, D),
 ("They are ready to talk about intermediate-range missiles, and we do not refuse that conversation. But for us this is a secondary matter. You cannot take the missile topic out of the package and leave everything else lying on the shelf.", RY, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We will be in Brussels on Wednesday, where our delegation will be led by Alexander Grushko, and in Vienna on Thursday. But I will be frank: if NATO gives us no answer on non-expansion and on pulling its infrastructure back to the lines of 1997, the conversation loses its meaning.", RY, 1, N, "nato-non-expansion", "supports", 1, D),
 ("We will be in Brussels on Wednesday, where our delegation will be led by Alexander Grushko, and in Vienna on Thursday. But I will be frank: if NATO gives us no answer on non-expansion and on pulling its infrastructure back to the lines of 1997, the conversation loses its meaning.", RY, 1, N, "rollback-to-1997", "supports", 1, D),
 ("Then we will draw conclusions. I do not want to frighten anyone, and there is no need to look for hidden meanings in my words.", RY, 1, N, "", "", 1, D),
 ("Our troops are on our own territory, and we are not going to discuss their movements with anyone. If someone needs to de-escalate, it is those who are pumping weapons and instructors into Ukraine, and that must stop.", RY, 1, N, "russia-de-escalation", "rejects", 1, D),
 ("Our troops are on our own territory, and we are not going to discuss their movements with anyone. If someone needs to de-escalate, it is those who are pumping weapons and instructors into Ukraine, and that must stop.", RY, 1, N, "no-military-activity-ex-soviet", "supports", 1, D),
 ("We raised it ourselves. The channels between our military were not cut by us. If the Americans want to resume a normal professional dialogue between the general staffs, we are in favour.", RY, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("This is part of our draft: no warships and no aircraft in areas from which they can strike each other's territory. The Americans listened. They did not say yes, but they did not say no either.", RY, 1, N, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Next, we wait for the results of Brussels and Vienna and then report to the leadership. Everything else is speculation.", RY, 1, N, "", "", 1, D),
]

DK = "dmytro-kuleba"
SL = "sergei-lavrov"
L["up-2022-01-27-kuleba-us-answer"] = [
 ("It is important, that the answer of the USA confirms the principle of the open doors of NATO. Nobody, except Ukraine and the members of the Alliance, will decide about our membership", DK, 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It is important, that the answer of the USA confirms the principle of the open doors of NATO. Nobody, except Ukraine and the members of the Alliance, will decide about our membership", DK, 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("On Thursday at the briefing the minister also noted, that the answer does not contain the refusal from the military cooperation of Ukraine with the partners, on which Moscow insisted.", DK, 1, "the minister", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("On Thursday at the briefing the minister also noted, that the answer does not contain the refusal from the military cooperation of Ukraine with the partners, on which Moscow insisted.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia must do one thing – to withdraw its troops from the borders of Ukraine and to stop the blackmail", DK, 1, "the head of the MFA", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("We are grateful to the partners for the unity, which they demonstrate in these days.", DK, 1, "the head of the MFA", "", "", 1, "2022-01-27"),
 ("The President Volodymyr Zelensky in the evening address on Wednesday declared, that Ukraine does not consider the membership in NATO as the subject of the trade with anybody.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("The Embassy of the USA in Ukraine on Thursday informed, that in Kyiv arrived the new party of the security assistance, and underlined, that Washington will continue to support the defense capability of Ukraine.", "united-states", 0, "The Embassy of the USA in Ukraine", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("On 17 December Russia published the drafts of the agreements with the USA and NATO, in which, in particular, demands the refusal from the further expansion of the Alliance to the East.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The head of the Russian MFA Sergey Lavrov on Thursday declared, that the American answer contains no positive reaction on the main question – the non-expansion of NATO to the east and the non-deployment of the strike weapons, which can threaten the territory of Russia.", SL, 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The head of the Russian MFA Sergey Lavrov on Thursday declared, that the American answer contains no positive reaction on the main question – the non-expansion of NATO to the east and the non-deployment of the strike weapons, which can threaten the territory of Russia.", SL, 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("There is a reaction, which allows to count on the beginning of the serious conversation, but on the secondary questions", SL, 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("The Minister of Foreign Affairs of Georgia David Zalkaliani on Wednesday stated, that for Tbilisi the decisions of the Bucharest summit remain in force and nobody can cancel them.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("Political scientist Ihor Tkachuk from the Kyiv Center of the Euro-Atlantic Studies in the comment to „Ukrainska Pravda“ said, that Washington offered to Moscow the talks about the exercises, but not a word about the non-expansion of NATO or about the Bucharest decision.", "ihor-tkachuk", 1, "Ihor Tkachuk", "limit-military-exercises", "mentions", 0, ""),
 ("Political scientist Ihor Tkachuk from the Kyiv Center of the Euro-Atlantic Studies in the comment to „Ukrainska Pravda“ said, that Washington offered to Moscow the talks about the exercises, but not a word about the non-expansion of NATO or about the Bucharest decision.", "ihor-tkachuk", 1, "Ihor Tkachuk", "nato-non-expansion", "mentions", 0, ""),
 ("Political scientist Ihor Tkachuk from the Kyiv Center of the Euro-Atlantic Studies in the comment to „Ukrainska Pravda“ said, that Washington offered to Moscow the talks about the exercises, but not a word about the non-expansion of NATO or about the Bucharest decision.", "ihor-tkachuk", 1, "Ihor Tkachuk", "rescind-bucharest-2008", "mentions", 0, ""),
 ("For the Kremlin this is the refusal. Putin will have to choose between the escalation and the pause, which allows to save the face", "ihor-tkachuk", 1, "he", "", "", 1, ""),
]

D = "2022-01-26"
AB = "antony-blinken"
JK = "john-kirby"
DW = "dana-whitcombe"
L["cnn-2022-01-26-us-nato-written-responses"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", AB, 1, "Antony Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", AB, 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the document addressed Russian concerns about military exercises near its borders on a reciprocal basis, and offered measures to make them more transparent.", AB, 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Secretary of State Antony Blinken and NATO Secretary General Jens Stoltenberg both said on Wednesday that their documents contained no concessions on the principle that sovereign nations choose their own alliances.", AB, 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("Secretary of State Antony Blinken and NATO Secretary General Jens Stoltenberg both said on Wednesday that their documents contained no concessions on the principle that sovereign nations choose their own alliances.", JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("We will not compromise on the right of every nation to choose its own path, and NATO will not give up its right to decide on its own enlargement,", JS, 1, "he", "nato-open-door", "supports", 1, D),
 ("We will not compromise on the right of every nation to choose its own path, and NATO will not give up its right to decide on its own enlargement,", JS, 1, "he", "nato-non-expansion", "rejects", 1, D),
 ("Now it is up to Russia to decide whether it wants to engage in good faith,", JS, 1, "Stoltenberg", "", "", 1, D),
 ("Pentagon press secretary John Kirby on Wednesday dismissed Moscow’s demand that American warships and aircraft stay out of areas from which they could strike Russian territory, saying US forces would keep flying and sailing wherever international law allows.", JK, 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("Pentagon press secretary John Kirby on Wednesday dismissed Moscow’s demand that American warships and aircraft stay out of areas from which they could strike Russian territory, saying US forces would keep flying and sailing wherever international law allows.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We’re not going to get ahead of the diplomacy, but we are going to be ready,", JK, 1, "Kirby", "", "", 1, D),
 ("Kirby said Defense Secretary Lloyd Austin had not spoken with Russian Defense Minister Sergei Shoigu since the autumn, and noted that restoring regular military-to-military channels was among the issues raised in the US response.", JK, 1, "Kirby", "resume-military-dialogue", "mentions", 0, D),
 ("If Russia is serious about its security concerns, the first thing it can do is pull back the forces it has massed on Ukraine’s borders,", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, D),
 ("the President will be offered appropriate steps.", SL, 1, "Sergey Lavrov", "", "", 1, D),
 ("Lithuania will not ask Moscow for permission to hold exercises with its allies on its own soil,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 1, D),
 ("Romania’s Foreign Minister Bogdan Aurescu said on Wednesday that the US missile defense site at Deveselu was “not on the table,” rejecting Russian claims that the facility could be used to launch offensive missiles at Russia.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("A senior EU official told reporters in Brussels on Wednesday that no EU government would sign up to a legally binding treaty of the kind set out in the Russian drafts.", "european-union", 0, "A senior EU official", "written-legal-guarantees", "rejects", 0, D),
 ("A verifiable ban on intermediate-range missiles in Europe is something Washington should want regardless of what Moscow says,", DW, 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("The question of Western trainers and weapons in Ukraine is where this really gets decided, and nobody in this town has worked out what to say about it yet.", DW, 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

D = "2022-01-13"
KW = "katarzyna-wielgosz"
NS = "nikolai-sokolsky"
PH = "peter-hallam"
L["ft-2022-01-14-russia-west-week-of-talks"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau later rejected any return to the military map of the late 1990s, calling Moscow’s demand that allied troops leave the countries on Nato’s eastern flank “unacceptable”.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, D),
 ("Rau later rejected any return to the military map of the late 1990s, calling Moscow’s demand that allied troops leave the countries on Nato’s eastern flank “unacceptable”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We need legally binding guarantees, and we need them on paper, not as a gentleman’s promise,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Michael Carpenter, the US ambassador to the OSCE, said on Thursday that the idea of Nato renouncing military co-operation with Ukraine, Georgia and Moldova was “a non-starter”, and that Washington would keep training and equipping Ukraine’s forces.", "michael-carpenter", 1, "Michael Carpenter", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Moscow wants a treaty ratified by the Senate because it does not trust an American president’s signature to outlive the next election. No Senate would pass such a thing,", KW, 1, "Katarzyna Wielgosz", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow wants a treaty ratified by the Senate because it does not trust an American president’s signature to outlive the next election. No Senate would pass such a thing,", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Both sides say they are talking without preconditions, but each arrives with a list of things it will never discuss,", KW, 1, "she", "no-preconditions", "mentions", 1, ""),
 ("The rollback to 1997 is a bargaining chip,", NS, 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("The missile-defence sites in Poland and Romania are what really worry the general staff.", NS, 1, "he", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("We should not sign any missile moratorium with a country that deployed the 9M729 in breach of the INF treaty,", PH, 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Moscow also wants US destroyers out of the Black Sea and bombers away from its borders. That one the Pentagon will simply ignore.", PH, 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Moscow also wants US destroyers out of the Black Sea and bombers away from its borders. That one the Pentagon will simply ignore.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Russia cannot expect talks without conditions while it holds a gun to Ukraine’s head. The troops must go back first,", "marcin-przydacz", 1, "he", "no-preconditions", "rejects", 1, "2022-01-14"),
 ("Russia cannot expect talks without conditions while it holds a gun to Ukraine’s head. The troops must go back first,", "marcin-przydacz", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-14"),
]

D = "2022-02-03"
MZ, N = "maria-zakharova", "Maria Zakharova"
L["mid-2022-02-03-zakharova-briefing"] = [
 ("We have carefully studied the responses that the United States and NATO handed over on January 26. As Foreign Minister Sergey Lavrov has already said, they do not answer the main question.", MZ, 1, N, "", "", 1, D),
 ("The main question is clear: the non-expansion of NATO and the non-deployment of strike weapons systems near our borders. Instead, we were told once again about the “open door” policy, which for us is a formula of confrontation, not of security.", MZ, 1, N, "nato-non-expansion", "supports", 1, D),
 ("The main question is clear: the non-expansion of NATO and the non-deployment of strike weapons systems near our borders. Instead, we were told once again about the “open door” policy, which for us is a formula of confrontation, not of security.", MZ, 1, N, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The main question is clear: the non-expansion of NATO and the non-deployment of strike weapons systems near our borders. Instead, we were told once again about the “open door” policy, which for us is a formula of confrontation, not of security.", MZ, 1, N, "nato-open-door", "rejects", 1, D),
 ("The Western side has also ignored our proposal to return to the configuration of 1997, when NATO forces and infrastructure were not present in the countries of Central and Eastern Europe. We have not withdrawn this proposal, and we will keep raising it.", MZ, 1, N, "rollback-to-1997", "supports", 1, D),
 ("Let me remind you that our proposals on intermediate- and shorter-range missiles have been on the table since 2019, when President Vladimir Putin announced a unilateral moratorium on their deployment in Europe. It was Washington and Brussels that chose to ignore them.", MZ, 1, N, "no-intermediate-range-missiles", "supports", 1, D),
 ("Let me stress once again: we need guarantees that are legally binding, not declarations of good intentions that are forgotten the day after they are signed.", MZ, 1, N, "written-legal-guarantees", "supports", 1, D),
 ("Western media continue to publish new “dates” of the so-called Russian invasion. We have already stopped counting them. This is information terrorism, and it only demonstrates how little these outlets care about the truth.", MZ, 1, N, "", "", 1, D),
 ("We are not going to report to anyone on the movement of our armed forces on our own territory. Such demands are absurd, and they are voiced only to distract attention from NATO’s own military build-up.", MZ, 1, N, "russia-de-escalation", "rejects", 1, D),
 ("Georgia is a sovereign state. But turning its territory into a testing ground for NATO, with exercises like Noble Partner and foreign instructors, creates threats for everyone in the region. This must stop.", MZ, 1, N, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Restoring military contacts with NATO makes no sense while the alliance openly names Russia as its main threat. It was NATO that cut these channels, not us.", MZ, 1, N, "resume-military-dialogue", "rejects", 1, D),
 ("So far we have received only a collective reply on behalf of the European Union, which we consider disrespectful. We asked each government to answer for itself, because each of them signed the Istanbul and Astana documents in its own name.", MZ, 1, N, "", "", 1, D),
 ("Our reply is being prepared and will be sent when it is ready. We do not work to deadlines set by others, and I would advise these analysts to be patient.", MZ, 1, N, "", "", 1, D),
]

write_gold(L, "articles-146", "gold-146")
