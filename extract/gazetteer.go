package extract

import "strings"

// entryKind says what a gazetteer entry names.
type entryKind uint8

const (
	kindPerson entryKind = iota + 1
	kindActor
	kindRole
)

type nameEntry struct {
	docs []*Document // document names: every document the name may mean
	kind entryKind
	id   string // person or actor id; for roles the index into Lexicon.Roles as text
	role *Role
	idx  int // index among the gazetteer's entries (people and actors)
}

// nameTrie matches lexicon names on token sequences. An alias token with an
// upper-case letter matches exactly; an all-lower-case one ("the", "side")
// matches any case.
type nameTrie struct {
	exact map[string]*nameTrie
	fold  map[string]*nameTrie
	entry *nameEntry

	// made by Lexicon.buildWordInfo (under nameFast): the keys of exact
	// and then of fold as a short list, when there are few (the maps are
	// then dropped)
	kids     []nameKid
	kidsOK   bool
	inverted bool // else the entries of the keys' words list the node (wordEntry.in)
}

// nameEdge is a key of parent.exact (fold false) or parent.fold whose
// lower-case form is the word of the entry listing it.
type nameEdge struct {
	parent, node *nameTrie
	key          string
	fold         bool
}

// nameKid is a key of nameTrie.exact (fold false) or nameTrie.fold, with
// the lexicon's entry of its lower-case form.
type nameKid struct {
	key  string
	e    *wordEntry
	fold bool
	node *nameTrie
}

// child is n.exact[t.Text], else n.fold[t.Lower], for an annotated token
// under nameFast: a word's Lower is the key of its entry and the lower
// case of its Text, so a key can only be its text if their entries are
// the same; a mark is compared by its text.
func (n *nameTrie) child(t *token) *nameTrie {
	if !n.kidsOK && n.inverted && t.w != nil {
		var fold *nameTrie
		var in []nameEdge
		if t.w.in != nil {
			in = t.w.in.name
		}
		for i := range in {
			if k := &in[i]; k.parent == n {
				if !k.fold && k.key == t.Text {
					return k.node // an exact key first
				}
				if k.fold {
					fold = k.node // the key is the entry's word: t.Lower
				}
			}
		}
		return fold
	}
	if !n.kidsOK {
		next := n.exact[t.Text]
		if next == nil {
			next = n.fold[t.Lower]
		}
		return next
	}
	if t.w == nil {
		return n.lookup(t.Text, t.Lower)
	}
	// the exact keys come first in kids
	for i := range n.kids {
		k := &n.kids[i]
		if k.e != t.w {
			continue
		}
		if k.fold || k.key == t.Text {
			return k.node // a folded key is the entry's word: t.Lower
		}
	}
	return nil
}

// lookup is n.exact[text], else n.fold[lower], from kids when they hold
// the keys (the exact ones first).
func (n *nameTrie) lookup(text, lower string) *nameTrie {
	if !n.kidsOK {
		next := n.exact[text]
		if next == nil {
			next = n.fold[lower]
		}
		return next
	}
	for i := range n.kids {
		if k := &n.kids[i]; k.fold && k.key == lower || !k.fold && k.key == text {
			return k.node
		}
	}
	return nil
}

// node returns the trie node of name's tokens, making the missing ones: a
// token written in lower case matches any case, any other only as written.
func (t *nameTrie) node(name string) *nameTrie {
	n := t
	for _, tok := range tokenizeString(name) {
		key, m := tok.Text, &n.exact
		if tok.Text == tok.Lower {
			m = &n.fold
		}
		if *m == nil {
			*m = map[string]*nameTrie{}
		}
		next := (*m)[key]
		if next == nil {
			next = &nameTrie{}
			(*m)[key] = next
		}
		n = next
	}
	return n
}

func (t *nameTrie) add(name string, e *nameEntry) {
	n := t.node(name)
	if n.entry == nil || e.kind < n.entry.kind {
		n.entry = e // a person's alias wins over a role noun spelled the same
	}
	// ("the Nato secretary general": British papers write acronyms as words)
	if v, ok := acronymsAsWords(name); ok {
		t.add(v, e)
	}
}

// acronymsAsWords returns name with its acronyms of three to five capitals
// written as words ("NATO" → "Nato", "OSCE" → "Osce"), when it has any.
func acronymsAsWords(name string) (string, bool) {
	run := 0 // (most names have no acronym: no copy for them)
	for i := 0; i < len(name) && run < 3; i++ {
		if name[i] >= 'A' && name[i] <= 'Z' {
			run++
		} else {
			run = 0
		}
	}
	if run < 3 {
		return name, false
	}
	words := strings.Split(name, " ")
	changed := false
	for i, w := range words {
		if len(w) < 3 || len(w) > 5 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		caps := true
		for _, r := range w {
			caps = caps && r >= 'A' && r <= 'Z'
		}
		if caps {
			words[i] = w[:1] + strings.ToLower(w[1:])
			changed = true
		}
	}
	return strings.Join(words, " "), changed
}

// addDoc adds a document name; one name may stand for several documents
// ("the draft pacts" are the treaty and the agreement).
func (t *nameTrie) addDoc(name string, d *Document) {
	n := t.node(name)
	if n.entry == nil {
		n.entry = &nameEntry{}
	}
	n.entry.docs = append(n.entry.docs, d)
}

