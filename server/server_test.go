package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
	"github.com/claimgraph/claimgraph/server"
)

// fixture is the store behaviour suite's small claims graph.
var fixture = filepath.Join("..", "graph", "testdata", "fixture.nq")

// openFixture returns a store holding the fixture: in memory, or as a bolt
// store in a temp directory.
func openFixture(t testing.TB, loc graph.Location) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, loc, graph.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	located, syntax, err := schema.ReadFile(fixture)
	if err != nil || len(syntax) > 0 {
		t.Fatalf("fixture: %v %v", err, syntax)
	}
	qs := make([]quad.Quad, len(located))
	for i, l := range located {
		qs[i] = l.Quad
	}
	if _, err := st.Load(ctx, qs); err != nil {
		t.Fatal(err)
	}
	return st
}

// start serves st on 127.0.0.1:0 until the test ends and returns the base URL.
func start(t testing.TB, st *graph.Store, cfg server.Config) string {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	srv, err := server.New(st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("server did not shut down")
		}
	})
	return "http://" + addr.String()
}

func startFixture(t testing.TB) string {
	return start(t, openFixture(t, graph.Location{Backend: graph.Memory}), server.Config{})
}

// get fetches url and decodes its JSON answer into v (when v is not nil).
func get(t *testing.T, u string, v any) int {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: content type %q", u, ct)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s: %v\n%s", u, err, body)
		}
	}
	return res.StatusCode
}

type apiErr struct {
	Error string   `json:"error"`
	Near  []string `json:"near"`
}

// wantError checks that u answers status with a message containing msg.
func wantError(t *testing.T, u string, status int, msg string) apiErr {
	t.Helper()
	var e apiErr
	if got := get(t, u, &e); got != status {
		t.Errorf("%s: status %d, want %d (%+v)", u, got, status, e)
	}
	if !strings.Contains(e.Error, msg) {
		t.Errorf("%s: error %q does not say %q", u, e.Error, msg)
	}
	return e
}

func TestServerWhoSaid(t *testing.T) {
	base := startFixture(t)
	var rows []map[string]any
	if code := get(t, base+"/api/who-said", &rows); code != 200 || len(rows) != 5 {
		t.Fatalf("status %d, %d rows", code, len(rows))
	}
	var keys []string
	for k := range rows[0] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if want := []string{"date", "demand", "doc", "quote", "source", "speaker", "speaker_name", "stance"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys %v, want the CLI's %v", keys, want)
	}
	want := map[string]any{"doc": "a1", "speaker": "sergei-ryabkov", "speaker_name": "Sergey Ryabkov",
		"demand": "no-ukraine-membership", "stance": "supports", "quote": "We must exclude Ukraine from joining NATO.",
		"date": "2021-12-23", "source": "curated"}
	if !reflect.DeepEqual(rows[0], want) {
		t.Errorf("first row %v, want %v", rows[0], want)
	}

	cases := []struct {
		query string
		n     int
	}{
		{"demand=no-ukraine-membership", 3},
		{"speaker=sergei-ryabkov&demand=no-ukraine-membership", 2},
		{"stance=rejects", 1},
		{"since=2022-01-12&until=2022-01-31", 2},
		{"source=extracted", 1},
		{"demand=rollback-to-1997", 0},
	}
	for _, c := range cases {
		var rows []map[string]any
		if code := get(t, base+"/api/who-said?"+c.query, &rows); code != 200 || len(rows) != c.n || rows == nil {
			t.Errorf("%s: status %d, %d rows %v, want %d", c.query, code, len(rows), rows, c.n)
		}
	}

	wantError(t, base+"/api/who-said?demand=nato-expansion", 400, `unknown demand "nato-expansion"`)
	wantError(t, base+"/api/who-said?stance=maybe", 400, `unknown stance "maybe"`)
	wantError(t, base+"/api/who-said?since=2022-13-01", 400, `since="2022-13-01" is not a date`)
	wantError(t, base+"/api/who-said?since=2022-02-01&until=2022-01-01", 400, "is after")
	wantError(t, base+"/api/who-said?speeker=nato", 400, `unknown parameter "speeker"`)
	wantError(t, base+"/api/who-said?stance=supports&stance=rejects", 400, `"stance" given 2 times`)
	e := wantError(t, base+"/api/who-said?speaker=ryabkov", 404, `no speaker "ryabkov"`)
	if !reflect.DeepEqual(e.Near, []string{"sergei-ryabkov"}) {
		t.Errorf("near %v", e.Near)
	}
}

