package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

// entity is a person or an actor named in an article.
type entity struct {
	ID         string
	Name       string // canonical name
	Person     bool
	Class      string // Country or Organization for actors
	Title      string // job title, from the lexicon or the article
	Gender     string
	Side       string // russia, west, ukraine, neutral or ""
	Known      bool   // in the lexicon
	Org        string // member of (actor id)
	Anon       bool   // an unnamed official speaking for the actor ID
	Historical bool   // speaks only about the past (1990)
	Leaning    string // an analyst's country side: their stance when they voice a demand themselves
	Styled     string // the titles the article gives them ("Polish Foreign Minister"), lower case, for role nouns

	titleLower, styledLower, nameLower lowerCache

	roleStamp uint32 // the resolveRole call roleTier is of
	roleTier  int8
}

type mentionKind uint8

const (
	mPerson  mentionKind = iota + 1 // a named person
	mActor                          // a named organisation or country
	mPronoun                        // he, she, him, her
	mRole                           // "the diplomat", "the statement"
	mAnon                           // "a senior official", "a State Department official"
)

// mention is a reference to an entity in a paragraph.
type mention struct {
	T0, T1     int // tokens of the paragraph
	Start, End int // code points
	Kind       mentionKind
	Text       string // as written
	Ent        *entity
	Role       *Role
	Gender     string // pronouns
	InQuote    bool
	TitleRun   int // tokens before T0 that are the mention's title
}

// articleEntities collects the entities of one article.
type articleEntities struct {
	lex      *Lexicon
	byID     map[string]*entity
	order    []*entity
	surnames map[string]*entity // last names of the people named in full in this article
	// byEntry caches the entity of a gazetteer entry (by nameEntry.idx), when set
	byEntry []*entity
	touched []int
	store   *entityStore // where the entities are made, when set (use)
}

// entityStore is the memory the entities of one article are made in: their
// arrays, the maps by id and by surname and the order. A state keeps it
// from article to article, which nothing outside Extract points into (the
// result has copies), so that once a state has room an article makes its
// entities without allocating.
type entityStore struct {
	chunks   [][]entity
	n        int // entities made
	byID     map[string]*entity
	surnames map[string]*entity
	order    []*entity
}

const (
	entityChunk     = 16
	maxKeptEntities = 512 // the most a store keeps room for
)

// use makes ae keep its entities in s.
func (ae *articleEntities) use(s *entityStore) {
	if s.byID == nil {
		s.byID, s.surnames = map[string]*entity{}, map[string]*entity{}
	}
	ae.store, ae.byID, ae.surnames, ae.order = s, s.byID, s.surnames, s.order[:0]
}

// newEntity makes an entity of the value v.
func (ae *articleEntities) newEntity(v entity) *entity {
	s := ae.store
	if s == nil {
		e := new(entity)
		*e = v
		return e
	}
	c, k := s.n/entityChunk, s.n%entityChunk
	if c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]entity, entityChunk))
	}
	s.n++
	e := &s.chunks[c][k]
	*e = v
	return e
}

// reset forgets the entities of the article, keeping the memory (up to
// maxKeptEntities) for the next one.
func (s *entityStore) reset() {
	for c := 0; c*entityChunk < s.n; c++ {
		clear(s.chunks[c])
	}
	if len(s.chunks)*entityChunk > maxKeptEntities {
		s.chunks = s.chunks[:maxKeptEntities/entityChunk]
	}
	s.n = 0
	clear(s.order)
	s.order = s.order[:0]
	if cap(s.order) > maxKeptEntities || len(s.byID) > maxKeptEntities || len(s.surnames) > maxKeptEntities {
		s.order, s.byID, s.surnames = nil, nil, nil
		return
	}
	clear(s.byID)
	clear(s.surnames)
}

// entry returns the entity of a person's or an actor's gazetteer entry.
func (ae *articleEntities) entry(e *nameEntry) *entity {
	if ae.byEntry != nil {
		if ent := ae.byEntry[e.idx]; ent != nil {
			return ent
		}
	}
	var ent *entity
	if e.kind == kindPerson {
		ent = ae.person(e.id)
	} else {
		ent = ae.actor(e.id)
	}
	if ae.byEntry != nil && ent != nil {
		// byID never replaces an entity: the cache stays right
		ae.byEntry[e.idx] = ent
		ae.touched = append(ae.touched, e.idx)
	}
	return ent
}

func (ae *articleEntities) person(id string) *entity {
	if e := ae.byID[id]; e != nil {
		return e
	}
	p, ok := ae.lex.Person(id)
	if !ok {
		return nil
	}
	e := ae.newEntity(entity{ID: p.ID, Name: p.Name, Person: true, Title: p.Title, Gender: p.Gender, Known: true, Org: p.Org, Historical: p.Historical})
	if a, ok := ae.lex.Actor(p.Org); ok {
		e.Side = a.Side
	} else {
		e.Side, e.Leaning = p.side, p.leaning // sideFromTitle(p.Title)
	}
	ae.add(e)
	// once named in full, the surname alone is them in this article
	// ("Julianne Smith … Smith also rejected …")
	if s := p.surname; s != "" && ae.surnames[s] == nil { // strings.Fields(p.Name), once
		ae.surnames[s] = e
	}
	return e
}

func (ae *articleEntities) actor(id string) *entity {
	if e := ae.byID[id]; e != nil {
		return e
	}
	a, ok := ae.lex.Actor(id)
	if !ok {
		return nil
	}
	e := ae.newEntity(entity{ID: a.ID, Name: a.Name, Class: a.Class, Side: a.Side, Known: true})
	ae.add(e)
	return e
}

func (ae *articleEntities) add(e *entity) {
	if ae.byID == nil {
		ae.byID, ae.surnames = map[string]*entity{}, map[string]*entity{}
	}
	ae.byID[e.ID] = e
	ae.order = append(ae.order, e)
	if ae.store != nil {
		ae.store.order = ae.order // the store keeps the array
	}
}

// unknown registers a person the lexicon does not know.
func (ae *articleEntities) unknown(name, title string, gender string) *entity {
	return ae.unknownOf(name, title, gender, false)
}

