package calendar

import "strconv"

// Month is a month of the Jalali year, Farvardin (1) to Esfand (12).
type Month int

// The Jalali months. The first six have 31 days, the next five 30, and
// Esfand 29, or 30 in a leap year.
const (
	Farvardin   Month = 1 + iota // فروردین
	Ordibehesht                  // اردیبهشت
	Khordad                      // خرداد
	Tir                          // تیر
	Mordad                       // مرداد
	Shahrivar                    // شهریور
	Mehr                         // مهر
	Aban                         // آبان
	Azar                         // آذر
	Dey                          // دی
	Bahman                       // بهمن
	Esfand                       // اسفند
)

var (
	monthNames   = [12]string{"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"}
	monthPersian = [12]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
)

// String returns the English transliteration of m ("Farvardin"), or
// "Month(13)" for a value outside 1..12.
func (m Month) String() string {
	if m >= Farvardin && m <= Esfand {
		return monthNames[m-1]
	}
	return "Month(" + strconv.Itoa(int(m)) + ")"
}

// Persian returns the Persian name of m ("فروردین"), or the String form for a
// value outside 1..12.
func (m Month) Persian() string {
	if m >= Farvardin && m <= Esfand {
		return monthPersian[m-1]
	}
	return m.String()
}
