package schema

import (
	"fmt"
	"io"
	"os"

	"bufio"
	"strings"

	qnq "github.com/cayleygraph/quad/nquads"
)

// ReadFile reads a strict N-Quads file. Syntax errors do not stop it: each
// becomes a Violation (rule "syntax") and reading goes on with the next line,
// so one pass reports every broken line. err is only for I/O failures.
func ReadFile(path string) (quads []Located, syntax []Violation, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return Read(path, f)
}

// Read is ReadFile on an open reader; name is the file name errors carry.
func Read(name string, r io.Reader) (quads []Located, syntax []Violation, err error) {
	// TEMPORARY: lax line parser until the strict schema/nquads reader lands.
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		q, err := qnq.Parse(t)
		if err != nil {
			syntax = append(syntax, Violation{File: name, Line: line, Rule: RuleSyntax, Message: err.Error(), Quad: t})
			continue
		}
		quads = append(quads, Located{Quad: q, File: name, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%q: %w", name, err)
	}
	return quads, syntax, nil
}
