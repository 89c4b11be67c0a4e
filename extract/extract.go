package extract

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

// Statement is one extracted position: who said what about which demand.
type Statement struct {
	Doc         string // article id
	Speaker     string // person slug or actor id
	SpeakerName string // as the article names the speaker
	Demand      string // demand id, or "" for a quotation about none
	Stance      string // supports, rejects, mentions; "" when Demand is ""
	Quote       string // the quotation, or the evidence sentence
	Direct      bool   // Quote is the speaker's own words in quotation marks
	Date        string // YYYY-MM-DD or ""
	SpanStart   int    // code points into the article file
	SpanEnd     int
	RefersTo    []string // ids of the policy documents the evidence names
}

// Entity is a person or an actor the article names.
type Entity struct {
	ID     string
	Name   string
	Person bool
	Class  string // Country or Organization (actors)
	Title  string // job title (people)
	Known  bool   // from the lexicon rather than recognised in the text
}

// Result is what Extract finds in one article.
type Result struct {
	Article    *Article
	Publisher  Publisher // the outlet, as the lexicon knows it
	Statements []Statement
	Entities   []Entity // people and actors the statements or the text name, in order of appearance
}

// paragraph is one text line of the body with everything found in it.
type paragraph struct {
	Start, End int
	Toks       []token
	Sents      []sentence
	Quotes     []quoteSpan
	Ments      []mention
	Info       wordInfo // the union of its tokens' Info
	Headline   bool     // a title or subtitle: indirect statements only
	Label      *entity  // transcript speaker ("Sergey Lavrov: …")
	LabelEnd   int      // offset where the labelled speech starts
	// Narration: a broadcast correspondent's turn ("TOMAS HALVORSEN,
	// BYLINE: …", then "HALVORSEN: …") reports what others said, as an
	// article's prose does; the label is left out of its first sentence
	Narration bool
	// Asks: a member's turn in a record that puts a question to the
	// minister ("Thank you! Minister, … Does it not mean …?"): their words,
	// with no position on the demands it names
	Asks bool
	// noColon: the line has no colon, so no token ":" (read); label's
	// readings of a name or a title before a colon are not tried
	noColon bool
	// noParen: nor a closing parenthesis: no dateline of the form
	// "BEIJING, Feb. 5 (Xinhua) --" (datelineIn)
	noParen bool
}

// extractor carries the state of one Extract call.
type extractor struct {
	a    *Article
	lex  *Lexicon
	ents *articleEntities
	pub  time.Time
	home string    // the side of the outlet's country (Publisher.Home)
	ln   lineRunes // the line being read

	paras            []*paragraph
	toks             []token // the backing array of the paragraphs' tokens
	st               *state
	history          []ref // resolved mentions outside quotations, in text order
	lastDate         map[string]time.Time
	out              []Statement
	lastQuoteSpeaker *entity
	lastQuotePara    int
	author           *entity // the organisation that last published or proposed documents
	dateDay          time.Time
	dateText         string            // dateDay formatted: statements in a row share their day
	names            map[string]string // speaker names as written → their copies
	narrators        []string          // broadcast correspondents' surnames in capitals ("HALVORSEN")
	hosts            []string          // broadcast hosts' surnames in capitals ("MARSH" of "JULIET MARSH, HOST:")
	stopLabels       int               // labels that end at a full stop ("PRESIDENT. ", "Giulia Rinaldi (FdI). ")
	lastQuoteCS      conceptSet        // the concepts of the last quotation
	lastSentPara     *paragraph        // the paragraph of the last transcript sentence
	lastSentCS       conceptSet        // its concepts
	sentCS           conceptSet        // the concepts of p.Toks[sentT0:sentT1] of the paragraph being read, when sentOK
	sentT0, sentT1   int
	sentOK           bool
	qsub             *entity // the last quotation's speaker, the subject of its sentences
	qsubFrom         int     // where that quotation's sentence starts
	qsubPara         *paragraph
	lastPara         *paragraph // the paragraph of the last reported demand
	lastCS           conceptSet // its concepts
	transcript       bool       // the article is a transcript: its speeches are of its day
	hearing          int8       // 1: a hearing's record labels its turns "Senator Risch.", "The Chairman."; -1: not; 0: not read yet
	question         conceptSet // a transcript question's concepts, for the answer after it
	questionPara     int        // the paragraph of that question, or -1
	pubLower         string     // the article's Publisher, trimmed, in lower case
	roleStamp        uint32     // resolveRole's calls (entity.roleStamp)
}

// state is the memory one Extract call works in: the backing arrays of the
// paragraphs' tokens, quotations, sentences and mentions, the decoded line
// and scratch token lists. It is recycled between articles (statePool), so
// that a corpus of thousands of articles runs in flat memory and allocates
// little per article; nothing the result holds points into it.
type state struct {
	toks    []token
	quotes  []quoteSpan
	sents   []sentence
	ments   []mention
	paras   []paragraph
	pp      []*paragraph
	ln      lineRunes
	frame   []token      // scratch for frames without quotations
	norel   []token      // scratch for frames without a relative clause about a person
	before  []token      // scratch for the part of a sentence before a quotation
	joined  []token      // scratch for a clause joined round a "while" clause (clauseOf)
	srs     []speakerRef // scratch for speakersWith
	history []ref
	out     []Statement // the statements, copied to an array of their size at the end
	byEntry []*entity   // articleEntities.byEntry
	touched []int
	ents    entityStore // the entities (articleEntities.use)

	x        extractor            // the article's extractor
	ae       articleEntities      // its entities
	lastDate map[string]time.Time // extractor.lastDate, cleared
	names    map[string]string    // extractor.names, cleared
}

// states is a free list of states. Unlike a sync.Pool it is not emptied by
// every garbage collection, which would make a corpus allocate a state
// (and its token array) every few articles; it holds at most cap(states).
var states = make(chan *state, 8)

func getState() *state {
	select {
	case st := <-states:
		return st
	default:
		return &state{toks: make([]token, 0, 4096)}
	}
}

// maxKeptTokens bounds the token array a state keeps for the next article.
const maxKeptTokens = 1 << 16

// release clears what points into the article and returns st to the free list.
func (st *state) release() {
	// Tokens and mentions are not cleared: every field is written again
	// when they are reused, and what they point to (one article's text,
	// its entities) is bounded by the free list.
	clear(st.paras)
	clear(st.pp)
	clear(st.frame[:cap(st.frame)])
	clear(st.before[:cap(st.before)])
	clear(st.srs[:cap(st.srs)])
	st.toks, st.quotes, st.sents, st.ments = st.toks[:0], st.quotes[:0], st.sents[:0], st.ments[:0]
	st.paras, st.pp, st.frame, st.before = st.paras[:0], st.pp[:0], st.frame[:0], st.before[:0]
	for _, i := range st.touched {
		st.byEntry[i] = nil
	}
	st.touched = st.touched[:0]
	st.ents.reset()
	clear(st.history)
	st.history = st.history[:0]
	clear(st.out)
	st.out = st.out[:0]
	st.ln.src = ""
	st.x, st.ae = extractor{}, articleEntities{}
	if len(st.lastDate) > maxKeptEntities || len(st.names) > maxKeptEntities {
		st.lastDate, st.names = nil, nil // (an unusually long article: let them go)
	} else {
		clear(st.lastDate)
		clear(st.names)
	}
	if cap(st.toks) > maxKeptTokens {
		return // an unusually long article: let its memory go
	}
	select {
	case states <- st:
	default:
	}
}

// ref is a resolved mention in the article's history.
type ref struct {
	pos      int
	ent      *entity
	sub      bool   // the subject of its sentence
	ministry bool   // a country named by its ministry ("Georgia's Foreign Ministry")
	text     string // the mention as written ("The Office of the President")
}

// ministryAfter reports whether toks[i:] go on "'s Foreign Ministry",
// "Foreign Ministry" or "Ministry": the country before them is named by
// its ministry.
func ministryAfter(toks []token, i int) bool {
	if i+1 < len(toks) && (toks[i].Text == "'s" || toks[i].Text == "’s") {
		i++
	} else if i+2 < len(toks) && (toks[i].Text == "'" || toks[i].Text == "’") && toks[i+1].Lower == "s" {
		i += 2
	}
	if i < len(toks) && (toks[i].Lower == "foreign" || toks[i].Lower == "defence" || toks[i].Lower == "defense") {
		i++
	}
	return i < len(toks) && toks[i].Lower == "ministry"
}

// Extract finds the statements of an article.
func Extract(a *Article, lex *Lexicon) (*Result, error) {
	if a == nil || lex == nil {
		return nil, fmt.Errorf("extract: nil article or lexicon")
	}
	// (the extractor, its entities and its maps are the state's)
	st := getState()
	if st.lastDate == nil {
		st.lastDate = map[string]time.Time{}
	}
	st.ae = articleEntities{lex: lex}
	st.x = extractor{a: a, lex: lex, ents: &st.ae, pub: a.Published,
		lastDate: st.lastDate, names: st.names, lastQuotePara: -10, questionPara: -1, pubLower: strings.ToLower(strings.TrimSpace(a.Publisher))}
	x := &st.x
	var pub Publisher
	if a.Publisher != "" {
		pub = lex.Publisher(a.Publisher)
		x.home = pub.Home
	} else if p, ok := lex.masthead(a); ok {
		x.home = p.Home // (the outlet of the first line: its officials' side)
	}
	x.st = st
	x.history, x.out = x.st.history, x.st.out
	if len(x.st.byEntry) < lex.nameEntries {
		x.st.byEntry = make([]*entity, lex.nameEntries)
	}
	x.ents.byEntry, x.ents.touched = x.st.byEntry, x.st.touched
	x.ents.use(&x.st.ents)
	x.read()
	x.representatives()
	x.homeSide()
	for i, p := range x.paras {
		x.paragraph(i, p)
	}
	var stmts []Statement
	if len(x.out) > 0 {
		stmts = append(make([]Statement, 0, len(x.out)), x.out...)
	}
	res := &Result{Article: a, Statements: stmts}
	if a.Publisher != "" {
		res.Publisher = pub
	}
	res.Entities = make([]Entity, 0, len(x.ents.order))
	for _, e := range x.ents.order {
		res.Entities = append(res.Entities, Entity{ID: e.ID, Name: e.Name, Person: e.Person, Class: e.Class, Title: e.Title, Known: e.Known})
	}
	// the entities live in the state: it is released once they are copied
	x.st.history, x.st.out, x.st.touched, x.st.names = x.history, x.out, x.ents.touched, x.names
	x.st.release()
	return res, nil
}

// nameLine reports whether a line is two or three capitalised words and
// nothing else, as a name over a turn is ("James Cleverly").
func nameLine(t string) bool {
	// (strings.Fields without its slice: the line is read word by word)
	words := 0
	for {
		t = strings.TrimLeftFunc(t, unicode.IsSpace)
		if t == "" {
			return words >= 2
		}
		n := strings.IndexFunc(t, unicode.IsSpace)
		if n < 0 {
			n = len(t)
		}
		w := t[:n]
		t = t[n:]
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if words > 3 || !unicode.IsUpper(r) || strings.ContainsAny(w, ":.,;?!()") {
			return false
		}
	}
}

// read builds the paragraphs: tokens, quotations, sentences and mentions.
func (x *extractor) read() {
	labels, questions := 0, 0
	st := x.st
	toks := st.toks[:0]
	seen := map[string]bool{}
	// paragraphs are allocated at once, so that pointers to them stay put
	if n := len(x.a.Lines); cap(st.paras) < n {
		st.paras = make([]paragraph, 0, n)
	}
	for i, l := range x.a.Lines {
		if l.Kind != LineText && l.Kind != LineHeadline {
			continue
		}
		if l.Kind == LineHeadline {
			// (a speaker's name alone on its line over each turn,
			// "Rosalind Emery", comes back and is read again)
			// a record's "Lord Ahmad of Wimbledon (Con)", a blank line
			// between; not "(SOUNDBITE OF ARCHIVED RECORDING)" nor a
			// crosshead that repeats the table of contents)
			// (Hansard's "James Cleverly" over each later turn, a blank line
			// between, too)
			t := x.a.text[l.bStart:l.bEnd]
			next := i + 1
			for next < len(x.a.Lines) && x.a.Lines[next].Kind == LineBlank && (strings.HasSuffix(t, ")") && t[0] != '(' || nameLine(t)) {
				next++
			}
			if seen[t] && !(next < len(x.a.Lines) && (x.a.Lines[next].Kind == LineText || x.a.Lines[next].Kind == LineHeadline) && strings.Count(strings.TrimSpace(t), " ") < 6) {
				continue
			}
			seen[t] = true
		}
		start := len(toks)
		// the scanners work on the line's code points, with offsets relative
		// to the line; they are moved to the file's offsets afterwards
		ln := &st.ln
		// ("[00:02:25] Dmytro Kuleba: Good evening." — a video transcript's
		// time stamp, "○HAYASHI Yoshimasa (…):" — a Diet record's mark, is
		// no part of the turn)
		mb, mc := lineMark(x.a.text[l.bStart:l.bEnd])
		l.bStart += mb
		l.Start += mc
		ln.load(x.a.text, l.bStart, l.bEnd, l.ascii())
		n := len(ln.rs)
		// appending may move the backing arrays; earlier paragraphs keep
		// their old ones
		toks = tokenizeSrc(ln.rs, ln, x.lex, 0, n, toks)
		noColon := strings.IndexByte(x.a.text[l.bStart:l.bEnd], ':') < 0
		if !noColon { // (a time stamp in a label has colons)
			if k := start + dropLabelTime(toks[start:]); k < len(toks) {
				toks = toks[:k]
				ln.marks = appendMarks(ln.marks[:0], toks[start:]) // (tokens were moved)
			}
		}
		x.toks = toks
		st.paras = append(st.paras, paragraph{Start: l.Start, End: l.End, Toks: toks[start:len(toks):len(toks)], Headline: l.Kind == LineHeadline,
			noColon: noColon, noParen: strings.IndexByte(x.a.text[l.bStart:l.bEnd], ')') < 0})
		p := &st.paras[len(st.paras)-1]
		if !p.Headline {
			q0 := len(st.quotes)
			st.quotes = appendQuotesMarks(st.quotes, ln.rs, 0, n, p.Toks, ln.marks)
			p.Quotes = st.quotes[q0:len(st.quotes):len(st.quotes)]
		}
		s0 := len(st.sents)
		st.sents = appendSentencesMarks(st.sents, ln.rs, 0, n, p.Toks, ln.marks)
		p.Sents = st.sents[s0:len(st.sents):len(st.sents)]
		m0 := len(st.ments)
		st.ments = x.ents.appendMentions(st.ments, ln, p.Toks, p.Quotes)
		p.Ments = st.ments[m0:len(st.ments):len(st.ments)]
		// (the scanners above read no concepts: the terms are matched in
		// the pass that moves the tokens to the file's offsets)
		p.Info = x.lex.annotateConcepts(p.Toks, l.Start)
		p.shift(l.Start)
		if e, end := x.label(p); e != nil && !(p.Headline && !capitalLabel(p.Toks, end)) && !headlineLabel(p.Toks, end) {
			// (a headline "Kremlin: No-one tells us where to move our
			// troops" on a live page names whom its story is about; a
			// transcript's label is in capitals or starts a sentence)
			p.Label, p.LabelEnd = e, end
			labels++
		} else if end < 0 {
			questions++
		} else if p.Narration {
			questions++ // (a turn of the transcript, not a speaker's)
			p.skipLabel(end)
		}
		st.pp = append(st.pp, p)
	}
	st.toks = toks
	x.paras = st.pp
	labels += x.repeatedLabels() + x.officeStops() + x.nameLines()
	// In a transcript, unlabelled paragraphs continue the last speaker.
	if labels >= 2 || labels == 1 && questions > 0 {
		x.transcript = true
		// "Briefing by Foreign Ministry Spokeswoman Maria Zakharova": the
		// opening remarks before the first label are hers
		var cur *entity
		if e, k := x.speechBy(); e != nil {
			for _, p := range x.paras[k+1:] {
				if p.Label != nil || p.LabelEnd < 0 {
					break
				}
				if !p.Headline {
					p.Label, p.LabelEnd = e, p.Start
				}
			}
		}
		asking := false // an asker's label alone on its line: the lines below ask
		// ("DW: … What exactly is Moscow asking for?" / "Katrin Haverbeck:
		// …" / "DW: Why …?" / "Because …": an interview that labels the
		// guest's first answer only; the answers after it are the guest's)
		var answerer *entity
		asked := false
		for _, p := range x.paras {
			switch {
			case p.Label != nil:
				cur, asking, asked = p.Label, false, false
				answerer = p.Label
			case p.LabelEnd < 0 || p.Narration:
				cur = nil // "Question:", the correspondent
				asking = p.LabelEnd < 0 && len(p.Toks) > 0 && p.Toks[len(p.Toks)-1].Text == ":"
				asked = p.LabelEnd < 0 && !asking && len(p.Toks) > 0 && p.Toks[len(p.Toks)-1].Text == "?"
			case asked && answerer != nil && !p.Headline && len(p.Quotes) == 0 && !recordNote(p) && !unknownLabel(p):
				p.Label, p.LabelEnd = answerer, p.Start
				cur, asked = answerer, false
			case asking && !p.Headline:
				p.LabelEnd = -1 // ("Chairman Tadeusz Wrona (PiS):" / "Thank you, Minister. … Is that true?")
			case recordNote(p) || unknownLabel(p):
				// "STATEMENT OF HON. JAMES E. RISCH, U.S. SENATOR FROM
				// IDAHO", "[The prepared statement of Ms. Nuland follows:]":
				// the record's headings and notes, nobody's words; a label
				// no one was found for ends the turn, and asks when it asks
				// ("RIA Novosti: Russia has proposed a ban …. What is
				// China's position?")
				cur = nil
				if asks(p) && unknownLabel(p) {
					p.LabelEnd = -1
				}
			case cur != nil:
				p.Label, p.LabelEnd = cur, p.Start
			}
		}
		x.hostAsks()
		x.membersAsk()
	} else {
		for _, p := range x.paras {
			p.Label = nil
		}
		if !x.speech() && !x.expertSections() {
			x.interview()
		}
	}
}

// jumpListSections reads a page of experts' reactions that lists them at
// the top, each with the heading of their section ("Iryna Bondarchuk: Kyiv
// can breathe—for now" / … / "Kyiv can breathe—for now" / the expert's
// paragraphs): the paragraphs under each listed heading, up to the next
// heading, are that expert's words, in the first person and without
// quotation marks. It reports whether the page is one.
func (x *extractor) jumpListSections() bool {
	type entry struct {
		heading string
		e       *entity
	}
	var list []entry
	for _, p := range x.paras {
		if !p.Headline {
			continue
		}
		i := 2
		for i < len(p.Toks) && i <= 4 && p.Toks[i].Text != ":" {
			i++
		}
		if i > 4 || i+1 >= len(p.Toks) || !personName(p.Toks[:i]) {
			continue
		}
		var e *entity
		if len(p.Ments) > 0 && p.Ments[0].Kind == mPerson && p.Ments[0].T0 == 0 && p.Ments[0].T1 == i && x.resolveInto(&p.Ments[0]) {
			e = p.Ments[0].Ent
		} else {
			e = x.unknownNamed(p.Toks[:i], "")
		}
		if e != nil && e.Person {
			list = append(list, entry{strings.TrimSpace(x.a.Span(p.Toks[i+1].Start, p.End)), e})
		}
	}
	if len(list) < 3 {
		return false
	}
	found := 0
	var cur *entity
	for _, p := range x.paras {
		if p.Headline {
			cur = nil
			heading := strings.TrimSpace(x.a.Span(p.Start, p.End))
			for _, l := range list {
				if heading == l.heading {
					cur = l.e
					found++
				}
			}
			continue
		}
		if cur != nil && len(p.Toks) > 0 {
			p.Label, p.LabelEnd = cur, p.Start
		}
	}
	if found > 0 {
		x.transcript = true
	}
	return found > 0
}

// expertSections reads a page of several experts' reactions, each under a
// one-sentence biography ("Miriam Okonkwo-Hale is a nonresident senior
// fellow in …"): the paragraphs after a biography, up to the next, are
// that expert's words, in the first person and without quotation marks.
// Three biographies at least, or two on a page that calls itself the
// experts' reactions. It reports whether it read the page so.
func (x *extractor) expertSections() bool {
	if x.jumpListSections() || x.nameHeadSections() {
		return true
	}
	type bio struct {
		k     int
		e     *entity
		after bool // "—Marguerite Olander is …" under the words, closing them
	}
	var bios []bio
	for k, p := range x.paras {
		if p.Headline || len(p.Toks) > 70 || len(p.Ments) == 0 || len(p.Quotes) > 0 {
			continue
		}
		m := &p.Ments[0]
		after := m.T0 == 1 && p.Toks[0].Text == "-"
		if m.Kind != mPerson || m.T0 != 0 && !after || m.T1+1 >= len(p.Toks) || p.Toks[m.T1].Lower != "is" {
			continue
		}
		switch p.Toks[m.T1+1].Lower {
		case "a", "an", "the":
		default:
			if x.lex.infoOf(&p.Toks[m.T1+1])&(wTitle|wQual) == 0 {
				continue // (but "… is director of the Forward Defense practice")
			}
		}
		if x.resolveInto(m) && m.Ent.Person {
			bios = append(bios, bio{k, m.Ent, after})
		}
	}
	if len(bios) < 2 || len(bios) < 3 && !strings.Contains(strings.ToLower(x.a.Title), "experts") {
		return false
	}
	if bios[0].after {
		// each biography closes its expert's words: the paragraphs above
		// it, up to the section's heading or the biography before
		for j, b := range bios {
			x.paras[b.k].LabelEnd = -1
			for i := b.k - 1; i >= 0 && !x.paras[i].Headline && (j == 0 || i > bios[j-1].k); i-- {
				if q := x.paras[i]; len(q.Toks) > 0 {
					q.Label, q.LabelEnd = b.e, q.Start
				}
			}
		}
		x.transcript = true
		return true
	}
	for j, b := range bios {
		end := len(x.paras)
		if j+1 < len(bios) {
			end = bios[j+1].k
		}
		x.paras[b.k].LabelEnd = -1 // (the biography is the page's)
		for _, q := range x.paras[b.k+1 : end] {
			if q.Headline || len(q.Toks) == 0 {
				continue
			}
			q.Label, q.LabelEnd = b.e, q.Start
		}
	}
	x.transcript = true
	return true
}

// nameHeadSections reads a page of experts' comments each under its
// expert's name alone on a line and a title line below it ("Dr Eleanor
// Whitcombe" / "Senior Research Fellow, Russia and Eurasia Programme"), or
// the name and the title after a colon on one line ("Gregory Ashdown:
// Senior fellow at the Eurasia Center"):
// the paragraphs up to the next name are the expert's words. It needs two
// such heads.
func (x *extractor) nameHeadSections() bool {
	type head struct {
		n, k int // the name line and the title line (the same line: "Name: Title")
		e    *entity
	}
	var heads []head
	title := true // (the page's title is no head: "Experts React: The US and NATO Answer …")
	for k, p := range x.paras {
		first := title && p.Headline
		title = title && !p.Headline
		if k+1 >= len(x.paras) || len(p.Toks) > 30 || len(p.Quotes) > 0 || first {
			continue
		}
		if e := x.colonHead(p); e != nil {
			heads = append(heads, head{k, k, e})
			continue
		}
		if k+2 >= len(x.paras) || len(p.Ments) == 0 {
			continue
		}
		m := &p.Ments[0]
		if m.Kind != mPerson {
			continue
		}
		named := true // (before the name, only "Dr", "Professor", "Ms", "Col. (ret.)")
		for i := 0; i < m.T0; i++ {
			tx := p.Toks[i].Text
			named = named && (x.lex.infoOf(&p.Toks[i])&(wTitle|wQual) != 0 || addressTerm(tx) || tx == "Dr" || tx == "Prof" || tx == "." || tx == "(" || tx == ")" || tx == "ret")
		}
		t := x.paras[k+1]
		title := t.Toks
		if m.T1 != len(p.Toks) || len(p.Ments) != 1 || len(p.Toks) > 6 || len(t.Ments) > 0 && t.Ments[0].Kind == mPerson {
			continue
		}
		if !named || len(title) == 0 || len(title) > 25 || title[len(title)-1].Text == "." {
			continue
		}
		titled := false
		for i := range title {
			titled = titled || x.lex.infoOf(&title[i])&(wTitle|wQual) != 0
		}
		if titled && x.resolveInto(m) && m.Ent.Person {
			heads = append(heads, head{k, k + 1, m.Ent})
		}
	}
	if len(heads) < 2 {
		return false
	}
	// (each head opens a section of its own: "Ilana Brandt, Senior Fellow
	// …" over "Marcus Oyelaran, Fellow …" is a page's list of authors)
	for j, h := range heads {
		if j+1 < len(heads) && heads[j+1].n <= h.k+1 {
			return false
		}
	}
	for j, h := range heads {
		end := len(x.paras)
		if j+1 < len(heads) {
			end = heads[j+1].n
		}
		x.paras[h.n].LabelEnd, x.paras[h.k].LabelEnd = -1, -1 // (the page's)
		for _, q := range x.paras[h.k+1 : end] {
			if !q.Headline && len(q.Toks) > 0 {
				q.Label, q.LabelEnd = h.e, q.Start
			}
		}
	}
	x.transcript = true
	return true
}

// colonHead returns the expert a line names before a colon (or a comma)
// and a title after it ("Gregory Ashdown: Senior fellow at the Eurasia
// Center", "Col. (ret.) Thomas Rennick: Nonresident senior fellow …"),
// given name known or not, or nil.
func (x *extractor) colonHead(p *paragraph) *entity {
	if e := x.headAt(p, ":"); e != nil {
		return e
	}
	// ("Tobias Lindqvist-Aro, Senior Fellow, GMF Berlin", "Dr. Amara
	// Okonjo-Reyes, Director, Transatlantic Security Program": a comma)
	return x.headAt(p, ",")
}

// headAt is colonHead with the name ending at the first sep.
func (x *extractor) headAt(p *paragraph, sep string) *entity {
	toks := p.Toks
	c := 0
	for c < len(toks) && c < 10 && toks[c].Text != sep {
		c++
	}
	if c == len(toks) || c == 10 || c+2 >= len(toks) || toks[len(toks)-1].Text == "." {
		return nil
	}
	n := c // the name: the two or three capitalised words before the colon
	words := 0
	for n > 0 && words < 3 {
		if toks[n-1].Word && toks[n-1].Cap {
			n--
			words++
			continue
		}
		// ("Lindqvist-Aro": a double-barrelled surname)
		if n >= 2 && toks[n-1].Text == "-" && toks[n-2].Word && toks[n-2].Cap && toks[n-1].Start == toks[n-2].End && toks[n].Start == toks[n-1].End {
			n--
			continue
		}
		break
	}
	if words < 2 || !spaced(toks[n:c]) || inCapitals(toks[c-1].Text) {
		return nil
	}
	// (not a title line: "Senior Research Fellow, Russia and Eurasia Programme")
	if sep == "," {
		for i := n; i < c; i++ {
			if x.lex.infoOf(&toks[i])&(wTitle|wQual) != 0 {
				return nil
			}
		}
	}
	for _, t := range toks[:n] { // (before it, a rank: "Col. (ret.)", "Dr.")
		if t.Word && !t.Cap && t.Lower != "ret" || sep == "," && t.Word && !isHonorific(t.Text) && !addressTerm(t.Text) {
			return nil
		}
	}
	// (a title: short, capitalised, no sentence in it — not "LRT English:
	// Moscow wants … How seriously do you take that?")
	// ("Helena Strand, senior policy fellow, Wider Europe programme": after
	// a comma the title may be in lower case)
	if len(toks)-c > 17 || !toks[c+1].Cap && sep == ":" {
		return nil
	}
	titled := false
	for i := c + 1; i < len(toks); i++ {
		if t := toks[i].Text; t == "." && i+1 < len(toks) || t == "?" || t == "!" || t == ":" || t == "-" && toks[i].Start > toks[i-1].End {
			return nil // (nor a newsletter's "Brussels Playbook: Answers on paper — Helmets for Kyiv")
		}
		titled = titled || x.lex.infoOf(&toks[i])&(wTitle|wQual) != 0
	}
	if !titled || !personName(toks[n:c]) || x.pubLower != "" && publisherLabel(strings.ToLower(x.a.Span(toks[n].Start, toks[c-1].End)), x.pubLower) {
		return nil
	}
	return x.namedPerson(toks[n:c], x.a.Span(toks[c+1].Start, toks[len(toks)-1].End))
}

// hostAsks makes the turns of a podcast's or a programme's host, labelled
// by name like the guests' ("Lena Hartwick: Welcome to the Arms Control
// Today podcast. … Two guests join me"), questions: what the host says
// introduces and asks, as a "HOST:" label's turns do.
func (x *extractor) hostAsks() {
	var host *entity
	for _, p := range x.paras {
		if p.Label == nil || p.Label == host {
			continue
		}
		// (a speaker the lexicon knows opening a press conference with
		// "welcome to" is no host)
		if !p.Label.Known && hostWords(p.Toks) {
			host = p.Label
			break
		}
	}
	if host == nil {
		host = x.interviewer()
	}
	if host == nil {
		return
	}
	asks := false
	for _, p := range x.paras {
		asks = asks || p.Label == host && len(p.Toks) > 0 && p.Toks[len(p.Toks)-1].Text == "?"
	}
	if !asks {
		return
	}
	for _, p := range x.paras {
		if p.Label == host {
			p.Label, p.LabelEnd = nil, -1
		}
	}
}

// membersAsk marks a record's paragraph that addresses a minister or a
// secretary ("Minister,", "Madam Secretary,") and ends in a question ("Thank you! Minister, the Americans have
// said that …. Does it not mean that …?"): a member asking takes no
// position, though the words stay theirs.
func (x *extractor) membersAsk() {
	for _, p := range x.paras {
		n := len(p.Toks)
		if p.Label == nil || n < 4 || p.Toks[n-1].Text != "?" {
			continue
		}
		from := 0
		if p.LabelEnd > p.Start {
			for from < n && p.Toks[from].Start < p.LabelEnd {
				from++
			}
		}
		for i := from; i+1 < n && i < from+12; i++ {
			// a vocative at a sentence's start: "Minister,", "Madam
			// Minister,", "Mr Secretary,"
			if p.Toks[i+1].Text != "," || !(p.Toks[i].Lower == "minister" || p.Toks[i].Lower == "secretary") {
				continue
			}
			k := i
			if k > from && (addressTerm(p.Toks[k-1].Text) || p.Toks[k-1].Text == "Madam" || p.Toks[k-1].Text == "Prime") {
				k--
			}
			if k == from || p.Toks[k-1].Text == "!" || p.Toks[k-1].Text == "." {
				p.Asks = true
				break
			}
		}
	}
}

// interviewer returns the speaker labelled by name whose turns are
// questions, two in three or more ("Helen Carver: What does Russia want to
// come out of Geneva today?"), when the lexicon does not know them and
// somebody else answers: a presenter, or nil.
func (x *extractor) interviewer() *entity {
	type count struct{ turns, asks int }
	counts := map[*entity]*count{}
	var order []*entity
	var last *entity
	for _, p := range x.paras {
		if p.Label == nil || p.Label == last {
			last = p.Label
			continue // (a turn's later paragraphs)
		}
		last = p.Label
		c := counts[p.Label]
		if c == nil {
			c = &count{}
			counts[p.Label] = c
			order = append(order, p.Label)
		}
		c.turns++
		if n := len(p.Toks); n > 0 && p.Toks[n-1].Text == "?" {
			c.asks++
		}
	}
	if len(order) < 2 {
		return nil
	}
	for _, e := range order {
		if c := counts[e]; !e.Known && c.turns >= 3 && 3*c.asks >= 2*c.turns {
			return e
		}
	}
	return nil
}

// hostWords reports whether a turn is a host's: it welcomes the listeners
// or the guests who join them ("Welcome to the … podcast", "joins me now",
// "thank you for joining us", "You've been listening to").
func hostWords(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i].Lower, toks[i+1].Lower, toks[i+2].Lower
		switch {
		case a == "welcome" && b == "to" && (c == "the" || c == "this"),
			(a == "joins" || a == "join" || a == "joining") && (b == "me" || b == "us"),
			a == "been" && b == "listening" && c == "to":
			return true
		}
	}
	return false
}

