#!/usr/bin/env python3
"""Writes the held-out gold for batch 127 (gold-127/*.nq) from the labels below.

Batch 127 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw, seven articles in
seven different forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the
  Geneva talks (front matter, dateline, straight quotes, a quotation split by
  "he continued", two speakers in one sentence, Baker 1990 as history, an
  invented Brussels analyst).
- nato-2022-01-12-nrc-press-conference: NATO transcript of Stoltenberg's
  press conference after the NATO-Russia Council (no front matter, date in
  the text, speaker labels, a moderator and journalists' questions that quote
  Grushko, Bucharest 2008 inside an answer).
- lrt-2022-01-13-osce-vienna-landsbergis: LRT English / BNS report on the
  OSCE Permanent Council in Vienna (front matter, curly quotes, Rau, the
  Russian envoy named by role, Landsbergis with a quotation split across the
  attribution, words quoted from the Helsinki Final Act, an invented analyst).
- kremlin-2022-01-27-peskov-press-call: unofficial translated transcript of
  Peskov's press call the day after the written answers (UTF-8 BOM, CRLF line
  ends, no front matter, "Question (outlet):" / "Peskov:" labels, « » inside
  answers, Lavrov and Stoltenberg only inside questions).
- skynews-2022-01-26-live-us-nato-written-answers: Sky News live blog of the
  evening the answers were delivered (front matter, timestamps, crossheads and
  key points, straight and curly quotes, Blinken, Price, Kirby, Kuleba,
  Ryabkov, an invented King's College lecturer).
- kyivpost-2022-01-20-verbytska-moroz-interview: Kyiv Post Q&A with an
  invented former deputy defence minister (front matter, "Kyiv Post:"
  questions, answers as em-dash paragraphs, interview given on Jan. 18).
- novayagazeta-2022-02-03-guarantees-column: machine-translated Novaya Gazeta
  column (no front matter, date in the text, „ “ quotes with the attribution
  after a dash, Putin, Zakharova, Grushko, Przydacz, two invented experts,
  the 1997 Founding Act quoted as history, a "Read also" link line).

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a quotation
running over two sentences is one span. Q/A interviews and transcripts: each
paragraph of an answer is one direct quotation (evidence = the paragraph
without the dash or speaker label); journalists' questions and the moderator
get no label; the interviewee's name is the one the intro/speaker label
gives. Reported speech: the whole sentence (dateline excluded), direct 0.
Stance: supports / rejects by the speaker's own position; mentions when the
speaker only reports a demand, asks about it or offers to discuss it. Every
direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand, or
about demands left unspecified ("the main issue", "fundamental concerns"),
gets no label. Historical background (Baker 1990, the 1997 Founding Act,
Bucharest 2008), words quoted from documents, headlines, crossheads,
standfirsts, photo captions and link lines are not labelled; statements by
unnamed groups with no identifiable actor are left out. A demand attributed
in passing to Moscow inside another speaker's sentence ("despite Moscow's
demands that ...") is also Russia's label (speaker russia, not a person),
undated when no day is given. Speaker ids: persons as firstname-lastname
slugs; a senior EU official -> european-union, an embassy -> its country;
speaker name = the words naming the speaker at that point, pronouns as
written, titles dropped. Dates: the day the words were said, resolved
against the publication date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
RY = "sergei-ryabkov"
WS = "wendy-sherman"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", RY, 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", RY, 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Ryabkov said the Russian side had also insisted that the alliance withdraw the forces and weapons it has deployed in eastern member states since 1997, and that U.S. warships and bombers stay out of areas from which they could strike targets on Russian territory.", RY, 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("Ryabkov said the Russian side had also insisted that the alliance withdraw the forces and weapons it has deployed in eastern member states since 1997, and that U.S. warships and bombers stay out of areas from which they could strike targets on Russian territory.", RY, 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("He added that Moscow wanted a halt to NATO drills, training missions and arms deliveries in Ukraine and in other former Soviet republics that are not members of the alliance.", RY, 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", WS, 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States,", WS, 1, "she", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("It is very hard to make real progress while there is a gun pointed at Ukraine's head. If Russia is serious, the first step is de-escalation,", WS, 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("We have no intention of attacking Ukraine, none at all,", RY, 1, "he", "", "", 1, D),
 ("Russian troops are on Russian territory,", RY, 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("and we will not be told where to move them on our own soil.", RY, 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Both Ryabkov and Sherman said the future deployment of intermediate-range missiles in Europe was an area where the two sides could make progress, though Ryabkov warned that Moscow would not let secondary issues crowd out its main proposals.", RY, 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Both Ryabkov and Sherman said the future deployment of intermediate-range missiles in Europe was an area where the two sides could make progress, though Ryabkov warned that Moscow would not let secondary issues crowd out its main proposals.", WS, 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("A promise that Ukraine will never join is the one thing nobody at the U.S. mission could give,", "marguerite-vandersloot", 1, "Marguerite Vandersloot", "no-ukraine-membership", "mentions", 1, ""),
 ("Everyone knew what Washington would say about NATO's open door, and it said exactly that,", "marguerite-vandersloot", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("The real question is what the Kremlin does with a polite no.", "marguerite-vandersloot", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
JS = "jens-stoltenberg"
N = "Jens Stoltenberg"
L["nato-2022-01-12-nrc-press-conference"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and we had a very serious and direct exchange.", JS, 1, N, "", "", 1, D),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path. Russia should not have a veto over whether Ukraine can become a NATO member. And Russia has no right to establish a sphere of influence to control its neighbours.", JS, 1, N, "nato-open-door", "supports", 1, D),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path. Russia should not have a veto over whether Ukraine can become a NATO member. And Russia has no right to establish a sphere of influence to control its neighbours.", JS, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("We called on Russia to immediately de-escalate the situation along Ukraine's borders and to withdraw the troops it has deployed there. Any further aggression against Ukraine would come at a high price.", JS, 1, N, "russia-de-escalation", "supports", 1, D),
 ("At the same time, Allies expressed their readiness to discuss arms control, including on missiles, as well as greater transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make better use of military-to-military channels to prevent incidents and accidents.", JS, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies expressed their readiness to discuss arms control, including on missiles, as well as greater transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make better use of military-to-military channels to prevent incidents and accidents.", JS, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, Allies expressed their readiness to discuss arms control, including on missiles, as well as greater transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make better use of military-to-military channels to prevent incidents and accidents.", JS, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("Russia's demand that NATO withdraw forces and infrastructure from Allies that joined after 1997 would create first- and second-class members of our Alliance. That is something we will not accept.", JS, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("Russia's demand that NATO withdraw forces and infrastructure from Allies that joined after 1997 would create first- and second-class members of our Alliance. That is something we will not accept.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", JS, 1, N, "", "", 1, D),
 ("NATO will not sign any agreement that rules out further enlargement, whatever form that agreement takes. That is simply a non-starter for all 30 Allies.", JS, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("Our partnership with Ukraine and Georgia is a matter for NATO and for those two sovereign nations, nobody else. We will continue to provide support, including training, as we have done since 2014.", JS, 1, N, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("At the Bucharest Summit in 2008, Allies decided that Ukraine and Georgia will become members of NATO. That decision stands, and it has been restated at every summit since.", JS, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("Russia did not agree today, but they did not reject our proposals either. We proposed a series of meetings to address the whole range of issues, and the Russian side said they need some time to come back to us.", JS, 1, N, "", "", 1, D),
 ("Ukraine is a close and highly valued partner. We strongly support Ukraine's sovereignty and territorial integrity, and Allies will continue to stand by Ukraine.", JS, 1, N, "", "", 1, D),
 ("We have made it clear to Russia, also today, that if it once again uses force against Ukraine, it will pay a high price, economically and politically.", JS, 1, N, "", "", 1, D),
]

D = "2022-01-13"
GL = "gabrielius-landsbergis"
VK = "vaidotas-kilgaudas"
L["lrt-2022-01-13-osce-vienna-landsbergis"] = [
 ("The risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("He said the organisation was ready to host talks on greater transparency of military exercises and on reducing military risks along the borders.", "zbigniew-rau", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("We do not need a moratorium that can be lifted tomorrow. We need a treaty, signed and ratified,", "alexander-lukashevich", 1, "the Russian envoy", "written-legal-guarantees", "supports", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis said on Thursday that Moscow’s demand to pull allied troops out of the Baltic states was “absurd” and that the German-led NATO battlegroup stationed in Lithuania would stay.", GL, 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis said on Thursday that Moscow’s demand to pull allied troops out of the Baltic states was “absurd” and that the German-led NATO battlegroup stationed in Lithuania would stay.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There can be no talk of limiting where Allies train or how many soldiers take part,", GL, 1, "Landsbergis", "limit-military-exercises", "rejects", 1, D),
 ("Our exercises are defensive, and they will continue.", GL, 1, "Landsbergis", "limit-military-exercises", "rejects", 1, D),
 ("Revoking Bucharest would be rewarding blackmail, and Lithuania will never agree to it,", GL, 1, "he", "rescind-bucharest-2008", "rejects", 1, D),
 ("What the Kremlin is really asking for is a grey zone from Ukraine to the South Caucasus, where NATO cannot train, exercise or even visit,", VK, 1, "Vaidotas Kilgaudas", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("What the Kremlin is really asking for is a grey zone from Ukraine to the South Caucasus, where NATO cannot train, exercise or even visit,", "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Kilgaudas said the coming weeks would show whether the West was prepared to keep talking to Moscow without preconditions while Russian troops remained massed along Ukraine’s borders.", VK, 1, "Kilgaudas", "no-preconditions", "mentions", 0, ""),
 ("Vienna was never going to be where the deal is made. The OSCE is a place where everyone can be heard, and that is both its strength and its weakness,", VK, 1, "he", "", "", 1, ""),
]

D = "2022-01-27"
DP = "dmitry-peskov"
P = "Peskov"
L["kremlin-2022-01-27-peskov-press-call"] = [
 ("Yes, the President has been informed, the texts are with him. They are being studied now, by the Foreign Ministry and other agencies, and this will take some time. We are not going to rush to conclusions.", DP, 1, P, "", "", 1, D),
 ("Judging by what Sergei Viktorovich said, and it is difficult to disagree with him, our main concerns have not been taken into account. So there are not many reasons for optimism.", DP, 1, P, "", "", 1, D),
 ("For us the key thing remains the non-expansion of NATO, and a clear guarantee of it that is legally binding, fixed on paper, not simply promises. Nothing has changed in this position.", DP, 1, P, "nato-non-expansion", "supports", 1, D),
 ("For us the key thing remains the non-expansion of NATO, and a clear guarantee of it that is legally binding, fixed on paper, not simply promises. Nothing has changed in this position.", DP, 1, P, "written-legal-guarantees", "supports", 1, D),
 ("We have never refused to talk about missiles. These are important topics, and we are ready to discuss them. But one cannot pull out of a package what is convenient and leave aside what is fundamental.", DP, 1, P, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We have said many times that the movement of our troops on our own territory is our internal affair, and it threatens no one. We do not accept demands of this kind addressed to Russia, and we will not accept them.", DP, 1, P, "russia-de-escalation", "rejects", 1, D),
 ("Of course. The decision of the Bucharest summit that Ukraine and Georgia «will become members» of NATO must be disavowed. This is part of our proposals, and nobody has taken it off the table.", DP, 1, P, "rescind-bucharest-2008", "supports", 1, D),
 ("President Putin has always been open to contacts with President Biden, and without any preconditions, this is well known. If there is a need, such a conversation can be organised very quickly.", DP, 1, P, "no-preconditions", "supports", 1, D),
 ("We hear these statements about an «open door». But behind this door NATO's infrastructure keeps creeping towards our borders, and for us this is a question of national security. For Ukraine this door must be closed.", DP, 1, P, "nato-open-door", "rejects", 1, D),
 ("We hear these statements about an «open door». But behind this door NATO's infrastructure keeps creeping towards our borders, and for us this is a question of national security. For Ukraine this door must be closed.", DP, 1, P, "no-ukraine-membership", "supports", 1, D),
 ("We would not like to comment on that. Kyiv's assessments are a matter for Kyiv, and our dialogue on these questions is with Washington and Brussels.", DP, 1, P, "", "", 1, D),
 ("The President will formulate his position when he considers it necessary. I cannot give you a date today.", DP, 1, P, "", "", 1, D),
]

D = "2022-01-26"
AB = "antony-blinken"
IRB = "imogen-radleigh-burke"
RADLEIGH = "Washington has said no to the one thing Moscow actually asked for, which is a legally binding promise that Nato will stop growing,"
L["skynews-2022-01-26-live-us-nato-written-answers"] = [
 ("Earlier in the day, Russia's deputy foreign minister Sergei Ryabkov told the State Duma that Moscow still expected Washington to agree that no American strike weapons would be deployed in Ukraine or in any other country along Russia's borders.", RY, 1, "Sergei Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("If the answers do not suit us, we will draw our conclusions and report them to the President,", RY, 1, "he", "", "", 1, D),
 ("Ukraine's path to NATO is our sovereign choice, and neither Moscow nor anyone else will close it,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine's path to NATO is our sovereign choice, and neither Moscow nor anyone else will close it,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("We are not going to negotiate a treaty on European security with Russia over the heads of our allies. What we can put on the table are reciprocal steps, not a signed guarantee,", "ned-price", 1, "Price", "written-legal-guarantees", "rejects", 1, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", JS, 1, "he", "", "", 1, D),
 ("American ships and aircraft will continue to sail and fly wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("a serious diplomatic path forward, should Russia choose it", AB, 1, "Antony Blinken", "", "", 1, D),
 ("There is no change, there will be no change,", AB, 1, "he", "nato-open-door", "supports", 1, D),
 ("Mr Blinken said the document offered reciprocal transparency measures, including a commitment by both sides not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine, and talks on arms control for intermediate-range missiles in Europe.", AB, 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("Mr Blinken said the document offered reciprocal transparency measures, including a commitment by both sides not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine, and talks on arms control for intermediate-range missiles in Europe.", AB, 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("a serious offer wrapped around a firm refusal", IRB, 1, "Imogen Radleigh-Burke", "", "", 1, D),
 (RADLEIGH, IRB, 1, "she", "nato-non-expansion", "mentions", 1, D),
 (RADLEIGH, IRB, 1, "she", "written-legal-guarantees", "mentions", 1, D),
 (RADLEIGH, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (RADLEIGH, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("None of the rest will matter much if the Kremlin has already decided it does not want a deal at all,", IRB, 1, "she", "", "", 1, D),
]

D = "2022-01-18"
HV = "halyna-verbytska-moroz"
H = "Halyna Verbytska-Moroz"
STRIKE = "Russia keeps 100,000 soldiers and Iskander missiles on our border and then demands that nobody put a single offensive weapon in Ukraine. For us, a ban on strike weapons on Ukrainian soil is unacceptable. Javelins, Bayraktars and our own Neptune missiles are how we defend ourselves."
BARRACKS = "Talks are always better than shooting. But you cannot negotiate with a gun to your head. The first thing Russia must do is send its troops back to their barracks, and only then can anyone talk seriously about European security."
L["kyivpost-2022-01-20-verbytska-moroz-interview"] = [
 ("No. A treaty that says Ukraine can never join NATO would be a treaty about us, signed without us. No Ukrainian government could accept it, and no Ukrainian government will.", HV, 1, H, "no-ukraine-membership", "rejects", 1, D),
 ("People in the West sometimes ask whether it would be easier to give Putin what he wants and move on. It would not be easier. It would only tell him that threats work.", HV, 1, H, "", "", 1, D),
 ("That is the real point of the drafts. They would put Ukraine back in a grey zone where Western instructors cannot come and Western weapons cannot be delivered. We will not accept that. The training we get from the Americans, the British and the Canadians is what keeps our army standing.", HV, 1, H, "no-military-activity-ex-soviet", "rejects", 1, D),
 (STRIKE, HV, 1, H, "no-strike-weapons-near-borders", "rejects", 1, D),
 (STRIKE, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Bucharest was a half-promise: in 2008 the allies said we would become members and then gave us no road map. But it is the only promise we have, and asking NATO to take it back now would be asking it to surrender in advance.", HV, 1, H, "rescind-bucharest-2008", "rejects", 1, D),
 (BARRACKS, HV, 1, H, "russia-de-escalation", "supports", 1, D),
 (BARRACKS, HV, 1, H, "no-preconditions", "rejects", 1, D),
 ("It is a fantasy. Nobody in Warsaw, Vilnius or Bucharest will let Moscow decide which allied troops stand on their soil, and nobody in Kyiv wants them to leave.", HV, 1, H, "rollback-to-1997", "rejects", 1, D),
 ("What matters is that Ukraine does not become a bargaining chip in somebody else’s deal. As long as that is clear, let them talk as much as they like.", HV, 1, H, "", "", 1, D),
 ("I expect the Americans to send a serious answer, and I expect Moscow to say it is not enough. Then we will see whether Putin wants a deal or a pretext.", HV, 1, H, "", "", 1, D),
 ("And we will keep preparing. Territorial defense units are being formed in every oblast, and people are signing up faster than the ministry can process them.", HV, 1, H, "", "", 1, D),
]

VP = "vladimir-putin"
AG = "alexander-grushko"
AZ = "arkady-zyablikov"
YK = "yelena-kordyukova"
ROLLBACK = "Moscow demands that NATO returned to the configuration of 1997, but in Brussels nobody considers this seriously even for one minute"
L["novayagazeta-2022-02-03-guarantees-column"] = [
 ("It is already clear that the fundamental Russian concerns were ignored", VP, 1, "Putin", "", "", 1, "2022-02-01"),
 ("According to the president, the West did not give the adequate answer on the main question, the non-expansion of NATO, and instead offers to speak about the secondary things.", VP, 1, "the president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a member of NATO and begins the military operation in Crimea. What then, we should fight with the NATO bloc?", VP, 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("At the weekly briefing on Wednesday the official representative of MFA Maria Zakharova named the policy of „open doors“ of the alliance a „myth“ and „the cover for expansion“.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2022-02-02"),
 ("The alliance conducts manoeuvres near our borders practically without pause, and each month they become larger. This must stop", AG, 1, "Grushko", "limit-military-exercises", "supports", 1, "2022-01-31"),
 ("In the same interview Grushko declared that Russia does not see the sense to restore the channels of the military communication with NATO while the alliance „considers us as adversary“.", AG, 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-31"),
 ("The deputy minister of foreign affairs of Poland Marcin Przydacz on Tuesday declared that Warsaw will not agree to any ban on the deployment of the American missiles on its territory, while Russia holds the „Iskanders“ in Kaliningrad.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, "2022-02-01"),
 (ROLLBACK, AZ, 1, "Zyablikov", "rollback-to-1997", "mentions", 1, ""),
 (ROLLBACK, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The formula of Bucharest, about the disavowal of which now so much is spoken, is for the alliance the question of the principle, not of the geography", AZ, 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The West demands that the Russian troops be withdrawn from the Ukrainian border before everything else, and on this the whole negotiation can get stuck", AZ, 1, "the expert", "russia-de-escalation", "mentions", 1, ""),
 ("Zyablikov noted also that NATO in its answer offered to restore the channels of the military communication and to return the missions, which were closed last autumn.", AZ, 1, "Zyablikov", "resume-military-dialogue", "mentions", 0, ""),
 ("The American offer on the missiles is in essence the return to the INF Treaty, and Moscow should take it with both hands", YK, 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Kordyukova noted that the American answer practically bypasses the question of the warships and the aircraft near the Russian borders.", YK, 1, "Kordyukova", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("The diplomats have now the paper on which one can work. The question is only whether somebody in the Kremlin wants to work", YK, 1, "she", "", "", 1, ""),
]

write_gold(L, "articles-127", "gold-127")
