package ayin_test

// The case runners of package graduation: kinds `graduation` (a file and an
// action: next, advance, track or services), `duplicate` (grad.dup.1–5) and
// `transcript` (grad.transcript.1–4). The format is documented with worked
// examples in testdata/cases/graduation/README.md. Every expectation is
// optional; one that is given must match exactly, except `cites`, whose IDs
// must all be among the decision's citations. An error the case does not
// expect (no `expect.error`) fails the case.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/graduation"
	"gopkg.in/yaml.v3"
)

func init() {
	registerCaseRunner("graduation", runGraduationCases)
	registerCaseRunner("duplicate", runDuplicateCases)
	registerCaseRunner("transcript", runTranscriptCases)
}

// gradFinding is an expected finding: clause and status, and the English
// message when given.
type gradFinding struct {
	Clause    ayin.ClauseID `yaml:"clause"`
	Status    ayin.Status   `yaml:"status"`
	MessageEN *string       `yaml:"message_en"`
}

type gradFileSpec struct {
	graduation.Facts `yaml:",inline"`
	Done             []graduation.Entry `yaml:"done"` // steps recorded before the action, replayed with Advance
}

type gradTrackExpect struct {
	Of          *int              `yaml:"of"`
	NameEN      *string           `yaml:"name_en"`
	NameFA      *string           `yaml:"name_fa"`
	Stage       *string           `yaml:"stage"`
	Provisional *bool             `yaml:"provisional"`
	Final       *bool             `yaml:"final"`
	NextStep    *int              `yaml:"next_step"`
	WaitingOn   *[]ayin.Authority `yaml:"waiting_on"`
	Dates       *[]calendar.Date  `yaml:"dates"` // the dates of the steps done, in order
	NA          *[]int            `yaml:"not_applicable"`
}

type gradExpect struct {
	Error      *string              `yaml:"error"` // a graduation.ReasonCode
	ErrorStep  *int                 `yaml:"error_step"`
	ErrorField *string              `yaml:"error_field"`
	Outcome    *ayin.Outcome        `yaml:"outcome"`
	Status     *ayin.Status         `yaml:"status"`
	Step       *int                 `yaml:"step"` // next: the next step's number
	Actor      *ayin.Authority      `yaml:"actor"`
	Complete   *bool                `yaml:"complete"`
	Reached    *int                 `yaml:"reached"`
	Missing    *[]string            `yaml:"missing"` // item codes
	Cites      []ayin.ClauseID      `yaml:"cites"`
	Findings   *[]gradFinding       `yaml:"findings"`
	Track      *gradTrackExpect     `yaml:"track"`
	Available  *[]string            `yaml:"available"`   // services: codes available
	Unavailble *[]string            `yaml:"unavailable"` // services: codes not yet available
	Notices    map[string]ayin.Text `yaml:"notices"`     // services: code → notice
}

type gradCase struct {
	Name   string        `yaml:"name"`
	Clause ayin.ClauseID `yaml:"clause"` // what the case illustrates; documentation only
	Note   string        `yaml:"note"`
	File   gradFileSpec  `yaml:"file"`
	Action string        `yaml:"action"` // next, advance, track, services
	Step   int           `yaml:"step"`   // advance
	Date   calendar.Date `yaml:"date"`   // advance
	Expect gradExpect    `yaml:"expect"`
}

// gradActual is what an action produced, printed on a mismatch.
type gradActual struct {
	Error    string              `yaml:"error,omitempty"`
	ErrText  string              `yaml:"error_text,omitempty"`
	Outcome  string              `yaml:"outcome,omitempty"`
	Status   string              `yaml:"status,omitempty"`
	Step     int                 `yaml:"step,omitempty"`
	Reached  int                 `yaml:"reached"`
	Missing  []string            `yaml:"missing,omitempty"`
	Cites    []ayin.ClauseID     `yaml:"cites,omitempty"`
	Findings []map[string]string `yaml:"findings,omitempty"`
	Extra    map[string]any      `yaml:"extra,omitempty"`
}

func findingsOut(fs ayin.Findings) []map[string]string {
	out := make([]map[string]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, map[string]string{"clause": string(f.Clause), "status": f.Status.String(), "en": f.Message.EN, "fa": f.Message.FA})
	}
	return out
}

// caseMismatch reports a failed expectation with the file, the case, the
// expected and the actual decision and its findings.
func caseMismatch(t *testing.T, file, name, what string, want, got any, actual any) {
	t.Helper()
	y, _ := yaml.Marshal(actual)
	t.Errorf("%s: case %q: %s: expected %v, got %v\nactual decision:\n%s", file, name, what, want, got, y)
}

