package calendar_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/ayinrules/ayin/calendar"
)

func ExampleParse() {
	for _, s := range []string{"۱۴۰۳/۰۱/۰۱", "1403-1-1", "١٤٠٣/٠١/٠١", "1403/07/31"} {
		d, err := calendar.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		y, m, day := d.Gregorian()
		fmt.Println(d, d.Persian(), d.Weekday(), y, m, day)
	}
	// Output:
	// 1403/01/01 ۱۴۰۳/۰۱/۰۱ Wednesday 2024 March 20
	// 1403/01/01 ۱۴۰۳/۰۱/۰۱ Wednesday 2024 March 20
	// 1403/01/01 ۱۴۰۳/۰۱/۰۱ Wednesday 2024 March 20
	// calendar: "1403/07/31": day 31 out of range for Mehr (1..30)
}

func ExampleFromGregorian() {
	d := calendar.FromGregorian(2025, time.March, 20)
	fmt.Println(d, d.Month(), d.Month().Persian(), calendar.IsLeap(d.Year()))
	// Output: 1403/12/30 Esfand اسفند true
}

func ExampleNextSemesterAfter() {
	for _, s := range []string{"1393/03/10", "1393/07/01", "1393/11/01"} {
		d, _ := calendar.Parse(s)
		fmt.Println(s, "->", calendar.NextSemesterAfter(d), "in session:", calendar.SemesterOn(d))
	}
	// Output:
	// 1393/03/10 -> 1393-94/1 in session: 1392-93/2
	// 1393/07/01 -> 1393-94/2 in session: 1393-94/1
	// 1393/11/01 -> 1394-95/1 in session: 1393-94/2
}

// regulation93 builds the timetable of the 93/10 transfer regulation: table
// 1 every year, table 2 for the first semester of 1393–94.
func regulation93() *calendar.Timetable {
	md := func(m calendar.Month, d int) calendar.MonthDay { return calendar.MonthDay{Month: m, Day: d} }
	annual := []calendar.AnnualSpan{
		{Term: calendar.First, Phase: calendar.StudentRequest, From: md(3, 1), To: md(3, 15)},
		{Term: calendar.First, Phase: calendar.OriginAnswer, From: md(3, 16), To: md(3, 26)},
		{Term: calendar.First, Phase: calendar.DestinationAnswer, From: md(3, 27), To: md(4, 5)},
		{Term: calendar.First, Phase: calendar.CentralAnswer, From: md(4, 6), To: md(4, 15)},
		{Term: calendar.Second, Phase: calendar.StudentRequest, From: md(9, 1), To: md(9, 15)},
		{Term: calendar.Second, Phase: calendar.OriginAnswer, From: md(9, 16), To: md(9, 26)},
		{Term: calendar.Second, Phase: calendar.DestinationAnswer, From: md(9, 27), To: md(10, 5)},
		{Term: calendar.Second, Phase: calendar.CentralAnswer, From: md(10, 6), To: md(10, 15)},
	}
	s := calendar.Semester{Year: 1393, Term: calendar.First}
	w := func(p calendar.Phase, from, to string) calendar.Window {
		f, err1 := calendar.Parse(from)
		t, err2 := calendar.Parse(to)
		if err := errors.Join(err1, err2); err != nil {
			panic(err) // literals in an example
		}
		return calendar.Window{Semester: s, Phase: p, From: f, To: t}
	}
	table2 := []calendar.Window{
		w(calendar.StudentRequest, "1393/04/15", "1393/04/30"),
		w(calendar.OriginAnswer, "1393/04/31", "1393/05/09"),
		w(calendar.DestinationAnswer, "1393/05/10", "1393/05/20"),
		w(calendar.CentralAnswer, "1393/05/21", "1393/05/31"),
	}
	tt, err := calendar.NewTimetable(s, annual, table2)
	if err != nil {
		panic(err)
	}
	return tt
}

func ExampleTimetable_NextStudentWindow() {
	tt := regulation93()
	for _, s := range []string{"1393/03/10", "1394/03/15", "1394/03/16"} {
		d, _ := calendar.Parse(s)
		w, err := tt.NextStudentWindow(d)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %v (open now: %v)\n", s, w, w.Contains(d))
	}
	// Output:
	// 1393/03/10: 1393-94/1 student request 1393/04/15..1393/04/30 (open now: false)
	// 1394/03/15: 1394-95/1 student request 1394/03/01..1394/03/15 (open now: true)
	// 1394/03/16: 1394-95/2 student request 1394/09/01..1394/09/15 (open now: false)
}

func ExampleTimetable_InStudentWindow() {
	tt := regulation93()
	d, _ := calendar.Parse("1393/04/15")
	in, err := tt.InStudentWindow(d, calendar.NextSemesterAfter(d))
	fmt.Println(in, err)

	_, err = tt.InStudentWindow(d, calendar.Semester{Year: 1392, Term: calendar.Second})
	fmt.Println(errors.Is(err, calendar.ErrBeforeFirstSemester), err)
	// Output:
	// true <nil>
	// true calendar: semester 1392-93/2: before the first semester the timetable governs (1393-94/1)
}

func ExampleTimetable_Open() {
	tt := regulation93()
	d, _ := calendar.Parse("1394/03/27")
	if w, ok := tt.Open(d); ok {
		fmt.Println(w.Semester, w.Phase, "/", w.Phase.Persian())
	}
	// Output: 1394-95/1 destination answer / پاسخ مقصد
}
