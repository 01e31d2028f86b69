package ayin

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"gopkg.in/yaml.v3"

	"github.com/ayinrules/ayin/calendar"
)

// LoadError is what the loader returns for a malformed or contradictory
// edition: the file, the line (1-based, 0 when unknown) and the field at
// fault, and what is wrong with it.
type LoadError struct {
	File  string // the file name given to Parse or LoadFile
	Line  int    // 1-based line in the file; 0 when the error is about the file as a whole
	Field string // the dotted path of the field, e.g. "equivalence.versions[0].units[12].group"
	Err   error  // what is wrong
}

// Error formats as "file:line: field: problem".
func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *LoadError) Unwrap() error { return e.Err }

// ErrBeforeFirstEdition is returned (wrapped) by every "as of" lookup whose
// date precedes the first version of the table asked for: the library never
// falls back silently to a table that was not yet in force.
var ErrBeforeFirstEdition = errors.New("no version of the table is in force on that date")

// maxEditionBytes bounds what Parse accepts, so a hostile file cannot make
// the decoder build an enormous tree.
const maxEditionBytes = 8 << 20

// at is a scalar decoded from YAML together with the line it stood on, so a
// check made after decoding can still name the line.
type at[T any] struct {
	V    T
	Line int
	set  bool
}

// UnmarshalYAML records the node's line and decodes the scalar.
func (a *at[T]) UnmarshalYAML(n *yaml.Node) error {
	a.Line, a.set = n.Line, true
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a single value, found a %s", n.Line, kindName(n.Kind))
	}
	return n.Decode(&a.V)
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "value"
}

// jdate is a Jalali date in YAML: "1393/07/01" (Persian digits accepted).
type jdate struct {
	V    calendar.Date
	Line int
	err  error
}

// UnmarshalYAML parses the date, keeping a parse failure for the checker so
// that the error can name the field.
func (d *jdate) UnmarshalYAML(n *yaml.Node) error {
	d.Line = n.Line
	if n.Kind != yaml.ScalarNode {
		d.err = fmt.Errorf("want a Jalali date like 1393/07/01, found a %s", kindName(n.Kind))
		return nil
	}
	v, err := calendar.Parse(n.Value)
	if err != nil {
		d.err = err
		return nil
	}
	d.V = v
	return nil
}

// rials is an amount of money in YAML: a plain integer or decimal number of rials.
type rials struct {
	V    decimal.Decimal
	Line int
	err  error
	set  bool
}

// UnmarshalYAML parses the amount, keeping a failure for the checker.
func (r *rials) UnmarshalYAML(n *yaml.Node) error {
	r.Line, r.set = n.Line, true
	if n.Kind != yaml.ScalarNode {
		r.err = fmt.Errorf("want an amount in rials, found a %s", kindName(n.Kind))
		return nil
	}
	v, err := ParseRials(n.Value)
	if err != nil {
		r.err = err
		return nil
	}
	r.V = v
	return nil
}

// clauseRef is a clause ID in YAML; the checker looks it up in the catalog.
type clauseRef struct {
	V    ClauseID
	Line int
}

// UnmarshalYAML reads the ID.
func (c *clauseRef) UnmarshalYAML(n *yaml.Node) error {
	c.Line = n.Line
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a clause ID like tr.7.2, found a %s", n.Line, kindName(n.Kind))
	}
	c.V = ClauseID(strings.TrimSpace(n.Value))
	return nil
}

