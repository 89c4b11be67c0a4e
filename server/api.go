package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// apiError is an answer other than 200: a status and a message for the user.
type apiError struct {
	status int
	msg    string
	near   []string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error string   `json:"error"`
	Near  []string `json:"near,omitempty"` // ids the user may have meant
}

// jsonHandler adapts h: its value is written by h through writeJSON; its
// error becomes a status and an errorBody, mapped here and nowhere else.
func (s *Server) jsonHandler(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		status, body := s.errorStatus(r, err)
		writeJSON(w, status, body)
	})
}

func (s *Server) errorStatus(r *http.Request, err error) (int, errorBody) {
	var ae *apiError
	var nf *graph.NotFoundError
	switch {
	case errors.As(err, &ae):
		return ae.status, errorBody{Error: ae.msg, Near: ae.near}
	case errors.As(err, &nf):
		return http.StatusNotFound, errorBody{Error: nf.Error(), Near: nf.Near}
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, errorBody{Error: s.timeoutMessage()}
	}
	s.cfg.Log.Printf("%s %s: %v", r.Method, r.URL, err)
	return http.StatusInternalServerError, errorBody{Error: err.Error()}
}

func (s *Server) timeoutMessage() string {
	return fmt.Sprintf("the query was stopped after %s, the server's query timeout (serve --query-timeout)", s.cfg.QueryTimeout)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// params returns the query parameters, refusing names outside allowed and
// repeated ones: a typo must not silently widen an answer.
func params(r *http.Request, allowed ...string) (url.Values, error) {
	q := r.URL.Query()
	for k, vs := range q {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			if len(allowed) == 0 {
				return nil, badRequest("unknown parameter %q: this endpoint takes none", k)
			}
			return nil, badRequest("unknown parameter %q (this endpoint takes %s)", k, strings.Join(allowed, ", "))
		}
		if len(vs) > 1 {
			return nil, badRequest("parameter %q given %d times; give it once", k, len(vs))
		}
	}
	return q, nil
}

// intParam reads an optional integer parameter within [min, max].
func intParam(q url.Values, name string, def, min, max int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		return 0, badRequest("%s=%q: want a whole number from %d to %d", name, v, min, max)
	}
	return n, nil
}

var filterParams = []string{"demand", "speaker", "doc", "stance", "since", "until", "source"}

// filterOf reads who-said's filters and rejects values that cannot match.
func filterOf(q url.Values) (graph.Filter, error) {
	f := graph.Filter{
		Demand: q.Get("demand"), Speaker: q.Get("speaker"), Doc: q.Get("doc"), Stance: q.Get("stance"),
		Since: q.Get("since"), Until: q.Get("until"), Source: q.Get("source"),
	}
	if f.Demand != "" {
		if _, ok := schema.DemandByID(f.Demand); !ok {
			return f, badRequest("unknown demand %q (demand ids: %s)", f.Demand, strings.Join(demandIDs(), ", "))
		}
	}
	switch f.Stance {
	case "", schema.StanceSupports, schema.StanceRejects, schema.StanceMentions:
	default:
		return f, badRequest("unknown stance %q (use supports, rejects or mentions)", f.Stance)
	}
	switch f.Source {
	case "", graph.SourceCurated, graph.SourceExtracted:
	default:
		return f, badRequest("unknown source %q (use curated or extracted)", f.Source)
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d.v); err != nil {
			return f, badRequest("%s=%q is not a date: want YYYY-MM-DD, e.g. 2021-12-17", d.name, d.v)
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return f, badRequest("since=%s is after until=%s", f.Since, f.Until)
	}
	return f, nil
}

func demandIDs() []string {
	ids := make([]string, len(schema.Demands))
	for i, d := range schema.Demands {
		ids[i] = d.ID
	}
	return ids
}

// whoSaid answers GET /api/who-said with the statements that match, as a
// JSON array of the objects `claimgraph who-said --format jsonl` prints.
func (s *Server) whoSaid(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r, filterParams...)
	if err != nil {
		return err
	}
	f, err := filterOf(q)
	if err != nil {
		return err
	}
	rows, err := s.store.WhoSaid(r.Context(), f)
	if err != nil {
		return err
	}
	if rows == nil {
		rows = []graph.Statement{}
	}
	writeJSON(w, http.StatusOK, rows)
	return nil
}

// Quad is one quad of an entity, each term in N-Quads notation.
type Quad struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Label     string `json:"label,omitempty"`
}

// Source describes a document that statements cite.
type Source struct {
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
}

