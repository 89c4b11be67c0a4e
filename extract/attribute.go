package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Attribution: who speaks a quotation, who is the subject of a sentence,
// and what a pronoun, a role noun or "a senior official" refers to.

// resolve finds the entity a pronoun, role noun or anonymous official refers to.
func (x *extractor) resolve(m *mention) *entity {
	switch m.Kind {
	case mPronoun:
		if m.Gender == "n" {
			// "it", "they": the latest actor that was a subject
			for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-12; i-- {
				r := x.history[i]
				if r.sub && !r.ent.Person && !r.ent.Anon {
					return r.ent
				}
			}
			return nil
		}
		// '…," He told the Global Times': the person of that surname
		// ("He Jianmin"), when the article names one
		if m.Text == "He" {
			for _, e := range x.ents.order {
				if e.Person && strings.HasPrefix(e.Name, "He ") {
					return e
				}
			}
		}
		// the latest person who was a subject (centering), else the latest person
		var any *entity
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-30; i-- {
			r := x.history[i]
			e := r.ent
			if !e.Person || (e.Gender != "" && e.Gender != m.Gender) {
				continue
			}
			if r.sub {
				return e
			}
			if any == nil {
				any = e
			}
		}
		return any
	case mRole:
		return x.resolveRole(m.Role)
	case mAnon:
		return x.resolveAnon(m)
	}
	return nil
}

// maxBack bounds how far back a reference looks (in mentions), which keeps
// extraction linear in the length of an article.
const maxBack = 200

func (x *extractor) resolveRole(r *Role) *entity {
	switch r.Kind {
	case "person":
		// Among the people named before, those whose title has the role's own
		// noun ("the official", "the minister") come first, then those whose
		// title fits it otherwise; within each, a subject beats a later
		// non-subject (centering, as for pronouns); else the latest person.
		side := r.ref.side
		var nearest *entity
		var best [2][2]*entity // [head, fits][subject, any]
		// (an entity named many times is read once: its tier for this
		// role is kept on it, marked with this call's stamp)
		x.roleStamp++
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxBack; i-- {
			e := x.history[i].ent
			if !e.Person && !e.Anon || side != "" && e.Side != side {
				continue
			}
			if e.roleStamp != x.roleStamp {
				e.roleStamp, e.roleTier = x.roleStamp, roleTier(r, e)
			}
			if e.roleTier == tierNone {
				continue
			}
			if nearest == nil {
				nearest = e
			}
			tier := int(e.roleTier)
			// (an unnamed source, "a Western diplomat who attended …", is
			// "the diplomat" only before any named person who fits: not
			// after Grushko has spoken since)
			if tier < 0 || e.Anon && (best[0][1] != nil || best[1][1] != nil) {
				continue
			}
			if x.history[i].sub && best[tier][0] == nil {
				best[tier][0] = e
			}
			if best[tier][1] == nil {
				best[tier][1] = e
			}
		}
		for _, b := range best {
			if b[0] != nil {
				return b[0]
			}
			if b[1] != nil {
				return b[1]
			}
		}
		if r.Default != "" {
			return x.ents.person(r.Default)
		}
		return nearest
	case "org":
		// "the ministry": the latest organisation whose name has the role's
		// noun; "the Foreign Ministry" of an article whose people are mostly
		// Ukrainian (Russian) officials is Ukraine's (Russia's); else the
		// latest organisation
		head := r.ref.orgHead
		// (a subject comes first, as for people: "The Ministry of Foreign
		// Affairs of Ukraine said … published by the Russian Foreign
		// Ministry. “…,” the ministry said." is Ukraine's)
		var latest, named *entity
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxBack; i-- {
			e := x.history[i].ent
			// ("the office" after "The Office of the President", an alias of
			// Ukraine: the words it was named by)
			written := !e.Person && !e.Anon && containsFold(x.history[i].text, head)
			if ministry := x.history[i].ministry && head == "ministry"; ministry || written || !e.Person && !e.Anon && e.Class == "Organization" {
				if ministry || written || strings.Contains(e.nameLower.of(e.Name), head) {
					if x.history[i].sub {
						return e
					}
					if named == nil {
						named = e
					}
				}
				if latest == nil {
					latest = e
				}
			}
		}
		if named != nil {
			return named
		}
		if head == "bloc" {
			// "the bloc": NATO or the EU, whichever the text named last
			for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxBack; i-- {
				if e := x.history[i].ent; e.ID == "nato" || e.ID == "european-union" {
					return e
				}
			}
			return x.ents.actor("nato")
		}
		if head == "ministry" && r.ref.foreign {
			// the sides of the people, and of the actors that were
			// subjects ("Russia on Thursday accused …"), of the whole text
			ukraine, russia := 0, 0
			for i := range x.history {
				if e := x.history[i].ent; e.Person || x.history[i].sub {
					switch e.Side {
					case "ukraine":
						ukraine++
					case "russia":
						russia++
					}
				}
			}
			switch {
			case ukraine > russia:
				return x.ents.actor("ukrainian-foreign-ministry")
			case russia > 0:
				return x.ents.actor("russian-foreign-ministry")
			}
		}
		return latest
	case "statement":
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxBack; i-- {
			if r := x.history[i]; r.sub && !r.ent.Person {
				return r.ent
			}
		}
	default:
		if id, ok := cutPrefix(r.Kind, "actor:"); ok {
			// the drafts speak for their author's country, whichever of its
			// ministries published them
			if a := x.author; a != nil && sideGroup(a.Side) == sideGroup(x.ents.actor(id).Side) && a.Class == "Country" {
				return a
			}
			return x.ents.actor(id)
		}
	}
	return nil
}

// tierNone marks a person of another country than a role's (roleTier).
const tierNone = -2

// roleTier is the tier of e for a person's role r in resolveRole: 0 when
// their title has the role's noun, 1 when it fits the role otherwise, -1
// when neither, tierNone when the role's country is not theirs.
func roleTier(r *Role, e *entity) int8 {
	head, country := r.ref.head, r.ref.country
	if country != nil && !containsAny(e.titleLower.of(e.Title), country) && !containsAny(e.styledLower.of(e.Styled), country) {
		return tierNone
	}
	switch {
	case strings.Contains(e.titleLower.of(e.Title), head) || strings.Contains(e.Styled, head):
		return 0
	case len(r.Fits) > 0 && (containsAny(e.titleLower.of(e.Title), r.Fits) || containsAny(e.styledLower.of(e.Styled), r.Fits)):
		return 1
	}
	return -1
}

func cutPrefix(s, p string) (string, bool) {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return s, false
}

// resolveAnon makes "a senior State Department official" speak for the
// actor the phrase names, or else for the latest actor named.
func (x *extractor) resolveAnon(m *mention) *entity {
	toks := tokenizeString(m.Text)
	// "the officials" refer back to the anonymous officials named before
	if len(toks) > 0 && toks[0].Lower == "the" {
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxBack; i-- {
			if e := x.history[i].ent; e.Anon {
				return e
			}
		}
	}
	var actor *entity
	for i := range toks {
		if e, n := x.lex.matchName(toks[i:]); e != nil && e.kind == kindActor && n > 0 {
			actor = x.ents.actor(e.id)
			break
		}
	}
	if actor == nil {
		// "a senior Ukrainian official": the adjective of a country the
		// lexicon knows by its name only
		for i := range toks {
			if id, ok := nationalityActors[toks[i].Lower]; ok {
				if _, known := x.lex.Actor(id); known {
					actor = x.ents.actor(id)
					break
				}
			}
		}
	}
	if actor == nil && strings.Contains(strings.ToLower(m.Text), "administration") {
		actor = x.ents.actor("united-states") // "a senior administration official"
	}
	if actor == nil {
		// the subject of this or a recent sentence: "The US is willing …, a senior official said"
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-8; i-- {
			if r := x.history[i]; r.sub && !r.ent.Person && !r.ent.Anon {
				actor = r.ent
				break
			}
		}
	}
	if actor == nil {
		return nil
	}
	// the title is the phrase's own words ("a senior EU diplomat"), so that
	// "the diplomat" and "the official" find it
	title := strings.ToLower(m.Text)
	if !strings.Contains(title, "official") {
		title += " official"
	}
	return &entity{ID: actor.ID, Name: actor.Name, Class: actor.Class, Side: actor.Side, Title: title, Anon: true}
}

// roleRef is what resolveRole reads of a role's phrase, worked out once
// when the lexicon loads rather than at every mention.
type roleRef struct {
	head    string   // the phrase's last word, lower case
	side    string   // the side its nationality names ("the Russian leader")
	country []string // the title words of its nationality ("the Polish president")
	orgHead string   // head, or "ministry" for a phrase with that word
	foreign bool     // the phrase has "foreign"
}

func newRoleRef(phrase string) roleRef {
	var ref roleRef
	ref.head = strings.ToLower(phrase[strings.LastIndexByte(phrase, ' ')+1:])
	lower := strings.ToLower(phrase)
	pl := " " + lower + " "
	// "the Russian leader" is a Russian: the phrase's nationality
	// narrows it to people of that side
	switch {
	case strings.Contains(pl, " russian ") || strings.Contains(pl, " kremlin "):
		ref.side = "russia"
	case strings.Contains(pl, " ukrainian "):
		ref.side = "ukraine"
	case strings.Contains(pl, " us ") || strings.Contains(pl, " u.s. ") || strings.Contains(pl, " american "):
		ref.side = "west"
	}
	// ("the Polish president": a president of Poland; each key is one
	// word)
	for _, w := range strings.Split(lower, " ") {
		if names, ok := roleNationalities[w]; ok {
			ref.country = names
			break
		}
	}
	ref.orgHead = ref.head
	if strings.Contains(lower, "ministry") {
		ref.orgHead = "ministry"
	}
	ref.foreign = strings.Contains(lower, "foreign")
	return ref
}

