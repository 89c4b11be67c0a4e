#!/usr/bin/env python3
"""Writes the 170th held-out gold (gold-170/*.nq) from the labels below.

Batch 170 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- pap-2022-01-13-rau-osce-vienna: PAP wire copy from Vienna (front matter,
  straight quotes, dateline, an upper-case crosshead, desk initials).
- izvestia-2021-12-27-grushko-interview: machine-translated Q&A interview
  with Grushko (no front matter, « » quotes, questions and answers as dash
  paragraphs, answers running over several paragraphs without a dash).
- abc-2022-01-13-nato-russia-council-live: ABC News (Australia) live blog in
  reverse order with AEDT timestamps (front matter, curly quotes, "Key events"
  bullets, post titles); "on Wednesday" / "on Monday" / "this morning" resolve
  against the Thursday 13 January publication date.
- ourcommons-2022-02-01-faae-ukraine: Canadian House of Commons committee
  evidence transcript (UTF-8 BOM, CRLF line ends, no front matter, speaker
  labels in the Hansard style, MPs' questions, [Translation] markers).
- aa-2022-01-27-lavrov-us-response-turkey: Anadolu Agency wire (no front
  matter, date in the byline, curly quotes, "- " crossheads).
- delfi-2022-02-02-baltic-security-guarantees: Delfi EN feature (no front
  matter, „ “ quotes, a crosshead that repeats a quotation, related-article
  link lines, reported speech that runs on into a second sentence).
- swi-2022-01-11-geneva-us-russia-talks: SWI swissinfo.ch news feature (front
  matter, single curly quotes ‘ ’ whose closing mark is also the apostrophe,
  standfirst, crossheads, a passive attribution, "according to").

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions, MPs' questions and the committee chair get no
  label; the interviewee's name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0; a
  sentence that only continues the previous sentence's indirect speech (no
  verb of saying of its own) is labelled with that speaker;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns", "proposals she described as non-starters"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the INF Treaty), words quoted from documents, headlines, crossheads,
  standfirsts, live-blog post titles and "Key events" bullets, photo captions
  and link lines are not labelled; statements by unnamed groups with no
  identifiable actor ("one diplomat", "several Lithuanian analysts",
  "Russian officials") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (diacritics folded); a
  senior EU official -> european-union, an embassy -> its country; speaker
  name = the words naming the speaker at that point, pronouns as written,
  titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts who "told PAP/the ABC/Anadolu").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE could offer a platform for talks on arms control and confidence-building, but stressed that the principles of the Helsinki Final Act, among them the right of every state to choose its own security arrangements and alliances, were not up for negotiation.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The OSCE was built for moments exactly like this one, and it must not be found wanting,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("He later told reporters that without a legally binding commitment that NATO would not move further east, Russia would be forced to respond with what he called \"military-technical measures\".", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("He later told reporters that without a legally binding commitment that NATO would not move further east, Russia would be forced to respond with what he called \"military-technical measures\".", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive answer to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance and eliminate unacceptable threats to our national security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The Russian envoy also demanded that the alliance scale down its military drills near Russia's western border and stop sending warships and reconnaissance aircraft into the Black Sea and the Baltic, from where, he argued, they could strike Russian territory.", "alexander-lukashevich", 1, "The Russian envoy", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("The Russian envoy also demanded that the alliance scale down its military drills near Russia's western border and stop sending warships and reconnaissance aircraft into the Black Sea and the Baltic, from where, he argued, they could strike Russian territory.", "alexander-lukashevich", 1, "The Russian envoy", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-13"),
 ("Ukraine's ambassador to the OSCE, Yevhenii Tsymbaliuk, called on Russia to withdraw its forces from the Ukrainian border and return them to their permanent bases, saying the build-up of more than 100,000 troops was the real source of insecurity in Europe.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("In Warsaw on Thursday, Deputy Foreign Minister Marcin Przydacz dismissed the idea of NATO pulling its troops and infrastructure back to the positions of 1997 as \"a non-starter\".", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Poland was not a member of NATO in 1997. Are we supposed to go back to being a grey zone between Germany and Russia? That is not going to happen,", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("If one day the allies decide that intermediate-range missiles are needed in Europe to deter Russia, that will be our decision, and Moscow will not get a veto over it,", "marcin-przydacz", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-13"),
 ("Moscow is asking for a sphere of influence in writing. It wants a treaty that is signed, ratified and legally binding, and it wants it now,", "agnieszka-soltysiak-lenart", 1, "Agnieszka Sołtysiak-Lenart", "written-legal-guarantees", "mentions", 1, ""),
 ("The OSCE is the only forum where Ukraine, Georgia and Moldova can answer back in the same room. That alone makes this chairmanship important,", "agnieszka-soltysiak-lenart", 1, "she", "", "", 1, ""),
]
G = ("alexander-grushko", 1, "Alexander Grushko")
D = "2021-12-26"
L["izvestia-2021-12-27-grushko-interview"] = [
 ("It is not an ultimatum. It is a serious warning, and we hope that in the capitals it will be heard correctly. We put on the table the concrete texts, article by article, which can be signed.", *G, "", "", 1, D),
 ("We are ready to sit down to the negotiating table immediately, in Geneva or in any other place, without any preconditions. But we will not allow to drag the process for years, as it happened with the Vienna document.", *G, "no-preconditions", "supports", 1, D),
 ("If the alliance refuses from the deployment of the offensive weapon systems on the territory of the countries neighbouring with Russia, we are ready to talk about the mirror measures on our side. But the refusal from the deployment of the strike means near our borders is an obligatory element, without it there is no deal.", *G, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The same concerns the missiles of the intermediate and shorter range. Our proposal about the moratorium lies on the table since 2019, and NATO did not answer it until now. We want that such missiles were not deployed in the zones from where they reach the territory of the other side.", *G, "no-intermediate-range-missiles", "supports", 1, D),
 ("We do not see today the sense to restore the channels of the military contacts with the alliance while NATO does not recognise our concerns. Contacts for the sake of the contacts we do not need.", *G, "resume-military-dialogue", "rejects", 1, D),
 ("The history speaks for itself, and the documents are known to everybody. I prefer to speak about today.", *G, "", "", 1, D),
 ("The formula of the «open doors» is the relic of the Cold War. Nobody has the right to strengthen the own security at the expense of the security of others, and the enlargement of NATO to Ukraine is for us the red line.", *G, "nato-open-door", "rejects", 1, D),
 ("The formula of the «open doors» is the relic of the Cold War. Nobody has the right to strengthen the own security at the expense of the security of others, and the enlargement of NATO to Ukraine is for us the red line.", *G, "no-ukraine-membership", "supports", 1, D),
 ("The decision of the Bucharest summit of 2008 that Ukraine and Georgia will become members of NATO must be disavowed. It is not the history, it is the working document which pushes Kiev to the adventures.", *G, "rescind-bucharest-2008", "supports", 1, D),
 ("Temporary solutions do not suit us. We need the legally binding guarantees, fixed on the paper and ratified, and not the political promises which, as the experience has shown, nobody fulfils.", *G, "written-legal-guarantees", "supports", 1, D),
 ("Then we will pass to the military-technical answer. Which one — I will not specify, it is the business of the military. But I want to be understood correctly: the return of the NATO infrastructure to the lines of 1997 is not a whim, it is a condition of the stability in Europe.", *G, "rollback-to-1997", "supports", 1, D),
 ("Our troops are on our own territory, and we will move them as we consider necessary. Nobody will dictate to us where to hold our units.", *G, "russia-de-escalation", "rejects", 1, D),
]
KALLAS = "Estonian Prime Minister Kaja Kallas said on Wednesday the allied troops in her country were there to stay, despite Moscow’s demands that NATO pull its forces back to where they stood in 1997."
L["abc-2022-01-13-nato-russia-council-live"] = [
 ("Australia stands with Ukraine and its people, and we will keep working with our partners for a peaceful outcome,", "marise-payne", 1, "Marise Payne", "", "", 1, "2022-01-13"),
 ("If Russia walks away, it will be quite apparent they were never serious about pursuing diplomacy,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-12"),
 ("Sherman said the Russian delegation had neither committed to de-escalation nor said it would not, and she urged Moscow to pull back the troops it has massed near Ukraine.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("Moscow has tabled demands it knows NATO cannot accept, like a promise that Ukraine will never join, so that it can later say diplomacy failed,", "hamish-corrigan", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("He said the more promising parts of the Russian package were those on strike weapons near Russia’s borders, where he believed there was room for a deal.", "hamish-corrigan", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("There will be no halt to NATO enlargement, and that was made clear to the Russian side today,", "jens-stoltenberg", 1, "the NATO chief", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("We also need to reopen our offices and restore military-to-military channels of communication, to reduce the risk of incidents and accidents,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("The alliance’s enlargement has to stop, there is no other way,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("And we need guarantees not in words but on paper, in a form that is legally binding on every member.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 (KALLAS, "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (KALLAS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("On Monday, US and Russian diplomats met in Geneva, where Deputy Foreign Minister Sergei Ryabkov said it was “absolutely mandatory” that Ukraine never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
]
J = ("melanie-joly", 1, "Mélanie Joly")
A = ("anita-anand", 1, "Anita Anand")
V = ("catherine-vallieres-rowe", 1, "Catherine Vallières-Rowe")
D = "2022-02-01"
L["ourcommons-2022-02-01-faae-ukraine"] = [
 ("Thank you, Mr. Chair, and thank you to the members of the committee for inviting me to appear today on a situation that is of grave concern to Canadians.", *J, "", "", 1, D),
 ("Last Wednesday, the United States and NATO delivered their written responses to the proposals Moscow tabled in December. Canada was closely consulted on the NATO response, and I can tell the committee that it is firm on principles.", *J, "", "", 1, D),
 ("Let me be clear: the first step has to come from Moscow. Russia must de-escalate and withdraw the more than 100,000 troops it has massed along Ukraine's border.", *J, "russia-de-escalation", "supports", 1, D),
 ("Canada has extended and expanded Operation UNIFIER, our military training mission in Ukraine, and we will not ask anyone's permission to train Ukrainian soldiers.", *J, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Thank you, Mr. Chair. Canada leads the NATO enhanced forward presence battlegroup in Latvia, and those troops are not going anywhere. Suggestions that allies should withdraw to the positions of 1997 are simply not on the table.", *A, "rollback-to-1997", "rejects", 1, D),
 ("We will continue to train and exercise with our allies on NATO's eastern flank, as we always have, transparently and in accordance with our international obligations.", *A, "limit-military-exercises", "rejects", 1, D),
 ("The response was unambiguous. NATO will not close its door, and whether Ukraine joins the alliance is for Ukraine and the 30 allies to decide, not for Moscow.", *J, "nato-open-door", "supports", 1, D),
 ("The response was unambiguous. NATO will not close its door, and whether Ukraine joins the alliance is for Ukraine and the 30 allies to decide, not for Moscow.", *J, "no-ukraine-membership", "rejects", 1, D),
 ("I will let the Americans speak to their own document, but I spoke with Secretary Blinken again yesterday and our positions are fully aligned.", *J, "", "", 1, D),
 ("No member of the alliance will sign a treaty that freezes the security architecture of Europe and gives Russia a right of review over our sovereign decisions. What we can put in writing are reciprocal measures of transparency and risk reduction.", *J, "written-legal-guarantees", "rejects", 1, D),
 ("Thank you for the question. Article 7 of the draft agreement would have allies renounce any military activity on the territory of Ukraine and of other states in Eastern Europe, the South Caucasus and Central Asia. That would cover our training mission, and it is one of the elements we are assessing with allies.", *V, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Russian officials have also spoken of disavowing the 2008 Bucharest declaration on Ukraine and Georgia. That would be a matter for all 30 allies, and we are examining those statements together with them.", *V, "rescind-bucharest-2008", "mentions", 1, D),
 ("If I may add one point, Canada supports NATO's proposal to restore military-to-military channels with Russia, including the military liaison missions, because in a crisis of this kind the risk of miscalculation is very real.", *V, "resume-military-dialogue", "supports", 1, D),
]
LAVROV = "There is no positive reaction in this document on the main issue. The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
BLINKEN = "US Secretary of State Antony Blinken said on Wednesday that the reply upheld NATO’s open-door policy and that Washington would not close the alliance’s door to Ukraine."
BOTH = "Blinken and NATO Secretary-General Jens Stoltenberg, who sent the alliance’s own proposals to Moscow the same day, both called on Russia on Wednesday to pull back its troops from Ukraine’s borders."
L["aa-2022-01-27-lavrov-us-response-turkey"] = [
 (LAVROV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LAVROV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("so ideologised, so imbued with the exclusivity of the North Atlantic alliance", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 ("Ukraine’s membership in NATO is a red line for us, and the Americans know this perfectly well.", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 (BLINKEN, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (BLINKEN, "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("The document we’ve delivered includes our concerns and those of our allies and partners about Russia’s actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 (BOTH, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (BOTH, "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("It is important that the American position is in line with ours: nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-26"),
 ("Türkiye is ready to do its part to reduce tensions, and we have told both our Russian and Ukrainian friends this,", "mevlut-cavusoglu", 1, "Çavuşoğlu", "", "", 1, "2022-01-27"),
 ("NATO’s open-door policy is a principle of the alliance and Türkiye has always supported it, but the legitimate security concerns of all sides should also be heard,", "mevlut-cavusoglu", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("On the Black Sea, the minister said Ankara would continue to apply the 1936 Montreux Convention “to the letter” and that the question of keeping warships and military aircraft out of areas from which they could threaten another country should be discussed on that basis.", "mevlut-cavusoglu", 1, "the minister", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-27"),
 ("Russia wanted everything in writing and in legally binding form; what it got is a written offer to keep talking, and that is not the same thing,", "serdar-arikan", 1, "Serdar Arıkan", "written-legal-guarantees", "mentions", 1, ""),
 ("Washington says everything starts with Russian troops pulling back from the border, while Moscow says its troops are an internal matter,", "serdar-arikan", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]
PUTIN = "He listed them as preventing NATO expansion, refusing to deploy strike weapon systems near Russia's borders, and returning the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed."
LANDS = "There can be no talk of negotiations as if nothing were happening while more than 100,000 Russian troops stand at Ukraine's border. First de-escalation, then dialogue,"
DAUN = "Moscow asked for three things it knew it would not get: an end to enlargement, the withdrawal of allied troops from our region to the lines of 1997, and a ban on any Western military activity in Ukraine, Georgia and Moldova,"
L["delfi-2022-02-02-baltic-security-guarantees"] = [
 ("It is already clear that the fundamental Russian concerns have been ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (PUTIN, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PUTIN, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PUTIN, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("The promise made to Ukraine and Georgia at the 2008 Bucharest summit would have to be formally withdrawn; without that, no agreement was possible.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-31"),
 ("The Bucharest decision stands. Nobody is going to revoke it to please the Kremlin,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rescind-bucharest-2008", "rejects", 1, "2022-02-02"),
 (LANDS, "gabrielius-landsbergis", 1, "the minister", "no-preconditions", "rejects", 1, "2022-02-02"),
 (LANDS, "gabrielius-landsbergis", 1, "the minister", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Lithuanian Defence Minister Arvydas Anušauskas told reporters on Wednesday that the allied exercises planned for the spring, including in Lithuania, would go ahead in full and that Vilnius would not accept „any limits dictated from Moscow“.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, "2022-02-02"),
 ("Which allied weapons are deployed on Lithuanian territory is a decision for Lithuania and for NATO, not for Russia,", "arvydas-anusauskas", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-02-02"),
 ("NATO aircraft will keep flying over the Baltic and allied ships will keep sailing in it, and no treaty with Russia will change that,", "artis-pabriks", 1, "Artis Pabriks", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-01"),
 (DAUN, "tomas-daunoravicius", 1, "Tomas Daunoravičius", "nato-non-expansion", "mentions", 1, ""),
 (DAUN, "tomas-daunoravicius", 1, "Tomas Daunoravičius", "rollback-to-1997", "mentions", 1, ""),
 (DAUN, "tomas-daunoravicius", 1, "Tomas Daunoravičius", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The Kremlin can now say it was refused and decide what to do next. That is what worries us most,", "tomas-daunoravicius", 1, "he", "", "", 1, ""),
]
SHER = "Sherman said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises."
L["swi-2022-01-11-geneva-us-russia-talks"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("According to the deputy minister, Moscow had made clear to the Americans that military activity by the United States and its allies in former Soviet states bordering Russia had to end, and that this point was not negotiable.", "sergei-ryabkov", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 0, "2022-01-10"),
 ("It was also stressed by Ryabkov that Russia had no intention of invading Ukraine and saw no reason to pull back forces that were, he said, on Russian territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We are ready to continue the conversation, without preconditions and without anyone dictating the outcome in advance,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States,", "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 (SHER, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (SHER, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Russia should pull back the troops it has massed near Ukraine and choose the path of diplomacy,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("ready to offer its good offices for as long as they are useful", "ignazio-cassis", 1, "Ignazio Cassis", "", "", 1, "2022-01-09"),
 ("Both capitals say they want talks without preconditions, and both are in fact setting them,", "laurent-bovet", 1, "Laurent Bovet", "no-preconditions", "mentions", 1, ""),
 ("The open-door policy is the one thing Washington cannot trade, and Moscow knows it,", "laurent-bovet", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("The Russians also want a regular channel between their general staff and the Pentagon again. That is the kind of thing diplomats can actually deliver,", "laurent-bovet", 1, "Bovet", "resume-military-dialogue", "mentions", 1, ""),
 ("Everything depends on whether the Kremlin wants a deal or a pretext,", "laurent-bovet", 1, "he", "", "", 1, ""),
]

write_gold(L, "articles-170", "gold-170")
