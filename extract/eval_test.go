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
