package calendar

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestSemesterOnBoundaries(t *testing.T) {
	for _, c := range []struct {
		date string
		want Semester
	}{
		{"1393/06/31", Semester{1392, Second}}, // summer is the tail of the second semester
		{"1393/07/01", Semester{1393, First}},
		{"1393/10/30", Semester{1393, First}},
		{"1393/11/01", Semester{1393, Second}},
		{"1394/01/01", Semester{1393, Second}},
		{"1394/06/31", Semester{1393, Second}},
	} {
		if got := SemesterOn(mustParse(t, c.date)); got != c.want {
			t.Errorf("SemesterOn(%s) = %v, want %v", c.date, got, c.want)
		}
	}
	if got := SemesterOn(Date{}); got != (Semester{}) {
		t.Errorf("SemesterOn(zero) = %v", got)
	}
}

// R12: a request applies to the next semester to start strictly after its
// date, so one dated on 1 Mehr is for the second semester.
func TestNextSemesterAfterIsStrictlyAfter(t *testing.T) {
	for _, c := range []struct {
		date string
		want Semester
	}{
		{"1393/03/10", Semester{1393, First}},
		{"1393/06/31", Semester{1393, First}},
		{"1393/07/01", Semester{1393, Second}},
		{"1393/10/30", Semester{1393, Second}},
		{"1393/11/01", Semester{1394, First}},
		{"1393/12/29", Semester{1394, First}},
	} {
		if got := NextSemesterAfter(mustParse(t, c.date)); got != c.want {
			t.Errorf("NextSemesterAfter(%s) = %v, want %v", c.date, got, c.want)
		}
	}
	if got := NextSemesterAfter(Date{}); got != (Semester{}) {
		t.Errorf("NextSemesterAfter(zero) = %v", got)
	}
}

func TestSemesterStartEndNextPrev(t *testing.T) {
	for _, c := range []struct {
		s          Semester
		start, end string
		next       Semester
	}{
		{Semester{1393, First}, "1393/07/01", "1393/10/30", Semester{1393, Second}},
		{Semester{1393, Second}, "1393/11/01", "1394/06/31", Semester{1394, First}},
	} {
		if got := c.s.Start().String(); got != c.start {
			t.Errorf("%v.Start() = %s, want %s", c.s, got, c.start)
		}
		if got := c.s.End().String(); got != c.end {
			t.Errorf("%v.End() = %s, want %s", c.s, got, c.end)
		}
		if c.s.Next() != c.next || c.next.Prev() != c.s {
			t.Errorf("%v Next/Prev", c.s)
		}
		if c.s.End().AddDays(1) != c.next.Start() {
			t.Errorf("%v ends the day before %v starts", c.s, c.next)
		}
		if SemesterOn(c.s.Start()) != c.s || SemesterOn(c.s.End()) != c.s {
			t.Errorf("SemesterOn disagrees with %v's Start/End", c.s)
		}
		if !c.s.Before(c.next) || !c.next.After(c.s) || c.s.Compare(c.s) != 0 {
			t.Errorf("%v order", c.s)
		}
	}
	if !(Semester{}).Start().IsZero() || (Semester{}).Next() != (Semester{}) || (Semester{}).Valid() {
		t.Error("zero Semester")
	}
}

func TestSemesterTextForms(t *testing.T) {
	for _, c := range []struct {
		s    Semester
		text string
	}{
		{Semester{1393, First}, "1393-94/1"},
		{Semester{1393, Second}, "1393-94/2"},
		{Semester{1399, Second}, "1399-00/2"},
		{Semester{1400, First}, "1400-01/1"},
	} {
		if got := c.s.String(); got != c.text {
			t.Errorf("String() = %q, want %q", got, c.text)
		}
		if got, err := ParseSemester(c.text); err != nil || got != c.s {
			t.Errorf("ParseSemester(%q) = %v, %v", c.text, got, err)
		}
	}
	for _, in := range []string{"1393-1394/1", "۱۳۹۳-۹۴/۱", " ١٣٩٣-١٣٩٤/١ "} {
		if got, err := ParseSemester(in); err != nil || got != (Semester{1393, First}) {
			t.Errorf("ParseSemester(%q) = %v, %v", in, got, err)
		}
	}
	if got, err := ParseSemester("1399-1400/2"); err != nil || got != (Semester{1399, Second}) {
		t.Errorf("ParseSemester(1399-1400/2) = %v, %v", got, err)
	}
	for _, bad := range []string{"", "1393", "1393/1", "1393-95/1", "1393-1395/1", "1393-94/3", "1393-94/0",
		"93-94/1", "1393-94/", "1393-94/12", "1393-945/1", "x1393-94/1", "0999-00/1", "1393-94-1/1"} {
		var pe *ParseError
		if _, err := ParseSemester(bad); !errors.As(err, &pe) {
			t.Errorf("ParseSemester(%q) err = %v, want *ParseError", bad, err)
		}
	}
	if s := (Semester{}).String(); s != "Semester(0/0)" {
		t.Errorf("zero Semester String = %q", s)
	}
}

func TestSemesterJSON(t *testing.T) {
	type rec struct{ S, Z Semester }
	b, err := json.Marshal(rec{S: Semester{1393, First}})
	if err != nil || string(b) != `{"S":"1393-94/1","Z":""}` {
		t.Fatalf("json = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal(b, &r); err != nil || r.S != (Semester{1393, First}) || r.Z != (Semester{}) {
		t.Errorf("decoded %+v, %v", r, err)
	}
	if _, err := json.Marshal(rec{S: Semester{1393, 3}}); err == nil {
		t.Error("invalid semester should not marshal")
	}
}

func TestTermNames(t *testing.T) {
	if First.String() != "first" || Second.Persian() != "نیمسال دوم" || First.Persian() != "نیمسال اول" || Term(0).String() != "Term(0)" {
		t.Error("term names")
	}
}