func TestServerEntity(t *testing.T) {
	base := startFixture(t)
	var ans server.EntityAnswer
	if code := get(t, base+"/api/entity/sergei-ryabkov", &ans); code != 200 {
		t.Fatalf("status %d", code)
	}
	if len(ans.Nodes) != 1 || ans.Nodes[0].Type != graph.TypePerson || ans.Nodes[0].Label != "Sergei Ryabkov" {
		t.Errorf("nodes %+v", ans.Nodes)
	}
	if len(ans.Quads) != 2 || ans.Depth != 1 || len(ans.Neighbourhood.Nodes) != 4 || len(ans.Neighbourhood.Edges) != 3 {
		t.Errorf("%d quads, depth %d, neighbourhood %+v", len(ans.Quads), ans.Depth, ans.Neighbourhood)
	}
	if len(ans.Statements) != 3 || ans.Statements[0].Quote != "We must exclude Ukraine from joining NATO." {
		t.Errorf("statements %+v", ans.Statements)
	}
	if src := ans.Sources["a2"]; src.Title != "Article a2" {
		t.Errorf("sources %+v", ans.Sources)
	}

	var deep server.EntityAnswer
	get(t, base+"/api/entity/sergei-ryabkov?depth=2", &deep)
	if len(deep.Neighbourhood.Nodes) != 7 {
		t.Errorf("depth 2: %d nodes", len(deep.Neighbourhood.Nodes))
	}
	var st server.EntityAnswer
	get(t, base+"/api/entity/a2-x01", &st)
	if len(st.Statements) != 1 || st.Statements[0].Source != "extracted" || st.Nodes[0].Type != graph.TypeStatement {
		t.Errorf("a statement's own entity: %+v", st.Statements)
	}
	var demand server.EntityAnswer
	get(t, base+"/api/entity/"+url.PathEscape("demand/no-ukraine-membership"), &demand)
	if len(demand.Statements) != 3 {
		t.Errorf("demand: %d statements", len(demand.Statements))
	}

	var doc server.EntityAnswer
	if code := get(t, base+"/api/entity/doc/a1", &doc); code != 200 || len(doc.Statements) != 2 || doc.Nodes[0].Type != graph.TypeArticle {
		t.Errorf("doc/a1 unescaped: %d %+v", code, doc.Nodes)
	}
	wantError(t, base+"/api/entity/sergei-ryabkov?depth=deep", 400, `depth="deep": want a whole number from 0 to 4`)
	wantError(t, base+"/api/entity/sergei-ryabkov?depth=9", 400, "from 0 to 4")
	e := wantError(t, base+"/api/entity/ryabkov", 404, `no entity "ryabkov" in the graph`)
	if !reflect.DeepEqual(e.Near, []string{"sergei-ryabkov"}) {
		t.Errorf("near %v", e.Near)
	}
}

func TestServerEntitiesSearch(t *testing.T) {
	base := startFixture(t)
	type hit struct {
		ID, Type, Label string
		Props           map[string]string
	}
	var hits []hit
	get(t, base+"/api/entities?q=Ryab", &hits)
	if len(hits) != 1 || hits[0].ID != "sergei-ryabkov" || hits[0].Props != nil {
		t.Errorf("q=Ryab: %+v", hits)
	}
	get(t, base+"/api/entities?q=nato", &hits)
	if len(hits) < 2 || hits[0].ID != "nato" || hits[1].ID != "nato-open-door" {
		t.Errorf("q=nato: exact match first, got %+v", hits)
	}
	get(t, base+"/api/entities?type=person", &hits)
	if len(hits) != 3 {
		t.Errorf("type=person: %+v", hits)
	}
	get(t, base+"/api/entities", &hits)
	if len(hits) != 8 {
		t.Errorf("all: %d", len(hits))
	}
	get(t, base+"/api/entities?q=zzz", &hits)
	if hits == nil || len(hits) != 0 {
		t.Errorf("no match should be an empty array: %+v", hits)
	}
	wantError(t, base+"/api/entities?type=planet", 400, `unknown type "planet"`)
	wantError(t, base+"/api/entities?limit=0", 400, "limit")
}

