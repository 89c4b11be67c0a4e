package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"math/bits"
	"strings"

	"github.com/claimgraph/claimgraph/schema"
)

// RuleSet is the parsed demands.rules file: concepts (groups of terms), the
// demand rules over them, the stance cues and the exclusions.
type RuleSet struct {
	Concepts []string                 // concept names, by index
	Rules    []DemandRule             // in file order
	Cues     map[string]int           // supports, rejects, negation, report → concept index
	Exclude  []int                    // concepts that make a sentence background
	Suppress map[string][]Suppression // demand → the demands that drop it
	Implies  []Implication
	Objects  map[string]ruleMask // demand → what a speaker opposes when they support it
	Limits   map[string]int      // demand → a concept that limits it: the other side's way of rejecting it
	Shared   map[string]bool     // demands both sides want: the other side's stance is its cue's
	Talks    map[string]bool     // demands about the talks themselves: an offer to talk takes them up

	index map[string]int
	terms *termTrie
	masks []ruleMask // Rules as bit masks, when ParseRules made them

	// Rules indexed for demands and any (made with masks): every rule is
	// filed under one concept it needs, so that a set is checked against
	// the few rules its concepts can satisfy instead of all of them.
	trig       conceptSet           // the concepts rules are filed under
	byTrig     [maxConcepts][]int32 // rules by the concept they are filed under
	ruleDemand []uint8              // index in schema.Demands of each rule's demand
	ruleSide   []uint8              // sideAny, sideRussia or sideWest
	implied    []impliedIdx         // Implies whose demands are in schema.Demands, in order
	suppressBy [][]suppressIdx      // Suppress by the index of the demand dropped

	// Cues by kind (cueSupports …), for the hot paths that would look
	// them up by name: -1 for a kind with no cue line (supports, rejects
	// and negation always have one)
	cue [numCues]int

	// facts: what stance reads of each demand of schema.Demands (by index),
	// made once from Limits, Shared and Talks (demandFacts)
	facts []demandFact
}

// demandFact is what stance reads of a demand.
type demandFact struct {
	side          string // demandSide
	talks, shared bool   // Talks, Shared
	limit         int    // Limits, when hasLimit
	hasLimit      bool
}

// indexFacts makes facts from Limits, Shared and Talks.
func (rs *RuleSet) indexFacts() {
	rs.facts = make([]demandFact, len(schema.Demands))
	for k, d := range schema.Demands {
		l, ok := rs.Limits[d.ID]
		rs.facts[k] = demandFact{side: demandSide(d.ID), talks: rs.Talks[d.ID], shared: rs.Shared[d.ID], limit: l, hasLimit: ok}
	}
}

// demandFacts returns what stance reads of a demand: its side, whether
// it is of Talks and of Shared, and its limit of Limits.
func (rs *RuleSet) demandFacts(demand string) demandFact {
	if k := demandIndex(demand); k >= 0 && len(rs.facts) == len(schema.Demands) {
		return rs.facts[k]
	}
	l, ok := rs.Limits[demand]
	return demandFact{side: demandSide(demand), talks: rs.Talks[demand], shared: rs.Shared[demand], limit: l, hasLimit: ok}
}

// The kinds of cue lines, as indexes of RuleSet.cue.
const (
	cueSupports = iota
	cueRejects
	cueNegation
	cueReport
	cueDiscuss
	cueVerdict
	cueApproval
	cueUnconditional
	numCues
)

var cueNames = [numCues]string{"supports", "rejects", "negation", "report", "discuss", "verdict", "approval", "unconditional"}

// cueOf is Cues[cueNames[k]].
func (rs *RuleSet) cueOf(k int) (int, bool) {
	c := rs.cue[k]
	return c, c >= 0
}

// anyCue reports whether cs holds the concept of any of the cue kinds.
func (rs *RuleSet) anyCue(cs conceptSet, kinds ...int) bool {
	for _, k := range kinds {
		if c, ok := rs.cueOf(k); ok && cs.has(c) {
			return true
		}
	}
	return false
}

// Sides of rules and speakers in the index of rules: a rule of sideAny
// holds for every speaker, any other only for a speaker of its side.
const (
	sideAny uint8 = iota
	sideRussia
	sideWest
	sideOther       // a speaker of another side, or of none
	sideNone  = 255 // a rule of a side no speaker has
)

// impliedIdx is an Implication with its demands' indexes in schema.Demands.
type impliedIdx struct {
	ifi, theni int
	imp        *Implication
}

