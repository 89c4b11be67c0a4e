package extract

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

// Article is one news article as read from its file. Runes is the whole
// file, front matter included: every offset of the package indexes it.
type Article struct {
	ID        string
	Title     string
	Publisher string
	Published time.Time // zero when the file says nothing
	URL       string

	Runes []rune
	text  string  // the file
	boff  []int32 // byte offset in text of every rune, and of the end
	// Lines are the body's lines (after the front matter) with their offsets
	// and whether they are text to extract from.
	Lines []Line
}

// Line is one line of the body, without its line break.
type Line struct {
	Start, End int
	Kind       LineKind
}

// LineKind classifies a body line.
type LineKind uint8

const (
	LineText     LineKind = iota // prose to extract from
	LineBlank                    // empty
	LineJunk                     // site furniture, photo credits, datelines
	LineHeadline                 // a title, subtitle or teaser of another story
)

// ErrFrontMatter is wrapped by errors in the front-matter block.
var ErrFrontMatter = errors.New("front matter")

// ReadArticle reads an article file. name is the file name; without front
// matter the id is its base name without extension and the date is looked
// for in the text. UTF-8 with or without BOM, LF or CRLF.
func ReadArticle(name string, data []byte) (*Article, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%q: not UTF-8", name)
	}
	a := &Article{text: string(data)}
	n := utf8.RuneCountInString(a.text)
	a.Runes = make([]rune, n)
	a.boff = make([]int32, n+1)
	k := 0
	for i, r := range a.text {
		a.Runes[k] = r
		a.boff[k] = int32(i)
		k++
	}
	a.boff[n] = int32(len(a.text))
	rs := a.Runes
	pos := 0
	if len(rs) > 0 && rs[0] == '\ufeff' {
		pos = 1
	}
	lines := splitLines(rs, pos)
	body := lines
	if len(lines) > 0 && lineText(rs, lines[0]) == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if lineText(rs, lines[i]) == "---" {
				end = i
				break
			}
		}
		if end < 0 {
			return nil, fmt.Errorf("%q: line 1: %w: no closing ---", name, ErrFrontMatter)
		}
		for i := 1; i < end; i++ {
			if err := a.frontMatter(lineText(rs, lines[i])); err != nil {
				return nil, fmt.Errorf("%q: line %d: %w: %v", name, i+1, ErrFrontMatter, err)
			}
		}
		body = lines[end+1:]
	}
	if a.ID == "" {
		// an IRI segment must be a slug: "000_2e14d60b" becomes "000-2e14d60b"
		base := path.Base(strings.ReplaceAll(name, "\\", "/"))
		a.ID = schema.Slug(strings.TrimSuffix(base, path.Ext(base)))
		if a.ID == "" {
			return nil, fmt.Errorf("%q: no article id: add front matter with an id", name)
		}
	}
	a.Lines = make([]Line, len(body))
	seen := map[string]bool{}
	for i, l := range body {
		t := a.line(l)
		kind := classifyLine(t)
		if kind == LineText && seen[t] {
			kind = LineHeadline // a repeated title
		}
		if kind == LineText && isHeadline(t) {
			kind = LineHeadline
		}
		seen[t] = true
		a.Lines[i] = Line{Start: l[0], End: l[1], Kind: kind}
		if a.Published.IsZero() && i < 40 && hasYear(t) {
			if d, ok := findDate(t); ok {
				a.Published = d
			}
		}
		if a.Title == "" && (kind == LineText || kind == LineHeadline) && utf8.RuneCountInString(t) > 15 {
			a.Title = t
		}
	}
	return a, nil
}

func (a *Article) frontMatter(line string) error {
	if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
		return nil
	}
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("want key: value, have %q", line)
	}
	k, v = strings.TrimSpace(k), strings.TrimSpace(v)
	v = strings.Trim(v, `"'`)
	switch k {
	case "id":
		if v == "" || schema.Slug(v) != v {
			return fmt.Errorf("id %q is not a slug (lower-case letters, digits, single hyphens)", v)
		}
		a.ID = v
	case "title":
		a.Title = v
	case "publisher":
		a.Publisher = v
	case "url":
		a.URL = v
	case "published", "date":
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			if d, ok := findDate(v); ok {
				t = d
			} else {
				return fmt.Errorf("published %q: want YYYY-MM-DD", v)
			}
		}
		a.Published = t
	}
	return nil
}

