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
