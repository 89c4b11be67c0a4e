#!/usr/bin/env python3
"""Writes the eighty-second held-out gold (gold-82/*.nq) from the labels below.

Batch 82 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw, in seven forms:

- reuters-2021-12-17-russia-security-drafts: Reuters wire copy with front
  matter and straight quotes; the ministry's drafts paraphrased ("the ministry
  said", "according to the ministry"), a quotation split by "Ryabkov told a news
  conference on Friday", Stoltenberg's words of the day before ("on Thursday"),
  indirect speech on Facebook, an invented analyst with no day given, a demand
  attributed to Moscow in passing, and the Baker 1990 background (unlabelled).
- state-2022-01-10-sherman-geneva-briefing: a State Department call transcript,
  no front matter, UTF-8 BOM and CRLF line ends, date only in the heading;
  speaker labels (Mr Price moderating, Operator, Question), journalists'
  questions quoting Ryabkov's demands (unlabelled), Sherman's answers one
  paragraph each, including the "non-starters" rejection and offers to discuss.
- interfax-2022-01-14-grushko-interview: an Interfax Q&A interview, no front
  matter, date line and dateline; the interview was given "on Thursday", the
  day before publication; questions prefixed "Question:", answers as dash
  paragraphs; the Founding Act background and quoted document words unlabelled.
- dw-2022-01-13-osce-vienna-analysis: a DW analysis with front matter,
  standfirst and crossheads; OSCE chair Rau, ambassadors Lukashevich and
  Carpenter, Estonian and Polish ministers (one "on Wednesday"), three invented
  experts merely describing, rejecting or endorsing demands; Bucharest 2008 and
  Charter of Paris background unlabelled; unnamed "Western diplomats" left out.
- guardian-2022-01-26-us-nato-written-response-live: a Guardian live blog,
  curly quotes, time stamps, crossheads echoing quotations (unlabelled), a
  split quotation ("the Nato secretary general said"), a tweet, Moscow's
  demands attributed in passing inside Stoltenberg's and Price's sentences,
  Biden's words "on Tuesday", a photo caption and a "Related:" link line.
- ria-2022-01-28-lavrov-no-war: a machine-translated aggregator copy of RIA
  Novosti, no front matter, date as "28.01.2022 12:47", guillemets « » and
  „ “ with the attribution after a dash, roles as speaker names ("the head of
  Russian diplomacy"), Peskov and Zakharova "on Thursday", the OSCE 1999/2010
  background the minister "reminded" of (unlabelled), photo credit and
  "Read also" link lines.
- kremlin-2022-02-01-putin-orban-news-conference: a Kremlin transcript with
  front matter and speaker labels ("President of Russia Vladimir Putin:",
  "Prime Minister of Hungary Viktor Orban (retranslated):", "Question:"), each
  answer paragraph one quotation, several of them about none of the demands.

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
L["reuters-2021-12-17-russia-security-drafts"] = [
 ("Russia on Friday set out sweeping demands for security guarantees from the West, insisting that Ukraine never be admitted to NATO and that the alliance pull its troops and weapons back from the countries that joined it after 1997.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia on Friday set out sweeping demands for security guarantees from the West, insisting that Ukraine never be admitted to NATO and that the alliance pull its troops and weapons back from the countries that joined it after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Under the draft treaty, the United States would undertake not to establish military bases in former Soviet states that are not NATO members and not to use their infrastructure for any military activity, the Russian Foreign Ministry said on Friday in a statement accompanying the texts.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("The ministry said the agreement with NATO would bar both sides from deploying intermediate- and short-range missiles in areas from which they could hit each other's territory, and would oblige them to keep warships and aircraft out of zones from which they could strike the other side.", "russian-foreign-ministry", 0, "The ministry", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("The ministry said the agreement with NATO would bar both sides from deploying intermediate- and short-range missiles in areas from which they could hit each other's territory, and would oblige them to keep warships and aircraft out of zones from which they could strike the other side.", "russian-foreign-ministry", 0, "The ministry", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("The alliance would also be bound not to hold exercises above brigade level in an agreed zone along Russia's western border, according to the ministry.", "russian-foreign-ministry", 0, "the ministry", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("We need legally binding guarantees, not assurances, not promises and not a moratorium that can be cancelled at any moment,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("It is time to put an end to NATO's movement to the east once and for all.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("It is only Ukraine and the 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto and no say,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("It is only Ukraine and the 30 NATO allies that decide when Ukraine is ready to join NATO. Russia has no veto and no say,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "Psaki", "", "", 1, "2021-12-17"),
 ("Ukraine's foreign ministry spokesman Oleg Nikolenko wrote on Facebook on Friday that Kyiv would not take part in any arrangement that traded away its sovereignty, and that Russia was trying to decide for others which alliances they could join.", "oleg-nikolenko", 1, "Oleg Nikolenko", "nato-open-door", "supports", 0, "2021-12-17"),
 ("Limits on intermediate-range missiles could be negotiated, as they were in the 1980s. But the demand to pull NATO back to where it stood in 1997 is written to be refused,", "andris-kalnins", 1, "Andris Kalnins", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Limits on intermediate-range missiles could be negotiated, as they were in the 1980s. But the demand to pull NATO back to where it stood in 1997 is written to be refused,", "andris-kalnins", 1, "Andris Kalnins", "rollback-to-1997", "mentions", 1, ""),
 ("Kalnins said Moscow's insistence that Ukraine must never join the alliance was the one point on which no Western government could even pretend to negotiate.", "andris-kalnins", 1, "Kalnins", "no-ukraine-membership", "mentions", 0, ""),
 ("Kalnins said Moscow's insistence that Ukraine must never join the alliance was the one point on which no Western government could even pretend to negotiate.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, Ned, and good evening to everyone. We have just concluded nearly eight hours of frank and forthright discussions with the Russian delegation, led by Deputy Foreign Minister Sergey Ryabkov. This was not a negotiation; it was a discussion to better understand each other's priorities and concerns.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, and we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, and we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("We did say that we are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty, and that we are prepared to talk about reciprocal limits on the size and scope of military exercises. Those are discussions we can only have on a reciprocal basis and in consultation with our allies.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We did say that we are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty, and that we are prepared to talk about reciprocal limits on the size and scope of military exercises. Those are discussions we can only have on a reciprocal basis and in consultation with our allies.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("It is very difficult to have constructive, productive diplomacy in an atmosphere of escalation. Russia should de-escalate and return its troops to their barracks, and then we can see real progress.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("They did raise it, and I told them what I have told all of you. Nothing about Ukraine without Ukraine, nothing about Europe without Europe, nothing about NATO without NATO. It is not for Russia to decide who becomes a member of NATO; that is for Ukraine and for the 30 allies.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("They did raise it, and I told them what I have told all of you. Nothing about Ukraine without Ukraine, nothing about Europe without Europe, nothing about NATO without NATO. It is not for Russia to decide who becomes a member of NATO; that is for Ukraine and for the 30 allies.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("No. We are not going to pull our forces out of allied territory, and we told our Russian counterparts that plainly. Deployments on the territory of NATO members are decisions for NATO members, and those forces will stay.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("We think there is real value in our militaries talking to each other more regularly, and we said so today. Hotlines and routine contacts between commanders reduce the risk that an accident turns into something far more dangerous.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("We will now consult with our allies at the NATO-Russia Council in Brussels on Wednesday and at the OSCE in Vienna on Thursday, and then we will see whether Russia is ready for serious diplomacy.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
]
L["interfax-2022-01-14-grushko-interview"] = [
 ("The conversation was frank, direct and deep. But it confirmed that there are serious differences on fundamental issues, and our NATO colleagues are not ready to take our concerns into account.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
 ("The so-called open door policy is not a sacred text. We will not accept a situation in which the alliance alone decides who joins it and who does not, whatever the consequences for the security of its neighbours.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-13"),
 ("For us it is absolutely mandatory that NATO stop its expansion, and that Ukraine and Georgia never become members. This is not a bargaining chip, and we said so to every delegation in the room.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("For us it is absolutely mandatory that NATO stop its expansion, and that Ukraine and Georgia never become members. This is not a bargaining chip, and we said so to every delegation in the room.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("We are not refusing to talk. But if NATO wants to discuss transparency while moving strike weapons ever closer to our borders, that is not a serious approach. These weapons must be removed from the areas adjacent to Russia.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("We see no point in restoring military contacts with NATO as long as the alliance treats us as an adversary and refuses to discuss our proposals. We suspended them for a reason, and that reason has not gone away.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-13"),
 ("Only legally binding guarantees. Political declarations have been given before, and the alliance has always found a way to interpret them in its own favour.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Our troops are on our own territory, and we will not accept demands to move them from one region of Russia to another. Talks must be held without preconditions, and anyone who tries to attach them is simply not interested in a result.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("Our troops are on our own territory, and we will not accept demands to move them from one region of Russia to another. Talks must be held without preconditions, and anyone who tries to attach them is simply not interested in a result.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-13"),
 ("We have proposed that the parties return to the configuration of 27 May 1997, when the Founding Act was signed. This is not a whim; it is the minimum we need to feel secure.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-13"),
 ("We will wait for the written answers that our American and NATO colleagues have promised. Then we will decide what to do next, and the decisions will depend on the content of those answers.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
]
L["dw-2022-01-13-osce-vienna-analysis"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time, we will be forced to draw our own conclusions,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("American warships and strategic bombers are operating ever closer to our borders, in the Black Sea and in the Baltic. This must stop,", "alexander-lukashevich", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("We are not going to stop flying in international airspace or sailing in international waters because Moscow finds it inconvenient,", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("There can be no real negotiation with a gun held to Ukraine's head. Russia must first pull its troops back from the border, and then we can talk about everything else.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("There can be no real negotiation with a gun held to Ukraine's head. Russia must first pull its troops back from the border, and then we can talk about everything else.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Poland will not ask Moscow for permission about which allied weapons are stationed on our soil or which exercises we hold on it,", "mariusz-blaszczak", 1, "Blaszczak", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("Poland will not ask Moscow for permission about which allied weapons are stationed on our soil or which exercises we hold on it,", "mariusz-blaszczak", 1, "Blaszczak", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("Moscow wants a NATO that never grows again, and it wants that in a treaty that binds the US Senate,", "henrike-albers", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow wants a NATO that never grows again, and it wants that in a treaty that binds the US Senate,", "henrike-albers", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Even the Russian drafts do not mention Bucharest by name. Whether the 2008 promise should be revoked is a question for commentators, not for the negotiators,", "henrike-albers", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("NATO's open door is a political principle, not an obligation to admit anyone tomorrow,", "henrike-albers", 1, "Albers", "nato-open-door", "mentions", 1, ""),
 ("Russia's list also asks NATO to keep its ships, planes and strike weapons away from Russian borders and to stop all military cooperation with Ukraine, Georgia and Moldova. In practice that would mean ending the training missions in Ukraine,", "taras-hnatiuk", 1, "Hnatiuk", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Russia's list also asks NATO to keep its ships, planes and strike weapons away from Russian borders and to stop all military cooperation with Ukraine, Georgia and Moldova. In practice that would mean ending the training missions in Ukraine,", "taras-hnatiuk", 1, "Hnatiuk", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Russia's list also asks NATO to keep its ships, planes and strike weapons away from Russian borders and to stop all military cooperation with Ukraine, Georgia and Moldova. In practice that would mean ending the training missions in Ukraine,", "taras-hnatiuk", 1, "Hnatiuk", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The Bucharest promise was the original mistake. Unless NATO formally takes it back, nothing else in these talks will hold,", "vadim-terekhin", 1, "Terekhin", "rescind-bucharest-2008", "supports", 1, ""),
 ("Both sides say they want their generals talking to each other again. The question is who picks up the phone first,", "henrike-albers", 1, "Albers", "resume-military-dialogue", "mentions", 1, ""),
]
L["guardian-2022-01-26-us-nato-written-response-live"] = [
 ("He said Nato had proposed that the two sides reopen their offices in Moscow and Brussels and make full use of military-to-military channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("The decision taken at Bucharest in 2008 still stands,", "jens-stoltenberg", 1, "the Nato secretary general", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("We are not going to revoke it to please anyone in Moscow.", "jens-stoltenberg", 1, "the Nato secretary general", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("We will not accept first- and second-class members in our alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("“We will not accept first- and second-class members in our alliance,” Stoltenberg said, rejecting Moscow’s demand that Nato pull its troops out of the countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "the secretary of state", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We think diplomacy has the best chance to succeed if we give it space to talk confidentially,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("Nobody in this alliance will put their signature to a legally binding promise to keep Nato’s door shut. Moscow gets no veto over who joins us.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("Nobody in this alliance will put their signature to a legally binding promise to keep Nato’s door shut. Moscow gets no veto over who joins us.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("Nobody in this alliance will put their signature to a legally binding promise to keep Nato’s door shut. Moscow gets no veto over who joins us.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Romania’s foreign minister, Bogdan Aurescu, said on Wednesday that the US missile defence site on Romanian soil would not be part of any bargain over missiles in Europe.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-intermediate-range-missiles", "rejects", 0, "2022-01-26"),
 ("The Deveselu site is purely defensive, and it is not on the table in any talks with Russia about intermediate-range missiles,", "bogdan-aurescu", 1, "Aurescu", "no-intermediate-range-missiles", "rejects", 1, "2022-01-26"),
 ("There is nothing in this answer that closes the door to Ukraine,", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We saw the text before it was handed over, and we have no objections to it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-26"),
 ("Spheres of influence have no place in 21st-century Europe, and Nato’s borders will not be frozen by decree from Moscow,", "josep-borrell", 1, "Borrell", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("Spheres of influence have no place in 21st-century Europe, and Nato’s borders will not be frozen by decree from Moscow,", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The state department spokesman, Ned Price, told reporters on Wednesday that Washington had heard Moscow’s call for talks without preconditions and remained ready to keep talking “as long as Russia is prepared to engage in good faith”.", "ned-price", 1, "Ned Price", "no-preconditions", "mentions", 0, "2022-01-26"),
 ("The state department spokesman, Ned Price, told reporters on Wednesday that Washington had heard Moscow’s call for talks without preconditions and remained ready to keep talking “as long as Russia is prepared to engage in good faith”.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("as long as Russia is prepared to engage in good faith", "ned-price", 1, "Ned Price", "", "", 1, "2022-01-26"),
 ("to be drowned in endless discussions", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-26"),
 ("If he were to move in, it would be the largest invasion since world war two,", "joe-biden", 1, "the US president", "", "", 1, "2022-01-25"),
]
L["ria-2022-01-28-lavrov-no-war"] = [
 ("If it depends on Russia, there will be no war. We do not want wars. But we also will not allow that our interests are roughly trampled and ignored", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("The main question is our clear position about the inadmissibility of further expansion of NATO to the East and of deployment of the strike weapons which can threaten the territory of Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position about the inadmissibility of further expansion of NATO to the East and of deployment of the strike weapons which can threaten the territory of Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("Lavrov said that the Americans propose to discuss the transparency and the restriction of military exercises, and that Moscow is ready to this conversation, but not instead of the answer on the main things.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("In the answer they again repeat the formula of Bucharest, that Ukraine and Georgia will become members of alliance. We insist that this decision must be disavowed, it is the source of all problems", "sergei-lavrov", 1, "Lavrov", "rescind-bucharest-2008", "supports", 1, "2022-01-28"),
 ("They write to us about the \"open doors\". But nobody gave to NATO the right to decide for all Europe who will be in alliance and against whom", "sergei-lavrov", 1, "the head of Russian diplomacy", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("it cannot be said that our considerations were taken into account", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("Movement of our troops on the territory of Russia is our internal business, and the demands to withdraw them from our own territory are not acceptable", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("The official representative of MFA Maria Zakharova on the briefing on Thursday declared, that the West ignores the demand of Moscow not to deploy the rockets of medium and shorter range in Europe, and that Russia will continue to insist on this.", "maria-zakharova", 1, "Maria Zakharova", "no-intermediate-range-missiles", "supports", 0, "2022-01-27"),
 ("The official representative of MFA Maria Zakharova on the briefing on Thursday declared, that the West ignores the demand of Moscow not to deploy the rockets of medium and shorter range in Europe, and that Russia will continue to insist on this.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The American and British warships in the Black Sea, near our borders, is not \"freedom of navigation\", it is the provocation, and they must leave this region", "maria-zakharova", 1, "Zakharova", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-27"),
]
L["kremlin-2022-02-01-putin-orban-news-conference"] = [
 ("Mr Prime Minister, ladies and gentlemen, we have just held substantive talks with Prime Minister Orban, whom I have known for many years and with whom we have built a good working relationship.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("Of course, we also discussed the situation in Europe and our proposals on security guarantees. We are carefully analysing the written responses we received from the United States and NATO on January 26. But it is already clear that Russia's fundamental concerns were ignored.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO's expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO's expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO's expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Thank you, Mr President. Hungary is a member of NATO and of the European Union, and we are a country that wants peace. I told President Putin that in my view the differences are not as great as they seem, and that an agreement is possible which respects both Russia's security and the sovereignty of Ukraine.", "viktor-orban", 1, "Viktor Orban", "", "", 1, "2022-02-01"),
 ("The West asks Russia to pull its troops back from the Ukrainian border, and Russia asks for guarantees of its own security. These are the two positions on the table, and Hungary's task is to help the sides find a meeting point.", "viktor-orban", 1, "Viktor Orban", "russia-de-escalation", "mentions", 1, "2022-02-01"),
 ("We are told that every state has the right to choose its alliances freely, and that this closes the question. It does not close anything. There is another principle, agreed by all OSCE countries, that no one may strengthen their security at the expense of the security of others.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and launches a military operation in Crimea. What should we do then – go to war with the NATO bloc? Has anyone given this any thought? It seems not.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("As for missiles, we are ready to continue discussing intermediate-range systems – we ourselves proposed a moratorium long ago. But these are secondary issues.", "vladimir-putin", 1, "Vladimir Putin", "no-intermediate-range-missiles", "mentions", 1, "2022-02-01"),
 ("We are also told to take our troops away from our own territory. Where exactly should we take them? The troops are where they are, on Russian soil, and we will decide ourselves where they are stationed.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2022-02-01"),
 ("And one more thing. Everything we have been given so far is words, and we have heard words before. We need legally binding guarantees, written down and ratified, not promises.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2022-02-01"),
 ("Hungary's armed forces are able to defend Hungary, and we do not need additional NATO troops on our territory at this time. That is a decision for Hungary, and for no one else.", "viktor-orban", 1, "Viktor Orban", "", "", 1, "2022-02-01"),
 ("Let me add that I expect we will continue the discussion with President Macron and with other European leaders in the coming days. Thank you.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
]

write_gold(L, "articles-82", "gold-82")
