package main

import (
	"io"
	"os"
)

// blockWriter writes the output of the extract command from one buffer
// that it reuses, in blocks of about flushAt bytes (directFlushAt for
// direct writes): no copy through a
// bufio.Writer.
//
// Given the temporary file of export.WriteFileAtomic (-o), it writes the
// blocks with direct I/O where the system has it: the N-Quads, 15 times
// the size of the articles, then go from the buffer to the disk without
// being copied into the page cache, written back at the fsync and evicted
// with the file they replace (together a third of the command's system
// time). A direct write waits for the disk, so the blocks are written by
// a goroutine of their own while the next one is made in a second buffer:
// the extraction does not sleep in each write and find its caches cold
// (direct writes made in line were measured to lower the system time by
// what they added to the user time).
type blockWriter struct {
	w      io.Writer
	direct *os.File // the file of w while its writes are direct
	buf    []byte   // what is not written yet
	at     int      // the size of the blocks: flushAt or directFlushAt

	spare []byte      // the other buffer, while no block is being written from it
	todo  chan []byte // blocks for the writing goroutine
	done  chan error  // its result for each block
	busy  bool        // a block is being written
	free  func()      // unmaps buf and spare, made outside the heap
}

// flushAt is the size of the blocks; an article's quads fit in the slack
// of the buffer after it, so that the buffer is not reallocated.
const flushAt = 1 << 20

// directFlushAt is the size of the direct writes' blocks: blocks of 1 MB
// kept the writing goroutine and the extraction waiting on each other (the
// 4,000-file corpus took 4% more CPU time than with 4 MB blocks; 2 MB and
// 8 MB measured as 4 MB, 16 MB and 256 KB worse).
const directFlushAt = 4 << 20

// directSlack is the room after a direct block for the quads of the
// article that fills it (an article of 9 KB has up to 150 KB of them): a
// buffer that grew would be made again in the heap, twice as large, and
// stay there (measured: 5,000 more page faults with a slack of 64 KB).
const directSlack = 1 << 20

func newBlockWriter(w io.Writer) *blockWriter {
	b := &blockWriter{w: w, at: flushAt}
	if t, ok := w.(tempFileWriter); ok && t.Buffered() == 0 && setDirect(t.TempFile(), true) == nil {
		// the two buffers, aligned on a page, are mapped outside the heap:
		// in it they would raise the live heap and with it the heap the
		// collector lets grow (more pages to fault in, measured 8,000
		// more); from the heap, a buffer of this size is a span of its
		// own, aligned on a page too
		b.direct, b.at = t.TempFile(), directFlushAt
		if b.buf, b.spare, b.free = mapBuffers(b.at + directSlack); b.free == nil {
			b.buf, b.spare = make([]byte, 0, b.at+directSlack), make([]byte, 0, b.at+directSlack)
		}
		// (done has room for a result: the goroutine ends its last
		// write even when the command stops for an error)
		b.todo, b.done = make(chan []byte), make(chan error, 1)
		go b.writeBlocks(b.todo)
	}
	if b.buf == nil {
		b.buf = make([]byte, 0, b.at+1<<16)
	}
	return b
}

// tempFileWriter is the writer of export.WriteFileAtomic: a buffered writer
// on a temporary file of the command's own, which writes a block larger
// than its buffer to the file directly while it has nothing buffered.
type tempFileWriter interface {
	TempFile() *os.File
	Buffered() int
}

// flush writes the buffer once it holds a block's bytes (a direct write a
// multiple of directBlock of them, the rest staying for the next block).
func (b *blockWriter) flush() error {
	if len(b.buf) < b.at {
		return nil
	}
	if b.todo == nil {
		err := b.write(b.buf)
		b.buf = b.buf[:0]
		return err
	}
	if err := b.wait(); err != nil {
		close(b.todo)
		b.todo = nil
		return err
	}
	n := len(b.buf) - len(b.buf)%directBlock
	next := append(b.spare[:0], b.buf[n:]...)
	b.todo <- b.buf[:n]
	b.busy = true
	b.buf = next
	return nil
}

// wait waits for the block being written, if any, and takes its buffer
// back as the spare.
func (b *blockWriter) wait() error {
	if !b.busy {
		return nil
	}
	b.busy = false
	return <-b.done
}

// writeBlocks writes the blocks of todo and hands their buffers back.
// (todo is its argument: close sets the field to nil while the goroutine
// may not have started yet)
func (b *blockWriter) writeBlocks(todo <-chan []byte) {
	for p := range todo {
		err := b.write(p)
		b.spare = p[:0] // (read by flush after done)
		b.done <- err
	}
}

// close writes what is left, through the page cache (its length is
// anything), and leaves the file as it found it.
func (b *blockWriter) close() error {
	if b.todo != nil {
		err := b.wait()
		close(b.todo)
		b.todo = nil
		if err != nil {
			return err
		}
	}
	if err := b.stopDirect(); err != nil {
		return err
	}
	err := b.write(b.buf)
	b.buf = b.buf[:0]
	if b.free != nil {
		b.free()
		b.free, b.buf, b.spare = nil, nil, nil
	}
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
