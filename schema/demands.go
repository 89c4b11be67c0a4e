package schema

// DemandDef is one entry of the controlled demand vocabulary. Statements name
// demands by exactly these ids.
type DemandDef struct {
	ID          string
	Label       string
	Description string
	// Western is true for positions the US and NATO put to Russia rather than
	// Russia's own demands.
	Western bool
}

// Demands is the demand vocabulary of DESIGN.md, in its order.
var Demands = []DemandDef{
	{"nato-non-expansion", "NATO non-expansion", "A legally binding guarantee that NATO will not expand further east.", false},
	{"no-ukraine-membership", "No NATO membership for Ukraine", "Ukraine (and Georgia) must never join NATO.", false},
	{"rescind-bucharest-2008", "Rescind Bucharest 2008", "Revoke the 2008 Bucharest promise of NATO membership to Ukraine and Georgia.", false},
	{"no-strike-weapons-near-borders", "No strike weapons near Russia's borders", "No strike or offensive weapons deployed near Russia's borders or in neighbouring states.", false},
	{"no-intermediate-range-missiles", "No short- and intermediate-range missiles", "No short- and intermediate-range missiles within range of the other party.", false},
	{"no-warships-aircraft-in-strike-range", "No warships or aircraft in strike range", "No warships or aircraft in areas from which they can strike the other party.", false},
	{"limit-military-exercises", "Limit military exercises", "Restrict or reduce military drills near the borders.", false},
	{"rollback-to-1997", "Roll back to 1997", "Withdraw NATO forces and infrastructure deployed after 1997.", false},
	{"no-military-activity-ex-soviet", "No military activity in ex-Soviet states", "No NATO or US military activity, bases or cooperation in non-NATO former Soviet states.", false},
	{"written-legal-guarantees", "Written, legally binding guarantees", "Guarantees in writing and legally binding, not verbal and not a temporary moratorium.", false},
	{"no-preconditions", "No preconditions", "Talks without preconditions.", false},
	{"resume-military-dialogue", "Resume military dialogue", "Resume regular military-to-military dialogue.", false},
	{"russia-de-escalation", "Russian de-escalation", "Western demand: Russia must de-escalate and pull its troops back from Ukraine's border.", true},
	{"nato-open-door", "NATO open door", "Western position: every state chooses its alliances; no Russian veto on NATO enlargement.", true},
}

// DemandByID returns the vocabulary entry with that id.
func DemandByID(id string) (DemandDef, bool) {
	for _, d := range Demands {
		if d.ID == id {
			return d, true
		}
	}
	return DemandDef{}, false
}
