package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func md(m Month, d int) MonthDay { return MonthDay{m, d} }

// table1 is the transfer regulation's table 1 as read in transfer.md (tr.t1).
func table1() []AnnualSpan {
	return []AnnualSpan{
		{First, StudentRequest, md(3, 1), md(3, 15)},
		{First, OriginAnswer, md(3, 16), md(3, 26)},
		{First, DestinationAnswer, md(3, 27), md(4, 5)},
		{First, CentralAnswer, md(4, 6), md(4, 15)},
		{Second, StudentRequest, md(9, 1), md(9, 15)},
		{Second, OriginAnswer, md(9, 16), md(9, 26)},
		{Second, DestinationAnswer, md(9, 27), md(10, 5)},
		{Second, CentralAnswer, md(10, 6), md(10, 15)},
	}
}

// table2 is table 2 (tr.t2) with the readings of E99 and E100.
func table2(t testing.TB) []Window {
	s := Semester{1393, First}
	w := func(p Phase, from, to string) Window {
		return Window{s, p, mustParse(t, from), mustParse(t, to)}
	}
	return []Window{
		w(StudentRequest, "1393/04/15", "1393/04/30"),
		w(OriginAnswer, "1393/04/31", "1393/05/09"),
		w(DestinationAnswer, "1393/05/10", "1393/05/20"),
		w(CentralAnswer, "1393/05/21", "1393/05/31"),
	}
}

func regulation93(t testing.TB) *Timetable {
	t.Helper()
	tt, err := NewTimetable(Semester{1393, First}, table1(), table2(t))
	if err != nil {
		t.Fatal(err)
	}
	return tt
}

func TestInStudentWindowBoundaries(t *testing.T) {
	tt := regulation93(t)
	for _, c := range []struct {
		date string
		s    Semester
		in   bool
	}{
		// Table 2 replaces table 1 for 1393-94/1.
		{"1393/03/10", Semester{1393, First}, false},
		{"1393/03/15", Semester{1393, First}, false},
		{"1393/04/14", Semester{1393, First}, false},
		{"1393/04/15", Semester{1393, First}, true},
		{"1393/04/30", Semester{1393, First}, true},
		{"1393/04/31", Semester{1393, First}, false},
		{"1393/05/01", Semester{1393, First}, false},
		// Table 1 every later semester; both ends inclusive.
		{"1393/08/30", Semester{1393, Second}, false},
		{"1393/09/01", Semester{1393, Second}, true},
		{"1393/09/15", Semester{1393, Second}, true},
		{"1393/09/16", Semester{1393, Second}, false},
		{"1394/02/31", Semester{1394, First}, false},
		{"1394/03/01", Semester{1394, First}, true},
		{"1394/03/15", Semester{1394, First}, true},
		{"1394/03/16", Semester{1394, First}, false},
		{"1403/03/15", Semester{1403, First}, true},
		{"1403/03/16", Semester{1403, First}, false},
		{"1403/03/10", Semester{1403, Second}, false}, // in a window, but another semester's
	} {
		got, err := tt.InStudentWindow(mustParse(t, c.date), c.s)
		if err != nil || got != c.in {
			t.Errorf("InStudentWindow(%s, %v) = %v, %v; want %v", c.date, c.s, got, err, c.in)
		}
	}
}

func TestSemesterBeforeFirstIsAnError(t *testing.T) {
	tt := regulation93(t)
	for _, s := range []Semester{{1392, Second}, {1392, First}, {1300, First}} {
		_, err := tt.Windows(s)
		if !errors.Is(err, ErrBeforeFirstSemester) {
			t.Errorf("Windows(%v) err = %v, want ErrBeforeFirstSemester", s, err)
		}
		if _, err := tt.InStudentWindow(mustParse(t, "1392/09/05"), s); !errors.Is(err, ErrBeforeFirstSemester) {
			t.Errorf("InStudentWindow(%v) err = %v", s, err)
		}
	}
	_, err := tt.StudentWindow(Semester{1392, Second})
	if want := "calendar: semester 1392-93/2: before the first semester the timetable governs (1393-94/1)"; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
	if _, err := tt.Windows(Semester{1393, 0}); err == nil || errors.Is(err, ErrBeforeFirstSemester) {
		t.Errorf("invalid semester err = %v", err)
	}
}

