package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// Node is an entity of the graph as the explorer and the path query show it:
// a person, an organisation or country, a demand, a document or a statement.
type Node struct {
	// ID is the entity's slug ("sergei-ryabkov", "a1-01"); "kind/slug"
	// ("doc/a1") where two entities of one answer share a slug.
	ID    string `json:"id"`
	IRI   string `json:"iri"`
	Type  string `json:"type"`  // one of the Type* constants
	Label string `json:"label"` // schema:name, or a statement's speaker and stance
	// Props holds the entity's literal properties by the local name of their
	// predicate (name, quote, date, stance, url…); several values are joined by "; ".
	Props map[string]string `json:"props,omitempty"`
}

// Node types, from the entity's rdf:type (or, without one, its IRI's kind).
const (
	TypePerson       = "person"
	TypeOrganization = "organization"
	TypeCountry      = "country"
	TypeDemand       = "demand"
	TypeArticle      = "article"
	TypeDocument     = "document"
	TypeStatement    = "statement"
)

// Edge links two nodes of a Subgraph by their IDs. Predicate is the local
// name of the predicate ("speaker", "demand", "source", "memberOf"…).
type Edge struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Predicate string `json:"predicate"`
}

// Subgraph is a set of entities and every link between them.
type Subgraph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
	// Truncated is true when the answer stopped growing at MaxNodes.
	Truncated bool `json:"truncated,omitempty"`
}

// MaxNodes bounds a Subgraph: a neighbourhood or overview stops growing there.
const MaxNodes = 5000

// ResolveEntity maps an id to the entity IRIs it names: a slug of any kind
// (person, organisation, demand, document, statement), "kind/slug"
// ("doc/a1"), or a full IRI of the project's namespace. It fails with a
// NotFoundError, with near matches, when the graph has none.
func (s *Store) ResolveEntity(ctx context.Context, id string) ([]quad.IRI, error) {
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	var candidates []quad.IRI
	switch {
	case strings.HasPrefix(id, schema.Base):
		candidates = []quad.IRI{quad.IRI(id)}
	case strings.Contains(id, "/"):
		kind, slug, _ := strings.Cut(id, "/")
		candidates = []quad.IRI{schema.IRI(kind, slug)}
	default:
		for _, kind := range []string{schema.KindPerson, schema.KindOrg, schema.KindDemand, schema.KindDoc, schema.KindStatement} {
			candidates = append(candidates, schema.IRI(kind, id))
		}
	}
	var found []quad.IRI
	for _, iri := range candidates {
		if _, _, ok := schema.KindOf(iri); !ok {
			continue
		}
		if ok, err := s.isSubject(ctx, iri); err != nil {
			return nil, err
		} else if ok {
			found = append(found, iri)
		}
	}
	if len(found) == 0 {
		return nil, &NotFoundError{Kind: "entity", ID: id, Near: s.nearEntities(ctx, id)}
	}
	return found, nil
}

// nearEntities lists the slugs of entities (statements aside) that contain
// id, or whose slug id contains, at most ten.
func (s *Store) nearEntities(ctx context.Context, id string) []string {
	needle := schema.Slug(id)
	if needle == "" {
		return nil
	}
	var near []string
	classes := []quad.Value{schema.ClassPerson, schema.ClassOrganization, schema.ClassCountry,
		schema.ClassDemand, schema.ClassNewsArticle, schema.ClassPolicyDocument}
	_ = path.StartPath(s.qs, classes...).In(schema.Type).Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		slug := slugOf(v)
		if strings.Contains(slug, needle) || strings.Contains(needle, slug) {
			near = append(near, slug)
		}
	})
	sort.Strings(near)
	near = dedupe(near)
	if len(near) > 10 {
		near = near[:10]
	}
	return near
}

