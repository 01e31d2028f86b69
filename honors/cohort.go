package honors

import (
	"slices"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Cohort is a unit's graduates of one academic year in one level and field,
// with the number of students registered in that cohort: the base of hon.4's
// quota (E142, rulings R16).
type Cohort struct {
	// Registered (registered) is the number of students registered in the
	// cohort at the unit; at least the number of graduates.
	Registered int `json:"registered" yaml:"registered"`
	// Graduates (graduates) are the cohort's graduates, each with a unique
	// student_id and without cohort_rank or registered, which Select sets.
	Graduates []Graduate `json:"graduates" yaml:"graduates"`
}

// Select ranks a cohort by cumulative GPA and returns each graduate's
// decision, in the order given (hon.1–hon.8). Every graduate is ranked,
// whatever the other criteria; equal GPAs share the better rank, so a tie at
// the edge of the places takes everyone tied (hon.4, E142, rulings R16).
// Each graduate's version of the honors table, and so its places, is the one
// in force on its graduation date.
func (e *Evaluator) Select(c Cohort) ([]Decision, error) {
	n := len(c.Graduates)
	if n == 0 {
		return nil, inputErr(-1, "graduates", "empty: a cohort needs at least one graduate")
	}
	if c.Registered <= 0 || c.Registered > maxRegistered {
		return nil, inputErr(-1, "registered", "%d is impossible (want 1–%d)", c.Registered, maxRegistered)
	}
	if c.Registered < n {
		return nil, inputErr(-1, "registered", "%d is below the number of graduates %d: hon.4 counts its places on the students registered in the cohort", c.Registered, n)
	}
	vs, keys := make([]*version, n), make([]gpaKey, n)
	ids := make(map[string]int, n)
	first := &c.Graduates[0]
	var unitKey, fieldKey string
	var year int
	for i := range c.Graduates {
		g := &c.Graduates[i]
		v, key, err := e.check(g, i)
		if err != nil {
			return nil, err
		}
		vs[i], keys[i] = v, key
		if err := checkCohortFacts(g, ids, i); err != nil {
			return nil, err
		}
		if v.covered[g.Level] {
			if err := checkRequired(g, i); err != nil {
				return nil, err
			}
		}
		if i == 0 {
			unitKey, fieldKey = ayin.FoldKey(g.Unit), ayin.FoldKey(g.Field)
			year = calendar.SemesterOn(g.GraduationDate).Year
			continue
		}
		switch {
		case g.Unit != first.Unit && ayin.FoldKey(g.Unit) != unitKey:
			return nil, inputErr(i, "unit", "%q differs from graduates[0]'s %q: a cohort is one unit, level, field and year", g.Unit, first.Unit)
		case g.Level != first.Level:
			return nil, inputErr(i, "level", "%s differs from graduates[0]'s %s: a cohort is one unit, level, field and year", g.Level, first.Level)
		case g.Field != first.Field && ayin.FoldKey(g.Field) != fieldKey:
			return nil, inputErr(i, "field", "%q differs from graduates[0]'s %q: a cohort is one unit, level, field and year", g.Field, first.Field)
		case calendar.SemesterOn(g.GraduationDate).Year != year:
			return nil, inputErr(i, "graduation_date", "%s is in the academic year %d–%d, graduates[0]'s in %d–%d: a cohort is one unit, level, field and year",
				g.GraduationDate, calendar.SemesterOn(g.GraduationDate).Year, calendar.SemesterOn(g.GraduationDate).Year+1, year, year+1)
		}
	}

	ranks, tied := rankByGPA(c.Graduates, keys)
	out := make([]Decision, n)
	for i := range c.Graduates {
		g := &c.Graduates[i]
		if !vs[i].covered[g.Level] {
			out[i] = notCovered(g, vs[i])
			out[i].Rank, out[i].Registered = ranks[i], c.Registered
			continue
		}
		vs[i].decide(g, keys[i], rank{rank: ranks[i], registered: c.Registered, tied: tied[i]}, &out[i])
	}
	return out, nil
}

// checkCohortFacts checks what a cohort needs of each graduate beyond the
// criteria: a unit, a unique student ID, and no rank or count of its own.
func checkCohortFacts(g *Graduate, ids map[string]int, i int) error {
	switch {
	case g.StudentID == "":
		return inputErr(i, "student_id", "missing: every graduate of a cohort needs an ID")
	case g.Unit == "":
		return inputErr(i, "unit", "missing: a cohort is one unit's graduates")
	case g.CohortRank != 0:
		return inputErr(i, "cohort_rank", "leave it out in a cohort: Select ranks the graduates")
	case g.Registered != 0:
		return inputErr(i, "registered", "leave it out in a cohort: the cohort's registered count applies")
	}
	if j, dup := ids[g.StudentID]; dup {
		return inputErr(i, "student_id", "%q is also graduates[%d]'s: student IDs must be unique in a cohort", g.StudentID, j)
	}
	ids[g.StudentID] = i
	return nil
}

// rankByGPA gives each graduate 1 + the number of graduates with a strictly
// higher GPA (competition ranking: 1, 2, 2, 4), and whether it shares its
// rank. GPAs exact to 10⁻⁶ (every GPA with at most six decimals) sort as one
// packed integer each; any other falls back to decimal comparison for the
// whole cohort.
func rankByGPA(gs []Graduate, keys []gpaKey) (ranks []int, tied []bool) {
	n := len(gs)
	ranks, tied = make([]int, n), make([]bool, n)
	order := make([]int, n)
	var same func(a, b int) bool
	if packed, ok := packKeys(keys); ok {
		// Highest GPA first: the high bits hold maxMicro − GPA, the low bits
		// the input index, so a plain integer sort orders both.
		slices.Sort(packed)
		for k, p := range packed {
			order[k] = int(p & indexMask)
		}
		same = func(a, b int) bool { return keys[a].micro == keys[b].micro }
	} else {
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return gs[b].GPA.Cmp(gs[a].GPA) })
		same = func(a, b int) bool { return gs[a].GPA.Cmp(gs[b].GPA) == 0 }
	}
	for k := 0; k < n; {
		j := k + 1
		for j < n && same(order[k], order[j]) {
			j++
		}
		for m := k; m < j; m++ {
			ranks[order[m]] = k + 1
			tied[order[m]] = j-k > 1
		}
		k = j
	}
	return ranks, tied
}

// maxMicro bounds a checked GPA × 10⁶: the loader keeps the GPA scale ≤ 100.
const (
	maxMicro  = 100_000_000
	indexBits = 32
	indexMask = 1<<indexBits - 1
)

func packKeys(keys []gpaKey) ([]uint64, bool) {
	if len(keys) > indexMask {
		return nil, false
	}
	packed := make([]uint64, len(keys))
	for i, k := range keys {
		if !k.exact || k.micro < 0 || k.micro > maxMicro {
			return nil, false
		}
		packed[i] = uint64(maxMicro-k.micro)<<indexBits | uint64(i)
	}
	return packed, true
}