// roleNationalities are the words of the titles of a role noun's
// nationality ("the Polish president": "President of Poland").
var roleNationalities = map[string][]string{"polish": {"poland", "polish"}, "french": {"france", "french"},
	"german": {"germany", "german"}, "lithuanian": {"lithuania", "lithuanian"}, "latvian": {"latvia", "latvian"},
	"estonian": {"estonia", "estonian"}, "finnish": {"finland", "finnish"}, "swedish": {"sweden", "swedish"},
	"romanian": {"romania", "romanian"}, "hungarian": {"hungary", "hungarian"}, "georgian": {"georgia", "georgian"},
	"british": {"britain", "british", "united kingdom"}, "chinese": {"china", "chinese"}, "turkish": {"turkey", "turkish", "türkiye"}}

// containsFold reports whether s contains the lower-case word w, in any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// nationalityActors are the actors an adjective of nationality names in
// an anonymous source's description.
var nationalityActors = map[string]string{"ukrainian": "ukraine", "american": "united-states", "georgian": "georgia",
	"chinese": "china", "european": "european-union", "russian": "russia"}

// isVerb reports whether t is a speech or attitude verb of the lexicon.
func (x *extractor) isVerb(t *token) bool {
	if t.Info&(wSeen|wVerb) == wSeen {
		return false // an annotated word that is no verb (the most), inlined
	}
	return x.isVerbSlow(t)
}

func (x *extractor) isVerbSlow(t *token) bool {
	if !t.Word || t.Cap && t.Lower != "says" && t.Lower != "said" {
		return false
	}
	return x.lex.infoOf(t)&wVerb != 0
}

// closeAtAttribution ends an unclosed quotation at its own attribution:
// in “The idea … is a nonstarter, he said. the mark was never closed, and
// ", he said." is the reporter's, not the speaker's.
func (x *extractor) closeAtAttribution(p *paragraph, q *quoteSpan) {
	if q.Closed {
		return
	}
	in := tokenRange(p.Toks, q.Start, q.End)
	for i := len(in) - 1; i > 0 && i >= len(in)-20; i-- {
		if in[i].Text != "," {
			continue
		}
		tail := in[i+1:]
		v := -1
		for k := range tail {
			if x.isVerb(&tail[k]) {
				v = k
				break
			}
		}
		// ", he said." or ", Deputy Foreign Minister Sergei Ryabkov told
		// reporters in Moscow on Thursday.": a titled name before the verb
		if v < 0 || v > 3 && !x.titledNameBefore(p, tail[0].Start, tail[v].Start) {
			return
		}
		for k := range p.Ments {
			if m := &p.Ments[k]; m.Start >= tail[0].Start && m.End <= q.End {
				m.InQuote = false
			}
		}
		q.End, q.Close, q.Closed = in[i].Start, in[i].Start, true
		return
	}
}

// signature returns the person named by the short line after a paragraph
// that is nothing but the quotation q: a quote box and its caption.
func (x *extractor) signature(pi int, p *paragraph, q quoteSpan) *entity {
	if !q.Closed || pi+1 >= len(x.paras) || len(p.Toks) == 0 {
		return nil
	}
	first, last := p.Toks[0], p.Toks[len(p.Toks)-1]
	if q.Open > first.Start || q.Close < last.Start-1 {
		return nil // words outside the quotation
	}
	next := x.paras[pi+1]
	if len(next.Toks) == 0 || len(next.Toks) > 20 || next.Label != nil || x.hasVerb(next.Toks) {
		return nil
	}
	for k := range next.Ments {
		m := &next.Ments[k]
		if m.Kind == mPerson && m.T0-m.TitleRun == 0 && x.resolveInto(m) {
			return m.Ent
		}
	}
	return nil
}

// parentheticalSpeaker finds ", he said," or ", Ryabkov added," inside
// toks: a mention between a comma and a speech verb that a comma closes.
func (x *extractor) parentheticalSpeaker(p *paragraph, toks []token) *mention {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Text != "," || !toks[i+1].Word {
			continue
		}
		// "Russia is ready, so Putin, to continue …": a translation's
		// "according to X" ("so" for German "so", Russian "по словам")
		if toks[i+1].Lower == "so" {
			ms := p.ments(toks[i+2].Start, toks[min(i+6, len(toks)-1)].End+1)
			if len(ms) > 0 {
				m := &ms[0]
				if v := tokIndex(toks, m.End); m.Start == toks[i+2].Start && !m.InQuote && v < len(toks) && toks[v].Text == "," && x.resolveInto(m) {
					return m
				}
			}
		}
		ms := p.ments(toks[i+1].Start, toks[min(i+5, len(toks)-1)].End+1)
		for k := range ms {
			m := &ms[k]
			if m.Start != toks[i+1].Start || m.InQuote || possessive(m) {
				continue
			}
			v := tokIndex(toks, m.End)
			if v+1 >= len(toks) || !isWordOf(&toks[v], wSpeech, speechVerbs) || toks[v+1].Text != "," {
				continue
			}
			if x.resolveInto(m) {
				return m
			}
		}
	}
	return nil
}

// possessive reports whether m is a possessive pronoun ("his", "her").
func possessive(m *mention) bool {
	if m.Kind != mPronoun {
		return false
	}
	return lowerIs(m.Text, "his") || lowerIs(m.Text, "her") || lowerIs(m.Text, "its") || lowerIs(m.Text, "their")
}

// lowerIs reports whether strings.ToLower(s) == w, for w in lower-case
// ASCII letters, without making the lower-case string when s is ASCII.
func lowerIs(s, w string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s) == w // ("İ" is lower-cased to "i")
		}
	}
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != w[i] && c != w[i]-('a'-'A') {
			return false
		}
	}
	return true
}

// titledNameBefore reports whether the words from offset start up to the
// verb at offset verb are a person's title and name.
func (x *extractor) titledNameBefore(p *paragraph, start, verb int) bool {
	for k := range p.Ments {
		m := &p.Ments[k]
		if m.Kind != mPerson || m.End > verb || m.Start < start {
			continue
		}
		at := m.T0 - m.TitleRun
		if at >= 0 && p.Toks[at].Start == start && (m.T1 >= len(p.Toks) || p.Toks[m.T1].Start == verb) {
			return true
		}
	}
	return false
}

// quoteSpeaker attributes a quotation: a cue after it ("…,” Ryabkov said;
// “…,” said the official; “…,” the magazine quoted Ryabkov as saying), else
// a cue before it in its sentence (Ryabkov said: “…”; Stoltenberg noted
// that any dialogue “…”), else a transcript label, else the speaker of the
// quotation just before it, else the latest person named.
func (x *extractor) quoteSpeaker(pi int, p *paragraph, q quoteSpan, s sentence) (*entity, string) {
	if p.Label != nil && q.Start >= p.LabelEnd {
		return p.Label, p.Label.Name
	}
	// after the closing mark, up to the next quotation or the sentence end
	if q.Closed {
		end := p.End
		for _, o := range p.Quotes {
			// (an outlet's name in marks, "– told «Izvestia» the expert
			// … Gleb Tulinov", is no next quotation)
			if o.Open > q.Close && wordCount(p.Toks, o.Start, o.End) > 3 {
				end = min(end, o.Open)
				break
			}
		}
		for _, st := range p.Sents {
			if st.Start <= q.Close && q.Close < st.End {
				end = min(end, st.End)
			}
		}
		win := tokenRange(p.Toks, q.Close+1, end)
		if len(win) > 24 {
			win = win[:24]
		}
		if e, name := x.cue(p, win); e != nil {
			return e, name
		}
	}
	// a quotation that is its paragraph, signed on the next line ("…”
	// / Josep Borrell, High Representative for Foreign Affairs")
	if e := x.signature(pi, p, q); e != nil {
		return e, e.Name
	}
	// before the opening mark, in the quotation's sentence
	before := tokenRange(p.Toks, s.Start, q.Open)
	for _, o := range p.Quotes {
		if o.Close < q.Open && o.Open >= s.Start {
			x.st.before = removeRange(x.st.before[:0], before, o.Open, o.Close+1)
			before = x.st.before
		}
	}
	if m := x.nearestSpeaker(p, before); m != nil {
		return m.Ent, speakerName(m)
	}
	if e, name := x.subjectOf(p, before, true); e != nil {
		return e, name
	}
	// the subject of an earlier sentence of the paragraph ("A senior
	// official … was asked whether …. “There is nothing in this document …”")
	for i := len(x.history) - 1; i >= 0 && x.history[i].pos >= p.Start; i-- {
		if r := x.history[i]; r.sub && r.pos < q.Open && (r.ent.Person || r.ent.Anon) {
			return r.ent, r.ent.Name
		}
	}
	// a quotation that goes on from the paragraph before
	if x.lastQuoteSpeaker != nil && x.lastQuotePara >= pi-1 {
		return x.lastQuoteSpeaker, x.lastQuoteSpeaker.Name
	}
	for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxBack; i-- {
		if e := x.history[i].ent; e.Person {
			return e, e.Name
		}
	}
	if len(x.history) > 0 {
		e := x.history[len(x.history)-1].ent
		return e, e.Name
	}
	return nil, ""
}

