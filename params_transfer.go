package ayin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// TransferParams is one version of the transfer regulation's numbers (rulings
// R11): GPA thresholds, the 90 % score ratio, the conversion of guest terms,
// the table-5 bands and the Basij caps. Every field names the clause that
// states it; package transfer holds the logic that applies them.
type TransferParams struct {
	GuestExtensionMinGPA Param[decimal.Decimal] // tr.3.3: GPA of the guest term just finished to extend it
	Row3GuestTerms       Param[int]             // tr.3.3: guest terms a row 3-3 grant gives at a time

	JanbazMinPercent        Param[int] // tr.3.3.a: lowest janbaz percentage of any category (R6)
	JanbazRow1MinPercent    Param[int] // tr.3.1.c: a janbaz at or above it is in row 3-1
	JanbazKinRow1MinPercent Param[int] // tr.3.1.d: a janbaz's child or spouse at or above it is in row 3-1
	JanbazKinRow2MinPercent Param[int] // tr.3.2.c/d: … at or above it (and below the row-1 figure) is in row 3-2
	CombatantMinMonths      Param[int] // tr.3.3.b: months of voluntary presence at the front

	BasijCapPeriod   Param[string] // tr.3.3.d: what the caps count over ("window": one student window, E37)
	BasijGrantsLimit Param[int]    // tr.3.3.d: grants in the whole course of study ("صرفاً یک بار")
	basijCap         [PhD + 1]int
	hasBasijCap      [PhD + 1]bool
	BasijCapClause   ClauseID // tr.3.3.d: the clause stating the caps
	BasijCapReading  string

	ScoreRatioPercent     Param[decimal.Decimal] // tr.9, tr.10.1, tr.10.3: share of the last admitted score
	ConditionalGuestTerms Param[int]             // tr.9.n, tr.10.n1: guest terms granted below the ratio
	conv                  [PhD + 1]Conversion
	hasConv               [PhD + 1]bool
	ConversionClause      ClauseID // tr.9.n: the clause stating the conversion test
	ConversionReading     string

	NoExamMaxGuestTerms Param[int] // tr.14.6: guest terms at most where the city admits no one without an exam
	WaitSemesters       Param[int] // tr.14.9: semesters completed at the origin before a request
	CapacityWait        Param[int] // tr.14.10: the same for capacity-completion admits, every ground
	MaxTransfers        Param[int] // tr.14.4: permanent transfers in a course of study
	MaxGroupsAbove      Param[int] // tr.7.2: how many groups higher a guest may go
	TopGroup            Param[int] // tr.7.2 and the "except group-1" clauses: the excluded group
	AthleteGuestTerms   Param[int] // tr.11: guest terms of an athlete's grant

	ExcludedByName        []string // tr.7.2, tr.7.3, tr.7.5: units excluded by name, whatever their group
	ExcludedByNameClause  ClauseID
	ExcludedByNameReading string

	ScanWidth  Param[int]    // tr.1.h.2.n2: pixels
	ScanHeight Param[int]    // tr.1.h.2.n2: pixels
	ScanMaxKB  Param[int]    // tr.1.h.2.n2: kilobytes at most
	ScanFormat Param[string] // tr.1.h.2.n2: "jpg"
	Reading    string        // the version's note
}

// Conversion is the test of tr.9.n / tr.10.n1 for one level: the units to pass
// in each conditional guest term and the cumulative GPA after them (E61, R5).
type Conversion struct {
	MinUnitsPerTerm int
	MinGPA          decimal.Decimal
}

// Conversion returns the conversion test of a level, false for a level with
// none (a PhD, or the unknown level).
func (p TransferParams) Conversion(l Level) (Conversion, bool) {
	if int(l) >= len(p.hasConv) || !p.hasConv[l] {
		return Conversion{}, false
	}
	return p.conv[l], true
}

// BasijCap returns the university-wide cap on tr.3.3.d grants at a level in
// one period, false for a level with no quota (associate, professional
// doctorate: E37).
func (p TransferParams) BasijCap(l Level) (int, bool) {
	if int(l) >= len(p.hasBasijCap) || !p.hasBasijCap[l] {
		return 0, false
	}
	return p.basijCap[l], true
}

type rawConversion struct {
	Units at[int] `yaml:"units_per_term"`
	GPA   number  `yaml:"min_gpa"`
}