func TestNextStudentWindow(t *testing.T) {
	tt := regulation93(t)
	for _, c := range []struct {
		date     string
		from, to string
		s        Semester
	}{
		{"1380/01/01", "1393/04/15", "1393/04/30", Semester{1393, First}},
		{"1393/03/10", "1393/04/15", "1393/04/30", Semester{1393, First}}, // R12's example
		{"1393/04/15", "1393/04/15", "1393/04/30", Semester{1393, First}},
		{"1393/04/30", "1393/04/15", "1393/04/30", Semester{1393, First}},
		{"1393/04/31", "1393/09/01", "1393/09/15", Semester{1393, Second}},
		{"1393/09/15", "1393/09/01", "1393/09/15", Semester{1393, Second}},
		{"1393/09/16", "1394/03/01", "1394/03/15", Semester{1394, First}},
		{"1394/03/15", "1394/03/01", "1394/03/15", Semester{1394, First}},
		{"1394/03/16", "1394/09/01", "1394/09/15", Semester{1394, Second}},
		{"1403/12/30", "1404/03/01", "1404/03/15", Semester{1404, First}},
	} {
		w, err := tt.NextStudentWindow(mustParse(t, c.date))
		if err != nil || w.From.String() != c.from || w.To.String() != c.to || w.Semester != c.s || w.Phase != StudentRequest {
			t.Errorf("NextStudentWindow(%s) = %v, %v; want %v %s..%s", c.date, w, err, c.s, c.from, c.to)
		}
	}
	if _, err := tt.NextStudentWindow(Date{}); err == nil {
		t.Error("zero date should be an error")
	}
	if _, err := tt.NextStudentWindow(mustParse(t, "3177/11/01")); err == nil {
		t.Error("no window left in the supported years should be an error")
	}
}

func TestOpenNamesPhaseAndSemester(t *testing.T) {
	tt := regulation93(t)
	for _, c := range []struct {
		date  string
		open  bool
		s     Semester
		phase Phase
	}{
		{"1393/03/10", false, Semester{}, 0}, // table 1 does not apply to 1393-94/1
		{"1393/04/15", true, Semester{1393, First}, StudentRequest},
		{"1393/04/31", true, Semester{1393, First}, OriginAnswer},
		{"1393/05/20", true, Semester{1393, First}, DestinationAnswer},
		{"1393/05/31", true, Semester{1393, First}, CentralAnswer},
		{"1393/06/01", false, Semester{}, 0},
		{"1393/09/26", true, Semester{1393, Second}, OriginAnswer},
		{"1393/10/05", true, Semester{1393, Second}, DestinationAnswer},
		{"1393/10/15", true, Semester{1393, Second}, CentralAnswer},
		{"1393/10/16", false, Semester{}, 0},
		{"1394/03/26", true, Semester{1394, First}, OriginAnswer},
		{"1394/03/27", true, Semester{1394, First}, DestinationAnswer},
		{"1394/04/06", true, Semester{1394, First}, CentralAnswer},
		{"1392/09/05", false, Semester{}, 0}, // before the first semester governed
	} {
		w, ok := tt.Open(mustParse(t, c.date))
		if ok != c.open || w.Semester != c.s || w.Phase != c.phase {
			t.Errorf("Open(%s) = %v, %v; want %v %v %v", c.date, w, ok, c.open, c.s, c.phase)
		}
	}
	if _, ok := tt.Open(Date{}); ok {
		t.Error("zero date is in no window")
	}
}

