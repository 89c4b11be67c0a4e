package extract

import (
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// StatementID is the id of the n-th (from 1) statement extracted from an
// article: "<article id>-x<nn>", which never collides with the curated
// "<article id>-<nn>".
func StatementID(doc string, n int) string {
	b := make([]byte, 0, len(doc)+6)
	b = append(b, doc...)
	b = append(b, "-x"...)
	if n < 10 {
		b = append(b, '0')
	}
	return string(strconv.AppendInt(b, int64(n), 10))
}

// Quads writes the result in the vocabulary of package schema: the article
// (a NewsArticle with name, date, publisher and url), every person and actor
// it names, and every statement; all labelled with the article's IRI, so
// that re-extracting an article replaces exactly its quads.
func (r *Result) Quads() []quad.Quad {
	q := quadSink{label: schema.DocIRI(r.Article.ID)}
	r.emit(&q)
	return q.out
}

// AppendNQuads appends the N-Quads of Quads to b, byte for byte what
// quad's N-Quads writer makes of them (the golden and fuzz tests compare
// the two), without building the quads: the extract command streams a
// corpus through it. It writes the triples of emit, in the same order.
func (r *Result) AppendNQuads(b []byte) []byte {
	a := r.Article
	w := nqWriter{b: b, doc: a.ID}
	w.subject(nqDocIRI, a.ID)
	doc := w.cur
	w.iri(nqType, nqClassNewsArticle)
	title := a.Title
	if title == "" {
		title = a.ID
	}
	w.str(nqName, title)
	if !a.Published.IsZero() {
		var day [16]byte
		w.typed(nqDatePublished, string(a.Published.AppendFormat(day[:0], "2006-01-02")), nqDateEnd)
	}
	if p := r.Publisher; p.ID != "" {
		w.iriOf(nqPublisher, p.ID)
		w.subject(nqOrgIRI, p.ID)
		w.iri(nqType, nqClassOrganization)
		w.str(nqName, p.Name)
	}
	if a.URL != "" {
		w.resume(doc)
		w.iriOf(nqURL, a.URL)
	}
	for _, e := range r.Entities {
		if e.Person {
			w.subject(nqPersonIRI, e.ID)
			w.iri(nqType, nqClassPerson)
			w.str(nqName, e.Name)
			if e.Title != "" {
				w.str(nqJobTitle, e.Title)
			}
			continue
		}
		class := nqClassOrganization
		if e.Class == "Country" {
			class = nqClassCountry
		}
		w.subject(nqOrgIRI, e.ID)
		w.iri(nqType, class)
		w.str(nqName, e.Name)
	}
	// (a statement per demand of a passage: the statements that follow
	// one another often have its speaker and its quotation, whose kind
	// is looked up and whose escaped text is written once, then copied)
	var lastSpeaker, lastQuote string
	var lastPerson bool
	var quoted nqSpan
	for i, s := range r.Statements {
		w.statement(a.ID, i+1)
		w.iri(nqType, nqClassStatement)
		if i == 0 || s.Speaker != lastSpeaker {
			lastSpeaker, lastPerson = s.Speaker, r.personSpeaker(s.Speaker)
		}
		speaker := nqSpeakerOrg
		if lastPerson {
			speaker = nqSpeakerPerson
		}
		w.iriOf(speaker, s.Speaker)
		w.str(nqSpeakerName, s.SpeakerName)
		if s.Demand != "" {
			w.iriOf(nqDemandOf, s.Demand)
			w.str(nqStance, s.Stance)
		}
		if i > 0 && s.Quote == lastQuote {
			w.copied(nqQuote, quoted)
		} else {
			lastQuote, quoted = s.Quote, w.str(nqQuote, s.Quote)
		}
		w.boolean(nqDirect, s.Direct)
		if s.Date != "" {
			w.typed(nqDate, s.Date, nqDateEnd)
		}
		w.iriOf(nqSource, a.ID)
		w.integer(nqSpanStart, s.SpanStart)
		w.integer(nqSpanEnd, s.SpanEnd)
		for _, d := range s.RefersTo {
			w.iriOf(nqRefersTo, d)
		}
	}
	w.close()
	return w.b
}

// sink receives the triples of a result, all in the article's graph: an
// object is an IRI, a plain string, or a string of an XSD type.
type sink interface {
	iri(s, p, o quad.IRI)
	str(s, p quad.IRI, v string)
	typed(s, p quad.IRI, v string, t quad.IRI)
}

func (r *Result) emit(k sink) {
	a := r.Article
	doc := schema.DocIRI(a.ID)
	k.iri(doc, schema.Type, schema.ClassNewsArticle)
	title := a.Title
	if title == "" {
		title = a.ID
	}
	k.str(doc, schema.Name, title)
	if !a.Published.IsZero() {
		k.typed(doc, schema.DatePublished, a.Published.Format("2006-01-02"), schema.XSDDate)
	}
	if p := r.Publisher; p.ID != "" {
		pub := schema.OrgIRI(p.ID)
		k.iri(doc, schema.Publisher, pub)
		k.iri(pub, schema.Type, schema.ClassOrganization)
		k.str(pub, schema.Name, p.Name)
	}
	if a.URL != "" {
		k.iri(doc, schema.URL, quad.IRI(a.URL))
	}
	for _, e := range r.Entities {
		if e.Person {
			iri := schema.PersonIRI(e.ID)
			k.iri(iri, schema.Type, schema.ClassPerson)
			k.str(iri, schema.Name, e.Name)
			if e.Title != "" {
				k.str(iri, schema.JobTitle, e.Title)
			}
			continue
		}
		iri := schema.OrgIRI(e.ID)
		class := schema.ClassOrganization
		if e.Class == "Country" {
			class = schema.ClassCountry
		}
		k.iri(iri, schema.Type, class)
		k.str(iri, schema.Name, e.Name)
	}
	var num [20]byte
	for i, s := range r.Statements {
		st := schema.StatementIRI(StatementID(a.ID, i+1))
		k.iri(st, schema.Type, schema.ClassStatement)
		k.iri(st, schema.Speaker, r.speakerIRI(s.Speaker))
		k.str(st, schema.SpeakerName, s.SpeakerName)
		if s.Demand != "" {
			k.iri(st, schema.DemandOf, schema.DemandIRI(s.Demand))
			k.str(st, schema.Stance, s.Stance)
		}
		k.str(st, schema.Quote, s.Quote)
		k.typed(st, schema.Direct, strconv.FormatBool(s.Direct), schema.XSDBoolean)
		if s.Date != "" {
			k.typed(st, schema.Date, s.Date, schema.XSDDate)
		}
		k.iri(st, schema.Source, doc)
		k.typed(st, schema.SpanStart, string(strconv.AppendInt(num[:0], int64(s.SpanStart), 10)), schema.XSDInteger)
		k.typed(st, schema.SpanEnd, string(strconv.AppendInt(num[:0], int64(s.SpanEnd), 10)), schema.XSDInteger)
		for _, d := range s.RefersTo {
			k.iri(st, schema.RefersTo, schema.DocIRI(d))
		}
	}
}

// quadSink collects quads in the article's graph.
type quadSink struct {
	out   []quad.Quad
	label quad.IRI
}

func (q *quadSink) add(s, p quad.IRI, o quad.Value) {
	q.out = append(q.out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: q.label})
}
func (q *quadSink) iri(s, p, o quad.IRI)        { q.add(s, p, o) }
func (q *quadSink) str(s, p quad.IRI, v string) { q.add(s, p, quad.String(v)) }
func (q *quadSink) typed(s, p quad.IRI, v string, t quad.IRI) {
	q.add(s, p, quad.TypedString{Value: quad.String(v), Type: t})
}

