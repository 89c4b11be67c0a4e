// Package data holds claimgraph's bundled corpus: the articles, the curated
// graph and the extractor's lexicon. This test file checks the curated graph
// against the articles it was written from; there is no Go code here.
package data_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

func curated(t *testing.T) []schema.Located {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("curated", "*.nq"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no curated files: %v", err)
	}
	var all []schema.Located
	for _, f := range files {
		qs, syntax, err := schema.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range syntax {
			t.Errorf("%s", v)
		}
		all = append(all, qs...)
	}
	return all
}

type closedWorld struct{}

func (closedWorld) Describe(context.Context, quad.Value) ([]quad.Quad, error) { return nil, nil }

// TestCuratedGraphFitsTheSchema: every curated quad fits the schema, and
// every entity a curated quad refers to is defined in the curated graph.
func TestCuratedGraphFitsTheSchema(t *testing.T) {
	vs, err := schema.Validate(context.Background(), curated(t), closedWorld{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Errorf("%s\n    %s", v, v.Quad)
	}
}

type statement struct {
	iri              quad.IRI
	source           string
	quote            string
	speaker, demand  string
	direct           bool
	start, end       int
	hasStart, hasEnd bool
	line             int
}

func statements(t *testing.T) []*statement {
	byIRI := map[quad.Value]*statement{}
	var out []*statement
	for _, l := range curated(t) {
		q := l.Quad
		if q.Predicate == schema.Type && q.Object == schema.ClassStatement {
			s := &statement{iri: q.Subject.(quad.IRI), line: l.Line}
			byIRI[q.Subject] = s
			out = append(out, s)
		}
	}
	for _, l := range curated(t) {
		q := l.Quad
		s := byIRI[q.Subject]
		if s == nil {
			continue
		}
		val := func() string {
			switch v := q.Object.(type) {
			case quad.String:
				return string(v)
			case quad.TypedString:
				return string(v.Value)
			case quad.IRI:
				_, slug, _ := schema.KindOf(v)
				return slug
			}
			return ""
		}
		switch q.Predicate {
		case schema.Quote:
			s.quote = val()
		case schema.Source:
			s.source = val()
		case schema.Speaker:
			s.speaker = val()
		case schema.DemandOf:
			s.demand = val()
		case schema.Direct:
			s.direct = val() == "true"
		case schema.SpanStart:
			s.start, _ = strconv.Atoi(val())
			s.hasStart = true
		case schema.SpanEnd:
			s.end, _ = strconv.Atoi(val())
			s.hasEnd = true
		}
	}
	return out
}

func article(t *testing.T, id string) []rune {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("articles", id+".txt"))
	if err != nil {
		t.Fatalf("article %q: %v", id, err)
	}
	if !strings.Contains(string(b), "\nid: "+id+"\n") {
		t.Errorf("articles/%s.txt: front matter does not say id: %s", id, id)
	}
	return []rune(string(b))
}

// TestCuratedQuotesAreTheArticlesText: the quote of every curated statement
// is exactly the text of its article between spanStart and spanEnd.
func TestCuratedQuotesAreTheArticlesText(t *testing.T) {
	sts := statements(t)
	if len(sts) == 0 {
		t.Fatal("no curated statements")
	}
	for _, s := range sts {
		if !s.hasStart || !s.hasEnd {
			t.Errorf("%s: no span", s.iri)
			continue
		}
		text := article(t, s.source)
		if s.start < 0 || s.end > len(text) || s.start >= s.end {
			t.Errorf("%s: span %d–%d outside %s (%d characters)", s.iri, s.start, s.end, s.source, len(text))
			continue
		}
		if got := string(text[s.start:s.end]); got != s.quote {
			t.Errorf("%s: span %d–%d of %s is\n    %q\nbut the quote is\n    %q", s.iri, s.start, s.end, s.source, got, s.quote)
		}
	}
}

// quotationRE finds text between a matched pair of curly or straight quote marks.
var quotationRE = regexp.MustCompile(`“([^“”"]+)”|"([^“”"]+)"`)

// TestEveryLongQuotationIsCurated: every quotation of six or more words in an
// article (between a matched pair of quote marks) overlaps the span of a
// curated direct quotation from that article.
func TestEveryLongQuotationIsCurated(t *testing.T) {
	spans := map[string][]*statement{}
	for _, s := range statements(t) {
		if s.direct {
			spans[s.source] = append(spans[s.source], s)
		}
	}
	files, _ := filepath.Glob(filepath.Join("articles", "*.txt"))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		text := article(t, id)
		str := string(text)
		for _, m := range quotationRE.FindAllStringSubmatchIndex(str, -1) {
			lo, hi := m[2], m[3]
			if lo < 0 {
				lo, hi = m[4], m[5]
			}
			words := strings.Fields(str[lo:hi])
			if len(words) < 6 {
				continue
			}
			start := len([]rune(str[:lo]))
			end := start + len([]rune(str[lo:hi]))
			found := false
			for _, s := range spans[id] {
				if s.start < end && start < s.end {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: quotation at %d–%d has no curated direct statement: %q", id, start, end, str[lo:hi])
			}
		}
	}
}

// TestStatementIdsFollowTheirArticle: statement/<article id>-<nn>, numbered
// in order of appearance without gaps.
func TestStatementIdsFollowTheirArticle(t *testing.T) {
	byDoc := map[string][]int{}
	for _, s := range statements(t) {
		_, slug, _ := schema.KindOf(s.iri)
		prefix := s.source + "-"
		if !strings.HasPrefix(slug, prefix) {
			t.Errorf("%s: id does not start with its article id %q", s.iri, s.source)
			continue
		}
		n, err := strconv.Atoi(strings.TrimPrefix(slug, prefix))
		if err != nil {
			t.Errorf("%s: no number after the article id", s.iri)
			continue
		}
		byDoc[s.source] = append(byDoc[s.source], n)
	}
	for doc, ns := range byDoc {
		sort.Ints(ns)
		for i, n := range ns {
			if n != i+1 {
				t.Errorf("%s: statement numbers %v are not 1…%d", doc, ns, len(ns))
				break
			}
		}
	}
}
