package transfer

import (
	"fmt"
	"strings"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
	"github.com/ayinrules/ayin/fees"
)

// unitRef is a resolved origin or destination.
type unitRef struct {
	unit   equivalence.Unit
	listed bool          // found in table 4 (false: an unlisted unit of a stated kind)
	kind   ayin.UnitKind // the table's kind, or the stated one
	usedBy ayin.ClauseID // the first clause whose check rested on its group or kind
}

// eval is one evaluation in progress: the inputs, the tables in force for
// the semester, the decision being built and the flags a ground function
// sets for the general rules of tr.14. Ground functions (artNN.go) work on
// it through the helpers below; see DESIGN.md.
type eval struct {
	ev    *Evaluator
	s     Student // copies: ground functions read e.s.X and e.r.X
	r     Request
	pv    *paramVersion
	p     *ayin.TransferParams
	table *equivalence.Table
	docs  ayin.Documents
	tt    *calendar.Timetable
	sem   calendar.Semester
	d     Decision

	origin, dest unitRef

	// Set by ground functions, read by the general rules.
	fromAdmission  bool // tr.14.9: the ground may apply from admission (3-1, articles 9 and 10)
	repeatReferral bool // tr.3.b: a repeat transfer is referred to the Isargaran Commission, not barred
	fieldChange    bool // tr.3.c: a change of field stands in for "field offered" (tr.14.2)

	barred, referred, notCovered bool
	noDest                       bool // Destinations: the request's destination is not read

	// buf collects the findings on the stack; finish copies them into a slice
	// of the exact length, so a decision costs one allocation for them.
	buf [findingsCap]ayin.Finding
	n   int
	// The window, computed once, and the fees by class, which Options shares
	// among its grounds (nil for a single evaluation).
	winDone bool
	fc      *feeCache

	// abuf collects the approvals the same way.
	abuf  [8]ayin.Authority
	nAppr int
}

// slabs are shared backing arrays for the slices of several decisions
// (Options), so that a list of decisions costs a few allocations in all.
type slabs struct {
	f ayin.Findings
	c []ayin.ClauseID
	a []ayin.Authority
}

// feeCache holds the request fee of each class of documents.
type feeCache struct {
	done [ayin.FacultyDocuments + 1]bool
	fee  [ayin.FacultyDocuments + 1]fees.RequestFee
}

// store16 backs a small decision's slices with one allocation.
type store16 struct {
	f [16]ayin.Finding
	c [16]ayin.ClauseID
	a [8]ayin.Authority
}

// take returns a slice of n elements cut from *slab, or a new one when the
// slab is full or nil.
func take[T any](slab *[]T, n int) []T {
	if slab == nil || cap(*slab)-len(*slab) < n {
		return make([]T, n)
	}
	l := len(*slab)
	*slab = (*slab)[:l+n]
	return (*slab)[l : l+n : l+n]
}

// findingsCap is the capacity of a decision's findings, enough for every
// ground so that evaluation allocates the slice once.
const findingsCap = 24

func (e *eval) start(ev *Evaluator) error {
	e.ev = ev
	s, r := &e.s, &e.r
	if err := validateStudent(s); err != nil {
		return err
	}
	if err := validateRequest(r); err != nil {
		return err
	}
	e.sem = r.Semester
	if e.sem == (calendar.Semester{}) {
		e.sem = calendar.NextSemesterAfter(r.Date)
	}
	pv, err := ev.paramsFor(e.sem)
	if err != nil {
		return err
	}
	e.pv, e.p = pv, &pv.p
	tt, _, err := ev.ed.Timetables().AtSemester(e.sem)
	if err == nil && e.sem.Before(tt.First()) {
		err = calendar.ErrBeforeFirstSemester
	}
	if err != nil {
		return &FactError{Field: "request.semester", Kind: ErrNotInForce,
			Problem: e.sem.String() + " is before the first semester the regulation governs (tr.15, rulings R12)", Cause: err}
	}
	e.tt = tt
	docs, _, err := ev.ed.Documents().AtSemester(e.sem)
	if err != nil {
		return &FactError{Field: "request.semester", Kind: ErrNotInForce, Problem: "no table 6 in force", Cause: err}
	}
	e.docs = docs
	tv := ev.tableFor(e.sem)
	e.table = tv.t

	if e.origin, err = resolve(tv, s.Origin, s.OriginKind, "student.origin", "student.origin_kind"); err != nil {
		return err
	}
	if e.noDest { // Destinations: no destination is read
		e.dest = e.origin
	} else if e.dest, err = resolve(tv, r.Destination, r.DestinationKind, "request.destination", "request.destination_kind"); err != nil {
		return err
	} else if e.origin.listed && e.dest.listed && e.origin.unit.Name == e.dest.unit.Name {
		return contradiction("request.destination", "student.origin", "the destination is the student's own unit ("+e.dest.unit.Name+")")
	}
	e.d = Decision{Ground: r.Ground, Asked: r.Kind, Edition: ev.ed.Name()}
	e.d.Window.Semester = e.sem
	return nil
}

