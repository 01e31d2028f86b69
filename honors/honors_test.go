package honors_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/honors"
)

func date(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

// base is a bachelor's graduate who meets every criterion; each test changes
// one fact.
func base(t testing.TB) honors.Graduate {
	return honors.Graduate{
		StudentID: "9821001", Unit: "تهران مرکزی", Level: ayin.BachelorNonContinuous, Field: "حسابداری",
		GraduationDate: date(t, "1403/06/20"), GPA: decimal.RequireFromString("17.5"), Semesters: 4,
		UsedArticle47: no(), UseDate: date(t, "1403/06/25"), AdmissionField: "حسابداری",
		IntroducedByUnit: yes(), CohortRank: 3, Registered: 100,
	}
}

func status(d honors.Decision, c ayin.ClauseID) ayin.Status {
	for _, f := range d.Findings {
		if f.Clause == c {
			return f.Status
		}
	}
	return 255
}

type criterionCase struct {
	name    string
	change  func(g *honors.Graduate)
	outcome ayin.Outcome
	status  ayin.Status // of the clause under test
}

// runCriterion evaluates each case and checks the outcome, the clause's
// finding, the citations and the messages.
func runCriterion(t *testing.T, clause ayin.ClauseID, cases []criterionCase) {
	t.Helper()
	ev := honors.Default()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := base(t)
			c.change(&g)
			d, err := ev.Evaluate(g)
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			if d.Outcome != c.outcome {
				t.Errorf("outcome = %s, want %s\n%v", d.Outcome, c.outcome, d.Findings)
			}
			if got := status(d, clause); got != c.status {
				t.Errorf("%s = %s, want %s", clause, got, c.status)
			}
			if !slices.Contains(d.Citations, clause) {
				t.Errorf("citations %v do not cite %s", d.Citations, clause)
			}
			if !slices.Equal(d.Citations, d.Findings.Citations()) {
				t.Errorf("citations %v are not the findings' union %v", d.Citations, d.Findings.Citations())
			}
			for _, f := range d.Findings {
				if f.Message.FA == "" || f.Message.EN == "" {
					t.Errorf("%s has a message missing a language: %+v", f.Clause, f.Message)
				}
			}
		})
	}
}

func gpa(s string) func(g *honors.Graduate) {
	return func(g *honors.Graduate) { g.GPA = decimal.RequireFromString(s) }
}

func level(l ayin.Level, s string) func(g *honors.Graduate) {
	return func(g *honors.Graduate) { g.Level, g.GPA = l, decimal.RequireFromString(s) }
}

func TestHon1_MinGPA(t *testing.T) {
	runCriterion(t, honors.Hon1, []criterionCase{
		{"bachelor 17 holds", gpa("17"), ayin.Eligible, ayin.Held},
		{"bachelor 17.00 holds", gpa("17.00"), ayin.Eligible, ayin.Held},
		{"bachelor 16.99 fails", gpa("16.99"), ayin.Ineligible, ayin.Failed},
		{"bachelor 16.9999999 fails (beyond micro precision)", gpa("16.9999999"), ayin.Ineligible, ayin.Failed},
		{"bachelor 17.0000001 holds (beyond micro precision)", gpa("17.0000001"), ayin.Eligible, ayin.Held},
		{"bachelor 20 holds", gpa("20"), ayin.Eligible, ayin.Held},
		{"bachelor 0 fails", gpa("0"), ayin.Ineligible, ayin.Failed},
		{"continuous bachelor 17 holds", level(ayin.BachelorContinuous, "17"), ayin.Eligible, ayin.Held},
		{"continuous bachelor 16.99 fails", level(ayin.BachelorContinuous, "16.99"), ayin.Ineligible, ayin.Failed},
		{"associate 18 holds", level(ayin.Associate, "18"), ayin.Eligible, ayin.Held},
		{"associate 17.99 fails", level(ayin.Associate, "17.99"), ayin.Ineligible, ayin.Failed},
		{"associate 17 fails", level(ayin.Associate, "17"), ayin.Ineligible, ayin.Failed},
		{"master not covered", level(ayin.Master, "19.5"), ayin.NotCovered, ayin.NotApplicable},
		{"professional doctorate not covered", level(ayin.ProfessionalDoctorate, "19"), ayin.NotCovered, ayin.NotApplicable},
		{"phd not covered", level(ayin.PhD, "19"), ayin.NotCovered, ayin.NotApplicable},
	})
}

