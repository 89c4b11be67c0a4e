#!/usr/bin/env python3
"""Writes the held-out gold of batch 55 (gold-55/*.nq) from the labels below.

Batch 55 holds seven texts of different outlets and forms, all about Russia's
demands for "security guarantees" (December 2021 - February 2022):
  - an Associated Press explainer (front matter, AP dateline, straight quotes,
    narrator summaries of Russia's demands, analysts quoted);
  - a CBS "Face the Nation" transcript (speaker labels in capitals, an
    interview with Antony Blinken and one with an analyst, Renata Voss);
  - a CNN live-updates page (no front matter: publication date from the
    "Updated ..." line, time-stamped posts, each with its own crosshead,
    curly quotes);
  - a House Foreign Affairs Committee hearing record (front matter, speaker
    labels "Mr. McCAUL.", statements of witnesses, members' questions);
  - a New York Times news analysis (no front matter: date from the byline,
    headline and standfirst, "Mr." titles, historical background);
  - a Russian Security Council press release (BOM, CRLF line ends,
    guillemets, speakers named by initials "S.V. Lavrov");
  - a story of The Hill (no front matter: date from the byline, curly and
    German quotation marks).

The labels were written by hand, from reading the articles, by a second
annotator who saw neither the extractor nor its lexicon nor the other
annotator's labels. Each label names its evidence by a unique substring of
the article; this script only turns it into code-point offsets (into the
whole file, BOM and front matter included) and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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
  russia, not a person), undated when no day is given; here it takes the
  same evidence as the host label, with direct 0 (the words are not Russia's);
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country (likewise a senior State
  Department official -> us-state-department); speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (posts of the live page are dated by their
  time stamp).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

_ap_ru = "In the two draft documents it published on Dec. 17, Russia demanded that NATO rule out membership for Ukraine and other former Soviet nations and that the alliance roll back its forces from the Central and Eastern European countries that joined after 1997."
_ap_ships = "Moscow also wants the United States and its allies to keep their warships and warplanes out of areas from which they could strike Russian territory, and to curb military drills near its borders."
_ap_marchuk = "What the Kremlin is really asking for is a veto over Ukraine's future, written down and signed by Washington,"
_ap_noted = "She noted that Moscow also wants Western instructors and weapons out of Ukraine."
_ap_price = "State Department spokesman Ned Price said Tuesday that Washington was prepared to discuss Russian concerns about bombers and warships operating near Russia's borders, as long as any arrangement applied equally to Russian forces operating near NATO territory."
L["ap-2022-01-20-explainer-russia-demands"] = [
 (_ap_ru, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (_ap_ru, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (_ap_ru, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (_ap_ships, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (_ap_ships, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Putin has insisted the guarantees be put in writing.", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, ""),
 ("We need legally binding guarantees,", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("because you have cheated us, brazenly cheated us.", "vladimir-putin", 1, "he", "", "", 1, "2021-12-23"),
 (_ap_marchuk, "olena-marchuk", 1, "Olena Marchuk", "no-ukraine-membership", "mentions", 1, ""),
 (_ap_marchuk, "olena-marchuk", 1, "Olena Marchuk", "written-legal-guarantees", "mentions", 1, ""),
 (_ap_marchuk, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (_ap_marchuk, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (_ap_noted, "olena-marchuk", 1, "She", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (_ap_noted, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Moscow has since made clear it wants that pledge formally revoked.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The decision we took in Bucharest stands. It is not up for negotiation,", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 (_ap_price, "ned-price", 1, "Ned Price", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-18"),
 (_ap_price, "russia", 0, "Russian", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Washington treats the open door as sacred and Moscow treats it as the root of the problem, and neither can back down without losing face,", "paul-rendell", 1, "Paul Rendell", "nato-open-door", "mentions", 1, ""),
 ("The Kremlin, for its part, has rejected Western calls to pull its troops back, saying it can move forces on its own territory as it sees fit.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("whether there is a diplomatic path.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-20"),
 ("We are not expecting to resolve our differences in Geneva,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-20"),
 ("But I hope we can see if there is a path to deescalation and to diplomacy.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-20"),
]

_cbs_b1 = "Well, let's be clear about what's in those documents. Some of it is simply a non-starter. The idea that NATO would promise never to take in another member, that it would shut its door to countries that want to join, is not going to happen."
_cbs_b2 = "But there are also areas where, if Russia is serious, we may be able to make progress. Where certain missiles are placed in Europe. The scope and the scale of military exercises. We've talked about these things with Russia before, in the old arms control framework, and we can talk about them again, on a reciprocal basis."
_cbs_b3 = "No. Whether Ukraine joins NATO is a decision for Ukraine and for the thirty members of the alliance. Nobody else. Not Russia. That's been the principle for more than seventy years, and we're not going to trade it away in Geneva."
_cbs_b4 = "We're going into the talks tomorrow, and we haven't set any conditions for sitting down. But it's very hard to see real progress in an atmosphere of escalation, with a hundred thousand troops on Ukraine's border. If Russia is serious about diplomacy, the most useful thing it can do is de-escalate and send those forces back to their barracks."
_cbs_b5 = "The forces we and our allies have in Poland, in Lithuania, in Latvia and Estonia are there at the invitation of sovereign governments, and they're there because of what Russia did to Ukraine in 2014. They're not going anywhere."
_cbs_b6 = "Russia has said it wants legally binding guarantees, and we'll look at whatever is put on paper. But no document is going to change a basic principle: nothing about Europe without Europe, nothing about Ukraine without Ukraine."
_cbs_b7 = "Then we're prepared. I've spent the last several weeks on the phone with our allies, and the message is the same in every capital: if Russia renews its aggression against Ukraine, there will be massive consequences, and they'll come from all of us together."
_cbs_v1 = "What Moscow is demanding, a halt to NATO enlargement and a pullback of allied forces from the eastern flank, isn't really a negotiating position. It reads like a wish list that was written to be turned down."
_cbs_v2 = "Because it lets the Kremlin say it tried. If Washington says no, Moscow has its pretext, and it has been rehearsing the grievance for thirty years, ever since German unification."
_cbs_v3 = "The one place I'd look for movement is military-to-military contact. We had channels that worked through the worst years of the Cold War, and both sides have let them wither. Restoring them costs nobody anything, and it's the cheapest insurance there is against an accident in the Black Sea."
L["cbs-2022-01-09-face-the-nation-blinken"] = [
 (_cbs_b1, "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 1, "2022-01-09"),
 (_cbs_b1, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-09"),
 (_cbs_b2, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 1, "2022-01-09"),
 (_cbs_b2, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 1, "2022-01-09"),
 (_cbs_b3, "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-09"),
 (_cbs_b3, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-09"),
 (_cbs_b4, "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 1, "2022-01-09"),
 (_cbs_b4, "antony-blinken", 1, "Antony Blinken", "no-preconditions", "supports", 1, "2022-01-09"),
 (_cbs_b5, "antony-blinken", 1, "Antony Blinken", "rollback-to-1997", "rejects", 1, "2022-01-09"),
 (_cbs_b6, "antony-blinken", 1, "Antony Blinken", "written-legal-guarantees", "mentions", 1, "2022-01-09"),
 (_cbs_b6, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (_cbs_b7, "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-09"),
 (_cbs_v1, "renata-voss", 1, "Renata Voss", "nato-non-expansion", "mentions", 1, "2022-01-09"),
 (_cbs_v1, "renata-voss", 1, "Renata Voss", "rollback-to-1997", "mentions", 1, "2022-01-09"),
 (_cbs_v1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_cbs_v1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (_cbs_v2, "renata-voss", 1, "Renata Voss", "", "", 1, "2022-01-09"),
 (_cbs_v3, "renata-voss", 1, "Renata Voss", "resume-military-dialogue", "supports", 1, "2022-01-09"),
]

_cnn_sh = "She said the two delegations had explored reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be based, “in ways that would meet our security interests as well as Russia’s.”"
_cnn_ry = "Russian Deputy Foreign Minister Sergei Ryabkov told reporters at the Russian mission in Geneva that Moscow needed “ironclad, waterproof, bulletproof, legally binding guarantees” that NATO would not expand any further to the east."
_cnn_ku = "Ukraine’s path to NATO is our choice and only our choice. No one in Geneva, Brussels or Vienna will make it for us,"
_cnn_st = "NATO Secretary General Jens Stoltenberg said Monday that allies would not compromise on the right of each nation to choose its own path, despite Moscow’s demands that the alliance withdraw forces and infrastructure from the members that joined after 1997."
L["cnn-2022-01-10-geneva-talks-live"] = [
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (_cnn_sh, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (_cnn_sh, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("in ways that would meet our security interests as well as Russia’s.", "wendy-sherman", 1, "She", "", "", 1, "2022-01-10"),
 ("Sherman also made a pitch for reopening direct lines between the two militaries, which have been largely dormant since NATO expelled Russian officials from Brussels last autumn.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 0, "2022-01-10"),
 ("Talking soldier to soldier is one of the best ways to make sure an incident at sea or in the air doesn’t spiral,", "wendy-sherman", 1, "she", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 (_cnn_ry, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (_cnn_ry, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He said Russia also wanted a mutual ban on intermediate-range missiles in Europe, an idea Moscow first floated after the INF Treaty collapsed in 2019.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("The movements of our forces on our own territory are nobody’s business but ours, and we will not pull them back because someone in Washington demands it,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("That decision is a mine laid under European security, and it has to be formally disavowed,", "dmitry-peskov", 1, "Peskov", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 (_cnn_ku, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-10"),
 (_cnn_ku, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 (_cnn_st, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-10"),
 (_cnn_st, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("over the heads of our allies and partners.", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-10"),
]

_hf_meeks = "Six weeks ago Moscow handed our government two draft treaties and told us, in effect, to sign them or else. Those drafts would have NATO freeze its membership forever. This administration was right to refuse that, and it was right to keep talking."
_hf_mc1 = "Thank you, Mr. Chairman. Let me say what many of us on this side believe. I will not support any deal that puts a moratorium on American intermediate-range missiles in Europe. Russia cheated on the INF Treaty for years, and rewarding that with a freeze on our side would be a gift to the Kremlin."
_hf_mc2 = "And I would go further. Sitting down with Moscow while its tanks are parked on Ukraine's border, with no conditions at all, sends exactly the wrong signal. Talks should come after a pullback, not before."
_hf_f1 = "Last Wednesday we delivered our written response to Moscow. Among other things it offers a conditional, reciprocal discussion of Russia's stated concern about offensive strike systems being placed in Ukraine. It is a serious diplomatic path, if Russia chooses to take it."
_hf_f2 = "It does not give Moscow what it has demanded on enlargement. NATO's door remains open, and neither we nor any ally will give Russia a veto over who walks through it."
_hf_f3 = "Nor will we stop helping Ukraine defend itself. Our training mission, our security assistance, the Javelins that arrived last month: all of that continues, whatever Moscow says about Western military activity in the former Soviet republics."
_hf_f4 = "And the United States Navy will continue to sail and fly wherever international law allows, including in the Black Sea. We are not going to accept a line on the map that Russia draws around itself and calls a strike range."
_hf_f5 = "We have told Moscow that we are prepared to discuss the form any agreements might take, including whether some of them should be legally binding. That is a question for the end of a negotiation, not the beginning."
_hf_w1 = "The most dangerous item in the Russian drafts is the demand that NATO return to its posture of 1997. For Poland, where I was born, and for the Baltic states, that would mean sending home the battlegroups that are the only thing standing between them and a repeat of what happened to Ukraine in 2014."
_hf_w2 = "I would also caution the committee against treating every Russian proposal as poison. Reciprocal limits on snap exercises near the borders, applied to both sides, would serve our interests as much as Moscow's."
_hf_w3 = "Yes, and without waiting for anything else. Hotlines are not a favour to Moscow. They are how you stop a mistake over the Baltic from turning into a war."
_hf_h = "I will be blunt, then. I would not trade one training rotation for military-to-military talks with the people who are planning this invasion. Those channels can wait."
L["hfac-2022-02-01-russia-security-demands-hearing"] = [
 (_hf_meeks, "gregory-meeks", 1, "Gregory W. Meeks", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 (_hf_meeks, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_hf_mc1, "michael-mccaul", 1, "Michael T. McCaul", "no-intermediate-range-missiles", "rejects", 1, "2022-02-01"),
 (_hf_mc2, "michael-mccaul", 1, "Michael T. McCaul", "no-preconditions", "rejects", 1, "2022-02-01"),
 (_hf_mc2, "michael-mccaul", 1, "Michael T. McCaul", "russia-de-escalation", "supports", 1, "2022-02-01"),
 (_hf_f1, "elaine-forsythe", 1, "Elaine Forsythe", "no-strike-weapons-near-borders", "mentions", 1, "2022-02-01"),
 (_hf_f1, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (_hf_f2, "elaine-forsythe", 1, "Elaine Forsythe", "nato-open-door", "supports", 1, "2022-02-01"),
 (_hf_f2, "elaine-forsythe", 1, "Elaine Forsythe", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 (_hf_f2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_hf_f3, "elaine-forsythe", 1, "Elaine Forsythe", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-01"),
 (_hf_f3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (_hf_f4, "elaine-forsythe", 1, "Elaine Forsythe", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-01"),
 (_hf_f4, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (_hf_f5, "elaine-forsythe", 1, "Elaine Forsythe", "written-legal-guarantees", "mentions", 1, "2022-02-01"),
 (_hf_w1, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 (_hf_w1, "russia", 0, "the Russian drafts", "rollback-to-1997", "supports", 0, ""),
 (_hf_w2, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "limit-military-exercises", "supports", 1, "2022-02-01"),
 (_hf_w3, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "resume-military-dialogue", "supports", 1, "2022-02-01"),
 (_hf_h, "dale-halverson", 1, "Dale Halverson", "resume-military-dialogue", "rejects", 1, "2022-02-01"),
]

_ny_lav = "Foreign Minister Sergey V. Lavrov, at his annual news conference on Friday, said Moscow would settle for nothing less than \"legally binding guarantees on paper, not promises.\""
_ny_lav2 = "He accused the West of reading the OSCE's commitments selectively and said NATO's insistence that any country may join it had become a license to move the alliance up to Russia's doorstep."
_ny_st = "Jens Stoltenberg, NATO's secretary general, said after Wednesday's four-hour session of the NATO-Russia Council that allies were prepared to discuss reciprocal limits on exercises and the restoration of military-to-military lines of communication, but would not compromise on \"core principles.\""
_ny_kaa = "The Russian drafts ask that no strike weapons be deployed anywhere near Russia's borders, which in practice means anywhere in Estonia. No Baltic government will accept that,"
_ny_sor = "The Kremlin wants the West to disown the 2008 Bucharest promise because it would mean admitting that the whole policy was a mistake. It will not get that, and everyone in Moscow knows it,"
L["nyt-2022-01-14-analysis-russia-west-apart"] = [
 ("a dead end, or a difference in approaches.", "sergei-ryabkov", 1, "Sergei A. Ryabkov", "", "", 1, "2022-01-13"),
 ("NATO, he said, had to stop what he called the military \"development\" of Ukraine's territory, including the training missions and weapons deliveries that several allies have stepped up since the spring.", "alexander-grushko", 1, "he", "no-military-activity-ex-soviet", "supports", 0, "2022-01-12"),
 ("If they go for containment, we will go for counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("We have no need for military contacts with an alliance that treats us as an enemy, and there will be none until that changes.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 (_ny_st, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (_ny_st, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 (_ny_lav, "sergei-lavrov", 1, "Sergey V. Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("legally binding guarantees on paper, not promises.", "sergei-lavrov", 1, "Sergey V. Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 (_ny_lav2, "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, "2022-01-14"),
 (_ny_lav2, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-14"),
 (_ny_kaa, "margit-kaasik", 1, "Margit Kaasik", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (_ny_kaa, "russia", 0, "The Russian drafts", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We will not scale back our exercises to please Moscow,", "arvydas-anusauskas", 1, "Arvydas Anusauskas", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 (_ny_sor, "yevgeny-sorokin", 1, "Yevgeny Sorokin", "rescind-bucharest-2008", "mentions", 1, ""),
 (_ny_sor, "russia", 0, "The Kremlin", "rescind-bucharest-2008", "supports", 0, ""),
 ("Whether those troops go back to their bases will tell us more about the Kremlin's intentions than any communique,", "harriet-lindqvist", 1, "Harriet Lindqvist", "russia-de-escalation", "mentions", 1, ""),
 ("Right now Washington and Moscow are even arguing about whether there should be preconditions for a second round at all.", "harriet-lindqvist", 1, "Harriet Lindqvist", "no-preconditions", "mentions", 1, ""),
]

_sc_put = "Our key demands — the non-expansion of NATO, the refusal to deploy strike weapon systems near the Russian borders, the return of the military infrastructure of the bloc in Europe to the state of the year 1997 — were simply ignored"
_sc_lav = "He informed that the American side expresses readiness to discuss on a mutual basis the non-deployment of ground-based missiles of intermediate and shorter range, but on the main question, the non-expansion of NATO, on which Russia will continue to insist, the answer is negative."
_sc_sho = "We insist that the large-scale exercises of the alliance near our borders be limited, and that American warships and strategic aviation stay out of the areas from where they can strike at targets on Russian territory"
L["scrf-2022-01-28-operational-meeting-guarantees"] = [
 ("Today we will look attentively at the answers of our American colleagues and of the alliance, which were received the day before yesterday.", "vladimir-putin", 1, "V.V. Putin", "", "", 1, "2022-01-28"),
 (_sc_put, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (_sc_put, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 (_sc_put, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-28"),
 (_sc_lav, "sergei-lavrov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 (_sc_lav, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("The principle of the indivisibility of security, which all of them signed in Istanbul and in Astana, is read by the West selectively, only as the freedom to choose alliances", "sergei-lavrov", 1, "S.V. Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 (_sc_sho, "sergei-shoigu", 1, "the minister", "limit-military-exercises", "supports", 1, "2022-01-28"),
 (_sc_sho, "sergei-shoigu", 1, "the minister", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-28"),
 ("S.K. Shoigu noted also that the Ministry of Defence remains open for the restoration of the channels of military contacts with the Pentagon and with the headquarters of NATO, which were broken by the Western side.", "sergei-shoigu", 1, "S.K. Shoigu", "resume-military-dialogue", "supports", 0, "2022-01-28"),
 ("The supply of weapons, the instructors, the so-called training centres on Ukrainian territory — all this must stop, it is a direct threat for Russia", "nikolai-patrushev", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-28"),
 ("Deputy Chairman of the Security Council D.A. Medvedev underlined that a temporary moratorium or verbal assurances will not satisfy Russia, and only legally binding obligations fixed on paper can be considered as guarantees.", "dmitry-medvedev", 1, "D.A. Medvedev", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("V.V. Putin underlined that the movement of Russian troops on own territory is «our sovereign business» and cannot be the subject of negotiations with anybody.", "vladimir-putin", 1, "V.V. Putin", "russia-de-escalation", "rejects", 0, "2022-01-28"),
]

_hi_main = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
_hi_sdo = "A senior State Department official, briefing reporters on condition of anonymity, said the U.S. had offered to discuss reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine, provided Russia made matching commitments."
_hi_risch = "Putting our name to a legally binding pledge that NATO will never grow again would be a betrayal of every ally on the eastern flank,"
_hi_baer = "German Foreign Minister Annalena Baerbock told the Bundestag on Thursday that „there can be no return to a Europe of spheres of influence, where big states decide on the alliances of smaller ones“."
L["thehill-2022-01-27-lavrov-response-main-question"] = [
 ("a serious conversation on secondary issues,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 ("There is no positive response on the main question,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 (_hi_main, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_hi_main, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It would be wrong to rush with conceptual assessments,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("We need legally binding guarantees, not a pause that the next administration can cancel with a stroke of a pen,", "maria-zakharova", 1, "she", "written-legal-guarantees", "supports", 1, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (_hi_sdo, "us-state-department", 0, "A senior State Department official", "no-strike-weapons-near-borders", "mentions", 0, ""),
 (_hi_sdo, "us-state-department", 0, "A senior State Department official", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (_hi_risch, "jim-risch", 1, "Jim Risch", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 (_hi_risch, "jim-risch", 1, "Jim Risch", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("The door to NATO stays open,", "jeanne-shaheen", 1, "Jeanne Shaheen", "nato-open-door", "supports", 1, ""),
 ("and no amount of pressure from Moscow is going to close it.", "jeanne-shaheen", 1, "Jeanne Shaheen", "nato-open-door", "supports", 1, ""),
 (_hi_baer, "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, "2022-01-27"),
 ("there can be no return to a Europe of spheres of influence, where big states decide on the alliances of smaller ones", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-27"),
]

write_gold(L, "articles-55", "second-55", second=True)
