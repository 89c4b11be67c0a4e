package export

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// StatementMode says how statements appear in a projection.
type StatementMode int

const (
	// StatementEdges collapses each statement into an edge from its speaker
	// to its demand (or, for a statement about no demand, to its source
	// document) carrying stance, date, quotation, source and provenance. A
	// statement that cannot be collapsed (no speaker, several speakers or
	// demands, neither demand nor source) stays a node.
	StatementEdges StatementMode = iota
	// StatementNodes keeps statements as nodes linked to speaker, demand,
	// source document and what they refer to, as in the graph itself.
	StatementNodes
)

// ParseStatementMode parses "edges" or "nodes".
func ParseStatementMode(s string) (StatementMode, error) {
	switch s {
	case "edges", "":
		return StatementEdges, nil
	case "nodes":
		return StatementNodes, nil
	}
	return 0, fmt.Errorf("statements %q: want edges or nodes", s)
}

func (m StatementMode) String() string {
	if m == StatementNodes {
		return "nodes"
	}
	return "edges"
}

// Options select and shape a projection. IDs are slugs, the last path
// segment of an entity IRI (DESIGN.md); Around also takes a node ID
// ("person/sergei-ryabkov") or a full IRI.
type Options struct {
	Statements StatementMode

	// Statement filters; a statement is kept when it passes all that are set.
	// With any of them set, the projection holds the kept statements, the
	// entities they connect and the named demand, speaker or document.
	Demand  string // demand id
	Speaker string // person or actor slug
	Doc     string // source document (article id)
	Since   string // YYYY-MM-DD, inclusive; statements without a date are dropped
	Until   string // YYYY-MM-DD, inclusive; statements without a date are dropped

	// Around, when set, keeps only the nodes within Depth edges of this node,
	// edges taken in either direction, after the filters above.
	Around string
	Depth  int
}

func (o Options) statementFiltered() bool {
	return o.Demand != "" || o.Speaker != "" || o.Doc != "" || o.Since != "" || o.Until != ""
}

// ErrNotFound is returned (wrapped) when a filter names an entity the graph
// does not hold.
var ErrNotFound = errors.New("not in the graph")

// notFound says which filter named what; it is an ErrNotFound.
type notFound struct{ what, id string }

func (e *notFound) Error() string        { return fmt.Sprintf("no %s %q in the graph", e.what, e.id) }
func (e *notFound) Is(target error) bool { return target == ErrNotFound }

func (o Options) check() error {
	for _, d := range []struct{ flag, v string }{{"since", o.Since}, {"until", o.Until}} {
		if d.v != "" && !isDate(d.v) {
			return fmt.Errorf("%s %q: want a date YYYY-MM-DD", d.flag, d.v)
		}
	}
	if o.Since != "" && o.Until != "" && o.Since > o.Until {
		return fmt.Errorf("since %s is after until %s", o.Since, o.Until)
	}
	if o.Depth < 0 {
		return fmt.Errorf("depth %d: want 0 or more", o.Depth)
	}
	return nil
}

// Project builds the visualisation projection of quads, the whole graph as
// a store streams it, in any order.
func Project(quads []quad.Quad, opt Options) (*Graph, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	p := newProjector(quads)
	g, err := p.project(opt)
	if err != nil {
		return nil, err
	}
	if opt.Around != "" {
		if g, err = around(g, opt.Around, opt.Depth); err != nil {
			return nil, err
		}
	}
	g.Quads = p.quadsOf(g, opt)
	return g, nil
}

// resource is an IRI or blank node with the quads it is the subject of.
type resource struct {
	v     quad.Value
	id    string
	quads []quad.Quad
	stmt  bool
}

type projector struct {
	quads []quad.Quad
	res   map[string]*resource // by node ID
	order []string             // node IDs of resources, sorted
}

func newProjector(quads []quad.Quad) *projector {
	p := &projector{res: map[string]*resource{}}
	seen := map[[4]string]bool{}
	for _, q := range quads {
		if !isNode(q.Subject) || q.Predicate == nil || q.Object == nil {
			continue
		}
		// Lax readers make quad.Int and quad.Bool of typed literals; the
		// dumps write them back in their XSD form.
		q.Object = schema.Canonical(q.Object)
		k := quadKey(q)
		if seen[k] {
			continue
		}
		seen[k] = true
		p.quads = append(p.quads, q)
		id := nodeID(q.Subject)
		r := p.res[id]
		if r == nil {
			r = &resource{v: q.Subject, id: id}
			p.res[id] = r
			p.order = append(p.order, id)
		}
		r.quads = append(r.quads, q)
	}
	sort.Strings(p.order)
	for _, r := range p.res {
		sort.Slice(r.quads, func(i, j int) bool { return lessQuad(r.quads[i], r.quads[j]) })
		r.stmt = strings.HasPrefix(r.id, schema.KindStatement+"/")
		for _, q := range r.quads {
			if iriEq(q.Predicate, schema.Type) && iriEq(q.Object, schema.ClassStatement) ||
				iriEq(q.Predicate, schema.Speaker) {
				r.stmt = true
			}
		}
	}
	sort.Slice(p.quads, func(i, j int) bool { return lessQuad(p.quads[i], p.quads[j]) })
	return p
}

