package calendar

import (
	"testing"
	"time"
)

// FuzzParse: Parse never panics, and a date it accepts prints back (String)
// to text that parses to the same date, and converts to Gregorian and back.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1403/01/01", "۱۴۰۳/۰۱/۰۱", "١٤٠٣-١-١", "1404/12/30", "1403/07/31", "", "/", "9999/99/99", "1403/1/1/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("Parse(%q) returned %v with error %v", s, d, err)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("Parse(%q) returned the zero Date without error", s)
		}
		back, err := Parse(d.String())
		if err != nil || back != d {
			t.Fatalf("Parse(%q) = %v; Parse(String()) = %v, %v", s, d, back, err)
		}
		if p, err := Parse(d.Persian()); err != nil || p != d {
			t.Fatalf("Parse(Persian()) = %v, %v", p, err)
		}
		if y, m, day := d.Gregorian(); FromGregorian(y, m, day) != d {
			t.Fatalf("%v does not survive Gregorian and back", d)
		}
	})
}

// FuzzParseSemesterAndMonthDay: neither parser panics, and what they accept
// prints back to text that parses to the same value.
func FuzzParseSemesterAndMonthDay(f *testing.F) {
	for _, s := range []string{"1393-94/1", "1399-1400/2", "۱۳۹۳-۹۴/۱", "03/15", "12/30", "3-1", "-/", "1393-94/3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if sem, err := ParseSemester(s); err == nil {
			if back, err := ParseSemester(sem.String()); err != nil || back != sem || !sem.Valid() {
				t.Fatalf("ParseSemester(%q) = %v; back %v, %v", s, sem, back, err)
			}
		}
		if md, err := ParseMonthDay(s); err == nil {
			if back, err := ParseMonthDay(md.String()); err != nil || back != md {
				t.Fatalf("ParseMonthDay(%q) = %v; back %v, %v", s, md, back, err)
			}
		}
	})
}

// FuzzFromGregorian: any Gregorian triple gives a date or the zero Date,
// never a panic; a date agrees with time.Date's normalisation and comes back
// from its own Gregorian and Jalali forms.
func FuzzFromGregorian(f *testing.F) {
	f.Add(2024, 3, 20)
	f.Add(1621, 3, 21)
	f.Add(3799, 3, 19)
	f.Add(2024, 2, 30)
	f.Add(-5, 100, -1000)
	f.Fuzz(func(t *testing.T, y, m, d int) {
		got := FromGregorian(y, time.Month(m), d)
		if got.IsZero() {
			return
		}
		ty, tm, td := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Date()
		if gy, gm, gd := got.Gregorian(); gy != ty || gm != tm || gd != td {
			t.Fatalf("FromGregorian(%d,%d,%d) = %v = %d-%v-%d; time.Date says %d-%v-%d", y, m, d, got, gy, gm, gd, ty, tm, td)
		}
		jy, jm, jd := got.Jalali()
		if n, err := New(jy, int(jm), jd); err != nil || n != got {
			t.Fatalf("New(%d,%d,%d) = %v, %v; want %v", jy, jm, jd, n, err, got)
		}
		if got.AddDays(1).DaysUntil(got) > 0 {
			t.Fatal("AddDays went backwards")
		}
	})
}
