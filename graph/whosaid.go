package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// Filter narrows who-said. Empty fields do not filter. IDs are slugs: a
// demand id of DESIGN.md, a person slug or actor id, an article id.
type Filter struct {
	Demand  string
	Speaker string
	Doc     string
	Stance  string
	Since   string // YYYY-MM-DD, inclusive
	Until   string // YYYY-MM-DD, inclusive
	// Source is SourceCurated or SourceExtracted to see one provenance only.
	// Without it, an extracted statement that repeats a curated one (same
	// article, speaker, demand and stance, overlapping evidence) is left out.
	Source string
}

// Statement is one row of who-said; the JSON keys are DESIGN.md's contract.
type Statement struct {
	Doc         string `json:"doc"`
	Speaker     string `json:"speaker"`
	SpeakerName string `json:"speaker_name"`
	Demand      string `json:"demand"`
	Stance      string `json:"stance"`
	Quote       string `json:"quote"`
	Date        string `json:"date"`
	Source      string `json:"source"`

	IRI       quad.IRI `json:"-"`
	Direct    bool     `json:"-"`
	SpanStart int      `json:"-"`
	SpanEnd   int      `json:"-"`
}

// Source values of a Statement.
const (
	SourceCurated   = "curated"
	SourceExtracted = "extracted"
)

// WhoSaid returns the statements that match f, oldest first (undated last).
//
// The query runs in two steps, the shape CAYLEY-NOTES.md measured fast on
// bolt: first the statement nodes, by walking In from the most selective
// filter's node (a demand, a speaker, an article, or the Statement class) and
// intersecting with the other filters' walks; then each statement's own
// quads, read through the subject index. The natural single path
// (Out(speaker), Out(quote)… from every statement) scans every quad on bolt.
func (s *Store) WhoSaid(ctx context.Context, f Filter) ([]Statement, error) {
	var starts []*path.Path
	if f.Demand != "" {
		starts = append(starts, path.StartPath(s.qs, schema.DemandIRI(f.Demand)).In(schema.DemandOf))
	}
	if f.Speaker != "" {
		iris, err := s.ResolveActor(ctx, f.Speaker)
		if err != nil {
			return nil, err
		}
		starts = append(starts, path.StartPath(s.qs, iris...).In(schema.Speaker))
	}
	if f.Doc != "" {
		starts = append(starts, path.StartPath(s.qs, schema.DocIRI(f.Doc)).In(schema.Source))
	}
	if f.Stance != "" {
		starts = append(starts, path.StartPath(s.qs, quad.String(f.Stance)).In(schema.Stance))
	}
	p := path.StartPath(s.qs, schema.ClassStatement).In(schema.Type)
	if len(starts) > 0 {
		p = starts[0]
		for _, o := range starts[1:] {
			p = p.And(o)
		}
	}
	refs, err := p.Iterate(ctx).All()
	if err != nil {
		return nil, err
	}
	if ctx, refs, err = s.prefetch(ctx, refs); err != nil {
		return nil, err
	}
	out := make([]Statement, 0, len(refs))
	seen := make(map[quad.Value]bool, len(refs))
	for _, ref := range refs {
		iri, ok := s.qs.NameOf(ref).(quad.IRI)
		if !ok || seen[iri] {
			continue
		}
		seen[iri] = true
		st, err := s.statement(ctx, ref, iri)
		if err != nil {
			return nil, err
		}
		if st == nil || (f.Since != "" && (st.Date == "" || st.Date < f.Since)) || (f.Until != "" && (st.Date == "" || st.Date > f.Until)) {
			continue
		}
		if f.Source != "" && st.Source != f.Source {
			continue
		}
		out = append(out, *st)
	}
	if f.Source == "" {
		out = dropRepeats(out)
	}
	sortStatements(out)
	return out, nil
}

// dropRepeats leaves out extracted statements that a curated statement
// already makes: same article, speaker, demand and stance, and evidence
// spans that overlap (or no spans to compare).
func dropRepeats(sts []Statement) []Statement {
	type key struct{ doc, speaker, demand, stance string }
	curated := map[key][]Statement{}
	for _, s := range sts {
		if s.Source == SourceCurated {
			k := key{s.Doc, s.Speaker, s.Demand, s.Stance}
			curated[k] = append(curated[k], s)
		}
	}
	out := sts[:0]
	for _, s := range sts {
		if s.Source == SourceExtracted && repeats(s, curated[key{s.Doc, s.Speaker, s.Demand, s.Stance}]) {
			continue
		}
		out = append(out, s)
	}
	return out
}