func TestServerPath(t *testing.T) {
	base := startFixture(t)
	var ans server.PathAnswer
	if code := get(t, base+"/api/path?from=sergei-ryabkov&to=jens-stoltenberg", &ans); code != 200 {
		t.Fatalf("status %d", code)
	}
	if ans.Length != 4 || len(ans.Paths) != 1 || ans.Paths[0][2].Node.ID != "a2" || ans.Paths[0][1].Predicate != "speaker" || !ans.Paths[0][1].Reverse {
		t.Errorf("got %+v", ans)
	}
	get(t, base+"/api/path?from=sergei-ryabkov&to=nato&limit=2", &ans)
	if len(ans.Paths) != 2 {
		t.Errorf("limit=2: %d paths", len(ans.Paths))
	}
	get(t, base+"/api/path?from=ned-price&to=nato", &ans)
	if ans.Length != -1 || ans.Paths == nil || len(ans.Paths) != 0 {
		t.Errorf("no path: %+v", ans)
	}
	wantError(t, base+"/api/path?from=sergei-ryabkov", 400, "give both ends")
	wantError(t, base+"/api/path?from=a&to=b&max_depth=0", 400, "max_depth")
	wantError(t, base+"/api/path?from=sergei-ryabkov&to=nobody", 404, `no entity "nobody"`)
}

