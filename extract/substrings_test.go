package extract

import (
	"strings"
	"testing"
)

// substrings.in must say what strings.Contains says of each string.
func TestSubstrings(t *testing.T) {
	texts := []string{"", "a", " uk ", " deputy foreign minister of the uk ", " analyst at chatham house in london ",
		" professor at the university of kent ", " polish ambassador ", " russian deputy foreign minister ",
		" head of the european union delegation ", " minister ", " euro ", " italy's envoy ", "ital", "it"}
	for _, list := range [][]string{westernStates, independentTitles} {
		set := newSubstrings(list)
		all := append([]string{}, texts...)
		for _, w := range list {
			all = append(all, w, " "+w+" ", w[:len(w)-1], "x"+w[1:])
		}
		for _, s := range all {
			want := false
			for _, w := range list {
				want = want || strings.Contains(s, w)
			}
			if got := set.in(s); got != want {
				t.Errorf("in(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
