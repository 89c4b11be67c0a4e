package extract

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordInfo is what the lexicon knows about a word, looked up once per token
// (one map access) instead of once per question asked about it.
type wordInfo uint32

const (
	wSeen         wordInfo = 1 << iota // the token was annotated
	wVerb                              // a speech or attitude verb
	wHintSup                           // … whose stance hint is supports
	wHintRej                           // … whose stance hint is rejects
	wTitle                             // a title word ("spokesman")
	wQual                              // a qualifier inside titles ("deputy")
	wFirst                             // a given name
	wFemale                            // … of a woman
	wPublish                           // a publishing verb ("published")
	wNameStart                         // may start a gazetteer name
	wTermStart                         // may start a concept term
	wConcepts                          // Cs holds the concepts of the terms starting at the token
	wDocStart                          // may start a document name
	wPronoun                           // a key of pronouns
	wMonth                             // a key of months
	wWeekday                           // a key of weekdays
	wPrep                              // a key of prepositions
	wDate                              // a word of a date expression: a month, a weekday, "yesterday", "today", "tonight", "week"
	wNameWord                          // a key of some node of the gazetteer (lower-cased)
	wTermWord                          // a key of some node of the concept terms
	wAnonOpen                          // may open an anonymous official: a, an, one, another, the (anonStart)
	wSpeech                            // a key of speechVerbs
	wDeterminer                        // a key of determiners
	wTitlePlace                        // a key of titlePlaceWords
	wClauseOpener                      // a key of clauseOpeners
	wViewNoun                          // a key of viewNouns
	wSubjectCue                        // a word that starts one of the cues of subjectMention (subjectCues)
	wNumber                            // a word that starts with a digit
	wObjection                         // a key of objectionNouns
	wTold                              // "told", which closes an attribution whether the lexicon has it as a verb or not (tailSpeaker)
	wCapital                           // the token's Cap (of an annotated word), for mentionless to test one word
)

// wordList is one of the small fixed lists of words that the readers test
// tokens against in their loops ("Moscow also wants …", "Chair:", "the
// document states"). The key of every list has an entry in the word table
// with the list's bit (wordEntry.lists), so that a token's test (token.in)
// reads its entry rather than hashing its Lower for a map lookup. Only the
// lists that profiles found hot have one: the others stay maps alone.
type wordList uint8

const (
	listChairs wordList = iota
	listPresidents
	listAskers
	listSpeechKinds
	listDocNouns
	listDocVerbs
	listHypothetical
	listWantAux
	listPublishVerbs
	listWantVerbs
	listSideRaises
	listDemandNouns
	listDemandAdjectives
	listRussianSides
	listSubjectPronouns
	listSourceNouns
	listTitleRank
	numWordLists
)

// wordLists are the lists of the wordList bits, defined where they are read.
var wordLists = [numWordLists]map[string]bool{
	listChairs:           chairs,
	listPresidents:       presidents,
	listAskers:           askers,
	listSpeechKinds:      speechKinds,
	listDocNouns:         docNouns,
	listDocVerbs:         docVerbs,
	listHypothetical:     hypothetical,
	listWantAux:          wantAux,
	listPublishVerbs:     publishVerbs,
	listWantVerbs:        wantVerbs,
	listSideRaises:       sideRaises,
	listDemandNouns:      demandNouns,
	listDemandAdjectives: demandAdjectives,
	listRussianSides:     russianSides,
	listSubjectPronouns:  subjectPronouns,
	listSourceNouns:      sourceNouns,
	listTitleRank:        lexTitleRank,
}

// (wordEntry.lists has a bit for each list)
var _ [32 - numWordLists]struct{}

// in reports whether t's Lower is a key of the list l. An annotated token
// answers from its entry (a word without one is in no list: every key has
// an entry, and a mark is no key), others look in the map.
func (t *token) in(l wordList) bool {
	if t.Info&wSeen != 0 {
		return t.w != nil && t.w.lists&(1<<l) != 0
	}
	return wordLists[l][t.Lower]
}

