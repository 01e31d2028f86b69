package transfer

import (
	"errors"
	"fmt"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
	"github.com/ayinrules/ayin/fees"
)

// Evaluator decides transfer and guest requests under one edition: its
// equivalence table, fee schedule, timetables, table 6 and transfer params,
// each version chosen by the semester the request applies to (rulings R12).
// An Evaluator is immutable and safe for concurrent use.
type Evaluator struct {
	ed     *ayin.Edition
	fees   *fees.Schedule
	tables []tableVersion
	params []paramVersion
}

type tableVersion struct {
	from calendar.Date
	t    *equivalence.Table
	keys map[string]bool // ayin.FoldKey of every name, English name and alias
}

// paramVersion is one version of the transfer params with the grant
// conditions built from it once, so that decisions point at them instead of
// allocating.
type paramVersion struct {
	from   calendar.Date
	p      ayin.TransferParams
	extend Condition               // tr.3.3
	conv   [ayin.PhD + 1]Condition // tr.9.n by level
	conv10 [ayin.PhD + 1]Condition // tr.10.n1 by level
	hasCnv [ayin.PhD + 1]bool
}

// New returns the evaluator of an edition.
func New(ed *ayin.Edition) (*Evaluator, error) {
	if ed == nil {
		return nil, errors.New("transfer: nil edition")
	}
	ev := &Evaluator{ed: ed, fees: fees.New(ed)}
	eq := ed.Equivalence()
	for i := 0; i < eq.Len(); i++ {
		rows, src := eq.Version(i)
		tv := tableVersion{from: src.Effective, t: equivalence.FromRows(rows, src), keys: map[string]bool{}}
		for _, u := range rows.Units {
			tv.keys[ayin.FoldKey(u.Name)] = true
			tv.keys[ayin.FoldKey(u.English)] = true
			for _, a := range u.Aliases {
				tv.keys[ayin.FoldKey(a)] = true
			}
		}
		ev.tables = append(ev.tables, tv)
	}
	tp := ed.Transfer()
	for i := 0; i < tp.Len(); i++ {
		p, src := tp.Version(i)
		pv := paramVersion{from: src.Effective, p: p}
		pv.extend = Condition{Clause: p.GuestExtensionMinGPA.Clause, MinGPA: p.GuestExtensionMinGPA.Value, Text: msgExtendCond}
		for l := ayin.Associate; l <= ayin.PhD; l++ {
			if c, ok := p.Conversion(l); ok {
				pv.conv[l] = Condition{Clause: "tr.9.n", MinUnitsPerTerm: c.MinUnitsPerTerm, MinGPA: c.MinGPA, Cumulative: true, Text: msgConvertCond}
				pv.conv10[l] = pv.conv[l]
				pv.conv10[l].Clause = "tr.10.n1"
				pv.hasCnv[l] = true
			}
		}
		ev.params = append(ev.params, pv)
	}
	if len(ev.tables) == 0 || len(ev.params) == 0 {
		return nil, errors.New("transfer: the edition has no equivalence table or no transfer params")
	}
	return ev, nil
}

var (
	defaultOnce sync.Once
	defaultEv   *Evaluator
)

// Default returns the evaluator of the embedded edition (ayin.Default()).
func Default() *Evaluator {
	defaultOnce.Do(func() {
		ev, err := New(ayin.Default())
		if err != nil {
			panic("transfer: the embedded edition: " + err.Error())
		}
		defaultEv = ev
	})
	return defaultEv
}

// Edition returns the evaluator's edition.
func (ev *Evaluator) Edition() *ayin.Edition { return ev.ed }

// Table returns the equivalence table governing a semester.
func (ev *Evaluator) Table(sem calendar.Semester) *equivalence.Table { return ev.tableFor(sem).t }

func (ev *Evaluator) tableFor(sem calendar.Semester) *tableVersion {
	start := sem.Start()
	t := &ev.tables[0]
	for i := range ev.tables {
		if !ev.tables[i].from.After(start) {
			t = &ev.tables[i]
		}
	}
	return t
}

func (ev *Evaluator) paramsFor(sem calendar.Semester) (*paramVersion, error) {
	start := sem.Start()
	var pv *paramVersion
	for i := range ev.params {
		if !ev.params[i].from.After(start) {
			pv = &ev.params[i]
		}
	}
	if pv == nil {
		return nil, &FactError{Field: "request.semester", Kind: ErrNotInForce,
			Problem: fmt.Sprintf("%s starts before the transfer params of this edition (first in force %s)", sem, ev.params[0].from)}
	}
	return pv, nil
}

// Evaluate decides one request. The error is for bad input only (a
// *FactError naming the field): every rule outcome, a refusal included, is a
// Decision.
func (ev *Evaluator) Evaluate(s Student, r Request) (Decision, error) {
	var e eval
	e.s, e.r = s, r
	if err := e.start(ev); err != nil {
		return Decision{}, err
	}
	if err := e.run(); err != nil {
		return Decision{}, err
	}
	return e.finish(), nil
}

