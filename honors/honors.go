package honors

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// The clauses this package applies, in source order.
const (
	Hon1 ayin.ClauseID = "hon.1" // GPA minimum per level
	Hon2 ayin.ClauseID = "hon.2" // no course credited by equivalence
	Hon3 ayin.ClauseID = "hon.3" // Article 47 not used
	Hon4 ayin.ClauseID = "hon.4" // top share of the unit's registered students
	Hon5 ayin.ClauseID = "hon.5" // graduated within the semester limit
	Hon6 ayin.ClauseID = "hon.6" // once, in the academic year of graduation
	Hon7 ayin.ClauseID = "hon.7" // admission only in a same-named field
	Hon8 ayin.ClauseID = "hon.8" // introduced by the unit
)

// Criteria lists hon.1–hon.8 in source order (a copy).
func Criteria() []ayin.ClauseID { return append([]ayin.ClauseID(nil), citeAll...) }

// Decisions share these read-only citation lists instead of building one per
// call: the citations of a covered level are always all eight criteria.
var (
	citeAll  = []ayin.ClauseID{Hon1, Hon2, Hon3, Hon4, Hon5, Hon6, Hon7, Hon8}
	citeHon1 = citeAll[:1:1]
)

// Graduate is the facts of one graduate. Field names in JSON and YAML are
// the snake_case names given with each field.
type Graduate struct {
	// StudentID (student_id) identifies the graduate; required in a cohort,
	// where it must be unique.
	StudentID string `json:"student_id,omitempty" yaml:"student_id,omitempty"`
	// Unit (unit) is the university unit graduated from; required in a
	// cohort, where all graduates share it.
	Unit string `json:"unit,omitempty" yaml:"unit,omitempty"`
	// Level (level) is the degree level graduated at (hon.1); required.
	Level ayin.Level `json:"level" yaml:"level"`
	// Field (field) is the field of study graduated in (hon.4's cohort,
	// hon.7); required.
	Field string `json:"field" yaml:"field"`
	// GraduationDate (graduation_date) is the Jalali date of graduation: it
	// picks the edition's version and the academic year (hon.4, hon.6);
	// required.
	GraduationDate calendar.Date `json:"graduation_date" yaml:"graduation_date"`
	// GPA (gpa) is the cumulative GPA on the 0–20 scale (hon.1).
	GPA decimal.Decimal `json:"gpa" yaml:"gpa"`
	// Semesters (semesters) is how many semesters the programme took from
	// entry to graduation (hon.5); required, at least 1.
	Semesters int `json:"semesters" yaml:"semesters"`
	// EquivalencedCourses (equivalenced_courses) is how many courses were
	// credited by equivalence (معادل‌سازی) (hon.2); 0 when none.
	EquivalencedCourses int `json:"equivalenced_courses" yaml:"equivalenced_courses"`
	// UsedArticle47 (used_article_47) says whether the graduate used Article
	// 47 of the educational regulations (hon.3); required.
	UsedArticle47 *bool `json:"used_article_47" yaml:"used_article_47"`
	// PriorUses (prior_uses) counts earlier uses of the excellence route
	// (hon.6); 0 when none.
	PriorUses int `json:"prior_uses" yaml:"prior_uses"`
	// UseDate (use_date) is the date the graduate uses the route, that is
	// applies for admission as an excellent graduate (hon.6); required, not
	// before the graduation date.
	UseDate calendar.Date `json:"use_date" yaml:"use_date"`
	// AdmissionField (admission_field) is the field the graduate seeks
	// admission in (hon.7); required.
	AdmissionField string `json:"admission_field" yaml:"admission_field"`
	// IntroducedByUnit (introduced_by_unit) says whether the unit or centre
	// introduced (nominated) the graduate (hon.8); required.
	IntroducedByUnit *bool `json:"introduced_by_unit" yaml:"introduced_by_unit"`
	// CohortRank (cohort_rank) is the graduate's rank by GPA in the cohort,
	// 1 = best, equal GPAs sharing the better rank (hon.4). Required by
	// Evaluate; left out in a cohort given to Select, which ranks.
	CohortRank int `json:"cohort_rank,omitempty" yaml:"cohort_rank,omitempty"`
	// Registered (registered) is the number of students registered in the
	// cohort at the unit, the base of hon.4's quota. Required by Evaluate;
	// left out in a cohort given to Select, which has its own.
	Registered int `json:"registered,omitempty" yaml:"registered,omitempty"`
}

