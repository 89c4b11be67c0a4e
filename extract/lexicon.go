package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/claimgraph/claimgraph/schema"
)

// Person is a person the lexicon knows by name.
type Person struct {
	ID, Name, Gender, Title, Org string
	Aliases                      []string
	// Historical people (Baker, Gorbachev) appear as 1990 background and
	// make no statements about the 2021 demands.
	Historical bool

	side, leaning string // sideFromTitle(Title), once
	surname       string // the last word of a Name of several, once
}

// Actor is an organisation or a country (an actor id of DESIGN.md).
type Actor struct {
	ID, Class, Name, Side string
	Aliases               []string
}

// Document is a policy document statements can refer to.
type Document struct {
	ID, Name string
	Requires string // a word the sentence must have for Aliases to count
	Aliases  []string
}

// Publisher is an outlet, with the id the curated graph gives it.
type Publisher struct {
	ID, Name string
	// Home is the side of the country the outlet reports from (russia,
	// west, ukraine) or "": the side of the officials it names without
	// saying whose they are ("deputy foreign minister Marcin Przydacz" in
	// a Polish outlet).
	Home string
}

// Role is a role noun that refers back to someone already named.
type Role struct {
	Phrase string
	Kind   string   // person, org, statement, or actor:ID for a document that speaks for ID
	Fits   []string // title words a person must have (empty: anyone)
	// Default is the person meant when nobody named before fits
	// ("the NATO chief" → jens-stoltenberg).
	Default string

	ref roleRef // what resolving the role reads of its phrase, made once
}

// Lexicon is everything the extractor knows as data: the gazetteer, role
// nouns, title words, given names, speech verbs and demand rules.
type Lexicon struct {
	People     []Person
	Actors     []Actor
	Roles      []Role
	Titles     map[string]bool   // lower-case title words ("spokesman")
	Qualifiers map[string]bool   // lower-case words allowed inside titles
	FirstNames map[string]string // given name → gender
	Verbs      map[string]string // lower-case form → stance hint or ""
	Rules      *RuleSet
	Publishers map[string]Publisher // lower-case name or alias → outlet
	Documents  []Document

	people      map[string]*Person
	actors      map[string]*Actor
	names       *nameTrie
	nameEntries int       // people and actors in names (nameEntry.idx)
	docs        *nameTrie // document names; entries carry their required word

	words       map[string]*wordEntry // what a lower-case word is, in one lookup
	wordTab     *wordTable            // words, for the lookups per token
	nameFast    bool                  // matchName may take its first step from a token's entry
	docsFast    bool                  // and so may matchDoc
	markTerms   bool                  // some concept term starts with a mark, not a word
	prefix3     [26 * 26 * 26]uint16  // concept prefixes of the root by their first three letters: 1 + index in prefixes3
	prefixes3   [][]prefixTerm
	prefixOther []string // … that are not three ASCII letters
}

// The files LoadLexicon reads, relative to its fs.FS.
const (
	FilePeople     = "people.txt"
	FileActors     = "actors.txt"
	FileRoles      = "roles.txt"
	FileTitles     = "titles.txt"
	FileQualifiers = "qualifiers.txt"
	FileFirstNames = "firstnames.txt"
	FileVerbs      = "verbs.txt"
	FileRules      = "demands.rules"
	FilePublishers = "publishers.txt"
	FileDocuments  = "documents.txt"
)

// LoadLexicon reads the lexicon files from fsys (os.DirFS("data/lexicon")
// or an embedded copy). Errors name the file and the line.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lex := &Lexicon{
		Titles:     map[string]bool{},
		Qualifiers: map[string]bool{},
		FirstNames: map[string]string{},
		Verbs:      map[string]string{},
		Publishers: map[string]Publisher{},
		people:     map[string]*Person{},
		actors:     map[string]*Actor{},
	}
	steps := []struct {
		file string
		fn   func(line int, text string) error
	}{
		{FileActors, lex.actorLine},
		{FilePeople, lex.personLine},
		{FileRoles, lex.roleLine},
		{FileTitles, wordLine(lex.Titles)},
		{FileQualifiers, wordLine(lex.Qualifiers)},
		{FileFirstNames, lex.firstNameLine},
		{FileVerbs, lex.verbLine},
		{FilePublishers, lex.publisherLine},
		{FileDocuments, lex.documentLine},
	}
	for _, s := range steps {
		if err := eachLine(fsys, s.file, s.fn); err != nil {
			return nil, err
		}
	}
	data, err := fs.ReadFile(fsys, FileRules)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if lex.Rules, err = ParseRules(FileRules, data); err != nil {
		return nil, err
	}
	for i := range lex.People {
		p := &lex.People[i]
		p.side, p.leaning = sideFromTitle(p.Title)
		if f := strings.Fields(p.Name); len(f) > 1 {
			p.surname = f[len(f)-1]
		}
		lex.people[p.ID] = p
	}
	for i := range lex.Actors {
		lex.actors[lex.Actors[i].ID] = &lex.Actors[i]
	}
	for _, p := range lex.People {
		if p.Org != "" && lex.actors[p.Org] == nil {
			return nil, fmt.Errorf("%q: person %s: unknown actor %q", FilePeople, p.ID, p.Org)
		}
	}
	for _, r := range lex.Roles {
		if r.Default != "" && lex.people[r.Default] == nil {
			return nil, fmt.Errorf("%q: role %q: unknown person %q", FileRoles, r.Phrase, r.Default)
		}
		if id, ok := strings.CutPrefix(r.Kind, "actor:"); ok && lex.actors[id] == nil {
			return nil, fmt.Errorf("%q: role %q: unknown actor %q", FileRoles, r.Phrase, id)
		}
	}
	lex.names = buildNameTrie(lex)
	lex.docs = &nameTrie{}
	for i := range lex.Documents {
		d := &lex.Documents[i]
		if d.Requires == "" {
			lex.docs.addDoc(d.Name, d)
		}
		for _, al := range d.Aliases {
			lex.docs.addDoc(al, d)
		}
	}
	lex.buildWordInfo()
	return lex, nil
}

