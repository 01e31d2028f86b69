package ayin

import (
	"fmt"
	"strings"
)

// Step is one of the certificate-issuance steps (grad.issue.1–16), as one
// version of the graduation tables lists it. Package graduation runs the
// workflow over them.
type Step struct {
	Number  int         // 1-based position in the workflow
	Clause  ClauseID    // grad.issue.N
	Name    Text        // the step's name
	Actor   Authority   // who performs it (rulings R17)
	Also    []Authority // others who act in the step (step 10: the Student Affairs Deputy)
	Stage   string      // "file", "provisional" or "final": which certificate the step works on
	Needs   []string    // codes of the items (GraduationItem) the step needs before it can be recorded
	Check   string      // "", or the check the step makes: one of StepChecks
	Reading string      // the library's reading of the step, if any
}

// StepChecks are the checks a step may name in its `check:` field. Each is
// logic of package graduation:
//   - "conscription": grad.issue.3 applies only to a male graduate with
//     neither an exemption card nor an end-of-service card; otherwise the
//     step is recorded as not applicable (E125);
//   - "provisional-issued": the file holds the provisional certificate (grad.issue.7);
//   - "provisional-matches-file": it agrees with the file's particulars (grad.issue.8);
//   - "final-issued": the file holds the final certificate and its form,
//     diploma or approved (grad.issue.12, E127);
//   - "final-matches-provisional": it agrees with the provisional one (grad.issue.13).
var StepChecks = []string{"conscription", "provisional-issued", "provisional-matches-file", "final-issued", "final-matches-provisional"}

// GraduationItem is one document or act a step needs: a document the file
// must hold (the birth-certificate copy of grad.issue.2) or something done
// to the certificate (the photograph affixed in grad.issue.9).
type GraduationItem struct {
	Code   string    // stable code, e.g. "evaluation-fee-receipt"
	Clause ClauseID  // the step that names it
	By     Authority // who provides it: the graduate for documents, an office for acts
	Name   Text
}

// GraduationService is one of the services to visitors (grad.svc.1–3).
type GraduationService struct {
	Code    string   // stable code, e.g. "provisional-certificate-delivery"
	Clause  ClauseID // grad.svc.N
	Name    Text
	Notice  Text   // what the visitor must know first ("call before coming"), or empty
	After   int    // the step that must be done before it is available for a file; 0: always
	Reading string // the library's reading, if any
}

// ChecklistItem is one requirement of the duplicate-certificate
// (grad.dup.1–5) or transcript-for-translation (grad.transcript.1–4) list.
type ChecklistItem struct {
	Clause ClauseID
	Name   Text // what is required
}

// DuplicateParams are the duplicate-certificate (المثنی) checklist and its
// numbers (grad.dup.1–5). The fee is GraduatesFees.DuplicateCertificate.
type DuplicateParams struct {
	Items               []ChecklistItem // grad.dup.1 … grad.dup.5, in order
	NotarisedSignatures Param[int]      // grad.dup.3: at least this many notarised signatures
	Notices             Param[int]      // grad.dup.4: publications in the newspapers
	NoticeIntervalDays  Param[int]      // grad.dup.4: days at least between one publication and the next
	NoticeCopies        Param[int]      // grad.dup.4: copies handed to the unit
}

// TranscriptParams is the transcript-for-translation checklist
// (grad.transcript.1–4). The fee is GraduatesFees.TranscriptTranslation.
type TranscriptParams struct {
	Items []ChecklistItem // grad.transcript.1 … grad.transcript.4, in order
}

// GraduationTables is one version of the graduates' office workflow: the
// sixteen steps, the items they need, the services to visitors and the two
// checklists.
type GraduationTables struct {
	Steps          []Step
	Items          []GraduationItem
	Services       []GraduationService
	ServicesClause ClauseID  // grad.svc: who carries the services out
	ServicesBy     Authority // the graduates' affairs staff
	Duplicate      DuplicateParams
	Transcript     TranscriptParams
	Reading        string
}

// Item returns the item with the given code.
func (g GraduationTables) Item(code string) (GraduationItem, bool) {
	for _, it := range g.Items {
		if it.Code == code {
			return it, true
		}
	}
	return GraduationItem{}, false
}