func dedupe(ss []string) []string {
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// link is one quad between two entities, seen from one of them.
type link struct {
	other quad.IRI
	pred  quad.IRI
	out   bool // the quad's subject is the entity we came from
}

// links returns the entity-to-entity quads of iri in both directions, read
// through the subject and the object index (the fast shapes on bolt).
func (s *Store) links(ctx context.Context, iri quad.IRI) ([]link, error) {
	ref := s.qs.ValueOf(iri)
	if ref == nil {
		return nil, nil
	}
	var out []link
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		it := s.qs.QuadIterator(dir, ref)
		for it.Next(ctx) {
			q := s.qs.Quad(it.Result())
			other := q.Object
			if dir == quad.Object {
				other = q.Subject
			}
			o, ok := other.(quad.IRI)
			if !ok {
				continue
			}
			if _, _, ok := schema.KindOf(o); !ok {
				continue // classes, URLs, provenance labels
			}
			p, _ := q.Predicate.(quad.IRI)
			out = append(out, link{other: o, pred: p, out: dir == quad.Subject})
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Neighbourhood returns the entity id names (see ResolveEntity) and every
// entity within depth hops of it, links followed in both directions and
// statements counted as nodes: depth 1 around a person is their statements
// and organisations, depth 2 adds the demands and sources of those statements.
// The edges are all links among the nodes returned.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int) (*Subgraph, error) {
	starts, err := s.ResolveEntity(ctx, id)
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.IRI]bool)
	var order []quad.IRI
	for _, iri := range starts {
		if !seen[iri] {
			seen[iri] = true
			order = append(order, iri)
		}
	}
	frontier := order
	truncated := false
	for d := 0; d < depth && len(frontier) > 0 && !truncated; d++ {
		var next []quad.IRI
		for _, iri := range frontier {
			ls, err := s.links(ctx, iri)
			if err != nil {
				return nil, err
			}
			for _, l := range ls {
				if seen[l.other] {
					continue
				}
				if len(order) >= MaxNodes {
					truncated = true
					break
				}
				seen[l.other] = true
				order = append(order, l.other)
				next = append(next, l.other)
			}
		}
		frontier = next
	}
	g, err := s.induced(ctx, order)
	if err != nil {
		return nil, err
	}
	g.Truncated = truncated
	return g, nil
}

// Overview returns every entity of the graph (people, organisations and
// countries, demands, documents, statements) and the links among them, up to
// MaxNodes entities.
func (s *Store) Overview(ctx context.Context) (*Subgraph, error) {
	classes := []quad.Value{schema.ClassPerson, schema.ClassOrganization, schema.ClassCountry,
		schema.ClassDemand, schema.ClassNewsArticle, schema.ClassPolicyDocument, schema.ClassStatement}
	seen := make(map[quad.IRI]bool)
	var order []quad.IRI
	truncated := false
	err := path.StartPath(s.qs, classes...).In(schema.Type).Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		iri, ok := v.(quad.IRI)
		if !ok || seen[iri] {
			return
		}
		if _, _, ok := schema.KindOf(iri); !ok {
			return
		}
		if len(order) >= MaxNodes {
			truncated = true
			return
		}
		seen[iri] = true
		order = append(order, iri)
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	g, err := s.induced(ctx, order)
	if err != nil {
		return nil, err
	}
	g.Truncated = truncated
	return g, nil
}

// induced describes the entities iris and collects the links among them,
// reading each entity's own quads once through the subject index.
func (s *Store) induced(ctx context.Context, iris []quad.IRI) (*Subgraph, error) {
	in := make(map[quad.IRI]bool, len(iris))
	for _, iri := range iris {
		in[iri] = true
	}
	g := &Subgraph{Nodes: make([]Node, 0, len(iris)), Edges: []Edge{}}
	type rawEdge struct {
		from, to quad.IRI
		pred     string
	}
	var raw []rawEdge
	for _, iri := range iris {
		n, quads, err := s.describeNode(ctx, iri)
		if err != nil {
			return nil, err
		}
		g.Nodes = append(g.Nodes, n)
		for _, q := range quads {
			o, ok := q.Object.(quad.IRI)
			if !ok || !in[o] {
				continue
			}
			p, _ := q.Predicate.(quad.IRI)
			raw = append(raw, rawEdge{from: iri, to: o, pred: localName(p)})
		}
	}
	ids := nodeIDs(g.Nodes)
	for i := range g.Nodes {
		g.Nodes[i].ID = ids[quad.IRI(g.Nodes[i].IRI)]
	}
	for _, e := range raw {
		g.Edges = append(g.Edges, Edge{From: ids[e.from], To: ids[e.to], Predicate: e.pred})
	}
	return g, nil
}

// nodeIDs gives each node its slug, or kind/slug where slugs collide.
func nodeIDs(nodes []Node) map[quad.IRI]string {
	count := make(map[string]int)
	for _, n := range nodes {
		_, slug, _ := schema.KindOf(quad.IRI(n.IRI))
		count[slug]++
	}
	ids := make(map[quad.IRI]string, len(nodes))
	for _, n := range nodes {
		kind, slug, _ := schema.KindOf(quad.IRI(n.IRI))
		if count[slug] > 1 {
			slug = kind + "/" + slug
		}
		ids[quad.IRI(n.IRI)] = slug
	}
	return ids
}