func (e *eval) run() error {
	if e.s.Level == ayin.PhD {
		e.notCovered = true
		e.add("tr.1", ayin.NotApplicable, msgPhDNotCovered)
		return nil
	}
	gi := &grounds[e.r.Ground]
	if err := evalGround(e.r.Ground, e); err != nil {
		return err
	}
	if c := e.r.Clause; c != "" && e.d.Clause != "" && !clauseAgrees(c, e.d.Clause) {
		// Request.Clause "must agree with the facts": the facts lead to another
		// clause of the ground (tr.3.1.c named for a janbaz of 24 %, tr.4.1 for
		// an illness from before the registration, tr.7.2 for a lower group).
		other := "request." + strings.ReplaceAll(grounds[e.r.Ground].code, "-", "_")
		if e.r.Ground == GroundEquivalence {
			other = "request.destination"
		}
		return contradiction("request.clause", other, string(c)+" does not match the facts, which lead to "+string(e.d.Clause))
	}
	if err := e.general(); err != nil {
		return err
	}
	return e.money(gi.class)
}

// clauseAgrees reports whether the clause a request invokes agrees with the
// clause its facts lead to (Decision.Clause): the same one, a more general
// one (tr.3.3 for tr.3.3.a, the article), a note or item of it (tr.9.n for
// tr.9), or a paragraph or note that goes with it: tr.3.a–tr.3.c with row 3-1,
// tr.10.n1 and tr.10.n2 with tr.10.1 and tr.10.3 (E69), tr.4.n with Article 4.
func clauseAgrees(asked, rest ayin.ClauseID) bool {
	switch asked {
	case "tr.3.a", "tr.3.b", "tr.3.c":
		return clauseWithin(rest, "tr.3.1")
	case "tr.10.n1", "tr.10.n2":
		return rest == "tr.10.1" || rest == "tr.10.3"
	case "tr.4.n":
		return clauseWithin(rest, "tr.4")
	}
	return asked == rest || clauseWithin(rest, asked) || clauseWithin(asked, rest)
}

// finish settles the outcome and the citations.
func (e *eval) finish() Decision { return e.finishIn(nil) }

// finishIn is finish with the decision's slices cut from sl (nil: allocated).
func (e *eval) finishIn(sl *slabs) Decision {
	e.noteConfidence(&e.origin)
	e.noteConfidence(&e.dest)
	switch {
	case e.notCovered:
		e.d.Outcome = ayin.NotCovered
	case e.barred:
		e.d.Outcome = ayin.Ineligible
	case e.referred:
		e.d.Outcome = ayin.Referred
	default:
		e.d.Outcome = ayin.Eligible
	}
	if e.d.Outcome == ayin.Ineligible || e.d.Outcome == ayin.NotCovered {
		e.d.Granted = Grant{}
	}
	// The citations: each clause once, in the order first cited.
	over := e.d.Findings
	nf := e.n + len(over)
	var seen [findingsCap * 2]ayin.ClauseID
	var slots [128]uint8 // open addressing over seen: index+1, 0 empty
	nc := 0
	cite := func(c ayin.ClauseID) {
		h := uint32(2166136261)
		for i := 0; i < len(c); i++ {
			h = (h ^ uint32(c[i])) * 16777619
		}
		for j := h & 127; ; j = (j + 1) & 127 {
			k := slots[j]
			if k == 0 {
				if nc < len(seen) {
					seen[nc] = c
					nc++
					slots[j] = uint8(nc)
				}
				return
			}
			if seen[k-1] == c {
				return
			}
		}
	}
	for i := range e.buf[:e.n] {
		cite(e.buf[i].Clause)
	}
	for i := range over {
		cite(over[i].Clause)
	}
	na := e.nAppr + len(e.d.Approvals)
	if sl == nil {
		// One allocation holds the findings, the citations and the approvals.
		var local slabs
		if nf <= 16 && nc <= 16 && na <= 8 {
			st := new(store16)
			local = slabs{f: st.f[:0], c: st.c[:0], a: st.a[:0]}
		} else {
			local = slabs{f: make(ayin.Findings, 0, nf), c: make([]ayin.ClauseID, 0, nc), a: make([]ayin.Authority, 0, na)}
		}
		sl = &local
	}
	f := take((*[]ayin.Finding)(&sl.f), nf)
	copy(f, e.buf[:e.n])
	copy(f[e.n:], over)
	e.d.Findings = f
	e.d.Citations = take(&sl.c, nc)
	copy(e.d.Citations, seen[:nc])
	if na > 0 {
		aover := e.d.Approvals
		a := take(&sl.a, na)
		copy(a, e.abuf[:e.nAppr])
		copy(a[e.nAppr:], aover)
		e.d.Approvals = a
	}
	return e.d
}