// suppressIdx is a Suppression with the index of its By in schema.Demands.
type suppressIdx struct {
	by  int
	sup *Suppression
}

// indexed reports whether the index of rules is there and up to date.
func (rs *RuleSet) indexed() bool {
	return len(rs.masks) == len(rs.Rules) && len(rs.ruleDemand) == len(rs.Rules) && len(schema.Demands) <= 64
}

// indexRules files every rule under its concept that the fewest rules need.
func (rs *RuleSet) indexRules() {
	if len(rs.masks) != len(rs.Rules) || len(schema.Demands) > 64 {
		return
	}
	var uses [maxConcepts]int
	for _, r := range rs.Rules {
		for _, c := range r.All {
			uses[c]++
		}
	}
	rs.ruleDemand = make([]uint8, len(rs.Rules))
	rs.ruleSide = make([]uint8, len(rs.Rules))
	for i, r := range rs.Rules {
		t := r.All[0]
		for _, c := range r.All {
			if uses[c] < uses[t] {
				t = c
			}
		}
		rs.trig.add(t)
		rs.byTrig[t] = append(rs.byTrig[t], int32(i))
		rs.ruleDemand[i] = uint8(demandIndex(r.Demand))
		if rs.ruleSide[i] = sideCode(r.Side); rs.ruleSide[i] == sideOther {
			rs.ruleSide[i] = sideNone // ParseRules allows none: no speaker's
		}
	}
	// the implications and suppressions of demands not in schema.Demands
	// never apply: demandBits has no bit for them
	for i := range rs.Implies {
		im := &rs.Implies[i]
		if ifi, theni := demandIndex(im.If), demandIndex(im.Then); ifi >= 0 && theni >= 0 {
			rs.implied = append(rs.implied, impliedIdx{ifi, theni, im})
		}
	}
	rs.suppressBy = make([][]suppressIdx, len(schema.Demands))
	for k, d := range schema.Demands {
		for i := range rs.Suppress[d.ID] {
			sup := &rs.Suppress[d.ID][i]
			if b := demandIndex(sup.By); b >= 0 {
				rs.suppressBy[k] = append(rs.suppressBy[k], suppressIdx{b, sup})
			}
		}
	}
}

// demandIndex is the index of a demand id in schema.Demands, or -1.
func demandIndex(id string) int {
	for i := range schema.Demands {
		if schema.Demands[i].ID == id {
			return i
		}
	}
	return -1
}

// sideCode is the side of a rule or of a speaker (after sideGroup).
func sideCode(side string) uint8 {
	switch side {
	case "":
		return sideAny
	case "russia":
		return sideRussia
	case "west":
		return sideWest
	}
	return sideOther
}

// ruleMask is a rule's concepts as sets: it holds for s when s has all of
// all and none of none.
type ruleMask struct{ all, none conceptSet }

func (m ruleMask) holds(s conceptSet) bool {
	return s[0]&m.all[0] == m.all[0] && s[1]&m.all[1] == m.all[1] && s[0]&m.none[0] == 0 && s[1]&m.none[1] == 0
}

// holds reports whether rule i holds for s.
func (rs *RuleSet) holds(i int, s conceptSet) bool {
	if len(rs.masks) == len(rs.Rules) {
		return rs.masks[i].holds(s)
	}
	return holds(rs.Rules[i], s)
}

// DemandRule recognises Demand when every concept of All occurs and none of
// None, for a speaker of Side (any speaker when Side is "").
type DemandRule struct {
	Demand string
	All    []int
	None   []int
	Side   string
	Line   int
}

// Suppression drops a demand found in a sentence with By, for a speaker of
// Side (any when ""), unless the sentence has one of the Unless concepts.
type Suppression struct {
	By, Side string
	Unless   conceptSet
}

// holds reports whether the suppression applies to a sentence of concepts s
// in which by was found, for a speaker of side.
func (sup *Suppression) holds(s conceptSet, side string) bool {
	return (sup.Side == "" || sup.Side == sideGroup(side)) && !s.intersects(sup.Unless)
}

// Implication adds Then wherever If is found in a sentence with concept When.
type Implication struct {
	If, Then string
	When     int
	Unless   conceptSet // not when the sentence has one of these
	Side     string     // only for a speaker of this side (russia, west) when set
}

