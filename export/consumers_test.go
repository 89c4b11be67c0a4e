package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/export"
)

// The tests in this file hand the exports to the programs people open them
// with (Debian packages: graphviz, python3-networkx, libxml2-utils,
// chromium). A missing program skips its test with the reason, except under
// CI (CI set), where it fails: CI installs them.

// needTool returns the path of the first of names that is installed.
func needTool(t *testing.T, pkg string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missing(t, fmt.Sprintf("%s not found (Debian package %s)", strings.Join(names, " or "), pkg))
	return ""
}

func missing(t *testing.T, reason string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s; CI must install it", reason)
	}
	t.Skipf("SKIP: %s", reason)
}

// pythonWithNetworkX finds a Python that imports networkx: $CLAIMGRAPH_PYTHON
// (set by .ci/run), else Debian's, else the first python3 on PATH.
func pythonWithNetworkX(t *testing.T) string {
	t.Helper()
	candidates := []string{"/usr/bin/python3", "python3"}
	if py := os.Getenv("CLAIMGRAPH_PYTHON"); py != "" {
		candidates = append([]string{py}, candidates...)
	}
	for _, py := range candidates {
		if p, err := exec.LookPath(py); err == nil && exec.Command(p, "-c", "import networkx").Run() == nil {
			return p
		}
	}
	missing(t, "no python3 with networkx (Debian package python3-networkx)")
	return ""
}