// unknownOf is unknown copying the name and the title it keeps when they
// are windows on the article's text (copy): a name seen before is not
// copied again.
func (ae *articleEntities) unknownOf(name, title, gender string, copy bool) *entity {
	keep := func(s string) string {
		if copy {
			return strings.Clone(s)
		}
		return s
	}
	id := nameSlug(name)
	if id == "" {
		return nil
	}
	if _, known := ae.lex.Person(id); known {
		return ae.person(id) // "JENS STOLTENBERG" in capitals is still Stoltenberg
	}
	if e := ae.byID[id]; e != nil {
		if e.Title == "" {
			e.Title = keep(title)
		}
		// ("Ms. Béland" first, then the hearing's label "Ms. Caroline
		// Béland (Director General, Europe, Global Affairs Canada):": a
		// later title may tell an official's side; an analyst's leaning
		// stays as first read)
		if e.Side == "" && e.Leaning == "" && title != "" {
			if side, _ := sideFromTitle(title); side != "" {
				e.Side = side
			}
		}
		return e
	}
	e := ae.newEntity(entity{ID: id, Name: keep(name), Person: true, Title: keep(title), Gender: gender})
	e.Side, e.Leaning = sideFromTitle(title)
	ae.add(e)
	if last, ok := lastField(e.Name); ok {
		ae.surnames[last] = e
		// ("Paavo REINIKAINEN", then "Dr Reinikainen": a surname in capitals
		// is the same surname)
		if len(last) > 1 && inCapitals(last) {
			if t := titleWord(last); ae.surnames[t] == nil {
				ae.surnames[t] = e
			}
		}
		// "Hayashi Yoshimasa": a family name written first, not a given
		// name, is a surname too ("Hayashi said")
		if first, _, ok := strings.Cut(e.Name, " "); ok {
			if _, given := ae.lex.FirstNames[first]; !given && ae.surnames[first] == nil {
				ae.surnames[first] = e
			}
		}
	}
	return e
}

// nameSlug is schema.Slug(name), without its Unicode normalisation for a
// name in ASCII (most are): letters and digits lower-cased, apostrophes
// dropped, anything else a break between words, and a word of one letter
// dropped unless it is the first or the last.
func nameSlug(name string) string {
	if len(name) > 64 || !isASCII(name) {
		return schema.Slug(name)
	}
	var buf [64]byte
	b := buf[:0]
	word := 0    // where the current word starts in b
	words := 0   // words so far, the current one included
	gap := false // a break since the last letter or digit
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z':
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if gap && len(b) > 0 {
				// a word ends: one of one letter goes unless it was the first
				if len(b)-word == 1 && words > 1 {
					b = b[:word-1] // (with the hyphen before it)
				}
				b = append(b, '-')
				word = len(b)
			}
			if len(b) == 0 || gap {
				words++
			}
			gap = false
			b = append(b, c)
		case c == '\'':
			// apostrophes join: "O'Brien" → "obrien"
		default:
			gap = true
		}
	}
	return string(b)
}

// lastField is the last of strings.Fields(s) when there are two or more.
func lastField(s string) (string, bool) {
	fields, start, end := 0, 0, 0
	in := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch space := unicode.IsSpace(r); {
		case !space && !in:
			fields, start, in = fields+1, i, true
		case space && in:
			end, in = i, false
		}
		i += size
	}
	if in {
		end = len(s)
	}
	return s[start:end], fields > 1
}

// sideFromTitle reads a speaker's side from their title. Officials of a
// country or an organisation take its side ("Russian Deputy Foreign
// Minister", "Foreign Minister of Germany"). Analysts, experts and scholars
// speak for themselves: they have no side, and their country's side is only
// their leaning ("director general of the Russian International Affairs
// Council", "a military analyst in Moscow") — see stance.
//
// The title is read once for all the words below (titleMarks); it is read
// again only when a topic, a posting or a past post is cut out of it.
func sideFromTitle(title string) (side, leaning string) {
	if title == "" {
		return "", "" // (no word below is all spaces)
	}
	// (lower-cased and spaced in one allocation, not two)
	var buf [128]byte
	t := string(append(appendLower(append(buf[:0], ' '), title), ' '))
	m := titleMarks.scan(t)
	// a programme's subject is not a side: "the Russia and Eurasia
	// programme at Chatham House" (each topic has one of these words)
	if m&tmTopic != 0 {
		for _, topic := range topicNames {
			t = strings.ReplaceAll(t, topic, " ")
		}
		m = titleMarks.scan(t)
	}
	// ("a former Indian diplomat who served in both Moscow and Kyiv": where
	// someone served before is no side either)
	if m&tmWho != 0 {
		if w := strings.Index(t, " who "); w >= 0 && (strings.Contains(t[w:], " served in ") || strings.Contains(t[w:], " worked in ")) {
			t = t[:w] + " "
			m = titleMarks.scan(t)
		}
	}
	// where a diplomat served is not whom they serve: "political counsellor
	// at the British embassy in Moscow", "US ambassador to Russia" (but an
	// analyst at an institute in Moscow is Moscow's)
	if m&tmPosting != 0 {
		for _, post := range postings {
			t = strings.ReplaceAll(t, post, " ")
		}
		m = titleMarks.scan(t)
	}
	switch {
	case m&tmRussia != 0:
		side = "russia"
	case m&(tmChina|tmBeijing) != 0:
		side = "russia" // China's side of the demands is Russia's (the joint statement of 4 February 2022)
	case m&tmUkraine != 0:
		side = "ukraine"
	case m&tmUS != 0: // ("Deputy Assistant Secretary of State for European and Eurasian Affairs"; Britain's too)
		side = "west"
	case m&tmWestern != 0:
		side = "west"
	}
	// "leader of the Belarusian democratic opposition": Minsk's and
	// Moscow's opponents take the other side
	if side == "russia" && m&tmOpposition != 0 && m&tmChina == 0 {
		side = "west"
	}
	if m&tmIndependent != 0 {
		return "", side
	}
	return side, ""
}

// The marks of the words sideFromTitle looks for in a title.
const (
	tmTopic   = 1 << iota // a word that a topic name has
	tmWho                 // " who "
	tmPosting             // a word of a diplomat's posting
	tmRussia              // Russia's side
	tmChina               // China (not Beijing)
	tmBeijing
	tmUkraine
	tmUS          // the United States and NATO
	tmOpposition  // "opposition"
	tmWestern     // westernStates
	tmIndependent // independentTitles
)

// titleMarks finds the words of sideFromTitle in a title.
var titleMarks = newMarkSet(map[uint64][]string{
	tmTopic:       {"russia", "eurasia", "ukraine"},
	tmWho:         {" who "},
	tmPosting:     {"embass", "ambassador", "envoy", "consul", "counsel"},
	tmRussia:      {"russia", "kremlin", "moscow", "belarus", "duma", "federation council"},
	tmChina:       {"china", "chinese"},
	tmBeijing:     {"beijing"},
	tmUkraine:     {"ukrain", "kyiv", "kiev", "verkhovna rada", " rada"},
	tmUS:          {"nato", "u.s.", " us ", "american", "state department", "pentagon", "white house", "secretary of state"},
	tmOpposition:  {"opposition"},
	tmWestern:     westernStates,
	tmIndependent: independentTitles,
})

// markSet finds which of a list of strings of two or more bytes a text
// contains, reading the text once: only where two bytes start one of them
// does it compare. Each string has marks (bits); scan returns the marks of
// those the text contains.
type markSet struct {
	slot  [1 << 16]uint8 // by the first two bytes of a string: 1 + its index in lists, or 0
	lists [][]markWord   // the strings of the same first two bytes
}

