package schema

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into the last path segment of an entity IRI: lower case
// ASCII letters and digits separated by single hyphens. Accents are dropped
// ("Jürgen" becomes "jurgen"); punctuation goes, and so do middle initials
// ("Sergei A. Ryabkov" → "sergei-ryabkov") when a longer word follows them.
func Slug(name string) string {
	words := strings.Fields(slugify(name))
	kept := words[:0]
	for i, w := range words {
		if len(w) == 1 && i > 0 && i < len(words)-1 {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, "-")
}

// slugify lower-cases name to ASCII words separated by single spaces.
func slugify(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		if f, ok := folds[r]; ok {
			// letters with no decomposition: "Paweł" → "pawel", "Støre" → "store"
			if hyphen && b.Len() > 0 {
				b.WriteByte(' ')
			}
			hyphen = false
			b.WriteString(f)
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte(' ')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// apostrophes join: "O'Brien" → "obrien"
		default:
			hyphen = true
		}
	}
	return b.String()
}

// folds writes the Latin letters NFD does not decompose as ASCII.
var folds = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ß': "ss",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
}