// holds reports whether the implication holds in s for a speaker of side.
func (im *Implication) holds(s conceptSet, side string) bool {
	return s.has(im.When) && !s.intersects(im.Unless) && (im.Side == "" || im.Side == sideGroup(side))
}

// conceptSet is a set of concept indexes.
type conceptSet [2]uint64

func (s *conceptSet) add(i int)                    { s[i>>6] |= 1 << (uint(i) & 63) }
func (s conceptSet) has(i int) bool                { return s[i>>6]&(1<<(uint(i)&63)) != 0 }
func (s conceptSet) union(o conceptSet) conceptSet { return conceptSet{s[0] | o[0], s[1] | o[1]} }
func (s conceptSet) intersects(o conceptSet) bool  { return s[0]&o[0] != 0 || s[1]&o[1] != 0 }

const maxConcepts = 128

// ParseRules parses a rules file; name is used in errors.
func ParseRules(name string, data []byte) (*RuleSet, error) {
	rs := &RuleSet{Cues: map[string]int{}, Suppress: map[string][]Suppression{}, Objects: map[string]ruleMask{}, Limits: map[string]int{}, Shared: map[string]bool{}, Talks: map[string]bool{}, index: map[string]int{}, terms: &termTrie{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%q: line %d: %s", name, line, fmt.Sprintf(format, args...))
	}
	var pendingRules []string
	var pendingLines []int
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		head, body, ok := strings.Cut(t, ":")
		if !ok {
			return nil, fail("want 'concept NAME: …', 'rule DEMAND: …', 'cue KIND: NAME', 'exclude: NAME' or 'suppress DEMAND: DEMAND'")
		}
		head, body = strings.TrimSpace(head), strings.TrimSpace(body)
		verb, arg, _ := strings.Cut(head, " ")
		arg = strings.TrimSpace(arg)
		switch verb {
		case "concept":
			if arg == "" || strings.ToUpper(arg) != arg {
				return nil, fail("concept name %q must be upper case", arg)
			}
			if _, dup := rs.index[arg]; dup {
				return nil, fail("concept %s defined twice", arg)
			}
			if len(rs.Concepts) == maxConcepts {
				return nil, fail("more than %d concepts", maxConcepts)
			}
			idx := len(rs.Concepts)
			rs.index[arg] = idx
			rs.Concepts = append(rs.Concepts, arg)
			n := 0
			for _, term := range strings.Split(body, "|") {
				if term = strings.TrimSpace(term); term == "" {
					continue
				}
				if err := rs.terms.add(term, idx); err != nil {
					return nil, fail("concept %s: %v", arg, err)
				}
				n++
			}
			if n == 0 {
				return nil, fail("concept %s has no terms", arg)
			}
		case "rule":
			if _, ok := schema.DemandByID(arg); !ok {
				return nil, fail("unknown demand id %q", arg)
			}
			pendingRules = append(pendingRules, arg+"\x00"+body)
			pendingLines = append(pendingLines, line)
		case "cue":
			switch arg {
			case "supports", "rejects", "negation", "report", "discuss", "verdict", "approval", "unconditional":
			default:
				return nil, fail("cue kind %q: want supports, rejects, negation, report, discuss, verdict, approval or unconditional", arg)
			}
			i, ok := rs.index[body]
			if !ok {
				return nil, fail("unknown concept %q", body)
			}
			rs.Cues[arg] = i
		case "exclude":
			i, ok := rs.index[body]
			if !ok {
				return nil, fail("unknown concept %q", body)
			}
			rs.Exclude = append(rs.Exclude, i)
		case "imply":
			side := ""
			if b, sd, ok := strings.Cut(body, "@"); ok {
				body, side = b, strings.TrimSpace(sd)
				if side != "russia" && side != "west" {
					return nil, fail("imply %s: side %q: want russia or west", arg, side)
				}
			}
			parts := strings.Split(body, "+")
			var ci int
			known := false
			if len(parts) >= 2 {
				ci, known = rs.index[strings.TrimSpace(parts[1])]
			}
			if !known {
				return nil, fail("want 'imply DEMAND: DEMAND + CONCEPT [+ !CONCEPT …]'")
			}
			then := strings.TrimSpace(parts[0])
			for _, id := range []string{arg, then} {
				if _, ok := schema.DemandByID(id); !ok {
					return nil, fail("unknown demand id %q", id)
				}
			}
			im := Implication{If: arg, Then: then, When: ci, Side: side}
			for _, part := range parts[2:] {
				part = strings.TrimSpace(part)
				i, ok := rs.index[strings.TrimPrefix(part, "!")]
				if !strings.HasPrefix(part, "!") || !ok {
					return nil, fail("imply %s: want '!CONCEPT' after the concept, not %q", arg, part)
				}
				im.Unless.add(i)
			}
			rs.Implies = append(rs.Implies, im)
		case "object":
			if _, ok := schema.DemandByID(arg); !ok {
				return nil, fail("unknown demand id %q", arg)
			}
			var m ruleMask
			for _, part := range strings.Split(body, "+") {
				part = strings.TrimSpace(part)
				neg := strings.HasPrefix(part, "!")
				i, ok := rs.index[strings.TrimPrefix(part, "!")]
				if !ok {
					return nil, fail("object %s: unknown concept %q", arg, part)
				}
				if neg {
					m.none.add(i)
				} else {
					m.all.add(i)
				}
			}
			rs.Objects[arg] = m
		case "shared":
			if _, ok := schema.DemandByID(body); !ok {
				return nil, fail("shared: unknown demand id %q", body)
			}
			rs.Shared[body] = true
		case "talks":
			if _, ok := schema.DemandByID(body); !ok {
				return nil, fail("talks: unknown demand id %q", body)
			}
			rs.Talks[body] = true
		case "limit":
			if _, ok := schema.DemandByID(arg); !ok {
				return nil, fail("unknown demand id %q", arg)
			}
			i, ok := rs.index[strings.TrimSpace(body)]
			if !ok {
				return nil, fail("limit %s: unknown concept %q", arg, strings.TrimSpace(body))
			}
			rs.Limits[arg] = i
		case "suppress":
			side := ""
			if b, sd, ok := strings.Cut(body, "@"); ok {
				body, side = strings.TrimSpace(b), strings.TrimSpace(sd)
				if side != "russia" && side != "west" {
					return nil, fail("suppress %s: side %q: want russia or west", arg, side)
				}
			}
			parts := strings.Split(body, "+")
			by := strings.TrimSpace(parts[0])
			for _, id := range []string{arg, by} {
				if _, ok := schema.DemandByID(id); !ok {
					return nil, fail("unknown demand id %q", id)
				}
			}
			sup := Suppression{By: by, Side: side}
			for _, part := range parts[1:] {
				part = strings.TrimSpace(part)
				i, ok := rs.index[strings.TrimPrefix(part, "!")]
				if !strings.HasPrefix(part, "!") || !ok {
					return nil, fail("suppress %s: want '!CONCEPT' after the demand, not %q", arg, part)
				}
				sup.Unless.add(i)
			}
			rs.Suppress[arg] = append(rs.Suppress[arg], sup)
		default:
			return nil, fail("unknown directive %q", verb)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for k, pr := range pendingRules {
		line = pendingLines[k]
		demand, body, _ := strings.Cut(pr, "\x00")
		r := DemandRule{Demand: demand, Line: line}
		if b, side, ok := strings.Cut(body, "@"); ok {
			body, r.Side = b, strings.TrimSpace(side)
			if r.Side != "russia" && r.Side != "west" {
				return nil, fail("rule %s: side %q: want russia or west", demand, r.Side)
			}
		}
		for _, part := range strings.Split(body, "+") {
			part = strings.TrimSpace(part)
			neg := strings.HasPrefix(part, "!")
			part = strings.TrimPrefix(part, "!")
			i, ok := rs.index[part]
			if !ok {
				return nil, fail("rule %s: unknown concept %q", demand, part)
			}
			if neg {
				r.None = append(r.None, i)
			} else {
				r.All = append(r.All, i)
			}
		}
		if len(r.All) == 0 {
			return nil, fail("rule %s needs at least one concept that must occur", demand)
		}
		rs.Rules = append(rs.Rules, r)
		var m ruleMask
		for _, c := range r.All {
			m.all.add(c)
		}
		for _, c := range r.None {
			m.none.add(c)
		}
		rs.masks = append(rs.masks, m)
	}
	for _, c := range []string{"supports", "rejects", "negation"} {
		if _, ok := rs.Cues[c]; !ok {
			return nil, fmt.Errorf("%q: no 'cue %s:' line", name, c)
		}
	}
	for k, name := range cueNames {
		rs.cue[k] = -1
		if c, ok := rs.Cues[name]; ok {
			rs.cue[k] = c
		}
	}
	rs.indexRules()
	rs.indexFacts()
	return rs, nil
}

// Concept returns the index of a concept by name.
func (rs *RuleSet) Concept(name string) (int, bool) { i, ok := rs.index[name]; return i, ok }

// concepts returns the concepts whose terms occur in toks.
func (rs *RuleSet) concepts(toks []token) conceptSet {
	// (the union is kept in two words of its own, in registers: a set whose
	// address the walk takes would be read and written in memory at every
	// annotated token)
	var s0, s1 uint64
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Info&wConcepts != 0:
			s0 |= t.Cs[0]
			s1 |= t.Cs[1]
		case t.Word && (t.Info&wSeen == 0 || t.Info&wTermStart != 0):
			var s conceptSet
			rs.terms.matchAt(toks[i:], &s)
			s0 |= s[0]
			s1 |= s[1]
		}
	}
	return conceptSet{s0, s1}
}

