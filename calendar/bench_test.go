package calendar

import (
	"testing"
	"time"
)

var (
	sinkDate Date
	sinkInt  int
	sinkBool bool
)

func BenchmarkFromGregorian(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkDate = FromGregorian(2024, time.March, 1+i%28)
	}
}

func BenchmarkGregorian(b *testing.B) {
	d := FromGregorian(2024, time.March, 20)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		y, m, day := d.AddDays(i % 512).Gregorian()
		sinkInt = y + int(m) + day
	}
}

func BenchmarkJalali(b *testing.B) {
	d := FromGregorian(2024, time.March, 20)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		y, m, day := d.AddDays(i % 512).Jalali()
		sinkInt = y + int(m) + day
	}
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{"1403/01/01", "۱۴۰۳/۰۷/۱۵", "1393-4-15"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d, err := Parse(inputs[i%len(inputs)])
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = d
	}
}

func BenchmarkString(b *testing.B) {
	d := FromGregorian(2024, time.March, 20)
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = len(d.String())
	}
}

func BenchmarkNextStudentWindow(b *testing.B) {
	tt := regulation93(b)
	d := mustParse(b, "1403/03/16")
	b.ReportAllocs()
	for b.Loop() {
		w, err := tt.NextStudentWindow(d)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = w.From
	}
}

func BenchmarkOpen(b *testing.B) {
	tt := regulation93(b)
	d := mustParse(b, "1403/03/20")
	b.ReportAllocs()
	for b.Loop() {
		_, sinkBool = tt.Open(d)
	}
}

func BenchmarkInStudentWindow(b *testing.B) {
	tt := regulation93(b)
	d := mustParse(b, "1403/03/10")
	s := Semester{1403, First}
	b.ReportAllocs()
	for b.Loop() {
		sinkBool, _ = tt.InStudentWindow(d, s)
	}
}