func TestHon1_NotCoveredCitesOnlyHon1(t *testing.T) {
	g := honors.Graduate{Level: ayin.Master, GPA: decimal.RequireFromString("19"), GraduationDate: date(t, "1403/01/10")}
	d, err := honors.Default().Evaluate(g)
	if err != nil {
		t.Fatal(err)
	}
	if d.Outcome != ayin.NotCovered || !slices.Equal(d.Citations, []ayin.ClauseID{honors.Hon1}) || len(d.Findings) != 1 {
		t.Fatalf("got %s %v %v, want not-covered citing hon.1 alone", d.Outcome, d.Citations, d.Findings)
	}
	if !strings.Contains(d.Findings[0].Message.EN, "E139") {
		t.Errorf("the message should cite E139: %q", d.Findings[0].Message.EN)
	}
}

func TestHon2_NoEquivalencedCourses(t *testing.T) {
	runCriterion(t, honors.Hon2, []criterionCase{
		{"none holds", func(g *honors.Graduate) {}, ayin.Eligible, ayin.Held},
		{"one fails", func(g *honors.Graduate) { g.EquivalencedCourses = 1 }, ayin.Ineligible, ayin.Failed},
		{"one fails even at GPA 19.9", func(g *honors.Graduate) {
			g.EquivalencedCourses, g.GPA = 1, decimal.RequireFromString("19.9")
		}, ayin.Ineligible, ayin.Failed},
		{"associate with some fails", func(g *honors.Graduate) {
			g.Level, g.GPA, g.EquivalencedCourses = ayin.Associate, decimal.RequireFromString("19"), 4
		}, ayin.Ineligible, ayin.Failed},
	})
}

func TestHon3_NoArticle47(t *testing.T) {
	runCriterion(t, honors.Hon3, []criterionCase{
		{"not used holds", func(g *honors.Graduate) {}, ayin.Eligible, ayin.Held},
		{"used fails", func(g *honors.Graduate) { g.UsedArticle47 = yes() }, ayin.Ineligible, ayin.Failed},
	})
}

func rankOf(rank, registered int) func(g *honors.Graduate) {
	return func(g *honors.Graduate) { g.CohortRank, g.Registered = rank, registered }
}

func TestHon4_TopTenPercentOfRegistered(t *testing.T) {
	runCriterion(t, honors.Hon4, []criterionCase{
		{"rank 10 of 100 holds", rankOf(10, 100), ayin.Eligible, ayin.Held},
		{"rank 11 of 100 fails", rankOf(11, 100), ayin.Ineligible, ayin.Failed},
		{"rank 10 of 109 holds", rankOf(10, 109), ayin.Eligible, ayin.Held},
		{"rank 11 of 109 fails", rankOf(11, 109), ayin.Ineligible, ayin.Failed},
		{"rank 11 of 110 holds", rankOf(11, 110), ayin.Eligible, ayin.Held},
		{"rank 1 of 10 holds", rankOf(1, 10), ayin.Eligible, ayin.Held},
		{"rank 1 of 9 fails: no places", rankOf(1, 9), ayin.Ineligible, ayin.Failed},
	})
}

