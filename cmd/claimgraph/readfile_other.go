//go:build !unix

package main

import (
	"bytes"
	"os"
)

// readFileInto reads the file at path into buf[:0], growing it as needed.
func readFileInto(buf []byte, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return buf, err
	}
	defer f.Close()
	b := bytes.NewBuffer(buf[:0])
	_, err = b.ReadFrom(f)
	return b.Bytes(), err
}