func checkFindings(t *testing.T, file, name string, want *[]gradFinding, got ayin.Findings, actual any) {
	if want == nil {
		return
	}
	ok := len(*want) == len(got)
	for i := 0; ok && i < len(got); i++ {
		w := (*want)[i]
		ok = w.Clause == got[i].Clause && w.Status == got[i].Status && (w.MessageEN == nil || *w.MessageEN == got[i].Message.EN)
	}
	if !ok {
		caseMismatch(t, file, name, "findings", *want, findingsOut(got), actual)
	}
}

func checkCites(t *testing.T, file, name string, want, got []ayin.ClauseID, actual any) {
	for _, id := range want {
		if !slices.Contains(got, id) {
			caseMismatch(t, file, name, "cites", want, got, actual)
			return
		}
	}
}

func checkError(t *testing.T, file, name string, want *string, err error, actual any) bool {
	t.Helper()
	code := graduation.ReasonCode(err)
	if want == nil {
		if err != nil {
			caseMismatch(t, file, name, "error", "none", err, actual)
			return false
		}
		return true
	}
	if *want != code {
		caseMismatch(t, file, name, "error", *want, fmt.Sprintf("%s (%v)", code, err), actual)
		return false
	}
	return true
}

func runGraduationCases(t *testing.T, file string, data []byte) {
	cases, err := decodeCaseFile[gradCase](file, data)
	if err != nil {
		t.Fatal(err)
	}
	o := graduation.Default()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			e := c.Expect
			f, err := o.Replay(c.File.Facts, c.File.Done)
			if err != nil {
				t.Fatalf("%s: case %q: replaying `file.done`: %v", file, c.Name, err)
			}
			act := gradActual{Reached: f.Reached()}
			var cites []ayin.ClauseID
			var findings ayin.Findings
			switch c.Action {
			case "next":
				n, err := o.Next(f)
				act.Error, act.Outcome, act.Status, act.Step = graduation.ReasonCode(err), n.Outcome.String(), n.Status.String(), n.Step.Number
				for _, it := range n.Missing {
					act.Missing = append(act.Missing, it.Code)
				}
				findings, cites = n.Findings, n.Citations()
				act.Cites, act.Findings = cites, findingsOut(findings)
				if err != nil {
					act.ErrText = err.Error()
					cites = stepErrCites(err)
				}
				if !checkError(t, file, c.Name, e.Error, err, act) {
					return
				}
				checkStepError(t, file, c.Name, e, err, act)
				if err != nil {
					break
				}
				if e.Outcome != nil && *e.Outcome != n.Outcome {
					caseMismatch(t, file, c.Name, "outcome", *e.Outcome, n.Outcome, act)
				}
				if e.Status != nil && *e.Status != n.Status {
					caseMismatch(t, file, c.Name, "status", *e.Status, n.Status, act)
				}
				if e.Step != nil && *e.Step != n.Step.Number {
					caseMismatch(t, file, c.Name, "step", *e.Step, n.Step.Number, act)
				}
				if e.Actor != nil && *e.Actor != n.Step.Actor {
					caseMismatch(t, file, c.Name, "actor", *e.Actor, n.Step.Actor, act)
				}
				if e.Complete != nil && *e.Complete != n.Complete {
					caseMismatch(t, file, c.Name, "complete", *e.Complete, n.Complete, act)
				}
				if e.Missing != nil && !slices.Equal(*e.Missing, act.Missing) {
					caseMismatch(t, file, c.Name, "missing", *e.Missing, act.Missing, act)
				}
			case "advance":
				g, err := o.Advance(f, c.Step, c.Date)
				act.Error, act.Reached = graduation.ReasonCode(err), g.Reached()
				if err != nil {
					act.ErrText = err.Error()
					findings, cites = stepErrFindings(err), stepErrCites(err)
					act.Missing = stepErrMissing(err)
				} else {
					// The step's findings are those Next gave for it before it was recorded.
					r, _ := g.Record(c.Step)
					n, _ := o.Next(f)
					act.Status, findings = r.Status.String(), n.Findings
					if cites = n.Citations(); len(cites) == 0 {
						cites = []ayin.ClauseID{r.Clause}
					}
				}
				act.Cites, act.Findings = cites, findingsOut(findings)
				if !checkError(t, file, c.Name, e.Error, err, act) {
					return
				}
				checkStepError(t, file, c.Name, e, err, act)
				if e.Status != nil && (err != nil || *e.Status != statusOf(g, c.Step)) {
					caseMismatch(t, file, c.Name, "status", *e.Status, act.Status, act)
				}
				if e.Reached != nil && *e.Reached != act.Reached {
					caseMismatch(t, file, c.Name, "reached", *e.Reached, act.Reached, act)
				}
				if e.Missing != nil && !slices.Equal(*e.Missing, act.Missing) {
					caseMismatch(t, file, c.Name, "missing", *e.Missing, act.Missing, act)
				}
			case "track":
				v, err := o.Track(f)
				cites = []ayin.ClauseID{v.Clause}
				act.Reached = v.Reached
				act.Extra = map[string]any{"view": v}
				if !checkError(t, file, c.Name, e.Error, err, act) {
					return
				}
				if e.Reached != nil && *e.Reached != v.Reached {
					caseMismatch(t, file, c.Name, "reached", *e.Reached, v.Reached, act)
				}
				if e.Complete != nil && *e.Complete != (v.Stage == graduation.StageComplete) {
					caseMismatch(t, file, c.Name, "complete", *e.Complete, v.Stage, act)
				}
				checkTrack(t, file, c.Name, e.Track, v, act)
			case "services":
				svcs, err := o.Services(f)
				act.Extra = map[string]any{"services": svcs}
				if !checkError(t, file, c.Name, e.Error, err, act) {
					return
				}
				var avail, unavail []string
				cites = []ayin.ClauseID{"grad.svc"}
				for _, s := range svcs {
					cites = append(cites, s.Clause)
					if s.Available {
						avail = append(avail, s.Code)
					} else {
						unavail = append(unavail, s.Code)
					}
					if want, ok := e.Notices[s.Code]; ok && want != s.Notice {
						caseMismatch(t, file, c.Name, "notice of "+s.Code, want, s.Notice, act)
					}
				}
				if e.Available != nil && !slices.Equal(*e.Available, avail) {
					caseMismatch(t, file, c.Name, "available", *e.Available, avail, act)
				}
				if e.Unavailble != nil && !slices.Equal(*e.Unavailble, unavail) {
					caseMismatch(t, file, c.Name, "unavailable", *e.Unavailble, unavail, act)
				}
			default:
				t.Fatalf("%s: case %q: unknown action %q (want next, advance, track or services)", file, c.Name, c.Action)
			}
			checkCites(t, file, c.Name, e.Cites, cites, act)
			checkFindings(t, file, c.Name, e.Findings, findings, act)
		})
	}
}

