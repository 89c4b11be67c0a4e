#!/usr/bin/env python3
"""Writes the held-out gold of batch 285 (gold-285/*.nq) from the labels below.

Batch 285 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- financial-times-2022-01-11-geneva-talks-nato-gulf: Financial Times story with
  front matter, curly quotes, standfirst, caption, crosshead; Ryabkov/Sherman after
  Geneva, an interrupted analyst quote, Baker-Gorbachev background, an anonymous official.
- rt-2022-01-28-lavrov-us-answer-main-question: RT story, no front matter (date
  "28 Jan, 2022 12:14"), READ MORE lines, a two-sentence Lavrov quote, draft-treaty
  description (not labelled), Zakharova on the "open door", an analyst who takes a side.
- us-department-of-defense-2022-01-24-kirby-press-briefing: Pentagon transcript with
  front matter, speaker labels, Q: lines (unlabelled), one answer over two paragraphs,
  many demand-less answer paragraphs.
- lrt-english-2022-01-13-nato-russia-council-lithuania: LRT English story with front
  matter, "Read also" line, Lithuanian officials and the OSCE session, a demand in passing
  attributed to Moscow, a document description, an analyst.
- deutsche-welle-2022-01-26-us-nato-written-responses: DW story with UTF-8 BOM and CRLF,
  no front matter ("Date 26.01.2022"), straight quotes, 'Read more' links, crossheads,
  organisations speaking, Bucharest background.
- zakhid-novyny-2022-02-02-putin-ignored-concerns-kuleba: machine-translated Ukrainian
  aggregator page with icon lists, "- said X" attributions, Read also links, reader comments
  and popular-news junk; Putin's 1 February reaction, Kuleba, Zelensky, an expert.
- european-parliament-2022-01-19-debate-russia-security-demands: EP plenary verbatim
  record (no front matter), Borrell and invented MEPs; each speech paragraph is one quotation,
  demands attributed to Russia inside speeches, a written statement.

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
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

FT = "financial-times-2022-01-11-geneva-talks-nato-gulf"
ft_lead = "Russia told the US on Monday that it would not drop its demand for a binding halt to Nato’s eastward expansion, after almost eight hours of talks in Geneva left the two sides as far apart as when they began."
ft_rej = "He rejected calls to pull those forces back, saying Moscow did not take instructions on where it stationed its own army."
ft_1997 = "She said Moscow’s call for the alliance to pull its troops and weapons out of the countries that joined after 1997 had also been rebuffed."
ft_disc = "But Sherman signalled that the US was prepared to discuss reciprocal limits on where missiles could be placed in Europe and on the size and scope of military exercises, areas that officials in Washington regard as the most promising for any deal."
ft_vet = "Vetrova said a treaty barring Ukraine from Nato was something no US administration could put before the Senate, but that a mutual moratorium on missile deployments in Europe was “the one idea here with a real history behind it”."
L[FT] = [
 (ft_lead, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-01-10"),
 (ft_lead, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees, not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (ft_rej, "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("a mistake that has poisoned our relations for 13 years", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters to the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato’s open door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato’s open door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 (ft_1997, "wendy-sherman", 1, "She", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 (ft_1997, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (ft_disc, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (ft_disc, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She urged Russia to send home the roughly 100,000 troops it has gathered near the Ukrainian border, saying it would be hard to make progress “in an atmosphere of escalation”.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Jens Stoltenberg, Nato’s secretary-general, said on Tuesday that the alliance was ready to listen to Russia’s concerns but would not give ground on the right of every country to decide its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-11"),
 ("We will not compromise on core principles, and that includes the right for every nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-11"),
 ("Stefanishyna said Kyiv would never accept a deal in which its future membership of the alliance was bargained away by others.", "olha-stefanishyna", 1, "Stefanishyna", "no-ukraine-membership", "rejects", 0, "2022-01-11"),
 ("We are not going to stretch this out endlessly, the talks cannot become an exercise in wasting time,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-11"),
 ("The Kremlin has set the bar so high that nothing Washington can put on the table will clear it,", "olga-vetrova", 1, "she", "", "", 1, ""),
 ("The question is whether that is precisely the point.", "olga-vetrova", 1, "she", "", "", 1, ""),
 (ft_vet, "olga-vetrova", 1, "Vetrova", "no-ukraine-membership", "mentions", 0, ""),
 ("the one idea here with a real history behind it", "olga-vetrova", 1, "Vetrova", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Diplomacy is the preferable path, but we are ready either way,", "united-states", 0, "one senior administration official", "", "", 1, ""),
]

RT = "rt-2022-01-28-lavrov-us-answer-main-question"
rt_main = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction to this main question in this document,"
rt_blink = "He once again ruled out any Russian say over the bloc’s membership, insisting that NATO’s door “remains open, and will stay open.”"
rt_yer = "Frankly, the alliance should have stopped expanding twenty years ago, and a treaty saying so now would be the sane way out for everyone,"
L[RT] = [
 (rt_main, "sergey-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (rt_main, "sergey-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("According to the minister, the American reply does contain some “rational grains” on secondary issues, such as transparency of drills and mutual restraint in military exercises, which Moscow is prepared to talk about.", "sergey-lavrov", 1, "the minister", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("They only talk about the right of states to freely choose alliances, but forget the obligation not to strengthen their own security at the expense of the security of others,", "sergey-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("This is not how indivisible security works.", "sergey-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("But there is always a prospect for continuing dialogue, it is in our interests and in theirs,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("Deputy Foreign Minister Sergey Ryabkov, who led the Russian delegation in Geneva earlier this month, said on Thursday that Russia would not settle for an arrangement in which NATO merely promised to “take into account” its concerns.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("We need legally binding guarantees, not a gentleman’s agreement that will be forgotten the day after tomorrow,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("is a door into a basement where Ukraine’s sovereignty is being buried, piece by piece.", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, "2022-01-27"),
 (rt_blink, "antony-blinken", 1, "He", "nato-non-expansion", "rejects", 0, ""),
 ("remains open, and will stay open.", "antony-blinken", 1, "He", "nato-open-door", "supports", 1, ""),
 ("a rerun of ideas Moscow put forward back in 2019, which Washington simply ignored at the time.", "viktor-yermolin", 1, "Viktor Yermolin", "no-intermediate-range-missiles", "mentions", 1, ""),
 (rt_yer, "viktor-yermolin", 1, "he", "nato-non-expansion", "supports", 1, ""),
 (rt_yer, "viktor-yermolin", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("For the first time in years, they are writing things down. That is not nothing,", "viktor-yermolin", 1, "Yermolin", "", "", 1, ""),
 ("Russia has repeatedly denied Western claims that it plans to invade Ukraine, insisting that troop movements on its own territory are nobody else’s business.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergey-lavrov", 1, "he", "", "", 1, "2022-01-28"),
]

PK = "us-department-of-defense-2022-01-24-kirby-press-briefing"
pk_ex = "We've said that we're willing to talk about reciprocal, transparent, verifiable steps when it comes to exercises, and about missile deployments in Europe. Those are conversations the Secretary is willing to have, and our diplomats have said the same thing in Geneva."
pk_open = "I'm not going to get ahead of my colleagues at the State Department, who are working on that. But it won't be any secret that we continue to stand by NATO's open door policy. Whether Ukraine becomes a member of the alliance is a matter for Ukraine and the 30 Allies, not for Moscow."
K = ("john-kirby", 1, "MR. KIRBY")
L[PK] = [
 ("Good afternoon, everybody. Sorry I'm a few minutes late. I have a couple of things to get through at the top and then we'll get right to your questions.", "john-kirby", 1, "PENTAGON PRESS SECRETARY JOHN F. KIRBY", "", "", 1, "2022-01-24"),
 ("As many of you have seen, at the direction of the President, Secretary Austin has placed a range of units here in the United States on a heightened preparedness to deploy. In total, that's about 8,500 personnel. These are units that could be sent to Europe to support the NATO Response Force, should NATO activate it, or to respond to other developments.", "john-kirby", 1, "PENTAGON PRESS SECRETARY JOHN F. KIRBY", "", "", 1, "2022-01-24"),
 ("I want to be very clear: this is about reassurance to our NATO Allies on the eastern flank. No decision has been made to deploy these forces, and none of them are going into Ukraine.", "john-kirby", 1, "PENTAGON PRESS SECRETARY JOHN F. KIRBY", "", "", 1, "2022-01-24"),
 ("We continue to call on Russia to de-escalate, to pull back the forces it has amassed along Ukraine's borders and in Belarus, and to choose the path of diplomacy. The Secretary still believes there is time and space for that path. With that, we'll take questions. Lita?", "john-kirby", 1, "PENTAGON PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("Look, the Russians can say whatever they want. NATO is a defensive alliance. It's been a defensive alliance since it was founded. If there's any escalation here, it's coming from Moscow, not from Brussels and not from Washington.", *K, "", "", 1, "2022-01-24"),
 ("We're not going to negotiate the presence of NATO forces on the territory of NATO Allies with Moscow. That's a non-starter, and the Russians know it. What Allies decide to do on their own territory, to defend their own territory, is for them to decide.", *K, "rollback-to-1997", "rejects", 1, "2022-01-24"),
 (pk_open, *K, "nato-open-door", "supports", 1, "2022-01-24"),
 (pk_open, *K, "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 (pk_ex, *K, "limit-military-exercises", "mentions", 1, "2022-01-24"),
 (pk_ex, *K, "no-intermediate-range-missiles", "mentions", 1, "2022-01-24"),
 ("But it has to be reciprocal, and it's not a conversation we're going to have at the point of a gun, with more than 100,000 troops sitting on Ukraine's border.", *K, "limit-military-exercises", "mentions", 1, "2022-01-24"),
 ("The Secretary hasn't spoken to Minister Shoigu recently. I don't have a call to read out. We have long said that military-to-military lines of communication with Russia are important, that they reduce the risk of miscalculation, and we'd welcome a more regular dialogue at that level.", *K, "resume-military-dialogue", "supports", 1, "2022-01-24"),
 ("We're in very close touch with our Ukrainian counterparts, and I'd let President Zelensky speak for himself. What I can tell you is that we see a significant amount of Russian combat power in the region, and it continues to grow. It would be irresponsible of us not to be ready.", *K, "", "", 1, "2022-01-24"),
 ("There's no change to our posture right now for the small number of military trainers in Ukraine. We're constantly evaluating the security situation, and if we need to make changes, we'll make them.", *K, "", "", 1, "2022-01-24"),
 ("That's a NATO decision. The North Atlantic Council would have to make that call, and SACEUR would make a recommendation. We want to be ready to contribute if and when that happens.", *K, "", "", 1, "2022-01-24"),
]

LT = "lrt-english-2022-01-13-nato-russia-council-lithuania"
lt_lead = "Lithuanian officials have dismissed Russia's demand that NATO scale back its presence on the Alliance's eastern flank, after a meeting of the NATO-Russia Council in Brussels on Wednesday ended without a breakthrough."
lt_lands = "Russia came to Brussels with the same ultimatum it published in December – to push NATO back to the 1997 lines and to get a veto over who may join the Alliance. Neither will happen,"
lt_st = "He said the allies had turned down Moscow's demand to withdraw forces from the member states that joined after 1997, and that “NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else”."
lt_naus = "any demands to limit our exercises or allied rotations on the eastern flank"
lt_luk = "Russia's permanent representative to the OSCE, Alexander Lukashevich, told the council that Moscow was seeking binding guarantees that the Alliance would stop moving towards its borders."
L[LT] = [
 (lt_lead, "lithuania", 0, "Lithuanian officials", "rollback-to-1997", "rejects", 0, ""),
 (lt_lead, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (lt_lands, "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 (lt_lands, "gabrielius-landsbergis", 1, "Landsbergis", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 (lt_lands, "gabrielius-landsbergis", 1, "Landsbergis", "nato-open-door", "supports", 1, "2022-01-12"),
 (lt_lands, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (lt_lands, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (lt_st, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (lt_st, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("NATO's relationship with Ukraine will be decided by the 30 allies and Ukraine, no one else", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, "2022-01-12"),
 ("If NATO moves to containment, we will respond with counter-containment. This is a law of military science,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("Laurynas Kasčiūnas, chairman of the Seimas Committee on National Security and Defence, told BNS on Thursday that the discussion about the Alliance's posture in the Baltic states should be going in the opposite direction.", "laurynas-kasciunas", 1, "Laurynas Kasčiūnas", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Any talk of reducing the allied presence in Lithuania would be a gift to the Kremlin. We need more allied troops here, not fewer, and we need them here permanently,", "laurynas-kasciunas", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 (lt_naus, "gitanas-nauseda", 1, "President Gitanas Nausėda", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 (lt_naus, "gitanas-nauseda", 1, "President Gitanas Nausėda", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Polish Foreign Minister Zbigniew Rau", "", "", 1, "2022-01-13"),
 (lt_luk, "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (lt_luk, "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Moscow is asking the West to pretend that Lithuania's membership is somehow second-class. That is the real meaning of the 1997 demand,", "ruta-jakstiene", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Jakštienė added that she did not expect the allies to accept any such arrangement, but warned that the Kremlin might use the refusal as a pretext.", "ruta-jakstiene", 1, "Jakštienė", "rollback-to-1997", "mentions", 0, ""),
]

DW = "deutsche-welle-2022-01-26-us-nato-written-responses"
dw_lead = "The United States and NATO on Wednesday handed Russia their written responses to Moscow's sweeping demands for security guarantees, with both saying they were willing to talk about arms control and confidence-building but would not give ground on the alliance's membership policy."
dw_bl = "The top US diplomat said the reply laid out proposals for reciprocal transparency measures regarding force posture in Ukraine, confidence-building steps on military exercises and maneuvers in Europe, and arms control on missiles in Europe."
dw_st = "Stoltenberg said the allies were offering to discuss reciprocal limits on missiles and greater transparency around military drills, and that NATO had proposed re-establishing military lines of communication with Moscow and reopening the two sides' missions."
dw_hel = "Helmer said he believed the only realistic way forward was a step-by-step arrangement in which Russia pulled back at least some of its troops in exchange for talks on missiles and exercises."
L[DW] = [
 (dw_lead, "united-states", 0, "The United States", "nato-open-door", "supports", 0, "2022-01-26"),
 (dw_lead, "nato", 0, "NATO", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (dw_bl, "antony-blinken", 1, "The top US diplomat", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-26"),
 (dw_bl, "antony-blinken", 1, "The top US diplomat", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (dw_bl, "antony-blinken", 1, "The top US diplomat", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 (dw_st, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (dw_st, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (dw_st, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("He once again urged Moscow to pull back from the Ukrainian frontier.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We call on Russia to immediately de-escalate the situation,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("No one can dictate to another state which alliance it may join, not in Moscow and not anywhere else,", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Leonid Slutsky, head of the foreign affairs committee of the Russian State Duma, wrote on Telegram on Wednesday that without a guarantee that Ukraine will never be taken into NATO \"all the other points are secondary.\"", "leonid-slutsky", 1, "Leonid Slutsky", "no-ukraine-membership", "supports", 0, "2022-01-26"),
 ("The Americans have put on the table everything that could be negotiated, and left off everything that could not,", "konstantin-helmer", 1, "Helmer", "", "", 1, ""),
 ("Now the ball is in the Kremlin's court.", "konstantin-helmer", 1, "Helmer", "", "", 1, ""),
 (dw_hel, "konstantin-helmer", 1, "Helmer", "russia-de-escalation", "supports", 0, ""),
 (dw_hel, "konstantin-helmer", 1, "Helmer", "no-intermediate-range-missiles", "mentions", 0, ""),
 (dw_hel, "konstantin-helmer", 1, "Helmer", "limit-military-exercises", "mentions", 0, ""),
 ("The Kremlin denies planning an invasion, but says it needs guarantees that NATO will not expand further eastward.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
]

ZN = "zakhid-novyny-2022-02-02-putin-ignored-concerns-kuleba"
zn_put = "Already now it is possible to state that the principal concerns of Russia turned out to be ignored. We did not see adequate consideration of our three key requirements concerning the prevention of expansion of NATO, the refusal of deployment of strike weapon systems near the Russian borders, and also returning of military infrastructure of the bloc in Europe to the state of 1997 year, when was signed the Founding act Russia-NATO,"
zn_kul = "The decision, which alliances to join, Ukraine will accept independently, and no one in Moscow will not have the right of veto over this. The policy of open doors of NATO is not subject for discussion with the Kremlin,"
L[ZN] = [
 (zn_put, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (zn_put, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (zn_put, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Imagine that Ukraine is member of NATO and starts military operation in Crimea. What, we must fight with NATO bloc? Did anybody think about it? It seems that no,", "vladimir-putin", 1, "the Russian leader", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Minister of Foreign Affairs of Ukraine Dmytro Kuleba in the evening of Tuesday declared that Ukraine never will agree on the \"neutral status\" which is imposed from outside.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-02-01"),
 (zn_kul, "dmytro-kuleba", 1, "the head of MFA", "nato-open-door", "supports", 1, "2022-02-01"),
 (zn_kul, "dmytro-kuleba", 1, "the head of MFA", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 ("He also called the partners to continue \"to raise the price\" for Russia of possible aggression and demanded from Moscow to withdraw the troops from the borders of Ukraine and from the temporarily occupied territories.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("We are not going to be afraid. Our army is ready, our people are ready, and the path to NATO is our choice which is fixed in the Constitution.", "volodymyr-zelensky", 1, "the head of state", "nato-open-door", "supports", 1, "2022-02-01"),
 ("Putin repeats the same ultimatum as in December. For him the answer of the West is not important, important is the pretext,", "taras-motrenko", 1, "the expert", "", "", 1, ""),
 ("According to Motrenko, the Kremlin will now use the refusal on question of non-accession of Ukraine to NATO as argument for further pressure on Kyiv and on the Europeans.", "taras-motrenko", 1, "Motrenko", "no-ukraine-membership", "mentions", 0, ""),
]

EP = "european-parliament-2022-01-19-debate-russia-security-demands"
D = "2022-01-19"
BO = ("josep-borrell-fontelles", 1, "Josep Borrell Fontelles")
ep_b2 = "Russia has put on the table two draft treaties which would bring us back to the logic of spheres of influence. They ask NATO to renounce any further enlargement, to withdraw its forces and infrastructure to the positions of 1997, and they ask that the European security order be decided between two powers, without the Europeans. This we cannot accept."
ep_ze = "Madam President, Mr High Representative, the Kremlin is asking us to sign away the security of Lithuania, Latvia, Estonia and Poland by pulling NATO back to where it stood in 1997. That would mean that our membership is second-class, conditional, revocable. We say no."
ep_ga = "Madam President, dialogue is not weakness. If Russia is ready to talk seriously about limiting exercises close to borders and about missiles in Europe, we should take that seriously, on a reciprocal and verifiable basis, as we did in the best years of the OSCE."
ep_va = "Madam President, we should have the honesty to admit that the promises given to Mr Gorbachev in 1990 were broken. Russia asks for one simple thing: a guarantee that Ukraine will not enter NATO. Is this so unreasonable? I say it is not."
ep_os = "Madam President, the Kremlin wants a written, legally binding promise that NATO will never again accept a new member from the East. No European government will ever sign such a paper, and the Kremlin knows it perfectly well. The real question is what Mr Putin intends to do once he has been told no."
ep_fo = "Madam President, NATO expansion to Russia's borders was always a provocation, and we are now reaping what was sown. Instead of shipping more weapons, we should stop the escalation on our side too, starting with the exercises being held right up against Russia's borders."
L[EP] = [
 ("Madam President, honourable Members, two weeks ago I was in Kyiv and on the contact line in Donbas, and I can tell you that the tension there is palpable. More than 100 000 Russian troops are standing at Ukraine's borders. This is not the way to build trust in Europe.", *BO, "", "", 1, D),
 (ep_b2, *BO, "nato-non-expansion", "rejects", 1, D),
 (ep_b2, *BO, "rollback-to-1997", "rejects", 1, D),
 (ep_b2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (ep_b2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The European Union stands by the principle that every country is free to choose its own alliances. The future of Ukraine is for Ukrainians to decide, and nobody has a right of veto over it.", *BO, "nato-open-door", "supports", 1, D),
 ("We call on Russia to de-escalate, to withdraw its troops and to engage in meaningful dialogue. Any further military aggression against Ukraine will have massive consequences and severe costs, and we are preparing them in full coordination with our partners.", *BO, "russia-de-escalation", "supports", 1, D),
 ("At the same time, we are ready to discuss arms control, transparency of military exercises and risk reduction – in the OSCE, in the NATO-Russia Council and in our own channels. But there can be no discussion about European security without the Europeans at the table.", *BO, "limit-military-exercises", "mentions", 1, D),
 (ep_ze, "andrius-zemaitis", 1, "Andrius Žemaitis", "rollback-to-1997", "rejects", 1, D),
 (ep_ze, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("And let us be honest with ourselves: we cannot keep paying for Russian gas through Nord Stream 2 while Russian tanks are parked at Ukraine's border.", "andrius-zemaitis", 1, "Andrius Žemaitis", "", "", 1, D),
 (ep_ga, "isabel-garcia-marin", 1, "Isabel García Marín", "limit-military-exercises", "mentions", 1, D),
 (ep_ga, "isabel-garcia-marin", 1, "Isabel García Marín", "no-intermediate-range-missiles", "mentions", 1, D),
 (ep_va, "thierry-vauquelin", 1, "Thierry Vauquelin", "no-ukraine-membership", "supports", 1, D),
 (ep_va, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (ep_os, "bernhard-ostwald", 1, "Bernhard Ostwald", "nato-non-expansion", "rejects", 1, D),
 (ep_os, "bernhard-ostwald", 1, "Bernhard Ostwald", "written-legal-guarantees", "rejects", 1, D),
 (ep_os, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (ep_os, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (ep_fo, "declan-forde", 1, "Declan Forde", "nato-non-expansion", "supports", 1, D),
 (ep_fo, "declan-forde", 1, "Declan Forde", "limit-military-exercises", "supports", 1, D),
 ("Madam President, thank you for this debate. I have heard some voices saying that we should accept Russia's demands because of promises made in 1990. There is no such treaty. What exists is the Helsinki Final Act and the Charter of Paris, which Russia signed, and which say that every state can choose its own alliances.", *BO, "nato-open-door", "supports", 1, D),
 ("We will continue to work with the United States and NATO on the replies to Russia. Our unity is our strength, and the Kremlin is testing it every day.", *BO, "", "", 1, D),
 ("Poland will not accept any arrangement that limits where allied soldiers may be stationed on Polish soil. The 1997 lines belong to history, not to our future.", "marta-kowalczyk-nowak", 1, "Marta Kowalczyk-Nowak", "rollback-to-1997", "rejects", 1, D),
]

write_gold(L, "articles-285", "gold-285")
