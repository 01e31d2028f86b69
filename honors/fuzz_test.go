package honors_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/honors"
)

// FuzzEvaluate: any facts give a decision or an *InputError, never a panic;
// a decision's citations are its findings' union and its outcome follows
// from the findings.
func FuzzEvaluate(f *testing.F) {
	f.Add("17.5", uint8(3), 4, 0, false, 0, true, 3, 100, int32(1403*10000+620), int32(1403*10000+625), "حسابداری", "حسابداری")
	f.Add("16.99", uint8(1), 5, 1, true, 1, false, 11, 100, int32(1393*10000+415), int32(1394*10000+101), "a", "b")
	f.Add("-1", uint8(4), -1, -1, false, -1, true, -1, -1, int32(0), int32(0), "", "")
	f.Add("1e40", uint8(200), 1<<40, 1<<40, true, 1<<40, true, 1<<40, 1<<40, int32(1600*10000+1230), int32(1200*10000+101), "x", "X")
	f.Add("1e-999999999", uint8(2), 4, 0, false, 0, true, 1, 10, int32(1403*10000+620), int32(1403*10000+625), "x", "x")
	f.Add("17.0000001", uint8(2), 4, 0, false, 0, true, 1, 10, int32(1403*10000+620), int32(1403*10000+625), "x", "x")
	ev := honors.Default()
	f.Fuzz(func(t *testing.T, gpa string, level uint8, sems, equiv int, art47 bool, prior int, intro bool,
		rank, registered int, grad, use int32, field, admission string) {
		g := honors.Graduate{Level: ayin.Level(level), Field: field, AdmissionField: admission, Semesters: sems,
			EquivalencedCourses: equiv, UsedArticle47: &art47, PriorUses: prior, IntroducedByUnit: &intro,
			CohortRank: rank, Registered: registered}
		if d, err := decimal.NewFromString(gpa); err == nil {
			g.GPA = d
		}
		g.GraduationDate, _ = calendar.New(int(grad/10000), int(grad/100%100), int(grad%100))
		g.UseDate, _ = calendar.New(int(use/10000), int(use/100%100), int(use%100))
		d, err := ev.Evaluate(g)
		if err != nil {
			var ie *honors.InputError
			if !errors.As(err, &ie) || ie.Field == "" {
				t.Fatalf("error %v is not an *InputError naming a field", err)
			}
			return
		}
		if !slices.Equal(d.Citations, d.Findings.Citations()) {
			t.Fatalf("citations %v, findings %v", d.Citations, d.Findings)
		}
		failed := len(d.Findings.Failed()) > 0
		switch d.Outcome {
		case ayin.Eligible:
			if failed || len(d.Findings) != 8 {
				t.Fatalf("eligible with %v", d.Findings)
			}
		case ayin.Ineligible:
			if !failed {
				t.Fatalf("ineligible without a failed finding: %v", d.Findings)
			}
		case ayin.NotCovered:
			if len(d.Findings) != 1 || d.Findings[0].Clause != honors.Hon1 {
				t.Fatalf("not covered with %v", d.Findings)
			}
		default:
			t.Fatalf("outcome %s", d.Outcome)
		}
	})
}

// FuzzSelect: a cohort built from fuzzed GPAs and IDs never panics, and the
// ranks follow the GPAs.
func FuzzSelect(f *testing.F) {
	f.Add([]byte{170, 180, 180, 190, 5}, 20, "a")
	f.Add([]byte{}, 0, "")
	f.Add([]byte{255, 0, 1}, 2, "dup")
	ev := honors.Default()
	f.Fuzz(func(t *testing.T, gpas []byte, registered int, idPrefix string) {
		if len(gpas) > 64 {
			gpas = gpas[:64]
		}
		c := honors.Cohort{Registered: registered}
		for i, b := range gpas {
			g := base(t)
			g.CohortRank, g.Registered = 0, 0
			g.StudentID = idPrefix + string(rune('A'+i%3)) + string(rune('a'+i/3))
			g.GPA = decimal.New(int64(b), -1) // 0.0 … 25.5: some out of range
			c.Graduates = append(c.Graduates, g)
		}
		ds, err := ev.Select(c)
		if err != nil {
			var ie *honors.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			return
		}
		for i := range ds {
			for j := range ds {
				if gpas[i] > gpas[j] && ds[i].Rank >= ds[j].Rank || gpas[i] == gpas[j] && ds[i].Rank != ds[j].Rank {
					t.Fatalf("GPA %d rank %d against GPA %d rank %d", gpas[i], ds[i].Rank, gpas[j], ds[j].Rank)
				}
			}
		}
	})
}
