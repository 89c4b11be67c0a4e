package extract

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad/nquads"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the extractor's current output")

// goldenSources are the article directories whose extraction is frozen in
// testdata/golden: the curated corpus, the held-out batches and extra inputs
// (the shared seeds and Unicode edge cases: BOM, CRLF, « », „ “, ’, soft
// hyphens, no-break and line-separator spaces, emoji, accented capitals).
var goldenSources = []struct{ prefix, glob string }{
	{"articles", "../data/articles/*.txt"},
	{"eval", "../data/eval/articles/*.txt"},
	{"eval-2", "../data/eval/articles-2/*.txt"},
	{"eval-3", "../data/eval/articles-3/*.txt"},
	{"eval-4", "../data/eval/articles-4/*.txt"},
	{"eval-5", "../data/eval/articles-5/*.txt"},
	{"eval-6", "../data/eval/articles-6/*.txt"},
	{"eval-7", "../data/eval/articles-7/*.txt"},
	{"eval-8", "../data/eval/articles-8/*.txt"},
	{"eval-9", "../data/eval/articles-9/*.txt"},
	{"eval-10", "../data/eval/articles-10/*.txt"},
	{"eval-11", "../data/eval/articles-11/*.txt"},
	{"eval-12", "../data/eval/articles-12/*.txt"},
	{"eval-13", "../data/eval/articles-13/*.txt"},
	{"eval-14", "../data/eval/articles-14/*.txt"},
	{"eval-15", "../data/eval/articles-15/*.txt"},
	{"eval-16", "../data/eval/articles-16/*.txt"},
	{"eval-17", "../data/eval/articles-17/*.txt"},
	{"eval-18", "../data/eval/articles-18/*.txt"},
	{"eval-19", "../data/eval/articles-19/*.txt"},
	{"eval-20", "../data/eval/articles-20/*.txt"},
	{"eval-21", "../data/eval/articles-21/*.txt"},
	{"eval-22", "../data/eval/articles-22/*.txt"},
	{"eval-23", "../data/eval/articles-23/*.txt"},
	{"eval-24", "../data/eval/articles-24/*.txt"},
	{"eval-25", "../data/eval/articles-25/*.txt"},
	{"eval-26", "../data/eval/articles-26/*.txt"},
	{"eval-27", "../data/eval/articles-27/*.txt"},
	{"eval-28", "../data/eval/articles-28/*.txt"},
	{"eval-29", "../data/eval/articles-29/*.txt"},
	{"eval-30", "../data/eval/articles-30/*.txt"},
	{"eval-31", "../data/eval/articles-31/*.txt"},
	{"eval-32", "../data/eval/articles-32/*.txt"},
	{"eval-33", "../data/eval/articles-33/*.txt"},
	{"eval-34", "../data/eval/articles-34/*.txt"},
	{"eval-35", "../data/eval/articles-35/*.txt"},
	{"eval-36", "../data/eval/articles-36/*.txt"},
	{"eval-37", "../data/eval/articles-37/*.txt"},
	{"eval-38", "../data/eval/articles-38/*.txt"},
	{"eval-39", "../data/eval/articles-39/*.txt"},
	{"eval-40", "../data/eval/articles-40/*.txt"},
	{"eval-41", "../data/eval/articles-41/*.txt"},
	{"eval-42", "../data/eval/articles-42/*.txt"},
	{"eval-43", "../data/eval/articles-43/*.txt"},
	{"eval-44", "../data/eval/articles-44/*.txt"},
	{"eval-45", "../data/eval/articles-45/*.txt"},
	{"eval-46", "../data/eval/articles-46/*.txt"},
	{"eval-47", "../data/eval/articles-47/*.txt"},
	{"eval-48", "../data/eval/articles-48/*.txt"},
	{"eval-49", "../data/eval/articles-49/*.txt"},
	{"eval-50", "../data/eval/articles-50/*.txt"},
	{"eval-51", "../data/eval/articles-51/*.txt"},
	{"eval-52", "../data/eval/articles-52/*.txt"},
	{"eval-53", "../data/eval/articles-53/*.txt"},
	{"eval-54", "../data/eval/articles-54/*.txt"},
	{"eval-55", "../data/eval/articles-55/*.txt"},
	{"eval-56", "../data/eval/articles-56/*.txt"},
	{"eval-57", "../data/eval/articles-57/*.txt"},
	{"eval-58", "../data/eval/articles-58/*.txt"},
	{"eval-59", "../data/eval/articles-59/*.txt"},
	{"eval-60", "../data/eval/articles-60/*.txt"},
	{"eval-61", "../data/eval/articles-61/*.txt"},
	{"eval-62", "../data/eval/articles-62/*.txt"},
	{"eval-63", "../data/eval/articles-63/*.txt"},
	{"eval-64", "../data/eval/articles-64/*.txt"},
	{"eval-65", "../data/eval/articles-65/*.txt"},
	{"eval-66", "../data/eval/articles-66/*.txt"},
	{"eval-67", "../data/eval/articles-67/*.txt"},
	{"eval-68", "../data/eval/articles-68/*.txt"},
	{"eval-69", "../data/eval/articles-69/*.txt"},
	{"eval-70", "../data/eval/articles-70/*.txt"},
	{"eval-71", "../data/eval/articles-71/*.txt"},
	{"eval-72", "../data/eval/articles-72/*.txt"},
	{"eval-73", "../data/eval/articles-73/*.txt"},
	{"eval-74", "../data/eval/articles-74/*.txt"},
	{"eval-75", "../data/eval/articles-75/*.txt"},
	{"eval-76", "../data/eval/articles-76/*.txt"},
	{"eval-77", "../data/eval/articles-77/*.txt"},
	{"eval-78", "../data/eval/articles-78/*.txt"},
	{"eval-79", "../data/eval/articles-79/*.txt"},
	{"eval-80", "../data/eval/articles-80/*.txt"},
	{"eval-81", "../data/eval/articles-81/*.txt"},
	{"eval-82", "../data/eval/articles-82/*.txt"},
	{"eval-83", "../data/eval/articles-83/*.txt"},
	{"eval-84", "../data/eval/articles-84/*.txt"},
	{"eval-85", "../data/eval/articles-85/*.txt"},
	{"eval-86", "../data/eval/articles-86/*.txt"},
	{"eval-87", "../data/eval/articles-87/*.txt"},
	{"eval-88", "../data/eval/articles-88/*.txt"},
	{"eval-89", "../data/eval/articles-89/*.txt"},
	{"eval-90", "../data/eval/articles-90/*.txt"},
	{"eval-91", "../data/eval/articles-91/*.txt"},
	{"eval-92", "../data/eval/articles-92/*.txt"},
	{"eval-93", "../data/eval/articles-93/*.txt"},
	{"eval-94", "../data/eval/articles-94/*.txt"},
	{"eval-95", "../data/eval/articles-95/*.txt"},
	{"eval-96", "../data/eval/articles-96/*.txt"},
	{"eval-97", "../data/eval/articles-97/*.txt"},
	{"eval-98", "../data/eval/articles-98/*.txt"},
	{"eval-99", "../data/eval/articles-99/*.txt"},
	{"eval-100", "../data/eval/articles-100/*.txt"},
	{"eval-101", "../data/eval/articles-101/*.txt"},
	{"eval-102", "../data/eval/articles-102/*.txt"},
	{"eval-103", "../data/eval/articles-103/*.txt"},
	{"eval-104", "../data/eval/articles-104/*.txt"},
	{"eval-105", "../data/eval/articles-105/*.txt"},
	{"eval-106", "../data/eval/articles-106/*.txt"},
	{"eval-107", "../data/eval/articles-107/*.txt"},
	{"eval-108", "../data/eval/articles-108/*.txt"},
	{"eval-109", "../data/eval/articles-109/*.txt"},
	{"eval-110", "../data/eval/articles-110/*.txt"},
	{"eval-111", "../data/eval/articles-111/*.txt"},
	{"eval-112", "../data/eval/articles-112/*.txt"},
	{"eval-113", "../data/eval/articles-113/*.txt"},
	{"eval-114", "../data/eval/articles-114/*.txt"},
	{"eval-115", "../data/eval/articles-115/*.txt"},
	{"eval-116", "../data/eval/articles-116/*.txt"},
	{"eval-117", "../data/eval/articles-117/*.txt"},
	{"eval-118", "../data/eval/articles-118/*.txt"},
	{"eval-119", "../data/eval/articles-119/*.txt"},
	{"eval-120", "../data/eval/articles-120/*.txt"},
	{"eval-121", "../data/eval/articles-121/*.txt"},
	{"eval-122", "../data/eval/articles-122/*.txt"},
	{"eval-123", "../data/eval/articles-123/*.txt"},
	{"eval-124", "../data/eval/articles-124/*.txt"},
	{"eval-125", "../data/eval/articles-125/*.txt"},
	{"eval-126", "../data/eval/articles-126/*.txt"},
	{"eval-127", "../data/eval/articles-127/*.txt"},
	{"eval-128", "../data/eval/articles-128/*.txt"},
	{"eval-129", "../data/eval/articles-129/*.txt"},
	{"eval-130", "../data/eval/articles-130/*.txt"},
	{"eval-131", "../data/eval/articles-131/*.txt"},
	{"eval-132", "../data/eval/articles-132/*.txt"},
	{"eval-133", "../data/eval/articles-133/*.txt"},
	{"eval-134", "../data/eval/articles-134/*.txt"},
	{"eval-135", "../data/eval/articles-135/*.txt"},
	{"eval-136", "../data/eval/articles-136/*.txt"},
	{"eval-137", "../data/eval/articles-137/*.txt"},
	{"eval-138", "../data/eval/articles-138/*.txt"},
	{"eval-139", "../data/eval/articles-139/*.txt"},
	{"eval-140", "../data/eval/articles-140/*.txt"},
	{"eval-141", "../data/eval/articles-141/*.txt"},
	{"eval-142", "../data/eval/articles-142/*.txt"},
	{"eval-143", "../data/eval/articles-143/*.txt"},
	{"eval-144", "../data/eval/articles-144/*.txt"},
	{"eval-145", "../data/eval/articles-145/*.txt"},
	{"eval-146", "../data/eval/articles-146/*.txt"},
	{"eval-147", "../data/eval/articles-147/*.txt"},
	{"eval-148", "../data/eval/articles-148/*.txt"},
	{"eval-149", "../data/eval/articles-149/*.txt"},
	{"eval-150", "../data/eval/articles-150/*.txt"},
	{"eval-151", "../data/eval/articles-151/*.txt"},
	{"eval-152", "../data/eval/articles-152/*.txt"},
	{"eval-153", "../data/eval/articles-153/*.txt"},
	{"eval-154", "../data/eval/articles-154/*.txt"},
	{"eval-155", "../data/eval/articles-155/*.txt"},
	{"eval-156", "../data/eval/articles-156/*.txt"},
	{"eval-157", "../data/eval/articles-157/*.txt"},
	{"eval-158", "../data/eval/articles-158/*.txt"},
	{"eval-159", "../data/eval/articles-159/*.txt"},
	{"eval-160", "../data/eval/articles-160/*.txt"},
	{"eval-161", "../data/eval/articles-161/*.txt"},
	{"eval-162", "../data/eval/articles-162/*.txt"},
	{"eval-163", "../data/eval/articles-163/*.txt"},
	{"eval-164", "../data/eval/articles-164/*.txt"},
	{"eval-165", "../data/eval/articles-165/*.txt"},
	{"eval-166", "../data/eval/articles-166/*.txt"},
	{"eval-167", "../data/eval/articles-167/*.txt"},
	{"eval-168", "../data/eval/articles-168/*.txt"},
	{"eval-169", "../data/eval/articles-169/*.txt"},
	{"eval-170", "../data/eval/articles-170/*.txt"},
	{"eval-171", "../data/eval/articles-171/*.txt"},
	{"eval-172", "../data/eval/articles-172/*.txt"},
	{"eval-173", "../data/eval/articles-173/*.txt"},
	{"eval-174", "../data/eval/articles-174/*.txt"},
	{"eval-175", "../data/eval/articles-175/*.txt"},
	{"eval-176", "../data/eval/articles-176/*.txt"},
	{"eval-177", "../data/eval/articles-177/*.txt"},
	{"eval-178", "../data/eval/articles-178/*.txt"},
	{"eval-179", "../data/eval/articles-179/*.txt"},
	{"eval-180", "../data/eval/articles-180/*.txt"},
	{"eval-181", "../data/eval/articles-181/*.txt"},
	{"eval-182", "../data/eval/articles-182/*.txt"},
	{"eval-183", "../data/eval/articles-183/*.txt"},
	{"eval-184", "../data/eval/articles-184/*.txt"},
	{"eval-185", "../data/eval/articles-185/*.txt"},
	{"eval-186", "../data/eval/articles-186/*.txt"},
	{"eval-187", "../data/eval/articles-187/*.txt"},
	{"eval-188", "../data/eval/articles-188/*.txt"},
	{"eval-189", "../data/eval/articles-189/*.txt"},
	{"eval-190", "../data/eval/articles-190/*.txt"},
	{"eval-191", "../data/eval/articles-191/*.txt"},
	{"eval-192", "../data/eval/articles-192/*.txt"},
	{"eval-193", "../data/eval/articles-193/*.txt"},
	{"eval-194", "../data/eval/articles-194/*.txt"},
	{"eval-195", "../data/eval/articles-195/*.txt"},
	{"eval-196", "../data/eval/articles-196/*.txt"},
	{"eval-197", "../data/eval/articles-197/*.txt"},
	{"eval-198", "../data/eval/articles-198/*.txt"},
	{"eval-199", "../data/eval/articles-199/*.txt"},
	{"eval-200", "../data/eval/articles-200/*.txt"},
	{"eval-201", "../data/eval/articles-201/*.txt"},
	{"eval-202", "../data/eval/articles-202/*.txt"},
	{"eval-203", "../data/eval/articles-203/*.txt"},
	{"eval-204", "../data/eval/articles-204/*.txt"},
	{"eval-205", "../data/eval/articles-205/*.txt"},
	{"eval-206", "../data/eval/articles-206/*.txt"},
	{"eval-207", "../data/eval/articles-207/*.txt"},
	{"eval-208", "../data/eval/articles-208/*.txt"},
	{"eval-209", "../data/eval/articles-209/*.txt"},
	{"eval-210", "../data/eval/articles-210/*.txt"},
	{"eval-211", "../data/eval/articles-211/*.txt"},
	{"eval-212", "../data/eval/articles-212/*.txt"},
	{"eval-213", "../data/eval/articles-213/*.txt"},
	{"eval-214", "../data/eval/articles-214/*.txt"},
	{"eval-215", "../data/eval/articles-215/*.txt"},
	{"eval-216", "../data/eval/articles-216/*.txt"},
	{"eval-217", "../data/eval/articles-217/*.txt"},
	{"eval-218", "../data/eval/articles-218/*.txt"},
	{"eval-219", "../data/eval/articles-219/*.txt"},
	{"eval-220", "../data/eval/articles-220/*.txt"},
	{"eval-221", "../data/eval/articles-221/*.txt"},
	{"eval-222", "../data/eval/articles-222/*.txt"},
	{"eval-223", "../data/eval/articles-223/*.txt"},
	{"eval-224", "../data/eval/articles-224/*.txt"},
	{"eval-225", "../data/eval/articles-225/*.txt"},
	{"eval-226", "../data/eval/articles-226/*.txt"},
	{"eval-227", "../data/eval/articles-227/*.txt"},
	{"eval-228", "../data/eval/articles-228/*.txt"},
	{"eval-229", "../data/eval/articles-229/*.txt"},
	{"eval-230", "../data/eval/articles-230/*.txt"},
	{"eval-231", "../data/eval/articles-231/*.txt"},
	{"eval-232", "../data/eval/articles-232/*.txt"},
	{"eval-233", "../data/eval/articles-233/*.txt"},
	{"eval-234", "../data/eval/articles-234/*.txt"},
	{"eval-235", "../data/eval/articles-235/*.txt"},
	{"eval-236", "../data/eval/articles-236/*.txt"},
	{"eval-237", "../data/eval/articles-237/*.txt"},
	{"eval-238", "../data/eval/articles-238/*.txt"},
	{"eval-239", "../data/eval/articles-239/*.txt"},
	{"eval-240", "../data/eval/articles-240/*.txt"},
	{"eval-241", "../data/eval/articles-241/*.txt"},
	{"eval-242", "../data/eval/articles-242/*.txt"},
	{"eval-243", "../data/eval/articles-243/*.txt"},
	{"eval-244", "../data/eval/articles-244/*.txt"},
	{"eval-245", "../data/eval/articles-245/*.txt"},
	{"eval-246", "../data/eval/articles-246/*.txt"},
	{"eval-247", "../data/eval/articles-247/*.txt"},
	{"eval-248", "../data/eval/articles-248/*.txt"},
	{"eval-249", "../data/eval/articles-249/*.txt"},
	{"eval-250", "../data/eval/articles-250/*.txt"},
	{"eval-251", "../data/eval/articles-251/*.txt"},
	{"eval-252", "../data/eval/articles-252/*.txt"},
	{"eval-253", "../data/eval/articles-253/*.txt"},
	{"eval-254", "../data/eval/articles-254/*.txt"},
	{"eval-255", "../data/eval/articles-255/*.txt"},
	{"eval-256", "../data/eval/articles-256/*.txt"},
	{"eval-257", "../data/eval/articles-257/*.txt"},
	{"eval-258", "../data/eval/articles-258/*.txt"},
	{"eval-259", "../data/eval/articles-259/*.txt"},
	{"eval-260", "../data/eval/articles-260/*.txt"},
	{"eval-261", "../data/eval/articles-261/*.txt"},
	{"eval-262", "../data/eval/articles-262/*.txt"},
	{"eval-263", "../data/eval/articles-263/*.txt"},
	{"eval-264", "../data/eval/articles-264/*.txt"},
	{"eval-265", "../data/eval/articles-265/*.txt"},
	{"eval-266", "../data/eval/articles-266/*.txt"},
	{"eval-267", "../data/eval/articles-267/*.txt"},
	{"eval-268", "../data/eval/articles-268/*.txt"},
	{"eval-269", "../data/eval/articles-269/*.txt"},
	{"eval-270", "../data/eval/articles-270/*.txt"},
	{"eval-271", "../data/eval/articles-271/*.txt"},
	{"eval-272", "../data/eval/articles-272/*.txt"},
	{"eval-273", "../data/eval/articles-273/*.txt"},
	{"eval-274", "../data/eval/articles-274/*.txt"},
	{"eval-275", "../data/eval/articles-275/*.txt"},
	{"eval-276", "../data/eval/articles-276/*.txt"},
	{"eval-277", "../data/eval/articles-277/*.txt"},
	{"eval-278", "../data/eval/articles-278/*.txt"},
	{"eval-279", "../data/eval/articles-279/*.txt"},
	{"eval-280", "../data/eval/articles-280/*.txt"},
	{"eval-281", "../data/eval/articles-281/*.txt"},
	{"eval-282", "../data/eval/articles-282/*.txt"},
	{"eval-283", "../data/eval/articles-283/*.txt"},
	{"eval-284", "../data/eval/articles-284/*.txt"},
	{"eval-285", "../data/eval/articles-285/*.txt"},
	{"eval-286", "../data/eval/articles-286/*.txt"},
	{"eval-287", "../data/eval/articles-287/*.txt"},
	{"eval-288", "../data/eval/articles-288/*.txt"},
	{"eval-289", "../data/eval/articles-289/*.txt"},
	{"eval-290", "../data/eval/articles-290/*.txt"},
	{"eval-291", "../data/eval/articles-291/*.txt"},
	{"eval-292", "../data/eval/articles-292/*.txt"},
	{"eval-293", "../data/eval/articles-293/*.txt"},
	{"eval-294", "../data/eval/articles-294/*.txt"},
	{"eval-295", "../data/eval/articles-295/*.txt"},
	{"eval-296", "../data/eval/articles-296/*.txt"},
	{"eval-297", "../data/eval/articles-297/*.txt"},
	{"eval-298", "../data/eval/articles-298/*.txt"},
	{"eval-299", "../data/eval/articles-299/*.txt"},
	{"eval-300", "../data/eval/articles-300/*.txt"},
	{"eval-301", "../data/eval/articles-301/*.txt"},
	{"eval-302", "../data/eval/articles-302/*.txt"},
	{"eval-303", "../data/eval/articles-303/*.txt"},
	{"eval-304", "../data/eval/articles-304/*.txt"},
	{"eval-305", "../data/eval/articles-305/*.txt"},
	{"eval-306", "../data/eval/articles-306/*.txt"},
	{"eval-307", "../data/eval/articles-307/*.txt"},
	{"eval-308", "../data/eval/articles-308/*.txt"},
	{"eval-309", "../data/eval/articles-309/*.txt"},
	{"eval-310", "../data/eval/articles-310/*.txt"},
	{"eval-311", "../data/eval/articles-311/*.txt"},
	{"eval-312", "../data/eval/articles-312/*.txt"},
	{"eval-313", "../data/eval/articles-313/*.txt"},
	{"eval-314", "../data/eval/articles-314/*.txt"},
	{"eval-315", "../data/eval/articles-315/*.txt"},
	{"eval-316", "../data/eval/articles-316/*.txt"},
	{"eval-317", "../data/eval/articles-317/*.txt"},
	{"eval-318", "../data/eval/articles-318/*.txt"},
	{"eval-319", "../data/eval/articles-319/*.txt"},
	{"eval-320", "../data/eval/articles-320/*.txt"},
	{"eval-321", "../data/eval/articles-321/*.txt"},
	{"eval-322", "../data/eval/articles-322/*.txt"},
	{"eval-323", "../data/eval/articles-323/*.txt"},
	{"eval-324", "../data/eval/articles-324/*.txt"},
	{"eval-325", "../data/eval/articles-325/*.txt"},
	{"eval-326", "../data/eval/articles-326/*.txt"},
	{"eval-327", "../data/eval/articles-327/*.txt"},
	{"eval-328", "../data/eval/articles-328/*.txt"},
	{"eval-329", "../data/eval/articles-329/*.txt"},
	{"eval-330", "../data/eval/articles-330/*.txt"},
	{"eval-331", "../data/eval/articles-331/*.txt"},
	{"eval-332", "../data/eval/articles-332/*.txt"},
	{"eval-333", "../data/eval/articles-333/*.txt"},
	{"eval-334", "../data/eval/articles-334/*.txt"},
	{"eval-335", "../data/eval/articles-335/*.txt"},
	{"eval-336", "../data/eval/articles-336/*.txt"},
	{"eval-337", "../data/eval/articles-337/*.txt"},
	{"eval-338", "../data/eval/articles-338/*.txt"},
	{"eval-339", "../data/eval/articles-339/*.txt"},
	{"eval-340", "../data/eval/articles-340/*.txt"},
	{"eval-341", "../data/eval/articles-341/*.txt"},
	{"eval-342", "../data/eval/articles-342/*.txt"},
	{"eval-343", "../data/eval/articles-343/*.txt"},
	{"eval-344", "../data/eval/articles-344/*.txt"},
	{"eval-345", "../data/eval/articles-345/*.txt"},
	{"eval-346", "../data/eval/articles-346/*.txt"},
	{"eval-347", "../data/eval/articles-347/*.txt"},
	{"eval-348", "../data/eval/articles-348/*.txt"},
	{"eval-349", "../data/eval/articles-349/*.txt"},
	{"eval-350", "../data/eval/articles-350/*.txt"},
	{"eval-351", "../data/eval/articles-351/*.txt"},
	{"eval-352", "../data/eval/articles-352/*.txt"},
	{"eval-353", "../data/eval/articles-353/*.txt"},
	{"eval-354", "../data/eval/articles-354/*.txt"},
	{"eval-355", "../data/eval/articles-355/*.txt"},
	{"eval-356", "../data/eval/articles-356/*.txt"},
	{"eval-357", "../data/eval/articles-357/*.txt"},
	{"inputs", "testdata/inputs/*.txt"},
}

