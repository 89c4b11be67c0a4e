package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalDirs extracts every article of articles and evaluates against every
// *.nq of gold.
func evalDirs(t testing.TB, lex *Lexicon, articles, gold string) *Report {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no articles in %s", articles)
	}
	var ext, gs []Statement
	for _, f := range files {
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
		ext = append(ext, r.Statements...)
	}
	nqs, _ := filepath.Glob(filepath.Join(gold, "*.nq"))
	for _, f := range nqs {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sts, err := ReadGold(f, fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, sts...)
	}
	if len(gs) == 0 {
		t.Skipf("no gold statements in %s", gold)
	}
	return Evaluate(ext, gs)
}

func mustLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestSeedsAgainstCuratedGold(t *testing.T) {
	rep := evalDirs(t, mustLexicon(t), "../data/articles", "../data/curated")
	var b strings.Builder
	rep.WriteTable(&b)
	t.Log("\n" + b.String())
}

func TestHeldOut(t *testing.T) {
	rep := evalDirs(t, mustLexicon(t), "../data/eval/articles", "../data/eval/gold")
	var b strings.Builder
	rep.WriteTable(&b)
	t.Log("\n" + b.String())
}

func TestHeldOutSecondBatch(t *testing.T) {
	rep := evalDirs(t, mustLexicon(t), "../data/eval/articles-2", "../data/eval/gold-2")
	var b strings.Builder
	rep.WriteTable(&b)
	t.Log("\n" + b.String())
}