// ments returns the paragraph's mentions that start in [start, end).
func (p *paragraph) ments(start, end int) []mention {
	i := sort.Search(len(p.Ments), func(i int) bool { return p.Ments[i].Start >= start })
	j := i
	for j < len(p.Ments) && p.Ments[j].Start < end {
		j++
	}
	return p.Ments[i:j]
}

// nearestSpeaker finds the last "NAME VERB" pair in toks, the part of a
// sentence before a quotation: in "A spokesperson said Blinken urged “…”"
// the quotation is Blinken's.
func (x *extractor) nearestSpeaker(p *paragraph, toks []token) *mention {
	var best *mention
	for i := range toks {
		t := &toks[i]
		if !x.isVerb(t) || t.Lower == "according" || i > 0 && isWordOf(&toks[i-1], wDeterminer, determiners) {
			continue
		}
		// "the answers of NATO published by El Pais": a participle, not NATO speaking
		if i+1 < len(toks) && toks[i+1].Lower == "by" {
			continue
		}
		j := i - 1
		for j >= 0 && (toks[j].Lower == "has" || toks[j].Lower == "have" || toks[j].Lower == "had" || toks[j].Lower == "also" || toks[j].Lower == "then" || toks[j].Lower == "later") {
			j--
		}
		// ("heard Zbigniew Rau, who holds the chairmanship this year, warn
		// that „…“": the name before the relative clause)
		if j > 0 && toks[j].Text == "," {
			for k := j - 1; k > 0 && k > j-20; k-- {
				if toks[k].Lower == "who" && toks[k-1].Text == "," {
					j = k - 2
					break
				}
			}
		}
		if j < 0 {
			continue
		}
		ms := p.ments(toks[0].Start, toks[j].End)
		for k := range ms {
			m := &ms[k]
			if m.End == toks[j].End && !m.InQuote && !prepositional(p.Toks, m.T0) {
				if m.Ent == nil {
					m.Ent = x.resolve(m)
				}
				// ("Zhang Jun said Beijing opposed “…”": the person who
				// said it, not the government their words are about)
				if m.Ent != nil && !(best != nil && best.Ent.Person && !m.Ent.Person) {
					best = m
				}
			}
		}
	}
	return best
}

// reportsBefore reports whether a verb that proposes or demands stands in
// p.Toks[from:to]: what follows is what should be done, not what was
// ("Russia proposed that NATO refuses …"; but "he noted that the alliance
// had refused …" reports a refusal).
func (x *extractor) reportsBefore(p *paragraph, from, to int) bool {
	for k := from; k < to && k < len(p.Toks); k++ {
		if directives[p.Toks[k].Lower] {
			return true
		}
	}
	return false
}

// directives propose or demand what their clause says.
var directives = map[string]bool{"proposed": true, "proposes": true, "propose": true, "demanded": true, "demands": true,
	"demand": true, "wants": true, "wanted": true, "asked": true, "asks": true, "insisted": true, "insists": true,
	"urged": true, "urges": true, "suggested": true, "suggests": true, "requested": true, "requests": true}

// cue finds "NAME VERB" or "VERB NAME" in win, the tokens after a quotation.
func (x *extractor) cue(p *paragraph, win []token) (*entity, string) {
	v := -1
	for i := range win {
		// (", including Russia's demand that …": a demand named, no cue)
		if x.isVerb(&win[i]) && !namedDemand(win, i) {
			v = i
			break
		}
	}
	if v < 0 {
		return nil, ""
	}
	// "…”, and repeated that Russia had no plans …": the verb goes on with
	// the sentence's own subject, and the name after "that" is the subject
	// of what was repeated
	for i := 0; i < v && i < 2; i++ {
		if win[i].Lower == "and" || win[i].Lower == "but" || win[i].Lower == "while" {
			return nil, ""
		}
	}
	// ("…,” while adding that the United States would discuss them": the
	// participle goes on with the subject before the quotation)
	if v <= 1 && v+1 < len(win) && strings.HasSuffix(win[v].Lower, "ing") && win[v+1].Lower == "that" {
		return nil, ""
	}
	vs := win[v].Start
	quoted := win[v].Lower == "quoted" || win[v].Lower == "quotes" || win[v].Lower == "cited"
	var before, after *mention
	ms := p.ments(win[0].Start, vs+41)
	for k := range ms {
		m := &ms[k]
		if m.Ent == nil && !m.InQuote && m.Start >= win[0].Start && m.Start <= vs+40 {
			m.Ent = x.resolve(m) // a mention of a later sentence
		}
		if m.Ent == nil || m.InQuote {
			continue
		}
		// (not a name inside "…, who chairs the OSCE this year, told …",
		// nor a place in the apposition after a person: "Olena Marchuk, an
		// analyst at the Kyiv Institute for Strategic Dialogue, told DW")
		if m.Start >= win[0].Start && m.End <= vs && !inRelativeClause(win, tokIndex(win, m.Start)) &&
			!(before != nil && before.Ent.Person && appositionBetween(win, before.End, m.Start)) {
			before = m
		}
		// ("has written in his Telegram channel …": a possessive is not the subject)
		if after == nil && m.Start > vs && m.Start <= vs+40 && (v+1 < len(win) && m.Start <= win[min(len(win)-1, v+4)].Start) && !possessive(m) {
			after = m
			// "said NATO Secretary General Jens Stoltenberg": the actor is
			// part of the title of the person after it
			if !m.Ent.Person && k+1 < len(ms) && ms[k+1].Kind == mPerson && x.partOfTitle(p, m, &ms[k+1]) && x.resolveInto(&ms[k+1]) {
				after = &ms[k+1]
			}
		}
	}
	if quoted && after != nil {
		return after.Ent, speakerName(after)
	}
	if before != nil {
		return before.Ent, speakerName(before)
	}
	// "– told «Izvestia» the expert of the Center of the Euro-Atlantic
	// studies Gleb Tulinov": a role noun whose person is named after it
	if after == nil || after.Kind == mRole {
		lim := win[min(len(win)-1, v+8)].Start
		for _, m := range p.ments(vs, lim+1) {
			if m.Kind != mRole || m.InQuote || m.Start <= vs {
				continue
			}
			if e, name := x.namedAfterRole(p, &m, win); e != nil {
				return e, name
			}
			break
		}
	}
	if after != nil {
		return after.Ent, speakerName(after)
	}
	// "«…», - has written in his Telegram-channel the vice-speaker of the
	// Federation Council Konstantin Kosachev": a titled person whose title
	// starts a few words after the verb
	if v+1 < len(win) {
		lim := win[min(len(win)-1, v+8)].Start
		ms := p.ments(vs, win[len(win)-1].End+1)
		for k := range ms {
			m := &ms[k]
			if m.Kind != mPerson || m.InQuote || m.TitleRun == 0 || m.T0 < m.TitleRun {
				continue
			}
			if at := p.Toks[m.T0-m.TitleRun].Start; at > vs && at <= lim && x.resolveInto(m) {
				return m.Ent, speakerName(m)
			}
		}
		// ("…», – told «Izvestia» the expert of the Center of the
		// Euro-Atlantic studies Gleb Tulinov.": the person who ends the
		// sentence, with no verb or comma after the cue's)
		for j := v + 1; j < len(win) && j <= v+28; j++ {
			t := &win[j]
			if t.Text == "," || x.isVerb(t) {
				break
			}
			for k := range p.Ments {
				m := &p.Ments[k]
				if m.Start != t.Start || m.Kind != mPerson || m.InQuote {
					continue
				}
				// (or before the apposition that closes it: "…, said retired
				// Lt. Gen. Karen Whitlock, a former deputy commander …")
				e := tokIndex(win, m.End)
				closes := e >= len(win) || win[e].Text == "." ||
					win[e].Text == "," && e+1 < len(win) && (win[e+1].Lower == "a" || win[e+1].Lower == "an" || win[e+1].Lower == "the" || win[e+1].Lower == "who")
				if closes && x.resolveInto(m) && m.Ent.Person {
					return m.Ent, speakerName(m)
				}
			}
		}
	}
	return nil, ""
}

// roleHolder returns the person named in commas right after the role
// noun r and its words, perhaps after a title of their own ("The chairman-in-office of
// OSCE, the minister of foreign affairs of Poland Zbigniew Rau, …"), from
// the mentions ms that follow r; nil if r is no role noun or no such
// apposition follows it.
func (x *extractor) roleHolder(p *paragraph, ms []mention, r *mention) *mention {
	if r.Kind != mRole {
		return nil
	}
	// (the role's own words run up to a comma within eight words, "-in-office
	// of OSCE", or up to the verb within fourteen)
	c := r.T1
	for c < len(p.Toks) && c < r.T1+14 && p.Toks[c].Text != "," && !x.isVerb(&p.Toks[c]) {
		c++
	}
	if c < len(p.Toks) && x.isVerb(&p.Toks[c]) {
		// "The expert of the Russian Council on International Affairs Pavel
		// Glebovich considers …": the name right before the verb
		for k := range ms {
			if n := &ms[k]; n.Kind == mPerson && !n.InQuote && n.T0 > r.T1 && n.T1 == c && x.resolveInto(n) && n.Ent.Person {
				return n
			}
		}
		return nil
	}
	if c >= len(p.Toks) || c >= r.T1+8 || p.Toks[c].Text != "," {
		return nil
	}
	for k := range ms {
		n := &ms[k]
		if n.InQuote || n.T0 > c+12 {
			return nil
		}
		if n.Kind != mPerson || n.T0 < c {
			continue // (the country of the holder's title, the role's organisation)
		}
		for _, t := range p.Toks[c+1 : n.T0] {
			if t.Text == "," || x.isVerb(&t) {
				return nil
			}
		}
		if n.T1 < len(p.Toks) && p.Toks[n.T1].Text == "," && x.resolveInto(n) && n.Ent.Person {
			return n
		}
		return nil
	}
	return nil
}

