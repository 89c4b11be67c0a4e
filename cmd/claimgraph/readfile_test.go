package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestReadFileInto reads files of several sizes into one reused buffer and
// compares them with os.ReadFile; a missing file and a directory are errors
// that name the path.
func TestReadFileInto(t *testing.T) {
	dir := t.TempDir()
	sizes := []int{0, 1, 511, 512, 4096, 100_000, 3}
	var buf []byte
	for _, n := range sizes {
		want := bytes.Repeat([]byte("ab\r\n€"), n/6+1)[:n]
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		var err error
		buf, err = readFileInto(buf, path)
		if err != nil {
			t.Fatalf("size %d: %v", n, err)
		}
		if !bytes.Equal(buf, want) {
			t.Fatalf("size %d: read %d bytes, want %d", n, len(buf), len(want))
		}
	}
	for _, path := range []string{filepath.Join(dir, "missing.txt"), dir} {
		_, err := readFileInto(buf, path)
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Path != path {
			t.Errorf("readFileInto(%q) = %v, want a *fs.PathError naming the path", path, err)
		}
	}
	if _, err := readFileInto(nil, filepath.Join(dir, "missing.txt")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
}