// isEntity reports whether an object value is an entity of the graph (a
// node), rather than a web address or a vocabulary term (an attribute).
func (p *projector) isEntity(v quad.Value) bool {
	if !isNode(v) {
		return false
	}
	if _, ok := p.res[nodeID(v)]; ok {
		return true
	}
	iri, ok := v.(quad.IRI)
	if !ok {
		return true // a blank node
	}
	s := string(iri)
	return strings.HasPrefix(s, schema.Base) && !strings.HasPrefix(s, schema.NS) &&
		!strings.HasPrefix(s, schema.Base+schema.KindSource+"/")
}

// statement is a statement resource read into its parts.
type statement struct {
	id                          string
	speakers, demands, sources  []string // node IDs
	refersTo                    []string // node IDs
	other                       []quad.Quad
	stance, date, quote, direct string
	label                       quad.Value
	attrs                       []Attr
}

func (p *projector) statement(r *resource) *statement {
	s := &statement{id: r.id}
	lits := newAttrSet()
	for _, q := range r.quads {
		switch {
		case iriEq(q.Predicate, schema.Type):
			continue
		case iriEq(q.Predicate, schema.Speaker) && p.isEntity(q.Object):
			s.speakers = appendUnique(s.speakers, nodeID(q.Object))
			s.label = q.Label
		case iriEq(q.Predicate, schema.DemandOf) && p.isEntity(q.Object):
			s.demands = appendUnique(s.demands, nodeID(q.Object))
		case iriEq(q.Predicate, schema.Source) && p.isEntity(q.Object):
			s.sources = appendUnique(s.sources, nodeID(q.Object))
		case iriEq(q.Predicate, schema.RefersTo) && p.isEntity(q.Object):
			s.refersTo = appendUnique(s.refersTo, nodeID(q.Object))
		case p.isEntity(q.Object):
			s.other = append(s.other, q)
		default:
			lits.add(propKey(q.Predicate), literalText(q.Object))
		}
		if s.label == nil {
			s.label = q.Label
		}
	}
	s.stance = lits.first("stance")
	s.date = dateOf(lits.first("date"))
	s.quote = lits.first("quote")
	s.direct = lits.first("direct")
	prov, from := provenance(s.label)
	lits.set("provenance", prov)
	lits.set("extractedFrom", from)
	s.attrs = lits.attrs()
	return s
}

// collapsible reports whether s can become one speaker → demand or speaker →
// source edge, and returns that edge's ends.
func (s *statement) collapsible() (from, to string, ok bool) {
	if len(s.speakers) != 1 || len(s.demands) > 1 {
		return "", "", false
	}
	switch {
	case len(s.demands) == 1:
		return s.speakers[0], s.demands[0], true
	case len(s.sources) == 1:
		return s.speakers[0], s.sources[0], true
	}
	return "", "", false
}

// filters resolved against the graph: node IDs, "" when unset.
type resolved struct {
	demand, speaker, doc string
	since, until         string
}

func (p *projector) resolve(opt Options) (resolved, error) {
	rv := resolved{since: opt.Since, until: opt.Until}
	var err error
	if opt.Demand != "" {
		if rv.demand, err = p.find("demand", opt.Demand, TypeDemand); err != nil {
			return rv, err
		}
	}
	if opt.Speaker != "" {
		if rv.speaker, err = p.find("speaker", opt.Speaker, TypePerson, TypeOrganization, TypeCountry, TypeOther); err != nil {
			return rv, err
		}
	}
	if opt.Doc != "" {
		if rv.doc, err = p.find("document", opt.Doc, TypeArticle, TypeDocument); err != nil {
			return rv, err
		}
	}
	return rv, nil
}