// buildWordInfo fills lex.info from the loaded lexicon and rules.
func (lex *Lexicon) buildWordInfo() {
	info := map[string]wordInfo{}
	set := func(w string, f wordInfo) { info[lower(w)] |= f }
	for w, h := range lex.Verbs {
		set(w, wVerb)
		switch h {
		case "supports":
			set(w, wHintSup)
		case "rejects":
			set(w, wHintRej)
		}
	}
	for w := range lex.Titles {
		set(w, wTitle)
	}
	for w := range lex.Qualifiers {
		set(w, wQual)
	}
	for w, g := range lex.FirstNames {
		set(w, wFirst)
		if g == "f" {
			set(w, wFemale)
		}
	}
	for w := range publishing {
		set(w, wPublish)
	}
	for w := range lex.names.exact {
		set(w, wNameStart)
	}
	for w := range lex.names.fold {
		set(w, wNameStart)
	}
	for w := range lex.docs.exact {
		set(w, wNameStart|wDocStart)
	}
	for w := range lex.docs.fold {
		set(w, wNameStart|wDocStart)
	}
	// the small word lists are bits too: one lookup per token answers them
	for w := range pronouns {
		set(w, wPronoun)
	}
	for w := range months {
		set(w, wMonth)
	}
	for w := range weekdays {
		set(w, wWeekday)
	}
	for w := range prepositions {
		set(w, wPrep)
	}
	for _, l := range []struct {
		list map[string]bool
		f    wordInfo
	}{{speechVerbs, wSpeech}, {determiners, wDeterminer}, {titlePlaceWords, wTitlePlace}, {clauseOpeners, wClauseOpener}, {viewNouns, wViewNoun}, {objectionNouns, wObjection}} {
		for w := range l.list {
			set(w, l.f)
		}
	}
	for w := range months {
		set(w, wDate)
	}
	for w := range weekdays {
		set(w, wDate)
	}
	for _, w := range []string{"yesterday", "today", "tonight", "week"} {
		set(w, wDate)
	}
	for _, w := range []string{"a", "an", "one", "another", "the"} {
		set(w, wAnonOpen)
	}
	for _, w := range subjectCues {
		set(w, wSubjectCue)
	}
	set("told", wTold)
	t := lex.Rules.terms
	for w := range t.next {
		set(w, wTermStart)
	}
	// (termStart skips marks unless a term starts with one)
	for w := range t.next {
		lex.markTerms = lex.markTerms || !startsWord(w)
	}
	for k := range t.prefixes {
		lex.markTerms = lex.markTerms || !startsWord(k)
	}
	for k, ps := range t.prefixes {
		if i, ok := prefixIndex(k); ok {
			lex.prefixes3 = append(lex.prefixes3, ps)
			lex.prefix3[i] = uint16(len(lex.prefixes3))
		} else {
			lex.prefixOther = append(lex.prefixOther, k)
		}
	}
	// one entry per word: its info and its node below the root of the
	// concept terms, under exactly the keys the maps had
	lex.words = make(map[string]*wordEntry, len(info)+len(t.next))
	entry := func(w string) *wordEntry {
		e := lex.words[w]
		if e == nil {
			e = &wordEntry{key: w}
			lex.words[w] = e
		}
		return e
	}
	for w, f := range info {
		entry(w).info = f
	}
	// (before trieKids: a node lists the entries its keys have)
	for l, words := range wordLists {
		if words == nil {
			panic(fmt.Sprintf("extract: word list %d has no map", l))
		}
		for w := range words {
			if lower(w) != w || strings.ContainsFunc(w, func(r rune) bool { return !isWordRune(r) }) {
				panic(fmt.Sprintf("extract: %q of word list %d is no lower-case word", w, l))
			}
			entry(w).lists |= 1 << l
		}
	}
	for w, n := range t.next {
		entry(w).term = n
	}
	// the gazetteer's first step: an exact key is found by its lower-case
	// form and compared with the token's text, a folded key is the word
	lex.nameFast = true
	for k, n := range lex.names.exact {
		if strings.ContainsAny(k, "'’") || lower(k) != strings.ToLower(k) {
			lex.nameFast = false // "n't" is lower-cased to "not": keep to the maps
		}
		e := entry(lower(k))
		e.nameExact = append(e.nameExact, nameChild{k, n})
	}
	for k, n := range lex.names.fold {
		entry(k).nameFold = n
	}
	// every key below the roots, so that a word that is none stops a match
	// without a map lookup
	var names func(n *nameTrie)
	names = func(n *nameTrie) {
		for k, c := range n.exact {
			if strings.ContainsAny(k, "'’") {
				lex.nameFast = false
			}
			entry(lower(k)).info |= wNameWord
			names(c)
		}
		for k, c := range n.fold {
			entry(k).info |= wNameWord
			names(c)
		}
	}
	names(lex.names)
	// the documents' first step, the same way
	lex.docsFast = true
	var docs func(n *nameTrie)
	docs = func(n *nameTrie) {
		for k, c := range n.exact {
			if strings.ContainsAny(k, "'’") || lower(k) != strings.ToLower(k) {
				lex.docsFast = false
			}
			docs(c)
		}
		for _, c := range n.fold {
			docs(c)
		}
	}
	docs(lex.docs)
	for k, n := range lex.docs.exact {
		e := entry(lower(k)).edges()
		e.docExact = append(e.docExact, nameChild{k, n})
	}
	for k, n := range lex.docs.fold {
		entry(k).edges().docFold = n
	}
	var terms func(n *termTrie)
	terms = func(n *termTrie) {
		for k, c := range n.next {
			entry(k).info |= wTermWord
			terms(c)
		}
	}
	terms(t)
	lex.trieKids()
	// a word the lexicon knows carries its prefix terms in its info
	for w, e := range lex.words {
		e.info |= lex.prefixInfo(w)
	}
	// a word's own concepts, as matchTermsAt finds them for a token of it
	for w, e := range lex.words {
		one := []token{{Text: w, Lower: w, Word: true, w: e}}
		lex.matchTermsAtSlow(one, &e.termCs)
		e.termMore = e.term != nil && (e.term.next != nil || e.term.prefixes != nil)
		if e.term != nil {
			for k := range e.term.next {
				e.termNext |= keyBit(k)
			}
			e.termPre = e.term.prefixes != nil
		}
		e.termOK, e.termRoot = true, lex.Rules.terms
	}
	lex.wordTab = newWordTable(lex.words)
	// what only the building needed: the lexicon is marked by every
	// garbage collection
	lex.dropListedMaps()
	lex.words = nil
}