// validateStudent rejects impossible values before any rule runs.
func validateStudent(s *Student) error {
	if !s.Level.Valid() {
		return missing("student.level", "the level of study is needed (associate … professional-doctorate)")
	}
	if s.Gender > Male {
		return impossible("student.gender", "unknown gender code")
	}
	if s.SemestersCompleted < 0 || s.SemestersCompleted > 40 {
		return impossible("student.semesters_completed", fmt.Sprintf("%d is outside 0..40", s.SemestersCompleted))
	}
	if s.TransfersUsed < 0 || s.TransfersUsed > 20 {
		return impossible("student.transfers_used", fmt.Sprintf("%d is outside 0..20", s.TransfersUsed))
	}
	if s.GPA != nil && !gpaOK(*s.GPA) {
		return impossible("student.gpa", s.GPA.String()+" is outside 0..20")
	}
	if s.AdmissionScore != nil && s.AdmissionScore.IsNegative() {
		return impossible("student.admission_score", s.AdmissionScore.String()+" is negative")
	}
	for i := range s.GuestTerms {
		if t := &s.GuestTerms[i]; t.Units < 0 || t.Units > 40 {
			return impossible(fmt.Sprintf("student.guest_terms[%d].units", i), fmt.Sprintf("%d is outside 0..40", t.Units))
		} else if !gpaOK(t.GPA) {
			return impossible(fmt.Sprintf("student.guest_terms[%d].gpa", i), t.GPA.String()+" is outside 0..20")
		}
	}
	if s.OriginKind != nil && *s.OriginKind > ayin.State {
		return impossible("student.origin_kind", "unknown unit kind")
	}
	return nil
}

var twenty = decimal.NewFromInt(20)

func gpaOK(g decimal.Decimal) bool { return !g.IsNegative() && g.Cmp(twenty) <= 0 }

func validateRequest(r *Request) error {
	switch {
	case r.Kind == NoKind:
		return missing("request.kind", "transfer or guest")
	case r.Kind > Guest:
		return impossible("request.kind", "unknown kind code")
	case r.Ground == GroundUnknown:
		return missing("request.ground", "the ground the request relies on")
	case !r.Ground.Valid():
		return &FactError{Field: "request.ground", Kind: ErrUnknown, Problem: fmt.Sprintf("ground code %d", r.Ground)}
	case r.Date.IsZero():
		return missing("request.date", "the day the request is registered (tr.1.s)")
	case r.Pages < 0 || r.Pages > 1000:
		return impossible("request.pages", fmt.Sprintf("%d is outside 0..1000", r.Pages))
	case r.Offered == nil:
		return missing("request.offered", "whether the field, specialisation and level are offered at the destination (tr.14.2)")
	case r.NoExam > NoExamNone:
		return impossible("request.destination_no_exam", "unknown code")
	case r.LastAdmittedScore != nil && !r.LastAdmittedScore.IsPositive():
		return impossible("request.destination_last_score", r.LastAdmittedScore.String()+" is not positive")
	case r.DestinationKind != nil && *r.DestinationKind > ayin.State:
		return impossible("request.destination_kind", "unknown unit kind")
	case r.Semester != (calendar.Semester{}) && !r.Semester.Valid():
		return impossible("request.semester", "not a semester")
	}
	if r.Scans != nil && (r.Scans.Width < 0 || r.Scans.Height < 0 || r.Scans.Kilobytes < 0) {
		return impossible("request.scans", "negative size")
	}
	if r.Tuition != nil && (r.Tuition.Fixed.IsNegative() || r.Tuition.Variable.IsNegative()) {
		return impossible("request.tuition", "negative tuition")
	}
	if r.Clause != "" && !clauseWithin(r.Clause, r.Ground.Article()) {
		return contradiction("request.clause", "request.ground", fmt.Sprintf("%s is not a clause of %s (%s)", r.Clause, r.Ground.Article(), r.Ground))
	}
	return nil
}

// clauseWithin reports whether c is art or one of its sub-clauses.
func clauseWithin(c, art ayin.ClauseID) bool {
	return c == art || (len(c) > len(art) && c[:len(art)] == art && c[len(art)] == '.')
}

// resolve finds a unit of table 4, or accepts an unlisted one of a stated kind
// outside the table (rulings R7).
func resolve(tv *tableVersion, name string, stated *ayin.UnitKind, field, kindField string) (unitRef, error) {
	if stated != nil {
		switch *stated {
		case ayin.State: // never a unit of table 4 (the loader refuses one)
			return unitRef{unit: equivalence.Unit{Name: name, Kind: ayin.State}, kind: ayin.State}, nil
		case ayin.Overseas, ayin.International:
			// An unlisted unit of a stated kind is expected: skip the lookup,
			// whose failure would compute suggestions for nothing.
			if !tv.keys[ayin.FoldKey(name)] {
				return unitRef{unit: equivalence.Unit{Name: name, Kind: *stated}, kind: *stated}, nil
			}
		}
	}
	t := tv.t
	u, err := t.Lookup(name)
	if err == nil {
		if stated != nil && *stated != u.Kind {
			return unitRef{}, contradiction(kindField, field,
				fmt.Sprintf("stated %s, but table 4 lists %s as %s", *stated, u.Name, u.Kind))
		}
		return unitRef{unit: u, listed: true, kind: u.Kind}, nil
	}
	if stated != nil && (*stated == ayin.State || *stated == ayin.Overseas || *stated == ayin.International) {
		return unitRef{unit: equivalence.Unit{Name: name, Kind: *stated}, kind: *stated}, nil
	}
	if errors.Is(err, equivalence.ErrEmptyName) {
		return unitRef{}, missing(field, "the unit's name, as table 4 lists it")
	}
	return unitRef{}, &FactError{Field: field, Kind: ErrUnknown, Cause: err}
}