func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// writeExport projects the fixture and writes it to a file in a temp dir.
func writeExport(t *testing.T, opt export.Options, f export.Format, name string) (*export.Graph, string) {
	t.Helper()
	g, err := export.Project(fixture(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	err = export.WriteFileAtomic(path, func(w io.Writer) error { return export.Write(w, g, f) })
	if err != nil {
		t.Fatal(err)
	}
	return g, path
}

const readBack = `
import json, sys
import networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    G = nx.read_graphml(path)
elif fmt == "gexf":
    G = nx.read_gexf(path)
elif fmt == "gml":
    G = nx.read_gml(path, label="nodeId")
nodes = {str(n): d for n, d in G.nodes(data=True)}
if G.is_multigraph():
    triples = G.edges(keys=True, data=True)
else:
    triples = [(u, v, d.get("id"), d) for u, v, d in G.edges(data=True)]
edges = {}
for u, v, k, d in triples:
    eid = str(d.get("edgeId") or d.get("id") or k)
    d = dict(d)
    d["_source"], d["_target"] = str(u), str(v)
    edges[eid] = d
json.dump({"directed": G.is_directed(), "nodes": nodes, "edges": edges}, sys.stdout, default=str, ensure_ascii=True)
`

type nxGraph struct {
	Directed bool
	Nodes    map[string]map[string]any
	Edges    map[string]map[string]any
}

func TestNetworkXReadsBack(t *testing.T) {
	py := pythonWithNetworkX(t)
	script := filepath.Join(t.TempDir(), "read_back.py")
	if err := os.WriteFile(script, []byte(readBack), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []export.Format{export.GraphML, export.GEXF, export.GML} {
		for _, mode := range []export.StatementMode{export.StatementEdges, export.StatementNodes} {
			t.Run(string(f)+"/"+mode.String(), func(t *testing.T) {
				g, path := writeExport(t, export.Options{Statements: mode}, f, "g."+string(f))
				var got nxGraph
				if err := json.Unmarshal(run(t, py, script, string(f), path), &got); err != nil {
					t.Fatal(err)
				}
				if !got.Directed {
					t.Error("NetworkX read an undirected graph")
				}
				if len(got.Nodes) != len(g.Nodes) || len(got.Edges) != len(g.Edges) {
					t.Fatalf("NetworkX read %d nodes, %d edges; wrote %d, %d",
						len(got.Nodes), len(got.Edges), len(g.Nodes), len(g.Edges))
				}
				t.Logf("NetworkX read %d nodes and %d edges from %s", len(got.Nodes), len(got.Edges), filepath.Base(path))
				for _, n := range g.Nodes {
					d, ok := got.Nodes[n.ID]
					if !ok {
						t.Errorf("node %q missing", n.ID)
						continue
					}
					if d["label"] != n.Label || d["type"] != string(n.Type) {
						t.Errorf("node %q: label %q type %q, want %q %q", n.ID, d["label"], d["type"], n.Label, n.Type)
					}
					for _, a := range n.Attrs {
						if d[a.Key] != a.Value {
							t.Errorf("node %q: %s = %q, want %q", n.ID, a.Key, d[a.Key], a.Value)
						}
					}
					checkColor(t, f, n.ID, d, n.Color)
				}
				for _, e := range g.Edges {
					d, ok := got.Edges[e.ID]
					if !ok {
						t.Errorf("edge %q missing", e.ID)
						continue
					}
					if d["_source"] != e.Source || d["_target"] != e.Target || d["label"] != e.Label {
						t.Errorf("edge %q: %v -> %v label %q, want %s -> %s %q", e.ID, d["_source"], d["_target"], d["label"], e.Source, e.Target, e.Label)
					}
					for _, a := range e.Attrs {
						if d[a.Key] != a.Value {
							t.Errorf("edge %q: %s = %q, want %q", e.ID, a.Key, d[a.Key], a.Value)
						}
					}
				}
				checkHardStrings(t, got)
			})
		}
	}
}

// checkColor checks the colour in the attributes each format carries it in.
func checkColor(t *testing.T, f export.Format, id string, d map[string]any, c export.Color) {
	t.Helper()
	want := map[string]float64{"r": float64(c.R), "g": float64(c.G), "b": float64(c.B)}
	attrs := d
	if f == export.GEXF {
		viz, _ := d["viz"].(map[string]any)
		attrs, _ = viz["color"].(map[string]any)
	}
	for k, v := range want {
		if attrs[k] != v {
			t.Errorf("node %q: colour %s = %v, want %v", id, k, attrs[k], v)
		}
	}
}

// The fixture's hard strings must come back exactly.
var hardStrings = map[string]string{
	"doc/draft-treaty-2021-12-17": `Treaty on "security guarantees" & draft <US–Russia>`,
	"person/fyodor-lukyanov":      "Фёдор Лукьянов",                                  // alternateName
	"person/jean-yves-le-drian":   "Ministre de l'Europe et des Affaires étrangères", // jobTitle
}

const ryabkovQuote = "We need \"ironclad, waterproof, bulletproof, legally binding guarantees\".\nNot assurances, not safeguards."

func checkHardStrings(t *testing.T, got nxGraph) {
	t.Helper()
	for id, s := range hardStrings {
		found := false
		for _, v := range got.Nodes[id] {
			found = found || v == s
		}
		if !found {
			t.Errorf("node %q: no attribute is %q: %v", id, s, got.Nodes[id])
		}
	}
	found := false
	for _, d := range got.Edges {
		found = found || d["quote"] == ryabkovQuote
	}
	for _, d := range got.Nodes {
		found = found || d["quote"] == ryabkovQuote
	}
	if !found {
		t.Errorf("the quotation with quotes and a newline did not survive: want %q", ryabkovQuote)
	}
}

func TestXMLWellFormed(t *testing.T) {
	xmllint := needTool(t, "libxml2-utils", "xmllint")
	// No Debian package ships the GraphML or GEXF XSDs, so xmllint checks
	// well-formedness and namespaces; NetworkX (above) checks the structure.
	for _, f := range []export.Format{export.GraphML, export.GEXF} {
		for _, mode := range []export.StatementMode{export.StatementEdges, export.StatementNodes} {
			_, path := writeExport(t, export.Options{Statements: mode}, f, "g."+string(f))
			run(t, xmllint, "--noout", "--nonet", path)
		}
	}
}

// svgText collects the text of an SVG's <text> and <title> elements and the
// xlink:title attributes (Graphviz tooltips), per element class.
type svgInfo struct {
	nodes, edges int
	texts        []string
}

func parseSVG(t *testing.T, b []byte) svgInfo {
	t.Helper()
	var info svgInfo
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false // Graphviz's SVG has a DOCTYPE without an internal subset
	var inText bool
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			inText = el.Name.Local == "text"
			for _, a := range el.Attr {
				if el.Name.Local == "g" && a.Name.Local == "class" {
					switch a.Value {
					case "node":
						info.nodes++
					case "edge":
						info.edges++
					}
				}
				if a.Name.Local == "title" {
					info.texts = append(info.texts, a.Value)
				}
			}
		case xml.CharData:
			if inText {
				info.texts = append(info.texts, string(el))
			}
		case xml.EndElement:
			inText = false
		}
	}
	return info
}

func TestGraphvizRendersDOT(t *testing.T) {
	dot := needTool(t, "graphviz", "dot")
	for _, mode := range []export.StatementMode{export.StatementEdges, export.StatementNodes} {
		t.Run(mode.String(), func(t *testing.T) {
			g, path := writeExport(t, export.Options{Statements: mode}, export.DOT, "g.dot")
			cmd := exec.Command(dot, "-Tsvg", path)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			svg, err := cmd.Output()
			if err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.Bytes())
			}
			if stderr.Len() > 0 {
				t.Errorf("dot warned:\n%s", stderr.Bytes())
			}
			info := parseSVG(t, svg)
			if info.nodes != len(g.Nodes) || info.edges != len(g.Edges) {
				t.Fatalf("dot drew %d nodes, %d edges; wrote %d, %d", info.nodes, info.edges, len(g.Nodes), len(g.Edges))
			}
			t.Logf("dot -Tsvg drew %d nodes and %d edges", info.nodes, info.edges)
			want := []string{hardStrings["doc/draft-treaty-2021-12-17"], "Sergei Ryabkov", "Jean-Yves Le Drian"}
			if mode == export.StatementEdges {
				// The quotation is the edge tooltip; its newline is a line break.
				want = append(want, ryabkovQuote, "supports")
			}
			for _, w := range want {
				found := false
				for _, s := range info.texts {
					found = found || s == w
				}
				if !found {
					t.Errorf("SVG has no text %q", w)
				}
			}
		})
	}
}