type markWord struct {
	w     string
	marks uint64
}

func newMarkSet(words map[uint64][]string) *markSet {
	marks := map[string]uint64{}
	var order []string
	for m, list := range words {
		for _, w := range list {
			if len(w) < 2 {
				panic("markSet: " + w + " is shorter than two bytes")
			}
			if marks[w] == 0 {
				order = append(order, w)
			}
			marks[w] |= m
		}
	}
	slices.Sort(order) // (map order is random: the lists are made the same way each time)
	s := &markSet{}
	for _, w := range order {
		k := uint16(w[0])<<8 | uint16(w[1])
		if s.slot[k] == 0 {
			if len(s.lists) == 255 {
				panic("markSet: too many first pairs of bytes")
			}
			s.lists = append(s.lists, nil)
			s.slot[k] = uint8(len(s.lists))
		}
		j := s.slot[k] - 1
		s.lists[j] = append(s.lists[j], markWord{w, marks[w]})
	}
	return s
}

// scan returns the marks of the strings t contains.
func (s *markSet) scan(t string) uint64 {
	var m uint64
	for i := 0; i+1 < len(t); i++ {
		j := s.slot[uint16(t[i])<<8|uint16(t[i+1])]
		if j == 0 {
			continue
		}
		for _, w := range s.lists[j-1] {
			if w.marks&^m != 0 && strings.HasPrefix(t[i:], w.w) {
				m |= w.marks
			}
		}
	}
	return m
}

// topicNames name a field of study rather than an allegiance.
var topicNames = []string{"russia and eurasia", "russia-eurasia", "russia programme", "russia program", "eurasia programme",
	"eurasia program", "russian studies", "russia studies", "expert on russia", "specialist on russia", "on russia", "russia analyst", "russia expert", "ukraine analyst"}

// postings name the country a diplomat is posted to.
var postings = []string{" in moscow", " to moscow", " to russia", " in russia", " to the russian federation",
	" in kyiv", " to kyiv", " in kiev", " to kiev", " to ukraine", " in ukraine", " in washington", " to washington",
	" to the united states", " to the us ", " to the u.s.", " in brussels", " to nato"}

// westernStates are words of titles that make an official a speaker of the
// West (NATO and EU members: "Chancellor of Germany", "French President";
// Georgia and Moldova, whose choice of alliances the demands are about).
var westernStates = []string{"german", "france", "french", "britain", "british", "united kingdom", " uk ",
	"poland", "polish", "ital", "canad", "spain", "spanish", "netherlands", "dutch", "belgi", "denmark", "danish",
	"norw", "swed", "finland", "finnish", "lithuania", "latvia", "estonia", "romania", "bulgaria", "czech",
	"slovak", "hungar", "turkey", "turkish", "greece", "greek", "cyprus", "cypriot", "luxembourg", "sloven", "croat", "malta", "maltese", "iceland", "portug", " eu ", "european union", "european commission",
	"georgia", "moldova", "japan", "japanese", "australia", "austria", "ireland", "irish", "swiss", "switzerland", "new zealand", "south korea", "chatham house", "carnegie endowment", "brookings", "rand corporation", "atlantic council",
	"council on foreign relations", "in washington", "washington-based", "in london", "london-based", "in brussels", "in berlin"}

// independentTitles mark people who speak for themselves, not a government.
var independentTitles = []string{"analyst", "expert", "scientist", "scholar", "professor", "researcher", "investigator", "writer",
	"commentator", "columnist", "fellow", "think tank", "think-tank", "affairs council", "institute", "school of",
	"council on foreign", "analysis firm", "consultancy", "corporation", "scientist", "founder", "partner",
	"university", "observer", "journalist", "editor", "center", "centre", "foundation", "club"}