// EntityAnswer is the answer of GET /api/entity/{id}.
type EntityAnswer struct {
	ID    string       `json:"id"`
	Nodes []graph.Node `json:"nodes"` // the entities id names (usually one)
	Quads []Quad       `json:"quads"` // their own quads, as subject
	// Statements are those the entity made, is about or reports (or the
	// statement itself), with the who-said keys.
	Statements    []graph.Statement `json:"statements"`
	Sources       map[string]Source `json:"sources"` // the statements' documents by id
	Neighbourhood *graph.Subgraph   `json:"neighbourhood"`
	Depth         int               `json:"depth"`
}

// entity answers GET /api/entity/{id}?depth=N.
func (s *Server) entity(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r, "depth")
	if err != nil {
		return err
	}
	depth, err := intParam(q, "depth", 1, 0, 4)
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	ctx := r.Context()
	iris, err := s.store.ResolveEntity(ctx, id)
	if err != nil {
		return err
	}
	nb, err := s.store.Neighbourhood(ctx, id, depth)
	if err != nil {
		return err
	}
	ans := EntityAnswer{ID: id, Neighbourhood: nb, Depth: depth, Quads: []Quad{}, Statements: []graph.Statement{}, Sources: map[string]Source{}}
	named := map[string]bool{}
	for _, iri := range iris {
		named[string(iri)] = true
		quads, err := s.store.Describe(ctx, iri)
		if err != nil {
			return err
		}
		for _, q := range quads {
			ans.Quads = append(ans.Quads, quadOf(q))
		}
	}
	for _, n := range nb.Nodes {
		if named[n.IRI] {
			ans.Nodes = append(ans.Nodes, n)
		}
	}
	seen := map[quad.IRI]bool{}
	for _, n := range ans.Nodes {
		sts, err := s.statementsOf(ctx, n)
		if err != nil {
			return err
		}
		for _, st := range sts {
			if !seen[st.IRI] {
				seen[st.IRI] = true
				ans.Statements = append(ans.Statements, st)
			}
		}
	}
	for _, st := range ans.Statements {
		if _, ok := ans.Sources[st.Doc]; ok || st.Doc == "" {
			continue
		}
		src, err := s.source(ctx, st.Doc)
		if err != nil {
			return err
		}
		ans.Sources[st.Doc] = src
	}
	writeJSON(w, http.StatusOK, ans)
	return nil
}

// statementsOf returns the statements an entity made, is about or reports.
func (s *Server) statementsOf(ctx context.Context, n graph.Node) ([]graph.Statement, error) {
	_, slug, _ := schema.KindOf(quad.IRI(n.IRI))
	switch n.Type {
	case graph.TypePerson, graph.TypeOrganization, graph.TypeCountry:
		return s.store.WhoSaid(ctx, graph.Filter{Speaker: slug})
	case graph.TypeDemand:
		return s.store.WhoSaid(ctx, graph.Filter{Demand: slug})
	case graph.TypeArticle, graph.TypeDocument:
		return s.store.WhoSaid(ctx, graph.Filter{Doc: slug})
	case graph.TypeStatement:
		doc := n.Props["source"]
		if doc == "" {
			return nil, nil
		}
		// Asked by provenance, who-said keeps extracted repeats of curated rows.
		for _, src := range []string{graph.SourceCurated, graph.SourceExtracted} {
			sts, err := s.store.WhoSaid(ctx, graph.Filter{Doc: doc, Source: src})
			if err != nil {
				return nil, err
			}
			for _, st := range sts {
				if string(st.IRI) == n.IRI {
					return []graph.Statement{st}, nil
				}
			}
		}
	}
	return nil, nil
}

// source describes a document for the statements that cite it.
func (s *Server) source(ctx context.Context, doc string) (Source, error) {
	quads, err := s.store.Describe(ctx, schema.DocIRI(doc))
	if err != nil {
		return Source{}, err
	}
	src := Source{Title: doc}
	for _, q := range quads {
		switch q.Predicate {
		case schema.Name:
			src.Title = valueText(q.Object)
		case schema.URL:
			src.URL = valueText(q.Object)
		case schema.DatePublished:
			src.Published = valueText(q.Object)
		case schema.Publisher:
			if iri, ok := q.Object.(quad.IRI); ok {
				if _, slug, ok := schema.KindOf(iri); ok {
					src.Publisher = slug
					continue
				}
			}
			src.Publisher = valueText(q.Object)
		}
	}
	return src, nil
}

func valueText(v quad.Value) string { return schema.Lexical(v) }

