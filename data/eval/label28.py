#!/usr/bin/env python3
"""Writes the twenty-eighth held-out gold (gold-28/*.nq) from the labels below.

Batch 28 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later
(only DESIGN.md, the curated statements, batch 9 and goldlib.py).

The seven articles are invented but plausible, about the December 2021 -
February 2022 crisis over Russia's "security guarantees":
- reuters-...: a Reuters wire story on the written answers of 26 January
  (straight quotes, a quotation spanning two sentences, "said X" inversion,
  1997 Founding Act background, reporting credits);
- kremlin-...: a Kremlin transcript of the Putin-Macron news conference of
  7 February, speaker labels ("Vladimir Putin:", "Emmanuel Macron
  (retranslated):") and journalists' questions; no front matter (id = file
  name, date only in the dateline);
- nfp-...: a Notes from Poland style story on the OSCE session of 13 January,
  Polish officials and an opposition MP (curly quotes; photo credit, "Read
  more", donation box and share buttons as site junk);
- aljazeera-...: an Al Jazeera explainer on the Geneva talks with subheads and
  two analysts (a quoted draft-treaty article and the 1990 Baker remark as
  background; "Source:" line);
- lrt-...: an LRT English Q/A interview with a NATO deputy spokesperson;
- rt-...: an RT-style machine-translated item with « » quotations, UTF-8 BOM
  and CRLF line ends;
- civil-...: a Civil.ge style story on the 2008 Bucharest promise (mixed
  straight and curly quotes; share buttons, "Read more", language links).

Conventions (those of the curated gold and of label9.py):
- one label per (speaker, demand) that a passage expresses; a passage about
  two demands gets two labels with the same evidence;
- direct quotation: the evidence is the words between the marks (punctuation
  inside the marks included), direct 1; reported speech: the whole sentence,
  direct 0; a reported sentence that embeds a quotation of six or more words
  about no demand gets a demand-less label for the quotation and, if it also
  reports a position, a separate label for the whole sentence;
- stance by the speaker's own position: supports (demands, insists, offers
  what the demand asks), rejects (dismisses, refuses); mentions when the
  speaker only reports, asks, explains (analysts) or offers to discuss;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no demand
  gets no label; shorter quotations get no label of their own;
- historical background (1990 Baker, 1997 Founding Act, Bucharest 2008, 2014)
  is not a statement, and words quoted from the draft treaties or summit
  declarations are not labelled; the narrator's description of what "Moscow"
  demanded in its drafts is labelled for russia, as in the curated data;
- transcript and interview: journalists' questions get no label; each
  paragraph of an answer is one quotation (direct 1) whose speaker is the
  label in front of the turn; the evidence is the sentence(s) expressing the
  demand, or, for a paragraph about no demand, the whole paragraph; a
  paragraph that expresses a demand gets no further demand-less label;
- speaker ids are slugs of the full name, or actor ids (Moscow / the Kremlin ->
  russia, a State Department official -> us-state-department); the speaker
  name is the wording that names the speaker at that point (pronouns and role
  nouns as written);
- dates are the day of the statement resolved against the publication date
  (ISO); "" when the text ties the statement to no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-26-us-nato-written-answers"] = [
 ("The United States on Wednesday gave Russia a written reply to its demands for security guarantees, refusing to bar Ukraine from ever joining NATO but offering talks on arms control and confidence-building measures in a bid to pull Moscow back from a possible invasion.", "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend. That includes Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("He said the response laid out \"a serious diplomatic path forward, should Russia choose it\", including reciprocal limits on the size and location of military exercises in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("NATO will not compromise on the right of every nation to choose its own path, and we will not give up our ability to protect and defend each other,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We call on Russia to de-escalate immediately.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("The NATO chief said allies were ready to restore military-to-military contacts with Russia to avoid incidents, and to reopen the alliance's liaison office in Moscow, which the Kremlin shut in October.", "jens-stoltenberg", 1, "The NATO chief", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("He rejected, however, Moscow's demand that the alliance pull its forces out of the members that joined after 1997, saying NATO would not accept \"first- and second-class members\".", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Russia's ambassador in Washington, Anatoly Antonov, said the embassy had passed the document to Moscow and that it would be judged on whether it gave Russia legally binding guarantees rather than \"words and promises\".", "anatoly-antonov", 1, "Anatoly Antonov", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("nothing in it that the Ukrainians have not seen", "us-state-department", 0, "The official", "", "", 1, "2022-01-26"),
 ("If there is no constructive answer and the West continues its aggressive course, Russia will take the necessary retaliatory measures,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-26"),
 ("The Americans have done what they said they would do. Now we find out whether anyone in Moscow actually wanted an answer,", "samantha-orloff", 1, "Samantha Orloff", "", "", 1, ""),
]
L["kremlin-2022-02-07-putin-macron-news-conference"] = [
 ("Our talks with the President of France have lasted almost six hours. They were substantive and, I would say, businesslike. Naturally, the focus was on the issue of security guarantees and the situation around Ukraine.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-07"),
 ("Russia's main concerns are well known: preventing further NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed. These fundamental concerns have been ignored.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-07"),
 ("Russia's main concerns are well known: preventing further NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed. These fundamental concerns have been ignored.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-07"),
 ("Russia's main concerns are well known: preventing further NATO expansion, renouncing the deployment of strike weapons systems near Russian borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed. These fundamental concerns have been ignored.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-07"),
 ("At the same time, a number of the ideas and proposals put forward by the President of France, which it is probably too early to talk about, could well serve as a basis for further joint steps. We agreed to speak by telephone after his trip to Kyiv.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-07"),
 ("I came to Moscow with the will to avoid war and to build elements of trust, stability and visibility for everyone. This is a decisive moment for our continent, and it calls for responsible behaviour from all of us.", "emmanuel-macron", 1, "Emmanuel Macron", "", "", 1, "2022-02-07"),
 ("I told President Putin very clearly that the principles we share in Europe are not negotiable: the sovereignty of states and the freedom of every European state to choose its alliances. These principles apply to Ukraine as they apply to everyone else.", "emmanuel-macron", 1, "Emmanuel Macron", "nato-open-door", "supports", 1, "2022-02-07"),
 ("I told President Putin very clearly that the principles we share in Europe are not negotiable: the sovereignty of states and the freedom of every European state to choose its alliances. These principles apply to Ukraine as they apply to everyone else.", "emmanuel-macron", 1, "Emmanuel Macron", "no-ukraine-membership", "rejects", 1, "2022-02-07"),
 ("But I also said that we are ready to work on the concrete concerns Russia has raised, including transparency and limits on military exercises and new mechanisms of strategic stability.", "emmanuel-macron", 1, "Emmanuel Macron", "limit-military-exercises", "mentions", 1, "2022-02-07"),
 ("None of this can move forward while tens of thousands of troops remain on Ukraine's borders. De-escalation is the precondition for everything else.", "emmanuel-macron", 1, "Emmanuel Macron", "russia-de-escalation", "supports", 1, "2022-02-07"),
 ("Imagine that Ukraine is a NATO member and starts such an operation. Are we supposed to fight the NATO bloc?", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-07"),
 ("They keep telling us that NATO's door is open and that Russia has no say in the matter. Open to whom, and at whose expense? We have been hearing this for thirty years.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2022-02-07"),
 ("President Putin assured me of his readiness to engage in this process. I take note of that, and we will judge it by actions, not by words.", "emmanuel-macron", 1, "Emmanuel Macron", "", "", 1, "2022-02-07"),
 ("The Minsk agreements remain the only path that allows a sustainable political solution to be built in Donbas. I will say the same tomorrow in Kyiv to President Zelensky.", "emmanuel-macron", 1, "Emmanuel Macron", "", "", 1, "2022-02-07"),
 ("I think it is better to ask that question in Washington. We will carefully study the French proposals and will do everything to find compromises that suit everyone.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-07"),
]
L["nfp-2022-01-13-rau-osce-russia-demands"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The meeting followed talks between the US and Russia in Geneva on Monday and a session of the NATO-Russia Council in Brussels on Wednesday, all convened after Moscow in December published two draft treaties demanding, among other things, that NATO end its eastward expansion and withdraw forces from countries that joined the alliance after 1997 – including Poland.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The meeting followed talks between the US and Russia in Geneva on Monday and a session of the NATO-Russia Council in Brussels on Wednesday, all convened after Moscow in December published two draft treaties demanding, among other things, that NATO end its eastward expansion and withdraw forces from countries that joined the alliance after 1997 – including Poland.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The presence of allied troops on Polish soil is a result of Russia’s aggressive behaviour, not its cause. It is not something we are prepared to bargain over,", "zbigniew-rau", 1, "the minister", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("Russia’s permanent representative to the OSCE, Alexander Lukashevich, told the council that Moscow expected concrete answers to its proposals, not “an endless discussion”, and that the guarantees it sought had to be legally binding.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("If our proposals are not heard and there is no constructive answer within a reasonable time, we will have to draw our own conclusions,", "alexander-lukashevich", 1, "the Russian envoy", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Russia wants to go back to 1997 and turn our region into a grey zone. That is not going to happen, not in Geneva, not in Brussels and not in Vienna,", "marcin-przydacz", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Defence minister Mariusz Błaszczak wrote on Twitter that the American soldiers stationed in Poland were “a guarantee of our security” and that the government wanted their number to grow, not shrink.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "rollback-to-1997", "rejects", 0, ""),
 ("The Kremlin has written its wish list as if the Soviet Union still existed. Ukraine and Georgia have exactly the same right that Poland had in 1999 to choose where they belong,", "tomasz-zielonka", 1, "Tomasz Zielonka", "nato-open-door", "supports", 1, ""),
 ("The Kremlin has written its wish list as if the Soviet Union still existed. Ukraine and Georgia have exactly the same right that Poland had in 1999 to choose where they belong,", "tomasz-zielonka", 1, "Tomasz Zielonka", "no-ukraine-membership", "rejects", 1, ""),
 ("You cannot defend the eastern flank while fighting your allies every week,", "tomasz-zielonka", 1, "he", "", "", 1, ""),
]
L["aljazeera-2022-01-10-explainer-russia-demands-geneva"] = [
 ("In two draft documents published on December 17 – a treaty with the United States and an agreement with NATO – Moscow demanded that the alliance rule out any further enlargement, including to Ukraine, and withdraw forces and weapons deployed in countries that joined after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In two draft documents published on December 17 – a treaty with the United States and an agreement with NATO – Moscow demanded that the alliance rule out any further enlargement, including to Ukraine, and withdraw forces and weapons deployed in countries that joined after 1997.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("In two draft documents published on December 17 – a treaty with the United States and an agreement with NATO – Moscow demanded that the alliance rule out any further enlargement, including to Ukraine, and withdraw forces and weapons deployed in countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The diplomat said Moscow needed “ironclad, bulletproof, legally binding guarantees” and would not settle for a moratorium that could be lifted later.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the US was open to discussing the future deployment of intermediate-range missiles in Europe, provided any limits applied to both sides.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Moscow has put the parts it knows are unacceptable first and the parts that could be negotiated last. That is not how you write a proposal you expect to be signed,", "martin-saar", 1, "Martin Saar", "", "", 1, ""),
 ("Saar said no US administration could sign away NATO’s right to admit new members, whatever form the Russian request took.", "martin-saar", 1, "Saar", "nato-open-door", "mentions", 0, ""),
 ("The Kremlin is not bluffing about the written form. After 1990, nobody in Moscow will accept another promise made over dinner,", "dmitri-lyubarsky", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("prepared for the possibility that diplomacy fails", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-10"),
]
L["lrt-2022-01-28-nato-deputy-spokesperson-interview"] = [
 ("NATO’s relationship with Ukraine, and with Georgia, is a matter for the 30 Allies and for those two countries. It is not a matter for Russia.", "marta-lindqvist", 1, "Marta Lindqvist", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("NATO’s relationship with Ukraine, and with Georgia, is a matter for the 30 Allies and for those two countries. It is not a matter for Russia.", "marta-lindqvist", 1, "Marta Lindqvist", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Yes, it will stay. The battlegroups are defensive and proportionate, and they are there because of what Russia did in Crimea and in Donbas in 2014. There will be no first- and second-class Allies. Lithuania has exactly the same security guarantee under Article 5 as any other member of this Alliance.", "marta-lindqvist", 1, "Marta Lindqvist", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("We proposed to restore the military-to-military channels that Russia itself cut, so that our commanders can pick up the phone when there is an incident in the air or at sea.", "marta-lindqvist", 1, "Marta Lindqvist", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("And we are ready to talk about reciprocal transparency on exercises, and about risk reduction.", "marta-lindqvist", 1, "Marta Lindqvist", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("The question is not whether something is written on paper. Russia has signed many legally binding documents – the Helsinki Final Act, the Budapest Memorandum, the NATO-Russia Founding Act – and it has broken them.", "marta-lindqvist", 1, "Marta Lindqvist", "written-legal-guarantees", "rejects", 1, "2022-01-27"),
 ("A signature is worth very little while more than 100,000 troops are sitting on Ukraine’s border. What we need to see is de-escalation, now.", "marta-lindqvist", 1, "Marta Lindqvist", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Allies decided together to meet Russia, and they decided together what to answer. I will not comment on what individual ministers say in their national debates. Dialogue is not a concession, and it never has been.", "marta-lindqvist", 1, "Marta Lindqvist", "", "", 1, "2022-01-27"),
 ("Yes. It is Russia’s choice. The door to diplomacy is open, but it takes two to walk through it.", "marta-lindqvist", 1, "Marta Lindqvist", "", "", 1, "2022-01-27"),
]
L["rt-2022-01-28-lavrov-no-positive-answer"] = [
 ("The minister of foreign affairs of Russia Sergei Lavrov has declared on Friday, that in the answers of the USA and NATO on the Russian proposals about the security guarantees there is no positive reaction on the main question – the non-expansion of NATO to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the head of the Russian diplomacy", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the head of the Russian diplomacy", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("At the same time the minister has underlined, that Russia insists on the return of the military infrastructure of NATO to the configuration of the year 1997, when the Founding act Russia-NATO was signed.", "sergei-lavrov", 1, "the minister", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("We will demand from each capital the answer, why they do not carry out the commitments which were signed at the highest level", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("If it depends on Russia, there will be no war. We do not want wars", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-28"),
 ("In the Kremlin have informed, that in the telephone conversation with the president of France Emmanuel Macron on Friday Vladimir Putin has noted, that in the answers of the USA and NATO the principal Russian concerns were not considered, including the prevention of the expansion of NATO and the non-deployment of the strike weapons systems near the Russian borders.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("In the Kremlin have informed, that in the telephone conversation with the president of France Emmanuel Macron on Friday Vladimir Putin has noted, that in the answers of the USA and NATO the principal Russian concerns were not considered, including the prevention of the expansion of NATO and the non-deployment of the strike weapons systems near the Russian borders.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("the absence of the desire to hear Russia", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, ""),
 ("Washington must give the legally binding guarantees, and not the verbal promises like those which were given to Gorbachev", "leonid-slutsky", 1, "the deputy", "written-legal-guarantees", "supports", 1, ""),
]
L["civil-2021-12-18-bucharest-not-negotiable"] = [
 ("Georgian Foreign Minister David Zalkaliani said on Friday that NATO’s 2008 Bucharest Summit decision on Georgia’s future membership “remains in force”, after Moscow published draft security treaties with the United States and NATO calling on the Alliance to disavow it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2021-12-17"),
 ("Georgia's path to NATO is written into our Constitution, and it is the sovereign choice of the Georgian people. Nobody in Moscow or anywhere else will make that choice for us,", "david-zalkaliani", 1, "Zalkaliani", "no-ukraine-membership", "rejects", 1, "2021-12-17"),
 ("Georgia's path to NATO is written into our Constitution, and it is the sovereign choice of the Georgian people. Nobody in Moscow or anywhere else will make that choice for us,", "david-zalkaliani", 1, "Zalkaliani", "nato-open-door", "supports", 1, "2021-12-17"),
 ("According to the Russian Foreign Ministry, which released both texts on Friday, the draft treaty with the United States would also bar Washington from establishing military bases in former Soviet states that are not NATO members or developing bilateral military cooperation with them.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Russia's Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow on Friday that the Bucharest formula had to be \"disavowed\" by the Alliance, calling it \"a mine\" laid under European security.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("Our relationship with Georgia will be decided by the 30 Allies and Georgia, no one else.", "oana-lungescu", 1, "Oana Lungescu", "nato-open-door", "supports", 1, ""),
 ("Our relationship with Georgia will be decided by the 30 Allies and Georgia, no one else.", "oana-lungescu", 1, "Oana Lungescu", "no-ukraine-membership", "rejects", 1, ""),
 ("the decisions we took at the Bucharest Summit still stand.", "oana-lungescu", 1, "She", "rescind-bucharest-2008", "rejects", 1, ""),
 ("No decision about Georgia without Georgia. The Bucharest commitment was made by the Allies, and it is theirs to keep, not Moscow’s to cancel.", "salome-zourabichvili", 1, "Salome Zourabichvili", "rescind-bucharest-2008", "rejects", 1, "2021-12-18"),
 ("For a full day, while Moscow was deciding our future in its drafts, the Georgian Dream government said nothing. We expect the prime minister to speak in plain words, not hide behind press releases,", "tamar-gegechkori", 1, "she", "", "", 1, ""),
 ("Bucharest was a promise without a date, and that is exactly why Moscow wants it erased. As long as it stands, Russia cannot claim that the West has accepted a sphere of influence in the South Caucasus,", "levan-chkhaidze", 1, "Levan Chkhaidze", "rescind-bucharest-2008", "mentions", 1, ""),
]

write_gold(L, "articles-28", "gold-28")
