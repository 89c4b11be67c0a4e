package extract

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

// The extractor's fast paths against the plain code they stand for, on
// random inputs and on the articles: each must give the same answer.

// randomText makes n runes of words, spaces, marks and the tricky runes.
func randomText(rng *rand.Rand, n int) []rune {
	alpha := []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ..,,!?'\"-")
	var rs []rune
	for len(rs) < n {
		if rng.IntN(8) == 0 {
			rs = append(rs, trickyRunes[rng.IntN(len(trickyRunes))])
		} else {
			rs = append(rs, alpha[rng.IntN(len(alpha))])
		}
	}
	return rs
}

// testLines are the body lines of the articles and of random texts.
func testLines(t *testing.T) [][]rune {
	t.Helper()
	var lines [][]rune
	for _, g := range []string{"../data/articles/*.txt", "../data/eval/articles*/*.txt", "testdata/inputs/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range bytes.Split(data, []byte("\n")) {
				lines = append(lines, []rune(string(l)))
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 3000; i++ {
		lines = append(lines, randomText(rng, rng.IntN(200)))
	}
	return lines
}

func TestQuotesFromMarks(t *testing.T) {
	for _, rs := range testLines(t) {
		toks := tokenize(rs, 0, len(rs), nil)
		want := appendQuotes(nil, rs, 0, len(rs))
		got := appendQuotesToks(nil, rs, 0, len(rs), toks)
		if len(got) != len(want) {
			t.Fatalf("%q: %d quotations, want %d", string(rs), len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: quotation %d is %+v, want %+v", string(rs), i, got[i], want[i])
			}
		}
	}
}

// sentencesOfRunes is appendSentences reading every rune, as it was
// before it read the marks only.
func sentencesOfRunes(rs []rune, start, end int, toks []token) []sentence {
	var out []sentence
	s0, t0 := start, 0
	ti := 0
	for i := start; i < end; i++ {
		r := rs[i]
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i + 1
		for j < end && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || isCloser(rs[j])) {
			j++
		}
		if j < end && !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < end && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < end && !startsSentence(rs[k]) {
			continue
		}
		if r == '.' && isAbbrev(rs, start, i) && k < end {
			continue
		}
		// ("Resolution No. 1", as appendSentences since b2e6dfa)
		if r == '.' && k < end && unicode.IsDigit(rs[k]) && i-start >= 2 && (rs[i-2] == 'N' || rs[i-2] == 'n') && rs[i-1] == 'o' && (i-2 == start || !unicode.IsLetter(rs[i-3])) {
			continue
		}
		for ti < len(toks) && toks[ti].Start < j {
			ti++
		}
		out = appendSentence(out, rs, s0, j, t0, ti)
		s0, t0 = k, ti
		i = j - 1
	}
	return appendSentence(out, rs, s0, end, t0, len(toks))
}

func TestSentencesFromMarks(t *testing.T) {
	for _, rs := range testLines(t) {
		toks := tokenize(rs, 0, len(rs), nil)
		want := sentencesOfRunes(rs, 0, len(rs), toks)
		got := appendSentences(nil, rs, 0, len(rs), toks)
		if len(got) != len(want) {
			t.Fatalf("%q: %d sentences, want %d", string(rs), len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: sentence %d is %+v, want %+v", string(rs), i, got[i], want[i])
			}
		}
	}
}

func TestScanJunk(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alpha := []byte("icon icccoonnii(gettyphoto:")
	for n := 0; n < 200000; n++ {
		var l []byte
		for size := rng.IntN(60); len(l) < size; {
			switch rng.IntN(20) {
			case 0, 1, 2:
				l = append(l, "icon"...)
			case 3:
				l = append(l, junkContains[rng.IntN(len(junkContains))]...)
			default:
				l = append(l, alpha[rng.IntN(len(alpha))])
			}
		}
		lower := bytes.Clone(l)
		if rng.IntN(2) == 0 {
			// (junkMarkers and countIcons read a line in any case)
			for i, c := range l {
				if c >= 'a' && c <= 'z' && rng.IntN(3) == 0 {
					l[i] = c - 'a' + 'A'
				}
			}
		}
		buf := make([]byte, len(l)+3) // three zeros after the line
		copy(buf, l)
		l = buf[:len(l)]
		icons, maybe := countIcons(l, 'c')+countIcons(l, 'C'), junkMarkers(l, bytes.IndexByte(l, '(') >= 0)
		if want := bytes.Count(lower, []byte("icon")); icons != want {
			t.Fatalf("%q: %d icons, want %d", l, icons, want)
		}
		for k, j := range junkContains {
			if bytes.Contains(lower, []byte(j)) && maybe&(1<<k) == 0 {
				t.Fatalf("%q has %q, which junkMarkers rules out", l, j)
			}
		}
	}
}

