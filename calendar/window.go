package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Phase is one step of the transfer period. The phases follow each other in
// the order of the constants: the student registers the request, then the
// origin unit, the destination unit and the Central Organization answer.
type Phase int

// The four phases of a transfer window, in order. The zero Phase is not a
// phase.
const (
	StudentRequest    Phase = 1 + iota // ثبت درخواست توسط دانشجو
	OriginAnswer                       // پاسخ مبدأ
	DestinationAnswer                  // پاسخ مقصد
	CentralAnswer                      // پاسخ سازمان (the Central Organization)
)

const numPhases = 4

var (
	phaseNames   = [numPhases]string{"student request", "origin answer", "destination answer", "central organization answer"}
	phasePersian = [numPhases]string{"ثبت درخواست توسط دانشجو", "پاسخ مبدأ", "پاسخ مقصد", "پاسخ سازمان"}
)

func (p Phase) valid() bool { return p >= StudentRequest && p <= CentralAnswer }

// String returns the English name of p ("student request"), or "Phase(n)".
func (p Phase) String() string {
	if p.valid() {
		return phaseNames[p-1]
	}
	return "Phase(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns p's code for JSON and YAML: "student-request",
// "origin-answer", "destination-answer" or "central-organization-answer".
func (p Phase) MarshalText() ([]byte, error) {
	if !p.valid() {
		return nil, fmt.Errorf("calendar: no phase %d", int(p))
	}
	return []byte(strings.ReplaceAll(phaseNames[p-1], " ", "-")), nil
}

// UnmarshalText reads a phase from its code or its English name.
func (p *Phase) UnmarshalText(b []byte) error {
	s := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(string(b))), "-", " ")
	for i, n := range phaseNames {
		if s == n {
			*p = Phase(i + 1)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown phase %q (want student-request, origin-answer, destination-answer or central-organization-answer)", b)
}

// Persian returns the Persian name of p ("ثبت درخواست توسط دانشجو"), or the
// String form for another value.
func (p Phase) Persian() string {
	if p.valid() {
		return phasePersian[p-1]
	}
	return p.String()
}

// MonthDay is a day of the Jalali year without the year, for dates that
// recur every year, such as table 1's "3/15". Its text form is "03/15".
type MonthDay struct {
	Month Month
	Day   int
}

// ParseMonthDay reads "03/15", "3/15" or "3-15", in any of the three digit
// kinds. The day must exist in some year: Esfand 30 is accepted, since it
// exists in leap years.
func ParseMonthDay(text string) (MonthDay, error) {
	var l numberList
	reason := l.scan(trim(text), 2)
	md := MonthDay{Month(l.val[0]), l.val[1]}
	switch {
	case reason != "":
	case l.n != 2:
		reason = "want month/day"
	case l.digits[0] > 2 || l.digits[1] > 2:
		reason = "month and day must have 1 or 2 digits"
	default:
		reason = md.check()
	}
	if reason != "" {
		return MonthDay{}, &ParseError{Input: text, Reason: reason}
	}
	return md, nil
}

// check returns why md is not a day of some Jalali year, or "".
func (md MonthDay) check() string {
	if md.Month < Farvardin || md.Month > Esfand {
		return "month " + strconv.Itoa(int(md.Month)) + " out of range (1..12)"
	}
	n := 31
	if md.Month >= Mehr {
		n = 30
	}
	if md.Day < 1 || md.Day > n {
		return "day " + strconv.Itoa(md.Day) + " out of range for " + md.Month.String() + " (1.." + strconv.Itoa(n) + ")"
	}
	return ""
}

// String returns md as "03/15"; "" for the zero MonthDay.
func (md MonthDay) String() string {
	if md == (MonthDay{}) {
		return ""
	}
	m, d := int(md.Month), md.Day
	if m < 0 || m > 99 || d < 0 || d > 99 {
		return "MonthDay(" + strconv.Itoa(m) + "/" + strconv.Itoa(d) + ")"
	}
	return string([]byte{byte('0' + m/10), byte('0' + m%10), '/', byte('0' + d/10), byte('0' + d%10)})
}

// MarshalText returns the String form, "03/15"; empty text for the zero
// MonthDay. A day that exists in no year is an error.
func (md MonthDay) MarshalText() ([]byte, error) {
	if md == (MonthDay{}) {
		return []byte{}, nil
	}
	if reason := md.check(); reason != "" {
		return nil, &ParseError{Input: md.String(), Reason: reason}
	}
	return []byte(md.String()), nil
}

// UnmarshalText parses text as [ParseMonthDay] does; empty or blank text sets
// the zero MonthDay.
func (md *MonthDay) UnmarshalText(text []byte) error {
	if isBlank(text) {
		*md = MonthDay{}
		return nil
	}
	v, err := ParseMonthDay(string(text))
	if err != nil {
		return err
	}
	*md = v
	return nil
}

// Compare returns -1, 0 or +1 as md falls earlier than, on, or later than o
// in the same year.
func (md MonthDay) Compare(o MonthDay) int {
	switch {
	case md.Month < o.Month || md.Month == o.Month && md.Day < o.Day:
		return -1
	case md == o:
		return 0
	}
	return 1
}

// In returns md in the given Jalali year; Esfand 30 of a common year is an
// error.
func (md MonthDay) In(year int) (Date, error) {
	return New(year, int(md.Month), md.Day)
}

// AnnualSpan is one phase of a transfer window that recurs every year, as in
// table 1. From and To are in the Jalali year in which the academic year
// begins: for the academic year Y–(Y+1), the first semester's student window
// 03/01–03/15 is Y/03/01–Y/03/15, and the second semester's 09/01–09/15 is
// Y/09/01–Y/09/15. Both ends are inclusive.
type AnnualSpan struct {
	Term     Term
	Phase    Phase
	From, To MonthDay
}

// Window is one phase of the transfer period for one semester, with both
// ends inclusive.
type Window struct {
	Semester Semester `json:"semester"`
	Phase    Phase    `json:"phase"`
	From     Date     `json:"from"`
	To       Date     `json:"to"`
}

// Contains reports whether d falls in w, both ends included. The zero Date
// is in no window.
func (w Window) Contains(d Date) bool {
	return !d.IsZero() && !d.Before(w.From) && !d.After(w.To)
}

// String returns e.g. "1393-94/1 student request 1393/04/15..1393/04/30".
func (w Window) String() string {
	return w.Semester.String() + " " + w.Phase.String() + " " + w.From.String() + ".." + w.To.String()
}

// ErrBeforeFirstSemester is wrapped by the errors of a [Timetable] asked
// about a semester before the first it governs: the regulation does not
// apply to that semester at all, which is different from a date outside a
// window.
var ErrBeforeFirstSemester = errors.New("before the first semester the timetable governs")

// Timetable gives the transfer windows of every semester from the first it
// governs: an annual pattern (table 1) and replacements for given semesters
// (table 2). A Timetable is immutable once built and safe for concurrent use.
//
// Every window of a timetable is disjoint from every other, and windows
// follow each other in semester and phase order; [NewTimetable] refuses data
// that breaks this. So at most one window is open on any day, and the
// student windows of successive semesters come one after the other.
type Timetable struct {
	first     Semester
	annual    [2][numPhases]AnnualSpan // [term-1][phase-1]
	overrides []semesterWindows        // sorted by semester, one entry per semester
}

type semesterWindows struct {
	semester Semester
	windows  [numPhases]Window
}

// NewTimetable builds a timetable. first is the first semester it governs
// (1393-94/1 for the 93/10 regulation). annual must give each of the four
// phases once for each term; overrides replace all four phases of the
// semesters they name, and must give all four.
//
// It returns an error, naming the span or window at fault, when a term,
// phase, semester or date is not valid, a span's From is after its To, a
// phase is missing or given twice, windows overlap or are out of phase
// order (the first semester's four annual phases, then the second's, must
// follow each other within the year, and a replaced semester's windows must
// fall after its predecessor's and before its successor's), an annual span
// uses Esfand 30 (which common years lack), or an override names a semester
// before first (wrapping [ErrBeforeFirstSemester]).
func NewTimetable(first Semester, annual []AnnualSpan, overrides []Window) (*Timetable, error) {
	if !first.Valid() {
		return nil, fmt.Errorf("calendar: timetable: first semester %v is not valid", first)
	}
	t := &Timetable{first: first}
	var seen [2][numPhases]bool
	for i, a := range annual {
		if a.Term != First && a.Term != Second {
			return nil, fmt.Errorf("calendar: timetable: annual span %d: %v is not a term", i, a.Term)
		}
		if !a.Phase.valid() {
			return nil, fmt.Errorf("calendar: timetable: annual span %d: %v is not a phase", i, a.Phase)
		}
		name := a.Term.String() + " semester " + a.Phase.String()
		for _, md := range []MonthDay{a.From, a.To} {
			if reason := md.check(); reason != "" {
				return nil, fmt.Errorf("calendar: timetable: annual %s: date %v: %s", name, md, reason)
			}
			if md.Month == Esfand && md.Day == 30 {
				return nil, fmt.Errorf("calendar: timetable: annual %s: Esfand 30 does not exist in common years", name)
			}
		}
		if a.From.Compare(a.To) > 0 {
			return nil, fmt.Errorf("calendar: timetable: annual %s: from %v is after to %v", name, a.From, a.To)
		}
		if seen[a.Term-1][a.Phase-1] {
			return nil, fmt.Errorf("calendar: timetable: annual %s given twice", name)
		}
		seen[a.Term-1][a.Phase-1] = true
		t.annual[a.Term-1][a.Phase-1] = a
	}
	var prev *AnnualSpan
	for ti := range 2 {
		for pi := range numPhases {
			if !seen[ti][pi] {
				return nil, fmt.Errorf("calendar: timetable: annual %s semester %s is missing", Term(ti+1), Phase(pi+1))
			}
			a := &t.annual[ti][pi]
			if prev != nil && prev.To.Compare(a.From) >= 0 {
				return nil, fmt.Errorf("calendar: timetable: annual %s semester %s (%v..%v) must start after %s semester %s (%v..%v) ends",
					a.Term, a.Phase, a.From, a.To, prev.Term, prev.Phase, prev.From, prev.To)
			}
			prev = a
		}
	}

	for i, w := range overrides {
		if !w.Semester.Valid() {
			return nil, fmt.Errorf("calendar: timetable: override %d: semester %v is not valid", i, w.Semester)
		}
		if w.Semester.Before(first) {
			return nil, fmt.Errorf("calendar: timetable: override %d for semester %v: %w (%v)", i, w.Semester, ErrBeforeFirstSemester, first)
		}
		if !w.Phase.valid() {
			return nil, fmt.Errorf("calendar: timetable: override %d for semester %v: %v is not a phase", i, w.Semester, w.Phase)
		}
		if w.From.IsZero() || w.To.IsZero() {
			return nil, fmt.Errorf("calendar: timetable: override %v %v: missing date", w.Semester, w.Phase)
		}
		if w.From.After(w.To) {
			return nil, fmt.Errorf("calendar: timetable: override %v %v: from %v is after to %v", w.Semester, w.Phase, w.From, w.To)
		}
		j, found := slices.BinarySearchFunc(t.overrides, w.Semester, func(sw semesterWindows, s Semester) int {
			return sw.semester.Compare(s)
		})
		if !found {
			t.overrides = slices.Insert(t.overrides, j, semesterWindows{semester: w.Semester})
		}
		slot := &t.overrides[j].windows[w.Phase-1]
		if slot.Phase != 0 {
			return nil, fmt.Errorf("calendar: timetable: override %v %v given twice", w.Semester, w.Phase)
		}
		*slot = w
	}
	for _, sw := range t.overrides {
		for pi, w := range sw.windows {
			if w.Phase == 0 {
				return nil, fmt.Errorf("calendar: timetable: override for %v lacks the %v phase", sw.semester, Phase(pi+1))
			}
			if pi > 0 && !sw.windows[pi-1].To.Before(w.From) {
				return nil, fmt.Errorf("calendar: timetable: override %v must start after %v ends", w, sw.windows[pi-1])
			}
		}
	}
	// Each replaced semester must sit between its neighbours, which may be
	// annual or replaced themselves; with the annual order checked above this
	// makes every window of the timetable follow the one before.
	for _, sw := range t.overrides {
		if p := sw.semester.Prev(); !p.Before(first) {
			pw, err := t.Windows(p)
			if err != nil {
				return nil, fmt.Errorf("calendar: timetable: override for %v: %w", sw.semester, err)
			}
			if !pw[numPhases-1].To.Before(sw.windows[0].From) {
				return nil, fmt.Errorf("calendar: timetable: override %v must start after %v ends", sw.windows[0], pw[numPhases-1])
			}
		}
		if n := sw.semester.Next(); n.Valid() {
			nw, err := t.Windows(n)
			if err != nil {
				return nil, fmt.Errorf("calendar: timetable: override for %v: %w", sw.semester, err)
			}
			if !sw.windows[numPhases-1].To.Before(nw[0].From) {
				return nil, fmt.Errorf("calendar: timetable: override %v must end before %v starts", sw.windows[numPhases-1], nw[0])
			}
		}
	}
	return t, nil
}

// First returns the first semester the timetable governs.
func (t *Timetable) First() Semester { return t.first }

// Windows returns the four windows of semester s in phase order (index 0 is
// StudentRequest). A semester before the first the timetable governs is an
// error wrapping [ErrBeforeFirstSemester]; an invalid semester (see
// [Semester.Valid]) is an error of its own.
func (t *Timetable) Windows(s Semester) ([4]Window, error) {
	var out [4]Window
	if !s.Valid() {
		return out, fmt.Errorf("calendar: semester %v is not valid", s)
	}
	if s.Before(t.first) {
		return out, fmt.Errorf("calendar: semester %v: %w (%v)", s, ErrBeforeFirstSemester, t.first)
	}
	for i := range t.overrides {
		if t.overrides[i].semester == s {
			return t.overrides[i].windows, nil
		}
	}
	for pi, a := range t.annual[s.Term-1] {
		// Checked data (no Esfand 30) in a valid year: these cannot fail.
		out[pi] = Window{
			Semester: s,
			Phase:    Phase(pi + 1),
			From:     mk(s.Year, int(a.From.Month), a.From.Day),
			To:       mk(s.Year, int(a.To.Month), a.To.Day),
		}
	}
	return out, nil
}

// StudentWindow returns the window in which students register requests for
// semester s, with the errors of [Timetable.Windows].
func (t *Timetable) StudentWindow(s Semester) (Window, error) {
	w, err := t.Windows(s)
	return w[0], err
}

// InStudentWindow reports whether a request dated d is within the student
// window of semester s, with the errors of [Timetable.Windows].
func (t *Timetable) InStudentWindow(d Date, s Semester) (bool, error) {
	w, err := t.StudentWindow(s)
	if err != nil {
		return false, err
	}
	return w.Contains(d), nil
}

// Open returns the window open on d, if any: which phase, for which
// semester. Windows never overlap (see [Timetable]), so there is at most one.
func (t *Timetable) Open(d Date) (Window, bool) {
	if d.IsZero() {
		return Window{}, false
	}
	for i := range t.overrides {
		for _, w := range t.overrides[i].windows {
			if w.Contains(d) {
				return w, true
			}
		}
	}
	// Annual windows of semester {Y, term} lie in year Y.
	y := d.Year()
	for _, term := range [2]Term{First, Second} {
		s := Semester{y, term}
		if s.Before(t.first) || t.overridden(s) {
			continue
		}
		w, _ := t.Windows(s)
		for _, w := range w {
			if w.Contains(d) {
				return w, true
			}
		}
	}
	return Window{}, false
}

// Replaced reports whether semester s has windows of its own that replace
// the annual spans (table 2 replaces table 1 for 1393-94/1, tr.1.s.n1), so
// a caller can cite the right table.
func (t *Timetable) Replaced(s Semester) bool { return t.overridden(s) }

func (t *Timetable) overridden(s Semester) bool {
	for i := range t.overrides {
		if t.overrides[i].semester == s {
			return true
		}
	}
	return false
}

// NextStudentWindow returns the student window open on d or, if none is,
// the next one to open after d: the first student window, among the
// semesters the timetable governs, whose To is on or after d. So a request
// refused as early or late can name the day it may be made. Before the first
// semester's window this is that window (under the 93/10 regulation,
// 1393/03/10 gives 1393/04/15..1393/04/30). The zero Date, or a day past the
// last window of the supported years, is an error.
func (t *Timetable) NextStudentWindow(d Date) (Window, error) {
	if d.IsZero() {
		return Window{}, errors.New("calendar: next student window: no date")
	}
	// Student windows come in semester order (see Timetable), so the answer
	// is the earliest semester whose window ends on or after d. An annual
	// window of semester {Y, term} lies in year Y, so none before {d's year
	// - 1, First} can qualify; a replaced semester can lie anywhere, so those
	// are looked at apart.
	var best Window
	found := false
	for i := range t.overrides {
		if w := t.overrides[i].windows[0]; !w.To.Before(d) {
			best, found = w, true
			break
		}
	}
	s := Semester{d.Year() - 1, First}
	if s.Before(t.first) {
		s = t.first
	}
	for ; s.Valid() && (!found || s.Before(best.Semester)); s = s.Next() {
		w, err := t.StudentWindow(s)
		if err != nil {
			return Window{}, err
		}
		if !w.To.Before(d) {
			return w, nil
		}
	}
	if found {
		return best, nil
	}
	return Window{}, fmt.Errorf("calendar: next student window after %v: none before the end of year %d", d, MaxYear)
}
