#!/usr/bin/env python3
"""Writes the held-out gold of batch 277 (gold-277/*.nq) from the labels below.

Batch 277 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-26-us-hands-written-reply: AP Washington story with front matter on
  the US written answer; quotations interrupted by "he said", bare "Moscow has
  insisted" summary sentence, quoted fragments inside reported speech,
  analysts (one of them voicing Russia's missile demand in passing), 2008
  Bucharest background.
- bbc-2022-01-12-nato-russia-council-live: BBC News live page (no front matter,
  date in the page header), reverse-chronological time-stamped posts, recap
  bullets, post headings (not labelled), an explainer post mixing draft-treaty
  contents with 1990/1997 background, Peskov's written-guarantee line in
  indirect speech over two sentences, a Lithuanian MP who names the
  post-1997 rollback demand in passing.
- izvestia-2022-01-27-senator-tsvetkov-interview: Izvestia, machine-translated
  Q/A interview (UTF-8 BOM, CRLF) with an invented senator; « » quotes, dashes,
  odd English; each answer paragraph is one direct quotation; demands voiced
  by meaning ("fed with promises", "the alliance can close it"); "Read also"
  link lines; Zakharova in reported speech at the end.
- euractiv-2022-01-13-osce-vienna-talks: Euractiv news story with front matter
  on the OSCE Permanent Council; "Thursday (13 January)" dating, crossheads,
  short quoted fragments, an anonymous diplomat (no speaker id, not labelled),
  an analyst, Lukashevich rejecting de-escalation in two reported sentences.
- whitehouse-2022-01-10-psaki-briefing: White House press briefing transcript
  (no front matter, "MS. PSAKI:" / "Q" labels); every answer paragraph is one
  direct quotation (so also the off-topic ones get demand-less labels);
  Ryabkov's demand appears only inside a question (not labelled); Psaki
  attributes the 1997 rollback and missile concerns to Russia in passing.
- finland-government-2022-01-21-niinisto-remarks: Finnish government press
  release with front matter; the President's remarks as multi-paragraph
  quotation (opening marks on each paragraph, one closing mark); Putin's
  demands reported inside Niinistö's quoted remarks; Marin, Haavisto and
  Kaikkonen; a "Background" paragraph repeating the New Year speech (not
  labelled).
- ecfr-2022-02-03-what-putin-heard: ECFR commentary (no front matter, date under
  the byline); the author's own analysis is not labelled except where it
  attributes demands to Russia in passing; Putin's "three key demands" listed
  in reported speech and then referred to anaphorically in a quotation;
  Lavrov's indivisible-security letter (no demand); Price on 31 January.

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

Writer's notes: in dated news stories a statement reacting to the day's events
is dated to the publication day; habitual forms ("has insisted", "says", "has
long said", "has argued") are undated. The interview is dated to its
publication day. Multi-paragraph remarks: one span per paragraph, without the
opening quotation mark.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["ap-2022-01-26-us-hands-written-reply"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Moscow has insisted that the West commit in writing that Ukraine will never be admitted to NATO, that the alliance pull its forces back from countries in Central and Eastern Europe that joined after the Cold War, and that no offensive weapons be stationed near Russia's frontiers.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has insisted that the West commit in writing that Ukraine will never be admitted to NATO, that the alliance pull its forces back from countries in Central and Eastern Europe that joined after the Cold War, and that no offensive weapons be stationed near Russia's frontiers.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow has insisted that the West commit in writing that Ukraine will never be admitted to NATO, that the alliance pull its forces back from countries in Central and Eastern Europe that joined after the Cold War, and that no offensive weapons be stationed near Russia's frontiers.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Moscow has insisted that the West commit in writing that Ukraine will never be admitted to NATO, that the alliance pull its forces back from countries in Central and Eastern Europe that joined after the Cold War, and that no offensive weapons be stationed near Russia's frontiers.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Kremlin says the assurances must be legally binding.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("reciprocal transparency measures regarding force posture in Ukraine", "antony-blinken", 1, "He", "", "", 1, D),
 ("measures to increase confidence regarding military exercises and maneuvers in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 1, D),
 ("The ball is in their court,", "antony-blinken", 1, "he", "", "", 1, D),
 ("NATO, he said, was ready to listen to Russia's concerns but would not compromise on the principle that each nation decides its own path.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 0, D),
 ("We will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("to protect and defend each other.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Stoltenberg urged Russia to pull back the roughly 100,000 troops it has massed near Ukraine's borders.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("He said the alliance was proposing to reopen the offices of the two sides in Moscow and Brussels and to restore lines of military communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("We will not rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Rep. Adam Schiff, D-Calif., chairman of the House Intelligence Committee, said Wednesday that the administration had \"held the line\" on NATO membership.", "adam-schiff", 1, "Adam Schiff", "nato-open-door", "supports", 0, D),
 ("Russia doesn't get to decide who our allies are,", "adam-schiff", 1, "he", "nato-open-door", "supports", 1, D),
 ("Sen. Marcus Delahunt, a Republican on the Senate Armed Services Committee, said in a statement that he welcomed the firmness on enlargement but worried about the offer on exercises.", "marcus-delahunt", 1, "Marcus Delahunt", "nato-open-door", "supports", 0, D),
 ("Sen. Marcus Delahunt, a Republican on the Senate Armed Services Committee, said in a statement that he welcomed the firmness on enlargement but worried about the offer on exercises.", "marcus-delahunt", 1, "Marcus Delahunt", "limit-military-exercises", "rejects", 0, D),
 ("He argued that the administration should not agree to scale back drills on the alliance's eastern flank while Russian forces remained poised near Ukraine.", "marcus-delahunt", 1, "He", "limit-military-exercises", "rejects", 0, D),
 ("areas where there is real potential for mutual benefit.", "andrea-kendall-taylor", 1, "Andrea Kendall-Taylor", "no-intermediate-range-missiles", "mentions", 1, D),
 ("areas where there is real potential for mutual benefit.", "andrea-kendall-taylor", 1, "Andrea Kendall-Taylor", "limit-military-exercises", "mentions", 1, D),
 ("What the Russians asked for on missiles is not crazy — a lot of it looks like the old INF Treaty,", "samuel-okonjo-hart", 1, "Samuel Okonjo-Hart", "no-intermediate-range-missiles", "mentions", 1, D),
 ("What the Russians asked for on missiles is not crazy — a lot of it looks like the old INF Treaty,", "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The problem is that it came bundled with things nobody in Washington can sign.", "samuel-okonjo-hart", 1, "Samuel Okonjo-Hart", "", "", 1, D),
 ("He wrote that it was important that the American position on the open door \"remains unchanged.\"", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, D),
 ("Nobody wants to see a conflict, and the best way to avoid one is for Mr. Putin to de-escalate,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-12"
NT = "The alliance has long said these are non-starters."
L["bbc-2022-01-12-nato-russia-council-live"] = [
 ("Russia's deputy foreign minister said the alliance's expansion had to stop, and stop now", "alexander-grushko", 1, "Russia's deputy foreign minister", "nato-non-expansion", "supports", 0, D),
 ("Nato's chief said allies would not let Moscow veto Ukraine's path", "jens-stoltenberg", 1, "Nato's chief", "nato-open-door", "supports", 0, D),
 ("It is absolutely obligatory for us to ensure that Ukraine never, never becomes a member of Nato,", "alexander-grushko", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("He also said the alliance should take back the promise made at Bucharest, calling it the root of the problem.", "alexander-grushko", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("that is exactly why it was so important", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("There are significant differences between Nato allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Russia does not have a veto over whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto over whether Ukraine can become a Nato member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Mr Stoltenberg said Nato had offered to discuss arms control, missile deployments and transparency about exercises, and called on Russia to withdraw its troops from around Ukraine.", "jens-stoltenberg", 1, "Mr Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Mr Stoltenberg said Nato had offered to discuss arms control, missile deployments and transparency about exercises, and called on Russia to withdraw its troops from around Ukraine.", "jens-stoltenberg", 1, "Mr Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("Mr Stoltenberg said Nato had offered to discuss arms control, missile deployments and transparency about exercises, and called on Russia to withdraw its troops from around Ukraine.", "jens-stoltenberg", 1, "Mr Stoltenberg", "russia-de-escalation", "supports", 0, D),
 (NT, "nato", 0, "The alliance", "no-ukraine-membership", "rejects", 0, ""),
 (NT, "nato", 0, "The alliance", "rollback-to-1997", "rejects", 0, ""),
 (NT, "nato", 0, "The alliance", "no-intermediate-range-missiles", "rejects", 0, ""),
 (NT, "nato", 0, "The alliance", "no-warships-aircraft-in-strike-range", "rejects", 0, ""),
 ("US Deputy Secretary of State Wendy Sherman, who led the US team in Brussels, said Washington would not bargain away Nato's open door.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("We will not slam closed the door to Nato's open-door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("But she said the US was ready to discuss \"ways to reduce risks\" including limits on exercises, as long as Russia pulled back.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, D),
 ("But she said the US was ready to discuss \"ways to reduce risks\" including limits on exercises, as long as Russia pulled back.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("De-escalation means Russia moving its forces back to their barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("or telling us what exactly the exercises are for.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Estonia's Foreign Minister Eva-Maria Liimets told the BBC that any deal on troop levels in her region would have to involve the Baltic states directly.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "mentions", 0, D),
 ("Nothing about us without us - that is the principle, and it has not changed today,", "eva-maria-liimets", 1, "she", "", "", 1, D),
 ("a demand to turn the clock back to a world that no longer exists", "zygimantas-pavilionis", 1, "Žygimantas Pavilionis", "rollback-to-1997", "rejects", 1, D),
 ("Separately, Lithuanian MP Žygimantas Pavilionis said Russia's request that Nato forces leave countries that joined after 1997 was \"a demand to turn the clock back to a world that no longer exists\".", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("He said the Kremlin wanted guarantees set down on paper, with legal force, because verbal assurances had been broken before.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("A moratorium or a promise from Nato leaders would not do, he said.", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("Nobody, and I mean nobody, is going to negotiate about Ukraine behind its back,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("He added that it was Russia, not Nato, that had to explain why more than 100,000 troops were sitting on Ukraine's border.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Moscow put maximalist demands on the table knowing they would be rejected, and both sides are now looking for what can actually be negotiated,", "helena-marsh-oduya", 1, "she", "", "", 1, D),
 ("Missiles and drills are where the space is.", "helena-marsh-oduya", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Missiles and drills are where the space is.", "helena-marsh-oduya", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("She said she did not expect the Kremlin to give up its insistence on a halt to enlargement, but thought Russia might accept a step-by-step process.", "helena-marsh-oduya", 1, "She", "nato-non-expansion", "mentions", 0, D),
 ("She said she did not expect the Kremlin to give up its insistence on a halt to enlargement, but thought Russia might accept a step-by-step process.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-27"
T = "oleg-tsvetkov"
A1 = "First reaction — we waited for the answer on the main question and we did not receive it. The main question is simple: NATO does not move further to the east. Not «we will consider», not «in the future maybe», but the legal obligation with signature. Everything else is secondary."
A2 = "Yes, we have heard. These are our proposals, by the way, and it is good that Americans finally read them. Question about the missiles of medium and shorter range in Europe we raised still in 2019, when the USA left the INF Treaty. If now they are ready to speak — please. But this is not the exchange, we do not sell the main point for the secondary."
A3 = "Ukraine in NATO is the red line, and this was said by the President not one time. We need the guarantee that neither Ukraine nor Georgia will be accepted in alliance. Never. And the decision of Bucharest summit of 2008, where to them promised membership, must be cancelled, it is the source of the whole tension."
A4 = "They repeat this like a mantra. But there is also the principle of the indivisibility of security — no one can strengthen own security at the expense of security of others. It is signed in Istanbul in 1999 and in Astana in 2010. Why the one principle works and other not? «Open door» is not a right of the country, it is the policy of the alliance, and the alliance can close it."
A5 = "This is the position of Russia and I fully support it. Infrastructure which appeared in Poland, in Romania, in Baltics after 1997 threatens us directly. Return to the configuration of the Founding Act — it is the fair request."
A6 = "Our troops are located on our territory. Nobody demands from the USA to withdraw the troops from Texas. This requirement of «de-escalation» we consider as the attempt to change the subject. We are not going to move anything anywhere by the order of Washington."
A7 = "Contacts of the military is a useful thing, we never were against. But it is the technical question. The dialogue for the sake of the dialogue we already had, thirty years of it."
A8 = "The President said — there will be military-technical measures. I will not speculate, what exactly. But I want to say this: Russia is not country which can be fed with promises. We have been fed enough, starting from the words of Baker to Gorbachev in 1990 that NATO will not move one inch to east."
A9 = "We will support the position of the Foreign Ministry and the President. Minister Lavrov said on Wednesday in the State Duma that the answer will be studied and the report to the President will be prepared. I am sure this work will be done very carefully."
A10 = "Experts can say anything. We published because we wanted the honesty. Secret diplomacy in this question gave nothing for thirty years."
L["izvestia-2022-01-27-senator-tsvetkov-interview"] = [
 (A1, T, 1, "Oleg Tsvetkov", "nato-non-expansion", "supports", 1, D),
 (A1, T, 1, "Oleg Tsvetkov", "written-legal-guarantees", "supports", 1, D),
 (A2, T, 1, "Oleg Tsvetkov", "no-intermediate-range-missiles", "supports", 1, D),
 (A2, T, 1, "Oleg Tsvetkov", "limit-military-exercises", "supports", 1, D),
 (A3, T, 1, "Oleg Tsvetkov", "no-ukraine-membership", "supports", 1, D),
 (A3, T, 1, "Oleg Tsvetkov", "rescind-bucharest-2008", "supports", 1, D),
 (A4, T, 1, "Oleg Tsvetkov", "nato-open-door", "rejects", 1, D),
 (A4, T, 1, "Oleg Tsvetkov", "nato-non-expansion", "supports", 1, D),
 (A5, T, 1, "Oleg Tsvetkov", "rollback-to-1997", "supports", 1, D),
 (A6, T, 1, "Oleg Tsvetkov", "russia-de-escalation", "rejects", 1, D),
 (A7, T, 1, "Oleg Tsvetkov", "resume-military-dialogue", "supports", 1, D),
 (A8, T, 1, "Oleg Tsvetkov", "written-legal-guarantees", "supports", 1, D),
 (A9, T, 1, "Oleg Tsvetkov", "", "", 1, D),
 (A10, T, 1, "Oleg Tsvetkov", "", "", 1, D),
 ("In the meantime, the official representative of the MFA of Russia Maria Zakharova declared on January 26 that Moscow expects from the West the «concrete answers point by point» and not general statements about open door.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2022-01-26"),
]

D = "2022-01-13"
LD = "Lukashevich also dismissed the Western position on troop movements."
CP = "He told reporters that the US would not negotiate on principles such as the freedom of countries to decide their alliances, but was willing to discuss reciprocal limits on exercises and missile placements."
KW = "The Kremlin hopes some Europeans will say: why not give them something on exercises, on missiles? That is where unity will be tested,"
L["euractiv-2022-01-13-osce-vienna-talks"] = [
 ("Speaking after the meeting of the OSCE's Permanent Council in Vienna, Ambassador Alexander Lukashevich said that Russia needed \"a clear answer\" and that the alliance's \"open door\" policy could not be a basis for discussion.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-open-door", "rejects", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("political declarations, as history shows, are not worth much", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 (CP, "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 (CP, "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (CP, "michael-carpenter", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He also called on Russia to pull back its forces.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("We need to see de-escalation – that means Russian troops going back to their garrisons,", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("is not just about the United States and Russia", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("We are not a spectator. We cannot be a spectator,", "josep-borrell", 1, "Borrell", "", "", 1, D),
 ("Borrell said the EU stood by the right of Ukraine and other states to choose their own alliances, and that Russia could not be allowed to bring back \"spheres of influence\" in Europe.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, D),
 ("The American side is not ready to meet us on the key issues of non-expansion of NATO,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("For the EU, the question of whether Ukraine will join NATO is not on the table at all – there is simply no one in Europe who will sign a document closing that door,", "katarzyna-wisniewska-lind", 1, "Katarzyna Wiśniewska-Lind", "no-ukraine-membership", "mentions", 1, D),
 (KW, "katarzyna-wisniewska-lind", 1, "she", "limit-military-exercises", "mentions", 1, D),
 (KW, "katarzyna-wisniewska-lind", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 (LD, "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 0, D),
 ("Russia, he said, moves troops on its own territory as it sees fit, and does not need anyone's permission.", "alexander-lukashevich", 1, "he", "russia-de-escalation", "rejects", 0, D),
]

D = "2022-01-10"
P = "jen-psaki"
P6 = "No. I think the Deputy Secretary was pretty clear about that this morning, and so has the President. It's not up to Russia to decide who is a member of NATO. That's up to NATO members and aspiring countries."
P4 = "At the same time, there are areas where we can make progress, including the deployment of missiles in Europe and reciprocal limits on the size and scope of military exercises. Those are areas where we have raised concerns, too."
P16 = "We've seen a lot of rhetoric. Our focus is on the diplomatic path. And on missiles, as I said at the top, there's actually an area where we have something to talk about, because we have concerns about Russian missile deployments, and the Russians have concerns of their own."
L["whitehouse-2022-01-10-psaki-briefing"] = [
 ("Hi, everyone. Okay, I have a couple of items for you at the top.", P, 1, "MS. PSAKI", "", "", 1, D),
 ("As you all know, Deputy Secretary Sherman led the U.S. delegation at the Strategic Stability Dialogue with Russia in Geneva today. She has just briefed reporters there, and I'll leave the details to her, but I do want to echo a few points.", P, 1, "MS. PSAKI", "", "", 1, D),
 ("The talks were frank and forthright. The United States put forward our ideas, heard Russia's ideas, and made clear that there are some proposals that are simply non-starters for us. We will not allow anyone to slam closed NATO's open-door policy, and we will not make decisions about Ukraine without Ukraine or about Europe without Europe.", P, 1, "MS. PSAKI", "nato-open-door", "supports", 1, D),
 (P4, P, 1, "MS. PSAKI", "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, P, 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, D),
 ("With that, Zeke, why don't you kick us off.", P, 1, "MS. PSAKI", "", "", 1, D),
 (P6, P, 1, "MS. PSAKI", "nato-open-door", "supports", 1, D),
 (P6, P, 1, "MS. PSAKI", "no-ukraine-membership", "rejects", 1, D),
 ("And I would just note, NATO has been a defensive alliance. The idea that its expansion is a threat to Russia — we just don't accept that premise.", P, 1, "MS. PSAKI", "nato-non-expansion", "rejects", 1, D),
 ("We're not going to negotiate in public. What I can tell you is that we're not going to be in a position where we are signing anything that undermines the principles we've been talking about. Those aren't on the table.", P, 1, "MS. PSAKI", "nato-open-door", "supports", 1, D),
 ("We have not seen that. In fact, we continue to see a substantial buildup, and that's not conducive to diplomacy. Our view is that progress can only really happen in an environment of de-escalation rather than escalation.", P, 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, D),
 ("So we would like to see them move troops back to where they came from. That would be a good sign.", P, 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, D),
 ("We will continue to provide security assistance to Ukraine. We provided more in the last year than at any point in history, and that's not something that we're going to ask permission from Russia to do.", P, 1, "MS. PSAKI", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I'm not going to get ahead of that. We've been very clear with the Russians, including the President in his conversations with President Putin, that there would be severe economic consequences if they further invade Ukraine.", P, 1, "MS. PSAKI", "", "", 1, D),
 ("Well, I'd say first, we're not going to discuss the force posture of our NATO allies without our NATO allies. That's a principle.", P, 1, "MS. PSAKI", "rollback-to-1997", "mentions", 1, D),
 ("But I think it's also important for people to understand what Russia is asking here. They're asking that NATO essentially go back to what it was in 1997, and withdraw from countries that are sovereign members of the alliance. That's not going to happen.", P, 1, "MS. PSAKI", "rollback-to-1997", "rejects", 1, D),
 ("They're asking that NATO essentially go back to what it was in 1997, and withdraw from countries that are sovereign members of the alliance.", "russia", 0, "They", "rollback-to-1997", "supports", 0, ""),
 ("There's nothing scheduled at this point. Obviously, he's getting regular updates from his team, from Jake Sullivan, from Secretary Blinken, and we'll keep you posted.", P, 1, "MS. PSAKI", "", "", 1, D),
 (P16, P, 1, "MS. PSAKI", "no-intermediate-range-missiles", "mentions", 1, D),
 ("And on missiles, as I said at the top, there's actually an area where we have something to talk about, because we have concerns about Russian missile deployments, and the Russians have concerns of their own.", "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Well, we're not going to get ahead of the Court. We remain confident in the legal authority of the rule and we think it's the right step to keep workplaces safe.", P, 1, "MS. PSAKI", "", "", 1, D),
]

D = "2022-01-21"
N = "sauli-niinisto"
R2 = "President Putin described Russia's proposals and the reasons behind them. He emphasised that for Russia the most important thing is that NATO does not expand further and that there are guarantees of this which are binding. He also said that Russia is concerned about weapons systems being brought close to its borders."
PU1 = "He emphasised that for Russia the most important thing is that NATO does not expand further and that there are guarantees of this which are binding."
PU2 = "He also said that Russia is concerned about weapons systems being brought close to its borders."
NW = "He said he did not believe that a written promise that the alliance would never admit new members could be a basis for a solution, and added that Finland's position had been conveyed to the United States and to the European partners."
L["finland-government-2022-01-21-niinisto-remarks"] = [
 ("Today I spoke with President Putin. It was a frank conversation, as our conversations have been over the years. I told him that Finland supports the dialogue between Russia and the United States and between Russia and NATO, and that it is in everybody's interest that the discussions continue.", N, 1, "Sauli Niinistö", "", "", 1, D),
 (R2, N, 1, "Sauli Niinistö", "nato-non-expansion", "mentions", 1, D),
 (R2, N, 1, "Sauli Niinistö", "written-legal-guarantees", "mentions", 1, D),
 (R2, N, 1, "Sauli Niinistö", "no-strike-weapons-near-borders", "mentions", 1, D),
 (PU1, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (PU1, "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (PU2, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("I said to him what I have said publicly: Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide. This is not a question that Finland will negotiate with anyone else, and it is not a question on which others decide for us.", N, 1, "Sauli Niinistö", "nato-open-door", "supports", 1, D),
 ("We do not see the situation in black and white. There are elements in the discussion, such as arms control, the prevention of incidents and the transparency of military exercises, where the European countries have a clear interest in progress. Finland has always supported confidence-building measures and the work of the OSCE.", N, 1, "Sauli Niinistö", "limit-military-exercises", "mentions", 1, D),
 ("At the same time, the concentration of troops near Ukraine is very worrying. I said to President Putin that a reduction of tensions on the ground would create better conditions for everything else. I hope that this message was heard.", N, 1, "Sauli Niinistö", "russia-de-escalation", "supports", 1, D),
 ("Finland makes its own decisions. We have the option to apply for NATO membership, and that is not going to change,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, D),
 ("Asked by reporters whether Russia's draft agreement with NATO, which would commit the alliance to refrain from any further enlargement, concerned Finland and Sweden as well, the President said that as he read the texts, they concerned all states outside NATO.", N, 1, "the President", "nato-non-expansion", "mentions", 0, D),
 ("I do not accept that the European security order is built on spheres of influence. The principles we agreed together in Helsinki in 1975 and in Paris in 1990 are still valid. Every country has the right to choose its own security arrangements,", N, 1, "Niinistö", "nato-open-door", "supports", 1, D),
 (NW, N, 1, "He", "nato-non-expansion", "rejects", 0, D),
 (NW, N, 1, "He", "written-legal-guarantees", "rejects", 0, D),
 ("We follow the situation very carefully, but I want to say clearly that there is no reason for alarm here at home,", "antti-kaikkonen", 1, "Kaikkonen", "", "", 1, "2022-01-19"),
]

P1 = "He listed them himself: preventing NATO expansion, refraining from deploying strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed."
P3 = "We did not see an adequate consideration of these three key demands,"
LV = "Lavrov has argued that the right to choose alliances is conditional, and that NATO's enlargement violates the condition."
RW = "They were a statement of the order Russia wants in Europe: a neutral belt of states between NATO and Russia, no Western military presence in the former Soviet space, and allied forces pulled back from Poland, Romania and the Baltic states."
GR = "He said Russia hoped \"we will find a solution eventually, although it is not easy\", and Lavrov has been careful to say that the American paper contained \"a grain of rationality\" on missiles and exercises."
F = "2022-02-01"
L["ecfr-2022-02-03-what-putin-heard"] = [
 (P1, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, F),
 (P1, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, F),
 (P1, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, F),
 (P3, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, F),
 (P3, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, F),
 (P3, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, F),
 ("We will insist on a frank answer as to why our partners do not want to fulfil their obligations,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-30"),
 ("or, if they intend to, how exactly.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-30"),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, ""),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, ""),
 ("Washington's answer, voiced by State Department spokesman Ned Price, has been that the two principles are not in conflict.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, ""),
 ("Every country has the right to choose its own security arrangements. That's not a matter for negotiation,", "ned-price", 1, "Price", "nato-open-door", "supports", 1, "2022-01-31"),
 (RW, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (RW, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (RW, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("we will find a solution eventually, although it is not easy", "vladimir-putin", 1, "He", "", "", 1, F),
 (GR, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, ""),
 (GR, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, ""),
 ("Russia's insistence that these are internal matters, and that the West has no standing to demand a pullback, should be taken at face value: the Kremlin will not de-escalate as a precondition for anything.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("A moratorium on Ukrainian membership, floated quietly in some capitals, would satisfy no one in Moscow, which has said it wants a binding guarantee rather than a pause, and would hand the Kremlin a precedent.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Russians will keep one hand on the negotiating table and the other on the map.", "katja-rautio", 1, "Katja Rautio", "", "", 1, ""),
]

write_gold(L, "articles-277", "gold-277")