// Decision is the result for one graduate.
type Decision struct {
	// StudentID (student_id) echoes the graduate's ID.
	StudentID string `json:"student_id,omitempty"`
	// Outcome (outcome): eligible (excellent), ineligible or not-covered.
	Outcome ayin.Outcome `json:"outcome"`
	// Findings (findings) has one finding per criterion judged, in clause
	// order. Every decision with the same findings shares one slice (the
	// package builds each combination once): treat it as read-only. Append
	// is safe, as its capacity equals its length; to change a finding,
	// copy the slice first (slices.Clone).
	Findings ayin.Findings `json:"findings"`
	// Citations (citations) is the union of the findings' clauses. It is
	// shared between decisions: treat it as read-only.
	Citations []ayin.ClauseID `json:"citations"`
	// Rank (rank) is the graduate's rank by GPA in the cohort (hon.4).
	Rank int `json:"rank,omitempty"`
	// Places (places) is the number of hon.4 places the registered count
	// gives; 0 for a level that is not covered.
	Places int `json:"places"`
	// Registered (registered) is the cohort's registered count used.
	Registered int `json:"registered,omitempty"`
	// Selected (selected) reports whether the graduate is within hon.4's
	// places (rank ≤ places). Outcome says whether every criterion holds.
	Selected bool `json:"selected"`
	// Flags (flags) are drafting problems of the source that bear on this
	// decision (E143 for a continuous bachelor's). Shared: read-only.
	Flags []Flag `json:"flags,omitempty"`
	// Source (source) is the version of the honors table applied.
	Source ayin.Source `json:"source"`
}

// Flag marks a criterion the library applies as printed although the source
// probably means something else; a clerk should know before relying on it.
type Flag struct {
	Clause  ayin.ClauseID `json:"clause"`  // the criterion applied as printed
	Errata  string        `json:"errata"`  // the errata entry that records the problem, e.g. "E143"
	Message ayin.Text     `json:"message"` // what a clerk should know, in Persian and English
}

// InputError is bad input: an impossible value, a missing fact a criterion
// needs, or contradictory facts. Field is the snake_case path of the fact at
// fault, such as "gpa" or "graduates[3].student_id". In JSON it is
// {"field": …, "reason": …}; the underlying error is not encoded.
type InputError struct {
	Field  string `json:"field"`  // snake_case path of the fact at fault
	Reason string `json:"reason"` // what is wrong, in English
	Err    error  `json:"-"`      // the underlying error, if any
}

