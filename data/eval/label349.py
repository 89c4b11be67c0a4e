#!/usr/bin/env python3
"""Writes the held-out gold of batch 349 (gold-349/*.nq) from the labels below.

Batch 349 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-13-russia-warns-osce-vienna: Bloomberg wire story on the OSCE
  Permanent Council (front matter, bullets, "Read more" lines); quotations interrupted by
  "he said", an analyst who attributes two demands to "the Russians", market colour.
- kommersant-2022-01-27-lavrov-no-positive-answer: Kommersant front-page story in
  translation (no front matter, « » quotes with nested straight quotes, "the day before"
  style dates, "Recall that..." background), Lavrov on the US answers, a Duma deputy, an expert.
- state-department-2022-01-24-press-briefing-price: State Department briefing transcript
  (MR PRICE / QUESTION labels, no front matter); questions carry demands and get no label,
  each answer paragraph is a quotation, many demand-less paragraphs.
- lrt-2022-01-18-baltics-1997-line: LRT English story (BNS credit, photo caption, READ MORE
  line); rollback to 1997 from the Baltic side, Founding Act background, "last week" (undated).
- guardian-2022-01-22-geneva-blinken-lavrov-analysis: Guardian analysis of Blinken–Lavrov
  in Geneva (front matter, standfirst, byline); Baker/Gorbachev and Bucharest background
  with quoted documents, a denial, analysts, interrupted quotations.
- atlantic-council-2022-01-26-experts-react-us-nato-answers: Atlantic Council "Experts
  react" (front matter); each expert's paragraph is treated as that expert's direct words,
  experts reject/support in their own voice and attribute demands to Moscow/the Kremlin.
- eduskunta-2022-02-02-topical-debate-european-security: Finnish Eduskunta plenary record
  in clumsy translation (UTF-8 BOM, CRLF, Finnish speaker labels with party codes, time
  stamps); each speech paragraph is a quotation; the chair gets no label.

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

D = "bloomberg-2022-01-13-russia-warns-osce-vienna"
luk_rep = "Lukashevich said Russia wanted a legally binding commitment that the alliance would move no closer to its frontiers, and that Ukraine and Georgia would never be admitted."
carp_rep = "Carpenter said Washington would never accept a situation in which Moscow decides who may join NATO, and called on Russia to pull back the roughly 100,000 troops it has massed near Ukraine."
wa2 = "The Russians wanted this week to be about two things — a halt to enlargement and the Americans pulling their forces back to where they were in 1997 — and on both they got a flat no."
L[D] = [
 ("We are not going to wait forever for a reply,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("If we do not hear a constructive response within a reasonable time frame, we will be forced to take the necessary measures to eliminate the risks to our security.", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 (luk_rep, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (luk_rep, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 (luk_rep, "alexander-lukashevich", 1, "Lukashevich", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("Michael Carpenter, the US ambassador to the OSCE, said the American delegation had come to Vienna prepared to talk about risk reduction but not about the sovereign choices of other nations.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 (carp_rep, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 (carp_rep, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("In Geneva on Monday, Deputy Secretary of State Wendy Sherman told Deputy Foreign Minister Sergei Ryabkov that the US would not allow anyone to slam shut NATO’s open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("NATO Secretary-General Jens Stoltenberg said after Wednesday’s meeting of the NATO-Russia Council in Brussels that allies would not compromise on core principles, including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("I don’t want to confirm anything, nor would I exclude anything,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Vienna was always going to be the least consequential of the three venues,", "stefan-weiss-adler", 1, "Stefan Weiss-Adler", "", "", 1, ""),
 (wa2, "stefan-weiss-adler", 1, "Stefan Weiss-Adler", "nato-non-expansion", "mentions", 1, ""),
 (wa2, "stefan-weiss-adler", 1, "Stefan Weiss-Adler", "rollback-to-1997", "mentions", 1, ""),
 (wa2, "russia", 0, "The Russians", "nato-non-expansion", "supports", 1, ""),
 (wa2, "russia", 0, "The Russians", "rollback-to-1997", "supports", 1, ""),
]

D = "kommersant-2022-01-27-lavrov-no-positive-answer"
lav = "There is no positive reaction on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and of the deployment of strike weapons which could threaten the territory of the Russian Federation"
lav_rep = "According to the minister, the document nevertheless gives grounds to begin a serious conversation on secondary topics — on the deployment of intermediate-range missiles and on the transparency of military exercises."
sel = 'The Americans again talk to us about "open doors". But nobody asked them to close any door — we asked them not to bring NATO bases to Kharkov and Odessa'
vos = "Moscow set the bar deliberately high. Nobody in the Foreign Ministry seriously expected Washington to sign a pledge never to take Ukraine in, but the smaller items — missiles, exercises — are where a deal is possible"
L[D] = [
 (lav, "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (lav, "sergei-lavrov", 1, "Mr. Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (lav_rep, "sergei-lavrov", 1, "the minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (lav_rep, "sergei-lavrov", 1, "the minister", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("It would be wrong to rush with assessments", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("US Secretary of State Antony Blinken, speaking in Washington on Wednesday, stated that the document contains no concessions on the principle of «open doors» of NATO, which the US «will defend».", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The same day in Brussels NATO Secretary General Jens Stoltenberg said that the alliance is ready to listen to the concerns of Russia, but will not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 (sel, "viktor-seleznyov", 1, "Viktor Seleznyov", "nato-open-door", "rejects", 1, ""),
 (sel, "viktor-seleznyov", 1, "Viktor Seleznyov", "no-military-activity-ex-soviet", "supports", 1, ""),
 (vos, "igor-vostrikov", 1, "Igor Vostrikov", "no-ukraine-membership", "mentions", 1, ""),
 (vos, "igor-vostrikov", 1, "Igor Vostrikov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (vos, "igor-vostrikov", 1, "Igor Vostrikov", "limit-military-exercises", "mentions", 1, ""),
 (vos, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 ("If the Americans are really ready to discuss reciprocal restrictions, this is the first serious window in many years", "igor-vostrikov", 1, "Mr. Vostrikov", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "state-department-2022-01-24-press-briefing-price"
p3 = "As the Secretary made clear after his meeting with Foreign Minister Lavrov in Geneva on Friday, we expect to share our ideas in writing with Russia this week. Those ideas will address some of the concerns Moscow has raised – on reciprocal limits on missile deployments, on the scope and notification of exercises, on transparency – but they will not bargain away the principles at the heart of European security, including the right of every country to choose its own alliances."
a1 = "Well, we've been clear about this from the start. NATO's door is open, and that is not going to change. No country gets to dictate to another, or to the Alliance, who can or cannot be a member."
P = ("ned-price", 1, "MR PRICE")
def pr(ev, demand="", stance=""):
    return (ev,) + P + (demand, stance, 1, "2022-01-24")
L[D] = [
 pr("Good afternoon, everyone. A couple things at the top, and then I'll be happy to take your questions."),
 pr("Yesterday, the Department ordered the departure of eligible family members from Embassy Kyiv and authorized the voluntary departure of some U.S. direct hire employees. This is a prudent precaution. It does not undermine our support for Ukraine, and our embassy remains open."),
 pr(p3, "no-intermediate-range-missiles", "mentions"),
 pr(p3, "limit-military-exercises", "mentions"),
 pr(p3, "nato-open-door", "supports"),
 pr(a1, "nato-open-door", "supports"),
 pr(a1, "nato-non-expansion", "rejects"),
 pr("When it comes to Ukraine specifically, that is a question for Ukraine and for the 30 NATO Allies, and for no one else.", "no-ukraine-membership", "rejects"),
 pr("I'm not going to get ahead of a document that hasn't yet been delivered. What I can tell you is that it will be a written response, it will be shared with our Allies and partners before it's delivered, and it will reflect what we heard from Moscow in Geneva, in Brussels, and in Vienna."),
 pr("We have seen no meaningful de-escalation. If anything, we've seen the opposite: more Russian forces and more equipment arriving in Belarus and along Ukraine's borders. The way for Moscow to show it is serious about diplomacy is to pull those forces back.", "russia-de-escalation", "supports"),
 pr("That is a non-starter. The idea that NATO would pull back from the territory of sovereign Allies – Allies that joined of their own accord, through their own democratic processes – is not something we will entertain.", "rollback-to-1997", "rejects"),
 pr("That is, frankly, straight out of the Kremlin's playbook. It is Russia that has massed more than 100,000 troops on the border of a neighbor. It is Russia that has invaded Ukraine before. The deployments the Allies are discussing are defensive, and they are a response to Russia's actions, not the other way around."),
 pr("I would expect the Secretary will have an opportunity to speak with Foreign Minister Lavrov again once the Russians have had a chance to review our ideas. We don't have anything to announce today."),
 pr("We have long said that channels of communication between our militaries are valuable, especially in moments like this one, when the risk of miscalculation is high. So that is something we would be prepared to discuss, on a reciprocal basis.", "resume-military-dialogue", "supports"),
 pr("Our intention is to keep the document confidential, to give diplomacy the best chance of succeeding. That is not our decision alone, of course, but that is our strong preference for now."),
 pr("Every step of the way. The Secretary spoke with Foreign Minister Kuleba before and after Geneva, and we have briefed our Ukrainian partners on the contours of what we intend to put forward. Nothing about Ukraine without Ukraine – that is a principle we take very seriously."),
]

D = "lrt-2022-01-18-baltics-1997-line"
lan = "What Russia is asking for is, in effect, a return to 1997 – a Europe where the Baltic states are members of NATO only on paper. That will not happen,"
anu2 = "Anušauskas said the Kremlin's insistence that Ukraine be kept out of NATO forever showed that Moscow still sees its neighbours as a sphere of influence rather than as sovereign states."
jan1 = "The 1997 line is the real target for the Baltics. Ukraine is the headline, but the draft would also have the allies stop even exercising here,"
jan2 = "Every time the Kremlin says the Baltics should be demilitarised, it makes the case for more NATO troops here stronger, not weaker,"
L[D] = [
 (lan, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-17"),
 (lan, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 ("Defence Minister Arvydas Anušauskas said on Tuesday that Lithuania expects more allied troops in the region, not fewer, and that the German-led battlegroup stationed in Rukla would remain.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "rollback-to-1997", "rejects", 0, "2022-01-18"),
 (anu2, "arvydas-anusauskas", 1, "Anušauskas", "no-ukraine-membership", "rejects", 0, "2022-01-18"),
 (anu2, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("will not allow anyone to draw new dividing lines over our heads", "gitanas-nauseda", 1, "Gitanas Nausėda", "", "", 1, ""),
 ("Russian Deputy Foreign Minister Alexander Grushko said last week that NATO's eastern flank deployments were a direct threat to Russia and that Moscow expected the alliance to return to the military configuration of 1997.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, ""),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday, after the NATO-Russia Council met in Brussels, that there would be no first- and second-class members in the alliance and that NATO would not withdraw from its eastern allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (jan1, "ruta-jankauskiene", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (jan1, "ruta-jankauskiene", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (jan2, "ruta-jankauskiene", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (jan2, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 1, ""),
 ("We have to assume that the diplomacy may fail, and prepare for it,", "laurynas-kasciunas", 1, "Kasčiūnas", "", "", 1, ""),
 ("is not a bargaining chip in anyone's talks", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, "2022-01-17"),
]

D = "guardian-2022-01-22-geneva-blinken-lavrov-analysis"
glav = "Our position is that Nato must not expand, must not take in Ukraine, must not put its weapons on our doorstep, and we want that on paper, with signatures,"
mq2 = "If you accept the idea that Russia holds a veto over Kyiv's alliances, you have conceded the whole post-cold war settlement, and that should not be on the table."
wh2 = "That is why the Americans are so careful to put something concrete on missiles and exercises in the envelope."
L[D] = [
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("but I believe we are now on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 (glav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-21"),
 (glav, "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 1, "2022-01-21"),
 (glav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-21"),
 (glav, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 ("Blinken said he had told Lavrov the US would put its ideas in writing next week, but that the principle that nations choose their own alliances was “not up for negotiation”.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 ("On the same day as the Geneva meeting, Russia's foreign ministry said its demand for the withdrawal of foreign forces and weapons from countries that joined Nato after 1997 applied to Bulgaria and Romania – a clarification that alarmed both capitals.", "russian-foreign-ministry", 0, "Russia's foreign ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("The Kremlin has framed this as all or nothing,", "helen-marsh-quigley", 1, "Dr Helen Marsh-Quigley", "", "", 1, ""),
 (mq2, "helen-marsh-quigley", 1, "Dr Helen Marsh-Quigley", "no-ukraine-membership", "rejects", 1, ""),
 (mq2, "helen-marsh-quigley", 1, "Dr Helen Marsh-Quigley", "nato-open-door", "supports", 1, ""),
 ("Vladimir Putin must desist and step back from Ukraine before he makes a massive strategic mistake,", "liz-truss", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("there will be no decisions about Ukraine without Ukraine", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, ""),
 ("The danger is that Moscow reads the written reply as a refusal and treats the refusal as a justification,", "tomasz-wieczorek-hale", 1, "Tomasz Wieczorek-Hale", "", "", 1, ""),
 (wh2, "tomasz-wieczorek-hale", 1, "Tomasz Wieczorek-Hale", "no-intermediate-range-missiles", "mentions", 1, ""),
 (wh2, "tomasz-wieczorek-hale", 1, "Tomasz Wieczorek-Hale", "limit-military-exercises", "mentions", 1, ""),
]

D = "atlantic-council-2022-01-26-experts-react-us-nato-answers"
T = "2022-01-26"
st = "NATO Secretary General Jens Stoltenberg, presenting the Alliance’s reply in Brussels, said NATO was ready to discuss reciprocal limits on missiles and better notification of exercises, but would not trade away the security of any Ally."
et1 = "Washington did what it said it would do: it took the Kremlin’s two draft texts seriously enough to answer them on paper, and it drew a bright line around the things that were never negotiable. Ukraine’s relationship with NATO is not Moscow’s to decide."
et2 = "The interesting part is the rest. Reciprocal limits on where ground-launched missiles can sit, more notice before large drills, visits to the Aegis Ashore site in Romania in exchange for visits to Russian bases—these are the bones of a real arms-control package, and the United States should pursue them."
pv1 = "Moscow will now say the West ignored its main demands—no more enlargement and a pullback of allied forces to where they stood in 1997—and it will be right, because those were never acceptable."
lm1 = "For Poland and the Baltic states, the relief today is that none of the allied deployments on the eastern flank was put up for sale. The Kremlin’s draft would have had US troops leave Poland; the answer says no."
L[D] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, T),
 (st, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, T),
 (st, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, T),
 (et1, "marcus-ellery-tate", 1, "Marcus Ellery-Tate", "no-ukraine-membership", "rejects", 1, T),
 (et1, "marcus-ellery-tate", 1, "Marcus Ellery-Tate", "nato-open-door", "supports", 1, T),
 (et2, "marcus-ellery-tate", 1, "Marcus Ellery-Tate", "no-intermediate-range-missiles", "supports", 1, T),
 (et2, "marcus-ellery-tate", 1, "Marcus Ellery-Tate", "limit-military-exercises", "supports", 1, T),
 ("In Kyiv the first question was simple: did Washington agree to shut NATO’s door on Ukraine behind our backs? The answer, as far as we can tell, is no.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "no-ukraine-membership", "mentions", 1, T),
 ("But a paper answer does not move a single battalion. Russia still has more than 100,000 troops around Ukraine, and until they go home, every diplomatic exchange happens with a gun on the table.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "russia-de-escalation", "supports", 1, T),
 (pv1, "jonathan-pierce-valdez", 1, "Jonathan Pierce-Valdez", "nato-non-expansion", "rejects", 1, T),
 (pv1, "jonathan-pierce-valdez", 1, "Jonathan Pierce-Valdez", "rollback-to-1997", "rejects", 1, T),
 (pv1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (pv1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("The question is whether Putin wants a deal or a pretext. I suspect we will know within two weeks.", "jonathan-pierce-valdez", 1, "Jonathan Pierce-Valdez", "", "", 1, T),
 (lm1, "katarzyna-lipinska-moore", 1, "Katarzyna Lipińska-Moore", "rollback-to-1997", "rejects", 1, T),
 (lm1, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 1, ""),
 ("Warsaw will also read carefully what the Alliance offered on exercises. Poland hosts some of NATO’s largest drills, and any new notification regime has to be genuinely mutual, covering Zapad and the exercises now being staged in Belarus as much as Defender-Europe.", "katarzyna-lipinska-moore", 1, "Katarzyna Lipińska-Moore", "limit-military-exercises", "mentions", 1, T),
]

D = "eduskunta-2022-02-02-topical-debate-european-security"
E = "2022-02-02"
m2 = "Arvoisa puhemies! The security situation in Europe is now the most serious for decades. Russia has concentrated large military forces on the border of Ukraine and in Belarus, and we call on Russia to reduce the tension and to withdraw these troops."
m3 = "Russia has presented demands that the NATO would not enlarge anymore. For Finland, this is not acceptable. Finland's room of manoeuvre and freedom of choice, including the possibility to apply to NATO membership, is kept, and it is not to be negotiated by others."
h1 = "Arvoisa puhemies! The answers which the United States and NATO gave in writing on 26 January were shared with Finland beforehand, and we have been informed all the time. In them there is readiness to talk about arms control, the medium-range missiles and the transparency of exercises, and this is good direction."
li1 = "Arvoisa puhemies! In Moscow it is spoken about guarantees written and legally binding, as if the sovereignty of the neighbour could be stamped in a treaty. The National Coalition Party says clearly: no country has a veto over Finland's decision."
to1 = "Arvoisa puhemies! The Left Alliance does not support Finland's NATO membership, this is known. But also we say that it is Finland who decides and not Russia. At the same time we must remember that the military exercises in the near region have increased on both sides, and restraint in them would reduce the risks."
ka1 = "Arvoisa puhemies! I want to thank the Prime Minister and the Minister of Foreign Affairs for the calm line. Russia's demand that the alliance would pull its troops back from the Baltic states and Poland is directed also against our neighbours, and it cannot be accepted."
MA = ("sanna-marin", 1, "Pääministeri Sanna Marin")
HA = ("pekka-haavisto", 1, "Ulkoministeri Pekka Haavisto")
L[D] = [
 (m2,) + MA + ("russia-de-escalation", "supports", 1, E),
 (m3,) + MA + ("nato-non-expansion", "rejects", 1, E),
 (m3,) + MA + ("nato-open-door", "supports", 1, E),
 (m3, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, ""),
 ("Finland supports dialogue. The diplomatic channels must be kept open, and Finland participates actively in it, together with the European Union and our partners. At the same time we are prepared for different scenarios, and the government follows the situation all the time together with the President of the Republic.",) + MA + ("", "", 1, E),
 (h1,) + HA + ("no-intermediate-range-missiles", "mentions", 1, E),
 (h1,) + HA + ("limit-military-exercises", "mentions", 1, E),
 ("Yesterday President Putin said that the United States and NATO have ignored the fundamental concerns of Russia. We take note of it, but dialogue must continue, also in the OSCE, where Finland will take the chairmanship in 2025.",) + HA + ("", "", 1, E),
 ("We remember that in the Helsinki Final Act of 1975 the states committed to respect each other's sovereignty. These principles are not old, they are the base of the European security also today.",) + HA + ("", "", 1, E),
 (li1, "eero-lindqvist", 1, "Eero Lindqvist", "written-legal-guarantees", "rejects", 1, E),
 (li1, "eero-lindqvist", 1, "Eero Lindqvist", "nato-open-door", "supports", 1, E),
 (li1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("We have in Finland the NATO option, and it is time to look at it seriously. The Coalition Party proposes that the government gives to the parliament a report on the change of the security environment during this spring.", "eero-lindqvist", 1, "Eero Lindqvist", "", "", 1, E),
 (to1, "marja-leena-toivonen", 1, "Marja-Leena Toivonen", "nato-open-door", "supports", 1, E),
 (to1, "marja-leena-toivonen", 1, "Marja-Leena Toivonen", "limit-military-exercises", "supports", 1, E),
 ("Arvoisa puhemies! The government should tell straight if the NATO option is real or only words. The situation of Ukraine shows what happens to a country which stays in the grey zone.", "antti-rautiainen", 1, "Antti Rautiainen", "", "", 1, E),
 ("The Finns Party wants that the defence forces get the money it needs, and that the F-35 procurement goes forward without delay.", "antti-rautiainen", 1, "Antti Rautiainen", "", "", 1, E),
 (ka1, "annika-kallio", 1, "Annika Kallio", "rollback-to-1997", "rejects", 1, E),
 (ka1, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 ("Arvoisa puhemies! I agree with representative Kallio. The security of our neighbours is also our security, and the European Union stands united behind this.",) + MA + ("rollback-to-1997", "rejects", 1, E),
]

write_gold(L, "articles-349", "gold-349")