// --- findings

func (e *eval) add(c ayin.ClauseID, st ayin.Status, m ayin.Text) {
	if e.n < len(e.buf) {
		e.buf[e.n] = ayin.Finding{Clause: c, Status: st, Message: m}
		e.n++
		return
	}
	e.d.Findings = append(e.d.Findings, ayin.Finding{Clause: c, Status: st, Message: m}) // overflow, appended after buf
}

// hold records that clause c's condition is met.
func (e *eval) hold(c ayin.ClauseID, m ayin.Text) { e.add(c, ayin.Held, m) }

// fail records that clause c bars the request: the outcome is ineligible.
func (e *eval) fail(c ayin.ClauseID, m ayin.Text) {
	e.barred = true
	e.add(c, ayin.Failed, m)
}

// unmet records that clause c's condition is not met without barring the
// request, because another clause takes over (89.99 % under tr.9 goes to tr.9.n).
func (e *eval) unmet(c ayin.ClauseID, m ayin.Text) { e.add(c, ayin.Failed, m) }

// refer records that clause c sends the request to a commission, which
// decides; auths are added to the approvals.
func (e *eval) refer(c ayin.ClauseID, m ayin.Text, auths ...ayin.Authority) {
	e.referred = true
	e.add(c, ayin.Held, m)
	e.approve(auths...)
}

// confirm records a finding a clerk must confirm (rulings R2).
func (e *eval) confirm(c ayin.ClauseID, m ayin.Text) { e.add(c, ayin.NeedsConfirmation, m) }

// na records that clause c does not bear on this case.
func (e *eval) na(c ayin.ClauseID, m ayin.Text) { e.add(c, ayin.NotApplicable, m) }

// --- approvals, grant, documents

// approve adds authorities to the approvals, each once, in order.
func (e *eval) approve(auths ...ayin.Authority) {
	for _, a := range auths {
		dup := false
		for _, b := range e.abuf[:e.nAppr] {
			if a == b {
				dup = true
				break
			}
		}
		for _, b := range e.d.Approvals {
			if a == b {
				dup = true
			}
		}
		switch {
		case dup:
		case e.nAppr < len(e.abuf):
			e.abuf[e.nAppr] = a
			e.nAppr++
		default:
			e.d.Approvals = append(e.d.Approvals, a) // overflow, appended after abuf
		}
	}
}

// grant sets what is granted: kind, and terms (0: no limit stated).
func (e *eval) grant(k Kind, terms int) {
	e.d.Granted.Kind, e.d.Granted.Terms = k, terms
}

// grantAsked grants the kind asked, with no term limit.
func (e *eval) grantAsked() { e.grant(e.r.Kind, 0) }

// limitTerms caps the guest terms granted at n (tr.14.6).
func (e *eval) limitTerms(n int) {
	if e.d.Granted.Terms == 0 || e.d.Granted.Terms > n {
		e.d.Granted.Terms = n
	}
}

// documents sets the table-6 row serving clause c and records it (tr.14.3).
func (e *eval) documents(c ayin.ClauseID) {
	row, ok := e.docs.For(c)
	if !ok {
		e.confirm("tr.t6", msgNoDocumentRow)
		return
	}
	// A row's "origin" or "destination" reviewer is a university, not a unit,
	// when that side is a state university (tr.7.4).
	reviewer := row.Reviewer
	switch {
	case reviewer == ayin.OriginUnit && e.origin.kind == ayin.State:
		reviewer = ayin.OriginUniversity
	case reviewer == ayin.DestinationUnit && e.dest.kind == ayin.State:
		reviewer = ayin.DestinationUniversity
	}
	e.d.Documents = Documents{Row: row.Clause, Reviewer: reviewer, Items: row.Items}
	e.add(row.Clause, ayin.Held, msgDocumentsRow)
	e.approve(reviewer)
}

// ground sets the clause the decision rests on.
func (e *eval) rests(c ayin.ClauseID) { e.d.Clause = c }

// --- facts

