package graph

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"sync"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley logs through a package-level logger, and its SQL backend logs the
// connection URL with its password. claimgraph installs a logger of its own
// once: errors are dropped (Cayley returns them too, and claimgraph reports
// them once, scrubbed), warnings go to stderr with any password redacted, and
// informational chatter is dropped.
var installLogger sync.Once

func quietCayley() { installLogger.Do(func() { clog.SetLogger(&redactingLogger{w: os.Stderr}) }) }

type redactingLogger struct {
	mu sync.Mutex
	w  io.Writer
	v  int
}

// passwordRE matches the password of user:password@ in a URL.
var passwordRE = regexp.MustCompile(`(://[^:/@\s]*:)[^@\s]*@`)

// Redact hides passwords of URLs in s.
func Redact(s string) string { return passwordRE.ReplaceAllString(s, "${1}xxxxx@") }

func (l *redactingLogger) Infof(string, ...interface{})  {}
func (l *redactingLogger) Errorf(string, ...interface{}) {}
func (l *redactingLogger) Warningf(format string, args ...interface{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "claimgraph: cayley: %s\n", Redact(fmt.Sprintf(format, args...)))
}
func (l *redactingLogger) Fatalf(format string, args ...interface{}) {
	l.Warningf(format, args...)
	os.Exit(1)
}
func (l *redactingLogger) V(level int) bool { return l.v >= level }
func (l *redactingLogger) SetV(level int)   { l.v = level }
