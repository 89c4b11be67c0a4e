#!/usr/bin/env python3
"""Writes the 194th held-out gold (gold-194/*.nq) from the labels below.

Batch 194 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's "security guarantees":

- afp-2022-01-10-geneva-sherman-ryabkov: AFP wire copy with front matter,
  straight quotes, a dash crosshead, agency sign-off; two actors in the lead
  sentence (Moscow / Washington), role-only attribution ("The deputy foreign
  minister"), a two-sentence quotation, Baker 1990 background.
- state-2022-01-12-sherman-nrc-briefing: State Department telephonic press
  briefing transcript without front matter (date in the header), speaker
  labels (MR PRICE, DEPUTY SECRETARY SHERMAN, OPERATOR, QUESTION).
- ria-2022-01-13-grushko-lukashevich: RIA Novosti machine-translated into
  English, UTF-8 BOM and CRLF line ends, « » quotation marks with "- X has
  told", upper-case crossheads, no front matter (date line "13.01.2022 14:32").
- guardian-2022-01-27-us-nato-written-replies: The Guardian with front
  matter, curly quotes, a standfirst and a crosshead, invented analysts, a
  quotation split by "said X", a demand attributed in passing to Moscow.
- meduza-2022-01-28-kholodov-interview: Meduza Q&A interview with an invented
  analyst; questions are plain paragraphs, answers start with an em dash.
- euronews-2022-02-01-live-putin-replies: Euronews live blog, no front matter
  ("Updated: 01/02/2022 - 19:40"), time-stamped entries in reverse order,
  „ “ quotation marks for a German minister.
- kyivindependent-2021-12-18-draft-treaties-reaction: Kyiv Independent with
  front matter, "Dec. 17" dates, reactions to the draft treaties.

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
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
lead = "Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington calling the demand a non-starter."
ry6 = "He said Moscow was ready to look at US ideas on where missiles could be stationed in Europe, but only as part of a package in which a stop to NATO enlargement came first."
sh9 = "She said the US was prepared to discuss the future deployment of offensive missile systems in Europe, as well as reciprocal limits on the size and scope of military exercises, ideas she said could serve Russia's interests as much as those of the allies."
drafts2 = "In the same documents, Moscow also called for a ban on NATO military activity in Ukraine, the South Caucasus and Central Asia, and for an end to the deployment of intermediate-range missiles in places from which they could hit the other side's territory."
L["afp-2022-01-10-geneva-sherman-ryabkov"] = [
 (lead, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (lead, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said the Russian delegation had explained that it could not accept a situation in which the alliance kept creeping towards Russia's borders, and that a halt to NATO's eastward expansion was \"the cornerstone\" of the package Moscow tabled in December.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("The deputy foreign minister added that Russia had no plans to invade Ukraine, and said the movements of Russian troops on Russian territory were \"nobody else's business\".", "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 (ry6, "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (ry6, "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (sh9, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (sh9, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("Sherman also urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("De-escalation is the only way diplomacy can really succeed,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("it is too early to say where this process will lead", "wendy-sherman", 1, "She", "", "", 1, D),
 ("In draft treaties published on December 17, Moscow demanded that NATO withdraw forces and weapons from the countries that joined the alliance after 1997, including Poland, Romania and the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (drafts2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (drafts2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Moscow keeps asking for a legally binding treaty, and Washington keeps offering talks about talks,", "lukas-hennig", 1, "Lukas Hennig", "written-legal-guarantees", "mentions", 1, ""),
 ("The gap is not narrowing. It is just being managed more politely than before,", "lukas-hennig", 1, "Hennig", "", "", 1, ""),
]

D = "2022-01-12"
S = ("wendy-sherman", 1, "Wendy Sherman")
p2 = "Allies made clear that we will not slam the door on NATO's open-door policy, and that no country outside the Alliance has a veto over who joins it. That includes Ukraine and it includes Georgia."
p3 = "We also put forward ideas on which we believe we can make progress together: reciprocal limits on the size and scope of exercises, greater transparency, risk reduction, and arms control, including on the intermediate-range missiles that the INF Treaty used to cover. We would like to see the NATO-Russia Council meet again, and we would welcome restoring the military lines of communication between NATO and Russia that have gone quiet."
p7 = "The Russian delegation went through its draft point by point, including its request that we disavow the Bucharest declaration and halt our military cooperation with Ukraine and Georgia. We listened carefully, and we asked a great many questions."
L["state-2022-01-12-sherman-nrc-briefing"] = [
 ("Thank you, Ned, and good afternoon to all of you. We have just concluded a little more than four hours of talks at the NATO-Russia Council here in Brussels, where all thirty Allies spoke with one voice.", *S, "", "", 1, D),
 (p2, *S, "nato-open-door", "supports", 1, D),
 (p2, *S, "no-ukraine-membership", "rejects", 1, D),
 (p3, *S, "limit-military-exercises", "mentions", 1, D),
 (p3, *S, "no-intermediate-range-missiles", "mentions", 1, D),
 (p3, *S, "resume-military-dialogue", "supports", 1, D),
 ("But I want to be equally clear: it is Russia that has amassed more than 100,000 troops on Ukraine's border, and it is Russia that must de-escalate if these conversations are to continue in good faith.", *S, "russia-de-escalation", "supports", 1, D),
 ("We are going to respond in writing to Russia's proposals, and we will share that response with our Allies first. But what we will not do is agree to freeze NATO's borders or trade away the sovereignty of our partners. That is not on the table, and Russia knows it.", *S, "nato-non-expansion", "rejects", 1, D),
 ("They did. And I think every Ally around the table, and certainly those on the eastern flank, said very plainly that this is a non-starter. Allied forces are in Poland, in Romania, in the Baltic states because those sovereign countries asked them to be there, and they will stay there.", *S, "rollback-to-1997", "rejects", 1, D),
 (p7, *S, "rescind-bucharest-2008", "mentions", 1, D),
 (p7, *S, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("I can't tell you what Russia's decision will be, and frankly I don't think the Russian delegation knew either at the end of the day. They have to go back to Moscow and report to President Putin.", *S, "", "", 1, D),
 ("Reciprocity means reciprocity. If Russia is prepared to accept limits and notification on its own exercises, including on the very large drills it has held near its borders, then we are prepared to talk about our own. But none of this happens at gunpoint, and none of it happens without our Allies.", *S, "limit-military-exercises", "mentions", 1, D),
 ("One more thing: we have been in touch with President Zelensky's team and with Foreign Minister Kuleba throughout, and we will continue to be. There will be nothing about Ukraine without Ukraine.", *S, "", "", 1, D),
]

W, T = "2022-01-12", "2022-01-13"
g3 = "According to the diplomat, the Russian side presented in detail the draft of the agreement, including the points about the withdrawal of the forces of the alliance to the positions of the year 1997 and about the refusal of the deployment of the strike weapon systems near the Russian borders."
lq = "We are on the verge of the critical point. The exercises of NATO near our borders, the flights of the strategic bombers, the appearance of the warships of the alliance in the Black sea - all this must be stopped"
ry = "According to Ryabkov, the American proposals about the missiles of the medium and shorter range are «interesting», but the demand that Ukraine and Georgia never become the members of NATO remains for Moscow the key one."
L["ria-2022-01-13-grushko-lukashevich"] = [
 ("Russia will not accept the situation when NATO continues the expansion to the east, has declared on Wednesday the deputy minister of foreign affairs of the Russian Federation Alexander Grushko following the session of the Council Russia-NATO in Brussels.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, W),
 ("We have the feeling that the alliance does not hear us. The non-expansion of NATO is for us the absolute imperative, it is the question of the national security", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, W),
 (g3, "alexander-grushko", 1, "the diplomat", "rollback-to-1997", "supports", 0, W),
 (g3, "alexander-grushko", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, W),
 ("The so-called policy of the open doors is for us not the principle, it is the instrument of the expansion. Nobody asked Russia, when the doors were opened", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, W),
 ("If NATO goes on the path of the containment, we will answer with the counter-containment. If the deterrence, then the counter-deterrence", "alexander-grushko", 1, "the deputy minister", "", "", 1, W),
 ("Grushko also has noted that the military contacts between Russia and NATO are practically frozen, and Moscow does not see now the sense to restore them while the alliance considers Russia as the adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, W),
 ("Moscow insists also on the cancellation of the decision of the summit of NATO in Bucharest of the year 2008, where Ukraine and Georgia were promised the membership in the alliance.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Meanwhile in Vienna the permanent representative of Russia at the OSCE Alexander Lukashevich at the session of the Permanent council on Thursday has called the situation «extremely serious» and has declared that Russia needs the guarantees fixed on the paper and having the legal force, not the verbal promises which were already broken once.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, T),
 (lq, "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 1, T),
 (lq, "alexander-lukashevich", 1, "Lukashevich", "no-warships-aircraft-in-strike-range", "supports", 1, T),
 ("Rau also has called Russia to withdraw the troops from the border with Ukraine and to return to the dialogue, on which the organization is based.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, T),
 ("The talks have been initiated by us to receive the concrete answers to the concrete questions. On the main issues, which are of principle for us, there are disagreements", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("Peskov also has called the demands of the West to withdraw the Russian troops from the border with Ukraine the interference into the internal affairs of Russia, which moves its forces on its own territory as it considers necessary.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, T),
 (ry, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, T),
 (ry, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, T),
 ("We do not see the reasons to sit at the table again in the coming days, if the American side does not give the answer on the main things", "sergei-ryabkov", 1, "he", "", "", 1, T),
]

D = "2022-01-26"
lead = "The United States and Nato on Wednesday delivered written responses to Russia’s demands for security guarantees, rejecting Moscow’s call to bar Ukraine from the alliance while offering talks on arms control and on military exercises."
bl5 = "He said the written reply also addressed Russian concerns about offensive missiles in Europe, despite Moscow’s insistence that such issues were secondary to a halt to Nato enlargement."
st8 = "We will not deny the right of Sweden, Finland, Ukraine or any other country to choose its own path, and we will not withdraw from the eastern part of the alliance,"
ca = "Washington has taken the parts of the Russian draft that are about missiles and exercises and said yes, let’s talk – and has thrown the rest, above all the demand that Nato close its door, into the bin,"
la = "Sitting down with Moscow with no preconditions while 100,000 troops stand on Ukraine’s border would simply reward blackmail,"
L["guardian-2022-01-27-us-nato-written-replies"] = [
 (lead, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 (lead, "nato", 0, "Nato", "no-ukraine-membership", "rejects", 0, D),
 (lead, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, D),
 (lead, "nato", 0, "Nato", "limit-military-exercises", "mentions", 0, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, D),
 ("Blinken said the response included proposals on “reciprocal transparency measures” regarding force posture in Ukraine, as well as confidence-building measures on military exercises and manoeuvres in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (bl5, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (bl5, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("In Brussels on Wednesday, the Nato secretary general, Jens Stoltenberg, said the alliance had sent its own proposals, including an offer to restore the Russian and Nato missions in each other’s capitals and to re-establish military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (st8, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (st8, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (st8, "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("The foreign minister, Sergei Lavrov, said on Thursday that the US response contained “no positive reaction” on the main issue, the non-expansion of Nato, though it gave grounds to start “a serious conversation on secondary issues”.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is little ground for optimism,", "dmitry-peskov", 1, "he", "", "", 1, ""),
 (ca, "imogen-castellane", 1, "Imogen Castellane", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ca, "imogen-castellane", 1, "Imogen Castellane", "limit-military-exercises", "mentions", 1, ""),
 (ca, "imogen-castellane", 1, "Imogen Castellane", "nato-non-expansion", "mentions", 1, ""),
 ("She noted that the Nato letter also offered to restore military hotlines with Moscow, an idea the Kremlin has so far met with silence.", "imogen-castellane", 1, "She", "resume-military-dialogue", "mentions", 0, ""),
 ("The Kremlin asked for a promise that would roll Nato back to 1997,", "pavel-zaruba", 1, "Pavel Zaruba", "rollback-to-1997", "mentions", 1, ""),
 ("It got a letter offering to talk about the things Moscow only added to make its package look balanced.", "pavel-zaruba", 1, "Pavel Zaruba", "", "", 1, ""),
 ("Marcus Feldt, a former Pentagon official, said a moratorium on intermediate-range missiles in Europe would be a gift to the Kremlin, since Russia had already deployed the cruise missile that killed the INF treaty.", "marcus-feldt", 1, "Marcus Feldt", "no-intermediate-range-missiles", "rejects", 0, ""),
 ("There is nothing in it about Ukraine without Ukraine, and that is what matters to us,", "dmytro-kuleba", 1, "he", "", "", 1, ""),
 (la, "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, ""),
 (la, "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, ""),
]

D = "2022-01-27"
K = ("arseny-kholodov", 1, "Arseny Kholodov")
a1 = "Formally, nothing happened. Moscow asked for three things above all: no further NATO enlargement, no strike weapons near our borders and a return of NATO’s military infrastructure to where it stood in 1997. On all three it got a polite no."
a8 = "Something modest. Limits on exercises close to the border on both sides, notifications, maybe restrictions on where bombers and warships can operate. And the Russian troops around Ukraine would have to go home first; without that, no Western government can sell any agreement at home."
L["meduza-2022-01-28-kholodov-interview"] = [
 (a1, *K, "nato-non-expansion", "mentions", 1, D),
 (a1, *K, "no-strike-weapons-near-borders", "mentions", 1, D),
 (a1, *K, "rollback-to-1997", "mentions", 1, D),
 ("The Americans at least did what they promised: they answered on paper, they did it quickly, and they coordinated every line with the Europeans and with Kyiv.", *K, "", "", 1, D),
 ("I would say the missile part is the one real opening. Both sides lost something when the INF Treaty died, and a mutual ban on intermediate-range missiles in Europe is something the military on both sides would actually welcome.", *K, "no-intermediate-range-missiles", "supports", 1, D),
 ("The demand that Ukraine never join NATO was never going to be accepted by Washington. Nobody in Brussels can sign that. But in practice Ukraine is not joining anyway, and everybody knows it. That is the tragedy of this negotiation.", *K, "no-ukraine-membership", "mentions", 1, D),
 ("It says so, and the Americans wrote it again in their letter: every country chooses its own alliances. That line was always going to be there; the Kremlin knew it before it sent the drafts.", *K, "nato-open-door", "mentions", 1, D),
 ("No. A treaty would need ratification by the US Senate and by thirty parliaments. The Kremlin knows that perfectly well. Insisting on a legally binding document instead of a political declaration is a way of asking for something that cannot be given and then blaming the other side for refusing it.", *K, "written-legal-guarantees", "rejects", 1, D),
 ("Moscow says it wants talks without preconditions, but it has made it clear that only one answer will satisfy it. That is a precondition too, just dressed differently.", *K, "no-preconditions", "mentions", 1, D),
 (a8, *K, "limit-military-exercises", "supports", 1, D),
 (a8, *K, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (a8, *K, "russia-de-escalation", "supports", 1, D),
 ("The most useful thing would be boring: restore the channels between the general staffs that worked before 2014. When militaries stop talking, accidents turn into wars.", *K, "resume-military-dialogue", "supports", 1, D),
 ("I am saying the risk is higher than at any moment in my career. Troops do not stand in the snow for months for nothing. But I still believe that nobody in Moscow has taken the final decision, and that the people who have to carry it out would rather not.", *K, "", "", 1, D),
 ("Putin will take his time. Lavrov has already sent letters to European capitals asking each of them to explain what they mean by indivisible security. That is an attempt to split the allies, and it will probably fail, because the replies will be coordinated just like the American one.", *K, "", "", 1, D),
 ("After that, the Kremlin will have to choose between a long negotiation that gives it small things and a military move that could cost it a great deal. I do not envy the people who have to write that memo.", *K, "", "", 1, D),
]

D = "2022-02-01"
lv = "The Russian Foreign Ministry said Lavrov had stressed in the call that further NATO expansion and the deployment of offensive weapons near Russia's borders were unacceptable to Moscow."
pu = "We did not see an adequate consideration of our three key demands: preventing NATO expansion, refusing to deploy strike weapons systems near Russian borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997,"
za = "Georgia's foreign minister David Zalkaliani said Tbilisi remained committed to NATO membership and that Moscow had no say in the matter."
ba = "We are ready for serious dialogue with Russia on arms control and on transparency around military exercises, but not on whether Ukraine may choose its own alliances"
L["euronews-2022-02-01-live-putin-replies"] = [
 (lv, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (lv, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("A State Department readout said Blinken urged Russia to pursue immediate de-escalation and withdraw its troops from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("Blinken also told Lavrov that the United States remained open to a dialogue on mutual security concerns, including the placement of missiles in Europe, according to the readout.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (pu, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (pu, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (pu, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("NATO Secretary General Jens Stoltenberg dismissed the Kremlin's call for the alliance to scale back its exercises in eastern Europe, saying allied drills were \"defensive and transparent\".", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 0, D),
 (za, "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 0, D),
 (za, "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 0, D),
 ("The Bucharest decision is not something Moscow can cancel by writing a treaty,", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 1, D),
 ("Polish Defence Minister Mariusz Błaszczak said Warsaw would not accept any arrangement that limited which allied weapons could be deployed on Polish soil, calling Moscow's proposals on the issue an attempt to create \"a grey zone\" in Europe.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("Living next to a neighbour like Russia, we have the feeling of living at the foot of a volcano,", "mateusz-morawiecki", 1, "Morawiecki", "", "", 1, D),
 ("Morawiecki called on Moscow to withdraw its forces from the Ukrainian border and warned that sanctions would follow any aggression.", "mateusz-morawiecki", 1, "Morawiecki", "russia-de-escalation", "supports", 0, D),
 (ba, "annalena-baerbock", 1, "Baerbock", "limit-military-exercises", "mentions", 1, D),
 (ba, "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, D),
 (ba, "annalena-baerbock", 1, "Baerbock", "no-ukraine-membership", "rejects", 1, D),
 ("Sofia Andreescu, a researcher at the Bucharest-based Centre for Eastern Flank Studies, said both sides now presented a pullback of Russian troops from Ukraine's border as the test of Moscow's intentions.", "sofia-andreescu", 1, "Sofia Andreescu", "russia-de-escalation", "mentions", 0, D),
 ("The letters have been exchanged. Now everybody is watching the tanks, not the paper,", "sofia-andreescu", 1, "she", "", "", 1, D),
 ("Moscow insists that it has no plans to invade Ukraine, while demanding that NATO stop cooperating militarily with Kyiv and with other former Soviet republics.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2021-12-17"
ru = "Russia on Dec. 17 published draft security agreements with the U.S. and NATO that would bar Ukraine from ever joining the alliance and ban NATO military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia."
so = "It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto,"
pt = "Russian President Vladimir Putin has repeatedly said that NATO's expansion towards Russia's borders is a red line, and that Moscow needs guarantees that go beyond words."
L["kyivindependent-2021-12-18-draft-treaties-reaction"] = [
 (ru, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 (ru, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We need legally binding guarantees, because our Western colleagues did not fulfil the political commitments they made verbally,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We are ready to sit down tomorrow, without any preconditions, but with the understanding that the whole package is on the table,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, D),
 ("Ryabkov also said NATO had to formally disavow the Bucharest formula, under which Ukraine and Georgia \"will become members,\" calling it a \"source of permanent tension.\"", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, D),
 ("Ukraine's partnership with NATO is our sovereign choice and will not be the subject of anyone's bargaining,", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Russia does not get to decide whether American or British instructors train our soldiers. It did not ask us in 2014 and it will not dictate to us now,", "dmytro-kuleba", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Kuleba added that the best way to improve security in Europe would be for Russia to pull back the roughly 100,000 troops it has amassed near Ukraine's borders.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 ("no talks on European security without our European allies and partners.", "jen-psaki", 1, "Jen Psaki", "", "", 1, D),
 ("We will not compromise the key principles on which European security is built, including that all countries have the right to decide their own future and foreign policy, free from outside interference,", "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 ("She said Washington was ready to discuss Moscow's concerns, noting that the draft also called for a ban on U.S. warships and bombers in areas from which they could strike Russia.", "jen-psaki", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 (so, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (so, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("Moscow is demanding that the U.S. stop sailing warships in the Black Sea and flying reconnaissance planes near Crimea. That is a demand to turn the Black Sea into a Russian lake,", "taras-bilyk", 1, "Taras Bilyk", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Nobody in Washington can sign this, and everybody in Moscow knows it,", "taras-bilyk", 1, "he", "", "", 1, ""),
 ("Another expert, former Ukrainian diplomat Oksana Mykhalchuk, said the demand to withdraw NATO forces from countries that joined after 1997 was aimed at the Baltic states and Poland rather than at Ukraine.", "oksana-mykhalchuk", 1, "Oksana Mykhalchuk", "rollback-to-1997", "mentions", 0, ""),
 ("This is a text written for the Russian public, not for Washington,", "oksana-mykhalchuk", 1, "she", "", "", 1, ""),
 (pt, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
 (pt, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
]

write_gold(L, "articles-194", "gold-194")
