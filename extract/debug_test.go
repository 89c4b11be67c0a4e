package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDebugDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP=glob")
	}
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(os.Getenv("DUMP"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		a, err := ReadArticle(f, data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Extract(a, lex)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("=== %s (%s)\n", a.ID, a.Published.Format("2006-01-02"))
		for _, s := range r.Statements {
			q := s.Quote
			if len(q) > 90 {
				q = q[:90]
			}
			fmt.Printf("%-22s %-32s %-9s %v %s [%d:%d] %q\n", s.Speaker, s.Demand, s.Stance, s.Direct, s.Date, s.SpanStart, s.SpanEnd, q)
		}
	}
}

func TestDebugGold(t *testing.T) {
	if os.Getenv("GOLD") == "" {
		t.Skip("set GOLD=file")
	}
	f, _ := os.Open(os.Getenv("GOLD"))
	sts, err := ReadGold("gold", f)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sts {
		q := s.Quote
		if len(q) > 90 {
			q = q[:90]
		}
		fmt.Printf("%-10.10s %-22s %-32s %-9s %v %s [%d:%d] %q\n", s.Doc, s.Speaker, s.Demand, s.Stance, s.Direct, s.Date, s.SpanStart, s.SpanEnd, q)
	}
}
