package ayin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Param is one number of the regulation with the clause that states it and,
// where the library had to interpret, the reading it encodes.
type Param[T any] struct {
	Value   T
	Clause  ClauseID
	Reading string
}

type rawParam[T any] struct {
	Source  clauseRef `yaml:"source"`
	Value   at[T]     `yaml:"value"`
	Reading string    `yaml:"reading"`
}

type rawNumParam struct {
	Source  clauseRef `yaml:"source"`
	Value   number    `yaml:"value"`
	Reading string    `yaml:"reading"`
}

func intParam(c *checker, f string, r rawParam[int], lo, hi int) Param[int] {
	return Param[int]{Clause: c.ref(r.Source, r.Value.Line, f+".source"), Value: c.count(r.Value, f+".value", lo, hi), Reading: strings.TrimSpace(r.Reading)}
}

func numParam(c *checker, f string, r rawNumParam, lo, hi float64) Param[decimal.Decimal] {
	return Param[decimal.Decimal]{Clause: c.ref(r.Source, r.Value.Line, f+".source"), Value: c.number(r.Value, f+".value", lo, hi), Reading: strings.TrimSpace(r.Reading)}
}

func stringParam(c *checker, f string, r rawParam[string], allowed ...string) Param[string] {
	p := Param[string]{Clause: c.ref(r.Source, r.Value.Line, f+".source"), Value: strings.TrimSpace(r.Value.V), Reading: strings.TrimSpace(r.Reading)}
	for _, a := range allowed {
		if p.Value == a {
			return p
		}
	}
	c.fail(r.Value.Line, f+".value", "%q is not one of %s", p.Value, strings.Join(allowed, ", "))
	return p
}

// HonorsParams is one version of the excellent-graduate (ممتاز) criteria's
// numbers (hon.1–hon.8). The logic that applies them is package honors.
type HonorsParams struct {
	minGPA        [PhD + 1]decimal.Decimal
	hasMin        [PhD + 1]bool
	MinGPAClause  ClauseID               // hon.1: the clause stating the thresholds
	MinGPAReading string                 // hon.1: the reading of which levels are covered (E139)
	GPAScale      Param[decimal.Decimal] // hon.1: the top of the GPA scale; a GPA outside 0..GPAScale is an input error
	MaxSemesters  Param[int]             // hon.5: graduated within this many semesters
	QuotaPercent  Param[decimal.Decimal] // hon.4: the top share of the unit's registered students
	QuotaRounding Param[string]          // hon.4: "floor", "round" or "ceil" (rulings R16)
	Ties          Param[string]          // hon.4: "share-better-rank" (rulings R16)
	UsesPerYear   Param[int]             // hon.6: how many times the route may be used, in the year of graduation only
	Reading       string                 // the version's note on how it was read
}

// MinGPA returns the minimum cumulative GPA of a level (hon.1) and false for
// a level the criteria do not cover.
func (h HonorsParams) MinGPA(l Level) (decimal.Decimal, bool) {
	if int(l) >= len(h.hasMin) || !h.hasMin[l] {
		return decimal.Zero, false
	}
	return h.minGPA[l], true
}

type rawHonors struct {
	MinGPA struct {
		Source  clauseRef         `yaml:"source"`
		Levels  map[string]number `yaml:"levels"`
		Reading string            `yaml:"reading"`
	} `yaml:"min_gpa"`
	GPAScale      rawNumParam      `yaml:"gpa_scale"`
	MaxSemesters  rawParam[int]    `yaml:"max_semesters"`
	QuotaPercent  rawNumParam      `yaml:"quota_percent"`
	QuotaRounding rawParam[string] `yaml:"quota_rounding"`
	Ties          rawParam[string] `yaml:"ties"`
	UsesPerYear   rawParam[int]    `yaml:"uses_per_year"`
}

func buildHonors(c *checker, f string, r rawHonors, reading string) HonorsParams {
	h := HonorsParams{MinGPAClause: c.ref(r.MinGPA.Source, 0, f+".min_gpa.source"),
		MinGPAReading: strings.TrimSpace(r.MinGPA.Reading), Reading: strings.TrimSpace(reading)}
	if len(r.MinGPA.Levels) == 0 {
		c.fail(0, f+".min_gpa.levels", "no levels")
	}
	for k, v := range r.MinGPA.Levels {
		l, err := ParseLevel(k)
		if err != nil {
			c.fail(v.Line, f+".min_gpa.levels."+k, "%v", err)
			return h
		}
		if h.hasMin[l] {
			c.fail(v.Line, f+".min_gpa.levels."+k, "level %s is listed twice", l)
			return h
		}
		h.minGPA[l], h.hasMin[l] = c.number(v, f+".min_gpa.levels."+k, 0, 20), true
		if c.ok() && v.V.Exponent() < -2 && !v.V.Equal(v.V.Round(2)) {
			c.fail(v.Line, f+".min_gpa.levels."+k, "%s has more than two decimals: GPAs are given to hundredths", v.V)
		}
	}
	h.GPAScale = numParam(c, f+".gpa_scale", r.GPAScale, 1, 100)
	for l := range h.hasMin {
		if c.ok() && h.hasMin[l] && h.minGPA[l].Cmp(h.GPAScale.Value) > 0 {
			c.fail(r.GPAScale.Value.Line, f+".gpa_scale.value", "%s is below the %s minimum GPA %s", h.GPAScale.Value, Level(l), h.minGPA[l])
		}
	}
	h.MaxSemesters = intParam(c, f+".max_semesters", r.MaxSemesters, 1, 40)
	h.QuotaPercent = numParam(c, f+".quota_percent", r.QuotaPercent, 0, 100)
	if c.ok() && !h.QuotaPercent.Value.Equal(h.QuotaPercent.Value.Round(2)) {
		c.fail(r.QuotaPercent.Value.Line, f+".quota_percent.value", "%s has more than two decimals", h.QuotaPercent.Value)
	}
	h.QuotaRounding = stringParam(c, f+".quota_rounding", r.QuotaRounding, "floor", "round", "ceil")
	h.Ties = stringParam(c, f+".ties", r.Ties, "share-better-rank")
	h.UsesPerYear = intParam(c, f+".uses_per_year", r.UsesPerYear, 1, 10)
	return h
}

var _ = fmt.Sprintf