// The pieces of the quads AppendNQuads writes: predicates in brackets
// with the space after them and the opening of their object (the quote of
// a literal, the bracket and the beginning of an entity's IRI), so that a
// quad's head is one piece; classes in brackets, the beginnings of entity
// IRIs and the ends of typed literals.
const (
	nqType          = "<" + string(schema.Type) + "> "
	nqName          = "<" + string(schema.Name) + `> "`
	nqDatePublished = "<" + string(schema.DatePublished) + `> "`
	nqPublisher     = "<" + string(schema.Publisher) + "> <" + nqOrgIRI
	nqURL           = "<" + string(schema.URL) + "> <"
	nqJobTitle      = "<" + string(schema.JobTitle) + `> "`
	nqSpeakerPerson = "<" + string(schema.Speaker) + "> <" + nqPersonIRI
	nqSpeakerOrg    = "<" + string(schema.Speaker) + "> <" + nqOrgIRI
	nqSpeakerName   = "<" + string(schema.SpeakerName) + `> "`
	nqDemandOf      = "<" + string(schema.DemandOf) + "> <" + nqDemandIRI
	nqStance        = "<" + string(schema.Stance) + `> "`
	nqQuote         = "<" + string(schema.Quote) + `> "`
	nqDirect        = "<" + string(schema.Direct) + `> "`
	nqDate          = "<" + string(schema.Date) + `> "`
	nqSource        = "<" + string(schema.Source) + "> <" + nqDocIRI
	nqSpanStart     = "<" + string(schema.SpanStart) + `> "`
	nqSpanEnd       = "<" + string(schema.SpanEnd) + `> "`
	nqRefersTo      = "<" + string(schema.RefersTo) + "> <" + nqDocIRI

	nqClassNewsArticle  = "<" + string(schema.ClassNewsArticle) + ">"
	nqClassOrganization = "<" + string(schema.ClassOrganization) + ">"
	nqClassCountry      = "<" + string(schema.ClassCountry) + ">"
	nqClassPerson       = "<" + string(schema.ClassPerson) + ">"
	nqClassStatement    = "<" + string(schema.ClassStatement) + ">"

	nqDocIRI       = schema.Base + schema.KindDoc + "/"
	nqOrgIRI       = schema.Base + schema.KindOrg + "/"
	nqPersonIRI    = schema.Base + schema.KindPerson + "/"
	nqDemandIRI    = schema.Base + schema.KindDemand + "/"
	nqStatementIRI = schema.Base + schema.KindStatement + "/"

	nqDateEnd    = `"^^<` + string(schema.XSDDate) + ">"
	nqBooleanEnd = `"^^<` + string(schema.XSDBoolean) + ">"
	nqIntegerEnd = `"^^<` + string(schema.XSDInteger) + ">"
)