func TestWindowsOfAnnualSemester(t *testing.T) {
	tt := regulation93(t)
	ws, err := tt.Windows(Semester{1394, Second})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1394-95/2 student request 1394/09/01..1394/09/15",
		"1394-95/2 origin answer 1394/09/16..1394/09/26",
		"1394-95/2 destination answer 1394/09/27..1394/10/05",
		"1394-95/2 central organization answer 1394/10/06..1394/10/15",
	}
	for i, w := range ws {
		if w.String() != want[i] {
			t.Errorf("window %d = %q, want %q", i, w, want[i])
		}
	}
	if tt.First() != (Semester{1393, First}) {
		t.Errorf("First() = %v", tt.First())
	}
}

func TestNewTimetableRejectsBadData(t *testing.T) {
	first := Semester{1393, First}
	edit := func(f func([]AnnualSpan) []AnnualSpan) []AnnualSpan { return f(table1()) }
	editW := func(f func([]Window) []Window) []Window { return f(table2(t)) }
	for _, c := range []struct {
		name      string
		first     Semester
		annual    []AnnualSpan
		overrides []Window
		want      string
	}{
		{"invalid first", Semester{1393, 0}, table1(), nil, "first semester Semester(1393/0) is not valid"},
		{"from after to", first, edit(func(a []AnnualSpan) []AnnualSpan { a[0].From, a[0].To = md(3, 15), md(3, 1); return a }), nil,
			"annual first semester student request: from 03/15 is after to 03/01"},
		{"phase missing", first, table1()[:7], nil, "annual second semester central organization answer is missing"},
		{"phase twice", first, edit(func(a []AnnualSpan) []AnnualSpan { a[7].Phase = DestinationAnswer; return a }), nil,
			"annual second semester destination answer given twice"},
		{"overlap", first, edit(func(a []AnnualSpan) []AnnualSpan { a[1].From = md(3, 15); return a }), nil,
			"annual first semester origin answer (03/15..03/26) must start after first semester student request (03/01..03/15) ends"},
		{"out of phase order", first, edit(func(a []AnnualSpan) []AnnualSpan {
			a[0], a[1] = a[1], a[0]
			a[0].Phase, a[1].Phase = StudentRequest, OriginAnswer
			return a
		}), nil,
			"must start after first semester student request (03/16..03/26) ends"},
		{"terms out of order", first, edit(func(a []AnnualSpan) []AnnualSpan { a[4].From = md(4, 10); return a }), nil,
			"annual second semester student request (04/10..09/15) must start after first semester central organization answer (04/06..04/15) ends"},
		{"bad term", first, edit(func(a []AnnualSpan) []AnnualSpan { a[0].Term = 3; return a }), nil, "annual span 0: Term(3) is not a term"},
		{"bad phase", first, edit(func(a []AnnualSpan) []AnnualSpan { a[0].Phase = 0; return a }), nil, "annual span 0: Phase(0) is not a phase"},
		{"bad month-day", first, edit(func(a []AnnualSpan) []AnnualSpan { a[0].From = md(7, 31); return a }), nil,
			"annual first semester student request: date 07/31: day 31 out of range for Mehr (1..30)"},
		{"esfand 30", first, edit(func(a []AnnualSpan) []AnnualSpan { a[7].To = md(12, 30); return a }), nil,
			"Esfand 30 does not exist in common years"},
		{"override before first", first, table1(), editW(func(w []Window) []Window {
			for i := range w {
				w[i].Semester = Semester{1392, Second}
			}
			return w
		}), "override 0 for semester 1392-93/2: before the first semester the timetable governs (1393-94/1)"},
		{"override phase missing", first, table1(), table2(t)[:3], "override for 1393-94/1 lacks the central organization answer phase"},
		{"override phase twice", first, table1(), append(table2(t), table2(t)[0]), "override 1393-94/1 student request given twice"},
		{"override from after to", first, table1(), editW(func(w []Window) []Window { w[0].From, w[0].To = w[0].To, w[0].From; return w }),
			"override 1393-94/1 student request: from 1393/04/30 is after to 1393/04/15"},
		{"override overlap (printed 4/21)", first, table1(), editW(func(w []Window) []Window { w[1].From = mustParse(t, "1393/04/21"); return w }),
			"override 1393-94/1 origin answer 1393/04/21..1393/05/09 must start after 1393-94/1 student request 1393/04/15..1393/04/30 ends"},
		{"override missing date", first, table1(), editW(func(w []Window) []Window { w[3].To = Date{}; return w }), "missing date"},
		{"override runs into next semester", first, table1(), editW(func(w []Window) []Window { w[3].To = mustParse(t, "1393/09/02"); return w }),
			"must end before 1393-94/2 student request 1393/09/01..1393/09/15 starts"},
		{"override before previous semester ends", Semester{1393, First}, table1(), []Window{
			{Semester{1393, Second}, StudentRequest, mustParse(t, "1393/04/10"), mustParse(t, "1393/04/11")},
			{Semester{1393, Second}, OriginAnswer, mustParse(t, "1393/04/12"), mustParse(t, "1393/04/13")},
			{Semester{1393, Second}, DestinationAnswer, mustParse(t, "1393/04/14"), mustParse(t, "1393/04/15")},
			{Semester{1393, Second}, CentralAnswer, mustParse(t, "1393/04/16"), mustParse(t, "1393/04/17")},
		}, "must start after 1393-94/1 central organization answer 1393/04/06..1393/04/15 ends"},
	} {
		tt, err := NewTimetable(c.first, c.annual, c.overrides)
		if err == nil {
			t.Errorf("%s: NewTimetable succeeded, want error containing %q", c.name, c.want)
			continue
		}
		if tt != nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %q, want it to contain %q", c.name, err, c.want)
		}
		if c.name == "override before first" && !errors.Is(err, ErrBeforeFirstSemester) {
			t.Errorf("%s: error does not wrap ErrBeforeFirstSemester", c.name)
		}
	}
}