func TestHon4_PlacesFloor(t *testing.T) {
	ev := honors.Default()
	day := date(t, "1403/01/01")
	for _, c := range []struct{ registered, places int }{{0, 0}, {9, 0}, {10, 1}, {19, 1}, {99, 9}, {100, 10}, {109, 10}, {110, 11}, {10000, 1000}} {
		got, err := ev.Places(day, c.registered)
		if err != nil || got != c.places {
			t.Errorf("Places(%d) = %d, %v; want %d", c.registered, got, err, c.places)
		}
	}
	if _, err := ev.Places(day, -1); err == nil {
		t.Error("Places(-1) is not an error")
	}
	if _, err := ev.Places(date(t, "1390/01/01"), 10); !errors.Is(err, ayin.ErrBeforeFirstEdition) {
		t.Errorf("Places before the first version: %v, want ErrBeforeFirstEdition", err)
	}
}

// TestHon4_RoundingAndQuotaAreData edits the edition's YAML: the numbers
// and the rounding come from the data, not the code (rulings R11).
func TestHon4_RoundingAndQuotaAreData(t *testing.T) {
	for _, c := range []struct {
		name, old, new string
		registered     int
		places         int
	}{
		{"ceil", "value: floor", "value: ceil", 101, 11},
		{"round up at half", "value: floor", "value: round", 105, 11},
		{"round down below half", "value: floor", "value: round", 104, 10},
		{"quota 12.5%", "quota_percent: {source: hon.4, value: 10}", "quota_percent: {source: hon.4, value: 12.5}", 100, 12},
	} {
		t.Run(c.name, func(t *testing.T) {
			ev := editedEvaluator(t, c.old, c.new)
			got, err := ev.Places(date(t, "1403/01/01"), c.registered)
			if err != nil || got != c.places {
				t.Fatalf("Places(%d) = %d, %v; want %d", c.registered, got, err, c.places)
			}
		})
	}
}

