#!/usr/bin/env python3
"""Writes the held-out gold of batch 246 (gold-246/*.nq) from the labels below.

Batch 246 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-nato-written-answers: Bloomberg news story with
  front matter, bullet standfirst, READ MORE line and crosshead; curly quotes,
  quotations broken by "he said", fragments inside reported sentences, the
  narrator attributing Moscow's demands in passing, analysts who only mention.
- financial-times-2022-01-18-big-read-putin-ultimatum: FT Big Read with front
  matter, standfirst and crossheads; long background history (Baker 1990,
  Founding Act, Bucharest) not labelled; dates resolved from "last Monday",
  "last Wednesday", "on Thursday", "on Friday"; an Estonian official quoting
  Moscow's "return to 1997"; analysts who voice no stance of their own.
- ria-novosti-2022-01-10-ryabkov-geneva: RIA Novosti, machine-translated, no
  front matter (date in "21:14 10.01.2022"); « » quotes followed by ", - said
  X", an interrupted quote with "- told Ryabkov. -", photo caption and "Read
  also" lines; a closing paragraph that paraphrases the December drafts.
- rferl-2022-02-01-interview-arseny-podgorny: RFE/RL Q&A interview with an
  invented Russian opposition politician; front matter; answers labelled by
  paragraph (an answer of two paragraphs gives two quotations); the
  interviewee rejects, supports and mentions, and attributes demands to the
  Kremlin and Putin in passing.
- russian-mfa-2022-02-02-statement-us-nato-responses: Russian Foreign Ministry
  statement, UTF-8 BOM and CRLF line ends, no front matter. The whole text is
  the ministry's own first-person words, so each body paragraph is treated
  like an answer in a transcript: one direct quotation by
  russian-foreign-ministry (a demand-less label when it voices no demand).
- pentagon-2022-01-28-austin-milley-press-briefing: DoD transcript, no front
  matter ("Jan. 28, 2022"), speaker labels SECRETARY OF DEFENSE ... / SEC.
  AUSTIN: / GEN. MILLEY: / Q:; the moderator (Kirby) and the questions get no
  label; Austin reports Putin's demand in passing.
- politico-2022-01-13-playbook-nato-russia-council: Politico Playbook
  newsletter with front matter, ALL-CAPS section heads, invented lawmakers,
  SPOTTED/birthday items; a reporter's question to Psaki that is not labelled.

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

Choices of this writer, within those conventions: a narrator's sentence that
says Moscow/the Kremlin demands something is labelled as Russia's reported
speech; when the demand is attributed in passing to Putin by name or pronoun
the speaker is vladimir-putin (undated); paraphrases of the content of the
December draft documents ("Russia's draft agreement ... would return",
"They include the obligation ...") count as words from documents and are not
labelled. Person ids: lloyd-austin, mark-milley (short full names).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["bloomberg-2022-01-26-us-nato-written-answers"] = [
 ("The US delivered its written response to Russia’s security demands on Wednesday, offering talks on missiles and military drills while refusing to give ground on Moscow’s central insistence that Ukraine be barred from NATO for good.", "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, D),
 ("The US delivered its written response to Russia’s security demands on Wednesday, offering talks on missiles and military drills while refusing to give ground on Moscow’s central insistence that Ukraine be barred from NATO for good.", "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, D),
 ("The US delivered its written response to Russia’s security demands on Wednesday, offering talks on missiles and military drills while refusing to give ground on Moscow’s central insistence that Ukraine be barred from NATO for good.", "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The US delivered its written response to Russia’s security demands on Wednesday, offering talks on missiles and military drills while refusing to give ground on Moscow’s central insistence that Ukraine be barred from NATO for good.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Secretary of State Antony Blinken", "nato-open-door", "supports", 1, D),
 ("the right of states to choose their own security arrangements and alliances", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said Washington was prepared to discuss reciprocal commitments by both sides not to deploy offensive strike systems or permanent combat forces in Ukraine, and to look again at the kind of ground-launched intermediate-range missiles once banned under the defunct INF treaty.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("He said Washington was prepared to discuss reciprocal commitments by both sides not to deploy offensive strike systems or permanent combat forces in Ukraine, and to look again at the kind of ground-launched intermediate-range missiles once banned under the defunct INF treaty.", "antony-blinken", 1, "He", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("He said Washington was prepared to discuss reciprocal commitments by both sides not to deploy offensive strike systems or permanent combat forces in Ukraine, and to look again at the kind of ground-launched intermediate-range missiles once banned under the defunct INF treaty.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The US also proposed talks on reciprocal limits on the size and proximity of exercises in Europe, a person familiar with the document said, asking not to be identified discussing its contents.", "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, D),
 ("Russia has massed more than 100,000 troops near Ukraine’s borders, and the US and its allies have spent weeks urging President Vladimir Putin to pull them back.", "united-states", 0, "the US", "russia-de-escalation", "supports", 0, ""),
 ("If Russia is serious about its concerns, the first step is to de-escalate,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("Besides the ban on Ukraine’s membership, the Kremlin has called for the alliance to pull forces and weapons back from countries that joined after 1997, which would include Poland and the Baltic states.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("Besides the ban on Ukraine’s membership, the Kremlin has called for the alliance to pull forces and weapons back from countries that joined after 1997, which would include Poland and the Baltic states.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("The main thing is a clear position on the non-expansion of NATO to the east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("We will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("The alliance, he said, was ready to restore military communication channels with Moscow and to reopen the two sides’ missions in Brussels and Moscow, which were shut last year.", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 0, D),
 ("NATO is ready to listen to Russia’s concerns and to engage in a real conversation about how to uphold and strengthen the fundamental principles of European security,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Washington has basically said no to the things Putin cares about and yes to the things he put in to make the package look balanced,", "kristina-halvorsen", 1, "Kristina Halvorsen", "", "", 1, ""),
 ("The question is whether he takes the missile and exercise offer as a win or keeps insisting on a promise that NATO stops moving east.", "kristina-halvorsen", 1, "Kristina Halvorsen", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The question is whether he takes the missile and exercise offer as a win or keeps insisting on a promise that NATO stops moving east.", "kristina-halvorsen", 1, "Kristina Halvorsen", "limit-military-exercises", "mentions", 1, ""),
 ("The question is whether he takes the missile and exercise offer as a win or keeps insisting on a promise that NATO stops moving east.", "kristina-halvorsen", 1, "Kristina Halvorsen", "nato-non-expansion", "mentions", 1, ""),
 ("The question is whether he takes the missile and exercise offer as a win or keeps insisting on a promise that NATO stops moving east.", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, ""),
 ("Greg Volkov, a former State Department official now at the Center for a New American Security, said the written format itself was a concession to Moscow, which had complained that promises made to Mikhail Gorbachev in 1990 were never put on paper.", "greg-volkov", 1, "Greg Volkov", "written-legal-guarantees", "mentions", 0, ""),
 ("Greg Volkov, a former State Department official now at the Center for a New American Security, said the written format itself was a concession to Moscow, which had complained that promises made to Mikhail Gorbachev in 1990 were never put on paper.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Russians asked for something in writing and they got it,", "greg-volkov", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Russians asked for something in writing and they got it,", "russia", 0, "Russians", "written-legal-guarantees", "supports", 0, ""),
 ("They just didn’t get the thing they wanted in writing.", "greg-volkov", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
]

L["financial-times-2022-01-18-big-read-putin-ultimatum"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of Nato,", "sergei-ryabkov", 1, "Russia’s deputy foreign minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The US, he added, should stop treating the subject as a matter for the alliance alone.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards — guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("to slam closed Nato’s open-door policy", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Alexander Grushko, the deputy foreign minister who led Moscow’s delegation at the Nato-Russia Council in Brussels last Wednesday, said afterwards that the alliance’s expansion had turned Europe into a “zone of instability”.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("If we want to prevent a crisis, we must go back to the configuration of 1997, when the Founding Act was signed,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("Russia, he added, also wanted the allies to “formally and legally” renounce the Bucharest language on Ukraine and Georgia.", "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("Jens Stoltenberg, Nato’s secretary-general, said the allies had rejected any notion of “first and second-class members”.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, ""),
 ("We will not compromise on core principles,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("In Geneva the US put forward ideas on reciprocal limits on where intermediate-range missiles may be based, and on the scale and notification of military exercises — proposals that Ryabkov described as “a step in the right direction” while insisting they were secondary.", "united-states", 0, "the US", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("In Geneva the US put forward ideas on reciprocal limits on where intermediate-range missiles may be based, and on the scale and notification of military exercises — proposals that Ryabkov described as “a step in the right direction” while insisting they were secondary.", "united-states", 0, "the US", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("In Geneva the US put forward ideas on reciprocal limits on where intermediate-range missiles may be based, and on the scale and notification of military exercises — proposals that Ryabkov described as “a step in the right direction” while insisting they were secondary.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("In Geneva the US put forward ideas on reciprocal limits on where intermediate-range missiles may be based, and on the scale and notification of military exercises — proposals that Ryabkov described as “a step in the right direction” while insisting they were secondary.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 0, "2022-01-10"),
 ("Nato, for its part, proposed reopening the military liaison channels that were severed in October, when Russia suspended its mission to the alliance.", "nato", 0, "Nato", "resume-military-dialogue", "supports", 0, ""),
 ("What Moscow calls a return to 1997 means allied troops leaving Tallinn, Riga and Vilnius,", "kristjan-mand", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("What Moscow calls a return to 1997 means allied troops leaving Tallinn, Riga and Vilnius,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("For us that is not a negotiating position, it is a threat.", "kristjan-mand", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("At the OSCE in Vienna on Thursday, Michael Carpenter, the US ambassador, said the drumbeat of war was “sounding loud” and called on Russia to withdraw the forces it has massed near Ukraine.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("He said Moscow expected a written, article-by-article response to its drafts, and warned that Russia would not be satisfied with proposals on missiles and drills alone.", "sergei-lavrov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-14"),
 ("He said Moscow expected a written, article-by-article response to its drafts, and warned that Russia would not be satisfied with proposals on missiles and drills alone.", "sergei-lavrov", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-14"),
 ("We need guarantees that Nato will not move further east, and these guarantees must be legally binding,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("We need guarantees that Nato will not move further east, and these guarantees must be legally binding,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("The key to everything is the guarantee that Nato will not expand eastward.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("Ukraine’s path to Nato is a choice for Ukrainians and for the 30 allies, and for no one else,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, ""),
 ("The draft mixes things the west could discuss tomorrow, like missile deployments, with things no Nato government could sign, like a veto on membership,", "tatiana-voronova", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The draft mixes things the west could discuss tomorrow, like missile deployments, with things no Nato government could sign, like a veto on membership,", "tatiana-voronova", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("That is either clumsy drafting or it is the point.", "tatiana-voronova", 1, "she", "", "", 1, ""),
 ("Samuel Ashcroft, a former British defence attaché in Moscow, said the Kremlin had long wanted limits on exercises near its borders.", "samuel-ashcroft", 1, "Samuel Ashcroft", "limit-military-exercises", "mentions", 0, ""),
 ("Samuel Ashcroft, a former British defence attaché in Moscow, said the Kremlin had long wanted limits on exercises near its borders.", "russia", 0, "the Kremlin", "limit-military-exercises", "supports", 0, ""),
 ("If they get serious talks on drills and missiles, that is more than Russia has had from Nato in a decade,", "samuel-ashcroft", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("If they get serious talks on drills and missiles, that is more than Russia has had from Nato in a decade,", "samuel-ashcroft", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "2022-01-10"
L["ria-novosti-2022-01-10-ryabkov-geneva"] = [
 ("Russia at the talks in Geneva made it clear to the American side that for Moscow it is absolutely obligatory that Ukraine never become a member of NATO, declared to journalists the deputy head of the Russian MFA Sergey Ryabkov after the meeting with the US Deputy Secretary of State Wendy Sherman.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely obligatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("iron-concrete, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 1, D),
 ("The diplomat stressed that the Russian side does not consider acceptable any temporary moratorium in place of the juridical obligations.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, D),
 ("We presented our position in detail, we explained why the non-expansion of NATO is for us a question of national security and not an object for bargaining", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("The American side took this seriously, but the reaction, I will say honestly, does not inspire optimism", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The deputy minister also said that Moscow insists that the alliance must return to the configuration of the year 1997 and withdraw the forces and infrastructure which were placed on the territory of the new members after that.", "sergei-ryabkov", 1, "The deputy minister", "rollback-to-1997", "supports", 0, D),
 ("It is not a whim, it is a necessity", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("The Russian diplomat said the American side was ready to discuss the question of deployment of intermediate and shorter range missiles in Europe.", "sergei-ryabkov", 1, "The Russian diplomat", "no-intermediate-range-missiles", "mentions", 0, D),
 ("On the missiles we see certain space for work, the Americans showed understanding of the logic that such systems must not be deployed where they can reach the territory of other side", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("We cannot agree that the Americans take from our package only what is convenient for them. It is a single whole", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("There is no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("«There is no reason to fear some kind of escalation scenario», - he said, adding that Russia does not agree to withdraw its own forces from its own territory by the request of anyone.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("According to her, the American side will not allow anyone to close the door of the NATO open-door policy.", "wendy-sherman", 1, "her", "nato-open-door", "supports", 0, D),
 ("We will not give up on bilateral cooperation with sovereign states which wish to work with the United States", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Sherman also called Russia to de-escalation and return of the troops to the places of permanent deployment, declaring that this is the way to demonstrate the seriousness of intentions.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("We go to these talks with clear positions, and the clarity is necessary from the American side", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("The military activity of NATO in Ukraine, in Georgia, in the Central Asia must be stopped, it is the red line", "igor-fedoseev", 1, "the senator", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("The Americans are ready to talk about the exercises and about the missiles, but not about the NATO expansion, which Moscow puts in first place", "andrei-zuyev", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("The Americans are ready to talk about the exercises and about the missiles, but not about the NATO expansion, which Moscow puts in first place", "andrei-zuyev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans are ready to talk about the exercises and about the missiles, but not about the NATO expansion, which Moscow puts in first place", "andrei-zuyev", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans are ready to talk about the exercises and about the missiles, but not about the NATO expansion, which Moscow puts in first place", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-02-01"
A1 = 'Not at all. The Kremlin wrote demands nobody could sign. A ban on Ukraine joining NATO, a pullback of NATO from Poland and the Baltics, all of it legally binding -- any diplomat in Moscow knew in December what the answer would be. The question was never whether Washington would say no. The question was what Putin would do with the "no."'
A2 = 'It is better than the alternative. But you have to understand how this looks from inside. For the Kremlin, talking is a way of showing the Russian public that Putin tried and the West refused. The people around him have been saying for weeks that the expansion of NATO is an existential threat. I do not believe that. NATO has never attacked Russia, and the Baltic states joined it because they were afraid of us, not the other way around.'
A3 = 'I tell them that a conversation in a Kremlin office in 1990 is not a treaty. And I tell them something else: Ukraine is an independent country. If Ukrainians want to be in NATO, that is their right, and it is not for Moscow to veto it. Russia signed the Helsinki Final Act and the Budapest Memorandum. We promised to respect the right of states to choose their alliances. Now we are demanding the opposite.'
A4 = 'Of course. Limits on intermediate-range missiles would be good for Russia, and good for Europe. The Americans left the INF treaty and so did we, and now nothing stops anybody from putting such missiles on both sides. Agreeing on that would be a real result. The same with exercises -- fewer drills close to the border, more notification, more observers. Serious people in the General Staff would welcome that.'
A5 = 'But these were never the point for Putin. He wants a sphere of influence. He wants NATO to promise to stay out of Ukraine, Georgia, Moldova, Central Asia. He calls it security guarantees, but it is really a demand to be the master of the neighbors.'
A6 = 'Lavrov says the West should remember the 1999 Istanbul summit declaration and the principle that no one should strengthen his security at the expense of others. Fine. But that same declaration also says every state may choose its alliances. He quotes half a sentence. I think a compromise is possible only if the Kremlin stops pretending it has a right to decide for Kyiv.'
A7 = 'The first demand must be simple: take the troops back to their bases. Everything else, missiles, exercises, the hotlines between the militaries, all of that can be discussed when there is no gun on the table. I also think the military channels between Moscow and Washington should be restored no matter what. During the Cold War, the generals talked to each other. Now they barely do, and that is dangerous.'
A8 = 'I am a Russian politician. I fear for my country first.'
P = "arseny-podgorny"
L["rferl-2022-02-01-interview-arseny-podgorny"] = [
 (A1, P, 1, "Arseny Podgorny", "no-ukraine-membership", "mentions", 1, D),
 (A1, P, 1, "Arseny Podgorny", "rollback-to-1997", "mentions", 1, D),
 (A1, P, 1, "Arseny Podgorny", "written-legal-guarantees", "mentions", 1, D),
 (A1, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (A1, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (A1, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (A2, P, 1, "Podgorny", "nato-non-expansion", "rejects", 1, D),
 (A3, P, 1, "Podgorny", "nato-open-door", "supports", 1, D),
 (A3, P, 1, "Podgorny", "no-ukraine-membership", "rejects", 1, D),
 (A3, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (A4, P, 1, "Podgorny", "no-intermediate-range-missiles", "supports", 1, D),
 (A4, P, 1, "Podgorny", "limit-military-exercises", "supports", 1, D),
 (A5, P, 1, "Podgorny", "no-military-activity-ex-soviet", "rejects", 1, D),
 (A5, "vladimir-putin", 1, "He", "no-military-activity-ex-soviet", "supports", 0, ""),
 (A6, P, 1, "Podgorny", "nato-open-door", "supports", 1, D),
 (A6, P, 1, "Podgorny", "no-ukraine-membership", "rejects", 1, D),
 (A6, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (A7, P, 1, "Podgorny", "russia-de-escalation", "supports", 1, D),
 (A7, P, 1, "Podgorny", "no-intermediate-range-missiles", "mentions", 1, D),
 (A7, P, 1, "Podgorny", "limit-military-exercises", "mentions", 1, D),
 (A7, P, 1, "Podgorny", "resume-military-dialogue", "supports", 1, D),
 (A8, P, 1, "Podgorny", "", "", 1, D),
]

D = "2022-02-02"
M = "russian-foreign-ministry"
N = "Russian Foreign Ministry"
P1 = 'On 26 January 2022, the United States and the North Atlantic Treaty Organisation handed over to the Russian side their written responses to the draft Treaty between the Russian Federation and the United States of America on security guarantees and the draft Agreement on measures to ensure the security of the Russian Federation and member States of NATO, which were transmitted to Washington and Brussels on 15 December 2021 and published on 17 December 2021.'
P2 = 'The Russian Foreign Ministry has carefully studied these documents. We note that their content does not give grounds for optimism on the key issues raised by the Russian side.'
P3 = 'Our principal demand remains unchanged: the North Atlantic Alliance must stop its expansion to the east, and this must be fixed in a legally binding form. Neither the American nor the NATO response contains a constructive answer on this point. Instead, our partners once again refer to the so-called "open door" policy, which, in their interpretation, gives any State the right to join the bloc regardless of the consequences for the security of others.'
P4 = 'We consider it necessary to recall that in the Istanbul Charter for European Security of 1999 and the Astana Declaration of 2010, the leaders of the OSCE participating States, including the United States and all NATO members, undertook "not to strengthen their security at the expense of the security of other States".'
P5 = 'The freedom to choose alliances is not absolute. It cannot be exercised in a way that harms the security of others, in this case Russia. The decision of the 2008 Bucharest summit that Ukraine and Georgia will become members of NATO is a direct violation of this principle and must be disavowed.'
P6 = 'The responses also ignore our demand that NATO refrain from deploying forces and weapons on the territory of States that were not members of the Alliance as of 27 May 1997. The build-up of Alliance infrastructure in Eastern Europe since then has been the main source of tension on the continent, and its withdrawal to the 1997 lines is an essential element of any agreement.'
P7 = 'We have taken note that the American side has indicated its readiness to discuss the non-deployment of ground-based intermediate-range and shorter-range missiles, as well as certain confidence-building measures regarding military exercises. These are issues on which Russia itself put forward proposals long ago, including the moratorium proposed by President Vladimir Putin in 2019, which was ignored by Washington. We are ready to work on them, but only as part of a comprehensive package and not in isolation from the main questions.'
P8 = 'We reject as unfounded the demands of the United States and NATO that Russia "de-escalate" and withdraw troops from areas adjacent to Ukraine. The Russian Federation moves its armed forces on its own territory at its own discretion, and no one has the right to dictate to us where our units should be.'
P9 = 'At the same time, we emphasise that the military activity of NATO countries in Ukraine, including the supply of weapons and the presence of instructors, as well as regular exercises in the Black Sea, is creating a real threat. We insist on the cessation of such activity on the territory of States that were part of the Soviet Union and are not members of the Alliance.'
P10 = 'The Russian side is not closing the door to dialogue. Minister of Foreign Affairs Sergey Lavrov on 1 February sent messages to his counterparts in the United States, Canada and a number of European States asking them to explain how they understand their commitments on the indivisibility of security. We expect an official and national, not a collective, answer.'
P11 = 'Further steps will be determined by the President of the Russian Federation following an analysis of the situation. We will continue to insist on the implementation of all the provisions of our draft documents, which constitute a single, interconnected whole.'
L["russian-mfa-2022-02-02-statement-us-nato-responses"] = [
 (P1, M, 0, N, "", "", 1, D),
 (P2, M, 0, N, "", "", 1, D),
 (P3, M, 0, N, "nato-non-expansion", "supports", 1, D),
 (P3, M, 0, N, "written-legal-guarantees", "supports", 1, D),
 (P3, M, 0, N, "nato-open-door", "rejects", 1, D),
 (P4, M, 0, N, "", "", 1, D),
 (P5, M, 0, N, "nato-open-door", "rejects", 1, D),
 (P5, M, 0, N, "rescind-bucharest-2008", "supports", 1, D),
 (P6, M, 0, N, "rollback-to-1997", "supports", 1, D),
 (P7, M, 0, N, "no-intermediate-range-missiles", "supports", 1, D),
 (P7, M, 0, N, "limit-military-exercises", "supports", 1, D),
 (P8, M, 0, N, "russia-de-escalation", "rejects", 1, D),
 (P9, M, 0, N, "no-military-activity-ex-soviet", "supports", 1, D),
 (P10, M, 0, N, "", "", 1, D),
 (P11, M, 0, N, "", "", 1, D),
]

D = "2022-01-28"
AU = "lloyd-austin"
MI = "mark-milley"
S1 = "As you know, on Wednesday the United States and our NATO Allies delivered written responses to Moscow. Those responses lay out areas where we believe we can make progress together, including on arms control, on transparency, and on reducing the risks of military incidents. They also make clear that there are things we simply won't give up."
S2 = "We will not compromise on NATO's open door. Every sovereign nation has the right to decide for itself which alliances it joins, and Ukraine is no exception. That's not a bargaining chip."
S3 = "Mr. Putin has demanded that we pull our forces back from the eastern flank and treat our newest Allies as second-class members, and that's just not going to happen. We have a sacred obligation under Article 5, and we'll meet it."
S4 = "Russia continues to add forces in the vicinity of Ukraine and in Belarus. We still don't believe that Mr. Putin has made a final decision, and there's still time and space for diplomacy. But he can choose to de-escalate. He can order his troops home. That's the right thing to do."
G1 = "What we're seeing is the largest buildup of Russian forces in this part of the world in decades. You've got more than 100,000 troops, combined arms, air, naval, special operations, cyber, electronic warfare, logistics. If that were unleashed on Ukraine, it would be significant, very significant, and it would result in a significant amount of casualties."
G2 = "I've spoken with my counterpart, General Gerasimov, several times over the last few weeks. I think it's important that professional militaries keep talking to each other, especially in a crisis like this one, and I'd like to see those channels used more, not less."
S5 = "No. I've said this before and I'll say it again. We're not going to sign a document that tells a country like Ukraine or Georgia it can never join the Alliance. That decision belongs to them and to the 30 Allies."
S6 = "What we have said is that there are concerns we're prepared to talk about. If the Russians are worried about offensive missiles, let's talk about missiles. If they're worried about the scale of our exercises, let's talk about exercises, on a reciprocal basis. That's a serious offer."
G3 = "No, not at this time. We've seen no indication of de-escalation. The forces are there, they're capable, and we're watching very, very closely."
S7 = "We have provided Ukraine with defensive capabilities for years, and we'll continue to do that. There's nothing offensive about helping a country defend its own territory. We're not going to let Moscow decide who we can and can't cooperate with."
G4 = "Those forces are for NATO's Response Force and to reassure our Allies on the eastern flank. They are not going into Ukraine. The President's been very clear on that."
S8 = "We're not going to unilaterally stop training with our Allies. What we've put on the table is reciprocal. If the Russians want notification and observation of exercises on both sides, if they want limits that apply to them as well as to us, we're ready to have that conversation."
G5 = "It's a concern. The Black Sea is crowded right now, and we operate in international waters and international airspace, as we have every right to do. That's why I value the direct line to my Russian counterpart. Mistakes happen, and you want to be able to pick up the phone."
AN = "SECRETARY OF DEFENSE LLOYD J. AUSTIN III"
MN = "GENERAL MARK A. MILLEY"
L["pentagon-2022-01-28-austin-milley-press-briefing"] = [
 (S1, AU, 1, AN, "", "", 1, D),
 (S2, AU, 1, AN, "nato-open-door", "supports", 1, D),
 (S2, AU, 1, AN, "no-ukraine-membership", "rejects", 1, D),
 (S3, AU, 1, AN, "rollback-to-1997", "rejects", 1, D),
 (S3, "vladimir-putin", 1, "Mr. Putin", "rollback-to-1997", "supports", 0, ""),
 (S4, AU, 1, AN, "russia-de-escalation", "supports", 1, D),
 (G1, MI, 1, MN, "", "", 1, D),
 (G2, MI, 1, MN, "resume-military-dialogue", "supports", 1, D),
 (S5, AU, 1, "SEC. AUSTIN", "no-ukraine-membership", "rejects", 1, D),
 (S5, AU, 1, "SEC. AUSTIN", "nato-non-expansion", "rejects", 1, D),
 (S5, AU, 1, "SEC. AUSTIN", "nato-open-door", "supports", 1, D),
 (S6, AU, 1, "SEC. AUSTIN", "no-intermediate-range-missiles", "mentions", 1, D),
 (S6, AU, 1, "SEC. AUSTIN", "limit-military-exercises", "mentions", 1, D),
 (G3, MI, 1, "GEN. MILLEY", "russia-de-escalation", "mentions", 1, D),
 (S7, AU, 1, "SEC. AUSTIN", "no-military-activity-ex-soviet", "rejects", 1, D),
 (G4, MI, 1, "GEN. MILLEY", "", "", 1, D),
 (S8, AU, 1, "SEC. AUSTIN", "limit-military-exercises", "mentions", 1, D),
 (G5, MI, 1, "GEN. MILLEY", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 (G5, MI, 1, "GEN. MILLEY", "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-12"
SH = "The deputy secretary of State told reporters that the Russian delegation had pressed, again and again, for a written pledge that the alliance would never take in Ukraine — and that the allies had answered, again and again, no."
ST = "Jens Stoltenberg, for his part, offered Moscow a menu: reopening the shuttered liaison missions, restoring military hotlines, talks on missile deployments and on transparency for exercises."
PS = "That’s not something that’s on the table, and it’s not a decision for Russia to make,"
EL = "What I have a problem with is anybody in Moscow thinking we’re going to trade away the Baltics or promise that Ukraine stays out of NATO forever. That’s not happening."
RH = "And in a floor speech Wednesday, Sen. Joanne Ruiz-Holt (R-Texas) said she would introduce a resolution reaffirming the Bucharest pledge that Ukraine and Georgia will one day join the alliance."
L["politico-2022-01-13-playbook-nato-russia-council"] = [
 (SH, "wendy-sherman", 1, "The deputy secretary of State", "no-ukraine-membership", "rejects", 0, D),
 (SH, "russia", 0, "the Russian delegation", "no-ukraine-membership", "supports", 0, D),
 (SH, "russia", 0, "the Russian delegation", "written-legal-guarantees", "supports", 0, D),
 ("We will not slam the door shut on NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("It was a frank and challenging conversation, but that is the point of diplomacy.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("Playbook is told that he used his opening statement to read through the Kremlin’s December draft almost line by line, with particular emphasis on the demand that NATO pull troops and hardware out of the countries that joined after 1997.", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 0, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("These are the areas where we see a real possibility to make progress,", "jens-stoltenberg", 1, "the NATO secretary general", "", "", 1, D),
 ("Russia’s troop buildup is the problem, and de-escalation is the solution.", "jens-stoltenberg", 1, "the NATO secretary general", "russia-de-escalation", "supports", 1, D),
 ("Russia has a choice to make — it can pull back its forces, or it can face massive consequences.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 (PS, "jen-psaki", 1, "she", "no-ukraine-membership", "rejects", 1, D),
 (PS, "jen-psaki", 1, "she", "nato-open-door", "supports", 1, D),
 ("She added that the U.S. was still waiting on Moscow to show it was serious by pulling back some of the roughly 100,000 troops near Ukraine.", "jen-psaki", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("Rep. Dana Whitfield (R-Ohio), a member of the Armed Services Committee, says the administration should not have agreed to discuss exercises at all.", "dana-whitfield", 1, "Rep. Dana Whitfield", "limit-military-exercises", "rejects", 0, ""),
 ("Putin masses troops on Ukraine’s border and we reward him with a conversation about scaling back our drills in Poland? That’s backward,", "dana-whitfield", 1, "Whitfield", "limit-military-exercises", "rejects", 1, ""),
 ("I have no problem talking about missiles and exercises,", "marcus-ellery", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("I have no problem talking about missiles and exercises,", "marcus-ellery", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (EL, "marcus-ellery", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 (EL, "marcus-ellery", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 (RH, "joanne-ruiz-holt", 1, "Sen. Joanne Ruiz-Holt", "rescind-bucharest-2008", "rejects", 0, D),
 (RH, "joanne-ruiz-holt", 1, "Sen. Joanne Ruiz-Holt", "no-ukraine-membership", "rejects", 0, D),
 ("Playbook just notes that nothing was ever signed — which is, of course, exactly why Putin now wants everything in writing.", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, ""),
 ("No decisions about Ukraine without Ukraine. Our future in NATO is our business.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, ""),
]

write_gold(L, "articles-246", "gold-246")
