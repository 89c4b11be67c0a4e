#!/usr/bin/env python3
"""Writes the forty-sixth held-out gold (gold-46/*.nq) from the labels below.

Batch 46 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
The seven articles are invented but plausible; some officials are real, the
analysts and members of parliament are invented (Andrei Vorontsov, Milena
Stoyanova, Selim Kocabas, Henrike Albrecht, Tobias Wendel, Sevim Tunc,
Jasper Kuehn, Olena Marchuk, Brent Halvorsen, Meera Krishnaswamy, Vikram
Saighal).

Outlets and forms:
- kommersant-2022-01-11-ryabkov-geneva: Kommersant, machine translation from
  Russian, front matter, guillemets with a dash after the quotation
  ("«...», – Ryabkov emphasised"), Geneva talks of 10 January; a quotation
  split by "X told Kommersant"; the Baker 1990 promise and the 1997 Founding
  Act as history; "the key demands" left unspecified.
- bta-2022-01-21-petkov-nato-presence: BTA wire copy, UTF-8 BOM and CRLF, no
  front matter (date in the header line), Bulgarian quotation marks („...“);
  Bulgarian and Romanian rejections of the roll-back to 1997; two speakers in
  one sentence, a passive ("was also rejected by"), an embassy as speaker,
  Moscow's demand in passing.
- hurriyet-2022-01-13-cavusoglu-nato-russia: Hurriyet Daily News, front
  matter, straight quotes, dateline ANKARA and "Jan. 13" dates; NATO-Russia
  Council of 12 January and OSCE of 13 January; "Wednesday" resolved to the
  day before publication; crossheads; a speaker named only by role.
- bundestag-2022-01-13-plenary-russia-guarantees: Bundestag stenographic
  record (unofficial translation), no front matter, speaker labels, each
  paragraph of a speech a direct quotation; interjections (named ones too
  short, group ones unattributable) and the presiding Vice-President get no
  label.
- aljazeera-2022-01-26-live-us-nato-written-response: Al Jazeera live blog,
  front matter, curly quotes, time-stamped entries with crossheads, key-point
  bullets and link lines; the US and NATO written answers of 26 January.
- cbc-2022-01-27-the-current-diplomacy-ukraine: CBC Radio transcript, no
  front matter, host and two guests with speaker labels, a clip from "yesterday";
  the host gets no label, the guests are named as the intro names them.
- toi-2022-02-02-putin-three-key-demands: Times of India analysis with a
  byline, front matter, straight quotes; Putin on 1 February, "on Monday",
  "last Thursday"; Baker 1990 as history; "legitimate security concerns" and
  "fundamental concerns" left unspecified; Moscow's demand in passing.

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

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["kommersant-2022-01-11-ryabkov-geneva"] = [
 ("The head of the Russian delegation, the deputy minister of foreign affairs Sergei Ryabkov, at the press conference after the meeting declared that for Moscow it is «absolutely obligatory» to achieve that Ukraine never, never, never becomes the member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need iron, waterproof, bulletproof guarantees which are legally binding. Not assurances, not safeguards, but exactly guarantees", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("According to him, the American side showed the readiness to discuss the questions of the placement of the missiles of medium and shorter range and also the certain parameters of the military exercises.", "sergei-ryabkov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("According to him, the American side showed the readiness to discuss the questions of the placement of the missiles of medium and shorter range and also the certain parameters of the military exercises.", "sergei-ryabkov", 1, "him", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("But on the main thing, on the non-expansion of NATO, we did not hear from the colleagues anything encouraging. And exactly this is for us the key question", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Ryabkov also insisted that the alliance must disavow the formula of the Bucharest summit of 2008, according to which Ukraine and Georgia «will become members of NATO».", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("In his turn, Ryabkov dismissed the calls to withdraw the troops from the Ukrainian border.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Our troops are on our own territory, and we will not take them anywhere only because somebody in Washington wishes so", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("At the telephone briefing for journalists she declared that Washington «firmly pushed back» on the proposals which are «simply non-starters» for the USA and that nobody will be allowed to «slam shut» the policy of open doors of NATO.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 0, "2022-01-10"),
 ("According to Sherman, the sides could study the mutual restrictions on the scale and the parameters of the exercises, and Russia must withdraw the troops from the border with Ukraine.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("According to Sherman, the sides could study the mutual restrictions on the scale and the parameters of the exercises, and Russia must withdraw the troops from the border with Ukraine.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("The Russian side is ready to continue the conversations, but without any preliminary conditions and not in the format of endless consultations", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 1, "2022-01-11"),
 ("The Americans came to Geneva with a prepared list of what they can give, and nothing beyond it", "andrei-vorontsov", 1, "Andrei Vorontsov", "", "", 1, ""),
 ("But on a written guarantee of non-expansion Washington will not move in any form, it is not ready for this at all.", "andrei-vorontsov", 1, "Andrei Vorontsov", "written-legal-guarantees", "mentions", 1, ""),
 ("But on a written guarantee of non-expansion Washington will not move in any form, it is not ready for this at all.", "andrei-vorontsov", 1, "Andrei Vorontsov", "nato-non-expansion", "mentions", 1, ""),
 ("According to the expert, the American readiness to talk about the missiles is explained not by the Russian pressure, but by the own interests of the Pentagon, which after the collapse of the treaty on the liquidation of the missiles of medium and shorter range in 2019 does not have the clear picture in Europe.", "andrei-vorontsov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 0, ""),
]
L["bta-2022-01-21-petkov-nato-presence"] = [
 ("Prime Minister Kiril Petkov on Friday rejected as „unacceptable“ Moscow's demand that NATO withdraw its forces and weapons from Bulgaria and Romania.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Prime Minister Kiril Petkov on Friday rejected as „unacceptable“ Moscow's demand that NATO withdraw its forces and weapons from Bulgaria and Romania.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("No one in Moscow can tell us which allied troops may be stationed on Bulgarian soil. That was decided when we joined NATO, and it will not be reversed,", "kiril-petkov", 1, "Petkov", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("Earlier on Friday, the Russian Foreign Ministry said in a statement on its website that the withdrawal of foreign forces and weapons from the states that were not members of the alliance in 1997, including Bulgaria and Romania, is „an essential part“ of the security guarantees.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("President Rumen Radev and Defence Minister Stefan Yanev both said on Friday that Bulgaria would not give up any of the allied exercises planned on its territory this year.", "rumen-radev", 1, "Rumen Radev", "limit-military-exercises", "rejects", 0, "2022-01-21"),
 ("President Rumen Radev and Defence Minister Stefan Yanev both said on Friday that Bulgaria would not give up any of the allied exercises planned on its territory this year.", "stefan-yanev", 1, "Stefan Yanev", "limit-military-exercises", "rejects", 0, "2022-01-21"),
 ("We are not going to cancel a single drill because someone in Moscow finds them uncomfortable,", "stefan-yanev", 1, "Yanev", "limit-military-exercises", "rejects", 1, "2022-01-21"),
 ("Bulgaria is interested in the dialogue continuing, because every war on the Black Sea is a war on our doorstep,", "rumen-radev", 1, "the President", "", "", 1, "2022-01-21"),
 ("The Russian position was also rejected by Foreign Minister Teodora Genchovska, who told Nova TV on Friday that the deployment of allied forces in Bulgaria was decided by Bulgaria and its allies alone and would not be changed under pressure from a third country.", "teodora-genchovska", 1, "Teodora Genchovska", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("In Bucharest, Romanian Foreign Minister Bogdan Aurescu said on Friday that the call for a withdrawal of allied forces from Romania was „unacceptable“ and „not a subject for negotiation“.", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("The Russian Embassy in Sofia said in a post on Facebook later on Friday that Moscow was not asking Bulgaria to leave NATO, but wanted the military infrastructure of the alliance returned to where it stood in 1997.", "russia", 0, "The Russian Embassy in Sofia", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("The draft agreement never named any country, so the clarification matters. The 1997 line now explicitly covers Bulgaria and Romania,", "milena-stoyanova", 1, "Milena Stoyanova", "rollback-to-1997", "mentions", 1, ""),
]
L["hurriyet-2022-01-13-cavusoglu-nato-russia"] = [
 ("We are not in favor of closing the door on anyone. NATO's open door policy must be preserved, but the concerns of all sides should be heard at the table,", "mevlut-cavusoglu", 1, "Çavuşoğlu", "nato-open-door", "supports", 1, "2022-01-13"),
 ("The minister also dismissed Russia's demand that U.S. and other NATO warships stay out of areas from which they could strike Russian territory, saying the presence of non-littoral navies in the Black Sea was already regulated by the 1936 Montreux Convention.", "mevlut-cavusoglu", 1, "The minister", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-13"),
 ("The minister also dismissed Russia's demand that U.S. and other NATO warships stay out of areas from which they could strike Russian territory, saying the presence of non-littoral navies in the Black Sea was already regulated by the 1936 Montreux Convention.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("No bilateral treaty between Moscow and Washington can decide which warships sail in the Black Sea,", "mevlut-cavusoglu", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("Defense Minister Hulusi Akar, speaking at a military ceremony in the capital on Wednesday, said Ankara was ready to host a meeting between Russian and Ukrainian officials at any level \"without any preconditions\" and called on all parties to avoid provocative steps.", "hulusi-akar", 1, "Hulusi Akar", "no-preconditions", "supports", 0, "2022-01-12"),
 ("We will not compromise on core principles: the right of each nation to choose its own path, and that Russia does not have a veto over whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will not compromise on core principles: the right of each nation to choose its own path, and that Russia does not have a veto over whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg said the alliance had offered to re-establish the NATO and Russian offices in each other's capitals and to restore military-to-military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Russia's Deputy Foreign Minister Alexander Grushko, who led Moscow's delegation along with Deputy Defense Minister Alexander Fomin, told reporters in Brussels late on Wednesday that Russia needed \"legally binding guarantees\" rather than political promises.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("NATO's exercises near our borders, the deployment of strike systems, all of this has to stop. The alliance has to understand that it is impossible to continue like this,", "alexander-grushko", 1, "the deputy minister", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("NATO's exercises near our borders, the deployment of strike systems, all of this has to stop. The alliance has to understand that it is impossible to continue like this,", "alexander-grushko", 1, "the deputy minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("Asked whether Moscow would reopen its mission to NATO, which it closed in October, Grushko said there was \"no point\" in restoring military contacts while the alliance treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The warship clause in the Russian draft is the one that touches Turkey directly, and that is why Ankara watched Brussels so closely,", "selim-kocabas", 1, "Selim Kocabaş", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]
L["bundestag-2022-01-13-plenary-russia-guarantees"] = [
 ("Yesterday, for the first time in two and a half years, the NATO–Russia Council met in Brussels. That is good, because talking is always better than shooting. But let me be very clear about what we can talk about and what we cannot.", "annalena-baerbock", 1, "Annalena Baerbock", "", "", 1, "2022-01-13"),
 ("We are ready to talk about arms control and about risk reduction. What we will not do is declare the promise made to Ukraine and Georgia in Bucharest null and void. That promise stands, and the principle that every state chooses its own alliances is not for sale.", "annalena-baerbock", 1, "Annalena Baerbock", "rescind-bucharest-2008", "rejects", 1, "2022-01-13"),
 ("We are ready to talk about arms control and about risk reduction. What we will not do is declare the promise made to Ukraine and Georgia in Bucharest null and void. That promise stands, and the principle that every state chooses its own alliances is not for sale.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Nor will we accept that Germany or any other partner must ask Moscow for permission before it trains soldiers or holds exercises together with Ukraine, Moldova or Georgia. These are sovereign states, not a Russian sphere of influence.", "annalena-baerbock", 1, "Annalena Baerbock", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-13"),
 ("And the first step towards de-escalation must come from the side that has moved 100,000 soldiers to the border with Ukraine. That is Russia, and nobody else.", "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Madam President! Dear colleagues! Minister, on this point you have the support of the Union, and you will still have it tomorrow.", "henrike-albrecht", 1, "Henrike Albrecht", "", "", 1, "2022-01-13"),
 ("A legally binding promise that the alliance will never take in another member – no German government can put its signature under such a text, not as a treaty and not as a moratorium.", "henrike-albrecht", 1, "Henrike Albrecht", "written-legal-guarantees", "rejects", 1, "2022-01-13"),
 ("A legally binding promise that the alliance will never take in another member – no German government can put its signature under such a text, not as a treaty and not as a moratorium.", "henrike-albrecht", 1, "Henrike Albrecht", "nato-non-expansion", "rejects", 1, "2022-01-13"),
 ("But I also expect the Federal Government to stop sending mixed messages on Nord Stream 2. Our partners in Warsaw and Vilnius are listening very closely to what is said in this house.", "henrike-albrecht", 1, "Henrike Albrecht", "", "", 1, "2022-01-13"),
 ("Madam President! Ladies and gentlemen! Germany has no interest whatsoever in new American medium-range missiles on German soil. If a mutual renunciation is on the table, we should take it with both hands.", "tobias-wendel", 1, "Tobias Wendel", "no-intermediate-range-missiles", "supports", 1, "2022-01-13"),
 ("Instead, this Federal Government lectures the Russians and sends its Foreign Minister around the world with moral sermons.", "tobias-wendel", 1, "Tobias Wendel", "", "", 1, "2022-01-13"),
 ("Madam President! Colleagues! The talks in Geneva, Brussels and Vienna must go on, and they must go on without preconditions on either side: not \"first withdraw your troops\", and not \"first sign our treaty\".", "sevim-tunc", 1, "Sevim Tunç", "no-preconditions", "supports", 1, "2022-01-13"),
 ("Madam President! Ladies and gentlemen! We Social Democrats say: reopen the channels. The military contacts between NATO and Russia that were broken off last autumn must be restored, because hotlines between officers have prevented wars before.", "jasper-kuhn", 1, "Jasper Kühn", "resume-military-dialogue", "supports", 1, "2022-01-13"),
 ("Let us give diplomacy the time it needs, and let us not talk ourselves into a war that nobody in Europe wants.", "jasper-kuhn", 1, "Jasper Kühn", "", "", 1, "2022-01-13"),
]
L["aljazeera-2022-01-26-live-us-nato-written-response"] = [
 ("There is no change, there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The document we’ve delivered includes concerns of the United States and our allies and partners about Russia’s actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("Blinken said the US was prepared to discuss, on a reciprocal basis, where offensive weapons systems are placed in Europe, including near Russia’s borders, but would not make the document public.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He says the allies want Russia to pull its forces back from Ukraine’s borders and to choose the path of dialogue.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("It is important for us that there is not a single word in it about Ukraine that was not agreed with us,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 ("Andriy Yermak, the head of President Volodymyr Zelensky’s office, said late on Wednesday that Ukraine was ready to keep talking with Russia “in any format” and without preconditions, after more than eight hours of talks between Russian, Ukrainian, French and German advisers in Paris.", "andriy-yermak", 1, "Andriy Yermak", "no-preconditions", "supports", 0, "2022-01-26"),
 ("we will take the necessary response measures.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-26"),
 ("The so-called open door policy is not a dogma written in stone. Nobody is obliged to accept everyone, and nobody has the right to strengthen their own security at the expense of ours,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-26"),
 ("Deputy Foreign Minister Sergei Ryabkov told the RIA Novosti news agency on Wednesday that a mutual ban on deploying intermediate-range missiles within reach of each other’s territory remained “an indispensable element” of any deal.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-26"),
 ("The military development of Ukrainian territory by NATO countries is a direct threat to us, and it has to stop,", "dmitry-peskov", 1, "Dmitry Peskov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-26"),
]
L["cbc-2022-01-27-the-current-diplomacy-ukraine"] = [
 ("The December drafts ask for a lot. The short version is that Ukraine should never join NATO, and that the promise the alliance made to Kyiv and Tbilisi at Bucharest in 2008 should be formally taken back.", "olena-marchuk", 1, "Olena Marchuk", "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("The December drafts ask for a lot. The short version is that Ukraine should never join NATO, and that the promise the alliance made to Kyiv and Tbilisi at Bucharest in 2008 should be formally taken back.", "olena-marchuk", 1, "Olena Marchuk", "rescind-bucharest-2008", "mentions", 1, "2022-01-27"),
 ("And then there is a second layer that people talk about less: no Western troops, no training missions, no joint exercises in Ukraine, Georgia or Moldova, or anywhere else in the former Soviet space outside NATO.", "olena-marchuk", 1, "Olena Marchuk", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-27"),
 ("The membership part, obviously. Washington has said over and over that NATO's door stays open, and from what I hear that is exactly what the written reply says again.", "brent-halvorsen", 1, "Brent Halvorsen", "nato-open-door", "mentions", 1, "2022-01-27"),
 ("But the missile part is where I'd push back on Moscow myself. A blanket ban on intermediate-range missiles sounds lovely, but Russia already fielded the 9M729, and that's why the INF Treaty collapsed. You can't ask the other side to renounce a weapon you've already deployed.", "brent-halvorsen", 1, "Brent Halvorsen", "no-intermediate-range-missiles", "rejects", 1, "2022-01-27"),
 ("What the Americans did offer, as I understand it, is to restart the military-to-military channels, the hotlines, the regular contacts between general staffs. Those have been dead for months.", "brent-halvorsen", 1, "Brent Halvorsen", "resume-military-dialogue", "mentions", 1, "2022-01-27"),
 ("Canada's position is very clear. We will not accept any arrangement that stops Canadian soldiers from training Ukrainian forces. Operation UNIFIER continues, and it will continue.", "melanie-joly", 1, "Mélanie Joly", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("Badly, from the very start. But I would remind listeners that the training mission began after Crimea was annexed, not before. The order of events matters here.", "olena-marchuk", 1, "Olena Marchuk", "", "", 1, "2022-01-27"),
 ("A narrow one. The Americans keep saying that Russia has to pull its troops back from Ukraine's border, and the Kremlin keeps saying it moves its troops wherever it likes on its own soil. Neither of those lines will survive a real negotiation.", "olena-marchuk", 1, "Olena Marchuk", "russia-de-escalation", "mentions", 1, "2022-01-27"),
 ("I'm less optimistic. On strike weapons, for instance, I don't see a deal: allies that border Russia have every right to host whatever they need for their own defence.", "brent-halvorsen", 1, "Brent Halvorsen", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("And personally, I don't think you negotiate with a hundred thousand troops parked on the border. De-escalation first, and then a seat at the table.", "brent-halvorsen", 1, "Brent Halvorsen", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("And personally, I don't think you negotiate with a hundred thousand troops parked on the border. De-escalation first, and then a seat at the table.", "brent-halvorsen", 1, "Brent Halvorsen", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("They do. Both capitals now say they are ready to keep talking without preconditions. The question is whether anyone really means it.", "olena-marchuk", 1, "Olena Marchuk", "no-preconditions", "mentions", 1, "2022-01-27"),
 ("Keep the embassy open as long as it's safe, keep talking to our allies, and keep our mouths shut about what we would or wouldn't do if the worst happens. Ambiguity is not a weakness in this situation.", "brent-halvorsen", 1, "Brent Halvorsen", "", "", 1, "2022-01-27"),
 ("I'd add one thing. Listen to Ukrainians. Too much of this conversation happens over their heads, in Geneva and Brussels, as if they were a chess board and not a country of 40 million people.", "olena-marchuk", 1, "Olena Marchuk", "", "", 1, "2022-01-27"),
]
L["toi-2022-02-02-putin-three-key-demands"] = [
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapons near Russia's borders, and returning the bloc's military infrastructure in Europe to where it was in 1997,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapons near Russia's borders, and returning the bloc's military infrastructure in Europe to where it was in 1997,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapons near Russia's borders, and returning the bloc's military infrastructure in Europe to where it was in 1997,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("State Department spokesperson Ned Price said on Monday that American security assistance to Kyiv would continue despite Moscow's demands that Western military activity in Ukraine cease.", "ned-price", 1, "Ned Price", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-31"),
 ("State Department spokesperson Ned Price said on Monday that American security assistance to Kyiv would continue despite Moscow's demands that Western military activity in Ukraine cease.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("a peaceful resolution of the situation through sustained diplomatic efforts", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-27"),
 ("Putin is not going to get a signed, legally binding promise from Washington, and he knows it. What matters now is what he does with that knowledge,", "meera-krishnaswamy", 1, "Meera Krishnaswamy", "written-legal-guarantees", "mentions", 1, ""),
 ("India's interest is simply that this does not become a war,", "vikram-saighal", 1, "Vikram Saighal", "", "", 1, ""),
 ("A Russia that feels cornered is worse for us than a Russia that gets a deal keeping intermediate-range missiles out of Europe.", "vikram-saighal", 1, "Vikram Saighal", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Saighal argues that the American offer of talks on arms control and on transparency around military exercises, which Washington included in its written reply, gives both sides a way to claim a partial success.", "vikram-saighal", 1, "Saighal", "limit-military-exercises", "mentions", 0, ""),
 ("She points out that the question of NATO's eastward expansion remains unanswered in every package on offer.", "meera-krishnaswamy", 1, "She", "nato-non-expansion", "mentions", 0, ""),
]

write_gold(L, "articles-46", "gold-46")
