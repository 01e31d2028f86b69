// Package calendar provides Jalali (Solar Hijri, هجری شمسی) dates, the
// academic semesters of Islamic Azad University, and the transfer windows of
// the transfer regulation's tables 1 and 2.
//
// # Dates
//
// A [Date] is a small comparable value: == means the same day. Conversion
// to and from the Gregorian calendar follows Borkowski's breaks algorithm,
// the method of jalaali-js and go-jalaali, which matches the official
// calendar for every year this package supports ([MinYear]..[MaxYear]). The
// 2820-year arithmetic rule is deliberately not used: it disagrees with the
// official calendar on 22 years between 1200 and 1600, 1403 among them.
//
//	d, err := calendar.Parse("۱۴۰۳/۰۱/۰۱") // also "1403/1/1", "1403-01-01", "١٤٠٣/٠١/٠١"
//	d := calendar.FromGregorian(2024, time.March, 20)
//	y, m, day := d.Gregorian()
//	s := d.String() // "1403/01/01"
//
// # Semesters
//
// An academic year (سال تحصیلی) Y–(Y+1) has two semesters (نیمسال):
// the first (نیمسال اول) starts on 1 Mehr of Y and the second (نیمسال دوم)
// on 1 Bahman of Y. A [Semester] names one of them by the year its academic
// year begins, written "1393-94/1".
//
// # Transfer windows
//
// A [Timetable] holds the four phases of the transfer period (student
// request, then the answers of the origin unit, the destination unit and the
// Central Organization) for every semester from the first it governs: an
// annual pattern (table 1) plus one-off replacements for given semesters
// (table 2). The dates themselves are data supplied by the caller.
package calendar
