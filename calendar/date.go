package calendar

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// The supported range of Jalali years. MinYear keeps every year four digits
// long, so that String and Parse agree; MaxYear is the last year Borkowski's
// breaks table covers (jalaali-js stops at the same year).
const (
	MinYear = 1000 // 1000/01/01 is 21 March 1621
	MaxYear = 3177 // 3177/12/29 is 19 March 3799
)

// breaks are the Jalali years that begin a new leap cycle in Borkowski's
// algorithm, as in jalaali-js and go-jalaali.
var breaks = [...]int{
	-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181,
	1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
}

// nowruz[i] is the Julian day number of 1 Farvardin of year MinYear+i; the
// last entry is 1 Farvardin of MaxYear+1, so that every supported year has
// its length as the difference of two neighbours. Built once at start-up and
// never written afterwards: a year lookup is then an index and a subtraction
// instead of a walk through the breaks.
var nowruz = buildNowruz()

func buildNowruz() (t [MaxYear - MinYear + 2]int32) {
	for i := range MaxYear - MinYear + 1 {
		gy, march, _ := jalCal(MinYear + i)
		t[i] = int32(g2d(gy, 3, march))
	}
	_, _, leap := jalCal(MaxYear)
	last := t[MaxYear-MinYear] + 365
	if leap == 0 {
		last++
	}
	t[MaxYear-MinYear+1] = last
	return t
}

// jalCal is Borkowski's algorithm for a Jalali year jy in [-61, 3177]: the
// Gregorian year gy in which jy begins, the day in March of 1 Farvardin, and
// the number of years since the last leap year (0 means jy is leap). It is a
// line-by-line port of jalaali-js; Go's / and % truncate as its div and mod do.
func jalCal(jy int) (gy, march, leap int) {
	gy = jy + 621
	leapJ := -14
	jp := breaks[0]
	jump := 0
	for i := 1; i < len(breaks); i++ {
		jm := breaks[i]
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += jump/33*8 + jump%33/4
		jp = jm
	}
	n := jy - jp
	leapJ += n/33*8 + (n%33+3)/4
	if jump%33 == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := gy/4 - (gy/100+1)*3/4 - 150
	march = 20 + leapJ - leapG

	if jump-n < 6 {
		n = n - jump + (jump+4)/33*33
	}
	leap = ((n+1)%33 - 1) % 4
	if leap == -1 {
		leap = 4
	}
	return gy, march, leap
}

// g2d returns the Julian day number of a proleptic Gregorian date (the
// jalaali-js formula, valid far beyond the supported range).
func g2d(gy, gm, gd int) int {
	d := (gy+(gm-8)/6+100100)*1461/4 + (153*((gm+9)%12)+2)/5 + gd - 34840408
	return d - (gy+100100+(gm-8)/6)/100*3/4 + 752
}

// d2g is the inverse of g2d.
func d2g(jdn int) (gy, gm, gd int) {
	j := 4*jdn + 139361631
	j += (4*jdn+183187720)/146097*3/4*4 - 3908
	i := j%1461/4*5 + 308
	gd = i%153/5 + 1
	gm = i/153%12 + 1
	gy = j/1461 - 100100 + (8-gm)/6
	return gy, gm, gd
}

// Date is a day of the Jalali calendar between [MinYear] and [MaxYear].
//
// Date is comparable: == holds exactly when two dates are the same day. The
// zero value is "no date": IsZero reports true, String is empty, and no
// valid date equals it. Dates are built by [New], [Parse], [FromGregorian]
// and [FromTime], never by literal.
type Date struct {
	// jdn is the Julian day number, which is never 0 for a supported day, so
	// the zero Date stays distinct from every real one.
	jdn int32
}

var (
	firstJDN = nowruz[0]
	lastJDN  = nowruz[len(nowruz)-1] - 1
)

// fromJDN returns the Date of a Julian day number, or the zero Date when the
// day is outside the supported years.
func fromJDN(jdn int) Date {
	if jdn < int(firstJDN) || jdn > int(lastJDN) {
		return Date{}
	}
	return Date{jdn: int32(jdn)}
}

