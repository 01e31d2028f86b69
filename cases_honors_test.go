package ayin_test

// The runners of the case kinds `honors` (one graduate, honors.Evaluate)
// and `honors-cohort` (a unit's cohort, honors.Select). The format is in
// testdata/cases/honors/README.md.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/honors"
)

func init() {
	registerCaseRunner("honors", runHonorsCases)
	registerCaseRunner("honors-cohort", runHonorsCohortCases)
}

// honorsExpect is what a case may expect of one decision; every field is
// optional and a given one must match exactly (cites: a subset).
type honorsExpect struct {
	Outcome    *ayin.Outcome                 `yaml:"outcome"`
	Cites      []ayin.ClauseID               `yaml:"cites"`
	Findings   map[ayin.ClauseID]ayin.Status `yaml:"findings"`
	Rank       *int                          `yaml:"rank"`
	Places     *int                          `yaml:"places"`
	Selected   *bool                         `yaml:"selected"`
	Flags      []string                      `yaml:"flags"` // errata numbers of the decision's flags, exactly
	Error      string                        `yaml:"error"`
	StudentID  *string                       `yaml:"student_id"`
	Registered *int                          `yaml:"registered"`
}

type honorsCase struct {
	Name   string          `yaml:"name"`
	Facts  honors.Graduate `yaml:"facts"`
	Expect honorsExpect    `yaml:"expect"`
}

type honorsCohortCase struct {
	Name       string            `yaml:"name"`
	Registered int               `yaml:"registered"`
	Graduates  []honors.Graduate `yaml:"graduates"`
	Expect     struct {
		Error     string                  `yaml:"error"`
		Selected  *[]string               `yaml:"selected"` // the student IDs within hon.4's places, exactly
		Eligible  *[]string               `yaml:"eligible"` // the student IDs whose outcome is eligible, exactly
		Graduates map[string]honorsExpect `yaml:"graduates"`
	} `yaml:"expect"`
}