func editedEvaluator(t *testing.T, old, new string) *honors.Evaluator {
	t.Helper()
	src := ayin.DefaultYAML()
	if bytes.Count(src, []byte(old)) != 1 {
		t.Fatalf("%q does not occur exactly once in the edition", old)
	}
	ed, err := ayin.Parse("edited.yaml", bytes.Replace(src, []byte(old), []byte(new), 1))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := honors.New(ed)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func TestHon1_ThresholdIsData(t *testing.T) {
	ev := editedEvaluator(t, "levels: {bachelor-continuous: 17, bachelor-noncontinuous: 17, associate: 18}",
		"levels: {bachelor-continuous: 17, bachelor-noncontinuous: 17.5, associate: 18, master: 18}")
	g := base(t)
	g.GPA = decimal.RequireFromString("17.49")
	if d, err := ev.Evaluate(g); err != nil || status(d, honors.Hon1) != ayin.Failed {
		t.Fatalf("17.49 against an edited 17.5: %v %v", d.Findings, err)
	}
	g.Level, g.GPA = ayin.Master, decimal.RequireFromString("18")
	if d, err := ev.Evaluate(g); err != nil || d.Outcome != ayin.Eligible {
		t.Fatalf("a master's minimum in the edition covers master's: %s %v", d.Outcome, err)
	}
}

func sem(n int) func(g *honors.Graduate) { return func(g *honors.Graduate) { g.Semesters = n } }

func TestHon5_FourSemesters(t *testing.T) {
	runCriterion(t, honors.Hon5, []criterionCase{
		{"four hold", sem(4), ayin.Eligible, ayin.Held},
		{"five fail", sem(5), ayin.Ineligible, ayin.Failed},
		{"one holds", sem(1), ayin.Eligible, ayin.Held},
		{"continuous bachelor eight fail as printed", func(g *honors.Graduate) {
			g.Level, g.Semesters = ayin.BachelorContinuous, 8
		}, ayin.Ineligible, ayin.Failed},
	})
}

func TestHon5_ContinuousBachelorIsFlagged(t *testing.T) {
	ev := honors.Default()
	for _, c := range []struct {
		level ayin.Level
		sems  int
		flag  bool
	}{{ayin.BachelorContinuous, 4, true}, {ayin.BachelorContinuous, 8, true}, {ayin.BachelorNonContinuous, 5, false}, {ayin.Associate, 4, false}} {
		g := base(t)
		g.Level, g.Semesters, g.GPA = c.level, c.sems, decimal.RequireFromString("19")
		d, err := ev.Evaluate(g)
		if err != nil {
			t.Fatal(err)
		}
		flagged := len(d.Flags) == 1 && d.Flags[0].Errata == "E143" && d.Flags[0].Clause == honors.Hon5
		if flagged != c.flag {
			t.Errorf("%s in %d semesters: flags %v, want flagged=%t", c.level, c.sems, d.Flags, c.flag)
		}
		if c.flag && c.sems > 4 {
			f := d.Findings[4]
			if f.Clause != honors.Hon5 || !strings.Contains(f.Message.EN, "E143") || !strings.Contains(f.Message.FA, "E143") {
				t.Errorf("hon.5's failure for a continuous bachelor's should name E143: %+v", f)
			}
		}
	}
}

func use(prior int, day string) func(g *honors.Graduate) {
	return func(g *honors.Graduate) {
		d, err := calendar.Parse(day)
		if err != nil {
			panic(err)
		}
		g.PriorUses, g.UseDate = prior, d
	}
}

func TestHon6_OnceInTheYearOfGraduation(t *testing.T) {
	runCriterion(t, honors.Hon6, []criterionCase{
		{"first use on graduation day holds", use(0, "1403/06/20"), ayin.Eligible, ayin.Held},
		{"last day of the academic year holds", use(0, "1403/06/31"), ayin.Eligible, ayin.Held},
		{"first day of the next academic year fails", use(0, "1403/07/01"), ayin.Ineligible, ayin.Failed},
		{"a second use fails", use(1, "1403/06/25"), ayin.Ineligible, ayin.Failed},
		{"a second use in a later year fails", use(2, "1405/01/01"), ayin.Ineligible, ayin.Failed},
	})
}

func TestHon7_SameNamedField(t *testing.T) {
	field := func(s string) func(g *honors.Graduate) { return func(g *honors.Graduate) { g.AdmissionField = s } }
	runCriterion(t, honors.Hon7, []criterionCase{
		{"same holds", field("حسابداری"), ayin.Eligible, ayin.Held},
		{"same with extra spaces holds", field("  حسابداری "), ayin.Eligible, ayin.Held},
		{"different fails", field("مدیریت بازرگانی"), ayin.Ineligible, ayin.Failed},
	})
}

func TestHon8_IntroducedByUnit(t *testing.T) {
	runCriterion(t, honors.Hon8, []criterionCase{
		{"introduced holds", func(g *honors.Graduate) {}, ayin.Eligible, ayin.Held},
		{"not introduced fails", func(g *honors.Graduate) { g.IntroducedByUnit = no() }, ayin.Ineligible, ayin.Failed},
	})
}

func TestEvaluate_AllEightInClauseOrder(t *testing.T) {
	d, err := honors.Default().Evaluate(base(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []ayin.ClauseID
	for _, f := range d.Findings {
		got = append(got, f.Clause)
	}
	if !slices.Equal(got, honors.Criteria()) || d.Outcome != ayin.Eligible || !d.Selected || d.Places != 10 {
		t.Fatalf("findings %v outcome %s selected %t places %d", got, d.Outcome, d.Selected, d.Places)
	}
	if d.Source.Clause != honors.Hon1 || d.Source.Effective.String() != "1393/04/15" {
		t.Errorf("source = %s", d.Source)
	}
}

func TestEvaluate_BadInput(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(g *honors.Graduate)
		field  string
	}{
		{"gpa above 20", gpa("20.01"), "gpa"},
		{"gpa negative", gpa("-0.01"), "gpa"},
		{"gpa huge", gpa("1e30"), "gpa"},
		{"level missing", func(g *honors.Graduate) { g.Level = ayin.LevelUnknown }, "level"},
		{"level out of range", func(g *honors.Graduate) { g.Level = 99 }, "level"},
		{"graduation date missing", func(g *honors.Graduate) { g.GraduationDate = calendar.Date{} }, "graduation_date"},
		{"semesters negative", sem(-1), "semesters"},
		{"semesters missing", sem(0), "semesters"},
		{"equivalenced negative", func(g *honors.Graduate) { g.EquivalencedCourses = -1 }, "equivalenced_courses"},
		{"prior uses negative", func(g *honors.Graduate) { g.PriorUses = -1 }, "prior_uses"},
		{"article 47 missing", func(g *honors.Graduate) { g.UsedArticle47 = nil }, "used_article_47"},
		{"use date missing", func(g *honors.Graduate) { g.UseDate = calendar.Date{} }, "use_date"},
		{"use before graduation", use(0, "1403/06/19"), "use_date"},
		{"admission field missing", func(g *honors.Graduate) { g.AdmissionField = "" }, "admission_field"},
		{"field missing", func(g *honors.Graduate) { g.Field = "" }, "field"},
		{"introduction missing", func(g *honors.Graduate) { g.IntroducedByUnit = nil }, "introduced_by_unit"},
		{"rank missing", rankOf(0, 100), "cohort_rank"},
		{"rank negative", rankOf(-1, 100), "cohort_rank"},
		{"rank above registered", rankOf(101, 100), "cohort_rank"},
		{"registered missing", rankOf(1, 0), "registered"},
		{"registered negative", rankOf(1, -1), "registered"},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := base(t)
			c.change(&g)
			_, err := honors.Default().Evaluate(g)
			var ie *honors.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an *InputError", err)
			}
			if ie.Field != c.field || !strings.Contains(err.Error(), c.field+": ") {
				t.Fatalf("field = %q (%v), want %q", ie.Field, err, c.field)
			}
		})
	}
}