// any reports whether some rule holds for s, for a speaker of any side.
func (rs *RuleSet) any(s conceptSet) bool {
	if rs.indexed() {
		for w := range s {
			for b := s[w] & rs.trig[w]; b != 0; b &= b - 1 {
				for _, i := range rs.byTrig[w<<6|bits.TrailingZeros64(b)] {
					if rs.masks[i].holds(s) {
						return true
					}
				}
			}
		}
		return false
	}
	for i := range rs.Rules {
		if rs.holds(i, s) {
			return true
		}
	}
	return false
}

// anyWithin reports whether some rule has all its concepts in s, its
// exclusions aside: if none has, no rule holds for s or any part of it
// (any finds a rule by one of its concepts, as anyWithin does). Without
// the index of rules it does not look, and says true.
func (rs *RuleSet) anyWithin(s conceptSet) bool {
	if !rs.indexed() {
		return true
	}
	for w := range s {
		for b := s[w] & rs.trig[w]; b != 0; b &= b - 1 {
			for _, i := range rs.byTrig[w<<6|bits.TrailingZeros64(b)] {
				if all := rs.masks[i].all; s[0]&all[0] == all[0] && s[1]&all[1] == all[1] {
					return true
				}
			}
		}
	}
	return false
}

// historical reports whether s has an exclusion concept (1990 background).
func (rs *RuleSet) historical(s conceptSet) bool {
	for _, x := range rs.Exclude {
		if s.has(x) {
			return true
		}
	}
	return false
}

