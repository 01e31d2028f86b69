package ayin_test

// The case runner of kind `transfer` (testdata/cases/transfer/README.md):
// each case gives a student's facts and a request, evaluates them with
// package transfer, and checks the expectations given (an expectation left
// out is not checked; one given must match exactly).

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"gopkg.in/yaml.v3"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/transfer"
)

func init() { registerCaseRunner("transfer", runTransferCases) }

// transferCase is one case of a `kind: transfer` file.
type transferCase struct {
	Name    string `yaml:"name"`
	Edition string `yaml:"edition"` // optional: an edition YAML file, relative to the case file
	// Student and Request are decoded per case, strictly, so that a bad value
	// (an unknown ground, a GPA that is not a number) is that case's error,
	// which an `expect: {error: …}` can name; an unknown field is an error too.
	Student yaml.Node      `yaml:"student"`
	Request yaml.Node      `yaml:"request"`
	Expect  transferExpect `yaml:"expect"`
}

// facts decodes the case's student and request.
func (c *transferCase) facts() (transfer.Student, transfer.Request, error) {
	var s transfer.Student
	var r transfer.Request
	if err := strictNode(&c.Student, &s); err != nil {
		return s, r, fmt.Errorf("student: %w", err)
	}
	if err := strictNode(&c.Request, &r); err != nil {
		return s, r, fmt.Errorf("request: %w", err)
	}
	return s, r, nil
}

// evaluate decodes the facts and evaluates them.
func (c *transferCase) evaluate(ev *transfer.Evaluator) (transfer.Decision, error) {
	s, r, err := c.facts()
	if err != nil {
		return transfer.Decision{}, err
	}
	return ev.Evaluate(s, r)
}

// unalias copies a node with every alias replaced by a copy of what it
// names, so the node can be encoded on its own (anchors live elsewhere in
// the file).
func unalias(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.AliasNode {
		return unalias(n.Alias)
	}
	c := *n
	c.Anchor = ""
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, k := range n.Content {
		c.Content[i] = unalias(k)
	}
	return &c
}

// strictNode decodes a node with unknown fields refused; an absent node
// leaves v as it is.
func strictNode(n *yaml.Node, v any) error {
	if n.Kind == 0 {
		return nil
	}
	data, err := yaml.Marshal(unalias(n))
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("(case line %d) %v", n.Line, err)
	}
	return nil
}

type transferExpect struct {
	Error      string                 `yaml:"error,omitempty"` // the evaluation must fail with an error containing this text
	Outcome    *ayin.Outcome          `yaml:"outcome,omitempty"`
	Clause     string                 `yaml:"clause,omitempty"`
	Granted    *grantExpect           `yaml:"granted,omitempty"`
	Approvals  *[]ayin.Authority      `yaml:"approvals,omitempty"`   // as a set, exactly
	Documents  string                 `yaml:"documents,omitempty"`   // the table-6 row
	Reviewer   string                 `yaml:"reviewer,omitempty"`    // its reviewing authority
	Fee        *decimal.Decimal       `yaml:"fee,omitempty"`         // total rials
	PageCharge *decimal.Decimal       `yaml:"page_charge,omitempty"` // rials for the extra pages
	Window     *windowExpect          `yaml:"window,omitempty"`
	Tuition    *tuitionExpect         `yaml:"tuition,omitempty"`
	Confidence *[]string              `yaml:"confidence,omitempty"` // units noted as uncertain, as a set, exactly
	Cites      []ayin.ClauseID        `yaml:"cites,omitempty"`      // all must be among the citations
	NotCites   []ayin.ClauseID        `yaml:"not_cites,omitempty"`  // none may be
	Findings   map[string]ayin.Status `yaml:"findings,omitempty"`   // clause → its status (see README)
	// Options: the first entries of Options(student, request), in order.
	Options []optionExpect `yaml:"options,omitempty"`
}

type optionExpect struct {
	Ground  transfer.Ground `yaml:"ground"`
	Kind    transfer.Kind   `yaml:"kind"`
	Outcome *ayin.Outcome   `yaml:"outcome,omitempty"`
	Clause  string          `yaml:"clause,omitempty"`
	Granted *transfer.Kind  `yaml:"granted,omitempty"`
}