var pronouns = map[string]string{"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "it": "n", "they": "n"}

// pronounGender is pronouns[l], without hashing l for the pronouns a
// paragraph has most.
func pronounGender(l string) string {
	switch l {
	case "he", "him", "his":
		return "m"
	case "she", "her":
		return "f"
	case "it", "they":
		return "n"
	}
	return pronouns[l]
}

// appendMentions appends the mentions of one paragraph's tokens to all.
// Offsets are relative to the line ln holds.
func (ae *articleEntities) appendMentions(all []mention, ln *lineRunes, toks []token, quotes []quoteSpan) []mention {
	lex := ae.lex
	base := len(all) // (the paragraph's mentions are appended to all in place)
	// a headline in title case ("Croatian President's NATO Remarks Spark
	// Row as US Sends …") capitalises words that are no names
	// (whether the line is in title case is read once a name asks)
	titleCase, titleRead := false, false
	for i := 0; i < len(toks); {
		// (a loop of its own over the words that start no mention, the most)
		// (a mark's Info is wSeen: it is passed too)
		for i < len(toks) && mentionless(&toks[i]) {
			i++
		}
		if i == len(toks) {
			break
		}
		t := &toks[i]
		var e *nameEntry
		n := 0
		if lex.infoOf(t)&wNameStart != 0 {
			e, n = lex.matchName(toks[i:])
			// "the Ministry of Foreign Affairs of Ukraine": a longer name
			// that starts on the next word wins over "the ministry"
			if e != nil && n >= 2 && t.Lower == "the" && lex.infoOf(&toks[i+1])&wNameStart != 0 {
				if e2, n2 := lex.matchName(toks[i+1:]); e2 != nil && 1+n2 > n {
					i++
					continue
				}
			}
		}
		// "the U.S. deputy secretary of state", "the Russian deputy foreign
		// minister": a role noun with the country it serves
		if (e == nil || e.kind == kindActor) && t.Lower == "the" {
			if r, end := lex.roleWithActor(toks, i); r != nil {
				all = append(all, mention{T0: i, T1: end, Start: t.Start, End: toks[end-1].End, Kind: mRole, Role: r})
				i = end
				continue
			}
		}
		if e != nil {
			m := mention{T0: i, T1: i + n, Start: t.Start, End: toks[i+n-1].End}
			switch e.kind {
			case kindPerson:
				m.Kind, m.Ent = mPerson, ae.entry(e)
				m.TitleRun = i - titleRun(lex, toks, i)
			case kindActor:
				m.Kind, m.Ent = mActor, ae.entry(e)
				// "Russia's Deputy Foreign Minister X": part of a title
			case kindRole:
				m.Kind, m.Role = mRole, e.role
			}
			// a longer unknown name wins over a surname alias ("Andrei
			// Price"), unless its given name is a transliteration of the
			// known person's ("Serhiy Lavrov": the same initial)
			if m.Kind == mPerson && n == 1 && i > 0 && toks[i-1].Cap && toks[i-1].Word && lex.infoOf(&toks[i-1])&wFirst != 0 &&
				!sameInitial(toks[i-1].Text, m.Ent.Name) {
				i++
				continue
			}
			all = append(all, m)
			i += n
			continue
		}
		// "He Jianmin, a professor at …": the Chinese surname He before a
		// capitalised given name and a title in apposition
		if t.Text == "He" && i+2 < len(toks) && toks[i+1].Cap && toks[i+1].Word && toks[i+2].Text == "," && !isWordOf(&toks[i+1], wPronoun, pronouns) {
			if title := apposition(lex, ln, toks, i+2); title != "" {
				if e := ae.unknownOf(ln.sub(t.Start, toks[i+1].End), title, "", true); e != nil {
					all = append(all, mention{T0: i, T1: i + 2, Start: t.Start, End: toks[i+1].End, Kind: mPerson, Ent: e})
					i += 2
					continue
				}
			}
		}
		if isWordOf(&toks[i], wPronoun, pronouns) {
			g := pronounGender(t.Lower)
			m := mention{T0: i, T1: i + 1, Start: t.Start, End: t.End, Kind: mPronoun, Gender: g}
			// '…," He told the Global Times': a capital "He" inside a
			// sentence may be the Chinese surname (see resolve)
			if t.Text == "He" && i > 1 && (toks[i-1].Text == "," || isDoubleQuoteText(toks[i-1].Text) && toks[i-2].Text == ",") {
				m.Text = t.Text
			}
			all = append(all, m)
			i++
			continue
		}
		// ("the officials said": anonymous like "a senior official", not the
		// last person named)
		if anonStart(toks[i:]) {
			if n, ok := anonOfficial(lex, toks[i:]); ok {
				all = append(all, mention{T0: i, T1: i + n, Start: t.Start, End: toks[i+n-1].End, Kind: mAnon})
				i += n
				continue
			}
		}
		// "the university named after Immanuel Kant": a name, not a speaker
		// (capName reads no name at a lower-case word)
		if t.Cap && i >= 2 && (toks[i-1].Lower == "after" || toks[i-1].Lower == "for") && toks[i-2].Lower == "named" {
			if n, ok := capName(lex, toks[i:]); ok {
				i += n
				continue
			}
		}
		// "Dr Catriona Weld", "Sir Nigel Ashcombe": an honorific is not part of the name
		if t.Cap && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Word && isHonorific(t.Text) {
			i++
			continue
		}
		if t.Cap && lex.infoOf(t)&(wTitle|wQual) == 0 {
			// "S.V. Lavrov", "V.V. Putin": initials before a surname the
			// gazetteer knows are that person's
			if k := initialsEnd(toks, i); k > i && k < len(toks) {
				if e, n := lex.matchName(toks[k:]); e != nil && e.kind == kindPerson && n == 1 && strings.HasPrefix(ae.lex.people[e.id].Name, t.Text) {
					all = append(all, mention{T0: i, T1: k + 1, Start: t.Start, End: toks[k].End, Kind: mPerson, Ent: ae.entry(e)})
					i = k + 1
					continue
				}
			}
			// "John F. Kirby": the known person's given name, a middle
			// initial, and the surname the gazetteer knows
			if lex.infoOf(t)&wFirst != 0 && i+3 < len(toks) {
				if k := initialsEnd(toks, i+1); k > i+1 && k < len(toks) {
					if e, n := lex.matchName(toks[k:]); e != nil && e.kind == kindPerson && n == 1 && strings.HasPrefix(ae.lex.people[e.id].Name, t.Text+" ") {
						all = append(all, mention{T0: i, T1: k + 1, Start: t.Start, End: toks[k].End, Kind: mPerson, Ent: ae.entry(e)})
						i = k + 1
						continue
					}
				}
			}
			if n, ok := capName(lex, toks[i:]); ok {
				// ("The leading researcher of IMEMO RAN Arkady
				// Zhemchuzhnikov": the acronyms before a name in title case
				// are its institution's)
				if i+n+1 < len(toks) && titleCaseWord(&toks[i+n]) && titleCaseWord(&toks[i+n+1]) && acronymsOnly(toks[i:i+n]) {
					i += n
					continue
				}
				name := ln.sub(t.Start, toks[i+n-1].End)
				titleStart := titleRun(lex, toks, i)
				title := ""
				if titleStart < i {
					title = strings.TrimSpace(ln.sub(toks[titleStart].Start, toks[i-1].End))
				}
				if title == "" {
					title = apposition(lex, ln, toks, i+n)
				}
				if title == "" {
					title = titleBeforeComma(lex, ln, toks, i, i+n)
				}
				sur := ae.surnames[toks[i+n-1].Text]
				// ("Ferrand-Akers said": the double-barrelled surname of
				// someone named in full before)
				if n == 3 && toks[i+1].Text == "-" {
					if e := ae.surnames[name]; e != nil && e.Name != name {
						all = append(all, mention{T0: i, T1: i + n, Start: t.Start, End: toks[i+n-1].End, Kind: mPerson, Ent: e})
						i += n
						continue
					}
				}
				if e := sur; e != nil && n == 1 {
					all = append(all, mention{T0: i, T1: i + 1, Start: t.Start, End: t.End, Kind: mPerson, Ent: e})
					i++
					continue
				}
				// "Mac Giolla Rua said": the surname of several words of
				// someone named in full ("Ciarán Mac Giolla Rua")
				if e := sur; e != nil && n > 1 && strings.HasSuffix(e.Name, " "+name) && e.Name != name {
					all = append(all, mention{T0: i, T1: i + n, Start: t.Start, End: toks[i+n-1].End, Kind: mPerson, Ent: e})
					i += n
					continue
				}
				fi := lex.infoOf(t)
				// ("…,” says Mikko Rantanen, who …": a name right after an
				// inverted speech verb is a person's, first name known or not)
				if n >= 2 && fi&wFirst == 0 && !titleRead {
					titleCase, titleRead = titleCased(toks), true
				}
				if n >= 2 && (fi&wFirst != 0 || addressedAt(toks, i) && spaced(toks[i:i+n]) || !titleCase && (title != "" || afterInvertedVerb(lex, toks, i) || attributionAfterQuote(lex, toks, i, i+n) || whoFollows(toks, i+n)) ||
					partyTag(toks, i+n)) && !hasOrgWord(toks[i:i+n]) && // (a list of members with their parties looks title-cased: "Present: … Thijs van Oordeveld (VVD), Ruben Straatsma (SP)")
					!(i >= 2 && (toks[i-1].Lower == "of" || toks[i-1].Lower == "for") && orgWords[toks[i-2].Text]) && // ("the Institute of World Economy", "Institute for Strategic Dialogue")
					!(n == 2 && patronymic(toks[i+1].Lower) && ae.givenName(toks[i].Text)) {
					gender := ""
					if fi&wFirst != 0 {
						gender = "m"
						if fi&wFemale != 0 {
							gender = "f"
						}
					}
					// ("a correspondent of Ukrainska Pravda": an outlet, no person)
					if _, outlet := lex.publisher(name); outlet {
						i += n
						continue
					}
					e := ae.unknownOf(name, title, gender, true)
					if e != nil {
						all = append(all, mention{T0: i, T1: i + n, Start: t.Start, End: toks[i+n-1].End, Kind: mPerson, Ent: e, TitleRun: i - titleStart})
						i += n
						continue
					}
				}
				i += n
				continue
			}
		}
		i++
	}
	// a role noun that is the title of the name after it ("The Secretary
	// General of NATO Jens Stoltenberg") is not a mention of its own
	// (filtered in place: a mention is moved only once one before it is dropped)
	out := all[base:]
	kept := 0
	for k := range out {
		if m := &out[k]; m.Kind == mRole && m.Role.Kind == "person" {
			// ("the deputy chairman of the Security Council of Russia Dmitry
			// Medvedev": up to eight title words between them)
			n := k + 1
			for n < len(out) && (out[n].Kind == mActor || out[n].Kind == mRole) && out[n].T0-m.T1 <= 8 { // ("The deputy of the minister Sergei Ryabkov")
				n++
			}
			if n < len(out) && out[n].Kind == mPerson && out[n].T0-m.T1 <= 9 && titleBetween(lex, toks, m.T1, out[n].T0) {
				continue
			}
		}
		if kept != k {
			out[kept] = out[k]
		}
		kept++
	}
	out = out[:kept]
	for k := range out {
		out[k].Text = ln.sub(out[k].Start, out[k].End)
		for _, q := range quotes {
			if out[k].Start >= q.Start && out[k].End <= q.End {
				out[k].InQuote = true
			}
		}
		if out[k].Kind == mPerson && out[k].TitleRun == 0 {
			out[k].TitleRun = out[k].T0 - titleRun(lex, toks, out[k].T0)
		}
		if m := &out[k]; m.Kind == mPerson && m.TitleRun > 0 && m.Ent != nil && len(m.Ent.Styled) < 200 {
			// one string, not one a word
			run := toks[m.T0-m.TitleRun : m.T0]
			n := len(m.Ent.Styled)
			for _, t := range run {
				n += 1 + len(t.Lower)
			}
			var b strings.Builder
			b.Grow(n)
			b.WriteString(m.Ent.Styled)
			for _, t := range run {
				b.WriteByte(' ')
				b.WriteString(t.Lower)
			}
			m.Ent.Styled = b.String()
		}
	}
	return all[:base+len(out)]
}

// mentionless reports whether an annotated token can start no mention in
// appendMentions: a mark, or a word in lower case ("He" and every rule
// after the pronouns want a capital) that starts no name, is no pronoun
// and opens no anonymous official. Most tokens are such: they skip the
// rules. (One test of the Info, where wCapital is the token's Cap.)
func mentionless(t *token) bool {
	return t.Info&(wSeen|wCapital|wNameStart|wPronoun|wAnonOpen) == wSeen
}

// afterInvertedVerb reports whether toks[i] follows "said"/"says" that
// follows a closing quotation mark or a comma ("…,” says X", "…, said X").
func afterInvertedVerb(lex *Lexicon, toks []token, i int) bool {
	if i > 0 && isHonorific(toks[i-1].Text) {
		i-- // "says Dr Catriona Weld"
	}
	if i < 2 {
		return false
	}
	// ("…,” argues Eleni Marangou of …": any speech verb of the lexicon)
	if lex.infoOf(&toks[i-1])&wVerb == 0 {
		return false
	}
	p := toks[i-2].Text
	return p == "," || p == "\"" || p == "'"
}

// titleCased reports whether a line of six words or more capitalises
// four in five of them, as headlines in title case do.
func titleCased(toks []token) bool {
	// (a headline's short function words stay in lower case: "Remarks by
	// President Biden Before Meeting with His Cabinet"; a line of commas is
	// a list or a biography, "Ilana Brandt, Senior Fellow - Foreign Policy,
	// Center on the United States and Europe", not a headline)
	headline := true
	for i := range toks {
		if toks[i].Text == "," || toks[i].Text == ";" {
			headline = false
			break
		}
	}
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Word && !(headline && !toks[i].Cap && headlineLower[toks[i].Lower]) {
			words++
			if toks[i].Cap {
				caps++
			}
		}
	}
	return words >= 6 && caps*5 >= words*4
}

