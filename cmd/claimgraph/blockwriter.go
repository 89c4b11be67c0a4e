package main

import "io"

// blockWriter writes the output of the extract command from one buffer
// that it reuses, in blocks of about flushAt bytes: no copy through a
// bufio.Writer. (It once wrote the temporary file of -o with direct I/O;
// measured in session 9, direct writes lowered the system time by what
// they added to the user time, and were dropped.)
type blockWriter struct {
	w   io.Writer
	buf []byte // what is not written yet
}

// flushAt is the size of the blocks; an article's quads fit in the slack
// of the buffer after it, so that the buffer is not reallocated.
const flushAt = 1 << 20

func newBlockWriter(w io.Writer) *blockWriter {
	return &blockWriter{w: w, buf: make([]byte, 0, flushAt+1<<16)}
}

// flush writes the buffer once it holds flushAt bytes.
func (b *blockWriter) flush() error {
	if len(b.buf) < flushAt {
		return nil
	}
	_, err := b.w.Write(b.buf)
	b.buf = b.buf[:0]
	return err
}

// close writes what is left.
func (b *blockWriter) close() error {
	_, err := b.w.Write(b.buf)
	b.buf = b.buf[:0]
	return err
}
