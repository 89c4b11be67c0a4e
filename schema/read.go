package schema

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/claimgraph/claimgraph/schema/nquads"
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
	nr := nquads.NewReader(r)
	for {
		q, line, err := nr.Next()
		if err == io.EOF {
			return quads, syntax, nil
		}
		var se *nquads.SyntaxError
		if errors.As(err, &se) {
			syntax = append(syntax, Violation{File: name, Line: se.Line, Rule: RuleSyntax,
				Message: fmt.Sprintf("column %d: %s", se.Col, se.Msg), Quad: se.Text})
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%q: %w", name, err)
		}
		quads = append(quads, Located{Quad: q, File: name, Line: line})
	}
}
