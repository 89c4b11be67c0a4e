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
	lex.CanonicalSpeakers(gs)
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

// TestAgainstGold holds the extractor to its measured quality: the seeds to
// the targets, the development batches (held-out once, scored and
// then worked on, see data/eval/README.md) to floors just under their
// current scores, so that a change that loses statements fails here rather
// than in a later held-out run.
func TestAgainstGold(t *testing.T) {
	lex := mustLexicon(t)
	for _, c := range []struct {
		name, articles, gold     string
		f1, stance, quoteSpeaker float64
	}{
		{"seeds", "../data/articles", "../data/curated", 0.95, 0.95, 1},
		{"batch-1", "../data/eval/articles", "../data/eval/gold", 0.92, 0.98, 1},     // (F1 from 0.94: a Russian demand a NATO transcript names as Moscow's in passing, which its writer did not label; brief-9 and the curated gold do)
		{"batch-2", "../data/eval/articles-2", "../data/eval/gold-2", 0.95, 0.98, 1}, // (F1 from 0.98: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-3", "../data/eval/articles-3", "../data/eval/gold-3", 0.96, 0.98, 1},
		// (batch 4's writer did not give Russia the demands other speakers name as Moscow's in passing, which the curated gold does: three rows it counts as spurious)
		{"batch-4", "../data/eval/articles-4", "../data/eval/gold-4", 0.91, 0.98, 0.98}, // (F1 from 0.93: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-5", "../data/eval/articles-5", "../data/eval/gold-5", 0.95, 0.96, 0.98},
		{"batch-6", "../data/eval/articles-6", "../data/eval/gold-6", 0.94, 0.93, 0.98},
		{"batch-7", "../data/eval/articles-7", "../data/eval/gold-7", 0.87, 0.91, 0.98},
		{"batch-8", "../data/eval/articles-8", "../data/eval/gold-8", 0.93, 0.91, 0.98},
		{"batch-9", "../data/eval/articles-9", "../data/eval/gold-9", 0.88, 0.95, 0.98}, // (F1 from 0.91: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-10", "../data/eval/articles-10", "../data/eval/gold-10", 0.9, 0.94, 0.98},
		{"batch-11", "../data/eval/articles-11", "../data/eval/gold-11", 0.92, 0.96, 0.98},
		{"batch-12", "../data/eval/articles-12", "../data/eval/gold-12", 0.88, 0.91, 0.98}, // (F1 from 0.89: its writer reads "the right of states" next to Ukraine as Ukraine's; see ANYSTATE)
		{"batch-13", "../data/eval/articles-13", "../data/eval/gold-13", 0.89, 0.97, 0.98},
		{"batch-14", "../data/eval/articles-14", "../data/eval/gold-14", 0.78, 0.87, 0.9},
		{"batch-15", "../data/eval/articles-15", "../data/eval/gold-15", 0.85, 0.95, 0.94},
		{"batch-16", "../data/eval/articles-16", "../data/eval/gold-16", 0.85, 0.95, 0.88},
		{"batch-17", "../data/eval/articles-17", "../data/eval/gold-17", 0.71, 0.78, 0.94},
		{"batch-18", "../data/eval/articles-18", "../data/eval/gold-18", 0.86, 0.9, 0.9},
		{"batch-19", "../data/eval/articles-19", "../data/eval/gold-19", 0.74, 0.89, 0.81},
		{"batch-20", "../data/eval/articles-20", "../data/eval/gold-20", 0.8, 0.98, 0.91},
		{"batch-21", "../data/eval/articles-21", "../data/eval/gold-21", 0.81, 0.93, 0.91},
		{"batch-22", "../data/eval/articles-22", "../data/eval/gold-22", 0.85, 0.84, 0.89},
		{"batch-23", "../data/eval/articles-23", "../data/eval/gold-23", 0.79, 0.92, 0.98},
		{"batch-24", "../data/eval/articles-24", "../data/eval/gold-24", 0.88, 0.95, 0.98},
		{"batch-25", "../data/eval/articles-25", "../data/eval/gold-25", 0.91, 0.95, 0.94},
		{"batch-26", "../data/eval/articles-26", "../data/eval/gold-26", 0.85, 0.94, 0.93},
		{"batch-27", "../data/eval/articles-27", "../data/eval/gold-27", 0.85, 0.94, 0.96},
		{"batch-28", "../data/eval/articles-28", "../data/eval/gold-28", 0.89, 0.98, 0.98},
		{"batch-29", "../data/eval/articles-29", "../data/eval/gold-29", 0.83, 0.91, 0.95},
		{"batch-30", "../data/eval/articles-30", "../data/eval/gold-30", 0.90, 0.92, 0.95},
		{"batch-31", "../data/eval/articles-31", "../data/eval/gold-31", 0.88, 0.9, 0.93},
		{"batch-32", "../data/eval/articles-32", "../data/eval/gold-32", 0.82, 0.94, 0.95},
		{"batch-33", "../data/eval/articles-33", "../data/eval/gold-33", 0.85, 0.93, 0.88},
		{"batch-34", "../data/eval/articles-34", "../data/eval/gold-34", 0.88, 0.92, 0.95},
		{"batch-35", "../data/eval/articles-35", "../data/eval/gold-35", 0.82, 0.91, 0.92},
		{"batch-36", "../data/eval/articles-36", "../data/eval/gold-36", 0.77, 0.91, 0.93},
		{"batch-37", "../data/eval/articles-37", "../data/eval/gold-37", 0.82, 0.95, 0.95},
		{"batch-38", "../data/eval/articles-38", "../data/eval/gold-38", 0.78, 0.88, 0.95},
		{"batch-39", "../data/eval/articles-39", "../data/eval/gold-39", 0.88, 0.97, 0.97},
		{"batch-40", "../data/eval/articles-40", "../data/eval/gold-40", 0.88, 0.93, 0.96},
		{"batch-41", "../data/eval/articles-41", "../data/eval/gold-41", 0.80, 0.83, 0.98},
		{"batch-42", "../data/eval/articles-42", "../data/eval/gold-42", 0.83, 0.83, 0.96},
		{"batch-43", "../data/eval/articles-43", "../data/eval/gold-43", 0.78, 0.79, 0.98},
		{"batch-44", "../data/eval/articles-44", "../data/eval/gold-44", 0.70, 0.91, 0.85},
		{"batch-45", "../data/eval/articles-45", "../data/eval/gold-45", 0.69, 0.84, 0.87},
		{"batch-46", "../data/eval/articles-46", "../data/eval/gold-46", 0.86, 0.78, 0.97},
		{"batch-47", "../data/eval/articles-47", "../data/eval/gold-47", 0.90, 0.87, 0.93},
		{"batch-48", "../data/eval/articles-48", "../data/eval/gold-48", 0.82, 0.80, 0.94},
		{"batch-49", "../data/eval/articles-49", "../data/eval/gold-49", 0.81, 0.88, 0.95},
		{"batch-50", "../data/eval/articles-50", "../data/eval/gold-50", 0.80, 0.86, 0.91},
		{"batch-51", "../data/eval/articles-51", "../data/eval/gold-51", 0.83, 0.78, 0.95},
		{"batch-52", "../data/eval/articles-52", "../data/eval/gold-52", 0.79, 0.79, 0.85},
		{"batch-53", "../data/eval/articles-53", "../data/eval/gold-53", 0.79, 0.89, 0.94},
		{"batch-54", "../data/eval/articles-54", "../data/eval/gold-54", 0.75, 0.88, 0.91},
		{"batch-55", "../data/eval/articles-55", "../data/eval/gold-55", 0.80, 0.82, 0.96},
		{"batch-56", "../data/eval/articles-56", "../data/eval/gold-56", 0.83, 0.81, 0.92},
		{"batch-57", "../data/eval/articles-57", "../data/eval/gold-57", 0.80, 0.78, 0.91},
		{"batch-58", "../data/eval/articles-58", "../data/eval/gold-58", 0.88, 0.87, 0.95},
		{"batch-59", "../data/eval/articles-59", "../data/eval/gold-59", 0.87, 0.79, 0.96},
		{"batch-60", "../data/eval/articles-60", "../data/eval/gold-60", 0.85, 0.82, 0.94},
		{"batch-61", "../data/eval/articles-61", "../data/eval/gold-61", 0.86, 0.83, 0.98},
		{"batch-62", "../data/eval/articles-62", "../data/eval/gold-62", 0.86, 0.92, 0.96},
		{"batch-63", "../data/eval/articles-63", "../data/eval/gold-63", 0.84, 0.85, 0.96},
		{"batch-64", "../data/eval/articles-64", "../data/eval/gold-64", 0.82, 0.74, 0.94},
		{"batch-65", "../data/eval/articles-65", "../data/eval/gold-65", 0.87, 0.83, 0.96},
		{"batch-66", "../data/eval/articles-66", "../data/eval/gold-66", 0.83, 0.90, 0.96},
		{"batch-67", "../data/eval/articles-67", "../data/eval/gold-67", 0.85, 0.81, 0.96},
		{"batch-68", "../data/eval/articles-68", "../data/eval/gold-68", 0.87, 0.87, 0.95}, // (F1 from 0.89: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-69", "../data/eval/articles-69", "../data/eval/gold-69", 0.90, 0.71, 0.98},
		{"batch-70", "../data/eval/articles-70", "../data/eval/gold-70", 0.86, 0.87, 0.94},
		{"batch-71", "../data/eval/articles-71", "../data/eval/gold-71", 0.86, 0.92, 0.98},
		{"batch-72", "../data/eval/articles-72", "../data/eval/gold-72", 0.76, 0.79, 0.96}, // (F1 from 0.77: one more spurious row for a treaty its writer did not label)
		{"batch-73", "../data/eval/articles-73", "../data/eval/gold-73", 0.84, 0.90, 0.93}, // (F1 from 0.86: a missile-and-exercise package its writer gave only to exercises)
		{"batch-74", "../data/eval/articles-74", "../data/eval/gold-74", 0.84, 0.85, 0.96},
		{"batch-75", "../data/eval/articles-75", "../data/eval/gold-75", 0.82, 0.81, 0.99},
		{"batch-76", "../data/eval/articles-76", "../data/eval/gold-76", 0.78, 0.79, 0.88},
		{"batch-77", "../data/eval/articles-77", "../data/eval/gold-77", 0.82, 0.88, 0.93},
		{"batch-78", "../data/eval/articles-78", "../data/eval/gold-78", 0.83, 0.92, 0.99},
		{"batch-79", "../data/eval/articles-79", "../data/eval/gold-79", 0.84, 0.88, 0.99},
		{"batch-80", "../data/eval/articles-80", "../data/eval/gold-80", 0.88, 0.86, 0.96},
		{"batch-81", "../data/eval/articles-81", "../data/eval/gold-81", 0.89, 0.85, 0.97},
		{"batch-82", "../data/eval/articles-82", "../data/eval/gold-82", 0.89, 0.84, 0.98},
		{"batch-83", "../data/eval/articles-83", "../data/eval/gold-83", 0.87, 0.86, 0.99},
		{"batch-84", "../data/eval/articles-84", "../data/eval/gold-84", 0.82, 0.83, 0.99},
		{"batch-85", "../data/eval/articles-85", "../data/eval/gold-85", 0.89, 0.89, 0.99},
		{"batch-86", "../data/eval/articles-86", "../data/eval/gold-86", 0.84, 0.93, 0.95},
		{"batch-87", "../data/eval/articles-87", "../data/eval/gold-87", 0.87, 0.83, 0.99},
		{"batch-88", "../data/eval/articles-88", "../data/eval/gold-88", 0.86, 0.86, 0.97},
		{"batch-89", "../data/eval/articles-89", "../data/eval/gold-89", 0.84, 0.97, 0.95},
		{"batch-90", "../data/eval/articles-90", "../data/eval/gold-90", 0.88, 0.94, 0.99},
		{"batch-91", "../data/eval/articles-91", "../data/eval/gold-91", 0.84, 0.87, 0.99},
		{"batch-92", "../data/eval/articles-92", "../data/eval/gold-92", 0.88, 0.95, 0.95},
		{"batch-93", "../data/eval/articles-93", "../data/eval/gold-93", 0.87, 0.87, 0.99},
		{"batch-94", "../data/eval/articles-94", "../data/eval/gold-94", 0.88, 0.95, 0.99},
		{"batch-95", "../data/eval/articles-95", "../data/eval/gold-95", 0.80, 0.95, 0.97}, // (stance from 0.96: three more tuples found, one with the wrong stance)
		{"batch-96", "../data/eval/articles-96", "../data/eval/gold-96", 0.86, 0.97, 0.99},
		{"batch-97", "../data/eval/articles-97", "../data/eval/gold-97", 0.90, 0.83, 0.99}, // (stance from 0.84: "for Kyiv and the allies alone to decide" after an offer to discuss now mentions)
		{"batch-98", "../data/eval/articles-98", "../data/eval/gold-98", 0.82, 0.87, 0.97},
		{"batch-99", "../data/eval/articles-99", "../data/eval/gold-99", 0.88, 0.91, 0.97},
		{"batch-100", "../data/eval/articles-100", "../data/eval/gold-100", 0.86, 0.92, 0.97},
		{"batch-101", "../data/eval/articles-101", "../data/eval/gold-101", 0.95, 0.87, 0.99},
		{"batch-102", "../data/eval/articles-102", "../data/eval/gold-102", 0.84, 0.91, 0.93},
		{"batch-103", "../data/eval/articles-103", "../data/eval/gold-103", 0.87, 0.93, 0.95},
		{"batch-104", "../data/eval/articles-104", "../data/eval/gold-104", 0.86, 0.93, 0.96}, // (stance from 0.94: one more tuple found, its stance wrong)
		{"batch-105", "../data/eval/articles-105", "../data/eval/gold-105", 0.85, 0.85, 0.97}, // (F1 from 0.87: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-106", "../data/eval/articles-106", "../data/eval/gold-106", 0.84, 0.89, 0.97},
		{"batch-107", "../data/eval/articles-107", "../data/eval/gold-107", 0.90, 0.87, 0.96},
		{"batch-108", "../data/eval/articles-108", "../data/eval/gold-108", 0.86, 0.90, 0.95},
		{"batch-109", "../data/eval/articles-109", "../data/eval/gold-109", 0.85, 0.92, 0.99}, // (F1 from 0.88: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-110", "../data/eval/articles-110", "../data/eval/gold-110", 0.89, 0.97, 0.99},
		{"batch-111", "../data/eval/articles-111", "../data/eval/gold-111", 0.75, 0.82, 0.88},
		{"batch-112", "../data/eval/articles-112", "../data/eval/gold-112", 0.89, 0.84, 0.97},
		{"batch-113", "../data/eval/articles-113", "../data/eval/gold-113", 0.84, 0.91, 0.93},
		{"batch-114", "../data/eval/articles-114", "../data/eval/gold-114", 0.84, 0.92, 0.99},
		{"batch-115", "../data/eval/articles-115", "../data/eval/gold-115", 0.82, 0.86, 0.97},
		{"batch-116", "../data/eval/articles-116", "../data/eval/gold-116", 0.88, 0.92, 0.95}, // (stance from 0.93: one more tuple found, with the wrong stance)
		{"batch-117", "../data/eval/articles-117", "../data/eval/gold-117", 0.82, 0.93, 0.96},
		{"batch-118", "../data/eval/articles-118", "../data/eval/gold-118", 0.90, 0.95, 0.97},
		{"batch-119", "../data/eval/articles-119", "../data/eval/gold-119", 0.82, 0.89, 0.82},
		{"batch-120", "../data/eval/articles-120", "../data/eval/gold-120", 0.88, 0.85, 0.99},
		{"batch-121", "../data/eval/articles-121", "../data/eval/gold-121", 0.91, 0.92, 0.98}, // (stance from 0.93: three more tuples found, two with the wrong stance)
		{"batch-122", "../data/eval/articles-122", "../data/eval/gold-122", 0.87, 0.96, 0.99},
		{"batch-123", "../data/eval/articles-123", "../data/eval/gold-123", 0.89, 0.88, 0.97}, // (stance from 0.91: one more tuple found, its stance wrong) (also stance from 0.90: a missiles-and-exercises offer now read as the missile demand too, its stance taken as the exercises')
		{"batch-124", "../data/eval/articles-124", "../data/eval/gold-124", 0.82, 0.90, 0.82},
		{"batch-125", "../data/eval/articles-125", "../data/eval/gold-125", 0.90, 0.89, 0.99},
		{"batch-126", "../data/eval/articles-126", "../data/eval/gold-126", 0.79, 0.95, 0.99},
		{"batch-127", "../data/eval/articles-127", "../data/eval/gold-127", 0.81, 0.90, 0.99},
		{"batch-128", "../data/eval/articles-128", "../data/eval/gold-128", 0.79, 0.82, 0.97},
		{"batch-129", "../data/eval/articles-129", "../data/eval/gold-129", 0.81, 0.95, 0.91},
		{"batch-130", "../data/eval/articles-130", "../data/eval/gold-130", 0.80, 0.83, 0.97},
		{"batch-131", "../data/eval/articles-131", "../data/eval/gold-131", 0.90, 0.91, 0.99},
		{"batch-132", "../data/eval/articles-132", "../data/eval/gold-132", 0.82, 0.87, 0.99},
		{"batch-133", "../data/eval/articles-133", "../data/eval/gold-133", 0.81, 0.91, 0.97},
		{"batch-134", "../data/eval/articles-134", "../data/eval/gold-134", 0.81, 0.95, 0.96},
		{"batch-135", "../data/eval/articles-135", "../data/eval/gold-135", 0.83, 0.82, 0.95}, // (stance from 0.83: a de-escalation row found in session 11 has the wrong stance)
		{"batch-136", "../data/eval/articles-136", "../data/eval/gold-136", 0.80, 0.96, 0.92},
		{"batch-137", "../data/eval/articles-137", "../data/eval/gold-137", 0.85, 0.94, 0.99},
		{"batch-138", "../data/eval/articles-138", "../data/eval/gold-138", 0.87, 0.85, 0.95},
		{"batch-139", "../data/eval/articles-139", "../data/eval/gold-139", 0.84, 0.94, 0.99},
		{"batch-140", "../data/eval/articles-140", "../data/eval/gold-140", 0.88, 0.91, 0.95},
		{"batch-141", "../data/eval/articles-141", "../data/eval/gold-141", 0.80, 0.89, 0.95},
		{"batch-142", "../data/eval/articles-142", "../data/eval/gold-142", 0.85, 0.86, 0.94},
		{"batch-143", "../data/eval/articles-143", "../data/eval/gold-143", 0.84, 0.89, 0.95},
		{"batch-144", "../data/eval/articles-144", "../data/eval/gold-144", 0.84, 0.90, 0.95},
		{"batch-145", "../data/eval/articles-145", "../data/eval/gold-145", 0.81, 0.94, 0.95},
		{"batch-146", "../data/eval/articles-146", "../data/eval/gold-146", 0.68, 0.93, 0.83},
		{"batch-147", "../data/eval/articles-147", "../data/eval/gold-147", 0.88, 0.93, 0.99}, // (stance from 0.94: two more tuples found, one with the wrong stance)
		{"batch-148", "../data/eval/articles-148", "../data/eval/gold-148", 0.83, 0.92, 0.94}, // (stance from 0.97: eleven more tuples found, three of them with the wrong stance)
		{"batch-149", "../data/eval/articles-149", "../data/eval/gold-149", 0.84, 0.90, 0.97},
		{"batch-150", "../data/eval/articles-150", "../data/eval/gold-150", 0.84, 0.83, 0.95}, // (stance from 0.84: an analyst who reports both sides, "the other says de-escalation has to come first", now rejects)
		{"batch-151", "../data/eval/articles-151", "../data/eval/gold-151", 0.84, 0.99, 0.97},
		{"batch-152", "../data/eval/articles-152", "../data/eval/gold-152", 0.84, 0.94, 0.99},
		{"batch-153", "../data/eval/articles-153", "../data/eval/gold-153", 0.84, 0.93, 0.99},
		{"batch-154", "../data/eval/articles-154", "../data/eval/gold-154", 0.86, 0.85, 0.99},
		{"batch-155", "../data/eval/articles-155", "../data/eval/gold-155", 0.89, 0.92, 0.99},
		{"batch-156", "../data/eval/articles-156", "../data/eval/gold-156", 0.90, 0.88, 0.99},
		{"batch-157", "../data/eval/articles-157", "../data/eval/gold-157", 0.90, 0.94, 0.97},
		{"batch-158", "../data/eval/articles-158", "../data/eval/gold-158", 0.89, 0.93, 0.99}, // (F1 from 0.91: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-159", "../data/eval/articles-159", "../data/eval/gold-159", 0.88, 0.91, 0.97},
		{"batch-160", "../data/eval/articles-160", "../data/eval/gold-160", 0.88, 0.97, 0.99},
		{"batch-161", "../data/eval/articles-161", "../data/eval/gold-161", 0.86, 0.93, 0.96},
		{"batch-162", "../data/eval/articles-162", "../data/eval/gold-162", 0.87, 0.93, 0.99},
		{"batch-163", "../data/eval/articles-163", "../data/eval/gold-163", 0.89, 0.88, 0.95},
		{"batch-164", "../data/eval/articles-164", "../data/eval/gold-164", 0.85, 0.86, 0.90},
		{"batch-165", "../data/eval/articles-165", "../data/eval/gold-165", 0.88, 0.97, 0.95},
		{"batch-166", "../data/eval/articles-166", "../data/eval/gold-166", 0.89, 0.94, 0.97},
		{"batch-167", "../data/eval/articles-167", "../data/eval/gold-167", 0.91, 0.87, 0.97},
		{"batch-168", "../data/eval/articles-168", "../data/eval/gold-168", 0.90, 0.90, 0.99},
		{"batch-169", "../data/eval/articles-169", "../data/eval/gold-169", 0.90, 0.89, 0.97},
		{"batch-170", "../data/eval/articles-170", "../data/eval/gold-170", 0.89, 0.92, 0.99}, // (stance from 0.93: three more tuples found, one with the wrong stance)
		{"batch-171", "../data/eval/articles-171", "../data/eval/gold-171", 0.87, 0.91, 0.97},
		{"batch-172", "../data/eval/articles-172", "../data/eval/gold-172", 0.83, 0.89, 0.95},
		{"batch-173", "../data/eval/articles-173", "../data/eval/gold-173", 0.87, 0.91, 0.99},
		{"batch-174", "../data/eval/articles-174", "../data/eval/gold-174", 0.88, 0.90, 0.99}, // (stance from 0.92: one more tuple found, its stance wrong)
		{"batch-175", "../data/eval/articles-175", "../data/eval/gold-175", 0.90, 0.86, 0.96},
		{"batch-176", "../data/eval/articles-176", "../data/eval/gold-176", 0.91, 0.94, 0.99},
		{"batch-177", "../data/eval/articles-177", "../data/eval/gold-177", 0.81, 0.90, 0.97},
		{"batch-178", "../data/eval/articles-178", "../data/eval/gold-178", 0.88, 0.80, 0.99},
		{"batch-179", "../data/eval/articles-179", "../data/eval/gold-179", 0.88, 0.89, 0.99},
		{"batch-180", "../data/eval/articles-180", "../data/eval/gold-180", 0.87, 0.93, 0.93},
		{"batch-181", "../data/eval/articles-181", "../data/eval/gold-181", 0.83, 0.89, 0.90},
		{"batch-182", "../data/eval/articles-182", "../data/eval/gold-182", 0.85, 0.92, 0.97},
		{"batch-183", "../data/eval/articles-183", "../data/eval/gold-183", 0.88, 0.94, 0.97},
		{"batch-184", "../data/eval/articles-184", "../data/eval/gold-184", 0.86, 0.95, 0.95},
		{"batch-185", "../data/eval/articles-185", "../data/eval/gold-185", 0.80, 0.70, 0.89},
		{"batch-186", "../data/eval/articles-186", "../data/eval/gold-186", 0.87, 0.86, 0.92},
		{"batch-187", "../data/eval/articles-187", "../data/eval/gold-187", 0.85, 0.88, 0.99},
		{"batch-188", "../data/eval/articles-188", "../data/eval/gold-188", 0.85, 0.91, 0.99},
		{"batch-189", "../data/eval/articles-189", "../data/eval/gold-189", 0.81, 0.92, 0.88},
		{"batch-190", "../data/eval/articles-190", "../data/eval/gold-190", 0.92, 0.90, 0.97},
		{"batch-191", "../data/eval/articles-191", "../data/eval/gold-191", 0.80, 0.82, 0.99},
		{"batch-192", "../data/eval/articles-192", "../data/eval/gold-192", 0.85, 0.89, 0.99},
		{"batch-193", "../data/eval/articles-193", "../data/eval/gold-193", 0.87, 0.92, 0.97},
		{"batch-194", "../data/eval/articles-194", "../data/eval/gold-194", 0.87, 0.86, 0.99},
		{"batch-195", "../data/eval/articles-195", "../data/eval/gold-195", 0.90, 0.93, 0.99},
		{"batch-196", "../data/eval/articles-196", "../data/eval/gold-196", 0.79, 0.93, 0.99},
		// (197: stance 0.97 → 0.92 when the dash interview's guest, Zavolzhsky, was found:
		// nine more tuples, four of them the analyst's own stance read as a mention)
		{"batch-197", "../data/eval/articles-197", "../data/eval/gold-197", 0.84, 0.92, 0.96}, // (F1 from 0.86: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		{"batch-198", "../data/eval/articles-198", "../data/eval/gold-198", 0.76, 0.89, 0.97},
		{"batch-199", "../data/eval/articles-199", "../data/eval/gold-199", 0.83, 0.81, 0.95}, // (F1 from 0.85: Russia's rows named in passing inside other speakers' quotations, which its writer did not label; brief-9 and the curated gold do)
		// (200–207: wave 17, session 9; floors after the round on their first runs)
		{"batch-200", "../data/eval/articles-200", "../data/eval/gold-200", 0.84, 0.93, 0.97},
		{"batch-201", "../data/eval/articles-201", "../data/eval/gold-201", 0.82, 0.92, 0.97},
		{"batch-202", "../data/eval/articles-202", "../data/eval/gold-202", 0.76, 0.94, 0.97}, // (stance from 0.95: exercises named with missiles are found since session 11, some with the speaker's side where the gold has mentions)
		{"batch-203", "../data/eval/articles-203", "../data/eval/gold-203", 0.81, 0.97, 0.99},
		{"batch-204", "../data/eval/articles-204", "../data/eval/gold-204", 0.80, 0.86, 0.93},
		{"batch-205", "../data/eval/articles-205", "../data/eval/gold-205", 0.76, 0.91, 0.93},
		{"batch-206", "../data/eval/articles-206", "../data/eval/gold-206", 0.88, 0.90, 0.96},
		{"batch-207", "../data/eval/articles-207", "../data/eval/gold-207", 0.78, 0.88, 0.99}, // (stance from 0.90: two rows found now by "missile and exercise", one with the wrong stance)
		// (208–213: wave 18, session 9; floors after the round on their first runs)
		{"batch-208", "../data/eval/articles-208", "../data/eval/gold-208", 0.72, 0.94, 0.97},
		{"batch-209", "../data/eval/articles-209", "../data/eval/gold-209", 0.78, 0.92, 0.97},
		{"batch-210", "../data/eval/articles-210", "../data/eval/gold-210", 0.75, 0.86, 0.87}, // (stance from 0.87: exercises named with missiles are found since session 11, some with the speaker's side where the gold has mentions)
		{"batch-211", "../data/eval/articles-211", "../data/eval/gold-211", 0.84, 0.93, 0.99},
		{"batch-212", "../data/eval/articles-212", "../data/eval/gold-212", 0.69, 0.95, 0.79},
		{"batch-213", "../data/eval/articles-213", "../data/eval/gold-213", 0.73, 0.81, 0.94},
		// (214–219: wave 19, session 9; floors after the round on their first runs)
		{"batch-214", "../data/eval/articles-214", "../data/eval/gold-214", 0.87, 0.86, 0.99},
		{"batch-215", "../data/eval/articles-215", "../data/eval/gold-215", 0.75, 0.90, 0.94},
		{"batch-216", "../data/eval/articles-216", "../data/eval/gold-216", 0.77, 0.94, 0.99},
		{"batch-217", "../data/eval/articles-217", "../data/eval/gold-217", 0.74, 0.90, 0.95},
		{"batch-218", "../data/eval/articles-218", "../data/eval/gold-218", 0.75, 0.92, 0.97},
		{"batch-219", "../data/eval/articles-219", "../data/eval/gold-219", 0.75, 0.88, 0.95},
		// (220–225: wave 20, session 9; floors after the round on their first runs)
		{"batch-220", "../data/eval/articles-220", "../data/eval/gold-220", 0.86, 0.94, 0.97},
		{"batch-221", "../data/eval/articles-221", "../data/eval/gold-221", 0.87, 0.93, 0.97}, // (stance from 0.95: the same)
		{"batch-222", "../data/eval/articles-222", "../data/eval/gold-222", 0.78, 0.92, 0.99},
		{"batch-223", "../data/eval/articles-223", "../data/eval/gold-223", 0.71, 0.95, 0.96},
		{"batch-224", "../data/eval/articles-224", "../data/eval/gold-224", 0.61, 0.95, 0.68},
		{"batch-225", "../data/eval/articles-225", "../data/eval/gold-225", 0.75, 0.87, 0.91},
		// (226–231: wave 21, session 9; floors from their first runs: the session ended before a round)
		{"batch-226", "../data/eval/articles-226", "../data/eval/gold-226", 0.78, 0.95, 0.95},
		// (227: floors after the Kyiv Post interview was read, in round 91)
		{"batch-227", "../data/eval/articles-227", "../data/eval/gold-227", 0.78, 0.93, 0.97},
		{"batch-228", "../data/eval/articles-228", "../data/eval/gold-228", 0.80, 0.95, 0.94},
		{"batch-229", "../data/eval/articles-229", "../data/eval/gold-229", 0.81, 0.95, 0.99},
		{"batch-230", "../data/eval/articles-230", "../data/eval/gold-230", 0.62, 0.82, 0.94},
		{"batch-231", "../data/eval/articles-231", "../data/eval/gold-231", 0.67, 0.85, 0.89},
		// (232–237: wave 22, session 10; floors after the round that followed their first runs)
		{"batch-232", "../data/eval/articles-232", "../data/eval/gold-232", 0.80, 0.96, 0.90},
		{"batch-233", "../data/eval/articles-233", "../data/eval/gold-233", 0.80, 0.90, 0.95},
		{"batch-234", "../data/eval/articles-234", "../data/eval/gold-234", 0.78, 0.95, 0.99},
		{"batch-235", "../data/eval/articles-235", "../data/eval/gold-235", 0.77, 0.93, 0.96},
		{"batch-236", "../data/eval/articles-236", "../data/eval/gold-236", 0.74, 0.87, 0.88},
		{"batch-237", "../data/eval/articles-237", "../data/eval/gold-237", 0.79, 0.92, 0.96},
		// (238–243: wave 23, session 10; floors after the round that followed their first runs)
		{"batch-238", "../data/eval/articles-238", "../data/eval/gold-238", 0.82, 0.88, 0.96},
		{"batch-239", "../data/eval/articles-239", "../data/eval/gold-239", 0.80, 0.91, 0.95},
		{"batch-240", "../data/eval/articles-240", "../data/eval/gold-240", 0.83, 0.89, 0.99}, // (stance from 0.91: the LRT interview's second guest is read now, and her stances are taken for mentions)
		{"batch-241", "../data/eval/articles-241", "../data/eval/gold-241", 0.75, 0.91, 0.99}, // (stance from 0.94: the Ukrainian MFA release is read now, and three of its stances are wrong)
		{"batch-242", "../data/eval/articles-242", "../data/eval/gold-242", 0.80, 0.91, 0.94},
		{"batch-243", "../data/eval/articles-243", "../data/eval/gold-243", 0.81, 0.89, 0.87}, // (stance from 0.94: the Saeima minutes are read now, and a Latvian ministry official with no side known mentions what she rejects)
		// (244–249: wave 24, session 10; floors after the round that followed their first runs)
		{"batch-244", "../data/eval/articles-244", "../data/eval/gold-244", 0.82, 0.87, 0.99}, // (F1 from 0.83: exercises named with missiles are found since session 11; here two such rows are spurious)
		{"batch-245", "../data/eval/articles-245", "../data/eval/gold-245", 0.76, 0.92, 0.99},
		{"batch-246", "../data/eval/articles-246", "../data/eval/gold-246", 0.75, 0.82, 0.95}, // (stance from 0.84: a row found now by "missile and exercise" whose analyst mentions it, read as rejecting)
		{"batch-247", "../data/eval/articles-247", "../data/eval/gold-247", 0.75, 0.92, 0.90},
		{"batch-248", "../data/eval/articles-248", "../data/eval/gold-248", 0.68, 0.90, 0.84},
		{"batch-249", "../data/eval/articles-249", "../data/eval/gold-249", 0.81, 0.89, 0.84}, // (stance from 0.91: the same)
		// (250–255: wave 25, session 10; floors after the fixes that followed their first runs)
		{"batch-250", "../data/eval/articles-250", "../data/eval/gold-250", 0.84, 0.92, 0.97}, // (stance from 0.94: the background call's official is read now, two of its stances wrong)
		{"batch-251", "../data/eval/articles-251", "../data/eval/gold-251", 0.78, 0.91, 0.93},
		{"batch-252", "../data/eval/articles-252", "../data/eval/gold-252", 0.69, 0.97, 0.76},
		{"batch-253", "../data/eval/articles-253", "../data/eval/gold-253", 0.77, 0.86, 0.97},
		{"batch-254", "../data/eval/articles-254", "../data/eval/gold-254", 0.74, 0.86, 0.78},
		{"batch-255", "../data/eval/articles-255", "../data/eval/gold-255", 0.72, 0.88, 0.76},
		// (256–261: wave 26, session 10; floors from their first runs: the session ended before a round)
		{"batch-256", "../data/eval/articles-256", "../data/eval/gold-256", 0.79, 0.90, 0.97},
		{"batch-257", "../data/eval/articles-257", "../data/eval/gold-257", 0.83, 0.88, 0.96},
		{"batch-258", "../data/eval/articles-258", "../data/eval/gold-258", 0.73, 0.85, 0.94},
		{"batch-259", "../data/eval/articles-259", "../data/eval/gold-259", 0.75, 0.84, 0.96}, // (stance from 0.85: exercises named with missiles are found since session 11, some with the speaker's side where the gold has mentions)
		{"batch-260", "../data/eval/articles-260", "../data/eval/gold-260", 0.83, 0.92, 0.95},
		{"batch-261", "../data/eval/articles-261", "../data/eval/gold-261", 0.69, 0.90, 0.95},
		// (262–267: wave 27, session 10; floors from their first runs)
		{"batch-262", "../data/eval/articles-262", "../data/eval/gold-262", 0.78, 0.88, 0.96}, // (stance from 0.90: "the missile and exercise proposals" found now, read as mentioned where the analyst supports them)
		{"batch-263", "../data/eval/articles-263", "../data/eval/gold-263", 0.83, 0.90, 0.95},
		{"batch-264", "../data/eval/articles-264", "../data/eval/gold-264", 0.85, 0.93, 0.96},
		{"batch-265", "../data/eval/articles-265", "../data/eval/gold-265", 0.75, 0.94, 0.84},
		{"batch-266", "../data/eval/articles-266", "../data/eval/gold-266", 0.68, 0.92, 0.90},
		{"batch-267", "../data/eval/articles-267", "../data/eval/gold-267", 0.80, 0.80, 0.95},
		// (268–273: wave 28, session 10; floors from their first runs, round 99 read two of its pages)
		{"batch-268", "../data/eval/articles-268", "../data/eval/gold-268", 0.77, 0.94, 0.97},
		{"batch-269", "../data/eval/articles-269", "../data/eval/gold-269", 0.67, 0.90, 0.95}, // (stance from 0.92: the EP record's members are read now, and one more stance is wrong)
		{"batch-270", "../data/eval/articles-270", "../data/eval/gold-270", 0.81, 0.87, 0.99},
		{"batch-271", "../data/eval/articles-271", "../data/eval/gold-271", 0.76, 0.90, 0.97},
		{"batch-272", "../data/eval/articles-272", "../data/eval/gold-272", 0.65, 0.91, 0.82},
		{"batch-273", "../data/eval/articles-273", "../data/eval/gold-273", 0.82, 0.91, 0.88},
		// (274–279: wave 29, session 10; floors from their first runs: the session ended before a round)
		{"batch-274", "../data/eval/articles-274", "../data/eval/gold-274", 0.76, 0.95, 0.85},
		{"batch-275", "../data/eval/articles-275", "../data/eval/gold-275", 0.83, 0.94, 0.99}, // (stance from 0.95: exercises named with missiles are found since session 11, some with the speaker's side where the gold has mentions)
		{"batch-276", "../data/eval/articles-276", "../data/eval/gold-276", 0.73, 0.85, 0.99},
		{"batch-277", "../data/eval/articles-277", "../data/eval/gold-277", 0.75, 0.85, 0.99},
		{"batch-278", "../data/eval/articles-278", "../data/eval/gold-278", 0.72, 0.88, 0.94},
		{"batch-279", "../data/eval/articles-279", "../data/eval/gold-279", 0.80, 0.89, 0.89},
		// (280–285: wave 30, session 11; floors from their first runs)
		{"batch-280", "../data/eval/articles-280", "../data/eval/gold-280", 0.78, 0.96, 0.96}, // (stance from 0.97: exercises named with missiles are found since session 11, some with the speaker's side where the gold has mentions)
		{"batch-281", "../data/eval/articles-281", "../data/eval/gold-281", 0.69, 0.92, 0.99},
		{"batch-282", "../data/eval/articles-282", "../data/eval/gold-282", 0.77, 0.95, 0.95},
		{"batch-283", "../data/eval/articles-283", "../data/eval/gold-283", 0.68, 0.93, 0.96},
		{"batch-284", "../data/eval/articles-284", "../data/eval/gold-284", 0.76, 0.89, 0.84}, // (stance from 0.91: the experts named in "Name, Title, Institution" heads speak now, some of their rows read with the wrong stance)
		{"batch-285", "../data/eval/articles-285", "../data/eval/gold-285", 0.81, 0.91, 0.96},
		// (286–291: wave 31, session 11; floors from their first runs)
		{"batch-286", "../data/eval/articles-286", "../data/eval/gold-286", 0.75, 0.79, 0.77}, // (stance from 0.85: the French interview's answers are read now, and its ambassador's side is not known: six of his rows are mentions)
		{"batch-287", "../data/eval/articles-287", "../data/eval/gold-287", 0.73, 0.94, 0.85},
		{"batch-288", "../data/eval/articles-288", "../data/eval/gold-288", 0.69, 0.78, 0.85},
		{"batch-289", "../data/eval/articles-289", "../data/eval/gold-289", 0.75, 0.89, 0.96},
		{"batch-290", "../data/eval/articles-290", "../data/eval/gold-290", 0.85, 0.95, 0.97}, // (quotation-speaker from 0.99: the EU statement quotes the Helsinki Final Act with a verb, and the paragraph is no longer the EU's)
		{"batch-291", "../data/eval/articles-291", "../data/eval/gold-291", 0.79, 0.91, 0.96},
		// (292–297: wave 32, session 11; floors from their first runs)
		{"batch-292", "../data/eval/articles-292", "../data/eval/gold-292", 0.81, 0.77, 0.99}, // (stance from 0.79: the missile and exercise "track" found now, its stance read from the quotation's rejection)
		{"batch-293", "../data/eval/articles-293", "../data/eval/gold-293", 0.85, 0.84, 0.94},
		{"batch-294", "../data/eval/articles-294", "../data/eval/gold-294", 0.80, 0.93, 0.93},
		{"batch-295", "../data/eval/articles-295", "../data/eval/gold-295", 0.77, 0.88, 0.87}, // (stance from 0.97: the experts named in "Name, Title, Institution" heads speak now, some of their rows read with the wrong stance)
		{"batch-296", "../data/eval/articles-296", "../data/eval/gold-296", 0.75, 0.86, 0.83},
		{"batch-297", "../data/eval/articles-297", "../data/eval/gold-297", 0.72, 0.89, 0.81},
		// (298–303: wave 33, session 11; floors from their first runs)
		{"batch-298", "../data/eval/articles-298", "../data/eval/gold-298", 0.73, 0.93, 0.79}, // (stance from 0.97: the experts' sections are read now; three of their fourteen new rows have the wrong stance)
		{"batch-299", "../data/eval/articles-299", "../data/eval/gold-299", 0.78, 0.90, 0.83}, // (stance from 0.94: the Q. & A. is read now; three of its new rows have the wrong stance)
		{"batch-300", "../data/eval/articles-300", "../data/eval/gold-300", 0.64, 0.86, 0.76},
		{"batch-301", "../data/eval/articles-301", "../data/eval/gold-301", 0.73, 0.93, 0.95},
		{"batch-302", "../data/eval/articles-302", "../data/eval/gold-302", 0.71, 0.87, 0.97},
		{"batch-303", "../data/eval/articles-303", "../data/eval/gold-303", 0.66, 0.72, 0.83}, // (stance from 0.74: the Romanian record's deputies are read now, and their party's side is not known: four of their new rows are mentions)
		// (304–309: wave 34, session 11; floors from their first runs)
		{"batch-304", "../data/eval/articles-304", "../data/eval/gold-304", 0.75, 0.92, 0.80},
		{"batch-305", "../data/eval/articles-305", "../data/eval/gold-305", 0.85, 0.99, 0.97},
		{"batch-306", "../data/eval/articles-306", "../data/eval/gold-306", 0.67, 0.77, 0.62}, // (its writer delivered late; first run with the same rules as the rest of wave 34; stance from 0.83: its experts are read now, and four of their new rows have the wrong stance)
		{"batch-307", "../data/eval/articles-307", "../data/eval/gold-307", 0.76, 0.90, 0.62},
		{"batch-308", "../data/eval/articles-308", "../data/eval/gold-308", 0.68, 0.78, 0.97},
		{"batch-309", "../data/eval/articles-309", "../data/eval/gold-309", 0.78, 0.82, 0.84},
		// (310–315: wave 35, session 11; floors from their first runs)
		{"batch-310", "../data/eval/articles-310", "../data/eval/gold-310", 0.69, 0.91, 0.87}, // (stance from 0.92: a missile moratorium found now, one of its rows read with the wrong stance)
		{"batch-311", "../data/eval/articles-311", "../data/eval/gold-311", 0.80, 0.86, 0.97},
		{"batch-312", "../data/eval/articles-312", "../data/eval/gold-312", 0.62, 0.88, 0.78}, // (stance from 0.90: the experts named in "Name, Title, Institution" heads speak now, some of their rows read with the wrong stance)
		{"batch-313", "../data/eval/articles-313", "../data/eval/gold-313", 0.71, 0.91, 0.77},
		{"batch-314", "../data/eval/articles-314", "../data/eval/gold-314", 0.70, 0.90, 0.82}, // (stance from 0.92: the MFA statement is read now, and two of its eleven new rows have the wrong stance)
		{"batch-315", "../data/eval/articles-315", "../data/eval/gold-315", 0.81, 0.94, 0.95},
		// (316–321: wave 36, session 11; floors from their first runs: the session ended before a round)
		{"batch-316", "../data/eval/articles-316", "../data/eval/gold-316", 0.68, 0.97, 0.97},
		{"batch-317", "../data/eval/articles-317", "../data/eval/gold-317", 0.69, 0.93, 0.85},
		{"batch-318", "../data/eval/articles-318", "../data/eval/gold-318", 0.70, 0.82, 0.80},
		{"batch-319", "../data/eval/articles-319", "../data/eval/gold-319", 0.69, 0.76, 0.93}, // (stance from 0.85: the guests of a Q&A and of an experts' page speak now, some of their rows read with the wrong stance; quotation-speaker from 0.95)
		{"batch-320", "../data/eval/articles-320", "../data/eval/gold-320", 0.62, 0.81, 0.90}, // (stance from 0.84: the experts named in "Name, Title, Institution" heads speak now, some of their rows read with the wrong stance)
		{"batch-321", "../data/eval/articles-321", "../data/eval/gold-321", 0.81, 0.82, 0.93},
		// (322–327: wave 37, session 12; floors from their first runs)
		{"batch-322", "../data/eval/articles-322", "../data/eval/gold-322", 0.76, 0.94, 0.97},
		{"batch-323", "../data/eval/articles-323", "../data/eval/gold-323", 0.79, 0.88, 0.95},
		{"batch-324", "../data/eval/articles-324", "../data/eval/gold-324", 0.73, 0.90, 0.97},
		{"batch-325", "../data/eval/articles-325", "../data/eval/gold-325", 0.82, 0.91, 0.97},
		{"batch-326", "../data/eval/articles-326", "../data/eval/gold-326", 0.78, 0.92, 0.97},
		{"batch-327", "../data/eval/articles-327", "../data/eval/gold-327", 0.71, 0.82, 0.99},
		// (328–333: wave 38, session 12; floors from the rules after their first runs)
		{"batch-328", "../data/eval/articles-328", "../data/eval/gold-328", 0.74, 0.95, 0.91},
		{"batch-329", "../data/eval/articles-329", "../data/eval/gold-329", 0.74, 0.94, 0.90},
		{"batch-330", "../data/eval/articles-330", "../data/eval/gold-330", 0.75, 0.88, 0.94},
		{"batch-331", "../data/eval/articles-331", "../data/eval/gold-331", 0.66, 0.87, 0.91},
		{"batch-332", "../data/eval/articles-332", "../data/eval/gold-332", 0.81, 0.80, 0.99}, // (stance from 0.89: the Hromadske guest's answers and the Saeima members' speeches are theirs now, eighteen rows more, five read with the wrong stance)
		{"batch-333", "../data/eval/articles-333", "../data/eval/gold-333", 0.63, 0.81, 0.78}, // (stance from 0.89: the experts named in "Name, Title, Institution" heads speak now, some of their rows read with the wrong stance)
		// (334–339: wave 39, session 12; floors from the rules after their first runs)
		{"batch-334", "../data/eval/articles-334", "../data/eval/gold-334", 0.68, 0.89, 0.83},
		{"batch-335", "../data/eval/articles-335", "../data/eval/gold-335", 0.64, 0.90, 0.78},
		{"batch-336", "../data/eval/articles-336", "../data/eval/gold-336", 0.68, 0.87, 0.95},
		{"batch-337", "../data/eval/articles-337", "../data/eval/gold-337", 0.75, 0.88, 0.97},
		{"batch-338", "../data/eval/articles-338", "../data/eval/gold-338", 0.74, 0.78, 0.94},
		{"batch-339", "../data/eval/articles-339", "../data/eval/gold-339", 0.77, 0.86, 0.93},
		// (340–345: wave 40, session 12; floors from the rules after their first runs)
		{"batch-340", "../data/eval/articles-340", "../data/eval/gold-340", 0.86, 0.91, 0.97},
		{"batch-341", "../data/eval/articles-341", "../data/eval/gold-341", 0.59, 0.80, 0.85}, // (stance from 0.87: the guests of a Q&A and of an experts' page speak now, some of their rows read with the wrong stance)
		{"batch-342", "../data/eval/articles-342", "../data/eval/gold-342", 0.76, 0.91, 0.94},
		{"batch-343", "../data/eval/articles-343", "../data/eval/gold-343", 0.70, 0.83, 0.92},
		{"batch-344", "../data/eval/articles-344", "../data/eval/gold-344", 0.80, 0.84, 0.96},
		{"batch-345", "../data/eval/articles-345", "../data/eval/gold-345", 0.57, 0.88, 0.71},
		// (346–351: wave 41, session 12; floors from their first runs and one round)
		{"batch-346", "../data/eval/articles-346", "../data/eval/gold-346", 0.72, 0.88, 0.85}, // (stance from 0.95: the Tweede Kamer's members speak now, six rows more, some read with the wrong stance)
		{"batch-347", "../data/eval/articles-347", "../data/eval/gold-347", 0.70, 0.88, 0.87},
		{"batch-348", "../data/eval/articles-348", "../data/eval/gold-348", 0.82, 0.92, 0.99},
		{"batch-349", "../data/eval/articles-349", "../data/eval/gold-349", 0.67, 0.91, 0.72},
		{"batch-350", "../data/eval/articles-350", "../data/eval/gold-350", 0.79, 0.91, 0.84},
		{"batch-351", "../data/eval/articles-351", "../data/eval/gold-351", 0.75, 0.81, 0.94},
		// (352–357: wave 42, session 12; floors from their first runs: the session ended before a round)
		{"batch-352", "../data/eval/articles-352", "../data/eval/gold-352", 0.65, 0.96, 0.85},
		{"batch-353", "../data/eval/articles-353", "../data/eval/gold-353", 0.74, 0.90, 0.99},
		{"batch-354", "../data/eval/articles-354", "../data/eval/gold-354", 0.70, 0.90, 0.85},
		{"batch-355", "../data/eval/articles-355", "../data/eval/gold-355", 0.76, 0.91, 0.96},
		{"batch-356", "../data/eval/articles-356", "../data/eval/gold-356", 0.67, 0.91, 0.96},
		{"batch-357", "../data/eval/articles-357", "../data/eval/gold-357", 0.69, 0.81, 0.69},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := evalDirs(t, lex, c.articles, c.gold)
			var b strings.Builder
			rep.WriteTable(&b)
			tot := rep.Total
			if tot.F1 < c.f1 || tot.StanceAccuracy() < c.stance || tot.QuoteAccuracy() < c.quoteSpeaker {
				t.Errorf("F1 %.3f (floor %.2f), stance %.3f (floor %.2f), quotation-speaker %.3f (floor %.2f)\n%s",
					tot.F1, c.f1, tot.StanceAccuracy(), c.stance, tot.QuoteAccuracy(), c.quoteSpeaker, b.String())
			}
			if tot.TP == 0 {
				t.Errorf("no statement matched: %s", b.String())
			}
		})
	}
}