type rawTransfer struct {
	GuestExtensionMinGPA    rawNumParam   `yaml:"guest_extension_min_gpa"`
	Row3GuestTerms          rawParam[int] `yaml:"row3_guest_terms"`
	JanbazMinPercent        rawParam[int] `yaml:"janbaz_min_percent"`
	JanbazRow1MinPercent    rawParam[int] `yaml:"janbaz_row1_min_percent"`
	JanbazKinRow1MinPercent rawParam[int] `yaml:"janbaz_kin_row1_min_percent"`
	JanbazKinRow2MinPercent rawParam[int] `yaml:"janbaz_kin_row2_min_percent"`
	CombatantMinMonths      rawParam[int] `yaml:"combatant_min_months"`
	BasijCaps               struct {
		Source  clauseRef          `yaml:"source"`
		Levels  map[string]at[int] `yaml:"levels"`
		Reading string             `yaml:"reading"`
	} `yaml:"basij_caps"`
	BasijCapPeriod        rawParam[string] `yaml:"basij_cap_period"`
	BasijGrantsLimit      rawParam[int]    `yaml:"basij_grants_limit"`
	ScoreRatioPercent     rawNumParam      `yaml:"score_ratio_percent"`
	ConditionalGuestTerms rawParam[int]    `yaml:"conditional_guest_terms"`
	Conversion            struct {
		Source  clauseRef                `yaml:"source"`
		Levels  map[string]rawConversion `yaml:"levels"`
		Reading string                   `yaml:"reading"`
	} `yaml:"conversion"`
	NoExamMaxGuestTerms rawParam[int] `yaml:"no_exam_max_guest_terms"`
	WaitSemesters       rawParam[int] `yaml:"wait_semesters"`
	CapacityWait        rawParam[int] `yaml:"capacity_wait_semesters"`
	MaxTransfers        rawParam[int] `yaml:"max_permanent_transfers"`
	MaxGroupsAbove      rawParam[int] `yaml:"max_groups_above"`
	TopGroup            rawParam[int] `yaml:"top_group"`
	AthleteGuestTerms   rawParam[int] `yaml:"athlete_guest_terms"`
	ExcludedByName      struct {
		Source  clauseRef `yaml:"source"`
		Units   []string  `yaml:"units"`
		Reading string    `yaml:"reading"`
	} `yaml:"excluded_by_name"`
	Scan struct {
		Source  clauseRef  `yaml:"source"`
		Width   at[int]    `yaml:"width"`
		Height  at[int]    `yaml:"height"`
		MaxKB   at[int]    `yaml:"max_kilobytes"`
		Format  at[string] `yaml:"format"`
		Reading string     `yaml:"reading"`
	} `yaml:"scan"`
}

