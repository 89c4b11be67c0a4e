package export_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/export"
)

func TestWriteFileAtomic(t *testing.T) {
	failing := func(w io.Writer) error {
		io.WriteString(w, "half a graph")
		return errors.New("disk on fire")
	}
	t.Run("a failing write leaves no file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.graphml")
		err := export.WriteFileAtomic(path, failing)
		if err == nil || err.Error() != "disk on fire" {
			t.Fatalf("error %v, want the writer's", err)
		}
		assertDir(t, dir)
	})
	t.Run("a failing write leaves the old file as it was", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.graphml")
		if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := export.WriteFileAtomic(path, failing); err == nil {
			t.Fatal("no error")
		}
		assertDir(t, dir, "out.graphml")
		if b, _ := os.ReadFile(path); string(b) != "old" {
			t.Errorf("old file now %q", b)
		}
	})
	t.Run("a failing export leaves no file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.gexf")
		g, err := export.Project(fixture(t), export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = export.WriteFileAtomic(path, func(w io.Writer) error { return export.Write(w, g, "svg") })
		if err == nil {
			t.Fatal("no error for an unknown format")
		}
		assertDir(t, dir)
	})
	t.Run("success replaces the file and keeps its mode", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.dot")
		if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
			t.Fatal(err)
		}
		err := export.WriteFileAtomic(path, func(w io.Writer) error {
			_, err := io.WriteString(w, "digraph {}\n")
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		assertDir(t, dir, "out.dot")
		b, _ := os.ReadFile(path)
		fi, _ := os.Stat(path)
		if string(b) != "digraph {}\n" || fi.Mode().Perm() != 0o640 {
			t.Errorf("file %q mode %v", b, fi.Mode())
		}
	})
	t.Run("a missing directory is an error naming the file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "no", "such", "out.gml")
		err := export.WriteFileAtomic(path, func(io.Writer) error { return nil })
		if err == nil || !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("error %v, want not-exist", err)
		}
	})
}

// assertDir checks that dir holds exactly the named files: no temp file left.
func assertDir(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("directory holds %v, want %v", got, names)
	}
	for i := range names {
		if got[i] != names[i] {
			t.Fatalf("directory holds %v, want %v", got, names)
		}
	}
}

func TestFormats(t *testing.T) {
	for path, want := range map[string]export.Format{
		"a.graphml": export.GraphML, "a.GEXF": export.GEXF, "a.gml": export.GML, "a.dot": export.DOT,
		"a.gv": export.DOT, "a.cyjs": export.Cytoscape, "a.json": export.Cytoscape,
		"a.nq": export.NQuads, "dir.x/a.jsonld": export.JSONLD,
	} {
		if got, ok := export.FormatOfPath(path); !ok || got != want {
			t.Errorf("FormatOfPath(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
	if _, ok := export.FormatOfPath("a.svg"); ok {
		t.Error("a.svg has a format")
	}
	for name, want := range map[string]export.Format{"graphml": export.GraphML, "GV": export.DOT, "cytoscape": export.Cytoscape, "nq": export.NQuads} {
		if got, err := export.ParseFormat(name); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", name, got, err)
		}
	}
	_, err := export.ParseFormat("svg")
	if err == nil || err.Error() != `unknown format "svg" (formats: graphml, gexf, gml, dot, cyjs, nquads, jsonld)` {
		t.Errorf("ParseFormat(svg): %v", err)
	}
}

// TestWriteFileAtomicSpecialTargets: a pipe (standing in for /dev/null or
// /dev/stdout) is written in place, not replaced by a file; a symbolic
// link stays a link to the new file.
func TestWriteFileAtomicSpecialTargets(t *testing.T) {
	write := func(w io.Writer) error {
		_, err := io.WriteString(w, "digraph {}\n")
		return err
	}
	t.Run("a named pipe stays a pipe", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pipe")
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		got := make(chan string)
		go func() {
			b, _ := os.ReadFile(path)
			got <- string(b)
		}()
		if err := export.WriteFileAtomic(path, write); err != nil {
			t.Fatal(err)
		}
		select {
		case s := <-got:
			if s != "digraph {}\n" {
				t.Errorf("read %q from the pipe", s)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("nothing was written to the pipe")
		}
		if fi, err := os.Lstat(path); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("pipe replaced: %v %v", fi.Mode(), err)
		}
	})
	t.Run("a symbolic link stays a link", func(t *testing.T) {
		dir := t.TempDir()
		target, link := filepath.Join(dir, "real.dot"), filepath.Join(dir, "link.dot")
		if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symlink: %v", err)
		}
		if err := export.WriteFileAtomic(link, write); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("link replaced: %v %v", fi.Mode(), err)
		}
		if b, _ := os.ReadFile(target); string(b) != "digraph {}\n" {
			t.Errorf("target holds %q", b)
		}
		assertDir(t, dir, "link.dot", "real.dot")
	})
	t.Run("a directory is an error", func(t *testing.T) {
		dir := t.TempDir()
		if err := export.WriteFileAtomic(dir, write); err == nil {
			t.Error("no error writing over a directory")
		}
	})
}