// New returns the Jalali date year/month/day. A day that does not exist
// (month 13, day 0, 1403/07/31, Esfand 30 of a common year) or a year outside
// [MinYear]..[MaxYear] is a *[ParseError].
func New(year, month, day int) (Date, error) {
	if reason := check(year, month, day); reason != "" {
		return Date{}, &ParseError{Input: formatNumbers(year, month, day), Reason: reason}
	}
	return mk(year, month, day), nil
}

// mk builds a date already checked by check.
func mk(year, month, day int) Date {
	jdn := int(nowruz[year-MinYear]) + (month-1)*31 - month/7*(month-7) + day - 1
	return Date{jdn: int32(jdn)}
}

// tryMk returns the date or the zero Date when it does not exist; for dates
// computed from checked data, where the error path cannot arise.
func tryMk(year, month, day int) Date {
	if check(year, month, day) != "" {
		return Date{}
	}
	return mk(year, month, day)
}

// check returns why year/month/day is not a supported date, or "".
func check(year, month, day int) string {
	if year < MinYear || year > MaxYear {
		return "year " + strconv.Itoa(year) + " out of range (" + strconv.Itoa(MinYear) + ".." + strconv.Itoa(MaxYear) + ")"
	}
	if month < 1 || month > 12 {
		return "month " + strconv.Itoa(month) + " out of range (1..12)"
	}
	n := MonthLength(year, Month(month))
	if day < 1 || day > n {
		where := Month(month).String()
		if month == 12 {
			where += " " + strconv.Itoa(year)
		}
		return "day " + strconv.Itoa(day) + " out of range for " + where + " (1.." + strconv.Itoa(n) + ")"
	}
	return ""
}

func formatNumbers(year, month, day int) string {
	b := strconv.AppendInt(nil, int64(year), 10)
	b = append(b, '/')
	if month >= 0 && month < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(month), 10)
	b = append(b, '/')
	if day >= 0 && day < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(day), 10)
	return string(b)
}

// IsLeap reports whether the Jalali year has 366 days (Esfand 30 exists).
// It reports false for years outside [MinYear]..[MaxYear].
func IsLeap(year int) bool {
	if year < MinYear || year > MaxYear {
		return false
	}
	i := year - MinYear
	return nowruz[i+1]-nowruz[i] == 366
}

// MonthLength returns the number of days of month m in the Jalali year: 31
// for Farvardin..Shahrivar, 30 for Mehr..Bahman, 29 or 30 for Esfand. It
// returns 0 when m or the year is out of range.
func MonthLength(year int, m Month) int {
	if year < MinYear || year > MaxYear {
		return 0
	}
	switch {
	case m >= Farvardin && m <= Shahrivar:
		return 31
	case m >= Mehr && m <= Bahman:
		return 30
	case m == Esfand:
		if IsLeap(year) {
			return 30
		}
		return 29
	}
	return 0
}

// FromGregorian returns the Jalali date of a Gregorian day. Like
// [time.Date], it normalises an out-of-range month or day (February 30 is
// March 1 or 2). A day outside the supported years gives the zero Date.
func FromGregorian(year int, month time.Month, day int) Date {
	// Bound the inputs first so that the arithmetic below cannot overflow
	// into the supported range.
	if year < -10000 || year > 10000 || day < -10_000_000 || day > 10_000_000 {
		return Date{}
	}
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	return fromJDN(g2d(year, m+1, 1) + day - 1)
}

// FromTime returns the Jalali date of t's calendar day in t's own location.
// The zero time.Time, and any day outside the supported years, gives the
// zero Date.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return FromGregorian(y, m, d)
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.jdn == 0 }

// yearIndex returns i such that nowruz[i] <= jdn < nowruz[i+1], for a
// non-zero date.
func yearIndex(jdn int32) int {
	// 33 years are 12053 days; the estimate is off by at most one year.
	i := int(int64(jdn-nowruz[0]) * 33 / 12053)
	if i > len(nowruz)-2 {
		i = len(nowruz) - 2
	}
	for i > 0 && nowruz[i] > jdn {
		i--
	}
	for i < len(nowruz)-2 && nowruz[i+1] <= jdn {
		i++
	}
	return i
}

// Jalali returns the year, month and day of d; all zero for the zero Date.
// It costs one conversion, where Year, Month and Day cost one each.
func (d Date) Jalali() (year int, month Month, day int) {
	if d.jdn == 0 {
		return 0, 0, 0
	}
	i := yearIndex(d.jdn)
	k := int(d.jdn - nowruz[i]) // days since 1 Farvardin
	if k < 186 {
		return MinYear + i, Month(1 + k/31), k%31 + 1
	}
	k -= 186
	return MinYear + i, Month(7 + k/30), k%30 + 1
}

