package graph

import (
	"reflect"
	"testing"
)

func TestDropRepeats(t *testing.T) {
	cur := Statement{Doc: "a", Speaker: "p", Demand: "d", Stance: "supports", Source: SourceCurated, SpanStart: 10, SpanEnd: 50, Quote: "cur"}
	ext := func(quote string, start, end int, change func(*Statement)) Statement {
		s := Statement{Doc: "a", Speaker: "p", Demand: "d", Stance: "supports", Source: SourceExtracted, SpanStart: start, SpanEnd: end, Quote: quote}
		if change != nil {
			change(&s)
		}
		return s
	}
	cases := []struct {
		name string
		in   []Statement
		want []string
	}{
		{"overlapping extracted repeat goes", []Statement{cur, ext("x", 40, 90, nil)}, []string{"cur"}},
		{"touching spans do not overlap", []Statement{cur, ext("x", 50, 90, nil)}, []string{"cur", "x"}},
		{"other stance stays", []Statement{cur, ext("x", 10, 50, func(s *Statement) { s.Stance = "rejects" })}, []string{"cur", "x"}},
		{"other speaker stays", []Statement{cur, ext("x", 10, 50, func(s *Statement) { s.Speaker = "q" })}, []string{"cur", "x"}},
		{"no spans: same claim goes", []Statement{cur, ext("x", 0, 0, nil)}, []string{"cur"}},
		{"extracted alone stays", []Statement{ext("x", 10, 50, nil)}, []string{"x"}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range dropRepeats(c.in) {
			got = append(got, s.Quote)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
