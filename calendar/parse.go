package calendar

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// ParseError reports text, or numbers given to [New], that do not name a
// date (or month-day, or semester) this package supports.
type ParseError struct {
	Input  string // the text as given; for New, the numbers written year/month/day
	Reason string // what is wrong with it, e.g. "day 31 out of range for Mehr (1..30)"
}

// Error returns e.g. `calendar: "1403/07/31": day 31 out of range for Mehr (1..30)`.
func (e *ParseError) Error() string {
	return "calendar: " + strconv.Quote(e.Input) + ": " + e.Reason
}

// digit returns the value of a Latin (0-9), Persian (۰-۹) or Arabic-Indic
// (٠-٩) digit, or -1. Persian text uses the Persian digits, but Arabic-Indic
// ones arrive from Arabic keyboards and older systems, and Latin ones from
// everywhere else.
func digit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	}
	return -1
}

// isTrimmed reports the characters Parse ignores around a date: white space
// and the invisible direction marks that surround numbers copied out of
// right-to-left text.
func isTrimmed(r rune) bool {
	switch r {
	case '\u200e', '\u200f', '\u061c', '\ufeff', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return unicode.IsSpace(r)
}

func isBlank(b []byte) bool {
	return len(trim(string(b))) == 0
}

// trim removes the characters isTrimmed reports from both ends of s. It
// looks at one byte where it can, since dates rarely carry any.
func trim(s string) string {
	for len(s) > 0 {
		if c := s[0]; c >= '0' && c <= '9' {
			break
		}
		if v, _ := digitAt(s, 0); v >= 0 {
			break
		}
		r, n := utf8.DecodeRuneInString(s)
		if !isTrimmed(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		if c := s[len(s)-1]; c >= '0' && c <= '9' {
			break
		}
		if v, n := digitAt(s, len(s)-2); v >= 0 && n == 2 {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !isTrimmed(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// digitAt returns the value and UTF-8 length of the digit starting at byte
// i of s, of any of the three kinds, or -1 (also for i out of range). It
// reads bytes, not runes, to keep Parse fast: a Persian digit is 0xDB
// 0xB0..0xB9 in UTF-8 and an Arabic-Indic one 0xD9 0xA0..0xA9.
func digitAt(s string, i int) (v, size int) {
	if i < 0 || i >= len(s) {
		return -1, 0
	}
	switch c := s[i]; {
	case c >= '0' && c <= '9':
		return int(c - '0'), 1
	case c == 0xDB && i+1 < len(s) && s[i+1] >= 0xB0 && s[i+1] <= 0xB9:
		return int(s[i+1] - 0xB0), 2
	case c == 0xD9 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xA9:
		return int(s[i+1] - 0xA0), 2
	}
	return -1, 0
}

// numberList is what scan reads: up to three numbers, with how many digits
// each had.
type numberList struct {
	val, digits [3]int
	n           int
}

// scan reads s (already trimmed) as at most max numbers separated by one
// kind of separator, '/' or '-', in any of the three digit kinds, into l.
// It returns why s is not such a list, or "". It does not allocate unless
// it fails; l is a pointer so that Parse's hot path copies nothing.
func (l *numberList) scan(s string, max int) string {
	if s == "" {
		return "empty"
	}
	var sep byte
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		v, size := int(c)-'0', 1
		if c >= 0x80 {
			v, size = digitAt(s, i) // the ASCII case above keeps the common path inline
		}
		if v >= 0 && v <= 9 {
			if l.digits[n] == 4 {
				return "too many digits"
			}
			l.val[n] = l.val[n]*10 + v
			l.digits[n]++
			i += size
			continue
		}
		if c == '/' || c == '-' {
			switch {
			case sep == 0:
				sep = c
			case c != sep:
				return "mixed separators '" + string(rune(sep)) + "' and '" + string(rune(c)) + "'"
			}
			if l.digits[n] == 0 {
				return "missing number before '" + string(rune(c)) + "' at byte " + strconv.Itoa(i)
			}
			n++
			if n == max {
				return "too many parts"
			}
			i++
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		return "unexpected " + strconv.QuoteRune(r) + " at byte " + strconv.Itoa(i) + "; want digits separated by '/' or '-'"
	}
	if l.digits[n] == 0 {
		return "missing number at the end"
	}
	l.n = n + 1
	return ""
}

// Parse reads a Jalali date written year/month/day: a four-digit year, a
// one- or two-digit month and day, separated by '/' or by '-' (one kind in a
// date). Digits may be Latin, Persian (۰-۹) or Arabic-Indic (٠-٩). Spaces and
// bidirectional marks around the date are ignored. Two-digit years such as
// "93/4/15", common in Persian documents, are rejected rather than guessed.
//
// A malformed text, a year outside [MinYear]..[MaxYear] or a day that does
// not exist is a *[ParseError]; Parse never panics.
func Parse(s string) (Date, error) {
	var l numberList
	reason := l.scan(trim(s), 3)
	switch {
	case reason != "":
	case l.n != 3:
		reason = "want year/month/day"
	case l.digits[0] != 4:
		reason = "year must have 4 digits"
	case l.digits[1] > 2:
		reason = "month must have 1 or 2 digits"
	case l.digits[2] > 2:
		reason = "day must have 1 or 2 digits"
	default:
		reason = check(l.val[0], l.val[1], l.val[2])
	}
	if reason != "" {
		return Date{}, &ParseError{Input: s, Reason: reason}
	}
	return mk(l.val[0], l.val[1], l.val[2]), nil
}
