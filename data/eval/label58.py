#!/usr/bin/env python3
"""Writes the fifty-eighth held-out gold (gold-58/*.nq) from the labels below.

Batch 58 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Outlets and forms:
- un-2022-01-31-spv8960-security-council: a UN Security Council verbatim
  record (S/PV.8960, 31 January 2022), no front matter, speakers labelled
  "Mr. Nebenzia (Russian Federation) (spoke in Russian):", a presiding
  President whose procedural remarks get no label, one right of reply;
- osce-2022-01-13-permanent-council-statements: a compilation of OSCE
  Permanent Council delegation statements (PC.DEL documents) with front
  matter, each statement introduced by a header naming the delegation and
  the ambassador, no quotation marks at all;
- xinhua-2022-01-27-lavrov-us-response: Xinhua wire copy without front
  matter (date in a "Source: Xinhua | 2022-01-27" line), straight quotes, a
  quotation split by "Lavrov said", a passive attribution, an "according to"
  sentence and a background section on 1990 and Bucharest 2008;
- fmprc-2022-01-28-zhao-lijian-press-conference: a Chinese MFA regular press
  conference with front matter, questions labelled by outlet (CCTV, AFP,
  Bloomberg, Kyodo News ...) and answers by "Zhao Lijian:", several
  multi-paragraph answers and many answers about none of the demands;
- kyodo-2022-01-13-nato-russia-council: Kyodo News wire with front matter and
  curly quotes, a quotation continued in its own paragraph, two speakers in
  one sentence, a demand attributed to Moscow in passing, an invented Keio
  professor quoted in two split quotations, a speaker named only as "the NATO
  chief";
- toi-2022-02-03-alipov-interview: a Times of India Q&A interview with the
  Russian ambassador, UTF-8 BOM and CRLF line ends, front matter, „ “ quotes
  in the intro, "Q:"/"A:" labels and multi-paragraph answers;
- almonitor-2022-02-01-turkey-black-sea: an Al-Monitor analysis without front
  matter, « » quotes, a standfirst and a paraphrase of the draft treaty text
  (not labelled), invented Turkish analysts, a speaker named only as "the
  deputy foreign minister", a "last week" statement (undated).

Conventions: one label per (speaker, demand) a passage expresses; direct
quotations give the words between the marks (punctuation inside kept), a
quotation interrupted by "X said" is two spans, a quotation running over two
sentences is one span; in transcripts, statements and Q&A interviews each
paragraph of an answer or speech is one direct quotation (without the speaker
label or "A:"), journalists' questions and the presiding President get no
label, and the speaker name is the one the speaker label or intro gives
(titles such as Mr./Mrs./Dame dropped); reported speech gives the whole
sentence (dateline excluded), direct 0. Stance is the speaker's own position:
supports / rejects, mentions when the speaker only reports a demand, asks
about it or offers to discuss it. Every direct quotation of six or more words
about none of the demands gets one demand-less label; reported speech about no
demand or about demands left unspecified ("the main issue", "key concerns")
gets none. Historical background, document paraphrase, headlines, standfirsts
and statements by unnamed groups ("Western diplomats", "Japanese officials",
"Diplomats in Ankara") are not labelled. A demand attributed in passing to
Moscow inside another speaker's sentence is also Russia's label (speaker
russia, not a person), undated when no day is given. Dates are the day the
words were said, resolved against the publication date; "" when the text
gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-31"
L["un-2022-01-31-spv8960-security-council"] = [
 ("More than 100,000 Russian troops are now deployed along the Ukrainian border, and Russia is moving thousands more into Belarus. We call on Russia to de-escalate and to pull those forces back to their garrisons.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "russia-de-escalation", "supports", 1, D),
 ("We have put a serious diplomatic path on the table. Last week we delivered our written response to Russia's proposals. We are prepared to discuss reciprocal commitments to refrain from deploying offensive ground-launched missile systems in Ukraine, and we are prepared to restore the channels of military communication that Russia itself shut down.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We have put a serious diplomatic path on the table. Last week we delivered our written response to Russia's proposals. We are prepared to discuss reciprocal commitments to refrain from deploying offensive ground-launched missile systems in Ukraine, and we are prepared to restore the channels of military communication that Russia itself shut down.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "resume-military-dialogue", "supports", 1, D),
 ("But we will not compromise on our core principles. Every nation has the right to choose its own alliances, and Russia does not get a veto over that choice.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "nato-open-door", "supports", 1, D),
 ("Our Western colleagues are talking about de-escalation. But nobody has confirmed any plans to invade Ukraine. The movement of Russian troops on Russian territory is our internal affair, and we will not be told by anyone where to station them.", "vassily-nebenzia", 1, "Nebenzia", "russia-de-escalation", "rejects", 1, D),
 ("We have set out our proposals clearly. NATO must not expand further to the east, and strike weapons must not be deployed next to our borders. These must be guarantees on paper, legally binding, not verbal promises that can be forgotten a year later.", "vassily-nebenzia", 1, "Nebenzia", "nato-non-expansion", "supports", 1, D),
 ("We have set out our proposals clearly. NATO must not expand further to the east, and strike weapons must not be deployed next to our borders. These must be guarantees on paper, legally binding, not verbal promises that can be forgotten a year later.", "vassily-nebenzia", 1, "Nebenzia", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We have set out our proposals clearly. NATO must not expand further to the east, and strike weapons must not be deployed next to our borders. These must be guarantees on paper, legally binding, not verbal promises that can be forgotten a year later.", "vassily-nebenzia", 1, "Nebenzia", "written-legal-guarantees", "supports", 1, D),
 ("Today's meeting is a classic example of megaphone diplomacy, and it does nothing to help the negotiations.", "vassily-nebenzia", 1, "Nebenzia", "", "", 1, D),
 ("Ukraine will not accept any arrangement about Ukraine without Ukraine. Our course towards membership in NATO is enshrined in our Constitution, and no one in Moscow will decide it for us.", "sergiy-kyslytsya", 1, "Kyslytsya", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine will not accept any arrangement about Ukraine without Ukraine. Our course towards membership in NATO is enshrined in our Constitution, and no one in Moscow will decide it for us.", "sergiy-kyslytsya", 1, "Kyslytsya", "nato-open-door", "supports", 1, D),
 ("We also reject the demand that our partners stop training our armed forces and supplying us with defensive weapons. That cooperation is our sovereign right, and it will continue.", "sergiy-kyslytsya", 1, "Kyslytsya", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("China's position is consistent. The legitimate security concerns of Russia should be taken seriously, and the further eastward expansion of NATO should not continue.", "zhang-jun", 1, "Zhang Jun", "nato-non-expansion", "supports", 1, D),
 ("What is urgently needed now is quiet diplomacy, not megaphone diplomacy. All parties should return to the negotiating table and talk without setting any preconditions.", "zhang-jun", 1, "Zhang Jun", "no-preconditions", "supports", 1, D),
 ("We have heard the calls for Russia to pull back its forces, and we have heard the assurances that it has no intention to invade. We have heard that every State is free to choose its alliances, and we have heard the answer that security is indivisible.", "martin-kimani", 1, "Kimani", "russia-de-escalation", "mentions", 1, D),
 ("We have heard the calls for Russia to pull back its forces, and we have heard the assurances that it has no intention to invade. We have heard that every State is free to choose its alliances, and we have heard the answer that security is indivisible.", "martin-kimani", 1, "Kimani", "nato-open-door", "mentions", 1, D),
 ("Kenya, like many countries of the global South, has lived with the consequences of borders drawn by others. We urge every party to pursue diplomacy in good faith.", "martin-kimani", 1, "Kimani", "", "", 1, D),
 ("The demand that NATO withdraw its forces from the territory of allies that joined after 1997 is simply unacceptable. We will not divide Europe into first-class and second-class members of the Alliance.", "barbara-woodward", 1, "Barbara Woodward", "rollback-to-1997", "rejects", 1, D),
 ("Russia should choose the path of diplomacy and withdraw its troops from Ukraine's borders.", "barbara-woodward", 1, "Barbara Woodward", "russia-de-escalation", "supports", 1, D),
 ("Russia cannot dictate to sovereign members of the Alliance which weapons they may deploy on their own soil. Such demands are unacceptable, and we reject them.", "ferit-hoxha", 1, "Hoxha", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("The American representative spoke of reciprocal steps. We have read the American paper carefully. There is something to work with on intermediate-range missiles, but only as part of a package. Without the non-expansion of NATO, there is no package.", "vassily-nebenzia", 1, "Nebenzia", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The American representative spoke of reciprocal steps. We have read the American paper carefully. There is something to work with on intermediate-range missiles, but only as part of a package. Without the non-expansion of NATO, there is no package.", "vassily-nebenzia", 1, "Nebenzia", "nato-non-expansion", "supports", 1, D),
]

D = "2022-01-13"
L["osce-2022-01-13-permanent-council-statements"] = [
 ("Thank you, Mr. Chair. The United States welcomes Chairman-in-Office Rau's initiative to renew the European security dialogue here in Vienna.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("We have heard Russia's proposals, including on missiles, on military exercises and on restoring military-to-military contacts, and we are ready to discuss them on the basis of reciprocity, here at the OSCE and in other formats.", "michael-carpenter", 1, "Michael Carpenter", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We have heard Russia's proposals, including on missiles, on military exercises and on restoring military-to-military contacts, and we are ready to discuss them on the basis of reciprocity, here at the OSCE and in other formats.", "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 1, D),
 ("We have heard Russia's proposals, including on missiles, on military exercises and on restoring military-to-military contacts, and we are ready to discuss them on the basis of reciprocity, here at the OSCE and in other formats.", "michael-carpenter", 1, "Michael Carpenter", "resume-military-dialogue", "mentions", 1, D),
 ("But let me be clear. We will not accept a Europe in which a large country decides the alliances of its neighbours. The right of every participating State to choose its security arrangements is not up for negotiation.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 1, D),
 ("The Russian Federation must withdraw the troops it has massed on Ukraine's borders and return them to their garrisons. That is the single most important step toward de-escalation.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 ("The Russian Federation has come to Vienna with concrete proposals, not with a request for a seminar. We need legally binding guarantees, not promises and not another political declaration.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 1, D),
 ("First, NATO must renounce further eastward expansion, including the accession of Ukraine and Georgia. Second, there must be no deployment of strike weapons systems near Russian borders. Third, the alliance must return its military posture to that of May 1997, when the Founding Act was signed.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("First, NATO must renounce further eastward expansion, including the accession of Ukraine and Georgia. Second, there must be no deployment of strike weapons systems near Russian borders. Third, the alliance must return its military posture to that of May 1997, when the Founding Act was signed.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-ukraine-membership", "supports", 1, D),
 ("First, NATO must renounce further eastward expansion, including the accession of Ukraine and Georgia. Second, there must be no deployment of strike weapons systems near Russian borders. Third, the alliance must return its military posture to that of May 1997, when the Founding Act was signed.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("First, NATO must renounce further eastward expansion, including the accession of Ukraine and Georgia. Second, there must be no deployment of strike weapons systems near Russian borders. Third, the alliance must return its military posture to that of May 1997, when the Founding Act was signed.", "alexander-lukashevich", 1, "Alexander Lukashevich", "rollback-to-1997", "supports", 1, D),
 ("We are told that there will be no compromise on the so-called open-door policy. Then there can be no compromise on our security either. The freedom to choose alliances cannot be exercised at the expense of the security of others.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-open-door", "rejects", 1, D),
 ("As for the calls to pull back our forces, Russian troops are on Russian territory, and we do not intend to discuss their movements with anyone.", "alexander-lukashevich", 1, "Alexander Lukashevich", "russia-de-escalation", "rejects", 1, D),
 ("The European Union and its Member States reaffirm their unwavering support for the sovereignty and territorial integrity of Ukraine within its internationally recognised borders.", "european-union", 0, "the European Union", "", "", 1, D),
 ("We reject the idea of spheres of influence. Any attempt to limit the sovereign right of Ukraine, Georgia or the Republic of Moldova to cooperate with partners of their choice, including through training and military assistance, is unacceptable.", "european-union", 0, "the European Union", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("There can be no discussion about European security without Europe.", "european-union", 0, "the European Union", "", "", 1, D),
 ("The draft treaties published by Moscow would have us believe that our partnership with NATO is a threat. The perspective given to Ukraine at Bucharest stands, and no one will revoke it at the request of the Russian Federation.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "rescind-bucharest-2008", "rejects", 1, D),
 ("We call on participating States to use every OSCE tool, including the mechanisms of the Vienna Document, to obtain transparency about the Russian build-up near our borders.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "", "", 1, D),
]

D = "2022-01-27"
L["xinhua-2022-01-27-lavrov-us-response"] = [
 ("Russian Foreign Minister Sergei Lavrov said Thursday that the written response of the United States to Moscow's proposals on security guarantees gave no positive answer on the key question of NATO's eastward expansion.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("There is no positive reaction on the main issue in this document,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("a serious conversation on secondary issues", "sergei-lavrov", 1, "The minister", "", "", 1, D),
 ("The minister said the response did offer grounds for \"a serious conversation on secondary issues\", such as the deployment of intermediate-range missiles and the transparency of military exercises.", "sergei-lavrov", 1, "The minister", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The minister said the response did offer grounds for \"a serious conversation on secondary issues\", such as the deployment of intermediate-range missiles and the transparency of military exercises.", "sergei-lavrov", 1, "The minister", "limit-military-exercises", "mentions", 0, D),
 ("It is obvious that there is not much reason for optimism, but there is always a prospect for continuing dialogue,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Peskov also dismissed as meaningless the idea of a meeting between the Russian and Ukrainian presidents without preconditions, saying any such summit would have to be thoroughly prepared by experts first.", "dmitry-peskov", 1, "Peskov", "no-preconditions", "rejects", 0, D),
 ("Moscow's insistence on a legally binding guarantee was reaffirmed on Thursday by Foreign Ministry spokeswoman Maria Zakharova, who said verbal assurances from Western capitals were no longer enough.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, D),
 ("U.S. Secretary of State Antony Blinken said Wednesday the U.S. document set out \"a serious diplomatic path\" but made no concessions on NATO's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance had proposed reopening the NATO office in Moscow and the Russian mission to NATO, and restoring regular contacts between military commanders to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ukrainian Foreign Minister Dmytro Kuleba said on Thursday that he had seen the U.S. response before it was sent and had no objections, as it contained no concessions on Ukraine's aspiration to join NATO.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
]

D = "2022-01-28"
Z = ("zhao-lijian", 1, "Zhao Lijian")
L["fmprc-2022-01-28-zhao-lijian-press-conference"] = [
 ("The readout of the call has been released, and I would refer you to it for the details.",) + Z + ("", "", 1, D),
 ("I want to stress that China's position is consistent. The security of one country should not come at the expense of the security of other countries, and regional security should not be guaranteed by strengthening or even expanding military blocs. NATO should not keep expanding eastward.",) + Z + ("nato-non-expansion", "supports", 1, D),
 ("We hope all parties will stay calm, resolve differences through dialogue and consultation, and refrain from doing things that fuel tensions and hype up the crisis.",) + Z + ("", "", 1, D),
 ("We have noted the relevant reports. China is not a party to the security talks between Russia, the United States and NATO.",) + Z + ("", "", 1, D),
 ("As for whether Ukraine joins NATO or not, this is something for the parties concerned to discuss among themselves. China's position is that the Ukraine issue should be resolved on the basis of the new Minsk agreement, which was endorsed by the Security Council.",) + Z + ("no-ukraine-membership", "mentions", 1, D),
 ("Pouring weapons into Ukraine and sending military personnel there will only add fuel to the fire. The US should stop its military deployments and military activities in countries around Russia instead of stirring up confrontation.",) + Z + ("no-military-activity-ex-soviet", "supports", 1, D),
 ("We support Russia and the US in continuing their dialogue without setting preconditions and in meeting each other halfway. Dialogue is always better than confrontation.",) + Z + ("no-preconditions", "supports", 1, D),
 ("We hope Japan will act prudently and do more things that are conducive to regional peace and stability, rather than the opposite.",) + Z + ("", "", 1, D),
 ("The preparations are basically complete, and we are ready to welcome athletes from all over the world to a simple, safe and splendid Games.",) + Z + ("", "", 1, D),
 ("I'd like to add that the Olympic spirit calls for unity and peace, and we hope that all countries will respect the Olympic Truce adopted by the General Assembly.",) + Z + ("", "", 1, D),
 ("China and Russia maintain close communication on issues of mutual interest. I have no information to release on the specific question you raised.",) + Z + ("", "", 1, D),
 ("We have noticed these reports. NATO should abandon the Cold War mentality and stop deploying offensive weapons close to Russia's borders, which only heightens tension in Europe.",) + Z + ("no-strike-weapons-near-borders", "supports", 1, D),
]

D = "2022-01-12"
L["kyodo-2022-01-13-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Stoltenberg said allies would not compromise on the principle that each nation can choose its own path, despite Moscow’s insistence that Ukraine and Georgia never be admitted to the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Stoltenberg said allies would not compromise on the principle that each nation can choose its own path, despite Moscow’s insistence that Ukraine and Georgia never be admitted to the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 ("Stoltenberg said allies would not compromise on the principle that each nation can choose its own path, despite Moscow’s insistence that Ukraine and Georgia never be admitted to the alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Russia does not have a veto over whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto over whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He said allies were ready to discuss arms control, including limits on intermediate-range missiles, as well as greater transparency and risk reduction around military exercises, and proposed that the two sides restore military lines of communication cut last year.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said allies were ready to discuss arms control, including limits on intermediate-range missiles, as well as greater transparency and risk reduction around military exercises, and proposed that the two sides restore military lines of communication cut last year.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said allies were ready to discuss arms control, including limits on intermediate-range missiles, as well as greater transparency and risk reduction around military exercises, and proposed that the two sides restore military lines of communication cut last year.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("A Russian moratorium on such missiles is not credible as long as Russia keeps deploying the SSC-8 missiles that destroyed the INF Treaty,", "jens-stoltenberg", 1, "the NATO chief", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Both U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, and Stoltenberg urged Russia to pull back the tens of thousands of troops it has gathered near Ukraine’s border.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, D),
 ("Both U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, and Stoltenberg urged Russia to pull back the tens of thousands of troops it has gathered near Ukraine’s border.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("We are not going to put our signature under a legally binding text that shuts NATO’s door to anyone,", "wendy-sherman", 1, "Sherman", "written-legal-guarantees", "rejects", 1, D),
 ("We are not going to put our signature under a legally binding text that shuts NATO’s door to anyone,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("We are not going to put our signature under a legally binding text that shuts NATO’s door to anyone,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We need legal guarantees. Not promises, not assurances, but documents that are signed and ratified,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("According to Grushko, Moscow sees no point for now in restoring military contacts with the alliance, which he said had “no positive agenda” toward Russia.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("Hayashi told a press conference Japan was aware of Russia’s demand that NATO halt military cooperation with Ukraine and other former Soviet republics, but would not comment on negotiations to which Japan was not a party.", "yoshimasa-hayashi", 1, "Hayashi", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-13"),
 ("Hayashi told a press conference Japan was aware of Russia’s demand that NATO halt military cooperation with Ukraine and other former Soviet republics, but would not comment on negotiations to which Japan was not a party.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Any unilateral attempt to change the status quo by force cannot be accepted, in Europe or in Asia,", "yoshimasa-hayashi", 1, "he", "", "", 1, "2022-01-13"),
 ("Moscow is asking for something no NATO government can sign, a legal promise that the door is shut for good,", "kenji-morishita", 1, "Morishita", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking for something no NATO government can sign, a legal promise that the door is shut for good,", "kenji-morishita", 1, "Morishita", "written-legal-guarantees", "mentions", 1, ""),
 ("But the offer on missiles is real, and that is where a deal could begin.", "kenji-morishita", 1, "Morishita", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Russia also wants the 2008 Bucharest promise to Kyiv and Tbilisi revoked, but that is largely symbolic,", "kenji-morishita", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The one thing everybody still agrees on is that they should keep talking without preconditions.", "kenji-morishita", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("The Brussels meeting followed U.S.-Russia talks in Geneva on Monday, when Deputy Foreign Minister Sergei Ryabkov insisted that Washington provide “ironclad, waterproof, bulletproof, legally binding guarantees” that Ukraine would never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("The Brussels meeting followed U.S.-Russia talks in Geneva on Monday, when Deputy Foreign Minister Sergei Ryabkov insisted that Washington provide “ironclad, waterproof, bulletproof, legally binding guarantees” that Ukraine would never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
]

D = "2022-02-02"
A = ("denis-alipov", 1, "Denis Alipov")
L["toi-2022-02-03-alipov-interview"] = [
 ("Our concerns are simple, and we have stated them many times. NATO must not expand further to the east, Ukraine and Georgia must never be admitted, and the alliance must not deploy strike weapons systems close to our borders.",) + A + ("nato-non-expansion", "supports", 1, D),
 ("Our concerns are simple, and we have stated them many times. NATO must not expand further to the east, Ukraine and Georgia must never be admitted, and the alliance must not deploy strike weapons systems close to our borders.",) + A + ("no-ukraine-membership", "supports", 1, D),
 ("Our concerns are simple, and we have stated them many times. NATO must not expand further to the east, Ukraine and Georgia must never be admitted, and the alliance must not deploy strike weapons systems close to our borders.",) + A + ("no-strike-weapons-near-borders", "supports", 1, D),
 ("We also asked that the promise made to Kyiv and Tbilisi at the Bucharest summit be formally withdrawn. As long as that decision stands, Kyiv will believe it has a path into the alliance.",) + A + ("rescind-bucharest-2008", "supports", 1, D),
 ("Nobody disputes the right of states to choose. But the same OSCE documents say that no state may strengthen its security at the expense of others. You cannot quote one half of the sentence and forget the other half.",) + A + ("nato-open-door", "rejects", 1, D),
 ("A moratorium is not a guarantee. We need a treaty, ratified and legally binding, not verbal assurances and not a pause that can be lifted whenever it suits Washington.",) + A + ("written-legal-guarantees", "supports", 1, D),
 ("Russia has no plans to attack anyone. Our troops are on our own territory, and the demand to withdraw them from our own soil is absurd.",) + A + ("russia-de-escalation", "rejects", 1, D),
 ("There are elements in the American reply that can be discussed, such as the deployment of intermediate-range missiles and limits on exercises near our borders. But these are secondary matters.",) + A + ("no-intermediate-range-missiles", "mentions", 1, D),
 ("There are elements in the American reply that can be discussed, such as the deployment of intermediate-range missiles and limits on exercises near our borders. But these are secondary matters.",) + A + ("limit-military-exercises", "mentions", 1, D),
 ("Without an answer on NATO expansion, there will be no progress on the rest.",) + A + ("nato-non-expansion", "supports", 1, D),
 ("We appreciate India's balanced and independent position. India understands better than many what it means to have legitimate security interests.",) + A + ("", "", 1, D),
 ("The deliveries are going according to schedule. Our defence partnership with India is not directed against any third country.",) + A + ("", "", 1, D),
 ("Russia's relations with China and with India are not a zero-sum game. We value both, and we will never allow anyone to drive a wedge between Moscow and New Delhi.",) + A + ("", "", 1, D),
]

L["almonitor-2022-02-01-turkey-black-sea"] = [
 ("Deputy Foreign Minister Sergei Ryabkov said in an interview with the Kommersant daily on Monday that the naval and air provisions were \"an integral part\" of the Russian package and that American destroyers had \"no business\" sailing off Crimea.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-31"),
 ("The deputy foreign minister added that Moscow still wanted a mutual ban on deploying ground-based intermediate-range missiles in Europe, an idea he said Washington had finally begun to take seriously.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-intermediate-range-missiles", "supports", 0, "2022-01-31"),
 ("We implement the Montreux Convention to the letter. Our allies' ships have every right to enter the Black Sea within its limits, and nobody will decide that for us in Geneva,", "mevlut-cavusoglu", 1, "Cavusoglu", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-28"),
 ("Turkey is ready to do its part to bring the two leaders together, in Istanbul or in Ankara,", "recep-tayyip-erdogan", 1, "Erdogan", "", "", 1, "2022-01-28"),
 ("State Department spokesman Ned Price said last week that US warships would continue to operate in the Black Sea in accordance with international law, whatever Moscow put in its draft treaties.", "ned-price", 1, "Ned Price", "no-warships-aircraft-in-strike-range", "rejects", 0, ""),
 ("Moscow wants Washington to promise that no American destroyer will come within striking distance of Sevastopol. Ankara understands why the Russians ask for it, and it also understands that it would then be left alone with the Russian fleet,", "selin-aydogan", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("If NATO agreed to go back to 1997, the Romanian air base at Mihail Kogalniceanu would have to be emptied,", "selin-aydogan", 1, "Aydogan", "rollback-to-1997", "mentions", 1, ""),
 ("For us, pulling NATO out of Romania and Bulgaria is a non-starter. They are our neighbours across the water,", "orhan-kaplanoglu", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Provocative exercises like Sea Breeze near our borders must stop,", "maria-zakharova", 1, "she", "limit-military-exercises", "supports", 1, "2022-01-27"),
 ("Ukraine's ambassador in Ankara, Vasyl Bodnar, told Al-Monitor that Kyiv would not cancel Sea Breeze or scale back any other drill with its partners, despite Moscow's demand that NATO stop exercising near Russian borders.", "vasyl-bodnar", 1, "Vasyl Bodnar", "limit-military-exercises", "rejects", 0, ""),
 ("Ukraine's ambassador in Ankara, Vasyl Bodnar, told Al-Monitor that Kyiv would not cancel Sea Breeze or scale back any other drill with its partners, despite Moscow's demand that NATO stop exercising near Russian borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
]

write_gold(L, "articles-58", "gold-58")
