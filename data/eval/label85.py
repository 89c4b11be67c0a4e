#!/usr/bin/env python3
"""Writes the 85th held-out gold (gold-85/*.nq) from the labels below.

Batch 85 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
The seven articles imitate the mainstream coverage most readers saw of the
December 2021 - February 2022 "security guarantees" crisis:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the
  Geneva talks, no front matter (date line "January 10, 2022 7:12 PM GMT",
  dateline "GENEVA, Jan 10 (Reuters) -"), straight quotes, a quotation split
  across "Ryabkov told reporters", a crosshead, Baker 1990 background.
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog of the
  NATO-Russia Council (front matter, reverse-chronological GMT timestamps,
  curly quotes, standfirst, photo caption, an indirect statement continued in
  a sentence with no verb of saying, "despite Moscow's demands" and "Russia's
  demand" in passing, a document quoted in the opening entry).
- state-2022-01-26-blinken-press-availability: State Department transcript
  (front matter, speaker labels SECRETARY BLINKEN / MR PRICE / QUESTION);
  every answer paragraph is one direct quotation, questions and the
  moderator are not labelled.
- ria-2022-01-18-ryabkov-interview: machine-translated RIA Novosti interview
  with a UTF-8 BOM and CRLF line ends, front matter, dash-led Q/A paragraphs
  with answer paragraphs that continue without a dash, guillemets, "Sergey"
  spelling, a link line.
- dw-2022-01-13-osce-vienna-rau: DW report from the OSCE Permanent Council,
  no front matter (date line "Date 13.01.2022"), German-style „ “ quotes,
  standfirst and crossheads, a quotation interrupted by "Ryabkov said ... in
  an interview with", Helsinki/Paris background, a speaker with no day.
- kyivpost-2022-01-27-kyiv-reacts-written-answers: Kyiv Post reactions to the
  written answers (front matter, straight quotes, two speakers in one
  sentence, "according to", Bucharest 2008 background with a quoted
  declaration, a Georgian minister with no day, a "Read also" line).
- nyt-2022-02-03-opinion-putins-three-demands: New York Times guest essay
  (no front matter, "Feb. 3, 2022"), curly quotes, Putin's 1 February list,
  invented experts, an unattributed follow-up quotation, Baker 1990 and the
  1997 Founding Act as background, "according to people who have read it"
  (an unnamed group, left out), the author's own prose (not labelled).

The labels were written by hand, from reading the articles, following these
conventions:
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
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (also from the sentence that sets the scene for a quotation); "" when the
  text gives no day.

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that NATO must stop expanding and that Ukraine must never join the alliance, as nearly eight hours of talks in Geneva ended with both sides describing the gap between them as wide.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("Russia told the United States on Monday that NATO must stop expanding and that Ukraine must never join the alliance, as nearly eight hours of talks in Geneva ended with both sides describing the gap between them as wide.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We do not trust the other side. We need ironclad guarantees, and we need them on paper.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Russia had no intention of attacking Ukraine, he added, and the deployment of troops near the border was a matter for Moscow alone.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by phone, said Washington had \"firmly pushed back\" on security proposals that were \"simply non-starters,\" among them Moscow's demand that NATO rule out any further enlargement.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by phone, said Washington had \"firmly pushed back\" on security proposals that were \"simply non-starters,\" among them Moscow's demand that NATO rule out any further enlargement.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, if Russia was willing to do the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, if Russia was willing to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She said the two sides had also talked about reviving regular contacts between their militaries.", "wendy-sherman", 1, "She", "resume-military-dialogue", "mentions", 0, D),
 ("Negotiations, he insisted, should proceed without preconditions, and Moscow would not accept \"any linkage\" between troop movements on its own territory and the security guarantees it has proposed.", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 0, D),
 ("Both delegations essentially read their positions to each other and then went home to report,", "alexei-borodkin", 1, "he", "", "", 1, ""),
 ("Nobody in that room had a mandate to compromise on anything that matters.", "alexei-borodkin", 1, "he", "", "", 1, ""),
]

D = "2022-01-12"
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("He said Nato’s refusal to halt its eastward expansion was a “red line” for Moscow and that Russia would respond with military-technical means if its security concerns were ignored.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("Strategic bombers, warships and large-scale drills would also have to be kept away from Russia’s borders.", "alexander-grushko", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Strategic bombers, warships and large-scale drills would also have to be kept away from Russia’s borders.", "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("If there is an attempt to find our weak spots, we will look for theirs. Russia is not going to let its security depend on anyone’s goodwill,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("Asked whether Moscow would restore military contacts with the alliance, which it cut off in October after Nato expelled eight members of its mission, Grushko said he saw “no point” in doing so while Nato treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, tweeted on Wednesday afternoon that the Nato battlegroup in his country was there to stay, despite Moscow’s demands that the alliance withdraw its forces from states that joined after 1997.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, tweeted on Wednesday afternoon that the Nato battlegroup in his country was there to stay, despite Moscow’s demands that the alliance withdraw its forces from states that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Estonia’s prime minister, Kaja Kallas, told the Guardian on Wednesday that allied exercises on Estonian soil were “not a bargaining chip” and would not be scaled back to please the Kremlin.", "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 0, D),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "the Nato secretary general", "", "", 1, D),
 ("Allies reaffirmed that each nation has the right to choose its own path. Russia does not have a veto on whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Allies reaffirmed that each nation has the right to choose its own path. Russia does not have a veto on whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("He rejected Russia’s demand that Nato formally take back the promise made at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members, saying the decision “stands”.", "jens-stoltenberg", 1, "He", "rescind-bucharest-2008", "rejects", 0, D),
 ("He rejected Russia’s demand that Nato formally take back the promise made at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members, saying the decision “stands”.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Everything comes back to the open door. The allies cannot give ground on it and the Russians cannot drop it, so there is no halfway house,", "matthias-roeder", 1, "Matthias Roeder", "nato-open-door", "mentions", 1, ""),
 ("We’re not going to know what the Russians are going to do until they tell us, and they may not know themselves yet,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
]

D = "2022-01-26"
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon. A short time ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own response in parallel. We've consulted closely with allies and partners, and with Ukraine, on every element of it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("The document sets out a serious diplomatic path should Russia choose it. It addresses areas where we believe we can make progress together: arms control related to missiles in Europe, transparency measures and reciprocal limits on the scope of exercises, and restoring channels of communication between our militaries to reduce the risk of incidents.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The document sets out a serious diplomatic path should Russia choose it. It addresses areas where we believe we can make progress together: arms control related to missiles in Europe, transparency measures and reciprocal limits on the scope of exercises, and restoring channels of communication between our militaries to reduce the risk of incidents.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 ("The document sets out a serious diplomatic path should Russia choose it. It addresses areas where we believe we can make progress together: arms control related to missiles in Europe, transparency measures and reciprocal limits on the scope of exercises, and restoring channels of communication between our militaries to reduce the risk of incidents.", "antony-blinken", 1, "Blinken", "resume-military-dialogue", "supports", 1, D),
 ("At the same time, we make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Finally, the best way to give diplomacy a chance is for Russia to pull back the forces it has amassed along Ukraine's borders. We have not seen that. We've seen the opposite.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("We are not publishing the document, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. But the Russians are free to do so, and we've told them that.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("No. There is no change, and there will be no change: we will not sign a legal guarantee that shuts NATO's door to Ukraine or to anyone else.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "rejects", 1, D),
 ("No. There is no change, and there will be no change: we will not sign a legal guarantee that shuts NATO's door to Ukraine or to anyone else.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, D),
 ("No. There is no change, and there will be no change: we will not sign a legal guarantee that shuts NATO's door to Ukraine or to anyone else.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("What we have done is put on the table ideas that could address concerns Russia has raised, on a reciprocal basis, including its concern about offensive weapons close to its borders. We're prepared to discuss transparency measures and mutual commitments on the deployment of offensive strike systems in Ukraine.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("That's a non-starter. We're not going to withdraw from the eastern flank. Allies who joined NATO after 1997 are full members with full rights, and our commitment to their defense is ironclad.", "antony-blinken", 1, "Blinken", "rollback-to-1997", "rejects", 1, D),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and take it seriously.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Ultimately, it's up to President Putin to decide which path he takes. We're ready either way: for dialogue and diplomacy, or for defense and a strong response.", "antony-blinken", 1, "Blinken", "", "", 1, D),
]

D = "2022-01-18"
R = "Sergey Ryabkov"
L["ria-2022-01-18-ryabkov-interview"] = [
 ("Russia will not accept the answer of Washington in which there is no clause about the non-expansion of NATO, declared on Tuesday in the interview to RIA Novosti the deputy minister of foreign affairs of Russia Sergey Ryabkov.", "sergei-ryabkov", 1, R, "nato-non-expansion", "supports", 0, D),
 ("We do not see at present the grounds to sit down again at the table in the coming days. The ball is on the American side. We need the answers on paper, and then the guarantees must be legally binding, signed, and not the promises which one administration gives and the next takes away.", "sergei-ryabkov", 1, R, "written-legal-guarantees", "supports", 1, D),
 ("For us it is the question of principle. Ukraine and Georgia must never become members of NATO, and the decision of the Bucharest summit of 2008, which promised them this, must be disavowed. It is not the history, it is the problem of today.", "sergei-ryabkov", 1, R, "no-ukraine-membership", "supports", 1, D),
 ("For us it is the question of principle. Ukraine and Georgia must never become members of NATO, and the decision of the Bucharest summit of 2008, which promised them this, must be disavowed. It is not the history, it is the problem of today.", "sergei-ryabkov", 1, R, "rescind-bucharest-2008", "supports", 1, D),
 ("The so-called «open door policy» is not the sacred cow. The freedom to choose the alliances cannot be realized at the expense of the security of other states, this was agreed at the OSCE in Istanbul and in Astana.", "sergei-ryabkov", 1, R, "nato-open-door", "rejects", 1, D),
 ("The intermediate-range missiles are the topic which we ourselves proposed years ago, after the Americans left the INF treaty, and we are ready to speak about it. But only in the package. To take from our proposals only what is convenient to the Americans, we will not permit.", "sergei-ryabkov", 1, R, "no-intermediate-range-missiles", "supports", 1, D),
 ("Also the American warships and the strategic bombers must not come into the zones from which they can strike the objects on our territory. It is the mirror requirement; we are ready to take on ourselves the same obligations.", "sergei-ryabkov", 1, R, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Russia moves the troops on its own territory as it considers necessary, and no one will dictate to us where they stand. To make the de-escalation the precondition of the dialogue is the unacceptable approach; the talks must go without any preconditions.", "sergei-ryabkov", 1, R, "russia-de-escalation", "rejects", 1, D),
 ("Russia moves the troops on its own territory as it considers necessary, and no one will dictate to us where they stand. To make the de-escalation the precondition of the dialogue is the unacceptable approach; the talks must go without any preconditions.", "sergei-ryabkov", 1, R, "no-preconditions", "supports", 1, D),
 ("To restore the military contacts with NATO there is no sense now. First the alliance must stop to draw into its orbit Ukraine and the other countries of the former Soviet Union, to build there the infrastructure and to send there its instructors.", "sergei-ryabkov", 1, R, "resume-military-dialogue", "rejects", 1, D),
 ("To restore the military contacts with NATO there is no sense now. First the alliance must stop to draw into its orbit Ukraine and the other countries of the former Soviet Union, to build there the infrastructure and to send there its instructors.", "sergei-ryabkov", 1, R, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Then we will take the measures of the military-technical character. I would not like to go into the details now, the military will tell.", "sergei-ryabkov", 1, R, "", "", 1, D),
 ("Earlier the head of the MFA Sergey Lavrov at the annual press conference on Friday declared that the withdrawal of the NATO forces to the positions of 1997 remains the obligatory element of any agreement.", "sergei-lavrov", 1, "Sergey Lavrov", "rollback-to-1997", "supports", 0, "2022-01-14"),
]

D = "2022-01-13"
L["dw-2022-01-13-osce-vienna-rau"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau told the OSCE Permanent Council that a peaceful solution required Russia to pull back the forces it has gathered near Ukraine.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, D),
 ("Poland, he said, would never agree to a ban on the deployment of allied strike capabilities on Polish territory, whatever was agreed between Moscow and Washington.", "zbigniew-rau", 1, "he", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("We are not going to wait forever. If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to draw the appropriate conclusions,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("He said a moment of truth had come and that NATO had to give a clear, legally binding commitment that it would not expand further east and would not place strike weapons close to Russia's borders.", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("He said a moment of truth had come and that NATO had to give a clear, legally binding commitment that it would not expand further east and would not place strike weapons close to Russia's borders.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He said a moment of truth had come and that NATO had to give a clear, legally binding commitment that it would not expand further east and would not place strike weapons close to Russia's borders.", "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We do not see grounds to sit down again in the coming days,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("because the Americans have given no answer on the main thing, the non-expansion of NATO.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("Carpenter said Washington would not accept a Russian veto over who joins NATO, but was ready to talk about rules for warships and military aircraft operating close to each other's territory.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("Carpenter said Washington would not accept a Russian veto over who joins NATO, but was ready to talk about rules for warships and military aircraft operating close to each other's territory.", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 ("In Berlin, German Foreign Minister Annalena Baerbock, who travels to Kyiv and Moscow next week, rejected any suggestion that Ukraine's path to NATO could be closed in a deal struck over its head.", "annalena-baerbock", 1, "Annalena Baerbock", "no-ukraine-membership", "rejects", 0, ""),
 ("Russia wants a signed promise from Washington that NATO stops where it is, and the West wants Russian troops to go back to their barracks. Neither side will get that in Vienna,", "katharina-wendt", 1, "Wendt", "nato-non-expansion", "mentions", 1, ""),
 ("Russia wants a signed promise from Washington that NATO stops where it is, and the West wants Russian troops to go back to their barracks. Neither side will get that in Vienna,", "katharina-wendt", 1, "Wendt", "written-legal-guarantees", "mentions", 1, ""),
 ("Russia wants a signed promise from Washington that NATO stops where it is, and the West wants Russian troops to go back to their barracks. Neither side will get that in Vienna,", "katharina-wendt", 1, "Wendt", "russia-de-escalation", "mentions", 1, ""),
]

D = "2022-01-27"
BOTH = "Both Kuleba and Defense Minister Oleksii Reznikov insisted on Thursday that any further talks with Russia should be conditional on Moscow first withdrawing the troops it has massed near Ukraine's borders."
HRY = "The Kremlin asked for things it knew it could not get: a closed door for Ukraine, no Western troops or trainers anywhere in the former Soviet republics, NATO pulled back to its 1997 lines, and all of it in a legally binding treaty. It got none of them, and it knew it would get none of them,"
L["kyivpost-2022-01-27-kyiv-reacts-written-answers"] = [
 ("Ukrainian Foreign Minister Dmytro Kuleba said on Thursday that the written replies the United States and NATO delivered to Moscow on Jan. 26 made no concessions to Moscow's demand that Ukraine be barred from the alliance.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Ukrainian Foreign Minister Dmytro Kuleba said on Thursday that the written replies the United States and NATO delivered to Moscow on Jan. 26 made no concessions to Moscow's demand that Ukraine be barred from the alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We have seen the American response before it was handed over to Russia. There are no positions in it that we would object to,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Nobody discussed any limits on our cooperation with the United States or any other partner, on who trains our soldiers or who sells us weapons. That is not Russia's business,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Ukraine's future in NATO will be decided in Kyiv and in Brussels, not in Moscow. We are not asking anyone's permission,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ukraine's future in NATO will be decided in Kyiv and in Brussels, not in Moscow. We are not asking anyone's permission,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 (BOTH, "dmytro-kuleba", 1, "Kuleba", "no-preconditions", "rejects", 0, D),
 (BOTH, "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 (BOTH, "oleksii-reznikov", 1, "Oleksii Reznikov", "no-preconditions", "rejects", 0, D),
 (BOTH, "oleksii-reznikov", 1, "Oleksii Reznikov", "russia-de-escalation", "supports", 0, D),
 ("According to Lavrov, who spoke to Russian radio stations on Thursday, the US reply contained \"no positive answer\" on NATO's eastward expansion, which he called the main question for Russia.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (HRY, "oksana-hrytsenko", 1, "Hrytsenko", "no-ukraine-membership", "mentions", 1, ""),
 (HRY, "oksana-hrytsenko", 1, "Hrytsenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (HRY, "oksana-hrytsenko", 1, "Hrytsenko", "rollback-to-1997", "mentions", 1, ""),
 (HRY, "oksana-hrytsenko", 1, "Hrytsenko", "written-legal-guarantees", "mentions", 1, ""),
 ("The real danger now is not the paperwork. It is what Putin decides to do when he concludes that the paperwork has failed,", "oksana-hrytsenko", 1, "she", "", "", 1, ""),
 ("In Tbilisi, Georgian Foreign Minister David Zalkaliani said Georgia's aspiration to join NATO was written into its constitution and was not up for negotiation with anyone.", "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 0, ""),
]

D = "2022-02-01"
PUT = "We did not see adequate consideration of our three key demands: preventing NATO expansion, the refusal to deploy strike weapons systems near Russia’s borders and returning the bloc’s military infrastructure in Europe to the state of 1997,"
BER = "The precondition was always that NATO first accept the principle of non-enlargement. The talk of dialogue without preconditions was decoration,"
BUC = "Rescinding the 2008 Bucharest pledge to Ukraine and Georgia, she added, was on Moscow’s list mostly as a symbol, since the promise never came with a timetable."
L["nyt-2022-02-03-opinion-putins-three-demands"] = [
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, D),
 (PUT, "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, D),
 (PUT, "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 1, D),
 (PUT, "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 1, D),
 ("If you accept that NATO must pull its troops out of Poland and the Baltic states, you have accepted that we are second-class members. No government in this region will sign up to that,", "tomasz-wierzbicki", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Nor, in his view, should Washington be tempted by talk of a missile freeze.", "tomasz-wierzbicki", 1, "his", "no-intermediate-range-missiles", "rejects", 0, ""),
 ("A moratorium on American missiles in Europe while the Iskanders sit in Kaliningrad? No, thank you.", "tomasz-wierzbicki", 1, "his", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("This is the one place where the two sides’ interests actually overlap. Neither Washington nor Moscow wants intermediate-range missiles back in Europe, and a verifiable ban would serve both,", "samuel-okafor", 1, "Samuel Okafor", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Asking the U.S. Navy to stay out of the Black Sea and the Baltic is asking it to stop being a navy. That’s not going to happen,", "kevin-doyle", 1, "Kevin Doyle", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Dmitry Peskov, Mr. Putin’s spokesman, told reporters on Wednesday that Russia still wanted a legally binding treaty rather than a political declaration or a temporary moratorium.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-02-02"),
 (BER, "natalia-berezina", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (BER, "natalia-berezina", 1, "she", "no-preconditions", "mentions", 1, ""),
 (BUC, "natalia-berezina", 1, "she", "rescind-bucharest-2008", "mentions", 0, ""),
 (BUC, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]

write_gold(L, "articles-85", "gold-85")
