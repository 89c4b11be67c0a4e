package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The expressions the date matchers stand for.
var (
	reDMY = regexp.MustCompile(`\b(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})\b`)
	reMDY = regexp.MustCompile(`\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b`)
	reISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reDot = regexp.MustCompile(`\b(\d{4})\.(\d{2})\.(\d{2})\b|\b(\d{2})\.(\d{2})\.(\d{4})\b`)
)

// checkDateMatchers compares the matchers with the expressions on t.
func checkDateMatchers(t *testing.T, s string) {
	t.Helper()
	iso, ok := matchISO(s)
	if m := reISO.FindStringSubmatch(s); (m != nil) != ok || ok && m[0] != iso {
		t.Errorf("matchISO(%q) = %q, %v; regexp %q", s, iso, ok, m)
	}
	dot, ok := matchDotted(s)
	want := ""
	if m := reDot.FindStringSubmatch(s); m != nil && m[1] != "" {
		want = m[1] + "-" + m[2] + "-" + m[3]
	} else if m != nil {
		want = m[6] + "-" + m[5] + "-" + m[4]
	}
	if (want != "") != ok || dot != want {
		t.Errorf("matchDotted(%q) = %q, %v; regexp %q", s, dot, ok, want)
	}
	day, mon, year, ok := matchDMY(s)
	if m := reDMY.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != day || m[2] != mon || m[3] != year) {
		t.Errorf("matchDMY(%q) = %q %q %q, %v; regexp %q", s, day, mon, year, ok, m)
	}
	mon, day, year, ok = matchMDY(s)
	if m := reMDY.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != mon || m[2] != day || m[3] != year) {
		t.Errorf("matchMDY(%q) = %q %q %q, %v; regexp %q", s, mon, day, year, ok, m)
	}
}

func TestDateMatchers(t *testing.T) {
	for _, s := range []string{
		"", "2022.01.14 11:20", "10.01.2022 - Update", "x2022.01.14", "2022.01.145", "110.01.2022", "1.10.01.2022", "v2.01.2022", "2022.1.14", "é10.01.2022", "2022-01-20", "x2022-01-20", "12022-01-20", "2022-01-201", "2022-01-20x", "2022-01-20_", "é2022-01-20é", "2022-1-20 2021-12-31",
		"20 Jan, 2022 08:28", "20 Jan 2022", "20 Jan. 2022", "20 Jan., 2022", "20 Jan.,2022", "20 January 2022", "20 Septembers 2022",
		"120 Jan 2022", "1 Jan 20222", "a1 Jan 2022", "_1 Jan 2022", "on 1 Jan 2022.", "1 JAN 2022", "1 Ja 2022", "1  Jan 2022",
		"January 20, 2022", "January 20 2022", "Jan. 20, 2022", "Jan.20, 2022", "XJanuary 20, 2022", "January 200, 2022", "January 2, 20222",
		"Moscow, January 14, 2022", "Mon 3 Jan 2022 and Feb 4, 2021", "Sept 31, 2022", "Foo 12 Bar 1999", "Abcdefghij 1, 2000",
		"1 Jan 2022 2 Feb 2023", "Jan 1, 2022, Feb 2, 2023", "Ñoño 3 Jan 2020", "3 Ñan 2020", "1 Jan 2022_", "Jan 1,, 2022",
	} {
		checkDateMatchers(t, s)
	}
	// every line of every article
	files, _ := filepath.Glob("../data/articles/*.txt")
	more, _ := filepath.Glob("../data/eval/*/*.txt")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			checkDateMatchers(t, l)
		}
	}
	// random dates, each of the three forms, between random pieces and
	// with a random byte changed, added or taken away
	pick := func(rng *rand.Rand, xs ...string) string { return xs[rng.Intn(len(xs))] }
	bytesOf := "0129 ,.-_aZJé\xff"
	rng := rand.New(rand.NewSource(1))
	var found [3]int
	for n := 0; n < 300000; n++ {
		var b strings.Builder
		b.WriteString(pick(rng, "", "x", "1", "_", " ", "on ", "é", "(", "2022"))
		day := pick(rng, "1", "9", "12", "31", "123", "")
		mon := pick(rng, "Jan", "January", "Sept", "Decembers", "Ja", "JAN", "Xyzabcdefg", "Mon")
		year := pick(rng, "2022", "1999", "20221", "202")
		switch rng.Intn(3) {
		case 0:
			b.WriteString(year + "-" + pick(rng, "01", "1", "12", "123") + "-" + pick(rng, "20", "2", "31", "201"))
		case 1:
			b.WriteString(day + pick(rng, " ", "  ", "") + mon + pick(rng, "", ".", ",", ".,", ",,", " ") + pick(rng, " ", "") + year)
		case 2:
			b.WriteString(mon + pick(rng, "", ".", ",") + pick(rng, " ", "") + day + pick(rng, "", ",", ".") + pick(rng, " ", "") + year)
		}
		b.WriteString(pick(rng, "", "x", "1", "_", " ", ".", "é", " and Feb 3, 2021", " 4 Mar 2020"))
		s := b.String()
		if k := rng.Intn(len(s) + 1); rng.Intn(2) == 0 {
			c := string(bytesOf[rng.Intn(len(bytesOf))])
			switch rng.Intn(3) {
			case 0:
				s = s[:k] + c + s[k:]
			case 1:
				if k < len(s) {
					s = s[:k] + s[k+1:]
				}
			case 2:
				if k < len(s) {
					s = s[:k] + c + s[k+1:]
				}
			}
		}
		checkDateMatchers(t, s)
		for k, re := range []*regexp.Regexp{reISO, reDMY, reMDY} {
			if re.MatchString(s) {
				found[k]++
			}
		}
	}
	t.Logf("random strings matching ISO, DMY, MDY: %v", found)
	// (the strings must be dates often enough to test the matches)
	if found[0] < 1000 || found[1] < 1000 || found[2] < 1000 {
		t.Errorf("random strings matched ISO, DMY, MDY %v times", found)
	}
}

// TestDottedDates: a page's date written with dots, year first or day first.
func TestDottedDates(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"LRT English, BNS 2022.01.14 11:20", "2022-01-14"},
		{"Selin Aydogan   |10.01.2022 - Update : 10.01.2022", "2022-01-10"},
		{"28.01.2022 14:07", "2022-01-28"},
		{"Version 2.01.2022", ""},
		{"31.02.2022", ""},
	} {
		d, ok := findDate(c.line)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
