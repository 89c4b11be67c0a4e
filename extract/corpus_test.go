package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// corpusDocs returns n synthetic articles made from the seeds and the
// held-out articles, each with its own id, so that a corpus of thousands of
// articles can be extracted one after another as build does.
func corpusDocs(b *testing.B, n int) (names []string, docs [][]byte, size int) {
	b.Helper()
	var files []string
	for _, g := range []string{"../data/articles/*.txt", "../data/eval/articles*/*.txt"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Skip("no articles")
	}
	var base [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		base = append(base, data)
	}
	for i := 0; i < n; i++ {
		names = append(names, fmt.Sprintf("corpus-%05d.txt", i))
		docs = append(docs, base[i%len(base)])
		size += len(base[i%len(base)])
	}
	return names, docs, size
}

// BenchmarkExtractCorpus extracts corpora of growing size, one article at a
// time, and reports the heap in use after each corpus and its peak: they
// stay flat when nothing of an article outlives its extraction. It also
// reports allocations and bytes allocated per article, and MB of text per
// CPU-second of the process (GC included).
//
//	go test -run X -bench BenchmarkExtractCorpus -benchmem ./extract/
func BenchmarkExtractCorpus(b *testing.B) {
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100, 1000, 4000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			names, docs, size := corpusDocs(b, n)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			mallocs0, bytes0 := ms.Mallocs, ms.TotalAlloc
			b.ResetTimer()
			cpu0 := cpuTime()
			var peak uint64
			for i := 0; i < b.N; i++ {
				for k, data := range docs {
					a, err := ReadArticle(names[k], data)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := Extract(a, lex); err != nil {
						b.Fatal(err)
					}
					if k%500 == 499 {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
					}
				}
			}
			d := cpuTime() - cpu0
			b.StopTimer()
			runtime.ReadMemStats(&ms)
			articles := float64(n * b.N)
			b.ReportMetric(float64(ms.Mallocs-mallocs0)/articles, "allocs/article")
			b.ReportMetric(float64(ms.TotalAlloc-bytes0)/articles, "B/article")
			runtime.GC()
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapInuse)/1e6, "MB-heap-after")
			b.ReportMetric(float64(peak)/1e6, "MB-heap-peak")
			if d > 0 {
				b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
			}
		})
	}
}

// BenchmarkAppendNQuads writes the N-Quads of a corpus's results, as the
// extract command does: MB/s counts the quads written.
//
//	go test -run X -bench BenchmarkAppendNQuads ./extract/
func BenchmarkAppendNQuads(b *testing.B) {
	lex, err := LoadLexicon(os.DirFS("../data/lexicon"))
	if err != nil {
		b.Fatal(err)
	}
	names, docs, _ := corpusDocs(b, 1000)
	var results []*Result
	size := 0
	for k, data := range docs {
		a, err := ReadArticle(names[k], data)
		if err != nil {
			b.Fatal(err)
		}
		r, err := Extract(a, lex)
		if err != nil {
			b.Fatal(err)
		}
		results = append(results, r)
		size += len(r.AppendNQuads(nil))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	buf := make([]byte, 0, 1<<21)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range results {
			if buf = r.AppendNQuads(buf); len(buf) >= 1<<20 {
				buf = buf[:0]
			}
		}
	}
}
