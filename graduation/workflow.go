package graduation

import (
	"strings"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// StepInfo is one issuance step as the edition lists it: its number and
// clause (grad.issue.N), name, who performs it and who else acts in it
// (rulings R17), and the certificate it works on.
type StepInfo struct {
	Number int              `json:"number"`         // 1–16
	Clause ayin.ClauseID    `json:"clause"`         // grad.issue.N
	Name   ayin.Text        `json:"name"`           // in Persian and English
	Actor  ayin.Authority   `json:"actor"`          // who performs it (R17)
	Also   []ayin.Authority `json:"also,omitempty"` // others who act in it; read-only: shared with the edition
	Stage  Stage            `json:"stage"`          // file, provisional or final
}

func stepInfo(st ayin.Step) StepInfo {
	return StepInfo{Number: st.Number, Clause: st.Clause, Name: st.Name, Actor: st.Actor, Also: st.Also, Stage: stageOf(st.Stage)}
}

// Item is a document or act a step needs (ayin.yaml graduation.items): its
// code, the step that names it, who provides it and its name.
type Item struct {
	Code   string         `json:"code"`   // the item's code in ayin.yaml graduation.items
	Clause ayin.ClauseID  `json:"clause"` // the step that names it
	By     ayin.Authority `json:"by"`     // who provides or does it
	Name   ayin.Text      `json:"name"`   // in Persian and English
}

// Steps lists the issuance steps of the latest graduation tables, in order.
func (o *Office) Steps() []StepInfo {
	if len(o.versions) == 0 {
		return nil
	}
	steps := o.versions[len(o.versions)-1].t.Steps
	out := make([]StepInfo, len(steps))
	for i, st := range steps {
		out[i] = stepInfo(st)
	}
	return out
}

// Next is what a file's next step needs: the step, whether it can be
// recorded now, and the findings behind that — each missing item or failed
// check cited to the step's clause.
type Next struct {
	// Complete: every step is recorded (grad.issue.16); Step is then the
	// zero Step, and the one finding cites the last step.
	Complete bool `json:"complete"`
	// Step is the next step to record, with its actor (rulings R17).
	Step StepInfo `json:"step"`
	// Outcome is ayin.Eligible when the step can be recorded now and
	// ayin.Ineligible when an item is missing or a check fails.
	Outcome ayin.Outcome `json:"outcome"`
	// Status is what recording it now would record: Held, or NotApplicable
	// for grad.issue.3 when it does not apply (E125).
	Status ayin.Status `json:"status"`
	// Missing are the items the step still needs, each naming who provides it.
	Missing []Item `json:"missing,omitempty"`
	// NotBefore is the earliest date the step may carry: the previous
	// step's date (E129); zero for step 1.
	NotBefore calendar.Date `json:"not_before"`
	// Findings: one per item needed and per check, in the step's order.
	Findings ayin.Findings `json:"findings"`
}

// Citations returns the clauses the answer rests on.
func (n Next) Citations() []ayin.ClauseID { return n.Findings.Citations() }

// Next returns the file's next step and what it needs (grad.issue.1–16,
// E129). A fact the step's check needs and the file does not state (the
// gender for grad.issue.3, the particulars for grad.issue.8) is a
// *StepError wrapping ErrMissingFact.
func (o *Office) Next(f File) (Next, error) {
	t, err := o.tablesFor(f, calendar.Date{})
	if err != nil {
		return Next{}, err
	}
	if len(f.done) >= len(t.t.Steps) {
		last := t.t.Steps[len(t.t.Steps)-1].Clause
		return Next{Complete: true, Outcome: ayin.Eligible, Status: ayin.Held, NotBefore: f.lastDate(),
			Findings: ayin.Findings{{Clause: last, Status: ayin.Held, Message: msgComplete}}}, nil
	}
	st := t.t.Steps[len(f.done)]
	ev, err := evalStep(t, f.facts, st)
	if err != nil {
		return Next{}, err
	}
	n := Next{Step: stepInfo(st), Status: ev.status, Missing: ev.missing, Findings: ev.findings, NotBefore: f.lastDate(), Outcome: ayin.Eligible}
	if ev.failed {
		n.Outcome = ayin.Ineligible
	}
	return n, nil
}

// Advance records step n of the file on date d and returns the new file;
// f itself is unchanged. It is refused with a *StepError citing the step
// when n is not a step of the edition (ErrUnknownStep), not the next one
// (ErrOutOfOrder, ErrAlreadyDone; E129), d is missing or earlier than the
// previous step's date (ErrDateMissing, ErrDateBeforePrevious; E129), d
// precedes the tables in force (ayin.ErrBeforeFirstEdition), a fact the
// step needs is missing or invalid (ErrMissingFact, ErrInvalidFact), or the
// step's needs or check fail (ErrNotReady, with the findings).
func (o *Office) Advance(f File, n int, d calendar.Date) (File, error) {
	t, err := o.tablesFor(f, d)
	if err != nil {
		if d.IsZero() {
			return f, &StepError{Step: n, Reason: ErrDateMissing}
		}
		return f, err
	}
	steps := t.t.Steps
	if n < 1 || n > len(steps) {
		return f, &StepError{Step: n, Reason: ErrUnknownStep, Detail: "the edition has steps 1–" + itoa(len(steps))}
	}
	st := steps[n-1]
	next := len(f.done) + 1
	switch {
	case n < next:
		return f, &StepError{Step: n, Clause: st.Clause, Reason: ErrAlreadyDone, Detail: "recorded on " + f.done[n-1].Date.String()}
	case n > next:
		return f, &StepError{Step: n, Clause: st.Clause, Reason: ErrOutOfOrder, Detail: "the next step is " + itoa(next) + " (" + string(steps[next-1].Clause) + ")"}
	}
	if d.IsZero() {
		return f, &StepError{Step: n, Clause: st.Clause, Reason: ErrDateMissing}
	}
	if prev := f.lastDate(); !prev.IsZero() && d.Before(prev) {
		return f, &StepError{Step: n, Clause: st.Clause, Reason: ErrDateBeforePrevious, Detail: d.String() + " is before step " + itoa(n-1) + "'s date " + prev.String()}
	}
	ev, err := evalStep(t, f.facts, st)
	if err != nil {
		return f, err
	}
	if ev.failed {
		return f, &StepError{Step: n, Clause: st.Clause, Reason: ErrNotReady, Findings: ev.findings, Missing: ev.missing}
	}
	done := make([]Record, len(f.done), len(f.done)+1)
	copy(done, f.done)
	done = append(done, Record{Step: n, Clause: st.Clause, Date: d, Status: ev.status})
	return File{facts: f.facts, done: done}, nil
}

// Replay rebuilds a file from its facts and the steps a caller stored,
// recording each with Advance, so a stored file is checked as strictly as
// one built step by step. The first refusal is returned.
func (o *Office) Replay(facts Facts, entries []Entry) (File, error) {
	f := NewFile(facts)
	for _, e := range entries {
		var err error
		if f, err = o.Advance(f, e.Step, e.Date); err != nil {
			return f, err
		}
	}
	return f, nil
}

func (f File) lastDate() calendar.Date {
	if len(f.done) == 0 {
		return calendar.Date{}
	}
	return f.done[len(f.done)-1].Date
}

type stepEval struct {
	status   ayin.Status
	failed   bool
	missing  []Item
	findings ayin.Findings
}

func (e *stepEval) add(c ayin.ClauseID, s ayin.Status, m ayin.Text) {
	e.findings = append(e.findings, ayin.Finding{Clause: c, Status: s, Message: m})
	if s == ayin.Failed {
		e.failed = true
	}
}

// evalStep applies one step's check and needs to the facts: the items of
// grad.issue.2, 3, 9, 10, 14 and 15, and the checks of grad.issue.3, 7, 8,
// 12 and 13 named by the step's `check:` (ayin.StepChecks). Unknown item
// codes in the facts are an ErrInvalidFact whatever the step.
func evalStep(t *version, fa Facts, st ayin.Step) (stepEval, error) {
	mask, err := t.itemMask(fa, st)
	if err != nil {
		return stepEval{}, err
	}
	ev := stepEval{status: ayin.Held, findings: make(ayin.Findings, 0, len(st.Needs)+2)}
	needs := true
	switch st.Check {
	case "conscription":
		needs = checkConscription(&ev, fa, st)
		if ev.status != ayin.NotApplicable && fa.Gender == GenderUnknown {
			return stepEval{}, &StepError{Step: st.Number, Clause: st.Clause, Reason: ErrMissingFact, Field: "gender", Detail: "grad.issue.3 applies only to a male graduate (E125)"}
		}
	case "provisional-issued":
		checkIssued(&ev, st.Clause, fa.Provisional.Issued, msgProvisionalIssued, msgProvisionalMissing)
	case "final-issued":
		checkIssued(&ev, st.Clause, fa.Final.Issued, msgFinalIssued, msgFinalMissing)
		if fa.Final.Issued && fa.Final.Form == FormUnknown && strings.TrimSpace(fa.Final.FormText) == "" {
			ev.add(st.Clause, ayin.Failed, msgFinalFormMissing)
		}
	case "provisional-matches-file":
		if err := requireParticulars(st, "particulars", fa.Particulars); err != nil {
			return stepEval{}, err
		}
		if !fa.Provisional.Issued {
			ev.add(st.Clause, ayin.Failed, msgProvisionalMissing)
			break
		}
		if err := requireParticulars(st, "provisional", fa.Provisional.Particulars); err != nil {
			return stepEval{}, err
		}
		compare(&ev, st.Clause, fa.Particulars, fa.Provisional.Particulars, msgProvisionalMatchesFile)
	case "final-matches-provisional":
		if !fa.Provisional.Issued || !fa.Final.Issued {
			if !fa.Provisional.Issued {
				ev.add(st.Clause, ayin.Failed, msgProvisionalMissing)
			}
			if !fa.Final.Issued {
				ev.add(st.Clause, ayin.Failed, msgFinalMissing)
			}
			break
		}
		if err := requireParticulars(st, "provisional", fa.Provisional.Particulars); err != nil {
			return stepEval{}, err
		}
		if err := requireParticulars(st, "final", fa.Final.Particulars); err != nil {
			return stepEval{}, err
		}
		compare(&ev, st.Clause, fa.Provisional.Particulars, fa.Final.Particulars, msgFinalMatchesProvisional)
	}
	if needs {
		for _, code := range st.Needs {
			it, ok := t.holds(mask, fa, code)
			if ok {
				ev.add(st.Clause, ayin.Held, it.Name)
			} else {
				ev.add(st.Clause, ayin.Failed, it.Name)
				ev.missing = append(ev.missing, Item(it))
			}
		}
	}
	if len(ev.findings) == 0 {
		ev.add(st.Clause, ayin.Held, msgStepReady)
	}
	return ev, nil
}

// checkConscription is grad.issue.3 as E125 reads it: the letter cancelling
// the exemption is needed only for a male graduate with neither card. It
// reports whether the step's items are needed.
func checkConscription(ev *stepEval, fa Facts, st ayin.Step) bool {
	switch {
	case fa.Gender == Female:
		ev.status = ayin.NotApplicable
		ev.add(st.Clause, ayin.NotApplicable, msgConscriptionFemale)
		return false
	case fa.ExemptionCard || fa.EndOfServiceCard:
		ev.status = ayin.NotApplicable
		ev.add(st.Clause, ayin.NotApplicable, msgConscriptionCard)
		return false
	case fa.Gender == Male:
		ev.add(st.Clause, ayin.Held, msgConscriptionApplies)
		return true
	}
	return false // gender unknown and no card: the caller reports the missing fact
}

// checkIssued is the existence check of grad.issue.7 (the provisional
// certificate) and grad.issue.12 (the final one).
func checkIssued(ev *stepEval, c ayin.ClauseID, issued bool, yes, no ayin.Text) {
	if issued {
		ev.add(c, ayin.Held, yes)
	} else {
		ev.add(c, ayin.Failed, no)
	}
}

// requireParticulars (grad.issue.8, grad.issue.13) insists on the particulars a comparison cannot do
// without: a name, a national ID, a level and a field.
func requireParticulars(st ayin.Step, field string, p Particulars) error {
	miss := ""
	switch {
	case strings.TrimSpace(p.Name) == "":
		miss = ".name"
	case strings.TrimSpace(p.NationalID) == "":
		miss = ".national_id"
	case !p.Level.Valid():
		miss = ".level"
	case strings.TrimSpace(p.Field) == "":
		miss = ".field"
	}
	if miss != "" {
		return &StepError{Step: st.Number, Clause: st.Clause, Reason: ErrMissingFact, Field: field + miss}
	}
	if p.GPA.Sign() < 0 || p.GPA.Cmp(twenty) > 0 {
		return &StepError{Step: st.Number, Clause: st.Clause, Reason: ErrInvalidFact, Field: field + ".gpa", Detail: "GPA " + p.GPA.String() + " is outside 0–20"}
	}
	return nil
}

// compare is the agreement check of grad.issue.8 (file against provisional)
// and grad.issue.13 (provisional against final): one Failed finding per
// particular that differs, or one Held finding when all agree.
func compare(ev *stepEval, c ayin.ClauseID, a, b Particulars, agree ayin.Text) {
	n := len(ev.findings)
	if !sameText(a.Name, b.Name) {
		ev.add(c, ayin.Failed, msgDiffName)
	}
	if !sameText(a.FatherName, b.FatherName) {
		ev.add(c, ayin.Failed, msgDiffFather)
	}
	if !sameText(a.NationalID, b.NationalID) {
		ev.add(c, ayin.Failed, msgDiffNationalID)
	}
	if a.BirthDate != b.BirthDate {
		ev.add(c, ayin.Failed, msgDiffBirth)
	}
	if a.Level != b.Level {
		ev.add(c, ayin.Failed, msgDiffLevel)
	}
	if !sameText(a.Field, b.Field) {
		ev.add(c, ayin.Failed, msgDiffField)
	}
	if a.Graduated != b.Graduated {
		ev.add(c, ayin.Failed, msgDiffGraduated)
	}
	if a.GPA.Cmp(b.GPA) != 0 {
		ev.add(c, ayin.Failed, msgDiffGPA)
	}
	if len(ev.findings) == n {
		ev.add(c, ayin.Held, agree)
	}
}

func sameText(a, b string) bool {
	return a == b || ayin.NormalizePersian(a) == ayin.NormalizePersian(b)
}
