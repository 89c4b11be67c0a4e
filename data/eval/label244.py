#!/usr/bin/env python3
"""Writes the held-out gold of batch 244 (gold-244/*.nq) from the labels below.

Batch 244 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-12-nato-russia-council-brussels: Reuters wire story from the
  NATO-Russia Council (front matter, dateline, photo caption, interrupted quotes,
  "NATO officials said", Baker-Gorbachev and Bucharest background, an invented
  Estonian lawmaker).
- guardian-2022-01-27-written-replies-analysis: Guardian news analysis of the
  26 January written answers (curly quotes, standfirst, caption, fragments of
  quotes, "he said of" attribution, a Chatham House analyst who both mentions
  and endorses, Founding Act / OSCE background, "Read more" line).
- interfax-2022-01-19-ryabkov-no-concessions: Interfax machine-translated, no
  front matter ("Moscow. 19 January. INTERFAX -"), quotes closed with ", - said",
  reported speech over paired sentences, "Recall" paragraph describing the drafts,
  Zakharova, an invented senator.
- ukrinform-2022-01-19-kuleba-blinken-kyiv: Ukrinform news (front matter, repeated
  headline, "Read also" and photo lines), Kuleba/Blinken in Kyiv, Ukrainian MFA
  statement and Zelensky of the day before, Russia's demands named in passing.
- state-department-2022-01-21-blinken-geneva-press-availability: State Department
  transcript, no front matter, SECRETARY BLINKEN / QUESTION / MR PRICE labels;
  every answer paragraph is one quotation, questions and host unlabelled.
- kommersant-2022-02-02-putin-concerns-ignored: Kommersant machine-translated news
  story, UTF-8 BOM and CRLF, no front matter, « » quotes with ", - said", crossheads,
  "Mr. Putin", Lavrov "on Friday" (28 January), an invented IMEMO expert.
- dw-2022-01-14-analyst-sommerfeld-interview: Deutsche Welle Q&A with an invented
  German analyst (DW: questions, unlabelled answers after the first), intro with
  Lukashevich and Ryabkov reported, analyst stances of her own vs. mentions.

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

(Russia's passing labels take the evidence of the passage they sit in, with
direct 0, since the words are not Russia's own.)
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-12"
s = "Speaking after four hours of talks at NATO headquarters, Secretary-General Jens Stoltenberg said the 30 allies had been united in turning down Russia's call for a halt to the alliance's enlargement, adding that no outside power could veto a country's bid to join."
u = "Ukraine's path to membership is for Ukraine and the 30 allies to decide, and nobody else,"
st5 = "Stoltenberg said allies were ready to talk about arms control, the deployment of land-based missiles and greater transparency and limits on military exercises, and had proposed a series of meetings on those topics, but that Moscow had not agreed to a timetable."
menu = "He said Moscow would not accept a \"menu\" approach in which the West picked out missiles and drills to discuss while setting aside the question of enlargement, which he called the heart of the matter."
sh = "She said Washington was prepared to discuss reciprocal limits on the placement of missiles in Europe, but called on Russia to pull back the roughly 100,000 troops it has massed near Ukraine's border."
no = "NATO officials said the alliance's offer of talks on missiles and on making drills more predictable would be set out in writing in the coming days."
L["reuters-2022-01-12-nato-russia-council-brussels"] = [
 (s, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, D),
 (s, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 (s, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (u, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (u, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("We will not compromise on the core principles, including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (st5, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (st5, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("For us it is absolutely imperative to ensure that NATO does not expand any further,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We need cast-iron guarantees on paper, not promises that can be forgotten the day after.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 (menu, "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 (menu, "alexander-grushko", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (menu, "alexander-grushko", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (sh, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (sh, "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("It was not an easy discussion, but that's why we had it,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 (no, "nato", 0, "NATO officials", "no-intermediate-range-missiles", "mentions", 0, D),
 (no, "nato", 0, "NATO officials", "limit-military-exercises", "mentions", 0, D),
 ("Any agreement that pushes allied troops out of the Baltic states and turns us into a second-class zone would be a betrayal,", "marko-tamm", 1, "Marko Tamm", "rollback-to-1997", "rejects", 1, ""),
 ("We joined this alliance to be defended, not to be traded.", "marko-tamm", 1, "Marko Tamm", "", "", 1, ""),
]

W, T = "2022-01-26", "2022-01-27"
sto = "Jens Stoltenberg, the alliance’s secretary general, said in Brussels that allies had proposed reopening the two sides’ missions and restoring military-to-military channels to reduce the risk of incidents."
lav = "There is no positive answer on the main issue. The main issue is our clear position on the inadmissibility of further Nato expansion eastwards and the deployment of strike weapons that could threaten the territory of the Russian Federation."
h2 = "On missiles and drills there is real substance. On Ukraine and enlargement there is a wall."
box = "Moscow has boxed itself in by making non-enlargement the headline,"
L["guardian-2022-01-27-written-replies-analysis"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 (sto, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("ready to listen to Russia’s concerns", "jens-stoltenberg", 1, "he", "", "", 1, W),
 ("not compromise on the principles on which the security of our alliance rests, including the right of every nation to choose its own path", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, W),
 (lav, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, T),
 (lav, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("He added that the western responses contained elements that could lead to serious talks on secondary matters such as intermediate-range missiles, but said they could not substitute for an answer on the core question.", "sergei-lavrov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, T),
 ("The Americans have given Moscow everything except the one thing it said it could not live without,", "fiona-hartley", 1, "Fiona Hartley", "", "", 1, ""),
 (h2, "fiona-hartley", 1, "Fiona Hartley", "no-intermediate-range-missiles", "mentions", 1, ""),
 (h2, "fiona-hartley", 1, "Fiona Hartley", "limit-military-exercises", "mentions", 1, ""),
 (h2, "fiona-hartley", 1, "Fiona Hartley", "no-ukraine-membership", "mentions", 1, ""),
 (h2, "fiona-hartley", 1, "Fiona Hartley", "nato-non-expansion", "mentions", 1, ""),
 ("Hartley said the most plausible route to a deal was a revival of something like the 1987 Intermediate-Range Nuclear Forces treaty, which she argued Europe had been foolish to let lapse, and which would keep such missiles out of range of both sides.", "fiona-hartley", 1, "Hartley", "no-intermediate-range-missiles", "supports", 0, ""),
 ("We should be very careful not to trade away allied troops on the eastern flank for a piece of paper from Moscow,", "rasa-vaitkute", 1, "Rasa Vaitkutė", "rollback-to-1997", "rejects", 1, ""),
 ("She warned that any cap on allied drills in the Baltic region would simply reward Russia’s troop buildup.", "rasa-vaitkute", 1, "She", "limit-military-exercises", "rejects", 0, ""),
 ("In Washington, the White House press secretary, Jen Psaki, said on Wednesday that the door to diplomacy remained open if Russia chose to de-escalate and send its forces back to their bases.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, W),
 (box, "fiona-hartley", 1, "Hartley", "nato-non-expansion", "mentions", 1, ""),
 (box, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Any climbdown now has to be dressed up as something else.", "fiona-hartley", 1, "Hartley", "", "", 1, ""),
]

D = "2022-01-19"
r = "sergei-ryabkov"
mor = "Asked whether Moscow could agree on a moratorium on the admission of Ukraine to NATO for some years, the deputy minister answered negatively."
morq = "Moratorium does not suit us. Today there is moratorium, tomorrow there is none. We need guarantees that are binding for decades"
L["interfax-2022-01-19-ryabkov-no-concessions"] = [
 ("Russia does not intend to make any unilateral concessions in the matter of non-expansion of NATO to the east, stated the Deputy Minister of Foreign Affairs of the Russian Federation Sergei Ryabkov.", r, 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("There will be no concessions from our side on this matter. It is absolutely excluded", r, 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("According to him, the American side must understand that the guarantees are needed in the legally binding form.", r, 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("Not in the form of declarations of intentions, which the West repeatedly violated in the past, but in the form of the treaty, ratified as it should be", r, 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("S.Ryabkov stressed that Moscow expects from the North Atlantic alliance a disavowal of the decision of the Bucharest summit of 2008, in which the alliance declared that Ukraine and Georgia will become its members.", r, 1, "S.Ryabkov", "rescind-bucharest-2008", "supports", 0, D),
 ("The formula of Bucharest must be dismantled, it is a mine under European security, and while it lies there nobody can feel calm", r, 1, "he", "rescind-bucharest-2008", "supports", 1, D),
 ("The diplomat said also that Russia does not plan to attack Ukraine, and movements of troops on its own territory is the sovereign affair of Russia, which is not subject to discussion with the Western partners.", r, 1, "The diplomat", "russia-de-escalation", "rejects", 0, D),
 ("We do not plan to attack anybody. But we will not withdraw troops from our own territory because someone in Washington or in Brussels wants so", r, 1, "the deputy minister", "russia-de-escalation", "rejects", 1, D),
 ("Ryabkov noted that Russia is ready to continue the contacts with the USA without any preconditions, but waits first of all the written answer to the projects of documents transferred to the American side on December 15.", r, 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("We were promised the answer in written form. We will study it attentively, and after that we will decide how to proceed", r, 1, "the interlocutor of the agency", "", "", 1, D),
 (mor, r, 1, "the deputy minister", "no-ukraine-membership", "supports", 0, D),
 (mor, r, 1, "the deputy minister", "written-legal-guarantees", "supports", 0, D),
 (morq, r, 1, "he", "no-ukraine-membership", "supports", 1, D),
 (morq, r, 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Earlier on Wednesday the official representative of the MFA of Russia Maria Zakharova at the briefing declared that the NATO exercises near the Russian borders became \"more provocative\", and Russia expects that the West will reduce their scale and intensity.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 0, D),
 ("We hear a lot of hysteria from Western capitals, but few answers to concrete questions", "maria-zakharova", 1, "she", "", "", 1, D),
 ("Member of the committee of the Federation Council on defense and security Igor Semyonov said on Wednesday to Interfax that the withdrawal of NATO infrastructure to the positions of 1997 is \"the minimum, which can satisfy Russia\".", "igor-semyonov", 1, "Igor Semyonov", "rollback-to-1997", "supports", 0, D),
 ("If the Americans think that they can give us some confidence measures instead of the main thing, they are mistaken. The main thing is that the bloc goes away from our borders", "igor-semyonov", 1, "the senator", "rollback-to-1997", "supports", 1, D),
]

D, Y = "2022-01-19", "2022-01-18"
k1 = "Ukraine's course toward membership in NATO is enshrined in our Constitution, and no one, not in Moscow and not anywhere else, will decide this for us,"
k2 = "Kuleba stressed that the Russian attempts to dictate to Ukraine and its partners a ban on any Western military cooperation with Kyiv are unacceptable."
k3 = "Russia wants to decide who can train our soldiers and who can sell us weapons. This is not a security guarantee, this is an ultimatum,"
mfa = "As reported, on Tuesday the Ministry of Foreign Affairs of Ukraine said in a statement that Moscow's demand to close NATO's doors is \"an attempt to revive the spheres of influence\" and cannot be the subject of any negotiations."
tk = "According to Tkachenko, the so-called \"security guarantees\" demanded by the Kremlin would in practice mean the return of NATO to the borders of 1997, which is unacceptable for the Eastern European allies."
dec = "As Ukrinform reported, in December 2021 Russia published the draft treaty with the United States and the draft agreement with NATO, in which it demanded that NATO refuse further enlargement, in particular to Ukraine."
L["ukrinform-2022-01-19-kuleba-blinken-kyiv"] = [
 (k1, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (k1, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (k2, "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 (k2, "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 (k3, "dmytro-kuleba", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, D),
 (k3, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We will not make any decisions about Ukraine without Ukraine. That is a principle we have held to throughout this process, and we will continue to hold to it,", "antony-blinken", 1, "the Secretary of State", "", "", 1, D),
 ("According to him, the United States will continue to insist that Russia withdraw its forces from the Ukrainian border and choose the path of diplomacy.", "antony-blinken", 1, "him", "russia-de-escalation", "supports", 0, D),
 ("NATO's door is open, and it will stay open. It is not for Russia to decide whom the Alliance admits,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("The U.S. Secretary of State also said that Washington is ready to discuss with Moscow mutual steps on arms control and transparency of exercises, but only on the condition of reciprocity and in coordination with allies.", "antony-blinken", 1, "The U.S. Secretary of State", "limit-military-exercises", "mentions", 0, D),
 (mfa, "ukrainian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Ukraine", "nato-non-expansion", "rejects", 0, Y),
 (mfa, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("President Volodymyr Zelensky, in his evening video address on Tuesday, said Ukraine would not accept any arrangement under which its Armed Forces would lose access to Western weapons and to training with partners.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-military-activity-ex-soviet", "rejects", 0, Y),
 ("Member of the Verkhovna Rada Committee on National Security, Defense and Intelligence Serhiy Tkachenko told Ukrinform that the talk about a possible \"moratorium\" on Ukraine's membership is dangerous.", "serhiy-tkachenko", 1, "Serhiy Tkachenko", "no-ukraine-membership", "rejects", 0, ""),
 ("Any talk of freezing our membership for 10 or 20 years is a talk about a new Yalta. Ukrainians did not choose this path in 2014 to have it closed by an agreement between Washington and Moscow,", "serhiy-tkachenko", 1, "the MP", "no-ukraine-membership", "rejects", 1, ""),
 (tk, "serhiy-tkachenko", 1, "Tkachenko", "rollback-to-1997", "rejects", 0, ""),
 (tk, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (dec, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (dec, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-21"
b = "antony-blinken"
p4 = "At the same time, we've identified areas where, on a reciprocal basis, we can address some of the concerns Russia has raised – on the placement of offensive missile systems in Europe, on the scope and transparency of military exercises, on measures to reduce the risk of incidents between our forces. We're prepared to pursue those ideas."
a1 = "Andrea, Russia's position on NATO enlargement is well known, and it was repeated today: Moscow wants a legally binding commitment that Ukraine, and for that matter Georgia, will never become members."
a2 = "I was equally clear. NATO's open door is not up for discussion. It's a fundamental principle of the alliance, and it's one that, as Secretary General Stoltenberg has said, no outside country gets to veto."
L["state-department-2022-01-21-blinken-geneva-press-availability"] = [
 ("Good afternoon, everyone. I've just concluded about an hour and a half of meetings with Foreign Minister Lavrov, following on the conversations that Deputy Secretary Sherman had with Deputy Foreign Minister Ryabkov here in Geneva on January 10th and the meetings in Brussels and Vienna last week.", b, 1, "SECRETARY BLINKEN", "", "", 1, D),
 ("This was not a negotiation, but a candid exchange of concerns and ideas. I made clear that there are some core principles that the United States and our partners and allies are committed to defending, including ones that would prevent any nation from simply changing the borders of another by force, or from dictating to another what choices it can make, what policies it can pursue, or with whom it chooses to associate.", b, 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, D),
 ("I also told the Foreign Minister that if Russia is serious about reducing tensions, the simplest and most effective thing it can do is pull back the forces it has amassed on Ukraine's borders. Any further movement of Russian forces across Ukraine's border would be met with a swift, severe, and united response.", b, 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, D),
 (p4, b, 1, "SECRETARY BLINKEN", "no-intermediate-range-missiles", "mentions", 1, D),
 (p4, b, 1, "SECRETARY BLINKEN", "limit-military-exercises", "mentions", 1, D),
 ("Foreign Minister Lavrov asked again for written answers to Russia's proposals. I told him that we anticipate being able to share with Russia our concerns and ideas in more detail and in writing next week, and we agreed to further discussions after that.", b, 1, "SECRETARY BLINKEN", "", "", 1, D),
 (a1, b, 1, "SECRETARY BLINKEN", "no-ukraine-membership", "mentions", 1, D),
 (a1, b, 1, "SECRETARY BLINKEN", "written-legal-guarantees", "mentions", 1, D),
 (a1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (a1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, D),
 (a2, b, 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, D),
 (a2, "jens-stoltenberg", 1, "Secretary General Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("As to President Putin's intentions, I'm not going to speculate. I don't know that he's made a decision. What I do know is that he has put in place the capacity to act on very short notice.", b, 1, "SECRETARY BLINKEN", "", "", 1, D),
 ("No. That is a non-starter. We are not going to be pulling back allied forces from the territory of NATO members that joined the alliance after 1997. Those countries are sovereign allies, and their security is as important as anyone's.", b, 1, "SECRETARY BLINKEN", "rollback-to-1997", "rejects", 1, D),
 ("What I can tell you is that we'll continue to look for ways to build confidence, including by reestablishing channels between our militaries that have been dormant for far too long. That's in everyone's interest.", b, 1, "SECRETARY BLINKEN", "resume-military-dialogue", "supports", 1, D),
 ("He repeated what we've heard publicly – that Russia has no intention of attacking Ukraine. But we judge by actions, not words, and the best way for Russia to demonstrate that is to de-escalate, to move forces back to their garrisons.", b, 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, D),
 ("If Russia decides to reject a diplomatic path, that's its choice. But I want to be clear: whatever we put in writing will reflect the principles I've described, including that NATO will not trade away the right of countries to decide their own future.", b, 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, D),
 ("And we'll be ready either way – ready to pursue diplomacy, ready to respond with our allies and partners if Russia chooses confrontation.", b, 1, "SECRETARY BLINKEN", "", "", 1, D),
]

T, F = "2022-02-01", "2022-01-28"
pu2 = "We did not see adequate consideration of our three key demands regarding the non-expansion of NATO, the refusal of the deployment of strike weapon systems near the Russian borders and the return of the military infrastructure of the bloc to the positions of 1997, when the Russia-NATO Founding Act was signed"
pr = "In Washington the representative of the State Department Ned Price on Tuesday said that the USA is ready to discuss with Moscow mutual restrictions on the deployment of missiles and parameters of exercises, but the policy of «open doors» of NATO «is not subject to revision»."
ti = "Putin has fixed the framework: the Americans offered a conversation about missiles and exercises, and Moscow takes this, but not instead of the main thing"
L["kommersant-2022-02-02-putin-concerns-ignored"] = [
 ("Already now it is possible to say - I informed Mr. Prime Minister about this - that the principled concerns of Russia were ignored", "vladimir-putin", 1, "Mr. Putin", "", "", 1, T),
 (pu2, "vladimir-putin", 1, "the President", "nato-non-expansion", "supports", 1, T),
 (pu2, "vladimir-putin", 1, "the President", "no-strike-weapons-near-borders", "supports", 1, T),
 (pu2, "vladimir-putin", 1, "the President", "rollback-to-1997", "supports", 1, T),
 ("Mr. Putin drew attention that the Western side, in his words, refers to the right of states to freely choose military alliances, but forgets the principle of indivisibility of security, according to which nobody can strengthen own security at the expense of security of others.", "vladimir-putin", 1, "Mr. Putin", "nato-open-door", "rejects", 0, T),
 ("Imagine that Ukraine is a NATO member and begins a military operation in Crimea - what, we must fight with the NATO bloc? Has anyone thought about this? It seems, no", "vladimir-putin", 1, "Mr. Putin", "no-ukraine-membership", "supports", 1, T),
 ("The Minister of Foreign Affairs of the Russian Federation Sergey Lavrov still on Friday in an interview to the leading Russian radio stations stated that Moscow will not allow to drown its proposals in endless discussions and expects an answer on the key question - non-expansion of NATO - and not on secondary topics.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, F),
 ("If it depends on Russia, there will be no war. We do not want wars", "sergei-lavrov", 1, "Mr. Lavrov", "", "", 1, F),
 (pr, "ned-price", 1, "Ned Price", "no-intermediate-range-missiles", "mentions", 0, T),
 (pr, "ned-price", 1, "Ned Price", "limit-military-exercises", "mentions", 0, T),
 (pr, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, T),
 (ti, "pavel-tikhomirov", 1, "Pavel Tikhomirov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ti, "pavel-tikhomirov", 1, "Pavel Tikhomirov", "limit-military-exercises", "mentions", 1, ""),
 ("In my opinion, to wait for the renunciation of the Bucharest formula from NATO is unrealistic, and in the Kremlin they understand this", "pavel-tikhomirov", 1, "the expert", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Mr. Tikhomirov in his turn considers that the demand on the return to the positions of 1997 was from the beginning an element of the bargaining, and not an ultimatum.", "pavel-tikhomirov", 1, "Mr. Tikhomirov", "rollback-to-1997", "mentions", 0, ""),
]

T = "2022-01-13"
ks = "katrin-sommerfeld"
lu = "Russia's ambassador to the OSCE, Alexander Lukashevich, told the Permanent Council that Moscow needed legally binding guarantees that NATO would not move any further east, and warned of consequences if it did not get them."
q2 = "The Americans and NATO have offered to talk about missiles, about transparency of exercises, about risk reduction. Those are real offers. But Moscow has said very clearly that for Moscow these are secondary questions."
q3 = "Personally, I think a formal moratorium would be a mistake. It would hand Moscow a veto over decisions that belong to NATO members and to Ukraine alone, and it would reward exactly the kind of coercion we are seeing on the border right now."
q4 = "That said, everyone in Berlin knows that Ukraine is not going to join NATO in the next ten years. The question is whether you can say that out loud without making it a legal obligation. Moscow insists on a signature, on a treaty, and that is where it gets stuck."
q6 = "Berlin should be clear on two things at once: that the troops around Ukraine have to go back, and that we are ready for a serious conversation about European security, including about exercises near borders, where I see room for reciprocal limits."
L["dw-2022-01-14-analyst-sommerfeld-interview"] = [
 (lu, "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, T),
 (lu, "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, T),
 ("Also on Thursday, Russian Deputy Foreign Minister Sergei Ryabkov said in a television interview that the talks had reached a \"dead end\" on the key issue and that Russia could not accept a situation in which NATO kept the option of admitting Ukraine.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, T),
 ("Surprisingly little, but not nothing. Both sides say they want to avoid incidents, and both have an interest in some form of limits on missiles in Europe — that was the logic of the INF Treaty, which Washington left in 2019 after accusing Russia of violating it. That could be a starting point.", ks, 1, "Katrin Sommerfeld", "no-intermediate-range-missiles", "mentions", 1, T),
 (q2, ks, 1, "Katrin Sommerfeld", "no-intermediate-range-missiles", "mentions", 1, T),
 (q2, ks, 1, "Katrin Sommerfeld", "limit-military-exercises", "mentions", 1, T),
 (q3, ks, 1, "Katrin Sommerfeld", "no-ukraine-membership", "rejects", 1, T),
 (q3, ks, 1, "Katrin Sommerfeld", "nato-open-door", "supports", 1, T),
 (q4, ks, 1, "Katrin Sommerfeld", "no-ukraine-membership", "mentions", 1, T),
 (q4, ks, 1, "Katrin Sommerfeld", "written-legal-guarantees", "mentions", 1, T),
 (q4, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("No. It is a demand nobody in the West should entertain, and I don't think anyone in Moscow seriously expects it to be met. Pulling allied troops out of Poland or the Baltic states would tell those countries that their membership is second class.", ks, 1, "Katrin Sommerfeld", "rollback-to-1997", "rejects", 1, T),
 (q6, ks, 1, "Katrin Sommerfeld", "russia-de-escalation", "supports", 1, T),
 (q6, ks, 1, "Katrin Sommerfeld", "limit-military-exercises", "supports", 1, T),
 ("The Nord Stream 2 debate has muddied that message. Chancellor Scholz still calls it a private-sector project, and in Moscow that is heard as hesitation.", ks, 1, "Katrin Sommerfeld", "", "", 1, T),
 ("Russia wants answers in writing and quickly; Ryabkov has said so repeatedly. The West will probably deliver something written by the end of the month. If Moscow then declares the whole exercise pointless, we are in a very dangerous situation, because there are more than 100,000 soldiers standing ready.", ks, 1, "Katrin Sommerfeld", "", "", 1, T),
 ("I would also not underestimate the Belarus factor. Joint exercises are planned there for February, and nobody can say with certainty whether those troops will leave afterwards.", ks, 1, "Katrin Sommerfeld", "", "", 1, T),
]

write_gold(L, "articles-244", "gold-244")