// demands returns the demand ids whose rules hold for s and a speaker of
// side (any when ""), in vocabulary order.
func (rs *RuleSet) demands(s conceptSet, side string) []string {
	if rs.indexed() {
		return rs.demandsIndexed(s, side)
	}
	var buf [16]string
	found := buf[:0]
	for i := range rs.Rules {
		if !rs.holds(i, s) {
			continue
		}
		r := &rs.Rules[i]
		if contains(found, r.Demand) {
			continue
		}
		if r.Side != "" && r.Side != sideGroup(side) {
			continue
		}
		found = append(found, r.Demand)
	}
	for _, im := range rs.Implies {
		if contains(found, im.If) && !contains(found, im.Then) && im.holds(s, side) {
			found = append(found, im.Then)
		}
	}
	var out []string
	for _, d := range schema.Demands {
		if !contains(found, d.ID) {
			continue
		}
		suppressed := false
		for i := range rs.Suppress[d.ID] {
			by := &rs.Suppress[d.ID][i]
			if contains(found, by.By) && by.holds(s, side) {
				suppressed = true
			}
		}
		if !suppressed {
			out = append(out, d.ID)
		}
	}
	return out
}

// demandsIndexed is demands with the index of rules: the demands found
// are bits (of their index in schema.Demands), and only the rules filed
// under the concepts of s are checked.
func (rs *RuleSet) demandsIndexed(s conceptSet, side string) []string {
	keep := rs.demandBits(s, side)
	if keep == 0 {
		return nil
	}
	if keep&(keep-1) == 0 {
		// one demand, the most common answer: a list made once (no caller
		// writes into the lists it is given; an append copies, its
		// capacity being its length)
		return oneDemand[bits.TrailingZeros64(keep)]
	}
	out := make([]string, 0, bits.OnesCount64(keep))
	for d := keep; d != 0; d &= d - 1 {
		out = append(out, schema.Demands[bits.TrailingZeros64(d)].ID)
	}
	return out
}