// needDestinationMatch applies the destination condition of clause c: the
// destination must be where the ground points (request.destination_matches).
func (e *eval) needDestinationMatch(c ayin.ClauseID, m ayin.Text) error {
	if e.r.DestinationMatches == nil {
		return missing("request.destination_matches", "whether the destination is where "+string(c)+" points")
	}
	if *e.r.DestinationMatches {
		e.hold(c, m)
	} else {
		e.fail(c, msgDestinationElsewhere)
	}
	return nil
}

// guestOnly bars a transfer under clause c, which grants guest study only.
// It reports whether the request may go on.
func (e *eval) guestOnly(c ayin.ClauseID) bool {
	if e.r.Kind == Transfer {
		e.fail(c, msgGuestOnly)
		return false
	}
	return true
}

// afterExamRegistration reports whether an event dated d (the YAML path
// field) came after the student's exam registration; both dates are needed.
func (e *eval) afterExamRegistration(d calendar.Date, field string) (bool, error) {
	if d.IsZero() {
		return false, missing(field, "the date of the event, to compare with the exam registration")
	}
	if e.s.ExamRegistration.IsZero() {
		return false, missing("student.exam_registration", "the day the student registered for the entrance examination")
	}
	if d.After(e.r.Date) {
		return false, contradiction(field, "request.date", "the event is dated after the request")
	}
	return d.After(e.s.ExamRegistration), nil
}

// --- groups

// originGroup returns the origin's group and records that clause c rests on it.
func (e *eval) originGroup(c ayin.ClauseID) (equivalence.Group, error) {
	return e.group(&e.origin, c, "student.origin")
}

// destGroup returns the destination's group and records that clause c rests on it.
func (e *eval) destGroup(c ayin.ClauseID) (equivalence.Group, error) {
	return e.group(&e.dest, c, "request.destination")
}

func (e *eval) group(u *unitRef, c ayin.ClauseID, field string) (equivalence.Group, error) {
	if !u.listed {
		return 0, &FactError{Field: field, Kind: ErrNoGroup, Problem: u.kind.String() + " unit outside table 4"}
	}
	if !u.unit.Grouped() {
		return 0, &FactError{Field: field, Kind: ErrNoGroup, Cause: &equivalence.UngroupedError{Unit: u.unit}}
	}
	e.use(u, c)
	return u.unit.Group, nil
}

func (e *eval) use(u *unitRef, c ayin.ClauseID) {
	if u.usedBy == "" {
		u.usedBy = c
	}
	if u.unit.Inferred && u.usedBy == c {
		e.hold("tr.t4.n", msgSamaInferred)
	}
}

// destInTopGroup reports whether the destination is in the top group (the
// "except group-1 units" of tr.2.2, tr.2.3, tr.3.2, …). A unit in no group is
// not in it; an unlisted unit (a state university) is not either.
func (e *eval) destInTopGroup(c ayin.ClauseID) bool {
	if !e.dest.listed || !e.dest.unit.Grouped() {
		return false
	}
	e.use(&e.dest, c)
	return int(e.dest.unit.Group) == e.p.TopGroup.Value
}

// exceptTopGroup bars the request under clause c when the destination is in
// the top group; it reports whether the request may go on.
func (e *eval) exceptTopGroup(c ayin.ClauseID) bool {
	if e.destInTopGroup(c) {
		e.fail(c, msgTopGroupExcluded)
		return false
	}
	return true
}

// excludedByName reports whether the destination is one of the units that
// tr.7.2, tr.7.3 and tr.7.5 exclude by name (Karaj, Science and Research
// Alborz), whatever their group; checked before any group comparison (R7).
func (e *eval) excludedByName() bool {
	if !e.dest.listed {
		return false
	}
	for _, n := range e.p.ExcludedByName {
		if u, err := e.table.Lookup(n); err == nil && u.Name == e.dest.unit.Name {
			return true
		}
	}
	return false
}

// noteConfidence adds the confidence note and a needs-confirmation finding on
// tr.t4 when a check rested on a unit the table reads as uncertain.
func (e *eval) noteConfidence(u *unitRef) {
	if u.usedBy == "" || !u.listed || !u.unit.Uncertain() {
		return
	}
	e.d.Confidence = append(e.d.Confidence, ConfidenceNote{Unit: u.unit.Name, Group: u.unit.Group, Reading: u.unit.Note, Clause: u.usedBy})
	e.confirm("tr.t4", msgUncertainUnit)
}

// errorf builds a FactError for a ground's own facts.
func errorf(kind error, field, format string, args ...any) error {
	return &FactError{Field: field, Kind: kind, Problem: fmt.Sprintf(format, args...)}
}
