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