func TestServerDemandsPositionsGraph(t *testing.T) {
	base := startFixture(t)
	var demands []server.DemandInfo
	get(t, base+"/api/demands", &demands)
	if len(demands) != len(schema.Demands) {
		t.Fatalf("%d demands", len(demands))
	}
	for _, d := range demands {
		if d.ID == "no-ukraine-membership" && (d.Stances["supports"] != 2 || d.Stances["rejects"] != 1 || d.Label == "") {
			t.Errorf("%+v", d)
		}
	}
	wantError(t, base+"/api/demands?x=1", 400, "takes none")

	var pos server.Positions
	get(t, base+"/api/positions", &pos)
	var actors, demandIDs []string
	for _, a := range pos.Actors {
		actors = append(actors, a.ID)
	}
	for _, d := range pos.Demands {
		demandIDs = append(demandIDs, d.ID)
	}
	if !reflect.DeepEqual(actors, []string{"sergei-ryabkov", "jens-stoltenberg", "nato"}) ||
		!reflect.DeepEqual(demandIDs, []string{"no-ukraine-membership", "nato-open-door"}) {
		t.Errorf("actors %v demands %v", actors, demandIDs)
	}
	want := []server.PositionCell{
		{Actor: "sergei-ryabkov", Demand: "no-ukraine-membership", Supports: 2},
		{Actor: "jens-stoltenberg", Demand: "nato-open-door", Supports: 1},
		{Actor: "nato", Demand: "no-ukraine-membership", Rejects: 1},
	}
	if !reflect.DeepEqual(pos.Cells, want) || pos.Actors[0].Label != "Sergei Ryabkov" || pos.Actors[2].Type != graph.TypeOrganization {
		t.Errorf("cells %+v actors %+v", pos.Cells, pos.Actors)
	}
	get(t, base+"/api/positions?until=2021-12-31", &pos)
	if len(pos.Cells) != 1 || pos.Cells[0].Supports != 1 {
		t.Errorf("until: %+v", pos.Cells)
	}
	wantError(t, base+"/api/positions?stance=neutral", 400, "unknown stance")

	var g graph.Subgraph
	get(t, base+"/api/graph", &g)
	if len(g.Nodes) != 13 || len(g.Edges) != 15 {
		t.Errorf("graph: %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
	wantError(t, base+"/api/nothing-here", 404, "no endpoint GET /api/nothing-here")
}

func TestServerExport(t *testing.T) {
	base := startFixture(t)
	res, err := http.Get(base + "/api/export?format=cyjs&statements=nodes")
	if err != nil {
		t.Fatal(err)
	}
	var cy struct {
		Elements struct{ Nodes, Edges []json.RawMessage }
	}
	err = json.NewDecoder(res.Body).Decode(&cy)
	res.Body.Close()
	if err != nil || res.StatusCode != 200 || len(cy.Elements.Nodes) == 0 {
		t.Errorf("cyjs: %d %v %d nodes", res.StatusCode, err, len(cy.Elements.Nodes))
	}
	res, err = http.Get(base + "/api/export?format=dot&speaker=sergei-ryabkov")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "digraph") || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/vnd.graphviz") {
		t.Errorf("dot: %d %q\n%s", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	wantError(t, base+"/api/export", 400, "give a format")
	wantError(t, base+"/api/export?format=pdf", 400, `unknown format "pdf"`)
	wantError(t, base+"/api/export?format=dot&statements=both", 400, "statements=edges")
	wantError(t, base+"/api/export?format=dot&depth=2", 400, "depth without around")
	wantError(t, base+"/api/export?format=dot&since=yesterday", 400, "not a date")
	wantError(t, base+"/api/export?format=dot&around=nobody", 404, "nobody")
}

// cayley posts (or gets) a Cayley API v2 request and decodes the JSON answer.
func cayley(t *testing.T, method, u, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("%s %s: %v\n%s", method, u, err, b)
	}
	return res.StatusCode, out
}

func TestServerCayleyAPI(t *testing.T) {
	base := startFixture(t)
	gizmo := `g.V("<https://w3id.org/claimgraph/person/sergei-ryabkov>").In("<https://w3id.org/claimgraph/vocab#speaker>").All()`
	code, out := cayley(t, "POST", base+"/api/v2/query?lang=gizmo", gizmo)
	if res, _ := out["result"].([]any); code != 200 || len(res) != 3 {
		t.Errorf("gizmo POST: %d %v", code, out)
	}
	code, out = cayley(t, "GET", base+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(gizmo), "")
	if res, _ := out["result"].([]any); code != 200 || len(res) != 3 {
		t.Errorf("gizmo GET: %d %v", code, out)
	}
	code, out = cayley(t, "POST", base+"/api/v2/query?lang=graphql",
		`{ nodes(id: "<https://w3id.org/claimgraph/org/nato>") { id } }`)
	if code != 200 || out["data"] == nil {
		t.Errorf("graphql: %d %v", code, out)
	}
	code, out = cayley(t, "POST", base+"/api/v2/query?lang=mql",
		`[{"id": "<https://w3id.org/claimgraph/org/nato>", "<http://schema.org/name>": null}]`)
	if code != 200 || out["result"] == nil {
		t.Errorf("mql: %d %v", code, out)
	}
	code, out = cayley(t, "POST", base+"/api/v2/query?lang=cobol", "x")
	if code != 400 || out["error"] == nil {
		t.Errorf("unknown language: %d %v", code, out)
	}
	var formats []map[string]any
	if code := get(t, base+"/api/v2/formats", &formats); code != 200 || len(formats) == 0 {
		t.Errorf("formats: %d %v", code, formats)
	}

	res, err := http.Get(base + "/api/v2/read?sub=" + url.QueryEscape("<https://w3id.org/claimgraph/org/nato>"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || strings.Count(string(b), "\n") != 2 {
		t.Errorf("read: %d\n%s", res.StatusCode, b)
	}

	nq := `<https://w3id.org/claimgraph/org/osce> <http://schema.org/name> "OSCE" .` + "\n"
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		code, out := cayley(t, "POST", base+p, nq)
		if msg, _ := out["error"].(string); code != 403 || !strings.Contains(msg, "--allow-writes") {
			t.Errorf("%s on a read-only server: %d %v", p, code, out)
		}
	}
}

func TestServerRefusesForeignRequests(t *testing.T) {
	base := startFixture(t)
	req, _ := http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", strings.NewReader(`g.V().All()`))
	req.Header.Set("Origin", "https://evil.example")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 403 {
		t.Errorf("cross-origin POST: %d", res.StatusCode)
	}
	req, _ = http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", strings.NewReader(`g.V("<https://w3id.org/claimgraph/org/nato>").All()`))
	req.Header.Set("Origin", base)
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("same-origin POST: %d", res.StatusCode)
	}
	req, _ = http.NewRequest("GET", base+"/api/demands", nil)
	req.Host = "rebound.example:8080"
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 403 {
		t.Errorf("foreign Host on a loopback server: %d", res.StatusCode)
	}
	req, _ = http.NewRequest("POST", base+"/api/who-said", nil)
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 405 || res.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST to a GET endpoint: %d %q", res.StatusCode, res.Header.Get("Allow"))
	}
}