type grantExpect struct {
	Kind           *transfer.Kind `yaml:"kind,omitempty"`
	Terms          *int           `yaml:"terms,omitempty"`
	UntilEndOfYear *bool          `yaml:"until_end_of_year,omitempty"`
	Conditional    *bool          `yaml:"conditional,omitempty"`
	Extend         *bool          `yaml:"extend,omitempty"`  // an extension condition is set
	Convert        *bool          `yaml:"convert,omitempty"` // a conversion condition is set
	TuitionRates   *ayin.UnitKind `yaml:"tuition_rates,omitempty"`
	FieldChange    *bool          `yaml:"field_change,omitempty"`
}

type windowExpect struct {
	In       *bool   `yaml:"in,omitempty"`
	Next     *string `yaml:"next,omitempty"` // the day the next student window opens; "" for none
	Table    string  `yaml:"table,omitempty"`
	Semester string  `yaml:"semester,omitempty"`
}

type tuitionExpect struct {
	Origin      decimal.Decimal `yaml:"origin,omitempty"`
	Destination decimal.Decimal `yaml:"destination,omitempty"`
}

var (
	caseEvalMu sync.Mutex
	caseEvals  = map[string]*transfer.Evaluator{}
)

// caseEvaluator returns the evaluator of the case's edition: the default, or
// the file named relative to the case file.
func caseEvaluator(file, edition string) (*transfer.Evaluator, error) {
	if edition == "" {
		return transfer.Default(), nil
	}
	p := edition
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(file), p)
	}
	caseEvalMu.Lock()
	defer caseEvalMu.Unlock()
	if ev, ok := caseEvals[p]; ok {
		return ev, nil
	}
	ed, err := ayin.LoadFile(p)
	if err != nil {
		return nil, err
	}
	ev, err := transfer.New(ed)
	if err != nil {
		return nil, err
	}
	caseEvals[p] = ev
	return ev, nil
}

func runTransferCases(t *testing.T, file string, data []byte) {
	cases, err := decodeCaseFile[transferCase](file, data)
	if err != nil {
		t.Fatalf("%v", err)
	}
	for i, c := range cases {
		name := c.Name
		if name == "" {
			name = fmt.Sprintf("case %d", i+1)
		}
		t.Run(name, func(t *testing.T) {
			ev, err := caseEvaluator(file, c.Edition)
			if err != nil {
				t.Fatalf("%s: case %q: edition %s: %v", file, name, c.Edition, err)
			}
			if len(c.Expect.Options) > 0 && c.Expect.Outcome == nil && c.Expect.Error == "" {
				// A case about Options alone need not name a ground and kind.
				if problems := checkOptions(&c, ev); len(problems) > 0 {
					t.Errorf("%s: case %q:\n  %s", file, name, strings.Join(problems, "\n  "))
				}
				return
			}
			d, err := c.evaluate(ev)
			problems := checkTransferCase(c.Expect, d, err)
			if len(c.Expect.Options) > 0 && err == nil {
				problems = append(problems, checkOptions(&c, ev)...)
			}
			if len(problems) > 0 {
				t.Errorf("%s: case %q:\n  %s\nexpected: %s\nactual:\n%s", file, name, strings.Join(problems, "\n  "), describeExpect(c.Expect), describeDecision(d, err))
			}
		})
	}
}