// headlineLower are the short words a title-case headline leaves in lower
// case.
var headlineLower = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true, "by": true, "with": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "as": true, "vs": true, "into": true, "over": true}

// attributionAfterQuote reports whether the name toks[i:j] attributes the
// quotation that closes before it: "“…,” Dainius Žemaitis said" — a
// person's name, first name known or not.
func attributionAfterQuote(lex *Lexicon, toks []token, i, j int) bool {
	if i > 0 && isHonorific(toks[i-1].Text) {
		i--
	}
	if i < 1 || j >= len(toks) || !isQuoteMark(toks[i-1].Text) && !(i >= 2 && toks[i-1].Text == "," && isQuoteMark(toks[i-2].Text)) {
		return false
	}
	if _, ok := lex.Verbs[toks[j].Lower]; ok {
		return true
	}
	// "…,” Uladzimir Marozau of the Vilnius-based Belarus Security Monitor
	// told Belsat": the name, where the person works, the verb
	if l := toks[j].Lower; l == "of" || l == "at" || l == "from" {
		for k := j + 1; k < len(toks) && k <= j+12; k++ {
			if !toks[k].Word && toks[k].Text != "-" && toks[k].Text != "'" {
				return false
			}
			if _, ok := lex.Verbs[toks[k].Lower]; ok && !toks[k].Cap {
				return true
			}
		}
	}
	return false
}

// sameInitial reports whether a given name starts with the two letters
// the full name does (a transliteration: Serhiy and Sergei, Dmytro and
// Dmitry; not John and Jake).
func sameInitial(given, full string) bool {
	for k := 0; k < 2; k++ {
		g, gn := utf8.DecodeRuneInString(given)
		f, fn := utf8.DecodeRuneInString(full)
		if g == utf8.RuneError || unicode.ToLower(g) != unicode.ToLower(f) {
			return false
		}
		given, full = given[gn:], full[fn:]
	}
	return true
}

// pluralOfficials reports whether toks open with "the (…) officials",
// "the (…) diplomats" or "the (…) sources" within a few words.
func pluralOfficials(toks []token) bool {
	for n := 1; n < len(toks) && n < 6; n++ {
		switch toks[n].Lower {
		case "officials", "diplomats", "sources":
			return true
		}
		if !toks[n].Word {
			return false
		}
	}
	return false
}

