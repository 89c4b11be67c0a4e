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
// quad's N-Quads writer makes of them, without building the quads: the
// extract command streams a corpus through it.
func (r *Result) AppendNQuads(b []byte) []byte {
	s := nqSink{b: b, label: "<" + string(schema.DocIRI(r.Article.ID)) + ">"}
	r.emit(&s)
	return s.b
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

// nqSink appends N-Quads in the form of quad's writer: IRIs in angle
// brackets, strings quoted with \\ \" \n \r \t escaped, typed strings with
// ^^<type>.
type nqSink struct {
	b     []byte
	label string // "<article IRI>"
}

func (n *nqSink) head(s, p quad.IRI) {
	n.b = append(n.b, '<')
	n.b = append(n.b, s...)
	n.b = append(n.b, "> <"...)
	n.b = append(n.b, p...)
	n.b = append(n.b, "> "...)
}

func (n *nqSink) tail() {
	n.b = append(n.b, ' ')
	n.b = append(n.b, n.label...)
	n.b = append(n.b, " .\n"...)
}

func (n *nqSink) iri(s, p, o quad.IRI) {
	n.head(s, p)
	n.b = append(n.b, '<')
	n.b = append(n.b, o...)
	n.b = append(n.b, '>')
	n.tail()
}

func (n *nqSink) quoted(v string) {
	n.b = append(n.b, '"')
	from := 0
	for i := 0; i < len(v); i++ {
		var e byte
		switch v[i] {
		case '\\':
			e = '\\'
		case '"':
			e = '"'
		case '\n':
			e = 'n'
		case '\r':
			e = 'r'
		case '\t':
			e = 't'
		default:
			continue
		}
		n.b = append(n.b, v[from:i]...)
		n.b = append(n.b, '\\', e)
		from = i + 1
	}
	n.b = append(n.b, v[from:]...)
	n.b = append(n.b, '"')
}

func (n *nqSink) str(s, p quad.IRI, v string) {
	n.head(s, p)
	n.quoted(v)
	n.tail()
}

func (n *nqSink) typed(s, p quad.IRI, v string, t quad.IRI) {
	n.head(s, p)
	n.quoted(v)
	n.b = append(n.b, "^^<"...)
	n.b = append(n.b, t...)
	n.b = append(n.b, '>')
	n.tail()
}

// speakerIRI is the IRI of a speaker id: a person or an actor of the article.
func (r *Result) speakerIRI(id string) quad.IRI {
	for _, e := range r.Entities {
		if e.ID == id && e.Person {
			return schema.PersonIRI(id)
		}
	}
	return schema.OrgIRI(id)
}
