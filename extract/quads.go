package extract

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// StatementID is the id of the n-th (from 1) statement extracted from an
// article: "<article id>-x<nn>", which never collides with the curated
// "<article id>-<nn>".
func StatementID(doc string, n int) string { return fmt.Sprintf("%s-x%02d", doc, n) }

// Quads writes the result in the vocabulary of package schema: the article
// (a NewsArticle with name, date, publisher and url), every person and actor
// it names, and every statement; all labelled with the article's IRI, so
// that re-extracting an article replaces exactly its quads.
func (r *Result) Quads() []quad.Quad {
	a := r.Article
	doc := schema.DocIRI(a.ID)
	var out []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: doc})
	}
	add(doc, schema.Type, schema.ClassNewsArticle)
	title := a.Title
	if title == "" {
		title = a.ID
	}
	add(doc, schema.Name, quad.String(title))
	if !a.Published.IsZero() {
		add(doc, schema.DatePublished, quad.TypedString{Value: quad.String(a.Published.Format("2006-01-02")), Type: schema.XSDDate})
	}
	if p := r.Publisher; p.ID != "" {
		pub := schema.OrgIRI(p.ID)
		add(doc, schema.Publisher, pub)
		add(pub, schema.Type, schema.ClassOrganization)
		add(pub, schema.Name, quad.String(p.Name))
	}
	if a.URL != "" {
		add(doc, schema.URL, quad.IRI(a.URL))
	}
	used := map[string]bool{}
	for _, s := range r.Statements {
		used[s.Speaker] = true
	}
	for _, e := range r.Entities {
		if e.Person {
			iri := schema.PersonIRI(e.ID)
			add(iri, schema.Type, schema.ClassPerson)
			add(iri, schema.Name, quad.String(e.Name))
			if e.Title != "" {
				add(iri, schema.JobTitle, quad.String(e.Title))
			}
			continue
		}
		iri := schema.OrgIRI(e.ID)
		class := schema.ClassOrganization
		if e.Class == "Country" {
			class = schema.ClassCountry
		}
		add(iri, schema.Type, class)
		add(iri, schema.Name, quad.String(e.Name))
	}
	for i, s := range r.Statements {
		st := schema.StatementIRI(StatementID(a.ID, i+1))
		add(st, schema.Type, schema.ClassStatement)
		add(st, schema.Speaker, r.speakerIRI(s.Speaker))
		add(st, schema.SpeakerName, quad.String(s.SpeakerName))
		if s.Demand != "" {
			add(st, schema.DemandOf, schema.DemandIRI(s.Demand))
			add(st, schema.Stance, quad.String(s.Stance))
		}
		add(st, schema.Quote, quad.String(s.Quote))
		add(st, schema.Direct, quad.TypedString{Value: quad.String(strconv.FormatBool(s.Direct)), Type: schema.XSDBoolean})
		if s.Date != "" {
			add(st, schema.Date, quad.TypedString{Value: quad.String(s.Date), Type: schema.XSDDate})
		}
		add(st, schema.Source, doc)
		add(st, schema.SpanStart, quad.TypedString{Value: quad.String(strconv.Itoa(s.SpanStart)), Type: schema.XSDInteger})
		add(st, schema.SpanEnd, quad.TypedString{Value: quad.String(strconv.Itoa(s.SpanEnd)), Type: schema.XSDInteger})
		for _, d := range s.RefersTo {
			add(st, schema.RefersTo, schema.DocIRI(d))
		}
	}
	return out
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