// dropListedMaps drops the maps of the trie nodes below the roots whose
// keys kids list (and the prefix maps of those that list them all): the
// lookups take the lists (termTrie.nextOf, prefixesOf, nameTrie.lookup).
func (lex *Lexicon) dropListedMaps() {
	var terms func(n *termTrie, root bool)
	terms = func(n *termTrie, root bool) {
		for _, c := range n.next {
			terms(c, false)
		}
		if root {
			return
		}
		if n.kidsOK {
			n.next = nil
		}
		if n.prefixAll != nil {
			n.prefixes = nil
		}
	}
	terms(lex.Rules.terms, true)
	var names func(n *nameTrie, root bool)
	names = func(n *nameTrie, root bool) {
		for _, c := range n.exact {
			names(c, false)
		}
		for _, c := range n.fold {
			names(c, false)
		}
		if !root && n.kidsOK {
			n.exact, n.fold = nil, nil
		}
	}
	names(lex.names, true)
	names(lex.docs, true)
}

// maxKids is the most keys a trie node lists in kids; a node with more
// keeps to its maps.
const maxKids = 8

// trieKids lists the keys of the trie nodes below the roots with their
// words' entries, so that a token finds its child by comparing entries
// instead of a map lookup (termTrie.child, nameTrie.child).
func (lex *Lexicon) trieKids() {
	var terms func(n *termTrie)
	terms = func(n *termTrie) {
		for _, c := range n.next {
			if len(c.next) <= maxKids {
				for k, cc := range c.next {
					c.kids = append(c.kids, termKid{key: k, e: lex.words[k], node: cc})
				}
				c.kidsOK = true
			} else {
				// too many keys to list: each word lists the node instead
				for k, cc := range c.next {
					if e := lex.words[k]; e != nil {
						e.edges().term = append(e.edges().term, termEdge{parent: c, node: cc})
					}
				}
				c.inverted = true
			}
			for _, ps := range c.prefixes {
				c.prefixAll = append(c.prefixAll, ps...)
			}
			terms(c)
		}
	}
	terms(lex.Rules.terms)
	var names func(n *nameTrie, invert bool)
	names = func(n *nameTrie, invert bool) {
		for _, c := range n.exact {
			nameKids(lex, c, invert)
			names(c, invert)
		}
		for _, c := range n.fold {
			nameKids(lex, c, invert)
			names(c, invert)
		}
	}
	if lex.nameFast {
		names(lex.names, true)
	}
	if lex.docsFast {
		names(lex.docs, false) // keys of documents may be no word's
	}
}

