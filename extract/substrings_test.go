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

// sideFromTitleSlow is sideFromTitle as it was before it read the title
// once for all its words: each word by strings.Contains.
func sideFromTitleSlow(title string) (side, leaning string) {
	if title == "" {
		return "", "" // (no word below is all spaces)
	}
	t := " " + strings.ToLower(title) + " "
	// a programme's subject is not a side: "the Russia and Eurasia
	// programme at Chatham House" (each topic has one of these words)
	if strings.Contains(t, "russia") || strings.Contains(t, "eurasia") || strings.Contains(t, "ukraine") {
		for _, topic := range topicNames {
			t = strings.ReplaceAll(t, topic, " ")
		}
	}
	// ("a former Indian diplomat who served in both Moscow and Kyiv": where
	// someone served before is no side either)
	if w := strings.Index(t, " who "); w >= 0 && (strings.Contains(t[w:], " served in ") || strings.Contains(t[w:], " worked in ")) {
		t = t[:w] + " "
	}
	// where a diplomat served is not whom they serve: "political counsellor
	// at the British embassy in Moscow", "US ambassador to Russia" (but an
	// analyst at an institute in Moscow is Moscow's)
	if strings.Contains(t, "embass") || strings.Contains(t, "ambassador") || strings.Contains(t, "envoy") || strings.Contains(t, "consul") || strings.Contains(t, "counsel") {
		for _, post := range postings {
			t = strings.ReplaceAll(t, post, " ")
		}
	}
	switch {
	case strings.Contains(t, "russia") || strings.Contains(t, "kremlin") || strings.Contains(t, "moscow") || strings.Contains(t, "belarus") ||
		strings.Contains(t, "duma") || strings.Contains(t, "federation council"):
		side = "russia"
	case strings.Contains(t, "china") || strings.Contains(t, "chinese") || strings.Contains(t, "beijing"):
		side = "russia" // China's side of the demands is Russia's (the joint statement of 4 February 2022)
	case strings.Contains(t, "ukrain") || strings.Contains(t, "kyiv") || strings.Contains(t, "kiev") || strings.Contains(t, "verkhovna rada") || strings.Contains(t, " rada"):
		side = "ukraine"
	case strings.Contains(t, "nato") || strings.Contains(t, "u.s.") || strings.Contains(t, " us ") || strings.Contains(t, "american") || strings.Contains(t, "state department") || strings.Contains(t, "pentagon") || strings.Contains(t, "white house") ||
		strings.Contains(t, "secretary of state"): // ("Deputy Assistant Secretary of State for European and Eurasian Affairs"; Britain's too)
		side = "west"
	default:
		if westernSet.in(t) {
			side = "west"
		}
	}
	// "leader of the Belarusian democratic opposition": Minsk's and
	// Moscow's opponents take the other side
	if side == "russia" && strings.Contains(t, "opposition") && !strings.Contains(t, "china") && !strings.Contains(t, "chinese") {
		side = "west"
	}
	if independentSet.in(t) {
		return "", side
	}
	return side, ""
}

// westernSet and independentSet find the words of westernStates and
// independentTitles in a title.
var westernSet, independentSet = newSubstrings(westernStates), newSubstrings(independentTitles)

// substrings finds whether a text contains any of a list of strings of two
// or more bytes, reading the text once: only where two bytes start one of
// them does it compare.
type substrings struct {
	pairs [1 << 16 / 64]uint64 // the first two bytes of each, as a bit set
	by    map[uint16][]string  // the strings by their first two bytes
}

func newSubstrings(list []string) *substrings {
	s := &substrings{by: map[uint16][]string{}}
	for _, w := range list {
		if len(w) < 2 {
			panic("substrings: " + w + " is shorter than two bytes")
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		s.pairs[k/64] |= 1 << (k % 64)
		s.by[k] = append(s.by[k], w)
	}
	return s
}

// in reports whether t contains one of the strings.
func (s *substrings) in(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		k := uint16(t[i])<<8 | uint16(t[i+1])
		if s.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, w := range s.by[k] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// sideFromTitle must read every title as sideFromTitleSlow does.
func TestSideFromTitleMarks(t *testing.T) {
	titles := []string{"", " ", "Russian Deputy Foreign Minister", "Foreign Minister of Germany", "US ambassador to Russia",
		"director general of the Russian International Affairs Council", "a military analyst in Moscow",
		"head of the Russia and Eurasia programme at Chatham House", "a former Indian diplomat who served in both Moscow and Kyiv",
		"political counsellor at the British embassy in Moscow", "leader of the Belarusian democratic opposition",
		"Chinese Foreign Ministry spokesman", "opposition leader in China", "Deputy Assistant Secretary of State for European and Eurasian Affairs",
		"Verkhovna Rada deputy", "U.S. Secretary of State", "İSTANBUL expert", "UK envoy to the U.S.", "who worked in Kiev",
		"Ukraine analyst who worked in Washington", "ambassador to the United States"}
	lists := [][]string{westernStates, independentTitles, topicNames, postings, {" who ", " served in ", " worked in "}}
	for _, l := range lists {
		for _, w := range l {
			titles = append(titles, w, strings.ToUpper(w), "the "+w+" of russia", w+" in moscow", w[:len(w)-1], "x"+w[1:])
		}
	}
	for _, w := range []string{"russia", "kremlin", "moscow", "belarus", "duma", "federation council", "china", "chinese", "beijing",
		"ukrain", "kyiv", "kiev", "verkhovna rada", " rada", "nato", "u.s.", " us ", "american", "state department", "pentagon",
		"white house", "secretary of state", "opposition", "embass", "ambassador", "envoy", "consul", "counsel", "eurasia", "ukraine"} {
		for _, v := range []string{"analyst", "minister", "opposition", "chinese", "french", "embassy in moscow"} {
			titles = append(titles, w+" "+v, v+" "+w, w+v)
		}
	}
	for _, a := range titles {
		for _, b := range []string{"", "analyst", "opposition", "in kyiv", "who served in moscow"} {
			title := strings.TrimSpace(a + " " + b)
			side, leaning := sideFromTitle(title)
			ws, wl := sideFromTitleSlow(title)
			if side != ws || leaning != wl {
				t.Errorf("sideFromTitle(%q) = %q, %q, want %q, %q", title, side, leaning, ws, wl)
			}
		}
	}
}

// pronounGender must say what the pronouns map says.
func TestPronounGender(t *testing.T) {
	for l, g := range pronouns {
		if got := pronounGender(l); got != g {
			t.Errorf("pronounGender(%q) = %q, want %q", l, got, g)
		}
	}
	if got := pronounGender("we"); got != "" {
		t.Errorf("pronounGender(%q) = %q, want none", "we", got)
	}
}