// partyTag reports whether toks[i:] open with a party in parentheses, as
// Baltic and Nordic outlets tag politicians: "Marko Mihkelson (Reform)",
// "Jaanus Kriisa (EKRE)".
func partyTag(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].Text != "(" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].Text == ")" {
			return j > i+1
		}
		if !toks[j].Word || !toks[j].Cap {
			return false
		}
	}
	return false
}

// isHonorific reports whether a word is an honorific, which comes before a
// name without being part of it.
func isHonorific(w string) bool {
	switch w {
	case "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Prof", "Prof.", "Professor", "Baroness", "Baron":
		return true
	}
	return militaryRank(strings.TrimSuffix(w, "."))
}

// militaryRank reports whether w is an abbreviated rank before a name
// ("Gen Wayne Eyre", "Lt. Gen. Karen Whitlock"): no part of it. (A switch:
// a map's hash cost more, once for every capitalised word before another.)
func militaryRank(w string) bool {
	switch w {
	case "Gen", "Lt", "LGen", "MGen", "BGen", "Col", "Maj", "Adm", "VAdm", "RAdm", "Brig", "Capt", "Cmdr", "Cdr", "Sgt":
		return true
	}
	return false
}

// anonStart reports whether toks[0] may start an anonymous official ("a
// senior official", "the officials said").
func anonStart(toks []token) bool {
	switch toks[0].Lower {
	case "a", "an", "one", "another":
		return true
	case "the":
		return pluralOfficials(toks)
	}
	return false
}

// capName reads a capitalised name at toks[0]: up to four capitalised words,
// with initials ("A.") and particles inside. It returns the token count.
// hyphenSuffixes make a compound of a capitalised word, not a given name
// ("Kremlin-backed", "Russia-led").
var hyphenSuffixes = map[string]bool{"led": true, "based": true, "born": true, "backed": true, "run": true, "held": true,
	"owned": true, "made": true, "style": true, "wide": true, "era": true, "like": true, "type": true, "bound": true,
	"free": true, "linked": true, "level": true, "area": true, "zone": true, "day": true, "week": true, "year": true}

func capName(lex *Lexicon, toks []token) (int, bool) {
	n := 0
	words := 0
	for n < len(toks) && words < 5 {
		t := &toks[n]
		if n > 0 && lex.infoOf(t)&(wTitle|wQual) != 0 {
			break
		}
		if n > 0 && words > 0 {
			// a known person or a given name starts a name of its own
			// (but a given name and a known surname, "John Sullivan" beside
			// Jake Sullivan, are one name)
			if e, k := lex.matchName(toks[n:]); e != nil && e.kind == kindPerson &&
				!(k == 1 && words == 1 && lex.infoOf(&toks[0])&wFirst != 0 && !sameInitial(toks[0].Text, lex.people[e.id].Name)) {
				break
			}
			if lex.infoOf(t)&wFirst != 0 && lex.infoOf(&toks[0])&wFirst == 0 {
				break
			}
		}
		switch {
		case t.Word && t.Cap && len(t.Text) == 1 && n+1 < len(toks) && toks[n+1].Text == ".":
			n += 2 // an initial
			continue
		case t.Word && t.Cap && !stopCap(t.Text):
			n++
			words++
			// "Thomas-Greenfield", not "WASHINGTON - The"
			if n+1 < len(toks) && toks[n].Text == "-" && toks[n+1].Cap && toks[n].Start == toks[n-1].End && toks[n+1].Start == toks[n].End {
				n += 2
			}
			// a Korean given name of two syllables after the family name,
			// the second in lower case ("Yoon Seo-jin", "Lim Soo-kyung"),
			// not "Kremlin-backed"
			if words >= 2 && n+1 < len(toks) && toks[n].Text == "-" && toks[n+1].Word && !toks[n+1].Cap && toks[n].Start == toks[n-1].End && toks[n+1].Start == toks[n].End &&
				len(toks[n+1].Text) >= 2 && len(toks[n+1].Text) <= 5 && !hyphenSuffixes[toks[n+1].Lower] {
				n += 2
			}
			continue
		case t.Word && words > 0 && (t.Text == "von" || t.Text == "der" || t.Text == "de" || t.Text == "van" || t.Text == "al") && n+1 < len(toks) && toks[n+1].Cap:
			n++
			continue
		}
		break
	}
	if words == 0 {
		return 0, false
	}
	// an initial at the end is not part of the name
	for n > 0 && toks[n-1].Text == "." {
		n -= 2
	}
	return n, n > 0
}

