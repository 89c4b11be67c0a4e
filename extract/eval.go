package extract

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/schema"
)

// ReadGold reads the statements of an N-Quads file (the curated gold, or
// held-out gold written the same way), grouped by their schema.Source.
// Speakers and demands become their slugs; the source its article id.
func ReadGold(name string, r io.Reader) ([]Statement, error) {
	rd := nquads.NewReader(r, false)
	byIRI := map[quad.IRI]*Statement{}
	var order []quad.IRI
	isStatement := map[quad.IRI]bool{}
	n := 0
	for {
		q, err := rd.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		n++
		if err != nil {
			return nil, fmt.Errorf("%q: quad %d: %w", name, n, err)
		}
		s, ok := q.Subject.(quad.IRI)
		if !ok || !strings.HasPrefix(string(s), schema.Base+schema.KindStatement+"/") {
			continue
		}
		st := byIRI[s]
		if st == nil {
			st = &Statement{}
			byIRI[s] = st
			order = append(order, s)
		}
		switch q.Predicate {
		case schema.Type:
			if q.Object == schema.ClassStatement {
				isStatement[s] = true
			}
		case schema.Speaker:
			st.Speaker = lastSegment(q.Object)
		case schema.SpeakerName:
			st.SpeakerName = literal(q.Object)
		case schema.DemandOf:
			st.Demand = lastSegment(q.Object)
		case schema.Stance:
			st.Stance = literal(q.Object)
		case schema.Quote:
			st.Quote = literal(q.Object)
		case schema.Direct:
			st.Direct = literal(q.Object) == "true"
		case schema.Date:
			st.Date = literal(q.Object)
		case schema.Source:
			// (the id claimgraph gives the article of that file name: a gold
			// written by hand may name it "…-council-s-pv-8960", which is
			// no id; the article is "…-council-pv-8960")
			st.Doc = slug(lastSegment(q.Object))
		case schema.SpanStart:
			st.SpanStart, _ = strconv.Atoi(literal(q.Object))
		case schema.SpanEnd:
			st.SpanEnd, _ = strconv.Atoi(literal(q.Object))
		}
	}
	var out []Statement
	for _, iri := range order {
		if st := byIRI[iri]; isStatement[iri] || st.Speaker != "" {
			out = append(out, *st)
		}
	}
	return out, nil
}

func lastSegment(v quad.Value) string {
	s := quad.ToString(v)
	if iri, ok := v.(quad.IRI); ok {
		s = string(iri)
	}
	if i := strings.LastIndexAny(s, "/#"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func literal(v quad.Value) string { return schema.Lexical(v) }

// CanonicalSpeakers rewrites the speaker ids of gold statements that name a
// lexicon person by another transliteration of the same name ("vassily-
// nebenzia", "t-s-tirumurti") to that person's id, so that a gold written
// by hand and the extractor, which always uses the lexicon's id, count the
// same person as one. An id the lexicon knows, or one that matches no
// person's name or alias (letters compared, case and punctuation ignored),
// or more than one person's, is left as it is.
func (lex *Lexicon) CanonicalSpeakers(sts []Statement) {
	byKey := map[string]string{}
	for _, p := range lex.People {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			k := letterKey(name)
			if id, seen := byKey[k]; seen && id != p.ID {
				byKey[k] = ""
				continue
			}
			byKey[k] = p.ID
		}
	}
	for i, st := range sts {
		if _, known := lex.people[st.Speaker]; known {
			continue
		}
		if _, known := lex.actors[st.Speaker]; known {
			continue
		}
		if id := byKey[letterKey(st.Speaker)]; id != "" {
			sts[i].Speaker = id
		}
	}
}

// letterKey is s's letters and digits, lower-cased (Unicode letters folded
// to ASCII as slugs fold them).
func letterKey(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' || r == ' ' }) {
		b.WriteString(strings.ReplaceAll(schema.Slug(w), "-", ""))
	}
	return b.String()
}

// Tuple is what statement precision and recall count: a speaker's position
// on a demand in an article.
type Tuple struct {
	Doc     string `json:"doc"`
	Speaker string `json:"speaker"`
	Demand  string `json:"demand"`
}

func (t Tuple) String() string { return t.Speaker + " / " + t.Demand }