// namedAfterRole returns the person named within fourteen words after the
// role noun r in win, with no verb or comma between them: one the text
// marks as a person, or a known given name and a surname.
func (x *extractor) namedAfterRole(p *paragraph, r *mention, win []token) (*entity, string) {
	i := tokIndex(win, r.End)
	for j := i; j < len(win) && j < i+14; j++ {
		t := &win[j]
		if t.Text == "," || t.Text == "." || x.isVerb(t) {
			return nil, ""
		}
		for k := range p.Ments {
			if m := &p.Ments[k]; m.Start == t.Start && m.Kind == mPerson && !m.InQuote && x.resolveInto(m) && m.Ent.Person {
				return m.Ent, speakerName(m)
			}
		}
		if j+1 < len(win) && t.Cap && win[j+1].Cap && win[j+1].Word {
			if e := x.firstNamed(*t, win[j+1]); e != nil {
				return e, e.Name
			}
			// (two capitalised words that end the sentence: a name)
			if j+2 >= len(win) || win[j+2].Text == "." {
				if e, _ := x.lex.names.match(win[j : j+2]); e == nil {
					name := t.Text + " " + win[j+1].Text
					return x.ents.unknown(name, "", ""), name
				}
			}
		}
	}
	return nil, ""
}

// subjectOf finds who speaks in toks (a sentence or the part of it before a
// quotation): "according to X"; else the first person (or pronoun, role
// noun, anonymous official) before the first speech or attitude verb; else
// the first organisation or country before it. Without a verb, a mention
// that opens the sentence is taken when needVerb is false.
func (x *extractor) subjectOf(p *paragraph, toks []token, needVerb bool) (*entity, string) {
	m := x.subjectMention(p, toks, needVerb)
	if m == nil {
		return nil, ""
	}
	return m.Ent, speakerName(m)
}

// subjectCues are the first words of the cues of an attribution inside a
// sentence that subjectMention looks for.
var subjectCues = []string{"in", "words", "according", "follows", "statement", "communique", "communiqué"}

// subjectBeforeComma returns the person whose mention is all the words from
// start up to the comma at offset comma ("Blinken, according to …"), or nil.
func (x *extractor) subjectBeforeComma(p *paragraph, start, comma int) *mention {
	ms := p.ments(start, comma)
	for k := range ms {
		f := &ms[k]
		at := p.Toks[max(f.T0-f.TitleRun, 0)].Start
		if f.Kind == mPerson && !f.InQuote && at == start && f.End <= comma && f.T1 < len(p.Toks) && p.Toks[f.T1].Start == comma && x.resolveInto(f) {
			return f
		}
	}
	return nil
}

// personClause returns the person named with a verb after them who opens
// the sentence at start, or a clause after a comma, before end ("In a
// phone call …, US Secretary of State Antony Blinken urged …"), or nil.
func (x *extractor) personClause(p *paragraph, start, end int) *mention {
	ms := p.ments(start, end)
	for k := range ms {
		f := &ms[k]
		if f.Kind != mPerson || f.Ent == nil || f.InQuote || f.T1 >= len(p.Toks) || !x.isVerb(&p.Toks[f.T1]) {
			continue
		}
		if at := max(f.T0-f.TitleRun, 0); p.Toks[at].Start == start || at > 0 && p.Toks[at-1].Text == "," {
			return f
		}
	}
	return nil
}

// afterPrepositionalPossessor reports whether toks[at] follows a
// possessor that a preposition governs ("after talks with Hungary's Viktor
// Orbán": Orbán is in the phrase, not the sentence's subject).
func afterPrepositionalPossessor(toks []token, at int) bool {
	switch {
	case at >= 2 && (toks[at-1].Text == "'s" || toks[at-1].Text == "’s"):
		return prepositional(toks, at-2)
	case at >= 3 && (toks[at-2].Text == "'" || toks[at-2].Text == "’") && toks[at-1].Lower == "s":
		return prepositional(toks, at-3)
	}
	return false
}