// find returns the ID of the entity of one of the types whose slug (or node
// ID, or IRI) is slug.
func (p *projector) find(what, slug string, types ...NodeType) (string, error) {
	var found []string
	for _, id := range p.entityIDs() {
		if !matchesID(id, slug) {
			continue
		}
		t := p.typeOf(id)
		for _, want := range types {
			if t == want {
				found = append(found, id)
				break
			}
		}
	}
	switch len(found) {
	case 0:
		return "", &notFound{what, slug}
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("%s %q is ambiguous: %s", what, slug, strings.Join(found, ", "))
}

func (r resolved) keep(s *statement) bool {
	if r.demand != "" && !contains(s.demands, r.demand) {
		return false
	}
	if r.speaker != "" && !contains(s.speakers, r.speaker) {
		return false
	}
	if r.doc != "" && !contains(s.sources, r.doc) {
		return false
	}
	if r.since != "" && (s.date == "" || s.date < r.since) {
		return false
	}
	if r.until != "" && (s.date == "" || s.date > r.until) {
		return false
	}
	return true
}

// entityIDs lists the IDs of every entity: non-statement subjects and entity
// objects, sorted.
func (p *projector) entityIDs() []string {
	seen := map[string]bool{}
	var ids []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, id := range p.order {
		if !p.res[id].stmt {
			add(id)
		}
	}
	for _, q := range p.quads {
		if !iriEq(q.Predicate, schema.Type) && p.isEntity(q.Object) {
			if r := p.res[nodeID(q.Object)]; r == nil || !r.stmt {
				add(nodeID(q.Object))
			}
		}
	}
	sort.Strings(ids)
	return ids
}

func (p *projector) project(opt Options) (*Graph, error) {
	rv, err := p.resolve(opt)
	if err != nil {
		return nil, err
	}
	var stmts []*statement
	for _, id := range p.order {
		if r := p.res[id]; r.stmt {
			if s := p.statement(r); rv.keep(s) {
				stmts = append(stmts, s)
			}
		}
	}

	b := newBuilder()
	entities := p.entityIDs()
	keepEntity := map[string]bool{}
	if !opt.statementFiltered() {
		for _, id := range entities {
			keepEntity[id] = true
		}
	}
	for _, id := range []string{rv.demand, rv.speaker, rv.doc} {
		if id != "" {
			keepEntity[id] = true
		}
	}

	// Statements first: they decide which entities a filtered projection keeps.
	for _, s := range stmts {
		if from, to, ok := s.collapsible(); ok && opt.Statements == StatementEdges {
			keepEntity[from], keepEntity[to] = true, true
			b.edge(p.statementEdge(s, from, to))
			continue
		}
		b.node(p.statementNode(s))
		for _, e := range p.statementLinks(s) {
			keepEntity[e.Source], keepEntity[e.Target] = true, true
			b.edge(e)
		}
	}
	for _, id := range entities {
		if keepEntity[id] {
			b.node(p.entityNode(id))
		}
	}
	// Relations between kept entities.
	for _, id := range entities {
		r := p.res[id]
		if r == nil || !keepEntity[id] {
			continue
		}
		for _, q := range r.quads {
			if iriEq(q.Predicate, schema.Type) || !p.isEntity(q.Object) || !keepEntity[nodeID(q.Object)] {
				continue
			}
			b.relation(id, nodeID(q.Object), propKey(q.Predicate), q.Label, relationColor)
		}
	}
	return b.graph(), nil
}

// statementEdge is the collapsed form of s.
func (p *projector) statementEdge(s *statement, from, to string) Edge {
	attrs := newAttrSet()
	for _, a := range s.attrs {
		attrs.add(a.Key, a.Value)
	}
	attrs.set("statement", slugOf(s.id))
	for _, src := range s.sources {
		attrs.add("doc", slugOf(src))
	}
	if len(s.demands) == 1 {
		attrs.set("demand", slugOf(s.demands[0]))
	}
	attrs.set("speaker", slugOf(from))
	for _, r := range s.refersTo {
		attrs.add("refersTo", r)
	}
	for _, q := range s.other {
		attrs.add(propKey(q.Predicate), nodeID(q.Object))
	}
	label := s.stance
	if label == "" {
		label = RelationStatement
	}
	return Edge{
		ID: s.id, Source: from, Target: to, Relation: RelationStatement,
		Label: label, Color: StanceColor(s.stance), Attrs: attrs.attrs(),
	}
}

func (p *projector) statementNode(s *statement) Node {
	label := s.stance
	if label == "" {
		label = RelationStatement
	}
	if s.date != "" {
		label += ", " + s.date
	}
	r := p.res[s.id]
	return Node{
		ID: s.id, IRI: iriString(r.v), Label: label, Type: TypeStatement,
		Color: StanceColor(s.stance), Attrs: s.attrs,
	}
}

// statementLinks are the edges of a statement node: to its speaker, demand,
// source and whatever else it refers to. The demand edge takes the stance's
// colour.
func (p *projector) statementLinks(s *statement) []Edge {
	var out []Edge
	for _, q := range p.res[s.id].quads {
		if iriEq(q.Predicate, schema.Type) || !p.isEntity(q.Object) {
			continue
		}
		to := nodeID(q.Object)
		if r := p.res[to]; r != nil && r.stmt {
			continue // statements about statements: not drawn
		}
		c := relationColor
		if iriEq(q.Predicate, schema.DemandOf) {
			c = StanceColor(s.stance)
		}
		out = append(out, relationEdge(s.id, to, propKey(q.Predicate), q.Label, c))
	}
	return out
}

func (p *projector) typeOf(id string) NodeType {
	t := NodeType("")
	if r := p.res[id]; r != nil {
		for _, q := range r.quads {
			if iriEq(q.Predicate, schema.Type) {
				if ct, ok := classTypes[iriString(q.Object)]; ok && typeRank[ct] < typeRank[t] {
					t = ct
				}
			}
		}
	}
	if t != "" {
		return t
	}
	kind, _, _ := strings.Cut(id, "/")
	if kt, ok := kindTypes[kind]; ok && !strings.Contains(id, ":") {
		return kt
	}
	return TypeOther
}

var (
	classTypes = map[string]NodeType{
		string(schema.ClassPerson):         TypePerson,
		string(schema.ClassOrganization):   TypeOrganization,
		string(schema.ClassCountry):        TypeCountry,
		string(schema.ClassDemand):         TypeDemand,
		string(schema.ClassNewsArticle):    TypeArticle,
		string(schema.ClassPolicyDocument): TypeDocument,
		string(schema.ClassStatement):      TypeStatement,
	}
	// typeRank orders the types an entity with several classes may have:
	// the lowest wins ("" ranks last).
	typeRank = map[NodeType]int{
		TypeStatement: 1, TypePerson: 2, TypeCountry: 3, TypeOrganization: 4,
		TypeDemand: 5, TypeArticle: 6, TypeDocument: 7, "": 99,
	}
	kindTypes = map[string]NodeType{
		schema.KindPerson:    TypePerson,
		schema.KindOrg:       TypeOrganization,
		schema.KindDemand:    TypeDemand,
		schema.KindDoc:       TypeDocument,
		schema.KindStatement: TypeStatement,
	}
)

func (p *projector) entityNode(id string) Node {
	t := p.typeOf(id)
	n := Node{ID: id, Type: t, Color: TypeColor(t), IRI: id}
	attrs := newAttrSet()
	var names []string
	curatedName := ""
	var kinds []string
	if r := p.res[id]; r != nil {
		n.IRI = iriString(r.v)
		for _, q := range r.quads {
			prov, _ := provenance(q.Label)
			kinds = appendUnique(kinds, prov)
			switch {
			case iriEq(q.Predicate, schema.Type) || p.isEntity(q.Object):
				// the type is Type; entity objects are edges
			case iriEq(q.Predicate, schema.Name):
				names = append(names, literalText(q.Object))
				if curatedName == "" && iriEq(q.Label, schema.CuratedLabel) {
					curatedName = literalText(q.Object)
				}
			default:
				attrs.add(propKey(q.Predicate), literalText(q.Object))
			}
		}
	} else if strings.HasPrefix(id, "_:") {
		n.IRI = ""
	} else if !strings.Contains(id, ":") {
		n.IRI = schema.Base + id
	}
	sort.Strings(names)
	sort.Strings(kinds)
	switch {
	case curatedName != "":
		n.Label = curatedName
	case len(names) > 0:
		n.Label = names[0]
	case t == TypeDemand:
		if d, ok := schema.DemandByID(slugOf(id)); ok {
			n.Label = d.Label
		}
	}
	if n.Label == "" {
		n.Label = slugOf(id)
	}
	for _, name := range names {
		if name != n.Label {
			attrs.add("alternateName", name)
		}
	}
	if len(kinds) > 0 {
		attrs.set("provenance", strings.Join(kinds, " "))
	}
	n.Attrs = attrs.attrs()
	return n
}

// quadsOf returns the raw quads behind g: all of them when no filter was
// set, else those whose subject is a node of g or a statement it kept.
func (p *projector) quadsOf(g *Graph, opt Options) []quad.Quad {
	if !opt.statementFiltered() && opt.Around == "" {
		return p.quads
	}
	keep := map[string]bool{}
	for _, n := range g.Nodes {
		keep[n.ID] = true
	}
	for _, e := range g.Edges {
		if e.Relation == RelationStatement {
			keep[e.ID] = true
		}
	}
	var out []quad.Quad
	for _, q := range p.quads {
		if keep[nodeID(q.Subject)] {
			out = append(out, q)
		}
	}
	return out
}

// provenance names where a quad comes from: "curated" for the curated label,
// "extracted" (and the article id) for an article's IRI, else the label.
func provenance(label quad.Value) (kind, article string) {
	switch {
	case label == nil:
		return "", ""
	case iriEq(label, schema.CuratedLabel):
		return "curated", ""
	case strings.HasPrefix(iriString(label), schema.Base+schema.KindDoc+"/"):
		return "extracted", slugOf(iriString(label))
	}
	return literalText(label), ""
}
