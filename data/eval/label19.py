#!/usr/bin/env python3
"""Writes the nineteenth held-out gold (gold-19/*.nq) from the labels below.

Batch 19 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor, its lexicon, its command code, nor any
batch from 10 on (nor the parallel batch 18). The only material read was the
design document (demand ids, article files), the curated statements, goldlib.py,
label9.py and articles-9 as format examples. No sentence was copied from them.

Seven invented but date-plausible pieces on Russia's security-guarantee demands
(Dec 2021 - Feb 2022), seven outlets and styles: a Reuters timeline (dated
entries, two quotations back to back), a Japan Times/Kyodo report with site
junk lines, a Yle News report, a CNN rush transcript without front matter
(anchor, video clips, guest), a Russian regional paper in clumsy translation
without front matter (« » quotes, "— said he"), a Council of the EU press
release with the full text of its conclusions and web furniture, and a Der
Spiegel long-read excerpt with 1990/1997/2008 background history.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices:
- One label per (speaker, demand) a passage expresses; an indirect lead
  sentence and a following quotation are separate passages (as in label9).
- Direct quotation: the words between the marks (closing punctuation inside
  the marks kept, outside left out); a quotation running over several
  sentences is one span when no attribution interrupts it. Indirect speech:
  the whole sentence (after a timeline's "Dec. 10 - " date prefix). Transcript
  turns and video clips: the sentence(s) carrying the position, direct=1; a
  turn about no demand is labelled whole with demand "".
- A direct quotation of six or more words about none of the demands gets one
  label with demand "" and stance "". Shorter quotations ("a serious
  diplomatic path", "a path that avoids war", "to prevent accidents") get no
  label of their own. Reported speech about none of the demands (Peskov
  "would not rush", Blinken promising a written answer, Lavrov's OSCE letter,
  the Kishida-Biden summit, Stoltenberg's 17 Dec remark, an anonymous
  Japanese official) is not labelled, as in label9.
- The numbered conclusions of the Council of the EU, printed in full in its
  own press release, are the EU's own words: speaker european-union, direct=1,
  each point treated like a transcript turn (point 4, about no demand, whole
  with demand ""). The press release's quote box is Borrell's, dated with the
  release.
- A draft's content is its author's statement: "The ministry publishes a draft
  treaty ..." -> russian-foreign-ministry (the author the timeline names);
  "the two drafts that Moscow published" -> russia; Russia's draft for NATO
  dated 17 Dec 2021.
- Speaker name: the words naming the speaker at that point, pronouns as
  written ("he", "she"), titles dropped when the text gives the full name
  ("Yoshimasa Hayashi"); transcript captions as printed ("WENDY SHERMAN").
  Where a passage has no naming words (EU conclusions points 2 and 4), the
  nearest preceding name of that speaker.
- Anonymous "senior NATO official" -> nato. Named analysts and the invented
  guest keep person slugs of their names.
- Stances: a Western or Ukrainian official asserting a country's free choice
  of alliances supports nato-open-door and, when Ukraine is named, rejects
  no-ukraine-membership; Scholz's "not on the agenda" takes no side (mentions);
  offers to discuss missiles or exercises are mentions; refusing Russia's
  demand that Russia pull back first = rejects russia-de-escalation; Sherman's
  refusal to forgo cooperation with sovereign states = rejects
  no-military-activity-ex-soviet; a Finnish minister's "exercises as planned,
  whatever is discussed with Moscow" = rejects limit-military-exercises;
  Finnish/Swedish membership warnings = supports nato-non-expansion; Putin's
  "missiles near the U.S. border" = no-strike-weapons-near-borders.
- Background history (Baker 1990, Founding Act 1997, Bucharest 2008, Finland's
  wars, Kaliningrad's battlegroups) is not labelled.
- Dates: the day the words were said, resolved against the publication date or
  the timeline entry; New Year's Day speech quoted on 14 Jan -> 2022-01-01;
  "A week earlier" than 17 Dec -> 2021-12-10; "The day before" Scholz's
  Tuesday (15 Feb) -> 2022-02-14; "last month", "in January", remarks to a
  correspondent or to DER SPIEGEL without a day -> "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-26-timeline-security-guarantees"] = [
 ("The Russian Foreign Ministry says Moscow wants legally binding guarantees that NATO will give up any further eastward expansion.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "written-legal-guarantees", "supports", 0, "2021-12-10"),
 ("The Russian Foreign Ministry says Moscow wants legally binding guarantees that NATO will give up any further eastward expansion.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-10"),
 ("Under the texts, the alliance would rule out any further enlargement, and neither side would deploy intermediate-range missiles in areas from which they could strike the other's territory.", "russian-foreign-ministry", 0, "The ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Under the texts, the alliance would rule out any further enlargement, and neither side would deploy intermediate-range missiles in areas from which they could strike the other's territory.", "russian-foreign-ministry", 0, "The ministry", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("We have made it clear that any further movement of NATO to the east is unacceptable,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("Are we putting our missiles near the U.S. border? No. It is the United States that has come to our home with its missiles.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Secretary-General Jens Stoltenberg says allies are ready to discuss arms control, including missile deployments, but will not compromise on core principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Ukraine's relationship with NATO will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Ukraine's relationship with NATO will be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Blinken says the U.S. document sets out \"a serious diplomatic path\" but makes no concession on NATO's open-door policy.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
]
L["japantimes-2022-01-28-hayashi-wang-russia-reply"] = [
 ("Foreign Minister Yoshimasa Hayashi said Friday that Japan supports the written replies the United States and NATO delivered to Moscow this week, including their refusal to give Russia a say over which countries may join the Western alliance.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "nato-open-door", "supports", 0, "2022-01-28"),
 ("We will continue to coordinate closely with the Group of Seven and the international community, including on sanctions, so that we can respond appropriately,", "yoshimasa-hayashi", 1, "Hayashi", "", "", 1, "2022-01-28"),
 ("The main question is our clear position that NATO must not expand further east and that strike weapons able to threaten Russian territory must not be deployed,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position that NATO must not expand further east and that strike weapons able to threaten Russian territory must not be deployed,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("reasonable security concerns should be taken seriously and addressed,", "wang-yi", 1, "Wang Yi", "", "", 1, "2022-01-27"),
 ("Security in one region cannot be achieved by reinforcing military blocs, let alone by enlarging them,", "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 1, "2022-01-27"),
]
L["yle-2022-01-14-niinisto-nato-option"] = [
 ("President Sauli Niinistö said on Friday that a week of talks between Russia and the West had not brought the two sides any closer, and that nothing discussed in Geneva, Brussels or Vienna could limit Finland's right to apply for Nato membership.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-14"),
 ("Dialogue is always better than silence, but the distance between the positions is still very great,", "sauli-niinisto", 1, "Niinistö", "", "", 1, "2022-01-14"),
 ("also includes the possibility of military alignment and of applying for Nato membership, should we ourselves so decide", "sauli-niinisto", 1, "he", "nato-open-door", "supports", 1, "2022-01-01"),
 ("But nobody else can take that option away from us. Finland decides its own security policy,", "sanna-marin", 1, "she", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Russian Foreign Ministry spokeswoman Maria Zakharova warned last month that Finnish or Swedish membership of the alliance would have \"serious military and political consequences\" to which Russia would have to respond.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, ""),
 ("Defence Minister Antti Kaikkonen said on Wednesday that the Finnish Defence Forces would take part in exercises with Nato and its partners this year as planned, whatever is being discussed with Moscow.", "antti-kaikkonen", 1, "Antti Kaikkonen", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("The Nato battlegroups in the Baltic states are part of Finland's security environment as well, and Helsinki could never accept a deal in which they are sent home,", "tuomas-hirvonen", 1, "he", "rollback-to-1997", "rejects", 1, ""),
]
L["cnn-2022-01-10-newsroom-geneva-talks"] = [
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "WENDY SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("We did tell the Russian delegation that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of the INF Treaty, and reciprocal limits on the size and scope of exercises.", "wendy-sherman", 1, "WENDY SHERMAN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We did tell the Russian delegation that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of the INF Treaty, and reciprocal limits on the size and scope of exercises.", "wendy-sherman", 1, "WENDY SHERMAN", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("But it is very hard to see real progress in an atmosphere of escalation. Russia can de-escalate, and that is what we need to see.", "wendy-sherman", 1, "WENDY SHERMAN", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need legally binding guarantees, not promises.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Pulling NATO troops out of Poland and the Baltic states, back to where things stood in 1997, is a nonstarter, and they know it.", "thomas-greer", 1, "THOMAS GREER", "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("Getting our generals and their generals talking regularly again, the way they used to, is something we should want whatever happens in Geneva, because that's how you stop an incident over the Black Sea from becoming a war.", "thomas-greer", 1, "GREER", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("Look, I've sat across the table from these people. They came to Geneva with maximalist demands and a hundred thousand troops on the border, and I don't think anyone in that room today knows what Vladimir Putin is going to decide. I certainly don't.", "thomas-greer", 1, "GREER", "", "", 1, "2022-01-10"),
]
L["kaliningradskaya-pravda-2022-01-27-guarantees-region"] = [
 ("It would be very premature to draw any conclusions, the texts need time to be analysed", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("The head of the Russian MFA Sergei Lavrov on Thursday underlined in an interview to Russian radio stations that Moscow needs the guarantees in the form of a legally binding document, and not of political declarations which can be forgotten the next day.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("In 1997 there was nothing of this near us. The forces which NATO brought after that into the Baltic countries and Poland must leave, this is exactly what our proposals are about", "anton-alikhanov", 1, "the head of the region", "rollback-to-1997", "supports", 1, ""),
 ("The deputy of the State Duma from the Kaliningrad region Yevgeny Mishin considers that the scale of the alliance's manoeuvres near the borders of the region must also be limited.", "yevgeny-mishin", 1, "Yevgeny Mishin", "limit-military-exercises", "supports", 0, ""),
 ("The American destroyers come into the Baltic and go along our coast. They must keep away from the zone from which they can strike at Kaliningrad, and the same concerns their strategic bombers", "yevgeny-mishin", 1, "the deputy", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("For the ordinary Kaliningrad resident the main question today is whether transit through Lithuania will keep working normally", "vadim-smirnov", 1, "he", "", "", 1, ""),
]
L["consilium-2022-01-24-conclusions-european-security"] = [
 ("No one in Moscow can decide for Ukraine, or for any other country, which alliances it may join. Europe will not go back to the logic of spheres of influence.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, "2022-01-24"),
 ("No one in Moscow can decide for Ukraine, or for any other country, which alliances it may join. Europe will not go back to the logic of spheres of influence.", "josep-borrell", 1, "Josep Borrell", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 ("The Council condemns Russia's continued aggressive actions and threats against Ukraine and calls on Russia to de-escalate, to withdraw the forces it has amassed along Ukraine's borders and to engage constructively in dialogue through established international mechanisms.", "european-union", 0, "The Council", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("The European security order rests on the principles of the UN Charter, the Helsinki Final Act and the Charter of Paris, among them the sovereign equality and territorial integrity of states, the inviolability of frontiers, the refraining from the threat or use of force, and the freedom of states to choose or change their own security arrangements. These principles are neither negotiable nor subject to revision or re-interpretation.", "european-union", 0, "The European Union", "nato-open-door", "supports", 1, "2022-01-24"),
 ("The EU stands ready to engage in dialogue on strengthening security in Europe, notably in the OSCE, including on arms control, risk reduction and greater transparency of military exercises, in close coordination with its transatlantic partners.", "european-union", 0, "The EU", "limit-military-exercises", "mentions", 1, "2022-01-24"),
 ("Any further military aggression by Russia against Ukraine will have massive consequences and severe costs in response, including a wide array of sectoral and individual restrictive measures adopted in coordination with partners.", "european-union", 0, "the European Union", "", "", 1, "2022-01-24"),
]
L["spiegel-2022-02-18-macron-scholz-moscow"] = [
 ("The proposed treaty with Washington would bar the United States from establishing military bases in former Soviet republics that are not members of NATO, and from developing bilateral military cooperation with them.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("The draft for NATO goes further still: allied forces would have to return to where they stood in May 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("A week earlier, the Russian Foreign Ministry had already demanded that the alliance formally disavow the Bucharest promise.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rescind-bucharest-2008", "supports", 0, "2021-12-10"),
 ("We see that the fundamental Russian concerns were ignored: no further expansion of NATO, no strike weapons near our borders, and the bloc's military infrastructure back where it was in 1997,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We see that the fundamental Russian concerns were ignored: no further expansion of NATO, no strike weapons near our borders, and the bloc's military infrastructure back where it was in 1997,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We see that the fundamental Russian concerns were ignored: no further expansion of NATO, no strike weapons near our borders, and the bloc's military infrastructure back where it was in 1997,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Everyone knows that the question of Ukraine's NATO membership is not on the agenda,", "olaf-scholz", 1, "the chancellor", "no-ukraine-membership", "mentions", 1, "2022-02-15"),
 ("They tell us it will not happen tomorrow. Then when? The day after tomorrow? For us, historically, that changes nothing. We want this question resolved now,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("Perhaps NATO membership is a dream for us, but it is our choice, and nobody in Moscow will make it for us,", "volodymyr-zelensky", 1, "the Ukrainian president", "nato-open-door", "supports", 1, "2022-02-14"),
 ("Perhaps NATO membership is a dream for us, but it is our choice, and nobody in Moscow will make it for us,", "volodymyr-zelensky", 1, "the Ukrainian president", "no-ukraine-membership", "rejects", 1, "2022-02-14"),
 ("A senior NATO official told DER SPIEGEL that the written reply of Jan. 26 proposed reopening the liaison offices Moscow closed in the autumn and restoring regular contacts between military commanders \"to prevent accidents.\"", "nato", 0, "A senior NATO official", "resume-military-dialogue", "supports", 0, ""),
 ("Foreign Minister Sergei Lavrov said in January that Russia would accept no preconditions for the talks, least of all a demand that it first move its troops away from Ukraine's borders.", "sergei-lavrov", 1, "Sergei Lavrov", "no-preconditions", "supports", 0, ""),
 ("Foreign Minister Sergei Lavrov said in January that Russia would accept no preconditions for the talks, least of all a demand that it first move its troops away from Ukraine's borders.", "sergei-lavrov", 1, "Sergei Lavrov", "russia-de-escalation", "rejects", 0, ""),
]

write_gold(L, "articles-19", "gold-19")
