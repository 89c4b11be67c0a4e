package extract

import "testing"

func TestCanonicalSpeakers(t *testing.T) {
	lex := mustLexicon(t)
	for _, tc := range []struct{ gold, want string }{
		{"vassily-nebenzia", "vasily-nebenzya"}, // an alias of the lexicon person
		{"t-s-tirumurti", "ts-tirumurti"},       // initials slugged apart
		{"vasily-nebenzya", "vasily-nebenzya"},  // the lexicon's own id
		{"russia", "russia"},                    // an actor id
		{"nebenzia", "vasily-nebenzya"},         // a surname alias
		{"anna-kowalczyk", "anna-kowalczyk"},    // nobody the lexicon knows
		{"", ""},
	} {
		sts := []Statement{{Speaker: tc.gold}}
		lex.CanonicalSpeakers(sts)
		if sts[0].Speaker != tc.want {
			t.Errorf("CanonicalSpeakers(%q) = %q, want %q", tc.gold, sts[0].Speaker, tc.want)
		}
	}
}

func TestWithoutMiddleInitials(t *testing.T) {
	ext := []Statement{{Speaker: "gerald-connolly"}, {Speaker: "ts-tirumurti"}}
	for _, tc := range []struct{ gold, want string }{
		{"gerald-e-connolly", "gerald-connolly"}, // a middle initial the extractor's id drops
		{"gerald-connolly", "gerald-connolly"},   // the same id
		{"john-f-kirby", "john-f-kirby"},         // no extracted speaker without the initial
		{"t-s-tirumurti", "t-s-tirumurti"},       // initials that open the name stay
		{"anna-kowalczyk", "anna-kowalczyk"},     // nobody's initials
	} {
		gold := []Statement{{Speaker: tc.gold}}
		got := withoutMiddleInitials(gold, ext)
		if got[0].Speaker != tc.want {
			t.Errorf("withoutMiddleInitials(%q) = %q, want %q", tc.gold, got[0].Speaker, tc.want)
		}
		if gold[0].Speaker != tc.gold {
			t.Errorf("the gold itself was changed: %q", gold[0].Speaker)
		}
	}
}

// An article whose front matter id keeps a one-letter word is the gold's
// that ReadGold named by the slug of that id.
func TestEvaluateMatchesAnIDAsWritten(t *testing.T) {
	ext := []Statement{{Doc: "un-2022-01-31-s-pv-8960", Speaker: "mona-juul", Demand: "nato-open-door", Stance: "supports"}}
	gold := []Statement{{Doc: slug("un-2022-01-31-s-pv-8960"), Speaker: "mona-juul", Demand: "nato-open-door", Stance: "supports"}}
	rep := Evaluate(ext, gold)
	if rep.Total.TP != 1 || rep.Total.FP != 0 || len(rep.NoGold) != 0 {
		t.Errorf("TP %d FP %d, no gold for %v; want the one tuple found", rep.Total.TP, rep.Total.FP, rep.NoGold)
	}
}