func TestLowerASCII8(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		if n < 256*8 {
			b[n%8] = byte(n / 8) // every byte at every place
		}
		want := b
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := lowerASCII8(binary.LittleEndian.Uint64(b[:])); got != binary.LittleEndian.Uint64(want[:]) {
			t.Fatalf("lowerASCII8(%q) = %x, want %q", b[:], got, want[:])
		}
	}
}

func TestWordKey(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 100000; n++ {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		var want [16]byte
		copy(want[:], b)
		k0, k1 := wordKey(string(b))
		if k0 != binary.LittleEndian.Uint64(want[:8]) || k1 != binary.LittleEndian.Uint64(want[8:]) {
			t.Fatalf("wordKey(%q) = %x %x", b, k0, k1)
		}
	}
}

func TestRuneKinds(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if kindOf(r) != runeKind(r) {
			t.Fatalf("kindOf(%U) = %d, want %d", r, kindOf(r), runeKind(r))
		}
	}
}

func TestSlugOfSlug(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	alpha := "ab1-_A.é"
	for _, s := range []string{"", "a", "-", "a-", "-a", "a--b", "a-b-c", "ab-c-de", "x-y", "corpus-00001", "000_2e14d60b"} {
		if got, want := slug(s), schema.Slug(s); got != want {
			t.Errorf("slug(%q) = %q, want %q", s, got, want)
		}
	}
	for n := 0; n < 100000; n++ {
		rs := []rune(alpha)
		var b []rune
		for size := rng.IntN(12); len(b) < size; {
			b = append(b, rs[rng.IntN(len(rs))])
		}
		if got, want := slug(string(b)), schema.Slug(string(b)); got != want {
			t.Fatalf("slug(%q) = %q, want %q", string(b), got, want)
		}
	}
}

// TestWordTable looks every word of the articles up in the table and in
// the plain way.
func TestWordTable(t *testing.T) {
	lex := mustLexicon(t)
	words := map[string]*wordEntry{}
	for i := range lex.wordTab.slots {
		if s := &lex.wordTab.slots[i]; s.e != nil {
			if lex.wordTab.key(s) != s.e.key || s.info != s.e.info {
				t.Fatalf("slot of %q holds %q", s.e.key, lex.wordTab.key(s))
			}
			words[s.e.key] = s.e
		}
	}
	for _, rs := range testLines(t) {
		for _, tok := range tokenize(rs, 0, len(rs), nil) {
			for _, w := range []string{tok.Lower, tok.Text} {
				var got *wordEntry
				if s := lex.wordTab.get(w); s != nil {
					got = s.e
				}
				if got != words[w] {
					t.Fatalf("%q: table has %v, want %v", w, got, words[w])
				}
			}
		}
	}
}

func TestLastField(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, rs := range testLines(t)[:2000] {
		for _, s := range []string{string(rs), string(randomText(rng, rng.IntN(12)))} {
			f := strings.Fields(s)
			last, ok := lastField(s)
			if ok != (len(f) > 1) || ok && last != f[len(f)-1] {
				t.Fatalf("lastField(%q) = %q, %v; fields %q", s, last, ok, f)
			}
		}
	}
}