// unknownLabel reports whether a paragraph opens with a name label no one
// was found for ("Nick Schifrin: At the U.S. mission, …", a correspondent
// the article never introduces): it ends the turn before it.
func unknownLabel(p *paragraph) bool {
	t := p.Toks
	for k := 2; k <= 3 && k < len(t); k++ {
		if t[k].Text == ":" {
			return t[0].Cap && t[0].Word && t[k-1].Cap && t[k-1].Word
		}
		if !t[k].Word || !t[k].Cap {
			return false
		}
	}
	return false
}

// asks reports whether a paragraph puts a question.
func asks(p *paragraph) bool {
	for i := range p.Toks {
		if p.Toks[i].Text == "?" {
			return true
		}
	}
	return false
}

// recordNote reports whether a paragraph is a transcript's heading in
// capitals or a note in square brackets.
func recordNote(p *paragraph) bool {
	t := p.Toks
	if len(t) == 0 {
		return false
	}
	if t[0].Text == "[" && t[len(t)-1].Text == "]" {
		return true
	}
	return wordsIn(t) >= 3 && capsWords(t)
}

// speech reads a page that prints one person's statement ("Statement by
// Permanent Representative … Alexander Lukashevich at the special meeting
// …", "Remarks by …", "Speech by …"): the paragraphs after that line are
// the person's own words, as under a transcript label.
func (x *extractor) speech() bool {
	e, k := x.speechBy()
	if e == nil {
		return false
	}
	// a compilation of statements ("Statement by the European Union",
	// "Statement by the Delegation of Ukraine / As delivered by Ambassador
	// Yevhenii Tsymbaliuk"): each heading hands the words below it to whom
	// it names, and one that names no one to nobody
	for j := k + 1; j < len(x.paras); j++ {
		q := x.paras[j]
		if q.Headline {
			if h, ok := x.speechHeading(j, q, false); ok {
				e = h
			}
			continue
		}
		// ("Speaking at a briefing today, the official representative of
		// the Ministry, M.V.Zakharova, underlined: “…”", "“…,” she said":
		// a page's report of another person's quoted words is theirs)
		if e != nil && !e.Person && x.reportsQuote(q) {
			continue
		}
		if e != nil && q.LabelEnd >= 0 { // (a reporter's "Q." asks)
			q.Label, q.LabelEnd = e, q.Start
		}
	}
	x.transcript = true
	return true
}

// reportsQuote reports whether a paragraph quotes a person it names (or a
// pronoun stands for) with a speech verb outside the quotation.
func (x *extractor) reportsQuote(p *paragraph) bool {
	if len(p.Quotes) == 0 {
		return false
	}
	verb, person := false, false
	for i := range p.Toks {
		t := &p.Toks[i]
		if !inQuotes(p.Quotes, t.Start) && (isWordOf(t, wSpeech, speechVerbs) || x.isVerb(t)) {
			verb = true
		}
	}
	for i := range p.Ments {
		m := &p.Ments[i]
		person = person || !m.InQuote && (m.Kind == mPerson || m.Kind == mPronoun && !possessive(m))
	}
	return verb && person
}

// speechBy finds the line that names whose statement, speech or briefing
// the page prints, among its first paragraphs: the person and the line's
// index, or nil.
func (x *extractor) speechBy() (*entity, int) {
	for k, p := range x.paras {
		if k >= 12 {
			break
		}
		// a kind on a line of its own above its "by" line ("Speech\nby NATO
		// Deputy Secretary General Mircea Geoană at …"), as NATO prints it
		if len(p.Toks) == 1 && p.Toks[0].in(listSpeechKinds) && k+1 < len(x.paras) {
			if q := x.paras[k+1]; len(q.Toks) > 2 && q.Toks[0].Lower == "by" {
				for i := range q.Ments {
					if m := &q.Ments[i]; m.Kind == mPerson && x.resolveInto(m) {
						return m.Ent, k + 1
					}
				}
			}
			// or under it, the GOV.UK way: "From: Foreign, Commonwealth &
			// Development Office and Neil Bush"
			for j := k + 1; j < len(x.paras) && j <= k+6; j++ {
				q := x.paras[j]
				if len(q.Toks) < 3 || q.Toks[0].Lower != "from" || q.Toks[1].Text != ":" {
					continue
				}
				for i := range q.Ments {
					if m := &q.Ments[i]; m.Kind == mPerson && x.resolveInto(m) && m.Ent.Person {
						return m.Ent, j
					}
				}
			}
		}
		if e, ok := x.speechHeading(k, p, true); ok {
			if e == nil {
				return nil, 0
			}
			return e, k
		}
	}
	return nil, 0
}

// possessiveSpeech returns the person a heading of fewer than forty words
// names as the owner of the words below it ("Maria Zakharova's answers to
// media questions", "Sergey Lavrov's remarks and answers"), or nil.
func (x *extractor) possessiveSpeech(p *paragraph) *entity {
	toks := p.Toks
	// (not a question: "What did Putin's remarks on February 1 tell us?")
	if len(toks) >= 40 || len(p.Quotes) > 0 || toks[len(toks)-1].Text == "." || toks[len(toks)-1].Text == "?" {
		return nil
	}
	for i := range p.Ments {
		m := &p.Ments[i]
		if m.Kind != mPerson || m.T0 > 10 || m.T1+1 >= len(toks) {
			continue
		}
		k := m.T1
		switch {
		case toks[k].Text == "'s" || toks[k].Text == "’s":
			k++
		case (toks[k].Text == "'" || toks[k].Text == "’") && toks[k+1].Lower == "s":
			k += 2
		default:
			continue
		}
		if k < len(toks) && speechNouns[toks[k].Lower] && x.resolveInto(m) && m.Ent.Person {
			return m.Ent
		}
	}
	return nil
}

// speechKinds open a line that says whose words follow ("Speech by …").
var speechKinds = map[string]bool{"statement": true, "speech": true, "remarks": true, "address": true, "opening": true, "keynote": true, "briefing": true, "comment": true}

// speechNouns name someone's spoken words in a heading.
var speechNouns = map[string]bool{"answers": true, "remarks": true, "statement": true, "speech": true, "comments": true,
	"comment": true, "briefing": true, "address": true, "opening": true, "introductory": true}

// speechHeading reports whether paragraph k is a line that says whose
// statement, speech or briefing follows, and whom it names (nil for none).
// Only the first such line of a page may name its masthead's organisation
// by default.
func (x *extractor) speechHeading(k int, p *paragraph, first bool) (*entity, bool) {
	toks := p.Toks
	// ("Brest: Press remarks by High Representative Josep Borrell …",
	// "Informal meeting of foreign affairs ministers (Gymnich), Brest, 13-14
	// January 2022: press remarks by …": the place or the meeting before a
	// colon, and the press's remarks, are remarks)
	// (a line without a colon has no ":" token: its loops are skipped)
	for c := 1; !p.noColon && c+3 < len(toks) && c < 30; c++ {
		if toks[c].Text != ":" {
			continue
		}
		r := toks[c+1:]
		if r[0].Lower == "press" {
			r = r[1:]
		}
		if r[0].in(listSpeechKinds) && (r[1].Lower == "by" || r[1].Lower == "of") {
			toks = toks[c+1:]
		}
		break
	}
	if len(toks) > 3 && toks[0].Lower == "press" {
		toks = toks[1:]
	}
	if len(toks) < 3 {
		return nil, false
	}
	// ("Statement of the Head of Ukrainian Delegation at the Special Meeting
	// of the OSCE Permanent Council: Ukraine will not accept any decisions
	// about Ukraine without Ukraine": a press release's title, its news
	// after the colon)
	for c := 2; !p.noColon && c+3 < len(toks); c++ {
		if toks[c].Text == ":" && wordsIn(toks[c+1:]) >= 3 {
			return nil, false
		}
	}
	// ("Briefing of the official representative of the MFA of Russia M.V.
	// Zakharova": a machine translation's "of")
	by := false
	for j := 1; j < len(toks) && j <= 4; j++ {
		by = by || toks[j].Lower == "by" || j == 1 && toks[j].Lower == "of" && toks[0].Cap && len(toks) == len(p.Toks) // (not "Source: speech of Rau in Vienna")
	}
	// an organisation's statement page: "Foreign Ministry statement on
	// the written responses of …" — a heading, not a sentence
	if e := x.statementHeading(k, p, first); e != nil {
		return e, true
	}
	// "Foreign Ministry Spokeswoman Maria Zakharova's answers to media
	// questions at a briefing, Moscow, January 20, 2022": a person's
	// remarks, named in the possessive
	if e := x.possessiveSpeech(p); e != nil {
		return e, true
	}
	switch {
	case toks[0].in(listSpeechKinds):
	case toks[0].Lower == "as": // "As delivered by Ambassador Michael Carpenter", "As prepared for delivery by …"
		if toks[1].Lower != "delivered" && toks[1].Lower != "prepared" {
			return nil, false
		}
	default:
		return nil, false
	}
	if !by {
		return nil, false
	}
	for i := range p.Ments {
		if m := &p.Ments[i]; m.Kind == mPerson && x.resolveInto(m) {
			return m.Ent, true
		}
	}
	return nil, true
}

// statementHeading returns the organisation whose statement the heading
// paragraph k announces ("Foreign Ministry statement on …", "Statement of
// the Ministry of Foreign Affairs …"): named in it, or else the first
// organisation of the page before it (its masthead) when it is the page's
// first; nil for any other paragraph.
func (x *extractor) statementHeading(k int, p *paragraph, first bool) *entity {
	toks := p.Toks
	if len(toks) < 3 || len(toks) > 40 || toks[len(toks)-1].Text == "." {
		return nil
	}
	at := -1
	for i := 0; i < len(toks) && i < 4; i++ {
		// ("Comment by the Information and Press Department of the
		// Russian Foreign Ministry regarding …")
		if toks[i].Lower == "statement" || toks[i].Lower == "comment" {
			at = i
			break
		}
	}
	if at < 0 || at+1 >= len(toks) {
		return nil
	}
	switch toks[at+1].Lower {
	case "on", "about", "regarding", "concerning", "by", "of", "in":
	default:
		return nil
	}
	// (the scan of the paragraphs after it last: it reads the most)
	if !x.weSpeak(k + 1) {
		return nil
	}
	for i := range p.Ments {
		if m := &p.Ments[i]; m.Kind == mPerson {
			return nil // "Statement by Permanent Representative … Alexander Lukashevich": the person's
		}
	}
	// the organisation before "statement", or right after "Statement by/of"
	for i := range p.Ments {
		m := &p.Ments[i]
		if m.Kind != mActor || m.Ent == nil || m.Ent.Person {
			continue
		}
		if m.T1 <= at || at == 0 && m.T0 <= 3 {
			return m.Ent
		}
		// ("Comment by the Information and Press Department of the Russian
		// Foreign Ministry regarding …": a department of it, before the topic)
		if at == 0 && toks[0].Lower == "comment" && m.T0 <= 12 && !topicBefore(toks[:m.T0]) {
			return m.Ent
		}
	}
	if !first {
		return nil
	}
	for _, q := range x.paras[:k] {
		for i := range q.Ments {
			if m := &q.Ments[i]; m.Kind == mActor && m.Ent != nil && !m.Ent.Person {
				return m.Ent
			}
		}
	}
	return nil
}

// topicBefore reports whether a heading's words, from the third, name its
// topic ("on", "regarding", "about", "concerning", "in", "to") before an
// organisation.
func topicBefore(toks []token) bool {
	for i := 2; i < len(toks); i++ {
		switch toks[i].Lower {
		case "on", "regarding", "about", "concerning", "in", "to":
			return true
		}
	}
	return false
}

// weSpeak reports whether one of the six paragraphs from k speaks in the
// first person plural outside quotations ("We note with regret …"), as a
// statement page does and a news story under a headline does not.
func (x *extractor) weSpeak(k int) bool {
	for _, q := range x.paras[k:min(k+6, len(x.paras))] {
		for i := range q.Toks {
			if l := q.Toks[i].Lower; (l == "we" || l == "our") && !inQuotes(q.Quotes, q.Toks[i].Start) {
				return true
			}
		}
	}
	return false
}

// capitalLabel reports whether the words of a label, the tokens up to the
// offset end, are in capitals ("MR PRICE:", "DEPUTY SECRETARY SHERMAN:").
func capitalLabel(toks []token, end int) bool {
	words := 0
	for _, t := range toks {
		if t.End > end {
			break
		}
		if t.Word {
			if !inCapitals(t.Text) {
				return false
			}
			words++
		}
	}
	return words > 0
}

// headlineLabel reports whether a paragraph that opens with a label is a
// live page's headline ("Kremlin: NATO’s military development of Ukraine
// ‘a direct threat’"): a few words after it and no full stop, question
// or exclamation mark at their end, as a speech would have.
func headlineLabel(toks []token, end int) bool {
	words := 0
	last := ""
	for i := range toks {
		t := &toks[i]
		if t.Start < end {
			continue
		}
		if t.Word {
			if words++; words > 16 {
				return false // (a turn, read no further)
			}
		}
		if !isQuoteMark(t.Text) && t.Text != "'" && t.Text != "‘" && t.Text != "’" {
			last = t.Text
		}
	}
	return words >= 3 && last != "." && last != "?" && last != "!" && last != "…" && last != ":" && last != ","
}

// capsWords reports whether every word of toks outside parentheses is in
// capitals ("SERGEI RYABKOV, … MINISTER (through translator)").
func capsWords(toks []token) bool {
	var c capsScan
	return c.upTo(toks, len(toks))
}

// capsScan is capsWords of toks[:n] for a growing n, each token read once.
type capsScan struct {
	n      int // the tokens read
	words  int // the words in capitals among them, outside parentheses
	paren  bool
	others bool // a word not in capitals
}

// upTo reads toks up to n and reports capsWords(toks[:n]).
func (c *capsScan) upTo(toks []token, n int) bool {
	for ; c.n < n && !c.others; c.n++ {
		t := &toks[c.n]
		switch t.Text {
		case "(":
			c.paren = true
		case ")":
			c.paren = false
		}
		if t.Word && !c.paren {
			if !inCapitals(t.Text) {
				c.others = true
			}
			c.words++
		}
	}
	return !c.others && c.words > 0
}

// inCapitals reports whether strings.ToUpper(s) == s, without making the
// upper-case copy: no rune has an upper case of its own, and no byte is
// invalid UTF-8 (ToUpper would write U+FFFD for it).
func inCapitals(s string) bool {
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' {
				return false
			}
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		case unicode.ToUpper(r) != r:
			return false
		}
	}
	return true
}

// outletLabel reports whether a label is an outlet's name in capitals
// with a slash ("RFE/RL:"), asking.
func outletLabel(toks []token) bool {
	slash := false
	for i := range toks {
		switch {
		case toks[i].Text == "/":
			slash = true
		case !toks[i].Word || strings.ToUpper(toks[i].Text) != toks[i].Text:
			return false
		}
	}
	return slash && len(toks) <= 5
}

// wordsIn counts the words among toks.
func wordsIn(toks []token) int {
	n := 0
	for i := range toks {
		if toks[i].Word {
			n++
		}
	}
	return n
}

// castLabel reads a broadcast transcript's label: a name in capitals, a
// comma and a title, up to the colon at toks[i] ("SERGEI RYABKOV, RUSSIAN
// DEPUTY FOREIGN MINISTER (through translator):"). An anchor, host or
// correspondent asks; anybody else speaks, known to the gazetteer or by a
// first name it knows. ok is false when toks[:i] is not such a label.
func (x *extractor) castLabel(p *paragraph, toks []token, i int) (*entity, int, bool) {
	c := -1
	for k := 1; k < i; k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 0 || c > 4 {
		return nil, 0, false
	}
	if !capsWords(toks[:c]) {
		// "Wendy Sherman, U.S. Deputy Secretary of State:", "Sergei Ryabkov,
		// Russian Deputy Foreign Minister (through translator):" — a name and
		// a title in title case, nothing said in between
		if !titleCaseLabel(toks[:c], toks[c+1:i]) {
			return nil, 0, false
		}
		if e, n := x.lex.names.match(toks[:c]); e != nil && n == c && e.kind == kindPerson {
			return x.ents.person(e.id), toks[i].End, true
		}
		if c == 2 {
			if e := x.firstNamed(toks[0], toks[1]); e != nil {
				return e, toks[i].End, true
			}
		}
		return nil, 0, false
	}
	for k := c + 1; k < i; k++ {
		if l := toks[k].Lower; l == "byline" || l == "correspondent" && !hasWord(toks[c+1:i], "anchor") {
			// "TOMAS HALVORSEN, BYLINE:", "…, CNN SENIOR INTERNATIONAL
			// CORRESPONDENT:" — a reporter tells what others said
			x.narrators = append(x.narrators, toks[c-1].Text)
			p.Narration = true
			return nil, toks[i].End, true
		}
	}
	for k := c + 1; k < i; k++ {
		if l := toks[k].Lower; toks[k].in(listAskers) || l == "anchor" || l == "host" {
			x.hosts = append(x.hosts, toks[c-1].Text)
			p.LabelEnd = -1
			return nil, -1, true
		}
	}
	name := make([]token, 0, c)
	for _, t := range toks[:c] {
		if t.Word && len(t.Text) > 1 {
			t.Text = titleWord(t.Text)
		}
		name = append(name, t)
	}
	if e := x.knownPerson(name); e != nil {
		return e, toks[i].End, true
	}
	if len(name) == 2 {
		if e := x.firstNamed(name[0], name[1]); e != nil {
			return e, toks[i].End, true
		}
	}
	return nil, 0, false
}

// dotDashLabel reads a French interview's turn labels: a name with its
// surname in capitals, a full stop and a dash ("Alexei MESHKOV. - I would
// not …"); the outlet's own ("LE FIGARO. - Last week …") asks. ok is false
// when the paragraph opens with no such label.
func (x *extractor) dotDashLabel(p *paragraph) (*entity, int, bool) {
	toks := p.Toks
	i := 1
	for i < len(toks) && i <= 4 && toks[i].Word && toks[i].Cap {
		i++
	}
	if i+2 >= len(toks) || toks[i].Text != "." || toks[i+1].Text != "-" || !toks[0].Word || !toks[0].Cap {
		return nil, 0, false
	}
	caps := false
	name := make([]token, i)
	for k, t := range toks[:i] {
		if len(t.Text) > 1 && inCapitals(t.Text) {
			caps = true
			t.Text = titleWord(t.Text)
		}
		name[k] = t
	}
	if !caps {
		return nil, 0, false
	}
	if x.pubLower != "" && publisherLabel(strings.ToLower(x.a.Span(toks[0].Start, toks[i-1].End)), x.pubLower) {
		p.LabelEnd = -1
		return nil, -1, true
	}
	e := x.knownPerson(name)
	if e == nil && i == 2 {
		e = x.firstNamed(name[0], name[1])
	}
	if e == nil {
		return nil, 0, false
	}
	return e, toks[i+1].End, true
}

// slashPartyLabel reads the Eduskunta's turn labels: a member's name and
// party after a slash ("Jussi-Pekka Rantala /kok:", the clock mark before
// it dropped already). ok is false when the paragraph opens with no such
// label.
func (x *extractor) slashPartyLabel(p *paragraph) (*entity, int, bool) {
	toks := p.Toks
	// ("14.09 Jussi-Pekka Rantala /kok:": the minutes' clock time first)
	if len(toks) > 5 && allDigits(toks[0].Text) && toks[1].Text == "." && allDigits(toks[2].Text) {
		toks = toks[3:]
	}
	i := 0
	for i < len(toks) && i < 6 && (toks[i].Word && toks[i].Cap || toks[i].Text == "-" && i > 0) {
		i++
	}
	if i < 2 || i+3 >= len(toks) || toks[i].Text != "/" || !toks[i+1].Word || toks[i+1].Cap || len(toks[i+1].Text) > 5 || toks[i+2].Text != ":" {
		return nil, 0, false
	}
	if !spaced(toks[:i]) {
		return nil, 0, false
	}
	return x.namedPerson(toks[:i], ""), toks[i+2].End, true
}

// titleCaseLabel reports whether name is capitalised words and title
// capitalised words, function words and a note in parentheses: a
// transcript's "Name, Title:" label, not a sentence.
func titleCaseLabel(name, title []token) bool {
	for _, t := range name {
		if !t.Word || !t.Cap {
			return false
		}
	}
	depth := 0
	for _, t := range title {
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case depth > 0 || !t.Word || t.Cap:
		default:
			switch t.Lower {
			case "of", "the", "for", "and", "to", "on", "in":
			default:
				return false
			}
		}
	}
	return len(title) > 0
}

// interview reads an interview printed without labels: questions are
// paragraphs of their own that end in a question mark, and the paragraphs
// after them, in the first person and without quotation marks, are the
// answers of the person the article introduced first.
func (x *extractor) interview() {
	if x.dashInterview() {
		return
	}
	// (a title above the body that asks, "Is There Still a Diplomatic
	// Off-Ramp for Russia and the West?", is no question put to anyone)
	bodyStart := -1
	for _, p := range x.paras {
		if !p.Headline {
			bodyStart = p.Start
			break
		}
	}
	isQuestion := func(p *paragraph) bool {
		if p.Start < bodyStart {
			return false
		}
		n := len(p.Toks)
		// ("**Is any of it acceptable to the West?**": in bold)
		for n > 1 && (p.Toks[n-1].Text == "*" || p.Toks[n-1].Text == "_") {
			n--
		}
		return n > 1 && n < 60 && p.Toks[n-1].Text == "?" && len(p.Quotes) == 0
	}
	// (not "US": "The US and NATO have rejected …" is nobody's answer)
	firstPerson := func(p *paragraph) bool {
		return (len(p.Quotes) == 0 || quotedAnswer(p)) && firstPersonIn(p.Toks)
	}
	// an interview's answers speak in the first person, mostly; an
	// explainer's subheads ("What is on Russia's list?") are followed by
	// prose about others
	questions, firstAnswers, labelled := 0, 0, 0
	for k, p := range x.paras {
		if isQuestion(p) {
			questions++
			if p.LabelEnd < 0 {
				labelled++ // ("DW: Is any of this acceptable to the West?")
			}
			// (or a turn that opens with a dash: "– Two things. …")
			if k+1 < len(x.paras) && (firstPerson(x.paras[k+1]) || dashOpens(x.paras[k+1])) {
				firstAnswers++
			}
		}
	}
	// (an asker's label on two questions or more makes it an interview
	// whatever the person of the answers, and so does a kicker that calls
	// it a Q&A when an answer speaks in the first person: "Commentary |
	// Q&A")
	if questions < 2 || 2*firstAnswers <= questions && labelled < 2 && !(firstAnswers > 0 && x.qaKicker()) {
		return
	}
	who := x.interviewee(isQuestion)
	if who == nil {
		return
	}
	// the paragraph right after a question answers it; the ones after that
	// go on answering while they speak in the first person
	// (an answer that opens with a dash, "– Two things. …", goes on up to
	// the next question whatever its person: the dash marks the turn)
	// (a paragraph between two questions is the answer's too, whatever its
	// person: "Ukraine in NATO would mean NATO bases …"; after the last
	// question only one in the first person is)
	lastQuestion := -1
	for k, p := range x.paras {
		if isQuestion(p) {
			lastQuestion = k
		}
	}
	answering, first, dashed := false, false, false
	for k, p := range x.paras {
		switch {
		case isQuestion(p):
			p.LabelEnd, answering, first, dashed = -1, true, true, false
		case answering && (firstPerson(p) || first && (len(p.Quotes) == 0 || dashOpens(p) || quotedAnswer(p)) || dashed && (len(p.Quotes) == 0 && len(p.Toks) >= 8 || dashOpens(p)) ||
			k < lastQuestion && (len(p.Quotes) == 0 || quotedAnswer(p)) && !p.Headline):
			if first {
				dashed = dashOpens(p)
			}
			p.Label, p.LabelEnd = who, p.Start
			if dashOpens(p) || quotedAnswer(p) {
				p.LabelEnd = p.Toks[1].Start // (the dash, or the quotation mark, is no part of the answer)
			}
			x.transcript, first = true, false
		default:
			answering = false
		}
	}
}

// interviewee is whom an interview's questions are put to: the person the
// first question addresses by name and a comma ("DW: Ms Brenneisen, Moscow put two draft
// treaties on the table …"), else the first person the article names (not
// "Annalena Baerbock" of the news before the interview, when the first
// question names the interviewee).
func (x *extractor) interviewee(isQuestion func(*paragraph) bool) *entity {
	for _, p := range x.paras {
		if !isQuestion(p) {
			continue
		}
		for i := range p.Ments {
			m := &p.Ments[i]
			if m.T0 > 5 {
				break
			}
			// (not whom it asks about: "What did Putin's remarks … tell us?",
			// "President Putin said on Tuesday that …")
			if m.T1 >= len(p.Toks) || p.Toks[m.T1].Text != "," {
				continue
			}
			if m.Kind == mPerson && !m.InQuote && x.resolveInto(m) && m.Ent.Person && !m.Ent.Historical {
				return m.Ent
			}
		}
		break
	}
	if e := x.guest(isQuestion); e != nil {
		return e
	}
	if e := x.introduced(isQuestion); e != nil {
		return e
	}
	// the person the introduction names most often ("Andrei Kelin, Russia's
	// ambassador …, says" / "Andrei Kelin, who has represented Moscow …" /
	// "Kelin had watched …"), not the first the headline names ("Putin's
	// man in London")
	if e := x.mostNamedBefore(isQuestion); e != nil {
		return e
	}
	for _, e := range x.ents.order {
		if e.Person && !e.Historical {
			return e
		}
	}
	return nil
}

// mostNamedBefore returns the person named most often in the paragraphs
// before an interview's first question, when named at least three times
// and more often than anyone else, or nil.
func (x *extractor) mostNamedBefore(isQuestion func(*paragraph) bool) *entity {
	counts := map[*entity]int{}
	for _, p := range x.paras {
		if isQuestion(p) {
			break
		}
		for i := range p.Ments {
			if m := &p.Ments[i]; m.Kind == mPerson && !m.InQuote && x.resolveInto(m) && m.Ent.Person && !m.Ent.Historical {
				counts[m.Ent]++
			}
		}
	}
	var best *entity
	top, second := 0, 0
	for e, c := range counts {
		switch {
		case c > top:
			best, top, second = e, c, top
		case c > second:
			second = c
		}
	}
	if top >= 3 && top > second {
		return best
	}
	return nil
}

// introduced returns the person one of the two paragraphs before an
// interview's first question opens with ("Halina Drozdowska, director of
// … She spoke to POLITICO on Wednesday."), or nil: the guest, not the
// newsmaker of the lead above ("Vladimir Putin said on Tuesday …").
//
// A headline that names someone ("Alexander Grushko: the answer of NATO
// ignores the main question") names the guest already: nil.
func (x *extractor) introduced(isQuestion func(*paragraph) bool) *entity {
	for _, p := range x.paras[:min(2, len(x.paras))] {
		for i := range p.Ments {
			if p.Headline && p.Ments[i].Kind == mPerson {
				return nil
			}
		}
	}
	first := -1
	for k, p := range x.paras {
		if isQuestion(p) {
			first = k
			break
		}
	}
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		p := x.paras[k]
		for i := range p.Ments {
			m := &p.Ments[i]
			if m.Kind != mPerson || m.InQuote || m.T0-m.TitleRun > 2 {
				continue
			}
			if x.resolveInto(m) && m.Ent.Person && !m.Ent.Historical {
				return m.Ent
			}
		}
	}
	return nil
}

// guest returns the person the introduction before the first question
// says was asked ("Meduza asked Kirill Zaslavsky, a military analyst …",
// "DW spoke to …", "We talked with …") or answers ("… Daniel Morrow
// explains …"), or nil.
func (x *extractor) guest(isQuestion func(*paragraph) bool) *entity {
	for _, p := range x.paras {
		if isQuestion(p) {
			break
		}
		if e := x.guestIn(p); e != nil {
			return e
		}
	}
	return nil
}

// guestIn returns the person a paragraph says was asked or answers, or nil.
func (x *extractor) guestIn(p *paragraph) *entity {
	for i := range p.Ments {
		m := &p.Ments[i]
		at := m.T0 - m.TitleRun
		// ("We asked Dr. Elena Vasquez-Hartley, …": past the honorific)
		if at >= 2 && p.Toks[at-1].Text == "." && isAddress(&p.Toks[at-2]) {
			at -= 2
		} else if at >= 1 && isAddress(&p.Toks[at-1]) {
			at--
		}
		// ("Hromadske's Ostap Kovalenko talked with her about …": the
		// person the introduction named before)
		// ("her" may be an object: "talked with her about …")
		if m.Kind == mPronoun && !m.InQuote && at >= 1 && guestBefore(p.Toks, at) && (!possessive(m) || lowerIs(m.Text, "her")) {
			if e := x.lastPersonBefore(p, m.T0-4, m.Gender); e != nil {
				return e
			}
			continue
		}
		if m.Kind != mPerson || m.InQuote {
			continue
		}
		after := guestVerbAfter(p.Toks, m.T1)
		if !(at >= 1 && guestBefore(p.Toks, at) || after) {
			continue
		}
		// ("… spoke with Bloomberg Television's Rachel Stenson": the
		// outlet's journalist, who asks; "spoke with Wendy Sherman's team":
		// nobody's guest)
		// (but "CFR's Daniel Morrow explains …" is the guest)
		if !after && at >= 1 && (possessiveAt(p.Toks, at-1) || at >= 2 && possessiveAt(p.Toks, at-2)) || possessiveAt(p.Toks, m.T1) {
			continue
		}
		if x.resolveInto(m) && m.Ent.Person && !m.Ent.Historical {
			return m.Ent
		}
	}
	return nil
}

// guestVerbAfter reports whether a guest verb follows a name that ends
// before toks[j], or the title in apposition after it ("Artyom Sokolovsky,
// Senior Research Fellow at …, answered questions from …").
func guestVerbAfter(toks []token, j int) bool {
	if j < len(toks) && toks[j].Text == "," {
		for k := j + 1; k < len(toks) && k <= j+24; k++ {
			if toks[k].Text == "," {
				j = k + 1
				break
			}
		}
	}
	return j < len(toks) && guestVerbs[toks[j].Lower]
}

// lastPersonBefore returns the last person of the gender (or of none known)
// named outside quotations in p before its token end (not the subject of
// the verb before a pronoun: "Novaya Gazeta spoke to him", "Hromadske's
// Ostap Kovalenko talked with her"), or else in the paragraphs before p; or nil.
func (x *extractor) lastPersonBefore(p *paragraph, end int, gender string) *entity {
	k := 0
	for k < len(x.paras) && x.paras[k] != p {
		k++
	}
	if k == len(x.paras) {
		return nil
	}
	for ; k >= 0; k-- {
		q := x.paras[k]
		for i := len(q.Ments) - 1; i >= 0; i-- {
			m := &q.Ments[i]
			if q == p && m.T1 > end {
				continue
			}
			if m.Kind != mPerson || m.InQuote || !x.resolveInto(m) || !m.Ent.Person || m.Ent.Historical {
				continue
			}
			if gender == "" || m.Ent.Gender == "" || m.Ent.Gender == gender {
				return m.Ent
			}
		}
	}
	return nil
}

// quotedAnswer reports whether a paragraph is one quotation with no one
// named to say it, as a radio station's web interview prints its guest's
// answers ("“It gave Russia a lot of things Russia did not ask for …"):
// it opens with the quotation, which runs to the paragraph's end, closed or
// not.
func quotedAnswer(p *paragraph) bool {
	if len(p.Quotes) != 1 || len(p.Toks) < 6 || !isQuoteMark(p.Toks[0].Text) {
		return false
	}
	q := p.Quotes[0]
	return q.Open == p.Toks[0].Start && (!q.Closed || q.Close >= p.Toks[len(p.Toks)-2].Start)
}

// guestVerbs after a person in an interview's introduction make them the
// one who answers ("CFR's Daniel Morrow explains what Moscow wanted …").
var guestVerbs = map[string]bool{"answered": true, "explains": true, "discusses": true, "answers": true, "assesses": true, "unpacks": true, "analyses": true, "analyzes": true}

// guestBefore reports whether the words before toks[at] make whoever
// stands there the one asked: "asked", "interviewed", "spoke to", "talked
// with", "sat down with".
func guestBefore(toks []token, at int) bool {
	switch toks[at-1].Lower {
	case "asked", "interviewed", "asks", "interviews":
		return true
	case "to", "with":
		// ("spoke to", "spoke on Wednesday with", "sat down with")
		for k := at - 2; k >= 0 && k >= at-5; k-- {
			switch toks[k].Lower {
			case "spoke", "talked", "speaks", "spoken", "speaking", "down": // (not "talks with", a noun)
				return true
			}
		}
	}
	return false
}