// Year returns the Jalali year of d (0 for the zero Date).
func (d Date) Year() int {
	if d.jdn == 0 {
		return 0
	}
	return MinYear + yearIndex(d.jdn)
}

// Month returns the Jalali month of d (0 for the zero Date).
func (d Date) Month() Month {
	_, m, _ := d.Jalali()
	return m
}

// Day returns the day of the month of d (0 for the zero Date).
func (d Date) Day() int {
	_, _, day := d.Jalali()
	return day
}

// Gregorian returns the Gregorian year, month and day of d; (0, 0, 0) for
// the zero Date.
func (d Date) Gregorian() (year int, month time.Month, day int) {
	if d.jdn == 0 {
		return 0, 0, 0
	}
	y, m, dd := d2g(int(d.jdn))
	return y, time.Month(m), dd
}

// Time returns midnight at the start of d in loc (UTC when loc is nil); the
// zero time.Time for the zero Date.
func (d Date) Time(loc *time.Location) time.Time {
	if d.jdn == 0 {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	y, m, dd := d.Gregorian()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// Weekday returns the day of the week of d. The Iranian week runs from
// Saturday (شنبه) to Friday (جمعه); time.Weekday numbers Sunday as 0. The
// zero Date reports time.Sunday, which means nothing.
func (d Date) Weekday() time.Weekday {
	if d.jdn == 0 {
		return time.Sunday
	}
	// Julian day 0 was a Monday.
	return time.Weekday((int(d.jdn) + 1) % 7)
}

// Compare returns -1, 0 or +1 as d is before, the same day as, or after o.
// The zero Date sorts before every date.
func (d Date) Compare(o Date) int {
	switch {
	case d.jdn < o.jdn:
		return -1
	case d.jdn > o.jdn:
		return 1
	}
	return 0
}

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool { return d.jdn < o.jdn }

// After reports whether d is a later day than o.
func (d Date) After(o Date) bool { return d.jdn > o.jdn }

// AddDays returns the date n days after d (before it when n is negative).
// The zero Date, or a result outside the supported years, gives the zero
// Date.
func (d Date) AddDays(n int) Date {
	if d.jdn == 0 || n < -10_000_000 || n > 10_000_000 {
		return Date{}
	}
	return fromJDN(int(d.jdn) + n)
}

// DaysUntil returns the number of days from d to o: positive when o is
// later, so d.AddDays(d.DaysUntil(o)) == o. It returns 0 when either date
// is zero.
func (d Date) DaysUntil(o Date) int {
	if d.jdn == 0 || o.jdn == 0 {
		return 0
	}
	return int(o.jdn) - int(d.jdn)
}

// String returns d as "1403/01/01": Latin digits, four-digit year, two-digit
// month and day. The zero Date gives "". Parse reads it back.
func (d Date) String() string {
	if d.jdn == 0 {
		return ""
	}
	var buf [10]byte
	return string(d.appendLatin(buf[:0]))
}

// Persian returns d with Persian digits, "۱۴۰۳/۰۱/۰۱"; "" for the zero Date.
func (d Date) Persian() string {
	if d.jdn == 0 {
		return ""
	}
	var buf [10]byte
	var out [20]byte
	b := out[:0]
	for _, c := range d.appendLatin(buf[:0]) {
		if c >= '0' && c <= '9' {
			b = utf8.AppendRune(b, '۰'+rune(c-'0'))
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

func (d Date) appendLatin(b []byte) []byte {
	y, m, day := d.Jalali()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '/')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '/')
	return append(b, byte('0'+day/10), byte('0'+day%10))
}

// AppendText appends the String form of d to b (nothing for the zero Date).
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.jdn == 0 {
		return b, nil
	}
	return d.appendLatin(b), nil
}

// MarshalText returns the String form of d, so that encoding/json and YAML
// write "1403/01/01". The zero Date gives empty text.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText parses text as [Parse] does; empty or blank text sets the
// zero Date, so that an absent date decodes as "no date".
func (d *Date) UnmarshalText(text []byte) error {
	if isBlank(text) {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