func nameKids(lex *Lexicon, n *nameTrie, invert bool) {
	if n.kidsOK || n.inverted {
		return
	}
	if len(n.exact)+len(n.fold) > maxKids {
		if !invert {
			return
		}
		// too many keys to list: each word lists the node instead
		for k, c := range n.exact {
			e := lex.words[lower(k)]
			e.edges().name = append(e.edges().name, nameEdge{parent: n, node: c, key: k})
		}
		for k, c := range n.fold {
			e := lex.words[k]
			e.edges().name = append(e.edges().name, nameEdge{parent: n, node: c, key: k, fold: true})
		}
		n.inverted = true
		return
	}
	for k, c := range n.exact {
		n.kids = append(n.kids, nameKid{key: k, e: lex.words[lower(k)], node: c})
	}
	for k, c := range n.fold {
		n.kids = append(n.kids, nameKid{key: k, e: lex.words[k], fold: true, node: c})
	}
	n.kidsOK = true
}

// wordTable is lex.words as an open-addressing hash table: a lookup per
// token is the extractor's most frequent operation. A word of up to 16
// bytes is read as two integers (wordKey), which hash it in a few
// instructions and compare it with a slot's without reading the slot's
// text. A slot holds its hash and length (tag), so that a probe reads one
// slot of 32 bytes and nothing else: the table is too large for the
// nearest cache, and a second array of tags cost a second miss.
type wordTable struct {
	mask  uint32
	slots []wordSlot
}

type wordSlot struct {
	k0, k1 uint64 // wordKey(key)
	e      *wordEntry
	tag    uint32   // slotTag of the word, 0 for an empty slot
	info   wordInfo // e.info
}

// slotTag is the tag of a word of hash h and length n: the hash's upper
// 24 bits and the length (up to 255), never 0. Words of the same tag and
// wordKey are the same when they have 16 bytes or fewer (the key holds
// them all); longer ones are compared.
func slotTag(h uint32, n int) uint32 {
	return h&0xffffff00 | 0x100 | uint32(min(n, 0xff))
}

func newWordTable(words map[string]*wordEntry) *wordTable {
	// at most half full: a word the table has not (a name, most often)
	// ends its probe at an empty slot within a slot or two
	n := uint32(16)
	for n < uint32(2*len(words)) {
		n *= 2
	}
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := &wordTable{mask: n - 1, slots: make([]wordSlot, n)}
	for _, k := range keys {
		e := words[k]
		k0, k1 := wordKey(k)
		h := keyHash(k0, k1, len(k))
		i := h & t.mask
		for t.slots[i].tag != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{k0: k0, k1: k1, e: e, tag: slotTag(h, len(k)), info: e.info}
	}
	return t
}

// wordKey is the first 16 bytes of s as two little-endian integers, the
// bytes after s being zeros: each byte is read once or, when s is short,
// overlapping reads put the same bytes at the same places.
func wordKey(s string) (k0, k1 uint64) {
	switch n := len(s); {
	case n >= 16:
		k0, k1 = le64(s, 0), le64(s, 8)
	case n > 8:
		k0, k1 = le64(s, 0), le64(s, n-8)>>(8*(16-n))
	case n >= 4:
		k0 = uint64(le32(s, 0)) | uint64(le32(s, n-4))<<(8*(n-4))
	case n > 0:
		k0 = uint64(s[0]) | uint64(s[n/2])<<(8*(n/2)) | uint64(s[n-1])<<(8*(n-1))
	}
	return k0, k1
}

// keyHash hashes a word by its wordKey and length.
func keyHash(k0, k1 uint64, n int) uint32 {
	h := k0*0x9E3779B97F4A7C15 ^ k1*0xC2B2AE3D27D4EB4F ^ uint64(n)*0x165667B19E3779F9
	h ^= h >> 31
	h *= 0xff51afd7ed558ccd
	return uint32(h >> 32)
}

// find returns the slot of the word with wordKey k0, k1 and length n,
// whose text is s when it is longer than 16 bytes; nil if there is none.
func (t *wordTable) find(k0, k1 uint64, n int, s string) *wordSlot {
	h := keyHash(k0, k1, n)
	tag := slotTag(h, n)
	i, ok := t.probe(h&t.mask, tag, k0, k1)
	// (longer words of the same key, length and hash are told by text)
	for ok && n > 16 && t.slots[i].e.key != s {
		i, ok = t.probe((i+1)&t.mask, tag, k0, k1)
	}
	if !ok {
		return nil
	}
	return &t.slots[i]
}