func TestEvaluate_BeforeFirstVersion(t *testing.T) {
	g := base(t)
	g.GraduationDate, g.UseDate = date(t, "1393/04/14"), date(t, "1393/04/20")
	_, err := honors.Default().Evaluate(g)
	if !errors.Is(err, ayin.ErrBeforeFirstEdition) || !strings.Contains(err.Error(), "graduation_date") {
		t.Fatalf("err = %v, want ErrBeforeFirstEdition naming graduation_date", err)
	}
	g.GraduationDate = date(t, "1393/04/15")
	if _, err := honors.Default().Evaluate(g); err != nil {
		t.Fatalf("on the first version's day: %v", err)
	}
}

func TestNew_Errors(t *testing.T) {
	if _, err := honors.New(nil); err == nil {
		t.Error("New(nil) is not an error")
	}
}

func TestGraduate_JSONFieldNames(t *testing.T) {
	in := `{"student_id":"1","unit":"کرج","level":"associate","field":"الکترونیک","graduation_date":"1403/04/10",
		"gpa":18.25,"semesters":4,"equivalenced_courses":0,"used_article_47":false,"prior_uses":0,
		"use_date":"1403/05/01","admission_field":"الکترونیک","introduced_by_unit":true,"cohort_rank":1,"registered":20}`
	var g honors.Graduate
	dec := json.NewDecoder(strings.NewReader(in))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatal(err)
	}
	d, err := honors.Default().Evaluate(g)
	if err != nil || d.Outcome != ayin.Eligible {
		t.Fatalf("%s %v", d.Outcome, err)
	}
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"student_id":"1"`, `"outcome":"eligible"`, `"findings":[{"clause":"hon.1","status":"held"`, `"citations":["hon.1"`, `"places":2`, `"selected":true`, `"source":{"clause":"hon.1"`} {
		if !strings.Contains(string(out), k) {
			t.Errorf("JSON %s lacks %s", out, k)
		}
	}
}

func TestHon1_ExtremeGPAExponents(t *testing.T) {
	for _, s := range []string{"1e-999999999", "1e999999999", "-1e999999999", "17.0000000000000000001"} {
		g := base(t)
		g.GPA = decimal.RequireFromString(s)
		_, err := honors.Default().Evaluate(g)
		var ie *honors.InputError
		if !errors.As(err, &ie) || ie.Field != "gpa" {
			t.Errorf("GPA %.20s…: err = %v, want an *InputError on gpa", s, err)
		}
	}
	g := base(t)
	g.GPA = decimal.RequireFromString("2e1") // 20, written with a positive exponent
	if d, err := honors.Default().Evaluate(g); err != nil || d.Outcome != ayin.Eligible {
		t.Errorf("GPA 2e1: %v %v", d.Outcome, err)
	}
}

// TestEvaluateInto_NoAllocsNoAliasing (R22): EvaluateInto agrees with
// Evaluate, allocates nothing, leaves *d as it was on error, and never
// writes into the findings *d held before, which may be shared with the
// other decisions of a Select.
func TestEvaluateInto_NoAllocsNoAliasing(t *testing.T) {
	ev := honors.Default()
	var d honors.Decision
	g := base(t)
	if err := ev.EvaluateInto(&d, g); err != nil {
		t.Fatal(err)
	}
	g.GPA = decimal.RequireFromString("16")
	if err := ev.EvaluateInto(&d, g); err != nil {
		t.Fatal(err)
	}
	if d.Outcome != ayin.Ineligible || d.Findings[0].Status != ayin.Failed || d.Findings[0].Clause != honors.Hon1 {
		t.Fatalf("EvaluateInto did not update the decision: %s %v", d.Outcome, d.Findings)
	}
	want, _ := ev.Evaluate(g)
	if !slices.Equal(want.Findings, d.Findings) || want.Outcome != d.Outcome || want.Places != d.Places {
		t.Fatal("EvaluateInto and Evaluate disagree")
	}
	g.GPA = decimal.RequireFromString("21")
	if err := ev.EvaluateInto(&d, g); err == nil || d.Outcome != ayin.Ineligible {
		t.Fatalf("on error the decision must be left as it was: %v %s", err, d.Outcome)
	}

	// A decision of a cohort reused with EvaluateInto leaves the others alone.
	ds, err := ev.Select(cohort(t, 30, "19", "19", "18"))
	if err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(ds[1].Findings)
	g = base(t)
	g.GPA = decimal.RequireFromString("12")
	if err := ev.EvaluateInto(&ds[0], g); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(before, ds[1].Findings) {
		t.Fatalf("EvaluateInto on ds[0] changed ds[1]'s findings: %v", ds[1].Findings)
	}

	g = base(t)
	if allocs := testing.AllocsPerRun(100, func() { _ = ev.EvaluateInto(&d, g) }); allocs != 0 {
		t.Errorf("EvaluateInto allocates %v times per run, want 0 (R22)", allocs)
	}
	if allocs := testing.AllocsPerRun(100, func() { _, _ = ev.Evaluate(g) }); allocs != 0 {
		t.Errorf("Evaluate allocates %v times per run, want 0 (R22)", allocs)
	}
}

// TestInputError_JSON: a JSON client sees the field and the reason, in
// snake_case.
func TestInputError_JSON(t *testing.T) {
	g := base(t)
	g.GPA = decimal.RequireFromString("20.5")
	_, err := honors.Default().Evaluate(g)
	var ie *honors.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an *InputError", err)
	}
	b, jerr := json.Marshal(ie)
	if jerr != nil {
		t.Fatal(jerr)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["field"] != "gpa" || !strings.Contains(m["reason"].(string), "outside") || len(m) != 2 {
		t.Fatalf("JSON = %s", b)
	}
}
