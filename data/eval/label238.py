#!/usr/bin/env python3
"""Writes the held-out gold of batch 238 (gold-238/*.nq) from the labels below.

Batch 238 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-28-lavrov-no-war-main-question: The Associated Press, Moscow
  dateline, no front matter (date under the byline); quotations interrupted by
  "Foreign Minister Sergey Lavrov said", a two-sentence quote, pronoun speakers,
  Moscow's demands attributed in passing inside Washington's and an analyst's
  sentences, Baker/Gorbachev and Bucharest background.
- white-house-2022-01-26-psaki-press-briefing: White House press briefing
  transcript (MS. PSAKI / Q), no front matter; every answer paragraph is a
  quotation, most about no demand; "that demand" resolved only by the question.
- izvestia-2022-01-13-grushko-nato-russia-council: Izvestia machine-translated,
  front matter; « » quotes, "Recall," paragraph on the drafts, crossheads,
  Russian experts and a Duma member, an embedded «the key one».
- independent-2022-01-21-blinken-lavrov-geneva: The Independent, front matter;
  caption, standfirst, "Read more" link lines, short quoted fragments of six
  words or more inside reported sentences, Romania and Bulgaria reacting,
  a RUSI-style analyst naming demands only to assess them.
- rferl-2022-01-13-osce-vienna-talks: Radio Free Europe/Radio Liberty, no front
  matter (date line under byline), straight quotes, caption, crosshead,
  double-hyphen dashes, Georgian and Ukrainian officials, an analyst.
- kremlin-2022-02-01-putin-orban-news-conference: Kremlin transcript of Putin's
  and Orban's press statements and answers, UTF-8 BOM and CRLF line ends;
  greetings and energy paragraphs, 1990 history spoken by Putin himself,
  the questions carrying demands of their own.
- reuters-2022-01-27-live-factbox-written-replies: Reuters live factbox, front
  matter; GMT time stamps and day crossheads that give the dates, bullets, a
  quote from the draft agreement (not labelled), a "WHAT RUSSIA ASKED FOR"
  section in reported form.

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
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

A = "ap-2022-01-28-lavrov-no-war-main-question"
_us = "In written replies delivered Wednesday, Washington rejected Moscow’s demand to bar Ukraine from ever joining NATO and to roll back allied deployments in Eastern Europe, while offering talks on arms control, limits on missile deployments and greater transparency about military drills."
_kern = "Lavrov said the American document contained some “reasonable kernels” on secondary questions, such as a mutual ban on intermediate-range missiles in Europe that Moscow itself had put forward in 2019, but that the core of Russia’s proposals had been brushed aside."
_main = "Our main question is clear: the non-expansion of NATO and the non-deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction to it in the document,"
_putin = "Putin told Macron that the U.S. and NATO responses had not taken into account Russia’s fundamental concerns, including preventing NATO’s expansion, refusing to deploy strike weapons near Russia’s borders and returning the alliance’s military capabilities in Europe to where they stood in 1997, the Kremlin said."
_pav = "He said Russia would settle for nothing less than a signed, legally binding promise that Ukraine will stay out of the alliance."
_rum = "Yevgeny Rumyantsev, a foreign policy expert at the Institute for Strategic Assessments, a Moscow think tank, said the Kremlin had asked for a “yes or no” on enlargement and instead received an invitation to negotiate."
_rum2 = "The Kremlin can pocket the talks on missiles and exercises, but it cannot sell that at home as a victory,"
L[A] = [
 ("If it depends on Russia, then there will be no war. We don’t want wars,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-28"),
 ("But we also won’t allow our interests to be rudely trampled on and ignored.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-28"),
 (_us, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (_us, "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (_us, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (_us, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (_us, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (_us, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (_kern, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "supports", 0, "2022-01-28"),
 (_kern, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (_main, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (_main, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("They choose only the part that suits them — the freedom to choose alliances — and keep silent about the obligation that comes right after it,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, "2022-01-28"),
 (_putin, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (_putin, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 (_putin, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("It is obvious that there is not much ground for optimism here,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Washington has demanded that Moscow pull those forces back and has threatened sweeping sanctions if Russian troops cross the border.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg said Wednesday that the alliance was ready to listen to Russia’s concerns and to talk about missiles and transparency, but not to give up its core principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("We cannot compromise on the right of every nation in Europe to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("If the Americans think we will trade our red lines for a few confidence-building measures, they are badly mistaken,", "andrei-pavlenko", 1, "Pavlenko", "", "", 1, "2022-01-28"),
 (_pav, "andrei-pavlenko", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 (_pav, "andrei-pavlenko", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 (_rum, "yevgeny-rumyantsev", 1, "Yevgeny Rumyantsev", "nato-non-expansion", "mentions", 0, ""),
 (_rum, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (_rum2, "yevgeny-rumyantsev", 1, "Rumyantsev", "no-intermediate-range-missiles", "mentions", 1, ""),
 (_rum2, "yevgeny-rumyantsev", 1, "Rumyantsev", "limit-military-exercises", "mentions", 1, ""),
 ("The big question is whether Putin decides that half a loaf is better than none.", "yevgeny-rumyantsev", 1, "Rumyantsev", "", "", 1, ""),
 ("There is not a single word in it that goes against Ukraine’s interests,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
]

W = "white-house-2022-01-26-psaki-press-briefing"
_p = lambda ev, demand="", stance="": (ev, "jen-psaki", 1, "MS. PSAKI", demand, stance, 1, "2022-01-26")
_w1 = "As you all know, earlier this afternoon Ambassador Sullivan delivered our written response to the Russian government in Moscow, and NATO is delivering its own response in parallel. I'm not going to go through it line by line, but broadly it lays out a serious diplomatic path should Russia choose it: reciprocal transparency measures on force posture in Ukraine, confidence-building steps around military exercises and maneuvers in Europe, and arms control on missiles in Europe. It also reaffirms, very plainly, our commitment to NATO's open-door policy."
_w2 = "The Secretary was asked this very question an hour ago, and I'll echo what he said. There's no change in our position, and there will be no change. NATO's door is open and remains open. Whether Ukraine or any other country joins the Alliance is a decision for that country and the 30 Allies, not for Moscow."
_w3 = "Look, we've said from the beginning that some of these ideas could eventually be reflected in agreements if Russia is serious. What we have offered is a basis for reciprocal arrangements. What we have not offered, and will not offer, is the kind of one-sided treaty text Moscow published in December, where the West signs away the security of its partners."
_w4 = "We're open to discussing reciprocal limits on the size and scope of exercises in the region, on a reciprocal basis — and that has to mean Russian exercises too, including the ones happening in Belarus right now. What we're not going to do is pull American troops out of the Baltics or Poland, which is what the Russians have put on the table by asking NATO to go back to where it was in 1997."
L[W] = [
 _p("Hi, everyone. Okay. I have a couple of items for you at the top, and then I know there's a lot of interest in Ukraine."),
 _p(_w1, "limit-military-exercises", "mentions"),
 _p(_w1, "no-intermediate-range-missiles", "mentions"),
 _p(_w1, "nato-open-door", "supports"),
 _p("We coordinated every word of it with our Allies and partners, including with Ukraine. There is nothing about Ukraine without Ukraine, and there is nothing about European security without our European Allies."),
 _p("We're not planning to make it public. We think diplomacy has the best chance to succeed if we give space for confidential talks, and we are not going to negotiate in public. We'll leave it to the Russians to decide whether they want to do that."),
 _p(_w2, "nato-open-door", "supports"),
 _p(_w2, "no-ukraine-membership", "rejects"),
 _p("No. A moratorium is not something we're going to put on the table.", "nato-non-expansion", "rejects"),
 _p(_w3, "written-legal-guarantees", "mentions"),
 (_w3, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 _p("We are. We continue to see Russia moving additional forces, including into Belarus, and that is not the behavior of a country that is looking for a diplomatic outcome. The best thing President Putin could do, if he is serious about diplomacy, is to de-escalate and pull those troops back from Ukraine's border.", "russia-de-escalation", "supports"),
 _p("And let me be clear: We're prepared either way. If Russia further invades Ukraine, there will be severe economic consequences, and we have been working with our Allies to ensure they would be swift."),
 _p(_w4, "limit-military-exercises", "mentions"),
 _p(_w4, "rollback-to-1997", "rejects"),
 (_w4, "russia", 0, "the Russians", "rollback-to-1997", "supports", 0, ""),
 _p("We'll let them speak for themselves. We're not setting a deadline. The ball is in their court, and we'll see what they do with it."),
 _p("I would point you to what the President said publicly this week. I'm not going to get ahead of the specifics of the package, but we have been closely coordinating with Germany, and we believe we are in a very strong position."),
 _p("We've been very clear that an invasion could come at any time. It's not up to us to tell President Zelensky how to speak to his own people, and we understand the economic stakes for Ukraine. But it would be irresponsible for us not to share what we are seeing."),
 _p("I'm not going to get into the details of the document. But that demand is a non-starter, and it has been a non-starter since the day they published it.", "rollback-to-1997", "rejects"),
 _p("I think we've got to keep moving. Go ahead."),
 _p("We've had tens of millions of households place orders, and the tests are shipping out now. We'll have more updated numbers for you later this week."),
]

I = "izvestia-2022-01-13-grushko-nato-russia-council"
_g1 = "We explained in an honest and direct manner that the further movement of NATO to the east and the deployment of weapons on the territory of Ukraine that threaten our security are absolutely unacceptable for us,"
_st = "Russia has no veto over whether Ukraine can become a member of NATO. Every country has the right to choose its own way,"
_sh = "Wendy Sherman, who arrived in Brussels after the Geneva negotiations with the Deputy Minister of Foreign Affairs of the Russian Federation Sergei Ryabkov, told reporters that the US is ready to talk about the placement of missiles and on the scale of exercises, but not about the fate of the \"open door\" policy."
_sh2 = "We will not slam the door of NATO, it has been the central principle of the alliance since the beginning,"
_stn = "Jens Stoltenberg, in turn, stated at his own press conference that the allies are ready to negotiate on arms control, on missiles and on transparency of military exercises, but that they will not compromise on «core principles»."
_mfa = "Among them — the refusal of the alliance from further expansion, including the accession of Ukraine, and from deploying of strike weapons systems near the Russian borders."
_sok = "But the question of Ukraine in NATO is not removed anywhere. The West will not say \"never\", and Moscow will not accept \"not now\""
L[I] = [
 (_g1, "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (_g1, "alexander-grushko", 1, "the deputy minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("According to him, Moscow expects from the alliance not words, but legally fixed obligations.", "alexander-grushko", 1, "him", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("The time of verbal assurances is over. We were deceived once, and we will not allow ourselves to be deceived a second time,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("The diplomat noted that the Russian side also raised the question of the return of the alliance's military infrastructure to the configuration of 1997, when the Founding Act on mutual relations between Russia and NATO was signed.", "alexander-grushko", 1, "The diplomat", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("He added that the issue of non-expansion remains «the key one» for Moscow and that without it it is impossible to move on to other points.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("At the same time, Grushko said that Moscow is ready to discuss measures to prevent incidents at sea and in the air, as well as the restoration of military contacts between Russia and the alliance, which were frozen by NATO in 2014.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("If NATO is ready to restore the channels of military communication, we will not object — it is in our common interests,", "alexander-grushko", 1, "he", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 (_stn, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (_stn, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (_st, "jens-stoltenberg", 1, "the Secretary General", "nato-open-door", "supports", 1, "2022-01-12"),
 (_st, "jens-stoltenberg", 1, "the Secretary General", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He also called on Moscow to withdraw troops from the border with Ukraine and to choose the path of diplomacy.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 (_sh, "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (_sh, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (_sh, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 (_sh2, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-12"),
 (_sh2, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 (_mfa, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (_mfa, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (_mfa, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("The alliance is ready to discuss with us everything, except that which we asked. This is the classical \"diplomacy of secondary questions\"", "kirill-sokolovsky", 1, "the expert", "", "", 1, ""),
 ("According to him, the negotiations on the missiles of intermediate and shorter range may really become the subject for a deal, since both parties are interested in it after the collapse of the INF Treaty in 2019.", "kirill-sokolovsky", 1, "him", "no-intermediate-range-missiles", "mentions", 0, ""),
 (_sok, "kirill-sokolovsky", 1, "Sokolovsky", "no-ukraine-membership", "mentions", 1, ""),
 (_sok, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (_sok, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The guarantees must be in the form of a treaty, ratified by the Senate of the USA. Any other \"assurances\" we have already heard in 1990 and we know their price", "mikhail-dorofeev", 1, "the parliamentarian", "written-legal-guarantees", "supports", 1, ""),
 ("Military expert, retired colonel Viktor Lantsov drew attention to the fact that NATO does not want to consider the question of the withdrawal of forces from the countries of Eastern Europe.", "viktor-lantsov", 1, "Viktor Lantsov", "rollback-to-1997", "mentions", 0, ""),
 ("For the West, this is the most painful topic, because the battalion groups in the Baltics and Poland became the symbol of solidarity. Nobody will remove them", "viktor-lantsov", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("We see no reason for optimism. In the main questions there is no movement", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, ""),
 ("There are some positive elements, but in general the talks were unsuccessful, because on the fundamental questions there are disagreements", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-13"),
]

N = "independent-2022-01-21-blinken-lavrov-geneva"
_ro = "Within hours, Romania’s foreign ministry called the demand “unacceptable” and said it would not be the subject of negotiation, while Bulgaria’s prime minister, Kiril Petkov, said his country alone decided how to organise its defence."
_bl = "Mr Blinken said the US was ready to explore “reciprocal” steps to ease tensions, including on the positioning of missiles in Europe and limits on exercises, if Moscow showed it was serious."
_nw = "Nato and Washington have demanded that Russia withdraw the roughly 100,000 troops it has assembled near Ukraine."
_ku = "Ukraine’s path to Nato is for Ukraine and the 30 allies to decide, and no one else,"
_mb = "She said Moscow’s central demand — a binding guarantee that Ukraine would never join Nato — was something no American administration could sign, but that an agreement on intermediate-range missiles and on the scope of military drills was within reach if both sides wanted one."
L[N] = [
 ("America’s top diplomat and his Russian counterpart agreed on Friday to keep talking over the crisis on Ukraine’s border, but emerged from a brief meeting in Geneva with no sign that either side had budged on Moscow’s demand for a halt to Nato’s expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We didn’t expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other’s concerns and each other’s positions,", "antony-blinken", 1, "Mr Blinken", "", "", 1, "2022-01-21"),
 ("He made clear, however, that the document would not give ground on the question of who can join the western alliance.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, "2022-01-21"),
 ("There are core principles that we are committed to uphold, including the right of any country to decide its own alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-21"),
 ("Mr Lavrov, speaking separately, said he had told Mr Blinken that Russia expected “concrete” answers to its December proposals, and above all to the demand that Nato stop pushing eastward.", "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "the Russian foreign minister", "", "", 1, "2022-01-21"),
 ("He insisted that Moscow had “never threatened the Ukrainian people” and dismissed Western warnings of an imminent attack as “hysteria”, repeating the Kremlin’s line that Russian troops can move freely on their own territory.", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("Russia wants foreign troops, equipment and weaponry withdrawn from countries that joined Nato after 1997, it said, naming Bulgaria and Romania as examples.", "russian-foreign-ministry", 0, "it", "rollback-to-1997", "supports", 0, "2022-01-21"),
 (_ro, "romania", 0, "Romania’s foreign ministry", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 (_ro, "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 (_bl, "antony-blinken", 1, "Mr Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-21"),
 (_bl, "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, "2022-01-21"),
 ("a swift, severe and united response", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 (_nw, "nato", 0, "Nato", "russia-de-escalation", "supports", 0, ""),
 (_nw, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("Moscow rejects the demand as interference in its internal affairs.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("desist and step back from Ukraine before he makes a massive strategic mistake", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("a terrible quagmire and loss of life", "liz-truss", 1, "She", "", "", 1, "2022-01-21"),
 ("Ms Truss also rejected any suggestion that Russia should have a say over Nato’s membership.", "liz-truss", 1, "Ms Truss", "nato-open-door", "supports", 0, "2022-01-21"),
 ("Britain will stand with our allies for the principle that the door to the alliance stays open to every European democracy that wishes to walk through it,", "liz-truss", 1, "she", "nato-open-door", "supports", 1, "2022-01-21"),
 (_ku, "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-21"),
 (_ku, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-21"),
 ("Both men got what they needed for the day,", "helen-marchbank", 1, "Dr Helen Marchbank", "", "", 1, ""),
 ("Lavrov got a promise of paper, and Blinken got another week without tanks rolling.", "helen-marchbank", 1, "Dr Helen Marchbank", "", "", 1, ""),
 (_mb, "helen-marchbank", 1, "She", "no-ukraine-membership", "mentions", 0, ""),
 (_mb, "helen-marchbank", 1, "She", "written-legal-guarantees", "mentions", 0, ""),
 (_mb, "helen-marchbank", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 (_mb, "helen-marchbank", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 (_mb, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (_mb, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("If the Americans think it is useful, and the presidents agree, we are ready,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
]

R = "rferl-2022-01-13-osce-vienna-talks"
_lu = "Russia's ambassador to the OSCE, Aleksandr Lukashevich, told reporters after the session that Moscow needed \"constructive\" answers within a reasonable period of time to its proposals, which include a ban on further NATO enlargement and on the deployment of offensive weapons close to Russia's frontiers."
_ca = "He said Washington was prepared to discuss reciprocal limits on missile deployments and on the size of military exercises with Russia, but that it would not bargain away the right of sovereign states to choose their own security arrangements."
_ca2 = "We will not accept any proposal that would bar Ukraine or anyone else from joining NATO,"
_pe = "He said Russia saw no alternative to a binding pledge that Ukraine will never become a member of the alliance."
_ts = "Ukraine will not be a subject of bargaining between others, and Russia cannot veto our European and Euro-Atlantic choice,"
_ja = "Our goal of NATO membership is written in the constitution, and no other state can cancel it,"
_va2 = "But the toolbox does not include a clause that closes NATO's doors, and that is what Moscow wants most."
_va3 = "Vandersteen said Russia's maximalist demands, including its call to withdraw allied forces from countries that joined NATO after 1997, appeared designed to be rejected."
L[R] = [
 ("We have to focus on a peaceful resolution of the conflict in and around Ukraine, in full respect of its sovereignty and territorial integrity within its internationally recognized borders,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 (_lu, "alexander-lukashevich", 1, "Aleksandr Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (_lu, "alexander-lukashevich", 1, "Aleksandr Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will be forced to take the necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("He said Russia was not interested in \"endless discussions\" and that any guarantees would have to be put down on paper in a legally binding form, not in political declarations that can be forgotten the next morning.", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("We face a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 (_ca, "michael-carpenter", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 (_ca, "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 (_ca, "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 (_ca2, "michael-carpenter", 1, "Carpenter", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 (_ca2, "michael-carpenter", 1, "Carpenter", "nato-non-expansion", "rejects", 1, "2022-01-13"),
 ("I don't see any grounds to sit down again in the coming days, to gather again and start these same discussions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, ""),
 (_pe, "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, ""),
 (_pe, "dmitry-peskov", 1, "He", "no-ukraine-membership", "supports", 0, ""),
 ("Washington has urged Russia to reduce tensions by withdrawing some of the estimated 100,000 troops it has massed near Ukraine's borders.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("Ukraine's ambassador to the OSCE, Yevhenii Tsymbaliuk, said Kyiv welcomed the unity shown by the United States and its European allies, and urged Moscow to pull its forces back from the border and return them to their permanent bases.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (_ts, "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "nato-open-door", "supports", 1, "2022-01-13"),
 (_ts, "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 (_ja, "teimuraz-janjgava", 1, "Janjgava", "nato-open-door", "supports", 1, ""),
 (_ja, "teimuraz-janjgava", 1, "Janjgava", "no-ukraine-membership", "rejects", 1, ""),
 ("The OSCE is the one place where Russia and the West already have the toolbox -- the Vienna Document on notifying exercises, the Open Skies legacy -- to deal with what Moscow says worries it,", "ilse-vandersteen", 1, "Ilse Vandersteen", "limit-military-exercises", "mentions", 1, ""),
 (_va2, "ilse-vandersteen", 1, "Ilse Vandersteen", "nato-non-expansion", "mentions", 1, ""),
 (_va2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_va3, "ilse-vandersteen", 1, "Vandersteen", "rollback-to-1997", "mentions", 0, ""),
 (_va3, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]

K = "kremlin-2022-02-01-putin-orban-news-conference"
_vp = lambda ev, demand="", stance="": (ev, "vladimir-putin", 1, "Vladimir Putin", demand, stance, 1, "2022-02-01")
_vo = lambda ev, demand="", stance="": (ev, "viktor-orban", 1, "Viktor Orban", demand, stance, 1, "2022-02-01")
_k3 = "We did not see an adequate consideration of our three key demands: preventing NATO’s further expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed."
_k5 = "Look, Ukraine’s doctrine says that it intends to return Crimea, including by military means. Imagine that Ukraine is a NATO member and starts these military operations. What should we do then — go to war with the NATO bloc? Has anyone thought about this? It seems not. This is why we say that Ukraine must not be admitted to NATO, and we need this in the form of a legally binding document, not in the form of promises."
L[K] = [
 _vp("Mr Prime Minister, ladies and gentlemen,"),
 _vp("Our talks with Prime Minister of Hungary Viktor Orban were held in a businesslike and constructive manner. This is our 12th meeting, and I would like to note that Hungary remains one of Russia’s important partners in Europe."),
 _vp("We paid particular attention to energy. Russian gas supplies to Hungary under the long-term contract signed last year are proceeding reliably and at prices that are considerably lower than on the spot market. We also discussed the construction of two new power units at the Paks nuclear power plant."),
 _vp("Of course, we also exchanged views on the international agenda, including European security and the situation around Ukraine. I informed Mr Orban about our proposals to the United States and NATO on security guarantees and about the responses we received last week."),
 _vo("Mr President, thank you for the invitation. I came to Moscow on a peace mission, as it were. Hungary is a member of NATO and the European Union, and we stand by our commitments, but we are convinced that there is room for an agreement that both Russia and the West can accept."),
 _vo("There is not a single European leader who wants a war. From the Hungarian point of view, the most important thing is to keep the dialogue going, and I see from our talks today that the Russian side is also ready for this."),
 _vp("We have carefully analysed the written responses of the United States and NATO, which we received on January 26. It is already clear — I informed Mr Orban about this — that Russia’s fundamental concerns were ignored."),
 _vp(_k3, "nato-non-expansion", "supports"),
 _vp(_k3, "no-strike-weapons-near-borders", "supports"),
 _vp(_k3, "rollback-to-1997", "supports"),
 _vp("They keep telling us about the principle that every state is free to choose its alliances. But there is another principle, agreed in Istanbul in 1999 and in Astana in 2010: no one can strengthen their security at the expense of the security of other states. They pick only what suits them. This will not do.", "nato-open-door", "rejects"),
 _vp(_k5, "no-ukraine-membership", "supports"),
 _vp(_k5, "written-legal-guarantees", "supports"),
 _vp("We were promised in 1990 that NATO would not move an inch to the east. They simply cheated us. Five waves of expansion followed."),
 _vp("At the same time, there are things in the responses that we are prepared to discuss, for example, intermediate-range and shorter-range missiles and certain measures of military transparency. We proposed some of these things ourselves long ago. But these are secondary questions.", "no-intermediate-range-missiles", "supports"),
 _vp("I hope that we will eventually find a solution, although it will not be easy. We are not going to stop the dialogue. The Foreign Ministry will prepare our reply."),
 _vo("Hungary joined NATO in 1999, and our membership is not a subject for negotiation with anyone. That is a sovereign decision of the Hungarian people.", "rollback-to-1997", "rejects"),
 _vo("At the same time, I want to say plainly: the Russian demands for security guarantees should not be simply swept off the table. They must be negotiated, and I do not think the differences are unbridgeable. Hungary is ready to be a bridge wherever it can be useful."),
 _vp("It seems to me that the United States is not so much concerned about the security of Ukraine as its main task is to contain the development of Russia. Ukraine is simply a tool for reaching this goal. It can be done in different ways: by drawing us into some armed conflict, and then, with the help of their allies in Europe, forcing the introduction of those tough sanctions that are being talked about in the United States today."),
 _vp("As for the Russian troops on our territory, we move them where we consider necessary. Nobody has the right to tell us where to deploy them inside our own country.", "russia-de-escalation", "rejects"),
 _vp("In any case, we will continue working, and I hope that, with President Macron, with whom I have spoken several times in recent days, and with other partners, we will find a way out."),
]

U = "reuters-2022-01-27-live-factbox-written-replies"
_ry = "Deputy Foreign Minister Sergei Ryabkov told the Interfax news agency that a temporary freeze on NATO expansion, an idea floated by some Western commentators, would not satisfy Moscow."
_ry3 = "He said Russia was ready for talks on missiles and on restoring military contacts, but not at the expense of what he called the main thing."
_bk = "Blinken said the U.S. document set out \"a serious diplomatic path\" and offered ideas on arms control for missiles in Europe, a follow-up to the New START treaty and reciprocal transparency on military exercises."
_fe = "On paper Washington has given Moscow quite a lot: talks on missiles, on drills, on risk reduction. What it has not given is the one thing Moscow asked for, a veto on who joins NATO."
_d17 = "Russia on Dec. 17 published two draft documents - a treaty with the United States and an agreement with NATO - demanding that the alliance rule out admitting Ukraine and other states and drop its 2008 promise that Ukraine and Georgia would one day join."
_mo = "Moscow also wants an end to U.S. and NATO military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia, and a ban on land-based intermediate-range missiles in places from which they could reach the other side's territory."
L[U] = [
 ("Regional security cannot be guaranteed by strengthening or even expanding military blocs,", "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The question of NATO's non-enlargement was, is and will remain the main one for us, and no amount of talk about transparency will replace it,", "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_ry, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 (_ry, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("A moratorium is not an option for us. We need guarantees that are written into a treaty and have legal force,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 (_ry3, "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (_ry3, "sergei-ryabkov", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("The key to de-escalation is in Moscow. Russia must withdraw its troops and stop its blackmail,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("There is no positive response on the main issue,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("\"There is no positive response on the main issue,\" Lavrov said, referring to Moscow's demand that NATO not expand further to the east.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg said the alliance had proposed reopening NATO's office in Moscow and Russia's mission to NATO and making full use of military lines of communication to reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He called on Russia to de-escalate immediately and said allies would continue to reinforce their eastern flank.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (_bk, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (_bk, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the United States had also restated that it expected Russia to pull back its forces from Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (_fe, "marcus-feldhaus", 1, "Marcus Feldhaus", "no-intermediate-range-missiles", "mentions", 1, ""),
 (_fe, "marcus-feldhaus", 1, "Marcus Feldhaus", "limit-military-exercises", "mentions", 1, ""),
 (_fe, "marcus-feldhaus", 1, "Marcus Feldhaus", "nato-non-expansion", "mentions", 1, ""),
 (_fe, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_d17, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (_d17, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (_d17, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 (_mo, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (_mo, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("It has also asked that warships and heavy bombers keep out of areas from which they could hit targets on the other side's territory.", "russia", 0, "It", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
]

write_gold(L, "articles-238", "gold-238")
