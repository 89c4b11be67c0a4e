#!/usr/bin/env python3
"""Writes the 160th held-out gold (gold-160/*.nq) from the labels below.

Batch 160 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw of the December 2021 -
February 2022 crisis over Russia's "security guarantees":

- bloomberg-2022-01-10-ryabkov-geneva-impasse: Bloomberg wire copy after the
  Geneva talks, front matter, straight quotes, bullet standfirst, byline
  block and terminal junk; Ryabkov and Sherman, an invented analyst.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO's own transcript of
  Stoltenberg's press conference after the NATO-Russia Council, front
  matter, speaker labels, a moderator and journalists' questions.
- izvestia-2022-01-17-grushko-interview: machine-translated Izvestia Q&A
  interview with Grushko, UTF-8 BOM and CRLF line ends, no front matter,
  « » and „ “ quotes, answers opened by a dash, an aggregator tail on Peskov.
- rferl-2022-01-13-osce-vienna-dead-end: RFE/RL wire story on the OSCE
  Permanent Council, no front matter, curly quotes, passive attribution,
  a transliteration variant (Aleksandr Lukashevich), an invented analyst.
- pentagon-2022-01-27-kirby-briefing: Pentagon briefing transcript (upper-
  case speaker labels, "Q:" questions), no front matter.
- cnn-2022-01-26-us-written-response-live: CNN live blog of the day the
  written answers were delivered, timestamped entries, curly quotes and
  apostrophes, two speakers in one sentence.
- lefigaro-2022-01-28-what-moscow-really-wants: Le Figaro (English) analysis
  quoting invented experts, « » quotes with the comma outside, history
  (Bucharest 2008, Founding Act 1997) that must not be labelled.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

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
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; a senior State Department
  official -> us-state-department; speaker name = the words naming the
  speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["bloomberg-2022-01-10-ryabkov-geneva-impasse"] = [
 ("Russia and the U.S. failed to narrow their differences over Moscow's demands for security guarantees in Europe after almost eight hours of talks in Geneva on Monday, with Deputy Foreign Minister Sergei Ryabkov insisting that NATO must stop expanding toward Russia's borders.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("The conversation was difficult, long, very professional, deep and concrete,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("But we have not seen any readiness on the American side to accommodate our core interests.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("For Moscow, he said, it is \"absolutely mandatory\" that Ukraine \"never, never, ever\" becomes a member of the alliance.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said Moscow also wanted a U.S. pledge not to station intermediate-range missiles in Europe within reach of Russian territory, but that any deal on missiles could not replace a guarantee on NATO enlargement.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("Ryabkov said Moscow also wanted a U.S. pledge not to station intermediate-range missiles in Europe within reach of Russian territory, but that any deal on missiles could not replace a guarantee on NATO enlargement.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Asked about the troop buildup near Ukraine, the deputy minister dismissed Western calls for a pullback, saying Russian forces were on Russian territory and that Moscow had \"no intention\" of attacking anyone.", "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("He said Russia had come to Geneva without preconditions and expected Washington to do the same.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Nor will we forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("The U.S. was prepared to discuss the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, as long as any steps were reciprocal, Sherman said, and she urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The U.S. was prepared to discuss the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, as long as any steps were reciprocal, Sherman said, and she urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The U.S. was prepared to discuss the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, as long as any steps were reciprocal, Sherman said, and she urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We will keep talking, but we are not going to negotiate about Ukraine without Ukraine,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("Moscow has put a maximalist wish list on the table, and it is now waiting to see who blinks first,", "tatiana-voronkova", 1, "Tatiana Voronkova", "", "", 1, ""),
 ("The Russian drafts would bar the alliance from any military activity in Ukraine, Georgia and Central Asia and oblige it to pull forces out of the members that joined after 1997, Voronkova noted.", "tatiana-voronkova", 1, "Voronkova", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("The Russian drafts would bar the alliance from any military activity in Ukraine, Georgia and Central Asia and oblige it to pull forces out of the members that joined after 1997, Voronkova noted.", "tatiana-voronkova", 1, "Voronkova", "rollback-to-1997", "mentions", 0, ""),
 ("The Americans will keep asking for a pullback and the Russians will keep saying the troops are on their own soil,", "tatiana-voronkova", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("That conversation can go on for months.", "tatiana-voronkova", 1, "she", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council, the first in more than two years. I thank Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin for coming to Brussels. It was not an easy discussion, but that is exactly why such meetings matter.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies and Russia expressed their views openly. There are significant differences between us, and they will not be easy to bridge. We had a serious and direct exchange on NATO enlargement and on the presence of Allied forces in the countries that joined the Alliance after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "mentions", 1, "2022-01-12"),
 ("NATO Allies and Russia expressed their views openly. There are significant differences between us, and they will not be easy to bridge. We had a serious and direct exchange on NATO enlargement and on the presence of Allied forces in the countries that joined the Alliance after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("Allies were clear. We will not compromise on core principles. Every nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto. Nor will we give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies were clear. We will not compromise on core principles. Every nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto. Nor will we give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Allies were clear. We will not compromise on core principles. Every nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto. Nor will we give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to talk. We proposed a series of meetings, in the NATO-Russia Council and in other formats, to address arms control and disarmament, including on missiles, and greater transparency on military exercises and risk reduction. We also proposed to re-establish our respective offices in Moscow and in Brussels and to restore the channels of military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to talk. We proposed a series of meetings, in the NATO-Russia Council and in other formats, to address arms control and disarmament, including on missiles, and greater transparency on military exercises and risk reduction. We also proposed to re-establish our respective offices in Moscow and in Brussels and to restore the channels of military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to talk. We proposed a series of meetings, in the NATO-Russia Council and in other formats, to address arms control and disarmament, including on missiles, and greater transparency on military exercises and risk reduction. We also proposed to re-establish our respective offices in Moscow and in Brussels and to restore the channels of military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("The Russian representatives were not in a position to agree to that today. They said they needed time to come back to us. I regret that, but it is a positive sign that all Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There is a real risk for a new armed conflict in Europe. Russia has amassed tens of thousands of troops, heavy equipment and combat-ready forces along Ukraine's borders. We call on Russia to de-escalate, to pull back its forces, and to engage in good faith in diplomacy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The decision we took in Bucharest stands. We are not going to revisit it, and no one outside the Alliance can ask us to take it back. Ukraine and Georgia are highly valued partners.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("On the date: no, we did not agree on a date. Allies are ready to meet again soon, and I hope Russia will be ready too.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO ships and planes operate in international waters and international airspace, in full compliance with international law, and they will continue to do so. We are a defensive Alliance. What we can discuss is how to reduce the risk of incidents, and that is what we offered today.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("NATO has no plans to deploy combat troops to Ukraine; Ukraine is a partner, not an Ally. But Allies will continue to support Ukraine, with training and with equipment, as they have done for years. That is a decision for Allies and for Ukraine, not for Moscow.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
]
L["izvestia-2022-01-17-grushko-interview"] = [
 ("The conversation was frank, direct, deep. But on the main thing — the non-expansion of NATO — we heard again the same mantra about „open doors“, which for us is absolutely unacceptable. For us this is the principal question. Without the legally binding guarantees of non-expansion the conversation about the other subjects loses sense.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-17"),
 ("The conversation was frank, direct, deep. But on the main thing — the non-expansion of NATO — we heard again the same mantra about „open doors“, which for us is absolutely unacceptable. For us this is the principal question. Without the legally binding guarantees of non-expansion the conversation about the other subjects loses sense.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-17"),
 ("The conversation was frank, direct, deep. But on the main thing — the non-expansion of NATO — we heard again the same mantra about „open doors“, which for us is absolutely unacceptable. For us this is the principal question. Without the legally binding guarantees of non-expansion the conversation about the other subjects loses sense.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-17"),
 ("We do not refuse to talk about the missiles of medium and shorter range, about the measures of trust. But these are the subjects which the alliance itself took from our package because they are convenient for it. We insist that the exercises near our borders be reduced in scale and be moved away from the line of contact, and this must be fixed on paper, not in the good wishes.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "mentions", 1, "2022-01-17"),
 ("We do not refuse to talk about the missiles of medium and shorter range, about the measures of trust. But these are the subjects which the alliance itself took from our package because they are convenient for it. We insist that the exercises near our borders be reduced in scale and be moved away from the line of contact, and this must be fixed on paper, not in the good wishes.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-17"),
 ("We do not refuse to talk about the missiles of medium and shorter range, about the measures of trust. But these are the subjects which the alliance itself took from our package because they are convenient for it. We insist that the exercises near our borders be reduced in scale and be moved away from the line of contact, and this must be fixed on paper, not in the good wishes.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-17"),
 ("The Bucharest formula of 2008, that Ukraine and Georgia „will become members of NATO“, is a time bomb under the European security. It must be revoked, officially and without the ambiguities. Otherwise all the talk about the indivisible security is empty.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-17"),
 ("Today we do not see the basis for that. NATO itself broke off all the military contacts in 2014 and itself closed our mission last autumn. To restore the dialogue between the militaries while the alliance is drawing its infrastructure to our borders — this would be the cosmetics, and we will not take part in it.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-17"),
 ("We expect the answer on each point. In particular, about the non-deployment of the shock weapon systems near our borders, about the aircraft and the ships which enter the zones from which they can strike on the Russian territory. If there will be no answer, we will take the military-technical measures.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-17"),
 ("We expect the answer on each point. In particular, about the non-deployment of the shock weapon systems near our borders, about the aircraft and the ships which enter the zones from which they can strike on the Russian territory. If there will be no answer, we will take the military-technical measures.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-17"),
 ("Russia moves the troops on its own territory, and no one will dictate to us where they must stand. The de-escalation is needed from the side of NATO, which conducts the exercises with Kiev and pumps Ukraine with the weapons and the instructors.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-17"),
 ("Russia moves the troops on its own territory, and no one will dictate to us where they must stand. The de-escalation is needed from the side of NATO, which conducts the exercises with Kiev and pumps Ukraine with the weapons and the instructors.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-17"),
 ("We are not slamming the door. But the talks for the sake of the talks are not interesting to us, the time of the endless consultations has passed.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-17"),
 ("does not see the reasons for the optimism", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-13"),
 ("According to him, the security guarantees must have «the legally binding character», otherwise they will not be worth the paper on which they are written.", "dmitry-peskov", 1, "him", "written-legal-guarantees", "supports", 0, "2022-01-13"),
]
L["rferl-2022-01-13-osce-vienna-dead-end"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE was ready to serve as a platform for discussing proposals on military exercises and on restoring contacts between the armed forces of Russia and the West, building on the confidence-building measures of the Vienna Document.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Rau said the OSCE was ready to serve as a platform for discussing proposals on military exercises and on restoring contacts between the armed forces of Russia and the West, building on the confidence-building measures of the Vienna Document.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("Speaking to reporters afterward, the Polish minister dismissed Moscow's demand that NATO withdraw forces from the countries that joined the alliance after 1997, saying Poland's security was “not a bargaining chip.”", "zbigniew-rau", 1, "the Polish minister", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Speaking to reporters afterward, the Polish minister dismissed Moscow's demand that NATO withdraw forces from the countries that joined the alliance after 1997, saying Poland's security was “not a bargaining chip.”", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "Aleksandr Lukashevich", "", "", 1, "2022-01-13"),
 ("What we need is a legally binding commitment, not a declaration of intent,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("A halt to NATO's eastward expansion and a ban on strike weapons in Ukraine and Russia's other neighbors were described by the Russian envoy as “absolute priorities” for Moscow.", "alexander-lukashevich", 1, "the Russian envoy", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("A halt to NATO's eastward expansion and a ban on strike weapons in Ukraine and Russia's other neighbors were described by the Russian envoy as “absolute priorities” for Moscow.", "alexander-lukashevich", 1, "the Russian envoy", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("The United States says a ban on Ukraine joining NATO is out of the question, and for us that is a dead end,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("I don't want to confirm anything, nor will I exclude anything.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("You cannot have a normal negotiation while 100,000 soldiers are standing at the border. Russia has to pull them back first, and only then can we talk about anything else,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("You cannot have a normal negotiation while 100,000 soldiers are standing at the border. Russia has to pull them back first, and only then can we talk about anything else,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("nothing about Ukraine will be decided without Ukraine, and our partners have confirmed this to us at every step.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-13"),
 ("Whether NATO ships and aircraft can operate near Crimea is exactly the kind of question that could be negotiated, if both sides wanted to,", "olena-hrytsenko", 1, "Olena Hrytsenko", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("But nobody in Kyiv will accept a deal in which Russia keeps its troops on our border and the West simply promises to behave,", "olena-hrytsenko", 1, "she", "russia-de-escalation", "supports", 1, ""),
]
L["pentagon-2022-01-27-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top and then we'll get right to your questions.", "john-kirby", 1, "John F. Kirby", "", "", 1, "2022-01-27"),
 ("As you know, yesterday Ambassador Sullivan delivered the United States' written response to the Russian government in Moscow. I'm not going to detail what's in it; the State Department has spoken to that, and we believe diplomacy deserves some space right now. But I can tell you that the department's views were fully reflected in that document.", "john-kirby", 1, "John F. Kirby", "", "", 1, "2022-01-27"),
 ("What I can say is that we remain prepared to discuss with Russia reciprocal transparency measures regarding offensive weapons systems and force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We would also welcome the restoration of regular military-to-military channels with the Russian Ministry of Defense, because the risk of miscalculation in a situation like this is real.", "john-kirby", 1, "John F. Kirby", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 ("What I can say is that we remain prepared to discuss with Russia reciprocal transparency measures regarding offensive weapons systems and force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We would also welcome the restoration of regular military-to-military channels with the Russian Ministry of Defense, because the risk of miscalculation in a situation like this is real.", "john-kirby", 1, "John F. Kirby", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("What I can say is that we remain prepared to discuss with Russia reciprocal transparency measures regarding offensive weapons systems and force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We would also welcome the restoration of regular military-to-military channels with the Russian Ministry of Defense, because the risk of miscalculation in a situation like this is real.", "john-kirby", 1, "John F. Kirby", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("Meanwhile, Russia continues to add forces. We've seen additional battalion tactical groups arrive in Belarus and in the Western Military District in just the last 24 hours. The best thing Mr. Putin can do is to de-escalate, to pull those forces back, and to choose the diplomatic path. And with that, we'll take questions.", "john-kirby", 1, "John F. Kirby", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("No. We're going to continue to fly, sail and operate wherever international law allows, in the Black Sea, in the Baltic, anywhere. That's not going to change because Moscow doesn't like it.", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("That said, the Incidents at Sea Agreement has been around since 1972, it still works, and we'd like to see both navies stick to it.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-27"),
 ("No decisions have been made about deploying them. And let me be clear: if we do send them, they go to reassure our allies on NATO's eastern flank. We're not going to ask anybody in Moscow for permission to defend our allies, and we are certainly not going to pull forces out of countries that joined the alliance after 1997.", "john-kirby", 1, "Kirby", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("We're not going to stop exercising with our allies and partners. Exercises are how we stay ready. If there are reciprocal transparency steps on exercises that both sides can take, that's the kind of thing that can be worked out at the table, but a unilateral halt is not on offer.", "john-kirby", 1, "Kirby", "limit-military-exercises", "rejects", 1, "2022-01-27"),
 ("We're going to continue to provide security assistance to Ukraine. It is defensive assistance, and Ukraine has every right to defend itself. Nobody should see that as a threat, and nobody in Moscow gets a say over it.", "john-kirby", 1, "Kirby", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("I don't have any calls to announce or to read out today.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-27"),
 ("I'm not going to get into hypotheticals or timelines. We're planning for a range of contingencies, as you'd expect us to, and we're going to stay in close touch with our allies and partners. Thanks, everybody.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-27"),
]
L["cnn-2022-01-26-us-written-response-live"] = [
 ("Ukrainian Foreign Minister Dmytro Kuleba and his Georgian counterpart David Zalkaliani both said on Wednesday that no third country could veto their nations’ path toward NATO membership.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Ukrainian Foreign Minister Dmytro Kuleba and his Georgian counterpart David Zalkaliani both said on Wednesday that no third country could veto their nations’ path toward NATO membership.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Ukrainian Foreign Minister Dmytro Kuleba and his Georgian counterpart David Zalkaliani both said on Wednesday that no third country could veto their nations’ path toward NATO membership.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Ukrainian Foreign Minister Dmytro Kuleba and his Georgian counterpart David Zalkaliani both said on Wednesday that no third country could veto their nations’ path toward NATO membership.", "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("It is important that the US position remains firm: no concessions to Russia at the expense of Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Asked whether the response closed the door to Moscow’s demand that Ukraine never be admitted to NATO, the secretary was blunt: “There is no change, there will be no change.”", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change, there will be no change.", "antony-blinken", 1, "the secretary", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change, there will be no change.", "antony-blinken", 1, "the secretary", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We’re not going to negotiate in public,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("This is not a treaty text, and we are not going to negotiate a treaty on Russia’s terms,", "ned-price", 1, "Price", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("A senior State Department official told CNN on Wednesday that the response contained no commitment to halt NATO’s enlargement, but laid out areas where the two sides “could make real progress” in the coming weeks.", "us-state-department", 0, "A senior State Department official", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("We cannot compromise on the principles on which the security of our alliance, and security in Europe and North America, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He said a “moratorium” on Ukraine’s entry into NATO, floated by some Western commentators, would not satisfy Russia, which needed legally binding guarantees that Ukraine would never join the alliance.", "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("He said a “moratorium” on Ukraine’s entry into NATO, floated by some Western commentators, would not satisfy Russia, which needed legally binding guarantees that Ukraine would never join the alliance.", "sergei-lavrov", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-26"),
 ("If we do not receive a constructive answer, and the West continues its aggressive line, Moscow will take the appropriate retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-26"),
 ("We will not rush to conclusions, and no one should expect quick results,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-26"),
 ("Russia moves its troops across its own territory, and that is nobody’s business but ours.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-26"),
 ("If he were to move in with all those forces, it would be the largest invasion since World War II,", "joe-biden", 1, "Biden", "", "", 1, "2022-01-25"),
]
L["lefigaro-2022-01-28-what-moscow-really-wants"] = [
 ("According to the Russian account of a telephone call with Emmanuel Macron, Vladimir Putin told the French president that the American and NATO answers had ignored Russia's fundamental concerns, namely stopping NATO's expansion, not deploying strike weapons near Russia's borders and returning the alliance's military infrastructure in Europe to its 1997 positions.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("According to the Russian account of a telephone call with Emmanuel Macron, Vladimir Putin told the French president that the American and NATO answers had ignored Russia's fundamental concerns, namely stopping NATO's expansion, not deploying strike weapons near Russia's borders and returning the alliance's military infrastructure in Europe to its 1997 positions.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("According to the Russian account of a telephone call with Emmanuel Macron, Vladimir Putin told the French president that the American and NATO answers had ignored Russia's fundamental concerns, namely stopping NATO's expansion, not deploying strike weapons near Russia's borders and returning the alliance's military infrastructure in Europe to its 1997 positions.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("Macron, according to his office, insisted on the need for a de-escalation on the ground and on respect for the sovereignty of Ukraine.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("There is no positive reaction on the main question. The main question is our clear position on the unacceptability of NATO's further expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("There is no positive reaction on the main question. The main question is our clear position on the unacceptability of NATO's further expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the foreign minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("If it depends on Russia, there will be no war", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("In the same interview, Lavrov dismissed the Western insistence on the « open door », arguing that the freedom to choose alliances could not be exercised at the expense of Russia's security.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("The Russians are asking for something that no Western government can legally give: a treaty, ratified by the US Senate, saying that NATO will never take in another member. Even if Joe Biden wanted to, he could not deliver it", "marc-antoine-lefevre", 1, "Marc-Antoine Lefèvre", "written-legal-guarantees", "mentions", 1, ""),
 ("The Russians are asking for something that no Western government can legally give: a treaty, ratified by the US Senate, saying that NATO will never take in another member. Even if Joe Biden wanted to, he could not deliver it", "marc-antoine-lefevre", 1, "Marc-Antoine Lefèvre", "nato-non-expansion", "mentions", 1, ""),
 ("Both sides say they want to talk without preconditions, and both sides have preconditions", "marc-antoine-lefevre", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("Nobody in Paris or Berlin expects Ukraine to join NATO in the next ten years. The question is whether anyone can afford to say so out loud", "ines-kervran", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Whether the Bucharest declaration can be reinterpreted rather than annulled is the question diplomats will be asking themselves in the coming weeks.", "ines-kervran", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Article 10 of the Washington Treaty opens the door, but nothing in it obliges the allies to say yes to anyone", "ines-kervran", 1, "Kervran", "nato-open-door", "mentions", 1, ""),
 ("On Tuesday, Foreign Minister Jean-Yves Le Drian told the National Assembly that France was ready to discuss arms control and the transparency of military exercises with Moscow.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "limit-military-exercises", "mentions", 0, "2022-01-25"),
 ("But the freedom of each State to choose its alliances is not negotiable", "jean-yves-le-drian", 1, "he", "nato-open-door", "supports", 1, "2022-01-25"),
 ("Poland will never accept a deal that decides, over our heads, which missiles the alliance may station on our territory", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 1, "2022-01-26"),
 ("If our allies want to station long-range weapons in Latvia to defend us, that is our sovereign business, not the Kremlin's.", "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
]

write_gold(L, "articles-160", "gold-160")
