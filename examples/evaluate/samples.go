package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/graduation"
	"github.com/ayinrules/ayin/honors"
	"github.com/ayinrules/ayin/transfer"
	"gopkg.in/yaml.v3"
)

// A sample file describes one person (or one cohort) and what is asked for
// them. It is YAML (JSON is YAML too), decoded strictly: an unknown field is
// an error naming its line. The kinds:
//
//	kind: transfer        student: transfer.Student, request: transfer.Request
//	kind: graduation      facts: graduation.Facts, steps: [graduation.Entry] — the file so far
//	kind: honors          graduate: honors.Graduate
//	kind: honors-cohort   cohort: honors.Cohort
//	kind: duplicate       duplicate: graduation.DuplicateRequest
//
// Every kind takes a `title` ({fa, en}) shown above its report.
type sample struct {
	Kind      string                       `yaml:"kind"`
	Title     ayin.Text                    `yaml:"title"`
	Student   *transfer.Student            `yaml:"student"`
	Request   *transfer.Request            `yaml:"request"`
	Facts     *graduation.Facts            `yaml:"facts"`
	Steps     []graduation.Entry           `yaml:"steps"`
	Graduate  *honors.Graduate             `yaml:"graduate"`
	Cohort    *honors.Cohort               `yaml:"cohort"`
	Duplicate *graduation.DuplicateRequest `yaml:"duplicate"`

	file string
	root *yaml.Node // the decoded document, to find the line of a field an evaluator names
}

// parts lists which top-level fields each kind needs.
var parts = map[string][]string{
	"transfer":      {"student", "request"},
	"graduation":    {"facts"},
	"honors":        {"graduate"},
	"honors-cohort": {"cohort"},
	"duplicate":     {"duplicate"},
}

// inputError is a sample file that cannot be read or evaluated: file, line
// and field, the form a clerk can act on. The program exits 2 on one.
type inputError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *inputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

func (e *inputError) Unwrap() error { return e.Err }

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// readSample reads and strictly decodes one sample file.
func readSample(path string) (*sample, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &inputError{File: path, Err: err}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(path, err)
	}
	s := &sample{file: path, root: &root}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(s); err != nil {
		return nil, yamlError(path, err)
	}
	need, ok := parts[s.Kind]
	if !ok {
		kinds := make([]string, 0, len(parts))
		for k := range parts {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		return nil, &inputError{File: path, Line: s.line("kind"), Field: "kind",
			Err: fmt.Errorf("unknown kind %q (want one of %s)", s.Kind, strings.Join(kinds, ", "))}
	}
	for _, p := range need {
		if s.line(p) == 0 {
			return nil, &inputError{File: path, Field: p, Err: fmt.Errorf("missing: a %s sample needs %s", s.Kind, strings.Join(need, " and "))}
		}
	}
	return s, nil
}

// yamlError turns a yaml.v3 error ("line 7: field x not found in type …")
// into an inputError with the line, and the field where the message names one.
func yamlError(path string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	e := &inputError{File: path, Err: err}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Err = errors.New(m[2])
		if f, ok := strings.CutPrefix(m[2], "field "); ok {
			if i := strings.Index(f, " not found"); i > 0 {
				e.Field = f[:i]
				e.Err = errors.New("unknown field")
			}
		}
	}
	return e
}

// evalError wraps an evaluator's error with the line of the field it names.
func (s *sample) evalError(field string, err error) error {
	return &inputError{File: s.file, Line: s.line(field), Field: field, Err: err}
}

// line returns the line of a dotted field path such as
// "request.marriage.date" or "cohort.graduates[3].gpa" in the sample file,
// or of its nearest enclosing field that exists; 0 when none does.
func (s *sample) line(path string) int {
	if s.root == nil || len(s.root.Content) == 0 {
		return 0
	}
	n := s.root.Content[0]
	line := 0
	for _, part := range strings.Split(path, ".") {
		key, idx := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			key = part[:i]
			idx, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		next := mapValue(n, key)
		if next == nil {
			return line
		}
		n, line = next, next.Line
		if idx >= 0 {
			if n.Kind != yaml.SequenceNode || idx >= len(n.Content) {
				return line
			}
			n, line = n.Content[idx], n.Content[idx].Line
		}
	}
	return line
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// sampleFiles lists the .yaml, .yml and .json files of dir, in name order.
func sampleFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".yaml", ".yml", ".json":
			if !e.IsDir() {
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
	}
	return out, nil
}
