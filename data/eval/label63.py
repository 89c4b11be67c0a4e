#!/usr/bin/env python3
"""Writes the sixty-third held-out gold (gold-63/*.nq) from the labels below.

Batch 63 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw of the crisis over
Russia's demands for "security guarantees" (December 2021 - February 2022):

- reuters-2021-12-17-russia-draft-security-pacts: Reuters wire copy on the
  publication of the draft treaties; front matter, straight quotes, a
  quotation split by "he said", a quotation introduced by "he said:",
  quoted treaty text and the 1990 "one inch" story (not labelled), a demand
  attributed to Moscow in passing inside Kuleba's sentence, crossheads.
- bbc-2022-01-12-nato-russia-council-live: BBC News live page on the
  NATO-Russia Council; UTF-8 BOM and CRLF line ends, no front matter (date
  in "Last updated 12 Jan, 2022 18:05"), curly quotes, entries in reverse
  order, two speakers in one sentence ("a non-starter") plus Moscow's demand
  in passing, a quotation running over two sentences, "in an interview
  with" on Tuesday evening, Bucharest 2008 as background, an image caption.
- ria-2022-01-13-lukashevich-osce: RIA Novosti as read through a machine
  translator; no front matter ("13 Jan, 2022 19:47"), guillemets followed by
  "— X has told", an interview in em-dash question/answer form whose
  answers are labelled with the name the intro gives, "the expert".
- state-2022-01-26-blinken-press-availability: State Department transcript
  with speaker labels (SECRETARY BLINKEN, MR PRICE, QUESTION); every
  paragraph of Blinken's remarks and answers is one direct quotation, the
  moderator and the journalists' questions (which name demands) are not
  labelled.
- dw-2022-01-21-interview-geneva-achterberg: DW Q&A interview with an
  invented analyst after the Blinken-Lavrov meeting in Geneva; „ “ quotes,
  "DW:" / "Achterberg:" labels, an answer of two paragraphs, a history
  clause (INF 2019) inside an answer.
- kremlin-2022-01-28-putin-macron-telephone: Kremlin readout in indirect
  speech (three demands in one sentence, the 1997 Founding Act and the 1999
  and 2010 documents as background) followed by Peskov's answers to
  journalists with "Question:" / "Dmitry Peskov:" labels; no front matter.
- telegraph-2022-02-02-putin-demands-analysis: The Telegraph analysis
  quoting invented experts ("says", present tense, so undated) and officials
  in British single curly quotes; Baker 1990, the Founding Act and the
  Bucharest declaration quoted as history (not labelled); "a senior EU
  official"; a photo caption.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

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
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2021-12-17-russia-draft-security-pacts"] = [
 ("Russia on Friday demanded that NATO promise never to admit Ukraine as a member, setting out its terms in two draft documents that Western diplomats said appeared designed to be turned down.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("We need legally binding guarantees, not promises that can be forgotten the next morning,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The American side has had the documents since Wednesday,", "sergei-ryabkov", 1, "he", "", "", 1, "2021-12-17"),
 ("and we are ready to sit down in Geneva as early as tomorrow, without any preconditions on our part.", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2021-12-17"),
 ("Ryabkov said the most important thing for Moscow was that NATO stop moving east, and he called the promise of eventual membership given to Ukraine and Georgia at the alliance's 2008 summit in Bucharest \"a historic mistake\" that had to be formally withdrawn.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Ryabkov said the most important thing for Moscow was that NATO stop moving east, and he called the promise of eventual membership given to Ukraine and Georgia at the alliance's 2008 summit in Bucharest \"a historic mistake\" that had to be formally withdrawn.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("If the Americans want to avoid incidents, they should not fly and sail where they can hit us - that's elementary.", "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-17"),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "Psaki", "", "", 1, "2021-12-17"),
 ("Whether Ukraine joins NATO is a decision for Ukraine and the 30 allies alone, not for Moscow,", "jen-psaki", 1, "she", "nato-open-door", "supports", 1, "2021-12-17"),
 ("Whether Ukraine joins NATO is a decision for Ukraine and the 30 allies alone, not for Moscow,", "jen-psaki", 1, "she", "no-ukraine-membership", "rejects", 1, "2021-12-17"),
 ("NATO Secretary-General Jens Stoltenberg, speaking alongside Ukrainian President Volodymyr Zelenskiy in Brussels on Thursday, said any dialogue with Moscow would have to respect the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2021-12-16"),
 ("any agreements about Ukraine without Ukraine", "volodymyr-zelensky", 1, "Zelenskiy", "", "", 1, "2021-12-16"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Friday that training missions by American, British and Canadian instructors in Ukraine would continue despite Moscow's demand that they end.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Friday that training missions by American, British and Canadian instructors in Ukraine would continue despite Moscow's demand that they end.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Parts of this are written to be rejected, like the pullback to the 1997 lines, but other chapters read like a genuine opening offer,", "lidiya-sorokhtina", 1, "Lidiya Sorokhtina", "rollback-to-1997", "mentions", 1, ""),
 ("The danger is that Moscow treats a 'no' from Washington as a licence to act on the ground,", "lidiya-sorokhtina", 1, "she", "", "", 1, ""),
]
L["bbc-2022-01-12-nato-russia-council-live"] = [
 ("Asked about Nato's offer to reopen the two sides' missions and restore military hotlines, Deputy Foreign Minister Alexander Grushko said Moscow saw no point in resuming contacts with an alliance that treated Russia as an adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("If Nato moves to a policy of containment, we will answer with counter-containment. If it chooses deterrence, we will answer with counter-deterrence,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("For us it is absolutely imperative that Nato’s expansion stops,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Mr Stoltenberg said allies had rejected Moscow’s demand that Nato withdraw the forces it has stationed in its eastern member states since 1997, insisting there could be no “first- and second-class members” of the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Mr Stoltenberg said allies had rejected Moscow’s demand that Nato withdraw the forces it has stationed in its eastern member states since 1997, insisting there could be no “first- and second-class members” of the alliance.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It is a good sign that all 30 allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Wendy Sherman, the US deputy secretary of state, and Mr Stoltenberg both told reporters on Wednesday that Moscow’s demand for a halt to Nato enlargement was a non-starter.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("Wendy Sherman, the US deputy secretary of state, and Mr Stoltenberg both told reporters on Wednesday that Moscow’s demand for a halt to Nato enlargement was a non-starter.", "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("Wendy Sherman, the US deputy secretary of state, and Mr Stoltenberg both told reporters on Wednesday that Moscow’s demand for a halt to Nato enlargement was a non-starter.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told BBC Radio 4’s Today programme that his country would never accept a return to the situation of 1997, and that allied exercises in the Baltic states would go ahead as planned.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told BBC Radio 4’s Today programme that his country would never accept a return to the situation of 1997, and that allied exercises in the Baltic states would go ahead as planned.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("Moscow is asking us to dismantle our own security. That is not a negotiating position, it is an ultimatum,", "gabrielius-landsbergis", 1, "he", "", "", 1, "2022-01-12"),
 ("The only de-escalation we need is Russian troops going home,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-11"),
]
L["ria-2022-01-13-lukashevich-osce"] = [
 ("The permanent representative of Russia at OSCE Alexander Lukashevich at the Thursday session of the Permanent council of the organisation has declared that the policy of «open doors» of NATO cannot be realised at the expense of the security of Russia.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-open-door", "rejects", 0, "2022-01-13"),
 ("We need not the declarations, but the juridically obligatory guarantees fixed on the paper that the alliance will not move further to the east", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need not the declarations, but the juridically obligatory guarantees fixed on the paper that the alliance will not move further to the east", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("the risk of the war in the area of OSCE is now greater than ever during the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("He has also called Moscow to withdraw the troops concentrated near the Ukrainian border.", "zbigniew-rau", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The permanent representative of the USA at OSCE Michael Carpenter at the same session has declared that Washington is ready to discuss with Moscow the mutual restrictions of the military exercises, but «will not close the doors of NATO».", "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("The permanent representative of the USA at OSCE Michael Carpenter at the same session has declared that Washington is ready to discuss with Moscow the mutual restrictions of the military exercises, but «will not close the doors of NATO».", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The permanent representative of Ukraine at the international organisations in Vienna Yevhenii Tsymbaliuk at the session has declared that Kyiv will continue the cooperation with NATO, including the joint exercises on the territory of Ukraine, «regardless of Moscow's wishes».", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 ("It is not the ultimatum. We have put on the table the concrete texts and wait for the concrete answers, article by article, not the general words about the dialogue.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("We do not accept any preconditions. The Russian troops are on own territory, and this is not the subject of the talks with anybody.", "alexander-lukashevich", 1, "Lukashevich", "no-preconditions", "supports", 1, "2022-01-13"),
 ("We do not accept any preconditions. The Russian troops are on own territory, and this is not the subject of the talks with anybody.", "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("We will look at this proposal attentively. But the channels of the communication cannot replace the answer to our principal questions.", "alexander-lukashevich", 1, "Lukashevich", "resume-military-dialogue", "mentions", 1, "2022-01-13"),
 ("The question of the missiles of the intermediate and shorter range is important, we proposed the moratorium on their deployment in Europe already long ago. But to take out from the package only the items convenient for Washington it will not be possible.", "alexander-lukashevich", 1, "Lukashevich", "no-intermediate-range-missiles", "supports", 1, "2022-01-13"),
 ("On Ukraine and Georgia and on the Bucharest promises the Americans did not move even by one millimetre", "vadim-khrustalyov", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 ("On Ukraine and Georgia and on the Bucharest promises the Americans did not move even by one millimetre", "vadim-khrustalyov", 1, "the expert", "rescind-bucharest-2008", "mentions", 1, ""),
]
D = "2022-01-26"
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering the Alliance's own response in Brussels at about the same time.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We have coordinated every line of it with our Allies and with Ukraine. As I told Foreign Minister Lavrov in Geneva last week, nothing about Ukraine will be decided without Ukraine, and nothing about Europe without Europe.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("The document sets out our concerns about Russia's actions, a principled and realistic assessment of the concerns Russia has raised, and ideas for where we can find common ground. Let me be clear about what it doesn't do: it doesn't give Russia a veto over the choices of sovereign states. NATO's door is open, it remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("At the same time, we've set out a serious diplomatic path: reciprocal transparency measures on force posture, confidence-building measures on military exercises and maneuvers in Europe, and arms control on missiles in Europe, including a possible successor to the INF Treaty. We're also proposing to restore regular military-to-military channels, so that an incident at sea or in the air doesn't spin out of control.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 ("At the same time, we've set out a serious diplomatic path: reciprocal transparency measures on force posture, confidence-building measures on military exercises and maneuvers in Europe, and arms control on missiles in Europe, including a possible successor to the INF Treaty. We're also proposing to restore regular military-to-military channels, so that an incident at sea or in the air doesn't spin out of control.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, we've set out a serious diplomatic path: reciprocal transparency measures on force posture, confidence-building measures on military exercises and maneuvers in Europe, and arms control on missiles in Europe, including a possible successor to the INF Treaty. We're also proposing to restore regular military-to-military channels, so that an incident at sea or in the air doesn't spin out of control.", "antony-blinken", 1, "Blinken", "resume-military-dialogue", "supports", 1, D),
 ("No. There has been no change in our position, and there will be no change. Whether Ukraine joins NATO is for Ukraine and NATO's members to decide, and nobody else.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, D),
 ("No. There has been no change in our position, and there will be no change. Whether Ukraine joins NATO is for Ukraine and NATO's members to decide, and nobody else.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("The Allies stand by what they agreed at Bucharest. That's not something we're going to walk back.", "antony-blinken", 1, "Blinken", "rescind-bucharest-2008", "rejects", 1, D),
 ("We've put our ideas in writing because we're serious about this. Where we can make progress, on arms control or on transparency, we're open to that taking the form of a treaty or an agreement, and we've kept Congress informed throughout. But a treaty that bars NATO from ever taking in new members is not something any administration could sign.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "mentions", 1, D),
 ("We've put our ideas in writing because we're serious about this. Where we can make progress, on arms control or on transparency, we're open to that taking the form of a treaty or an agreement, and we've kept Congress informed throughout. But a treaty that bars NATO from ever taking in new members is not something any administration could sign.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, D),
 ("Our ships and aircraft will keep operating wherever international law allows, including in the Black Sea. That's not up for negotiation.", "antony-blinken", 1, "Blinken", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("And we are not going to withdraw forces from Allies who asked for them. If anything, Russia's actions have led us to strengthen NATO's eastern flank, not to pull back from it.", "antony-blinken", 1, "Blinken", "rollback-to-1997", "rejects", 1, D),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once the Russians have had a chance to read it carefully. The ball is in their court.", "antony-blinken", 1, "Blinken", "", "", 1, D),
]
D = "2022-01-21"
L["dw-2022-01-21-interview-geneva-achterberg"] = [
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Mainly time. Both sides agreed to keep talking, and the Americans promised to put their answers on paper next week. In this crisis, that already counts as progress.", "wiebke-achterberg", 1, "Achterberg", "", "", 1, D),
 ("I understand why the Kremlin no longer trusts verbal assurances. But on the core issue, NATO enlargement, a legally binding guarantee is a non-starter. No US Senate would ratify it, and no ally would accept it.", "wiebke-achterberg", 1, "Achterberg", "written-legal-guarantees", "rejects", 1, D),
 ("I understand why the Kremlin no longer trusts verbal assurances. But on the core issue, NATO enlargement, a legally binding guarantee is a non-starter. No US Senate would ratify it, and no ally would accept it.", "wiebke-achterberg", 1, "Achterberg", "nato-non-expansion", "rejects", 1, D),
 ("On missiles, certainly. Since the INF Treaty collapsed in 2019 there have been no rules for intermediate-range systems in Europe, so a mutual arrangement is something both sides can at least put on the table.", "wiebke-achterberg", 1, "Achterberg", "no-intermediate-range-missiles", "mentions", 1, D),
 ("On exercises I would go further. Large drills should be announced earlier and held further away from the border, on both sides. I think NATO could live with that, and it would make all of us safer.", "wiebke-achterberg", 1, "Achterberg", "limit-military-exercises", "supports", 1, D),
 ("Taken literally, that would cover half of the Baltic Sea and most of the Black Sea. But notification rules for flights and naval patrols can be discussed; that is what the incidents-at-sea agreements did during the Cold War.", "wiebke-achterberg", 1, "Achterberg", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Yes, and immediately, whatever else happens. The hotlines between the militaries were cut at the worst possible moment. When troops stand this close to each other, the generals have to be able to pick up the phone.", "wiebke-achterberg", 1, "Achterberg", "resume-military-dialogue", "supports", 1, D),
 ("The idea that Poland or Romania may not host defensive systems on their own soil is a non-starter. That is not something any NATO government can sign up to.", "wiebke-achterberg", 1, "Achterberg", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("I don't know. A halt to enlargement has been sold at home as the whole point of the exercise, and it is hard to climb down from that. That is why the written answers next week matter so much.", "wiebke-achterberg", 1, "Achterberg", "nato-non-expansion", "mentions", 1, D),
]
D = "2022-01-28"
PUTIN = "Vladimir Putin drew attention to the fact that the US and NATO responses did not take into account Russia’s fundamental concerns, including preventing NATO expansion, the non-deployment of strike weapons systems near Russia’s borders, and returning the bloc’s military capability and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed."
L["kremlin-2022-01-28-putin-macron-telephone"] = [
 (PUTIN, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 (PUTIN, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PUTIN, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, D),
 ("Emmanuel Macron informed the Russian President of his recent contacts with Kyiv and spoke in favour of reducing military tension along the Russian-Ukrainian border.", "emmanuel-macron", 1, "Emmanuel Macron", "russia-de-escalation", "supports", 0, D),
 ("There is no need to rush to conclusions. The President has the texts, he is studying them, and he will decide when and how to comment.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("The Americans are ready to talk about intermediate-range missiles and about certain confidence-building measures regarding exercises. We take note of this. It can be discussed, but these are secondary questions.", "dmitry-peskov", 1, "Dmitry Peskov", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The Americans are ready to talk about intermediate-range missiles and about certain confidence-building measures regarding exercises. We take note of this. It can be discussed, but these are secondary questions.", "dmitry-peskov", 1, "Dmitry Peskov", "limit-military-exercises", "mentions", 1, D),
 ("The main thing is that NATO must not move further east, and that this must be fixed in a legally binding way. On this key question we see no positive reaction.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 1, D),
 ("The main thing is that NATO must not move further east, and that this must be fixed in a legally binding way. On this key question we see no positive reaction.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 1, D),
 ("Russia moves its troops across its own territory as it sees fit. This does not threaten anyone, and we do not intend to discuss it with anyone.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 ("Yes, the advisers will meet in Berlin. We consider the Normandy format the only working mechanism for a settlement in the south-east of Ukraine.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("There are no such plans for now. If necessary, such a conversation can be organised very quickly.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
]
BLASZCZAK = "Mariusz Błaszczak, Poland’s defence minister, on Monday dismissed as ‘absurd’ Moscow’s demand that allied strike systems be kept away from Russia’s borders, saying the American missile defence site at Redzikowo would open this year as planned."
KALLAS = "You cannot negotiate with a gun held to your head. First the troops go back to their barracks, then we talk,"
AMBROSE = "Strip away the rhetoric and there are two questions left: will Nato keep its door open, and will Russia pull its troops back from Ukraine’s border,"
L["telegraph-2022-02-02-putin-demands-analysis"] = [
 ("It is already clear that Russia’s fundamental concerns were ignored,", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("A moratorium that leaves Russia’s 9M729 missiles where they are is unilateral disarmament, and I would not touch it,", "rhiannon-tetley-marsh", 1, "Rhiannon Tetley-Marsh", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("It is drafted so broadly that it could cover anything from a Patriot battery to a squadron of F-35s,", "rhiannon-tetley-marsh", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (BLASZCZAK, "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-31"),
 (BLASZCZAK, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Read the small print and the draft treaty would end American training of Ukrainian soldiers, Javelin deliveries, joint exercises, all of it,", "tomasz-zadrozny", 1, "Tomasz Zadrożny", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("A senior EU official said on Monday that the bloc would not accept any arrangement that denied countries such as Ukraine and Georgia the right to choose their own alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-31"),
 (KALLAS, "kaja-kallas", 1, "she", "no-preconditions", "rejects", 1, "2022-01-31"),
 (KALLAS, "kaja-kallas", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-31"),
 (AMBROSE, "nigel-ambrose-kent", 1, "he", "nato-open-door", "mentions", 1, ""),
 (AMBROSE, "nigel-ambrose-kent", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("Everyone now says they are ready to talk without preconditions, which in practice means each side is waiting for the other to blink,", "nigel-ambrose-kent", 1, "he", "no-preconditions", "mentions", 1, ""),
]

write_gold(L, "articles-63", "gold-63")