// Score is precision, recall and F1 on tuples, stance accuracy on the tuples
// both sides have, and quotation-speaker accuracy on the gold's direct quotes.
type Score struct {
	TP          int     `json:"tp"`
	FP          int     `json:"fp"`
	FN          int     `json:"fn"`
	Precision   float64 `json:"precision"`
	Recall      float64 `json:"recall"`
	F1          float64 `json:"f1"`
	StanceRight int     `json:"stance_right"`
	StanceTotal int     `json:"stance_total"`
	QuoteRight  int     `json:"quote_speaker_right"`
	QuoteTotal  int     `json:"quote_speaker_total"`
	// StanceAcc and QuoteAcc are StanceAccuracy() and QuoteAccuracy(), for JSON.
	StanceAcc float64 `json:"stance_accuracy"`
	QuoteAcc  float64 `json:"quote_speaker_accuracy"`
}

// StanceAccuracy is StanceRight/StanceTotal (1 when there is nothing to judge).
func (s Score) StanceAccuracy() float64 { return ratio(s.StanceRight, s.StanceTotal) }

// QuoteAccuracy is QuoteRight/QuoteTotal (1 when there is nothing to judge).
func (s Score) QuoteAccuracy() float64 { return ratio(s.QuoteRight, s.QuoteTotal) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s *Score) finish() {
	s.Precision = ratio(s.TP, s.TP+s.FP)
	s.Recall = ratio(s.TP, s.TP+s.FN)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.StanceAcc, s.QuoteAcc = s.StanceAccuracy(), s.QuoteAccuracy()
}

func (s *Score) add(o Score) {
	s.TP += o.TP
	s.FP += o.FP
	s.FN += o.FN
	s.StanceRight += o.StanceRight
	s.StanceTotal += o.StanceTotal
	s.QuoteRight += o.QuoteRight
	s.QuoteTotal += o.QuoteTotal
}

// ArticleScore is the score of one article with what went wrong.
type ArticleScore struct {
	Doc string `json:"doc"`
	Score
	Missed      []Tuple  `json:"missed"`       // in the gold, not extracted
	Spurious    []Tuple  `json:"spurious"`     // extracted, not in the gold
	StanceWrong []string `json:"stance_wrong"` // "speaker / demand: gold X, extracted Y"
	QuoteWrong  []string `json:"quote_wrong"`  // "“quote…”: gold speaker X, extracted Y"
}

// Report is the evaluation of a set of articles.
type Report struct {
	Articles []ArticleScore `json:"articles"`
	Total    Score          `json:"total"`
	NoGold   []string       `json:"no_gold"` // extracted articles without any gold statement (not scored)
}

