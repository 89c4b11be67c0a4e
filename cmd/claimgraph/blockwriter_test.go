package main

import (
	"bytes"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/export"
)

// TestBlockWriter writes a stream of random chunks through a blockWriter
// into a file, into the temporary file of export.WriteFileAtomic and into
// a buffer, in blocks of flushAt bytes or more (directFlushAt for direct
// writes): every copy is the stream, byte for byte.
func TestBlockWriter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var chunks [][]byte
	var want []byte
	for len(want) < 3*directFlushAt+12345 {
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
	path := filepath.Join(t.TempDir(), "out")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream(newBlockWriter(f)); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the file has %d bytes, not the %d written", len(got), len(want))
	}
	// through export.WriteFileAtomic: direct writes, made by a goroutine of
	// the writer's, where the system has them
	atomic := filepath.Join(t.TempDir(), "atomic")
	if err := export.WriteFileAtomic(atomic, func(w io.Writer) error { return stream(newBlockWriter(w)) }); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(atomic); err != nil {
		t.Fatal(err)
	} else if !bytes.Equal(got, want) {
		t.Errorf("the atomic file has %d bytes, not the %d written", len(got), len(want))
	}
	// a short output, closed before its writing goroutine has run (the race
	// detector saw close set the channel's field the goroutine read)
	small := filepath.Join(t.TempDir(), "small")
	if err := export.WriteFileAtomic(small, func(w io.Writer) error {
		b := newBlockWriter(w)
		b.buf = append(b.buf, chunks[0]...)
		return b.close()
	}); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(small); err != nil {
		t.Fatal(err)
	} else if !bytes.Equal(got, chunks[0]) {
		t.Errorf("the short file has %d bytes, not the %d written", len(got), len(chunks[0]))
	}
	var out bytes.Buffer
	w := &countingWriter{w: &out}
	if err := stream(newBlockWriter(w)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("a plain writer has %d bytes, not the %d written", out.Len(), len(want))
	}
	// (blocks, not chunks: writes of a megabyte or more and the rest)
	if most, least := len(want)/flushAt+1, len(want)/(flushAt+40_000); w.writes > most || w.writes < least {
		t.Errorf("%d writes, want %d to %d", w.writes, least, most)
	}
}

type countingWriter struct {
	w      *bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.w.Write(p)
}