// ParseRials reads an amount of rials: Latin, Persian or Arabic-Indic digits,
// with optional thousands separators ("," "٬", "/" as printed in the
// regulation, "_", "'" or spaces), an optional decimal point ("." or "٫") and
// an optional "ریال"/"rials" suffix. Separators must mark groups of three
// digits, one kind per amount: "1/455/000" is 1,455,000, but "2/5" and
// "1,2,3" are errors rather than guesses (in Persian typing "/" is also a
// decimal point). Negative amounts are allowed here; callers that need a fee
// reject them.
func ParseRials(s string) (decimal.Decimal, error) {
	t := NormalizePersian(s)
	for _, suf := range [...]string{"ریال", "rials", "rial"} {
		if len(t) >= len(suf) && strings.EqualFold(t[len(t)-len(suf):], suf) {
			t = strings.TrimSpace(t[:len(t)-len(suf)])
			break
		}
	}
	if t == "" {
		return decimal.Zero, fmt.Errorf("amount %q is empty", s)
	}
	bad := func() (decimal.Decimal, error) {
		return decimal.Zero, fmt.Errorf("amount %q is not a number of rials", s)
	}
	sign := ""
	switch {
	case strings.HasPrefix(t, "-"), strings.HasPrefix(t, "+"):
		sign, t = t[:1], t[1:]
	case strings.HasPrefix(t, "−"): // U+2212 MINUS SIGN
		sign, t = "-", t[len("−"):]
	}
	if sign == "+" {
		sign = ""
	}
	intPart, frac, hasPoint := t, "", false
	if i := strings.IndexAny(t, ".٫"); i >= 0 {
		_, w := utf8.DecodeRuneInString(t[i:])
		intPart, frac, hasPoint = t[:i], t[i+w:], true
	}
	if intPart == "" || (hasPoint && frac == "") {
		return bad()
	}
	for _, r := range frac {
		if r < '0' || r > '9' {
			return bad()
		}
	}
	var digits strings.Builder
	var sep rune
	group := 0 // digits in the current group
	groups := 0
	for _, r := range intPart {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
			group++
		case r == ',' || r == '٬' || r == '/' || r == '_' || r == '\'' || r == ' ':
			if (sep != 0 && r != sep) || group == 0 || (groups == 0 && group > 3) || (groups > 0 && group != 3) {
				return decimal.Zero, fmt.Errorf("amount %q: thousands separators must mark groups of three digits, like 1,455,000", s)
			}
			sep, group = r, 0
			groups++
		default:
			return bad()
		}
	}
	if sep != 0 && group != 3 {
		return decimal.Zero, fmt.Errorf("amount %q: thousands separators must mark groups of three digits, like 1,455,000", s)
	}
	num := sign + digits.String()
	if hasPoint {
		num += "." + frac
	}
	v, err := decimal.NewFromString(num)
	if err != nil {
		return bad()
	}
	return v, nil
}

// checker collects the first error of a load with its place, and the clause
// references to verify against the catalog once it is known.
type checker struct {
	file string
	err  *LoadError
	refs []pendingRef
}

type pendingRef struct {
	id    ClauseID
	line  int
	field string
}

func (c *checker) fail(line int, field string, format string, args ...any) {
	if c.err == nil {
		c.err = &LoadError{File: c.file, Line: line, Field: field, Err: fmt.Errorf(format, args...)}
	}
}

func (c *checker) ok() bool { return c.err == nil }

func (c *checker) date(d jdate, field string) calendar.Date {
	if d.err != nil {
		c.fail(d.Line, field, "%v", d.err)
	} else if d.V.IsZero() {
		c.fail(d.Line, field, "missing (want a Jalali date like 1393/07/01)")
	}
	return d.V
}

// fee checks an amount that must be present and not negative.
func (c *checker) fee(r rials, field string) decimal.Decimal {
	switch {
	case r.err != nil:
		c.fail(r.Line, field, "%v", r.err)
	case !r.set:
		c.fail(r.Line, field, "missing (want an amount in rials)")
	case r.V.IsNegative():
		c.fail(r.Line, field, "negative amount %s rials", r.V)
	}
	return r.V
}

// ref notes a clause reference; it must name a clause of the catalog.
func (c *checker) ref(r clauseRef, line int, field string) ClauseID {
	if r.Line > 0 {
		line = r.Line
	}
	if r.V == "" {
		c.fail(line, field, "missing clause ID")
		return ""
	}
	c.refs = append(c.refs, pendingRef{r.V, line, field})
	return r.V
}

// versions checks the effective dates of a versioned table: present, valid,
// strictly increasing (two versions in force from one date would contradict
// each other; versions out of order are a typing slip worth reporting).
func versionDates[V any](c *checker, field string, vs []V, eff func(V) jdate) []calendar.Date {
	if len(vs) == 0 {
		c.fail(0, field+".versions", "no versions: the table needs at least one, with its effective date")
		return nil
	}
	out := make([]calendar.Date, len(vs))
	for i, v := range vs {
		d := eff(v)
		f := fmt.Sprintf("%s.versions[%d].effective", field, i)
		out[i] = c.date(d, f)
		if i > 0 && c.ok() && !out[i].After(out[i-1]) {
			c.fail(d.Line, f, "effective date %s does not come after the previous version's %s: versions overlap", out[i], out[i-1])
		}
	}
	return out
}