// checkTransferCase lists every expectation the decision does not meet.
func checkTransferCase(x transferExpect, d transfer.Decision, err error) []string {
	var p []string
	bad := func(format string, args ...any) { p = append(p, fmt.Sprintf(format, args...)) }
	if x.Error != "" {
		if err == nil {
			bad("want an error containing %q, got a decision", x.Error)
		} else if !strings.Contains(err.Error(), x.Error) {
			bad("want an error containing %q, got %q", x.Error, err.Error())
		}
		return p
	}
	if err != nil {
		bad("unexpected error: %v", err)
		return p
	}
	if x.Outcome != nil && d.Outcome != *x.Outcome {
		bad("outcome: want %s, got %s", *x.Outcome, d.Outcome)
	}
	if x.Clause != "" && string(d.Clause) != x.Clause {
		bad("clause: want %s, got %s", x.Clause, d.Clause)
	}
	if g := x.Granted; g != nil {
		a := d.Granted
		if g.Kind != nil && a.Kind != *g.Kind {
			bad("granted.kind: want %s, got %s", *g.Kind, a.Kind)
		}
		if g.Terms != nil && a.Terms != *g.Terms {
			bad("granted.terms: want %d, got %d", *g.Terms, a.Terms)
		}
		if g.UntilEndOfYear != nil && a.UntilEndOfYear != *g.UntilEndOfYear {
			bad("granted.until_end_of_year: want %v, got %v", *g.UntilEndOfYear, a.UntilEndOfYear)
		}
		if g.Conditional != nil && a.Conditional != *g.Conditional {
			bad("granted.conditional: want %v, got %v", *g.Conditional, a.Conditional)
		}
		if g.Extend != nil && (a.Extend != nil) != *g.Extend {
			bad("granted.extend: want %v, got %v", *g.Extend, a.Extend != nil)
		}
		if g.Convert != nil && (a.Convert != nil) != *g.Convert {
			bad("granted.convert: want %v, got %v", *g.Convert, a.Convert != nil)
		}
		if g.TuitionRates != nil && a.TuitionRates != *g.TuitionRates {
			bad("granted.tuition_rates: want %s, got %s", *g.TuitionRates, a.TuitionRates)
		}
		if g.FieldChange != nil && a.FieldChange != *g.FieldChange {
			bad("granted.field_change: want %v, got %v", *g.FieldChange, a.FieldChange)
		}
	}
	if x.Approvals != nil && !sameSet(authStrings(*x.Approvals), authStrings(d.Approvals)) {
		bad("approvals: want %v, got %v", *x.Approvals, d.Approvals)
	}
	if x.Documents != "" && string(d.Documents.Row) != x.Documents {
		bad("documents: want row %s, got %q", x.Documents, d.Documents.Row)
	}
	if x.Reviewer != "" && string(d.Documents.Reviewer) != x.Reviewer {
		bad("reviewer: want %s, got %q", x.Reviewer, d.Documents.Reviewer)
	}
	if x.Fee != nil && !d.Fee.Total.Equal(*x.Fee) {
		bad("fee: want %s rials, got %s", x.Fee, d.Fee.Total)
	}
	if x.PageCharge != nil && !d.Fee.Pages.Rials.Equal(*x.PageCharge) {
		bad("page_charge: want %s rials, got %s", x.PageCharge, d.Fee.Pages.Rials)
	}
	if w := x.Window; w != nil {
		if w.In != nil && d.Window.In != *w.In {
			bad("window.in: want %v, got %v", *w.In, d.Window.In)
		}
		if w.Next != nil && d.Window.Next.From.String() != *w.Next {
			bad("window.next: want %q, got %q", *w.Next, d.Window.Next.From.String())
		}
		if w.Table != "" && string(d.Window.Table) != w.Table {
			bad("window.table: want %s, got %s", w.Table, d.Window.Table)
		}
		if w.Semester != "" && d.Window.Semester.String() != w.Semester {
			bad("window.semester: want %s, got %s", w.Semester, d.Window.Semester)
		}
	}
	if tu := x.Tuition; tu != nil {
		if d.Tuition == nil {
			bad("tuition: want a split, got none")
		} else if !d.Tuition.ToOrigin.Rials.Equal(tu.Origin) || !d.Tuition.ToDestination.Rials.Equal(tu.Destination) {
			bad("tuition: want %s/%s, got %s/%s", tu.Origin, tu.Destination, d.Tuition.ToOrigin.Rials, d.Tuition.ToDestination.Rials)
		}
	}
	if x.Confidence != nil {
		var got []string
		for _, n := range d.Confidence {
			got = append(got, n.Unit)
		}
		want := make([]string, len(*x.Confidence))
		for i, u := range *x.Confidence {
			want[i] = ayin.NormalizePersian(u)
		}
		if !sameSet(want, got) {
			bad("confidence: want %v, got %v", want, got)
		}
	}
	for _, c := range x.Cites {
		if !d.Cites(c) {
			bad("cites: %s is not among the citations %v", c, d.Citations)
		}
	}
	for _, c := range x.NotCites {
		if d.Cites(c) {
			bad("not_cites: %s is cited", c)
		}
	}
	for c, want := range x.Findings {
		got, ok := clauseStatus(d.Findings, ayin.ClauseID(c))
		if !ok {
			bad("findings: no finding on %s (want %s)", c, want)
		} else if got != want {
			bad("findings: %s is %s, want %s", c, got, want)
		}
	}
	return p
}