// acronymsOnly reports whether toks are all words in capitals of two
// letters or more ("IMEMO RAN").
func acronymsOnly(toks []token) bool {
	for i := range toks {
		if t := &toks[i]; !t.Word || len(t.Text) < 2 || !inCapitals(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// titleCaseWord reports whether t is a word capitalised but not in capitals.
func titleCaseWord(t *token) bool { return t.Word && t.Cap && !inCapitals(t.Text) }

// orgWords mark a capitalised name as an institution, not a person.
var orgWords = map[string]bool{
	"Center": true, "Centre": true, "Institute": true, "University": true, "Council": true, "Club": true,
	"Ministry": true, "Agency": true, "Committee": true, "Foundation": true, "Fund": true, "Bank": true,
	"Party": true, "Times": true, "News": true, "Press": true, "Post": true, "Journal": true, "Service": true,
	"Office": true, "Department": true, "Commission": true, "Parliament": true, "Duma": true, "Assembly": true,
	"Forum": true, "School": true, "Academy": true, "College": true, "Group": true, "Organization": true, "Organisation": true,
	"Treaty": true, "Act": true, "Year": true, "Eve": true, "Declaration": true, "Summit": true, "Union": true, "Alliance": true,
	"Forces": true, "Nuclear": true,
}

func hasOrgWord(toks []token) bool {
	for _, t := range toks {
		if orgWords[t.Text] {
			return true
		}
	}
	return false
}

// stopCap reports whether w is a capitalised word that never starts or
// continues a person's name (a switch: a map's hash cost more, once for
// every capitalised word).
func stopCap(w string) bool {
	switch w {
	case "The", "A", "An", "In", "On", "At", "But", "And",
		"He", "She", "It", "They", "We", "I", "This", "That",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
		"Sunday", "January", "February", "March", "April", "June",
		"July", "August", "September", "October", "November", "December",
		"Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Secretary",
		"Deputy", "Foreign", "Prime", "General", "Spokesman", "Ambassador",
		"According", "Speaking", "Meanwhile", "However", "Moreover", "Net":
		return true
	}
	return false
}

// titleRun returns where the title words before toks[i] begin (i when there are none).
func titleRun(lex *Lexicon, toks []token, i int) int {
	j := i
	hasTitle := false
	for j > 0 {
		t := &toks[j-1]
		if t.Text == "-" || t.Text == "'" || t.Text == "s" && j > 1 && toks[j-2].Text == "'" {
			j--
			continue
		}
		if !t.Word {
			break
		}
		// "German Chancellor Olaf Scholz and US President Joe Biden": a
		// name before "and" ends the title of the second
		if t.Lower == "and" && j > 1 && toks[j-2].Cap && lex.infoOf(&toks[j-2])&(wTitle|wQual) == 0 && !isActorWord(lex, &toks[j-2]) {
			break
		}
		if lex.infoOf(t)&wTitle != 0 {
			hasTitle = true
			j--
			continue
		}
		if lex.infoOf(t)&wQual != 0 || isActorWord(lex, t) {
			j--
			continue
		}
		if t.Cap && i-j < 10 && titleWordBefore(lex, toks, j-1, 10) {
			j-- // "director of the Carnegie Moscow Center Dmitry Trenin"
			continue
		}
		// "The permanent representative of Ukraine at the international
		// organizations in Vienna Yevhenii Tsymbaliuk"
		if isWordOf(t, wTitlePlace, titlePlaceWords) && i-j < 14 && titleWordBefore(lex, toks, j-1, 10) {
			j--
			continue
		}
		break
	}
	if !hasTitle {
		return i
	}
	for j < i && (!toks[j].Word || lex.infoOf(&toks[j])&wQual != 0 && lex.infoOf(&toks[j])&wTitle == 0 && (toks[j].Lower == "the" || toks[j].Lower == "of" || toks[j].Lower == "and" || toks[j].Lower == "for" || toks[j].Lower == "to")) {
		j++
	}
	return j
}

// titlePlaceWords may stand inside a long title, between its title word
// and the name: where the post is.
var titlePlaceWords = map[string]bool{"in": true, "at": true, "organizations": true, "organisations": true, "institutions": true}

// titleBetween reports whether toks[i:j] could be the rest of a title:
// title and qualifier words, capitalised words, "of", "the", "and".
func titleBetween(lex *Lexicon, toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		t := &toks[k]
		if !t.Word {
			// "the US secretary of state, James Baker": an apposition
			if t.Text == "'" || t.Text == "’" || t.Text == "-" || t.Text == "," && k == j-1 || isQuoteMark(t.Text) {
				continue // (an institution's name in quotes: «Dnipro Policy Lab»)
			}
			return false
		}
		if t.Cap || lex.infoOf(t)&(wTitle|wQual) != 0 || institutionWords[t.Lower] {
			continue
		}
		switch t.Lower {
		case "of", "the", "and", "for", "s", "at", "to", "in": // "the ambassador of the USA at the OSCE"
			continue
		}
		return false
	}
	return true
}

// initialsEnd returns the index after a run of initials at toks[i] ("S",
// ".", "V", "."), or i when there is none.
func initialsEnd(toks []token, i int) int {
	k := i
	for k+1 < len(toks) && len(toks[k].Text) == 1 && toks[k].Cap && toks[k+1].Text == "." {
		k += 2
	}
	return k
}

// whoFollows reports whether ", who" follows toks[j-1]: what it names is a
// person ("Harriet Colquhoun, who follows Russian arms-control policy …").
func whoFollows(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Lower == "who"
}

// institutionWords describe where someone works in a title ("the director
// of the analytical center «Dnipro Policy Lab»").
var institutionWords = map[string]bool{"center": true, "centre": true, "institute": true, "think": true, "tank": true,
	"university": true, "analytical": true, "research": true, "studies": true, "policy": true, "foundation": true, "fund": true}

// titleWordBefore reports whether a title word occurs in toks[i-n+1 : i+1].
func titleWordBefore(lex *Lexicon, toks []token, i, n int) bool {
	for k := i; k >= 0 && k > i-n; k-- {
		if lex.infoOf(&toks[k])&wTitle != 0 {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// roleWithActor matches a role noun whose "the" is followed by the
// country or organisation the person serves ("the U.S. deputy secretary of
// state" is "the deputy secretary of state", "the Russian deputy foreign
// minister" "the deputy foreign minister"): the role and the end of its
// tokens from toks[i], "the", or nil.
func (lex *Lexicon) roleWithActor(toks []token, i int) (*Role, int) {
	// (a country's name or people is capitalised: most "the" are not
	// followed by one)
	if i+2 >= len(toks) || !toks[i+1].Cap {
		return nil, 0
	}
	from := i + 1
	for skip := 0; skip < 2; skip++ {
		// the next word of the country: a qualifier ("Russian", "U.S.")
		// or a name ("NATO")
		if from >= len(toks) {
			return nil, 0
		}
		if a, k := lex.matchName(toks[from:]); a != nil && a.kind == kindActor && k <= 4 {
			from += k
		} else if lex.infoOf(&toks[from])&wQual != 0 && isNationality(lex, &toks[from]) {
			from++
			for from < len(toks) && toks[from].Text == "." {
				from++ // "U.S."
			}
		} else {
			return nil, 0
		}
		// "the" and up to seven tokens after the country
		// (a person: "the US document" is the United States' own)
		if r, m := lex.matchNameAfter(&toks[i], toks[from:min(from+7, len(toks))]); r != nil && r.kind == kindRole && r.role.Kind == "person" && m >= 2 {
			// the country narrows the role to its people ("the Kremlin
			// representative" is no American envoy)
			end := from + m - 1
			words := make([]string, 0, end-i)
			for k := i; k < end; k++ {
				if toks[k].Word {
					words = append(words, toks[k].Text)
				}
			}
			nr := *r.role
			nr.Phrase = strings.Join(words, " ")
			nr.ref = newRoleRef(nr.Phrase)
			if nr.ref.side == "" && nr.ref.country == nil {
				if a, _ := lex.matchName(toks[i+1:]); a != nil && a.kind == kindActor {
					if act, ok := lex.Actor(a.id); ok {
						nr.ref.side = act.Side
					}
				}
			}
			return &nr, end
		}
	}
	return nil, 0
}

// matchNameAfter is matchName of first followed by rest, a phrase with
// words left out between them, without copying the tokens.
func (lex *Lexicon) matchNameAfter(first *token, rest []token) (*nameEntry, int) {
	if first.Info&wSeen == 0 || !lex.nameFast {
		var buf [8]token
		return lex.matchName(append(append(buf[:0], *first), rest...))
	}
	return matchFrom(first, rest)
}

// isNationality reports whether a qualifier names a country or its people
// ("Russian", "American", "US"), not a rank ("deputy", "foreign").
func isNationality(lex *Lexicon, t *token) bool {
	return t.Cap && !t.in(listTitleRank)
}

// lexTitleRank are qualifiers of rank or field, capitalised in titles.
var lexTitleRank = map[string]bool{"deputy": true, "foreign": true, "first": true, "vice": true, "prime": true,
	"defence": true, "defense": true, "chief": true, "senior": true, "former": true, "acting": true, "permanent": true,
	"top": true, "head": true, "assistant": true, "under": true, "general": true, "state": true, "national": true}

func isActorWord(lex *Lexicon, t *token) bool {
	if t.Info&(wSeen|wNameStart) == wSeen && lex.nameFast {
		return false // (matchName's own first test, without copying the token)
	}
	e, n := lex.matchName([]token{*t})
	return n == 1 && e.kind == kindActor
}

// apposition reads ", an expert," or ", the head of …," after a name and
// returns the title it gives, or "".
func apposition(lex *Lexicon, ln *lineRunes, toks []token, i int) string {
	if i+2 >= len(toks) || toks[i].Text != "," {
		return ""
	}
	j := i + 1
	switch toks[j].Lower {
	case "a", "an", "the":
		j++
	}
	k := j
	hasTitle := false
	// ", who heads the Council on Foreign and Defence Policy,": "head of
	// the Council …"
	lead := ""
	if toks[j].Lower == "who" && j+2 < len(toks) && leadVerbs[toks[j+1].Lower] != "" {
		lead = leadVerbs[toks[j+1].Lower]
		j += 2
		k, hasTitle = j, true
	}
	// (up to 32 words: ", a senior analyst at the Vilnius-based Baltic
	// Defence Analysis Group and a former adviser at Lithuania’s Ministry of
	// National Defence.")
	for k < len(toks) && k < j+32 && toks[k].Text != "," && toks[k].Text != "." {
		// ("Question [Sabine Kerrigan, Reuters]: Secretary General, did …":
		// a label's colon ends the asker's name, no title follows)
		if toks[k].Text == ":" {
			return ""
		}
		if lex.infoOf(&toks[k])&wTitle != 0 {
			hasTitle = true
		}
		k++
	}
	// the apposition ends at a comma, or closes the sentence ("…, said
	// Tatiana Stanovaya, founder of the political analysis firm R.Politik.")
	// (or ends its sentence before another: "…, a senior lecturer at Monash
	// University who has followed the talks. This transcript …"; not the
	// full stop of an initial, "the U.S. ambassador")
	if !hasTitle || k >= len(toks) || k == j || toks[k].Text != "," && (toks[k].Text != "." || k+1 < len(toks) && toks[k+1].Word &&
		!(toks[k+1].Cap && len(toks[k+1].Text) > 1 && len(toks[k-1].Text) > 1)) {
		return ""
	}
	t := strings.TrimSpace(ln.sub(toks[j].Start, toks[k-1].End))
	if lead != "" {
		t = lead + " " + t
	}
	return t
}

// titleBeforeComma reads the title that opens a sentence before the name
// toks[i:j] in commas: "The director of the Tbilisi Institute for
// Euro-Atlantic Studies, Tamar Chkheidze, told Interpressnews …".
func titleBeforeComma(lex *Lexicon, ln *lineRunes, toks []token, i, j int) string {
	if i < 3 || toks[i-1].Text != "," || j >= len(toks) || toks[j].Text != "," {
		return ""
	}
	k := i - 2
	titled := false
	for ; k >= 0 && k >= i-16; k-- {
		t := &toks[k]
		if t.Text == "," || t.Text == "." || t.Text == ":" || t.Text == "\"" {
			return ""
		}
		if lex.infoOf(t)&wTitle != 0 {
			titled = true
		}
		if k == 0 || toks[k-1].Text == "." {
			break
		}
	}
	if k < 0 || !titled || k < i-16 {
		return ""
	}
	if toks[k].Lower != "the" && lex.infoOf(&toks[k])&(wTitle|wQual) == 0 {
		return ""
	}
	return strings.TrimSpace(ln.sub(toks[k].Start, toks[i-2].End))
}

// leadVerbs make a relative clause a title: "X, who heads …,".
var leadVerbs = map[string]string{"heads": "head of", "headed": "head of", "leads": "leader of", "led": "leader of",
	"chairs": "chair of", "chaired": "chair of", "runs": "head of", "directs": "director of", "founded": "founder of",
	"co-founded": "co-founder of"}

// anonOfficial reads "a senior official", "a senior State Department
// official", "a US official", "a Russian diplomat" at toks[0] (the article).
func anonOfficial(lex *Lexicon, toks []token) (int, bool) {
	for n := 1; n < len(toks) && n < 7; n++ {
		t := &toks[n]
		if !t.Word {
			if t.Text == "." || t.Text == "-" {
				continue
			}
			return 0, false
		}
		switch t.Lower {
		case "official", "officials", "diplomat", "source", "spokesman", "spokeswoman", "spokesperson":
			return n + 1, true
		}
		// "a senior U.S. official": an actor's name of several tokens
		if e, k := lex.matchName(toks[n:]); e != nil && e.kind == kindActor && k > 1 {
			n += k - 1
			continue
		}
		if !(lex.infoOf(t)&wQual != 0 || isActorWord(lex, t) || t.Lower == "administration" || t.Lower == "government" || t.Lower == "western" || t.Lower == "high-ranking") {
			return 0, false
		}
	}
	return 0, false
}

// isDoubleQuoteText reports whether a token is one double quotation mark.
func isDoubleQuoteText(s string) bool {
	r := []rune(s)
	return len(r) == 1 && isDoubleQuote(r[0])
}

// patronymic reports whether a word may be a Russian or Ukrainian
// patronymic: "Alexander Viktorovich", after Alexander Grushko was named,
// is how an interviewer addresses him, not another person (but Stanislav
// Shushkevich is a name).
func patronymic(w string) bool {
	for _, suf := range patronymicEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var patronymicEndings = []string{"ovich", "evich", "ovna", "evna", "ichna", "yovych", "ovych", "ivna"}

// givenName reports whether a person already named has the given name.
func (ae *articleEntities) givenName(first string) bool {
	for _, e := range ae.order {
		if e.Person && strings.HasPrefix(e.Name, first+" ") {
			return true
		}
	}
	return false
}

// addressedAt reports whether a form of address stands right before a
// given name at toks[i] ("Mr. Sorin-Mihai Tănase:", "Mrs Adela Bârzoi",
// "Dr Orysia Havryliuk-Bennett"):
// what follows is a person's name, given name known or not. Not a surname
// in capitals ("Ms ORTIZ LLAMAZARES", read from the full name given
// before) nor one that opens with a particle ("Mr Van Rijswijk").
func addressedAt(toks []token, i int) bool {
	if inCapitals(toks[i].Text) || nameParticles[toks[i].Lower] {
		return false
	}
	if i > 1 && toks[i-1].Text == "." {
		i--
	}
	return i > 0 && (addressTerm(toks[i-1].Text) || toks[i-1].Text == "Dr" || toks[i-1].Text == "Prof")
}

// spaced reports whether a run of tokens has a space inside it: a given
// name and a surname, not one double-barrelled surname ("Dr.
// Iyengar-Bose", the surname of someone named in full before).
func spaced(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].Start > toks[k-1].End {
			return true
		}
	}
	return false
}