func runHonorsCases(t *testing.T, file string, data []byte) {
	cases, err := decodeCaseFile[honorsCase](file, data)
	if err != nil {
		t.Fatal(err)
	}
	ev := honors.Default()
	for i, c := range cases {
		t.Run(honorsCaseName(c.Name, i), func(t *testing.T) {
			if c.Name == "" {
				t.Fatalf("%s: case %d has no name", file, i)
			}
			if c.Expect.Error != "" && honorsHasDecisionExpect(c.Expect) {
				t.Fatalf("%s: case %q: expect.error excludes every other expectation", file, c.Name)
			}
			d, err := ev.Evaluate(c.Facts)
			if c.Expect.Error != "" {
				if err == nil {
					t.Fatalf("%s: case %q: expected an error containing %q, got the decision\n%s", file, c.Name, c.Expect.Error, formatHonorsDecision(d))
				}
				if !strings.Contains(err.Error(), c.Expect.Error) {
					t.Fatalf("%s: case %q: expected an error containing %q, got %q", file, c.Name, c.Expect.Error, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: case %q: unexpected error: %v", file, c.Name, err)
			}
			if bad := checkHonorsDecision(c.Expect, d); len(bad) > 0 {
				t.Errorf("%s: case %q:\n  %s\nexpected: %s\nactual:\n%s", file, c.Name, strings.Join(bad, "\n  "), formatHonorsExpect(c.Expect), formatHonorsDecision(d))
			}
		})
	}
}

func runHonorsCohortCases(t *testing.T, file string, data []byte) {
	cases, err := decodeCaseFile[honorsCohortCase](file, data)
	if err != nil {
		t.Fatal(err)
	}
	ev := honors.Default()
	for i, c := range cases {
		t.Run(honorsCaseName(c.Name, i), func(t *testing.T) {
			if c.Name == "" {
				t.Fatalf("%s: case %d has no name", file, i)
			}
			ex := c.Expect
			ds, err := ev.Select(honors.Cohort{Registered: c.Registered, Graduates: c.Graduates})
			if ex.Error != "" {
				if ex.Selected != nil || ex.Eligible != nil || len(ex.Graduates) > 0 {
					t.Fatalf("%s: case %q: expect.error excludes every other expectation", file, c.Name)
				}
				if err == nil {
					t.Fatalf("%s: case %q: expected an error containing %q, got %d decisions\n%s", file, c.Name, ex.Error, len(ds), formatHonorsDecisions(ds))
				}
				if !strings.Contains(err.Error(), ex.Error) {
					t.Fatalf("%s: case %q: expected an error containing %q, got %q", file, c.Name, ex.Error, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: case %q: unexpected error: %v", file, c.Name, err)
			}
			var bad []string
			byID := make(map[string]honors.Decision, len(ds))
			var selected, eligible []string
			for _, d := range ds {
				byID[d.StudentID] = d
				if d.Selected {
					selected = append(selected, d.StudentID)
				}
				if d.Outcome == ayin.Eligible {
					eligible = append(eligible, d.StudentID)
				}
			}
			if ex.Selected != nil && !honorsSameIDs(*ex.Selected, selected) {
				bad = append(bad, fmt.Sprintf("selected: expected %v, got %v", *ex.Selected, selected))
			}
			if ex.Eligible != nil && !honorsSameIDs(*ex.Eligible, eligible) {
				bad = append(bad, fmt.Sprintf("eligible: expected %v, got %v", *ex.Eligible, eligible))
			}
			for _, id := range honorsSortedKeys(ex.Graduates) {
				d, ok := byID[id]
				if !ok {
					bad = append(bad, fmt.Sprintf("graduates.%s: no such student in the cohort", id))
					continue
				}
				if ex.Graduates[id].Error != "" {
					bad = append(bad, fmt.Sprintf("graduates.%s: error is a whole-cohort expectation", id))
				}
				for _, b := range checkHonorsDecision(ex.Graduates[id], d) {
					bad = append(bad, "graduates."+id+"."+b)
				}
			}
			if len(bad) > 0 {
				t.Errorf("%s: case %q:\n  %s\nactual:\n%s", file, c.Name, strings.Join(bad, "\n  "), formatHonorsDecisions(ds))
			}
		})
	}
}

func honorsCaseName(name string, i int) string {
	if name == "" {
		return fmt.Sprintf("case-%d", i)
	}
	return name
}

func honorsHasDecisionExpect(e honorsExpect) bool {
	return e.Outcome != nil || e.Cites != nil || e.Findings != nil || e.Rank != nil || e.Places != nil ||
		e.Selected != nil || e.Flags != nil || e.StudentID != nil || e.Registered != nil
}

// checkHonorsDecision lists every given expectation the decision misses.
func checkHonorsDecision(e honorsExpect, d honors.Decision) []string {
	var bad []string
	if e.Outcome != nil && *e.Outcome != d.Outcome {
		bad = append(bad, fmt.Sprintf("outcome: expected %s, got %s", *e.Outcome, d.Outcome))
	}
	for _, c := range e.Cites {
		if !slices.Contains(d.Citations, c) {
			bad = append(bad, fmt.Sprintf("cites: %s is not among the citations %v", c, d.Citations))
		}
	}
	for _, c := range honorsSortedKeys(e.Findings) {
		want := e.Findings[c]
		got, ok := honorsFindingStatus(d.Findings, c)
		switch {
		case !ok:
			bad = append(bad, fmt.Sprintf("findings.%s: expected %s, the decision has no finding on it", c, want))
		case got != want:
			bad = append(bad, fmt.Sprintf("findings.%s: expected %s, got %s", c, want, got))
		}
	}
	if e.Rank != nil && *e.Rank != d.Rank {
		bad = append(bad, fmt.Sprintf("rank: expected %d, got %d", *e.Rank, d.Rank))
	}
	if e.Places != nil && *e.Places != d.Places {
		bad = append(bad, fmt.Sprintf("places: expected %d, got %d", *e.Places, d.Places))
	}
	if e.Selected != nil && *e.Selected != d.Selected {
		bad = append(bad, fmt.Sprintf("selected: expected %t, got %t", *e.Selected, d.Selected))
	}
	if e.StudentID != nil && *e.StudentID != d.StudentID {
		bad = append(bad, fmt.Sprintf("student_id: expected %q, got %q", *e.StudentID, d.StudentID))
	}
	if e.Registered != nil && *e.Registered != d.Registered {
		bad = append(bad, fmt.Sprintf("registered: expected %d, got %d", *e.Registered, d.Registered))
	}
	if e.Flags != nil {
		got := make([]string, 0, len(d.Flags))
		for _, f := range d.Flags {
			got = append(got, f.Errata)
		}
		if !honorsSameIDs(e.Flags, got) {
			bad = append(bad, fmt.Sprintf("flags: expected %v, got %v", e.Flags, got))
		}
	}
	return bad
}

func honorsFindingStatus(fs ayin.Findings, c ayin.ClauseID) (ayin.Status, bool) {
	for _, f := range fs {
		if f.Clause == c {
			return f.Status, true
		}
	}
	return 0, false
}

func honorsSameIDs(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

func honorsSortedKeys[K ~string, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func formatHonorsExpect(e honorsExpect) string {
	var parts []string
	if e.Outcome != nil {
		parts = append(parts, "outcome="+e.Outcome.String())
	}
	if e.Cites != nil {
		parts = append(parts, fmt.Sprintf("cites⊇%v", e.Cites))
	}
	for _, c := range honorsSortedKeys(e.Findings) {
		parts = append(parts, fmt.Sprintf("%s=%s", c, e.Findings[c]))
	}
	if e.Rank != nil {
		parts = append(parts, fmt.Sprintf("rank=%d", *e.Rank))
	}
	if e.Places != nil {
		parts = append(parts, fmt.Sprintf("places=%d", *e.Places))
	}
	if e.Selected != nil {
		parts = append(parts, fmt.Sprintf("selected=%t", *e.Selected))
	}
	if e.Flags != nil {
		parts = append(parts, fmt.Sprintf("flags=%v", e.Flags))
	}
	return strings.Join(parts, " ")
}

func formatHonorsDecision(d honors.Decision) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s outcome=%s rank=%d places=%d registered=%d selected=%t citations=%v source=%s\n",
		d.StudentID, d.Outcome, d.Rank, d.Places, d.Registered, d.Selected, d.Citations, d.Source)
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "    %-6s %-18s %s\n", f.Clause, f.Status, f.Message.EN)
	}
	for _, f := range d.Flags {
		fmt.Fprintf(&b, "    flag %s %s: %s\n", f.Clause, f.Errata, f.Message.EN)
	}
	return b.String()
}

func formatHonorsDecisions(ds []honors.Decision) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(formatHonorsDecision(d))
	}
	return b.String()
}
