package calendar

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func mustParse(t testing.TB, s string) Date {
	t.Helper()
	d, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return d
}

func TestContractLines(t *testing.T) {
	d, err := Parse("۱۴۰۳/۰۱/۰۱")
	if err != nil {
		t.Fatal(err)
	}
	if g := FromGregorian(2024, time.March, 20); g != d {
		t.Errorf("FromGregorian(2024-03-20) = %v, Parse = %v; want equal", g, d)
	}
	if y, m, day := d.Gregorian(); y != 2024 || m != time.March || day != 20 {
		t.Errorf("Gregorian() = %d-%v-%d, want 2024-March-20", y, m, day)
	}
	if s := d.String(); s != "1403/01/01" {
		t.Errorf("String() = %q", s)
	}
	if !IsLeap(1403) {
		t.Error("IsLeap(1403) = false")
	}
	if wd := d.Weekday(); wd != time.Wednesday {
		t.Errorf("Weekday() = %v, want Wednesday", wd)
	}
	if d.Year() != 1403 || d.Month() != Farvardin || d.Day() != 1 {
		t.Errorf("Year/Month/Day = %d/%v/%d", d.Year(), d.Month(), d.Day())
	}
	if p := d.Persian(); p != "۱۴۰۳/۰۱/۰۱" {
		t.Errorf("Persian() = %q", p)
	}
}

// The 2820-year rule gets several of these wrong (1403 among them); the
// expected values come from the jalaali-js vectors.
func TestIsLeapFollowsBorkowski(t *testing.T) {
	for _, c := range []struct {
		year int
		leap bool
	}{
		{1399, true}, {1400, false}, {1403, true}, {1404, false}, {1407, false}, {1408, true},
		{1395, true}, {1394, false}, {1370, true}, {MinYear - 1, false}, {MaxYear + 1, false},
	} {
		if got := IsLeap(c.year); got != c.leap {
			t.Errorf("IsLeap(%d) = %v, want %v", c.year, got, c.leap)
		}
	}
}

func TestTableAgreesWithAlgorithmLeapForEveryYear(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		_, _, leap := jalCal(y)
		if IsLeap(y) != (leap == 0) {
			t.Fatalf("year %d: table says leap=%v, jalCal leap field %d", y, IsLeap(y), leap)
		}
	}
}

func TestMonthLength(t *testing.T) {
	for _, c := range []struct {
		year int
		m    Month
		want int
	}{
		{1403, Farvardin, 31}, {1403, Shahrivar, 31}, {1403, Mehr, 30}, {1403, Bahman, 30},
		{1403, Esfand, 30}, {1404, Esfand, 29}, {1404, 0, 0}, {1404, 13, 0}, {999, Farvardin, 0},
	} {
		if got := MonthLength(c.year, c.m); got != c.want {
			t.Errorf("MonthLength(%d, %v) = %d, want %d", c.year, c.m, got, c.want)
		}
	}
}

