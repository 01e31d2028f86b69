package calendar

import (
	"strconv"
	"strings"
)

// Term is one of the two semesters (نیمسال) of an academic year.
type Term int

// The two terms. The zero Term is not a term.
const (
	First  Term = 1 // نیمسال اول, from 1 Mehr
	Second Term = 2 // نیمسال دوم, from 1 Bahman
)

// String returns "first" or "second", or "Term(n)" for another value.
func (t Term) String() string {
	switch t {
	case First:
		return "first"
	case Second:
		return "second"
	}
	return "Term(" + strconv.Itoa(int(t)) + ")"
}

// Persian returns "نیمسال اول" or "نیمسال دوم", or the String form for another
// value.
func (t Term) Persian() string {
	switch t {
	case First:
		return "نیمسال اول"
	case Second:
		return "نیمسال دوم"
	}
	return t.String()
}

// Semester is one semester of an academic year. Year is the Jalali year in
// which the academic year begins: the academic year 1393–94 has Year 1393,
// and its second semester, starting 1 Bahman 1393, is {1393, Second}.
//
// A semester is in session from its start to the day before the next one
// starts: the first semester of Y from 1 Mehr Y to the end of Dey Y, the
// second from 1 Bahman Y to the end of Shahrivar Y+1. The summer thus
// belongs to the tail of the second semester. The zero Semester is not a
// semester.
type Semester struct {
	Year int
	Term Term
}

// Valid reports whether s has a term and starts within the supported years.
func (s Semester) Valid() bool {
	return (s.Term == First || s.Term == Second) && s.Year >= MinYear && s.Year <= MaxYear
}

// String returns s as "1393-94/1" (the academic year, then the term number);
// "1399-00/2" is the second semester of 1399–1400. [ParseSemester] reads it
// back. An invalid semester gives e.g. "Semester(0/0)".
func (s Semester) String() string {
	if !s.Valid() {
		return "Semester(" + strconv.Itoa(s.Year) + "/" + strconv.Itoa(int(s.Term)) + ")"
	}
	var buf [9]byte
	return string(s.appendText(buf[:0]))
}

func (s Semester) appendText(b []byte) []byte {
	y, next := s.Year, (s.Year+1)%100
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	return append(b, byte('0'+next/10), byte('0'+next%10), '/', byte('0'+s.Term))
}

// ParseSemester reads a semester written as [Semester.String] does,
// "1393-94/1", or with the second year in full, "1393-1394/1". Digits may be
// Latin, Persian or Arabic-Indic; the term is 1 or 2; the second year must
// follow the first.
func ParseSemester(text string) (Semester, error) {
	t := trim(text)
	fail := func(reason string) (Semester, error) {
		return Semester{}, &ParseError{Input: text, Reason: reason}
	}
	slash := strings.LastIndexByte(t, '/')
	if slash < 0 {
		return fail("want year-year/term, e.g. 1393-94/1")
	}
	years, n, reason := fieldsSep(t[:slash], '-')
	if reason != "" {
		return fail(reason)
	}
	term, tn, reason := fieldsSep(t[slash+1:], 0)
	switch {
	case reason != "":
		return fail(reason)
	case n != 2 || tn != 1:
		return fail("want year-year/term, e.g. 1393-94/1")
	case years.digits[0] != 4:
		return fail("first year must have 4 digits")
	case years.digits[1] == 2 && years.val[1] != (years.val[0]+1)%100,
		years.digits[1] == 4 && years.val[1] != years.val[0]+1:
		return fail("second year does not follow the first")
	case years.digits[1] != 2 && years.digits[1] != 4:
		return fail("second year must have 2 or 4 digits")
	case term.val[0] != 1 && term.val[0] != 2 || term.digits[0] != 1:
		return fail("term must be 1 or 2")
	}
	s := Semester{Year: years.val[0], Term: Term(term.val[0])}
	if !s.Valid() {
		return fail("year " + strconv.Itoa(s.Year) + " out of range (" + strconv.Itoa(MinYear) + ".." + strconv.Itoa(MaxYear) + ")")
	}
	return s, nil
}

type numbers struct{ val, digits [3]int }

