package graduation

import (
	"encoding/json"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Stage is where a file stands in the tracking view (grad.track): its own
// steps (1–6), the provisional certificate (7–10), the final certificate
// (11–16), or complete once grad.issue.16 is recorded.
type Stage uint8

const (
	// StageFile: receiving and preparing the file (steps 1–6), also before step 1.
	StageFile Stage = iota
	// StageProvisional: the provisional certificate (مدرک موقت), steps 7–10.
	StageProvisional
	// StageFinal: the final certificate (مدرک نهایی), steps 11–16.
	StageFinal
	// StageComplete: every step recorded; the documents are with the Central Organization.
	StageComplete
)

var stageNames = [...]ayin.Text{
	StageFile:        {FA: "پرونده", EN: "file"},
	StageProvisional: {FA: "مدرک موقت", EN: "provisional certificate"},
	StageFinal:       {FA: "مدرک نهایی", EN: "final certificate"},
	StageComplete:    {FA: "پایان مراحل صدور مدرک", EN: "complete"},
}

// String returns "file", "provisional", "final" or "complete".
func (s Stage) String() string {
	switch s {
	case StageProvisional:
		return "provisional"
	case StageFinal:
		return "final"
	case StageComplete:
		return "complete"
	}
	return "file"
}

// Title returns the stage's name in both languages.
func (s Stage) Title() ayin.Text {
	if int(s) < len(stageNames) {
		return stageNames[s]
	}
	return stageNames[StageFile]
}

// MarshalText encodes the stage's code.
func (s Stage) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func stageOf(code string) Stage {
	switch code {
	case "provisional":
		return StageProvisional
	case "final":
		return StageFinal
	}
	return StageFile
}

// StepView is one step as the graduate sees it in the tracking view.
type StepView struct {
	Number int            `json:"number"` // 1–16
	Clause ayin.ClauseID  `json:"clause"` // grad.issue.N
	Name   ayin.Text      `json:"name"`   // in Persian and English
	Actor  ayin.Authority `json:"actor"`  // who performs it (R17)
	// Status: Held (done) or NotApplicable (grad.issue.3 passed, E125);
	// meaningless while Pending, which is true for a step not yet recorded
	// (JSON then leaves status and date out).
	Status  ayin.Status   `json:"status"`
	Pending bool          `json:"pending"`
	Date    calendar.Date `json:"date"` // the day it was recorded; zero while pending
}

// MarshalJSON leaves "status" and "date" out of a pending step, whose zero
// Status would otherwise read as "not-applicable" and whose zero date means
// nothing: a client tells pending steps by "pending": true.
func (s StepView) MarshalJSON() ([]byte, error) {
	type plain StepView // without this method
	if !s.Pending {
		return json.Marshal(plain(s))
	}
	return json.Marshal(struct {
		plain
		Status *ayin.Status   `json:"status,omitempty"`
		Date   *calendar.Date `json:"date,omitempty"`
	}{plain: plain(s)})
}

// Wait is one thing the file is waiting for and who must provide or do it.
type Wait struct {
	Clause ayin.ClauseID  `json:"clause"` // the step waiting, grad.issue.N
	What   ayin.Text      `json:"what"`   // the item awaited, or the step itself
	On     ayin.Authority `json:"on"`     // who must provide or do it
}

// ClauseTrack is the clause of the tracking view: grad.track (E130).
const ClauseTrack ayin.ClauseID = "grad.track"

// View is the graduation tracking (ردیابی فراغت) page of a file
// (grad.track, E130): the step reached "k of N", its name, the certificate
// stage, what the file waits for and on whom, and every step with its date.
type View struct {
	Clause  ayin.ClauseID `json:"clause"`  // grad.track, the clause the view applies
	Reached int           `json:"reached"` // the last step recorded (k), 0 before step 1
	Of      int           `json:"of"`      // the number of steps (16)
	Name    ayin.Text     `json:"name"`    // the name of step k (empty before step 1)
	Stage   Stage         `json:"stage"`
	// Provisional and Final say whether those certificates exist: from
	// grad.issue.7 and grad.issue.12 on.
	Provisional bool `json:"provisional"`
	Final       bool `json:"final"`
	// NextStep is the step the file is waiting on (0 when complete).
	NextStep int       `json:"next_step"`
	NextName ayin.Text `json:"next_name"`
	// Waiting lists what the next step waits for: each missing item with who
	// provides it, or else the step itself with its actor (and the others
	// who act in it, rulings R17).
	Waiting []Wait     `json:"waiting"`
	Steps   []StepView `json:"steps"`
}

// Line returns the one-line summary in lang, e.g. "step 7 of 16".
func (v View) Line(lang ayin.Lang) string {
	if lang == ayin.English {
		return "step " + itoa(v.Reached) + " of " + itoa(v.Of)
	}
	return "مرحله " + itoa(v.Reached) + " از " + itoa(v.Of)
}

// Track returns the file's tracking view (grad.track). It does not check the
// next step's facts beyond which of its items are missing (an unknown item
// code is simply not one of them): use Next for the checks.
func (o *Office) Track(f File) (View, error) {
	t, err := o.tablesFor(f, calendar.Date{})
	if err != nil {
		return View{}, err
	}
	steps := t.t.Steps
	n := len(steps)
	v := View{Clause: ClauseTrack, Reached: len(f.done), Of: n, Steps: make([]StepView, n)}
	for i := range steps {
		st := &steps[i]
		sv := StepView{Number: st.Number, Clause: st.Clause, Name: st.Name, Actor: st.Actor, Pending: true}
		if i < len(f.done) {
			r := f.done[i]
			sv.Status, sv.Date, sv.Pending = r.Status, r.Date, false
			switch st.Check {
			case "provisional-issued":
				v.Provisional = true
			case "final-issued":
				v.Final = true
			}
		}
		v.Steps[i] = sv
	}
	if v.Reached > 0 {
		last := &steps[v.Reached-1]
		v.Name, v.Stage = last.Name, stageOf(last.Stage)
	}
	if v.Reached >= n {
		v.Stage = StageComplete
		return v, nil
	}
	st := &steps[v.Reached]
	v.NextStep, v.NextName = st.Number, st.Name
	v.Waiting = make([]Wait, 0, len(st.Needs)+1+len(st.Also))
	if !(st.Check == "conscription" && !conscriptionApplies(f.facts)) {
		for _, code := range st.Needs {
			if !f.facts.has(code) {
				it := t.t.Items[t.index[code]]
				v.Waiting = append(v.Waiting, Wait{Clause: st.Clause, What: it.Name, On: it.By})
			}
		}
	}
	if len(v.Waiting) == 0 {
		v.Waiting = append(v.Waiting, Wait{Clause: st.Clause, What: st.Name, On: st.Actor})
		for _, a := range st.Also {
			v.Waiting = append(v.Waiting, Wait{Clause: st.Clause, What: st.Name, On: a})
		}
	}
	return v, nil
}

// conscriptionApplies: a male graduate without either card, or one whose
// gender is not stated yet (the view shows the letter as awaited rather
// than guess).
func conscriptionApplies(fa Facts) bool {
	return fa.Gender != Female && !fa.ExemptionCard && !fa.EndOfServiceCard
}

// Service is one service to visitors (پاسخگویی به مراجعات, grad.svc.1–3) as a page can show it
// for a file: what it is, the notice to read first, who provides it
// (grad.svc: the graduates' affairs staff) and whether it is available yet.
type Service struct {
	Code      string         `json:"code"`      // the service's code in ayin.yaml
	Clause    ayin.ClauseID  `json:"clause"`    // grad.svc.N
	Name      ayin.Text      `json:"name"`      // in Persian and English
	Notice    ayin.Text      `json:"notice"`    // e.g. "telephone before coming" (grad.svc.1); empty if none
	By        ayin.Authority `json:"by"`        // grad.svc
	ByClause  ayin.ClauseID  `json:"by_clause"` // grad.svc
	After     int            `json:"after"`     // the step that must be recorded first; 0: always
	Available bool           `json:"available"` // After is 0 or already recorded
}

// Services lists the services to visitors for a file (grad.svc, grad.svc.1–3),
// in the edition's order, each with its availability. The list is open-ended
// (E132): an edition may add services.
func (o *Office) Services(f File) ([]Service, error) {
	t, err := o.tablesFor(f, calendar.Date{})
	if err != nil {
		return nil, err
	}
	out := make([]Service, len(t.t.Services))
	for i, s := range t.t.Services {
		out[i] = Service{Code: s.Code, Clause: s.Clause, Name: s.Name, Notice: s.Notice, By: t.t.ServicesBy,
			ByClause: t.t.ServicesClause, After: s.After, Available: s.After == 0 || len(f.done) >= s.After}
	}
	return out, nil
}