// TestAppendEscaped compares appendEscaped, which reads sixteen or eight
// bytes at a time, with the escaping of quad's writer, on the articles'
// lines and on random strings of the bytes near the escaped ones, dense
// and sparse.
func TestAppendEscaped(t *testing.T) {
	esc := strings.NewReplacer("\\", `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	var vs []string
	for _, rs := range testLines(t) {
		vs = append(vs, string(rs))
	}
	rng := rand.New(rand.NewPCG(7, 8))
	alpha := []byte("ab\\\"\n\r\t\x00\x0b\x0c\x0d\x0e\x21\x23\x5b\x5d\x80\xa2\xdc\xff")
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = alpha[rng.IntN(len(alpha))]
		}
		vs = append(vs, string(b))
	}
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.IntN(80))
		for k := range b {
			b[k] = 'a'
			if rng.IntN(30) == 0 {
				b[k] = alpha[rng.IntN(len(alpha))]
			}
		}
		vs = append(vs, string(b))
	}
	for _, v := range vs {
		if got, want := string(appendEscaped([]byte("x"), v)), "x"+esc.Replace(v); got != want {
			t.Fatalf("appendEscaped(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestAnyWithin checks what indirect relies on: a rule holds for a part of
// a set of concepts only if anyWithin says so of the whole set.
func TestAnyWithin(t *testing.T) {
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	rs := lex.Rules
	if !rs.indexed() {
		t.Fatal("the rules are not indexed")
	}
	// sets made of the concepts of random rules, and random concepts
	rng := rand.New(rand.NewPCG(5, 6))
	held := 0
	for n := 0; n < 100000; n++ {
		var whole conceptSet
		for k := rng.IntN(3); k >= 0; k-- {
			m := rs.masks[rng.IntN(len(rs.masks))]
			whole[0] |= m.all[0] | m.none[0]&rng.Uint64()
			whole[1] |= m.all[1] | m.none[1]&rng.Uint64()
		}
		whole[0] |= rng.Uint64() & rng.Uint64() & rng.Uint64()
		whole[1] |= rng.Uint64() & rng.Uint64() & rng.Uint64()
		part := conceptSet{whole[0] & rng.Uint64(), whole[1] & rng.Uint64()}
		for _, s := range []conceptSet{whole, part} {
			if rs.any(s) {
				held++
				if !rs.anyWithin(whole) {
					t.Fatalf("a rule holds for %x, part of %x, which anyWithin rules out", s, whole)
				}
			}
		}
	}
	if held < 1000 {
		t.Errorf("rules held for only %d sets", held)
	}
}

// TestMatchTermsAt compares the concepts matchTermsAt finds at every word
// of the articles (its entry's concepts, its walk cut short by termNext)
// with those of the walk from the root.
func TestMatchTermsAt(t *testing.T) {
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../data/articles/*.txt")
	more, _ := filepath.Glob("../data/eval/*/*.txt")
	walks := 0
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			rs := []rune(l)
			toks := tokenizeSrc(rs, nil, lex, 0, len(rs), nil)
			for i := range toks {
				if !toks[i].Word || toks[i].Info&wTermStart == 0 {
					continue
				}
				var fast, slow conceptSet
				lex.matchTermsAt(toks[i:], &fast)
				lex.matchTermsAtSlow(toks[i:], &slow)
				if fast != slow {
					t.Fatalf("%q at %q: %x, from the root %x", l, toks[i].Text, fast, slow)
				}
				walks++
			}
		}
	}
	if walks < 10000 {
		t.Errorf("only %d words start terms", walks)
	}
}

// cpIndexOfBytes is newCPIndex reading every byte, as it did before it
// counted code points eight bytes at a time.
func cpIndexOfBytes(text string) cpIndex {
	x := cpIndex{}
	n := 0
	for b := 0; b < len(text); b++ {
		if text[b]&0xC0 == 0x80 {
			continue
		}
		if n%cpStep == 0 {
			x.every = append(x.every, int32(b))
		}
		n++
	}
	x.n = n
	return x
}

func TestCPIndexBlocks(t *testing.T) {
	for _, rs := range testLines(t) {
		for _, text := range []string{string(rs), strings.Repeat(string(rs), 7)} {
			got, want := newCPIndex(text, false), cpIndexOfBytes(text)
			if got.n != want.n || !slices.Equal(got.every, want.every) {
				t.Fatalf("%q: index %d %v, want %d %v", text, got.n, got.every, want.n, want.every)
			}
		}
	}
}

// TestCPIndexOfLines compares the code point index ReadArticle makes as it
// splits the lines, and the lines' code points, with those read byte by
// byte.
func TestCPIndexOfLines(t *testing.T) {
	for _, rs := range testLines(t) {
		for _, text := range []string{string(rs), "\ufeff" + string(rs) + "\r\n", strings.Repeat(string(rs)+"\n", 7), "é\n\n" + string(rs)} {
			a, err := ReadArticle("x.txt", []byte(text))
			if err != nil {
				continue // (front matter of random lines)
			}
			want := cpIndexOfBytes(text)
			if !a.cp.ascii && (a.cp.n != want.n || !slices.Equal(a.cp.every, want.every)) {
				t.Fatalf("%q: index %d %v, want %d %v", text, a.cp.n, a.cp.every, want.n, want.every)
			}
			for _, l := range a.Lines {
				if n := utf8.RuneCountInString(text[l.bStart:l.bEnd]); l.End-l.Start != n {
					t.Fatalf("%q: line %q has %d code points, want %d", text, text[l.bStart:l.bEnd], l.End-l.Start, n)
				}
				if b := a.cp.byteOff(text, l.Start); b != l.bStart {
					t.Fatalf("%q: line %q starts at byte %d, want %d", text, text[l.bStart:l.bEnd], b, l.bStart)
				}
			}
		}
	}
}

// TestNameSlug compares nameSlug with schema.Slug on the articles' lines,
// every run of up to five of their words, and random ASCII names.
func TestNameSlug(t *testing.T) {
	check := func(name string) {
		if got, want := nameSlug(name), schema.Slug(name); got != want {
			t.Fatalf("nameSlug(%q) = %q, want %q", name, got, want)
		}
	}
	for _, rs := range testLines(t) {
		line := string(rs)
		check(line)
		words := strings.Fields(line)
		for i := range words {
			for n := 1; n <= 5 && i+n <= len(words); n++ {
				check(strings.Join(words[i:i+n], " "))
			}
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	alpha := "aAbZz09 -.'x,Q()"
	for i := 0; i < 200000; i++ {
		b := make([]byte, rng.IntN(20))
		for k := range b {
			b[k] = alpha[rng.IntN(len(alpha))]
		}
		check(string(b))
	}
}