// checkOptions compares the first options with the expected ones.
func checkOptions(c *transferCase, ev *transfer.Evaluator) []string {
	s, r, err := c.facts()
	if err != nil {
		return []string{err.Error()}
	}
	opts, err := ev.Options(s, r)
	if err != nil {
		return []string{"options: " + err.Error()}
	}
	var p []string
	if len(opts) < len(c.Expect.Options) {
		p = append(p, fmt.Sprintf("options: want at least %d, got %d", len(c.Expect.Options), len(opts)))
	}
	for i, want := range c.Expect.Options {
		if i >= len(opts) {
			break
		}
		o := opts[i]
		got := fmt.Sprintf("%s %s %s %s granted %s", o.Ground, o.Kind, o.Decision.Outcome, o.Decision.Clause, o.Decision.Granted.Kind)
		switch {
		case o.Ground != want.Ground || o.Kind != want.Kind,
			want.Outcome != nil && o.Decision.Outcome != *want.Outcome,
			want.Clause != "" && string(o.Decision.Clause) != want.Clause,
			want.Granted != nil && o.Decision.Granted.Kind != *want.Granted:
			p = append(p, fmt.Sprintf("options[%d]: want %s %s (outcome %v, clause %q), got %s", i, want.Ground, want.Kind, want.Outcome, want.Clause, got))
		}
	}
	if len(p) > 0 {
		for i, o := range opts {
			p = append(p, fmt.Sprintf("  actual options[%d]: %s %s %s %s %v", i, o.Ground, o.Kind, o.Decision.Outcome, o.Decision.Clause, o.Err))
		}
	}
	return p
}

// clauseStatus is a clause's overall status among the findings: failed if
// any of its findings failed, else needs-confirmation if any does, else held
// if any held, else not-applicable.
func clauseStatus(fs ayin.Findings, c ayin.ClauseID) (ayin.Status, bool) {
	found, st := false, ayin.NotApplicable
	rank := map[ayin.Status]int{ayin.NotApplicable: 0, ayin.Held: 1, ayin.NeedsConfirmation: 2, ayin.Failed: 3}
	for _, f := range fs {
		if f.Clause == c {
			found = true
			if rank[f.Status] > rank[st] {
				st = f.Status
			}
		}
	}
	return st, found
}

func authStrings(as []ayin.Authority) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = string(a)
	}
	return out
}

func sameSet(a, b []string) bool {
	a, b = append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(a)
	sort.Strings(b)
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

func describeExpect(x transferExpect) string {
	b, _ := yaml.Marshal(x)
	return "\n  " + strings.ReplaceAll(strings.TrimSpace(string(b)), "\n", "\n  ")
}

// describeDecision prints a decision with its findings for a failing case.
func describeDecision(d transfer.Decision, err error) string {
	if err != nil {
		return "  error: " + err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  outcome %s, clause %s, asked %s, granted %s (terms %d, conditional %v, extend %v, convert %v)\n",
		d.Outcome, d.Clause, d.Asked, d.Granted.Kind, d.Granted.Terms, d.Granted.Conditional, d.Granted.Extend != nil, d.Granted.Convert != nil)
	fmt.Fprintf(&b, "  approvals %v; documents %s (%s); fee %s (pages %s); window %s in=%v next=%s (%s)\n",
		d.Approvals, d.Documents.Row, d.Documents.Reviewer, d.Fee.Total, d.Fee.Pages.Rials, d.Window.Semester, d.Window.In, d.Window.Next.From, d.Window.Table)
	for _, n := range d.Confidence {
		fmt.Fprintf(&b, "  confidence: %s (group %d) for %s\n", n.Unit, n.Group, n.Clause)
	}
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "  - %-12s %-18s %s\n", f.Clause, f.Status, f.Message.EN)
	}
	return b.String()
}

// transferCaseFiles lists the transfer case files of testdata/cases and the
// AYIN_CASES folders, for the coverage test.
func transferCaseFiles(t *testing.T) map[string][]transferCase {
	out := map[string][]transferCase{}
	for _, dir := range caseFolders() {
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		for _, f := range caseFiles(t, dir) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var head caseFile
			if err := decodeStrictHead(data, &head); err != nil || head.Kind != "transfer" {
				continue
			}
			cs, err := decodeCaseFile[transferCase](f, data)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = cs
		}
	}
	return out
}