func repeats(s Statement, curated []Statement) bool {
	for _, c := range curated {
		noSpans := c.SpanEnd == 0 || s.SpanEnd == 0
		if noSpans || (s.SpanStart < c.SpanEnd && c.SpanStart < s.SpanEnd) {
			return true
		}
	}
	return false
}

// statement reads one statement node through the subject index; nil when
// the node is not a statement.
func (s *Store) statement(ctx context.Context, ref cgraph.Ref, iri quad.IRI) (*Statement, error) {
	st := &Statement{IRI: iri, Source: SourceExtracted}
	isStatement := false
	quads, err := s.subjectQuads(ctx, ref)
	if err != nil {
		return nil, err
	}
	for _, q := range quads {
		p, _ := q.Predicate.(quad.IRI)
		switch p {
		case schema.Type:
			isStatement = isStatement || q.Object == schema.ClassStatement
			if q.Label == schema.CuratedLabel {
				st.Source = SourceCurated
			}
		case schema.Speaker:
			st.Speaker = slugOf(q.Object)
		case schema.SpeakerName:
			st.SpeakerName = text(q.Object)
		case schema.DemandOf:
			st.Demand = slugOf(q.Object)
		case schema.Stance:
			st.Stance = text(q.Object)
		case schema.Quote:
			st.Quote = text(q.Object)
		case schema.Date:
			st.Date = text(q.Object)
		case schema.Source:
			st.Doc = slugOf(q.Object)
		case schema.Direct:
			st.Direct = text(q.Object) == "true" || text(q.Object) == "1"
		case schema.SpanStart:
			st.SpanStart, _ = strconv.Atoi(text(q.Object))
		case schema.SpanEnd:
			st.SpanEnd, _ = strconv.Atoi(text(q.Object))
		}
	}
	if !isStatement {
		return nil, nil
	}
	return st, nil
}

func sortStatements(sts []Statement) {
	sort.SliceStable(sts, func(i, j int) bool {
		a, b := sts[i], sts[j]
		if a.Date != b.Date {
			if a.Date == "" || b.Date == "" {
				return b.Date == "" // undated last
			}
			return a.Date < b.Date
		}
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.SpanStart != b.SpanStart {
			return a.SpanStart < b.SpanStart
		}
		if a.Demand != b.Demand {
			return a.Demand < b.Demand
		}
		return a.IRI < b.IRI
	})
}

// ResolveActor maps a speaker id to the IRIs it may name: a person slug or an
// actor id. It fails with a list of near matches when the graph has neither.
func (s *Store) ResolveActor(ctx context.Context, id string) ([]quad.Value, error) {
	var found []quad.Value
	for _, iri := range []quad.IRI{schema.PersonIRI(id), schema.OrgIRI(id)} {
		if ok, err := s.isSubject(ctx, iri); err != nil {
			return nil, err
		} else if ok {
			found = append(found, iri)
		}
	}
	if len(found) > 0 {
		return found, nil
	}
	return nil, &NotFoundError{Kind: "speaker", ID: id, Near: s.nearActors(ctx, id)}
}

// isSubject reports whether some quad has v as its subject. (ValueOf alone
// does not tell: the SQL backend returns a reference for any value.)
func (s *Store) isSubject(ctx context.Context, v quad.Value) (bool, error) {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return false, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	return it.Next(ctx), it.Err()
}

// NotFoundError is an id the graph does not have, with near matches.
type NotFoundError struct {
	Kind string
	ID   string
	Near []string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no %s %q in the graph", e.Kind, e.ID)
}

// nearActors lists actor and person slugs that contain id or whose name does.
func (s *Store) nearActors(ctx context.Context, id string) []string {
	var near []string
	classes := []quad.Value{schema.ClassPerson, schema.ClassOrganization, schema.ClassCountry}
	p := path.StartPath(s.qs, classes...).In(schema.Type)
	needle := schema.Slug(id)
	_ = p.Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		slug := slugOf(v)
		if needle != "" && (strings.Contains(slug, needle) || strings.Contains(needle, slug)) {
			near = append(near, slug)
		}
	})
	sort.Strings(near)
	return near
}

// slugOf and text are schema.SlugOf and schema.Lexical, short.
func slugOf(v quad.Value) string { return schema.SlugOf(v) }
func text(v quad.Value) string   { return schema.Lexical(v) }
