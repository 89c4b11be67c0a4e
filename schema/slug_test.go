package schema_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/schema"
)

func TestSlug(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Sergei Ryabkov", "sergei-ryabkov"},
		{"Sergei A. Ryabkov", "sergei-ryabkov"},
		{"Vladimir V. Putin", "vladimir-putin"},
		{"Jens  Stoltenberg ", "jens-stoltenberg"},
		{"Jürgen Hardt", "jurgen-hardt"},
		{"Paweł Jabłoński", "pawel-jablonski"},
		{"Jonas Gahr Støre", "jonas-gahr-store"},
		{"Volodymyr Zelensky", "volodymyr-zelensky"},
		{"O'Brien", "obrien"},
		{"Andrew E. Kramer", "andrew-kramer"},
		{"Xi Jinping", "xi-jinping"},
		{"NATO–Russia Council", "nato-russia-council"},
		{"G7", "g7"},
		{"J. Smith", "j-smith"},
		{"Сергей Рябков", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := schema.Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEveryDemandOfDesignIsInTheVocabulary(t *testing.T) {
	ids := []string{"nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008",
		"no-strike-weapons-near-borders", "no-intermediate-range-missiles", "no-warships-aircraft-in-strike-range",
		"limit-military-exercises", "rollback-to-1997", "no-military-activity-ex-soviet", "written-legal-guarantees",
		"no-preconditions", "resume-military-dialogue", "russia-de-escalation", "nato-open-door"}
	if len(schema.Demands) != len(ids) {
		t.Errorf("%d demands, DESIGN.md has %d", len(schema.Demands), len(ids))
	}
	for _, id := range ids {
		d, ok := schema.DemandByID(id)
		if !ok || d.Label == "" || d.Description == "" {
			t.Errorf("demand %q: %+v, %v", id, d, ok)
		}
	}
}