// addressedByPatronymic returns the person named before the first turn
// whose given name opens the first question with a patronymic after it
// ("— Andrei Nikolaevich, the ministry insists …"), or nil.
func (x *extractor) addressedByPatronymic(isTurn func(*paragraph) bool) *entity {
	for _, p := range x.paras {
		if !isTurn(p) {
			continue
		}
		if len(p.Toks) < 3 || !p.Toks[1].Cap || !patronymic(p.Toks[2].Lower) {
			return nil
		}
		// (the first person named, when the name is theirs in another
		// spelling: "Sergey Alekseevich" is Sergei Ryabkov)
		addressed := foldGiven(p.Toks[1].Lower)
		for _, e := range x.ents.order {
			given, _, _ := strings.Cut(e.Name, " ")
			if e.Person && !e.Historical && foldGiven(strings.ToLower(given)) == addressed {
				return e
			}
		}
		return nil
	}
	return nil
}

// foldGiven folds the transliteration variants of a lower-case given name
// ("sergey", "sergei"; "andrey", "andrei"; "aleksandr", "alexander").
func foldGiven(w string) string {
	w = givenFolder.Replace(w)
	if strings.HasSuffix(w, "andr") {
		w = w[:len(w)-1] + "er"
	}
	return w
}

var givenFolder = strings.NewReplacer("ey", "ei", "iy", "i", "y", "i", "ks", "x")

// qaKicker reports whether a line at the top of the article calls it a
// Q&A ("Commentary | Q&A").
func (x *extractor) qaKicker() bool {
	// ("… What it means — a Q&A with Helena Marsh": the front matter's title)
	if t := x.a.Title; strings.Contains(t, "Q&A") || strings.Contains(t, "Q & A") {
		return true
	}
	for i, l := range x.a.Lines {
		if i >= 12 {
			break
		}
		t := x.a.text[l.bStart:l.bEnd]
		if strings.Contains(t, "Q&A") || strings.Contains(t, "Q & A") || strings.Contains(t, "Q. & A.") {
			return true
		}
		// ("INTERVIEW" above the title, "Interview by Nathan Pierce, Deputy
		// Editor" under it)
		// ("Expert comment" over a think tank's questions to its expert)
		if t = strings.TrimSpace(t); strings.EqualFold(t, "interview") || strings.HasPrefix(t, "Interview by ") || strings.EqualFold(t, "expert comment") {
			return true
		}
	}
	return false
}

// dashOpens reports whether a paragraph opens with a dash before a word
// ("– Two things."; the tokenizer writes every dash as "-").
func dashOpens(p *paragraph) bool {
	return len(p.Toks) > 1 && p.Toks[0].Text == "-" && p.Toks[1].Word
}

// dashInterview reads an interview printed as turns that open with a
// dash, as Russian and Ukrainian papers print them ("— Sergei
// Alekseyevich, was there any progress?" / "— The conversation was
// difficult …"): the turns alternate, the first a question, and the
// answers are the person the article introduced first.
func (x *extractor) dashInterview() bool {
	// (the tokenizer writes every dash as "-"; a list of bullets has no
	// questions among its items)
	dash := dashOpens
	turns, asked := 0, 0
	for _, p := range x.paras {
		if dash(p) {
			turns++
			if p.Toks[len(p.Toks)-1].Text == "?" {
				asked++
			}
		}
	}
	if turns < 4 || asked < 2 {
		return false
	}
	// the guest the introduction says was asked ("Izvestia spoke to Pavel
	// Drozdovsky, …"), else the person the first question addresses by
	// name and patronymic ("— Andrei Nikolaevich, …" is Andrei Zavolzhsky,
	// not the Ryabkov of the lead), else the first person it names
	who := x.guest(dash)
	if who == nil {
		who = x.addressedByPatronymic(dash)
	}
	for _, e := range x.ents.order {
		if who == nil && e.Person && !e.Historical {
			who = e
		}
	}
	if who == nil {
		return false
	}
	// (an answer may run over paragraphs without a dash, up to the next
	// turn; what follows the last turn — a reference box, the byline — is
	// no answer)
	last := -1
	for k, p := range x.paras {
		if dash(p) {
			last = k
		}
	}
	question, answering := true, false
	for k, p := range x.paras {
		if !dash(p) {
			// ("Later in the programme, LRT RADIO spoke to Rūta
			// Vaitkevičiūtė, a senior researcher …": the next guest, asked)
			if e := x.guestIn(p); e != nil && k < last && e != who {
				who, question, answering = e, true, false
				continue
			}
			if answering && k < last && p.Label == nil && p.LabelEnd == 0 && len(p.Toks) > 0 {
				p.Label, p.LabelEnd = who, p.Toks[0].Start
			}
			continue
		}
		// (turns alternate, but an answer may run over two dashed
		// paragraphs: a turn after an answer that asks nothing and speaks
		// in the first person is the answer going on)
		if question && answering && p.Toks[len(p.Toks)-1].Text != "?" && firstPersonIn(p.Toks) {
			question = false
		}
		if question {
			p.LabelEnd = -1
		} else {
			p.Label, p.LabelEnd = who, p.Toks[1].Start
		}
		answering = !question
		question = !question
	}
	x.transcript = true
	return true
}

// shift moves the offsets of the paragraph's quotations, sentences and
// mentions from its line's to the file's (annotateConcepts moves its
// tokens').
func (p *paragraph) shift(base int) {
	for i := range p.Quotes {
		q := &p.Quotes[i]
		q.Start, q.End, q.Open, q.Close = q.Start+base, q.End+base, q.Open+base, q.Close+base
	}
	for i := range p.Sents {
		p.Sents[i].Start += base
		p.Sents[i].End += base
	}
	for i := range p.Ments {
		p.Ments[i].Start += base
		p.Ments[i].End += base
	}
}

// askers are transcript labels of people who ask rather than answer: their
// paragraphs take no position, and they end the previous speaker's turn.
var askers = map[string]bool{"question": true, "q": true, "questions": true, "moderator": true, "journalist": true,
	"reporter": true, "interviewer": true, "host": true, "anchor": true, "participant": true, "audience": true,
	"correspondent": true, "press": true, "media": true}

// label recognises a transcript speaker label at the start of a paragraph:
// "Sergey Lavrov:", "Deputy Secretary Sherman:", "MS. PSAKI:", "Question:",
// "MODERATOR:", the White House's "Q  Thank you, Jen." without a colon, and an
// interview's "A:" for the person it introduced.
// A label names its speaker; a question returns -1 as its end.
func (x *extractor) label(p *paragraph) (*entity, int) {
	toks := p.Toks
	// "Q Mr Price, …", "Q. Mr High Representative, …": a reporter asks
	if len(toks) > 1 && toks[0].Text == "Q" && (toks[1].Word && toks[1].Start > toks[0].End ||
		len(toks) > 2 && toks[1].Text == "." && toks[2].Word && toks[2].Start > toks[1].End) {
		p.LabelEnd = -1
		return nil, -1
	}
	if e, end, ok := x.recordLabel(p); ok {
		return e, end
	}
	if e, end, ok := x.verbatimLabel(p); ok {
		return e, end
	}
	if e, end, ok := x.dotDashLabel(p); ok {
		return e, end
	}
	if e, end, ok := x.slashPartyLabel(p); ok {
		return e, end
	}
	if p.noColon {
		return nil, 0 // (each reading below ends at a colon)
	}
	var caps capsScan // capsWords(toks[:i]) as i grows
	// "The MINISTER OF FOREIGN AFFAIRS, EUROPEAN UNION AND COOPERATION
	// (Albares Bueno):" — an office in capitals may run long before the name
	// in parentheses
	paren := max(parenLabelEnd(toks), officeLabelEnd(toks), memberLabelEnd(toks))
	// ("Wendy Sherman, U.S. Deputy Secretary of State:": a name, a comma and
	// a title may run longer too)
	named := len(toks) > 4 && toks[0].Cap && toks[1].Cap && (toks[2].Text == "," || toks[2].Cap && toks[3].Text == ",") ||
		len(toks) > 4 && addressTerm(toks[0].Text) // "Mr. Nebenzia (Russian Federation) (spoke in Russian):"
	// ("Secretary of State in the Ministry of Foreign Affairs Marcin
	// Przydacz:" — a label alone on its line may run long)
	alone := len(toks) > 2 && len(toks) < 30 && toks[len(toks)-1].Text == ":" && toks[0].Cap
	// (or longer when it closes a parenthesis: "Ms. Catherine Vallières-Rowe
	// (Assistant Deputy Minister, Europe, Arctic, Middle East and Maghreb,
	// Department of Foreign Affairs, Trade and Development):")
	long := 20
	if named {
		for c := 20; c < len(toks) && c < 40; c++ {
			if toks[c].Text == ":" {
				if toks[c-1].Text == ")" {
					long = c + 1
				}
				break
			}
		}
	}
	// ("Minister of Foreign Affairs of the Czech Republic Jan Lipavský:" —
	// an office that opens with a title word may run long before the name)
	office := len(toks) > 4 && x.lex.infoOf(&toks[0])&wTitle != 0
	for i := 0; i < len(toks) && (i < 10 || i < 28 && caps.upTo(toks, i) || i <= paren || named && i < long || office && i < 16 || alone); i++ {
		if toks[i].Text != ":" {
			continue
		}
		// "EU: TABLE MANNERS" — a newsletter's rubric in capitals, not a turn
		if rest := toks[i+1:]; wordsIn(rest) >= 2 && capsWords(rest) && rest[len(rest)-1].Word {
			return nil, 0
		}
		// "Chairman:", "Chair Feldhoff:" — who presides, giving the floor
		// (toks[1] is ":" when i is 1: the second reading wants i from 2)
		// ("Chair of the Chamber Markéta Pekarová Adamová:")
		if i == 1 && (toks[0].in(listChairs) || toks[0].in(listPresidents)) || i >= 2 && i <= 4 && toks[1].Cap && toks[0].in(listChairs) ||
			i >= 4 && i <= 9 && toks[0].in(listChairs) && toks[1].Lower == "of" ||
			i == 3 && toks[0].Lower == "an" && toks[2].in(listChairs) ||
			i == 2 && toks[0].Lower == "the" && toks[1].in(listChairs) {
			p.LabelEnd = -1
			return nil, -1
		}
		// "The President: Kari Mjøsvold – follow-up question." — a
		// parliament's president gives the floor, unless the article names
		// a president who speaks ("THE PRESIDENT:" of a White House
		// transcript)
		if i == 2 && toks[0].Lower == "the" && toks[1].in(listPresidents) {
			if e := x.titledPerson(toks[1:2]); e != nil {
				return e, toks[i].End
			}
			p.LabelEnd = -1
			return nil, -1
		}
		// "HALVORSEN:" — the correspondent again
		// "MARSH:" — the host again, asking
		if i == 1 && contains(x.hosts, toks[0].Text) {
			p.LabelEnd = -1
			return nil, -1
		}
		if i == 1 && contains(x.narrators, toks[0].Text) {
			p.Narration = true
			return nil, toks[i].End
		}
		// "WENDY SHERMAN, U.S. DEPUTY SECRETARY OF STATE:", "ANA CABRERA,
		// CNN ANCHOR:" — a broadcast transcript's name and title in capitals
		if e, end, ok := x.castLabel(p, toks, i); ok {
			return e, end
		}
		// "I. Bērziņa-Ozola (Ministry of Foreign Affairs):", "R. Kols
		// (Chair):" — a committee's minutes: an initial and a surname
		if i >= 3 && initialAt(toks, 0) {
			if e, chair, ok := x.initialLabel(toks[:i]); chair {
				p.LabelEnd = -1
				return nil, -1
			} else if ok {
				return e, toks[i].End
			}
		}
		// ("PRESS SECRETARY JOHN F. KIRBY:" is a title, not the press asking)
		// ("Question [Pavel Rudnev, TASS]:" — the asker and the outlet in brackets)
		if i <= 6 && toks[0].in(listAskers) && !(i > 1 && x.lex.infoOf(&toks[1])&wTitle != 0) || i == 2 && toks[0].Lower == "the" && toks[1].in(listAskers) ||
			i > 3 && toks[0].in(listAskers) && (toks[1].Text == "[" || toks[1].Text == "(") && (toks[i-1].Text == "]" || toks[i-1].Text == ")") {
			p.LabelEnd = -1
			return nil, -1
		}
		// "Jaana Kivistö /kok:" — a member's name and the party after a slash
		if i >= 4 && toks[i-2].Text == "/" && toks[i-1].Word && len(toks[i-1].Text) <= 5 && personName(toks[:i-2]) {
			if e, n := x.lex.names.match(toks[:i-2]); e != nil && n == i-2 && e.kind == kindPerson {
				return x.ents.person(e.id), toks[i].End
			}
			return x.unknownNamed(toks[:i-2], ""), toks[i].End
		}
		// "Official Spokesperson, Shri Arindam Bagchi:" — an office, a
		// comma and the name
		if e := x.officeThenName(toks[:i]); e != nil {
			return e, toks[i].End
		}
		// "Khatia Mchedlishvili, Head of the NATO Integration Department,
		// Ministry of Foreign Affairs:" — the name, a comma and the office;
		// "Nikoloz Samkharadze, Chairman of the Committee:" chairs and asks
		if e, chair := x.nameThenOffice(toks[:i]); chair {
			p.LabelEnd = -1
			return nil, -1
		} else if e != nil {
			return e, toks[i].End
		}
		// "Nia Pritchard (Cardiff Northgate) (Lab):", "Henrike Albrecht
		// (CDU/CSU):", "The Minister for Europe (James Cleverly):" — a
		// parliament's record
		if i >= 4 && (toks[i-1].Text == ")" || toks[i-1].Text == "]") {
			if e := x.memberLabel(toks[:i]); e != nil {
				return e, toks[i].End
			}
		}
		// "Michael Harding (Sky News):" — a journalist and the outlet, asking;
		// "Jens Stoltenberg (NATO Secretary General):" — a speaker and a title
		if i >= 4 && (toks[i-1].Text == ")" || toks[i-1].Text == "]") {
			// "Mr. Nebenzia (Russian Federation) (spoke in Russian):",
			// "Mrs. Thomas-Greenfield (United States of America):" — a UN
			// record: a form of address, a surname, the country
			if addressTerm(toks[0].Text) {
				f := 1
				for f < i && toks[f].Text != "(" && toks[f].Text != "[" {
					f++
				}
				if e := x.honorificNamed(toks[:f]); e != nil {
					return e, toks[i].End
				}
			}
			for j := i - 2; j >= 1; j-- {
				if toks[j].Text != "(" && toks[j].Text != "[" { // ("Jens Stoltenberg [NATO Secretary General]:")
					continue
				}
				// "The CHAIR (Ms Navarro Cuesta):" — who chairs a hearing asks;
				// "The MINISTER OF FOREIGN AFFAIRS (Albares Bueno):" — a
				// parliament's record: the office, and the name in parentheses
				if k := 0; j <= 3 {
					if toks[0].Lower == "the" {
						k = 1
					}
					if j == k+1 && (toks[k].in(listChairs) || toks[k].in(listAskers)) {
						p.LabelEnd = -1
						return nil, -1
					}
				}
				if e := x.honorificNamed(toks[j+1 : i-1]); e != nil {
					return e, toks[i].End
				}
				if e, n := x.lex.names.match(toks[:j]); e != nil && n == j && e.kind == kindPerson {
					return x.ents.person(e.id), toks[i].End
				}
				// ("Pavel Lyubimov (RIA Novosti):" — a journalist and the
				// outlet, asking; no family name in capitals)
				if x.outletNote(toks[j+1:i-1]) && personName(toks[:j]) {
					p.LabelEnd = -1
					return nil, -1
				}
				// a Diet record's names, the family name first in capitals:
				// "Minister for Foreign Affairs (HAYASHI Yoshimasa):",
				// "SHIRASAKA Kenta (Constitutional Democratic Party of Japan):"
				if e := x.familyFirst(toks[j+1 : i-1]); e != nil {
					return e, toks[i].End
				}
				if e := x.familyFirst(toks[:j]); e != nil && j == 2 {
					return e, toks[i].End
				}
				// "Minister for Foreign Affairs (Deputy Simon Coveney):" — a
				// title before the name in parentheses
				if inner := dropAddress(toks[j+1:i-1], func(t *token) bool { return x.lex.infoOf(t)&wTitle != 0 }); len(inner) < i-1-(j+1) {
					if e := x.knownPerson(inner); e != nil {
						return e, toks[i].End
					}
				}
				// "Prime Minister of Hungary Viktor Orban (retranslated):" —
				// a titled speaker and a note on the translation
				if translationNote(toks[j+1 : i-1]) {
					for _, m := range p.Ments {
						if m.T1 == j && m.Ent != nil && (m.Kind == mPerson || m.Kind == mActor) {
							return m.Ent, toks[i].End
						}
					}
				}
				// "Sen. Jim Risch (R-ID):" — a member of Congress and the
				// party and state
				if usPartyTag(toks[j+1 : i-1]) {
					name := dropAddress(toks[:j], func(t *token) bool { return congressTitles[strings.TrimSuffix(t.Text, ".")] })
					if personName(name) {
						return x.namedPerson(name, ""), toks[i].End
					}
				}
				// ("Oleksandr Merezhko (Chair):" gives the floor)
				if i-1 == j+2 && toks[j+1].in(listChairs) {
					p.LabelEnd = -1
					return nil, -1
				}
				titled := false
				for _, t := range toks[j+1 : i-1] {
					titled = titled || x.lex.infoOf(&t)&wTitle != 0
				}
				if titled && j == 2 && toks[0].Cap && toks[1].Cap {
					if e := x.firstNamed(toks[0], toks[1]); e != nil {
						return e, toks[i].End
					}
				}
				// ("Hanna Kovalchuk (Deputy Minister of Defence):", "Hon. Mélanie
				// Joly (Minister of Foreign Affairs):": a name, perhaps after a
				// form of address, and an office in parentheses, whatever the
				// given name)
				name := dropAddress(toks[:j], nil)
				if titled && personName(name) && !x.outletNote(toks[j+1:i-1]) {
					return x.namedPerson(name, x.a.Span(toks[j+1].Start, toks[i-2].End)), toks[i].End
				}
				// "Minister of State Dr Tobias Lindner (Federal Foreign
				// Office):" — an office, the name its mention reads, and the
				// ministry in parentheses
				// (not who chairs: "Chairman Tadeusz Wrona (PiS):" asks)
				if x.lex.infoOf(&toks[0])&wTitle != 0 && !toks[0].in(listChairs) && !toks[0].in(listPresidents) {
					for _, m := range p.Ments {
						if m.T1 == j && m.T0 > 0 && m.Kind == mPerson && m.Ent != nil && m.Ent.Person {
							return m.Ent, toks[i].End
						}
					}
				}
				if toks[0].Cap && toks[j-1].Word && !titled {
					p.LabelEnd = -1
					return nil, -1
				}
				break
			}
		}
		// "A:" in an interview: the person it introduced, the first one it names
		// ("We asked Daniel R. Whitcombe, a nonresident senior fellow …":
		// the guest the introduction says was asked, before anyone named)
		if i == 1 && (toks[0].Text == "A" || toks[0].Lower == "answer") {
			// (the paragraphs read so far)
			// (before the first turn: "A: I spoke with Wendy Sherman's
			// team" is an answer)
			for k := range x.st.paras {
				q := &x.st.paras[k]
				if q == p || q.Label != nil || q.LabelEnd < 0 {
					break
				}
				if e := x.guestIn(q); e != nil {
					return e, toks[i].End
				}
			}
			for _, e := range x.ents.order {
				if e.Person && !e.Historical {
					return e, toks[i].End
				}
			}
			return nil, 0
		}
		// "Georgia Today:", "Interfax-Ukraine:" — the outlet that publishes
		// the interview, asking (not the country in its name)
		// ("DER SPIEGEL:" on a page of "DER SPIEGEL International", or on
		// a page with no front matter: an outlet the lexicon knows)
		// (the label in lower case is made only when one of them reads it)
		label := ""
		if i > 0 && (i <= 4 || x.pubLower != "") {
			label = strings.ToLower(strings.TrimSpace(x.a.Span(toks[0].Start, toks[i-1].End)))
		}
		if i <= 4 {
			if pub, known := x.lex.Publishers[label]; known && pub.ID != "" {
				p.LabelEnd = -1
				return nil, -1
			}
		}
		if i > 0 && x.pubLower != "" && publisherLabel(label, x.pubLower) {
			p.LabelEnd = -1
			return nil, -1
		}
		var capsName *entity // ("SERGEY LAVROV:" — a name in capitals the lexicon knows in title case is read below first)
		for _, m := range p.Ments {
			if m.T1 == i && (m.Kind == mPerson || m.Kind == mActor) {
				// ("Professor Lindqvist:" after "Professor Arvid Lindqvist,
				// Director, …": the person named in full before)
				if m.Ent != nil && !m.Ent.Known && i-m.T0 == 2 && x.lex.infoOf(&toks[m.T0])&wTitle != 0 {
					if e := x.ents.surnames[toks[m.T0+1].Text]; e != nil && e != m.Ent && e.Person {
						return e, toks[i].End
					}
				}
				if m.Ent != nil && !m.Ent.Known && capsWords(toks[:i]) {
					capsName = m.Ent
					continue
				}
				return m.Ent, toks[i].End
			}
		}
		// "DEPUTY SECRETARY SHERMAN:" — labels in capitals
		// ("PRESS SECRETARY JOHN F. KIRBY:": a middle initial is left out)
		var fixedBuf [8]token // (most labels have fewer words: no allocation)
		fixed := fixedBuf[:0]
		for k, t := range toks[:i] {
			if k+1 < i && len(t.Text) == 1 && t.Cap && toks[k+1].Text == "." || t.Text == "." && k > 0 && len(toks[k-1].Text) == 1 && toks[k-1].Cap {
				continue
			}
			// ("LLOYD J. AUSTIN III:": a generational suffix is left out too)
			if k == i-1 && k > 1 && generational(t.Text) {
				continue
			}
			if t.Word && len(t.Text) > 1 && inCapitals(t.Text) {
				t.Text = titleWord(t.Text) // ("ŻELAZNA" → "Żelazna")
			}
			fixed = append(fixed, t)
		}
		for j := range fixed {
			if e, n := x.lex.names.match(fixed[j:]); e != nil && j+n == len(fixed) {
				switch e.kind {
				case kindPerson:
					return x.ents.person(e.id), toks[i].End
				case kindActor:
					return x.ents.actor(e.id), toks[i].End
				}
			}
		}
		if capsName != nil {
			return capsName, toks[i].End // ("LORNA HALVORSEN:", whom the lexicon does not know)
		}
		// "NATO Secretary General:" under "Press conference by NATO
		// Secretary General Jens Stoltenberg" — the title of a person the
		// article has named with it, before any anonymous office
		if e := x.titledPerson(fixed); e != nil {
			return e, toks[i].End
		}
		// "SENIOR ADMINISTRATION OFFICIAL:" — an anonymous official speaks
		// for an organisation
		if e := x.anonymousOfficial(fixed); e != nil {
			return e, toks[i].End
		}
		// "N.S.:" — the initials of someone the article has named
		if e := x.initialsNamed(toks[:i]); e != nil {
			return e, toks[i].End
		}
		// "ISCHINGER:" — the surname of someone the article has named
		if i == 1 && len(fixed) == 1 {
			if e := x.ents.surnames[fixed[0].Text]; e != nil {
				return e, toks[i].End
			}
		}
		// "Korff-Arndt:", "LINDQVIST-HALE:" — a double-barrelled surname
		if i == 3 && toks[1].Text == "-" && toks[1].Start == toks[0].End && toks[2].Start == toks[1].End {
			span := x.a.Span(toks[0].Start, toks[2].End)
			if e := x.ents.surnames[span]; e != nil {
				return e, toks[i].End
			}
			if e := x.ents.surnames[titleSurnames(span)]; e != nil {
				return e, toks[i].End
			}
			// (the person the introduction named in full, "Yaroslava
			// Demchuk-Koval, 41, is a member of parliament …", whom no
			// reading took for a speaker)
			if full, title := x.namedInFull(titleSurnames(span)); full != "" {
				return x.ents.unknownOf(full, title, x.lex.FirstNames[strings.Fields(full)[0]], true), toks[i].End
			}
		}
		// "REUTERS:", "CNN:" — an outlet or anybody else in capitals the
		// lexicon does not know, asking
		if i == 1 && toks[0].Word && len(toks[0].Text) > 1 && inCapitals(toks[0].Text) || outletLabel(toks[:i]) {
			p.LabelEnd = -1
			return nil, -1
		}
		// "ALEXANDER FOMIN:", "Alexander Fomin:" — a first name and a
		// surname the lexicon does not know; the text may have given the
		// title already ("Deputy Defence Minister Alexander Fomin")
		if k := len(fixed) - 2; k >= 0 && fixed[k].Word && fixed[k+1].Word && fixed[k+1].Cap {
			if e := x.firstNamed(fixed[k], fixed[k+1]); e != nil {
				return e, toks[i].End
			}
			// "Katrin Albers:" — the full name of someone the article has
			// named ("SPD lawmaker Katrin Albers"), whatever their given name
			if e := x.ents.surnames[fixed[k+1].Text]; e != nil && k == len(fixed)-2 && strings.HasPrefix(e.Name, fixed[k].Text+" ") {
				return e, toks[i].End
			}
		}
		// "Sen. Rand Paul:" — a title and a full name the lexicon does not
		// know, whatever the given name
		if e := x.titledName(fixed); e != nil {
			return e, toks[i].End
		}
		// "Ms ORTIZ LLAMAZARES:" — a parliament's record: an honorific and
		// the surnames of someone the article has named
		if len(fixed) >= 2 && len(fixed) <= 5 && addressTerm(fixed[0].Text) {
			if e := x.honorificNamed(fixed); e != nil {
				return e, toks[i].End
			}
		}
		// "Ambassador Halloway:" — a title and the surname of someone the
		// article has named
		if len(fixed) == 2 && x.lex.infoOf(&fixed[0])&wTitle != 0 && fixed[1].Cap {
			if e := x.honorificNamed(fixed[1:]); e != nil && e.Person {
				return e, toks[i].End
			}
		}
		// "NATO Secretary General:" — a title alone, of a person the
		// article has named with it
		if e := x.titledPerson(fixed); e != nil {
			return e, toks[i].End
		}
		return nil, 0
	}
	return nil, 0
}

// usPartyTag reports whether toks are a member of Congress's party and
// state: "R-ID", "D-NJ".
func usPartyTag(toks []token) bool {
	return len(toks) == 3 && len(toks[0].Text) == 1 && strings.Contains("RDI", toks[0].Text) && toks[1].Text == "-" &&
		len(toks[2].Text) == 2 && inCapitals(toks[2].Text)
}

// congressTitles open a member of Congress's label ("Sen. Jim Risch").
var congressTitles = map[string]bool{"Sen": true, "Senator": true, "Rep": true, "Representative": true, "Chairman": true, "Chairwoman": true}

// generational reports whether a word is a name's generational suffix.
func generational(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "II", "III", "IV", "Jr", "JR", "Sr", "SR":
		return true
	}
	return false
}

// publisherLabel reports whether a label, lower-cased, is the publisher's
// name pub or the first words of it.
func publisherLabel(label, pub string) bool {
	return strings.HasPrefix(pub, label) && (len(pub) == len(label) || pub[len(label)] == ' ')
}

// anonymousOfficial returns whom an anonymous official's label speaks for:
// the organisation it names ("SENIOR STATE DEPARTMENT OFFICIAL:"), else
// the page's publisher when the lexicon knows it as an actor ("SENIOR
// ADMINISTRATION OFFICIAL:" on the White House's own page); nil for any
// other label.
func (x *extractor) anonymousOfficial(label []token) *entity {
	n := len(label)
	if n < 2 || label[0].Lower != "senior" || label[n-1].Lower != "official" && label[n-1].Lower != "officials" {
		return nil
	}
	for j := 1; j < n-1; j++ {
		if e, k := x.lex.names.match(label[j : n-1]); e != nil && k > 0 && e.kind == kindActor {
			return x.ents.actor(e.id)
		}
		// ("SENIOR ADMINISTRATION OFFICIAL:" of a White House background call)
		if label[j].Lower == "administration" && j == n-2 {
			return x.ents.actor("white-house")
		}
	}
	pt := tokenizeString(x.a.Publisher)
	for j := range pt {
		if e, k := x.lex.names.match(pt[j:]); e != nil && j+k == len(pt) && e.kind == kindActor {
			return x.ents.actor(e.id)
		}
	}
	return nil
}

// recordLabel reads the label of a Congress hearing's record, a surname in
// capitals after a form of address and closed by a full stop: "Senator
// RISCH. Thank you, Mr. Chairman.", "Ms. NULAND. We have …", "The
// CHAIRMAN. The hearing will come to order." — the chair is the person the
// record names as presiding. ok is false when p opens with no such label.
func (x *extractor) recordLabel(p *paragraph) (*entity, int, bool) {
	toks := p.Toks
	k := 0
	initials := 0
	switch {
	case len(toks) > 0 && (toks[0].Text == "The" || toks[0].Text == "THE"):
		k = 1
	case len(toks) > 0 && (addressTerm(toks[0].Text) || recordTitle(toks[0].Text)):
		k = 1
		if k < len(toks) && toks[k].Text == "." {
			k++ // "Ms. NULAND."
		}
	case len(toks) > 3 && initialAt(toks, 0):
		// "G. LANDSBERGIS. Madam Speaker, …" — a Seimas record's initials
		// and surname in capitals
		for k+1 < len(toks) && initialAt(toks, k) {
			k += 2
			initials++
		}
	case len(toks) > 4 && toks[0].Word && toks[0].Cap && utf8.RuneCountInString(toks[0].Text) > 1 && initialAt(toks, 1) && initialAt(toks, 3):
		// "Ryabkov S. A., Deputy Minister of Foreign Affairs …." / "Slutsky
		// L. E., faction LDPR. Sergei Alekseyevich, …": a State Duma
		// record's surname before its initials
		return x.surnameInitialsLabel(p)
	case len(toks) > 6 && toks[0].Text == "THE" && toks[1].in(listChairs) && toks[2].Text == "(":
		// "THE CHAIR (V. ČMILYTĖ-NIELSEN). Dear colleagues, …": who chairs asks
		for c := 3; c+1 < len(toks) && c < 12; c++ {
			if toks[c].Text == ")" && toks[c+1].Text == "." {
				p.LabelEnd = -1
				return nil, -1, true
			}
		}
		return nil, 0, false
	default:
		return nil, 0, false
	}
	j := k
	for j < len(toks) && j < k+3 && (toks[j].Word && len(toks[j].Text) > 1 && (capsSurname(toks[j].Text) || toks[j].Cap && x.titleCaseHearing()) ||
		initials > 0 && j > k && toks[j].Text == "-" && j+1 < len(toks) && capsSurname(toks[j+1].Text)) {
		j++
	}
	name := j // "O. GRIGAITIENĖ (TS-LKDF).": a party after the name
	if initials > 0 && j > k && j < len(toks) && toks[j].Text == "(" {
		for c := j + 1; c < len(toks) && c < j+8; c++ {
			if toks[c].Text == ")" {
				j = c + 1
				break
			}
		}
	}
	if j == k || j >= len(toks)-1 || toks[j].Text != "." || !toks[j+1].Word && !isQuoteMark(toks[j+1].Text) {
		return nil, 0, false
	}
	end := toks[j].End
	if k == 1 && (toks[0].Text == "The" || toks[0].Text == "THE") {
		if j != 2 || !toks[1].in(listChairs) && toks[1].Lower != "chairman" {
			return nil, 0, false
		}
		// "Hon. Robert Menendez, chairman of the committee, presiding"
		for _, q := range x.st.pp {
			for m := range q.Ments {
				mm := &q.Ments[m]
				if mm.Kind == mPerson && mm.Ent != nil && mm.T1+1 < len(q.Toks) && q.Toks[mm.T1].Text == "," &&
					(q.Toks[mm.T1+1].in(listChairs) || q.Toks[mm.T1+1].Lower == "chairman") {
					return mm.Ent, end, true
				}
			}
		}
		if toks[0].Text == "THE" {
			p.LabelEnd = -1 // "THE CHAIR. Thank you, Minister."
			return nil, -1, true
		}
		return nil, 0, false
	}
	fixed := make([]token, 0, name-k)
	for _, t := range toks[k:name] {
		t.Text = titleSurname(t.Text)
		fixed = append(fixed, t)
	}
	if e := x.knownPerson(fixed); e != nil {
		return e, end, true
	}
	// a member the chair named in full before ("Kęstutis Stasiulis, Mixed
	// Group …" for "K. STASIULIS (MSNG).")
	if initials > 0 && len(fixed) == 1 {
		if named := x.namedBefore(toks[0].Text, fixed[:1]); named != "" {
			return x.ents.unknownOf(named, "", "", true), end, true
		}
	}
	if len(fixed) == 1 {
		if e := x.ents.surnames[fixed[0].Text]; e != nil {
			return e, end, true
		}
	}
	if initials > 0 {
		full := titleSurnames(x.a.Span(toks[0].Start, toks[name-1].End))
		return x.ents.unknownOf(full, "", "", true), end, true
	}
	return nil, 0, false
}

