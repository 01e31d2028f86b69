package honors_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/honors"
)

// cohort builds a cohort of the base graduate with the GPAs given, IDs g1…gn.
func cohort(t testing.TB, registered int, gpas ...string) honors.Cohort {
	c := honors.Cohort{Registered: registered}
	for i, s := range gpas {
		g := base(t)
		g.StudentID, g.CohortRank, g.Registered = "g"+strconv.Itoa(i+1), 0, 0
		g.GPA = decimal.RequireFromString(s)
		c.Graduates = append(c.Graduates, g)
	}
	return c
}

func TestHon4_CohortSelection(t *testing.T) {
	for _, c := range []struct {
		name       string
		registered int
		gpas       []string
		ranks      []int
		selected   []bool
		places     int
	}{
		{"exactly 10% of 50", 50, []string{"19", "18.5", "18", "17.5", "17.2", "17.1"}, []int{1, 2, 3, 4, 5, 6}, []bool{true, true, true, true, true, false}, 5},
		{"tie at the edge takes all tied", 30, []string{"19.5", "19", "18.5", "18.50", "18.4"}, []int{1, 2, 3, 3, 5}, []bool{true, true, true, true, false}, 3},
		{"tie inside shares the better rank", 40, []string{"19.9", "19.1", "19.1", "18.9", "18.8"}, []int{1, 2, 2, 4, 5}, []bool{true, true, true, true, false}, 4},
		{"order of input does not matter", 20, []string{"17.5", "19", "18"}, []int{3, 1, 2}, []bool{false, true, true}, 2},
		{"fewer than ten registered give none", 9, []string{"20", "19"}, []int{1, 2}, []bool{false, false}, 0},
		{"all tied at the edge", 10, []string{"18", "18", "18"}, []int{1, 1, 1}, []bool{true, true, true}, 1},
		{"beyond micro precision ranks by decimal", 30, []string{"18.0000001", "18.00000001", "18.00000001"}, []int{1, 2, 2}, []bool{true, true, true}, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds, err := honors.Default().Select(cohort(t, c.registered, c.gpas...))
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range ds {
				if d.StudentID != "g"+strconv.Itoa(i+1) {
					t.Fatalf("decision %d is %s: decisions must keep the input order", i, d.StudentID)
				}
				if d.Rank != c.ranks[i] || d.Selected != c.selected[i] || d.Places != c.places || d.Registered != c.registered {
					t.Errorf("%s (GPA %s): rank %d selected %t places %d; want %d %t %d", d.StudentID, c.gpas[i], d.Rank, d.Selected, d.Places, c.ranks[i], c.selected[i], c.places)
				}
				want := ayin.Failed
				if c.selected[i] {
					want = ayin.Held
				}
				if status(d, honors.Hon4) != want {
					t.Errorf("%s: hon.4 = %s, want %s", d.StudentID, status(d, honors.Hon4), want)
				}
			}
		})
	}
}

func TestHon4_CohortTieMessage(t *testing.T) {
	ds, err := honors.Default().Select(cohort(t, 30, "19", "19", "18"))
	if err != nil {
		t.Fatal(err)
	}
	if ds[0].Findings[3].Message == ds[2].Findings[3].Message {
		t.Error("a tied graduate's hon.4 message should say the rank is shared")
	}
}

func TestHon4_CohortRanksExcludedGraduates(t *testing.T) {
	c := cohort(t, 20, "19.8", "19.5", "19")
	c.Graduates[0].EquivalencedCourses = 1
	ds, err := honors.Default().Select(c)
	if err != nil {
		t.Fatal(err)
	}
	if !ds[0].Selected || ds[0].Outcome != ayin.Ineligible || status(ds[0], honors.Hon2) != ayin.Failed {
		t.Errorf("the excluded graduate keeps its place in the ranking: %+v", ds[0])
	}
	if !ds[1].Selected || ds[1].Outcome != ayin.Eligible || ds[2].Selected {
		t.Errorf("places go by rank whatever the other criteria: %v %v", ds[1].Outcome, ds[2].Selected)
	}
}

