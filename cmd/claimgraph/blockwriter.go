package main

import (
	"io"
	"os"
)

// blockWriter writes the output of the extract command from one buffer
// that it reuses, in blocks of about flushAt bytes: no copy through a
// bufio.Writer. Given a file of the command's own (the temporary file of
// -o), it writes the blocks with direct I/O where the system has it: the
// N-Quads, 15 times the size of the articles, then go from the buffer to
// the disk without being copied into the page cache (about a tenth of the
// command's CPU time, and as much again in the writeback at fsync and in
// evicting the pages of the file it replaces).
type blockWriter struct {
	w      io.Writer
	direct *os.File // w while its writes are direct
	buf    []byte   // what is not written yet
}

// flushAt is the size of the blocks; an article's quads fit in the slack
// of the buffer after it, so that the buffer is not reallocated.
const flushAt = 1 << 20

func newBlockWriter(w io.Writer, own bool) *blockWriter {
	b := &blockWriter{w: w, buf: make([]byte, 0, flushAt+1<<16)}
	if f, ok := w.(*os.File); ok && own && setDirect(f, true) == nil {
		b.direct = f
	}
	return b
}

// flush writes the buffer once it holds flushAt bytes (a direct write a
// multiple of directBlock of them, the rest staying for the next block).
func (b *blockWriter) flush() error {
	if len(b.buf) < flushAt {
		return nil
	}
	n := len(b.buf)
	if b.direct != nil {
		n -= n % directBlock
	}
	if err := b.write(b.buf[:n]); err != nil {
		return err
	}
	b.buf = append(b.buf[:0], b.buf[n:]...)
	return nil
}

// close writes what is left, through the page cache (its length is
// anything), and leaves the file as it found it.
func (b *blockWriter) close() error {
	if err := b.stopDirect(); err != nil {
		return err
	}
	err := b.write(b.buf)
	b.buf = b.buf[:0]
	return err
}

func (b *blockWriter) write(p []byte) error {
	n, err := b.w.Write(p)
	if err != nil && b.direct != nil && directRefused(err) {
		// the buffer's address or the file system refuses direct
		// writes: go on through the page cache
		if err := b.stopDirect(); err != nil {
			return err
		}
		_, err = b.w.Write(p[n:])
	}
	return err
}

func (b *blockWriter) stopDirect() error {
	if b.direct == nil {
		return nil
	}
	f := b.direct
	b.direct = nil
	return setDirect(f, false)
}