// titleCaseHearing reports whether the article is a hearing's record whose
// turns open with labels in title case, three at least: "The Chairman.
// Good morning.", "Senator Risch. Thank you, Mr. Chairman.", "Ms. Donfried.
// Not yet, Mr. Chairman."
func (x *extractor) titleCaseHearing() bool {
	if x.hearing == 0 {
		x.hearing = -1
		n := 0
		for _, l := range x.a.Lines {
			if l.Kind != LineText {
				continue
			}
			t := strings.TrimSpace(x.a.text[l.bStart:l.bEnd])
			if hearingTurn(t) {
				n++
			}
		}
		if n >= 3 {
			x.hearing = 1
		}
	}
	return x.hearing > 0
}

// hearingTurn reports whether a line opens with a hearing's label in title
// case: "The Chairman. ", or a form of address, one capitalised word and a
// full stop ("Senator Risch. ", "Ms. Donfried. ").
func hearingTurn(t string) bool {
	// (the first letter tells the forms below apart, and most lines from them)
	switch {
	case t == "":
		return false
	case t[0] == 'T':
		return strings.HasPrefix(t, "The Chairman. ") || strings.HasPrefix(t, "The Chairwoman. ")
	case t[0] != 'S' && t[0] != 'M' && t[0] != 'D' && t[0] != 'R':
		return false
	}
	for _, a := range [...]string{"Senator ", "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Representative "} {
		if rest, ok := strings.CutPrefix(t, a); ok {
			w, after, ok := strings.Cut(rest, ". ")
			r, _ := utf8.DecodeRuneInString(w)
			return ok && after != "" && !strings.Contains(w, " ") && unicode.IsUpper(r)
		}
	}
	return false
}

// familyFirst is the person words name the Japanese way, the family name
// in capitals before the given name ("HAYASHI Yoshimasa", "KANZAKI
// Hiroshi, Director-General …"): the lexicon's, or one it does not know,
// named given name first ("Hiroshi Kanzaki"); nil for other words.
func (x *extractor) familyFirst(words []token) *entity {
	if len(words) < 2 || len(words) > 2 && words[2].Text != "," {
		return nil
	}
	fam, given := words[0], words[1]
	if !fam.Word || utf8.RuneCountInString(fam.Text) < 2 || !inCapitals(fam.Text) || !given.Word || !given.Cap || inCapitals(given.Text) {
		return nil
	}
	fam.Text = titleSurname(fam.Text)
	name := []token{given, fam}
	if e, n := x.lex.names.match(name); e != nil && n == 2 && e.kind == kindPerson {
		return x.ents.person(e.id)
	}
	return x.ents.unknownOf(given.Text+" "+fam.Text, "", x.lex.FirstNames[given.Text], true)
}

// namedBefore returns the full name of someone the paragraphs read so far
// name with a given name that starts with initial and with the surname's
// words ("Ona Grigaitienė" for "O." and "Grigaitienė", "Ilze Bērziņa-Ozola"
// for "I." and "Bērziņa-Ozola"), or "".
func (x *extractor) namedBefore(initial string, surname []token) string {
	for _, q := range x.st.pp {
		for i := 1; i+len(surname) <= len(q.Toks); i++ {
			g := &q.Toks[i-1]
			if !g.Word || !g.Cap || g.Text == initial || !strings.HasPrefix(g.Text, initial) {
				continue
			}
			k := 0
			for k < len(surname) && q.Toks[i+k].Text == surname[k].Text {
				k++
			}
			if k == len(surname) {
				return x.a.Span(g.Start, q.Toks[i+k-1].End)
			}
		}
	}
	return ""
}

// namedInFull returns the full name, a capitalised given name and the
// double-barrelled surname, that the paragraphs read so far give the
// surname ("Yaroslava Demchuk-Koval" for "Demchuk-Koval"), and what the
// introduction says the person is; or "".
func (x *extractor) namedInFull(surname string) (name, title string) {
	first, second, ok := strings.Cut(surname, "-")
	if !ok {
		return "", ""
	}
	for _, q := range x.st.pp {
		for i := 1; i+2 < len(q.Toks); i++ {
			g := &q.Toks[i-1]
			if q.Toks[i].Text == first && q.Toks[i+1].Text == "-" && q.Toks[i+2].Text == second && g.Word && g.Cap && !inCapitals(g.Text) &&
				x.lex.infoOf(g)&(wTitle|wQual) == 0 && g.End+1 == q.Toks[i].Start {
				return x.a.Span(g.Start, q.Toks[i+2].End), x.introTitle(q.Toks, i+3)
			}
		}
	}
	return "", ""
}

// introTitle returns what an introduction says a person is, from toks[k]
// on ("…, 41, is a member of parliament from … ." gives "member of
// parliament from …"), or "".
func (x *extractor) introTitle(toks []token, k int) string {
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].Lower != "is" {
			continue
		}
		if j+2 >= len(toks) || toks[j+1].Lower != "a" && toks[j+1].Lower != "an" && toks[j+1].Lower != "the" {
			return ""
		}
		end := j + 2
		for end < len(toks) && end < j+32 && toks[end].Text != "." {
			end++
		}
		return x.a.Span(toks[j+2].Start, toks[end-1].End)
	}
	return ""
}

// initialAt reports whether toks[i] is a capital initial and toks[i+1] its
// full stop ("G.").
func initialAt(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].Word && toks[i].Cap && utf8.RuneCountInString(toks[i].Text) == 1 && toks[i+1].Text == "."
}

// titleSurnames writes the words in capitals of a name as names ("G.
// LANDSBERGIS" → "G. Landsbergis", "V. ČMILYTĖ-NIELSEN" → "V.
// Čmilytė-Nielsen").
func titleSurnames(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		parts := strings.Split(w, "-")
		for k, part := range parts {
			if utf8.RuneCountInString(part) > 1 && capsSurname(part) {
				parts[k] = titleSurname(part)
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// recordTitle reports whether s addresses a member or a witness in a
// hearing's record (a switch: it is asked of every paragraph).
func recordTitle(s string) bool {
	switch s {
	case "Senator", "Representative", "Congressman", "Congresswoman", "Chairman", "Chairwoman", "Dr",
		"Secretary", "Ambassador", "General", "Admiral":
		return true
	}
	return false
}

// capsSurname reports whether a surname is written in capitals, a Scottish
// or Irish prefix aside ("MEEKS", "McCAUL", "MacDONALD").
func capsSurname(s string) bool {
	switch {
	case strings.HasPrefix(s, "Mc") && len(s) > 3:
		return inCapitals(s[2:])
	case strings.HasPrefix(s, "Mac") && len(s) > 4:
		return inCapitals(s[3:])
	}
	return inCapitals(s)
}

// titleSurname writes a surname in capitals as a name ("MEEKS" → "Meeks",
// "McCAUL" → "McCaul", "ŠALTENIS" → "Šaltenis").
func titleSurname(s string) string {
	for _, pre := range []string{"Mac", "Mc"} {
		if strings.HasPrefix(s, pre) && len(s) > len(pre)+1 {
			return pre + titleWord(s[len(pre):])
		}
	}
	return titleWord(s)
}

// titleWord keeps a word's first letter, whatever its length in bytes, and
// lower-cases the rest ("ŻELAZNA" → "Żelazna").
func titleWord(s string) string {
	_, w := utf8.DecodeRuneInString(s)
	var buf [64]byte // (one allocation: the string made of the buffer)
	return string(appendLower(append(buf[:0], s[:w]...), s[w:]))
}

// parenLabelEnd is the index of the colon of a label whose words in
// capitals (after an optional "The") run up to a name in parentheses, or -1.
func parenLabelEnd(toks []token) int {
	for j := 1; j < len(toks) && j < 28; j++ {
		if toks[j].Text != "(" {
			if t := &toks[j]; t.Word && len(t.Text) > 1 && !inCapitals(t.Text) {
				return -1 // (toks[0] may be "The")
			}
			continue
		}
		for k := j + 1; k < len(toks) && k < j+8; k++ {
			if toks[k].Text == ")" {
				if k+1 < len(toks) && toks[k+1].Text == ":" {
					return k + 1
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// officeLabelEnd is parenLabelEnd for an office in title case: "The
// Minister for Europe and North America (James Cleverly):".
func officeLabelEnd(toks []token) int {
	if len(toks) < 6 || toks[0].Text != "The" {
		return -1
	}
	for j := 1; j < len(toks) && j < 16; j++ {
		t := &toks[j]
		switch {
		case t.Text == "(" && j > 1:
			for k := j + 1; k < len(toks) && k < j+7; k++ {
				if toks[k].Text == ")" {
					if k+1 < len(toks) && toks[k+1].Text == ":" {
						return k + 1
					}
					return -1
				}
			}
			return -1
		case t.Word && (t.Cap || officeLinks[t.Lower]):
		default:
			return -1
		}
	}
	return -1
}

// memberLabelEnd is parenLabelEnd for a member's name in title case and
// one or two notes in parentheses: "Dame Harriet Ashworth (Wealden Vale)
// (Con):".
func memberLabelEnd(toks []token) int {
	j := 0
	for j < len(toks) && j < 7 && (toks[j].Word && toks[j].Cap || toks[j].Text == "-" || toks[j].Text == ".") {
		j++
	}
	if j < 2 {
		return -1
	}
	for groups := 0; groups < 2 && j < len(toks) && toks[j].Text == "("; groups++ {
		k := j + 1
		for k < len(toks) && k < j+13 && toks[k].Text != ")" {
			k++
		}
		if k >= len(toks) || toks[k].Text != ")" {
			return -1
		}
		j = k + 1
	}
	if j < len(toks) && toks[j].Text == ":" && toks[j-1].Text == ")" {
		return j
	}
	return -1
}

// officeLinks join the words of an office ("Minister for Europe and North America").
var officeLinks = map[string]bool{"for": true, "of": true, "and": true, "the": true, "on": true, "in": true}

// chairs chair a hearing or a session: their turns ask, give the floor.
var chairs = map[string]bool{"chair": true, "chairwoman": true, "chairperson": true, "presidency": true, "chairman": true, "speaker": true,
	"comhairle": true} // ("An Ceann Comhairle:", the Dáil's chair)

// addressTerm reports whether s is a form of address that comes before a
// surname in a parliament's record ("Ms ORTIZ LLAMAZARES:", "Mr SANZ DE
// VALDÉS:"). A switch, not a map: it is asked of every token of the
// paragraphs before a label.
func addressTerm(s string) bool {
	switch s {
	case "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Mx":
		return true
	}
	return false
}

// honorificNamed is the person that words naming someone by surnames, with
// or without an honorific ("Ms Ortiz Llamazares", "Albares Bueno"), refer
// to: one the gazetteer knows by the first of them, else one the article
// has named in full with those last words ("Ms Lucía Ortiz Llamazares has
// the floor"), or nil.
func (x *extractor) honorificNamed(words []token) *entity {
	gender := ""
	if len(words) > 0 && addressTerm(words[0].Text) {
		gender = "f"
		if strings.HasPrefix(words[0].Text, "Mr") {
			gender = "m"
		}
		words = words[1:]
		if len(words) > 0 && words[0].Text == "." {
			words = words[1:] // "Mr."
		}
	}
	if len(words) == 0 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		if w.Text != "-" && (!w.Word || !w.Cap && !nameParticles[w.Lower]) {
			return nil
		}
	}
	// "(Albares Bueno)": a known person by the first surname
	if e, n := x.lex.names.match(words); e != nil && e.kind == kindPerson && n >= 1 {
		return x.ents.person(e.id)
	}
	tail := make([]string, len(words))
	for k := range words {
		tail[k] = strings.ToLower(words[k].Text)
	}
	suffix := " " + strings.Join(tail, " ") // (made once, not for every person)
	for _, e := range x.ents.order {
		if e.Person && !e.Anon && strings.HasSuffix(e.nameLower.of(e.Name), suffix) {
			return e
		}
	}
	// the full name after an honorific in a paragraph before: "Mr Ignacio
	// Sanz de Valdés" for "Mr SANZ DE VALDÉS" (labels are read while the
	// paragraphs are: those before are x.st.pp)
	for _, q := range x.st.pp {
		ts := q.Toks
		for k := 1; k+len(tail) <= len(ts); k++ {
			if !addressTerm(ts[k-1].Text) {
				continue
			}
			g := k // the given names: capitalised words after the honorific
			for g < len(ts) && ts[g].Word && ts[g].Cap && !strings.EqualFold(ts[g].Text, words[0].Text) {
				g++
			}
			if g == k || g > k+2 || g+len(tail) > len(ts) {
				continue
			}
			same := true
			for m := range tail {
				same = same && strings.EqualFold(ts[g+m].Text, words[m].Text)
			}
			if !same {
				continue
			}
			name := x.a.Span(ts[k].Start, ts[g+len(tail)-1].End)
			return x.ents.unknownOf(name, "", gender, true)
		}
	}
	return nil
}

// particleName reports whether toks are a name with a particle inside it
// ("Viola von Cramon-Taubadel"): capitalised words, hyphens, and
// particles between them.
func particleName(toks []token) bool {
	words, particles := 0, 0
	for k, t := range toks {
		switch {
		case t.Text == "-" && k > 0 && k+1 < len(toks):
		case t.Word && t.Cap:
			words++
		case t.Word && nameParticles[t.Lower] && k > 0 && k+1 < len(toks):
			particles++
		default:
			return false
		}
	}
	return particles > 0 && words >= 2 && words <= 5
}

// nameParticles are the lower-case words inside a surname ("Sanz de Valdés").
var nameParticles = map[string]bool{"de": true, "del": true, "la": true, "van": true, "von": true, "der": true, "di": true, "da": true, "dos": true, "y": true}

// translationNote reports whether the words in a transcript label's
// parentheses only say how the words were translated ("retranslated",
// "through an interpreter").
func translationNote(toks []token) bool {
	words := 0
	for i := range toks {
		if !toks[i].Word {
			continue
		}
		if !translationWords[toks[i].Lower] {
			return false
		}
		words++
	}
	return words > 0
}

var translationWords = map[string]bool{"retranslated": true, "translated": true, "translation": true, "interpreted": true,
	"interpretation": true, "interpreter": true, "through": true, "via": true, "an": true, "in": true, "from": true,
	"russian": true, "english": true, "french": true, "german": true, "ukrainian": true}

// firstNamed is the person a label names by a first name the lexicon knows
// and a surname it may not ("Alexander Fomin", "Ana Cabrera"), or nil.
func (x *extractor) firstNamed(first, last token) *entity {
	g, ok := x.lex.FirstNames[first.Text]
	if !ok {
		return nil
	}
	return x.ents.unknown(first.Text+" "+last.Text, "", g)
}

// titledPerson returns the person named before whose title ends in the
// last two title words of label ("NATO Secretary General" → Jens
// Stoltenberg, "Secretary General of NATO"), when every word of label is
// a title, qualifier or actor word.
func (x *extractor) titledPerson(label []token) *entity {
	var words []string
	for k := range label {
		t := &label[k]
		if !t.Word {
			continue
		}
		info := x.lex.infoOf(t)
		if info&(wTitle|wQual) == 0 && !isActorWord(x.lex, t) {
			return nil
		}
		if info&wTitle != 0 {
			words = append(words, strings.ToLower(t.Text))
		}
	}
	if len(words) == 0 {
		return nil
	}
	if len(words) > 2 {
		words = words[len(words)-2:]
	}
	want := strings.Join(words, " ")
	for k := len(x.ents.order) - 1; k >= 0; k-- {
		if e := x.ents.order[k]; e.Person && (strings.Contains(strings.ToLower(e.Title), want) || strings.Contains(e.Styled, want)) {
			return e
		}
	}
	// ("NATO Secretary General:" under a byline the reader left out: the
	// one person of the lexicon whose title the label is)
	full := strings.ToLower(x.a.Span(label[0].Start, label[len(label)-1].End))
	var only *Person
	for _, p := range x.lex.people {
		if strings.ToLower(p.Title) == full && !p.Historical {
			if only != nil {
				return nil
			}
			only = p
		}
	}
	if only != nil {
		return x.ents.person(only.ID)
	}
	return nil
}

// participleIntro returns where the main clause's pronoun subject stands
// in a sentence that opens with a participle ("Speaking in Moscow after
// talks with Hungary's prime minister, Viktor Orbán, he said: …"): the
// names before it belong to the participle's phrase, and the pronoun
// points back past them. It returns -1 for any other sentence; mi is the
// sentence's first mention.
func participleIntro(p *paragraph, s sentence, mi int) int {
	w := &p.Toks[s.T0]
	if !w.Cap || !(strings.HasSuffix(w.Lower, "ing") || w.Lower == "asked") {
		return -1
	}
	for ; mi < len(p.Ments) && p.Ments[mi].T0 < s.T1; mi++ {
		m := &p.Ments[mi]
		if m.Kind == mPronoun && m.Gender != "n" && !possessive(m) && m.T0 > s.T0 && p.Toks[m.T0-1].Text == "," {
			return m.T0
		}
	}
	return -1
}

func (x *extractor) paragraph(pi int, p *paragraph) {
	x.sentOK = false     // (sentConcepts: the sentences of p only)
	mi := 0              // next mention to enter the history
	var doneBuf [16]bool // (a paragraph of more quotations allocates)
	quoteDone := doneBuf[:]
	if len(p.Quotes) > len(doneBuf) {
		quoteDone = make([]bool, len(p.Quotes))
	}
	quoteDone = quoteDone[:len(p.Quotes)]
	spoke := false                                                        // the transcript paragraph's own row is made
	speech := p.Label != nil && !stageDirection(x.a.Span(p.Start, p.End)) // (a labelled paragraph that is no stage direction)
	// an unclosed quotation ends at its own attribution ("…, Deputy Foreign
	// Minister Sergei Ryabkov told reporters."): before the history is
	// made, so that the speaker enters it for the pronouns after
	for qi := range p.Quotes {
		x.closeAtAttribution(p, &p.Quotes[qi])
	}
	for si, s := range p.Sents {
		toks := p.Toks[s.T0:s.T1]
		// resolve and record this sentence's mentions
		first := true
		s0 := s.T0 + datelineIn(p, p.Toks[s.T0:s.T1]) // the lead's text after "BEIJING, Feb. 5 (Xinhua) --"
		byAt := statedBy(toks)
		if byAt >= 0 {
			byAt += s.T0
		}
		intro := participleIntro(p, s, mi) // ("Speaking … after talks with …, Viktor Orbán, he said")
		for ; mi < len(p.Ments) && p.Ments[mi].T0 < s.T1; mi++ {
			m := &p.Ments[mi]
			if m.Ent == nil {
				m.Ent = x.resolve(m)
			}
			if m.Ent != nil && !m.InQuote {
				// the subject opens the sentence or the clause after an introduction
				// (a titled name counts from its title: "On Friday evening
				// Deputy Speaker of the Federation Council Konstantin Kosachev")
				at := m.T0
				if m.Kind == mPerson && m.TitleRun > 0 && m.T0-m.TitleRun >= s.T0 {
					at = m.T0 - m.TitleRun
				}
				// ("Under the treaty, Washington would …": the document speaks)
				doc := m.Kind == mRole && strings.HasPrefix(m.Role.Kind, "actor:") && at-s.T0 <= 2 && at > s.T0 &&
					(p.Toks[s.T0].Lower == "under" || p.Toks[s.T0].Lower == "in")
				// ("For Olga Lebedeva, a former diplomat, Ukraine is the heart of
				// the matter": whose view the sentence gives)
				view := m.Ent.Person && at == s.T0+1 && p.Toks[s.T0].Lower == "for" && m.T1 < len(p.Toks) && p.Toks[m.T1].Text == ","
				// ("This was stated by Ukraine's Permanent Representative to the
				// OSCE Yevhenii Tsymbaliuk": the agent of the report)
				agent := byAt >= 0 && m.T0 >= byAt && m.T0 < byAt+12 && !possessiveAt(p.Toks, m.T1)
				// ("According to the deputy minister Sergei Ryabkov, …": the
				// source the sentence reports is its speaker)
				if k := at - 1; k > s.T0 && k-s.T0 <= 3 && m.Ent.Person {
					if p.Toks[k].Lower == "the" {
						k--
					}
					agent = agent || k > s.T0 && p.Toks[k].Lower == "to" && p.Toks[k-1].Lower == "according"
				}
				sub := first && m.T0 >= intro && (doc || view || agent || !prepositional(p.Toks, at)) && (agent || at-s0 <= 8 || p.Toks[at-1].Text == ",") &&
					!(m.Kind == mPronoun && (possessive(m) || strings.EqualFold(m.Text, "him"))) // ("His American counterpart, Michael Carpenter, said"; "Facing him, the Russian ambassador …")
				// ("US Ambassador to the OSCE Michael Carpenter": past the
				// organisations of the title)
				np := mi + 1
				for np < len(p.Ments) && p.Ments[np].Kind == mActor && p.Ments[np].T0-m.T1 <= 6 {
					np++
				}
				if sub && !m.Ent.Person && np < len(p.Ments) && p.Ments[np].Kind == mPerson && x.partOfTitle(p, m, &p.Ments[np]) {
					sub = false // "U.S. Ambassador Michael Carpenter": the person is the subject
				}
				// "Russia's ambassador to the OSCE, Alexander Lukashevich,
				// told …": a possessive names whose the subject is
				if sub && !m.Ent.Person && possessiveAt(p.Toks, m.T1) {
					sub = false
				}
				ministry := !m.Ent.Person && m.Ent.Class == "Country" && ministryAfter(p.Toks, m.T1)
				if ministry && first && at-s0 <= 8 && !prepositional(p.Toks, at) {
					sub = true // "Georgia's Foreign Ministry also weighed in": the country's ministry is the subject
				}
				// ("The Russian side was represented by Permanent
				// Representative Alexander Lukashevich. He told …": the
				// delegation's head is the sentence's subject)
				// (but not one of two: "was headed by … Alexander Grushko and Fomin")
				if m.Ent.Person && at-s.T0 >= 3 && p.Toks[at-1].Lower == "by" && delegationVerbs[p.Toks[at-2].Lower] && (m.T1 >= len(p.Toks) || p.Toks[m.T1].Lower != "and") {
					for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
						x.history[i].sub = false
					}
					sub = true
				}
				x.history = append(x.history, ref{pos: m.Start, ent: m.Ent, sub: sub, ministry: ministry, text: m.Text})
				if sub {
					first = false
				}
			}
		}
		// a quotation's attribution in a later sentence ("“…. …,” said
		// Grushko."): its speaker is the subject there
		if x.qsub != nil && x.qsubPara == p {
			has := false
			for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
				has = has || x.history[i].ent == x.qsub
			}
			if has {
				for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
					x.history[i].sub = x.history[i].ent == x.qsub
				}
			}
		}
		// "…, Kremlin spokesman Dmitry Peskov told reporters.": the speaker
		// closing the sentence is its subject ("He also said …" is Peskov)
		if m := x.tailSpeaker(p, toks); m != nil && m.Ent != nil && !first {
			for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
				x.history[i].sub = x.history[i].pos == m.Start
			}
		} else if m != nil && m.Ent != nil {
			for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
				if x.history[i].pos == m.Start {
					x.history[i].sub = true
				}
			}
		}
		var date dateExpr
		hasDate := false
		if p.Info&(wDate|wNumber) != 0 { // (else no word of the paragraph may be one of a date)
			date, hasDate = findDateExpr(toks, x.pub)
		}
		// "…the written replies we received on Jan. 26 …”, Putin told
		// reporters": a day inside a quotation is what it is about, not the
		// day the words were said
		// ("Rau, who took over as chairman on January 1, told the council"
		// : a relative clause's day is another event's)
		if hasDate && p.Label == nil && (inQuotes(p.Quotes, toks[date.Start].Start) || inRelativeClause(toks, date.Start)) {
			x.st.frame = x.st.frame[:0]
			for i, t := range toks {
				if !inQuotes(p.Quotes, t.Start) && !inRelativeClause(toks, i) {
					x.st.frame = append(x.st.frame, t)
				}
			}
			date, hasDate = findDateExpr(x.st.frame, x.pub)
		}
		if d := s0 - s.T0; d > 0 {
			// "BEIJING, Feb. 5 (Xinhua) -- … released Friday": the day in
			// the text, not the dateline's
			if d2, ok := findDateExpr(toks[d:], x.pub); ok {
				date = d2
			}
		}
		x.noteAuthor(p, toks)
		if hasDate && !p.Headline && !x.old(date.Date) {
			// the subject's words of this day: later sentences about them inherit it
			// ("Scholz and Putin held talks on Tuesday": both)
			if m := x.subjectMention(p, toks, false); m != nil && m.Ent != nil {
				x.lastDate[m.Ent.ID] = date.Date
				// (what subjectMention reads, lastDate is not)
				for _, sr := range x.speakersWith(p, toks, m) {
					if sr.stance == "" {
						x.lastDate[sr.ent.ID] = date.Date
					}
				}
			}
		}
		if speech && s.End > p.LabelEnd {
			if !spoke {
				spoke = true
				// the speech is a quotation of its own, whatever it is about
				start := max(p.Start, p.LabelEnd)
				for start < p.End && spaceOrColon(x.a.runeAt(start)) {
					start++
				}
				// like a quotation, a speech of six words or more ("Sky
				// News, please." is a moderator's line, not a statement)
				if start < p.End && wordCount(p.Toks, start, p.End) >= 6 {
					x.emit(p.Label, p.Label.Name, nil, nil, x.a.Span(start, p.End), true, x.dateFor(p.Label, date, hasDate), start, p.End, nil)
				}
			}
			var next []token
			if si+1 < len(p.Sents) {
				next = p.Toks[p.Sents[si+1].T0:p.Sents[si+1].T1]
			}
			x.transcriptSentence(p, s, toks, next, date, hasDate, pi == x.questionPara+1 && si < 2)
			continue
		}
		// quotations that start in this sentence
		for qi, q := range p.Quotes {
			if quoteDone[qi] || q.Open < s.Start || q.Open >= s.End && si < len(p.Sents)-1 {
				continue
			}
			quoteDone[qi] = true
			if !x.quoteRow(q) {
				continue
			}
			x.quotation(pi, p, q, s, date, hasDate)
		}
		if p.LabelEnd < 0 {
			// a reporter's question in a transcript takes no position; the
			// answer may point back at its topics ("we do not refuse to discuss them")
			if x.questionPara != pi {
				x.question = conceptSet{}
			}
			x.question = x.question.union(x.lex.Rules.concepts(toks))
			x.questionPara = pi
			continue
		}
		x.indirect(p, s, toks, date, hasDate, conceptSet{}, false)
	}
}

// documentSubject reports whether a sentence opens with an article of a
// document or the document itself ("Article 6 of the draft treaty …",
// "The draft agreement with NATO states …"): what it quotes is the text's.
func (x *extractor) documentSubject(toks []token) bool {
	if len(toks) > 1 && (toks[0].Lower == "article" || toks[0].Lower == "clause" || toks[0].Lower == "paragraph") && isNumber(toks[1].Text) {
		return true
	}
	k := 0
	if len(toks) > 0 && toks[0].Lower == "the" {
		k = 1
	}
	if k >= len(toks) {
		return false
	}
	if k < len(toks) && (toks[k].Lower == "russian" || toks[k].Lower == "russia's") {
		k++ // "The Russian draft agreement with NATO …"
	}
	if k >= len(toks) {
		return false
	}
	e, n := x.lex.matchDoc(toks[k:])
	if e == nil || n == 0 {
		return false
	}
	// ("…, published on December 17, asks the Alliance to “…”")
	for _, t := range toks[k+n:] {
		if t.in(listDocVerbs) {
			return true
		}
	}
	return false
}

// documentSays reports whether the words before a quotation give it to a
// text: "the document states that “…”", "the 1997 Founding Act, in which
// the alliance said it would … “…”".
func documentSays(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		switch {
		case toks[i-1].in(listDocNouns) && toks[i].in(listDocVerbs):
			return true
		case toks[i-1].Lower == "in" && toks[i].Lower == "which":
			for k := max(0, i-4); k < i-1; k++ {
				if toks[k].in(listDocNouns) {
					return true
				}
			}
		}
	}
	return false
}

// docNouns name a text ("the document", "the reply", "the Founding Act").
var docNouns = map[string]bool{"document": true, "documents": true, "text": true, "letter": true, "reply": true, "response": true,
	"draft": true, "drafts": true, "paper": true, "treaty": true, "act": true, "declaration": true, "communiqué": true, "communique": true, "charter": true}

// docVerbs say what a document's text does ("the draft treaty states").
var docVerbs = map[string]bool{"asks": true, "calls": true, "states": true, "says": true, "reads": true, "commits": true, "stipulates": true, "provides": true,
	"requires": true, "obliges": true, "envisages": true, "proposes": true, "declares": true}

// isNumber reports whether s is digits or a Roman numeral ("4", "IV").
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || strings.ContainsRune("IVXLC", r)) {
			return false
		}
	}
	return true
}

// publishing verbs make their subject the author of the documents the
// text goes on to quote ("the Russian Foreign Ministry published draft
// agreements … As follows from the documents, …").
var publishing = map[string]bool{"published": true, "publishes": true, "proposed": true, "submitted": true,
	"presented": true, "released": true, "handed": true, "sent": true, "drafted": true, "offered": true, "unveiled": true}

func (x *extractor) noteAuthor(p *paragraph, toks []token) {
	if p.Info&wPublish == 0 {
		return // (most paragraphs)
	}
	for i := range toks {
		t := &toks[i]
		if x.lex.infoOf(t)&wPublish == 0 {
			continue
		}
		ms := p.ments(toks[0].Start, t.Start)
		for k := range ms {
			m := &ms[k]
			if m.End <= t.Start && m.Ent != nil && !m.Ent.Person && !m.Ent.Anon && m.Kind != mRole && !m.InQuote && i < 12 && m.Start >= toks[0].Start && !prepositional(p.Toks, m.T0) {
				x.author = m.Ent
			}
		}
		return
	}
}

// old reports whether d is more than a year before the article.
func (x *extractor) old(d time.Time) bool {
	return !x.pub.IsZero() && d.Before(x.pub.AddDate(-1, 0, 0))
}

// dateFor picks a statement's date: the sentence's own date expression, else
// the speaker's last date in this article, else in a transcript its day,
// else none (the text gives no day).
func (x *extractor) dateFor(speaker *entity, date dateExpr, has bool) string {
	var d time.Time
	// a date more than a year before the article ("forces stationed there
	// on May 27, 1997") dates what is talked about, not the statement —
	// unless the speaker is of that time
	if has && !speaker.Historical && x.old(date.Date) {
		has = false
	}
	switch {
	case has:
		d = date.Date
		x.lastDate[speaker.ID] = d
	default:
		d = x.lastDate[speaker.ID]
	}
	if d.IsZero() && x.transcript {
		d = x.pub // a transcript is of the day it was published (or dated in its text)
	}
	if d.IsZero() {
		return ""
	}
	if d != x.dateDay || x.dateText == "" {
		x.dateDay, x.dateText = d, d.Format("2006-01-02")
	}
	return x.dateText
}