// eachLine calls fn with every line of file that is neither blank nor a
// comment; an error from fn is reported as file:line.
func eachLine(fsys fs.FS, file string, fn func(line int, text string) error) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := fn(n, t); err != nil {
			return fmt.Errorf("%q: line %d: %w", file, n, err)
		}
	}
	return sc.Err()
}

func fields(text string, n int) ([]string, error) {
	fs := strings.Split(text, "|")
	if len(fs) != n {
		return nil, fmt.Errorf("want %d fields separated by |, have %d", n, len(fs))
	}
	for i := range fs {
		fs[i] = strings.TrimSpace(fs[i])
	}
	return fs, nil
}

func list(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" && a != "-" {
			out = append(out, a)
		}
	}
	return out
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func (lex *Lexicon) personLine(_ int, text string) error {
	f, err := fields(text, 6)
	if err != nil {
		f, err = fields(text, 7)
	}
	if err != nil {
		return fmt.Errorf("want 6 or 7 fields separated by |, have %d", strings.Count(text, "|")+1)
	}
	p := Person{ID: f[0], Name: f[1], Gender: dash(f[2]), Title: dash(f[3]), Org: dash(f[4]), Aliases: list(f[5])}
	if len(f) == 7 {
		switch f[6] {
		case "historical":
			p.Historical = true
		case "", "-":
		default:
			return fmt.Errorf("flag %q: want historical or -", f[6])
		}
	}
	if p.ID != schema.Slug(p.ID) || p.ID == "" {
		return fmt.Errorf("id %q is not a slug", p.ID)
	}
	if p.Name == "" {
		return fmt.Errorf("person %s has no name", p.ID)
	}
	if p.Gender != "" && p.Gender != "m" && p.Gender != "f" {
		return fmt.Errorf("gender %q: want m, f or -", p.Gender)
	}
	for _, q := range lex.People {
		if q.ID == p.ID {
			return fmt.Errorf("person %s defined twice", p.ID)
		}
	}
	lex.People = append(lex.People, p)
	return nil
}

func (lex *Lexicon) actorLine(_ int, text string) error {
	f, err := fields(text, 5)
	if err != nil {
		return err
	}
	a := Actor{ID: f[0], Class: f[1], Name: f[2], Side: f[3], Aliases: list(f[4])}
	if a.ID != schema.Slug(a.ID) || a.ID == "" {
		return fmt.Errorf("id %q is not a slug", a.ID)
	}
	if a.Class != "Country" && a.Class != "Organization" {
		return fmt.Errorf("class %q: want Country or Organization", a.Class)
	}
	switch a.Side {
	case "russia", "west", "ukraine", "neutral":
	default:
		return fmt.Errorf("side %q: want russia, west, ukraine or neutral", a.Side)
	}
	lex.Actors = append(lex.Actors, a)
	return nil
}

func (lex *Lexicon) roleLine(_ int, text string) error {
	parts := strings.Split(text, "|")
	if len(parts) < 2 || len(parts) > 4 {
		return fmt.Errorf("want phrase | kind [| title words [| default person]]")
	}
	r := Role{Phrase: strings.TrimSpace(parts[0]), Kind: strings.TrimSpace(parts[1])}
	if len(parts) == 4 {
		r.Default = strings.TrimSpace(parts[3])
	}
	switch {
	case r.Kind == "person", r.Kind == "org", r.Kind == "statement":
	case strings.HasPrefix(r.Kind, "actor:"):
		// checked against the actors in LoadLexicon
	default:
		return fmt.Errorf("kind %q: want person, org, statement or actor:ID", r.Kind)
	}
	if len(parts) >= 3 {
		for _, w := range strings.Split(parts[2], ",") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				r.Fits = append(r.Fits, w)
			}
		}
	}
	lex.Roles = append(lex.Roles, r)
	return nil
}

