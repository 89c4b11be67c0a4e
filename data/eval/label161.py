#!/usr/bin/env python3
"""Writes the held-out gold of batch 161 (gold-161/*.nq) from the labels below.

Batch 161 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers saw of the crisis over Russia's demands for
"security guarantees" (December 2021 - February 2022), in seven forms:

- ap-2022-01-10-geneva-security-talks: AP wire copy from the Geneva talks, no
  front matter (date line and "GENEVA (AP) --" dateline), straight quotes,
  a quotation split by "she added", several speakers in one sentence, a
  narrator's summary of the 17 December drafts, an article of the draft quoted
  (not labelled), the 1997 Founding Act as background (not labelled), an
  invented analyst (Alison Marchetti).
- up-2022-01-13-grushko-nato-russia-council: Ukrainska Pravda, machine-
  translated English with front matter, „...“ quotes and "– X said",
  Grushko after the NATO-Russia Council (Wednesday), Stoltenberg, Nikolenko,
  Kuleba, Peskov; quotations split by "the diplomat stressed" / "he said";
  a quoted draft article and the 2008 Bucharest summit as background.
- mid-2022-01-10-ryabkov-briefing-geneva: Russian MFA transcript of Ryabkov's
  answers to media questions in Geneva, UTF-8 BOM and CRLF line ends, front
  matter, "Question (outlet):" and "Sergey Ryabkov:" speaker labels, « » quotes
  inside answers.
- france24-2022-01-13-borrell-interview: France 24 Q&A interview with Josep
  Borrell in Brest, no front matter ("Issued on:" line), questions labelled
  "FRANCE 24:", answers as dash paragraphs; a wrap-up with Rau at the OSCE
  Permanent Council, Lukashevich, Landsbergis (« » quotes) and Kuleba.
- state-2022-01-26-blinken-press-availability: State Department transcript of
  Blinken's press availability on the written answers, front matter,
  "SECRETARY BLINKEN:", "MR PRICE:" (moderator) and "QUESTION:" labels.
- abc-2022-01-27-live-written-responses: ABC News (US) live blog of 26-27
  January, no front matter ("Last Updated:" line), timestamped entries with
  crossheads, bylines, a photo caption and a READ MORE link line, curly and
  straight quotes; Zakharova, Aurescu, Kuleba, Lavrov, Peskov, Kirby,
  Stoltenberg, Psaki.
- economist-2022-02-03-what-russia-wants: The Economist analysis with front
  matter, section line and standfirst, history (Baker 1990, Founding Act 1997,
  Bucharest 2008, New START) that is not labelled, Putin on 1 February, and
  invented experts quoted with present-tense "says" (undated).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns", "core demands", "non-starters"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor ("Analysts said", "Some in Washington", "Western
  capitals", "Officials on both sides") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person, direct 0, evidence the same passage), undated when no
  day is given; when a Russian official himself states what Moscow wants, the
  label is the official's only; a narrator's sentence stating what Russia
  demanded is Russia's label;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped (Mr, Ms,
  Secretary, Foreign Minister ...);
- dates: the day the words were said, resolved against the publication date
  (for the live blog, against the entry's timestamp); "" when the text gives
  no day ("last week", present-tense "says").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["ap-2022-01-10-geneva-security-talks"] = [
 ("Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday without narrowing their differences over Moscow's troop buildup near Ukraine, with Russia insisting that the West guarantee Ukraine will never be admitted to NATO.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the U.S. delegation had told the Russian side it was open to discussing the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises, issues on which she said the two sides could \"find some common ground.\"", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the U.S. delegation had told the Russian side it was open to discussing the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises, issues on which she said the two sides could \"find some common ground.\"", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("We are not going to make decisions about Ukraine without Ukraine, about Europe without Europe,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We were clear about that in every hour of today's meeting.", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman said the Americans had also proposed restoring regular contacts between the two countries' militaries so that an accident in the air or at sea did not spiral into something worse.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The deputy foreign minister said Moscow also wanted U.S. warships and strategic bombers kept out of areas from which they could hit Russian territory, and saw no reason why Washington could not accept that \"if they are serious about stability.\"", "sergei-ryabkov", 1, "The deputy foreign minister", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Ryabkov dismissed Western warnings of an imminent invasion, saying there was \"no reason to fear some kind of escalation scenario,\" and said Russian troops would stay wherever the General Staff decided they should be on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("It published two draft documents on Dec. 17 that would, among other things, oblige NATO to halt any further expansion and to pull back forces from countries in Central and Eastern Europe that joined the alliance after 1997.", "russia", 0, "It", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("It published two draft documents on Dec. 17 that would, among other things, oblige NATO to halt any further expansion and to pull back forces from countries in Central and Eastern Europe that joined the alliance after 1997.", "russia", 0, "It", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg both said last week that the alliance would not abandon its policy of admitting any European country that meets its criteria.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg both said last week that the alliance would not abandon its policy of admitting any European country that meets its criteria.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("Nobody came to Geneva to sign anything; they came to see whether the other side would walk out,", "alison-marchetti", 1, "Alison Marchetti", "", "", 1, ""),
 ("Nobody walked out, and in this climate that counts as progress.", "alison-marchetti", 1, "Alison Marchetti", "", "", 1, ""),
 ("Marchetti said the American offers showed Washington was willing to revive arms control ideas that collapsed after the 2019 demise of the Intermediate-Range Nuclear Forces Treaty, but she said the Kremlin's demand for a halt to NATO enlargement would remain \"the rock this breaks on.\"", "alison-marchetti", 1, "Marchetti", "nato-non-expansion", "mentions", 0, ""),
 ("Marchetti said the American offers showed Washington was willing to revive arms control ideas that collapsed after the 2019 demise of the Intermediate-Range Nuclear Forces Treaty, but she said the Kremlin's demand for a halt to NATO enlargement would remain \"the rock this breaks on.\"", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("no decisions on Ukraine were taken without Ukraine.", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, ""),
]

W, T = "2022-01-12", "2022-01-13"
L["up-2022-01-13-grushko-nato-russia-council"] = [
 ("The deputy minister of foreign affairs of Russia Alexander Grushko on Wednesday after the session of the Council Russia-NATO in Brussels has declared, that the Russian Federation expects from NATO the refusal of the further expansion and the withdrawal of the forces from the territories of the countries which joined the alliance after 1997.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, W),
 ("The deputy minister of foreign affairs of Russia Alexander Grushko on Wednesday after the session of the Council Russia-NATO in Brussels has declared, that the Russian Federation expects from NATO the refusal of the further expansion and the withdrawal of the forces from the territories of the countries which joined the alliance after 1997.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, W),
 ("We told to the allies clearly: the policy of open doors is not a sacred cow, it must be revised, otherwise there will be no European security", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, W),
 ("According to him, Moscow also insists that the alliance stops the military exercises near the Russian borders and does not conduct any military activity in Ukraine, Georgia and other countries of the post-Soviet space.", "alexander-grushko", 1, "him", "limit-military-exercises", "supports", 0, W),
 ("According to him, Moscow also insists that the alliance stops the military exercises near the Russian borders and does not conduct any military activity in Ukraine, Georgia and other countries of the post-Soviet space.", "alexander-grushko", 1, "him", "no-military-activity-ex-soviet", "supports", 0, W),
 ("The decision of the Bucharest summit about Ukraine and Georgia must be disavowed,", "alexander-grushko", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, W),
 ("because exactly this decision opened the road to the crisis which we see today.", "alexander-grushko", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, W),
 ("If NATO is not ready to take into account our concerns,", "alexander-grushko", 1, "he", "", "", 1, W),
 ("we will answer with the military-technical means, and this is not a threat, this is the consequence.", "alexander-grushko", 1, "he", "", "", 1, W),
 ("There is no sense to restore the military channels with the alliance while NATO looks at Russia only as at the adversary.", "alexander-grushko", 1, "The Russian diplomat", "resume-military-dialogue", "rejects", 1, W),
 ("The general secretary of NATO Jens Stoltenberg on Wednesday declared, that the allies will not refuse the policy of open doors and will not create the members of the alliance of the first and second class, rejecting the demand about the withdrawal of the forces from the East flank.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, W),
 ("The general secretary of NATO Jens Stoltenberg on Wednesday declared, that the allies will not refuse the policy of open doors and will not create the members of the alliance of the first and second class, rejecting the demand about the withdrawal of the forces from the East flank.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, W),
 ("The allies are ready to discuss the reopening of the offices in Moscow and in Brussels and the use of the military lines of communication,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 1, W),
 ("The speaker of MFA of Ukraine Oleg Nikolenko on Thursday named the Russian demands about the refusal of Ukraine from the military cooperation with the West „the attempt to return Europe to the times of the spheres of influence and the Yalta conference“.", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-military-activity-ex-soviet", "rejects", 0, T),
 ("The speaker of MFA of Ukraine Oleg Nikolenko on Thursday named the Russian demands about the refusal of Ukraine from the military cooperation with the West „the attempt to return Europe to the times of the spheres of influence and the Yalta conference“.", "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("the attempt to return Europe to the times of the spheres of influence and the Yalta conference", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, T),
 ("Nobody in Moscow will decide, with whom Ukraine conducts the military trainings and from whom Ukraine receives the weapons", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 1, W),
 ("The press-secretary of the Kremlin Dmitry Peskov on Thursday declared that the movement of the Russian troops on the own territory is the sovereign right of Russia, and Russia will not withdraw them on the demand of the West.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, T),
]

R = ("sergei-ryabkov", 1, "Sergey Ryabkov")
L["mid-2022-01-10-ryabkov-briefing-geneva"] = [(ev,) + R + (dem, st, 1, D) for ev, dem, st in [
 ("Good evening, colleagues. We have just completed a long, difficult and very professional conversation with the American delegation headed by Deputy Secretary of State Wendy Sherman. I will briefly describe the results and then answer your questions.", "", ""),
 ("We explained to our American colleagues that it is absolutely necessary for us that NATO stops its movement to the east and that Ukraine and Georgia never become members of the alliance. Without this, there is no basis for moving forward.", "nato-non-expansion", "supports"),
 ("We explained to our American colleagues that it is absolutely necessary for us that NATO stops its movement to the east and that Ukraine and Georgia never become members of the alliance. Without this, there is no basis for moving forward.", "no-ukraine-membership", "supports"),
 ("We also said that we need legally binding guarantees, written on paper and signed, not a moratorium and not political declarations that can be revised tomorrow by another administration.", "written-legal-guarantees", "supports"),
 ("For us the non-deployment of ground-based intermediate- and shorter-range missiles in places from where they can reach the territory of the other side is a necessary element, and we want it fixed together with the rest, as a package.", "no-intermediate-range-missiles", "supports"),
 ("We do not accept the thesis that the so-called «open-door policy» is something sacred. It is a doctrine of the alliance, not a norm of international law, and the alliance can abandon it at any moment if there is political will.", "nato-open-door", "rejects"),
 ("We are against any preconditions. Dialogue must be conducted without preconditions and without ultimatums, and we expect exactly the same approach from the other side.", "no-preconditions", "supports"),
 ("As for our troops, they are on our own territory, and we will not take any steps to withdraw them simply because someone in Washington or in Brussels demands it.", "russia-de-escalation", "rejects"),
 ("We have no intention to attack Ukraine. There is no reason to fear some kind of escalation scenario. I have said this many times and I repeat it today.", "", ""),
 ("Today the conversation was with the United States, and the NATO topics will be discussed in Brussels on Wednesday. But the configuration that existed in 1997 remains the reference point for us, and we will insist that the infrastructure created since then on the territory of the new members be removed.", "rollback-to-1997", "supports"),
 ("We want that American warships and heavy bombers do not appear in areas from which they can strike targets on Russian territory. We are ready to take mirror obligations on our side, this is a reciprocal approach.", "no-warships-aircraft-in-strike-range", "supports"),
 ("There is no agreement on that yet. Everything will depend on the results of Brussels and Vienna and on what the leadership of the country decides.", "", ""),
 ("I want to stress once again: the Russian side came to Geneva with a constructive attitude, we are not interested in a breakdown of this process.", "", ""),
 ("Yes. The intensity and the scale of exercises of NATO near our borders must be reduced, and we are ready to discuss mutual restrictions in the zones of contact. This is also part of our proposals.", "limit-military-exercises", "supports"),
]]

B = ("josep-borrell", 1, "Josep Borrell")
L["france24-2022-01-13-borrell-interview"] = [(ev,) + B + (dem, st, 1, T) for ev, dem, st in [
 ("The European Union is not a spectator, and it will not be one. Security in Europe cannot be negotiated between two powers over the heads of the Europeans, as if we were back in 1945 at Yalta.", "", ""),
 ("I have spoken with Secretary Blinken several times this week, and we coordinate at every step. Nothing will be agreed about European security without the Europeans.", "", ""),
 ("No. Withdrawing allied forces from the countries that joined after 1997 would turn Poland or the Baltic states into second-class members. This is simply unacceptable, and I do not know a single member state that would accept it.", "rollback-to-1997", "rejects"),
 ("It is for Ukraine and for the allies to decide, nobody else. No third country can have a veto on the sovereign choices of a sovereign country.", "nato-open-door", "supports"),
 ("It is for Ukraine and for the allies to decide, nobody else. No third country can have a veto on the sovereign choices of a sovereign country.", "no-ukraine-membership", "rejects"),
 ("We are ready to discuss confidence-building measures, transparency and limits on military exercises, risk reduction. These are legitimate subjects, and we have been discussing them in the OSCE for many years.", "limit-military-exercises", "mentions"),
 ("Offensive weapons near borders are also a subject we can put on the table, in a reciprocal way, together with the Russian Iskanders in Kaliningrad and the Russian troops now arriving in Belarus.", "no-strike-weapons-near-borders", "mentions"),
 ("But dialogue cannot take place with a gun on the table. Russia must first pull back its troops from the border of Ukraine, and then we can talk seriously.", "russia-de-escalation", "supports"),
 ("But dialogue cannot take place with a gun on the table. Russia must first pull back its troops from the border of Ukraine, and then we can talk seriously.", "no-preconditions", "rejects"),
 ("Then the response will be massive, coordinated with our partners, and it will have a very high cost for the Russian economy. We have been preparing for that, and ministers today have been very united on this point.", "", ""),
 ("I have not seen division today. I have seen 27 ministers saying the same thing in slightly different accents.", "", ""),
]] + [
 ("In Vienna on Thursday, Polish Foreign Minister Zbigniew Rau, who holds the rotating OSCE chairmanship this year, told the organisation's Permanent Council that Europe faced the greatest risk of war in thirty years and offered to host a renewed dialogue in which both the right of states to choose their alliances and Moscow's concept of \"indivisible security\" could be discussed.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-open-door", "mentions", 0, T),
 ("Lithuania's Foreign Minister Gabrielius Landsbergis, arriving in Brest, said Vilnius would not accept any limits on allied drills on Lithuanian territory.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, T),
 ("Exercises on NATO soil are not a bargaining chip with Moscow,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, T),
 ("Deterrence only works if Moscow believes the price is real and immediate,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, T),
]

Z = "2022-01-26"
K = ("antony-blinken", 1, "Blinken")
L["state-2022-01-26-blinken-press-availability"] = [(ev,) + K + (dem, st, 1, Z) for ev, dem, st in [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own response in parallel, and the two documents are fully coordinated.", "", ""),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It addresses the concerns that Russia has raised, and it addresses our concerns and those of our allies and partners.", "", ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "nato-open-door", "supports"),
 ("We also lay out areas where we believe progress is possible: confidence-building measures regarding military exercises and maneuvers in Europe, arms control measures covering intermediate-range missiles, and conditions-based reciprocal commitments on offensive weapons systems near each other's borders.", "limit-military-exercises", "mentions"),
 ("We also lay out areas where we believe progress is possible: confidence-building measures regarding military exercises and maneuvers in Europe, arms control measures covering intermediate-range missiles, and conditions-based reciprocal commitments on offensive weapons systems near each other's borders.", "no-intermediate-range-missiles", "mentions"),
 ("We also lay out areas where we believe progress is possible: confidence-building measures regarding military exercises and maneuvers in Europe, arms control measures covering intermediate-range missiles, and conditions-based reciprocal commitments on offensive weapons systems near each other's borders.", "no-strike-weapons-near-borders", "mentions"),
 ("Russia can choose diplomacy. But it has to de-escalate and pull back the forces it has massed along Ukraine's borders, so that diplomacy has a real chance.", "russia-de-escalation", "supports"),
 ("We're not making the document public, because we think that diplomacy has the best chance to succeed if we provide space for confidential talks. We expect that Russia will take the same view.", "", ""),
 ("But I can tell you this: we do not accept, and we will not sign, any pledge that NATO stops enlarging. That is a decision for the Alliance and for the countries that aspire to join it, not for Moscow.", "nato-non-expansion", "rejects"),
 ("But I can tell you this: we do not accept, and we will not sign, any pledge that NATO stops enlarging. That is a decision for the Alliance and for the countries that aspire to join it, not for Moscow.", "nato-open-door", "supports"),
 ("On the question of forces deployed in allied countries since 1997, the answer is no. We're not going to pull back American forces from NATO's eastern flank; if anything, we are prepared to reinforce it.", "rollback-to-1997", "rejects"),
 ("On bombers and ships, we've said we are ready to talk about reciprocal transparency and risk reduction around those flights and deployments. That's the kind of thing reasonable people can work out.", "no-warships-aircraft-in-strike-range", "mentions"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the response and is ready to discuss next steps.", "", ""),
 ("We've also proposed reestablishing regular channels between our militaries, and between NATO and Russia, because miscommunication is the most dangerous thing in a situation like this one.", "resume-military-dialogue", "supports"),
 ("And look, I can't tell you what President Putin will decide. What I can tell you is that the door to diplomacy is open, and it is up to Moscow whether it walks through it. We are ready either way.", "", ""),
]]

U = "2022-01-27"
L["abc-2022-01-27-live-written-responses"] = [
 ("NATO must stop the military development of Ukraine’s territory, and this is not a subject for bargaining,", "maria-zakharova", 1, "Zakharova", "no-military-activity-ex-soviet", "supports", 1, U),
 ("Romania will not accept any arrangement under which Moscow decides which missiles may be stationed on allied soil,", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-intermediate-range-missiles", "rejects", 1, U),
 ("Ukrainian Foreign Minister Dmytro Kuleba said Thursday that Kyiv had seen the U.S. response before it was delivered and welcomed the fact that it contained nothing to satisfy Moscow's demand that Ukraine be barred from NATO forever.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, U),
 ("Ukrainian Foreign Minister Dmytro Kuleba said Thursday that Kyiv had seen the U.S. response before it was delivered and welcomed the fact that it contained nothing to satisfy Moscow's demand that Ukraine be barred from NATO forever.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We are satisfied. There is not a single word in it that would close NATO’s door to Ukraine,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, U),
 ("We are satisfied. There is not a single word in it that would close NATO’s door to Ukraine,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, U),
 ("Now the important thing is that diplomacy continues and that the sanctions are ready.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, U),
 ("Russian Foreign Minister Sergei Lavrov said Thursday that the U.S. response offered \"grounds for a serious conversation\" only on secondary issues, and that there was \"no positive response\" on the main one: NATO's further expansion to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, U),
 ("We will insist on the return of NATO’s military infrastructure to the configuration of 1997,", "sergei-lavrov", 1, "he", "rollback-to-1997", "supports", 1, U),
 ("It cannot be said that our concerns were taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, U),
 ("What we need are legally binding guarantees, not letters.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, U),
 ("Pentagon press secretary John Kirby said Wednesday that U.S. Navy ships and Air Force planes would keep operating in the Black Sea and over international waters \"as we always have,\" brushing aside Moscow's call for them to stay out of striking range of Russia.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, Z),
 ("Pentagon press secretary John Kirby said Wednesday that U.S. Navy ships and Air Force planes would keep operating in the Black Sea and over international waters \"as we always have,\" brushing aside Moscow's call for them to stay out of striking range of Russia.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We're not going to be told by anybody where we can sail or fly in accordance with international law,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, Z),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, Z),
 ("He said NATO's document also rejected Moscow's call to revoke the 2008 Bucharest decision that Ukraine and Georgia would one day become members, saying allies \"stand by\" it.", "jens-stoltenberg", 1, "He", "rescind-bucharest-2008", "rejects", 0, Z),
 ("He said NATO's document also rejected Moscow's call to revoke the 2008 Bucharest decision that Ukraine and Georgia would one day become members, saying allies \"stand by\" it.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("That NATO can no longer admit new members is something we will never agree to,", "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 1, Z),
 ("That NATO can no longer admit new members is something we will never agree to,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, Z),
 ("Now the ball is in their court, and we will see what choice President Putin makes,", "jen-psaki", 1, "she", "", "", 1, Z),
]

LQ = "What is on the table is a legally binding promise that NATO stops growing and never takes in Ukraine, a pull-back of allied forces to where they stood in 1997, and a NATO-free zone across the former Soviet Union,"
LS = "Western capitals want Russia to pull its troops back first, while Moscow insists on talks without preconditions, notes Mr Lindqvist."
OK2 = "No American administration should sign away, in a document ratified by the Senate, the right of other nations to choose their alliances."
PS = "Speaking after talks with Viktor Orban, Hungary's prime minister, he complained that America and NATO had ignored his insistence that no strike weapons be placed near Russia's borders and that the alliance stop expanding."
L["economist-2022-02-03-what-russia-wants"] = [
 (PS, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PS, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 (LQ, "tobias-lindqvist", 1, "Tobias Lindqvist", "written-legal-guarantees", "mentions", 1, ""),
 (LQ, "tobias-lindqvist", 1, "Tobias Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 (LQ, "tobias-lindqvist", 1, "Tobias Lindqvist", "no-ukraine-membership", "mentions", 1, ""),
 (LQ, "tobias-lindqvist", 1, "Tobias Lindqvist", "rollback-to-1997", "mentions", 1, ""),
 (LQ, "tobias-lindqvist", 1, "Tobias Lindqvist", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (LS, "tobias-lindqvist", 1, "Lindqvist", "russia-de-escalation", "mentions", 0, ""),
 (LS, "tobias-lindqvist", 1, "Lindqvist", "no-preconditions", "mentions", 0, ""),
 (LS, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("If Moscow gets a say in where Patriot batteries stand in Poland, then Poland is not really sovereign,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("We did not leave one bloc in order to be neutralised by another.", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "", "", 1, ""),
 ("A binding treaty is the wrong currency,", "daniel-okafor", 1, "Daniel Okafor", "written-legal-guarantees", "rejects", 1, ""),
 (OK2, "daniel-okafor", 1, "Daniel Okafor", "written-legal-guarantees", "rejects", 1, ""),
 (OK2, "daniel-okafor", 1, "Daniel Okafor", "nato-open-door", "supports", 1, ""),
 ("Revoking the Bucharest declaration is the item Western diplomats discuss least, because nobody in Brussels knows how to say no to it politely,", "iryna-voloshyna", 1, "Iryna Voloshyna", "rescind-bucharest-2008", "mentions", 1, ""),
]

write_gold(L, "articles-161", "gold-161")