func buildTransfer(c *checker, f string, r rawTransfer, reading string) TransferParams {
	p := TransferParams{Reading: strings.TrimSpace(reading)}
	p.GuestExtensionMinGPA = numParam(c, f+".guest_extension_min_gpa", r.GuestExtensionMinGPA, 0, 20)
	p.Row3GuestTerms = intParam(c, f+".row3_guest_terms", r.Row3GuestTerms, 1, 20)
	p.JanbazMinPercent = intParam(c, f+".janbaz_min_percent", r.JanbazMinPercent, 0, 100)
	p.JanbazRow1MinPercent = intParam(c, f+".janbaz_row1_min_percent", r.JanbazRow1MinPercent, 0, 100)
	p.JanbazKinRow1MinPercent = intParam(c, f+".janbaz_kin_row1_min_percent", r.JanbazKinRow1MinPercent, 0, 100)
	p.JanbazKinRow2MinPercent = intParam(c, f+".janbaz_kin_row2_min_percent", r.JanbazKinRow2MinPercent, 0, 100)
	if c.ok() && !(p.JanbazMinPercent.Value <= p.JanbazKinRow2MinPercent.Value && p.JanbazKinRow2MinPercent.Value < p.JanbazKinRow1MinPercent.Value && p.JanbazMinPercent.Value < p.JanbazRow1MinPercent.Value) {
		c.fail(r.JanbazKinRow2MinPercent.Value.Line, f+".janbaz_kin_row2_min_percent", "the table-5 bands must rise: janbaz_min_percent ≤ janbaz_kin_row2_min_percent < janbaz_kin_row1_min_percent, and janbaz_min_percent < janbaz_row1_min_percent")
	}
	p.CombatantMinMonths = intParam(c, f+".combatant_min_months", r.CombatantMinMonths, 0, 600)

	p.BasijCapClause = c.ref(r.BasijCaps.Source, 0, f+".basij_caps.source")
	p.BasijCapReading = strings.TrimSpace(r.BasijCaps.Reading)
	if len(r.BasijCaps.Levels) == 0 {
		c.fail(0, f+".basij_caps.levels", "no levels")
	}
	for k, v := range r.BasijCaps.Levels {
		l, err := ParseLevel(k)
		if err != nil {
			c.fail(v.Line, f+".basij_caps.levels."+k, "%v", err)
			return p
		}
		p.basijCap[l], p.hasBasijCap[l] = c.count(v, f+".basij_caps.levels."+k, 0, 1000000), true
	}
	p.BasijCapPeriod = stringParam(c, f+".basij_cap_period", r.BasijCapPeriod, "window", "academic-year")
	p.BasijGrantsLimit = intParam(c, f+".basij_grants_limit", r.BasijGrantsLimit, 1, 100)

	p.ScoreRatioPercent = numParam(c, f+".score_ratio_percent", r.ScoreRatioPercent, 0, 100)
	p.ConditionalGuestTerms = intParam(c, f+".conditional_guest_terms", r.ConditionalGuestTerms, 1, 20)
	p.ConversionClause = c.ref(r.Conversion.Source, 0, f+".conversion.source")
	p.ConversionReading = strings.TrimSpace(r.Conversion.Reading)
	if len(r.Conversion.Levels) == 0 {
		c.fail(0, f+".conversion.levels", "no levels")
	}
	for k, v := range r.Conversion.Levels {
		ff := f + ".conversion.levels." + k
		l, err := ParseLevel(k)
		if err != nil {
			c.fail(v.Units.Line, ff, "%v", err)
			return p
		}
		if l == PhD {
			c.fail(v.Units.Line, ff, "the regulation does not cover a PhD (rulings R1)")
			return p
		}
		p.conv[l] = Conversion{MinUnitsPerTerm: c.count(v.Units, ff+".units_per_term", 1, 40), MinGPA: c.number(v.GPA, ff+".min_gpa", 0, 20)}
		p.hasConv[l] = true
	}

	p.NoExamMaxGuestTerms = intParam(c, f+".no_exam_max_guest_terms", r.NoExamMaxGuestTerms, 1, 20)
	p.WaitSemesters = intParam(c, f+".wait_semesters", r.WaitSemesters, 0, 20)
	p.CapacityWait = intParam(c, f+".capacity_wait_semesters", r.CapacityWait, 0, 20)
	p.MaxTransfers = intParam(c, f+".max_permanent_transfers", r.MaxTransfers, 0, 20)
	p.MaxGroupsAbove = intParam(c, f+".max_groups_above", r.MaxGroupsAbove, 0, 9)
	p.TopGroup = intParam(c, f+".top_group", r.TopGroup, 1, 10)
	p.AthleteGuestTerms = intParam(c, f+".athlete_guest_terms", r.AthleteGuestTerms, 1, 20)

	p.ExcludedByNameClause = c.ref(r.ExcludedByName.Source, 0, f+".excluded_by_name.source")
	p.ExcludedByNameReading = strings.TrimSpace(r.ExcludedByName.Reading)
	for i, u := range r.ExcludedByName.Units {
		n := NormalizePersian(u)
		if n == "" {
			c.fail(r.ExcludedByName.Source.Line, fmt.Sprintf("%s.excluded_by_name.units[%d]", f, i), "empty unit name")
			return p
		}
		p.ExcludedByName = append(p.ExcludedByName, n)
	}

	sc := r.Scan
	src := c.ref(sc.Source, 0, f+".scan.source")
	rd := strings.TrimSpace(sc.Reading)
	p.ScanWidth = Param[int]{Value: c.count(sc.Width, f+".scan.width", 1, 100000), Clause: src, Reading: rd}
	p.ScanHeight = Param[int]{Value: c.count(sc.Height, f+".scan.height", 1, 100000), Clause: src, Reading: rd}
	p.ScanMaxKB = Param[int]{Value: c.count(sc.MaxKB, f+".scan.max_kilobytes", 1, 1000000), Clause: src, Reading: rd}
	p.ScanFormat = Param[string]{Value: strings.ToLower(strings.TrimSpace(sc.Format.V)), Clause: src, Reading: rd}
	if c.ok() && p.ScanFormat.Value == "" {
		c.fail(sc.Format.Line, f+".scan.format", "missing")
	}
	return p
}
