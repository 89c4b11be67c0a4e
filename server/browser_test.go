package server_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium to drive: $CLAIMGRAPH_CHROMIUM, else Debian's
// chromium on PATH. Without one the test is skipped, saying why, except
// under CI (CI set), where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CLAIMGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium on PATH (apt-get install chromium, or set CLAIMGRAPH_CHROMIUM): the browser test did not run"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// artefactDir is where screenshots go: $CLAIMGRAPH_ARTIFACTS, else a temp dir.
func artefactDir(t *testing.T) string {
	if d := os.Getenv("CLAIMGRAPH_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// profileDir is a fresh Chromium profile, removed after the test. Chromium's
// helpers may still be writing there when the browser has exited, so the
// removal retries for a while rather than failing the test.
func profileDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "claimgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 50; i++ {
			if err := os.RemoveAll(dir); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("could not remove the Chromium profile %s", dir)
	})
	return dir
}

// TestBrowserExplorer drives the page in headless Chromium: the graph
// renders every entity of the fixture, a click on Ryabkov's node shows his
// statements in the side panel, search, filters and the positions table work.
func TestBrowserExplorer(t *testing.T) {
	exe := chromium(t)
	base := startFixture(t)
	artefacts := artefactDir(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profileDir(t)),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	// Uncaught exceptions of the page fail the test.
	var mu sync.Mutex
	var consoleErrors []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*cdpruntime.EventExceptionThrown); ok {
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			mu.Lock()
			consoleErrors = append(consoleErrors, msg)
			mu.Unlock()
		}
	})
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTimeout()

	run := func(what string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			var shot []byte
			sctx, c := context.WithTimeout(ctx, 5*time.Second)
			if chromedp.Run(sctx, chromedp.CaptureScreenshot(&shot)) == nil {
				p := filepath.Join(artefacts, "explorer-failure.png")
				_ = os.WriteFile(p, shot, 0o644)
				t.Logf("screenshot of the failure: %s", p)
			}
			c()
			t.Fatalf("%s: %v", what, err)
		}
	}

	// The page loads and the graph renders every entity of the fixture:
	// 3 people, NATO, 2 demands, 2 articles, 5 statements.
	var nodes, edges, errText string
	var canvases int
	run("load the page",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`#cy[data-ready="true"]`, chromedp.ByQuery),
		chromedp.AttributeValue(`#cy`, "data-nodes", &nodes, nil, chromedp.ByQuery),
		chromedp.AttributeValue(`#cy`, "data-edges", &edges, nil, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('#cy canvas').length`, &canvases),
		chromedp.Evaluate(`document.getElementById('error').hidden ? '' : document.getElementById('error').textContent`, &errText),
	)
	if nodes != "13" || edges != "15" {
		t.Errorf("graph rendered %s nodes and %s edges, want 13 and 15", nodes, edges)
	}
	if canvases == 0 || errText != "" {
		t.Errorf("%d canvases, error %q", canvases, errText)
	}
	var rendered int
	run("count rendered nodes", chromedp.Evaluate(`claimgraph.cy.nodes().filter(function (n) { return n.visible() && n.renderedWidth() > 0; }).length`, &rendered))
	if rendered != 13 {
		t.Errorf("%d nodes visible on the canvas, want 13", rendered)
	}

	// A real mouse click on Ryabkov's node, where Cytoscape drew it.
	var xy []float64
	run("locate Ryabkov", chromedp.Evaluate(`(function () {
		var n = claimgraph.cy.getElementById('sergei-ryabkov');
		var p = n.renderedPosition();
		var r = document.getElementById('cy').getBoundingClientRect();
		return [r.left + p.x, r.top + p.y];
	})()`, &xy))
	if len(xy) != 2 {
		t.Fatalf("no position for Ryabkov's node: %v", xy)
	}
	var heading, panelText string
	var statements int
	run("click Ryabkov",
		chromedp.MouseClickXY(xy[0], xy[1]),
		chromedp.WaitVisible(`#panel[data-entity="sergei-ryabkov"] li.statement`, chromedp.ByQuery),
		chromedp.Text(`#panel h2`, &heading, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('#panel li.statement').length`, &statements),
		chromedp.Text(`#panel`, &panelText, chromedp.ByQuery),
	)
	if heading != "Sergei Ryabkov" || statements != 3 {
		t.Errorf("panel %q with %d statements, want Sergei Ryabkov with 3", heading, statements)
	}
	for _, want := range []string{"We must exclude Ukraine from joining NATO.", "2021-12-23", "Source: Article a1",
		"Ukraine must never become a member of NATO", "supports"} {
		if !strings.Contains(panelText, want) {
			t.Errorf("side panel lacks %q:\n%s", want, panelText)
		}
	}
	// From the panel: how is Ryabkov connected to Stoltenberg?
	var pathText, onPath string
	run("find a path",
		chromedp.SendKeys(`#path-to`, "Stoltenberg", chromedp.ByQuery),
		chromedp.Click(`.pathform button[type="submit"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#path-result ol.paths li`, chromedp.ByQuery),
		chromedp.Text(`#path-result`, &pathText, chromedp.ByQuery),
		chromedp.AttributeValue(`#cy`, "data-path", &onPath, nil, chromedp.ByQuery),
	)
	if !strings.Contains(pathText, "1 shortest path, 4 links each") || !strings.Contains(pathText, "Jens Stoltenberg") || onPath != "5" {
		t.Errorf("path: %q, %s nodes highlighted", pathText, onPath)
	}

	var shot []byte
	run("screenshot", chromedp.Sleep(200*time.Millisecond), chromedp.FullScreenshot(&shot, 100))
	shotPath := filepath.Join(artefacts, "explorer.png")
	if err := os.WriteFile(shotPath, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shotPath)

	// Search: typing part of a name offers the entity.
	var hit string
	run("search",
		chromedp.SendKeys(`#search-input`, "Stolt", chromedp.ByQuery),
		chromedp.WaitVisible(`#search-results li[data-id="jens-stoltenberg"]`, chromedp.ByQuery),
		chromedp.Text(`#search-results li[data-id="jens-stoltenberg"]`, &hit, chromedp.ByQuery),
	)
	if !strings.Contains(hit, "Jens Stoltenberg") {
		t.Errorf("search hit %q", hit)
	}

	// Filter by stance: only the one rejection and what it links stay.
	var visible, status string
	run("filter",
		chromedp.Evaluate(`(function () {
			var s = document.getElementById('f-stance');
			s.value = 'rejects';
			s.dispatchEvent(new Event('change', { bubbles: true }));
		})()`, nil),
		chromedp.WaitVisible(`#cy[data-visible="4"]`, chromedp.ByQuery),
		chromedp.AttributeValue(`#cy`, "data-visible", &visible, nil, chromedp.ByQuery),
		chromedp.Text(`#filter-status`, &status, chromedp.ByQuery),
	)
	if !strings.HasPrefix(status, "1 statements and 3 entities") {
		t.Errorf("filter status %q", status)
	}

	// Positions: actors × demands, each cell the stances with their count.
	var rows int
	var ryabkovRow string
	run("positions",
		chromedp.Evaluate(`(function () {
			var s = document.getElementById('f-stance');
			s.value = '';
			s.dispatchEvent(new Event('change', { bubbles: true }));
		})()`, nil),
		chromedp.Click(`#tab-positions`, chromedp.ByQuery),
		chromedp.WaitVisible(`table.positions`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('table.positions tbody tr').length`, &rows),
		chromedp.Text(`tr[data-actor="sergei-ryabkov"]`, &ryabkovRow, chromedp.ByQuery),
	)
	if rows != 3 || !strings.Contains(ryabkovRow, "supports 2") {
		t.Errorf("positions: %d rows, Ryabkov's %q", rows, ryabkovRow)
	}
	run("positions screenshot", chromedp.FullScreenshot(&shot, 100))
	_ = os.WriteFile(filepath.Join(artefacts, "positions.png"), shot, 0o644)
	mu.Lock()
	defer mu.Unlock()
	if len(consoleErrors) > 0 {
		t.Errorf("console errors: %v", consoleErrors)
	}
}