func (x *extractor) emit(speaker *entity, name string, demands []string, stances []string, quote string, direct bool, date string, start, end int, evidence []token) {
	// not a window on the article's text; one copy per name
	if c, ok := x.names[name]; ok {
		name = c
	} else {
		if x.names == nil {
			x.names = map[string]string{}
		}
		c = strings.Clone(name)
		x.names[c] = c
		name = c
	}
	refs := x.lex.documents(evidence)
	if len(demands) == 0 {
		x.out = append(x.out, Statement{Doc: x.a.ID, Speaker: speaker.ID, SpeakerName: name, Quote: quote, Direct: direct, Date: date, SpanStart: start, SpanEnd: end, RefersTo: refs})
		return
	}
	for i, d := range demands {
		x.out = append(x.out, Statement{Doc: x.a.ID, Speaker: speaker.ID, SpeakerName: name, Demand: d, Stance: stances[i], Quote: quote, Direct: direct, Date: date, SpanStart: start, SpanEnd: end, RefersTo: refs})
	}
}

// quotation makes the rows of one quotation of six or more words.
func (x *extractor) quotation(pi int, p *paragraph, q quoteSpan, s sentence, date dateExpr, hasDate bool) {
	// a treaty's own words ("The United States of America shall undertake
	// to prevent further eastward expansion …"): a document's, nobody's
	// (the token ranges read more than once are found once)
	qt := tokenRange(p.Toks, q.Start, q.End)
	var before []token // the sentence before the quotation
	if q.Open > s.Start {
		before = tokenRange(p.Toks, s.Start, q.Open)
	}
	if treatyText(qt) {
		return
	}
	// ("Article 6 of the draft treaty commits Washington to prevent
	// “further eastward expansion …”": the document's words too)
	if q.Open > s.Start && (x.documentSubject(before) || documentSays(before)) {
		return
	}
	sp, name := x.quoteSpeaker(pi, p, q, s)
	if sp == nil {
		return
	}
	// words quoted in a sentence about the past ("In the 1997 Founding Act,
	// NATO had said it would … without “additional permanent stationing …”")
	if q.Open > s.Start {
		if frame := before; x.background(frame, date, hasDate) {
			if !sp.Person {
				return // a document's words
			}
			// a person's words of then ("On 9 February 1990, … James Baker told
			// Mikhail Gorbachev that there would be “not one inch …”"): a
			// quotation about none of today's demands
			x.emit(sp, name, nil, nil, x.a.Span(q.Start, q.End), true, x.dateFor(sp, date, hasDate), q.Start, q.End, nil)
			return
		}
	}
	sameVoice := x.lastQuoteSpeaker == sp && x.lastQuotePara == pi
	x.lastQuoteSpeaker, x.lastQuotePara = sp, pi
	// the speaker of a quotation is its sentence's subject for the pronouns
	// after it ("“…,” said Deputy Foreign Minister Sergei Ryabkov. The main
	// issue, he said, …"), also when the attribution comes sentences later
	if !sp.Anon {
		x.qsub, x.qsubFrom, x.qsubPara = sp, s.Start, p
		found := false
		for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
			if x.history[i].ent == sp {
				found = true
			}
		}
		if found {
			for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= s.Start; i-- {
				x.history[i].sub = x.history[i].ent == sp
			}
		}
	}
	qcs := x.lex.Rules.concepts(qt) // (the quotation's own, read once)
	cs := qcs
	// "…,” Lavrov said, referring to Russia's demand that NATO stop expanding:
	// the clause names what the quotation is about
	rest := tokenRange(p.Toks, q.Close, s.End) // the sentence from the closing mark
	if ref := referent(rest); len(ref) > 0 {
		cs = cs.union(x.lex.Rules.concepts(ref))
	}
	// a fragment inside a sentence ("NATO enlargement, he said, is “a red
	// line that the West has crossed”") is about what the sentence names
	if unicode.IsLower(x.a.runeAt(q.Start)) && q.Open > s.Start && !afterSpeechVerb(p.Toks, q.Open) {
		cs = cs.union(x.sentConcepts(p, s, tokenRange(p.Toks, s.Start, s.End)))
	}
	demands := x.demandsFor(sp, cs)
	// "Asked on CNN whether the administration might agree to keep Ukraine
	// out of NATO, Jake Sullivan did not hesitate. “Those decisions belong
	// to Ukraine …”": the answer is about what the reporter asked
	refuses, asked := false, false
	var askCS conceptSet // what the question names
	if len(demands) == 0 {
		if ask := x.askedBefore(p, q.Open); len(ask) > 0 {
			askCS = x.lex.Rules.concepts(ask)
			cs = cs.union(askCS)
			demands = x.demandsFor(sp, cs)
			asked = true
			// "Asked whether Washington has offered any concession on NATO
			// enlargement, he replies: “No. There is no change.”"
			refuses = len(qt) > 1 && qt[0].Lower == "no" && (qt[1].Text == "." || qt[1].Text == ",") || shortDenial(qt)
		}
	}
	// "“There is no change,” Blinken said when asked whether Washington had
	// moved on NATO's open-door policy": asked after the quotation
	if len(demands) == 0 && q.Closed {
		if ask := askedAfter(rest); len(ask) > 0 {
			askCS = x.lex.Rules.concepts(ask)
			cs = cs.union(askCS)
			demands = x.demandsFor(sp, cs)
			asked = true
			refuses = len(qt) > 1 && qt[0].Lower == "no" && (qt[1].Text == "." || qt[1].Text == ",") || shortDenial(qt)
		}
	}
	// "“That is the one principle on which the allies will not budge”":
	// a quotation that opens by pointing back is about the speaker's
	// quotation before it
	if len(demands) == 0 && sameVoice && demonstrative(x.a.Span(q.Start, min(q.End, q.Start+8))) {
		cs = cs.union(x.lastQuoteCS)
		demands = x.demandsFor(sp, cs)
	}
	x.lastQuoteCS = cs
	stances := make([]string, len(demands))
	if len(demands) > 0 {
		// the frame can carry the stance ("X rejected …: “…”")
		frame := tokenRange(p.Toks, s.Start, s.End)
		fcs := x.sentConcepts(p, s, frame)
		var endsBuf [16]int
		ends := clauseEnds(endsBuf[:0], qt)
		var outCS conceptSet // the concepts of the frame without the quotation
		outRead := false
		// the reporting verb is outside the quotation ("X said", not the
		// quote's "wants"): the frame without it, and its verb, are the
		// same for every demand
		var out []token
		hint := ""
		if !refuses {
			x.st.frame = removeRange(x.st.frame[:0], frame, q.Open, q.Close+1)
			out = x.st.frame
			hint = verbHint(x.lex, out)
		}
		for i, d := range demands {
			if refuses { // what was asked, refused
				stances[i] = schema.StanceRejects
				if sideGroup(sp.Side) == demandSide(d) {
					stances[i] = schema.StanceSupports
				}
				continue
			}
			// a quotation of several clauses: the one that names the demand
			// ("The Americans believe …. But NATO's expansion is an
			// existential question for us")
			if c, _ := x.clauseOf(sp, d, qt, ends); c != nil {
				if !outRead { // (the same for every demand)
					outCS, outRead = x.lex.Rules.concepts(out), true
				}
				stances[i] = x.stance(sp, d, x.lex.Rules.concepts(c).union(outCS), hint, c)
				continue
			}
			if asked {
				// the question's "asked whether" reports nothing the answer says
				stances[i] = x.stance(sp, d, qcs.union(x.lex.Rules.withoutReport(askCS)), hint, qt)
				continue
			}
			// (a quotation of several sentences: its words are read with the
			// frame's, "That is not a negotiation" included)
			all := frame
			if q.Start < s.Start || q.End > s.End {
				all = tokenRange(p.Toks, min(q.Start, s.Start), max(q.End, s.End))
			}
			stances[i] = x.stance(sp, d, cs.union(fcs), hint, all)
		}
	}
	// the date: the quote's sentence, or the sentence after it ("…,” he said on Friday)
	if !hasDate {
		after := tokenRange(p.Toks, q.Close, min(p.End, q.Close+80))
		date, hasDate = findDateExpr(after, x.pub)
	}
	x.emit(sp, name, demands, stances, x.a.Span(q.Start, q.End), true, x.dateFor(sp, date, hasDate), q.Start, q.End,
		tokenRange(p.Toks, min(s.Start, q.Start), max(s.End, q.End)))
	// what the quotation names as Moscow's ("Moscow wants the alliance to
	// stop …") is Russia's in passing
	x.passingDemand([]speakerRef{{ent: sp}}, qt, q.Start, q.End, qt)
}

// sentConcepts returns the concepts of toks, kept when toks are the tokens
// of sentence s of p, the paragraph being read: the sentence's quotations
// read them, and its indirect reading after them (indirect tests the kept
// ones itself, without a call); any other toks are read each time.
func (x *extractor) sentConcepts(p *paragraph, s sentence, toks []token) conceptSet {
	if len(toks) == 0 || len(toks) != s.T1-s.T0 || s.T0 >= len(p.Toks) || &toks[0] != &p.Toks[s.T0] {
		return x.lex.Rules.concepts(toks)
	}
	if !x.sentOK || x.sentT0 != s.T0 || x.sentT1 != s.T1 {
		x.sentCS, x.sentT0, x.sentT1, x.sentOK = x.lex.Rules.concepts(toks), s.T0, s.T1, true
	}
	return x.sentCS
}

// indirect makes rows for a sentence that reports a position in its own
// words (outside quotations of six or more words). When read is true, tcs
// are the concepts of toks, which the caller has read.
func (x *extractor) indirect(p *paragraph, s sentence, toks []token, date dateExpr, hasDate bool, tcs conceptSet, read bool) {
	// the frame's concepts are some of the sentence's (the union of its
	// tokens'): when no rule has all its concepts among those, the frame
	// has no demand and is not worth making, unless the sentence repeats
	// the paragraph's last demand
	if x.lastPara != p {
		if !read {
			if x.sentOK && x.sentT0 == s.T0 && x.sentT1 == s.T1 && len(toks) == s.T1-s.T0 && &toks[0] == &p.Toks[s.T0] {
				tcs = x.sentCS // (a quotation of the sentence has read them)
			} else {
				tcs = x.lex.Rules.concepts(toks)
			}
			read = true
		}
		if !x.lex.Rules.anyWithin(tcs) {
			return
		}
	}
	// drop the tokens of the quotations that have rows of their own
	frame := toks
	for _, q := range p.Quotes {
		if q.End > s.Start && q.Start < s.End && x.quoteRow(q) {
			// filtering the scratch in place is safe: it only shrinks
			x.st.frame = removeRange(x.st.frame[:0], frame, q.Start, q.End)
			frame = x.st.frame
		}
	}
	frame = x.trimApposition(p, frame)
	// "What the U.S. offered: Secretary of State Antony Blinken … said …",
	// "Quick refresher on what's being answered: Moscow wants …" — a
	// newsletter's lead-in is nobody's statement
	frame = frame[rubricLead(frame):]
	// "“…,” Blinken said when asked whether Washington had moved on NATO's
	// open-door policy": the question is the quotation's topic, not a
	// statement of the frame's
	if len(frame) < len(toks) {
		for i := 0; i+1 < len(frame); i++ {
			if frame[i].Lower == "asked" && (frame[i+1].Lower == "whether" || frame[i+1].Lower == "if" || frame[i+1].Lower == "about") {
				frame = frame[:i]
				break
			}
		}
	}
	// "Geoană, who served as Romania's ambassador when NATO's first
	// enlargement was negotiated, did not hide his irritation": what the
	// clause says of the person is not what they say
	if i, j := whoClause(frame); i >= 0 {
		// "… reacted to the words of Vladimir Putin, who on Tuesday has
		// stated, that the USA and NATO have ignored …": what follows a
		// clause that ends in a speech verb is the clause's person's
		if x.reportedWho(p, s, frame, i, j, toks, date, hasDate) {
			frame = frame[:i]
		} else {
			x.st.norel = removeRange(x.st.norel[:0], frame, frame[i].Start, frame[j].End)
			frame = x.st.norel
		}
	}
	if len(frame) == 0 {
		return
	}
	var cs conceptSet
	if read && len(frame) == len(toks) && (len(frame) == 0 || &frame[0] == &toks[0]) {
		cs = tcs // (the frame is the sentence)
	} else {
		cs = x.lex.Rules.concepts(frame)
	}
	lead := askedLead(frame)
	if lead > 0 {
		// (the question gives the topic; that it was asked does not make
		// the answer a mere report)
		if r, ok := x.lex.Rules.cueOf(cueReport); ok && !x.lex.Rules.concepts(frame[lead:]).has(r) {
			cs = x.lex.Rules.withoutReport(cs)
		}
	}
	// "Ryabkov repeated it after his talks": the demand of the sentence before
	if !x.anyDemand(cs) && x.lastPara == p && repeats(frame) {
		cs = cs.union(x.lastCS)
	}
	if !x.anyDemand(cs) {
		return
	}
	// (the readings below only say that a frame with a demand makes no
	// row: a frame without one is done before them)
	if x.background(frame, date, hasDate) || unnamedSources(frame) || p.Headline && (!x.hasVerb(frame) || wordsIn(p.Toks) < 16) {
		return
	}
	// "Why doesn't Moscow simply pull its troops back?" — the writer's
	// question, with no verb of speech, says nothing for its subject
	if p.Label == nil && frame[len(frame)-1].Text == "?" && !x.hasVerb(frame) {
		return
	}
	x.lastPara, x.lastCS = p, cs
	// "Asked whether Washington had raised …, Ryabkov said …": the
	// question's names are not who speaks, though it gives the topic
	if lead > 0 && !x.hasVerb(frame[lead:]) {
		return // "…, Bremer was categorical.": what she said comes next
	}
	// ("KYIV, Ukraine – Russia on Friday demanded …": nor are a dateline's)
	if frame[0].Word && inCapitals(frame[0].Text) {
		lead = max(lead, datelineEnd(frame))
	}
	srs := x.speakers(p, frame[lead:])
	// "Ned Price said Blinken had urged …", "The ministry said Lavrov had
	// stressed …": the spokesman or the readout reports the person's words
	for k := range srs {
		if n := x.reportedSpeaker(p, srs[k].at); n != nil {
			srs[k] = speakerRef{n.Ent, speakerName(n), "", n}
		}
	}
	// "Russia must withdraw its troops …. This was stated by Ukraine's
	// Permanent Representative to the OSCE Yevhenii Tsymbaliuk."
	if m := x.statedByNext(p, s); m != nil {
		srs = append(srs[:0], speakerRef{m.Ent, speakerName(m), "", m})
	}
	// "As was stated by the official representative of MFA Maria
	// Zakharova on the briefing on Thursday, the West must stop …" (but
	// "As reported by the MFA of Russia, Lavrov has underlined …")
	if m := x.asStatedBy(p, frame); m != nil {
		srs = append(srs[:0], speakerRef{m.Ent, speakerName(m), "", m})
	}
	// background ("Let us remind, that in 1997 Russia and NATO signed the
	// Founding Act …", the exclude rules): only a person of today who
	// recalls it speaks
	if x.lex.Rules.historical(cs) {
		present := false
		for _, sr := range srs {
			present = present || sr.ent.Person && !sr.ent.Historical
		}
		if !present {
			return
		}
	}
	var endsBuf [16]int
	ends := clauseEnds(endsBuf[:0], frame)
	for _, sr := range srs {
		if askedOnly(p, sr.at, frame) || x.deliveredOnly(p, sr.at, cs) {
			continue
		}
		hint := x.speakerVerbHint(p, sr.at, frame)
		demands := x.demandsFor(sr.ent, cs)
		if len(demands) == 0 {
			continue
		}
		stances := make([]string, len(demands))
		for i, d := range demands {
			// the clause that names the demand carries its stance ("…
			// would not compromise on X, adding that NATO was ready to
			// talk about Y"); the speaker's verb governs the first clause
			ccs, ctoks, chint := cs, frame, hint
			if c, first := x.clauseOf(sr.ent, d, frame, ends); c != nil {
				ccs, ctoks = x.lex.Rules.concepts(c), c
				if !first {
					chint = verbHint(x.lex, c)
				}
			}
			if sr.stance != "" && demandSide(d) != sideGroup(sr.ent.Side) && !x.rejectsObject(d, frame) {
				stances[i] = sr.stance // "a demand NATO has rejected"
			} else {
				stances[i] = x.stance(sr.ent, d, ccs, chint, ctoks)
			}
		}
		x.emit(sr.ent, sr.name, demands, stances, x.a.Span(s.Start, s.End), false, x.dateFor(sr.ent, date, hasDate), s.Start, s.End, toks)
	}
	x.passingDemand(srs, frame, s.Start, s.End, toks)
}

// passingDemand makes Russia's rows for the demands another speaker's
// words name as Moscow's in passing ("Rau also rejected Moscow's demand that
// the alliance pull its forces back …", "“Moscow wants a written promise
// that …,” the minister said"): Russia supports them, on no day the words
// give. One row a demand, however often the words name it.
func (x *extractor) passingDemand(srs []speakerRef, frame []token, start, end int, toks []token) {
	// (somebody else's sentence, or one with no speaker: "Moscow's demand
	// that … was rejected as a non-starter")
	other := len(srs) == 0
	for _, sr := range srs {
		other = other || sideGroup(sr.ent.Side) != "russia"
	}
	if !other {
		return
	}
	var name *token
	var ds []string
	for k := 0; k+1 < len(frame); k++ {
		// (each form passingFrom reads names Russia at k or k+2: the
		// other words are passed without a call)
		if !russiaWord(frame[k].Lower) && !(k+2 < len(frame) && russiaName(frame[k+2].Lower)) {
			continue
		}
		from := x.passingFrom(frame, k, len(srs) > 0)
		if from < 0 {
			continue
		}
		to := passingEnd(frame, from)
		found := x.demandsFor(x.ents.actor("russia"), x.lex.Rules.concepts(frame[from:to]))
		for _, d := range found {
			// what Moscow wants of the open door ("a veto over who may join
			// NATO") is its end, or Ukraine's door shut ("a veto on Ukraine's
			// membership")
			if d == "nato-open-door" {
				if contains(found, "no-ukraine-membership") {
					continue
				}
				d = "nato-non-expansion"
			}
			if demandSide(d) == "russia" && !contains(ds, d) {
				ds = append(ds, d)
			}
		}
		if name == nil {
			name = &frame[k]
		}
		k = max(k, to-1)
	}
	if len(ds) == 0 {
		return
	}
	st := make([]string, len(ds))
	for i := range st {
		st[i] = schema.StanceSupports
	}
	x.emit(x.ents.actor("russia"), x.a.Span(name.Start, name.End), ds, st, x.a.Span(start, end), false, "", start, end, toks)
}

// passingFrom returns where the words that state Moscow's demand begin when
// frame[k] names Moscow as the side that makes it ("Moscow also wants …",
// "Moscow's demand that …", "the Russian side had raised its demand that
// …", "the demand of Moscow to …"), or -1. spoken says the words have a
// speaker of their own (somebody says what Moscow wants).
func (x *extractor) passingFrom(frame []token, k int, spoken bool) int {
	j := -1
	switch l := frame[k].Lower; {
	case frame[k].Cap && (russiaName(l) || l == "russians") && spoken && frame[k+1].Text != "'":
		// "He noted that Russia also wants NATO to promise …": what
		// Moscow wants, in another speaker's sentence; not what it would
		// want ("If the Kremlin wanted …", "Neither Washington nor Moscow
		// wants …")
		for b := max(0, k-2); b < k; b++ {
			if frame[b].in(listHypothetical) {
				return -1
			}
		}
		if k > 0 && frame[k-1].Lower == "which" {
			return -1 // "… the secondary topics which Moscow itself proposed": what it wants comes before
		}
		v := k + 1
		for v < len(frame) && v < k+4 && frame[v].in(listWantAux) {
			v++
		}
		// ("… after Russia published two draft agreements demanding that
		// the alliance …": what its documents ask)
		if v < len(frame) && frame[v].in(listPublishVerbs) {
			for w := v + 1; w < len(frame) && w <= v+6; w++ {
				if frame[w].Lower == "demanding" || frame[w].Lower == "seeking" {
					v = w
					break
				}
			}
		}
		if v < len(frame) && frame[v].in(listWantVerbs) {
			return v + 1
		}
		// "Russia repeated its call for NATO to withdraw …"
		if v+1 < len(frame) && frame[v].in(listSideRaises) && (frame[v+1].Lower == "its" || frame[v+1].Lower == "their") {
			j := v + 2
			for j < len(frame) && frame[j].in(listDemandAdjectives) {
				j++
			}
			if j < len(frame) && frame[j].in(listDemandNouns) {
				return j
			}
		}
		return -1
	case k+3 < len(frame) && frame[k+1].Text == "'" && frame[k+2].Lower == "s" && russiaName(l):
		j = k + 3
	case l == "russian" && frame[k].Cap:
		j = k + 1
	case k+3 < len(frame) && frame[k+1].Lower == "of" && russiaName(frame[k+2].Lower) && frame[k].in(listDemandNouns):
		// "the demand of Moscow to withdraw NATO troops …"
		return k + 3
	}
	if j < 0 {
		return -1
	}
	// "the Russian side had also raised its demand that …": the
	// delegation's own demand, a few words on
	if j < len(frame) && frame[j].in(listRussianSides) {
		v := j + 1
		for v < len(frame) && (frame[v].Lower == "had" || frame[v].Lower == "has" || frame[v].Lower == "also" || frame[v].Lower == "again") {
			v++
		}
		if v >= len(frame) || !frame[v].in(listSideRaises) {
			return -1
		}
		for ; v+1 < len(frame) && v <= j+5; v++ {
			if (frame[v].Lower == "its" || frame[v].Lower == "their") && (frame[v+1].in(listDemandNouns) || frame[v+1].in(listDemandAdjectives)) {
				j = v + 1
				break
			}
		}
	}
	for j < len(frame) && frame[j].in(listDemandAdjectives) {
		j++
	}
	if j >= len(frame) || !frame[j].in(listDemandNouns) {
		return -1
	}
	return j
}

// russiaWord reports whether a word may name Russia in one of the forms
// of passingFrom: Moscow, Russia, the Kremlin, Russian or Russians.
func russiaWord(l string) bool { return russiaName(l) || l == "russian" || l == "russians" }

// passingEnd is where the demand named in passing from frame[j] ends: at a
// semicolon, or a comma that opens another clause.
func passingEnd(frame []token, j int) int {
	end := j
	for end < len(frame) && frame[end].Text != ";" && !((frame[end].Text == "." || frame[end].Text == "?" || frame[end].Text == "!") && sentenceEnd(frame, end)) && !(frame[end].Text == "," && end+1 < len(frame) && clauseBreaks[frame[end+1].Lower]) {
		end++
	}
	return end
}

// russiaName reports whether a word names Russia as the side making a
// demand ("Moscow's demand", "the demand of Moscow").
func russiaName(l string) bool { return l == "moscow" || l == "russia" || l == "kremlin" }

// wantVerbs say what a side asks for ("Moscow also wants …").
var wantVerbs = map[string]bool{"want": true, "wants": true, "wanted": true, "demands": true, "demanded": true, "demanding": true,
	"asks": true, "asked": true, "asking": true, "insists": true, "insisted": true, "insisting": true, "expects": true, "expected": true,
	"seeks": true, "sought": true, "seeking": true, "needs": true, "needed": true, "proposes": true, "proposed": true,
	"demand": true, "insist": true, "ask": true, "seek": true, "expect": true, "propose": true, "like": true}

// wantAux may stand between Moscow and what it wants ("Moscow has long
// wanted …", "The Russians themselves have asked …").
var wantAux = map[string]bool{"also": true, "still": true, "now": true, "has": true, "had": true, "have": true, "is": true, "are": true,
	"was": true, "were": true, "long": true, "really": true, "always": true, "repeatedly": true, "again": true, "itself": true,
	"themselves": true, "clearly": true, "continues": true, "to": true, "keeps": true, "kept": true, "would": true}

// hypothetical words before Moscow make what it wants a supposition ("If
// the Kremlin wanted …", "Neither Washington nor Moscow wants …").
var hypothetical = map[string]bool{"if": true, "unless": true, "whether": true, "nor": true, "neither": true}

// publishVerbs put documents forward ("Russia published two drafts
// demanding …").
var publishVerbs = map[string]bool{"published": true, "presented": true, "sent": true, "handed": true, "tabled": true, "released": true, "issued": true, "unveiled": true}

// demandNouns name what a side asks for ("Moscow's demand that …").
var demandNouns = map[string]bool{"demand": true, "demands": true, "call": true, "calls": true, "insistence": true,
	"argument": true, "requirement": true, "requirements": true, "offer": true,
	"request": true, "requests": true, "proposal": true, "proposals": true, "ultimatum": true, "push": true,
	"idea": true, "ideas": true, "position": true, "wish": true, "wishes": true, "terms": true, "conditions": true, "goal": true, "aim": true}

// russianSides after "Russian" name Moscow's negotiators as a body.
var russianSides = map[string]bool{"side": true, "delegation": true, "government": true, "officials": true, "diplomats": true, "team": true, "negotiators": true}

// sideRaises say that a side put its demand forward ("the Russian
// delegation had repeated its demand that …").
var sideRaises = map[string]bool{"raised": true, "repeated": true, "reiterated": true, "presented": true, "restated": true, "renewed": true,
	"pressed": true, "put": true, "made": true, "set": true, "laid": true, "insisted": true}

// demandAdjectives may stand between the possessive and its demand noun.
var demandAdjectives = map[string]bool{"main": true, "key": true, "core": true, "central": true, "security": true,
	"latest": true, "sweeping": true, "chief": true, "principal": true, "draft": true, "own": true, "repeated": true}

// clauseBreaks start a new clause after a comma.
var clauseBreaks = map[string]bool{"but": true, "while": true, "which": true, "saying": true, "adding": true, "whereas": true, "although": true}

// treatyText reports whether quoted words are a treaty's articles: "the
// Parties shall …", "… shall undertake to …".
func treatyText(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower != "shall" {
			continue
		}
		if n := toks[i+1].Lower; n == "undertake" || n == "not" && i+2 < len(toks) && (toks[i+2].Lower == "deploy" || toks[i+2].Lower == "conduct" || toks[i+2].Lower == "use") {
			return true
		}
		if i > 0 && (toks[i-1].Lower == "parties" || toks[i-1].Lower == "party") {
			return true
		}
	}
	return false
}

// askedOnly reports whether the speaker m of the sentence frame was only
// asked something ("Nuland was asked whether the alliance could take back
// the promise …"): the question is not their statement, unless the
// sentence also says what they answered.
func askedOnly(p *paragraph, m *mention, frame []token) bool {
	if m == nil {
		return false
	}
	i := m.T1
	for i < len(p.Toks) && i < m.T1+3 && (p.Toks[i].Lower == "has" || p.Toks[i].Lower == "had" || p.Toks[i].Lower == "also") {
		i++
	}
	if i+1 >= len(p.Toks) || p.Toks[i].Lower != "was" && p.Toks[i].Lower != "were" && p.Toks[i].Lower != "been" || p.Toks[i+1].Lower != "asked" {
		return false
	}
	i++
	for k := range frame {
		if l := frame[k].Lower; frame[k].Start > p.Toks[i].End && (isWordOf(&frame[k], wSpeech, speechVerbs) || l == "replied" || l == "answered" || l == "responded") {
			return false
		}
	}
	return true
}

// reportedSpeaker returns the person whose words the speaker at m reports
// ("Ned Price said Blinken had urged …"): a person named right after m's
// speech verb (and "that") with "had" or "has" and a verb of speech after
// them, or nil.
func (x *extractor) reportedSpeaker(p *paragraph, m *mention) *mention {
	if m == nil {
		return nil
	}
	i := m.T1
	if i >= len(p.Toks) || !isWordOf(&p.Toks[i], wSpeech, speechVerbs) {
		return nil
	}
	j := i + 1
	if j < len(p.Toks) && p.Toks[j].Lower == "that" {
		j++
	}
	for k := range p.Ments {
		n := &p.Ments[k]
		if n.Kind != mPerson || n.InQuote || max(n.T0-n.TitleRun, 0) != j {
			continue
		}
		v := n.T1
		if v+1 >= len(p.Toks) || p.Toks[v].Lower != "had" && p.Toks[v].Lower != "has" {
			return nil
		}
		v++
		for v+1 < len(p.Toks) && (p.Toks[v].Lower == "also" || p.Toks[v].Lower == "again") {
			v++ // ("Price said Blinken had also reiterated …")
		}
		if (isWordOf(&p.Toks[v], wSpeech, speechVerbs) || readoutVerbs[p.Toks[v].Lower]) && x.resolveInto(n) && n.Ent.Person {
			return n
		}
		return nil
	}
	return nil
}

// readoutVerbs are what a readout says a person did with words ("had
// urged", "had reiterated").
var readoutVerbs = map[string]bool{"urged": true, "stressed": true, "reiterated": true, "insisted": true, "warned": true,
	"emphasised": true, "emphasized": true, "demanded": true, "pressed": true, "raised": true, "underlined": true, "called": true}

// deliveredOnly reports whether the speaker at m only hands over a reply
// to the demands the sentence names ("The U.S. and NATO delivered separate
// written replies Wednesday to Russian demands that the alliance never
// admit Ukraine …"), with no rejection or verdict in the sentence: the delivery
// takes no position of its own.
func (x *extractor) deliveredOnly(p *paragraph, m *mention, cs conceptSet) bool {
	if m == nil || x.lex.Rules.anyCue(cs, cueRejects, cueVerdict) {
		return false
	}
	for i := m.T1; i < len(p.Toks) && i < m.T1+4; i++ {
		switch p.Toks[i].Lower {
		case "delivered", "handed", "submitted", "sent":
			for j := i + 1; j < len(p.Toks) && j <= i+5; j++ {
				switch p.Toks[j].Lower {
				case "reply", "replies", "response", "responses", "answer", "answers", "letter", "letters":
					return true
				}
			}
			return false
		case ",", "said", "says":
			return false
		}
	}
	return false
}

// delegationVerbs before "by" name whom a delegation had at its head
// ("represented by", "led by", "headed by").
var delegationVerbs = map[string]bool{"represented": true, "led": true, "headed": true}

// statedBy returns the index in toks of the word after "by" when the
// sentence reports who said the one before it ("This was stated by …",
// "That was announced by …"), or -1.
func statedBy(toks []token) int {
	if len(toks) < 5 || toks[0].Lower != "this" && toks[0].Lower != "that" && toks[0].Lower != "it" {
		return -1
	}
	i := 1
	if toks[i].Lower != "was" && toks[i].Lower != "is" && toks[i].Lower != "has" && toks[i].Lower != "had" {
		return -1
	}
	i++
	if toks[i].Lower == "been" {
		i++
	}
	if i+2 >= len(toks) || !isWordOf(&toks[i], wSpeech, speechVerbs) && !reportedVerbs[toks[i].Lower] || toks[i+1].Lower != "by" {
		return -1
	}
	return i + 2
}

// asStatedBy returns whom a sentence that opens "As was stated by …,"
// ("As declared by …,", "As has been noted by …,") names before the comma,
// a person before anyone else, or nil; nil too when the words after the
// comma have a speech verb of their own.
func (x *extractor) asStatedBy(p *paragraph, toks []token) *mention {
	if len(toks) < 6 || toks[0].Lower != "as" {
		return nil
	}
	i := 1
	if toks[i].Lower == "it" {
		i++ // "As it was underlined earlier on Tuesday by …"
	}
	for i < 5 && (toks[i].Lower == "was" || toks[i].Lower == "is" || toks[i].Lower == "has" || toks[i].Lower == "had" || toks[i].Lower == "been") {
		i++
	}
	if i+2 >= len(toks) || !speechVerbs[toks[i].Lower] && !reportedVerbs[toks[i].Lower] {
		return nil
	}
	b := i + 1
	for b < len(toks) && b < i+5 && (passiveAdverbials[toks[b].Lower] || toks[b].Lower == "earlier") {
		b++
	}
	if b+1 >= len(toks) || toks[b].Lower != "by" {
		return nil
	}
	c := b + 1
	for c < len(toks) && toks[c].Text != "," {
		c++
	}
	if c >= len(toks) {
		return nil
	}
	for _, t := range toks[c+1:] {
		if speechVerbs[t.Lower] || reportedVerbs[t.Lower] {
			return nil
		}
	}
	return x.agentIn(p, toks[b+1].Start, toks[c].Start)
}

// agentIn returns whom the words from offset start to end name as the
// agent of a passive ("by the official representative of MFA Maria
// Zakharova"): the first person there, else the first actor, or nil.
func (x *extractor) agentIn(p *paragraph, start, end int) *mention {
	var pick *mention
	for _, m := range p.ments(start, end) {
		m := m
		if m.InQuote || possessiveAt(p.Toks, m.T1) || !x.resolveInto(&m) {
			continue
		}
		if pick == nil || m.Ent.Person && !pick.Ent.Person {
			pick = &m
		}
		if pick.Ent.Person {
			break
		}
	}
	return pick
}