// TestGolden compares the N-Quads of every article with its golden file,
// byte for byte: a change of speed must not change a single quad.
//
//	go test -run TestGolden ./extract/ -update   # after an intended change
func TestGolden(t *testing.T) {
	lex := mustLexicon(t)
	n := 0
	for _, src := range goldenSources {
		files, err := filepath.Glob(src.glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			n++
			base := strings.TrimSuffix(filepath.Base(f), ".txt")
			golden := filepath.Join("testdata", "golden", src.prefix+"-"+base+".nq")
			t.Run(src.prefix+"/"+base, func(t *testing.T) {
				got := goldenNQuads(t, lex, f)
				if !utf8.Valid(got) {
					t.Errorf("%s: the N-Quads are not valid UTF-8", f)
				}
				if *update {
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s:\n%s", f, golden, firstDiff(want, got))
				}
			})
		}
	}
	if n < 30 {
		t.Errorf("only %d golden articles: the corpus is missing", n)
	}
}

func goldenNQuads(t *testing.T, lex *Lexicon, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadArticle(file, data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Extract(a, lex)
	if err != nil {
		t.Fatal(err)
	}
	want, err := quadWriterBytes(r)
	if err != nil {
		t.Fatal(err)
	}
	// the extract command writes through AppendNQuads: the same bytes
	if direct := r.AppendNQuads(nil); !bytes.Equal(direct, want) {
		t.Errorf("%s: AppendNQuads differs from quad's writer:\n%s", file, firstDiff(want, direct))
	}
	return want
}

// quadWriterBytes is r's quads as quad's N-Quads writer writes them.
func quadWriterBytes(r *Result) ([]byte, error) {
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(r.Quads()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// goldenFiles lists the articles of every golden source.
func goldenFiles() []string {
	var files []string
	for _, src := range goldenSources {
		fs, _ := filepath.Glob(src.glob)
		files = append(files, fs...)
	}
	return files
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, w, g)
		}
	}
	return "(same lines)"
}

