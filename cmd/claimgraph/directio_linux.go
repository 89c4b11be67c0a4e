package main

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// directBlock is the alignment of direct writes: their length and file
// offset, and the address of their buffer, are multiples of it.
const directBlock = 4096

// setDirect turns direct I/O (O_DIRECT) on or off for f: its writes then
// go from the caller's buffer to the device, without a copy into the page
// cache. It fails where the file system has no direct I/O.
func setDirect(f *os.File, on bool) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) {
		var fl int
		if fl, ferr = unix.FcntlInt(fd, unix.F_GETFL, 0); ferr != nil {
			return
		}
		if on {
			fl |= unix.O_DIRECT
		} else {
			fl &^= unix.O_DIRECT
		}
		_, ferr = unix.FcntlInt(fd, unix.F_SETFL, fl)
	}); err != nil {
		return err
	}
	return ferr
}

// directRefused reports whether a direct write failed for its alignment
// (or a file system that takes the flag but not the writes).
func directRefused(err error) bool { return errors.Is(err, unix.EINVAL) }

// mapBuffers maps two empty buffers of capacity n (a multiple of the page
// size) outside the heap, each aligned on a page; free unmaps them. Nil
// buffers and free if the system maps none.
func mapBuffers(n int) (a, b []byte, free func()) {
	m, err := unix.Mmap(-1, 0, 2*n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil, nil, nil
	}
	return m[:0:n], m[n : n : 2*n], func() { unix.Munmap(m) }
}