type rawGraduation struct {
	Items      []rawGradItem    `yaml:"items"`
	Steps      []rawStep        `yaml:"steps"`
	Services   rawServices      `yaml:"services"`
	Duplicate  rawDuplicate     `yaml:"duplicate"`
	Transcript rawChecklistOnly `yaml:"transcript"`
}

type rawGradItem struct {
	Item   at[string] `yaml:"item"`
	Source clauseRef  `yaml:"source"`
	By     at[string] `yaml:"by"`
	Name   Text       `yaml:"name"`
}

type rawStep struct {
	Step    at[int]      `yaml:"step"`
	Clause  clauseRef    `yaml:"clause"`
	Name    Text         `yaml:"name"`
	Actor   at[string]   `yaml:"actor"`
	Also    []at[string] `yaml:"also"`
	Stage   at[string]   `yaml:"stage"`
	Needs   []at[string] `yaml:"needs"`
	Check   at[string]   `yaml:"check"`
	Reading string       `yaml:"reading"`
}

type rawServices struct {
	Source clauseRef    `yaml:"source"`
	Actor  at[string]   `yaml:"actor"`
	List   []rawService `yaml:"list"`
}

type rawService struct {
	Service at[string] `yaml:"service"`
	Source  clauseRef  `yaml:"source"`
	After   at[int]    `yaml:"after"`
	Name    Text       `yaml:"name"`
	Notice  Text       `yaml:"notice"`
	Reading string     `yaml:"reading"`
}

type rawChecklistItem struct {
	Source clauseRef `yaml:"source"`
	Name   Text      `yaml:"name"`
}

type rawChecklistOnly struct {
	Items []rawChecklistItem `yaml:"items"`
}

type rawDuplicate struct {
	Items               []rawChecklistItem `yaml:"items"`
	NotarisedSignatures rawParam[int]      `yaml:"notarised_signatures"`
	Notices             rawParam[int]      `yaml:"notices"`
	NoticeIntervalDays  rawParam[int]      `yaml:"notice_interval_days"`
	NoticeCopies        rawParam[int]      `yaml:"notice_copies"`
}

func needText(c *checker, t Text, line int, field string) {
	if strings.TrimSpace(t.FA) == "" || strings.TrimSpace(t.EN) == "" {
		c.fail(line, field, "needs both its Persian (fa) and English (en) text")
	}
}

func buildChecklist(c *checker, f string, items []rawChecklistItem, prefix string, want int) []ChecklistItem {
	out := make([]ChecklistItem, 0, len(items))
	if len(items) != want {
		c.fail(0, f+".items", "%d items: the list has %d (%s1–%d)", len(items), want, prefix, want)
		return out
	}
	for i, it := range items {
		itf := fmt.Sprintf("%s.items[%d]", f, i)
		id := c.ref(it.Source, 0, itf+".source")
		if want := ClauseID(fmt.Sprintf("%s%d", prefix, i+1)); c.ok() && id != want {
			c.fail(it.Source.Line, itf+".source", "item %d cites %s: want %s (items in source order)", i+1, id, want)
		}
		needText(c, it.Name, it.Source.Line, itf+".name")
		out = append(out, ChecklistItem{Clause: id, Name: it.Name})
	}
	return out
}