// reportedVerbs say, in the passive, that somebody said the sentence before.
var reportedVerbs = map[string]bool{"reported": true, "underlined": true, "underscored": true, "noted": true,
	"voiced": true, "expressed": true, "confirmed": true, "emphasized": true, "emphasised": true, "told": true}

// statedByNext returns the speaker the sentence after s names for it
// ("This was stated by X"), or nil.
func (x *extractor) statedByNext(p *paragraph, s sentence) *mention {
	sents := p.Sents
	// ("Ukraine will not allow any third country to decide …" / "This was
	// stated by Minister of Foreign Affairs of Ukraine Dmytro Kuleba …": the
	// next paragraph's first sentence, after a paragraph's last)
	if len(sents) > 0 && sents[len(sents)-1].Start == s.Start {
		for k, q := range x.paras {
			if q == p && k+1 < len(x.paras) && len(x.paras[k+1].Sents) > 0 && x.paras[k+1].Label == nil {
				p, sents = x.paras[k+1], x.paras[k+1].Sents[:1]
				break
			}
		}
	}
	for _, n := range sents {
		if n.Start < s.End {
			continue
		}
		toks := p.Toks[n.T0:n.T1]
		k := statedBy(toks)
		if k < 0 {
			return nil
		}
		return x.agentIn(p, toks[k].Start, toks[min(k+12, len(toks)-1)].End+1)
	}
	return nil
}

// inRelativeClause reports whether toks[i] lies in a relative clause set
// off by commas (", who took over on January 1,").
func inRelativeClause(toks []token, i int) bool {
	j := i
	for j > 0 && toks[j-1].Text != "," {
		j--
	}
	if j == 0 || j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "who", "which", "whose":
	default:
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// whoClause finds a relative clause about a person set off by commas
// (", who served as ambassador …,"): the indexes in toks of its first comma
// and of the word before its closing comma, or -1.
func whoClause(toks []token) (int, int) {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Text != "," || toks[i+1].Lower != "who" && toks[i+1].Lower != "whose" {
			continue
		}
		for j := i + 2; j < len(toks); j++ {
			if toks[j].Text == "," {
				return i, j - 1
			}
			if isQuoteMark(toks[j].Text) {
				break
			}
		}
		return -1, -1
	}
	return -1, -1
}

// reportedWho makes the rows of a relative clause that reports its
// person's words, frame[i] being the comma before "who" and frame[j] the
// clause's speech verb before a comma: the words after it are the person's
// ("Putin, who on Tuesday has stated, that …"). It reports whether it read
// the clause so.
func (x *extractor) reportedWho(p *paragraph, s sentence, frame []token, i, j int, toks []token, date dateExpr, hasDate bool) bool {
	if j+2 >= len(frame) || !isWordOf(&frame[j], wSpeech, speechVerbs) {
		return false
	}
	var who *mention
	for k := range p.Ments {
		if m := &p.Ments[k]; m.End <= frame[i].Start && m.End >= frame[i].Start-1 && m.Ent != nil && m.Ent.Person && !m.InQuote {
			who = m
		}
	}
	if who == nil {
		return false
	}
	said := frame[j+2:]
	if said[0].Lower == "that" {
		said = said[1:]
	}
	cs := x.lex.Rules.concepts(said)
	demands := x.demandsFor(who.Ent, cs)
	if len(demands) == 0 {
		return true // (what they said is about none: neither is it the subject's)
	}
	stances := make([]string, len(demands))
	for k, d := range demands {
		stances[k] = x.stance(who.Ent, d, cs, verbHint(x.lex, frame[i:j+1]), said)
	}
	// the day in the clause ("who on Tuesday … has stated") is when they said it
	if d, ok := findDateExpr(frame[i:j+1], x.pub); ok {
		date, hasDate = d, true
	}
	x.emit(who.Ent, speakerName(who), demands, stances, x.a.Span(s.Start, s.End), false, x.dateFor(who.Ent, date, hasDate), s.Start, s.End, toks)
	return true
}

// inQuotes reports whether the offset at lies inside one of the quotations.
func inQuotes(qs []quoteSpan, at int) bool {
	for _, q := range qs {
		if at >= q.Start && at < q.End {
			return true
		}
	}
	return false
}

// hasVerb reports whether toks hold a speech or attitude verb: a
// headline without one ("NATO non-expansion as the key issue") names a
// topic, not somebody's position.
func (x *extractor) hasVerb(toks []token) bool {
	for i := range toks {
		if x.isVerb(&toks[i]) {
			return true
		}
	}
	return false
}

// possessiveAt reports whether toks[i] is a possessive "'s" (or "’s", or
// an apostrophe and "s").
func possessiveAt(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Text {
	case "'s", "’s":
		return true
	case "'", "’":
		return i+1 < len(toks) && toks[i+1].Lower == "s"
	}
	return false
}

// askedBefore returns the question a paragraph reports before the offset
// at ("Asked whether …", "Pressed on …", "was asked in an interview
// whether …"): the words from "asked"/"pressed" to the end of their
// sentence, without quotations; nil when there is none.
func (x *extractor) askedBefore(p *paragraph, at int) []token {
	for _, s := range p.Sents {
		if s.Start >= at {
			break
		}
		toks := p.Toks[s.T0:s.T1]
		for i := range toks {
			if l := toks[i].Lower; (l == "asked" || l == "pressed" || l == "questioned") && toks[i].Start < at && !inQuotes(p.Quotes, toks[i].Start) {
				end := len(toks)
				for j := i; j < len(toks); j++ {
					// (a word in quotation marks is part of the question: "the «Finlandisation» of Ukraine")
					if toks[j].Start >= at || x.inRowQuote(p.Quotes, toks[j].Start) {
						end = j
						break
					}
				}
				return toks[i:end]
			}
		}
	}
	return nil
}

// askedAfter returns the question a quotation's attribution says it
// answers ("…,” Blinken said when asked whether …"), or nil.
func askedAfter(toks []token) []token {
	for i := 0; i+1 < len(toks) && i < 12; i++ {
		if toks[i].Lower == "asked" && (toks[i+1].Lower == "whether" || toks[i+1].Lower == "if" || toks[i+1].Lower == "about") {
			return toks[i:]
		}
	}
	return nil
}

// inRowQuote reports whether offset at lies in a quotation that gets a row
// of its own.
func (x *extractor) inRowQuote(qs []quoteSpan, at int) bool {
	for _, q := range qs {
		if q.Open <= at && at <= q.Close && x.quoteRow(q) {
			return true
		}
	}
	return false
}

// yearOf reads a year of four digits from 1900 on.
func yearOf(s string) (int, bool) {
	if len(s) != 4 || s[0] < '1' || s[0] > '2' {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		y = y*10 + int(s[i]-'0')
	}
	return y, y >= 1900
}

// unnamedSources reports whether a sentence rests on sources it does not
// name ("…, according to people familiar with the matter"): nobody the
// graph could hold to it speaks.
func unnamedSources(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].Lower {
		case "according":
			if toks[i+1].Lower != "to" {
				break
			}
			if unnamedSourceWords[toks[i+2].Lower] ||
				i+3 < len(toks) && (toks[i+2].Lower == "two" || toks[i+2].Lower == "three" || toks[i+2].Lower == "several") && unnamedSourceWords[toks[i+3].Lower] {
				return true
			}
			// "according to U.S. and NATO estimates": figures, not somebody's words
			for j := i + 2; j < len(toks) && j < i+12 && toks[j].Text != ","; j++ {
				if sourceFigures[toks[j].Lower] {
					return true
				}
			}
		case "people":
			if toks[i+1].Lower == "familiar" && toks[i+2].Lower == "with" {
				return true
			}
		}
	}
	return false
}

var unnamedSourceWords = map[string]bool{"people": true, "sources": true, "persons": true}

// sourceFigures are what an "according to" cites that is not a speaker.
var sourceFigures = map[string]bool{"estimates": true, "estimate": true, "figures": true, "data": true, "intelligence": true,
	"imagery": true, "images": true, "calculations": true, "count": true, "tally": true}

// background reports whether a sentence narrates the past: it opens with
// a date more than a year before the article (within its first words and
// ahead of any speech verb)
// ("At the Bucharest summit in April 2008, NATO leaders agreed that …";
// not "Stoltenberg said the allies reaffirmed the April 2008 decision").
func (x *extractor) background(frame []token, date dateExpr, hasDate bool) bool {
	// "Background: At the NATO summit of Bucharest in 2008 …"; "Seven
	// years later, in the Founding Act, NATO said …"
	if len(frame) > 1 && frame[0].Lower == "background" && frame[1].Text == ":" {
		return true
	}
	for i := 1; i+1 < len(frame) && i <= 3; i++ {
		if (frame[i].Lower == "years" || frame[i].Lower == "decades") && (frame[i+1].Lower == "later" || frame[i+1].Lower == "earlier") {
			return true
		}
	}
	// "NATO leaders declared at their 2008 summit in Bucharest that …" (not
	// "the promise it made to Kyiv at its 2008 summit", a relative clause)
	for i := 3; i+1 < len(frame); i++ {
		if frame[i-2].Lower != "at" || frame[i+1].Lower != "summit" && frame[i+1].Lower != "meeting" {
			continue
		}
		if y, ok := yearOf(frame[i].Text); ok && !x.pub.IsZero() && y <= x.pub.Year()-2 && x.isVerb(&frame[i-3]) &&
			(frame[i-1].Lower == "the" || frame[i-1].Lower == "its" || frame[i-1].Lower == "their") {
			return true
		}
	}
	if x.oldText(frame) {
		return true
	}
	if !hasDate || !x.old(date.Date) {
		// a year alone, two or more before the article, as a time ("Poland
		// joined NATO in 1999, two years after …")
		for i := 0; i < len(frame) && i <= 8; i++ {
			if x.isVerb(&frame[i]) {
				return false
			}
			if y, ok := yearOf(frame[i].Text); ok && !x.pub.IsZero() && y <= x.pub.Year()-2 && i > 0 &&
				(frame[i-1].Lower == "in" || frame[i-1].Lower == "since" || i == 2 && (frame[0].Lower == "in" || frame[0].Lower == "under" || frame[0].Lower == "at") &&
					(frame[1].Lower == "the" || frame[1].Lower == "its" || frame[1].Lower == "their")) {
				return true // "in 1999", "In the 1997 Founding Act, NATO said", not "the 2008 Bucharest summit"
			}
		}
		return false
	}
	for i := range frame {
		if frame[i].Start >= date.At {
			return i <= 8 // the date opens the sentence
		}
		if x.isVerb(&frame[i]) {
			return false
		}
	}
	return false
}

// oldText reports whether a sentence opens on a text two or more years
// older than the article, as its subject or its setting: "The 1997
// NATO-Russia Founding Act committed the alliance …", "In the Founding
// Act of 1997 the alliance has declared …".
func (x *extractor) oldText(frame []token) bool {
	k, setting := 0, false
	for k < len(frame) && k < 3 {
		switch l := frame[k].Lower; {
		case l == "in" || l == "under":
			setting = true
		case l == "the" || l == "its":
		case isNumber(l):
		default:
			goto name
		}
		k++
	}
name:
	if k >= len(frame) || x.pub.IsZero() {
		return false
	}
	e, n := x.lex.matchDoc(frame[k:])
	if e == nil || n == 0 {
		return false
	}
	// the text as the subject does something of its own then ("… Act
	// committed the alliance"), not what someone says of it now ("The
	// Bucharest declaration of 2008, he said, had to be disowned")
	if j := k + n; !setting {
		if j+1 < len(frame) && frame[j].Lower == "of" && isNumber(frame[j+1].Text) {
			j += 2
		}
		// (", in which the alliance said …", ", which Russian officials cite, states …")
		which := j+2 < len(frame) && frame[j].Text == "," && (frame[j+1].Lower == "which" || frame[j+1].Lower == "in" && frame[j+2].Lower == "which")
		if !which && (j >= len(frame) || !textDid[frame[j].Lower]) {
			return false
		}
	}
	for _, d := range e.docs {
		if y, ok := yearOf(d.ID[max(0, len(d.ID)-4):]); ok && y <= x.pub.Year()-2 {
			return true
		}
	}
	return false
}

// textDid are what an old text did: "committed", "declared", "promised".
var textDid = map[string]bool{"committed": true, "said": true, "declared": true, "stated": true, "promised": true, "pledged": true,
	"obliged": true, "provided": true, "stipulated": true, "affirmed": true, "guaranteed": true, "allowed": true, "barred": true}

// trimApposition drops the apposition that closes a sentence after the
// name of a person who "said" it ("…,” said Olha Stefanishyna, Ukraine's deputy prime
// minister for European and Euro-Atlantic integration."): a title, not
// words about the demands. It is an apposition when no speech or attitude
// verb follows the comma.
func (x *extractor) trimApposition(p *paragraph, frame []token) []token {
	if len(frame) < 3 {
		return frame
	}
	ms := p.ments(frame[0].Start, frame[len(frame)-1].End+1)
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.Kind != mPerson || m.InQuote {
			continue
		}
		i := sort.Search(len(frame), func(i int) bool { return frame[i].Start >= m.End })
		if i >= len(frame) || frame[i].Text != "," {
			return frame
		}
		// only after "said": "…, said X, title."
		if at := m.T0 - m.TitleRun; at < 1 || !isWordOf(&p.Toks[at-1], wSpeech, speechVerbs) {
			return frame
		}
		for j := i + 1; j < len(frame); j++ {
			if x.isVerb(&frame[j]) || frame[j].Lower == "that" || isQuoteMark(frame[j].Text) {
				return frame
			}
		}
		return frame[:i]
	}
	return frame
}

// quoteRow reports whether a quotation gets a row of its own: six words or
// more, or a short full sentence ("“NATO's expansion must stop,” he said").
func (x *extractor) quoteRow(q quoteSpan) bool {
	return q.Words >= 6 || q.Words >= 3 && fullSentence(x.a.runeAt(q.Start), x.a.runeAt(q.End-1), q)
}

// clauseOf returns the clause of toks that names demand d for speaker sp on
// its own, and whether it is the first clause; nil when toks is one clause
// or no clause names d alone. ends are clauseEnds(toks): the clauses are
// found once for all the demands and speakers of a sentence.
func (x *extractor) clauseOf(sp *entity, d string, toks []token, ends []int) ([]token, bool) {
	// the first clause that names the demand; but one that only reports it
	// ("… is not on the agenda. But the principle that every state chooses
	// its alliance freely is not negotiable") gives way to a later one that
	// takes a position on it
	report, hasReport := x.lex.Rules.cueOf(cueReport)
	var found []token
	first := false
	start := 0
	for n := 0; n <= len(ends) && len(ends) > 0; n++ {
		end := len(toks)
		if n < len(ends) {
			end = ends[n]
		}
		if end <= start {
			continue
		}
		c := toks[start:end]
		start = end
		cs := x.lex.Rules.concepts(c)
		if !x.demandOf(sp, cs, d) {
			continue
		}
		if found == nil {
			found, first = c, n == 0
		}
		if !hasReport || !cs.has(report) {
			if j := x.aroundWhile(toks, start, ends, n, cs); j != nil {
				return j, n == 0
			}
			return x.withPointer(sp, toks, start, ends, n), n == 0
		}
	}
	return found, first
}

// aroundWhile joins the clause that ends at end (the n-th of ends) to the
// words after the "while" clause that follows it, when the clause holds no
// cue of its own: "To restore the military contacts only for the sake of
// the contacts, while the alliance names Russia the threat, we do not see
// the sense." It returns nil when there is nothing to join.
func (x *extractor) aroundWhile(toks []token, end int, ends []int, n int, cs conceptSet) []token {
	if n >= len(ends) || end >= len(toks) {
		return nil
	}
	w := end
	if toks[w].Text == "," && w+1 < len(toks) {
		w++
	}
	if toks[w].Lower != "while" && toks[w].Lower != "whereas" {
		return nil
	}
	if x.lex.Rules.anyCue(cs, cueSupports, cueRejects, cueVerdict, cueApproval, cueDiscuss, cueUnconditional) {
		return nil
	}
	begin := 0
	if n > 0 {
		begin = ends[n-1]
	}
	// the comma that closes the "while" clause, and the main clause after it
	// (or, with no comma, the predicate the subject's clause still waits
	// for: "Putting a moratorium on our missiles while the 9M729 stays
	// deployed is a non-starter")
	for c := w + 1; c+1 < len(toks); c++ {
		if toks[c].Text == "." || toks[c].Text == ";" {
			return nil
		}
		if c > w+2 && (toks[c].Lower == "is" || toks[c].Lower == "would") && x.subjectClause(toks[:end]) {
			x.st.joined = append(append(x.st.joined[:0], toks[begin:end]...), toks[c:]...)
			return x.st.joined
		}
		if toks[c].Text == "," {
			stop := len(toks)
			for _, e := range ends {
				if e > c {
					stop = e
					break
				}
			}
			x.st.joined = append(append(x.st.joined[:0], toks[begin:end]...), toks[c+1:stop]...)
			return x.st.joined
		}
	}
	return nil
}

// subjectClause reports whether toks, the words before a "while", are a
// subject waiting for its verb: a gerund ("Putting a moratorium on …") or
// a noun phrase with no verb of its own ("A ban on …").
func (x *extractor) subjectClause(toks []token) bool {
	for len(toks) > 0 && !toks[0].Word {
		toks = toks[1:]
	}
	if len(toks) < 2 || !toks[0].Cap {
		return false
	}
	if strings.HasSuffix(toks[0].Lower, "ing") {
		return true
	}
	// ("A ban on American intermediate-range missiles in Europe while …":
	// a noun phrase with no verb of its own)
	switch toks[0].Lower {
	case "a", "an", "any":
		for i := range toks {
			if x.isVerb(&toks[i]) || toks[i].Lower == "is" || toks[i].Lower == "would" {
				return false
			}
		}
		return true
	}
	return false
}

// withPointer returns toks[:end] from the clause that ends at end (the
// n-th of ends) on, taking in the clause after it when that one points
// back at it and names no demand of its own: "The demand that NATO
// withdraw … would turn Poland into a second-class ally. That is
// unacceptable."
func (x *extractor) withPointer(sp *entity, toks []token, end int, ends []int, n int) []token {
	begin := 0
	if n > 0 {
		begin = ends[n-1]
	}
	if n >= len(ends) {
		return toks[begin:end]
	}
	next := len(toks)
	if n+1 < len(ends) {
		next = ends[n+1]
	}
	c := toks[end:next]
	for len(c) > 0 && !c[0].Word {
		c = c[1:]
	}
	if x.anyDemandFor(sp, c) {
		return toks[begin:end]
	}
	// (or, when the clause itself takes no side, a next sentence that does
	// and names no demand of its own: "… is a legal guarantee that Ukraine
	// will never join NATO. No administration could get that through the
	// Senate, and frankly no administration should try.")
	sentenceEnds := end > 0 && toks[end-1].Text == "."
	if pointsBack(c) || sentenceEnds && !x.hasCue(toks[begin:end]) && x.hasCue(c) {
		return toks[begin:next]
	}
	return toks[begin:end]
}

// hasCue reports whether toks hold a cue that takes a side: a supporting
// or rejecting word, a verdict or an approval.
func (x *extractor) hasCue(toks []token) bool {
	return x.lex.Rules.anyCue(x.lex.Rules.concepts(toks), cueSupports, cueRejects, cueVerdict, cueApproval)
}

// clauseEnds appends to ends the indexes of toks at which a clause ends:
// clauses end at ";" and before ", adding", ", while", "but", "provided"
// and the like; none when toks is one clause.
func clauseEnds(ends []int, toks []token) []int {
	for i := 1; i < len(toks); i++ {
		switch toks[i].Lower {
		case ";", "but", "while", "whereas", "provided", "unless":
			ends = append(ends, i)
		case ".", "!", "?":
			// a quotation of several sentences: each is a clause
			if sentenceEnd(toks, i) {
				ends = append(ends, i+1)
			}
		case ",":
			switch {
			case i+1 < len(toks) && isWordOf(&toks[i+1], wClauseOpener, clauseOpeners):
				ends = append(ends, i)
			case i+2 < len(toks) && toks[i+1].Lower == "and" && toks[i+2].in(listSubjectPronouns):
				ends = append(ends, i) // "…, and we are ready to discuss …"
			}
		}
	}
	return ends
}

// sentenceEnd reports whether the mark at toks[i] ends a sentence: a
// capital follows after a space, and the word before is no abbreviation
// or initial ("U.S. ideas", "Mr. Blinken").
func sentenceEnd(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !toks[i+1].Cap || toks[i+1].Start == toks[i].End {
		return false
	}
	w := &toks[i-1]
	if toks[i].Text == "." && (!w.Word || len(w.Lower) < 2 || abbreviations[w.Lower]) {
		return false
	}
	return true
}

// subjectPronouns open a clause of their own after ", and".
var subjectPronouns = map[string]bool{"we": true, "i": true, "he": true, "she": true, "they": true, "it": true, "you": true}

// clauseOpeners open a clause of their own after a comma.
var clauseOpeners = map[string]bool{"adding": true, "saying": true, "noting": true, "stressing": true, "insisting": true,
	"warning": true, "arguing": true, "although": true, "though": true, "whereas": true, "while": true, "but": true}

// anyDemand is a quick check that some rule could hold for some speaker.
func (x *extractor) anyDemand(cs conceptSet) bool {
	return x.lex.Rules.any(cs)
}

// demandsFor returns the demands a speaker's words are about. Historical
// figures (Baker and Gorbachev in 1990) make no statements about the 2021
// demands, and neither does background that only they populate.
func (x *extractor) demandsFor(sp *entity, cs conceptSet) []string {
	if sp.Historical {
		return nil
	}
	return x.lex.Rules.demands(cs, ruleSide(sp))
}

// anyDemandFor reports whether toks name a demand for sp.
func (x *extractor) anyDemandFor(sp *entity, toks []token) bool {
	return len(x.demandsFor(sp, x.lex.Rules.concepts(toks))) > 0
}

// demandOf reports whether d is one of demandsFor(sp, cs).
func (x *extractor) demandOf(sp *entity, cs conceptSet, d string) bool {
	return !sp.Historical && x.lex.Rules.hasDemand(cs, ruleSide(sp), d)
}

// ruleSide is the side whose rules hold for a speaker: their own, or for
// a speaker of no side their leaning (a Moscow analyst's "Ukraine in NATO
// is a red line").
func ruleSide(sp *entity) string {
	if sp.Side == "" || sp.Side == "neutral" {
		return sp.Leaning
	}
	return sp.Side
}

// transcriptSentence makes rows for a sentence spoken under a transcript label.
//
// An answer that opens by pointing back at the question ("These are
// important topics, and we do not refuse to discuss them.") is about the
// question's topics: afterQuestion says the sentence is one of the first two
// of the answer that follows a question.
func (x *extractor) transcriptSentence(p *paragraph, s sentence, toks, next []token, date dateExpr, hasDate, afterQuestion bool) bool {
	start := max(s.Start, p.LabelEnd)
	for start < s.End && spaceOrColon(x.a.runeAt(start)) {
		start++
	}
	frame := tokenRange(toks, start, s.End)
	cs := x.lex.Rules.concepts(frame)
	fcs := cs // the frame's own concepts (cs may take others below)
	sp := p.Label
	// a sentence that can name no demand, through itself, the sentence
	// before it or the question, makes no row (nor does indirect on its
	// frame, since no sentence of p gave a demand): when finding its
	// subject would resolve no mention either, it is done
	resolved, named := frameMentions(p, frame)
	if x.lastPara != p && !x.lex.Rules.anyWithin(x.transcriptReach(p, cs, afterQuestion)) && resolved {
		x.lastSentPara, x.lastSentCS = p, cs
		return false
	}
	// "Deputy Foreign Minister Grushko made it very clear that Russia wants
	// …", "The Secretary urged Russia …": the speaker reports somebody
	// else's words, whose they are
	// (subjectMention's subject is one of the frame's mentions: a frame
	// that names no person nor role, all of whose mentions are resolved,
	// has none it wants, and the call would change nothing)
	if !resolved || named {
		if m := x.subjectMention(p, frame, true); m != nil && (m.Kind == mPerson || m.Kind == mRole) && m.Ent != nil && m.Ent.Person && m.Ent != sp {
			x.indirect(p, s, frame, date, hasDate, fcs, true)
			x.lastSentPara, x.lastSentCS = p, cs
			return true
		}
	}
	demands := x.demandsFor(sp, cs)
	if p.Asks {
		demands = nil
	}
	// the question's topics: an offer to discuss them only mentions them,
	// whichever side put them forward
	// "In Bucharest in 2008 the allies promised …. That promise has not
	// expired": a sentence that points back takes the one before it
	if len(demands) == 0 && x.lastSentPara == p && demonstrative(x.a.Span(start, min(s.End, start+8))) {
		cs = cs.union(x.lastSentCS)
		demands = x.demandsFor(sp, cs)
	}
	x.lastSentPara, x.lastSentCS = p, fcs
	offer := false
	own := demands // what the sentence says without the question
	// ("That is a non-starter", "It does.": the answer's subject is what was asked)
	if afterQuestion && (anaphoric(frame) || bareAnswer(frame) || shortDenial(frame) || pointsBack(frame) || len(own) == 0 && sharedConcepts(cs, x.question) >= 2) {
		d, ok := x.lex.Rules.cueOf(cueDiscuss)
		offer = len(own) == 0 && ok && cs.has(d) && !x.negatedDiscuss(frame)
		cs = cs.union(x.question)
		demands = x.demandsFor(sp, cs)
	}
	// "No. Enlargement has been a great success …" after "Is the Alliance
	// ready to pause its expansion?": the answer refuses what was asked
	no := afterQuestion && (len(frame) > 1 && frame[0].Lower == "no" && (frame[1].Text == "." || frame[1].Text == ",") || shortDenial(frame))
	if no {
		for _, d := range x.demandsFor(sp, x.question) {
			if !contains(demands, d) {
				demands = append(demands, d)
			}
		}
	}
	if len(demands) == 0 {
		return false
	}
	stances := make([]string, len(demands))
	var endsBuf [16]int
	ends := clauseEnds(endsBuf[:0], frame)
	for i, d := range demands {
		switch {
		case offer:
			stances[i] = schema.StanceMentions
		case no && !contains(own, d): // what was asked, not what the answer says itself
			stances[i] = schema.StanceRejects
			if sideGroup(sp.Side) == demandSide(d) {
				stances[i] = schema.StanceSupports
			}
		case !contains(own, d):
			stances[i] = x.stance(sp, d, cs, verbHint(x.lex, frame), frame) // one of the question's topics
		default:
			ccs, ctoks := cs, frame
			if c, _ := x.clauseOf(sp, d, frame, ends); c != nil {
				ccs, ctoks = x.lex.Rules.concepts(c), c
			}
			// "… would turn Poland into a second-class ally. That is
			// unacceptable.": the next sentence of the answer points back
			if len(next) > 0 && ctoks[len(ctoks)-1].End == frame[len(frame)-1].End && pointsBack(next) && !x.anyDemandFor(sp, next) {
				ctoks = tokenRange(p.Toks, ctoks[0].Start, next[len(next)-1].End)
				ccs = x.lex.Rules.concepts(ctoks)
			}
			stances[i] = x.stance(sp, d, ccs, verbHint(x.lex, ctoks), ctoks)
		}
	}
	x.emit(sp, sp.Name, demands, stances, x.a.Span(start, s.End), true, x.dateFor(sp, date, hasDate), start, s.End, frame)
	x.passingDemand([]speakerRef{{ent: sp}}, frame, start, s.End, frame)
	return true
}

// stageDirection reports whether a record's paragraph is wholly in
// parentheses ("(Applause from the CDU/CSU)", "(Laughter)"): the
// stenographer's, not the speech's.
func stageDirection(text string) bool {
	text = strings.TrimSpace(text)
	return len(text) > 2 && text[0] == '(' && text[len(text)-1] == ')' && strings.IndexByte(text[1:], '(') < 0
}

// transcriptReach is every concept a transcript sentence's rows may draw
// on: its own (cs), the sentence's before it in the paragraph, the
// question's.
func (x *extractor) transcriptReach(p *paragraph, cs conceptSet, afterQuestion bool) conceptSet {
	if x.lastSentPara == p {
		cs = cs.union(x.lastSentCS)
	}
	if afterQuestion {
		cs = cs.union(x.question)
	}
	return cs
}

// frameMentions reports whether every mention of p among toks has its
// entity (then subjectMention(p, toks, …), which resolves only mentions
// among toks, changes none), and whether one of them is a person's name
// or a role.
func frameMentions(p *paragraph, toks []token) (resolved, named bool) {
	if len(toks) == 0 {
		return true, false
	}
	resolved = true
	for _, m := range p.ments(toks[0].Start, toks[len(toks)-1].End+1) {
		resolved = resolved && m.Ent != nil
		named = named || m.Kind == mPerson || m.Kind == mRole
	}
	return resolved, named
}

// spaceOrColon reports whether r is a space or a colon, the runes between
// a label and its speech (the rune is read once).
func spaceOrColon(r rune) bool { return r == ' ' || r == ':' }

// afterSpeechVerb reports whether the quotation mark at offset open follows
// a speech verb or a colon ("saying “diplomacy only works …”"): the
// quotation is a statement of its own, not part of its sentence.
func afterSpeechVerb(toks []token, open int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= open })
	for i--; i >= 0 && !toks[i].Word && toks[i].Text != ":"; i-- {
	}
	if i < 0 {
		return false
	}
	switch toks[i].Lower {
	case ":", "saying", "said", "says", "adding", "added", "noting", "noted", "stressing", "stressed", "warning", "warned", "declared", "wrote", "told":
		return true
	}
	return false
}

// sharedConcepts counts the concepts two sets have in common: an answer
// that names what the question named ("The decision we took in Bucharest
// stands." after a question about the Bucharest decision) is about it.
func sharedConcepts(a, b conceptSet) int {
	return bits.OnesCount64(a[0]&b[0]) + bits.OnesCount64(a[1]&b[1])
}

// pointsBack reports whether an answer opens on what was asked: "That is
// a non-starter", "This is not on the table", or a short "It does." ("It
// is you who must give us guarantees" is a cleft, not a pointer).
func pointsBack(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Text {
	case "That", "This", "These", "Those", "Such":
		return len(toks) < 2 || toks[1].Lower != "said" // ("That said, …" turns away)
	case "It":
		words := 0
		for i := range toks {
			if toks[i].Word {
				words++
			}
		}
		return words <= 5
	}
	return false
}

// demonstrative reports whether s opens with a word that points back
// ("This", "That is", "These", "Such").
func demonstrative(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "This", "That", "These", "Those", "Such", "It":
		return true
	}
	return false
}

// datelineEnd returns how many tokens a wire dateline takes at the start of
// toks ("MOSCOW, Jan 11 (Reuters) -", "GENEVA (AP) —"): up to a dash after a
// closing parenthesis among the first fourteen tokens; 0 when there is none.
func datelineEnd(toks []token) int {
	if d := capsDateline(toks); d > 0 {
		return d
	}
	return parenDateline(toks)
}

// datelineIn is datelineEnd for tokens of p: a paragraph whose line has no
// closing parenthesis has no dateline of the form "… (Xinhua) --".
func datelineIn(p *paragraph, toks []token) int {
	if p.noParen {
		return capsDateline(toks)
	}
	return datelineEnd(toks)
}

// capsDateline is datelineEnd's reading of a city in capitals: the
// dateline's end, or 0.
func capsDateline(toks []token) int {
	// "KYIV, Ukraine – …", "BRUSSELS, Jan 12 – …": a city in capitals, what
	// follows it in title case or a day, and a dash
	if len(toks) > 2 && toks[0].Word && len(toks[0].Text) >= 3 && inCapitals(toks[0].Text) {
		for i := 1; i < len(toks) && i < 8; i++ {
			t := &toks[i]
			switch {
			case t.Text == "–" || t.Text == "—" || t.Text == "--" || t.Text == "-" && i > 1:
				return i + 1
			case t.Text == "," || t.Text == "." || t.Word && (t.Cap || isNumber(t.Text)):
			default:
				i = len(toks) // not a dateline
			}
		}
	}
	return 0
}