func (x *extractor) subjectMention(p *paragraph, toks []token, needVerb bool) *mention {
	if len(toks) == 0 {
		return nil
	}
	start, end := toks[0].Start, toks[len(toks)-1].End
	// "the West, he said, had ignored Russia's three key demands": an
	// attribution set off by commas inside the reported words
	if m := x.parentheticalSpeaker(p, toks); m != nil {
		return m
	}
	// according to X; in his words; in the words of X
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Info&(wSeen|wSubjectCue) == wSeen {
			continue // an annotated word that starts none of the cues below
		}
		// in his words; in the words of X; in her opinion; in his view, reading
		if toks[i].Lower == "in" && isWordOf(&toks[i+2], wViewNoun, viewNouns) || toks[i].Lower == "words" && toks[i+1].Lower == "of" {
			ms := p.ments(toks[i].Start, toks[min(i+4, len(toks)-1)].End)
			for k := range ms {
				m := &ms[k]
				if (m.Start == toks[i+1].Start || m.Start == toks[i+2].Start) && !m.InQuote {
					if m.Ent == nil {
						m.Ent = x.resolve(m)
					}
					if m.Ent != nil {
						return m
					}
				}
			}
		}
		// according to X; as follows from X; in a statement by/of/from X
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" || toks[i].Lower == "follows" && toks[i+1].Lower == "from" && i > 0 && toks[i-1].Lower == "as" ||
			(toks[i].Lower == "statement" || toks[i].Lower == "communique" || toks[i].Lower == "communiqué") && (toks[i+1].Lower == "of" || toks[i+1].Lower == "by" || toks[i+1].Lower == "from") {
			ms := p.ments(toks[i].Start, toks[min(i+12, len(toks)-1)].End)
			after := -1 // a role noun that resolved to nobody yet ("the Kremlin spokesman") is a title
			for k := range ms {
				m := &ms[k]
				at := m.Start
				if m.Kind == mPerson && m.TitleRun > 0 && m.T0 >= m.TitleRun {
					at = p.Toks[m.T0-m.TitleRun].Start // "according to the Kremlin spokesman Dmitry Peskov"
				}
				if (at == toks[i+2].Start || toks[i+2].Lower == "the" && i+3 < len(toks) && at == toks[i+3].Start || m.T0 == after) && !m.InQuote {
					if m.Ent == nil {
						m.Ent = x.resolve(m)
					}
					if m.Ent == nil {
						after = m.T1
						continue
					}
					// "according to the Kremlin spokesman Dmitry Peskov"
					if !m.Ent.Person && k+1 < len(ms) && ms[k+1].Kind == mPerson && x.partOfTitle(p, m, &ms[k+1]) {
						if n := &ms[k+1]; n.Ent != nil || x.resolveInto(n) {
							return n
						}
					}
					// "Blinken, according to US State Department spokesman
					// Ned Price, stressed …": the subject the source reports
					if i > 1 && toks[i-1].Text == "," {
						if f := x.subjectBeforeComma(p, start, toks[i-1].Start); f != nil && f.Ent != m.Ent {
							return f
						}
					}
					// "Putin complained that …, according to the Kremlin,
					// listing …": the readout reports the person's words
					if i > 0 && !m.Ent.Person {
						if f := x.personClause(p, start, toks[i].Start); f != nil {
							return f
						}
					}
					// "According to the Kremlin's readout of the call, Putin
					// singled out …", "According to state department spokesman
					// Ned Price, Blinken urged …": the source reports the
					// person's words
					// ("According to the text later published by El País,
					// Washington offered …": a document's reader names who
					// speaks)
					doc := m.Kind == mRole && strings.HasPrefix(m.Role.Kind, "actor:")
					for j := i + 2; j+1 < len(toks); j++ {
						if toks[j].Text == "," {
							if n := x.clauseSubjectAt(p, toks, j+1, doc); n != nil && n.Ent != m.Ent {
								return n
							}
							break
						}
					}
					// "As follows from the documents, …": the organisation that
					// published them, when the text names it
					if a := x.author; doc && a != nil && a != m.Ent && sideGroup(a.Side) == sideGroup(m.Ent.Side) {
						by := *m
						by.Ent = a
						return &by
					}
					return m
				}
			}
		}
	}
	if m := x.tailSpeaker(p, toks); m != nil {
		// "Putin told Macron that …, the Kremlin said in a statement": the
		// readout reports the person's words
		// ("In a phone call with Sergei Lavrov on Tuesday, US Secretary of
		// State Antony Blinken urged …, the State Department said": the
		// person who opens the clause after an introduction)
		if !m.Ent.Person {
			if f := x.personClause(p, start, m.Start); f != nil {
				return f
			}
		}
		return m
	}
	// "Under the treaty, Washington would …", "In the draft, …": the
	// document (its author) speaks
	// (but "In the text, the Foreign Ministry said …": whoever says it)
	if len(toks) > 3 && (toks[0].Lower == "under" || toks[0].Lower == "in") && !x.saidAfterComma(p, toks) {
		ms := p.ments(toks[0].Start, toks[min(3, len(toks)-1)].End)
		for k := range ms {
			if m := &ms[k]; m.Kind == mRole && strings.HasPrefix(m.Role.Kind, "actor:") && !m.InQuote && x.resolveInto(m) {
				return m
			}
		}
	}
	v, vi := -1, -1 // the first verb's offset and index
	fv := len(toks) // the first token that isVerb at all
	for i := range toks {
		if t := &toks[i]; x.isVerb(t) {
			fv = min(fv, i)
			if t.Lower != "according" && !(i > 0 && isWordOf(&toks[i-1], wDeterminer, determiners)) {
				v, vi = t.Start, i
				break
			}
		}
	}
	// "… published two drafts, in which Moscow demanded …": the subject of
	// the relative clause that holds the first speech verb speaks (no
	// token before fv is a verb)
	for w := max(2, fv); w < len(toks); w++ {
		if !x.isVerb(&toks[w]) || toks[w-2].Lower != "which" && toks[w-2].Lower != "whereby" && (w < 3 || toks[w-3].Lower != "which") {
			continue
		}
		for _, m := range p.ments(toks[max(w-3, 0)].Start, toks[w].Start) {
			if m.InQuote || m.End != toks[w-1].End || m.Kind == mPronoun {
				continue
			}
			if k := tokIndex(toks, m.Start); k > 0 && (toks[k-1].Lower == "which" || toks[k-1].Lower == "whereby") {
				m := m
				if m.Ent != nil || x.resolveInto(&m) {
					return &m
				}
			}
		}
	}
	limit := v
	if v < 0 {
		if needVerb {
			return nil
		}
		limit = end
	}
	var person, actor *mention
	// ("KYIV, Ukraine (AP) — U.S. Secretary of State Antony Blinken warned
	// …": the dateline's places are not the subject)
	from := start
	if d := datelineIn(p, toks); d > 0 && d < len(toks) {
		from = toks[d].Start
	}
	ms := p.ments(start, end+1)
	for k := range ms {
		m := &ms[k]
		if m.Ent == nil || m.InQuote || m.Start < from || m.End > limit {
			continue
		}
		// (a titled name counts from its title: "in the telephone
		// conversation with the president of France Emmanuel Macron")
		at := m.T0
		if m.Kind == mPerson && m.TitleRun > 0 && m.T0 >= m.TitleRun {
			at = m.T0 - m.TitleRun
		}
		if (prepositional(p.Toks, m.T0) || at != m.T0 && prepositional(p.Toks, at) || afterPrepositionalPossessor(p.Toks, at)) && !x.conjunctionClause(p, m, at) || hyphenated(p.Toks, m) {
			continue
		}
		// "Her comments come after …": a possessive names whose the subject is
		if possessive(m) && m.T1 < len(p.Toks) && p.Toks[m.T1].Word && (m.Start == start || !x.isVerb(&p.Toks[m.T1])) {
			continue
		}
		// "The demands of the West …": a document of someone the text names
		if m.Kind == mRole && strings.HasPrefix(m.Role.Kind, "actor:") && m.T1 < len(p.Toks) && (p.Toks[m.T1].Lower == "of" || p.Toks[m.T1].Lower == "by") {
			continue
		}
		// "Moscow's demand for a halt …" names whose demand it is, not who speaks
		// (but "Georgia's Foreign Ministry said …" is Georgia speaking)
		if !m.Ent.Person && m.T1+1 < len(p.Toks) && (p.Toks[m.T1].Text == "'s" || p.Toks[m.T1].Text == "’s" || (p.Toks[m.T1].Text == "'" || p.Toks[m.T1].Text == "’") && p.Toks[m.T1+1].Lower == "s") &&
			!(m.Ent.Class == "Country" && ministryAfter(p.Toks, m.T1)) {
			continue
		}
		// "Lavrov's deputy, Alexander Grushko, has said …": the possessor
		// of the role whose holder is named in commas after it
		if m.Ent.Person && possessiveAt(p.Toks, m.T1) && person == nil && apposedHolder(p, ms[k+1:], m) {
			continue
		}
		if m.Ent.Person || m.Ent.Anon {
			if person == nil {
				person = m
				// "The chairman-in-office of OSCE, the minister of foreign
				// affairs of Poland Zbigniew Rau, opening the session,
				// declared …": the role noun's holder is named after it
				if n := x.roleHolder(p, ms[k+1:], m); n != nil {
					person = n
				}
			}
		} else if actor == nil {
			actor = m
		}
	}
	// "There is no answer on the central issue, said Ryabkov, adding …"
	if person == nil && vi > 0 && toks[vi-1].Text == "," && isWordOf(&toks[vi], wSpeech, speechVerbs) {
		ms := p.ments(toks[vi].End, end+1)
		for k := range ms {
			if m := &ms[k]; m.Kind == mPerson && m.Ent != nil && !m.InQuote && m.T0-m.TitleRun <= tokIndex(p.Toks, toks[vi].Start)+1 {
				return m
			}
		}
	}
	if person == nil && actor == nil && v >= 0 {
		// "By demanding a written guarantee from NATO, Russian officials, including Mr Putin, have …"
		ms := p.ments(start, end+1)
		for k := range ms {
			m := &ms[k]
			if m.Ent == nil || m.InQuote || m.Start < v || m.End > end || m.T0 == 0 || p.Toks[m.T0-1].Text != "," {
				continue
			}
			return m
		}
	}
	// "the Elysee Palace said Macron had stressed …", "the Kremlin said
	// Putin had told Macron …", "A State Department spokesperson said
	// Blinken urged …": a readout reports the person's words
	// (any speech verb of the readout, past "in its turn": "The Russian
	// Foreign Ministry stressed in its turn that Lavrov had told Blinken …")
	if (person == nil || person.Ent.Anon) && vi >= 0 && vi+1 < len(toks) && (toks[vi].Lower == "said" || toks[vi].Lower == "says" || isWordOf(&toks[vi], wSpeech, speechVerbs)) {
		j := vi + 1
		if j+2 < len(toks) && (toks[j].Lower == "in" || toks[j].Lower == "on") && (toks[j+1].Lower == "its" || toks[j+1].Lower == "their") && (toks[j+2].Lower == "turn" || toks[j+2].Lower == "part") {
			j += 3
		}
		if j < len(toks) && toks[j].Lower == "that" {
			j++
		}
		if n := x.personClauseAt(p, toks, j); n != nil {
			return n
		}
	}
	pick := person
	if pick == nil {
		pick = actor
	} else if actor != nil && actor.Start < person.Start && !x.partOfTitle(p, actor, person) {
		// "Russia insisted that …, Ryabkov …": the actor opens the clause
		pick = actor
	}
	if pick == nil {
		return nil
	}
	// "NATO should commit never to take in new members", "Russia must pull
	// back the forces it has built up": what a side is told it must do is
	// somebody else's demand of it, not its own statement
	if !pick.Ent.Person && !pick.Ent.Anon && obligedAfter(p.Toks, pick.T1) {
		return nil
	}
	if v < 0 && pick.Start-start > 12 {
		// no verb: only a mention that opens the sentence, or its clause
		// after an introduction ("At his news conference on December 23,
		// President Vladimir Putin was blunt.")
		at := pick.T0
		if pick.Kind == mPerson && pick.TitleRun > 0 && pick.T0 >= pick.TitleRun {
			at = pick.T0 - pick.TitleRun
		}
		if p.Toks[at].Start != start && (at == 0 || p.Toks[at-1].Text != ",") {
			return nil
		}
	}
	return pick
}

// obligedAfter reports whether a modal of obligation follows a subject
// that ends before toks[j] ("should", "must", "ought to", "has to", "would
// have to"), past an adverb ("must also", "should first").
func obligedAfter(toks []token, j int) bool {
	for j < len(toks) && (toks[j].Lower == "also" || toks[j].Lower == "first" || toks[j].Lower == "now" || toks[j].Lower == "simply") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "should", "must", "ought":
		return true
	case "has", "have":
		return j+1 < len(toks) && toks[j+1].Lower == "to"
	case "would", "will":
		return j+2 < len(toks) && toks[j+1].Lower == "have" && toks[j+2].Lower == "to"
	}
	return false
}

// saidAfterComma reports whether the clause after the sentence's first
// comma opens with a speaker and a speech verb ("In the text, the Foreign
// Ministry said …").
func (x *extractor) saidAfterComma(p *paragraph, toks []token) bool {
	for j := 1; j+1 < len(toks) && j < 8; j++ {
		if toks[j].Text != "," {
			continue
		}
		ms := p.ments(toks[j+1].Start, toks[min(j+6, len(toks)-1)].End+1)
		for k := range ms {
			m := &ms[k]
			if m.InQuote || m.Start != toks[j+1].Start && !(toks[j+1].Lower == "the" && j+2 < len(toks) && m.Start == toks[j+2].Start) {
				return false
			}
			return m.T1 < len(p.Toks) && isWordOf(&p.Toks[m.T1], wSpeech, speechVerbs)
		}
		return false
	}
	return false
}

// personClauseAt returns the named person who opens a clause at toks[j]
// (with their title: "President Vladimir Putin") and is its subject: a verb
// follows ("Putin singled out", "Macron had stressed"); or nil.
func (x *extractor) personClauseAt(p *paragraph, toks []token, j int) *mention {
	return x.clauseSubjectAt(p, toks, j, false)
}