// documents returns the ids of the documents toks name, in order, once each.
func (lex *Lexicon) documents(toks []token) []string {
	var out []string
	for i := 0; i < len(toks); i++ {
		// (an annotated token that starts no document, a mark among them,
		// on the first test)
		if t := &toks[i]; t.Info&(wSeen|wDocStart) == wSeen || !t.Word {
			continue
		}
		e, n := lex.matchDoc(toks[i:])
		if e == nil {
			continue
		}
		for _, d := range e.docs {
			if d.Requires != "" && !hasWord(toks, d.Requires) || contains(out, d.ID) {
				continue
			}
			out = append(out, d.ID)
		}
		i += n - 1
	}
	return out
}

// matchDoc is docs.match, taking the first step from the token's word
// entry and the next ones from the nodes' lists of keys.
func (lex *Lexicon) matchDoc(toks []token) (*nameEntry, int) {
	t := &toks[0]
	if t.Info&wSeen == 0 || !lex.docsFast {
		return lex.docs.match(toks)
	}
	if t.w == nil || t.w.in == nil {
		return nil, 0 // every first word of a document has an entry with edges
	}
	var next *nameTrie
	for _, c := range t.w.in.docExact {
		if c.key == t.Text {
			next = c.node
			break
		}
	}
	if next == nil {
		next = t.w.in.docFold
	}
	if next == nil {
		return nil, 0
	}
	e, n := next.walk(toks[1:], walkKids)
	if e == nil && next.entry != nil {
		return next.entry, 1
	}
	if e == nil {
		return nil, 0
	}
	return e, n + 1
}

func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// match returns the longest entry starting at toks[0] and how many tokens it spans.
func (t *nameTrie) match(toks []token) (*nameEntry, int) { return t.walk(toks, walkMaps) }

// matchSeen is match for annotated tokens, under lex.nameFast: a word
// without wNameWord is the key of no node (marks are not annotated).
func (t *nameTrie) matchSeen(toks []token) (*nameEntry, int) { return t.walk(toks, walkNames) }

// How walk finds a node's child for a token.
const (
	walkMaps  = iota // by the token's text (lookup)
	walkKids         // by the token's entry (child): annotated tokens
	walkNames        // the same, stopping at an annotated word that is no key of the gazetteer
)

// walk follows toks down the trie.
func (t *nameTrie) walk(toks []token, how int) (*nameEntry, int) {
	var best *nameEntry
	bestN := 0
	n := t
	for i := 0; i < len(toks); i++ {
		var next *nameTrie
		switch how {
		case walkNames:
			if toks[i].Word && toks[i].Info&(wSeen|wNameWord) == wSeen {
				return best, bestN
			}
			next = n.child(&toks[i])
		case walkKids:
			next = n.child(&toks[i])
		default:
			next = n.lookup(toks[i].Text, toks[i].Lower)
		}
		if next == nil {
			break
		}
		n = next
		if n.entry != nil {
			best, bestN = n.entry, i+1
		}
	}
	return best, bestN
}

func buildNameTrie(lex *Lexicon) *nameTrie {
	t := &nameTrie{}
	for i := range lex.Roles {
		r := &lex.Roles[i]
		r.ref = newRoleRef(r.Phrase)
		t.add(r.Phrase, &nameEntry{kind: kindRole, role: r})
	}
	for _, a := range lex.Actors {
		e := &nameEntry{kind: kindActor, id: a.ID, idx: lex.nameEntries}
		lex.nameEntries++
		t.add(a.Name, e)
		for _, al := range a.Aliases {
			t.add(al, e)
		}
	}
	for _, p := range lex.People {
		e := &nameEntry{kind: kindPerson, id: p.ID, idx: lex.nameEntries}
		lex.nameEntries++
		t.add(p.Name, e)
		for _, al := range p.Aliases {
			t.add(al, e)
		}
	}
	t.mergeFolded()
	return t
}

// mergeFolded makes the trie deterministic for walk, which takes a node's
// exact key before its folded one and never backtracks: under an exact key
// ("the Secretary" of "the Secretary of the Security Council") it adds what
// the same word's folded key leads to ("the secretary"), so a text that
// leaves the longer name ("The Secretary urged") still ends on the shorter.
//
// An exact child is merged as soon as it has absorbed its folded twin (one
// pass over the map, not two: absorbing copies the twin's subtree, which
// merging the exact child does not touch), and the folded children after
// them all, as they were absorbed unmerged.
func (n *nameTrie) mergeFolded() {
	for key, ex := range n.exact {
		if n.fold != nil {
			if f := n.fold[strings.ToLower(key)]; f != nil {
				ex.absorb(f)
			}
		}
		ex.mergeFolded()
	}
	for _, c := range n.fold {
		c.mergeFolded()
	}
}

// absorb adds a copy of o's entry and subtree to n; n's own entry wins
// unless o's is of a stronger kind (as in add).
func (n *nameTrie) absorb(o *nameTrie) {
	if o.entry != nil && (n.entry == nil || o.entry.kind < n.entry.kind) {
		n.entry = o.entry
	}
	for _, side := range []struct{ from, to *map[string]*nameTrie }{{&o.exact, &n.exact}, {&o.fold, &n.fold}} {
		for key, oc := range *side.from {
			if *side.to == nil {
				*side.to = map[string]*nameTrie{}
			}
			c := (*side.to)[key]
			if c == nil {
				c = &nameTrie{}
				(*side.to)[key] = c
			}
			c.absorb(oc)
		}
	}
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// lowerCache is strings.ToLower of the string last asked about: a title is
// compared with role nouns for every reference back, and changes rarely.
type lowerCache struct{ src, lower string }

func (c *lowerCache) of(s string) string {
	if s != c.src || c.lower == "" && s != "" {
		c.src, c.lower = s, strings.ToLower(s)
	}
	return c.lower
}