// The caller's slices are copied: changing them later does not change the
// timetable.
func TestTimetableDoesNotShareCallerSlices(t *testing.T) {
	a, o := table1(), table2(t)
	tt, err := NewTimetable(Semester{1393, First}, a, o)
	if err != nil {
		t.Fatal(err)
	}
	a[0].From = md(1, 1)
	o[0].From = mustParse(t, "1393/01/01")
	if in, _ := tt.InStudentWindow(mustParse(t, "1393/04/10"), Semester{1393, First}); in {
		t.Error("override changed through the caller's slice")
	}
	if in, _ := tt.InStudentWindow(mustParse(t, "1394/01/10"), Semester{1394, First}); in {
		t.Error("annual span changed through the caller's slice")
	}
}

// A Timetable is read-only after NewTimetable; run with -race.
func TestTimetableConcurrentUse(t *testing.T) {
	tt := regulation93(t)
	start := mustParse(t, "1393/01/01")
	done := make(chan bool)
	for g := range 4 {
		go func() {
			ok := true
			for i := range 2000 {
				d := start.AddDays(g*2000 + i)
				w, err := tt.NextStudentWindow(d)
				if err != nil || w.To.Before(d) {
					ok = false
				}
				if o, open := tt.Open(d); open && !o.Contains(d) {
					ok = false
				}
			}
			done <- ok
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("inconsistent answer under concurrent use")
		}
	}
}

