#!/usr/bin/env python3
"""Writes the sixth held-out gold (gold-6/*.nq) from the labels below.

Batch 6 (10 articles: a Financial Times analysis, RT on Duma hearings, the
Kyiv Independent, an RFE/RL interview with Q:/answer labels, a Meduza piece
with 1997 background, a State Department briefing, Hurriyet Daily News with
a BOM and CRLF line ends, a machine-translated aggregator without front
matter and with one « » quotation, dpa wire copy, Yle) was written by a
writer who had seen neither the extractor's code, its lexicon nor batches
4-5, and was written and labelled before the extractor ever ran on it. It
is run once, at the end of round 5.

The labels were written by hand, from reading the articles. Each label
names its evidence by a unique substring of the article; this script only
turns it into code-point offsets (into the whole file, BOM and front matter
included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

FT_LEAD = "The US has told Russia it is prepared to negotiate over missile deployments and military exercises in Europe, but has refused to bow to the Kremlin’s central demand that Nato shut its door to Ukraine, leaving Vladimir Putin to decide whether the diplomatic track is worth pursuing."
FT_SULL = "Jake Sullivan, the US national security adviser, said on Thursday that it set out “a serious diplomatic path”, including reciprocal transparency on exercises and talks on where offensive missiles may be stationed."
FT_OFF = "There is nothing in this document that closes the door on Ukraine. Nothing."
L["ft-2022-01-27-us-written-answer"] = [
 # The lead summarises the reply delivered on Wednesday 26 Jan; the
 # "Kremlin's central demand" is a noun phrase, not a statement of Russia's.
 (FT_LEAD, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (FT_LEAD, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (FT_LEAD, "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (FT_LEAD, "united-states", 0, "The US", "nato-open-door", "supports", 0, "2022-01-26"),
 (FT_SULL, "jake-sullivan", 1, "Jake Sullivan", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 (FT_SULL, "jake-sullivan", 1, "Jake Sullivan", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("We are not going to trade away the principles that underpin European security, and the first of those is that countries choose their own partners,", "jake-sullivan", 1, "Sullivan", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Whether Moscow takes that path is now a decision for President Putin.", "jake-sullivan", 1, "Sullivan", "", "", 1, "2022-01-27"),
 ("Speaking to reporters on Thursday, she said the document made clear that the US would not pull its troops out of allies that joined Nato after 1997.", "victoria-nuland", 1, "Victoria Nuland", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("If Russia wants to talk about force posture, it can start with the 100,000 troops it has put on Ukraine’s border,", "victoria-nuland", 1, "Victoria Nuland", "russia-de-escalation", "supports", 1, "2022-01-27"),
 # Anonymous senior US official -> united-states (as in the curated gold);
 # the quotation follows the sentence about the question put to them.
 (FT_OFF, "united-states", 0, "A senior administration official", "nato-open-door", "supports", 1, "2022-01-26"),
 (FT_OFF, "united-states", 0, "A senior administration official", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 # "a senior EU diplomat" -> european-union; no day given.
 ("The Americans consulted us on every line, and that was not a given,", "european-union", 0, "a senior EU diplomat", "", "", 1, ""),
 ("The diplomat added that none of it would matter unless Russia began pulling back the troops it has moved towards Ukraine and into Belarus.", "european-union", 0, "The diplomat", "russia-de-escalation", "supports", 0, ""),
]

RT_KEY = "The key thing for us is the non-expansion of NATO, and on this there is simply no answer. Instead, we are lectured once again about the so-called open door,"
RT_MOR = "Ryabkov also repeated Moscow's call for a moratorium on the deployment of intermediate-range missiles in Europe, and warned the US against attaching conditions to further talks."
RT_TKT = "Nobody should expect us to pull back troops from our own territory as an entry ticket to negotiations,"
RT_POL = "In an interview with RIA Novosti on Friday, the director of the ministry's Second CIS Department said Russia would never accept Kiev's membership in the US-led bloc and that the 2008 Bucharest summit promise to Ukraine had to be disavowed once and for all."
L["rt-2022-01-28-ryabkov-duma-hearings"] = [
 # The lead's "most important issue" and "the core of the Russian drafts"
 # name no demand; both indirect, so no rows.
 (RT_KEY, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (RT_KEY, "sergei-ryabkov", 1, "Ryabkov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("He added that Moscow would not settle for political declarations in place of legally binding commitments.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("What we need is a treaty with legal force, ratified by the Senate, and not a set of verbal assurances that expire when the administration changes,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 (RT_MOR, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-27"),
 (RT_MOR, "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-27"),
 (RT_TKT, "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 (RT_TKT, "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2022-01-27"),
 (RT_POL, "alexei-polishchuk", 1, "the director of the ministry's Second CIS Department", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 (RT_POL, "alexei-polishchuk", 1, "the director of the ministry's Second CIS Department", "rescind-bucharest-2008", "supports", 0, "2022-01-28"),
 ("Any military development of Ukrainian territory by NATO countries is a red line for us. This applies equally to bases, to Western instructors and to arms supplies,", "alexei-polishchuk", 1, "Polishchuk", "no-military-activity-ex-soviet", "supports", 1, "2022-01-28"),
 # Analyst (head of a research centre), Russian, in his own words with a
 # stance cue ("existential question for us"): Russia's side, supports.
 ("The Americans believe they can wait us out. But NATO's eastward expansion is an existential question for us, and it will not simply go away,", "yevgeny-kharlamov", 1, "Yevgeny Kharlamov", "nato-non-expansion", "supports", 1, ""),
]

KI_DAN = "It is not the Kremlin that decides whether Ukraine joins NATO. That is for the Ukrainian people and for the 30 members of the alliance,"
KI_MOS = "Moscow has demanded that the West stop arming Ukraine and halt military cooperation with Kyiv, a demand Reznikov dismissed."
KI_MFA = "The Foreign Ministry said in a statement on Monday that Ukraine’s course toward NATO membership, enshrined in the constitution, was not a subject for talks with Russia."
L["kyivindependent-2022-01-25-reznikov-danilov"] = [
 ("As of today, Russia’s armed forces have not created a strike group that could invade. That does not mean the risk has gone away,", "oleksii-reznikov", 1, "Reznikov", "", "", 1, "2022-01-25"),
 ("He urged partners to keep up pressure on Moscow to withdraw its forces from Ukraine’s borders, saying “diplomacy only works when it is backed by strength.”", "oleksii-reznikov", 1, "Reznikov", "russia-de-escalation", "supports", 0, "2022-01-25"),
 ("diplomacy only works when it is backed by strength.", "oleksii-reznikov", 1, "Reznikov", "", "", 1, "2022-01-25"),
 # Weapons supplies and military cooperation with Kyiv = military
 # cooperation in a non-NATO ex-Soviet state. Moscow's demand has no day.
 (KI_MOS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (KI_MOS, "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-25"),
 ("We do not ask anyone’s permission to defend ourselves, and we will not ask Moscow which partners may help us,", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-25"),
 ("Oleksiy Danilov, secretary of the National Security and Defense Council, said on Jan. 24 that Russia’s demand that Ukraine be barred from NATO was a non-starter.", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-ukraine-membership", "rejects", 0, "2022-01-24"),
 (KI_DAN, "oleksiy-danilov", 1, "Danilov", "nato-open-door", "supports", 1, "2022-01-24"),
 (KI_DAN, "oleksiy-danilov", 1, "Danilov", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 # "on Monday" against Tue 25 Jan = 24 Jan.
 (KI_MFA, "ukrainian-foreign-ministry", 0, "The Foreign Ministry", "no-ukraine-membership", "rejects", 0, "2022-01-24"),
 (KI_MFA, "ukrainian-foreign-ministry", 0, "The Foreign Ministry", "nato-open-door", "supports", 0, "2022-01-24"),
 # The Facebook post has no day.
 ("Panic is the cheapest weapon the Kremlin has, and we are not going to hand it over,", "oleksiy-danilov", 1, "Danilov", "", "", 1, ""),
]

LU_D = "Ukraine and Georgia will become members if they wish and when they meet the standards, and no third country has a say in that."
LU_E = "We are ready to talk about reciprocal limits and transparency on military exercises, and about arms control, including land-based intermediate-range missiles in Europe."
LU = ("oana-lungescu", 1, "Lungescu")
D28 = "2022-01-28"
L["rferl-2022-01-31-lungescu-interview"] = [
 # Interview conducted on January 28; the Q: lines take no position.
 ("It has not been ignored. It has been answered, and the answer is no.", *LU, "nato-non-expansion", "rejects", 1, D28),
 ("NATO's door remains open, and that is a decision all 30 allies took together.", *LU, "nato-open-door", "supports", 1, D28),
 ("We stand by the decision we took at the Bucharest summit.", *LU, "rescind-bucharest-2008", "rejects", 1, D28),
 (LU_D, *LU, "no-ukraine-membership", "rejects", 1, D28),
 (LU_D, *LU, "nato-open-door", "supports", 1, D28),
 # An offer to talk about exercises and missiles mentions them.
 (LU_E, *LU, "limit-military-exercises", "mentions", 1, D28),
 (LU_E, *LU, "no-intermediate-range-missiles", "mentions", 1, D28),
 # NATO's own proposal to use military lines of communication: supports.
 ("We have also proposed to reopen our offices in Moscow and Brussels and to make much more use of military-to-military lines of communication, so that an incident does not spiral out of control.", *LU, "resume-military-dialogue", "supports", 1, D28),
 # The answer points back at the question (withdrawal from allies that
 # joined after 1997): the whole speech rejects it.
 ("That is a non-starter. There will be no first-class and second-class members in NATO. Our battlegroups in the east are defensive and proportionate, and they are there because Russia annexed Crimea.", *LU, "rollback-to-1997", "rejects", 1, D28),
 ("None. Quite the opposite: more troops, more heavy equipment, and now Russian forces moving into Belarus. We call on Russia to pull back and to choose the path of dialogue.", *LU, "russia-de-escalation", "supports", 1, D28),
 ("We have invited Russia to a new meeting of the council, and we are waiting for an answer. The ball is in Moscow's court.", *LU, "", "", 1, D28),
]

MZ_P = "What Moscow wants above all, Peskov said, is a halt to NATO enlargement, no strike weapons near Russia’s borders and the alliance’s military infrastructure returned to where it stood in 1997."
MZ_V2 = "What they really want is a signed guarantee that Ukraine never joins NATO, and they know they will not get one."
L["meduza-2022-02-02-founding-act"] = [
 ("Our main concerns have not been taken into account. That is obvious, and there is no point pretending otherwise,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-02-02"),
 (MZ_P, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-02-02"),
 (MZ_P, "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 0, "2022-02-02"),
 (MZ_P, "dmitry-peskov", 1, "Peskov", "rollback-to-1997", "supports", 0, "2022-02-02"),
 ("He also brushed aside Western calls to pull troops back from the Ukrainian border, saying Russia moves its forces on its own territory as it sees fit.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-02-02"),
 # The Founding Act paragraph is background, not a statement: no rows.
 # Marina Vetrova: an independent analyst who characterises and forecasts
 # Moscow's demands and attributes them to the Kremlin: mentions.
 ("Moscow political analyst Marina Vetrova sees the 1997 demand as theatre.", "marina-vetrova", 1, "Marina Vetrova", "rollback-to-1997", "mentions", 0, ""),
 ("Going back to 1997 is not a negotiating position, it is a pretext. Everyone in the Kremlin understands that NATO will never leave the Baltic states,", "marina-vetrova", 1, "Marina Vetrova", "rollback-to-1997", "mentions", 1, ""),
 (MZ_V2, "marina-vetrova", 1, "Marina Vetrova", "no-ukraine-membership", "mentions", 1, ""),
 (MZ_V2, "marina-vetrova", 1, "Marina Vetrova", "written-legal-guarantees", "mentions", 1, ""),
 # "on Tuesday" against Wed 2 Feb = 1 Feb.
 ("Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram on Tuesday that the West was “pretending not to hear” Russia’s demand for written, legally binding guarantees.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, "2022-02-01"),
 ("Peskov, for his part, insisted on Wednesday that any deal must be binding.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 0, "2022-02-02"),
 ("We need not declarations but legal guarantees,", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-02-02"),
]

PR = ("ned-price", 1, "Ned Price")
D02 = "2022-02-02"
ST_OD = "NATO's open door is not ours to trade away, and it is not Russia's to close. Who joins the Alliance is a matter for NATO Allies and the countries that aspire to join, full stop."
L["state-2022-02-02-price-briefing"] = [
 # QUESTION lines take no position; "Go ahead." is under six words.
 ("Good afternoon. Let me start with the documents that appeared in a Spanish newspaper this morning. We did not release them and we will not comment on leaks, but nothing in them differs from what we have told you in public.", *PR, "", "", 1, D02),
 ("It is not a concession. It is a reciprocal proposal. We are prepared to discuss transparency measures to confirm the absence of Tomahawk cruise missiles at those sites, if Russia does the same at two ground-launch missile bases of our choosing. And we are prepared to discuss reciprocal commitments on offensive ground-launched missiles in Europe.", *PR, "no-intermediate-range-missiles", "mentions", 1, D02),
 ("We are not going to set an artificial deadline for diplomacy. Foreign Minister Lavrov told the Secretary yesterday that Moscow is still studying the documents, and we will see what comes back.", *PR, "", "", 1, D02),
 ("What I would say is that diplomacy and de-escalation go together. It is very difficult to make real progress with more than 100,000 Russian troops on Ukraine's borders, and we continue to call on Moscow to pull them back.", *PR, "russia-de-escalation", "supports", 1, D02),
 (ST_OD, *PR, "nato-open-door", "supports", 1, D02),
 (ST_OD, *PR, "nato-non-expansion", "rejects", 1, D02),
 ("We have always believed that military-to-military channels should stay open, especially at moments like this one, when the risk of miscalculation is high. Chairman Milley and General Gerasimov have spoken, and we would welcome more of that dialogue.", *PR, "resume-military-dialogue", "supports", 1, D02),
]

HU_Z = "Nobody will decide for Ukrainians which alliance we join,"
L["hurriyetdailynews-2022-02-04-erdogan-kyiv-mediation"] = [
 ("We are ready to host a summit of the leaders or talks at the technical level in our country. Turkey is a friend to both sides, and a war in the Black Sea region would be a disaster for all of us,", "recep-tayyip-erdogan", 1, "Erdoğan", "", "", 1, "2022-02-03"),
 ("Zelensky thanked his guest for the visit and said Ukraine's course toward NATO membership would not change under pressure from Moscow.", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 0, "2022-02-03"),
 (HU_Z, "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-02-03"),
 (HU_Z, "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-02-03"),
 # Turkey has no actor id: its foreign minister speaks as himself.
 ("Foreign Minister Mevlüt Çavuşoğlu, who accompanied Erdoğan, told reporters that Turkey, as a NATO member, backed the alliance's open-door policy but believed Russia's concerns should be discussed at the table.", "mevlut-cavusoglu", 1, "Mevlüt Çavuşoğlu", "nato-open-door", "supports", 0, "2022-02-03"),
 ("Every country has the right to decide which alliance it joins. This is a founding principle of NATO, and Turkey has always defended it,", "mevlut-cavusoglu", 1, "Çavuşoğlu", "nato-open-door", "supports", 1, "2022-02-03"),
 # Montreux: no demand, and the quoted words are under six. The draft's
 # content is Russia's position; "in December" gives no day.
 ("Russia's draft treaty with the United States, published in December, would bar warships of both sides from areas from which they could strike the other's territory, a clause that would in effect keep U.S. naval vessels out of much of the Black Sea.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
]

AG_M = "The minister also noted, that Russia proposes to reduce the scale of the exercises near the line of contact and to agree the minimal distance of approach of the ships and the aircraft."
D27 = "2022-01-27"
L["aggregator-2022-01-27-shoigu-nato-activity"] = [
 # The lead reports "military activity" without a demand: no row.
 ("The number of the exercises of the alliance near our borders grows, and their scale becomes more and more large. We consider this as the direct threat to the security of Russia", "sergei-shoigu", 1, "Shoigu", "limit-military-exercises", "supports", 1, D27),
 ("According to the minister, the american strategic bombers made near the Russian borders in 2.5 times more flights, than in 2020, and the warships of NATO in the Black Sea practiced the strikes against the objects on the Russian territory, which is the provocation.", "sergei-shoigu", 1, "the minister", "no-warships-aircraft-in-strike-range", "supports", 0, D27),
 ("We proposed to the USA and NATO to fix in the treaty, that the warships and the aircraft will not be located in the areas, from where they can strike on the territory of other party", "sergei-shoigu", 1, "the head of the military department", "no-warships-aircraft-in-strike-range", "supports", 1, D27),
 (AG_M, "sergei-shoigu", 1, "The minister", "limit-military-exercises", "supports", 0, D27),
 (AG_M, "sergei-shoigu", 1, "The minister", "no-warships-aircraft-in-strike-range", "supports", 0, D27),
 ("Shoigu underlined, that the Russian troops carry out the planned combat training on the own territory, and the demands of the West to withdraw them from the Ukrainian border have no basis.", "sergei-shoigu", 1, "Shoigu", "russia-de-escalation", "rejects", 0, D27),
 # "Earlier": no day.
 ("Earlier the chief of the General Staff Valery Gerasimov declared, that the military infrastructure of NATO, which was deployed in the East Europe after 1997 year, creates the threat for Russia and it must be returned to the previous positions.", "valery-gerasimov", 1, "Valery Gerasimov", "rollback-to-1997", "supports", 0, ""),
 ("In his words, the supplies of the western weapons to Ukraine and the sending of the military instructors must be stopped.", "valery-gerasimov", 1, "Valery Gerasimov", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Kiev concentrated near the line of contact in Donbass about 125 thousand military men", "valery-gerasimov", 1, "Gerasimov", "", "", 1, ""),
]

DP_S = "We will not compromise on core principles. Each nation has the right to choose its own path, and that includes Ukraine,"
DP_N = "NATO said in a statement that allies had offered Russia talks on arms control, missile deployments and greater transparency around exercises, and had proposed restoring the two sides’ diplomatic missions and military lines of communication."
D12 = "2022-01-12"
L["dpa-2022-01-12-nato-russia-council"] = [
 ("The first meeting of the NATO-Russia Council in more than two years ended on Wednesday without a breakthrough, with the alliance rejecting Moscow’s demand for a halt to its eastward expansion.", "nato", 0, "the alliance", "nato-non-expansion", "rejects", 0, D12),
 (DP_S, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D12),
 (DP_S, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D12),
 ("It is a good sign that we sat down together at all, and we have proposed a series of further meetings.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D12),
 ("The alliance keeps telling us that its enlargement threatens nobody. We hear this dogma every time, and it is not an answer to our concerns,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D12),
 ("He warned that NATO’s refusal to give up the deployment of strike weapons near Russia’s borders would force Moscow to respond by military-technical means.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, D12),
 ("Fomin dismissed allied calls to pull back the troops gathered near Ukraine, saying Russian forces were training on Russia’s own soil.", "alexander-fomin", 1, "Fomin", "russia-de-escalation", "rejects", 0, D12),
 ("We proposed concrete measures, such as moving exercise areas away from the line of contact between Russia and NATO. The alliance has not even looked at them,", "alexander-fomin", 1, "the deputy defence minister", "limit-military-exercises", "supports", 1, D12),
 ("The Russian delegation said in a statement distributed after the talks that NATO must return to the configuration of 1997 and withdraw the forces deployed on the territory of its eastern members since then.", "russia", 0, "The Russian delegation", "rollback-to-1997", "supports", 0, D12),
 (DP_N, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, D12),
 (DP_N, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, D12),
 (DP_N, "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, D12),
]

YL_M = "Finlandisation was not something Finland chose freely, and it is not a model I would recommend to Ukraine or to anyone else. Every country decides on its own security arrangements,"
L["yle-2022-02-09-marin-finlandisation"] = [
 # Finland has no actor id: its leaders speak as themselves. Rejecting
 # Finlandisation as a template for Ukraine = rejecting a Ukraine barred
 # from NATO.
 ("Prime Minister Sanna Marin on Tuesday rejected the idea that Finland’s Cold War accommodation with Moscow could serve as a template for Ukraine, as European leaders shuttle between Moscow and Kyiv in search of a way out of the crisis.", "sanna-marin", 1, "Sanna Marin", "no-ukraine-membership", "rejects", 0, "2022-02-08"),
 (YL_M, "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-02-08"),
 (YL_M, "sanna-marin", 1, "Marin", "no-ukraine-membership", "rejects", 1, "2022-02-08"),
 # "on Sunday" against Wed 9 Feb = 6 Feb.
 ("Russia’s demands would also affect Finland and Sweden, he said, and Helsinki could not accept that “the door of an alliance could be closed to us by someone who is not a member of it.”", "sauli-niinisto", 1, "Sauli Niinistö", "nato-non-expansion", "rejects", 0, "2022-02-06"),
 ("the door of an alliance could be closed to us by someone who is not a member of it.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 1, "2022-02-06"),
 ("In his New Year’s speech on January 1, Niinistö had reminded Moscow that Finland’s room to manoeuvre included the possibility of military alignment and of applying for NATO membership, “should we ourselves so decide.”", "sauli-niinisto", 1, "Niinistö", "nato-open-door", "supports", 0, "2022-01-01"),
 ("Moscow’s draft agreement with NATO, published on December 17, would commit the alliance to forgo any further enlargement.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 # "in December": no day.
 ("Russian Foreign Ministry spokeswoman Maria Zakharova warned in December that Finnish and Swedish membership would have “serious military and political consequences”.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, ""),
 ("is a matter of our own sovereignty, not a bargaining chip.", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-02-08"),
]

write_gold(L, "articles-6", "gold-6")