func statusOf(f graduation.File, step int) ayin.Status {
	r, _ := f.Record(step)
	return r.Status
}

func asStepError(err error) *graduation.StepError {
	se, _ := err.(*graduation.StepError)
	return se
}

func stepErrFindings(err error) ayin.Findings {
	if se := asStepError(err); se != nil {
		return se.Findings
	}
	return nil
}

func stepErrCites(err error) []ayin.ClauseID {
	se := asStepError(err)
	if se == nil {
		return nil
	}
	out := se.Findings.Citations()
	if se.Clause != "" && !slices.Contains(out, se.Clause) {
		out = append([]ayin.ClauseID{se.Clause}, out...)
	}
	return out
}

func stepErrMissing(err error) []string {
	var out []string
	if se := asStepError(err); se != nil {
		for _, it := range se.Missing {
			out = append(out, it.Code)
		}
	}
	return out
}

func checkStepError(t *testing.T, file, name string, e gradExpect, err error, act gradActual) {
	se := asStepError(err)
	if e.ErrorStep != nil && (se == nil || se.Step != *e.ErrorStep) {
		caseMismatch(t, file, name, "error_step", *e.ErrorStep, err, act)
	}
	if e.ErrorField != nil && (se == nil || se.Field != *e.ErrorField) {
		caseMismatch(t, file, name, "error_field", *e.ErrorField, err, act)
	}
}

func checkTrack(t *testing.T, file, name string, w *gradTrackExpect, v graduation.View, act gradActual) {
	if w == nil {
		return
	}
	if w.Of != nil && *w.Of != v.Of {
		caseMismatch(t, file, name, "track.of", *w.Of, v.Of, act)
	}
	if w.NameEN != nil && *w.NameEN != v.Name.EN {
		caseMismatch(t, file, name, "track.name_en", *w.NameEN, v.Name.EN, act)
	}
	if w.NameFA != nil && *w.NameFA != v.Name.FA {
		caseMismatch(t, file, name, "track.name_fa", *w.NameFA, v.Name.FA, act)
	}
	if w.Stage != nil && *w.Stage != v.Stage.String() {
		caseMismatch(t, file, name, "track.stage", *w.Stage, v.Stage, act)
	}
	if w.Provisional != nil && *w.Provisional != v.Provisional {
		caseMismatch(t, file, name, "track.provisional", *w.Provisional, v.Provisional, act)
	}
	if w.Final != nil && *w.Final != v.Final {
		caseMismatch(t, file, name, "track.final", *w.Final, v.Final, act)
	}
	if w.NextStep != nil && *w.NextStep != v.NextStep {
		caseMismatch(t, file, name, "track.next_step", *w.NextStep, v.NextStep, act)
	}
	if w.WaitingOn != nil {
		var on []ayin.Authority
		for _, x := range v.Waiting {
			on = append(on, x.On)
		}
		if !slices.Equal(*w.WaitingOn, on) {
			caseMismatch(t, file, name, "track.waiting_on", *w.WaitingOn, on, act)
		}
	}
	if w.Dates != nil || w.NA != nil {
		var dates []calendar.Date
		var na []int
		for _, s := range v.Steps {
			if !s.Pending {
				dates = append(dates, s.Date)
				if s.Status == ayin.NotApplicable {
					na = append(na, s.Number)
				}
			}
		}
		if w.Dates != nil && !slices.Equal(*w.Dates, dates) {
			caseMismatch(t, file, name, "track.dates", *w.Dates, dates, act)
		}
		if w.NA != nil && !slices.Equal(*w.NA, na) {
			caseMismatch(t, file, name, "track.not_applicable", *w.NA, na, act)
		}
	}
}