// nqWriter appends the quads of one article in the form of quad's writer:
// IRIs in angle brackets, strings quoted with \\ \" \n \r \t escaped,
// typed strings with ^^<type>, and the article's IRI as every quad's label.
//
// The quads of a subject all start with the same "<subject> ", and all
// end with the same " <article IRI> .\n": each is written once, then
// copied from where it was written (offsets in b, which stay valid when b
// grows). The end of a quad is written when the next starts: between two
// quads of a subject it is, with the subject after it, one piece (link),
// copied at once from where the second quad of the subject wrote them.
type nqWriter struct {
	b     []byte
	doc   string // the article's id
	cur   nqSpan // "<subject> " of the quads being written
	fresh bool   // the next quad is the first of cur, which is written already
	open  bool   // a quad's object is written, its end is not
	tail  nqSpan // " <article IRI> .\n", once written
	link  nqSpan // a tail followed by cur, once written
	stmt  nqSpan // the beginning of the statements' IRIs ("<…/statement/doc-x"), once written
}

// nqSpan is b[start:end] of an nqWriter.
type nqSpan struct{ start, end int }

// The methods append a quad's pieces to a local slice and store it back
// in w.b once per quad: an append to the field itself stores the slice
// back after every piece.

// subject starts the first quad of the subject with the IRI prefix+id.
func (w *nqWriter) subject(prefix, id string) {
	b := w.closeQuad(w.b)
	w.cur.start = len(b)
	b = append(b, '<')
	b = append(b, prefix...)
	b = append(b, id...)
	b = append(b, "> "...)
	w.b, w.cur.end, w.fresh, w.link = b, len(b), true, nqSpan{}
}

// statement starts the first quad of the n-th statement of the article
// doc, whose IRI is StatementIRI(StatementID(doc, n)).
func (w *nqWriter) statement(doc string, n int) {
	b := w.closeQuad(w.b)
	w.cur.start = len(b)
	if w.stmt.end > 0 {
		b = append(b, b[w.stmt.start:w.stmt.end]...) // the first statement's "<…/statement/doc-x"
	} else {
		b = append(b, '<')
		b = append(b, nqStatementIRI...)
		b = append(b, doc...)
		b = append(b, "-x"...)
		w.stmt = nqSpan{w.cur.start, len(b)}
	}
	if n < 10 {
		b = append(b, '0')
	}
	b = appendInt(b, n)
	b = append(b, "> "...)
	w.b, w.cur.end, w.fresh, w.link = b, len(b), true, nqSpan{}
}

// resume makes the quads that follow quads of the subject s, written
// before.
func (w *nqWriter) resume(s nqSpan) {
	w.cur, w.fresh, w.link = s, false, nqSpan{}
}

// head appends the end of the quad before, the subject of a quad and its
// predicate with the opening of its object, p (`<p> "`), to b, which is w.b.
func (w *nqWriter) head(b []byte, p string) []byte {
	switch {
	case w.fresh:
		w.fresh = false
	case w.link.end > 0:
		b = append(b, b[w.link.start:w.link.end]...)
	default:
		// the second quad of the subject: its link is written here
		start := len(b)
		b = w.closeQuad(b)
		b = append(b, b[w.cur.start:w.cur.end]...)
		w.link = nqSpan{start, len(b)}
	}
	w.open = true
	return append(b, p...)
}

// closeQuad appends the end of the quad written last, if any, to b: its
// label and the end of its line.
func (w *nqWriter) closeQuad(b []byte) []byte {
	if !w.open {
		return b
	}
	w.open = false
	if w.tail.end > 0 {
		return append(b, b[w.tail.start:w.tail.end]...)
	}
	w.tail.start = len(b)
	b = append(b, " <"...)
	b = append(b, nqDocIRI...)
	b = append(b, w.doc...)
	b = append(b, "> .\n"...)
	w.tail.end = len(b)
	return b
}