// probe returns the first slot from slot i on, in the order of probing,
// of tag and key k0, k1, or false at the first empty slot.
func (t *wordTable) probe(i, tag uint32, k0, k1 uint64) (uint32, bool) {
	for ; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.tag == 0 {
			return 0, false
		}
		if sl.tag == tag && sl.k0 == k0 && sl.k1 == k1 {
			return i, true
		}
	}
}

// key is the word of a slot.
func (t *wordTable) key(s *wordSlot) string { return s.e.key }

// get returns the slot of the word w, or nil.
func (t *wordTable) get(w string) *wordSlot {
	k0, k1 := wordKey(w)
	return t.find(k0, k1, len(w), w)
}

// getBytes is get for a word in a buffer.
func (t *wordTable) getBytes(w []byte) *wordSlot {
	var k [16]byte
	copy(k[:], w)
	return t.find(binary.LittleEndian.Uint64(k[:8]), binary.LittleEndian.Uint64(k[8:]), len(w), string(w))
}

// le64 is the little-endian uint64 at s[i:i+8].
func le64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 is the little-endian uint32 at s[i:i+4].
func le32[T string | []byte](s T, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// wordEntry is what the lexicon knows about one lower-case word.
type wordEntry struct {
	key       string // the word, so that tokens can share it
	info      wordInfo
	lists     uint32      // the bit 1<<l of every wordList l that has the word
	termOK    bool        // termCs and termMore are made
	termMore  bool        // term may lead to longer terms
	termCs    conceptSet  // the concepts of the terms that are the word alone (prefix terms included)
	termNext  uint64      // keyBit of every key of term's next: a word with none of them continues no term
	termPre   bool        // term has prefix terms: any word may continue one
	termRoot  *termTrie   // the root of the terms termCs is of
	in        *wordEdges  // the wide trie nodes that have the word as a key, or nil
	term      *termTrie   // the concept-term node after this word at the root, or nil
	nameFold  *nameTrie   // the gazetteer's node for the word in any case, or nil
	nameExact []nameChild // the gazetteer's nodes for spellings of the word with capitals
}

// wordEdges are the nodes below the roots with too many keys to list
// (inverted) that have a word as a key: few words have any.
type wordEdges struct {
	term []termEdge
	name []nameEdge // under nameFast
	// the documents' first step (under docsFast), as nameExact and nameFold
	docExact []nameChild
	docFold  *nameTrie
}

func (e *wordEntry) edges() *wordEdges {
	if e.in == nil {
		e.in = &wordEdges{}
	}
	return e.in
}

type nameChild struct {
	key  string
	node *nameTrie
}

// prefixIndex maps three lower-case ASCII letters to an index of prefix3.
func prefixIndex(k string) (int, bool) {
	if len(k) != 3 {
		return 0, false
	}
	a, b, c := uint(k[0])-'a', uint(k[1])-'a', uint(k[2])-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return int((a*26+b)*26 + c), true
}

// annotate sets the Info of every word token.
func (lex *Lexicon) annotate(toks []token) {
	for i := range toks {
		lex.annotateToken(&toks[i])
	}
}

// annotateToken sets the Info of one token (and its Lower, when the
// tokenizer left it to be shared with the lexicon).
func (lex *Lexicon) annotateToken(t *token) {
	if !t.Word {
		t.Info = wSeen // every word list is of words
		return
	}
	var s *wordSlot
	if t.Lower == "" {
		// a word the lexicon knows shares its string, only others are
		// allocated; a short ASCII word is lower-cased in its wordKey
		var buf [64]byte
		var b []byte
		k0, k1 := wordKey(t.Text)
		if n := len(t.Text); n <= 16 && (k0|k1)&0x8080808080808080 == 0 {
			s = lex.wordTab.find(lowerASCII8(k0), lowerASCII8(k1), n, "") // (the key is the word)
		} else {
			b = appendLower(buf[:0], t.Text)
			s = lex.wordTab.getBytes(b)
		}
		switch {
		case s != nil:
			t.Lower = lex.wordTab.key(s)
		case b != nil:
			t.Lower = string(b)
		default:
			t.Lower = string(appendLower(buf[:0], t.Text))
		}
	} else {
		s = lex.wordTab.get(t.Lower)
	}
	t.Info, t.w = lex.infoFor(s, t.Text[0], t.Lower)
}

// infoFor is the info and the entry of a word whose first byte is first,
// whose lower-case form is lower and whose slot of the table is s (nil
// when it has none). It is small enough to be inlined in the tokenizer:
// the words without a slot call prefixInfo.
func (lex *Lexicon) infoFor(s *wordSlot, first byte, lower string) (wordInfo, *wordEntry) {
	if s != nil {
		return firstByteInfo[first] | s.info, s.e // with wTermStart for a prefix term (buildWordInfo)
	}
	return firstByteInfo[first] | lex.prefixInfo(lower), nil
}

// firstByteInfo is the info a word has for its first byte: wSeen, wNumber
// for a digit, wCapital for an ASCII capital (a capital that is not ASCII
// is added by appendWord).
var firstByteInfo = func() (t [256]wordInfo) {
	for c := range t {
		t[c] = wSeen
		if c >= '0' && c <= '9' {
			t[c] |= wNumber
		}
		if c >= 'A' && c <= 'Z' {
			t[c] |= wCapital
		}
	}
	return t
}()

// startsWord reports whether s starts with a word rune.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isWordRune(r)
}