func TestCytoscapeJSLoadsJSON(t *testing.T) {
	chromium := needTool(t, "chromium", "chromium", "chromium-browser")
	lib, err := os.ReadFile(filepath.Join("..", "server", "assets", "vendor", "cytoscape.min.js"))
	if err != nil {
		t.Fatalf("vendored Cytoscape.js: %v", err)
	}
	for _, mode := range []export.StatementMode{export.StatementEdges, export.StatementNodes} {
		t.Run(mode.String(), func(t *testing.T) {
			g, path := writeExport(t, export.Options{Statements: mode}, export.Cytoscape, "g.cyjs")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "cytoscape.min.js"), lib, 0o644); err != nil {
				t.Fatal(err)
			}
			// encoding/json escapes <, > and &, so the JSON cannot end the script element.
			page := `<!doctype html><html><head><meta charset="utf-8"><script src="cytoscape.min.js"></script></head>
<body><div id="cy" style="width:800px;height:600px"></div><pre id="out">not run</pre>
<script type="application/json" id="data">` + string(data) + `</script>
<script>
var out = document.getElementById("out");
try {
  var doc = JSON.parse(document.getElementById("data").textContent);
  var cy = cytoscape({container: document.getElementById("cy"), elements: doc.elements, layout: {name: "grid"}});
  var quotes = cy.elements().map(function (e) { return e.data("quote"); }).filter(Boolean);
  out.textContent = JSON.stringify({
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    treaty: cy.getElementById("doc/draft-treaty-2021-12-17").data("label"),
    lukyanov: cy.getElementById("person/fyodor-lukyanov").data("alternateName"),
    ryabkovColor: cy.getElementById("person/sergei-ryabkov").data("color"),
    quotes: quotes
  });
} catch (e) {
  out.textContent = "ERROR " + e;
}
</script></body></html>`
			pagePath := filepath.Join(dir, "page.html")
			if err := os.WriteFile(pagePath, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			dom := run(t, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir="+t.TempDir(), "--dump-dom", "file://"+pagePath)
			m := regexp.MustCompile(`(?s)<pre id="out">(.*?)</pre>`).FindSubmatch(dom)
			if m == nil {
				t.Fatalf("no result in the DOM:\n%s", dom)
			}
			var res struct {
				Nodes, Edges                   int
				Treaty, Lukyanov, RyabkovColor string
				Quotes                         []string
			}
			text := html.UnescapeString(string(m[1]))
			if err := json.Unmarshal([]byte(text), &res); err != nil {
				t.Fatalf("page says %s", text)
			}
			if res.Nodes != len(g.Nodes) || res.Edges != len(g.Edges) {
				t.Fatalf("Cytoscape.js loaded %d nodes, %d edges; wrote %d, %d", res.Nodes, res.Edges, len(g.Nodes), len(g.Edges))
			}
			t.Logf("Cytoscape.js in Chromium loaded %d nodes and %d edges", res.Nodes, res.Edges)
			if res.Treaty != hardStrings["doc/draft-treaty-2021-12-17"] || res.Lukyanov != hardStrings["person/fyodor-lukyanov"] {
				t.Errorf("labels changed on the way: %q, %q", res.Treaty, res.Lukyanov)
			}
			if res.RyabkovColor != export.TypeColor(export.TypePerson).Hex() {
				t.Errorf("Ryabkov's colour %q", res.RyabkovColor)
			}
			found := false
			for _, q := range res.Quotes {
				found = found || q == ryabkovQuote
			}
			if !found {
				t.Errorf("the quotation did not survive: %q", res.Quotes)
			}
		})
	}
}