// parenDateline is datelineEnd's reading of a dash after a closing
// parenthesis among the first fourteen tokens: the dateline's end, or 0.
func parenDateline(toks []token) int {
	paren := false
	for i := 0; i < len(toks) && i < 14; i++ {
		if toks[i].Word {
			continue // every mark below is a token of its own
		}
		switch toks[i].Text {
		case ")":
			paren = true
		case "-", "--", "—", "–":
			if paren {
				return i + 1
			}
		}
	}
	return 0
}

// wordCount counts the words of toks within [start, end).
func wordCount(toks []token, start, end int) int {
	n := 0
	r := tokenRange(toks, start, end)
	for i := range r {
		if r[i].Word {
			n++
		}
	}
	return n
}

// repeats reports whether toks repeat an earlier demand without naming it:
// "repeated it", "reiterated the demand", "made the same demand".
func repeats(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Lower {
		case "repeated", "reiterated", "echoed", "repeats", "reiterates", "echoes", "renewed", "renews":
			switch toks[i+1].Lower {
			case "it", "the", "this", "that", "that demand", "them":
				return true
			}
		case "same":
			if toks[i+1].Lower == "demand" || toks[i+1].Lower == "call" || toks[i+1].Lower == "position" {
				return true
			}
		}
	}
	return false
}

// shortDenial reports whether toks are a short answer that denies: "It is
// not.", "That is not the case.", "Not at all."
func shortDenial(toks []token) bool {
	words, not := 0, false
	for i := range toks {
		if toks[i].Word {
			words++
			if toks[i].Lower == "not" || toks[i].Lower == "n't" {
				not = true
			}
		}
	}
	return words <= 5 && not
}

// bareAnswer reports whether toks are a bare "No." or "Yes." answering
// the question before them.
func bareAnswer(toks []token) bool {
	n := 0
	for i := range toks {
		if toks[i].Word {
			n++
		}
	}
	return n == 1 && (toks[0].Lower == "no" || toks[0].Lower == "yes")
}

// anaphoric reports whether toks point back at something named before them
// with a demonstrative or a plural pronoun ("these topics", "discuss them").
func anaphoric(toks []token) bool {
	for i := range toks {
		switch toks[i].Lower {
		case "them", "these", "those", "this", "such":
			return true
		}
	}
	return false
}

// referent returns the clause after "referring to", "in reference to" or
// "speaking of/about" in toks (up to the next quotation mark or the end).
func referent(toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		l, n := toks[i].Lower, toks[i+1].Lower
		if (l == "referring" || l == "reference" || l == "alluding") && n == "to" || l == "speaking" && (n == "of" || n == "about") {
			j := i + 2
			for j < len(toks) && !isQuoteMark(toks[j].Text) {
				j++
			}
			return toks[i+2 : j]
		}
	}
	return nil
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// tokenRange returns the tokens that lie within [start, end): from the
// first that starts at start or after to the first after it that ends
// after end, both found by bisection (the tokens are in order, their
// starts and their ends increasing).
func tokenRange(toks []token, start, end int) []token {
	lo, hi := 0, len(toks)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); toks[h].Start >= start {
			hi = h
		} else {
			lo = h + 1
		}
	}
	i := lo
	for hi = len(toks); lo < hi; {
		if h := int(uint(lo+hi) >> 1); toks[h].End > end {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return toks[i:lo]
}

// removeRange appends to out the tokens outside [start, end); out may be
// toks[:0].
func removeRange(out, toks []token, start, end int) []token {
	// the tokens are in order: those kept are a run before the range and
	// a run after it (out may be toks' own array: the runs move down)
	i := 0
	for i < len(toks) && toks[i].End <= start {
		i++
	}
	j := i
	for j < len(toks) && toks[j].Start < end {
		j++
	}
	out = append(out, toks[:i]...)
	return append(out, toks[j:]...)
}

// speakerVerbHint is the stance hint of the speaker's own verb: the first
// verb of the lexicon within four tokens after the speaker's mention.
func (x *extractor) speakerVerbHint(p *paragraph, m *mention, frame []token) string {
	if m == nil {
		return verbHint(x.lex, frame)
	}
	for i := m.T1; i < len(p.Toks) && i < m.T1+4; i++ {
		if f := x.lex.infoOf(&p.Toks[i]); f&wVerb != 0 {
			return hintOf(f)
		}
	}
	return ""
}

// verbHint returns the stance hint of the first speech verb in toks.
func verbHint(lex *Lexicon, toks []token) string {
	for i := range toks {
		if h := hintOf(lex.infoOf(&toks[i])); h != "" && !namedDemand(toks, i) {
			return h
		}
	}
	return ""
}

// namedDemand reports whether toks[i] is the noun "demand" naming
// someone's demand ("The demand that NATO withdraw …", "Moscow's
// demands"), which is no speaker's verb; "our demand" is the speaker's.
func namedDemand(toks []token, i int) bool {
	if i == 0 || toks[i].Lower != "demand" && toks[i].Lower != "demands" {
		return false
	}
	switch toks[i-1].Lower {
	case "the", "a", "this", "that", "these", "those", "its", "their", "his", "her", "'s", "’s", "s", "main", "key", "central", "core":
		return true
	}
	return false
}

// side returns the side a demand belongs to.
func demandSide(id string) string {
	if d, ok := schema.DemandByID(id); ok && d.Western {
		return "west"
	}
	return "russia"
}

// stance decides supports / rejects / mentions for a speaker and a demand.
// Russian demands voiced by Russia's side and Western positions voiced by
// the West are supported; the other side's demands are rejected, unless the
// speaker only offers to discuss them ("open to discussing limits on
// exercises"), which mentions them. Speakers of no side (analysts, the OSCE)
// mention a demand unless their own verb takes a side ("X rejected").
func (x *extractor) stance(sp *entity, demand string, cs conceptSet, hint string, toks []token) string {
	rules := x.lex.Rules
	rej := cs.has(rules.cue[cueRejects])
	if v, ok := rules.cueOf(cueVerdict); ok && cs.has(v) {
		rej = true // (a verdict rejects too: "a fantasy", "would reward blackmail")
	}
	if r, ok := rules.cueOf(cueReport); ok && cs.has(r) {
		return schema.StanceMentions
	}
	side := sideGroup(sp.Side)
	// (what the demand is and what toks say is read once, when first asked)
	facts := rules.demandFacts(demand)
	dside, talks, shared := facts.side, facts.talks, facts.shared
	var negated, attrib lazyBool
	negatedDiscuss := func() bool { return negated.of(func() bool { return x.negatedDiscuss(toks) }) }
	attributed := func() bool { return attrib.of(func() bool { return x.attributed(sp, toks) }) }
	// the demand stated with its limit by someone not of its side ("the
	// right of any country to join the alliance … must take into account
	// the security interests of other countries"): a rejection
	if l, ok := facts.limit, facts.hasLimit; ok && cs.has(l) && side != dside && sideGroup(sp.Leaning) != dside {
		return schema.StanceRejects
	}
	// "We are not setting preconditions for talking", "talks must go on
	// without any preconditions": the talks a demand is about, offered
	// without conditions in the speaker's own words, whoever offers them
	if talks && !rej && hint != schema.StanceRejects && (firstPersonIn(toks) || side != "" && cs.has(rules.cue[cueSupports])) &&
		x.unconditional(toks) && !attributed() {
		return schema.StanceSupports
	}
	// an offer to discuss, with no cue of either side: a mention, whoever
	// put the topic forward ("a serious conversation on secondary topics,
	// such as … missiles")
	discuss := x.discusses(cs, toks)
	// a demand both sides want, proposed or wished for in the speaker's
	// own words ("we proposed to re-establish our military-to-military
	// channels", "I would very much like to see regular military-to-military
	// channels restored"), not only offered for discussion: taken up
	if shared && !rej && hint != schema.StanceRejects && !discussVerb(toks) && !negatedDiscuss() && !attributed() {
		if rules.statedOutright(demand, cs) {
			return schema.StanceSupports
		}
	}
	// "ready to keep talking … without preconditions": an offer of the
	// talks a demand is about takes it up, whoever makes it
	if talks && discuss && !rej && hint != schema.StanceRejects && !negatedDiscuss() {
		return schema.StanceSupports
	}
	if discuss && !rej && !cs.has(rules.cue[cueSupports]) && hint == "" && !negatedDiscuss() {
		return schema.StanceMentions
	}
	// "the United States had no intention of deploying offensive strike
	// weapons in Ukraine": the other side disowning what a demand forbids
	// concedes its point without taking the demand up
	if side != "" && side != "neutral" && side != dside && x.disownsObject(demand, toks) {
		return schema.StanceMentions
	}
	// a demand both sides want, dismissed by its own side ("Grushko
	// dismissed as «cosmetic» NATO's offer to restore contacts between the
	// militaries", "sees no sense to restore the military channels")
	if shared && side == dside && (hint == schema.StanceRejects || rej && !x.ownSupportCue(toks)) {
		return schema.StanceRejects
	}
	switch {
	case side == dside:
		return schema.StanceSupports
	case side == "" || side == "neutral":
		if hint == schema.StanceRejects && x.rejectsObject(demand, toks) {
			return schema.StanceSupports // "Beijing opposes NATO's enlargement"
		}
		// ("Moscow wants the United States to promise …" in an analyst's
		// answer: the verb is Moscow's, not the analyst's)
		if hint != "" && !(sp.Person && attributed()) {
			return hint
		}
		// "Zhao said Beijing opposes NATO's enlargement": the speaker's own
		// government's rejection of what the demand forbids
		if x.rejectsObject(demand, toks) && !attributed() {
			return schema.StanceSupports
		}
		// "A moratorium … would be a gift to the Kremlin", "Closing the
		// door to Ukraine forever is a non-starter": a verdict in a
		// person's own words is their position, whatever their country
		if v, ok := rules.cueOf(cueVerdict); ok && sp.Person && sp.Leaning == "" && cs.has(v) && !attributed() {
			if x.rejectsObject(demand, toks) {
				return schema.StanceSupports
			}
			return schema.StanceRejects
		}
		// ("A mutual ban on intermediate-range missiles is in everyone's
		// interest"): so is an approval, unless it is a rejection's
		if a, ok := rules.cueOf(cueApproval); ok && sp.Person && sp.Leaning == "" && cs.has(a) && !rej && !attributed() {
			return schema.StanceSupports
		}
		if sp.Leaning == "" || !cs.has(rules.cue[cueSupports]) && !rej || attributed() {
			return schema.StanceMentions // a report or a forecast, not a position
		}
		// an analyst voicing a demand in their own words takes their country's side
		if sideGroup(sp.Leaning) == dside {
			return schema.StanceSupports
		}
		side = sideGroup(sp.Leaning)
	}
	// (a demand both sides want, with a supporting cue: "ready to restore
	// military-to-military contacts" is no mere offer to discuss)
	if discuss && !rej && hint != schema.StanceRejects && !negatedDiscuss() &&
		!(shared && cs.has(rules.cue[cueSupports]) && !discussVerb(toks)) {
		return schema.StanceMentions
	}
	// "We have proposed to re-establish military-to-military channels": the
	// other side's demand in the speaker's own first-person proposal
	if !rej && hint != schema.StanceRejects && x.ownSupport(sp, demand, toks) {
		return schema.StanceSupports
	}
	// a demand both sides want ("keeping military-to-military lines of
	// communication open is vital"): the cue decides, not the side
	if shared && !rej && hint != schema.StanceRejects {
		if hint == schema.StanceSupports || cs.has(rules.cue[cueSupports]) {
			return schema.StanceSupports
		}
		return schema.StanceMentions
	}
	return schema.StanceRejects
}

// lazyBool is a boolean worked out the first time it is asked for.
type lazyBool uint8 // 0: not yet; 1: false; 2: true

func (l *lazyBool) of(f func() bool) bool {
	if *l == 0 {
		*l = 1
		if f() {
			*l = 2
		}
	}
	return *l == 2
}

// discusses reports whether the concepts cs of toks hold an offer to
// discuss, other than someone's readiness to join ("It is for Ukraine and
// the 30 allies to decide when Ukraine is ready to join"), which is none.
func (x *extractor) discusses(cs conceptSet, toks []token) bool {
	d, ok := x.lex.Rules.cueOf(cueDiscuss)
	if !ok || !cs.has(d) {
		return false
	}
	// (cs may come from more than toks: an answer's from its question)
	joining := false
	for i := range toks {
		if i+2 < len(toks) && (toks[i].Lower == "ready" || toks[i].Lower == "willing") && toks[i+1].Lower == "to" && joinVerbs[toks[i+2].Lower] {
			joining = true
			continue
		}
		// ("NATO's door must remain open to any European democracy": a
		// door open to members, not an offer of talks)
		if i+1 < len(toks) && toks[i].Lower == "open" && toks[i+1].Lower == "to" && doorBefore(toks, i) {
			joining = true
			continue
		}
		if !x.lex.termStart(&toks[i]) {
			continue
		}
		var one conceptSet
		x.lex.termsAt(toks[i:], &one)
		if one.has(d) {
			return true
		}
	}
	return !joining
}

// doorBefore reports whether "door" or "doors" stands in the four words
// before toks[i].
func doorBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Lower == "door" || toks[k].Lower == "doors" {
			return true
		}
	}
	return false
}

// joinVerbs after "ready to" make no offer of talks ("ready to join",
// "ready to close the door").
var joinVerbs = map[string]bool{"join": true, "become": true, "enter": true, "accede": true, "close": true, "shut": true, "slam": true}

// discussVerb reports whether toks offer talks in so many words
// ("prepared to discuss restoring the hotlines").
func discussVerb(toks []token) bool {
	for i := range toks {
		if l := toks[i].Lower; strings.HasPrefix(l, "discuss") || strings.HasPrefix(l, "negotiat") || l == "talk" || l == "talks" {
			return true
		}
	}
	return false
}

// representatives gives a person the article names without a side the
// side of the country they represent ("Vadim Lebedinsky has represented
// Russia in the Grand Duchy since 2019").
func (x *extractor) representatives() {
	for _, p := range x.paras {
		if len(p.Ments) < 2 {
			continue
		}
		for k := 0; k+1 < len(p.Ments); k++ {
			m, a := &p.Ments[k], &p.Ments[k+1]
			if m.Kind != mPerson || a.Kind != mActor || a.Ent == nil || m.Ent == nil || m.Ent.Side != "" {
				continue
			}
			between := p.Toks[m.T1:a.T0]
			if len(between) == 0 || len(between) > 2 {
				continue
			}
			if v := between[len(between)-1].Lower; v != "represents" && v != "represented" && v != "representing" {
				continue
			}
			m.Ent.Side = a.Ent.Side
		}
		// "Radu IONESCU (Romania) said …": the country in parentheses
		// after a name
		for k := 0; k+1 < len(p.Ments); k++ {
			m, a := &p.Ments[k], &p.Ments[k+1]
			if m.Kind != mPerson || a.Kind != mActor || a.Ent == nil || m.Ent == nil || m.Ent.Side != "" || a.Ent.Person {
				continue
			}
			if a.T0 == m.T1+1 && p.Toks[m.T1].Text == "(" && a.T1 < len(p.Toks) && p.Toks[a.T1].Text == ")" {
				m.Ent.Side = a.Ent.Side
			}
		}
	}
}

// homeSide gives the people the article names without a side — officials
// and people without a title the lexicon does not know ("deputy foreign
// minister Marcin Przydacz" in a Polish outlet) — the side of the outlet's
// country, when it has one.
func (x *extractor) homeSide() {
	if x.home == "" {
		return
	}
	for _, e := range x.ents.order {
		if !e.Person || e.Anon || e.Side != "" || e.Leaning != "" || !officialTitle(e.Title) && e.Title != "" {
			continue
		}
		if _, known := x.lex.Person(e.ID); !known {
			e.Side = x.home
		}
	}
}

// officialTitle reports whether a job title is an office of a state
// (minister, member of parliament, ambassador …), not an analyst's.
func officialTitle(title string) bool {
	t := strings.ToLower(title)
	for _, w := range officialWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

var officialWords = []string{"minister", "deputy", "mp", "lawmaker", "senator", "member of", "official", "spokes", "ambassador",
	"diplomat", "president", "chancellor", "secretary", "chairman", "chair of", "head of", "representative", "envoy",
	"commander", "general", "adviser", "advisor", "parliament", "committee", "speaker", "seimas", "sejm", "riigikogu", "on behalf of", "group"}

// notTermOf reports whether an annotated word is, alone, no term of the
// concept: the terms of one word are some of those annotateConcepts found
// starting at it, in its paragraph (wordIs's quick answer, inlined).
func notTermOf(t *token, concept int) bool {
	return t.Word && t.Info&(wSeen|wConcepts) == wSeen|wConcepts && !t.Cs.has(concept)
}

// wordIs reports whether the one token of tok is a term of the concept.
func (x *extractor) wordIs(tok []token, concept int) bool {
	if t := &tok[0]; t.Info&wSeen != 0 {
		if !x.lex.termStart(t) {
			// no term starts at an annotated word without wTermStart (every
			// term's first word and prefix sets it), nor at a mark when none
			// starts with one: the walk below would find nothing
			return false
		}
		if t.Word && len(tok) == 1 && notTermOf(t, concept) {
			return false
		}
	}
	var one conceptSet
	x.lex.Rules.terms.matchAt(tok, &one)
	return one.has(concept)
}

// ownSupport reports whether toks hold a supporting cue in the first
// person ("we have proposed", "I want", "we are ready") or with the
// speaker's own government as its subject ("the Pentagon would welcome"),
// whose object is the demand: the words after the cue name it.
func (x *extractor) ownSupport(sp *entity, demand string, toks []token) bool {
	sup := x.lex.Rules.cue[cueSupports]
	for i := range toks {
		if notTermOf(&toks[i], sup) || !x.wordIs(toks[i:i+1], sup) {
			continue
		}
		j := i + 1 // the cue's object: up to the clause's end
		for j < len(toks) && j < i+25 && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Text != "." {
			j++
		}
		if !contains(x.demandsFor(sp, x.lex.Rules.concepts(toks[i:j])), demand) {
			continue
		}
		// the subject: "we", "I", or the speaker's own name or government
		// close before the cue, with nobody else's name (or a comma) in
		// between ("According to Kuleba, Moscow's demand …" is Moscow's)
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if toks[j].Text == "," {
				break
			}
			if l := toks[j].Lower; l == "we" || l == "i" {
				return true
			}
			if e, n := x.lex.matchName(toks[j:i]); e != nil && n > 0 {
				if e.id == sp.ID || sp.Org != "" && e.id == sp.Org {
					return true
				}
				if e.kind != kindRole {
					break
				}
			}
		}
	}
	return false
}