func TestHon1_CohortNotCovered(t *testing.T) {
	c := cohort(t, 20, "19", "18")
	for i := range c.Graduates {
		c.Graduates[i].Level = ayin.Master
	}
	ds, err := honors.Default().Select(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Outcome != ayin.NotCovered || d.Selected || len(d.Findings) != 1 {
			t.Errorf("%s: %s selected=%t findings=%v", d.StudentID, d.Outcome, d.Selected, d.Findings)
		}
	}
}

func TestSelect_BadInput(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(c *honors.Cohort)
		field  string
	}{
		{"empty", func(c *honors.Cohort) { c.Graduates = nil }, "graduates"},
		{"registered missing", func(c *honors.Cohort) { c.Registered = 0 }, "registered"},
		{"registered below graduates", func(c *honors.Cohort) { c.Registered = 2 }, "registered"},
		{"duplicate ID", func(c *honors.Cohort) { c.Graduates[2].StudentID = "g1" }, "graduates[2].student_id"},
		{"missing ID", func(c *honors.Cohort) { c.Graduates[1].StudentID = "" }, "graduates[1].student_id"},
		{"missing unit", func(c *honors.Cohort) { c.Graduates[0].Unit = "" }, "graduates[0].unit"},
		{"mixed unit", func(c *honors.Cohort) { c.Graduates[1].Unit = "کرج" }, "graduates[1].unit"},
		{"mixed level", func(c *honors.Cohort) { c.Graduates[2].Level = ayin.Associate }, "graduates[2].level"},
		{"mixed field", func(c *honors.Cohort) { c.Graduates[1].Field = "مدیریت" }, "graduates[1].field"},
		{"mixed year", func(c *honors.Cohort) {
			c.Graduates[1].GraduationDate, c.Graduates[1].UseDate = date(t, "1403/07/01"), date(t, "1403/07/01")
		}, "graduates[1].graduation_date"},
		{"gpa out of range", func(c *honors.Cohort) { c.Graduates[2].GPA = decimal.RequireFromString("21") }, "graduates[2].gpa"},
		{"rank given", func(c *honors.Cohort) { c.Graduates[0].CohortRank = 1 }, "graduates[0].cohort_rank"},
		{"registered given", func(c *honors.Cohort) { c.Graduates[0].Registered = 10 }, "graduates[0].registered"},
		{"required fact missing", func(c *honors.Cohort) { c.Graduates[1].UsedArticle47 = nil }, "graduates[1].used_article_47"},
	} {
		t.Run(c.name, func(t *testing.T) {
			co := cohort(t, 30, "19", "18", "17")
			c.change(&co)
			_, err := honors.Default().Select(co)
			var ie *honors.InputError
			if !errors.As(err, &ie) || ie.Field != c.field {
				t.Fatalf("err = %v, want an *InputError on %s", err, c.field)
			}
			if !strings.Contains(err.Error(), c.field+": ") {
				t.Errorf("message %q does not name %s", err, c.field)
			}
		})
	}
}

func TestSelect_DoesNotAliasFindings(t *testing.T) {
	ds, err := honors.Default().Select(cohort(t, 30, "19", "18", "17"))
	if err != nil {
		t.Fatal(err)
	}
	ds[0].Findings = append(ds[0].Findings, ayin.Finding{Clause: "x"})
	if ds[1].Findings[0].Clause != honors.Hon1 {
		t.Fatal("appending to one decision's findings overwrote the next one's")
	}
}

// TestEvaluator_ConcurrentUse: one Evaluator serves many goroutines (run
// with -race).
func TestEvaluator_ConcurrentUse(t *testing.T) {
	ev := honors.Default()
	c := cohort(t, 50, "19", "18.5", "18.5", "17", "16")
	g := base(t)
	done := make(chan error)
	for range 8 {
		go func() {
			for range 50 {
				if _, err := ev.Select(c); err != nil {
					done <- err
					return
				}
				if _, err := ev.Evaluate(g); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