// clauseSubjectAt is personClauseAt that also takes an organisation or a
// country when actors is set.
func (x *extractor) clauseSubjectAt(p *paragraph, toks []token, j int, actors bool) *mention {
	if j >= len(toks) {
		return nil
	}
	ms := p.ments(toks[j].Start, toks[min(j+6, len(toks)-1)].End+1)
	for k := range ms {
		m := &ms[k]
		if m.InQuote || m.Kind != mPerson && !(actors && m.Kind == mActor) {
			continue
		}
		// ("… said Mr Blinken had urged …": past the honorific)
		if p.Toks[max(m.T0-m.TitleRun, 0)].Start != toks[j].Start && m.Start != toks[j].Start && !honorificBefore(toks, j, m.Start) {
			return nil
		}
		n := m.T1
		for n < len(p.Toks) && n < m.T1+3 && (p.Toks[n].Lower == "had" || p.Toks[n].Lower == "has" || p.Toks[n].Lower == "also" || p.Toks[n].Lower == "then") {
			n++
		}
		if n >= len(p.Toks) {
			return nil
		}
		// a speech verb, or a past tense ("singled out", "had stressed")
		if t := &p.Toks[n]; (x.isVerb(t) || t.Word && !t.Cap && (n > m.T1 || strings.HasSuffix(t.Lower, "ed"))) && (m.Ent != nil || x.resolveInto(m)) {
			return m
		}
		return nil
	}
	return nil
}

// apposedHolder reports whether a person is named in commas a few words
// after the possessor m ("Lavrov's deputy, Alexander Grushko, …").
func apposedHolder(p *paragraph, after []mention, m *mention) bool {
	for k := range after {
		n := &after[k]
		if n.T0-m.T1 > 7 {
			return false
		}
		if n.Kind == mPerson && !n.InQuote && n.T0 > 0 && p.Toks[n.T0-1].Text == "," && n.T1 < len(p.Toks) && p.Toks[n.T1].Text == "," {
			return true
		}
	}
	return false
}

// honorificBefore reports whether toks[j] is an honorific ("Mr", "Dr.")
// right before the name that starts at offset start.
func honorificBefore(toks []token, j, start int) bool {
	if j+1 >= len(toks) || !isAddress(&toks[j]) {
		return false
	}
	if toks[j+1].Text == "." {
		j++
	}
	return j+1 < len(toks) && toks[j+1].Start == start
}

// tailSpeaker reads a reporting clause that ends the sentence: "…, Russia
// has insisted." "…, said Ryabkov." "…, the minister told reporters on Friday."
func (x *extractor) tailSpeaker(p *paragraph, toks []token) *mention {
	// each reading below needs a verb of the lexicon, a speech verb or
	// "told" in toks, which are the paragraph's: most paragraphs without
	// one are done at once
	if p.Info&(wVerb|wSpeech|wTold) == 0 {
		return nil
	}
	// (the last comma is found once: each reading below starts from it)
	lc := lastComma(toks)
	if m := x.tailSpeakerFrom(p, toks, len(toks), lc); m != nil {
		return m
	}
	if m := x.invertedTitled(p, toks, lc); m != nil {
		return m
	}
	// "…, said Pavel Trubin, a Moscow-based defence analyst.": the
	// sentence before the apposition that closes it
	if c := lc; c > 2 && c+2 < len(toks) && (toks[c+1].Lower == "a" || toks[c+1].Lower == "an") && !x.hasVerb(toks[c+1:]) {
		if m := x.tailSpeakerFrom(p, toks, c, lastComma(toks[:c])); m != nil && m.End == toks[c-1].End {
			return m
		}
	}
	// "…, Belarusian President Aleksandr Lukashenko said as he delivered
	// his address on 28 January, BelTA has learned": the clause before an
	// outlet's own credit (the last comma, five words or fewer from the end)
	if n := lc + 1; n > 1 && len(toks)-n <= 5 && isCredit(toks[n:]) {
		return x.tailSpeakerFrom(p, toks[:n-1], n-1, lastComma(toks[:n-1]))
	}
	return nil
}

// lastComma returns the index of the last comma of toks, or -1.
func lastComma(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Text == "," {
			return i
		}
	}
	return -1
}

// invertedTitled reads a machine translation's inverted attribution
// after the sentence's last comma, the titled name a few words after the
// verb: "…, has declared the deputy minister of foreign affairs of Russia
// Sergei Ryabkov at the press conference following …".
//
// lc is the index of the last comma of toks (lastComma).
func (x *extractor) invertedTitled(p *paragraph, toks []token, lc int) *mention {
	c := lc
	if c < len(toks)-40 {
		c = -1 // (the comma is read within the last 40 tokens)
	}
	if c < 0 || c+4 >= len(toks) {
		return nil
	}
	tail := toks[c+1:]
	v := 0
	if tail[0].Lower == "has" || tail[0].Lower == "have" || tail[0].Lower == "had" {
		v = 1
	}
	if !isWordOf(&tail[v], wSpeech, speechVerbs) && tail[v].Lower != "told" {
		return nil
	}
	for _, m := range p.ments(tail[v].End, tail[min(v+14, len(tail)-1)].End+1) {
		if m.Kind != mPerson || m.InQuote || m.TitleRun == 0 || m.T0 < m.TitleRun {
			continue
		}
		if at := p.Toks[m.T0-m.TitleRun].Start; at <= tail[min(v+2, len(tail)-1)].Start {
			m := m
			if m.Ent != nil || x.resolveInto(&m) {
				return &m
			}
		}
		return nil
	}
	return nil
}

// isCredit reports whether toks, the end of a sentence, credit the outlet
// that reports it ("BelTA has learned", "TASS reports").
func isCredit(toks []token) bool {
	for i := range toks {
		switch toks[i].Lower {
		case "learned", "learnt", "reports", "reported", "reporting":
			return true
		}
	}
	return false
}

// tailSpeakerFrom is tailSpeaker for toks, the sentence up to n; lc is
// the index of the last comma of toks[:n] (lastComma).
func (x *extractor) tailSpeakerFrom(p *paragraph, toks []token, n, lc int) *mention {
	toks = toks[:n]
	// the last comma of the sentence, outside quotations (within the last
	// 24 tokens)
	c := lc
	if c < len(toks)-24 {
		c = -1
	}
	if c < 0 || c+2 >= len(toks) {
		return nil
	}
	tail := toks[c+1:]
	// "…, the chair of the foreign affairs committee, Marko Mihkelson
	// (Reform), said on Wednesday": the name before a party tag
	if len(tail) > 0 && isWordOf(&tail[0], wSpeech, speechVerbs) && c > 2 && toks[c-1].Text == ")" {
		j := c - 2
		for j > 0 && toks[j].Text != "(" && c-j < 6 {
			j--
		}
		if toks[j].Text == "(" && j > 0 {
			for _, m := range p.ments(toks[max(j-6, 0)].Start, toks[j-1].End+1) {
				if m.Kind == mPerson && m.End == toks[j-1].End && !m.InQuote {
					m := m
					if m.Ent != nil || x.resolveInto(&m) {
						return &m
					}
				}
			}
		}
	}
	// "…, a demand Reznikov dismissed.": an apposition about the clause
	// before, not its attribution
	if len(tail) > 1 && (tail[0].Lower == "a" || tail[0].Lower == "an") && appositionNouns[tail[1].Lower] {
		return nil
	}
	v := -1
	for i := range tail {
		if x.isVerb(&tail[i]) && !(i > 0 && isWordOf(&tail[i-1], wDeterminer, determiners)) {
			v = i
			break
		}
	}
	if v < 0 {
		return nil
	}
	// "…,” Olena Marchuk, an analyst at the Kyiv Institute for Strategic
	// Dialogue, told DW.": the person before an apposition that the verb
	// follows, not a place inside it
	if v == 0 && (isWordOf(&tail[0], wSpeech, speechVerbs) || tail[0].Lower == "told") {
		if m := x.beforeApposition(p, toks, c); m != nil {
			return m
		}
	}
	// "…, a day after President Vladimir Putin accused …": a clause of time,
	// not the attribution
	for _, t := range tail[:v] {
		switch t.Lower {
		case "after", "before", "while", "when", "since", "until", "following":
			return nil
		}
	}
	ms := p.ments(tail[0].Start, tail[len(tail)-1].End+1)
	for k := range ms {
		m := &ms[k]
		if m.InQuote || m.Start < tail[0].Start || m.End > tail[len(tail)-1].End {
			continue
		}
		if m.Ent == nil {
			m.Ent = x.resolve(m)
		}
		if m.Ent == nil {
			continue
		}
		// "X (has) VERB" right after the comma, or "said X" closing the
		// sentence; not "…, Georgia and other post-Soviet states"
		if (m.Start == tail[0].Start || v > 0 && tail[0].Lower == "the" && m.Start == tail[1].Start) && !listBefore(tail[:v]) {
			// "…, Kremlin spokesman Dmitry Peskov said": the actor is part of the title
			if !m.Ent.Person && k+1 < len(ms) && ms[k+1].Kind == mPerson && x.partOfTitle(p, m, &ms[k+1]) && ms[k+1].End <= tail[v].Start {
				n := &ms[k+1]
				if n.Ent == nil {
					n.Ent = x.resolve(n)
				}
				if n.Ent != nil {
					return n
				}
			}
			return m
		}
		// "…, Kremlin spokesman Dmitry Peskov told reporters": a titled name
		if v > 0 && m.Kind == mPerson && m.TitleRun > 0 && m.T0 >= m.TitleRun && m.End <= tail[v].Start &&
			p.Toks[m.T0-m.TitleRun].Start <= tail[min(2, len(tail)-1)].Start {
			return m
		}
		// (not "…, said Washington had …": the subject of what was said)
		if v == 0 && isWordOf(&tail[0], wSpeech, speechVerbs) && v+1 < len(tail) && m.Start == tail[v+1].Start && len(tail)-v < 8 &&
			!(m.T1 < len(p.Toks) && (auxiliaries[p.Toks[m.T1].Lower] || x.isVerb(&p.Toks[m.T1]))) {
			return m
		}
		// "…, the press secretary of the president of Russia Dmitry Peskov
		// declared": a person whose name the speech verb follows, however
		// long the title before it
		if v > 0 && m.Kind == mPerson && m.Ent.Person && m.End <= tail[v].Start && x.isVerb(&p.Toks[min(m.T1, len(p.Toks)-1)]) && p.Toks[m.T1].Start == tail[v].Start {
			return m
		}
	}
	return nil
}