func TestServerAllowWrites(t *testing.T) {
	st := openFixture(t, graph.Location{Backend: graph.Memory})
	base := start(t, st, server.Config{AllowWrites: true})
	nq := `<https://w3id.org/claimgraph/org/osce> <http://schema.org/name> "OSCE" .` + "\n"
	code, out := cayley(t, "POST", base+"/api/v2/write", nq)
	if code != 200 || out["count"] != 1.0 {
		t.Fatalf("write: %d %v", code, out)
	}
	quads, err := st.Describe(context.Background(), quad.IRI("https://w3id.org/claimgraph/org/osce"))
	if err != nil || len(quads) != 1 {
		t.Errorf("after write: %v %v", quads, err)
	}
}

// TestServerQueryTimeout: a Gizmo query that never ends is stopped at the
// query timeout, answered 503, and the server goes on answering.
func TestServerQueryTimeout(t *testing.T) {
	st := openFixture(t, graph.Location{Backend: graph.Memory})
	base := start(t, st, server.Config{QueryTimeout: 300 * time.Millisecond})
	begin := time.Now()
	code, out := cayley(t, "POST", base+"/api/v2/query?lang=gizmo", `var i = 0; while (true) { i++; }`)
	took := time.Since(begin)
	if msg, _ := out["error"].(string); code != 503 || !strings.Contains(msg, "300ms") {
		t.Errorf("runaway query: %d %v", code, out)
	}
	if took > 5*time.Second {
		t.Errorf("runaway query held the request for %s", took)
	}
	// The interpreter is not left spinning: the process stays idle.
	time.Sleep(200 * time.Millisecond)
	before := cpuTime()
	time.Sleep(500 * time.Millisecond)
	if used := cpuTime() - before; used > 250*time.Millisecond {
		t.Errorf("the process used %s of CPU in 500ms after the runaway query was stopped", used)
	}
	// The server still answers.
	code, out = cayley(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V("<https://w3id.org/claimgraph/org/nato>").All()`)
	if code != 200 {
		t.Errorf("after the runaway: %d %v", code, out)
	}
	var rows []map[string]any
	if code := get(t, base+"/api/who-said", &rows); code != 200 || len(rows) != 5 {
		t.Errorf("who-said after the runaway: %d", code)
	}
}

// cpuTime is the CPU time this process has used in user mode.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano())
}

func TestServerPageAndAssets(t *testing.T) {
	base := startFixture(t)
	for path, want := range map[string]string{
		"/":                         "<title>claimgraph",
		"/static/app.js":            "window.claimgraph",
		"/static/style.css":         "--supports",
		"/vendor/cytoscape.min.js":  "cytoscape",
		"/vendor/cytoscape.LICENSE": "Copyright",
	} {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d, no %q", path, res.StatusCode, want)
		}
		if path == "/" && !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("no CSP on the page")
		}
	}
	res, err := http.Get(base + "/no-such-page")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 {
		t.Errorf("unknown page: %d", res.StatusCode)
	}
}

func TestServerBolt(t *testing.T) {
	st := openFixture(t, graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "db")})
	base := start(t, st, server.Config{})
	var ans server.PathAnswer
	if code := get(t, base+"/api/path?from=jens-stoltenberg&to=sergei-ryabkov", &ans); code != 200 || ans.Length != 4 {
		t.Errorf("bolt path: %d %+v", code, ans)
	}
}

func TestServerShutdown(t *testing.T) {
	st := openFixture(t, graph.Location{Backend: graph.Memory})
	srv, err := server.New(st, server.Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	addr, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	res, err := http.Get("http://" + addr.String() + "/api/demands")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + addr.String() + "/api/demands"); err == nil {
		t.Error("still answering after shutdown")
	}
}