// termStart reports whether a concept term may start at t: an annotated
// word without wTermStart starts none (every term's first word and prefix
// sets it), nor does a mark when no term starts with one.
func (lex *Lexicon) termStart(t *token) bool {
	if t.Info&wSeen == 0 {
		return true // not annotated: only a walk knows
	}
	if t.Word {
		return t.Info&wTermStart != 0
	}
	return lex.markTerms
}

// prefixInfo is wTermStart when a prefix term of the root of the concept
// terms may match the lower-case word w (its first three code points are
// some prefix's), else 0.
func (lex *Lexicon) prefixInfo(w string) wordInfo {
	if len(w) < 3 {
		return 0
	}
	if k, ok := prefixIndex(w[:3]); ok {
		if lex.prefix3[k] != 0 {
			return wTermStart
		}
		return 0
	}
	for _, p := range lex.prefixOther {
		if len(w) >= len(p) && w[:len(p)] == p {
			return wTermStart
		}
	}
	return 0
}

// info returns a token's word info, looking it up when the token was not
// annotated (tokens of lexicon entries and tests).
// annotateConcepts matches the concept terms once per token of a
// paragraph: every later question about a sentence, a quotation or a frame
// is then a union of the tokens' sets. In the same pass it moves the
// tokens' offsets by base (from their line's code points to the file's).
//
// It returns the union of the tokens' Info.
func (lex *Lexicon) annotateConcepts(toks []token, base int) wordInfo {
	var all wordInfo
	for i := range toks {
		t := &toks[i]
		if t.Info&wTermStart != 0 { // (only words have it)
			// (matchTermsAt, whose first step is taken here: most words
			// are terms of one word or none)
			if e := t.w; e != nil && e.termOK {
				t.Cs[0] |= e.termCs[0]
				t.Cs[1] |= e.termCs[1]
				if e.termMore && i+1 < len(toks) && e.goesOn(&toks[i+1]) {
					e.term.matchAtSeen(toks[i+1:], &t.Cs)
				}
			} else {
				lex.matchTermsAtSlow(toks[i:], &t.Cs)
			}
		}
		t.Info |= wConcepts
		t.Start += base
		t.End += base
		all |= t.Info
	}
	return all
}

// isWordOf reports whether t's lower-case form is a key of a word list
// whose keys all have the bit f in the lexicon's word info; annotated tokens
// answer from their Info, others (and only they) look in the list.
func isWordOf[V any](t *token, f wordInfo, list map[string]V) bool {
	if t.Info&wSeen != 0 {
		return t.Info&f != 0
	}
	return isWordOfSlow(t, list)
}

func isWordOfSlow[V any](t *token, list map[string]V) bool {
	if !t.Word {
		return false // every key is a word
	}
	_, ok := list[t.Lower]
	return ok
}

// matchName is names.match, skipping tokens that start no name and taking
// the first step from the token's word entry.
func (lex *Lexicon) matchName(toks []token) (*nameEntry, int) {
	if len(toks) == 0 {
		return nil, 0
	}
	t := &toks[0]
	if t.Info&wSeen == 0 || !lex.nameFast {
		return lex.names.match(toks)
	}
	return matchFrom(t, toks[1:])
}