// trickyRunes are inserted by TestGoldenMutations: spaces and marks that are
// not ASCII, quotes of every shape, letters of several scripts and widths.
var trickyRunes = []rune("“”‘’«»„″ʼ`´–—‐‑−…\u00a0\u2009\u3000\u2028\u00ad\ufeffÉéŁłČИвžß\u0301🙂.!?,:;\"'()-\r\n ")

// TestGoldenMutations extracts deterministic mutations of the golden
// articles (tricky runes inserted, lines swapped) and compares a digest of
// each output with testdata/golden/mutations.sum: it pins the offsets and
// the Unicode handling on inputs no one would write by hand.
func TestGoldenMutations(t *testing.T) {
	lex := mustLexicon(t)
	files := goldenFiles()
	rng := rand.New(rand.NewPCG(1, 2))
	var sums bytes.Buffer
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 4; k++ {
			doc := mutate(rng, []rune(string(data)), 20+k*40)
			fmt.Fprintf(&sums, "%s#%d %s\n", filepath.Base(f), k, digest(lex, doc))
		}
	}
	golden := filepath.Join("testdata", "golden", "mutations.sum")
	if *update {
		if err := os.WriteFile(golden, sums.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(sums.Bytes(), want) {
		t.Errorf("mutations differ from %s:\n%s", golden, firstDiff(want, sums.Bytes()))
	}
}

// mutate changes n random places of the body (the front matter stays valid).
func mutate(rng *rand.Rand, rs []rune, n int) []byte {
	body := 0
	if s := string(rs); strings.HasPrefix(strings.TrimPrefix(s, "\ufeff"), "---") {
		if i := strings.Index(s[3:], "\n---"); i >= 0 {
			body = utf8.RuneCountInString(s[:3+i+4])
		}
	}
	for i := 0; i < n && len(rs) > body; i++ {
		p := body + rng.IntN(len(rs)-body)
		switch rng.IntN(3) {
		case 0: // insert
			r := trickyRunes[rng.IntN(len(trickyRunes))]
			rs = append(rs[:p], append([]rune{r}, rs[p:]...)...)
		case 1: // replace
			rs[p] = trickyRunes[rng.IntN(len(trickyRunes))]
		case 2: // upper-case a letter, or lower-case it
			if unicode.IsUpper(rs[p]) {
				rs[p] = unicode.ToLower(rs[p])
			} else {
				rs[p] = unicode.ToUpper(rs[p])
			}
		}
	}
	return []byte(string(rs))
}

// digest is a hash of an article's N-Quads, or its error.
func digest(lex *Lexicon, data []byte) string {
	a, err := ReadArticle("mutant.txt", data)
	if err != nil {
		return "error " + err.Error()
	}
	r, err := Extract(a, lex)
	if err != nil {
		return "error " + err.Error()
	}
	out, err := quadWriterBytes(r)
	if err != nil {
		return "error " + err.Error()
	}
	if !bytes.Equal(r.AppendNQuads(nil), out) {
		return "error: AppendNQuads differs from quad's writer"
	}
	h := sha256.Sum256(out)
	return fmt.Sprintf("%x %d", h[:12], len(r.Statements))
}

// TestGoldenConcurrent extracts the golden articles from several goroutines
// at once: the states on the free list and the lexicon's tables are shared,
// and the output must not depend on who ran before.
func TestGoldenConcurrent(t *testing.T) {
	lex := mustLexicon(t)
	files := goldenFiles()
	want := make([][]byte, len(files))
	for i, f := range files {
		want[i] = goldenNQuads(t, lex, f)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(files))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range files {
				i := (k + g*7) % len(files) // each goroutine in its own order
				data, err := os.ReadFile(files[i])
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := digestBytes(lex, files[i], data); !bytes.Equal(got, want[i]) {
					errs <- files[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent extraction differs: %s", e)
	}
}

// digestBytes is the N-Quads of one article, or nil on error.
func digestBytes(lex *Lexicon, name string, data []byte) []byte {
	a, err := ReadArticle(name, data)
	if err != nil {
		return nil
	}
	r, err := Extract(a, lex)
	if err != nil {
		return nil
	}
	out, _ := quadWriterBytes(r)
	return out
}

// TestRepeatedLineIsHeadline: a text line seen before is a repeated title,
// in a short article and in a long one.
func TestRepeatedLineIsHeadline(t *testing.T) {
	for _, filler := range []int{3, 100} {
		var b strings.Builder
		b.WriteString("Russia demands guarantees from NATO.\n")
		for i := 0; i < filler; i++ {
			fmt.Fprintf(&b, "Paragraph %d of the story says something.\n", i)
		}
		b.WriteString("Russia demands guarantees from NATO.\n")
		a, err := ReadArticle("x.txt", []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		first, last := a.Lines[0], a.Lines[len(a.Lines)-1]
		if first.Kind != LineText || last.Kind != LineHeadline {
			t.Errorf("%d lines: first %v, repeated %v; want text, headline", filler+2, first.Kind, last.Kind)
		}
	}
}