// rejectsObject reports whether the first rejecting word of toks (a
// rejecting verb, "opposition", "against") has what
// the demand forbids as its object: the words after it (up to eight, within
// the clause) hold the demand's object concepts ("opposes the further
// enlargement of NATO"), so rejecting them supports the demand.
func (x *extractor) rejectsObject(demand string, toks []token) bool {
	obj, ok := x.lex.Rules.Objects[demand]
	if !ok {
		return false
	}
	for i := range toks {
		if x.lex.infoOf(&toks[i])&wHintRej == 0 && !strings.HasPrefix(toks[i].Lower, "oppos") && toks[i].Lower != "against" {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+8 && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Text != "." {
			j++
		}
		return obj.holds(x.lex.Rules.concepts(toks[i+1 : j]))
	}
	return false
}

// disownsObject reports whether toks say the speaker has no intention or
// plan to do what the demand forbids ("no intention of deploying offensive
// strike weapons in Ukraine"): the words after the intention (up to ten,
// within the clause) hold the demand's object concepts.
func (x *extractor) disownsObject(demand string, toks []token) bool {
	obj, ok := x.lex.Rules.Objects[demand]
	if !ok {
		return false
	}
	for i := range toks {
		switch toks[i].Lower {
		case "intention", "intentions", "plans", "plan", "intend", "intends":
		default:
			continue
		}
		neg := false
		for j := max(0, i-3); j < i; j++ {
			neg = neg || toks[j].Lower == "no" || toks[j].Lower == "not" || toks[j].Lower == "n't"
		}
		if !neg {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+10 && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Text != "." {
			j++
		}
		return obj.holds(x.lex.Rules.concepts(toks[i+1 : j]))
	}
	return false
}

// attributed reports whether toks voice a position as someone else's: an
// actor or another person followed by an attitude verb or a "demand" noun
// ("the Kremlin wants …", "Moscow insists …", "Russia's demand …"). An
// analyst who says so reports the position; they do not take it.
func (x *extractor) attributed(sp *entity, toks []token) bool {
	sup := x.lex.Rules.cue[cueSupports]
	for i := 0; i < len(toks); i++ {
		e, n := x.lex.matchName(toks[i:])
		if e == nil || n == 0 || e.id == sp.ID || e.id == sp.Org && sp.Org != "" {
			continue
		}
		// "China and Russia have voiced …": a partner of the speaker's, not
		// someone else's position reported
		if i >= 2 && toks[i-1].Lower == "and" {
			if pe, pn := x.lex.matchName(toks[max(0, i-4) : i-1]); pe != nil && pe.id == sp.ID && pn > 0 {
				i += n - 1
				continue
			}
		}
		for j := i + n; j < len(toks) && j < i+n+3; j++ {
			if toks[j].Text == "'s" || toks[j].Text == "’s" || toks[j].Text == "'" || toks[j].Lower == "s" {
				continue
			}
			if x.wordIs(toks[j:j+1], sup) || x.lex.infoOf(&toks[j])&wVerb != 0 {
				return true
			}
		}
		// "the main demand of Moscow", "demands by Russia"
		if i >= 2 && (toks[i-1].Lower == "of" || toks[i-1].Lower == "by") || i >= 3 && toks[i-1].Lower == "the" && (toks[i-2].Lower == "of" || toks[i-2].Lower == "by") {
			k := i - 2
			if toks[i-1].Lower == "the" {
				k = i - 3
			}
			if x.wordIs(toks[k:k+1], sup) {
				return true
			}
		}
		i += n - 1
	}
	return false
}

// unconditional reports whether toks hold an unconditional cue ("not
// setting preconditions", "without any preconditions") that no negation
// in the six words before turns round ("There can be no talk of
// negotiations without preconditions").
func (x *extractor) unconditional(toks []token) bool {
	u, ok := x.lex.Rules.cueOf(cueUnconditional)
	if !ok {
		return false
	}
	neg := x.lex.Rules.cue[cueNegation]
	for i := range toks {
		if !toks[i].Word || !x.wordIs(toks[i:], u) {
			continue
		}
		for j := max(0, i-6); j < i; j++ {
			if x.wordIs(toks[j:j+1], neg) {
				return false
			}
		}
		return true
	}
	return false
}

// ownSupportCue reports whether toks hold a supporting cue other than
// someone's offer ("poured cold water on NATO's offer to restore military
// contacts" supports nothing) or a question asked.
func (x *extractor) ownSupportCue(toks []token) bool {
	sup := x.lex.Rules.cue[cueSupports]
	for i := range toks {
		if !toks[i].Word || strings.HasPrefix(toks[i].Lower, "offer") {
			continue
		}
		// ("Asked whether Moscow would restore military contacts, …")
		if strings.HasPrefix(toks[i].Lower, "ask") && i+1 < len(toks) && (toks[i+1].Lower == "whether" || toks[i+1].Lower == "if" || toks[i+1].Lower == "about") {
			continue
		}
		if x.wordIs(toks[i:], sup) {
			return true
		}
	}
	return false
}

// firstPersonIn reports whether toks speak in the first person ("we",
// "our", "I").
func firstPersonIn(toks []token) bool {
	for i := range toks {
		switch toks[i].Lower {
		case "we", "our", "i", "my", "ours":
			return true
		case "us":
			if toks[i].Text == "us" { // (not "US")
				return true
			}
		}
	}
	return false
}

// negatedDiscuss reports whether an offer to discuss is negated: "would
// not discuss", "refuses to negotiate" is a rejection, not a mention.
func (x *extractor) negatedDiscuss(toks []token) bool {
	d, ok := x.lex.Rules.cueOf(cueDiscuss)
	if !ok {
		return false
	}
	neg := x.lex.Rules.cue[cueNegation]
	for i := range toks {
		if notTermOf(&toks[i], d) || !x.wordIs(toks[i:i+1], d) {
			continue
		}
		// "would not discuss", "refuses to negotiate"; but "we do not
		// refuse to discuss" negates the refusal
		// ("had no objection to Washington discussing": an objection is a refusal)
		negs := 0
		// ("that is not something we are going to negotiate": six words back)
		for j := max(0, i-6); j < i; j++ {
			if x.wordIs(toks[j:j+1], neg) || x.lex.infoOf(&toks[j])&wHintRej != 0 || isWordOf(&toks[j], wObjection, objectionNouns) {
				negs++
			}
		}
		if negs%2 == 1 {
			return true
		}
	}
	return false
}

// objectionNouns refuse what follows them ("no objection to discussing").
var objectionNouns = map[string]bool{"objection": true, "objections": true, "opposition": true}

// fullSentence reports whether a short quotation is a sentence of its own
// ("Tensions have mounted.") rather than a scare quote.
func fullSentence(first, last rune, q quoteSpan) bool {
	if unicode.IsUpper(first) && (last == '.' || last == '!' || last == '?') {
		return true
	}
	// "“We cannot wait forever,” Lukashevich told reporters."
	return unicode.IsUpper(first) && last == ',' && q.Words >= 3
}

// speakerName is how the article names an entity at a mention.
func speakerName(m *mention) string {
	if m.Kind == mPerson || m.Kind == mActor {
		return strings.TrimSpace(m.Text)
	}
	return m.Ent.Name
}

// skipLabel starts the paragraph's first sentence after a label ending at
// offset end, so that the label is no part of what the sentence says.
func (p *paragraph) skipLabel(end int) {
	if len(p.Sents) == 0 {
		return
	}
	s := &p.Sents[0]
	for s.T0 < s.T1 && p.Toks[s.T0].Start < end {
		s.T0++
	}
	if s.T0 < s.T1 {
		s.Start = p.Toks[s.T0].Start
	} else {
		p.Sents = p.Sents[1:]
	}
}

// askedLead returns the index in frame just after an opening question
// clause ("Asked whether Chisinau might follow Kyiv …,", "When asked about
// the drills,"), or 0 when the frame opens with none.
// rubricLead returns the length of a lead-in before a colon that asks
// what follows ("What the U.S. offered:", "Quick refresher on what's being
// answered:"): a wh-word and a colon within its first ten tokens, and no
// speech verb before the colon unless "What" opens it ("What NATO says:");
// 0 when the frame has none.
func rubricLead(frame []token) int {
	wh := false
	for i := 0; i < len(frame) && i < 10; i++ {
		switch frame[i].Lower {
		case "what", "why", "how", "who", "where", "which":
			wh = true
		case ":":
			if wh && i > 0 && i+1 < len(frame) {
				return i + 1
			}
			return 0
		case "said", "says", "told", "asked", "stated":
			// ("What NATO says: The general secretary … declared": a rubric
			// that opens with its wh-word may name a speech)
			if !wh || frame[0].Lower != "what" {
				return 0
			}
		}
	}
	return 0
}

func askedLead(frame []token) int {
	i := 0
	if len(frame) > 0 && frame[0].Lower == "when" {
		i = 1
	}
	if i+1 >= len(frame) {
		return 0
	}
	switch frame[i].Lower {
	case "asked", "pressed", "questioned":
	default:
		return 0
	}
	switch frame[i+1].Lower {
	case "whether", "if", "about", "what", "how", "why", "when", "on", "by":
	default:
		return 0
	}
	depth := 0
	for k := i + 2; k < len(frame); k++ {
		switch frame[k].Text {
		case "(":
			depth++
		case ")":
			depth--
		case ",":
			if depth == 0 {
				return k + 1
			}
		}
	}
	return 0
}

// verbatimLabel reads the European Parliament's verbatim report: a name,
// a comma, a title or group, a full stop and a dash ("Clément Beaune,
// President-in-Office of the Council. – Madam President, …", "Dainius
// Sabaliauskas, on behalf of the PPE Group. – …"); "President. – " is the
// chair, who asks. ok is false when p opens with no such label.
func (x *extractor) verbatimLabel(p *paragraph) (*entity, int, bool) {
	toks := p.Toks
	if len(toks) < 4 || !toks[0].Cap {
		return nil, 0, false
	}
	// ("M. Jean-Yves Le Drian, ministre. – ", "Mme Hélène Duvernoy. – ": the
	// French Senate's forms of address)
	from := 0
	if frenchAddress(toks[0].Text) || addressTerm(toks[0].Text) {
		from = 1 // (and the English translation's "Mr Olivier Cadiou. – ")
		if toks[1].Text == "." {
			from = 2
		}
	}
	for i := from + 1; i+1 < len(toks) && i < 40; i++ {
		// ("E. Rinkēvičs (Minister for Foreign Affairs). Honourable …": an
		// initial's full stop at the start ends no label)
		if toks[i].Text != "." || i-1 >= from && initialAt(toks, i-1) && (i-1 == from || i-3 >= from && initialAt(toks, i-3)) {
			continue
		}
		dash := toks[i+1].Text == "-" || toks[i+1].Text == "–" || toks[i+1].Text == "—" || toks[i+1].Text == "--"
		if !dash {
			// ("PRESIDENT. The next item is …", "Giulia Rinaldi (FdI). Mr
			// President, …", "Luigi Di Maio, Minister of Foreign Affairs and
			// International Cooperation. Thank you, …": the Italian Chamber's
			// labels end at a full stop)
			return x.stopLabel(p, toks, from, i)
		}
		if i == from+1 && (toks[from].Text == "President" || toks[from].in(listChairs) || toks[from].Text == "Chair") {
			p.LabelEnd = -1 // ("Mr President. – The floor is given to …")
			return nil, -1, true
		}
		// ("Rasa Juknevičienė (PPE). – ": a member's group in parentheses;
		// "Viola von Cramon-Taubadel, on behalf of …": a particle)
		c := from
		for c < i && toks[c].Text != "," && toks[c].Text != "(" {
			c++
		}
		name := toks[from:c]
		party := c < i && toks[c].Text == "(" && toks[i-1].Text == ")"
		if !personName(name) && !particleName(name) || c == i && from == 0 || toks[c].Text == "(" && !party {
			return nil, 0, false
		}
		// ("M. Christian Cambon, président. – ": the chair gives the floor)
		if c < i && c+2 == i && (toks[c+1].in(listChairs) || toks[c+1].in(listPresidents)) {
			p.LabelEnd = -1
			return nil, -1, true
		}
		if e := x.knownPerson(name); e != nil {
			return e, toks[i+1].End, true
		}
		// ("Josep Borrell Fontelles": the lexicon's name and a second surname)
		if e, n := x.lex.names.match(name); e != nil && n >= 2 && e.kind == kindPerson {
			return x.ents.person(e.id), toks[i+1].End, true
		}
		title := ""
		if c+1 < i {
			title = x.a.Span(toks[c+1].Start, toks[i-1].End)
		}
		return x.unknownNamed(name, title), toks[i+1].End, true
	}
	return nil, 0, false
}

// stopLabel reads a record's label that ends at its first full stop,
// toks[i], with no dash: the chair in capitals, a member and the party in
// parentheses, or a name, a comma and an office. ok is false for anything
// else: a sentence.
func (x *extractor) stopLabel(p *paragraph, toks []token, from, i int) (*entity, int, bool) {
	if i+1 >= len(toks) || !toks[i+1].Cap {
		return nil, 0, false
	}
	if i == 1 && inCapitals(toks[0].Text) && (toks[0].in(listPresidents) || toks[0].in(listChairs)) {
		p.LabelEnd = -1
		x.stopLabels++
		return nil, -1, true
	}
	// ("A. Lūse-Bērziņa (NA). ", "E. Rinkēvičs (Minister for Foreign
	// Affairs). ": initials, a surname named in full before, the party or
	// the office)
	if initialAt(toks, from) && toks[i-1].Text == ")" {
		e, chair, ok := x.initialLabel(toks[from:i])
		if chair {
			p.LabelEnd = -1
			x.stopLabels++
			return nil, -1, true
		}
		if ok {
			x.stopLabels++
			return e, toks[i].End, true
		}
	}
	if toks[i-1].Text == ")" {
		if e := x.memberLabel(toks[:i]); e != nil {
			x.stopLabels++
			return e, toks[i].End, true
		}
	}
	// ("Name, office. " waits for officeStops: a label only in a record
	// that has others)
	return nil, 0, false
}

// officeStops labels the turns of a record whose labels end at a full stop
// — one with two labels or more like "PRESIDENT. " or "Giulia Rinaldi
// (FdI). " — that open with a name, a comma and an office ("Luigi Di
// Maio, Minister of Foreign Affairs and International Cooperation. Thank
// you, …"). It returns how many it labelled.
func (x *extractor) officeStops() int {
	if x.stopLabels < 2 {
		return 0
	}
	n := 0
	for _, p := range x.paras {
		if p.Label != nil || p.LabelEnd != 0 || p.Narration || p.Headline {
			continue
		}
		toks := p.Toks
		from := 0
		if len(toks) > 2 && frenchAddress(toks[0].Text) {
			from = 1
			if toks[1].Text == "." {
				from = 2
			}
		}
		i := from + 1
		for i < len(toks) && i < 40 && toks[i].Text != "." {
			i++
		}
		if i+1 >= len(toks) || i >= 40 || !toks[i+1].Cap {
			continue
		}
		c := from
		for c < i && toks[c].Text != "," {
			c++
		}
		if c == i || c+1 >= i || !personName(toks[from:c]) || !x.hasTitleWord(toks[c+1:i]) {
			continue
		}
		name := toks[from:c]
		e, k := x.lex.names.match(name)
		var sp *entity
		if e != nil && k >= 2 && e.kind == kindPerson {
			sp = x.ents.person(e.id)
		} else {
			sp = x.unknownNamed(name, x.a.Span(toks[c+1].Start, toks[i-1].End))
		}
		p.Label, p.LabelEnd = sp, toks[i].End
		n++
	}
	return n
}

// frenchAddress reports whether s is a form of address of a French record
// ("M.", "Mme").
func frenchAddress(s string) bool {
	switch s {
	case "M", "Mme", "Mlle", "MM":
		return true
	}
	return false
}

// presidents chair a French or European record ("président").
var presidents = map[string]bool{"président": true, "présidente": true, "president": true, "chairman": true, "chairwoman": true}

// initialsNamed is the person of the article whose initials a label gives
// ("N.S." after "Nadine Sauterel"), the latest one named, or nil.
// initialLabel reads a label of initials and a surname, with an office or
// a party in parentheses after it ("I. Bērziņa-Ozola (Ministry of Foreign
// Affairs)"): the person, named in full before ("Invited persons: Ilze
// Bērziņa-Ozola, Director …") or by the lexicon, or whether the
// parentheses say the speaker chairs.
func (x *extractor) initialLabel(label []token) (e *entity, chair, ok bool) {
	k := 0
	for initialAt(label, k) {
		k += 2
	}
	j := k
	for j < len(label) && (label[j].Word && label[j].Cap || label[j].Text == "-" && j > k && j+1 < len(label) && label[j+1].Cap) {
		j++
	}
	if j == k || j-k > 4 {
		return nil, false, false
	}
	if j < len(label) {
		if label[j].Text != "(" || label[len(label)-1].Text != ")" {
			return nil, false, false
		}
		if j+1 < len(label) && label[j+1].in(listChairs) {
			return nil, true, false
		}
	}
	if e := x.knownPerson(label[k:j]); e != nil {
		return e, false, true
	}
	if named := x.namedBefore(label[0].Text, label[k:j]); named != "" {
		given, _, _ := strings.Cut(named, " ")
		return x.ents.unknownOf(named, "", x.lex.FirstNames[given], true), false, true
	}
	return x.ents.unknownOf(x.a.Span(label[0].Start, label[j-1].End), "", "", true), false, true
}

// surnameInitialsLabel reads a label that gives a surname before its
// initials, as the State Duma's records print it, with the office or the
// faction after a comma: the person, named in full before in either order
// ("Slutsky Leonid Eduardovich", "Sergei Alekseyevich Ryabkov") or by the
// lexicon, and where the label ends.
func (x *extractor) surnameInitialsLabel(p *paragraph) (*entity, int, bool) {
	toks := p.Toks
	j := 1
	for initialAt(toks, j) {
		j += 2
	}
	end := toks[j-1].End
	if j < len(toks) && toks[j].Text == "," {
		// (", faction \"United Russia\"." up to the stop that ends the label)
		c := j + 1
		for c < len(toks) && c < j+25 && !(toks[c].Text == "." && (c+1 == len(toks) || toks[c+1].Cap || isQuoteMark(toks[c+1].Text))) {
			c++
		}
		if c >= len(toks) || c >= j+25 {
			return nil, 0, false
		}
		end = toks[c].End
	} else if j >= len(toks) || !toks[j].Cap {
		return nil, 0, false
	}
	surname := toks[0].Text
	if e := x.ents.surnames[surname]; e != nil {
		return e, end, true
	}
	if e := x.knownPerson(toks[:1]); e != nil {
		return e, end, true
	}
	initial := toks[1].Text
	for _, q := range x.st.pp {
		for i := range q.Toks {
			if q.Toks[i].Text != surname || q == p {
				continue
			}
			// "Kolesnikov Pavel Ignatyevich" (the family name first), or
			// "Pavel Ignatyevich Kolesnikov"
			if i+1 < len(q.Toks) && q.Toks[i+1].Cap && strings.HasPrefix(q.Toks[i+1].Text, initial) && !initialAt(q.Toks, i+1) {
				return x.ents.unknownOf(q.Toks[i+1].Text+" "+surname, "", x.lex.FirstNames[q.Toks[i+1].Text], true), end, true
			}
			if i >= 2 && q.Toks[i-2].Cap && strings.HasPrefix(q.Toks[i-2].Text, initial) {
				return x.ents.unknownOf(q.Toks[i-2].Text+" "+surname, "", x.lex.FirstNames[q.Toks[i-2].Text], true), end, true
			}
		}
	}
	return x.ents.unknownOf(x.a.Span(toks[1].Start, toks[j-1].End)+" "+surname, "", "", true), end, true
}

func (x *extractor) initialsNamed(label []token) *entity {
	var initials []byte
	for k, t := range label {
		switch {
		case t.Text == ".":
		case t.Word && len(t.Text) == 1 && t.Cap && k+1 < len(label) && label[k+1].Text == ".":
			initials = append(initials, t.Text[0])
		default:
			return nil
		}
	}
	if len(initials) < 2 {
		return nil
	}
	for k := len(x.ents.order) - 1; k >= 0; k-- {
		e := x.ents.order[k]
		if !e.Person {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) != len(initials) {
			continue
		}
		match := true
		for w, word := range words {
			match = match && word[0] == initials[w]
		}
		if match {
			return e
		}
	}
	return nil
}

// memberLabel reads a parliament record's label, toks up to its colon: a
// member's name and their party, perhaps after their constituency ("Nia
// Pritchard (Cardiff Northgate) (Lab)", "Dame Harriet Ashworth (Wealden
// Vale) (Con)", "Henrike Albrecht (CDU/CSU)"), or an office and the name of
// who holds it ("The Minister for Europe and North America (James
// Cleverly)"). Nil when toks are no such label: a journalist and an outlet
// ("Michael Harding (Sky News)") are not.
func (x *extractor) memberLabel(toks []token) *entity {
	open := -1
	for k := range toks {
		if toks[k].Text == "(" {
			open = k
			break
		}
	}
	last := len(toks) - 2 // the last parenthesis's words end before ")"
	lastOpen := last
	for lastOpen > 0 && toks[lastOpen].Text != "(" {
		lastOpen--
	}
	if open < 1 || lastOpen < open {
		return nil
	}
	if toks[0].Text == "The" {
		// the office, then the name ("The CHAIR (Ms Navarro Cuesta):"
		// gives the floor)
		for k := 1; k < open; k++ {
			if toks[k].in(listChairs) || toks[k].in(listAskers) {
				return nil
			}
		}
		if open == lastOpen && personName(toks[open+1:last+1]) {
			if e, n := x.lex.names.match(toks[open+1 : last+1]); e != nil && n == last-open && e.kind == kindPerson {
				return x.ents.person(e.id)
			}
			// ("The MINISTER OF FOREIGN AFFAIRS … (Albares Bueno):" — the
			// surnames of someone the article has named)
			if e := x.honorificNamed(toks[open+1 : last+1]); e != nil {
				return e
			}
			if x.hasTitleWord(toks[1:open]) {
				return x.unknownNamed(toks[open+1:last+1], x.a.Span(toks[1].Start, toks[open-1].End))
			}
		}
		return nil
	}
	if !x.partyNote(toks[lastOpen+1 : last+1]) {
		return nil
	}
	name := toks[:open]
	if name[0].in(listChairs) || name[0].Lower == "chairman" {
		return nil // "Chairman Tadeusz Wrona (PiS):" gives the floor (see label)
	}
	// ("Ms Oosterwijk (SP):": a form of address and the surname of a member
	// the record has named)
	if isAddress(&name[0]) {
		if e := x.honorificNamed(name); e != nil && e.Person {
			return e
		}
	}
	name = dropAddress(name, nil)
	// ("Minister for Foreign Affairs Ann Linde (S):": the name after the office)
	if len(name) > 2 && !personName(name) && x.hasTitleWord(name[:len(name)-2]) && personName(name[len(name)-2:]) {
		name = name[len(name)-2:]
	}
	// ("Deputy Halina Ostrowska (KO):": a title word is no part of the name)
	name = dropAddress(name, func(t *token) bool { return x.lex.infoOf(t)&wTitle != 0 })
	if !personName(name) {
		return nil
	}
	return x.namedPerson(name, "")
}

// outletNote reports whether the words in a label's parentheses name an
// outlet the lexicon knows or a news acronym ("Reuters", "TASS").
func (x *extractor) outletNote(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if _, ok := x.lex.publisher(x.a.Span(toks[0].Start, toks[len(toks)-1].End)); ok {
		return true
	}
	for _, t := range toks {
		if newsAcronyms[t.Text] {
			return true
		}
	}
	return false
}

// repeatedLabels gives the turns of a transcript whose labels no rule
// read a speaker: a person's name, perhaps after a title or a form of
// address and before a note in parentheses, that opens two paragraphs or
// more before a colon ("Aliya Temirkhanova:" … "Aliya Temirkhanova:") is
// somebody speaking, the lexicon's or not. It returns how many paragraphs
// it labelled.
func (x *extractor) repeatedLabels() int {
	type cand struct {
		p    *paragraph
		name []token
		end  int
	}
	var cands []cand
	for _, p := range x.paras {
		if p.Label != nil || p.LabelEnd < 0 || p.Narration || p.Headline || p.noColon {
			continue
		}
		toks := p.Toks
		i := 1
		for i < len(toks) && i < 9 && toks[i].Text != ":" {
			i++
		}
		if i >= len(toks) || i >= 9 || toks[i].Text != ":" {
			continue
		}
		name := dropAddress(toks[:i], func(t *token) bool { return x.lex.infoOf(t)&wTitle != 0 })
		if k := len(name) - 1; k > 2 && name[k].Text == ")" {
			for k > 0 && name[k].Text != "(" {
				k--
			}
			name = name[:k]
		}
		if !personName(name) || len(name) > 4 || x.outletNote(name) || outletWords(name) {
			continue // ("Kazakh Radio:" asks)
		}
		cands = append(cands, cand{p, name, toks[i].End})
	}
	if len(cands) < 2 {
		return 0 // (most articles: no map, no keys)
	}
	counts := map[string]int{}
	for _, c := range cands {
		counts[strings.ToLower(x.a.Span(c.name[0].Start, c.name[len(c.name)-1].End))]++
	}
	n := 0
	for _, c := range cands {
		key := strings.ToLower(x.a.Span(c.name[0].Start, c.name[len(c.name)-1].End))
		if counts[key] < 2 {
			continue
		}
		e, k := x.lex.names.match(c.name)
		var sp *entity
		if e != nil && k == len(c.name) && e.kind == kindPerson {
			sp = x.ents.person(e.id)
		} else {
			sp = x.unknownNamed(c.name, "")
		}
		if sp != nil {
			c.p.Label, c.p.LabelEnd = sp, c.end
			n++
		}
	}
	return n
}

// dropLabelTime removes, in place, the time stamp in brackets between a
// speaker's label and its colon ("Kari Mjøsvold (H) [10:01:52]: Thank
// you", "Minister Anniken Huitfeldt [10:03:10]:") from a line's tokens, and
// returns how many are left.
func dropLabelTime(toks []token) int {
	for i := 1; i < len(toks) && i < 16; i++ {
		if toks[i].Text != "[" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+7 && (toks[j].Text == ":" || allDigits(toks[j].Text)) {
			j++
		}
		if j-i < 4 || j+1 >= len(toks) || toks[j].Text != "]" || toks[j+1].Text != ":" {
			return len(toks)
		}
		copy(toks[i:], toks[j+1:])
		return len(toks) - (j + 1 - i)
	}
	return len(toks)
}

// lineMark returns the length in bytes and in code points of what opens a
// line before its text: a time stamp in brackets, or the circle a Japanese
// record puts before each speaker ("○Chairperson (NEMOTO Takumi):").
func lineMark(line string) (bytes, codePoints int) {
	if line == "" || line[0] != '[' && line[0] != '(' && line[0] != "○"[0] && line[0] != 'A' && (line[0] < '0' || line[0] > '9') {
		return 0, 0 // (most lines: each mark below starts with one of these bytes)
	}
	if line[0] >= '0' && line[0] <= '9' {
		n := clockLabelMark(line)
		return n, n // (ASCII)
	}
	// ("Anf. 32 JOHAN LINDQVIST (M):" — the Riksdag record's number of the
	// speech)
	if rest, ok := strings.CutPrefix(line, "Anf. "); ok {
		d := 0
		for d < len(rest) && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d > 0 && d < len(rest) && rest[d] == ' ' {
			return len("Anf. ") + d + 1, len("Anf. ") + d + 1
		}
		return 0, 0
	}
	if n := timestampLen(line); n > 0 {
		// ("[00:00:52] CLIP — VLADIMIR PUTIN, President of Russia
		// (voice-over): …": a programme's clip, labelled as a turn)
		for _, clip := range [...]string{"CLIP — ", "CLIP – ", "CLIP - ", "CLIP: ", "SOUNDBITE — ", "SOUNDBITE: "} {
			if strings.HasPrefix(line[n:], clip) {
				return n + len(clip), n + utf8.RuneCountInString(clip)
			}
		}
		return n, n // (ASCII)
	}
	for _, mark := range []string{"○", "◯"} {
		if strings.HasPrefix(line, mark) && len(line) > len(mark) && line[len(mark)] != ' ' {
			return len(mark), 1
		}
	}
	return 0, 0
}

// clockLabelMark returns the length of the clock time, with the space
// after it, that opens a record's short label line ("12:02 Prime Minister
// Kaja Kallas", as the Riigikogu's verbatim record prints its turns), or 0:
// a longer line after a time is a live page's post, its time kept.
func clockLabelMark(line string) int {
	i := 0
	for i < len(line) && i < 2 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	// ("14.02 Pääministeri Sanna Marin": the Eduskunta's clock has a dot)
	if i == 0 || i+3 >= len(line) || line[i] != ':' && line[i] != '.' || line[i+1] < '0' || line[i+1] > '5' || line[i+2] < '0' || line[i+2] > '9' || line[i+3] != ' ' {
		return 0
	}
	rest := strings.TrimSpace(line[i+4:])
	if rest == "" || strings.Count(rest, " ") > 7 || strings.ContainsAny(rest[len(rest)-1:], ".,:;!?") {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return 0
	}
	// (not a live page's "3:05 PM EST", "21:40 GMT – Allies on the same page")
	first, _, _ := strings.Cut(rest, " ")
	if inCapitals(first) || strings.Contains(rest, " – ") || strings.Contains(rest, " - ") || strings.Contains(rest, " — ") {
		return 0
	}
	return i + 4
}

// timestampLen returns the length of a time stamp in brackets that opens
// a line, with the spaces after it ("[00:02:25] ", "(01:15) "), or 0.
func timestampLen(line string) int {
	if len(line) < 7 || line[0] != '[' && line[0] != '(' {
		return 0
	}
	closing := byte(']')
	if line[0] == '(' {
		closing = ')'
	}
	i, digits, colons := 1, 0, 0
	for ; i < len(line) && i < 12; i++ {
		c := line[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ':' && digits > 0:
			colons++
		case c == closing:
			if colons == 0 || digits < 3 || i+1 >= len(line) || line[i+1] != ' ' {
				return 0
			}
			i++
			for i < len(line) && line[i] == ' ' {
				i++
			}
			return i
		default:
			return 0
		}
	}
	return 0
}

// nameLines reads a record or an event transcript whose turns open with
// the speaker's name alone on its line, perhaps after an office ("Tamsin
// Orlova-Reid", "Prime Minister Kaja Kallas", "President of the Riigikogu
// Jüri Ratas"): when such a line comes back, or three of them or more
// open turns, each is its turn's label. Who chairs — an office of chairs
// or presidents, or the name a "Chair: …" line gives — asks, and so do the
// lines under it. It returns the number of labels.
func (x *extractor) nameLines() int {
	type line struct {
		k      int
		name   []token
		title  []token
		tagged bool // a record's party tag: the line is a label
	}
	var lines []line
	chair := ""
	for k, p := range x.paras {
		toks := p.Toks
		if len(toks) > 2 && toks[1].Text == ":" && toks[0].in(listChairs) {
			// "Chair: Rosalind Emery, Senior Research Fellow, …"
			c := 2
			for c < len(toks) && toks[c].Text != "," {
				c++
			}
			if personName(toks[2:c]) {
				chair = strings.ToLower(x.a.Span(toks[2].Start, toks[c-1].End))
			}
			continue
		}
		if p.Label != nil || p.LabelEnd != 0 || len(toks) < 2 || k+1 >= len(x.paras) {
			continue
		}
		if office, name := x.recordLine(toks); name != nil {
			lines = append(lines, line{k, name, office, true})
			continue
		}
		if len(toks) > 10 || !toks[len(toks)-1].Word {
			continue
		}
		// the name: the longest run of two to four capitalised words that
		// ends the line; before it, nothing or an office with a title word
		n := len(toks)
		for n > 0 && len(toks)-n < 4 && (toks[n-1].Word && toks[n-1].Cap || toks[n-1].Text == "-" && n > 1 && n < len(toks)) {
			n--
		}
		for n < len(toks)-2 && x.lex.infoOf(&toks[n])&(wTitle|wQual) != 0 {
			n++ // ("Prime Minister Kaja Kallas": the office is no name)
		}
		name := toks[n:]
		if !personName(name) || x.outletNote(name) || outletWords(name) || !x.officeWords(toks[:n]) {
			continue
		}
		lines = append(lines, line{k, name, toks[:n], false})
	}
	if len(lines) < 2 {
		return 0
	}
	counts := map[string]int{}
	for _, l := range lines {
		counts[strings.ToLower(x.a.Span(l.name[0].Start, l.name[len(l.name)-1].End))]++
	}
	again := false
	for _, c := range counts {
		again = again || c >= 2
	}
	if !again && len(lines) < 3 {
		return 0
	}
	// two names the lexicon knows, with a given name it knows, or that
	// come back (not "Permanent Council"); then the others are names too
	strong := 0
	for _, l := range lines {
		key := strings.ToLower(x.a.Span(l.name[0].Start, l.name[len(l.name)-1].End))
		if e, n := x.lex.names.match(l.name); l.tagged || counts[key] >= 2 || x.lex.FirstNames[l.name[0].Text] != "" || e != nil && n == len(l.name) && e.kind == kindPerson {
			strong++
		}
	}
	if strong < 2 {
		return 0
	}
	for j, l := range lines {
		p := x.paras[l.k]
		key := strings.ToLower(x.a.Span(l.name[0].Start, l.name[len(l.name)-1].End))
		end := len(x.paras)
		if j+1 < len(lines) {
			end = lines[j+1].k
		}
		office := l.title
		if len(office) > 1 && office[0].Lower == "the" {
			office = office[1:] // ("The Lord Speaker (Lord McFall of Alcluith)")
		}
		if len(office) > 1 && peerages[office[0].Lower] {
			office = office[1:]
		}
		if key == chair || len(office) > 0 && (office[0].in(listChairs) || office[0].in(listPresidents)) {
			for _, q := range x.paras[l.k:end] {
				q.LabelEnd = -1
			}
			continue
		}
		// ("We are talking to Russia: in Geneva, …" within a turn is no label)
		for _, q := range x.paras[l.k+1 : end] {
			if q.Label != nil && !q.Label.Person {
				q.Label, q.LabelEnd = nil, 0
			}
		}
		var sp *entity
		if e := x.knownPerson(l.name); e != nil {
			sp = e
		} else {
			title := ""
			if len(l.title) > 0 {
				title = x.a.Span(l.title[0].Start, l.title[len(l.title)-1].End)
			}
			sp = x.unknownNamed(l.name, title)
		}
		p.Label, p.LabelEnd = sp, p.End
	}
	return len(lines)
}

// recordLine reads a parliament record's turn line, whose name a party tag
// or a constituency in parentheses follows ("Lord Ahmad of Wimbledon
// (Con)", "Tom Tugendhat (Tonbridge and Malling) (Con)"), or which gives
// the name in parentheses after an office ("The Minister of State, Foreign,
// Commonwealth and Development Office (Lord Ahmad of Wimbledon) (Con)",
// "The Lord Speaker (Lord McFall of Alcluith)"). It returns the office and
// the name, or a nil name when the line is no such line.
func (x *extractor) recordLine(toks []token) (office, name []token) {
	end, tagged := len(toks), false
	for end > 0 && toks[end-1].Text == ")" {
		open := end - 2
		for open >= 0 && toks[open].Text != "(" && toks[open].Text != ")" {
			open--
		}
		if open < 0 || toks[open].Text != "(" || end-open-2 < 1 || end-open-2 > 7 {
			return nil, nil
		}
		inner := toks[open+1 : end-1]
		if open > 0 && (peerName(inner) || personName(inner)) && (x.hasTitleWord(toks[:open]) || toks[open-1].in(listChairs)) {
			return toks[:open], inner
		}
		end, tagged = open, true
	}
	if !tagged || end < 2 || end > 7 {
		return nil, nil
	}
	if peerName(toks[:end]) || personName(toks[:end]) && x.lex.FirstNames[toks[0].Text] != "" {
		return nil, toks[:end]
	}
	return nil, nil
}

// peerName reports whether toks are a peer's style: a rank, a name and
// perhaps its territorial designation ("Lord Ahmad of Wimbledon",
// "Baroness Penrose of Kilmory", "Lord Davenant").
func peerName(toks []token) bool {
	if len(toks) < 2 || len(toks) > 7 || !peerages[toks[0].Lower] || !toks[1].Word || !toks[1].Cap {
		return false
	}
	for k := 2; k < len(toks); k++ {
		if !(toks[k].Word && toks[k].Cap || toks[k].Lower == "of" || toks[k].Lower == "the") {
			return false
		}
	}
	return toks[len(toks)-1].Cap
}

var peerages = map[string]bool{"lord": true, "baroness": true, "baron": true, "lady": true, "earl": true,
	"countess": true, "viscount": true, "viscountess": true, "marquess": true, "duke": true}

// officeWords reports whether words are an office before a name, or none:
// a title word or its qualifier first, then capitalised words and the
// small words of an office, a title word among them ("President of the
// Riigikogu", "Prime Minister").
func (x *extractor) officeWords(words []token) bool {
	if len(words) == 0 {
		return true
	}
	if x.lex.infoOf(&words[0])&(wTitle|wQual) == 0 || !words[0].Cap || !x.hasTitleWord(words) {
		return false
	}
	for _, w := range words[1:] {
		switch {
		case w.Word && w.Cap, w.Lower == "of", w.Lower == "the", w.Lower == "for", w.Lower == "and":
		default:
			return false
		}
	}
	return true
}

// outletWords reports whether a name has a word of a newsroom's name
// ("Kazakh Radio", "Sky News").
func outletWords(toks []token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "radio", "tv", "television", "news", "times", "post", "agency", "press", "channel", "journal", "daily",
			"gazette", "herald", "tribune", "telegraph", "broadcasting", "media", "magazine", "review", "online":
			return true
		}
	}
	return false
}

// nameThenOffice reads a label that gives a name of two or three words, a
// comma and an office with a title word, capitalised and with no verb of
// speech: the person, or chair when the
// office is a chair's (who gives the floor). Nil for any other label.
func (x *extractor) nameThenOffice(toks []token) (e *entity, chair bool) {
	c := 2
	for c < len(toks) && c <= 3 && toks[c].Text != "," {
		c++
	}
	if c >= len(toks)-1 || toks[c].Text != "," || !personName(toks[:c]) {
		return nil, false
	}
	office := toks[c+1:]
	// (an office in title case, no sentence: "Dr Helen Ashby, a Russia
	// specialist at King's College London, told Sky News:" is none)
	if !office[0].Cap || !x.hasTitleWord(office) || x.hasVerb(office) {
		return nil, false
	}
	for k := range office {
		if office[k].in(listChairs) || k == 0 && office[k].in(listPresidents) {
			return nil, true
		}
	}
	if m, n := x.lex.names.match(toks[:c]); m != nil && n == c && m.kind == kindPerson {
		return x.ents.person(m.id), false
	}
	return x.unknownNamed(toks[:c], x.a.Span(office[0].Start, office[len(office)-1].End)), false
}

// officeThenName reads a label that gives the office before the name:
// title words, a comma, perhaps a form of address, and a name ("Official
// Spokesperson, Shri Arindam Bagchi"). Nil when toks are no such label.
func (x *extractor) officeThenName(toks []token) *entity {
	c := -1
	for k := range toks {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 1 || c > 6 || !x.hasTitleWord(toks[:c]) {
		return nil
	}
	for _, t := range toks[:c] {
		if !t.Word || !t.Cap && !officeLinks[t.Lower] {
			return nil
		}
	}
	name := dropAddress(toks[c+1:], nil)
	if !personName(name) {
		return nil
	}
	return x.namedPerson(name, x.a.Span(toks[0].Start, toks[c-1].End))
}

// knownPerson is the lexicon's person whose name is exactly name, or nil.
func (x *extractor) knownPerson(name []token) *entity {
	if e, n := x.lex.names.match(name); e != nil && n == len(name) && e.kind == kindPerson {
		return x.ents.person(e.id)
	}
	return nil
}

// namedPerson is the lexicon's person named exactly name, else the
// unknown person of that name with the title given.
func (x *extractor) namedPerson(name []token, title string) *entity {
	if e := x.knownPerson(name); e != nil {
		return e
	}
	return x.unknownNamed(name, title)
}

// unknownNamed is the person of a name the gazetteer does not know.
func (x *extractor) unknownNamed(name []token, title string) *entity {
	return x.ents.unknownOf(x.a.Span(name[0].Start, name[len(name)-1].End), title, x.lex.FirstNames[name[0].Text], true)
}

// titledName is the person a label's words name when they are title words
// ("Sen.", "Foreign Minister") and then two or three capitalised words
// that are not ("Sen. Rand Paul"), or nil.
func (x *extractor) titledName(words []token) *entity {
	t := 0
	for t < len(words) && (x.lex.infoOf(&words[t])&wTitle != 0 || t > 0 && words[t].Text == ".") {
		t++
	}
	name := words[t:]
	if t == 0 || len(name) < 2 || len(name) > 3 {
		return nil
	}
	for k := range name {
		if !name[k].Word || !name[k].Cap || x.lex.infoOf(&name[k])&wTitle != 0 {
			return nil
		}
	}
	return x.unknownNamed(name, x.a.Span(words[0].Start, words[t-1].End))
}

// hasTitleWord reports whether a title word is among toks ("Minister").
func (x *extractor) hasTitleWord(toks []token) bool {
	for k := range toks {
		if x.lex.infoOf(&toks[k])&wTitle != 0 {
			return true
		}
	}
	return false
}

// personName reports whether toks are two to four capitalised words, a
// hyphen joining two of them ("Robert Lindqvist-Hale").
func personName(toks []token) bool {
	words := 0
	for k, t := range toks {
		switch {
		case t.Text == "-" && k > 0 && k+1 < len(toks):
		case t.Word && t.Cap:
			words++
		default:
			return false
		}
	}
	return words >= 2 && words <= 5
}

// isAddress reports whether t is a form of address before a name ("Mr",
// "Ms.", "Hon", "Dame", "Shri").
func isAddress(t *token) bool {
	return honorifics[strings.TrimSuffix(t.Text, ".")] || addressTerm(t.Text) || militaryRank(strings.TrimSuffix(t.Text, "."))
}

// dropAddress returns name without the forms of address that open it, and
// their full stops ("Hon. Mélanie Joly" → "Mélanie Joly"), keeping two
// tokens at least; also drops words for which also reports true (title
// words, for a label).
func dropAddress(name []token, also func(*token) bool) []token {
	for len(name) > 2 && (isAddress(&name[0]) || also != nil && also(&name[0])) {
		name = name[1:]
		if name[0].Text == "." {
			name = name[1:]
		}
	}
	return name
}

// honorifics may open a member's name in a record.
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Dame": true, "Sir": true,
	"Shri": true, "Smt": true, "Sri": true, "Shrimati": true,
	"Lord": true, "Lady": true, "Baroness": true, "Baron": true, "Rt": true, "Hon": true}

// partyNote reports whether the words in a label's last parentheses name a
// party ("Lab", "Con", "SNP", "CDU/CSU", "AfD", "DIE LINKE"): short words
// in capitals or the parties' usual abbreviations, and no outlet the
// lexicon knows ("TASS", "RIA Novosti").
func (x *extractor) partyNote(toks []token) bool {
	if len(toks) == 0 || len(toks) > 5 {
		return false
	}
	if _, ok := x.lex.publisher(x.a.Span(toks[0].Start, toks[len(toks)-1].End)); ok {
		return false
	}
	// ("Montarville, BQ", "Willowdale, Lib.": the riding, a comma, the party)
	for k := len(toks) - 1; k > 0; k-- {
		if toks[k].Text == "," {
			toks = toks[k+1:]
			break
		}
	}
	if n := len(toks); n > 1 && toks[n-1].Text == "." {
		toks = toks[:n-1]
	}
	if len(toks) == 0 {
		return false
	}
	// ("United Russia faction", "CPRF faction": capitalised words and the
	// word for a parliamentary group)
	if last := toks[len(toks)-1].Lower; (last == "faction" || last == "caucus") && len(toks) <= 4 {
		for _, t := range toks[:len(toks)-1] {
			if !t.Word || !t.Cap {
				return false
			}
		}
		return true
	}
	if len(toks) == 1 && len(toks[0].Text) == 1 && toks[0].Cap {
		return true // ("Ann Linde (S):", "Jonas Ekberg (M):")
	}
	words := 0
	for _, t := range toks {
		switch {
		case t.Text == "/" || t.Text == "-" || allDigits(t.Text) && words > 0:
			// ("BÜNDNIS 90/DIE GRÜNEN")
		case !t.Word:
			return false
		case partyWords[t.Text] || utf8.RuneCountInString(t.Text) <= 6 && capitals(t.Text) >= 2 && !newsAcronyms[t.Text] ||
			utf8.RuneCountInString(t.Text) <= 10 && inCapitals(t.Text) && !newsAcronyms[t.Text]:
			words++
		default:
			return false
		}
	}
	return words > 0
}

// capitals counts the capital letters of s.
func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// partyWords abbreviate parties in records ("(Lab)", "(Con)", "(LD)").
var partyWords = map[string]bool{"Lab": true, "Con": true, "Ind": true, "NDP": true, "BQ": true, "CPC": true, "Green": true, "Greens": true, "Labour": true,
	"Conservative": true, "Lib": true, "Dem": true, "Alba": true, "Linke": true, "Grüne": true, "Die": true}

// newsAcronyms are outlets in capitals that a journalist's label may name
// ("Pavel Rudnev (TASS)").
var newsAcronyms = map[string]bool{"AP": true, "AFP": true, "TASS": true, "RIA": true, "CNN": true, "BBC": true, "DPA": true,
	"EFE": true, "NHK": true, "ANSA": true, "PAP": true, "BTA": true, "CTK": true, "MTI": true, "BNS": true, "TASR": true,
	"ERR": true, "LRT": true, "LSM": true, "NPR": true, "PBS": true, "ABC": true, "CBS": true, "NBC": true, "RT": true,
	"DW": true, "RFE": true, "RL": true, "VOA": true, "UNIAN": true, "CBC": true, "ARD": true, "ZDF": true, "TVN": true,
	"RTL": true, "NTV": true, "ORF": true, "SRF": true, "RAI": true, "TVP": true, "CCTV": true, "CGTN": true, "KBS": true}