// fieldsSep reads up to two numbers separated by sep (or exactly one when sep
// is 0), any digit kind.
func fieldsSep(s string, sep rune) (numbers, int, string) {
	var x numbers
	n := 0
	for i, r := range s {
		if v := digit(r); v >= 0 {
			if x.digits[n] == 4 {
				return x, 0, "too many digits"
			}
			x.val[n] = x.val[n]*10 + v
			x.digits[n]++
			continue
		}
		if sep != 0 && r == sep && x.digits[n] > 0 && n == 0 {
			n++
			continue
		}
		return x, 0, "unexpected " + strconv.QuoteRune(r) + " at byte " + strconv.Itoa(i)
	}
	if x.digits[n] == 0 {
		return x, 0, "missing number"
	}
	return x, n + 1, ""
}

// MarshalText returns the String form, "1393-94/1"; empty text for the zero
// Semester. An invalid non-zero semester is an error.
func (s Semester) MarshalText() ([]byte, error) {
	if s == (Semester{}) {
		return []byte{}, nil
	}
	if !s.Valid() {
		return nil, &ParseError{Input: s.String(), Reason: "not a valid semester"}
	}
	return s.appendText(make([]byte, 0, 9)), nil
}

// UnmarshalText parses text as [ParseSemester] does; empty or blank text sets
// the zero Semester.
func (s *Semester) UnmarshalText(text []byte) error {
	if isBlank(text) {
		*s = Semester{}
		return nil
	}
	v, err := ParseSemester(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Compare returns -1, 0 or +1 as s is earlier than, the same as, or later
// than o.
func (s Semester) Compare(o Semester) int {
	switch {
	case s.Year < o.Year || s.Year == o.Year && s.Term < o.Term:
		return -1
	case s == o:
		return 0
	}
	return 1
}

// Before reports whether s is earlier than o.
func (s Semester) Before(o Semester) bool { return s.Compare(o) < 0 }

// After reports whether s is later than o.
func (s Semester) After(o Semester) bool { return s.Compare(o) > 0 }

// Next returns the semester after s: the second of the same academic year
// after a first, the first of the next year after a second. A semester
// without a valid term gives the zero Semester.
func (s Semester) Next() Semester {
	switch s.Term {
	case First:
		return Semester{s.Year, Second}
	case Second:
		return Semester{s.Year + 1, First}
	}
	return Semester{}
}

// Prev returns the semester before s, the inverse of Next.
func (s Semester) Prev() Semester {
	switch s.Term {
	case First:
		return Semester{s.Year - 1, Second}
	case Second:
		return Semester{s.Year, First}
	}
	return Semester{}
}

// Start returns the first day of s: 1 Mehr (Y/07/01) for a first semester, 1
// Bahman (Y/11/01) for a second. It returns the zero Date when s is not
// valid.
func (s Semester) Start() Date {
	switch s.Term {
	case First:
		return tryMk(s.Year, 7, 1)
	case Second:
		return tryMk(s.Year, 11, 1)
	}
	return Date{}
}

// End returns the last day s is in session, the day before the next semester
// starts: the end of Dey (Y/10/30) for a first semester, the end of
// Shahrivar of the next year (Y+1/06/31) for a second. It returns the zero
// Date when s is not valid or ends after MaxYear.
func (s Semester) End() Date {
	switch s.Term {
	case First:
		return tryMk(s.Year, 10, 30)
	case Second:
		return tryMk(s.Year+1, 6, 31)
	}
	return Date{}
}

// SemesterOn returns the semester in session on d: the first semester of Y
// from 1 Mehr to the end of Dey Y, the second semester of Y from 1 Bahman Y
// to the end of Shahrivar Y+1 (summer included). The zero Date gives the
// zero Semester.
func SemesterOn(d Date) Semester {
	y, m, _ := d.Jalali()
	switch {
	case y == 0:
		return Semester{}
	case m < Mehr:
		return Semester{y - 1, Second}
	case m < Bahman:
		return Semester{y, First}
	}
	return Semester{y, Second}
}

// NextSemesterAfter returns the next semester to start strictly after d,
// the semester a request dated d applies to when it names none (ruling R12).
// A request dated on the very day a semester starts (1 Mehr, 1 Bahman) is
// too late for it and applies to the following one. The zero Date gives the
// zero Semester.
func NextSemesterAfter(d Date) Semester {
	y, m, _ := d.Jalali()
	switch {
	case y == 0:
		return Semester{}
	case m < Mehr:
		return Semester{y, First}
	case m < Bahman:
		return Semester{y, Second}
	}
	return Semester{y + 1, First}
}
