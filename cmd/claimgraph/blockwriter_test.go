package main

import (
	"bytes"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// TestBlockWriter writes a stream of random chunks through a blockWriter
// into a file of its own (direct writes where the system has them), into
// one with a buffer whose address no direct write takes (the writer goes
// on through the page cache), and into a plain writer: every copy is the
// stream, byte for byte.
func TestBlockWriter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var chunks [][]byte
	var want []byte
	for len(want) < 3*flushAt+12345 {
		c := make([]byte, rng.Intn(40_000))
		rng.Read(c)
		chunks = append(chunks, c)
		want = append(want, c...)
	}
	stream := func(b *blockWriter) error {
		for _, c := range chunks {
			b.buf = append(b.buf, c...)
			if err := b.flush(); err != nil {
				return err
			}
		}
		return b.close()
	}
	for _, misaligned := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "out")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		b := newBlockWriter(f, true)
		if misaligned {
			b.buf = make([]byte, 1, cap(b.buf)+1)[1:]
		}
		if err := stream(b); err != nil {
			t.Fatalf("misaligned %v: %v", misaligned, err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("misaligned %v: the file has %d bytes, not the %d written", misaligned, len(got), len(want))
		}
	}
	var out bytes.Buffer
	if err := stream(newBlockWriter(io.Writer(&out), false)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("a plain writer has %d bytes, not the %d written", out.Len(), len(want))
	}
}