func wordLine(set map[string]bool) func(int, string) error {
	return func(_ int, text string) error {
		set[strings.ToLower(text)] = true
		return nil
	}
}

func (lex *Lexicon) firstNameLine(_ int, text string) error {
	f := strings.Fields(text)
	if len(f) != 2 || (f[1] != "m" && f[1] != "f") {
		return fmt.Errorf("want: name m|f")
	}
	if g, ok := lex.FirstNames[f[0]]; ok {
		return fmt.Errorf("%s is listed twice (%s before)", f[0], g)
	}
	lex.FirstNames[f[0]] = f[1]
	return nil
}

func (lex *Lexicon) publisherLine(_ int, text string) error {
	f, err := fields(text, 4)
	if err != nil {
		if f, err = fields(text, 3); err != nil {
			return fmt.Errorf("want 3 or 4 fields separated by |, have %d", strings.Count(text, "|")+1)
		}
		f = append(f, "-")
	}
	p := Publisher{ID: f[0], Name: f[1], Home: dash(f[3])}
	if p.ID != schema.Slug(p.ID) || p.ID == "" || p.Name == "" {
		return fmt.Errorf("want a slug id and a name")
	}
	switch p.Home {
	case "", "russia", "west", "ukraine":
	default:
		return fmt.Errorf("home %q: want russia, west, ukraine or -", p.Home)
	}
	for _, n := range append([]string{p.Name}, list(f[2])...) {
		lex.Publishers[strings.ToLower(n)] = p
	}
	return nil
}

// masthead returns the outlet whose name opens the first lines of an
// article without front matter ("BTA – Bulgarian News Agency", "German
// Bundestag – 20th electoral term", "NPR"), when the lexicon knows it.
func (lex *Lexicon) masthead(a *Article) (Publisher, bool) {
	seen := 0
	for _, l := range a.Lines {
		line := strings.TrimSpace(strings.TrimPrefix(a.text[l.bStart:l.bEnd], "\uFEFF"))
		if line == "" {
			continue
		}
		if seen++; seen > 2 {
			break
		}
		head := line
		if i := strings.IndexAny(head, "–—|:,(·"); i > 0 {
			head = head[:i]
		}
		if i := strings.Index(head, " - "); i > 0 {
			head = head[:i]
		}
		if p, ok := lex.publisher(strings.TrimSpace(head)); ok {
			return p, true
		}
	}
	return Publisher{}, false
}

// publisher is Publishers[strings.ToLower(s)], with s lower-cased on the
// stack: a look-up allocates no string (labels and names are looked up
// for every line that may be one).
func (lex *Lexicon) publisher(s string) (Publisher, bool) {
	var buf [64]byte
	p, ok := lex.Publishers[string(appendLower(buf[:0], s))]
	return p, ok
}

// Publisher returns the outlet an article's publisher field names: from
// publishers.txt, else the slug of the name without a leading "The".
func (lex *Lexicon) Publisher(name string) Publisher {
	if p, ok := lex.publisher(strings.TrimSpace(name)); ok {
		return p
	}
	n := strings.TrimSpace(name)
	if len(n) > 4 && strings.EqualFold(n[:4], "the ") {
		return Publisher{ID: schema.Slug(n[4:]), Name: n}
	}
	return Publisher{ID: schema.Slug(n), Name: n}
}

func (lex *Lexicon) documentLine(_ int, text string) error {
	f, err := fields(text, 4)
	if err != nil {
		return err
	}
	d := Document{ID: f[0], Name: f[1], Requires: strings.ToLower(dash(f[2])), Aliases: list(f[3])}
	if d.ID != schema.Slug(d.ID) || d.ID == "" || d.Name == "" {
		return fmt.Errorf("want a slug id and a name")
	}
	lex.Documents = append(lex.Documents, d)
	return nil
}

func (lex *Lexicon) verbLine(_ int, text string) error {
	f, err := fields(text, 2)
	if err != nil {
		return err
	}
	switch f[1] {
	case "-", schema.StanceSupports, schema.StanceRejects:
	default:
		return fmt.Errorf("stance hint %q: want supports, rejects or -", f[1])
	}
	lex.Verbs[strings.ToLower(f[0])] = dash(f[1])
	return nil
}

// Person returns the person with that id.
func (lex *Lexicon) Person(id string) (*Person, bool) { p, ok := lex.people[id]; return p, ok }

// Actor returns the actor with that id.
func (lex *Lexicon) Actor(id string) (*Actor, bool) { a, ok := lex.actors[id]; return a, ok }
