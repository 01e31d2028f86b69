package honors_test

import (
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin/honors"
)

func BenchmarkEvaluate(b *testing.B) {
	ev, g := honors.Default(), base(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Evaluate(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEvaluateNotCovered(b *testing.B) {
	ev, g := honors.Default(), base(b)
	g.Level = 4 // master's
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Evaluate(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSelect10000(b *testing.B) {
	ev := honors.Default()
	c := honors.Cohort{Registered: 12_000}
	for i := range 10_000 {
		g := base(b)
		g.StudentID, g.CohortRank, g.Registered = strconv.Itoa(9_800_000+i), 0, 0
		g.GPA = decimal.New(int64(1_200+(i*7919)%800), -2) // 12.00 … 19.99, shuffled, many ties
		c.Graduates = append(c.Graduates, g)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Select(c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEvaluateInto(b *testing.B) {
	ev, g := honors.Default(), base(b)
	var d honors.Decision
	b.ReportAllocs()
	for b.Loop() {
		if err := ev.EvaluateInto(&d, g); err != nil {
			b.Fatal(err)
		}
	}
}