// Over years of days, Open agrees with a brute-force look at every window
// of the neighbouring semesters, and NextStudentWindow returns the earliest
// student window not yet closed.
func TestOpenAndNextAgreeWithBruteForce(t *testing.T) {
	tt := regulation93(t)
	var all []Window
	for s := (Semester{1393, First}); s.Year <= 1400; s = s.Next() {
		ws, err := tt.Windows(s)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, ws[:]...)
	}
	for d := mustParse(t, "1392/01/01"); d.Year() < 1400; d = d.AddDays(1) {
		var want Window
		found := false
		for _, w := range all {
			if w.Contains(d) {
				if found {
					t.Fatalf("%v: two windows open: %v and %v", d, want, w)
				}
				want, found = w, true
			}
		}
		if got, ok := tt.Open(d); ok != found || got != want {
			t.Fatalf("Open(%v) = %v, %v; want %v, %v", d, got, ok, want, found)
		}
		var next Window
		for _, w := range all {
			if w.Phase == StudentRequest && !w.To.Before(d) {
				next = w
				break
			}
		}
		if got, err := tt.NextStudentWindow(d); err != nil || got != next {
			t.Fatalf("NextStudentWindow(%v) = %v, %v; want %v", d, got, err, next)
		}
	}
}

func TestMonthDay(t *testing.T) {
	for _, in := range []string{"03/15", "3/15", "3-15", "۰۳/۱۵", "٣/١٥", " 03/15 "} {
		got, err := ParseMonthDay(in)
		if err != nil || got != md(Khordad, 15) {
			t.Errorf("ParseMonthDay(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "13/01", "07/31", "03/00", "1403/03/15", "3/", "003/15", "3.15"} {
		if _, err := ParseMonthDay(in); err == nil {
			t.Errorf("ParseMonthDay(%q) succeeded", in)
		}
	}
	if got, err := ParseMonthDay("12/30"); err != nil || got != md(Esfand, 30) {
		t.Errorf("Esfand 30 exists in leap years: %v, %v", got, err)
	}
	if s := md(Khordad, 15).String(); s != "03/15" {
		t.Errorf("String = %q", s)
	}
	if d, err := md(Esfand, 30).In(1404); err == nil {
		t.Errorf("Esfand 30 in 1404 = %v", d)
	}
	if d, err := md(Esfand, 30).In(1403); err != nil || d.String() != "1403/12/30" {
		t.Errorf("Esfand 30 in 1403 = %v, %v", d, err)
	}
	if md(3, 15).Compare(md(3, 16)) != -1 || md(4, 1).Compare(md(3, 31)) != 1 || md(4, 1).Compare(md(4, 1)) != 0 {
		t.Error("Compare")
	}
	var m MonthDay
	if err := m.UnmarshalText([]byte("09/01")); err != nil || m != md(Azar, 1) {
		t.Errorf("UnmarshalText = %v, %v", m, err)
	}
	if b, err := m.MarshalText(); err != nil || string(b) != "09/01" {
		t.Errorf("MarshalText = %s, %v", b, err)
	}
	if _, err := md(7, 31).MarshalText(); err == nil {
		t.Error("MarshalText of 07/31 should fail")
	}
}

func TestPhaseNames(t *testing.T) {
	if StudentRequest.String() != "student request" || CentralAnswer.Persian() != "پاسخ سازمان" ||
		OriginAnswer.Persian() != "پاسخ مبدأ" || Phase(9).String() != "Phase(9)" {
		t.Error("phase names")
	}
}

// TestPhaseJSON: windows encode with snake_case fields and phase codes, and
// the codes read back.
func TestPhaseJSON(t *testing.T) {
	for p := StudentRequest; p <= CentralAnswer; p++ {
		b, err := p.MarshalText()
		if err != nil || strings.Contains(string(b), " ") {
			t.Fatalf("MarshalText(%d) = %q, %v", p, b, err)
		}
		var back Phase
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, p)
		}
	}
	if _, err := Phase(0).MarshalText(); err == nil {
		t.Error("MarshalText of the zero Phase should fail")
	}
	var p Phase
	if err := p.UnmarshalText([]byte("lunch")); err == nil {
		t.Error("UnmarshalText(lunch) should fail")
	}
	from, _ := New(1403, 3, 1)
	to, _ := New(1403, 3, 15)
	w := Window{Semester: Semester{Year: 1403, Term: First}, Phase: StudentRequest, From: from, To: to}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"semester":"1403-04/1","phase":"student-request","from":"1403/03/01","to":"1403/03/15"}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
}