// Every day from 1200/01/01 to the end of 1600 converts to Gregorian and
// back, follows the day before by one Jalali day and one Gregorian day (the
// latter checked with package time), and has the weekday time gives it.
func TestEveryDay1200To1600RoundTrips(t *testing.T) {
	d, err := New(1200, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	end, err := New(1600, 12, MonthLength(1600, Esfand))
	if err != nil {
		t.Fatal(err)
	}
	gy, gm, gd := d.Gregorian()
	tm := time.Date(gy, gm, gd, 12, 0, 0, 0, time.UTC)
	py, pm, pd := 1200, Farvardin, 0 // the day before 1200/01/01, as far as the successor check cares
	n := 0
	for ; !d.After(end); d = d.AddDays(1) {
		y, m, day := d.Jalali()
		// Successor in the Jalali calendar.
		switch {
		case y == py && m == pm && day == pd+1:
		case y == py && m == pm+1 && day == 1 && pd == MonthLength(py, pm):
		case y == py+1 && m == Farvardin && day == 1 && pm == Esfand && pd == MonthLength(py, Esfand):
		default:
			t.Fatalf("%v follows %d/%d/%d", d, py, pm, pd)
		}
		py, pm, pd = y, m, day
		if d.Year() != y || d.Month() != m || d.Day() != day {
			t.Fatalf("%v: accessors disagree with Jalali()", d)
		}
		if nd, err := New(y, int(m), day); err != nil || nd != d {
			t.Fatalf("New(%d,%d,%d) = %v, %v; want %v", y, m, day, nd, err, d)
		}
		gy, gm, gd := d.Gregorian()
		if ty, tmo, td := tm.Date(); gy != ty || gm != tmo || gd != td {
			t.Fatalf("%v: Gregorian() = %d-%v-%d, time says %v", d, gy, gm, gd, tm)
		}
		if FromGregorian(gy, gm, gd) != d {
			t.Fatalf("%v: FromGregorian(%d,%v,%d) does not come back", d, gy, gm, gd)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v: Weekday() = %v, time says %v", d, d.Weekday(), tm.Weekday())
		}
		if p, err := Parse(d.String()); err != nil || p != d {
			t.Fatalf("Parse(%q) = %v, %v", d.String(), p, err)
		}
		tm = tm.AddDate(0, 0, 1)
		n++
	}
	if n < 146000 {
		t.Fatalf("walked only %d days", n)
	}
}

// Vectors made by jalaali-js (see testdata/jalali/README.md); checks both
// directions, the leap flag and the weekday for every row.
func TestAgreesWithJalaaliJSVectors(t *testing.T) {
	f, err := os.Open("../testdata/jalali/jalaali-js-vectors.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line, rows := 0, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.HasPrefix(text, "jy,") || text == "" {
			continue
		}
		parts := strings.Split(text, ",")
		if len(parts) != 8 {
			t.Fatalf("line %d: %d fields", line, len(parts))
		}
		var v [8]int
		for i, p := range parts {
			if v[i], err = strconv.Atoi(p); err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
		}
		d, err := New(v[0], v[1], v[2])
		if err != nil {
			t.Errorf("line %d: %v", line, err)
			continue
		}
		if gy, gm, gd := d.Gregorian(); gy != v[3] || int(gm) != v[4] || gd != v[5] {
			t.Errorf("line %d: %v.Gregorian() = %d-%d-%d, jalaali-js %d-%d-%d", line, d, gy, gm, gd, v[3], v[4], v[5])
		}
		if g := FromGregorian(v[3], time.Month(v[4]), v[5]); g != d {
			t.Errorf("line %d: FromGregorian(%d-%d-%d) = %v, jalaali-js %v", line, v[3], v[4], v[5], g, d)
		}
		if IsLeap(v[0]) != (v[6] == 1) {
			t.Errorf("line %d: IsLeap(%d) = %v, jalaali-js %v", line, v[0], IsLeap(v[0]), v[6] == 1)
		}
		if int(d.Weekday()) != v[7] {
			t.Errorf("line %d: %v.Weekday() = %v, want %d", line, d, d.Weekday(), v[7])
		}
		rows++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows < 2500 {
		t.Fatalf("only %d vectors", rows)
	}
}

func TestNewRejectsImpossibleDates(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		msg     string
	}{
		{1403, 13, 1, `calendar: "1403/13/01": month 13 out of range (1..12)`},
		{1403, 0, 1, `calendar: "1403/00/01": month 0 out of range (1..12)`},
		{1404, 12, 30, `calendar: "1404/12/30": day 30 out of range for Esfand 1404 (1..29)`},
		{1403, 7, 31, `calendar: "1403/07/31": day 31 out of range for Mehr (1..30)`},
		{1403, 1, 0, `calendar: "1403/01/00": day 0 out of range for Farvardin (1..31)`},
		{1403, 1, 32, `calendar: "1403/01/32": day 32 out of range for Farvardin (1..31)`},
		{999, 1, 1, `calendar: "999/01/01": year 999 out of range (1000..3177)`},
		{3178, 1, 1, `calendar: "3178/01/01": year 3178 out of range (1000..3177)`},
	} {
		d, err := New(c.y, c.m, c.d)
		if err == nil {
			t.Errorf("New(%d,%d,%d) = %v, want error", c.y, c.m, c.d, d)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || err.Error() != c.msg {
			t.Errorf("New(%d,%d,%d) error = %q, want %q", c.y, c.m, c.d, err, c.msg)
		}
		if !d.IsZero() {
			t.Errorf("New(%d,%d,%d) returned non-zero date with error", c.y, c.m, c.d)
		}
	}
	for _, ok := range [][3]int{{1403, 12, 30}, {1403, 6, 31}, {1403, 7, 30}, {MinYear, 1, 1}, {MaxYear, 12, 29}} {
		if _, err := New(ok[0], ok[1], ok[2]); err != nil {
			t.Errorf("New(%v): %v", ok, err)
		}
	}
}

func TestParseAcceptsAllDigitKindsAndSeparators(t *testing.T) {
	want, err := New(1403, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"1403/01/01", "1403/1/1", "1403-01-01", "1403-1-1",
		"۱۴۰۳/۰۱/۰۱", "۱۴۰۳/۱/۱", "۱۴۰۳-۰۱-۰۱",
		"١٤٠٣/٠١/٠١", "١٤٠٣-١-١",
		"  1403/01/01\t", "\u200f۱۴۰۳/۰۱/۰۱\u200f", "14۰3/0١/01",
	} {
		got, err := Parse(s)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
}

func TestParseRejectsGarbageWithReason(t *testing.T) {
	for _, c := range []struct{ in, reason string }{
		{"", "empty"},
		{"   ", "empty"},
		{"hello", `unexpected 'h' at byte 0; want digits separated by '/' or '-'`},
		{"1403.01.01", `unexpected '.' at byte 4; want digits separated by '/' or '-'`},
		{"1403/01-01", "mixed separators '/' and '-'"},
		{"1403/01", "want year/month/day"},
		{"1403", "want year/month/day"},
		{"1403/01/01/01", "too many parts"},
		{"1403/01/", "missing number at the end"},
		{"1403//01", "missing number before '/' at byte 5"},
		{"/1403/01/01", "missing number before '/' at byte 0"},
		{"93/4/15", "year must have 4 digits"},
		{"01403/01/01", "too many digits"},
		{"1403/001/01", "month must have 1 or 2 digits"},
		{"1403/01/001", "day must have 1 or 2 digits"},
		{"1403/07/31", "day 31 out of range for Mehr (1..30)"},
		{"1404/12/30", "day 30 out of range for Esfand 1404 (1..29)"},
		{"1403/13/01", "month 13 out of range (1..12)"},
		{"1403/00/10", "month 0 out of range (1..12)"},
		{"1403/01/00", "day 0 out of range for Farvardin (1..31)"},
		{"0999/01/01", "year 999 out of range (1000..3177)"},
		{"9999/01/01", "year 9999 out of range (1000..3177)"},
		{"1403/01/01 x", `unexpected ' ' at byte 10; want digits separated by '/' or '-'`},
		{"۱۴۰۳/۰۱/۰۱ب", `unexpected 'ب' at byte 18; want digits separated by '/' or '-'`},
	} {
		d, err := Parse(c.in)
		var pe *ParseError
		if err == nil || !errors.As(err, &pe) {
			t.Errorf("Parse(%q) = %v, %v; want *ParseError", c.in, d, err)
			continue
		}
		if pe.Input != c.in || pe.Reason != c.reason {
			t.Errorf("Parse(%q) error = %q, want reason %q", c.in, err, c.reason)
		}
	}
}

func TestFromGregorianNormalisesLikeTimeDate(t *testing.T) {
	for _, c := range []struct {
		y int
		m time.Month
		d int
	}{
		{2024, time.February, 30}, {2024, 13, 1}, {2024, 0, 1}, {2024, time.March, 0}, {2025, -1, 45},
	} {
		want := FromTime(time.Date(c.y, c.m, c.d, 0, 0, 0, 0, time.UTC))
		if got := FromGregorian(c.y, c.m, c.d); got != want || got.IsZero() {
			t.Errorf("FromGregorian(%d,%d,%d) = %v, want %v", c.y, c.m, c.d, got, want)
		}
	}
}

func TestOutOfRangeGivesZeroDate(t *testing.T) {
	for _, d := range []Date{
		FromGregorian(1621, time.March, 20), // 999/12/30
		FromGregorian(3799, time.March, 20), // 3178/01/01
		FromGregorian(1<<40, time.January, 1),
		FromGregorian(2024, time.January, 1<<40),
		FromTime(time.Time{}),
	} {
		if !d.IsZero() {
			t.Errorf("got %v, want zero Date", d)
		}
	}
	first, last := FromGregorian(1621, time.March, 21), FromGregorian(3799, time.March, 19)
	if first.String() != "1000/01/01" || last.String() != "3177/12/29" {
		t.Errorf("range ends = %v, %v", first, last)
	}
	if !first.AddDays(-1).IsZero() || !last.AddDays(1).IsZero() {
		t.Error("AddDays past the supported range should give the zero Date")
	}
}

func TestZeroDateMeansNoDate(t *testing.T) {
	var z Date
	if !z.IsZero() || z.String() != "" || z.Persian() != "" || z.Year() != 0 || z.Month() != 0 || z.Day() != 0 {
		t.Errorf("zero Date: %q %d %v %d", z.String(), z.Year(), z.Month(), z.Day())
	}
	if y, m, d := z.Gregorian(); y != 0 || m != 0 || d != 0 {
		t.Error("zero Date Gregorian should be zeros")
	}
	if !z.Time(nil).IsZero() || !z.AddDays(3).IsZero() || z.DaysUntil(mustParse(t, "1403/01/01")) != 0 {
		t.Error("zero Date arithmetic should stay zero")
	}
	if !z.Before(mustParse(t, "1000/01/01")) {
		t.Error("zero Date should sort first")
	}
}

func TestTimeAndFromTime(t *testing.T) {
	tehran := time.FixedZone("IRST", 3*3600+1800)
	d := mustParse(t, "1403/01/01")
	tm := d.Time(tehran)
	if !tm.Equal(time.Date(2024, time.March, 20, 0, 0, 0, 0, tehran)) {
		t.Errorf("Time = %v", tm)
	}
	if d.Time(nil).Location() != time.UTC {
		t.Error("Time(nil) should be UTC")
	}
	// 22:00 UTC on 19 March is already 20 March in Tehran: FromTime uses t's location.
	utc := time.Date(2024, time.March, 19, 22, 0, 0, 0, time.UTC)
	if got := FromTime(utc); got.String() != "1402/12/29" {
		t.Errorf("FromTime(UTC) = %v", got)
	}
	if got := FromTime(utc.In(tehran)); got != d {
		t.Errorf("FromTime(Tehran) = %v", got)
	}
}

func TestArithmeticAndOrder(t *testing.T) {
	a, b := mustParse(t, "1403/12/30"), mustParse(t, "1404/01/01")
	if a.AddDays(1) != b || b.AddDays(-1) != a || a.DaysUntil(b) != 1 || b.DaysUntil(a) != -1 {
		t.Error("AddDays/DaysUntil across a leap Esfand")
	}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 || !a.Before(b) || !b.After(a) {
		t.Error("Compare/Before/After")
	}
	if d := mustParse(t, "1403/01/01"); d.DaysUntil(mustParse(t, "1404/01/01")) != 366 {
		t.Error("1403 should have 366 days")
	}
}

func TestMonthNames(t *testing.T) {
	if Farvardin.String() != "Farvardin" || Esfand.String() != "Esfand" || Mehr.Persian() != "مهر" ||
		Esfand.Persian() != "اسفند" || Month(13).String() != "Month(13)" || Month(0).Persian() != "Month(0)" {
		t.Error("month names")
	}
}

func TestTextEncodingRoundTripsThroughJSON(t *testing.T) {
	type rec struct {
		D Date `json:"d"`
		E Date `json:"e"`
	}
	in := rec{D: mustParse(t, "1393/04/15")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"d":"1393/04/15","e":""}` {
		t.Errorf("json = %s", b)
	}
	var out rec
	if err := json.Unmarshal([]byte(`{"d":"۱۳۹۳/۰۴/۱۵","e":""}`), &out); err != nil || out != in {
		t.Errorf("decoded %+v, %v", out, err)
	}
	err = json.Unmarshal([]byte(`{"d":"1403/07/31"}`), &out)
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Errorf("bad date in JSON: err = %v", err)
	}
	if b, _ := mustParse(t, "1403/01/01").AppendText([]byte("x=")); string(b) != "x=1403/01/01" {
		t.Errorf("AppendText = %s", b)
	}
}

// The year lookup is exact at every year boundary of the supported range,
// not only over 1200–1600.
func TestYearBoundariesOverWholeRange(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		first, err := New(y, 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		last := first.AddDays(-1)
		if fy, fm, fd := first.Jalali(); fy != y || fm != Farvardin || fd != 1 {
			t.Fatalf("%d/01/01 reads back as %d/%d/%d", y, fy, fm, fd)
		}
		if y == MinYear {
			continue
		}
		if ly, lm, ld := last.Jalali(); ly != y-1 || lm != Esfand || ld != MonthLength(y-1, Esfand) {
			t.Fatalf("day before %d/01/01 reads as %d/%d/%d", y, ly, lm, ld)
		}
	}
}