// beforeApposition returns the person named right before an apposition
// that ends at toks[c], a comma: ", an analyst in Kyiv," after "Olena
// Marchuk"; nil when the words before toks[c] are no such apposition.
func (x *extractor) beforeApposition(p *paragraph, toks []token, c int) *mention {
	c2 := c - 1
	for c2 > 0 && c-c2 < 16 && toks[c2].Text != "," {
		c2--
	}
	if c2 < 2 || toks[c2].Text != "," || c-c2 < 3 {
		return nil
	}
	switch toks[c2+1].Lower {
	case "a", "an", "the":
	default:
		return nil
	}
	for _, m := range p.ments(toks[max(c2-6, 0)].Start, toks[c2-1].End+1) {
		if m.Kind == mPerson && !m.InQuote && m.End == toks[c2-1].End {
			m := m
			if m.Ent != nil || x.resolveInto(&m) {
				return &m
			}
		}
	}
	return nil
}

// appositionBetween reports whether an apposition opens between the
// offsets from and to of toks: a comma and "a", "an" or "the".
func appositionBetween(toks []token, from, to int) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text == "," && toks[i].Start >= from && toks[i].Start < to {
			switch toks[i+1].Lower {
			case "a", "an", "the":
				return true
			}
		}
	}
	return false
}

// listBefore reports whether toks, the words of a tail clause before its
// verb, are a list going on ("Ukraine, Georgia and other post-Soviet
// states"): its "verb" is a noun.
func listBefore(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].Lower == "and" || toks[i].Lower == "or") && (toks[i+1].Lower == "other" || toks[i+1].Lower == "all") {
			return true
		}
	}
	return false
}

// appositionNouns open "…, a demand NATO has rejected" after a clause.
var appositionNouns = map[string]bool{"demand": true, "call": true, "proposal": true, "request": true, "position": true,
	"claim": true, "idea": true, "move": true, "step": true, "condition": true, "stance": true}

// determiners make the word after them a noun: "the demands", "its call".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "your": true, "my": true, "these": true, "those": true, "this": true, "that": true}

// speechVerbs may precede their subject: "…, said Ryabkov."
// ("told" is left out: "told Gorbachev" names the listener).
var speechVerbs = map[string]bool{
	"said": true, "says": true, "added": true, "wrote": true, "stated": true, "noted": true,
	"explained": true, "concluded": true, "continued": true, "asked": true, "replied": true, "warned": true,
	"stressed": true, "insisted": true, "declared": true, "announced": true, "emphasised": true, "emphasized": true,
}

// speakerRef is one speaker of a sentence, with a stance the grammar
// forces ("a demand NATO has rejected") or "".
type speakerRef struct {
	ent    *entity
	name   string
	stance string
	at     *mention
}

// speakers returns who takes a position in a sentence: its subject, those
// coordinated with it ("The United States and its European allies claim"),
// those it includes ("Russian officials, including Mr Putin"), and those the
// sentence says reject it ("…, a demand NATO has rejected"; "to be rejected
// by the US and its allies").
func (x *extractor) speakers(p *paragraph, toks []token) []speakerRef {
	return x.speakersWith(p, toks, x.subjectMention(p, toks, false))
}

// speakersWith is speakers for the sentence's subject mention subj, as
// subjectMention(p, toks, false) finds it.
//
// The list is the state's scratch (st.srs), good until the next call: its
// two callers are done with it by then.
func (x *extractor) speakersWith(p *paragraph, toks []token, subj *mention) []speakerRef {
	out := x.st.srs[:0]
	addM := func(m *mention, stance string) {
		if m == nil || m.Ent == nil {
			return
		}
		for _, o := range out {
			if o.ent.ID == m.Ent.ID {
				return // a speaker once
			}
			if stance != "" && o.ent.Person && o.ent.Org != "" && o.ent.Org == m.Ent.ID {
				return // "Zhao said China opposes …": his government's voice is his
			}
		}
		out = append(out, speakerRef{m.Ent, speakerName(m), stance, m})
	}
	mentionAt := func(i int) *mention {
		if i < 0 || i >= len(p.Toks) {
			return nil
		}
		for i+1 < len(p.Toks) && (p.Toks[i].Lower == "mr" || p.Toks[i].Lower == "mrs" || p.Toks[i].Lower == "ms" || p.Toks[i].Lower == "dr" || p.Toks[i].Text == ".") {
			i++ // "including Mr. Putin"
		}
		if p.Toks[i].Lower == "the" && i+1 < len(p.Toks) {
			ms := p.ments(p.Toks[i].Start, p.Toks[min(i+1, len(p.Toks)-1)].End+1)
			for k := range ms {
				if ms[k].T0 == i+1 && !ms[k].InQuote && ms[k].Ent != nil {
					return &ms[k]
				}
			}
		}
		ms := p.ments(p.Toks[i].Start, p.Toks[i].End+1)
		for k := range ms {
			if ms[k].T0 == i && !ms[k].InQuote && ms[k].Ent != nil {
				return &ms[k]
			}
		}
		// ("by Georgian Foreign Minister David Zalkaliani": a person after
		// capitalised title words)
		j := i
		for j < len(p.Toks) && j < i+4 && p.Toks[j].Word && p.Toks[j].Cap && x.lex.infoOf(&p.Toks[j])&(wTitle|wQual) != 0 {
			j++
		}
		if j > i && j < len(p.Toks) {
			ms := p.ments(p.Toks[j].Start, p.Toks[j].End+1)
			for k := range ms {
				if ms[k].T0 == j && !ms[k].InQuote && ms[k].Ent != nil && ms[k].Ent.Person {
					return &ms[k]
				}
			}
		}
		return nil
	}
	// coordinated and included mentions after m
	var follow func(m *mention, stance string)
	follow = func(m *mention, stance string) {
		i := m.T1
		switch {
		case i < len(p.Toks) && p.Toks[i].Lower == "and":
			// "Macron and German Chancellor Olaf Scholz said": the title
			// words before the second name are skipped
			for j := i + 1; j < len(p.Toks) && j <= i+6; j++ {
				if l := p.Toks[j].Lower; l == "his" || l == "her" || l == "their" {
					continue // "and his Estonian counterpart …": not a mention of him
				}
				if n := mentionAt(j); n != nil {
					// "… and US President Joe Biden": the actor is his title
					if !n.Ent.Person {
						if pm := mentionAt(n.T1); pm == nil {
							for k := n.T1; k < len(p.Toks) && k <= n.T1+4; k++ {
								if pm2 := mentionAt(k); pm2 != nil && pm2.Ent.Person && x.partOfTitle(p, n, pm2) {
									n = pm2
									break
								}
							}
						} else if pm.Ent.Person {
							n = pm
						}
					}
					addM(n, stance)
					follow(n, stance)
					break
				}
				// ("… and his Estonian counterpart Eva-Maria Liimets said")
				if t := &p.Toks[j]; !t.Word || !(t.Cap || x.lex.infoOf(t)&(wTitle|wQual) != 0 || counterparts[t.Lower]) {
					break
				}
			}
		case i+1 < len(p.Toks) && p.Toks[i].Text == "," && p.Toks[i+1].Lower == "including":
			if n := mentionAt(i + 2); n != nil {
				addM(n, stance)
			}
		}
	}
	if m := subj; m != nil {
		addM(m, "")
		follow(m, "")
	}
	if len(toks) == 0 {
		x.st.srs = out[:0] // (the array is kept for the next call)
		return out
	}
	// rejecters: "NATO has rejected", "rejected by the US and its allies"
	t0 := sort.Search(len(p.Toks), func(i int) bool { return p.Toks[i].Start >= toks[0].Start })
	t1 := t0 + len(toks)
	for i := t0; i < t1 && i < len(p.Toks); i++ {
		if p.Toks[i].Info&(wSeen|wVerb|wHintRej) == wSeen {
			continue // an annotated word that is neither reading's verb (the most)
		}
		// "NATO was urged by Moscow to withdraw …": the agent speaks
		if x.isVerb(&p.Toks[i]) && x.lex.infoOf(&p.Toks[i])&wHintRej == 0 && i+1 < len(p.Toks) && p.Toks[i+1].Lower == "by" &&
			i > 0 && (p.Toks[i-1].Lower == "was" || p.Toks[i-1].Lower == "were" || p.Toks[i-1].Lower == "been" || p.Toks[i-1].Lower == "is" || p.Toks[i-1].Lower == "are") {
			// ("was stressed by both Dendias and his Cypriot counterpart …")
			at := i + 2
			if at < len(p.Toks) && p.Toks[at].Lower == "both" {
				at++
			}
			if n := mentionAt(at); n != nil {
				addM(n, "")
				follow(n, "")
			}
			continue
		}
		if x.lex.infoOf(&p.Toks[i])&wHintRej == 0 {
			continue
		}
		// ("rejected within hours by Georgian Foreign Minister David
		// Zalkaliani": an adverbial may stand before the agent)
		k := i + 1
		for k < t1 && k < len(p.Toks) && k <= i+3 && passiveAdverbials[p.Toks[k].Lower] {
			k++
		}
		if k < len(p.Toks) && p.Toks[k].Lower == "by" {
			if n := mentionAt(k + 1); n != nil {
				// ("The idea that Ukraine should declare neutrality … was
				// dismissed by Foreign Minister Dmytro Kuleba": the passive's
				// subject is what is rejected, not who speaks)
				if subj != nil && subj.T1 <= i && i > 0 && (p.Toks[i-1].Lower == "was" || p.Toks[i-1].Lower == "were" || p.Toks[i-1].Lower == "been") {
					out = dropSpeaker(out, subj.Ent)
				}
				addM(n, "rejects")
				follow(n, "rejects")
			}
			continue
		}
		j := i - 1
		for j > t0 && (p.Toks[j].Lower == "has" || p.Toks[j].Lower == "have" || p.Toks[j].Lower == "had" || p.Toks[j].Lower == "also" || p.Toks[j].Lower == "flatly" || p.Toks[j].Lower == "already") {
			j--
		}
		if j < 0 { // the verb opens the paragraph: no subject before it
			continue
		}
		ms := p.ments(p.Toks[max(j-8, 0)].Start, p.Toks[j].End+1)
		for k := range ms {
			m := &ms[k]
			// ("Russia proposed … that NATO refuses the further expansion":
			// what the subject proposed, not NATO refusing)
			if m.T0 > t0 && p.Toks[m.T0-1].Lower == "that" && x.reportsBefore(p, t0, m.T0-1) {
				continue
			}
			if m.T1 == j+1 && m.Ent != nil && !m.InQuote && (len(out) == 0 || m.Start > toks[0].Start+0) && !x.reportedBy(p, out, m) {
				if len(out) > 0 && out[0].ent == m.Ent {
					out[0].stance = "rejects"
				}
				addM(m, "rejects")
				// "Washington and its allies have rejected"
				if m.T0 >= 2 && p.Toks[m.T0-1].Lower == "and" {
					for k2 := range ms {
						if o := &ms[k2]; o.T1 == m.T0-1 && o.Ent != nil && !o.InQuote {
							addM(o, "rejects")
						}
					}
				}
			}
		}
	}
	x.st.srs = out[:0] // (the array is kept for the next call)
	return out
}

