package export

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes a file through write: to a temporary file in the
// same directory, synced and renamed over path only when write and every
// file operation succeeded. On any error the temporary file is removed, and
// path is either absent or the file it was before.
//
// A path that is no regular file — /dev/null, /dev/stdout, a named pipe —
// is written in place: renaming over it would replace the device with a
// file. A symbolic link is followed, so the file it points to is replaced
// and the link stays.
//
// For a temporary file, the writer write is given has a method TempFile()
// *os.File returning the file, and Buffered() int; a writer that sets flags
// of the file (direct I/O) writes through it blocks that do not fit its
// buffer, which go to the file directly while it has nothing buffered.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return fmt.Errorf("write %q: is a directory", path)
		}
		return writeInPlace(path, write)
	}
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := tempWriter{bufio.NewWriter(f), f}
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm() // keep the old file's permissions
	}
	if err := f.Chmod(mode); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	return nil
}

// writeInPlace writes to a device or a pipe that already exists.
func writeInPlace(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	return nil
}

// tempWriter is the writer WriteFileAtomic passes to write: a buffered
// writer on the temporary file, which TempFile returns.
type tempWriter struct {
	*bufio.Writer
	f *os.File
}

// TempFile returns the temporary file.
func (w tempWriter) TempFile() *os.File { return w.f }