// matchFrom is matchName's fast path: its first step from the word entry of
// first, then the name trie over rest (the words after first, or a phrase
// with words left out between them).
func matchFrom(first *token, rest []token) (*nameEntry, int) {
	if first.Info&wNameStart == 0 || first.w == nil {
		return nil, 0
	}
	var next *nameTrie
	for _, c := range first.w.nameExact {
		if c.key == first.Text {
			next = c.node
			break
		}
	}
	if next == nil {
		next = first.w.nameFold
	}
	if next == nil {
		return nil, 0
	}
	e, n := next.matchSeen(rest)
	if e == nil && next.entry != nil {
		return next.entry, 1
	}
	if e == nil {
		return nil, 0
	}
	return e, n + 1
}

func (lex *Lexicon) infoOf(t *token) wordInfo {
	if t.Info&wSeen != 0 || !t.Word {
		return t.Info
	}
	return lex.infoSlow(t)
}

func (lex *Lexicon) infoSlow(t *token) wordInfo {
	one := []token{*t}
	lex.annotate(one)
	return one[0].Info
}

// hintOf is the stance hint of a verb.
func hintOf(f wordInfo) string {
	switch {
	case f&wHintSup != 0:
		return "supports"
	case f&wHintRej != 0:
		return "rejects"
	}
	return ""
}

// matchTermsAt is Rules.terms.matchAt for an annotated token: its node
// below the root is known and the root's prefixes are found by index.
func (lex *Lexicon) matchTermsAt(toks []token, s *conceptSet) {
	e := toks[0].w
	if e == nil || !e.termOK {
		lex.matchTermsAtSlow(toks, s)
		return
	}
	// the word's own concepts are the entry's: only longer terms are
	// left to match
	s[0] |= e.termCs[0]
	s[1] |= e.termCs[1]
	if e.termMore && len(toks) > 1 && e.goesOn(&toks[1]) {
		e.term.matchAtSeen(toks[1:], s)
	}
}

// goesOn reports whether a term longer than e's word (e.termMore) may go
// on with next, the token after it: next may be a key of the node after
// the word (a mark, or a word of the terms whose keyBit is the node's), or
// the node has prefix terms. Else the walk would end at its first step,
// having read the node.
func (e *wordEntry) goesOn(next *token) bool {
	return e.termPre || e.termNext&keyBit(next.Lower) != 0 && (!next.Word || next.Info&(wSeen|wTermWord) != wSeen)
}

// termsAt adds to s the concepts of the terms that start at toks[0]:
// matchTermsAt for an annotated word, the walk from the root otherwise.
func (lex *Lexicon) termsAt(toks []token, s *conceptSet) {
	if t := &toks[0]; t.Word && t.Info&wSeen != 0 {
		lex.matchTermsAt(toks, s)
		return
	}
	lex.Rules.terms.matchAt(toks, s)
}

// keyBit is one of 64 bits for a word, from its length and its first and
// last bytes, for sets of words that may have false members.
func keyBit(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*7 + uint(w[0])*3 + uint(w[len(w)-1])) & 63)
}

// matchTermsAtSlow is matchTermsAt without the entry's precomputed concepts.
func (lex *Lexicon) matchTermsAtSlow(toks []token, s *conceptSet) {
	root := lex.Rules.terms
	w := toks[0].Lower
	if root.prefixes != nil {
		var ps []prefixTerm
		if k, ok := prefixIndex3(w); ok {
			if j := lex.prefix3[k]; j != 0 {
				ps = lex.prefixes3[j-1]
			}
		} else if len(w) >= 3 && len(lex.prefixOther) > 0 {
			// keys have three code points, and those of other than three
			// lower-case ASCII letters are in prefixOther
			ps = root.prefixes[key3(w)]
		}
		for _, p := range ps {
			if strings.HasPrefix(w, p.prefix) {
				for _, c := range p.concepts {
					s.add(c)
				}
			}
		}
	}
	if toks[0].w == nil || toks[0].w.term == nil {
		return
	}
	n := toks[0].w.term
	for _, c := range n.concepts {
		s.add(c)
	}
	n.matchAtSeen(toks[1:], s)
}

// prefixIndex3 is prefixIndex of the first three bytes of a word.
func prefixIndex3(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	return prefixIndex(w[:3])
}

// appendLower appends lower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