func quadOf(q quad.Quad) Quad {
	out := Quad{Subject: q.Subject.String(), Predicate: q.Predicate.String(), Object: q.Object.String()}
	if q.Label != nil {
		out.Label = q.Label.String()
	}
	return out
}

// EntityHit is one answer of GET /api/entities.
type EntityHit struct {
	graph.Node
	Aliases []string `json:"aliases,omitempty"`
}

var entityTypes = []string{graph.TypePerson, graph.TypeOrganization, graph.TypeCountry, graph.TypeDemand, graph.TypeArticle, graph.TypeDocument}

// entities answers GET /api/entities?q=&type=&limit=: entities whose name,
// alias or id matches q (case-insensitive), best matches first; without q, all.
func (s *Server) entities(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r, "q", "type", "limit")
	if err != nil {
		return err
	}
	limit, err := intParam(q, "limit", 20, 1, 1000)
	if err != nil {
		return err
	}
	typ := q.Get("type")
	if typ != "" && !containsString(entityTypes, typ) {
		return badRequest("unknown type %q (use %s)", typ, strings.Join(entityTypes, ", "))
	}
	needle := strings.ToLower(strings.TrimSpace(q.Get("q")))
	nodes, err := s.store.Entities(r.Context())
	if err != nil {
		return err
	}
	type scored struct {
		hit   EntityHit
		score int
	}
	var hits []scored
	for _, n := range nodes {
		if typ != "" && n.Type != typ {
			continue
		}
		var aliases []string
		if a := n.Props["alternateName"]; a != "" {
			aliases = strings.Split(a, "; ")
		}
		score := matchScore(needle, n.ID, n.Label, aliases)
		if score < 0 {
			continue
		}
		hits = append(hits, scored{EntityHit{Node: n, Aliases: aliases}, score})
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score < hits[j].score
		}
		return strings.ToLower(hits[i].hit.Label) < strings.ToLower(hits[j].hit.Label)
	})
	out := make([]EntityHit, 0, min(limit, len(hits)))
	for i := 0; i < len(hits) && i < limit; i++ {
		h := hits[i].hit
		h.Props = nil // search answers stay small
		out = append(out, h)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// matchScore ranks how well needle matches an entity: 0 exactly, 1 as a
// prefix, 2 as a word's prefix, 3 anywhere; -1 not at all.
func matchScore(needle, id, label string, aliases []string) int {
	if needle == "" {
		return 0
	}
	best := -1
	for _, c := range append([]string{id, label}, aliases...) {
		c = strings.ToLower(c)
		sc := -1
		switch {
		case c == needle:
			sc = 0
		case strings.HasPrefix(c, needle):
			sc = 1
		case strings.Contains(c, " "+needle) || strings.Contains(c, "-"+needle):
			sc = 2
		case strings.Contains(c, needle):
			sc = 3
		}
		if sc >= 0 && (best < 0 || sc < best) {
			best = sc
		}
	}
	return best
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// PathAnswer is the answer of GET /api/path.
type PathAnswer struct {
	From   string         `json:"from"`
	To     string         `json:"to"`
	Length int            `json:"length"` // links in each path; -1 without a path
	Paths  [][]graph.Step `json:"paths"`
}

// path answers GET /api/path?from=&to=&max_depth=&limit=.
func (s *Server) path(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r, "from", "to", "max_depth", "limit")
	if err != nil {
		return err
	}
	from, to := strings.TrimSpace(q.Get("from")), strings.TrimSpace(q.Get("to"))
	if from == "" || to == "" {
		return badRequest("give both ends: /api/path?from=ID&to=ID (ids are slugs such as sergei-ryabkov or nato)")
	}
	maxDepth, err := intParam(q, "max_depth", graph.DefaultMaxDepth, 1, 12)
	if err != nil {
		return err
	}
	limit, err := intParam(q, "limit", graph.DefaultPathLimit, 1, 100)
	if err != nil {
		return err
	}
	paths, err := s.store.ShortestPaths(r.Context(), from, to, maxDepth, limit)
	if err != nil {
		return err
	}
	ans := PathAnswer{From: from, To: to, Length: -1, Paths: paths}
	if len(paths) > 0 {
		ans.Length = len(paths[0]) - 1
	}
	writeJSON(w, http.StatusOK, ans)
	return nil
}

// DemandInfo is one entry of GET /api/demands.
type DemandInfo struct {
	ID          string         `json:"id"`
	Label       string         `json:"label"`
	Description string         `json:"description"`
	Western     bool           `json:"western"`
	Stances     map[string]int `json:"stances"` // statements per stance
}

// demands answers GET /api/demands: the vocabulary with its statement counts.
func (s *Server) demands(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	rows, err := s.store.WhoSaid(r.Context(), graph.Filter{})
	if err != nil {
		return err
	}
	out := make([]DemandInfo, len(schema.Demands))
	index := map[string]int{}
	for i, d := range schema.Demands {
		out[i] = DemandInfo{ID: d.ID, Label: d.Label, Description: d.Description, Western: d.Western,
			Stances: map[string]int{schema.StanceSupports: 0, schema.StanceRejects: 0, schema.StanceMentions: 0}}
		index[d.ID] = i
	}
	for _, st := range rows {
		if i, ok := index[st.Demand]; ok && st.Stance != "" {
			out[i].Stances[st.Stance]++
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// Positions is the answer of GET /api/positions: an actors × demands table.
type Positions struct {
	Actors  []PositionActor  `json:"actors"`
	Demands []PositionDemand `json:"demands"`
	Cells   []PositionCell   `json:"cells"`
}

// PositionActor is a row of the table: a person, organisation or country.
type PositionActor struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Type  string `json:"type"`
	Total int    `json:"total"`
}

// PositionDemand is a column of the table.
type PositionDemand struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Western bool   `json:"western"`
}

// PositionCell counts one actor's statements on one demand, by stance.
type PositionCell struct {
	Actor    string `json:"actor"`
	Demand   string `json:"demand"`
	Supports int    `json:"supports"`
	Rejects  int    `json:"rejects"`
	Mentions int    `json:"mentions"`
}

// positions answers GET /api/positions with who-said's filters: who took
// which stance on which demand, how often. Rows are actors with at least one
// statement on a demand, most statements first; columns are the demands
// spoken of, in the vocabulary's order.
func (s *Server) positions(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r, filterParams...)
	if err != nil {
		return err
	}
	f, err := filterOf(q)
	if err != nil {
		return err
	}
	ctx := r.Context()
	rows, err := s.store.WhoSaid(ctx, f)
	if err != nil {
		return err
	}
	ents, err := s.store.Entities(ctx)
	if err != nil {
		return err
	}
	known := map[string]graph.Node{}
	for _, n := range ents {
		if n.Type == graph.TypePerson || n.Type == graph.TypeOrganization || n.Type == graph.TypeCountry {
			known[n.ID] = n
		}
	}
	cells := map[[2]string]*PositionCell{}
	totals := map[string]int{}
	names := map[string]string{}
	spoken := map[string]bool{}
	for _, st := range rows {
		if st.Demand == "" || st.Stance == "" {
			continue
		}
		k := [2]string{st.Speaker, st.Demand}
		c := cells[k]
		if c == nil {
			c = &PositionCell{Actor: st.Speaker, Demand: st.Demand}
			cells[k] = c
		}
		switch st.Stance {
		case schema.StanceSupports:
			c.Supports++
		case schema.StanceRejects:
			c.Rejects++
		case schema.StanceMentions:
			c.Mentions++
		}
		totals[st.Speaker]++
		spoken[st.Demand] = true
		if names[st.Speaker] == "" {
			names[st.Speaker] = st.SpeakerName
		}
	}
	ans := Positions{Actors: []PositionActor{}, Demands: []PositionDemand{}, Cells: []PositionCell{}}
	for id, total := range totals {
		a := PositionActor{ID: id, Label: names[id], Type: graph.TypePerson, Total: total}
		if n, ok := known[id]; ok {
			a.Label, a.Type = n.Label, n.Type
		}
		ans.Actors = append(ans.Actors, a)
	}
	sort.Slice(ans.Actors, func(i, j int) bool {
		a, b := ans.Actors[i], ans.Actors[j]
		if a.Total != b.Total {
			return a.Total > b.Total
		}
		return a.ID < b.ID
	})
	for _, d := range schema.Demands {
		if spoken[d.ID] {
			ans.Demands = append(ans.Demands, PositionDemand{ID: d.ID, Label: d.Label, Western: d.Western})
		}
	}
	for _, a := range ans.Actors {
		for _, d := range ans.Demands {
			if c := cells[[2]string{a.ID, d.ID}]; c != nil {
				ans.Cells = append(ans.Cells, *c)
			}
		}
	}
	writeJSON(w, http.StatusOK, ans)
	return nil
}

// overview answers GET /api/graph: every entity and link, for the explorer.
func (s *Server) overview(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r); err != nil {
		return err
	}
	g, err := s.store.Overview(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, g)
	return nil
}