// Error formats "honors: <field>: <reason>".
func (e *InputError) Error() string { return "honors: " + e.Field + ": " + e.Reason }

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// inputErr builds an InputError on field; at ≥ 0 is the graduate's index in
// a cohort, which prefixes the field as "graduates[at].". The prefix is built
// only here, on the error path, to keep a cohort's checks free of allocations.
func inputErr(at int, field, format string, args ...any) *InputError {
	if at >= 0 {
		field = "graduates[" + strconv.Itoa(at) + "]." + field
	}
	return &InputError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// gpaKey is a GPA × 10⁶ when exact, computed once per graduate.
type gpaKey struct {
	micro int64
	exact bool
}

// version is one version of the honors table, with its numbers turned into
// integers once so that an evaluation neither allocates nor rescales decimals.
type version struct {
	p        ayin.HonorsParams
	src      ayin.Source
	minMicro [ayin.PhD + 1]int64 // hon.1 minimum × 10⁶
	minDec   [ayin.PhD + 1]decimal.Decimal
	covered  [ayin.PhD + 1]bool
	scale    int64 // GPA scale × 10⁶
	quotaBP  int64 // quota share in hundredths of a percent (basis points)
	rounding uint8
	maxSem   int
	uses     int
}

const (
	roundFloor uint8 = iota
	roundHalfUp
	roundCeil
)

// Evaluator applies the honors criteria of one edition. It is immutable and
// safe for concurrent use.
type Evaluator struct {
	ed       *ayin.Edition
	versions []version
}

// New builds an Evaluator from an edition's honors table.
func New(ed *ayin.Edition) (*Evaluator, error) {
	if ed == nil {
		return nil, errors.New("honors: no edition")
	}
	d := ed.Honors()
	if d.Len() == 0 {
		return nil, fmt.Errorf("honors: edition %s has no honors table", ed.Name())
	}
	e := &Evaluator{ed: ed, versions: make([]version, d.Len())}
	for i := range e.versions {
		p, src := d.Version(i)
		v := version{p: p, src: src, maxSem: p.MaxSemesters.Value, uses: p.UsesPerYear.Value}
		for _, l := range ayin.Levels() {
			m, ok := p.MinGPA(l)
			if !ok {
				continue
			}
			mm, exact := micro(m)
			if !exact {
				return nil, fmt.Errorf("honors: edition %s, version of %s: the %s minimum %s is not exact to 10⁻⁶", ed.Name(), src.Effective, l, m)
			}
			v.minMicro[l], v.minDec[l], v.covered[l] = mm, m, true
		}
		var exact bool
		if v.scale, exact = micro(p.GPAScale.Value); !exact || v.scale <= 0 {
			return nil, fmt.Errorf("honors: edition %s, version of %s: GPA scale %s is not usable", ed.Name(), src.Effective, p.GPAScale.Value)
		}
		q, exact := micro(p.QuotaPercent.Value)
		if !exact || q%10_000 != 0 || q < 0 || q > 100_000_000 {
			return nil, fmt.Errorf("honors: edition %s, version of %s: quota %s%% must be 0–100 with at most two decimals", ed.Name(), src.Effective, p.QuotaPercent.Value)
		}
		v.quotaBP = q / 10_000
		switch p.QuotaRounding.Value {
		case "floor":
			v.rounding = roundFloor
		case "round":
			v.rounding = roundHalfUp
		case "ceil":
			v.rounding = roundCeil
		default:
			return nil, fmt.Errorf("honors: edition %s: unknown quota rounding %q", ed.Name(), p.QuotaRounding.Value)
		}
		if p.Ties.Value != "share-better-rank" {
			return nil, fmt.Errorf("honors: edition %s: unknown tie rule %q", ed.Name(), p.Ties.Value)
		}
		e.versions[i] = v
	}
	return e, nil
}

var defaultEvaluator = sync.OnceValues(func() (*Evaluator, error) {
	ed, err := ayin.DefaultEdition()
	if err != nil {
		return nil, err
	}
	return New(ed)
})

// Default returns the Evaluator of the embedded edition. It panics only if
// the embedded edition is broken, which the library's tests rule out.
func Default() *Evaluator {
	e, err := defaultEvaluator()
	if err != nil {
		panic("honors: the embedded edition does not load: " + err.Error())
	}
	return e
}

// Edition returns the edition the Evaluator applies.
func (e *Evaluator) Edition() *ayin.Edition { return e.ed }

// at returns the version in force on the graduation date.
func (e *Evaluator) at(day calendar.Date, idx int) (*version, error) {
	for i := len(e.versions) - 1; i >= 0; i-- {
		if !day.Before(e.versions[i].src.Effective) {
			return &e.versions[i], nil
		}
	}
	_, _, err := e.ed.Honors().At(day)
	ie := inputErr(idx, "graduation_date", "%v", err)
	ie.Err = err
	return nil, ie
}

// Places returns the number of hon.4 places a registered count gives under
// the version of the honors table in force on day.
func (e *Evaluator) Places(day calendar.Date, registered int) (int, error) {
	v, err := e.at(day, -1)
	if err != nil {
		return 0, err
	}
	if registered < 0 || registered > maxRegistered {
		return 0, inputErr(-1, "registered", "%d is outside 0–%d", registered, maxRegistered)
	}
	return v.places(registered), nil
}

// places applies hon.4's quota share and rounding (E142, rulings R16) in
// integer arithmetic: registered × basis points / 10 000.
func (v *version) places(registered int) int {
	n := int64(registered) * v.quotaBP
	switch v.rounding {
	case roundHalfUp:
		return int((n + 5_000) / 10_000)
	case roundCeil:
		return int((n + 9_999) / 10_000)
	}
	return int(n / 10_000)
}

// maxRegistered bounds counts so that the quota arithmetic cannot overflow;
// no unit registers anywhere near as many students in one cohort.
const maxRegistered = 100_000_000

// maxGPADecimals bounds a GPA's decimal places; transcripts give two.
const maxGPADecimals = 18

// maxCount bounds the other counts (semesters, courses, uses).
const maxCount = 1_000

// rank is what hon.4 needs: the graduate's rank, the registered count, and
// whether others share the rank.
type rank struct {
	rank, registered int
	tied             bool
}

// Evaluate decides one graduate. hon.4 uses the facts CohortRank and
// Registered; to rank a cohort, use Select. The decision's Findings and
// Citations are shared read-only slices (see Decision), so deciding
// allocates nothing.
func (e *Evaluator) Evaluate(g Graduate) (Decision, error) {
	var d Decision
	err := e.evaluate(&g, &d)
	return d, err
}

// EvaluateInto is Evaluate writing into *d, for a caller deciding many
// graduates one by one into the same Decision. It never writes into the
// slices *d held before (they may be shared with other decisions): it
// replaces them with the shared read-only ones. On error *d is left
// unchanged.
func (e *Evaluator) EvaluateInto(d *Decision, g Graduate) error {
	return e.evaluate(&g, d)
}

func (e *Evaluator) evaluate(g *Graduate, d *Decision) error {
	v, key, err := e.check(g, -1)
	if err != nil {
		return err
	}
	if !v.covered[g.Level] {
		*d = notCovered(g, v)
		return nil
	}
	if err := checkRequired(g, -1); err != nil {
		return err
	}
	if g.CohortRank == 0 {
		return inputErr(-1, "cohort_rank", "missing: hon.4 needs the graduate's rank in the cohort (or use Select on the whole cohort)")
	}
	if g.Registered == 0 {
		return inputErr(-1, "registered", "missing: hon.4 counts its places on the cohort's registered students")
	}
	v.decide(g, key, rank{rank: g.CohortRank, registered: g.Registered}, d)
	return nil
}

// check validates the values of the facts (never their absence, which
// matters only for a covered level) and returns the version in force and
// the GPA's key. idx is the graduate's index in a cohort, or -1.
func (e *Evaluator) check(g *Graduate, idx int) (*version, gpaKey, error) {
	if !g.Level.Valid() {
		return nil, gpaKey{}, inputErr(idx, "level", "missing or unknown (want associate, bachelor-continuous, bachelor-noncontinuous, master, professional-doctorate or phd)")
	}
	if g.GraduationDate.IsZero() {
		return nil, gpaKey{}, inputErr(idx, "graduation_date", "missing: it picks the edition's version and the academic year")
	}
	v, err := e.at(g.GraduationDate, idx)
	if err != nil {
		return nil, gpaKey{}, err
	}
	// A GPA's exponent is bounded before anything compares or prints it: an
	// input such as 1e-999999999 would otherwise make decimal arithmetic
	// build a billion-digit number.
	if exp := g.GPA.Exponent(); g.GPA.Sign() != 0 && (exp < -maxGPADecimals || exp > 2) {
		if exp > 2 {
			return nil, gpaKey{}, inputErr(idx, "gpa", "is outside the 0–%s scale", v.p.GPAScale.Value)
		}
		return nil, gpaKey{}, inputErr(idx, "gpa", "has more than %d decimal places", maxGPADecimals)
	}
	var key gpaKey
	key.micro, key.exact = micro(g.GPA)
	if !v.gpaInScale(g.GPA, key) {
		return nil, gpaKey{}, inputErr(idx, "gpa", "%s is outside the 0–%s scale", g.GPA, v.p.GPAScale.Value)
	}
	switch {
	case g.Semesters < 0 || g.Semesters > maxCount:
		return nil, gpaKey{}, inputErr(idx, "semesters", "%d is impossible (want 1–%d)", g.Semesters, maxCount)
	case g.EquivalencedCourses < 0 || g.EquivalencedCourses > maxCount:
		return nil, gpaKey{}, inputErr(idx, "equivalenced_courses", "%d is impossible (want 0–%d)", g.EquivalencedCourses, maxCount)
	case g.PriorUses < 0 || g.PriorUses > maxCount:
		return nil, gpaKey{}, inputErr(idx, "prior_uses", "%d is impossible (want 0–%d)", g.PriorUses, maxCount)
	case g.Registered < 0 || g.Registered > maxRegistered:
		return nil, gpaKey{}, inputErr(idx, "registered", "%d is impossible (want 1–%d)", g.Registered, maxRegistered)
	case g.CohortRank < 0:
		return nil, gpaKey{}, inputErr(idx, "cohort_rank", "%d is impossible (ranks start at 1)", g.CohortRank)
	case g.Registered > 0 && g.CohortRank > g.Registered:
		return nil, gpaKey{}, inputErr(idx, "cohort_rank", "%d is above the registered count %d: a cohort cannot rank more graduates than it registered", g.CohortRank, g.Registered)
	case !g.UseDate.IsZero() && g.UseDate.Before(g.GraduationDate):
		return nil, gpaKey{}, inputErr(idx, "use_date", "%s is before the graduation date %s", g.UseDate, g.GraduationDate)
	}
	return v, key, nil
}

// checkRequired reports the first fact a covered level's criteria need that
// was left out.
func checkRequired(g *Graduate, idx int) error {
	switch {
	case g.Field == "":
		return inputErr(idx, "field", "missing: hon.7 compares it with the admission field")
	case g.Semesters == 0:
		return inputErr(idx, "semesters", "missing: hon.5 needs the semesters from entry to graduation")
	case g.UsedArticle47 == nil:
		return inputErr(idx, "used_article_47", "missing: hon.3 needs to know whether Article 47 was used (true or false)")
	case g.UseDate.IsZero():
		return inputErr(idx, "use_date", "missing: hon.6 needs the date the route is used")
	case g.AdmissionField == "":
		return inputErr(idx, "admission_field", "missing: hon.7 needs the field admission is sought in")
	case g.IntroducedByUnit == nil:
		return inputErr(idx, "introduced_by_unit", "missing: hon.8 needs to know whether the unit introduced the graduate (true or false)")
	}
	return nil
}

// notCovered is the decision for a level hon.1 sets no minimum for (E139,
// rulings R2): the criteria do not reach the graduate, so only hon.1 is
// reported.
func notCovered(g *Graduate, v *version) Decision {
	return Decision{StudentID: g.StudentID, Outcome: ayin.NotCovered, Findings: findingsNotCovered,
		Citations: citeHon1, Rank: g.CohortRank, Registered: g.Registered, Source: v.src}
}

var findingsNotCovered = ayin.Findings{{Clause: Hon1, Status: ayin.NotApplicable, Message: msgHon1NotCovered}}

// picks is the finding chosen for each criterion, in clause order: an index
// into that criterion's row of findingTable.
type picks [8]uint8

// findingTable holds, per criterion hon.1–hon.8, the package's fixed
// findings a rule chooses from; a rule returns the index of its choice.
var findingTable = [8][]ayin.Finding{
	{findHon1Held, findHon1Failed},
	{findHon2Held, findHon2Failed},
	{findHon3Held, findHon3Failed},
	{findHon4Held, findHon4HeldTied, findHon4Failed, findHon4NoPlaces},
	{findHon5Held, findHon5Failed, findHon5FailedContinuous},
	{findHon6Held, findHon6FailedUsed, findHon6FailedYear, findHon6FailedBoth},
	{findHon7Held, findHon7Failed},
	{findHon8Held, findHon8Failed},
}

// combinations is the number of distinct picks: the product of the rows'
// lengths (2·2·2·4·3·4·2·2).
const combinations = 2 * 2 * 2 * 4 * 3 * 4 * 2 * 2

// findingsCache holds the Findings of each combination of picks, built on
// first use and then shared read-only by every decision with those
// findings, whatever the Evaluator or call: the findings depend only on the
// package's fixed messages. Sharing is what keeps Evaluate, EvaluateInto
// and Select free of a per-decision allocation (rulings R22).
var findingsCache [combinations]atomic.Pointer[[8]ayin.Finding]

// index numbers the picks in mixed radix over the rows' lengths.
func (p picks) index() int {
	i := 0
	for c, k := range p {
		i = i*len(findingTable[c]) + int(k)
	}
	return i
}

// findings returns the shared, read-only Findings of the picks; its
// capacity equals its length, so appending to it copies.
func (p picks) findings() ayin.Findings {
	slot := &findingsCache[p.index()]
	if a := slot.Load(); a != nil {
		return a[:]
	}
	a := new([8]ayin.Finding)
	for c, k := range p {
		a[c] = findingTable[c][k]
	}
	if !slot.CompareAndSwap(nil, a) {
		a = slot.Load()
	}
	return a[:]
}

// decide applies hon.1–hon.8 to a graduate whose facts were checked and
// writes the result into d, with the shared findings of its picks.
func (v *version) decide(g *Graduate, key gpaKey, r rank, d *Decision) {
	places := v.places(r.registered)
	p := picks{
		v.hon1MinGPA(g, key),
		hon2NoEquivalence(g),
		hon3NoArticle47(g),
		hon4TopShare(r, places),
		v.hon5Semesters(g),
		v.hon6OnceInYear(g),
		hon7SameField(g),
		hon8Introduced(g),
	}
	fs := p.findings()
	out := ayin.Eligible
	for i := range fs {
		if fs[i].Status == ayin.Failed {
			out = ayin.Ineligible
			break
		}
	}
	*d = Decision{StudentID: g.StudentID, Outcome: out, Findings: fs, Citations: citeAll,
		Rank: r.rank, Places: places, Registered: r.registered, Selected: r.rank <= places, Source: v.src}
	if g.Level == ayin.BachelorContinuous {
		d.Flags = flagsE143
	}
}

// The indices rules return into their row of findingTable: 0 is always the
// criterion held; the outcome is read from the chosen findings' statuses.
const (
	held   uint8 = 0
	failed uint8 = 1

	hon4HeldTied uint8 = 1 // held, sharing the rank
	hon4Failed   uint8 = 2
	hon4NoPlaces uint8 = 3

	hon5FailedContinuous uint8 = 2

	hon6FailedUsed uint8 = 1
	hon6FailedYear uint8 = 2
	hon6FailedBoth uint8 = 3
)

// hon1MinGPA: cumulative GPA ≥ the level's minimum, 16.99 failing 17 and
// 17.99 failing 18 (hon.1, E139). The level is covered here.
func (v *version) hon1MinGPA(g *Graduate, key gpaKey) uint8 {
	var ok bool
	if key.exact {
		ok = key.micro >= v.minMicro[g.Level]
	} else {
		ok = g.GPA.Cmp(v.minDec[g.Level]) >= 0
	}
	if ok {
		return held
	}
	return failed
}

// hon2NoEquivalence: any course credited by equivalence excludes, whatever
// the GPA (hon.2, E140).
func hon2NoEquivalence(g *Graduate) uint8 {
	if g.EquivalencedCourses > 0 {
		return failed
	}
	return held
}

// hon3NoArticle47: having used Article 47 excludes (hon.3, E141).
func hon3NoArticle47(g *Graduate) uint8 {
	if *g.UsedArticle47 {
		return failed
	}
	return held
}

// hon4TopShare: rank ≤ places, the places counted on the registered
// students with the edition's rounding; tied graduates share the better rank
// (hon.4, E142, rulings R16).
func hon4TopShare(r rank, places int) uint8 {
	switch {
	case places == 0:
		return hon4NoPlaces
	case r.rank > places:
		return hon4Failed
	case r.tied:
		return hon4HeldTied
	}
	return held
}

// hon5Semesters: semesters ≤ the printed limit, for every level (hon.5,
// E143). A continuous bachelor's failing it gets the message that flags the
// probable drafting gap; the rule itself is not changed.
func (v *version) hon5Semesters(g *Graduate) uint8 {
	if g.Semesters <= v.maxSem {
		return held
	}
	if g.Level == ayin.BachelorContinuous {
		return hon5FailedContinuous
	}
	return failed
}

// hon6OnceInYear: fewer earlier uses than the edition allows, and the use in
// the academic year of graduation (hon.6, E144).
func (v *version) hon6OnceInYear(g *Graduate) uint8 {
	used := g.PriorUses >= v.uses
	late := calendar.SemesterOn(g.UseDate).Year != calendar.SemesterOn(g.GraduationDate).Year
	switch {
	case used && late:
		return hon6FailedBoth
	case used:
		return hon6FailedUsed
	case late:
		return hon6FailedYear
	}
	return held
}

// hon7SameField: the admission field has the same name as the field of
// graduation, compared as ayin.FoldKey folds names (hon.7, E145).
func hon7SameField(g *Graduate) uint8 {
	if sameName(g.AdmissionField, g.Field) {
		return held
	}
	return failed
}

// hon8Introduced: introduced by the unit or centre (hon.8, E146).
func hon8Introduced(g *Graduate) uint8 {
	if *g.IntroducedByUnit {
		return held
	}
	return failed
}

// sameName compares two names as the tables do; identical text needs no
// folding, which keeps the common case free of allocations.
func sameName(a, b string) bool { return a == b || ayin.FoldKey(a) == ayin.FoldKey(b) }

// gpaInScale reports 0 ≤ gpa ≤ scale.
func (v *version) gpaInScale(gpa decimal.Decimal, key gpaKey) bool {
	if gpa.Sign() < 0 {
		return false
	}
	if key.exact {
		return key.micro <= v.scale
	}
	return gpa.Cmp(v.p.GPAScale.Value) <= 0
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// micro returns d × 10⁶ when that is an integer of at most 18 digits,
// without allocating; exact is false otherwise, and the caller falls back to
// decimal comparison.
func micro(d decimal.Decimal) (m int64, exact bool) {
	if d.Sign() == 0 {
		return 0, true
	}
	exp := int(d.Exponent())
	if exp < -6 || exp > 12 || d.NumDigits()+exp+6 > 18 {
		return 0, false
	}
	return d.CoefficientInt64() * pow10[exp+6], true
}