// checklistExpect is the expectation of a `duplicate` or `transcript` case.
type checklistExpect struct {
	Error      *string          `yaml:"error"` // "missing-fact", "invalid-fact" or "before-edition"
	ErrorField *string          `yaml:"error_field"`
	Outcome    *ayin.Outcome    `yaml:"outcome"`
	Complete   *bool            `yaml:"complete"`
	Missing    *[]ayin.ClauseID `yaml:"missing"` // the failed items' clauses, in order
	Cites      []ayin.ClauseID  `yaml:"cites"`
	Findings   *[]gradFinding   `yaml:"findings"`
	Fee        *string          `yaml:"fee"` // rials, e.g. "300000"
}

type duplicateCase struct {
	Name    string                      `yaml:"name"`
	Clause  ayin.ClauseID               `yaml:"clause"`
	Note    string                      `yaml:"note"`
	Request graduation.DuplicateRequest `yaml:"request"`
	Expect  checklistExpect             `yaml:"expect"`
}

type transcriptCase struct {
	Name    string                       `yaml:"name"`
	Clause  ayin.ClauseID                `yaml:"clause"`
	Note    string                       `yaml:"note"`
	Request graduation.TranscriptRequest `yaml:"request"`
	Expect  checklistExpect              `yaml:"expect"`
}

type checklistActual struct {
	Error    string              `yaml:"error,omitempty"`
	ErrText  string              `yaml:"error_text,omitempty"`
	Outcome  string              `yaml:"outcome"`
	Missing  []ayin.ClauseID     `yaml:"missing"`
	Fee      string              `yaml:"fee"`
	Findings []map[string]string `yaml:"findings"`
}

func runDuplicateCases(t *testing.T, file string, data []byte) {
	cases, err := decodeCaseFile[duplicateCase](file, data)
	if err != nil {
		t.Fatal(err)
	}
	o := graduation.Default()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res, err := o.Duplicate(c.Request)
			checkChecklist(t, file, c.Name, c.Expect, res, err)
		})
	}
}

func runTranscriptCases(t *testing.T, file string, data []byte) {
	cases, err := decodeCaseFile[transcriptCase](file, data)
	if err != nil {
		t.Fatal(err)
	}
	o := graduation.Default()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res, err := o.Transcript(c.Request)
			checkChecklist(t, file, c.Name, c.Expect, res, err)
		})
	}
}

func checkChecklist(t *testing.T, file, name string, e checklistExpect, res graduation.Checklist, err error) {
	act := checklistActual{Error: graduation.ReasonCode(err), Outcome: res.Outcome.String(), Missing: res.Missing(),
		Fee: res.Fee.Rials.String(), Findings: findingsOut(res.Findings)}
	if err != nil {
		act.ErrText = err.Error()
	}
	if !checkError(t, file, name, e.Error, err, act) {
		return
	}
	if e.ErrorField != nil {
		fe, _ := err.(*graduation.FactError)
		if fe == nil || fe.Field != *e.ErrorField {
			caseMismatch(t, file, name, "error_field", *e.ErrorField, err, act)
		}
	}
	if err != nil {
		return
	}
	if e.Outcome != nil && *e.Outcome != res.Outcome {
		caseMismatch(t, file, name, "outcome", *e.Outcome, res.Outcome, act)
	}
	if e.Complete != nil && *e.Complete != res.Complete() {
		caseMismatch(t, file, name, "complete", *e.Complete, res.Complete(), act)
	}
	if e.Missing != nil && !slices.Equal(*e.Missing, res.Missing()) {
		caseMismatch(t, file, name, "missing", *e.Missing, res.Missing(), act)
	}
	if e.Fee != nil && strings.TrimSpace(*e.Fee) != res.Fee.Rials.String() {
		caseMismatch(t, file, name, "fee", *e.Fee, res.Fee.Rials.String(), act)
	}
	checkCites(t, file, name, e.Cites, res.Citations(), act)
	checkFindings(t, file, name, e.Findings, res.Findings, act)
}