// close ends the last quad.
func (w *nqWriter) close() { w.b = w.closeQuad(w.b) }

// iri writes a quad whose object o is an IRI in brackets.
func (w *nqWriter) iri(p, o string) {
	b := w.head(w.b, p)
	w.b = append(b, o...)
}

// iriOf writes a quad whose object is an IRI: p ends with its bracket
// and the beginning of the IRI, id is the rest.
func (w *nqWriter) iriOf(p, id string) {
	b := w.head(w.b, p)
	b = append(b, id...)
	w.b = append(b, '>')
}

// str writes a quad whose object is the string v (p ends with its quote);
// it returns where the escaped string was written.
func (w *nqWriter) str(p, v string) nqSpan {
	b := w.head(w.b, p)
	start := len(b)
	b = appendEscaped(b, v)
	end := len(b)
	w.b = append(b, '"')
	return nqSpan{start, end}
}

// copied writes a quad whose object is a string written before, escaped,
// at s (p ends with its quote).
func (w *nqWriter) copied(p string, s nqSpan) {
	b := w.head(w.b, p)
	b = append(b, b[s.start:s.end]...)
	w.b = append(b, '"')
}

// typed writes a quad whose object is the string v of a type: p ends
// with its quote, typeEnd is the closing quote and ^^<type>.
func (w *nqWriter) typed(p, v, typeEnd string) {
	b := w.head(w.b, p)
	b = appendEscaped(b, v)
	w.b = append(b, typeEnd...)
}

// boolean writes a quad whose object is the xsd:boolean v (p ends with
// its quote).
func (w *nqWriter) boolean(p string, v bool) {
	b := w.head(w.b, p)
	if v {
		w.b = append(b, "true"+nqBooleanEnd...)
	} else {
		w.b = append(b, "false"+nqBooleanEnd...)
	}
}

// integer writes a quad whose object is the xsd:integer n (p ends with
// its quote).
func (w *nqWriter) integer(p string, n int) {
	b := w.head(w.b, p)
	b = appendInt(b, n)
	w.b = append(b, nqIntegerEnd...)
}

// appendInt is strconv.AppendInt(b, n, 10) in a loop of its own for
// n ≥ 0, the spans' and the statements' numbers.
func appendInt(b []byte, n int) []byte {
	if n < 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	var d [20]byte
	i := len(d)
	for n >= 10 {
		q := n / 10
		i--
		d[i] = byte('0' + n - q*10)
		n = q
	}
	i--
	d[i] = byte('0' + n)
	return append(b, d[i:]...)
}

// appendEscaped appends v with \\ \" \n \r \t escaped.
func appendEscaped(b []byte, v string) []byte {
	for {
		i := escapeIndex(v)
		if i == len(v) {
			return append(b, v...)
		}
		b = append(b, v[:i]...)
		b = append(b, '\\', escapes[v[i]])
		v = v[i+1:]
	}
}

// escapes is the letter of the escape of a byte of a string, or 0.
var escapes = [256]byte{'\\': '\\', '"': '"', '\n': 'n', '\r': 'r', '\t': 't'}

// escapeIndex returns the index of the first byte of v to escape, or
// len(v). It reads sixteen bytes at a time, then eight, and only those
// that have a byte below 0x0e, a '"' or a '\\' one at a time.
func escapeIndex(v string) int {
	i := 0
	for ; i+16 <= len(v); i += 16 {
		if (escapeBits(le64(v, i))|escapeBits(le64(v, i+8)))&0x8080808080808080 == 0 {
			continue
		}
		for j := i; j < i+16; j++ {
			if escapes[v[j]] != 0 {
				return j
			}
		}
	}
	if i+8 <= len(v) {
		if escapeBits(le64(v, i))&0x8080808080808080 == 0 {
			i += 8
		}
	}
	for ; i < len(v); i++ {
		if escapes[v[i]] != 0 {
			return i
		}
	}
	return len(v)
}

// escapeBits has the high bit of a byte of x set where the byte is below
// 0x0e, a '"' or a '\\' (and may have it set above such a byte): the
// bitwise test (x-ones*n)&^x&hi finds a byte of x below n, and applied to
// x^c a byte equal to c.
func escapeBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	q, bs := x^('"'*ones), x^('\\'*ones)
	return (x-0x0e*ones)&^x | (q-ones)&^q | (bs-ones)&^bs
}

// speakerIRI is the IRI of a speaker id: a person or an actor of the article.
func (r *Result) speakerIRI(id string) quad.IRI {
	if r.personSpeaker(id) {
		return schema.PersonIRI(id)
	}
	return schema.OrgIRI(id)
}

// personSpeaker reports whether a speaker id is a person of the article.
func (r *Result) personSpeaker(id string) bool {
	for i := range r.Entities {
		if e := &r.Entities[i]; e.Person && e.ID == id {
			return true
		}
	}
	return false
}