// Evaluate compares extracted statements with gold ones, per article. Only
// articles with gold statements are scored.
func Evaluate(extracted, gold []Statement) *Report {
	goldBy := groupByDoc(gold)
	extBy := groupByDoc(extracted)
	// (an article whose front matter id keeps a one-letter word, "…-s-pv-
	// 8960-…", is the gold's that ReadGold named by the slug of its id)
	for d, sts := range extBy {
		if _, ok := goldBy[d]; ok {
			continue
		}
		if s := slug(d); s != d && goldBy[s] != nil && extBy[s] == nil {
			moved := make([]Statement, len(sts))
			for i, st := range sts {
				st.Doc = s
				moved[i] = st
			}
			extBy[s] = moved
			delete(extBy, d)
		}
	}
	rep := &Report{}
	var docs []string
	for d := range goldBy {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	for d := range extBy {
		if _, ok := goldBy[d]; !ok {
			rep.NoGold = append(rep.NoGold, d)
		}
	}
	sort.Strings(rep.NoGold)
	for _, d := range docs {
		as := evaluateDoc(d, extBy[d], goldBy[d])
		rep.Total.add(as.Score)
		rep.Articles = append(rep.Articles, as)
	}
	rep.Total.finish()
	return rep
}

func groupByDoc(sts []Statement) map[string][]Statement {
	m := map[string][]Statement{}
	for _, s := range sts {
		m[s.Doc] = append(m[s.Doc], s)
	}
	return m
}

func stancesByTuple(sts []Statement) (map[Tuple]map[string]bool, []Tuple) {
	m := map[Tuple]map[string]bool{}
	var order []Tuple
	for _, s := range sts {
		if s.Demand == "" {
			continue
		}
		t := Tuple{s.Doc, s.Speaker, s.Demand}
		if m[t] == nil {
			m[t] = map[string]bool{}
			order = append(order, t)
		}
		m[t][s.Stance] = true
	}
	return m, order
}

// withoutMiddleInitials returns gold with a person's id that differs
// from an extracted speaker's of the same article only by middle initials
// ("gerald-e-connolly" for the "Gerald E. Connolly" whom claimgraph calls
// gerald-connolly, as the lexicon drops initials from every id) replaced
// by that id; gold itself is not changed.
func withoutMiddleInitials(gold, ext []Statement) []Statement {
	extracted := map[string]bool{}
	for _, st := range ext {
		extracted[st.Speaker] = true
	}
	var out []Statement
	for i, st := range gold {
		if extracted[st.Speaker] {
			continue
		}
		parts := strings.Split(st.Speaker, "-")
		kept := parts[:0:0]
		for k, w := range parts {
			if len(w) > 1 || k == 0 || k == len(parts)-1 {
				kept = append(kept, w)
			}
		}
		id := strings.Join(kept, "-")
		if len(kept) == len(parts) || !extracted[id] {
			continue
		}
		if out == nil {
			out = append([]Statement(nil), gold...)
		}
		out[i].Speaker = id
	}
	if out == nil {
		return gold
	}
	return out
}

func evaluateDoc(doc string, ext, gold []Statement) ArticleScore {
	as := ArticleScore{Doc: doc}
	gold = withoutMiddleInitials(gold, ext)
	g, gorder := stancesByTuple(gold)
	e, eorder := stancesByTuple(ext)
	for _, t := range gorder {
		es, ok := e[t]
		if !ok {
			as.FN++
			as.Missed = append(as.Missed, t)
			continue
		}
		as.TP++
		as.StanceTotal++
		right := false
		for s := range g[t] {
			if es[s] {
				right = true
			}
		}
		if right {
			as.StanceRight++
		} else {
			as.StanceWrong = append(as.StanceWrong, fmt.Sprintf("%s: gold %s, extracted %s", t, keys(g[t]), keys(es)))
		}
	}
	for _, t := range eorder {
		if _, ok := g[t]; !ok {
			as.FP++
			as.Spurious = append(as.Spurious, t)
		}
	}
	// quotation speakers: each gold direct quotation once, by span
	seen := map[[2]int]bool{}
	for _, gs := range gold {
		if !gs.Direct || gs.SpanEnd <= gs.SpanStart {
			continue
		}
		k := [2]int{gs.SpanStart, gs.SpanEnd}
		if seen[k] {
			continue
		}
		seen[k] = true
		as.QuoteTotal++
		best, bestOv := "", 0
		for _, es := range ext {
			ov := min(es.SpanEnd, gs.SpanEnd) - max(es.SpanStart, gs.SpanStart)
			if es.Direct && ov > bestOv {
				best, bestOv = es.Speaker, ov
			}
		}
		if best == gs.Speaker {
			as.QuoteRight++
			continue
		}
		if best == "" {
			best = "(none)"
		}
		as.QuoteWrong = append(as.QuoteWrong, fmt.Sprintf("%q: gold %s, extracted %s", clip(gs.Quote, 60), gs.Speaker, best))
	}
	as.finish()
	return as
}

func keys(m map[string]bool) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, "+")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// WriteTable prints the report as a table, one line per article and the
// total, followed by each article's misses.
func (r *Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-58s %4s %4s %4s %6s %6s %6s %7s %7s\n", "article", "tp", "fp", "fn", "P", "R", "F1", "stance", "quote")
	line := func(name string, s Score) {
		fmt.Fprintf(&b, "%-58s %4d %4d %4d %6.3f %6.3f %6.3f %7s %7s\n", clip(name, 58), s.TP, s.FP, s.FN, s.Precision, s.Recall, s.F1,
			frac(s.StanceRight, s.StanceTotal), frac(s.QuoteRight, s.QuoteTotal))
	}
	for _, a := range r.Articles {
		line(a.Doc, a.Score)
	}
	line("TOTAL", r.Total)
	fmt.Fprintf(&b, "stance accuracy %.3f, quotation-speaker accuracy %.3f\n", r.Total.StanceAccuracy(), r.Total.QuoteAccuracy())
	for _, d := range r.NoGold {
		fmt.Fprintf(&b, "not scored (no gold): %s\n", d)
	}
	for _, a := range r.Articles {
		if len(a.Missed)+len(a.Spurious)+len(a.StanceWrong)+len(a.QuoteWrong) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", a.Doc)
		for _, t := range a.Missed {
			fmt.Fprintf(&b, "  missed    %s\n", t)
		}
		for _, t := range a.Spurious {
			fmt.Fprintf(&b, "  spurious  %s\n", t)
		}
		for _, s := range a.StanceWrong {
			fmt.Fprintf(&b, "  stance    %s\n", s)
		}
		for _, s := range a.QuoteWrong {
			fmt.Fprintf(&b, "  quote     %s\n", s)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func frac(a, b int) string { return fmt.Sprintf("%d/%d", a, b) }