// oneDemand holds, for each of schema.Demands, the list of it alone.
var oneDemand = func() [][]string {
	out := make([][]string, len(schema.Demands))
	for k, d := range schema.Demands {
		out[k] = []string{d.ID}
	}
	return out
}()

// hasDemand reports whether d is one of demands(s, side), without making
// the list.
func (rs *RuleSet) hasDemand(s conceptSet, side, d string) bool {
	if !rs.indexed() {
		return contains(rs.demands(s, side), d)
	}
	i := demandIndex(d)
	return i >= 0 && rs.demandBits(s, side)&(1<<i) != 0
}

// withoutReport is s without the cue of reporting ("asked whether").
func (rs *RuleSet) withoutReport(s conceptSet) conceptSet {
	if r, ok := rs.cueOf(cueReport); ok && s.has(r) {
		s[r>>6] &^= 1 << (uint(r) & 63)
	}
	return s
}

// demandBits is demandsIndexed as bits: bit k is schema.Demands[k].
func (rs *RuleSet) demandBits(s conceptSet, side string) uint64 {
	sc := sideCode(sideGroup(side))
	if sc == sideAny {
		sc = sideOther // a speaker of no side: only rules of any side hold
	}
	var found uint64
	for w := range s {
		for b := s[w] & rs.trig[w]; b != 0; b &= b - 1 {
			for _, i := range rs.byTrig[w<<6|bits.TrailingZeros64(b)] {
				if rs.masks[i].holds(s) && (rs.ruleSide[i] == sideAny || rs.ruleSide[i] == sc) {
					found |= 1 << rs.ruleDemand[i]
				}
			}
		}
	}
	if found == 0 {
		return 0 // no implication nor suppression without a demand found
	}
	for _, ii := range rs.implied {
		if found&(1<<ii.ifi) != 0 && ii.imp.holds(s, side) {
			found |= 1 << ii.theni
		}
	}
	keep := found
	for d := found; d != 0; d &= d - 1 {
		k := bits.TrailingZeros64(d)
		for _, si := range rs.suppressBy[k] {
			if found&(1<<si.by) != 0 && si.sup.holds(s, side) {
				keep &^= 1 << k
			}
		}
	}
	return keep
}

// statedOutright reports whether a rule of the demand that does not need
// the discuss cue holds in s: the demand is stated, not only offered for
// discussion ("restore the military channels", not "discuss the channels").
func (rs *RuleSet) statedOutright(demand string, s conceptSet) bool {
	d := rs.cue[cueDiscuss]
	for _, r := range rs.Rules {
		if r.Demand != demand || !holds(r, s) {
			continue
		}
		outright := true
		for _, i := range r.All {
			outright = outright && i != d
		}
		if outright {
			return true
		}
	}
	return false
}