func buildGraduation(c *checker, f string, r rawGraduation, reading string) GraduationTables {
	g := GraduationTables{Reading: strings.TrimSpace(reading)}
	items := make(map[string]bool, len(r.Items))
	for i, it := range r.Items {
		itf := fmt.Sprintf("%s.items[%d]", f, i)
		code := strings.TrimSpace(it.Item.V)
		if code == "" {
			c.fail(it.Item.Line, itf+".item", "missing item code")
			return g
		}
		if items[code] {
			c.fail(it.Item.Line, itf+".item", "item %q is listed twice", code)
			return g
		}
		items[code] = true
		gi := GraduationItem{Code: code, Clause: c.ref(it.Source, it.Item.Line, itf+".source"), By: Authority(strings.TrimSpace(it.By.V)), Name: it.Name}
		if !gi.By.Known() {
			c.fail(it.By.Line, itf+".by", "unknown authority %q", it.By.V)
		}
		needText(c, it.Name, it.Item.Line, itf+".name")
		g.Items = append(g.Items, gi)
	}
	if len(r.Steps) == 0 {
		c.fail(0, f+".steps", "no steps")
	}
	for i, s := range r.Steps {
		sf := fmt.Sprintf("%s.steps[%d]", f, i)
		st := Step{Number: c.count(s.Step, sf+".step", 1, 99), Clause: c.ref(s.Clause, s.Step.Line, sf+".clause"),
			Name: s.Name, Actor: Authority(strings.TrimSpace(s.Actor.V)), Stage: strings.TrimSpace(s.Stage.V),
			Check: strings.TrimSpace(s.Check.V), Reading: strings.TrimSpace(s.Reading)}
		if st.Number != i+1 && c.ok() {
			c.fail(s.Step.Line, sf+".step", "step %d out of order: want %d", st.Number, i+1)
		}
		if !st.Actor.Known() {
			c.fail(s.Actor.Line, sf+".actor", "unknown authority %q", s.Actor.V)
		}
		for j, a := range s.Also {
			au := Authority(strings.TrimSpace(a.V))
			if !au.Known() {
				c.fail(a.Line, fmt.Sprintf("%s.also[%d]", sf, j), "unknown authority %q", a.V)
			}
			st.Also = append(st.Also, au)
		}
		switch st.Stage {
		case "file", "provisional", "final":
		default:
			c.fail(s.Stage.Line, sf+".stage", "unknown stage %q (want file, provisional or final)", st.Stage)
		}
		if st.Check != "" {
			known := false
			for _, k := range StepChecks {
				known = known || k == st.Check
			}
			if !known {
				c.fail(s.Check.Line, sf+".check", "unknown check %q (want one of %s)", st.Check, strings.Join(StepChecks, ", "))
			}
		}
		for j, n := range s.Needs {
			code := strings.TrimSpace(n.V)
			if !items[code] {
				c.fail(n.Line, fmt.Sprintf("%s.needs[%d]", sf, j), "item %q is not in the items list", code)
			}
			st.Needs = append(st.Needs, code)
		}
		needText(c, s.Name, s.Step.Line, sf+".name")
		g.Steps = append(g.Steps, st)
	}

	sv := r.Services
	g.ServicesClause = c.ref(sv.Source, sv.Actor.Line, f+".services.source")
	g.ServicesBy = Authority(strings.TrimSpace(sv.Actor.V))
	if !g.ServicesBy.Known() {
		c.fail(sv.Actor.Line, f+".services.actor", "unknown authority %q", sv.Actor.V)
	}
	seen := map[string]bool{}
	for i, s := range sv.List {
		sf := fmt.Sprintf("%s.services.list[%d]", f, i)
		code := strings.TrimSpace(s.Service.V)
		if code == "" || seen[code] {
			c.fail(s.Service.Line, sf+".service", "missing or repeated service code %q", code)
			return g
		}
		seen[code] = true
		gs := GraduationService{Code: code, Clause: c.ref(s.Source, s.Service.Line, sf+".source"), Name: s.Name,
			Notice: s.Notice, After: c.count(s.After, sf+".after", 0, len(g.Steps)), Reading: strings.TrimSpace(s.Reading)}
		needText(c, s.Name, s.Service.Line, sf+".name")
		g.Services = append(g.Services, gs)
	}

	d := r.Duplicate
	g.Duplicate = DuplicateParams{
		Items:               buildChecklist(c, f+".duplicate", d.Items, "grad.dup.", 5),
		NotarisedSignatures: intParam(c, f+".duplicate.notarised_signatures", d.NotarisedSignatures, 1, 20),
		Notices:             intParam(c, f+".duplicate.notices", d.Notices, 1, 20),
		NoticeIntervalDays:  intParam(c, f+".duplicate.notice_interval_days", d.NoticeIntervalDays, 0, 365),
		NoticeCopies:        intParam(c, f+".duplicate.notice_copies", d.NoticeCopies, 0, 20),
	}
	g.Transcript = TranscriptParams{Items: buildChecklist(c, f+".transcript", r.Transcript.Items, "grad.transcript.", 4)}
	return g
}