var yamlLineRE = regexp.MustCompile(`line (\d+): (.*)`)

// decodeError turns yaml.v3's errors into a LoadError with the line.
func decodeError(file string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		field := ""
		detail := m[2]
		if fm := regexp.MustCompile(`^field (\S+) not found in type \S+`).FindStringSubmatch(detail); fm != nil {
			field = fm[1]
			detail = "unknown field " + strconv.Quote(fm[1])
		}
		return &LoadError{File: file, Line: line, Field: field, Err: errors.New(detail)}
	}
	return &LoadError{File: file, Err: errors.New(msg)}
}

// decodeStrict decodes one YAML document into v, refusing unknown keys, and
// refuses a second document in the same file (an edition is one document).
func decodeStrict(file string, data []byte, v any) error {
	if len(data) > maxEditionBytes {
		return &LoadError{File: file, Err: fmt.Errorf("file is %d bytes, more than the %d an edition may have", len(data), maxEditionBytes)}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return &LoadError{File: file, Err: errors.New("the file is empty")}
		}
		return placeReaderError(data, decodeError(file, err))
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return &LoadError{File: file, Line: extra.Line, Err: errors.New("a second YAML document: an edition is one document")}
	case !errors.Is(err, io.EOF):
		// Whatever follows the edition must not be silently ignored either.
		return placeReaderError(data, decodeError(file, err))
	}
	return nil
}

// placeReaderError gives a line to the errors yaml.v3's reader reports
// without one (control characters, invalid UTF-8): the line of the first
// byte the reader refuses, or line 1 when the file's encoding as a whole is
// wrong.
func placeReaderError(data []byte, err error) error {
	le, ok := err.(*LoadError)
	if !ok || le.Line > 0 {
		return err
	}
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if (r == utf8.RuneError && size <= 1) || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			le.Line = line
			return le
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	if msg := le.Err.Error(); strings.Contains(msg, "UTF") || strings.Contains(msg, "control characters") {
		le.Line = 1
	}
	return le
}

// lineOfField finds the line a check made after decoding should name when it
// had none: the line of the field itself when it is present, or else the line
// of the deepest enclosing mapping or list item that is (so a missing required
// field is reported where the mapping that lacks it starts). field is a
// dotted path like "page_charge.versions[0].free_pages"; map keys may contain
// dots. It re-reads the file, which only happens on the error path.
func lineOfField(data []byte, field string) int {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return 0
	}
	n := doc.Content[0]
	line := n.Line
	rest := field
	for rest != "" && n != nil {
		for n.Kind == yaml.AliasNode && n.Alias != nil {
			n = n.Alias
		}
		rest = strings.TrimPrefix(rest, ".")
		switch {
		case strings.HasPrefix(rest, "["):
			end := strings.IndexByte(rest, ']')
			if end < 0 || n.Kind != yaml.SequenceNode {
				return line
			}
			i, err := strconv.Atoi(rest[1:end])
			if err != nil || i < 0 || i >= len(n.Content) {
				return line
			}
			n, rest = n.Content[i], rest[end+1:]
			line = n.Line
		case n.Kind == yaml.MappingNode:
			// The longest key that the path continues with, so "tr.1.a"
			// matches a key "tr.1.a" rather than "tr".
			best := -1
			for k := 0; k+1 < len(n.Content); k += 2 {
				key := n.Content[k].Value
				if (rest == key || strings.HasPrefix(rest, key+".") || strings.HasPrefix(rest, key+"[")) &&
					(best < 0 || len(key) > len(n.Content[best].Value)) {
					best = k
				}
			}
			if best < 0 {
				return line
			}
			line = n.Content[best].Line
			rest = rest[len(n.Content[best].Value):]
			n = n.Content[best+1]
		default:
			return line
		}
	}
	return line
}

// LoadFile reads and checks an edition from a YAML file.
func LoadFile(path string) (*Edition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ayin: %w", err)
	}
	return Parse(path, data)
}
