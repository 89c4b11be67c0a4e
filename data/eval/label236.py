#!/usr/bin/env python3
"""Writes the held-out gold of batch 236 (gold-236/*.nq) from the labels below.

Batch 236 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bundestag-2022-01-13-plenary-debate-russia-security: English translation of a
  Bundestag plenary record extract (speaker labels with party tags, applause and
  named/unnamed interjections); every paragraph of a speech is one direct quotation;
  demands attributed to Moscow inside MPs' paragraphs; the presiding officer is the
  host (no labels); Baker-Gorbachev history inside an AfD speech.
- err-2022-01-12-liimets-russia-demands-non-starter: ERR News, no front matter,
  dd.mm.yyyy time stamp, crossheads, "the minister added" interrupted quotation,
  partial quotations, an ICDS analyst, "Follow ERR News" footer.
- swissinfo-2022-01-21-blinken-lavrov-geneva-keep-talking: SWI swissinfo.ch with
  front matter, curly quotes, caption, "This content was published on" line, a
  "More" teaser box, quotation interrupted by "Lavrov said", Swiss good offices,
  GCSP analyst who only describes positions.
- agerpres-2022-01-21-mae-russian-demand-withdrawal-unacceptable: Agerpres, UTF-8
  BOM and CRLF, "Bucharest, Jan 21 /Agerpres/ -" dateline, translated English
  ("the MAE shows", "the quoted source"), ministries speaking (Romanian and Russian),
  an analyst with a stance of his own, author/editor footer.
- aljazeera-2022-01-27-russia-us-response-little-optimism: Al Jazeera with front
  matter, standfirst and caption, "Read more" block, reactions of 26-27 January to
  the written answers; a quotation whose demand is only known from "when asked
  about NATO's open-door policy"; Wang Yi speaking on blocs without naming NATO.
- chathamhouse-2022-01-14-week-of-talks-russia-ultimatum: Chatham House expert
  comment with front matter, standfirst, author block, crossheads; single quotes;
  history (1990, Bucharest 2008); the author's own stances in her own voice.
- svaboda-2022-02-02-putin-west-ignored-lukashenka-shoulder: Radio Svaboda (RFE/RL
  Belarus Service) in English, no front matter, GMT time stamp, Belarusian
  transliterations, awkward translated Lukashenka quote, Putin's 1 February
  reaction, Founding Act words quoted from the document (not labelled).

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".

Choices of this writer within those conventions: the Bundestag presiding officer
counts as the host; interjections in the record are direct quotations of the
interjector (unnamed ones and those under six words without a demand get none);
a ministry's press release or website comment is the ministry speaking, not a
document; the Chatham House author's own sentences are labelled (direct 0, dated
on publication) only where she takes a stance of her own; a Western open-door
statement that names Ukraine's right to join also rejects no-ukraine-membership;
a sentence that continues an account of a dated event keeps that event's date.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-13"
L["bundestag-2022-01-13-plenary-debate-russia-security"] = [
 ("Madam President! Dear colleagues! Yesterday in Brussels the NATO-Russia Council met for the first time in two and a half years. After so much silence, that is not nothing, and I would like to thank everyone who made it possible.", "annalena-baerbock", 1, "Annalena Baerbock", "", "", 1, D),
 ("Let me be very clear about what cannot be negotiated, not in Geneva, not in Brussels and not today in Vienna: every country in Europe decides for itself which alliance it wants to belong to. That was agreed in Helsinki, in Paris and in the Founding Act, and Russia signed all of it. And when Moscow demands a promise from us that Ukraine will never be allowed to join NATO, then our answer is no.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, D),
 ("Let me be very clear about what cannot be negotiated, not in Geneva, not in Brussels and not today in Vienna: every country in Europe decides for itself which alliance it wants to belong to. That was agreed in Helsinki, in Paris and in the Founding Act, and Russia signed all of it. And when Moscow demands a promise from us that Ukraine will never be allowed to join NATO, then our answer is no.", "annalena-baerbock", 1, "Annalena Baerbock", "no-ukraine-membership", "rejects", 1, D),
 ("And when Moscow demands a promise from us that Ukraine will never be allowed to join NATO, then our answer is no.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The talks of this week have also shown where we can move forward together. We are prepared to talk about arms control, about where medium-range missiles may be stationed in Europe, about limits and advance notice for large manoeuvres, and about a direct line between the militaries, so that an incident over the Black Sea does not turn into a catastrophe.", "annalena-baerbock", 1, "Annalena Baerbock", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The talks of this week have also shown where we can move forward together. We are prepared to talk about arms control, about where medium-range missiles may be stationed in Europe, about limits and advance notice for large manoeuvres, and about a direct line between the militaries, so that an incident over the Black Sea does not turn into a catastrophe.", "annalena-baerbock", 1, "Annalena Baerbock", "limit-military-exercises", "mentions", 1, D),
 ("The talks of this week have also shown where we can move forward together. We are prepared to talk about arms control, about where medium-range missiles may be stationed in Europe, about limits and advance notice for large manoeuvres, and about a direct line between the militaries, so that an incident over the Black Sea does not turn into a catastrophe.", "annalena-baerbock", 1, "Annalena Baerbock", "resume-military-dialogue", "mentions", 1, D),
 ("But dialogue cannot take place with a gun to the head. The first step has to come from Moscow: pull the troops back from the Ukrainian border, de-escalate, and use the channels that are now open. That is what the Federal Government expects, and that is what we said together with our partners in Brussels yesterday.", "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 1, D),
 ("Madam President! Ladies and gentlemen! Madam Minister, I thank you for these clear words; they were overdue. But clear words at this lectern are one thing, and what the Federal Government does is another.", "matthias-brenninger", 1, "Dr. Matthias Brenninger", "", "", 1, D),
 ("What was put on the table in Moscow before Christmas is not an offer to negotiate. Moscow wants NATO to pull its soldiers out of Lithuania, Poland and Romania, back to where the alliance stood in 1997, and it wants a promise that no other country will ever be admitted. No German government may put its signature under that, ever.", "matthias-brenninger", 1, "Dr. Matthias Brenninger", "rollback-to-1997", "rejects", 1, D),
 ("What was put on the table in Moscow before Christmas is not an offer to negotiate. Moscow wants NATO to pull its soldiers out of Lithuania, Poland and Romania, back to where the alliance stood in 1997, and it wants a promise that no other country will ever be admitted. No German government may put its signature under that, ever.", "matthias-brenninger", 1, "Dr. Matthias Brenninger", "nato-non-expansion", "rejects", 1, D),
 ("Moscow wants NATO to pull its soldiers out of Lithuania, Poland and Romania, back to where the alliance stood in 1997, and it wants a promise that no other country will ever be admitted.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow wants NATO to pull its soldiers out of Lithuania, Poland and Romania, back to where the alliance stood in 1997, and it wants a promise that no other country will ever be admitted.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("And then there is Nord Stream 2. The Chancellor calls it a private-sector project. Nobody in Kyiv, nobody in Warsaw and nobody in Vilnius believes that any more.", "matthias-brenninger", 1, "Dr. Matthias Brenninger", "", "", 1, D),
 ("We are in favour of every round of talks. But whoever masses tanks on his neighbour's border must take them away again before anyone in Berlin speaks of business as usual.", "matthias-brenninger", 1, "Dr. Matthias Brenninger", "russia-de-escalation", "supports", 1, D),
 ("Madam President! Dear colleagues! In 1990 the American Secretary of State James Baker promised Mikhail Gorbachev that NATO would not move one inch to the east. Since then the alliance has taken in fourteen countries. Russia now wants it in writing, signed and binding, that this will go no further, neither to Ukraine nor to Georgia – and Russia is right to want it.", "jorg-wendtland", 1, "Dr. Jörg Wendtland", "nato-non-expansion", "supports", 1, D),
 ("Madam President! Dear colleagues! In 1990 the American Secretary of State James Baker promised Mikhail Gorbachev that NATO would not move one inch to the east. Since then the alliance has taken in fourteen countries. Russia now wants it in writing, signed and binding, that this will go no further, neither to Ukraine nor to Georgia – and Russia is right to want it.", "jorg-wendtland", 1, "Dr. Jörg Wendtland", "written-legal-guarantees", "supports", 1, D),
 ("Madam President! Dear colleagues! In 1990 the American Secretary of State James Baker promised Mikhail Gorbachev that NATO would not move one inch to the east. Since then the alliance has taken in fourteen countries. Russia now wants it in writing, signed and binding, that this will go no further, neither to Ukraine nor to Georgia – and Russia is right to want it.", "jorg-wendtland", 1, "Dr. Jörg Wendtland", "no-ukraine-membership", "supports", 1, D),
 ("Russia now wants it in writing, signed and binding, that this will go no further, neither to Ukraine nor to Georgia", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia now wants it in writing, signed and binding, that this will go no further, neither to Ukraine nor to Georgia", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Russia now wants it in writing, signed and binding, that this will go no further, neither to Ukraine nor to Georgia", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Instead of lecturing Moscow, this Federal Government should finally sit down at the table without any preconditions and take Russia's security interests seriously.", "jorg-wendtland", 1, "Dr. Jörg Wendtland", "no-preconditions", "supports", 1, D),
 ("Russia is at the table! With a hundred thousand soldiers!", "ulrich-thamm", 1, "Ulrich Thamm", "", "", 1, D),
 ("Madam President! Ladies and gentlemen! Colleague Wendtland, the Kremlin's press office could not have written your speech any better.", "ulrich-thamm", 1, "Ulrich Thamm", "", "", 1, D),
 ("In the Founding Act of 1997 Russia recognised the right of every state to choose the means of ensuring its own security. That right applies today, to Ukraine as much as to Finland, and it is not up for negotiation.", "ulrich-thamm", 1, "Ulrich Thamm", "nato-open-door", "supports", 1, D),
 ("In the Founding Act of 1997 Russia recognised the right of every state to choose the means of ensuring its own security. That right applies today, to Ukraine as much as to Finland, and it is not up for negotiation.", "ulrich-thamm", 1, "Ulrich Thamm", "no-ukraine-membership", "rejects", 1, D),
 ("Today Moscow wants the alliance to swear off every exercise, every base and every training mission in Ukraine, Georgia or Moldova. Anyone who accepts that accepts a veto over the partners we choose, and the Free Democrats will not accept it.", "ulrich-thamm", 1, "Ulrich Thamm", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Today Moscow wants the alliance to swear off every exercise, every base and every training mission in Ukraine, Georgia or Moldova.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Dialogue, yes, as much of it as possible. But dialogue is not capitulation, and security in Europe will not be negotiated over the heads of the Europeans.", "ulrich-thamm", 1, "Ulrich Thamm", "", "", 1, D),
]

D = "2022-01-12"
E1 = "Estonia's allies stood united at the NATO-Russia Council in Brussels on Wednesday and Moscow's demand that allied troops leave the Baltic states will not be discussed, Minister of Foreign Affairs Eva-Maria Liimets (Center) said."
E2 = "But the core of their proposals, the idea that NATO should shut its doors and leave the eastern flank without protection, remains unacceptable for Estonia and, I can say, for all allies."
E3 = "Liimets said Estonia was not against talks with Russia on arms control, including on missiles and on the size and notification of military exercises, as long as these were reciprocal and did not touch on the sovereign choices of other countries."
E4 = "Stoltenberg said the allies had made clear that every nation has the right to choose its own path and that Russia could not have a veto over whether Ukraine joins the alliance."
E5 = "He said NATO was ready to discuss arms control, including missiles, and ways to make military exercises more transparent and less risky, and had proposed a series of further meetings, to which Russia did not agree on the spot."
E6 = "Grushko told reporters in Brussels on Wednesday that Russia needed \"ironclad, bulletproof\" guarantees and that a halt to NATO's eastward expansion, fixed in a legally binding form, was a matter of national security for Moscow."
E7 = "Moscow does not seriously expect the West to withdraw from the Baltics. These maximalist demands are there to be refused, and then the refusal can be used as a pretext,"
E8 = "According to Liivak, the most realistic outcome of the three rounds of talks is an agreement on intermediate-range missiles and possibly on limiting large snap exercises near borders, both ideas that NATO itself put forward years ago."
L["err-2022-01-12-liimets-russia-demands-non-starter"] = [
 (E1, "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, D),
 (E1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no discussion about the presence of allied forces in Estonia. The NATO battlegroup in Tapa is here because the allies decided so together, not because Moscow gave its permission,", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, D),
 ("We listened carefully to what the Russian side had to say,", "eva-maria-liimets", 1, "the minister", "", "", 1, D),
 (E2, "eva-maria-liimets", 1, "the minister", "nato-non-expansion", "rejects", 1, D),
 (E2, "eva-maria-liimets", 1, "the minister", "rollback-to-1997", "rejects", 1, D),
 (E2, "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
 (E2, "russia", 0, "the Russian side", "rollback-to-1997", "supports", 0, ""),
 (E3, "eva-maria-liimets", 1, "Liimets", "no-intermediate-range-missiles", "mentions", 0, D),
 (E3, "eva-maria-liimets", 1, "Liimets", "limit-military-exercises", "mentions", 0, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (E4, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (E4, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 (E5, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (E5, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (E6, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, D),
 (E6, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("If NATO moves towards a policy of containment, there will be counter-containment from our side,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("must not trade away the security of small nations for the illusion of calm", "kaja-kallas", 1, "Prime Minister Kaja Kallas", "", "", 1, D),
 (E7, "kadri-liivak", 1, "Kadri Liivak", "rollback-to-1997", "mentions", 1, ""),
 (E7, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (E8, "kadri-liivak", 1, "Liivak", "no-intermediate-range-missiles", "mentions", 0, ""),
 (E8, "kadri-liivak", 1, "Liivak", "limit-military-exercises", "mentions", 0, ""),
]

D = "2022-01-21"
S1 = "There are principles that we are not going to compromise on, starting with the right of every country to choose its own alliances, and that includes Ukraine,"
S2 = "We need legally binding guarantees that NATO will not expand further to the east and that no strike weapons will be deployed close to our borders. This is not a menu from which one can pick and choose,"
S3 = "The Russian minister also repeated the call for the withdrawal of foreign troops from Romania and Bulgaria, which the foreign ministry in Moscow had spelt out in a statement earlier in the day."
S4 = "The Russians have framed this as a take-it-or-leave-it package. Nobody in Washington is going to hand Moscow a veto over who joins NATO, and the Russians know that perfectly well,"
S5 = "Where there is room is arms control: medium-range missiles, the scale and proximity of exercises. That is where a deal could be found, and Geneva would be the obvious place for it,"
L["swissinfo-2022-01-21-blinken-lavrov-geneva-keep-talking"] = [
 ("We didn’t expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other’s concerns and each other’s positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (S1, "antony-blinken", 1, "the secretary of state", "nato-open-door", "supports", 1, D),
 (S1, "antony-blinken", 1, "the secretary of state", "no-ukraine-membership", "rejects", 1, D),
 ("Blinken again urged Russia to pull its troops back from Ukraine’s borders and warned that any Russian forces crossing into the country would trigger a “swift, severe and united response”.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 (S2, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 (S2, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (S2, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Whether we are on the right track or not,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("we will understand when we receive the American response on paper.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (S3, "sergei-lavrov", 1, "The Russian minister", "rollback-to-1997", "supports", 0, D),
 (S3, "russian-foreign-ministry", 0, "the foreign ministry in Moscow", "rollback-to-1997", "supports", 0, D),
 ("Switzerland is ready to offer its good offices for as long as the parties need them, here in Geneva or anywhere else,", "ignazio-cassis", 1, "Cassis", "", "", 1, D),
 (S4, "laurent-getaz", 1, "Gétaz", "nato-non-expansion", "mentions", 1, ""),
 (S4, "laurent-getaz", 1, "Gétaz", "nato-open-door", "mentions", 1, ""),
 (S5, "laurent-getaz", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (S5, "laurent-getaz", 1, "he", "limit-military-exercises", "mentions", 1, ""),
]

A1 = "The Ministry of Foreign Affairs (MAE) considers unacceptable the statements made on Friday by the Russian Federation's Ministry of Foreign Affairs regarding the withdrawal of foreign forces and armament from the territory of Romania and Bulgaria."
A2 = "The Russian Federation demanded, in the two draft documents published in December, legal guarantees that NATO will not expand further to the East and will not deploy weapons that could threaten Russia near its borders."
L["agerpres-2022-01-21-mae-russian-demand-withdrawal-unacceptable"] = [
 (A1, "romanian-foreign-ministry", 0, "The Ministry of Foreign Affairs (MAE)", "rollback-to-1997", "rejects", 0, D),
 (A1, "russian-foreign-ministry", 0, "the Russian Federation's Ministry of Foreign Affairs", "rollback-to-1997", "supports", 0, D),
 ("Such a demand is unacceptable and can not be the object of any negotiation. Romania's status as NATO member state, with all the rights and obligations deriving from it, including regarding the allied presence on its territory, is not subject of discussions with third parties,", "romanian-foreign-ministry", 0, "the MAE", "rollback-to-1997", "rejects", 1, D),
 ("According to the quoted source, the decisions regarding the allied defence and deterrence posture on the Eastern Flank are taken exclusively by the Allies, by consensus, within the North Atlantic Council.", "romanian-foreign-ministry", 0, "the quoted source", "rollback-to-1997", "rejects", 0, D),
 ("Earlier on Friday, the Russian Ministry of Foreign Affairs, in a comment posted on its website, specified that the return to the 1997 configuration of the Alliance concerns also the two countries.", "russian-foreign-ministry", 0, "the Russian Ministry of Foreign Affairs", "rollback-to-1997", "supports", 0, D),
 ("There are no ambiguities here. We are talking about the withdrawal of foreign forces, equipment and weapons, as well as taking other steps to return to the configuration that existed in 1997 in the countries which were not members of NATO at that time. These include Bulgaria and Romania,", "russian-foreign-ministry", 0, "the Russian ministry", "rollback-to-1997", "supports", 1, D),
 ("Nothing about Romania without Romania. NATO's posture on the Eastern Flank is decided by Allies, and only by Allies,", "bogdan-aurescu", 1, "Aurescu", "rollback-to-1997", "rejects", 1, D),
 ("NATO will not renounce our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance. We will always respond to any deterioration of our security environment,", "oana-lungescu", 1, "Lungescu", "rollback-to-1997", "rejects", 1, D),
 ("Minister of National Defence Vasile Dincu stated, on Friday evening, for private broadcaster Antena 3, that the Russian demand for the allied troops to leave Romania is \"a propaganda exercise\" and that Romania is protected by Article 5 of the North Atlantic Treaty.", "vasile-dincu", 1, "Vasile Dincu", "rollback-to-1997", "rejects", 0, D),
 ("We do not need the permission of Moscow to host our allies. The American soldiers who are here and the French soldiers who will come are here at the request of the Romanian state, and they will stay as long as we decide,", "vasile-dincu", 1, "Dincu", "rollback-to-1997", "rejects", 1, D),
 ("In Sofia, Prime Minister Kiril Petkov stated on Friday that Bulgaria is a sovereign state which \"made its choice long ago\" to be a full member of NATO and that the defence of the country is decided in Sofia, not in Moscow.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, D),
 ("The demand to return to 1997 is formally addressed to Washington, but the message is for Bucharest and Sofia: you are members of second rank. That is exactly what the Alliance must not accept,", "radu-tudorache", 1, "Tudorache", "rollback-to-1997", "rejects", 1, ""),
 (A2, "russia", 0, "The Russian Federation", "written-legal-guarantees", "supports", 0, ""),
 (A2, "russia", 0, "The Russian Federation", "nato-non-expansion", "supports", 0, ""),
 (A2, "russia", 0, "The Russian Federation", "no-strike-weapons-near-borders", "supports", 0, ""),
]

D = "2022-01-27"
W = "2022-01-26"
J1 = "There is no positive reaction on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
J2 = "Blinken said the US was prepared to discuss reciprocal transparency measures on force posture in Ukraine, confidence-building steps on military exercises and manoeuvres in Europe, and arms control covering missiles in Europe."
J3 = "It has demanded that NATO never admit Ukraine, halt deployments of weapons near Russian borders and roll back its forces from Eastern Europe."
J4 = "Putin now has to choose between taking a partial deal on missiles and exercises, which is real, or telling his public that Russia was ignored,"
L["aljazeera-2022-01-27-russia-us-response-little-optimism"] = [
 ("no positive answer on the main question", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
 (J1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (J1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("It cannot be said that our thoughts were taken into account or that a readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But we will not hurry with our assessments.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, W),
 (J2, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, W),
 (J2, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("NATO Secretary-General Jens Stoltenberg said the alliance had sent separate proposals of its own on Wednesday, including a call for Russia to pull its forces back from Ukraine and its neighbourhood and to restore the diplomatic missions that were closed last year.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, W),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, W),
 ("It is important that the United States has preserved a firm position on NATO's open-door policy and on the principle of nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("legitimate security concerns should be taken seriously and addressed", "wang-yi", 1, "Wang Yi", "", "", 1, W),
 ("Wang added that regional security could not be guaranteed by strengthening or even expanding military blocs.", "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 0, W),
 (J3, "russia", 0, "It", "no-ukraine-membership", "supports", 0, ""),
 (J3, "russia", 0, "It", "no-strike-weapons-near-borders", "supports", 0, ""),
 (J3, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 (J4, "dmitri-aleksandrov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (J4, "dmitri-aleksandrov", 1, "he", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-01-14"
C1 = "In the drafts it published on 17 December – a treaty with the United States and an agreement with NATO – Moscow asked the West to rule out any further enlargement, to renounce military activity in Ukraine, the South Caucasus and Central Asia, and to pull allied forces back to where they stood in May 1997."
C2 = "His counterpart, Deputy Secretary of State Wendy Sherman, said the same evening that Washington would not let anyone 'slam closed' NATO's open-door policy, and that proposals to freeze the alliance's enlargement were non-starters for the United States."
C3 = "A moratorium on Ukraine's membership, floated by some Western commentators as a way out, would not satisfy the Kremlin: Russian officials have said repeatedly that they want a legally binding commitment, not a promise that a future government could revoke."
C4 = "No Western government should accept any arrangement that gives Russia a say over whether Ukraine or Georgia may one day join NATO."
C5 = "On intermediate-range missiles and on the size and location of exercises close to borders, by contrast, the West has ideas of its own, several of them first proposed by NATO and rejected by Moscow, and it should table them in writing and in detail."
L["chathamhouse-2022-01-14-week-of-talks-russia-ultimatum"] = [
 (C1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (C1, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (C1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("In Geneva on 10 January, Deputy Foreign Minister Sergei Ryabkov told reporters that it was 'absolutely mandatory' to ensure that Ukraine 'never, never, ever' becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("He added that the alliance should formally disavow the promise it made to Kyiv and Tbilisi at Bucharest.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 (C2, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 (C2, "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("In Brussels two days later, Deputy Foreign Minister Alexander Grushko described an end to NATO enlargement as a question of 'life and death' for Russia's security.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "US Ambassador Michael Carpenter", "", "", 1, "2022-01-13"),
 ("And today, at his annual press conference, Sergei Lavrov said Russia's patience had run out and that a guarantee that NATO would move no further east was not something Moscow was prepared to trade for concessions elsewhere.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 (C3, "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 (C3, "russia", 0, "Russian officials", "no-ukraine-membership", "supports", 0, ""),
 (C4, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-ukraine-membership", "rejects", 0, D),
 (C4, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "nato-open-door", "supports", 0, D),
 ("Nor should the allies agree to withdraw from the Baltic states, Poland or Romania: the forces there are a response to 2014, not a cause of today's crisis.", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "rollback-to-1997", "rejects", 0, D),
 (C5, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-intermediate-range-missiles", "mentions", 0, D),
 (C5, "eleanor-whitcombe", 1, "Eleanor Whitcombe", "limit-military-exercises", "mentions", 0, D),
 ("Any agreement, however limited, will mean little unless Russia first pulls back the forces it has massed around Ukraine.", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "russia-de-escalation", "supports", 0, D),
]

D = "2022-02-01"
V1 = "Speaking at a news conference in Moscow on February 1 after talks with Hungarian Prime Minister Viktor Orban, Putin said the written responses of Washington and the alliance had not addressed three fundamental Russian concerns: stopping NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it was in 1997."
V2 = "He said Minsk \"fully shares\" Moscow's position that NATO must stop its movement to the east and must give guarantees on paper."
V3 = "Belarus shows what the Kremlin wants for Ukraine: a country where NATO never trains, never builds anything, never sends instructors, and where Russian troops come and go as they please,"
L["svaboda-2022-02-02-putin-west-ignored-lukashenka-shoulder"] = [
 (V1, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (V1, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (V1, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 ("It is already clear now that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What, we are supposed to fight with the NATO bloc? Has anyone thought about it? It seems not,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("Putin said Russia was studying the answers and hoped that the dialogue would continue, but added that Russia still wanted guarantees that were legally binding and not only words.", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, D),
 ("If they will put their weapons near our borders, in Poland, in Lithuania, we will have to answer to it. We do not want war, but nobody will dictate us from Brussels,", "alyaksandr-lukashenka", 1, "Lukashenka", "no-strike-weapons-near-borders", "supports", 1, D),
 (V2, "alyaksandr-lukashenka", 1, "He", "nato-non-expansion", "supports", 0, D),
 (V2, "alyaksandr-lukashenka", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (V2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (V2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Sending more troops to Belarus is not de-escalation. It is the opposite of de-escalation, and we call on Moscow to bring these forces home once the exercise is over,", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("drag Belarusians into somebody else's war.", "svyatlana-tsikhanouskaya", 1, "Svyatlana Tsikhanouskaya", "", "", 1, "2022-01-31"),
 ("Russian troops must leave Belarus. Their presence here threatens Ukraine and threatens us,", "svyatlana-tsikhanouskaya", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-31"),
 (V3, "dzianis-karalenka", 1, "Karalenka", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (V3, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
]

write_gold(L, "articles-236", "gold-236")
