package nquads

// Byte classes for the ASCII fast paths. Non-ASCII runes are classified by
// the functions below.
var (
	// iriByte marks ASCII bytes that may appear unescaped in an IRIREF:
	// everything above U+0020 except <>"{}|^`\.
	iriByte [128]bool
	// strByte marks ASCII bytes that may appear unescaped in a
	// STRING_LITERAL_QUOTE: everything except " \ LF CR.
	strByte [128]bool
	// pnCharsU marks ASCII PN_CHARS_U bytes (letters, '_' and ':').
	pnCharsU [128]bool
	// pnChars marks ASCII PN_CHARS bytes (PN_CHARS_U, '-' and digits).
	pnChars [128]bool
)

func init() {
	for c := 0; c < 128; c++ {
		iriByte[c] = c > 0x20
		strByte[c] = true
	}
	for _, c := range "<>\"{}|^`\\" {
		iriByte[c] = false
	}
	for _, c := range "\"\\\n\r" {
		strByte[c] = false
	}
	for c := 'a'; c <= 'z'; c++ {
		pnCharsU[c], pnCharsU[c-'a'+'A'] = true, true
	}
	pnCharsU['_'], pnCharsU[':'] = true, true
	pnChars = pnCharsU
	pnChars['-'] = true
	for c := '0'; c <= '9'; c++ {
		pnChars[c] = true
	}
}

// isPNCharsBase reports whether a non-ASCII rune is in PN_CHARS_BASE.
func isPNCharsBase(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0xD6, 0xD8 <= r && r <= 0xF6, 0xF8 <= r && r <= 0x2FF,
		0x370 <= r && r <= 0x37D, 0x37F <= r && r <= 0x1FFF,
		0x200C <= r && r <= 0x200D, 0x2070 <= r && r <= 0x218F,
		0x2C00 <= r && r <= 0x2FEF, 0x3001 <= r && r <= 0xD7FF,
		0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFFD,
		0x10000 <= r && r <= 0xEFFFF:
		return true
	}
	return false
}

// isPNChars reports whether a non-ASCII rune is in PN_CHARS.
func isPNChars(r rune) bool {
	return isPNCharsBase(r) || r == 0xB7 || 0x300 <= r && r <= 0x36F || 0x203F <= r && r <= 0x2040
}

// isAlpha reports whether c is an ASCII letter.
func isAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hexVal returns the value of a hexadecimal digit, or -1.
func hexVal(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}