func holds(r DemandRule, s conceptSet) bool {
	for _, i := range r.All {
		if !s.has(i) {
			return false
		}
	}
	for _, i := range r.None {
		if s.has(i) {
			return false
		}
	}
	return true
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// termTrie matches concept terms on lower-case tokens; the last word of a
// term may be a prefix.
type termTrie struct {
	next     map[string]*termTrie
	prefixes map[string][]prefixTerm // first three letters → prefix terms
	concepts []int

	// made by Lexicon.buildWordInfo below the root: the keys of next as a
	// short list (when there are few: next is then dropped) and every prefix
	// term of prefixes (prefixes is then dropped)
	kids      []termKid
	kidsOK    bool // kids holds all of next
	inverted  bool // else the entries of the keys' words list the node (wordEntry.in)
	prefixAll []prefixTerm
}

// nextOf is n.next[w], from kids when they hold the keys.
func (n *termTrie) nextOf(w string) *termTrie {
	if !n.kidsOK {
		return n.next[w]
	}
	for i := range n.kids {
		if n.kids[i].key == w {
			return n.kids[i].node
		}
	}
	return nil
}

// prefixesOf returns prefix terms of n among which are all those w may
// have: n.prefixes[key3(w)], or all of them when they are listed (a prefix
// of three code points or more is one of w only if their first three are
// the same); nil when n has none.
func (n *termTrie) prefixesOf(w string) []prefixTerm {
	if n.prefixAll != nil {
		return n.prefixAll
	}
	if n.prefixes == nil {
		return nil
	}
	return n.prefixes[key3(w)]
}

// termKid is a key of termTrie.next with the lexicon's entry of the word.
type termKid struct {
	key  string
	e    *wordEntry
	node *termTrie
}

// termEdge is a key of parent.next that is the word of the entry listing it.
type termEdge struct {
	parent, node *termTrie
}

// child is n.next[t.Lower] for an annotated token: a word is found by its
// entry (the key of an entry is the token's Lower), a mark by its text.
func (n *termTrie) child(t *token) *termTrie {
	if !n.kidsOK {
		if n.inverted && t.w != nil {
			if in := t.w.in; in != nil {
				for i := range in.term {
					if in.term[i].parent == n {
						return in.term[i].node
					}
				}
			}
			return nil
		}
		return n.next[t.Lower]
	}
	if t.w == nil {
		return n.nextOf(t.Lower)
	}
	for i := range n.kids {
		if n.kids[i].e == t.w {
			return n.kids[i].node
		}
	}
	return nil
}

type prefixTerm struct {
	prefix   string
	concepts []int
}

func (t *termTrie) add(term string, concept int) error {
	toks := tokenizeString(strings.ToLower(term))
	prefix := false
	if len(toks) > 0 && toks[len(toks)-1].Text == "*" {
		prefix = true
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return fmt.Errorf("empty term %q", term)
	}
	n := t
	path := toks
	if prefix {
		path = toks[:len(toks)-1]
	}
	for _, tok := range path {
		if tok.Text == "*" {
			return fmt.Errorf("term %q: * only at the end", term)
		}
		if n.next == nil {
			n.next = map[string]*termTrie{}
		}
		c := n.next[tok.Lower]
		if c == nil {
			c = &termTrie{}
			n.next[tok.Lower] = c
		}
		n = c
	}
	if !prefix {
		n.concepts = append(n.concepts, concept)
		return nil
	}
	w := toks[len(toks)-1].Lower
	if len([]rune(w)) < 3 {
		return fmt.Errorf("term %q: a prefix needs at least three letters", term)
	}
	if n.prefixes == nil {
		n.prefixes = map[string][]prefixTerm{}
	}
	k := key3(w)
	n.prefixes[k] = append(n.prefixes[k], prefixTerm{w, []int{concept}})
	return nil
}

func key3(s string) string {
	n := 0
	for i := range s {
		if n == 3 {
			return s[:i]
		}
		n++
	}
	return s
}

func (t *termTrie) matchAt(toks []token, s *conceptSet) {
	if len(toks) == 1 {
		// a word alone: its entry has the concepts of the terms it is
		if e := toks[0].w; e != nil && e.termRoot == t {
			s[0] |= e.termCs[0]
			s[1] |= e.termCs[1]
			return
		}
	}
	n := t
	for i := 0; i < len(toks) && n != nil; i++ {
		w := toks[i].Lower
		n.addPrefixed(w, s)
		if n = n.nextOf(w); n != nil {
			n.addOwn(s)
		}
	}
}

// addPrefixed adds the concepts of the prefix terms of n that w starts with.
func (n *termTrie) addPrefixed(w string, s *conceptSet) {
	for _, p := range n.prefixesOf(w) {
		if strings.HasPrefix(w, p.prefix) {
			for _, c := range p.concepts {
				s.add(c)
			}
		}
	}
}

// addOwn adds the concepts of the terms that end at n.
func (n *termTrie) addOwn(s *conceptSet) {
	for _, c := range n.concepts {
		s.add(c)
	}
}

// matchAtSeen is matchAt for annotated tokens: a word without wTermWord
// is the key of no node (prefixes are still tried; marks are not annotated).
func (t *termTrie) matchAtSeen(toks []token, s *conceptSet) {
	n := t
	for i := 0; i < len(toks) && n != nil; i++ {
		tok := &toks[i]
		if n.prefixAll != nil || n.prefixes != nil {
			n.addPrefixed(tok.Lower, s)
		}
		if tok.Word && tok.Info&(wSeen|wTermWord) == wSeen {
			return
		}
		if n.kidsOK && tok.w != nil {
			// (child, in the loop)
			var next *termTrie
			for k := range n.kids {
				if n.kids[k].e == tok.w {
					next = n.kids[k].node
					break
				}
			}
			n = next
		} else {
			n = n.child(tok)
		}
		if n != nil {
			n.addOwn(s)
		}
	}
}

// sideGroup puts Ukraine with the West: the demands have two sides.
func sideGroup(side string) string {
	if side == "ukraine" {
		return "west"
	}
	return side
}