// describeNode reads one entity's quads and makes its Node (without ID).
func (s *Store) describeNode(ctx context.Context, iri quad.IRI) (Node, []quad.Quad, error) {
	quads, err := s.Describe(ctx, iri)
	if err != nil {
		return Node{}, nil, err
	}
	kind, slug, _ := schema.KindOf(iri)
	n := Node{ID: slug, IRI: string(iri), Type: kindType(kind)}
	props := map[string]string{}
	for _, q := range quads {
		p, _ := q.Predicate.(quad.IRI)
		if p == schema.Type {
			// A country is also an organisation; the narrower class wins.
			if t := classType(q.Object); t != "" && n.Type != TypeCountry {
				n.Type = t
			}
			continue
		}
		var v string
		switch o := q.Object.(type) {
		case quad.IRI:
			if p != schema.URL {
				if _, _, ok := schema.KindOf(o); ok {
					if p == schema.DemandOf || p == schema.Speaker || p == schema.Source {
						v = slugOf(o) // a statement's demand, speaker and source, for filters
					} else {
						continue // a link, not a property
					}
				}
			}
			if v == "" {
				v = string(o)
			}
		default:
			v = text(o)
		}
		k := localName(p)
		if old, ok := props[k]; ok && old != v {
			vals := strings.Split(old, "; ")
			if !contains(vals, v) {
				vals = append(vals, v)
				sort.Strings(vals)
				props[k] = strings.Join(vals, "; ")
			}
		} else {
			props[k] = v
		}
	}
	if len(props) > 0 {
		n.Props = props
	}
	n.Label = props["name"]
	if n.Type == TypeStatement {
		who := props["speakerName"]
		if who == "" {
			who = props["speaker"]
		}
		about := "(no demand)"
		if props["stance"] != "" {
			about = props["stance"] + " " + props["demand"]
		}
		n.Label = strings.TrimSpace(who + ": " + about)
	}
	if n.Label == "" {
		n.Label = slug
	}
	return n, quads, nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// kindType is the node type an IRI's kind implies when it declares no class.
func kindType(kind string) string {
	switch kind {
	case schema.KindPerson:
		return TypePerson
	case schema.KindOrg:
		return TypeOrganization
	case schema.KindDemand:
		return TypeDemand
	case schema.KindDoc:
		return TypeDocument
	case schema.KindStatement:
		return TypeStatement
	}
	return kind
}

// classType is the node type of a class, "" for classes the explorer does not know.
func classType(c quad.Value) string {
	switch c {
	case schema.ClassPerson:
		return TypePerson
	case schema.ClassOrganization:
		return TypeOrganization
	case schema.ClassCountry:
		return TypeCountry
	case schema.ClassDemand:
		return TypeDemand
	case schema.ClassNewsArticle:
		return TypeArticle
	case schema.ClassPolicyDocument:
		return TypeDocument
	case schema.ClassStatement:
		return TypeStatement
	}
	return ""
}

// localName is the part of a predicate IRI after its last '#' or '/'.
func localName(p quad.IRI) string {
	s := string(p)
	if i := strings.LastIndexAny(s, "#/"); i >= 0 && i < len(s)-1 {
		return s[i+1:]
	}
	return s
}

// Entities returns every person, organisation, country, demand and document
// of the graph (statements aside), each with its properties, ordered by IRI.
// It serves search boxes and labels; it reads each entity's quads once.
func (s *Store) Entities(ctx context.Context) ([]Node, error) {
	classes := []quad.Value{schema.ClassPerson, schema.ClassOrganization, schema.ClassCountry,
		schema.ClassDemand, schema.ClassNewsArticle, schema.ClassPolicyDocument}
	seen := make(map[quad.IRI]bool)
	var iris []quad.IRI
	err := path.StartPath(s.qs, classes...).In(schema.Type).Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			if _, _, ok := schema.KindOf(iri); ok {
				seen[iri] = true
				iris = append(iris, iri)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(iris, func(i, j int) bool { return iris[i] < iris[j] })
	out := make([]Node, 0, len(iris))
	for _, iri := range iris {
		n, _, err := s.describeNode(ctx, iri)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	ids := nodeIDs(out)
	for i := range out {
		out[i].ID = ids[quad.IRI(out[i].IRI)]
	}
	return out, nil
}
