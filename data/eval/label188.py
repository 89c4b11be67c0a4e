#!/usr/bin/env python3
"""Writes the held-out gold of batch 188 (gold-188/*.nq) from the labels below.

Batch 188 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
follows the brief for the coverage most readers saw, seven articles in seven
forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy from Geneva,
  front matter, straight quotes, a quotation split by "Ryabkov said", a
  Western rejection that cites Moscow's demand in passing, background on
  Bucharest 2008 and the 1990 "one inch" story;
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council, UTF-8 BOM and CRLF, no front matter (date in
  the text), speaker labels, spokesperson and journalists' questions;
- rferl-2022-01-13-osce-vienna-live: RFE/RL live blog of the OSCE Vienna day,
  front matter, curly quotes, timestamped entries in reverse order, a photo
  caption and a link line;
- izvestia-2022-01-27-grushko-interview-mt: Izvestia interview with Grushko
  in machine translation, no front matter, dash Q/A, « » quotes;
- nbc-2022-01-26-us-written-response: NBC News story on the US written
  answer, no front matter, Blinken, Price ("in an interview with NBC News"),
  Kirby, the Russian Embassy, two former officials;
- up-2022-02-01-putin-concerns-kuleba: Ukrainska Pravda news story, front
  matter, „ “ quotes, Putin after the answers, Kuleba, Zelensky, Zakharova;
- lemonde-2022-01-20-europe-security-order: Le Monde in English analysis
  quoting invented experts, Macron in Strasbourg, a senior EU official,
  history (Baker 1990, Founding Act 1997, Bucharest 2008) that is not
  labelled.

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
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia told the United States on Monday that it needed legally binding guarantees that Ukraine would never join NATO, as nearly eight hours of talks in Geneva ended with no sign that either side was ready to give ground.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, D),
 ("Russia told the United States on Monday that it needed legally binding guarantees that Ukraine would never join NATO, as nearly eight hours of talks in Geneva ended with no sign that either side was ready to give ground.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We are not going to give up anything,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("and our American colleagues must understand that the non-expansion of NATO is an absolute imperative for us.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("Ryabkov said Moscow had also pressed Washington to agree never to deploy intermediate-range missiles within reach of Russian territory.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by phone after the talks, said Washington had firmly pushed back on proposals that were \"simply non-starters,\" including Moscow's demand that NATO rule out any further eastward enlargement.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by phone after the talks, said Washington had firmly pushed back on proposals that were \"simply non-starters,\" including Moscow's demand that NATO rule out any further eastward enlargement.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("It is Russia that has to choose. The best way to show it is serious about diplomacy is to de-escalate and send those troops back to their barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-12"
N = "nato-2022-01-12-stoltenberg-nrc-presser"
P2 = "At today's meeting, Russia asked NATO to stop admitting new members and to withdraw forces and infrastructure from the territory of Allies that joined the Alliance after 1997. These are Russia's proposals, and we listened carefully to them."
P3 = "Allies were united in our response. We will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. NATO's door remains open, and Russia does not have a veto over whether Ukraine becomes a NATO member."
P4 = "At the same time, Allies are ready to sit down with Russia on arms control, including on intermediate-range missiles in Europe, and on greater transparency and limits on military exercises, on a reciprocal basis."
JS = "Jens Stoltenberg"
L[N] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a serious and direct exchange on European security.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 (P2, "jens-stoltenberg", 1, JS, "nato-non-expansion", "mentions", 1, D),
 (P2, "jens-stoltenberg", 1, JS, "rollback-to-1997", "mentions", 1, D),
 (P2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 (P2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 (P3, "jens-stoltenberg", 1, JS, "nato-open-door", "supports", 1, D),
 (P3, "jens-stoltenberg", 1, JS, "no-ukraine-membership", "rejects", 1, D),
 (P4, "jens-stoltenberg", 1, JS, "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, "jens-stoltenberg", 1, JS, "limit-military-exercises", "mentions", 1, D),
 ("We also proposed to re-establish military-to-military lines of communication, to reduce the risk of incidents and accidents, and to reopen our respective offices in Moscow and Brussels.", "jens-stoltenberg", 1, JS, "resume-military-dialogue", "supports", 1, D),
 ("The real problem is the Russian military build-up in and around Ukraine. We call on Russia to de-escalate, to withdraw its forces, and to engage in good faith in the talks we have started this week.", "jens-stoltenberg", 1, JS, "russia-de-escalation", "supports", 1, D),
 ("Russia did not agree to a date for the next meeting, but the Russian delegation did not reject further talks either. There is a real risk of a new armed conflict in Europe, and that is exactly why we need to keep talking.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 ("We do not discuss the presence of NATO forces on Allied territory with Russia. Romania and Bulgaria are sovereign Allies, and our forces are there to defend them, not to threaten anyone.", "jens-stoltenberg", 1, JS, "rollback-to-1997", "rejects", 1, D),
 ("They listened, they took note, and they said they would report back to Moscow. I cannot speak on their behalf, and I will not speculate about what the Kremlin decides.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 ("What I can say is that the Council met, that we had a frank discussion, and that every Ally took the floor. That in itself sends a message of unity.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 ("Yes. Nothing will be decided about Ukraine without Ukraine, and nothing about European security without our European Allies and partners, Finland and Sweden included. We are in close contact with President Zelensky and with Foreign Minister Kuleba, and we will continue to stand by Ukraine's sovereignty and territorial integrity.", "jens-stoltenberg", 1, JS, "", "", 1, D),
]

D = "2022-01-13"
L["rferl-2022-01-13-osce-vienna-live"] = [
 ("Poland will decide together with its allies which weapons are deployed on Polish territory, and Moscow has no say in that.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("A ban on American missiles in Europe while Iskanders stand in Kaliningrad is not arms control, it is unilateral disarmament, and we will not accept it,", "gabrielius-landsbergis", 1, "Landsbergis", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Ukrainian Foreign Minister Dmytro Kuleba said in Kyiv that Ukraine would keep training with NATO instructors and receiving Western weapons “whatever Moscow writes” in its draft treaties.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("At her weekly briefing in Moscow, Foreign Ministry spokeswoman Maria Zakharova said NATO had to scale back the drills it holds near Russia's borders, which she said had grown larger and more provocative every year.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 0, D),
 ("This has to stop, and the Americans know perfectly well which exercises we are talking about,", "maria-zakharova", 1, "she", "limit-military-exercises", "supports", 1, D),
 ("The so-called open-door policy is a relic of the past that has brought Europe nothing but new dividing lines. It has to be closed,", "aleksandr-lukashevich", 1, "he", "nato-open-door", "rejects", 1, D),
 ("The so-called open-door policy is a relic of the past that has brought Europe nothing but new dividing lines. It has to be closed,", "aleksandr-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("Deputy Foreign Minister Sergei Ryabkov told RTVI television that Moscow would not agree to an open-ended dialogue without preconditions and wanted Washington first to give a clear answer on NATO's non-expansion.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "rejects", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov told RTVI television that Moscow would not agree to an open-ended dialogue without preconditions and wanted Washington first to give a clear answer on NATO's non-expansion.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("it all depends on the actions of our American counterparts.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
]

D = "2022-01-27"
AG = "Alexander Grushko"
L["izvestia-2022-01-27-grushko-interview-mt"] = [
 ("We have received the documents, now they are studied attentively in all departments. But already it is possible to tell: on the key question, the non-expansion of NATO to the east, a positive answer is not present. For us this is a question of principle.", "alexander-grushko", 1, AG, "nato-non-expansion", "supports", 1, D),
 ("The policy of «open doors» is not a law of nature. It was invented in the alliance itself, and it can be cancelled by the alliance itself, if there is a political will.", "alexander-grushko", 1, AG, "nato-open-door", "rejects", 1, D),
 ("The formula of Bucharest, that Ukraine and Georgia will become members of NATO, must be officially disavowed. Without this all the rest will remain the words.", "alexander-grushko", 1, AG, "rescind-bucharest-2008", "supports", 1, D),
 ("We do not refuse to discuss the medium-range and shorter-range missiles, but only in a package. Taken separately from the main question, these topics do not have a sense for us.", "alexander-grushko", 1, AG, "no-intermediate-range-missiles", "mentions", 1, D),
 ("For the restoration of the military contacts there are now no conditions. The alliance itself broke all channels in 2014, and now wants to present their return as a gift.", "alexander-grushko", 1, AG, "resume-military-dialogue", "rejects", 1, D),
 ("Where our troops stand on our own territory is not a subject of negotiations with anybody. We do not threaten anybody, and the hysteria about the «invasion» is created artificially.", "alexander-grushko", 1, AG, "russia-de-escalation", "rejects", 1, D),
 ("The American destroyers and the strategic bombers which fly along our borders do it not for the tourism. We insist that they do not enter the zones from which they can strike the Russian territory.", "alexander-grushko", 1, AG, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Now the ball is on the side of the leadership of the country. The President will make the decision, how to act further, after all the answers are analysed.", "alexander-grushko", 1, AG, "", "", 1, D),
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
]

D = "2022-01-26"
LEAD = "The United States on Wednesday handed Russia its written response to Moscow's demands for security guarantees, offering talks on arms control and transparency but refusing to close NATO's door to new members, Secretary of State Antony Blinken said."
PRICE = "State Department spokesman Ned Price, in an interview with NBC News on Wednesday, said the United States would not sign a legally binding treaty that wrote a Russian veto over NATO's decisions into international law."
L["nbc-2022-01-26-us-written-response"] = [
 (LEAD, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, D),
 ("has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (PRICE, "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, D),
 (PRICE, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, D),
 ("We are not going to put our signature on a piece of paper that freezes Europe's security order in place. No American administration would do that,", "ned-price", 1, "Price", "written-legal-guarantees", "rejects", 1, D),
 ("At the Pentagon, press secretary John Kirby told reporters on Wednesday that the U.S. military would not cancel or scale back exercises with its allies in Europe \"to make anyone happy.\"", "john-kirby", 1, "John Kirby", "limit-military-exercises", "rejects", 0, D),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("The Russian Embassy in Washington said in a statement on Wednesday that Moscow still expected a clear answer on NATO's non-expansion and would study the document carefully before responding.", "russia", 0, "The Russian Embassy in Washington", "nato-non-expansion", "supports", 0, D),
 ("The letter is a door, not a deal. What matters now is whether the Kremlin treats it as a starting point or as an insult,", "rachel-okonkwo", 1, "Rachel Okonkwo", "", "", 1, ""),
 ("Moscow asked for a treaty and got a letter,", "andrei-tselikov", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow asked for a treaty and got a letter,", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-02-01"
PUTIN3 = "Speaking at a press conference with Hungarian Prime Minister Viktor Orbán in Moscow on Tuesday, Putin listed the three demands which he said had been brushed aside: preventing NATO's expansion, not deploying strike weapons systems near Russia's borders, and returning the alliance's military infrastructure in Europe to where it stood in 1997."
KUL_B = "Kuleba also dismissed Moscow's demand that NATO renounce the decision of the 2008 Bucharest summit, saying that the promise made to Ukraine there „belongs to Ukraine“ and could not be withdrawn by anyone in Moscow."
KUL_Q = "Nobody will trade Ukraine's future for Moscow's promises. NATO's door is open, and it is our choice whether to walk through it"
L["up-2022-02-01-putin-concerns-kuleba"] = [
 (PUTIN3, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (PUTIN3, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PUTIN3, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 ("It is already clear now that the fundamental Russian concerns were ignored", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (KUL_B, "dmytro-kuleba", 1, "Kuleba", "rescind-bucharest-2008", "rejects", 0, D),
 (KUL_B, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (KUL_Q, "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 (KUL_Q, "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("President Volodymyr Zelensky, in his evening video address on Monday, said that he remained ready to meet Putin „in any format, without preconditions“ to end the war in Donbas.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 0, "2022-01-31"),
 ("We do not need panic. We need strong diplomacy and a strong army, and we have both", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-31"),
 ("Russian Foreign Ministry spokeswoman Maria Zakharova, meanwhile, accused Western countries of turning Ukraine into a „testing ground“ and said on Monday that NATO must stop sending its instructors and weapons to the country.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, "2022-01-31"),
]

RQ1 = "What the drafts ask for is not only that Ukraine stay out of NATO, but that Washington formally tear up the Bucharest promise and put all of this into a treaty that the US Senate would have to ratify,"
RQ2 = "In practice, it would mean a Europe in which the allies could no longer deploy strike systems anywhere near Russia, nor train a single soldier in Ukraine or Georgia,"
SQ2 = "Both sides say they want talks without preconditions, and both are stuck on the same question: whether the open-door principle is negotiable at all,"
L["lemonde-2022-01-20-europe-security-order"] = [
 ("We need to build a new order of security and stability. We must build it between Europeans, then share it with our allies within NATO, and then propose it to Russia for negotiation,", "emmanuel-macron", 1, "Macron", "", "", 1, "2022-01-19"),
 (RQ1, "camille-rousselet", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (RQ1, "camille-rousselet", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 (RQ1, "camille-rousselet", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (RQ2, "camille-rousselet", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (RQ2, "camille-rousselet", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Moscow also wants American ships and aircraft kept out of range of its territory, which in the Black Sea and in the Baltic would amount to a no-go zone,", "jakub-sadowski", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Moscow also wants American ships and aircraft kept out of range of its territory, which in the Black Sea and in the Baltic would amount to a no-go zone,", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Mr Sadowski noted that the allies had offered, at the NATO-Russia Council on January 12, to restore the military hotlines that were cut after the annexation of Crimea in 2014.", "jakub-sadowski", 1, "Sadowski", "resume-military-dialogue", "mentions", 0, ""),
 (SQ2, "jakub-sadowski", 1, "he", "no-preconditions", "mentions", 1, ""),
 (SQ2, "jakub-sadowski", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("Everything hinges on whether Putin pulls his troops back from Ukraine’s border, and nobody in Paris can tell you whether he will,", "dominique-vallier", 1, "Dominique Vallier", "russia-de-escalation", "mentions", 1, ""),
 ("A senior EU official said the bloc would insist on a seat at the table in any negotiation on the deployment of intermediate-range missiles in Europe, since such missiles would be aimed at European territory.", "european-union", 0, "A senior EU official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The Europeans have ideas, they have money, they have 27 capitals,", "camille-rousselet", 1, "she", "", "", 1, ""),
 ("What they do not yet have is a single voice.", "camille-rousselet", 1, "she", "", "", 1, ""),
]

write_gold(L, "articles-188", "gold-188")
