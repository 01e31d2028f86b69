// Command evaluate is the README's first command: it evaluates the sample
// students and graduates of testdata/students/ against the embedded rule
// tables and prints, for each, a readable report — the request, the outcome,
// what is granted, the approvals, documents, fee and window, and every
// finding with its clause ID and the clause's text.
//
//	go run ./examples/evaluate                       # every sample, in Persian
//	go run ./examples/evaluate -lang en              # in English
//	go run ./examples/evaluate -json                 # machine output (see result)
//	go run ./examples/evaluate -in my-student.yaml   # one's own file (format: samples.go)
//	go run ./examples/evaluate -rules my-edition.yaml
//	go run ./examples/evaluate -options              # every ground each student could use
//	go run ./examples/evaluate -asof 1403/07/01      # requests taken as registered that day
//
// A bad input file is reported with its file, line and field, and the
// program exits with status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/graduation"
	"github.com/ayinrules/ayin/honors"
	"github.com/ayinrules/ayin/transfer"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	lang    ayin.Lang
	json    bool
	in      string
	dir     string
	options bool
	asof    calendar.Date
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	lang := fl.String("lang", "fa", "language of the report: fa or en")
	asJSON := fl.Bool("json", false, "print machine-readable JSON instead of the report")
	in := fl.String("in", "", "evaluate this sample file instead of the folder")
	dir := fl.String("dir", "testdata/students", "the folder of sample files")
	rules := fl.String("rules", "", "a YAML edition to use instead of the embedded one")
	opts := fl.Bool("options", false, "for transfer samples, list every ground and kind the student could use, best first")
	asof := fl.String("asof", "", "evaluate as of this Jalali date (transfer requests registered, duplicate requests examined that day)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	o := options{json: *asJSON, in: *in, dir: *dir, options: *opts}
	var err error
	if o.lang, err = ayin.ParseLang(*lang); err != nil {
		fmt.Fprintln(stderr, "-lang:", err)
		return 2
	}
	if *asof != "" {
		if o.asof, err = calendar.Parse(*asof); err != nil {
			fmt.Fprintln(stderr, "-asof:", err)
			return 2
		}
	}
	ed := ayin.Default()
	if *rules != "" {
		if ed, err = ayin.LoadFile(*rules); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	ev, err := newEvaluators(ed)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	files := []string{o.in}
	if o.in == "" {
		if files, err = sampleFiles(o.dir); err != nil {
			fmt.Fprintf(stderr, "%v\n(run from the repository's root, or give -dir or -in)\n", err)
			return 2
		}
	}
	var results []result
	for _, f := range files {
		s, err := readSample(f)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		r, err := ev.evaluate(s, o)
		if err != nil {
			fmt.Fprintln(stderr, err)
			var ie *inputError
			if errors.As(err, &ie) {
				return 2
			}
			return 1
		}
		results = append(results, r)
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(results); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		return 0
	}
	p := &printer{w: stdout, l: o.lang, ed: ed}
	for _, r := range results {
		p.result(r)
	}
	return p.err()
}

// result is one sample's answer; with -json the program prints a list of
// them. The field names are stable: file, kind, title, and one of transfer,
// options, destinations, graduation, honors, cohort or
// duplicate, each the library's own
// decision type with its documented JSON names.
type result struct {
	File         string                     `json:"file"`
	Kind         string                     `json:"kind"`
	Title        ayin.Text                  `json:"title"`
	Request      *transfer.Request          `json:"request,omitempty"`
	Transfer     *transfer.Decision         `json:"transfer,omitempty"`
	Options      []transfer.Option          `json:"options,omitempty"`
	Destinations []transfer.DestinationRule `json:"destinations,omitempty"`
	Graduation   *graduationResult          `json:"graduation,omitempty"`
	Honors       *honors.Decision           `json:"honors,omitempty"`
	Cohort       []honors.Decision          `json:"cohort,omitempty"`
	Duplicate    *graduation.Checklist      `json:"duplicate,omitempty"`
}

// graduationResult is a graduate's file: the tracking view, the next step
// and the services available.
type graduationResult struct {
	View     graduation.View      `json:"view"`
	Next     graduation.Next      `json:"next"`
	Services []graduation.Service `json:"services"`
}

// evaluators are built once from the edition.
type evaluators struct {
	transfer *transfer.Evaluator
	honors   *honors.Evaluator
	office   *graduation.Office
}

func newEvaluators(ed *ayin.Edition) (*evaluators, error) {
	t, err := transfer.New(ed)
	if err != nil {
		return nil, err
	}
	h, err := honors.New(ed)
	if err != nil {
		return nil, err
	}
	return &evaluators{transfer: t, honors: h, office: graduation.New(ed)}, nil
}

func (ev *evaluators) evaluate(s *sample, o options) (result, error) {
	r := result{File: s.file, Kind: s.Kind, Title: s.Title}
	switch s.Kind {
	case "transfer":
		req := *s.Request
		if !o.asof.IsZero() {
			req.Date = o.asof
		}
		r.Request = &req
		if o.options {
			if err := ev.options(*s.Student, req, &r); err != nil {
				return r, s.evalError(transferField(err), err)
			}
			return r, nil
		}
		d, err := ev.transfer.Evaluate(*s.Student, req)
		if err != nil {
			return r, s.evalError(transferField(err), err)
		}
		r.Transfer = &d
	case "graduation":
		f, err := ev.office.Replay(*s.Facts, s.Steps)
		if err != nil {
			return r, s.evalError(graduationField(err), err)
		}
		g := &graduationResult{}
		if g.View, err = ev.office.Track(f); err == nil {
			if g.Next, err = ev.office.Next(f); err == nil {
				g.Services, err = ev.office.Services(f)
			}
		}
		if err != nil {
			return r, s.evalError(graduationField(err), err)
		}
		r.Graduation = g
	case "honors":
		d, err := ev.honors.Evaluate(*s.Graduate)
		if err != nil {
			return r, s.evalError(honorsField("graduate", err), err)
		}
		r.Honors = &d
	case "honors-cohort":
		ds, err := ev.honors.Select(*s.Cohort)
		if err != nil {
			return r, s.evalError(honorsField("cohort", err), err)
		}
		r.Cohort = ds
	case "duplicate":
		req := *s.Duplicate
		if !o.asof.IsZero() {
			req.Date = o.asof
		}
		c, err := ev.office.Duplicate(req)
		if err != nil {
			return r, s.evalError(graduationField(err), err)
		}
		r.Duplicate = &c
	}
	return r, nil
}

// transferField maps a transfer error's field ("student.gpa") to the sample
// file's path, which has the same shape.
func transferField(err error) string {
	var fe *transfer.FactError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

func graduationField(err error) string {
	var fe *graduation.FactError
	var se *graduation.StepError
	switch {
	case errors.As(err, &fe):
		return "duplicate." + fe.Field
	case errors.As(err, &se):
		if se.Field != "" {
			return "facts." + se.Field
		}
		return "steps"
	}
	return ""
}

func honorsField(prefix string, err error) string {
	var ie *honors.InputError
	if errors.As(err, &ie) && ie.Field != "" {
		return prefix + "." + ie.Field
	}
	return prefix
}