// splitLines returns [start, end) of every line from pos, without \r\n.
func splitLines(rs []rune, pos int) [][2]int {
	var out [][2]int
	start := pos
	for i := pos; i < len(rs); i++ {
		if rs[i] == '\n' {
			end := i
			if end > start && rs[end-1] == '\r' {
				end--
			}
			out = append(out, [2]int{start, end})
			start = i + 1
		}
	}
	if start < len(rs) {
		end := len(rs)
		if rs[end-1] == '\r' {
			end--
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

func lineText(rs []rune, l [2]int) string { return strings.TrimSpace(string(rs[l[0]:l[1]])) }

// line is lineText without a copy.
func (a *Article) line(l [2]int) string {
	return strings.TrimSpace(a.text[a.boff[l[0]]:a.boff[l[1]]])
}

var junkLines = []string{
	"exit mobile version", "leave a reply", "your email address will not be published",
	"source link", "share this", "share this article", "share", "related", "related articles",
	"read more", "advertisement", "subscribe", "follow us", "comments", "print", "email",
	"click here", "more from", "recommended", "you may also like", "required fields are marked",
	"save my name, email, and website in this browser for the next time i comment.",
}

var junkContains = []string{
	"(getty images)", "(reuters)", "(ap photo", "(afp", "getty images", "photo:", "photo credit",
	"©", "all rights reserved", "cookie", "sign up for", "newsletter", "image caption", "image source",
	"your email address will not be published", "required fields are marked",
}

var reDateLine = regexp.MustCompile(`^(\d{1,2} [A-Z][a-z]{2,8},? \d{4}( \d{1,2}:\d{2})?|[A-Z][a-z]{2,8} \d{1,2}, \d{4}( \d{1,2}:\d{2})?( ?[AaPp][Mm])?|\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?)$`)

// classifyLine tells junk and blank lines from text. Headlines are decided later.
func classifyLine(t string) LineKind {
	if t == "" {
		return LineBlank
	}
	if len(t) > 400 {
		// a paragraph of prose, or a run of icon names
		if strings.Count(t, "icon") >= 8 {
			return LineJunk
		}
		return LineText
	}
	l := asciiLower(t)
	if strings.Count(l, "icon") >= 4 || strings.HasPrefix(l, "site icon") {
		return LineJunk
	}
	if strings.HasSuffix(l, ":") && len(l) < 30 && (strings.HasPrefix(l, "share") || strings.HasPrefix(l, "tags") || strings.HasPrefix(l, "related")) {
		return LineJunk
	}
	if len(l) < 80 {
		for _, j := range junkLines {
			if l == j || strings.TrimRight(l, ".:!") == j {
				return LineJunk
			}
		}
	}
	if strings.IndexByte(l, '(') >= 0 || strings.IndexByte(l, ':') >= 0 || len(l) < 200 || strings.Contains(t, "©") {
		for _, j := range junkContains {
			if i := strings.Index(l, j); i >= 0 && !wireDateline(l, i) {
				return LineJunk
			}
		}
	}
	if len(t) < 80 && hasYear(t) {
		if reDateLine.MatchString(t) {
			return LineJunk
		}
		if _, ok := findDate(t); ok && utf8.RuneCountInString(t) < 60 && !strings.HasSuffix(t, ".") {
			return LineJunk // a dateline: "Moscow, January 14, 2022"
		}
	}
	if strings.HasPrefix(l, "by ") && utf8.RuneCountInString(t) < 60 && !strings.ContainsAny(t, ".“\"") {
		return LineJunk // byline
	}
	return LineText
}

// wireDateline reports whether the agency credit at byte i of the lower-case
// line l opens a wire story's lead ("MOSCOW, Jan 11 (Reuters) - Russia …"),
// which is text, rather than a photo credit.
func wireDateline(l string, i int) bool {
	if i > 40 || len(l) < 100 {
		return false
	}
	rest := l[i:]
	j := strings.IndexByte(rest, ')')
	if j < 0 {
		return false
	}
	rest = strings.TrimLeft(rest[j+1:], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// isHeadline reports whether a text line is a title, a subtitle, a section
// heading or a teaser for another story: it does not end like a sentence.
func isHeadline(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '"', '”', '“', '’', '»', ')', ':', ';', '…':
		return false
	case '?':
		// a question in a headline, or a question in a transcript
		return utf8.RuneCountInString(t) < 120 && !strings.Contains(t, ":")
	}
	return true
}

// hasYear is a quick test for four digits in a row, before any regexp runs.
func hasYear(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// asciiLower lower-cases ASCII letters only: enough to find the junk
// markers, and faster than strings.ToLower on long lines.
func asciiLower(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' {
			// one allocation: the builder's bytes become the string
			var b strings.Builder
			b.Grow(len(t))
			b.WriteString(t[:i])
			for j := i; j < len(t); j++ {
				c := t[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
			return b.String()
		}
	}
	return t
}
