#!/usr/bin/env python3
"""Writes the 152nd held-out gold (gold-152/*.nq) from the labels below.

Batch 152 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven mainstream forms:

- guardian-2021-12-17-russia-draft-treaties: The Guardian news story on the
  publication of the draft treaties; front matter, curly quotes, standfirst,
  byline, photo caption, crosshead and "Read more" line; sentences quoting the
  drafts themselves and a history paragraph (Baker 1990, Bucharest 2008).
- state-2022-01-10-sherman-geneva-call: State Department transcript of Wendy
  Sherman's press call after Geneva; no front matter (date in the header),
  MODERATOR / QUESTION / DEPUTY SECRETARY SHERMAN speaker labels, straight
  quotes; journalists' questions repeat Russian demands and are not labelled.
- afp-2022-01-12-nato-russia-council: AFP wire copy on the NATO-Russia
  Council; front matter, dateline, straight quotes, AFP-style crosshead,
  two speakers in one sentence, a demand attributed in passing to Moscow.
- ria-2022-01-13-ryabkov-osce-impasse: RIA Novosti machine-translated into
  English (Ryabkov on RTVI, the OSCE Permanent Council); UTF-8 BOM, CRLF line
  ends, no front matter (date in the text), « » quotation marks introduced
  by "– said X", one straight-quoted fragment, a quotation split by "said".
- euronews-2022-01-26-live-written-answers: Euronews live blog on the day the
  written answers were delivered; no front matter, time-stamped entries with
  headings, key points, a photo caption, one „ “ quotation, an explainer
  describing the drafts without a speaker, a senior EU official.
- meduza-2022-01-28-dolgikh-interview: Meduza English Q&A interview with an
  (invented) military analyst; questions and answers both opened by a dash.
- ft-2022-02-03-leaked-answers-analysis: Financial Times analysis of the
  leaked US/NATO answers quoting officials and (invented) experts; quotations
  from the leaked documents, the 1997 Founding Act and Baker 1990.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer (opening remarks
  included) is one direct quotation, evidence = the paragraph without the dash
  or speaker label; journalists' questions and the moderator get no label; the
  interviewee's name is the one the intro/speaker label gives (SHERMAN,
  Arseny Dolgikh);
- reported speech: the whole sentence (dateline excluded), direct 0; a
  reported sentence carrying only a short quoted fragment (under six words)
  is reported speech;
- stance by the speaker's own position: supports / rejects; mentions when the
  speaker only reports a demand, asks about it, analyses it or offers to
  discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the key positions", "Russia's
  fundamental concerns", "our proposals"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents (the drafts, the leaked answers), sentences that
  only describe what the drafts contain without a speaker, headlines,
  crossheads, standfirsts, key points, photo captions and link lines are not
  labelled; statements by unnamed groups ("diplomats in Brussels", "Western
  officials", "Russian officials") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("rejecting Moscow's demand that ...", "Russia's offer of a moratorium") is
  also Russia's label (speaker russia, not a person), undated; a Russian
  official's own statements are his alone, and analysts' quotations that say
  what Moscow wants are the analyst's (mentions);
- speaker ids: persons as firstname-lastname slugs (ASCII); a senior EU
  official -> european-union; speaker name = the words naming the speaker at
  that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (a live blog's entries take the blog's day); "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

_A1 = "Russia’s deputy foreign minister, Sergei Ryabkov, said on Friday it was essential to obtain a legally binding guarantee that Nato would not expand further east, as Moscow made public two draft agreements setting out what it wants from Washington and the western alliance."
_A4 = "The line of Nato’s expansion to the east must be stopped, and Ukraine and Georgia cannot be taken into the alliance,"
_A7 = "It is for Ukraine and the 30 Nato allies to decide when Ukraine is ready to join Nato. Russia has no veto, and no right to establish a sphere of influence to control its neighbours,"
_A11 = "What Moscow wants is a Nato frozen in place, with no new members and no allied troops east of the old inner-German border,"
L["guardian-2021-12-17-russia-draft-treaties"] = [
 (_A1, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (_A1, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("We need legal guarantees, because our western colleagues have not honoured the verbal commitments they made. It is not about a moratorium for a few years, it is about a binding obligation.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 (_A4, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-17"),
 (_A4, "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 ("We are ready to go to Geneva tomorrow, without any preconditions, if the Americans are ready,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2021-12-17"),
 (_A7, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2021-12-17"),
 (_A7, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2021-12-17"),
 ("we will not compromise on the core principles on which European security is built", "jens-stoltenberg", 1, "He", "", "", 1, "2021-12-17"),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, "2021-12-17"),
 (_A11, "marta-hollenbeck", 1, "Marta Hollenbeck", "nato-non-expansion", "mentions", 1, ""),
 (_A11, "marta-hollenbeck", 1, "Marta Hollenbeck", "rollback-to-1997", "mentions", 1, ""),
 ("The question is whether anyone in the Kremlin expects these drafts to be signed, or whether they were written to be turned down.", "marta-hollenbeck", 1, "Marta Hollenbeck", "", "", 1, ""),
]

_B2 = "We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's Open Door policy, and we will not forgo bilateral cooperation with sovereign states that wish to work with the United States."
_B4 = "At the same time, we did identify areas where we could make progress. I told the Russian delegation that we are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty, and to exploring reciprocal limits on the size and scope of military exercises, along with greater transparency about them."
_B5 = "They laid out their proposals in considerable detail, including on membership. I was very clear that no country outside the Alliance has a veto over who joins it. Ukraine's aspirations and Georgia's are for them and the 30 Allies to decide, and we are not going to walk back what the Allies said at Bucharest."
_B9 = "Real negotiations cannot take place with a gun held to Ukraine's head. De-escalation is the precondition for any progress, and I said that plainly to the Russian delegation today."
_S = ("wendy-sherman", 1, "SHERMAN")
L["state-2022-01-10-sherman-geneva-call"] = [
 ("Thank you very much, and good evening from Geneva. I have just finished nearly eight hours of discussions with Deputy Foreign Minister Ryabkov and the Russian interagency delegation. It was a frank and forthright discussion, and I want to thank our Swiss hosts for making it possible.", *_S, "", "", 1, "2022-01-10"),
 (_B2, *_S, "nato-open-door", "supports", 1, "2022-01-10"),
 (_B2, *_S, "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO. We briefed our Allies and partners before we came to Geneva, and we will brief them again tomorrow.", *_S, "", "", 1, "2022-01-10"),
 (_B4, *_S, "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 (_B4, *_S, "limit-military-exercises", "mentions", 1, "2022-01-10"),
 (_B5, *_S, "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 (_B5, *_S, "nato-open-door", "supports", 1, "2022-01-10"),
 (_B5, *_S, "rescind-bucharest-2008", "rejects", 1, "2022-01-10"),
 ("We are a long way from putting anything on paper. What I told the deputy foreign minister is that the United States is not going to negotiate a legally binding treaty on European security with Russia, bilaterally, over the heads of our Allies, and I don't believe any Senate would ratify one.", *_S, "written-legal-guarantees", "rejects", 1, "2022-01-10"),
 ("It came up. Moving Allied forces out of the countries that joined NATO after 1997 is not something we will discuss; those Allies are as much a part of NATO as any other. I would refer you to the Allies themselves on their own force posture.", *_S, "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("The United States Navy and Air Force will continue to operate wherever international law allows, including in the Black Sea and the Baltic. We are not going to accept limits that would apply only to us and not to Russia.", *_S, "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-10"),
 (_B9, *_S, "no-preconditions", "rejects", 1, "2022-01-10"),
 (_B9, *_S, "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("We will consult with our Allies this week, at the NATO-Russia Council on Wednesday and at the OSCE on Thursday, and then we will decide together what comes next.", *_S, "", "", 1, "2022-01-10"),
]

_C1 = "Stoltenberg told a press conference that the 30 allies had been united in rejecting Moscow's demand that NATO commit to never admitting Ukraine."
_C3 = "We will not compromise on the core principle that every nation has the right to choose its own path. Nor will we accept a situation where we have first- and second-class NATO members,"
_C6 = "We told NATO clearly that further expansion of the alliance is unacceptable to us, and that we need legally binding guarantees, not promises,"
_C8 = "Grushko and Fomin both insisted that NATO scale back the exercises it holds near Russia's borders, with Grushko warning that the alliance was \"playing with fire\" in the Baltic and Black Sea regions."
L["afp-2022-01-12-nato-russia-council"] = [
 (_C1, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 (_C1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (_C3, "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, "2022-01-12"),
 (_C3, "jens-stoltenberg", 1, "the secretary general", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Stoltenberg said the allies had proposed a series of meetings on arms control and risk reduction, and had called for restoring military-to-military lines of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 (_C6, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (_C6, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 (_C8, "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (_C8, "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("According to the Russian defence ministry, Fomin told the meeting that NATO warships and aircraft must stay out of the areas from which they could strike Russian territory.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("US Deputy Secretary of State Wendy Sherman, who headed the American delegation, told reporters afterwards that the Russian side had given no indication whether it would pull back its troops from Ukraine's border, and urged Moscow to de-escalate.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("Russia has put a maximalist package on the table and NATO has answered with a menu of confidence-building measures,", "tomasz-wierzbowski", 1, "Tomasz Wierzbowski", "", "", 1, ""),
 ("The one thing both sides say they want is to get the generals talking again, and even that has become hostage to the bigger package.", "tomasz-wierzbowski", 1, "Tomasz Wierzbowski", "resume-military-dialogue", "mentions", 1, ""),
 ("In Moscow, Kremlin spokesman Dmitry Peskov on Wednesday dismissed Western calls for a pullback of Russian troops from the Ukrainian border, saying Russia moved forces on its own territory as it saw fit.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-12"),
]

_D13 = "The permanent representative of the USA at OSCE Michael Carpenter after the session said to the journalists, that Washington will not accept the demands of Moscow on the limitation of the movement of the American ships and planes near the Russian borders."
L["ria-2022-01-13-ryabkov-osce-impasse"] = [
 ("There is a dead end or a difference of approaches. I do not see the grounds to sit down in the coming days, to gather again and to begin these same negotiations", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("According to him, the American side is not ready to give the answer on the main question – the non-expansion of NATO to the east.", "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("We need the iron, the waterproof, the bulletproof, legally binding guarantees. Not the assurances, not the safeguards, but the guarantees", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Ryabkov also insisted on the refusal of the USA and NATO from the deployment of the strike weapon systems near the Russian borders, including on the territory of Ukraine.", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("The Bucharest formula that Ukraine and Georgia will become members of NATO must be disavowed", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-13"),
 ("And the alliance must withdraw its infrastructure to the positions of 1997", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, "2022-01-13"),
 ("He noted, that the proposals of the American side on the missiles of the medium and shorter range «deserve attention», but they cannot replace the answer on the main thing.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 ("I do not want to confirm anything, I will not exclude anything either", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2022-01-13"),
 ("If we do not hear the constructive answer to our proposals in the reasonable time, and if the aggressive line will continue, we will be forced to take the necessary measures", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("He said also, that NATO must stop the military exploration of the territory of Ukraine, that there must be no more the bases, the instructors and the joint exercises of the alliance on the territory of the former Soviet republics.", "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau also called Russia to withdraw the forces from the border of Ukraine and to return to the path of the dialogue.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (_D13, "michael-carpenter", 1, "Michael Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-13"),
 (_D13, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We face a crisis in the European security. The drumbeat of war is sounding loud", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("The talks were begun without any preconditions, and so it must remain", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, "2022-01-13"),
]

_E4 = "NATO spokesperson Oana Lungescu said Russia's offer of a moratorium on intermediate-range missiles in Europe was \"not credible\" as long as Moscow kept its own SSC-8 missiles deployed."
_E6 = "NATO's door remains open. We will not close it, and we will not give anyone a guarantee that NATO will never enlarge again,"
L["euronews-2022-01-26-live-written-answers"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("diplomacy has the best chance to succeed", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 (_E4, "oana-lungescu", 1, "Oana Lungescu", "no-intermediate-range-missiles", "rejects", 0, "2022-01-26"),
 (_E4, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (_E6, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (_E6, "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("It would be premature to draw any conclusions; we need time to read the text,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
 ("Estonia will not cancel a single exercise on its own soil, and no ally will ask us to,", "kalle-laanet", 1, "Laanet", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("there are no objections from the Ukrainian side", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-26"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov told Interfax that any deal must include a ban on deploying intermediate-range missiles anywhere from which they could reach the territory of the other side.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-26"),
 ("Guarantees on paper, signed and legally binding, were never going to come out of this exchange. What arrived in Moscow today is a letter offering talks,", "ilse-brandauer", 1, "Ilse Brandauer", "written-legal-guarantees", "mentions", 1, "2022-01-26"),
 ("She noted that the US letter also asked Russia to pull back the troops it has massed near Ukraine's borders.", "ilse-brandauer", 1, "She", "russia-de-escalation", "mentions", 0, "2022-01-26"),
 ("A senior EU official told reporters in Brussels on Wednesday that the bloc would not accept any arrangement under which allied troops were withdrawn from the Baltic states and Poland.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, "2022-01-26"),
]

_F1 = "Essentially, a list of things the West is prepared to talk about: confidence-building measures, transparency, some arms control. What it did not get is any movement on the points the draft treaties put first — a halt to NATO enlargement and a promise that Ukraine will stay out of the alliance."
_F7 = "Everyone now says they are ready to talk without preconditions, and everyone means something different by it. For the West, a pullback of troops is formally not a condition, but nothing will move without one; for Moscow, any agenda written in Washington is a trap."
_D = ("arseny-dolgikh", 1, "Arseny Dolgikh")
L["meduza-2022-01-28-dolgikh-interview"] = [
 (_F1, *_D, "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (_F1, *_D, "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("For Washington, it's a principle it can't drop in public. Both the American and the NATO papers repeat that every state chooses its own alliances and that no outsider has a veto. Whether that principle will ever be applied to Ukraine in practice is another question entirely.", *_D, "nato-open-door", "mentions", 1, "2022-01-27"),
 ("Formally revoking the Bucharest promise would mean admitting it was never meant seriously. Nobody in Brussels will do that. But it is easy to leave it on the shelf for another 15 years, which is more or less what has happened already.", *_D, "rescind-bucharest-2008", "mentions", 1, "2022-01-27"),
 ("That's where a deal is most conceivable, because it cuts both ways. If the Americans promise not to put offensive systems in Poland or Romania, they will ask what Russia keeps in Kaliningrad and Belarus. A reciprocal arrangement on strike weapons near the borders could be written down; a one-sided ban cannot.", *_D, "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 ("As written, that clause would keep the U.S. Navy out of the Black Sea and much of the Baltic. I don't see any American administration accepting it, and I doubt the people who wrote it expected one to.", *_D, "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 ("Training missions, joint exercises, weapons deliveries — all of this is exactly what the Russian draft would forbid in the former Soviet republics outside NATO. The replies, as far as we know, don't address it, and I see no sign that the British or the Americans are about to pull their instructors out of Yavoriv.", *_D, "no-military-activity-ex-soviet", "mentions", 1, "2022-01-27"),
 (_F7, *_D, "no-preconditions", "mentions", 1, "2022-01-27"),
 (_F7, *_D, "russia-de-escalation", "mentions", 1, "2022-01-27"),
 ("I don't think anyone, including the people in the Kremlin, knows the answer to that today. The troops are in place and the plans exist. The decision is a political one, and it will be taken by one man.", *_D, "", "", 1, "2022-01-27"),
 ("I expect Lavrov to answer within days, probably with letters addressed to each capital separately, and I expect Putin to keep everyone guessing for as long as he can.", *_D, "", "", 1, "2022-01-27"),
]

_G5 = "Offering to talk about missile deployments in Europe was smart, because it tests whether anyone in Moscow actually wants an agreement. Offering to talk about Ukraine's membership would have been a catastrophe,"
_G8 = "Ned Price, the State Department spokesman, declined on Wednesday to comment on the authenticity of the leaked papers but said Russia's demand for a veto over Nato enlargement remained \"a non-starter\"."
L["ft-2022-02-03-leaked-answers-analysis"] = [
 ("In letters sent on Friday to his US, Canadian and European counterparts, he argued that the right of states to choose their alliances, set out in the OSCE's 1999 Istanbul charter, could not be exercised at the expense of the security of others.", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("Either we all respect the indivisibility of security, or each of us will read these documents as it pleases,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("Poland alone will decide which weapons stand on Polish soil, and no treaty drafted in Moscow will change that,", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("In an interview with Kommersant on Monday, Alexander Grushko, the deputy foreign minister who led Russia's delegation at the Nato-Russia Council, dismissed the alliance's offer to restore military channels, saying there was \"no sense\" in such contacts while Nato treated Russia as an adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-31"),
 (_G5, "claire-dunmore", 1, "Claire Dunmore", "no-intermediate-range-missiles", "mentions", 1, ""),
 (_G5, "claire-dunmore", 1, "Claire Dunmore", "no-ukraine-membership", "rejects", 1, ""),
 ("Without a formal renunciation of the Bucharest promise there is no basis for a deal; everything else is decoration,", "nikolai-orlovsky", 1, "Nikolai Orlovsky", "rescind-bucharest-2008", "supports", 1, ""),
 (_G8, "ned-price", 1, "Ned Price", "nato-non-expansion", "rejects", 0, "2022-02-02"),
 (_G8, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The question for the next fortnight is whether Putin wants to be seen to have won something, or to have been refused everything,", "claire-dunmore", 1, "Dunmore", "", "", 1, ""),
]

write_gold(L, "articles-152", "gold-152")