// reportedBy reports whether the rejecter m stands in a subordinate clause
// of the words another speaker of the sentence is reported to have said
// ("Gavrilov said Moscow was not interested in talks while NATO refused to
// give guarantees"): background to the speaker's claim, not a statement of
// m's. The reported clause itself ("Grushko noted that the alliance had
// refused to discuss …") keeps m as a speaker.
func (x *extractor) reportedBy(p *paragraph, out []speakerRef, m *mention) bool {
	if len(out) == 0 || out[0].at == nil || out[0].ent == m.Ent {
		return false
	}
	said := false
	for i := out[0].at.T1; i < m.T0 && i < len(p.Toks); i++ {
		switch l := p.Toks[i].Lower; {
		case isWordOf(&p.Toks[i], wSpeech, speechVerbs) || l == "told":
			said = true
		case said && subordinators[l]:
			return true
		}
	}
	return false
}

// auxiliaries open a verb phrase after its subject.
var auxiliaries = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"would": true, "will": true, "could": true, "should": true, "can": true, "must": true, "did": true, "does": true, "might": true}

// subordinators open a subordinate clause.
var subordinators = map[string]bool{"while": true, "whereas": true, "because": true, "since": true, "although": true,
	"though": true, "when": true, "unless": true, "until": true, "as": true, "if": true}

// tokIndex returns the index in toks of the token that starts at offset start.
func tokIndex(toks []token, start int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
}

// resolveInto resolves m's entity if it has none yet, and reports whether it has one.
func (x *extractor) resolveInto(m *mention) bool {
	if m.Ent == nil {
		m.Ent = x.resolve(m)
	}
	return m.Ent != nil
}

// partOfTitle reports whether actor is inside the title run of person
// ("U.S. Ambassador Michael Carpenter") or of an apposition naming them
// ("Russia's ambassador to the United States, Anatoly Antonov, said").
func (x *extractor) partOfTitle(p *paragraph, actor, person *mention) bool {
	if actor.T1 <= person.T0 && actor.T1 >= person.T0-person.TitleRun-2 {
		return true
	}
	// the apposition: a title of at most eight words between the actor
	// and ", NAME"
	if person.T0 < 1 || actor.T1 > person.T0 || person.T0-actor.T1 > 9 || p.Toks[person.T0-1].Text != "," {
		return false
	}
	if person.T1 < len(p.Toks) && p.Toks[person.T1].Text != "," && !x.isVerb(&p.Toks[person.T1]) {
		return false
	}
	for i := actor.T1; i < person.T0-1; i++ {
		if x.lex.infoOf(&p.Toks[i])&wTitle != 0 {
			return true
		}
	}
	return false
}

var prepositions = map[string]bool{
	"to": true, "with": true, "from": true, "of": true, "against": true, "by": true, "for": true,
	"towards": true, "toward": true, "than": true, "between": true, "into": true, "about": true,
	"on": true, "at": true, "in": true, "over": true, "under": true, "near": true, "among": true, "like": true,
	"after": true, "before": true, "during": true, "following": true, "amid": true, "despite": true, "within": true, "beyond": true,
}

func prepositional(toks []token, i int) bool {
	if i > 1 && (toks[i-1].Lower == "the" || toks[i-1].Lower == "its" || toks[i-1].Lower == "their") {
		i--
	}
	// "the line of contact of Russia and NATO": the second of two names
	// after a preposition
	if i >= 3 && toks[i-1].Lower == "and" && toks[i-2].Cap && toks[i-2].Word {
		j := i - 2
		for j > 0 && i-2-j < 2 && toks[j-1].Cap && toks[j-1].Word {
			j--
		}
		if j > 0 && (toks[j-1].Lower == "of" || toks[j-1].Lower == "between") {
			return true
		}
	}
	if i < 1 || !isWordOf(&toks[i-1], wPrep, prepositions) {
		return false
	}
	// "a source in the Russian delegation", "officials in Washington": the
	// source belongs to what follows "in"
	return toks[i-1].Lower != "in" || i < 2 || !toks[i-2].in(listSourceNouns)
}

// hyphenated reports whether m is part of a compound with a hyphen ("the
// NATO-Russia Council"): a name of something else, not a speaker.
func hyphenated(toks []token, m *mention) bool {
	return m.Kind == mActor && (m.T0 > 0 && toks[m.T0-1].Text == "-" && toks[m.T0-1].End == toks[m.T0].Start ||
		m.T1 < len(toks) && toks[m.T1].Text == "-" && toks[m.T1].Start == toks[m.T1-1].End)
}

// conjunctionClause reports whether the word before the mention (at its
// title, at) opens a clause of its own whose subject the mention is:
// "… a month after the Russian Foreign Ministry warned that …".
func (x *extractor) conjunctionClause(p *paragraph, m *mention, at int) bool {
	i := at
	if i > 1 && (p.Toks[i-1].Lower == "the" || p.Toks[i-1].Lower == "its" || p.Toks[i-1].Lower == "their") {
		i--
	}
	if i < 1 {
		return false
	}
	switch p.Toks[i-1].Lower {
	case "after", "before", "following", "since":
	default:
		return false
	}
	j := m.T1
	for j < len(p.Toks) && (p.Toks[j].Lower == "has" || p.Toks[j].Lower == "had" || p.Toks[j].Lower == "also") {
		j++
	}
	return j < len(p.Toks) && x.isVerb(&p.Toks[j])
}

// sourceNouns name an unnamed source that belongs to what follows "in".
var sourceNouns = map[string]bool{"source": true, "sources": true, "official": true, "officials": true,
	"diplomat": true, "diplomats": true, "someone": true, "people": true, "member": true, "members": true}

// viewNouns follow "in his …" to give whose view a sentence reports.
var viewNouns = map[string]bool{"words": true, "opinion": true, "view": true, "reading": true,
	"assessment": true, "estimation": true, "judgement": true, "judgment": true}

// counterparts are the words of "his Estonian counterpart" before a name.
// (his, her, their are skipped before: they are mentions of their own)
var counterparts = map[string]bool{"counterpart": true, "counterparts": true, "colleague": true}

// passiveAdverbials may stand between a passive verb and its agent
// ("rejected within hours by", "dismissed outright on Friday by").
var passiveAdverbials = map[string]bool{
	"within": true, "hours": true, "minutes": true, "days": true, "outright": true, "quickly": true,
	"immediately": true, "swiftly": true, "firmly": true, "publicly": true, "later": true, "also": true,
	"today": true, "yesterday": true, "on": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// dropSpeaker returns refs without e's.
func dropSpeaker(refs []speakerRef, e *entity) []speakerRef {
	out := refs[:0]
	for _, r := range refs {
		if r.ent != e {
			out = append(out, r)
		}
	}
	return out
}
