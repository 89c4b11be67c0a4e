package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

func extractText(t *testing.T, lex *Lexicon, text string) *Result {
	t.Helper()
	a, err := ReadArticle("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Extract(a, lex)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestReadArticle(t *testing.T) {
	tests := []struct {
		name, file, text string
		id, title, date  string
		pub              string
	}{
		{"front matter", "x.txt", "---\nid: rt-1\ntitle: A title\npublisher: RT\npublished: 2022-01-20\nurl: https://example.org/a\n---\nBody.\n", "rt-1", "A title", "2022-01-20", "RT"},
		{"no front matter: id from the name, date from the text", "dir/000_abc.txt", "icon bookmark-bicon bookmarkicon cameraicon checkicon\n20 Jan, 2022 08:28\n\nRussia suggests how US could seal a security deal\n", "000-abc", "Russia suggests how US could seal a security deal", "2022-01-20", ""},
		{"BOM and CRLF", "y.txt", "\ufeff---\r\nid: y\r\npublished: 2021-12-17\r\n---\r\nText here.\r\n", "y", "", "2021-12-17", ""},
		{"month first", "z.txt", "Moscow, January 14, 2022\n\nSomething happened in the capital today.\n", "z", "Something happened in the capital today.", "2022-01-14", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ReadArticle(tc.file, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != tc.id || a.Title != tc.title || a.Published.Format("2006-01-02") != tc.date || a.Publisher != tc.pub {
				t.Errorf("got id %q title %q date %s publisher %q", a.ID, a.Title, a.Published.Format("2006-01-02"), a.Publisher)
			}
		})
	}
}

// TestTitleLineIsHeadline: a body line that repeats the front matter's
// title is the headline, even when it ends like a sentence.
func TestTitleLineIsHeadline(t *testing.T) {
	a, err := ReadArticle("x.txt", []byte("---\nid: t\ntitle: Opinion: Biden keeps NATO's door open. That was the easy part.\npublished: 2022-01-30\n---\nOpinion: Biden keeps NATO's door open. That was the easy part.\n\nThe reply does offer something.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []LineKind
	for _, l := range a.Lines {
		if l.Kind == LineText || l.Kind == LineHeadline {
			kinds = append(kinds, l.Kind)
		}
	}
	if len(kinds) != 2 || kinds[0] != LineHeadline || kinds[1] != LineText {
		t.Errorf("line kinds %v, want [headline text]", kinds)
	}
}

func TestReadArticleErrorsNameFileAndLine(t *testing.T) {
	for _, text := range []string{"---\nid: x\n", "---\nid: x\nnot a pair\n---\n", "---\npublished: yesterday\n---\n", "---\nid: Not_A_Slug\n---\n"} {
		_, err := ReadArticle("bad.txt", []byte(text))
		if err == nil || !strings.Contains(err.Error(), `"bad.txt"`) || !errors.Is(err, ErrFrontMatter) {
			t.Errorf("%q: err = %v", text, err)
		}
	}
	if _, err := ReadArticle("bin.txt", []byte{0xff, 0xfe}); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
}

func TestLineKinds(t *testing.T) {
	tests := map[string]LineKind{
		"Site icon The Balkantimes Press":                      LineJunk,
		"Exit mobile version":                                  LineJunk,
		"Leave a Reply":                                        LineJunk,
		"Your email address will not be published.":            LineJunk,
		"Photo: Aljazeera":                                     LineJunk,
		"Source link":                                          LineJunk,
		"20 Jan, 2022 08:28":                                   LineJunk,
		"Ontikov: The more … will be (Getty Images)":           LineJunk,
		"Ukraine’s Zelenskiy says ready for talks with Russia": LineHeadline,
		"Russia on Friday published draft security pacts.":     LineText,
		"Sign up for our daily newsletter":                     LineJunk,
		// a transcript answer long enough to be prose may say "sign up for"
		"THOMAS GREER, FORMER SENIOR STATE DEPARTMENT OFFICIAL: Not really, Ana. The Russians came in with a list of things they know they will never get. Pulling NATO troops out of Poland is a nonstarter, and they know it. Nobody in Warsaw or Vilnius is going to sign up for that.": LineText,
		"“Tensions have mounted. “": LineText,
		"":                          LineBlank,
	}
	for line, want := range tests {
		a, err := ReadArticle("t.txt", []byte("---\nid: t\n---\n"+line+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := LineBlank
		if len(a.Lines) > 0 {
			got = a.Lines[0].Kind
		}
		if got != want {
			t.Errorf("%q: kind %d, want %d", line, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Russian Deputy Foreign Minister Sergei A. Ryabkov presented it. Mr. Putin agreed.", []string{"Russian Deputy Foreign Minister Sergei A. Ryabkov presented it.", "Mr. Putin agreed."}},
		{"The U.S. side said no. It was clear.", []string{"The U.S. side said no.", "It was clear."}},
		{"“We need a clear answer,” Ryabkov explained. “What we need is a guarantee.”", []string{"“We need a clear answer,” Ryabkov explained.", "“What we need is a guarantee.”"}},
		{"Is it enough? No! Never.", []string{"Is it enough?", "No!", "Never."}},
		{"On Dec. 17 the drafts were published. They were long.", []string{"On Dec. 17 the drafts were published.", "They were long."}},
	}
	for _, tc := range tests {
		rs := []rune("xx " + tc.text) // an offset that is not zero
		toks := tokenize(rs, 3, len(rs), nil)
		var got []string
		for _, s := range splitSentences(rs, 3, len(rs), toks) {
			got = append(got, string(rs[s.Start:s.End]))
			if toks[s.T0].Start != s.Start {
				t.Errorf("%q: first token at %d, sentence at %d", tc.text, toks[s.T0].Start, s.Start)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`“This formula must be removed,” Ryabkov said.`, []string{"This formula must be removed,"}},
		{`He said "no deal" and "never again."`, []string{"no deal", "never again."}},
		{`“We must guarantee our security in 1997, “the magazine quoted Ryabkov.`, []string{"We must guarantee our security in 1997,"}},
		{`The statement said. “Tensions have mounted. “`, []string{"Tensions have mounted."}},
		{`«Russia will not have a veto,» he underlined.`, []string{"Russia will not have a veto,"}},
		{`«Every time Moscow says "guarantees", it means a guarantee», he said. "Yes," she said.`, []string{`Every time Moscow says "guarantees", it means a guarantee`, "Yes,"}},
		{`«Every time Moscow says "guarantees", he said.`, []string{"Every time Moscow says", ", he said."}},
		{`Relations reached a ‘dangerous point’ and Russia’s patience ran out.`, []string{"dangerous point"}},
		{`“An unbalanced quotation runs to the end of the paragraph`, []string{"An unbalanced quotation runs to the end of the paragraph"}},
	}
	for _, tc := range tests {
		rs := []rune(tc.text)
		var got []string
		for _, q := range findQuotes(rs, 0, len(rs)) {
			got = append(got, string(rs[q.Start:q.End]))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestAttribution(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"X said after", "“We are not ready to wait endlessly for anything at all,” Ryabkov said.", "We are not ready", "sergei-ryabkov"},
		{"a record whose labels end at a full stop: a member and the party", "PRESIDENT. The next item is urgent questions. The Minister of Foreign Affairs, Luigi Di Maio, is present to answer.\n\nGiulia Rinaldi (FdI). Mr President, Minister, for weeks we have heard only about sanctions and troops.\n\nPRESIDENT. The Minister has the floor to answer.\n\nLuigi Di Maio, Minister of Foreign Affairs and International Cooperation. Thank you, Mr President. I thank the honourable Rinaldi for the question.", "Mr President, Minister, for weeks", "giulia-rinaldi"},
		{"a record whose labels end at a full stop: a name and an office", "PRESIDENT. The next item is urgent questions. The Minister of Foreign Affairs, Luigi Di Maio, is present to answer.\n\nGiulia Rinaldi (FdI). Mr President, Minister, for weeks we have heard only about sanctions and troops.\n\nPRESIDENT. The Minister has the floor to answer.\n\nLuigi Di Maio, Minister of Foreign Affairs and International Cooperation. Thank you, Mr President. I thank the honourable Rinaldi for the question.", "Thank you, Mr President. I thank", "luigi-di-maio"},
		{"a record: an office, a name and a one-letter party", "Minister for Foreign Affairs Ann Linde (S): Madam Speaker! Jonas Ekberg has asked me what the Government is doing.\n\nJonas Ekberg (M): Madam Speaker! I thank the minister for the answer, but it is not enough.\n\nMinister for Foreign Affairs Ann Linde (S): Madam Speaker! Sweden decides its own security policy.", "Madam Speaker! Sweden decides", "ann-linde"},
		{"a record: a form of address and a member's surname named before", "Present: the Chair, Ms Lieke Terpstra; Ms Femke Oosterwijk (SP); Mr Harm Lindeboom (CDA).\n\nThe Chair: I give the floor to Ms Oosterwijk.\n\nMs Oosterwijk (SP): Chair, the government must not let itself be dragged into a new arms race.\n\nThe Chair: Thank you.", "Chair, the government must not", "femke-oosterwijk"},
		{"initials before a surname the lexicon knows", "In the meeting took part: Chairman of the Federation Council V.I. Matviyenko, Director of the FSB A.V. Bortnikov.\n\nOpening the meeting, V.V. Putin noted: «Today we will look attentively at the answers of our American colleagues and of the alliance.»", "Today we will look", "vladimir-putin"},
		{"a House hearing record: a chairman's and members' surnames in capitals", "Present: Chairman Gregory W. Meeks, Ranking Member Michael T. McCaul, Representative Dale Halverson.\n\nWitnesses: The Honorable Elaine Forsythe, Deputy Assistant Secretary of State.\n\nChairman MEEKS. Six weeks ago Moscow handed our government two draft treaties.\n\nMr. McCAUL. Thank you, Mr. Chairman. I agree with every word of that.\n\nMs. FORSYTHE. Last Wednesday we delivered our written response to Moscow.", "Thank you, Mr. Chairman. I agree", "michael-mccaul"},
		{"a background call's senior administration official speaks for the White House", "MODERATOR: Thanks, everyone, for joining this background call.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks so much. NATO's open-door policy is not on the table, full stop.\n\nQ: What would de-escalation look like?\n\nSENIOR ADMINISTRATION OFFICIAL: It would look like Russian forces going back to their garrisons.", "It would look like Russian forces", "white-house"},
		{"an experts' page that lists each expert with the heading of their section", "Experts react: The US and NATO just answered Putin's demands\n\nClick to jump to an expert analysis:\n\nMarguerite Olander: Washington said no where it had to\n\nBrandon Hollis: The missile offer is real\n\nIryna Bondarchuk: Kyiv can breathe for now\n\nWashington said no where it had to\n\nThe US response says no to a veto for Moscow over who joins NATO, as it had to.\n\nThe missile offer is real\n\nI would go further than the administration has on missiles and bombers.\n\nKyiv can breathe for now\n\nUkraine's path to NATO is a decision for Ukrainians and the allies.", "The US response says no", "marguerite-olander"},
		{"an experts' page whose biographies close each expert's words", "Experts react: what the written answers mean\n\nThe paperwork is in. Atlantic Council experts weighed in on Wednesday evening.\n\nA veto for Moscow\n\nThe US response says no to a veto for Moscow over who joins NATO, as it had to.\n\n\u2014Marguerite Olander is a nonresident senior fellow at the Eurasia Center.\n\nThe missile offer\n\nI would go further than the administration has on missiles and bombers.\n\n\u2014Brandon Hollis is a nonresident senior fellow at the Scowcroft Center.\n\nKyiv can breathe\n\nUkraine's path to NATO is a decision for Ukrainians and the allies.\n\n\u2014Iryna Bondarchuk is a nonresident fellow at the Eurasia Center.", "I would go further", "brandon-hollis"},
		{"a web interview whose answers are quotations no one is named to say", "Former ambassador to NATO: Russia knew its demands would be turned down\n\nI discussed the replies with Michal Vaněček, who served as the Czech Republic's ambassador to NATO.\n\nMr Vaněček, did NATO give Russia anything?\n\n\u201cIt gave Russia a lot of things Russia did not ask for, and none of the things it asked for most. I think that was predictable.\n\nThe Czech Republic joined NATO in 1999. Is Russia's demand to go back to 1997 a threat?\n\n\u201cWell, it would be, if anybody took it seriously. I do not think anybody does.\n\nForeign Minister Sergei Lavrov says the replies ignore the main question. How do you respond to that?\n\n\u201cI expect more talks, and I hope we keep our nerve.\u201d", "I expect more talks", "michal-vanecek"},
		{"a record whose turns open with the clock time and the name on a line of their own", "XIV RIIGIKOGU\nVerbatim Record\n\n12:00 President Jüri Ratas\nGood afternoon! We will now begin question time. The first question is to Prime Minister Kaja Kallas.\n\n12:01 Maarika Tamm\nHonourable Chairman! How does the Government assess these demands?\n\n12:02 President Jüri Ratas\nPrime Minister Kaja Kallas, please!\n\n12:02 Prime Minister Kaja Kallas\nHonourable President of the Riigikogu! The demand that NATO pull back its forces to the positions of 1997 is unacceptable to Estonia.\n\n12:04 President Jüri Ratas\nThank you.", "Honourable President of the Riigikogu! The demand", "kaja-kallas"},
		{"an interview whose standfirst introduces the guest, and whose first question names the president", "'Moscow Asked for Everything to Get Something': A Former Russian Envoy on the Security Demands\n\nVladimir Kostylev served at Russia's mission to NATO in Brussels from 2004 to 2009. He spoke to The Moscow Times about the Western replies.\n\nBy Yulia Ardeeva\nFeb. 2, 2022\n\nPresident Putin said on Tuesday that the U.S. and NATO had ignored Russia's concerns. Was that a surprise to you?\n\nNo. Everyone in the Foreign Ministry knew from the first day that the three main points would not be accepted.\n\nWhich three points?\n\nThe ones the president named himself: no further enlargement of NATO and no strike weapons close to our borders.\n\nDo you think Russia was right to demand a legally binding guarantee?\n\nI think Russia has a real grievance, and I would want the same.", "No. Everyone in the Foreign Ministry", "vladimir-kostylev"},
		{"a ministry's statement whose first line says whose it is", "Statement by the Russian Foreign Ministry on the responses of the United States and NATO to the Russian draft documents on security guarantees\n\n2 February 2022 - 18:05\n\nThe Russian Foreign Ministry has carefully studied these documents. We note that their content does not give grounds for optimism.\n\nOur principal demand remains unchanged: the North Atlantic Alliance must stop its expansion to the east, and this must be fixed in a legally binding form.", "Our principal demand remains unchanged", "russian-foreign-ministry"},
		{"a dash interview whose programme speaks to a second guest later", "Lithuanian Foreign Minister Gabrielius Landsbergis spoke to LRT RADIO on Thursday.\n\n– Minister, what do we know about the answers?\n\n– We know the main lines. NATO's door stays open.\n\n– Was the withdrawal ever on the table?\n\n– No. It was never on the table and it could not be.\n\n– Thank you, minister.\n\n– Thank you.\n\nLater in the programme, LRT RADIO spoke to Rūta Vaitkevičiūtė, a senior researcher at Vilnius University.\n\n– How do you read the answers?\n\n– The answer is firm on principle and flexible on details, which is what I expected.\n\n– Thank you.\n\n– Thank you.", "The answer is firm on principle", "ruta-vaitkeviciute"},
		{"a European Parliament record: a name with a particle", "Michael Gahler, on behalf of the PPE Group. – Madam President, the Kremlin wants us to believe that NATO threatens Russia.\n\nViola von Cramon-Taubadel, on behalf of the Verts/ALE Group. – Madam President, I want to speak about something that is often forgotten.\n\nRasa Juknevičienė (PPE). – Madam President, I was a minister of defence of Lithuania and I remember Russia's promises.", "Madam President, I want to speak", "viola-von-cramon-taubadel"},
		{"a European Parliament record: a member's group in parentheses", "Michael Gahler, on behalf of the PPE Group. – Madam President, the Kremlin wants us to believe that NATO threatens Russia.\n\nViola von Cramon-Taubadel, on behalf of the Verts/ALE Group. – Madam President, I want to speak about something that is often forgotten.\n\nRasa Juknevičienė (PPE). – Madam President, I was a minister of defence of Lithuania and I remember Russia's promises.", "Madam President, I was a minister", "rasa-jukneviciene"},
		{"an interview whose guest the introduction names most often, not the first the headline names", "INTERVIEW\n\"We are not bluffing\": Putin's man in London says the West must choose\n\nAndrei Kelin, Russia's ambassador to Britain, says Moscow wants signatures, not speeches\n\nThe Russian embassy keeps its heating high. Andrei Kelin, who has represented Moscow in London since 2019, pours the tea.\n\nWe met on Friday afternoon. Kelin had watched the press conferences from Geneva.\n\nYou have heard Ms Truss. Is there any room at all?\n\nThere is always room to talk. But I must be honest with you: Ukraine must not join this alliance.\n\nWhat is the main concern, precisely?\n\nThat we receive guarantees on paper, with legal force. I do not trust words.\n\nAnd if the answer is no?\n\nThen we will draw our own conclusions, I am afraid.", "There is always room to talk", "andrei-kelin"},
		{"a record's label of a long office before the name; who chairs, named with the chamber, asks", "Chair of the Chamber Markéta Pekarová Adamová: We continue. The Minister of Foreign Affairs has the floor.\n\nMinister of Foreign Affairs of the Czech Republic Jan Lipavský: Thank you, Madam Chair. These demands are unacceptable for the Government of the Czech Republic.\n\nChair of the Chamber Markéta Pekarová Adamová: Thank you. Deputy Hrabal, please.\n\nDeputy Ondřej Hrabal: Madam Chair, colleagues, I have a different view.", "Thank you, Madam Chair. These demands", "jan-lipavsky"},
		{"a press release whose title names the meeting before a colon and whose remarks follow it", "Council of the EU\nPRESS RELEASE\n14 January 2022 12:35\n\nInformal meeting of foreign affairs ministers (Gymnich), Brest, 13-14 January 2022: press remarks by High Representative Josep Borrell\n\nEU foreign ministers met in Brest on 13 and 14 January 2022 for their informal meeting.\n\nCheck against delivery!\n\nGood afternoon. The message of the ministers is very clear. Russia has to de-escalate.", "Good afternoon. The message", "josep-borrell"},
		{"a press release whose title opens \"Statement of …\" and gives its news after a colon", "Ministry of Foreign Affairs of Ukraine\nPress Service\n\nStatement of the Head of Ukrainian Delegation at the Special Meeting of the OSCE Permanent Council: Ukraine will not accept any decisions about Ukraine without Ukraine\n\nPermanent Representative of Ukraine to the International Organizations in Vienna, Ambassador Yevhenii Tsymbaliuk, informed the participating States about the Russian troops.\n\n\"No third state has the right of veto on it, and we will never agree to spheres of influence,\" Yevhenii Tsymbaliuk noted.", "No third state has the right", "yevhenii-tsymbaliuk"},
		{"committee minutes: an initial, a surname named in full before, the ministry in parentheses", "Committee members present: Rihards Kols (Chair of the committee), Andris Zariņš.\n\nInvited persons: Ilze Bērziņa-Ozola, Director of the Security Policy Department, Ministry of Foreign Affairs.\n\nR. Kols (Chair): Good morning, colleagues. Please, Ms. Bērziņa-Ozola.\n\nI. Bērziņa-Ozola (Ministry of Foreign Affairs): Thank you, Mr. Chairman. There is nothing in these replies which gives Russia a veto on enlargement.\n\nR. Kols (Chair): Thank you. Mr. Zariņš.\n\nA. Zariņš: Thank you. I have a short question about the exercises near our border.", "Thank you, Mr. Chairman. There is nothing", "ilze-berzina-ozola"},
		{"committee minutes: a member's initial and surname", "Committee members present: Rihards Kols (Chair of the committee), Andris Zariņš.\n\nInvited persons: Ilze Bērziņa-Ozola, Director of the Security Policy Department, Ministry of Foreign Affairs.\n\nR. Kols (Chair): Good morning, colleagues. Please, Ms. Bērziņa-Ozola.\n\nI. Bērziņa-Ozola (Ministry of Foreign Affairs): Thank you, Mr. Chairman. There is nothing in these replies which gives Russia a veto on enlargement.\n\nR. Kols (Chair): Thank you. Mr. Zariņš.\n\nA. Zariņš: Thank you. I have a short question about the exercises near our border.", "Thank you. I have a short question", "andris-zarins"},
		{"a State Duma record: a surname before its initials, the office on the label's line", "Chairman (V. V. Volodin). Colleagues, item 7: information of the Deputy Minister of Foreign Affairs Sergei Alekseyevich Ryabkov.\n\nRyabkov S. A., Deputy Minister of Foreign Affairs of the Russian Federation.\n\nEsteemed deputies! We need legally binding guarantees that NATO will not move further to the east.\n\nChairman. Thank you. Speeches of the factions. Kolesnikov Pavel Ignatyevich, faction \"United Russia\".\n\nKolesnikov P. I., faction \"United Russia\". Esteemed colleagues! Our faction fully supports the position of the Foreign Ministry.", "Esteemed deputies! We need", "sergei-ryabkov"},
		{"a State Duma record: a member the chair named family name first, the faction after the initials", "Chairman (V. V. Volodin). Colleagues, item 7: information of the Deputy Minister of Foreign Affairs Sergei Alekseyevich Ryabkov.\n\nRyabkov S. A., Deputy Minister of Foreign Affairs of the Russian Federation.\n\nEsteemed deputies! We need legally binding guarantees that NATO will not move further to the east.\n\nChairman. Thank you. Speeches of the factions. Kolesnikov Pavel Ignatyevich, faction \"United Russia\".\n\nKolesnikov P. I., faction \"United Russia\". Esteemed colleagues! Our faction fully supports the position of the Foreign Ministry.", "Esteemed colleagues! Our faction", "pavel-kolesnikov"},
		{"a page that prints a speech, its kind on a line above its \"by\" line", "Speech\nby NATO Deputy Secretary General Mircea Geoană at the Bucharest Conference on Euro-Atlantic Security\n\n31 Jan. 2022\n\nGood afternoon,\n\nWe meet at a dangerous moment for European security. Russia has massed well over 100,000 troops around Ukraine.", "We meet at a dangerous moment", "mircea-geoana"},
		{"an interview under an INTERVIEW kicker: whom the introduction says explains, not whom a question asks about", "INTERVIEW\n\nIs There Still a Diplomatic Off-Ramp for Russia and the West?\n\nRussia has now seen the written answers to its demands. CFR's Daniel Morrow explains what Moscow wanted and what it got.\n\nInterview by Nathan Pierce, Deputy Editor\n\nBreaking a weeks-long silence, Russian President Vladimir Putin on February 1 accused the United States and NATO of ignoring Russia's main demands.\n\nWhat did Putin's remarks on February 1 tell us?\n\nMostly that he is in no hurry. He did not slam the door on diplomacy.\n\nCould Washington have offered a moratorium on Ukraine's membership instead?\n\nIt has been floated. I understand the logic, but I think it would be a mistake.\n\nWhere does this go next?\n\nWatch Belarus. I expect the exercises there to run into February.", "Mostly that he is in no hurry", "daniel-morrow"},
		{"a House hearing record: a witness", "Present: Chairman Gregory W. Meeks, Ranking Member Michael T. McCaul, Representative Dale Halverson.\n\nWitnesses: The Honorable Elaine Forsythe, Deputy Assistant Secretary of State.\n\nChairman MEEKS. Six weeks ago Moscow handed our government two draft treaties.\n\nMr. McCAUL. Thank you, Mr. Chairman. I agree with every word of that.\n\nMs. FORSYTHE. Last Wednesday we delivered our written response to Moscow.", "Last Wednesday we delivered", "elaine-forsythe"},
		{"a record: a form of address, a name and an office in parentheses", "The Chair (Mr. Ali Ehsassi (Willowdale, Lib.)): I call this meeting to order.\n\nHon. Mélanie Joly (Minister of Foreign Affairs): Thank you, Mr. Chair, for the invitation to appear before this committee.\n\nThe Chair: Thank you, Minister.", "Thank you, Mr. Chair, for", "melanie-joly"},
		{"an unknown name before ', who' is a person", "10:05 am\n\nWendy Sherman arrived at NATO headquarters.\n\n10:25 am\n\nHarriet Colquhoun, who follows Russian arms-control policy at the Kensington Policy Forum, thinks the day will be “less a negotiation than a reading of two separate scripts”.", "less a negotiation", "harriet-colquhoun"},
		{"a surname in capitals is the same surname in title case", "12. Paavo REINIKAINEN, a researcher at the Finnish Institute of International Affairs, addressed the committee.\n\n13. “The draft treaties were designed to be rejected,” Dr Reinikainen said.", "The draft treaties were", "paavo-reinikainen"},
		{"a name no rule knows that labels two turns or more", "The Diplomat: How does Central Asia read the Russian drafts?\n\nZhanargul Temirkhanova: Moscow is asking Washington to give up any military cooperation in the former Soviet states.\n\nThe Diplomat: And Kazakhstan?\n\nZhanargul Temirkhanova: Astana has said nothing about it, and I do not expect it to.", "Astana has said nothing", "zhanargul-temirkhanova"},
		{"a record: a member's name and the party after a slash", "Presiding: Speaker Matti Vanhanen\n\nSpeaker: The first question, representative Kivistö.\n\nJaana Kivistö /kok: Honourable Speaker! In December Russia published draft treaties.\n\nSpeaker: The Prime Minister.\n\nPrime Minister Sanna Marin: Honourable Speaker! Finland decides its own security policy.", "Honourable Speaker! In December", "jaana-kivisto"},
		{"a press conference: an abbreviated title and a spokesman's surname", "Chair Feldhoff: Good morning, ladies and gentlemen, welcome to the government press conference.\n\nQuestion (Jessen): Mr Hebestreit, has the Federal Government seen the American paper?\n\nStS Hebestreit: The American answer was closely coordinated with the allies, and so also with the Federal Government.", "The American answer was", "steffen-hebestreit"},
		{"a briefing's label: the office, a comma, a form of address and the name", "Official Spokesperson, Shri Arindam Bagchi: Good afternoon friends. Thank you for joining us at this weekly briefing.\n\nQuestion (Siddharth Rao, Doordarshan News): Sir, can you explain our position on Ukraine?\n\nOfficial Spokesperson, Shri Arindam Bagchi: Our position was clearly articulated by our Permanent Representative in New York on Monday.", "Our position was clearly", "arindam-bagchi"},
		{"a relative clause between the name and its verb before the quotation", "Czech Foreign Minister Jan Lipavský gave an interview on Friday. It came a day after the OSCE Permanent Council heard Polish Foreign Minister Zbigniew Rau, who holds the organisation's rotating chairmanship this year, warn that „the risk of war in the OSCE area is now greater than ever before in the last 30 years“.", "the risk of war", "zbigniew-rau"},
		{"a record: a name and an office in parentheses, any given name", "VERKHOVNA RADA OF UKRAINE\n\nOleksandr Merezhko (Chair):\nColleagues, the floor goes to the deputy minister of defence.\n\nHanna Kovalchuk (Deputy Minister of Defence):\nThe exercises with our partners planned for this year will take place as scheduled.\n\nOleksandr Merezhko (Chair):\nThank you.", "The exercises with our partners", "hanna-kovalchuk"},
		{"a record: a deputy and the faction", "Chairman:\nColleagues, the floor goes to the deputy.\n\nGennady Ostapenko (CPRF faction):\nWe must not allow the Americans to drag out these talks for months.\n\nChairman:\nThank you.", "We must not allow the Americans", "gennady-ostapenko"},
		{"a French record: a form of address, a name, a title, a full stop and a dash", "M. Christian Cambon, président. – Minister, thank you for coming before our committee once again.\n\nM. Jean-Yves Le Drian, ministre de l'Europe et des affaires étrangères. – Thank you, Mr President. The crisis we are living through is not only about Ukraine.\n\nMme Hélène Duvernoy. – Minister, is France prepared to sign legally binding guarantees of the kind the Russian drafts call for? And what exactly do the answers of 26 January contain?\n\nM. Christian Cambon, président. – Thank you.", "Thank you, Mr President", "jean-yves-le-drian"},
		{"a French record: a member's name without a title", "M. Christian Cambon, président. – Minister, thank you for coming before our committee once again.\n\nM. Jean-Yves Le Drian, ministre de l'Europe et des affaires étrangères. – Thank you, Mr President. The crisis we are living through is not only about Ukraine.\n\nMme Hélène Duvernoy. – Minister, is France prepared to sign legally binding guarantees of the kind the Russian drafts call for? And what exactly do the answers of 26 January contain?\n\nM. Christian Cambon, président. – Thank you.", "Minister, is France", "helene-duvernoy"},
		{"a label alone on its line comes back at each turn", "Chairman Tadeusz Wrona (PiS):\nGood morning. I give the floor to Minister Przydacz.\n\nSecretary of State in the Ministry of Foreign Affairs Marcin Przydacz:\nMr Chairman, the Russian drafts contain demands which are unacceptable to Poland.\n\nChairman Tadeusz Wrona (PiS):\nThank you, Minister. The Russian side claims that the West refuses to discuss exercises. Is that true?\n\nSecretary of State in the Ministry of Foreign Affairs Marcin Przydacz:\nNo. The Allies are ready to talk about greater transparency of exercises.", "No. The Allies are ready", "marcin-przydacz"},
		{"a title and a surname named before as a label", "PARTICIPANTS:\n\nMIRIAM OKAFOR, Moderator\n\nRICHARD HALLOWAY\nFormer U.S. Ambassador\n\nMs. Okafor: Good afternoon, and welcome to Brookings. Is any of that negotiable?\n\nAmbassador Halloway: I'll say this: the military-to-military channel is the one thing both sides should want back.\n\nMs. Okafor: Thank you.", "I'll say this", "richard-halloway"},
		{"a verbatim report: a name, a title, a full stop and a dash", "President. – The next item is the debate.\n\nClément Beaune, President-in-Office of the Council. – Madam President, the Council fully shares the assessment that the High Representative will present.\n\nDainius Sabaliauskas, on behalf of the PPE Group. – Madam President, in Vilnius people remember very well what it means.", "Madam President, the Council", "clement-beaune"},
		{"a verbatim report: a member on behalf of a group", "President. – The next item is the debate.\n\nClément Beaune, President-in-Office of the Council. – Madam President, the Council fully shares the assessment that the High Representative will present.\n\nDainius Sabaliauskas, on behalf of the PPE Group. – Madam President, in Vilnius people remember very well what it means.", "Madam President, in Vilnius", "dainius-sabaliauskas"},
		{"an interview's answers labelled by initials", "SWI swissinfo.ch spoke to Nadine Sauterel, senior researcher at the Geneva Centre for Security Policy.\n\nSWI: What exactly is Moscow asking for?\n\nN.S.: In its drafts, Russia asks for a legally binding promise that NATO will not grow any further.", "In its drafts", "nadine-sauterel"},
		{"a committee record: a long title and a name alone on a line", "Chairman Tadeusz Wrona (PiS):\nGood morning. I give the floor to Minister Przydacz.\n\nSecretary of State in the Ministry of Foreign Affairs Marcin Przydacz:\nMr Chairman, the Russian drafts contain demands which are unacceptable to Poland.\n\nChairman Tadeusz Wrona (PiS):\nThank you, Minister. Is that true?", "Mr Chairman, the Russian drafts", "marcin-przydacz"},
		{"a title naming an institution in quotes before the name", "Oleksii Reznikov spoke in the Verkhovna Rada.\n\nThe director of the analytical center «Dnipro Policy Lab» Taras Melnychuk-Dovhyi in the commentary to «UP» stated, that the Western answer «closes the topic of the 1997 lines definitively».", "closes the topic", "taras-melnychuk-dovhyi"},
		{"a participle after the quotation goes on with the subject before it", "State Department spokesman Ned Price said on Monday that there were “some things in those documents that the Russians know will be unacceptable,” while adding that the United States would discuss them with its allies.", "some things in those", "ned-price"},
		{"a role noun with the country it serves after 'the'", "Deputy Foreign Minister Sergei Ryabkov spoke first. U.S. Deputy Secretary of State Wendy Sherman arrived later.\n\n“We will not slam the door on any country,” the U.S. deputy secretary of state told reporters.\n\n“We have been heard at last,” the Russian deputy foreign minister said.", "We will not slam", "wendy-sherman"},
		{"a role noun's country narrows it to that side", "Deputy Foreign Minister Sergei Ryabkov spoke first. U.S. Deputy Secretary of State Wendy Sherman arrived later.\n\n“We will not slam the door on any country,” the U.S. deputy secretary of state told reporters.\n\n“We have been heard at last,” the Russian deputy foreign minister said.", "We have been heard", "sergei-ryabkov"},
		{"an acronym written as a word in a role noun", "Jens Stoltenberg has been speaking at Nato headquarters.\n\n“There is a real risk for new armed conflict in Europe,” the Nato secretary general said.", "There is a real risk", "jens-stoltenberg"},
		{"a live page's headline is no label for the entry below", "15:05 (GMT)\nKremlin: NATO’s military development of Ukraine ‘a direct threat’\n\n“The military development of Ukrainian territory by NATO countries is a direct threat to us, and it has to stop,” Kremlin spokesman Dmitry Peskov told reporters on Wednesday.\n\n15:30 (GMT)\nKuleba: Ukraine will not trade its future\n\nKuleba said nothing.", "The military development", "dmitry-peskov"},
		{"a record: an office and the name in parentheses", "The Minister for Europe and North America (James Cleverly): With permission, Mr Speaker, I shall make a statement on the written responses.\n\nMr Speaker: I call the shadow Minister.\n\nNia Pritchard (Cardiff Northgate) (Lab): I thank the Minister for advance sight of his statement.\n\nJames Cleverly: The Bucharest declaration stands.\n\nDame Harriet Ashworth (Wealden Vale) (Con): A legally binding treaty of this kind is simply a non-starter.\n\nMichael Harding (Sky News): Will the Minister take a question from the press?", "With permission, Mr Speaker", "james-cleverly"},
		{"a record: a member, the constituency, the party", "The Minister for Europe and North America (James Cleverly): With permission, Mr Speaker, I shall make a statement on the written responses.\n\nMr Speaker: I call the shadow Minister.\n\nNia Pritchard (Cardiff Northgate) (Lab): I thank the Minister for advance sight of his statement.\n\nJames Cleverly: The Bucharest declaration stands.\n\nDame Harriet Ashworth (Wealden Vale) (Con): A legally binding treaty of this kind is simply a non-starter.\n\nMichael Harding (Sky News): Will the Minister take a question from the press?", "I thank the Minister", "nia-pritchard"},
		{"a record: an honorific before the member's name", "The Minister for Europe and North America (James Cleverly): With permission, Mr Speaker, I shall make a statement on the written responses.\n\nMr Speaker: I call the shadow Minister.\n\nNia Pritchard (Cardiff Northgate) (Lab): I thank the Minister for advance sight of his statement.\n\nJames Cleverly: The Bucharest declaration stands.\n\nDame Harriet Ashworth (Wealden Vale) (Con): A legally binding treaty of this kind is simply a non-starter.\n\nMichael Harding (Sky News): Will the Minister take a question from the press?", "A legally binding treaty", "harriet-ashworth"},
		{"a record: a member and the party, the speech below", "Vice-President Aydan Özoğuz:\nThe next speaker is Henrike Albrecht for the CDU/CSU parliamentary group.\n\nHenrike Albrecht (CDU/CSU):\nMadam President! Dear colleagues! A legally binding promise that the alliance will never take in another member is out of the question.\n\nSevim Tunç (DIE LINKE):\nMadam President! The talks must go on without preconditions on either side.", "Madam President! Dear colleagues!", "henrike-albrecht"},
		{"a record: a party in capitals of two words", "Vice-President Aydan Özoğuz:\nThe next speaker is Henrike Albrecht for the CDU/CSU parliamentary group.\n\nHenrike Albrecht (CDU/CSU):\nMadam President! Dear colleagues! A legally binding promise that the alliance will never take in another member is out of the question.\n\nSevim Tunç (DIE LINKE):\nMadam President! The talks must go on without preconditions on either side.", "The talks must go on", "sevim-tunc"},
		{"said X", "“We will not allow anyone to slam the door shut,” said Wendy Sherman.", "We will not allow", "wendy-sherman"},
		{"pronoun", "Sergei Lavrov spoke on Friday.\n\n“We need answers to our proposals right now,” he said.", "We need answers", "sergei-lavrov"},
		{"pronoun skips an object", "Vladimir Putin met Prime Minister Viktor Orban. He said: “We see that our concerns were ignored by them.”", "We see that", "vladimir-putin"},
		{"role noun fits a title", "Deputy Foreign Minister Sergei Ryabkov spoke. National Security Adviser Jake Sullivan is in contact.\n\n“Let us deal with this serious issue now,” the diplomat concluded.", "Let us deal", "sergei-ryabkov"},
		{"quoted X as saying", "“We must exclude Ukraine from joining NATO forever,” the magazine quoted Ryabkov as saying.", "We must exclude", "sergei-ryabkov"},
		{"anonymous official", "The US is willing to talk, a senior official said on Friday.\n\n“We are prepared to discuss them with our allies,” the official told reporters.", "We are prepared", "united-states"},
		// a live page's headlines name whom the story is about; they are not transcript labels
		{"live page headlines", "20 Jan, 2022 13:05\nKremlin: No-one tells us where to move our troops\n\nKremlin spokesman Dmitry Peskov was asked about troops.\n\n\"Nobody can tell us where to move troops on our own territory,\" he told reporters.\n\n20 Jan, 2022 11:47\nZelensky: 'There are no minor incursions'\n\nUkraine's President Volodymyr Zelensky responded on Twitter.", "Nobody can tell us", "dmitry-peskov"},
		{"the head of the state", "Russian President Vladimir Putin met Olaf Scholz.\n\nThe head of the state has reminded also, that the Russian project envisages «the refusal of the deployment of the warships and of the heavy bombers»", "the refusal of the deployment", "vladimir-putin"},
		{"a title does not run across another name", "German Chancellor Olaf Scholz and US President Joe Biden met on Monday.\n\nBiden said any European democracy remained free to apply.\n\n“Every country in Europe decides for itself which alliance it wants to belong to,” the chancellor told CNN.", "Every country in Europe", "olaf-scholz"},
		{"a participle is not a speaker", "Leonid Slutsky, the chairman of the Duma committee, declared on Wednesday, that the answers of USA and NATO published by the newspaper El Pais \"is not the answer, but the refusal\".", "is not the answer", "leonid-slutsky"},
		{"unclosed quotation ending at a titled name", "“It cannot be said that our considerations were taken into account,” Kremlin spokesman Dmitry Peskov told reporters.\n\n“Our main concern, that NATO must not expand any further, has not been addressed, Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow on Thursday.", "Our main concern", "sergei-ryabkov"},
		{"its speaker is the subject after it", "“It cannot be said that our considerations were taken into account,” Kremlin spokesman Dmitry Peskov told reporters.\n\n“Our main concern has not been addressed, Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow.\n\nHe said the reply contained elements on intermediate-range missiles, “a basis for a serious conversation.”", "a basis for a serious", "sergei-ryabkov"},
		{"a long inverted attribution", "Leonid Slutsky spoke first.\n\n«The Americans are ready to discuss everything, except the main thing», - has written in his Telegram-channel the vice-speaker of the Federation Council Konstantin Kosachev.", "The Americans are ready", "konstantin-kosachev"},
		{"a name in a relative clause is not the speaker", "“It seems that the risk of war in the OSCE area is now greater than ever before,” Polish Foreign Minister Zbigniew Rau, who chairs the Organization for Security and Co-operation in Europe this year, told its Permanent Council.", "It seems that", "zbigniew-rau"},
		{"a possessive actor is not the subject", "Josep Borrell spoke in Brest.\n\nIn Vienna on Thursday, Russia's ambassador to the OSCE, Alexander Lukashevich, told the Permanent Council that Moscow expected answers.\n\n\"We cannot accept NATO instructors and NATO weapons on the territory of our neighbours,\" he said.", "We cannot accept", "alexander-lukashevich"},
		{"a speaker label with a title in parentheses", "MODERATOR (Oana Lungescu): Good afternoon, the Secretary General will start.\n\nJens Stoltenberg (NATO Secretary General): Good afternoon. We have not set any preconditions for a meeting of the council.\n\nMODERATOR (Oana Lungescu): Reuters.\n\nDaniel Berwick (Reuters): Will Russia first have to pull back its troops?\n\nJens Stoltenberg (NATO Secretary General): It is for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO.", "It is for Ukraine", "jens-stoltenberg"},
		{"a name after an institute's 'of' is no person", "Dmitry Peskov spoke on Thursday.\n\nAccording to Yevgeny Korostelev, senior research fellow at the Primakov Institute of World Economy and International Relations (IMEMO), the American side answered only what suits it. «Washington agreed to talk about transparency, which is what suits it», the expert said.", "Washington agreed", "yevgeny-korostelev"},
		{"a dash answer that runs over paragraphs", "The delegation was headed by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin.\n\n— Alexander Viktorovich, how do you assess the results?\n\n— The conversation was frank and direct.\n\nThe main thing for us is a legally binding guarantee that the alliance will not advance further to the east.\n\n— Is Moscow interested in talks?\n\n— We are ready for talks at any level.\n\nReference\n\n«The Parties shall not deploy forces», Article 4 of the draft reads.", "The main thing for us", "alexander-grushko"},
		{"a parliament's record: an honorific and surnames", "Appearance of the Minister of Foreign Affairs, Mr José Manuel Albares Bueno.\n\nThe CHAIR (Ms Navarro Cuesta): For the Popular Group, Ms Lucía Ortiz Llamazares has the floor.\n\nMs ORTIZ LLAMAZARES: Thank you, Chair. My group supports the Government's firmness today.\n\nThe CHAIR (Ms Navarro Cuesta): For the Vox Group, Mr Ignacio Sanz de Valdés.\n\nMr SANZ DE VALDÉS: Moscow's demands are an ultimatum, and they must be rejected in full.\n\nThe MINISTER OF FOREIGN AFFAIRS, EUROPEAN UNION AND COOPERATION (Albares Bueno): Thank you, Chair, and thank you to all the spokespersons.", "Thank you, Chair. My group", "lucia-ortiz-llamazares"},
		{"a parliament's record: surnames with a particle", "Appearance of the Minister of Foreign Affairs, Mr José Manuel Albares Bueno.\n\nThe CHAIR (Ms Navarro Cuesta): For the Popular Group, Ms Lucía Ortiz Llamazares has the floor.\n\nMs ORTIZ LLAMAZARES: Thank you, Chair. My group supports the Government's firmness today.\n\nThe CHAIR (Ms Navarro Cuesta): For the Vox Group, Mr Ignacio Sanz de Valdés.\n\nMr SANZ DE VALDÉS: Moscow's demands are an ultimatum, and they must be rejected in full.\n\nThe MINISTER OF FOREIGN AFFAIRS, EUROPEAN UNION AND COOPERATION (Albares Bueno): Thank you, Chair, and thank you to all the spokespersons.", "Moscow's demands are", "ignacio-sanz-de-valdes"},
		{"a parliament's record: a long office and the name in parentheses", "Appearance of the Minister of Foreign Affairs, Mr José Manuel Albares Bueno.\n\nThe CHAIR (Ms Navarro Cuesta): For the Popular Group, Ms Lucía Ortiz Llamazares has the floor.\n\nMs ORTIZ LLAMAZARES: Thank you, Chair. My group supports the Government's firmness today.\n\nThe CHAIR (Ms Navarro Cuesta): For the Vox Group, Mr Ignacio Sanz de Valdés.\n\nMr SANZ DE VALDÉS: Moscow's demands are an ultimatum, and they must be rejected in full.\n\nThe MINISTER OF FOREIGN AFFAIRS, EUROPEAN UNION AND COOPERATION (Albares Bueno): Thank you, Chair, and thank you to all the spokespersons.", "Thank you, Chair, and", "jose-manuel-albares"},
		{"a role noun in a longer title", "This was declared on Thursday by the minister of foreign affairs of the Russian Federation Sergei Lavrov.\n\nThe deputy of the minister Sergei Ryabkov in the conversation with Izvestia on Thursday noted that the answer contains some rational grains.\n\n„Certain elements of the answer allow to count on the beginning of the serious conversation“, — he said.", "Certain elements", "sergei-ryabkov"},
		{"an unknown name after an inverted verb of the lexicon", "Ivan Starodubtsev of the Valdai Club spoke first.\n\n“In my view the West should not even consider putting its signature under such a text,” argues Eleni Marangou of the Hellenic Foundation in Athens.", "In my view the West", "eleni-marangou"},
		{"an unknown name, where they work, the verb", "Lithuanian Foreign Minister Gabrielius Landsbergis wrote on Twitter.\n\n„An end to all Western military cooperation with Ukraine and Georgia is the real demand here,” Uladzimir Marozau of the Vilnius-based Belarus Security Monitor told Belsat.", "An end to all Western", "uladzimir-marozau"},
		{"a title with organisations before the name", "Opening the session, Polish Foreign Minister Zbigniew Rau warned of war.\n\nRau said Poland would not accept any such arrangement.\n\nUS Ambassador to the OSCE Michael Carpenter described the atmosphere in stark terms. \"The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,\" he told reporters after the meeting.", "The drumbeat of war", "michael-carpenter"},
		{"a Q&A with bold questions and dashed answers", "What does Moscow want? We asked Ingrid Stavnes, a senior research fellow.\n\n**What is new about the documents?**\n\n– Two things. First, the form is unusual in diplomacy.\n\nSecond, the content. Moscow wants the United States to promise that NATO will not expand further east.\n\n**Is any of it acceptable to the West?**\n\n– Some of it, yes. I think NATO should take it seriously.", "Second, the content", "ingrid-stavnes"},
		{"a hearing record: the chairman presiding", "The committee met at 10:04 a.m., Hon. Robert Menendez, chairman of the committee, presiding.\n\nThe CHAIRMAN. The hearing will come to order. NATO's door is not Vladimir Putin's to close.\n\nSenator Risch.\n\n          STATEMENT OF HON. JAMES E. RISCH, U.S. SENATOR FROM IDAHO\n\nSenator RISCH. Thank you, Mr. Chairman. I will not support any arrangement that limits which weapons Poland may deploy.\n\n[The prepared statement of Senator Risch follows:]\n\nMs. NULAND. Thank you, Mr. Chairman. We delivered our written response to Moscow.", "The hearing will come", "robert-menendez"},
		{"a hearing record: Senator RISCH.", "The committee met at 10:04 a.m., Hon. Robert Menendez, chairman of the committee, presiding.\n\nThe CHAIRMAN. The hearing will come to order. NATO's door is not Vladimir Putin's to close.\n\nSenator Risch.\n\n          STATEMENT OF HON. JAMES E. RISCH, U.S. SENATOR FROM IDAHO\n\nSenator RISCH. Thank you, Mr. Chairman. I will not support any arrangement that limits which weapons Poland may deploy.\n\n[The prepared statement of Senator Risch follows:]\n\nMs. NULAND. Thank you, Mr. Chairman. We delivered our written response to Moscow.", "Thank you, Mr. Chairman. I will", "james-risch"},
		{"a hearing record: Ms. NULAND.", "The committee met at 10:04 a.m., Hon. Robert Menendez, chairman of the committee, presiding.\n\nThe CHAIRMAN. The hearing will come to order. NATO's door is not Vladimir Putin's to close.\n\nSenator Risch.\n\n          STATEMENT OF HON. JAMES E. RISCH, U.S. SENATOR FROM IDAHO\n\nSenator RISCH. Thank you, Mr. Chairman. I will not support any arrangement that limits which weapons Poland may deploy.\n\n[The prepared statement of Senator Risch follows:]\n\nMs. NULAND. Thank you, Mr. Chairman. We delivered our written response to Moscow.", "Thank you, Mr. Chairman. We delivered", "victoria-nuland"},
		{"a broadcast transcript's 'Name, Title:' in title case, and its turn", "Transcript\n\nJudy Woodruff: Senior diplomats spent eight hours together in Geneva today.\n\nWendy Sherman, U.S. Deputy Secretary of State: We will not allow anyone to slam closed NATO's open-door policy.\n\nWe did say we are open to discussing reciprocal limits on military exercises.\n\nNick Schifrin: Sherman said the Russian side had offered no explanation for the troops.\n\nSergei Ryabkov, Russian Deputy Foreign Minister (through translator): For us, it is absolutely mandatory that Ukraine never becomes a member of NATO.\n\nWe need ironclad, waterproof, bulletproof, legally binding guarantees.", "We did say we are open", "wendy-sherman"},
		{"a title with a note on the translation", "Transcript\n\nJudy Woodruff: Senior diplomats spent eight hours together in Geneva today.\n\nWendy Sherman, U.S. Deputy Secretary of State: We will not allow anyone to slam closed NATO's open-door policy.\n\nWe did say we are open to discussing reciprocal limits on military exercises.\n\nNick Schifrin: Sherman said the Russian side had offered no explanation for the troops.\n\nSergei Ryabkov, Russian Deputy Foreign Minister (through translator): For us, it is absolutely mandatory that Ukraine never becomes a member of NATO.\n\nWe need ironclad, waterproof, bulletproof, legally binding guarantees.", "We need ironclad", "sergei-ryabkov"},
		{"an apposition that closes its sentence before another", "RN Breakfast host Patricia Karvelas spoke to Lidia Pavlenko, a senior lecturer in international relations at Monash University who has followed the talks closely. This transcript has been edited for length.\n\nPatricia Karvelas: Lidia Pavlenko, welcome to RN Breakfast.\n\nLidia Pavlenko: Good morning, Patricia. Russia came with exactly the list it published in December.", "Good morning, Patricia", "lidia-pavlenko"},
		{"a UN record: a form of address, a surname, the country", "United Nations S/PV.8960\n\nThe President: I give the floor to Ms. DiCarlo.\n\nMs. DiCarlo: The Secretary-General urges all parties to pursue diplomacy.\n\nMrs. Thomas-Greenfield (United States of America): We call on Russia to de-escalate and pull back its troops.\n\nBut we will not compromise on the principle that every country has the right to choose its own alliances.\n\nMr. Nebenzia (Russian Federation) (spoke in Russian): NATO must not expand any further to the east.", "But we will not compromise", "linda-thomas-greenfield"},
		{"a UN record: the language spoken in a second parenthesis", "United Nations S/PV.8960\n\nThe President: I give the floor to Ms. DiCarlo.\n\nMs. DiCarlo: The Secretary-General urges all parties to pursue diplomacy.\n\nMrs. Thomas-Greenfield (United States of America): We call on Russia to de-escalate and pull back its troops.\n\nBut we will not compromise on the principle that every country has the right to choose its own alliances.\n\nMr. Nebenzia (Russian Federation) (spoke in Russian): NATO must not expand any further to the east.", "NATO must not expand", "vasily-nebenzya"},
		{"a possessive pronoun opening the sentence is not its subject", "Russia's envoy Alexander Lukashevich spoke first.\n\nHis American counterpart, Michael Carpenter, said the United States was ready to talk. \"What we will not accept is any restriction on where our ships sail,\" he said.", "What we will not accept", "michael-carpenter"},
		{"a surname of several words", "\"Moscow wants a receipt, a signed treaty,\" said Ciarán Mac Giolla Rua, who lectures in security studies at Dublin City University.\n\nSergei Lavrov spoke later.\n\nMac Giolla Rua expects the stalemate to last. \"The West wants the troops to go home first and Moscow wants its treaties first,\" he said.", "The West wants the troops", "ciaran-mac-giolla-rua"},
		// Hansard: a member's name alone on its line over each later turn, a blank line between
		{"a name alone over a later turn, a blank line between", "Urgent Question\n\nAlistair Penrose (North Wessex) (Con) (Urgent Question): To ask the Secretary of State if she will make a statement.\n\nThe Minister for Europe and North America (James Cleverly)\n\nNATO's door remains open, and it is for Ukraine and the allies to decide.\n\nDavid Lammy (Tottenham) (Lab)\n\nThe Minister will have the whole House behind him in standing firm against Moscow's demands.\n\nJames Cleverly\n\nThe right hon. Gentleman is right. We will not sign a treaty that rewrites the security of Europe.\n\nFiona Carrick (Bristol Harbourside) (Lab)\n\nWhat assurance can the Minister give our allies in the Baltic states?\n\nJames Cleverly\n\nOur battlegroup in Estonia is there at the request of the Estonian Government and it will stay.", "The right hon. Gentleman is right", "james-cleverly"},
		{"a name alone over the last turn", "Urgent Question\n\nAlistair Penrose (North Wessex) (Con) (Urgent Question): To ask the Secretary of State if she will make a statement.\n\nThe Minister for Europe and North America (James Cleverly)\n\nNATO's door remains open, and it is for Ukraine and the allies to decide.\n\nDavid Lammy (Tottenham) (Lab)\n\nThe Minister will have the whole House behind him in standing firm against Moscow's demands.\n\nJames Cleverly\n\nThe right hon. Gentleman is right. We will not sign a treaty that rewrites the security of Europe.\n\nFiona Carrick (Bristol Harbourside) (Lab)\n\nWhat assurance can the Minister give our allies in the Baltic states?\n\nJames Cleverly\n\nOur battlegroup in Estonia is there at the request of the Estonian Government and it will stay.", "Our battlegroup in Estonia", "james-cleverly"},
		// a French interview: "Alexei MESHKOV. -" answers, "LE FIGARO. -" asks
		{"a French interview's dot-dash label", "---\nid: t\ntitle: Meshkov interview\npublisher: Le Figaro\npublished: 2022-01-19\n---\nINTERVIEW - The ambassador explains the demands of Moscow.\n\nAlexei Meshkov, a career diplomat, was deputy foreign minister of Russia. This interview was conducted on Tuesday.\n\nLE FIGARO. - Last week, the talks ended without result. Is it a failure?\n\nAlexei MESHKOV. - I would not speak of failure. Our Western partners sat at the table and listened.\n\nAnd the essential is simple: NATO must stop moving towards our borders.\n\nWhat does France have to do in this crisis?\n\nFrance presides the Council of the European Union, and we appreciate it.", "I would not speak of failure", "alexei-meshkov"},
		{"a French interview's answer after its label", "---\nid: t\ntitle: Meshkov interview\npublisher: Le Figaro\npublished: 2022-01-19\n---\nINTERVIEW - The ambassador explains the demands of Moscow.\n\nAlexei Meshkov, a career diplomat, was deputy foreign minister of Russia. This interview was conducted on Tuesday.\n\nLE FIGARO. - Last week, the talks ended without result. Is it a failure?\n\nAlexei MESHKOV. - I would not speak of failure. Our Western partners sat at the table and listened.\n\nAnd the essential is simple: NATO must stop moving towards our borders.\n\nWhat does France have to do in this crisis?\n\nFrance presides the Council of the European Union, and we appreciate it.", "And the essential is simple", "alexei-meshkov"},
		// experts' comments under a name line and a title line each
		{"an expert's words under her name and title lines", "Expert comment\n\nThe West has answered Russia in writing. What happens now?\n\n28 January 2022\n\nDr Eleanor Whitcombe\nSenior Research Fellow, Russia and Eurasia Programme\n\nThe replies are polite, detailed and firm on the points that matter.\n\nIn my view the West is right to hold the line on enlargement.\n\nProfessor Rainer Opitz\nAssociate Fellow, Russia and Eurasia Programme\n\nThe smartest thing Washington has done is to take the second basket seriously.\n\nDr Natalia Hrytsenko\nAcademy Fellow, Ukraine Forum\n\nFor Kyiv, the most important thing in the replies is what is not in them.", "In my view the West is right", "eleanor-whitcombe"},
		{"the next expert's words under his", "Expert comment\n\nThe West has answered Russia in writing. What happens now?\n\n28 January 2022\n\nDr Eleanor Whitcombe\nSenior Research Fellow, Russia and Eurasia Programme\n\nThe replies are polite, detailed and firm on the points that matter.\n\nIn my view the West is right to hold the line on enlargement.\n\nProfessor Rainer Opitz\nAssociate Fellow, Russia and Eurasia Programme\n\nThe smartest thing Washington has done is to take the second basket seriously.\n\nDr Natalia Hrytsenko\nAcademy Fellow, Ukraine Forum\n\nFor Kyiv, the most important thing in the replies is what is not in them.", "The smartest thing Washington", "rainer-opitz"},
		{"the last expert's words", "Expert comment\n\nThe West has answered Russia in writing. What happens now?\n\n28 January 2022\n\nDr Eleanor Whitcombe\nSenior Research Fellow, Russia and Eurasia Programme\n\nThe replies are polite, detailed and firm on the points that matter.\n\nIn my view the West is right to hold the line on enlargement.\n\nProfessor Rainer Opitz\nAssociate Fellow, Russia and Eurasia Programme\n\nThe smartest thing Washington has done is to take the second basket seriously.\n\nDr Natalia Hrytsenko\nAcademy Fellow, Ukraine Forum\n\nFor Kyiv, the most important thing in the replies is what is not in them.", "For Kyiv, the most important", "natalia-hrytsenko"},
		// a "Q. & A." kicker makes the questions' answers the guest's
		{"a Q. & A. kicker: the answers are the guest's", "Q. & A.\n\nWhat Putin Really Wants From NATO\n\nBy Joshua Levitan\n\nTo make sense of the standoff, I spoke by phone with Miriam Halvorsen, a professor of history at the University of Chicago.\n\nDid the West tell Gorbachev that NATO would not move east?\n\nIn February 1990, James Baker said to Gorbachev that NATO's jurisdiction would not move one inch eastward. That happened. But it was never written down.\n\nSo the Russians are right and wrong at the same time?\n\nThey are right that there was a mood, a set of signals, which Moscow read as a promise.\n\nIs war coming?\n\nI'm a historian, so I'm bad at the future.", "They are right that there was a mood", "miriam-halvorsen"},
		// a form of address before a hyphenated given name the lexicon does not know
		{"a record's label with a hyphenated given name", "Stenographic record of the sitting of the Chamber of Deputies of 25 January 2022\n\nMr. Gheorghe-Viorel Pleșu:\nThe sitting is open. Mr. Sorin-Mihai Tănase has the floor.\n\nMr. Sorin-Mihai Tănase:\nThank you, Mr. Chairman.\nRomania will never accept that allied troops leave its territory because Moscow demands it.\n\nMr. Gheorghe-Viorel Pleșu:\nThank you. Mrs. Adela Bârzoi, AUR group, has the floor.\n\nMrs. Adela Bârzoi:\nNobody in this hall wants Russian troops at the border of Romania.", "Romania will never accept", "sorin-mihai-tanase"},
		{"a record's label with a given name the lexicon does not know", "Stenographic record of the sitting of the Chamber of Deputies of 25 January 2022\n\nMr. Gheorghe-Viorel Pleșu:\nThe sitting is open. Mr. Sorin-Mihai Tănase has the floor.\n\nMr. Sorin-Mihai Tănase:\nThank you, Mr. Chairman.\nRomania will never accept that allied troops leave its territory because Moscow demands it.\n\nMr. Gheorghe-Viorel Pleșu:\nThank you. Mrs. Adela Bârzoi, AUR group, has the floor.\n\nMrs. Adela Bârzoi:\nNobody in this hall wants Russian troops at the border of Romania.", "Nobody in this hall wants", "adela-barzoi"},
		// GOV.UK: a "Speech" kicker, and whose it is on the "From:" line under it
		{"a GOV.UK speech's 'From:' line", "---\nid: t\ntitle: UK statement to the OSCE\npublisher: UK Delegation to the OSCE\npublished: 2022-01-13\n---\nSpeech\nRussia's military build-up: UK statement to the OSCE\n\nFrom: Foreign, Commonwealth & Development Office and Neil Bush\nPublished 13 January 2022\n\nThank you, Mr Chair. Let me begin by welcoming Minister Rau to the Permanent Council.\n\nNor will we accept a return to spheres of influence, in which larger countries decide the future of their neighbours.", "Nor will we accept a return", "neil-bush"},
		// an "Expert comment" kicker over questions; "Dr" before a name the lexicon does not know
		{"an expert comment's questions to a Dr", "---\nid: t\ntitle: What does Russia really want from NATO?\npublisher: Chatham House\npublished: 2022-02-03\n---\nEXPERT COMMENT\n\nWith the replies now in Moscow's hands and President Putin accusing the West, Dr Orysia Havryliuk-Bennett assesses what is negotiable.\n\nDr Orysia Havryliuk-Bennett\nSenior Research Fellow, Russia and Eurasia Programme\n\nWhat is Moscow asking for?\n\nTwo things above all. The first is a promise that NATO takes in no more members.\n\nIs any of it negotiable?\n\nYes, and it is worth being specific. The ideas on intermediate-range missiles are not new.\n\nWhat should the West do now?\n\nI would keep talking and keep preparing.", "Yes, and it is worth being specific", "orysia-havryliuk-bennett"},
		// the Eduskunta's minutes: a clock time, the member's name, a slash and the party
		{"a member's name and party after a slash", "PARLIAMENT OF FINLAND\nMinutes of plenary session PTK 9/2022 vp\n\nSpeaker Matti Vanhanen: Thank you. Next, representative Rantala.\n\n14.09 Jussi-Pekka Rantala /kok: Honourable Speaker! NATO's door must remain open for Finland.\n\n14.12 Aino Heikkilä /vas: Honourable Speaker! The Left Alliance does not accept threats against our neighbours.\n\nSpeaker Matti Vanhanen: Thank you.", "Honourable Speaker! NATO's door", "jussi-pekka-rantala"},
		{"the next member's", "PARLIAMENT OF FINLAND\nMinutes of plenary session PTK 9/2022 vp\n\nSpeaker Matti Vanhanen: Thank you. Next, representative Rantala.\n\n14.09 Jussi-Pekka Rantala /kok: Honourable Speaker! NATO's door must remain open for Finland.\n\n14.12 Aino Heikkilä /vas: Honourable Speaker! The Left Alliance does not accept threats against our neighbours.\n\nSpeaker Matti Vanhanen: Thank you.", "Honourable Speaker! The Left Alliance", "aino-heikkila"},
		// experts' comments each under "Name: Title" on one line, a rank before the name or a given name the lexicon does not know
		{"an expert's words under 'Name: Title'", "ATLANTIC COUNCIL\nNEW ATLANTICIST\n\nExperts react: The US and NATO have answered Putin. What now?\n\nBy Atlantic Council experts\n\nGregory Ashdown: Senior fellow at the Eurasia Center and former deputy assistant secretary of state\n\nWashington was right to refuse to close NATO's door.\n\nCol. (ret.) Thomas Rennick: Nonresident senior fellow at the Scowcroft Center for Strategy and Security\n\nThe allies should also say plainly that Russia has to pull its troops back.\n\nAurelija Šimkutė: Nonresident fellow at the Atlantic Council\n\nThe written answers did their job.", "Washington was right to refuse", "gregory-ashdown"},
		{"under 'Col. (ret.) Name: Title'", "ATLANTIC COUNCIL\nNEW ATLANTICIST\n\nExperts react: The US and NATO have answered Putin. What now?\n\nBy Atlantic Council experts\n\nGregory Ashdown: Senior fellow at the Eurasia Center and former deputy assistant secretary of state\n\nWashington was right to refuse to close NATO's door.\n\nCol. (ret.) Thomas Rennick: Nonresident senior fellow at the Scowcroft Center for Strategy and Security\n\nThe allies should also say plainly that Russia has to pull its troops back.\n\nAurelija Šimkutė: Nonresident fellow at the Atlantic Council\n\nThe written answers did their job.", "The allies should also say plainly", "thomas-rennick"},
		{"under a name the lexicon does not know", "ATLANTIC COUNCIL\nNEW ATLANTICIST\n\nExperts react: The US and NATO have answered Putin. What now?\n\nBy Atlantic Council experts\n\nGregory Ashdown: Senior fellow at the Eurasia Center and former deputy assistant secretary of state\n\nWashington was right to refuse to close NATO's door.\n\nCol. (ret.) Thomas Rennick: Nonresident senior fellow at the Scowcroft Center for Strategy and Security\n\nThe allies should also say plainly that Russia has to pull its troops back.\n\nAurelija Šimkutė: Nonresident fellow at the Atlantic Council\n\nThe written answers did their job.", "The written answers did their job", "aurelija-simkute"},
		// an organisation's statement under its masthead and over its date line: not a standfirst
		{"a ministry's statement heading between masthead and date", "The Ministry of Foreign Affairs of the Russian Federation\n\nForeign Ministry statement on the written responses of the United States and NATO to the Russian proposals on security guarantees\n\n28 January 2022 17:30\n\nBoth documents are being carefully studied in Moscow by the relevant agencies.\n\nThe main issue, which we raised and continue to raise as a matter of principle, has not received a positive answer.", "The main issue, which we raised", "russian-foreign-ministry"},
		// a peer the lexicon knows by his title ("Lord Ahmad of Wimbledon" is Tariq Ahmad)
		{"a peer known by his title", "House of Lords\n\nUkraine: Russian Security Proposals\n\nAsked by Lord Wrenfield\n\nThe Minister of State, Foreign, Commonwealth and Development Office (Lord Ahmad of Wimbledon) (Con)\n\nMy Lords, the United Kingdom has been clear that Russia's proposals on NATO enlargement are not acceptable.\n\nLord Wrenfield (Con)\n\nMy Lords, I thank the Minister for his Answer.\n\nLord Ahmad of Wimbledon (Con)\n\nMy noble friend raises an important point.", "My noble friend raises", "tariq-ahmad"},
		// an office before the name and the ministry in parentheses: no asker's label
		{"an office, a name and the ministry in parentheses", "German Bundestag\nCommittee on Foreign Affairs\n\nChair Michael Roth: Dear colleagues, I open agenda item 2. The Federal Government is represented by Minister of State Dr Tobias Lindner.\n\nMinister of State Dr Tobias Lindner (Federal Foreign Office): Thank you, Mr Chairman. Ladies and gentlemen, the situation is serious.\n\nChair Michael Roth: Thank you. Colleague Dr. Hendrik Wallmeyer for the CDU/CSU group.\n\nDr. Hendrik Wallmeyer (CDU/CSU): Thank you, Mr Chairman. I share your assessment.\n\nChair Michael Roth: Thank you.", "Thank you, Mr Chairman. Ladies and gentlemen", "tobias-lindner"},
		{"a title that opens the sentence before the name in commas", "Georgian President Salome Zourabichvili spoke on Thursday.\n\nThe director of the Tbilisi Institute for Euro-Atlantic Studies, Tamar Chkheidze, told Interpressnews that Moscow had gone further.\n\n„A moratorium on enlargement, even a temporary one, would be a betrayal of Georgia“, - Chkheidze said.", "A moratorium on enlargement", "tamar-chkheidze"},
		{"the surname He", "In 1990, James Baker told Mikhail Gorbachev that NATO would not move east.\n\nHe Jianmin, a professor at the Shanghai Institute of International Affairs, agreed.\n\n\"A letter is not a treaty. What Russia asked for was a signed document,\" He told the Global Times.", "A letter is not", "he-jianmin"},
		{"he after a quotation is still a pronoun", "Sergei Lavrov spoke on Friday.\n\n\"We need answers to our proposals right now,\" he told reporters.", "We need answers", "sergei-lavrov"},
		{"the representative of a country", "Speaking before the vote, Vassily Nebenzia, representative of the Russian Federation, said the meeting was a provocation.\n\nLinda Thomas-Greenfield, representative of the United States, spoke next.\n\nTaking the floor again, the representative of the Russian Federation said that “NATO must not expand further eastward.”", "NATO must not expand", "vasily-nebenzya"},
		{"a role noun with a verb of comparison", "The talks came a day after Foreign Secretary Liz Truss held a tense meeting with Sergei Lavrov, after which the Russian foreign minister likened their exchange to “a conversation between the mute and the deaf”.", "a conversation between", "sergei-lavrov"},
		{"a name after an inverted speech verb", "Kremlin spokesman Dmitry Peskov said Moscow was still studying the documents.\n\n“Restoring regular contacts between our generals and theirs would be the cheapest insurance against an accident,” says Mikko Rantanen, who spent a decade negotiating arms control for Finland.", "Restoring regular contacts", "mikko-rantanen"},
		{"an interview's labels in capitals: the surname of the person it introduced", "Its chairman Wolfgang Ischinger spoke to DW about Russia's demands.\n\nDW: Could the alliance offer a moratorium on enlargement?\n\nISCHINGER: No one in NATO can sign away the right of sovereign states to choose their alliances.", "No one in NATO", "wolfgang-ischinger"},
		{"a transcript turn that opens with an address ending in a comma", "Vladimir Putin: Mr Federal Chancellor, ladies and gentlemen,\n\nOur key proposals – that NATO should not expand any further – have not been answered.\n\nOlaf Scholz (retranslated): Mr President, thank you for the open conversation.", "Our key proposals", "vladimir-putin"},
		{"a broadcast transcript's name-and-title labels", "ANA CABRERA, CNN ANCHOR: Welcome back. Talks in Geneva ended today without a breakthrough.\n\nSERGEI RYABKOV, RUSSIAN DEPUTY FOREIGN MINISTER (through translator): For us it is absolutely mandatory to make sure that Ukraine never becomes a member of NATO.\n\nCABRERA: Joining me now is a former official.", "For us it is absolutely", "sergei-ryabkov"},
		{"a quote box signed on the next line", "Foreign ministers met in Brussels, with U.S. Secretary of State Antony Blinken joining by video.\n\n“No one in Moscow can decide for Ukraine, or for any other country, which alliances it may join.”\nJosep Borrell, High Representative for Foreign Affairs and Security Policy", "No one in Moscow", "josep-borrell"},
		{"a role noun that is the title of the name after it", "The permanent representative of the Russian Federation at the OSCE Alexander Lukashevich has declared, that Moscow waits for the answer.\n\nThe ambassador of the USA at OSCE Michael Carpenter has answered him. «The Russian Federation must withdraw the troops which it concentrated at the Ukrainian border», - he has said.", "The Russian Federation must", "michael-carpenter"},
		{"a name something is named after does not speak", "Docent of the university named after Immanuel Kant, the political scientist Vadim Smirnov, is cautious. «For the ordinary resident the main question today is whether transit through Lithuania keeps working», — he noted.", "For the ordinary resident", "vadim-smirnov"},
		{"a statement page: the paragraphs after 'Statement by X' are X's", "Home / Foreign policy / Statements\n\nStatement by Permanent Representative of the Russian Federation to the OSCE Alexander Lukashevich at the special meeting of the OSCE Permanent Council\n\nMr Chairperson,\n\nWe need legally binding guarantees that exclude the further eastward expansion of NATO.", "We need legally binding", "alexander-lukashevich"},
		{"the person who said it, not the government named after", "China's ambassador Zhang Jun said Beijing opposed \"the continued eastward expansion of a military bloc\" and that Russia's concerns should be taken seriously.", "the continued eastward expansion", "zhang-jun"},
		{"a German transliteration and a role noun", "„We go our way, also into the NATO, and nobody from outside can change it“, said Selenskyj.\n\n„For us this question must be solved now, in the course of the negotiations“, said the Kremlin chief.", "For us this question", "vladimir-putin"},
		{"Ukrainian given names in their Ukrainian transliteration", "“Ukraine itself will determine which alliances to join, and nobody will decide it for us,” said Yevhenii Tsymbaliuk.", "Ukraine itself will", "yevhenii-tsymbaliuk"},
		{"British spelling of NATO", "Jens Stoltenberg spoke.\n\n“There is nothing in the letter about the eastern flank,” said one Nato diplomat.", "There is nothing", "nato"},
		{"organisation", "In a statement, NATO called on Russia to “defuse the escalation and honor its international commitments.”", "defuse the escalation", "nato"},
		{"nested reporting", "A State Department spokesperson said Blinken urged “immediate Russian de-escalation and the withdrawal of troops.”", "immediate Russian", "antony-blinken"},
		{"unknown person by title", "Kremlin spokesman Dmitry Peskov spoke. Political analyst Sergei Bersanov said: “The ball is now in the court of Washington.”", "The ball", "sergei-bersanov"},
		{"apposition", "Ivan Petrov, an expert at a Moscow institute, said: “The answer is a polite no on everything.”", "The answer", "ivan-petrov"},
		{"transcript label", "Sergey Lavrov: We are waiting for answers.\n\nQuestion: Is it enough?\n\nSergey Lavrov: It is not enough for us at all.", "It is not enough", "sergei-lavrov"},
		{"unclosed quotation with its own attribution", "Lukashevich spoke first.\n\nMichael Carpenter, the U.S. ambassador to the OSCE, spoke next. \"The idea that NATO would stop admitting new members is a nonstarter, he said.", "The idea that NATO", "michael-carpenter"},
		{"interview answers", "NATO spokesperson Oana Lungescu spoke to Euronews.\n\nQ: Will the alliance stop?\n\nA: No such promise was ever made, and every country has the right to choose its own path.", "No such promise", "oana-lungescu"},
		{"told X names the listener", "The US secretary of state, James Baker, told Mikhail Gorbachev that there would be “not one inch of the alliance's present jurisdiction” moving east.", "not one inch", "james-baker"},
		{"the official after a dotted actor", "Russia's ambassador, Anatoly Antonov, spoke on Thursday.\n\nA senior U.S. official, speaking on condition of anonymity, told Reuters on Friday that the response offered limits.\n\n\"We put real ideas on the table on exercises and missiles,\" the official said.", "We put real ideas", "united-states"},
		{"surname after the full name", "Julianne Smith, the U.S. ambassador to NATO, spoke on Monday.\n\nAnatoly Antonov answered her.\n\n“Nobody outside this alliance gets a vote on who joins it,” Smith said.", "Nobody outside", "julianne-smith"},
		{"label in capitals", "MS. PSAKI: Good afternoon, everyone.\n\nQ  Thank you, Jen. Is the door still open?\n\nMS. PSAKI: We have been very clear about that with the Russians.", "We have been very clear", "jen-psaki"},
		{"a speaker after an 'Asked whether' clause", "US Secretary of State Antony Blinken spoke at the State Department.\n\nAsked whether Washington has offered Moscow any concession on Nato enlargement, he replies: \"No. There is no change; there will be no change.\"", "No. There is no change", "antony-blinken"},
		{"a titled label with a note on its translation", "Vladimir Putin and Prime Minister of Hungary Viktor Orban made statements for the press.\n\nPresident of Russia Vladimir Putin: Mr Prime Minister, ladies and gentlemen, our talks were substantive.\n\nPrime Minister of Hungary Viktor Orban (retranslated): Thank you, Mr President. I came to Moscow on a peace mission.", "Thank you, Mr President", "viktor-orban"},
		{"an unknown name after a quotation, with a letter no first-name list has", "“I would not bet a single euro on Geneva producing anything this week,” Dainius Žemaitis said in an interview.", "I would not bet", "dainius-zemaitis"},
		{"a briefing's opening remarks before the first question", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 27, 2022\n\nI can already say one thing. Our position has not changed: NATO must not move further east.\n\nQuestion (Bloomberg): Is Moscow ready to discuss these issues separately?\n\nAnswer: We have said many times that we are ready to talk about missiles.", "I can already say", "maria-zakharova"},
		{"'For X, …' gives whose view follows", "Henrik Lindqvist, a senior researcher at the Swedish Institute of International Affairs, sees the 1997 clause as the giveaway.\n\nFor Olga Lebedeva, a Moscow-based former diplomat who now teaches at a private university, Ukraine is the heart of the matter.\n\n“Everything else in the drafts can be traded,” she said.", "Everything else", "olga-lebedeva"},
		{"an honorific is not part of the name", "James Baker met Hans-Dietrich Genscher in February 1990.\n\n“There was never a treaty, never a signed promise,” says Dr Catriona Weld, who teaches cold war history at the University of Glasgow.", "There was never a treaty", "catriona-weld"},
		{"the agent of 'This was stated by X' is the subject for role nouns", "U.S. Ambassador Michael Carpenter spoke first.\n\nRussia must withdraw its troops from the border with Ukraine. This was stated by Ukraine's Permanent Representative to the OSCE Yevhenii Tsymbaliuk during the meeting.\n\n“Decisions about Ukraine’s future are taken in Kyiv and by the Allies, and nowhere else,” the diplomat stressed.", "Decisions about", "yevhenii-tsymbaliuk"},
		{"'the ministry' after a country's ministry is that country's", "The Russian Foreign Ministry said on Tuesday that it was studying the answers.\n\nGeorgia's Foreign Ministry also weighed in on Wednesday. \"The decisions of the Bucharest summit remain in force, and no third country can veto Georgia's sovereign choice,\" the ministry said in a statement.", "The decisions of the Bucharest", "georgia"},
		{"a role noun's nationality narrows it", "The French president met Vladimir Putin and Andrzej Duda.\n\nStanding next to Mr Macron, Mr Duda was categorical. “We will never accept that the eastern flank of the alliance becomes a second-class zone,” the Polish president said.", "We will never accept", "andrzej-duda"},
		{"a role noun's nationality names its default holder", "The French president met Vladimir Putin and Olaf Scholz in less than two days.\n\n“We have achieved the possibility of moving forward together,” he said.", "We have achieved", "emmanuel-macron"},
		{"a newsletter's rubric in capitals is no transcript label", "EU: TABLE MANNERS\n\nThe EU wasn't in the room in Geneva.\n\nBIRTHDAYS: MEP Jonas Valaitis.\n\nEstonian MEP Kadri Lepik was less diplomatic. “The moment we start bargaining over where allied troops may stand, we have already lost,” she told Playbook.", "The moment we start", "kadri-lepik"},
		{"a transliterated given name before a known surname", "Dmytro Kuleba spoke first.\n\nMeanwhile the minister of foreign affairs of Russia Serhiy Lavrov declared on Thursday: «In the answer of the USA there is no positive reaction on the main question».", "In the answer of the USA", "sergei-lavrov"},
		{"a different given name before a known surname is someone else", "Jake Sullivan spoke first.\n\n“The document was handed over in Moscow,” U.S. Ambassador John Sullivan said on Wednesday.", "The document was handed", "john-sullivan"},
		{"an organisation's statement page", "Ministry of Foreign Affairs of the Russian Federation\n\nHome > Foreign policy > Statements\n\nForeign Ministry statement on the written responses of the United States and NATO\n\nWe insist that the guarantees be enshrined in legally binding documents.", "We insist that", "russian-foreign-ministry"},
		{"a verb that goes on after a quotation keeps the sentence's subject", "Deputy Foreign Minister Sergei Ryabkov spoke after the talks.\n\nHe said Moscow wanted \"legally binding guarantees on paper, not promises that can be forgotten the day after they are made\", and repeated that Russia had no plans to invade.", "legally binding guarantees on paper", "sergei-ryabkov"},
		{"a role noun with the city it works from", "Irina Sokolova, who has followed Russia’s arms-control diplomacy from Moscow for two decades, sees the same pattern. “For the Kremlin the signature is the whole point,” the Moscow scholar says.", "For the Kremlin the signature", "irina-sokolova"},
		{"a speech page 'As delivered by …'", "On Russia's Proposals and the Security of Europe\n\nAs delivered by Ambassador Michael Carpenter\nto the Permanent Council, Vienna\n\nThank you, Mr. Chair.\n\nWe call on the Russian Federation to pull back its forces and to de-escalate.", "We call on the Russian Federation", "michael-carpenter"},
		{"a compilation of statements: each heading hands the words below it on (a person who delivered it first)", "Permanent Council\n\nPC.DEL/31/22\nENGLISH only\n\nStatement by the United States of America\nAs delivered by Ambassador Michael Carpenter\n\nThank you, Mr. Chair. We will not accept a Europe in which a large country decides the alliances of its neighbours.\n\nPC.DEL/33/22\n\nStatement by the Permanent Representative of the Russian Federation, Alexander Lukashevich\n\nMr. Chairperson,\n\nWe need legally binding guarantees, not promises and not another political declaration.", "We need legally binding", "alexander-lukashevich"},
		{"a briefing's 'Spokesman:' is the spokesman its heading names", "Noon Briefing by Stéphane Dujarric, Spokesman for the Secretary-General\n\nSpokesman: On Ukraine, the Secretary-General continues to follow the talks very closely.\n\nQuestion: But does he think Russia should pull its troops back from the border?\n\nSpokesman: We would obviously like to see a de-escalation on the ground, and any step that reduces the military build-up would be very welcome.", "We would obviously like", "stephane-dujarric"},
		{"an event transcript: each speaker's name alone on its line over the turn", "Speakers\nTamsin Orlova-Reid, Associate Fellow, Chatham House\nBartosz Wierzbowski, Director, Centre for Eastern Flank Studies\nChair: Rosalind Emery, Senior Research Fellow, Chatham House\n\nRosalind Emery\nGood afternoon, and welcome to this event. Tamsin, what did the letters offer?\n\nTamsin Orlova-Reid\nThanks, Rosalind. The letters offer a menu of things to talk about.\n\nRosalind Emery\nBartosz, how does this look from Warsaw?\n\nBartosz Wierzbowski\nThe suggestion that NATO should pull its forces and infrastructure back to where they were in 1997 is unacceptable.", "The suggestion that NATO", "bartosz-wierzbowski"},
		{"a record: an office and a name alone on a line; the president gives the floor", "President of the Riigikogu Jüri Ratas\nThe first question is from Heiki Aavasalu to the Prime Minister. Please!\n\nHeiki Aavasalu\nHonourable Prime Minister! The drafts propose that allied troops leave the countries that joined NATO after 1997. Will Estonia accept that?\n\nPresident of the Riigikogu Jüri Ratas\nPrime Minister, please!\n\nPrime Minister Kaja Kallas\nThank you, honourable President! The idea that allied forces should leave the countries that joined NATO after 1997 is unacceptable to Estonia.\n\nPresident of the Riigikogu Jüri Ratas\nThank you!", "The idea that allied forces", "kaja-kallas"},
		{"a video transcript's time stamps before the labels", "[00:00:05] Anton Kovalyshyn (host): Good evening, this is Truth of the Week. With us is the Minister of Foreign Affairs Dmytro Kuleba. Did the Americans show you the answer?\n\n[00:02:25] Dmytro Kuleba: Good evening. Yes, the Americans showed us the text before it went to Moscow, and there is no concession in it on our Euro-Atlantic course.\n\n[00:03:02] Anton Kovalyshyn: Thank you, Mr Minister.", "Good evening. Yes, the Americans", "dmytro-kuleba"},
		{"an interview's answer that opens with a dash answers, quotation marks or not", "MOSCOW, 24 Jan — RIA Novosti. Russia expects answers on the key questions, declared in the interview to RIA Novosti the deputy minister of foreign affairs of Russia Alexander Grushko.\n\nAlexander Viktorovich, how do you evaluate the session of the Council?\n\n— The session has shown, that on the principal questions the serious differences remain.\n\nThe alliance offers to restore the channels of the military communication. Is Moscow interested in this?\n\n— We are told about the restoring of the offices and the «hot lines», but this is cosmetics. To return to the former format of the contacts without the solving of the core questions there is no sense.\n\nWhat further?\n\n— We wait for the written answer.", "We are told about the restoring", "alexander-grushko"},
		{"a Seimas record: initials and a surname in capitals, a full stop", "THE CHAIR (V. ČMILYTĖ-NIELSEN). Dear colleagues, the Minister of Foreign Affairs Gabrielius Landsbergis will inform the Seimas.\n\nG. LANDSBERGIS. Madam Speaker, dear colleagues. For Lithuania a return to 1997 would mean that every allied soldier would have to leave.\n\nTHE CHAIR. Thank you. Kęstutis Stasiulis, Mixed Group, has the floor.\n\nK. STASIULIS (MSNG). I do not share the enthusiasm for saying no to everything Moscow proposes.", "I do not share the enthusiasm", "kestutis-stasiulis"},
		{"a Seimas record: the minister's turn", "THE CHAIR (V. ČMILYTĖ-NIELSEN). Dear colleagues, the Minister of Foreign Affairs Gabrielius Landsbergis will inform the Seimas.\n\nG. LANDSBERGIS. Madam Speaker, dear colleagues. For Lithuania a return to 1997 would mean that every allied soldier would have to leave.\n\nTHE CHAIR. Thank you, Minister.", "Madam Speaker, dear colleagues.", "gabrielius-landsbergis"},
		{"a Diet record: a mark, an office and the name in parentheses, the family name first in capitals", "○Chairperson (NEMOTO Takumi): Next, Mr. SHIRASAKA Kenta.\n\n○SHIRASAKA Kenta (Constitutional Democratic Party of Japan): Thank you, Chair. I would like to ask about the situation surrounding Ukraine.\n\n○Chairperson (NEMOTO Takumi): Minister for Foreign Affairs HAYASHI Yoshimasa.\n\n○Minister for Foreign Affairs (HAYASHI Yoshimasa): Japan's position is that each country has the right to freely choose its own security arrangements.", "Japan's position is that", "yoshimasa-hayashi"},
		{"a Diet record: a member unknown to the lexicon, given name first", "○Chairperson (NEMOTO Takumi): Next, Mr. SHIRASAKA Kenta.\n\n○SHIRASAKA Kenta (Constitutional Democratic Party of Japan): Thank you, Chair. I would like to ask about the situation surrounding Ukraine.\n\n○Minister for Foreign Affairs (HAYASHI Yoshimasa): Japan's position is that each country has the right to freely choose its own security arrangements.", "Thank you, Chair. I would like", "kenta-shirasaka"},
		{"a committee record: a title word before a member's name is no part of it", "Chairman Deputy Bogdan Krawiec (PiS):\nI open the discussion. Deputy Halina Ostrowska, please.\n\nDeputy Halina Ostrowska (KO):\nThank you, Mr Chairman. Minister, I have a question about the missiles.\n\nSecretary of State in the Ministry of Foreign Affairs Marcin Przydacz:\nWe are not aware of any such discussion.", "Thank you, Mr Chairman. Minister,", "halina-ostrowska"},
		{"a press conference of Hungary's foreign minister, his name with its accents", "Minister of Foreign Affairs and Trade Péter Szijjártó held a press conference on Thursday.\n\nQuestion (MTI): Did Hungary see the American answer?\n\nPéter Szijjártó: We were informed about the American answer, and we support the unity of the alliance.\n\nQuestion (Index): And the talks?\n\nPéter Szijjártó: Our position is that the talks must continue.", "We were informed about", "peter-szijjarto"},
		{"a committee record: a name, a comma and an office the lexicon does not know", "Nikoloz Samkharadze, Chairman of the Committee: Thank you, Minister. Ms Mchedlishvili, please brief the committee.\n\nKhatia Mchedlishvili, Head of the NATO Integration Department, Ministry of Foreign Affairs: Thank you, Mr Chairman. The allies were unanimous that the open door stays open.\n\nNikoloz Samkharadze, Chairman of the Committee: Thank you.", "Thank you, Mr Chairman. The allies", "khatia-mchedlishvili"},
		{"a name before an apposition with a place, then the verb", "“The agenda today was essentially the December draft, including pulling allied troops back behind the 1997 line,” Olena Marchuk, an analyst at the Kyiv Institute for Strategic Dialogue, told DW.", "The agenda today", "olena-marchuk"},
		{"a name before an apposition with a city, then the verb", "“The agenda was the December draft, including pulling allied troops back behind the 1997 line,” Anna Marchuk, an analyst in Kyiv, told DW.", "The agenda was", "anna-marchuk"},
		{"an interview whose questions carry the outlet's label: the answers are whom the first question addresses", "On her first trip to Moscow, Annalena Baerbock told Sergey Lavrov that Berlin was ready for dialogue.\n\nDW spoke on Tuesday to Annika Brenneisen, who heads a program at the Centre for European Security Dialogue.\n\nDW: Ms Brenneisen, Moscow put two draft treaties on the table. What is Russia asking for?\n\nIn essence, the two drafts would oblige NATO to take in no new members at all.\n\nDW: Is any of this acceptable to the West?\n\nSome of it, yes. But the core demand, a halt to NATO enlargement, is a non-starter.", "In essence, the two drafts", "annika-brenneisen"},
		{"a Knesset member's title", "The committee, chaired by MK Ram Ben Barak, met on Monday. MK Yossi Almagor said: „The Russians want Ukraine to stay out of NATO forever.“", "The Russians want", "yossi-almagor"},
		{"a Storting record: a member, the party and a time stamp before the colon", "The President: Kari Mjøsvold – follow-up question.\n\nKari Mjøsvold (H) [10:05:02]: I thank the minister for a clear answer. Will Norway keep exercising with its allies?\n\nMinister Anniken Huitfeldt [10:05:51]: Norway will not accept any arrangement under which Russia decides which exercises allies may hold on Norwegian territory.\n\nThe President: We move on.", "Norway will not accept", "anniken-huitfeldt"},
		{"a French Senate record in English: 'Mr Olivier Cadiou. – '", "Mr President. – The floor is given to Mr Olivier Cadiou.\n\nMr Olivier Cadiou. – Minister, Europe must not be a mere spectator of a negotiation about its own security.\n\nMr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs. – Europe will not accept that its security is negotiated over its head.\n\nMr President. – Thank you.", "Minister, Europe must not be", "olivier-cadiou"},
		{"a Dáil record: the minister's title before his name in parentheses", "Deputy Niamh Kilbride: This is a very dangerous moment for Europe. What is Ireland's position?\n\nMinister for Foreign Affairs (Deputy Simon Coveney): I thank the Deputy for raising this. Every state in Europe has the sovereign right to choose its alliances.\n\nAn Ceann Comhairle: The Deputy has one minute.", "I thank the Deputy", "simon-coveney"},
		{"a Portuguese transliteration of a name the lexicon knows", "\"For us it is not a menu,\" said Riabkov, \"it is a package.\" The vice-minister Serguei Riabkov spoke to Interfax.", "For us it is not a menu", "sergei-ryabkov"},
		{"a middle initial in the New York Times' style", "\"There is no reason for optimism,\" Dmitri S. Peskov, the Kremlin spokesman, told reporters.", "There is no reason", "dmitry-peskov"},
		{"a college's name is no person's: the quotation after the colon is the specialist's", "Dr Helen Marwick, a Russia specialist at King’s College London, told the Guardian on Thursday that the Kremlin had framed its demands in a way that made failure likely:\n\n“Moscow has asked for things it knows it cannot get – a written promise to tear up the Bucharest declaration – so that it can blame the west when the talks stall.”", "Moscow has asked for things", "helen-marwick"},
		{"a title and a full name the lexicon does not know label a record's turn", "Sen. Robert Menendez: Good morning. We meet as Russian troops sit on Ukraine's border.\n\nSen. Menendez: Senator Paul.\n\nSen. Rand Paul: Thank you. I think we ought to say out loud what everybody knows: Ukraine is not going to join NATO, not this year and not in ten years.\n\nSen. Menendez: Thank you.", "I think we ought", "rand-paul"},
		{"a compilation of statements: an organisation's heading", "Permanent Council\n\nStatement by the Permanent Representative of the Russian Federation, Alexander Lukashevich\n\nWe need legally binding guarantees, not promises.\n\nPC.DEL/36/22\n\nStatement by the European Union\n\nWe reject the idea of spheres of influence. Any attempt to limit the sovereign right of Ukraine to choose its partners is unacceptable.", "We reject the idea", "european-union"},
		{"'…, said Washington had' names no speaker", "US Deputy Secretary of State Wendy Sherman led the talks.\n\nSherman, for her part, said Washington had 'firmly pushed back on security proposals that are simply non-starters', among them any bar on Ukraine joining the alliance.", "firmly pushed back", "wendy-sherman"},
		{"an expert Q&A with first-name labels", "We asked two of our experts.\n\nWhat did Washington put on paper?\n\nRebecca Lindqvist: Essentially the menu the administration has been describing since Geneva.\n\nAnd NATO’s reply?\n\nMarcus Okafor: It is shorter and tougher. It reaffirms the 2008 Bucharest summit decision.", "It is shorter and tougher", "marcus-okafor"},
		{"a full-name label of someone the article named", "SPD lawmaker Ilka Albers told DW where she sees room for a deal.\n\nDW: Was this a rejection?\n\nIlka Albers: It was an answer, not a rejection. We have said clearly where we are ready to negotiate.", "It was an answer", "ilka-albers"},
		{"an interview printed as dash turns", "Deputy Foreign Minister Sergei Ryabkov spoke to Kommersant.\n\n— Sergei Alekseyevich, was there any progress?\n\n— The conversation was difficult, long and very professional.\n\n— The Americans say the Bucharest decision cannot be revised.\n\n— The Bucharest formula was a mistake, and it must be disavowed.\n\n— What do you expect next?\n\n— We expect a written answer, point by point.", "The Bucharest formula was a mistake", "sergei-ryabkov"},
		{"an interview's guest is whom the introduction says was asked", "Deputy Foreign Minister Sergei Ryabkov has said the talks reached a dead end. Meduza asked Kirill Zaslavsky, a military analyst, what the Kremlin expects.\n\n**What exactly is Moscow asking for?**\n\n— On paper, a great deal. NATO stops where it is and never takes in Ukraine.\n\n**Why write it so that it cannot be accepted?**\n\n— Because it is an opening bid.\n\n**And the Western side?**\n\n— Their answer so far is that the door stays open.\n\n**Thank you.**\n\n— You are welcome, it was a pleasure.", "On paper, a great deal", "kirill-zaslavsky"},
		{"press remarks: a place before the heading's colon, and a reporter's 'Q.'", "Brest: Press remarks by High Representative Josep Borrell at the press conference\n\nGood afternoon. We have had two very intense days here in Brest.\n\nQ. Mr High Representative, is Europe being sidelined in these talks?\n\nEurope cannot be a spectator in a discussion about European security.", "Europe cannot be a spectator", "josep-borrell"},
		{"a label with the title in square brackets", "Oana Lungescu [NATO Spokesperson]: Good afternoon. The Secretary General will start with a statement.\n\nJens Stoltenberg [NATO Secretary General]: Good afternoon. We have just concluded a meeting of the NATO-Russia Council.\n\nQuestion [Sabine Engel, Reuters]: Secretary General, would NATO sign such a document?\n\nJens Stoltenberg [NATO Secretary General]: No. NATO Allies will not sign any treaty that gives Russia a veto.", "No. NATO Allies will not sign", "jens-stoltenberg"},
		{"a double-barrelled surname as a label", "DW spoke to security analyst Sabine Korff-Arndt of the Institute for Peace Research.\n\nDW: Ms Korff-Arndt, did Russia get anything it asked for?\n\nKorff-Arndt: Not on the central point. The alliance has said, politely but clearly, no.", "Not on the central point", "sabine-korff-arndt"},
		{"an anonymous official's label on an organisation's own page", "---\nid: t\ntitle: Background Press Call\npublisher: The White House\npublished: 2022-01-26\n---\nMODERATOR: Hi, everyone. Thanks so much for joining on short notice.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. The response makes clear that we will uphold the principle of NATO's open door.\n\nQ: Thank you. Will you publish it?\n\nSENIOR ADMINISTRATION OFFICIAL: We are not going to publish the document ourselves.", "Thanks, everyone. The response", "white-house"},
		{"'– told «Izvestia» the expert of … Gleb Tulinov': the outlet in marks is no quotation, the person ends the sentence", "Deputy Foreign Minister Sergei Ryabkov spoke on Wednesday.\n\n«The Americans offer to us the transparency of exercises, that is, what they themselves want. About the nonexpansion in the answer there is not a word», – told «Izvestia» the expert of the Center of the Euro-Atlantic studies Gleb Tulinov.", "The Americans offer to us", "gleb-tulinov"},
		{"an interview that labels only the guest's first answer", "DW spoke to security analyst Katrin Haverbeck of the Berlin Centre for European Security.\n\nDW: Ms. Haverbeck, what exactly is Moscow asking for?\n\nKatrin Haverbeck: Several things matter most to Moscow. It wants a legally binding promise that NATO will not take in new members.\n\nDW: Why is the 2008 Bucharest summit suddenly back in the news?\n\nBecause the draft treaty with NATO would in effect cancel the promise the alliance made there to Kyiv and Tbilisi.", "Because the draft treaty", "katrin-haverbeck"},
		{"', including Russia's demand that …' after a quotation names no speaker", "U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by telephone after the meeting, said Washington had \"firmly pushed back on security proposals that are simply non-starters for the United States,\" including Russia's demand that NATO rule out any further enlargement.", "firmly pushed back", "wendy-sherman"},
		{"'he' after '…, said Pavel Trubin, a defence analyst.' is the analyst", "In Kyiv, President Volodymyr Zelensky said on Friday that Ukraine would not accept any deal about it.\n\nParts of the package could form the basis of talks, said Pavel Trubin, a defence analyst. \"But a promise that Ukraine will never join NATO is written to be refused,\" he added.", "But a promise that Ukraine", "pavel-trubin"},
		{"a name in capitals the lexicon knows in title case", "BRANNIGAN: And this morning Foreign Minister Sergey Lavrov said the answer does not address the main question.\n\nSERGEY LAVROV: (Through interpreter) The main question is our clear position on the inadmissibility of further NATO expansion to the east.\n\nBRANNIGAN: Lavrov did say there were some reasonable ideas.", "(Through interpreter) The main question", "sergei-lavrov"},
		{"a name in capitals with a letter of two bytes first", "KATARZYNA ŻELAZNA: Moscow wants NATO to pull its forces out of Poland, and that will never happen.\n\nHOST: Thank you.\n\nKATARZYNA ŻELAZNA: You are welcome, it was a pleasure to be here.", "Moscow wants NATO", "katarzyna-zelazna"},
		{"an outlet's label with a country in its name asks", "---\nid: t\ntitle: Kuleba interview\npublisher: Interfax-Ukraine\npublished: 2022-01-28\n---\nForeign Minister of Ukraine Dmytro Kuleba, in an interview with Interfax-Ukraine on Thursday, spoke about the documents.\n\nInterfax-Ukraine: Mr Minister, did Kyiv see the American text before it was sent?\n\nYes. The American side shared the text with us before it was sent to Moscow.\n\nInterfax-Ukraine: Will Ukraine give up its course towards NATO?\n\nNo. Our course towards membership in NATO is written in the Constitution.", "No. Our course towards membership", "dmytro-kuleba"},
		{"a dash interview whose answer runs over two dashed paragraphs", "Deputy Foreign Minister Sergei Ryabkov spoke to Izvestia.\n\n— Sergey Alekseevich, what do you expect from the answer?\n\n— We expect the answer on every point.\n\n— If the answer consists of vague formulas, this will not suit us. We need legally fixed guarantees.\n\n— In Washington they say they are ready to discuss missiles. Is it enough?\n\n— These are questions of the second order.\n\n— Thank you.\n\n— Thank you.", "If the answer consists of vague formulas", "sergei-ryabkov"},
		{"'…, said retired Lt. Gen. Karen Whitlock, a former deputy commander …' after someone else's quotation", "That is more than some in Warsaw would like. \u201cRussia\u2019s missile proposal is a trap,\u201d said Jakub Wroblewski, a missile-defense analyst at the Warsaw Institute for Strategic Studies.\n\nOthers see room for a bargain. \u201cI\u2019d sign a deal on notifying snap exercises tomorrow,\u201d said retired Lt. Gen. Karen Whitlock, a former deputy commander of U.S. Army Europe.", "I\u2019d sign a deal", "karen-whitlock"},
		{"a broadcast: the host's surname asks, the guest's answers", "JULIET MARSH\n\nLORNA HALVORSEN\n\nJULIET MARSH, HOST:\n\nAlmost eight hours of talks in Geneva today between the United States and Russia.\n\nMARSH: Lorna Halvorsen spent a dozen years working on arms control at the U.S. mission to NATO.\n\nLORNA HALVORSEN: Thanks for having me.\n\nMARSH: Is there anything both sides actually want?\n\nHALVORSEN: Yes, and it's underrated. For decades, generals on both sides could pick up the phone to each other.", "Yes, and it's underrated", "lorna-halvorsen"},
		{"an interview's guest: 'Meduza spoke on Wednesday with political scientist …'", "On Tuesday, Vladimir Putin said that the answers had ignored Russia's concerns.\n\nMeduza spoke on Wednesday with political scientist Ksenia Voronikhina about what the Kremlin wanted.\n\nDid the Kremlin get anything it asked for?\n\n— The Kremlin got what it expected: a polite refusal on the main points.\n\nWhat about the 1997 lines?\n\n— That was always the maximal position.\n\nWhat comes next?\n\n— More letters, I think, and more waiting.", "The Kremlin got what it expected", "ksenia-voronikhina"},
		{"'the diplomat' is the named diplomat who spoke since an unnamed one", "The Russian delegation was led by Deputy Foreign Minister Alexander Grushko. According to a Western diplomat who attended the meeting and spoke on condition of anonymity, the talks were tense.\n\n\"If the alliance moves toward a policy of deterrence, there will be counter-deterrence,\" Grushko said.\n\n\"NATO keeps telling us that its door is open. For us, an open door is precisely the problem,\" the diplomat said.", "NATO keeps telling us", "alexander-grushko"},
		{"a ministry's statement page: the title over the date line is whose words follow, not a standfirst", "The Ministry of Foreign Affairs of the Russian Federation\n\nStatement of the Ministry of Foreign Affairs of Russia in connection with the special meeting of the OSCE Permanent Council on 13 January 2022\n\n14 January 2022 - 13:20\n\nOn 13 January 2022 in Vienna a special meeting of the OSCE Permanent Council was held.\n\nWe note that the discussion in the Organization confirmed the relevance of the questions raised by Russia.", "We note that the discussion", "russian-foreign-ministry"},
		{"a party in capitals of more than six letters and a number (\"BÜNDNIS 90/DIE GRÜNEN\")", "Vice-President Petra Pau:\nThe next speaker is Dr. Miriam Lenz-Okafor.\n\nDr. Miriam Lenz-Okafor (BÜNDNIS 90/DIE GRÜNEN):\nMr Brandl, you have just repeated the Kremlin's talking points word for word.\n\nVice-President Petra Pau:\nThank you very much for your speech today.", "Mr Brandl, you have just", "miriam-lenz-okafor"},
		{"experts' reactions, each under a one-sentence biography", "---\nid: t\ntitle: Experts react: Washington and NATO have answered Moscow in writing\npublisher: Atlantic Council\ndate: 2022-01-26\n---\nThe ball is back in the Kremlin's court.\n\nMiriam Okonkwo-Hale is a nonresident senior fellow in the Atlantic Council's Transatlantic Security Initiative.\n\nThe most important thing in today's reply is what is not in it. Washington did not offer to close NATO's door to Ukraine.\n\nDmytro Savchuk-Lange is a senior fellow at the Atlantic Council's Eurasia Center.\n\nKyiv will read this document with relief. For weeks, Ukrainians worried that a deal about them would be made without them.\n\nNatalia Reyes-Forsberg is director of the Forward Defense practice in the Atlantic Council's Scowcroft Center.\n\nI would not read too much into Moscow's first reactions. The channels matter more than the rhetoric.", "I would not read too much", "natalia-reyes-forsberg"},
		{"a programme's clip after a time stamp is a turn of whom its label names", "[00:00:10] HOST: Good evening. Tonight we look at the answers from Washington.\n\n[00:00:52] CLIP — VLADIMIR PUTIN, President of Russia (voice-over): It is already clear now that the fundamental Russian concerns were ignored.\n\n[00:01:30] HOST: Let us hear from our guest in the studio tonight.", "It is already clear now", "vladimir-putin"},
		{"a double-barrelled surname in capitals labels the person named in full before", "DANIEL ESTRADA, HOST:\nTo talk about what that means, we're joined by Katherine Lindqvist-Hale. She was deputy assistant secretary of defense.\n\nKATHERINE LINDQVIST-HALE: Good morning. Thanks for having me.\n\nESTRADA: So Putin says he's been ignored. Has he?\n\nLINDQVIST-HALE: Not really. He's been answered; he just didn't like the answer to his demands.", "Not really. He's been answered", "katherine-lindqvist-hale"},
		{"the Riksdag record's number of a speech before its label", "Anf. 31 Minister for Foreign Affairs ANN LINDE (S):\nMr Speaker!\nIt is Sweden, and only Sweden, that decides on Sweden's security policy line.\n\nAnf. 32 JOHAN LINDQVIST (M):\nMr Speaker!\nThe Russian demand that NATO close its door to new members must be rejected by the government.\n\nAnf. 33 Minister for Foreign Affairs ANN LINDE (S):\nMr Speaker!\nI agree with the member on this point entirely.", "The Russian demand that NATO close", "johan-lindqvist"},
		{"a double-barrelled surname as a label is the full name of the introduction, whom nothing else took for a speaker", "Yaroslava Demchuk-Koval, 41, is a member of parliament from the Servant of the People faction.\n\nKyiv Post: Are you nervous?\n\nDemchuk-Koval: Not nervous. Alert. The Americans and the Europeans promised us nothing about Ukraine without Ukraine.\n\nKyiv Post: What does Moscow want?\n\nDemchuk-Koval: What Moscow wants is written in black and white in its drafts.", "Not nervous. Alert.", "yaroslava-demchuk-koval"},
		{"a hearing's record with its labels in title case", "The committee met at 10:02 a.m., Hon. Robert Menendez, chairman of the committee, presiding.\n\nThe Chairman. Good morning. This hearing will come to order.\n\nThe United States will not trade away the principle that free nations choose their own alliances.\n\nSenator Risch. Thank you, Mr. Chairman. The written response got one thing right.\n\nThe Chairman. Thank you. Senator Shaheen.\n\nSenator Shaheen. Thank you. Moscow has given no formal reply to the written response yet.", "The United States will not trade away", "robert-menendez"},
		{"a Korean given name of two syllables, the second in lower case", "\"The U.S. answer shows that Washington will not cut deals about allies behind their backs,\" said Yoon Seo-jin, a research fellow.\n\n\"The government hopes that the situation will be resolved peacefully through diplomacy,\" Lim Soo-kyung, a deputy spokesperson for the ministry, told a regular briefing.", "The government hopes", "lim-soo-kyung"},
		{"a Q&A kicker: the answers under question crossheads are the expert's, whatever their person", "---\nid: t\ntitle: What Is in Washington's Letter to Moscow\npublisher: Carnegie Endowment for International Peace\ndate: 2022-01-27\n---\nCommentary | Q&A\n\nWhat Is in Washington's Letter to Moscow\n\nThe United States and NATO have delivered their written responses to Russia's draft security treaties. Carnegie's Margarethe Lind explains what was offered, what was refused, and what comes next.\n\nBy Margarethe Lind\nPublished January 27, 2022\n\nOn Wednesday, U.S. Ambassador John Sullivan handed the Russian Foreign Ministry Washington's reply. Carnegie asked Margarethe Lind, a senior fellow, what it says.\n\nWhat did Washington send?\n\nTwo separate documents, and they are different in tone. Neither has been published.\n\nIs there anything in it Moscow can live with?\n\nParts of it, yes. The missile piece builds on ideas that have circulated in both capitals.\n\nShould the United States have gone further?\n\nI would not have offered more on enlargement. You cannot trade away a country's right to choose its alliances.\n\nWhat happens next?\n\nWatch what Lavrov says rather than what the spokespeople say.", "Parts of it, yes", "margarethe-lind"},
		{"a Lords record: a peer's style with a party tag alone on its line, coming back after a blank line", "Asked by Lord Hartwell of Ashby\n\nThe Minister of State, Foreign, Commonwealth and Development Office (Lord Ahmad of Wimbledon) (Con)\n\nMy Lords, the United States and NATO delivered their written responses yesterday.\n\nBaroness Penrose of Kilmory (CB)\n\nMy Lords, is it not the case that the Kremlin wants a veto over Ukraine's future?\n\nLord Ahmad of Wimbledon (Con)\n\nThe noble Baroness is right. NATO's open door is a founding principle of the alliance.\n\nThe Lord Speaker (Lord McFall of Alcluith)\n\nMy Lords, the time allowed for this Question has elapsed.", "NATO's open door is a founding principle", "tariq-ahmad"}, // (the lexicon knows Lord Ahmad of Wimbledon: Tariq Ahmad)
		{"a Commons record: a member's name before a constituency and a party tag", "Tom Tugendhat (Tonbridge and Malling) (Con)\n\nWill the Minister confirm that the Government reject any Russian veto on NATO enlargement?\n\nJames Cleverly (Braintree) (Con)\n\nI can confirm that we reject any Russian veto over who may join the alliance, and so do all our allies.\n\nTom Tugendhat (Tonbridge and Malling) (Con)\n\nI thank the Minister for that answer and for his clarity on this point.", "I can confirm that we reject", "james-cleverly"},
		{"a dash interview's guest is whom the first question calls by name and patronymic, not the official of the lead", "Deputy Foreign Minister Sergei Ryabkov said on Monday that Russia's proposals were a package.\n\nAndrei Zavolzhsky spent twenty-six years in the Foreign Ministry and now heads an independent centre. Novaya Gazeta spoke to him on Tuesday.\n\n— Andrei Nikolaevich, what does Moscow actually want?\n\n— In the narrow sense, Moscow wants three things on paper.\n\n— Are these demands realistic?\n\n— The demand about 1997 is not realistic.", "The demand about 1997", "andrei-zavolzhsky"},
		{"a dash interview's first question calls the official of the lead in another spelling", "MOSCOW, 18 Jan. Russia will not accept an answer without non-expansion, Deputy Foreign Minister Sergei Ryabkov told RIA Novosti. Sergey Lavrov said the same.\n\n— Sergey Alekseevich, is there sense in continuing?\n\n— We will see what the Americans write to us in their answer.\n\n— And the missiles?\n\n— That is a secondary question for us, and everybody knows it.", "That is a secondary question", "sergei-ryabkov"},
		{"a dash interview's guest is whom the introduction says was spoken to", "On Wednesday evening, US Ambassador John Sullivan handed the Russian Foreign Ministry Washington's written response.\n\nOn Thursday Izvestia spoke to Pavel Drozdovsky, programme director of the Moscow Forum for Strategic Stability.\n\n— Pavel Sergeyevich, was it worth the wait?\n\n— In part. The Americans say they are ready to talk about missiles.\n\n— And on the main issue?\n\n— On the main issue the answer is the same old open door. For us that is unacceptable.\n\n— Where does this leave the dialogue?\n\n— The ball is now with Moscow.", "On the main issue the answer", "pavel-drozdovsky"},
		{"a committee record: 'Professor Lindqvist:' is the witness named in full before", "Witnesses: Dr Helen Maybury and Professor Arvid Lindqvist.\n\nQ1 Chair: Welcome to this afternoon's session.\n\nDr Maybury: Broadly, the Russian drafts contain two kinds of demand.\n\nQ4 Bob Seely: Professor Lindqvist, can the West offer a treaty at all?\n\nProfessor Lindqvist: I would separate the legal form from the substance.", "I would separate the legal form", "arvid-lindqvist"},
		{"'talks with X' in a dash interview's introduction is a noun, X no guest", "Deputy Foreign Minister Sergei Ryabkov led the Russian delegation at Monday's talks with US Deputy Secretary of State Wendy Sherman in Geneva.\n\n— Sergei Alexeyevich, you spent almost eight hours with Wendy Sherman. What came of it?\n\n— Eight hours is not a small amount. The conversation was difficult.\n\n— And what matters most?\n\n— For us it is absolutely mandatory that Ukraine never becomes a member of NATO.\n\n— And if the answer is no?\n\n— Then we will draw conclusions.", "Eight hours is not a small amount", "sergei-ryabkov"},
		{"an interview's guest with an apposition of more than twenty words", "LRT English spoke on Wednesday to Vaidas Strazdas, a senior analyst at the Vilnius-based Baltic Defence Analysis Group and a former adviser at Lithuania’s Ministry of National Defence.\n\nWhat exactly did Russia ask for?\n\n– Moscow put two drafts on the table. They ask for Ukraine to be kept out of the Alliance for good.\n\nCould the Allies give something on 1997?\n\n– No, and I would say this is the clearest red line of all.\n\nLithuanian Foreign Minister Gabrielius Landsbergis said on Tuesday that Vilnius saw no point in talks.", "Moscow put two drafts", "vaidas-strazdas"},
		{"'NATO Secretary General:' after a reporter's label that addresses the Secretary General", "NATO Secretary General Jens Stoltenberg: Good afternoon. We have just finished a meeting of the NATO-Russia Council.\n\nNATO Spokesperson: We'll start with Reuters.\n\nQuestion [Sabine Kerrigan, Reuters]: Secretary General, did Russia agree to a follow-up meeting?\n\nNATO Secretary General: Russia did not agree to a new meeting, but they didn't reject it either.", "Russia did not agree", "jens-stoltenberg"},
		{"a role noun and its holder in commas after it", "The permanent representative of the Russian Federation at the OSCE Alexander Lukashevich on Thursday declared that Moscow waits for a concrete answer.\n\nThe chairman-in-office of OSCE, the minister of foreign affairs of Poland Zbigniew Rau, opening the session, declared that „the risk of the war in the OSCE region is now bigger than ever during the last 30 years“.", "the risk of the war", "zbigniew-rau"},
		{"'– declared yesterday after the meeting of … the deputy minister … Alexander Grushko.': the person who ends the sentence, far after the verb", "Deputy Foreign Minister Sergei Ryabkov spoke in Geneva.\n\n„The offer of the alliance to restore the military contacts is not interesting for us, while NATO continues the policy of the containment of Russia“, – declared yesterday after the meeting of the Council Russia-NATO in Brussels the deputy minister of foreign affairs of RF Alexander Grushko.", "The offer of the alliance", "alexander-grushko"},
		{"a heading names whose answers follow in the possessive; the remarks before the first label are hers", "Foreign Ministry Spokeswoman Maria Zakharova's answers to media questions at a briefing, Moscow, January 20, 2022\n\nOn the results of the talks on security guarantees\n\nOur position is simple. We need legally binding guarantees of the non-expansion of NATO to the east.\n\nQuestion: Washington expects Russia to withdraw troops. How would you comment?\n\nMaria Zakharova: Russian troops are on the Russian territory.", "Our position is simple", "maria-zakharova"},
		{"an outlet named with a title is no person ('a correspondent of Ukrainska Pravda')", "Foreign Minister of Ukraine Dmytro Kuleba said on Thursday that Russia must withdraw its troops from the Ukrainian border.\n\nSource: Kuleba at a briefing in Kyiv; a correspondent of Ukrainska Pravda\n\nQuote: „No negotiations can be held with a gun to Ukraine's head. First the Russian troops go back to their barracks.“", "No negotiations can be held", "dmytro-kuleba"},
		{"an interview whose outlet asks and whose guest is introduced after the lead's newsmaker", "WARSAW — Russian President Vladimir Putin said on Tuesday that Russia's concerns had been ignored.\n\nHalina Drozdowska, director of the European security programme at the Centre for Eastern Policy Analysis, spent a decade at the OSCE. She spoke to POLITICO on Wednesday.\n\nPOLITICO: What did Washington actually offer?\n\n— More than people expected. The Americans offered to talk about missiles.\n\nPOLITICO: And what does Moscow want?\n\n— Moscow wants four things: no more enlargement and no Ukraine in NATO ever.", "More than people expected", "halina-drozdowska"},
		{"'Speaking … after talks with …, Viktor Orbán, he said': the pronoun points past the participle's names", "On Tuesday, Vladimir Putin broke a long public silence on the Western replies. Speaking in Moscow after talks with Hungary’s prime minister, Viktor Orbán, he said: “It is already clear now that fundamental Russian concerns were ignored.”", "It is already clear now", "vladimir-putin"},
		{"a committee record's label with a long office in parentheses", "The Chair (Mr. Ali Ehsassi (Willowdale, Lib.)): I call this meeting to order.\n\nHon. Mélanie Joly (Minister of Foreign Affairs): Thank you, Mr. Chair.\n\nMs. Heather McPherson (Edmonton Strathcona, NDP): Thank you, Chair. My question is for the officials. Will Canada stop training Ukrainian soldiers?\n\nMs. Catherine Vallières-Rowe (Assistant Deputy Minister, Europe, Arctic, Middle East and Maghreb, Department of Foreign Affairs, Trade and Development): Thank you for the question. Canada will continue Operation UNIFIER.", "Thank you for the question", "catherine-vallieres-rowe"},
		{"a machine translation's 'Briefing of …' heading gives the remarks before the first label", "Zakharova: the proposals of Russia are not a menu\n\nBriefing of the official representative of the MFA of Russia M.V. Zakharova, Moscow, 20 January 2022\n\nAbout the forthcoming talks\n\nWe want to remind once again: our proposals are not a menu. The non-expansion of NATO is one package.\n\nQuestion: What do you expect from Geneva?\n\nMaria Zakharova: We expect concrete answers.", "We want to remind once again", "maria-zakharova"},
		{"an abbreviated rank before a name is no part of it ('Gen Wayne Eyre')", "The Chair (Hon. John McKay (Scarborough—Guildwood, Lib.)): I call this meeting to order.\n\nHon. Anita Anand (Minister of National Defence): Thank you, Mr. Chair.\n\nMr. James Bezan (Selkirk—Interlake—Eastman, CPC): General, how many channels to the Russian military are left?\n\nGen Wayne Eyre (Chief of the Defence Staff, Department of National Defence): Very few, Mr. Chair. Whether they are restored is a decision for governments.", "Very few, Mr. Chair", "wayne-eyre"},
		{"an object pronoun opening a sentence is no subject ('Facing him, the Russian ambassador …')", "Polish Foreign Minister Zbigniew Rau said the demand was unacceptable.\n\nFacing him, the Russian ambassador to the OSCE, Alexander Lukashevich, did not soften the message. « We need legally binding guarantees that NATO will not deploy strike weapons next to our borders », he said.", "We need legally binding guarantees", "alexander-lukashevich"},
		{"a double-barrelled surname alone names someone named in full before", "Mathilde Ferrand-Akers, a researcher at the Paris Institute, follows the talks.\n\nPutin spoke on Tuesday.\n\n‘Washington’s demand that Russia pull its troops back from the border is reasonable,’ says Ferrand-Akers.", "Washington’s demand that Russia", "mathilde-ferrand-akers"},
		{"a label's generational suffix is left out ('LLOYD J. AUSTIN III:')", "Defense Secretary Lloyd Austin and General Mark Milley briefed reporters.\n\nSECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good afternoon, everyone. Russia continues to mass forces along Ukraine's border.\n\nQ: Mr. Secretary, will the troops deploy?\n\nSECRETARY OF DEFENSE LLOYD J. AUSTIN III: They remain on heightened preparedness.", "Good afternoon, everyone", "lloyd-austin"},
		{"a member of Congress's label with party and state ('Sen. Jim Risch (R-ID):')", "Sen. Bob Menendez (D-NJ):\nThe committee will come to order.\n\nSen. Jim Risch (R-ID):\nThank you, Mr. Chairman. The United States should not be negotiating anything with Moscow while a hundred thousand Russian troops sit on the border.\n\nKaren Whitfield:\nThank you, Chairman Menendez. We delivered our response.", "Thank you, Mr. Chairman. The United States", "james-risch"},
		{"a dashed answer goes on in a second dashed paragraph that quotes a phrase", "Deputy Foreign Minister Alexander Grushko spoke to Interfax.\n\nInterfax: Alexander Viktorovich, what reaction have you received from the alliance?\n\n— Only general statements so far. We have not received a single concrete reply.\n\n— Instead we hear the same mantra about the «open door». The so-called open-door policy is not a law of nature.\n\nInterfax: What happens next?\n\n— We will wait for the written answer.", "Instead we hear the same mantra", "alexander-grushko"},
		{"an institution's acronyms before a name are no part of it ('IMEMO RAN Arkady Zhemchuzhnikov')", "Kremlin spokesman Dmitry Peskov spoke on Thursday.\n\nThe leading researcher of IMEMO RAN Arkady Zhemchuzhnikov considers that the Americans have made the maximum of what they can. «Washington will never sign the paper which forbids to Kiev to enter NATO», he said.", "Washington will never sign", "arkady-zhemchuzhnikov"},
		{"'According to the deputy minister Sergei Ryabkov, …' makes him the subject for the pronoun after", "The press-secretary of the president Dmitry Peskov on Thursday morning called not to hurry with the conclusions.\n\nAccording to the deputy minister Sergei Ryabkov, in the answers there is the proposal to restore the channels of the military communication.\n\n«But we insist that the American warships and the strategic bombers do not come into the zones from which they can strike on our territory», — he emphasized.", "But we insist that the American", "sergei-ryabkov"},
		{"an abbreviated rank before a surname in prose ('Col Lindqvist said')", "Erik Lindqvist, a retired Swedish colonel, follows the talks. Sergei Lavrov spoke on Friday.\n\n“Whether Russia pulls those battalions back from the border is now the only question that matters,” Col Lindqvist said.", "Whether Russia pulls those battalions", "erik-lindqvist"},
		{"a headline in title case keeps its short words in lower case: 'Before Meeting' is no person", "Remarks by President Biden Before Meeting with His Cabinet and Exchange with Reporters\n\nTHE PRESIDENT:  Well, thank you all for being here.  We are not going to let anyone decide for Ukraine whether or not it joins NATO.\n\nQ    Sir, Russia also wants the alliance to go back to 1997.  Is that something you would even discuss?\n\nTHE PRESIDENT:  No.  We are not going to withdraw forces from the eastern flank because Moscow does not like them there.", "Well, thank you all", "joe-biden"},
		{"a dash interview's guest is whom the interviewer 'talked with her', named the paragraph before", "\"Putin Does Not Need Ukraine in NATO to Be Afraid of It.\" Former Deputy Foreign Minister on Russia's Ultimatum\n\nRussia's demands are an attempt to redraw the map of Europe, believes Iryna Bondarchuk, Ukraine's former deputy foreign minister.\n\nHromadske's Ostap Kovalenko talked with her about the Geneva meeting.\n\n— Will Russia get such an answer?\n\n— It will get an answer, but not the one it wants. Nobody in Washington is going to sign a paper saying that NATO closes its doors.\n\n— What about Bucharest?\n\n— Honestly, the Bucharest promise has been a half-promise from the very beginning.", "It will get an answer", "iryna-bondarchuk"},
		{"a record's label of an initial, a surname named in full before and the party, ending at a full stop", "Sitting chaired by the Speaker of the Saeima Ināra Mūrniece.\n\nChair. To the debate the deputy Aiga Lūse-Bērziņa has applied.\n\nA. Lūse-Bērziņa (NA). Honourable Madam Speaker! Colleagues! In 1940 the Baltic states also received security guarantees from Moscow.\n\nChair. The deputy Valērijs Kornejevs.\n\nV. Kornejevs (S). Honourable colleagues! I will not vote for this statement in its present form.", "Honourable Madam Speaker! Colleagues!", "aiga-luse-berzina"},
		{"a record's label of an initial, a surname and the office in parentheses, ending at a full stop", "Chair. The floor is given to the Minister for Foreign Affairs Edgars Rinkēvičs.\n\nE. Rinkēvičs (Minister for Foreign Affairs). Honourable Madam Speaker! Honourable members of the Saeima! Thank you for the possibility to inform about the talks.\n\nA. Lūse-Bērziņa (NA). Honourable Madam Speaker! Colleagues! In 1940 the Baltic states also received guarantees.", "Honourable Madam Speaker! Honourable members", "edgars-rinkevics"},
		{"an experts' page whose heads give each expert's name, title and institution after commas", "Experts React: The US and NATO Answer Moscow's Draft Treaties\n\nJanuary 27, 2022\n\nOn January 26, the United States and NATO delivered separate written responses to the draft treaties.\n\nTobias Lindqvist-Aro, Senior Fellow, GMF Berlin\n\nMoscow has gotten something it did not have in December: a structured offer on arms control.\n\nDr. Amara Okonjo-Reyes, Director, Transatlantic Security Program\n\nI would watch the sequencing. Washington has now asked that Russia pull its forces back from Ukraine's border.\n\nMarek Zieliński-Fox, Visiting Fellow, GMF Warsaw\n\nIn Warsaw and Vilnius the reading is simple.", "I would watch the sequencing", "amara-okonjo-reyes"},
		{"an interview's guest asked after an honorific ('We asked Dr. Elena Vasquez-Hartley')", "Wilson Center | Kennan Institute\nExpert Q&A\n\nThe Written Answers Are In. Now What?\n\nThe U.S. text was handed to Russia's Foreign Ministry by Ambassador John Sullivan. We asked Dr. Elena Vasquez-Hartley, Global Fellow at the Kennan Institute, to explain what is in the answers.\n\nWhat did Washington actually send?\n\n– The document itself hasn't been published, but I think it says no to the two things Moscow cared about most.\n\nIs the open door really non-negotiable?\n\n– It's real. No American administration could put its name to such a document, and I think that is the right call.", "The document itself hasn't been published", "elena-vasquez-hartley"},
		{"a label that is the lexicon's title of one person, under a 'by' line read as a byline", "Press conference\nby NATO Secretary General Jens Stoltenberg\n\n26 Jan. 2022\n\nNATO Secretary General: Good afternoon. We will not compromise on the right of each nation to choose its own path.\n\nReuters: Secretary General, does your paper say anything about enlargement?\n\nNATO Secretary General: We have been very clear. We reject the idea that Russia should be able to decide who joins NATO.", "We have been very clear", "jens-stoltenberg"},
		{"a ministry's comment page: its department's words are the ministry's", "Comment by the Information and Press Department of the Russian Foreign Ministry regarding the US and NATO written responses to Russia's proposals on security guarantees\n\n2 February 2022 - 19:40\n\nWe have taken note of the publication today in the Spanish media of the texts of the written responses.\n\nNow that the texts are in the public domain, anyone can see that the Russian Federation did not receive a constructive answer. Our position is well known: NATO must stop its expansion to the east.\n\nSpeaking at a briefing today, the official representative of the Ministry, Maria Zakharova, underlined: \"We were told for thirty years that NATO is a defensive alliance which threatens no one.\"", "Now that the texts are in the public domain", "russian-foreign-ministry"},
		{"a ministry's comment page: the spokeswoman it quotes by name speaks", "Comment by the Information and Press Department of the Russian Foreign Ministry regarding the US and NATO written responses to Russia's proposals on security guarantees\n\n2 February 2022 - 19:40\n\nWe have taken note of the publication today in the Spanish media of the texts of the written responses.\n\nNow that the texts are in the public domain, anyone can see that the Russian Federation did not receive a constructive answer. Our position is well known: NATO must stop its expansion to the east.\n\nSpeaking at a briefing today, the official representative of the Ministry, Maria Zakharova, underlined: \"We were told for thirty years that NATO is a defensive alliance which threatens no one.\"", "We were told for thirty years", "maria-zakharova"},
		{"an 'A:' label answers for the guest the introduction says was asked, not the first person named", "Deputy Secretary of State Wendy Sherman and Deputy Foreign Minister Sergei Ryabkov spent nearly eight hours together in Geneva on Monday.\n\nWe asked Daniel R. Whitcombe, a nonresident senior fellow in the Atlantic Council's Transatlantic Security Initiative, what comes next.\n\nQ: Ryabkov says Russia needs those guarantees in writing. Is there any version of that the United States could sign?\n\nA: No, and I think the Russians know it. A treaty that says NATO will never admit a given country would need ratification by the Senate.", "No, and I think the Russians know it", "daniel-whitcombe"},
		{"an experts' page whose heads give the title in lower case after the name and a comma", "Letters to Moscow: ECFR experts react to the US and NATO written responses\n\nCommentary | 27 January 2022\n\nOn 26 January the United States and NATO delivered their written answers.\n\nHelena Strand, senior policy fellow, Wider Europe programme\n\nThe Americans have done what they said they would do: they have put a serious arms control offer on paper.\n\nTomasz Wierzbicki, visiting fellow, Berlin office\n\nI would argue that the West should have gone further on the military side.", "I would argue that the West", "tomasz-wierzbicki"},
		{"a record's turn under a clock with a dot and a Finnish office ('14.07 Ulkoministeri Pekka Haavisto'), a blank line between", "Puhemies Matti Vanhanen: Honourable members, we start the topical debate on the security situation of Europe.\n\n14.02 Pääministeri Sanna Marin\n\nArvoisa puhemies! Russia has presented demands that the NATO would not enlarge anymore. For Finland, this is not acceptable.\n\n14.07 Ulkoministeri Pekka Haavisto\n\nArvoisa puhemies! The written answers of the United States and NATO were clear: the door of NATO stays open, and nobody else decides.\n\n14.12 Kai Mykkänen\n\nArvoisa puhemies! We must keep the option to apply for membership of NATO open, whatever Moscow demands.", "Arvoisa puhemies! The written answers", "pekka-haavisto"},
		{"a record's list of members with their parties names them for the labels after ('Mr Straatsma (SP):')", "Present: Chair Vera Bergkamp; members Thijs van Oordeveld (VVD), Annelies Kroonenberg (CDA), Ruben Straatsma (SP).\n\nThe Chair:\nI give the floor to Mr Van Oordeveld on behalf of the VVD.\n\nMr Van Oordeveld (VVD):\nChair, thank you. The demand of Russia that allied troops leave the countries that joined after 1997 is unacceptable.\n\nThe Chair:\nThere is an interruption from Mr Straatsma.\n\nMr Straatsma (SP):\nI hear the VVD say never. But is it not true that already in 1990 the West gave assurances to Gorbachev?", "I hear the VVD say never", "ruben-straatsma"},
		{"a known person's given name, a middle initial and the surname ('John F. Kirby')", "“We continue to see the Russians add forces, not take them away, and that is the opposite of de-escalation,” John F. Kirby, the Pentagon press secretary, said on Wednesday.", "We continue to see the Russians", "john-kirby"},
		{"a dash interview's guest 'answered questions' after a title in apposition, not the first person named", "On February 1, speaking after talks with Hungarian Prime Minister Viktor Orbán, Vladimir Putin said Russian concerns were ignored.\n\nArtyom Sokolovsky, Senior Research Fellow at the Centre for Euro-Atlantic Security of MGIMO University, answered questions from valdaiclub.com.\n\n— How do you assess the answers?\n\n— The answers are serious documents, and it would be wrong to say they contain nothing.\n\n— Is this the end of diplomacy?\n\n— No, and the President was careful to say that the dialogue will continue.", "The answers are serious documents", "artyom-sokolovsky"},
		{"unknown name as a label", "Deputy Defence Minister Alexander Fomin spoke.\n\nALEXANDER FOMIN: Our exercises take place on our own territory.\n\nQUESTION: And the drills in Belarus?\n\nALEXANDER FOMIN: They are planned well in advance, as always.", "They are planned", "alexander-fomin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, lex, tc.text)
			for _, s := range r.Statements {
				if s.Direct && strings.HasPrefix(s.Quote, tc.quote) {
					if s.Speaker != tc.speaker {
						t.Errorf("speaker %s, want %s", s.Speaker, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no direct row for %q in %+v", tc.quote, r.Statements)
		})
	}
}

// TestAskersTakeNoPosition: a moderator's or a reporter's words are nobody's
// statement and end the previous speaker's turn.
func TestAskersTakeNoPosition(t *testing.T) {
	lex := mustLexicon(t)
	for _, text := range []string{
		"JENS STOLTENBERG: We will not compromise on core principles.\n\nMODERATOR: Next question, the Financial Times.\n\nThe door of NATO must be closed to Ukraine, many in Moscow say; is that acceptable?",
		"MS. PSAKI: We will not compromise on core principles.\n\nQ  Jen, the door of NATO must be closed to Ukraine, Moscow says; is that acceptable?",
		"Sergey Lavrov: We are still waiting for the written answers.\n\nJournalist: The door of NATO must be closed to Ukraine, many say; is that acceptable?",
		"JENS STOLTENBERG: We will not compromise on core principles.\n\nREUTERS: Secretary General, the door of NATO must be closed to Ukraine, Moscow says; is that acceptable?",
		"Dmitry Peskov: Sky News, please, the next question is yours.\n\nMichael Harding (Sky News): Thank you. The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nVladimir Putin: We will not compromise on core principles.",
		"Mr STOLTENBERG: We will not compromise on core principles.\n\nThe CHAIR (Ms Navarro Cuesta): The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?",
		"MS. PSAKI: We will not compromise on core principles.\n\nRIA Novosti: The door of NATO must be closed to Ukraine, Moscow says. What is your position?\n\nMS. PSAKI: We have said what we had to say.",
		"NATO Secretary General Jens Stoltenberg: We will not compromise on core principles.\n\nQuestion [Pavel Rudnev, TASS]: Everyone knows the door of NATO must be closed to Ukraine; why not give Russia the guarantee?",
		"Chairman Tadeusz Wrona (PiS):\nThank you, Minister. The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nSecretary of State in the Ministry of Foreign Affairs Marcin Przydacz:\nWe will not compromise on core principles.",
		"President. – The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nClément Beaune, President-in-Office of the Council. – We will not compromise on core principles.",
		"Helen Carver: Good morning.\n\nAndrei Kelin: Good morning.\n\nHelen Carver: What does Russia want?\n\nAndrei Kelin: We will not compromise on core principles.\n\nHelen Carver: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nAndrei Kelin: We have said it.\n\nHelen Carver: And the troops?",
		"M. Christian Cambon, président. – The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nM. Jean-Yves Le Drian, ministre. – We will not compromise on core principles.",
		"Oleksandr Merezhko (Chair):\nThe door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nHanna Kovalchuk (Deputy Minister of Defence):\nWe will not compromise on core principles.",
		"Speaker Matti Vanhanen: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nPrime Minister Sanna Marin: We will not compromise on core principles.",
		"Chair Feldhoff: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nStS Hebestreit: We will not compromise on core principles.",
		"The President: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nMinister Anniken Huitfeldt [10:03:10]: We will not compromise on core principles.",
		"Mr President. – The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nMr Olivier Cadiou. – We will not compromise on core principles.",
		"An Ceann Comhairle: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nMinister for Foreign Affairs (Deputy Simon Coveney): We will not compromise on core principles.",
		"Nikoloz Samkharadze, Chairman of the Committee: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nDavid Zalkaliani, Minister of Foreign Affairs: We will not compromise on core principles.",
		"Speakers\nTamsin Orlova-Reid, Associate Fellow, Chatham House\nChair: Rosalind Emery, Senior Research Fellow, Chatham House\n\nRosalind Emery\nGood afternoon. The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nTamsin Orlova-Reid\nThanks, Rosalind. We will not compromise on core principles.\n\nRosalind Emery\nAnd the exercises?\n\nTamsin Orlova-Reid\nThose can be discussed.",
		"President of the Riigikogu Jüri Ratas\nThe door of NATO must be closed to Ukraine, Moscow says; is that acceptable? Prime Minister, please!\n\nPrime Minister Kaja Kallas\nThank you, honourable President! We will not compromise on core principles.\n\nPresident of the Riigikogu Jüri Ratas\nThank you!",
		"Lena Hartwick: Welcome to the Arms Control Today podcast. Two guests join me: Marcus Odegaard and Irina Sokolskaya.\n\nMarcus Odegaard: We will not compromise on core principles.\n\nLena Hartwick: The door of NATO must be closed to Ukraine, Moscow says; is that acceptable?\n\nIrina Sokolskaya: That is the question.",
	} {
		r := extractText(t, lex, text)
		for _, s := range r.Statements {
			if strings.Contains(s.Quote, "door of NATO") {
				t.Errorf("%q: the question became a statement: %+v", text, s)
			}
		}
		if len(r.Statements) == 0 {
			t.Errorf("%q: the answer before the question has no row", text)
		}
	}
}

// TestCorrespondentNarrates checks that a broadcast correspondent's turns
// are prose: the words they report are their speakers', and the
// correspondent takes no position.
func TestCorrespondentNarrates(t *testing.T) {
	lex := mustLexicon(t)
	text := "DANA RUTLEDGE, HOST:\n\nNPR's Tomas Halvorsen joins us now from Geneva.\n\nTOMAS HALVORSEN, BYLINE: Hi, Dana.\n\n" +
		"RUTLEDGE: So what came out of it?\n\nHALVORSEN: Wendy Sherman led the U.S. team. Afterwards, she told reporters that Moscow's demand that Ukraine be barred from ever joining NATO was a non-starter.\n\n" +
		"WENDY SHERMAN: We were firm in pushing back on security proposals that are simply non-starters for the United States."
	got := map[string]string{}
	for _, s := range extractText(t, lex, text).Statements {
		if s.Demand != "" {
			got[s.Speaker+" "+s.Demand] = s.Stance
		}
	}
	want := map[string]string{
		"wendy-sherman no-ukraine-membership": "rejects", // (a bare "no" to the demand is no open door: see WHODECIDES)
		"russia no-ukraine-membership":        "supports",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestStatementDates checks the day a statement is dated with, against a
// publication date of Thursday 20 January 2022.
func TestStatementDates(t *testing.T) {
	lex := mustLexicon(t)
	for _, c := range []struct{ text, quote, want string }{
		// a day inside a quotation is what it is about, not when it was said
		{"“We are analysing the written replies we received on Jan. 12, and our concerns were ignored,” Putin told reporters on Tuesday.", "We are analysing", "2022-01-18"},
		// nor is a relative clause's
		{"Polish Foreign Minister Zbigniew Rau, who took over as OSCE chairman on January 1, said on Tuesday that every state has the right to choose its own alliances.", "Polish Foreign Minister", "2022-01-18"},
		// an event's day is not the day of the words
		{"Moscow expects NATO to give clear answers at Friday's meeting on the non-expansion of the alliance, Alexander Grushko said on Tuesday.", "Moscow expects", "2022-01-18"},
	} {
		found := false
		for _, s := range extractText(t, lex, "---\nid: t\npublished: 2022-01-20\n---\n"+c.text).Statements {
			if strings.Contains(s.Quote, c.quote) {
				found = true
				if s.Date != c.want {
					t.Errorf("%q: dated %q, want %q", c.text, s.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement with %q", c.text, c.quote)
		}
	}
}

// TestNotAStatement lists words that name no speaker's position on a
// demand: each must give no row for that speaker and demand.
func TestNotAStatement(t *testing.T) {
	lex := mustLexicon(t)
	for _, c := range []struct{ text, speaker, demand string }{
		// "As reported by the MFA of Russia, Lavrov has underlined …": the
		// source that reports is not who speaks
		{"Earlier on Tuesday Sergei Lavrov talked by phone with Antony Blinken. As reported by the MFA of Russia, Lavrov has underlined the inadmissibility of the military development of the territory of Ukraine by the countries of NATO.", "russian-foreign-ministry", "no-military-activity-ex-soviet"},
		// an explainer's question crossheads make no interview when the
		// paragraphs after them name the US ("US" is no first person)
		{"US Secretary of State Antony Blinken met Sergey Lavrov in Geneva on Friday.\n\nWhat happened in Geneva?\n\nThe meeting followed three rounds of talks between US and Russian officials.\n\nWhat does Russia want?\n\nIn two draft documents published in December, Russia demanded that NATO rule out membership for Ukraine.\n\nWhat has the West offered?\n\nThe US and NATO have rejected the core Russian demands as non-starters.", "antony-blinken", "no-ukraine-membership"},
		// what a side is told it must do is somebody else's demand of it
		{"What does Russia want?\n\nNATO should commit never to take in new members from the east, above all Ukraine and Georgia.", "nato", "nato-non-expansion"},
		{"Russia must pull back the forces it has built up around Ukraine and in Belarus; no arms control deal can be negotiated under the barrel of a gun.", "russia", "russia-de-escalation"},
		// the second of two names after "of" is no subject
		{"The refusal of the deployment of intermediate-range missiles in Europe, mutual restrictions on exercises near the line of contact of Russia and NATO, the restoration of the military dialogue – all this could be agreed upon in months.", "nato", "no-intermediate-range-missiles"},
		// a treaty's name is nobody ("the Intermediate-Range Nuclear Forces (INF) Treaty")
		{"An intermediate-range missile arrangement modelled on the defunct 1987 Intermediate-Range Nuclear Forces (INF) Treaty is plausible; Russia proposed a moratorium of its own in 2019.", "intermediate-range-nuclear-forces", "no-intermediate-range-missiles"},
		// handing over a reply takes no position of its own
		{"The U.S. and NATO delivered separate written replies Wednesday to Russian demands that the alliance never admit Ukraine, halt deployments of weapons near Russian borders and roll back its forces from Eastern Europe.", "nato", "no-ukraine-membership"},
		// the subject of a passive rejection is what is rejected
		{"The idea that Ukraine should declare neutrality in exchange for Russian promises was dismissed by Foreign Minister Dmytro Kuleba as \"a Kremlin fantasy.\"", "ukraine", "no-ukraine-membership"},
		// a link to another story is none of this one's
		{"Lukashenka spoke about the guarantees.\n\nRead also: Zelensky: «Our path to the Alliance is written in the Constitution, and nobody will change it»\n\nPeskov declared that Moscow would not discuss its troops.", "volodymyr-zelensky", "no-ukraine-membership"},
		// a reporter's "Q." asks; the speaker of the remarks does not
		{"Brest: Press remarks by High Representative Josep Borrell at the press conference\n\nGood afternoon. We have had two very intense days here in Brest.\n\nQ. Mr High Representative, will the EU demand that Russia pull back its troops from Ukraine's border?\n\nEurope cannot be a spectator in a discussion about European security.", "josep-borrell", "russia-de-escalation"},
		// the publisher's short name asks
		{"---\nid: t\ntitle: Interview\npublisher: DER SPIEGEL International\npublished: 2022-02-04\n---\nDER SPIEGEL spoke with Hanna Vossberg in Berlin.\n\nDER SPIEGEL: Ms. Vossberg, should NATO simply tear up the Bucharest promise of 2008?\n\nVossberg: No. The Bucharest declaration stands.", "der-spiegel", "rescind-bucharest-2008"},
		{"Henrike Vossberg served as deputy defense attaché in Moscow.\n\nDER SPIEGEL: Ms. Vossberg, Russia has demanded that NATO withdraw its troops from Eastern Europe. Is this serious?\n\nVossberg: Serious in the sense that Moscow really wants these things, yes.", "der-spiegel", "rollback-to-1997"},
		// a journalist and the outlet in parentheses ask
		{"Jens Stoltenberg: Good afternoon. We have just concluded a meeting of the NATO-Russia Council.\n\nOana Lungescu: RIA Novosti.\n\nPavel Lyubimov (RIA Novosti): Secretary General, Russia considers NATO exercises near its borders a threat. Are Allies ready to scale them back?\n\nJens Stoltenberg: We will continue to exercise.", "novosti-ria", "limit-military-exercises"},
		{"JULIET MARSH, HOST:\n\nAlmost eight hours of talks in Geneva today.\n\nLORNA HALVORSEN: Thanks for having me.\n\nMARSH: Moscow says it wants to keep talking without preconditions. Should Washington set any?\n\nHALVORSEN: I would set one.", "juliet-marsh", "no-preconditions"},
		// a text's words are nobody's statement
		{"According to a copy described to Axios by a diplomat, the document states that \"the United States continues to firmly support NATO's Open Door Policy\" and proposes talks.", "nato", "nato-open-door"},
		{"Russian officials also cite the 1997 NATO-Russia Founding Act, in which the alliance said it would carry out its collective defense \"by ensuring interoperability rather than by additional permanent stationing of substantial combat forces.\"", "nato", "rollback-to-1997"},
		// a standfirst under the headline, over the byline, is the page's summary
		{"What the West told Putin\nLeaked papers show Washington and NATO rejected Moscow's demand for a halt to NATO enlargement.\nBy Helena Marsh\nFebruary 3, 2022 4:02 am\n\nWhen the United States and NATO handed Moscow their written answers, both insisted on keeping them confidential.", "nato", "nato-non-expansion"},
		// … and so is one over a byline without "By", or one with its kicker
		{"Putin's demands were written to be refused\n\nThe US and Nato replies offer Moscow arms control, but not the veto over enlargement the Kremlin says it must have\n\nHenry Ashdown Diplomatic editor\n\nWhen Russia's foreign ministry published two draft treaties, many diplomats assumed they were looking at an opening bid.", "nato", "nato-open-door"},
		{"Putin's demands were written to be refused\n\nAnalysis: The US and Nato replies offer Moscow arms control, but not the veto over enlargement the Kremlin says it must have\n\nWhen Russia's foreign ministry published two draft treaties, many diplomats assumed they were looking at an opening bid.", "united-states", "nato-open-door"},
		// "What NATO says:" is a rubric, not NATO speaking
		{"What NATO says: The general secretary of NATO Jens Stoltenberg on Wednesday declared, that the allies will not refuse the policy of open doors.", "nato", "nato-open-door"},
		// the alliance's military activity in Ukraine is not Ukraine's membership
		{"Maria Zakharova spoke on Thursday.\n\n\"NATO must stop the military development of Ukraine’s territory, and this is not a subject for bargaining,\" Zakharova said.", "maria-zakharova", "no-ukraine-membership"},
		// a live page's short heading over an entry is nobody's statement
		{"Posted at 17:55 GMT\nMoscow 'sees no point' in restoring military contacts\n\nRussia's Deputy Foreign Minister Alexander Grushko has been speaking at a news conference.", "russia", "resume-military-dialogue"},
		// an old text that did something then: background
		{"---\nid: t\ntitle: T\npublished: 2022-02-02\n---\nThe 1997 NATO-Russia Founding Act committed the alliance not to station substantial combat forces permanently on the territory of new members, a commitment NATO says it has kept.", "nato", "rollback-to-1997"},
		// "at a 2008 summit": what NATO's leaders agreed then is background
		{"NATO leaders agreed at a 2008 summit in Bucharest that Ukraine and Georgia would become members one day, but gave no timetable.", "nato", "nato-open-door"},
		// the writer's question says nothing for its subject
		{"Why doesn’t Moscow simply pull its troops back? Military analyst Sergei Vodolazov told Meduza on Wednesday that the troops were leverage.", "russia", "russia-de-escalation"},
		// "At that summit": the summit of the sentence before, in the past
		{"Ukraine and Georgia have sought membership since the Bucharest summit of 2008. At that summit, NATO leaders agreed that the two former Soviet republics \"will become members of NATO\", but gave them no timetable.", "nato", "no-ukraine-membership"},
		// a document's words quoted in a sentence about the past
		{"---\nid: t\npublished: 2022-01-20\n---\nIn the 1997 Founding Act, NATO had said it would carry out its collective defence without “additional permanent stationing of substantial combat forces”, a phrase Moscow now cites.", "nato", "rollback-to-1997"},
		// a dateline's city and country are not the subject
		{"KYIV, Ukraine – Russia on Friday demanded that the United States and its allies cease all military activity in Eastern Europe and Ukraine.", "ukraine", "no-military-activity-ex-soviet"},
		// the chair's lines under its label alone on a line ask
		{"Chairman Tadeusz Wrona (PiS):\nGood morning.\n\nSecretary of State in the Ministry of Foreign Affairs Marcin Przydacz:\nMr Chairman, the Russian drafts are unacceptable.\n\nChairman Tadeusz Wrona (PiS):\nThank you, Minister. The Russian side claims that the West refuses to discuss any of its proposals, including exercises. Is that true?", "russia", "limit-military-exercises"},
		// nor to the sentence's subject
		{"Minister of foreign affairs of Ukraine Dmytro Kuleba spoke on Wednesday.\n\nSo the minister has reacted to the words of the president of Russia Vladimir Putin, who on Tuesday after the negotiations with the prime minister of Hungary Viktor Orban has stated, that the USA and NATO have ignored the principal concerns of Russia – the non-expansion of the alliance.", "dmytro-kuleba", "nato-non-expansion"},
		{"Irakli Garibashvili spoke on Thursday.\n\nThe Russian draft agreement with NATO, published on December 17, asks the Alliance to “refrain from any further enlargement of NATO, including the accession of Ukraine as well as other States.”", "russia", "nato-non-expansion"},
		// what a proposal asks of NATO is no refusal of NATO's
		{"Russia proposed, among other things, that NATO refuses the further expansion, including the accession of Ukraine, and does not deploy strike weapons near the Russian borders.", "nato", "no-ukraine-membership"},
		// the names of the question an answer follows are not who speaks
		{"Asked whether Washington had raised the Russian troops near Ukraine, Ryabkov said Russia saw no reason to reduce its forces on its own territory.", "united-states", "russia-de-escalation"},
		{"Asked by the moderator whether the allies should have offered a moratorium on Ukraine's membership, Bremer was categorical.", "nato", "no-ukraine-membership"},
		// a relative clause about the speaker is not what they say
		{"Mircea Geoană, who served as Romania's ambassador in Washington when NATO's first post-Cold War enlargement was being negotiated, did not hide his irritation.", "mircea-geoana", "nato-non-expansion"},
		// a presenter who thanks the guest "for joining us" asks, and takes no position
		{"SOPHY RIDGE: Ambassador, thank you for joining us. Is Russia going to invade?\n\nANDREI KELIN: No, Russia is not going to attack anyone.\n\nSOPHY RIDGE: But Ambassador, isn't it for Ukraine to decide who it wants to be allied with?\n\nANDREI KELIN: Every state has the right to choose, but no state may strengthen its security at the expense of another.", "sophy-ridge", "nato-open-door"},
		// a Russian speaker's own sentence is theirs, not Russia's in passing
		{"Ukrainian Foreign Minister Dmytro Kuleba spoke on Thursday.\n\n“If the Kremlin wanted a neutral Ukraine, it should not have annexed Crimea,” Kuleba said.", "russia", "no-ukraine-membership"},
		{"Analyst Olga Brenner spoke on Thursday.\n\n“Neither Washington nor Moscow wants intermediate-range missiles back in Europe,” Brenner said.", "russia", "no-intermediate-range-missiles"},
		{"Sergei Ryabkov spoke in Geneva.\n\nRyabkov repeated Moscow's demand that NATO halt its eastward expansion.", "russia", "nato-non-expansion"},
		// a treaty's own words, quoted, are nobody's statement
		{"Dmitry Peskov spoke on Tuesday.\n\nArticle 6 of the draft treaty with the United States commits Washington to prevent “further eastward expansion of the North Atlantic Treaty Organization.”", "dmitry-peskov", "nato-non-expansion"},
		{"Wendy Sherman spoke in Geneva.\n\nArticle 4 of the draft reads: \"The United States of America shall undertake to prevent further eastward expansion of the North Atlantic Treaty Organization,\" Sherman was told.", "wendy-sherman", "nato-non-expansion"},
		// a holiday is no person
		{"The President's New Year speech has put the NATO option back at the centre of Finnish politics just as Russia is demanding that the alliance stop enlarging.", "new-year", "nato-non-expansion"},
		// a given name and a patronymic address a person named before
		{"Deputy Foreign Minister Alexander Grushko spoke to Izvestia.\n\n— Alexander Viktorovich, how do you assess the talks?\n\n— They were frank.\n\n— What next?\n\n— We wait.\n\nReference\n\nArticle 4 of the draft reads: «NATO shall not expand further east».", "alexander-viktorovich", "nato-non-expansion"},
		// a sentence that opens with a possessive is not the person's statement
		{"Prime Minister Sanna Marin spoke on Wednesday.\n\nHer comments come after weeks of debate in Finland over whether NATO should renounce any further enlargement.", "sanna-marin", "nato-non-expansion"},
		{"---\nid: t\npublished: 2022-02-15\n---\nBackground: At the NATO summit of Bucharest in 2008 had Germany and France under Chancellor Angela Merkel prevented that the Ukraine and Georgia received a concrete path to the membership.", "angela-merkel", "no-ukraine-membership"},
		// figures "according to" someone are not their words; "years later" narrates the past
		{"Russia has massed about 100,000 troops near Ukraine's borders, according to U.S. and NATO estimates, and has demanded guarantees.", "united-states", "russia-de-escalation"},
		{"Seven years later, in the Founding Act, NATO said it would carry out its collective defence without \"additional permanent stationing of substantial combat forces.\"", "nato", "rollback-to-1997"},
		// a headline in title case names nobody by its capitals
		{"Croatian President's NATO Remarks Spark Row as US Sends Moscow Written Reply\n\nThe president said NATO troops would be withdrawn from the eastern flank.", "remarks-spark-row", "rollback-to-1997"},
		{"---\nid: t\npublished: 2022-01-26\n---\nUnder the 1997 NATO-Russia Founding Act, the alliance said it had no plans to station substantial combat forces in new member states.", "nato", "rollback-to-1997"},
		{"---\nid: t\npublished: 2022-02-17\n---\nAt its 2008 summit in Bucharest, the alliance said Ukraine and Georgia would one day become members.", "nato", "nato-open-door"},
		{"Russia told the United States on Thursday it would be forced to take military-technical measures if Washington refused to give it legally binding guarantees.", "united-states", "written-legal-guarantees"},
		{"---\nid: t\npublished: 2022-01-19\n---\nNATO leaders declared at their 2008 summit in Bucharest that Ukraine and Georgia would one day become members.", "nato", "nato-open-door"},
		// a question put to someone is not their statement
		{"---\nid: t\npublisher: Georgia Today\npublished: 2022-01-20\n---\nPrime Minister Irakli Garibashvili spoke to Georgia Today.\n\nGeorgia Today: Mr Prime Minister, Russia's draft treaty asks NATO to formally revoke the Bucharest decision. Will it?\n\nIrakli Garibashvili: We have lived with occupation for fourteen years.", "georgia", "rescind-bucharest-2008"},
		{"Deputy Foreign Minister Irakli Mamaladze spoke to RFE/RL.\n\nRFE/RL: Russia also wants an end to Western military cooperation with former Soviet republics outside NATO. What do you say?\n\nIrakli Mamaladze: We are not quiet, we are careful.", "irakli-mamaladze", "no-military-activity-ex-soviet"},
		{"Victoria Nuland was asked last week whether the alliance could take back the promise it made to Ukraine and Georgia at Bucharest.", "victoria-nuland", "rescind-bucharest-2008"},
		// a rejecter in a subordinate clause of someone's reported words is background
		{"Konstantin Gavrilov said on Thursday that Moscow was not interested in talks on secondary issues while NATO refused to give legally binding guarantees against further enlargement.", "nato", "written-legal-guarantees"},
		// background that opens with a date of years before
		{"---\nid: t\npublished: 2022-01-13\n---\nAt the Bucharest summit in April 2008, NATO leaders agreed that Georgia and Ukraine \"will become members of NATO,\" but denied both a Membership Action Plan.", "nato", "nato-open-door"},
		// a year of the past as the time of a sentence marks background
		{"---\nid: t\ntitle: T\npublished: 2022-01-22\n---\nPoland joined NATO in 1999, two years after the alliance and Russia signed the Founding Act, in which NATO said it had no plans to station substantial combat forces on the territory of new members.", "nato", "rollback-to-1997"},
		// a headline without a verb names a topic
		{"---\nid: t\ntitle: Briefing by Maria Zakharova\npublished: 2022-01-20\n---\nNATO non-expansion as the key issue\n\nMaria Zakharova: We have said it many times, and we will say it again today.", "nato", "nato-non-expansion"},
		// unnamed sources are nobody the graph can hold to their words
		{"The U.S. document offers talks on reciprocal limits on missile deployments in Europe, according to people familiar with the matter.", "united-states", "no-intermediate-range-missiles"},
		// background an agency recalls is not a statement of the actors in it
		{"Let us remind, that in 1997 Russia and NATO signed the Founding act, in which the alliance declared, that it has no intention to deploy forces on the territory of the new members.", "nato", "rollback-to-1997"},
		// a title's words in the closing apposition are not a statement
		{"“The Bucharest decision cannot be cancelled. It was taken by the allies together, and it stands,” said Olha Stefanishyna, Ukraine's deputy prime minister for European and Euro-Atlantic integration.", "ukraine", "nato-open-door"},
		// a list going on is not an attribution ("other post-Soviet states")
		{"Sergey Ryabkov, who headed the Russian delegation at the talks with the United States, said Moscow insists on NATO renouncing any military activity in Ukraine, Georgia and other post-Soviet states.", "georgia", "no-military-activity-ex-soviet"},
		// a role noun's holder named right before the verb ("The expert of the Russian Council on International Affairs Pavel Glebovich considers …") speaks, not the person before
		{"According to senator Vladimir Krutikhin, the American side has to understand the risks.\n\nThe expert of the Russian Council on International Affairs Pavel Glebovich considers that the answer of Washington shows readiness to discuss the placement of medium-range missiles.", "vladimir-krutikhin", "no-intermediate-range-missiles"},
		// a person in a phrase a preposition governs is not the subject ("after talks with Hungary's Viktor Orbán, he said")
		{"Vladimir Putin broke weeks of public silence about the written answers. Speaking after talks with Hungary's Viktor Orbán, he said the West had ignored Russia's fundamental concerns, the non-expansion of NATO.", "viktor-orban", "nato-non-expansion"},
		// a live page's headline names whom the story is about
		{"20 Jan, 2022 10:15\nZelensky: 'There are no minor incursions'\n\nRussia's foreign ministry says US warships must stay out of areas from which they could strike Russian territory.", "volodymyr-zelensky", "no-warships-aircraft-in-strike-range"},
	} {
		for _, s := range extractText(t, lex, c.text).Statements {
			if s.Speaker == c.speaker && s.Demand == c.demand {
				t.Errorf("%q: a row for %s / %s: %q", c.text, c.speaker, c.demand, s.Quote)
			}
		}
	}
}

func TestEveryDemandHasRules(t *testing.T) {
	lex := mustLexicon(t)
	for _, d := range schema.Demands {
		n := 0
		for _, r := range lex.Rules.Rules {
			if r.Demand == d.ID {
				n++
			}
		}
		if n == 0 {
			t.Errorf("demand %s has no rule in %s", d.ID, FileRules)
		}
	}
}

func TestDemandRules(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		side, text string
		want       []string
	}{
		{"russia", "We must put an end to the advancement of NATO further east.", []string{"nato-non-expansion"}},
		{"", "A moratorium on new missile deployments, verified in both directions, is something NATO could live with.", []string{"no-intermediate-range-missiles"}},
		{"russia", "Ryabkov called the missile proposals a step in the right direction.", []string{"no-intermediate-range-missiles"}},
		{"west", "Putin must desist and step back from Ukraine before he makes a massive strategic mistake.", []string{"russia-de-escalation"}},
		{"west", "Russia can start by taking its own tanks away from Ukraine's border.", []string{"russia-de-escalation"}},
		{"west", "The Russian buildup must be reversed before any agreement can be reached.", []string{"russia-de-escalation"}},
		{"west", "If Russia wanted to show it had no aggressive intentions, the simplest way would be to send those soldiers home.", []string{"russia-de-escalation"}},
		{"ukraine", "The text contained nothing that would close Ukraine's path to the alliance.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "The EU stands by the principle that every European country is free to decide whether to apply to join any alliance.", []string{"nato-open-door"}},
		{"", "If the Russians pick up the missile and exercise proposals, they are looking for an off-ramp.", []string{"no-intermediate-range-missiles", "limit-military-exercises"}},
		{"", "Putin cannot go home with a missile-deployment deal and call it victory.", []string{"no-intermediate-range-missiles"}},
		{"west", "What we cannot accept is Moscow's ultimatum: sign a treaty guaranteeing that Ukraine will never be part of NATO.", []string{"no-ukraine-membership"}},
		{"russia", "We want a promise that the alliance will never grow again.", []string{"nato-non-expansion"}},
		{"west", "Nobody in NATO is going to sign a promise never to take Ukraine in.", []string{"no-ukraine-membership"}},
		// the package on offer: missiles with exercises, each its demand; troops sent home
		{"west", "On missile deployments and on exercises there is real substance that both sides could work with.", []string{"no-intermediate-range-missiles", "limit-military-exercises"}},
		{"west", "The Russians got a serious offer on missiles and on exercises.", []string{"no-intermediate-range-missiles", "limit-military-exercises"}},
		{"west", "The West should start telling Russia to take its troops home.", []string{"russia-de-escalation"}},
		{"west", "The first step would be very simple: bring the 100,000 soldiers back from the Ukrainian border.", []string{"russia-de-escalation"}},
		{"west", "The most important signal would be the return of Russian units to their permanent locations.", []string{"russia-de-escalation"}},
		{"west", "Russia had to reduce the number of its troops on the Ukrainian border if the talks were to yield anything.", []string{"russia-de-escalation"}},
		{"russia", "Russia has demanded that allied forces not be present on the territory of states that joined after 1997.", []string{"rollback-to-1997"}},
		// (missiles near the frontier are strike weapons, even beside exercises)
		{"russia", "The draft included a commitment to reduce military exercises in Eastern Europe and a ban on placing missiles near the country's frontier.", []string{"no-strike-weapons-near-borders", "limit-military-exercises"}},
		{"west", "It is vital that Russia steps back and chooses the path of diplomacy.", []string{"russia-de-escalation"}},
		// who decides what is deployed is no open door
		{"west", "It is not for Moscow to decide what weapons NATO allies deploy on their own territory.", []string{"no-strike-weapons-near-borders"}},
		// wordings of wave 17
		{"russia", "Moscow wants NATO to shut its doors to Ukraine and other former Soviet republics.", []string{"no-ukraine-membership"}},
		{"russia", "The main issue is the unacceptability of the deployment of strike armaments that could threaten the Russian Federation's territory.", []string{"no-strike-weapons-near-borders"}},
		{"west", "Allies proposed the reopening of the channels between militaries that have been dormant since 2014.", []string{"resume-military-dialogue"}},
		{"russia", "Russia cannot accept an alliance that keeps moving closer to its frontiers.", []string{"nato-non-expansion"}},
		{"russia", "Moscow still wants guarantees that NATO would not deploy strike weapons close to Russian soil.", []string{"no-strike-weapons-near-borders"}},
		{"west", "Washington would not let anyone slam shut NATO's door.", []string{"nato-open-door"}},
		{"ukraine", "No one in Brussels, Moscow or Washington will decide on Ukraine's behalf whether it joins the alliance.", []string{"no-ukraine-membership", "nato-open-door"}},
		// a moratorium on missiles is no demand for the written form, a
		// promise to answer in writing no rejection of it
		{"west", "But Russia deployed the 9M729 missile for years while the INF treaty was still in force, and a moratorium now would simply freeze that advantage.", []string{"no-intermediate-range-missiles"}},
		{"west", "Washington has promised to answer Moscow's demands in writing this week.", nil},
		{"west", "The United States and NATO have replied in writing to Russia's demands for security guarantees.", nil},
		{"russia", "We will understand that when we receive the American response on paper to all of our proposals.", nil},
		// (a demand to disown the pledge made there is not)
		{"russia", "NATO should also formally disown the pledge it made at its 2008 summit in Bucharest that Ukraine and Georgia would one day join the alliance.", []string{"rescind-bucharest-2008"}},
		{"russia", "We need the answer in writing, legally obliging, and not the promises which are forgotten the next day.", []string{"written-legal-guarantees"}},
		// what happens on Russia's own territory is no open door, whatever
		// is "not a subject for negotiation"
		{"russia", "Asked whether Russia would pull back the troops it has massed near Ukraine, Peskov said the movement of forces on Russian territory was an internal matter and not a subject for negotiation.", []string{"russia-de-escalation"}},
		{"west", "Ukraine's membership is not a subject for negotiation with Moscow.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"ukraine", "Talks without any conditions while 130,000 soldiers stand at our border are not diplomacy. The first condition is that those troops go home.", []string{"no-preconditions", "russia-de-escalation"}},
		// machine-translated wordings
		{"west", "The allies will not give up the policy of open doors of NATO.", []string{"nato-open-door"}},
		{"ukraine", "The path of Ukraine to NATO remains open, and nobody in Moscow will close it for us.", []string{"no-ukraine-membership", "nato-open-door"}},
		// (a bare "no" to the demand is no open door; who decides is)
		{"west", "The demand of Russia about non-acceptance of Ukraine in NATO is absolutely unacceptable.", []string{"no-ukraine-membership"}},
		{"west", "The demand of Russia about non-acceptance of Ukraine in NATO is unacceptable: that is for Ukraine and the 30 allies to decide, not for Moscow.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "Negotiations can begin only when Russia takes away its forces from our borders.", []string{"russia-de-escalation"}},
		{"west", "The decisions of the Bucharest summit of 2008 are not the subject of revision.", []string{"rescind-bucharest-2008"}},
		{"russia", "We must exclude Ukraine from joining NATO.", []string{"no-ukraine-membership"}},
		// session 8's wordings, each from an article the rules missed
		{"west", "We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", []string{"no-military-activity-ex-soviet"}},
		{"west", "You cannot negotiate with a gun to your head.", []string{"no-preconditions"}},
		{"west", "We cannot end up in a situation where we have second-class NATO members.", []string{"rollback-to-1997"}},
		{"west", "Tbilisi would never accept any revision of the Bucharest decision.", []string{"rescind-bucharest-2008"}},
		{"russia", "The movement of troops on Russian soil is nobody else's business.", []string{"russia-de-escalation"}},
		{"west", "Moscow wants NATO frozen where it stands today.", []string{"nato-non-expansion"}},
		{"west", "Moscow asked for a treaty and Washington has sent a letter.", []string{"written-legal-guarantees"}},

		// the right of states in general is the open door, not a word on Ukraine's joining
		{"west", "We uphold core principles, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", []string{"nato-open-door"}},
		{"west", "NATO reiterated its support for the sovereignty of Ukraine and for Kiev's right to choose its own alliances.", []string{"no-ukraine-membership", "nato-open-door"}},

		{"west", "What Putin actually wants is a promise that Ukraine never joins.", []string{"no-ukraine-membership"}},

		{"west", "Any moratorium on missiles that leaves Russia's Iskanders in Kaliningrad untouched would be a gift to the Kremlin.", []string{"no-intermediate-range-missiles"}},

		{"west", "The first step is simple: those troops must go back to where they came from.", []string{"russia-de-escalation"}},

		{"russia", "The 2008 Bucharest formula must be revoked.", []string{"rescind-bucharest-2008"}},
		{"russia", "The ministry called for a commitment not to deploy offensive weapons in states neighboring Russia.", []string{"no-strike-weapons-near-borders"}},
		{"russia", "A moratorium on short and medium-range missiles in Europe.", []string{"no-intermediate-range-missiles"}},
		{"russia", "No warships in areas from where they can strike each other.", []string{"no-warships-aircraft-in-strike-range"}},
		{"russia", "A ban on military exercises of more than one brigade.", []string{"limit-military-exercises"}},
		{"russia", "NATO must withdraw the infrastructure placed after 1997.", []string{"rollback-to-1997"}},
		{"russia", "The US must not set up military bases in former Soviet republics.", []string{"no-military-activity-ex-soviet"}},
		{"russia", "We need a legally binding agreement, not verbal promises.", []string{"written-legal-guarantees"}},
		{"russia", "Russia will not accept any preconditions.", []string{"no-preconditions"}},
		{"russia", "The resumption of regular military-to-military dialogue.", []string{"resume-military-dialogue"}},
		{"russia", "The military development of Ukrainian territory by NATO countries poses a direct threat to Russia.", []string{"no-military-activity-ex-soviet"}},
		{"west", "Russia must de-escalate.", []string{"russia-de-escalation"}},
		{"west", "Every country has the right to choose its own alliances.", []string{"nato-open-door"}},
		{"west", "Kiev's right to choose its own alliances.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"russia", "The weather in Geneva was cold and the talks lasted eight hours.", nil},
		// assistance to Ukraine as a sovereign decision is about the activity, not the open door
		{"west", "The security assistance we provide to Ukraine is defensive in nature, and it's a sovereign decision between two sovereign nations.", []string{"no-military-activity-ex-soviet"}},
		{"west", "Nobody in Moscow will decide what weapons our partners may deploy on our territory and with whom our army trains.", []string{"no-military-activity-ex-soviet"}},
		{"west", "Our cooperation with our partners, including the instructors and the weapons, is our sovereign business.", []string{"no-military-activity-ex-soviet"}},
		{"russia", "Nobody will decide for us with whom we cooperate.", nil},
		{"west", "What we will not do is declare the promise made to Ukraine and Georgia in Bucharest null and void.", []string{"rescind-bucharest-2008"}},
		{"", "Moscow wants Washington to promise that no American destroyer will come within striking distance of Sevastopol.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "US warships would continue to operate in the Black Sea in accordance with international law.", []string{"no-warships-aircraft-in-strike-range"}},
		{"russia", "The Black Sea Fleet's ships put to sea for exercises off Crimea.", nil},
		{"west", "For us, pulling NATO out of Romania and Bulgaria is a non-starter.", []string{"rollback-to-1997"}},
		{"west", "Yanev said the tension made it more important than ever to restore direct contacts between the Russian and Western militaries.", []string{"resume-military-dialogue"}},
		{"west", "And I would restore the military channel tomorrow as well.", []string{"resume-military-dialogue"}},
		{"west", "Both sides said they wanted regular talks between military officials to resume.", []string{"resume-military-dialogue"}},
		{"west", "We're going to continue to fly and sail and operate wherever international law allows, and that includes the Black Sea.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "Russia must first pull its troops back from the border, and then we can talk about everything else.", []string{"no-preconditions", "russia-de-escalation"}},
		{"west", "We are not going to stop sailing in international waters because Moscow finds it inconvenient.", []string{"no-warships-aircraft-in-strike-range"}},
		{"", "Moscow wants a NATO that never grows again.", []string{"nato-non-expansion"}},
		{"russia", "Unless NATO formally takes it back, the Bucharest promise will stand in the way of everything.", []string{"rescind-bucharest-2008"}},
		{"west", "Both sides say they want their generals talking to each other again.", []string{"resume-military-dialogue"}},
		{"west", "No serious negotiation is possible under the barrel of a gun. First the troops go back to their barracks.", []string{"russia-de-escalation"}},
		{"west", "We will not have members of first class and members of second class in the alliance.", []string{"rollback-to-1997"}},
		{"", "What Moscow is really asking is to accept that the former Soviet space is off-limits to Western militaries.", []string{"no-military-activity-ex-soviet"}},
		{"west", "But we will not accept any restrictions on where the American ships and aircraft can go in the international waters and airspace.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "The promise of membership Tbilisi received at NATO's Bucharest summit in 2008 was irreversible.", []string{"rescind-bucharest-2008"}},
		{"russia", "The deployment of the American attack systems near the Russian borders is for Moscow the red line.", []string{"no-strike-weapons-near-borders"}},
		{"russia", "The Russian side wants to exclude any cooperation of the alliance with Ukraine, Georgia and Moldova.", []string{"no-military-activity-ex-soviet"}},
		{"west", "NATO will not withdraw a single soldier from the Baltic states.", []string{"rollback-to-1997"}},
		{"west", "We are ready to talk, but not without conditions: the troops on Ukraine's border have to move back first.", []string{"no-preconditions", "russia-de-escalation"}},
		{"russia", "The alliance must not deploy weapons systems that threaten us anywhere near Russian territory.", []string{"no-strike-weapons-near-borders"}},
		{"west", "Sherman said she had also stressed the importance of restoring regular contacts between the two countries' militaries.", []string{"resume-military-dialogue"}},
		{"west", "We need the hotlines and the military-to-military talks back, precisely because relations are so bad.", []string{"resume-military-dialogue"}},
		{"west", "Warsaw would never let Moscow decide which offensive weapons its allies station on Polish soil.", []string{"no-strike-weapons-near-borders"}},
		{"west", "Washington was prepared to talk about the activity of bombers and warships close to each other’s territory, but only on a reciprocal basis.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "The secretary general said the allies stood by the decisions taken at the alliance's Bucharest summit in 2008.", []string{"rescind-bucharest-2008"}},
		{"west", "The Bucharest language is the one thing I think NATO could quietly let die.", []string{"rescind-bucharest-2008"}},
		{"west", "A signed, legally binding promise that the alliance will never take in another member is not going to be one of them.", []string{"nato-non-expansion", "written-legal-guarantees"}},
		{"west", "Nor will we accept that Germany must ask Moscow for permission before it trains soldiers or holds exercises together with Ukraine, Moldova or Georgia.", []string{"no-military-activity-ex-soviet"}},
		{"west", "We will not accept any arrangement that stops Canadian soldiers from training Ukrainian forces.", []string{"no-military-activity-ex-soviet"}},
		{"russia", "Shoigu said the troops of the Southern district carry out the planned combat training in Crimea.", nil},
		{"west", "Enlargement is a decision for NATO and for the country that applies, for nobody else.", []string{"nato-non-expansion", "nato-open-door"}},
		{"russia", "Russia asks for a legally binding promise that NATO will not grow any further.", []string{"nato-non-expansion", "written-legal-guarantees"}},
		{"west", "President Volodymyr Zelensky and NATO Secretary General Jens Stoltenberg called on Russia to pull back its forces.", []string{"russia-de-escalation"}},
		{"west", "The minister called the demand of Moscow to withdraw NATO troops from the Eastern European member states unacceptable.", []string{"rollback-to-1997"}},
		{"west", "Our way to the European Union and NATO is written in the Constitution, and nobody will change it from outside.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "Poland will decide for itself which weapons stand on Polish soil.", []string{"no-strike-weapons-near-borders"}},
		{"russia", "If NATO is not ready to give us everything, let them at least stop sending their bombers and destroyers within striking distance of Crimea and Kaliningrad.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "The American answer leaves the door open on missiles.", nil}, // a door open on a topic is no open door
		{"west", "Russia does not get to decide which weapons are deployed on the soil of sovereign NATO members.", []string{"no-strike-weapons-near-borders"}},
		{"russia", "Some in the West are telling us to pull back our divisions from the Ukrainian border. Our divisions stand on our own land.", []string{"russia-de-escalation"}},
		{"west", "No negotiations on the security of Europe while Russian troops stand at our borders. Let them first pull back, then we can talk.", []string{"no-preconditions", "russia-de-escalation"}},
		{"west", "Poland will not allow «anybody from outside» to decide which weapon the allies will place on the Polish territory.", []string{"no-strike-weapons-near-borders"}},
		{"west", "The exercises with our partners planned for this year will take place.", []string{"limit-military-exercises"}},
		{"west", "Kyiv would never agree to any arrangement that forbade British or American instructors from training Ukrainian troops.", []string{"no-military-activity-ex-soviet"}},
		// promises Bucharest made are not the verbal promises Moscow will not settle for
		{"russia", "Moscow demands to cancel the Bucharest promises.", []string{"rescind-bucharest-2008"}},
		{"west", "Whether Ukraine joins NATO is a decision for Ukrainians and for the thirty allies, full stop.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "Ukraine's path to NATO is decided in Kyiv and in thirty allied capitals, not at a table in Geneva.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "No one will decide for us whether we join NATO.", []string{"nato-open-door"}},
		{"west", "Nobody in Moscow will decide which allied troops can be present on Slovak territory under the alliance.", nil},
		{"west", "We believe lines of communication between our two militaries matter, and we want them used.", []string{"resume-military-dialogue"}},
		{"russia", "Moscow also wants NATO to formally disown the Bucharest pledge.", []string{"rescind-bucharest-2008"}},
		{"west", "The American reply did offer talks on missile deployments and on military hotlines.", []string{"no-intermediate-range-missiles", "resume-military-dialogue"}},
		{"west", "Keeping American ships out of the Black Sea is a non-starter.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "A missile deal that ties our hands is out of the question.", []string{"no-intermediate-range-missiles"}},
		{"west", "Poland would not endorse any arrangement that froze NATO's borders where they stand today.", []string{"nato-non-expansion"}},
		// Russian troops in Transnistria are another matter than the build-up near Ukraine
		{"west", "We continue to insist on the complete and unconditional withdrawal of Russian troops and munitions from the territory of the Republic of Moldova.", nil},
		{"west", "Any real progress depends on Russia pulling its troops back from Ukraine's border.", []string{"russia-de-escalation"}},
		// a door open to talks is no open door; a bargaining exercise is no drill
		{"west", "Putin accused NATO of ignoring Moscow's concerns, while leaving the door open to further talks.", nil},
		{"russia", "You do not keep 100,000 soldiers at the border of Ukraine for a bargaining exercise forever.", nil},
		{"russia", "No state can strengthen its security at the expense of others, including by expanding military alliances.", []string{"nato-non-expansion"}},
		// the West's open door is not a rejection of non-expansion unless it says so
		{"west", "The United States said it would not let anyone close NATO's door to new members.", []string{"nato-open-door"}},
		{"west", "Washington rejected Moscow's call for a halt to NATO's eastward expansion, citing the open door policy.", []string{"nato-non-expansion", "nato-open-door"}},
		{"russia", "NATO must stop expanding; the open door policy is a relic of the Cold War.", []string{"nato-non-expansion", "nato-open-door"}},
		{"west", "The United States will not bargain away NATO's policy of admitting new members.", []string{"nato-open-door"}},
		{"west", "Germany would never accept a Russian veto over the alliance choices of other countries.", []string{"nato-open-door"}},
		{"west", "It cannot be that Moscow decides for the Ukrainians which alliance they may one day join.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "We propose reciprocal commitments not to deploy offensive ground-launched missile systems in Ukraine.", []string{"no-strike-weapons-near-borders", "no-intermediate-range-missiles"}},
		{"russia", "The United States and its allies must halt the flights of strategic bombers along Russian borders and scale down exercises there.", []string{"no-warships-aircraft-in-strike-range", "limit-military-exercises"}},
		{"west", "Washington promises written answers to Moscow's security demands next week.", nil},
		{"west", "If Moscow wants to prove it has no plans to invade, it can start by moving its forces away from Ukraine's borders.", []string{"russia-de-escalation"}},
		{"west", "The Bucharest decision is final.", []string{"rescind-bucharest-2008"}},
		{"russia", "NATO will have to tear up the Bucharest declaration.", []string{"rescind-bucharest-2008"}},
		{"west", "Our cooperation with NATO, including the joint exercises held on Georgian soil, will continue.", []string{"no-military-activity-ex-soviet"}},
		{"west", "Nobody in Moscow gets to decide which allied troops may be stationed on our territory.", []string{"rollback-to-1997"}},
		{"west", "Kirby replied that Russia did not get to decide where American troops are based in allied nations.", []string{"rollback-to-1997"}},
		{"west", "We are not going back to a world of spheres of influence, where big powers decide for smaller states which alliances they may join.", []string{"nato-open-door"}},
		{"russia", "The Bucharest decision that Ukraine and Georgia will one day join the alliance is a time bomb, and it has to be taken off the table.", []string{"rescind-bucharest-2008"}},
		{"russia", "Allied warships and aircraft were operating ever closer to Russian territory, and exercises near our borders had to be curtailed.", []string{"no-warships-aircraft-in-strike-range", "limit-military-exercises"}},
		{"russia", "Any attempt to make further talks conditional on a pullback of Russian forces from the Ukrainian border would be rejected.", []string{"no-preconditions", "russia-de-escalation"}},
		{"west", "The alliance's reply proposed reopening the missions and setting up military hotlines to reduce the risk of incidents.", []string{"resume-military-dialogue"}},
		{"west", "Whether Finland ever joins is for Finns to decide, and nobody in Moscow can take that option away from Nato.", []string{"nato-open-door"}},
		{"west", "Sweden alone would decide its security policy, and no outside country could make that choice for it.", []string{"nato-open-door"}},
		{"west", "Russia has gathered its troops next to Ukraine, and it is Russia that has to pull them back.", []string{"russia-de-escalation"}},
		{"russia", "Contacts between the military departments of the two countries should be put on a regular footing.", []string{"resume-military-dialogue"}},
		{"west", "Ukraine's course toward NATO membership is not a subject for bargaining with the Kremlin.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "We cannot accept that some Allies would be second-class members of NATO.", []string{"rollback-to-1997"}},
		// machine-translated wording
		{"russia", "This question must be solved now, in the course of the negotiation process, on the legal basis.", []string{"written-legal-guarantees"}},
		{"west", "The principle, that each state itself chooses the alliances, remains in force.", []string{"nato-open-door"}},
		// states described as non-members are not a demand about membership
		{"russia", "NATO must renounce any military activity in Ukraine, Georgia and other states that are not members of the alliance.", []string{"no-military-activity-ex-soviet"}},
		// round 3: concepts rather than the seeds' phrases
		{"russia", "Moscow expects NATO forces to leave Romania and Bulgaria.", []string{"rollback-to-1997"}},
		{"russia", "NATO's reinforcements in the Baltic states must be removed.", []string{"rollback-to-1997"}},
		{"russia", "The alliance must halt its expansion and pull back forces deployed in eastern Europe.", []string{"nato-non-expansion", "rollback-to-1997"}},
		{"west", "Russia must pull back its forces from the border.", []string{"russia-de-escalation"}},
		{"russia", "The deployment of strike weapons that could threaten the territory of the Russian Federation.", []string{"no-strike-weapons-near-borders"}},
		{"russia", "The further advance of NATO to the east is unacceptable for us.", []string{"nato-non-expansion"}},
		{"neutral", "Beijing opposes the further enlargement of NATO.", []string{"nato-non-expansion"}},
		{"west", "NATO's door remains open.", []string{"nato-open-door"}},
		{"west", "Nobody gets to decide for Ukraine whether it joins NATO.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"russia", "NATO must close the door to new members.", []string{"nato-non-expansion"}},
		{"west", "The allies stand by the Bucharest summit decision.", []string{"rescind-bucharest-2008"}},
		{"russia", "A neutral status for Ukraine would remove the problem.", []string{"no-ukraine-membership"}},
		{"russia", "No US warships and aircraft near our shores.", []string{"no-warships-aircraft-in-strike-range"}},
		{"russia", "Deconfliction channels between the militaries must be restored.", []string{"resume-military-dialogue"}},
		{"west", "Moscow must reverse its buildup.", []string{"russia-de-escalation"}},
		{"west", "The US urged Russia to end the military buildup on Ukraine's border.", []string{"russia-de-escalation"}},
		{"russia", "NATO must also take back the promise it made to Kyiv and Tbilisi at its 2008 summit in Bucharest.", []string{"rescind-bucharest-2008"}},
		{"west", "Washington will not discuss with Moscow the right of Ukraine to choose its allies.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"russia", "Russia will not accept Ukraine's membership.", []string{"no-ukraine-membership"}},
		{"russia", "The decision of the Bucharest summit about the future membership of Ukraine and Georgia must be cancelled.", []string{"rescind-bucharest-2008"}},
		{"west", "The decision we took in Bucharest stands.", []string{"rescind-bucharest-2008"}},
		{"russia", "What Moscow wants is a signature under a promise that NATO will never take in Ukraine.", []string{"no-ukraine-membership", "written-legal-guarantees"}},
		{"west", "There is not going to be any conversation about rolling NATO back to where it stood in 1997.", []string{"rollback-to-1997"}},
		{"russia", "Turning our neighbours, including Moldova and Georgia, into a military foothold of NATO is unacceptable for us.", []string{"no-military-activity-ex-soviet"}},
		{"russia", "They want the same demand: no NATO for Ukraine, ever, and a signed paper to prove it.", []string{"no-ukraine-membership", "written-legal-guarantees"}},
		{"west", "The written American answer that Blinken promised is expected this week.", nil},
		{"west", "The Bucharest decision was taken by all the allies, and it has been confirmed at every summit since then.", []string{"rescind-bucharest-2008"}},
		{"west", "Moscow is asking NATO to turn Estonia into a buffer zone, with no allied troops and no allied aircraft on our soil.", []string{"rollback-to-1997"}},
		{"west", "In practice that means no NATO aircraft over the Baltic Sea and no allied ships in the Gulf of Finland.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "If the Kremlin wanted a neutral Ukraine, it should not have annexed Crimea.", []string{"no-ukraine-membership"}},
		{"west", "What Russia is asking for is a gray zone on NATO's eastern flank, where some allies would have fewer rights than others.", []string{"rollback-to-1997"}},
		{"russia", "The Kremlin never believed that Washington would slam NATO's door on Ukraine.", []string{"no-ukraine-membership"}},
		{"russia", "Without a legally binding promise that the alliance stops where it is, nothing else will satisfy the Kremlin.", []string{"nato-non-expansion", "written-legal-guarantees"}},
		{"russia", "Nobody in Moscow seriously expects the Americans to leave Poland or the Baltics.", []string{"rollback-to-1997"}},
		{"west", "Banning our warships from anywhere they could reach Russian territory would push the US Navy out of the Baltic.", []string{"no-warships-aircraft-in-strike-range"}},
		{"west", "No decision on Ukraine's relations with NATO could be taken in Geneva without Kyiv's consent.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "We go our way, also into the NATO, and nobody from outside can change it.", []string{"nato-open-door"}},
		{"west", "If Russia is serious about diplomacy, it can start by sending these troops back to their barracks.", []string{"russia-de-escalation"}},
		// Ukraine's own course towards membership says nothing of who decides
		{"west", "Ukraine would keep its course towards NATO membership.", []string{"no-ukraine-membership"}},
		{"west", "Ukraine's path to NATO is not a subject for talks with Russia or with anyone else.", []string{"no-ukraine-membership", "nato-open-door"}},
		{"west", "Kuleba said the answers contained no concessions to Russia on Ukraine's path to NATO membership.", []string{"no-ukraine-membership", "nato-open-door"}},
	}
	for _, tc := range tests {
		got := lex.Rules.demands(lex.Rules.concepts(tokenizeString(tc.text)), tc.side)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStance(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		text, speaker, demand, want string
	}{
		{"Sergei Ryabkov insisted that NATO must halt its eastward expansion.", "sergei-ryabkov", "nato-non-expansion", "supports"},
		{"NATO officials dismissed the demand that NATO halt its eastward expansion.", "nato", "nato-non-expansion", "rejects"},
		{"Wendy Sherman said Washington was open to discussing limits on military exercises.", "wendy-sherman", "limit-military-exercises", "mentions"},
		{"Political analyst Ivan Petrov believes that Moscow will keep demanding that NATO halt its eastward expansion.", "ivan-petrov", "nato-non-expansion", "mentions"},
		{"Jens Stoltenberg said Russia must de-escalate.", "jens-stoltenberg", "russia-de-escalation", "supports"},
		// a member of the Verkhovna Rada is Ukraine's
		{"Yaroslav Melnychuk, a member of the Verkhovna Rada's foreign affairs committee, spoke on Friday.\n\n«Moscow wants a guarantee that Ukraine never joins NATO. We will not accept that», he said.", "yaroslav-melnychuk", "no-ukraine-membership", "rejects"},
		// a quotation of two sentences: the second's negation is read with the first
		{"Joe Biden spoke on Thursday.\n\n\"NATO's door stays open. That is not a negotiation,\" Biden said.", "joe-biden", "nato-open-door", "supports"},
		{"President Joe Biden said on Thursday the United States would not give Moscow a say over which countries join NATO.", "joe-biden", "nato-open-door", "supports"},
		{"Joe Biden spoke on Thursday.\n\n\"The best thing Russia can do for its own security right now is to move those forces back home,\" he said.", "joe-biden", "russia-de-escalation", "supports"},
		// a demand named as Moscow's in passing is Russia's too (the curated gold's convention)
		{"Polish Foreign Minister Zbigniew Rau spoke in Vienna.\n\nRau also rejected Moscow's demand that the alliance pull its forces and weapons back from the members that joined after 1997.", "russia", "rollback-to-1997", "supports"},
		{"Polish Foreign Minister Zbigniew Rau spoke in Vienna.\n\nRau also rejected Moscow's demand that the alliance pull its forces and weapons back from the members that joined after 1997.", "zbigniew-rau", "rollback-to-1997", "rejects"},
		// a minister the lexicon knows has his country's side ("The Minister for Europe and North America (James Cleverly):")
		{"Stephen Doughty (Cardiff South and Penarth) (Lab): Will the Minister confirm that the allies will not negotiate over the heads of our eastern partners?\n\nThe Minister for Europe and North America (James Cleverly): NATO's door remains open, and that was made clear to the Russian delegation in Brussels.\n\nMr Speaker: Order.", "james-cleverly", "nato-open-door", "supports"},
		// … inside another speaker's quotation too (brief-9's convention), and in a transcript's answer
		{"Helena Marchetti is a senior fellow at the Geneva Centre for Security Policy.\n\n\"The Russians are asking for something no American administration could ever sign: a veto over who is allowed to join NATO,\" said Helena Marchetti.", "russia", "nato-non-expansion", "supports"},
		{"Slovak Foreign Minister Ivan Korčok spoke on Friday.\n\n“Moscow wants a promise that NATO will never expand again. Slovakia cannot give Russia that,” Korčok said.", "russia", "nato-non-expansion", "supports"},
		{"Polish Foreign Minister Zbigniew Rau spoke in Vienna.\n\n“What Russia is really demanding is that the alliance pull its forces back to where they stood in 1997,” Rau said.", "russia", "rollback-to-1997", "supports"},
		// … after "keeps" or a plural verb ("the Russians demand")
		{"Ned Price spoke to reporters on Tuesday.\n\n“Moscow keeps insisting on a legally binding treaty on its own terms. We will not sign that,” Price said.", "russia", "written-legal-guarantees", "supports"},
		{"Ned Price spoke to reporters on Tuesday.\n\n“The Russians demand that NATO close its door to Ukraine forever. That will not happen,” Price said.", "russia", "no-ukraine-membership", "supports"},
		// … and after a verb that restates it ("Russia repeated its call for …")
		{"NATO Secretary General Jens Stoltenberg spoke on Wednesday.\n\n“At today's meeting, Russia repeated its call for NATO to withdraw forces and infrastructure from the Allies that joined our Alliance after 1997,” Stoltenberg said.", "russia", "rollback-to-1997", "supports"},
		// NATO moving closer to Russia's borders is its expansion; a cut of allied troops in the Baltics a return to 1997
		{"Dmitry Peskov spoke on Thursday.\n\nPeskov added that Russia needed guarantees that NATO will not move closer to Russian borders.", "dmitry-peskov", "nato-non-expansion", "supports"},
		{"Kristiina Vaher, an Estonian MEP, spoke in Strasbourg.\n\n“Any reduction of allied troops in the Baltic states to please Moscow would be a historic mistake,” Vaher said.", "kristiina-vaher", "rollback-to-1997", "rejects"},
		{"Wendy Sherman spoke on Monday.\n\nSherman said the quickest way to lower the temperature would be for Moscow to send home the troops it has gathered near Ukraine's borders.", "wendy-sherman", "russia-de-escalation", "supports"},
		// … what Moscow "would like"; a door that is "ours" to close
		{"Deputy Foreign Minister Marcin Przydacz spoke in Warsaw on Friday.\n\n“Moscow would like the allied forces that are present on Polish territory to leave, and it would like the eastern flank to go back to the situation before 1999,” Przydacz said.", "russia", "rollback-to-1997", "supports"},
		{"NATO Deputy Secretary General Mircea Geoana spoke on Tuesday.\n\n“Russia is asking us to close our door to Ukraine and Georgia. That is not going to happen,” Geoana said.", "russia", "no-ukraine-membership", "supports"},
		// forces taken off the allies' territory is the return to 1997
		{"John Kirby spoke at the Pentagon on Monday.\n\n“The Russians want NATO to pull its forces off the territory of sovereign allies, and that's a nonstarter,” Kirby said.", "russia", "rollback-to-1997", "supports"},
		{"Nataliya Kovalenko, a security analyst in Kyiv, spoke on Wednesday.\n\n“Moscow wants NATO to scale back military drills near its borders and to refrain from any military activity in Ukraine,” Kovalenko said.", "russia", "limit-military-exercises", "supports"},
		{"MODERATOR: Your view, Minister?\n\nMINISTER LIIMETS: The Russians want the alliance to pull its troops back to where they stood in 1997. We will never agree to that.\n\nMODERATOR: Thank you.", "russia", "rollback-to-1997", "supports"},
		// a parliament's masthead gives its members the country's side
		{"SAEIMA OF THE REPUBLIC OF LATVIA\nVerbatim report\n\nThe deputy Ilze Dambe-Kalniņa said on Thursday that NATO's door must remain open for every European democracy.", "ilze-dambe-kalnina", "nato-open-door", "supports"},
		// a spokesman who reports what the person said reports their words
		{"Antony Blinken spoke to Sergei Lavrov on Tuesday.\n\nState Department spokesman Ned Price said Blinken had urged immediate de-escalation and the withdrawal of Russian troops from Ukraine's borders.", "antony-blinken", "russia-de-escalation", "supports"},
		{"Antony Blinken spoke to Sergei Lavrov on Tuesday.\n\nPrice said Blinken had also reiterated Washington's commitment to the principle that countries are free to choose their own alliances.", "antony-blinken", "nato-open-door", "supports"},
		// "according to X" after the person who speaks: X reports their words
		{"In a phone call with Emmanuel Macron on Friday, Vladimir Putin complained that the replies had ignored Russia's fundamental concerns, according to the Kremlin, listing them as a halt to NATO's expansion and a ban on strike weapons near Russia's borders.", "vladimir-putin", "no-strike-weapons-near-borders", "supports"},
		{"Sergei Lavrov spoke to Antony Blinken on Wednesday.\n\nLavrov, according to the Russian foreign ministry's readout of the call, told Blinken that Moscow insisted on a clear answer on the non-expansion of NATO.", "sergei-lavrov", "nato-non-expansion", "supports"},
		// "the Deputy Prime Minister" is no Duma "deputy" named "Prime Minister"
		{"Deputy Prime Minister Nicu Popescu stated on Thursday that Moldova is neutral.\n\n“For us, the real de-escalation in the region means Russia pulling its forces back from the Ukrainian border,” said the Deputy Prime Minister.", "nicu-popescu", "russia-de-escalation", "supports"},
		// … and what its published drafts demand
		{"The U.S. and NATO delivered their replies to Moscow on Jan. 26, more than a month after Russia published two draft agreements demanding that the alliance pull its forces out of Eastern Europe and end military cooperation with Kyiv.", "russia", "rollback-to-1997", "supports"},
		// a question's names are not the speaker, and that it was asked does not make the answer a report
		{"Asked whether Washington had raised the Russian troops near Ukraine, Ryabkov said Russia saw no reason to reduce its forces on its own territory.", "sergei-ryabkov", "russia-de-escalation", "rejects"},
		{"Dutch Foreign Minister Wopke Hoekstra spoke on Tuesday.\n\nThe minister called the demand of Moscow to withdraw NATO troops from the Eastern European member states „unacceptable“.", "russia", "rollback-to-1997", "supports"},
		{"Defence Minister Anita Anand on Wednesday dismissed Moscow’s insistence that Western countries end all military co-operation with Ukraine and other former Soviet republics.", "russia", "no-military-activity-ex-soviet", "supports"},
		{"A senior EU official said the bloc would go ahead with its support for the armed forces of Ukraine, despite Moscow's demand that outsiders stay out of military cooperation with former Soviet states.", "russia", "no-military-activity-ex-soviet", "supports"},
		{"Kyiv would not cancel Sea Breeze or scale back any other drill with its partners, the ambassador said, despite Moscow's demand that NATO stop exercising near Russian borders.", "russia", "limit-military-exercises", "supports"},
		// a hearing's label gives the official's side that the introduction's title did not
		{"The Chair (Mr. Robert Ferland (Ottawa—Rideau, Lib.)): I call this meeting to order.\n\nHon. Mélanie Joly (Minister of Foreign Affairs): Thank you, Mr. Chair. I returned last week from Kyiv.\n\nThe Chair: Thank you, Minister.\n\nMr. Étienne Paradis (Beauport—Côte-de-Beaupré, BQ): Thank you, Mr. Chair.\n\nHon. Mélanie Joly: Our troops in Latvia are not going anywhere.\n\nMr. Étienne Paradis: Ms. Béland, what does the allied response say?\n\nMs. Caroline Béland (Director General, Europe, Global Affairs Canada): Mr. Chair, the response is not a treaty. Allies will not sign any legally binding commitment that freezes enlargement.", "caroline-beland", "nato-non-expansion", "rejects"},
		// a gerund subject, a "while" clause without commas, then the verdict
		{"Paul Harrington, a senior fellow at the Potomac Security Forum, joined the discussion online.\n\n„Putting a moratorium on our missiles in Europe while the 9M729 stays deployed is a non-starter for any administration,“ Harrington said.", "paul-harrington", "no-intermediate-range-missiles", "rejects"},
		// a quotation's next sentence takes the side its first one did not
		{"Elke Randow, a security analyst, spoke in Vienna.\n\n„A moratorium on intermediate-range missiles would freeze a situation in which Russia already has the 9M729 deployed. Giving Moscow that would be a gift to the Kremlin,“ Randow said.", "elke-randow", "no-intermediate-range-missiles", "rejects"},
		// a noun-phrase subject's "while" clause without commas, then the verdict
		{"Paul Hendricksen, a senior fellow at the Potomac Security Forum, spoke on Thursday.\n\n“A ban on American intermediate-range missiles in Europe while the Russian 9M729 stays deployed is a non-starter,” Hendricksen said.", "paul-hendricksen", "no-intermediate-range-missiles", "rejects"},
		// an analyst of a Western country against a limit takes the West's side
		{"Polish security expert Hanna Wierzbicka said she would be against any limitation on exercises on allied territory.", "hanna-wierzbicka", "limit-military-exercises", "rejects"},
		// a passive with an adverbial before its agent, who has a title
		{"Moscow’s demand to revoke the Bucharest pledge was rejected within hours by Georgian Foreign Minister David Zalkaliani, who said Russia had no say over Georgia’s path to Nato.", "david-zalkaliani", "rescind-bucharest-2008", "rejects"},
		// "As was stated by X, …": X's words
		{"As was stated by the official representative of MFA of Russia Maria Zakharova on the briefing on Thursday, the West must stop to „pump Ukraine with weapons“ and to send there the military instructors.", "maria-zakharova", "no-military-activity-ex-soviet", "supports"},
		// a demand both sides want, proposed in the speaker's own words,
		// is taken up; offered for discussion, it is mentioned
		{"NATO Secretary General Jens Stoltenberg said: \"We proposed to re-establish our military-to-military channels, because that is how we reduce the risk of incidents.\"", "jens-stoltenberg", "resume-military-dialogue", "supports"},
		{"Bulgarian Defence Minister Stefan Yanev said the tension made it more important than ever to restore direct contacts between the Russian and Western militaries.", "stefan-yanev", "resume-military-dialogue", "supports"},
		{"Michael Carpenter said the United States was open to discussing a return to regular contacts between Russian and American military commanders.", "michael-carpenter", "resume-military-dialogue", "mentions"},
		// "the investigator" refers back to the investigator named before
		{"The investigator Inês Valadares, of the Portuguese Institute of International Relations, considers that the texts were written to be refused. According to the investigator, the points that will dominate the eventual negotiations in January are others: the renunciation of military activity in the ex-Soviet space, the weapons of attack near the Russian borders and the withdrawal of the Alliance to the positions of 1997.", "ines-valadares", "no-military-activity-ex-soviet", "mentions"},
		// the demand's own side dismissing the military channels
		{"Deputy Foreign Minister Alexander Grushko said: \"We do not see the sense to restore the military contacts now, when NATO officially considers Russia as the adversary.\"", "alexander-grushko", "resume-military-dialogue", "rejects"},
		// "As it was underlined earlier on Tuesday by X, …"
		{"As it was underlined earlier on Tuesday by the press secretary of the president Dmitry Peskov, Moscow is ready to continue the dialogue „without any preconditions“, but the question of the non-expansion of NATO cannot be removed from the agenda.", "dmitry-peskov", "nato-non-expansion", "supports"},
		// the Belarusian spelling of a name the lexicon knows
		{"„If the Americans take away their tanks from Poland and the Baltics, we also will take away ours“, – added Aliaksandr Lukashenka.", "alexander-lukashenko", "rollback-to-1997", "supports"},
		{"„The Russian troops must leave Belarus and the Ukrainian border“, – wrote the opposition leader Sviatlana Tsikhanouskaya.", "sviatlana-tsikhanouskaya", "russia-de-escalation", "supports"},
		{"Grushko said Moscow saw no point, for now, in restoring the military liaison channels with the alliance that it shut down in October.", "alexander-grushko", "resume-military-dialogue", "rejects"},
		// "This was stated by X" opening the next paragraph
		{"Ukraine will not allow any third country to decide on its behalf whether it joins the North Atlantic Alliance.\n\nThis was stated by Minister of Foreign Affairs of Ukraine Dmytro Kuleba at a briefing in Kyiv on Thursday, an Ukrinform correspondent reports.", "dmytro-kuleba", "nato-open-door", "supports"},
		// talks only after a pullback: the precondition rejects talks without one
		{"“Russia must first pull its troops back from the border, and then we can talk about everything else,” Estonian Foreign Minister Eva-Maria Liimets said.", "eva-maria-liimets", "no-preconditions", "rejects"},
		// a newsletter's lead-in before a colon is nobody's
		{"POLITICO Playbook\n\nWhat the U.S. offered: Secretary of State Antony Blinken, briefing reporters at Foggy Bottom on Wednesday, said the document offers reciprocal transparency measures on offensive weapons systems in Ukraine.", "antony-blinken", "no-strike-weapons-near-borders", "mentions"},
		{"Quick refresher on what's being answered: Moscow wants it all in writing — a legally binding promise that NATO won't expand any further east.", "russia", "nato-non-expansion", "supports"},
		// the outlet on the first line of an article without front matter gives its officials' side
		{"---\nid: t\npublisher: Censor.net\npublished: 2022-02-02\n---\nFormer foreign minister Volodymyr Ohryzko spoke on Tuesday.\n\n“For us the Bucharest declaration still stands,” Ohryzko said.", "volodymyr-ohryzko", "rescind-bucharest-2008", "rejects"},
		{"\uFEFFBTA – Bulgarian News Agency\n21 January 2022\n\nPrime Minister Kiril Petkov said the NATO battlegroup would stay in Bulgaria and that any pullback of allied forces to the lines of 1997 was out of the question.", "kiril-petkov", "rollback-to-1997", "rejects"},
		{"German Bundestag – 20th electoral term\n\nHenrike Albrecht (CDU/CSU):\nMadam President! A legally binding promise that the alliance will never take in another member is out of the question.\n\nSevim Tunç (DIE LINKE):\nMadam President! The talks must go on.", "henrike-albrecht", "written-legal-guarantees", "rejects"},
		{"KYIV, Ukraine – Russia on Friday demanded that the United States and its allies cease all military activity in Eastern Europe and Ukraine.", "russia", "no-military-activity-ex-soviet", "supports"},
		// a relative clause that ends in a speech verb gives what follows to its person
		{"Minister of foreign affairs of Ukraine Dmytro Kuleba spoke on Wednesday.\n\nSo the minister has reacted to the words of the president of Russia Vladimir Putin, who on Tuesday after the negotiations with the prime minister of Hungary Viktor Orban has stated, that the USA and NATO have ignored the principal concerns of Russia – the non-expansion of the alliance.", "vladimir-putin", "nato-non-expansion", "supports"},
		{"Irish Foreign Minister Simon Coveney spoke on Monday.\n\nThe minister also dismissed Moscow's argument that the talks should simply go ahead without preconditions.", "russia", "no-preconditions", "supports"},
		// whom a person represents is their side
		{"Vadim Lebedinsky has represented Russia in the Grand Duchy since 2019.\n\n“The Bucharest declaration was a mistake. It must be withdrawn formally,” Lebedinsky said.", "vadim-lebedinsky", "rescind-bucharest-2008", "supports"},
		{"Jean-Yves Le Drian spoke on Friday.\n\nHe also dismissed, once again, Moscow's offer of a mutual moratorium on intermediate-range missiles in Europe.", "russia", "no-intermediate-range-missiles", "supports"},
		// an interview's answer runs over paragraphs up to the next question, whatever their person
		{"Vadim Lebedinsky has represented Russia in the Grand Duchy since 2019.\n\n1. Mr Ambassador, how does Moscow read the answers?\n\nWe have read them very carefully, as President Putin asked us to.\n\n2. Why should Ukraine not have that right?\n\nFreedom to choose alliances is only half of the principle, as we have said.\n\nUkraine in NATO would mean NATO bases, and sooner or later strike systems, a few minutes' flight from Moscow.\n\n3. And the coming weeks?\n\nI remain an optimist.", "vadim-lebedinsky", "no-strike-weapons-near-borders", "supports"},
		// what Moscow wants, in another speaker's sentence, is Russia's too; so is a demand in a sentence with no speaker
		{"Professor Paavo Reinikainen spoke on Friday.\n\nHe noted that Russia also wants NATO to promise that it will never take in Ukraine or Georgia.", "russia", "no-ukraine-membership", "supports"},
		{"Moscow’s demand that NATO withdraw its forces from the countries that joined after 1997 was rejected as “a non-starter” on Thursday.", "russia", "rollback-to-1997", "supports"},
		// a door open to new members is no offer of talks
		{"Gabrielius Landsbergis said NATO's door must remain open to any European democracy that meets its criteria, including Ukraine and Georgia.", "gabrielius-landsbergis", "no-ukraine-membership", "rejects"},
		// a member speaking for a group in a Western parliament is of the West
		{"---\nid: t\npublisher: European Parliament\npublished: 2022-01-19\n---\nPresident. – The next item is the debate.\n\nAnna Wierzbicka-Sowa, on behalf of the ECR Group. – Madam President, the alliance must never pull its soldiers out of the member states that joined after 1997.\n\nPresident. – The debate is closed.", "anna-wierzbicka-sowa", "rollback-to-1997", "rejects"},
		{"Ukrainian MP Roman Dmytrenko said not one of the allies was ready to close NATO's door to Ukraine.", "roman-dmytrenko", "nato-open-door", "supports"},
		// an offer of the talks a demand is about takes it up, whoever makes it
		{"Andriy Yermak, the head of President Volodymyr Zelensky’s office, said on Wednesday that Ukraine was ready to keep talking with Russia “in any format” and without preconditions.", "andriy-yermak", "no-preconditions", "supports"},
		// a refusal to comment is no position; two subjects both urge
		{"Chief Cabinet Secretary Hirokazu Matsuno spoke on Tuesday.\n\nAsked about Moscow's demand that NATO rule out any further expansion to the east, Matsuno said Japan was not in a position to comment on the content of negotiations between other countries.", "hirokazu-matsuno", "nato-non-expansion", "mentions"},
		{"Japan's top government spokesman on Tuesday called on Russia to pull back the troops it has massed near Ukraine.", "hirokazu-matsuno", "russia-de-escalation", "supports"},
		{"Foreign Minister Yoshimasa Hayashi and Chief Cabinet Secretary Hirokazu Matsuno spoke.\n\nHayashi and Matsuno both urged Moscow to reduce its military presence along the Ukrainian border.", "yoshimasa-hayashi", "russia-de-escalation", "supports"},
		// "X and his Estonian counterpart Y said": both say it
		{"Latvian Foreign Minister Edgars Rinkēvičs and his Estonian counterpart Eva-Maria Liimets said on Thursday that any discussion of pulling NATO forces out of the Baltic states was out of the question.", "eva-maria-liimets", "rollback-to-1997", "rejects"},
		// the open door and, in so many words, no ban on enlargement
		{"NATO Secretary-General Jens Stoltenberg said allies would not compromise on the right of each nation to choose its own path, and would not agree to any ban on further enlargement of the alliance.", "jens-stoltenberg", "nato-non-expansion", "rejects"},
		// an analyst reporting what Moscow wants mentions it: the verb is Moscow's
		{"We asked Ingrid Stavnes, senior research fellow in NUPI's Research Group on Security and Defence.\n\n**What is new?**\n\n– Two things. First, the form is unusual.\n\n**And the content?**\n\n– Moscow wants the United States to promise that NATO will not expand further east.", "ingrid-stavnes", "nato-non-expansion", "mentions"},
		// a demand both sides want, dismissed by its own side
		{"The deputy minister Alexander Grushko added on Thursday that Moscow sees no sense to restore the military channels with the alliance while it ignores the principal demands of Russia.", "alexander-grushko", "resume-military-dialogue", "rejects"},
		// readiness to join is no offer to discuss
		{"Jens Stoltenberg spoke in Brussels. He said it is for Ukraine and the 30 allies to decide when Ukraine is ready to join, not for Russia.", "jens-stoltenberg", "no-ukraine-membership", "rejects"},
		{"Jens Stoltenberg spoke in Brussels. \"Let me be clear: we will not withdraw from the eastern part of our Alliance,\" he said.", "jens-stoltenberg", "rollback-to-1997", "rejects"},
		// "the Security Council Secretary" is the earlier Secretary of the Security Council, or Patrushev
		{"Sergei Lavrov spoke first, then Vladimir Putin.\n\nThe Security Council Secretary described as unacceptable the demands of Western countries that Russia withdraw its troops from its own territory.", "nikolai-patrushev", "russia-de-escalation", "rejects"},
		{"Nikolai Patrushev held a meeting on Wednesday.\n\nHe drew attention to the deliveries of weapons to Ukraine by NATO countries, which pose a direct threat to the security of Russia.", "nikolai-patrushev", "no-military-activity-ex-soviet", "supports"},
		// a place after "In" is not the subject; a source in a delegation is its country's
		{"In Kyiv on Monday, Ukrainian President Volodymyr Zelensky told reporters after his meeting with Scholz that Ukraine would keep its course towards NATO membership, even if it may be a dream for now.", "volodymyr-zelensky", "no-ukraine-membership", "rejects"},
		{"The source in the Russian delegation told Interfax that in Vienna Moscow again insisted on the curtailment of the NATO exercises near the Russian borders.", "russia", "limit-military-exercises", "supports"},
		// offering to restore what a shared demand asks for supports it
		{"Jens Stoltenberg spoke in Brussels. He says the alliance offers to restore its office in Moscow and to reopen military channels of communication to reduce the risk of incidents.", "jens-stoltenberg", "resume-military-dialogue", "supports"},
		{"Sergei Ryabkov rejected the demand that Russia pull back its troops from the border.", "sergei-ryabkov", "russia-de-escalation", "rejects"},
		// a speaker without a side who rejects what a demand forbids supports it
		{"OSCE Secretary General Helga Schmid said the OSCE opposes the further enlargement of NATO.", "helga-schmid", "nato-non-expansion", "supports"},
		{"Helga Schmid rejected the demand for the non-expansion of NATO.", "helga-schmid", "nato-non-expansion", "rejects"},
		{"Political analyst Ivan Petrov voiced his opposition to further enlargement of NATO.", "ivan-petrov", "nato-non-expansion", "supports"},
		// China's side is Russia's on the demands
		{"Chinese foreign ministry spokesman Zhao Lijian said Beijing opposes the further enlargement of NATO.", "zhao-lijian", "nato-non-expansion", "supports"},
		{"Maria Zakharova: These are important topics, and we do not refuse to discuss them.\n\nQuestion: What about limits on exercises?\n\nMaria Zakharova: We do not refuse to discuss them.", "maria-zakharova", "limit-military-exercises", "mentions"},
		{"Jake Sullivan said the United States would not discuss limits on military exercises.", "jake-sullivan", "limit-military-exercises", "rejects"},
		// a bare "No." refuses what the question asked
		{"JENS STOLTENBERG: Good afternoon.\n\nQUESTION (Reuters): Russia wants a promise that NATO will not expand further east. Is that possible?\n\nJENS STOLTENBERG: No. NATO's door remains open.", "jens-stoltenberg", "nato-non-expansion", "rejects"},
		{"Vladimir Putin: Good afternoon.\n\nQuestion: Will Russia pull its troops back from the Ukrainian border?\n\nVladimir Putin: Our troops are on our own territory, and we will move them wherever we consider it necessary.", "vladimir-putin", "russia-de-escalation", "rejects"},
		{"NATO spokesperson Oana Lungescu spoke to Euronews.\n\nQ: What about the troops in the Baltic states?\n\nA: We will not pull them out, and we are ready to discuss transparency of exercises on a reciprocal basis.", "oana-lungescu", "rollback-to-1997", "rejects"},
		{"NATO spokesperson Oana Lungescu spoke to Euronews.\n\nQ: What about the troops in the Baltic states?\n\nA: We will not pull them out, and we are ready to discuss transparency of exercises on a reciprocal basis.", "oana-lungescu", "limit-military-exercises", "mentions"},
		{"A senior administration official said the written answer gave Moscow no veto over NATO membership.", "united-states", "nato-open-door", "supports"},
		{"MR PRICE: Good afternoon to all of you here today.\n\nQUESTION: The Russians say NATO must pull its forces out of Romania. Is that on the table?\n\nMR PRICE: It is not. There will be no rollback of NATO's posture on its eastern flank.", "ned-price", "rollback-to-1997", "rejects"},
		{"NATO said in a statement that it would not reduce its presence in the eastern part of the alliance.", "nato", "rollback-to-1997", "rejects"},
		{"Finnish Prime Minister Sanna Marin said the Finlandisation of Ukraine was not an option.", "sanna-marin", "no-ukraine-membership", "rejects"},
		// being asked is no statement; the answer is about what was asked
		{"Emmanuel Macron was asked whether the «Finlandisation» of Ukraine could be a way out of the crisis. «It is one of the models on the table,» he replied.", "emmanuel-macron", "no-ukraine-membership", "mentions"},
		// the speaker's own organisation proposing a demand of the other side supports it
		{"NATO Secretary General Jens Stoltenberg said the alliance’s own reply proposed restoring the missions and making fuller use of military-to-military channels.", "jens-stoltenberg", "resume-military-dialogue", "supports"},
		// a long apposition still gives the analyst's leaning; "not on the table" rejects
		{"“Pulling allied troops out of Poland and the Baltic states is simply not on the table,” said Thomas Brenner, a former German defense ministry official now at the Berlin-based Institute for Transatlantic Security.", "thomas-brenner", "rollback-to-1997", "rejects"},
		// an answer whose subject is what was asked
		{"MR PRICE: Good afternoon to all of you here today.\n\nQUESTION: The Russians also want the alliance to pull its forces back to where they stood in 1997.\n\nMR PRICE: That is a non-starter, and they knew it.", "ned-price", "rollback-to-1997", "rejects"},
		{"MR PRICE: Good afternoon to all of you here today.\n\nQUESTION: Officials in Tbilisi ask whether the promise NATO made at Bucharest in 2008 still stands.\n\nMR PRICE: It does.", "ned-price", "rescind-bucharest-2008", "rejects"},
		{"“We have long supported keeping military lines of communication open,” Ned Price said.", "ned-price", "resume-military-dialogue", "supports"},
		// "the Foreign Ministry" of a story whose subject is Russia is Russia's
		{"Russia on Thursday accused the United States of brushing aside its key security demands.\n\nIn the text, the Foreign Ministry said Washington had failed to give a constructive answer on an end to NATO eastward expansion.", "russian-foreign-ministry", "nato-non-expansion", "supports"},
		// an attribution set off by commas inside the reported words
		{"A week after the written answers, the Russian president gave his verdict on Tuesday: the West, he said, had ignored Russia's key demands — no further expansion of NATO and no strike weapons near Russia's borders.", "vladimir-putin", "nato-non-expansion", "supports"},
		// a transcript answer naming what the question named is about it
		{"Oana Lungescu (NATO Spokesperson): TASS.\n\nQuestion: Russia asks the Alliance to cancel the decision taken at the Bucharest summit in 2008. Is NATO considering that?\n\nNATO Secretary General Jens Stoltenberg: The decision we took in Bucharest stands.", "jens-stoltenberg", "rescind-bucharest-2008", "rejects"},
		// a title alone as a later label
		{"NATO Secretary General Jens Stoltenberg: Good afternoon, we have just concluded the meeting.\n\nQuestion: Is NATO ready to offer a moratorium on Ukraine's membership?\n\nNATO Secretary General: No. NATO's door remains open, and no deal will be made over the heads of Ukraine.", "jens-stoltenberg", "no-ukraine-membership", "rejects"},
		// a quotation answering what the reporter says was asked
		{"Asked on CNN on Sunday whether the administration might agree to keep Ukraine out of NATO, Jake Sullivan did not hesitate. “Those decisions belong to Ukraine and to the 30 allies, and we are not going to negotiate them with Russia,” Mr. Sullivan said.", "jake-sullivan", "no-ukraine-membership", "rejects"},
		{"Victoria Nuland was asked last week whether the alliance could take back the promise it made to Ukraine and Georgia at Bucharest. “The alliance does not withdraw its word because somebody has parked tanks on a border,” she said.", "victoria-nuland", "rescind-bucharest-2008", "rejects"},
		// the other side disowning what a demand forbids concedes without taking it up
		{"Joseph Biden said that the United States had no intention of deploying offensive strike weapons in Ukraine.", "joe-biden", "no-strike-weapons-near-borders", "mentions"},
		{"Sergei Shoigu said Russia had no intention of withdrawing its troops from the border with Ukraine.", "sergei-shoigu", "russia-de-escalation", "rejects"},
		// someone else's demand named after the speaker is not their own support
		{"According to Kuleba, Moscow's demand that NATO pull its forces and infrastructure back to the positions of 1997 has no prospects at all.", "dmytro-kuleba", "rollback-to-1997", "rejects"},
		// China's representatives are on Russia's side of the demands
		{"Zhang Jun, representative of China, said the continued eastward expansion of a military bloc was not conducive to stability.", "zhang-jun", "nato-non-expansion", "supports"},
		// "called on" supports, also next to an offer to talk
		{"Jens Stoltenberg said allies had called on Russia to immediately de-escalate along Ukraine's borders, and had offered a series of meetings on arms control.", "jens-stoltenberg", "russia-de-escalation", "supports"},
		// a demand both sides want: the cue decides
		{"Pentagon press secretary John Kirby said Austin believes very strongly that keeping military-to-military lines of communication open is vital.", "john-kirby", "resume-military-dialogue", "supports"},
		{"A senior administration official said Washington was prepared to discuss restoring the military-to-military hotlines.", "united-states", "resume-military-dialogue", "mentions"},
		// transcript labels with a title and a middle initial; a short answer to the question
		{"PRESS SECRETARY JOHN F. KIRBY: Good afternoon, everybody.\n\nWe continue to call on Mr. Putin to de-escalate and pull back his troops.\n\nQ: Is pulling allied forces out of the countries that joined after '97 on the table?\n\nMR. KIRBY: No, it's not.", "john-kirby", "rollback-to-1997", "rejects"},
		{"PRESS SECRETARY JOHN F. KIRBY: Good afternoon, everybody.\n\nWe continue to call on Mr. Putin to de-escalate and pull back his troops.\n\nQ: Is pulling allied forces out of the countries that joined after '97 on the table?\n\nMR. KIRBY: No, it's not.", "john-kirby", "russia-de-escalation", "supports"},
		// "no objection to discussing" offers to discuss
		{"Latvian Foreign Minister Edgars Rinkevics said Riga had no objection to Washington discussing limits on intermediate-range missiles with Moscow.", "edgars-rinkevics", "no-intermediate-range-missiles", "mentions"},
		// an official the gazetteer knows takes their country's side
		{"Defense Minister Kalle Laanet said Russia first had to withdraw the troops it has massed near Ukraine.", "kalle-laanet", "russia-de-escalation", "supports"},
		// the open door stated with its limit by the other side is rejected
		{"Political analyst Ivan Petrov said the right of any country to join the alliance must take into account the security interests of other countries.", "ivan-petrov", "nato-open-door", "rejects"},
		{"Sergei Lavrov said the freedom to choose alliances cannot be exercised at the expense of the security of others.", "sergei-lavrov", "nato-open-door", "rejects"},
		{"Jens Stoltenberg said every nation has the right to choose its own path, and that NATO's security is indivisible.", "jens-stoltenberg", "nato-open-door", "supports"},
		// the agent of a passive speech verb speaks
		{"Greek Foreign Minister Nikos Dendias met Cypriot Foreign Minister Nikos Christodoulides.\n\nThe need for a genuine pullback of Russian forces from Ukraine's border was stressed by both Dendias and his Cypriot counterpart Nikos Christodoulides.", "nikos-christodoulides", "russia-de-escalation", "supports"},
		{"NATO was urged by Moscow to withdraw its troops from Romania and Bulgaria, a demand the alliance has dismissed.", "russia", "rollback-to-1997", "supports"},
		{"NATO was urged by Moscow to withdraw its troops from Romania and Bulgaria, a demand the alliance has dismissed.", "nato", "rollback-to-1997", "rejects"},
		// the clause that names the demand carries its stance
		{"Stoltenberg said the allies would not compromise on the right of each nation to choose its own path, adding that NATO was ready to talk about transparency of military exercises.", "jens-stoltenberg", "limit-military-exercises", "mentions"},
		{"Stoltenberg said the allies would not compromise on the right of each nation to choose its own path, adding that NATO was ready to talk about transparency of military exercises.", "jens-stoltenberg", "nato-open-door", "supports"},
		// an apposition names the speaker, not the country before it
		{"Russia's ambassador to the United States, Anatoly Antonov, said Washington must end military cooperation with Kyiv.", "anatoly-antonov", "no-military-activity-ex-soviet", "supports"},
		{"In an interview with CNN, Blinken said NATO's door was open and would remain open.", "antony-blinken", "nato-open-door", "supports"},
		{"According to the Kremlin spokesman Dmitry Peskov, some points allow a serious conversation on secondary topics, such as intermediate-range missiles.", "dmitry-peskov", "no-intermediate-range-missiles", "mentions"},
		{"Wendy Sherman said the US was open to discussing limits on military exercises, provided Russia pulled back its troops from Ukraine's border.", "wendy-sherman", "russia-de-escalation", "supports"},
		{"JENS STOLTENBERG: We will not withdraw our troops from the eastern part of the alliance.\n\nMODERATOR: Thank you.", "jens-stoltenberg", "rollback-to-1997", "rejects"},
		{"JENS STOLTENBERG: We will not compromise on the right of each nation to choose its own path.\n\nMODERATOR: Thank you.", "jens-stoltenberg", "nato-open-door", "supports"},
		// the Russian delegation's own demand, named in another's sentence, is Russia's
		{"US Deputy Secretary of State Wendy Sherman spoke in Geneva.\n\nShe said the Russian delegation had repeated its demand that Ukraine never be admitted to the alliance.", "russia", "no-ukraine-membership", "supports"},
		// an offer to be studied, a question raised: a mention
		{"US Deputy Secretary of State Wendy Sherman spoke in Geneva.\n\nShe told reporters that the Russian delegation had also raised its demands that the 2008 Bucharest declaration be revoked, and that the U.S. side had listened without agreeing to anything.", "wendy-sherman", "rescind-bucharest-2008", "mentions"},
		{"Kremlin spokesman Dmitry Peskov spoke on Thursday.\n\nHe said the Kremlin would study \u201ccarefully\u201d the American proposals on restoring contacts between the two militaries.", "dmitry-peskov", "resume-military-dialogue", "mentions"},
		// a clause cut in two by a "while" clause is read round it
		{"Deputy Foreign Minister Alexander Grushko spoke to Rossiyskaya Gazeta.\n\n\u00abTo restore the military contacts only for the sake of the contacts, while the alliance openly names Russia the threat, we do not see the sense\u00bb, Grushko said.", "alexander-grushko", "resume-military-dialogue", "rejects"},
		// someone's offer is no support cue of the speaker's own
		{"Deputy Foreign Minister Alexander Grushko spoke on Monday.\n\nThe diplomat also poured cold water on NATO's offer to restore military contacts: «We see no point in restoring military channels with an alliance that has officially declared us an adversary.»", "alexander-grushko", "resume-military-dialogue", "rejects"},
		{"Asked whether Moscow would restore military contacts with the alliance, Deputy Foreign Minister Alexander Grushko said there was no point as long as NATO treated Russia as an adversary.", "alexander-grushko", "resume-military-dialogue", "rejects"},
		// what someone says now of an old text is no background
		{"---\nid: t\ntitle: T\npublished: 2022-01-13\n---\nDeputy Foreign Minister Alexander Grushko spoke in Brussels.\n\nThe Bucharest declaration of 2008, he said, had to be formally disowned by the alliance.", "alexander-grushko", "rescind-bucharest-2008", "supports"},
		// each sentence of a quotation is a clause of its own
		{"Joe Biden spoke on Thursday.\n\n\"Closing the door to Ukraine forever is a non-starter. Nobody in the alliance expects Ukraine to join in the next ten years, but that is for Kyiv and the allies to decide,\" said Danish analyst Ivan Petrov.", "ivan-petrov", "no-ukraine-membership", "rejects"},
		// an answer's next sentence that points back carries the stance;
		// "The demand that …" names a demand, it makes none
		// a verdict in a person's own words is their position, side or none
		{"PETER HANSEN: The demand that NATO withdraw everything it has deployed in the new member states since 1997 would turn Poland into a second-class ally. That is unacceptable.\n\nMODERATOR: Thank you.", "peter-hansen", "rollback-to-1997", "rejects"},
		{"\"A ban on American intermediate-range missiles in Europe would be unilateral disarmament dressed up as arms control,\" said Polish analyst Tomasz Wierzbicki.", "tomasz-wierzbicki", "no-intermediate-range-missiles", "rejects"},
		{"PETER HANSEN: A mutual ban on intermediate-range missiles in Europe is in everyone's interest.\n\nMODERATOR: Thank you.", "peter-hansen", "no-intermediate-range-missiles", "supports"},
		// talks offered on no condition take up the demand about talks, whoever offers them
		{"Antony Blinken spoke on Wednesday.\n\n\"We're not setting preconditions for diplomacy; we're prepared to keep talking at any level,\" Blinken said.", "antony-blinken", "no-preconditions", "supports"},
		{"Political analyst Ivan Petrov said both sides say they want talks without preconditions, but each keeps a precondition in its pocket.", "ivan-petrov", "no-preconditions", "mentions"},
		{"Interview with Peter Hansen, a Danish security analyst.\n\nQ: And the other kind?\n\nPETER HANSEN: The demand that NATO withdraw everything it has deployed in the new member states since 1997 would turn Poland into a second-class ally. That is unacceptable.\n\nQ: Thank you.", "peter-hansen", "rollback-to-1997", "rejects"},
	}
	for _, tc := range tests {
		r := extractText(t, lex, tc.text)
		found := false
		for _, s := range r.Statements {
			if s.Speaker == tc.speaker && s.Demand == tc.demand {
				found = true
				if s.Stance != tc.want {
					t.Errorf("%q: stance %s, want %s", tc.text, s.Stance, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s / %s in %+v", tc.text, tc.speaker, tc.demand, r.Statements)
		}
	}
}

func TestDocuments(t *testing.T) {
	lex := mustLexicon(t)
	tests := map[string][]string{
		"NATO must repeal a 2008 pledge, known as the Budapest Declaration.": {"bucharest-declaration-2008"},
		"The 1994 Budapest Declaration on Ukraine's nuclear weapons.":        nil,
		"The formula of the 2008 Bucharest summit must be removed.":          {"bucharest-declaration-2008"},
		"The draft pacts were published on Friday.":                          {"draft-russia-us-treaty", "draft-russia-nato-agreement"},
		"At the time of the Russia-NATO Founding Act in 1997.":               {"nato-russia-founding-act-1997"},
	}
	for text, want := range tests {
		if got := lex.documents(tokenizeString(text)); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

func TestHistoricalBackgroundIsNoStatement(t *testing.T) {
	for _, text := range []string{
		"In 1990 James Baker assured Mikhail Gorbachev that NATO would not expand further east.",
		"The 1987 INF Treaty, which banned all US and Soviet land-based missiles with ranges between 500 and 5,500 kilometers, collapsed in 2019 after Washington accused Moscow of violating it.",
		"The 1997 NATO-Russia Founding Act committed the alliance to avoid additional permanent stationing of substantial combat forces on new members' territory.",
		"In 1997 the alliance and Moscow signed the Founding Act, in which NATO said it had no intention of stationing substantial combat forces permanently on the territory of new members.",
		"NATO allies agreed in Bucharest in 2008 that Ukraine and Georgia \"will become members\" of the alliance, but gave no timeline.",
	} {
		r := extractText(t, mustLexicon(t), text)
		for _, s := range r.Statements {
			if s.Demand != "" {
				t.Errorf("background became a statement: %+v", s)
			}
		}
	}
}

func TestDates(t *testing.T) {
	pub := time.Date(2022, 1, 20, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := map[string]string{
		"He spoke on Wednesday.":              "2022-01-19",
		"NATO said so Thursday evening.":      "2022-01-20",
		"It was published on December 23.":    "2021-12-23",
		"On Thursday, December 23, he spoke.": "2021-12-23",
		"Russia said so last week.":           "2022-01-10",
		"He spoke yesterday.":                 "2022-01-19",
		"The talks resume next Monday.":       "",
		"Nothing about days here.":            "",
		"It was signed on 17 December 2021.":  "2021-12-17",
		// a weekday before a date further on dates the words
		"The ministry said on Wednesday that the drafts published on December 17 were an ultimatum.": "2022-01-19",
		// a month of a past year dates background, one of this year nothing
		"The summit met in April 2008.":    "2008-04-01",
		"The talks began in January 2022.": "",
		// a weekday's event is not the day of the words
		"He wants answers at Friday's meeting, Grushko said on Tuesday.": "2022-01-18",
		"He wants answers at Friday's meeting.":                          "",
	}
	for text, want := range tests {
		d, ok := findDateExpr(tokenizeString(text), pub)
		got := ""
		if ok {
			got = d.Date.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// articleFiles are the seed articles and the held-out ones.
func articleFiles(t testing.TB) []string {
	var files []string
	for _, g := range []string{"../data/articles/*.txt", "../data/eval/articles/*.txt"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no articles")
	}
	return files
}

func TestSpansAreTheText(t *testing.T) {
	lex := mustLexicon(t)
	for _, f := range articleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ReadArticle(f, data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Extract(a, lex)
		if err != nil {
			t.Fatal(err)
		}
		file := []rune(string(data))
		for _, s := range r.Statements {
			if s.SpanStart < 0 || s.SpanEnd > len(file) || s.SpanStart >= s.SpanEnd {
				t.Fatalf("%s: span [%d:%d] out of range", f, s.SpanStart, s.SpanEnd)
			}
			if got := string(file[s.SpanStart:s.SpanEnd]); got != s.Quote {
				t.Errorf("%s: [%d:%d] is %q, quote %q", f, s.SpanStart, s.SpanEnd, got, s.Quote)
			}
		}
	}
}

func TestQuadsFitTheSchema(t *testing.T) {
	lex := mustLexicon(t)
	var located []schema.Located
	for _, f := range articleFiles(t) {
		data, _ := os.ReadFile(f)
		a, err := ReadArticle(f, data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Extract(a, lex)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range r.Quads() {
			if q.Label != schema.DocIRI(a.ID) {
				t.Fatalf("%s: quad labelled %v", f, q.Label)
			}
			located = append(located, schema.Located{Quad: q, File: f, Line: i + 1})
		}
	}
	vs, err := schema.Validate(context.Background(), located, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		if v.Rule == "reference" || strings.Contains(v.Message, "not defined") {
			continue // demands are defined by the curated graph
		}
		t.Errorf("%v", v)
	}
}

func TestEveryLongQuotationHasARow(t *testing.T) {
	lex := mustLexicon(t)
	for _, f := range articleFiles(t) {
		data, _ := os.ReadFile(f)
		a, _ := ReadArticle(f, data)
		r, _ := Extract(a, lex)
		for _, l := range a.Lines {
			if l.Kind != LineText {
				continue
			}
			rs := []rune(a.Text())
			for _, q := range findQuotes(rs, l.Start, l.End) {
				if q.Words < 6 {
					continue
				}
				found := false
				for _, s := range r.Statements {
					if s.Direct && s.SpanStart <= q.Start && s.SpanEnd >= q.End {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: no row for %q", f, a.Span(q.Start, q.End))
				}
			}
		}
	}
}

func TestSeedTargets(t *testing.T) {
	rep := evalDirs(t, mustLexicon(t), "../data/articles", "../data/curated")
	// a regression guard a little below the measured numbers (see eval)
	if rep.Total.F1 < 0.9 || rep.Total.StanceAccuracy() < 0.95 || rep.Total.QuoteAccuracy() < 0.9 {
		t.Errorf("seeds: F1 %.3f, stance %.3f, quote-speaker %.3f", rep.Total.F1, rep.Total.StanceAccuracy(), rep.Total.QuoteAccuracy())
	}
}

func TestLexiconErrorsNameFileAndLine(t *testing.T) {
	base := fstest.MapFS{}
	for _, f := range []string{FilePeople, FileActors, FileRoles, FileTitles, FileQualifiers, FileFirstNames, FileVerbs, FileRules, FilePublishers, FileDocuments} {
		data, err := os.ReadFile(filepath.Join("../data/lexicon", f))
		if err != nil {
			t.Fatal(err)
		}
		base[f] = &fstest.MapFile{Data: data}
	}
	if _, err := LoadLexicon(base); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ file, add, want string }{
		{FilePeople, "bad person line\n", `"people.txt": line`},
		{FileActors, "x | Planet | X | west | -\n", `"actors.txt": line`},
		{FileRules, "rule no-such-demand: NATO\n", `"demands.rules": line`},
		{FileRules, "rule nato-non-expansion: NOSUCHCONCEPT\n", `unknown concept`},
		{FileRules, "limit no-such-demand: NATO\n", `unknown demand id`},
		{FileRules, "shared: no-such-demand\n", `unknown demand id`},
		{FileRules, "suppress nato-non-expansion: nato-open-door @east\n", `want russia or west`},
		{FileRules, "suppress nato-non-expansion: nato-open-door + NATO\n", `want '!CONCEPT'`},
		{FileRules, "suppress nato-non-expansion: nato-open-door + !NOSUCH\n", `want '!CONCEPT'`},
		{FileRules, "limit nato-open-door: NOSUCHCONCEPT\n", `unknown concept`},
		{FileVerbs, "said | maybe\n", `"verbs.txt": line`},
		{FileFirstNames, "Sergei f\n", `Sergei is listed twice`},
	}
	for _, tc := range tests {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[tc.file] = &fstest.MapFile{Data: append(append([]byte{}, base[tc.file].Data...), tc.add...)}
		_, err := LoadLexicon(fsys)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s + %q: err = %v, want %q", tc.file, tc.add, err, tc.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, g := range []string{"../data/articles/*.txt", "../data/eval/articles*/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("“unbalanced «quote» ‘here, said Ryabkov. He: said\r\n---\n"))
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadArticle("fuzz.txt", data)
		if err != nil {
			return
		}
		r, err := Extract(a, lex)
		if err != nil {
			t.Fatal(err)
		}
		n := utf8.RuneCountInString(a.Text())
		for _, s := range r.Statements {
			if s.SpanStart < 0 || s.SpanEnd > n || s.SpanStart > s.SpanEnd {
				t.Fatalf("span [%d:%d] outside [0:%d]", s.SpanStart, s.SpanEnd, n)
			}
			if string([]rune(a.Text())[s.SpanStart:s.SpanEnd]) != s.Quote || a.Span(s.SpanStart, s.SpanEnd) != s.Quote {
				t.Fatalf("span [%d:%d] is not the quote %q", s.SpanStart, s.SpanEnd, s.Quote)
			}
		}
		want, err := quadWriterBytes(r)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.AppendNQuads(nil); !bytes.Equal(got, want) {
			t.Fatalf("AppendNQuads differs from quad's writer:\n%s", firstDiff(want, got))
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../data/articles/*.txt")
	if len(files) == 0 {
		b.Skip("no articles")
	}
	var docs [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() {
		// throughput per CPU-second of this process (GC included): on a
		// shared machine wall-clock MB/s understates what one core does
		if d := cpuTime() - cpu0; d > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
		}
	}()
	for i := 0; i < b.N; i++ {
		for k, data := range docs {
			a, err := ReadArticle(files[k], data)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Extract(a, lex); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestStatementID(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{1, "doc-x01"}, {9, "doc-x09"}, {10, "doc-x10"}, {123, "doc-x123"}} {
		if got := StatementID("doc", c.n); got != c.want {
			t.Errorf("StatementID(doc, %d) = %q, want %q", c.n, got, c.want)
		}
	}
}

// TestTopicNames checks what sideFromTitle relies on to skip removing them.
func TestTopicNames(t *testing.T) {
	for _, topic := range topicNames {
		if !strings.Contains(topic, "russia") && !strings.Contains(topic, "eurasia") && !strings.Contains(topic, "ukraine") {
			t.Errorf("topic %q has none of russia, eurasia, ukraine", topic)
		}
	}
}

func TestInCapitals(t *testing.T) {
	for _, s := range []string{"", "NATO", "Nato", "MR PRICE", "ÉLYSÉE", "Élysée", "ß", "ǅ", "Ǆ", "ΑΘΗΝΑ", "Αθηνα", "1997", "U.S.",
		"\xff", "A\xffB", "\uFFFD", "İ", "ı", "ﬁ", "ǈ"} {
		if got, want := inCapitals(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("inCapitals(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCapsScan reads growing prefixes of token lists with one capsScan and
// compares each answer with capsWords's definition.
func TestCapsScan(t *testing.T) {
	caps := func(toks []token) bool { // capsWords as it was written
		words, paren := 0, false
		for i := range toks {
			switch toks[i].Text {
			case "(":
				paren = true
			case ")":
				paren = false
			}
			if toks[i].Word && !paren {
				if strings.ToUpper(toks[i].Text) != toks[i].Text {
					return false
				}
				words++
			}
		}
		return words > 0
	}
	for _, s := range []string{"SERGEI RYABKOV, RUSSIAN DEPUTY FOREIGN MINISTER (through translator): We",
		"(Laughter) MR PRICE: Thank you", "The minister said", "", "( ) A", "U.S. (and) NATO: yes", "ÉLYSÉE (Paris) Élysée"} {
		toks := tokenizeString(s)
		var c capsScan
		for n := 0; n <= len(toks); n++ {
			if got, want := c.upTo(toks, n), caps(toks[:n]); got != want {
				t.Errorf("%q up to %d: %v, want %v", s, n, got, want)
			}
			if got, want := capsWords(toks[:n]), caps(toks[:n]); got != want {
				t.Errorf("capsWords(%q[:%d]) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// A name with a capital word shares its first words with a role written in
// lower case: walk must still end on the role when the text leaves the name.
func TestAcronymsAsWords(t *testing.T) {
	for _, c := range []struct {
		name, want string
		ok         bool
	}{
		{"the NATO secretary general", "the Nato secretary general", true},
		{"NATO", "Nato", true},
		{"the OSCE and NATO", "the Osce and Nato", true},
		{"the US envoy", "the US envoy", false}, // two capitals: no word
		{"Jens Stoltenberg", "Jens Stoltenberg", false},
		{"U.S.-NATO talks", "U.S.-NATO talks", false}, // one word of marks and capitals
	} {
		got, ok := acronymsAsWords(c.name)
		if got != c.want || ok != c.ok {
			t.Errorf("acronymsAsWords(%q) = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

func TestNameTrieFoldedPrefix(t *testing.T) {
	lex := &Lexicon{Roles: []Role{
		{Phrase: "the secretary", Kind: "person"},
		{Phrase: "the Secretary of the Security Council", Kind: "person"},
		{Phrase: "the US secretary", Kind: "person"},
	}}
	trie := buildNameTrie(lex)
	for _, c := range []struct {
		text, phrase string
		n            int
	}{
		{"The Secretary urged Russia", "the secretary", 2},
		{"the secretary urged Russia", "the secretary", 2},
		{"the Secretary of the Security Council said", "the Secretary of the Security Council", 6},
		{"the Secretary of the board said", "the secretary", 2},
		{"the US Secretary said", "the US secretary", 3},
		{"the secretary of the Security Council said", "the secretary", 2},
	} {
		e, n := trie.match(tokenizeString(c.text))
		if e == nil || e.role == nil || e.role.Phrase != c.phrase || n != c.n {
			got := "nothing"
			if e != nil && e.role != nil {
				got = e.role.Phrase
			}
			t.Errorf("%q: matched %s over %d tokens, want %q over %d", c.text, got, n, c.phrase, c.n)
		}
	}
}

func TestSideFromTitle(t *testing.T) {
	for _, c := range []struct{ title, side, leaning string }{
		{"Russian Deputy Foreign Minister", "russia", ""},
		{"Deputy Assistant Secretary of State for European and Eurasian Affairs", "west", ""},
		{"Foreign Minister of the Czech Republic", "west", ""},
		{"member of the Verkhovna Rada's foreign affairs committee", "ukraine", ""},
		{"leader of the Belarusian democratic opposition", "west", ""},
		{"former Indian diplomat who served in both Moscow and Kyiv", "", ""},
		{"Foreign Minister of Ireland", "west", ""},
		{"Chancellor of Austria", "west", ""},
		{"who served as Estonia's ambassador in Moscow in the 2000s", "west", ""},
		{"President of Belarus", "russia", ""},
		{"a military analyst in Moscow", "", "russia"},
		{"professor at the Shanghai Institute of International Affairs", "", ""},
	} {
		side, leaning := sideFromTitle(c.title)
		if side != c.side || leaning != c.leaning {
			t.Errorf("%q: side %q leaning %q, want %q %q", c.title, side, leaning, c.side, c.leaning)
		}
	}
}

// A hearing record's headings in capitals and notes in brackets are
// nobody's words, not the last speaker's.
func TestRecordNotes(t *testing.T) {
	lex := mustLexicon(t)
	r := extractText(t, lex, "The committee met, Hon. Robert Menendez, chairman of the committee, presiding.\n\nThe CHAIRMAN. The hearing will come to order. NATO's door is not Vladimir Putin's to close.\n\n          STATEMENT OF HON. VICTORIA NULAND, UNDER SECRETARY OF STATE FOR NATO AFFAIRS\n\n[The prepared statement of Ms. Nuland on the NATO open door follows:]\n\nMs. NULAND. We delivered our written response to Moscow.")
	for _, s := range r.Statements {
		if strings.Contains(s.Quote, "STATEMENT OF") || strings.Contains(s.Quote, "prepared statement") {
			t.Errorf("a record's heading or note became a statement: %+v", s)
		}
	}
	if len(r.Statements) < 2 {
		t.Errorf("want the chairman's and Nuland's rows, got %+v", r.Statements)
	}
}

// A record's stage directions ("(Applause from the CDU/CSU)") are the
// stenographer's, not a row of the speech they follow.
func TestStageDirectionsAreNoSpeech(t *testing.T) {
	lex := mustLexicon(t)
	r := extractText(t, lex, "Vice-President Aydan Özoğuz:\nI open the debate. The first speaker is the Federal Minister.\n\nAnnalena Baerbock, Federal Minister for Foreign Affairs:\nWhen Moscow demands a promise that Ukraine will never be allowed to join NATO, then our answer is no.\n\n(Applause from the ALLIANCE 90/THE GREENS, the SPD, the FDP and members of the CDU/CSU)\n\nWe are prepared to talk about arms control and about limits on large manoeuvres.")
	rows := 0
	for _, s := range r.Statements {
		if strings.Contains(s.Quote, "Applause") {
			t.Errorf("a stage direction became a statement: %+v", s)
		}
		if s.Speaker == "annalena-baerbock" {
			rows++
		}
	}
	if rows < 2 {
		t.Errorf("want the minister's rows before and after the applause, got %+v", r.Statements)
	}
}

// A gold file may name its article as the file is named, "…-s-pv-8960",
// which is no id: the gold statements are the article's as claimgraph
// names it.
func TestGoldNamesTheArticleByItsID(t *testing.T) {
	const nq = `<https://w3id.org/claimgraph/statement/g1> <https://w3id.org/claimgraph/vocab#speaker> <https://w3id.org/claimgraph/person/mona-juul> <https://w3id.org/claimgraph/source/eval-gold> .
<https://w3id.org/claimgraph/statement/g1> <https://w3id.org/claimgraph/vocab#source> <https://w3id.org/claimgraph/doc/un-2022-01-31-security-council-s-pv-8960> <https://w3id.org/claimgraph/source/eval-gold> .
`
	gold, err := ReadGold("gold.nq", strings.NewReader(nq))
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadArticle("un-2022-01-31-security-council-s-pv-8960.txt", []byte("Text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 1 || gold[0].Doc != a.ID {
		t.Errorf("gold names the article %+v, the article's id is %q", gold, a.ID)
	}
}

func TestTimestampLen(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"[00:02:25] Dmytro Kuleba: Good evening.", 11},
		{"(01:15)  Host: Welcome.", 9},
		{"[FRAGMENT: press conference]", 0},
		{"9:15 p.m.", 0},
		{"[12:00]", 0}, // nothing after it
		{"[2022] The year", 0},
	} {
		if got := timestampLen(c.line); got != c.want {
			t.Errorf("timestampLen(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}

// TestLabelGuestKeepsTheIntroductionsTitle: a guest whom a label names by
// a double-barrelled surname takes the title the introduction gave (and
// with it the side its words tell).
func TestLabelGuestKeepsTheIntroductionsTitle(t *testing.T) {
	r := extractText(t, mustLexicon(t), "Yaroslava Demchuk-Koval, 41, is a member of parliament from the Servant of the People faction and deputy head of the Verkhovna Rada's Committee on Foreign Policy.\n\nKyiv Post: Are you nervous?\n\nDemchuk-Koval: Not nervous. Alert. The Americans promised us nothing about Ukraine without Ukraine.")
	nq := string(r.AppendNQuads(nil))
	if !strings.Contains(nq, `<https://w3id.org/claimgraph/person/yaroslava-demchuk-koval> <http://schema.org/jobTitle> "member of parliament from the Servant of the People faction and deputy head of the Verkhovna Rada's Committee on Foreign Policy"`) {
		t.Errorf("no job title from the introduction in:\n%s", nq)
	}
}

// A front matter id is taken as written when it is lower-case letters and
// digits in words joined by single hyphens, one-letter words included.
func TestFrontMatterIDAsWritten(t *testing.T) {
	for _, tc := range []struct {
		id string
		ok bool
	}{
		{"un-security-council-2022-01-31-s-pv-8960-ukraine", true},
		{"reuters-2022-01-10-geneva", true},
		{"Not-A-Slug", false},
		{"double--hyphen", false},
		{"-leading", false},
		{"trailing-", false},
	} {
		src := "---\nid: " + tc.id + "\ntitle: T\ndate: 2022-01-31\n---\nText of the article.\n"
		a, err := ReadArticle("x.txt", []byte(src))
		if tc.ok && err != nil {
			t.Errorf("id %q: %v", tc.id, err)
		} else if tc.ok && a.ID != tc.id {
			t.Errorf("id %q read as %q", tc.id, a.ID)
		}
		if !tc.ok && err == nil {
			t.Errorf("id %q accepted", tc.id)
		}
	}
}

func TestTitleSurname(t *testing.T) {
	for in, want := range map[string]string{
		"MEEKS":    "Meeks",
		"McCAUL":   "McCaul",
		"ŠALTENIS": "Šaltenis", // a first letter of two bytes stays whole
		"ŻELAZNA":  "Żelazna",
		"MacŠARIS": "MacŠaris",
	} {
		if got := titleSurname(in); got != want || !utf8.ValidString(got) {
			t.Errorf("titleSurname(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReportedSpeaker: whose row a sentence makes when it reports somebody
// else's words.
func TestReportedSpeaker(t *testing.T) {
	lex := mustLexicon(t)
	for _, c := range []struct{ name, text, speaker, demand string }{
		{"a readout names whose words it reports, past an honorific", "The US State Department said Mr Blinken had urged Russia to pull back its forces and choose the path of diplomacy.", "antony-blinken", "russia-de-escalation"},
		{"a possessor's role held by the person in commas after it", "Lavrov's deputy, Alexander Grushko, has said Russia wants NATO to stop its exercises and reconnaissance flights near Russia's borders.", "alexander-grushko", "limit-military-exercises"},
		{"a president's adviser named in commas speaks, not the president", "Biden's national security adviser, Jake Sullivan, said NATO's door would stay open.", "jake-sullivan", "nato-open-door"},
		{"'represented by' makes the delegation's head the subject for the pronoun after", "Polish Foreign Minister Zbigniew Rau opened the meeting.\n\nThe Russian side was represented by Permanent Representative Alexander Lukashevich. He told journalists after the meeting that Russia was waiting for concrete answers on the non-expansion of NATO.", "alexander-lukashevich", "nato-non-expansion"},
		{"a readout's speech verb past 'in its turn' reports the person's words", "The Russian Foreign Ministry stressed in its turn that Lavrov had told Blinken that NATO must stop its expansion to the east.", "sergei-lavrov", "nato-non-expansion"},
		{"a readout names whose words it reports", "The State Department said Blinken had urged Russia to pull back its forces and choose the path of diplomacy.", "antony-blinken", "russia-de-escalation"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := extractText(t, lex, c.text)
			for _, s := range r.Statements {
				if s.Speaker == c.speaker && s.Demand == c.demand {
					return
				}
			}
			t.Errorf("no row for %s / %s in %+v", c.speaker, c.demand, r.Statements)
		})
	}
}

// TestQAKickerInTitle: a front matter title that calls the page a Q&A makes
// its questions an interview whose answers are the guest's, even when most
// answers speak of others.
func TestQAKickerInTitle(t *testing.T) {
	lex := mustLexicon(t)
	text := "---\nid: test-qa\ntitle: \"Putin breaks his silence: What it means — a Q&A with Helena Marsh\"\npublisher: Brookings\ndate: 2022-02-02\n---\nPutin breaks his silence: What it means\n\nEditor's note: Brookings Senior Fellow Helena Marsh, who served on the National Security Council staff, discusses what he said.\n\nWhat did Putin actually say yesterday?\n\nHe said that Russia's fundamental concerns had been ignored, and he named NATO's further expansion first.\n\nDid he close the door on diplomacy?\n\nNo. I think he left it open, and Moscow still wants a legally binding guarantee that NATO will not expand.\n\nWhat else did he say?\n\nHe accused the West of using Ukraine as a tool to contain Russia.\n\nWhat comes next?\n\nThe Kremlin will reply in writing, and Lavrov will meet Blinken again."
	r := extractText(t, lex, text)
	for _, s := range r.Statements {
		if strings.HasPrefix(s.Quote, "No. I think he left it open") {
			if s.Speaker != "helena-marsh" {
				t.Errorf("speaker %s, want helena-marsh", s.Speaker)
			}
			return
		}
	}
	t.Errorf("no row for the answer in %+v", r.Statements)
}

// TestMembersAskNoPosition: a member's turn in a record that addresses the
// minister and ends in a question keeps its words but takes no position.
func TestMembersAskNoPosition(t *testing.T) {
	lex := mustLexicon(t)
	text := "President of the Riigikogu Jüri Ratas\nMember of the Riigikogu Kalle Tamsalu, please!\n\nKalle Tamsalu\nThank you! Minister, the Americans have said that they are ready to talk with Russia about limits on exercises and about missiles. Does it not mean that the allies will in the end give something to Russia, and that the limits on exercises will also touch exercises in Estonia?\n\nMinister of Foreign Affairs Eva-Maria Liimets\nThank you! NATO's door remains open, and we will not compromise on it."
	r := extractText(t, lex, text)
	answered := false
	for _, s := range r.Statements {
		if s.Speaker == "kalle-tamsalu" && s.Demand != "" {
			t.Errorf("the member's question took a position: %+v", s)
		}
		answered = answered || s.Speaker == "eva-maria-liimets" && s.Demand == "nato-open-door"
	}
	if !answered {
		t.Errorf("no row for the minister's answer in %+v", r.Statements)
	}
}
